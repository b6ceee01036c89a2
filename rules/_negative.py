"""The bad events a key result names and the words that reduce or rule them out: the
reading kr-negative-phrasing flags, shared with the rewrites that need it (rules._outcome:
a zero of bad events in words written as a number, decision 175)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from coach.facts.needs import fold_case, look, may_match, needed
from coach.facts.timeframes import has_deadline, is_horizon
from coach.wordlists import find_terms, longest_first, mapping, mapping_keys, word_set, words
from rules._kr_common import clause_of, work_items_closed

# A preposition-like reducer ("below 3%", "不超过5%") only counts with a number right after it.
_COMPARATORS_ZH = (
    "控制在",
    "低于",
    "不超过",
    "不高于",
    "少于",
    "小于",
    # "严重缺陷不得超过2个" (decision 2741)
    "不得超过",
    "不能超过",
    "不应超过",
    "不可超过",
    "不得高于",
    "不能高于",
    "不应高于",
    "不得多于",
)


# A comparator that 不 before it turns into a floor: 不少于, 不低于, 不小于 (decision 5225).
_ZH_FLOOR_AFTER_NOT = frozenset({"少于", "低于", "小于"})


_COMPARATORS_EN = (
    "down to",
    "below",
    "under",
    "less than",
    "at most",
    "no more than",
    "no higher than",
)


_SUFFIXES_ZH = ("以内", "以下")


# The reduction is the means, not the result: "通过降低错误率提升满意度", "by reducing errors".
# Not "by" after a participle: "customers impacted by incidents", "outages caused by config
# changes" name the events' cause or whom they befall, no means (decision 2743).
_MEANS = re.compile(r"(?:通过|借助|(?<![a-z]ed )(?<![a-z]en )\bby|through|via)\s*$")


@dataclass(frozen=True)
class _Value:
    start: int
    end: int
    value: float
    percent: bool
    figure: tuple[int, int]  # the number itself


@dataclass
class _Match:
    term: tuple[int, int, str]
    reducer: tuple[int, int, str]
    values: list[_Value]


@cache
def _negative_words(lang: str) -> tuple[str, ...]:
    metrics = (k.removeprefix("{bare}") for k in mapping("kr_negative_metrics", lang))
    found = {*metrics, *words("kr_negative_terms", lang)}
    if lang == "zh":
        # bad behaviours by their verbs ("拖稿", "摸鱼", "推诿": decision 6335), the Chinese side of
        # kr_negative_behaviours; no -ing form to make, so they are words like the listed ones
        found |= set(words("kr_negative_behaviours", lang))
    if lang == "en":
        # "re-admissions", "re-opened tickets": a listed "re" word before a vowel is also written
        # with a hyphen (decision 6178), so the list holds one spelling
        found |= {f"re-{w[2:]}" for w in found if _RE_VOWEL.match(w)}
    return longest_first(found)


_RE_VOWEL = re.compile(r"re[aeiou][a-z]{3}")


@cache
def _reducer_words(lang: str) -> tuple[str, ...]:
    """Reduction words: those with a positive counterpart (kr_reduce_words) and the others."""
    return longest_first(
        {*mapping_keys("kr_reduce_words", lang), *words("kr_negative_reducers", lang)}
    )


@cache
def _absence(lang: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Words saying a bad thing does not happen: (before it, after it)."""
    entries = words("kr_negative_absence", lang)
    after = tuple(w.removeprefix("after:") for w in entries if w.startswith("after:"))
    before = tuple(w for w in entries if not w.startswith("after:"))
    return longest_first(before), longest_first(after)


def _absence_in(item) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]:
    """Where the absence words occur in the item (found once per item)."""
    key = ("kr-negative-phrasing", "absence")
    found = item.facts.memo.get(key)
    if found is None:
        before_words, after_words = _absence(item.language)
        found = (
            find_terms(item.folded, before_words, item.language),
            find_terms(item.folded, after_words, item.language),
        )
        item.facts.memo[key] = found
    return found  # type: ignore[return-value]


# A lure taken: a click on, or a reply to, a simulated or fake message, whatever words name the
# message (decision 5604; decisions 2244 and 2414 read by shape, not by a list of wordings):
# "Click rate on fake delivery-notice mails below 5%", "Cut clicks on spoofed payroll messages to 2%".
_LURE_TAKEN = re.compile(
    r"\b(?:click|reply|respon[sd])[a-z-]{0,8}(?:\s(?:rates?|share))?\s(?:on|to|of|in)\s"
    r"(?:(?:the|our|a)\s)?(?:[a-z-]{1,20}\s){0,2}?(?:simulated|fake|spoof(?:ed)?|phishing|phish|"
    r"scam)(?:[\s-][a-z-]{1,20}){0,3}?(?:\s(?:emails?|e-mails?|links?|messages?|texts?|lures?|"
    r"tests?|simulations?|campaigns?))?\b"
)


def _lures_taken(folded: str) -> list[tuple[int, int, str]]:
    if "click" not in folded and "repl" not in folded and "respon" not in folded:
        return []
    return [(m.start(), m.end(), m.group()) for m in _LURE_TAKEN.finditer(folded)]


# Decision 5758: what is thrown away, named by the verb of discarding before less / fewer ("Throw
# away 30% less produce", "Scrap fewer castings per shift"): the things discarded are the bad
# event, as "bread thrown away" is with its participle after the noun.
_DISCARDED_LESS = re.compile(
    r"(?<![a-z])(?:throw(?:ing)?\s(?:away|out)|bin(?:ning)?|discard(?:ing)?|scrap(?:ping)?|"
    r"dump(?:ing)?|tip(?:ping)?\s(?:away|out))\s(?:[\d.,]{1,6}\s?%\s|(?:much|far|a\slot)\s)?"
    r"(?:less|fewer)\s(?P<what>(?:[a-z'’-]{1,20}\s){0,2}?[a-z'’-]{2,20})"
)
# Decision 5759: a rate of leaving or failing, joined in its name to another ("fail-and-withdraw
# rate", "withdraw/fail rate") or said of a course, a module or a class ("course withdrawal rate",
# "module drop rate"): students lost or failed, bad events by the shape of the name.
_LEFT_OR_FAILED = r"(?:fail(?:ure|ed)?|withdraw(?:al|n)?|drop(?:ped)?|drop-?out|incomplete|[dfw])"
_LEFT_OR_FAILED_RATE = re.compile(
    rf"(?<![a-z])(?:{_LEFT_OR_FAILED}(?:[-/](?:(?:and|or)[-/])?{_LEFT_OR_FAILED}){{1,3}}"
    r"|(?:course|module|class|unit|subject|programme|program|enrol?ment)\s(?:withdrawal|drop)"
    r")\s(?:rates?|ratio|share|percentage)\b"
)


def _discarded_or_left(folded: str) -> list[tuple[int, int, str]]:
    # the things discarded are the term; "less" before them is the cut, as in "less unsold bread"
    out = [(m.start("what"), m.end(), m.group("what")) for m in _DISCARDED_LESS.finditer(folded)]
    if any(w in folded for w in ("rate", "ratio", "share", "percentage")):
        out += [
            (m.start(), m.end(), m.group())
            for m in _LEFT_OR_FAILED_RATE.finditer(folded)
            # "d/f/w rate" names the grades failed; "w/d" alone names no failing
            if "f" in m.group() or "withdraw" in m.group() or "drop" in m.group()
        ]
    return out


# Decision 6170: a bad behaviour said by its -ing form ("Less shouting in the corridors", "Fewer
# pupils skipping afternoon classes", "Reduce rambling answers"): the behaviour is the bad event,
# as a listed noun is. The verbs are data (rules/data/en/kr_negative_behaviours.txt); their -ing
# forms are made here, so a verb is listed once. Not after "by" (the means: "Cut costs by
# smoking out waste"), nor after a time or a cost a few words before ("Less time spent arguing":
# a duration, decision 11).
_GERUND = re.compile(r"[a-z](?<![a-z'’-][a-z])[a-z-]{1,24}ing(?![a-z'’-])")
_CONSONANTS = frozenset("bcdfghjklmnpqrstvz")
# The cut right before the behaviour, or before who does it: "Less yelling", "Fewer pupils
# skipping", "Reduce late-night snacking", "No swearing".
_BEHAVIOUR_CUT_BEFORE = re.compile(
    r"(?<![a-z-])(?:fewer|less|cut|cuts|reduce|reducing|lower|halve|curb|minimi[sz]e|no|zero|"
    r"eliminate|avoid|prevent|stop)\s(?:[a-z'’-]{1,20}\s){0,2}$"
)


def _ing_forms(verb: str) -> set[str]:
    """A verb's -ing forms by morphology: argue -> arguing, skip -> skipping, gossip -> gossiping
    (and gossipping), panic -> panicking, quit -> quitting, cancel -> canceling and cancelling."""
    out = {verb + "ing"}
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        out.add(verb[:-1] + "ing")
    if verb.endswith("ic"):
        out.add(verb + "king")  # panic -> panicking, mimic -> mimicking (decision 6330)
    stem = verb.replace("qu", "qw")  # "qu" is a consonant: quit -> quitting
    if (
        len(stem) >= 3
        and stem[-1] in _CONSONANTS
        and stem[-2] in "aeiou"
        and stem[-3] not in "aeiou"
    ):
        out.add(verb + verb[-1] + "ing")  # skip -> skipping, nag -> nagging
    return out


@cache
def _behaviour_forms() -> tuple[frozenset[str], dict[str, tuple[str, ...]]]:
    """The -ing forms of kr_negative_behaviours' plain verbs, and of its phrasal verbs each with
    the words that must follow it ("hang up" -> hanging: (" up",); decision 6330)."""
    plain: set[str] = set()
    phrasal: dict[str, set[str]] = {}
    for entry in words("kr_negative_behaviours", "en"):
        verb, _, tail = entry.partition(" ")
        for form in _ing_forms(verb):
            if tail:
                phrasal.setdefault(form, set()).add(" " + tail)
            else:
                plain.add(form)
    return frozenset(plain), {k: tuple(sorted(v, key=len)[::-1]) for k, v in phrasal.items()}


def behaviour_gerunds() -> frozenset[str]:
    """The -ing forms of kr_negative_behaviours' plain verbs: argue -> arguing, skip -> skipping,
    gossip -> gossiping (and gossipping), binge -> bingeing and binging."""
    return _behaviour_forms()[0]


def _behaviours(folded: str) -> list[tuple[int, int, str]]:
    if "ing" not in folded:
        return []
    gerunds, phrasal = _behaviour_forms()
    heads = word_set("kr_negative_heads", "en")
    out = []
    for m in _GERUND.finditer(folded):
        end = m.end()
        # a phrasal behaviour, its particle after it: "hanging up", "dropping out", "calling in
        # sick" (decision 6330)
        tail = next((t for t in phrasal.get(m.group(), ()) if _word_at(folded, end, t)), None)
        if tail is not None:
            end += len(tail)
        elif m.group() not in gerunds or folded.startswith((" up", " out"), end):
            continue  # "speeding up approvals", "smoking out waste": another verb
        before = folded[max(0, m.start() - 30) : m.start()].split()[-3:]
        if before[-1:] == ["by"] or any(w in heads for w in before):
            continue  # "by skipping the paper step", "time spent arguing"
        if not _cut_or_opening(folded, m.start()):
            continue  # only the behaviour cut, or the wording's subject: "Shouting … down 50%"
        out.append((m.start(), end, folded[m.start() : end]))
    return out


def _cut_or_opening(folded: str, at: int) -> bool:
    """Whether a cut word stands shortly before `at` ("Fewer pupils skipping", "Stop biting"),
    or `at` is within the wording's first words (its subject: "Tantrums at bedtime halved")."""
    return bool(
        _BEHAVIOUR_CUT_BEFORE.search(folded, max(0, at - 50), at) or len(folded[:at].split()) <= 2
    )


# Decision 6337: a bad behaviour said by its plural noun ("Fewer tantrums at bedtime", "Fewer
# walkouts from the waiting room", "Fewer relapses after discharge"): the nouns are data
# (rules/data/en/kr_negative_behaviour_nouns.txt), read as the -ing forms are, only cut or
# opening the wording, since some have a neutral sense elsewhere ("arguments of a function").
@cache
def _behaviour_nouns_list() -> tuple[str, ...]:
    return longest_first(words("kr_negative_behaviour_nouns", "en"))


# or a cap with its figure: "No more than 2 sick calls a month", "Fewer than 3 red cards"
_NOUN_CAPPED_BEFORE = re.compile(
    r"(?<![a-z-])(?:no more than|fewer than|less than|at most|under|below|max(?:imum)?)\s"
    r"(?:[a-z0-9'’-]{1,20}\s){0,2}$"
)


# Decision 6340: "shrink" as a noun, the stock a shop loses (theft, damage, spoilage), as its
# listed "shrinkage": after a word, and before a preposition, a rate, a figure's sign or the end
# ("Cut chilled-aisle shrink by 20%", "Reduce shrink to 1.2% of sales", "Less shrink on fresh
# lines"). As a verb it opens the wording or stands after to / and / will …, and its object
# follows ("Shrink the backlog", "Help teams shrink cycle time by 20%").
_SHRINK_NOUN = re.compile(
    r"(?<![a-z'’-])(?<!\bto )(?<!\band )(?<!\bor )(?<!\bwill )(?<!\bcan )(?<!\bwe )(?<!\bi )"
    r"(?<=[a-z] )shrink(?=\s(?:by|to|from|rates?|on|in|at|per|under|below|down|of|across)\b"
    r"|\s?[,;.(%)]|\s*$)"
)


def _shrink_noun(folded: str) -> list[tuple[int, int, str]]:
    found = _SHRINK_NOUN.finditer(folded) if "shrink" in folded else ()
    return [(m.start(), m.end(), m.group()) for m in found]


# "falls" opening the wording: nothing before it but a label ("Ward 3: Falls …", decision 6452)
_LABEL_ONLY = re.compile(r"(?:[^:—–\n]{1,30}[:—–]\s*)?")


def _behaviour_nouns(folded: str) -> list[tuple[int, int, str]]:
    return [
        t
        for t in find_terms(folded, _behaviour_nouns_list(), "en")
        if (
            _cut_or_opening(folded, t[0])
            if t[2] != "falls"
            # "falls" is most often a verb after its subject ("Cost per lead falls to $9"): only
            # opening the wording or cut counts it as people falling (decision 6452)
            else bool(_BEHAVIOUR_CUT_BEFORE.search(folded, max(0, t[0] - 50), t[0]))
            or _LABEL_ONLY.fullmatch(folded, 0, t[0]) is not None
        )
        or _NOUN_CAPPED_BEFORE.search(folded, max(0, t[0] - 50), t[0])
    ]


def _word_at(text: str, at: int, words_after: str) -> bool:
    """Whether `words_after` (a blank first) stands at `at`, whole words."""
    end = at + len(words_after)
    return text.startswith(words_after, at) and (end == len(text) or not text[end].isalnum())


# Decision 6172: contacts whose reason is itself a failure of the service, the reason first
# (rules/data/<lang>/kr_negative_failure_demand.txt, then a report noun): "password-reset
# tickets", "printer-jam calls", "密码重置工单", "催单来电". Contacts for a bad event after the
# report noun are decision 5525's; plain ticket volume is demand (decision 11).
_ZH_REPORT_NOUNS = r"(?:工单|来电|电话|咨询|求助|报修|投诉)"
# what every English report noun holds, to skip an item with none cheaply
_REPORT_HINTS = ("ticket", "call", "contact", "chat", "request", "quir", "case", "admission",
                 "claim", "complaint", "escalation", "repair", "report", "work order")  # fmt: skip


@cache
def _failure_demand_pattern(lang: str) -> re.Pattern[str]:
    reasons = "|".join(re.escape(w) for w in words("kr_negative_failure_demand", lang))
    if lang == "zh":
        return re.compile(rf"(?:{reasons})[\u4e00-\u9fff]{{0,3}}?{_ZH_REPORT_NOUNS}")
    # not requests: "password reset requests" ask for a service, demand (decision 11; test_exact23)
    nouns = "|".join(
        re.escape(w)
        for w in sorted(words("kr_negative_report_nouns", "en"), key=len)[::-1]
        if w != "requests"
    )
    return re.compile(
        rf"(?<![a-z'’])(?:[a-z0-9]{{1,12}}-)?(?:{reasons})(?:[\s-](?:help|support|related|"
        rf"problem|issue))?\s(?:(?:support|help-?desk|service-desk|it)\s)?(?:{nouns})\b"
    )


def _failure_demand(folded: str, lang: str) -> list[tuple[int, int, str]]:
    if lang == "en" and not any(w in folded for w in _REPORT_HINTS):
        return []
    return [(m.start(), m.end(), m.group()) for m in _failure_demand_pattern(lang).finditer(folded)]


# Decision 6173: 不 before a quality makes a bad state of what it qualifies ("不合理处方", "不规范病
# 历", "不文明养犬"): the qualities are data (rules/data/zh/kr_negative_not_qualities.txt), the
# state read by its shape, as _ZH_NOT_ADJECTIVE reads it before a listed bad event.
@cache
def _zh_not_quality_pattern() -> re.Pattern[str]:
    alt = "|".join(re.escape(w) for w in words("kr_negative_not_qualities", "zh"))
    return re.compile(rf"不(?:{alt})")


# Decision 6170 (the Chinese side of decision 3123's people leaving): leaving before doing what
# they came for, 没/未 and the deed then 就 and the leaving ("顾客没买东西就走", "病人没看上医生就离开").
_ZH_LEFT_UNDONE = re.compile(
    r"(?:没有?|未)[\u4e00-\u9fff]{1,5}?就(?:走|离开|离场|离店|离院|退出|挂断|放弃)"
)


def _zh_left_undone(folded: str) -> list[tuple[int, int, str]]:
    if "就" not in folded:
        return []
    return [(m.start(), m.end(), m.group()) for m in _ZH_LEFT_UNDONE.finditer(folded)]


def _zh_not_qualities(folded: str) -> list[tuple[int, int, str]]:
    if "不" not in folded:
        return []
    return [(m.start(), m.end(), m.group()) for m in _zh_not_quality_pattern().finditer(folded)]


def _negative_terms(item) -> list[tuple[int, int, str]]:
    raw = find_terms(item.folded, _negative_words(item.language), item.language)
    found = raw
    if item.language == "zh":
        # a prefixed deed inside a longer listed word is that word ("漏检率", "错误率"); so is 不
        # and a quality (decision 6173)
        found = sorted(
            {
                *found,
                *(
                    t
                    for t in [*_zh_misdone_terms(item.folded), *_zh_not_qualities(item.folded)]
                    if not any(r[0] <= t[0] and t[1] <= r[1] for r in raw)
                    # "不文明行为投诉": 不 and a quality before a listed event qualify it (3764)
                    and not any(t[1] <= r[0] <= t[1] + 4 for r in raw)
                ),
                *_failure_demand(item.folded, "zh"),
                *_zh_left_undone(item.folded),
            }
        )
    if item.language == "en":
        found = sorted(
            {
                *found,
                *_outcomes_lost(item.folded),
                *_bad_after_nouns(item.folded),
                *_participle_terms(item.folded),
                *_gone_missing(item.folded),
                *_past_plan(item.folded),
                *_losses_of_outcomes(item.folded),
                *_at_risk(item.folded),
                *_lacking(item.folded, raw),
                *_occasions_cut(item.folded),
                *_lures_taken(item.folded),
                *_discarded_or_left(item.folded),
                *_behaviours(item.folded),
                *_behaviour_nouns(item.folded),
                *_shrink_noun(item.folded),
                *_failure_demand(item.folded, "en"),
            }
        )
    found = [t for t in found if not _not_the_measure(item, t)]
    if item.language == "en":
        # going past a limit names no measure to describe: the time after it is the limit
        found = sorted(
            {*found, *_exceeding_terms(item.folded), *_waits_past_limit(item.folded, "en")}
        )
    else:
        found = sorted(
            {*found, *_zh_zero_subjects(item.folded, raw), *zh_regressions_none(item.folded, raw)}
        )
        # "未退货订单", "未发生退款的订单": a bad event not done is the good side, the complement
        # our own rewrites name (decision 2520); "未打补丁服务器" stays a thing left undone (2222)
        bad_at = {t[0] for t in raw}
        undone = [
            t
            for t in _zh_undone_terms(item.folded)
            if not (t[2].startswith("未") and _zh_bad_after_not(item.folded, t[0] + 1, bad_at))
            # "拣错率", "仓库错拣率": a listed rate over the work done wrong is the measure, its
            # complement named in the list ("拣货准确率"), not "拣错"/"库错" (decision 2970)
            and not any(r[0] < t[1] and t[0] < r[1] and r[1] - r[0] > t[1] - t[0] for r in raw)
        ]
        found = sorted(
            {
                *found,
                *_waits_past_limit(item.folded, "zh"),
                *undone,
                *_zh_lacking(item.folded, raw),
                *_zh_past_hour_days(item.folded),
            }
        )
    return found


# The number of occasions or people a clause of their own defines, cut (decision 4987): "Cut the
# number of first hearings where the lawyer meets the client in court from 90 to 15", "Reduce the
# number of residents who spend all day in their rooms" — what the clause says happens is the bad
# event the count is cut for, though no listed word names it. Steps, clicks and other parts of a
# flow are efficiency, not bad events (PRINCIPLES.md), and a count raised is no cut.
_OCCASIONS_CUT = re.compile(
    r"(?:cut|reduce|lower|decrease|halve|shrink|bring down|drive down|minimi[sz]e)\s+the\s+"
    r"number\s+of\s+(?P<term>(?:[a-z][a-z-]*\s){0,3}?(?P<head>[a-z][a-z-]*s)\s(?:where|when|"
    r"in which|on which|at which|who)\s[^,;()]{3,120}?)"
    r"(?=\s+(?:from|by|to|under|below)\s+[\d$]|\s*[(,;.]|\s*$)"
)
_FLOW_PARTS = frozenset(
    {"steps", "clicks", "screens", "fields", "forms", "pages", "stages", "approvals", "hops",
     "handoffs", "hand-offs", "taps"}
)  # fmt: skip


def _occasions_cut(folded: str) -> list[tuple[int, int, str]]:
    """The occasions or people its own clause defines, with a verb of cutting before (4987)."""
    m = _OCCASIONS_CUT.search(folded)
    if m is None or m.group("head") in _FLOW_PARTS:
        return []
    return [(m.start("term"), m.end("term"), m.group("term"))]


# A deed done past an hour of the day, its days counted and capped ("晚上12点以后睡觉的天数每月不超过
# 3天", "凌晨1点后下班的天数每周不超过1天"): the bad days, as "熬夜天数" are (decisions 407, 3763). Not
# before an hour ("10点前睡觉的天数": the good days) nor days raised ("…的天数达到300天").
_ZH_PAST_HOUR_DAYS = re.compile(
    r"(?:(?:晚上|夜里|夜间|凌晨|早上|上午|下午)\s?)?(?:[0-2]?\d|[一二三四五六七八九十]{1,3})\s?"
    r"(?:点|:[0-5]\d)半?钟?(?:以后|之后|过后|后)才?[\u4e00-\u9fff]{1,6}?(?=的?天数)"
)
_ZH_DAYS_CAPPED = re.compile(
    r"的?天数[^，,；;。\n]{0,6}?(?:不超过|不多于|不高于|(?<!不)少于|控制在|减少|降低|降到|降至|压缩|≤|<)"
)


def _zh_past_hour_days(folded: str) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    if "点" not in folded and ":" not in folded:
        return out
    for m in _ZH_PAST_HOUR_DAYS.finditer(folded):
        if _ZH_DAYS_CAPPED.match(folded, m.end()):
            out.append((m.start(), m.end(), m.group()))
    return out


# Outcomes lost (decision 3601): "loss of clients between first call and first appointment",
# "leakage of patients between referral and first visit", "client loss", "revenue leakage" — the
# people or the business a funnel or a book loses, an outcome of kr_outcome_nouns or someone served
# (coach/facts/data/en/people_served.txt). Not "weight loss", "loss function", "profit and loss".
_LOSS_OF = re.compile(
    r"\b(?:loss|losses|leakage)\s++of\s++(?:(?:new|our|the|existing)\s++)?([a-z][a-z-]*)"
)
_NOUN_LOSS = re.compile(r"\b([a-z][a-z-]*)\s++(?:loss|losses|leakage)\b")


@cache
def _lost_outcomes() -> frozenset[str]:
    return frozenset(words("kr_outcome_nouns", "en")) | frozenset(words("people_served", "en"))


def _losses_of_outcomes(folded: str) -> list[tuple[int, int, str]]:
    if "loss" not in folded and "leakage" not in folded:
        return []
    nouns = _lost_outcomes()
    out = [
        (m.start(), m.end(), m.group()) for m in _LOSS_OF.finditer(folded) if m.group(1) in nouns
    ]
    out += [
        (m.start(), m.end(), m.group()) for m in _NOUN_LOSS.finditer(folded) if m.group(1) in nouns
    ]
    return out


# Things at risk (decision 3603): "Portfolio at risk > 30 days below 4%", "Accounts at risk of
# churn from 15% to 8%", "Students at risk of dropping out below 10%", "at-risk accounts under 20":
# a state that is bad (as an account in red, decision 309), the noun before "at (high) risk" and
# what it is at risk of. Not "Move 10 accounts from at risk to on track" (a status left, 1596).
_AT_RISK = re.compile(
    r"\b([a-z][a-z0-9-]*)\s++at\s++(?:(?:high|higher|serious|significant)\s++)?risk\b"
    r"(?:\s++of\s++[a-z][a-z-]*+(?:\s++out\b)?)?"
    r"|\b(?:high-risk|at-risk)\s++(?:[a-z][a-z0-9-]*\s++)??[a-z][a-z0-9-]*s\b"
)
_AT_RISK_NOT = frozenset(
    {"from", "to", "is", "are", "was", "were", "status", "be", "being", "put", "puts"}
)


def _at_risk(folded: str) -> list[tuple[int, int, str]]:
    if "risk" not in folded:
        return []
    out = []
    for m in _AT_RISK.finditer(folded):
        if m.group(1) is not None and (m.group(1) in _AT_RISK_NOT or m.group(1) in _NOUN_STOP):
            continue
        out.append((m.start(), m.end(), m.group()))
    return out


# Things without a step they should have had (decision 3600): "Cases with no follow-up after 14
# days", "Tickets without a reply within 48 hours", "Leads with no contact in the first week",
# "Orders shipped without a tracking number": a share or a count of things lacking it is a bad
# state, its complement the things that had it ("cases followed up within 14 days"). Not when what
# they lack is a bad event ("orders with no complaints": the good side, decision 2923), and not a
# time that lacks something ("hours without power": a duration, decision 11).
_LACKING = re.compile(
    r"\b([a-z][a-z-]*s)(?:\s++[a-z]+ed)?\s++(?:with\s++no|without(?:\s++(?:an?|any))?)\s++"
    r"([a-z][a-z0-9-]*+(?:\s++[a-z][a-z0-9-]*+){0,2})"
)
_TIME_PLURALS = frozenset(
    {
        "hours",
        "days",
        "weeks",
        "months",
        "years",
        "minutes",
        "nights",
        "shifts",
        "sprints",
        "quarters",
    }
)
_LACKING_TERM = re.compile(r"[a-z][a-z-]*s(?: [a-z]+ed)? (?:with no|without)\b.*")


def _lacking(folded: str, raw: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    if "with no " not in folded and "without " not in folded:
        return []
    heads = word_set("kr_negative_heads", "en")
    out = []
    for m in _LACKING.finditer(folded):
        thing = m.group(1)
        if thing in _NOUN_STOP or thing in heads or thing in _TIME_PLURALS:
            continue
        end = m.start(2)
        for w in re.finditer(r"[a-z][a-z0-9-]*", m.group(2)):
            if w.group() in _NOUN_STOP or w.group() in heads:
                break
            end = m.start(2) + w.end()
        if end == m.start(2):
            continue
        if any(r[0] < end and m.start(2) < r[1] for r in raw):
            continue  # "orders with no complaints": the bad event denied, the good side
        out.append((m.start(), end, folded[m.start() : end]))
    return out


# 无, what should have happened, 的, then the things counted: "48小时内无回复的工单", "无跟进记录的
# 客户", "无人认领的包裹" (decision 3600, as "tickets without a reply"). Not a bad event denied (无投诉
# 的订单: the good side, decision 550), and not the words 无 opens (无线, 无人机, 无糖, 无纸化 …).
_ZH_LACKING = re.compile(
    r"无(?!线|人机|糖|纸|感|缝|限|法|论|需|偿|息|菌|障碍|公害|毒|忧|私|畏|条件|差别|损|醇|铅|水|尘|痛)"
    r"[\u4e00-\u9fff]{1,4}?的[\u4e00-\u9fff]{1,4}?(?=占比|比例|[率数量]|从|由|降|减|控制|不超过|低于|少于|\s?\d)"
)


def _zh_lacking(folded: str, raw: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    if "无" not in folded:
        return []
    out = []
    for m in _ZH_LACKING.finditer(folded):
        if any(r[0] < m.end() and m.start() < r[1] for r in raw):
            continue  # "无投诉的订单": the bad event denied, the good side
        out.append((m.start(), m.end(), m.group()))
    return out


# The verbs that may stand between 未 and the bad event it denies: "未发生退款", "未出现故障".
_ZH_HAPPEN = ("发生", "出现", "产生")
# The most characters of a scene between "不再出现" and its bad event, a sanity bound only: the
# clause (no comma) bounds the reading (decision 3910).
_ZH_SCENE_GAP = 16


def _zh_bad_after_not(folded: str, at: int, bad_at: set[int]) -> bool:
    """A bad-event word starts at `at`, or after 发生/出现/产生 there: 未 denies a bad event."""
    if at in bad_at:
        return True
    return any(folded.startswith(v, at) and at + len(v) in bad_at for v in _ZH_HAPPEN)


def _zh_denied_before(folded: str, s: int) -> bool:
    """未, 未发生/未出现/未产生 stand right before position `s` ("未退货订单", "未发生退款的")."""
    if s > 0 and folded[s - 1] == "未":
        return True
    return any(s >= 3 and folded[s - 3 : s] == "未" + v for v in _ZH_HAPPEN)


# Things counted that went past their plan: "Projects delivered over budget: 0", "Projects over
# budget below 10%", "Jobs finished behind schedule from 6 to 2" (decision 2411); "Projects
# delivered on budget: 95%" names the good side.
_PAST_PLAN = re.compile(
    r"\b[a-z]+s(?: (?:delivered|finished|completed|closed|shipped|handed over|launched|run|ran|done))?"
    r" (?:over budget|over-budget|behind schedule|past (?:their |the )?deadline)\b"
)


def _past_plan(folded: str) -> list[tuple[int, int, str]]:
    if "budget" not in folded and "schedule" not in folded and "deadline" not in folded:
        return []
    return [(m.start(), m.end(), m.group()) for m in _PAST_PLAN.finditer(folded)]


# 未 + a deed not done + what it was not done to: "未打补丁服务器", "未就诊离院患者", "超过 14 天未修复的
# 漏洞" (decision 2222). Not 未来, 未成年, 未婚, 未必, 未知, 未曾; the run stops before a reducer, a
# comparator, a figure or punctuation.
_ZH_UNDONE = re.compile(
    r"未(?!来|成年|婚|必|知|曾)[^\s\d从由降减低少控为清归，,；;：:（）()、。的]{1,6}"
    r"(?:的[^\s\d从由降减低少控为清归，,；;：:（）()、。的]{1,6})?"
)


# A deed done wrong, the verb then 错: "发票开错", "地址填错", "药品发错" (decision 2224); not 不错, 没错,
# 纠错, 交错, 错过 is its own word (a miss).
_ZH_DONE_WRONG = re.compile(r"(?![不没纠交差出犯报认改])[\u4e00-\u9fff]错(?![过误落开])")


# A deed missed, done by mistake, done wrong or given up, said by its prefix before the verb
# (decision 3120): 漏 ("漏送率", "漏回消息"), 误 ("误扣", "误拦"), 错 ("错发", "错送"), 弃 ("弃呼率",
# "弃单"). Not what guards against or corrects them (防漏, 查漏, 纠错, 容错, 不错, 防误, 废弃), and not
# the words that only look so: 漏斗 (a funnel), 错峰, 错位, 错开, 弃用 (a retirement done), 弃权; nor the
# prefix before a measure word ("失误次数" is 失误 counted, not 误 + 次).
# 迟 before the verb is a deed done late (decision 3304): "迟发货率", "迟送", "迟付"; not 推迟, 延迟 (a
# delay measured in time, decision 11), 迟早, 迟疑, 迟缓, 迟迟.
_ZH_MISDONE = re.compile(
    r"(?:(?<![纠改查防容不没补堵放废认])(?:漏|误|错|弃)|(?<![推延太过较迟不])迟)"
    r"(?![斗峰位开落综觉怪用权区率数次量件笔人比占的等和与及或、，,；;：:（(早疑缓钝迟暮滞])"
    r"[\u4e00-\u9fff]"
)


# What is said to happen never, or to be met with no tolerance: "非洲猪瘟零发生", "虚假签收零容忍",
# "食品安全事件零出现" (decision 3303). 零发生, 零出现, 零容忍 are said only of bad things, so the words
# right before them are a bad event whatever they name; a time or a scope opening the run ("全年",
# "辖区内") is no part of it.
_ZH_ZERO_SUBJECT = re.compile(
    r"(?:(?:全年|年内|今年|本年度?|全年度|本季度?|季度内|全季度?|[上下]半年|期间|辖区内?|全[省市县区镇场])"
    r"(?:内)?)?(?P<what>[\u4e00-\u9fffA-Za-z0-9]{2,8}?)零(?:发生|出现|容忍)"
)


def _unlisted(
    pattern: re.Pattern[str], folded: str, raw: list[tuple[int, int, str]]
) -> list[re.Match[str]]:
    """The matches of `pattern` whose "what" no listed term in `raw` overlaps."""
    return [
        m
        for m in pattern.finditer(folded)
        if not any(m.start("what") < r[1] and r[0] < m.end("what") for r in raw)
    ]


def _zh_zero_subjects(folded: str, raw: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The bad things said to happen never (decision 3303), where no listed word names them."""
    if "零" not in folded:
        return []
    return [(*m.span("what"), m.group("what")) for m in _unlisted(_ZH_ZERO_SUBJECT, folded, raw)]


# A regression said to happen never: 回归 closing its clause after 无, 没有, 不出现, 杜绝 … and up to
# six characters naming where ("无旧路径回归", "老接口无回归", "支付链路不出现回归"). 回归 alone is most
# often a return ("回归团队", "业绩回归增长", "回归到…水平"): only held at none, the clause ended
# there, is it a software regression (decision 4562; 性能回归/功能回归 are listed: 4486).
_ZH_REGRESSION_NONE = re.compile(
    r"(?:无|没有|没出现|不出现|未出现|不发生|未发生|杜绝)(?P<what>[\u4e00-\u9fffA-Za-z]{0,6}?回归)"
    r"(?=\s*(?:$|[，,；;。.、（(]))"
)


def zh_regressions_none(folded: str, raw: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The regressions held at none (decision 4562), where no listed word names them."""
    if "回归" not in folded:
        return []
    return [
        (m.end("what") - 2, m.end("what"), "回归")
        for m in _unlisted(_ZH_REGRESSION_NONE, folded, raw)
    ]


# Decision 6334: a deed done carelessly, in abuse or without leave, said by its prefix before
# the verb as 漏 and 误 are: 乱 ("乱花钱", "乱发脾气", "乱堆乱放"), 滥 ("滥用", "滥开药"), 擅 ("擅自",
# "擅离岗位"). Not 不乱 or 没乱 (calm kept: "忙而不乱"), 防乱/治乱 (what guards against it), the
# words where 乱 closes a state named before it (混乱, 杂乱, 紊乱 …), 擅长 (being good at), nor
# the prefix before a measure word.
_ZH_CARELESS = re.compile(
    r"(?:(?<![不没防治混杂紊凌捣胡慌忙动叛战变扰散])乱|滥|擅(?!长))"
    r"(?![率数次量件笔人比占的等和与及或、，,；;：:（(])[\u4e00-\u9fff]"
)


# Decision 6454: a thing lost, said by its prefix 丢 or 失 before what is lost, as 漏 and 误 are
# (decision 3120): "丢分", "失分", "丢单", "失球", "丢货". Not what 失 names of people served
# (失能, 失独, 失地, 失学: "失能老人照护覆盖率"), lost property handed back (失物), gains and losses
# weighed (得失), a thing gone (消失), nor the prefix before a measure word.
_ZH_LOST = re.compile(
    r"(?<![得消流损遗丧迷])(?:丢|失)"
    r"(?![能独地学物而去败误率数次量件笔人比占的等和与及或、，,；;：:（(])[\u4e00-\u9fff]"
)


def _zh_misdone_terms(folded: str) -> list[tuple[int, int, str]]:
    """Deeds missed or done wrong, named by their prefix (decision 3120), and deeds done
    carelessly or without leave (decision 6334), and things lost (decision 6454)."""
    out = []
    if "丢" in folded or "失" in folded:
        out += [(m.start(), m.end(), m.group()) for m in _ZH_LOST.finditer(folded)]
    if any(c in folded for c in "漏误错弃迟"):
        out += [(m.start(), m.end(), m.group()) for m in _ZH_MISDONE.finditer(folded)]
    if any(c in folded for c in "乱滥擅"):
        out += [(m.start(), m.end(), m.group()) for m in _ZH_CARELESS.finditer(folded)]
    return out


# A desk or a post with nobody at it (decision 4122, as 3941's 无人接待): "服务台无人值守次数：0",
# "岗位无人值班的次数降到每月1次". 无人值守 before what it names is the kind of thing built, the good
# side ("无人值守自助机使用率", "无人值守仓库覆盖率"): only after a post's own word.
_ZH_POST_EMPTY = re.compile(
    r"(?<=[台岗站室柜厅口哨])(?:位|处)?(?:出现|发生)?(?:无人|没人|没有人)(?:值守|值班|看守|看管|在岗)"
    r"(?![\u4e00-\u9fff]{0,2}(?:仓|店|柜|机|车|船|机场|超市|便利店|货架|门店|站点|模式|系统|设备|终端))"
)


def _zh_undone_terms(folded: str) -> list[tuple[int, int, str]]:
    """Things left undone, counted: the term kr-negative-phrasing reads when a reducer, a cap
    or a zero stands with it ("外网暴露的未打补丁服务器从 30 台减少到 5 台")."""
    out = [(m.start(), m.end(), m.group()) for m in _ZH_DONE_WRONG.finditer(folded)]
    if "人" in folded:
        out += [(m.start(), m.end(), m.group()) for m in _ZH_POST_EMPTY.finditer(folded)]
    if "未" in folded:
        out += [(m.start(), m.end(), m.group()) for m in _ZH_UNDONE.finditer(folded)]
    return out


_TIME_UNIT_EN = r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|business days?|weeks?)"
_TIME_UNIT_ZH = r"(?:秒钟?|分钟|个?小时|天|个?工作日|周)"
# Cases past a wait or a lateness limit: "customers waiting more than 15 minutes", "calls on
# hold longer than 2 minutes", "trucks leaving more than 30 minutes late", "等待超过 15 分钟的顾客",
# "晚于计划 30 分钟发车的车次" (decision 2221).
# Things left where they should not stay, past a time, too: "Containers left on the quay past
# 5 days", "Tickets open longer than 30 days", "Invoices outstanding more than 60 days" (2510)
_DWELL_EN = r"left|open|outstanding|overdue|idle|unclaimed|uncollected|unresolved|stuck|parked"
_WAIT_PAST_EN = re.compile(
    r"[a-z](?<!\w[a-z])[a-z-]*s(?: [a-z-]+){0,4}? (?:(?:kept |left )?(?:waiting|waited|queued|queuing|on hold|"
    r"unanswered|unassigned)|" + _DWELL_EN + r"|[a-z]+ed|[a-z]+ing)(?: [a-z-]+){0,3}? (?:for )?"
    r"(?:(?:more|longer) than|past|beyond) \d+(?:\.\d+)? ?" + _TIME_UNIT_EN + r"(?: late\b)?"
)
_WAITING_EN = re.compile(
    r"\b(?:waiting|waited|queued|queuing|on hold|unanswered|unassigned|" + _DWELL_EN + r")\b"
)
_WAIT_PAST_ZH = re.compile(
    r"(?:(?:等待|等候|排队|候诊|滞留|占线)(?:时间|时长)?超过|晚于[\u4e00-\u9fff]{0,4}|迟于[\u4e00-\u9fff]{0,4}|"
    r"超时|延误)\s?\d+(?:\.\d+)?\s?"
    + _TIME_UNIT_ZH
    + r"(?:以上)?[\u4e00-\u9fff]{0,6}?的[\u4e00-\u9fff]{1,6}?(?=占|的?比例|比例|数|率|[\s，,；;]|$)"
)


def _waits_past_limit(folded: str, lang: str) -> list[tuple[int, int, str]]:
    """Cases that went past a wait or a lateness limit are breaches, bad events (decision 435's
    "No outage longer than 5 minutes", said of a share or count: decision 2221). A wait time
    itself ("average wait down to 5 minutes") is an efficiency goal and not read here; English
    needs a plural subject and a participle (-ing/-ed), so "works more than 55 hours" and "No
    associate works …" (decision 204) are not. Only a time limit: "more than 3 hours of screen
    time" counts an amount, not a breach."""
    pat = _WAIT_PAST_ZH if lang == "zh" else _WAIT_PAST_EN
    out: list[tuple[int, int, str]] = []
    for m in pat.finditer(folded):
        if lang == "en" and not (m.group().endswith(" late") or _WAITING_EN.search(m.group())):
            continue  # "orders shipped more than 2 days": a wait or "late" says it is a breach
        out.append((m.start(), m.end(), m.group()))
    if lang == "en" and ("than" in folded or " over " in folded):
        # "Tickets older than 30 days from 140 to 40": items past an age limit (decision 6177)
        out += [(m.start(), m.end(), m.group()) for m in _AGED_EN.finditer(folded)]
        # "Children missing more than 10 school days": persistent absence (decision 6177)
        out += [(m.start(), m.end(), m.group()) for m in _PEOPLE_ABSENT.finditer(folded)]
    return out


# Decision 6177: things past an age limit are overdue, as decision 435's "No X older than N days"
# says of none of them; counted or cut, they are bad events ("Tickets older than 30 days from 140
# to 40", "Invoices older than 60 days under 5%"). Not "older than" of people ("Members older than
# 65: 40%", no time unit of age here), nor a share of things newer than a date.
_AGED_EN = re.compile(
    r"[a-z](?<!\w[a-z])[a-z-]{0,20}s(?: [a-z-]{1,20}){0,2}? older than \d{1,4} ?"
    r"(?:(?:business |working |calendar )?days?|weeks?|months?|hours?)\b"
)
# People (or things) away more than a number of days or sessions: persistent absence (decision
# 1109), said by its shape ("Children missing more than 10 school days", "Pupils absent for over
# 15 days").
_PEOPLE_ABSENT = re.compile(
    r"(?<![a-z'’-])([a-z][a-z-]{1,20}s|staff|people|children)\s(?:missing|absent(?:\s(?:for|on))?"
    r"|off\ssick(?:\s(?:for|on))?)\s(?:more than|over|at least)\s\d{1,3}\s"
    r"(?:[a-z-]{1,12}\s)?(?:days|sessions|lessons|classes|shifts|weeks|appointments)\b"
)


def negative_terms(item) -> list[tuple[int, int, str]]:
    """The bad events the item names (found once per item), for other readings: "One-star
    reviews per month" counts bad events, not efforts (decision 528)."""
    key = ("kr-negative-phrasing", "terms")
    found = item.facts.memo.get(key)
    if found is None:
        found = item.facts.memo[key] = _negative_terms(item)
    return found  # type: ignore[return-value]


# Words that end the noun a bad-event participle qualifies ("missed SLAs below …").
_NOUN_STOP = frozenset(
    {"below", "under", "to", "from", "by", "per", "in", "on", "at", "of", "for", "with", "than",
     "is", "are", "was", "were", "down", "less", "fewer", "and", "or", "the", "a", "an", "within",
     "caused", "each", "every", "all", "no", "zero", "across", "over", "after", "before",
     # a cause or a time after the noun ends it: "Cancelled sailings due to crew shortage"
     # counts the cancelled sailings, not "sailings due" (decisions 3020, 3222)
     "due", "because", "owing", "during", "following", "when", "while", "that", "which", "who",
     "through", "via", "as"}
)  # fmt: skip


# (Issue 13: a pattern that opened with "\b" and a letter was tried at every position of the
# text; "\b[a-z]" is written "[a-z](?<!\w[a-z])" (the word boundary before a letter is no
# word character before it), a pattern that opens with a character class, which the engine
# scans for in C: the same matches. tests/test_speed31.py compares both forms.)
# "not" and a participle (regular, or a common irregular one), with its particle
_NOT_DONE = (
    r"not\s(?:[a-z]{2,}ed|paid|done|sent|met|kept|made|shown|given|taken|written|seen)"
    r"(?:\s(?:in|on|up|out|back|off))?"
)


def _word_starts(alts: list[str]) -> str:
    r"""What `\b(?:a1|a2|…)` matches, for alternatives that each open with a letter: one
    alternative per first letter, "c(?<!\wc)" then the alternatives that open with it in their
    order (at a place only those can match). The engine scans for the first letters in C instead
    of trying every alternative at every position (issue 13). `\b(?:…)` as it is when one of
    them opens otherwise."""
    if not all(a[:1].isascii() and a[:1].isalpha() for a in alts):
        return rf"\b(?:{'|'.join(alts)})"
    rests: dict[str, list[str]] = {}
    for a in alts:
        rests.setdefault(a[0], []).append(a[1:])
    return "|".join(f"{c}(?<!\\w{c})(?:{'|'.join(r)})" for c, r in rests.items())


@cache
def _participle_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    entries = words("kr_negative_participles", "en")
    before = sorted((w for w in entries if not w.startswith("after:")), key=len, reverse=True)
    after = sorted(
        (w.removeprefix("after:") for w in entries if w.startswith("after:")), key=len, reverse=True
    )
    # any "mis-" participle is a deed done wrong, as the listed "misrouted" (decision 3122):
    # "Misdirected calls under 5%", "Misfiled documents: none", "mis-shipped orders"
    alts = [*(re.escape(w) for w in before), r"mis-?[a-z]{3,}ed"]
    # The participle, then one to three words of the noun it qualifies.
    pre = re.compile(rf"(?:{_word_starts(alts)})((?:\s+[a-z][a-z0-9-]*){{1,3}})")
    # after the noun, a listed participle or any participle negated: what should have been
    # done and was not ("homework not handed in", "invoices not paid on time")
    # (a "mis-" participle after its noun too: "donations mis-recorded", decision 3127)
    post_alt = "|".join([*(re.escape(w) for w in after), r"mis-?[a-z]{3,}ed"])
    # "the help desk was left unmanned": the state it was left in, said with its auxiliary
    # (decision 4121)
    post = re.compile(
        rf"([a-z](?<!\w[a-z])[a-z0-9-]*)\s+(?:(?:(?:was|were|is|are|gets?|got|has been|have been|had been)"
        rf"\s+)?(?=left\b)(?:{post_alt})|(?:{post_alt}|{_NOT_DONE}))\b"
    )
    return pre, post


@cache
def _share_in_bad_state() -> re.Pattern[str]:
    """A percentage right before a multi-word bad state of the listed ones ("2% out of service",
    "3% out of stock"; decision 2415). Single words ("2% late") are left to their noun."""
    entries = words("kr_negative_participles", "en")
    after = longest_first(
        {w.removeprefix("after:") for w in entries if w.startswith("after:") and " " in w}
    )
    alt = "|".join(re.escape(w) for w in after)
    return re.compile(rf"\d\s?%\s+((?:{alt}))\b")


def _denied_verbs_alternation() -> str:
    """kr_negative_denied_verbs as a regex alternation, longest first (fail, go missing …)."""
    return "|".join(
        re.escape(w) for w in sorted(words("kr_negative_denied_verbs", "en"), key=len)[::-1]
    )


@cache
def _denied_pattern() -> re.Pattern[str]:
    """A listed bad participle denied after its noun, an auxiliary allowed between ("Patches
    never rolled back", "Shipments are never delayed", "Invoices not disputed"; decision 1010)."""
    entries = words("kr_negative_participles", "en")
    after = sorted(
        (w.removeprefix("after:") for w in entries if w.startswith("after:")), key=len, reverse=True
    )
    alt = "|".join(re.escape(w) for w in after)
    verbs = _denied_verbs_alternation()
    return re.compile(
        rf"\b(?:([a-z][a-z0-9-]*)\s+(?:(?:is|are|was|were|gets?|got|has been|have been)\s+)?"
        rf"(?:not|never)\s+(?:ever\s+)?"
        # "No shipment is damaged in transit": "no" before the thing, the participle after it
        rf"|no\s+(?:[a-z][a-z0-9-]*\s+){{0,2}}?[a-z][a-z0-9-]*\s+(?:is|are|was|were|gets?|got)\s+)"
        rf"(?:{alt})\b"
        # a bad verb denied: "deliveries never arrive late", "servers don't go down", "no
        # release slips" (decision 1168)
        rf"|\b(?:([a-z][a-z0-9-]*)\s+(?:(?:do|does|did|will|should|must|shall|can)\s+)?"
        rf"(?:not|never)\s+(?:ever\s+)?|([a-z][a-z0-9-]*)\s+(?:don['’]t|doesn['’]t|won['’]t)\s+"
        rf"|no\s+(?:[a-z][a-z0-9-]*\s+){{0,2}}?[a-z][a-z0-9-]*\s+(?:(?:ever|will)\s+)?"
        # "nobody rage-quits scrims", "Never miss a payroll date": no one, or never opening the
        # key result (decision 1446); "Don't miss any class" as well (decision 1988)
        rf"|(?:nobody|no one|no-one)\s+(?:(?:ever|will)\s+)?|^(?:never|don['’]t|do not)\s+(?:ever\s+)?)"
        rf"(?:{verbs})\b"
    )


@cache
def _stopped_deed() -> re.Pattern[str]:
    """ "stop"/"quit" opening the key result, then a bad deed in -ing of kr_negative_stopped_deeds
    ("Stop losing couples", "Quit missing deadlines"; decision 3540)."""
    deeds = "|".join(
        re.escape(w) for w in sorted(words("kr_negative_stopped_deeds", "en"), key=len)[::-1]
    )
    return re.compile(rf"(?:stop|quit)\s+(?:{deeds})\b|{_STOPPED_UNDER}")


# Decision 6457 (the lead's ruling of round 43: "Stop <bad behaviour> when <condition with an
# adjective>" is negative phrasing): any deed in -ing stopped under a state said with an adjective
# ("Stop handing out cold coffee when the queue is long", "Stop leaving the till unattended when
# the shop is quiet") or on a busy or quiet spell ("… on busy Saturdays"): the condition says when
# the deed goes wrong, so the deed is the bad event, whatever its verb. Not "Stop work when the
# wind is above 40 mph" (no deed in -ing), not "Stop selling the old kit when the new one lands"
# (no state).
_STOPPED_UNDER = (
    r"(?:stop|quit)\s(?:[a-z'’-]{1,20}-)?[a-z]{2,20}ing(?:\s[a-z0-9'’-]{1,20}){0,6}?"
    r"\s(?:(?:when|whenever|while|if|once)\s(?:(?:the|a|an|our|my|their|its|it|we|i|they|you)\s)?"
    r"(?:[a-z'’-]{1,20}\s){0,2}?(?:is|are|gets?|got|was|were|feels?|looks?|seems?|runs?)\s"
    r"(?:too\s|very\s|really\s|so\s|a\sbit\s)?"
    # a state, not a figure's bound: "when the basket is under £20" sets a price rule
    r"(?!(?:under|over|above|below|less|more|than|about|around|within|worth|at|in|on|not)\b)"
    r"[a-z]{3,20}"
    r"|(?:on|during|at|in)\s(?:the\s)?(?:busy|peak|hectic|quiet|slow|late|early|rush|crowded|"
    r"short-staffed)(?:\s[a-z'’-]{1,20})?)\b"
)


@cache
def _share_that_fail() -> re.Pattern[str]:
    """A share or a "1 in N" of things, then a bad verb of kr_negative_denied_verbs in the
    present ("Less than 1% of nightly jobs fail", "Under 3% of parcels go missing", "Fewer than
    1 in 20 builds break"; decision 2746): the things that do it are the bad events counted.
    Not "fail over" or "fail safe" (the good side of a failure)."""
    verbs = _denied_verbs_alternation()
    return re.compile(
        r"[%p\d](?:(?<=%)|(?<=p)(?<!\wp)ercent|(?<=\d)(?<!\w\d)[\d,]*\s+in\s+\d[\d,]*)"
        r"\s+(?:of\s+)?(?:(?:the|our|all|their)\s+)?"
        rf"((?:[a-z0-9-]+\s+){{0,2}}?[a-z][a-z-]*s\s+(?:{verbs}))\b(?!\s+(?:over|safe)\b)"
    )


# "No <thing> <does something> without <what it needs>": up to three words of the thing, its
# verb, up to four words after it and up to three of what it needs (decision 2244).
_NONE_WITHOUT = re.compile(
    r"(?:^|(?<=[:;,.] ))no\s(?P<thing>(?:[a-z][a-z0-9-]*\s){0,2}?([a-z][a-z0-9-]*)\s"
    r"(?:(?:is|are|gets?|will|can)\s)?[a-z][a-z-]*\s(?:[a-z0-9][a-z0-9'-]*\s){0,4}?without\b"
    r"(?:\s[a-z0-9][a-z0-9'-]*){0,3})"  # what it needs, quoted with it
)


@cache
def _participle_reducers() -> frozenset[str]:
    return word_set("kr_negative_reducers", "en") | frozenset(mapping_keys("kr_reduce_words", "en"))


def _participle_terms(folded: str) -> list[tuple[int, int, str]]:
    """A noun made a bad event by a participle before or after it ("Zero missed first-response
    SLAs", "broken dashboard tiles", "Sev-1 tickets reopened", "bread thrown away"; decision
    126). The noun stops before a preposition, a comparator or a head word of another measure
    ("failed build time" is a time)."""
    pre, post = _participle_patterns()
    heads = word_set("kr_negative_heads", "en")
    # "Missed deliveries eliminated", "Duplicate vendor payments halved": the reducer after the
    # noun ends it (decision 2244)
    # ("Missed medication doses cut by half": the reduction verbs too, decision 2753)
    reducers = _participle_reducers()
    out: list[tuple[int, int, str]] = []
    for m in pre.finditer(folded):
        end = m.start(1)
        for w in re.finditer(r"[a-z][a-z0-9-]*", m.group(1)):
            if w.group() in _NOUN_STOP or w.group() in heads or w.group() in reducers:
                break
            end = m.start(1) + w.end()
        if end > m.start(1):
            out.append((m.start(), end, folded[m.start() : end]))
    for m in post.finditer(folded):
        # not a verb before the participle: "Reduce cancelled sailings" reduces the sailings
        # cancelled, "reduce" is not what was cancelled (decision 779)
        if (
            m.group(1) not in _NOUN_STOP
            and m.group(1) not in heads
            and m.group(1) not in _EN_NOT_A_QUALIFIER
        ):
            out.append((m.start(), m.end(), m.group()))
    if folded.startswith(("stop ", "quit ")):
        # "Stop losing couples after the first consultation": a bad deed ruled out (3540)
        m = _stopped_deed().match(folded)
        if m is not None:
            out.append((m.start(), m.end(), m.group()))
    if (
        "not " in folded
        or "never " in folded
        or "no " in folded
        or "n't " in folded
        or "nobody " in folded
    ):
        for m in _denied_pattern().finditer(folded):
            noun = m.group(1) or m.group(3)
            if noun not in _NOUN_STOP and noun not in heads:
                out.append((m.start(), m.end(), m.group()))
    for m in _repeat_redo().finditer(folded) if "repeat" in folded else ():
        # "repeat tickets", "repeat work orders on the boilers": work done again (5525)
        out.append((m.start(), m.end(), m.group()))
    for m in _UNDONE_AFTER.finditer(folded) if "un" in folded else ():
        if m.group(1) not in _NOUN_STOP and m.group(1) not in heads and _undone(m.group("un")):
            out.append((m.start(), m.end(), m.group()))
    for m in _UNDONE_BEFORE.finditer(folded) if "un" in folded else ():
        # "Unpatched servers in the DMZ down from 40 to 5" (decision 2222)
        if m.group(2) not in _NOUN_STOP and m.group(2) not in heads and _undone(m.group(1)):
            if m.group(1) in _UNATTENDED and m.group(2) in word_set("kr_unattended_modes", "en"):
                continue  # "unattended installs": a mode rolled out, the good side (4121)
            out.append((m.start(), m.end(), m.group()))
    if "%" in folded or "percent" in folded or " in " in folded:
        for m in _share_that_fail().finditer(folded):
            thing = m.group(1).split()
            if not any(w in _NOUN_STOP or w in heads for w in thing[:-1]):
                out.append((m.start(1), m.end(1), m.group(1)))
    if "%" in folded:
        # "Chromebook fleet with less than 2% out of service", "at most 1% of the time out of
        # stock": a share, then the bad state its things are in (decision 2415)
        for m in _share_in_bad_state().finditer(folded):
            out.append((m.start(1), m.end(), folded[m.start(1) : m.end()]))
    for m in _PEOPLE_WHO_LEAVE.finditer(folded):
        if m.group(1) not in _NOUN_STOP:
            out.append((m.start(), m.end(), m.group()))
    leaving = (
        "ing " in folded or "ing:" in folded or any(f" {w} " in folded for w in _LOST_TO_VERBS)
    )
    for m in _PEOPLE_LEAVING.finditer(folded) if leaving else ():
        if m.group(1) not in _NOT_PEOPLE and (m.group("any") or _PEOPLE_ENDING.search(m.group(1))):
            if (m.group("count") or m.group("per")) and (
                "departing" in m.group()
                or (
                    m.group("count") is not None
                    and _figure(m.group("now")) >= _figure(m.group("was") or m.group("was2"))
                )
            ):
                continue  # "Passengers departing from 3,000 to 4,500 a day": traffic, no fall
            if m.group("cap") or m.group("count"):
                # the people and what they leave are quoted; the cap or the figures stay out
                end = m.start("cap") if m.group("cap") else m.start("count")
                out.append((m.start(), end, folded[m.start() : end]))
                continue
            # the time after the verb is quoted with it; the preposition stays out
            end = m.end() - len(m.group().rsplit(None, 1)[-1])
            out.append((m.start(), end - 1, folded[m.start() : end - 1]))
    if " that " in folded or " which " in folded or " who " in folded:
        # "Food that spoils before it reaches a charity", "Builds that break on main": a thing
        # that does a listed bad deed, in a relative clause (decision 2506)
        for m in _things_that_fail().finditer(folded):
            if m.group(1) not in _NOUN_STOP and m.group(1) not in heads:
                out.append((m.start(), m.end(), m.group()))
    if "without " in folded:
        # "No shipment leaves the dock without a scanned label": the ones that do are the bad
        # events ruled out (decision 2244)
        for m in _NONE_WITHOUT.finditer(folded):
            if m.group(1) not in _NOUN_STOP and m.group(1) not in heads:
                out.append((m.start("thing"), m.end(), m.group("thing")))
    if "wrong-" in folded:
        # "Cut wrong-address deliveries by 60%", "Wrong-size shipments under 1%": a thing done
        # with the wrong one, as "delivered to the wrong address" (decisions 1271, 2759)
        for m in _WRONG_HYPHEN.finditer(folded):
            if m.group(1) is None or (m.group(1) not in _NOUN_STOP and m.group(1) not in heads):
                out.append((m.start(), m.end(), m.group()))
    if "wrong " in folded:
        for m in _WRONG_TARGET.finditer(folded):
            noun = m.group(1) or m.group(2)
            if noun not in _NOUN_STOP and noun not in heads:
                out.append((m.start(), m.end(), m.group()))
    if "late " in folded:
        for m in _LATE_EVENTS.finditer(folded):
            between = m.group("between").split()
            if m.group("event") not in _LATE_NOT_BAD and not any(
                w in _NOUN_STOP or w in heads for w in between
            ):
                out.append((m.start(), m.end(), m.group()))
    return out


# A thing done to the wrong one (decision 1271): "calls dispatched to the wrong address",
# "parcels delivered to the wrong house", "doses given to the wrong patient": the noun, its
# participle and the wrong target are one bad event, as a mis-ship is (decision 660).
# The words that end the wrong thing's name: a preposition, an article, a bound or a figure's
# lead ("wrong delivery address under 0.5%", "wrong dose by 80%") (decision 5524).
_WRONG_STOPS = (
    "by|from|to|under|below|above|over|in|on|at|per|a|an|the|and|or|for|within|than|across|"
    "each|every|this|next|last|before|after|less|more|down|up|cut|is|are|was|were|each|this"
)
# The wrong thing done is the bad event itself before the share it names, or counted on its
# own: "Wrong-shipment rate from 4% to 1%", "Wrong-picks down from 90 to 20" (decision 6811).
_WRONG_HYPHEN = re.compile(
    r"\bwrong-[a-z]{2,}(?:\s++([a-z][a-z-]*s)\b|(?=\s(?:rate|ratio|share|percentage)\b)|"
    r"(?<=s)(?![\w-]))"
)
_WRONG_TARGET = re.compile(
    r"([a-z](?<!\w[a-z])[a-z0-9-]*)"
    r"(?:\s+(?:[a-z]{2,}(?:ed|en)|sent|sold|put|set|built|given|taken|told|"
    # "prescriptions filled with the wrong dose", "parcels labelled with the wrong address" (2759)
    r"brought|kept|left"
    # ... and said in the present, with its particle: "No invoice goes out with the wrong tax
    # code", "no order ships to a wrong address" (decision 5260)
    r"|goes|go|ships|ship|leaves|leave|arrives|arrive|lands|land)(?:\s+(?:out|off|back))?"
    r"\s+(?:to|at|for|on|into|in|with)\s+(?:the\s+|a\s+)?"
    # ... or kept by the thing itself, with no participle: "invoices with the wrong VAT rate",
    # "payslips with a wrong tax code" (decision 5524). One group for the thing, so that the
    # pattern keeps its first-character prefix (tests/test_speed31.py).
    r"|(?<=s)\s+with\s+(?:the\s+|a\s+))"
    # the wrong thing whole, up to three words (decision 5524)
    r"wrong\s+[a-z][a-z0-9-]*"
    rf"(?:\s+(?!(?:{_WRONG_STOPS})\b)[a-z][a-z0-9-]*){{0,2}}"
)


# "late" before events in the plural, with up to two words of what they are between (decision
# 978): "late pilot boardings", "late supplier payments", "late arrivals". The event is a noun
# of an action by its ending (-ing, -al, -ment, -ure, -ion, -ery); not "late nights", "late
# shifts" or "late fees", and not what is good to have late ("late openings", "late bookings").
_LATE_EVENTS = re.compile(
    r"\blate(?P<between>(?:\s[a-z][a-z0-9-]*){0,2}?)\s"
    r"(?P<event>[a-z]{2,}(?:ings|als|ments|ures|ions|eries)"
    # things that come or go late, counted (decision 2754): "Late invoices cut in half"
    r"|invoices|orders|tasks|projects|starts|trains|flights|buses|containers|trucks|pickups)\b"
)
_LATE_NOT_BAD = frozenset({"openings", "bookings", "closings", "signings", "evenings", "mornings"})


# What should have been done and was not, by its "un-" participle after the noun (decision 441):
# "PRs I leave unreviewed", "invoices left unpaid", "shifts still unfilled", with what leaves it
# so between them ("I leave", "left", "still"). Before a noun the shape also names a quality
# ("unexplained pay gap", "unplanned work"): only the listed participles count there.
_UNDONE = r"un[a-z]{2,}(?:ed|id|en|ent|ilt|ought)"
_UNDONE_AFTER = re.compile(
    rf"([a-z](?<!\w[a-z])[a-z0-9-]*)\s+(?:(?:i|we|you|they|that|which|who)\s+(?:leave|leaves|left|keep|keeps|"
    rf"kept|have left|has left)\s+|(?:left|kept|sitting|still|remaining|going|go|goes|went|gone)\s+)?"
    rf"(?P<un>{_UNDONE})\b"
    # after its noun, not before another ("APAC unplanned downtime" qualifies the downtime)
    r"(?=\s*+(?:$|[,;:.()<>≤≥=\d]|(?:for|after|over|past|beyond|by|within|in|on|at|from|to|"
    r"below|under|than|more|longer|down|is|are|was|were|per|each|a|an)\b))"
)
# An undone participle before the plural noun it qualifies: "unpatched servers", "unpaid invoices".
_UNDONE_BEFORE = re.compile(rf"\b({_UNDONE})\s+(?:[a-z][a-z0-9-]*\s+){{0,2}}?([a-z][a-z0-9-]*s)\b")
# Praise or neutral words of the same shape: an unaided performance, an unmatched service.
_NOT_UNDONE = frozenset(
    {"unlimited", "united", "unprecedented", "unbiased", "undefeated", "unmatched", "unrivalled",
     "unrivaled", "unaided", "unassisted", "unparalleled", "undisputed", "uninterrupted",
     "unscripted", "unsupervised", "undivided", "unbeaten", "unlocked", "unboxed", "unplugged",
     "unbundled", "undergrad", "underpinned", "understood", "undertaken", "underwritten",
     "unwritten", "unified", "unlisted", "unmoderated", "unsubsidised", "unsubsidized"}
)  # fmt: skip


# Nobody at it: a post left empty after its noun, a mode built so before one (decision 4121).
_UNATTENDED = frozenset({"unattended", "unmanned", "uncrewed"})


def _undone(word: str) -> bool:
    return word not in _NOT_UNDONE and not word.startswith("under")


# People who leave what they joined (decision 441): "volunteers who quit after one shift",
# "members that cancel in the first month", "students who drop out" count attrition.
_PEOPLE_WHO_LEAVE = re.compile(
    r"([a-z](?<!\w[a-z])[a-z-]*s)\s+(?:who|that)\s+(?:quit|quits|leave|leaves|left|drop out|drops out|"
    r"dropped out|churn|churns|churned|cancel|cancels|cancelled|canceled|lapse|lapses|lapsed|"
    r"no-show|no-shows|never return|never come back|don[’']?t return|don[’']?t come back)\b"
    # what they leave without or before, quoted with them: "Patients who leave without being
    # seen", "Members who cancel before their second class" (decision 2416)
    r"(?:\s(?:without|before)\s(?:being\s|having\s|(?:a|an|the|their|our|any|his|her)\s)?"
    r"[a-z0-9][a-z0-9-]*(?:\s(?:class|visit|session|appointment|order|payment|purchase|month|week))?)?"
)


# People leaving, said with "-ing" after them and the time that says which are counted
# (decision 3123): "Candidates leaving in the first 90 days: under 5%", "Hires quitting within 6
# months", "Drivers leaving in their first year". Only people: "Orders leaving within 24 hours"
# are shipped, the good side.
# People lost to another employer: the verbs before "to"/"by" (decisions 6826, 7020).
_LOST_TO_VERBS = ("lost", "poached", "headhunted", "lured away", "hired away")
_LOST_TO_ALTERNATIVES = "|".join(w.replace(" ", r"\s") for w in _LOST_TO_VERBS)
_PEOPLE_LEAVING = re.compile(
    r"\b([a-z][a-z-]*s|staff|people)\s+(?:(?P<any>quitting|resigning|dropping out|walking out"
    # "Engineers lost to competitors from 6 to 1", "Nurses poached by agencies under 5%": people
    # the team loses to another employer leave it (decision 6826)
    # ("Developers headhunted by fintechs", "Drivers lured away by Uber", decision 7020)
    rf"|(?:{_LOST_TO_ALTERNATIVES})\s(?:to|by)\s"
    r"(?:a\s|an\s|the\s|our\s|other\s)?[a-z-]+(?:\s[a-z-]+)?)"
    r"|leaving|departing|moving out)"
    r"(?:\s(?:us|the\s[a-z]+|our\s[a-z]+))?"
    r"(?:\s+(?:in|within|during|before|after|by|without)\b"
    # or a cap on their share right after them: "Members leaving the club less than 10%",
    # "Tenants moving out under 8%" (decision 3440), or on their count in a period: "Staff
    # leaving: under 3 a year", "Teachers lost to other schools: max 2 a year" (decision 7020)
    r"|(?P<cap>:?\s+(?:less than|fewer than|under|below|at most|no more than|max|<)\s?\d{1,3}"
    r"(?:\.\d{1,2})?(?:\s?(?:%|percent)|(?P<per>\s(?:a|per|each|every|this)\s"
    r"(?:year|month|quarter|term|season)\b)))"
    # or the count of them from one figure to another: "Employees leaving from 8 to 3", as
    # "员工离职人数由8人减少到3人" (decision 6814), after a colon or with an arrow too (7020)
    r"|(?P<count>:?\s+(?:down\s)?(?:from\s(?P<was>\d[\d,]*)\s(?:a\s(?:year|month|quarter)\s)?"
    r"to\s|(?P<was2>\d[\d,]*)\s?(?:->|→)\s?)(?P<now>\d[\d,]*)))"
)


def _figure(digits: str) -> float:
    return float(digits.replace(",", ""))


# Those who leave, by their ending; only people quit or resign, things leave a dock too.
_PEOPLE_ENDING = re.compile(
    r"(?:ers|ees|ents|ants|ates|ists|ians|ors|hires|recruits|staff|people|volunteers|nurses)$"
)
_NOT_PEOPLE = frozenset(
    {"orders", "containers", "trailers", "papers", "letters", "numbers", "transfers", "freighters",
     "tankers", "carriers", "payments", "shipments", "documents", "parcels", "pallets", "tenders"}
)  # fmt: skip


@cache
def _things_that_fail() -> re.Pattern[str]:
    """A noun, then "that/which/who" and a verb of kr_negative_denied_verbs in the present
    ("food that spoils", "parcels that go missing", "tests that fail", "members who miss";
    decision 2506); what it happens before or without is quoted with it, as for decision
    2416's people who leave."""
    verbs = _denied_verbs_alternation()
    return re.compile(
        rf"\b([a-z][a-z-]*)\s+(?:that|which|who)\s+(?:{verbs})\b"
        r"(?:\s(?:before|without)\s(?:being\s|it\s|they\s|(?:a|an|the|their|its|our|any)\s)?"
        r"[a-z0-9][a-z0-9-]*(?:\s(?:a|an|the|their|its|our)\s[a-z0-9][a-z0-9-]*)?"
        # how often, which says who counts: "members who miss more than 3 rehearsals"
        r"|\s(?:more than|over|at least)\s\d{1,4}\s[a-z][a-z-]*)?"
    )


_NO_BEFORE = re.compile(r"n(?<!\wn)o\b(?![-.])")
# Going past a set point: a slot, a deadline, a budget, a time of day ("past their slot",
# "paid late", "after 8pm", "over budget"); not a figure after "over" (a cap on an amount).
_SETPOINT = re.compile(r"(?:past|beyond|late|later than|after|over(?! ?[\d$€£]))\b")
_MORE_THAN = re.compile(r"(?:more|longer) than ")
_CLAUSE_STOP = re.compile(r"[,;.]")
_SETPOINT_END = re.compile(r" (?:past|beyond|late|later than|after|over)\b")
_AUXILIARIES = frozenset({"is", "are", "was", "were", "gets", "get", "has", "have"})


def _exceeding_terms(folded: str) -> list[tuple[int, int, str]]:
    """Going past a set point, said of nobody: "No patient waits more than 20 minutes past
    their slot", "No employee is paid late", "No sprint goes over budget", "No work email
    after 8pm" (decision 204). The term runs from the predicate to the set-point word; the
    "no" before its subject of one to three words is the absence kr-negative-phrasing reads.
    A cap on an amount alone ("No associate works more than 55 hours") is a limit on a
    workload or a time, not a bad event (PRINCIPLES.md)."""
    out: list[tuple[int, int, str]] = []
    for m in _NO_BEFORE.finditer(folded):
        ws = [w for _, w in zip(range(6), _EN_WORD.finditer(folded, m.end()), strict=False)]
        for i in range(1, min(4, len(ws))):
            aux = ws[i].group() in _AUXILIARIES and i + 1 < len(ws)
            heads = [ws[i], ws[i + 1]] if aux else [ws[i]]
            ex = next((e for w in heads if (e := _past_setpoint(folded, w.end()))), None)
            if ex is not None:
                end = _set_point_end(folded, ex)
                out.append((ws[i].start(), end, folded[ws[i].start() : end]))
                break
    return out


_SET_POINT_WORD = re.compile(r" ([a-z0-9][a-z0-9:'’-]*)")
_SET_POINT_STOP = frozenset(
    {"in", "on", "at", "by", "for", "with", "during", "within", "and", "or", "per", "each",
     "every", "than", "to", "from", "across", "this", "next"}
)  # fmt: skip


def _set_point_end(folded: str, ex: re.Match[str]) -> int:
    """The end of the set point gone past: up to three words after "past", "after", "over"
    ("past their booking", "after 8pm", "over budget"), to a preposition or the clause's end."""
    end = ex.end()
    if ex.group() in ("late",):
        return end
    for _ in range(3):
        w = _SET_POINT_WORD.match(folded, end)
        if w is None or w.group(1) in _SET_POINT_STOP:
            break
        end = w.end()
    return end


def _past_setpoint(folded: str, pos: int) -> re.Match[str] | None:
    """The set-point word right after the predicate ending at `pos`, or after "more than" and
    an amount ("more than 20 minutes past their slot")."""
    if not folded.startswith(" ", pos):
        return None
    more = _MORE_THAN.match(folded, pos + 1)
    if more is None:
        return _SETPOINT.match(folded, pos + 1)
    end = min(len(folded), more.end() + 24)
    stop = _CLAUSE_STOP.search(folded, more.end(), end)
    return _SETPOINT.search(folded, more.end(), stop.start() if stop else end)


_LOST_AFTER = re.compile(r"\b([a-z]+s) lost\b")


def _outcomes_lost(folded: str) -> list[tuple[int, int, str]]:
    """Outcomes named with "lost" after them are bad events ("deals lost to no decision",
    "renewals lost", decision 105), as "lost deals" is in the lexicon."""
    if "s lost" not in folded:
        return []  # (what every match holds)
    nouns = word_set("kr_outcome_nouns", "en")
    return [
        (m.start(), m.end(), m.group()) for m in _LOST_AFTER.finditer(folded) if m.group(1) in nouns
    ]


@cache
def _bad_after_pattern() -> tuple[re.Pattern[str], dict[str, frozenset[str]]]:
    table = {k: frozenset(v.split()) for k, v in mapping("kr_negative_after_nouns", "en").items()}
    alt = "|".join(re.escape(k) for k in sorted(table, key=len, reverse=True))
    return re.compile(rf"\b([a-z]+s)\s+({alt})\b"), table


def _bad_after_nouns(folded: str) -> list[tuple[int, int, str]]:
    """Things a participle makes bad events only of (rules/data/en/kr_negative_after_nouns.txt):
    "orders returned", "parcels sent back", not "calls returned" (decision 1291)."""
    pattern, table = _bad_after_pattern()
    if not any(k in folded for k in table):
        return []  # no participle of the table (one is in every match)
    return [
        (m.start(), m.end(), m.group())
        for m in pattern.finditer(folded)
        if m.group(1) in table[m.group(2)]
    ]


# A thing said to go missing, with the word that rules it out inside the clause: "Tickets no
# longer get lost between teams", "No order goes missing in transit", "Requests are never
# dropped" (decision 256). The term runs from the subject's first word to the participle.
_GONE_MISSING = re.compile(
    r"\b(?:(?P<no>no)\s+)?(?P<subject>[a-z][a-z0-9-]*(?:\s+[a-z][a-z0-9-]*){0,2}?)\s+"
    r"(?P<absence>no longer\s+|never\s+)?(?:get|gets|got|go|goes|went|is|are|was|were|be)\s+"
    r"(?P<absence_after>never\s+)?(?:lost|missing|dropped|forgotten|misrouted|overlooked)\b"
)


# The participles every match of _GONE_MISSING ends with.
_GONE_WORDS = ("lost", "missing", "dropped", "forgotten", "misrouted", "overlooked")


def _gone_missing(folded: str) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    if ("no" not in folded and "never" not in folded) or not any(w in folded for w in _GONE_WORDS):
        return out  # no participle, or nothing to rule it out ("no", "no longer", "never")
    for m in _GONE_MISSING.finditer(folded):
        if (
            m.group("no") is None
            and m.group("absence") is None
            and m.group("absence_after") is None
        ):
            continue  # "lost" with nothing ruling it out is no cap ("Recover 80% of carts lost")
        s = m.start("subject")
        out.append((s, m.end(), folded[s : m.end()]))
    return out


def _absence_inside(term: tuple[int, int, str]) -> bool:
    """A term made by `_gone_missing` that holds its own absence ("tickets no longer get lost"),
    or a listed bad participle denied after its noun ("upgrades not delayed", decision 1010), or
    a bad deed stopped ("stop losing", decision 3540)."""
    if term[2].startswith(("stop ", "quit ")) and _stopped_deed().fullmatch(term[2]):
        return True  # "stop losing": a bad deed stopped (decision 3540)
    return bool(re.search(r"\b(?:no longer|never|nobody|no one|no-one)\b", term[2])) or (
        (" not " in term[2] or "n't " in term[2] or "n’t " in term[2] or term[2].startswith("no "))
        and _denied_pattern().fullmatch(term[2]) is not None
    )


_UNIT_WORD_AFTER = re.compile(
    r"(?<!\s)\s*(?!for\b|by\b|in\b|per\b|an?\b|each\b|every\b|all\b|this\b)[a-z]+"
)
# The period a count is per goes with it: "under 4 a month", not "under 4 a" (decision 653);
# so does the span it is counted over: "fewer than 5 all season", not "fewer than 5 all" (3549).
_PERIOD_AFTER = re.compile(
    r"\s++(?:a|an|per|each|every|all|this)\s++"
    r"(?:day|night|shift|week|month|quarter|year|sprint|season|term|semester)\b"
)


# A bad-event word after a preposition describes another noun, unless that noun counts it.
# Not a ratio's "in" either: "Fewer than 1 in 50 orders arrive damaged" (decision 1188).
_MODIFIER_BEFORE = re.compile(
    r"(?<!number)(?<!count)(?<!share)(?<!rate)(?<!percentage)(?<!%)(?<!amount)(?<!total)"
    # a change named as a noun counts what it changes: "a 30% reduction in complaints", "a drop
    # in churn", "decrease in returns" (decision 2740)
    r"(?<!reduction)(?<!reductions)(?<!decrease)(?<!decline)(?<!drop)(?<!cut)"
    r"\s(?:on|in(?!\s+\d)|at(?!\s+(?:least|most)\b)|for|from|across|due to|caused by|because of)\s+"
    r"(?:[a-z0-9-]+\s+){0,2}$"
)


_WITH_BEFORE = re.compile(r"(?:\bwith|\bhave|\bhas|的)\s*$")
# Decision 6171: one check passed or closed "with no" bad things ("Fire audit passed with no major
# findings", "Pass the hygiene inspection with no critical findings"): the findings ruled out, as
# "no security findings" are (PRINCIPLES.md), not the good share of things that had none.
_CHECK_PASSED_WITH = re.compile(
    r"\b(?:pass(?:ed|es)?|clear(?:ed|s)?|clos(?:ed|es|e)|signed off|certified|"
    r"(?:audit|inspection|review|assessment|check|visit|test|exam)(?:\s[a-z0-9-]{1,20})?)"
    r"\s(?:on\s(?:the\s)?first\s(?:try|attempt)\s)?with\s*$"
)
# Those counted, then "on"/"in" and their state: "students on ", "accounts in ", "staff on long-".
_COUNTED_IN_STATE = re.compile(r"[a-z]+s\s(?:currently\s)?(?:on|in)\s$")


# Decision 5525: the reports of a bad event, then the preposition that names it ("tickets for
# login errors", "complaints about late deliveries"), or its redo ("repeat work orders").
_REPORTS_BEFORE = re.compile(
    r"(?<![\w-])([a-z-]+(?:\s[a-z-]+)?)\s(?:for|on|about|over|regarding|related to)\s"
    r"(?:[a-z0-9-]+\s){0,2}$"
)


def _reports_of(text: str, s: int) -> bool:
    """Whether the bad-event word at `s` follows the reports counted of it (decision 5525)."""
    m = _REPORTS_BEFORE.search(text, max(0, s - 40), s)
    if m is None:
        return False
    nouns = word_set("kr_negative_report_nouns", "en")
    phrase = m.group(1)
    return phrase in nouns or phrase.split()[-1] in nouns


@cache
def _repeat_redo() -> re.Pattern[str]:
    listed = words("kr_negative_report_nouns", "en")
    nouns = "|".join(re.escape(w) for w in listed)
    # the singular before the share it names: "repeat call rate", "repeat ticket ratio", and
    # the people who have to come back: "repeat callers" (decision 6810)
    one = "|".join(re.escape(w[:-3] + "y" if w.endswith("ies") else w[:-1]) for w in listed)
    return re.compile(
        rf"(?<![\w-])repeat(?:ed)?\s(?:[a-z][a-z-]{{1,20}}\s)?(?:{nouns}|callers?|"
        rf"(?:{one})(?=\s(?:rate|ratio|share|percentage)\b))(?![\w-])"
    )


def _in_bad_state(item, term: tuple[int, int, str]) -> bool:
    """People or accounts "on"/"in" a listed bad state right after their plural noun ("Students
    on academic probation", "Accounts in arrears"): the state is the bad thing counted, not a
    place (decision 1592)."""
    if term[2] not in word_set("kr_negative_states", "en"):
        return False
    return _COUNTED_IN_STATE.search(item.folded, max(0, term[0] - 30), term[0]) is not None


_PREPOSITIONS = frozenset({"to", "by", "in", "on", "at", "from", "with", "through"})
# What follows "无<bad event>" in the name of a share of things with none ("无投诉订单占比").
_ZH_SHARE_OF_NONE = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:占比|比例)")


# How long handling a bad event takes, named further after the word than a head is looked
# for: a few short words ("工单处理", "日志上报", "申请平均审核") and a percentile ("P99"), none
# of them a measure of the events themselves (率, 量, 数, 次).
_ZH_TIME_HEAD_LATER = re.compile(
    r"的?(?:(?:(?![率量数次])[\u4e00-\u9fff]){1,2}|\s?(?:tp|p)\d{2,3}\s?|\s){0,4}"
    r"(?:时长|耗时|延迟|时延|延时|处理时间|响应时间|恢复时间)"
)
_HEAD_BEFORE_EN = re.compile(r"\b([a-z]+)\s+(?:to|of|for|on|spent on|spent fixing)\b[^.]{0,30}$")


# 违反, 相反: 反 closing another word is no "anti-" (decision 5103).
_ZH_ANTI_NOT = re.compile(r"[违相造谋]反")
# The legal cases a bad-event word names, then the suits won: "纠纷诉讼案件胜诉率" (decision 5103).
_ZH_SUITS_WON = re.compile(r"[^，,；;。]{0,8}?胜诉(?!.{0,2}败)")


# A team's own calls made again, to people it reaches out to (decision 6815).
_REPEAT_CALLS_MADE = re.compile(r"\b(?:make|makes|making|made|place|places|placing)\s$")


def _not_the_measure(item, term: tuple[int, int, str]) -> bool:
    """The bad-event word only describes another measure ("incident response time", "time to
    fix bugs", "故障处理时长", "无故障率"), or is negated into a good one ("crash-free")."""
    text = item.folded
    s, e, _t = term
    heads = words("kr_negative_heads", item.language)
    if item.language == "zh":
        after = text[e : e + 5]
        if s > 0 and text[s - 1] == "无" and (term[2].endswith("率") or "率" in after[:4]):
            return True  # 无故障率, 无事故天数: the complement's name
        if _ZH_SUITS_WON.match(text, e):
            # "合同纠纷诉讼案件胜诉率", "劳动仲裁及诉讼案件胜诉率": the cases name which suits
            # are won, the win rate is the measure (decision 5103)
            return True
        if s > 0 and text[s - 1] == "反" and not _ZH_ANTI_NOT.match(text, s - 2):
            # "反欺诈拦截金额", "反洗钱": the work against the bad event, no event (decision 5103)
            return True
        if term[2] in _ZH_OVER_PLAN and s > 0 and text[s - 1] in "不未没无":
            # "项目开发费用不超预算": a cost held to its budget (decision 11), not the projects
            # over budget counted ("超预算项目占比不超过5%", decision 3121)
            return True
        if s > 0 and text[s - 1] == "无" and _ZH_SHARE_OF_NONE.match(text, e, e + 8):
            return True  # "无投诉订单占比": the share with none (decision 550)
        if _zh_denied_before(text, s) and _ZH_SHARE_OF_NONE.match(text, e, e + 8):
            return True  # "未退货订单占比", "未发生退款的占比": the share without (decision 2520)
        # "用户反馈问题的处理时间": 的 and a two-character verb of the work may stand between the
        # bad-event word and the time head (decision 1073).
        reach = 4 if after[:1] == "的" else 3
        after = text[e : e + reach + 3]
        head = next(
            (h for h in heads if any(after[k:].startswith(h) for k in range(reach))),
            None,
        )
        if head is None and _ZH_TIME_HEAD_LATER.match(text, e):
            # "客诉工单处理时长降低 50%", "慢查询告警 P99 延迟降低 30%": a noun and a verb of
            # handling, or a percentile, between the word and how long it takes (decision 2642)
            head = "时长"
        if head == "天数" and _bad_days(item, term):
            return False  # "熬夜天数每月不超过2天": the days it happened on (decision 407)
        if head == "金额" and term[2] in _ZH_LOSS_AMOUNTS and _ZH_SIZE_HEAD.match(after, 0):
            # "报损金额", "坏账核销金额", "重复付款金额为 0": the amount lost is the bad event's
            # size (decisions 530, 2264)
            return False
        if head == "工时" and term[2] in _ZH_WORK_REDONE and _ZH_SIZE_HEAD.match(after, 0):
            return False  # "返工工时": the hours of work redone are the rework's size (2264)
        return head is not None and not _events_counted(item, e, head)
    if text.startswith("-free", e) or text.startswith(" free", e):
        return True
    if term[2].startswith("repeat call") and _REPEAT_CALLS_MADE.search(text, max(0, s - 10), s):
        return True  # "Make repeat calls to 30 lapsed donors": outreach made again (6815)
    if (
        _MODIFIER_BEFORE.search(text, max(0, s - 30), s)
        and not _in_bad_state(item, term)
        and not _reports_of(text, s)
    ):
        return True  # "paint on product pages": the pages only say where
    # "Complaints (first 24 hours) below 5": an aside right after the word says which are
    # counted; the head of a measure comes after it (decision 2286)
    aside = _WHOLE_ASIDE.match(text, e + (text[e : e + 1] == " "))
    if aside is not None:
        e = aside.end()
    following = _EN_WORD.findall(text, e, min(len(text), e + 30))[:2]
    if following and following[0] in _PREPOSITIONS:
        following = following[:1]  # "renewals lost to budget cuts": the cause, not a head
    elif _QUALIFYING_TIME.match(text, e):
        # "Delays over 15 minutes: 40 → 10": the time says which delays count (decision 840)
        following = following[:1]
    if term[2] in _EN_WORK_REDONE and following[:1] == ["hours"]:
        return False  # "Rework hours cut from 300 to 80": the work redone's size (2264, 2756)
    if term[2] in _EN_AGAINST_RULES and _EN_SPEND_AFTER.match(text, e):
        # "Out-of-policy spend under 2%": the money spent against the rules is the size of the
        # violation, as 违规报销金额 is (decisions 5447, 6176)
        return False
    if term[2] == "claims" and _EN_GOOD_CLAIMS_BEFORE.search(text, max(0, s - 40), s):
        return True  # "Compliant expense claims at 98%": the good side (decision 6176)
    if any(w in heads for w in following):
        return True
    before = _HEAD_BEFORE_EN.search(text, max(0, s - 50), s)
    return before is not None and before.group(1) in heads


# Decision 6176: money spent against the rules (its size, not a cost of the work), and claims
# that meet the rules (the good side).
_EN_AGAINST_RULES = frozenset({"out-of-policy", "non-compliant", "noncompliant"})
_EN_SPEND_AFTER = re.compile(r" (?:[a-z-]{1,20} )?(?:spend|spending|amounts?|value)\b")
_EN_GOOD_CLAIMS_BEFORE = re.compile(
    r"(?<![a-z-])(?:compliant|valid|clean|approved|accepted|eligible|in-policy)\s(?:[a-z-]{1,20}\s)?$"
)


# Going past the budget: counted, an overrun (decision 3121); denied, a cost held to its budget.
_ZH_OVER_PLAN = frozenset({"超预算", "超支"})


# Bad habits that happen on a day or not: their 天数 counts the bad days, not a length of time;
# so do stock-outs (decision 530: "配件缺货天数控制在每月3天以内" counts the days out of stock).
_ZH_DAY_HABITS = frozenset(
    {"熬夜", "缺勤", "旷工", "逃课", "迟到", "早退", "旷课", "请假", "缺货", "断货", "断供",
     # a shelf sold out, a line short of parts (decision 4350): "脱销天数从12天降到3天"
     "脱销", "缺料",
     # a reading over its limit happens on a day or not (decision 5028): "超标天数从20天降到8天"
     "超标"}
)  # fmt: skip

# Losses whose 金额 is the size of the bad event, not a cost of doing the work (decision 530):
# "近效期药品报损金额控制在3000元以内"; "退货成本", "投诉处理费用" stay costs (decision 11).
# Money paid twice or clawed back is money lost too ("重复付款金额为 0", decision 2264).
_ZH_LOSS_AMOUNTS = frozenset(
    {"报损", "坏账", "损耗", "货损", "罚款", "赔款", "呆滞", "拒付", "重复付款", "重复扣款",
     # money overdue (decision 10: 逾期应收), lost, or spent past the budget (decision 3121)
     "逾期", "损失", "超支", "呆料",
     # claims paid for faults (decision 3304): "主机厂质量索赔金额减少40%"
     "索赔",
     # books not matching the stock (decision 3940): "门店账实不符金额控制在2000元以内"
     "账实不符", "账实差异", "盘点差异", "库存差异",
     # funds lost, stolen, defrauded or left unpaid (decision 4260): "资损金额降低80%"
     "资损", "盗刷", "诈骗", "欠缴", "欠薪",
     # goods scrapped or broken (decisions 385, 4350): "食材报废金额下降20%", and what is paid
     # out for them ("货物破损理赔金额下降50%": one verb of handling before 金额)
     "报废", "破损",
     # money paid, claimed or owed against the rules, or for goods failing the standard
     # (decision 5447): "违规报销金额减少40%", "不合格品退赔金额下降30%"
     "违规", "违章", "违纪", "违约", "违停", "不合规", "不合格", "不良"}
)  # fmt: skip
# Work done again: its hours are how much of it there was, not a time to shorten (2264); in
# English too ("rework hours", decision 2756).
_EN_WORK_REDONE = frozenset({"rework", "re-work"})
# (Chinese)
_ZH_WORK_REDONE = frozenset({"返工", "返修"})
# The measure's head right after the bad event, or after one two-character verb of handling
# it ("坏账|核销|金额") or one character of what it is ("不合格|品|金额"), with 的 or not.
_ZH_SIZE_HEAD = re.compile(r"的?(?:[\u4e00-\u9fff]{1,2})?(?:金额|工时)")


# English events that last a day or more and are counted in the days they happen on (decision
# 590): "Pool closures: 0 days", "Stockouts: at most 3 days a month".
_EN_DAY_EVENTS = frozenset(
    {"closures", "unplanned closures", "stockouts", "stock-outs", "out-of-stocks"}
)
_EN_DAYS_AFTER = re.compile(r"[^.;,]{0,30}?\b(?:\d+|zero|no)\s+days?\b")


def _bad_days(item, term: tuple[int, int, str]) -> bool:
    """A bad habit's 天数 ("熬夜天数"), or closures counted in days ("Pool closures: 0 days"):
    the figure in days counts the bad days."""
    if item.language == "en":
        return term[2] in _EN_DAY_EVENTS and bool(_EN_DAYS_AFTER.match(item.folded, term[1]))
    if term[2] in _ZH_WORK_REDONE:
        # "返工工时从120小时降到40小时": the hours count the work redone (decision 2264)
        m = _ZH_SIZE_HEAD.match(item.folded, term[1])
        return m is not None and m.group().endswith("工时")
    past = _ZH_PAST_HOUR_DAYS.match(item.folded, term[0])
    if past is not None and past.end() == term[1]:
        return True  # "晚上12点以后睡觉的天数": the days it happened on (decision 3763)
    if term[2] not in _ZH_DAY_HABITS:
        return False
    at = term[1] + (item.folded.startswith("的", term[1]))
    return item.folded.startswith("天数", at)  # "超标的天数" too (decision 5028)


# Heads naming how long something lasts: "停机时间", "宕机时长".
_TIME_HEADS_ZH = ("时间", "时长")


def _events_counted(item, end: int, head: str) -> bool:
    """A time head whose figure counts occurrences ("停机时间不超过一次", "宕机时长少于2次"): the
    figure counts the bad events, so the word is the measure after all (decision 188)."""
    if head not in _TIME_HEADS_ZH:
        return False
    _cs, ce = clause_of(item, end)
    units = (*words("kr_event_units", "zh"), "起")
    return any(q.kind == "count" and q.unit in units for q in item.facts.quantities_in(end, ce))


_PER_WORDS = ("百分之", "千分之", "万分之")


def _values_after(item, pos: int, end: int) -> list[_Value]:
    """The first two figures in [pos, end) with their units: "降低到5%", "to 10 tickets"."""
    out: list[_Value] = []
    for q in item.facts.quantities_in(pos, end):
        if q.kind == "label-number" or q.value is None:
            continue
        if q.form != "digits" and not (q.kind == "percent" and q.text.startswith(_PER_WORDS)):
            continue  # "百分之八" in words is a share as "8%" is (decision 2728)
        stop = q.end
        if q.kind != "percent" and q.end == q.figure[1]:
            # The thing counted goes with the number: "10 tickets".
            word = _UNIT_WORD_AFTER.match(item.folded, q.end, end)
            if word is not None:
                stop = word.end()
            period = _PERIOD_AFTER.match(item.folded, stop, end)
            if period is not None:
                stop = period.end()
        out.append(_Value(q.start, stop, q.value, q.kind == "percent", q.figure))
        if len(out) == 2:
            break
    return out


# Read on the gap stripped: a leading \s* made it quadratic when searched (bench_adversarial).
_COLON_GAP = re.compile(r"[:：]\s*(?:[<≤＜>≥＞~≈]=?)?")
# A ceiling's sign alone, between an aside and the figure it caps (decision 2322).
_CAP_SIGN_GAP = re.compile(r"<=|[<≤＜≦]")


_TIMED_COLON = re.compile(r"(?P<when>[^:：,;，；]{2,24})(?P<colon>[:：].*)", re.S)
# ... or the colon first, then the period: "投诉：全年≤5起", "非计划拔管：全年不超过5例" (decision 4263).
_COLON_TIMED = re.compile(r"[:：]\s*(?P<when>[^:：,;，；<≤＜>≥＞~≈]{1,24}?)\s*(?:[<≤＜>≥＞~≈]=?)?")


def _timed_colon(gap: str, lang: str) -> bool:
    """A period, then the colon before the figure: " this term: ", "（本季度）："; or the colon,
    then the period: "：全年", ": this year" """
    m = _TIMED_COLON.fullmatch(gap)
    if m is None or not _COLON_GAP.fullmatch(m["colon"]):
        m = _COLON_TIMED.fullmatch(gap)
        if m is None:
            return False
    when = m["when"].strip(" ()（）")
    return bool(when) and (has_deadline(when, lang) or is_horizon(when))


# A second label naming the target, after a comma, a bar or an opening bracket (decision 4352):
# "客户投诉，目标值：≤5起", "客户投诉（目标：≤5起）"; with the cap in its own clause ("目标不超过5起").
_LABEL_SEPARATORS = frozenset({",", "，", "(", "（", "|", "｜", "/"})
_TARGET_LABEL = re.compile(r"(?:目标值?|目标上限|上限|target|goal|cap)")
_TARGET_LABEL_CAP = re.compile(
    r"(?:目标值?|target|goal)\s*[:：]?\s*(?:[<≤＜≦]|不超过|不高于|不多于|最多|至多|控制在|"
    r"at most|no more than|under|below)"
)


# A whole bracketed aside, one level: "(within 30 days)", "（含电话投诉）".
_WHOLE_ASIDE = re.compile(r"[（(][^（）()]{1,60}[）)]")


def _scope(item, pos: int) -> tuple[int, int]:
    """The clause around `pos`, and the next one when a colon introduces it or a bracketed
    aside sits between ("Sev1 incidents: 7 last quarter → ≤2", "事故（P1以上）从8起降到2起")."""
    cs, ce = clause_of(item, pos)
    text = item.folded
    clauses = item.facts.clauses
    i = bisect.bisect_left(clauses, (cs, ce))
    if i >= len(clauses) or clauses[i] != (cs, ce):
        return cs, ce
    gap = text[ce : clauses[i + 1][0]] if i + 1 < len(clauses) else ""
    if _COLON_GAP.fullmatch(gap.strip()):
        # "Complaints: <10%": a comparator sign after the colon opens no clause (decision 521)
        return cs, clauses[i + 1][1]
    if gap.strip() in _LABEL_SEPARATORS and i + 1 < len(clauses):
        # "客户投诉，目标值：≤5起", "客户投诉（目标：≤5起）", "Complaints, target: ≤5": the cap
        # stands in a second label of its own, or in an aside (decision 4352)
        label = text[clauses[i + 1][0] : clauses[i + 1][1]]
        if _TARGET_LABEL.fullmatch(label) and i + 2 < len(clauses):
            colon = text[clauses[i + 1][1] : clauses[i + 2][0]].strip()
            if _COLON_GAP.fullmatch(colon) or _timed_colon(colon, item.language):
                return cs, clauses[i + 2][1]  # "（目标值：全年≤5起）": the period too (4263)
        if _TARGET_LABEL_CAP.match(label):
            return cs, clauses[i + 1][1]
    if _timed_colon(gap.strip(), item.language):
        # "Complaints this term: at most 3", "Churn in Q3: under 2%": the period the count is
        # taken over stands before the colon (decision 1266)
        return cs, clauses[i + 1][1]
    aside = _WHOLE_ASIDE.match(text, ce + len(gap) - len(gap.lstrip()))
    if gap.strip()[:1] in ("(", "（") and aside is not None:
        # "Comebacks (repeat repairs within 30 days) below 2%", "Refunds (within 30 days) below
        # 2%": the aside (a window in it read as no clause) sits between the events and their
        # cap; the clause after it is theirs (decision 2281)
        after = bisect.bisect_left(clauses, (aside.end(), aside.end()))
        # a ceiling's sign may stand between the aside and the figure: "事故率（因幻觉引发的投诉）
        # < 0.1%", "Complaints (monthly) ≤ 5" (decision 2322)
        between = text[aside.end() : clauses[after][0]].strip() if after < len(clauses) else "-"
        if after < len(clauses) and (not between or _CAP_SIGN_GAP.fullmatch(between)):
            return cs, clauses[after][1]
    if gap.strip() in ("(", "（") and i + 2 < len(clauses):
        close = text[clauses[i + 1][1] : clauses[i + 2][0]].strip()
        if close in (")", "）"):
            return cs, clauses[i + 2][1]
    return cs, ce


# Between a reduction verb and the bad event, the name of a share of things that have it: "Lower
# the percentage of orders with a substitution complaint to 1%" (decision 2759).
_SHARE_NAMED = re.compile(
    r"\s++(?:the\s++)?(?:share|percentage|proportion|number|count)\s++of\s++"
    r"(?:[a-z0-9-]++\s++){1,4}?(?:with|that\s++(?:have|had|get|got)|having)\s++"
    r"(?:an?\s++|any\s++|at\s++least\s++one\s++)?(?:[a-z0-9-]++\s++){0,2}"
)

# Right after a reduction verb, the share of the bad events it removes: "Eliminate 100% of",
# "Cut 80 percent of the", "Eliminate all of the" (decision 4142): the figure says how many, no
# word between the verb and its events, so it does not count toward the gap.
_SHARE_OF_AFTER = re.compile(
    r"\s++(?:\d[\d.,]*+\s?+(?:%|percent)|all|every|each)\s++(?:of\s++)?(?:(?:the|our)\s++)?"
)


def _reducer_near(item, term, cs: int, ce: int, reducers) -> tuple[int, int, str] | None:
    """A reduction word paired with the term: shortly before it ("Reduce churn") or after it
    ("投诉减少", "Sev1 count down 30%"), not as the means to something else."""
    text = item.folded
    zh = item.language == "zh"
    before_gap, after_gap = (16, 12) if zh else (30, 30)
    best = None
    starts = item.facts.memo.get(("kr-negative-phrasing", "reducer-starts"))
    if starts is None:
        starts = [r[0] for r in reducers]
        item.facts.memo[("kr-negative-phrasing", "reducer-starts")] = starts
    # "Complaints (within 24 hours of delivery) down to 5 a month": an aside right after the
    # term adds nothing to the gap to its reducer (decision 2286)
    aside = _WHOLE_ASIDE.match(text, term[1] + (text[term[1] : term[1] + 1] == " "))
    term_end = term[1] if aside is None else aside.end()
    lo = bisect.bisect_left(starts, max(cs, term[0] - before_gap - 40))
    hi = bisect.bisect_right(starts, min(ce, term_end + after_gap))
    for r in reducers[lo:hi]:
        if r[0] < cs or r[1] > ce:
            continue
        if r[1] <= term[0]:
            share = None if zh else _SHARE_OF_AFTER.match(text, r[1], term[0])
            if share is not None:  # up to four words qualify the events (decision 4142)
                far = len(_EN_WORD.findall(text, share.end(), term[0])) > 4
            else:
                far = term[0] - r[1] > before_gap and (
                    zh or not _qualifier_run(text, r[1], term[0])
                )
            far = far and not _SHARE_NAMED.fullmatch(text, r[1], term[0])
            if far or _means_before(text, cs, r[0]):
                continue
        elif r[0] >= term[1]:
            if r[0] - max(term[1], min(term_end, r[0])) > after_gap or _means_before(
                text, cs, term[0]
            ):
                continue
        else:
            continue
        if best is None or abs(r[0] - term[0]) < abs(best[0] - term[0]):
            best = r
    return best


# Decision 6331: words that qualify the bad events between the cut and them, however long
# together ("Reduce resident-reported noise nuisance complaints", "Cut reported on-site slip and
# trip injuries"): up to five words naming who reports them, where or what kind, none a word
# that starts a phrase of its own (a preposition, a relative, a verb of spending).
_QUALIFIER_STOPS = frozenset(
    {"to", "of", "for", "from", "in", "on", "at", "by", "with", "through", "than", "per", "into",
     "over", "under", "after", "before", "while", "when", "who", "that", "which", "because", "via",
     "across", "between", "about", "spent", "taken", "needed", "time", "times", "cost", "costs",
     "so", "but", "then", "is", "are", "was", "were", "be"}
)  # fmt: skip


def _qualifier_run(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] is a run of two to five qualifying words, at most 50 characters."""
    gap = text[a:b]
    if len(gap) > 50:
        return False
    run = gap.split()
    return 2 <= len(run) <= 5 and all(
        _EN_QUALIFIER.fullmatch(w) and w not in _QUALIFIER_STOPS for w in run
    )


def _gap_ok(item, a: int, b: int) -> bool:
    """Few enough words between a word before a term and the term ("no plaintext secrets",
    "无税务罚款", "不出严重不符合项")."""
    gap = item.folded[a:b]
    if item.language == "zh":
        # "不再出现器材借出后逾期未还": the verb of happening after the absence word is its own,
        # no word of the gap (decision 3856)
        happens = item.folded.endswith(_ZH_HAPPEN, max(0, a - 2), a)
        for v in _ZH_HAPPEN:
            if gap.startswith(v):
                gap = gap[len(v) :]
                happens = True
                break
        if re.search(r"[，,；;。：:（(]", gap):
            return False
        # "全年不再出现客户订单发货后漏发": after a verb of happening the whole clause is the scene
        # and its event, what does not happen; the clause bounds the gap, not a count (3910)
        return len(gap) <= (_ZH_SCENE_GAP if happens else 6)
    # "no tier 1 customer is blocked": a label's number is one more word, not a longer gap.
    return len(_EN_WORD.findall(gap)) <= 4 and len(gap) <= 30


# A Chinese cap word before a figure, with the verb of happening between ("最多出现2起客诉",
# "至多发生1次断货").
_ZH_CAP_BEFORE = re.compile(r"(?:最多|至多|不超过|不多于|不得超过)(?:出现|发生|产生|新增|有)?\s*$")


# "without" and a word of none right before a bad event: "without escalation", "without any
# refund", "without a single P1 incident".
_WITHOUT_BEFORE = re.compile(r"\bwithout\s++(?:an?\s++|any\s++|a\s++single\s++)?$")


# a share of things named: "95% of releases", "% of applications", "percent of sites" (2923)
_SHARE_WORD = re.compile(r"%\s?of\b|\b(?:per ?cent(?:age)?|proportion|share) of\b")


def _share_before(item, cs: int, pos: int) -> bool:
    """A share of things stated before `pos` in the clause ("80% of tickets", "the share of
    orders"): what follows says how those things went, the good share (decision 2758)."""
    if re.search(r"\bshare of\b|\bpercentage of\b", item.folded[cs:pos]):
        return True
    return any(q.kind == "percent" and q.end <= pos for q in item.facts.quantities_in(cs, pos))


# A bad event's label, its colon, then 无 alone as its value (decision 4351): "安全事故：无".
# (blanks bounded: searched, an unbounded run of them is quadratic)
_ZH_NONE_VALUE = re.compile(r"[\u4e00-\u9fff]{0,3}?\s{0,4}+[:：]\s{0,4}+(无)\s*+(?:[。.；;，,]|$)")


# A time limit right before the things past it: "超过14天", "超过 48 小时", "逾30天" (decision 3600).
# In months or years, and with 的 before the things: "库龄超过1年的呆滞库存清零" (decision 4353).
_ZH_LIMIT_BEFORE = re.compile(
    rf"(?:超过|超出|逾期?)\s?\d+\s?(?:{_TIME_UNIT_ZH}|个?月|年|个?季度)(?:以上)?的?\s?$"
)


def _signal(item, term, cs: int, ce: int, reducers) -> tuple[tuple[int, int, str], bool] | None:
    """What makes the term's measure go down, and whether it is a reduction word (the fix
    swaps it): a reduction word, a ceiling, a cut or a zero on a figure after it, a figure that
    falls ("from 31 to 10"), a word saying the bad thing does not happen, or a verb removing
    found bad things with a target ("Close all 23 open findings")."""
    facts = item.facts
    text = item.folded
    r = _reducer_near(item, term, cs, ce, reducers)
    if r is not None:
        return r, r[2] in mapping("kr_reduce_words", item.language)
    less = _ZH_LESS_BEFORE.search(text, cs, term[0]) if item.language == "zh" else None
    if less is not None and not any(q.is_target for q in facts.quantities):
        # "少熬夜", "少出错": a habit to cut, no number (decision 570); with one ("少刷抖音，每天
        # 屏幕时间<3小时") the figure's own reading decides
        return (less.start(), less.end(), "少"), False
    if _means_before(text, cs, term[0]):
        return None
    rises = any(
        cs <= start
        and b.end <= ce
        and a.value is not None
        and b.value is not None
        and b.value > a.value
        for a, b, start in facts.from_to
    )
    # "超过14天未跟进的案件占比从25%降到5%": the time limit before the things counted says which
    # ones, no rise (decision 3600); the direction is read after it
    limit = _ZH_LIMIT_BEFORE.search(text, cs, term[0]) if item.language == "zh" else None
    if rises or facts.direction(cs if limit is None else limit.end(), term[0]) == "increase":
        return None  # "Raise the share of tickets resolved without escalation", "从55%提升到95%"
    quantities = [q for q in facts.quantities_in(cs, ce) if q.kind != "label-number"]
    days = _bad_days(item, term)
    for a, b, start in facts.from_to:
        falls = a.value is not None and b.value is not None and b.value < a.value
        falls = falls and (b.kind != "duration" or days)
        if falls and cs <= start and b.end <= ce and start >= term[0] - 2:
            return (start, b.end, "from-to"), False
    for q in quantities:
        if not q.is_target or (q.kind == "duration" and not days):
            continue
        after = q.start >= term[1]
        close_before = q.end <= term[0] and _gap_ok(item, q.end, term[0])
        if not (after or close_before):
            continue
        side = facts.bound(q)
        if (
            q.value == 0
            and close_before
            and _WITH_BEFORE.search(text, max(0, q.start - 6), q.start)
            and _SHARE_WORD.search(text, 0, q.start)
        ):
            continue  # "95% of releases with zero rollbacks" states the good share (2923)
        if q.value == 0 and (after or close_before):
            # "事故零发生", "投诉零出现": the word of happening after 零 is quoted with it, not
            # cut off ("“事故零”是负向表述" read as a fragment: decision 2168)
            end = max([q.end] + [a[1] for a in _absence_in(item)[1] if a[0] == q.start and after])
            return (q.start, end, _ABSENCE), False
        if side in ("max", "minus"):  # "投诉率 < 0.5%", "no more than 2 P1 incidents"
            lead = _LET_BEFORE.search(text, cs, term[0]) if side == "max" else None
            if lead is not None:  # "Don't let the refund rate go above 2%" (decision 440)
                return (lead.start(), q.end, side), False
            if side == "max" and item.language == "zh":
                cap = _ZH_CAP_BEFORE.search(text, cs, q.start)
                if cap is not None:  # "每月最多出现2起客诉": the cap is quoted with it (1292)
                    return (cap.start(), q.end, side), False
            return (q.start, q.end, side), False
    if (_LACKING_TERM if item.language == "en" else _ZH_LACKING).fullmatch(term[2]):
        # "Resolve 80% of tickets without a handoff", "Releases without a manual step: 90%": only
        # a fall, a cut, a cap or a zero on things lacking a step reduces them; a level, a fix
        # verb or a share met may name the good side (decision 3600)
        return None
    level = None
    if item.language == "en":
        level = _EN_LEVEL_TO.match(text, term[1], ce) or _EN_LEVEL_COLON.match(text, term[1], ce)
    if level is not None and len(_EN_WORD.findall(text, cs, term[0])) <= 2:
        # "Gross churn to 2% per quarter": a bad-event measure set to a level (decision 126)
        return (level.start(1), level.end(), "level"), False
    reach = _EN_REACH_LEVEL.fullmatch(text, cs, term[0]) if item.language == "en" else None
    if reach is not None and not _GOOD_CHANGE_AFTER.match(text, term[1]):
        # "Achieve 1% scrap rate", "Hit a 2% defect rate": the level named before the bad-event
        # measure by the verb that reaches it, as "churn to 2%" names it after (decision 3260)
        return (reach.start(1), reach.end(2), "level"), False
    if item.language == "en" and _absence_inside(term):
        return (term[0], term[1], _ABSENCE), False
    before_found, after_found = _absence_in(item)
    for a in before_found:
        if cs <= a[0] and a[1] <= term[0] and _gap_ok(item, a[1], term[0]):
            if _WITH_BEFORE.search(text, max(0, a[0] - 6), a[0]) and not (
                _CHECK_PASSED_WITH.search(text, max(cs, a[0] - 40), a[0])
                and not _share_before(item, cs, a[0])
            ):
                continue  # "95% of releases with no rollback" states the good share
            if a[2] == "not" and text[a[1] : term[0]].strip():
                continue  # "not" right before the event only: not "not only bug fixes" (979)
            if a[2].startswith("without") and _share_before(item, cs, a[0]):
                continue  # "Resolve 80% of tickets without any escalation": the good share
            return a, False
    for a in after_found:
        if a[1] <= ce and term[1] <= a[0] and a[0] - term[1] <= 4:
            return a, False
    none = _ZH_NONE_VALUE.match(text, term[1], ce) if item.language == "zh" else None
    if none is not None:
        # "安全事故：无", "重大投诉：无": the label's value is none, as "安全事故：0起" is a zero
        # (decision 4351); "满意度：无数据" names no bad event, "投诉：无数据" no value
        return (none.start(1), none.end(1), _ABSENCE), False
    # A count or share of found bad things removed: "Close all 23 findings", "整改率100%".
    # "all" counts them too ("Patch all critical CVEs", decision 44).
    targets = [
        q
        for q in quantities
        if (q.is_target and q.kind in ("count", "percent"))
        or (q.role == "scope" and item.folded[q.start : q.end] in ("all", "every"))
    ]
    if targets and any(work_items_closed(item, q) for q in targets):
        return None  # "Close 200 issues": items of work closed, a throughput (decision 1106)
    if targets and _WITHOUT_BEFORE.search(text, max(cs, term[0] - 20), term[0]):
        # "Resolve 80% of tickets without escalation", "Close 85% of cases without escalation":
        # the share handled without the bad event is its good side (decision 44; 2758)
        return None
    if targets:
        for v in item.facts.terms("kr_negative_fix_verbs"):
            if cs <= v[0] < ce and abs(v[0] - term[0]) <= 40:
                return v, False
    elif item.language == "en":
        # "Resolve the printing problems", "Fix the checkout bugs": the known ones, all of them
        # (PRINCIPLES.md names the first; decision 1424)
        for v in item.facts.terms("kr_negative_fix_verbs"):
            if cs <= v[0] < term[0] and _THE_KNOWN.fullmatch(text, v[1], term[0]):
                return v, False
            if (
                cs <= v[0]
                and text[v[1] : term[0]] == " "
                and not text[term[0] : term[1]].endswith("s")
                and _ONE_KNOWN_AFTER.match(text, term[1])
            ):
                # "Fix bug blocking sign-up on older phones": one bad thing, named by what it
                # does, the article left out as a terse list does (decision 5718)
                return v, False
        # "Get the broken belt loaders fixed": the known broken things, fixed (decision 1448)
        got = _GET_THE.search(text, cs, term[0])
        done = _FIXED_AFTER.search(text, term[0], ce) if got is not None else None
        if done is not None:
            return (done.start(1), done.end(1), done.group(1)), False
    else:
        # "不符合项全部整改完毕", "隐患均已整改到位": the found bad things, all of them, fixed and
        # done — the zh "Resolve the printing problems" (decision 4522); not a rate of fixing
        # ("隐患整改及时率") nor the fixing of a thing that names no bad event ("门店陈列整改")
        for v in item.facts.terms("kr_negative_fix_verbs"):
            if (
                v[0] >= term[1]
                and _ZH_ALL_BEFORE_FIX.fullmatch(text, term[1], v[0])
                and _ZH_FIX_DONE.match(text, v[1], ce)
            ):
                return v, False
        # "针对投诉最多的两类问题采取措施": action taken on a counted set of found bad things
        # (decision 4960), the count said with a kind word ("两类", "三大类") that names no target
        # quantity; "针对两类客户采取措施" names no bad event (decision 5448)
        if _ZH_COUNTED_KINDS.search(text, max(cs, term[0] - 8), term[0]) and _ZH_AIMED_AT.search(
            text, cs, term[0]
        ):
            for v in item.facts.terms("kr_negative_fix_verbs"):
                if v[2] in _ZH_ACTION_TAKEN and term[1] <= v[0] <= term[1] + 4 and v[0] < ce:
                    return v, False
        # "修好坏掉的投影仪", "把漏水的水龙头修好": the known broken things, fixed (decision 1591)
        for v in item.facts.terms("kr_negative_fix_verbs"):
            if cs <= v[0] and v[1] == term[0] and text.startswith("的", term[1]):
                return v, False
            if (
                term[1] <= v[0] < ce
                and text[max(cs, term[0] - 1) : term[0]] == "把"
                and _ZH_THING_BEFORE_FIX.fullmatch(text, term[1], v[0])
            ):
                return v, False
    return None


# "两类问题", "三大类投诉": a count of kinds right before the bad things (decision 5448).
_ZH_COUNTED_KINDS = re.compile(
    r"(?:\d{1,3}|[一两二三四五六七八九十]{1,3})\s?(?:大类|类|种|项|个|大)\s?[\u4e00-\u9fff]{0,2}$"
)
# "针对…": what the action is aimed at, named before the bad things.
_ZH_AIMED_AT = re.compile(r"(?:针对|对)")
# Action taken, the 4960 verbs of kr_negative_fix_verbs.
_ZH_ACTION_TAKEN = frozenset({"采取行动", "采取措施"})


# "不合格项全部整改完毕": all of the found bad things (decision 4522) between them and the fix verb,
# and the fix done closing the clause.
_ZH_ALL_BEFORE_FIX = re.compile(
    r"(?:项|处|点|问题)?(?:(?:全部|全都|均|都|一律)已?(?:经)?|已经?全部|已经?)"
)
_ZH_FIX_DONE = re.compile(r"(?:完毕|到位|完成|好|结束)?(?=$|[\s，,；;。.（(！!]|[(（])")
# "把漏水的水龙头修好": 的 and the broken thing between the bad state and the fix verb.
_ZH_THING_BEFORE_FIX = re.compile(r"的[\u4e00-\u9fffA-Za-z0-9]{1,10}?(?:都|全部|全都)?")


# "Get the broken belt loaders fixed", "get our leaking taps repaired" (decision 1448).
_GET_THE = re.compile(r"\bget(?:s|ting)? (?:the|our|these|those|all the) $")
_FIXED_AFTER = re.compile(r" (?:[a-z0-9-]+ ){0,3}?(fixed|repaired|sorted out|sorted|replaced)\b")
# "Resolve the printing problems", "Sort out the login issues": a named thing's problems, the
# known ones, after a fix verb; not exercises ("Solve 150 LeetCode problems" counts work, and
# "Fix the practice problems" names no fault) (decision 1448).
_KNOWN_PROBLEMS = re.compile(
    r" (?:the|our|these|those|all the)((?: (?!(?:leetcode|math|maths|practice|homework|exam|"
    r"coding|algorithm|sample|textbook|puzzle|interview|quiz|chapter|exercise|review)\b)"
    r"[a-z0-9-]{1,20}){0,3}) (?:problems|issues|faults|glitches)\b"
)


_TROUBLE_HINT = re.compile(r" (?:problems|issues|faults|glitches)\b")


def _known_problems(item) -> list[_Match]:
    """A fix verb, then "the"/"our" and a named thing's problems (decision 1448); a reducing
    verb leading the key result, then a thing's problems (decision 3061)."""
    text = item.folded
    for v in item.facts.terms("kr_negative_fix_verbs"):
        m = _KNOWN_PROBLEMS.match(text, v[1])
        if m is not None:
            return [
                _Match(
                    (m.start(1) + 1 if m.group(1) else m.end() - 8, m.end(), m.group().strip()),
                    v,
                    [],
                )
            ]
    cut = _REDUCED_PROBLEMS.match(text, item.core_span[0])
    if cut is not None:
        _cs, ce = _scope(item, cut.start("bad"))
        return [
            _Match(
                (cut.start("bad"), cut.end("bad"), cut.group("bad")),
                (cut.start("verb"), cut.end("verb"), cut.group("verb")),
                _values_after(item, cut.end("bad"), ce),
            )
        ]
    return []


# "Decrease number of on-site editor problems from 120 to 60", "Cut checkout problems by half":
# a reducing verb leading the key result, then (the number of) a thing's problems — the faults
# met, which nobody reduces when they are exercises (decision 3061; "Solve 150 LeetCode
# problems" counts work, "Reduce math problems per worksheet" names exercises).
_REDUCED_PROBLEMS = re.compile(
    r"(?P<verb>reduce|decrease|cut|lower|halve|minimi[sz]e)\s++"
    r"(?:(?:the\s++)?(?:number|count|volume|frequency)\s++of\s++)?(?:the\s++|our\s++)?"
    r"(?P<bad>(?:(?!(?:leetcode|math|maths|practice|homework|exam|coding|algorithm|sample|"
    r"textbook|puzzle|interview|quiz|chapter|exercise|review|word|on|of|in|for|with|to|per|at|"
    r"about|time|spent|hours|cost|costs)\s)[a-z0-9-]{1,20}\s++){0,3}"
    r"problems)\b"
)


# After one bad thing named with no article, what it does or where it is: "Fix bug blocking
# sign-up", "Fix crash on launch", "Fix leak in the cold store" (decision 5718).
_ONE_KNOWN_AFTER = re.compile(
    r" (?:blocking|causing|breaking|stopping|preventing|affecting|that|which|where|when|on|in"
    r"|with|for)\b"
)


# Between a fix verb and the bad things: the known ones, named with "the", "our", "these".
_THE_KNOWN = re.compile(r" (?:the|our|these|those|all the|all of the)(?: [a-z0-9-]{1,20}){0,3} ")


# 少 right before a bad event: a habit to cut ("少熬夜", "尽量少出错"); not 至少, 多少, 减少. A verb
# of one character may stand between: "少接烂代言", "少进劣质货", "少发低质量视频" take in or put out
# fewer bad things (decision 4725).
_ZH_LESS_BEFORE = re.compile(r"(?<![至多减缺稀很不])少[接进发拍买招收用做出]?$")


# The denial that makes a floor a ceiling, quoted with it: "Don't let … go above 2%".
_LET_BEFORE = re.compile(
    r"\b(?:don[’']?t|do not|never|must not|mustn[’']?t|should not|shouldn[’']?t|won[’']?t|"
    r"will not)\s+let\b"
)


# A bad-event measure followed by the level it is taken to ("churn to 2%", "rate at 1.5%").
# A verb of falling may stand between: "Churn falls to 4%", "Attrition declined to 9%" (1180).
_EN_LEVEL_TO = re.compile(
    r"(?:\srate)?(?:\s(?:falls|fell|drops|dropped|declines|declined|decreases|decreased"
    r"|goes down|went down|comes down|came down))?\s(to|at)\s[<≤~]?\s?\d"
)


# A verb reaching a level, then the level, then (a word or two and) the bad-event measure:
# "Achieve 1% scrap rate", "Hit a 2% defect rate", "Reach 3% monthly churn" (decision 3260).
# Not a share of good things after the figure ("Achieve 95% defect-free parts" names no bad
# event: the absence reading keeps it) nor a count of things ("Reach 3 escalation playbooks").
_EN_REACH_LEVEL = re.compile(
    r"\s*+(achieve|achieving|hit|hitting|reach|reaching|attain|attaining|get to|land at)"
    r"\s(?:an?\s)?[<≤~]?\s?(\d[\d.]*+\s?%)\s(?:(?!of\s|in\s|for\s|on\s)[a-z][a-z-]*+\s){0,2}?"
)
# A good change of the measure after it: "Achieve 5% bounce rate improvement" (decision 3260).
_GOOD_CHANGE_AFTER = re.compile(r"(?:\srate)?\s(?:improvements?|gains?|uplift)\b")


# The same level after a colon, as lists and tables write it: "Churn rate: 1.8%", "P1 incidents:
# 2 per quarter" (decision 2747); not a share of them handled ("Complaints: 95% resolved within a
# day", "Bugs: 80% of them fixed").
_EN_LEVEL_COLON = re.compile(
    r"(?:\srate)?\s?(:)\s?[<≤~]?\s?\d[\d.,]*+\s*+%?+(?!\s*+(?:of\b|[a-z]+ed\b|within\b))"
)


def _matches(item) -> list[_Match]:
    """The bad events the item reduces, caps or rules out (found once per item: the rule and
    kr-not-quantified's rewrite both read them)."""
    key = ("kr-negative-phrasing", "matches")
    found = item.facts.memo.get(key)
    if found is None:
        found = item.facts.memo[key] = _find_matches(item)
    return found  # type: ignore[return-value]


# "down" after these verbs says nothing goes down: "escalation paths are written down", "the
# old queue was shut down", "broken down by region" (decision 256).
_PHRASAL_DOWN = re.compile(
    r"\b(?:writ(?:e|es|ten|ing)|wrote|jot(?:s|ted)?|not(?:e|es|ed)|brok(?:e|en)|break(?:s|ing)?|"
    r"shut(?:s|ting)?|lock(?:s|ed)?|pin(?:s|ned)?|track(?:s|ed)?|hunt(?:s|ed)?|settl(?:e|es|ed)|"
    r"hand(?:s|ed)?|nail(?:s|ed)?|tie(?:s|d)?|laid|lay(?:s)?|narrow(?:s|ed)?|slow(?:s|ed)?)\s+$"
)


# A lapse the key result caps, by its verb (decision 391): what should happen and is missed,
# skipped or cancelled, or work going past a set point ("code past midnight").
_LAPSE_VERBS = r"(?:miss|skip|cancel|forget|break)"
# "Don't skip breakfast more than twice a week", "Never miss more than one session a month",
# "Don't code past midnight more than once a week": the capped lapse from its verb to the cap.
_NOT_MORE_THAN = re.compile(
    r"^(?P<no>(?:don[’']?t|do not|never)\s+)(?P<act>" + _LAPSE_VERBS + r"\b[^,;.:]{0,40}?"
    r"|[a-z]+\s+(?:past|after|beyond|later than)\s+[a-z0-9:]+)\s+(?P<cap>more than)\s"
)
# "Miss no more than one long run a month", "Skip at most 2 classes": the lapse verb and its cap.
# What is missed may stand between: "Skip the gym fewer than 3 times a month", "Cancel client
# calls at most once a quarter" (decision 2752).
_LAPSE_CAPPED = re.compile(
    r"^(?P<act>" + _LAPSE_VERBS + r"(?!\s+(?:ground|even|records?|into|through|new)\b)"
    r"(?:\s++(?!no\b|at\b|fewer\b|less\b)[a-z0-9’'-]++){0,4}?)"
    r"\s+(?P<cap>no more than|at most|fewer than|less than)\s"
)
# "Stop buying lunch out more than once a week", "Never order takeaway more than 2 times a
# week": a habit to avoid, capped by how often it may still happen (decision 420). A cap on an
# amount ("more than 3 nights in a row", "more than 45 hours") is a workload (decision 204).
_HABIT_CAPPED = re.compile(
    r"^(?P<no>(?:don[’']?t|do not|never|stop)\s+)(?P<act>[a-z]+(?:\s+[a-z0-9:’'-]+){0,5}?)\s+"
    r"(?P<cap>more than)\s(?=(?:once|twice|(?:\d{1,2}|two|three|four|five)\s?(?:x|times))"
    r"\s(?:a|per|each|every)\s(?:day|night|week|weekend|month)\b)"
)

# "Limit eating out to 3 meals per week", "Limit takeaway to once a week", "Limit X use to 10 min
# per day": a habit held down to how often (or, for a screen habit, how long) it may still happen
# each day or week (decision 729, as decision 420's "Stop … more than once a week"). Work held to a
# cap ("Limit meetings to 2 a day", "Limit overtime to 5 hours a week") is a workload (decision 204).
_LIMIT_HABIT = re.compile(
    r"^(?P<cap>limit)\s+(?P<act>(?!(?:[a-z’'-]+\s+){0,3}?(?:work|working|overtime|meetings?|"
    r"shifts?|calls?|hours)\b)[a-z][a-z0-9’'-]*(?:\s+[a-z0-9’'-]+){0,4}?)\s+to\s+"
    r"(?=(?:no more than |at most |under |less than )?"
    r"(?:(?:once|twice)|(?:\d{1,3}|one|two|three|four|five)\s?(?:x|times|meals?|drinks?|days?|"
    r"nights?|evenings?|orders?|visits?|servings?|cups?|coffees?)"
    r"|(?<=use to )\d{1,3}\s?(?:min|mins|minutes|hours?|hrs?|h)"
    r"|(?<=time to )\d{1,3}\s?(?:min|mins|minutes|hours?|hrs?|h))"
    r"\s?(?:a|per|each|every|/)\s?(?:day|night|week|weekend|month)\b)"
)

_ONCE = re.compile(r"(?:once|twice)\b")

# Who lapses, before the lapse verb (decision 3850): "Players miss no more than 1 rehearsal in
# 10", "Our drivers skip at most 2 safety checks a month", "We never miss more than 1 deadline",
# "The kids forget their kit at most twice a month". Up to three words ending in a plural noun, or
# we/I; the verb after it takes its plain or its -s form. Read at the wording's start (0): the
# lookbehind only stops a search from scanning a word again from each of its letters.
_LAPSE_SUBJECT = re.compile(
    r"(?<![a-z'’-])(?:(?:our|my|the|all|their|its)\s+)?(?:[a-z][a-z'’-]*\s+){0,2}?"
    r"(?:[a-z][a-z'’-]*[a-rt-z]s|we|i)\s+(?=(?:(?:don[’']?t|do not|never)\s+)?"
    + _LAPSE_VERBS
    + r"(?:e?s)?\b|(?:lose|miss|concede|drop|fumble|skip|forfeit|waste)\s+(?:fewer|less)\b)"
)


@cache
def _after_subject(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern`, anchored at the start, read after a lapse's subject instead (decision 3850):
    its lapse verb may then take the -s form ("Each singer misses …" reads as "Singers miss …")."""
    body = pattern.pattern.removeprefix("^").replace(_LAPSE_VERBS, _LAPSE_VERBS + r"(?:e?s)?", 1)
    return re.compile(body, pattern.flags)


# A bad verb first, then "fewer"/"less" and what is lost or missed, no figure: "Lose fewer pistol
# rounds", "Miss fewer free throws", "Concede fewer late goals" cut a count of bad events as
# "Fewer lost rounds" does (decision 1447). Not "Lose 5 kg" (no "fewer"), not "Hold fewer
# meetings" (holding is no lapse).
_FEWER_LAPSE = re.compile(
    r"^(?P<act>lose|miss|concede|drop|fumble|skip|forfeit|give up|give away|turn over|waste)\s+"
    r"(?P<cap>fewer|less)\s(?!than\b)(?=[a-z])"
)
# The patterns `_capped_lapses` also reads after a lapse's subject (`_after_subject`).
_SUBJECT_READ = (_NOT_MORE_THAN, _LAPSE_CAPPED, _FEWER_LAPSE)


def participle_bases(participle: str) -> set[str]:
    """The plain forms a regular "-ed" participle may come from, its particle kept: "rolled
    back" -> "roll back", "disputed" -> "dispute", "dropped" -> "drop", "reopened" -> "reopen"
    (one of them is the verb; the others are no English verb a key result opens with)."""
    first, _, rest = participle.partition(" ")
    if not first.endswith("ed") or len(first) < 5:
        return set()
    stem = first[:-2]
    out = {stem, stem + "e"}
    if len(stem) > 2 and stem[-1] == stem[-2]:
        out.add(stem[:-1])  # dropped, cancelled
    if stem.endswith("i"):
        out.add(stem[:-1] + "y")
    return {f"{b} {rest}".strip() for b in out}


@cache
def _bad_verb_capped() -> re.Pattern[str]:
    """A bad verb first, then a cap and its figure: "Roll back less than 2% of deploys",
    "Reopen under 4% of tickets", "Reject fewer than 1 in 50 loads" (decision 1290). The verbs
    are the plain forms of the listed bad participles (rules/data/en/
    kr_negative_participles.txt: "rolled back", "reopened", "rejected"), so the lexicon says
    which events are bad once, in one form."""
    verbs: set[str] = set(words("kr_negative_capped_verbs", "en"))  # escalate, refund (1445)
    for w in words("kr_negative_participles", "en"):
        verbs |= participle_bases(w.removeprefix("after:"))
    alt = "|".join(re.escape(v) for v in sorted(verbs, key=lambda v: (-len(v), v)))
    return re.compile(
        rf"^(?P<act>(?:{alt}))\s+(?P<cap>no more than|at most|fewer than|less than|under|below)\s"
        r"(?=[<~]?\d)"
    )


def capped_lapses(item) -> list[_Match]:
    """An English key result that caps how often a lapse happens, written as a behaviour to
    avoid ("Don't skip breakfast more than twice a week", "Miss no more than one long run a
    month"): a cap on a count of bad events (PRINCIPLES.md positive phrasing; decision 391).
    A cap on an amount of work ("Work no more than 45 hours", "Don't schedule anyone for more
    than 3 nights in a row") is a limit on a workload, not a lapse (decision 204).
    Read once per item (four readers ask; callers do not change the list); without the scans
    where the text holds no cap every one of them needs (`_lapse_look`; issue 13)."""
    if item.language != "en":
        return []
    memo = item.facts.memo
    key = ("kr-negative-phrasing", "capped lapses")
    found = memo.get(key)
    if found is None:
        look_ = _lapse_look()
        found = memo[key] = _capped_lapses(item) if may_match(fold_case(item.folded), look_) else []
    return found  # type: ignore[return-value]


@cache
def _lapse_look() -> re.Pattern[str] | None:
    """One look for the strings the patterns of `_capped_lapses` need ("more than", "at most",
    "fewer", "limit" …: coach.facts.needs): a text with none of them matches none of them."""
    patterns = (_NOT_MORE_THAN, _LAPSE_CAPPED, _HABIT_CAPPED, _LIMIT_HABIT, _bad_verb_capped())
    patterns += (_FEWER_LAPSE, *(_after_subject(p) for p in _SUBJECT_READ))
    needs = [needed(p) for p in patterns]
    return None if any(n is None for n in needs) else look(frozenset().union(*needs))


def _capped_lapses(item) -> list[_Match]:
    lead = item.core_span[0]
    text = item.folded
    m = (
        _NOT_MORE_THAN.match(text, lead)
        or _LAPSE_CAPPED.match(text, lead)
        or _HABIT_CAPPED.match(text, lead)
        or _LIMIT_HABIT.match(text, lead)
        or _bad_verb_capped().match(text, lead)
    )
    fewer_at = lead
    subject = _LAPSE_SUBJECT.match(text, lead) if m is None and lead == 0 else None
    if subject is not None:
        # "Players miss no more than 1 rehearsal in 10": the same lapse after who lapses (3850)
        at = subject.end()
        m = _after_subject(_NOT_MORE_THAN).match(text, at) or _after_subject(_LAPSE_CAPPED).match(
            text, at
        )
        fewer_at = at
    if m is None:
        fewer = _FEWER_LAPSE.match(text, fewer_at) if fewer_at == lead else None
        if fewer is None and fewer_at != lead:
            fewer = _after_subject(_FEWER_LAPSE).match(text, fewer_at)
        if fewer is None:
            return []
        act = (fewer.start("act"), fewer.end("act"), fewer.group("act"))
        return [_Match(act, (fewer.start("cap"), fewer.end("cap"), fewer.group("cap")), [])]
    _cs, ce = clause_of(item, m.start("act"))
    if not _ONCE.match(text, m.end()) and not any(
        q.value is not None and q.start >= m.end("cap")
        for q in item.facts.quantities_in(m.end(), ce)
    ):
        return []  # "Never miss more than the basics": no count capped
    act = (m.start("act"), m.end("act"), m.group("act"))
    reducer = (m.start("cap"), m.end("cap"), m.group("cap"))
    if "no" in m.groupdict():
        reducer = (m.start("no"), m.end("no") - 1, m.group("no").strip())
    return [_Match(act, reducer, _values_after(item, m.end("cap"), ce))]


# A time right after a lapse says which lapses are counted, not a target: "PRs I leave unreviewed
# for more than 2 days", "tickets left unanswered over 48h" (decisions 435, 441).
# "within/after/before N hours" too: "Reduce cancellations within 24 hours by 30%" counts the
# late cancellations, not a time (decision 2505)
_QUALIFYING_TIME = re.compile(
    r"(?<!\s)\s++(?:for\s++)?(?:(?:more|longer|less) than|over|past|beyond|within|after|before)"
    r"\s+\d"
)


# the time a fix verb keeps: "resolved within a day", "fixed within 48 hours" (decision 2922)
_FIX_WINDOW = re.compile(r"\s++within\s++(?:\d|an?\s|one\s|the same\s)")
# "Complaints not resolved within a day": the unresolved ones are counted (decision 2922)
_NOT_BETWEEN = re.compile(r"\b(?:not|never|un\w*)\b")


@cache
def _fix_verbs(lang: str) -> frozenset[str]:
    """The verbs that close found bad things (kr_negative_fix_verbs): resolve, fix, close …"""
    return frozenset(words("kr_negative_fix_verbs", lang)) if lang == "en" else frozenset()


# Decision 6456 (the lead's ruling of the forty-fourth round: durations stay out, screen time
# among them): a screen habit only cut ("少刷手机", "减少刷短视频") is less time on the screen, not a
# count of bad events; given up or held at none ("不再刷手机", "戒掉刷抖音"), or counted past a clock
# time ("刷手机到12点以后的天数"), it stays the habit decision 422 reads.
_ZH_SCREEN_HABITS = frozenset({"刷手机", "刷短视频", "刷抖音", "玩手机", "看手机"})
_ZH_CUT_ONLY = frozenset(
    {"少", "减少", "降低", "少点", "少一点", "少一些", "尽量少", "尽可能少", "更少"}
)
_ZH_PAST_CLOCK = re.compile(
    r"[到至过]?[\d一二三四五六七八九十两]{1,3}点|以后|之后|深夜|半夜|凌晨|睡前"
)


def _screen_time_cut(item, term: tuple[int, int, str], signal: tuple[int, int, str]) -> bool:
    if item.language != "zh" or term[2] not in _ZH_SCREEN_HABITS:
        return False
    if signal[2] not in _ZH_CUT_ONLY:
        return False
    return _ZH_PAST_CLOCK.search(item.folded, term[1], min(len(item.folded), term[1] + 12)) is None


def _find_matches(item) -> list[_Match]:
    lapses = capped_lapses(item)
    if lapses:
        return list(lapses)  # (a list of its own: `capped_lapses` keeps its answer)
    reducers = [
        r
        for r in find_terms(item.folded, _reducer_words(item.language), item.language)
        if r[2] not in _SUFFIXES_ZH
        and not (r[2] == "down" and _PHRASAL_DOWN.search(item.folded, 0, r[0]))
        # "Error rate lower than 2%": a ceiling, as "below 2%" is, no reducing verb (3207)
        and not (r[2] == "lower" and item.folded.startswith(" than", r[1]))
        # "追回违规资金不少于300万元", "挽回损失不低于200万元": 不少于 is a floor, the amount
        # brought back raised, no cap on the bad thing (decision 5225)
        and not (r[2] in _ZH_FLOOR_AFTER_NOT and item.folded[max(0, r[0] - 1) : r[0]] == "不")
    ]
    comparators = _COMPARATORS_ZH if item.language == "zh" else _COMPARATORS_EN
    out: list[_Match] = []
    covered = -1
    for term in _negative_terms(item):
        if term[0] < covered:
            continue
        cs, ce = _scope(item, term[0])
        found = _signal(item, term, cs, ce, reducers)
        if found is None:
            continue
        signal, _swappable = found
        if (
            signal[2] in _fix_verbs(item.language)
            and _FIX_WINDOW.match(item.folded, signal[1])
            and not _NOT_BETWEEN.search(item.folded, term[1], signal[0])
        ):
            # "Complaints: 95% resolved within a day", "Incidents resolved within 1 hour: 95%":
            # the time after the fix verb is the standard the fixing keeps, a service level
            # stated positively whichever side the bad thing is named on (decisions 1736, 2922)
            continue
        if (
            signal[2] != _ABSENCE
            # "No critical findings open longer than 30 days": the time says which are counted,
            # and none of them is the target (tester8 / lead's user check; decision 204)
            and signal[2] not in _absence_names(item.language)
            and not _SETPOINT_END.search(term[2])
            and not _bad_days(item, term)
            and not (
                _QUALIFYING_TIME.match(item.folded, term[1])
                # "Resolve 95% of customer issues within 24 hours": a fix verb's time is the
                # standard the fixing keeps, a service level (decision 1736)
                and signal[2] not in _fix_verbs(item.language)
            )
            and _measures_a_time(item, term[1], ce, signal[1])
        ):
            continue  # "Cut incident response to 2 h": a time, not a count of bad events
        if _screen_time_cut(item, term, signal):
            continue  # "少刷手机": less time on the phone, screen time (decision 6456)
        values = _values_after(item, term[1], ce)
        if signal[2] in comparators and not _figure_after(item, signal[1], values):
            continue  # "under the new plan" is not a limit
        out.append(_Match(term, signal, values))
        # "Reduce the bounce rate on paid landing pages from 68% to 50%": a bad-event word
        # between the measure and its figures ("pages") is the measure's scope, not a second
        # measure with the same figures (decision 2751)
        covered = max(term[1], signal[1], *(v.end for v in values))
    out = [m for m in out if not _aside_to_a_measure(item, m)]
    if not out and "target" in item.cells:
        out = _target_cell_matches(item)
    if not out and item.language == "en" and _TROUBLE_HINT.search(item.folded):
        out = _known_problems(item)
    if not out:
        out = zero_events(item)
    if not out:
        out = _avoided_lead(item)
    if not out:
        denied = zh_denied(item)
        if denied is not None:
            # "没有任何企业客户的升级被延误": the negation far before its bad event (decision 1010)
            s, e = item.core_span[0], denied.end("bad")
            out = [_Match((denied.start("bad"), e, denied.group("bad")), (s, s, _ABSENCE), [])]
    return out


# A key result that opens by saying what to avoid: "Avoid any recall of the X200 model", "杜绝样品
# 送错客户" (decision 2224). Only the bare imperative: "Avoided costs of $2M" is a saving.
_AVOID_LEAD = {
    # "Don't let chair time go unused", "Do not allow any shift to go uncovered": the same
    # avoidance said as a ban, of a thing left undone, empty or idle (decision 4121); a floor
    # denied stays a floor ("Don't let NPS fall below 40", decision 440)
    "en": re.compile(
        r"(?:avoid|prevent|(?:don['’]t|do not|never)\s+(?:let|allow)"
        r"(?=\s(?:[a-z0-9'’-]++\s){1,5}?(?:to\s)?(?:go|get|sit|stay|remain|be\sleft)\s"
        rf"(?:{_UNDONE}|empty|idle|missing|wasted|to\swaste)\b))"
        r"\s+(?:any\s+|all\s+)?(?=[a-z])"
    ),
    # 消除/根除/消灭 what the lexicon does not know: whatever is wiped out is a bad thing, as
    # PRINCIPLES.md's "eliminates" says ("消除楼道堆物", "消除卫生死角": decision 6975)
    "zh": re.compile(
        r"(?:避免|杜绝|防止|严防|(?:彻底|全面|基本)?(?:消除|根除|消灭))(?:任何|一切|再次|再|所有)?"
        r"(?=[\u4e00-\u9fff])"
    ),
}


def _avoided_lead(item) -> list[_Match]:
    """The thing to avoid named at the key result's start when the lexicon does not know it: the
    rest of the clause is the bad event, the avoid word its signal."""
    s = item.core_span[0]
    m = _AVOID_LEAD[item.language].match(item.folded, s)
    if m is None:
        return []
    _cs, ce = clause_of(item, m.end())
    ce = min(ce, item.core_span[1])
    aside = _ASIDE_OPENS.search(item.folded, m.end(), ce)
    if aside is not None:
        ce = aside.start()
    rest = item.folded[m.end() : ce].rstrip(_ZH_EDGE)
    if not rest:
        return []
    return [_Match((m.end(), m.end() + len(rest), rest), (s, m.end(), _ABSENCE), [])]


# After a zero of events: its measure word (次, 起, 例 …) or "times".
_ZH_ZERO_UNIT = re.compile(r"\s?(?:次|起|例|件|笔|单|回)")
_EN_NOT_EVENTS = re.compile(r"\s?(?:%|percent|days?|hours?|weeks?|months?|minutes?|to\b|-|–)")
_ZH_EDGE = " ，,；;。：:（）()"
_ASIDE_OPENS = re.compile(r"[（(\[【]")
# A time, not events, counted by a zero: downtime, waiting, delay, overtime (decision 27).
_TIME_COUNTED = re.compile(
    r"\b(?:down ?time|wait(?:ing)?|delays?|latency|lag|overtime)\b|停机时|等待|延迟|延误时|加班"
)


# After a Chinese zero that ends its clause, a count word that is no event unit: "由 40 个降至 0 个".
_ZH_COUNT_WORD = re.compile(r"\s?(?:个|项|条|台|人|名|家|处|张|天|篇|份|组|位)?")
# Before such a zero: the verb that sets it ("为 0", "降至 0", "减到 0") or 清零/归零 itself.
_ZH_ZERO_SET = re.compile(
    r"(?:为|是|降[低]?[至到为]|减[少]?[至到为]|压[降缩]?[至到]|控制[在为]|保持[在为]?)\s*$"
)
# What a zero of no events counts: a time (decision 27), money, a share, a stock of good things.
_ZH_NOT_EVENTS = re.compile(
    r"时间|时长|耗时|工时|金额|成本|费用|预算|支出|开支|价格|元|率|占比|比例|库存(?!差异)|余额|"
    r"从\s*$|由\s*$"
)


def _zh_zero_closes(item, q, cs: int, ce: int) -> bool:
    """A Chinese zero target with no event unit that ends its clause and is set by 为/降至/清零:
    "明文密码为 0", "禁止端点调用为 0", "非目标邮件的修改次数为 0", "弱口令账号数量由 40 个降至 0",
    "共享管理员账号清零". The things before it are counted down to none: bad events named by their
    domain (decision 2220). Not a time, an amount or a share (decision 27, 2143)."""
    text = item.folded
    tail = _ZH_COUNT_WORD.match(text, q.end)
    end = tail.end() if tail is not None else q.end
    if text[end:ce].strip(_ZH_EDGE):
        return False
    before = text[cs : q.start]
    if not (q.text in ("清零", "归零") or _ZH_ZERO_SET.search(before)):
        return False
    if any(cs <= t[0] < q.start for t in find_terms(text, _negative_words("zh"), "zh")):
        return False  # "项目延期天数为 0": the lexicon read 延期 and decided (a time)
    return not _ZH_NOT_EVENTS.search(_ZH_ZERO_SET.sub("", before).rstrip())


# An English label that counts days by what happened on them, then its colon, right before a
# zero: "Nights online after midnight: 0", "Days late to school: 0" (decision 2244).
_EN_BAD_DAYS_LABEL = re.compile(
    r"^(?:nights|days|evenings|mornings|weekends|weekdays|weeks|sundays|saturdays)"
    # not a length of time: "Days to close the books: 0", "Days of runway: 0"
    r"\s(?!(?:to|until|till|between|from|of|in|per)\b)[a-z][^:：\n]{0,50}[:：]\s?$"
)


# The same days after a zero, then what happened on them: "Zero weeks with >50 hours work",
# "Zero weekends worked this quarter", "0 nights online after midnight" (decision 2447).
_EN_BAD_DAYS_AFTER = re.compile(
    r"\s(?:nights|days|evenings|mornings|weekends|weekdays|weeks)"
    # not a length of time: "Zero days of downtime", "0 days to close the books", "0 days left"
    r"\s(?!(?:to|until|till|between|from|of|in|per|left|lost|remaining|a|an|each|every|this|"
    r"next|by|before|after)\b)(?:with|where|when|on|worked|spent|online|over|above|past|"
    r"without|[a-z]+ed)\b"
)


# A zero right after "from", 从 or 由 is where a count starts, whether or not a target follows it.
_FROM_BEFORE = re.compile(r"(?:\bfrom|从|由)\s*$")


def zero_events(item) -> list[_Match]:
    """A target of zero events the lexicon does not know as bad: "付费模型请求0次从赠送金扣成功",
    "每月退款0次扣款成功", "0 payouts sent to the wrong account". Nobody sets a target of zero
    of a thing they want: the events counted are bad ones to rule out (PRINCIPLES.md: a target
    of zero bad events; decision 2143). Not a zero that is the start of a rise ("from 0 to 5"),
    nor a zero share, time or amount. The events are the words after the zero in its clause, or
    before it where nothing follows."""
    text = item.folded
    starts = {a.start for a, _b, _s in item.facts.from_to}
    for q in item.facts.quantities:
        if q.value != 0 or not q.is_target or q.kind != "count" or q.start in starts:
            continue
        if _FROM_BEFORE.search(text, 0, q.start):
            continue  # "Read 12 books this year, from 0 last year": a start (decision 2223)
        cs, ce = clause_of(item, q.start)
        ce = min(ce, item.core_span[1])
        aside = _ASIDE_OPENS.search(text, q.end, ce)
        if aside is not None:
            ce = aside.start()  # "…扣成功（监控告警）": a remark on how it is watched
        if any(cs <= t[0] < ce for t in _negative_terms(item)):
            return []  # the lexicon's bad events in this clause were read, their signal decided
        if item.language == "zh":
            unit = _ZH_ZERO_UNIT.match(text, q.end)
            end = unit.end() if unit is not None else q.end
            if (
                unit is None
                and not q.text.endswith(("次", "起", "例", "件", "笔", "单", "回"))
                and not _zh_zero_closes(item, q, cs, ce)
            ):
                continue
        else:
            if _EN_NOT_EVENTS.match(text, q.end) and not _EN_BAD_DAYS_AFTER.match(text, q.end):
                continue  # "Zero weeks with >50 hours work" counts bad weeks (decision 2447)
            end = q.end
        after = text[end:ce].strip(_ZH_EDGE)
        if after:
            s = end + (len(text[end:ce]) - len(text[end:ce].lstrip(_ZH_EDGE)))
            term = (s, s + len(after), after)
        else:
            before = text[cs : q.start].strip(_ZH_EDGE)
            if not before and item.language == "en":
                label = _EN_BAD_DAYS_LABEL.search(text, 0, cs)
                if label is not None and not any(
                    label.start() <= t[0] < cs for t in _negative_terms(item)
                ):
                    # "Nights online after midnight: 0", "Weekends worked: 0": days counted by
                    # what happened on them, zeroed, are bad days (decisions 2225, 2244)
                    cs = label.start()
                    before = text[cs : q.start].strip(_ZH_EDGE)
            if not before:
                continue
            s = cs + (len(text[cs : q.start]) - len(text[cs : q.start].lstrip(_ZH_EDGE)))
            term = (s, s + len(before), before)
        if _TIME_COUNTED.search(term[2]):
            return []  # "Zero customer-facing downtime": downtime is a duration (decision 27)
        return [_Match(term, (q.start, end, _ABSENCE), [])]
    return []


_OPEN_BRACKET = re.compile(r"[(（][^()（）]*$")
_CLOSE_BRACKET = re.compile(r"^[^()（）]*[)）]")


def _aside_to_a_measure(item, m: _Match) -> bool:
    """A bad event named in a bracketed aside to a measure the key result raises: "Raise
    renewal rate from 70% to 85% (fewer complaints)" says why, the measure is the renewal rate
    (decision 1268). Only where a target figure stands outside the bracket and none inside it."""
    text = item.folded
    lo, hi = min(m.term[0], m.reducer[0]), max(m.term[1], m.reducer[1])
    opened = _OPEN_BRACKET.search(text, 0, lo)
    closed = _CLOSE_BRACKET.match(text[hi:])
    if opened is None or closed is None:
        return False
    start, end = opened.start(), hi + closed.end()
    targets = [q for q in item.facts.quantities if q.is_target]
    if _complement_restated(item, start, end):
        return True  # "92% build success (reduce failed builds from 20% to 8%)" (3461)
    # "(no more than 2 outages)", "(0 complaints)": a figure of its own is a second measure
    if any(start <= q.start < end for q in targets):
        return False
    if any(q.end <= start or q.start >= end for q in targets):
        return True
    # "Single source file for each game system (no duplicate implementations)": the aside
    # glosses a state the key result already names by its scope — one, each, every, all — and
    # says it again the other way round (lead, decision 1732).
    return _SCOPED_STATE.search(text[:start]) is not None


# Before the bracket's last share: "to", or a ceiling sign (decision 3461).
_LEVEL_TO = re.compile(r"(?:\bto|\bunder|\bbelow|[<≤])\s?[<≤]?\s?$")


def _complement_restated(item, start: int, end: int) -> bool:
    """A share the key result raises to a level before the bracket, and in the bracket the bad
    events cut to the rest of 100%: "Achieve a 92% build success rate (reduce failed builds from
    20% to 8%)", "Lift on-time delivery to 97% (reduce late orders from 9% to 3%)" say one
    measure twice, the good side first — the positive phrasing is there (decision 3461). Not a
    second measure ("95% uptime (reduce incidents from 12 to 4)", "90% on-time (reduce complaints
    to 5%)": no complement), nor a cut by a share ("reduce failed setups by 60%")."""
    text = item.folded
    shares = [q for q in item.facts.quantities if q.kind == "percent"]
    inside = [q for q in shares if start <= q.start < end]
    outside = [q for q in shares if q.is_target and q.end <= start]
    if not inside or not outside:
        return False
    last = inside[-1]
    if not last.is_target or not _LEVEL_TO.search(text, start, last.start):
        return False
    return any(abs(q.value + last.value - 100) <= 0.5 for q in outside)


_SCOPED_STATE = re.compile(
    r"\b(?:single|one|each|every|all)\b|每个|每一|所有|全部|统一|唯一|同一", re.I
)


# A table row whose target cell caps or lowers the bad events its key-result cell names
# ("| 差评率 | 3.2% | <1.5% |", "| Cancelled sailings | 9 | < 4 per month |"; decision 513).
_CELL_CAP = re.compile(
    r"(?:[<≤＜]|<=|低于|小于|不超过|不高于|控制在|under\b|below\b|at most\b|max\.?\b|fewer than\b|"
    r"less than\b)",
    re.I,
)
_CELL_ZERO = re.compile(r"(?:0|零|zero|none) ?%? ?(?:次|起|个|件|例)?", re.I)
# ... and after it, when it holds: "0 ongoing.", "0 by Q4", "0 this year", "0 every month", "0 at
# all times" (decision 5064).
_CELL_ZERO_WHEN = re.compile(
    # (bounded blanks around it: a cell is short, and an unbounded run was read again from each of
    # its blanks — 2.3 s on 5,000 of them)
    r"\s{0,4}(?:ongoing|always|at all times|(?:by|before|until|through|throughout|during|in|within|"
    r"this|each|every|per|a)\s[\w./-][\w ./-]{0,23}?)\s{0,4}\.?",
    re.I,
)
_CELL_NUMBER = re.compile(r"\d+(?:\.\d+)?")


# A target cell that is a length of time: how long the bad thing takes, a time, and a shorter time
# is a positive goal already ("Rollbacks take less than 5 minutes" over "~40 min" and "5 min" cells;
# decision 5040).
_CELL_DURATION = re.compile(
    r"\d\s*(?:ms|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|d|days?|weeks?|秒|分钟|小时|天|周)"
    r"(?![a-z])",
    re.I,
)


def _target_cell_matches(item) -> list[_Match]:
    target = item.cells["target"].text.strip()
    if _CELL_DURATION.search(target):
        return []
    zero = _CELL_ZERO.fullmatch(target) is not None
    if not zero and item.language == "en":
        head = _CELL_ZERO.match(target)
        zero = head is not None and _CELL_ZERO_WHEN.fullmatch(target, head.end()) is not None
    lower = _CELL_CAP.match(target) is not None or target.endswith(("以下", "以内"))
    base = item.cells.get("current") or item.cells.get("baseline")
    if not (zero or lower) and base is not None:
        t, b = _CELL_NUMBER.search(target), _CELL_NUMBER.search(base.text)
        lower = t is not None and b is not None and float(t.group()) < float(b.group())
    if not (zero or lower):
        return []
    terms = _negative_terms(item)
    if not terms:
        return []
    s, e = item.core_span  # the cell names the measure: quote it whole
    term = (s, e, terms[0][2])
    return [_Match(term, (s, e, _ABSENCE), [])]


_ABSENCE = "absence"  # the signal's name for "no X", "无X", "X清零"


@cache
def _absence_names(lang: str) -> frozenset[str]:
    before, after = _absence(lang)
    return frozenset(before) | frozenset(after)


# A ceiling word between a comparator and its figure: "down to under 3%" (decision 771).
_CEILING_AFTER = re.compile(r"\s?(?:under|below|less than|fewer than|at most|no more than)\b")


def _figure_after(item, pos: int, values: list[_Value]) -> bool:
    """A figure right after a comparator: in digits ("不超过2次") or in number words
    ("不超过一次", decision 188), a ceiling word allowed between ("down to under 3%")."""
    ceiling = _CEILING_AFTER.match(item.folded, pos)
    if ceiling is not None:
        pos = ceiling.end()
    if values and values[0].start - pos <= 3:
        return True
    return any(
        q.start - pos <= 3 and q.kind in ("count", "percent") and q.value is not None
        for q in item.facts.quantities_in(pos, pos + 4)
    )


_WINDOW_BEFORE = re.compile(r"(?:\bfirst|前|首)\s*$")


def _measures_a_time(item, start: int, end: int, signal_end: int) -> bool:
    """The figure the key result aims at, after the bad-event word, is a duration (not a window
    such as "in the first 90 days" or a descriptor that other figures follow): the last target,
    or the one the limit word governs ("Rollbacks happen in under 5 minutes for 95% of
    services": the 95% is the share of services that meet the time)."""
    last = item.facts.last_target_in(start, end)
    if last is None:
        return False
    governed = [
        q
        for q in item.facts.quantities_in(max(start, signal_end), min(end, signal_end + 4))
        if q.is_target
    ]
    for q in (last, *governed[:1]):
        if q.kind == "duration" and not _WINDOW_BEFORE.search(
            item.folded, max(0, q.start - 8), q.start
        ):
            return True
    return False


def _means_before(text: str, start: int, pos: int) -> bool:
    """'通过' / 'by' right before `pos` (in the clause from `start`): the reduction is a means."""
    return bool(_MEANS.search(text, max(start, pos - 40), pos))


# What ends a Chinese bad-events phrase: a figure, a direction or a comparison.
_ZH_PHRASE_END = re.compile(
    r"[\d０-９]|从|由|到|至|降|减|下降|控制|不超过|不高于|少于|低于|小于|以内|每|为|[<≤＜]"
    # a cap with 不得/不能/不应/不可, and 压缩 (decision 2741)
    r"|不得|不能|不应|不可|压缩|清零|归零"
    # 压减/压降 and 较 + the period compared end it too: "投诉件较去年压减40%" (decision 4262)
    r"|压减|压降|压低|较(?:去年|上年|上一?季度?|上月|上期|同期)"
    # an adverb of how much it falls ends the noun too: "抄袭现象明显减少" (decision 663)
    r"|明显|显著|大幅|大大|有效|进一步|逐步|持续"
    # a level held ends it too: "投诉量稳定在每月5件以内", "投诉率保持在2%以下" (decision 6891)
    r"|稳定(?=在|于|控制|保持|维持)|保持|维持|在(?=每|[\d一二两三四五六七八九十]|[<≤＜]|百分之)"
)


# An absence word (and the verb of happening after it) right before a bad-events word: "不再熬夜",
# "不再出现涂装不良", "没有发生…", "不被客户投诉".
# "不要受伤", "比赛前别受伤", "不要被投诉": 不要 and 别 say it must not happen (decision 6813), no
# qualifier of the events ("要受伤" was quoted; decision 6890).
_ZH_ABSENCE_BEFORE = re.compile(r"(?:不再|不会|不要再?|别再?|没有|未|不|没)(?:被|出现|发生)?$")


# A clock time right after a bad-events word qualifies it, it is no target ("熬夜到凌晨2点以后",
# "加班过晚上10点").
# An age past which a thing counts as bad, before the thing: "60天以上" of "逾期60天以上应收账款",
# "3个月以上的" of "库龄3个月以上的库存" (decision 6538).
_ZH_AGE_AFTER = re.compile(
    r"\d{1,4}\s?(?:个?自然日|个?工作日|天|日|个月|小时|周)(?:及以上|以上)的?(?=[\u4e00-\u9fff])"
)
_ZH_CLOCK_AFTER = re.compile(
    r"(?:到|过|超过)(?:凌晨|深夜|半夜|晚上|夜里|夜间)?\s?[\d一二三四五六七八九十两]{1,3}\s?[点时](?:半|\d{1,2}分)?"
    r"(?:以后|之后|后)?"
)


_EN_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")
# A word that qualifies a measure, a figure in it kept whole: "30-day readmissions", "P1 bugs"
# (decision 1921); a quarter or a fiscal year before it is its window, not its name.
_EN_QUALIFIER = re.compile(r"(?:\d{1,4}-)?[A-Za-z][A-Za-z0-9-]*(?:['’]s\b)?")
_EN_PERIOD_CODE = re.compile(r"(?:[QH]\d|FY\d{2,4})", re.I)


_EN_NOT_A_QUALIFIER = frozenset(
    [
        "zero",
        "no",
        "reduce",
        "cut",
        "lower",
        "fewer",
        "less",
        "the",
        "a",
        "an",
        "our",
        "of",
        "in",
        "on",
        "with",
        "and",
        "or",
        "down",
        "by",
        "to",
        "from",
        "eliminate",
        "avoid",
        "keep",
        "under",
        "below",
        "minimise",
        "minimize",
        # a verb that steers the measure: "Bring customer complaints under 104" (decision 550)
        "bring",
        "get",
        "hold",
        # a verb of the fall itself: "Halve complaints" asks about the complaints (decision 981)
        "halve",
        "decrease",
        # a verb that holds the count down, opening the key result: "Limit P2 incidents to 4",
        # "Shave false-positive alerts …", "Knock defects down" ask about the events (2744)
        "cap",
        "limit",
        "curb",
        "drop",
        "shave",
        "slash",
        "trim",
        "knock",
        "tame",
        "tackle",
        "contain",
        "squash",
        "crush",
        "drive",
        "push",
        "prevent",
        "stop",
        "not",
        # a quantifier before the events: "Close all P1 bugs" asks about "P1 bugs" (1921)
        "all",
        "every",
        "each",
        "any",
    ]
)


# A verb that says the key result will be made to happen, opening it: "Ensure housekeeping
# errors are significantly reduced", "Make sure billing errors stay rare" ask about "housekeeping
# errors", not "ensure housekeeping errors" (decision 5276). Read only where the qualifiers of a
# quoted measure are taken in, never where bad events are found.
_EN_STEERING_VERBS = frozenset(
    ["ensure", "ensuring", "make", "sure", "see", "aim", "try", "strive"]
)


# A plural noun right after a one-word bad event, which it qualifies: "refund requests",
# "complaint calls", "chargeback disputes" (decision 1301).
# More grades joined to a grade code by a slash: "/sev2" of "Sev1/Sev2 incidents" (6537).
_EN_GRADES_AFTER = re.compile(r"(?:[ \t]?[/／][ \t]?[a-z]{0,8}-?[0-4](?![a-z0-9]))+")
_EN_HEAD_AFTER = re.compile(r" ([a-z]{3,}s)\b(?! (?:of|for)\b)")
_EN_LONG_HEAD = re.compile(r"((?: [a-z][a-z0-9-]*){1,2}?) ([a-z]{3,}s|rate)\b(?! (?:of|for)\b)")
# One word after a participle bad event, the noun it befalls when no plural follows (2973).
_EN_MASS_AFTER = re.compile(r" ([a-z]{3,})\b(?!-)")
_EN_NOT_MASS = frozenset(
    {"this", "that", "these", "those", "last", "next", "year", "month", "week", "quarter", "than",
     "into", "out", "off", "away", "due", "because", "during", "until", "since", "through", "via",
     "while", "when", "where", "which", "who", "yearly", "monthly", "weekly", "daily", "per",
     "overall", "total", "again", "any", "more", "most", "much", "many", "only", "also"}
)  # fmt: skip
_NOT_A_HEAD = frozenset(
    {"was", "has", "does", "goes", "makes", "gets", "this", "plus", "thus", "its", "ours", "yours",
     "always", "stays", "falls", "drops", "needs", "takes", "remains", "comes", "rises", "means"}
)  # fmt: skip


# What follows the bad events and makes them the ones counted (decision 3021): a listed bad
# participle ("Bugs reopened after release" counts reopened bugs, not bugs), what is missing
# ("Issues with no maintainer reply", "Orders without a tracking number") and "of" with what is
# lost or wasted ("Reduce waste of popcorn", "Cut theft of tools").
_EN_POST_PARTICIPLE = re.compile(r" ([a-z]{3,}ed)\b")
_EN_POST_MISSING = re.compile(r" (?:with no|without(?: an?| the)?) ([a-z][a-z0-9 -]{0,60})")
_EN_POST_OF = re.compile(r" of ([a-z][a-z0-9 -]{0,40})")
_EN_POST_WORD = re.compile(r"[a-z][a-z0-9-]*")
# Participles that after the noun are the verb of a fall ("Complaints dropped to 20"), not
# the bad event.
_EN_NOT_POST_PARTICIPLE = frozenset({"dropped", "declined", "decreased", "reduced", "lowered"})
_EN_COMPARATIVE = frozenset(
    {"longer", "shorter", "greater", "higher", "lower", "larger", "smaller", "later", "earlier"}
)


@cache
def _en_post_stops() -> tuple[frozenset[str], frozenset[str]]:
    """The words that end a noun after the bad events, and the bad participles that may follow
    them (rules/data/en/kr_negative_participles.txt, less the verbs of a fall)."""
    reducers = frozenset(words("kr_negative_reducers", "en")) | frozenset(
        mapping_keys("kr_reduce_words", "en")
    )
    stops = (
        _NOUN_STOP
        | _NOT_A_HEAD
        | _EN_NOT_MASS
        | _EN_COMPARATIVE
        | frozenset(words("kr_negative_heads", "en"))
        | reducers
    )
    participles = frozenset(
        w.removeprefix("after:")
        for w in words("kr_negative_participles", "en")
        if " " not in w and w.endswith("ed")
    )
    return stops, participles - reducers - _EN_NOT_POST_PARTICIPLE


def _en_postmodified_end(item, e: int) -> int:
    """Where the English bad events end once what follows and qualifies them is taken in
    (decision 3021); e itself when nothing does."""
    text = item.folded
    stops, participles = _en_post_stops()
    m = _EN_POST_PARTICIPLE.match(text, e)
    if m is not None:
        return m.end() if m.group(1) in participles else e
    m = _EN_POST_MISSING.match(text, e)
    if m is None:
        m = _EN_POST_OF.match(text, e)
    if m is None:
        return e
    end = m.start(1)
    for w in _EN_POST_WORD.finditer(text, m.start(1), m.end(1)):
        if w.group() in stops:
            break
        end = w.end()
    rest = text[end : end + 8].lstrip()
    if end == m.start(1) or rest[:1].isdigit() or rest.startswith("than"):
        return e
    return end


def _latin_space_han(text: str, at: int) -> bool:
    """Whether `text[at]` is one blank set between a Latin letter or digit and a Chinese
    character, either way round, as Chinese writers space English words ("线上 bug 数", "P0 故障";
    decision 6897)."""
    if not (0 < at < len(text) - 1 and text[at] == " "):
        return False
    a, b = text[at - 1], text[at + 1]
    return (a.isascii() and a.isalnum() and "\u4e00" <= b <= "\u9fff") or (
        "\u4e00" <= a <= "\u9fff" and b.isascii() and b.isalnum()
    )


def _bad_span(item, term: tuple[int, int, str]) -> tuple[int, int]:
    s, e = term[0], term[1]
    if item.language == "en":
        s = _en_qualified_start(item, s)
        if term[2][-1:].isdigit() and (codes := _EN_GRADES_AFTER.match(item.folded, e)):
            e = codes.end()  # "Sev1/Sev2 incidents": both grades, then their noun (6537)
        if _in_bad_state(item, term):
            # "students on academic probation": those in the state are what is counted (1592)
            m = _COUNTED_IN_STATE.search(item.folded, max(0, term[0] - 30), term[0])
            s = min(s, m.start()) if m is not None else s
        head = _EN_HEAD_AFTER.match(item.folded, e)
        if head is not None and head.group(1) not in _NOUN_STOP | _NOT_A_HEAD:
            e = head.end()  # "Refund requests below 1%": the noun the term qualifies (1301)
        elif " " not in term[2] and not term[2].endswith("s"):
            # "Overdue maintenance work orders", "Defect escape rate": a one-word bad event
            # before a longer name, quoted whole (decision 2744)
            long = _EN_LONG_HEAD.match(item.folded, e)
            if long is not None and not any(
                w in _NOUN_STOP or w in _NOT_A_HEAD or w.endswith("ed")
                for w in long.group(1).split()
            ):
                e = long.end()
            elif (
                term[2].endswith("ed")
                and (mass := _EN_MASS_AFTER.match(item.folded, e)) is not None
                and mass.group(1) not in _NOUN_STOP | _NOT_A_HEAD | _EN_NOT_MASS
            ):
                # "Less wasted bread at close": a participle's noun with no plural is what is
                # wasted, quoted with it ("wasted bread", not "wasted"; decision 2973)
                e = mass.end()
        e = _en_postmodified_end(item, e)
    if item.language == "zh":
        text = item.plain
        while e < len(text):
            if "\u4e00" <= text[e] <= "\u9fff" and not _ZH_PHRASE_END.match(text, e):
                e += 1
            elif _latin_space_han(text, e) and not _ZH_PHRASE_END.match(text, e + 1):
                e += 2  # "线上 bug 数减少 30%": the blank set between a code and 数 (6897)
            else:
                break
        clock = _ZH_CLOCK_AFTER.match(text, e)
        if clock is not None:
            e = clock.end()  # "熬夜到凌晨2点以后": the hour is what makes it a bad event
        elif (age := _ZH_AGE_AFTER.match(text, e)) is not None:
            # "逾期60天以上应收账款": the age and the thing that has it, not "逾期" (6538)
            e = age.end()
            while (
                e < len(text)
                and "\u4e00" <= text[e] <= "\u9fff"
                and not _ZH_PHRASE_END.match(text, e)
            ):
                e += 1
        s = _zh_qualified_start(item, s)
    return s, e


# Reducers that promise none of the bad events at all ("杜绝资金支付差错", "Eliminate crashes").
_ZERO_REDUCERS = {
    "zh": frozenset(["杜绝", "消除", "避免", "防止", "降为零"]),
    "en": frozenset(
        ["eliminate", "eliminated", "eliminating", "prevent", "prevented", "avoid", "avoided",
         "zero out", "get rid of"]
    ),
}  # fmt: skip


_ZH_EVENT_UNIT = re.compile(r"(?:事件|事故|案件?|纠纷)$")


@cache
def _zh_denied_patterns() -> tuple[
    re.Pattern[str], re.Pattern[str], tuple[re.Pattern[str], re.Pattern[str]]
]:
    """Chinese bad events denied of all the things they befall (decision 1010): the negation
    first ("没有任何企业客户的升级被延误", "全年无一单发货延误") or after the things ("所有企业客户的升级都不
    被延误", "医院客户的补丁从未被回滚", "发布从不延期超过一周"); the verb one of
    kr_negative_denied_positive's."""
    alt = "|".join(re.escape(k) for k in mapping_keys("kr_negative_denied_positive", "zh"))
    when = (
        r"(?P<when>(?:全年|全季度?|本季度?|本月|今年|季度内|年内)\s*)?"
        r"(?:确保|保证|做到|实现|力争|争取)?"
    )
    first = re.compile(
        when + r"(?:没有任何|没有一[个单件次家位名笔]|无一[个单件次家位名笔]?|无任何)"
        rf"(?P<np>[\u4e00-\u9fff]{{1,14}}?)(?:被)?(?P<bad>{alt})(?P<rest>[^，,；;。]*)"
    )
    after = re.compile(
        when + r"(?:所有|任何|全部|每[个一])?(?P<np>[\u4e00-\u9fff]{1,14}?)(?:都|均|全部|一律)?"
        rf"(?:没有|从不|从未|不会|不再|不|未)(?:被|再)?(?P<bad>{alt})(?P<rest>[^，,；;。]*)"
    )
    # "不能有资料齐全的申请超过7天未审核", "不允许出现超过3天未处理的报修单": a modal denial (不能有,
    # 不允许出现, 不得出现 …) of things left undone past a time limit, the things before the limit
    # or after the lapse with 的 — the lapse promised never to happen (decision 5052)
    limit = rf"超过\s?(?P<span>\d+(?:\.\d+)?\s?{_TIME_UNIT_ZH})(?:以上)?(?:还|仍|仍然|都)?"
    lapse = r"(?P<bad>(?:未|没人|无人|没有人)[\u4e00-\u9fff]{1,3}?)"
    deny = (
        when + r"(?:不能|不允许|不得|不可|不应|绝不能?)(?:有|出现|发生)(?:任何)?"
        r"(?:一[个单件次家位名笔张份封条])?"
    )
    lapsed = (
        re.compile(deny + rf"(?P<np>[\u4e00-\u9fff]{{1,14}}?){limit}{lapse}(?P<rest>)"),
        re.compile(deny + rf"{limit}{lapse}(?P<rest>)的(?P<np>[\u4e00-\u9fff]{{1,10}})"),
    )
    return first, after, lapsed


def zh_denied(item) -> re.Match[str] | None:
    """The Chinese wording of `_zh_denied_patterns` at the item's start, or None."""
    if item.language != "zh":
        return None
    first, after, lapsed = _zh_denied_patterns()
    s, e = item.core_span
    text = item.text[:e].rstrip("。.！!")
    if "超过" in text:
        for pattern in lapsed:
            if (m := pattern.fullmatch(text, s)) is not None:
                return m  # a lapse past a limit denied with a modal (decision 5052)
    if not any(k in item.folded for k in mapping_keys("kr_negative_denied_positive", "zh")):
        return None
    m = first.fullmatch(text, s) or after.fullmatch(text, s)
    rest = m.group("rest") if m is not None else ""
    if m is None or not (rest == "" or rest.startswith("超过") or _ZH_SHORT_OBJECT.fullmatch(rest)):
        # the whole wording, or it with how late counts as late, or the verb's short object
        # ("没有一个队员缺席训练", decision 1590)
        return None
    return m


# A verb's object of a few characters after a denied bad event: "缺席训练", "迟到早会".
_ZH_SHORT_OBJECT = re.compile(r"[\u4e00-\u9fff]{1,4}")


def states_absence(item) -> bool:
    """An English key result that says, from its first word, that a bad event does not happen
    ("No sprint goes over budget", "No enterprise customer is blocked from upgrading"): a
    state to keep, read by kr-negative-phrasing, not work to do (decision 204)."""
    if item.language != "en":
        return zh_denied(item) is not None  # "没有任何企业客户的升级被延误" (decision 1010)
    lead = item.core_span[0]
    return any(
        (
            m.reducer[0] == lead
            and item.folded.startswith(("no ", "not a single ", "not one "), lead)
        )
        # "Orders never shipped late to any wholesale buyer" (decision 1010); "Our payment
        # pages never go offline …": up to three words of the subject before it (decision 1168)
        or (
            m.reducer[2] == _ABSENCE
            and _SUBJECT_WORDS.fullmatch(item.folded, lead, max(lead, m.term[0])) is not None
            and _absence_inside(m.term)
        )
        for m in _matches(item)
    )


_SUBJECT_WORDS = re.compile(r"(?:[a-z][a-z0-9-]*\s){0,3}")


def closes_found_bad_things(item) -> bool:
    """An English key result led by a fix verb that closes a counted share of the bad things
    found, or all of them within a standard ("Patch all critical CVEs within SLA", "Close 90% of
    audit findings"): decision 7 reads it as negative phrasing, not a task (decision 335). "Fix
    all open findings" with no bound stays the work to do."""
    if item.language != "en":
        return False
    verb = item.facts.shape.verb
    if verb is None or verb.position != "lead":
        return False
    bounded = any(
        q.is_target and q.kind in ("count", "percent") for q in item.facts.quantities
    ) or _EN_WITHIN_BOUND.search(item.folded, verb.end)
    if not bounded:
        return False  # "Fix all open ergonomics findings": the fixing is the work (corpus)
    fixes = set(words("kr_negative_fix_verbs", "en"))
    return any(m.reducer[0] == verb.start and m.reducer[2] in fixes for m in _matches(item))


# A standard the fixing keeps: "within SLA", "within 7 days".
_EN_WITHIN_BOUND = re.compile(r"\bwithin (?:sla|\d)")


def zero_in_words(item) -> tuple[int, int, str] | None:
    """Where a key result says its bad events do not happen, in words and with no figure
    ("全年无数据泄露事件", "杜绝资金支付差错", "No Sev-1 outages caused by config changes"): the
    stretch to replace and its measured form, the zero written as a number ("数据泄露事件0起",
    "0 Sev-1 outages"); None otherwise. PRINCIPLES.md: a zero in words is not quantified and
    the coach suggests the measured form (decision 175)."""
    lang = item.language
    before, after = _absence(lang)
    for m in _matches(item):
        name = m.reducer[2]
        if m.values or not (name in before or name in after or name in _ZERO_REDUCERS[lang]):
            continue
        s, e = _bad_span(item, m.term)
        if m.reducer[0] <= s < m.reducer[1] or m.reducer[1] <= m.term[0]:
            s = max(s, m.reducer[1])  # the zero word is not part of what it counts
        bad = item.text[s:e].strip()
        # "Avoid any data breaches", "避免任何数据泄露": the zero replaces the "any" (decision 1416)
        bad = _ANY_BEFORE.sub("", bad) or bad
        if not bad:
            return None
        start, end = min(s, m.reducer[0]), max(e, m.reducer[1])
        if lang == "zh":
            unit = "起" if _ZH_EVENT_UNIT.search(bad) else "次"
            where = _ZH_UP_TO.match(item.text, end, item.core_span[1])
            if where is not None and end == e:
                # "客户投诉升级到总经理": how far the events go is part of them, the zero after it
                # ("客户投诉升级到总经理0次", not "客户投诉升级0次到总经理"; decision 1184)
                bad, end = bad + where.group(), where.end()
            return start, end, f"{bad}0{unit}"
        if not re.search(r"[a-z](?<!s)s$", bad):
            return None  # "Prevent data loss": no countable events to write a zero of
        return start, end, f"0 {bad}"
    return None


# "any", "all", "every" or 任何/所有/一切 before the bad events: said by the zero itself.
_ANY_BEFORE = re.compile(
    r"^(?:(?:any|all|all of the|every|every single)\s+|(?:任何|所有|一切|全部)的?)", re.I
)


# Where bad events reach, said right after them: "升级到总经理", "投诉至监管部门".
_ZH_UP_TO = re.compile(r"(?:到|至)[\u4e00-\u9fff]{1,8}(?=$|[\s，,。；;（(])")


# Before a Chinese bad-events word, what stops the words that qualify it: a direction, a verb of
# the sentence, a particle.
_ZH_NOT_QUALIFIER = re.compile(
    # 高/低 of a grade belong to the name: "高危漏洞", "高风险隐患", "高空坠落", "低级错误"; a
    # quantifier before the name does not ("所有", "全部", "各类"; decision 2741)
    r"[降减少升从由到至控制压缩杜绝消除避免把将让使提为的和及与或在]|高(?![危风发频空温压])"
    r"|低(?![级])|(?<=所)有|(?<=全)部|(?<=各)[类种项]"
    # a verb that says it will be made to happen: "确保客房差错显著减少" asks about "客房差错"
    # (decision 5276)
    r"|确(?=保)|(?<=确)保|力(?=争)|(?<=力)争|争(?=取)|(?<=争)取|务(?=必)|(?<=务)必"
    # a conjunction or a bound before a second measure: "加载时间降到 2 秒以内并且错误率降低 50%"
    # asks about "错误率", not "秒以内并且错误率" (decision 5333)
    r"|且|并(?=且)|同(?=时)|(?<=同)时|以(?=[内下])|(?<=以)[内下]"
    # a verb that holds a level: "保持投诉量稳定在…" asks about "投诉量" (decision 6891)
    r"|保(?=持)|(?<=保)持|维(?=持)|(?<=维)持"
)


_ZH_QUALIFIER_MAX = 8
# 不 opening a word of a bad kind ("不文明", "不规范", "不合格"): part of the qualifiers (3764);
# so is a lack of what a thing should have ("材料不全", "信息不准确", "回复不及时": decision 5272).
_ZH_NOT_ADJECTIVE = re.compile(
    r"不(?:文明|规范|合格|合规|达标|安全|正当|诚信|卫生|必要|良"
    r"|全(?!部)|齐全|完整|准确|清晰|一致|及时)"
)
# Quantifiers stop the qualifiers as words of their own (decision 2741).
_ZH_QUANTIFIER_WORDS = frozenset({"所有", "全部", "各类", "各种", "各项"})


# Verbs that move or bound the events: a stop wherever a word cut puts them ("尽量减少" is one jieba
# word; lead 1775).
_ZH_STOP_VERB = re.compile(
    r"减少|降低|下降|减低|控制|压缩|杜绝|消除|避免|降至|降到|减至|减到|少于|低于|不超过"
)


def _zh_stops_at(item, text: str, c: int) -> bool:
    """Whether the character at `c` ends the qualifiers reached back over: a stop character of
    _ZH_NOT_QUALIFIER, unless it lies inside a longer word that is no stop word itself ("消防",
    "行为": 消 and 为 of a name, not 消除, 成为; decision 3764)."""
    if not _ZH_NOT_QUALIFIER.match(text, c):
        return False
    if _ZH_STOP_VERB.match(text, max(0, c - 1)) or _ZH_STOP_VERB.match(text, c):
        return True  # "尽量减少客服投诉": 减少 inside jieba's "尽量减少" still ends the reach (lead 1775)
    bounds = item.facts.token_bounds
    lo = c
    while lo > 0 and lo not in bounds and c - lo < 6:
        lo -= 1
    hi = c + 1
    while hi < len(text) and hi not in bounds and hi - c < 6:
        hi += 1
    if lo not in bounds or hi not in bounds or hi - lo < 2:
        return True
    if text[lo:hi] in _ZH_QUANTIFIER_WORDS:
        return True
    return all(_ZH_NOT_QUALIFIER.match(text, k) for k in range(lo, hi))


# A count right before the events ("最多出现2起客诉", "不超过3起投诉") is their cap, no qualifier:
# the events' name starts after it (decision 1292).
_ZH_COUNT_BEFORE = re.compile(r"\d\s*[起次件单例宗个]$")


def _en_qualified_start(item, s: int) -> int:
    """Where the (up to two) English words that qualify a measure begin ("regulatory" of
    "regulatory findings", "LTV model" of "LTV model MAPE")."""
    for m in reversed(list(_EN_QUALIFIER.finditer(item.plain, 0, s))[-2:]):
        if (
            m.end() != s - 1
            or m.group().lower() in _EN_NOT_A_QUALIFIER
            or m.group().lower() in _EN_STEERING_VERBS
            or _EN_PERIOD_CODE.fullmatch(m.group())
        ):
            break
        s = m.start()
    return s


def _zh_word_start(item, start: int, cs: int) -> int:
    """The qualifiers' reach ran out inside a word ("居民区电动车进楼入户充电现象" quoted as
    "动车进楼入户充电现象", decision 3561): the start of that word when it is near (a word is
    kept whole), else the start of the next word (never half a word)."""
    bounds = item.facts.token_bounds
    if start in bounds:
        return start
    text = item.plain
    for back in range(1, _ZH_WORD_BACK + 1):
        c = start - back
        if c < cs or not "\u4e00" <= text[c] <= "\u9fff" or _zh_stops_at(item, text, c):
            break  # only words that qualify the events are taken in
        if c in bounds:
            return start - back
    for ahead in range(1, _ZH_QUALIFIER_MAX):
        if start + ahead in bounds:
            return start + ahead
    return start


_ZH_WORD_BACK = 3
_ZH_CODES_MAX = 24  # the longest run of Latin codes a qualifier keeps: "Windows/macOS/Linux"


def _ascii_word_char(c: str) -> bool:
    return c.isascii() and c.isalnum()


def _zh_codes_start(text: str, start: int, cs: int) -> int | None:
    """Where a run of Latin codes joined by slashes begins when the qualifiers' reach ended
    inside it ("iOS/Android", "P0/P1/P2"); None when the reach ended elsewhere or the run is too
    long to be one qualifier (decision 6536)."""
    if not (
        start > cs
        and (_ascii_word_char(text[start]) or text[start] in "/／")
        and (
            _ascii_word_char(text[start - 1])
            or (text[start - 1] in "/／" and start - 2 >= cs and _ascii_word_char(text[start - 2]))
        )
    ):
        return None
    at = start
    while at > cs and start - at < _ZH_CODES_MAX:
        c = text[at - 1]
        if _ascii_word_char(c) or (
            c in "/／"
            and at - 2 >= cs
            and _ascii_word_char(text[at - 2])
            and _ascii_word_char(text[at])
        ):
            at -= 1
        else:
            break
    if at > cs and _ascii_word_char(text[at - 1]):
        return None  # longer than any qualifier: the word boundary rules as before
    return at


def _zh_qualified_start(item, s: int) -> int:
    """Where the words that qualify a Chinese measure begin ("二次" of "二次投诉率", "涂装" of
    "涂装不良率"): a measure's name is never shortened in a rewrite (blind read 4)."""
    text = item.plain
    cs = clause_of(item, s)[0]
    start = s
    while (
        start > cs
        and s - start < _ZH_QUALIFIER_MAX
        and (
            "\u4e00" <= text[start - 1] <= "\u9fff"
            # "线上 bug", "iOS 端 crash": one blank between a code and Chinese words (6897)
            or (
                _latin_space_han(text, start - 1)
                and start - 2 >= cs
                and not _zh_stops_at(item, text, start - 2)
            )
            or (text[start - 1].isascii() and text[start - 1].isalnum())
            # "线上P0/P1缺陷数": a slash between two codes joins them (decision 3306)
            or (
                text[start - 1] in "/／"
                and start - 2 >= cs
                and text[start - 2].isascii()
                and text[start - 2].isalnum()
                and text[start].isascii()
                and text[start].isalnum()
            )
        )
        and not _zh_stops_at(item, text, start - 1)
        and (
            not _ZH_ABSENCE_BEFORE.search(text, cs, start)
            # "不文明行为投诉": 不 of a word that names the bad kind, no absence (decision 3764)
            or _ZH_NOT_ADJECTIVE.match(text, start - 1) is not None
        )
        and not _ZH_COUNT_BEFORE.search(text, cs, start)
    ):
        start -= 1  # "不再熬夜": the absence word says it does not happen, it is no qualifier
    if s - start >= _ZH_QUALIFIER_MAX and start > cs:
        # "iOS/Android崩溃率": the reach ran out inside codes joined by a slash; they are kept
        # whole, not "Android崩溃率" (decision 6536)
        codes = _zh_codes_start(text, start, cs)
        start = codes if codes is not None else _zh_word_start(item, start, cs)
    if text[start : start + 1] in ("/", "／"):
        start += 1  # the qualifier's reach ended on the slash: no code before it is kept
    return start

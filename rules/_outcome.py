"""The outcome a key result should measure, and how a rewrite names it (shared fix helpers).

Not a rule (the registry skips modules starting with '_'). kr-is-task, kr-activity-count,
kr-not-quantified, kr-vague-wording and kr-negative-phrasing build their rewrites here, so that
an item gets one coherent suggestion whichever rule offers it.

Choosing the outcome (`choose`): the metric of the curated library that the work serves,
decided by coach.facts.outcomes.choose from the item's words, its context's words and, when
the draft may use the sentence encoder (`Draft.semantic`), how close the item is to each
metric. A metric is chosen only on clear evidence; otherwise the rewrite asks which result the
work should move (QUESTION) instead of inventing a metric.

Wording (`outcome_kr`): a key result with placeholders for the figures the draft does not
give ("Raise first-contact resolution rate from [baseline] to [target]",
"一次解决率从[基线]提升到[目标值]"). Where no metric is named, the rewrite is the question
itself (`ask_fix`, Fix.asks): a "[result metric] from [baseline] to [target]" skeleton names
nothing a workshop could use, and a question does not pretend to fix the finding.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache, wraps
from itertools import pairwise

from coach.draft import Draft, Item
from coach.facts import outcomes
from coach.facts.grades import grade_tail, without_progress, wording_end
from coach.facts.outcomes import Choice, Outcome
from coach.facts.owner import after_lead_label, prefix_owner
from coach.facts.shape import en_verb_class, verb_classes
from coach.rule_api import MEASURE_QUESTION, Fix, LocalEdit, voice
from coach.text import fold
from coach.wordlists import find_terms, keys_by_length, mapping, word_set, words
from rules._draft_structure import end_of_wording, new_line_label
from rules._kr_common import (
    activity_counts,
    cleared,
    lead_position,
    lead_verb,
    measurable,
    people_say_at,
    rewrite_region,
    team_moved_onto,
    terms,
    zh_brings_in_things,
)


def _copied_fix(fix: Fix) -> Fix:
    """A copy of `fix` its caller may change (rules set `yields_to`, add edits) without
    changing the one remembered."""
    return replace(
        fix,
        edits=[replace(e) for e in fix.edits],
        placeholders=list(fix.placeholders),
        extra_edits=list(fix.extra_edits),
    )


def _once_per_item(build: Callable[..., Fix]) -> Callable[..., Fix]:
    """A rewrite of an item built once per item and arguments (several rules ask for the same
    one: kr-not-quantified and kr-vague-wording for `measure_fix`, kr-is-task and
    kr-activity-count for `outcome_fix`), kept in the item's facts' memo; each caller gets a
    copy of its own."""

    @wraps(build)
    def once(item: Item, draft: Draft, *args: object) -> Fix:
        memo = item.facts.memo
        key = (build.__name__, *args)
        fix = memo.get(key)
        if fix is None:
            fix = memo[key] = build(item, draft, *args)
        return _copied_fix(fix)  # type: ignore[arg-type]

    return once


PLACEHOLDERS = {
    "zh": {"baseline": "[基线]", "target": "[目标值]", "metric": "[结果指标]"},
    "en": {"baseline": "[baseline]", "target": "[target]", "metric": "[result metric]"},
}
# What a coach asks when nothing in the draft says which result the work serves: the rewrite
# is the question itself (Fix.asks), not a "[result metric] from [baseline] to [target]"
# skeleton with nothing named in it; the note says where the task goes.
QUESTION = {
    "zh": "做这项工作是为了让哪个数字变好？把那个数字连同基线和目标值写成关键结果。",
    "en": "Which number gets better when this is done? Write that number, with its baseline and "
    "target, as the key result.",
}
QUESTION_NOTE = {
    "zh": "“{task}”是为达成目标要做的工作，放进行动计划。",
    "en": "“{task}” is work toward the objective: keep it in the plan.",
}
# A coach who cannot know the number still helps: the question names the objective the work
# serves, when the objective says what it aims at ("This work serves the objective “…”: which
# number …"), and offers the metrics of the library that the work's and the objective's words
# point to (coach.facts.outcomes.question_candidates: "…, for example win rate or new
# bookings?"). `question` puts them together; QUESTION above is the plain form.
QUESTION_FOR = {
    "zh": "这项工作服务于目标“{aim}”：做完后哪个数字会变好{examples}？"
    "把那个数字连同基线和目标值写成关键结果。",
    "en": "This work serves the objective “{aim}”: which number gets better when it is "
    "done{examples}? Write that number, with its baseline and target, as the key result.",
}
QUESTION_EXAMPLES = {
    "zh": "做这项工作是为了让哪个数字变好{examples}？把那个数字连同基线和目标值写成关键结果。",
    "en": "Which number gets better when this is done{examples}? Write that number, with its "
    "baseline and target, as the key result.",
}
HIRING_QUESTION_FOR = {
    "zh": "这次招聘服务于目标“{aim}”：这些人到岗后，哪个数字会变好{examples}？"
    "把那个数字连同基线和目标值写成关键结果。",
    "en": "These hires serve the objective “{aim}”: once they are on board, which number gets "
    "better{examples}? Write that number, with its baseline and target, as the key result.",
}
HIRING_QUESTION_EXAMPLES = {
    "zh": "这些人到岗后，哪个数字会变好{examples}？把那个数字连同基线和目标值写成关键结果。",
    "en": "Once these people are on board, which number gets better{examples}? Write that "
    "number, with its baseline and target, as the key result.",
}
# ... and when nothing in the words says that the work and the objective share a topic (blind
# read 5: a team-building day "serves" a security certification, a fire drill a night-shift
# service): the question asks which of the objective's numbers the work moves, and says where
# it goes if none (decision 136).
# (An objective rarely holds a number of its own: the question asks for the number that would
# show progress on it, not "the objective's number" — tester7; decision 433.)
QUESTION_WHICH = {
    "zh": "哪个数字能说明目标“{aim}”有了进展，这项工作能让它变好吗？把那个数字连同基线和目标值写成关键结果；"
    "如果这项工作推动不了它，它属于别的目标或行动计划。",
    "en": "Which number would show progress on the objective “{aim}”, and does this work move "
    "it? Write that number, with its baseline and target, as the key result; if the work "
    "moves none, it belongs under another objective or in the plan.",
}
HIRING_QUESTION_WHICH = {
    "zh": "哪个数字能说明目标“{aim}”有了进展，这些人到岗后能让它变好吗？把那个数字连同基线和目标值写成"
    "关键结果；如果不能，这次招聘属于别的目标或行动计划。",
    "en": "Which number would show progress on the objective “{aim}”, and will it get better "
    "once they are on board? Write that number, with its baseline and target, as the key "
    "result; if not, the hire belongs under another objective or in the plan.",
}
# The note beside such a question does not say that the work gets there either.
QUESTION_NOTE_PLAIN = {
    "zh": "“{task}”是要做的工作，不是结果：放进行动计划。",
    "en": "“{task}” is work to do, not a result: keep it in the plan.",
}
# A result other people decide about the writer ("Get promoted to Senior Manager", "晋升为高级经理"):
# not work to keep in the plan (decision 703). The question asks for the number that shows the
# way there; the note says whose decision it is.
CONFERRED_QUESTION = {
    "zh": "晋升、当选这类结果由别人决定：哪个数字能说明你正在接近它（例如新岗位的[M]项要求中达到[N]项）？"
    "把那个数字连同基线和目标值写成关键结果。",
    "en": "A promotion or an election is decided by others: which number shows you are getting "
    "there (for example [N] of the [M] criteria of the new role met)? Write that number, with "
    "its baseline and target, as the key result.",
}
CONFERRED_NOTE = {
    "zh": "“{task}”是由别人决定的结果，不是要做的工作：把它当作方向，关键结果衡量你自己能推动的进展。",
    "en": "“{task}” is a result others decide, not work to do: keep it as the aim and measure the "
    "progress you can drive.",
}
_CONFERRED = re.compile(
    r"\b(?:get|gets|getting|be|being)\s(?:promoted|elected|re-elected|appointed)\b"
    r"|(?:晋升|升职)(?:为|到|至)|升任|当选"
)
# ", for example win rate, new bookings or qualified pipeline" / "，例如赢单率、新签合同额或合格商机金额"
EXAMPLES_LEAD = {"zh": "，例如", "en": ", for example "}
EXAMPLES_OR = {"zh": "或", "en": " or "}
EXAMPLES_SEP = {"zh": "、", "en": ", "}
# ... and for a hiring task, whose people are hired to move a number of their own work.
HIRING_QUESTION = {
    "zh": "这些人到岗后，哪个数字会变好？把那个数字连同基线和目标值写成关键结果。",
    "en": "Once these people are on board, which number gets better? Write that number, with "
    "its baseline and target, as the key result.",
}
# ... and for bad events whose positive side is another number (complaints, incidents, audit
# findings: outcomes.same_number), what their falling would show.
# (Blind read 5: a question that demoted a clean measured key result to a "health metric" was
# wrong; the question now says the key result may stay when no positive measure says it.)
BAD_EVENTS_QUESTION = {
    "zh": "“{bad}”降下来，换来的是什么？如果有一个正向的数字能说明它，写成那个数字和它的基线、"
    "目标值；如果没有，就保留“{bad}”，写明它的基线和目标值。",
    "en": "What does cutting “{bad}” bring? If a positive number shows it, state that number "
    "with its baseline and target; if none does, keep “{bad}” with its baseline and target.",
}
# ... and when the bad events come with their figures (blind read 6: generic example rates —
# success, pass, on-time — fitted none of the items, and "“差评率”少了" is not how a rate is
# spoken of). Never "this key result can stay as it is" beside a message asking for a positive
# wording (decisions 936, 943, 1012): a rate's figures turn round exactly (BAD_EVENTS_TURN: the
# share of cases without the bad event, 100% minus each figure); a count's have no positive twin,
# and the question says why keeping them is right.
BAD_EVENTS_TURN = {
    "zh": "“{bad}”降下来，换来的是什么？如果有一个正向的数字能说明它，改写成那个数字和目标值；"
    "如果没有，把同样的数字从好的一面说：“{turned}”。",
    "en": "What does cutting “{bad}” bring? If a positive number shows it, state that number "
    "and its target; if none does, say the same figures from the good side: “{turned}”.",
}
BAD_EVENTS_KEEP = {
    "zh": "“{bad}”降下来，换来的是什么？如果有一个正向的数字能说明它，改写成那个数字和目标值；"
    "如果没有，就保留这些数字：没有哪个正向的数字能说得一样准，硬换一个反而更含糊。",
    "en": "What does cutting “{bad}” bring? If a positive number shows it, state that number "
    "and its target; if none does, keep these figures: no positive number says exactly the "
    "same, and one made up would be vaguer.",
}
# The share turned round: "未发生退款的占比从95%提升到97%", "Share of cases with no refund from 95%
# to 97%" ({figures}: "from 95% to 97%", "at least 99%", "from [baseline] to [target]").
SHARE_WITHOUT = {
    "zh": "未发生{core}的占比{figures}",
    "en": "Share of cases with no {core} {figures}",
}
TURNED_FIGURES = {
    "zh": {"from_to": "从{a}提升到{b}", "floor": "不低于{a}", "to": "提升到{a}", "open": "从[基线]提升到[目标值]"},
    "en": {"from_to": "from {a} to {b}", "floor": "at least {a}", "to": "to {a}", "open": "from [baseline] to [target]"},
}  # fmt: skip
# ... and when the target is none of them ("全季度零工伤", "Zero lost-time injuries"): nothing
# "comes down" from zero; the question is what holding it there brings (decision 369).
# Never "this key result can stay as it is" beside a message asking for a positive wording
# (decisions 936, 943): the zero stays in the action plan as the floor.
ZERO_HOLD = {
    "zh": "“{what}”是要守住的底线，守住它换来的是什么？把说明它的正向数字连同基线和目标值写成关键结果；"
    "“零”作为底线留在行动计划里。",
    "en": "“{what}” is a line to hold: what does holding it bring? State the positive number "
    "that shows it, with its baseline and target, as the key result; the zero stays in the "
    "action plan as the floor.",
}
# ... and when the target is none of the gravest bad events ("P0故障0次", "Zero Sev-1
# incidents", "重大安全事故0起"): no positive number restates it exactly (decisions 82 and 280),
# but a zero of bad events is still negative phrasing, so the question names the positive
# numbers that show it with the same grade and scope, and never says "keep it" where the
# message asks for a positive wording (decision 936).
ZERO_KEEP = {
    "zh": "“{what}”守住的是什么？用正向的数字写出来，例如“{share}”{avail}；“零”可以作为底线留在"
    "行动计划里。",
    "en": "What does “{what}” protect? Say it as a positive number, for example “{share}”{avail}; "
    "the zero can stay in the action plan as the floor.",
}
# ... the positive numbers it names (decision 936): the share of days kept free of those same
# graded events, and for failures of a system its availability.
ZERO_KEEP_SHARE = {
    "zh": "{scope}无{events}的天数占比从[基线]提升到[目标值]",
    "en": "Share of days with no {events} from [baseline] to [target]",
}
ZERO_KEEP_AVAILABILITY = {
    "zh": "，或“核心服务可用率从[基线]提升到[目标值]”",
    "en": ", or “Availability of the core services from [baseline] to [target]”",
}
# ... and when the bad events come with their figures ("非计划停机次数从每月14次降到5次以内"): the
# outcome they stand for, named by a specific word of the library, is an example to confirm.
WANTED_EXAMPLE = {
    "zh": "这是一个例子：“{what}”想要的结果可以用“{metric}”来写；如果有更贴切的指标，换成那个。"
    "原来的数字可以留着一起看。",
    "en": "An example: what “{what}” wants can be stated as {metric}; if another measure shows "
    "it better, use that one. The original figures can stay beside it.",
}
# What a coach says when the outcome was chosen from the draft's own words.
# A zero in words written as a number (measure_fix).
ZERO_NOTE = {
    "zh": "“没有”也是一个目标值：写成 0，到期才能核对；这类指标通常还可以换成正向的说法。",
    "en": "None is a target too: written as 0 it can be checked at the end of the period; such "
    "a measure can often be stated positively as well.",
}
CHOSEN = {
    "zh": "“{task}”要带来的结果写成关键结果，任务本身放进行动计划。",
    "en": "The key result states what “{task}” should bring about; the task itself goes in the "
    "plan.",
}

# What a coach says when the outcome is a guess from the item's and its context's words.
GUESS = {
    "zh": "“{task}”也许是为了让“{metric}”变好（这是猜测）；如果不是，换成这项工作真正要推动的指标。"
    "任务本身放进行动计划。",
    "en": "A guess: “{task}” may serve {metric}. If it serves another result, name that one "
    "instead; the task itself goes in the plan.",
}

# ... and when the item is a change with no measure ("faster builds"), not a task.
GUESS_MEASURE = {
    "zh": "“{task}”也许可以用“{metric}”来衡量（这是猜测）；如果有更能说明它的指标，换成那个指标。",
    "en": "A guess: {metric} may show “{task}”. If another measure shows it better, name that "
    "one instead.",
}

# What a coach says when a measure of bad events is restated through its positive complement
# and the draft's figures (of the bad events) cannot be carried over.
WATCH = {
    "zh": "“{bad}”可以留作要守住的健康指标；关键结果写要做成的事，基线和目标值按实际填写。",
    "en": "Keep “{bad}” as a health metric to watch; the key result names what to achieve, "
    "with its own baseline and target.",
}


def _in_draft_words(item: Item, o: Outcome) -> str:
    """How the item itself words the metric `o` ("投诉" for 每千单投诉数), else its short name."""
    for m in outcomes.mentions(item.folded, item.language):
        if o.id in m.metrics:
            return item.text[m.start : m.end]
    return o.short_name(item.language)


def _cosine(item: Item, draft: Draft) -> dict[str, float] | None:
    """The encoder's similarity of the item to each metric, when the draft may use it and the
    words leave the choice open (once per item: coach.classifier.item_cosine)."""
    if not draft.semantic:
        return item.facts.memo.setdefault("outcome_cosine", None)  # type: ignore[return-value]
    from coach import classifier

    return classifier.item_cosine(item)


def choose(item: Item, draft: Draft) -> Choice | None:
    """The metric the item's work serves (coach.facts.outcomes.choose), with the encoder's
    view when the draft may use it; None when the evidence is not clear."""
    memo = item.facts.memo
    if "outcome_choice" not in memo:
        memo["outcome_choice"] = outcomes.decided_by_words(item) or outcomes.choose(
            item, _cosine(item, draft)
        )
    return memo["outcome_choice"]  # type: ignore[return-value]


def candidate(item: Item, draft: Draft) -> Choice | None:
    """A metric to offer as a guess when `choose` has none (coach.facts.outcomes.candidate)."""
    memo = item.facts.memo
    if "outcome_candidate" not in memo:
        memo["outcome_candidate"] = outcomes.candidate(item, _cosine(item, draft))
    return memo["outcome_candidate"]  # type: ignore[return-value]


# -- wording -----------------------------------------------------------------------------------

_EN_NOT_COUNTABLE = ("speed", "size", "score", "rate", "time", "value", "ratio", "resolution")


def en_verb(o: Outcome) -> str:
    """The verb an English key result on `o` starts with."""
    if o.direction == "lower":
        return "Cut" if o.is_duration or o.unit == "money" else "Lower"
    if o.unit == "count" and not any(w in o.name["en"] for w in _EN_NOT_COUNTABLE):
        return "Grow the number of"
    if o.unit == "money":
        return "Grow"
    return "Raise"


def zh_verb(o: Outcome) -> str:
    """The verb of "从[基线]…到[目标值]" in a Chinese key result on `o`."""
    if o.direction == "lower":
        return "缩短" if o.is_duration else "降低"
    return "提升"


def outcome_kr(o: Outcome, lang: str) -> str:
    """A key result on metric `o`, with placeholders for the baseline and the target."""
    p = PLACEHOLDERS[lang]
    if lang == "zh":
        return f"{o.name['zh']}从{p['baseline']}{zh_verb(o)}到{p['target']}"
    name = o.name["en"]
    if _EN_THE.match(name):
        name = "the " + name  # "Raise the share of tickets that stay resolved", not "Raise share …"
    return f"{en_verb(o)} {name} from {p['baseline']} to {p['target']}"


# A metric's English name that needs an article after the verb.
_EN_THE = re.compile(r"(?:share|number|time) (?:of|to|from)\b")


# Words that name a topic, not a number one can count (blind read 4: "招待费超标情况从[基线]降低到
# [目标值]"): a key result names the count of such events instead ("招待费超标次数"); a topic word
# with nothing countable before it ("成本方面") is dropped.
_ZH_TOPIC_TAIL = re.compile(r"(?:的)?(?P<w>情况|现象|问题|工作|方面)$")
_ZH_TOPIC_COUNT = {"情况": "次数", "现象": "次数", "问题": "问题数", "工作": "工作量", "方面": ""}
# "同比减少"/"环比提升": the baseline is the same period before, said once ("从去年同期的[基线]"),
# not "同比从[基线]…".
_ZH_PERIOD_BASE = {"同比": "去年同期的", "环比": "上一期的"}


def _zh_countable(measure: str) -> tuple[str, str]:
    """A Chinese measure as a number one can count, and the period its baseline comes from
    ("合同纠纷案件数量同比" -> ("合同纠纷案件数量", "去年同期的"); "招待费超标情况" ->
    ("招待费超标次数", ""))."""
    since = ""
    for word, base in _ZH_PERIOD_BASE.items():
        if measure.endswith(word) or measure.startswith(word):
            measure = measure.removesuffix(word).removeprefix(word) or measure
            since = base
            break
    m = _ZH_TOPIC_TAIL.search(measure)
    if m is not None and m.start() >= 2:
        measure = measure[: m.start()] + _ZH_TOPIC_COUNT[m.group("w")]
    return measure, since


def measure_kr(measure: str, lang: str, lower: bool, verb: str | None = None) -> str:
    """A key result on a measure the draft names itself ("客户满意度", "customer satisfaction")."""
    p = PLACEHOLDERS[lang]
    if lang == "zh":
        measure, since = _zh_countable(measure)
        if lower and measure.endswith("流程"):
            measure += "用时"  # "招聘流程缩短": how long the process takes (decision 3875)
        down = "缩短" if re.search(r"延迟|时延|时长|用时|耗时|周期|天数|时间", measure) else "降低"
        return f"{measure}从{since}{p['baseline']}{down if lower else '提升'}到{p['target']}"
    verb = verb or ("Cut" if lower else "Raise")
    return f"{verb} {measure} from {p['baseline']} to {p['target']}"


def _work_only(item: Item, start: int, stop: int) -> tuple[int, int]:
    """[start, stop) without the item's deadline at either end: "Compost everything by Q3" ->
    "Compost everything", "6月底前完成供应商评估" -> "完成供应商评估" — the question asks for the
    number of the work; the deadline is its time-box, already said (decision 3873). The
    owner's bracket closing the wording goes too: a date cut off the end of "(owner: Dana, by
    Jun 30)" left "(owner: Dana" in the quote (decision 5163)."""
    ws, we = _wording_span(item)
    if ws <= start < we < stop:
        stop = we
    ds = item.deadline_span
    if ds is None or not (start <= ds[0] and ds[1] <= stop):
        return start, stop
    text = item.text
    before, after = text[start : ds[0]], text[ds[1] : stop]
    if not before.strip(" \t,，:：(（在") and after.strip(" \t,，:：)）"):
        s = ds[1]
        while s < stop and text[s] in " \t,，:：)）":
            s += 1
        return s, stop
    if not after.strip(" \t.。,，;；)）") and before.strip(" \t,，(（"):
        e = ds[0]
        while e > start and text[e - 1] in " \t,，(（":
            e -= 1
        return start, e
    return start, stop


def quoted(item: Item, start: int, stop: int) -> str:
    """The item's wording in [start, stop) to quote, without a grade, status or progress
    remark after it ("… —— 已完成", "… 0.5", "… → slipped to Q3": not part of the work), nor
    the owner's bracket closing it ("(owner: Dana, by Jun 30)"; decision 4168)."""
    s, e = _wording_span(item)
    if s <= start < e < item.core_span[1] <= stop:
        stop = e
    return _quoted(item.text, start, stop)


@lru_cache(maxsize=1024)  # asked by each rule's rewrite of the item: read once
def _quoted(text: str, start: int, stop: int) -> str:
    grade = grade_tail(text)  # remembered per text (coach.annotate)
    if grade is not None and start < grade < stop:
        stop = grade
    return without_progress(text[after_lead_label(text, start, stop) : stop]).strip()


# The words before a colon that open the wording ("生产部：", "Columbus (Priscilla): ").
_LEAD_COLON = re.compile(r"[^:：，,。;；\n]{1,30}[:：][ \t]*")


def after_owner_lead(text: str, start: int, stop: int) -> int:
    """Where the wording starts after an owner written before a colon at `start` ("生产部：减少返工",
    "Columbus (Priscilla): open second shift"): a quote leaves the owner out (blind reads 6 and
    7); `start` when there is none (a topic or a measure before the colon stays: "营收目标：")."""
    lead = _LEAD_COLON.match(text, start, stop)
    if lead is None or not text[lead.end() : stop].strip():
        return start
    return lead.end() if prefix_owner(text[start : lead.end()].rstrip(" \t:：")) else start


def ask_fix(item: Item, question: str, note: str | None) -> Fix:
    """The item's wording replaced by a question for the person to answer (Fix.asks): what
    the draft does not say is asked, not filled with a skeleton that names nothing. The
    question stands for the whole item: the owner, date, grade or status written after the
    wording ("（负责人：刘洋）", "（by 2月底）", "@小雅", "—— 进度 40%") go with it, since a
    question is not a key result to tag."""
    s = item.core_span[0]
    e = len(item.text.rstrip())
    lead = item.text[:s]
    if not re.search(r"[:：]", lead):
        s = len(lead) - len(lead.lstrip())  # "P0" before "故障0次" goes too; "二班：" stays
    return Fix(
        edits=[LocalEdit(s, e, question)],
        applicability="display-only",
        note=note,
        asks=True,
    )


_PLACEHOLDER = re.compile(r"\[[^\[\]]+\]")


def placeholders_in(text: str) -> list[str]:
    """The [placeholders] of a rewrite, in order, once each."""
    return list(dict.fromkeys(_PLACEHOLDER.findall(text)))


def note(kind: str, lang: str, task: str) -> str:
    """The note beside a rewrite: "ask" (a question naming the objective the work serves),
    "ask-plain" (a question that does not say it serves it) or "chosen" (an outcome)."""
    template = {"ask": QUESTION_NOTE, "ask-plain": QUESTION_NOTE_PLAIN}.get(kind, CHOSEN)[
        voice(lang)
    ]
    return template.format(task=without_progress(task).strip(" -–—"))


def complement_in_words(phrase: str, lang: str) -> str | None:
    """The phrase with its bad-events measure swapped for the positive one where the word list
    gives an exact complement ("客户流失率" -> "客户留存率", "churn" -> "retention")."""
    folded = phrase.lower()
    pairs = mapping("kr_negative_metrics", lang)
    for key in keys_by_length("kr_negative_metrics", lang):
        at = folded.find(key)
        if at >= 0:
            if not complement_in_scope(key, phrase[:at], lang):
                return None  # "食材损耗率": shrinkage, no use rate (decision 3872)
            return phrase[:at] + pairs[key] + phrase[at + len(key) :]
    return complement_of_kind(phrase, lang)


@lru_cache(maxsize=4)
def _complement_scopes(lang: str) -> dict[str, tuple[bool, tuple[str, ...]]]:
    """The complements of kr_negative_metrics that hold for some things only
    (rules/data/<lang>/kr_negative_metric_scopes.txt): {measure: (only those listed?, words)}."""
    out: dict[str, tuple[bool, tuple[str, ...]]] = {}
    for key, value in mapping("kr_negative_metric_scopes", lang).items():
        how, _, listed = value.partition(":")
        if how.strip() not in ("only", "not") or not listed.split():
            raise ValueError(f"kr_negative_metric_scopes: {key!r} => {value!r}")
        out[key] = (how.strip() == "only", tuple(listed.split()))
    return out


def complement_in_scope(key: str, before: str, lang: str) -> bool:
    """Whether the exact complement kr_negative_metrics gives `key` holds for the measure with
    `before` (its clause's words) in front of it: "原材料损耗率" -> "原材料利用率", but "食材损耗率"
    is shrinkage, with no use rate (decisions 1273, 2428, 3872); "产线报废率" -> "产线良品率", but
    expired food, blood or drugs scrapped have no 良品 (decisions 385, 3871)."""
    scope = _complement_scopes(lang).get(key)
    if scope is None:
        return True
    only, listed = scope
    if lang == "zh":
        said = any(w in before for w in listed)
    else:
        # "Machine failure rate", not "machinery" read as "machine" (decision 4161)
        said = bool(set(re.findall(r"[a-z]+", before.lower())) & set(listed))
    return said if only else not said


def scoped_out(term: str, before: str, lang: str) -> bool:
    """Whether a bad-events word ("报废", "损耗率") names a measure whose complement does not hold
    for the things `before` it (`complement_in_scope` of its rate)."""
    if lang == "en":
        rate = term if term.endswith(" rate") else term + " rate"
        return not complement_in_scope(rate.lower(), before, lang)
    rate = term if term.endswith("率") else term + "率"
    return not complement_in_scope(rate, before, lang)


# A count word after the bad word goes with it ("返工次数" -> "一次合格率").
_ZH_COUNT_TAIL = re.compile(r"(?:的)?(?:次数|数量|件数|单数|数|量|率)?$")
# What before an English bad word is no scope ("the number of", "fewer").
_EN_NO_SCOPE = re.compile(
    r"^(?:the )?(?:number|count|share|rate) of(?: |$)|^(?:the|our|all) ", re.I
)


# A scope that ends on a preposition: the bad events are the object of other words.
_EN_OBJECT_OF = re.compile(
    r"(?<![a-z])(?:by|from|about|over|after|through|with|without|to|for|of|on|in|at|due to|"
    r"because of)$",
    re.I,
)

_EN_QUOTED = re.compile(r"\"[^\"]{2,60}\"|“[^”]{2,60}”|‘[^’]{2,60}’")
# A word before the bad events saying which of them are counted by how they recur, no scope of
# the kind's things: "duplicate support tickets" are not "duplicate customers who need no support
# ticket", "reopened bad reviews" no "positive reopened reviews" (decision 2971); "double-booking
# errors" were "double-booking accuracy" (tester39, decision 5730).
_EN_RECURRENCE = re.compile(
    r"\b(?:duplicate[ds]?|repeat(?:ed)?|re-?opened|recurring|recurrent|follow-?up|redundant"
    r"|double)\b",
    re.I,
)


# What follows a bad participle when it is no noun of the things it befell: a preposition or a
# cause (decision 4165).
_EN_NOT_THINGS = re.compile(
    r"(?:for|due|because|owing|from|in|at|by|on|to|with|of|as|after|before|during|since|"
    r"through|over|under|until|without|when|if|this|last|next)\b",
    re.I,
)


@lru_cache(maxsize=1024)  # the negative-phrasing rule and the rewrites ask about one measure
def complement_of_kind(phrase: str, lang: str) -> str | None:
    """The positive measure for bad events named by a word of their kind
    (rules/data/<lang>/kr_negative_kinds.txt), with the phrase's scope kept: "线上埋点丢失" ->
    "线上埋点完整率", "减少返工" -> "一次合格率", "support escalations" -> "share of support
    cases resolved without escalation", "people stuck at ID verification" -> "ID verification
    completion rate". None when no such word ends the measure."""
    kinds = mapping("kr_negative_kinds", lang)
    text = phrase.strip()
    folded = text.lower()
    for key in keys_by_length("kr_negative_kinds", lang):
        if lang == "zh":
            at = folded.rfind(key)
            if at < 0 or not _ZH_COUNT_TAIL.fullmatch(folded, at + len(key)):
                continue
            if scoped_out(key, text[:at], lang):
                return None  # "客房返修": no production line, no 一次合格率 (decision 4162)
            scope = text[:at].rstrip("的零无")
            giver = _ZH_GIVEN_BY.search(scope)
            if giver is not None and giver.start() > 0:
                # "顾客写的差评": whose reviews, not "顾客写好评率" (decision 6384)
                return scope[: giver.start()].rstrip("的") + "的" + kinds[key]
            return scope + kinds[key]  # "客服系统零宕机" -> "客服系统可用率"
        quoted_only = key.startswith("{quoted} ")  # the words before are a quoted question
        bare_only = key.startswith("{bare} ")  # nothing before: a generic word ("errors")
        word = key.removeprefix("{quoted} ").removeprefix("{bare} ")
        if word not in folded:  # (the whole word needs the letters first)
            continue
        # "late-night noise complaints": a kind's word before a hyphen opens a compound modifier
        # (night noise), no bad event of its kind (decision 3646)
        hits = list(re.finditer(rf"\b{re.escape(word)}\b(?!-)", folded))
        if not hits:
            continue
        found = hits[-1]
        template = kinds[key]
        before = _EN_NO_SCOPE.sub("", text[: found.start()].strip())
        if quoted_only != bool(_EN_QUOTED.fullmatch(before)) or (bare_only and before):
            continue
        if "{x}" in template and _EN_RECURRENCE.search(before):
            continue  # "duplicate support tickets": which tickets, not whose (decision 2971)
        after = text[found.end() :].strip()
        if after and "{y}" not in template:
            continue  # "tickets closed": the bad word does not end the measure
        if "{y}" in template and (not after or _EN_NOT_THINGS.match(after)):
            # "No show cancelled for lack of crew": a cause or a time after the participle, not
            # the things it befell ("the share of show for lack of crew"; decision 4165)
            continue
        if _EN_OBJECT_OF.search(before):
            # "riders stranded by cancelled trips", "complaints about cancelled flights": the
            # bad events are what another thing is counted by, no scope of theirs; "the share
            # of riders stranded by trips that go ahead" says nothing (decision 5279)
            continue
        if "{y}" in template and _EN_CAUSE_AFTER.search(f" {before}"):
            # "flight delayed due to late catering": a cause before the kind's word, no scope
            # of its things (decision 5007)
            continue
        if before.endswith("-") and "{x} " in template:
            # "data-entry errors": the scope is the first half of a hyphenated word, joined to
            # the kind's word with no space ("data-entry accuracy", decision 2924)
            template = template.replace("{x} ", "{x}", 1)
        given = _EN_GIVEN_BY.fullmatch(before)
        if given is not None and re.search(r"\{x\} [a-z]+$", template):
            # "guests leaving bad reviews": whose reviews, said after them ("the share of positive
            # reviews left by guests", not "positive guests leaving reviews"; decision 6384)
            past = _EN_GIVEN_PAST[given.group("v").lower()]
            out = template.replace("{x} ", "") + f" {past} by {given.group('who')}"
            return " ".join(out.split())
        out = template.replace("{x}", before).replace("{y}", after)
        return " ".join(out.split())
    return None


# Who gives the bad events, before them: "guests leaving (bad reviews)", "diners writing" (6384).
_EN_GIVEN_BY = re.compile(
    r"(?P<who>[A-Za-z][A-Za-z' -]{0,40}?) (?P<v>leaving|writing|posting|giving|submitting|sending)",
    re.I,
)
_EN_GIVEN_PAST = {
    "leaving": "left",
    "writing": "written",
    "posting": "posted",
    "giving": "given",
    "submitting": "submitted",
    "sending": "sent",
}
# The same in Chinese, the verb before 的 closing the scope: "顾客写的(差评)", "客人留下的" (6384).
_ZH_GIVEN_BY = re.compile(r"(?:写|留下|留|给出|给|发布|打)了?的?$")


# -- the key result's own measure --------------------------------------------------------------

_ZH_UP = "提升|提高|增加|增长|扩大|改善|上升|拉升|加快|加速"
_ZH_DOWN = "降低|减少|缩短|下降|压缩|减"
_ZH_ADVERBS = (
    "尽量|尽可能|争取|力争|努力|大幅度|大幅|明显|显著|进一步|持续|不断|稳步|逐步|全面|有效"
)
_ZH_MEASURE = (
    r"(?:[^\s，,。；;！!？?、：:（）()]{1,24}?"
    # "度" ends a measure (满意度, 知名度), not a system or a period (排班制度, 年度, 维度)
    r"(?:率|(?<![制年季月维])度|(?<!尽)量|数|额|值|分数|得分|评分|占比|比例|比重|时长|时间|周期|天数|成本|费用|收入|营收|"
    r"利润|人效|效率|产出|人次|NPS|nps|GMV|gmv|ROI|roi|ARR|arr|MRR|mrr|DAU|dau|MAU|mau)"
    # a metric's own name said alone: "提升NPS", "降低成本" (decision 5423)
    r"|(?:成本|费用|收入|营收|利润|人效|效率|NPS|nps|GMV|gmv|ROI|roi|ARR|arr|MRR|mrr|DAU|dau|MAU|mau))"
)
_ZH_END = r"[！!。.\s]*$"
_ZH_VERB_FIRST = re.compile(
    rf"^(?:(?:{_ZH_ADVERBS}))*(?P<v>{_ZH_UP}|{_ZH_DOWN})了?(?:(?:{_ZH_ADVERBS}))*"
    rf"(?P<m>{_ZH_MEASURE}){_ZH_END}"
)
# "家长满意度要更好", "患者满意度再高一些", "等待时长要更短" (decision 1279): the measure named, then a
# comparative that says which way it should go, as 提升/降低 after it do.
_ZH_MORE = r"(?:要|需要|得|能|会)?(?:变得)?(?:更|再|越来越)(?:好|高|强|多)(?:一些|一点|些)?"
_ZH_LESS = r"(?:要|需要|得|能|会)?(?:变得)?(?:更|再|越来越)(?:低|少|短)(?:一些|一点|些)?"
_ZH_MEASURE_FIRST = re.compile(
    rf"^(?P<m>{_ZH_MEASURE})(?:要|需要|得|能|会)?(?:有所|有)?(?:(?:{_ZH_ADVERBS}))*(?:的)?"
    rf"(?P<v>{_ZH_UP}|{_ZH_DOWN}|{_ZH_MORE}|{_ZH_LESS})了?{_ZH_END}"
)
_ZH_BARE = re.compile(rf"^(?P<m>{_ZH_MEASURE}){_ZH_END}")
# Measures that are better higher ("转化率", "满意度", "得分"), not times, costs or bad events.
_ZH_RISES = re.compile(r"(?:率|(?<![制年季月维])度|得分|评分|分数|占比|NPS|nps)$")
# Measures that are better lower: times and costs.
_ZH_FALLS = re.compile(r"(?:时长|时间|周期|天数|成本|费用)$")
# "减少加班", "尽量减少数据延迟": a downward verb with what it reduces — the thing itself is the
# measure to bring down ("加班从[基线]降低到[目标值]"), whatever word ends it.
_ZH_DOWN_ANY = re.compile(
    rf"^(?:(?:{_ZH_ADVERBS}))*(?P<v>{_ZH_DOWN})了?(?:(?:{_ZH_ADVERBS}))*"
    rf"(?P<m>[^\s，,。；;！!？?、：:（）()的]{{2,16}}){_ZH_END}"
)

# "把 Redis 命中率提上去", "招待费超标情况明显减少": the measure with its direction after it.
_ZH_BA = re.compile(
    rf"^(?:(?:{_ZH_ADVERBS}))*把\s*(?P<m>[^，,。；;！!？?、：:（）()]{{2,24}}?)\s*"
    rf"(?P<v>{_ZH_UP}|{_ZH_DOWN}|提上去|提上来|降下来|降下去|拉上去){_ZH_END}"
)
_ZH_DOWN_AFTER = re.compile(
    rf"^(?P<m>[^\s，,。；;！!？?、：:（）()]{{2,16}}?)(?:(?:{_ZH_ADVERBS}))*"
    rf"(?P<v>{_ZH_DOWN}|{_ZH_LESS})了?{_ZH_END}"  # "安卓端崩溃更少" as "…减少" (decision 5423)
)

_EN_UP = r"improve|increase|raise|grow|boost|lift|expand|accelerate|maximi[sz]e"
_EN_DOWN = r"reduce|decrease|cut|lower|shorten|minimi[sz]e|trim"
# (considerably, sharply, noticeably, markedly: the hedges _EN_MEASURE_FIRST already drops after
# the measure, dropped before or after it too; decision 5278)
_EN_ADVERBS = (
    r"significantly|substantially|dramatically|further|greatly|continuously|steadily"
    r"|considerably|sharply|noticeably|markedly"
)
_EN_HEDGE = r"(?:(?:try|strive|aim|attempt) to )?"
# "… by as much as possible": the "by" goes with the hedge (decision 1920)
_EN_TAIL = (
    r"(?: (?:by )?(?:as (?:much|far) as (?:possible|we can)|as soon as possible|where possible))?"
    r"[.!\s]*$"
)
_EN_VERB_FIRST = re.compile(
    rf"^{_EN_HEDGE}(?:(?:{_EN_ADVERBS}) )?(?P<v>(?:{_EN_UP}|{_EN_DOWN}))(?:e?s|e?d)?"
    rf"(?: (?:{_EN_ADVERBS}))? (?P<m>[^,;:]+?)(?: (?:{_EN_ADVERBS}))?{_EN_TAIL}",
    re.I,
)
_EN_MEASURE_FIRST = re.compile(
    rf"^(?P<m>[^,;:]+?)(?: (?:{_EN_ADVERBS}|much|a lot|considerably|sharply|noticeably))?"
    r" (?P<v>up|down|higher|lower|improves?|improved|increases?|increased|"
    r"goes up|going up|drops?|decreases?|decreased|(?:gets?|getting|becomes?) (?:better|higher)|"
    r"(?:gets?|getting|becomes?) (?:lower|shorter))[.!\s]*$",
    re.I,
)
# "better on time %", "fewer people stuck at ID verification": a comparative before the measure.
_EN_COMPARATIVE_FIRST = re.compile(
    # "Get more 5-star reviews" as "More 5-star reviews" (decision 5427)
    r"^(?:get )?(?P<v>better|higher|more|fewer|less|lower) (?P<m>[^,;:()]+?)[.!\s]*$",
    re.I,
)
_EN_FEWER = ("fewer", "less", "lower", "down", "drop", "drops")
_EN_MOVER_LEAD = re.compile(r"^(?:get|bring|push|drive|move|turn)\s+", re.I)
# "the number of library visits": a count is a measure whatever it counts (decision 5423).
_EN_COUNT_OF = re.compile(r"(?:the )?(?:total )?(?:number|count) of [a-z]", re.I)
_EN_MEASURE_WORDS = re.compile(
    r"\b(?:satisfaction|nps|enps|csat|rates?|ratio|scores?|ratings?|time|times|costs?|spend|"
    r"revenue|margins?|retention|conversion|coverage|share|utili[sz]ation|engagement|adoption|"
    r"accuracy|speed|latency|uptime|availability|throughput|yield|productivity|efficiency|"
    r"awareness|traffic|usage|arr|mrr|gmv|roi|pipeline|bookings|sign-?ups|days|hours)\b|%",
    re.I,
)
# "Reduce negative reviews", "reduce flaky tests": what a downward verb reduces is the measure.
_EN_DOWN_ANY = re.compile(
    rf"^{_EN_HEDGE}(?:(?:{_EN_ADVERBS}) )?(?P<v>(?:{_EN_DOWN}))(?:e?s|e?d)?"
    rf"(?: (?:{_EN_ADVERBS}))? (?P<m>(?:the )?(?:number of )?[^,;:()]+?)"
    rf"(?: (?:{_EN_ADVERBS}))?{_EN_TAIL}",
    re.I,
)
# A verb that makes a phrasal verb with the trailing direction ("Get the team GPA up", "Bring
# costs down"): it goes with the direction, or the rewrite reads "Raise get the team GPA from
# [baseline] to [target]" (decision 586).
_EN_PHRASAL_LEAD = re.compile(r"(?:get|push|bring|drive|move|pull|ramp)\s+", re.I)


def without_phrasal_lead(phrase: str) -> str:
    """The measure of "Get the team GPA up" without its verb: "team GPA"."""
    lead = _EN_PHRASAL_LEAD.match(phrase)
    return phrase[lead.end() :] if lead is not None and lead.end() < len(phrase) else phrase


_EN_VERBS_INSIDE = re.compile(rf"\b(?:{_EN_UP}|{_EN_DOWN}|and|or)\b", re.I)


@dataclass(frozen=True)
class Measure:
    start: int  # the region the rewrite replaces (item-local)
    end: int
    phrase: str  # the measure as the draft words it
    lower: bool  # the draft wants it lower
    verb: str | None  # the draft's own English verb, when it leads
    loose: bool = False  # whatever a downward verb reduces ("减少加班"), not a measure word
    pair: tuple[str, ...] = ()  # two measures named ("MTTA and MTTR"), each stated


# Verbs that want more of a count ("Increase partner referrals"); "Improve handoffs" wants
# them better, which is no count.
_EN_MORE_OF = re.compile(r"increase|grow|raise|boost|lift|expand", re.I)


def _en_counts_effort(phrase: str) -> bool:
    """Whether an English phrase counts efforts ("sales calls", "webinars"), not results."""
    effort = words("kr_activity_nouns", "en")
    return any(w in effort for w in re.findall(r"[a-z][a-z-]*", fold(phrase)))


def _before_owner_aside(item: Item, s: int, e: int) -> int:
    """Where the measure ends before the owner's bracket closing the wording: "Improve NPS (owner:
    Dana, by Jun 30)", "提升客户满意度（负责人：王强，6月30日前）" -> the end of "Improve NPS" / "提升客户满意度", so the
    skeleton follows the measure and the bracket stays after it (decision 5166); `e` when no
    owner's aside closes it. A date in the wording stays where it is (decision 896: "… in Q3 from
    [baseline] to [target]")."""
    ws, we = _wording_span(item)
    return we if ws <= s < we < e else e


# A span that may be the measure's own window rather than its deadline: "members who cancel
# within the first month", "patients readmitted within 30 days", "30天内再次就诊": it stays where
# the draft put it (decision 5278).
_WINDOW_LIKE = re.compile(r"^within\b|\bfirst\b|内$", re.I)


def own_measure(item: Item) -> Measure | None:
    """A key result that is only a direction and a measure the draft names itself: "提升客户满意度",
    "品牌知名度大幅提升", "Improve customer satisfaction", "eNPS up", "数据字典覆盖率". A label opening
    the wording stays where it is and the measure is read after it ("生产部：减少返工", "Customer
    Success: Improve NPS", "Nursing: …"; decision 5420)."""
    text = item.plain
    s, e = item.core_span
    ds = item.deadline_span
    if ds is not None and ds[0] <= s + 1 and ds[1] < e:
        s = ds[1]
        while s < e and (text[s].isspace() or text[s] in "，,：:"):
            s += 1
    owner = after_lead_label(text, s, e)
    found = _own_measure_at(item, owner, e)
    if found is None:
        label = after_lead_label(text, s, e, owners_only=False)
        if label != owner:
            found = _own_measure_at(item, label, e)
    return found


def _own_measure_at(item: Item, s: int, e: int) -> Measure | None:
    text = item.plain
    ds = item.deadline_span
    e = _before_owner_aside(item, s, e)
    if (
        ds is not None
        and s < ds[0] < e
        and not text[ds[1] : e].strip(" ，,;；.。")
        and not _WINDOW_LIKE.search(text[ds[0] : ds[1]])
    ):
        # "Improve patient satisfaction significantly by Sep 30": the date closing the wording
        # stays after the measure's skeleton, and the hedge before it goes ("… from [baseline]
        # to [target] by Sep 30", not "… significantly by Sep 30 from …"; decision 5278)
        e = ds[0]
        while e > s and text[e - 1] in " ，,":
            e -= 1
    wording = text[s:e]
    zh = item.language == "zh"
    patterns = (
        (_ZH_VERB_FIRST, _ZH_MEASURE_FIRST, _ZH_BARE, _ZH_DOWN_ANY, _ZH_BA, _ZH_DOWN_AFTER)
        if zh
        else (_EN_VERB_FIRST, _EN_MEASURE_FIRST, _EN_DOWN_ANY, _EN_COMPARATIVE_FIRST)
    )
    for pattern in patterns:
        m = pattern.match(wording)
        if m is None:
            continue
        falls = False
        phrase = m.group("m").strip()
        if not zh and pattern is _EN_MEASURE_FIRST:
            # "Get the team GPA up": the verb moves the measure, it is not part of its name
            phrase = _EN_MOVER_LEAD.sub("", phrase) or phrase  # (decision 570)
        if zh:
            phrase = re.sub(f"^(?:{_ZH_ADVERBS})+", "", phrase) or phrase  # "争取线上故障数量"
            rest = phrase.removeprefix("优化")
            if pattern is _ZH_BARE and rest != phrase and bad_events_complement(rest, "zh") is None:
                # "进一步优化详情页转化率": 优化 names no direction; the measure's own kind does
                # ("详情页转化率从[基线]提升到[目标值]", "平均处理时长从[基线]缩短到[目标值]", not
                # "优化…从[基线]提升到[目标值]"; decision 389)
                if _ZH_RISES.search(rest):
                    phrase = rest
                elif _ZH_FALLS.search(rest):
                    phrase, falls = rest, True
        if not zh and pattern is _EN_MEASURE_FIRST:
            phrase = without_phrasal_lead(phrase)  # "Get the team GPA up" (decision 586)
        verb = m.groupdict().get("v")
        # "More parents say homework is manageable": the people who say so (decision 2704)
        said = (
            people_say_at(phrase.lower(), 0)
            if pattern is _EN_COMPARATIVE_FIRST and (verb or "").lower() in ("fewer", "more")
            else None
        )
        any_object = pattern in (_EN_DOWN_ANY, _ZH_DOWN_ANY, _ZH_DOWN_AFTER) or (
            # "mezzanine pick errors down", "fewer people stuck …": whatever goes down
            pattern in (_EN_MEASURE_FIRST, _EN_COMPARATIVE_FIRST)
            and (verb or "").lower() in _EN_FEWER
        )
        pair = _named_pair(phrase, item.language)
        if pair is not None:
            pass  # "Reduce MTTA and MTTR": two measures the draft names, each stated
        elif not zh and (
            not (
                any_object
                or said is not None
                or _EN_MEASURE_WORDS.search(phrase)
                or _EN_COUNT_OF.match(phrase)
                or bad_events_complement(phrase, "en")
                # "Partner referrals up": a plural one counts, as kr-vague-wording reads it
                # (en_names_a_measure; decision 323)
                or (
                    (
                        pattern is _EN_MEASURE_FIRST
                        or (pattern is _EN_VERB_FIRST and _EN_MORE_OF.fullmatch(verb or ""))
                    )
                    and en_names_a_measure(phrase)
                    and not _en_counts_effort(phrase)
                )
            )
            or (said is None and _EN_VERBS_INSIDE.search(phrase))
        ):
            continue
        elif zh and re.search(f"{_ZH_UP}|{_ZH_DOWN}|和|及(?![格时])|并", phrase):
            # two measures, or a verb inside: not a plain measure; 及 inside 及格率, 及时率 joins
            # nothing (decision 662)
            continue
        lower = bool(verb) and bool(
            re.fullmatch(
                f"{_ZH_DOWN}|{_ZH_LESS}|{_EN_DOWN}|降下来|降下去|down|lower|drops?|decreases?|"
                "decreased|fewer|less|(?:gets?|getting|becomes?) (?:lower|shorter)",
                verb.lower(),
            )
        )
        lower = lower or falls
        if said is not None:
            # "Fewer students say science is boring": the share of them who say so, not "Cut
            # the number of students say …" (decision 2704)
            cut = said.end("who")
            phrase = f"the share of {phrase[:cut]} who{phrase[cut:]}"
        elif pattern is _EN_COMPARATIVE_FIRST and (verb or "").lower() == "fewer":
            acts = _people_act_at(phrase)
            if acts is not None:
                # "Fewer patients miss their appointments": "the number of patients who miss
                # their appointments", the people's own verb kept a clause (decision 3244)
                phrase = f"{phrase[:acts]} who{phrase[acts:]}"
            phrase = f"the number of {phrase}"  # "Cut the number of people stuck …"
        lead_verb = None
        if not zh and verb and pattern in (_EN_VERB_FIRST, _EN_DOWN_ANY):
            lead_verb = verb[:1].upper() + verb[1:].lower()
        return Measure(s, e, phrase, lower, lead_verb, any_object and pair is None, pair or ())
    return None


# People in the plural, then a word of theirs that is a present verb — nothing a preposition, a
# participle, a gerund or a noun ("staff injuries") — with what follows it (decision 3244):
# "patients miss their appointments", "pupils drop out", "members cancel within a month".
_EN_PEOPLE_ACT = re.compile(
    r"(?P<who>[a-z][a-z-]*s|people|staff)\s(?!(?:in|on|at|with|from|of|for|who|that|per|to|by|"
    r"over|under|than|overall|each|left|seen|kept|lost|sent|held|stuck|taken|given|found|made|"
    r"and|or|are|were|is|was|have|had|still|not)\b)(?P<v>[a-z][a-z'-]*)(?<!ing)(?<!ed)(?<!en)"
    r"(?<!ness)(?<!ment)(?<!tion)(?<!ity)(?<![^s]s)"
    r"(?=\s(?:their|the|a|an|to|out|up|on|in|before|after|within|back|behind|off|away|without|"
    r"more|at|for)\b|$)"
)


def _people_act_at(phrase: str) -> int | None:
    """Where a clause's verb starts after the people it follows ("patients| miss …"), or None."""
    m = _EN_PEOPLE_ACT.match(phrase.lower())
    if m is None or m.group("who") not in _people_words_en():
        return None
    return m.end("who")


@lru_cache(maxsize=1)
def _people_words_en() -> frozenset[str]:
    return frozenset((*words("objective_people", "en"), *words("people_served", "en")))


# Two measures joined ("MTTA and MTTR", "MTTA和MTTR"): each is a metric's name, an acronym
# ("MTTR", "CSAT") or a phrase ending on a measure word.
_PAIR_JOIN = {"en": re.compile(r" (?:and|&) ", re.I), "zh": re.compile(r"和|及|与|、|&")}
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,5}s?")
_ZH_MEASURE_END = re.compile(r"(?:率|度|量|数|额|值|时长|时间|周期|成本|得分|评分|[A-Z]{2,6})$")


def _named_pair(phrase: str, lang: str) -> tuple[str, str] | None:
    """The two measures of "MTTA and MTTR" / "MTTA和MTTR", when both are named; None otherwise
    (blind read 8: the draft's own names are restated, not asked about)."""
    parts = _PAIR_JOIN[lang].split(phrase)
    if len(parts) != 2:
        return None
    a, b = (p.strip() for p in parts)
    for part in (a, b):
        if not part or _EN_VERBS_INSIDE.search(part) or re.search(f"{_ZH_UP}|{_ZH_DOWN}", part):
            return None
        if _ACRONYM.fullmatch(part):
            continue
        if lang == "zh" and not _ZH_MEASURE_END.search(part):
            return None
        if lang == "en" and not _EN_MEASURE_WORDS.search(part):
            return None
    return a, b


def _bad_events_topic(phrase: str, lang: str) -> bool:
    """Whether the phrase speaks of a bad-events metric that has a positive complement, with
    no exact complement in its own words ("客服投诉", not "客户流失率")."""
    if bad_events_complement(phrase, lang) is not None:
        return False
    folded = fold(phrase)
    for m in outcomes.mentions(folded, lang):
        # The bad-events word must carry the phrase ("客服投诉"), not qualify a longer one
        # ("线上埋点丢失" is not inventory shrinkage).
        if 2 * len(m.term) < len(folded.replace(" ", "")):
            continue
        if any(outcomes.get(mid).bad_events and outcomes.get(mid).complement for mid in m.metrics):
            return True
    return False


# What a coach says when a specific topic of a bad-events metric is stated through that
# metric's exact positive side ("Reduce failed deploys" -> change success rate).
TOPIC_COMPLEMENT_NOTE = {
    "zh": "按比例算，“{bad}”就是“{bad_metric}”；“{metric}”是同一个数字，说的是要做成的事。",
    "en": "Counted as a share, “{bad}” is the {bad_metric}; {metric} is the same number, said "
    "as what to achieve.",
}


def topic_complement(phrase: str, lang: str) -> tuple[Outcome, Outcome] | None:
    """(the bad-events metric, its positive complement) when the phrase is carried by a
    specific topic of one bad-events metric whose complement is the same number ("failed
    deploys" -> change failure rate -> change success rate; decision 281); None otherwise. A
    one-word topic ("errors", "drop-off") is many functions' word and names none."""
    folded = fold(phrase).strip()
    for m in outcomes.mentions(folded, lang):
        specific = (" " in m.term or "-" in m.term) if m.term.isascii() else len(m.term) >= 3
        if m.is_name or not specific or len(m.metrics) != 1:
            continue
        if scoped_out(m.term, folded[: m.start], lang):
            continue  # "血液报废": no production line's scrap (decision 3871)
        if 2 * len(m.term) < len(folded.replace(" ", "")):
            continue  # the topic qualifies a longer phrase
        bad = outcomes.get(m.metrics[0])
        if outcomes.same_number(bad):
            return bad, outcomes.positive(bad)
    return None


# A qualifier before a Chinese topic ("大", "VIP", "核心", "企业"): letters, digits or up to four
# characters, no particle or verb in it.
_ZH_TOPIC_QUALIFIER = re.compile(r"[A-Za-z0-9]{1,8}|[\u4e00-\u9fff]{1,4}")
_ZH_NOT_QUALIFIER = re.compile(r"[的了与和及或将把被让减降少杜避控压防]")


def topic_complement_names(
    phrase: str, pair: tuple[Outcome, Outcome], lang: str
) -> tuple[str, str]:
    """(the bad-events metric's name, its complement's name) for `topic_complement`'s pair, with
    the qualifier the phrase puts before the topic kept in Chinese: "大客户流失" -> ("大客户流失率",
    "大客户留存率"), not the whole base's "客户留存率" (decision 5164). English phrases and a topic
    with nothing before it give the library's names."""
    bad, good = pair
    v = voice(lang)
    names = bad.name[v], good.name[v]
    if lang != "zh":
        return names
    head = good.name["zh"][:2]
    if not bad.name["zh"].startswith(head):
        return names
    at = phrase.find(head)
    qualifier = phrase[:at].strip() if at > 0 else ""
    if not _ZH_TOPIC_QUALIFIER.fullmatch(qualifier) or _ZH_NOT_QUALIFIER.search(qualifier):
        return names
    return qualifier + bad.name["zh"], qualifier + good.name["zh"]


def scoped_outcome_kr(phrase: str, pair: tuple[Outcome, Outcome], lang: str) -> str:
    """`outcome_kr` on the pair's complement, with the phrase's qualifier kept (decision 5164)."""
    text = outcome_kr(pair[1], lang)
    name = topic_complement_names(phrase, pair, lang)[1]
    plain = pair[1].name[voice(lang)]
    return name + text[len(plain) :] if lang == "zh" and text.startswith(plain) else text


@lru_cache(maxsize=1024)  # asked by several rewrites of one measure
def bad_events_complement(phrase: str, lang: str) -> str | None:
    """For a measure of bad events, the positive measure to state instead: the library's
    complement when the phrase names a bad-events metric ("regretted attrition" -> "employee
    retention rate"), else the word list's exact complement in the draft's own words ("客户流失率"
    -> "客户留存率"); None for any other measure."""
    folded = fold(phrase)
    for m in outcomes.mentions(folded, lang):
        # Only the metric's own name: a topic ("drop-off") may be another function's word
        # ("candidate drop-off" is not user churn).
        if len(m.metrics) == 1 and m.is_name and not scoped_out(m.term, folded[: m.start], lang):
            o = outcomes.get(m.metrics[0])
            if o.bad_events and o.complement and outcomes.same_number(o):
                return outcomes.positive(o).name[lang]
    return complement_in_words(phrase, lang)


def _lower_first(s: str) -> str:
    """'Raise …' -> 'raise …' mid-sentence; acronyms and names ('CSAT', 'eNPS') stay."""
    if len(s) > 1 and (s[1].isupper() or not s[0].isupper()):
        return s
    return s[:1].lower() + s[1:]


def _complement_measured(item: Item, phrase: str) -> bool:
    """Whether a sibling key result already measures the positive measure the bad events
    `phrase` names are restated through (`bad_events_complement`: "repeat contact rate" ->
    first-contact resolution, "重复来电" -> 一次解决率; decision 4023)."""
    complement = bad_events_complement(phrase, item.language)
    if complement is None:
        return False
    lib = outcomes.library()
    return any(
        sibling_measuring(item, lib[mid]) is not None
        for mid in outcomes.named_metrics(complement, item.language)
    )


def measure_text(item: Item, m: Measure, positive: bool = True) -> str:
    """The key result on the draft's own measure, stated positively (`positive`: through the
    complement of a bad-events measure, when it has one)."""
    lang = item.language
    if m.pair:
        if lang == "zh":
            return "，".join(measure_kr(p, lang, m.lower) for p in m.pair)
        return "; ".join(measure_kr(p, lang, m.lower, m.verb) for p in m.pair)  # _pair_split
    complement = bad_events_complement(m.phrase, lang) if positive else None
    if complement is not None:
        return measure_kr(complement if lang == "zh" else _lower_first(complement), lang, False)
    if lang == "zh":
        return measure_kr(_zh_counted(m.phrase) if m.loose else m.phrase, lang, m.lower)
    phrase = m.phrase if m.verb else _lower_first(m.phrase)
    return measure_kr(_en_share_named(_en_counted(phrase)), lang, m.lower, m.verb)


# A share named by a bare percent sign after its words ("on time %", "first pass %"): the
# rewrite names it as a rate ("the on-time rate"; blind read 17, rw-072; decision 896).
_EN_BARE_PERCENT = re.compile(r"^(?P<what>[A-Za-z][A-Za-z -]*?)\s*%(?P<rest>\s+\S.*)?$")
_EN_LINKED_MODIFIER = re.compile(r"^(?:on|in|at|first|same|next|right|one)\s+[a-z]+$", re.I)


def _en_share_named(phrase: str) -> str:
    """ "on time %" -> "the on-time rate"; any other phrase as it is."""
    m = _EN_BARE_PERCENT.match(phrase.strip())
    if m is None:
        return phrase
    what = m.group("what").strip()
    if _EN_LINKED_MODIFIER.match(what):
        what = what.replace(" ", "-")  # "on time" before a noun is "on-time"
    return f"the {what} rate{m.group('rest') or ''}"  # "on time % in Q3": the period stays


def _en_counted(thing: str) -> str:
    """A thing reduced, named with the measure it is counted in (rules/data/en/
    kr_loose_measures.txt: "discounting" -> "the average discount rate"; decision 370); the
    thing as it is when it is more than the listed word."""
    return mapping("kr_loose_measures", "en").get(thing.strip().lower(), thing)


PAIR_SPLIT_NOTE = {
    "zh": "两个指标，各有自己的基线和目标值：“{second}”另起一行，作为一条新的关键结果。",
    "en": "Two measures, each with its own baseline and target: “{second}” becomes a key result "
    "of its own on the next line.",
}


def lower_at(item: Item, start: int) -> bool:
    """Whether an English rewrite put at `start`, inside the wording, begins in lower case:
    after a time that leads ("By Q3, improve NPS …"), not after a label that keeps the draft's
    capital ("Customer Success: Improve NPS …", "HR — Raise …"; decision 5420)."""
    if start <= item.core_span[0]:
        return False
    return not (after_label(item, start) and item.text[start : start + 1].isupper())


def after_label(item: Item, pos: int) -> bool:
    """Whether `pos` opens the wording after a label and its colon or dash ("Sales: |Try to …",
    "HR — |Reduce …"): a sentence starts there, as at the item's start (decision 5420)."""
    before = item.text[item.core_span[0] : pos].rstrip()
    return bool(before) and (before.endswith((":", "：", "—", "–")) or before.endswith(" -"))


def _pair_split(item: Item, m: Measure, draft: Draft) -> Fix:
    """ "Reduce MTTA and MTTR significantly" as two key results, each measure with its own
    baseline and target: "Reduce MTTA from [baseline] to [target]" in place and "Reduce MTTR
    from [baseline] to [target]" on a line of its own below (decision 365; blind read 11: one
    pair of placeholders for two measures)."""
    first, second = (measure_kr(p, "en", m.lower, m.verb) for p in m.pair)
    if lower_at(item, m.start):
        first = _lower_first(first)
    return Fix(
        edits=[LocalEdit(m.start, m.end, first)],
        extra_edits=[(item.end, item.end, "\n" + new_line_label(item, draft) + second)],
        placeholders=placeholders_in(first),
        applicability="display-only",
        note=PAIR_SPLIT_NOTE[voice("en")].format(second=second),
    )


def _zh_counted(thing: str) -> str:
    """A thing reduced, named with the measure it is counted in (rules/data/zh/
    kr_loose_measures.txt: "重复代码" -> "代码重复率", "数据延迟" -> "数据延迟时长"); the thing as
    it is when no entry ends it or it already ends on a measure word."""
    if re.search(r"(?:率|度|量|数|额|值|时长|时间|天数|占比|比例)$", thing):
        return thing
    measures = mapping("kr_loose_measures", "zh")
    for key in keys_by_length("kr_loose_measures", "zh"):
        if thing.endswith(key):
            return thing[: len(thing) - len(key)] + measures[key]
    return thing


def _honest(choice: Choice) -> bool:
    """Whether the metric to state is the one the evidence found, or the same number said
    positively (churn -> retention); not a related other number (complaints -> satisfaction,
    outcomes.same_number)."""
    return choice.matched is choice.outcome or outcomes.same_number(choice.matched)


def _restated(item: Item, choice: Choice | None) -> bool:
    """Whether the item names a bad-events metric itself (its name, not a topic word such as
    "返工" or "drop-off") whose positive complement is the same number, so that the key result
    is that complement ("降低客户流失率" -> 客户留存率)."""
    return (
        choice is not None
        and choice.matched is not choice.outcome
        and choice.matched.id in outcomes.word_evidence(item).names
        and outcomes.same_number(choice.matched)
    )


def _hiring_itself(item: Item, choice: Choice | None) -> bool:
    """A hiring task ("招聘8名工程师", "完成2名品牌经理招聘", "Hire 2 CSMs") matched to the hiring
    process's own speed: the people are hired to move something else, which only the team can
    name. Work on the process itself ("优化招聘流程") keeps it."""
    return (
        choice is not None
        and choice.outcome.id in _HIRING_PROCESS
        and not _HIRING_PROCESS_WORDS.search(item.folded)
        and not _JOB_FAIR.search(item.folded)
    )


# A job fair is an event held, not hiring done: "举办校园招聘会3场", "Run 3 campus career fairs"
# count the fairs (kr-activity-count), and "这些人到岗后" asks about people nobody hired yet
# (decision 2726).
_JOB_FAIR = re.compile(r"招聘会|招聘宣讲|双选会|\b(?:job|career|hiring|recruiting) fairs?\b")


# Teams named with no article, taken onto a tool: "Onboard marketing and finance teams to dbt",
# "Onboard 3 product teams onto the design system" (decision 3224): a rollout, as with "the
# finance team" (1452); not "Onboard 10 engineers to the platform team" (hired into a team).
_EN_TEAMS_ONTO = re.compile(
    r"^(?:onboard|move|migrate|bring)\s+(?:\d+\s+)?(?:[a-z&-]+\s+){0,3}?(?:teams|squads|"
    r"departments)\s+(?:onto|on to|into|to)\s+(?!(?:the\s+|our\s+|a\s+|an\s+)?(?:[a-z0-9-]+\s+)"
    r"{0,2}?(?:teams?|squads?|departments?)\b)"
)


def _hiring(item: Item) -> bool:
    verb = item.facts.shape.verb
    if team_moved_onto(item):
        return False  # "Onboard the finance team onto the new ERP": a rollout (decision 1452)
    if item.language == "en" and _EN_TEAMS_ONTO.match(
        item.folded, after_owner_lead(item.plain, *item.core_span), item.core_span[1]
    ):
        return False  # "Onboard marketing and finance teams to dbt": a rollout (decision 3224)
    if (
        verb is not None
        and verb.cls == "hire"
        and any(a.start < verb.start for a in activity_counts(item))
    ):
        # "在社区张贴招募海报500张": an effort counted before the hiring word, which only says
        # what the posters are for; nobody is hired yet (decision 2881)
        return False
    if zh_brings_in_things(item):
        return False  # "引进一台CBCT": equipment brought in, nobody to arrive (decision 3040)
    return (verb is not None and verb.cls == "hire") or _hiring_itself(item, choose_memo(item))


# "Fill" adds people only when what it fills is a post: "Fill 2 open hygienist positions", "Fill
# the receptionist vacancy". "Fill last-minute cancellations from the standby list", "Fill the empty
# seats" fill slots with customers: nobody comes on board, and the advice does not ask what the
# hires bring (decision 5160). The reading keeps its verdict: only the advice changes.
_EN_FILLED_POST = re.compile(
    r"\b(?:roles?|positions?|posts?|vacanc(?:y|ies)|openings?|reqs?|requisitions?|headcount|"
    r"jobs?|hires?|seats? on the team|spots? on the team)\b"
)


def _hires(item: Item) -> bool:
    """`_hiring`, less an English "fill" whose object is no post (decision 5160). Read once per
    item and outcome choice (`_hiring` reads `choose`'s answer when it was asked already), kept
    in `item.facts.memo` (some three rules a review ask, issue 13)."""
    memo = item.facts.memo
    choice = choose_memo(item)
    kept = memo.get("outcome_hires")
    if kept is not None and kept[0] is choice:
        return kept[1]  # type: ignore[no-any-return]
    hires = _hires_read(item)
    memo["outcome_hires"] = (choice, hires)
    return hires


def _hires_read(item: Item) -> bool:
    if not _hiring(item):
        return False
    verb = item.facts.shape.verb
    if item.language != "en" or verb is None or verb.word != "fill":
        return True
    return _EN_FILLED_POST.search(item.folded, verb.end, item.core_span[1]) is not None


def choose_memo(item: Item) -> Choice | None:
    """`choose`'s answer when it was already asked for this item, else None."""
    return item.facts.memo.get("outcome_choice")  # type: ignore[return-value]


_HIRING_PROCESS = frozenset({"time-to-fill"})
HIRING_PROCESS = _HIRING_PROCESS  # read by coach.examples (decision 5165)


def hire_asked(item: Item) -> bool:
    """Whether the advice asks about the item as people hired ("once they are on board, which
    number gets better?"): a hire outside a staffing objective (decisions 137, 5160)."""
    return item.kind == "kr" and _hires(item) and not staffing_objective(item)


# "目标1、", "Objective 2:", "O3." before an objective's wording: not part of its aim.
_OBJECTIVE_LABEL = re.compile(r"^(?:目标|objective|obj|o)\s*\d{0,2}\s*[、:：.．)）]\s*", re.I)
_AIM_MAX = {"zh": 30, "en": 80}  # longer objectives are not quoted whole in a question
_AIM_END = "!！。.?？~～…"
# Emoji and pictographs ("🔥", "✅") are decoration, not the aim's words.
_NOT_WORDING = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\ufe0f]")
_BRACKET_END = re.compile(r"[（(][^（）()]*[）)][\s!！。.]*$")
# A short team or period name before a colon ("数据组Q1：", "Platform team:").
# Not a time of day: "Make the 7:40 crossing …" keeps its "7:" (decision 1681).
_TEAM_PREFIX = re.compile(r"^[^:：，,。.“”\"]{1,10}[:：](?!(?<=\d:)\d)\s*")


def objective_aim(item: Item) -> str | None:
    """The wording of the item's objective to quote in a question, when the objective says
    what it aims at: in the item's language, not vague ("做好本职工作", "Execute better"), not
    a bare topic name ("现场", "Sales"), short enough to quote; without its label, grade,
    owner or trailing exclamation. None otherwise."""
    memo = item.facts.memo
    if "objective_aim" not in memo:
        memo["objective_aim"] = _objective_aim(item)
    return memo["objective_aim"]  # type: ignore[return-value]


def _objective_aim(item: Item) -> str | None:
    from rules._objective_text import is_vague

    objective = item.objective if item.kind == "kr" else None
    if objective is None or objective.language != item.language:
        return None
    s, e = objective.core_span
    grade = grade_tail(objective.plain)
    if grade is not None and s < grade < e:
        e = grade
    # `plain`: the owner and other annotations blanked ("Improve X — owner: Sana" -> "Improve X")
    aim = " ".join(_NOT_WORDING.sub(" ", without_progress(objective.plain[s:e])).split())
    aim = _OBJECTIVE_LABEL.sub("", aim)
    prefix = _TEAM_PREFIX.match(aim)
    if prefix is not None and len(aim) - prefix.end() >= 6:
        aim = aim[prefix.end() :]  # "数据组Q1：让数据需求的等待时间减半"
    aim = _BRACKET_END.sub("", aim)  # "（权重 40%）", "(Q4)", "（对齐部门O1）"
    aim = aim.strip().rstrip(_AIM_END + " -–—|｜:：,，;；").strip()
    lang = item.language
    if lang == "zh":
        big_enough = sum(1 for c in aim if "\u4e00" <= c <= "\u9fff") >= 4
    else:
        big_enough = len(re.findall(r"[A-Za-z]+", aim)) >= 2
    if not big_enough or len(aim) > _AIM_MAX[lang] or "“" in aim or "”" in aim:
        return None
    if is_vague(objective):
        return None
    return aim


def examples_text(item: Item, hiring: bool) -> str:
    """The ", for example A, B or C" of a question: the metrics it may name
    (outcomes.question_candidates), or "" when none is solid. A hiring question leaves out the
    hiring process's own speed: the people are hired to move something else."""
    if _several_named(item) or _personal_todo(item):
        # The metrics named are what the work is done on; a book to read or a course to finish
        # says nothing about which number it serves.
        return ""
    found = outcomes.question_candidates(item, leave_out=_HIRING_PROCESS if hiring else frozenset())
    lang = item.language
    built = _processes_built(item)
    found = tuple(o for o in found if not (o.bad_events and o.id in built))
    taught = _teaching_topic_start(item)
    if taught is not None:
        # "Give 2 internal tech talks (one on our SLO tooling)": the talk's subject is no
        # number the talk moves (blind read 8); a metric needs words outside the subject, or
        # the objective's naming it outright.
        outside = {mid for m in outcomes.mentions(item.folded[:taught], lang) for mid in m.metrics}
        if item.objective is not None:
            named = outcomes.mentions(item.objective.folded, lang)
            outside |= {mid for m in named if m.is_name for mid in m.metrics}
        found = tuple(o for o in found if o.id in outside)
    # Bad events are named by their positive side: "which number gets better, for example
    # 升级率" read as a number to push up (blind read 6).
    # The question is said to the person: its examples in the same language (rule_api.voice).
    lang = voice(lang)
    names = list(dict.fromkeys(outcomes.positive(o).short_name(lang) for o in found))
    if not names:
        return ""
    listed = names[0]
    if len(names) > 1:
        listed = EXAMPLES_SEP[lang].join(names[:-1]) + EXAMPLES_OR[lang] + names[-1]
    return EXAMPLES_LEAD[lang] + listed


# A bad event's word that names a process the work builds ("建立投诉升级机制", "Set up an
# escalation path"): the work makes that process; its bad-events metric ("无需升级即解决的工单
# 占比") is no example of what it moves (blind read 8).
_PROCESS_AFTER = {
    "zh": re.compile(r"(?:机制|流程|制度|通道|渠道|规范|预案)"),
    "en": re.compile(r"\s?(?:process|procedure|path|policy|playbook|workflow|channel)s?\b"),
}


def _processes_built(item: Item) -> frozenset[str]:
    """The metrics whose every mention in the item names a process (see _PROCESS_AFTER)."""
    lang = item.language
    folded = item.folded
    process: set[str] = set()
    other: set[str] = set()
    for m in outcomes.mentions(folded, lang):
        names_process = _PROCESS_AFTER[lang].match(folded, m.end) is not None
        (process if names_process else other).update(m.metrics)
    return frozenset(process - other)


# Sharing what one knows ("tech talks", "workshop", "分享会", "讲座"): the words after it name
# the subject taught, not a number the sharing moves.
_TEACHING = {
    "en": re.compile(
        r"\b(?:talks?|presentations?|brown[- ]bags?|lunch[- ]and[- ]learns?|lectures?|"
        r"workshops?|blog posts?|articles?)\b",
        re.I,
    ),
    "zh": re.compile(r"分享会?|讲座|技术沙龙|公开课"),
}


def _teaching_topic_start(item: Item) -> int | None:
    """Where the subject of a talk or a workshop starts in the item (just after the word that
    names the sharing); None when the item shares no knowledge."""
    found = _TEACHING[item.language].search(item.folded)
    return found.end() if found is not None else None


def question(item: Item, hiring: bool = False) -> str:
    """What a coach asks when the draft does not say which number the work serves: the
    objective it serves when that says its aim, and the library's metrics that fit, when any
    do; the plain QUESTION otherwise."""
    key = f"outcome_question_{hiring}"
    memo = item.facts.memo
    if key not in memo:  # once per item: an item with many activity clauses asks once
        memo[key] = _question(item, hiring)
    return memo[key]  # type: ignore[return-value]


# One hire ("Hire 1 more data platform engineer", "招1名产品经理"): the hiring question speaks of
# one person (blind read 4: "These hires" for a single hire).
_ONE_HIRE = re.compile(
    r"\b(?:hire|hiring|recruit|recruiting|onboard|add|bring on|backfill)\s+(?:1|one|a|an)\b"
    r"|(?<![0-9一二三四五六七八九十])[1一]\s*(?:名|位|个)",
    re.I,
)
_ONE_HIRE_WORDS = {
    "en": (
        ("These hires serve", "This hire serves"),
        ("these people are", "this person is"),
        ("once they are on board", "once this person is on board"),
    ),
    "zh": (("这些人到岗后", "这个人到岗后"),),
}


# "Hire EMEA SE", "Backfill the support lead by March": one role named with no count.
_EN_HIRE_ROLE = re.compile(
    r"^(?:hire|recruit|backfill|bring on|onboard)\s+(?:the\s+|our\s+|a\s+new\s+)?"
    r"(?P<who>[A-Za-z][A-Za-z&/ -]{1,40}?)\s*(?:$|\b(?:by|in|for|before|to|from|at)\b|[(,;])",
    re.I,
)
_EN_MANY = re.compile(r"\b(?:and|two|three|four|five|several|some|more|few|team|staff)\b", re.I)


def _en_one_named(item: Item) -> bool:
    """An English hire of one role with no count ("Hire EMEA SE"): its last word is not a
    plural ("SEs", "engineers"), and nothing says more than one (blind read 7)."""
    if item.language != "en":
        return False
    s, e = item.core_span
    m = _EN_HIRE_ROLE.match(item.plain, s, e)
    if m is None or _EN_MANY.search(m.group("who")):
        return False
    last = m.group("who").split()[-1]
    return not (last.lower().endswith("s") and not last.lower().endswith("ss"))


def serves_objective(item: Item) -> bool:
    """Whether the words say that the key result's work and its objective share a topic: the
    library's metrics they agree on (outcomes.question_candidates), or a shared content word,
    domain or linked domain (coach/facts/topics.py). Only then may a question say that the work
    serves the objective."""
    from coach.facts import topics

    memo = item.facts.memo
    if "outcome_serves" not in memo:  # once per item: an item may hold many activity clauses
        objective = item.objective if item.kind == "kr" else None
        memo["outcome_serves"] = objective is not None and (
            bool(outcomes.question_candidates(item, limit=1))
            or topics.relation(topics.profile(objective), topics.profile(item)) == "related"
        )
    return memo["outcome_serves"]  # type: ignore[return-value]


def asserts_objective(item: Item) -> bool:
    """Whether the item's question says that its work serves its objective."""
    return objective_aim(item) is not None and serves_objective(item)


def _question(item: Item, hiring: bool) -> str:
    lang = voice(item.language)  # a question to the person: the interface's language
    examples = examples_text(item, hiring)
    aim = objective_aim(item)
    if aim is not None and not hiring and _objective_is_the_work(item):
        text = WORK_OBJECTIVE_QUESTION[lang].format(aim=aim, examples=examples)
    elif (
        aim is not None
        and not hiring
        and not serves_objective(item)
        and _objective_is_a_project(item)
    ):
        # "Finish the Kubernetes migration" over "Decommission the old Jenkins box": which of
        # the objective's numbers the work moves is circular when the objective is itself a
        # project (blind read 9; decision 223).
        text = WORK_OBJECTIVE_QUESTION[lang].format(aim=aim, examples=examples)
    elif aim is not None and not serves_objective(item):
        template = (HIRING_QUESTION_WHICH if hiring else QUESTION_WHICH)[lang]
        text = template.format(aim=aim)
    elif aim is not None:
        template = (HIRING_QUESTION_FOR if hiring else QUESTION_FOR)[lang]
        text = template.format(aim=aim, examples=examples)
    elif examples:
        template = (HIRING_QUESTION_EXAMPLES if hiring else QUESTION_EXAMPLES)[lang]
        text = template.format(examples=examples)
    else:
        text = (HIRING_QUESTION if hiring else QUESTION)[lang]
    who = _recruited_non_staff(item) if hiring else None
    if who is not None:
        for staff, other in _NON_STAFF_WORDS[lang]:
            text = text.replace(staff, other.format(who=who))
    elif hiring and (_ONE_HIRE.search(item.plain) or _en_one_named(item)):
        for many, one in _ONE_HIRE_WORDS[lang]:
            text = text.replace(many, one)
    return text


# Recruiting people who do not join as staff ("校园大使招募200名", "Recruit 30 volunteers"): they
# are in place, not on board, and the work is recruiting, not a hire (blind read 8).
_NON_STAFF_WORDS = {
    "zh": (("这些人到岗后", "这些{who}到位后"), ("这次招聘", "这次招募")),
    "en": (
        ("These hires serve", "This recruiting serves"),
        ("once they are on board", "once these {who} are in place"),
        ("Once these people are on board", "Once these {who} are in place"),
        ("the hire belongs", "the recruiting belongs"),
    ),
}


def _recruited_non_staff(item: Item) -> str | None:
    """The people recruited when they are not staff (rules/data/<lang>/
    kr_recruited_non_staff.txt): "大使" in "校园大使招募200名", "volunteers"; None otherwise."""
    lang = item.language
    found = find_terms(item.folded, words("kr_recruited_non_staff", lang), lang)
    if not found:
        return None
    word = found[0][2]
    if lang == "zh":
        return word[-2:] if word.endswith("大使") else word
    return word if word.endswith("s") else word + "s"


# An objective that is itself the work ("MES系统上线", "Launch the partner portal") above a key
# result doing that work: asking which of its numbers the work moves is circular (blind read
# 7); the question asks what the work is for.
WORK_OBJECTIVE_QUESTION = {
    "zh": "目标“{aim}”本身就是一项工作：它做成以后，业务上哪个数字会变好{examples}？"
    "把那个数字连同基线和目标值写成关键结果，目标也可以改写成它要带来的改变。",
    # not "which number in the business": a thesis, a school or a council office has none
    # (decision 2170); 业务 in Chinese is any line of work and stays
    "en": "The objective “{aim}” is itself the work: once it is done, which number gets "
    "better{examples}? Write that number, with its baseline and target, as the key result; "
    "the objective can say the change it should bring.",
}
_WORK_CLASSES_OF_OBJECTIVE = frozenset({"launch", "complete"})
_FUNCTION_WORDS = frozenset({"the", "our", "and", "for", "new", "all", "with", "from", "into"})
_CONTENT_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]+|[\u4e00-\u9fff]{2,}")


def _objective_is_work(item: Item) -> bool:
    """Whether the item's objective, in the item's language, is a launch or a completion
    ("MES系统上线", "Finish the Kubernetes migration"): a project, not a change it brings."""
    objective = item.objective
    if objective is None or objective.language != item.language:
        return False
    if item.language == "en" and _STANDARD_KEPT.search(objective.text.lower()):
        # "Deliver every order when we promised", "Finish projects on time and on budget": a
        # standard kept on every piece of work, an outcome, not one project (decision 2701)
        return False
    classes = verb_classes(item.language)
    return any(classes.get(t.text.lower()) in _WORK_CLASSES_OF_OBJECTIVE for t in objective.tokens)


# A standard every piece of work meets: each one, on time, as promised, right first time.
_STANDARD_KEPT = re.compile(
    r"\b(?:every|each)\b|\bon (?:time|budget|schedule)\b|\bas (?:promised|agreed)\b"
    r"|\bwhen (?:we|they|you) (?:promised|said)\b|\bthe first time\b|\bfirst[- ]time[- ]right\b"
    # "Deliver to backers without delays", "Deliver translations clients don't need to correct":
    # the work done with no fault of a kind, or so that those served need not redo it (3206)
    r"|\bwithout (?:any )?(?:delays?|errors?|mistakes?|defects?|rework|corrections?|surprises?"
    r"|damages?|breakages?|complaints?|incidents?|injur(?:y|ies)|accidents?)\b"
    r"|\b(?:don[’']?t|do not|doesn[’']?t|does not|never|won[’']?t) (?:need|have) to\b"
    # "Finish the semester strong", "End the season on a high": how well a stretch of the
    # writer's own ends, no project (decision 5275)
    r"|\b(?:strong|strongly|on a high)\b"
)


def _objective_is_a_project(item: Item) -> bool:
    """Whether the item's objective opens with a completion verb ("Finish the Kubernetes
    migration", "完成品牌升级") or, in Chinese, ends with a launch ("MES系统上线"): a project to
    finish, whose numbers a task under it cannot be asked about. Not an aim that merely holds
    such a verb ("Ship it right the first time", "让新同学两周内提交第一个 PR 上线")."""
    objective = item.objective
    if not _objective_is_work(item) or objective is None:
        return False
    classes = verb_classes(item.language)
    tokens = [t.text.lower() for t in objective.tokens if re.search(r"\w", t.text)]
    if not tokens:
        return False
    if classes.get(tokens[0]) == "complete":
        return True
    return (
        item.language == "zh"
        and classes.get(tokens[-1]) == "launch"
        and tokens[0] not in ("让", "把", "使")
        and len(tokens) <= 6
    )


def _objective_is_the_work(item: Item) -> bool:
    """Whether the item's objective is a launch or a completion ("MES系统上线") whose other
    words the item repeats ("3月15日前完成MES一期上线"): the item does the objective's work."""
    objective = item.objective
    if objective is None or not _objective_is_work(item):
        return False
    classes = verb_classes(item.language)
    tokens = [t.text.lower() for t in objective.tokens]
    words_ = {
        t
        for t in tokens
        if _CONTENT_WORD.fullmatch(t) and classes.get(t) is None and t not in _FUNCTION_WORDS
    }
    shared = {w for w in words_ if w in item.folded}
    return bool(shared) and 2 * len(shared) >= len(words_)


_HIRING_PROCESS_WORDS = re.compile(r"流程|周期|速度|效率|process|time|speed|faster|funnel", re.I)


def _several_named(item: Item) -> bool:
    """Whether the task names a metric among others ("核心指标（DAU、GMV、转化率等）口径统一"): the
    metrics are what the work is done on, not the one result it serves."""
    memo = item.facts.memo
    if "outcome_several_named" not in memo:
        found = outcomes.mentions(item.folded, item.language)
        strong = {m.term for m in found if outcomes.weight(m) >= outcomes.STRONG_WEIGHT}
        memo["outcome_several_named"] = any(m.is_name for m in found) and len(strong) >= 2
    return memo["outcome_several_named"]  # type: ignore[return-value]


# An objective that is itself about staffing ("9月旺季前把人配齐", "Hire the 45 people the plan
# says we need", "Grow the design team"): asking which number gets better once the people join is
# circular (blind read 5).
_STAFFING_OBJECTIVE = re.compile(
    r"\b(?:hire|hires|hiring|recruit\w*|staff(?:ed|ing)?|headcount)\b"
    r"|\bgrow (?:the |our |my )?(?:\w+ ){0,2}team\b"
    r"|招聘|招募|招齐|配齐|人手|编制|到岗|扩招|扩编|补齐人"
)
# A hire count with no verb ("45 hires (30 eng, 8 GTM, 7 G&A)").
_HIRES_NOUN = re.compile(r"^\d[\d,]*\s+(?:new\s+)?hires\b", re.I)
# Under an objective that is itself about staffing, "once they are on board, which number
# gets better?" is circular (blind read 5), and the people "started and onboarded" is still
# headcount, a task by PRINCIPLES.md (blind read 6): the coach asks for how well the hiring
# goes instead — the recruiting outcomes a staffing objective is measured by (decision 171).
STAFFING_QUESTION = {
    "zh": "这个目标本身就是把人配齐：关键结果写招聘做得怎么样，例如岗位平均到岗周期、录用接受率"
    "或新人试用期通过率，写出基线和目标值；要招的人数放进行动计划。",
    "en": "Staffing is this objective's own aim: measure how well the hiring goes, for example "
    "time to fill, offer acceptance rate or new hires through probation, with a baseline and "
    "target; keep the number of people to hire in the plan.",
}


# Onboarding people who have joined ("Onboard new hires within 2 weeks", "新员工入职培训"): work
# to do, but not hiring; its result is how soon the new people do the work, not how the hiring
# goes (blind read 17, rw-181; decision 891).
ONBOARDING_QUESTION = {
    "zh": "入职引导的结果是新人尽快上手：关键结果写新人多快能独立产出，例如新人"
    "首次独立交付工作所需的天数，或入职30天内能独立上岗的新人比例，写出基线和目标值；入职安排本身放进"
    "行动计划。",
    "en": "Onboarding is about how soon new people do the work: measure that, for example the days from start date to a new hire's first shipped work, or the share "
    "of new hires working on their own by day 30, with a baseline and target; keep the "
    "onboarding steps in the plan.",
}
_ONBOARDING = {
    "en": re.compile(
        r"^(?:onboard(?:ing)?|ramp(?: up)?)\s+(?:(?:the|our|all|every|each|\d+)\s+)?"
        r"(?P<new>new\s+)?(?P<who>[a-z][\w-]*)"
    ),
    "zh": re.compile(r"入职培训|入职引导|新人带教|新员工培训|新人培训"),
}
# Those onboarded who are no staff: customers, partners, the users of a product.
_EN_NOT_STAFF = re.compile(
    r"(?:customer|client|user|partner|merchant|vendor|supplier|account|seller|tenant|brand|"
    r"school|store|shop|restaurant|developer|member|patient|student|guest|buyer|dealer|"
    r"reseller|org|organi[sz]ation|compan(?:y|ie)|team|logo)s?$"
)


def onboarding(item: Item) -> bool:
    """Whether the key result is onboarding of people who joined, not hiring them (891): "Onboard
    new cooks within 10 days", "新员工入职培训"; not "Onboard 40 new merchants" (customers won)."""
    s, e = item.core_span
    if item.language == "zh":
        return _ONBOARDING["zh"].search(item.folded, s, e) is not None
    start = after_owner_lead(item.plain, s, e)
    m = _ONBOARDING["en"].match(item.folded[start:e])
    if m is None:
        return False
    who = m.group("who")
    if who in ("hires", "hire", "joiners", "starters") or who in word_set("kr_staff_nouns", "en"):
        return True
    # "Onboard new cooks": people who joined; not "Onboarding checklists" (things made)
    return m.group("new") is not None and not _EN_NOT_STAFF.match(who)


def staffing_objective(item: Item) -> bool:
    """Whether the key result's objective is itself about staffing (_STAFFING_OBJECTIVE)."""
    objective = item.objective if item.kind == "kr" else None
    if objective is None:
        return False
    memo = objective.facts.memo
    if "staffing_objective" not in memo:  # once per objective
        memo["staffing_objective"] = bool(_STAFFING_OBJECTIVE.search(objective.folded))
    return memo["staffing_objective"]  # type: ignore[return-value]


# Routine work done on a cadence and on time ("Submit weekly KPI deck on time", "每月按时提交报表"):
# business as usual, not effort counted nor a task to put in the plan (blind read 9).
_ON_TIME = {
    # ... or by a fixed day of each period ("by the 10th every month", "每月5号前"; decision 325)
    # "5月31日前" is one date, not a day of each month (decision 1135)
    "zh": re.compile(r"按时|准时|按期|及时|(?<!\d月)(?<!\d月\s)(?<!\d)\d{1,2}\s?[日号]前"),
    "en": re.compile(
        r"\bon[- ]time\b|\bon schedule\b|\bby the due date\b|\bby the \d{1,2}(?:st|nd|rd|th)\b",
        re.I,
    ),
}
# An honour others award ("拿到公司“年度最佳团队”", "Win the regional Store of the Year award"):
# a result won, not work to do, and not the team's alone to decide (blind read 12, rw-013;
# decision 431). Asked which number shows the team deserves it; the honour may stay beside it.
HONOUR_QUESTION = {
    "zh": "“{what}”是别人评出的结果，不是要做的工作，但拿不拿得到不全由团队决定。哪个数字能说明团队配得上它？"
    "把那个数字连同基线和目标值写成关键结果；这项荣誉可以留在旁边，作为达成目标的佐证。",
    "en": "“{what}” is a result others award, not work to do, but winning it is not the team's "
    "call alone. Which number shows the team deserves it? Write that number with its baseline "
    "and target as the key result; the honour can stay beside it as evidence.",
}
_HONOUR = {
    "zh": re.compile(
        r"(?:拿到|拿下|获得|获评|荣获|赢得|评上|评为|当选|入选)[^，,。；;]{0,20}?"
        r"(?:奖|最佳|优秀|标兵|称号|先进|冠军|金牌|示范)"
    ),
    "en": re.compile(
        r"\b(?:win|get|earn|receive|be named|named)\b[^,;.]{0,50}?"
        r"\b(?:award|prize|of the year|best place to work)\b",
        re.I,
    ),
}


def honour_won(item: Item) -> bool:
    """Whether the item's wording is an honour others award ("拿到公司“年度最佳团队”")."""
    s, e = item.core_span
    return _HONOUR[item.language].search(item.text, s, e) is not None


# Said as the question it is (Fix.asks; blind read 17, rw-067: advice prose in the rewrite
# slot read as text to paste; decision 894).
ROUTINE_QUESTION = {
    "zh": "“{what}”这个周期确实要改变吗（例如常常延误）？如果要，写出能说明这个改变的数字，以及它的基线和"
    "目标值；如果不用，它是日常工作，照常做好即可，关键结果换成目标真正要改变的那个结果。",
    "en": "Does “{what}” have to change this cycle (is it often late, say)? If so, write the "
    "number that shows the change, with its baseline and target; if not, it is business as "
    "usual: keep doing it, and write the result the objective needs as the key result.",
}


def routine_on_time(item: Item) -> bool:
    """Whether the key result is routine work on a cadence, done on time ("Submit weekly KPI
    deck on time", "每月按时提交报表"; decision 283)."""
    s, e = item.core_span
    return cadence(item) is not None and bool(_ON_TIME[item.language].search(item.text, s, e))


# A task whose objective already has a measured key result about the same thing ("梳理各岗位入职
# 培训材料" beside "新员工30天内通过岗位考核的比例从60%提升到85%"): the work is how that key result
# moves, so the coach says so rather than guessing another metric (decision 324).
SIBLING_QUESTION = {
    "zh": "这项工作是为了推动关键结果“{kr}”吗？如果是，把它放进那条关键结果的行动计划；"
    "如果它要推动的是别的数字，把那个数字连同基线和目标值写成关键结果。",
    "en": "Is this work how the key result “{kr}” moves? If so, keep it in the plan under that "
    "key result; if it moves another number, write that number, with its baseline and "
    "target, as the key result.",
}
_SIBLING_MAX = {"zh": 40, "en": 100}  # longer key results are not quoted whole
_WORK_KINDS = frozenset({"task", "activity", "milestone"})


_HAN_WORD = re.compile(r"[\u4e00-\u9fff]+")
# A word after these says when the key result is counted, not what it is about.
_EN_WHEN = frozenset({"through", "during", "before", "after", "until", "till", "throughout"})


# In a measured key result, what follows "N% of" or "at"/"across" once its measure is named
# ("Customer complaints under 2% of visits", "Out-of-stock items at the counter") is the
# population or the place it is counted over, not what it measures (decision 2900).
_EN_OVER = frozenset({"at", "across", "per"})
# The same in Chinese: "每家门店出餐时间", "每千次配送投诉数", "每位客户等待时长" name what each count
# is taken over (a store, a thousand deliveries, a client), not the measure; "每月", "每周" say when
# (decision 3640). A 每-word that holds its noun ("每家店", "每人") is skipped alone; one that
# ends in a classifier or a number ("每家", "每位", "每") also skips the numbers and the noun after.
_ZH_PER_WHEN = frozenset("月周天日年季晚班轮次") | {"季度", "小时", "分钟", "学期", "财年"}
_ZH_PER_OPEN = frozenset("个位名家张台件辆间所条座项笔户千百万十")
_ZH_NUMBER_UNIT = re.compile(r"[0-9千百万十亿]+[个位名家张台件辆间所条座项笔户次单床人元]?")


def _content_words(item: Item, measure_only: bool = False) -> set[str]:

    lang = item.language
    common = words("kr_sibling_common_words", lang)
    e = item.core_span[1]
    s = after_owner_lead(item.plain, lead_position(item), e)  # not the owner before a colon
    out: set[str] = set()
    before = ""
    over = False  # inside a Chinese 每-phrase: the numbers and the noun it is counted over
    for t in item.tokens:
        if t.start < s or t.end > e:
            continue
        w = t.text.lower()
        if measure_only and lang == "zh":
            if over:
                over = bool(_ZH_NUMBER_UNIT.fullmatch(w))  # "千次": still before the noun
                continue
            if w.startswith("每") and w[1:] not in _ZH_PER_WHEN:
                over = w == "每" or w[-1] in _ZH_PER_OPEN  # "每家门店": the noun follows
                continue  # "每家店": the population itself (decision 3640)
        if measure_only and out and lang == "en":
            share_of = w == "of" and (before == "%" or before.isdigit())
            if share_of or w in _EN_OVER:
                break  # the population or place, after the measure (decision 2900)
        when = before in _EN_WHEN
        if not (when and w in ("the", "this", "our", "each", "every")):
            before = w  # "through the holidays": the article keeps the time word's reach
        if when:
            continue  # "… through peak", "before launch": when, not what (decision 366)
        if lang == "en":
            w = w[:-1] if len(w) > 4 and w.endswith("s") and not w.endswith("ss") else w
            if len(w) < 4 or not w.isalpha():
                continue
        elif len(w) < 2 or not _HAN_WORD.fullmatch(w):
            continue
        if w not in common:
            out.add(w)
    return out


def measured_sibling(item: Item) -> Item | None:
    """The objective's measured key result that this task shares words with, or None: a key
    result with a number that reads as a result (not work), quoted whole in the question."""
    memo = item.facts.memo
    if "measured_sibling" not in memo:  # once per item: a rule asks it for every span
        memo["measured_sibling"] = _measured_sibling(item)
    return memo["measured_sibling"]  # type: ignore[return-value]


def _measured_sibling(item: Item) -> Item | None:
    from rules._result_shape import reading

    objective = item.objective
    if objective is None or _hires(item) or reading(item).kind not in _WORK_KINDS:
        return None  # a hire has its own question (decision 137); a change is no work
    mine = _content_words(item)
    best: tuple[int, Item] | None = None
    for sib in objective.key_results:
        if sib is item or not sib.facts.measurable or reading(sib).kind != "result":
            continue
        s, e = sib.core_span
        if e - s > _SIBLING_MAX[item.language]:
            continue
        shared = len(mine & _content_words(sib, measure_only=True))
        if shared and (best is None or shared > best[0]):
            best = (shared, sib)
    return None if best is None else best[1]


def sibling_measuring(item: Item, outcome: Outcome) -> Item | None:
    """The objective's other key result that already measures `outcome` — names it, or the
    bad events it is the same number as, by any of its names (coach.facts.outcomes.
    named_metrics: "First contact resolution from 61% to 75%", "FCR", "首问解决率"), with a
    number — or None. A rewrite into that metric would write the sibling twice, with
    placeholders where the sibling has figures (decision 4023, the twin of 3225 and 3642)."""
    objective = item.objective
    if objective is None or item.kind != "kr":
        return None
    lib = outcomes.library()
    for sib in objective.key_results:
        if sib is item or not sib.facts.measurable:
            continue
        ks, ke = sib.core_span
        for mid in outcomes.named_metrics(sib.text[ks:ke], sib.language):
            o = lib[mid]
            if mid == outcome.id or (
                outcomes.same_number(o) and outcomes.positive(o).id == outcome.id
            ):
                return sib
    return None


def _sibling_fix(item: Item, sibling: Item, cs: int, ce: int) -> Fix:
    """The question whether the work is how the sibling key result moves (SIBLING_QUESTION)."""
    ks, ke = sibling.core_span
    kr = sibling.text[after_owner_lead(sibling.plain, ks, ke) : ke]
    return ask_fix(
        item,
        SIBLING_QUESTION[voice(item.language)].format(kr=kr),
        note("ask-plain", item.language, quoted(item, cs, _tail_end(item, ce))),
    )


@_once_per_item
def outcome_fix(item: Item, draft: Draft, start: int, end: int, task: str) -> Fix:
    """Replace [start, end) — a task or an activity — with the outcome it serves, or with the
    question of which number it should move when the draft does not say (Fix.asks)."""
    lang = item.language
    speed = speed_fix(item, start, _tail_end(item, end))
    if speed is not None:
        return speed  # "Answer tickets faster": the time of that work (decision 278)
    within = within_share_fix(item)
    if within is not None:
        return within  # "Patch all critical CVEs within SLA": the share done in time (364)
    if routine_on_time(item):
        # "每月按时提交报表": business as usual, said as such (decision 283)
        what = quoted(item, *item.core_span)
        return ask_fix(item, ROUTINE_QUESTION[voice(lang)].format(what=what), None)
    if honour_won(item):
        # "拿到公司“年度最佳团队”": won from others, not work for the plan (decision 431)
        what = quoted(item, *item.core_span)
        return ask_fix(item, HONOUR_QUESTION[voice(lang)].format(what=what), None)
    if onboarding(item) and measured_sibling(item) is None:
        # "Onboard new hires within 2 weeks": how soon they work, not the hiring (891); a
        # measured sibling on the same people keeps its question (decision 324)
        cs, ce = item.core_span
        return ask_fix(
            item, ONBOARDING_QUESTION[voice(lang)], note("ask-plain", lang, quoted(item, cs, ce))
        )
    if (_hires(item) or _HIRES_NOUN.match(item.text[start:end].strip())) and staffing_objective(
        item
    ):
        cs, ce = item.core_span
        return ask_fix(
            item, STAFFING_QUESTION[voice(lang)], note("ask-plain", lang, quoted(item, cs, ce))
        )
    kept = None if _hires(item) else _result_kept(item, start, _tail_end(item, end))
    if kept is not None:
        return kept  # "完成盘点，账实相符率≥99%": the result is there already (decision 487)
    sibling = measured_sibling(item)
    if sibling is not None:
        return _sibling_fix(item, sibling, *item.core_span)
    unsupported = _unsupported(item)
    choice = None if unsupported else choose(item, draft)
    if choice is not None and (
        not _honest(choice)
        or _hiring_itself(item, choice)
        or _several_named(item)
        or not _supported(item, choice)
    ):
        choice = None
    guess = None
    if choice is None and not (unsupported or _personal_todo(item) or _several_named(item)):
        # A book to read or a course to finish says nothing about which number it serves.
        guess = candidate(item, draft)
        if guess is not None and (not _honest(guess) or not _supported(item, guess)):
            guess = None
    if choice is None and guess is None:
        # Under a staffing objective "once they are on board" is circular (decision 137).
        hiring = _hires(item) and not staffing_objective(item)
        # The question stands for the whole wording (a bracket after the task stays), so the
        # note quotes all of it.
        cs, ce = item.core_span
        tail = _tail_end(item, end)
        stop = tail if re.match(r"\s*[（(]", item.text[tail:ce]) else _tail_end(item, ce)
        if _CONFERRED.search(item.folded, cs, ce):
            task = without_progress(quoted(item, cs, stop)).strip(" -–—")
            said = voice(lang)
            return ask_fix(item, CONFERRED_QUESTION[said], CONFERRED_NOTE[said].format(task=task))
        kind = "ask" if asserts_objective(item) or objective_aim(item) is None else "ask-plain"
        return ask_fix(item, question(item, hiring), note(kind, lang, quoted(item, cs, stop)))
    # Whichever way it was found, a metric named for a task is a guess the person confirms
    # (blind read 5: "Grow ARR" for tagging feature requests read as a claim).
    named = (choice or guess).outcome  # type: ignore[union-attr]
    sibling = sibling_measuring(item, named)
    if sibling is not None:
        # "Publish 40 troubleshooting guides" beside "FCR from 61% to 75%": the work is how
        # that key result moves, not a second key result on its number (decision 4023)
        return _sibling_fix(item, sibling, *item.core_span)
    text = outcome_kr(named, lang)
    fix_note = GUESS[voice(lang)].format(
        task=without_progress(task).strip(" -–—"), metric=named.name[voice(lang)]
    )
    if lang == "en" and lower_at(item, start):
        text = _lower_first(text)  # "By Sep 1, raise …"
    return Fix(
        edits=[LocalEdit(start, _tail_end(item, end), text)],
        placeholders=placeholders_in(text),
        applicability="display-only",
        note=fix_note,
    )


# A key result that names the work and, in a clause of its own, the result it is held to
# ("年底前完成全厂固定资产盘点，账实相符率≥99%", "视频号直播试播4场，场均观看1万"): the result stays as
# the key result and the work goes to the plan (blind read 13, rw-039 and rw-149; decision 487).
RESULT_KEPT = {
    "zh": "关键结果保留它已经写出的结果“{result}”；“{work}”是达成它的做法，放进行动计划。",
    "en": "The key result keeps the result it already names, “{result}”; “{work}” is how to "
    "get there: keep it in the plan.",
}
_CLAUSE_BREAK = re.compile(r"(?:[，;；]|(?<!\d),|,(?!\d{3}(?!\d)))\s*")  # not "1,500"


# A clause that only says where part of the count before it goes (decisions 4547, 4665): ", with
# at least two to national funders", ", including two for partners", ", at least three of them
# to new funders". It measures nothing of its own, so it is no result to keep.
_EN_SUBSET_NUMBER = (
    r"(?:(?:at least|at most|no fewer than|more than|over|up to)\s+)?"
    r"(?:\d[\d,]*+|one|two|three|four|five|six|seven|eight|nine|ten|half|a third|a quarter)"
)
_EN_PART_OF_COUNT = re.compile(
    rf"(?<!\w)(?:(?:with|including|of which)\s+{_EN_SUBSET_NUMBER}(?:\s+of them)?"
    rf"|{_EN_SUBSET_NUMBER}\s+of them)\s+(?:to|from|in|for|at|with|on|by)\b",
    re.I,
)


def _result_kept(item: Item, start: int, end: int) -> Fix | None:
    """The work from `start` and the result after it replaced by that result alone, when the
    wording's last clause after the work reads as a measured result on its own
    (rules/_result_shape.reading of that clause) and no other clause does (two results are
    kr-compound's). A deadline written with the work stays. None otherwise."""
    from rules._result_shape import reading

    text = item.plain
    stop = max(end, end_of_wording(item))
    breaks = [m for m in _CLAUSE_BREAK.finditer(text, start, stop) if m.start() > start]
    if not breaks or len(breaks) > 3:
        return None  # no clause after the work, or a list of them rather than its result
    found: list[tuple[int, int]] = []
    for i, m in enumerate(breaks):
        cs = m.end()
        ce = breaks[i + 1].start() if i + 1 < len(breaks) else stop
        clause = text[cs:ce].rstrip(" 。.!！")
        named = clause.strip()
        if not named or not named[0].isalpha() or _PER_EFFORT[item.language].search(named):
            continue  # "+2 frontend", "每次5公里": a count of the work, no measure named
        if item.language == "en" and _EN_PART_OF_COUNT.match(named):
            continue  # ", with at least two to national funders": part of the count (4665)
        alone = Item(
            kind="kr",
            id=item.id,
            text=clause,
            offsets=list(range(len(clause) + 1)),
            language=item.language,
        )
        facts = alone.facts
        measured = facts.from_to or any(q.is_target for q in facts.quantities)
        verb = facts.shape.verb
        # "拉新5000人": people or customers won and counted are a result too (decision 535)
        won = reading(alone).kind == "other" and verb is not None and verb.cls == "win"
        if measured and (reading(alone).kind == "result" or won):
            found.append((cs, cs + len(clause)))
    if len(found) != 1 or found[0][0] != breaks[-1].end():
        return None  # not one result, or not the last clause: more work follows it
    rs, re_ = found[0]
    result = item.text[rs:re_]
    work_end = breaks[0].start()
    work = item.text[start:work_end].strip()
    if item.language == "zh" and _ZH_AVERAGE_LEAD.match(result):
        # "视频号直播试播4场，场均观看1万": the average is of the efforts the work names; the
        # result keeps what they are ("视频号直播场均观看1万"), decision 646.
        result = _zh_efforts_named(item, start, work_end) + result
    elif item.language == "zh" and _ZH_REACH_LEAD.match(result):
        # "举办社区义诊 5 场，惠及 600 位老人": what reaches them is the work's object, "社区义诊惠及
        # 600 位老人", not a bare "惠及 600 位老人" (decision 2584; kr-compound's 2522)
        result = (
            _zh_efforts_named(item, start, work_end) or _zh_work_object(item, start, work_end)
        ) + result
    elif item.language == "en" and (lead := _EN_REACH_LEAD.match(result)) is not None:
        # "Run 5 free clinics, reaching 600 seniors": the same in English, with the verb the
        # participle stands for — "Free clinics reach 600 seniors", not a bare "Reaching 600
        # seniors" (decision 2782)
        result = _en_reach(item, start, work_end, lead.group(1).lower(), result[lead.end() :])
    said = result
    ds = item.deadline_span
    if ds is not None and start <= ds[0] and ds[1] <= work_end:
        when = item.text[ds[0] : ds[1]]
        result = f"{when}{result}" if item.language == "zh" else f"{result} {when}"
    if item.language == "en" and start == item.core_span[0]:
        result = result[:1].upper() + result[1:]
    return Fix(
        edits=[LocalEdit(start, re_, result)],
        placeholders=placeholders_in(result),
        applicability="display-only",
        note=RESULT_KEPT[voice(item.language)].format(result=said.strip(), work=work),
    )


# A result that starts with an average over the efforts ("场均观看1万", "条均播放5000").
_ZH_AVERAGE_LEAD = re.compile(r"(?:[场篇条期]均|单(?:场|篇|条|期))")
# A result whose subject is the work itself: "覆盖一线员工 100%", "惠及 600 位老人", "触达 2 万人".
_ZH_REACH_LEAD = re.compile(r"(?:覆盖|惠及|触达)")


# An English result led by a participle whose subject is the work: "reaching 600 seniors",
# "serving 1,200 families", "covering all 40 branches" (the verb each stands for).
_EN_REACH_VERBS = {
    "reaching": "reach",
    "serving": "serve",
    "covering": "cover",
    "benefiting": "benefit",
    "benefitting": "benefit",
    "engaging": "engage",
    "attracting": "attract",
    "drawing": "draw",
    "involving": "involve",
    "helping": "help",
}
_EN_REACH_LEAD = re.compile(r"(?i)(" + "|".join(_EN_REACH_VERBS) + r")\b")
# Where the work's object ends: a cadence or a deadline after it ("3 clinics a month", "by May").
_EN_OBJECT_STOP = re.compile(r"(?i)\s(?:a|an|per|each|every|by|before|until|this|next)\b")


def _en_reach(item: Item, start: int, end: int, lead: str, rest: str) -> str:
    """The result "reaching 600 seniors" of the work in [start, end) with the work's object as
    its subject and the participle's verb ("Run 5 free clinics" -> "free clinics reach 600
    seniors"; one effort: "the open day reaches 300 visitors"); without an object named, the
    verb alone ("reach 600 seniors")."""
    verb = _EN_REACH_VERBS[lead]
    count = next((q for q in item.facts.quantities if start <= q.start < end), None)
    obj = ""
    if count is not None:
        obj = item.text[count.end : end].strip()
        stop = _EN_OBJECT_STOP.search(" " + obj)
        if stop is not None:
            obj = obj[: max(0, stop.start() - 1)].strip()
        if not (2 <= len(obj) <= 40) or not obj[0].isalpha() or any(c in obj for c in ",;"):
            obj = ""
    if not obj:
        return f"{verb}{rest}"
    if count is not None and count.value == 1:
        verb += "es" if verb.endswith(("ch", "sh", "s", "x")) else "s"
        obj = f"the {obj}"
    return f"{obj} {verb}{rest}"


def _zh_work_object(item: Item, start: int, end: int) -> str:
    """What the work in [start, end) does, before its count, its verb left out ("举办社区义诊 5 场"
    -> "社区义诊"); "" when nothing is left or there is no count."""
    count = next((q.start for q in item.facts.quantities if start <= q.start < end), None)
    if count is None:
        return ""
    first = next((t for t in item.tokens if t.start >= start), None)
    if first is not None and first.pos == "v" and first.end <= count:
        start = first.end
    obj = item.text[start:count].strip()
    return obj if 2 <= len(obj) <= 12 and not any(c in obj for c in "，,；;、") else ""


def _zh_efforts_named(item: Item, start: int, end: int) -> str:
    """What the efforts of the work in [start, end) are, before their count: its words up to
    the last effort noun (rules/data/zh/kr_activity_nouns.txt), a verb leading them left out
    ("视频号直播试播4场" -> "视频号直播", "组织直播4场" -> "直播", "发布短视频20条" -> "短视频"); ""
    when the work names none."""
    count = next((q.start for q in item.facts.quantities if start <= q.start < end), end)
    first = next((t for t in item.tokens if t.start >= start), None)
    if first is not None and first.pos == "v" and first.end <= count:
        start = first.end  # "组织", "发布": the doing, not what is done
    last = max(
        (e for s, e, _t in item.facts.terms("kr_activity_nouns") if start <= s and e <= count),
        default=None,
    )
    return item.text[start:last].strip() if last is not None else ""


# "300 attendees each", "每次5公里": a figure for each effort, no result on its own.
_PER_EFFORT = {
    "en": re.compile(
        r"\b(?:each|apiece|per (?:session|event|webinar|post|call|meeting|run))$", re.I
    ),
    "zh": re.compile(r"^每(?:一)?(?:次|场|篇|节|回|轮|趟|期|条|堂|课)"),
}


# What may trail a task that the outcome replaces: an adverb of habit (", always"), how fast
# the task is done ("Onboard new hires within 2 weeks"), or a remark in brackets about the task
# itself ("(one on our SLO tooling)", "（KOC为主）").
_TASK_TAIL = re.compile(
    r"(?:[,，]\s*(?i:always|every time|consistently|始终|一直|每次)"
    r"|(?i:within \d+ (?:business |working )?(?:hours?|days?|weeks?))"
    r"|\((?![^()]*\b(?:owner|lead|dri)\b)[a-z][^()]*\)|（[^（）：:]*为主）)"
)


def _tail_end(item: Item, end: int) -> int:
    """Where the task's wording really ends: past a tail that only qualifies the task."""
    ce = item.core_span[1]
    start = end
    while start < ce and item.plain[start].isspace():
        start += 1  # (not in the pattern: a leading \s* made searching it quadratic)
    m = _TASK_TAIL.match(item.plain, start, ce)
    if m is not None and not item.plain[m.end() : ce].strip(" .。"):
        return m.end()
    return end


_PERSONAL_TODO = re.compile(
    r"^(?:读完|看完|学完|学会|考取|考个|考到|拿到|参加|(?:read|finish|watch|learn|attend|get|pass)\b)"
    # "Get more 5-star reviews": more of a result won from others, no to-do (decision 5427)
    r"(?!\s+more\b)",
    re.I,
)
# "Make onboarding smoother", "让新人上手更快": a state to reach, worded with a causative verb.
_MAKE_STATE = re.compile(
    r"^(?:make|get)\s+\S.*\s(?:smoother|faster|easier|simpler|better|clearer|safer|cheaper|"
    r"quicker|stronger|happier|shorter|leaner|healthier|more\s+\w+|less\s+\w+)\b"
    # "Get better at invoicing", "Get good at estimating": the one who gets there (decision 1929)
    r"|^get\s+(?:better|good|fitter|stronger|faster|quicker|calmer|healthier)\b"
    r"|^(?:让|使).+更",
    re.I,
)


def _unsupported(item: Item) -> bool:
    """Whether no metric can be named for the task whatever the encoder says, so that neither
    `choose` nor `candidate` need ask it: `_supported` needs the context's names or specific
    topics, and there are none; and no metric of the item's words is the hiring process's own,
    which `_hiring` would read from `choose`'s answer (`choose` only picks among those)."""
    ev = outcomes.word_evidence(item)
    return not ev.specific and not any(
        outcomes.positive(outcomes.get(mid)).id in _HIRING_PROCESS for mid in ev.own
    )


def _supported(item: Item, choice: Choice) -> bool:
    """Whether a metric to name for a task has the support of its context as well as of its
    own words: the objective's or the sibling key results' names and specific topics point to
    it (outcomes.word_evidence.specific), and the item's and the objective's words agree on it
    (outcomes.question_candidates). A metric the task only mentions ("tagged with ARR impact",
    "reviews from active users") or one word of it points to ("知识库" under "让组里每个人都能独当一面")
    is not named: the question asks instead (decision 140)."""
    ids = {choice.matched.id, choice.outcome.id}
    ev = outcomes.word_evidence(item)
    if not any(ev.specific.get(mid, 0.0) > 0 for mid in ids):
        return False
    memo = item.facts.memo
    if "outcome_agreed" not in memo:  # once per item, not per activity clause
        agreed = outcomes.question_candidates(item, limit=len(outcomes.library()))
        memo["outcome_agreed"] = frozenset(o.id for o in agreed)
    return bool(ids & memo["outcome_agreed"])  # type: ignore[operator]


# "WCAG AA contrast issues closed: all of them", "Figma library adoption by all designers",
# "课程视频全部上线": the item names its scope with "all" — its target is the whole of it.
_EN_ALL_OF_THEM = re.compile(r"\ball of (?:them|these|those)[.!]?$", re.I)
# "all" as the subject ("All prod deploys go through ArgoCD") or after the word of a state
# ("adoption by all designers"); "QBRs for all Tier 1 accounts" is work done for all of them.
_EN_ALL = re.compile(
    r"(?:^|\b(?:adoption|adopted|used|covered|covering|reached|across) (?:by |of )?)"
    r"(?P<all>all (?:of )?(?:the |our )?)(?=[a-z])",
    re.I,
)
_ZH_ALL = re.compile(r"全部|所有的?|全体|全员|每一?位|每名")
# "尽量让每位老师都参加教研活动": who is covered, then what each of them does — the share of
# them doing it is the measure, said in that order ("参加教研活动的老师比例达到100%"; tester7,
# decision 432). A hedge or a 让/使 before it is no part of the measure.
_ZH_EVERY_WHO = re.compile(
    r"^(?:(?:尽量|尽可能|争取|力争|努力)\s*)?(?:让|使)?"
    r"(?:全部|所有的?|全体|每一?位|每名)(?P<who>[\u4e00-\u9fff]{1,6}?)都(?P<does>[^，,。；;]{2,20})$"
)


def _all_in_place(item: Item, end: int) -> Fix | None:
    """A key result whose scope is "all" stated as its measured form in place, one statement
    ("100% of WCAG AA contrast issues closed", "Figma library adoption by 100% of designers",
    "课程视频上线的比例达到100%"), not the wording with a second metric bolted on (decision
    141); None when the wording has no "all"."""
    s = lead_position(item)
    wording = item.text[s:end].rstrip()
    if item.language == "zh":
        m = _ZH_ALL.search(wording)
        if m is None or "率" in wording or "比例" in wording:
            return None
        every = _ZH_EVERY_WHO.match(wording)
        if every is not None:
            text = f"{every.group('does')}的{every.group('who')}比例达到100%"
        elif m.group() == "全员" and m.start() == 0:
            # "全员通过新版安全操作规程考核": the whole staff, "100%的员工" (decision 659)
            text = wording[m.end() :].strip(" ，,") + "的员工比例达到100%"
        else:
            text = (wording[: m.start()] + wording[m.end() :]).strip(" ，,") + "的比例达到100%"
    elif (m := _EN_ALL_OF_THEM.search(wording)) is not None:
        text = "100% of " + _lower_first(wording[: m.start()].rstrip(" :,;—–-"))
    elif (m := _EN_ALL.search(wording)) is not None:
        text = wording[: m.start("all")] + "100% of " + wording[m.end("all") :]
    else:
        return None
    return Fix(edits=[LocalEdit(s, end, text)], applicability="display-only")


# "All December returns processed by Jan 20", "Each site GM runs their own weekly ops review":
# a universal subject, the state of each one of them (PRINCIPLES.md, quantified: "all partners"
# is written "100% of partners").
_EN_UNIVERSAL = re.compile(r"(?P<q>all|each|every)\s+(?:of\s+)?(?=[a-z])", re.I)
# "Ensure", "Make sure" (that) before a universal subject (decision 5522).
_EN_ENSURE = re.compile(r"(?:ensure|make sure)\s+(?:that\s+)?(?=(?:all|each|every)\s)", re.I)
_EN_NP_STOP = frozenset({"of", "in", "at", "on", "for", "with", "to", "and", "or", "who", "that"})
_EN_ON_THEIR_OWN = re.compile(
    r"\b(?:their own|on (?:their|his|her) own|themselves|himself|herself|solo|independently|"
    r"unaided|without (?:help|me|us|their manager))\b|\(no [A-Z][a-z]+\)",
    re.I,
)
# "adopted network-wide", "rolled out company-wide": a scope that is all of them (decision 318)
_EN_WIDE = re.compile(
    r"\b(?:adopted|rolled out|in use|used|live|deployed)\s+"
    r"(?P<wide>(?P<w>network|company|org|organi[sz]ation)-wide)\b",
    re.I,
)
_EN_WIDE_UNITS = {
    "net": "at 100% of sites in the network",
    "com": "by 100% of teams",
    "org": "by 100% of teams",
}
UNIVERSAL_NOTE = {
    "zh": "“{q}”说的是覆盖谁，不是多少：要打分的数字是其中做到的占比（每一个都算时就是100%）。",
    "en": "“{q}” says who is covered, not how many: the share of them is the number to score "
    "(100% when every one counts).",
}
_EN_VERB_PLURAL = {"has": "have", "is": "are", "does": "do", "goes": "go", "was": "were"}


def _en_plural(noun: str) -> str:
    if re.fullmatch(r"[A-Z]{2,6}", noun):
        return noun + "s"  # "GM" -> "GMs"
    if noun.lower() == "person":
        return noun[0] + "eople"
    if noun.endswith(("s", "x", "ch", "sh", "z")):
        return noun + "es"
    if re.search(r"[^aeiou]y$", noun):
        return noun[:-1] + "ies"
    return noun + "s"


def _en_plural_verb(verb: str) -> str | None:
    """ "runs" -> "run", "has" -> "have"; a participle stays ("processed"); None when the word
    is no verb of a singular subject."""
    low = verb.lower()
    if low in _EN_VERB_PLURAL:
        return _EN_VERB_PLURAL[low]
    if low.endswith("ed") and len(low) > 4:
        return verb
    if low.endswith("ies") and len(low) > 4:
        return verb[:-3] + "y"
    if low.endswith(("sses", "shes", "ches", "xes", "zes")):
        return verb[:-2]
    if low.endswith("s") and not low.endswith(("ss", "us", "is")) and len(low) > 3:
        return verb[:-1]
    return None


# A standard kept for all of them (decision 1169): "Meet all statutory filing deadlines", "Hit
# every client SLA".
_EN_MEET_ALL = re.compile(
    r"(?:meet|hit)\s+(?P<q>all|every|each)\s+(?:of\s+)?(?:(?:the|our|its|their)\s+)?"
    r"(?P<np>(?:[A-Za-z0-9-]+\s+){0,3}?(?P<head>deadlines?|due dates?|SLAs?|SLOs?|targets?|"
    r"quotas?|standards?|requirements?|commitments?|specs?|KPIs?|benchmarks?|milestones?|"
    # "Hit every milestone date": the dates are the group, not the milestones (decision 2707)
    r"obligations?|dates?))\b(?!\s+(?:dates?|deadlines?)\b)",
    re.I,
)


def universal_subject_fix(item: Item) -> Fix | None:
    """A key result without a number whose subject is "all"/"each"/"every" of something, said
    in its measured form in place ("100% of December returns processed by Jan 20", "100% of
    site GMs run their own weekly ops review"; decision 318); None otherwise. English only:
    Chinese "所有/全部" is `_all_in_place`'s."""
    if item.language != "en" or measurable(item):
        return None
    s = lead_position(item)
    ce = item.core_span[1]
    wide = _EN_WIDE.search(item.text, s, ce)
    if wide is not None:
        # "Reno pick-path redesign adopted network-wide": every site of the network
        where = _EN_WIDE_UNITS[wide.group("w").lower()[:3]]
        return Fix(
            edits=[LocalEdit(wide.start("wide"), wide.end("wide"), where)],
            applicability="display-only",
            note=UNIVERSAL_NOTE[voice("en")].format(q=wide.group("wide")),
        )
    if cadence(item) is not None and not _EN_ON_THEIR_OWN.search(item.text, s, ce):
        # "Each rep runs a weekly pipeline review": still routine effort when all do it; "Each
        # site GM runs their own weekly ops review (no Lee)" is the people's independence.
        return None
    lead = s
    ensured = _EN_ENSURE.match(item.text, s, ce)
    if ensured is not None:
        # "Ensure all laptops have disk encryption on": the state of every one of them, with
        # an empty verb before it; the measured form drops the verb (decision 5522)
        s = ensured.end()
    met = _EN_MEET_ALL.match(item.text, s, ce)
    if met is not None:
        # "Meet all statutory filing deadlines" -> "100% of statutory filing deadlines met"
        # (decision 1169)
        np = met.group("np")
        if met.group("q").lower() != "all" and not np.lower().endswith("s"):
            head = met.group("head")
            np = np[: len(np) - len(head)] + _en_plural(head)
        return Fix(
            edits=[LocalEdit(s, met.end(), f"100% of {np} met")],
            applicability="display-only",
            note=UNIVERSAL_NOTE[voice("en")].format(q=met.group("q").capitalize()),
        )
    m = _EN_UNIVERSAL.match(item.text, s, ce)
    if m is None:
        return None
    if m.group("q").lower() == "all":
        return Fix(
            edits=[LocalEdit(lead, m.end(), "100% of ")],
            applicability="display-only",
            note=UNIVERSAL_NOTE[voice("en")].format(q=m.group("q").capitalize()),
        )
    # each/every + a singular noun phrase + its verb: both made plural
    words_ = list(re.finditer(r"[A-Za-z][A-Za-z'-]*", item.text[m.end() : ce]))
    for i, w in enumerate(words_[1:5], start=1):
        if w.group().lower() in _EN_NP_STOP:
            return None
        verb = _en_plural_verb(w.group())
        if verb is None:
            continue
        noun = words_[i - 1]
        base = m.end()
        text = (
            "100% of "
            + item.text[base : base + noun.start()]
            + _en_plural(noun.group())
            + item.text[base + noun.end() : base + w.start()]
            + verb
        )
        return Fix(
            edits=[LocalEdit(lead, base + w.end(), text)],
            applicability="display-only",
            note=UNIVERSAL_NOTE[voice("en")].format(q=m.group("q").capitalize()),
        )
    return None


# A bad participle denied of the things it befalls, none of them excepted ("Upgrades not delayed
# for any enterprise customer", "Patches never rolled back", "No supplier invoice is paid late"):
# the share of them that get its good side is the measure, 100% (decision 1010). "any"/"a single"
# in the rest becomes "every": "… on time for every enterprise customer".
_EN_AUX = r"(?:(?:is|are|was|were|gets?|got|has been|have been|do|does|did|will)\s+)?"


@lru_cache(maxsize=1)
def _en_denied() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(after its noun: "Patches never rolled back", before it: "No supplier invoice is paid
    late"), the participle one of kr_negative_denied_positive's."""
    alt = "|".join(
        re.escape(k) for k in sorted(mapping("kr_negative_denied_positive", "en"), key=len)[::-1]
    )
    np = r"(?P<np>(?:[A-Za-z][\w-]*\s+){0,2}?[A-Za-z][\w-]*)\s+"
    after = re.compile(
        np
        + rf"(?:{_EN_AUX}(?:not|never)|don['’]t|doesn['’]t|won['’]t)\s+(?:ever\s+)?(?P<part>{alt})\b",
        re.I,
    )
    before = re.compile(
        r"(?:no|not a single|not one)\s+" + np + _EN_AUX + rf"(?:ever\s+)?(?P<part>{alt})\b",
        re.I,
    )
    return after, before


# A cause right after the denied participle ("for lack of crew", "due to weather", "because of
# us"): it picks some of the things out (decision 4165).
_EN_CAUSE_AFTER = re.compile(
    r"(?<!\s)\s+(?:for\s+(?:the\s+)?(?:lack|want)\s+of|(?:from|through)\s+(?:a\s+)?lack\s+of|due\s+to|"
    r"because\s+of|owing\s+to|as\s+a\s+result\s+of|on\s+account\s+of|caused\s+by)\b",
    re.I,
)
_EN_DENIAL_WORD = re.compile(r"\b(?:not|never|no)\b|n['’]t\b")
_EN_ANY = re.compile(r"\b(?:any|a single)\b(?!\s+(?:of|more|longer|time)\b)", re.I)


def denied_share_fix(item: Item) -> Fix | None:
    """A key result without a number that denies a bad participle of all the things it befalls,
    said as the share of them that get its good side (rules/data/en/kr_negative_denied_positive):
    "Upgrades not delayed for any enterprise customer" -> "100% of upgrades on time for every
    enterprise customer", "Invoices never disputed by resellers" -> "100% of invoices accepted by
    resellers" (decision 1010). None for other wording, a participle with no listed good side,
    or Chinese."""
    if item.language == "zh":
        return _zh_denied_share_fix(item)  # measurable unless a lapse past a limit (5052)
    if not _EN_DENIAL_WORD.search(item.folded) or measurable(item):
        return None
    s = lead_position(item)
    ce = item.core_span[1]
    good = mapping("kr_negative_denied_positive", "en")
    after, before = _en_denied()
    m = before.match(item.text, s, ce)
    plural = m is not None
    if m is None:
        m = after.match(item.text, s, ce)
    if m is None:
        return None
    part = m.group("part").lower()
    part_end = m.end("part")
    np = m.group("np")
    if plural:
        head = re.search(r"[A-Za-z][\w-]*$", np)
        if head is None or head.group().lower().endswith("s"):
            return None
        np = np[: head.start()] + _en_plural(head.group())
    elif not np.lower().endswith("s"):
        return None  # "Uptime not breached …": a measure, not things counted
    if _EN_CAUSE_AFTER.match(item.text, part_end, ce):
        # "No show cancelled for lack of crew": the cause picks some of them out; "100% of
        # shows held as planned for lack of crew" says the opposite (decision 4165, as 3565):
        # a zero to hold (`denied_for_a_cause`)
        return None
    rest = _EN_ANY.sub("every", item.text[part_end:ce])
    text = f"100% of {_lower_first(np)} {good[part]}{rest}"
    return Fix(
        edits=[LocalEdit(s, ce, text.rstrip())],
        applicability="display-only",
        note=DENIED_NOTE[voice("en")].format(np=_lower_first(np)),
    )


def denied_for_a_cause(item: Item) -> bool:
    """Whether the key result denies a bad participle of the things it befalls for one cause
    only ("No show cancelled for lack of crew", "No class cancelled due to staff shortages"):
    a zero to hold, not a share of all of them (decision 4165)."""
    if item.language != "en" or not _EN_DENIAL_WORD.search(item.folded) or measurable(item):
        return False
    s, ce = lead_position(item), item.core_span[1]
    after, before = _en_denied()
    m = before.match(item.text, s, ce) or after.match(item.text, s, ce)
    return m is not None and _EN_CAUSE_AFTER.match(item.text, m.end("part"), ce) is not None


# "发布从不延期超过一周": how late counts as late, said as the share done within it.
_ZH_OVER = re.compile(r"超过(?P<span>[^，,；;。]{1,8})$")


def _zh_denied_share_fix(item: Item) -> Fix | None:
    """ "没有任何企业客户的升级被延误" -> "企业客户的升级按时完成率100%", "发布从不延期超过一周" ->
    "发布在计划日期后一周内完成的比例达到100%" (decision 1010)."""
    from rules._negative import zh_denied

    m = zh_denied(item)
    # a figure makes it measurable, but a lapse past a time limit carries its limit, not a
    # target (decision 5052)
    if m is None or (measurable(item) and "span" not in m.re.groupindex):
        return None
    np = m.group("np")
    when = m.group("when") or ""
    rest = m.group("rest").strip()
    over = _ZH_OVER.match(rest)
    if "span" in m.re.groupindex:
        # "不能有资料齐全的申请超过7天未审核" -> "资料齐全的申请7天内审核的比例达到100%" (decision 5052)
        done = re.sub(r"^(?:未|没人|无人|没有人)", "", m.group("bad"))
        text = f"{when}{np}{m.group('span')}内{done}的比例达到100%"
    elif over is not None and m.group("bad") in ("延误", "延期", "逾期"):
        text = f"{when}{np}在计划日期后{over.group('span')}内完成的比例达到100%"
    else:
        good = mapping("kr_negative_denied_positive", "zh")[m.group("bad")]
        if rest and not (good.endswith("率") and re.fullmatch(r"[\u4e00-\u9fff]{1,4}", rest)):
            return None  # a remainder the share would not carry
        # "没有一个队员缺席训练" -> "队员训练出勤率100%": the verb's object names the rate's
        # occasions (decision 1590)
        text = f"{when}{np}{rest}{good}100%"
    return Fix(
        edits=[LocalEdit(m.start(), item.core_span[1], text)],
        applicability="display-only",
        note=DENIED_NOTE[voice("zh")].format(np=np),
    )


def cleared_fix(item: Item) -> Fix | None:
    """A list or backlog cleared, said as what is left in it (decision 1013): "Clear the waiting
    list" -> "0 people left on the waiting list", "Backlog of support tickets emptied" -> "0
    support tickets left in the backlog", "清空积压工单" -> "积压工单降为0"; None otherwise."""
    if measurable(item):
        return None
    m = cleared(item)
    if m is None:
        return None
    lang = "zh" if item.language == "zh" else "en"
    if lang == "zh":
        text = f"{m.group('when') or ''}{m.group('np')}降为0"
    else:
        counted, prep = mapping("kr_cleared_lists", "en")[m.group("head").lower()].split("|")
        if m.group("of"):
            counted = m.group("of")
            np = m.group("pre") + m.group("head")
        else:
            np = m.group("np")
        text = f"0 {counted} left {prep} the {_lower_first(np.strip())}{m.group('rest')}"
    return Fix(
        edits=[LocalEdit(m.start(), m.end(), text)],
        applicability="display-only",
        note=CLEARED_NOTE[voice(lang)],
    )


CLEARED_NOTE = {
    "zh": "“清空”也是一个目标值：写成“降为0”，到期才能核对；如果降到某个数就够了，写那个数。",
    "en": "“Cleared” is a target too: written as 0 left, it can be checked at the end of the "
    "period; if a shorter list is enough, write that number instead.",
}


DENIED_NOTE = {
    "zh": "“一个都没有”也是一个目标值：要打分的数字是做到的“{np}”所占的比例，目标是100%。",
    "en": "“Not one of them” is a target too: the share of {np} that get it right is the "
    "number to check at the end of the period, and 100% is its target.",
}


# "kickoff call within 48h of signature, always": a standard kept every time is the share of
# them that meet it (decision 326).
_EN_ALWAYS_WITHIN = re.compile(
    r"(?P<np>\b[A-Za-z][\w-]*(?: [a-z][\w-]*){0,2}) (?P<rest>(?:within|in under|in less than|"
    r"under) \d.*?)[,;]?\s+(?:always|every time|without exception)[.!]?$",
    re.I,
)


ALWAYS_NOTE = {
    "zh": "“Always”就是每一次：要打分的数字是做到的“{what}”所占的比例。",
    "en": "“Always” is every time: the share of {what} that meet it is the number to score.",
}


def always_share_fix(item: Item) -> Fix | None:
    """A thing done within a limit "always", said as the share of them that meet it: "kickoff
    call within 48h of signature, always" -> "100% of kickoff calls within 48h of signature";
    None otherwise (English only)."""
    if item.language != "en":
        return None
    s, e = lead_position(item), item.core_span[1]
    m = _EN_ALWAYS_WITHIN.fullmatch(item.text[s:e].rstrip())
    if m is None or _en_plural_verb(m.group("np").split()[-1]) is not None:
        return None  # "Support replies within 2h, always": a verb, not a thing counted
    *head, last = m.group("np").split()
    np_ = " ".join([*head, _en_plural(last)])
    text = f"100% of {_lower_first(np_)} {m.group('rest')}"
    return Fix(
        edits=[LocalEdit(s, e, text)],
        applicability="display-only",
        note=ALWAYS_NOTE[voice("en")].format(what=_lower_first(np_)),
    )


# "Patch all critical CVEs within SLA": work done on all of something within a limit is a
# standard kept on each of them, scored as the share that meets it (decision 364).
_WORD = r"[A-Za-z0-9][\w/-]*"
_EN_ALL_WITHIN = re.compile(
    rf"(?i)\b(?P<verb>[a-z]+) (?P<q>all|every|each) (?P<np>{_WORD}(?: {_WORD}){{0,3}}) "
    r"(?P<rest>(?:within|in under|in less than|inside) [^,;]{2,40})$"
)
# A limit on each one, not a deadline for the lot: an SLA, hours, or a time from an event
# ("within 48h of signature", "within 2 days of receipt").
_EN_EACH_LIMIT = re.compile(
    r"(?i)\bSLAs?\b|\d\s*(?:h|hrs?|hours?|min(?:ute)?s?)\b|\b(?:of|after|from)\s+[a-z]"
    # "within 3 rings", "within 2 business days", "within 30 seconds": a limit only one case
    # has, never a project's deadline (decision 2709)
    r"|\b(?:\d+|one|two|three|four|five)\s*(?:rings?|(?:working|business) days?|s|secs?|seconds?)\b"
)
_EN_PARTICIPLE = {
    "pay": "paid",
    "send": "sent",
    "ship": "shipped",
    "submit": "submitted",
    "write": "written",
    "make": "made",
    "do": "done",
    "build": "built",
    "hold": "held",
    "get": "got",
    "give": "given",
}
# Verbs that take a preposition or no object: no "X all Y within Z" share in place.
_EN_NO_PARTICIPLE = frozenset({"run", "go", "reply", "respond", "talk", "meet", "is", "are", "be"})


def _en_participle(verb: str) -> str | None:
    """ "patch" -> "patched", "resolve" -> "resolved", "ship" -> "shipped"; None for a verb
    without a passive here ("respond" to something)."""
    low = verb.lower()
    if low in _EN_NO_PARTICIPLE or len(low) < 3:
        return None
    if low in _EN_PARTICIPLE:
        return _EN_PARTICIPLE[low]
    if low.endswith("e"):
        return low + "d"
    if re.search(r"[^aeiou]y$", low):
        return low[:-1] + "ied"
    if re.fullmatch(r"[^aeiou]*[aeiou][bdgmnpt]", low):
        return low + low[-1] + "ed"
    return low + "ed"


def within_share_fix(item: Item) -> Fix | None:
    """Work done on all of something within a limit, said as the share of them that meet it:
    "Patch all critical CVEs within SLA" -> "100% of critical CVEs patched within SLA" (blind
    read 11: a standard kept on each of them, not work whose number is asked for); None
    otherwise (English only)."""
    if item.language != "en":
        return None
    s, e = lead_position(item), min(item.core_span[1], wording_end(item))
    m = _EN_ALL_WITHIN.fullmatch(item.text[s:e].rstrip(" -–—"))
    if m is None:
        return _given_within_fix(item, s, e)
    if m.group("q").lower() == "all" and not _EN_EACH_LIMIT.search(m.group("rest")):
        return None  # "Migrate all legacy dashboards within 6 weeks": the project's deadline
    done = _en_participle(m.group("verb"))
    if done is None:
        return None
    np_ = m.group("np")
    if m.group("q").lower() != "all":
        *head, last = np_.split()
        np_ = " ".join([*head, _en_plural(last)])
    text = f"100% of {np_} {done} {m.group('rest')}"
    return Fix(
        edits=[LocalEdit(s, s + m.end(), text)],
        applicability="display-only",
        note=WITHIN_NOTE[voice("en")].format(what=np_),
    )


# Something given to every one of a group within a limit on each: "Send feedback to every
# candidate within 48h" -> "100% of candidates get feedback within 48h" (decision 841).
_EN_GIVEN_TO_ALL = re.compile(
    rf"(?i)\b(?P<verb>send|give|offer|provide|email|reply|respond)(?P<obj>(?: {_WORD}){{0,3}}?) to "
    rf"(?P<q>every|each|all) (?P<np>{_WORD}(?: {_WORD}){{0,3}}) "
    r"(?P<rest>(?:within|in under|in less than) [^,;]{2,40})$"
)
_EN_GIVEN_NOUN = {"reply": "a reply", "respond": "a response"}


def _given_within_fix(item: Item, s: int, e: int) -> Fix | None:
    m = _EN_GIVEN_TO_ALL.fullmatch(item.text[s:e].rstrip(" -–—"))
    if m is None or not _EN_EACH_LIMIT.search(m.group("rest")):
        return None
    verb = m.group("verb").lower()
    what = m.group("obj").strip() or _EN_GIVEN_NOUN.get(verb)
    if what is None or (verb in _EN_GIVEN_NOUN and m.group("obj").strip()):
        return None
    np_ = m.group("np")
    if m.group("q").lower() != "all":
        *head, last = np_.split()
        np_ = " ".join([*head, _en_plural(last)])
    return Fix(
        edits=[LocalEdit(s, s + m.end(), f"100% of {np_} get {what} {m.group('rest')}")],
        applicability="display-only",
        note=WITHIN_NOTE[voice("en")].format(what=np_),
    )


WITHIN_NOTE = {
    "zh": "在时限内全部做完，是每一项都要守住的标准：要打分的数字是按时做完的“{what}”所占的比例。",
    "en": "Done for all of them within the limit is a standard kept on each: the share of "
    "{what} that meet it is the number to score.",
}


def _personal_todo(item: Item) -> bool:
    """ "Read 3 books", "学完dbt官方教程": a personal to-do."""
    return bool(_PERSONAL_TODO.match(item.folded[lead_position(item) : item.core_span[1]]))


ABSENCE_QUESTION = {
    "zh": "“{what}”是要守住的状态，不是要做的工作：哪个比例或次数能说明它做到了，目标值是多少？"
    "写出那个数字，以及它的基线和目标值。",
    "en": "“{what}” is a state to keep, not work to do: which share or count shows it holds, and "
    "what is its target? Write that number with its baseline and target.",
}


def _stops_happening(item) -> bool:
    """ "Stop missing payroll deadlines": what stops happening, which the reading took as a
    state to keep (rules/_result_shape.py, decision 1418)."""
    if item.language != "en":
        return False
    from rules._result_shape import _EN_STOP_DOING, reading

    r = reading(item)
    return (
        r.kind == "other"
        and r.reason == "state"
        and _EN_STOP_DOING.match(item.folded, lead_position(item)) is not None
    )


_NOTHING_BAD = re.compile(r"^(?:no |zero |never |无|零|杜绝|不出现|不再|避免|全年无|没有)", re.I)
# ... and when a key result without a number names no measure ("团队氛围更好", "improve docs").
# (blind read 5: "How will you know “hit number” worked?" read as nonsense for a fragment that
# names a result without its number: the question asks for the number and its target.)
# MEASURE_QUESTION lives in coach.rule_api: coach.review recognises it beside a routine hint.


# A cadence the shape reader may not take as the lead ("Yoga every Friday", "每两周…一次").
_CADENCE = {
    "en": re.compile(
        r"\b(?:every|each)\s+(?:other\s+)?(?:day|morning|evening|week|month|quarter|sprint|"
        r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekday)s?\b"
        r"|\b(?:daily|weekly|monthly|quarterly|biweekly|fortnightly)\b",
        re.I,
    ),
    "zh": re.compile(r"每(?:天|日|周|星期|月|季度?|个?迭代|两周|双周|个月)"),
}
# ... and what a coach asks of recurring work (blind read 5: "每月与每位直接下属1on1" was told it
# has "no number"; it has a cadence, and no target for what it should change).
RECURRING_QUESTION = {
    "zh": "“{what}”是例行工作：它要让哪个数字变好、变到多少？写出那个数字，以及它的基线和目标值；"
    "例行工作本身放进行动计划。",
    "en": "“{what}” is recurring work: which number should it change, and to what target? Write "
    "that number with its baseline and target; the routine itself goes in the plan.",
}


# ... and for work named as a thing done ("QBRs for all Tier 1 accounts", "Peak labor plan
# signed off by Oct 15", "常见问题FAQ文档"): which number "shows" a review or a plan invites a
# count of the work (blind read 6); the question asks what the work should change.
WORK_MEASURE_QUESTION = {
    "zh": "“{what}”做成以后，要让哪个数字变好、变到多少？写出那个数字，以及它的基线和目标值；"
    "这项工作本身放进行动计划。",
    "en": "Which number should “{what}” change, and to what target? Write that number with "
    "its baseline and target; the work itself goes in the plan.",
}
_WORK_VERB_CLASSES = frozenset({"launch", "complete", "act", "decide"})
_EN_SIGNED_OFF = re.compile(r"\b(?:signed off|approved|agreed|in place|rolled out)\b", re.I)


# Routine work whose words say what should hold ("Payroll run accurately and on time every
# month"): the measured form is the share of runs that hold it (blind read 8).
_EN_HOLDS = re.compile(
    r"\b(?P<time>on[- ]time|on schedule|by the due date)\b"
    r"|\b(?P<right>accurately|correctly|error[- ]free|without (?:any )?errors?)\b",
    re.I,
)
_EN_PARTICIPLES = frozenset({"done", "made", "sent", "paid", "kept", "built", "run"})


def _routine_standard(what: str, lang: str) -> str | None:
    """The measured form of routine work that says what should hold: "Payroll run accurately
    and on time every month" -> "100% of payroll runs on time and error-free every month";
    "Renew TLS certs" -> "100% of TLS certs renewed at least [N] days before expiry"
    (rules/data/en/kr_routine_standards.txt). None for other wordings (English only)."""
    if lang != "en":
        return None
    found = list(_EN_HOLDS.finditer(what))
    if found:
        between = [what[a.end() : b.start()] for a, b in pairwise(found)]
        thing = what[: found[0].start()].strip(" ,")
        if not thing or any(gap.strip(" ,").lower() not in ("", "and", "&") for gap in between):
            return None
        holds = []
        if any(f.group("time") for f in found):
            holds.append("on time")
        if any(f.group("right") for f in found):
            holds.append("error-free")
        tail = what[found[-1].end() :].strip(" ,.")
        *head, last = thing.split()
        if last.lower() in _EN_PARTICIPLES - {"run"} or last.lower().endswith(("ed", "s")):
            return None  # "Invoices processed accurately": no runs to count
        if head and en_verb_class(head[0]):
            done = _en_participle(head[0])
            # "Renew the business license on time": work on a thing, counted as the things
            # done so ("100% of business licenses renewed on time"; decision 379)
            if done is None:
                return None
            rest = re.sub(
                r"^(?:the|our|all|each|every)\s+", "", " ".join([*head[1:], last + "s"]), flags=re.I
            )
            return " ".join(f"100% of {rest} {done} {' and '.join(holds)} {tail}".split())
        first = " ".join([*head, last + "s"])
        first = _lower_first(first)
        return " ".join(f"100% of {first} {' and '.join(holds)} {tail}".split())
    verb, _, rest = what.partition(" ")
    standards = mapping("kr_routine_standards", lang)
    done = standards.get(verb.lower())
    rest = rest.strip(" ,.")
    if done is None or not rest or _EN_VERBS_INSIDE.search(rest.replace(" and ", " ")):
        return None
    rest = re.sub(r"^(?:the|our|all)\s+", "", rest, flags=re.I)
    return f"100% of {rest} {done}"


# The head noun of an English phrase: the words before a preposition ("multi-threading" in
# "multi-threading in deals").
_EN_PREPOSITION = re.compile(r"\s(?:in|on|with|for|of|across|per|from|to|at|between)\s", re.I)


def en_names_a_measure(phrase: str) -> bool:
    """Whether an English phrase after a direction word names something one can measure: a
    measure word ("coverage", "rate", "time"), a metric of the library, an outcome noun
    (rules/data/en/kr_outcome_nouns.txt) or a plural one can count ("qualified opportunities",
    "demos booked"). "multi-threading in deals", "recognition", "cross-team collaboration"
    name a practice or a quality, not a measure: a rewrite asks which number shows them
    instead of templating "Raise recognition from [baseline] to [target]" (blind read 9)."""
    folded = fold(phrase).strip()
    if not folded:
        return False
    if _EN_MEASURE_WORDS.search(folded) or bad_events_complement(folded, "en") is not None:
        return True
    if any(m.is_name for m in outcomes.mentions(folded, "en")):
        return True
    head = _EN_PREPOSITION.split(folded, maxsplit=1)[0]
    nouns = words("kr_outcome_nouns", "en")
    made = words("kr_deliverables", "en")  # "onboarding docs": things made, not a result
    for word in re.findall(r"[a-z][a-z-]*", head):
        if word in nouns or (
            word.endswith("s") and not word.endswith(("ss", "us", "is")) and word not in made
        ):
            return True
    return False


def _work_shaped(item: Item) -> bool:
    """Whether the item names work (an activity, a task or a milestone, by its shape) rather
    than a change of something measurable."""
    from rules._result_shape import reading

    if reading(item).kind in ("activity", "task", "milestone"):
        return True
    verb = item.facts.shape.verb
    if verb is not None and verb.cls in _WORK_VERB_CLASSES:
        return True
    return item.language == "en" and bool(_EN_SIGNED_OFF.search(item.plain))


# A result named without its number ("hit number", "make quota", "达成业绩目标").
_RESULT_WITHOUT_NUMBER = {
    "en": re.compile(
        r"^(?:hit|make|reach|beat|meet|achieve|exceed|crush)\s+(?:the\s+|our\s+|my\s+)?"
        r"(?:numbers?|targets?|quota|goals?|plan)\b",
        re.I,
    ),
    "zh": re.compile(r"^(?:完成|达成|冲刺|冲)(?:业绩|销售)?(?:目标|任务|指标|业绩)"),
}
NUMBER_QUESTION = {
    "zh": "“{what}”指的是哪个数字、目标值是多少？写出那个数字，以及它的基线和目标值。",
    "en": "Which number is “{what}”, and what is its target? Write that number with its "
    "baseline and target.",
}


_CHANGE_OF_CADENCE = re.compile(r"从.{1,12}(?:到|为|至)|\bfrom\b.{1,30}\bto\b", re.I)


def cadence(item: Item) -> str | None:
    """The cadence word of a key result's wording ("每月", "every Friday"), or None; None too
    for a change of cadence ("Release cadence from every 3 weeks to every week"), a measure.
    Read once per item (`item.facts.memo`: some four rules a review ask, issue 13)."""
    memo = item.facts.memo
    if "outcome_cadence" not in memo:
        memo["outcome_cadence"] = _cadence(item)
    return memo["outcome_cadence"]  # type: ignore[no-any-return]


def _cadence(item: Item) -> str | None:
    if _CHANGE_OF_CADENCE.search(item.text, item.core_span[0], item.core_span[1]):
        return None
    span = item.facts.shape.cadence
    if span is not None:
        return item.text[span[0] : span[1]]
    m = _CADENCE[item.language].search(item.text, item.core_span[0], item.core_span[1])
    return m.group() if m is not None else None


def cadence_word(item: Item) -> str | None:
    """`cadence` as a message quotes it (lower case mid-sentence in English)."""
    every = cadence(item)
    if every is not None and item.language == "en":
        every = every[:1].lower() + every[1:]  # "Weekly" -> "weekly", "every Friday" stays
    return every


def _all_adopt_fix(item: Item) -> Fix | None:
    """ "建立客户回访制度，全员执行": adoption said with 全员 — the share of the group that takes it
    up, up to 100%, is its number ("建立客户回访制度，执行它的员工比例从[基线]提升到100%"), not work
    for the plan (decision 2601)."""
    from rules._result_shape import zh_all_adopt

    m = zh_all_adopt(item)
    if m is None:
        return None
    who = m.group("who1") or m.group("who2") or m.group("who3") or "成员"
    verb = m.group("verb")
    verb = "使用" if verb.startswith("用") else verb
    text = f"，{verb}它的{who}比例从[基线]提升到100%"
    return Fix(
        edits=[LocalEdit(m.start(), item.core_span[1], text)],
        placeholders=placeholders_in(text),
        applicability="display-only",
    )


def task_like(item: Item) -> bool:
    """Whether the key result's wording is work to do rather than a state to reach: a task,
    milestone, completion, activity or contact verb leads it, a personal to-do, routine work,
    or "no X" (an absence, whose positive measure has to be named)."""
    rest = item.folded[lead_position(item) : item.core_span[1]]
    if _MAKE_STATE.match(rest):
        return False
    shaped = item.facts.shape.verb
    if shaped is not None and shaped.position == "lead" and shaped.cls == "change":
        return False  # "优化listing图片和A+页面": a change without its number, no task (1114)
    if any(
        lead_verb(item, name) is not None
        for name in (
            "kr_task_verbs",
            "kr_milestone_verbs",
            "kr_completion_verbs",
            "kr_activity_verbs",
            "kr_contact_verbs",
        )
    ):
        return True
    if _PERSONAL_TODO.match(rest) or _NOTHING_BAD.match(rest):
        return True
    verb = item.facts.shape.verb
    if verb is not None and verb.cls in _WORK_CLASSES:
        # "Automate offer letters", "Internal job board launched", "清理过期知识条目": the verb
        # that heads the wording names work to do (coach/facts/shape.py's verb classes).
        return True
    return bool(terms(item, "kr_routine_work"))


_WORK_CLASSES = frozenset({"launch", "complete", "act", "hire", "decide", "learn"})


def _outcome_in_place(item: Item, end: int, outcome, note) -> Fix:
    """The wording from its lead to `end` replaced by `outcome` stated as a key result;
    `note(s, e)` says why (it may quote the replaced wording)."""
    s, e = rewrite_region(item, lead_position(item), end)
    text = outcome_kr(outcome, item.language)
    if item.language == "en" and lower_at(item, s):
        text = _lower_first(text)
    return Fix(
        edits=[LocalEdit(s, e, text)],
        placeholders=placeholders_in(text),
        applicability="display-only",
        note=note(s, e),
    )


_HEDGES = re.compile(rf"(?:{_ZH_ADVERBS})+|{_EN_HEDGE}(?:(?:{_EN_ADVERBS}) )?", re.I)


def _obvious_measure(item: Item) -> tuple[int, int, str] | None:
    """A change whose whole wording has one obvious measure (rules/data/<lang>/
    kr_obvious_measures.txt: "Lose weight" -> "Bring body weight from [baseline] kg to
    [target] kg", "减肥" -> "体重从[基线]公斤降到[目标值]公斤"): the region and the key result."""
    s, e = item.core_span
    wording = item.plain[s:e].strip().rstrip(".!。！ ").lower()
    hedge = _HEDGES.match(wording)
    wording = wording[hedge.end() :].strip() if hedge else wording
    text = mapping("kr_obvious_measures", item.language).get(wording)
    if text is None and item.language == "en" and (m := _EN_FASTER.fullmatch(wording)):
        # "faster builds", "quicker payouts": the time each one takes (blind read 7's kind)
        text = f"Cut {_en_singular(m.group('what'))} time from [baseline] to [target]"
    return None if text is None else (s, e, text)


# Work wanted faster ("Answer tickets faster", "respond faster to tickets", "更快回复客户"): the
# speed word, and the work without it.
_EN_SPEED_OF_WORK = re.compile(
    r"(?P<a>[a-z][a-z -]{1,40}?) (?:faster|quicker|more quickly|sooner)(?: (?P<b>[a-z][a-z -]{1,30}))?"
)
_ZH_SPEED_OF_WORK = (
    re.compile(r"(?:更快地?|更快速地?|快速|加快|尽快|及时)(?P<a>[\u4e00-\u9fff]{2,10})"),
    re.compile(r"(?P<a>[\u4e00-\u9fff]{2,10}?)(?:更快|提速|更及时)"),
)
SPEED_NOTE = {
    "zh": "“{what}”要的是更快：衡量它的数字是“{metric}”，写明基线和目标值；做法放进行动计划。",
    "en": "“{what}” wants the work to take less time: {metric} is the number that shows it, with "
    "its baseline and target; how to get there goes in the plan.",
}


def speed_of_work(item: Item) -> Outcome | None:
    """The library metric that is the time of work wanted faster ("Answer tickets faster" ->
    median first response time, "Ship faster" -> lead time from commit to production,
    "更快回复客户" -> 首次响应时长中位数; rules/data/<lang>/kr_speed_of_work.txt), or None. A
    comparative of speed on an activity is that activity's time, not a task to put in the
    plan (blind read 9, decision 278)."""
    s, e = item.core_span
    wording = quoted(item, s, e).rstrip(".!。！ ").lower()
    hedge = _HEDGES.match(wording)
    wording = wording[hedge.end() :].strip() if hedge else wording
    table = mapping("kr_speed_of_work", item.language)
    if item.language == "en":
        m = _EN_SPEED_OF_WORK.fullmatch(wording)
        work = None if m is None else " ".join(x for x in (m.group("a"), m.group("b")) if x)
    else:
        found = (p.fullmatch(wording) for p in _ZH_SPEED_OF_WORK)
        m = next((f for f in found if f is not None), None)
        work = None if m is None else m.group("a")
    metric = table.get(work or "")
    return None if metric is None else outcomes.get(metric)


def speed_fix(item: Item, start: int, end: int) -> Fix | None:
    """[start, end) replaced by the time of work wanted faster (`speed_of_work`); None when the
    wording is no such work."""
    o = speed_of_work(item)
    if o is None:
        return None
    text = outcome_kr(o, item.language)
    if item.language == "en" and lower_at(item, start):
        text = _lower_first(text)
    what = quoted(item, *item.core_span)
    return Fix(
        edits=[LocalEdit(start, end, text)],
        placeholders=placeholders_in(text),
        applicability="display-only",
        note=SPEED_NOTE[voice(item.language)].format(
            what=what, metric=o.name[voice(item.language)]
        ),
    )


_EN_FASTER = re.compile(r"(?:faster|quicker|speedier) (?P<what>[a-z][a-z-]{2,20}?)(?: times?)?")


def _en_singular(word: str) -> str:
    """ "builds" -> "build", "processes" -> "process"; "process" stays."""
    if re.search(r"(?:ss|sh|ch|x)es$", word):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


# A hedge on a zero ("尽量不熬夜", "try to avoid …", "… as much as possible"): the measured zero
# replaces it too, or the hedge is left on the figure ("尽量熬夜0次" reads as the opposite).
_ZH_HEDGE_BEFORE = ("尽量", "尽可能", "争取", "力争", "努力", "最好")
_EN_HEDGE_BEFORE = re.compile(r"(?:try|strive|aim|attempt) to\s$", re.I)
_HEDGE_AFTER = re.compile(
    r"[,，]?\s?(?:as much as possible|where possible|if possible|尽量|尽可能)", re.I
)


def _without_hedge(text: str, s: int, e: int) -> tuple[int, int]:
    """The stretch [s, e) widened over a hedge right before or after it."""
    for hedge in _ZH_HEDGE_BEFORE:
        if text.endswith(hedge, 0, s):
            s -= len(hedge)
            break
    else:
        found = _EN_HEDGE_BEFORE.search(text, max(0, s - 12), s)
        if found is not None:
            s = found.start()
    after = _HEDGE_AFTER.match(text, e)
    return s, after.end() if after is not None else e


# "Raise as much as possible from the spring appeal": the hedge is the verb's object, the
# amount itself; its number takes its place (decision 587). Appending "from [baseline] to
# [target]" kept the vague words the finding flags and named no measure.
_EN_AMOUNT_OBJECT = re.compile(
    r"\b[A-Za-z]{1,20}\s(?P<hedge>as (?:much|many) as (?:possible|we can|you can|we could))(?=\s|$)",
    re.I,
)


# After the hedge, an object ("the weekly active users", "our NPS") rather than a preposition.
_EN_OBJECT_AFTER = re.compile(
    r"\s{1,4}(?!(?:from|in|at|during|through|via|with|for|by|this|across|on|over|before|until)\b)"
    r"[A-Za-z]",
    re.I,
)


def _vague_amount_object(item: Item) -> Fix | None:
    if item.language != "en":
        return None
    s, e = item.core_span
    m = _EN_AMOUNT_OBJECT.match(item.text, s, e)
    if m is None or en_verb_class(item.text[s : m.start("hedge")].strip().lower()) is None:
        return None
    if _EN_OBJECT_AFTER.match(item.text, m.end("hedge"), e):
        # "Grow as much as possible the weekly active users": an adverb before the object;
        # the object is the measure, the hedge goes.
        p = PLACEHOLDERS["en"]
        return Fix(
            edits=[
                LocalEdit(m.start("hedge") - 1, m.end("hedge"), ""),
                LocalEdit(e, e, f" from {p['baseline']} to {p['target']}"),
            ],
            placeholders=[p["baseline"], p["target"]],
            applicability="display-only",
        )
    return Fix(
        edits=[LocalEdit(m.start("hedge"), m.end("hedge"), "[N]")],
        placeholders=["[N]"],
        applicability="display-only",
    )


# A bracket closing the wording ("… (owner: Dana, by Jun 30)"): the owner's aside, no part of the
# measure ("Keep the share of flights (owner: …) that go ahead", decision 4165).
_TRAILING_ASIDE = re.compile(r"[（(][^（）()]*[）)]\s*$")


def _wording_span(item: Item) -> tuple[int, int]:
    """The item's core span without a bracketed aside closing it."""
    s, e = item.core_span
    aside = _TRAILING_ASIDE.search(item.text, s, e)
    if (
        aside is not None
        and item.text[s : aside.start()].strip()
        # the owner's aside ("(owner: Dana, by Jun 30)"), not a remark of the wording's own
        and any(a < aside.end() and aside.start() < b for a, b in item.annotation_spans)
    ):
        e = aside.start()
        while e > s and item.text[e - 1].isspace():
            e -= 1  # the blanks before the aside go with it
    return s, e


def _nothing_lost(item: Item) -> str | None:
    """ "no data loss" -> "Keep data completeness at 100%": the wording is only a zero word and
    bad events whose kind has a positive side (complement_of_kind); None otherwise."""
    s, e = _wording_span(item)
    wording = quoted(item, s, e)
    nothing = _NOTHING_BAD.match(wording)
    if nothing is None:
        return None
    positive = complement_of_kind(wording[nothing.end() :].strip(" .。!！"), item.language)
    if positive is None:
        return None
    return f"{positive}达到100%" if item.language == "zh" else f"Keep {positive} at 100%"


# Spending kept within a budget ("项目开发费用不超预算", "活动费用控制在预算内", "Website rebuild
# within budget"): the number it caps is spend over budget, written as the share of the
# budget spent — 100% at most (blind reads 11 and 13; decision 489).
_ZH_WITHIN_BUDGET = re.compile(
    r"^(?P<what>[\u4e00-\u9fffA-Za-z0-9]{2,20}?)\s?(?:不超(?:过|出)?|不突破|控制在)\s?"
    r"(?:项目|年度|季度|全年)?预算(?:以内|之内|范围内|内)?$"
)
_EN_WITHIN_BUDGET = re.compile(
    r"^(?:(?:keep|bring|deliver|complete|finish)\s+)?(?:the\s+)?(?P<what>[A-Za-z][\w\s\-&']{1,40}?)"
    r"\s+(?:(?:comes?|stays?|is|are)\s+(?:in\s+)?)?(?:within|on|under)\s+budget$",
    re.I,
)


def _within_budget(item: Item) -> Fix | None:
    """A key result that keeps spending within its budget, stated as the share of the budget
    spent (预算执行率 ≤ 100%; "spend at or under 100% of budget"). None for any other wording."""
    s, e = item.core_span
    wording = item.text[s:e].rstrip("。.!！ ")
    if item.language == "zh":
        m = _ZH_WITHIN_BUDGET.match(wording)
        text = None if m is None else f"{m.group('what').strip()}预算执行率≤100%"
    else:
        m = _EN_WITHIN_BUDGET.match(wording)
        what = "" if m is None else m.group("what").strip()
        # "Keep total spend within budget": the spend is named already, not "Total spend spend"
        # (decision 2412); "costs", "spending", "expenses" are spend too
        spend = "" if re.search(r"\b(?:spend|spending|costs?|expenses?)$", what, re.I) else " spend"
        text = (
            None if m is None else f"{what[:1].upper()}{what[1:]}{spend} at or under 100% of budget"
        )
    if text is None:
        return None
    return Fix(
        edits=[LocalEdit(s, s + len(wording), text)],
        applicability="display-only",
        note=BUDGET_NOTE[voice(item.language)],
    )


# "Spend less on milk", "Spend more on staff training": the spend on the thing is the key
# result's measure, as it is an objective's (decision 5034); not work to keep in the plan (6388).
_EN_SPEND_LESS_ON = re.compile(
    r"spend[ \t](?:far[ \t]|much[ \t]|a[ \t]lot[ \t])?(?P<d>less|more)[ \t](?:money[ \t]|cash[ \t])?"
    r"on[ \t](?:the[ \t]|our[ \t])?(?P<on>[A-Za-z][A-Za-z' -]{1,50})",
    re.I,
)


def _spend_on(item: Item) -> Fix | None:
    """The spend a key result asks to lower or raise with no number ("Spend less on milk"),
    stated as that spend from a baseline to a target; the deadline after it stays. None for
    any other wording and in Chinese."""
    if item.language != "en":
        return None
    s, e = item.core_span
    ds = item.deadline_span
    if ds is not None and s < ds[0] <= e:
        e = ds[0]
    wording = item.text[s:e].rstrip("。.!！ ,")
    m = _EN_SPEND_LESS_ON.fullmatch(wording)
    if m is None:
        return None
    on = m.group("on").strip()
    # "Spend less on courier fees": the fees are the spend already, not "courier fees spend"
    spend = (
        ""
        if re.search(r"\b(?:spend|spending|costs?|fees?|expenses?|bills?)$", on, re.I)
        else " spend"
    )
    text = measure_kr(f"{on}{spend}", "en", m.group("d").lower() == "less")
    return Fix(
        edits=[LocalEdit(s, s + len(wording), text)],
        placeholders=placeholders_in(text),
        applicability="display-only",
    )


BUDGET_NOTE = {
    "zh": "“不超预算”的数字是预算执行率（实际花费占预算的比例）：不超过100%，到期就能核对。",
    "en": "Within budget is a number: the share of the budget spent, at most 100%, checkable at "
    "the end of the period.",
}


@_once_per_item
def measure_fix(item: Item, draft: Draft) -> Fix:
    """The rewrite of a key result with no number: its own measure from a baseline to a
    target; for work to do, the outcome it serves (or the question); otherwise the outcome
    the draft points to, appended, or a measure to name."""
    from rules._negative import states_absence, zero_in_words

    lang = item.language
    denied = denied_share_fix(item) or cleared_fix(item)
    if denied is not None:
        return (
            denied  # "Upgrades not delayed for any enterprise customer", "Clear the waiting list"
        )
    zero = zero_in_words(item)
    if zero is not None:
        # "全年无数据泄露事件" is a result whose target is none: written as a number, not sent
        # to the plan as work (blind reads 3, 4 and 7; decision 175).
        s, e, text = zero
        s, e = _without_hedge(item.text, s, e)
        return Fix(
            edits=[LocalEdit(s, e, text)],
            applicability="display-only",
            note=ZERO_NOTE[voice(lang)],
            # a positive side known to kr-negative-phrasing is the measured form, not "0 X"
            # beside it; its question leaves the zero here (decisions 1121, 1184)
            yields_to_rewrites=("kr-negative-phrasing",),
        )
    amount = _vague_amount_object(item)
    if amount is not None:
        return amount  # "Raise as much as possible from the appeal" -> "Raise [N] from …" (587)
    kept = _nothing_lost(item)
    if kept is not None:
        # "no data loss": a zero of bad events with no count to write ("0 data loss" does not
        # read) is the whole of the positive side kept (blind read 8).
        return Fix(
            edits=[LocalEdit(*_wording_span(item), kept)],
            applicability="display-only",
        )
    budget = _within_budget(item)
    if budget is not None:
        return budget  # "项目开发费用不超预算" -> "项目开发费用预算执行率≤100%" (decision 489)
    spend = _spend_on(item)
    if spend is not None:
        return spend  # "Spend less on milk" -> "Cut milk spend from [baseline] …" (6388)
    speed = speed_fix(item, *item.core_span)
    if speed is not None:
        return speed
    obvious = _obvious_measure(item)
    if obvious is not None:
        s, e, text = obvious
        return Fix(
            edits=[LocalEdit(s, e, text)],
            placeholders=placeholders_in(text),
            applicability="display-only",
        )
    m = own_measure(item)
    if (
        m is not None
        and m.loose
        and _bad_events_topic(m.phrase, lang)
        and _restated(item, choose(item, draft))
        and sibling_measuring(item, choose(item, draft).outcome) is None  # type: ignore[union-attr]
    ):
        m = None  # "减少客户流失": stated through its positive complement (below)
    if m is not None and m.loose and bad_events_complement(m.phrase, lang) is None:
        pair = topic_complement(m.phrase, lang)
        if pair is not None and sibling_measuring(item, pair[1]) is None:
            # "Reduce failed deploys": the share they are counted in, said positively (281);
            # not where a sibling measures that share already (decision 4023)
            text = scoped_outcome_kr(m.phrase, pair, lang)
            bad_name, good_name = topic_complement_names(m.phrase, pair, lang)
            return Fix(
                edits=[LocalEdit(m.start, m.end, text)],
                placeholders=placeholders_in(text),
                applicability="display-only",
                note=TOPIC_COMPLEMENT_NOTE[voice(lang)].format(
                    bad=m.phrase, bad_metric=bad_name, metric=good_name
                ),
            )
    if m is not None and m.pair and lang == "en":
        return _pair_split(item, m, draft)
    if m is not None:
        restated = bad_events_complement(m.phrase, lang) is not None
        if restated and _complement_measured(item, m.phrase):
            restated = False  # a sibling measures the complement: the draft's own measure (4023)
        text = measure_text(item, m, positive=restated)
        if lang == "en" and lower_at(item, m.start):
            text = _lower_first(text)
        return Fix(
            edits=[LocalEdit(m.start, m.end, text)],
            placeholders=placeholders_in(text),
            applicability="display-only",
            note=WATCH[voice(lang)].format(bad=m.phrase) if restated else None,
        )
    universal = universal_subject_fix(item) or denied_share_fix(item)
    if universal is not None:
        return universal
    if (
        states_absence(item)
        or _NOTHING_BAD.match(item.folded[lead_position(item) :])
        or _stops_happening(item)
    ):
        # "No release slips more than a week", "Nightly builds never break": a state to keep,
        # not work for the plan, and "0 release slips" would keep the negative wording: the
        # number that shows it holds is asked (decision 1168)
        what = quoted(item, *item.core_span)  # not the owner's bracket (decision 4168)
        return ask_fix(item, ABSENCE_QUESTION[voice(lang)].format(what=what), None)
    from rules._result_shape import reading

    if reading(item).reason in ("measure", "state"):
        # "Training completion rate": a measure with no number is asked for its figure, not
        # sent to the plan as work (decision 1182); nor is a state kr-is-task reads as no task
        # ("8月底前体检各项指标正常": the message would contradict its checklist; lead 1776)
        what = quoted(item, *_work_only(item, item.core_span[0], item.core_span[1]))
        return ask_fix(item, MEASURE_QUESTION[voice(lang)].format(what=what), None)
    adopt = _all_adopt_fix(item)
    if adopt is not None:
        return adopt
    if task_like(item):
        s, e = rewrite_region(item, lead_position(item), item.core_span[1])
        return outcome_fix(item, draft, s, e, item.text[s:e])
    end = item.core_span[1]
    while end > item.core_span[0] and item.text[end - 1] in ":：,，;；":
        end -= 1  # "People team under it:" -> "People team under it: [metric] …"
    choice = choose(item, draft)
    if choice is not None and sibling_measuring(item, choice.outcome) is not None:
        choice = None  # a sibling measures it already: not a second key result on it (4023)
    if choice is not None and _restated(item, choice):
        # "尽量减少客户流失": the item is about bad events; the key result is their positive
        # complement, stated as a whole rather than appended to the negative wording.
        return _outcome_in_place(
            item,
            end,
            choice.outcome,
            lambda s, e: WATCH[voice(lang)].format(bad=_in_draft_words(item, choice.matched)),
        )
    if choice is not None and not _honest(choice):
        choice = None  # "减少客服投诉": satisfaction is not the number that falls
    guess = candidate(item, draft) if choice is None else None
    if guess is not None and sibling_measuring(item, guess.outcome) is not None:
        guess = None  # (decision 4023)
    if guess is not None and _honest(guess):
        # "Improve the paywall", "faster builds": a metric the item's and its context's words
        # agree on, offered as a guess, in place of the wording rather than tacked on.
        return _outcome_in_place(
            item,
            end,
            guess.outcome,
            lambda s, e: GUESS_MEASURE[voice(lang)].format(
                task=item.text[s:e].strip(), metric=guess.outcome.name[voice(lang)]
            ),
        )
    whole = _all_in_place(item, end)
    if whole is not None:
        return whole
    p = PLACEHOLDERS[lang]
    joint = ": "
    if choice is not None and not _supported(item, choice):
        choice = None  # "生产部：减少返工" is no design review's rework (decision 140)
    if choice is not None:
        o = choice.outcome
        if lang == "zh":
            text = f"，{outcome_kr(o, lang)}"
        else:
            text = f"{joint}{_lower_first(o.name['en'])} from {p['baseline']} to {p['target']}"
        return Fix(
            edits=[LocalEdit(end, item.core_span[1], text)],
            placeholders=placeholders_in(text),
            applicability="display-only",
        )
    what = quoted(item, item.core_span[0], end)
    standard = _routine_standard(what, lang)
    if standard is None:
        what = quoted(item, *_work_only(item, item.core_span[0], end))
    if standard is not None:
        return Fix(
            edits=[LocalEdit(item.core_span[0], item.core_span[1], standard)],
            placeholders=placeholders_in(standard),
            applicability="display-only",
        )
    template = MEASURE_QUESTION
    if cadence(item) is not None and reading(item).reason != "measure":
        # not "Weekly group meeting attendance": a measure named, no work (decision 1138)
        template = RECURRING_QUESTION
    elif _RESULT_WITHOUT_NUMBER[lang].match(what):
        template = NUMBER_QUESTION
    elif _work_shaped(item):
        template = WORK_MEASURE_QUESTION
    return ask_fix(item, template[voice(lang)].format(what=what), None)

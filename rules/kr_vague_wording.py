"""kr-vague-wording: hedges and vague words in a key result ("尽量", "as much as possible")."""

from __future__ import annotations

import re
from functools import cache, cached_property
from itertools import pairwise

from coach.facts.owner import serves_notes
from coach.facts.shape import verb_classes
from coach.nlp import lemma_en
from coach.rule_api import Example, Fix, Hit, LocalEdit, Rule, voice
from coach.wordlists import find_terms, mapping, words
from rules._kr_common import (
    lead_position,
    mapping_terms,
    measurable,
    people_say_at,
    rewrite_region,
    terms,
)
from rules._outcome import (
    MEASURE_QUESTION,
    after_label,
    after_lead_label,
    ask_fix,
    en_names_a_measure,
    measure_fix,
    measure_kr,
    outcome_fix,
    placeholders_in,
    quoted,
    task_like,
    without_phrasal_lead,
)
from rules._result_shape import (
    bare_comparatives,
    compared_to_reference,
    en_feeling_pattern,
    reading,
    zh_few,
    zh_state_improved_span,
)
from rules._vague_asides import (
    continuous_without,
    in_named_term,
    list_tail,
    outside_asides,
    several_apart,
    state_in_condition,
)

# A vague word that is part of a precise phrase: "better than 95%", "statistically significant",
# "显著性" (statistical significance), "continuous integration" (a practice's name).
# A change with its end named ("从月度缩短为半月度") says how far, in words.
# ... and not one inside a rate's name (decision 770: 及时率, 良好率 name their number; 高效率 is
# "high efficiency", still vague)
_NOT_VAGUE_AFTER = re.compile(
    r"(?<!\s)\s*(?:than|性|(?<!高效)率|integration|delivery|deployment|为(?!了)|到|至)"
)
_NOT_VAGUE_BEFORE = re.compile(r"statistically\s*$")


# A loose word in the condition a behaviour is stopped under ("Stop rushing when the queue is
# long", "Stop snapping at people when I'm tired"): it says when, not how much, so it is no
# measure left loose (decision 6336, lead's ruling of round 43). The stop is the key result's.
_STOPPED_UNDER = re.compile(
    r"^(?:stop|quit|no more|never|avoid|don['’]t|do not)\s[^,;.]{1,60}?"
    r"\s(?:when|whenever|while|if|once)\s[^,;.]{0,60}$"
)


# The rules whose fix replaces a line of work to do: a hedge dropped from it would only polish it.
_TASK_FIXES = ("kr-is-task", "kr-activity-count")


class _PerItem:
    """The parts of a fix that depend on the item alone, computed once per item however many
    vague words it holds (one per word would make a long run of hedges quadratic)."""

    def __init__(self, item, draft) -> None:
        self.item, self.draft = item, draft

    @cached_property
    def task_like(self) -> bool:
        return task_like(self.item)

    @cached_property
    def measure(self) -> Fix:
        return measure_fix(self.item, self.draft)

    @cached_property
    def vague_quantity(self) -> bool:
        return bool(mapping_terms(self.item, "kr_vague_quantities"))


class KrVagueWording(Rule):
    """What it does: flags hedges ("尽量", "争取", "as much as possible", "try to") in any key
    result, and vague degree, quality or quantity words ("大幅", "进一步", "一些", "better",
    "significantly", "several") in a key result that gives no number.

    Why is this bad? 具体的；保持简单明了: a hedge lets the KR pass whatever happens, and a vague
    word stands where a number should be — "大幅提升" means something different to everyone.

    A change with no amount ("Improve docs", "满意度提升", "优化回复话术") is vague too: it says which
    way, not how far (decision 47).

    Use instead: drop the hedge and say the number ("将客户流失率控制在5%以内", "Add [N]
    integrations"). With a number, words such as "进一步" are harmless and are not flagged.
    """

    id = "kr-vague-wording"
    target = "kr"
    severity = "warning"
    category = "clarity"
    issue_type = "style"
    fix = "always"
    similar_examples = True
    model_label = "kr-vague-wording"
    model_message = {
        "zh": "这条关键结果措辞含糊，目标不够具体（模型判断）。",
        "en": "This key result reads as vaguely worded (the model's reading).",
    }
    principle = {
        "zh": "具体的；保持简单明了：不用“尽量”“适当”这类模糊的词",
        "en": "Specific, simple and clear: no hedges or vague words such as “as much as possible” "
        "or “better”",
    }
    message = {
        "zh": "“{word}”{verdict}，{advice}。",
        "en": "“{word}” {verdict}: {advice}.",
    }
    explanation = {
        "zh": "好的关键结果是具体的：读的人知道要做到什么程度。“尽量”“争取”给了不达成的余地，"
        "“大幅”“进一步”“一些”让每个人各有各的理解。去掉含糊的词，写出具体的数字或目标值；"
        "还不知道数字时写[N]占位。",
        "en": "A good key result is specific: anyone reading it knows what counts as done. "
        "Hedges (“try to”, “as much as possible”) leave room to miss; vague words "
        "(“significantly”, “better”, “several”) mean something different to everyone. Drop the "
        "vague word and state the number; write [N] where you do not know it yet.",
    }
    examples = (
        Example("zh", "«尽量»将客户流失率控制在5%以内", True),
        Example("zh", "«适当»增加客户服务渠道", True),
        Example("zh", "«大幅»提升新用户转化率", True),
        Example("zh", "新增«若干»合作伙伴", True),
        Example("zh", "品牌好感度«提升»", True),
        Example("zh", "«优化»回复话术", True),
        Example("zh", "«处理好»客户的售后投诉", True),
        Example("zh", "需求评审流程«清晰化»", True),
        Example("zh", "门店员工满意度«进一步»提高", True),
        Example("zh", "门店卫生抽检成绩达到«较高水平»", True, note="没有数字的等级（决定155）"),
        Example("zh", "毛利率达到行业平均水平", False, note="可以查到的基准，不是空话"),
        Example("zh", "«加快»退款到账速度", True, note="a direction, no amount (decision 120)"),
        Example("zh", "盘点周期从每季度缩短为每月", False, note="the end is named in words"),
        Example("zh", "«减少»呆滞物料", True, note="jieba glues the change to its object"),
        Example("zh", "收集合理化建议50条", False),
        Example("zh", "新用户转化率从3%进一步提升到5%", False),
        Example("zh", "完成月度报表自动化", False),
        Example("zh", "发布流程自动化率提升到80%", False),
        Example("zh", "建立统一流程，审批时长缩短到1天", False),
        Example("zh", "A/B测试结果达到统计显著性的实验不少于6个", False),
        Example("zh", "在Facebook和Twitter上增加20%的粉丝数量", False),
        Example("zh", "老师上课«更有»激情", True, note="a bare comparative (decision 312)"),
        Example("zh", "品牌知名度«有所»提高", True, note="a hedge on a change (decision 312)"),
        Example("zh", "让上课更有激情的老师占比达到80%", False, note="a number is given"),
        Example("zh", "巡检记录«做得更»细致", True, note="done better, no number (decision 348)"),
        Example("en", "Grow trial signups «as much as possible»", True),
        Example("en", "Deliver a «better» onboarding experience", True),
        Example("en", "«Significantly» increase organic traffic", True),
        Example("en", "Sign «several» new reseller partners", True),
        Example("en", "«Improve» docs", True),
        Example("en", "«Faster» builds", True),
        Example("en", "Partner referrals «up»", True),
        Example("en", "Keep on-call load at a «manageable» level", True),
        Example("en", "Give «continuous» feedback to new hires", True),
        Example("en", "Resolve 90% of tickets better than the 24-hour SLA", False),
        Example("en", "Move continuous integration to the new build farm", False),
        Example("en", "Get every new hire's laptop set up", False),
        Example("en", "Ship 3 statistically significant pricing experiments", False),
        Example("en", "Further reduce p95 latency from 400 ms to 250 ms", False),
        Example("en", "Raise NPS for enterprise and SMB customers to 50", False),
        Example("en", "Train «harder» before the race", True, note="decision 258"),
        Example("en", "Check-in kiosks «work well» at every branch", True, note="decision 258"),
    )

    def check(self, item, draft):
        quantified = measurable(item)
        found = [(t, "hedge") for t in _terms(item, "kr_vague_hedges")]
        if item.language == "en" and " as much " in item.folded:
            # "…, freeing as much admin time as possible": the hedge with its noun inside (5609)
            found += [
                ((m.start(), m.end(), m.group()), "hedge")
                for m in _AS_MANY.finditer(item.folded, *item.core_span)
                if m.group().startswith("as much ")
                and not any(t[0] <= m.start() < t[1] for t, _k in found)
            ]
        if quantified and item.language == "en":
            # "Answer as many inbound emails as possible within 1 business day": a time limit or
            # a deadline elsewhere does not say how many; the count is still left open (lead 1795)
            found += [
                (t, "quantity")
                for t in _terms(item, "kr_vague_quantities", mapping_list=True)
                if t[2] in ("many", "much") and _AS_MANY.match(item.folded, max(0, t[0] - 3))
            ]
        if quantified and item.language == "en":
            # "Cut scrap to 4% and keep overtime low": the second half keeps a state with no
            # level of its own; the first half's figure does not measure it (decision 6291)
            found += [(t, "word") for t in _en_loose_state_joined(item)]
        if not quantified:
            # "Backlog healthier than last spring", "Accuracy better than last year": better
            # than a reference with no figure, the comparative and its "than" (decision 6031)
            compared = outside_asides(item, compared_to_reference(item)[:1])
            found += [(t, "change") for t in compared]
            found += [
                (t, "word")
                for t in _terms(item, "kr_vague_words")
                if not any(c[0] <= t[0] < c[1] for c in compared)
                and not _STOPPED_UNDER.match(item.folded[item.core_span[0] : t[0]])
                # "隐患整改及时率提高": 及时 inside the rate's name is no vague word, and it must
                # not hide the bare move after the name (decisions 770, 6851)
                and not (item.language == "zh" and _precise(item.folded, t[0], t[1]))
            ]
            found += [
                (t, "quantity") for t in _terms(item, "kr_vague_quantities", mapping_list=True)
            ]
            if item.language == "zh":
                found += [(t, "word") for t in outside_asides(item, _zh_done_well(item))]
                found += [(t, "word") for t in outside_asides(item, _zh_loose_degree(item))]
                found += [(t, "word") for t in outside_asides(item, _zh_standard_unnamed(item))]
                # "多签几单", "新增十几家门店": 几 hedges the count (decision 6060)
                found += [(t, "quantity") for t in outside_asides(item, zh_few(item))]
            if not found:
                # "improve docs", "满意度提升": a direction with no amount
                found += [
                    (t, "change")
                    for t in _terms(item, "kr_vague_changes")
                    if not _CAUSE_OF_CHANGE.match(item.folded, t[1])
                    and not _PLAN_NAMED.match(item.folded, t[1])
                    and not _findings_named(item, t)
                    and not _GRANTED_BEFORE.search(item.folded, max(0, t[0] - 80), t[0])
                ][:1]
            if not found:
                # "Spend less on taxis", "Shorter queues at lunch", "更少的投诉", "少熬夜": a
                # comparative asks for a change and says not how far (decisions 202, 4180)
                found += [(t, "change") for t in outside_asides(item, bare_comparatives(item))][:1]
            if not found and item.language == "zh":
                # "需求评审流程清晰化": a change named as a noun, with no amount
                found += [(t, "change") for t in outside_asides(item, _zh_nominal_change(item))]
            if not found and item.language == "zh":
                # "服务质量", "护理质量": a measure's name alone, no direction and no amount
                # (decision 6066)
                found += [(t, "change") for t in _zh_bare_name(item)]
            if not found and item.language == "zh":
                # "普通话更标准一点", "陈列更整齐": a state better with a bare 更 (decision 6845)
                found += [(t, "word") for t in _zh_state_better(item, found)]
            if not found and item.language == "en":
                # "Keep website uptime high", "Get comfortable with pivot tables": a loose
                # state kept or reached, no level named (decision 5608)
                found += [(t, "word") for t in outside_asides(item, _en_loose_state(item))]
            if not found and item.language == "en":
                # "Members happy", "Night staff rested": a feeling wished on people, the whole
                # wording, with no measure of it (decision 5929)
                found += [(t, "word") for t in _en_feeling(item)]
            if not found and item.language == "en":
                # "Benefits utilisation up": a measure and a direction after it, no amount
                found += [
                    (t, "trailing") for t in outside_asides(item, _en_trailing_direction(item))
                ]
        found.sort(key=lambda x: x[0][0])
        titled = item.facts.shape.titled
        if titled >= 0:
            # "Improve the Management of Fixed Assets – Evaluate …": words in the title before
            # the wording proper are its name, not its wording (decision 1340)
            found = [f for f in found if f[0][1] > titled]
        hits, taken = [], -1
        per_item = _PerItem(item, draft)  # what every hit's fix shares, computed once
        for (s, e, word), kind in found:
            if (
                s < taken
                or _precise(item.folded, s, e)
                or _in_a_name(item.text, s, e)
                # "multiple-choice quizzes" (6872), "distinct personas" (6873)
                or in_named_term(item, s, e)
                or several_apart(item.folded, s, e)
                or continuous_without(item.folded, s, e)  # 6877
            ):
                continue
            taken = e
            hits.append(self._hit(item, per_item, s, e, word, kind, quantified))
        _delete_together(item, hits)
        if not hits and (cell := _vague_target_cell(item)) is not None:
            hits.append(cell)
        return hits

    def _hit(
        self, item, per_item: _PerItem, s: int, e: int, word: str, kind: str, quantified: bool
    ) -> Hit:
        draft = per_item.draft
        verdict = _VAGUE
        if kind == "quantity":
            advice = {"zh": "写出具体数量", "en": "give the number"}
            if per_item.task_like and not quantified:
                # "Call more prospects": a number would only make the task countable; the
                # rewrite is the outcome the calls serve.
                rs, re_ = rewrite_region(item, lead_position(item), item.core_span[1])
                fixes = [outcome_fix(item, draft, rs, re_, item.text[rs:re_])]
            else:
                fixes = [_number_for(item, s, e, word)]
        elif kind == "trailing":
            # "Partner referrals up": the measure is named; only the numbers are missing. The
            # key result on that measure keeps a verb ("Cut mezzanine pick errors from …", not
            # "mezzanine pick errors from …": blind read 6) and says bad events positively.
            measure = per_item.measure
            named = item.text[item.core_span[0] : s - 1]
            if (not measure.asks and any(m.start <= s and e <= m.end for m in measure.edits)) or (
                measure.asks and not en_names_a_measure(named)
            ):
                # "Cross-team collaboration up" names no measure: the question, as
                # kr-not-quantified asks it (decision 277)
                fixes = [_copied(measure)]
            else:
                cs = item.core_span[0]
                verb = "Cut" if word.lower() in ("down", "lower", "fewer") else "Raise"
                named = item.text[cs : s - 1]
                named = without_phrasal_lead(named)  # "Get the team GPA up" (586)
                if len(named) > 1 and not named[1].isupper():
                    named = named[:1].lower() + named[1:]  # "Partner referrals"; "NPS" stays
                text = f"{verb} {named} from [baseline] to [target]"
                fixes = [
                    Fix(
                        edits=[LocalEdit(cs, e, text)],
                        placeholders=["[baseline]", "[target]"],
                        applicability="display-only",
                    )
                ]
            advice = {"zh": "写出要达到的数字", "en": "say how far, with a number"}
        elif kind == "change":
            # "Improve docs": a change with no amount — the measure and how far it should go.
            fixes = [_copied(per_item.measure)]
            advice = {"zh": "写出要达到的数字", "en": "say how far, with a number"}
        else:
            fixes = []
            if not _predicate(item, s, e):
                fixes.append(Fix(edits=[_delete(item, s, e)], applicability="unsafe"))
            # With a vague quantity in the KR, its number is the fix ("as many deals as
            # possible" -> "[N] deals"): a measure appended besides would be a second target.
            if not quantified and not per_item.vague_quantity:
                measure = per_item.measure
                covers = any(m.start <= s and e <= m.end for m in measure.edits)
                edits = measure.edits if covers or not fixes else fixes[0].edits + measure.edits
                with_measure = Fix(
                    edits=list(edits),
                    extra_edits=list(measure.extra_edits),
                    placeholders=measure.placeholders,
                    applicability="display-only",
                    note=measure.note,
                    asks=measure.asks,
                )
                # Without a number, the word deleted alone leaves a change with no amount
                # (decision 47: still vague): the measure comes with the deletion.
                deletion = []
                if kind == "hedge" and measure.asks:
                    # "尽量提高学员满意度": a question rewrites nothing, so the hedge goes at one
                    # click (the rest byte-exact) and the question of which number shows it
                    # stays beside it (decision 965). On work to do ("争取上线新官网") the item's
                    # rewrite stays the task's question: the deletion is on its own card only.
                    deletion = [
                        Fix(
                            edits=list(fixes[0].edits),
                            applicability="unsafe",
                            yields_to=(
                                (*_TASK_FIXES, "kr-not-quantified")
                                if per_item.task_like
                                else _TASK_FIXES
                            ),
                            card_yields_to=(),
                        )
                    ]
                fixes = [*deletion, with_measure]
            if kind == "hedge":
                # "Strive to", "力争": a hedge leaves room to miss; the word itself is clear, so
                # the message names it a hedge, not "vague" (decision 5434)
                verdict = _HEDGE
                advice = {"zh": "去掉它，直接承诺目标", "en": "drop it and commit to the target"}
            else:
                advice = {"zh": "去掉它，写出具体的数字", "en": "drop it and state the number"}
        if kind in ("change", "trailing") and any(fix.asks for fix in fixes):
            # The suggestion asks which number the work moves: the message says the same, not
            # "write the number to reach" beside a question (blind read 11, rw-161; decision 374).
            advice = {
                "zh": "先说清它要让哪个数字变好，再写出要达到的数字",
                "en": "first say which number it should move, then how far",
            }
        if per_item.task_like:
            # On work to do, kr-is-task's finding carries the item's one suggestion (the outcome
            # or the question); a second copy under "做好 is vague" read as a finding and a
            # suggestion that disagree (blind read 4, decision 139).
            for fix in fixes:
                if fix.asks and "kr-is-task" not in fix.yields_to:
                    fix.yields_to = (*fix.yields_to, "kr-is-task")
        return Hit(
            span=(s, e),
            args={"word": item.text[s:e], "verdict": verdict, "advice": advice},
            fixes=fixes,
            # "降低退货率", "Lose weight": a direction with no amount is what kr-not-quantified
            # already says ("no number"); calling the verb itself vague beside it read as a
            # wrong pile-up (tester7). The checklist keeps both verdicts (decision 428).
            folds_into=("kr-not-quantified",) if kind == "change" else (),
        )


# What the message calls the word: a hedge ("力争", "Strive to") is clear in itself and leaves
# room to miss; the other words are vague (decision 5434).
_VAGUE = {"zh": "含义模糊", "en": "is vague"}
_HEDGE = {"zh": "给没做到留了余地", "en": "is a hedge that leaves room to miss"}


def _vague_target_cell(item) -> Hit | None:
    """A table row whose Target cell hedges ("| Attend industry events | as many as possible |
    Dan |"): the cell is the key result's target, as vague as the same words in its wording
    (decision 796). Flagged on the cell, with the number to write in its place."""
    cell = item.cells.get("target")
    if cell is None:
        return None
    lang = item.language
    if not find_terms(cell.text.lower(), words("kr_vague_hedges", lang), lang):
        return None
    blank = "[N]"
    return Hit(
        span=(cell.start, cell.end),
        input_span=True,
        args={
            "word": cell.text,
            "verdict": _VAGUE,
            "advice": {
                "zh": "在目标值一栏写出具体的数字",
                "en": "put the number in the target cell",
            },
        },
        fixes=[Fix(edits=[], extra_edits=[(cell.start, cell.end, blank)], placeholders=[blank])],
    )


def _copied(measure: Fix) -> Fix:
    """The item's measure rewrite as a fix of this hit's own (each hit's edits may change)."""
    return Fix(
        edits=list(measure.edits),
        extra_edits=list(measure.extra_edits),
        placeholders=measure.placeholders,
        applicability="display-only",
        note=measure.note,
        asks=measure.asks,
    )


# Beyond this many vague words in one key result, deleting them together would make every fix
# as long as the item (quadratic in a pasted run of hedges); real drafts have one to three.
_TOGETHER_MAX = 8


def _delete_together(item, hits: list[Hit]) -> None:
    """With several vague words in one key result ("争取线上故障数量明显下降"), each one's
    deletion removes them all: a rewrite that leaves the other would still be vague. Every fix
    that deletes its own word also deletes the others (where no other edit of it touches them)."""
    own = {}
    for h in hits:
        ed = _delete(item, *h.span)
        if any(ed in f.edits for f in h.fixes):
            own[id(h)] = ed
    if not 2 <= len(own) <= _TOGETHER_MAX:
        return  # one word, or a run of them no person writes: each deletion stays its own
    every = sorted(own.values(), key=lambda ed: ed.start)
    for h in hits:
        if id(h) not in own:
            continue
        for f in h.fixes:
            if own[id(h)] not in f.edits:
                continue
            others = [
                ed
                for ed in every
                if ed is not own[id(h)]
                and not any(ed.start < x.end and x.start < ed.end for x in f.edits)
            ]
            f.edits = sorted([*f.edits, *others], key=lambda ed: ed.start)


# "as many deals as possible", "as much revenue as we can": the vague quantity is the whole
# phrase, and the number replaces all of it ("[N] deals").
_AS_MANY = re.compile(
    r"as (?:many|much) (?P<what>[^,;.]{1,40}?) as (?:possible|we can|you can)", re.I
)
# "get better at", "do better": the vague word is the predicate; deleting it leaves no sense.
_PREDICATE_BEFORE = re.compile(r"(?:get|getting|be|being|do|doing|feel|feeling|is|are)\s+$")


def _predicate(item, s: int, e: int) -> bool:
    return item.language == "en" and bool(_PREDICATE_BEFORE.search(item.folded, max(0, s - 12), s))


_MOVED_BY_QUESTION = {
    "zh": "哪个数量或比率能说明“{what}”？把它写成“[数量或比率]从[基线]提升到[目标值]”。",
    "en": "Which count or rate shows “{what}”? Write it as “[count or rate] from [baseline] to "
    "[target]”.",
}


_GET_BEFORE = re.compile(r"get\s{1,3}")


def _number_for(item, s: int, e: int, word: str) -> Fix:
    """Replace a vague quantity with a number to fill in ("若干" -> "[N]个", "several" -> "[N]")."""
    # 几 and its kin ("几", "十几", "几十") are no list entry: the number replaces them (6060)
    repl = mapping("kr_vague_quantities", item.language).get(word, "[N]")
    if item.language == "en":
        start = item.folded.rfind("as ", 0, s)
        m = _AS_MANY.match(item.folded, start) if start == s - 3 else None
        if m is not None:
            what = item.text[m.start("what") : m.end("what")]
            return Fix(edits=[LocalEdit(m.start(), m.end(), f"[N] {what}")], placeholders=["[N]"])
        end = item.core_span[1]
        what = item.text[e:end].strip()
        # The head noun: the last word before a preposition ("multi-threading in deals").
        phrase = re.split(r"\s(?:in|on|with|for|of|across|per|from|to|at)\s", what, maxsplit=1)
        head = re.search(r"[A-Za-z-]+$", phrase[0])
        said = people_say_at(what.lower(), 0) if word in ("more", "fewer") else None
        # "Get more 5-star reviews" as "More 5-star reviews": "get" only says they come in
        # (decision 5427)
        # ... and after a label that opens the wording ("Ops team: Get more …"; decision 5420)
        lead = after_lead_label(item.plain, lead_position(item), end, owners_only=False)
        lead = lead if lead <= s else lead_position(item)
        at_lead = s == lead or _GET_BEFORE.fullmatch(item.folded, lead, s)
        if said is not None and at_lead:
            # "More parents say homework is manageable": the share of them who say so, from a
            # baseline to a target, not "Raise parents say …" (decision 2704)
            cut = said.end("who")
            share = f"the share of {what[:cut]} who{what[cut:]}"
            text = measure_kr(share, "en", lower=word != "more")
            return Fix(
                edits=[LocalEdit(lead if at_lead else s, end, text)],
                placeholders=placeholders_in(text),
                applicability="display-only",
            )
        if word in ("more", "less", "fewer") and not re.search(r"[A-Za-z]", what):
            # "renew more": "renew [N] more" does not read and counts nothing named; the count
            # or rate the verb moves is the number, asked with its skeleton (decision 938)
            asked = quoted(item, item.core_span[0], end)
            return ask_fix(item, _MOVED_BY_QUESTION[voice("en")].format(what=asked), None)
        if (
            word in ("more", "less", "fewer")
            and at_lead
            and head is not None
            and head.group().lower().endswith("s")
            and en_names_a_measure(what)
        ):
            # "more exec touchpoints": "[N] more exec touchpoints" has no baseline to count the
            # "more" from; the count goes from its baseline to its target (decision 938)
            text = measure_kr(what, "en", lower=word != "more")
            return Fix(
                edits=[LocalEdit(lead if at_lead else s, end, text)],
                placeholders=placeholders_in(text),
                applicability="display-only",
            )
        if (
            word in ("more", "less", "fewer")
            and at_lead
            and head is not None
            and not head.group().lower().endswith("s")
        ):
            # "more multi-threading in deals": "[N] more multi-threading" counts what is not a
            # count; the measure goes from a baseline to a target instead, when the words name
            # one ("more pipeline coverage"); a practice or a quality ("multi-threading in
            # deals", "recognition") is asked which number shows it (decision 277).
            if not en_names_a_measure(what):
                asked = quoted(item, item.core_span[0], end)
                return ask_fix(item, MEASURE_QUESTION[voice("en")].format(what=asked), None)
            text = measure_kr(what, "en", lower=word != "more")
            return Fix(
                edits=[LocalEdit(lead if at_lead else s, end, text)],
                placeholders=placeholders_in(text),
                applicability="display-only",
            )
        if word in ("more", "less") and _comparative(item.folded, s, e):
            # "Be more consistent", "Make the episodes more fun": a quality made greater, not a
            # count; "Be [N] more consistent" does not read. Asked which number shows it (2169)
            asked = quoted(item, item.core_span[0], end)
            return ask_fix(item, MEASURE_QUESTION[voice("en")].format(what=asked), None)
    return Fix(edits=[LocalEdit(s, e, repl)], placeholders=["[N]"])


# A linking verb right before "more" ("Be more consistent", "Feel more confident"), "make/keep"
# and an object before it ("Make the episodes more fun"), or an adjective's ending right after it
# ("more visible", "more reliable"): "more" makes a quality greater (decision 2169).
_LINKING_BEFORE = re.compile(
    r"\b(?:be|is|are|was|were|being|become|becomes|feel|feels|seem|seems|look|looks|sound|"
    r"sounds|stay|stays|remain|remains)\s+$"
)
_MAKE_OBJECT_BEFORE = re.compile(r"^\s*(?:make|keep)s?\s+(?:[a-z'’-]+\s+){1,4}$")
_ADJECTIVE_AFTER = re.compile(
    r"(?<!\s)\s++[a-z-]{2,}(?:ent|ant|ive|ful|ous|able|ible|ic|al)"
    r"(?=\s*$|[,.;]|\s+(?:in|on|at|to|for|with|about|than|across|among|when|while|and)\b)"
)


# "Get parents more involved", "Get the crew more confident": "get" and who, then "more" and a
# participle or an adjective (decision 2404); "Get 3 more people" counts people.
_GET_OBJECT_BEFORE = re.compile(r"^\s*gets?\s+(?:[a-z'’-]+\s+){1,4}$")
_STATE_AFTER = re.compile(r"(?<!\s)\s++[a-z-]{2,}(?:ed|ent|ant|ive|ful|ous|able|ible|ic|al)\b")


def _comparative(folded: str, s: int, e: int) -> bool:
    """Whether "more"/"less" at [s, e) makes a quality greater rather than counting a thing."""
    return bool(
        _LINKING_BEFORE.search(folded, max(0, s - 12), s)
        or _MAKE_OBJECT_BEFORE.match(folded[:s])
        or (_GET_OBJECT_BEFORE.match(folded[:s]) and _STATE_AFTER.match(folded, e))
        or _ADJECTIVE_AFTER.match(folded, e)
    )


# "了解价格是否为销量增长的主要动力", "找出复购率下降的原因": the change names what is studied
# (its cause, driver or room), not a change the key result asks for (decision 1394).
_CAUSE_OF_CHANGE = re.compile(
    r"的(?:主要|核心|关键|根本)?(?:驱动力|驱动因素|动力|原因|因素|来源|瓶颈|空间|潜力)"
)
# "确定新一轮线网优化方案", "制定门店改进计划": the change word names the plan to be made, the
# work the key result is (a task), not a direction with no amount (decision 4526).
# The plan's name closes the clause: not "提升方案通过率" (a measure of plans, moved).
_PLAN_NAMED = re.compile(
    r"(?:实施方案|方案|计划|项目|措施|建议|思路|路线图)(?:初稿|终稿|草案)?(?=\s*$|\s*[，,；;。（(])"
)
# "输出性能优化结论", "提交库存周转优化报告": after the work's verb, the change word names the findings
# written up, a deliverable (decision 6876, 4526 extended); "优化报告" alone still changes a report.
_FINDINGS_NAMED = re.compile(r"(?:结论|报告|总结|清单)(?=\s*$|\s*[，,；;。（(])")


def _findings_named(item, t: tuple[int, int, str]) -> bool:
    return (
        item.language == "zh"
        and t[0] > lead_position(item)
        and _FINDINGS_NAMED.match(item.folded, t[1]) is not None
    )


# The change as the thing others approve, named as a noun (decision 4985; ruling b of the
# thirty-fourth round): "Get the county board to approve the FY27 budget increase", "Have the
# board ratify the fee increase" — the approval asked for is the task (kr-is-task), the increase
# is its object, no direction left without an amount.
_GRANTED_BEFORE = re.compile(
    r"\b(?:approve|approves|approved|ratify|ratifies|endorse|endorses|accept|accepts|back|backs|"
    r"pass|passes|sign\s+off\s+on|signs\s+off\s+on|agree\s+to|agrees\s+to|vote\s+for|"
    r"vote\s+through)\s+(?:the|a|an|our|this|that|its|their)\s+(?:[a-z0-9][a-z0-9-]*\s+){1,3}$"
)
_OPENING = {"“": "”", "「": "」", "《": "》", "『": "』", '"': '"'}
_CAPITALISED = re.compile(r"[A-Z][\w'’&-]*")


def _in_a_name(text: str, s: int, e: int) -> bool:
    """Whether the word at [s, e) is part of a name (decision 565): in quotes ("the \"Too Good
    To Go\" partnership", “更好”计划) or one of two or more capitalised words inside the wording
    ("Launch the Too Good To Go partnership"), not a word of the wording itself."""
    for opening, closing in _OPENING.items():
        at = text.rfind(opening, max(0, s - 40), s)
        if at < 0:
            continue
        if opening == '"' and text.count('"', 0, at) % 2:
            continue  # the quote before is a closing one
        if closing not in text[at + 1 : s] and text.find(closing, e, e + 40) >= 0:
            return True
    if not text[s : s + 1].isupper() or not re.search(r"[A-Za-z]", text[:s]):
        return False  # not capitalised, or the first word of the wording
    before = text[max(0, s - 30) : s].rstrip()
    after = text[e : e + 30].lstrip()
    prev = before.rsplit(" ", 1)[-1] if before else ""
    return bool(_CAPITALISED.fullmatch(prev) or _CAPITALISED.match(after))


def _terms(item, name: str, mapping_list: bool = False) -> list[tuple[int, int, str]]:
    found = mapping_terms(item, name) if mapping_list else terms(item, name)
    if item.language == "en" and "(" in item.folded:
        # "(helping multiple individuals in the team)": whom the work serves, not how much of it
        # is done (decision 4966)
        notes = serves_notes(item.folded)
        found = [t for t in found if not any(s <= t[0] < e for s, e in notes)]
    if name != "kr_vague_hedges":
        # the purpose of work and a list's examples (6870, 6871); a list's open tail (6871)
        found = [t for t in outside_asides(item, found) if not list_tail(item, t)]
    if item.language == "en" and name == "kr_vague_hedges":
        # "with the aim to fund two hires": "aim" after a determiner is the noun, no hedge
        # (decision 5436); "Aim to reach 300 bookings" hedges as "Try to" does
        found = [t for t in found if not _noun_aim(item.folded, t[0])]
    return found if item.language == "en" else _zh_terms(item, name, found)


_DETERMINER_BEFORE = re.compile(r"(?:^|\s)(?:the|an|our|my|their|his|her|its|this|that|whose)\s+$")


def _noun_aim(folded: str, start: int) -> bool:
    return folded.startswith("aim", start) and bool(
        _DETERMINER_BEFORE.search(folded, max(0, start - 8), start)
    )


def _zh_terms(item, name: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    bounds = item.facts.token_bounds
    # A hedge is an adverb that jieba often glues to its verb ("尽量减少" is one token), so it
    # only has to start a token; other words must be whole tokens.
    hedge = name == "kr_vague_hedges"
    # jieba also glues a change to its object ("降低库存" is one token): a change word may
    # start a longer token.
    change = name == "kr_vague_changes"
    return [
        t
        for t in found
        if t[0] in bounds
        and (hedge or change or t[1] in bounds or _glued_change(item, t[1], bounds))
    ]


def _glued_change(item, end: int, bounds: frozenset[int]) -> bool:
    """jieba glues a degree word to the change after it ("进一步提高", "明显提高" are one token):
    the word still counts when the rest of its token is a change word."""
    return any(
        item.folded.startswith(w, end) and end + len(w) in bounds
        for w in words("kr_vague_changes", "zh")
    )


# "utilisation up", "pick errors down" at the end of a key result; not a phrasal verb's particle
# ("sign up", "follow up", "ramp up").
_TRAILING_DIRECTION = re.compile(r"(?<=[a-z0-9%)] )(up|down)[.!]?$")
_PARTICLE_VERBS = frozenset(
    ("set", "sign", "follow", "pick", "back", "shut", "break", "wind", "clean", "step", "speed",
     "scale", "ramp", "level", "roll", "write", "warm", "cool", "show", "turn", "slow", "start",
     "stand", "catch", "look", "open", "close", "go", "come", "keep", "end", "take", "make")
)  # fmt: skip


def _en_trailing_direction(item) -> list[tuple[int, int, str]]:
    s0, e0 = item.core_span
    m = _TRAILING_DIRECTION.search(item.folded, max(s0, e0 - 8), e0)
    if m is None:
        return []
    before = item.folded[max(s0, m.start() - 20) : m.start()].split()
    if not before or before[-1] in _PARTICLE_VERBS or lemma_en(before[-1]) in _PARTICLE_VERBS:
        return []
    if state_in_condition(item.folded, s0, m.start(), before):
        return []  # "… even when the database is down" (decision 6874)
    return [(m.start(1), m.end(1), m.group(1))]


@cache
def _en_state_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a state kept, closing its clause; a word of ease after a verb of becoming)."""
    entries = words("kr_vague_states", "en")
    kept = "|".join(re.escape(w) for w in entries if ":" not in w)
    ease = "|".join(re.escape(w.removeprefix("ease:")) for w in entries if w.startswith("ease:"))
    return (
        re.compile(
            r"(?:keep|keeps|keeping|maintain|maintains|maintaining)\s(?:[a-z'’-]{1,20}\s){1,5}?"
            rf"(?P<w>{kept})(?:\s(?:and|&)\s(?:{kept}))?\s?(?=$|[.;,!(])"
        ),
        re.compile(
            r"(?<![a-z])(?:get|gets|getting|become|becomes|be|feel|feels|grow)\s"
            rf"(?:more\s|fully\s|really\s|truly\s)?(?P<w>{ease})(?![a-z])"
        ),
    )


def _en_feeling(item) -> list[tuple[int, int, str]]:
    """A feeling wished on people with no figure, the whole wording (decision 5929)."""
    m = en_feeling_pattern().fullmatch(item.folded, *item.core_span)
    return [] if m is None else [(m.start("w"), m.end("w"), m.group("w"))]


def _en_loose_state(item) -> list[tuple[int, int, str]]:
    """A state kept with no level ("Keep server costs low"), at the start of the wording, or
    ease reached with no bar ("Become confident with the new till"), with no figure (5608)."""
    s0, e0 = item.core_span
    kept, ease = _en_state_patterns()
    out = []
    m = kept.match(item.folded, s0, e0)
    if m is not None:
        out.append((m.start("w"), m.end("w"), m.group("w")))
    m = ease.search(item.folded, s0, e0)
    if m is not None:
        out.append((m.start("w"), m.end("w"), m.group("w")))
    return out


_EN_AND_KEEP = re.compile(r"\s(?:and|&)\s(?=keep|maintain)")


def _en_loose_state_joined(item) -> list[tuple[int, int, str]]:
    """A state kept with no level in the clause after "and", when the first half holds the
    figure: "Lift NPS to 50 and keep churn low", "Cut scrap to 4% and keep overtime low" — the
    second half is vague (decision 6291). Not when a number follows ("… and keep churn below 2%")."""
    s0, e0 = item.core_span
    kept, _ease = _en_state_patterns()
    out = []
    for a in _EN_AND_KEEP.finditer(item.folded, s0, e0):
        if any(q.is_target and q.start >= a.end() for q in item.facts.quantities):
            continue
        m = kept.match(item.folded, a.end(), e0)
        if m is not None:
            out.append((m.start("w"), m.end("w"), m.group("w")))
    return out


# A loose degree after a comparative: "比去年多一些", "高一点", "多一点儿" (decision 4880) — which way,
# not how far. Not a clock time ("下午一点前", "一点半").
_ZH_LOOSE_DEGREE = re.compile(
    r"[多少高低好快慢大小强短长早](?:一些|一点儿?|些许)(?![\d前后半钟分整])"
)


# "So many", "so long", "too many" with no figure: "英语作文不再丢那么多分", "客户别等那么久",
# "加班不要太多" — a feeling of how much, no amount (decision 6852); jieba cuts 那么|多分, so
# it is read on the characters.
_ZH_SO_MUCH = re.compile(r"(?:那么|这么|太)(?:多|久)(?![少元])")


def _zh_loose_degree(item) -> list[tuple[int, int, str]]:
    """A comparative and a loose degree closing it, with no figure (decision 4880); "so many"
    or "so long" (decision 6852)."""
    s0, e0 = item.core_span
    return [
        (m.start(), m.end(), m.group())
        for pattern in (_ZH_LOOSE_DEGREE, _ZH_SO_MUCH)
        for m in pattern.finditer(item.folded, s0, e0)
    ]


# A rate, a degree or the indicators, then 达标 with no figure: the standard met is not said
# ("手卫生正确率达标", "各项指标全部达标"; decision 5372). Not 达标率, a measure's name.
_ZH_STANDARD_UNNAMED = re.compile(r"(?<=[率度标数])(?:全部|均|都|全面|基本)?(达标)(?!率|人|数)")


def _zh_state_better(item, found: list) -> list[tuple[int, int, str]]:
    """A state said to be better with a bare 更 and no figure ("普通话更标准一点", "陈列更整齐"):
    which way, not how far, as 更加 says it (decisions 6061, 6845); once, where no other word
    of the state is quoted."""
    span = zh_state_improved_span(item)
    if span is None or item.folded[span[0] : span[0] + 2] in ("更加", "更为"):
        return []  # 更加 and 更为 are vague words of their own; 越来越 is not (decision 6061)
    if not item.folded.startswith("更", span[0]) or any(
        t[0] < span[1] and span[0] < t[1] for t, _kind in found
    ):
        return []
    return [(span[0], span[1], item.folded[span[0] : span[1]])]


def _zh_standard_unnamed(item) -> list[tuple[int, int, str]]:
    """A measure said to meet its standard, with no figure: which level is the standard?"""
    s0, e0 = item.core_span
    return [
        (m.start(1), m.end(1), m.group(1))
        for m in _ZH_STANDARD_UNNAMED.finditer(item.folded, s0, e0)
    ]


# Verb classes whose "X好" is the work settled or finished, not done well (decisions 1272, 5778).
_SETTLED_CLASSES = frozenset({"complete", "decide"})


def _zh_done_well(item) -> list[tuple[int, int, str]]:
    """A verb with 好 after it ("处理好客户投诉", "维护好老客户"): "do it well" with no standard
    of what well means."""
    s0, e0 = item.core_span
    out = []
    for a, b in pairwise(item.tokens):
        if (
            s0 <= a.start
            and b.end <= e0
            and b.text == "好"
            and a.end == b.start
            and a.pos.startswith("v")
            # "建好图书角", "装好投影仪": a thing built or fitted, work to finish (decision 1272);
            # "定好场地", "排好课表": settled or scheduled, done, not done well; also after a word
            # jieba glued to the verb ("8月底前|排好": "前排"): decision 5778
            and not {
                verb_classes("zh").get(a.text + b.text),
                verb_classes("zh").get(a.text[-1] + b.text),
            }
            & _SETTLED_CLASSES
        ):
            out.append((a.start, b.end, a.text + b.text))
    return out


# jieba's tags of the words a bare name is made of: nouns, verbal nouns, names (decision 6066).
_NAME_TAGS = ("n", "vn", "nz", "ng", "j", "l")


def _zh_bare_name(item) -> list[tuple[int, int, str]]:
    """A Chinese key result that is only a noun phrase headed by a word for how well a thing
    goes (rules/data/zh/kr_quality_heads.txt), with no verb, figure or direction ("服务质量",
    "护理质量", "用户体验"): which way it should go and how far are both unsaid — vague as well
    as unquantified (decision 6066). A thing to make named alone ("新菜单", "员工手册") is a task,
    read as one by the result reading."""
    if item.facts.shape.verb is not None or item.facts.quantities:
        return []
    s0, e0 = item.core_span
    toks = [t for t in item.tokens if s0 <= t.start and t.end <= e0 and t.text.strip()]
    while toks and not any("\u4e00" <= ch <= "\u9fff" or ch.isalnum() for ch in toks[-1].text):
        toks.pop()  # closing punctuation
    if not toks or len(toks) > 4 or toks[-1].end - toks[0].start > 10:
        return []
    if not all(t.pos.startswith(_NAME_TAGS) for t in toks):
        return []
    name = item.folded[toks[0].start : toks[-1].end]
    if not name.endswith(words("kr_quality_heads", "zh")) or reading(item).kind != "other":
        return []  # "注册商标", "营销": no word for how well a thing goes heads the name
    return [(toks[0].start, toks[-1].end, name)]


def _zh_nominal_change(item) -> list[tuple[int, int, str]]:
    """A key result that ends in a -化 word ("流程清晰化", "发布流水线化", "报表自动化"): a change
    named as a noun, which says which way but not how far (decision 47)."""
    verb = item.facts.shape.verb
    if verb is not None and verb.cls in ("complete", "launch"):
        return []  # "完成报表自动化": a piece of work to finish, read as a task
    s0, e0 = item.core_span
    toks = [t for t in item.tokens if s0 <= t.start and t.end <= e0 and t.text.strip()]
    while toks and not any("\u4e00" <= ch <= "\u9fff" or ch.isalnum() for ch in toks[-1].text):
        toks.pop()  # closing punctuation
    if not toks or not toks[-1].text.endswith("化"):
        return []
    last = toks[-1]
    start = last.start
    if last.text == "化" and len(toks) > 1:
        start = toks[-2].start  # "流水线|化"
    elif len(last.text) < 3:
        return []  # "变化", "优化" are read elsewhere
    return [(start, last.end, item.folded[start : last.end])]


# "distinct from the IT recovery test": what the thing is set apart from, not a quality of it
# (decision 4464; "Have a distinct UX" stays vague)
_APART_FROM = re.compile(r"\s+from\b")
# "全年不发生较大及以上交通事故", "较大火灾事故为零": 较大 before an accident or an incident is a grade the
# safety regulations define (一般, 较大, 重大, 特别重大), not a loose degree (decision 5302). A
# change verb after it is the loose degree, whatever it changes: "较大提升安全事件处置能力"
# (decision 5322).
_ZH_EVENT_GRADE_AFTER = re.compile(
    r"(?![幅程])(?!的?(?:提升|提高|改善|改进|降低|减少|增加|增长|下降|缩短|扩大|进步|突破|变化))"
    r"(?:[及或]?以上)?(?:等级)?的?[\u4e00-\u9fff]{0,6}?(?:事故|事件|火灾|险情|案件|灾害)"
)


def _precise(folded: str, s: int, e: int) -> bool:
    return bool(
        _NOT_VAGUE_AFTER.match(folded, e)
        or (folded[s:e] == "distinct" and _APART_FROM.match(folded, e))
        or _NOT_VAGUE_BEFORE.search(folded, max(0, s - 40), s)
        or (folded[s:e] == "较大" and _ZH_EVENT_GRADE_AFTER.match(folded, e) is not None)
        or (folded[s:e] in _COUNTED_WORDS and _NUMBER_WORD_BEFORE.search(folded, max(0, s - 12), s))
    )


# "Hire one more caseworker", "Open two more branches", "one fewer night shift": a number word
# right before more/fewer/less says exactly how many (decision 2164).
_COUNTED_WORDS = frozenset({"more", "fewer", "less"})
_NUMBER_WORD_BEFORE = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+$"
)


def _delete(item, s: int, e: int) -> LocalEdit:
    """Delete the word and one space next to it; re-capitalise a sentence start in English."""
    text = item.text
    if s == item.core_span[0] and text[e : e + 1] in (",", "，", "、"):
        e += 1  # "As much as possible, be kind": the comma after an opening hedge goes with it
    if item.language == "zh":
        return LocalEdit(s, e, "")
    if e < len(text) and text[e] == " ":
        e += 1
    elif s > 0 and text[s - 1] == " ":
        s -= 1
    opens = s == item.core_span[0] or after_label(item, s)  # "Sales: Try to …" (decision 5420)
    if opens and e < len(text) and text[s : s + 1].isupper():
        return LocalEdit(s, e + 1, text[e].upper())
    # "a better onboarding" -> "an onboarding": the article agrees with the word now after it.
    article = re.search(r"\b(an?) $", text[max(0, s - 4) : s])
    if article is not None and e < len(text):
        a0 = s - len(article.group(0))
        fitting = "an" if text[e].lower() in "aeiou" else "a"
        if article.group(1).lower() != fitting:
            if article.group(1)[0].isupper():
                fitting = fitting.capitalize()
            return LocalEdit(a0, e, fitting + " ")
    return LocalEdit(s, e, "")


RULE = KrVagueWording()

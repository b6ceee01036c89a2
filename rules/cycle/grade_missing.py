"""grade-missing: a key result left without a grade while the others have one."""

from __future__ import annotations

import re

from coach.rule_api import Example, Hit
from rules.cycle._util import kr_wording_span
from rules.cycle.base import CycleRule


class GradeMissing(CycleRule):
    """What it does: flags a key result with no score and no final status (or only an
    in-progress one such as 进行中 / on track) in a document where other KRs are graded.

    Why is this bad? An objective's grade is the mean of its KRs; a KR left out makes the mean
    look better or worse than it is, and the hard KRs are the ones people skip.

    Use instead: give every KR a score on the seed's scale (0, 0.3, 0.7, 1.0), 0 included.
    """

    family = "grade"
    order = 3
    id = "grade-missing"
    target = "kr"
    severity = "warning"
    principle = {
        "zh": "季度末回顾OKR完成情况：每个关键结果都要打分",
        "en": "At the end of the quarter every key result is graded",
    }
    message = {
        "zh": "这个关键结果没有打分{why}，目标的得分只按其余的关键结果计算。",
        "en": "This key result has no grade{why}; its objective's grade counts only the others.",
    }
    explanation = {
        "zh": "目标的得分是它的关键结果得分的平均值。漏掉一个关键结果，平均分就会偏高或偏低——而常被漏掉的，正是没做好的那一个。"
        "给每个关键结果按0、0.3、0.7、1.0打分，没有进展也写0。",
        "en": "An objective's grade is the mean of its key results. Leaving one out skews the mean, "
        "and the ones left out tend to be the ones that went badly. Grade every key result on the "
        "scale (0, 0.3, 0.7, 1.0) — write 0 when nothing moved.",
    }
    examples = (
        Example(
            "zh",
            "目标：完成季度招聘任务\n关键结果1：完成季度招聘任务10人 0.7 完成\n关键结果2：«试用期离职率降到5%»",
            True,
        ),
        Example(
            "zh",
            "目标：提升客户满意度\n关键结果1：NPS从30提升到45 0.3 未完成\n关键结果2：«投诉量降到每月40件» 进行中",
            True,
        ),
        Example(
            "zh",
            "目标：拓展渠道\n关键结果1：«新增3个招聘渠道»\n关键结果2：渠道简历占比达到40% 得分：0.7",
            True,
        ),
        Example(
            "zh",
            "目标：完成季度招聘任务\n关键结果1：完成季度招聘任务10人 0.7 完成\n关键结果2：试用期离职率降到5% 0 未完成",
            False,
        ),
        Example(
            "zh",
            "目标：提升客户满意度\n关键结果1：NPS从30提升到45 0.3 未完成\n关键结果2：投诉量降到每月40件 完成",
            False,
        ),
        Example(
            "zh",
            "目标：拓展渠道\n关键结果1：新增3个招聘渠道 得分：0.3\n关键结果2：渠道简历占比达到40% 得分：0.7",
            False,
        ),
        Example(
            "en",
            "Objective: Fill this quarter's hiring plan\nKR1: Hire 10 engineers 0.7 done\nKR2: «Probation attrition at 5%»",
            True,
        ),
        Example(
            "en",
            "Objective: Delight our customers\nKR1: Raise NPS from 30 to 45 0.3 not done\nKR2: «Complaints down to 40 a month» on track",
            True,
        ),
        Example(
            "en",
            "Objective: Open new channels\nKR1: «Add 3 hiring channels»\nKR2: 40% of CVs from new channels — score: 0.7",
            True,
        ),
        Example(
            "en",
            "Objective: Fill this quarter's hiring plan\nKR1: Hire 10 engineers 0.7 done\nKR2: Probation attrition at 5% 0 not done",
            False,
        ),
        Example(
            "en",
            "Objective: Delight our customers\nKR1: Raise NPS from 30 to 45 0.3 not done\nKR2: Complaints down to 40 a month — done",
            False,
        ),
        Example(
            "en",
            "Objective: Open new channels\nKR1: Add 3 hiring channels — score: 0.3\nKR2: 40% of CVs from new channels — score: 0.7",
            False,
        ),
    )

    def check_doc(self, doc):
        for k in doc.all_krs():
            if k.graded or not k.item.plain.strip():
                continue
            lang = "zh" if k.item.language == "zh" else "en"
            why = _tail_figure_said(k.item.text, lang)
            if k.reading.status:
                why = (
                    f"（只有状态“{k.reading.status}”）"
                    if lang == "zh"
                    else f" (only the status “{k.reading.status}”)"
                )
            yield Hit(span=kr_wording_span(k), target=k.item.id, input_span=True, args={"why": why})


# What a grader left at the end of the line that is no grade: "— 60%" (a percentage alone may be
# the measure's own value; a grade as a percentage is read after a label, "score: 60%") and
# "— 32/40" (progress counted, not graded). Said in the message, so that the grader knows why
# the figure was not taken (tester39).
_TAIL_FIGURE = re.compile(
    r"[—–-]{1,2}[ \t]{0,3}(?:(?P<pc>\d{1,3}(?:\.\d{1,2})?)[ \t]?[%％]"
    r"|(?P<done>\d{1,4})[ \t]?[/／][ \t]?(?P<of>\d{1,4}))[ \t]{0,3}$"
)


# The value reached, after a dash, in the measure's own unit: "满意度从4.1分提升到4.6分 —— 4.3分",
# "Raise weekly orders from 800 to 1,200 — 1,050" (decision 5907).
_TAIL_ACTUAL = re.compile(
    r"(?<=\s)[—–-]{1,2}[ \t]{0,3}(?P<v>\d{1,3}(?:,\d{3}){0,3}(?:\.\d{1,3})?|\d{1,9}(?:\.\d{1,3})?)"
    r"[ \t]?(?P<u>[\u4e00-\u9fff]{1,2}|[a-zA-Z]{1,12})?[ \t]{0,3}$"
)
# The change the wording commits to: "从4.1分提升到4.6分", "from 800 to 1,200".
_FROM_TO = re.compile(
    r"(?:从|由|\bfrom)\s?(?P<a>\d{1,3}(?:,\d{3}){0,3}(?:\.\d{1,3})?|\d{1,9}(?:\.\d{1,3})?)"
    r"[^\d]{0,12}?(?:到|至|\bto)\s?(?P<b>\d{1,3}(?:,\d{3}){0,3}(?:\.\d{1,3})?|\d{1,9}(?:\.\d{1,3})?)",
    re.I,
)


def _number(raw: str) -> float:
    return float(raw.replace(",", ""))


def _actual_said(text: str, lang: str) -> str:
    """What the message says of a value reached left after a dash ("—— 4.3分"): it is no
    grade, and it can be graded: against the wording's from/to, the grade it comes to
    (decision 5907); "" when the end holds no such value."""
    body = text.rstrip()
    m = _TAIL_ACTUAL.search(body)
    if m is None or (m.group("u") is None and _number(m.group("v")) <= 1):
        return ""
    figure = m.group(0).lstrip("—–- \t").rstrip()
    change = _FROM_TO.search(body, 0, m.start())
    grade = None
    if change is not None:
        a, b, v = _number(change["a"]), _number(change["b"]), _number(m.group("v"))
        if a != b:
            share = min(1.0, max(0.0, (v - a) / (b - a)))
            grade = f"{share:.2f}".rstrip("0").rstrip(".")
    if lang == "zh":
        how = (
            f"按从{change['a']}到{change['b']}的目标，约合“得分：{grade}”"
            if grade is not None
            else "请对照目标写出它折合的分数，如“得分：0.x”"
        )
        return f"（末尾的“{figure}”读作实际达到的数值，不是分数：它可以用来打分，{how}）"
    how = (
        f"on the way from {change['a']} to {change['b']} it comes to “score: {grade}”"
        if grade is not None
        else "write the grade it comes to against the target, as “score: 0.x”"
    )
    return f" (the “{figure}” at its end reads as the value reached, not a grade: it can be graded; {how})"


# A grade's label followed by no number: "得分：七成", "grade: B+", "score: good" (tester41). Said
# in the message, so that the grader knows the label was seen and what to write instead.
_LABEL_NO_NUMBER = re.compile(
    r"(?:(?<=\s)|(?<=^))(?P<all>(?:得分|分数|评分|打分|(?i:score|grade))[ \t]{0,2}[:：][ \t]{0,3}"
    r"(?P<w>[^\s\d.:：][^\s\d:：]{0,7}))[ \t]{0,3}$"
)
_ZH_TENTHS = {c: i for i, c in enumerate("零一二三四五六七八九十")}


def _label_said(text: str, lang: str) -> str:
    m = _LABEL_NO_NUMBER.search(text.rstrip())
    if m is None:
        return ""
    said, word = m.group("all"), m.group("w")
    tenths = _ZH_TENTHS.get(word[0]) if len(word) == 2 and word.endswith("成") else None
    as_grade = None if tenths is None else f"{tenths / 10:.1f}".rstrip("0").rstrip(".")
    if lang == "zh":
        how = f"“得分：{as_grade}”" if as_grade is not None else "“得分：0.7”"
        return f"（“{said}”没有读成分数：请写成0到1之间的数字，如{how}）"
    how = f"“score: {as_grade}”" if as_grade is not None else "“score: 0.7”"
    return f" (“{said}” is not read as a grade: write a number from 0 to 1, such as {how})"


def _tail_figure_said(text: str, lang: str) -> str:
    if said := _label_said(text, lang):
        return said
    m = _TAIL_FIGURE.search(text.rstrip())
    if m is None:
        return _actual_said(text, lang)
    figure = m.group(0).lstrip("—–- \t").rstrip()
    if m.group("pc") is not None:
        value = float(m.group("pc")) / 100
        if value > 1:
            return ""
        # "99.9%" is no grade on two decimals: only the labelled form is offered
        exact = round(value, 2) == round(value, 6)
        as_grade = f"{value:.2f}".rstrip("0").rstrip(".")
        return (
            f"（末尾的“{figure}”不会被当作分数：单独的百分比也可能是指标本身的数值；"
            f"请写成“得分：{figure}”" + (f"或 {as_grade}" if exact else "") + "）"
            if lang == "zh"
            else f" (the “{figure}” at its end is not read as a grade: a percentage alone can "
            f"be the measure's own value; write “score: {figure}”"
            + (f" or {as_grade}" if exact else "")
            + ")"
        )
    done, of = int(m.group("done")), int(m.group("of"))
    if of == 0 or done > of:
        return ""
    ratio = f"{done / of:.2f}".rstrip("0").rstrip(".")
    return (
        f"（末尾的“{figure}”是完成的进度，不是分数：请写出它折合的分数，如“得分：{ratio}”）"
        if lang == "zh"
        else f" (the “{figure}” at its end is progress, not a grade: write the grade it comes "
        f"to, e.g. “score: {ratio}”)"
    )


RULE = GradeMissing()

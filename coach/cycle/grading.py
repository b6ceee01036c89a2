"""The grading review: read the grade written on each KR, compute each objective's grade (the
mean of its graded KRs) and the set's (the mean of the objectives' grades), and coach on how
honest and useful the grading is (rules in `rules/cycle/grade_*.py`).

Grades are clipped to 0–1 before they are averaged (a 1.2 counts as 1.0, and is flagged). A KR
with a status but no score counts as done 1.0, half 0.5, not done 0.0; an in-progress status
gives no grade.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from coach import __version__
from coach.config import Config
from coach.cycle import engine
from coach.cycle.common import Options, blank, fmt, lang2, lang_lookup, parse_draft, shorten
from coach.cycle.scores import STATUS_VALUE, Reading, parse_number, read, split_grade, status_kind
from coach.cycle.types import GradeReport, KRGrade, ObjectiveGrade
from coach.draft import Draft, Item
from coach.errors import InputError
from coach.facts.owner import find_owner
from coach.types import Span


@dataclass
class GradedKR:
    item: Item
    reading: Reading
    # False when the review's kr-not-quantified fires on it; None when it could not tell.
    measurable: bool | None = None

    @property
    def graded(self) -> bool:
        return self.reading.score is not None

    def input_span(self, local: tuple[int, int] | None = None) -> tuple[int, int]:
        if local is None:
            return self.item.start, self.item.end
        return self.item.to_input(*local)


@dataclass
class GradeDoc:
    """What the grade rules read."""

    text: str
    draft: Draft
    krs: dict[str, list[GradedKR]] = field(default_factory=dict)  # by objective id
    grades: dict[str, float | None] = field(default_factory=dict)

    def all_krs(self) -> list[GradedKR]:
        return [k for ks in self.krs.values() for k in ks]

    def any_graded(self) -> bool:
        return any(k.graded or k.reading.status for k in self.all_krs())


def clip(x: float) -> float:
    return max(0.0, min(1.0, x))


def mean(values: Iterable[float]) -> float | None:
    vs = list(values)
    return round(sum(vs) / len(vs), 2) if vs else None


def band(grade: float | None, lang: str) -> str:
    """Where a grade sits on the seed's scale, in words."""
    zh = lang == "zh"
    if grade is None:
        return "没有可计算的分数" if zh else "no grade to compute"
    if grade < 0.3:
        return (
            "低于0.3：进展很少（0分是没有任何进展）"
            if zh
            else "below 0.3: little progress (0 is no progress)"
        )
    if grade < 0.7:
        return (
            "介于0.3（知道肯定能达到的程度）和0.7（希望能达到的程度）之间"
            if zh
            else "between 0.3 (what we knew we could reach) and 0.7 (what we hoped to reach)"
        )
    if grade < 1.0:
        return (
            "达到0.7以上：这是希望能达到的程度，虽然很难但是可以达成"
            if zh
            else "0.7 or more: what we hoped to reach — hard, but reached"
        )
    return (
        "1.0：结果远超预期，几乎不可达成——目标可能不够有挑战"
        if zh
        else "1.0: far beyond expectations — the objectives may not have been ambitious"
    )


def _measurability(text: str, doc: GradeDoc, config: Config) -> None:
    """Ask the review's kr-not-quantified which KRs have nothing measurable to grade by (on the
    text with the grades blanked out, so a score is not taken for a target). A launch or a
    completion (the verb heading it, coach/facts/shape.py) has no number but is graded as done
    or not done: that can be checked."""
    from coach.review import review

    masked = blank(
        text,
        (k.item.to_input(s, e) for k in doc.all_krs() for s, e in k.reading.spans),
    )
    try:
        result = review(
            masked,
            select=["kr-not-quantified"],
            config=config.with_overrides(use_model=False, semantic=False),
        )
    except InputError:
        return
    flagged = {f.target for f in result.findings if f.rule_id == "kr-not-quantified"}
    # Blanking keeps offsets, so a KR starts at the same place in both parses.
    mine = {k.item.start: k for k in doc.all_krs()}
    for o in result.objectives:
        for kr in o.key_results:
            k = mine.get(kr.span.start)
            if k is not None:
                verb = k.item.facts.shape.verb
                # an imperative that leads (a status word such as "— done" is no launch)
                binary = (
                    verb is not None
                    and verb.position == "lead"
                    and verb.cls in ("launch", "complete")
                )
                k.measurable = binary or kr.id not in flagged


_STATUS_LABEL_HEAD = re.compile(r"^\s{0,3}(?:状态|status)\s?[:：]\s{0,3}", re.I)


def read_kr(kr: Item) -> Reading:
    """The grade written on a KR: in its text, or in the tracker cells the parser cut off its
    wording and kept as given values (decisions 1621, 1641: "KR1.1 | … | 进行中 | 60%",
    "… — 0.4 🟡 at risk"), which have no span in the text to blank."""
    r = read(kr.text)
    given = kr.extra.get("given") or {}
    if r.score is None and isinstance(given.get("score"), (int, float)):
        r.score, r.source, r.written = float(given["score"]), "score", str(given["score"])
    if r.status is None and given.get("status"):
        # "— status: done" cut off by the parser keeps its label ("status: done"): the status is
        # "done", as in the text (a table's status column converted to a draft and back, tester36)
        r.status = _STATUS_LABEL_HEAD.sub("", str(given["status"])) or str(given["status"])
        both = split_grade(r.status) if r.score is None else None
        if both is not None:
            # "销售额从3提升到5（1.0，完成）": the parser kept the bracket as a status; it holds the
            # grade and its status (decision 5444)
            r.score, r.source = parse_number(both[0], labelled=False)
            r.written, r.status = both[0], both[1]
        r.kind = status_kind(r.status)
        if r.score is None and r.kind in STATUS_VALUE:
            r.score, r.source = STATUS_VALUE[r.kind], "status"
    return r


def build(text: str, options: Options) -> GradeDoc:
    draft = parse_draft(text, options)
    doc = GradeDoc(text=text, draft=draft)
    for o in draft.objectives:
        doc.krs[o.id] = [GradedKR(kr, read_kr(kr)) for kr in o.key_results]
    if not any(o.key_results for o in draft.objectives):
        # objectives only: there is no key result to put a grade on (tester35: it was told
        # that none of its key results "carries a grade")
        raise InputError(
            "no_grades",
            "the draft has no key results to grade: write each objective's key results under it, "
            "each with its score or status, e.g.\nKR1: Raise NPS from 30 to 45 — score: 0.7, status: done"
            "\n关键结果1：完成季度招聘任务10人 0.9 完成",
            "草稿里没有可以打分的关键结果：请在每个目标下面写出它的关键结果，并在每个后面写上分数或状态，"
            "例如：\n关键结果1：完成季度招聘任务10人 0.9 完成",
        )
    if not doc.any_graded():
        raise InputError(
            "no_grades",
            "no key result carries a grade. Write a score (0–1, e.g. '0.7'), a percentage "
            "after a label ('score: 70%', '得分：70%') or a status after each KR, e.g.\n"
            "KR1: Raise NPS from 30 to 45 — score: 0.7, status: done\n关键结果1：完成季度招聘任务10人 0.9 完成",
            "没有一个关键结果带有评分。请在每个关键结果后面写上分数（0–1，如“0.7”）、"
            "带标签的百分比（“得分：70%”“score: 70%”）或状态，例如：\n关键结果1：完成季度招聘任务10人 0.9 完成",
        )
    for o in draft.objectives:
        doc.grades[o.id] = mean(clip(k.reading.score) for k in doc.krs[o.id] if k.graded)  # type: ignore[arg-type]
    _measurability(text, doc, options.cfg)
    return doc


def grade(
    text: str,
    language: str = "auto",
    *,
    ui_language: str | None = None,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    severity: Mapping[str, str] | None = None,
    config: Config | None = None,
) -> GradeReport:
    """Grade a scored draft (the seed's template, or any draft with a grade per KR)."""
    options = Options.make(language, ui_language, select, ignore, severity, config)
    rules = engine.active("grade", options.select, options.ignore, options.severity)
    doc = build(text, options)
    lang_of = lang_lookup({it.id: it for it in doc.draft.items()}, doc.draft.language)
    findings = engine.run(rules, doc, lang_of, options.ui_language, options.severity)
    objectives = [
        ObjectiveGrade(
            id=o.id,
            text=" ".join(o.plain.split()) or o.text,
            span=Span(start=o.start, end=o.end),
            language=lang2(o.language),  # type: ignore[arg-type]
            level=o.level,  # type: ignore[arg-type]
            owner=o.owner,
            grade=doc.grades[o.id],
            graded=sum(k.graded for k in doc.krs[o.id]),
            key_results=[_kr_grade(k) for k in doc.krs[o.id]],
        )
        for o in doc.draft.objectives
    ]
    # from each objective's exact mean, not its rounded grade: 0.733 and 0.1 are 0.42 overall,
    # not the 0.41 that 0.73 and 0.1 made (tester40)
    exact = [
        [clip(k.reading.score) for k in doc.krs[o.id] if k.graded]  # type: ignore[arg-type]
        for o in doc.draft.objectives
    ]
    overall = mean(sum(s) / len(s) for s in exact if s)
    ui = lang2(options.ui_language or doc.draft.language)
    return GradeReport(
        language=lang2(doc.draft.language),  # type: ignore[arg-type]
        ui_language=ui,  # type: ignore[arg-type]
        version=__version__,
        objectives=objectives,
        grade=overall,
        band=band(overall, ui),
        findings=findings,
        summary=summary(objectives, overall, findings, ui),
    )


def _kr_grade(k: GradedKR) -> KRGrade:
    r = k.reading
    return KRGrade(
        id=k.item.id,
        text=_wording(k),
        span=Span(start=k.item.start, end=k.item.end),
        language=lang2(k.item.language),  # type: ignore[arg-type]
        score=round(r.score, 4) if r.score is not None else None,
        written=r.written,
        status=r.status,
        status_kind=r.kind,  # type: ignore[arg-type]
        source=r.source,  # type: ignore[arg-type]
        note=r.note,
        self_score=(
            round(parse_number(r.self_written, labelled=True)[0], 4)
            if r.self_written is not None
            else None
        ),
        self_written=r.self_written,
    )


_SEPARATORS = " ，,;；—–-|。."


def _wording(k: GradedKR) -> str:
    """The KR's words without its grade (and without annotations such as an owner)."""
    left = blank(k.item.plain, k.reading.spans)
    if k.item.owner is None and k.reading.spans:
        # "Open a second counter by August (Priya) self 0.9, manager 0.6": the owner's bracket is
        # read as one only where it closes the item, so the grades after it kept it in the
        # wording; with them blanked it closes it (ux43, decision 6392)
        cut = len(left.rstrip(_SEPARATORS))
        found = find_owner(left[:cut])
        if found is not None and found[1][1] >= cut and left[: found[1][0]].strip():
            left = blank(left, [found[1]])
    return " ".join(left.split()).strip(" ，,;；—–-|") or k.item.text


def summary(
    objectives: list[ObjectiveGrade], overall: float | None, findings: list, lang: str
) -> list[str]:
    zh = lang == "zh"
    n_krs = sum(len(o.key_results) for o in objectives)
    graded = sum(o.graded for o in objectives)
    head = (
        f"整体得分 {fmt(overall)}（{len(objectives)} 个目标，{graded}/{n_krs} 个关键结果有分数）："
        f"{band(overall, lang)}。"
        if zh
        else f"Overall grade {fmt(overall)} ({len(objectives)} objective(s), {graded}/{n_krs} "
        f"key result(s) graded): {band(overall, lang)}."
    )
    out = [head]
    ranked = sorted((o for o in objectives if o.grade is not None), key=lambda o: o.grade or 0.0)
    if len(ranked) > 1:
        lo, hi = ranked[0], ranked[-1]
        out.append(
            f"最低 {lo.id.upper()} {fmt(lo.grade)}「{_short(lo.text)}」，最高 {hi.id.upper()} "
            f"{fmt(hi.grade)}「{_short(hi.text)}」。"
            if zh
            else f"Lowest {lo.id.upper()} {fmt(lo.grade)} “{_short(lo.text)}”, highest "
            f"{hi.id.upper()} {fmt(hi.grade)} “{_short(hi.text)}”."
        )
    elif ranked:
        o = ranked[0]
        out.append(
            f"{o.id.upper()}「{_short(o.text)}」：{fmt(o.grade)}。"
            if zh
            else f"{o.id.upper()} “{_short(o.text)}”: {fmt(o.grade)}."
        )
    out.append(findings_line(findings, lang))
    return out


def findings_line(findings: list, lang: str) -> str:
    """'2 warnings (grade-status-mismatch ×2), 1 info (grade-off-scale)'."""
    if not findings:
        return "没有需要注意的问题。" if lang == "zh" else "Nothing to flag."
    by: dict[str, dict[str, int]] = {}
    for f in findings:
        by.setdefault(f.severity, {}).setdefault(f.rule_id, 0)
        by[f.severity][f.rule_id] += 1
    names = (
        {"error": "个错误", "warning": "个警告", "info": "个提示"}
        if lang == "zh"
        else {"error": " error(s)", "warning": " warning(s)", "info": " info"}
    )
    parts = []
    for sev in ("error", "warning", "info"):
        if sev in by:
            ids = ("、" if lang == "zh" else ", ").join(
                f"{rid} ×{n}" if n > 1 else rid for rid, n in by[sev].items()
            )
            n = sum(by[sev].values())
            parts.append(
                f"{n}{names[sev]}（{ids}）" if lang == "zh" else f"{n}{names[sev]} ({ids})"
            )
    return ("；".join(parts) + "。") if lang == "zh" else ("; ".join(parts) + ".")


def _short(text: str, n: int = 24) -> str:
    return shorten(text, n)

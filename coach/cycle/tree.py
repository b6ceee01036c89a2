"""The OKR tree: company, team and personal sets, each child objective linked to the parent
objective it serves, orphans flagged, and the seed's five failure factors checked.

Input is one document or several (a company file, team files, personal files); several are
joined into one text (each under a heading with its name, and its level when it is given and
the document does not name one), returned as `source_text`, which every span refers to.

What the draft review already decides is reused through `coach.review()`, never duplicated:
orphans are `set-unaligned-child`, too many objectives without priorities per set is
`set-too-many-objectives`, an objective without KRs is `objective-no-key-results`. The tree
adds the links (stated: "对齐公司O1", "supports O2", a parent given in a table; inferred: shared
content words, then the sentence encoder), and its own rules (`rules/cycle/tree_*.py`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from coach import __version__
from coach.config import Config
from coach.cycle import engine
from coach.cycle.common import FACTORS, Options, best_overlap, lang2, lang_lookup, parse_draft
from coach.cycle.grading import findings_line
from coach.cycle.types import Document, FactorCheck, ParentLink, TreeNode, TreeReport, TreeUnit
from coach.draft import Draft, Item, objective_groups
from coach.errors import ConfigError
from coach.types import Finding, Span

REUSED = ("set-too-many-objectives", "objective-no-key-results", "set-unaligned-child")
FACTOR_RULES: dict[int, tuple[str, ...]] = {
    1: ("set-too-many-objectives",),
    2: ("tree-link-unstated",),
    3: ("objective-no-key-results", "tree-parent-unsupported"),
    4: ("set-unaligned-child",),
    5: (),
}
_RANK = {"company": 0, "team": 1, "personal": 2}
_LEVEL_WORD = {
    "zh": {"company": "公司", "team": "团队", "personal": "个人", None: "未标层级"},
    "en": {"company": "company", "team": "team", "personal": "personal", None: "unknown level"},
}
_HEADING_LEVEL = {"company": "公司OKR", "team": "团队OKR", "personal": "个人OKR"}
# "对齐公司O1", "supports O2", "→ O1.KR2", "(parent: O1)": a stated parent; the set above may be
# named by its unit ("supports district O1", "serves the district's objective 1", "对齐学区O1",
# "contributes to Sales O2"; decision 5642).
_PARENT_REF = re.compile(
    r"(?:对齐|支撑|承接|服务于?|上级|parent|supports?|aligned?\s+(?:with|to)|serves?"
    r"|contribut(?:es|ing)?\s+to|rolls?\s+up\s+(?:in)?to|ladders?\s+up\s+to|feeds?\s+into|→|->)"
    r"\s*[:：]?\s*(?:公司|团队|部门|company|team)?"
    r"(?:(?:the\s)?(?:[A-Za-z][\w&-]{0,20}(?:['’]s)?\s){0,3}?|[\u4e00-\u9fff]{1,6}?)"
    r"\s*(?:的)?\s*(?:O|目标|objective\s?|obj\.?\s?)\s?(?P<n>\d{1,2})(?![\d.%])",
    re.I,
)
SEMANTIC_MIN = 0.8
SEMANTIC_MARGIN = 0.15


@dataclass
class Unit:
    id: str
    name: str
    level: str | None
    objectives: list[Item]
    document: int = 0


@dataclass
class TreeDoc:
    """What the tree rules read."""

    text: str
    draft: Draft
    units: list[Unit]
    unit_of: dict[str, Unit]
    parents: dict[str, ParentLink] = field(default_factory=dict)
    orphans: set[str] = field(default_factory=set)
    # a parent named but not found above ("对齐公司O3" where the company has two): the child's
    # words for it (decision 5267)
    named_missing: dict[str, str] = field(default_factory=dict)
    language: str = "zh"

    def levels(self) -> set[str]:
        return {u.level for u in self.units if u.level}


def combine(documents: Sequence[tuple[str, str, str | None]]) -> tuple[str, list[Document]]:
    """Join (name, text, level) documents under headings; one document is kept as it is."""
    if len(documents) == 1:
        name, text, level = documents[0]
        return text, [Document(name=name, start=0, end=len(text))]
    parts: list[str] = []
    docs: list[Document] = []
    pos = 0
    for name, text, level in documents:
        title = f"# {name}"
        if level and not _names_level(text):
            title += f" · {_HEADING_LEVEL[level]}"
        body = text.strip("\n")
        chunk = title + "\n\n" + body + "\n"
        if parts:
            chunk = "\n" + chunk
        start = pos + (1 if parts else 0)
        parts.append(chunk)
        pos += len(chunk)
        lead = text[: len(text) - len(text.lstrip("\n"))]
        docs.append(
            Document(
                name=name,
                start=start,
                end=pos,
                text_start=start + len(title) + 2,
                first_line=len(lead.splitlines()) + 1 if lead else 1,
            )
        )
    return "".join(parts), docs


def _names_level(text: str) -> bool:
    from coach.parse import level_from_heading

    return any(
        level_from_heading(line.lstrip("# "), markdown=line.startswith("#"))
        for line in text.splitlines()[:3]
        if line.strip()
    ) or bool(re.search(r"(?:公司|部门|团队|个人)\s*OKRs?\s*目标", text))


def _units(draft: Draft, documents: list[Document]) -> list[Unit]:
    units: list[Unit] = []
    for i, group in enumerate(objective_groups(draft), 1):
        first = group[0]
        heading = None
        for text, s, _e in draft.headings:
            if s < first.start:
                heading = text
        name = _unit_name(first, heading)
        doc = next((n for n, d in enumerate(documents) if d.start <= first.start < d.end), 0)
        units.append(Unit(f"u{i}", name, first.level, list(group), doc))
    return units


def _unit_name(first: Item, heading: str | None) -> str:
    label = first.label.rstrip(":： ")
    m = re.match(r"(?P<p>[\u4e00-\u9fffA-Za-z]{2,12}?)\s*OKRs?\s*的?目标", label)
    if m:
        return m.group("p") + " OKR"
    if first.level == "personal" and first.owner:
        return first.owner
    if heading:
        return heading.strip()
    return _LEVEL_WORD["zh" if first.language == "zh" else "en"][first.level]


def _text_with_krs(item: Item) -> str:
    return " ".join([item.plain.strip(), *(kr.plain.strip() for kr in item.key_results)])


def _stated(child: Item, units: list[Unit], unit_of: dict[str, Unit]) -> Item | None:
    """The parent a child names ("对齐公司O1"): the n-th objective of the nearest set above."""
    rank = _RANK.get(child.level or "")
    if rank is None:
        return None
    for m in _parent_refs(child):
        n = int(m.group("n"))
        above = [u for u in units if u.level and _RANK[u.level] < rank]
        named = re.search(r"公司|company", m.group(0), re.I) and "company"
        named = named or (re.search(r"团队|部门|team", m.group(0), re.I) and "team")
        if named:
            above = [u for u in above if u.level == named]
        # The nearest level above that has one set only: "对齐O1" from a person under several
        # teams means the company's O1; under one team, that team's.
        unit = None
        for r in sorted({_RANK[u.level] for u in above}, reverse=True):  # type: ignore[index]
            at = [u for u in above if _RANK[u.level] == r]  # type: ignore[index]
            if len(at) == 1:
                unit = at[0]
                break
        if unit is not None and 1 <= n <= len(unit.objectives):
            return unit.objectives[n - 1]
    return None


def _parent_refs(child: Item) -> Iterator[re.Match[str]]:
    """Where a child names a parent ("对齐公司O3"): on its own line, then on its key results'."""
    for text in [child.text, *(kr.text for kr in child.key_results)]:
        m = _PARENT_REF.search(text)
        if m:
            yield m


def _named_parent(child: Item) -> str | None:
    """The words by which a child names its parent ("对齐公司O3"), whether or not it is found."""
    m = next(_parent_refs(child), None)
    return m.group(0).strip() if m else None


def _infer(child: Item, candidates: list[Item], semantic: bool) -> ParentLink | None:
    from coach.facts import topics

    def words(it: Item) -> set[str]:
        out = set(topics.profile(it).words)
        for kr in it.key_results:
            out |= topics.profile(kr).words
        return out

    mine = words(child)
    best = best_overlap(mine, ((p, words(p)) for p in candidates))
    if best is not None and len(best[1]) < 2:
        # One shared word is no sign of a parent: "shop" in a baker's "Train 4 shop bakers" and in
        # the company's "Never run out of bread in any shop" (decision 5441). The encoder, with
        # its own strict bar, may still find one below.
        best = None
    if best is not None:
        rivals = [p for p in candidates if p is not best[0]]
        second = best_overlap(mine, ((p, words(p)) for p in rivals))
        if second is not None and len(second[1]) == len(best[1]):
            # as many words shared with two parents: which one is not for the words to say
            best = None
    if best is not None:
        p, shared = best
        return ParentLink(
            objective=p.id,
            text=p.plain.strip(),
            method="inferred",
            confidence=round(min(0.95, 0.6 + 0.1 * len(shared)), 2),
            via=", ".join(shared[:4]),
        )
    if not semantic or not candidates:
        return None
    from coach import classifier

    text = _text_with_krs(child)
    classifier.embed_many([text, *(_text_with_krs(p) for p in candidates)])
    scored = sorted(
        ((classifier.alignment_probability(_text_with_krs(p), text), p) for p in candidates),
        key=lambda pp: -pp[0],
    )
    p_best, parent = scored[0]
    # The encoder's probabilities run high between any two objectives: infer only when one
    # parent clearly stands out.
    second = scored[1][0] if len(scored) > 1 else 0.0
    if p_best < SEMANTIC_MIN or (len(scored) > 1 and p_best - second < SEMANTIC_MARGIN):
        return None
    return ParentLink(
        objective=parent.id,
        text=parent.plain.strip(),
        method="inferred",
        confidence=round(p_best, 2),
        via="encoder",
    )


def build(
    documents: Sequence[tuple[str, str, str | None]], options: Options
) -> tuple[TreeDoc, list[Document], list[Finding]]:
    text, docs = combine(documents)
    draft = parse_draft(text, options)
    _own_levels(draft, documents, docs)
    _title_levels(draft, documents, docs)
    units = _units(draft, docs)
    unit_of = {o.id: u for u in units for o in u.objectives}
    doc = TreeDoc(text=text, draft=draft, units=units, unit_of=unit_of, language=draft.language)
    reused = _reuse(text, options)
    doc.orphans = {f.target for f in reused if f.rule_id == "set-unaligned-child"}
    semantic = options.cfg.semantic and options.cfg.use_model
    for child in draft.objectives:
        rank = _RANK.get(child.level or "")
        if not rank:
            continue
        parent = _stated(child, units, unit_of)
        if parent is not None:
            doc.parents[child.id] = ParentLink(
                objective=parent.id, text=parent.plain.strip(), method="stated", confidence=1.0
            )
            continue
        named = _named_parent(child)
        if named is not None:
            doc.named_missing[child.id] = named
        if child.id in doc.orphans:
            continue
        above = [o for o in draft.objectives if _RANK.get(o.level or "", 9) < rank]
        if not above:
            continue
        nearest = max(_RANK[o.level] for o in above)  # type: ignore[index]
        link = _infer(child, [o for o in above if _RANK[o.level] == nearest], semantic)  # type: ignore[index]
        if link is not None:
            doc.parents[child.id] = link
    return doc, docs, reused


# A set's title that names its level: the level word right before "OKRs" ("Team OKRs",
# "Department OKRs", "团队OKR"), or in brackets right after it ("2026-27 OKRs (team)").
_LEVEL_NAME = r"(?P<lvl>部门|团队|小组|公司|集团|个人|team|department|squad|company|corporate|personal|individual)"
_SET_TITLE_RE = re.compile(
    rf"{_LEVEL_NAME}(?:级|层面|\s?level)?\s?OKRs?\b"
    rf"|\bOKRs?\s?[(（\[【]\s?{_LEVEL_NAME.replace('lvl', 'lvl2')}",
    re.I,
)
_TITLE_LEVEL = {
    "部门": "team", "团队": "team", "小组": "team", "team": "team", "department": "team",
    "squad": "team", "公司": "company", "集团": "company", "company": "company",
    "corporate": "company", "个人": "personal", "personal": "personal", "individual": "personal",
}  # fmt: skip


def _title_levels(
    draft: Draft, documents: Sequence[tuple[str, str, str | None]], docs: list[Document]
) -> None:
    """A file's Markdown title that names its set's level gives it to the file's objectives
    that have none, however long the title ("# Oak Street Elementary — Team OKRs 2026-27": the
    draft parser reads a level from a heading of 40 characters at most; decision 5645)."""
    for (_name, text, level), d in zip(documents, docs, strict=True):
        if level:
            continue
        first = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
        if not first.startswith("#") or len(first) > 80:
            continue
        m = _SET_TITLE_RE.search(first)
        if m is None:
            continue
        found = _TITLE_LEVEL[(m.group("lvl") or m.group("lvl2")).lower()]
        for o in draft.objectives:
            if d.start <= o.start < d.end and o.level is None:
                o.level = found


def _own_levels(
    draft: Draft, documents: Sequence[tuple[str, str, str | None]], docs: list[Document]
) -> None:
    """Each file's objectives take a level from that file only (decision 1935): "# 公司 OKR" in
    the first file named no level for the second file's objectives, whose own text and name say
    none ("zh1.txt": its level is unknown, tree-level-unknown asks for it)."""
    from coach.annotate import LEVEL_TAG_RE

    if len(documents) < 2:
        return
    for (_name, text, level), d in zip(documents, docs, strict=True):
        if level or _names_level(text):
            continue
        for o in draft.objectives:
            # an objective's own tag ("[team]", "[团队]", a table's level column) is this file's
            # word: kept (tester34: the advice "tag it [team]" was undone here)
            if d.start <= o.start < d.end and not LEVEL_TAG_RE.search(o.text):
                o.level = None


def _reuse(text: str, options: Options) -> list[Finding]:
    """The draft rules the tree reuses, run by the review itself."""
    from coach.review import review

    wanted = [
        r
        for r in REUSED
        if (options.select is None or any(r.startswith(p) for p in options.select))
        and not any(r.startswith(p) for p in options.ignore)
    ]
    if not wanted:
        return []
    severity = {k: v for k, v in (options.severity or {}).items() if k in REUSED}
    result = review(
        text,
        language=options.language,
        ui_language=options.ui_language,
        select=wanted,
        severity=severity,
        config=options.cfg,
    )
    return [f for f in result.findings if f.rule_id in REUSED]


def tree(
    source: str | Sequence[tuple[str, str] | tuple[str, str, str | None]],
    language: str = "auto",
    *,
    ui_language: str | None = None,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    severity: Mapping[str, str] | None = None,
    config: Config | None = None,
) -> TreeReport:
    """The OKR tree of one document (text) or several ((name, text[, level]) tuples)."""
    select = list(select) if select is not None else None
    ignore = list(ignore or ())
    severity = dict(severity or {})
    own_select = None if select is None else [p for p in select if not _reused_pattern(p)]
    for p in [*(select or []), *ignore]:
        if not _reused_pattern(p) and not any(r.startswith(p) for r in _tree_ids()):
            ids = ", ".join([*_tree_ids(), *REUSED])
            raise ConfigError(
                f"{p!r} matches no tree rule ({ids})",
                f"{p!r} 不是任何 tree 规则的 id 或 id 前缀（可用的有：{ids}）。",
            )
    options = Options.make(language, ui_language, select, ignore, severity, config)
    rules = (
        []
        if own_select == [] and select
        else engine.active(
            "tree",
            own_select,
            [p for p in ignore if not _reused_pattern(p)],
            {k: v for k, v in severity.items() if k not in REUSED},
        )
    )
    documents = (
        [("draft", source, None)]
        if isinstance(source, str)
        else [(d[0], d[1], d[2] if len(d) > 2 else None) for d in source]  # type: ignore[misc]
    )
    doc, docs, reused = build(documents, options)
    lang_of = lang_lookup({it.id: it for it in doc.draft.items()}, doc.language)
    findings = sorted(
        [*reused, *engine.run(rules, doc, lang_of, options.ui_language, options.severity)],
        key=lambda f: (f.span.start, f.rule_id),
    )
    ui = lang2(options.ui_language or doc.language)
    nodes = _nodes(doc)
    report = TreeReport(
        language=lang2(doc.language),  # type: ignore[arg-type]
        ui_language=ui,  # type: ignore[arg-type]
        version=__version__,
        findings=findings,
        summary=[],
        source_text=doc.text if len(documents) > 1 else None,
        documents=docs,
        units=[
            TreeUnit(
                id=u.id,
                name=u.name,
                level=u.level,  # type: ignore[arg-type]
                objectives=[o.id for o in u.objectives],
                document=u.document,
            )
            for u in doc.units
        ],
        objectives=nodes,
        roots=[n.id for n in nodes if n.parent is None],
        factors=_factors(findings, doc, ui),
    )
    report.summary = summary(report, ui)
    return report


def _tree_ids() -> list[str]:
    from rules.cycle import registry

    return list(registry("tree"))


def _reused_pattern(p: str) -> bool:
    return any(r.startswith(p) for r in REUSED) and not any(r.startswith(p) for r in _tree_ids())


def _nodes(doc: TreeDoc) -> list[TreeNode]:
    children: dict[str, list[str]] = {}
    for cid, link in doc.parents.items():
        children.setdefault(link.objective, []).append(cid)
    return [
        TreeNode(
            id=o.id,
            text=" ".join(o.plain.split()) or o.text,
            span=Span(start=o.start, end=o.end),
            language=lang2(o.language),  # type: ignore[arg-type]
            level=o.level,  # type: ignore[arg-type]
            unit=doc.unit_of[o.id].id,
            owner=o.owner,
            priority=o.priority,
            key_results=[kr.plain.strip() or kr.text for kr in o.key_results],
            parent=doc.parents.get(o.id),
            children=children.get(o.id, []),
            orphan=o.id in doc.orphans,
        )
        for o in doc.draft.objectives
    ]


def _factors(findings: list[Finding], doc: TreeDoc, lang: str) -> list[FactorCheck]:
    fired = {f.rule_id for f in findings}
    multi_level = len(doc.levels()) > 1
    out = []
    for n, ids in FACTOR_RULES.items():
        if n == 5:
            status, note = (
                "unknown",
                (
                    "计划里看不出是否轻易放弃：看周检查的信心指数和季度末的打分（okr-coach checkin / grade）。"
                    if lang == "zh"
                    else "A plan cannot show giving up: see the weekly confidence and the end-of-cycle "
                    "grades (okr-coach checkin / grade)."
                ),
            )
        elif n in (2, 4) and not multi_level:
            status, note = (
                "unknown",
                (
                    "只有一个层级，无法检查上下对齐。"
                    if lang == "zh"
                    else "Only one level: alignment cannot be checked."
                ),
            )
        else:
            status, note = ("fail" if fired & set(ids) else "pass"), ""
        out.append(
            FactorCheck(
                factor=n, principle=FACTORS[n][lang], status=status, rule_ids=list(ids), note=note
            )  # type: ignore[arg-type]
        )
    return out


def summary(r: TreeReport, lang: str) -> list[str]:
    zh = lang == "zh"
    by_level: dict[str | None, int] = {}
    for u in r.units:
        by_level[u.level] = by_level.get(u.level, 0) + 1
    words = _LEVEL_WORD["zh" if zh else "en"]
    sets = ("，" if zh else ", ").join(f"{words[k]} {v}" for k, v in by_level.items())
    children = [n for n in r.objectives if n.level in ("team", "personal")]
    stated = sum(1 for n in children if n.parent and n.parent.method == "stated")
    inferred = sum(1 for n in children if n.parent and n.parent.method == "inferred")
    orphans = [n.id.upper() for n in r.objectives if n.orphan]
    # a child whose parent is neither stated, inferred nor flagged an orphan (the tree lists it
    # under "no parent found"): counted too, so that the line adds up (tester36)
    loose = [n.id.upper() for n in children if not n.parent and not n.orphan]
    out = [
        f"{len(r.objectives)} 个目标，{len(r.units)} 组 OKR（{sets}）。"
        if zh
        else f"{len(r.objectives)} objective(s) in {len(r.units)} set(s) ({sets}).",
        f"下级目标 {len(children)} 个：{stated} 个写明了上级，{inferred} 个为推断，{len(orphans)} 个孤立"
        + (f"（{', '.join(orphans)}）" if orphans else "")
        + (f"，{len(loose)} 个找不到上级（{', '.join(loose)}）" if loose else "")
        + "。"
        if zh
        else f"{len(children)} child objective(s): {stated} state their parent, {inferred} inferred, "
        f"{len(orphans)} orphan(s)"
        + (f" ({', '.join(orphans)})" if orphans else "")
        + (f", {len(loose)} with no parent found ({', '.join(loose)})" if loose else "")
        + ".",
    ]
    failing = [f"{f.factor}" for f in r.factors if f.status == "fail"]
    out.append(
        ("失败因素：" + ("、".join(f"因素{n}" for n in failing) if failing else "未发现") + "。")
        if zh
        else (
            "Failure factors: "
            + (", ".join(f"factor {n}" for n in failing) if failing else "none found")
            + "."
        )
    )
    out.append(findings_line(r.findings, lang))
    return out

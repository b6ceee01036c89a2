"""Large drafts in each pasted format, for the parser's size tests and bench/bench_parse.py.

`big(name, size)` repeats one format's unit until the draft is about `size` characters long
(at most `MAX_OBJECTIVES` objectives, so the limit on objectives is never what is tested);
`expected_items(name, size)` says how many objectives and key results it holds.
"""

from __future__ import annotations

MAX_OBJECTIVES = 40


def _md_table_zh(i: int, krs: int) -> str:
    rows = [f"| 提升第{i}区客户满意度 | NPS从30提升到4{i % 10} | 李娜 | 6月30日 |"]
    rows += [f"| | 投诉率第{k}项降到0.{k}% | 王强 | 2025-06-20 |" for k in range(1, krs)]
    return "\n".join(rows)


def _tab_table_en(i: int, krs: int) -> str:
    rows = [f"Win region {i}\tARR from $2M to ${i + 3}M\tAna\tJun 30"]
    rows += [f"\tChurn in segment {k} under 2%\tBo\tQ3" for k in range(1, krs)]
    return "\n".join(rows)


def _labelled_prefixes(i: int, krs: int) -> str:
    lines = [f"O{i}: Make region {i} the best-run site in the network"]
    lines += [f"Team {k} (Lead {k}): pick rate from 118 to {140 + k} UPH" for k in range(krs)]
    return "\n".join(lines)


def _nested_zh(i: int, krs: int) -> str:
    lines = [f"{i}. 第{i}个季度目标：让客户更满意"]
    lines += [f"   {i}.{k + 1} 满意度第{k}项从80%提升到9{k % 10}%" for k in range(krs)]
    return "\n".join(lines)


def _ordinals_zh(i: int, krs: int) -> str:
    zh = "一二三四五六七八九十"
    lines = [f"{zh[i % 10]}、提升第{i}条产品线的接口性能"]
    lines += [f"（{k + 1}）核心接口 P99 从 800ms 降到 {300 + k}ms" for k in range(krs)]
    return "\n".join(lines)


def _checkboxes_en(i: int, krs: int) -> str:
    lines = [f"### Objective {i} — Make payments boringly reliable"]
    lines += [f"- [ ] Availability of service {k} at 99.95% [0.7]" for k in range(krs)]
    return "\n".join(lines)


def _attributes_en(i: int, krs: int) -> str:
    lines = [f"## Objective {i}: Delight our customers"]
    for k in range(krs):
        lines += [f"### Key Result {i}.{k + 1}: NPS from 30 to {40 + k}", "- **Owner:** Ana"]
    return "\n".join(lines)


def _quoted_tsv_zh(i: int, krs: int) -> str:
    cell = "\n".join(f"{k + 1}. 投诉率第{k}项降到0.{k}%" for k in range(krs))
    return f'提升第{i}区客户满意度\t"{cell}"\t张三'


def _spaced_table_en(i: int, krs: int) -> str:
    rows = [f"{'Win region ' + str(i):<24}{'ARR from $2M to $3M':<32}Ana"]
    rows += [f"{'':<24}{'Churn in segment ' + str(k) + ' under 2%':<32}Bo" for k in range(1, krs)]
    return "\n".join(rows)


FORMATS = {
    "markdown-table-zh": (
        "| 目标 | 关键结果 | 负责人 | 截止时间 |\n|---|---|---|---|\n",
        _md_table_zh,
        "\n",
    ),
    "tab-table-en": ("Objective\tKey Result\tOwner\tDue\n", _tab_table_en, "\n"),
    "labelled-prefixes-en": ("# Site OKRs — Q3 2025\n\n", _labelled_prefixes, "\n\n"),
    "nested-outline-zh": ("资金组Q3目标\n\n", _nested_zh, "\n"),
    "chinese-ordinals-zh": ("后端组 2025 Q2 OKR\n\n", _ordinals_zh, "\n\n"),
    "checkboxes-en": ("# Platform OKRs — H2\n\n", _checkboxes_en, "\n\n"),
    "attributes-en": ("# OKRs — Q1 2025\n\n", _attributes_en, "\n\n"),
    "quoted-tsv-zh": ("目标\t关键结果\t负责人\n", _quoted_tsv_zh, "\n"),
    "spaced-table-en": (f"{'Objective':<24}{'Key Result':<32}Owner\n", _spaced_table_en, "\n"),
}


def _build(name: str, size: int) -> tuple[str, int, int]:
    """The draft, its number of objectives and its key results per objective."""
    head, unit, sep = FORMATS[name]
    one = len(unit(1, 1))
    per_kr = max(1, len(unit(1, 2)) - one)
    krs = max(1, 1 + (size // MAX_OBJECTIVES - one - len(sep)) // per_kr)
    parts = [unit(i, krs) for i in range(1, MAX_OBJECTIVES + 1)]
    text = head + sep.join(parts)
    while len(text) > size and len(parts) > 1:
        parts.pop()
        text = head + sep.join(parts)
    return text, len(parts), krs


def big(name: str, size: int = 19_000) -> str:
    """A draft of about `size` characters in the format `name` (see FORMATS)."""
    return _build(name, size)[0]


def expected_items(name: str, size: int = 19_000) -> tuple[int, int]:
    """(objectives, key results) in `big(name, size)`."""
    _text, objectives, krs = _build(name, size)
    return objectives, objectives * krs

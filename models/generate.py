"""Generate the labelled training and validation items from the lexicons (deterministic).

    python -m models.generate            # writes models/data/generated.jsonl and pairs_generated.jsonl

Every item is built from a template whose labels are known by construction: a KR template
says which KR type it expresses (outcome, task, activity), whether it states a number, frames
the result negatively, or hedges with vague words; an objective template says whether it is
qualitative (and inspiring or flat), metric-only, or vague. Pairs put a theme's objective with a
KR of the same theme (aligned) or of another function (not aligned), in the same or the other
language. The split (train / val) is drawn here with the seed, so rebuilding gives the same file.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

from models.lexicon import FUNCTIONS, PERIODS, TIMES, VAGUE_MODIFIERS, VAGUE_OBJECTIVES

SEED = 20240611
DATA = Path(__file__).parent / "data"
VAL_SHARE = 0.15

FUNCTION_NAMES = {
    "sales": ("sales", "销售"),
    "marketing": ("marketing", "市场推广"),
    "engineering": ("engineering", "研发"),
    "product": ("product", "产品"),
    "customer_service": ("customer service", "客户服务"),
    "hr": ("people", "人力资源"),
    "finance": ("finance", "财务"),
    "operations": ("operations", "运营"),
    "data": ("data", "数据"),
    "personal_growth": ("my own growth", "个人成长"),
}

NUMBER_WORDS = ("one", "two", "three", "four", "five", "ten", "twenty", "fifty", "hundred")


def _value(rng: random.Random, unit: str, lang: str, lower: bool = False) -> tuple[str, str]:
    """A (start, target) pair of formatted values for a metric of this unit."""
    if unit == "pct":
        a = rng.randint(8, 80)
        b = (
            max(1, a - rng.randint(3, min(a - 1, 20)))
            if lower and a > 4
            else a + rng.randint(5, 19)
        )
        return f"{a}%", f"{b}%"
    if unit == "n":
        a = rng.choice([12, 40, 85, 120, 300, 650, 1200, 4000])
        b = max(0, round(a * rng.uniform(0.3, 0.7))) if lower else round(a * rng.uniform(1.3, 2.5))
        return str(a), str(b)
    if unit == "money":
        a = rng.choice([80, 150, 300, 500, 1200])
        b = round(a * (rng.uniform(0.5, 0.8) if lower else rng.uniform(1.2, 2.0)))
        return (f"${a}k", f"${b}k") if lang == "en" else (f"{a}万元", f"{b}万元")
    if unit == "score":
        a = rng.choice([3.6, 3.9, 4.1, 32, 45, 60, 72])
        b = round(a * rng.uniform(1.08, 1.3), 1) if a < 10 else int(a * rng.uniform(1.1, 1.35))
        return str(a), str(b)
    scale = {"days": [45, 30, 21, 14, 10], "hours": [48, 24, 8, 6], "ms": [900, 600, 450]}[unit]
    a = rng.choice(scale)
    b = max(1, round(a * (rng.uniform(0.3, 0.7) if lower else rng.uniform(1.2, 1.6))))
    word = {
        "days": ("days", "天"),
        "hours": ("hours", "小时"),
        "ms": ("ms", "毫秒"),
    }[unit]
    if lang == "en":
        return f"{a} {word[0]}", f"{b} {word[0]}"
    return f"{a}{word[1]}", f"{b}{word[1]}"


def _time(rng: random.Random, lang: str) -> str:
    en, zh = rng.choice(TIMES)
    if lang == "en":
        return " " + en if en else ""
    return zh + rng.choice(["", "，", " "]) if zh else ""


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _has_number(text: str) -> bool:
    low = text.lower()
    return any(c.isdigit() for c in text) or any(f" {w} " in f" {low} " for w in NUMBER_WORDS)


# -- key results -------------------------------------------------------------------------------


def _kr_outcome(rng: random.Random, th: dict, lang: str) -> tuple[str, dict[str, Any]]:
    en, zh, unit = rng.choice(th["m"])
    a, b = _value(rng, unit, lang)
    t = _time(rng, lang)
    vmod_en, vmod_zh = rng.choice(VAGUE_MODIFIERS)
    mode = rng.choices(["q", "unq", "vague", "vague_q"], weights=[6, 2, 2, 1])[0]
    if lang == "en":
        p = rng.choice([10, 15, 20, 25, 30, 50])
        q_forms = [
            f"Increase {en} from {a} to {b}{t}",
            f"Raise {en} to {b}{t}",
            f"{_cap(en)} reaches {b}{t}",
            f"Grow {en} by {p}%{t}",
            f"Lift {en} from {a} to {b}",
            f"{_cap(en)}: {a} → {b}",
            f"Hit {b} {en}{t}",
            f"Improve {en} from {a} to {b}{t}",
        ]
        unq_forms = [f"Increase {en}{t}", f"Improve {en}", f"Grow {en}{t}", f"Raise {en}"]
        vague_forms = [
            f"{_cap(vmod_en)} increase {en}",
            f"Increase {en} {vmod_en}{t}",
            f"Make {en} better",
            f"Improve {en} as much as possible",
            f"Get {en} to a better level",
        ]
        vague_q_forms = [f"Try to raise {en} to {b}", f"Aim to lift {en} to roughly {b}{t}"]
    else:
        p = rng.choice([10, 15, 20, 25, 30, 50])
        q_forms = [
            f"{zh}从{a}提升到{b}",
            f"{t}{zh}达到{b}",
            f"{zh}提升{p}%",
            f"{t}{zh}由{a}提高至{b}",
            f"{zh}：{a} → {b}",
            f"{t}实现{zh}{b}",
            f"{zh}增长至{b}",
        ]
        unq_forms = [f"{t}提升{zh}", f"提高{zh}", f"{zh}持续增长", f"增加{zh}"]
        vague_forms = [
            f"{vmod_zh}提升{zh}",
            f"{t}{zh}{vmod_zh}提高",
            f"让{zh}更好",
            f"{zh}有所提升",
            f"尽可能提高{zh}",
        ]
        vague_q_forms = [f"尽量将{zh}提升到{b}", f"{zh}力争达到{b}左右"]
    forms = {"q": q_forms, "unq": unq_forms, "vague": vague_forms, "vague_q": vague_q_forms}[mode]
    text = rng.choice(forms)
    labels = {
        "kr_type": "outcome",
        "quantified": mode in ("q", "vague_q"),
        "negative": False,
        "vague": mode in ("vague", "vague_q"),
    }
    return text, labels


def _kr_negative(rng: random.Random, th: dict, lang: str) -> tuple[str, dict[str, Any]]:
    en, zh, unit = rng.choice(th["neg"])
    a, b = _value(rng, unit, lang, lower=True)
    t = _time(rng, lang)
    mode = rng.choices(["q", "unq", "vague"], weights=[6, 2, 1])[0]
    if lang == "en":
        p = rng.choice([20, 30, 40, 50])
        forms = {
            "q": [
                f"Reduce {en} from {a} to {b}{t}",
                f"Cut {en} by {p}%{t}",
                f"Keep {en} below {b}",
                f"{_cap(en)} down to {b}{t}",
                f"Bring {en} under {b}",
                f"Lower {en} to {b}{t}",
            ],
            "unq": [f"Reduce {en}{t}", f"Minimise {en}", f"Lower {en}"],
            "vague": [f"Reduce {en} as much as possible", f"Significantly cut {en}"],
        }[mode]
    else:
        p = rng.choice([20, 30, 40, 50])
        forms = {
            "q": [
                f"{zh}从{a}降低到{b}",
                f"{t}{zh}下降{p}%",
                f"{zh}控制在{b}以内",
                f"{t}{zh}降至{b}",
                f"{zh}不超过{b}",
                f"{zh}减少{p}%",
            ],
            "unq": [f"{t}降低{zh}", f"减少{zh}", f"{zh}下降"],
            "vague": [f"尽量减少{zh}", f"{zh}大幅降低", f"适当降低{zh}"],
        }[mode]
    text = rng.choice(forms)
    return text, {
        "kr_type": "outcome",
        "quantified": mode == "q",
        "negative": True,
        "vague": mode == "vague",
    }


def _kr_task(rng: random.Random, th: dict, lang: str) -> tuple[str, dict[str, Any]]:
    en, zh = rng.choice(th["task"])
    t = _time(rng, lang)
    vague = rng.random() < 0.12
    if lang == "en":
        forms = (
            [f"Try to {en}{t}", f"{_cap(en)} if possible"]
            if vague
            else [
                f"{_cap(en)}{t}",
                f"{_cap(en)}",
                f"Complete the work to {en}",
                f"{_cap(en)} by the end of the month",
            ]
        )
    else:
        forms = (
            [f"尽量{zh}", f"争取{t}{zh}"]
            if vague
            else [f"{t}{zh}", f"{zh}", f"按计划{zh}", f"月底前{zh}"]
        )
    text = rng.choice(forms)
    return text, {
        "kr_type": "task",
        "quantified": _has_number(
            text.replace("Q3", "")
            .replace("6月30日", "")
            .replace("June 30", "")
            .replace("90天", "")
            .replace("90 days", "")
        ),
        "negative": False,
        "vague": vague,
    }


def _kr_activity(rng: random.Random, th: dict, lang: str) -> tuple[str, dict[str, Any]]:
    en, zh, mw = rng.choice(th["act"])
    n = rng.choice([2, 3, 4, 5, 6, 8, 10, 12, 20, 30, 50])
    pen, pzh = rng.choice(PERIODS)
    t = _time(rng, lang)
    quant = rng.random() < 0.85
    if lang == "en":
        forms = (
            [
                f"Hold {n} {en} {pen}",
                f"Run {n} {en}{t}",
                f"Complete {n} {en}{t}",
                f"{n} {en} {pen}",
                f"Do at least {n} {en}{t}",
                f"Organise {n} {en}",
            ]
            if quant
            else [f"Hold regular {en}", f"Do more {en}", f"Keep up {en} {pen}"]
        )
    else:
        forms = (
            [
                f"{pzh}开展{n}{mw}{zh}",
                f"{t}完成{n}{mw}{zh}",
                f"{t}{zh}{n}{mw}",
                f"{pzh}至少{n}{mw}{zh}",
                f"组织{zh}{n}{mw}",
            ]
            if quant
            else [f"定期开展{zh}", f"多做{zh}", f"{pzh}坚持{zh}"]
        )
    text = rng.choice(forms)
    vague = (not quant) and ("more" in text or "多做" in text)
    return text, {"kr_type": "activity", "quantified": quant, "negative": False, "vague": vague}


KR_MAKERS = (
    (_kr_outcome, 5),
    (_kr_negative, 2),
    (_kr_task, 3),
    (_kr_activity, 2),
)


def make_kr(rng: random.Random, th: dict, lang: str) -> tuple[str, dict[str, Any]]:
    maker = rng.choices([m for m, _ in KR_MAKERS], weights=[w for _, w in KR_MAKERS])[0]
    return maker(rng, th, lang)


# -- objectives --------------------------------------------------------------------------------


def make_objective(rng: random.Random, fn: str, th: dict, lang: str) -> tuple[str, dict[str, Any]]:
    style = rng.choices(["inspiring", "flat", "metric", "vague"], weights=[5, 2, 3, 3])[0]
    t = _time(rng, lang)
    if style == "inspiring":
        en, zh = rng.choice(th["obj"])
        text = (f"{en}{t}" if rng.random() < 0.5 else en) if lang == "en" else f"{t}{zh}"
        return text, {"style": "qualitative", "inspiring": True}
    if style == "flat":
        en, zh = rng.choice(th["flat"])
        return (f"{en}{t}" if lang == "en" else f"{t}{zh}"), {
            "style": "qualitative",
            "inspiring": False,
        }
    if style == "metric":
        en, zh, unit = rng.choice(th["m"])
        a, b = _value(rng, unit, lang)
        p = rng.choice([10, 20, 30, 50, 100])
        if lang == "en":
            text = rng.choice(
                [
                    f"Increase {en} by {p}%{t}",
                    f"{_cap(en)} reaches {b}",
                    f"Grow {en} to {b}{t}",
                    f"Raise {en} from {a} to {b}",
                ]
            )
        else:
            text = rng.choice(
                [f"{t}{zh}提升{p}%", f"{zh}达到{b}", f"{t}{zh}增长到{b}", f"{zh}从{a}提升至{b}"]
            )
        return text, {"style": "metric", "inspiring": False}
    if rng.random() < 0.5:
        en, zh = rng.choice(VAGUE_OBJECTIVES)
        text = en if lang == "en" else zh
    else:
        area_en, area_zh = FUNCTION_NAMES[fn]
        text = rng.choice(
            [f"Do better at {area_en}", f"Improve {area_en} work", f"Strengthen {area_en}"]
            if lang == "en"
            else [f"做好{area_zh}工作", f"加强{area_zh}管理", f"{area_zh}工作再上新台阶"]
        )
    return text, {"style": "vague", "inspiring": False}


# -- the corpus --------------------------------------------------------------------------------


def _themes() -> list[tuple[str, int, dict]]:
    return [(fn, i, th) for fn, ths in FUNCTIONS.items() for i, th in enumerate(ths)]


def generate(
    n_kr: int = 1700, n_obj: int = 800, n_pairs: int = 1600, seed: int = SEED
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(items, pairs), each record with its split ('train' or 'val'); deterministic in seed."""
    rng = random.Random(seed)
    themes = _themes()
    items: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()

    def add(kind: str, lang: str, fn: str, ti: int, text: str, labels: dict[str, Any]) -> None:
        text = " ".join(text.split())
        if (kind, text) in seen:
            return
        seen.add((kind, text))
        items.append(
            {
                "id": f"g-{kind[:3]}-{len(items):05d}",
                "lang": lang,
                "kind": kind,
                "function": fn,
                "theme": f"{fn}/{ti}",
                "text": text,
                "labels": labels,
                "source": "generated",
                "split": "val" if rng.random() < VAL_SHARE else "train",
            }
        )

    for i in range(n_kr):
        fn, ti, th = rng.choice(themes)
        lang = "en" if i % 2 == 0 else "zh"
        text, labels = make_kr(rng, th, lang)
        add("kr", lang, fn, ti, text, labels)
    for i in range(n_obj):
        fn, ti, th = rng.choice(themes)
        lang = "en" if i % 2 == 0 else "zh"
        text, labels = make_objective(rng, fn, th, lang)
        add("objective", lang, fn, ti, text, labels)

    pairs: list[dict[str, Any]] = []
    pair_seen: set[tuple[str, str]] = set()
    for i in range(n_pairs):
        fn, ti, th = rng.choice(themes)
        lo = "en" if i % 2 == 0 else "zh"
        lk = lo if rng.random() < 0.75 else ("zh" if lo == "en" else "en")
        en, zh = rng.choice(th["obj"] + th["flat"])
        obj = en if lo == "en" else zh
        aligned = rng.random() < 0.5
        if aligned:
            kfn, kth = fn, th
        else:
            kfn, _, kth = rng.choice([t for t in themes if t[0] != fn])
        # Aligned pairs use outcome KRs and activities: a KR of the right theme measures it.
        kr, _ = rng.choice([_kr_outcome, _kr_negative, _kr_activity, _kr_task])(rng, kth, lk)
        kr = " ".join(kr.split())
        if (obj, kr) in pair_seen:
            continue
        pair_seen.add((obj, kr))
        pairs.append(
            {
                "id": f"g-pair-{len(pairs):05d}",
                "objective": obj,
                "objective_lang": lo,
                "kr": kr,
                "kr_lang": lk,
                "aligned": aligned,
                "function": fn,
                "kr_function": kfn,
                "source": "generated",
                "split": "val" if rng.random() < VAL_SHARE else "train",
            }
        )
    return items, pairs


def write_jsonl(path: Path, records: list[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")


def main() -> None:
    items, pairs = generate()
    DATA.mkdir(parents=True, exist_ok=True)
    write_jsonl(DATA / "generated.jsonl", items)
    write_jsonl(DATA / "pairs_generated.jsonl", pairs)
    print(f"wrote {len(items)} items and {len(pairs)} pairs to {DATA}")


if __name__ == "__main__":
    main()

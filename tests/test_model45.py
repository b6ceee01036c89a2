"""model45 (issue 8 item 4): the forward-chained check of the classifier's defaults on the
outsider rounds, and thresholds per language read at review time."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from coach import classifier
from coach.config import Config
from coach.review import parse
from models import draft_items as di
from models import drafts as corpus
from models import forward_check as fc
from models import train

# -- the forward split ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("author", "round_"),
    [
        ("o40-ferry-planner", 40),
        ("o41b-bakery-owner", 41),
        ("o42c-家政公司", 42),
        ("o43-clinic-lead", 43),
        ("o36d-x", 36),
        ("maria", None),
        ("model19-vineyard", None),
        ("oscar-sales", None),
        ("o4-short", 4),
    ],
)
def test_the_round_is_read_from_the_outsider_prefix(author: str, round_: int | None) -> None:
    assert fc.outsider_round(author) == round_


def _example(author: str, split: str = "train") -> di.Example:
    return di.Example(
        id=f"{author}-1#0",
        source="drafts",
        author=author,
        split=split,
        lang="en",
        kind="kr",
        text="Ship the partner portal",
        labels={"kr-is-task": True},
    )


AUTHORS = ["maria", "o39b-a", "o40-a", "o40b-b", "o41-a", "o41c-b", "o42-a", "o43c-a"]


@pytest.mark.parametrize("k", fc.ROUNDS)
def test_the_heads_of_round_k_never_learn_from_round_k_or_later(
    k: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    items = [_example(a) for a in AUTHORS]
    monkeypatch.setattr(di, "draft_examples", lambda split=None: list(items))
    kept, weights = train.train_examples("drafts", keep=fc.before(k))
    rounds = {fc.outsider_round(e.author) for e in kept}
    assert all(r is None or r < k for r in rounds)
    assert {e.author for e in kept} == {
        a for a in AUTHORS if fc.outsider_round(a) is None or fc.outsider_round(a) < k
    }
    assert len(weights) == len(kept)
    # the round scored is exactly what training left out of that round
    held = fc.round_examples([*items, _example("o43-t", split="test")], k)
    assert held and all(fc.outsider_round(e.author) == k for e in held)
    assert not {e.id for e in held} & {e.id for e in kept}
    assert all(e.split == "train" for e in held)  # a test author is never scored here


def test_without_keep_every_train_item_is_learned_from(monkeypatch: pytest.MonkeyPatch) -> None:
    items = [_example(a) for a in AUTHORS]
    monkeypatch.setattr(di, "draft_examples", lambda split=None: list(items))
    kept, _ = train.train_examples("drafts")
    assert [e.author for e in kept] == AUTHORS


def test_a_round_folder_holds_only_that_rounds_train_authors(tmp_path: Path) -> None:
    root = fc.round_root(43, tmp_path)
    metas = sorted(root.glob("*.meta.json"))
    assert len(metas) == 48
    for m in metas:
        meta = json.loads(m.read_text(encoding="utf-8"))
        assert fc.outsider_round(meta["id"]) == 43 and meta["split"] == "train"
    drafts = corpus.drafts(root=root)
    assert drafts and {d.split for d in drafts} == {"train"}


# -- thresholds per language at review time --------------------------------------------------


def _model(
    by_language: dict[str, dict[str, float | bool]] | None, bias: float = 2.0
) -> classifier.Model:
    """A one-head model (kr-is-task) whose probability is sigmoid(bias) on every KR."""
    lab: dict[str, object] = {
        "rule_id": "kr-is-task",
        "kind": "kr",
        "bias": bias,
        "platt_a": 1.0,
        "platt_b": 0.0,
        "threshold": 0.5,
        "enabled": True,
    }
    if by_language is not None:
        lab["by_language"] = by_language
    meta = {"version": "test", "word_vocab": ["w:ship"], "char_vocab": ["s"], "labels": [lab]}
    arrays = {
        "word_idf": np.ones(1),
        "char_idf": np.ones(1),
        "weights": np.zeros((1, 2), dtype=np.float32),
    }
    return classifier.Model(meta, arrays)


EN_ZH = (
    "Objective: Delight our readers\nKR1: Ship the reader app\n目标：让读者满意\nKR1：上线读者App\n"
)


def _hits(model: classifier.Model, monkeypatch: pytest.MonkeyPatch, **kw: object) -> set[str]:
    monkeypatch.setattr(classifier, "_model", model)
    draft = parse(EN_ZH, Config(use_model=False))
    return {item.language for _, item, _ in classifier.model_hits(draft, **kw)}  # type: ignore[arg-type]


def test_an_artifact_without_languages_reads_the_shared_threshold(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    model = _model(None)
    head = model.heads["kr-is-task"]
    assert head.by_language is None
    assert head.threshold_for("zh") == head.threshold_for("en") == 0.5
    assert head.on_in("zh") and head.on_in("en")
    assert _hits(model, monkeypatch) == {"en", "zh"}


@pytest.mark.parametrize(
    ("by_language", "found"),
    [
        # p = sigmoid(2) = 0.88: reached where the language's threshold is lower
        (
            {"en": {"threshold": 0.5, "enabled": True}, "zh": {"threshold": 0.95, "enabled": True}},
            {"en"},
        ),
        (
            {"en": {"threshold": 0.95, "enabled": True}, "zh": {"threshold": 0.6, "enabled": True}},
            {"zh"},
        ),
        # a language the head is off in is not asked, whatever the probability
        (
            {"en": {"threshold": 0.5, "enabled": False}, "zh": {"threshold": 0.5, "enabled": True}},
            {"zh"},
        ),
        (
            {"en": {"threshold": 0.5, "enabled": True}, "zh": {"threshold": 0.5, "enabled": False}},
            {"en"},
        ),
        (
            {
                "en": {"threshold": 0.5, "enabled": False},
                "zh": {"threshold": 0.5, "enabled": False},
            },
            set(),
        ),
        # a language the artifact does not name reads the shared threshold and default
        ({"zh": {"threshold": 0.95, "enabled": True}}, {"en"}),
    ],
)
def test_the_threshold_and_default_of_the_items_language_are_read(
    by_language: dict[str, dict[str, float | bool]],
    found: set[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    model = _model(by_language)
    assert _hits(model, monkeypatch) == found


def test_a_label_asked_for_by_name_reads_its_languages_threshold_not_its_default(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    off_in_en = {
        "en": {"threshold": 0.5, "enabled": False},
        "zh": {"threshold": 0.95, "enabled": True},
    }
    assert _hits(_model(off_in_en), monkeypatch, labels=["kr-is-task"]) == {"en"}


def test_label_meta_writes_each_languages_threshold_and_the_model_reads_it() -> None:
    class Head:
        intercept_ = np.array([0.3])
        C = 1.0

    base = {"p": 1.0, "r": 1.0, "f1": 1.0, "tp": 1, "fp": 0, "fn": 0}
    shared = train.Decision(0.9, True, base, base, base)
    c = {
        "platt_a": 1.0,
        "platt_b": 0.0,
        "decided_on": "decision set",
        "decision": shared,
        "by_language": {
            "en": train.Decision(0.93, False, base, base, base),
            "zh": train.Decision(0.71, True, base, base, base),
        },
    }
    meta = train.label_meta("kr-is-task", {"model": Head(), "val_ap": 0.8}, c)
    assert meta["by_language"]["en"]["threshold"] == 0.93
    assert meta["by_language"]["zh"] == {
        "threshold": 0.71,
        "enabled": True,
        "why": meta["by_language"]["zh"]["why"],
    }
    arrays = {"word_idf": np.ones(1), "char_idf": np.ones(1), "weights": np.zeros((1, 2))}
    m = classifier.Model(
        {"version": "t", "word_vocab": ["a"], "char_vocab": ["b"], "labels": [meta]}, arrays
    )
    head = m.heads["kr-is-task"]
    assert (head.threshold_for("en"), head.on_in("en")) == (0.93, False)
    assert (head.threshold_for("zh"), head.on_in("zh")) == (0.71, True)
    # without languages decided, no `by_language` key: older artifacts read the same
    del c["by_language"]
    assert "by_language" not in train.label_meta("kr-is-task", {"model": Head(), "val_ap": 0.8}, c)


# -- decision 6500: the metric head stays off in both languages --------------------------------


def _metric(objective: str, use_model: bool = True) -> tuple[str, list[str]]:
    """The objective's objective-is-metric status in a one-objective draft, and the sources of
    its findings."""
    from coach import review

    zh = any("\u4e00" <= ch <= "\u9fff" for ch in objective)
    text = (
        f"目标：{objective}\nKR1：本季度新增付费会员800名（负责人：小林）\n"
        if zh
        else f"Objective: {objective}\nKR1: Add 800 paying members this quarter (owner: Lin)\n"
    )
    rv = review(text, config=Config(use_model=use_model))
    o = rv.objectives[0]
    status = next(c.status for c in o.checks if c.rule_id == "objective-is-metric")
    sources = [f.source for f in rv.findings if f.rule_id == "objective-is-metric"]
    return status, sources


def test_no_label_is_decided_per_language_in_the_shipped_defaults() -> None:
    assert train.PER_LANGUAGE == () and train.HELD_ON_IN == {}
    head = classifier.load().heads["objective-is-metric"]
    assert not head.on_in("zh") and not head.on_in("en")
    assert "objective-is-metric" not in classifier.enabled_labels()


# Recorded decisions the Chinese metric head, held on at p >= 0.59, called KPIs (p 0.63-0.79):
# a direction beside a KPI, and a mindset raised. They keep their pass.
@pytest.mark.parametrize(
    "objective",
    [
        "深耕华南渠道，实现季度营收增长25%",
        "深耕华南渠道（营收增长25%）",
        "提高准时意识",
        # and the head's own neighbours, aspirations with and without a figure
        "让每一位来店的顾客都愿意再来",
        "成为县城里家长最信任的托管班",
        "打造全市出餐最快的快餐店",
        "让新员工第一周就能独立上岗",
        "把社区食堂办成老人离不开的地方",
        "三年内成为本地口碑第一的社区药房",
        "用90天让新店在商圈站稳脚跟",
        "第二季度让客户对账不再出错",
        "打赢双十一这一仗",
        "让50名志愿者都找到归属感",
        "Grow deposits to a new high",
        "Keep loan balances climbing",
        "Membership reaches a record high",
    ],
)
def test_directions_and_aspirations_keep_their_pass(objective: str) -> None:
    assert _metric(objective) == ("pass", [])


@pytest.mark.parametrize(
    "objective",
    [
        "华东区毛利率达到32%",
        "准时交付率做到99%",
        "全年安全生产零事故",
        "存款规模再创新高",
        "贷款规模再上新台阶",
    ],
)
def test_the_rules_own_kpi_verdicts_are_unchanged(objective: str) -> None:
    assert _metric(objective) == ("fail", ["rule"])


# -- the per-language decision (what PER_LANGUAGE and HELD_ON_IN would do) ------------------------


def _objectives(lang: str, n: int, pos: int, fired: int, p_pos: float, p_neg: float):
    """n objectives of a language, `pos` of them KPI objectives, the rule firing on the first
    `fired` of those; the head's probability p_pos on the positives, p_neg on the others."""
    out, probs = [], []
    for i in range(n):
        y = i < pos
        ex = di.Example(
            id=f"{lang}{i}",
            source="drafts",
            author=f"a-{lang}",
            split="decision",
            lang=lang,
            kind="objective",
            text="x",
            labels={"objective-is-metric": y},
            rules={"objective-is-metric": "fail" if i < fired else "pass"},
            parsed_text="x",
            parsed_lang=lang,
        )
        out.append(ex)
        probs.append(p_pos if y else p_neg)
    return out, np.array(probs)


def test_each_language_gets_its_own_threshold_and_default(monkeypatch: pytest.MonkeyPatch) -> None:
    zh, pz = _objectives("zh", 40, 12, 10, 0.95, 0.1)  # the head finds the two the rule misses
    en, pe = _objectives("en", 40, 12, 10, 0.3, 0.97)  # the head only raises false alarms
    dec, p = zh + en, np.concatenate([pz, pe])
    shared = train.decide_label("objective-is-metric", p, dec)
    langs = train.decide_in_languages("objective-is-metric", shared, p, dec, p, dec)
    assert langs["zh"].enabled and not langs["en"].enabled
    assert langs["zh"].combined["f1"] > langs["zh"].rules["f1"]
    train.merge_languages(shared, langs)
    assert shared.enabled and "zh" in shared.held_on
    # a language with too few positives to decide keeps the shared decision
    few, pf = _objectives("en", 40, 3, 2, 0.3, 0.1)
    langs = train.decide_in_languages(
        "objective-is-metric", shared, np.concatenate([pz, pf]), zh + few, pz, zh
    )
    assert langs["en"].threshold == shared.threshold


def test_held_on_in_holds_a_tie_on_in_its_language_only(monkeypatch: pytest.MonkeyPatch) -> None:
    zh, pz = _objectives("zh", 40, 12, 12, 0.95, 0.1)  # the rule finds every one: a tie
    en, pe = _objectives("en", 40, 12, 12, 0.95, 0.1)
    dec, p = zh + en, np.concatenate([pz, pe])
    shared = train.decide_label("objective-is-metric", p, dec)
    langs = train.decide_in_languages("objective-is-metric", shared, p, dec, p, dec)
    assert not langs["zh"].enabled and not langs["en"].enabled
    monkeypatch.setitem(train.HELD_ON_IN, ("objective-is-metric", "zh"), "evidence")
    langs = train.decide_in_languages("objective-is-metric", shared, p, dec, p, dec)
    assert langs["zh"].enabled and langs["zh"].held_on == "evidence"
    assert not langs["en"].enabled

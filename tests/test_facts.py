"""The fact layer (coach/facts): one quantity reader, one clause splitter, facts read once per
item, and the metric agreeing with kr-not-quantified."""

from __future__ import annotations

import pytest

import rules
from coach import facts, review
from coach.config import Config
from coach.errors import DataFileError, InputError
from coach.facts import quantities as q_module
from coach.review import parse
from coach.wordlists import all_lists, mapping, words
from models import corpus, drafts
from tests.seed import BLOCKS


def _read(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [(q.text, q.kind, q.role) for q in facts.read(text, lang).quantities]


# -- the quantity reader ------------------------------------------------------------------------

# text, language, [(quantity as written, kind, role)]
QUANTITIES = [
    (
        "客户满意度从80%提升到90%",
        "zh",
        [("80%", "percent", "baseline"), ("90%", "percent", "target")],
    ),
    (
        "Grow ARR from $2M to $3.5M",
        "en",
        [("$2M", "money", "baseline"), ("$3.5M", "money", "target")],
    ),
    ("新增三十个渠道", "zh", [("三十个", "count", "target")]),
    ("留存率提高5个百分点", "zh", [("5个百分点", "percent", "target")]),
    ("留存率提高百分之三十", "zh", [("百分之三十", "percent", "target")]),
    ("营收翻一番", "zh", [("翻一番", "multiple", "target")]),
    ("Double weekly active users", "en", [("Double", "multiple", "target")]),
    (
        "Cut p95 latency to 200 ms",
        "en",
        [("95", "label-number", "label"), ("200 ms", "duration", "target")],
    ),
    ("在3小时内回复新留言", "zh", [("3小时", "duration", "target")]),
    ("Pass the SOC 2 Type II audit", "en", [("2", "label-number", "label")]),
    ("Get ISO 9001 certified", "en", [("9001", "label-number", "label")]),
    (
        "Runbooks for the 4 tier-0 services",
        "en",
        [("4", "count", "target"), ("0", "label-number", "label")],
    ),
    (
        "上线7x24小时在线客服",
        "zh",
        [("7", "label-number", "label"), ("24", "label-number", "label")],
    ),
    ("Launch 5G in 3 cities", "en", [("5", "label-number", "label"), ("3", "count", "target")]),
    ("Ship the v2 API", "en", [("2", "label-number", "label")]),
    ("自动化用例数增加到2000条", "zh", [("2000条", "count", "target")]),
    ("Publish the 2024 State of DevOps report", "en", [("2024", "label-number", "label")]),
    ("App Store排名进入前10", "zh", [("10", "rank", "target")]),
    ("给潜在用户发一封邮件", "zh", [("一封", "count", "descriptor")]),
    ("Send one email to prospects", "en", [("one", "count", "descriptor")]),
    ("每两周做一次用户调研", "zh", [("两周", "duration", "period"), ("一次", "count", "target")]),
    ("在xx销售周期内比同期多组织XX场小区营销活动", "zh", [("XX场", "placeholder", "target")]),
    # One "x" after a target cue holds a number in Chinese; not inside a name ("x光").
    ("复购用户占比提升到 x", "zh", [("x", "placeholder", "target")]),
    ("门诊x光检查预约量突破 xx", "zh", [("xx", "placeholder", "target")]),
    (
        "从[基线]提升到[目标值]",
        "zh",
        [("[基线]", "placeholder", "baseline"), ("[目标值]", "placeholder", "target")],
    ),
    ("达到NPS 50（当前30）", "zh", [("50", "count", "target"), ("30", "count", "baseline")]),
    ("全员完成信息安全培训", "zh", [("全员", "percent", "scope")]),  # who, not how many
    (
        "Zero P0 incidents in production",
        "en",
        [("Zero", "count", "target"), ("0", "label-number", "label")],
    ),
    ("实现从0到1的突破", "zh", [("0", "label-number", "label"), ("1", "label-number", "label")]),
    ("一起打造最好的产品", "zh", []),
    ("十分重要的客户", "zh", []),
    ("Implement double opt-in for all signups", "en", [("all", "percent", "scope")]),
    (
        "QBRs for all Tier 2 partners",
        "en",
        [("all", "percent", "scope"), ("2", "label-number", "label")],
    ),
    ("Release 3 new templates", "en", [("3", "count", "target")]),
    # a rate per cadence is a count (decision 22); "1:1" names a meeting
    ("每周出一份成本周报", "zh", [("一份", "count", "target")]),
    # one event named is an article, a floor or a first-time measure counts (decision 22)
    ("组织一场读书分享会", "zh", [("一场", "count", "descriptor")]),
    ("至少办一场读书分享会", "zh", [("一场", "count", "target")]),
    ("每家门店至少走访一次", "zh", [("一次", "count", "target")]),
    ("销售日报T+1产出", "zh", [("1", "label-number", "label")]),  # when data lands: a name
    ("退货差错减少一半", "zh", [("一半", "multiple", "target")]),
    (
        "Weekly 1:1s with every rep",
        "en",
        [
            ("1", "label-number", "label"),
            ("1", "label-number", "label"),
            ("every", "percent", "scope"),
        ],
    ),
    ("100%的员工完成信息安全培训", "zh", [("100%", "percent", "target")]),
    ("Complaints about delivery delays halved", "en", [("halved", "multiple", "target")]),
    ("Cut support tickets about billing by half", "en", [("by half", "multiple", "target")]),
    ("Onboarding CSAT ≥ 4.6/5", "en", [("4.6", "count", "target"), ("5", "count", "target")]),
    ("投放ROI做到1:3以上", "zh", [("1:3", "multiple", "target")]),  # one ratio (decision 1594)
    ("带来进店UV 200万", "zh", [("200万", "count", "target")]),
    ("Ship it by 9/30", "en", []),  # a date: a time expression
    ("Fix issue #4260 in the parser", "en", [("4260", "label-number", "label")]),
    ("ZZZ developer testimonials", "en", [("ZZZ", "placeholder", "target")]),
    ("At least half the repos have a proposal", "en", [("At least half", "percent", "target")]),
    ("At least one blog post per month", "en", [("one", "count", "target")]),  # a floor
    ("版本9/30上线", "zh", [("9", "label-number", "label"), ("30", "count", "target")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), QUANTITIES, ids=[c[0] for c in QUANTITIES])
def test_quantities(text: str, lang: str, expected: list[tuple[str, str, str]]) -> None:
    assert _read(text, lang) == expected


def test_quantity_values_units_and_figures() -> None:
    (a, b) = facts.read("微信粉丝从1万增长到3万", "zh").quantities
    assert (a.value, b.value) == (10_000, 30_000)
    (m,) = facts.read("营收达到100万元", "zh").quantities
    assert (m.value, m.unit, m.kind) == (1_000_000, "元", "money")
    (p,) = facts.read("Cut churn to 2.5%", "en").quantities
    text = "Cut churn to 2.5%"
    assert text[slice(*p.figure)] == "2.5" and text[p.start : p.end] == "2.5%"
    (c,) = facts.read("Sign 10 new logos", "en").quantities
    assert (c.value, c.unit, c.form) == (10, "logos", "digits")


def test_numbers_in_time_expressions_are_not_quantities() -> None:
    f = facts.read("9月1日前推出客户推荐计划", "zh")
    assert f.quantities == () and f.timeframe is not None
    f = facts.read("Raise NPS from 30 to 45 by end of Q3", "en")
    assert [q.text for q in f.quantities] == ["30", "45"]


def test_clauses_split_once_and_trim_times() -> None:
    f = facts.read("本季度，销售额提升30%（对齐公司O1）", "zh")
    text = "本季度，销售额提升30%（对齐公司O1）"
    assert [text[s:e] for s, e in f.clauses] == ["销售额提升30%", "对齐公司O1"]
    f = facts.read("Publish 12 blog posts this quarter. Win the market", "en")
    text = "Publish 12 blog posts this quarter. Win the market"
    assert [text[s:e] for s, e in f.clauses] == ["Publish 12 blog posts", "Win the market"]
    assert f.clause_at(text.index("12")) == f.clauses[0]
    assert f.clause_at(text.index(".")) is None


# -- the contradictions the fact layer removes (issue 11) ---------------------------------------


def _kr(text: str) -> tuple[object, list[str]]:
    """The KR's metric and the rules that fail on it (its checklist: a finding may be left out
    of the report when another rule's says it, Hit.folds_into)."""
    rv = review(f"O: 提升质量\nKR1: {text}", config=Config(use_model=False, semantic=False))
    kr = rv.objectives[0].key_results[0]
    return kr.metric, [c.rule_id for c in kr.checks if c.status == "fail"]


def test_a_count_of_2000_is_a_metric_and_the_kr_is_quantified() -> None:
    metric, fired = _kr("自动化用例数增加到2000条")
    assert metric is not None and (metric.value, metric.unit) == (2000, "条")
    assert "kr-not-quantified" not in fired


def test_the_people_who_maintain_are_no_direction() -> None:
    # "maintainer response times", "policy holders": a noun, not "maintain"/"hold" (decision 134)
    from coach.facts.metric import Directions

    assert Directions("dashboard for maintainer response times", "en").first() is None
    assert Directions("policy holders renewing", "en").first() is None
    assert Directions("maintain 99.9% uptime", "en").first() == "maintain"


def test_a_cadence_changed_into_another_is_a_measured_frequency() -> None:
    # Decision 131: the later cadence is the target, in times per year; a cadence alone is none.
    metric, fired = _kr("Deploy frequency from weekly to daily")
    assert metric is not None and (metric.baseline, metric.value) == (52, 365)
    assert "kr-not-quantified" not in fired
    metric, fired = _kr("Release cadence monthly → weekly")
    assert metric is not None and (metric.baseline, metric.value) == (12, 52)
    metric, fired = _kr("Release cadence from every 3 weeks to every week")
    assert metric is not None and metric.value == 52 and "kr-not-quantified" not in fired
    metric, fired = _kr("Weekly review of the support macros")
    assert metric is None and "kr-not-quantified" in fired


@pytest.mark.parametrize("text", ["Pass the SOC 2 Type II audit", "Get ISO 9001 certified"])
def test_a_standard_is_no_metric_and_the_kr_is_not_quantified(text: str) -> None:
    metric, fired = _kr(text)
    assert metric is None and "kr-not-quantified" in fired


# -- one pass of facts per item -----------------------------------------------------------------


def test_facts_are_read_once_per_item(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = q_module.read_quantities

    def counting(folded: str, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        calls.append(folded)
        return real(folded, *args, **kwargs)  # type: ignore[arg-type]

    text = "目标：本季度让客户爱上我们的服务\n关键结果1：NPS从30提升到45\n关键结果2：每月拜访50家客户\n关键结果3：尽量减少投诉"
    items = len(parse(text).items())
    monkeypatch.setattr("coach.facts.read_quantities", counting)
    review(text, config=Config(use_model=False, semantic=False))
    assert len(calls) == items
    assert len(set(calls)) == len(calls)


def test_forced_language_rereads_the_facts() -> None:
    rv = review("O: Grow\nKR1: 从10%提升到20%", language="en", config=Config(use_model=False))
    kr = rv.objectives[0].key_results[0]
    assert kr.language == "en" and kr.metric is not None and kr.metric.baseline == 10


# -- no metric <=> kr-not-quantified fails -------------------------------------------------------


def _kr_corpus() -> list[tuple[str, str]]:
    """(name, draft text) for many key results: every rule example, the labelled corpus (its
    KRs in a minimal draft), the realistic draft corpus, the seed's blocks and examples/."""
    out: list[tuple[str, str]] = []
    for rule in rules.registry().values():
        for i, ex in enumerate(rule.examples):
            ctx = ex.context if ex.context is not None else rule.default_context(ex.lang)
            out.append((f"{rule.id}#{i}", ctx.replace("{item}", ex.clean)))
    for it in corpus.items():
        if it["kind"] == "kr":
            head = "目标：让客户获得成功\nKR1：" if it["lang"] == "zh" else "Objective: Win\nKR1: "
            out.append((it["id"], head + it["text"]))
    out.extend((d.id, d.text) for d in drafts.drafts())
    out.extend((p.name, p.read_text(encoding="utf-8")) for p in sorted(BLOCKS.glob("*.txt")))
    return out


def test_no_metric_exactly_when_kr_not_quantified_fails() -> None:
    """A KR has no metric exactly when kr-not-quantified fails on it — a dated milestone too:
    a date is a deadline, not a target (docs/principles.md, Quantified)."""
    config = Config(use_model=False, semantic=False)
    checked, problems = 0, []
    for name, text in _kr_corpus():
        try:
            rv = review(text, select=["kr-not-quantified"], config=config)
        except InputError:
            continue  # a draft with no objective (the corpus keeps a few on purpose)
        draft = parse(text)
        for o, po in zip(rv.objectives, draft.objectives, strict=True):
            for kr, item in zip(o.key_results, po.key_results, strict=True):
                if not item.plain.strip():
                    continue  # an empty KR ("KR2:") is other rules' business
                if [c.status for c in kr.checks] == ["unknown"]:
                    continue  # a target promised later: unknown, neither (decision 658)
                failed = [c.status for c in kr.checks] == ["fail"]
                checked += 1
                if kr.metric is not None and failed:
                    problems.append(f"{name} {kr.id}: metric {kr.metric.text!r} yet not quantified")
                if kr.metric is None and not failed:
                    problems.append(f"{name} {kr.id}: no metric yet quantified: {kr.text!r}")
    assert checked > 3000
    assert not problems, "\n".join(problems[:30])


# -- word lists ---------------------------------------------------------------------------------


def test_every_shipped_word_list_loads() -> None:
    lists = all_lists()
    assert len(lists) > 80
    for name, lang in lists:
        try:
            assert mapping(name, lang)
        except DataFileError as e:
            if "expected 'key => value'" not in str(e):
                raise
            assert words(name, lang)


@pytest.fixture
def data_dir(tmp_path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Word lists read from `tmp_path` alone (caches cleared before and after)."""
    from coach import wordlists

    def clear() -> None:
        for fn in (wordlists._locate, wordlists.words, wordlists.mapping_lines, wordlists.mapping):
            fn.cache_clear()
        q_module.units.cache_clear()
        q_module.quantity_words.cache_clear()

    (tmp_path / "zh").mkdir()
    monkeypatch.setattr(wordlists, "_DIRS", [tmp_path])
    clear()
    yield tmp_path
    monkeypatch.undo()
    clear()


def test_a_bad_unit_is_reported_with_its_file_and_line(data_dir) -> None:  # type: ignore[no-untyped-def]
    (data_dir / "zh" / "units.txt").write_text("# units\n个 => count\n天 => days\n", "utf-8")
    with pytest.raises(DataFileError, match=r"units\.txt:3: expected 'unit => kind"):
        q_module.units("zh")


def test_a_bad_quantity_word_is_reported_with_its_file_and_line(data_dir) -> None:  # type: ignore[no-untyped-def]
    (data_dir / "zh" / "quantity_words.txt").write_text("全员 => percent lots\n", "utf-8")
    with pytest.raises(DataFileError, match=r"quantity_words\.txt:1: expected 'word => kind"):
        q_module.quantity_words("zh")


@pytest.mark.parametrize(
    ("lang", "text", "figure", "side"),
    [
        ("zh", "投诉率 < 0.5%", "0.5%", "max"),
        ("zh", "社群退群率控制在5%以内", "5%", "max"),
        ("zh", "异常次数每周不超过10次", "10次", "max"),
        ("zh", "轻伤事故同比下降50%", "50%", "minus"),
        ("zh", "准确率≥99%", "99%", "min"),
        ("en", "Pages outside business hours < 2/month", "2/month", "max"),
        ("en", "wrong-item returns -50%", "50%", "minus"),
        ("en", "Sev1 count down 30%", "30%", "minus"),
        ("en", "Premium subs +30%", "30%", "plus"),
        ("en", "Accuracy at least 98%", "98%", "min"),
        ("en", "Serve 5-10 customers", "10", None),
        ("en", "Onboard 12 new partners", "12", None),
        # a floor denied is a ceiling (decision 440)
        ("en", "Don't let the refund rate go above 2%", "2%", "max"),
        ("en", "Churn must never rise above 3% a month", "3%", "max"),
        ("en", "Never exceed 4% no-shows", "4%", "max"),
        ("en", "Exceed 95% on-time delivery", "95%", "min"),
        ("en", "Keep NPS above 40", "40", "min"),
    ],
)
def test_bound_reads_the_comparator_next_to_a_figure(
    lang: str, text: str, figure: str, side: str | None
) -> None:
    f = facts.read(text, lang)
    q = next(q for q in f.quantities if q.text == figure)
    assert f.bound(q) == side


@pytest.mark.parametrize(
    "text", ["1:1s with every direct report every two weeks", "Release notes every 2 weeks"]
)
def test_every_n_weeks_is_a_period_in_words_and_digits(text: str) -> None:
    """Decision 510: the number of a cadence is its period, not a target, written either way."""
    from coach.facts import read

    facts = read(text, "en")
    assert not facts.measurable
    # since decision 5530 the words read as the digits do: "two weeks" is one duration
    assert [q.role for q in facts.quantities if q.text in ("two weeks", "2 weeks")] == ["period"]


def test_one_thing_every_two_weeks_is_a_rate() -> None:
    """Decision 22 with decision 510: "one blog post every two weeks" counts one per period."""
    from coach.facts import read

    assert read("Write one blog post every two weeks", "en").measurable


@pytest.mark.parametrize(
    "kr, value, baseline",
    [
        # Decision 812: "w" glued to a figure is 万 in Chinese writing; "做到"/"干到" close a from-to.
        ("抖音店铺月销售额从 30w 做到 80W", 800000.0, 300000.0),
        ("会员数从3万干到5万", 50000.0, 30000.0),
    ],
)
def test_chat_wan_and_zuodao_amounts(kr: str, value: float, baseline: float) -> None:
    m = review(f"目标：把线上生意做起来\nKR1：{kr}").objectives[0].key_results[0].metric
    assert m is not None and (m.value, m.baseline) == (value, baseline)


def test_a_latin_w_is_no_scale_before_a_word() -> None:
    m = (
        review("目标：把线上生意做起来\nKR1：直播 20 weeks 不断更")
        .objectives[0]
        .key_results[0]
        .metric
    )
    assert m is None or m.value != 200000.0

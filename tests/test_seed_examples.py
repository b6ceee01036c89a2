"""Every OKR example in the seed guide parses into the right objectives and key results.

The blocks in tests/data/seed_blocks/ are copied verbatim from seed/okr-guide-zh.txt (PDF glyph
errors and line breaks included); each has a `.fixed.txt` twin with the glyphs corrected. Both
must parse the same way.
"""

from __future__ import annotations

import pytest

from coach import parse
from coach.errors import InputError
from tests.seed import seed_block

VARIANTS = ["", ".fixed"]


def block(name: str, variant: str) -> str:
    return seed_block(name, fixed=variant == ".fixed")


def shape(text: str) -> list[tuple[str, list[str]]]:
    d = parse(text)
    return [(o.text, [k.text for k in o.key_results]) for o in d.objectives]


def assert_offsets(text: str) -> None:
    """Every character of every item is the input character its offset points at."""
    for it in parse(text).items():
        for i, ch in enumerate(it.text):
            if ch != " ":
                assert text[it.offsets[i]] == ch, (it.id, i, ch)
        assert 0 <= it.start <= it.end <= len(text)


@pytest.mark.parametrize("variant", VARIANTS)
def test_okr_vs_kpi(variant: str) -> None:
    text = block("okr_vs_kpi", variant)
    d = parse(text)
    assert len(d.objectives) == 1
    o = d.objectives[0]
    assert o.text == "本季度提升客户满意度"
    assert o.deadline is not None and o.deadline.text == "本季度"
    assert [k.text for k in o.key_results] == [
        "客户问题解决时间缩短至2天",
        "客户问题反映时间缩短至4小时",
        "本季度招聘客户人员新增5名",
        "培讦客户服务人员服务技巧1次",
    ]
    m = o.key_results[0].metric
    assert m is not None and (m.value, m.unit, m.direction) == (2, "天", "decrease")
    m = o.key_results[2].metric
    assert m is not None and (m.value, m.unit) == (5, "名")
    assert_offsets(text)


@pytest.mark.parametrize("variant", VARIANTS)
def test_company_marketing_personal(variant: str) -> None:
    text = block("company_marketing_personal", variant)
    d = parse(text)
    assert [o.text for o in d.objectives] == [
        "提高品牌认可度和知名度",
        "提高35%的社交媒体互动量",
        "增加25%的社交媒体连接数量",
    ]
    assert [o.level for o in d.objectives] == ["company", "team", "personal"]
    assert [len(o.key_results) for o in d.objectives] == [4, 4, 4]
    kr = d.objectives[0].key_results
    assert kr[0].text == "增加20%的社交媒体互动量"
    assert kr[0].metric is not None and kr[0].metric.relative and kr[0].metric.value == 20
    assert kr[1].deadline is not None and kr[1].deadline.text == "9月1日前"
    assert kr[1].metric is None  # the only number is the date
    mk = d.objectives[1].key_results
    assert mk[2].text == "在3小时内回复新留言"
    assert mk[2].deadline is None  # a response time, not a deadline
    assert mk[2].metric is not None and (mk[2].metric.value, mk[2].metric.unit) == (3, "小时")
    assert mk[3].text == "在Facebook和Twitter上增加20%的粉丝数量"
    assert mk[3].language == "zh"  # Chinese with English brand names
    assert d.objectives[2].key_results[0].text == "在2个新的社交网站上发布信息：LinkedIn和Quora"
    assert d.language == "zh"
    assert_offsets(text)


@pytest.mark.parametrize("variant", VARIANTS)
def test_financial_company(variant: str) -> None:
    text = block("financial_company", variant)
    d = parse(text)
    assert [o.text for o in d.objectives] == ["提升客户服务人员满意度", "提升客户满意度"]
    assert [o.level for o in d.objectives] == ["team", "team"]  # under "客户服务部门"
    o1, o2 = d.objectives
    assert [k.text for k in o1.key_results] == [
        "制定激励计划，覆盖至少70%以上人员",  # joined across the PDF's blank line
        "每个季度开展2次团队活动",
        "每月提供2次个人培训",
        "每半年做一次人才晋升",
    ]
    assert [k.text for k in o2.key_results] == [
        "增加2个客户服务渠道（微信 与微博）",
        "优化回复流程，实现48小时回复",
        "每月推出2个客户关怀活动",
    ]
    # "每个季度" / "每月" are frequencies, not deadlines.
    assert all(k.deadline is None for k in o1.key_results + o2.key_results)
    assert o2.key_results[0].owner is None  # "（微信 与微博）" is not a person
    assert_offsets(text)


@pytest.mark.parametrize("variant", VARIANTS)
def test_internet_template(variant: str) -> None:
    text = block("internet_template", variant)
    d = parse(text)
    assert len(d.objectives) == 1
    o = d.objectives[0]
    assert o.text == "完成季度招聘任务"
    assert o.level is None
    krs = o.key_results
    assert len(krs) == 3
    assert krs[0].text.startswith("完成季度招聘任务10人")
    assert krs[1].text.startswith("增加多媒体招聘渠道3个(微信公众号/微博/App)")
    assert krs[2].text.startswith("降低试用期人员季度主动离职率到5%")
    assert [k.score for k in krs] == [0.9, 0.5, 0.3]
    assert [k.status for k in krs] == ["完成", "完成一半", "未完成"]
    # Score and status are annotations, not part of the wording or the target.
    assert krs[0].plain.strip() == "完成季度招聘任务10人"
    m = krs[0].metric
    assert m is not None and (m.value, m.unit) == (10, "人")
    m = krs[2].metric
    assert m is not None and (m.value, m.unit, m.direction) == (5, "%", "decrease")
    assert all(k.deadline is None for k in krs)  # "季度主动离职率" is not a deadline
    assert_offsets(text)


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("name", ["good_objectives", "bad_objectives"])
def test_single_objective_lines(name: str, variant: str) -> None:
    lines = [ln.strip() for ln in block(name, variant).splitlines() if ln.strip()]
    header, examples = lines[0], lines[1:]
    assert "目标" in header and len(examples) == 3
    for line in examples:
        d = parse(line)
        assert [o.text for o in d.objectives] == [line]
        assert d.objectives[0].key_results == []


def test_bad_objective_metrics_are_read() -> None:
    lines = [ln.strip() for ln in block("bad_objectives", ".fixed").splitlines() if ln.strip()]
    assert lines[1:] == ["销售额提升30%。", "用户增加一倍。", "xx产品收入增加到XX元。"]


@pytest.mark.parametrize("variant", VARIANTS)
def test_objective_figure(variant: str) -> None:
    text = block("objective_figure", variant)
    d = parse(text)
    assert len(d.objectives) == 1
    o = d.objectives[0]
    expected = (
        "打造公司历史上最成功的销售推广活劢"
        if variant == ""
        else "打造公司历史上最成功的销售推广活动"
    )
    assert o.text == expected
    assert o.key_results == []
    assert o.level is None  # prose mentioning "公司" is not a level heading
    assert d.timeframe is None  # "将在下一个季度发生。" is prose, not a title
    assert_offsets(text)


@pytest.mark.parametrize("variant", VARIANTS)
def test_kr_figure_alone_has_no_objective(variant: str) -> None:
    with pytest.raises(InputError) as err:
        parse(block("kr_figure", variant))
    assert err.value.code == "no_objective"
    assert "1 key result" in str(err.value)


@pytest.mark.parametrize("variant", VARIANTS)
def test_kr_figure_under_objective_figure(variant: str) -> None:
    text = block("objective_figure", variant) + "\n" + block("kr_figure", variant)
    d = parse(text)
    assert len(d.objectives) == 1
    (kr,) = d.objectives[0].key_results
    tail = "活劢" if variant == "" else "活动"
    assert kr.text == "在xx销售周期内比同期多组织XX场小区营销" + tail
    m = kr.metric
    assert m is not None
    assert (m.value, m.unit, m.text) == (None, "场", "XX场")
    assert_offsets(text)

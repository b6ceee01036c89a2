"""tester24z's outsider drafts in Chinese (round 24): a fiscal quarter written "FY2026 Q1", events
counted by their 场次/次数, natural complements of bad rates, a shop in a title's brackets, a post
and a person with a space between them, and 付费 as a measure (decisions 2720-2725)."""

from __future__ import annotations

import pytest

from coach.config import Config
from coach.facts.owner import find_owner
from coach.facts.timeframes import has_deadline, time_spans
from coach.review import review
from coach.types import Review

_CFG = Config(use_model=False, semantic=False)


def _review(text: str) -> Review:
    return review(text, config=_CFG)


def _fails(r: Review, target: str) -> set[str]:
    for o in r.objectives:
        if o.id == target:
            return {c.rule_id for c in o.checks if c.status == "fail"}
        for k in o.key_results:
            if k.id == target:
                return {c.rule_id for c in k.checks if c.status == "fail"}
    raise KeyError(target)


# decision 2720: "FY2026 Q1" — the quarter was swallowed by the fiscal year and lost
@pytest.mark.parametrize(
    "title",
    [
        "财务部 FY2026 Q1 OKR",
        "Finance FY2026 Q3 OKRs",
        "采购部FY2027 Q2 目标",
        "FY2026-Q4 运营部 OKR",
        "fy2026 q1 数据团队OKR",
        "Sales FY2026 H2 OKRs",
    ],
)
def test_a_fiscal_quarter_after_a_four_digit_fiscal_year_is_a_deadline(title: str) -> None:
    assert has_deadline(title, "zh")
    text = f"{title}\n目标：费用管控\nKR1：管理费用占收入比从12%降到10%（冯雷）\nKR2：应收账款周转天数从75天降到60天（冯雷）\n"
    r = _review(text)
    assert "objective-no-timeframe" not in _fails(r, "o1")
    assert "kr-no-deadline" not in _fails(r, "o1.kr1")


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("2026 Q1", [("2026 Q1", "quarter")]),  # a calendar quarter keeps its one span
        ("FY26 Q2", [("FY26", "year"), ("Q2", "quarter")]),
        ("FY2026 H1", [("FY2026", "year"), ("H1", "half")]),
    ],
)
def test_other_years_and_quarters_read_as_before(text: str, spans: list[tuple[str, str]]) -> None:
    assert [(text[s:e], k) for s, e, k in time_spans(text, "zh")] == spans


def test_a_fiscal_year_alone_is_still_a_horizon() -> None:
    assert not has_deadline("财务部 FY2026 OKR", "zh")
    assert not has_deadline("Revenue for FY2026 up 20%", "en")


_PERSONAL = "2026年Q2 个人OKR（王磊）\n目标：让社区居民都愿意把事交给我们办\nKR1：{kr}\nKR2：居民满意度从80%提升到92%\n"


# decision 2721: an event the team holds, named with its count word, then the count
@pytest.mark.parametrize(
    "kr",
    [
        "上门服务次数每月200次",
        "健康讲座场次达到12场",
        "社区义诊场次从4场增加到10场",
        "巡检次数达到每月20次",
        "讲座次数达到12次",
        "安全演练场次全年不少于6场",
        "客户沙龙场次每季度3场",
    ],
)
def test_events_counted_by_their_count_word_are_activity_counts(kr: str) -> None:
    assert "kr-activity-count" in _fails(_review(_PERSONAL.format(kr=kr)), "o1.kr1")


@pytest.mark.parametrize(
    "kr",
    [
        "直播观看次数达到10万次",  # others watch: a result
        "培训参与次数达到500次",
        "用户分享次数从2万次提升到5万次",
        "复购次数达到3次",
        "人均到店次数提升到每月3次",
        "会议次数减少到每周2次",  # fewer meetings: time won back, not effort counted
    ],
)
def test_counts_of_what_others_do_or_fewer_meetings_are_not_activity_counts(kr: str) -> None:
    assert "kr-activity-count" not in _fails(_review(_PERSONAL.format(kr=kr)), "o1.kr1")


def _suggestions(text: str) -> list[str]:
    r = _review(text)
    return [
        sg.text for f in r.findings if f.rule_id == "kr-negative-phrasing" for sg in f.suggestions
    ]


# decision 2722: exact complements in the words the trade uses
@pytest.mark.parametrize(
    ("kr", "good"),
    [
        ("转人工率从45%降到30%", "智能客服独立接待率从55%提升到70%"),
        ("清关异常率从5%下降到2%", "清关正常率从95%提升到98%"),
        ("订单异常率控制在1%以内", "正常率"),
        ("设备掉线率低于0.5%", "在线率"),
        ("支付异常率降低到0.1%以下", "正常率"),
    ],
)
def test_bad_rates_get_their_natural_complement(kr: str, good: str) -> None:
    found = _suggestions(_PERSONAL.format(kr=kr + "（王磊）"))
    assert any(good in s for s in found), found


def test_a_false_alarm_rate_keeps_the_generic_advice() -> None:
    found = _suggestions(_PERSONAL.format(kr="风控模型误报率从8%降到3%（王磊）"))
    assert not any("准确率" in s for s in found), found


_SHOP = "{title}\nO1：成为商圈里最受欢迎的火锅店\nKR1：翻台率从3.2提高到4.0\nKR2：大众点评评分从4.3提升至4.7\n"


# decision 2723: a shop, a plant, a station in a title's brackets is no person
@pytest.mark.parametrize(
    "title",
    [
        "XX火锅（万达店）Q2 OKR",
        "面包坊（王府店）2026Q2 OKR",
        "快递网点（金华站）2026Q2 OKR",
        "冲压件（余杭厂）2026年Q2 OKR",
        "少儿编程（万象馆）2026Q3 OKR",
    ],
)
def test_a_shop_in_the_titles_brackets_owns_no_key_result(title: str) -> None:
    r = _review(_SHOP.format(title=title))
    assert "kr-no-owner" in _fails(r, "o1.kr1")


@pytest.mark.parametrize(
    "title", ["XX火锅（张强）Q2 OKR", "XX火锅（万达）Q2 OKR", "火锅店（店长：万芳）Q2 OKR"]
)
def test_a_person_in_the_titles_brackets_still_owns_the_set(title: str) -> None:
    r = _review(_SHOP.format(title=title))
    assert "kr-no-owner" not in _fails(r, "o1.kr1")


# decision 2724: a post or place, a space, then the person
@pytest.mark.parametrize(
    ("kr", "owner"),
    [
        ("食材损耗率从6%降到3.5%（后厨 老陈）", "后厨 老陈"),
        ("翻台率从3.2提高到4.0（前厅 小李）", "前厅 小李"),
        ("出餐准时率达到95%（出品 王强）", "出品 王强"),
        ("酒水毛利率提升到65%（吧台 王芳）", "吧台 王芳"),
        ("翻台率从3.2提高到4.0（后厨 陈师傅）", "后厨 陈师傅"),
    ],
)
def test_a_post_a_space_and_a_person_owns_the_key_result(kr: str, owner: str) -> None:
    found = find_owner(kr)
    assert found is not None and found[0] == owner


@pytest.mark.parametrize(
    "kr",
    [
        "翻台率从3.2提高到4.0（数据 来源）",
        "翻台率从3.2提高到4.0（同比 增长）",
        "翻台率从3.2提高到4.0（上半年 王芳）",
        "翻台率从3.2提高到4.0（口径 调整）",
    ],
)
def test_a_measure_or_a_time_before_a_word_is_no_owner(kr: str) -> None:
    assert find_owner(kr) is None


_GAME = "《星港》手游 2026 Q3 OKR（策划 林晓）\n目标：{obj}\nKR1：首充转化率从4%提到6%\nKR2：ARPPU提升20%\n"


# decision 2725: 付费 is a measure as 续费 and 复购 are
@pytest.mark.parametrize("obj", ["提升付费", "提高付费", "促进付费", "拉动付费", "增加付费"])
def test_paying_alone_is_a_metric_objective(obj: str) -> None:
    assert "objective-is-metric" in _fails(_review(_GAME.format(obj=obj)), "o1")


@pytest.mark.parametrize(
    "obj",
    ["让玩家心甘情愿为好内容付费", "让用户愿意为知识付费", "成为玩家最愿意付费的二次元手游"],
)
def test_paying_in_a_vivid_end_state_is_not_a_metric(obj: str) -> None:
    assert "objective-is-metric" not in _fails(_review(_GAME.format(obj=obj)), "o1")


# decision 2721, the cadence before the floor: "巡视次数每月不少于20次"
@pytest.mark.parametrize(
    "kr", ["巡视次数每月不少于20次", "巡检次数每周至少3次", "培训场次每季度不少于4场"]
)
def test_a_cadence_before_the_floor_still_counts_the_events(kr: str) -> None:
    assert "kr-activity-count" in _fails(_review(_PERSONAL.format(kr=kr)), "o1.kr1")


# decision 2726: a job fair is an event held, not hiring
@pytest.mark.parametrize(
    "kr",
    [
        "举办校园招聘会3场",
        "组织专场招聘会5场",
        "举办双选会2场",
        "招聘会场次达到6场",
        "参加招聘会4次",
    ],
)
def test_job_fairs_are_counted_events_not_hiring(kr: str) -> None:
    r = _review(_PERSONAL.format(kr=kr))
    fails = _fails(r, "o1.kr1")
    assert "kr-activity-count" in fails and "kr-is-task" not in fails
    advice = " ".join(s.text for f in r.findings for s in f.suggestions)
    assert "到岗" not in advice and "这次招聘" not in advice


@pytest.mark.parametrize("kr", ["招聘研发工程师40名", "通过招聘会录用应届生30人"])
def test_hiring_people_is_still_a_task(kr: str) -> None:
    assert "kr-is-task" in _fails(_review(_PERSONAL.format(kr=kr)), "o1.kr1")


@pytest.mark.parametrize("kr", ["开展签约宣传20场", "举办新品发布会3场"])
def test_other_events_held_read_as_before(kr: str) -> None:
    assert "kr-activity-count" in _fails(_review(_PERSONAL.format(kr=kr)), "o1.kr1")


_BOOK = "人文编辑部 2026年Q1 OKR（主任编辑：尹洁）\n目标：{obj}\nKR1：新书3个月内售罄率达到80%\nKR2：豆瓣评分8.0以上的新书占比达到50%\n"


# decision 2727: making a list others read is an aspiration
@pytest.mark.parametrize(
    "obj",
    [
        "出版一本能进年度好书榜的书",
        "做出一款能登上App Store总榜前十的游戏",
        "做出一道能上黑珍珠榜的招牌菜",
        "打造一款能冲进畅销榜的国货面霜",
        "推出一张能进音乐平台年度榜的专辑",
    ],
)
def test_getting_onto_a_list_is_inspiring(obj: str) -> None:
    assert "objective-not-inspiring" not in _fails(_review(_BOOK.format(obj=obj)), "o1")


@pytest.mark.parametrize(
    "obj", ["改进排行榜算法", "优化榜单推荐算法", "提升热销榜商品的转化率", "出版一本书"]
)
def test_work_on_a_list_or_a_plain_output_stays_flat(obj: str) -> None:
    assert "objective-not-inspiring" in _fails(_review(_BOOK.format(obj=obj)), "o1")


# decision 2728: a share written per ten thousand, per thousand or in words turns in percent
@pytest.mark.parametrize(
    ("kr", "good"),
    [
        ("行李差错率从万分之3降到万分之1", "准确率从99.97%提升到99.99%"),
        ("图书差错率控制在万分之一以内", "准确率保持在99.99%以上"),
        ("不良率控制在千分之五以内", "良品率保持在99.5%以上"),
        ("产品不良率从千分之8降到千分之3", "良品率从99.2%提升到99.7%"),
        ("客户流失率从百分之八降到百分之五", "留存率从92%提升到95%"),
        ("投诉率控制在百分之一以内", "保持在99%以上"),
    ],
)
def test_a_share_in_words_turns_into_its_complement_in_percent(kr: str, good: str) -> None:
    found = _suggestions(_PERSONAL.format(kr=kr + "（王磊）"))
    assert any(good in s for s in found), found
    assert not any("万分之99" in s or "千分之99" in s or "百分之9" in s for s in found), found


@pytest.mark.parametrize(
    ("kr", "good"),
    [
        ("客户流失率从8%降到5%", "客户留存率从92%提升到95%"),
        ("差错率低于0.5‰", "准确率高于99.95%"),
        ("错误率从10%降到5%", "准确率从90%提升到95%"),
    ],
)
def test_shares_in_digits_turn_as_before(kr: str, good: str) -> None:
    found = _suggestions(_PERSONAL.format(kr=kr + "（王磊）"))
    assert any(good in s for s in found), found


_SHOP_SET = "2026 Q2 OKR\n目标：{obj}\nKR1：月GMV从320万提升到450万（周婷）\nKR2：详情页转化率由2.1%提升到3.0%（王楠）\n"


def _objective_rewrites(obj: str) -> list[str]:
    r = _review(_SHOP_SET.format(obj=obj))
    return [s.text for f in r.findings if f.rule_id == "objective-is-metric" for s in f.suggestions]


# decision 2729: the team's own shop or team scopes nothing in the direction's sentence
@pytest.mark.parametrize(
    "obj", ["提升店铺GMV", "门店业绩增长20%", "提升门店营收", "全店销售额提升15%", "提高团队业绩"]
)
def test_the_own_shop_is_no_scope_of_the_direction(obj: str) -> None:
    found = _objective_rewrites(obj)
    assert "成为客户心中的首选，把生意做大" in found, found


@pytest.mark.parametrize(
    ("obj", "scoped"),
    [("华南大区销售额增长30%", "华南大区客户"), ("提升线上渠道营收", "线上渠道客户")],
)
def test_a_region_or_a_channel_still_scopes_it(obj: str, scoped: str) -> None:
    assert any(scoped in s for s in _objective_rewrites(obj))

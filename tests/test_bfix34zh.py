"""Round 34 (issue 8), helper bfix34zh: the Chinese shapes of last round's never-studied outsider
set and the round's lead rulings, decisions 4990-4999 (docs/principles.md, "… (issue 8,
thirty-fourth round; bfix34zh)")."""

from __future__ import annotations

import pytest

from coach import review


def _objectives(text: str) -> list[tuple[str, list[str]]]:
    return [(o.text, [k.text for k in o.key_results]) for o in review(text).objectives]


def _o_status(objective: str) -> dict[str, str]:
    text = f"目标：{objective}\nKR1：复购率从20%提升到28%（负责人：林悦，2027年Q1）\n"
    o = review(text).objectives[0]
    return {c.rule_id: c.status for c in o.checks}


def _kr_status(kr: str, objective: str = "让街坊们都爱来我们店") -> dict[str, str]:
    text = f"目标：{objective}（2027年Q1）\nKR1：{kr}\n"
    k = review(text).objectives[0].key_results[0]
    return {c.rule_id: c.status for c in k.checks}


# -- 4990: an emoji-wrapped title over "一、" objectives is the set's title ---------------------

_WRAPPED = "{title}\n\n一、{o1}\n1. {k1}\n2. {k2}\n\n二、{o2}\n1. {k3}\n"


@pytest.mark.parametrize(
    ("title", "o1", "k1", "k2", "o2", "k3"),
    [
        (
            "🍀春晖街道老年食堂 工作计划🍀",
            "让老人吃上热乎可口的饭菜",
            "每天来食堂就餐的老人从30人增加到60人",
            "饭菜满意度达到90%以上（负责人：王师傅）",
            "守住食品安全底线",
            "每周检查一次冷库",
        ),
        (
            "🌻 向阳小学图书室 本学期目标 🌻",
            "让孩子们放学后抢着来借书",
            "每周借阅人次从200增加到350",
            "新书上架周期缩短到3天",
            "把图书室变成最安静的角落",
            "读书会参与人数达到40人",
        ),
        (
            "⭐城西社区卫生站 2027年工作目标⭐",
            "让居民在家门口就能看好小病",
            "门诊人次同比增长20%",
            "慢病随访率达到85%",
            "提升家庭医生签约服务",
            "签约居民续约率从60%提升到75%",
        ),
        (
            "🎈 彩虹幼儿园后勤组 OKR 🎈",
            "让家长放心把孩子交给我们",
            "家长满意度从88%提升到95%",
            "餐食抽检合格率达到100%",
            "打造全区最干净的幼儿园",
            "环境检查得分提高到98分",
        ),
        (
            "🌷 青禾瑜伽馆 第三季度目标 🌷",
            "让会员把练习变成习惯",
            "会员月均到馆次数从4次提高到7次",
            "续卡率达到65%",
            "做成口碑最好的小区瑜伽馆",
            "转介绍新会员达到30人",
        ),
    ],
)
def test_4990_emoji_wrapped_title_over_ordinal_objectives(title, o1, k1, k2, o2, k3) -> None:
    got = _objectives(_WRAPPED.format(title=title, o1=o1, k1=k1, k2=k2, o2=o2, k3=k3))
    assert got == [(o1, [k1, k2]), (o2, [k3])], got


@pytest.mark.parametrize(
    "first",
    [
        # an emoji-wrapped objective that names no set stays an objective
        "🏡 让每位老人都把这里当成家 🏡",
        "🚀 做全区口碑最好的社区食堂 🚀",
    ],
)
def test_4990_guard_wrapped_objective_kept(first: str) -> None:
    text = f"{first}\n1. 每天就餐人数从30人增加到60人\n2. 满意度达到95%\n"
    got = _objectives(text)
    assert len(got) == 1 and len(got[0][1]) == 2, got


@pytest.mark.parametrize(
    "title",
    [
        # the place's name alone, wrapped, over "一、" objectives that hold their own lists
        "🌸春晖街道老年食堂🌸",
        "🍎 阳光小学食堂 🍎",
        "✨城南社区书屋✨",
        "🌼 幸福家园日间照料中心 🌼",
        "🐶 毛孩子宠物诊所 🐶",
    ],
)
def test_4990_wrapped_name_over_ordinal_objectives(title: str) -> None:
    text = _WRAPPED.format(
        title=title,
        o1="让来的人都愿意再来",
        k1="每天来访人数从30人增加到60人",
        k2="满意度达到90%",
        o2="守住安全底线",
        k3="意外事件为0",
    )
    got = _objectives(text)
    assert [o for o, _ in got] == ["让来的人都愿意再来", "守住安全底线"], got


def test_4990_guard_wrapped_objective_over_ordinal_key_results() -> None:
    # "一、" items with no list under them are the key results of the wrapped line
    text = "🏡 让每位老人都把这里当成家 🏡\n一、每天就餐的老人从30人增加到60人\n二、满意度达到90%以上\n"
    got = _objectives(text)
    assert len(got) == 1 and len(got[0][1]) == 2, got


def test_4990_guard_title_without_emoji_unchanged() -> None:
    text = _WRAPPED.format(
        title="春晖街道老年食堂 工作计划",
        o1="让老人吃上热乎可口的饭菜",
        k1="每天就餐的老人从30人增加到60人",
        k2="满意度达到90%",
        o2="守住食品安全底线",
        k3="每周检查一次冷库",
    )
    got = _objectives(text)
    assert [o for o, _ in got] == ["让老人吃上热乎可口的饭菜", "守住食品安全底线"], got


# -- 4991: a pass rate or a headcount held at its level is business as usual ------------------


@pytest.mark.parametrize(
    "kr",
    [
        "出货检验合格率保持在98%以上",
        "出库复核合格率维持在99%以上（负责人：质检部李强）",
        "原料入厂检验合格率稳定在98.5%及以上",
        "消防设施检查达标率保持在95%以上",
        "病历书写合格率维持在97%以上",
        "兼职教练保持在15人左右",
        "外聘讲师数量维持在12名上下",
        "门店店员人数稳定在8人左右",
        "夜班护士保持在20人",
    ],
)
def test_4991_level_held_is_bau(kr: str) -> None:
    assert _kr_status(kr)["kr-business-as-usual"] == "fail"


@pytest.mark.parametrize(
    "kr",
    [
        # a level raised, a measure of the customers held (decision 1113), a count of people
        # served or a count raised: no routine
        "成品抽检合格率从97%提升到99.5%",
        "客户满意度保持在95%以上",
        "会员人数保持在500人以上",
        "兼职教练从10人增加到15人",
        "产品一次合格率达到99%",
        "复购率稳定在40%以上",
    ],
)
def test_4991_guard_not_bau(kr: str) -> None:
    assert _kr_status(kr)["kr-business-as-usual"] != "fail"


# -- 4992: the quality of the place's whole service work, raised: vague --------------------------


@pytest.mark.parametrize(
    "objective",
    [
        "提高教学质量",
        "全面提升医疗质量",
        "提升教研质量",
        "进一步提高保教质量",
        "提升护理质量",
        "持续提升办学质量",
        "提高工作质量",
    ],
)
def test_4992_area_quality_raised_is_vague(objective: str) -> None:
    s = _o_status(objective)
    assert (s["objective-vague"], s["objective-not-inspiring"], s["objective-is-metric"]) == (
        "fail",
        "fail",
        "pass",
    ), s


@pytest.mark.parametrize(
    "objective",
    [
        # a thing or a named process's quality: flat only (decisions 19, 4041, 3965)
        "提高交付质量",
        "提高产品质量",
        "提升内容质量",
        "提升代码质量",
        # a picture or a marker: not vague
        "让每堂课都成为学生最期待的一课",
        "打造全县教学质量最好的中学",
    ],
)
def test_4992_guard_named_quality_not_vague(objective: str) -> None:
    assert _o_status(objective)["objective-vague"] == "pass"


# -- 4993: the place's reputation raised in the broadest terms: vague, no KPI -------------------


@pytest.mark.parametrize(
    "objective",
    [
        "提升诊所品牌美誉度",
        "提高学校美誉度",
        "提升品牌口碑",
        "提高门店的口碑",
        "提升企业社会声誉",
        "扩大机构美誉度",
    ],
)
def test_4993_broad_reputation_is_vague(objective: str) -> None:
    s = _o_status(objective)
    assert (s["objective-vague"], s["objective-is-metric"]) == ("fail", "pass"), s


@pytest.mark.parametrize(
    "objective",
    [
        # awareness is a measure (decision 48); a named audience or a picture keeps a direction
        "提升品牌知名度",
        "提升在本区家长中的口碑",
        "让街坊们一提起体检就想到我们医院",
    ],
)
def test_4993_guard(objective: str) -> None:
    assert _o_status(objective)["objective-vague"] == "pass"


# -- 4994: what others do to the team's work, counted, is a result, not effort -----------------


def _fails(kr: str) -> set[str]:
    return {k for k, v in _kr_status(kr).items() if v == "fail"}


@pytest.mark.parametrize(
    "kr",
    [
        "视频被平台推荐上首页5次（负责人：小林）",
        "文章被编辑部选为周刊头条4次（负责人：小林）",
        "作品被官方账号转发6次（负责人：小林）",
        "攻略被景区官方号转载10次（负责人：小林）",
        "门店被电视台报道2次（负责人：小林）",
        "直播间被平台推上热门3次（负责人：小林）",
    ],
)
def test_4994_done_to_us_by_others_is_result(kr: str) -> None:
    got = _fails(kr)
    assert not got & {"kr-activity-count", "kr-is-task"}, got


@pytest.mark.parametrize(
    "kr",
    [
        # the team's own efforts counted stay activity counts
        "每月发布笔记8篇（负责人：小林）",
        "给平台投稿6次（负责人：小林）",
        "主动联系电视台4次（负责人：小林）",
    ],
)
def test_4994_guard_own_efforts_counted(kr: str) -> None:
    assert "kr-activity-count" in _fails(kr)


# -- 4995: each one of the team doing an effort at least N times is an activity count ----------


@pytest.mark.parametrize(
    "kr",
    [
        "每位新入职教师听课不少于16节",
        "每位新教师听课不少于15次",
        "每名护士参加病例讨论至少6次",
        "每位店员带看不少于30次",
        "每位医生查房不少于40次",
        "每位教练陪练至少12次",
        "每位辅导员谈心谈话不少于40人次",
    ],
)
def test_4995_member_effort_floor_is_activity(kr: str) -> None:
    assert "kr-activity-count" in _fails(kr)


@pytest.mark.parametrize(
    "kr",
    [
        # the people served, or a measure of theirs, with a floor: no effort of the team
        "会员人均到店不少于3次",
        "每位顾客复购不少于2次",
        "每位教师的学生及格率不低于90%",
        "投诉不超过3次",
    ],
)
def test_4995_guard_served_floor_is_no_activity(kr: str) -> None:
    assert "kr-activity-count" not in _fails(kr)


# -- 4996: finding or scouting suppliers is work, as bringing them in is ------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "找2家新的鸡蛋供应商（负责人：小林）",
        "物色2家新的面粉供应商（负责人：小林）",
        "找3家备用冷链物流商（负责人：小林）",
        "新找3家包材厂家（负责人：小林）",
        "物色一家本地的蔬菜供货商（负责人：小林）",
        "再找2家牛奶供货商（负责人：小林）",
        "物色两家新的包装印刷厂（负责人：小林）",
    ],
)
def test_4996_finding_suppliers_is_task(kr: str) -> None:
    assert "kr-is-task" in _fails(kr)


@pytest.mark.parametrize(
    "kr",
    [
        # talks counted stay effort (decision 1842's 找 as 与); people found for themselves, and
        # partners signed, are results
        "找10家经销商洽谈（负责人：小林）",
        "找20个种子用户（负责人：小林）",
        "与3家新供应商签约（负责人：小林）",
        "找回流失会员30人（负责人：小林）",
    ],
)
def test_4996_guard(kr: str) -> None:
    assert "kr-is-task" not in _fails(kr)


# -- 4997: a measure ranked first across the whole network or group is a KPI objective --------


@pytest.mark.parametrize(
    "objective",
    [
        "班车准点率做到全网第一",
        "线路准点率稳居全网第一",
        "坪效做到全集团第一",
        "人均产值做到全公司前三",
        "网点客户满意度做到全系统第一（周明）",
        "复购率冲到全品牌第一",
    ],
)
def test_4997_measure_ranked_across_network_is_metric(objective: str) -> None:
    assert _o_status(objective)["objective-is-metric"] == "fail"


@pytest.mark.parametrize(
    "objective",
    [
        # a picture or a team made first, not a measure: no KPI (decision 116 keeps markers)
        "成为全网最受司机信赖的车队",
        "做全集团最让客户放心的门店",
        "打造全公司第一的服务团队",
    ],
)
def test_4997_guard_not_a_measure(objective: str) -> None:
    assert _o_status(objective)["objective-is-metric"] == "pass"


# -- 4998: an objective reached when a platform picks the team is not controllable -------------


@pytest.mark.parametrize(
    "objective",
    [
        "本季度被小红书选为优质美食博主",
        "被抖音官方评为年度成长作者",
        "让作品被平台推荐为精选内容",
        "被知乎认证为优秀回答者",
        "年底前被视频号选入创作者激励计划",
        "被算法选中成为爆款账号",
    ],
)
def test_4998_platform_choice_not_controllable(objective: str) -> None:
    assert _o_status(objective)["objective-not-controllable"] == "fail"


@pytest.mark.parametrize(
    "objective",
    [
        # the people served choosing, the team's own house judging, the team's own picture
        "成为粉丝最信任的美食博主",
        "被评为公司年度优秀团队",
        "让更多读者愿意选我们的书",
        "做一个被粉丝记住的穿搭博主",
    ],
)
def test_4998_guard(objective: str) -> None:
    assert _o_status(objective)["objective-not-controllable"] == "pass"


# -- 4999: households served, and what they do, are an end state (inspiring), not a KPI -------


@pytest.mark.parametrize(
    "objective",
    [
        "让片区内过半的家庭每周都来我们店买菜",
        "让全村一半的家庭都用上我们的净水器",
        "让街区一半的家庭都来我们店配眼镜",
        "让村里一半的家庭都用我们的快递点寄包裹",
        "让园区一半的家庭都把孩子送到我们这儿托管",
        "让镇上一半的家庭都请我们修家电",
    ],
)
def test_4999_households_served_are_an_end_state(objective: str) -> None:
    s = _o_status(objective)
    assert (s["objective-is-metric"], s["objective-not-inspiring"]) == ("pass", "pass"), s


@pytest.mark.parametrize(
    "objective",
    [
        # a measure of the households, or a family's own budget: KPIs
        "家庭医生签约率提升到60%",
        "让家庭月支出控制在8000元以内",
        "全村家庭用上自来水的比例达到90%",
    ],
)
def test_4999_guard_household_measures_stay_metric(objective: str) -> None:
    assert _o_status(objective)["objective-is-metric"] == "fail"

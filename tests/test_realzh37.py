"""realzh37 (issue 8, thirty-seventh round): shapes seen in the studied half of a new set of
published Chinese OKRs (models/data/realzh37_manifest.md): a goal's wording in one bullet (a
checkbox) under its numbered heading with "关键结果：" over its list; a book's author after a dash;
a title or a count of works alone as a key result; km and kg, 三部曲, 半小时 and figures in words
after a measure's name (decisions 5500-5507).

Every wording here is written for this file; none is copied from a published page.
"""

from __future__ import annotations

import pytest

from tests.test_realzh34 import _fails, _shape

# -- decision 5500: "### 目标一" / one bullet holding the goal / "关键结果：" over the list ---------


def _goal_sections(
    heads: list[str], goals: list[str], label: str, krs: list[list[str]], box: str
) -> str:
    parts = []
    for head, goal, ks in zip(heads, goals, krs, strict=True):
        parts.append(
            f"### {head}\n\n{box}{goal}\n\n{label}\n\n" + "".join(f"{box}{k}\n" for k in ks)
        )
    return "\n".join(parts)


GOAL_BULLETS = [
    # (numbered heads, goal wordings, the key-result label, key results, bullet marker)
    (
        ["目标一", "目标二"],
        ["门店口碑", "出餐提速"],
        "关键结果：",
        [
            ["会员满意度达到 90 分", "差评数量降到 5 条以内"],
            ["平均出餐时间缩短到 8 分钟", "高峰排队控制在 10 人以内"],
        ],
        "- [ ] ",
    ),
    (
        ["目标1", "目标2"],
        ["病区护理更安心", "缩短候诊时间"],
        "关键结果：",
        [
            ["患者满意度从 85% 提升到 93%", "跌倒事件降到每月 1 起以内"],
            ["门诊平均候诊时间降到 20 分钟"],
        ],
        "- ",
    ),
    (
        ["目标一", "目标二"],
        ["新员工快速上手", "招聘更准"],
        "关键结果:",
        [
            ["新人 30 天内独立上岗率达到 80%"],
            ["试用期转正率提升到 90%", "用人部门满意度达到 4.5 分"],
        ],
        "* ",
    ),
    (
        ["目标 1", "目标 2"],
        ["产线良率再上台阶", "交期更稳"],
        "关键成果：",
        [
            ["一次良品率从 96% 提升到 98.5%"],
            ["订单准时交付率达到 97%", "插单响应时间缩短到 24 小时"],
        ],
        "- [x] ",
    ),
    (
        ["目标一", "目标二"],
        ["学生爱上阅读", "家校沟通更顺"],
        "关键结果",
        [["每周自主阅读 3 小时以上的学生占比达到 70%"], ["家长满意度达到 95%"]],
        "- ",
    ),
    (
        ["Goal 1", "Goal 2"],
        ["Happier members", "Faster service"],
        "Key results:",
        [
            ["Member satisfaction reaches 90", "Bad reviews drop below 5"],
            ["Average wait falls to 8 minutes"],
        ],
        "- [ ] ",
    ),
    (
        ["Objective 1", "Objective 2"],
        ["Grow the pipeline", "Shorten sales cycles"],
        "Key Results",
        [["Add 40 qualified opportunities"], ["Median cycle drops from 60 to 45 days"]],
        "- ",
    ),
    (
        ["目标一", "目标二"],
        ["回款更快", "毛利更健康"],
        "KR：",
        [["应收账款周转天数从 75 天降到 60 天"], ["综合毛利率从 28% 提升到 32%"]],
        "- ",
    ),
    (
        ["目标一", "目标二", "目标三"],
        ["身体", "英语", "理财"],
        "关键结果：",
        [["体重减到 65 公斤"], ["托福考到 100 分"], ["存款达到 5 万元"]],
        "- [ ] ",
    ),
    (
        ["目标1", "目标2"],
        ["线上渠道起量", "复购稳住"],
        "主要结果：",
        [["小程序月订单达到 8000 单"], ["90 天复购率达到 35%"]],
        "+ ",
    ),
    (
        ["目标一", "目标二"],
        ["系统更稳", "发布更快"],
        "关键结果：",
        [["核心接口可用性达到 99.95%"], ["平均发布耗时从 40 分钟降到 15 分钟"]],
        "1. ",
    ),
]


@pytest.mark.parametrize(("heads", "goals", "label", "krs", "box"), GOAL_BULLETS)
def test_goal_in_one_bullet_over_kr_label(
    heads: list[str], goals: list[str], label: str, krs: list[list[str]], box: str
) -> None:
    text = "# 2026年目标\n\n" + _goal_sections(heads, goals, label, krs, box)
    assert _shape(text) == list(zip(goals, krs, strict=True))


def test_two_bullets_under_the_heading_are_no_goal_wording() -> None:
    # a list of two under "### 目标一" is no goal's one line: unchanged by decision 5500
    text = "### 目标一\n\n- 门店口碑\n- 出餐提速\n\n关键结果：\n\n- 会员满意度达到 90 分\n"
    assert [o for o, _ in _shape(text)] != ["门店口碑"]


def test_prose_after_the_bullet_unchanged() -> None:
    # a sentence, not a key-result label, after the one bullet: read as before
    text = "### 目标一\n\n- 门店口碑\n\n这一季我们先把基础打牢。\n\n- 会员满意度达到 90 分\n"
    assert _shape(text) == [("门店口碑", ["会员满意度达到 90 分"])]


# -- decision 5501: a work's title, a dash, its author: no owner ---------------------------------

_READ = "O：2026年第二季度 读更多好书\nKR1："


def _owned(kr: str) -> bool:
    return "kr-no-owner" not in _fails(_READ + kr)[1]


AUTHOR_AFTER_TITLE = [
    "读完《活着》- 余华",
    "看完《三体》—刘慈欣",
    "精读《乡土中国》 - 费孝通",
    "重读《围城》——钱钟书",
    "《平凡的世界》- 路遥",
    "学完《数据结构》- 严蔚敏",
    "看完《红楼梦》- 曹雪芹",
    "背诵《出师表》- 诸葛亮",
    "《边城》— 沈从文",
    "读完《文化苦旅》- 余秋雨",
    "听完《长安的荔枝》- 马伯庸",
    "每月精读《乡土中国》 - 费孝通",
]


@pytest.mark.parametrize("kr", AUTHOR_AFTER_TITLE)
def test_author_after_a_title_owns_nothing(kr: str) -> None:
    assert not _owned(kr)


OWNER_AFTER_TITLE = [
    "完成《员工手册》修订 - 王芳",
    "发布《年度质量报告》——李强",
    "整理门店《操作规范》- 张伟",
    "出版《城市记忆》——陈明",
    "组织员工读《安全手册》- 王芳",
    "带领新人学完《服务规范》——李强",
    "客户满意度达到 90% - 王芳",
]


@pytest.mark.parametrize("kr", OWNER_AFTER_TITLE)
def test_owner_after_work_on_a_document_kept(kr: str) -> None:
    assert _owned(kr)


# -- decision 5502: a work's title alone as the key result is a to-do -----------------------------

TITLES_ALONE = [
    "《乡土中国》",
    "《明朝那些事儿》系列",
    "《三体》三部曲",
    "《平凡的世界》- 路遥",
    "《经济学原理》、《国富论》",
    "《红楼梦》全集",
    "《百年孤独》",
    "《小王子》（英文版）",
    "《追风筝的人》。",
    "《牧羊少年奇幻之旅》",
]


@pytest.mark.parametrize("kr", TITLES_ALONE)
def test_title_alone_is_a_task(kr: str) -> None:
    assert "kr-is-task" in _fails(_READ + kr)[1]


TITLE_WITH_A_MEASURE = [
    "《产品手册》下载量达到 5000 次",
    "《用户指南》满意度达到 4.5 分",
    "《乡土中国》读书会参与人数达到 200 人",
]


@pytest.mark.parametrize("kr", TITLE_WITH_A_MEASURE)
def test_title_with_a_measure_stays_a_result(kr: str) -> None:
    assert "kr-is-task" not in _fails(_READ + kr)[1]


# -- decision 5503: km and kg written in Chinese text ----------------------------------------------

_FIT = "O：2026年第二季度 更健康（王芳）\nKR1："

DISTANCE_EFFORTS = ["全年跑步 500km", "跑步 500 km", "徒步累计 200km", "游泳 20 km", "慢跑 300km"]


@pytest.mark.parametrize("kr", DISTANCE_EFFORTS)
def test_distance_in_km_is_an_effort(kr: str) -> None:
    assert "kr-activity-count" in _fails(_FIT + kr)[1]


DISTANCE_MEASURES = [
    "体重减至 70kg",
    "跑量从 100km 提升到 200km",
    "配送半径扩大到 5km",
    "跑步配速提升到 5 分钟/km",
]


@pytest.mark.parametrize("kr", DISTANCE_MEASURES)
def test_km_as_a_measure_unchanged(kr: str) -> None:
    f = _fails(_FIT + kr)[1]
    assert "kr-activity-count" not in f and "kr-not-quantified" not in f


# -- decision 5504: a count of works alone, no verb ----------------------------------------------

WORKS_COUNTED = [
    "10 本英文书",
    "20 部纪录片",
    "3 门网课",
    "12本专业书",
    "30 集美剧",
    "6 本小说",
    "两本英文原版书",
    "100 首古诗",
]


@pytest.mark.parametrize("kr", WORKS_COUNTED)
def test_works_counted_alone_are_a_task(kr: str) -> None:
    assert "kr-is-task" in _fails(_READ + kr)[1]


WORKS_NOT_ALONE = [
    "10 本英文书销量达到 5000 册",
    "新增 10 本英文书",
    "藏书 10000 本",
    "3 部短片获奖",
    "5 个新城市",
]


@pytest.mark.parametrize("kr", WORKS_NOT_ALONE)
def test_works_with_more_than_the_count_unchanged(kr: str) -> None:
    assert "kr-is-task" not in _fails(_READ + kr)[1]


# -- decision 5505: 三部曲 is a trilogy, no count ---------------------------------------------------

TRILOGIES = ["看完《指环王》三部曲", "《三体》三部曲", "读完“教父”三部曲", "追完《黑客帝国》三部曲"]


@pytest.mark.parametrize("kr", TRILOGIES)
def test_trilogy_is_no_count(kr: str) -> None:
    assert "kr-not-quantified" in _fails(_READ + kr)[1]


@pytest.mark.parametrize("kr", ["读完3部小说", "拍摄 3 部短片"])
def test_works_counted_by_bu_stay_quantified(kr: str) -> None:
    assert "kr-not-quantified" not in _fails(_READ + kr)[1]


# -- decision 5506: 半小时 is thirty minutes --------------------------------------------------------

_SERVE = "O：2027年第一季度 服务更快更好（李雷）\nKR1："

HALF_HOURS = [
    "每天练字半小时",
    "客户咨询半小时内响应",
    "每天阅读半个小时",
    "投诉半小时内回电",
    "每天多睡半小时",
]


@pytest.mark.parametrize("kr", HALF_HOURS)
def test_half_an_hour_is_a_quantity(kr: str) -> None:
    assert "kr-not-quantified" not in _fails(_SERVE + kr)[1]


@pytest.mark.parametrize("kr", ["上半年完成系统迁移", "半年内完成系统迁移"])
def test_half_a_year_is_no_quantity(kr: str) -> None:
    assert "kr-not-quantified" in _fails(_SERVE + kr)[1]


# -- decision 5507: a measure's name right before a numeral in words; 超 crosses a level --------

_TOP = "O：2027年第一季度 成为行业第一（李雷）\nKR1："

FIGURES_IN_WORDS = [
    "日活千万不宕机",
    "下载量超百万",
    "日活千万",
    "月活 百万",
    "GMV 五千万",
    "销售额超一千万",
]


@pytest.mark.parametrize("kr", FIGURES_IN_WORDS)
def test_measure_then_figure_in_words_is_quantified(kr: str) -> None:
    assert "kr-not-quantified" not in _fails(_TOP + kr)[1]


NOT_FIGURES = ["千万不要拖延交付", "用户千万别流失", "超一流服务水平"]


@pytest.mark.parametrize("kr", NOT_FIGURES)
def test_by_all_means_and_super_are_no_figure(kr: str) -> None:
    assert "kr-not-quantified" in _fails(_TOP + kr)[1]

"""Objective principles of the forty-fourth round (obj44; issue 8). 6415 — a broad quality
(quality, standard, level, experience; 质量, 品质, 水平, 体验 …) raised by a generic verb with only an
area of service, the people served, a place or a whole unit around it is vague as well as not
inspiring (PRINCIPLES.md's "提升门店体验"); a named thing or a specific property one can measure
keeps decision 19's flat-not-vague. 6416 — a school subject ranked among classmates is its score's
rank (metric). 6417 — overspend cut is a KPI. 6418 — a time glued to the modal of a personal end
state does not hide it. 6419 — one's state praised with a doubled word, and its English, is vague.
6420 — 多 + a verb of business volume is a KPI. Each changed case failed before its decision; the
guards keep what must not change."""

from __future__ import annotations

import pytest

from tests.test_lead29 import _statuses

# --- 6415: a broad quality raised, nothing else named: vague and not inspiring; a named thing or a
# specific property stays flat (not inspiring, not vague: decision 19) ----------------------------

_BROAD = [
    "Improve service quality",
    "Raise the standard of care on our wards",
    "Raise the quality of our teaching",
    "Lift the quality of nursing care",
    "Enhance service standards",
    "Improve the standard of our customer service",
    "Improve the employee experience",
    "Improve the volunteer experience",
    "Raise the level of our service",
    "Improve HR service quality",
    "Better service quality",
    "Service quality up",
    "Improve teaching and learning quality",
    "Improve the visitor experience at the gallery",
    "Enhance the quality of our public services",
    "Improve care standards across our wards",
    "Higher quality care",
    "提高窗口服务质量",
    "门诊服务质量再提升",
    "提升营业厅服务体验",
    "加强医护队伍建设",
    "提升员工体验",
    "品质提升",
    "提升整体服务品质",
    "提高服务标准",
    "全面提升办学水平",
    "改善病房服务体验",
    "提升政务服务质量",
    "提升社区居民服务体验",
    "整体服务水平再上台阶",
]
_NAMED = [
    # a named thing, an artefact, a process or a specific property: flat, not vague (19)
    "Improve product quality",
    "Improve the quality of our school meals",
    "Improve billing efficiency",
    "Improve equipment reliability",
    "Improve the checkout experience",
    "Improve the performance of our app",
    "Raise the standard of our playgrounds",
    "Improve code quality",
    "提高面包品质",
    "提升代码质量",
    "提升研发效率",
    "提升开票效率",
    "提升市民办事体验",
    "提升学生英语水平",
    "提高焊接质量",
    "提升设备可靠性",
    "提升团队执行力",  # a named ability (decision 5109)
    # efficiency and performance: properties one can measure, of a unit too
    "Improve team efficiency",
    "Improve team performance",
    "提升团队整体效率",
]


@pytest.mark.parametrize(
    ("objective", "vague"), [(o, "fail") for o in _BROAD] + [(o, "pass") for o in _NAMED]
)
def test_a_broad_quality_raised_is_vague_a_named_thing_flat(objective: str, vague: str) -> None:
    got = _statuses(objective)
    assert got["objective-vague"] == vague, got
    assert got["objective-not-inspiring"] == "fail", got


@pytest.mark.parametrize(
    "objective",
    [
        # a number, a second clause or a measure: not this shape
        "Improve service quality scores to 4.5",
        "提高服务质量，让每位病人满意而归",
        "提升客户满意度",
        "Raise service quality so no caller waits more than a minute",
    ],
)
def test_more_than_the_broad_quality_is_not_read(objective: str) -> None:
    assert _statuses(objective)["objective-vague"] == "pass"


# --- 6416: a school subject alone before its rank among classmates is its score's rank ---------


@pytest.mark.parametrize(
    "objective",
    ["期末化学冲进班级前十！", "生物考进年级前三十", "语文进年级前100", "物理冲进全班前五"],
)
def test_a_subject_ranked_in_class_is_a_metric(objective: str) -> None:
    got = _statuses(objective)
    assert got["objective-is-metric"] == "fail", got


@pytest.mark.parametrize(
    "objective",
    [
        "期末冲进年级前50",  # the pupil's own rank: an aspiration (decision 100)
        "数学竞赛进入全省前十",  # a contest's place, no class ranking a score
        "让班里每个孩子都喜欢上数学",
        "历史学科组进入全区前三",
    ],
)
def test_a_pupils_own_rank_is_no_metric(objective: str) -> None:
    assert _statuses(objective)["objective-is-metric"] == "pass"


# --- 6417: money spent beyond a budget, wanted less, is a KPI objective ---------------------------


@pytest.mark.parametrize(
    "objective", ["Cut catering overspend", "Reduce overspending on site builds"]
)
def test_overspend_cut_is_a_metric(objective: str) -> None:
    got = _statuses(objective)
    assert got["objective-is-metric"] == "fail", got
    assert got["objective-not-inspiring"] == "fail", got


def test_stopping_ones_own_overspending_is_no_kpi() -> None:
    assert _statuses("Stop overspending on takeaways")["objective-is-metric"] == "pass"


# --- 6418: a time glued to the modal before a personal end state ----------------------------------


@pytest.mark.parametrize(
    "objective",
    [
        "暑假前能用英语和室友自在地聊天",
        "开学前能用日语和外国室友自在地聊天",
        "毕业前能在台上自信地用英语做展示",
        "年底之前能用粤语和老街坊轻松拉家常",
    ],
)
def test_a_vivid_personal_end_state_after_a_time_inspires(objective: str) -> None:
    assert _statuses(objective)["objective-not-inspiring"] == "pass"


@pytest.mark.parametrize(
    "objective",
    [
        "By summer, chat easily in English with my new flatmates",
        "Be able to chat freely in Spanish with our Madrid suppliers by Christmas",
    ],
)
def test_the_english_twins_inspire_too(objective: str) -> None:
    assert _statuses(objective)["objective-not-inspiring"] == "pass"


@pytest.mark.parametrize(
    "objective", ["年底前能上线新系统", "月底前能完成数据迁移", "开学前能招满三个班"]
)
def test_the_teams_own_work_after_a_time_stays_flat(objective: str) -> None:
    assert _statuses(objective)["objective-not-inspiring"] == "fail"


# --- 6419: one's state praised with a doubled word, and its English ------------------------------


@pytest.mark.parametrize(
    "objective",
    [
        "身体棒棒",
        "心情棒棒",
        "状态棒棒哒",
        "胃口好好",
        "Body feeling great",
        "Feel great",
        "Be in great shape",
        "My energy levels really good",
    ],
)
def test_a_state_praised_is_vague(objective: str) -> None:
    got = _statuses(objective)
    assert got["objective-vague"] == "fail", got


@pytest.mark.parametrize(
    "objective",
    [
        "身体棒棒，能陪孩子爬完泰山",
        "Feel strong enough to hike the coast path with my kids",
        "Be great at closing enterprise deals",
        "身体健康",
    ],
)
def test_a_state_with_content_is_not_vague(objective: str) -> None:
    assert _statuses(objective)["objective-vague"] == "pass"


# --- 6420: 多 + a verb of business volume; 大大 before or after the measure's change ---------------


@pytest.mark.parametrize(
    "objective", ["多开户", "多办卡", "多铺货", "多出单", "多放款", "再多拓客", "退货率大大降低"]
)
def test_more_business_volume_is_a_metric(objective: str) -> None:
    got = _statuses(objective)
    assert got["objective-is-metric"] == "fail", got
    assert got["objective-not-inspiring"] == "fail", got


@pytest.mark.parametrize(
    "objective", ["多读书", "多运动", "多陪陪家人", "多开会", "多出去走走", "多拓展视野"]
)
def test_more_of_ones_own_doing_is_no_metric(objective: str) -> None:
    assert _statuses(objective)["objective-is-metric"] == "pass"


# --- 6421: an English KPI objective closed by an adverb of degree is still a KPI; 6422: a measure
# held down in plain words, or brought to its peers' lowest or highest, is a KPI ------------------

_KPI_MOVED = [
    "Grow ARR significantly",
    "Raise retention a lot",
    "Cut churn dramatically",
    "Lift basket size sharply",
    "让退货少下来",
    "坏账控制住",
    "员工流失率降到行业最低",
    "返工率压到全公司最低",
    "人均产值提升到全集团最高",
]
_NO_KPI_MOVED = [
    "Improve onboarding significantly",
    "Grow the team significantly",
    "Sell the lot",
    "把服务做到全市最好",
    "让家长少操心",
    "把情绪控制住",
    "让孩子少生病",
]


@pytest.mark.parametrize(
    ("objective", "metric"),
    [(o, "fail") for o in _KPI_MOVED] + [(o, "pass") for o in _NO_KPI_MOVED],
)
def test_a_kpi_moved_with_a_degree_word_or_to_the_peers_lowest(objective: str, metric: str) -> None:
    got = _statuses(objective)
    assert got["objective-is-metric"] == metric, got

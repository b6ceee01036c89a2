"""result28: result-not-task precision and recall (decisions 3980-3984, lead rulings 1792-1793)."""

from __future__ import annotations

import pytest
from test_result27 import _fails, _fails_zh

_TASK = {"kr-is-task", "kr-activity-count"}


def _either(kr: str) -> set:
    return _fails_zh(kr) if any("\u4e00" <= c <= "\u9fff" for c in kr) else _fails(kr)


# -- lead ruling 1792: people helped with an activity they do are the team's effort ----------


@pytest.mark.parametrize(
    "kr",
    [
        "Help 20 students write their college essays",
        "Help 30 parents learn about the new curriculum",
        "Help 50 residents attend the council budget meetings",
        "Help 40 members use the new booking app",
        "Help 25 pupils read the set texts over summer",
        "Help 60 shoppers try our new tasting menu",
        # held out
        "Help 35 pensioners use online banking",
        "Help 12 carers attend the respite workshops",
        "Support 60 students to take part in the science fair",
        "Enable 25 families to visit the museum for free",
        "Help 90 residents learn about the recycling changes",
    ],
)
def test_people_helped_with_an_activity_is_work(kr: str) -> None:
    assert _fails(kr) & _TASK


@pytest.mark.parametrize(
    "kr",
    [
        "Help 200 tenants avoid eviction",
        "Help 40 graduates land their first job",
        "Help 30 smokers quit",
        "Help 80 applicants submit a complete visa application",
        "Help 60 students pass the maths entrance exam",
        "Help 40 students finish their university applications",
        "Support 60 students to stay in school",
        "Help 80 tenants keep their homes",
        "Enable 25 families to move into social housing",
        "Help 35 pensioners open a bank account",
    ],
)
def test_people_helped_to_an_achievement_stay_a_result(kr: str) -> None:
    assert not _fails(kr) & _TASK


# -- lead ruling 1793: a routine set up is business as usual, nothing beside it ----------------


@pytest.mark.parametrize(
    "kr",
    [
        "Set up a weekly pipeline review",
        "Set up a monthly stock count with the warehouse team",
        "Set up a weekly stand-up for the support team",
        "Set up a fortnightly check-in with each store manager",
        "Set up weekly one-to-ones with every rep",
        # held out
        "Establish a monthly stock take at every branch",
        "Start a weekly sync with the bakery suppliers",
        "Set up a quarterly review with each franchisee",
        "建立每周例会制度",
        "制定每月设备点检规范",
    ],
)
def test_a_routine_set_up_is_only_business_as_usual(kr: str) -> None:
    found = _either(kr)
    assert "kr-business-as-usual" in found
    assert not found & _TASK


@pytest.mark.parametrize(
    "kr",
    [
        "Hold a weekly team meeting",  # the meetings held: an activity too (decision 1991)
        "Set up 2 weekly reviews",  # counted
        "Start a weekly newsletter to members",  # no routine the lexicon knows
        "建立月度经营复盘机制",  # a mechanism set up (decision 3042)
        "Launch the monthly giving program by Nov 1",  # a recurring thing launched (1135)
    ],
)
def test_routines_held_or_counted_keep_their_reading(kr: str) -> None:
    assert _either(kr) & _TASK


# -- decision 3980: taking part, then a prize or a round won ------------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "参加区级公开课评比并获得二等奖以上",
        "参加市级技能大赛并获得一等奖",
        "参加全国创新创业大赛并进入决赛",
        "Enter the regional bake-off and win at least second prize",
        "Take part in the county skills contest and win first prize",
        # held out
        "报名参加全国大学生数学竞赛并入围决赛",
        "参加区运动会并夺得团体第一名",
        "参加省级青年教师基本功大赛并荣获二等奖",
        "Enter the city marathon and finish in the top 100",
        "Compete in the national robotics league and reach the final",
    ],
)
def test_taking_part_then_winning_is_a_result(kr: str) -> None:
    assert not _either(kr) & _TASK


@pytest.mark.parametrize(
    "kr",
    [
        "参加3次区级教研活动",
        "参加市级技能大赛",
        "Enter the regional bake-off",
        "Take part in 3 trade fairs and make 40 new contacts",
        "参加2次行业展会",
    ],
)
def test_taking_part_alone_stays_work(kr: str) -> None:
    assert _either(kr) & _TASK


# -- decision 3981: a skill named by its work verb before its score is the measure -------------


@pytest.mark.parametrize(
    "kr",
    [
        "期末阅读理解平均分提高10分",
        "英语听力理解平均分提高5分",
        "写作得分从18分提高到22分",
        # held out
        "阅读理解正确率从60%提升到75%",
        "英语写作平均分提高8分",
        "期末听力成绩及格率达到95%",
        "口语表达得分从3分提高到4分",
        "阅读理解满分率达到20%",
    ],
)
def test_a_skills_score_is_a_measure(kr: str) -> None:
    assert not _fails_zh(kr) & _TASK


@pytest.mark.parametrize(
    "kr", ["阅读10本名著", "每天阅读30分钟", "每周写作2篇随笔", "学习10节网课"]
)
def test_reading_and_writing_themselves_stay_work(kr: str) -> None:
    assert _fails_zh(kr) & _TASK


# -- decision 3983: the team's thing funded or awarded, nobody named ----------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Get the R01 renewal funded",
        "Get our community grant awarded in Q3",
        # held out
        "Get the roof repair funded",
        "Get the new minibus funded by June",
        "Have our youth project funded",
    ],
)
def test_a_thing_funded_or_awarded_is_won(kr: str) -> None:
    assert not _fails(kr) & _TASK


@pytest.mark.parametrize(
    "kr",
    ["Get the R01 renewal written", "Have the bid submitted", "Get the grant report drafted"],
)
def test_the_teams_own_work_got_done_stays_a_task(kr: str) -> None:
    assert _fails(kr) & _TASK


# -- decision 3984: a firm or a speaker brought in for the team's own work ----------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Bring in a new point-of-sale provider",
        "Line up three guest speakers for the spring fair",
        "Sign a new cleaning contractor",
        # held out
        "Secure an accountancy firm for the year-end audit",
        "Bring in a marketing agency for the relaunch",
        "Line up 4 bands for the summer party",
    ],
)
def test_a_firm_or_speaker_brought_in_is_work(kr: str) -> None:
    assert _fails(kr) & _TASK


@pytest.mark.parametrize(
    "kr",
    [
        "Line up 5 new stockists",
        "Sign 3 new providers to the network",
        "Bring in 40 new customers",
        "Line up 20 new customers for the launch",
        "Sign 3 new wholesale partners",
    ],
)
def test_customers_or_partners_lined_up_stay_won(kr: str) -> None:
    assert not _fails(kr) & _TASK


# -- decision 3985: a prize's grade with a floor is a target ----------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "参加区级公开课评比并获得二等奖以上",
        "获得市级比赛二等奖以上",
        # held out
        "在全省技能大赛中获得三等奖及以上",
        "区级优质课评比获一等奖或以上",
        "参加市级演讲比赛并获得三等奖以上",
    ],
)
def test_a_prize_grade_with_a_floor_is_quantified(kr: str) -> None:
    assert "kr-not-quantified" not in _fails_zh(kr)


@pytest.mark.parametrize("kr", ["获得一等奖", "获得二等奖", "二期工程按期验收", "参加市级技能大赛"])
def test_a_prize_or_phase_without_a_floor_stays_unquantified(kr: str) -> None:
    assert "kr-not-quantified" in _fails_zh(kr)


# -- decision 3986: "firm up" settles, "phase in" rolls out --------------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Firm up supplier terms",
        "Phase in the new uniforms",
        # held out
        "Firm up the delivery rota with the drivers",
        "Phase in the new allergen labels",
        "Phase in online booking at the salon",
    ],
)
def test_firmed_up_or_phased_in_is_work(kr: str) -> None:
    assert _fails(kr) & _TASK


@pytest.mark.parametrize(
    "kr", ["Phase in of new tills below 2 weeks", "Phase-in time under 2 weeks"]
)
def test_a_phase_in_measured_stays_a_result(kr: str) -> None:
    assert not _fails(kr) & _TASK


# -- lead ruling 1792 in Chinese: the people helped, then an activity or a job found ------------


@pytest.mark.parametrize(
    "kr",
    [
        "帮助40名会员使用新的预约小程序",
        # held out
        "协助60位老人学习使用智能手机",
        "帮助80户家庭了解新的垃圾分类规定",
        "帮助30名家长体验新的线上课堂",
        "帮助50位顾客试用新的自助收银机",
    ],
)
def test_zh_people_helped_with_an_activity_is_work(kr: str) -> None:
    assert _fails_zh(kr) & _TASK


@pytest.mark.parametrize(
    "kr",
    [
        "帮助30名求职者找到工作",
        "帮助25名毕业生找到稳定工作",
        "支持15户商户获得全职岗位",
        "帮助200户租户避免被驱逐",
        "帮助200户租户保住住房",
    ],
)
def test_zh_people_helped_to_a_job_or_a_home_are_a_result(kr: str) -> None:
    assert not _fails_zh(kr) & _TASK


@pytest.mark.parametrize("kr", ["完成成绩录入", "提交成绩单", "打印成绩表"])
def test_score_sheets_and_their_entry_stay_work(kr: str) -> None:
    assert _fails_zh(kr) & _TASK

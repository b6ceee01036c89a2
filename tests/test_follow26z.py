"""follow26z's Chinese leftovers (round 26): a window counted from the launch of each one of a
class of new things ("新店开业前三个月平均月营业额") is the measure's, no deadline (decision 3760)."""

from __future__ import annotations

import pytest

from coach.facts.timeframes import find_timeframe


@pytest.mark.parametrize(
    "text",
    [
        "新店开业前三个月平均月营业额达到5万元",
        "新品上市前两周销量达到1万件",
        "新课程上线首月完课率达到60%",
        "新门店开业首月客流达到8000人次",
        "新游戏上线前7天次日留存率达到45%",
        "新车型上市后3个月月均销量突破2000台",
        "每款新品上架前30天动销率达到70%",
    ],
)
def test_new_things_own_window_is_no_deadline(text: str) -> None:
    assert find_timeframe(text, "zh") is None


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("新店开业前完成12名店员招聘", "开业前"),
        ("新店开业前两周完成员工培训", "开业前"),
        ("新店开业前三个月把营业额提升到5万元", "开业前"),
        ("新品上市前完成包装设计", "上市前"),
        ("上线后三个月内留存率达到40%", "三个月内"),
        ("课程上线首月完课率达到60%", "上线首月"),
        ("6月底前新店开业3家", "6月底前"),
        ("Q3新店开业前三个月平均月营业额达到5万元", "Q3"),
    ],
)
def test_real_deadlines_stay(text: str, deadline: str) -> None:
    found = find_timeframe(text, "zh")
    assert found is not None and found[0].text == deadline


from coach.config import Config  # noqa: E402
from coach.review import review  # noqa: E402

_CFG = Config(use_model=False, semantic=False)
_HEAD = "XX门店 2027年Q3 OKR（店长：王强）\n目标1：成为片区客户心中最靠谱的门店\nKR1：{kr}\n"


def _fails_for(kr: str) -> set[str]:
    k = review(_HEAD.format(kr=kr), config=_CFG).objectives[0].key_results[0]
    return {c.rule_id for c in k.checks if c.status == "fail"}


# decision 3761: class hours, and days of an effort then 工作, are time given to it
@pytest.mark.parametrize(
    "kr",
    [
        "参加培训不少于40学时",
        "每位教师参加继续教育不少于72学时",
        "每名员工安全培训累计满24学时",
        "党员每年参加集中学习不少于32学时",
        "驻村工作不少于60天",
        "挂职工作满90天",
        "每位干部驻点工作累计不少于30天",
    ],
)
def test_time_given_to_an_effort_is_an_activity_count(kr: str) -> None:
    assert "kr-activity-count" in _fails_for(kr)


# decision 3762: people or groups of them contacted, counted after them
@pytest.mark.parametrize(
    "kr",
    [
        "每位BA每天邀约顾客试妆不少于20组",
        "每天邀约顾客20人",
        "每位顾问每天邀约客户试驾不少于10组",
        "邀约家长参加开放日不少于50组",
        "每周邀约老会员到店不少于20人",
    ],
)
def test_people_invited_are_an_activity_count(kr: str) -> None:
    assert "kr-activity-count" in _fails_for(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "课程总时长压缩到40学时",
        "人均学时从20提升到30",
        "开发线上课程不少于40学时",
        "连续安全工作不少于365天",
        "独立工作满30天",
        "成功邀约客户到店成交30单",
        "成功邀约客户到店不少于30组",
        "邀约客户到店成交不少于20人",
        "邀约到店率从20%提升到35%",
        "到店客户每周不少于20组",
    ],
)
def test_close_wordings_are_no_activity_count(kr: str) -> None:
    assert "kr-activity-count" not in _fails_for(kr)


# decision 3763: a deed done past an hour of the day, its days capped, counts the bad days
@pytest.mark.parametrize(
    "kr",
    [
        "晚上12点以后睡觉的天数每月不超过3天",
        "凌晨1点后下班的天数每周不超过1天",
        "晚上11点之后还在刷手机的天数每月少于5天",
        "每月晚上10点以后吃夜宵的天数控制在2天以内",
        "9点以后到岗的天数从每月6天降到1天",
    ],
)
def test_days_past_an_hour_capped_are_negative(kr: str) -> None:
    assert "kr-negative-phrasing" in _fails_for(kr)


@pytest.mark.parametrize(
    "kr",
    ["晚上10点前睡觉的天数每周不少于5天", "晚上9点后仍营业的天数达到300天", "每天晚上11点前睡觉"],
)
def test_days_before_an_hour_or_raised_are_not_negative(kr: str) -> None:
    assert "kr-negative-phrasing" not in _fails_for(kr)


def _said(kr: str) -> str:
    r = review(_HEAD.format(kr=kr), config=_CFG)
    k = r.objectives[0].key_results[0]
    return "\n".join(
        s.text
        for f in r.findings
        if f.target == k.id and f.rule_id == "kr-negative-phrasing"
        for s in f.suggestions
    )


# decision 3764: a stop character inside a longer word cuts no quoted events
@pytest.mark.parametrize(
    ("kr", "quoted"),
    [
        ("消防通道占用现象减少80%", "“消防通道占用现象”"),
        ("小区消防通道占用现象减少80%", "“小区消防通道占用现象”"),
        ("校内消防器材损坏现象减少70%", "“校内消防器材损坏现象”"),
        ("园内不文明行为投诉减少50%", "“园内不文明行为投诉”"),
        ("景区不文明行为投诉减少60%", "“景区不文明行为投诉”"),
        ("门店不规范操作投诉减少40%", "“门店不规范操作投诉”"),
        ("所有投诉减少50%", "“投诉”"),
        ("各类安全隐患减少50%", "“安全隐患”"),
        ("不再熬夜", "“熬夜”"),
    ],
)
def test_quoted_events_keep_whole_words(kr: str, quoted: str) -> None:
    said = _said(kr)
    assert quoted in said, said

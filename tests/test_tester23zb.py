"""tester23zb's outsider drafts in Chinese, second pass (round 23): owners written as a role and
the person who holds it, and the shapes found in new drafts (decisions 2540-2559)."""

from __future__ import annotations

import pytest

from coach.config import Config
from coach.facts.owner import find_owner
from coach.review import review

_CFG = Config(use_model=False, semantic=False)


def _review(text: str):
    return review(text, config=_CFG)


# decision 2540: a role, a blank, then the person who holds it: the person is not lost
@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("首次解决率从 62% 提升到 75% 负责人：客服主管 周敏", "客服主管 周敏"),
        ("离职率从 18% 降到 12%（负责人：HRBP 林芳）", "HRBP 林芳"),
        ("新人带教满意度从 80 分提升到 90 分 责任人：护士长 陈静", "护士长 陈静"),
        ("准点率从 88% 提升到 95%（执行人：车队队长 刘强）", "车队队长 刘强"),
        ("电子处方审核时长从 6 分钟降到 3 分钟 负责人：药剂科主任 孙晓", "药剂科主任 孙晓"),
    ],
)
def test_a_label_keeps_the_role_and_its_holder(text: str, owner: str) -> None:
    found = find_owner(text)
    assert found is not None and found[0] == owner
    s, e = found[1]
    assert text[s:e].rstrip("）").endswith(owner.split()[-1])  # the name is not left in the wording


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("课程完课率从 70% 提升到 85%（@培训主管 宋佳）", "宋佳"),
        ("工单积压从 120 单降到 40 单（@运维组长 许诺）", "许诺"),
        ("投诉回访率达到 100%（@HRBP 孙悦）", "孙悦"),
    ],
)
def test_a_mention_in_brackets_yields_to_the_person(text: str, owner: str) -> None:
    found = find_owner(text)
    assert found is not None and found[0] == owner
    assert text[found[1][0] :].startswith("（@")


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("差错率降到 1%（负责人：周敏）", "周敏"),
        ("差错率降到 1% 负责人：张三 李四", "张三"),  # two people: not a role and its holder
        ("差错率降到 1% 负责人：班长 月底前", "班长"),  # a period after the role, no person
        ("差错率降到 1% @店长 王芳", "王芳"),  # decision 1411 unchanged
        ("差错率降到 1%（车间主任 老赵）", "车间主任 老赵"),
    ],
)
def test_owner_guards(text: str, owner: str) -> None:
    found = find_owner(text)
    assert found is not None and found[0] == owner


def test_the_name_left_behind_no_longer_hides_a_metric_objective() -> None:
    r = _review(
        "2027年Q2 客服部 OKR\n"
        "目标一：提升客户满意度 负责人：客服主管 周敏\n"
        "KR1：客户满意度从 85% 提升到 92%（负责人：HRBP 林芳）\n"
        "KR2：首次响应时间从 40 秒降到 20 秒（@培训主管 宋佳）\n"
    )
    o = r.objectives[0]
    assert o.owner == "客服主管 周敏"
    assert ("o1", "objective-is-metric") in {(f.target, f.rule_id) for f in r.findings}
    assert [k.owner for k in o.key_results] == ["HRBP 林芳", "宋佳"]


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("排练出勤率从 70% 提升到 90%（团长 何佳）", "团长 何佳"),
        ("常规赛胜率从 45% 提升到 60%（@主教练 阿凯）", "阿凯"),
        ("直播在线人数从 2 万提升到 5 万（负责人：运营经理 Lisa）", "运营经理 Lisa"),
        ("首轮上座率达到 85%（@制作人 林一）", "林一"),
        ("业主查询满意度从 60% 提升到 85%\t负责人：财务委员 徐刚", "财务委员 徐刚"),
        ("声部出勤率达到 90%（负责人：声部长 赵琳）", "声部长 赵琳"),
    ],
)
def test_posts_of_clubs_troupes_and_committees(text: str, owner: str) -> None:
    found = find_owner(text)
    assert found is not None and found[0] == owner


def test_an_owner_cut_whole_leaves_no_name_in_the_quote() -> None:
    r = _review(
        "2027年Q2 业委会 OKR\n目标一\t让业主住得安心、花钱明白\n"
        "KR1\t每季度公开一次公共收益账目\t负责人：财务委员 徐刚\n"
        "KR2\t业主查询满意度从 60% 提升到 85%\t负责人：财务委员 徐刚\n"
    )
    msgs = [f.message for f in r.findings if f.target == "o1.kr1"]
    assert msgs and not any("徐刚" in m for m in msgs)


def test_a_role_and_its_holder_under_the_title_own_the_set() -> None:
    r = _review(
        "# 机器人社团 2027 年 Q2 OKR\n负责人：社长 王子轩\n\n## 目标一：在省赛上拿奖\n"
        "- KR1：自动程序任务完成率从 60% 提升到 90%\n"
    )
    assert r.owner is not None and r.owner.name == "社长 王子轩"


def _objective_findings(objective: str) -> set[str]:
    r = _review(
        f"2027年Q2 OKR\n目标：{objective}\nKR1：常规赛胜率从 45% 提升到 60%（负责人：王芳）\n"
        "KR2：训练赛胜率从 50% 提升到 65%（负责人：王芳）\n"
    )
    return {f.rule_id for f in r.findings if f.target == "o1"}


# decision 2541: winning a place or a prize in a competition is an aspiration
@pytest.mark.parametrize(
    "objective",
    [
        "杀进 KPL 季后赛",
        "闯进全国总决赛",
        "在省青少年机器人竞赛上拿奖",
        "在市联赛中夺冠",
        "打进全国辩论赛八强",
    ],
)
def test_winning_in_a_competition_inspires(objective: str) -> None:
    assert "objective-not-inspiring" not in _objective_findings(objective)


@pytest.mark.parametrize("objective", ["参加省青少年机器人竞赛", "完成获奖作品展", "提升训练质量"])
def test_taking_part_is_still_flat(objective: str) -> None:
    assert "objective-not-inspiring" in _objective_findings(objective)


def _kr_findings(kr: str, objective: str = "排出一部让观众愿意二刷的原创大戏（2027年Q2）"):
    r = _review(
        f"目标：{objective}\nKR1：{kr}（负责人：王芳）\nKR2：观众二次购票占比 ≥ 20%（负责人：王芳）\n"
    )
    return {(f.rule_id, f.severity) for f in r.findings if f.target == "o1.kr1"}, r


# decision 2542: a premiere is a launch: dated, a milestone
@pytest.mark.parametrize(
    "kr",
    [
        "原创剧目《灯下》5月底前首演",
        "5月底前首演原创剧目《灯下》",
        "纪录片《江边》9月底前首映",
        "新栏目《夜读》7月开播",
    ],
)
def test_a_dated_premiere_is_a_milestone(kr: str) -> None:
    found, _ = _kr_findings(kr)
    assert ("kr-is-task", "warning") in found
    assert not any(rule == "kr-not-quantified" for rule, _ in found)


@pytest.mark.parametrize("kr", ["首演场次达到 12 场", "首映当天上座率达到 90%"])
def test_a_count_of_premieres_is_no_launch(kr: str) -> None:
    found, _ = _kr_findings(kr)
    assert not any(rule == "kr-is-task" for rule, _ in found)


# decision 2543: "8.0 以上" is a score to stay above, not a version
@pytest.mark.parametrize(
    "kr",
    [
        "豆瓣评分 8.0 以上",
        "评分 8.0 以上",
        "大众点评评分 4.0 以上",
        "综合评分 9.0",
        "体脂率 20.0 以下",
    ],
)
def test_a_point_zero_score_is_a_number(kr: str) -> None:
    found, _ = _kr_findings(kr)
    assert not any(rule == "kr-not-quantified" for rule, _ in found)


@pytest.mark.parametrize("kr", ["中台2.0 6月底前上线", "会员体系2.0上线"])
def test_a_version_stays_a_version(kr: str) -> None:
    found, _ = _kr_findings(kr)
    assert any(rule == "kr-is-task" for rule, _ in found)


# decision 2544: the denial before the gravest events is not said twice
@pytest.mark.parametrize(
    "kr", ["全年无重大安全事故", "本季度没有重大事故", "Q3不发生一级故障", "全年零重大事故"]
)
def test_the_zero_question_says_no_only_once(kr: str) -> None:
    _, r = _kr_findings(kr, "让每位员工平安回家（2027年Q2）")
    texts = [
        s.text
        for f in r.findings
        if f.target == "o1.kr1" and f.rule_id == "kr-negative-phrasing"
        for s in f.suggestions
    ]
    assert texts and all(
        "无无" not in t and "不发生无" not in t and "没有无" not in t for t in texts
    )
    assert all("零无" not in t for t in texts)


# decision 2545: 前置/前端/前台 after a launch verb are a word, not "before the launch"
@pytest.mark.parametrize("kr", ["上线前置审方系统", "上线前端新版本", "交付前置仓 3 个"])
def test_a_front_word_after_a_launch_is_no_deadline(kr: str) -> None:
    _, r = _kr_findings(kr, "让每一张处方都安全")
    assert r.objectives[0].key_results[0].deadline is None


@pytest.mark.parametrize(
    "kr", ["上线前完成压测", "开业前招满 12 名店员", "上线前，核心接口覆盖率达到 90%"]
)
def test_before_the_launch_is_still_a_deadline(kr: str) -> None:
    _, r = _kr_findings(kr, "让每一张处方都安全")
    assert r.objectives[0].key_results[0].deadline is not None


# decision 2546: loans disbursed are a bank's KPI
@pytest.mark.parametrize(
    "objective", ["贷款投放增长", "提升信贷投放", "普惠贷款投放增长20%", "贷款发放增长"]
)
def test_loans_disbursed_are_a_metric_objective(objective: str) -> None:
    assert "objective-is-metric" in _objective_findings(objective)


@pytest.mark.parametrize("objective", ["让小微企业贷款投放又快又准", "加大广告投放"])
def test_an_end_state_or_an_effort_is_no_metric(objective: str) -> None:
    assert "objective-is-metric" not in _objective_findings(objective)


# decision 2548: a signed start value after 由/从 is the baseline
@pytest.mark.parametrize(
    "kr",
    [
        "战队平均经济差（前10分钟）由 -300 提升到 +500",
        "平均经济差由-300提升到+500",
        "客户净推荐值由 -5 提升到 10",
        "净利润由 -50 万元提升到 20 万元",
    ],
)
def test_a_signed_start_value_is_the_baseline(kr: str) -> None:
    found, _ = _kr_findings(kr, "杀进 KPL 季后赛（2027年Q2）")
    assert not any(rule == "kr-no-baseline" for rule, _ in found)


def test_a_signed_change_without_from_still_lacks_a_baseline() -> None:
    found, _ = _kr_findings("平均经济差提升 +300", "杀进 KPL 季后赛（2027年Q2）")
    assert any(rule == "kr-no-baseline" for rule, _ in found)


# decision 2549: a post, where its holder is, then the holder, under the title
@pytest.mark.parametrize(
    ("line", "owner"),
    [
        ("社长：高二（3）班 王子轩", "王子轩"),
        ("店长：万达店 刘洋", "刘洋"),
        ("组长：二组 陈静", "陈静"),
        ("班长：高一（2）班 李想", "李想"),
    ],
)
def test_a_post_its_place_and_its_holder_under_the_title(line: str, owner: str) -> None:
    r = _review(
        f"# 机器人社团 2027 年 Q2 OKR\n{line}\n\n## 目标一：在省赛上拿奖\n"
        "- KR1：自动程序任务完成率从 60% 提升到 90%\n"
    )
    assert r.owner is not None and r.owner.name == owner
    assert not [f for f in r.findings if f.rule_id == "kr-no-owner"]


def test_a_unit_line_without_a_person_still_owns_nothing() -> None:
    r = _review(
        "# 机器人社团 2027 年 Q2 OKR\n指导单位：校团委 科技处\n\n## 目标一：在省赛上拿奖\n"
        "- KR1：自动程序任务完成率从 60% 提升到 90%\n"
    )
    assert [f for f in r.findings if f.rule_id == "kr-no-owner"]


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("复购率提升到 30% 负责人：运营部 王芳", "王芳"),  # decision 1099 unchanged
        ("复购率提升到 30% 负责人：客服中心 李娜", "李娜"),
        ("复购率提升到 30%（@财务 刘洋）", "刘洋"),  # a team mentioned, then its person
    ],
)
def test_a_team_then_its_person(text: str, owner: str) -> None:
    found = find_owner(text)
    assert found is not None and found[0] == owner

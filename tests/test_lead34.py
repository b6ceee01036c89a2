"""Lead decisions of round thirty-four (issue 8), from the lead's workshop read of fresh drafts.
5052 — "不能有材料齐全的申请超过10天未审核": a denial said with a modal (不能有, 不允许出现, 不得出现)
before things left undone past a time limit states that a lapse never happens, as "No application
left unreviewed more than 10 days" does in English: negative phrasing, not a task.
5053 — "Housekeeping — Q2 2027 goals (Rosa, exec housekeeper)": one person's name, a comma and
what they do, in a title's bracket, names the set's owner (the person, not the role).
5054 — "my Q1 — illustration business", "我的Q1（插画接单）": "my"/"我的" before the cycle opening a
title makes the set its author's own, as "My Q1 OKRs" does.
Each decision's cases failed before it; the guards keep what must not change."""

from __future__ import annotations

import pytest

from coach import review


def _fails(text: str, which: int = -1) -> set[str]:
    """What a key result of the first objective fails, by its checklist."""
    r = review(text)
    return {c.rule_id for c in r.objectives[0].key_results[which].checks if c.status == "fail"}


# --- 5052: 不能有/不允许出现 … 超过N天未X is a lapse denied ------------------------------------------

_OBJ_ZH = "目标：让每一位来办事的人都被及时回应（2027年Q2，负责人：陈静）\n"


@pytest.mark.parametrize(
    "kr",
    [
        "不能有资料齐全的申请超过7天未审核",
        "不允许出现超过3天未处理的报修单",
        "不能有一张工单超过48小时未回复",
        "不得出现超过2个工作日未审批的合同",
        "不能有报修单超过24小时没人跟进",
        "不能有一位入住老人超过2小时没人照看",
        "不允许有任何一封咨询邮件超过1天未回复",
    ],
)
def test_a_modal_denial_of_a_lapse_is_negative_phrasing(kr):
    fails = _fails(_OBJ_ZH + f"- KR1：{kr}\n")
    assert "kr-negative-phrasing" in fails
    assert "kr-is-task" not in fails


def test_the_rewrite_names_the_share_done_in_time():
    r = review(_OBJ_ZH + "- KR1：不能有资料齐全的申请超过7天未审核\n")
    kr = r.objectives[0].key_results[0]
    f = next(f for f in r.findings if f.target == kr.id and f.rule_id == "kr-negative-phrasing")
    texts = [s.text for s in f.suggestions] if f.suggestions else []
    assert any("7天内" in t and "100%" in t for t in texts), texts


@pytest.mark.parametrize(
    "kr",
    [
        "合同审批平均时长不超过5个工作日",  # a duration capped: efficiency, not a bad event
        "报修单24小时内响应率达到100%",  # the good side already
        "申请审核周期从10天缩短到7天",
        "不能超过预算",  # a cap on spending, nothing left undone
    ],
)
def test_durations_and_good_shares_stay_positive(kr):
    assert "kr-negative-phrasing" not in _fails(_OBJ_ZH + f"- KR1：{kr}\n")


# --- 5053: "(Name, role)" in a title's bracket names the owner ---------------------------------


def _owner_of_set(title: str) -> tuple[set[str], str | None]:
    from coach.facts.owner import heading_owner_name

    zh = any("\u4e00" <= c <= "\u9fff" for c in title)
    body = (
        "目标：让客人一进门就满意\n- 6月30日前客房按时可入住比例从81%提升到97%\n"
        if zh
        else "Objective: Guests love their rooms\n- Rooms ready by 3pm on 97% of days by June 30\n"
    )
    return _fails(f"{title}\n{body}"), heading_owner_name(title)


@pytest.mark.parametrize(
    ("title", "who"),
    [
        ("Housekeeping — Q2 2027 goals (Rosa, exec housekeeper)", "Rosa"),
        ("Front desk OKRs, Q3 2027 (Liam, night manager)", "Liam"),
        ("Q2 2027 goals (Rosa Diaz, Executive Housekeeper)", "Rosa Diaz"),
        ("Kitchen Q1 2027 OKRs (Marco, sous chef)", "Marco"),
        ("Lab operations H1 2027 (Grace - lab manager)", "Grace"),
        ("客房部2027年二季度目标（罗敏，行政管家）", "罗敏"),
        ("前台2027年Q3 OKR（周洋，夜班经理）", "周洋"),
    ],
)
def test_a_name_then_a_role_in_brackets_owns_the_set(title, who):
    fails, name = _owner_of_set(title)
    assert "kr-no-owner" not in fails
    assert name == who


@pytest.mark.parametrize(
    "title",
    [
        "Housekeeping — Q2 2027 goals (Rosa, Liam)",  # two people: authors, not one owner
        "Housekeeping — Q2 2027 goals (draft, v2)",
        "客房部2027年二季度目标（初稿，待讨论）",
    ],
)
def test_two_names_or_notes_in_brackets_own_nothing(title):
    fails, _name = _owner_of_set(title)
    assert "kr-no-owner" in fails


# --- 5054: "my Q1 …" / "我的Q1 …" opening a title is a personal set -------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "my Q1 — illustration business",
        "My H2 2027 - running the shop alone",
        "My 2027 Q3: freelance translation",
        "# my Q4 (side business)",
        "我的Q1（插画接单）",
        "我的2027年下半年：自由翻译",
        "## 我的三季度 — 副业",
    ],
)
def test_my_cycle_opening_a_title_is_the_authors_own_set(title):
    body = (
        "O：能拒绝不靠谱的客户\nKR：3月31日前日薪从2500涨到3500\n"
        if any("\u4e00" <= c <= "\u9fff" for c in title)
        else "O: Turn down bad clients\nKR: Raise my day rate from $400 to $550 by March 31\n"
    )
    assert "kr-no-owner" not in _fails(f"{title}\n{body}")


@pytest.mark.parametrize(
    "title",
    [
        "Q1 — illustration team",
        "Team Q1 2027 — design studio",
        "2027年Q1（插画组）",
    ],
)
def test_a_team_title_without_my_still_wants_owners(title):
    body = (
        "O：能拒绝不靠谱的客户\nKR：3月31日前日薪从2500涨到3500\n"
        if any("\u4e00" <= c <= "\u9fff" for c in title)
        else "O: Turn down bad clients\nKR: Raise the day rate from $400 to $550 by March 31\n"
    )
    assert "kr-no-owner" in _fails(f"{title}\n{body}")


# --- 5055: the people served "as soon as …" / "without having to …" / "within N, get …" -------


def _obj_fails(objective: str) -> set[str]:
    r = review(
        f"目标：{objective}\n- KR1：2027年6月30日前满意度从80%提升到90%（负责人：王芳）\n"
        "- KR2：2027年6月30日前投诉响应时长从2天缩短到4小时（负责人：王芳）\n"
    )
    return {c.rule_id for c in r.objectives[0].checks if c.status == "fail"}


@pytest.mark.parametrize(
    "objective",
    [
        "客人一进门就是一间整洁的房间",
        "新员工一入职就能上手干活",
        "分析师不用来问我们就敢用报表",
        "住客一躺下就能睡个好觉",
        "顾客到店10分钟内拿到处方药",
        "患者挂号后20分钟内见到医生",
        "家长不用请假就能参加家长会",
    ],
)
def test_what_the_people_served_get_at_once_is_an_end_state(objective):
    assert "objective-not-inspiring" not in _obj_fails(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "员工一入职就完成岗前培训",  # the team's work done to them, nothing theirs
        "新员工入职培训",
        "分析师团队建设",
        "完成客人入住流程优化",
    ],
)
def test_work_done_to_the_people_stays_flat(objective):
    assert "objective-not-inspiring" in _obj_fails(objective)


# --- 5056: "目标1 - …" — a numbered Chinese objective label closed by a spaced hyphen ------------


@pytest.mark.parametrize(
    ("line", "objective"),
    [
        ("目标1 - 更多愿意留下来的志愿者", "更多愿意留下来的志愿者"),
        ("目标2 – 让食物银行的货架永远不空", "让食物银行的货架永远不空"),
        ("目标三 - 让每位读者找到想读的书", "让每位读者找到想读的书"),
        ("* 目标 2 - 把复购做上去", "把复购做上去"),
        ("目标10 - 成为区里最受欢迎的馆", "成为区里最受欢迎的馆"),
    ],
)
def test_a_numbered_label_with_a_spaced_hyphen_is_stripped(line, objective):
    from coach.parse import parse_text

    d = parse_text(f"{line}\n  * 活跃志愿者从80人增加到120人\n")
    assert d.objectives[0].text == objective


@pytest.mark.parametrize(
    "line",
    [
        "目标1-3月：更多愿意留下来的志愿者",  # a range of months, not a label and a dash
        "目标1：更多愿意留下来的志愿者",
    ],
)
def test_other_labels_keep_their_reading(line):
    from coach.parse import parse_text

    d = parse_text(f"{line}\n  * 活跃志愿者从80人增加到120人\n")
    assert not d.objectives[0].text.startswith("目标1 -")
    assert d.objectives[0].text.endswith("更多愿意留下来的志愿者")


# --- 5057: "…永不/永远不…" after what the people rely on is a lasting promise -----------------


@pytest.mark.parametrize(
    "objective",
    [
        "食物银行的基本物资永不断货",
        "社区食堂永不打烊",
        "孩子们的书架永远不空",
        "急诊的血库永远不会告急",
        "村里的自来水永不停供",
    ],
)
def test_a_lasting_promise_to_the_people_served_is_an_end_state(objective):
    assert "objective-not-inspiring" not in _obj_fails(objective)


@pytest.mark.parametrize(
    "objective",
    ["永不放弃", "永远不加班", "团队永不放弃", "我们永远不认输"],
)
def test_slogans_and_the_teams_own_resolve_stay_flat(objective):
    assert "objective-not-inspiring" in _obj_fails(objective)

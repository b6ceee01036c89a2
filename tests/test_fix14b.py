"""fix14b (decisions 1090-1104): tester14's parse findings on owners, dates and list labels.

Each case is written in a wording other than the tester's draft, so that the shape is tested,
not the sentence."""

from __future__ import annotations

import pytest

from coach.config import Config
from coach.review import review

NO_MODEL = Config(semantic=False)


def _review(text: str):
    return review(text, config=NO_MODEL)


def _fails(item) -> set[str]:
    return {c.rule_id for c in item.checks if c.status == "fail"}


def _krs(rv):
    return [k for o in rv.objectives for k in o.key_results]


# -- decision 1090: a handle in the set's title names its owner ---------------------------------


@pytest.mark.parametrize(
    ("title", "who"),
    [
        ("## Docs site OKRs — Q1 2027 (@lena-v)", "lena-v"),
        ("# Q3 2026 maintainer goals (@r.osei)", "r.osei"),
        ("## Release engineering OKRs, H1 2027 — @tomasz", "tomasz"),
    ],
)
def test_handle_in_title_owns_the_set(title: str, who: str) -> None:
    rv = _review(
        f"{title}\n\n**O1: Make our releases boring in the best way**\n"
        "- KR1.1: Release rollbacks per quarter from 4 to 1\n"
        "- KR1.2: Median time from tag to published packages under 30 minutes\n"
    )
    assert rv.owner is not None and rv.owner.name == who
    assert all("kr-no-owner" not in _fails(k) for k in _krs(rv))


def test_several_handles_in_title_own_nothing() -> None:
    # several people in a title are its authors, not each KR's owner (decision 13)
    rv = _review(
        "## Docs OKRs — Q1 2027 (@lena, @bo)\n\n**O1: Make our docs the ones people quote**\n"
        "- KR1.1: Docs search success rate from 60% to 80%\n"
    )
    assert all("kr-no-owner" in _fails(k) for k in _krs(rv))


# -- decision 1091: fields side by side under an objective -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "O1：让新用户第一周就爱上我们的App\n🗓️ 考核周期：2026年Q3 | 🙋 负责人：王磊（产品经理）\n"
        "KR1 新用户7日留存从30%提升到40%\nKR2 首周完成核心操作的新用户占比达到60%\n",
        "O1：让新用户第一周就爱上我们的App\n周期：2026 Q3 ｜ 负责人：王磊\n\n"
        "KR1 新用户7日留存从30%提升到40%\nKR2 首周完成核心操作的新用户占比达到60%\n",
        "Objective 1: Make onboarding the part of the product people brag about\n"
        "Cycle: Q3 2026 | Owner: Lin (PM)\n- Day-7 retention from 30% to 40%\n"
        "- Share of new users who finish setup in one sitting from 45% to 70%\n",
        "🎯 Objective: Make onboarding the part of the product people brag about\n"
        "🗓 Period: Q3 2026 · 👤 Owner: Lin\n- Day-7 retention from 30% to 40%\n"
        "- Share of new users who finish setup in one sitting from 45% to 70%\n",
    ],
)
def test_field_row_gives_cycle_and_owner(text: str) -> None:
    rv = _review(text)
    (o,) = rv.objectives
    assert len(o.key_results) == 2  # the field row is no key result
    assert "周期" not in o.text and "Cycle" not in o.text  # nor part of the objective
    assert o.owner in ("王磊", "Lin")
    assert o.deadline is not None
    for k in o.key_results:
        assert not _fails(k) & {"kr-no-owner", "kr-no-deadline", "kr-not-quantified"}


def test_lone_cycle_field_is_the_objectives_timeframe() -> None:
    rv = _review(
        "目标一：成为本市最受家长信赖的社区图书馆\n周期：2026年上半年\n"
        "- 每月借阅人次从1200提升到2000（李静）\n- 亲子阅读活动家长满意度达到95%（李静）\n"
    )
    (o,) = rv.objectives
    assert len(o.key_results) == 2
    assert "objective-no-timeframe" not in _fails(o)
    assert all("kr-no-deadline" not in _fails(k) for k in o.key_results)


# -- decision 1092: owners in a closing bracket: initials and surname, a unit's name ----------


def test_role_and_initialled_person_in_bracket() -> None:
    rv = _review(
        "Objective: Be the council residents trust to fix their street\n"
        "- Pothole repairs done within 5 days from 40% to 85% by June 2027 (Highways Manager, P. Okoye)\n"
        "- Street lights out for more than a week from 120 to 20 by June 2027 (Street Lighting)\n"
        "- Resident satisfaction with road repairs from 51% to 70% by June 2027 (Customer Services)\n"
    )
    krs = _krs(rv)
    assert krs[0].owner == "Highways Manager, P. Okoye"
    assert krs[1].owner == "Street Lighting"
    for k in krs:
        assert "kr-no-owner" not in _fails(k)
        assert "Okoye" not in " ".join(s.text for f in rv.findings for s in f.suggestions)


def test_acronym_spelt_out_in_bracket_is_no_owner() -> None:
    rv = _review(
        "Objective: Make our clinic the one patients recommend in Q3 2026\n"
        "- Raise NPS from 30 to 50 (Net Promoter Score)\n"
        "- Same-day appointment share from 40% to 60% (Front Desk)\n"
    )
    assert _krs(rv)[0].owner is None


# -- decision 1093: ordinal words that label a list's points --------------------------------


@pytest.mark.parametrize(
    ("text", "first_words"),
    [
        (
            "目标：让社区食堂成为老人们每天愿意来的地方（2026年Q4，负责人：周敏）\n"
            "1. 其一，日均就餐老人从80人增加到120人\n2. 其二，年底前把新菜单做出来\n",
            ("日均", "年底前"),
        ),
        (
            "目标：让社区食堂成为老人们每天愿意来的地方（2026年Q4，负责人：周敏）\n"
            "关键结果：第一，日均就餐老人从80人增加到120人；第二，年底前把新菜单做出来；"
            "第三，每周组织2次健康讲座。\n",
            ("日均", "年底前"),
        ),
        (
            "Objective: Become the bakery our neighbourhood can't do without (Q4 2026, owner: Maya)\n"
            "- Firstly, weekday footfall from 180 to 250 customers\n"
            "- Secondly, publish a seasonal menu by October\n",
            ("weekday", "publish"),
        ),
    ],
)
def test_ordinal_label_leaves_the_wording(text: str, first_words: tuple[str, str]) -> None:
    rv = _review(text)
    krs = _krs(rv)[:2]
    assert [k.text.startswith(w) for k, w in zip(krs, first_words, strict=True)] == [True, True]
    # the dated deliverable is a task without a target once "第二"/"Secondly" is no figure
    assert {"kr-is-task", "kr-not-quantified"} <= _fails(krs[1])
    assert "kr-not-quantified" not in _fails(krs[0])


@pytest.mark.parametrize(
    "kr",
    [
        "第一季度，新客户达到200家",
        "First 100 customers onboarded by May",
        "Second-hand sales up 20%",
    ],
)
def test_ordinal_inside_a_measure_stays(kr: str) -> None:
    rv = _review(
        f"Objective: Make our shop the one people tell friends about in Q2 2026\n- {kr} (Ana)\n"
    )
    assert _krs(rv)[0].text.startswith(kr.split()[0].rstrip("，"))


# -- decision 1094: a year glued to its quarter or half ------------------------------------


@pytest.mark.parametrize(
    ("objective", "start", "end"),
    [
        ("目标：让玩家把我们的新赛季推荐给朋友（2027Q1）", "2027-01-01", "2027-03-31"),
        ("目标：成为本地最受信赖的宠物医院（2026-Q4，负责人：林峰）", "2026-10-01", "2026-12-31"),
        (
            "Objective: Be the studio players trust with their weekends (2026H2)",
            "2026-07-01",
            "2026-12-31",
        ),
        ("Objective: Make support the reason customers stay (2027-Q2)", "2027-04-01", "2027-06-30"),
    ],
)
def test_year_glued_to_its_quarter(objective: str, start: str, end: str) -> None:
    rv = _review(f"{objective}\n- D30 retention from 22% to 28% (Lin)\n")
    (o,) = rv.objectives
    assert o.deadline is not None and (o.deadline.start, o.deadline.end) == (start, end)
    assert "objective-no-timeframe" not in _fails(o)
    assert "kr-no-deadline" not in _fails(o.key_results[0])


# -- decision 1095: the unit between a dash and the owner is part of the owner's phrase -------


@pytest.mark.parametrize(
    ("text", "owner", "kept"),
    [
        (
            "目标：让全市居民打开水龙头就放心\n- 投诉处理满意度从80%提升到92%  — 客服中心 负责人 王芳\n",
            "王芳",
            "— 客服中心 负责人 王芳",
        ),
        (
            "目标：让全市居民打开水龙头就放心\n- 抄表准确率从97%提升到99.5% — 营业所 责任人：孙丽\n",
            "孙丽",
            "— 营业所 责任人：孙丽",
        ),
        (
            "Objective: Be the utility customers trust when the water goes off\n"
            "- First-contact resolution from 62% to 80% — Customer Ops, owner: Dana\n",
            "Dana",
            "— Customer Ops, owner: Dana",
        ),
    ],
)
def test_deadline_placeholder_goes_before_the_owner_phrase(
    text: str, owner: str, kept: str
) -> None:
    rv = _review(text)
    (kr,) = _krs(rv)
    assert kr.owner == owner
    (f,) = [f for f in rv.findings if f.rule_id == "kr-no-deadline"]
    assert all(s.text.rstrip().endswith(kept) for s in f.suggestions)


# -- decision 1096: "2026 年度" with a blank is the same named year ---------------------------


@pytest.mark.parametrize(
    ("title", "year"),
    [("市供水公司 · 2026 年度 OKR", "2026 年度"), ("社区图书馆 2027 年度目标", "2027 年度")],
)
def test_spaced_year_in_title_is_named_as_a_horizon(title: str, year: str) -> None:
    rv = _review(f"{title}\n\n目标：让全市居民打开水龙头就放心\n- 管网漏损率从18%降至12%（黄伟）\n")
    (f,) = [f for f in rv.findings if f.rule_id == "objective-no-timeframe"]
    assert f"“{year}”" in f.message and "都没有给出" not in f.message


def test_spaced_year_does_not_hide_the_month() -> None:
    from coach.facts.timeframes import find_timeframe

    found = find_timeframe("2026 年 3 月底前上线新系统", "zh")
    assert found is not None and found[0].kind == "month"


# -- decisions 1097-1098: who runs the set is not who owns each key result --------------------


@pytest.mark.parametrize(
    ("head", "team"),
    [
        ("社区卫生服务中心 · 2026年Q3 OKR\n负责人：公卫科", "公卫科"),
        ("Data platform — Q3 2026 OKRs\nOwner: Data team", "Data team"),
        ("2026年Q3 门店OKR\nOwner: 运营部", "运营部"),
    ],
)
def test_team_in_the_sets_owner_field_owns_no_kr(head: str, team: str) -> None:
    rv = _review(
        f"{head}\n\nObjective: Make our service the one people recommend\n"
        "- Share of visitors who would recommend us from 60% to 75%\n"
        "- Average wait under 15 minutes (Ravi)\n"
    )
    first, second = _krs(rv)
    assert "kr-no-owner" in _fails(first) and "kr-no-owner" not in _fails(second)
    (f,) = [f for f in rv.findings if f.rule_id == "kr-no-owner"]
    assert f"“{team}”" in f.message


@pytest.mark.parametrize(
    "head", ["负责人：客服中心 李娜", "Owner: VP Sales", "Owner: @maya.live", "负责人：店长"]
)
def test_person_or_role_in_the_sets_owner_field_owns_every_kr(head: str) -> None:
    rv = _review(
        f"2026年Q3 OKR\n{head}\n\n目标：让顾客愿意把我们推荐给朋友\n- 顾客推荐意愿从60%提升到75%\n"
    )
    assert all("kr-no-owner" not in _fails(k) for k in _krs(rv))


@pytest.mark.parametrize(
    ("greeting", "personal"),
    [
        ("Hi team, below are my draft OKRs for the Riverside branch for Q1 2027.", False),
        ("Morning all - my proposed goals for the night shift, Q3 2026:", False),
        ("Here are my OKRs for Q1 2027.", True),
        ("My personal OKRs for the team offsite, Q1 2027", True),
    ],
)
def test_my_okrs_for_a_unit_is_the_units_set(greeting: str, personal: bool) -> None:
    rv = _review(
        f"{greeting}\n\nObjective: Make the branch the friendliest place to bank in town\n"
        "- Launch the new greeting routine\n- Customer satisfaction from 72% to 85% (Omar)\n"
    )
    first = _krs(rv)[0]
    assert ("kr-no-owner" in _fails(first)) is not personal


# -- decision 1099: a team's handle, then the person in it ------------------------------------


@pytest.mark.parametrize(
    ("kr", "owner"),
    [
        ("退款率从4%降到2% @客服部 王芳", "王芳"),
        ("Close the monthly books in 5 working days @finance Priya", "Priya"),
        ("广告ACoS控制在20%以内 @周婷", "周婷"),
    ],
)
def test_person_after_a_team_handle_owns_the_kr(kr: str, owner: str) -> None:
    rv = _review(f"目标：本季度让店铺每一单都赚得明明白白\n- {kr}\n")
    (k,) = _krs(rv)
    assert k.owner == owner
    assert owner not in " ".join(s.text for f in rv.findings for s in f.suggestions)


# -- decision 1100: key results listed with ordinals inside a paragraph ------------------------


@pytest.mark.parametrize(
    ("text", "objective", "krs"),
    [
        (
            "今年下半年我给自己定了个目标：成为本地最受欢迎的瑜伽老师。关键结果有三个：第一，常驻学员从20人增加到"
            "45人；第二，年底前开出周末工作坊；第三，学员续卡率达到80%。",
            "成为本地最受欢迎的瑜伽老师",
            ["常驻学员从20人增加到45人", "年底前开出周末工作坊", "学员续卡率达到80%"],
        ),
        (
            "2026年Q3，我的目标是：让小店成为街坊首选的早餐铺。对应的关键成果如下：其一，日均客流从150提升到220；"
            "其二，9月底前上线外卖小程序。",
            "让小店成为街坊首选的早餐铺",
            ["日均客流从150提升到220", "9月底前上线外卖小程序"],
        ),
    ],
)
def test_ordinal_krs_in_a_paragraph(text: str, objective: str, krs: list[str]) -> None:
    rv = _review(text)
    (o,) = rv.objectives
    assert o.text == objective
    assert [k.text for k in o.key_results] == krs
    # the paragraph's period still covers the set
    assert "objective-no-timeframe" not in _fails(o)
    assert {"kr-is-task", "kr-not-quantified"} <= _fails(o.key_results[1])


def test_ordinals_without_a_key_result_lead_stay_prose() -> None:
    rv = _review(
        "目标：本季度让门店成为街坊最爱的早餐铺\n上周例会我们讨论了几件事：第一，周五团建；第二，排班调整；第三，新人培训。\n"
        "- 日均客流从150提升到220（王芳）\n"
    )
    assert [k.text for k in _krs(rv)] == ["日均客流从150提升到220（王芳）"]


def test_my_goal_this_year_in_a_paragraph_is_a_personal_set() -> None:
    rv = _review(
        "我今年的个人目标是：考下注册会计师的三门科目。关键结果有这几条：第一，模拟考试平均分达到70分；"
        "第二，三门科目一次通过率100%。"
    )
    assert [k.text for k in _krs(rv)] == ["模拟考试平均分达到70分", "三门科目一次通过率100%"]
    assert all("kr-no-owner" not in _fails(k) for k in _krs(rv))


@pytest.mark.parametrize(
    ("kr", "span_text"),
    [
        ("more member check-ins (owner: Bea)", "(owner: Bea)"),
        ("Add self-serve refunds - Support team, owner: Dana", "- Support team, owner: Dana"),
        ("漏损率降至12%——管网所 负责人 黄伟", "——管网所 负责人 黄伟"),
    ],
)
def test_only_a_dash_that_sets_words_apart_opens_the_owner_phrase(kr: str, span_text: str) -> None:
    from coach.facts.owner import find_owner

    found = find_owner(kr)
    assert found is not None
    s, e = found[1]
    assert kr[s:e] == span_text


@pytest.mark.parametrize(
    "field", ["*Owner: Branch Librarian*", "Owner: Store manager", "负责人：护士长"]
)
def test_a_role_in_the_sets_owner_field_still_owns(field: str) -> None:
    from coach.facts.owner import heading_owner_name

    assert heading_owner_name(field)

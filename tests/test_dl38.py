"""dl38 (issue 8, thirty-eighth round): deadlines and owners that a set's layout gives and the
coach misread, and the reverse.

Every wording here was written for this file; see docs/principles.md decisions 5580-5586.
"""

from __future__ import annotations

import pytest

from coach import review
from coach.config import Config
from coach.facts.owner import drafter_field, find_owner, heading_owner_name
from coach.facts.timeframes import find_timeframe, has_deadline

NO_MODEL = Config(use_model=False, semantic=False)


def _items(text: str) -> dict[str, object]:
    rep = review(text, config=NO_MODEL)
    items: dict[str, object] = {o.id: o for o in rep.objectives}
    items.update({kr.id: kr for o in rep.objectives for kr in o.key_results})
    return items


def _status(text: str, target: str, rule: str) -> str:
    item = _items(text)[target]
    return {c.rule_id: c.status for c in item.checks}[rule]  # type: ignore[attr-defined]


# Decision 5580: a due line named by when the work is to be complete times every key result
# above it; its value is read as the point "by" which.
EN_BODY = (
    "Objective: Make our dental practice the easiest to book in town\n"
    "KR1: Online bookings from 25% to 55% of visits\n"
    "KR2: Calls answered within a minute from 60% to 90%\n"
)
ZH_BODY = "目标：让夜班成为全厂最安全的班次\n关键结果1：夜班工伤从每季度4起降到1起\n关键结果2：叉车复训完成率从50%提升到95%\n"


@pytest.mark.parametrize(
    "line",
    [
        "Target completion: end of June",
        "Target completion date: 15 August",
        "Expected completion: mid-November",
        "Complete by: 31 March",
        "Finish by: the spring open day",
        "Completion target: end of the school year",
        "Estimated completion: Q3",
        "Due by: October 1",
    ],
)
def test_a_completion_line_after_the_key_results_times_them_all(line: str) -> None:
    items = _items(EN_BODY + line)
    assert sorted(items) == ["o1", "o1.kr1", "o1.kr2"], line  # no third key result
    for target in ("o1.kr1", "o1.kr2"):
        assert _status(EN_BODY + line, target, "kr-no-deadline") == "pass", (line, target)


@pytest.mark.parametrize("line", ["目标完成时间：10月底", "目标完成日期：2028年3月31日"])
def test_a_chinese_completion_line_times_them_all(line: str) -> None:
    assert sorted(_items(ZH_BODY + line)) == ["o1", "o1.kr1", "o1.kr2"], line
    for target in ("o1.kr1", "o1.kr2"):
        assert _status(ZH_BODY + line, target, "kr-no-deadline") == "pass", (line, target)


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Expected completion: 80% of rooms repainted", "en"),
        ("Target completion: 95% of snag items closed", "en"),
        ("Complete by: 100% of starters signed off by their manager", "en"),
        ("目标完成率：95%的新员工通过考核", "zh"),
    ],
)
def test_a_completion_key_over_a_figure_stays_a_key_result(line: str, lang: str) -> None:
    body = EN_BODY if lang == "en" else ZH_BODY
    assert "o1.kr3" in _items(body + line), line


def test_a_note_between_the_list_and_its_due_line_leaves_the_due_line_the_blocks() -> None:
    text = EN_BODY + "Note: figures still to be checked with the front desk\nDeadline: 30 September"
    for target in ("o1.kr1", "o1.kr2"):
        assert _status(text, target, "kr-no-deadline") == "pass", target
    text = ZH_BODY + "备注：数据待安全科核对\n截止时间：2028年3月31日"
    for target in ("o1.kr1", "o1.kr2"):
        assert _status(text, target, "kr-no-deadline") == "pass", target


# Decision 5581: a draft and its writer in a title's bracket name who wrote the page.
@pytest.mark.parametrize(
    "title",
    [
        "OKRs for the pharmacy (draft — Nora)",
        "Warehouse OKRs Q3 (draft: Omar)",
        "Library OKRs 2027 Q3 (v2 draft - Sam Lee)",
        "仓储组 Q3 OKR（草稿：李娜）",
    ],
)
def test_a_draft_and_its_writer_in_brackets_name_no_owner(title: str) -> None:
    assert drafter_field(title), title
    assert not heading_owner_name(title), title


def test_a_team_set_drafted_in_brackets_has_unowned_key_results() -> None:
    text = (
        "OKRs for the pharmacy (draft — Nora)\nObjective: Be the pharmacy people trust first\n"
        "KR1 - Prescription wait under 10 minutes for 90% of visits"
    )
    assert _status(text, "o1.kr1", "kr-no-owner") == "fail"


@pytest.mark.parametrize(
    "title",
    ["Priya's OKRs — Q2 2028 (draft)", "Clinic OKRs Q3 (owner: Dr. Lee; draft)"],
)
def test_an_owner_beside_the_word_draft_still_owns(title: str) -> None:
    text = title + "\nObjective: Make booking painless\n- Online booking share from 30% to 60%"
    assert _status(text, "o1.kr1", "kr-no-owner") == "pass", title


# Decision 5582: who hands the page in names no owner of a team's set; a personal set is its
# person's all the same.
@pytest.mark.parametrize(
    "text",
    [
        "2027年Q3 市场部OKR\n提交人：王磊\n目标：让品牌在校园里出圈\n- 校园大使从20人增加到80人",
        "提交人：王磊 2028年Q3 市场部OKR\n目标：让品牌在校园里出圈\n- 校园大使从20人增加到80人",
        "仓储组 2027年Q4 OKR\n报送人：刘强\n目标：让每一单都准时出库\n- 准时出库率从88%提升到97%",
        "Growth team OKRs — Q3 2027\nSubmitted by: Dana Ruiz\nObjective: Make onboarding effortless\n"
        "- Activation from 30% to 45%",
    ],
)
def test_a_submitter_of_a_team_set_owns_no_key_result(text: str) -> None:
    assert _status(text, "o1.kr1", "kr-no-owner") == "fail", text


@pytest.mark.parametrize(
    "text",
    [
        "个人OKR 2027年Q3\n提交人：王磊\n目标：成为团队里最懂数据的产品经理\n- 被业务方采纳的分析专题从0个增加到2个",
        "王磊的个人OKR（2027年Q3）\n提交人：王磊\n目标：成为团队里最懂数据的产品经理\n- 被业务方采纳的分析专题从0个增加到2个",
        "Personal OKRs — Q3 2027\nSubmitted by: Dana Ruiz\nObjective: Become the go-to analyst on my "
        "team\n- Analyses adopted by product teams from 0 to 3",
    ],
)
def test_a_personal_set_stays_owned_by_its_person(text: str) -> None:
    assert _status(text, "o1.kr1", "kr-no-owner") == "pass", text


# Decision 5583: a school year or a season across two years is a cycle in Chinese as in English.
@pytest.mark.parametrize("said", ["2027-2028学年", "2027-28学年度", "2027/28赛季"])
def test_a_two_year_school_year_is_a_cycle(said: str) -> None:
    found = find_timeframe(said, "zh")
    assert found is not None and found[0].kind == "cycle", said


@pytest.mark.parametrize(
    "title",
    [
        "2027-2028学年 教务处OKR",
        "实验中学 2027-28学年度 德育处目标",
        "城市篮球俱乐部 2027/28赛季 OKR",
    ],
)
def test_a_set_titled_by_a_school_year_has_a_period(title: str) -> None:
    text = title + "\n目标：让每位新教师都站稳讲台\n1. 新教师公开课评优率从40%提升到70%"
    assert _status(text, "o1", "objective-no-timeframe") == "pass", title
    assert _status(text, "o1.kr1", "kr-no-deadline") == "pass", title


@pytest.mark.parametrize("title", ["2027-2028年度 销售部OKR", "2028年 人力资源部OKR"])
def test_a_year_or_a_range_of_years_alone_stays_a_horizon(title: str) -> None:
    text = title + "\n目标：拿下华南市场\n- 新签客户从10家增加到30家"
    assert _status(text, "o1", "objective-no-timeframe") == "fail", title


@pytest.mark.parametrize("said", ["打进联赛前四", "展前十名的展商", "考前三"])
def test_a_ranking_after_an_event_word_is_no_deadline(said: str) -> None:
    assert find_timeframe(said, "zh") is None, said


@pytest.mark.parametrize("said", ["赛前完成热身", "节前上线新版本"])
def test_an_event_word_before_its_work_is_still_a_deadline(said: str) -> None:
    assert find_timeframe(said, "zh") is not None, said


# Decision 5584: a unit's last word (组, 部, 室) ends no person's name.
@pytest.mark.parametrize(
    "title", ["站里 Q3 小目标（农经组）", "Q3 OKR（宣传部）", "2027年Q3 目标（档案室）"]
)
def test_a_team_in_a_titles_bracket_is_no_person(title: str) -> None:
    assert not heading_owner_name(title), title


@pytest.mark.parametrize("title", ["2027年Q3 OKR（李娜）", "Q3 OKR（马部长）", "Q3 OKR（李队）"])
def test_a_person_in_a_titles_bracket_still_owns(title: str) -> None:
    assert heading_owner_name(title), title


# Decision 5585: a name in 【】 after a Chinese objective's label owns the objective and its key
# results, as "目标2（李强）：" does; a personal set's title with a dash stays a title.
@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("目标一【王芳】：让门店成为街坊最信赖的药房\n关键结果1：会员复购率从35%提升到50%", "王芳"),
        ("目标2【张丽】：让每位护士都愿意留下来\n- 护士年离职率从18%降到10%", "张丽"),
        ("目标一【@陈晨】让直播间成为品类第一\n- GMV从500万提升到800万", "陈晨"),
    ],
)
def test_a_name_in_brackets_on_the_objectives_label_owns_its_key_results(
    text: str, owner: str
) -> None:
    items = _items(text)
    assert items["o1"].owner == owner  # type: ignore[attr-defined]
    assert not items["o1"].text.startswith("目标")  # type: ignore[attr-defined]
    assert _status(text, "o1.kr1", "kr-no-owner") == "pass"


@pytest.mark.parametrize(
    "text", ["目标1【本季度】：让新客第一次下单就满意\n- 首单好评率从85%提升到95%"]
)
def test_a_period_in_brackets_on_the_label_owns_nothing(text: str) -> None:
    assert _status(text, "o1.kr1", "kr-no-owner") == "fail"
    assert _status(text, "o1", "objective-no-timeframe") == "pass"


@pytest.mark.parametrize(
    "title", ["3月份个人目标 —— 实习生 李想", "2028年3月个人目标——实习生 李想", "个人目标 —— 李想"]
)
def test_a_personal_title_with_a_dash_is_no_objective(title: str) -> None:
    text = title + "\n目标：顺利转正\n- 独立上线的需求从0个增加到2个"
    items = _items(text)
    assert sorted(items) == ["o1", "o1.kr1"], title
    assert _status(text, "o1.kr1", "kr-no-owner") == "pass", title


# Decision 5586: a numbered sprint in a Chinese title is the set's period.
@pytest.mark.parametrize(
    "said", ["第14个迭代目标", "迭代14 OKR", "本迭代目标", "下个迭代OKR（平台组）"]
)
def test_a_sprint_naming_the_set_is_a_cycle(said: str) -> None:
    assert find_timeframe(said, "zh") is not None, said


@pytest.mark.parametrize("said", ["完成3个版本迭代", "迭代3次", "产品迭代速度提升"])
def test_iterations_counted_are_no_period(said: str) -> None:
    assert find_timeframe(said, "zh") is None, said


# Decision 5587: a person who will drive the item, in a bracket closing it, owns it.
@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Security champions in 8 of 10 squads (Sam to drive)", "Sam"),
        ("Pipeline coverage from 2x to 3x (Ana to own)", "Ana"),
        ("First-call fix rate from 60% to 80% (Kemi owns)", "Kemi"),
        ("Reorder rate from 20% to 35% (Marcus leading)", "Marcus"),
        ("Win 5 new schools (to be driven by Leo)", "Leo"),
        ("Add 20 reviews a month (Dr. Lee to coordinate)", "Dr. Lee"),
        ("Cut ward transfer delays from 4h to 1h (Priya to lead)", "Priya"),
        ("会员复购率从35%提升到50%（由李娜推动）", "李娜"),
        ("会员复购率从35%提升到50%（张伟主抓）", "张伟"),
        ("会员复购率从35%提升到50%（孙倩统筹）", "孙倩"),
    ],
)
def test_who_will_drive_it_owns_it(text: str, owner: str) -> None:
    found = find_owner(text)
    assert found is not None and found[0] == owner, (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "Raise NPS to 50 (team to drive)",
        "Grow sales 20% (Black Friday to drive)",
        "Visits up 30% (Google Ads to drive)",
        "Renewals from 80% to 90% (Jo and Ken to drive)",
        "GMV提升30%（大促推动）",
        "会员复购率从35%提升到50%（技术推动）",
    ],
)
def test_a_cause_or_a_group_to_drive_it_owns_nothing(text: str) -> None:
    assert find_owner(text) is None, text


@pytest.mark.parametrize(
    ("said", "lang"),
    [
        ("Get every Year 11 ready for mocks by half term", "en"),
        ("Revision packs in every bag before half-term", "en"),
        ("校庆前售出门票600张", "zh"),
        ("厂庆期间接待参观客户30批", "zh"),
    ],
)
def test_a_school_or_firm_event_is_a_deadline(said: str, lang: str) -> None:
    found = find_timeframe(said, lang)
    assert found is not None and found[0].kind == "cycle", said


def test_the_end_of_half_term_is_no_calendar_half() -> None:
    found = find_timeframe("by the end of half term", "en")
    assert found is not None and found[0].kind == "cycle"


def test_an_anniversary_alone_names_no_period() -> None:
    assert find_timeframe("让校庆晚会座无虚席", "zh") is None


# Decision 5588: a numbered place or team, then who works there, owns as the team or the post.
@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Lost-time injuries from 4 to 1 (Line 3 crew)", "Line 3 crew"),
        ("Near-miss reports from 10 to 40 a month (Shift 2 lead Omar)", "Shift 2 lead Omar"),
        ("Discharges before noon from 30% to 60% (Ward 7 nursing team)", "Ward 7 nursing team"),
        ("Mystery shopper score from 72 to 90 (Store 12 manager)", "Store 12 manager"),
        ("Deploy failures from 12% to 3% (Squad 4)", "Squad 4"),
    ],
)
def test_a_numbered_team_owns(text: str, owner: str) -> None:
    found = find_owner(text)
    assert found is not None and found[0] == owner, (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "Reading age at grade level from 62% to 80% (Year 7)",
        "Reading age at grade level from 62% to 80% (Year 7 pupils)",
        "Beds free by noon from 30% to 60% (Ward 7)",
        "Ship the checkout redesign (Phase 2)",
        "Releases on time from 60% to 90% (Version 2 release)",
    ],
)
def test_a_numbered_place_or_group_alone_owns_nothing(text: str) -> None:
    assert find_owner(text) is None, text


def test_a_numbered_team_in_the_sets_title_still_owns_no_key_result() -> None:
    text = (
        "Ward 7 nursing team — Q1 2028 OKRs\nObjective: Make discharge days calm for patients\n"
        "- Discharges before noon from 30% to 60%"
    )
    assert _status(text, "o1.kr1", "kr-no-owner") == "fail"


# Decision 5589: more one-off events of the team's own as deadlines (data in English).
@pytest.mark.parametrize(
    ("said", "lang"),
    [
        ("Conversion to paid from 8% to 15% by the end of the trial", "en"),
        ("Orchard pickers hired for 100% of rows by harvest", "en"),
        ("Menu tasted by 200 locals before the grand opening", "en"),
        ("试运行结束前设备稼动率达到85%", "zh"),
        ("开园前年卡预售5000张", "zh"),
        ("汛期前完成堤坝巡查20次", "zh"),
        ("春运前售票窗口排队时间降到10分钟以内", "zh"),
        ("评审前病历甲级率提升到95%", "zh"),
    ],
)
def test_a_one_off_event_is_a_deadline(said: str, lang: str) -> None:
    assert has_deadline(said, lang), said


@pytest.mark.parametrize(
    ("said", "lang"),
    [
        ("Issues found by the trial from 30 to 10", "en"),
        ("Check the kits before every trial", "en"),
        ("Bugs logged by the trial team from 40 to 10", "en"),
        ("每次评审前完成自查", "zh"),
        ("评审通过率从70%提升到90%", "zh"),
    ],
)
def test_who_found_it_or_each_event_is_no_deadline(said: str, lang: str) -> None:
    assert not has_deadline(said, lang), said

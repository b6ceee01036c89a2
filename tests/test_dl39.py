"""dl39 (issue 8, thirty-ninth round): owners, deadlines and item kinds that a set's layout gives
and the coach misread, and the reverse.

Every wording here was written for this file; see docs/principles.md decisions 5700-5711.
"""

from __future__ import annotations

import pytest

from coach import review
from coach.facts.owner import find_owner, heading_owner_name
from coach.facts.timeframes import find_timeframe
from tests.test_dl38 import NO_MODEL, _items, _status


def _text(text: str, target: str) -> str:
    return _items(text)[target].text  # type: ignore[attr-defined]


# Decision 5700: a heading's bracket that says where the owners are written names no owner.
@pytest.mark.parametrize(
    "title",
    [
        "2027 Q2 采购组OKR（负责人写在括号里）",
        "三季度门诊部OKR（括号内为负责人）",
        "2027年上半年 仓储部OKR（各KR负责人见括号）",
        "二季度OKR（责任人写在每条后面）",
        "Q2 OKRs — Fleet team (owner after each KR)",
        "Q4 plan — Admissions (owners noted per KR)",
        "Kitchen OKRs Q1 (owners listed beside each KR)",
    ],
)
def test_a_note_on_where_owners_are_written_names_no_owner(title: str) -> None:
    assert heading_owner_name(title) is None, title
    zh = any("\u4e00" <= c <= "\u9fff" for c in title)
    body = (
        "\n目标：让供应商按时交货成为常态\n1. 准时到货率从82%提升到95%（赵倩）\n2. 来料退货率从3%降到1%"
        if zh
        else "\nObjective: Make every delivery arrive when promised\n"
        "1. On-time deliveries from 82% to 95% (Ivy)\n2. Damaged parcels from 3% to 1%"
    )
    text = title + body
    assert _status(text, "o1.kr1", "kr-no-owner") == "pass", title
    assert _status(text, "o1.kr2", "kr-no-owner") == "fail", title


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("OKR（负责人：钱多多，见附件）", "钱多多"),
        ("Q3 plan (owner: Ravi, see notes)", "Ravi"),
        ("2027 Q2 OKR（负责人：韩梅）", "韩梅"),
    ],
)
def test_an_owner_field_beside_a_note_still_names_its_owner(title: str, name: str) -> None:
    assert heading_owner_name(title) == name, title


# Decision 5701: a chat's closing request under the items is no key result nor its tail.
@pytest.mark.parametrize(
    "closing",
    [
        "有问题随时找我",
        "大家看看有没有问题，有问题随时找我～",
        "大家有什么建议随时提",
        "有问题及时反馈给仓储部",
        "以上，请各位领导审阅，有问题随时找我。",
        "欢迎拍砖！",
    ],
)
def test_a_chinese_closing_request_is_not_the_last_key_result(closing: str) -> None:
    text = (
        "目标：让夜班出库又快又准（本季度）\n"
        "KR1：夜班出库准时率从80%提升到97%（郑凯）\n"
        "KR2：夜班错拣率从1.5%降到0.4%（郑凯）\n" + closing
    )
    items = _items(text)
    assert sorted(items) == ["o1", "o1.kr1", "o1.kr2"], closing
    assert _text(text, "o1.kr2") == "夜班错拣率从1.5%降到0.4%（郑凯）", closing
    assert _status(text, "o1.kr2", "kr-no-owner") == "pass", closing


@pytest.mark.parametrize(
    "closing",
    [
        "Let me know what you think!",
        "Happy to discuss, let me know what you think.",
        "Feedback welcome — ping me if anything looks off.",
    ],
)
def test_an_english_closing_request_is_no_key_result(closing: str) -> None:
    text = (
        "Objective: Make the clinic's phone line easy to get through (Q3)\n"
        "KR1: Calls answered within a minute from 55% to 85% (Farah)\n"
        "KR2: Abandoned calls from 18% to 6% (Farah)\n" + closing
    )
    assert sorted(_items(text)) == ["o1", "o1.kr1", "o1.kr2"], closing


def test_a_key_result_on_the_last_line_stays_a_key_result() -> None:
    # a neighbour: a line that words a result is read as before, closing words or not
    text = (
        "目标：让夜班出库又快又准（本季度）\n"
        "KR1：夜班出库准时率从80%提升到97%（郑凯）\n"
        "KR2：问题工单48小时内反馈率从60%提升到95%（郑凯）"
    )
    assert sorted(_items(text)) == ["o1", "o1.kr1", "o1.kr2"]


# Decision 5702: a status cell before a key result's own label.
@pytest.mark.parametrize("status", ["【进行中】", "【已完成】", "【未开始】"])
def test_a_status_before_the_key_result_label_leaves_its_wording(status: str) -> None:
    text = (
        "目标：让社区食堂成为老人每天想来的地方（Q3）\n"
        + status
        + "KR1：老人日均就餐人次从120提升到200（葛兰）"
    )
    assert _text(text, "o1.kr1") == "老人日均就餐人次从120提升到200（葛兰）", status


# Decision 5703: a metric column with its target elsewhere holds the key results.
@pytest.mark.parametrize(
    "header",
    [
        "| Metric | Owner | Target |",
        "| Measure | Owner | Target |",
    ],
)
def test_a_metric_table_under_an_objective_holds_its_key_results(header: str) -> None:
    text = (
        "Objective: Bring lapsed library members back this half\n"
        + header
        + "\n|---|---|---|\n| Lapsed members reactivated | Noor | 150 → 420 |\n"
        "| Weekend programme sign-ups | Ola | 60 → 140 |\n"
    )
    items = _items(text)
    assert sorted(items) == ["o1", "o1.kr1", "o1.kr2"], header
    assert _text(text, "o1.kr1") == "Lapsed members reactivated", header
    assert _status(text, "o1.kr1", "kr-no-owner") == "pass", header
    assert _status(text, "o1.kr1", "kr-not-quantified") == "pass", header


@pytest.mark.parametrize(
    "header",
    [
        "| 指标 | 负责人 | 基线 | 目标值 | 截止 |",
        "| 衡量指标 | 负责人 | 目标值 | 基线 | 截止 |",
        "| 关键指标 | 负责人 | 基线 | 目标值 | 截止 |",
        "| 指标 | 负责人 | 当前 | 目标 | 截止 |",
    ],
)
def test_a_chinese_metric_table_holds_its_key_results(header: str) -> None:
    text = (
        "目标：让社区团购的老客越买越多（本季度）\n"
        + header
        + "\n|---|---|---|---|---|\n| 老客月复购率 | 曹颖 | 22% | 35% | 9月30日 |\n"
        "| 客单价 | 贺军 | 41元 | 55元 | 9月30日 |\n"
    )
    items = _items(text)
    assert sorted(items) == ["o1", "o1.kr1", "o1.kr2"], header
    assert _text(text, "o1.kr1") == "老客月复购率", header
    assert _status(text, "o1.kr1", "kr-no-owner") == "pass", header


def test_a_table_of_tracked_figures_holds_no_key_results() -> None:
    text = (
        "Objective: Make our help centre the first place customers look (Q3)\n"
        "KR1: Deflection rate from 10% to 25% (Ana)\n\nMetrics we track:\n"
        "| Metric | Current |\n|---|---|\n| Tickets per week | 900 |\n"
    )
    assert sorted(_items(text)) == ["o1", "o1.kr1"]


def test_an_objective_column_left_of_the_metric_keeps_its_objectives() -> None:
    # a neighbour: "| Goal | Metric | Target |" read as before, the goal its objective
    text = (
        "| Goal | Metric | Target |\n|---|---|---|\n"
        "| Make weekends at the pool lively | Weekend swims | 300 → 520 |\n"
    )
    items = _items(text)
    assert _text(text, "o1") == "Make weekends at the pool lively"
    assert "o1.kr1" in items


# Decision 5704: a post, then a person by initials and surname, after the closing dash.
@pytest.mark.parametrize(
    ("said", "who"),
    [
        ("Forklift recertification from 70% to 100% — Ops Lead R. Mehta", "R. Mehta"),
        ("Saturday visits from 300 to 450 — Branch Manager L. Okafor", "L. Okafor"),
        ("First-pass yield from 92% to 97% — Line 3 Supervisor, J. Alvarez", "J. Alvarez"),
        ("Scrap cost from $18k to $9k — Quality Engineer M. Chen", "M. Chen"),
        ("Programme sign-ups from 40 to 90 — Youth Services Lead K. Tran", "K. Tran"),
        ("New library cards from 600 to 950 — Outreach Mgr. P. Singh", "P. Singh"),
    ],
)
def test_a_post_and_initials_after_the_dash_own_the_item(said: str, who: str) -> None:
    found = find_owner(said)
    assert found is not None and found[0] == who, said


@pytest.mark.parametrize(
    "said",
    [
        "Yield from 92% to 97% — Phase 2, J. Alvarez",
        "Cut rework — Project Phoenix R. Mehta",
        "Leads from 4 to 9 — weekly review, Q. Smith",
    ],
)
def test_no_post_before_the_initials_owns_nothing(said: str) -> None:
    assert find_owner(said) is None, said


# Decision 5705: deadlines named by sprints, retail periods, exams, seasons and gatherings.
@pytest.mark.parametrize(
    ("said", "lang", "when"),
    [
        ("Deploy success rate from 91% to 99% during sprints 14-15", "en", "during sprints 14-15"),
        ("Rollback time from 30 to 5 minutes by sprint 9", "en", "by sprint 9"),
        ("Produce waste from 6% to 3% by P10", "en", "by P10"),
        ("Shrink from 2% to 1.2% by the end of P6", "en", "by the end of P6"),
        ("Mock attendance from 80% to 97% before SATs", "en", "before SATs"),
        ("Revision plans from 30% to 90% ahead of the mocks", "en", "ahead of the mocks"),
        (
            "Staff trained from 0% to 100% by the time the new wing opens",
            "en",
            "by the time the new wing opens",
        ),
        ("下赛季主场胜率从40%提升到65%", "zh", "下赛季"),
        ("义卖会前征集到的捐赠物品从300件增加到800件", "zh", "义卖会前"),
        ("运动会前每周训练出勤率从70%提升到95%", "zh", "运动会前"),
    ],
)
def test_a_named_stretch_or_event_is_the_deadline(said: str, lang: str, when: str) -> None:
    found = find_timeframe(said, lang)
    assert found is not None and found[0].text == when, said


@pytest.mark.parametrize(
    ("said", "lang"),
    [
        ("Cut p95 latency from 800ms to 300ms", "en"),
        ("latency measured by p95 under 300ms", "en"),
        ("Pass rate of final exams from 70% to 80%", "en"),
        ("Cut errors by the time we have data", "en"),
        ("Reading sessions from 10 to 25 in period 3", "en"),
        ("每次家长会前发通知", "zh"),
        ("打进联赛前四", "zh"),
        ("让玩家把我们的新赛季推荐给朋友", "zh"),
    ],
)
def test_no_stretch_or_event_no_deadline(said: str, lang: str) -> None:
    assert find_timeframe(said, lang) is None, said


# Decision 5706: the fields after a bold objective, and the owners' bracket after the label's dash.
@pytest.mark.parametrize(
    ("line", "wording", "owner"),
    [
        (
            "**O2 — Make store visits count** · Owner: Tariq Bell · Q3",
            "Make store visits count",
            "Tariq Bell",
        ),
        (
            "**目标二 — 让图书角成为课间最热闹的地方** · 负责人：蒋燕 · Q3",
            "让图书角成为课间最热闹的地方",
            "蒋燕",
        ),
        (
            "Objective 2 — [Ana & Tom]: Make onboarding the smoothest in the industry by Q4",
            "Make onboarding the smoothest in the industry by Q4",
            "Ana & Tom",
        ),
        ("目标二 — 【小林】：让新品上市一炮而红（Q4）", "让新品上市一炮而红（Q4）", "小林"),
    ],
)
def test_the_objective_keeps_only_its_wording(line: str, wording: str, owner: str) -> None:
    kr = "- Repeat orders from 12% to 20%" if line.isascii() else "- 借阅人次从每周80提升到150"
    text = line + "\n" + kr
    o = _items(text)["o1"]
    assert o.text == wording, line  # type: ignore[attr-defined]
    assert o.owner == owner, line  # type: ignore[attr-defined]
    assert _status(text, "o1", "objective-no-timeframe") == "pass", line


def test_a_bare_period_alone_after_the_wording_stays_in_it() -> None:
    # a neighbour: with no keyed field in the run, "· Q3" is left as it was
    text = "Objective: Make store visits count · Q3\nKR1: Repeat orders from 12% to 20% (Tariq)"
    assert _text(text, "o1") == "Make store visits count · Q3"


# Decision 5707: a deeper heading inside an Initiatives section is a piece of the work.
@pytest.mark.parametrize(
    ("text", "krs"),
    [
        (
            "## Objective: Make the museum a Saturday habit (Q2)\n"
            "- Saturday visitors from 900 to 1,400 (Lee)\n"
            "### Initiatives\n#### Family trail\n- Design a dinosaur trail\n"
            "#### Late openings\n- Open until 9pm on first Fridays",
            ["o1.kr1"],
        ),
        (
            "## 目标：让博物馆成为周末习惯（Q2）\n### 关键结果\n- 周六客流从900提升到1400（李雷）\n"
            "### 关键举措\n#### 亲子路线\n- 设计恐龙寻宝路线\n#### 夜场\n- 每月第一个周五开放到21点",
            ["o1.kr1"],
        ),
    ],
)
def test_work_headings_under_initiatives_hold_no_key_results(text: str, krs: list[str]) -> None:
    items = _items(text)
    assert sorted(k for k in items if "." in k) == krs


def test_a_labelled_objective_after_the_initiatives_is_read() -> None:
    text = (
        "## Objective 1: Feed every family that asks (owner: Grace)\n"
        "- Families served from 800 to 1,100\n### Initiatives\n#### Mobile pantry\n"
        "- Park the van at two schools\n## Objective 2: Never run out of fresh food (owner: Ade)\n"
        "- Days with fresh produce from 60% to 95%"
    )
    assert sorted(_items(text)) == ["o1", "o1.kr1", "o2", "o2.kr1"]


# Decision 5708: one surname beside the period in a closing bracket.
@pytest.mark.parametrize(
    ("said", "who"),
    [
        ("让冷链运输零事故（Q3，林）", "林"),
        ("出院用药指导覆盖率从60%提升到100%（Q4，周）", "周"),
        ("覆盖率100%（林，6月前）", "林"),
    ],
)
def test_one_surname_beside_the_period_owns_the_item(said: str, who: str) -> None:
    found = find_owner(said)
    assert found is not None and found[0] == who, said


@pytest.mark.parametrize(
    "said", ["覆盖率100%（Q3，急）", "覆盖率100%（试点，林）", "覆盖率100%（林）"]
)
def test_one_character_without_a_period_owns_nothing(said: str) -> None:
    assert find_owner(said) is None, said


# Decision 5710: who hands a personal set in is its person, the set's owner in the review.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "个人OKR（2027年Q2）\n提交人：钟晓\n目标：成为组里最懂数据的人\nKR1：6月底前完成3门SQL课程",
            "钟晓",
        ),
        (
            "Personal OKRs — Q3\nDrafted by: Nadia Brooks\n"
            "Objective: Become the go-to person for our data questions\n"
            "KR1: Answer 20 teammate data questions by September",
            "Nadia Brooks",
        ),
    ],
)
def test_the_drafter_of_a_personal_set_is_its_owner(text: str, name: str) -> None:
    rep = review(text, config=NO_MODEL)
    assert rep.owner is not None and rep.owner.name == name, text


@pytest.mark.parametrize(
    "text",
    [
        "客服组 2027年Q2 OKR\n提交人：钟晓\n目标：让客户一次就把问题解决\nKR1：一次解决率从65%提升到85%（6月底前）",
        "我的Q3个人目标\n提交人：运营部\n目标：成为组里最懂数据的人\nKR1：6月底前完成3门SQL课程",
    ],
)
def test_a_team_set_or_a_team_drafter_names_no_person(text: str) -> None:
    rep = review(text, config=NO_MODEL)
    assert rep.owner is None or not rep.owner.name, text


# Decision 5711: boxes with no figure nested under a measured box are its to-dos.
@pytest.mark.parametrize(
    "text",
    [
        "## Make every locker room spotless by June\n"
        "- [ ] Cleanliness audit score from 71 to 92 (Petra)\n  - [ ] buy new mops\n"
        "  - [x] post the rota\n- [ ] Member complaints about showers from 14 to 3 a month (Petra)\n"
        "  - [ ] fix the drains",
        "Objective: Make every locker room spotless by June\n"
        "- [ ] Cleanliness audit score from 71 to 92 (Petra)\n    - [ ] buy new mops\n"
        "- [ ] Member complaints about showers from 14 to 3 a month (Petra)",
        "## 让更衣室一尘不染（6月底前）\n- [ ] 卫生检查得分从71提升到92（佩佩）\n  - [ ] 采购新拖把\n"
        "  - [x] 贴出值日表\n- [ ] 会员对淋浴的投诉从每月14次降到3次（佩佩）\n  - [ ] 疏通下水道",
        "## 更衣室整治\n- [ ] 卫生检查得分从71提升到92（佩佩）\n  - [ ] 采购新拖把\n"
        "- [ ] 会员对淋浴的投诉从每月14次降到3次（佩佩）\n  - [ ] 疏通下水道",
    ],
)
def test_to_do_boxes_under_a_measured_box_are_no_key_results(text: str) -> None:
    assert sorted(_items(text)) == ["o1", "o1.kr1", "o1.kr2"], text


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "## Q1 OKRs\n- [ ] Grow weekend visits at the gallery\n"
            "  - [ ] Family visits from 200 to 500 (Lee)\n  - [ ] Late visits from 0 to 300 (Lee)",
            ["o1", "o1.kr1", "o1.kr2"],
        ),
        (
            "## Q1 OKRs\n- [ ] Make payroll questions disappear\n"
            "  - [ ] Payroll tickets per month from 40 to 10 (Sam)\n"
            "- [ ] Make every desk move painless\n  - [ ] Moves done in a day from 50% to 90% (Sam)",
            ["o1", "o1.kr1", "o2", "o2.kr1"],
        ),
    ],
)
def test_measured_boxes_nested_under_a_box_stay_key_results(text: str, items: list[str]) -> None:
    assert sorted(_items(text)) == items, text

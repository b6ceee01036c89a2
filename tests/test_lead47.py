"""Round 47, the lead's close: a set's title on the second line of the draft's title block dates
every section below it (decision 6664), and the sections' owners stay their own."""

from __future__ import annotations

import pytest

from coach import review
from coach.config import Config

_CFG = Config(semantic=False, use_model=False)
_DATED = ("kr-no-deadline", "objective-no-timeframe")


def _flags(text: str, rules: tuple[str, ...]) -> set[tuple[str, str]]:
    found = review(text, config=_CFG).findings
    return {(f.target, f.rule_id) for f in found if f.rule_id in rules}


# decision 6664: an organisation's line, then the set's title with its period on the next line,
# then a section (a team's line) above the objectives
TITLE_BLOCKS = [
    "Northside Library Services\nQ2 2027 OKRs\n\nLending\n",
    "HARBOUR FERRIES OPERATIONS\nFY2027 Q1 OKRs\n\nDeck crew\n",
    "Riverside Dental Group\nH1 2027 OKRs (draft)\n\nFront desk\n",
    "Acme Robotics — Platform org\nOKRs for Q4 2026\n\nFirmware\n",
    "Westfield Youth Football Club\nSpring 2027 OKRs\n\nUnder-12s\n",
    "Kestrel Analytics\nQ3 2026 objectives\n\nData engineering\n",
    "滨江区第二实验小学\n2027年春季学期OKR\n\n语文教研组\n",
    "华东大区销售中心\n2026年第四季度OKR\n\n上海一部\n",
    "青禾生鲜供应链公司\n2027年上半年OKR\n\n仓储部\n",
    "星河物业服务有限公司\n2026年Q3 OKR（讨论稿）\n\n工程维修组\n",
    "城西社区卫生服务中心\n2027年第一季度 OKR\n\n全科团队\n",
    "远山户外俱乐部\n2026年秋季目标\n\n领队组\n",
]

_EN_SET = "O1. Borrowers find what they came for\n   KR1. Holds filled within 7 days from 61% to 80% (Mina)\n"
_ZH_SET = "O1. 让居民办事不用跑第二趟\n   KR1. 一次办结率从72%提升到90%（周敏）\n"


@pytest.mark.parametrize("head", TITLE_BLOCKS)
def test_a_title_s_second_line_dates_the_sections_below(head: str) -> None:
    body = _ZH_SET if any("\u4e00" <= c <= "\u9fff" for c in head) else _EN_SET
    assert _flags(head + body, _DATED) == set(), head


# unchanged: a section's line right under the title names a section, not a period; its owner
# does not reach the next section; a draft with no period anywhere is still undated
def test_a_section_right_under_the_title_stays_a_section() -> None:
    text = (
        "Company OKRs Q3 2026\nSales (owner: Priya)\nO1. Win the west\n"
        "   KR1. Revenue from $1m to $2m\n\nMarketing\nO2. Be known in the west\n"
        "   KR1. Qualified leads from 100 to 300\n"
    )
    assert ("o2.kr1", "kr-no-owner") in _flags(text, ("kr-no-owner",))
    assert _flags(text, _DATED) == set()


def test_a_section_s_owner_stays_in_its_section_under_a_two_line_title() -> None:
    text = (
        "Parks Team\nQ3 2026 OKRs\n\nMaintenance (owner: Li)\nO1. Park users trust the benches\n"
        "   KR1. Benches in good repair from 90% to 97%\n\nGreening\nO2. People want to come\n"
        "   KR1. Weekend visitors from 20k to 30k\n"
    )
    flags = _flags(text, ("kr-no-owner", *_DATED))
    assert ("o2.kr1", "kr-no-owner") in flags
    assert ("o1.kr1", "kr-no-owner") not in flags
    assert not flags & {("o1", "objective-no-timeframe"), ("o2", "objective-no-timeframe")}


@pytest.mark.parametrize(
    "head",
    [
        "Northside Library Services\nLending team\n\nCirculation\n",
        "滨江区第二实验小学\n语文教研组\n\n阅读小组\n",
        "Northside Library Services\n\nQ2 2027 is busy\n\nLending\n",
    ],
)
def test_no_period_in_the_title_block_is_still_undated(head: str) -> None:
    body = _ZH_SET if any("\u4e00" <= c <= "\u9fff" for c in head) else _EN_SET
    assert ("o1", "objective-no-timeframe") in _flags(head + body, _DATED), head


# decision 6665: a bare objective label naming the set ("2027年上半年目标"), then a team's line
# over labelled objectives, is the set's title, not an objective worded by the team's name
SET_LABEL_OVER_TEAM = [
    "2027年上半年目标\n仓储部\n",
    "2027年上半年目标\n\n仓储部\n",
    "2026年Q3目标\n华南区域\n",
    "本季度目标\n\n客服一组\n",
    "2027年第一季度目标\n\n市场部（负责人：林娜）\n",
    "下半年目标\n研发中心\n",
    "目标\n\n质检组\n",
    "2026年H2目标\n\n门店运营\n",
    "Objectives\n\nWarehouse team\n",
    "Q3 Objectives\nCustomer support\n",
    "Goals\n\nPlatform squad\n",
    "2027 goals\nFront desk\n",
]


@pytest.mark.parametrize("head", SET_LABEL_OVER_TEAM)
def test_a_set_label_over_a_team_line_is_no_objective(head: str) -> None:
    zh = any("\u4e00" <= c <= "\u9fff" for c in head)
    body = (
        "O1. 让仓库发货又快又准\n   KR1. 发货准确率从97%提升到99.5%（周敏）\n"
        if zh
        else "O1. Orders leave the dock right first time\n   KR1. Pick accuracy from 97% to 99.5% (Ana)\n"
    )
    findings = review(head + body, config=_CFG).findings
    assert {f.target for f in findings} <= {"o1", "o1.kr1", None, "draft"}, head
    assert not [f for f in findings if f.rule_id == "objective-no-key-results"], head


# unchanged: the label's wording on the next line when no labelled objective follows it
@pytest.mark.parametrize(
    "text",
    ["本季度目标\n让仓库发货又快又准\n关键结果\n发货准确率从97%提升到99.5%\n"],
)
def test_a_set_label_over_its_own_wording_is_still_the_objective(text: str) -> None:
    from coach.parse import parse_text

    objectives = parse_text(text).objectives
    assert [o.text for o in objectives] == ["让仓库发货又快又准"]

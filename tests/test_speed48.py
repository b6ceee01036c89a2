"""Round 48 (issue 13): readers a review asked again about the same item or line.

- rules._outcome.cadence (the cadence word of a key result: "每月", "weekly", "every Friday"):
  read once per item (`item.facts.memo`); kr-business-as-usual, kr-not-quantified,
  kr-activity-count and the rewrites asked it some eight times a review.
- rules._outcome._hires (a key result that hires people, less an English "fill" of no post):
  read once per item and outcome choice — `_hiring` reads `choose`'s answer when it was asked
  already, so an answer kept before the choice is read again after it.
- coach.facts.owner.drafter_field and title_team (a heading or title line's drafter field, the
  team a set's title names): text in, text out, remembered by the line (lru_cache), as the
  module's other readers of a line are; every item under a heading asked again.

Each is checked here against the reading it keeps (called without the memo), on fresh
wordings in both languages; the review's output is unchanged (bench/review_outputs.py: every
review byte-identical).
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from coach.facts import owner
from coach.review import parse
from rules import _outcome


def _krs(texts: list[str], lang: str):
    head = (
        "目标：把服务做扎实\n关键结果1：" if lang == "zh" else "Objective: Run a steady shop\nKR1: "
    )
    for text in texts:
        draft = parse(head + text)
        yield draft.objectives[0].key_results[0]


# Key results with a cadence word, a change of cadence (a measure: no cadence), and none.
_CADENCE_ZH = [
    "每月按时提交门店盘点表",
    "每周五前发出销售周报",
    "每天晨会前更新排班表",
    "每季度组织一次消防演练",
    "每两周回访一次大客户",
    "每晚闭店后核对现金",
    "按月出具费用分析报告",
    "巡检频次从每月一次提高到每周一次",
    "完成新版收银系统上线",
    "客户投诉率降到2%以下",
    "招聘3名店长",
    "整理仓库",
]
_CADENCE_EN = [
    "Submit the weekly stock count on time",
    "Send the monthly board pack by the 5th",
    "Every Friday, review open tickets with the leads",
    "Run a quarterly fire drill at each site",
    "Publish daily sales figures before 9am",
    "Biweekly check-ins with every new hire",
    "Clean the ovens every night",
    "Release cadence from every 3 weeks to every week",
    "Audit frequency from monthly to weekly",
    "Launch the new booking page",
    "Cut refund requests to under 2% of orders",
    "Hire 3 store managers",
]


@pytest.mark.parametrize(("lang", "texts"), [("zh", _CADENCE_ZH), ("en", _CADENCE_EN)])
def test_cadence_is_read_once_and_as_before(lang: str, texts: list[str]) -> None:
    found = []
    for item, fresh in zip(_krs(texts, lang), _krs(texts, lang), strict=True):
        got = _outcome.cadence(item)
        assert got == _outcome._cadence(fresh), item.text  # the reading without the memo
        assert item.facts.memo["outcome_cadence"] == got  # kept on the item
        item.facts.memo["outcome_cadence"] = "kept"
        assert _outcome.cadence(item) == "kept"  # asked again: answered from the memo
        found.append(got)
    # the cadences are found, the changes of cadence and the wordings without one are not:
    # the test can fail
    assert all(found[:7]), found
    assert not any(found[7:]), found


def test_cadence_words_found() -> None:
    zh = [_outcome.cadence(i) for i in _krs(_CADENCE_ZH[:3], "zh")]
    en = [_outcome.cadence(i) for i in _krs(_CADENCE_EN[:3], "en")]
    assert zh == ["每月", "每周", "每天"]
    assert [e.lower() for e in en] == ["weekly", "monthly", "every friday"]


# Key results that hire people, fill posts or fill other things, and none of these.
_HIRES_ZH = [
    "招聘3名店长",
    "新招2名夜班护士",
    "引进5名资深工程师",
    "补齐客服团队缺编的4个岗位",
    "在社区张贴招募海报500张",
    "引进一台CBCT",
    "完成新版收银系统上线",
    "客户投诉率降到2%以下",
]
_HIRES_EN = [
    "Hire 3 store managers",
    "Recruit 2 night-shift nurses",
    "Fill 2 open hygienist positions",
    "Fill the receptionist vacancy by May",
    "Fill last-minute cancellations from the standby list",
    "Fill the empty seats at Thursday classes",
    "Onboard the finance team onto the new ERP",
    "Launch the new booking page",
]


@pytest.mark.parametrize(("lang", "texts"), [("zh", _HIRES_ZH), ("en", _HIRES_EN)])
def test_hires_is_read_once_and_as_before(lang: str, texts: list[str]) -> None:
    answers = []
    for item, fresh in zip(_krs(texts, lang), _krs(texts, lang), strict=True):
        got = _outcome._hires(item)
        assert got == _outcome._hires_read(fresh), item.text
        assert item.facts.memo["outcome_hires"] == (None, got)
        answers.append(got)
    assert answers[:2] == [True, True]  # hires are found: the test can fail
    assert answers[-1] is False
    if lang == "en":
        # "fill" of a post hires; "fill" of cancellations or seats, and a rollout, do not
        assert answers[2:7] == [True, True, False, False, False]


@pytest.mark.parametrize(("lang", "texts"), [("zh", _HIRES_ZH), ("en", _HIRES_EN)])
def test_hires_is_read_again_once_the_outcome_is_chosen(
    lang: str, texts: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    read = _outcome._hires_read

    def counting(item):  # type: ignore[no-untyped-def]
        calls.append(item.text)
        return read(item)

    monkeypatch.setattr(_outcome, "_hires_read", counting)
    for item in _krs(texts, lang):
        calls.clear()
        first = _outcome._hires(item)
        assert _outcome._hires(item) == first
        assert len(calls) == 1  # asked again before the choice: the kept answer
        # a choice made by `choose` (its identity is what is compared)
        choice = SimpleNamespace(outcome=SimpleNamespace(id="time-to-fill"))
        item.facts.memo["outcome_choice"] = choice
        _outcome._hires(item)
        assert len(calls) == 2  # the choice `_hiring` reads is there now: read again
        assert item.facts.memo["outcome_hires"][0] is choice
        _outcome._hires(item)
        assert len(calls) == 2


# Heading and title lines: drafter fields, teams named by a title, and lines with neither.
_LINES = [
    "Drafted by: Omar (ops lead)",
    "Q3 plan (drafted by Lina)",
    "Last edited by: Sam Reyes | Q2",
    "初稿 by 行政主管 马莉",
    "编写人：周强",
    "> 周期：Q2 ｜ 起草人：吴昊",
    "2027年Q1 客服部 OKR",
    "Q3 2027 OKRs - Growth team",
    "Q2 OKRs for the Platform group",
    "市场部 2027年第二季度OKR",
    "My Q1 goals",
    "## Sales (Sarah)",
    "负责人：周敏",
    "门店运营",
    "",
]


def test_drafter_field_and_title_team_remembered_by_the_line() -> None:
    for line in _LINES:
        assert owner.drafter_field(line) == owner.drafter_field.__wrapped__(line), line
        assert owner.title_team(line) == owner.title_team.__wrapped__(line), line
    before = owner.drafter_field.cache_info().hits, owner.title_team.cache_info().hits
    for line in _LINES:
        owner.drafter_field(line)
        owner.title_team(line)
    after = owner.drafter_field.cache_info().hits, owner.title_team.cache_info().hits
    assert after[0] - before[0] == len(_LINES)
    assert after[1] - before[1] == len(_LINES)


def test_drafter_fields_and_title_teams_found() -> None:
    fields = [owner.drafter_field(line) for line in _LINES]
    teams = [owner.title_team(line) for line in _LINES]
    assert all(fields[:6]), fields  # the test can fail
    assert not any(fields[6:]), fields
    assert teams[6:10] == ["客服部", "Growth team", "Platform group", "市场部"]
    assert not any(teams[:6] + teams[10:]), teams

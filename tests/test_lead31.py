"""Lead decisions of round thirty-one (issue 8). 5027 — "目标：" followed only by a value inside a
key result's line is the key result's target, not a second objective ("生产事故，目标：0起"). Each
decision's cases failed before it; the guards keep what must not change."""

from __future__ import annotations

import pytest

from coach import review

_OBJ_ZH = "目标：让车间每个人都平安下班（2027年Q1，负责人：王强）\n"


# --- 5027: "目标：<value>" on a key result's line is its target ----------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "KR1：生产事故，目标：0起",
        "KR1：客户投诉 ｜ 目标：≤5起",
        "KR1：设备非计划停机时长，目标：每月不超过10小时",
        "KR1：一次交检合格率 目标：98%",
        "KR1：新签客户数量；目标: 40家",
        "- 月度退货率，目标：低于1.5%",
        "KR2：门店坪效（目标：每平米月均3000元）",
    ],
)
def test_a_target_value_after_the_label_stays_on_the_key_result(line):
    r = review(_OBJ_ZH + line + "\n")
    assert len(r.objectives) == 1, [o.text for o in r.objectives]
    krs = r.objectives[0].key_results
    assert len(krs) == 1
    assert "目标" in krs[0].text and any(ch.isdigit() for ch in krs[0].text)


@pytest.mark.parametrize(
    "text",
    [
        # a second objective written on the same line keeps its own item
        "目标1：提升客户体验，目标2：让交付更准时\nKR1：NPS从30提升到45（李娜负责）\n",
        "目标1：提升客户体验\nKR1：NPS从30提升到45。目标2：成为客户最信赖的服务团队\nKR2：复购率从20%到30%\n",
    ],
)
def test_an_objective_written_mid_line_is_still_split(text):
    r = review(text)
    assert len(r.objectives) == 2, [o.text for o in r.objectives]


# --- 5028: days over a limit are the bad days counted --------------------------------------------


def _zh_kr_rules(kr: str) -> set[str]:
    r = review(_OBJ_ZH + f"KR1：{kr}\n")
    return {f.rule_id for f in r.findings if f.target == "o1.kr1"}


@pytest.mark.parametrize(
    "kr",
    [
        "全市空气质量超标天数从20天降到8天",
        "噪声超标天数每月不超过2天",
        "出水水质超标的天数从9天减少到2天",
        "厂界粉尘超标天数全年控制在5天以内",
        "PM2.5超标天数从31天降到12天",
    ],
)
def test_days_over_the_limit_are_bad_days(kr):
    assert "kr-negative-phrasing" in _zh_kr_rules(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "空气质量达标天数从300天提升到330天",
        "优良天数比例从78%提升到85%",
        "连续无超标运行天数达到200天",
    ],
)
def test_good_days_raised_stay_positive(kr):
    assert "kr-negative-phrasing" not in _zh_kr_rules(kr)

"""realzh33 (issue 8, thirty-third round): shapes seen in two retired held-out halves of published
Chinese OKRs (models/data/realzh33_retired.md): a plan's stage headings that state their length,
a release that enters its beta, counted teams that take up a platform, and an objective that asks
the team's own prototype to run.

Every wording here is written for this file; none is copied from a published page.
"""

from __future__ import annotations

import pytest

from coach.review import parse, review
from rules._result_shape import reading


def _fails(text: str) -> list[list[str]]:
    """The failing rule ids of every parsed item, in order (objective, then its key results)."""
    rv = review(text)
    out: list[list[str]] = []
    for o in rv.objectives:
        out.append(sorted(c.rule_id for c in o.checks if c.status == "fail"))
        for k in o.key_results:
            out.append(sorted(c.rule_id for c in k.checks if c.status == "fail"))
    return out


def _untimed(text: str) -> list[bool]:
    """Per item: whether objective-no-timeframe / kr-no-deadline fires on it."""
    return ["objective-no-timeframe" in f or "kr-no-deadline" in f for f in _fails(text)]


# The objective above a key result under test: dated, so that only the wording is judged.
_LEAD = "O：让交付更顺（2027年Q2）\nKR："


def _kind(kr: str) -> str:
    """How a key result under a dated objective reads: result, task, milestone, activity, other."""
    (k,) = parse(_LEAD + kr).key_results()
    assert k.text == kr
    return reading(k).kind


# -- decision 4760: a stage heading whose bracket states only a length times the items under it --

STAGE_LENGTH = [
    "#### 试点阶段（3 个月）\n\n**O1: 让门店补货更省心**\n- KR1: 缺货率控制在 3% 以内\n- KR2: 补货准确率 > 95%\n",
    "## 第一期（6个月）\nO1：把会员体系搭稳\nKR1：会员复购率达到 35%\n",
    "### 短期（1个月）\n**O1：让新人尽快上手**\n- KR1：新人独立接单率 80%\n",
    "## 冲刺期（90 天）：打开华东市场\nO1：拿下华东的连锁客户\nKR1：签约连锁客户 12 家\n",
    "### Pilot phase (3 months)\n**O1: Make restocking painless**\n- KR1: Restock accuracy above 95%\n",
    "## Build stage (6 weeks)\nObjective: Give support a single inbox\n- KR1: 90% of tickets answered in one place\n",
]


@pytest.mark.parametrize("text", STAGE_LENGTH)
def test_4760_a_stage_headings_length_times_its_items(text: str) -> None:
    assert not any(_untimed(text))


# Held back: written after the code, never run while it was written.
STAGE_LENGTH_HELD = [
    "#### Growth 阶段（6 个月）\n\n**O1: 扩大使用范围**\n- KR1: 月活项目数 > 60\n",
    "## 验证期（两个月）\nO1：证明客户愿意付费\nKR1：付费转化率达到 8%\n",
    "### 第二阶段（12 周）\n**O2：让配送更准时**\n- KR1：准时送达率 97%\n",
    "### Scale stage (6 months)\n**O1: Win the mid-market**\n- KR1: 40 new mid-market logos\n",
    "## Launch phase (30 days) — first customers\nObjective: Land our first paying clinics\n- KR1: 10 clinics on a paid plan\n",
]


@pytest.mark.parametrize("text", STAGE_LENGTH_HELD)
def test_4760_held_back_wordings(text: str) -> None:
    assert not any(_untimed(text))


STAGE_LENGTH_GUARDS = [
    # a stage with no period (decision 301)
    "## 阶段二：规模化\nO1：把会员体系搭稳\nKR1：会员复购率达到 35%\n",
    "## 阶段二（规模化）\nO1：把会员体系搭稳\nKR1：会员复购率达到 35%\n",
    # years are a horizon, not a section's length, and so is a length of a year (decisions 15-17)
    "## 第二阶段（3 年）\nO1：把会员体系搭稳\nKR1：会员复购率达到 35%\n",
    "## 全年计划（12个月）\nO1：把会员体系搭稳\nKR1：会员复购率达到 35%\n",
    "### Growth plan (12 months)\n**Objective 1: Win the mid-market**\n- KR1: 3 new logos a month from Month 5\n",
    "## Roadmap (52 weeks)\nObjective: Win the mid-market\n- KR1: 40 new logos\n",
    # a window inside the measure's name (decision 1925)
    "## 留存\nO1：让新用户留下来\nKR1：3个月留存率达到 40%\n",
    "## Phase 2 (scale)\nObjective: Win the mid-market\n- KR1: 40 new logos\n",
]


@pytest.mark.parametrize("text", STAGE_LENGTH_GUARDS)
def test_4760_guard_untimed_stays_untimed(text: str) -> None:
    assert all(_untimed(text))


# -- decision 4761: a release entering its beta or trial run is a launch -------------------------

ENTERS_BETA = [
    "Android 版进入内测",
    "新版小程序进入公测，主流程可用",
    "鸿蒙客户端进入灰度",
    "新产线进入试运行",
    "iOS 版本进入封测阶段",
]


@pytest.mark.parametrize("kr", ENTERS_BETA)
def test_4761_a_release_entering_beta_is_a_launch(kr: str) -> None:
    assert _kind(kr) in {"task", "milestone"}


ENTERS_BETA_HELD = [
    "桌面客户端进入内测",
    "新版收银系统进入试运行阶段",
    "会员小程序 2.0 进入公测",
    "Windows 版进入灰度测试",
]


@pytest.mark.parametrize("kr", ENTERS_BETA_HELD)
def test_4761_held_back_wordings(kr: str) -> None:
    assert _kind(kr) in {"task", "milestone"}


ENTERS_GUARDS = [
    # placements won and ranks reached read as before (decision 3913)
    ("产品进入10家新超市", "other"),
    ("门店评分进入全市前三", "result"),
    # the stage names the people measured: a measure with its target
    ("进入内测的用户留存率达到40%", "result"),
]


@pytest.mark.parametrize(("kr", "kind"), ENTERS_GUARDS)
def test_4761_guard_reaching_stays(kr: str, kind: str) -> None:
    assert _kind(kr) == kind


# -- decision 4762: counted teams or customers taking up a platform is adoption (decision 8) ------

ADOPTERS_TAKE_UP = [
    "内部 3 个团队接入并跑 500 用例",
    "6 个外部 beta 团队跑通 50K 用例",
    "12 个业务团队接入新的发布平台",
    "8 家企业客户接入开放接口",
    "5 个部门接入统一审批流",
]


@pytest.mark.parametrize("kr", ADOPTERS_TAKE_UP)
def test_4762_counted_adopters_taking_up_the_platform_are_a_result(kr: str) -> None:
    assert _kind(kr) == "result"


ADOPTERS_HELD = [
    "4 个产品团队接入实验平台",
    "20 家商户接入新的结算服务",
    "内部 2 个项目组跑通 1000 条用例",
    "10 个外部开发者团队接入 SDK",
]


@pytest.mark.parametrize("kr", ADOPTERS_HELD)
def test_4762_held_back_wordings(kr: str) -> None:
    assert _kind(kr) == "result"


ADOPTERS_GUARDS = [
    # the team's own things connected are a migration's scope (decision 4201)
    "30 个服务接入新网关",
    "12 个数据源接入数据湖",
    # experiments run are effort (decision 1758)
    "跑通10个增长实验",
]


@pytest.mark.parametrize("kr", ADOPTERS_GUARDS)
def test_4762_guard_own_things_and_experiments_stay(kr: str) -> None:
    assert _kind(kr) != "result"


# -- decision 4763: asking the team's own prototype or code to run is flat work ------------------

OWN_THING_RUNS = [
    "让现有原型可以在 CI 里跑通",
    "让新版接口能在测试环境中运行",
    "让老系统能在云上跑起来",
    "使核心代码可在新框架下编译通过",
    "让演示版能在客户机房里部署起来",
]


def _objective_flat(objective: str) -> bool:
    text = f"O：{objective}（2027年Q2）\nKR：拦截率 ≥ 50%\n"
    return "objective-not-inspiring" in _fails(text)[0]


@pytest.mark.parametrize("objective", OWN_THING_RUNS)
def test_4763_the_teams_own_thing_made_to_run_is_flat(objective: str) -> None:
    assert _objective_flat(objective)


OWN_THING_RUNS_HELD = [
    "让现有脚本可在流水线中跑通",
    "让插件能在新版本上运行",
    "使模型服务能够在边缘设备上跑起来",
    "让原型系统在测试环境跑通",
]


@pytest.mark.parametrize("objective", OWN_THING_RUNS_HELD)
def test_4763_held_back_wordings(objective: str) -> None:
    assert _objective_flat(objective)


OWN_THING_GUARDS = [
    # the people served as the subject keep the end state
    "让顾客能在家门口买到新鲜菜",
    "让新人能独立跑通第一单",
    "让每位司机都能准点收车",
]


@pytest.mark.parametrize("objective", OWN_THING_GUARDS)
def test_4763_guard_people_served_stay_inspiring(objective: str) -> None:
    assert not _objective_flat(objective)

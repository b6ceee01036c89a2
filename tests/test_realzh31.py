"""realzh31 (issue 8, thirty-first round): shapes seen in four retired held-out halves of published
Chinese OKRs (models/data/realzh31_retired.md).

Every wording here is written for this file; none is copied from a published page.
"""

from __future__ import annotations

import pytest

from coach.review import review


def _fails(text: str) -> list[list[str]]:
    rv = review(text)
    out = []
    for o in rv.objectives:
        out.append(sorted(c.rule_id for c in o.checks if c.status == "fail"))
        for k in o.key_results:
            out.append(sorted(c.rule_id for c in k.checks if c.status == "fail"))
    return out


def _kr_fails(kr: str, objective: str = "O：让交付更顺（2027年Q2）") -> list[str]:
    rv = review(objective + "\nKR：" + kr)
    (k,) = rv.objectives[0].key_results
    assert k.text == kr
    return [c.rule_id for c in k.checks if c.status == "fail"]


def _kr_fails_en(kr: str) -> list[str]:
    rv = review("Objective: Make deliveries smoother in Q2 2027\nKR: " + kr)
    (k,) = rv.objectives[0].key_results
    assert k.text == kr
    return [c.rule_id for c in k.checks if c.status == "fail"]


# -- decision 4480: a figure written as inline code is still a figure ----------------------------

CODE_FIGURES_ZH = [
    "订单同步准确率达到 `98%`",
    "接口成功率不低于`99.5%`",
    "报表生成耗时 `<=3s`",
    "月活用户达到 `12000`",
    "首屏加载时间降到 `1.5` 秒以内",
    "核心链路单元测试覆盖率 `>= 85%`",
]
CODE_FIGURES_EN = [
    "Reach `98%` sync accuracy on the order API",
    "Page render time `<= 800ms` for the checkout",
    "Grow weekly active teams to `1,200`",
]


@pytest.mark.parametrize("kr", CODE_FIGURES_ZH)
def test_zh_code_span_figure_is_quantified(kr: str) -> None:
    assert "kr-not-quantified" not in _kr_fails(kr)


@pytest.mark.parametrize("kr", CODE_FIGURES_EN)
def test_en_code_span_figure_is_quantified(kr: str) -> None:
    assert "kr-not-quantified" not in _kr_fails_en(kr)


CODE_ZERO_BAD_EVENTS = [
    "支付回调失败次数为 `0`",
    "客服工单丢失数为`0`",
    "上线后 P0 故障数 = `0`",
    "日志中明文手机号命中为 `0`",
]


@pytest.mark.parametrize("kr", CODE_ZERO_BAD_EVENTS)
def test_code_span_zero_on_bad_events_is_negative(kr: str) -> None:
    fails = _kr_fails(kr)
    assert "kr-negative-phrasing" in fails
    assert "kr-not-quantified" not in fails
    assert "kr-is-task" not in fails


CODE_GUARDS = [
    # a code span with no figure stays a name: no figure read from it
    ("`config.yaml` 完成迁移", ["kr-is-task"]),
    # a path with digits inside it is a name, not a target
    ("`utils/v2` 目录完成拆分", ["kr-is-task"]),
]


@pytest.mark.parametrize(("kr", "want"), CODE_GUARDS)
def test_code_span_names_are_not_figures(kr: str, want: list[str]) -> None:
    fails = _kr_fails(kr)
    for rid in want:
        assert rid in fails
    assert "kr-not-quantified" in fails

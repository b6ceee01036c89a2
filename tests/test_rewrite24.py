"""rewrite24 (issue 8, twenty-fourth round): the rewrite suggested for a negatively phrased key
result keeps its figure and its topic (decisions 2970-2984), on wordings rewrite24 wrote, with
guards for what must not change."""

from __future__ import annotations

import pytest

from coach.config import Config
from coach.review import review

NO_MODEL = Config(semantic=False)
EN = "Objective: Make our work more dependable\nKR: {} (owner: Ana)"
ZH = "目标：让客户更满意\nKR：{}（负责人：王芳）"


def _findings(kr: str):
    text = (ZH if any("\u4e00" <= c <= "\u9fff" for c in kr) else EN).format(kr)
    rv = review(text, config=NO_MODEL, select=["kr-negative-phrasing"])
    return [f for f in rv.findings if f.rule_id == "kr-negative-phrasing" and f.source == "rule"]


def _rewrite(kr: str) -> str:
    (f,) = _findings(kr)
    return f.suggestions[0].text


# decision 2970: a warehouse step done wrong, as a rate, turns into that step's accuracy
@pytest.mark.parametrize(
    ("kr", "rewrite"),
    [
        ("发错货率降到0.5%", "发货准确率提升到99.5%"),
        ("错发率降到0.5%", "发货准确率提升到99.5%"),
        ("拣错率低于0.3%", "拣货准确率高于99.7%"),
        ("配错率不超过1%", "配送准确率不低于99%"),
        ("仓库错拣率从1%降到0.2%", "仓库拣货准确率从99%提升到99.8%"),
        ("送错率控制在0.8%以内", "配送准确率保持在99.2%以上"),
        ("华东仓发错率降低到0.3%以下", "华东仓发货准确率提升到99.7%以上"),
    ],
)
def test_wrong_step_rate_becomes_step_accuracy(kr: str, rewrite: str) -> None:
    got = _rewrite(kr)
    assert rewrite in got
    assert "未发生" not in got and "[基线]" not in got


@pytest.mark.parametrize(
    "kr", ["发货准确率提升到99.5%", "拣货准确率达到99.8%", "配送准确率不低于99%"]
)
def test_step_accuracy_stays_positive(kr: str) -> None:
    assert not _findings(kr)


def test_done_wrong_counts_still_asked() -> None:
    # a count of things done wrong has no 100 − x complement: still asked, figures kept
    assert "换来的是什么" in _rewrite("药品发错不超过2次")

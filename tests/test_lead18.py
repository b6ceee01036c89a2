"""Decisions 1430- (lead18): faults the lead met in drafts of its own, each tested here in
another wording than the draft's."""

from __future__ import annotations

from functools import partial

import pytest

from coach.config import Config
from coach.review import review

_review = partial(review, config=Config(semantic=False))


def _fails(item) -> list[str]:
    return [c.rule_id for c in item.checks if c.status == "fail"]


# -- decision 1430: DingTalk's text export: "关键结果1.1 …" with a space for its colon, and a
# weight (and a progress) set apart by a wide gap at the end of an objective or a key result

_DINGTALK = (
    "目标1 让每位来访家长都愿意把孩子交给我们  权重70%  @周园长\n"
    "  关键结果1.1 新生报名人数从60人增加到90人  进度20%\n"
    "  关键结果1.2 家长满意度从85分提高到95分\n"
    "目标2 提高后勤保障水平  权重30%  @后勤主任\n"
    "  关键结果2.1 食堂饭菜抽检合格率从92%提高到100%\n"
    "  关键结果2.2 校车准点率从88%提高到98%\n"
)


def test_dingtalk_kr_label_with_a_space_is_read_as_the_label():
    rv = _review(_DINGTALK)
    o1, o2 = rv.objectives
    assert [k.text for k in o1.key_results] == [
        "新生报名人数从60人增加到90人  进度20%",
        "家长满意度从85分提高到95分",
    ]
    # the numbers of the label are no metric: the metric is the key result's own
    assert o1.key_results[0].metric.value == 90
    assert o2.key_results[1].metric.value == 98
    assert len(o2.key_results) == 2


def test_dingtalk_weight_after_a_gap_is_no_figure_of_the_objective():
    rv = _review(_DINGTALK)
    o1, o2 = rv.objectives
    assert o1.owner == "周园长" and o2.owner == "后勤主任"
    # "提高后勤保障水平  权重30%": plain and not inspiring, but no KPI: the 30% is a weight
    assert "objective-is-metric" not in _fails(o2)
    assert "objective-not-inspiring" in _fails(o2)
    assert o1.key_results[0].score == pytest.approx(0.2)


def test_weight_in_an_english_export_and_a_real_figure_stay_apart():
    text = (
        "Objective 1 Grow revenue 30%  weight 40%  @dana\n"
        "  KR 1.1 New bookings from $1.2M to $1.6M  progress 25%\n"
        "  KR 1.2 Net revenue retention from 104% to 112%\n"
    )
    o = _review(text).objectives[0]
    # the objective's own "30%" keeps it a metric objective; the weight alone would not
    assert "objective-is-metric" in _fails(o)
    assert o.owner == "dana"


@pytest.mark.parametrize(
    "label",
    ["关键结果 3 条：", "关键结果3个以内"],
)
def test_a_count_of_key_results_is_no_label(label):
    text = f"目标：让每位来访家长都放心（负责人：周园长）\n{label}\n关键结果1：新生报名人数从60人增加到90人\n"
    rv = _review(text)
    assert all(
        "条" not in k.text[:2] and "个" not in k.text[:2] for k in rv.objectives[0].key_results
    )


# -- decision 1431: 上 before a count of classes is the verb, not Shanghai's short name


@pytest.mark.parametrize(
    "kr",
    ["每位老师本学期上1节公开课", "每个教练每周上两堂私教课", "全组上十节示范课"],
)
def test_giving_classes_counted_is_an_activity_count(kr):
    text = f"目标：让每个孩子都爱上数学课（负责人：陈老师）\n关键结果1：{kr}（本学期末前）\n"
    assert "kr-activity-count" in _fails(_review(text).objectives[0].key_results[0])


@pytest.mark.parametrize("kr", ["营收上一个台阶", "上海门店销售额从3000万提高到5000万"])
def test_other_readings_of_shang_are_not_classes(kr):
    text = f"目标：让每个孩子都爱上数学课（负责人：陈老师）\n关键结果1：{kr}（本学期末前）\n"
    fails = _fails(_review(text).objectives[0].key_results[0])
    assert "kr-activity-count" not in fails and "kr-is-task" not in fails

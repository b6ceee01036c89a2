"""follow26z's Chinese leftovers (round 26): a window counted from the launch of each one of a
class of new things ("新店开业前三个月平均月营业额") is the measure's, no deadline (decision 3760)."""

from __future__ import annotations

import pytest

from coach.facts.timeframes import find_timeframe


@pytest.mark.parametrize(
    "text",
    [
        "新店开业前三个月平均月营业额达到5万元",
        "新品上市前两周销量达到1万件",
        "新课程上线首月完课率达到60%",
        "新门店开业首月客流达到8000人次",
        "新游戏上线前7天次日留存率达到45%",
        "新车型上市后3个月月均销量突破2000台",
        "每款新品上架前30天动销率达到70%",
    ],
)
def test_new_things_own_window_is_no_deadline(text: str) -> None:
    assert find_timeframe(text, "zh") is None


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("新店开业前完成12名店员招聘", "开业前"),
        ("新店开业前两周完成员工培训", "开业前"),
        ("新店开业前三个月把营业额提升到5万元", "开业前"),
        ("新品上市前完成包装设计", "上市前"),
        ("上线后三个月内留存率达到40%", "三个月内"),
        ("课程上线首月完课率达到60%", "上线首月"),
        ("6月底前新店开业3家", "6月底前"),
        ("Q3新店开业前三个月平均月营业额达到5万元", "Q3"),
    ],
)
def test_real_deadlines_stay(text: str, deadline: str) -> None:
    found = find_timeframe(text, "zh")
    assert found is not None and found[0].text == deadline

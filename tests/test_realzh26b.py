"""Chinese published OKRs, a ninth new set (realzh26b, decisions 3720-3739): shapes a new set of
real Chinese OKR texts showed, imitated by wordings written for these tests (no sentence of a
real text). Each decision's tests failed before it; the guards keep what must not change."""

from __future__ import annotations

import pytest

from coach import review


def status(draft: str, rule: str, index: int = 0) -> str:
    """The status of `rule` on the draft's first objective's key result number `index`."""
    k = review(draft).objectives[0].key_results[index]
    return next(c.status for c in k.checks if c.rule_id == rule)


def zh_kr(kr: str) -> str:
    return f"O：2027年Q2 让交付又快又稳\n- KR1：{kr}\n"


def en_kr(kr: str) -> str:
    return f"Objective: Make delivery fast and calm in Q2 2027\n- KR1: {kr}\n"


# --- 3720: a system moved from one version to the next ("v2 → v3", "版本：16 → 20") is an
# upgrade to do, a task — the two figures are version names, not a level reached -------------
@pytest.mark.parametrize(
    "kr",
    [
        "安全评分版本：v2 → v3",
        "Node.js 版本：16 → 20",
        "支付 SDK：v1.4 → v2.0",
        "数据库驱动版本 3.2 → 4.1",
        "客服机器人知识库 v3 到 v4",
        "内部接口协议：v1 -> v2（兼容旧客户端）",
        "Android 最低支持版本：8.0 → 10.0",
    ],
)
def test_3720_zh_version_move_is_a_task(kr: str) -> None:
    assert status(zh_kr(kr), "kr-is-task") == "fail"


@pytest.mark.parametrize(
    "kr",
    [
        "Billing API version: v1 → v2",
        "Mobile SDK v2.3 -> v3.0 across all apps",
        "Kubernetes version 1.27 → 1.30 on every cluster",
        "Design system tokens v4 => v5",
        "Search index schema v7 → v8",
    ],
)
def test_3720_en_version_move_is_a_task(kr: str) -> None:
    assert status(en_kr(kr), "kr-is-task") == "fail"


# guards: measures moved between two levels stay results, even beside a version's name
@pytest.mark.parametrize(
    "kr",
    [
        "应用评分：4.2 → 4.6",
        "v2 版本的崩溃率：2% → 0.5%",
        "新版本采用率：30% → 60%",
        "版本发布周期：4周 → 2周",
        "安装量：0 → 10,000（6月）",
        "平均安全评分：87 → >90",
        "CSAT 4.2 → 4.6",
    ],
)
def test_3720_zh_measures_stay_results(kr: str) -> None:
    assert status(zh_kr(kr), "kr-is-task") == "pass"


@pytest.mark.parametrize(
    "kr",
    [
        "Adoption of the v3 client: 30% → 70%",
        "NPS 30 → 45",
        "P95 build time 25 min → 12 min",
        "Share of users on v2 or later from 40% to 85%",
    ],
)
def test_3720_en_measures_stay_results(kr: str) -> None:
    assert status(en_kr(kr), "kr-is-task") == "pass"


def test_3720_releases_counted_stay_a_count() -> None:
    # "发布版本 3 到 5 个": releases counted, the activity count's, not a version moved
    assert status(zh_kr("每月发布版本 3 到 5 个"), "kr-activity-count") == "fail"


# --- 3721: a Chinese label naming efforts, then their count or its move ("原创文章：20 → 40",
# "培训场次：2 → 6") counts efforts — the Chinese form of decision 2672 --------------------------
@pytest.mark.parametrize(
    "kr",
    [
        "原创文章：20 → 40",
        "培训场次：2 → 6",
        "直播场次：4场 → 10场",
        "技术博客：4 → 10篇",
        "行业沙龙：3 场",
        "短视频：12 → 30 条",
        "客户回访次数：80 → 150",
        "线下宣讲会：5场（华东、华南）",
        "培训场次：50+场",
    ],
)
def test_3721_zh_effort_label_then_count_is_an_activity_count(kr: str) -> None:
    assert status(zh_kr(kr), "kr-activity-count") == "fail"


# guards: a measure of the people reached, named after the effort, stays a result
@pytest.mark.parametrize(
    "kr",
    [
        "文章阅读量：2万 → 5万",
        "直播观看人数：500 → 2000",
        "培训满意度：4.2 → 4.6",
        "课程完课率：40% → 65%",
        "活动报名人数：200 → 500",
        "视频播放量：8000 → 30000",
        "安装量：0 → 10,000（6月）",
    ],
)
def test_3721_zh_measures_after_an_effort_stay_results(kr: str) -> None:
    assert status(zh_kr(kr), "kr-activity-count") == "pass"
    assert status(zh_kr(kr), "kr-is-task") == "pass"

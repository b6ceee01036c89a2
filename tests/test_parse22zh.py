"""Pasted Chinese pages, twenty-second round (issue 8 item 5; decisions 2180-2199, parse22zh).

Every wording here is written for these tests (no real page's sentence)."""

from __future__ import annotations

import pytest

from coach.review import parse


def shape(text: str) -> list[tuple[str, list[str]]]:
    d = parse(text)
    return [
        (o.text.rstrip("。."), [k.text.rstrip("。.") for k in o.key_results]) for o in d.objectives
    ]


# --- 2180: "目标二、" is the objective's label once the line is read as an objective -------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "目标一、提升研发交付速度\n- 需求平均交付周期从 21 天缩短到 14 天\n\n"
            "目标二、提升线上质量\n- 单元测试覆盖率达到 70%\n",
            [
                ("提升研发交付速度", ["需求平均交付周期从 21 天缩短到 14 天"]),
                ("提升线上质量", ["单元测试覆盖率达到 70%"]),
            ],
        ),
        (
            "## 目标三、打造高绩效团队\n\n1. 核心岗位招聘完成率 100%\n2. 主动离职率控制在 8% 以内\n",
            [("打造高绩效团队", ["核心岗位招聘完成率 100%", "主动离职率控制在 8% 以内"])],
        ),
        (
            "**目标1、扩大华东渠道**\n- 新增经销商 30 家\n**目标2、提升口碑**\n- 好评率达到 95%\n",
            [("扩大华东渠道", ["新增经销商 30 家"]), ("提升口碑", ["好评率达到 95%"])],
        ),
    ],
)
def test_goal_comma_label_is_cut(text: str, want: list[tuple[str, list[str]]]) -> None:
    assert shape(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # numbered targets under a labelled objective stay its key results (the structure a
        # label read at line level changed: decision 2180's guard)
        (
            "年度目标：成为本地最受欢迎的社区书店\n目标一、会员数从 800 增长到 2000\n"
            "目标二、月均活动场次达到 12 场\n",
            1,
        ),
        # a two-level list under "目标一、…": its outer items are the objectives, as before
        (
            "目标一、提升门店业绩\n- 提升客单价\n  - 客单价达到 80 元\n- 扩大会员\n  - 会员达到 5000 人\n",
            2,
        ),
        (
            "O1 提升门店业绩\n1. 目标1、客单价达到 80 元\n2. 目标2、会员达到 5000 人\n",
            1,
        ),
    ],
)
def test_goal_comma_keeps_structure(text: str, want: int) -> None:
    assert len(parse(text).objectives) == want


def test_goal_comma_numbers_stay_wording() -> None:
    # "目标1、2" counts goals: no label; a key result keeps its words
    d = parse("目标：提升门店业绩\n- 目标1、2 的门店全部完成改造\n")
    assert [k.text for k in d.objectives[0].key_results] == ["目标1、2 的门店全部完成改造"]


# --- 2181: a decorated heading naming its part in brackets is that part's heading -------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "## 🎯 核心靶心（项目的主要目标）\n\n1. 做出社区里最顺手的中文笔记插件\n\n"
            "## 🗺️ 战略地图（KEY RESULT：关键结果）\n\n- GitHub star 从 800 增长到 3000\n"
            "- 月活跃贡献者达到 25 人\n",
            [
                (
                    "做出社区里最顺手的中文笔记插件",
                    ["GitHub star 从 800 增长到 3000", "月活跃贡献者达到 25 人"],
                )
            ],
        ),
        (
            "## ⭐ 我们要去哪里（目标）\n\n1. 成为华东中小商家首选的收银工具\n\n"
            "## 📈 怎么算到了（Key Results）\n\n1. 签约门店从 1200 家增加到 3000 家\n",
            [("成为华东中小商家首选的收银工具", ["签约门店从 1200 家增加到 3000 家"])],
        ),
        (
            "### 🧭 方向（Objective）\n- 让夜班护士交接不再漏项\n\n### ✅ 衡量（KR）\n- 交接漏项从每周 6 次降到 1 次\n",
            [("让夜班护士交接不再漏项", ["交接漏项从每周 6 次降到 1 次"])],
        ),
        (
            # the bracket names no part, but the next heading is the key results' part
            "## 🚀 北极星（本季度最重要的事）\n\n- 让付费会员翻一番\n\n"
            "## 📊 衡量标准（关键结果）\n\n- 付费会员从 2 万增长到 4 万\n",
            [("让付费会员翻一番", ["付费会员从 2 万增长到 4 万"])],
        ),
    ],
)
def test_decorated_section_headings(text: str, want: list[tuple[str, list[str]]]) -> None:
    assert shape(text) == want


def test_decorated_objective_heading_alone_is_an_objective() -> None:
    # no key results' part below: "（主要目标）" tags the heading, which is the objective
    d = parse("## 🎯 提升用户留存（主要目标）\n- 次月留存从 30% 提升到 40%\n")
    assert len(d.objectives) == 1 and "提升用户留存" in d.objectives[0].text
    assert [k.text for k in d.objectives[0].key_results] == ["次月留存从 30% 提升到 40%"]


# --- 2182: a table's 核心目标 column or top row holds the objective ---------------------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "| 核心目标 | 关键结果 | 负责人 |\n| --- | --- | --- |\n"
            "| 让支付系统稳如磐石 | 支付成功率 ≥ 99.9% | 张三 |\n|  | 平均支付耗时低于 800 毫秒 | 李四 |\n",
            [("让支付系统稳如磐石", ["支付成功率 ≥ 99.9%", "平均支付耗时低于 800 毫秒"])],
        ),
        (
            "| 主要目标 | 关键结果 |\n| --- | --- |\n| 把图书馆变成学生愿意待的地方 | 日均到馆人次从 300 增到 500 |\n",
            [("把图书馆变成学生愿意待的地方", ["日均到馆人次从 300 增到 500"])],
        ),
        (
            "| 核心目标 | 建立数据驱动的运营体系 |\n| --- | --- |\n"
            "| KR1 | 核心指标看板覆盖全部 6 条业务线 |\n| KR2 | 周报自动化率达到 80% |\n",
            [
                (
                    "建立数据驱动的运营体系",
                    ["核心指标看板覆盖全部 6 条业务线", "周报自动化率达到 80%"],
                )
            ],
        ),
        (
            "| O | 让新店三个月内盈亏平衡 |\n| --- | --- |\n| KR1 | 月营业额达到 25 万元 |\n",
            [("让新店三个月内盈亏平衡", ["月营业额达到 25 万元"])],
        ),
    ],
)
def test_core_objective_tables(text: str, want: list[tuple[str, list[str]]]) -> None:
    assert shape(text) == want


def test_kind_column_header_stays_header() -> None:
    # "| 类型 | 内容 |": the header names the columns, no objective of its own
    d = parse(
        "| 类型 | 内容 |\n| --- | --- |\n| O | 建立数据驱动的运营体系 |\n| KR1 | 看板覆盖全部 6 条业务线 |\n"
    )
    assert [o.text for o in d.objectives] == ["建立数据驱动的运营体系"]


# --- 2183: a bold KR name over bullets of figures is one key result, its measures below --------
@pytest.mark.parametrize(
    ("text", "krs"),
    [
        (
            "## 目标：让客服工单不再积压\n\n**KR1.1：自动化与审核覆盖率**\n"
            "- ≥90% 的常见工单由机器人首轮答复\n- 人工复核比例 ≤ 5%\n\n"
            "**KR1.2：响应时长**\n- 首次响应中位数从 4 小时降到 1 小时\n",
            [
                "自动化与审核覆盖率：≥90% 的常见工单由机器人首轮答复；人工复核比例 ≤ 5%",
                "响应时长：首次响应中位数从 4 小时降到 1 小时",
            ],
        ),
        (
            "O1 让新用户更快上手\n\n**关键结果1：激活速度**\n- 注册到首次建项目的时间缩短到 10 分钟以内\n",
            ["激活速度：注册到首次建项目的时间缩短到 10 分钟以内"],
        ),
        (
            # a Notion page: the key result's name is a heading of its own
            "## O1：让线上服务稳如磐石\n### KR1：可用性\n- 核心接口可用性 ≥ 99.95%\n- P0 故障数为 0\n"
            "### KR2：发布质量\n- 回滚率低于 3%\n",
            ["可用性：核心接口可用性 ≥ 99.95%；P0 故障数为 0", "发布质量：回滚率低于 3%"],
        ),
    ],
)
def test_bold_kr_name_over_measures(text: str, krs: list[str]) -> None:
    assert shape(text)[0][1] == krs


def test_two_measures_under_a_kr_name_are_compound() -> None:
    from coach.review import review

    r = review(
        "目标：本季度让客服工单不再积压\n**KR1：自动化与审核覆盖率**\n"
        "- ≥90% 的常见工单由机器人首轮答复\n- 人工复核比例 ≤ 5%\n"
    )
    assert any(f.rule_id == "kr-compound" and f.target == "o1.kr1" for f in r.findings)


@pytest.mark.parametrize(
    "text",
    [
        # work under a bold key result: its bullets carry no figure, read as before
        "目标：让官网焕然一新\n**KR1：上线新版官网**\n- 完成设计稿\n- 完成前端开发\n",
        # a plain (not bold) key result line over its bullets, read as before
        "目标：让客服工单不再积压\nKR1：自动化与审核覆盖率\n- ≥90% 的常见工单由机器人首轮答复\n",
    ],
)
def test_kr_name_guards(text: str) -> None:
    krs = [k.text for k in parse(text).objectives[0].key_results]
    assert len(krs) >= 2 and not any("：" in k for k in krs)

"""Chinese layouts from published OKRs (round 8, real drafts; decisions 410–417): each test is a
draft written here in that layout, with the reading a person gives it."""

from __future__ import annotations

from coach import parse, review
from coach.facts.owner import find_owner
from coach.facts.timeframes import find_timeframe, has_deadline
from coach.parse_tables import role_of


def shape(text: str) -> list[tuple[str, list[str]]]:
    d = parse(text)
    return [(o.text, [k.text for k in o.key_results]) for o in d.objectives]


def statuses(text: str, rule: str) -> list[str]:
    """The checklist verdict of `rule` on every item it judges, in order."""
    rv = review(text)
    out = []
    for o in rv.objectives:
        for item in (o, *o.key_results):
            out += [c.status for c in item.checks if c.rule_id == rule]
    return out


# -- decision 410: a label heading whose wording stands below it ------------------------------


def test_an_emoji_objective_heading_then_its_wording_after_a_blank_line() -> None:
    text = (
        "# 摄影学习计划 - OKR\n\n## 🎯 Objective（目标）\n\n"
        "**一年内拍出能参加市级影展的风光作品。**\n\n---\n\n## 📊 Key Results（关键结果）\n\n"
        "| KR | 描述 | 权重 |\n|----|------|------|\n"
        "| **KR1** | 投稿市级影展至少3次 | 40% |\n| **KR2** | 作品集整理出30张精选 | 60% |"
    )
    assert shape(text) == [
        ("一年内拍出能参加市级影展的风光作品。", ["投稿市级影展至少3次", "作品集整理出30张精选"])
    ]


def test_an_objective_heading_over_a_list_still_takes_the_list() -> None:
    # The wording below a label heading is one lone paragraph; a list under it is its key
    # results, as before.
    text = "## Objective\n\n- 把新人带教做成体系\n  - KR1：带教手册覆盖10个岗位\n"
    assert [o.text for o in parse(text).objectives] == ["把新人带教做成体系"]


# -- decision 411: a Chinese heading, a sentence that explains it, then labelled KRs ----------


def test_a_heading_explained_by_a_paragraph_over_kr_lines_is_the_objective() -> None:
    text = (
        "### **【体验】让门店收银排队不再超过三分钟** @周岚(小周)@顾晨\n\n"
        "围绕高峰时段的收银动线和自助设备，先在华东二十家门店试点。\n\n"
        "KR1：高峰时段平均排队时长从 6 分钟降到 3 分钟 @周岚(小周)\n\n"
        "KR2: 自助收银使用率达到 35% @顾晨"
    )
    objectives = parse(text).objectives
    assert len(objectives) == 1
    assert objectives[0].text.startswith("【体验】让门店收银排队不再超过三分钟")
    assert [k.text for k in objectives[0].key_results] == [
        "高峰时段平均排队时长从 6 分钟降到 3 分钟 @周岚(小周)",
        "自助收银使用率达到 35% @顾晨",
    ]
    assert "试点" not in objectives[0].text


def test_a_title_heading_over_a_paragraph_and_kr_lines_is_not_an_objective() -> None:
    # "2026 Q1 OKR" names the set: the objective is still the line right above the KRs.
    text = "## 2026 Q1 OKR\n\n让新员工第一周就能独立接单\n\nKR1：新人首周独立接单率 80%"
    assert shape(text) == [("让新员工第一周就能独立接单", ["新人首周独立接单率 80%"])]


# -- decisions 412–413: a table's target column ----------------------------------------------


def test_a_column_name_with_a_bracketed_period_keeps_its_role() -> None:
    assert role_of("Target（Q3 末）") == "target"
    assert role_of("Baseline（Q2 末）") == "baseline"
    assert role_of("目标值(年底)") == "target"


_TARGET_TABLE = (
    "### 公司 OKR\n\n**O1：让老客户愿意续约**\n\n"
    "| KR | Baseline（Q2 末） | Target（Q3 末） |\n|----|------|------|\n"
    "| KR1：季度续约率 | 71% | 85% |\n| KR2：客户成功手册 | 无 | 上线并培训全员 |\n\n"
    "**O2：让风险客户早一点被看见**\n\n"
    "| KR | Baseline | Target |\n|----|------|------|\n"
    "| KR1：健康度看板上线 | 无 | Q3W5 上线 |\n| KR2：风险客户回访覆盖率 | 0% | 100%（每月） |"
)


def test_key_results_in_a_table_with_a_target_column_parse_with_their_objectives() -> None:
    assert shape(_TARGET_TABLE) == [
        ("让老客户愿意续约", ["季度续约率", "客户成功手册"]),
        ("让风险客户早一点被看见", ["健康度看板上线", "风险客户回访覆盖率"]),
    ]


def test_the_target_column_gives_the_number_and_the_period() -> None:
    # Deadline: the Target column's header names Q3's end; "Q3W5 上线" in a cell is a date; a
    # monthly cadence is no deadline.
    assert statuses(_TARGET_TABLE, "kr-no-deadline") == ["pass", "pass", "pass", "fail"]
    # Quantified: "85%" and "100%" in the target cells; "上线并培训全员" and a date alone are not.
    assert statuses(_TARGET_TABLE, "kr-not-quantified") == ["pass", "fail", "fail", "pass"]


# -- decision 414: a fiscal year's end, two months with a slash -------------------------------


def test_a_fiscal_years_end_and_a_two_month_title_are_deadlines() -> None:
    assert has_deadline("在财年结束前完成全部存量迁移", "zh")
    assert has_deadline("本财年内上线", "zh")
    assert has_deadline("**2024 5/6双月OKR**", "zh")
    assert has_deadline("11、12月冲刺目标", "zh")


def test_a_ratio_before_a_monthly_average_is_no_month_pair() -> None:
    found = find_timeframe("完成比例 3/4月均值以上", "zh")
    assert found is None or "/" not in found[0].text


def test_a_two_month_title_covers_its_key_results() -> None:
    text = "**2024 5/6双月OKR**\n\n- O1：把直播间转化做上去\n  - KR1：直播间下单转化率 4%"
    assert statuses(text, "kr-no-deadline") == ["pass"]


# -- decision 415: a Latin owner word is a whole word -----------------------------------------


def test_leading_in_brackets_names_no_lead() -> None:
    assert find_owner("注册转化率从 3% 到 5%（leading indicator）") is None
    assert find_owner("Grow weekly actives to 9k (lead: Ines)") is not None


# -- decisions 416–417: lines under a title ---------------------------------------------------


def test_an_owner_line_after_a_written_on_line_covers_every_section() -> None:
    text = (
        "# 《家庭理财手册》— OKR\n\n> 编写时间：2025-09-01\n> 负责人：林晓\n\n---\n\n"
        "## Objective 1\n\n**写完手册初稿**\n\n### Key Results\n\n- **KR1：** 写完 8 章正文\n\n"
        "## Objective 2\n\n**让读者愿意推荐给朋友**\n\n### Key Results\n\n- **KR1：** 试读推荐率 60%"
    )
    assert statuses(text, "kr-no-owner") == ["pass", "pass"]


def test_the_date_a_plan_was_written_is_no_deadline() -> None:
    text = (
        "# 书法练习 OKR\n\n## 📅 规划时间：2025-03-02\n\n## 🎯 Objective（目标）\n\n"
        "**写出一幅能挂在客厅的楷书作品。**\n\n## 📊 Key Results（关键结果）\n\n"
        "- KR1：临帖 120 页\n- KR2：请两位老师点评作品"
    )
    assert statuses(text, "kr-no-deadline") == ["fail", "fail"]


# -- decision 418: the period a figure is compared with is no qualitative clause ----------------


def test_an_objective_that_only_moves_a_figure_against_last_month_is_a_metric() -> None:
    def metric(objective: str) -> list[str]:
        text = f"O1：{objective}\n- KR1：下单转化率从3%提升到5%（负责人：王芳，6月底前）"
        return statuses(text, "objective-is-metric")

    assert metric("环比12月，打水印的商品总数提高40%") == ["fail"]
    assert metric("较上季度，复购率提升5个百分点") == ["fail"]
    # A qualitative clause beside the comparison keeps it an objective.
    assert metric("深耕华南渠道，环比12月营收增长25%") == ["pass"]


# -- decision 419: numbers that name code or a standard ---------------------------------------


def test_numbers_in_code_or_after_a_standards_acronym_are_no_target() -> None:
    text = (
        "## 2026 H1 OKR\n\n### Objective 1：让门禁系统稳定可靠\n\n"
        "- KR1：`gate_ctrl` 默认走 `mode=2` 串口协议，配置文件统一用 UTF-8 编码\n"
        "- KR2：开门指令往返延迟从 800ms 降到 300ms\n"
        "- KR3：把 `max_retry` 从 5 次降到 2 次以内"
    )
    assert statuses(text, "kr-not-quantified") == ["fail", "pass", "pass"]


def test_a_progress_range_after_a_spaced_quarter_is_no_target() -> None:
    text = (
        "OKR\n   O1:会员中台落地上线\n"
        "        KR1:完成会员积分接口开发(java,go等)   Q2   0%-30%\n"
        "        KR2:会员积分核销率从 20% 提升到 45%   Q2   10%-40%"
    )
    assert statuses(text, "kr-not-quantified") == ["fail", "pass"]
    assert statuses(text, "kr-no-deadline") == ["pass", "pass"]


# -- traditional script (read at the parse since main's decision 378) ------------------------


def test_a_traditional_script_draft_gets_its_simplified_twins_verdicts() -> None:
    zh_tw = (
        "O1：成為全台灣門市最愛用的收銀系統\n- KR1：門市續約率從 80% 提升到 92%（負責人：林怡君）"
    )
    zh_cn = (
        "O1：成为全台湾门市最爱用的收银系统\n- KR1：门市续约率从 80% 提升到 92%（负责人：林怡君）"
    )
    assert statuses(zh_tw, "objective-not-inspiring") == statuses(zh_cn, "objective-not-inspiring")
    assert statuses(zh_tw, "kr-no-owner") == ["pass"]


# -- decision 411 (also): the points written under a labelled key result ----------------------


def test_points_under_a_labelled_key_result_are_not_key_results() -> None:
    text = (
        "5-6月OKR：\n# O1:环比4月，小程序下单用户数提高30%\n"
        "1. **KR1:优化下单流程（原型及开发）-下单转化率提高15%**\n·购物车合并\n·一键复购\n"
        "2. KR2:会员日引流-首购用户数提升20%\n"
    )
    assert shape(text) == [
        (
            "环比4月，小程序下单用户数提高30%",
            ["优化下单流程（原型及开发）-下单转化率提高15%", "会员日引流-首购用户数提升20%"],
        )
    ]
    listed = (
        "## O1: 做出可靠的客服质检模型\n* KR1.1: 质检模型在以下维度上与人工一致：\n"
        "* 礼貌用语\n* 问题解决\n* KR1.2: 人工复核量减少40%"
    )
    assert shape(listed) == [
        ("做出可靠的客服质检模型", ["质检模型在以下维度上与人工一致：", "人工复核量减少40%"])
    ]

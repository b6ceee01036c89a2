"""Chinese pages, twentieth round (decisions 1800-1805): layouts of Chinese OKR pages studied on
the web (HR guides, tool exports, personal blogs, WeChat case articles, review tables, mind maps)
and re-written here in words of our own; each page test failed before its decision, the guards
keep what the new readings must not swallow."""

from __future__ import annotations

import pytest

from coach import review
from coach.facts.grades import grade_tail
from coach.parse import parse_text as parse


def shape(text: str) -> list[tuple[str, list[str]]]:
    return [(o.text, [k.text for k in o.key_results]) for o in parse(text).objectives]


def wording(text: str) -> str:
    at = grade_tail(text)
    return text[:at].rstrip() if at is not None else text


# Decision 1800: a blogger's look back and an article's comment under the items are remarks.
def test_look_back_under_each_objective_is_a_remark() -> None:
    text = (
        "我的第三季度OKR\n\n"
        "O1：把身体练回大学时的状态\n"
        "KR1：每周跑步3次，累计跑量达到150公里\n"
        "KR2：体脂率从24%降到19%\n"
        "得分：0.6\n"
        "复盘：前两个月坚持得不错，八月出差太多断了。\n\n"
        "O2：英语能直接开会\n"
        "KR1：每周用英语主持1次组会\n"
        "心得：组会效果最好。\n"
    )
    assert shape(text) == [
        ("把身体练回大学时的状态", ["每周跑步3次，累计跑量达到150公里", "体脂率从24%降到19%"]),
        ("英语能直接开会", ["每周用英语主持1次组会"]),
    ]


def test_article_comment_after_the_key_results_is_a_remark() -> None:
    text = (
        "案例三：一家连锁烘焙店\n"
        "目标（O）：成为本市年轻人周末最想去的面包店\n"
        "关键结果（KR）：\n"
        "KR1 周末客流从每天400人增长到700人\n"
        "KR2 新品复购率达到30%\n"
        "点评：这个目标很有画面感，关键结果也都能数出来。\n"
    )
    assert shape(text) == [
        (
            "成为本市年轻人周末最想去的面包店",
            ["周末客流从每天400人增长到700人", "新品复购率达到30%"],
        )
    ]


def test_a_measured_line_about_look_backs_stays_a_key_result() -> None:
    # guard: "复盘" is a remark's key only before a colon
    text = "目标：让每个项目都留下经验\n关键结果1：项目复盘会覆盖率达到100%\n"
    assert shape(text) == [("让每个项目都留下经验", ["项目复盘会覆盖率达到100%"])]


# Decision 1801: "OKR 2" on a line of its own opens the next block.
@pytest.mark.parametrize("counter", ["OKR 2", "OKR2", "【OKR 2】", "第二组OKR", "## OKR 2"])
def test_block_counter_does_not_join_the_last_key_result(counter: str) -> None:
    text = (
        "OKR 1\n"
        "目标：让每个新用户三天内就用上核心功能\n"
        "关键结果1：新用户3日激活率从25%提升到45%\n"
        "关键结果2：新手引导完成率达到80%\n"
        f"{counter}\n"
        "目标：把付费用户留下来\n"
        "关键结果1：付费用户月流失率从6%降到3%\n"
    )
    assert shape(text) == [
        (
            "让每个新用户三天内就用上核心功能",
            ["新用户3日激活率从25%提升到45%", "新手引导完成率达到80%"],
        ),
        ("把付费用户留下来", ["付费用户月流失率从6%降到3%"]),
    ]


def test_a_key_result_about_okr_training_is_no_counter() -> None:
    text = "目标：让全员会写OKR\n关键结果1：完成OKR培训20场\nOKR培训满意度达到4.5分\n"
    krs = shape(text)[0][1]
    assert krs[0].startswith("完成OKR培训20场")
    assert "OKR培训满意度达到4.5分" in "".join(krs)


# Decision 1802: a label's bracketed note needs no separator after it.
def test_weight_in_brackets_right_after_the_kr_label() -> None:
    text = (
        "【钉钉OKR】行政部 2026年Q1\n"
        "O1【进行中】让员工觉得办公室好用\n"
        "KR1【权重40%】工位报修24小时内解决率达到95%\n"
        "KR2【权重30%】员工行政满意度从3.8分提升到4.5分\n"
        "O2【未开始】把办公成本管起来\n"
        "KR1【权重50%】人均办公耗材费用下降20%\n"
    )
    assert shape(text) == [
        (
            "让员工觉得办公室好用",
            ["工位报修24小时内解决率达到95%", "员工行政满意度从3.8分提升到4.5分"],
        ),
        ("把办公成本管起来", ["人均办公耗材费用下降20%"]),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "KR1【权重40%】：工位报修解决率达到95%",
        "KR1：工位报修解决率达到95%",
        "【KR1】工位报修解决率达到95%",
    ],
)
def test_labels_that_read_before_still_read(line: str) -> None:
    assert shape(f"目标：让员工觉得办公室好用\n{line}\n") == [
        ("让员工觉得办公室好用", ["工位报修解决率达到95%"])
    ]


# Decision 1803: "## 目标一" over a review table whose first row restates it.
def test_heading_over_review_table_is_no_empty_objective() -> None:
    text = (
        "# OKR 复盘\n"
        "## 目标一\n"
        "| OKR | 评分 | 发现的问题 |\n"
        "| --- | --- | --- |\n"
        "| 目标一：让客户投诉当天就有人管 | 0.7 | 交接慢 |\n"
        "| 关键结果一：投诉24小时响应率从60%提升到95% | 0.8 | 夜间无人 |\n"
        "## 目标二\n"
        "| OKR | 评分 | 发现的问题 |\n"
        "| --- | --- | --- |\n"
        "| 目标二：把知识库变成一线最先打开的工具 | 0.6 | 更新慢 |\n"
        "| 关键结果一：一线人员周使用率达到80% | 0.4 | 搜索差 |\n"
    )
    assert shape(text) == [
        ("让客户投诉当天就有人管", ["投诉24小时响应率从60%提升到95%"]),
        ("把知识库变成一线最先打开的工具", ["一线人员周使用率达到80%"]),
    ]


def test_an_empty_objective_before_another_label_stays() -> None:
    # guard: "目标一：" left empty, then "目标二：…" is a different objective: the empty one is
    # still shown (the coach says it has no wording)
    text = "目标一：\n目标二：把知识库做成一线最常用的工具\n关键结果1：周使用率达到80%\n"
    assert [o for o, _ in shape(text)] == ["", "把知识库做成一线最常用的工具"]


# Decision 1804: a run of progress and score cells after an objective is no wording.
def test_progress_and_score_after_an_exported_objective_are_cut() -> None:
    text = (
        "2026 Q2 · 张敏的OKR\n"
        "O1 让华东区域的渠道商愿意主动进货  进度 40%  得分 0.4\n"
        "KR1 华东渠道商月均进货额从80万提升到150万  进度 50%  权重 40%\n"
        "KR2 新签约渠道商12家  进度 25%\n"
    )
    o = parse(text).objectives[0]
    assert o.text == "让华东区域的渠道商愿意主动进货"
    assert [wording(k.text) for k in o.key_results] == [
        "华东渠道商月均进货额从80万提升到150万",
        "新签约渠道商12家",
    ]
    rv = review(text)
    fails = {c.rule_id for c in rv.objectives[0].checks if c.status == "fail"}
    assert "objective-is-metric" not in fails


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        ("让渠道商主动进货 完成度 70% 得分 0.6", "让渠道商主动进货"),
        ("留存率达到 40% 得分 0.6", "留存率达到 40%"),  # the target stays
        ("留存率达到 40% 0.6", "留存率达到 40%"),
        ("Lift the credit score 0.7", "Lift the credit score"),  # an English word is wording
        ("NPS from 30 to 45 0.7", "NPS from 30 to 45"),
    ],
)
def test_grade_tail_takes_the_whole_run_of_cells(text: str, cut: str) -> None:
    at = grade_tail(text)
    assert at is not None and text[:at] == cut


# Decision 1805: a mind map's outline: lines under a bare "关键结果".
def test_mind_map_lines_under_bare_label_are_key_results() -> None:
    text = (
        "市场部季度OKR\n"
        "目标\n"
        "提升品牌在年轻人中的存在感\n"
        "关键结果\n"
        "抖音账号粉丝从5万增长到20万\n"
        "品牌搜索指数提升50%\n"
        "举办4场校园活动，每场到场300人以上\n"
        "目标\n"
        "让销售线索质量明显变好\n"
        "关键结果\n"
        "有效线索占比从35%提高到60%\n"
        "线索到签约转化率达到8%\n"
    )
    assert shape(text) == [
        (
            "提升品牌在年轻人中的存在感",
            [
                "抖音账号粉丝从5万增长到20万",
                "品牌搜索指数提升50%",
                "举办4场校园活动，每场到场300人以上",
            ],
        ),
        ("让销售线索质量明显变好", ["有效线索占比从35%提高到60%", "线索到签约转化率达到8%"]),
    ]


@pytest.mark.parametrize(
    "lines",
    [
        "举办4场校园活动，每场到场\n300人以上\n",  # a line broken in two
        "线索到签约转化率\n从5%提高到8%\n",  # the second line starts with no figure but the first does not measure
    ],
)
def test_a_wrapped_key_result_stays_one(lines: str) -> None:
    text = f"目标\n让销售线索质量明显变好\n关键结果\n{lines}"
    krs = shape(text)[0][1]
    assert len(krs) == 1


# Decision 1806: "KR一：" numbers a key result as "目标一：" numbers an objective.
def test_key_results_numbered_in_chinese() -> None:
    text = (
        "O1：让财务月结不再加班\n"
        "KR一：月结周期从8天缩短到4天\n"
        "KR二：凭证差错率降到0.1%以下\n"
        "O2：让业务部门看懂成本\n"
        "KR一：每月10日前发布各部门成本报表\n"
    )
    assert shape(text) == [
        ("让财务月结不再加班", ["月结周期从8天缩短到4天", "凭证差错率降到0.1%以下"]),
        ("让业务部门看懂成本", ["每月10日前发布各部门成本报表"]),
    ]
    assert [k.id for k in parse(text).objectives[0].key_results] == ["o1.kr1", "o1.kr2"]


def test_kr_then_a_word_with_a_numeral_is_no_label() -> None:
    # guard: "KR一季度…" has no colon: "一" opens the wording
    text = "O1：让财务月结不再加班\n- KR一：月结周期从8天缩短到4天\n- KR一季度完成新系统上线\n"
    krs = shape(text)[0][1]
    assert krs[0] == "月结周期从8天缩短到4天"
    assert krs[1].startswith("KR一季度")


# Decision 1807: a weekly report's "本周完成：" and "下周计划：" under the key results.
def test_weekly_report_progress_and_plan_lines_are_remarks() -> None:
    text = (
        "【周报】第12周 OKR进展\n"
        "O1：让客户签约流程缩短一半\n"
        "- KR1：合同审批时长从5天缩短到2天\n"
        "- KR2：电子签约占比达到80%\n"
        "本周完成：上线电子签约模板\n"
        "下周计划：对接法务系统\n"
    )
    assert shape(text) == [
        ("让客户签约流程缩短一半", ["合同审批时长从5天缩短到2天", "电子签约占比达到80%"])
    ]


def test_a_key_result_about_this_weeks_completion_rate_stays() -> None:
    # guard: "本周完成率…" is wording, not the key "本周完成："
    text = "O1：让工单不过夜\n- KR1：工单本周完成率达到95%\n- KR2：本周完成率低于80%的组不超过1个\n"
    assert shape(text)[0][1] == ["工单本周完成率达到95%", "本周完成率低于80%的组不超过1个"]


# Decision 1808: a template guide's numbered parts, each with its quoted instructions.
TEMPLATE_GUIDE = (
    "一份可以直接套用的OKR模板\n"
    "1. 季度目标（Objective）\n"
    "> 用一句话写出本季度最想实现的改变，简短、有方向感。\n"
    "示例：\n"
    "让新员工入职第一周就能独立上手\n"
    "2. 关键结果（Key Results）\n"
    "> 每个目标配2-4个可衡量的结果。\n"
    "示例：\n"
    "- 新员工首周独立完成任务的比例从30%提升到70%\n"
    "- 入职满意度评分达到4.6分\n"
    "3. 行动计划（Actions）\n"
    "> 列出为达成关键结果要做的事。\n"
    "示例：\n"
    "- 每周整理一次入职问题清单\n"
    "- 录制10节岗位操作视频\n"
)


def test_template_guide_parts_are_headings_and_the_examples_are_items() -> None:
    assert shape(TEMPLATE_GUIDE) == [
        (
            "让新员工入职第一周就能独立上手",
            ["新员工首周独立完成任务的比例从30%提升到70%", "入职满意度评分达到4.6分"],
        )
    ]


def test_glossed_labels_on_a_real_draft_stay_labels() -> None:
    # guard: "目标（Objective）：…" and "关键结果（Key Results）：" over a list are a draft's labels
    text = (
        "目标（Objective）：让新员工一周上手\n"
        "关键结果（Key Results）：\n"
        "1. 首周独立完成任务比例达到70%\n"
        "2. 入职满意度达到4.6分\n"
    )
    assert shape(text) == [
        ("让新员工一周上手", ["首周独立完成任务比例达到70%", "入职满意度达到4.6分"])
    ]


# Decision 1809: "季度目标" alone over its wording is the objective's label.
def test_period_objective_label_alone_over_its_wording() -> None:
    text = (
        "季度目标（Objective）\n"
        "让新员工一周上手\n"
        "关键结果（Key Results）\n"
        "首周独立完成任务比例达到70%\n"
        "入职满意度达到4.6分\n"
    )
    assert shape(text) == [
        ("让新员工一周上手", ["首周独立完成任务比例达到70%", "入职满意度达到4.6分"])
    ]


def test_period_objective_title_over_labelled_items_stays_a_title() -> None:
    text = "季度目标\nO1：让新员工一周上手\nKR1：首周独立完成任务比例达到70%\n"
    assert shape(text) == [("让新员工一周上手", ["首周独立完成任务比例达到70%"])]


# Decision 1810: what an item aligns with, under the items of a tool's copy, is a remark.
@pytest.mark.parametrize("line", ["对齐：公司O2 提高经营效率", "承接：公司O2 提高经营效率"])
def test_alignment_reference_is_no_key_result(line: str) -> None:
    text = f"O1 降低交付成本\nKR1 单项目交付人天从120降到90\nKR2 复用组件覆盖率达到60%\n{line}\n"
    assert shape(text) == [("降低交付成本", ["单项目交付人天从120降到90", "复用组件覆盖率达到60%"])]


def test_english_aligned_to_line_is_no_key_result() -> None:
    text = "O1: Cut delivery cost\nKR1: Cut person-days per project from 120 to 90\nAligned to: company O2\n"
    assert shape(text) == [("Cut delivery cost", ["Cut person-days per project from 120 to 90"])]


def test_a_key_result_about_alignment_meetings_stays() -> None:
    text = "O1 降低交付成本\nKR1 单项目交付人天从120降到90\nKR2 对齐会议每周1次，覆盖率100%\n"
    assert shape(text)[0][1][1] == "对齐会议每周1次，覆盖率100%"


def test_report_section_naming_the_objective_over_its_wording() -> None:
    # 1809: "一、总体目标" over the wording, "二、关键结果" over the numbered key results
    text = (
        "2026年度街道便民服务中心工作目标\n"
        "一、总体目标\n"
        "让居民办事少跑腿、不求人\n"
        "二、关键结果\n"
        "（一）高频事项一窗通办比例达到90%\n"
        "（二）全年群众满意度不低于95%\n"
        "三、保障措施\n"
        "加强窗口人员培训，完善考核机制。\n"
    )
    assert shape(text) == [
        ("让居民办事少跑腿、不求人", ["高频事项一窗通办比例达到90%", "全年群众满意度不低于95%"])
    ]


@pytest.mark.parametrize("title", ["核心目标", "总体目标"])
def test_core_objective_title_over_labelled_items_stays_a_title(title: str) -> None:
    text = f"{title}\nO1：让居民办事少跑腿\nKR1：群众满意度不低于95%\n"
    assert shape(text) == [("让居民办事少跑腿", ["群众满意度不低于95%"])]


# Decision 1811: "KR(1)" labels; a self-score in brackets after the wording.
def test_key_results_numbered_in_brackets() -> None:
    text = (
        "1、O：让直播间成为品牌的第二门店\n"
        "   KR(1) 直播月GMV从50万提升到200万\n"
        "   KR(2) 直播间平均观看时长达到3分钟\n"
        "2、O：让会员觉得被重视\n"
        "   KR（1）：会员投诉率下降40%\n"
    )
    assert shape(text) == [
        (
            "让直播间成为品牌的第二门店",
            ["直播月GMV从50万提升到200万", "直播间平均观看时长达到3分钟"],
        ),
        ("让会员觉得被重视", ["会员投诉率下降40%"]),
    ]


def test_self_score_in_brackets_is_the_items_score() -> None:
    text = (
        "Q2 OKR 自评\n"
        "O1：让新版App平稳上线（自评0.7）\n"
        "KR1：上线后一周崩溃率低于0.1%（自评0.5）\n"
        "KR2：6月15日前完成灰度发布 —— 1.0\n"
    )
    o = parse(text).objectives[0]
    assert o.text == "让新版App平稳上线"
    assert o.extra["given"]["score"] == pytest.approx(0.7)
    k1, k2 = o.key_results
    assert k1.text == "上线后一周崩溃率低于0.1%"
    assert k1.extra["given"]["score"] == pytest.approx(0.5)
    assert wording(k2.text) == "6月15日前完成灰度发布"


def test_a_bracketed_aside_without_a_score_stays() -> None:
    # guard: "（含线上线下）" is no self-score
    text = "O1：让会员觉得被重视\nKR1：会员活动参与率达到30%（含线上线下）\n"
    assert shape(text)[0][1] == ["会员活动参与率达到30%（含线上线下）"]


# Decision 1812: a guide's wrong and right examples side by side.
def test_wrong_examples_are_prose_and_right_ones_items() -> None:
    text = (
        "错误示范 vs 正确示范\n"
        "❌ 错误的目标：做好销售工作\n"
        "✅ 正确的目标：让新客户愿意签第二单\n"
        "❌ 错误的关键结果：多拜访客户\n"
        "✅ 正确的关键结果：老客户二次签约率从15%提升到30%\n"
        "✅ 正确的关键结果：客单价从2万提高到3万\n"
    )
    assert shape(text) == [
        ("让新客户愿意签第二单", ["老客户二次签约率从15%提升到30%", "客单价从2万提高到3万"])
    ]


def test_status_signs_on_a_draft_are_no_contrast() -> None:
    # guard: ✅ / ❌ as a tracker's status, with no "错误的" / "正确的", keep every item
    text = (
        "目标：让新客户愿意签第二单\n✅ 老客户二次签约率从15%提升到30%\n❌ 客单价从2万提高到3万\n"
    )
    assert shape(text) == [
        ("让新客户愿意签第二单", ["老客户二次签约率从15%提升到30%", "客单价从2万提高到3万"])
    ]


# Decision 1813: a rule drawn with box or dash characters closes the card.
@pytest.mark.parametrize("rule", ["━━━━━━━━━━━━", "────────", "————————"])
def test_box_drawn_rule_is_no_wording(rule: str) -> None:
    text = (
        f"{rule}\n📋 OKR卡片\n周期：2026年第二季度\n{rule}\n"
        "O：让新用户第一周就离不开我们\n"
        "KR1：新用户7日留存从30%提升到45%\n"
        "KR2：新手任务完成率达到70%\n"
        f"{rule}\n"
    )
    assert shape(text) == [
        ("让新用户第一周就离不开我们", ["新用户7日留存从30%提升到45%", "新手任务完成率达到70%"])
    ]


def test_a_dash_inside_wording_stays() -> None:
    # guard: "——" between words is punctuation, not a rule
    text = "O：让新用户留下来\nKR1：7日留存——核心指标——从30%提升到45%\n"
    assert shape(text)[0][1] == ["7日留存——核心指标——从30%提升到45%"]


# Decision 1814: "第一个目标是X。衡量标准有三条：" over a numbered list.
def test_objective_told_in_a_sentence_over_its_list() -> None:
    text = (
        "今年给自己定了两个目标。\n\n"
        "第一个目标是把副业做起来。衡量标准有三条：\n"
        "1. 公众号粉丝达到1万\n"
        "2. 副业月收入稳定在5000元以上\n\n"
        "第二个目标是陪家人多一点。\n"
        "1. 每月带父母出去玩1次\n"
        "2. 每周至少3天晚饭在家吃\n"
    )
    assert shape(text) == [
        ("把副业做起来", ["公众号粉丝达到1万", "副业月收入稳定在5000元以上"]),
        ("陪家人多一点。", ["每月带父母出去玩1次", "每周至少3天晚饭在家吃"]),
    ]


def test_a_sentence_with_a_figure_after_the_goal_is_left_alone() -> None:
    # guard: what follows the goal sentence says more than a lead-in: nothing is cut
    text = "第一个目标是把副业做起来。去年只赚了3000元。\n1. 公众号粉丝达到1万\n2. 副业月收入稳定在5000元以上\n"
    # (the lead-in "第一个目标是" is prose by decision 1789; the sentence after stays)
    assert shape(text)[0][0] == "把副业做起来。去年只赚了3000元。"


# Decision 1815: "公司O1：" / "部门KR1：", a level's word glued to the label.
def test_level_word_glued_to_the_label() -> None:
    text = (
        "公司O1：成为区域内最受信赖的物业品牌\n"
        "  部门KR1：业主满意度从78分提升到88分\n"
        "  部门KR2：报修一次解决率达到90%\n"
        "公司O2：让每个小区都更安全\n"
        "  部门KR1：门禁人脸识别覆盖率100%\n"
    )
    assert shape(text) == [
        ("成为区域内最受信赖的物业品牌", ["业主满意度从78分提升到88分", "报修一次解决率达到90%"]),
        ("让每个小区都更安全", ["门禁人脸识别覆盖率100%"]),
    ]
    rv = review(text)
    assert rv.objectives[0].key_results[0].owner is None  # the level is no owner


# Decision 1816: "目标一：X（关键结果：a；b）", the goal's number is no part of its wording.
def test_numbered_goal_with_its_key_results_in_brackets() -> None:
    text = (
        "目标一：提升门店坪效（关键结果：坪效从每平米3000元提升到4000元；滞销品占比降到5%以下）\n"
        "目标二：让店长带得动团队（关键结果：店员流失率低于15%；店长培训完成率100%）\n"
    )
    assert shape(text) == [
        ("提升门店坪效", ["坪效从每平米3000元提升到4000元", "滞销品占比降到5%以下"]),
        ("让店长带得动团队", ["店员流失率低于15%", "店长培训完成率100%"]),
    ]

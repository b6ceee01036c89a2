"""Pieces the check-in rules' examples are built from (an OKR set and good quadrants)."""

from __future__ import annotations

# The seed's words on the week's tasks: the principle of the rules about a task and its key
# result (checkin-task-unlinked, checkin-task-ref-ambiguous).
TASKS_PRINCIPLE = {
    "zh": "本周关注的任务：只有本周完成了这几件事，团队的目标才能向前推进",
    "en": "This week's tasks are the ones that move the objectives forward",
}

OKR_ZH = (
    "目标：本季度让新用户爱上我们的产品\n关键结果1：新用户7日留存率从35%提升到50%\n"
    "关键结果2：新手引导满意度达到4.5分\n\n"
)
TASKS_ZH = "本周关注的任务：\n- P1 上线新手引导第二版（KR1）\n- P2 给新手引导加满意度弹窗（KR2）\n"
PLAN_ZH = "未来四周的计划：\n- 第2周：复盘新手引导的留存数据，需要数据组支持\n"
CONF_ZH = "信心指数：7/10，与上周持平\n"
IND_ZH = "其他状态指标：\n- 团队士气：绿色\n- 数据平台：黄色\n"

OKR_EN = (
    "Objective: Make new users love the product this quarter\n"
    "KR1: Raise 7-day retention of new users from 35% to 50%\n"
    "KR2: Onboarding satisfaction at 4.5 out of 5\n\n"
)
TASKS_EN = (
    "This week's priorities:\n- P1 Ship onboarding v2 to every new sign-up (KR1)\n"
    "- P2 Add the satisfaction survey to onboarding (KR2)\n"
)
PLAN_EN = "Next four weeks:\n- Week 2: review onboarding retention data with the data team\n"
CONF_EN = "Confidence: 7/10, same as last week\n"
IND_EN = "Status indicators:\n- Team morale: green\n- Data platform: yellow\n"

# Two objectives, each with a KR1 and a KR2: "(KR1)" alone names neither (decision 5442).
OKR2_ZH = (
    "目标1：本季度让新用户爱上我们的产品\n关键结果1：新用户7日留存率从35%提升到50%\n"
    "关键结果2：新手引导满意度达到4.5分\n"
    "目标2：让老用户愿意把我们推荐给朋友\n关键结果1：NPS从20提升到40\n"
    "关键结果2：推荐注册占比从5%提升到12%\n\n"
)
OKR2_EN = (
    "Objective 1: Make new users love the product this quarter\n"
    "KR1: Raise 7-day retention of new users from 35% to 50%\n"
    "KR2: Onboarding satisfaction at 4.5 out of 5\n"
    "Objective 2: Make long-time users recommend us to friends\n"
    "KR1: NPS from 20 to 40\n"
    "KR2: Referred sign-ups from 5% to 12% of all sign-ups\n\n"
)

"""Round 45 (issue 8), helper zh45: the Chinese misses of two fresh outsider sets, fixed by class —
an owner named beside a helper in one bracket, a group's letters before its person, a person's
name before what their own set is for; decisions 6620-6649 (docs/principles.md). Every wording
here is the helper's own; each decision's cases failed before it, the neighbours must not move."""

from __future__ import annotations

import pytest

from coach import review
from tests.test_owner36 import owners

_SET = "目标：让每位学员都愿意把课上完\n关键结果1：{kr}\n关键结果2：结课满意度从4.1提高到4.6（负责人：马丽）\n"

# --- 6620: the owner beside a helper in one bracket ----------------------------------------------

_HELPED = [
    "数学平均分从88分提高到100分（数学课代表协助，周文负责）",
    "物理及格率从70%提高到85%（刘刚负责，物理组配合）",
    "续课率从55%提高到70%（教务协助，陈思负责）",
    "到课率从82%提升到95%（班长配合，王磊负责）",
    "退费率控制在3%以内（财务部协助，客服组负责）",
    "周末班报名人数从120人增加到200人（市场部支持，孙悦牵头）",
    "作业提交率从76%提高到92%（助教协助、林晓负责）",
    "家长满意度从4.0提高到4.5（班主任配合；赵敏负责）",
    "试听转化率从18%提高到30%（顾问组协同，何静牵头）",
    "线上课程完课率从40%提升到65%（运营协助，李想主责）",
    "新学员首月留存率从60%提高到75%（张伟负责，教务组协助）",
    "教材按时到位率达到98%（采购协助，后勤主任负责）",
    "口语均分从5.5提高到6.5（外教协助，唐静负责）",
]


_HELPER_ONLY = [
    "数学平均分从88分提高到100分（数学课代表协助）",
    "续课率从55%提高到70%（教务配合）",
    "到课率从82%提升到95%（需要班长协助）",
]


# --- 6621: a group's letters, its word for group, then its person --------------------------------

_LETTERED_GROUP = [
    "新签商户从120家增加到300家（BD组 周敏）",
    "系统可用率达到99.9%（IT组 王强）",
    "核心岗位到岗率达到95%（HR部 李娜）",
    "大客户续约率从70%提高到85%（KA组 刘洋）",
    "线上缺陷逃逸率降到2%以下（QA组 陈静）",
    "新版首页点击率从3%提高到5%（UI组 林晓）",
    "应收账款周转天数从60天缩短到45天（AR组 孙立）",
    "门店订货准确率达到98%（SC部 何斌）",
    "直播间转化率从2%提高到4%（MCN组 赵磊）",
    "工单一次解决率从70%提高到85%（CS组 钱芳）",
    "数据看板周活跃用户从50人增加到200人（BI组 吴昊）",
    "广告投产比从1.8提高到2.5（SEM组 郑洁）",
]


_STILL_OWNED = [
    "审计问题整改率达到100%（IT审计 何斌）",  # decision 6122: a field's letters before the post
    "报销差错率降到1%以下（高级会计 钱多多）",
    "新签商户从120家增加到300家（运营组 周敏）",
]


# --- 6622: a person's name, a blank, what their own set is for ---------------------------------

_BODY = (
    "\n目标：这次一定考过\n关键结果1：阅读模考从6.0提高到7.0\n关键结果2：听力模考从5.5提高到6.5\n"
)

_NAMED_TOPIC_TITLES = [
    "张一帆 雅思备考OKR",
    "李若彤 考研冲刺计划",
    "王浩 减脂计划（2026年上半年）",
    "陈思远 秋招目标",
    "刘畅 托福OKR",
    "赵雪 教资备考计划",
    "周宁 健身OKR",
    "孙悦 副业目标",
    "何佳 考证计划",
    "吴迪 转岗OKR",
    "郑洁 读书计划",
    "林小雨 钢琴考级目标",
]


_UNIT_TOPIC_TITLES = [
    "车间 提效OKR",
    "客服部 提效OKR",
    "王府井 旗舰店目标",
    "华东 区域OKR",
    "财务 降本OKR",
    "安全 生产目标",
    "高二（3）班 班级OKR",
]


# --- helpers for the wording decisions -----------------------------------------------------------


def _objective_fails(objective: str) -> set[str]:
    text = f"王芳 个人OKR（2026年Q1）\n目标：{objective}\nKR1：阅读模考从6.0提高到7.0\n"
    o = review(text).objectives[0]
    return {c.rule_id for c in o.checks if c.status == "fail"}


def _kr_fails(kr: str) -> set[str]:
    text = f"王芳 个人OKR（2026年Q1）\n目标：让身体撑得住每天的工作\nKR1：{kr}\n"
    k = review(text).objectives[0].key_results[0]
    return {c.rule_id for c in k.checks if c.status == "fail"}


# --- 6623: a pain or sleeplessness no longer felt is negative phrasing -------------------------

_PAINS = [
    "颈椎不再疼",
    "膝盖不再痛",
    "晚上不再失眠",
    "腰不再疼",
    "肩膀不再酸痛",
    "跑完步膝盖不疼",
    "偏头痛每月不超过2次",
    "头疼次数从每周3次降到1次",
    "久坐后腰痛发作次数减少一半",
    "失眠的夜晚从每周4晚降到1晚",
    "下午不再头疼",
    "每晚不再失眠到两点",
    "胃不再疼",
    "手腕不再痛",
    "脖子不再疼",
    "牙不再疼",
    "打完球脚踝不再痛",
]


_PAIN_POINTS = [
    "解决客户痛点",
    "挖掘用户痛点10个",
    "每天睡够7小时",
    "体重从68kg降到63kg",
]


# --- 6624: a test taken to a labelled score, and each part's floor beside it --------------------

_SCORES = [
    "托福考到100分",
    "一次考到总分7.0，单项不低于6.5",
    "考到总分7.5",
    "考研考到总分380",
    "期末数学考到120分",
    "雅思考到总分6.5，各单项不低于6.0",
    "托福考到105分，各科不低于24分",
    "高考考到600分，单科不低于100分",
    "中考考到总分650",
    "GRE考到总分325",
    "日语N2考到150分",
    "教资笔试考到总分80",
    "托福考到110分",
    "雅思考到平均分7.0",
    "SAT考到总分1450",
]


_NO_SCORE = [
    "让孩子考到理想的高中",
    "年底前考到CPA证书",
    "考到驾照",
    "做一个让学生喜欢的老师，单项不低于6.5",
]


# --- 6625: an arena won, then a rank in a table -----------------------------------------------

_WON_THEN_RANK = [
    "拿下黑五网一，把主推款做成类目Top 10",
    "打赢开学季，让书包单品冲进类目前五",
    "拿下双十一，主推款排名冲进类目前三",
    "拿下618，让新款防晒霜冲进类目TOP20",
    "打赢年货节，坚果礼盒冲进类目前十",
    "拿下华南渠道，门店数排名进入全省前三",
    "赢下暑期档，让新游戏冲进畅销榜单前50",
    "攻下母婴赛道，奶粉单品冲到类目第一",
    "拿下春招季，公司排名进入全市雇主榜单前十",
    "占领校园市场，App排名冲进教育类目前五",
    "抢下开学季流量，新品排名冲进类目前20",
    "拿下大促首日，爆款冲上类目第一",
]


_RANK_ONLY = [
    "冲进类目TOP10",
    "全市中考排名进入前十",
    "客户第一，复购率冲到全市第一",
    "拿下，冲进类目前10",
]


# --- 6626: merchants going live on the platform, counted by 家 ----------------------------------

_LIVE_PARTNERS = [
    "新商户上线300家",
    "上线新商户300家",
    "新商家上线200家",
    "优选商家上线120家",
    "新渠道商上线30家",
    "新经销商上线45家",
    "新加盟商上线18家",
    "社区团购新商户上线500家",
    "生鲜商户上线80家",
    "新代理商上线12家",
    "上线新商家150家",
    "县域新商户上线60家",
]
_LAUNCHES = [
    "新收银系统上线12家门店",
    "在5家门店上线自助收银",
    "商家后台上线",
    "经销商门户上线3家试点",
]

# --- 6627: a test's section by its skill, then its score -----------------------------------------

_SECTION_SCORES = [
    "写作大作文6.5分",
    "写作大作文6.5分（按雅思老师评分）",
    "写作6.5分",
    "阅读7.5分",
    "写作小作文6分",
    "雅思写作6.5分",
    "托福写作26分",
    "六级写作考到12分",
    "阅读部分8分",
    "雅思阅读8.0",
    "写作单项6.5分以上",
    "翻译部分12分",
    "口语部分7分",
    "托福阅读28分",
    "阅读单项7.5分",
    "四级写作10分",
]
_SKILL_WORK = ["写一篇论文", "阅读30本书", "每天阅读1小时"]

# --- 6628: a measure moved, then a bracket with the method's cadence ---------------------------

_METHOD_NOTES = [
    "口语模考分数从5.5提高到6.5（找外教 每两周测一次）",
    "口语模考分数从5.5提高到6.5（每两周测一次）",
    "体重从70kg降到65kg（每周游泳3次）",
    "复购率从20%提升到30%（每月做2次会员活动）",
    "听力模考从6.0提高到7.5（每天精听1篇）",
    "体脂率从28%降到24%（每周力量训练3次）",
    "五公里用时从32分钟缩短到28分钟（每周跑3次）",
    "数学月考均分从95提高到110（每周讲评2次）",
    "到店转化率从18%提高到25%（每周复盘1次）",
    "单词量从5000提高到8000（每天背50个）",
    "客户满意度从4.1提高到4.5（每月回访1次）",
    "托福模考从85提高到100（每周模考一次）",
    "血压从150降到130（每天快走2次）",
    "雅思口语从5.5提高到6.5（每周约外教练3次）",
    "引体向上从3个提高到10个（每周练4次）",
    "NPS从20提高到35（每季度调研1次）",
    "跳绳从每分钟120个提高到160个（每天练习1次）",
    "深蹲从60kg提高到80kg（每周练3次）",
]
_COUNTED_EFFORTS = ["拜访客户30家（每周至少2家）", "每周跑步3次（跑前热身）"]


# --- 6629: the heart's own wish (真心, 想去, 梦想中) is an end state ------------------------------

_OWN_WISHES = [
    "拿到一份自己真心想去的算法岗offer",
    "找到一份真心喜欢的工作",
    "拿到梦想中的offer",
    "进入自己最想进的公司",
    "做自己真心想做的设计",
    "去自己真心想去的城市工作",
    "考上梦想中的大学",
    "住进梦想中的小院",
    "拿到真心想去的那家设计院的实习",
    "开一家自己真心想做的小店",
    "转到自己最想做的产品岗",
    "拿下梦想中的第一份全职工作",
    "搬去自己真心想去的城市",
    "做一份真心喜欢的副业",
    "拿到梦想中的录取通知书",
    "过上梦想中的生活",
    "进一家真心想去的咖啡店工作",
]
_PLAIN_GOALS = ["拿到算法岗offer", "找到一份工作", "拿到一份实习"]

# --- 6630: a measure named inside a longer measure's name is one measure ------------------------

_TWO_MEASURES = [
    "提升客户满意度和续约率",
    "提升复购率和续约率",
    "提升好评率和续约率",
    "提高续约率和客单价",
    "提升NPS和续约率",
    "提高客户满意度和续约率",
    "提升门店满意度和续约率",
    "提升会员满意度和续约率",
    "提高完课率和续约率",
    "提升到店率和续约率",
    "提高转化率和续约率",
    "提升活跃率和续约率",
]
_ONE_MEASURE = ["提升续约率", "续约率从60%提升到75%", "提升客户满意度"]

_NO_GROUP = ["新签商户从120家增加到300家（SKU口径）", "毛利率提高到35%（GMV 口径）"]

# (draft, kr-no-owner on its first key result)
_OWNER_CASES = (
    [(_SET.format(kr=k), "pass") for k in _HELPED + _LETTERED_GROUP + _STILL_OWNED]
    + [(_SET.format(kr=k), "fail") for k in _HELPER_ONLY + _NO_GROUP]
    + [(t + _BODY, "pass") for t in _NAMED_TOPIC_TITLES]
    + [(t + _BODY, "fail") for t in _UNIT_TOPIC_TITLES]
)


@pytest.mark.parametrize(("text", "want"), _OWNER_CASES)
def test_who_owns_the_first_key_result(text: str, want: str) -> None:
    assert owners(text)[0] == want


# (wording, the rule, whether it fails)
_RESULT = ("kr-is-task", "kr-activity-count")
_KR_CASES = (
    [(k, ("kr-negative-phrasing",), True) for k in _PAINS]
    + [(k, ("kr-negative-phrasing",), False) for k in _PAIN_POINTS]
    + [(k, _RESULT, False) for k in _LIVE_PARTNERS + _SECTION_SCORES + _METHOD_NOTES]
    + [(k, _RESULT, True) for k in _LAUNCHES + _SKILL_WORK + _COUNTED_EFFORTS]
    + [(k, ("kr-compound",), True) for k in _TWO_MEASURES]
    + [(k, ("kr-compound",), False) for k in _ONE_MEASURE]
)
_OBJECTIVE_CASES = (
    [(o, "objective-is-metric", True) for o in _SCORES + _RANK_ONLY]
    + [(o, "objective-is-metric", False) for o in _NO_SCORE + _WON_THEN_RANK]
    + [(o, "objective-not-inspiring", False) for o in _OWN_WISHES]
    + [(o, "objective-not-inspiring", True) for o in _PLAIN_GOALS]
)


@pytest.mark.parametrize(("kr", "rules", "fails"), _KR_CASES)
def test_key_result_wordings(kr: str, rules: tuple[str, ...], fails: bool) -> None:
    assert bool(set(rules) & _kr_fails(kr)) is fails


@pytest.mark.parametrize(("objective", "rule", "fails"), _OBJECTIVE_CASES)
def test_objective_wordings(objective: str, rule: str, fails: bool) -> None:
    assert (rule in _objective_fails(objective)) is fails

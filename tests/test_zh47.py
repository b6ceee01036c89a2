"""Round 47 (issue 8), helper zh47: the Chinese misses of round 46's two outsider sets (blind46,
blind46b), fixed by class — two measures "均有明显提升", two moves said subject first, "fast"
handling after a time clause, people counted who win where they compete, things that cannot be
used, a state made better with a bare 更, posts sent into a chat group, choices finished (定完,
选好), pieces that reach a bar ("1篇10w+"), model units (示范…), a line of business alone, a rate
whose name holds 及时, "那么多"; decisions 6840-6852 (docs/principles.md). Every wording here is
the helper's own, none is a set's text; the neighbours must not move."""

from __future__ import annotations

import pytest

from tests.test_zh46 import _kr_fails, _objective_fails

# --- 6840: two measures, then 均/都 and words of degree or getting before the move -------------

_BOTH_DEGREE = [
    "复购率和客单价都有较大提高",
    "好评率、回头率均得到显著改善",
    "出勤率和完课率都实现稳步增长",
    "满意度和推荐率都要有明显的提升",
    "到课率、作业提交率均有明显提高",
    "续费率和转介绍率都有一定提升",
    "上座率和复购率均有大幅度提升",
    "门店客流和客单价都有一定增长",
    "签约率与回款率均有显著提高",
    "合格率、一次通过率都得到明显提升",
    "打开率和点击率都有较大提升",
    "预约率和到诊率均有所提高",
]

_BOTH_DEGREE_ONE = [
    "及格率有明显提升",
    "各门店复购率均有明显提升",  # one measure for several groups (4524)
    "华东和华南门店复购率都有明显提升",
    "客户满意度明显提升",
]


# --- 6841: two measures, each named before its own move, no figure ---------------------------

_MOVED_PAIRS = [
    "退货减少，同时好评率上升",
    "客流增加，同时客单价提升",
    "销售额提升，毛利率提高",
    "销售额提升并且毛利率提高",
    "排队时间缩短，同时复诊率提高",
    "迟到次数减少，同时出勤率提高",
    "空置率下降，同时租金收入增加",
    "备课时长缩短，同时课堂满意度提升",
    "库存周转天数缩短并且缺货率降低",
    "投诉量下降，会员活跃度上升",
    "能耗降低，同时产量增加",
    "报名人数增加，同时退费率下降",
]

_MOVED_ONE = [
    "客户满意度提升，让更多客户愿意推荐",  # a purpose (6431)
    "提升并保持客户满意度",  # one object
    "满意度提升，满意度持续提升",  # the same measure twice
    "客户满意度明显提升",
]


# --- 6842: handling "fast" after a time clause is 6720's vague change, not a launch ------------

_WHEN_PROMPT = [
    "上线后快速响应客户需求",
    "开业后快速处理顾客投诉",
    "接到报修后迅速处理",
    "新系统上线后第一时间解答用户疑问",
    "活动期间客服快速回复买家咨询",
    "夜间值班时迅速处置病房呼叫",
    "收到差评后尽快回复",
    "大促期间快速处理售后工单",
    "退货到仓后快速办理退款",
    "改版后快速跟进用户反馈",
    "停电时迅速响应住户求助",
    "开学之后迅速解答家长咨询",
]

_WHEN_WORK = [
    "上线后快速迭代新版本",  # work done fast
    "上线后快速完成数据迁移",
    "快速上线新版报修小程序",
    "上线后快速处理投诉，并建立回访机制",  # a later clause of work (6720)
]


# --- 6843: people counted, with the team's scope before them or where they compete, who win ---

_PEOPLE_WIN = [
    "科室2名护士在全市技能比武中获一等奖",
    "团队内2名工程师通过高级认证",
    "组内2名青年教师通过职称评审",
    "组内3名老师的公开课获区级一等奖",
    "科室3名护士在全市技能比武中获第一名",
    "店里2名理发师在全市美发大赛中获金奖",
    "本组4名老师在市级说课比赛中获二等奖",
    "部门内3名会计在岗位技能竞赛上获得三等奖",
    "车间2名焊工在省级技能大赛中拿到银奖",
    "班组2名电工在集团技术比武中获冠军",
    "全组2名青年教师在区级评比中都获一等奖",
    "组内5名学生在市级作文比赛中获二等奖",
]

_HIRED = [
    "新增持证电工2名",
    "招聘2名获得过一等奖的教师",
    "组内新增2名青年教师",
    "科室补招2名护士",
]


# --- 6844: what cannot be used or does not run normally is a bad state -----------------------

_UNUSABLE = [
    "不可用设备比例从10%降到3%",
    "不能用的共享单车占比从15%降到5%",
    "不正常的路灯从40盏减少到10盏",
    "不可用的自助借还机从6台减少到1台",
    "运行不正常的电梯数降至2台以下",
    "不可用工位占比降到2%以内",
    "不可用房间数从12间降到4间",
    "不正常交易笔数降至每月5笔以内",
    "不可用的充电桩从9个减少到2个",
    "不能用的投影仪从7台降到1台",
    "不可用床位占比从6%降到2%",
    "运转不正常的冷柜从5台降到1台",
]

_USABLE = [
    "不可用时间占比由2%降到0.5%",  # a share of downtime stays a duration (6812, 27)
    "设备可用率从90%提升到97%",
    "路灯正常运行率达到99%",
    "充电桩可用数量从40个增加到60个",
]


# --- 6845: a state said to be better with a bare 更 is a vague change, not work ---------------

_BARE_MORE = [
    "普通话发音更标准",
    "服务更规范",
    "讲解更专业一点",
    "门店陈列更标准",
    "英语口语更流利一点",
    "字写得更工整一点",
    "店面更整洁一些",
    "报价单更专业",
    "课件排版更美观一点",
    "交接记录更完整",
    "接待流程更顺",
    "解说词更生动一些",
]

_MORE_WORK = [
    "编写更规范的操作手册",  # a document to write (6061)
    "系统版本更新",  # 更新 is a verb
    "门店设备更换",
    "更新会员系统",
]


# --- 6846: posts sent into a chat group, counted per cadence, are an activity count ----------

_GROUP_POSTS = [
    "每周在粉丝群发5条福利信息",
    "每周在客户群发3条新品信息",
    "每周往会员群发3条穿搭干货",
    "每周在VIP客户群发2条专属优惠",
    "每天在学员群发1条打卡提醒",
    "每周在会员群里发3条营养知识",
    "每周在粉丝群里发5条上新预告",
    "每周在家长群推送2篇育儿文章",
    "每周在车友群发2条保养提示",
    "每天在业主群发1条物业通知",
    "每周在书友群发4条新书推荐",
    "每月在会员群发6条活动预告",
]

_GROUP_OUTCOMES = [
    "每周会员群新增30人",
    "每周新增会员30人",
    "每月在客户群成交20单",
    "会员群消息打开率从20%提升到35%",
]


# --- 6847: a choice finished — 定完, 选好, 选完, 选出, 挑好, 挑完, 挑出 — is a decision, a task ------

_CHOICES = [
    "9月底前定完40个直播链接",
    "月底前选好3家供应商",
    "月底前挑完20款新品",
    "月底前选完30个直播选品",
    "6月前选出5名学员代表",
    "国庆前挑好8个团购套餐",
    "本月定完12个探店达人",
    "开学前选好4本共读书目",
    "下周五前挑出10款主推商品",
    "月底前选出2个试点门店",
    "双十一前定完60个活动款",
    "季度末前选好1家物流服务商",
]

_CHOSEN_OUTCOMES = [
    "选出的优秀作品占比达到30%",
    "选好供应商后采购成本下降10%",
    "主推商品销量从200件提升到500件",
]


# --- 6848: pieces counted with the reach each one gets are an outcome, not posting -----------

_PIECES_OVER_BAR = [
    "每月1篇10w+",
    "每月2篇阅读10万+的文章",
    "每季度3条点赞过万的视频",
    "每周2条笔记点赞1000+",
    "每月产出2篇10万+爆文",
    "每月1条抖音播放100w+",
    "每季度1支播放破百万的短片",
    "每月1场直播观看过万",
    "每月2条视频播放5万+",
    "每周1篇笔记收藏2000+",
    "每月3篇转发过千的推文",
    "每季度2期播放量破10万的播客",
]

_POSTS_COUNTED = [
    "每月发4篇文章",
    "每周直播3场",
    "每月发布10条视频",
    "每周更新2篇笔记",
]


# --- 6849: a model unit others follow (示范 + a unit) is an aspiration -------------------------

_MODEL_UNITS = [
    "被评为国家级示范物流园区",
    "建成市级示范幼儿园",
    "把卫生院建成全省示范卫生院",
    "打造区级示范门店",
    "成为全市示范家庭农场",
    "打造省级示范合作社",
    "年底建成全市示范图书馆",
    "把车间建成集团示范车间",
    "让我们村成为全县示范村",
    "建成区级示范病区",
    "打造全市示范驿站",
    "成为省级示范农场",
]

_MODEL_WORK = [
    "开好每一节示范课",
    "完成示范园区申报材料",
    "推进示范项目建设",
    "提升门店服务",
]


# --- 6850: a line of business read by its numbers, alone, is a bare noun: flat, not vague ----

_BUSINESS_LINES = ["招生", "团购", "外卖", "会员", "招生！", "储值", "私域", "社群"]
_BARE_VAGUE = ["物流", "扩张", "增长", "服务"]


# --- 6851: a rate whose name holds 及时, moved with no figure, is vague ------------------------

_TIMELY_RATES = [
    "隐患整改及时率提高",
    "整改及时率提高",
    "提高隐患整改及时率",
    "订单履约及时率明显提升",
    "发货及时率提高",
    "工单响应及时率提升",
    "回款及时率上升",
    "报修处理及时率提高",
    "病历归档及时率提升",
    "对账及时率提高",
    "检测报告出具及时率提升",
    "投诉回复及时率提高",
]

_TIMELY_MEASURED = ["工单及时率从80%提高到95%", "及时率达到95%", "发货及时率不低于98%"]


# --- 6852: "那么多", "这么多", "太多", "那么久" with no figure are vague ----------------------------

_SO_MUCH = [
    "英语听力不再丢那么多分",
    "别再丢这么多单",
    "差评别那么多",
    "加班不要太多",
    "排队别等那么久",
    "客户等待不要太久",
    "数学计算题别再错那么多",
    "退货没有这么多",
    "新人流失别那么多",
    "会议别开那么久",
    "返工不要那么多",
    "作业订正别拖那么久",
]

_SO_MUCH_MEASURED = [
    "投诉从20条降到5条",
    "差评每月不超过3条",
    "多少客户复购，按月统计，复购率达到30%",
]


# Each decision's wordings and their unchanged neighbours: (wording, rule, fails?).
_VAGUE_CHANGE = ("kr-not-quantified", "kr-vague-wording")
_KR_CASES = [
    *[(kr, rule, True) for kr in _BOTH_DEGREE for rule in ("kr-compound", *_VAGUE_CHANGE)],
    *[(kr, "kr-compound", False) for kr in _BOTH_DEGREE_ONE],
    *[(kr, "kr-compound", True) for kr in _MOVED_PAIRS],
    *[(kr, "kr-compound", False) for kr in _MOVED_ONE],
    *[(kr, "kr-is-task", False) for kr in _WHEN_PROMPT],
    *[(kr, rule, True) for kr in _WHEN_PROMPT for rule in _VAGUE_CHANGE],
    *[(kr, "kr-is-task", True) for kr in _WHEN_WORK],
    ("上线后2小时内回复90%的咨询", "kr-is-task", False),
    ("上线后2小时内回复90%的咨询", "kr-activity-count", False),
    *[(kr, "kr-is-task", False) for kr in _PEOPLE_WIN],
    *[(kr, "kr-is-task", True) for kr in _HIRED],
    *[(kr, "kr-negative-phrasing", True) for kr in _UNUSABLE],
    *[(kr, "kr-negative-phrasing", False) for kr in _USABLE],
    *[(kr, "kr-is-task", False) for kr in _BARE_MORE],
    *[(kr, rule, True) for kr in _BARE_MORE for rule in _VAGUE_CHANGE],
    *[(kr, "kr-is-task", True) for kr in _MORE_WORK],
    ("操作越来越规范", "kr-vague-wording", False),  # 越来越 is no vague word (6061)
    *[(kr, "kr-activity-count", True) for kr in _GROUP_POSTS],
    *[(kr, "kr-activity-count", False) for kr in _GROUP_OUTCOMES],
    *[(kr, "kr-is-task", True) for kr in _CHOICES],
    *[(kr, "kr-is-task", False) for kr in _CHOSEN_OUTCOMES],
    *[(kr, "kr-activity-count", False) for kr in _PIECES_OVER_BAR],
    *[(kr, "kr-activity-count", True) for kr in _POSTS_COUNTED],
    *[(kr, rule, True) for kr in _TIMELY_RATES for rule in _VAGUE_CHANGE],
    *[(kr, "kr-vague-wording", False) for kr in _TIMELY_MEASURED],
    *[(kr, "kr-vague-wording", True) for kr in _SO_MUCH],
    *[(kr, "kr-vague-wording", False) for kr in _SO_MUCH_MEASURED],
]
_OBJECTIVE_CASES = [
    *[(o, "objective-not-inspiring", False) for o in _MODEL_UNITS],
    *[(o, "objective-not-inspiring", True) for o in _MODEL_WORK],
    *[(o, "objective-vague", False) for o in _BUSINESS_LINES],
    *[(o, "objective-not-inspiring", True) for o in _BUSINESS_LINES],
    *[(o, "objective-vague", True) for o in _BARE_VAGUE],
]


@pytest.mark.parametrize(("kr", "rule", "fails"), _KR_CASES)
def test_key_result_verdicts(kr: str, rule: str, fails: bool) -> None:
    assert (rule in _kr_fails(kr)) is fails


@pytest.mark.parametrize(("objective", "rule", "fails"), _OBJECTIVE_CASES)
def test_objective_verdicts(objective: str, rule: str, fails: bool) -> None:
    assert (rule in _objective_fails(objective)) is fails

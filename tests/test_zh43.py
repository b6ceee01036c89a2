"""Round 43 (issue 8), helper zh43: Chinese key results — "落实到位" with no number, a threshold
inside the measure's name, a 其中 part with a floor of its own, two lines of business 分别, work then
two measures moved, two counts of one kind, partners joined with words before the count, a net
increase won, accounts opened for customers, the one-character 交, a practice rolled out across
teams, a build joined by 并把 to a measure moved, a report on use, a reprint or a repeat order counted
after a launch window; decisions 6300-6313
(docs/principles.md). Every wording here is the helper's own."""

from __future__ import annotations

import pytest

from tests.test_zh38 import _RULES as _RULES38
from tests.test_zh38 import _cases as _table_cases
from tests.test_zh38 import _failed

_RULES = {**_RULES38, "vague": "kr-vague-wording", "nobase": "kr-no-baseline"}

# decision | wording | rules it fails | rules it passes ("-": none). Each decision has "fails" or
# "passes" lines that its change turned; the others are neighbours held.
_TABLE = """
6300 三审三校制度执行到位 | vague unquantified | -
6300 安全制度落实到位 | vague unquantified | -
6300 隐患整改到位 | vague unquantified | -
6300 消毒措施落实到位 | vague unquantified | -
6300 交接班制度执行到位 | vague unquantified | -
6300 考勤制度执行到位 | vague unquantified | -
6300 整改措施落实到位 | vague unquantified | -
6300 垃圾分类要求贯彻到位 | vague unquantified | -
6300 食堂留样制度落到实处 | vague unquantified | -
6300 护理质量整改到位率100% | - | vague unquantified
6300 新员工培训到位 | unquantified | vague
6300 资金100万元到位 | - | vague unquantified
6300 5名新老师9月1日前到位 | - | vague unquantified
6300 隐患整改到位率达到98% | - | vague unquantified
6301 排队超过30分钟的投诉减少一半 | nobase | -
6301 逾期60天以上的欠款下降三成 | nobase | -
6301 超过2小时的等待减少一半 | nobase | -
6301 低于60分的学生减少一半 | nobase | -
6301 等待超过15分钟的患者减少40% | nobase | -
6301 超过30分钟的排队减少到5单 | - | nobase
6301 超过30分钟的投诉从40起减少一半 | - | nobase
6301 超过60岁的会员占比达到30% | - | nobase
6301 退货量减少一半 | nobase | -
6302 新增网点10个，其中县域至少4个 | compound | -
6302 新增成交客户8家，其中海外至少3家 | compound | -
6302 新签约学员200人，其中企业学员不少于50人 | compound | -
6302 招募志愿者120名，其中大学生至少40名 | compound | -
6302 新增门店12家，其中华东至少5家 | compound | -
6302 新增病床60张，其中康复病床不少于20张 | compound | -
6302 发展新党员15名，其中一线职工不少于8名 | compound | -
6302 全年接诊1.2万人次，其中转诊不超过300人次 | compound | -
6302 新签社区团长80名，其中农村团长至少30名 | compound | -
6302 新增加盟店20家，其中县城店5家以上 | compound | -
6302 代发工资客户新增30户，其中3月底前落地10户 | - | compound
6302 新签客户20家，其中6月底前签下8家 | - | compound
6302 新增有效个人客户1500户，其中代发工资客户300户 | - | compound
6302 拜访客户200次，其中3月底前拜访80次 | activity | compound
6302 新招学员1200人，其中大学生占比不低于40% | compound | -
6303 线上、线下营收分别增长12%、6% | compound | -
6303 餐饮、住宿收入分别增长20%、15% | compound | -
6303 门票、文创收入分别增长10%和30% | compound | -
6303 团险、个险保费分别增长15%、8% | compound | -
6303 体检、门诊收入分别增长5%和12% | compound | -
6303 堂食、外卖营收分别达到80万和50万 | compound | -
6303 零售、批发利润分别增长10%、5% | compound | -
6303 华东区和华南区NPS分别达到50和45 | - | compound
6303 华东、华南两区销售额分别达到3000万和2500万 | - | compound
6303 一店、二店营业额分别达到40万和35万 | - | compound
6303 线上营收增长12% | - | compound
6304 优化排课，提升出勤率和满意度 | compound | task
6304 优化推荐算法，提高点击率和停留时长 | compound | task
6304 改善就诊流程，提高患者满意度和复诊率 | compound | task
6304 调整会员权益，提升续费率和活跃度 | compound | task
6304 优化排班，提高到岗率和员工满意度 | compound | task
6304 改进备餐流程，降低出餐时长和食材损耗率 | compound | task
6304 整顿仓库，降低盘点差异率和拣货时长 | compound | task
6304 优化排课，提升出勤率 | unquantified | compound
6304 优化排课，提升出勤率到95% | - | compound
6304 优化排课和排班，提升出勤率 | - | compound
6304 优化排课，提高教学质量和服务水平 | - | compound
6305 跟3家茶园、1家滑雪场谈下合作套餐 | - | compound
6305 新签2家医院、3家诊所 | - | compound
6305 与4家超市、2家便利店签订供货协议 | - | compound task
6305 新开发2家医院、5家药店客户 | - | compound task
6305 与2家银行、1家保险公司达成合作 | - | compound task
6305 新增5家加盟店、3家直营店 | - | compound
6305 签下2家酒店、1家景区的联票 | - | compound task
6305 开展4场线上直播、2场线下体验会 | compound activity | -
6305 新签客户20家、回款率95% | compound | -
6305 签约3家医院，培训医生50名 | compound | -
6306 与周边2家三甲医院建立医养结合合作 | - | task
6306 和3所小学、2所中学建立共建关系 | - | task
6306 与附近3家养老院建立助餐合作 | - | task
6306 同本地2家职业院校建立订单培养合作 | - | task
6306 与周边4家幼儿园结成共建对子 | - | task
6306 和5家医院合作开展义诊 | task | -
6306 与周边3家医院召开协调会 | task | -
6306 与周边2家医院建立转诊制度 | task | -
6307 个人存款净增8000万 | - | task
6307 对公存款净增5000万 | - | task
6307 会员净增2000人 | - | nobase task
6307 代发客户净增300户 | - | nobase task
6307 志愿者净增80名 | - | nobase task
6307 付费用户净增1200个 | - | nobase task
6307 门诊患者净增3000人 | - | nobase task
6307 普惠贷款余额净增3000万元 | nobase | task
6307 夜班坐席增加6人 | nobase | -
6308 新开通代发工资客户30户 | - | task
6308 新开通手机银行客户2000户 | - | task
6308 新开通ETC用户500户 | - | task
6308 新开立代发工资单位15家 | - | task
6308 新开代发单位20家 | - | task
6308 开通企业网银客户40户 | - | task
6308 新开通线上预约功能 | task | -
6308 新开通2条公交线路 | task | -
6308 开通线上缴费渠道 | task | -
6308 新开门店3家 | task | -
6308 完成代发工资单位拓展5家 | - | task
6308 完成新客户开发20家 | - | task
6308 完成加盟商拓展8家 | - | task
6308 完成3家门店改造 | task | -
6308 完成客户回访200户 | activity | -
6309 按时交网点月度报表 | activity | -
6309 按时交月度考勤表 | activity | -
6309 每月5日前交部门费用明细 | activity | -
6309 按时交作业 | task | -
6309 按期交项目进度表 | task | -
6309 交房200套 | - | task activity
6309 交车500台 | - | task activity
6309 学生作业按时上交率达到95% | - | task activity
6310 推行晨会制度，各班组每日站会 | task | -
6310 推行TPM自主保全，各班组每周点检 | task | -
6310 推广5S管理，各车间每日巡检 | task | -
6310 推行无纸化办公，各科室每月自查 | task | -
6310 建立每周例会制度 | routine | task
6310 制定每月设备点检规范 | routine | task
6311 上线新排班系统并把加班时长降低10% | task compound | -
6311 搭建美术资源库并且把外包成本降低20% | task compound | -
6311 建立客户分级制度并将老客户复购率提升到40% | task compound | -
6311 建成中央厨房并将配送成本降低15% | task compound | -
6311 引入智能分拣线并把错分率降到0.1% | task | -
6311 开发预约小程序并将线上预约占比提升到50% | task | -
6311 编写新员工手册并把试用期离职率降到10% | task | -
6311 上线自助借还机并把借还排队时间缩短到3分钟 | task | -
6311 开通线上缴费并将窗口排队人数减少一半 | task | -
6311 建立错题本制度并把期末及格率提高到90% | task | -
6311 推出会员日活动并将会员复购率提升到35% | task | -
6311 上线新排序模型，CTR提升8% | - | task
6311 上线会员体系，带来月活10万 | - | task
6311 新开3家门店并且每家月营业额超过50万 | - | task compound
6311 把加班时长降低10% | - | task
6311 建成班级图书角12个并把借阅量提升30% | - | task
6312 月底前提交系统使用报告 | task | -
6312 本周五前提交门禁卡使用情况 | task | -
6312 每月整理会议室使用记录 | activity | -
6312 6月底前完成新系统使用分析 | task | -
6312 新系统被6个科室使用 | - | task
6312 80%的门店使用新收银系统 | - | task
6313 新书上市3个月内加印2次 | - | task activity
6313 新品上市半年内客户返单3次 | - | task activity
6313 老客户全年返单至少3次 | - | task activity
6313 绘本全年重印4次 | - | task activity
6313 新品上市首月返单至少2次 | - | task activity
6313 全年加印宣传册2次 | activity | -
6313 组织培训3次 | activity | -
6313 6月底前新品上市 | task | -
6313 推动3款新品上市 | task | -
6313 上线3个月内完成全部门店切换 | task | -
"""


@pytest.mark.parametrize(("decision", "text", "fails", "passes"), _table_cases(_TABLE, _RULES))
def test_case(decision: str, text: str, fails: set[str], passes: set[str]) -> None:
    got = _failed(text)
    assert fails <= got, (decision, text, got)
    assert not passes & got, (decision, text, got)

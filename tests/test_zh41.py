"""Round 41 (issue 8), helper zh41: Chinese quantified, result, compound and negative shapes,
decisions 5940-5953 (docs/principles.md). Every wording here is the helper's own."""

from __future__ import annotations

import pytest

from tests.test_zh38 import _RULES as _RULES38
from tests.test_zh38 import _cases as _table_cases
from tests.test_zh38 import _failed

_RULES = {**_RULES38, "vague": "kr-vague-wording"}

# decision | wording | rules it fails | rules it passes ("-": none). Each decision has "fails" or
# "passes" lines that its change turned; the others are neighbours held.
_TABLE = """
5940 完成车间5S整改并通过验收 | unquantified | -
5940 仓库6S改造6月底前完成 | unquantified | -
5940 完成门诊大厅6S整改 | unquantified | -
5940 推进食堂后厨5S改造 | unquantified | -
5940 完成装配线7S验收 | unquantified | -
5940 组织全厂5S培训 | unquantified | -
5940 宿舍区6S示范区建成 | unquantified | -
5940 完成药房6S看板 | unquantified | -
5940 实验室5S稽核全部通过 | unquantified | -
5940 建成2个6S样板车间 | - | unquantified
5940 5S检查得分从72分提高到90分 | - | unquantified
5940 完成3条产线的5S改造 | - | unquantified
5940 首次响应时间缩短到5s以内 | - | unquantified
5940 车间5S达标 | unquantified | -
5941 每天10:00前发出当天的销售简报 | unquantified | -
5941 每天8:30前完成交接班 | unquantified | -
5941 每周五17:00前提交周报 | unquantified | -
5941 每天18:00前清点当日的收银 | unquantified | -
5941 早上7:30前完成病区晨间护理 | unquantified | -
5941 每天9:00起开放预约通道 | unquantified | -
5941 每天晨会复盘前一天的异常 | unquantified | -
5941 每周一通报前一天的投诉 | unquantified | -
5941 每天下班前核对当日的账目 | unquantified | -
5941 班组长头一天下午排好次日的班次 | unquantified | -
5941 每天10:00前回复率达到95% | - | unquantified
5941 5公里配速从5:40缩短到5:10 | - | unquantified
5941 90%的工单当天解决 | - | unquantified
5941 每天9:00-21:00在线客服接通率98% | - | unquantified
5942 消防培训覆盖率达到100% | - | activity task
5942 全体护士急救培训覆盖率从60%提高到100% | - | activity task
5942 店长领导力课程完成率达到90% | - | activity task
5942 新员工岗前培训覆盖率达到95% | - | activity task
5942 年度应急演练参训率100% | - | activity task
5942 食品安全培训覆盖率达到100% | - | activity task
5942 教师信息化培训覆盖率从70%提升到100% | - | activity task
5942 新版考勤制度宣贯覆盖率100% | - | activity task
5942 司机防御性驾驶培训覆盖率达到98% | - | activity task
5942 志愿者急救轮训覆盖率达到90% | - | activity task
5942 管网巡查覆盖率达到90% | activity | -
5942 燃气隐患排查覆盖率100% | activity | -
5942 每月开展2次消防培训 | activity | -
5942 组织安全培训6场 | activity | -
5942 配电房巡检覆盖率达到100% | activity | -
5943 家庭医生签约居民新增1800人 | - | task
5943 签约社区医生的老人新增300人 | - | task
5943 教练报名人数新增200人 | - | task
5943 社工建档人数新增500人 | - | task
5943 健身教练签约会员新增120人 | - | task
5943 护士预约人数新增100人 | - | task
5943 驾校教练报名学员新增80人 | - | task
5943 签约家庭医生居民新增2000人 | - | task
5943 居家养老签约人数增加1800人 | - | task
5943 夏令营报名人数新增300人 | - | task
5943 家长课堂参加人数达到400人 | - | task
5943 慢病管理建档居民新增1500人 | - | task
5943 社区志愿者新增300人 | - | task
5943 图书馆读者证注册人数新增800人 | - | task
5943 义诊预约人数达到600人 | - | task
5943 护理站签约老人新增120人 | - | task
5943 新增家庭医生12人 | task | -
5943 护士招聘人数增加到10人 | task | -
5943 客服人数增加到20人 | task | -
5943 新增销售顾问6人 | task | -
5943 招聘保洁员4人 | task | -
5944 会议室预订冲突尽量少 | negative unquantified | task
5944 培训教室排课冲突尽量少 | negative unquantified | task
5944 会议纪要错漏尽量少 | negative unquantified | task
5944 活动报名系统故障尽量少 | negative unquantified | task
5944 会议尽量少 | activity unquantified | -
5944 排班冲突尽量少 | negative unquantified | task
5944 例会越来越少 | task unquantified | -
5945 华东退货和华南退货都减少20% | negative | compound
5945 一店投诉和二店投诉都减少30% | negative | compound
5945 早班差错和晚班差错都降低一半 | negative | compound
5945 门诊投诉和住院投诉都减少25% | negative | compound
5945 白班漏检和夜班漏检都减少40% | negative | compound
5945 线上差评和门店差评都减少15% | negative | compound
5945 延迟发货和破损包裹都减少20% | compound negative | -
5945 客户投诉和退货都减少20% | compound negative | -
5945 华东和华南的退货都减少20% | negative | compound
5946 巡检频次由每周1次提高到每周3次 | activity | -
5946 设备点检频次由每天1次增加到每天2次 | activity | -
5946 病房巡视频次由每天2次提高到每天3次 | activity | -
5946 消毒频次由每天1次提高到每天2次 | activity | -
5946 设备点检频次由每月2次提高到每月4次 | activity | -
5946 家访次数由每季度2次提高到每季度3次 | activity | -
5946 客户复购频次从每年2次提高到3次 | - | activity task
5946 用户登录频次从每周1次提高到每周3次 | - | activity task
5946 会议次数由每周3次减少到每周1次 | - | activity
5946 巡检发现隐患整改率由80%提高到95% | - | activity task
5946 会员到店频次由每月2次提高到每月3次 | - | activity task
5947 本季度推出新书至少6种 | task | -
5947 全年出版教材不少于8本 | task | -
5947 上线新功能不少于5个 | task | -
5947 全年推出新品至少12款 | task | -
5947 编写校本教材至少3册 | task | -
5947 新开门店不少于3家 | task | -
5947 推出新品后销量不少于2万件 | - | task activity
5947 签约客户不少于20家 | - | task activity
5947 新增付费用户至少100个 | - | task activity
5947 上线新功能后日活不少于3万 | - | task activity
5947 门店客流不少于每天800人 | - | task activity
5948 举办消防演练2场，员工逃生测试通过率95% | activity compound | -
5948 开展家长讲座3场，家长满意度达到90% | activity compound | -
5948 开展安全培训4次，考试合格率100% | activity compound | -
5948 组织岗前培训3期，复训考核通过率98% | activity compound | -
5948 开展安全检查12次，隐患整改率100% | activity compound | -
5948 举办招聘宣讲会5场，简历投递量达到800份 | activity compound | -
5948 举办3场沙龙，吸引500名客户参加 | - | activity
5948 老客户满意度达到95%，复购率提升到40% | compound | activity task
5943 亲子阅读活动报名人数达到500人 | - | task
5947 全年出版绘本不少于4部 | task | -
5948 开展入户随访200次，血压控制率提升到70% | activity compound | -
5953 单条视频涨粉500+的作品达到6条 | - | compound
5953 粉丝净增200+的直播场次达到5场 | - | compound
5953 阅读量1万+的文章达到15篇 | - | compound
5953 单日接诊80+的专家门诊达到4个 | - | compound
5953 评分4.8+的课程达到10门 | - | compound
5953 月销售额50万+的门店达到12家 | - | compound
5953 成交额过百万的主播达到5位 | - | compound
5953 满意度95%以上的班级达到20个 | - | compound
5953 签约客户10家 + 复购率提升到30% | compound | -
5953 新增会员3000人＋好评率达到98% | compound | -
5953 涨粉2000+，带货GMV达到50万 | compound | -
5950 空压机故障停机时间缩短25% | - | negative
5950 冷库制冷机故障停机时长减少25% | - | negative
5950 非计划停机次数从每月8次降到3次 | negative | -
5951 全年不发生交通事故和火灾事故 | negative | compound
5951 本学期不发生校园欺凌和食物中毒事件 | negative | compound
5951 全年零工伤、零火灾 | compound | -
5952 三门科目一次考过 | task | -
5952 会计和税法两科一次通过 | task | -
"""


@pytest.mark.parametrize(("decision", "text", "fails", "passes"), _table_cases(_TABLE, _RULES))
def test_case(decision: str, text: str, fails: set[str], passes: set[str]) -> None:
    got = _failed(text)
    assert fails <= got, (decision, text, got)
    assert not passes & got, (decision, text, got)

"""Round 42 (issue 8), helper zh42: Chinese key results — a hedged "more", a state made better, a
deal won, drills on a cadence, a launch beside a level, a second measure with no baseline, a
measure's name or a pursuit alone; decisions 6060-6066 (docs/principles.md). Every wording here
is the helper's own."""

from __future__ import annotations

import pytest

from tests.test_zh38 import _RULES as _RULES38
from tests.test_zh38 import _cases as _table_cases
from tests.test_zh38 import _failed

_RULES = {**_RULES38, "vague": "kr-vague-wording", "nobase": "kr-no-baseline"}

# decision | wording | rules it fails | rules it passes ("-": none). Each decision has "fails" or
# "passes" lines that its change turned; the others are neighbours held.
_TABLE = """
6060 高峰期每个骑手多跑几单 | unquantified vague | task
6060 每个导购每天多卖几件 | unquantified vague | task
6060 每位销售每月多签几单 | unquantified vague | task
6060 每个门店多拉几个会员 | unquantified vague | task
6060 每个老师多带几个学生 | unquantified vague | task
6060 每月多接几个设计项目 | unquantified vague | task activity
6060 每个网点多开几张信用卡 | unquantified vague | task
6060 客户经理每月多签几家企业客户 | unquantified vague | task
6060 每天多回收几吨废纸 | unquantified vague | task activity
6060 每个病区多收几个病人 | unquantified vague | task
6060 新增十几家合作门店 | unquantified vague | -
6060 好评尽量多一点 | unquantified vague | task
6060 多点开花，拓展4个新城市 | - | vague
6060 几乎所有工单当天关闭 | - | vague
6060 茶几销量提升20% | - | vague task
6060 几何题正确率从60%提高到85% | - | vague task
6060 每位销售每月签约8单 | - | vague task
6060 每月多卖200件 | - | vague
6061 文件归档更加规范 | unquantified vague | task
6061 病历书写更加规范 | unquantified vague | task
6061 仓库台账更加清晰 | unquantified vague | task
6061 交接班记录更加完整 | unquantified vague | task
6061 门店排班更加合理 | unquantified vague | task
6061 报销流程更加顺畅 | unquantified vague | task
6061 岗位职责更加明确 | unquantified vague | task
6061 窗口办事流程越来越便捷 | unquantified | task
6061 代码注释更加清楚 | unquantified vague | task
6061 数据口径更为统一 | unquantified vague | task
6061 门店陈列更加整齐 | unquantified vague | task
6061 我的作息更加规律 | unquantified vague | task
6061 完成病历书写规范培训 | task | -
6061 制定文件归档规范 | task | -
6061 编写更加清晰的操作手册 | task | -
6061 更新岗位职责说明书 | task | -
6061 病历书写规范率从85%提高到98% | - | task unquantified vague
6061 交接班记录完整率达到100% | - | task unquantified vague
6062 冷链仓储合作谈下来 | unquantified | task
6062 华东区总代理谈下来 | unquantified | task
6062 区政府的养老服务采购项目谈下来 | unquantified | task
6062 省台的独家冠名合作谈下来 | unquantified | task
6062 学校食堂的配送业务谈下来 | unquantified | task
6062 把市一院的年度体检合同谈下来 | unquantified | task
6062 把园区物业外包合同拿下来 | unquantified | task
6062 高铁站广告位的年度投放合同签下来 | unquantified | task
6062 两家连锁药房的供货合同签下来 | - | task
6062 社区医院转诊合作谈成 | unquantified | task
6062 与冷链仓储商谈合作 | task | -
6062 和供应商谈一次价格 | task | -
6062 把会议纪要写下来 | task | -
6062 把客户反馈记录下来 | task | -
6062 把仓库顶层的旧货搬下来 | task | -
6063 大客流应急演练每季度1次 | activity | -
6063 患者转运应急演练每季度1次 | activity | -
6063 用户数据泄露应急演练每半年1次 | activity | -
6063 会员系统宕机演练每季度1次 | activity | -
6063 学生防溺水演练每学期2次 | activity | -
6063 客户投诉处置演练每半年1次 | activity | -
6063 客流高峰期应急演练每季度1次 | activity | -
6063 游客疏散演练每月1次 | activity | -
6063 乘客疏散演习每季度1次 | activity | -
6063 消防演练每月2次 | activity | -
6063 夜间停电演练每季度2次 | activity | -
6063 演练合格率从80%提高到95% | - | activity task
6063 演练参与率达到95% | - | activity task
6063 应急响应时间每次不超过5分钟 | - | activity task
6063 每季度客户满意度调查得分4.5以上 | - | activity task
6063 年度销量10万箱 | - | activity task
6064 上线排班系统，排班准确率达到98% | compound task | -
6064 上线电子病历系统，病历归档及时率达到95% | compound task | -
6064 完成仓库WMS系统切换，库存准确率达到99.5% | compound task | -
6064 推出线上预约小程序，线上预约占比达到40% | compound task | -
6064 上线自助借还机，自助借还比例达到70% | compound task | -
6064 建成社区食堂，老人就餐满意度达到90% | compound task | -
6064 上线工单系统，工单按时关闭率达到95% | compound task | -
6064 开通线上缴费，线上缴费率达到60% | compound task | -
6064 完成新版员工手册发布，员工知晓率达到100% | compound | -
6064 开通24小时客服热线，热线接通率不低于90% | compound | -
6064 上线会员体系，带来月活10万 | - | compound
6064 上线3周内，线上预约占比达到40% | - | compound
6064 上线新排序模型，CTR提升8% | - | compound task
6064 制定激励计划，覆盖至少70%以上人员 | - | compound
6064 优化回复流程，实现48小时回复 | - | compound
6064 排班准确率达到98%，当前为90% | - | compound
6064 完成CRM系统切换，销售录单时间缩短一半 | task | compound
6065 客单价从30元到36元，会员销售额增长15% | nobase compound | -
6065 门诊量从每天800人次提高到1000人次，复诊率提升10% | nobase compound | -
6065 网站月访问量从5万提高到8万，注册转化率提高20% | nobase compound | -
6065 人均产值从12万元提升到15万元，能耗降低8% | nobase compound | -
6065 借阅量从每月3000册提升到4500册，读者满意度提高10% | nobase compound | -
6065 续费率从70%提升到80%，新签合同额增长25% | nobase compound | -
6065 一次修复率从85%提高到92%，平均维修时长缩短20% | nobase compound | -
6065 捐赠人数从400人增加到600人，月捐金额增长30% | nobase compound | -
6065 单车日均配送单量从40单提升到50单，配送成本下降10% | nobase compound | -
6065 学生出勤率从90%提升到97%，作业提交率提高15% | nobase compound | -
6065 销售额从100万增长到150万，增长50% | - | nobase
6065 客单价从30元到36元，会员销售额从200万元增长到230万元 | compound | nobase
6065 续费率从70%提升到80%，新签合同额达到500万元 | compound | nobase
6065 复购率从20%提升到30%，较去年同期增长10个百分点 | - | nobase compound
6065 门诊量从800人次提高到1000人次，满意度不低于95% | compound | nobase
6066 服务质量 | unquantified vague | task
6066 护理质量 | unquantified vague | task
6066 客户满意度 | unquantified vague | task
6066 团队氛围 | unquantified vague | task
6066 员工士气 | unquantified vague | task
6066 课堂质量 | unquantified vague | task
6066 食品安全 | unquantified vague | task
6066 工作效率 | unquantified vague | task
6066 用户体验 | unquantified vague | task
6066 品牌知名度 | unquantified vague | task
6066 游泳 | task | vague
6066 跑步 | task | vague
6066 瑜伽 | task | vague
6066 写日记 | task | vague
6066 背单词 | task | vague
6066 新菜单 | task | vague
6066 员工手册 | task | vague
6066 游泳馆会员数增长20% | - | task vague
6066 阅读量从5000提高到8000 | - | task vague unquantified
6066 零投诉 | - | vague unquantified
6066 注册商标 | unquantified | vague
6066 营销 | unquantified | vague
6066 安全生产 | unquantified | vague
"""


@pytest.mark.parametrize(("decision", "text", "fails", "passes"), _table_cases(_TABLE, _RULES))
def test_case(decision: str, text: str, fails: set[str], passes: set[str]) -> None:
    got = _failed(text)
    assert fails <= got, (decision, text, got)
    assert not passes & got, (decision, text, got)

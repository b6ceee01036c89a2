"""Round 40 (issue 8), helper zh40: Chinese result, routine, negative and quantified shapes,
decisions 5770-5783 (docs/principles.md). Every wording here is the helper's own."""

from __future__ import annotations

import pytest

from tests.test_zh38 import _RULES as _RULES38
from tests.test_zh38 import _cases as _table_cases
from tests.test_zh38 import _failed

_RULES = {**_RULES38, "vague": "kr-vague-wording"}

# decision | wording | rules it fails | rules it passes ("-": none). Each decision has "fails" or
# "passes" lines that its change turned; the others are neighbours held.
_TABLE = """
5770 新签约连锁药房系统2家 | - | task
5770 新签约连锁超市系统3家 | - | task
5770 拓展连锁母婴系统4家 | - | task
5770 新增合作招聘平台5家 | - | task
5770 年内新签约职业院校系统2家 | - | task
5770 新接入外卖平台3家 | - | task
5770 接入在线问诊平台4家 | - | task
5770 接入3家外卖平台 | - | task
5770 新签约3家连锁超市系统 | - | task
5770 上线会员积分系统 | task | -
5770 新接入医保结算系统 | task | -
5770 搭建2个供应商协同平台 | task | -
5770 开发3套排课系统 | task | -
5770 为3家医院接入医保系统 | task | -
5770 对接3家银行支付系统 | task | -
5770 新增2家合作医院的预约平台 | task | -
5771 团队文化建设取得显著进展 | unquantified vague | task
5771 党建工作取得明显成效 | unquantified vague | task
5771 信息化建设取得显著进展 | unquantified vague | task
5771 药学服务能力建设取得明显进步 | unquantified vague | task
5771 门诊预约工作取得实效 | unquantified | task
5771 完成学风建设方案 | task | -
5771 取得教师资格证 | task | -
5771 学风建设满意度从78%提升到90% | - | task unquantified
5772 投诉尽量少 | negative unquantified vague | task
5772 返工尽量少 | negative unquantified | task
5772 出错尽量少 | negative unquantified | task
5772 差评尽量少 | negative unquantified | task
5772 退货尽可能少 | negative unquantified | task
5772 加班尽量少 | unquantified | task negative
5772 患者等待时间尽量少 | unquantified | task negative
5773 老年人随访工作继续做好 | routine | -
5773 孕产妇随访服务继续做好 | routine | -
5773 药品效期管理持续做好 | routine | -
5773 法律援助值班照常开展 | routine | -
5773 继续做好家校沟通 | routine | -
5773 持续抓好车间6S管理 | routine | -
5773 排定下学期值班表 | routine | -
5773 完成新学期课表的编排（3月1日前） | routine | -
5773 编制下月门诊排班表 | routine | -
5773 制定新学期作息时间表 | routine | -
5773 继续推进新院区建设，9月底前封顶 | - | routine
5773 新闻线索征集继续推进 | - | routine
5773 继续提升门诊预约率到60% | - | routine
5773 上线值班表小程序 | task | routine
5773 新版课程表使用满意度从70%提升到88% | - | routine task
5774 新员工入职当天工牌、账号、工位全部就绪 | - | task
5774 新来的会计第一天电脑、工牌、邮箱全部到位 | - | task
5774 新护士上岗第一天排班、工服、系统账号全部到位 | - | task
5774 新车间投产当天设备、工装、人员全部到位 | - | task
5774 新店开业当天收银、库存、排班全部到位 | - | task
5774 门店开业当天营业额突破5万 | - | task
5774 为新员工准备工牌、账号、工位 | task | -
5774 入职第一天完成系统培训 | task | -
5774 开学第一天组织安全教育 | task | -
5775 外转率下降到5% | negative | -
5775 转院率从12%降到8% | negative | -
5775 上转率从10%降到6% | negative | -
5775 减少危重孕产妇转院 | negative | -
5775 与6家医院建立转诊合作 | - | negative
5775 转诊预约成功率达到95% | - | negative
5775 县域内就诊率从85%提升到90% | - | negative
5776 消防通道标识更新完成率100% | task | -
5776 老旧电梯改造完成率达到100% | task | -
5776 档案室搬迁完成率100% | task | -
5776 律所OA系统升级完成率达到100% | task | -
5776 演播室灯光改造完成率100%（5月底前） | task | -
5776 设备月度保养完成率100% | - | task
5776 停运检修完成率100% | - | task
5776 报站系统安装完成率达到98% | - | task
5776 老旧电梯改造完成率从60%提升到100% | - | task
5776 门诊楼导视系统更换完成率90% | - | task
5777 尽量两天内回复家长留言 | vague | unquantified task
5777 一般两天内回复客户咨询 | - | unquantified task
5777 原则上一小时内响应急诊会诊 | - | unquantified task
5777 争取五个工作日内办结 | - | unquantified
5777 确保两小时内到达报修现场 | - | unquantified
5777 每次会议后两小时内发出纪要 | - | unquantified
5777 两天内回复家长留言 | unquantified | -
5777 三天的培训课程 | task unquantified | -
5777 一小时内响应的工单占比达到90% | - | unquantified
5778 8月底前排好秋季学期课表 | task routine | vague
5778 5月前订好会场 | task | vague
5778 开学前排好新生宿舍 | task | vague
5778 排好下周值班 | task | vague
5778 处理好客户的售后投诉 | vague | -
5778 维护好老客户 | vague | -
5778 做好下周排班 | vague | -
5779 回复家长留言 | routine | -
5779 受理群众来电 | routine | -
5779 处理业主报修 | routine | -
5779 回复所有客户邮件 | routine | -
5779 解答学员提问 | routine | -
5779 办理居民社保申请 | routine | -
5779 处理积压工单 | task | routine
5779 清理历史遗留投诉 | task | routine
5779 回复所有客户邮件（4小时内） | - | routine
5779 处理90%的客户投诉 | - | routine
5780 缩小与头部品牌的差距 | vague unquantified | -
5780 缩小城乡学生成绩差距 | vague unquantified | -
5780 拉开与同行的服务差距 | vague unquantified | -
5780 门店与区域第一名的销售差距缩小到10%以内 | - | vague unquantified
5780 与竞品的声量差距拉开到2倍 | - | vague unquantified
5781 二期工程按期竣工 | task | routine
5781 新门店如期开业 | task | routine
5781 新系统按时上线 | task | routine
5781 门诊楼改造项目按时完工 | task | routine
5781 新版会员小程序按期上线 | task | routine
5781 年度经营计划按时发布 | routine | -
5781 每月按时提交报表 | routine | -
5781 订单按时交付 | routine | -
5782 争取上线新版APP | task vague | -
5782 争取完成年度培训 | task vague | -
5782 争取招聘3名护士 | task | -
5782 争取发表2篇论文 | activity | -
5782 争取5家新客户 | - | task
5782 争取新增会员2000人 | - | task
5782 争取客户满意度提升到95% | - | task
5783 回款越快越好 | vague unquantified | -
5783 新会员越多越好 | vague unquantified | -
5783 投诉率越低越好，最好低于1% | vague | -
5783 越来越好 | - | vague
"""


def _cases() -> list[tuple[str, str, set[str], set[str]]]:
    return _table_cases(_TABLE, _RULES)  # zh38's table reader (same columns)


@pytest.mark.parametrize(("decision", "text", "fails", "passes"), _cases())
def test_case(decision: str, text: str, fails: set[str], passes: set[str]):
    got = _failed(text)
    assert fails <= got, (decision, text, got)
    assert not passes & got, (decision, text, got)

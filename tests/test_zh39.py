"""Round 39 (issue 8), helper zh39: Chinese result, compound, routine, negative and baseline
shapes, decisions 5665-5684 (docs/principles.md). Every wording here is the helper's own."""

from __future__ import annotations

import pytest

from coach import review
from tests.test_zh38 import _RULES as _RULES38
from tests.test_zh38 import _failed

# Round 38's short names, and two more.
_RULES = {**_RULES38, "vague": "kr-vague-wording", "baseline": "kr-no-baseline"}

# A key result under an objective with its owner and a quarter, so only the wording is judged.
_DRAFT = "O1：打造全区最让人放心的服务窗口（负责人：孟涛，2027年Q3）\nKR1：{text}\n"

# decision | wording | rules it fails | rules it passes ("-": none). Each decision has at least
# one "fails" or "passes" line that its change turned; the others are neighbours held.
_TABLE = """
5665 联名款首发当天售罄 | unquantified | -
5665 演唱会门票开售当日售罄 | unquantified | -
5665 新品首发当天销量达到2万件 | - | unquantified
5665 新品首发当天销量破万 | - | unquantified task
5665 客户投诉当天解决 | - | unquantified
5666 纠偏报告按时关闭率100% | - | negative
5666 不符合项按时关闭率100% | - | negative
5666 客诉单按时关闭率达到95% | - | negative
5666 安全隐患数量减少50% | negative | -
5666 缺陷逃逸率低于1% | negative | -
5667 平均修复周期不超过5天 | - | negative
5667 整改平均周期从15天缩短到7天 | - | negative
5667 设备故障次数每月不超过2次 | negative | -
5668 门诊患者满意度达到92%以上，投诉为零 | compound | -
5668 外卖好评率提升到98%，差评为零 | compound | -
5668 学员结业考试通过率达到90%，缺课为零 | compound | -
5668 病区护理满意度95%，不良事件为零 | compound | -
5668 门店复购率提升到40%，退货为零 | compound | -
5668 差评为零 | negative | compound
5668 全年投诉为零 | negative | compound
5669 门店客流与客单价双增长 | compound vague unquantified | -
5669 会员数与活跃度双增长 | compound vague | -
5669 省级课题立项数与到账经费双增长 | compound vague | -
5669 捐款人数与捐款总额双提升 | compound vague | -
5669 新签合同额双增长 | vague | compound
5669 门店客单价提升 | vague | compound
5670 每天练琴40分钟，每周不少于5天做到 | - | compound
5670 每天背单词20分钟，每周至少坚持6天 | - | compound
5670 每天跑步30分钟，体重减到65公斤 | compound | -
5671 讲解满意度保持在较高水平 | vague | task
5671 回访满意度提升 | vague | task
5671 巡检覆盖率保持在高位 | - | task
5671 开展满意度调查 | task | -
5671 完成满意度测评 | task | -
5671 培训新员工200名 | task | -
5672 巡检覆盖率保持在高位 | vague | -
5672 维修返修率保持在低位 | vague | -
5672 库存周转天数维持在较低水平 | vague | -
5672 原材料价格从高位回落10% | - | vague
5673 报名参加5场区域招聘会 | activity | -
5673 报名参加3场行业展会 | activity | -
5673 报名人数达到800人 | - | activity task
5674 提交20个大促活动报名 | activity | -
5674 提交15个年货节活动报名 | activity | -
5674 入选平台秒杀的商品达到10个 | - | activity task
5674 活动报名转化率从15%提升到25% | - | activity task
5675 每季度组织一次应急演练 | routine | -
5675 防汛应急演练每半年组织1次 | routine | -
5675 每月开展1次防汛演练 | routine | -
5675 每学期组织2次地震疏散演练 | activity | routine
5676 完成三级医院等级复评 | routine | -
5676 通过年度食品经营许可复审 | routine | -
5676 完成消防设施年度检测 | routine | -
5676 完成特种设备定期检验 | routine | -
5676 首次通过ISO 27001认证 | task | routine
5676 高企资质复审材料9月底前提交 | task | routine
5677 二宝夜醒从每周5晚减少到2晚 | negative | -
5677 老人夜间惊醒次数每周不超过2次 | negative | -
5677 孩子夜哭从每周4晚减少到1晚 | negative | -
5677 水果坏果数量减少30% | negative | -
5677 孩子每晚连续睡眠时长达到8小时 | - | negative
5678 可回收物日均回收量达到30吨，同时填埋量减少8% | baseline | -
5678 其他垃圾减量10% | baseline | -
5678 包装材料减量15% | baseline | -
5678 可回收物日均回收量达到30吨，同时填埋量从每日50吨减少到46吨 | - | baseline
5678 营收达到600万元，较上季度增长20% | - | baseline
5679 处理采购订单500单 | activity | -
5679 受理退款订单800单 | activity | -
5679 新增订单3000单 | - | activity task
5679 签下订单200单 | - | activity task
5680 每晚陪孩子读绘本 | activity | -
5680 每天课间跑操 | activity | -
5680 每晚睡前冥想 | activity | -
5680 每周客流量 | - | activity
5681 持证上岗率100% | routine | -
5681 特种作业人员持证上岗率100% | routine | -
5681 持证上岗率从80%提升到100% | - | routine
5682 每位签约客户每季度至少 2 次 QBR | activity | -
5682 每个重点客户每季度1次业务回顾会 | activity | -
5682 每个客户每季度回购1次 | - | activity task
5682 每位会员每月到店2次 | - | activity task
5683 争取 6 个实习面试邀约，最后拿下 2 个 offer | - | activity task
5683 电话邀约每周不少于50组 | activity | -
5683 邀约客户到店试驾200组 | activity | -
5684 粉丝团人数新增2000 | - | unquantified
5684 社群人数增加2000 | baseline | unquantified vague
5684 新增2025年度会员300人 | - | unquantified
5684 2026年新增客户200家 | - | unquantified
"""


def _rule_ids(words: str) -> set[str]:
    return {_RULES[w] for w in words.split() if w != "-"}


_CASES = [
    (head.split(maxsplit=1), _rule_ids(fails), _rule_ids(passes))
    for head, fails, passes in (
        (part.strip() for part in row.split("|")) for row in _TABLE.strip().splitlines()
    )
]


@pytest.mark.parametrize(("head", "fails", "passes"), _CASES, ids=[c[0][1] for c in _CASES])
def test_wording(head: list[str], fails: set[str], passes: set[str]):
    """Each wording fails the rules named and passes those named after it (the same draft and
    the same reading as round 38's table: tests/test_zh38.py)."""
    got = _failed(head[1])
    assert fails <= got, (head, got)
    assert not passes & got, (head, got)


def test_compound_split_names_both_moves():
    """Decision 5669: "A与B双增长" is split into A's move and B's move."""
    r = review(_DRAFT.format(text="省级课题立项数与到账经费双增长"))
    kr = r.objectives[0].key_results[0]
    texts = [
        s.text
        for f in r.findings
        if f.rule_id == "kr-compound" and f.target == kr.id
        for s in f.suggestions
    ]
    assert texts == ["省级课题立项数增长\n到账经费增长"], texts

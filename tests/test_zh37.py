"""Round 37 (issue 8), helper zh37: Chinese task shapes the coach missed, read by their shape
(decisions 5360-5379, docs/principles.md, "… (issue 8, thirty-seventh round; zh37)"). Every
wording here is the helper's own."""

from __future__ import annotations

import pytest

from coach import review

_DRAFT = "O1：打造全区最让人放心的服务窗口（负责人：孟涛，2027年Q3）\nKR1：{text}\n"

# decision, wording | rules it fails | rules it passes (ids less "kr-"; "-": none). 5360: 完成
# and a piece of work on the team's own thing, then a figure in a later clause; 5361: a place a
# partner opens is a partner won; 5362: 实时 before the name of a thing built; 5363: a change
# joined to a launch; 5364: a share of work named by a verbal noun; 5365: a change verb inside a
# work's name; 5366: 定稿, 张贴 in the lexicon; 5367: hours of an effort; 5368: a note
# closing a count; 5369: a bracket inside the wording; 5370: people who join the team's
# platform; 5371: things designed, counted by 款; 5372: a standard met with no level, 扎实, 力度,
# 合理范围; 5373: a rank reached as a second result; 5374: hours naming the kind of thing counted.
_TABLE = """
5360 完成Flink调优实践，作业延迟降低30% | is-task | -
5360 完成仓储布局调整，拣货路径缩短25% | is-task | -
5360 完成门店动线优化实践，客单价提升10% | is-task | -
5360 完成供应链流程再造，订单交付周期缩短20% | is-task | -
5360 完成课程体系重组，学生选课满意度提升到90% | is-task | -
5360 完成接口性能治理，P99耗时降到200毫秒 | is-task | -
5360 完成全员消防培训，考核通过率达到95% | is-task | -
5360 完成门店动线优化，客单价提升10% | is-task | -
5360 完成客服排班优化，高峰期接通率提升到90% | is-task | -
5360 完成仓储布局调整后，拣货路径缩短25% | - | is-task
5360 通过仓储布局调整，拣货路径缩短25% | - | is-task
5360 完成仓储布局调整，带来拣货效率提升25% | - | is-task
5360 完成排班规则调整，使护士平均加班时长降到每月8小时以内 | - | is-task activity-count
5360 完成年度销售目标，营收增长20% | - | is-task
5360 完成会员系统开发，带来复购率提升到30% | - | is-task
5360 上线智能调度系统，准点率提升10% | - | is-task
5360 完成80%门店的陈列调整 | - | is-task
5360 拣货路径缩短25% | - | is-task
5361 新增2个合作驿站 | - | is-task
5361 新增加盟门店15家 | - | is-task
5361 新增授权服务网点12个 | - | is-task
5361 新增门店5家 | is-task | -
5361 新增快递驿站8个 | is-task | -
5361 新增直营店3家 | is-task | -
5362 实现订单状态实时推送功能 | is-task | -
5362 上线实时风控模块 | is-task | -
5362 搭建库存实时预警系统 | is-task | -
5362 订单实时到账率达到99% | - | is-task not-quantified
5362 实时到账率从90%提升到99% | - | is-task not-quantified
5362 订单数据实时同步到财务系统 | - | not-quantified
5363 优化并上线新版绩效考核系统 | is-task | -
5363 完善并发布门店服务标准 | is-task | -
5363 改进并推出会员储值卡 | is-task | -
5363 提升并保持复购率在40%以上 | - | is-task
5363 优化并上线新版会员体系，带来复购率提升到30% | - | is-task
5363 优化上线流程 | - | is-task
5364 全员绩效面谈100%完成 | is-task | -
5364 100%完成全员安全谈话 | is-task | -
5364 100%完成年度销售目标 | - | is-task
5364 新客户100%完成首单 | - | is-task
5364 80%的新员工完成岗前培训 | - | is-task
5365 3个降本项目落地 | is-task | -
5365 2个提效专项完成验收 | is-task | -
5365 降本项目节约成本200万 | - | is-task
5365 客户满意度提升计划 | is-task | -
5365 供应链优化项目 | is-task | -
5365 增长实验胜出率达到30% | - | is-task
5366 课题立项2项 | - | is-task
5366 新校区招生方案：6月底前定稿 | is-task | -
5366 在全部门店张贴新版价目表 | is-task | -
5366 省级课题立项数达到3项 | - | is-task
5366 获得省级课题立项2项 | - | is-task
5367 累计开展志愿服务200小时 | activity-count | -
5367 组织员工培训120小时 | activity-count | -
5367 志愿服务时长从100小时提升到200小时 | - | activity-count is-task
5367 培训后48小时内独立上岗率达到90% | - | activity-count is-task
5368 公众号推文120篇（原创为主） | activity-count | -
5368 探店视频80条（本地达人为主） | activity-count | -
5368 数据看板5个（含移动端） | is-task | -
5368 新增付费会员500人（以年卡为主） | - | is-task activity-count
5368 门店营业额增长20%（同店口径） | - | is-task activity-count
5369 华南区（广州/深圳/东莞）门店收银系统完成切换 | is-task | -
5369 华北仓（北京/天津/石家庄/太原）拣货系统完成切换 | is-task | -
5369 社区团购渠道（美团优选/多多买菜/兴盛优选）新品试吃活动覆盖2000个团点 | is-task | -
5369 北方大区（京/津/冀）新品路演覆盖200家经销商 | is-task | -
5369 华东区（上海/杭州/南京）门店营业额增长20% | - | is-task activity-count
5370 新增认证讲师30名入驻平台 | - | is-task
5370 新增家政阿姨200名入驻小程序 | - | is-task
5370 新增骑手800名注册加入平台 | - | is-task
5370 新增骑手800名 | is-task | -
5370 新增持证育婴师20人 | is-task | -
5371 设计三款会员专属礼包 | is-task | -
5371 设计3款亲子套餐 | is-task | -
5371 爆款数量达到10款 | - | is-task
5371 新品中销量过万的达到3款 | - | is-task
5371 会员专属礼包销量达到3000份 | - | is-task
5372 手卫生正确率达标 | vague-wording | -
5372 各项质控指标全部达标 | vague-wording | -
5372 培训工作扎实推进 | vague-wording | -
5372 促销力度不低于竞品 | vague-wording | -
5372 费用支出控制在合理范围 | vague-wording | -
5372 达标率达到95% | - | vague-wording
5372 体能测试全员达标 | - | vague-wording
5372 主播话术手册完成并培训到位 | - | vague-wording
5373 日活从3万到5万，同类应用排名进入前五 | compound | -
5373 门店销售额增长20%，区域排名升至第一 | compound | -
5373 区域排名从第5升至第2 | - | compound
5373 同类应用排名进入前五 | - | compound is-task
5374 建成3个24小时城市书房 | is-task | -
5374 新开2家24小时药房 | is-task | -
5374 安装5台24小时自助借还机 | is-task | -
5374 客户问题24小时内解决率达到95% | - | is-task
5374 每个订单30分钟内送达 | - | is-task
5369 重点城市（北上广深）会员复购率从30%提升到40% | - | is-task activity-count
"""


def _cases() -> list[tuple[str, str, set[str], set[str]]]:
    out = []
    for line in _TABLE.strip().splitlines():
        head, fails, passes = (part.strip() for part in line.split("|"))
        decision, text = head.split(maxsplit=1)
        named = [{"kr-" + w for w in part.split() if w != "-"} for part in (fails, passes)]
        out.append((decision, text, named[0], named[1]))
    return out


def _failed(text: str) -> set[str]:
    r = review(_DRAFT.format(text=text))
    return {
        c.rule_id
        for o in r.objectives
        for k in o.key_results
        for c in k.checks
        if c.status == "fail"
    }


@pytest.mark.parametrize(("decision", "text", "fails", "passes"), _cases())
def test_case(decision: str, text: str, fails: set[str], passes: set[str]):
    got = _failed(text)
    assert fails <= got, (decision, text, got)
    assert not passes & got, (decision, text, got)

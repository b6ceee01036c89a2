"""Round 36 (issue 8), helper bfix36zh: Chinese shapes from this round's outsider drafts,
decisions 5300-5319 (docs/principles.md, "… (issue 8, thirty-sixth round; bfix36zh)"). Every
wording here is the helper's own."""

from __future__ import annotations

import pytest

from coach import review

# The rules by short names, as the table below writes them.
_RULES = {
    "negative": "kr-negative-phrasing",
    "task": "kr-is-task",
    "vague": "kr-vague-wording",
    "activity": "kr-activity-count",
    "unquantified": "kr-not-quantified",
    "routine": "kr-business-as-usual",
    "compound": "kr-compound",
    "owner": "kr-no-owner",
    "flat": "objective-not-inspiring",
    "metric": "objective-is-metric",
    "outside": "objective-not-controllable",
}

# How each kind of case is read: a key result under an objective with an owner and a quarter
# ("kr"), one under an objective with a quarter and no owner ("show"), an objective over a key
# result with its owner ("obj"), and a set's title over a personal set with no owners ("title":
# every key result's failures together).
_DRAFTS = {
    "kr": "O1：打造全区最让人放心的服务窗口（负责人：孟涛，2027年Q3）\nKR1：{text}\n",
    "show": "O1：让城市的周末都有好展可看（2027年Q3）\nKR1：{text}\n",
    "obj": "O1：{text}\nKR1：会员复购率从20%提升到35%（负责人：孟涛）\n",
    "title": "{text}\n\nO1：把毕业设计做完\nKR1：完成4组对照实验\nKR2：投递简历25份\n",
}

# decision, kind, wording | rules it fails | rules it passes ("-": none). 5300: a given name, 的
# and a student's period own a personal set; 5301: a curator, a producer or a convener in
# brackets; 5302: an accident's grade and its floor (较大, 及以上) are no task and no loose word;
# 5303: economic crimes are bad events; 5304: people who win a prize are an outcome; 5305: a
# floor between the efforts and their count; 5306: the hour served paints an "easier"; 5307: a
# 化 word before a measure describes it; 5308: requests answered in time are a standard; 5309:
# standing sessions, reviews and sweeps once per cycle, a semester's cycle; 5310: contact by
# phone; 5311: a count beside a whole group reached; 5313: put into service is a launch; 5314:
# doses and water content are no bad events; 5315: a share beating the rivals'; 5316: a yearly
# internal audit and management review, equipment kept in order at 100%.
_TABLE = """
5302 kr   全年不发生一般及以上质量事故 | negative | task
5302 kr   上半年不发生人身轻伤及以上事故 | negative | task
5302 kr   不出现重大或以上火灾事故 | negative | task
5302 kr   全年不发生较大火灾事故 | negative | vague
5302 kr   杜绝较大及以上交通事故 | negative | vague task
5302 kr   门店好评数有较大提升 | vague | -
5302 kr   较大幅度减少客诉事件 | vague | -
5302 kr   完成二级及以上消防培训 | task | -
5303 kr   下半年无经济案件 | negative | -
5303 kr   全年职务犯罪案件为零 | negative | -
5303 kr   经济案件线索核查率达到100% | - | negative
5304 kr   3名护士获省级护理技能竞赛三等奖 | - | task
5304 kr   4名厨师荣获市烹饪大赛金奖 | - | task
5304 kr   5名学员获得全国编程大赛优秀奖 | - | task
5304 kr   新增2名护士 | task | -
5304 kr   选派3名厨师参加市烹饪大赛 | task | -
5305 kr   推送健康科普文章不少于60篇 | activity | -
5305 kr   在视频号、快手发布短视频不少于150条 | activity | -
5305 kr   在官网发布案例文章至少20篇 | activity | -
5305 kr   新增会员不少于800人 | - | activity task
5305 kr   在门店发放体验券不少于3000张 | activity | -
5307 kr   数字化展品库月访问量 | unquantified | task
5307 kr   智能化水表在线率 | unquantified | task
5307 kr   数字化全部馆藏古籍 | task | -
5307 kr   数字化1200件馆藏古籍 | task | -
5307 kr   数字化馆藏档案 | task | -
5308 kr   业主报修响应及时 | unquantified vague | task
5308 kr   路灯故障投诉处理都要及时 | unquantified | task
5308 kr   及时处理业主报修 | task | -
5308 kr   业主报修响应及时率达到97% | - | task unquantified
5309 kr   每学期召开一次全体教职工大会 | routine | -
5309 kr   每两周开展一次班组安全活动 | routine | -
5309 kr   每月完成门诊处方点评 | routine | -
5309 kr   柜员异常交易排查每季度开展一次 | routine | -
5309 kr   每月排查4次燃气隐患 | activity | routine
5309 kr   每学期召开家长会3次 | activity | routine
5309 kr   处方点评合格率从88%提升到97% | - | routine
5310 kr   每位新会员至少电话联系一次 | activity | -
5310 kr   每位患儿家长至少电话沟通两次 | activity | -
5310 kr   家长对电话沟通的满意度达到95% | - | activity
5310 kr   跨科室沟通效率提升20% | - | activity
5311 kr   开展防汛培训不少于5次，覆盖全体巡堤人员 | compound | -
5311 kr   组织应急演练3次，覆盖所有病区 | compound | -
5311 kr   开展防汛培训5次 | - | compound
5313 kr   完成门诊楼二期改造，10月底前投入使用 | task | -
5313 kr   新洗衣房8月底前正式投入使用 | task | -
5313 kr   门诊自助机使用率达到70% | - | task
5313 kr   4个病区使用新版护理记录系统 | - | task
5314 kr   脱水后煤泥含水率降到18%以下 | - | negative
5314 kr   絮凝剂投加量从每吨30克降到24克 | - | negative
5314 kr   出水超标次数降到0次 | negative | -
5300 title 子涵的寒假OKR（1.15-2.25） | - | owner
5300 title **梓轩的新学期目标** | - | owner
5300 title 诗琪的大三下学期计划 | - | owner
5300 title 班级的寒假计划 | owner | -
5300 title 学生的暑假目标 | owner | -
5300 title 门店的暑假OKR | owner | -
5300 title 子涵的OKR | owner | -
5301 show 秋季特展观众达到8万人次（策展人：程雪） | - | owner
5301 show 纪录片播放量达到200万（制片人：欧阳婧） | - | owner
5301 show 读书会月均参与人数达到60人（召集人 韩梅） | - | owner
5301 show 签约策展人达到6名 | owner | -
5306 obj  让乘客在晚高峰换乘更顺畅 | - | flat
5306 obj  让患者周六上午挂号更便捷 | - | flat
5306 obj  让旅客在深夜出站打车更便捷 | - | flat
5306 obj  让乘客换乘更顺畅 | flat | -
5306 obj  让居民办事更便捷 | flat | -
5315 obj  入境游客份额超过周边城市 | metric outside | -
5315 obj  门店销量反超同城友商 | metric outside | -
5315 obj  深耕社区团购，线上份额超过同城对手 | outside | metric
5315 obj  打造比同行更贴心的售后服务 | - | metric outside
5316 kr   9月底前完成内审和管理评审 | routine | -
5316 kr   11月10日前完成内部审核 | routine | -
5316 kr   内审发现问题整改率100% | - | routine
5316 kr   质检员每月参加一次内审培训 | - | routine
5316 kr   应急照明灯完好率保持100% | routine | -
5316 kr   应急照明灯完好率从93%提升到100% | - | routine
"""


def _cases() -> list[tuple[str, str, str, set[str], set[str]]]:
    out = []
    for line in _TABLE.strip().splitlines():
        head, fails, passes = (part.strip() for part in line.split("|"))
        decision, kind, text = head.split(maxsplit=2)
        named = [{_RULES[w] for w in part.split() if w != "-"} for part in (fails, passes)]
        out.append((decision, kind, text, named[0], named[1]))
    return out


def _failed(kind: str, text: str) -> set[str]:
    r = review(_DRAFTS[kind].format(text=text))
    items = r.objectives if kind == "obj" else [k for o in r.objectives for k in o.key_results]
    return {c.rule_id for it in items for c in it.checks if c.status == "fail"}


@pytest.mark.parametrize(("decision", "kind", "text", "fails", "passes"), _cases())
def test_case(decision: str, kind: str, text: str, fails: set[str], passes: set[str]):
    got = _failed(kind, text)
    assert fails <= got, (decision, text, got)
    assert not passes & got, (decision, text, got)


# 5312: a greeting that leads in to "一、" sections, each with its "1、" points.
_LEAD_IN_SECTIONS = (
    "各位同事，明年上半年（1-6月）车队就抓这几件事：\n"
    "一、冷链运力\n1、完成冷藏车队扩编，3月底前全部上路\n2、冷链订单准时送达率达到96%\n"
    "二、司机梯队\n1、招聘A2驾照司机4名\n2、5人通过危货运输资格考试\n"
)


def test_lead_in_over_sections():
    r = review(_LEAD_IN_SECTIONS)
    assert [o.text for o in r.objectives] == ["冷链运力", "司机梯队"]
    assert [len(o.key_results) for o in r.objectives] == [2, 2]
    # the lead-in's half year is the set's period: no key result lacks a deadline
    assert all(
        c.status != "fail" or c.rule_id != "kr-no-deadline"
        for o in r.objectives
        for k in o.key_results
        for c in k.checks
    )


def test_sections_under_a_title_unchanged():
    lead = "各位同事，明年上半年（1-6月）车队就抓这几件事："
    text = _LEAD_IN_SECTIONS.replace(lead, "车队2027年上半年OKR")
    assert [o.text for o in review(text).objectives] == ["冷链运力", "司机梯队"]


def test_sections_without_points_unchanged():
    text = "各位，下季度就抓这几件事：\n一、冷链订单准时送达率达到96%\n二、招聘A2驾照司机4名\n三、油耗下降5%\n四、客户投诉率降到1%以下\n"
    assert len(review(text).objectives) == 1

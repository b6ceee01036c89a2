"""Helper gen47, forty-seventh round of issue 8: do rounds 45 and 46's decisions reach the next
author? Decisions 6940-6947 in docs/principles.md widen eight classes where fresh wordings of
another writer failed on two or more: one thing booked for oneself (6564), a handling done
"立即"/"马上" or by a unit named by its letters (6720), an outburst forbidden in other words
(6660), a test passed "first time" (594, 24), a common illness as a bad event (6623, 6813), and
the people a service takes in before 体验 in Chinese (6602), a platform's pick in Chinese (6711),
the team's own use of a thing in Chinese (6656).

Each wording below was written for this file. Rows under a "guards" comment passed on the base
(75bd00a1) too: they are the near neighbours that must keep their verdict; every other row fails
there.
"""

from __future__ import annotations

import pytest

from coach.review import review
from tests.test_en39 import _CODES as _EN39_CODES
from tests.test_retire32 import _fails

_CODES = {
    **_EN39_CODES,
    "F": "objective-not-inspiring",
    "G": "objective-vague",
    "K": "objective-not-controllable",
}
_OBJECTIVE_EN = (
    "Objective: Make the harbour café the first stop of every walker (owner: Ana) in Q3\n"
)
_OBJECTIVE_ZH = "王芳 个人OKR（2026年Q3）\n目标：让门店成为街坊的首选\n"


def _kr_fails(wording: str) -> list[str]:
    """The failing checks of one key result under a dated, owned objective."""
    if any("\u4e00" <= ch <= "\u9fff" for ch in wording):
        (k,) = review(f"{_OBJECTIVE_ZH}KR1：{wording}\n").objectives[0].key_results
    else:
        (k,) = review(f"{_OBJECTIVE_EN}- KR1: {wording}\n").objectives[0].key_results
    return [c.rule_id for c in k.checks if c.status == "fail"]


def _objective_fails(objective: str) -> list[str]:
    if any("\u4e00" <= ch <= "\u9fff" for ch in objective):
        return _fails(
            f"王芳 个人OKR（2026年Q1）\n目标：{objective}\nKR1：新客户从10个增加到20个\n"
        )[0]
    return _fails(f"Objective: {objective}\n- KR1: Members who renew from 60% to 75% (Ana)\n")[0]


# One case a line: the checks that must fail, the checks that must not ("-": none), the wording.
_KR_TABLE = """
# -- decision 6940: one thing with its article, booked for oneself, no figure, is an errand
T    -    Book an eye test
T    -    Book a hearing test before the school term
T    -    Book a massage
T    -    Book a mortgage adviser
T    -    Book a personal trainer for January
T    -    Book the MOT
T    -    Book a dental cleaning
T    -    Book a flu jab
T    -    Book a boiler service
T    -    Book a haircut before the wedding
T    -    Book a babysitter for date night
T    -    Book a sports massage after the marathon
T    -    Book a counsellor
# guards: a count, a change, business won or a place given by others, the decision's own list
-    T    Book 12 physio sessions
-    T    Book 30 demos
-    T    Book more grooming appointments
-    T    Book a deal with Tesco
-    T    Book a new client
-    T    Book a record quarter
-    T    Book a meeting with the Tesco buyer
-    T    Book a spot on the morning show
-    T    Book a partnership with the council
-    T    Book a gig at the Roundhouse
-    T    Book a £50k order from Acme
T    -    Book the church hall for the recital
T    -    Book a dentist appointment
T    -    Book an accountant for the tax return
# -- decision 6941: handled 立即 / 马上, or by a unit named by its letters, is a vague change
QV   T    前台立即受理住客需求
QV   T    客服马上回复顾客留言
QV   T    值班经理立即处理客诉
QV   T    物业马上响应业主报修
QV   T    IT快速响应报障
QV   T    HR第一时间回复员工咨询
QV   T    IT立即处理系统故障
QV   T    售后马上跟进退货申请
QV   T    店长立即回应差评
QV   T    客服组马上解答会员疑问
QV   T    CS迅速处理工单
QV   T    药剂师立即答复患者咨询
# guards: a figure, work done fast (a task), 及时 (decision 5308), a routine load
-    QVT  2小时内回复90%的客户咨询
T    -    立即上线新版小程序
T    -    马上完成系统迁移
T    -    IT部署新系统
T    -    及时处理业主报修
B    T    快速处理每一张维修工单
# -- decision 6944: a common illness is a bad event, as 生病 is
N    T    别感冒
N    T    考试周别发烧
N    -    感冒次数从每年6次降到2次
N    -    全年不发烧
N    -    全家感冒次数从每年10次降到4次
N    -    冬天不再感冒
N    -    一年内发烧不超过1次
N    -    备考期间别感冒
N    -    马拉松前一周别感冒
N    -    每学期感冒不超过1次
N    -    队员感冒人数从10人降到3人
N    -    今年冬天不发烧
# guards: a product named for it, people named by it, a count of work (decision 11's overtime)
-    N    感冒药销量提升20%
-    N    发烧友社群成员从200人增加到500人
-    N    流感疫苗接种率达到90%
-    N    加班时长从每周10小时降到4小时
T    N    别忘记提交周报
# -- decision 6947: the team's own use of a thing, where or what for, is a task (the Chinese of 6656)
T    -    用AI给工单打标签
T    -    在排班中使用客流数据
T    -    在报价中使用新模板
T    -    在排班时使用客流数据
T    -    在会议中使用投屏
T    -    在课堂上使用平板
T    -    在巡店时使用新检查表
T    -    在仓库里用扫码枪
T    -    在面试中采用结构化问题
T    -    在备课中使用AI
T    -    用表格给客户分级
T    -    在盘点时使用手持终端
# guards: a use moved, 用心, a figure, the people served using it, already a task
-    T    在课堂上少用手机
-    T    在会议中多使用数据
-    T    用心服务每位客户
-    T    在5家门店使用新收银系统
-    T    在报价中使用新模板，客单价提升10%
-    T    让客户在自助机上用医保卡
T    -    借助AI来写商品描述
"""

_OBJECTIVE_TABLE = """
# -- decision 6942: an outburst forbidden in other words is flat, as "Don't lose my temper" is
F    -    Never snap at my team
F    -    Don't snap at the kids
F    -    Dont yell at the kids
F    -    Dont shout at my staff
F    -    don't lose my cool with the kids
F    -    Never lose my cool in a match
F    -    Never raise my voice at the kids again
F    -    Never snap at customers again
F    -    Dont lose my temper with my brother
F    -    Never snap at the interns
F    -    Dont snap at my mum
F    -    Never lose my cool with the referee again
# guards: a feeling kept, a measure, the people served, prices raised, "Stop …"
-    F    Don't lose a single customer to the move
-    F    Never raise our prices
F    -    Stop yelling at the kids
F    -    Don't lose my temper with the kids
F    -    Do not lose my rag with the referee
F    -    Don't raise my voice with patients
# -- decision 6943: a test passed "first time" is the test's work, as "on the first attempt" is
F    -    Pass the PCI DSS assessment first time
F    -    Pass the FDA audit first time
F    -    Pass the Ofsted inspection first time
F    -    Get ISO 9001 certified first go
F    -    Pass the driving test first try
F    -    Pass the SOC 2 audit first time
F    -    Pass the bar exam first time
F    -    Pass the MOT first time
F    -    Pass the food hygiene inspection first time
F    -    Clear the safety audit first time
F    -    Pass the ACCA exams first time
F    -    Pass the HGV test first time
F    -    Pass the Cambridge B2 exam first time
# guards: a marker kept, an end state for the people served, a kind of people, a league won
-    F    Pass every audit with the best record in the industry
-    F    Be the first bakery in town to go plastic-free
-    F    Get it right first time for every patient
-    F    Fix every fault first time
-    F    Be the first choice for first-time buyers
-    F    Win the league first time of asking
# -- decision 6945: the people a service takes in are as broad as customers before 体验
G    -    提升求职者体验
G    -    提升捐赠人体验
G    -    提升学员体验
G    -    提升候选人体验
G    -    提升租户体验
G    -    优化捐赠人体验
G    -    改善应聘者体验
G    -    提升申请人的体验
G    -    提升学习者体验
G    -    改善租客体验
G    -    提升捐款人体验
G    -    改善学员体验
# guards: a process named, a measure, an end state, the list's own people
-    G    提升应聘者的面试体验
-    G    优化候选人面试流程
-    G    让每位求职者都觉得被尊重
G    -    提升患者体验
G    -    提升客户体验
# -- decision 6946: a platform's editors or showcase picking the work, in Chinese as 6711 in English
K    -    被App Store编辑推荐
K    -    被抖音官方推荐
K    -    让我们的游戏登上Steam首页推荐
K    -    登上淘宝首页
K    -    获得苹果今日推荐
K    -    让新书获得豆瓣编辑推荐
K    -    冲上京东首焦
K    -    新品登上天猫首页，月销破万
K    -    被B站官方推荐
K    -    让我们的播客登上小宇宙首页
K    -    拿到应用宝编辑推荐
K    -    被Google Play编辑推荐
# guards: the team's own page, the people served, 4998's own reading
-    K    在首页推荐我们的优质客户
-    K    登上公司官网首页
-    K    被客户推荐
-    K    被老客户推荐给朋友
K    -    被小红书选为优质博主
F    -    Pass the CPA exam at the first sitting
"""


def _parse(line: str) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    fail, hold = (
        () if col.strip() == "-" else tuple(_CODES[c] for c in col.strip())
        for col in (line[:5], line[5:10])
    )
    return line[10:], fail, hold


def _rows(table: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [_parse(line) for line in table.strip().splitlines() if not line.startswith("#")]


@pytest.mark.parametrize(("wording", "fail", "hold"), _rows(_KR_TABLE))
def test_gen47_key_result(wording: str, fail: tuple[str, ...], hold: tuple[str, ...]) -> None:
    got = _kr_fails(wording)
    assert [c for c in fail if c not in got] == []
    assert [c for c in hold if c in got] == []


@pytest.mark.parametrize(("wording", "fail", "hold"), _rows(_OBJECTIVE_TABLE))
def test_gen47_objective(wording: str, fail: tuple[str, ...], hold: tuple[str, ...]) -> None:
    got = _objective_fails(wording)
    assert [c for c in fail if c not in got] == []
    assert [c for c in hold if c in got] == []

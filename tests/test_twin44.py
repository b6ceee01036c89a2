"""Round 44, helper twin44: the two languages judged alike, decisions 6475-6487 in
docs/principles.md. The same draft written in English and in Chinese should get the same
verdicts; where a twin pair differed, one language's word list lacked what the other had. Each
fix is data (the lexicons in rules/data/<lang>/ and coach/facts/data/<lang>/), not code.

Every wording here was written for this file: an English line and its natural Chinese twin (not
word for word), across functions (shops, schools, clinics, charities, councils, depots,
software teams, hotels, personal sets). Lines marked "guard" are near neighbours that must not
change; the others had the other verdict on e8f8baca in one of the two languages.
"""

from __future__ import annotations

import pytest

from coach import review

# The frames: a key result under an objective with its owner and its cycle (K), or an objective
# under a cycle's title with two measured key results (O).
_FRAMES = {
    ("K", "en"): (
        "Objective: Become the most trusted service desk in the district (owner: Meng Tao, "
        "Q3 2027)\n- KR1: {text}\n"
    ),
    ("K", "zh"): "O1：成为全区最让人放心的服务窗口（负责人：孟涛，2027年Q3）\nKR1：{text}\n",
    ("O", "en"): (
        "Q3 2027 OKRs\nObjective: {text}\n- KR1: Raise member satisfaction from 80% to 88% "
        "(owner: Ana)\n- KR2: Grow active members from 1,200 to 1,800 (owner: Ana)\n"
    ),
    ("O", "zh"): (
        "2027年第三季度OKR\n目标：{text}\n关键结果1：会员满意度从80%提升到88%（负责人：王芳）\n"
        "关键结果2：活跃会员从1200人增加到1800人（负责人：王芳）\n"
    ),
}
_RULES = {
    "X": "objective-not-controllable",
    "U": "kr-business-as-usual",
    "T": "kr-is-task",
    "N": "kr-negative-phrasing",
    "A": "kr-activity-count",
    "I": "objective-not-inspiring",
    "V": "kr-vague-wording",
}

# decision | frame | rule + (fails) or - (passes) | guard? | wording
_TABLE = """
6475 O X+ | Get our rivals to cut their prices
6475 O X+ | Hope the competition goes bankrupt before spring
6475 O X+ | 让竞争对手提价
6475 O X+ | 让竞品上调价格
6475 O X+ guard | Get competitors to raise their prices
6475 O X+ guard | 让竞争对手降价
6475 O X- guard | Raise our prices without losing a single regular
6475 O X- guard | 我们提价后老顾客一个不流失
6476 O X+ | Get the county board to rezone the old depot for housing
6476 O X+ guard | 让市政府批准旧仓库地块的规划调整
6476 O X- guard | Rezone our store layout so families find the toy aisle first
6477 K U+ | Take on the same 12 lifeguards as every summer
6477 K U+ | Print the school play programme like every spring
6477 K U+ | 和每年一样招募12名暑期救生员
6477 K U+ | 像每年一样印发春季演出节目单
6477 K U+ guard | 和往年一样招募12名暑期救生员
6477 K U- guard | Open 2 new pools every summer
6477 K U- guard | Give every summer intern a named mentor from 60% to 100%
6477 K U- guard | 每年夏天新开2个泳池
6478 K U+ | 每次理事会前三天寄出会议资料
6478 K U+ | 每周五交工时表
6478 K U+ | 每次董事会前一周发送会议材料
6478 K U+ guard | Send the board papers a week before every board meeting
6478 K U+ guard | Submit my timesheet every Friday
6478 K U- guard | 会议材料提前发送率从60%提升到95%
6478 K U- guard | 工时表填报准确率从85%提升到98%
6478 K U- guard | 每次会议后24小时内发出的纪要占比从40%提升到90%
6479 O X+ | 开幕那天碰上晴好天气
6479 O X+ | 夏季集市遇上好天气
6479 O X+ guard | Get good weather for the harvest fair
6479 O X- guard | 遇上难题也能当天给客户答复
6480 K T- | 向校友筹集更多奖学金
6480 K T- | 从本地企业募集更多善款
6480 K T- guard | Raise more scholarship money from alumni
6480 K T- guard | 向校友筹集奖学金50万元
6480 K T+ guard | 筹备校友返校日
6481 K N+ | Lateness at morning registration from 8% to 3%
6481 K N+ | Staff late for their shift from 20 to 6 a month
6481 K N+ | Pupils late to school from 9% to 4%
6481 K N+ guard | 学生迟到率从9%降到4%
6481 K N- guard | Pupils on time for school from 91% to 96%
6481 K N- guard | Cut the late-shift handover from 30 to 15 minutes
6482 K U+ | 卫生许可证到期前完成续期
6482 K U+ | 车辆保险到期前完成续保
6482 K U+ | 续期食品经营许可证
6482 K T- | 卫生许可证到期前完成续期
6482 K U+ guard | Renew the food hygiene permit before it expires
6482 K U- guard | 租约到期前搬进新仓库
6482 K U- guard | 会员到期前续费率从45%提升到60%
6482 K U- guard | 续保客户从300家增加到450家
6483 K T- | 秋季学期招生120人
6483 K T- | 春节档预订年夜饭200桌
6483 K T- guard | Enrol 120 pupils in the autumn class
6483 K T+ guard | 招聘3名招生老师
6483 K A+ guard | 开展招生宣传20场
6483 K T+ guard | 在3个新小区设立招生点
6486 O I- | 打入本省三甲医院市场
6486 O I- | 杀入华东连锁药房市场
6486 O I- guard | Break into the teaching-hospital market in our province
6486 O I- guard | 打进本省三甲医院市场
6486 O I+ guard | 防止病毒闯入内网
6487 K V+ | 迅速回答家长的问题
6487 K V+ | 让报名表更简单
6487 K V+ | 交接班顺畅进行
6487 K V+ | 给新老师充分的指导
6487 K V+ guard | Answer parents' questions promptly
6487 K V+ guard | Make the sign-up form simpler
6487 K V- guard | 快速通道使用率从20%提升到40%
6487 K V- guard | 更安全的驾驶行为占比从60%提升到80%
6484 K N+ | 病假率从4%降到2%
6484 K N+ | 会员邮件退信率从6%降到1.5%
6484 K N+ | 客服热线掉话率从3%降到1%
6484 K N+ | 车险理赔拒赔率从15%降到6%
6484 K N+ guard | Bounced emails from 8% to 2%
6484 K N- guard | 病假审批时长从3天缩短到1天
6484 K N- guard | 理赔办结时长从10天缩短到4天
6485 K A+ | Give 4 evening lectures at the library
6485 K A+ guard | 在图书馆做4场晚间讲座
6485 K T+ | 整理200家目标客户名单
6485 K T+ guard | Compile a list of 80 target schools
6485 K T- guard | 白名单商户从100家增加到300家
6485 K T- guard | 把目标学校名单上的签约率从20%提升到35%
"""


def _cases():
    for line in _TABLE.strip().splitlines():
        head, text = (p.strip() for p in line.split("|", 1))
        decision, frame, check, *_guard = head.split()
        yield pytest.param(
            frame, _RULES[check[0]], check[1] == "+", text, id=f"{decision}-{check}-{text}"
        )


def _failed(frame: str, text: str) -> set[str]:
    lang = "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en"
    r = review(_FRAMES[(frame, lang)].format(text=text))
    assert len(r.objectives) == 1, text
    o = r.objectives[0]
    if frame == "O":
        return {c.rule_id for c in o.checks if c.status == "fail"}
    assert len(o.key_results) == 1, text
    return {c.rule_id for c in o.key_results[0].checks if c.status == "fail"}


@pytest.mark.parametrize(("frame", "rule", "fails", "text"), list(_cases()))
def test_twin(frame: str, rule: str, fails: bool, text: str):
    assert (rule in _failed(frame, text)) is fails, text

"""neg22 (issue 8, twenty-second round): negative phrasing on wordings neg22 wrote (decisions
2220-2239), with guards for what must stay positive."""

from __future__ import annotations

import pytest

from coach.config import Config
from coach.review import review

NO_MODEL = Config(semantic=False)
ZH = "目标：让团队的工作更可靠\n关键结果：{}（负责人：王芳）"
EN = "Objective: Make our work more dependable\nKR: {} (owner: Ana)"


def _negative(draft: str) -> bool:
    rv = review(draft, config=NO_MODEL, select=["kr-negative-phrasing"])
    return any(f.rule_id == "kr-negative-phrasing" for f in rv.findings)


# decision 2220: a Chinese zero that closes its clause, set by 为/降至/清零, zeroes the things
# before it, named by their domain
@pytest.mark.parametrize(
    "kr",
    [
        "季度末客户资料表里的身份证号明文存储为 0",
        "旧版支付接口的调用降至 0",
        "测试环境发到真实用户手机上的短信条数为 0",
        "还能登录生产库的外包账号由 25 个降到 0 个",
        "仍挂在旧域名下的页面清零",
    ],
)
def test_zh_zero_of_domain_things_is_negative(kr: str) -> None:
    assert _negative(ZH.format(kr))


@pytest.mark.parametrize(
    "kr",
    [
        "本季度产线停机时间为 0",  # a time (decision 27)
        "新签约门店从 0 家增加到 12 家",  # a zero start
        "数据中心迁移期间服务中断时长为 0",
        "第三方授权费用降为 0",  # an amount
        "项目预算余额为 0",  # money left, not events
        "销售线索从 0 增加到每月 300 条",
    ],
)
def test_zh_zero_guards(kr: str) -> None:
    assert not _negative(ZH.format(kr))


# decision 2221: cases past a wait or lateness limit are breaches, counted or capped
@pytest.mark.parametrize(
    "draft",
    [
        EN.format("Callers kept waiting more than 5 minutes cut to under 4% of calls by Q3"),
        EN.format("Buses departing the depot more than 10 minutes late below 6% of trips in Q2"),
        EN.format("Patients waiting longer than 30 minutes for triage reduced from 20% to 8%"),
        ZH.format("排队超过 20 分钟的患者占比从 18% 降到 6%（Q3）"),
        ZH.format("晚于约定 2 小时送达的订单比例低于 3%（本季度）"),
    ],
)
def test_waits_past_a_limit_are_negative(draft: str) -> None:
    assert _negative(draft)


@pytest.mark.parametrize(
    "draft",
    [
        EN.format("Average wait at the front desk down from 14 minutes to 5 minutes by Q3"),
        EN.format("Callers answered within 5 minutes rise from 80% to 96% by Q3"),
        EN.format("Engineers spending more than 4 hours a week in reviews from 10% to 40%"),
        ZH.format("患者平均排队时间从 25 分钟缩短到 10 分钟（Q3）"),
        ZH.format("2 小时内送达的订单比例从 80% 提升到 95%（本季度）"),
    ],
)
def test_wait_time_and_within_limit_stay_positive(draft: str) -> None:
    assert not _negative(draft)


# decision 2222: things left undone, named before their noun (en) or with 未 (zh); a noun then
# "abandoned"/"declined"; the Chinese side of dropouts, late work, chargebacks, absences
@pytest.mark.parametrize(
    "draft",
    [
        EN.format("Unsigned contracts in the legal queue down from 60 to 10 by Q3"),
        EN.format("Unreconciled bank accounts reduced from 14 to 2 by June"),
        EN.format("Bookings abandoned at the seat map cut from 40% to 25% by Q4"),
        EN.format("Quotes declined by clients cut from 30% to 18% by Q4"),
        ZH.format("未签字的合同由 60 份减少到 10 份（Q3）"),
        ZH.format("未复核的处方比例低于 1%（本季度）"),
        ZH.format("函授课程辍学率从 25% 降到 12%（本学年）"),
        ZH.format("实验报告迟交人数每月不超过 3 人（本学期）"),
    ],
)
def test_things_left_undone_and_zh_counterparts_are_negative(draft: str) -> None:
    assert _negative(draft)


@pytest.mark.parametrize(
    "draft",
    [
        EN.format("Unique visitors to the docs from 8,000 to 12,000 by Q3"),
        EN.format("Unlimited-plan subscribers grow from 300 to 900 by Q4"),
        ZH.format("未来两个季度新签约客户从 20 家增加到 35 家"),
        ZH.format("未成年学员家长满意度从 80% 提升到 92%（本学期）"),
        ZH.format("高中升学率从 70% 提升到 85%（本学年）"),
    ],
)
def test_undone_guards(draft: str) -> None:
    assert not _negative(draft)


# decision 2223: a zero after "from" is where a count starts, even when written after the target
@pytest.mark.parametrize(
    "draft",
    [
        EN.format("Ship 4 plugins this year, from 0 last year"),
        EN.format("Publish 6 case studies in Q3, up from 0 in Q2"),
    ],
)
def test_zero_after_from_is_a_start(draft: str) -> None:
    assert not _negative(draft)


# decision 2224: an avoid-lead names its bad event whatever it is; a deed done wrong (V + 错);
# unplanned stoppages counted; "duplicate" before its noun
@pytest.mark.parametrize(
    "draft",
    [
        EN.format("Avoid any data-retention fine from the regulator in FY26"),
        EN.format("Prevent a repeat of last year's warehouse flood in Q1"),
        ZH.format("杜绝样品寄给竞争对手（本季度）"),
        ZH.format("快递面单地址填错的包裹每月不超过 5 个（Q3）"),
        ZH.format("药房发错药的次数从每月 6 次降到 1 次（Q4）"),
        ZH.format("装配线非计划停线从每月 7 次减少到 2 次（Q3）"),
        EN.format("Duplicate supplier invoices cut from 40 to 5 by Q2"),
    ],
)
def test_avoid_leads_and_wrong_deeds_are_negative(draft: str) -> None:
    assert _negative(draft)


@pytest.mark.parametrize(
    "draft",
    [
        EN.format("Avoided costs of $2M from renegotiated leases in FY26"),
        ZH.format("门店服务评价“不错”以上的比例从 70% 提升到 90%（Q3）"),
        ZH.format("纠错工具覆盖的表单从 10 张增加到 40 张（本季度）"),
        ZH.format("二号车间停机时间从每月 20 小时缩短到 6 小时（Q3）"),
    ],
)
def test_avoid_and_wrong_guards(draft: str) -> None:
    assert not _negative(draft)


# decision 2225: days on which a thing to avoid happened, zeroed, are bad days; a lexicon term
# before the zero keeps the lexicon's reading
@pytest.mark.parametrize(
    "kr", ["晚上十一点后还在看剧的天数为 0（Q2）", "周末还在回工作消息的天数为 0（本季度）"]
)
def test_zh_zero_days_of_a_habit_are_negative(kr: str) -> None:
    assert _negative(ZH.format(kr))


@pytest.mark.parametrize("kr", ["项目延期天数为 0", "本月加班天数为 0", "连续停机时间为 0"])
def test_zh_zero_days_guards(kr: str) -> None:
    assert not _negative(ZH.format(kr))

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

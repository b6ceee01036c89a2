"""objective-not-controllable: an objective whose success is decided by people outside the team."""

from __future__ import annotations

from coach.draft import Draft, Item
from coach.rule_api import Example, Hit, Rule
from rules._outside_forces import outside_clause


class ObjectiveNotControllable(Rule):
    """What it does: flags an objective whose success depends on people or forces the team does
    not control:

    - a market force asked to move: the share price, market value, exchange or interest rates,
      the economy, the weather ("提升公司股价", "Get our share price above $50"), unless the
      objective is about managing it (risk, exposure, hedging, forecasting, reporting);
    - a competitor's own action ("让竞争对手退出市场", "Make competitors raise their prices");
    - another party's decision: the board, management, finance, legal, other teams
      ("让财务部批准预算", "Get the board to approve the FY27 budget", "Legal signs off on …");
    - a ranking, listing, award or grant a third party decides (docs/principles.md decision
      21): an analyst quadrant, a "best places to work" list, a platform's trending list, a
      government subsidy, the team's reputation ranked by a rater ("Get named a Leader in the
      next Gartner MQ", "冲上微博热搜榜TOP3", "拿下市级专项补贴", "口碑进入行业测评前三"). The team's
      own users or its reputation ranked first with no rater or report is an aspiration
      ("Make the warehouse the place analysts trust first", "打造行业口碑第一的客服团队":
      decision 576).

    - a regulator or government body made to decide, or deciding as the subject ("Get the FDA
      to approve our IND", "让药监局批准我们的临床试验申请": decision 4042);
    - a market price or a government's policy asked to move on its own ("明年猕猴桃价格不跌",
      "Milk prices recover", "Government policy changes to favour rural water access": decision
      4043); the team's own price or a measure of it ("客单价不回落", "Raise our prices by 5%")
      is not read.

    Winning a market or beating competitors on something the team builds stays silent ("拿下xx
    市场", "Win the enterprise market", "Beat competitors on onboarding speed"): the team's own
    work decides those. A regulator's approval won, said as a noun ("Win FDA approval",
    "获得药监局批准"), is left alone on purpose (decision 55): for a regulatory team, preparing and
    winning an approval is its own work, and flagging it would be a false alarm more often than
    not.

    Why is this bad? The seed's third principle: 由独立的团队来执行目标, 团队内可控. When success
    hangs on someone else's decision or on the market, the team can do everything right and
    still fail, or fail to act and still succeed; the objective stops guiding its work.

    Use instead: the part the team controls ("把投资者关系做到行业标杆", "Submit a budget the
    board can approve in one meeting", "Make switching from competitors effortless").
    """

    id = "objective-not-controllable"
    target = "objective"
    severity = "warning"
    category = "control"
    issue_type = "non-conformance"
    fix = "never"
    similar_examples = True
    model_label = None
    principle = {
        "zh": "由独立的团队来执行目标；团队内可控",
        "en": "An independent team can execute the objective: it is within the team's control",
    }
    message = {
        "zh": "这个目标取决于团队之外的因素（“{outside}”），团队自己无法掌控。",
        "en": "This objective depends on something outside the team's control (“{outside}”).",
    }
    explanation = {
        "zh": "目标应由独立的团队来执行，并且在团队可控的范围内。股价、汇率、市场行情、竞争对手的行为、"
        "其他部门或董事会的决定都不由团队掌控：团队做得再好也可能失败。改写成团队自己能推动的结果，"
        "例如把“让财务部批准预算”写成“拿出一份让财务部一次通过的预算方案”。",
        "en": "An objective should be something an independent team can execute and control. "
        "Share prices, exchange rates, the economy, what competitors do and what the board or "
        "another team decides are outside it: the team could do everything right and still "
        "miss. Rewrite it as the result the team itself drives, e.g. “Get the board to approve "
        "the budget” becomes “Bring the board a budget it can approve in one meeting”.",
    }
    examples = (
        Example("zh", "本季度提升公司«股价»", True),
        Example("zh", "让«竞争对手退出»华东市场", True),
        Example("zh", "本季度让«财务部批准»新产品线的预算", True),
        Example("zh", "获得«董事会的批准»，启动海外扩张", True),
        Example("zh", "拿下xx市场！", False, note="decision 6230", workshop=False),
        Example("zh", "在上手速度上超越竞争对手", False),
        Example("zh", "降低汇率波动对利润的影响", False),
        Example("zh", "毛利率提升2个百分点", False, note="利率 inside 毛利率 is no interest rate"),
        Example("zh", "缩短财务审批流程的时长", False),
        Example("en", "Raise our «share price» above $50", True),
        Example("en", "Make «competitors exit» the mid-market segment", True),
        Example("en", "Get «the board to approve» the FY27 budget", True),
        Example("en", "Win the enterprise market", False),
        Example("en", "Beat competitors on onboarding speed", False),
        Example("en", "Reduce our exposure to exchange rate swings", False),
        Example("en", "Prepare a budget the board can approve in one meeting", False),
        Example("zh", "今年拿下成渝两地的宠物医疗市场！", False),  # decision 6230
    )

    def check(self, item: Item, draft: Draft) -> list[Hit]:
        for s, e in item.facts.clauses:
            span = outside_clause(item, s, e)
            if span:
                return [Hit(span=span, args={"outside": item.plain[span[0] : span[1]]})]
        return []


RULE = ObjectiveNotControllable()

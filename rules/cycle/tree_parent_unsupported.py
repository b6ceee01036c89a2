"""tree-parent-unsupported: a top-level objective that no objective below serves."""

from __future__ import annotations

from coach.rule_api import Example, Hit
from rules.cycle._tree_examples import CO2_EN, CO2_ZH, CO_EN, CO_ZH
from rules.cycle._util import wording_span
from rules.cycle.base import CycleRule

_RANK = {"company": 0, "team": 1, "personal": 2}
_LEVEL = {
    "zh": {"team": "团队", "personal": "个人"},
    "en": {"team": "team", "personal": "personal"},
}


class TreeParentUnsupported(CycleRule):
    """What it does: flags an objective of the top level in the document (usually the
    company's) that no objective of the level below serves — neither stated nor inferred —
    when that level is there.

    Why is this bad? The seed's third failure factor is "没有做好具体落实目标的计划": a company
    objective no team has taken up has nobody planning to carry it out.

    Use instead: agree which team takes it up (a team objective that names it), or drop it.
    """

    family = "tree"
    order = 2
    id = "tree-parent-unsupported"
    target = "objective"
    severity = "warning"
    principle = {
        "zh": "没有做好具体落实目标的计划，是无法达成目标的关键因素",
        "en": "An objective nobody plans to carry out fails",
    }
    message = {
        "zh": "没有任何{level}目标支撑这个目标：由谁来落实它？",
        "en": "No {level} objective serves this objective: who will carry it out?",
    }
    explanation = {
        "zh": "公司OKR要靠团队OKR落实：“为了公司的OKR，团队能做什么”。没有任何团队目标承接的公司目标，就没有人在为它做计划——"
        "“没有做好具体落实目标的计划”是无法达成目标的关键因素之一。商定由哪个团队承接（团队目标里写明“对齐公司O1”），或者把它删掉。",
        "en": "Company OKRs are carried out through team OKRs: “what can the team do for the "
        "company's OKRs?”. A company objective no team takes up has nobody planning for it — and "
        "“no concrete plan” is one of the five reasons objectives fail. Agree which team takes it "
        "up (its objective says “supports company O1”), or drop it.",
    }
    examples = (
        Example(
            "zh",
            CO_ZH
            + "目标2：«让客户爱上我们的服务»\n关键结果1：NPS从30提升到45\n## 华东销售部OKR\n目标：扩大华东区的客户覆盖（对齐公司O1）\n关键结果1：华东区新签客户12家\n",
            True,
        ),
        Example(
            "zh",
            "## 公司OKR\n目标1：«打造行业标杆的数据平台»\n关键结果1：数据延迟缩短到1小时\n"
            + CO2_ZH
            + "## 客服部OKR\n目标：让客户的问题当天解决（对齐公司O2）\n关键结果1：客户问题解决时间缩短至1天\n",
            True,
        ),
        Example(
            "zh",
            "## 团队OKR\n目标1：«上线新的计费系统»\n关键结果1：计费错误率低于0.1%\n目标2：提升新用户留存\n关键结果1：7日留存率达到50%\n## 个人OKR\n目标：把新手引导做到最好（对齐O2）\n关键结果1：引导完成率达到80%\n",
            True,
        ),
        Example(
            "zh",
            CO_ZH
            + "## 华东销售部OKR\n目标：扩大华东区的客户覆盖（对齐公司O1）\n关键结果1：华东区新签客户12家\n",
            False,
        ),
        Example(
            "zh",
            CO_ZH
            + CO2_ZH
            + "## 华东销售部OKR\n目标：扩大华东区的客户覆盖（对齐公司O1）\n关键结果1：华东区新签客户12家\n## 客服部OKR\n目标：让客户的问题当天解决（对齐公司O2）\n关键结果1：客户问题解决时间缩短至1天\n",
            False,
        ),
        Example("zh", CO_ZH + CO2_ZH, False),
        Example(
            "en",
            CO_EN
            + "Objective 2: «Make customers love our service»\nKR1: Raise NPS from 30 to 45\n## East sales team OKRs\nObjective: Reach more customers in the East (supports company O1)\nKR1: 12 new customers in the East\n",
            True,
        ),
        Example(
            "en",
            "## Company OKRs\nObjective 1: «Build the best data platform in the industry»\nKR1: Data latency down to 1 hour\n"
            + CO2_EN
            + "## Support team OKRs\nObjective: Solve customer problems the same day (supports O2)\nKR1: Resolution time down to 1 day\n",
            True,
        ),
        Example(
            "en",
            "## Team OKRs\nObjective 1: «Launch the new billing system»\nKR1: Billing error rate under 0.1%\nObjective 2: Keep more new users\nKR1: 7-day retention at 50%\n## Personal OKRs\nObjective: Make onboarding the best it can be (supports O2)\nKR1: Onboarding completion at 80%\n",
            True,
        ),
        Example(
            "en",
            CO_EN
            + "## East sales team OKRs\nObjective: Reach more customers in the East (supports company O1)\nKR1: 12 new customers in the East\n",
            False,
        ),
        Example(
            "en",
            CO_EN
            + CO2_EN
            + "## East sales team OKRs\nObjective: Reach more customers in the East (supports company O1)\nKR1: 12 new customers in the East\n## Support team OKRs\nObjective: Solve customer problems the same day (supports O2)\nKR1: Resolution time down to 1 day\n",
            False,
        ),
        Example("en", CO_EN + CO2_EN, False),
    )

    def check_doc(self, doc):
        levels = sorted(_RANK[lv] for lv in doc.levels())
        if len(levels) < 2:
            return
        top, below = levels[0], levels[1]
        served = {link.objective for link in doc.parents.values()}
        below_name = next(k for k, v in _RANK.items() if v == below)
        for o in doc.draft.objectives:
            if _RANK.get(o.level or "") != top or o.id in served:
                continue
            lang = "zh" if o.language == "zh" else "en"
            yield Hit(
                span=wording_span(o),
                target=o.id,
                input_span=True,
                args={"level": _LEVEL[lang][below_name]},
            )


RULE = TreeParentUnsupported()

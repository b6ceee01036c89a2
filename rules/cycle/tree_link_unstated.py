"""tree-link-unstated: a team or personal objective that does not say which objective above it
serves."""

from __future__ import annotations

from coach.rule_api import Example, Hit
from rules.cycle._tree_examples import CO2_EN, CO2_ZH, CO_EN, CO_ZH
from rules.cycle._util import wording_span
from rules.cycle.base import CycleRule

_LEVEL = {
    "zh": {"team": "团队", "personal": "个人"},
    "en": {"team": "team", "personal": "personal"},
}


class TreeLinkUnstated(CycleRule):
    """What it does: flags a team or personal objective whose parent had to be inferred (from
    shared words or by the sentence encoder) because the objective does not name it
    ("对齐公司O1", "supports O2", a parent column in a table). The inferred parent is in the
    message.

    Why is this bad? The seed's second failure factor is "缺乏充分沟通，导致没能准确理解目标":
    a team that writes down which company objective it serves has checked that it understood it;
    one that does not leaves the reader to guess, and the guess may be wrong.

    Use instead: name the parent: "目标：提升华东渠道转化（对齐公司O1）".
    """

    family = "tree"
    order = 1
    id = "tree-link-unstated"
    target = "objective"
    severity = "info"
    principle = {
        "zh": "为了公司的OKR，团队能做什么；缺乏充分沟通，导致没能准确理解目标",
        "en": "Each team asks what it can do for the company's OKRs; poor communication leaves "
        "objectives misunderstood",
    }
    message = {
        "zh": "这个{level}目标{said}；推断为 {parent}“{text}”（{via}）。",
        "en": "This {level} objective {said}; inferred: {parent} “{text}” ({via}).",
    }
    explanation = {
        "zh": "OKR的层次：公司OKR是管理层想要着重做的事，团队OKR回答“为了公司的OKR，团队能做什么”，个人OKR绑定公司和团队的OKR。"
        "写明支撑的上级目标，说明团队确实理解了它；不写，读的人只能猜，而“缺乏充分沟通，导致没能准确理解目标”正是无法达成目标的关键因素之一。"
        "在目标后写上“（对齐公司O1）”。",
        "en": "Company OKRs say what management wants to focus on; a team's OKRs answer “what can "
        "we do for the company's OKRs?”; personal OKRs bind to both. Naming the parent shows the "
        "team understood it; leaving it out makes readers guess — and “too little communication, "
        "so the objective is misunderstood” is one of the five reasons objectives fail. Add "
        "“(supports company O1)”.",
    }
    examples = (
        Example(
            "zh",
            CO_ZH
            + "## 华东销售部OKR\n目标：«扩大华东区的客户覆盖»\n关键结果1：华东区拜访转签约率达到30%\n关键结果2：华东区新签客户12家\n",
            True,
        ),
        Example(
            "zh",
            CO_ZH
            + CO2_ZH
            + "## 客服部OKR\n目标：«让客户的问题当天解决»\n关键结果1：客户问题解决时间缩短至1天\n关键结果2：客户NPS达到45\n",
            True,
        ),
        Example(
            "zh",
            "公司OKRs目标: 提高品牌认可度和知名度\n关键结果1：增加20%的社交媒体互动量\n营销部门OKRs目标: «提高35%的社交媒体互动量»\n关键结果1：在3小时内回复新留言\n",
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
            + "## 客服部OKR\n目标：让客户的问题当天解决（支撑公司目标2）\n关键结果1：客户问题解决时间缩短至1天\n",
            False,
        ),
        Example("zh", CO_ZH + CO2_ZH, False),
        Example(
            "en",
            CO_EN
            + "## East sales team OKRs\nObjective: «Reach more customers in the East»\nKR1: Visit-to-contract rate in the East at 30%\nKR2: 12 new customers in the East\n",
            True,
        ),
        Example(
            "en",
            CO_EN
            + CO2_EN
            + "## Support team OKRs\nObjective: «Solve customer problems the same day»\nKR1: Resolution time down to 1 day\nKR2: Customer NPS at 45\n",
            True,
        ),
        Example(
            "en",
            "## Company OKRs\nObjective: Make our brand known\nKR1: 20% more social media engagement\n## Marketing team OKRs\nObjective: «Grow social media engagement by 35%»\nKR1: Answer new comments within 3 hours\n",
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
            + "## Support team OKRs\nObjective: Solve customer problems the same day (aligned with O2)\nKR1: Resolution time down to 1 day\n",
            False,
        ),
        Example("en", CO_EN + CO2_EN, False),
    )

    def check_doc(self, doc):
        for o in doc.draft.objectives:
            link = doc.parents.get(o.id)
            if link is None or link.method != "inferred" or o.level not in ("team", "personal"):
                continue
            lang = "zh" if o.language == "zh" else "en"
            via = link.via or ""
            if via == "encoder":
                via = (
                    f"按意思，p={link.confidence:.2f}"
                    if lang == "zh"
                    else f"by meaning, p={link.confidence:.2f}"
                )
            else:
                via = ("共同的词：" if lang == "zh" else "shared words: ") + via
            named = doc.named_missing.get(o.id)
            # a parent named but not found above is said so, not called unnamed (decision 5267)
            said = (
                (
                    f"写的“{named}”在上级目标里找不到"
                    if lang == "zh"
                    else f"names “{named}”, which is not an objective above it"
                )
                if named
                else (
                    "没有写明它支撑哪个上级目标"
                    if lang == "zh"
                    else "does not say which objective above it serves"
                )
            )
            yield Hit(
                span=wording_span(o),
                target=o.id,
                input_span=True,
                args={
                    "said": said,
                    "level": _LEVEL[lang][o.level],
                    "parent": link.objective.upper(),
                    "text": link.text,
                    "via": via,
                },
                # An encoder's link carries its calibrated probability; a word link none.
                source="model" if link.via == "encoder" else "rule",
                probability=link.confidence if link.via == "encoder" else None,
            )


RULE = TreeLinkUnstated()

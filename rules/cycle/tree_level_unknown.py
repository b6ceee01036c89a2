"""tree-level-unknown: an objective whose level (company, team, personal) the tree cannot tell."""

from __future__ import annotations

from coach.rule_api import Example, Hit
from rules.cycle._tree_examples import CO_EN, CO_ZH
from rules.cycle._util import wording_span
from rules.cycle.base import CycleRule


class TreeLevelUnknown(CycleRule):
    """What it does: flags an objective with no level in a document where other objectives have
    one (a heading such as "## 市场部OKR" / "## Team OKRs", a label such as "个人OKRs目标:", or a
    tag "[团队]" / "[team]" sets it).

    Why is this bad? The tree places an objective by its level: without one it can be neither
    a parent nor a child, and nothing checks that it serves the company's OKRs.

    Use instead: put it under a heading that names its set, or tag it.
    """

    family = "tree"
    order = 3
    id = "tree-level-unknown"
    target = "objective"
    severity = "info"
    principle = {
        "zh": "OKR的层次划分：公司OKR、团队OKR、个人OKR",
        "en": "OKRs come in three levels: company, team, personal",
    }
    message = {
        "zh": "看不出这个目标属于公司、团队还是个人，无法放进目标树。",
        "en": "This objective's level (company, team or personal) is not given, so it has no "
        "place in the tree.",
    }
    explanation = {
        "zh": "OKR分公司、团队、个人三个层次，层层对齐。目标树按层次摆放目标：没有层次的目标既不能做上级，也不能做下级，"
        "也就没法检查它是否支撑公司的OKR。把它放到写明层次的标题下（如“## 市场部OKR”），或者加上标签“[团队]”。",
        "en": "OKRs come in company, team and personal levels, each aligned with the one above. The "
        "tree places objectives by level: one without a level can be neither a parent nor a "
        "child, and nothing checks that it serves the company. Put it under a heading that names "
        "its set (“## Marketing team OKRs”) or tag it “[team]”.",
    }
    examples = (
        Example("zh", "目标：«提升官网转化率»\n关键结果1：官网注册转化率达到5%\n" + CO_ZH, True),
        Example(
            "zh",
            "目标：«整理销售手册»\n关键结果1：手册覆盖10个常见场景\n营销部门OKRs目标: 提高35%的社交媒体互动量\n关键结果1：在3小时内回复新留言\n",
            True,
        ),
        Example(
            "zh",
            "目标：«降低获客成本»\n关键结果1：单个客户获客成本降到300元\n个人OKRs目标: 本季度拿下10个华东客户\n关键结果1：华东区新签客户10家\n",
            True,
        ),
        Example(
            "zh",
            CO_ZH
            + "## 市场部OKR\n目标：提升官网转化率（对齐公司O1）\n关键结果1：官网注册转化率达到5%\n",
            False,
        ),
        Example(
            "zh", CO_ZH + "目标：提升官网转化率 [团队]\n关键结果1：官网注册转化率达到5%\n", False
        ),
        Example(
            "zh",
            "目标：提升官网转化率\n关键结果1：官网注册转化率达到5%\n目标2：降低获客成本\n关键结果1：获客成本降到300元\n",
            False,
        ),
        Example(
            "en",
            "Objective: «Turn more site visitors into sign-ups»\nKR1: Site sign-up conversion at 5%\n"
            + CO_EN,
            True,
        ),
        Example(
            "en",
            "Objective: «Cut the cost of winning a customer»\nKR1: Acquisition cost down to $300\n## Personal OKRs\nObjective: Land 10 customers in the East this quarter\nKR1: 10 new customers in the East\n",
            True,
        ),
        Example(
            "en",
            "Objective: «Write the sales playbook»\nKR1: Playbook covers 10 common deals\nTeam Objective 1: Answer every lead within a day\nKR1: 95% of leads answered within 24 hours\n",
            True,
        ),
        Example(
            "en",
            CO_EN
            + "## Marketing team OKRs\nObjective: Turn more site visitors into sign-ups (supports O1)\nKR1: Site sign-up conversion at 5%\n",
            False,
        ),
        Example(
            "en",
            CO_EN
            + "Objective: Turn more site visitors into sign-ups [team]\nKR1: Site sign-up conversion at 5%\n",
            False,
        ),
        Example(
            "en",
            "Objective: Turn more site visitors into sign-ups\nKR1: Site sign-up conversion at 5%\nObjective 2: Cut acquisition cost\nKR1: Acquisition cost down to $300\n",
            False,
        ),
    )

    def check_doc(self, doc):
        if not doc.levels():
            return
        for o in doc.draft.objectives:
            if o.level is None:
                yield Hit(span=wording_span(o), target=o.id, input_span=True)


RULE = TreeLevelUnknown()

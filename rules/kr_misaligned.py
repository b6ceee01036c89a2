"""kr-misaligned: a key result that does not measure its objective."""

from __future__ import annotations

from coach.facts import topics
from coach.rule_api import UNKNOWN, Example, Hit, Rule
from rules import _alignment
from rules._draft_structure import is_empty


class KrMisaligned(Rule):
    """What it does: flags a key result whose subject has nothing to do with its objective: a
    hiring count under "提升品牌知名度", a cost cut under "Delight our customers".

    Why is this bad? "上下左右对齐一致": each key result must tell how far the objective has
    come. A key result about something else can be met while the objective fails.

    How it decides (lexical for now): the objective and the key result are each read for
    content words and for domains (customer, revenue, people, quality, product, marketing,
    cost, operations, data, security, personal growth; word lists in
    coach/facts/data/<lang>/domains.txt). It fires only when both have known domains, the domains
    are neither shared nor commonly linked (a latency KR serves a customer objective), and no
    content word is shared. When the objective or the key result has no recognisable content
    the check is 'unknown'.

    Use instead: a key result that measures the objective, or move it under the objective it
    does measure.
    """

    id = "kr-misaligned"
    target = "kr"
    severity = "warning"
    category = "alignment"
    issue_type = "inconsistency"
    fix = "never"
    similar_examples = False
    model_label = None
    principle = {
        "zh": "上下左右对齐一致",
        "en": "Aligned: each key result measures its objective",
    }
    message = {
        "zh": "这个关键结果关注的是{kr_domains}，而目标关注的是{objective_domains}：它看起来没有衡量这个目标。",
        "en": "This key result is about {kr_domains}, but the objective is about "
        "{objective_domains}: it does not seem to measure this objective.",
    }
    explanation = {
        "zh": "关键结果要与目标上下左右对齐一致：每个关键结果都应说明目标推进了多少。"
        "与目标无关的关键结果即使完成了，目标也可能没有达成。改写成衡量这个目标的结果，或把它移到它真正衡量的目标下面。",
        "en": "Each key result should tell how far its objective has come. A key result about "
        "something else can be met while the objective fails. Rewrite it to measure this "
        "objective, or move it under the objective it does measure.",
    }
    examples = (
        Example(
            "zh",
            "«本季度招聘2名财务专员»",
            True,
            context="目标：提高品牌认可度和知名度（负责人：王芳）\n关键结果1：{item}",
        ),
        Example(
            "zh",
            "«差旅费用降低15%»",
            True,
            context="目标：本季度让客户爱上我们的服务\n关键结果1：客户满意度从80%提升到90%\n关键结果2：{item}",
        ),
        Example(
            "zh",
            "«销售额从500万提升到600万»",
            True,
            context="目标：留住核心人才，打造稳定的团队\n关键结果1：员工离职率降至5%\n关键结果2：{item}",
        ),
        Example("zh", "NPS 从 30 提升到 45", False),
        Example(
            "zh",
            "在Facebook和Twitter上增加20%的粉丝数量",
            False,
            context="营销部门OKRs目标: 提高35%的社交媒体互动量\n关键结果1：{item}",
        ),
        Example(
            "zh",
            "本季度招聘客户人员新增5名",
            False,
            context="O: 本季度提升客户满意度\nKR1：{item}",
        ),
        Example(
            "zh",
            "Raise NPS from 30 to 45",
            False,
            context="目标：本季度让客户爱上我们的服务\n关键结果1：{item}",
        ),
        Example(
            "en",
            "«Cut the monthly cloud bill from $80k to $60k»",
            True,
            context="Objective: Grow brand awareness in Europe\nKR1: {item}",
        ),
        Example(
            "en",
            "«Cut travel expenses by 15%»",
            True,
            context="Objective: Delight our customers\nKR1: Raise NPS from 30 to 45\nKR2: {item}",
        ),
        Example(
            "en",
            "«Grow Instagram followers from 2k to 10k»",
            True,
            context="Objective: Keep our best employees\nKR1: Reduce regretted attrition to 5%\nKR2: {item}",
        ),
        Example("en", "Raise NPS from 30 to 45", False),
        Example(
            "en",
            "Cut p95 checkout latency to 200 ms",
            False,
            context="Objective: Delight our customers\nKR1: {item}",
        ),
        Example(
            "en",
            "Generate 500 qualified leads",
            False,
            context="Objective: Grow enterprise revenue\nKR1: {item}",
        ),
        Example(
            "en",
            "客户满意度从80%提升到90%",
            False,
            context="Objective: Delight our customers\nKR1: {item}",
        ),
    )

    def check(self, item, draft):
        objective = item.objective
        if objective is None or is_empty(item):
            return UNKNOWN
        o_profile = topics.profile(objective)
        if o_profile.empty:
            return UNKNOWN
        k_profile = topics.profile(item)
        relation = topics.relation(o_profile, k_profile)
        if relation == "related":
            return []
        lang = item.language
        args = {}
        if k_profile.domains and o_profile.domains:
            args = {
                "kr_domains": topics.domain_names(k_profile.domains, lang),
                "objective_domains": topics.domain_names(o_profile.domains, lang),
            }
        if relation == "unrelated":
            # Lexical evidence: both subjects are known and nothing connects them. (The encoder
            # does not overrule this: across languages it sees links that are not there.)
            return [Hit(args=args)]
        # The word lists cannot tell: ask the sentence encoder, at its precision-first threshold.
        p_mis = _alignment.semantic_misalignment(objective, item, draft.semantic)
        if p_mis is not None and p_mis >= _alignment.misalignment_threshold():
            # About one in five of these is wrong on hand-written pairs (MODEL_CARD.md), so the
            # encoder's guess is a hedged hint (info), not a warning.
            return [Hit(args=args, probability=round(p_mis, 4), source="model", severity="info")]
        return UNKNOWN

    # Without the domains (the encoder decided where the word lists could not name the
    # subjects) the message says only what is wrong.
    generic_message = {
        "zh": "这个关键结果可能没有衡量这个目标：它看起来说的是另一件事，请确认它们的联系。",
        "en": "This key result may not measure its objective: it reads as being about something "
        "else; check the link.",
    }

    def format_message(self, lang: str, args: dict[str, str]) -> str:
        if "kr_domains" not in args:
            return self.generic_message[lang]
        return super().format_message(lang, args)


RULE = KrMisaligned()

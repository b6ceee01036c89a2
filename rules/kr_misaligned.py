"""kr-misaligned: a key result that does not measure its objective."""

from __future__ import annotations

from collections.abc import Mapping

from coach.rule_api import UNKNOWN, Example, Hit, Rule
from rules import _alignment
from rules._draft_structure import is_empty


class KrMisaligned(Rule):
    """What it does: flags a key result that measures something unrelated to its objective: an
    engineering hire under "Grow premium subscriptions", a cost cut under "Delight our customers".

    Why is this bad? "上下左右对齐一致": each key result must tell how far the objective has
    come. A key result about something else can be met while the objective fails.

    How it decides: the multilingual sentence encoder reads both (coach/alignment.py): how close
    the two texts are in meaning, and which business function each is about (sales, customer
    service, people and hiring … — a reader trained on the metric library's topics and the
    example library). A head calibrated on the dev split of the labelled alignment pairs gives
    p(misaligned); it fires at the threshold whose out-of-fold precision on dev is ≥ 0.95, and
    never when the word lists link the two (a shared content word, a shared or commonly linked
    domain). The message names what each side is about (the measure the key result names, the
    word lists' domain, or the encoder's business function when it is sure of it); the
    probability is the finding's `confidence`, never in its words. Without the encoder
    (`semantic = false`) the check is 'unknown'. It works across languages.

    Off by default. On the held-out test split of the labelled pairs its precision is 0.94
    (recall 0.25), but on real drafts it is not: their objectives are short, vivid or only a heading
    ("Keep everyone safe", "还技术债"), and a key result that serves them through a specialist
    measure ("TRIR from 3.1 to under 1.5", "Sonar严重问题清零") reads as unrelated. On the labelled
    draft corpus 55 of its 56 findings were false alarms (figures: README, "Alignment"), and a
    false alarm costs a coach more trust than a miss. Turn it on with `select` naming
    `kr-misaligned`, or `semantic-alignment = true`.

    Use instead: a key result that measures the objective, or move it under the objective it
    does measure.
    """

    id = "kr-misaligned"
    default_enabled = False
    opt_in_option = "semantic_alignment"
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
        "zh": "这个关键结果衡量的是{kr_topic}，而目标说的是{objective_topic}：它看起来没有衡量这个目标。",
        "en": "This key result measures {kr_topic}, but the objective is about "
        "{objective_topic}: it does not seem to measure this objective.",
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
            "«财务月结时间从10天缩短到5天»",
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
            "«Hire 2 payroll accountants by June»",
            True,
            context="Objective: Grow brand awareness in Europe\nKR1: {item}",
        ),
        Example(
            "en",
            "«Close the monthly books in 5 days instead of 10»",
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
        found = _alignment.reading(objective, item, draft.semantic)
        if found is None:
            return UNKNOWN
        if not _alignment.misaligned(objective, item, found):
            return []
        return [
            Hit(
                args=_alignment.topic_args(objective, item, found),
                source="model",
                probability=round(found.p_misaligned, 4),
                model_version=_alignment.model_version(),
            )
        ]

    # When the topics cannot be named with confidence the message says only what is wrong.
    generic_message = {
        "zh": "这个关键结果看起来衡量的是另一件事，而不是这个目标要的结果：请确认它们的联系。",
        "en": "This key result seems to measure something other than what this objective is "
        "about: check the link.",
    }

    def format_message(self, lang: str, args: Mapping[str, str | Mapping[str, str]]) -> str:
        if "kr_topic" not in args:
            return self.generic_message[lang]
        return super().format_message(lang, args)


RULE = KrMisaligned()

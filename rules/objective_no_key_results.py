"""objective-no-key-results: an objective with no key results under it."""

from __future__ import annotations

from collections.abc import Mapping

from coach.rule_api import Example, Fix, Hit, LocalEdit, Rule
from coach.text import nest_quotes
from rules._draft_structure import listed_apart as _listed_apart


class ObjectiveNoKeyResults(Rule):
    """What it does: flags an objective that has no key results.

    Why is this bad? An objective says where we want to go; its key results say how we will
    know we got there ("我如何知道能否达到那里？"). Without them nobody can tell progress.

    Use instead: two to five measurable key results under each objective.
    """

    id = "objective-no-key-results"
    target = "objective"
    severity = "error"
    category = "focus"
    issue_type = "omission"
    fix = "always"
    similar_examples = False
    model_label = None
    principle = {
        "zh": "我如何知道能否达到那里？答案就是关键结果（key results）",
        "en": "Every objective needs key results: how will we know we got there?",
    }
    message = {
        "zh": "这个目标没有关键结果。",
        "en": "This objective has no key results.",
    }
    explanation = {
        "zh": "目标回答“我要去哪里”，关键结果回答“我如何知道能否达到那里”。没有关键结果，就无法衡量目标的进展。"
        "为每个目标写 2 到 5 个可衡量的关键结果。",
        "en": "The objective says where you want to go; key results say how you will know you "
        "got there. Without them progress cannot be measured. Add two to five measurable key "
        "results.",
    }
    examples = (
        Example("zh", "«本季度打造公司历史上最成功的销售推广活动»", True, context="目标：{item}"),
        Example("zh", "«让客户爱上我们的服务»", True, context="O: {item}\n\n"),
        Example(
            "zh",
            "«提升品牌影响力»",
            True,
            context="目标1：{item}\n目标2：本季度提升客户满意度\nKR1：NPS 从 30 提升到 45",
        ),
        Example(
            "zh", "本季度提升客户满意度", False, context="O: {item}\nKR1：客户问题解决时间缩短至2天"
        ),
        Example(
            "zh",
            "拿下华东市场",
            False,
            context="目标：{item}\n关键结果1：华东区新签客户 20 家\n关键结果2：华东区收入达到 500 万元",
        ),
        Example(
            "zh",
            "提升品牌影响力",
            False,
            context="目标1：{item}\n1. 媒体报道 10 篇\n2. 官网访问量翻一番",
        ),
        Example("en", "«Delight our customers this quarter»", True, context="Objective: {item}"),
        Example(
            "en",
            "«Win the enterprise market»",
            True,
            context="O1: {item}\nO2: Ship a faster app\nKR1: p95 latency down to 200 ms",
        ),
        Example(
            "en",
            "«Build the best onboarding in the industry»",
            True,
            context="## Objective: {item}\n",
        ),
        Example(
            "en",
            "Delight our customers this quarter",
            False,
            context="Objective: {item}\nKR1: Raise NPS from 30 to 45 (owner: Alice)\n"
            "KR2: Repeat purchases from 20% to 30% (owner: Ben)",
        ),
        Example(
            "en",
            "Win the enterprise market",
            False,
            context="O: {item}\n- Sign 5 enterprise customers\n- Reach $2M enterprise ARR",
        ),
        Example(
            "en",
            "Ship a faster app",
            False,
            context="Objective 1: {item}\nKey Result 1: p95 latency down to 200 ms",
        ),
    )

    def check(self, item, draft):
        if item.key_results:
            return []
        last = _listed_apart(item, draft)
        lang = item.language
        line = (
            "\n关键结果1：[关键结果]（负责人：[负责人]）"
            if lang == "zh"
            else "\nKR1: [key result] (owner: [owner])"
        )
        end = len(item.text)
        return [
            Hit(
                args={"last": _short(last.text)} if last is not None else {},
                fixes=[
                    Fix(
                        edits=[LocalEdit(end, end, line)],
                        placeholders=["[关键结果]", "[负责人]"]
                        if lang == "zh"
                        else ["[key result]", "[owner]"],
                    )
                ],
            )
        ]

    def format_message(self, lang: str, args: Mapping[str, str | Mapping[str, str]]) -> str:
        if args.get("last"):
            return nest_quotes(_APART_MESSAGE[lang].format(last=args["last"]))
        return super().format_message(lang, args)


# Decision 2269: the objectives listed first and the key results after them, in one list of
# each. The parse puts every key result under the last objective, which is a guess; the message
# says so instead of reading the key results as that objective's.
_APART_MESSAGE = {
    "zh": "这个目标下面没有关键结果：目标和关键结果分成了两张清单，所有关键结果都排在最后一个目标"
    "（“{last}”）下面，看不出哪几条属于这个目标。请把每个目标的关键结果写在它下面。",
    "en": "This objective has no key results under it: the objectives and the key results are "
    "in two separate lists, so every key result sits under the last objective (“{last}”) and "
    "none can be told to belong to this one. Put each objective's key results under it.",
}


def _short(text: str, limit: int = 24) -> str:
    text = text.strip()
    return text if len(text) <= limit else text[:limit].rstrip() + "…"


RULE = ObjectiveNoKeyResults()

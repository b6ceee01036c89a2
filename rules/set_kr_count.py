"""set-kr-count: an objective with a single key result, or more than five."""

from __future__ import annotations

from coach.draft import Item
from coach.rule_api import Example, Fix, Hit, Rule, voice
from rules._draft_structure import holds_listed_apart, is_empty, renumber_label

MIN_KRS = 2
MAX_KRS = 5


def _next_label(label: str, lang: str) -> str:
    """The label for one more key result after `label`: KR1: → KR2:, 1. → 2., - → -. In a
    two-level label the key result's own number is the last one: KR2.1: → KR2.2:, not KR3.1:
    (that is the next objective's first key result; decision 832)."""
    if not label:
        return "关键结果2：" if lang == "zh" else "KR2: "
    nxt = renumber_label(label, last=True)
    return nxt if nxt.endswith(("：", " ")) else nxt + " "


def _add_kr_fix(objective: Item, kr: Item, text: str) -> Fix:
    """A display-only fix: a placeholder key-result line after the only one."""
    line_start = text.rfind("\n", 0, kr.start) + 1
    rest = text[line_start:]
    indent = rest[: len(rest) - len(rest.lstrip(" \t\u3000"))]
    zh = objective.language == "zh"
    placeholder = "[关键结果]" if zh else "[key result]"
    line = "\n" + indent + _next_label(kr.label, objective.language) + placeholder
    return Fix(
        edits=[],
        placeholders=[placeholder],
        extra_edits=[(kr.end, kr.end, line)],
        note=_ADD_NOTE[voice(objective.language)],
    )


# The suggestion is the line added below the only key result; the note says what it is for.
_ADD_NOTE = {
    "zh": "在唯一的关键结果下面加一条，从另一个角度检验它（例如数量之外再看质量）。",
    "en": "Add it below the only key result: one that checks it from another side (quality next "
    "to quantity).",
}


class SetKrCount(Rule):
    """What it does: flags an objective with only one key result, or with more than five.
    (An objective with none is objective-no-key-results.)

    Why is this bad? One key result rarely tells whether an objective is met, and it invites
    gaming that one number; more than five scatters the team's attention. The seed's examples
    use three or four key results per objective.

    Use instead: two to five key results per objective; add one that checks the first from
    another side (quality next to quantity), or move extra ones to another objective.
    """

    id = "set-kr-count"
    target = "set"
    severity = "warning"
    category = "focus"
    issue_type = "non-conformance"
    fix = "sometimes"
    similar_examples = False
    model_label = None
    principle = {
        "zh": "每个目标设置2到5个关键结果（通常3到4个）",
        "en": "Two to five key results per objective (usually three or four)",
    }
    message = {
        "zh": "这个目标有{count}个关键结果{why}。",
        "en": "This objective has {count} key result{plural}{why}.",
    }
    explanation = {
        "zh": "每个目标通常需要3到4个关键结果，至少2个、最多5个。只有一个关键结果，很难判断目标是否达成，"
        "也容易只盯住一个数字；超过5个，团队的注意力就分散了。",
        "en": "An objective usually needs three or four key results: at least two, at most five. "
        "With one, you can hardly tell whether the objective is met and the team games a single "
        "number; beyond five, attention scatters.",
    }
    examples = (
        Example("zh", "O: «本季度提升客户满意度»\nKR1：NPS 从 30 提升到 45", True),
        Example(
            "zh",
            "目标：«拿下华东市场»\n关键结果1：华东区新签客户 20 家\n"
            "目标：提升品牌知名度\n1. 媒体报道 10 篇\n2. 官网访问量翻一番",
            True,
        ),
        Example(
            "zh",
            "目标：«本季度提升客户满意度»\n关键结果1：NPS 从 30 提升到 45\n关键结果2：投诉量降到每月40件\n"
            "关键结果3：问题解决时间缩短至2天\n关键结果4：反映时间缩短至4小时\n"
            "关键结果5：续约率达到90%\n关键结果6：客服好评率达到98%",
            True,
        ),
        Example(
            "zh",
            "O: 本季度提升客户满意度\nKR1：客户问题解决时间缩短至2天\nKR2:  客户问题反映时间缩短至4小时\n"
            "KR3: 本季度招聘客户人员新增5名\nKR4: 培训客户服务人员服务技巧1次",
            False,
        ),
        Example(
            "zh",
            "王芳的OKR（2026年Q3）\n目标：拿下华东市场\n关键结果1：华东区新签客户 20 家\n"
            "关键结果2：华东区收入达到 500 万元",
            False,
        ),
        Example("zh", "目标：本季度打造公司历史上最成功的销售推广活动", False),
        Example(
            "en",
            "Objective: «Delight our customers this quarter»\nKR1: Raise NPS from 30 to 45",
            True,
        ),
        Example(
            "en",
            "O1: «Win the enterprise market»\n- Sign 5 enterprise customers\n"
            "O2: Ship a faster app\n- p95 latency down to 200 ms\n- Crash-free sessions at 99.9%",
            True,
        ),
        Example(
            "en",
            "Objective: «Ship a faster app»\nKR1: p95 latency to 200 ms\nKR2: Crash-free sessions 99.9%\n"
            "KR3: App size under 40 MB\nKR4: Cold start under 1 s\nKR5: 4.7 store rating\n"
            "KR6: Zero P1 incidents",
            True,
        ),
        Example(
            "en",
            "Objective: Delight our customers\nKR1: Raise NPS from 30 to 45\nKR2: Churn under 2%",
            False,
        ),
        Example(
            "en",
            "Priya's OKRs — Q3 2026\nO: Win the enterprise market\n- Sign 5 enterprise customers\n"
            "- Reach $2M ARR\n- Win rate from 20% to 30%",
            False,
        ),
        Example("en", "Objective: Build the best onboarding in the industry", False),
        Example(
            "en",
            "O1: «Make onboarding delightful in Q3»\nKR1: Activation from 30% to 45%\nKR2:\nKR3.",
            True,
            note="empty lines below: write one of them (decision 1016)",
        ),
        Example(
            "zh", "目标：«让新用户上手更顺畅»\n1、激活率从30%提升到45%\n2、", True, note="决定1016"
        ),
    )

    def check_set(self, draft):
        hits: list[Hit] = []
        for o in draft.objectives:
            krs = [kr for kr in o.key_results if not is_empty(kr)]
            n = len(krs)
            if n == 0 or MIN_KRS <= n <= MAX_KRS:
                continue
            if holds_listed_apart(o, draft):
                # the key results of every objective listed after the objectives: not all are
                # this one's, and objective-no-key-results says so above (decision 2446)
                continue
            empty = len(o.key_results) - n
            if n < MIN_KRS and empty:
                # "KR2:" / "3." left empty below it: write one of them, no new line to add
                # (decision 1016; kr-not-quantified says each is still empty)
                are = "is" if empty == 1 else "are"
                why = {
                    "zh": f"已写好，另有{empty}个还空着：至少把其中一个写出来",
                    "en": f" written, and {empty} more {are} still empty: write at least one "
                    f"of {'it' if empty == 1 else 'them'}",
                }
                fixes = []
            elif n < MIN_KRS:
                why = {"zh": "：至少需要2个", "en": ": add at least one more"}
                fixes = [_add_kr_fix(o, krs[0], draft.text)]
            else:
                why = {
                    "zh": "，超过5个：只保留最关键的",
                    "en": ", more than five: keep the ones that matter most",
                }
                fixes = []
            hits.append(
                Hit(
                    span=(o.start, o.end),
                    args={"count": str(n), "why": why, "plural": "" if n == 1 else "s"},
                    fixes=fixes,
                    target=o.id,
                    input_span=True,
                )
            )
        return hits


RULE = SetKrCount()

"""objective-vague: an objective with no direction ("做好工作", "Do better")."""

from __future__ import annotations

from coach.draft import Draft, Item
from coach.rule_api import Example, Hit, Rule
from rules._objective_text import is_vague


class ObjectiveVague(Rule):
    """What it does: flags an objective that names no direction: once its generic verbs and
    fillers (做好, 提升, 努力, 工作, 自己, do, improve, better, things, performance …), function
    words and time expressions are taken away, nothing concrete is left ("做好工作", "提升自己",
    "本季度更上一层楼", "Do better", "Improve things", "Be more effective").

    Why is this bad? The seed's first principle asks for 明确方向: an objective has to say where
    the team is going. "做好工作" fits every team in every quarter, so it guides no choice and
    nobody can tell whether it was met.

    Also a "do it well" verb and a short area with no standard of "well" ("做好家校沟通", "Do better
    at marketing": decision 4040), and a generic verb of improvement with a whole area of work
    ("Strengthen marketing", "加强销售管理": decision 4041).

    Otherwise any concrete word keeps the rule silent ("提升研发效率", "Improve product quality"): precision
    comes first, and a narrow objective is for the team to judge. The span is the whole
    objective. There is no automatic fix: the missing direction is the team's to choose.

    Use instead: name what, for whom, and the change wanted ("让客户在24小时内解决问题",
    "Make onboarding effortless for new admins").
    """

    id = "objective-vague"
    target = "objective"
    severity = "warning"
    category = "direction"
    issue_type = "style"
    fix = "never"
    similar_examples = True
    model_label = "objective-vague"
    model_message = {
        "zh": "这个目标读起来没有明确方向（模型判断）。",
        "en": "This objective reads as having no clear direction (the model's reading).",
    }
    principle = {
        "zh": "目标要有明确方向",
        "en": "An objective has a clear direction",
    }
    message = {
        "zh": "这个目标太笼统，没有说明方向：做什么、为谁、要带来什么改变？",
        "en": "This objective is too vague to give a direction: what, for whom, and what should "
        "change?",
    }
    explanation = {
        "zh": "目标要有明确方向。“做好工作”“提升自己”这样的目标适用于任何团队、任何季度，"
        "不能帮助大家做取舍，也无法判断是否达成。写明要在哪件事上、为谁、带来什么改变，"
        "例如“让新客户第一次使用就爱上我们的产品”。",
        "en": "An objective needs a clear direction. “Do better” or “Improve things” fits any "
        "team in any quarter, so it guides no decision and nobody can tell whether it was met. "
        "Name the area, who benefits and the change you want, e.g. “Make onboarding effortless "
        "for new admins”.",
    }
    examples = (
        Example("zh", "«做好工作»", True),
        Example("zh", "«本季度更上一层楼»", True),
        Example("zh", "«努力提升自己的能力»", True),
        Example("zh", "拿下xx市场！", False, note="decision 6230", workshop=False),
        Example("zh", "提升研发效率", False),
        Example("zh", "提高品牌认可度和知名度", False),
        Example("en", "«Do better»", True),
        Example("en", "«Improve things across the board»", True),
        Example("en", "«Be more effective this quarter»", True),
        Example("en", "«Be a stronger team»", True),
        Example("en", "«Improve value as a team lead»", True),
        Example("en", "«Actually get some stuff done»", True),
        Example("en", "Win the enterprise market", False),
        Example("en", "Grow the team", False),
        Example("en", "Build the best product for night-shift nurses", False),
        Example("en", "Improve product quality", False),
        Example("en", "Make onboarding effortless for new admins", False),
        Example("zh", "今年拿下成渝两地的宠物医疗市场！", False),  # decision 6230
    )

    def check(self, item: Item, draft: Draft) -> list[Hit]:
        return [Hit()] if is_vague(item) else []


RULE = ObjectiveVague()

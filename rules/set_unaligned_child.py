"""set-unaligned-child: a team or personal objective that supports nothing above it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from coach.draft import Draft, Item
from coach.rule_api import Example, Hit, Rule, localized
from coach.wordlists import find_terms, words
from rules import _alignment
from rules._draft_structure import is_empty, level_rank, refers_to_item

if TYPE_CHECKING:
    from coach.alignment import Reading

_LEVEL_NAME = {
    "zh": {"team": "团队", "personal": "个人"},
    "en": {"team": "team", "personal": "personal"},
}


def _refers_up(item: Item) -> bool:
    texts = [item.folded, *(kr.folded for kr in item.key_results)]
    for text in texts:
        if refers_to_item(text):
            return True
        for lang in ("zh", "en"):
            if find_terms(text, words("set_alignment_refs", lang), lang):
                return True
    return False


def _with_krs(objective: Item) -> list[Item]:
    return [objective, *(kr for kr in objective.key_results if not is_empty(kr))]


class SetUnalignedChild(Rule):
    """What it does: flags a team or personal objective that has nothing in common with any
    company or team objective or key result above it in the same draft.

    Why is this bad? "上下左右对齐一致": a team's OKRs should carry the company's forward, and
    a person's the team's. An objective that supports nothing above it pulls effort away.

    How it decides: only when the draft has an objective at a higher level to compare with, and
    the child gives no parent (structured input's `parent`, or a reference such as "对齐O1" /
    "aligned with O2"). The child objective and each of its key results are compared with every
    objective above it by the sentence encoder's alignment reading (see kr-misaligned: meaning
    and business function, calibrated on the labelled pairs, precision first), averaged over
    the child's items; a word link between any item of the two (a shared content word, a
    shared or linked domain) is support. It fires only when nothing above is supported. Without the encoder (`semantic = false`) it
    stays silent.

    Off by default, for the reason kr-misaligned is: on real drafts most of its findings would
    be false alarms (README, "Alignment"). Turn it on with `select` naming
    `set-unaligned-child`, or `semantic-alignment = true`.

    Use instead: name the objective or key result it supports, or rewrite it to serve one.
    """

    id = "set-unaligned-child"
    default_enabled = False
    opt_in_option = "semantic_alignment"
    target = "set"
    severity = "info"
    category = "alignment"
    issue_type = "inconsistency"
    fix = "never"
    similar_examples = False
    model_label = None
    principle = {
        "zh": "上下左右对齐一致：团队和个人目标要支撑上级目标",
        "en": "Aligned up: team and personal objectives support the ones above",
    }
    message = {
        "zh": "这个{level}目标说的是{child_topic}，看不出支撑上级的哪个目标或关键结果。",
        "en": "This {level} objective is about {child_topic}: it does not seem to support any "
        "objective or key result above it.",
    }
    # When the child's topic cannot be named with confidence.
    generic_message = {
        "zh": "这个{level}目标看不出支撑上级的哪个目标或关键结果。",
        "en": "This {level} objective does not seem to support any objective or key result "
        "above it.",
    }

    def format_message(self, lang: str, args: Mapping[str, str | Mapping[str, str]]) -> str:
        if "child_topic" not in args:
            return self.generic_message[lang].format(**localized(args, lang))
        return super().format_message(lang, args)

    explanation = {
        "zh": "OKR要上下左右对齐一致：团队目标承接公司目标，个人目标承接团队目标。与上级目标无关的目标会分散精力。"
        "写明它支撑的上级目标或关键结果（如“对齐公司O1”），或改写成能支撑上级目标的目标。",
        "en": "Team objectives should carry the company's forward, and personal ones the team's. An "
        "objective that supports nothing above it pulls effort away. Say which objective or key "
        "result it supports (e.g. 'aligned with O1'), or rewrite it to serve one.",
    }
    examples = (
        Example(
            "zh",
            "公司OKRs目标: 提高品牌认可度和知名度\n关键结果1：增加20%的社交媒体互动量\n"
            "关键结果2：9月1日前推出客户推荐计划\n"
            "个人OKRs目标: «本季度考取PMP项目管理证书»\n关键结果1：完成4门课程的学习\n关键结果2：模拟考试成绩达到80分",
            True,
        ),
        Example(
            "zh",
            "公司OKRs目标: 留住核心人才\n关键结果1：核心员工离职率降至5%\n关键结果2：员工满意度从70%提升到85%\n"
            "市场部门OKRs目标: «让品牌在华南家喻户晓»\n关键结果1：抖音粉丝从2万增长到10万\n关键结果2：获得30篇媒体报道",
            True,
        ),
        Example(
            "zh",
            "# 公司OKR\n目标：提高品牌知名度\n关键结果1：媒体报道 10 篇\n关键结果2：官网访问量翻一番\n"
            "# 人力资源部门OKR\n目标：«降低员工离职率»\n关键结果1：核心员工离职率降至5%\n关键结果2：新员工试用期通过率达到90%",
            True,
        ),
        Example(
            "zh",
            "公司OKRs目标: 提高品牌认可度和知名度\n关键结果1：增加20%的社交媒体互动量\n"
            "营销部门OKRs目标: 提高35%的社交媒体互动量\n关键结果1：在3小时内回复新留言\n"
            "个人OKRs目标: 增加25%的社交媒体连接数量\n关键结果1：通过每周在Quora上发布3个答案，来获得15个粉丝",
            False,
        ),
        Example(
            "zh",
            "公司OKRs目标: 本季度提升客户满意度\n关键结果1：NPS 从 30 提升到 45\n"
            "财务部门OKRs目标: 差旅费用降低15%（对齐公司O1）\n关键结果1：报销审批周期缩短到3天",
            False,
        ),
        Example(
            "zh",
            "客户服务部门\nO1: 提升客户服务人员满意度\nKR1:制定激励计划，覆盖至少70%以上人员\n"
            "KR2:每个季度开展2次团队活动\nO2:提升客户满意度\nKR1:增加2个客户服务渠道（微信与微博）",
            False,
        ),
        Example(
            "en",
            "## Company OKRs\nObjective: Grow enterprise revenue\nKR1: Reach $5M ARR\n"
            "KR2: Sign 20 new enterprise deals\n## Personal OKRs\nObjective: «Finish a marathon this fall»\n"
            "KR1: Work out 4 times a week\nKR2: Lose 5 kg of weight",
            True,
        ),
        Example(
            "en",
            "## Company OKRs\nObjective: Delight our customers\nKR1: Raise NPS from 30 to 45\n"
            "KR2: CSAT at 95%\n## Facilities team OKRs\nObjective: «Cut office supply spending»\nKR1: Office spend from $20k to $15k a month\n"
            "KR2: Printing costs down to $2k a month",
            True,
        ),
        Example(
            "en",
            "## Company\nObjective: Grow brand awareness in Europe\nKR1: 20k newsletter subscribers\n"
            "KR2: 3 keynote talks\n## Team\nObjective: «Improve employee retention»\n"
            "KR1: Regretted attrition under 5%\nKR2: 90% of staff with a career plan",
            True,
        ),
        Example(
            "en",
            "## Company OKRs\nObjective: Delight our customers\nKR1: Raise NPS from 30 to 45\n"
            "## Support team OKRs\nObjective: Answer customers faster\nKR1: First response time under 2 hours\n"
            "KR2: CSAT at 95%",
            False,
        ),
        Example(
            "en",
            "## Company OKRs\nObjective: Grow enterprise revenue\nKR1: Reach $5M ARR\n"
            "## Team OKRs\nObjective: Build a world-class sales team\nKR1: Hire 5 account executives\n"
            "KR2: Ramp time under 3 months",
            False,
        ),
        Example(
            "en",
            "Objective: Ship a faster app\nKR1: p95 latency down to 200 ms\n"
            "Objective: Cut cloud costs\nKR1: AWS bill from $80k to $60k",
            False,
        ),
    )

    def check_set(self, draft: Draft):
        hits: list[Hit] = []
        for child in draft.objectives:
            rank = level_rank(child)
            if not rank or child.parent or is_empty(child):
                continue
            parents = [p for p in draft.objectives if (level_rank(p) or 0) < rank and p.level]
            if not parents or _refers_up(child):
                continue
            found = self._unsupported(child, parents, draft)
            if found is None:
                continue
            level = child.level or "team"
            args: dict[str, str | dict[str, str]] = {
                "level": {lang: _LEVEL_NAME[lang][level] for lang in ("zh", "en")}
            }
            about = _alignment.topic(child, found.kr_function, found.kr_function_p)
            if about is not None:
                args["child_topic"] = about
            hits.append(
                Hit(
                    span=(child.start, child.end),
                    args=args,
                    target=child.id,
                    input_span=True,
                    source="model",
                    probability=round(found.p_misaligned, 4),
                    model_version=_alignment.model_version(),
                )
            )
        return hits

    @staticmethod
    def _unsupported(child: Item, parents: list[Item], draft: Draft) -> Reading | None:
        """The reading of the child objective against the first objective above when the
        child is clearly about something else than everything above; else None.

        Each objective above is compared with the child objective and each of its key results
        (the encoder's head reads objective–key result pairs: two key results side by side
        read as alike whatever they measure). Support is a word link (a shared content word,
        a shared or linked domain) between any item of the two sets, or a mean p(misaligned)
        over the child's items below the threshold (one noisy pair neither makes nor breaks
        the verdict)."""
        from coach import alignment

        mine = _with_krs(child)
        first: Reading | None = None
        for parent in parents:
            if any(_alignment.shares_words(above, mine) for above in _with_krs(parent)):
                return None
            found = [_alignment.reading(parent, m, draft.semantic) for m in mine]
            readings = [f for f in found if f is not None]
            if len(readings) < len(found):
                return None
            mean = sum(f.p_misaligned for f in readings) / len(readings)
            if mean < alignment.threshold():
                return None
            if first is None or mean < first.p_misaligned:
                # the child's own reading, with the least sure of the verdicts as probability
                first = replace(readings[0], p_misaligned=mean)
        return first


RULE = SetUnalignedChild()

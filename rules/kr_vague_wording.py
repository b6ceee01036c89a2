"""kr-vague-wording: hedges and vague words in a key result ("尽量", "as much as possible")."""

from __future__ import annotations

import re

from coach.rule_api import Example, Fix, Hit, LocalEdit, Rule
from coach.wordlists import mapping
from rules._kr_common import append_measure, mapping_terms, measurable, terms

# A vague word that is part of a precise phrase: "better than 95%", "statistically significant",
# "显著性" (statistical significance).
_NOT_VAGUE_AFTER = re.compile(r"(?<!\s)\s*(?:than|性)")
_NOT_VAGUE_BEFORE = re.compile(r"statistically\s*$")


class KrVagueWording(Rule):
    """What it does: flags hedges ("尽量", "争取", "as much as possible", "try to") in any key
    result, and vague degree, quality or quantity words ("大幅", "进一步", "一些", "better",
    "significantly", "several") in a key result that gives no number.

    Why is this bad? 具体的；保持简单明了: a hedge lets the KR pass whatever happens, and a vague
    word stands where a number should be — "大幅提升" means something different to everyone.

    Use instead: drop the hedge and say the number ("将客户流失率控制在5%以内", "Add [N]
    integrations"). With a number, words such as "进一步" are harmless and are not flagged.
    """

    id = "kr-vague-wording"
    target = "kr"
    severity = "warning"
    category = "clarity"
    issue_type = "style"
    fix = "always"
    similar_examples = True
    model_label = "kr-vague-wording"
    model_message = {
        "zh": "这条关键结果措辞含糊，目标不够具体（模型判断）。",
        "en": "This key result reads as vaguely worded (the model's reading).",
    }
    principle = {
        "zh": "具体的；保持简单明了：不用“尽量”“适当”这类模糊的词",
        "en": "Specific, simple and clear: no hedges or vague words such as “as much as possible” "
        "or “better”",
    }
    message = {
        "zh": "“{word}”含义模糊，{advice}。",
        "en": "“{word}” is vague: {advice}.",
    }
    explanation = {
        "zh": "好的关键结果是具体的：读的人知道要做到什么程度。“尽量”“争取”给了不达成的余地，"
        "“大幅”“进一步”“一些”让每个人各有各的理解。去掉含糊的词，写出具体的数字或目标值；"
        "还不知道数字时写[N]占位。",
        "en": "A good key result is specific: anyone reading it knows what counts as done. "
        "Hedges (“try to”, “as much as possible”) leave room to miss; vague words "
        "(“significantly”, “better”, “several”) mean something different to everyone. Drop the "
        "vague word and state the number; write [N] where you do not know it yet.",
    }
    examples = (
        Example("zh", "«尽量»将客户流失率控制在5%以内", True),
        Example("zh", "«适当»增加客户服务渠道", True),
        Example("zh", "«大幅»提升新用户转化率", True),
        Example("zh", "新增«若干»合作伙伴", True),
        Example("zh", "新用户转化率从3%进一步提升到5%", False),
        Example("zh", "建立统一流程，审批时长缩短到1天", False),
        Example("zh", "A/B测试结果达到统计显著性的实验不少于6个", False),
        Example("zh", "在Facebook和Twitter上增加20%的粉丝数量", False),
        Example("en", "Grow trial signups «as much as possible»", True),
        Example("en", "Deliver a «better» onboarding experience", True),
        Example("en", "«Significantly» increase organic traffic", True),
        Example("en", "Sign «several» new reseller partners", True),
        Example("en", "Resolve 90% of tickets better than the 24-hour SLA", False),
        Example("en", "Ship 3 statistically significant pricing experiments", False),
        Example("en", "Further reduce p95 latency from 400 ms to 250 ms", False),
        Example("en", "Raise NPS for enterprise and SMB customers to 50", False),
    )

    def check(self, item, draft):
        quantified = measurable(item)
        found = [(t, "hedge") for t in _terms(item, "kr_vague_hedges")]
        if not quantified:
            found += [(t, "word") for t in _terms(item, "kr_vague_words")]
            found += [
                (t, "quantity") for t in _terms(item, "kr_vague_quantities", mapping_list=True)
            ]
        found.sort(key=lambda x: x[0][0])
        hits, taken = [], -1
        for (s, e, word), kind in found:
            if s < taken or _precise(item.folded, s, e):
                continue
            taken = e
            hits.append(self._hit(item, s, e, word, kind, quantified))
        return hits

    def _hit(self, item, s: int, e: int, word: str, kind: str, quantified: bool) -> Hit:
        if kind == "quantity":
            repl = mapping("kr_vague_quantities", item.language)[word]
            main = Fix(edits=[LocalEdit(s, e, repl)], placeholders=["[N]"])
            advice = {"zh": "写出具体数量", "en": "give the number"}
            fixes = [main]
        else:
            main = Fix(edits=[_delete(item, s, e)], applicability="unsafe")
            fixes = [main]
            if not quantified:
                measure = append_measure(item)
                fixes.append(
                    Fix(edits=main.edits + measure.edits, placeholders=measure.placeholders)
                )
            if kind == "hedge":
                advice = {"zh": "去掉它，直接承诺目标", "en": "drop it and commit to the target"}
            else:
                advice = {"zh": "去掉它，写出具体的数字", "en": "drop it and state the number"}
        return Hit(
            span=(s, e),
            args={"word": item.text[s:e], "advice": advice},
            fixes=fixes,
        )


def _terms(item, name: str, mapping_list: bool = False) -> list[tuple[int, int, str]]:
    found = mapping_terms(item, name) if mapping_list else terms(item, name)
    if item.language == "zh":
        bounds = item.facts.token_bounds
        # A hedge is an adverb that jieba often glues to its verb ("尽量减少" is one token), so it
        # only has to start a token; other words must be whole tokens.
        hedge = name == "kr_vague_hedges"
        found = [t for t in found if t[0] in bounds and (hedge or t[1] in bounds)]
    return found


def _precise(folded: str, s: int, e: int) -> bool:
    return bool(
        _NOT_VAGUE_AFTER.match(folded, e) or _NOT_VAGUE_BEFORE.search(folded, max(0, s - 40), s)
    )


def _delete(item, s: int, e: int) -> LocalEdit:
    """Delete the word and one space next to it; re-capitalise a sentence start in English."""
    text = item.text
    if item.language == "zh":
        return LocalEdit(s, e, "")
    if e < len(text) and text[e] == " ":
        e += 1
    elif s > 0 and text[s - 1] == " ":
        s -= 1
    if s == item.core_span[0] and e < len(text) and text[s : s + 1].isupper():
        return LocalEdit(s, e + 1, text[e].upper())
    return LocalEdit(s, e, "")


RULE = KrVagueWording()

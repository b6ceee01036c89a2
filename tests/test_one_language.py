"""One language per message (issue 9, item 5).

Every rule's every example is reviewed with the interface in each language (so a Chinese draft
is read with an English interface and the reverse). A finding's message and explanation are
written wholly in the interface language; a rewrite wholly in the draft item's own language
(it replaces the item's words), and a question asked in place of a rewrite and the note beside
a suggestion in the interface language (they address the person; decision 425). Words quoted from the draft are fine — they are the user's —
but every template word must be in the one language: no "“尽量” is vague: 去掉它，直接承诺目标.".

How a mix is seen: the words the draft itself contains are removed first (quoted or not), then
quoted text (“…”, a rewrite proposed in the draft's language is a quote), a term glossed in
parentheses as the guide does ("关键结果（key results）") and the placeholders ([N], [基线]);
what is left must have no Chinese character (English text) or
no English word of three letters or more written in lower case (Chinese text: an acronym such as
KR, OKR or NPS is how Chinese OKRs are written).
"""

from __future__ import annotations

import re

import pytest

import rules
from coach import review
from coach.errors import InputError
from coach.text import is_cjk
from tests.test_rule_examples import build

_PLACEHOLDER = re.compile(r"\[[^\[\]]{1,40}\]|“[^“”]*”|「[^「」]*」|（[A-Za-z ]+）")
_EN_WORD = re.compile(r"(?<![A-Za-z])[a-z][a-z]{2,}(?![A-Za-z])")
_CJK_RUN = re.compile(r"[\u3400-\u9fff]+")
_ASCII_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


def _without_draft_words(text: str, draft: str) -> str:
    """`text` less every run of Chinese characters and every English word the draft contains."""
    folded = draft.lower()
    text = _PLACEHOLDER.sub(" ", text)

    def cjk(m: re.Match[str]) -> str:
        run = m.group(0)
        # keep only the characters of the run not found in the draft as a 2-character piece
        kept = [
            c
            for i, c in enumerate(run)
            if run[max(0, i - 1) : i + 1] not in draft and run[i : i + 2] not in draft
        ]
        return "".join(kept) if len(run) > 1 else ("" if run in draft else run)

    text = _CJK_RUN.sub(cjk, text)
    return _ASCII_WORD.sub(lambda m: "" if m.group(0).lower() in folded else m.group(0), text)


def mixed(text: str, lang: str, draft: str) -> str | None:
    """The other language's template words in `text`, or None when it is in `lang` only."""
    rest = _without_draft_words(text, draft)
    found = [c for c in rest if is_cjk(c)] if lang == "en" else _EN_WORD.findall(rest)
    return " ".join(found) if found else None


def _cases():
    for rule in rules.registry().values():
        for i, ex in enumerate(rule.examples):
            if not ex.bad:
                continue
            other = "en" if ex.lang == "zh" else "zh"
            for ui in (ex.lang, other):
                yield pytest.param(rule, ex, ui, id=f"{rule.id}-{ex.lang}-{i}-ui-{ui}")


@pytest.mark.parametrize(("rule", "ex", "ui"), list(_cases()))
def test_every_message_is_in_one_language(rule, ex, ui) -> None:
    text, _ = build(rule, ex)
    rv = review(text, select=[rule.id], ui_language=ui)
    items = {o.id: o for o in rv.objectives} | {
        k.id: k for o in rv.objectives for k in o.key_results
    }
    problems = []
    for f in rv.findings:
        for what, words in (("message", f.message), ("explanation", f.explanation or "")):
            bad = mixed(words, ui, text)
            if bad:
                problems.append(f"{f.rule_id} {what} in {ui} has {bad!r}: {words!r}")
        item = items.get(f.target)
        lang = item.language if item is not None else ui
        for s in f.suggestions:
            if s.kind != "rewrite":
                continue
            # A rewrite replaces the item's words: the item's language. A question asked in its
            # place, and the note beside either, address the person: the interface's.
            said = ui if s.asks else lang
            bad = mixed(s.text, said, text)
            if bad:
                problems.append(f"{f.rule_id} rewrite in {said} has {bad!r}: {s.text!r}")
            bad = mixed(s.note or "", ui, text)
            if bad:
                problems.append(f"{f.rule_id} note in {ui} has {bad!r}: {s.note!r}")
    for c in (c for it in items.values() for c in it.checks):
        bad = mixed(c.principle, ui, text)
        if bad:
            problems.append(f"{c.rule_id} principle in {ui} has {bad!r}")
    assert not problems, "\n".join(problems)


def test_the_detector_sees_the_mix_of_the_issue() -> None:
    draft = "目标：提升客户满意度\n关键结果1：尽量减少客服投诉"
    assert mixed("“尽量” is vague: 去掉它，直接承诺目标.", "en", draft)
    assert mixed("“尽量” is vague: drop it and commit to the target.", "en", draft) is None
    assert mixed("“尽量”含糊：drop it，直接承诺目标。", "zh", draft) == "drop"
    assert mixed("这个关键结果衡量的是NPS，而目标说的是客户。", "zh", draft) is None


@pytest.mark.parametrize(
    ("text", "ui", "expect_cjk"),
    [
        ("", "zh", True),
        ("", "en", False),
        ("   \n", None, False),
        ("本季度的计划\n没有目标", None, True),
        ("just some notes\nwithout any objective", None, False),
        ("just some notes\nwithout any objective", "zh", True),
    ],
)
def test_input_errors_speak_the_users_language(text: str, ui: str | None, expect_cjk: bool) -> None:
    with pytest.raises(InputError) as err:
        review(text, ui_language=ui)
    message = str(err.value)
    assert any(is_cjk(c) for c in message) == expect_cjk, message
    # both languages are always there for a caller that chooses
    assert err.value.messages["zh"] and err.value.messages["en"]
    assert any(is_cjk(c) for c in err.value.messages["zh"])
    assert not any(is_cjk(c) for c in err.value.messages["en"])


def test_a_unit_or_grade_glued_to_a_figure_is_no_english_word() -> None:
    # Decision 363 (blind read 11, rw-048): "1.8s" and "P75" made a Chinese key result English,
    # and its owner placeholder "(owner: [owner])" was English beside Chinese words.
    rv = review("目标：让首页打开快一点\n关键结果：首屏 FCP 从 2.6s 降到 1.2s（P90）", config=None)
    kr = rv.objectives[0].key_results[0]
    assert kr.language == "zh"
    owner = [f for f in rv.findings if f.rule_id == "kr-no-owner"]
    assert owner and "负责人" in owner[0].suggestions[0].text
    # An English key result with units stays English.
    rv = review("Objective: A snappy home page\nKR: p95 LCP from 3.2s to 1.8s on 4G")
    assert rv.objectives[0].key_results[0].language == "en"


def test_a_chinese_item_with_english_terms_in_a_chinese_draft_is_chinese() -> None:
    # Decision 811: Chinese characters in an item of a Chinese draft make the item Chinese,
    # however many English terms it carries; the draft's language counts such items as Chinese.
    d = review(
        "运营组 Q2 OKR\n目标：让小程序成为门店最重要的获客渠道\n"
        "KR1：每天 check 一次 mini program dashboard\n"
        "KR2：Launch 2 new coupon campaigns\nKR3：Push open rate improve to 30%\n"
        "KR4：Landing page CVR 从 2% 提到 4%"
    )
    krs = d.objectives[0].key_results
    assert d.language == "zh"
    assert [k.language for k in krs] == ["zh", "en", "en", "zh"]


def test_an_english_item_naming_a_chinese_colleague_stays_english() -> None:
    d = review(
        "O: Ship the new billing page\nKR1: Pair with 张伟 on 5 reviews\nKR2: Cut refunds to 2%"
    )
    assert d.language == "en"
    assert d.objectives[0].key_results[0].language == "en"

"""coach.text's character helpers give what their per-character definitions give."""

from __future__ import annotations

import sys
import unicodedata

from coach.text import _fold_char, bad_control_chars, fold


def _every_character(last: int = sys.maxunicode) -> str:
    return "".join(chr(c) for c in range(last + 1))


def test_bad_control_chars_is_category_cc_cs_and_the_replacement_character() -> None:
    text = _every_character()
    want = [
        i
        for i, ch in enumerate(text)
        if ch not in "\n\r\t" and (unicodedata.category(ch) in ("Cc", "Cs") or ch == "\ufffd")
    ]
    assert bad_control_chars(text) == want
    assert bad_control_chars("目标：提升留存率\n\tKR1: 30%") == []
    assert bad_control_chars("a\x00b\x7fc\ufffd") == [1, 3, 5]


def test_fold_is_each_character_folded() -> None:
    text = _every_character(0xFFFF)
    want = "".join(_fold_char(ch) for ch in text)
    assert fold(text) == want
    assert fold(text) == want  # the second time from the table
    assert fold("ＯＫＲ目标Ｑ３") == "okr目标q3"
    assert fold("Grow ARR") == "grow arr"


def test_simplified_maps_traditional_one_for_one_and_leaves_simplified_alone() -> None:
    from coach.text import to_simplified

    assert to_simplified("完成測試框架遷移，每週發版") == "完成测试框架迁移，每周发版"
    plain = "每周复盘一次，著名品牌的乾坤"
    assert to_simplified(plain) == plain
    assert to_simplified("Ship v2 by Q3") == "Ship v2 by Q3"


def test_traditional_wording_gets_its_simplified_twins_facts() -> None:
    from coach.facts import read

    trad, simp = read("每週舉辦2場技術分享會", "zh"), read("每周举办2场技术分享会", "zh")
    assert trad.text == simp.text
    assert trad.shape == simp.shape
    assert [(q.start, q.end, q.value, q.unit) for q in trad.quantities] == [
        (q.start, q.end, q.value, q.unit) for q in simp.quantities
    ]


def test_one_scan_readings_agree_with_the_reading_per_character() -> None:
    """has_cjk, parse._latin and quantities' Chinese-character test are single regex scans that
    stand for a Python test per character: the same answer for every code point, and on texts
    where the one character that decides is anywhere."""
    import importlib

    from coach.facts import quantities
    from coach.text import has_cjk, is_cjk

    parse = importlib.import_module("coach.parse")  # (coach.parse is also the function)

    def latin_by_char(text: str) -> bool:
        return all(ord(c) < 0x250 or 0x2000 <= ord(c) <= 0x206F for c in text)

    every = [c for c in _every_character() if not "\ud800" <= c <= "\udfff"]
    assert [c for c in every if has_cjk(c)] == [c for c in every if is_cjk(c)]
    assert [c for c in every if not parse._latin(c)] == [c for c in every if not latin_by_char(c)]
    assert quantities._HAN.findall("".join(every)) == [
        c for c in every if "\u4e00" <= c <= "\u9fff"
    ]
    for text in ("", "Raise NPS to 45", "Raúl’s team — Q3", "在Facebook上增加20%", "x" * 50 + "中"):
        assert has_cjk(text) == any(is_cjk(c) for c in text)
        assert parse._latin(text) == latin_by_char(text)

"""Lead fixes of round thirty-five.
checkin-missing-section's English message names each missing quadrant in a sentence that reads
("This check-in is missing the OKR status (confidence)."), where it read "has no the OKR status"
(tester35's note)."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.cycle.checkin import checkin

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "cycle"


@pytest.mark.parametrize(
    "drop, section",
    [
        ("## OKR status", "the OKR status (confidence)"),
        ("## Next four weeks", "the next four weeks' plan"),
    ],
)
def test_a_missing_quadrant_is_named_in_a_sentence_that_reads(drop, section):
    text = (EXAMPLES / "checkin-en.md").read_text(encoding="utf-8")
    head, rest = text.split(drop, 1)
    # drop the quadrant: its heading and its lines up to the next heading
    tail = rest.split("\n## ", 1)
    kept = head + ("## " + tail[1] if len(tail) > 1 else "")
    report = checkin(kept)
    messages = [f.message for f in report.findings if f.rule_id == "checkin-missing-section"]
    assert f"This check-in is missing {section}." in messages, messages
    assert not any("has no the" in m for m in messages)


def test_the_regex_cache_writes_when_a_used_entry_was_dropped(tmp_path, monkeypatch):
    """At exit the cache keeps the entries used this run when the file grows past its limit; an
    entry dropped after it was used (a broken one compiled again) is left out, not a KeyError in
    the exit hook (seen at the end of a fresh-clone `make test`)."""
    from coach import _regex_cache as rc

    monkeypatch.setattr(rc, "_path", tmp_path / "cache.marshal")
    monkeypatch.setattr(rc, "_MAX_ENTRIES", 0)
    monkeypatch.setattr(rc, "_entries", {("kept", 0): ("parts",)})
    monkeypatch.setattr(rc, "_new", {("kept", 0)})
    monkeypatch.setattr(rc, "_used", {("kept", 0), ("dropped", 0)})
    rc._write()
    assert (tmp_path / "cache.marshal").is_file()
    assert not rc._new

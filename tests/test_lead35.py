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

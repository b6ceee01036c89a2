"""README.md's sample reviews: present, shaped like real CLI output, and regenerable."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

import rules

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
FINDING_LINE = re.compile(r"^\s*(\d+):(\d+) (error|warning|info|错误|警告|提示) ([a-z0-9-]+) \S")
SUMMARY = re.compile(r"(score|得分) (\d{1,3})/100$")


def _script():
    spec = importlib.util.spec_from_file_location(
        "update_readme_samples", ROOT / "docs" / "update_readme_samples.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _block(lang: str) -> str:
    m = re.search(rf"<!-- sample:{lang} -->\n(.*?)<!-- /sample:{lang} -->", README, re.DOTALL)
    assert m, f"README.md lacks the {lang} sample markers"
    return m.group(1)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_sample_block_has_the_cli_output_shape(lang):
    block = _block(lang)
    assert block.startswith("```text\n$ cat ") and block.endswith("```\n")
    lines = block.splitlines()
    review_at = next(i for i, line in enumerate(lines) if line.startswith("$ okr-coach review"))
    status_at = lines.index("$ echo $?")
    output = lines[review_at + 1 : status_at]
    assert output[0].startswith("O1 ")
    assert SUMMARY.search(output[-1]), output[-1]
    code = int(lines[status_at + 1])
    findings = [m.groups() for m in map(FINDING_LINE.match, output) if m]
    assert code == (1 if any(sev in ("error", "错误") for _, _, sev, _ in findings) else 0)
    for _, _, _, rule_id in findings:
        assert rule_id in rules.registry(), f"README sample names unknown rule {rule_id}"


def test_update_script_regenerates_the_blocks():
    script = _script()
    fresh = script.update(README)
    for lang in script.SAMPLES:
        assert f"<!-- sample:{lang} -->\n```text\n$ cat " in fresh
        assert script.SAMPLES[lang] in fresh
    assert script.update(fresh) == fresh  # idempotent


def test_readme_samples_and_rule_table_are_up_to_date():
    """The samples and the rule table are what the code prints now (`python
    docs/update_readme_samples.py` regenerates them; `make test` also runs its --check)."""
    assert _script().update(README) == README, (
        "README.md is stale: run python docs/update_readme_samples.py"
    )

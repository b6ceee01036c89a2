"""Regenerate the sample reviews in README.md from the real command line.

    python docs/update_readme_samples.py          # rewrite the blocks in README.md
    python docs/update_readme_samples.py --check  # exit 1 when they are out of date

Each sample sits between `<!-- sample:LANG -->` and `<!-- /sample:LANG -->` in the README. The
script runs `okr-coach review` (through `coach.cli.main`, without colour) on the draft below
and writes the draft and the output between the markers; likewise `okr-coach grade`, `checkin`
and `tree` on files of examples/cycle/ (`<!-- sample:grade -->` …). Run it after rules change.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"

SAMPLES: dict[str, str] = {
    "zh": (
        "目标1：本季度让新用户在第一周就爱上我们的产品（负责人：李娜）\n"
        "关键结果1：新用户 7 日留存率从 35% 提升到 50%\n"
        "关键结果2：给潜在用户发一封邮件\n"
        "关键结果3：尽量减少客服投诉\n"
        "目标2：提升品牌影响力\n"
    ),
    "en": (
        "Objective: Increase revenue by 30%\n"
        "KR1: Send an email to every potential customer\n"
        "KR2: Reduce support tickets as much as possible\n"
        "Objective: Delight our enterprise customers this quarter\n"
    ),
}

FILE_NAMES = {"zh": "draft-zh.txt", "en": "draft-en.txt"}

# The rest of the cycle: `okr-coach <command> <file>` on a file of examples/cycle/, shown
# between <!-- sample:NAME --> markers like the reviews above.
CYCLE_SAMPLES: dict[str, tuple[str, str]] = {
    "grade": ("grade", "examples/cycle/grade-zh.txt"),
    "checkin": ("checkin", "examples/cycle/checkin-en.md"),
    "tree": ("tree", "examples/cycle/tree-zh.md"),
}


def _marker(lang: str) -> re.Pattern[str]:
    return re.compile(rf"(<!-- sample:{lang} -->\n)(.*?)(<!-- /sample:{lang} -->)", flags=re.DOTALL)


def _warm_up() -> None:
    """Load jieba's dictionary and the sentence encoder before the first sample: on a busy
    machine a cold start could pass the CLI's time budget, and the samples show output, not
    speed (bench/bench_startup.py measures that)."""
    from coach import classifier
    from coach.nlp import warm_up

    warm_up()
    classifier.embed("预热")


def run_cli(text: str, command: str = "review", *options: str) -> tuple[int, str]:
    """`okr-coach COMMAND - OPTIONS` on `text`, in-process; (exit status, stdout)."""
    sys.path.insert(0, str(ROOT))
    from coach.cli import main

    _warm_up()
    out = io.StringIO()
    old_stdin = sys.stdin
    sys.stdin = io.StringIO(text)
    try:
        with contextlib.redirect_stdout(out):
            code = main([command, "-", "--color", "never", *options])
    finally:
        sys.stdin = old_stdin
    return code, out.getvalue()


def cycle_block(name: str) -> str:
    command, path = CYCLE_SAMPLES[name]
    text = (ROOT / path).read_text(encoding="utf-8")
    code, output = run_cli(text, command, "--no-explain")
    file = Path(path).name
    return f"```text\n$ cat {file}\n{text}$ okr-coach {command} {file} --no-explain\n{output}$ echo $?\n{code}\n```\n"


def sample_block(lang: str) -> str:
    text = SAMPLES[lang]
    code, output = run_cli(text)
    name = FILE_NAMES[lang]
    return (
        f"```text\n$ cat {name}\n{text}$ okr-coach review {name}\n{output}$ echo $?\n{code}\n```\n"
    )


def rules_table() -> str:
    """The draft rules as a Markdown table, from each rule's metadata."""
    sys.path.insert(0, str(ROOT))
    import rules
    from coach.rule_api import CATEGORIES

    rows = [
        "| id | about | item | severity | rewrite | principle |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for r in rules.registry().values():
        rows.append(
            f"| `{r.id}` | {CATEGORIES[r.category]['en']} | {r.target} | {r.severity} | {r.fix} "
            f"| {r.principle['en']} |"
        )
    return "\n".join(rows) + "\n"


def update(readme: str) -> str:
    """The README text with every sample block and the rule table regenerated."""
    table = re.compile(r"(<!-- rules -->\n)(.*?)(<!-- /rules -->)", flags=re.DOTALL)
    if not table.search(readme):
        raise SystemExit("README.md has no <!-- rules --> … <!-- /rules -->")
    fresh = rules_table()
    readme = table.sub(lambda m: m.group(1) + fresh + m.group(3), readme)
    for lang in SAMPLES:
        pattern = _marker(lang)
        if not pattern.search(readme):
            raise SystemExit(f"README.md has no <!-- sample:{lang} --> … <!-- /sample:{lang} -->")
        block = sample_block(lang)
        readme = pattern.sub(lambda m, b=block: m.group(1) + b + m.group(3), readme)
    for name in CYCLE_SAMPLES:
        pattern = _marker(name)
        if not pattern.search(readme):
            raise SystemExit(f"README.md has no <!-- sample:{name} --> … <!-- /sample:{name} -->")
        block = cycle_block(name)
        readme = pattern.sub(lambda m, b=block: m.group(1) + b + m.group(3), readme)
    return readme


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Regenerate README.md's sample reviews.")
    parser.add_argument("--check", action="store_true", help="exit 1 if the samples are stale")
    args = parser.parse_args(argv)
    current = README.read_text(encoding="utf-8")
    fresh = update(current)
    if args.check:
        if fresh != current:
            print("README.md samples are out of date: run python docs/update_readme_samples.py")
            return 1
        return 0
    if fresh != current:
        README.write_text(fresh, encoding="utf-8")
        print("README.md samples updated")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

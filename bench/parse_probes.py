"""Hand-written probe drafts in the layouts of published OKRs (issue 8 item 5, round 3).

Each file in bench/parse_probes/ holds drafts written before the parser was run on them:
"=== name" starts a draft, "--- expect" its expected parse, one line per item in order
("O: …" an objective, "K: …" a key result; the text is a case-insensitive piece of the item's
wording). Set 1 (26 drafts) was written first; sets 2–5 (10 each) after fixes, to see whether
they generalise. Usage:

    python bench/parse_probes.py [-v] [bench/parse_probes/set1.txt ...]
"""

from __future__ import annotations

import sys
from pathlib import Path

from coach.parse import parse_text

HERE = Path(__file__).parent / "parse_probes"


def load(path: Path) -> list[tuple[str, str, list[tuple[str, str]]]]:
    with path.open(encoding="utf-8", newline="") as f:
        raw = f.read()  # line ends as written (one draft uses Windows line ends)
    drafts = []
    for chunk in raw.split("=== ")[1:]:
        head, rest = chunk.split("\n", 1)
        text, expected = rest.split("--- expect\n", 1)
        items = [
            (kind, piece.strip())
            for kind, piece in (ln.split(": ", 1) for ln in expected.strip().splitlines())
        ]
        drafts.append((head.strip(), text.rstrip("\r\n"), items))
    return drafts


def parsed(text: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for o in parse_text(text).objectives:
        out.append(("O", o.text))
        out.extend(("K", k.text) for k in o.key_results)
    return out


def differs(text: str, expected: list[tuple[str, str]]) -> list[tuple[str, str]] | None:
    """The parse when it differs from the expected one (kinds, order, wording), else None."""
    try:
        got = parsed(text)
    except Exception as e:  # an input error is a difference too
        return [("ERR", repr(e))]
    same = len(got) == len(expected) and all(
        gk == ek and ev.lower() in gv.lower()
        for (gk, gv), (ek, ev) in zip(got, expected, strict=True)
    )
    return None if same else got


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    paths = [Path(a) for a in argv if a != "-v"] or sorted(HERE.glob("set*.txt"))
    for path in paths:
        drafts = load(path)
        bad = 0
        for name, text, expected in drafts:
            got = differs(text, expected)
            if got is None:
                continue
            bad += 1
            print(f"  differs: {name}")
            if verbose:
                print("    expected:", expected)
                print("    parsed:  ", [(k, v[:60]) for k, v in got])
        print(f"{path.name}: {bad} of {len(drafts)} drafts differ")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

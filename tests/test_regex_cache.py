"""coach/_regex_cache.py: the project's patterns compiled once and kept between processes."""

from __future__ import annotations

import _sre
import json
import os
import re
import shutil
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from coach import _regex_cache
from coach.facts import needs

ROOT = Path(__file__).resolve().parents[1]

# A child that imports the whole library, reviews one draft and says what it compiled itself.
_CHILD = """
import json, re
from coach import _regex_cache as rc
import rules
from coach import review
review("O: 销售额提升30%\\nKR1: 给潜在用户发一封邮件\\nKR2: Raise NPS from 20 to 35 by Q3")
print(json.dumps({"new": len(rc._new), "kept": len(rc._entries), "used": len(rc._used)}))
"""


def _child(cache: Path, **env: str) -> dict[str, int]:
    e = dict(os.environ, OKR_COACH_CACHE_DIR=str(cache), PYTHONPATH=str(ROOT), **env)
    out = subprocess.run(
        [sys.executable, "-c", _CHILD], cwd=ROOT, env=e, capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout.splitlines()[-1])


@pytest.fixture(scope="module")
def kept(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    """A cache folder a first child filled, and what that child compiled (one cold child for
    the two tests below: each works on a copy of the folder)."""
    folder = tmp_path_factory.mktemp("kept")
    return folder, _child(folder)


def _copy_of(kept: tuple[Path, dict[str, int]], tmp_path: Path) -> Path:
    shutil.copytree(kept[0], tmp_path, dirs_exist_ok=True)
    return tmp_path


def test_a_later_process_compiles_none_of_the_project_patterns_again(kept, tmp_path) -> None:  # type: ignore[no-untyped-def]
    first = kept[1]
    assert first["new"] > 500  # coach's and rules' patterns, compiled and kept
    assert list(_copy_of(kept, tmp_path).glob("regex-*.marshal"))
    second = _child(tmp_path)
    assert second["new"] == 0
    assert second["used"] >= first["new"]


def test_a_broken_file_is_compiled_again_and_rewritten(kept, tmp_path) -> None:  # type: ignore[no-untyped-def]
    (path,) = _copy_of(kept, tmp_path).glob("regex-*.marshal")
    path.write_bytes(b"\x00garbage")
    assert _child(tmp_path)["new"] > 500
    assert _child(tmp_path)["new"] == 0


def test_switched_off_nothing_is_kept(tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert _child(tmp_path, OKR_COACH_REGEX_CACHE="0") == {"new": 0, "kept": 0, "used": 0}
    assert not list(tmp_path.glob("regex-*"))


def test_a_kept_pattern_is_the_pattern_re_compiles() -> None:
    """Every pattern this process took from (or put in) the cache is equal to re's own compile of
    it: same code, flags and groups (Pattern equality compares the engine's code) — or, where the
    characters a match can start with were added to its code (speed31, `_with_first_characters`:
    the same matches, tests/test_speed31.py), to re's code with them added."""
    compiled = [(k, v) for k, v in _regex_cache._entries.items() if len(k) == 2]
    assert len(compiled) > 500
    for (pattern, flags), parts in compiled:
        ours = _sre.compile(pattern, *parts)
        theirs = _regex_cache._original(pattern, flags)
        fresh = _regex_cache._parts(pattern, flags)
        hinted = _sre.compile(pattern, *fresh) if fresh is not None else theirs
        assert ours in (theirs, hinted), pattern
        assert ours.groupindex == theirs.groupindex
        assert ours.groups == theirs.groups


def test_only_the_projects_patterns_are_kept_and_a_warning_is_not_lost() -> None:
    before = set(_regex_cache._entries)
    mine = "speed11 (?P<x>kept)+ [0-9]{2}"
    other = "speed11 not ours [0-9]{3}"
    warns = "speed11 [[a-c]] warns"
    exec(f"import re; re.compile({mine!r})", {"__name__": "coach.fake"})
    exec(f"import re; re.compile({other!r})", {"__name__": "somebody.else"})
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        exec(f"import re; re.compile({warns!r})", {"__name__": "rules.fake"})
    assert any(issubclass(w.category, FutureWarning) for w in caught)  # still warned
    added = {k[0] for k in set(_regex_cache._entries) - before}
    assert added == {mine}
    assert re.compile(mine).match("speed11 keptkept 42").group("x") == "kept"
    for p in (mine, other, warns):
        _regex_cache._entries.pop((p, 0), None)
        _regex_cache._new.discard((p, 0))
        re.purge()


def test_needed_is_the_same_kept_or_worked_out() -> None:
    pattern = re.compile(r"(?:raise|grow) (?:sales|revenue)|季度")
    name = _regex_cache.name_of("needed", needs.__file__)
    assert name is not None and name == needs._KEPT_AS
    assert needs.needed(pattern) == needs._needed(pattern) == {"sales", "revenue", "季度"}
    assert _regex_cache._entries[(name, pattern.pattern, pattern.flags)] == (needs.needed(pattern),)


def test_the_name_of_derived_data_follows_its_code(tmp_path) -> None:  # type: ignore[no-untyped-def]
    src = tmp_path / "m.py"
    src.write_text("A = 1\n")
    one = _regex_cache.name_of("x", str(src))
    src.write_text("A = 2\n")
    assert _regex_cache.name_of("x", str(src)) != one
    assert _regex_cache.name_of("x", str(tmp_path / "absent.py")) is None

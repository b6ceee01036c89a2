"""speed33 (issue 13): the optional compiled build (`make compile`, coach/_compiled.py).

Without a build everything is Python and these tests check the switches around it; with one
(`make compile` before `make test`), the compiled modules must answer every review as the
pure-Python ones do, byte for byte."""

from __future__ import annotations

import importlib.machinery
import json
import os
import re
import subprocess
import sys
import textwrap
import types
from pathlib import Path

import pytest

from coach import _compiled, _regex_cache

ROOT = Path(__file__).resolve().parent.parent


def test_every_listed_module_has_its_source() -> None:
    for module in _compiled.MODULES:
        assert _compiled.source_of(module).is_file(), module
    assert len(set(_compiled.MODULES)) == len(_compiled.MODULES)


def test_the_build_leaves_annotations_alone() -> None:
    # `x: float` typed as a C double would turn 3 into 3.0 in an answer.
    assert _compiled.DIRECTIVES["annotation_typing"] is False


@pytest.fixture
def package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A package `spd33pkg` with a module `hot` and a broken "extension" beside it."""
    pkg = tmp_path / "spd33pkg"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "hot.py").write_text("ANSWER = 'source'\n")
    suffix = importlib.machinery.EXTENSION_SUFFIXES[0]
    (pkg / f"hot{suffix}").write_bytes(b"not an extension")
    monkeypatch.setattr(_compiled, "ROOT", tmp_path)
    monkeypatch.setattr(_compiled, "MANIFEST", tmp_path / "manifest.json")
    monkeypatch.syspath_prepend(str(tmp_path))
    for name in ("spd33pkg", "spd33pkg.hot"):
        monkeypatch.delitem(sys.modules, name, raising=False)
    return pkg


def _write_manifest(root: Path, digests: dict[str, str]) -> None:
    (root / "manifest.json").write_text(json.dumps(digests))


def test_a_module_edited_after_the_build_is_stale(package: Path) -> None:
    good = _compiled._digest(package / "hot.py")
    _write_manifest(package.parent, {"spd33pkg.hot": good})
    assert _compiled.built() == {"spd33pkg.hot": good}
    assert _compiled.stale(_compiled.built()) == []
    (package / "hot.py").write_text("ANSWER = 'edited'\n")
    assert _compiled.stale(_compiled.built()) == ["spd33pkg.hot"]


def test_a_module_without_its_extension_is_not_built(package: Path) -> None:
    _write_manifest(package.parent, {"spd33pkg.hot": "x", "spd33pkg.cold": "y"})
    assert set(_compiled.built()) == {"spd33pkg.hot"}


@pytest.mark.parametrize("switch", ["stale", "off"])
def test_the_guard_imports_from_source(
    package: Path, monkeypatch: pytest.MonkeyPatch, switch: str
) -> None:
    # The import system prefers the extension (here broken: importing it fails) to the .py.
    with pytest.raises(ImportError):
        __import__("spd33pkg.hot")
    sys.modules.pop("spd33pkg.hot", None)
    digest = _compiled._digest(package / "hot.py")
    _write_manifest(package.parent, {"spd33pkg.hot": "0" * 64 if switch == "stale" else digest})
    if switch == "off":
        monkeypatch.setenv("OKR_COACH_COMPILED", "0")
    finders = list(sys.meta_path)
    try:
        if switch == "stale":
            with pytest.warns(UserWarning, match="spd33pkg.hot"):
                _compiled.guard()
        else:
            _compiled.guard()
        hot = __import__("spd33pkg.hot", fromlist=["ANSWER"])
        assert hot.ANSWER == "source"
        assert hot.__file__.endswith("hot.py")
    finally:
        sys.meta_path[:] = finders


def test_the_guard_leaves_a_current_build_alone(package: Path) -> None:
    _write_manifest(package.parent, {"spd33pkg.hot": _compiled._digest(package / "hot.py")})
    finders = list(sys.meta_path)
    try:
        _compiled.guard()
        assert sys.meta_path == finders
    finally:
        sys.meta_path[:] = finders


def test_no_manifest_no_finder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_compiled, "MANIFEST", tmp_path / "none.json")
    finders = list(sys.meta_path)
    _compiled.guard()
    assert sys.meta_path == finders


def _hook() -> bool:
    """Stands for re's compile step wrapped by coach/_regex_cache.py: the code that asked for
    the pattern is two frames up from _caller_is_ours."""
    return _regex_cache._caller_is_ours()


def _asking(globals_name: str, module: types.ModuleType | None) -> bool:
    scope: dict[str, object] = {"__name__": globals_name, "hook": _hook}
    exec("def ask(module):\n    return hook()\n", scope)
    return scope["ask"](module)  # type: ignore[operator]


@pytest.mark.parametrize(
    ("name", "ours"), [("coach.hot", True), ("rules._x", True), ("yaml", False)]
)
def test_a_compiled_modules_patterns_are_ours(name: str, ours: bool) -> None:
    # A module compiled to C has no frame: the pattern it compiles at import is asked for from
    # the import system's frames, whose loader holds the module being executed.
    assert _asking("importlib._bootstrap_external", types.ModuleType(name)) is ours


@pytest.mark.parametrize(
    ("name", "ours"), [("coach.parse", True), ("rules.x", True), ("yaml", False)]
)
def test_a_python_modules_patterns_are_judged_as_before(name: str, ours: bool) -> None:
    assert _asking(name, types.ModuleType("coach.other")) is ours
    assert _hook() is False  # this test module is not coach's or rules'


def test_the_import_system_without_a_module_is_not_ours() -> None:
    assert _asking("importlib._bootstrap", None) is False


def _reviews(env: dict[str, str], count: int) -> list[str]:
    code = textwrap.dedent(
        f"""
        import json, sys
        from coach import _compiled
        from coach.review import review
        from coach.rule_api import DEFAULT_CONTEXT
        from models import corpus
        items = sorted(corpus.items(), key=lambda it: it["id"])[:{count}]
        print(json.dumps(_compiled.compiled_modules()))
        for it in items:
            ctx = DEFAULT_CONTEXT[(it["kind"], it["lang"])]
            print(review(ctx.replace("{{item}}", it["text"])).model_dump_json())
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        env={**os.environ, **env, "PYTHONHASHSEED": "0"},
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return out.stdout.splitlines()


@pytest.mark.skipif(not _compiled.built(), reason="no compiled build (make compile)")
def test_the_compiled_build_answers_as_python() -> None:
    compiled = _reviews({}, 2000)
    pure = _reviews({"OKR_COACH_COMPILED": "0"}, 2000)
    assert json.loads(compiled[0]), "the build is there but nothing ran compiled"
    assert json.loads(pure[0]) == []
    assert len(compiled) == len(pure) == 2001
    differ = [n for n, (a, b) in enumerate(zip(compiled[1:], pure[1:], strict=True)) if a != b]
    assert not differ, f"{len(differ)} reviews differ, first item {differ[0]}"


def test_the_switch_is_documented() -> None:
    doc = (ROOT / "docs" / "scaling.md").read_text(encoding="utf-8")
    assert re.search(r"OKR_COACH_COMPILED", doc)
    assert "make compile" in (ROOT / "Makefile").read_text(encoding="utf-8")

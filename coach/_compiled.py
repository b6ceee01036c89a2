"""The hottest modules built as C extensions (issue 13): part of `make install`, `make test`
and `make bench` wherever a C compiler and Python's headers are there (`make compiled`).

    python -m coach._compiled build [--changed] [--jobs N]   # needs Cython 3 and a C compiler
    python -m coach._compiled can-build                      # "yes", or what is missing
    python -m coach._compiled clean
    python -m coach._compiled status

Cython compiles the unchanged .py files of `MODULES` (no types added: the same Python code,
run without the interpreter's eval loop) into extension modules beside them, which the import
system then loads instead of the .py files. Nothing depends on the build: without it (no C
compiler, `make install COMPILE=0`, a failed build, a checkout no make ran in) every module is
the pure-Python one, and the answers are the same byte for byte (tests/test_speed33.py compares
both on corpus items when it is built). `build --changed` (what make runs) builds only the
modules whose extension is missing or older than their .py.

`guard()` (run by coach/__init__.py before the other modules are imported) keeps a build from
running code that is no longer the source: the build writes a manifest with a digest of each
module's .py, and a module whose .py has changed since (or every module, under
OKR_COACH_COMPILED=0) is imported from its .py file instead, with a warning for a changed one.
Without a manifest it does nothing but look for the file.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.machinery
import importlib.util
import json
import os
import subprocess
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
MANIFEST = ROOT / "coach" / "_compiled.json"

# The modules built, the hottest first (bench/review_phases.py and a profile of bench's fresh
# flawed drafts): the parse, the review's loop, the facts and the rules' shared readers.
# Left out: coach/types.py (pydantic models read their annotations). (Cython 3.3 refuses
# `[a, *(x for x in y)]`: rules/_draft_structure.py writes `[a] + [x for x in y]`.)
MODULES: tuple[str, ...] = (
    "coach.parse",
    "coach.review",
    "coach.wordlists",
    "rules._result_shape",
    "coach.facts.quantities",
    "rules._outcome",
    "coach.facts.outcomes",
    "coach.sketch",
    "coach.facts",
    "coach.nlp",
    "coach.text",
    "coach.facts.needs",
    "coach.facts.grades",
    "coach.draft",
    "coach.annotate",
    "coach.zh_dict",
    "coach.facts.metric",
    "rules.set_duplicate",
    "coach.scoring",
    "coach.cached",
    "coach.rule_api",
    "coach.facts.kpi",
    "coach.examples",
    "coach.classifier",
    "rules._kr_common",
    "rules._negative",
    "coach.facts.shape",
    "coach.facts.timeframes",
    "coach.facts.owner",
    "coach.parse_kind_en",
    "coach.parse_kinds_zh",
    "rules.kr_compound",
    "rules._objective_shape",
    "rules._draft_structure",
    "rules.kr_vague_wording",
    "rules._objective_text",
    "rules.kr_business_as_usual",
    "coach.parse_shapes",
    "rules.kr_negative_phrasing",
    "coach.facts.bounds",
    "coach.facts.clauses",
    # the rules whose checks call the modules above (interpreted, each check's own loop and
    # decisions were what a profile of the build above still showed) and the parse's guides
    "rules.kr_is_task",
    # (not rules.objective_is_metric: Cython keeps a function's closure variables in one scope
    # object, so its `_fix.<locals>.figured`, called from generator expressions, and that
    # scope refer to each other, and every review's draft waited for the cyclic collector:
    # tests/test_heap.py)
    "rules.kr_activity_count",
    "rules.kr_not_quantified",
    "rules.kr_no_owner",
    "rules.objective_not_inspiring",
    "rules.kr_no_deadline",
    "rules.objective_no_timeframe",
    "rules.kr_no_baseline",
    "rules._outside",
    "rules._outside_forces",
    "coach.parse_guide_zh",
    "coach.parse_guide_en",
    "coach.parse_fields",
    "coach.facts.topics",
    "coach.deadline",
    # and the last few a profile of that build still showed (coach/config.py left out: its
    # frozen dataclass is every review's configuration, not worth a risk for its share)
    "rules.objective_not_controllable",
    "rules.set_kr_count",
    "coach.parse_caps_lead",
    "coach.parse_tables",
    "coach.parse_yaml",
    "coach.other_language",
    "coach.facts.definitions",
    "coach.facts.numbers",
    "coach.limits",
)

# Cython reads the code as Python 3 and leaves annotations alone (`x: float` would otherwise be
# a C double): the compiled module behaves as the .py does.
DIRECTIVES = {"language_level": 3, "annotation_typing": False, "binding": True}


def source_of(module: str) -> Path:
    """The .py file of `module` (a package's __init__.py)."""
    path = ROOT.joinpath(*module.split("."))
    return path / "__init__.py" if path.is_dir() else path.with_suffix(".py")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _extension(module: str) -> Path:
    suffix = importlib.machinery.EXTENSION_SUFFIXES[0]
    src = source_of(module)
    return src.with_name(src.stem + suffix)


def built() -> dict[str, str]:
    """module -> digest of the .py it was built from, for the modules whose extension is there."""
    try:
        recorded = json.loads(MANIFEST.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(recorded, dict):
        return {}
    return {m: d for m, d in recorded.items() if isinstance(d, str) and _extension(m).is_file()}


def stale(recorded: dict[str, str]) -> list[str]:
    """The built modules whose .py is no longer the one they were built from."""
    out = []
    for module, digest in recorded.items():
        try:
            if _digest(source_of(module)) != digest:
                out.append(module)
        except OSError:
            out.append(module)
    return out


class _FromSource:
    """A finder ahead of the import system's own: `modules` are loaded from their .py files."""

    def __init__(self, modules: Sequence[str]) -> None:
        self.modules = frozenset(modules)

    def find_spec(self, name: str, path: Any = None, target: ModuleType | None = None) -> Any:
        if name not in self.modules:
            return None
        src = source_of(name)
        loader = importlib.machinery.SourceFileLoader(name, str(src))
        places = [str(src.parent)] if src.name == "__init__.py" else None
        return importlib.util.spec_from_file_location(
            name, src, loader=loader, submodule_search_locations=places
        )


def guard() -> None:
    """Import from source every built module that must not run compiled (see the docstring)."""
    if not MANIFEST.is_file():
        return
    recorded = built()
    if not recorded:
        return
    if os.environ.get("OKR_COACH_COMPILED") == "0":
        pure = list(recorded)
    else:
        pure = stale(recorded)
        if pure:
            warnings.warn(
                f"compiled modules older than their source run as Python: {', '.join(pure)} "
                "(make compile builds them again)",
                stacklevel=2,
            )
    if pure:
        sys.meta_path.insert(0, _FromSource(pure))


def compiled_modules() -> list[str]:
    """The modules of MODULES this process runs compiled (imported ones only)."""
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    return [
        m
        for m in MODULES
        if m in sys.modules and str(getattr(sys.modules[m], "__file__", "")).endswith(suffixes)
    ]


def describe() -> str:
    """Which code a process started now runs: what a benchmark's figures were measured on."""
    recorded = {} if os.environ.get("OKR_COACH_COMPILED") == "0" else built()
    running = len(recorded) - len(stale(recorded))
    if not running:
        return "pure Python (no `make compile` build in use)"
    return f"compiled: {running} of {len(MODULES)} hot modules as C extensions (`make compile`)"


# Added after the interpreter's own flags (pyenv's `-O3 -g`): `-O1` builds the list in about a
# quarter of the time `-O3` takes, and no debug information is needed (docs/scaling.md).
CFLAGS: tuple[str, ...] = ("-O1", "-g0")


def can_build() -> str | None:
    """Why this machine cannot build the extensions (no C compiler, no Python headers), or None."""
    import shutil
    import sysconfig

    cc = (os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc").split()[0]
    if shutil.which(cc) is None:
        return f"no C compiler ({cc})"
    include = sysconfig.get_paths().get("include") or ""
    if not Path(include, "Python.h").is_file():
        return f"no Python headers (Python.h in {include})"
    return None


def to_build(modules: Sequence[str] = MODULES) -> list[str]:
    """The modules of `modules` whose extension is missing or older than their .py."""
    recorded = built()
    old = set(stale(recorded))
    return [m for m in modules if m not in recorded or m in old]


def build(jobs: int, modules: Sequence[str] = MODULES, changed: bool = False) -> list[str]:
    """Compile `modules` in place and write the manifest (the C files go to build/cython); with
    `changed`, only those whose extension is missing or stale, the others' kept. Returns the
    modules built: a module Cython refuses is left out (it runs as Python), and a build that
    fails later (the C compiler) leaves none of the modules it was building compiled."""
    if changed:
        recorded = built()
        gone = [m for m in recorded if m not in modules]
        _remove(gone)  # a module no longer listed runs as Python again
        kept = {m: d for m, d in recorded.items() if m in modules}
        modules = to_build(modules)
        if not modules:
            if gone:
                MANIFEST.write_text(json.dumps(kept, indent=1, sort_keys=True) + "\n", "utf-8")
            return []
        for m in modules:
            kept.pop(m, None)
    else:
        kept = {}
    from Cython.Build import cythonize  # the build's own dependency (the `compile` extra)
    from setuptools import Extension
    from setuptools.dist import Distribution

    _remove(modules)
    MANIFEST.unlink(missing_ok=True)
    if kept:
        MANIFEST.write_text(json.dumps(kept, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    digests = {m: _digest(source_of(m)) for m in modules}
    extensions = [
        # a package's module is its __init__ (the extension goes beside that file)
        Extension(
            m + ".__init__" if source_of(m).name == "__init__.py" else m,
            [str(source_of(m).relative_to(ROOT))],
            extra_compile_args=list(CFLAGS),
        )
        for m in modules
    ]
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        ext = []
        for one in extensions:  # one at a time: a module Cython refuses stays Python
            try:
                ext += cythonize(
                    [one],
                    compiler_directives=DIRECTIVES,
                    build_dir=str(ROOT / "build" / "cython"),
                    quiet=True,
                )
            except Exception as e:  # Cython's CompileError: its messages went to stderr
                print(f"{one.name}: {e}", file=sys.stderr)
        dist = Distribution({"ext_modules": ext})
        cmd = dist.get_command_obj("build_ext")
        cmd.inplace = True
        cmd.parallel = jobs
        cmd.build_temp = str(ROOT / "build" / "cython-temp")
        dist.run_command("build_ext")
    except BaseException:
        _remove(modules)  # no half-built module is left for the import system to load
        raise
    finally:
        os.chdir(cwd)
    done = {m: d for m, d in digests.items() if _extension(m).is_file()}
    MANIFEST.write_text(
        json.dumps({**kept, **done}, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )
    if len(done) < len(digests):
        left = ", ".join(m for m in digests if m not in done)
        print(f"not compiled (Cython refused them; they run as Python): {left}", file=sys.stderr)
    return list(done)


def _remove(modules: Sequence[str]) -> None:
    for m in modules:
        src = source_of(m)
        for so in src.parent.glob(src.stem + ".*.so"):
            so.unlink()


def clean() -> None:
    """Remove the extensions and the manifest (the pure-Python modules are used again)."""
    MANIFEST.unlink(missing_ok=True)
    _remove(MODULES)


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m coach._compiled", description=__doc__)
    ap.add_argument("action", choices=("build", "clean", "status", "can-build"))
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument(
        "--changed", action="store_true", help="build only the modules missing or stale"
    )
    args = ap.parse_args(argv)
    if args.action == "can-build":
        why = can_build()
        print(why or "yes")
        sys.exit(1 if why else 0)
    done: list[str] = []
    if args.action == "build":
        done = build(args.jobs, changed=args.changed)
    elif args.action == "clean":
        clean()
    recorded = built()
    old = set(stale(recorded))
    if args.action != "build" or not args.changed:
        for m in MODULES:
            state = (
                "stale (runs as Python)" if m in old else "compiled" if m in recorded else "Python"
            )
            print(f"{m:32} {state}")
    elif done:
        print(f"compiled {len(done)} module(s): {', '.join(done)}")
    else:
        print(f"compiled build up to date ({len(recorded)} modules)")
    if done:
        subprocess.run([sys.executable, "-c", "import coach.review"], check=True)


if __name__ == "__main__":
    main()

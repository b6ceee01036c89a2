"""The import graph has visible layers: the fact layer at the bottom, rules on top of facts, the
pipeline reaching rules only through their registries, service and models on top of both; and
no rule imports another rule. Every import counts, including those inside functions."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _module(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _all_modules() -> dict[str, Path]:
    out = {}
    for pkg in ("coach", "rules", "service", "models"):
        for path in sorted((ROOT / pkg).rglob("*.py")):
            out[_module(path)] = path
    return out


MODULES = _all_modules()


def imports(name: str) -> set[str]:
    """Modules `name` imports (absolute names; `from a import b` gives a.b when it is a module)."""
    path = MODULES[name]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parent, base] if base else parent)
            out.add(base)
            out.update(f"{base}.{a.name}" for a in node.names if f"{base}.{a.name}" in MODULES)
    return {m for m in out if m.split(".")[0] in ("coach", "rules", "service", "models")}


def _in(module: str, *packages: str) -> bool:
    return any(module == p or module.startswith(p + ".") for p in packages)


# The bottom layer: text, word lists, types, tokens, and the fact layer.
FOUNDATION = ("coach.text", "coach.errors", "coach.types", "coach.wordlists", "coach.nlp",
              "coach.cache", "coach.cached", "coach._regex_cache", "coach.facts")  # fmt: skip
# What a rule may read: the foundation, the parsed draft, the rule API, and the sentence
# encoder (coach.classifier, for the alignment rules' semantic verdict).
RULE_READS = (
    *FOUNDATION,
    "coach.draft",
    "coach.rule_api",
    "coach.classifier",
    "coach.alignment",
    "coach",
)
REGISTRIES = ("rules", "rules.cycle")


@pytest.mark.parametrize("name", [m for m in MODULES if _in(m, "coach.facts")])
def test_the_fact_layer_stands_on_the_foundation_only(name: str) -> None:
    allowed = (*FOUNDATION, "coach.draft")
    bad = [m for m in imports(name) if not _in(m, *allowed) and m != "coach"]
    assert not bad, f"{name} imports {bad}: the fact layer reads text, not the pipeline"


@pytest.mark.parametrize("name", [m for m in MODULES if _in(m, "coach")])
def test_the_pipeline_reaches_rules_through_the_registries(name: str) -> None:
    bad = [m for m in imports(name) if _in(m, "rules") and m not in REGISTRIES]
    assert not bad, f"{name} imports {bad}: coach reaches rules only through rules.registry()"
    assert not [m for m in imports(name) if _in(m, "service", "models")], name


@pytest.mark.parametrize("name", [m for m in MODULES if _in(m, "rules")])
def test_rules_stand_on_facts(name: str) -> None:
    # The cycle's rules also read the cycle's documents (coach/cycle: grades, check-ins).
    allowed = (*RULE_READS, "coach.cycle") if _in(name, "rules.cycle") else RULE_READS
    bad = [
        m for m in imports(name) if _in(m, "coach") and not (m in allowed or _in(m, *allowed[:-1]))
    ]
    assert not bad, f"{name} imports {bad}: a rule reads facts, not the pipeline"
    assert not [m for m in imports(name) if _in(m, "service", "models")], name


def _is_rule_module(name: str) -> bool:
    leaf = name.rpartition(".")[2]
    return (
        _in(name, "rules")
        and name not in REGISTRIES
        and not leaf.startswith("_")
        and leaf != "base"
    )


@pytest.mark.parametrize("name", [m for m in MODULES if _in(m, "rules")])
def test_no_rule_imports_another_rule(name: str) -> None:
    others = [m for m in imports(name) if _is_rule_module(m) and m != name]
    assert not others, f"{name} imports the rule(s) {others}: share logic through facts instead"


def test_the_graph_is_seen() -> None:
    """The checks above see lazy imports too (a guard against a parser that misses them)."""
    assert "rules" in imports("coach.review")
    assert "coach.alignment" in imports("rules._alignment")  # imported inside a function
    assert "coach.facts.topics" in imports("coach.cycle.tree")

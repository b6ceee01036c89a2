"""Examples shown with findings come from the curated library (issue 9 item 1)."""

from __future__ import annotations

import pytest

import rules
from coach import classifier, examples, review
from coach.review import parse


def _lib() -> list[dict]:
    return classifier.library_index().examples


def test_the_whole_library_passes_every_rule_of_its_kind() -> None:
    # The library is what the coach holds up as well written: no rule may fire on it.
    flawed = [
        (e["id"], rid, e["text"])
        for e in _lib()
        for rid, rule in rules.registry().items()
        if rule.target == e["kind"] and examples.flawed_now(e, rid)
    ]
    assert not flawed, flawed
    assert len(_lib()) >= 500


def _fresh_table(monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A private cache dir, and the flaw table not read yet in this process."""
    monkeypatch.setenv("OKR_COACH_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(examples, "_table_read", False)
    monkeypatch.setattr(examples, "_table", None)
    monkeypatch.setattr(examples, "_flaws", type(examples._flaws)())


def test_the_flaw_table_is_written_once_and_read_by_a_later_process(monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _fresh_table(monkeypatch, tmp_path)
    lib = _lib()
    one, other = lib[0], lib[1]
    rid = next(r for r, rule in rules.registry().items() if rule.target == one["kind"])
    monkeypatch.setattr(examples, "flawed_now", lambda e, r: e["id"] == one["id"] and r == rid)
    assert examples.flaw_table() is None  # none written yet: verdicts worked out as needed
    path = examples.write_flaw_table()
    assert path.parent == tmp_path and path.is_file()
    # A later process reads the verdicts and works none of them out.
    monkeypatch.setattr(examples, "_table_read", False)
    monkeypatch.setattr(examples, "_table", None)

    def no_work(e, r):  # type: ignore[no-untyped-def]
        raise AssertionError("worked out although the table holds it")

    monkeypatch.setattr(examples, "flawed_now", no_work)
    assert examples.has_flaw(one, rid) is True
    assert examples.has_flaw(other, rid) is False
    assert examples.flaw_table() == frozenset({(one["id"], rid)})


def test_a_flaw_table_of_other_code_is_not_read(monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _fresh_table(monkeypatch, tmp_path)
    monkeypatch.setattr(examples, "flawed_now", lambda e, r: True)
    examples.write_flaw_table()
    monkeypatch.setattr(examples, "_table_read", False)
    monkeypatch.setattr(examples, "flaw_table_key", lambda: "changed-rules")
    assert examples.flaw_table() is None
    monkeypatch.setattr(examples, "flawed_now", lambda e, r: False)
    assert examples.has_flaw(_lib()[0], "kr-is-task") is False  # worked out, not read


def test_the_flaw_table_key_follows_the_files_it_is_read_from(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import hashlib
    import os

    def digest() -> str:
        h = hashlib.sha256()
        examples._digest_tree(h, str(tmp_path), "t/")
        return h.hexdigest()

    (tmp_path / "data").mkdir()
    (tmp_path / "rule.py").write_text("WORDS = 1\n")
    words = tmp_path / "data" / "words.txt"
    words.write_text("提升\n")
    os.utime(words, ns=(1, 10**18))
    before = digest()
    (tmp_path / "__pycache__").mkdir()
    (tmp_path / "__pycache__" / "rule.pyc").write_bytes(b"\0")
    assert digest() == before  # compiled files are not what the verdicts are read from
    words.write_text("增长\n")  # same size, other words, written later
    assert digest() != before
    os.utime(words, ns=(1, 10**18))
    # A file known by its size and time, as the cache's other entries (coach.cache.file_key):
    # rewritten with the same size and its old time, it is taken for the same file.
    assert digest() == before
    (tmp_path / "data" / "more.txt").write_text("")
    assert digest() != before


def test_the_index_matches_the_library_file() -> None:
    from models import library

    shipped = {e["id"]: e["text"] for e in _lib()}
    assert shipped == {e.id: e.text for e in library.examples()}
    index = classifier.library_index()
    assert index.vectors.shape[0] == len(index.examples)
    assert set(index.metric_vectors) == {"en", "zh"}


def _item(text: str, kind: str = "kr"):  # type: ignore[no-untyped-def]
    draft = parse(text)
    return next(it for it in draft.items() if it.kind == kind)


def test_examples_are_of_the_items_metric_language_and_kind() -> None:
    item = _item("目标：本季度让客户爱上我们的服务\n关键结果1：给潜在用户发一封邮件")
    found = examples.for_item(item, ("kr-is-task",))
    assert found
    lib = {e["id"]: e for e in _lib()}
    for ex in found:
        assert lib[ex.id]["lang"] == "zh" and lib[ex.id]["kind"] == "kr"
    assert found[0].match == "metric" and found[0].metric == "qualified-opportunities"


def test_an_example_with_the_findings_flaw_is_never_shown(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    item = _item("目标：本季度让客户爱上我们的服务\n关键结果1：给潜在用户发一封邮件")
    first = examples.for_item(item, ("kr-is-task",))[0]
    real = examples.has_flaw
    monkeypatch.setattr(
        examples,
        "has_flaw",
        lambda e, rid: (e["id"] == first.id and rid == "kr-is-task") or real(e, rid),
    )
    assert first.id not in [e.id for e in examples.for_item(item, ("kr-is-task",))]
    # The flaw is the finding's: another rule's finding may still show it.
    assert first.id in [e.id for e in examples.for_item(item, ("kr-no-owner",))]


def test_never_the_item_itself() -> None:
    own = next(e for e in _lib() if e["metric"] == "csat" and e["lang"] == "zh")
    # Two metrics of one family, so that something else can be shown (a function neighbour of
    # another family is not: decision 2580).
    about = examples.Topic(frozenset({"csat", "csat-score"}), frozenset({"customer-service"}))
    found = examples.similar(own["text"], "zh", "kr", about)
    assert found and own["id"] not in [e.id for e in found]


@pytest.mark.parametrize(
    "text",
    [
        "目标：本季度把事情做好\n关键结果1：整理文件",  # nothing says what it is about
        "Objective: Do good work this quarter\nKR1: Tidy up the shared drive",
    ],
)
def test_nothing_rather_than_something_unrelated(text: str) -> None:
    assert examples.for_item(_item(text), ("kr-is-task",)) == []


def test_the_review_adds_examples_only_when_asked() -> None:
    text = "目标：本季度让客户爱上我们的服务（负责人：王芳）\n关键结果1：给潜在用户发一封邮件"

    def shown(rv):  # type: ignore[no-untyped-def]
        return [s.text for f in rv.findings for s in f.suggestions if s.kind == "example"]

    with_examples = shown(review(text))
    assert with_examples and len(with_examples) <= examples.EXAMPLES_PER_ITEM
    assert not shown(review(text, include_examples=False))

import os
from collections import Counter

import pytest

# Rules must not fail silently in tests: the review re-raises a rule's exception (in production
# it is logged and reported in `Review.errors`).
os.environ.setdefault("OKR_COACH_STRICT", "1")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-snapshots",
        action="store_true",
        help="rewrite tests/snapshots/ from the current rewrites instead of comparing",
    )


@pytest.fixture
def update_snapshots(request: pytest.FixtureRequest) -> bool:
    """True when snapshots are to be rewritten (--update-snapshots or OKR_COACH_UPDATE_SNAPSHOTS=1)."""
    return bool(request.config.getoption("--update-snapshots")) or (
        os.environ.get("OKR_COACH_UPDATE_SNAPSHOTS") == "1"
    )


# The slowest files (a whole-corpus training, notebooks, the rewrite fix rate, cold processes),
# slowest first. Under pytest-xdist (`make test`: --dist loadfile) they are handed out first, so
# no worker is left running one of them alone at the end; a run in one process keeps its order.
SLOW_FIRST = (
    "test_training.py",
    "test_model18.py",
    "test_rewrites.py",
    "test_notebooks.py",
    "test_regex_cache.py",
    "test_speed31.py",
    "test_browser.py",
    "test_speed32.py",
    "test_workshop_examples.py",
    "test_tester31.py",
    "test_zh_dict.py",
    "test_facts.py",
    "test_transformers_backend.py",
    "test_cli_robust.py",
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # schemathesis gives each API operation's item its function's node id
    # ("…::test_api_conforms_to_its_schema" for all of them); pytest-xdist hands work out by node
    # id, so it would run only one of them. Each takes the id its name says ("…[POST /v1/review]").
    seen = Counter(item.nodeid for item in items)
    for item in items:
        if seen[item.nodeid] > 1 and item.parent is not None:
            if hasattr(item, "_id"):  # pytest 9 keeps a node's id here
                item._id = item.parent.id.child(item.name)
            else:  # pytest 8
                item._nodeid = f"{item.parent.nodeid}::{item.name}"
    if not hasattr(config, "workerinput"):  # not an xdist worker
        return
    rank = {name: i for i, name in enumerate(SLOW_FIRST)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))  # stable: order kept within

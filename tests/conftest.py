import os

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

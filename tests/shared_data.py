"""Where the real data from ../shared/data lives, and what a test does when it is missing.

A test that needs the data skips without it, so a checkout on its own still runs; CI sets
PONDER_REQUIRE_SHARED_DATA=1, and there a missing file fails the test instead, so a run
without the real corpora can never pass as green.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import NoReturn

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = Path(os.environ.get("PONDER_SHARED_DATA", REPO.parent / "shared" / "data"))


def missing_shared_data(path: Path) -> NoReturn:
    """Skip the calling test, or fail it when the run requires the shared data."""
    message = f"{path} is not present (the real data beside the checkout, ../shared/data)"
    if os.environ.get("PONDER_REQUIRE_SHARED_DATA") == "1":
        pytest.fail(f"{message}; PONDER_REQUIRE_SHARED_DATA=1 requires it", pytrace=False)
    pytest.skip(message)


def shared_data(*parts: str) -> Path:
    """The path `../shared/data/<parts>`, which must exist (see `missing_shared_data`)."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        missing_shared_data(path)
    return path

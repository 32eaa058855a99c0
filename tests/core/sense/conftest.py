"""The Sense tests' fixture: a real vault and index, with the facade's clock fixed."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from ponder.core.library import Library

NOW = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    root = tmp_path / "vault"
    root.mkdir()
    library = Library.open(root, tmp_path / "cache")
    library._now = lambda: NOW
    yield library
    library.close()

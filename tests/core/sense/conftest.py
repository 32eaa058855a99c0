"""The Sense tests' fixture: a real vault and index, with the facade's clock fixed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sense_fixtures import NOW

from ponder.core.library import Library


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    root = tmp_path / "vault"
    root.mkdir()
    library = Library.open(root, tmp_path / "cache")
    library._now = lambda: NOW
    yield library
    library.close()

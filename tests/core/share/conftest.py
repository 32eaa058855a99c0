"""The share tests' fixture: a real vault and index holding one clip."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from share_fixtures import CLIP_TEXT, NOW

from ponder.core.library import Library


@pytest.fixture
def share_library(tmp_path: Path) -> Iterator[Library]:
    root = tmp_path / "vault"
    root.mkdir()
    library = Library.open(root, tmp_path / "cache")
    library._now = lambda: NOW  # the facade's clock is injectable; fixed for journal paths
    library.create_notes([("clips", "Build caches", CLIP_TEXT)])
    yield library
    library.close()

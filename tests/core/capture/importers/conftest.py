"""Importer test fixtures: a real Library (Whoosh index) and copies of the shared exports."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from ponder.core import frontmatter
from ponder.core.capture.importers import ImportReport, detect_format, import_path
from ponder.core.library import Library
from shared_data import missing_shared_data

REPO = Path(__file__).resolve().parents[4]
IMPORTS = Path(os.environ.get("PONDER_SHARED_DATA", REPO.parent / "shared" / "data")) / "imports"
NOW = datetime(2026, 11, 22, 9, 30, tzinfo=UTC)


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    lib = Library.open(tmp_path / "vault", tmp_path / "cache", create=True)
    yield lib
    lib.close()


@pytest.fixture
def shared(tmp_path: Path) -> Callable[[str], Path]:
    """Copy `imports/<name>` into the test's folder (the shared data is read-only)."""

    def copy(name: str) -> Path:
        source = IMPORTS / name
        if not source.exists():
            missing_shared_data(source)
        target = tmp_path / "in" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
        return target

    return copy


@pytest.fixture
def run(library: Library) -> Callable[..., ImportReport]:
    """Import a file with its detected format (or the one given) at a fixed time."""

    def go(
        path: Path,
        fmt: str | None = None,
        progress: Callable[[int, int], None] | None = None,
        cancel: Callable[[], bool] | None = None,
    ) -> ImportReport:
        chosen = fmt or detect_format(path)
        assert chosen is not None, f"no format detected for {path}"
        return import_path(library, chosen, path, progress=progress, cancel=cancel, now=lambda: NOW)

    return go


@pytest.fixture
def front(library: Library) -> Callable[[str], dict[str, object]]:
    """The front matter of a note in the vault."""
    return lambda path: frontmatter.read((library.vault.root / path).read_text("utf-8"))[0]


@pytest.fixture
def body(library: Library) -> Callable[[str], str]:
    """The body of a note in the vault."""
    return lambda path: frontmatter.read((library.vault.root / path).read_text("utf-8"))[1]


@pytest.fixture
def now() -> datetime:
    """The clock every import in these tests runs at."""
    return NOW

"""Feed fixtures: a real Library, the feed files (tests/core/capture/feeds/data, see its
README for sources and licences) and a FeedServer on 127.0.0.1 (a second on 127.0.0.2 stands
for a private address)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from feed_server import LOOPBACK_ONLY, Clock, FeedServer

from ponder.core.capture.feeds.service import FeedOptions, FeedService
from ponder.core.capture.feeds.state import StateStore
from ponder.core.library import Library


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    with Library.open(tmp_path / "vault", tmp_path / "cache", create=True) as lib:
        yield lib


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer() as running:
        yield running


@pytest.fixture
def private_server() -> Iterator[FeedServer]:
    with FeedServer("127.0.0.2") as running:
        yield running


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def make_service(library: Library, tmp_path: Path, clock: Clock) -> Callable[..., FeedService]:
    def make(**options: object) -> FeedService:
        store = StateStore.for_vault(library.vault.root, tmp_path / "state")
        opts = FeedOptions(policy=LOOPBACK_ONLY, **options)  # type: ignore[arg-type]
        return FeedService(library, store, opts, now=clock)

    return make

"""Freed heap memory goes back to the system when the writer asks (Linux), and asking is
harmless everywhere."""

from __future__ import annotations

import sys

import psutil
import pytest

from ponder.core.heap import trimmer


def _rss_mb() -> float:
    return float(psutil.Process().memory_info().rss) / 2**20


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim")
def test_freed_memory_is_handed_back() -> None:
    release = trimmer()
    release()
    before = _rss_mb()
    # ~200 MB of blocks glibc allocates from its heap; one in 64 lives on, as a build's
    # few lasting objects do between the batches it frees
    blocks = [bytes(2000) + bytes([n % 256]) for n in range(100_000)]
    kept = blocks[::64]
    del blocks
    held = _rss_mb()
    release()
    after = _rss_mb()
    assert len(kept) == 1563
    assert held - before > 150  # glibc kept the freed blocks mapped...
    assert held - after > 100  # ...until asked


def test_release_can_be_called_again_and_again() -> None:
    release = trimmer()
    for _ in range(3):
        release()

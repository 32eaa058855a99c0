"""A reindex shared with a helper process builds the same index as one process, every time."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from ponder.core.index_keeper import IndexKeeper
from ponder.core.vault import Vault
from ponder.core.whoosh_index import WhooshIndex

BUILDS = 20
SAMPLE_EVERY = 100  # every 100th term of the text field, each with all its prefixes


def build(vault: Vault, directory: Path, *, parallel: bool) -> WhooshIndex:
    index = WhooshIndex.open(directory, vault_root=vault.root, search_seconds=5.0)
    # commits of 15 notes: each part has several segments, as a large vault's parts do
    parts = directory if parallel else None
    keeper = IndexKeeper(vault, index, parts=parts, parallel_min=10, batch=15)
    outcome = keeper.reconcile()
    assert outcome.reindexed == outcome.scanned > 10
    return index


def prefixes(index: WhooshIndex) -> list[str]:
    reader = index._searcher.reader()
    terms = sorted({term.decode() for term, _ in reader.iter_field("text")})
    sample = [t for t in terms[::SAMPLE_EVERY] if t.isalpha()]
    return sorted({t[:n] for t in sample for n in range(2, len(t) + 1)})


def answers(index: WhooshIndex, queries: list[str]) -> dict[str, tuple[int, bool]]:
    found = {}
    for query in queries:
        results = index.search(f"{query}*", limit=5)
        found[query] = (results.total, results.timed_out)
    return found


@pytest.mark.slow  # 20 builds with a helper process each: 1-3 minutes on 2 busy cores
@pytest.mark.timeout(600)
def test_twenty_parallel_builds_answer_every_prefix_as_one_process_does(
    corpus: Callable[[str], Path], tmp_path: Path
) -> None:
    vault = Vault(corpus("foam"))
    reference = build(vault, tmp_path / "single", parallel=False)
    try:
        queries = prefixes(reference)
        expected = answers(reference, queries)
        count = reference.count()
    finally:
        reference.close()
    assert len(queries) > 50 and all(not cut for _, cut in expected.values())
    for number in range(BUILDS):
        index = build(vault, tmp_path / f"parallel-{number}", parallel=True)
        try:
            assert index.count() == count
            assert answers(index, queries) == expected, f"build {number}"
        finally:
            index.close()
        assert not (tmp_path / f"parallel-{number}.part").exists()

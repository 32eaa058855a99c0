"""The compact posting pool hands Whoosh exactly what Whoosh's own pool would: every posting,
sorted by field, term and document, from memory or from runs spilled to disk."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh.filedb.filestore import FileStorage

from ponder.core import whoosh_index
from ponder.core.index_keeper import IndexKeeper
from ponder.core.vault import Vault
from ponder.core.whoosh_index import WhooshIndex
from ponder.core.whoosh_pool import Posting, TermPool

FIELDS = ("prefixes", "text", "title")


def expected(postings: list[Posting]) -> list[Posting]:
    """Whoosh's own order (its pool sorts whole tuples); a missing value reads as b""."""
    plain = [(f, t, d, w, v or b"") for f, t, d, w, v in postings]
    return sorted(plain, key=lambda p: (p[0], p[1], p[2]))


def pooled(pool: TermPool, postings: list[Posting]) -> list[Posting]:
    for posting in postings:
        pool.add(posting)
    out = list(pool.iter_postings())
    pool.cleanup()
    return out


def as_documents(draws: list[tuple[str, bytes, float, bytes]]) -> list[Posting]:
    """Postings in the order a writer adds them: document by document, ascending."""
    return [(f, t, doc // 3, w, v) for doc, (f, t, w, v) in enumerate(draws)]


postings_strategy = st.lists(
    st.tuples(
        st.sampled_from(FIELDS),
        st.binary(min_size=1, max_size=4),
        st.floats(min_value=0.5, max_value=50, allow_nan=False),
        st.binary(max_size=6),
    ),
    max_size=300,
).map(as_documents)


@settings(max_examples=150, deadline=None)
@given(postings=postings_strategy)
def test_postings_come_out_in_whooshs_order_with_their_values(
    postings: list[Posting], tmp_path_factory: pytest.TempPathFactory
) -> None:
    storage = FileStorage(str(tmp_path_factory.mktemp("pool"))).create()
    assert pooled(TermPool(storage, 1 << 30), postings) == expected(postings)


def many_postings(count: int, seed: int) -> Iterator[Posting]:
    """A vocabulary where a few terms are in most documents and most are rare, as in notes."""
    rng = random.Random(seed)
    common = [f"w{n}".encode() for n in range(50)]
    for doc in range(count // 20):
        for _ in range(20):
            term = rng.choice(common) if rng.random() < 0.5 else f"r{rng.randrange(9_000)}".encode()
            value = bytes(rng.randrange(256) for _ in range(rng.randrange(4)))
            yield rng.choice(FIELDS), term, doc, float(rng.randrange(1, 4)), value


def test_past_its_limit_the_pool_spills_runs_and_merges_them_term_by_term(
    tmp_path: Path,
) -> None:
    postings = list(many_postings(60_000, seed=7))
    storage = FileStorage(str(tmp_path)).create()
    pool = TermPool(storage, limit_bytes=64 * 1024)  # a run every 4,096 postings
    for posting in postings:
        pool.add(posting)
    runs = [name for name in storage.list() if name.endswith(".run")]
    assert len(runs) >= 10
    assert list(pool.iter_postings()) == expected(postings)
    pool.cleanup()
    assert not [name for name in storage.list() if name.endswith(".run")]


def test_postings_that_arrive_out_of_document_order_are_sorted(tmp_path: Path) -> None:
    # never seen from Whoosh's writer, but a pool must not depend on it silently
    postings: list[Posting] = [
        ("text", b"a", 9, 1.0, b"late"),
        ("text", b"a", 2, 1.0, b"early"),
        ("text", b"b", 5, 2.0, b""),
        ("text", b"a", 4, 1.0, b"mid"),
    ]
    storage = FileStorage(str(tmp_path)).create()
    assert pooled(TermPool(storage, 1 << 30), postings) == expected(postings)


def every_posting(index: WhooshIndex) -> list[tuple[str, bytes, list[tuple[int, bytes]]]]:
    reader = index._searcher.reader()
    out = []
    for fieldname, text in reader.all_terms():
        matcher = reader.postings(fieldname, text)
        rows = []
        while matcher.is_active():
            rows.append((reader.stored_fields(matcher.id())["path"], matcher.value()))
            matcher.next()
        out.append((fieldname, text, sorted(rows)))
    return out


def build(vault: Vault, directory: Path) -> WhooshIndex:
    index = WhooshIndex.open(directory, vault_root=vault.root)
    IndexKeeper(vault, index, batch=200).reconcile()
    return index


@pytest.mark.slow
def test_an_index_built_through_the_pool_equals_one_built_by_whooshs_own_pool(
    corpus: Callable[[str], Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Dendron (1,000 notes in commits of 200, so segments also merge through the pool),
    once with a pool that spills every few thousand postings, once with Whoosh's pool."""
    from whoosh.writing import PostingPool

    vault = Vault(corpus("dendron-site"))
    monkeypatch.setattr(whoosh_index, "POOL_LIMIT_MB", 0)
    ours = build(vault, tmp_path / "ours")
    monkeypatch.setattr(
        whoosh_index, "TermPool", lambda storage, _limit: PostingPool(storage, None)
    )
    theirs = build(vault, tmp_path / "theirs")
    try:
        mine, reference = every_posting(ours), every_posting(theirs)
        assert len(reference) > 10_000
        assert mine == reference
    finally:
        ours.close()
        theirs.close()

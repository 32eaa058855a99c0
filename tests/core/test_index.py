"""The Whoosh search index on real folders: fields, sorting, snippets, stamps, damage, locking."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from ponder.core.index import (
    UNKNOWN_STAMP,
    IndexDoc,
    IndexLocked,
    IndexRefused,
    IndexUnavailable,
    WhooshIndex,
    index_dir_for,
)
from ponder.core.model import FileStamp, Kind, NotePath
from ponder.core.query import Sort, parse_query
from ponder.core.whoosh_query import PREFIX_TERMS
from ponder.core.whoosh_store import INDEX_FORMAT_VERSION, MANIFEST_FILE, MARKER_FILE


def doc(path: str, title: str = "", text: str = "", **extra: object) -> IndexDoc:
    stamp = FileStamp(len(text), 1, f"digest-{path}-{len(text)}")
    kind = extra.pop("kind", Kind.NOTE)
    return IndexDoc(NotePath(path), title or Path(path).stem, kind, stamp, text, **extra)  # type: ignore[arg-type]


@pytest.fixture
def open_index(tmp_path: Path) -> Iterator[Callable[..., WhooshIndex]]:
    opened: list[WhooshIndex] = []

    def make(name: str = "ix", **options: object) -> WhooshIndex:
        index = WhooshIndex.open(tmp_path / name, **options)  # type: ignore[arg-type]
        opened.append(index)
        return index

    yield make
    for index in opened:
        index.close()


@pytest.fixture
def index(open_index: Callable[..., WhooshIndex]) -> WhooshIndex:
    ix = open_index()
    ix.apply(
        [
            doc(
                "notes/recipes.ingredients.shopping.md",
                text="Buy eggs & <milk>. Running to the store before it closes.",
                tags=("food/cooking", "errands"),
                created=datetime(2026, 1, 5, 9),
                updated=datetime(2026, 2, 1),
                links=("Pantry",),
            ),
            doc(
                "clips/fox.md",
                "Quick Fox",
                "The quick brown fox jumps over the lazy dog.",
                kind=Kind.CLIP,
                url="https://docs.github.com/en/get-started",
                created=datetime(2026, 3, 5),
                updated=datetime(2026, 3, 6),
                links=("pantry", "Other"),
            ),
            doc(
                "journal/2026-11-22.md",
                "Journal entry",
                "A fox that is brown, sitting. Café visit.",
                kind=Kind.JOURNAL,
                site="example.com",
                created=datetime(2026, 11, 22, 23, 30),
                updated=datetime(2026, 11, 23),
                aliases=("Saturday",),
                headings=("Morning pages",),
            ),
            doc("Zebra.md", "Aardvark", "no dates at all"),
        ]
    )
    return ix


def paths(ix: WhooshIndex, query: str, **options: object) -> list[str]:
    return [hit.path for hit in ix.search(query, limit=50, **options).hits]  # type: ignore[arg-type]


def test_words_phrases_and_stemming(index: WhooshIndex) -> None:
    assert set(paths(index, "fox brown")) == {"clips/fox.md", "journal/2026-11-22.md"}
    assert paths(index, '"brown fox"') == ["clips/fox.md"]
    assert paths(index, "run") == ["notes/recipes.ingredients.shopping.md"]
    assert paths(index, "cafe") == ["journal/2026-11-22.md"]  # accents folded
    assert paths(index, "saturday") == ["journal/2026-11-22.md"]  # aliases
    assert paths(index, "morning") == ["journal/2026-11-22.md"]  # headings
    assert paths(index, "fox -lazy") == ["journal/2026-11-22.md"]
    assert set(paths(index, "lazy OR sitting")) == {"clips/fox.md", "journal/2026-11-22.md"}


def test_dotted_names_are_found_by_each_part(index: WhooshIndex) -> None:
    for part in ("recipes", "ingredients", "shopping", "recipes.ingredients"):
        assert paths(index, part) == ["notes/recipes.ingredients.shopping.md"], part
    assert paths(index, "title:ingredients") == ["notes/recipes.ingredients.shopping.md"]


def test_title_matches_rank_first(
    index: WhooshIndex, open_index: Callable[..., WhooshIndex]
) -> None:
    index.apply([doc("a.md", "Other", "quick quick quick words about things")])
    assert paths(index, "quick")[0] == "clips/fox.md"


def test_field_filters(index: WhooshIndex) -> None:
    shopping = "notes/recipes.ingredients.shopping.md"
    assert paths(index, "tag:food") == [shopping]  # a parent of the nested tag
    assert paths(index, "#food/cooking") == [shopping]
    assert paths(index, "tag:food/other") == []
    assert paths(index, "tag:err*") == [shopping]
    assert paths(index, "errands") == [shopping]  # plain words find tags too
    assert paths(index, "kind:clip") == ["clips/fox.md"]
    assert paths(index, "kind:journal fox") == ["journal/2026-11-22.md"]
    assert paths(index, "title:quick") == ["clips/fox.md"]
    assert paths(index, "title:eggs") == []
    assert paths(index, "path:notes/") == [shopping]
    assert paths(index, "path:jour") == ["journal/2026-11-22.md"]
    assert paths(index, "path:Zeb") == ["Zebra.md"]
    assert paths(index, "path:note") == [shopping]


def test_site_matches_domain_and_subdomains(index: WhooshIndex) -> None:
    assert paths(index, "site:github.com") == ["clips/fox.md"]
    assert paths(index, "site:docs.github.com") == ["clips/fox.md"]
    assert paths(index, "site:example.com") == ["journal/2026-11-22.md"]
    assert paths(index, "site:www.example.com") == ["journal/2026-11-22.md"]
    assert paths(index, "site:com") == []


def test_date_ranges(index: WhooshIndex) -> None:
    journal, shopping, fox = (
        "journal/2026-11-22.md",
        "notes/recipes.ingredients.shopping.md",
        "clips/fox.md",
    )
    assert paths(index, "created:2026-11-22") == [journal]  # the whole day, late evening included
    assert paths(index, "created:2026-11-21") == []
    assert set(paths(index, "created:2026-01..2026-03")) == {shopping, fox}
    assert paths(index, "created:>2026-03-05") == [journal]
    assert set(paths(index, "created:>=2026-03-05")) == {fox, journal}
    assert paths(index, "created:<2026-01-05") == []
    assert paths(index, "created:<=2026-01-05") == [shopping]
    assert paths(index, "updated:2026-11..") == [journal]
    assert set(paths(index, "created:2026")) == {shopping, fox, journal}


def test_aware_datetimes_keep_their_wall_clock_day(open_index: Callable[..., WhooshIndex]) -> None:
    ix = open_index()
    late = datetime(2026, 5, 1, 23, 30, tzinfo=timezone(timedelta(hours=-8)))
    ix.apply([doc("a.md", text="x", created=late)])
    assert paths(ix, "created:2026-05-01") == ["a.md"]


def test_sort_orders(index: WhooshIndex) -> None:
    by_updated = ["journal/2026-11-22.md", "clips/fox.md", "notes/recipes.ingredients.shopping.md"]
    assert paths(index, "")[:3] == by_updated  # empty query: all notes, newest change first
    assert index.search("").total == 4
    assert paths(index, "sort:updated")[:3] == by_updated
    assert paths(index, "", sort=Sort.CREATED)[:3] == by_updated
    titles = [hit.title for hit in index.search("", sort=Sort.TITLE, limit=10).hits]
    assert titles == sorted(titles, key=str.casefold)
    assert paths(index, "fox sort:title") == ["journal/2026-11-22.md", "clips/fox.md"]


def test_hits_carry_note_details_and_snippets(index: WhooshIndex) -> None:
    results = index.search("milk")
    (hit,) = results.hits
    assert hit.title == "recipes.ingredients.shopping"
    assert hit.tags == ("food/cooking", "errands")
    assert hit.updated == datetime(2026, 2, 1)
    assert hit.kind is Kind.NOTE and hit.score > 0
    assert hit.snippet.startswith("Buy eggs &amp; &lt;<b>milk</b>&gt;.")
    assert results.total == 1 and not results.timed_out
    assert results.query == parse_query("milk")
    stemmed = index.search("closing").hits[0].snippet
    assert "<b>closes</b>" in stemmed
    assert index.search("kind:clip").hits[0].snippet.startswith("The quick brown fox")


def test_snippet_shows_the_match_in_a_long_text(open_index: Callable[..., WhooshIndex]) -> None:
    ix = open_index()
    ix.apply([doc("long.md", text="filler " * 2000 + "needle in the hay " + "tail " * 100)])
    snippet = ix.search("needle").hits[0].snippet
    assert "<b>needle</b>" in snippet
    assert snippet.startswith("… ") and snippet.endswith(" …")
    assert len(snippet) < 400


def test_a_prefix_counts_every_note_with_such_a_word(
    open_index: Callable[..., WhooshIndex],
) -> None:
    ix = open_index()
    rare = [doc(f"n{i}.md", "t", f"zetaword{i:03d}") for i in range(PREFIX_TERMS + 20)]
    common = [doc(f"c{i}.md", "t", "zetawordcommon") for i in range(5)]
    ix.apply(rare + common)
    everything = len(rare) + len(common)
    for prefix in ("ze*", "zet*", "zeta*", "zetaw*", "zetaword*"):  # posting list, then terms
        results = ix.search(prefix, limit=200)
        assert (results.total, results.timed_out) == (everything, False), prefix
    assert ix.search("zetaword01*").total == 10
    assert ix.search("z*").total == 0  # one letter stands for the word itself
    snippet = ix.search("zetaw*").hits[0].snippet
    assert "<b>zetaword" in snippet


def test_a_prefix_that_is_scored_says_when_it_was_cut(
    open_index: Callable[..., WhooshIndex],
) -> None:
    ix = open_index()
    ix.apply([doc(f"n{i}.md", "t", f"zetaword{i:03d} other") for i in range(PREFIX_TERMS + 20)])
    inside = ix.search("other (zetaword* OR nothing)", limit=200)
    assert inside.timed_out  # only its most frequent terms were scored: "at least" this many
    assert inside.total >= PREFIX_TERMS


def test_update_and_remove(index: WhooshIndex) -> None:
    index.apply(
        [doc("clips/fox.md", "Slow Fox", "a slow red fox")], removals=[NotePath("Zebra.md")]
    )
    assert paths(index, "quick") == []
    assert paths(index, "slow") == ["clips/fox.md"]
    assert index.count() == 3
    assert "Zebra.md" not in index.stamps()
    assert (
        index.stamps()[NotePath("clips/fox.md")] == doc("clips/fox.md", "", "a slow red fox").stamp
    )
    index.apply([], removals=[NotePath("never-indexed.md")])
    assert index.count() == 3


def test_progress_is_reported(open_index: Callable[..., WhooshIndex]) -> None:
    ix = open_index()
    seen: list[tuple[int, int]] = []
    ix.apply(
        [doc(f"{i}.md", text="x") for i in range(1200)], progress=lambda d, t: seen.append((d, t))
    )
    assert seen == [(500, 1200), (1000, 1200), (1200, 1200)]


def test_linking_to_is_case_insensitive(index: WhooshIndex) -> None:
    assert index.linking_to(["PANTRY"]) == ["clips/fox.md", "notes/recipes.ingredients.shopping.md"]
    assert index.linking_to(["other", "nothing"]) == ["clips/fox.md"]
    assert index.linking_to([]) == []


def test_stamps_persist_across_reopen(tmp_path: Path, index: WhooshIndex) -> None:
    before = dict(index.stamps())
    index.close()
    again = WhooshIndex.open(tmp_path / "ix")
    try:
        assert again.rebuilt_reason is None
        assert dict(again.stamps()) == before
        assert again.count() == 4
        assert paths(again, "fox brown") != []
    finally:
        again.close()


def test_a_fresh_folder_reports_missing(
    open_index: Callable[..., WhooshIndex], tmp_path: Path
) -> None:
    ix = open_index()
    assert ix.rebuilt_reason == "missing"
    marker = json.loads((tmp_path / "ix" / MARKER_FILE).read_text())
    assert marker["format"] == INDEX_FORMAT_VERSION


def test_manifest_behind_the_index_is_reconciled(tmp_path: Path) -> None:
    """A crash between a commit and its manifest: the index holds notes the manifest lacks."""
    ix = WhooshIndex.open(tmp_path / "ix")
    ix.apply([doc("a.md", text="one"), doc("b.md", text="two")])
    ix.close()  # SQLite folds its write-ahead log into the file on close
    old_manifest = (tmp_path / "ix" / MANIFEST_FILE).read_bytes()
    ix = WhooshIndex.open(tmp_path / "ix")
    ix.apply(
        [doc("c.md", text="three"), doc("a.md", text="one changed")], removals=[NotePath("b.md")]
    )
    ix.close()
    (tmp_path / "ix" / MANIFEST_FILE).write_bytes(old_manifest)
    again = WhooshIndex.open(tmp_path / "ix")
    try:
        stamps = again.stamps()
        assert stamps[NotePath("c.md")] == UNKNOWN_STAMP  # the library will re-read it
        assert stamps[NotePath("a.md")] == doc("a.md", text="one").stamp  # differs from disk
        assert again.rebuilt_reason is None
    finally:
        again.close()


def _break(folder: Path, how: str) -> None:
    if how == "garbage":
        for path in folder.iterdir():
            if path.name not in (MARKER_FILE, MANIFEST_FILE) and path.suffix != ".lock":
                path.write_bytes(b"\x80garbage" * 50)
    elif how == "truncated toc":
        (toc,) = folder.glob("*.toc")
        toc.write_bytes(toc.read_bytes()[: toc.stat().st_size // 2])
    elif how == "version":
        (folder / MARKER_FILE).write_text(json.dumps({"format": 1}))
    elif how == "manifest":
        (folder / MANIFEST_FILE).unlink()
    elif how == "corrupt manifest":
        (folder / MANIFEST_FILE).write_text('{"generation": 1, "stamps": {"a.md": 3}}')


@pytest.mark.parametrize(
    ("how", "reason"),
    [
        ("garbage", "corrupt: "),
        ("truncated toc", "corrupt: "),
        ("version", f"format version 1 != {INDEX_FORMAT_VERSION}"),
        ("manifest", "missing manifest"),
        ("corrupt manifest", "corrupt: manifest"),
    ],
)
def test_damaged_index_is_rebuilt(tmp_path: Path, how: str, reason: str) -> None:
    folder = tmp_path / "ix"
    ix = WhooshIndex.open(folder)
    ix.apply([doc("a.md", text="alpha")])
    ix.close()
    _break(folder, how)
    again = WhooshIndex.open(folder)
    try:
        assert again.rebuilt_reason is not None and again.rebuilt_reason.startswith(reason)
        assert again.count() == 0 and dict(again.stamps()) == {}
        again.apply([doc("b.md", text="beta")])
        assert paths(again, "beta") == ["b.md"]
    finally:
        again.close()


def test_a_folder_without_our_marker_is_never_touched(tmp_path: Path) -> None:
    folder = tmp_path / "someone-elses"
    folder.mkdir()
    (folder / "thesis.txt").write_text("precious")
    for readonly in (False, True):
        with pytest.raises(IndexRefused):
            WhooshIndex.open(folder, readonly=readonly)
    assert [p.name for p in folder.iterdir()] == ["thesis.txt"]


def test_one_writer_per_folder(tmp_path: Path, index: WhooshIndex) -> None:
    with pytest.raises(IndexLocked):
        WhooshIndex.open(tmp_path / "ix")
    script = (
        "import sys; from pathlib import Path\n"
        "from ponder.core.index import WhooshIndex, IndexLocked\n"
        "try:\n    WhooshIndex.open(Path(sys.argv[1]))\nexcept IndexLocked:\n    print('locked')\n"
        "ro = WhooshIndex.open(Path(sys.argv[1]), readonly=True)\n"
        "print(ro.count(), ro.search('fox').total)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "ix")],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert done.stdout.split("\n")[:2] == ["locked", "4 2"]


def test_readonly_cannot_write_and_needs_a_usable_index(tmp_path: Path, index: WhooshIndex) -> None:
    reader = WhooshIndex.open(tmp_path / "ix", readonly=True)
    try:
        with pytest.raises(IndexUnavailable):
            reader.apply([doc("x.md")])
        assert reader.count() == 4
    finally:
        reader.close()
    with pytest.raises(IndexUnavailable):
        WhooshIndex.open(tmp_path / "empty", readonly=True)


def test_search_time_limit(
    open_index: Callable[..., WhooshIndex], monkeypatch: pytest.MonkeyPatch
) -> None:
    ix = open_index(search_seconds=0.0)
    ix.apply([doc(f"{i}.md", text=f"common words number {i}") for i in range(2000)])
    monkeypatch.setattr(sys, "getswitchinterval", sys.getswitchinterval)  # restored after
    previous = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # let the timer thread run at once
    try:
        results = ix.search("common")
    finally:
        sys.setswitchinterval(previous)
    assert results.timed_out
    assert results.total < 2000
    ix.search_seconds = 5.0
    assert ix.search("common").total == 2000


def test_index_dir_for_is_stable_and_distinct(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = index_dir_for(tmp_path / "My Vault", cache)
    assert first == index_dir_for(tmp_path / "My Vault", cache)
    assert first.parent == cache / "indexes"
    assert first.name.startswith("my-vault-")
    assert first != index_dir_for(tmp_path / "other" / "My Vault", cache)


def test_cached_lengths_score_exactly_as_bm25f(
    corpus: Callable[[str], Path], tmp_path: Path
) -> None:
    from whoosh import scoring
    from whoosh.qparser import QueryParser

    from ponder.core.library import Library
    from ponder.core.whoosh_columns import SegmentColumns
    from ponder.core.whoosh_scoring import CachedLengthBM25F

    library = Library.open(corpus("dendron-site"), tmp_path / "cache")
    library.reconcile()
    ix = library.index._ix  # type: ignore[attr-defined]
    columns = SegmentColumns()
    for words in ("vault", "schema hierarchy", "note", "publishing"):
        query = QueryParser("text", ix.schema).parse(words)
        with (
            ix.searcher() as plain,
            ix.searcher(weighting=CachedLengthBM25F(columns)) as cached,
        ):
            assert isinstance(plain.weighting, scoring.BM25F)
            expected = [(h.docnum, round(h.score, 9)) for h in plain.search(query, limit=30)]
            got = [(h.docnum, round(h.score, 9)) for h in cached.search(query, limit=30)]
        assert got == expected and expected, words
    assert any(name == "length:text" for _segment, name in columns._values)  # the cache served
    library.close()


def test_notes_are_found_by_the_page_they_came_from(open_index: Callable[..., WhooshIndex]) -> None:
    ix = open_index()
    ix.apply(
        [
            doc("clips/a.md", "A", "x", pages=("https://example.org/a", "https://ex.org/canon")),
            doc("clips/b.md", "B", "y", pages=("https://example.org/b",)),
        ]
    )
    assert ix.with_page("https://ex.org/canon") == ["clips/a.md"]
    assert ix.with_page("https://example.org/b") == ["clips/b.md"]
    assert ix.with_page("https://example.org") == []
    ix.apply([], ["clips/a.md"])
    assert ix.with_page("https://example.org/a") == []

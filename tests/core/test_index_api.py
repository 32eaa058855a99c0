"""The index API the library builds on: ids, names, stamp refreshes, clearing, query plans."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from ponder.core.index import IndexDoc, IndexLocked, WhooshIndex
from ponder.core.model import FileStamp, Kind, NotePath
from ponder.core.whoosh_store import MANIFEST_FILE


def doc(path: str, title: str = "", text: str = "", **extra: object) -> IndexDoc:
    stamp = FileStamp(len(text), 1, f"digest-{path}-{len(text)}")
    kind = extra.pop("kind", Kind.NOTE)
    return IndexDoc(NotePath(path), title or Path(path).stem, kind, stamp, text, **extra)  # type: ignore[arg-type]


@pytest.fixture
def index(tmp_path: Path) -> Iterator[WhooshIndex]:
    ix = WhooshIndex.open(tmp_path / "ix")
    ix.apply(
        [
            doc("a.md", "Alpha", "the quick brown fox", note_id="20260101-aaaa", tags=("pets",)),
            doc("b.md", "Beta", "a lazy dog sleeps", aliases=("Bee", "B two"), kind=Kind.CLIP),
            doc("c.md", "Gamma", "fox and dog", updated=datetime(2026, 5, 1)),
        ]
    )
    yield ix
    ix.close()


def paths(ix: WhooshIndex, query: str) -> list[str]:
    return [hit.path for hit in ix.search(query, limit=50).hits]


def test_path_for_id_is_exact(index: WhooshIndex) -> None:
    assert index.path_for_id("20260101-aaaa") == "a.md"
    assert index.path_for_id("20260101") is None
    assert index.path_for_id("20260101-AAAA") is None
    index.apply([doc("a.md", "Alpha", "new text", note_id="other")])
    assert index.path_for_id("20260101-aaaa") is None
    assert index.path_for_id("other") == "a.md"
    index.apply([], removals=[NotePath("a.md")])
    assert index.path_for_id("other") is None


def test_names_follow_every_change(index: WhooshIndex, tmp_path: Path) -> None:
    assert sorted(index.names()) == [
        ("a.md", "Alpha", ()),
        ("b.md", "Beta", ("Bee", "B two")),
        ("c.md", "Gamma", ()),
    ]
    index.apply([doc("a.md", "Alef", "x"), doc("d.md", "Delta")], removals=[NotePath("c.md")])
    assert sorted(index.names()) == [
        ("a.md", "Alef", ()),
        ("b.md", "Beta", ("Bee", "B two")),
        ("d.md", "Delta", ()),
    ]
    reader = WhooshIndex.open(tmp_path / "ix", readonly=True)
    try:
        assert sorted(reader.names()) == sorted(index.names())
    finally:
        reader.close()


def test_aliases_are_found_as_names(index: WhooshIndex) -> None:
    assert paths(index, "bee") == ["b.md"]
    assert paths(index, 'title:"b two"') == ["b.md"]
    assert index.search("bee").hits[0].title == "Beta"


def test_refresh_stamps_only_takes_unchanged_content(index: WhooshIndex, tmp_path: Path) -> None:
    old = dict(index.stamps())
    a, b = NotePath("a.md"), NotePath("b.md")
    touched = FileStamp(old[a].size, 99, old[a].digest)
    edited = FileStamp(old[b].size, 99, "another digest")
    index.refresh_stamps({a: touched, b: edited, NotePath("new.md"): touched})
    assert index.stamps()[a] == touched
    assert index.stamps()[b] == old[b]  # its content changed: the library must re-index it
    assert NotePath("new.md") not in index.stamps()
    assert index.count() == 3
    index.close()
    again = WhooshIndex.open(tmp_path / "ix")
    try:
        assert again.rebuilt_reason is None
        assert again.stamps()[a] == touched
    finally:
        again.close()


def test_clear_drops_everything_and_keeps_the_lock(index: WhooshIndex, tmp_path: Path) -> None:
    index.clear()
    assert index.count() == 0 and dict(index.stamps()) == {}
    assert index.search("fox").total == 0 and list(index.names()) == []
    with pytest.raises(IndexLocked):
        WhooshIndex.open(tmp_path / "ix")
    index.apply([doc("z.md", "Zed", "fox")])
    assert paths(index, "fox") == ["z.md"]
    index.close()
    again = WhooshIndex.open(tmp_path / "ix")
    try:
        assert again.rebuilt_reason is None
        assert list(again.stamps()) == ["z.md"] and again.count() == 1
    finally:
        again.close()


def test_a_one_note_save_writes_one_manifest_row(index: WhooshIndex, tmp_path: Path) -> None:
    index.apply([doc("b.md", "Beta", "changed")])
    index.close()
    with sqlite3.connect(tmp_path / "ix" / MANIFEST_FILE) as db:
        rows = dict(db.execute("SELECT path, digest FROM stamps").fetchall())
    assert rows == {
        "a.md": "digest-a.md-19",
        "b.md": "digest-b.md-7",
        "c.md": "digest-c.md-11",
    }


def test_filters_mixed_with_words(index: WhooshIndex) -> None:
    assert set(paths(index, "sleeps OR tag:pets")) == {"a.md", "b.md"}
    assert set(paths(index, "(fox -quick) OR kind:clip")) == {"b.md", "c.md"}
    assert paths(index, "dog -kind:clip") == ["c.md"]
    assert paths(index, "fox updated:2026") == ["c.md"]
    assert paths(index, "fox -updated:2026") == ["a.md"]
    assert index.search("kind:clip OR tag:pets").total == 2
    assert index.search("tag:nothing fox").total == 0


def test_stop_words_are_not_indexed_but_phrases_keep_their_gaps(index: WhooshIndex) -> None:
    assert paths(index, '"the quick brown"') == ["a.md"]
    assert paths(index, '"fox dog"') == []  # "fox and dog": `and` still separates them
    assert index.search("the").total == 0
    assert index.search('"and the"').total == 0


def test_sorts_survive_many_small_commits(tmp_path: Path) -> None:
    """Columns are cached per segment; updates and merges must never leave stale values."""
    ix = WhooshIndex.open(tmp_path / "ix")
    start = datetime(2026, 1, 1)
    ix.apply([doc(f"n{i}.md", f"Note {i:02d}", "word", updated=start) for i in range(30)])
    try:
        for step in range(1, 25):
            path = f"n{step % 7}.md"
            ix.apply([doc(path, f"Note {step % 7:02d}", "word", updated=start + timedelta(step))])
            results = ix.search("word sort:updated", limit=3)
            assert results.total == 30
            assert results.hits[0].path == path
            assert results.hits[0].updated == start + timedelta(step)
        assert [h.path for h in ix.search("sort:title", limit=3).hits] == [
            "n0.md",
            "n1.md",
            "n2.md",
        ]
        assert len(ix.names()) == 30
    finally:
        ix.close()


def test_notes_without_text_or_title_are_found(open_empty: Callable[[], WhooshIndex]) -> None:
    ix = open_empty()
    ix.apply([doc("full.md", "Full", "words"), doc("empty.md", "Empty")])
    blank = IndexDoc(NotePath("blank.md"), "", Kind.NOTE, FileStamp(0, 1, "d"))
    ix.apply([blank])  # a segment whose last document has empty columns
    (hit,) = ix.search("title:empty").hits
    assert hit.path == "empty.md" and hit.snippet == ""
    assert ix.search("").total == 3
    assert ("blank.md", "", ()) in ix.names()


def test_undated_notes_sort_last(open_empty: Callable[[], WhooshIndex]) -> None:
    ix = open_empty()
    ix.apply([doc("undated.md", text="x"), doc("dated.md", text="x", created=datetime(1990, 1, 1))])
    assert [h.path for h in ix.search("sort:created").hits] == ["dated.md", "undated.md"]
    assert paths(ix, "created:<2000") == ["dated.md"]
    assert paths(ix, "-created:<2000") == ["undated.md"]


@pytest.fixture
def open_empty(tmp_path: Path) -> Iterator[Callable[[], WhooshIndex]]:
    opened: list[WhooshIndex] = []

    def make() -> WhooshIndex:
        opened.append(WhooshIndex.open(tmp_path / f"ix{len(opened)}"))
        return opened[-1]

    yield make
    for ix in opened:
        ix.close()


def test_tag_counts_include_parents_and_forget_deleted_notes(tmp_path: Path) -> None:
    index = WhooshIndex.open(tmp_path / "idx")
    try:
        docs = [
            IndexDoc(NotePath(f"n{i}.md"), f"N{i}", Kind.NOTE, FileStamp(1, 1, f"d{i}"), tags=tags)
            for i, tags in enumerate([("Work",), ("work/meetings",), ("home",), ()])
        ]
        index.apply(docs)
        assert index.tag_counts() == {"work": 2, "work/meetings": 1, "home": 1}
        index.apply([], [NotePath("n1.md")])
        assert index.tag_counts() == {"work": 1, "home": 1}
    finally:
        index.close()


def test_prefix_ranks_title_matches_first_and_highlights_expansions(tmp_path: Path) -> None:
    index = WhooshIndex.open(tmp_path / "idx")
    try:
        old, new = datetime(2020, 1, 1), datetime(2026, 1, 1)
        docs = [
            IndexDoc(
                NotePath("a.md"),
                "Garden",
                Kind.NOTE,
                FileStamp(1, 1, "a"),
                text="we compute things",
                updated=new,
            ),
            IndexDoc(
                NotePath("b.md"),
                "Compost",
                Kind.NOTE,
                FileStamp(1, 1, "b"),
                text="heap notes",
                updated=old,
            ),
            IndexDoc(
                NotePath("c.md"),
                "Other",
                Kind.NOTE,
                FileStamp(1, 1, "c"),
                text="nothing here",
                updated=new,
            ),
        ]
        index.apply(docs)
        results = index.search("comp*")
        assert [hit.path for hit in results.hits] == ["b.md", "a.md"]
        assert results.total == 2
        assert "<b>compute</b>" in results.hits[1].snippet
        assert [hit.path for hit in index.search("heap comp*").hits] == ["b.md"]
    finally:
        index.close()

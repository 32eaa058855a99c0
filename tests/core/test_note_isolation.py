"""One hostile note never takes the vault down: it is named as a problem, the rest is indexed."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from ponder.core import doctor, frontmatter
from ponder.core.index import IndexDoc, WhooshIndex, index_dir_for
from ponder.core.index_api import HeldWorkLost
from ponder.core.index_keeper import IndexKeeper
from ponder.core.library import Library
from ponder.core.model import FileStamp, Kind, NotePath
from ponder.core.note_guard import apply_isolated
from ponder.core.notes import new_note_text
from ponder.core.unicode_text import clean, clean_data, shown
from ponder.core.vault import Vault

# The reproducers of issue 10: plain ASCII on disk, each of which once stopped all indexing.
HOSTILE = {
    "notes/surrogate.md": '---\ntitle: "bad \\uD800 title"\n---\nfindme one\n',
    "notes/badint.md": "---\nx: !!int _\n---\nfindme two\n",
    "notes/badtag.md": "---\nwhen: !!timestamp 2026-01-01\nl: !!set {a: 1}\n---\nfindme three\n",
    "notes/surrogate-key.md": '---\n"k\\udc00": 1\ntags: ["\\ud800"]\n---\nfindme four\n',
}
PLAIN = {f"notes/plain {n}.md": f"findme plain {n}\n" for n in range(5)}


def write_vault(root: Path) -> None:
    for rel, text in {**HOSTILE, **PLAIN}.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, "utf-8")


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    root = tmp_path / "vault"
    write_vault(root)
    lib = Library.open(root, tmp_path / "cache")
    yield lib
    lib.close()


def test_every_note_is_indexed_and_each_hostile_one_is_a_named_problem(library: Library) -> None:
    report = library.reconcile()
    hits = library.search("findme", limit=50).hits
    assert {hit.path for hit in hits} == set(HOSTILE) | set(PLAIN)
    problems = {p.path: p.reason for p in report.changes.problems}
    assert set(problems) == set(HOSTILE)
    assert "'_' is not a valid int; it is read as text" in problems["notes/badint.md"]
    assert "unpaired surrogate" in problems["notes/surrogate.md"]
    assert {p.path for p in library.problems()} == set(HOSTILE)
    titles = {hit.path: hit.title for hit in hits}
    assert titles["notes/surrogate.md"] == "bad \ufffd title"


def test_front_matter_stays_byte_exact_while_edited_elsewhere(library: Library) -> None:
    library.reconcile()
    path = NotePath("notes/badint.md")
    text, stamp = library.vault.read(path)
    edited = frontmatter.update(text, {"title": "Now titled"})
    library.save(path, edited, expected=stamp)
    assert (library.vault.root / path).read_text("utf-8") == (
        "---\nx: !!int _\ntitle: Now titled\n---\nfindme two\n"
    )


def test_rebuild_and_doctor_work_on_the_vault(library: Library) -> None:
    library.rebuild_index()
    assert library.note_count() == len(HOSTILE) + len(PLAIN)
    report = doctor.examine(library)
    assert {p.path for p in report.problems} == set(HOSTILE)


@pytest.mark.skipif(os.name == "nt", reason="Windows names are UTF-16, never undecodable bytes")
def test_a_file_name_that_is_not_utf8_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    root = tmp_path / "vault"
    write_vault(root)
    (root / os.fsdecode(b"notes/\xff name.md")).write_text("findme bytes\n", "utf-8")
    with Library.open(root, tmp_path / "cache") as lib:
        report = lib.reconcile()
        assert len(lib.search("findme", limit=50).hits) == len(HOSTILE) + len(PLAIN)
        named = [p for p in report.changes.problems if "not UTF-8" in p.reason]
        assert [p.path for p in named] == ["notes/\\xff name.md"]
        assert {p.path for p in doctor.examine(lib).problems} >= {"notes/\\xff name.md"}


def _doc(path: str, title: str) -> IndexDoc:
    return IndexDoc(NotePath(path), title, Kind.NOTE, FileStamp(1, 1, path), text="findme")


def test_a_document_the_index_refuses_leaves_every_other_one_in(tmp_path: Path) -> None:
    index = WhooshIndex.open(index_dir_for(tmp_path / "v", tmp_path / "cache"))
    try:
        docs = [_doc(f"n{i}.md", f"title {i}") for i in range(9)]
        docs[6] = replace(docs[6], title="bad \ud800")  # past every boundary: the last guard
        index.apply([_doc("gone.md", "gone")])
        refused = apply_isolated(index, docs, [NotePath("gone.md")])
        assert [path for path, _reason in refused] == ["n6.md"]
        assert "left out of search" in refused[0][1]
        assert set(index.stamps()) == {d.path for d in docs} - {"n6.md"}
    finally:
        index.close()


def test_notes_ponder_writes_never_hold_unstorable_text(tmp_path: Path) -> None:
    with Library.open(tmp_path / "v", tmp_path / "cache", create=True) as lib:
        path, _ = lib.create_note("bad \ud800 title", tags=["t\udc80"], body="b\ud800")
        note = lib.read(path)
        assert note.title == "bad \ufffd title" and note.tags == ("t\ufffd",)
        assert path == "notes/bad \ufffd title.md"
    text = new_note_text("x", Kind.NOTE, datetime.now(UTC), extra={"k\ud800": ["\udfff"]})
    assert frontmatter.read(text)[0]["k\ufffd"] == ["\ufffd"]


def test_unicode_cleaning_rules() -> None:
    assert clean("ok") == ("ok", 0)
    assert clean("a\ud83d\ude00b\ud800") == ("a\U0001f600b\ufffd", 1)
    data = {"a\ud800": ["x", {"y": "\udc00"}], "n": 1}
    assert clean_data(data) == ({"a\ufffd": ["x", {"y": "\ufffd"}], "n": 1}, 2)
    assert shown(os.fsdecode(b"a\xffb")) == "a\\xffb"


def test_held_batches_share_one_commit_and_a_refused_note_drops_only_what_was_held(
    tmp_path: Path,
) -> None:
    index = WhooshIndex.open(index_dir_for(tmp_path / "v", tmp_path / "cache"))
    try:
        index.apply([_doc("first.md", "first")])
        before = index.count()
        index.apply([_doc(f"a{i}.md", f"a {i}") for i in range(3)], hold=True)
        index.apply([_doc(f"b{i}.md", f"b {i}") for i in range(3)], hold=True)
        assert index.count() == before, "held notes wait for their commit"
        index.commit_held()
        assert index.count() == before + 6
        segments = len(index._searcher.leaf_searchers())  # type: ignore[attr-defined]

        index.apply([_doc(f"c{i}.md", f"c {i}") for i in range(3)], hold=True)
        bad = [_doc("d0.md", "d"), replace(_doc("d1.md", "d"), title="bad \ud800")]
        with pytest.raises(HeldWorkLost) as lost:
            index.apply(bad, hold=True)
        assert sorted(lost.value.paths) == ["c0.md", "c1.md", "c2.md"]
        assert index.count() == before + 6 and "c0.md" not in index.stamps()
        index.apply([_doc("e.md", "e")])  # the writer is usable again
        assert index.count() == before + 7
        assert len(index._searcher.leaf_searchers()) <= segments + 1  # type: ignore[attr-defined]
    finally:
        index.close()


class RefusingIndex:
    """The real index, but one note's title is made unstorable on the way in, as if Whoosh
    refused that note: the keeper's bulk build must leave out that note alone."""

    def __init__(self, index: WhooshIndex, refused: str) -> None:
        self._index = index
        self._refused = refused

    def __getattr__(self, name: str) -> object:
        return getattr(self._index, name)

    def apply(self, upserts: list[IndexDoc], removals: object = (), **options: object) -> None:
        spoiled = [
            replace(d, title="bad \ud800") if d.path == self._refused else d for d in upserts
        ]
        self._index.apply(spoiled, removals, **options)  # type: ignore[arg-type]


def test_a_bulk_build_leaves_out_only_a_note_the_index_refuses(tmp_path: Path) -> None:
    root = tmp_path / "vault"
    for number in range(45):
        (root / "n").mkdir(parents=True, exist_ok=True)
        (root / "n" / f"note {number:02d}.md").write_text(f"# Note {number}\n\nfindme\n")
    index = WhooshIndex.open(index_dir_for(root, tmp_path / "cache"), vault_root=root)
    try:
        refusing = RefusingIndex(index, "n/note 27.md")
        keeper = IndexKeeper(Vault.open(root), refusing, batch=10)  # type: ignore[arg-type]
        outcome = keeper.reconcile()
        assert [p.path for p in outcome.changes.problems] == ["n/note 27.md"]
        assert len(index.stamps()) == 44 and "n/note 27.md" not in index.stamps()
        assert index.search("findme", limit=50).total == 44
    finally:
        index.close()


def test_a_bulk_build_commits_its_first_batch_at_once_then_holds_the_rest(tmp_path: Path) -> None:
    root = tmp_path / "vault"
    (root / "n").mkdir(parents=True)
    for number in range(600):
        (root / "n" / f"note {number:03d}.md").write_text(f"# Note {number}\n\nfindme\n")
    index = WhooshIndex.open(index_dir_for(root, tmp_path / "cache"), vault_root=root)
    seen: list[tuple[int, int]] = []
    try:
        keeper = IndexKeeper(Vault.open(root), index, batch=100)
        keeper.reconcile(progress=lambda done, _total: seen.append((done, index.count())))
        assert [count for done, count in seen if done < 600] == [100, 100], seen
        assert index.count() == 600
        assert len(index._searcher.leaf_searchers()) == 2  # type: ignore[attr-defined]
    finally:
        index.close()

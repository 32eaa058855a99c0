"""The index writer process: one writer; SIGKILL mid-build and mid-update loses nothing."""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from ponder.core.index_writer import TIDY_AFTER_SECONDS, IndexWriterFailed, WriterProcess
from ponder.core.library import Library
from ponder.core.model import NotePath
from ponder.core.whoosh_store import writer_lock_held

NOTES = 1_200


def word(number: int) -> str:
    return f"zq{number:05d}x"


def make_vault(root: Path, count: int, start: int = 0) -> None:
    folder = root / "notes"
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(start, start + count):
        (folder / f"n{number}.md").write_text(
            f"# Note {number}\n\nSome text about {word(number)} and the rest.\n", "utf-8"
        )


def writer_of(library: Library) -> WriterProcess:
    writer = library._writer
    assert isinstance(writer, WriterProcess)
    return writer


def kill(writer: WriterProcess) -> None:
    pid = writer.pid
    assert pid is not None
    os.kill(pid, signal.SIGKILL)


def all_found(library: Library, numbers: range) -> list[int]:
    """The numbers whose note a search for its word does not find (every 7th is asked)."""
    return [n for n in numbers[::7] if library.search(word(n)).total != 1]


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    root = tmp_path / "vault"
    make_vault(root, NOTES)
    return root


@pytest.fixture
def library(vault: Path, tmp_path: Path) -> Iterator[Library]:
    lib = Library.open(vault, tmp_path / "cache")
    yield lib
    lib.close()


def test_writes_happen_in_another_process_that_holds_the_only_writer_lock(
    library: Library, tmp_path: Path
) -> None:
    writer = writer_of(library)
    library.reconcile()
    assert writer.pid is not None and writer.pid != os.getpid()
    directory = writer.index_dir
    assert writer_lock_held(directory)  # held by the writer process, not by this one
    second = Library.open(library.vault.root, tmp_path / "cache")
    try:
        assert second.readonly_index  # a second library reads; it never writes
        assert second.search(word(3)).total == 1
    finally:
        second.close()
    library.close()
    assert not writer_lock_held(directory)


def test_a_kill_mid_build_loses_nothing(library: Library) -> None:
    writer = writer_of(library)
    seen: list[int] = []

    def progress(done: int, total: int) -> None:
        if not seen:
            kill(writer)  # the first report: the writer is reading and adding notes
        seen.append(done)

    report = library.reconcile(progress)
    assert writer.restarts == 1
    assert report.scanned == NOTES
    assert library.note_count() == NOTES
    assert all_found(library, range(NOTES)) == []


def test_a_kill_mid_update_loses_nothing(library: Library, vault: Path) -> None:
    library.reconcile()
    writer = writer_of(library)
    drafts = [("notes", f"Imported {n}", f"Text with {word(n)}\n") for n in range(NOTES, 2 * NOTES)]
    done = threading.Event()
    thread = threading.Thread(target=lambda: (library.create_notes(drafts), done.set()))
    thread.start()
    # create_notes writes every file, then sends one Reindex for all of them
    while len(list((vault / "notes").iterdir())) < 2 * NOTES:
        time.sleep(0.005)
    time.sleep(0.05)
    kill(writer)
    thread.join(120)
    assert done.is_set()
    assert writer.restarts == 1
    assert library.note_count() == 2 * NOTES
    assert all_found(library, range(2 * NOTES)) == []


def test_a_writer_killed_while_idle_is_restarted_by_the_next_save(library: Library) -> None:
    library.reconcile()
    writer = writer_of(library)
    kill(writer)
    path = NotePath("notes/n5.md")
    text, stamp = library.vault.read(path)
    library.save(path, text + "\nfreshword\n", expected=stamp)
    assert writer.restarts == 1
    assert [hit.path for hit in library.search("freshword").hits] == [path]


def test_a_writer_that_keeps_dying_is_reported_then_tried_again(library: Library) -> None:
    writer = writer_of(library)

    def progress(_done: int, _total: int) -> None:
        kill(writer)

    with pytest.raises(IndexWriterFailed, match="stopped 3 times in a row"):
        library.rebuild_index(progress)  # every attempt reads every note, so every one dies
    report = library.reconcile()  # the next request starts it afresh
    assert library.note_count() == NOTES and report.scanned == NOTES


def segments(library: Library) -> int:
    with library.index._search_lock:  # type: ignore[attr-defined]
        searcher = library.index._current_searcher()  # type: ignore[attr-defined]
        return len(searcher.leaf_searchers())


def test_saves_commit_without_merging_and_the_idle_writer_merges_after(library: Library) -> None:
    library.reconcile()
    before = segments(library)
    for number in range(4):
        library.save(
            NotePath(f"quick/q{number}.md"), f"quick {word(90_000 + number)}\n", expected=None
        )
    library.index.refresh()
    assert segments(library) >= before + 3, "each save's commit left its own small segment"
    deadline = time.monotonic() + 10 + TIDY_AFTER_SECONDS
    while segments(library) > before + 1 and time.monotonic() < deadline:
        time.sleep(0.1)
        library.index.refresh()
    assert segments(library) <= before + 1, "the idle writer merged the small segments"
    assert [library.search(word(90_000 + n)).total for n in range(4)] == [1, 1, 1, 1]
    assert not all_found(library, range(NOTES))
    reopened = Library.open(library.root, writer_of(library).index_dir.parent.parent)
    with reopened:
        assert reopened.reconcile().reindexed == 0, "the manifest knows the merged generation"

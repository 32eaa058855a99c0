"""Folder prints: the manifest's sums stay true to its stamps, and a reconcile that trusts
them still finds every change (moves, deletions, whole folders gone, unusable names)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ponder.core import folder_prints
from ponder.core.library import Library
from ponder.core.model import FileStamp, NotePath
from ponder.core.vault_scan import FolderScan
from ponder.core.whoosh_store import MANIFEST_FILE, Manifest

FOLDERS = ["", "a/", "a/b/", "ab/", "é/ü/"]
NAMES = ["n.md", "Ω note.md", "x.md"]
PATHS = [folder + name for folder in FOLDERS for name in NAMES]

stamps = st.builds(FileStamp, st.integers(0, 2**40), st.integers(0, 2**63 - 1), st.just("digest"))
steps = st.lists(
    st.tuples(
        st.dictionaries(st.sampled_from(PATHS), stamps, max_size=6),
        st.lists(st.sampled_from(PATHS), max_size=4),
    ),
    max_size=8,
)


def expected_prints(manifest: Manifest) -> dict[str, int]:
    rows = [(p, s.size, s.mtime_ns) for p, s in manifest.lookup_many(PATHS).items()]
    return {folder: total for folder, (_n, total) in folder_prints.folder_prints(rows).items()}


@settings(max_examples=60, deadline=None)
@given(steps)
def test_the_sums_follow_every_record_and_removal(history: list) -> None:
    with tempfile.TemporaryDirectory() as temp:
        manifest = Manifest.create(Path(temp), 0)
        try:
            for generation, (upserts, removals) in enumerate(history, 1):
                changed = {NotePath(p): s for p, s in upserts.items()}
                manifest.record(generation, changed, [NotePath(p) for p in removals])
                assert manifest.folder_prints() == expected_prints(manifest)
                for folder in FOLDERS:
                    recorded = manifest.lookup_many(PATHS)
                    held = {p for p in recorded if folder_prints.folder_of(p)[0] == folder}
                    assert set(manifest.folder_stats(folder)) == held
        finally:
            manifest.close()


def test_a_manifest_made_before_the_sums_gets_them_when_opened_for_writing(tmp_path: Path) -> None:
    manifest = Manifest.create(tmp_path, 0)
    manifest.record(1, {NotePath(p): FileStamp(i, i * 7, "d") for i, p in enumerate(PATHS)})
    expected = manifest.folder_prints()
    manifest.close()
    with sqlite3.connect(tmp_path / MANIFEST_FILE) as db:
        db.execute("DROP TABLE folders")
        db.execute("DELETE FROM meta WHERE key = 'prints'")
    assert expected and len(expected) == len(FOLDERS)
    reopened = Manifest(tmp_path, readonly=False)
    try:
        assert reopened.folder_prints() == expected
    finally:
        reopened.close()


def test_a_print_depends_on_name_size_and_time() -> None:
    one = folder_prints.note_print("a.md", 10, 1_000)
    assert one == folder_prints.note_print("a.md", 10, 1_000)
    others = {("b.md", 10, 1_000), ("a.md", 11, 1_000), ("a.md", 10, 1_001)}
    assert all(folder_prints.note_print(*other) != one for other in others)
    assert folder_prints.sum_of([("a.md", 10, 1_000), ("\udcff.md", 1, 1)]) == (one, ["\udcff.md"])


def write(root: Path, path: str, text: str) -> None:
    (root / path).parent.mkdir(parents=True, exist_ok=True)
    (root / path).write_text(text, "utf-8")


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    root = tmp_path / "vault"
    for path in ["top.md", "a/one.md", "a/two.md", "a/b/deep.md", "gone/x.md", "gone/sub/y.md"]:
        write(root, path, f"# {path}\n\nword{len(path)} common\n")
    return root


def reopen(root: Path, cache: Path) -> tuple[Library, int]:
    library = Library.open(root, cache)
    return library, library.reconcile().reindexed


def test_a_reconcile_finds_edits_moves_and_whole_folders_gone(vault: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    library, reindexed = reopen(vault, cache)
    library.close()
    assert reindexed == 6
    library, reindexed = reopen(vault, cache)
    with library:
        assert reindexed == 0, "an unchanged vault is read by its folder prints alone"
        assert len(library.search("word9 OR word13").hits) == 2

    stat = (vault / "a/one.md").stat()
    write(vault, "a/one.md", "# a/one.md\n\nedited same size!!\n"[: stat.st_size])
    os.utime(vault / "a/one.md", ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000))
    (vault / "a/b/deep.md").rename(vault / "top2.md")
    for path in ["gone/sub/y.md", "gone/x.md"]:
        (vault / path).unlink()
    (vault / "gone/sub").rmdir()
    (vault / "gone").rmdir()

    library, reindexed = reopen(vault, cache)
    with library:
        assert reindexed == 2  # the edit and the moved note
        assert sorted(library.index.stamps()) == ["a/one.md", "a/two.md", "top.md", "top2.md"]
        assert [hit.path for hit in library.search("edited").hits] == ["a/one.md"]
        assert not library.search("word9 OR word13").hits  # the words of the notes gone


@pytest.mark.skipif(os.name == "nt", reason="Windows names are UTF-16, never undecodable bytes")
def test_a_name_that_is_not_utf8_is_reported_even_in_an_unchanged_folder(
    vault: Path, tmp_path: Path
) -> None:
    write(vault, os.fsdecode(b"a/\xff.md"), "bytes\n")
    cache = tmp_path / "cache"
    for _ in range(2):
        library, _reindexed = reopen(vault, cache)
        with library:
            assert [p.path for p in library.problems()] == ["a/\\xff.md"]
            assert library.note_count() == 6


SHARED_WALK = """
import json, sys, threading
from pathlib import Path
from ponder.core.vault_scan import FolderScan
assert threading.active_count() == 1  # so the walk is shared with a forked process
prints = json.loads(sys.stdin.read())
done = FolderScan(Path(sys.argv[1])).compare(prints)
print(json.dumps([done.same, done.differing, sorted(done.misnamed), sorted(done.strays)]))
"""


def test_the_walk_shared_with_a_forked_process_finds_what_one_walk_finds(
    corpus: Callable[[str], Path],
) -> None:
    root = corpus("tldr")
    write(root, "pages/common/.ponder-0123456789abcdef.tmp", "stray")
    if os.name != "nt":
        write(root, os.fsdecode(b"pages/linux/\xff.md"), "misnamed")
    alone = FolderScan(root).compare_below([""], {})
    assert len(alone.differing) > 20, "a vault of many folders, to share out"
    # Half the folders as indexed (their true sums), half changed (a wrong sum).
    prints = {
        folder: folder_prints.sum_of(notes)[0] + (number % 2)
        for number, (folder, notes) in enumerate(sorted(alone.differing))
    }
    expected = FolderScan(root).compare_below([""], prints)
    done = subprocess.run(
        [sys.executable, "-c", SHARED_WALK, str(root)],
        input=json.dumps(prints),
        capture_output=True,
        text=True,
        check=True,
    )
    same, differing, misnamed, strays = json.loads(done.stdout)
    assert same == expected.same and len(same) > 10
    assert sorted(map(tuple, ((f, [tuple(n) for n in ns]) for f, ns in differing))) == sorted(
        (f, ns) for f, ns in expected.differing
    )
    assert misnamed == sorted(expected.misnamed) and strays == sorted(expected.strays)
    assert any(s.endswith(".ponder-0123456789abcdef.tmp") for s in strays)

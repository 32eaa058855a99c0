"""Private by default on disk: temp files carry the note's mode from their first byte, new notes
in a private vault are 0600, and the index and page cache are folders only their owner enters."""

from __future__ import annotations

import os
import stat
import sys
import threading
from pathlib import Path

import pytest

from ponder.core.capture.page_cache import PageCache
from ponder.core.library import Library
from ponder.core.model import NotePath
from ponder.core.vault import Vault

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_temp_files_of_a_private_note_are_never_readable_by_others(tmp_path: Path) -> None:
    root = tmp_path / "vault"
    root.mkdir()
    note = root / "secret.md"
    note.write_text("start", "utf-8")
    note.chmod(0o600)
    vault = Vault.open(root)
    seen: list[int] = []
    stop = threading.Event()

    def watch() -> None:  # another user's view: every Ponder file that shows up, and its mode
        while not stop.is_set():
            for entry in os.scandir(root):
                if entry.name.startswith(".ponder-"):
                    try:
                        seen.append(stat.S_IMODE(entry.stat().st_mode))
                    except FileNotFoundError:
                        continue

    watcher = threading.Thread(target=watch)
    watcher.start()
    try:
        _text, stamp = vault.read(NotePath("secret.md"))
        for n in range(150):
            stamp = vault.save(NotePath("secret.md"), f"version {n}\n" * 40_000, expected=stamp)
    finally:
        stop.set()
        watcher.join()
    assert seen, "the watcher really saw the temp files"
    assert set(seen) == {0o600}
    assert mode(note) == 0o600


def test_new_notes_follow_the_vault_folder(tmp_path: Path) -> None:
    private = tmp_path / "private"
    private.mkdir(mode=0o700)
    private.chmod(0o700)
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o755)
    old = os.umask(0o022)
    try:
        path, _ = Vault.open(private).create("notes", "A", "text")
        assert mode(private / path) == 0o600
        Vault.open(private).save(NotePath("b.md"), "text", expected=None)
        assert mode(private / "b.md") == 0o600
        path, _ = Vault.open(shared).create("notes", "A", "text")
        assert mode(shared / path) == 0o644
    finally:
        os.umask(old)


def test_index_and_page_cache_folders_are_private(tmp_path: Path) -> None:
    old = os.umask(0o022)
    above = mode(tmp_path)
    try:
        cache = tmp_path / "cache"
        with Library.open(tmp_path / "vault", cache, create=True) as library:
            library.create_note("A note", body="words")
            directory = Path(library.index.directory)  # type: ignore[attr-defined]
            for folder in (directory, directory.parent, cache):
                assert mode(folder) == 0o700, folder
            pages = PageCache.for_vault(library.vault.root, cache)
            assert pages.store("id-1", "<p>page</p>")
            assert mode(pages.directory) == 0o700
            assert mode(pages.directory.parent) == 0o700
            [stored] = pages.directory.iterdir()
            assert mode(stored) == 0o600
        assert mode(tmp_path) == above  # the folder above the cache is not Ponder's to change
    finally:
        os.umask(old)


def test_a_shared_folder_on_the_way_is_never_narrowed(tmp_path: Path) -> None:
    """An index opened at a shallow path once narrowed /tmp itself to 0700 (its `below` was
    the file system's root): a folder with the sticky bit is everyone's and stays as it is."""
    from ponder.core.private_dirs import make_private_dir

    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)
    made = make_private_dir(shared / "cache" / "index", below=tmp_path)
    assert stat.S_IMODE(shared.stat().st_mode) == 0o1777
    assert stat.S_IMODE(made.stat().st_mode) == 0o700
    assert stat.S_IMODE((shared / "cache").stat().st_mode) == 0o700

"""The save's swap file: what a crash leaves is put back, removed or kept, never lost."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from ponder.core.filenames import conflict_of
from ponder.core.library import Library
from ponder.core.model import NotePath, content_digest
from ponder.core.vault import Vault
from ponder.core.vault_swap import ASIDE_PREFIX, SwapConflict, save_verified


def aside(root: Path, held: bytes, expected: bytes, new: bytes, name: str = "n.md") -> Path:
    key = f"{content_digest(expected)[:12]}-{content_digest(new)[:12]}-abcdef"
    path = root / f"{ASIDE_PREFIX}{key}-{name}"
    path.write_bytes(held)
    old = time.time() - 3600
    os.utime(path, (old, old))
    return path


def test_a_crashed_saves_swap_file_is_put_back_removed_or_kept(tmp_path: Path) -> None:
    root = tmp_path / "vault"
    root.mkdir()
    (root / "n.md").write_bytes(b"new")
    aside(root, b"old", b"old", b"new")  # crashed after the swap: the version read
    (root / "m.md").write_bytes(b"old")
    aside(root, b"new", b"old", b"new", "m.md")  # crashed before the swap: the new text
    (root / "o.md").write_bytes(b"new")
    aside(root, b"theirs", b"old", b"new", "o.md")  # an outside version: kept
    aside(root, b"lonely", b"old", b"new", "gone.md")  # its note vanished: it goes back
    scan = Vault.open(root).scan_stats()
    assert "gone.md" not in {path for path, _size, _mtime in scan}
    assert scan.remove_strays() == 4
    assert scan.restored, "the index must compare again: a note came back"
    vault = Vault.open(root)
    assert not list(root.glob(f"{ASIDE_PREFIX}*"))
    assert (root / "n.md").read_bytes() == b"new"
    assert (root / "m.md").read_bytes() == b"old"
    assert (root / "gone.md").read_bytes() == b"lonely"
    [copy] = vault.conflicts()
    assert copy.original == "o.md" and (root / copy.path).read_bytes() == b"theirs"


def test_a_recent_swap_file_may_belong_to_a_save_in_progress(tmp_path: Path) -> None:
    root = tmp_path / "vault"
    root.mkdir()
    (root / "n.md").write_bytes(b"new")
    fresh = aside(root, b"theirs", b"old", b"new")
    fresh.touch()
    scan = Vault.open(root).scan_stats()
    list(scan)
    assert scan.remove_strays() == 0
    assert fresh.exists() and not scan.restored


def test_a_name_too_long_for_the_swap_file_still_saves_with_the_check(tmp_path: Path) -> None:
    root = tmp_path / "vault"
    root.mkdir()
    name = "x" * 240 + ".md"
    vault = Vault.open(root)
    stamp = vault.save(NotePath(name), "one", expected=None)
    vault.save(NotePath(name), "two", expected=stamp)
    assert (root / name).read_text() == "two"


def test_an_outside_version_swapped_out_goes_back_and_ours_is_reported(tmp_path: Path) -> None:
    target = tmp_path / "n.md"
    target.write_bytes(b"theirs")
    with pytest.raises(SwapConflict) as caught:
        save_verified(target, b"ours", None, content_digest(b"read"))
    assert caught.value.theirs == b"theirs"
    assert target.read_bytes() == b"theirs"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["n.md"]
    assert conflict_of(NotePath("n (conflicted copy 2026-12-04 183000).md")) is not None


def test_opening_the_library_puts_a_crashed_saves_note_back_and_indexes_it(tmp_path: Path) -> None:
    root = tmp_path / "vault"
    root.mkdir()
    (root / "kept.md").write_text("# Kept\n\nplain words\n")
    with Library.open(root, tmp_path / "cache") as library:
        library.reconcile()
    # A save of "lonely.md" crashed after moving the note aside; a temp file is left too.
    aside(root, b"# Lonely\n\nxylophone\n", b"old", b"new", "lonely.md")
    stray = root / "sub" / ".ponder-0123456789abcdef.tmp"
    stray.parent.mkdir()
    stray.write_bytes(b"half a note")
    old = time.time() - 3600
    os.utime(stray, (old, old))

    with Library.open(root, tmp_path / "cache") as library:
        report = library.reconcile()
        assert library.cleaned_temp_files == 2
        assert not stray.exists() and not list(root.glob(f"{ASIDE_PREFIX}*"))
        assert (root / "lonely.md").read_bytes() == b"# Lonely\n\nxylophone\n"
        assert [hit.path for hit in library.search("xylophone").hits] == ["lonely.md"]
        assert report.reindexed == 1

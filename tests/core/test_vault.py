"""Tests for the vault: safe reads and atomic, conflict-checked writes on real files."""

from __future__ import annotations

import json
import os
import random
import shutil
import stat
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from ponder.core.filenames import ConflictCopy
from ponder.core.model import FileStamp, NotePath, content_digest
from ponder.core.paths import TEMP_PREFIX, TEMP_SUFFIX, TRASH_DIR, is_note_path
from ponder.core.vault import (
    MAX_NOTE_BYTES,
    ChangedOnDiskError,
    NoteExistsError,
    NoteReadError,
    UnsafePathError,
    Vault,
    VaultError,
    VaultWriteError,
)
from ponder.core.vault_swap import ASIDE_PREFIX

NOTE = NotePath("note.md")


@pytest.fixture
def vault(tmp_path: Path) -> Vault:
    return Vault.open(tmp_path / "vault", create=True)


def write(vault: Vault, path: str, data: bytes | str) -> Path:
    full = vault.root / path
    full.parent.mkdir(parents=True, exist_ok=True)
    full.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return full


def temp_files(root: Path) -> list[Path]:
    return list(root.rglob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}"))


def make_old(path: Path) -> None:
    old = time.time() - 3600
    os.utime(path, (old, old))


# --- opening -----------------------------------------------------------------------------


def test_open_refuses_a_missing_folder_unless_asked_to_create(tmp_path: Path) -> None:
    with pytest.raises(VaultError, match="does not exist"):
        Vault.open(tmp_path / "nope")
    vault = Vault.open(tmp_path / "made" / "here", create=True)
    assert vault.root == (tmp_path / "made" / "here").resolve()
    assert vault.root.is_dir()


def test_open_refuses_a_file(tmp_path: Path) -> None:
    (tmp_path / "file.md").write_text("x")
    with pytest.raises(VaultError, match="is a file, not a folder"):
        Vault.open(tmp_path / "file.md")


def removed_strays(root: Path) -> int:
    """What the index writer's reconcile does after its walk of the vault."""
    scan = Vault.open(root).scan_stats()
    list(scan)
    return scan.remove_strays()


def test_the_scan_removes_only_old_temp_files_of_ponder(tmp_path: Path) -> None:
    root = tmp_path / "vault"
    old = [
        root / f"{TEMP_PREFIX}aaa{TEMP_SUFFIX}",
        root / "deep" / "er" / f"{TEMP_PREFIX}bbb{TEMP_SUFFIX}",
        root / TRASH_DIR / "x" / f"{TEMP_PREFIX}ccc{TEMP_SUFFIX}",
    ]
    young = root / "deep" / f"{TEMP_PREFIX}young{TEMP_SUFFIX}"
    others = [root / "other.tmp", root / f"{TEMP_PREFIX}note.md", root / "keep.md"]
    for path in [*old, young, *others]:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x")
    for path in [*old, *others]:
        make_old(path)

    assert removed_strays(root) == 3
    assert not any(p.exists() for p in old)
    assert young.exists(), "a young temp file may be another Ponder's save in progress"
    assert all(p.exists() for p in others)
    assert removed_strays(root) == 0


# --- paths --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    ["../outside.md", "a/../../outside.md", "/etc/passwd", "C:/x.md", "", ".", "a\0b.md", "./"],
)
def test_abspath_refuses_paths_out_of_the_vault(vault: Vault, path: str) -> None:
    with pytest.raises(UnsafePathError) as info:
        vault.abspath(path)
    assert str(info.value).startswith("Ponder refused the path")


def test_abspath_refuses_symlinks_that_lead_out(vault: Vault, tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.md").write_text("secret")
    (vault.root / "linkdir").symlink_to(outside, target_is_directory=True)
    (vault.root / "link.md").symlink_to(outside / "secret.md")
    for path in ("linkdir/secret.md", "link.md"):
        with pytest.raises(UnsafePathError, match="outside the vault"):
            vault.read(NotePath(path))
    with pytest.raises(UnsafePathError):
        vault.save(NotePath("linkdir/new.md"), "x", expected=None)
    assert not (outside / "new.md").exists()


def test_abspath_accepts_inner_paths(vault: Vault) -> None:
    assert vault.abspath("a/./b.md") == vault.root / "a" / "b.md"
    write(vault, "real.md", "x")
    (vault.root / "alias.md").symlink_to(vault.root / "real.md")
    assert vault.abspath("alias.md") == vault.root / "alias.md"


# --- scanning -----------------------------------------------------------------------------


def test_scan_lists_notes_and_skips_everything_else(vault: Vault, tmp_path: Path) -> None:
    notes = [
        "a.md",
        "B.MD",
        "sub/c.md",
        "sub/deeper/d.md",
        "x.sync-conflict-20240101-120000-ABCDEFG.md",
    ]
    skipped = [
        ".hidden.md",
        ".obsidian/e.md",
        ".trash/1/f.md",
        "node_modules/g.md",
        "sub/.git/h.md",
        "readme.txt",
        "a.md~",
        "a.md.tmp",
        ".#a.md",
        f"{TEMP_PREFIX}x{TEMP_SUFFIX}",
    ]
    for path in notes + skipped:
        write(vault, path, "text")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "o.md").write_text("x")
    (vault.root / "out").symlink_to(outside, target_is_directory=True)
    (vault.root / "sub" / "loop").symlink_to(vault.root, target_is_directory=True)
    (vault.root / "linked.md").symlink_to(vault.root / "a.md")

    entries = {e.path: e for e in vault.scan()}

    assert set(entries) == set(notes)
    info = (vault.root / "sub" / "c.md").stat()
    assert entries[NotePath("sub/c.md")].size == 4
    assert entries[NotePath("sub/c.md")].mtime_ns == info.st_mtime_ns


def test_scan_agrees_with_is_note_path_on_a_real_vault(corpus: Callable[[str], Path]) -> None:
    root = corpus("dendron-site")
    expected = set()
    for folder, _dirs, files in os.walk(root):
        for name in files:
            rel = (Path(folder) / name).relative_to(root).as_posix()
            if is_note_path(rel):
                expected.add(rel)
    assert len(expected) > 1000
    assert {e.path for e in Vault.open(root).scan()} == expected


@pytest.fixture
def scratch(tmp_path: Path) -> Iterator[Path]:
    """A folder in RAM when the system has one: making 40k files on this disk takes seconds."""
    shm = Path("/dev/shm")
    if not (shm.is_dir() and os.access(shm, os.W_OK)):
        yield tmp_path
        return
    with tempfile.TemporaryDirectory(dir=shm) as folder:
        yield Path(folder)


def test_scan_is_fast_on_forty_thousand_notes(scratch: Path) -> None:
    root = scratch / "big"
    for d in range(200):
        folder = root / f"folder{d}" / "sub"
        folder.mkdir(parents=True)
        for n in range(200):
            os.close(os.open(folder / f"note {n}.md", os.O_CREAT | os.O_WRONLY, 0o644))
    vault = Vault.open(root)
    start = time.perf_counter()
    count = sum(1 for _ in vault.scan())
    elapsed = time.perf_counter() - start
    assert count == 40_000
    assert elapsed < 1.0, f"scan took {elapsed:.2f} s (about 0.2 s is usual here)"


# --- reading ------------------------------------------------------------------------------


def test_read_returns_the_exact_text_and_its_stamp(vault: Vault) -> None:
    data = "\ufeff---\ntitle: Café\n---\r\nline one\r\nline two\n🎉".encode()
    full = write(vault, NOTE, data)
    text, stamp = vault.read(NOTE)
    assert text.encode("utf-8") == data, "BOM and CRLF are kept"
    assert stamp == FileStamp(len(data), full.stat().st_mtime_ns, content_digest(data))
    assert vault.stamp(NOTE) == stamp
    assert vault.read_bytes(NOTE) == data
    assert vault.stamp(NotePath("missing.md")) is None


def test_read_explains_a_missing_note(vault: Vault) -> None:
    with pytest.raises(NoteReadError) as info:
        vault.read(NotePath("gone.md"))
    assert str(info.value) == (
        "Ponder could not read gone.md: "
        "the file does not exist (it may have been moved or deleted)."
    )
    assert info.value.path == "gone.md"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"hello \xff world", "not UTF-8 text (the first bad byte is at offset 6)"),
        ("Grüße aus Köln\n".encode("latin-1"), "first bad byte is at offset 2"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "looks like a binary file"),
        (b"text" * 100 + b"\x00" + b"text", "looks like a binary file"),
        (random.Random(1).randbytes(4096).replace(b"\0", b"\1"), "looks like a binary"),
        ("Ça a été très élégant, déjà.".encode("cp1252"), "first bad byte is at offset 0"),
        (b"\x01\x02\x03\x04 mostly control \x05\x06\x07\x08\x0b\x0e\x0f\x10\x11", "binary"),
    ],
)
def test_read_refuses_text_it_cannot_read_and_leaves_the_file(
    vault: Vault, data: bytes, reason: str
) -> None:
    full = write(vault, NOTE, data)
    before = full.stat()
    with pytest.raises(NoteReadError) as info:
        vault.read(NOTE)
    assert reason in str(info.value)
    assert full.read_bytes() == data
    assert full.stat().st_mtime_ns == before.st_mtime_ns


def test_read_refuses_a_note_over_the_size_limit(vault: Vault) -> None:
    write(vault, NOTE, b"a" * (5 * 1024 * 1024))
    with pytest.raises(NoteReadError) as info:
        vault.read(NOTE)
    assert str(info.value) == (
        "Ponder could not read note.md: 5.0 MB is larger than the 2 MB Ponder reads as a note; "
        "the file is left as it is."
    )
    write(vault, "edge.md", b"a" * MAX_NOTE_BYTES)
    assert len(vault.read(NotePath("edge.md"))[0]) == MAX_NOTE_BYTES


def test_read_refuses_folders_and_does_not_hang_on_a_fifo(vault: Vault) -> None:
    (vault.root / "folder.md").mkdir()
    with pytest.raises(NoteReadError, match="folder"):
        vault.read(NotePath("folder.md"))
    os.mkfifo(vault.root / "pipe.md")
    with pytest.raises(NoteReadError, match="not a regular file"):
        vault.read(NotePath("pipe.md"))


# --- saving -------------------------------------------------------------------------------


def test_save_new_note_then_update_it_with_its_stamp(vault: Vault) -> None:
    stamp = vault.save(NotePath("new/deep/n.md"), "one\r\ntwo\n", expected=None)
    full = vault.root / "new" / "deep" / "n.md"
    assert full.read_bytes() == b"one\r\ntwo\n", "no newline translation"
    assert stamp == vault.stamp(NotePath("new/deep/n.md"))
    stamp2 = vault.save(NotePath("new/deep/n.md"), "three ✓", expected=stamp)
    assert full.read_bytes() == "three ✓".encode()
    assert stamp2.digest == content_digest("three ✓".encode())
    assert temp_files(vault.root) == []


def test_save_refuses_to_overwrite_an_outside_edit(vault: Vault) -> None:
    full = write(vault, NOTE, "original")
    _, stamp = vault.read(NOTE)
    full.write_text("edited elsewhere")
    with pytest.raises(ChangedOnDiskError) as info:
        vault.save(NOTE, "ours", expected=stamp)
    err = info.value
    assert (err.ours, err.theirs, err.expected) == ("ours", "edited elsewhere", stamp)
    assert err.actual is not None and err.actual.digest == content_digest(b"edited elsewhere")
    assert "changed by another program" in str(err) and str(err).endswith(".")
    assert full.read_text() == "edited elsewhere"


def test_save_detects_a_same_size_edit_with_the_same_mtime(vault: Vault) -> None:
    full = write(vault, NOTE, "version A")
    _, stamp = vault.read(NOTE)
    full.write_text("version B")
    os.utime(full, ns=(stamp.mtime_ns, stamp.mtime_ns))
    with pytest.raises(ChangedOnDiskError):
        vault.save(NOTE, "ours", expected=stamp)
    assert full.read_text() == "version B"


def test_save_accepts_a_touched_but_unchanged_file(vault: Vault) -> None:
    full = write(vault, NOTE, "same")
    _, stamp = vault.read(NOTE)
    make_old(full)
    vault.save(NOTE, "new", expected=stamp)
    assert full.read_text() == "new"


def test_save_refuses_when_the_note_was_deleted_or_already_exists(vault: Vault) -> None:
    full = write(vault, NOTE, "x")
    _, stamp = vault.read(NOTE)
    full.unlink()
    with pytest.raises(ChangedOnDiskError, match="deleted or moved") as info:
        vault.save(NOTE, "ours", expected=stamp)
    assert info.value.actual is None and info.value.theirs is None
    assert not full.exists()
    write(vault, NOTE, "someone else's")
    with pytest.raises(ChangedOnDiskError, match="already exists") as info:
        vault.save(NOTE, "ours", expected=None)
    assert info.value.theirs == "someone else's"
    assert full.read_text() == "someone else's"


def test_save_keeps_permissions_and_symlinks(vault: Vault) -> None:
    full = write(vault, NOTE, "x")
    full.chmod(0o640)
    (vault.root / "alias.md").symlink_to(full)
    _, stamp = vault.read(NotePath("alias.md"))
    vault.save(NotePath("alias.md"), "through the link", expected=stamp)
    assert stat.S_IMODE(full.stat().st_mode) == 0o640
    assert (vault.root / "alias.md").is_symlink()
    assert full.read_text() == "through the link"


def test_save_refuses_text_that_is_not_unicode(vault: Vault) -> None:
    full = write(vault, NOTE, "x")
    _, stamp = vault.read(NOTE)
    with pytest.raises(VaultWriteError, match="cannot be stored as UTF-8"):
        vault.save(NOTE, "bad \udc80", expected=stamp)
    assert full.read_text() == "x"


KILL_SCRIPT = """
import sys
from pathlib import Path
from ponder.core.model import NotePath
from ponder.core.vault import Vault

versions = [Path(sys.argv[2]).read_text("utf-8"), Path(sys.argv[3]).read_text("utf-8")]
vault = Vault.open(Path(sys.argv[1]))
text, stamp = vault.read(NotePath("note.md"))
print("ready", flush=True)
while True:
    text = versions[1] if text == versions[0] else versions[0]
    stamp = vault.save(NotePath("note.md"), text, expected=stamp)
"""


@pytest.mark.slow
def test_sigkill_during_saves_never_leaves_a_torn_or_lost_note(tmp_path: Path) -> None:
    root = tmp_path / "vault"
    root.mkdir()
    one = "".join(f"line {i} of version one 🙂\n" for i in range(7000))  # ~200 KB
    two = "".join(f"version two, a longer line number {i}\n" for i in range(6000))
    (tmp_path / "one.txt").write_text(one, "utf-8")
    (tmp_path / "two.txt").write_text(two, "utf-8")
    (tmp_path / "saver.py").write_text(KILL_SCRIPT)
    (root / NOTE).write_text(one, "utf-8")
    rng = random.Random(20240101)
    command = [sys.executable, str(tmp_path / "saver.py"), str(root)]
    command += [str(tmp_path / "one.txt"), str(tmp_path / "two.txt")]
    seen = set()
    for _ in range(36):
        proc = subprocess.Popen(command, stdout=subprocess.PIPE)
        assert proc.stdout is not None
        assert proc.stdout.readline() == b"ready\n"
        time.sleep(rng.uniform(0.0, 0.06))
        proc.kill()
        proc.wait()
        proc.stdout.close()
        text = (root / NOTE).read_bytes().decode("utf-8")
        assert text in (one, two), "a torn, empty or lost note"
        seen.add(text)
    assert seen == {one, two}, "the saver must really have been saving"
    strays = temp_files(root) + list(root.glob(f"{ASIDE_PREFIX}*"))
    assert strays, "some kills should land in the middle of a save"
    for stray in strays:
        make_old(stray)
    assert removed_strays(root) == len(strays)
    vault = Vault.open(root)
    assert temp_files(root) == [] and list(root.glob(".ponder-*")) == []
    assert vault.read(NOTE)[0] in (one, two)
    # A swap file holds the version read or the new text, never an outside one: no copies.
    assert sorted(p.name for p in root.iterdir()) == [NOTE]


# --- creating -----------------------------------------------------------------------------


def test_create_names_the_file_after_the_title_and_never_overwrites(vault: Vault) -> None:
    first = vault.create("inbox/ideas", "Plans: Q1/Q2?", "first")
    second = vault.create("inbox/ideas", "Plans: Q1/Q2?", "second")
    third = vault.create("inbox/ideas/", "Plans: Q1/Q2?", "third")
    assert [p for p, _ in (first, second, third)] == [
        "inbox/ideas/Plans- Q1-Q2.md",
        "inbox/ideas/Plans- Q1-Q2 2.md",
        "inbox/ideas/Plans- Q1-Q2 3.md",
    ]
    assert vault.read(first[0]) == ("first", first[1])
    assert vault.read(third[0])[0] == "third"
    assert vault.create("", "", "x")[0] == "Untitled.md"
    assert vault.create(".", "CON", "x")[0] == "_CON.md"
    assert temp_files(vault.root) == []


@pytest.mark.parametrize("folder", ["../out", "/tmp", "a/../../b"])
def test_create_refuses_folders_outside_the_vault(vault: Vault, folder: str) -> None:
    with pytest.raises(UnsafePathError):
        vault.create(folder, "Title", "x")


def test_create_refuses_hidden_folders(vault: Vault) -> None:
    with pytest.raises(VaultError, match="would be hidden"):
        vault.create(".obsidian", "Title", "x")


def test_concurrent_creators_never_collide(vault: Vault) -> None:
    start = threading.Barrier(8)
    made: list[tuple[NotePath, str]] = []

    def creator(n: int) -> None:
        start.wait()
        for i in range(5):
            text = f"creator {n} note {i}"
            made.append((vault.create("inbox", "Same title", text)[0], text))

    threads = [threading.Thread(target=creator, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len({path for path, _ in made}) == 40
    for path, text in made:
        assert (vault.root / path).read_text() == text
    assert len(list((vault.root / "inbox").iterdir())) == 40


# --- renaming -----------------------------------------------------------------------------


def test_rename_moves_a_note_and_makes_folders(vault: Vault) -> None:
    write(vault, NOTE, "content")
    stamp = vault.rename(NOTE, NotePath("archive/2024/note.md"))
    assert not (vault.root / NOTE).exists()
    assert (vault.root / "archive" / "2024" / "note.md").read_text() == "content"
    assert stamp == vault.stamp(NotePath("archive/2024/note.md"))


def test_rename_never_overwrites(vault: Vault) -> None:
    write(vault, NOTE, "mine")
    write(vault, "other.md", "theirs")
    with pytest.raises(NoteExistsError) as info:
        vault.rename(NOTE, NotePath("other.md"))
    assert str(info.value) == (
        "other.md already exists; Ponder never overwrites a note. Choose another name."
    )
    assert (vault.root / NOTE).read_text() == "mine"
    assert (vault.root / "other.md").read_text() == "theirs"


def test_rename_changes_only_the_case(vault: Vault) -> None:
    write(vault, NOTE, "content")
    vault.rename(NOTE, NotePath("Note.md"))
    assert [p.name for p in vault.root.iterdir()] == ["Note.md"]
    assert vault.rename(NotePath("Note.md"), NotePath("Note.md")).size == 7
    assert (vault.root / "Note.md").read_text() == "content"


def test_rename_refuses_bad_targets(vault: Vault) -> None:
    write(vault, NOTE, "x")
    with pytest.raises(VaultError, match="not a note name"):
        vault.rename(NOTE, NotePath("note.txt"))
    with pytest.raises(UnsafePathError):
        vault.rename(NOTE, NotePath("../note.md"))
    with pytest.raises(NoteReadError, match="no such note"):
        vault.rename(NotePath("missing.md"), NotePath("x.md"))
    assert (vault.root / NOTE).read_text() == "x"


# --- trash --------------------------------------------------------------------------------


def test_trash_and_restore_round_trip(vault: Vault) -> None:
    write(vault, "projects/plan.md", "the plan")
    entry = vault.trash(NotePath("projects/plan.md"))
    assert not (vault.root / "projects" / "plan.md").exists()
    assert entry.location.read_text() == "the plan"
    assert entry.location.is_relative_to(vault.root / TRASH_DIR)
    record = json.loads((vault.root / TRASH_DIR / entry.id / ".ponder-trash.json").read_text())
    assert record["original"] == "projects/plan.md"
    assert [e.path for e in vault.scan()] == []
    assert vault.trash_entries() == [entry]

    shutil.rmtree(vault.root / "projects")
    assert vault.restore(entry) == "projects/plan.md"
    assert (vault.root / "projects" / "plan.md").read_text() == "the plan"
    assert vault.trash_entries() == []
    assert list((vault.root / TRASH_DIR).iterdir()) == []


def test_restore_never_overwrites_a_note_made_since(vault: Vault) -> None:
    restored = []
    for n in range(3):
        write(vault, NOTE, f"old {n}")
        restored.append((vault.trash(NOTE), f"old {n}"))
    write(vault, NOTE, "new")
    names = [vault.restore(entry) for entry, _ in restored]
    assert names == ["note (restored).md", "note (restored 2).md", "note (restored 3).md"]
    assert (vault.root / NOTE).read_text() == "new"
    for (_, text), name in zip(restored, names, strict=True):
        assert (vault.root / name).read_text() == text


def test_trash_entries_are_newest_first_and_skip_broken_records(vault: Vault) -> None:
    write(vault, "a.md", "a")
    write(vault, "b.md", "b")
    first = vault.trash(NotePath("a.md"))
    time.sleep(0.01)
    second = vault.trash(NotePath("b.md"))
    broken = vault.root / TRASH_DIR / "broken"
    broken.mkdir()
    (broken / ".ponder-trash.json").write_text("{not json")
    escaping = vault.root / TRASH_DIR / "escaping"
    escaping.mkdir()
    (escaping / ".ponder-trash.json").write_text(
        json.dumps({"original": "../../x.md", "deleted_at": "2024-01-01T00:00:00+00:00"})
    )
    assert vault.trash_entries() == [second, first]


def test_trash_refuses_a_note_changed_since_read(vault: Vault) -> None:
    full = write(vault, NOTE, "read")
    _, stamp = vault.read(NOTE)
    full.write_text("changed")
    with pytest.raises(ChangedOnDiskError) as info:
        vault.trash(NOTE, expected=stamp)
    assert info.value.theirs == "changed" and info.value.ours is None
    assert "Ponder left it alone" in str(info.value)
    assert full.read_text() == "changed"
    assert vault.trash_entries() == []
    with pytest.raises(NoteReadError):
        vault.trash(NotePath("missing.md"))


# --- conflict copies ----------------------------------------------------------------------


def test_conflict_copies_are_reported_and_still_notes(vault: Vault) -> None:
    names = {
        "a/Plan.md": None,
        "a/Plan.sync-conflict-20240101-120000-ABCDEFG.md": ("a/Plan.md", "Syncthing"),
        "Log (John's conflicted copy 2024-01-01).md": ("Log.md", "Dropbox"),
        "Log (conflicted copy 2024-01-01 120000).md": ("Log.md", "Nextcloud or ownCloud"),
    }
    for name in names:
        write(vault, name, "text")
    expected = {
        ConflictCopy(NotePath(p), NotePath(o[0]), o[1]) for p, o in names.items() if o is not None
    }
    assert set(vault.conflicts()) == expected
    assert {e.path for e in vault.scan()} == set(names)
    assert all((vault.root / name).exists() for name in names)


# --- disks that refuse writes -------------------------------------------------------------


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A 64 KB tmpfs: a disk that really fills up (needs mount rights, else skipped)."""
    mount_point = tmp_path / "tiny"
    mount_point.mkdir()
    if shutil.which("mount") is None:
        pytest.skip("no mount command to make a small disk")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount_point)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a 64 KB tmpfs to fill a disk honestly: {done.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", str(mount_point)], check=True)


def test_full_disk_leaves_the_previous_version_and_no_temp_file(tiny_disk: Path) -> None:
    vault = Vault.open(tiny_disk)
    stamp = vault.save(NOTE, "small note", expected=None)
    with pytest.raises(VaultWriteError) as info:
        vault.save(NOTE, "x" * 200_000, expected=stamp)
    assert str(info.value) == (
        "The disk is full: note.md was not saved; the previous version is untouched. "
        "Free some space and try again."
    )
    assert (tiny_disk / NOTE).read_text() == "small note"
    assert sorted(p.name for p in tiny_disk.iterdir()) == ["note.md"]
    with pytest.raises(VaultWriteError, match=r"The disk is full: Big\.md was not created"):
        vault.create("", "Big", "y" * 200_000)
    assert sorted(p.name for p in tiny_disk.iterdir()) == ["note.md"]


def test_read_only_disk_is_named_as_such(tiny_disk: Path) -> None:
    vault = Vault.open(tiny_disk)
    stamp = vault.save(NOTE, "kept", expected=None)
    subprocess.run(["mount", "-o", "remount,ro", str(tiny_disk)], check=True)
    with pytest.raises(VaultWriteError, match=r"The disk is read-only: note\.md was not saved"):
        vault.save(NOTE, "new", expected=stamp)
    assert (tiny_disk / NOTE).read_text() == "kept"
    with pytest.raises(VaultError, match="may not write to the vault folder"):
        Vault.open(tiny_disk)


NOBODY = 65534


def run_unprivileged(work: Callable[[], dict[str, str]]) -> dict[str, str]:
    """Run `work` in a forked child that is `nobody` when the tests run as root.

    Root ignores file permissions, so a permission test as root proves nothing;
    fork + setuid (not a new interpreter, which lives where `nobody` cannot read).
    """
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: report everything through the pipe, never return into pytest
        try:
            os.close(read_end)
            if os.geteuid() == 0:
                os.setgroups([])
                os.setgid(NOBODY)
                os.setuid(NOBODY)
            result = work()
        except BaseException as exc:  # noqa: BLE001 - any failure goes back to the parent
            result = {"error": repr(exc)}
        os.write(write_end, json.dumps(result).encode())
        os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        output = pipe.read()
    os.waitpid(pid, 0)
    return dict(json.loads(output))


def save_and_rename_unprivileged(root: Path) -> dict[str, str]:
    vault = Vault.open(root)
    results = {}
    _, stamp = vault.read(NotePath("locked/note.md"))
    try:
        vault.save(NotePath("locked/note.md"), "ours", expected=stamp)
    except VaultError as exc:
        results["save"] = str(exc)
    vault.rename(NotePath("rootowned.md"), NotePath("moved.md"))
    try:
        vault.rename(NotePath("moved.md"), NotePath("taken.md"))
    except VaultError as exc:
        results["taken"] = type(exc).__name__
    return results


def test_permission_denied_and_renames_without_hard_links() -> None:
    """As an unprivileged user: a folder that refuses writes, and links the kernel refuses.

    Run as root, the child is `nobody`, and Linux's protected_hardlinks refuses to
    link a file `nobody` does not own: that exercises the rename path used on disks
    without hard links (FAT, exFAT, SMB).
    """
    as_root = os.geteuid() == 0
    if as_root and Path("/proc/sys/fs/protected_hardlinks").read_text().strip() != "1":
        pytest.skip("fs.protected_hardlinks is off, so links cannot be refused here")
    with tempfile.TemporaryDirectory() as base:  # tmp_path's parents are closed to `nobody`
        root = Path(base) / "vault"
        (root / "locked").mkdir(parents=True)
        Path(base).chmod(0o755)
        root.chmod(0o777)
        (root / "locked" / "note.md").write_text("original")
        (root / "locked" / "note.md").chmod(0o666)
        (root / "locked").chmod(0o555)
        (root / "rootowned.md").write_text("owned by someone else")
        (root / "rootowned.md").chmod(0o644)
        (root / "taken.md").write_text("taken")
        try:
            results = run_unprivileged(lambda: save_and_rename_unprivileged(root))
        finally:
            (root / "locked").chmod(0o755)
        assert results == {
            "save": (
                "Ponder is not allowed to write there: locked/note.md was not saved; "
                "the previous version is untouched. Check the folder's permissions."
            ),
            "taken": "NoteExistsError",
        }
        assert (root / "locked" / "note.md").read_text() == "original"
        assert [p.name for p in (root / "locked").iterdir()] == ["note.md"]
        assert (root / "moved.md").read_text() == "owned by someone else"
        assert not (root / "rootowned.md").exists()
        assert (root / "taken.md").read_text() == "taken"

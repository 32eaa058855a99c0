"""VaultWatcher against real watchdog observers and real files: what settles, what is verified."""

from __future__ import annotations

import errno
import logging
import os
import queue
import shutil
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from ponder.core.model import NotePath, content_digest
from ponder.core.watch import VaultWatcher, WatchBatch, _limit_warning, watch_limits

QUIET = 0.1
TIMEOUT = 5.0

# watchdog 7.1 races with itself when nested folders appear quickly (`mkdir -p a/b`): the
# watch group registers the inner folder twice and warns "Callback with id ... already
# exists". Harmless, but filterwarnings=error would turn it into a dead reader thread.
pytestmark = pytest.mark.filterwarnings("ignore:Callback with id:RuntimeWarning")
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="inotify is Linux's")


@dataclass
class Seen:
    """Every batch merged together, so assertions do not depend on how a burst was split."""

    changed: set[str] = field(default_factory=set)
    removed: set[str] = field(default_factory=set)
    suspected: set[str] = field(default_factory=set)
    reasons: list[str] = field(default_factory=list)
    batches: int = 0

    def add(self, batch: WatchBatch) -> None:
        self.changed |= batch.changed
        self.removed |= batch.removed
        self.suspected |= batch.suspected_mass_removal
        if batch.rescan_reason:
            self.reasons.append(batch.rescan_reason)
        self.batches += 1


class Vault:
    """A vault folder, the library's view of it (path → digest), and the batches received."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.known: dict[NotePath, str] = {}
        self.batches: queue.Queue[WatchBatch] = queue.Queue()
        self.watcher: VaultWatcher | None = None

    def write(self, relative: str, text: str, *, known: bool = False) -> Path:
        path = self.root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        if known:
            self.know(relative, text)
        return path

    def know(self, relative: str, text: str) -> None:
        self.known[NotePath(relative)] = content_digest(text.encode())

    def start(self, **options: object) -> VaultWatcher:
        watcher = VaultWatcher(
            self.root,
            self.batches.put,
            known_digest=self.known.get,
            note_count=lambda: len(self.known),
            known_paths=lambda: list(self.known),
            quiet_seconds=QUIET,
            **options,  # type: ignore[arg-type]
        )
        watcher.start()
        self.watcher = watcher
        return watcher

    def until(self, done: Callable[[Seen], bool], timeout: float = TIMEOUT) -> Seen:
        """Collect batches until `done` holds, failing after `timeout` seconds."""
        seen = Seen()
        end = time.monotonic() + timeout
        while not done(seen):
            remaining = end - time.monotonic()
            if remaining <= 0:
                pytest.fail(f"the watcher did not report the expected change in time: {seen}")
            try:
                seen.add(self.batches.get(timeout=remaining))
            except queue.Empty:
                continue
        return seen

    def quiet_for(self, seconds: float) -> Seen:
        """Whatever arrives within `seconds` (for asserting that nothing more comes)."""
        seen = Seen()
        end = time.monotonic() + seconds
        while (remaining := end - time.monotonic()) > 0:
            try:
                seen.add(self.batches.get(timeout=remaining))
            except queue.Empty:
                break
        return seen


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    root = tmp_path / "vault"
    root.mkdir()
    made = Vault(root)
    yield made
    if made.watcher is not None:
        made.watcher.stop()


def changed(*paths: str) -> Callable[[Seen], bool]:
    return lambda seen: set(paths) <= seen.changed


# -- ordinary edits -----------------------------------------------------------------------------


def test_in_place_write_is_changed(vault: Vault) -> None:
    note = vault.write("notes/a.md", "one\n", known=True)
    vault.start()
    with note.open("a", encoding="utf-8") as out:
        out.write("two\n")
    seen = vault.until(changed("notes/a.md"))
    assert seen.removed == set()
    assert seen.suspected == set()


def test_temp_then_rename_save_is_changed(vault: Vault) -> None:
    vault.write("a.md", "old\n", known=True)
    vault.start()
    temp = vault.write(".a.md.x.tmp", "new\n")
    temp.replace(vault.root / "a.md")
    seen = vault.until(changed("a.md"))
    assert seen.changed == {"a.md"}
    assert seen.removed == set()


def test_vim_style_delete_then_create_is_changed_never_removed(vault: Vault) -> None:
    vault.write("a.md", "old\n", known=True)
    vault.start()
    (vault.root / "a.md").unlink()
    time.sleep(0.03)
    vault.write("a.md", "new\n")
    seen = vault.until(changed("a.md"))
    seen_after = vault.quiet_for(3 * QUIET)
    assert "a.md" not in seen.removed | seen_after.removed
    assert "a.md" not in seen.suspected | seen_after.suspected


def test_vim_backup_rename_then_write_is_changed(vault: Vault) -> None:
    """vim with `backup` on renames the note to `a.md~` and writes a fresh `a.md`."""
    vault.write("a.md", "old\n", known=True)
    vault.start()
    (vault.root / "a.md").rename(vault.root / "a.md~")
    vault.write("a.md", "new\n")
    seen = vault.until(changed("a.md"))
    assert seen.removed == set()
    assert seen.changed == {"a.md"}


def test_new_note_and_single_deletion(vault: Vault) -> None:
    for name in ("a", "b", "c", "d"):
        vault.write(f"{name}.md", f"{name}\n", known=True)
    vault.start()
    vault.write("new.md", "hello\n")
    (vault.root / "b.md").unlink()
    seen = vault.until(lambda s: "new.md" in s.changed and "b.md" in s.removed)
    assert seen.suspected == set()
    assert seen.changed == {"new.md"}


def test_deleting_an_unknown_file_reports_nothing(vault: Vault) -> None:
    vault.write("draft.md", "never indexed\n")
    vault.start()
    (vault.root / "draft.md").unlink()
    vault.write("control.md", "x\n")
    seen = vault.until(changed("control.md"))
    assert seen.removed == set()
    assert seen.changed == {"control.md"}


def test_file_rename_removes_old_and_changes_new(vault: Vault) -> None:
    vault.write("old name.md", "text\n", known=True)
    vault.start()
    (vault.root / "old name.md").rename(vault.root / "new name.md")
    seen = vault.until(lambda s: "old name.md" in s.removed and "new name.md" in s.changed)
    assert seen.suspected == set()


# -- suppression and filtering ------------------------------------------------------------------


def test_own_write_is_suppressed(vault: Vault) -> None:
    vault.write("a.md", "old\n", known=True)
    vault.start()
    vault.know("a.md", "ours\n")  # the library records its digest before replacing the file
    temp = vault.write(".ponder-a.md.tmp", "ours\n")
    temp.replace(vault.root / "a.md")
    time.sleep(3 * QUIET)
    vault.write("control.md", "x\n")
    seen = vault.until(changed("control.md"))
    assert seen.changed == {"control.md"}
    assert seen.removed == set()


def test_no_op_touch_and_same_bytes_rewrite_are_suppressed(vault: Vault) -> None:
    note = vault.write("a.md", "same\n", known=True)
    vault.start()
    os.utime(note)
    note.write_text("same\n", encoding="utf-8")
    time.sleep(3 * QUIET)
    vault.write("control.md", "x\n")
    seen = vault.until(changed("control.md"))
    assert seen.changed == {"control.md"}


def test_swap_temp_and_partial_files_are_ignored(vault: Vault) -> None:
    vault.start()
    for name in (
        ".a.md.swp",
        "a.md.swx",
        "a.md~",
        "4913",
        "a.md.part",
        "a.md.tmp",
        ".syncthing.a.md.tmp",
        "~syncthing~a.md.tmp",
        ".#a.md",
        "#a.md#",
        "picture.png",
    ):
        vault.write(name, "junk\n")
    vault.write("control.md", "x\n")
    seen = vault.until(changed("control.md"))
    assert seen.changed == {"control.md"}


def test_hidden_folders_are_ignored(vault: Vault) -> None:
    (vault.root / ".git").mkdir()
    vault.start()
    vault.write(".git/a.md", "x\n")
    vault.write(".obsidian/b.md", "x\n")
    vault.write(".trash/c.md", "x\n")
    vault.write("notes/.hidden/d.md", "x\n")
    outside = vault.root.parent / "moved-hidden"
    outside.mkdir()
    (outside / "e.md").write_text("x\n", encoding="utf-8")
    outside.rename(vault.root / ".stfolder")
    vault.write("control.md", "x\n")
    seen = vault.until(changed("control.md"))
    assert seen.changed == {"control.md"}


# -- folders ------------------------------------------------------------------------------------


def test_folder_moved_in_reports_all_its_notes(vault: Vault) -> None:
    vault.start()
    outside = vault.root.parent / "elsewhere"
    for relative in ("a.md", "sub/b.md", "sub/deeper/c.md", "sub/.swp", "sub/picture.png"):
        (outside / relative).parent.mkdir(parents=True, exist_ok=True)
        (outside / relative).write_text(relative, encoding="utf-8")
    outside.rename(vault.root / "imported")
    expected = {"imported/a.md", "imported/sub/b.md", "imported/sub/deeper/c.md"}
    seen = vault.until(changed(*expected))
    assert seen.changed == expected


def test_folder_moved_out_removes_its_known_notes(vault: Vault) -> None:
    for relative in ("keep.md", "project/a.md", "project/sub/b.md"):
        vault.write(relative, relative, known=True)
    vault.start()
    (vault.root / "project").rename(vault.root.parent / "archive")
    expected = {"project/a.md", "project/sub/b.md"}
    seen = vault.until(lambda s: expected <= s.removed)
    assert seen.removed == expected
    assert seen.changed == set()


def test_folder_renamed_inside_removes_old_and_changes_new(vault: Vault) -> None:
    for relative in ("old/a.md", "old/sub/b.md"):
        vault.write(relative, relative, known=True)
    vault.start()
    (vault.root / "old").rename(vault.root / "new")
    seen = vault.until(
        lambda s: (
            {"old/a.md", "old/sub/b.md"} <= s.removed and {"new/a.md", "new/sub/b.md"} <= s.changed
        )
    )
    assert seen.suspected == set()


# -- mass disappearance -------------------------------------------------------------------------


def test_mass_disappearance_is_suspected_not_removed(vault: Vault) -> None:
    for i in range(300):
        vault.write(f"synced/n{i:03}.md", f"note {i}\n", known=True)
    vault.write("other.md", "stays\n", known=True)
    vault.start()
    shutil.rmtree(vault.root / "synced")
    seen = vault.until(lambda s: len(s.suspected) == 300)
    assert seen.removed == set()
    assert seen.suspected == {f"synced/n{i:03}.md" for i in range(300)}


def test_losing_most_of_a_small_vault_is_suspected(vault: Vault) -> None:
    for i in range(30):
        vault.write(f"n{i}.md", f"note {i}\n", known=True)
    vault.start()
    for i in range(20):
        (vault.root / f"n{i}.md").unlink()
    seen = vault.until(lambda s: len(s.suspected) == 20)
    assert seen.removed == set()


def test_mass_thresholds_are_parameters(vault: Vault) -> None:
    for i in range(30):
        vault.write(f"n{i}.md", f"note {i}\n", known=True)
    vault.start(mass_count=1000, mass_fraction=0.9)
    for i in range(20):
        (vault.root / f"n{i}.md").unlink()
    seen = vault.until(lambda s: len(s.removed) == 20)
    assert seen.suspected == set()


# -- errors, overflow, fallbacks ----------------------------------------------------------------


@linux_only
def test_inotify_overflow_asks_for_a_rescan_and_keeps_watching(vault: Vault) -> None:
    """A real kernel overflow: the reader is held while far more events than the kernel's
    queue holds (fs.inotify.max_queued_events) pile up, then let go."""
    from watchdog.observers.inotify_c import InotifyFD

    limit = int(Path("/proc/sys/fs/inotify/max_queued_events").read_text())
    before = set(threading.enumerate())
    watcher = vault.start()
    assert watcher.mode == "inotify"
    readers = [t for t in threading.enumerate() if isinstance(t, InotifyFD) and t not in before]
    assert len(readers) == 1
    # watchdog's reader takes this lock for every event it hands on: holding it stalls the
    # reader after its first buffer, and the kernel queues the rest until it overflows.
    with readers[0]._lock:
        a, b = vault.root / "storm-a.md", vault.root / "storm-b.md"
        for i in range(limit + 2_000):  # alternating files: the kernel merges identical events
            (a if i % 2 else b).write_bytes(b"x")
    seen = vault.until(lambda s: bool(s.reasons), timeout=30)
    assert "overflow" in seen.reasons[0]
    vault.write("after.md", "x\n")
    vault.until(changed("after.md"))
    assert readers[0].is_alive(), "the reader that saw the overflow keeps reading"


def test_vault_folder_vanishing_asks_for_rescan_and_resumes(vault: Vault) -> None:
    vault.write("a.md", "x\n", known=True)
    vault.start()
    shutil.rmtree(vault.root)
    seen = vault.until(lambda s: any("vault folder" in r for r in s.reasons))
    assert "a.md" not in seen.changed
    vault.root.mkdir()
    vault.until(lambda s: any("resumed" in r for r in s.reasons))
    vault.write("back.md", "x\n")
    vault.until(changed("back.md"))


def test_polling_mode_sees_changes(vault: Vault) -> None:
    vault.write("a.md", "old\n", known=True)
    watcher = vault.start(force_polling=True, poll_seconds=0.2)
    assert watcher.mode == "polling"
    assert watcher.warning is None
    temp = vault.write(".a.md.tmp", "new\n")
    temp.replace(vault.root / "a.md")
    vault.write("sub/b.md", "b\n")
    seen = vault.until(changed("a.md", "sub/b.md"))
    assert seen.removed == set()


def test_on_batch_raising_is_logged_and_watching_goes_on(
    vault: Vault, caplog: pytest.LogCaptureFixture
) -> None:
    calls: queue.Queue[WatchBatch] = queue.Queue()

    def on_batch(batch: WatchBatch) -> None:
        calls.put(batch)
        if calls.qsize() == 1:
            raise RuntimeError("library exploded")

    watcher = VaultWatcher(
        vault.root,
        on_batch,
        known_digest=vault.known.get,
        note_count=lambda: 0,
        known_paths=list,
        quiet_seconds=QUIET,
    )
    vault.watcher = watcher
    with caplog.at_level(logging.ERROR, logger="ponder.watch"):
        watcher.start()
        vault.write("first.md", "1\n")
        assert calls.get(timeout=TIMEOUT).changed == {"first.md"}
        vault.write("second.md", "2\n")
        assert calls.get(timeout=TIMEOUT).changed == {"second.md"}
    assert any("on_batch raised" in r.getMessage() for r in caplog.records)


def test_missing_vault_folder_is_a_clear_error(tmp_path: Path) -> None:
    watcher = VaultWatcher(
        tmp_path / "nowhere",
        print,
        known_digest=lambda _p: None,
        note_count=lambda: 0,
        known_paths=list,
    )
    with pytest.raises(FileNotFoundError, match="vault folder"):
        watcher.start()


# -- lifecycle ----------------------------------------------------------------------------------


def test_stop_is_prompt_idempotent_and_leaves_no_threads(vault: Vault) -> None:
    before = set(threading.enumerate())
    watcher = vault.start()
    vault.write("a.md", "x\n")
    vault.until(changed("a.md"))
    started = time.monotonic()
    watcher.stop()
    assert time.monotonic() - started < 1.0
    watcher.stop()
    left = [t for t in threading.enumerate() if t not in before and t.is_alive()]
    assert left == []


@linux_only
def test_context_manager_and_process_exit(tmp_path: Path) -> None:
    script = textwrap.dedent(
        """
        import queue, sys
        from pathlib import Path
        from ponder.core.watch import VaultWatcher

        root = Path(sys.argv[1])
        got = queue.Queue()
        options = dict(known_digest=lambda p: None, note_count=lambda: 0, known_paths=list,
                       quiet_seconds=0.05)
        with VaultWatcher(root, got.put, **options) as watcher:
            (root / "a.md").write_text("x")
            print(sorted(got.get(timeout=5).changed), watcher.mode)
        VaultWatcher(root, got.put, **options).start()  # never stopped: must not hang the exit
        """
    )
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=20,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "['a.md'] inotify"
    assert time.monotonic() - started < 10


@pytest.mark.parametrize(
    ("code", "setting"),
    [
        (errno.ENOSPC, "fs.inotify.max_user_watches"),
        (errno.EMFILE, "fs.inotify.max_user_instances"),
    ],
)
def test_limit_warning_names_the_setting_and_how_to_raise_it(code: int, setting: str) -> None:
    """The limits are per user and shared with every program: not exhausted here on purpose."""
    warning = _limit_warning(OSError(code, os.strerror(code)), 2.0)
    assert warning is not None
    assert f"sudo sysctl {setting}=" in warning
    assert "every 2 s" in warning
    assert _limit_warning(OSError(errno.EACCES, "denied"), 2.0) is None


def test_a_watcher_starts_only_once(vault: Vault) -> None:
    watcher = vault.start()
    with pytest.raises(RuntimeError, match="only once"):
        watcher.start()
    watcher.stop()
    with pytest.raises(RuntimeError, match="only once"):
        watcher.start()


def test_watch_limits_reads_the_kernel_settings() -> None:
    limits = watch_limits()
    assert set(limits) == {"max_user_watches", "max_user_instances"}
    if Path("/proc/sys/fs/inotify/max_user_watches").exists():
        assert all(isinstance(v, int) and v > 0 for v in limits.values())

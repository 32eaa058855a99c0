"""`ponder doctor`: check the vault, index, keyring and watcher, and list problem files.

Two grades: a *warning* (no secure keyring, sync conflict copies, a low inotify limit, a
read-only index) leaves Ponder working and the report healthy; an *error* or a problem file
(Ponder cannot save, or cannot read a note) makes it unhealthy.
"""

from __future__ import annotations

import enum
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ponder.core import handover, logfiles
from ponder.core.library import Library
from ponder.core.model import Problem
from ponder.core.note_guard import parse_isolated, unusable_name
from ponder.core.share.credentials import CredentialStore
from ponder.core.unicode_text import shown
from ponder.core.vault import NoteReadError
from ponder.core.watch import watch_limits


class Status(enum.StrEnum):
    OK = "ok"
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True, slots=True)
class Check:
    """One line of the report: what was checked, how it went, and what to do."""

    name: str
    status: Status
    detail: str


@dataclass(frozen=True, slots=True)
class Report:
    checks: tuple[Check, ...]
    problems: tuple[Problem, ...] = field(default=())

    @property
    def healthy(self) -> bool:
        """No errors and no problem files; warnings do not count."""
        return not self.problems and all(c.status is not Status.ERROR for c in self.checks)

    @property
    def warnings(self) -> tuple[Check, ...]:
        return tuple(c for c in self.checks if c.status is Status.WARNING)


def examine(
    library: Library,
    settings_problems: tuple[str, ...] = (),
    *,
    progress: Callable[[int, int], None] | None = None,
    config_dir: Path | None = None,
    log_dir: Path | None = None,
) -> Report:
    """Run every check; reads each note once to find the ones Ponder cannot use.
    `config_dir` names the window's hand-over channel; `log_dir` the log folder to report."""
    notes, problems = _problem_files(library, progress)
    checks = [
        _vault_check(library, notes),
        _index_check(library),
        _conflicts_check(library),
        keyring_check(),
        _watcher_check(library),
    ]
    if config_dir is not None:
        checks.append(_channel_check(config_dir))
    checks.append(_log_check(logfiles.log_dir() if log_dir is None else log_dir))
    checks.extend(Check("settings", Status.WARNING, text) for text in settings_problems)
    return Report(tuple(checks), tuple(problems))


def _problem_files(
    library: Library, progress: Callable[[int, int], None] | None
) -> tuple[int, list[Problem]]:
    entries = list(library.scan())
    problems: list[Problem] = []
    for done, entry in enumerate(entries, 1):
        if (reason := unusable_name(entry.path)) is not None:
            problems.append(Problem(shown(entry.path), reason))
            continue
        try:
            text, stamp = library.read_text(entry.path)
        except NoteReadError as exc:
            problems.append(Problem(entry.path, exc.reason))
        else:
            parsed = parse_isolated(entry.path, text, stamp)
            if isinstance(parsed, str):
                problems.append(Problem(entry.path, parsed))
            elif parsed.problem is not None:
                problems.append(Problem(entry.path, parsed.problem))
        if progress is not None and (done % 500 == 0 or done == len(entries)):
            progress(done, len(entries))
    # Notes the index refused (only indexing finds those) are listed as well.
    listed = {p.path for p in problems}
    problems.extend(p for p in library.problems() if p.path not in listed)
    return len(entries), problems


def _vault_check(library: Library, notes: int) -> Check:
    root = library.root
    if not os.access(root, os.W_OK):
        return Check(
            "vault", Status.ERROR, f"{root} is not writable: Ponder can read but not save notes."
        )
    cleaned = library.cleaned_temp_files
    extra = f"; removed {cleaned} stale temporary files" if cleaned else ""
    return Check("vault", Status.OK, f"{root}: {notes} notes{extra}")


def _index_check(library: Library) -> Check:
    status = library.index_status()
    count, where = status.notes, status.directory
    if status.readonly:
        return Check(
            "index",
            Status.WARNING,
            f"{where}: another Ponder is writing this index; only read it ({count} notes).",
        )
    reason = status.rebuilt_reason
    rebuilt = f"; rebuilt at open ({reason})" if reason else ""
    return Check("index", Status.OK, f"{where}: {count} notes indexed{rebuilt}")


def _conflicts_check(library: Library) -> Check:
    conflicts = library.conflicts()
    if not conflicts:
        return Check("sync conflicts", Status.OK, "none")
    listed = "; ".join(f"{c.path} ({c.tool} copy of {c.original})" for c in conflicts[:10])
    more = f" and {len(conflicts) - 10} more" if len(conflicts) > 10 else ""
    return Check(
        "sync conflicts",
        Status.WARNING,
        f"{len(conflicts)} conflict copies: {listed}{more}. Compare each with its original and "
        "delete the one you do not want; Ponder never merges them.",
    )


def keyring_check(credentials: CredentialStore | None = None) -> Check:
    """Which keyring backend secrets go to, and whether they outlive this session there."""
    store = credentials if credentials is not None else CredentialStore()
    status = store.status
    if store.warning is not None:
        return Check("keyring", Status.WARNING, f"{status.name}: {store.warning}")
    return Check("keyring", Status.OK, f"{status.name}: account secrets are kept there")


def _watcher_check(library: Library) -> Check:
    limits = watch_limits()
    folders = sum(1 for _ in _folders(library.root))
    watches = limits.get("max_user_watches")
    if watches is not None and folders > watches // 2:
        return Check(
            "watcher",
            Status.WARNING,
            f"{folders} folders to watch but fs.inotify.max_user_watches is {watches}; raise it "
            "(sudo sysctl fs.inotify.max_user_watches=524288) or Ponder falls back to polling.",
        )
    shown = ", ".join(f"{k}={v}" for k, v in limits.items())
    return Check("watcher", Status.OK, f"{folders} folders; {shown or 'no inotify limits found'}")


def _channel_check(config_dir: Path) -> Check:
    try:
        path = handover.socket_path(str(config_dir))
    except handover.ChannelError as exc:
        return Check("window channel", Status.WARNING, f"{exc} Each launch opens its own window.")
    return Check("window channel", Status.OK, f"{path.parent} (private to you)")


def _log_check(folder: Path) -> Check:
    if folder.is_dir() and not os.access(folder, os.W_OK):
        return Check("log", Status.WARNING, f"{folder} is not writable: Ponder runs without a log.")
    return Check("log", Status.OK, f"{folder} (window.log, cli.log; send these with a report)")


def _folders(root: os.PathLike[str]) -> list[str]:
    out: list[str] = []
    for dirpath, dirnames, _files in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        out.append(dirpath)
    return out

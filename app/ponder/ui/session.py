"""One open vault in the window: library, task runner, settings and the change broadcast."""

from __future__ import annotations

import functools
import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal, Slot

from ponder.core import settings as settings_store
from ponder.core.chores import Chores, place_of
from ponder.core.library import Library, ReconcileReport
from ponder.core.model import Changes
from ponder.core.settings import Dirs, Settings
from ponder.core.watch import VaultWatcher
from ponder.ui.core_text import core_text
from ponder.ui.operations import Operation, Outcome, Runs, UndoStep
from ponder.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from ponder.core.share.credentials import CredentialStore

log = logging.getLogger("ponder.session")

R = TypeVar("R", bound=Outcome)


class Session(QObject):
    """Signals:
    - `changed(Changes, object)`: the one change broadcast; the second value is whoever caused
      it (a panel passes itself so it can ignore its own echo), None for outside edits.
    - `settings_changed(Settings)`
    - `reconcile_progress(int, int)`, `reconcile_finished(object)` (a ReconcileReport)
    - `problem(str)`: a sentence for the status bar.
    - `undoable(UndoStep)`: an operation that can be taken back has finished.
    - `busy(str)`, `idle(str)`: a long operation (its progress text) started, ended.
    """

    changed = Signal(object, object)
    settings_changed = Signal(object)
    reconcile_progress = Signal(int, int)
    reconcile_finished = Signal(object)
    problem = Signal(str)
    undoable = Signal(object)
    busy = Signal(str)
    idle = Signal(str)
    _outside_changes = Signal(object)

    def __init__(
        self,
        library: Library,
        runner: TaskRunner,
        settings: Settings,
        dirs: Dirs,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.runner = runner
        self.settings = settings
        self.dirs = dirs
        self.watcher: VaultWatcher | None = None
        self._watch_requested = False
        self.reconciling = False  # until then, answers from the index may be out of date
        self._credentials: CredentialStore | None = None
        self._credentials_lock = threading.Lock()
        self._closing = False
        self._chores = Chores()
        self._outside_changes.connect(self._on_outside_changes)

    # -- the change broadcast ------------------------------------------------------------------

    def run(self, op: Operation[R], initiator: object = None) -> Future[Any]:
        """Run one change to the notes (see ui/operations.py): every view hears of its Changes,
        with `initiator` as the cause. Call it on the UI thread, or from another thread when
        only the returned Future is waited on (the clip server)."""
        library = self.library
        submit = self.runner.write if op.runs is Runs.WRITER else self.runner.run
        if op.progress:
            self.busy.emit(op.progress)
        done = functools.partial(self._on_op_done, op, initiator)
        failed = functools.partial(self._on_op_failed, op)
        return submit(functools.partial(op.job, library), done, failed)

    def _on_op_done(self, op: Operation[R], initiator: object, result: R) -> None:
        if op.progress:
            self.idle.emit(op.progress)
        self._publish(result.changes, initiator)
        step: UndoStep | None = op.undo(result) if op.undo is not None else None
        if step is not None:
            self.undoable.emit(step)
        if op.on_done is not None:
            op.on_done(result)

    def _on_op_failed(self, op: Operation[R], error: BaseException) -> None:
        if op.progress:
            self.idle.emit(op.progress)
        if op.on_error is not None:
            op.on_error(error)
            return
        log.error("an operation failed", exc_info=error)
        failure = op.failure or self.tr("The notes could not be changed")
        self.problem.emit(f"{failure}: {error}")

    def _publish(self, changes: Changes, initiator: object = None) -> None:
        """Tell every view what changed; problems also go to the status bar. Private: faces
        change notes through `run`, which publishes for them."""
        if not changes:
            return
        self.changed.emit(changes, initiator)
        for problem in changes.problems:
            self.problem.emit(f"{problem.path}: {core_text(problem.reason)}")

    def outside_changes(self, changes: Changes) -> None:
        """Changes the core made on a thread of its own (the clip server's API), told to every
        view as the watcher's are. Safe to call from any thread."""
        self._outside_changes.emit(changes)

    @Slot(object)
    def _on_outside_changes(self, changes: Changes) -> None:
        self._publish(changes, None)

    # -- background work -----------------------------------------------------------------------

    def write(
        self,
        work: Callable[[Library], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run work that changes no note on the single writer thread (attachments, feed
        settings). Anything that changes notes is an Operation: `run` tells the views."""
        library = self.library
        self.runner.write(lambda: work(library), on_done, on_error)

    def read(
        self,
        work: Callable[[Library], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        channel: str | None = None,
        background: bool = False,
    ) -> None:
        """Run a read (search, load) in the pool; with a channel, only the newest result lands.
        With `background`, it waits its turn in the housekeeping lane: at start-up, loads no
        one waits for run one at a time there, so the window's thread competes with one
        thread for the interpreter, not three (each paint call waits for its turn)."""
        job = functools.partial(work, self.library)
        self.runner.run(job, on_done, on_error, channel=channel, background=background)

    def chore(
        self,
        work: Callable[[Library], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        channel: str | None = None,
    ) -> None:
        """Run a read of the whole vault no one waits for (Today's summary) in a process of
        its own (core/chores.py), so it never holds the window's interpreter; one at a time,
        on the runner's background lane. `work` is a picklable function of the core."""
        place = place_of(self.library)
        if place is None:  # an index without a folder (a test's stand-in): read it here
            job = functools.partial(work, self.library)
        else:
            job = functools.partial(self._chores.run, place, work)
        self.runner.run(job, on_done, on_error, channel=channel, background=True)

    def reconcile(self) -> None:
        """Catch the index up with the files in the background, with progress."""
        self.reconciling = True
        self.write(
            lambda lib: lib.reconcile(self.reconcile_progress.emit),
            self._on_reconciled,
            self._on_reconcile_failed,
        )

    def _on_reconcile_failed(self, error: BaseException) -> None:
        self.reconciling = False
        log.error("catching the index up failed", exc_info=error)
        self.problem.emit(f"The search index could not catch up with the files: {error}")

    def _on_reconciled(self, report: ReconcileReport) -> None:
        self.reconciling = False
        self.reconcile_finished.emit(report)
        self._publish(report.changes, None)

    def start_watching(self) -> None:
        """Follow outside edits. Watching starts on the writer thread (adding a watch to every
        folder of a large vault takes a while); batches hop back here by signal."""
        if self.watcher is None and not self._watch_requested:
            self._watch_requested = True
            self.write(self._open_watcher, self._on_watching)

    def _open_watcher(self, library: Library) -> str | None:
        if self._closing:
            return None
        self.watcher = library.watch(self._outside_changes.emit)
        return self.watcher.warning

    def _on_watching(self, warning: str | None) -> None:
        if warning:
            self.problem.emit(warning)

    def credentials(self) -> CredentialStore:
        """The one store of secrets for this window: share accounts and the clip server's
        token. Made on first use; call it off the UI thread (the keyring may block)."""
        with self._credentials_lock:
            if self._credentials is None:
                from ponder.core.share.credentials import CredentialStore

                self._credentials = CredentialStore()
            return self._credentials

    # -- settings ------------------------------------------------------------------------------

    def update_settings(self, settings: Settings) -> None:
        if settings == self.settings:
            return
        self.settings = settings
        settings_store.save(self.dirs.settings_file, settings)
        self.settings_changed.emit(settings)

    def close(self) -> None:
        """Stop watching, finish queued writes, close the index."""
        self._closing = True
        self._stop_watcher()
        self._chores.stop()  # a whole-vault read would keep the close waiting
        self.runner.shutdown()
        self._stop_watcher()  # one the writer thread started while shutting down
        self.library.close()

    def _stop_watcher(self) -> None:
        if self.watcher is not None:
            self.watcher.stop()
            self.watcher = None

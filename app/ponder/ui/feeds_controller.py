"""Feeds in the window: the Feeds view's commands run on the writer thread (they fetch and
write inbox notes), their changes are published once, and due feeds refresh in the background."""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from ponder.core.library import Library
from ponder.core.model import Changes
from ponder.ui.core_text import core_text
from ponder.ui.feeds_view import AUTO_REFRESH_MS, FIRST_REFRESH_MS, FeedsView
from ponder.ui.operations import Changed, Operation, only
from ponder.ui.session import Session

if TYPE_CHECKING:
    from ponder.core.capture.feeds.service import FeedService, Refreshed
    from ponder.core.capture.feeds.subscriptions import Subscription


class FeedsWindow(QDialog):
    """The Feeds view in a window of its own (not modal: the inbox stays usable beside it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Feeds"))
        self.view = FeedsView(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        self.resize(900, 600)


class FeedsController(QObject):
    """Signals: `message(str)` for the status bar; `refreshed()` after every refresh."""

    message = Signal(str)
    refreshed = Signal()

    def __init__(self, session: Session, parent: QWidget, *, auto_refresh: bool = True) -> None:
        super().__init__(parent)
        self.session = session
        self.parent_widget = parent
        self.window: FeedsWindow | None = None
        self._service: FeedService | None = None
        self._service_lock = threading.Lock()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._on_timer)
        if auto_refresh:
            self.timer.start(FIRST_REFRESH_MS)

    def service(self) -> FeedService:
        """Built on first use (feedparser loads then, not at start-up); the background
        refresh builds it on the writer thread, so the window never waits for the imports."""
        with self._service_lock:
            if self._service is None:
                from ponder.core.capture.address_policy import AddressPolicy
                from ponder.core.capture.feeds.service import FeedOptions, FeedService
                from ponder.core.capture.feeds.state import StateStore

                library = self.session.library
                store = StateStore.for_vault(library.root, self.session.dirs.state)
                local = self.session.settings.allow_local_addresses
                options = FeedOptions(policy=AddressPolicy(allow_local=local))
                self._service = FeedService(library, store, options)
            return self._service

    def open_view(self) -> FeedsWindow:
        if self.window is None:
            self.window = FeedsWindow(self.parent_widget)
            view = self.window.view
            view.follow_requested.connect(self.follow)
            view.refresh_requested.connect(self.refresh)
            view.read_requested.connect(self.mark_read)
            view.mute_requested.connect(self.mute)
            view.unsubscribe_requested.connect(self.unsubscribe)
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        self.reload()
        return self.window

    # -- commands (each runs on the writer thread) ---------------------------------------------

    def reload(self) -> None:
        if self.window is not None and self.window.isVisible():
            self._run(lambda service: service.statuses(), self._on_statuses)

    def stop(self) -> None:
        """No background refresh from now on (the window is closing)."""
        self.timer.stop()

    @Slot(str)
    def follow(self, url: str) -> None:
        self._say(self.tr("Looking for a feed at {url}…").format(url=url))
        self._run(lambda service: service.subscribe(url), self._on_followed)

    @Slot(object)
    def refresh(self, sub: Subscription | None) -> None:
        only = [sub] if sub is not None else None
        work = partial(_refresh, only=only, force=sub is not None)
        self._change(work, self._on_refreshed)

    @Slot(object)
    def mark_read(self, sub: Subscription) -> None:
        self._change(lambda service: only(service.mark_all_read(sub)), self._on_changes)

    @Slot(object, bool)
    def mute(self, sub: Subscription, muted: bool) -> None:
        self._run(lambda service: service.set_muted(sub, muted), self._after_edit)

    @Slot(object)
    def unsubscribe(self, sub: Subscription) -> None:
        self._run(lambda service: service.unsubscribe(sub), self._after_edit)

    def _run(self, work: Callable[[FeedService], Any], done: Callable[[Any], None]) -> None:
        service = self.service()
        self.session.write(lambda _library: work(service), done, self._on_failed)

    def _change(self, work: Callable[[FeedService], Any], done: Callable[[Any], None]) -> None:
        """Like `_run`, for work that changes notes: every view hears of it."""
        job = partial(_on_service, work=work, service=self.service)
        self.session.run(Operation(job, on_done=done, on_error=self._on_failed), self)

    # -- results (on the UI thread) -------------------------------------------------------------

    def _on_statuses(self, rows: list[Any]) -> None:
        if self.window is not None:
            self.window.view.show_statuses(rows)

    def _on_followed(self, result: tuple[Subscription, bool]) -> None:
        sub, new = result
        text = self.tr("Following {name}.") if new else self.tr("Already following {name}.")
        self._say(text.format(name=sub.name))
        if self.window is not None:
            self.window.view.address.clear()
        self.refresh(sub)

    def _on_refreshed(self, refreshed: Changed[list[Refreshed]]) -> None:
        from ponder.core.capture.feeds.service import FeedOutcome

        results = refreshed.value
        added = sum(len(result.added) for result in results)
        failed = [r for r in results if r.outcome is FeedOutcome.FAILED]
        if any(r.outcome is FeedOutcome.OFFLINE for r in results):
            self._say(self.tr("The computer is offline; feeds were not refreshed."))
        elif failed:
            text = self.tr("%n new item(s) in the inbox. Feeds not refreshed: {n}.", "", added)
            self._say(text.format(n=len(failed)))
        elif any(r.outcome not in (FeedOutcome.NOT_DUE, FeedOutcome.MUTED) for r in results):
            self._say(self.tr("%n new item(s) in the inbox.", "", added))
        self.refreshed.emit()
        self.reload()

    def _on_changes(self, _result: Changed[None]) -> None:
        self.reload()

    def _after_edit(self, _result: object) -> None:
        self.reload()

    def _on_failed(self, error: BaseException) -> None:
        self._say(core_text(error))

    def _say(self, text: str) -> None:
        self.message.emit(text)
        if self.window is not None:
            self.window.view.message.setText(text)

    @Slot()
    def _on_timer(self) -> None:
        self.timer.setInterval(AUTO_REFRESH_MS)
        self.refresh(None)


def _on_service(
    _library: Library, *, work: Callable[[FeedService], Any], service: Callable[[], FeedService]
) -> Any:
    return work(service())


def _refresh(
    service: FeedService, *, only: list[Subscription] | None, force: bool
) -> Changed[list[Refreshed]]:
    from ponder.core.capture.feeds.fetching import machine_online

    results = service.refresh(only, force=force, online=machine_online())
    changes = Changes()
    for result in results:
        changes = changes.merge(result.changes)
    return Changed(results, changes)

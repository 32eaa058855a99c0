"""Posts waiting for their time: the Scheduled view, and the runner that sends them.

The runner looks every `interval_ms` (and at once when started) for posts whose time has come.
One whose time came while this Ponder ran goes out by itself; one whose time passed while
Ponder was closed is asked about first. The clock is injected (tests pass their own).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ponder.core.library import Library
from ponder.core.model import Changes, NotePath
from ponder.ui.core_text import core_text
from ponder.ui.dates import short_moment
from ponder.ui.operations import Changed, Operation, only
from ponder.ui.prompter import Prompter
from ponder.ui.session import Session
from ponder.ui.share.service import ShareService

if TYPE_CHECKING:
    from ponder.core.share.schedule import Scheduled

Clock = Callable[[], datetime]
CHANNEL = "scheduled-posts"
INTERVAL_MS = 30_000
ROW = Qt.ItemDataRole.UserRole + 1


def _pending(library: Library) -> list[Scheduled]:
    """Reads only the drafts the index knows, not every note (it runs every 30 s)."""
    from ponder.core.share.schedule import pending_indexed

    return pending_indexed(library)


def _send(
    library: Library, *, item: Scheduled, service: ShareService, now: datetime
) -> Changed[str]:
    """Send one scheduled post (on the writer thread); its error, "" when it went out."""
    return Changed(_send_one(library, item, service, now), Changes(updated=frozenset({item.draft})))


def _send_one(library: Library, item: Scheduled, service: ShareService, now: datetime) -> str:
    from ponder.core.messages import said
    from ponder.core.share.channels import ChannelError
    from ponder.core.share.schedule import mark_failed, send_scheduled

    account = service.account(item.account)
    try:
        if account is None:
            raise ChannelError(f"There is no account called {item.account!r} any more.")
        channel = service.channel(item.account)
    except (ChannelError, ValueError) as exc:
        error = said(exc)  # the note keeps the core's English; the window translates below
        mark_failed(library, item, error)
        return error
    terms = service.session.settings.private_terms
    return send_scheduled(library, item, account, channel, private_terms=terms, now=now) or ""


def _cancel(library: Library, *, draft: str, account: str) -> Changed[None]:
    from ponder.core.share.schedule import unschedule

    return only(unschedule(library, NotePath(draft), account))


class ScheduleRunner(QObject):
    """Sends scheduled posts when their time comes. Signals: `sent(str title, str account,
    str error)` after each try ("" when it went out)."""

    sent = Signal(str, str, str)

    def __init__(
        self,
        session: Session,
        service: ShareService,
        prompter: Prompter,
        clock: Clock,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._service = service
        self._prompter = prompter
        self._clock = clock
        self.started = clock()
        self._asked: set[tuple[str, str]] = set()
        self._busy: set[tuple[str, str]] = set()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.timer.start()
        self.check()

    def now(self) -> datetime:
        return self._clock()

    @Slot()
    def check(self) -> None:
        if self._service.loaded:
            self._session.read(_pending, self._on_pending, channel=CHANNEL + "-runner")

    def _on_pending(self, items: list[Scheduled]) -> None:
        now = self._clock()
        for item in items:
            key = (item.draft, item.account)
            if item.at > now or item.error or key in self._busy:
                continue
            if item.missed(self.started):
                if key in self._asked:
                    continue  # asked once this run; it waits in the Scheduled view
                self._asked.add(key)
                question = self.tr(
                    "“{title}” was to be posted to {account} at {time}, while Ponder was "
                    "closed. Post it now?"
                ).format(title=item.title, account=item.account, time=short_moment(item.at))
                if not self._prompter.confirm(self.tr("Scheduled post"), question):
                    continue
            self.send_now(item)

    def send_now(self, item: Scheduled) -> None:
        key = (item.draft, item.account)
        self._busy.add(key)
        work = partial(_send, item=item, service=self._service, now=self._clock())
        done, failed = partial(self._on_sent, item), partial(self._on_failed, item)
        self._session.run(Operation(work, on_done=done, on_error=failed), self)

    def _on_sent(self, item: Scheduled, result: Changed[str]) -> None:
        self._busy.discard((item.draft, item.account))
        self.sent.emit(item.title, item.account, core_text(result.value))

    def _on_failed(self, item: Scheduled, error: BaseException) -> None:
        self._busy.discard((item.draft, item.account))
        self.sent.emit(item.title, item.account, core_text(error))


class ScheduledDialog(QDialog):
    """Every scheduled post, soonest first, with Post now and Cancel. Emits no signals."""

    def __init__(self, session: Session, runner: ScheduleRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("scheduledView")
        self.setWindowTitle(self.tr("Scheduled"))
        self._session = session
        self._runner = runner
        self.items: list[Scheduled] = []
        heading = QLabel(self.tr("Scheduled posts"), self)
        heading.setObjectName("dialogTitle")
        self.summary = QLabel(self)
        self.summary.setObjectName("hint")
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Scheduled posts"))
        self.tree.setHeaderLabels([self.tr("When"), self.tr("Account"), self.tr("Draft"),
                                   self.tr("State")])  # fmt: skip
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.post_now = QPushButton(self.tr("Post now"), self)
        self.cancel = QPushButton(self.tr("Cancel post"), self)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.post_now)
        row.addWidget(self.cancel)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        self.post_now.clicked.connect(self._on_post_now_clicked)
        self.cancel.clicked.connect(self._on_cancel_clicked)
        self.tree.currentItemChanged.connect(self._on_tree_current_changed)
        session.changed.connect(self._on_session_changed)
        runner.sent.connect(self._on_runner_sent)
        self._on_tree_current_changed()
        self.resize(820, 420)

    def refresh(self) -> None:
        self._session.read(_pending, self._on_pending, channel=CHANNEL)

    def current(self) -> Scheduled | None:
        item = self.tree.currentItem()
        return self.items[int(item.data(0, ROW))] if item is not None else None

    def _on_pending(self, items: list[Scheduled]) -> None:
        self.items = items
        self.tree.clear()
        now = self._runner.now()
        for number, item in enumerate(items):
            if item.error:
                state = self.tr("Not sent: {reason}").format(reason=item.error)
            elif item.at <= now:
                state = self.tr("Due — waiting for you to say yes")
            else:
                state = self.tr("Waiting")
            row = QTreeWidgetItem([short_moment(item.at), item.account, item.title, state])
            row.setData(0, ROW, number)
            row.setToolTip(3, state)
            self.tree.addTopLevelItem(row)
        self.summary.setText(
            self.tr("Scheduled: {n}. Each goes out when Ponder runs at or after its time.").format(
                n=len(items)
            )
            if items
            else self.tr("Nothing is scheduled. In the composer, choose Post later…")
        )
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)
        self._on_tree_current_changed()

    @Slot(object, object)
    def _on_session_changed(self, _changes: object, _initiator: object) -> None:
        if self.isVisible():
            self.refresh()

    @Slot(str, str, str)
    def _on_runner_sent(self, _title: str, _account: str, _error: str) -> None:
        if self.isVisible():
            self.refresh()

    @Slot()
    def _on_tree_current_changed(self) -> None:
        chosen = self.current()
        self.post_now.setEnabled(chosen is not None)
        self.cancel.setEnabled(chosen is not None)

    @Slot()
    def _on_post_now_clicked(self) -> None:
        chosen = self.current()
        if chosen is not None:
            self._runner.send_now(chosen)

    @Slot()
    def _on_cancel_clicked(self) -> None:
        chosen = self.current()
        if chosen is not None:
            work = partial(_cancel, draft=chosen.draft, account=chosen.account)
            self._session.run(Operation(work, on_done=self._on_cancelled), self)

    def _on_cancelled(self, _result: Changed[None]) -> None:
        self.refresh()

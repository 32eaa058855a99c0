"""Insights: every shared post with its response, sortable; a chart by week, network,
template, length, weekday or variant; one plain sentence on what works; and the refresher
that reads responses back in the background."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
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
from ponder.ui.dates import short_date
from ponder.ui.operations import Changed, Operation, only
from ponder.ui.prompter import Prompter
from ponder.ui.session import Session
from ponder.ui.share.response_chart import ResponseChart
from ponder.ui.share.service import ShareService
from ponder.ui.translations import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from ponder.core.share.backoff import Backoff
    from ponder.core.share.insights import PostRow
    from ponder.core.share.refresh import ReadOutcome

Clock = Callable[[], datetime]
CHANNEL = "insights"
REFRESH_MS = 5 * 60_000
"""How often the window looks for posts due a read (each post: at most every 15 minutes)."""
ROW = Qt.ItemDataRole.UserRole + 1
DRAFT_COLUMN = 175
_COUNT = re.compile(r"(\d+)\s*(like|boost|repl|reaction)", re.IGNORECASE)
_WHERE = re.compile(r"\b(?:in|at|on|from)\s+(?:the\s+)?(.+)$", re.IGNORECASE)
_GROUPINGS = {
    "week": QT_TRANSLATE_NOOP("InsightsDialog", "Over time (by week)"),
    "network": QT_TRANSLATE_NOOP("InsightsDialog", "By network"),
    "template": QT_TRANSLATE_NOOP("InsightsDialog", "By template"),
    "length": QT_TRANSLATE_NOOP("InsightsDialog", "By length"),
    "weekday": QT_TRANSLATE_NOOP("InsightsDialog", "By weekday"),
    "variant": QT_TRANSLATE_NOOP("InsightsDialog", "By variant"),
}
_COLUMNS = (
    QT_TRANSLATE_NOOP("InsightsDialog", "Draft"),
    QT_TRANSLATE_NOOP("InsightsDialog", "Network"),
    QT_TRANSLATE_NOOP("InsightsDialog", "Date"),
    QT_TRANSLATE_NOOP("InsightsDialog", "Template"),
    QT_TRANSLATE_NOOP("InsightsDialog", "Length"),
    QT_TRANSLATE_NOOP("InsightsDialog", "Likes"),
    QT_TRANSLATE_NOOP("InsightsDialog", "Boosts"),
    QT_TRANSLATE_NOOP("InsightsDialog", "Replies"),
    QT_TRANSLATE_NOOP("InsightsDialog", "Reactions"),
    QT_TRANSLATE_NOOP("InsightsDialog", "Variant"),
)


def _load(library: Library, *, now: datetime) -> tuple[list[PostRow], str]:
    from ponder.core.share.insights import rows, summary

    found = rows(library)
    return found, summary(found, now)


def _read(
    library: Library, *, service: ShareService, now: datetime, backoff: Backoff
) -> list[ReadOutcome]:
    """The network part, in the pool: nothing is written here."""
    from ponder.core.share.history import list_drafts
    from ponder.core.share.refresh import read_due

    drafts = [info.path for info in list_drafts(library) if info.shared]
    return read_due(library, drafts, lambda post: service.reader(post.account),
                    now=lambda: now, backoff=backoff)  # fmt: skip


def _store(
    library: Library, *, outcomes: list[ReadOutcome], service: ShareService
) -> Changed[None]:
    """The file part, on the writer thread."""
    from ponder.core.share.refresh import store

    return only(store(library, outcomes, secrets_for=lambda post: service.secrets(post.account)))


def parse_by_hand(text: str) -> tuple[str, dict[str, int]]:
    """("team meeting", {"replies": 3}) from "3 replies in the team meeting"."""
    names = {"like": "likes", "boost": "boosts", "repl": "replies", "reaction": "reactions"}
    counts = {names[m[2].lower()]: int(m[1]) for m in _COUNT.finditer(text)}
    where = _WHERE.search(text)
    return (where[1].strip() if where else "by hand"), counts


def _keep(library: Library, *, draft: str, account: str, url: str, keep: bool) -> Changed[None]:
    from ponder.core.share.responses import set_keep_replies, shared_posts

    posts = [p for p in shared_posts(library, NotePath(draft)) if p.key == (account, url)]
    return only(set_keep_replies(library, posts[0], keep) if posts else Changes())


def _record(library: Library, *, draft: str, text: str, now: datetime) -> Changed[None]:
    from ponder.core.share.responses import record_by_hand

    where, counts = parse_by_hand(text)
    draft_path = NotePath(draft)
    return only(record_by_hand(library, draft_path, where=where, counts=counts, note=text, at=now))


class ResponseRefresher(QObject):
    """Reads responses back every REFRESH_MS and on demand, one read at a time, with backoff
    per post. Signals: `refreshed()` after a round that changed a draft."""

    refreshed = Signal()

    def __init__(self, session: Session, service: ShareService, clock: Clock,
                 parent: QObject | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        from ponder.core.share.backoff import Backoff  # small: the channels load on first read

        self._session = session
        self._service = service
        self._clock = clock
        self._backoff = Backoff()
        self.running = False
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)

    def start(self) -> None:
        self.timer.start()

    @Slot()
    def refresh(self) -> None:
        if self.running or not self._service.loaded:
            return
        self.running = True
        work = partial(_read, service=self._service, now=self._clock(), backoff=self._backoff)
        self._session.read(work, self._on_read, self._on_failed)

    def _on_read(self, outcomes: list[ReadOutcome]) -> None:
        work = partial(_store, outcomes=outcomes, service=self._service)
        self._session.run(Operation(work, on_done=self._on_done, on_error=self._on_failed), self)

    def _on_done(self, _result: Changed[None]) -> None:
        self.running = False
        self.refreshed.emit()

    def _on_failed(self, _error: BaseException) -> None:
        self.running = False
        self.refreshed.emit()


class InsightsDialog(QDialog):
    """Signals: `draft_chosen(str path)` when a post's row is activated."""

    draft_chosen = Signal(str)

    def __init__(self, session: Session, refresher: ResponseRefresher, prompter: Prompter,
                 clock: Clock, parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("insightsView")
        self.setWindowTitle(self.tr("Insights"))
        self._session, self._refresher, self._prompter, self._clock = (
            session, refresher, prompter, clock)  # fmt: skip
        self.rows: list[PostRow] = []
        heading = QLabel(self.tr("What works"), self)
        heading.setObjectName("dialogTitle")
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Summary"))
        self.grouping = QComboBox(self)
        self.grouping.setAccessibleName(self.tr("Chart by"))
        for key, label in _GROUPINGS.items():
            self.grouping.addItem(self.tr(label), key)
        self.chart = ResponseChart(self)
        self.variants = QLabel(self)
        self.variants.setObjectName("hint")
        self.variants.setWordWrap(True)
        self.table = self._build_table()
        self.refresh_button = QPushButton(self.tr("Read responses now"), self)
        self.refresh_button.setToolTip(self.tr("Ask the networks that can tell (each post at "
                                               "most every 15 minutes)"))  # fmt: skip
        self.record_button = QPushButton(self.tr("Record by hand…"), self)
        self.record_button.setToolTip(self.tr("A response Ponder cannot read, e.g. in a meeting"))
        self.keep_button = QPushButton(self.tr("Keep replies as notes"), self)
        self.keep_button.setCheckable(True)
        self.keep_button.setToolTip(self.tr("Save this post's replies as quoted notes, linked "
                                            "from the draft and its sources"))  # fmt: skip
        self._lay_out(heading)
        self.grouping.currentIndexChanged.connect(self._show_chart)
        self.refresh_button.clicked.connect(self._on_refresh_clicked)
        self.record_button.clicked.connect(self._on_record_clicked)
        self.table.itemActivated.connect(self._on_table_item_activated)
        self.table.currentItemChanged.connect(self._on_table_current_changed)
        self.keep_button.clicked.connect(self._on_keep_clicked)
        refresher.refreshed.connect(self._on_refresher_refreshed)
        session.changed.connect(self._on_session_changed)
        self.resize(900, 600)

    def _build_table(self) -> QTreeWidget:
        table = QTreeWidget(self)
        table.setAccessibleName(self.tr("Shared posts and their responses"))
        table.setHeaderLabels([self.tr(name) for name in _COLUMNS])
        table.setRootIsDecorated(False)
        table.setSortingEnabled(True)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = table.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        table.setColumnWidth(0, DRAFT_COLUMN)
        return table

    def _lay_out(self, heading: QLabel) -> None:
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(QLabel(self.tr("Chart:"), self))
        top.addWidget(self.grouping)
        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.keep_button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.chart)
        layout.addWidget(self.variants)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        self._session.read(partial(_load, now=self._clock()), self._on_loaded, channel=CHANNEL)

    def _on_loaded(self, found: tuple[list[PostRow], str]) -> None:
        self.rows, sentence = found
        self.summary.setText(core_text(sentence))
        self.table.setSortingEnabled(False)
        self.table.clear()
        for number, row in enumerate(self.rows):
            self.table.addTopLevelItem(self._item(number, row))
        self.table.setSortingEnabled(True)
        self._show_chart()
        self._show_variants()

    def _item(self, number: int, row: PostRow) -> QTreeWidgetItem:
        item = QTreeWidgetItem()
        date = short_date(row.at.date()) if row.at else ""
        texts = [row.title, row.network, date, row.template, str(row.length)]
        for column, text in enumerate(texts):
            item.setText(column, text)
        item.setData(4, Qt.ItemDataRole.DisplayRole, row.length)  # sorts as a number
        for column, name in enumerate(("likes", "boosts", "replies", "reactions"), 5):
            if name in row.counts:
                item.setData(column, Qt.ItemDataRole.DisplayRole, row.counts[name])
        item.setText(9, row.variant)
        if row.cannot_read and not row.counts:
            item.setText(5, self.tr("by hand"))
            for column in range(5, 9):
                item.setToolTip(column, row.cannot_read)
        item.setData(0, ROW, number)
        item.setToolTip(0, row.draft)
        return item

    @Slot()
    def _show_chart(self) -> None:
        from ponder.core.share.insights import grouped

        key = str(self.grouping.currentData())
        empty = self.tr("No responses yet: read them now, or record one by hand.")
        self.chart.set_groups(grouped(self.rows, key), empty)

    def _show_variants(self) -> None:
        pairs: dict[str, list[PostRow]] = {}
        for row in self.rows:
            if row.variant:
                pairs.setdefault(row.variant_of, []).append(row)
        lines = []
        for rows in pairs.values():
            shown = sorted(rows, key=lambda r: r.variant)
            sides = [
                self.tr("{variant} → {network}: %n response(s)", "", r.responses or 0).format(
                    variant=r.variant, network=r.network
                )
                for r in shown
            ]
            lines.append(f"{shown[0].title}: " + "  ·  ".join(sides))
        self.variants.setText(self.tr("Variants side by side:") + "\n" + "\n".join(lines)
                              if lines else "")  # fmt: skip
        self.variants.setVisible(bool(lines))

    def current_row(self) -> PostRow | None:
        item = self.table.currentItem()
        return self.rows[int(item.data(0, ROW))] if item is not None else None

    def current_draft(self) -> str | None:
        row = self.current_row()
        return row.draft if row is not None else None

    @Slot()
    def _on_table_current_changed(self) -> None:
        row = self.current_row()
        self.keep_button.setEnabled(row is not None and not row.cannot_read)
        self.keep_button.setChecked(row is not None and row.keep_replies)

    @Slot()
    def _on_keep_clicked(self) -> None:
        row = self.current_row()
        if row is not None:
            work = partial(_keep, draft=row.draft, account=row.account, url=row.url,
                           keep=self.keep_button.isChecked())  # fmt: skip
            self._record_op(work)

    @Slot()
    def _on_refresh_clicked(self) -> None:
        self.refresh_button.setEnabled(False)
        self._refresher.refresh()

    @Slot()
    def _on_refresher_refreshed(self) -> None:
        self.refresh_button.setEnabled(True)
        if self.isVisible():
            self.refresh()

    @Slot()
    def _on_record_clicked(self) -> None:
        draft = self.current_draft()
        if draft is None:
            self._prompter.inform(self.tr("Record by hand"), self.tr("Choose a post first."))
            return
        text = self._prompter.ask_text(
            self.tr("Record by hand"),
            self.tr("What came back? (e.g. “3 replies in the team meeting”)"),
        )
        if text and text.strip():
            self._record_op(partial(_record, draft=draft, text=text, now=self._clock()))

    def _record_op(self, work: Callable[[Library], Changed[None]]) -> None:
        self._session.run(Operation(work, on_error=self._on_record_failed), self)

    def _on_record_failed(self, error: BaseException) -> None:
        self._prompter.inform(self.tr("Record by hand"), core_text(error))

    @Slot(object, object)
    def _on_session_changed(self, _changes: object, _initiator: object) -> None:
        if self.isVisible():
            self.refresh()

    @Slot(QTreeWidgetItem, int)
    def _on_table_item_activated(self, _item: QTreeWidgetItem, _column: int) -> None:
        draft = self.current_draft()
        if draft is not None:
            self.draft_chosen.emit(draft)

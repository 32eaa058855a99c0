"""The Feeds view: the feeds followed, with unread counts, last refresh and errors; follow,
refresh, mark all read, mute and unsubscribe. Feeds are also refreshed in the background when
due. All feed work runs on the writer thread (it writes inbox notes); the view only draws."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from ponder.ui.dates import short_moment

if TYPE_CHECKING:
    from ponder.core.capture.feeds.service import FeedStatus

AUTO_REFRESH_MS = 5 * 60 * 1000
"""How often the window asks whether a feed is due (each feed keeps its own interval)."""
FIRST_REFRESH_MS = 30 * 1000
_Index = QModelIndex | QPersistentModelIndex


class FeedsModel(QAbstractTableModel):
    """One row per feed: name, unread, last refresh, state."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[FeedStatus] = []

    def set_rows(self, rows: list[FeedStatus]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    @override
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    @override
    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Feed"), self.tr("Unread"), self.tr("Last refresh"), self.tr("State"))[
            section
        ]

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.state.error or row.sub.url
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: FeedStatus, column: int) -> str:
        if column == 0:
            return row.sub.name + (self.tr(" (muted)") if row.sub.muted else "")
        if column == 1:
            return str(row.unread)
        if column == 2:
            return _when(row.state.checked) or self.tr("never")
        if row.state.error:
            retry = _when(row.state.retry_at)
            return self.tr("Error: {error} Next try {when}.").format(
                error=row.state.error, when=retry or "—"
            )
        return self.tr("{n} new last time").format(n=row.state.added_last) if row.state.ok else ""


def _when(iso: str | None) -> str:
    if not iso:
        return ""
    return short_moment(datetime.fromisoformat(iso))


class FeedsView(QWidget):
    """Signals: `follow_requested(str)`, `refresh_requested(object)` (a Subscription, or None
    for every due feed), `read_requested(object)`, `mute_requested(object, bool)`,
    `unsubscribe_requested(object)`."""

    follow_requested = Signal(str)
    refresh_requested = Signal(object)
    read_requested = Signal(object)
    mute_requested = Signal(object, bool)
    unsubscribe_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.address = QLineEdit()
        self.address.setPlaceholderText(self.tr("Address of a feed or of a page that has one"))
        self.address.setAccessibleName(self.tr("Feed address"))
        self.follow = QPushButton(self.tr("&Follow"))
        self.model = FeedsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Feeds followed"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.refresh_all = QPushButton(self.tr("Refresh &all"))
        self.refresh_one = QPushButton(self.tr("&Refresh"))
        self.read = QPushButton(self.tr("Mark all &read"))
        self.mute = QPushButton(self.tr("&Mute"))
        self.unsubscribe = QPushButton(self.tr("&Unsubscribe"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self._layout()
        self._connect()
        self._on_selection()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.address, 1)
        top.addWidget(self.follow)
        buttons = QHBoxLayout()
        for button in (self.refresh_all, self.refresh_one, self.read, self.mute, self.unsubscribe):
            buttons.addWidget(button)
        for button in (self.follow, self.refresh_all, self.refresh_one, self.read, self.mute):
            button.setAutoDefault(False)  # Return in the address field follows, once
        self.unsubscribe.setAutoDefault(False)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

    def _connect(self) -> None:
        self.follow.clicked.connect(self._on_follow)
        self.address.returnPressed.connect(self._on_follow)
        self.refresh_all.clicked.connect(self._on_refresh_all)
        self.refresh_one.clicked.connect(self._on_refresh_one)
        self.read.clicked.connect(self._on_read)
        self.mute.clicked.connect(self._on_mute)
        self.unsubscribe.clicked.connect(self._on_unsubscribe)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.model.modelReset.connect(self._on_selection)

    def current(self) -> FeedStatus | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def show_statuses(self, rows: list[FeedStatus]) -> None:
        selected = self.current()
        self.model.set_rows(rows)
        keys = [r.sub.key for r in rows]
        if selected is not None and selected.sub.key in keys:
            self.table.selectRow(keys.index(selected.sub.key))
        elif rows:
            self.table.selectRow(0)

    @Slot()
    def _on_selection(self) -> None:
        row = self.current()
        for button in (self.refresh_one, self.read, self.mute, self.unsubscribe):
            button.setEnabled(row is not None)
        self.read.setEnabled(row is not None and row.unread > 0)
        self.mute.setText(self.tr("Un&mute") if row and row.sub.muted else self.tr("&Mute"))

    @Slot()
    def _on_follow(self) -> None:
        if self.address.text().strip():
            self.follow_requested.emit(self.address.text().strip())

    @Slot()
    def _on_refresh_all(self) -> None:
        self.refresh_requested.emit(None)

    @Slot()
    def _on_refresh_one(self) -> None:
        if (row := self.current()) is not None:
            self.refresh_requested.emit(row.sub)

    @Slot()
    def _on_read(self) -> None:
        if (row := self.current()) is not None:
            self.read_requested.emit(row.sub)

    @Slot()
    def _on_mute(self) -> None:
        if (row := self.current()) is not None:
            self.mute_requested.emit(row.sub, not row.sub.muted)

    @Slot()
    def _on_unsubscribe(self) -> None:
        if (row := self.current()) is not None:
            self.unsubscribe_requested.emit(row.sub)

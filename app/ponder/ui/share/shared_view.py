"""What was shared where: every `shared:` entry of every draft, newest first."""

from __future__ import annotations

import html
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
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
from ponder.core.share.delivery import Delivery
from ponder.ui.dates import short_moment
from ponder.ui.session import Session

if TYPE_CHECKING:
    from ponder.core.share.history import SharedEntry

CHANNEL = "shared-history"
ENTRY = Qt.ItemDataRole.UserRole + 1


def _history(library: Library) -> list[SharedEntry]:
    from ponder.core.share.history import shared_history

    return shared_history(library)


def _when(locale: QLocale, at: datetime | None) -> str:
    if at is None:
        return ""
    return short_moment(at, locale)


def is_web(url: str) -> bool:
    return url.startswith(("https://", "http://"))


class SharedDialog(QDialog):
    """Signals: `draft_chosen(str path)` when the person opens a post's draft. Links open in
    the browser only when they are http or https."""

    draft_chosen = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sharedView")
        self.setWindowTitle(self.tr("Shared"))
        self._session = session
        self.entries: list[SharedEntry] = []
        heading = QLabel(self.tr("Shared posts"), self)
        heading.setObjectName("dialogTitle")
        self.summary = QLabel(self)
        self.summary.setObjectName("hint")
        self.tree = self._build_tree()
        self.open_link = QPushButton(self.tr("Open link"), self)
        self.open_link.setToolTip(self.tr("Open the post in your browser"))
        self.open_draft = QPushButton(self.tr("Open draft"), self)
        self.open_draft.setToolTip(self.tr("Open the draft in the composer"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.open_link)
        row.addWidget(self.open_draft)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        self.open_link.clicked.connect(self._on_open_link_clicked)
        self.open_draft.clicked.connect(self._on_open_draft_clicked)
        self._on_tree_current_changed()
        session.changed.connect(self._on_session_changed)
        self.resize(820, 460)

    def _build_tree(self) -> QTreeWidget:
        tree = QTreeWidget(self)
        tree.setObjectName("sharedList")
        tree.setAccessibleName(self.tr("Shared posts"))
        tree.setHeaderLabels([self.tr("When"), self.tr("Where"), self.tr("Draft"), self.tr("Link")])
        tree.setRootIsDecorated(False)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = tree.header()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        tree.currentItemChanged.connect(self._on_tree_current_changed)
        tree.itemActivated.connect(self._on_tree_item_activated)
        return tree

    def refresh(self) -> None:
        self._session.read(_history, self._on_history, channel=CHANNEL)

    @Slot(object, object)
    def _on_session_changed(self, _changes: object, _initiator: object) -> None:
        if self.isVisible():
            self.refresh()

    def current(self) -> SharedEntry | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        return self.entries[int(item.data(0, ENTRY))]

    def _on_history(self, entries: list[SharedEntry]) -> None:
        self.entries = entries
        self.tree.clear()
        locale = QLocale()
        for number, entry in enumerate(entries):
            when = _when(locale, entry.at)
            where = f"{entry.account} ({entry.channel})" if entry.account else entry.channel
            item = QTreeWidgetItem([when, where, entry.title, ""])
            item.setData(0, ENTRY, number)
            item.setToolTip(2, entry.draft)
            self.tree.addTopLevelItem(item)
            self.tree.setItemWidget(item, 3, self._outcome(entry))
        self.summary.setText(
            self.tr("%n post(s), newest first.", "", len(entries))
            if entries
            else self.tr("Nothing shared yet. Post a draft from the composer.")
        )
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)

    def _outcome(self, entry: SharedEntry) -> QLabel:
        """The post's link; for a target that did not take it, why (Retry failed is in the
        draft's composer)."""
        if entry.state is Delivery.SENT:
            return self._link(entry.url)
        if entry.state is Delivery.UNKNOWN:
            text = self.tr("? Delivery unknown: {reason}")
        else:
            text = self.tr("✗ Not posted: {reason}")
        label = QLabel(text.format(reason=entry.reason or self.tr("no reason was kept")))
        label.setToolTip(self.tr("Open the draft and choose Retry failed to send it again"))
        return label

    def _link(self, url: str) -> QLabel:
        text = html.escape(url)
        label = QLabel(
            f'<a href="{html.escape(url, quote=True)}">{text}</a>' if is_web(url) else text
        )
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        label.linkActivated.connect(self._open)
        return label

    @Slot()
    def _on_tree_current_changed(self) -> None:
        entry = self.current()
        self.open_link.setEnabled(entry is not None and is_web(entry.url))
        self.open_draft.setEnabled(entry is not None)

    @Slot(QTreeWidgetItem, int)
    def _on_tree_item_activated(self, _item: QTreeWidgetItem, _column: int) -> None:
        self._on_open_draft_clicked()

    @Slot()
    def _on_open_link_clicked(self) -> None:
        entry = self.current()
        if entry is not None:
            self._open(entry.url)

    @Slot()
    def _on_open_draft_clicked(self) -> None:
        entry = self.current()
        if entry is not None:
            self.draft_chosen.emit(entry.draft)

    @Slot(str)
    def _open(self, url: str) -> None:
        if is_web(url):
            QDesktopServices.openUrl(QUrl(url))

"""The Related tab beside backlinks: the open note's ten most related notes, with the reason."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ponder.core.library import Library
from ponder.core.model import NotePath
from ponder.core.sense import related
from ponder.core.sense.related import Related
from ponder.ui.session import Session

PathRole = Qt.ItemDataRole.UserRole + 1


def fill(view: QListWidget, found: list[Related]) -> None:
    """One row per related note: its title, and beneath it why it is related."""
    view.clear()
    for item in found:
        row = QListWidgetItem(f"{item.title}\n    {item.reason}" if item.reason else item.title)
        row.setData(PathRole, item.path)
        row.setToolTip(item.path)
        view.addItem(row)


class RelatedPanel(QWidget):
    """Signals: `note_activated(str)` when a related note is opened (Enter or double click)."""

    note_activated = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.path: str | None = None
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Related notes"))
        self.list.itemActivated.connect(self._on_list_item_activated)
        self.empty = QLabel(self.tr("No related notes yet."))
        self.empty.setWordWrap(True)
        self.empty.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        session.changed.connect(self._on_session_changed)

    def show_note(self, path: str) -> None:
        self.path = path
        self.session.read(self._find, self._on_found, channel="related")

    def _find(self, library: Library) -> list[Related]:
        return related.related(library, NotePath(self.path or ""))

    def _on_found(self, found: list[Related]) -> None:
        fill(self.list, found)
        self.empty.setVisible(not found)

    def _on_session_changed(self, changes: object, _initiator: object) -> None:
        if self.path is not None and self.isVisible():
            self.show_note(self.path)

    def _on_list_item_activated(self, item: QListWidgetItem) -> None:
        self.note_activated.emit(str(item.data(PathRole)))

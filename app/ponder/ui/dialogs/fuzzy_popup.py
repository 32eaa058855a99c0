"""A popup with a query field over a result list, driven entirely from the keyboard."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt
from PySide6.QtGui import QFontMetricsF, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from ponder.ui.dialogs.fuzzy_list import PAD_Y, FuzzyDelegate, FuzzyListModel, FuzzyRow

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_MOVES = {
    Qt.Key.Key_Up: -1,
    Qt.Key.Key_Down: 1,
    Qt.Key.Key_PageUp: -8,
    Qt.Key.Key_PageDown: 8,
}
WIDTH = 620
VISIBLE_ROWS = 11


class FuzzyPopup(QDialog):
    """A frameless popup: type to filter, Up/Down to move, Enter to choose, Esc to close.

    Subclasses fill the list with `show_rows` and act in `choose(row, shift)`. Emits no
    signals of its own (subclasses do).
    """

    def __init__(self, parent: QWidget | None, placeholder: str, hint: str) -> None:
        super().__init__(parent, Qt.WindowType.Dialog | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("fuzzyPopup")
        self.setModal(True)
        # Closing gives the keyboard back to where it was (docs/focus.md).
        self._return_to: QWidget | None = QApplication.focusWidget()
        self.field = QLineEdit(self)
        self.field.setObjectName("fuzzyField")
        self.field.setPlaceholderText(placeholder)
        self.field.setAccessibleName(placeholder)
        self.field.setClearButtonEnabled(True)
        self.field.installEventFilter(self)
        self.field.textChanged.connect(self._on_field_text_changed)
        self.model = FuzzyListModel(self)
        self.view = QListView(self)
        self.view.setObjectName("fuzzyList")
        self.view.setAccessibleName(self.tr("Results"))
        self.view.setModel(self.model)
        self.view.setItemDelegate(FuzzyDelegate(self.view))
        self.view.setUniformItemSizes(True)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.clicked.connect(self._on_view_clicked)
        self.hint = QLabel(hint, self)
        self.hint.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 8)
        layout.setSpacing(8)
        layout.addWidget(self.field)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)
        row_height = QFontMetricsF(self.font()).height() + 2 * PAD_Y
        self.resize(WIDTH, int(row_height * VISIBLE_ROWS) + 110)

    # -- for subclasses ------------------------------------------------------------------------

    def refresh(self, text: str) -> None:
        """Fill the list for `text` (override)."""

    def choose(self, row: FuzzyRow, shift: bool) -> None:
        """Act on the chosen row (override)."""

    def show_rows(self, rows: list[FuzzyRow]) -> None:
        self.model.set_rows(rows)
        first = next((n for n, row in enumerate(rows) if row.enabled), -1)
        if first >= 0:
            self.view.setCurrentIndex(self.model.index(first, 0))

    def current_row(self) -> FuzzyRow | None:
        return self.model.row_at(self.view.currentIndex().row())

    # -- events --------------------------------------------------------------------------------

    @override
    def done(self, result: int) -> None:
        super().done(result)
        back = self._return_to
        if back is not None and shiboken6.isValid(back) and back.isVisible():
            back.window().activateWindow()
            back.setFocus(Qt.FocusReason.PopupFocusReason)

    @override
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._place()
        self.field.setFocus()

    def _place(self) -> None:
        """Centred near the top of the parent window, as a command bar is."""
        parent = self.parentWidget()
        if parent is None:
            return
        window = parent.window()
        top_left = window.mapToGlobal(QPoint(0, 0))
        x = top_left.x() + (window.width() - self.width()) // 2
        y = top_left.y() + max(window.height() // 8, 40)
        self.move(x, y)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in _MOVES:
                self._move(_MOVES[Qt.Key(event.key())])
                return True
            if event.key() in _ENTER:
                shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                self._activate(self.current_row(), shift)
                return True
        return super().eventFilter(watched, event)

    def _move(self, step: int) -> None:
        count = self.model.rowCount()
        if count == 0:
            return
        row = self.view.currentIndex().row()
        target = max(0, min(count - 1, (row if row >= 0 else -1) + step))
        # skip disabled rows in the direction of travel, staying put if there is none
        direction = 1 if step > 0 else -1
        probe = target
        while 0 <= probe < count:
            found = self.model.row_at(probe)
            if found is not None and found.enabled:
                self.view.setCurrentIndex(self.model.index(probe, 0))
                return
            probe += direction

    def _activate(self, row: FuzzyRow | None, shift: bool) -> None:
        if row is None and not shift:
            return
        if row is not None and not row.enabled and not shift:
            return
        self.choose(row if row is not None else FuzzyRow("", ""), shift)

    def _on_field_text_changed(self, text: str) -> None:
        self.refresh(text)

    def _on_view_clicked(self, index: QModelIndex) -> None:
        self._activate(self.model.row_at(index.row()), False)
        self.field.setFocus()

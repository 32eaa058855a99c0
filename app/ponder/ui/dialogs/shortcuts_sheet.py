"""Help ▸ Keyboard shortcuts: every command of the window with its keys, filtered as you type."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ponder.ui.dialogs.command_palette import plain_label


def _typeable(sequences: Sequence[QKeySequence]) -> list[str]:
    """The keys a person types: the main one, and alternatives with a modifier — not the
    dedicated keys of some keyboards ("Save", "Zoom In") that the platform adds."""
    texts = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in sequences]
    return texts[:1] + [t for t in texts[1:] if "+" in t]


class ShortcutsSheet(QDialog):
    """A searchable table of (menu, command, keys). Emits no signals."""

    def __init__(
        self, menus: Sequence[tuple[str, Sequence[QAction]]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsSheet")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(560, 620)
        title = QLabel(self.tr("Keyboard shortcuts"), self)
        title.setObjectName("dialogTitle")
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(self.tr("Search commands and keys…"))
        self.field.setAccessibleName(self.tr("Search commands and keys"))
        self.field.setClearButtonEnabled(True)
        self.table = QTreeWidget(self)
        self.table.setAccessibleName(self.tr("Commands and their keys"))
        self.table.setHeaderLabels([self.tr("Command"), self.tr("Keys")])
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(False)
        self.table.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.header().setStretchLastSection(False)
        self._fill(menus)
        self.empty = QLabel(self.tr("No command matches."), self)
        self.empty.setObjectName("hint")
        self.empty.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.field)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.field.textChanged.connect(self.filter)
        self.field.setFocus()

    def _fill(self, menus: Sequence[tuple[str, Sequence[QAction]]]) -> None:
        for menu, actions in menus:
            header = QTreeWidgetItem([menu.replace("&", ""), ""])
            font = header.font(0)
            font.setBold(True)
            header.setFont(0, font)
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.addTopLevelItem(header)
            for action in actions:
                keys = ", ".join(_typeable(action.shortcuts()))
                row = QTreeWidgetItem([plain_label(action), keys])
                row.setToolTip(0, action.statusTip())
                row.setData(0, Qt.ItemDataRole.UserRole, menu)
                self.table.addTopLevelItem(row)

    def _rows(self) -> list[QTreeWidgetItem]:
        count = self.table.topLevelItemCount()
        return [row for i in range(count) if (row := self.table.topLevelItem(i)) is not None]

    def visible_commands(self) -> list[str]:
        """The commands the filter leaves (for tests and screen readers' summaries)."""
        return [
            r.text(0)
            for r in self._rows()
            if not r.isHidden() and r.data(0, Qt.ItemDataRole.UserRole)
        ]

    def filter(self, text: str) -> None:
        """Keep the rows whose command, keys or help contain every word typed."""
        words = text.casefold().split()
        header: QTreeWidgetItem | None = None
        header_shown = False
        shown = 0
        for row in self._rows():
            if row.data(0, Qt.ItemDataRole.UserRole) is None:
                if header is not None:
                    header.setHidden(not header_shown)
                header, header_shown = row, False
                continue
            haystack = f"{row.text(0)} {row.text(1)} {row.toolTip(0)}".casefold()
            hit = all(word in haystack for word in words)
            row.setHidden(not hit)
            header_shown = header_shown or hit
            shown += hit
        if header is not None:
            header.setHidden(not header_shown)
        self.empty.setVisible(shown == 0)

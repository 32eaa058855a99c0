"""The composer's list of accounts, each with a checkbox: the targets of the next post."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from ponder.ui.core_text import core_text

if TYPE_CHECKING:
    from ponder.core.share.accounts import Account

NAME = Qt.ItemDataRole.UserRole + 1
ROW_HEIGHT = 28


class TargetPicker(QListWidget):
    """Signals: `targets_changed(list)` — the checked account names, in list order. Space
    ticks the current account."""

    targets_changed = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("targetPicker")
        self.setAccessibleName(self.tr("Post to these accounts"))
        self.setToolTip(self.tr("Tick the accounts to post to (Space ticks the current one)"))
        self.itemChanged.connect(self._on_item_changed)

    def set_accounts(self, accounts: Sequence[Account]) -> None:
        """Show `accounts`, keeping the ticks of those still there."""
        checked = set(self.checked())
        self.blockSignals(True)
        self.clear()
        for account in accounts:
            item = QListWidgetItem(core_text(account.label), self)
            item.setData(NAME, account.name)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            on = account.name in checked
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.blockSignals(False)
        rows = max(min(len(accounts), 5), 1)
        self.setFixedHeight(rows * ROW_HEIGHT + 2 * self.frameWidth() + 4)
        if set(self.checked()) != checked:
            self.targets_changed.emit(self.checked())

    def set_checked(self, names: Sequence[str]) -> None:
        for row in range(self.count()):
            item = self.item(row)
            on = item.data(NAME) in names
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def checked(self) -> list[str]:
        return [
            str(self.item(row).data(NAME))
            for row in range(self.count())
            if self.item(row).checkState() == Qt.CheckState.Checked
        ]

    @Slot(QListWidgetItem)
    def _on_item_changed(self, _item: QListWidgetItem) -> None:
        self.targets_changed.emit(self.checked())

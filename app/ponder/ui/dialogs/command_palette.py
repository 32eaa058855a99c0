"""Command palette (Ctrl+Shift+P): run any action of the window by a few letters of its name."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget
from typing_extensions import override

from ponder.ui.dialogs.fuzzy_list import FuzzyRow
from ponder.ui.dialogs.fuzzy_popup import FuzzyPopup
from ponder.ui.fuzzy import match


def plain_label(action: QAction) -> str:
    """The action's text without mnemonic ampersands ("&&" stays one "&")."""
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")


class CommandPalette(FuzzyPopup):
    """Every action with its shortcut; Enter closes the palette and triggers the action.
    Disabled actions are listed, greyed, and cannot be chosen.

    Signals: `action_chosen(str)` (the action's object name, e.g. "note.new", emitted just
    before it is triggered).
    """

    action_chosen = Signal(str)

    def __init__(self, actions: Sequence[QAction], parent: QWidget | None = None) -> None:
        super().__init__(
            parent,
            self.tr("Run a command…"),
            self.tr("↑↓ move  ·  Enter run  ·  Esc close"),
        )
        self.setWindowTitle(self.tr("Command palette"))
        self.field.setToolTip(self.tr("Type a few letters of a command's name"))
        self._actions = [a for a in actions if not a.isSeparator() and a.text()]
        self.refresh("")

    @override
    def refresh(self, text: str) -> None:
        scored: list[tuple[int, int, FuzzyRow]] = []
        for n, action in enumerate(self._actions):
            label = plain_label(action)
            found = match(text, label)
            if found is None:
                continue
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            row = FuzzyRow(str(n), label, found.positions, shortcut, action.isEnabled())
            scored.append((-found.score, n, row))
        scored.sort(key=lambda item: (not item[2].enabled, item[0], item[1]))
        rows = [row for _, _, row in scored]
        if not rows:  # an empty list looks broken; say it, and what to try
            rows = [FuzzyRow("", self.tr("No matching command — try fewer letters"), enabled=False)]
        self.show_rows(rows)

    @override
    def choose(self, row: FuzzyRow, shift: bool) -> None:
        if not row.key or not row.enabled:
            return
        action = self._actions[int(row.key)]
        self.accept()
        self.action_chosen.emit(action.objectName())
        action.trigger()

"""A note picker: the quick switcher's fuzzy search over titles and aliases, choosing a note for
something (an answer to link, a note to link to) instead of opening it."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QWidget
from typing_extensions import override

from ponder.ui.dialogs.fuzzy_list import FuzzyRow
from ponder.ui.dialogs.quick_switcher import QuickSwitcher
from ponder.ui.session import Session


class NotePicker(QuickSwitcher):
    """Type a few letters, Enter picks. `exclude` holds paths never offered (the note being
    linked from). Emits `note_chosen(str)` (a vault path) and never `create_requested`."""

    def __init__(
        self,
        session: Session,
        parent: QWidget | None,
        placeholder: str,
        exclude: Iterable[str] = (),
    ) -> None:
        super().__init__(session, parent)
        self._exclude = frozenset(exclude)  # before any row is shown: names load in the pool
        self.setWindowTitle(placeholder)
        self.field.setPlaceholderText(placeholder)
        self.field.setAccessibleName(placeholder)
        self.hint.setText(self.tr("↑↓ move  ·  Enter choose  ·  Esc close"))

    @override
    def show_rows(self, rows: list[FuzzyRow]) -> None:
        super().show_rows([row for row in rows if row.key not in self._exclude])

    @override
    def _create_rows(self, text: str, exact: bool) -> list[FuzzyRow]:
        return []  # a picker chooses among the notes there are

    @override
    def choose(self, row: FuzzyRow, shift: bool) -> None:
        if row.key and not row.create:
            self.accept()
            self.note_chosen.emit(row.key)

"""Quick switcher (Ctrl+P): jump to a note by a few letters of its title or an alias."""

from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget
from shiboken6 import Shiboken
from typing_extensions import override

from ponder.core.library import Library
from ponder.core.model import Changes
from ponder.core.packed import PackedText
from ponder.ui.dialogs.fuzzy_list import FuzzyRow
from ponder.ui.dialogs.fuzzy_popup import FuzzyPopup
from ponder.ui.fuzzy import FuzzyIndex, query_key, title_tier
from ponder.ui.session import Session

MAX_RESULTS = 50
RELOAD_MS = 300
NAMES_CHANNEL = "switcher.names"


@dataclass(frozen=True, slots=True)
class NameTable:
    """Every title and alias of the vault, folded once (built in the pool). The paths are
    packed and the alias marks are bytes: at 400k notes lists of them held ~35 MB."""

    paths: PackedText
    titles: list[str]
    aliases: bytes  # 1 where the row's name is an alias of the note, else 0
    index: FuzzyIndex

    def __len__(self) -> int:
        return len(self.paths)


def load_names(library: Library) -> NameTable:
    paths: list[str] = []
    titles: list[str] = []
    names: list[str] = []
    aliases = bytearray()
    for path, title, alias_names in library.note_names():
        shown = title or path.rsplit("/", 1)[-1].removesuffix(".md")
        for name, is_alias in ((shown, False), *((a, True) for a in alias_names)):
            paths.append(path)
            titles.append(shown)  # the same str as the name, for all but aliases
            names.append(name)
            aliases.append(is_alias)
    return NameTable(PackedText(paths), titles, bytes(aliases), FuzzyIndex(names))


class QuickSwitcher(FuzzyPopup):
    """Find a note by title or alias as you type.

    Signals: `note_chosen(str)` (a vault path; Enter or click), `create_requested(str)` (a
    title; Shift+Enter, or the "Create" row shown when no name matches exactly).
    """

    note_chosen = Signal(str)
    create_requested = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(
            parent,
            self.tr("Go to a note by title or alias…"),
            self.tr("↑↓ move  ·  Enter open  ·  Shift+Enter create  ·  Esc close"),
        )
        self.setWindowTitle(self.tr("Quick switcher"))
        self.field.setToolTip(self.tr("Type a few letters of a note's title or alias"))
        self._session = session
        self._table: NameTable | None = None
        self._dirty = True
        self.last_search_ms = 0.0
        """How long the last keystroke's fuzzy search took (shown in the hint when slow)."""
        self._reload = QTimer(self)
        self._reload.setSingleShot(True)
        self._reload.setInterval(RELOAD_MS)
        self._reload.timeout.connect(self._load)
        session.changed.connect(self._on_session_changed)
        self._load()

    @property
    def table(self) -> NameTable | None:
        return self._table

    # -- loading -------------------------------------------------------------------------------

    def _load(self) -> None:
        self._dirty = False
        self._session.read(load_names, self._on_names_loaded, channel=NAMES_CHANNEL)

    def _on_names_loaded(self, table: NameTable) -> None:
        if not Shiboken.isValid(self):
            return  # the popup was deleted while the names were loading
        self._table = table
        self.refresh(self.field.text())

    def _on_session_changed(self, changes: Changes, _initiator: object) -> None:
        if self.isVisible():
            self._reload.start()
        else:
            self._dirty = True

    @override
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self._load()

    # -- searching -----------------------------------------------------------------------------

    @override
    def refresh(self, text: str) -> None:
        if self._table is None:
            self.show_rows(self._create_rows(text, exact=False))
            return
        started = time.perf_counter()
        found = self._table.index.search(text, limit=MAX_RESULTS * 2)
        self.last_search_ms = (time.perf_counter() - started) * 1000
        rows: list[FuzzyRow] = []
        seen: set[str] = set()
        wanted = query_key(text)
        table = self._table
        # An exact title, then a title prefix, above another note's alias or a fuzzy match
        found.sort(
            key=lambda pair: title_tier(
                table.index.key(pair[0]), wanted, bool(table.aliases[pair[0]])
            )
        )
        exact = False
        for i, match in found:
            path = self._table.paths[i]
            exact = exact or self._table.index.key(i).replace(" ", "") == wanted
            if path in seen:
                continue
            seen.add(path)
            rows.append(self._row(i, match.positions))
            if len(rows) == MAX_RESULTS:
                break
        self.show_rows(rows + self._create_rows(text, exact))

    def _row(self, i: int, positions: tuple[int, ...]) -> FuzzyRow:
        assert self._table is not None
        path = self._table.paths[i]
        where = path.removesuffix(".md")
        if self._table.aliases[i]:
            detail = self.tr("alias of {title} · {path}").format(
                title=self._table.titles[i], path=where
            )
        else:
            detail = where
        return FuzzyRow(path, self._table.index.names[i], positions, detail)

    def _create_rows(self, text: str, exact: bool) -> list[FuzzyRow]:
        title = " ".join(text.split())
        if not title or exact:
            return []
        label = self.tr("Create “{title}”").format(title=title)
        return [FuzzyRow(title, label, detail=self.tr("Shift+Enter"), create=True)]

    @override
    def choose(self, row: FuzzyRow, shift: bool) -> None:
        title = " ".join(self.field.text().split())
        if shift or row.create:
            if title:
                self.accept()
                self.create_requested.emit(title)
            return
        self.accept()
        self.note_chosen.emit(row.key)

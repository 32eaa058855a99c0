"""The note list's model: one row per search hit, newest results replacing the old."""

from __future__ import annotations

import enum
import html
import re
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from typing_extensions import override

from ponder.core.index_api import Hit

_TAGS = re.compile(r"</?b>")

AnyIndex = QModelIndex | QPersistentModelIndex


class NoteRole(enum.IntEnum):
    """Data roles beyond Qt's own; DisplayRole is the title, ToolTipRole the path."""

    PATH = Qt.ItemDataRole.UserRole + 1
    TITLE = Qt.ItemDataRole.UserRole + 2
    SNIPPET = Qt.ItemDataRole.UserRole + 3
    KIND = Qt.ItemDataRole.UserRole + 4
    UPDATED = Qt.ItemDataRole.UserRole + 5
    TAGS = Qt.ItemDataRole.UserRole + 6
    HIT = Qt.ItemDataRole.UserRole + 7


def snippet_text(snippet: str) -> str:
    """A hit's snippet as plain text (no <b> marks, entities decoded), for screen readers."""
    return html.unescape(_TAGS.sub("", snippet))


def number_locale() -> QLocale:
    """The user's locale, or US English when the system says only "C" (no digit grouping)."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return locale


class NoteListModel(QAbstractListModel):
    """Search hits as rows; `total` is the number of matches, which may exceed the rows held.

    Emits only Qt's model signals.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[Hit] = []
        self._total = 0

    @property
    def total(self) -> int:
        return self._total

    def hits(self) -> tuple[Hit, ...]:
        return tuple(self._hits)

    def hit(self, row: int) -> Hit:
        return self._hits[row]

    def row_of(self, path: str) -> int:
        """The row showing `path`, or -1."""
        for row, hit in enumerate(self._hits):
            if hit.path == path:
                return row
        return -1

    def set_hits(self, hits: Sequence[Hit], total: int) -> None:
        """Show new results. When they only extend the current rows (more of the same
        results were fetched), rows are appended so the view keeps its scroll position."""
        new = list(hits)
        self._total = max(total, len(new))
        old_paths = [hit.path for hit in self._hits]
        if (
            old_paths
            and len(new) > len(old_paths)
            and [h.path for h in new[: len(old_paths)]] == (old_paths)
        ):
            self._extend(new)
            return
        self.beginResetModel()
        self._hits = new
        self.endResetModel()

    def _extend(self, new: list[Hit]) -> None:
        changed = [row for row, hit in enumerate(self._hits) if hit != new[row]]
        for row in changed:
            self._hits[row] = new[row]
            index = self.index(row, 0)
            self.dataChanged.emit(index, index)
        first = len(self._hits)
        self.beginInsertRows(QModelIndex(), first, len(new) - 1)
        self._hits.extend(new[first:])
        self.endInsertRows()

    def clear(self) -> None:
        self.set_hits((), 0)

    # -- Qt overrides --------------------------------------------------------------------------

    @override
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    @override
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits) or index.column() != 0:
            return None
        hit = self._hits[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, NoteRole.TITLE):
            return hit.title or hit.path
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.path
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{hit.title or hit.path}. {snippet_text(hit.snippet)}"
        return _ROLE_VALUES[role](hit) if role in _ROLE_VALUES else None

    @override
    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | (Qt.ItemFlag.ItemNeverHasChildren)
        )

    @override
    def roleNames(self) -> dict[int, Any]:
        names = dict(super().roleNames())
        names.update({role.value: QByteArray(role.name.lower().encode()) for role in NoteRole})
        return names


_ROLE_VALUES: dict[int, Callable[[Hit], Any]] = {
    NoteRole.PATH: lambda hit: hit.path,
    NoteRole.SNIPPET: lambda hit: hit.snippet,
    NoteRole.KIND: lambda hit: hit.kind.value,
    NoteRole.UPDATED: lambda hit: hit.updated,
    NoteRole.TAGS: lambda hit: list(hit.tags),
    NoteRole.HIT: lambda hit: hit,
}

"""Backlinks: the notes that link to the open note, and those that name it without a link."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTreeView,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from ponder.core.library import Library
from ponder.core.model import Changes, NotePath
from ponder.core.sense.backlinks import Reference
from ponder.core.undo import Reversal
from ponder.ui.core_text import core_text
from ponder.ui.operations import Changed, Operation, UndoStep
from ponder.ui.session import Session
from ponder.ui.undo_jobs import link_job, reverse_job

REFRESH_DELAY_MS = 400
_LIST_MARKER = re.compile(r"^(?:[-*+>]|\d+[.)])\s+(?:\[[ xX]\]\s+)?")
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
ReferenceRole = Qt.ItemDataRole.UserRole + 1
PathRole = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True, slots=True)
class _Group:
    source: NotePath
    title: str
    references: tuple[Reference, ...]


class ReferenceModel(QAbstractItemModel):
    """A tree: one row per source note, its references (with their context line) beneath.
    With `action_column`, a second column reads "Link it" on every reference: the view draws
    it as a link, and a click on it (or Ctrl+Return) links the mention. No widget per row: a
    common word can have hundreds of mentions."""

    def __init__(self, parent: QObject | None = None, *, action_column: bool = False) -> None:
        super().__init__(parent)
        self._groups: list[_Group] = []
        self._columns = 2 if action_column else 1
        self._bold = QFont()
        self._bold.setWeight(QFont.Weight.DemiBold)
        self._action_font = QFont(self._bold)
        self._action_font.setUnderline(True)

    def set_references(self, references: list[Reference]) -> None:
        grouped: dict[NotePath, list[Reference]] = {}
        for ref in references:
            grouped.setdefault(ref.source, []).append(ref)
        self.beginResetModel()
        self._groups = [
            _Group(source, refs[0].title or source, tuple(refs))
            for source, refs in sorted(
                grouped.items(), key=lambda item: item[1][0].title.casefold()
            )
        ]
        self.endResetModel()

    def reference_count(self) -> int:
        return sum(len(g.references) for g in self._groups)

    @override
    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    @override
    def parent(self, child: Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    @override
    def rowCount(self, parent: Index = _ROOT) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._groups[parent.row()].references)
        return 0

    @override
    def columnCount(self, parent: Index = _ROOT) -> int:
        return self._columns

    @override
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        group_row = index.internalId() - 1 if index.internalId() else index.row()
        group = self._groups[group_row]
        ref = group.references[index.row()] if index.internalId() else None
        if role == PathRole:
            return group.source
        if role == ReferenceRole:
            return ref
        if index.column() != 0:
            return self._action_data(role) if ref is not None else None
        if role == Qt.ItemDataRole.DisplayRole:
            if ref is None:
                return f"{group.title}  ·  {len(group.references)}"
            return _LIST_MARKER.sub("", ref.context)
        if role == Qt.ItemDataRole.FontRole and ref is None:
            return self._bold
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return group.source if ref is None else ref.context
        return None

    def action_width(self) -> int:
        """Room for the action column's label in its font, in any language."""
        return QFontMetrics(self._action_font).horizontalAdvance(self.tr("Link it")) + 24

    def _action_data(self, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Link it")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Turn this mention into a [[link]] to the open note (Ctrl+Return)")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("Link this mention")
        if role == Qt.ItemDataRole.FontRole:
            return self._action_font
        if role == Qt.ItemDataRole.ForegroundRole:  # the theme's accent
            return QGuiApplication.palette().color(QPalette.ColorRole.BrightText)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        return None


def _find_job(
    lib: Library, *, path: NotePath
) -> tuple[NotePath, list[Reference], list[Reference], list[str]]:
    names = lib.names_of(path)
    return path, lib.backlinks(path), lib.unlinked_mentions(path), names


def _names_job(lib: Library, *, path: NotePath) -> tuple[NotePath, list[str]]:
    return path, lib.names_of(path)


class BacklinksPanel(QWidget):
    """Linked and unlinked mentions of the open note, found in the background.

    Signals:
    - `note_activated(str path)`: a mentioning note was clicked (or chosen with Enter).
    - `status_message(str)`: e.g. a mention that could not be linked.
    - `refreshed()`: new results are shown.
    """

    note_activated = Signal(str)
    status_message = Signal(str)
    refreshed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backlinks")
        self.setAccessibleName(self.tr("Backlinks"))
        self._session = session
        self._path: NotePath | None = None
        self._names: list[str] = []
        self.linked = ReferenceModel(self)
        self.unlinked = ReferenceModel(self, action_column=True)
        self._linked_title = self._section()
        self.linked_view = self._view(self.linked, self.tr("Linked mentions"))
        self._unlinked_title = self._section()
        self.unlinked_view = self._view(self.unlinked, self.tr("Unlinked mentions"))
        self._hint = QLabel(self)
        self._hint.setObjectName("hint")
        self._hint.setWordWrap(True)
        self._hint.setContentsMargins(10, 4, 10, 8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        for widget, stretch in (
            (self._linked_title, 0),
            (self.linked_view, 3),
            (self._unlinked_title, 0),
            (self.unlinked_view, 2),
            (self._hint, 0),
        ):
            layout.addWidget(widget, stretch)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        session.changed.connect(self._on_session_changed)
        self._update_titles()

    def _section(self) -> QLabel:
        label = QLabel(self)
        label.setObjectName("sectionTitle")
        return label

    def _view(self, model: ReferenceModel, name: str) -> QTreeView:
        view = QTreeView(self)
        view.setModel(model)
        view.setAccessibleName(name)
        view.setHeaderHidden(True)
        # One line per row, elided (the tooltip has the whole line): a common word can have
        # hundreds of mentions, and wrapped rows of varying height cost a layout pass each.
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setUniformRowHeights(True)
        view.setIndentation(14)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.clicked.connect(self._on_view_clicked)
        shortcut = QShortcut(QKeySequence(Qt.Key.Key_Return), view, self._on_return_pressed)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        if model.columnCount() > 1:
            link = QShortcut(QKeySequence("Ctrl+Return"), view, self._on_link_pressed)
            link.setContext(Qt.ShortcutContext.WidgetShortcut)
        if model.columnCount() > 1:
            header = view.header()
            header.setStretchLastSection(False)
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(1, model.action_width())
        return view

    # -- what is shown -------------------------------------------------------------------------

    @property
    def path(self) -> NotePath | None:
        return self._path

    @property
    def hint(self) -> str:
        """What the panel says when it has nothing to list."""
        return self._hint.text()

    def show_note(self, path: str | None) -> None:
        """Find the mentions of `path` (None clears the panel), once the person pauses."""
        new = NotePath(path) if path else None
        if new != self._path:
            self.linked.set_references([])
            self.unlinked.set_references([])
        self._path = new
        self._timer.start()

    def postpone(self) -> None:
        """The person is typing: a pending search for mentions waits until they pause (it
        competes with the editor for the interpreter)."""
        if self._timer.isActive():
            self._timer.start()

    def refresh(self) -> None:
        self._timer.stop()
        if self._path is not None and self._session.reconciling:
            self._timer.start()  # mentions found now would be of the index being caught up
            return
        if self._path is None:
            self._on_found((NotePath(""), [], [], []))
            return
        job = functools.partial(_find_job, path=self._path)
        self._session.read(job, self._on_found, self._on_failed, channel="backlinks")

    def _on_found(
        self, result: tuple[NotePath, list[Reference], list[Reference], list[str]]
    ) -> None:
        path, linked, unlinked, names = result
        if path and path != self._path:
            return
        self._names = names
        self.linked.set_references(linked)
        self.unlinked.set_references(unlinked)
        self.linked_view.expandAll()
        self.unlinked_view.expandAll()
        self._update_titles()
        self.refreshed.emit()

    def _on_failed(self, error: BaseException) -> None:
        self.status_message.emit(core_text(error))

    def _update_titles(self) -> None:
        linked, unlinked = self.linked.reference_count(), self.unlinked.reference_count()
        self._linked_title.setText(self.tr("LINKED MENTIONS  {0}").format(linked))
        self._unlinked_title.setText(self.tr("UNLINKED MENTIONS  {0}").format(unlinked))
        if self._path is None:
            hint = self.tr("Open a note to see what links to it.")
        elif not linked and not unlinked:
            hint = self.tr("No other note links to or mentions this one yet.")
        else:
            hint = ""
        self._hint.setText(hint)
        self._hint.setVisible(bool(hint))

    # -- acting --------------------------------------------------------------------------------

    def link_mention(self, ref: Reference) -> None:
        """Turn one unlinked mention into a `[[link]]` to the open note (on the writer)."""
        if self._path is None:
            return
        job = functools.partial(link_job, ref=ref, target=self._path)
        op = Operation(
            job, undo=self._link_undo, on_done=self._on_linked, on_error=self._on_link_failed
        )
        self._session.run(op, self)

    def _link_undo(self, result: Changed[Reversal]) -> UndoStep:
        said = self.tr("Updated links in %n note(s).", "", len(result.changes.updated))
        return UndoStep(said, functools.partial(reverse_job, reversal=result.value))

    def _on_linked(self, _result: Changed[Reversal]) -> None:
        self.refresh()

    def _on_link_failed(self, error: BaseException) -> None:
        self.status_message.emit(core_text(error))
        self.refresh()

    def _on_view_clicked(self, index: QModelIndex) -> None:
        ref = index.data(ReferenceRole)
        if index.column() == 1 and isinstance(ref, Reference):
            self.link_mention(ref)
            return
        path = index.data(PathRole)
        if isinstance(path, str) and path:
            self.note_activated.emit(path)

    def _on_link_pressed(self) -> None:
        ref = self.unlinked_view.currentIndex().data(ReferenceRole)
        if isinstance(ref, Reference):
            self.link_mention(ref)

    def _on_return_pressed(self) -> None:
        view = self.focusWidget()
        if isinstance(view, QTreeView) and view.currentIndex().isValid():
            self._on_view_clicked(view.currentIndex())

    def _on_session_changed(self, changes: Changes, _initiator: object) -> None:
        for old, new in changes.moved:
            if old == self._path:
                self._path = new
        if self._path is None or not changes:
            return
        if changes == Changes(updated=frozenset({self._path})):
            # Typing in the open note changes what other notes say about it only when its
            # title or aliases change: a cheap look at its names decides (mentions are not).
            job = functools.partial(_names_job, path=self._path)
            self._session.read(job, self._on_names, channel="backlinks-names")
            return
        self._timer.start()

    def _on_names(self, result: tuple[NotePath, list[str]]) -> None:
        path, names = result
        if path == self._path and names != self._names:
            self._timer.start()

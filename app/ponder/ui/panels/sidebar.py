"""The sidebar: library sections, the tag tree and saved searches, each a search to run."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import partial

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeyEvent, QPalette
from PySide6.QtWidgets import QHeaderView, QMenu, QTreeView, QVBoxLayout, QWidget
from typing_extensions import override

from ponder.core.library import Library
from ponder.core.model import Changes
from ponder.core.settings import Settings
from ponder.ui.core_text import core_text
from ponder.ui.models.sidebar_model import SECTIONS, SidebarModel, SidebarRole
from ponder.ui.session import Session

REFRESH_MS = 400
INBOX_FOLDER = "inbox/"  # the Inbox section's query is `path:inbox/`
COUNTS_CHANNEL = "sidebar-counts"
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


@dataclass(frozen=True, slots=True)
class SidebarCounts:
    """The counts to show; `pending` while the index holds fewer notes than the vault (its
    first build): then only what the file walk can tell is a number (`None`: not known yet)."""

    sections: dict[str, int | None]
    tags: dict[str, int]
    saved: dict[str, int]
    pending: bool = False


def count_everything(
    sections: Mapping[str, str], saved: tuple[str, ...], building: bool, library: Library
) -> SidebarCounts:
    """Runs in the pool: one cheap search (limit 1) per section and saved search, and the
    index's tag counts — or, while the index is being built and does not hold every file yet,
    the counts of the file walk (all notes, the Inbox folder), never a count of the partial
    index, which would say 0 where there are notes."""
    if building:
        files = [entry.path for entry in library.scan()]
        if library.note_count() < len(files):
            return SidebarCounts(
                sections={
                    "all": len(files),
                    "inbox": sum(path.startswith(INBOX_FOLDER) for path in files),
                },
                tags={},
                saved={},
                pending=True,
            )
    return SidebarCounts(
        sections={key: library.search(query, limit=1).total for key, query in sections.items()},
        tags=library.tag_counts(),
        saved={query: library.search(query, limit=1).total for query in saved},
    )


class SidebarPanel(QWidget):
    """Today, sections, tags and saved searches; choosing one asks for its search (or for the
    Today page).

    Signals: `query_chosen(str)` — connect it to `NoteListPanel.set_query`; `today_chosen()`
    when the first row, Today, is clicked or Enter is pressed on it.
    """

    query_chosen = Signal(str)
    today_chosen = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self._session = session
        self.model = SidebarModel(self)
        self.view = self._build_view()
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(REFRESH_MS)
        self._refresh.timeout.connect(self.refresh)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.view)
        self.model.set_saved(session.settings.saved_searches)
        self._apply_palette()
        self.show_today()  # the window starts on the Today page
        self._pending = False
        self._build_seen = False
        session.changed.connect(self._on_session_changed)
        session.settings_changed.connect(self._on_settings_changed)
        session.reconcile_progress.connect(self._on_session_reconcile_progress)
        session.reconcile_finished.connect(self._on_session_reconcile_finished)
        self._refresh.start()  # soon, not now: a start begins building the index first

    def _build_view(self) -> QTreeView:
        view = QTreeView(self)
        view.setObjectName("sidebarTree")
        view.setAccessibleName(self.tr("Sidebar: sections, tags and saved searches"))
        view.setModel(self.model)
        view.setHeaderHidden(True)
        view.setRootIsDecorated(False)
        view.setIndentation(14)
        view.setAllColumnsShowFocus(True)
        view.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        header = view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        view.expandToDepth(0)
        view.clicked.connect(self._on_view_clicked)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._on_view_context_menu)
        view.installEventFilter(self)
        return view

    # -- public --------------------------------------------------------------------------------

    @Slot(str)
    def save_search(self, query: str) -> None:
        """Keep `query` among the saved searches (in the settings file)."""
        query = query.strip()
        saved = self._session.settings.saved_searches
        if query and query not in saved:
            self._update_saved((*saved, query))
            self.show_query(query)

    @Slot(str)
    def show_query(self, query: str) -> None:
        """Select the row that stands for `query` (connect `NoteListPanel.query_changed`);
        nothing is selected when no row does."""
        index = self.model.index_for_query(query.strip())
        selection = self.view.selectionModel()
        if index.isValid():
            self.view.setCurrentIndex(index)
        else:
            selection.clearSelection()
            selection.setCurrentIndex(QModelIndex(), selection.SelectionFlag.NoUpdate)

    @Slot()
    def show_today(self) -> None:
        """Select the Today row (the Today page is showing)."""
        self.view.setCurrentIndex(self.model.today_item.index())

    def today_selected(self) -> bool:
        return self.model.is_today(self.view.currentIndex())

    @Slot(str)
    def remove_saved_search(self, query: str) -> None:
        saved = self._session.settings.saved_searches
        if query in saved:
            self._update_saved(tuple(q for q in saved if q != query))

    @Slot()
    def refresh(self) -> None:
        """Recount sections, tags and saved searches in the background."""
        self._refresh.stop()
        work = partial(
            count_everything,
            {section.key: section.query for section in SECTIONS},
            self._session.settings.saved_searches,
            self._session.reconciling,
        )
        self._session.read(
            work, self._on_counts_done, self._on_counts_failed, channel=COUNTS_CHANNEL
        )

    def _update_saved(self, saved: tuple[str, ...]) -> None:
        settings: Settings = replace(self._session.settings, saved_searches=saved)
        self._session.update_settings(settings)

    # -- results and changes -------------------------------------------------------------------

    def _on_counts_done(self, counts: SidebarCounts) -> None:
        self._pending = counts.pending
        self.model.set_pending(counts.pending)
        if counts.pending:
            self.model.set_section_counts(counts.sections)
            return
        expanded = self._expanded_tags()
        self.model.set_section_counts(counts.sections)
        self.model.set_tags(counts.tags)
        self.model.set_saved(self._session.settings.saved_searches, counts.saved)
        self.view.setExpanded(self.model.tags_heading.index(), True)
        for name in expanded:
            item = self.model.tag_item(name)
            if item is not None:
                self.view.setExpanded(item.index(), True)

    def _on_counts_failed(self, error: BaseException) -> None:
        self._session.problem.emit(
            self.tr("Could not count notes: {error}").format(error=core_text(error))
        )

    def _expanded_tags(self) -> list[str]:
        names = []
        stack = [self.model.tags_heading]
        while stack:
            item = stack.pop()
            for row in range(item.rowCount()):
                child = item.child(row, 0)
                if child.hasChildren() and self.view.isExpanded(child.index()):
                    names.append(str(child.data(SidebarRole.NAME)))
                    stack.append(child)
        return names

    @Slot(object, object)
    def _on_session_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.added or changes.updated or changes.removed or changes.moved:
            self._refresh.start()

    @Slot(int, int)
    def _on_session_reconcile_progress(self, done: int, total: int) -> None:
        if done < total and not self._build_seen:
            self._build_seen = True
            self._refresh.start()  # a build started after the last count: say what is known

    @Slot(object)
    def _on_session_reconcile_finished(self, _report: object) -> None:
        self._build_seen = False
        self.refresh()

    @Slot(object)
    def _on_settings_changed(self, settings: Settings) -> None:
        self.model.set_saved(settings.saved_searches)
        self.view.setExpanded(self.model.saved_heading.index(), True)
        self._refresh.start()

    # -- choosing ------------------------------------------------------------------------------

    @Slot(QModelIndex)
    def _on_view_clicked(self, index: QModelIndex) -> None:
        self._choose(index)

    def _choose(self, index: QModelIndex) -> None:
        if self.model.is_today(index):
            self.today_chosen.emit()
            return
        query = self.model.query_at(index) if index.isValid() else None
        if query is not None:
            self.query_chosen.emit(query)

    @Slot(QPoint)
    def _on_view_context_menu(self, position: QPoint) -> None:
        index = self.view.indexAt(position).siblingAtColumn(0)
        if index.data(SidebarRole.ENTRY) != "saved":
            return
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        remove = QAction(self.tr("Remove saved search"), menu)
        remove.setData(index.data(SidebarRole.NAME))
        remove.triggered.connect(self._on_remove_triggered)
        menu.addAction(remove)
        menu.popup(self.view.viewport().mapToGlobal(position))

    @Slot()
    def _on_remove_triggered(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.remove_saved_search(str(action.data()))

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.view
            and isinstance(event, QKeyEvent)
            and (event.type() == QEvent.Type.KeyPress)
        ):
            current = self.view.currentIndex()
            if event.key() in _ENTER:
                self._choose(current)
                return True
            if (
                event.key() == Qt.Key.Key_Delete
                and current.siblingAtColumn(0).data(SidebarRole.ENTRY) == "saved"
            ):
                self.remove_saved_search(str(current.siblingAtColumn(0).data(SidebarRole.NAME)))
                return True
        return super().eventFilter(watched, event)

    @override
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._apply_palette()

    def _apply_palette(self) -> None:
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
        self.model.set_colours(muted, muted)

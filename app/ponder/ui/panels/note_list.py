"""The note list: a search field, a sort order, and the results, updated as you type."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from ponder.core.index_api import SearchResults
from ponder.core.model import Changes
from ponder.core.query import Sort
from ponder.ui.chevrons import ChevronComboBox
from ponder.ui.core_text import core_text
from ponder.ui.models.note_list_model import NoteListModel, NoteRole, number_locale
from ponder.ui.panels.scan_listing import Listing, search_or_scan
from ponder.ui.panels.snippet_delegate import SnippetDelegate
from ponder.ui.session import Session

REFRESH_MS = 250
PAGE = 100
SEARCH_CHANNEL = "search"
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class NoteListPanel(QWidget):
    """Search field, sort order and results, searched as you type.

    Searches run in the pool on one channel (a newer request makes older results stale). A
    keystroke searches at once when no search is running; keystrokes that arrive while one
    runs coalesce into one more search when it lands. A fixed debounce was tried first: it
    adds its whole interval to every result (p95 199 ms on the 38k-note tldr vault with 120 ms).

    Signals: `note_activated(str)` (a path: click, Enter), `query_changed(str)` (the field's
    text), `results_shown(int)` (the total, each time new results are on screen).
    """

    note_activated = Signal(str)
    query_changed = Signal(str)
    results_shown = Signal(int)

    def __init__(
        self, session: Session, parent: QWidget | None = None, *, page_size: int = PAGE
    ) -> None:
        super().__init__(parent)
        self.setObjectName("noteListPanel")
        self._session = session
        self._page = page_size
        self._limit = page_size
        self._keep_path: str | None = None
        self._in_flight = False  # one of our searches is running
        self._pending = False  # the text changed meanwhile: search again when it lands
        self._issued_text = ""
        self._partial = False
        self._indexing = False  # notes are being (re)indexed: answers are partial
        self._reindexed = False  # this reconcile indexed something
        self.shown_text = ""
        """The search text whose results the list shows."""
        self.model = NoteListModel(self)
        self.search_field = self._build_field()
        self.sort_box = self._build_sort()
        self.count_label = QLabel(self)
        self.count_label.setObjectName("hint")
        self.view = self._build_view()
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("hint")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self._refresh = self._timer(REFRESH_MS, self._on_refresh_timeout)
        self._stack = QStackedLayout()
        self._lay_out()
        session.changed.connect(self._on_session_changed)
        session.reconcile_progress.connect(self._on_session_reconcile_progress)
        session.reconcile_finished.connect(self._on_session_reconcile_finished)
        self._run_search()

    # -- building ------------------------------------------------------------------------------

    def _build_field(self) -> QLineEdit:
        field = QLineEdit(self)
        field.setObjectName("searchField")
        field.setPlaceholderText(self.tr('Search notes — try tag:work, "a phrase", cach*'))
        field.setClearButtonEnabled(True)
        field.setAccessibleName(self.tr("Search notes"))
        field.setToolTip(self.tr('Words, "phrases", prefix*, tag:, kind:, title:, path:, -exclude'))
        field.textChanged.connect(self._on_field_text_changed)
        field.installEventFilter(self)
        return field

    def _build_sort(self) -> QComboBox:
        box = ChevronComboBox(self)
        box.setObjectName("sortBox")
        box.setAccessibleName(self.tr("Sort order"))
        box.setToolTip(self.tr("Sort results"))
        box.addItem(self.tr("Relevance"), None)
        box.addItem(self.tr("Updated"), Sort.UPDATED)
        box.addItem(self.tr("Created"), Sort.CREATED)
        box.addItem(self.tr("Title"), Sort.TITLE)
        box.currentIndexChanged.connect(self._on_sort_changed)
        return box

    def _build_view(self) -> QListView:
        view = QListView(self)
        view.setObjectName("noteList")
        view.setAccessibleName(self.tr("Notes"))
        view.setModel(self.model)
        view.setItemDelegate(SnippetDelegate(view))
        view.setUniformItemSizes(True)
        view.setMouseTracking(True)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.clicked.connect(self._on_view_clicked)
        view.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        view.installEventFilter(self)
        return view

    def _timer(self, interval: int, slot: object) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval)
        timer.timeout.connect(slot)
        return timer

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        bar.setContentsMargins(10, 10, 10, 4)
        bar.setSpacing(6)
        bar.addWidget(self.search_field, 1)
        bar.addWidget(self.sort_box)
        status = QHBoxLayout()
        status.setContentsMargins(14, 0, 14, 4)
        status.addWidget(self.count_label)
        self._stack.addWidget(self.view)
        self._stack.addWidget(self.empty_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addLayout(status)
        layout.addLayout(self._stack, 1)

    # -- public --------------------------------------------------------------------------------

    @Slot(str)
    def set_query(self, text: str) -> None:
        """Search for `text` as if typed (the sidebar's sections and tags use this)."""
        if text != self.search_field.text():
            self.search_field.setText(text)

    @Slot()
    def focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def query(self) -> str:
        return self.search_field.text()

    def reveal(self, path: str) -> None:
        """Make `path` the current row when the list shows it (without opening anything)."""
        row = self.model.row_of(path)
        if row >= 0 and self.view.currentIndex().row() != row:
            index = self.model.index(row, 0)
            self.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self.view.scrollTo(index)

    @Slot()
    def focus_list(self) -> None:
        """The keyboard to the list (at the open note's row), or to the search field when the
        list is empty."""
        if self.model.rowCount():
            if not self.view.currentIndex().isValid():
                self.view.setCurrentIndex(self.model.index(0, 0))
            self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self.focus_search()

    def searching(self) -> bool:
        """A search is running or due (results on screen may be for older text)."""
        return self._in_flight or self._pending

    def current_path(self) -> str | None:
        index = self.view.currentIndex()
        return str(index.data(NoteRole.PATH)) if index.isValid() else None

    def selected_paths(self) -> list[str]:
        """The selected notes (Ctrl+click, Shift+arrows), in list order."""
        rows = sorted(index.row() for index in self.view.selectionModel().selectedIndexes())
        return [str(self.model.index(row, 0).data(NoteRole.PATH)) for row in rows]

    # -- searching -----------------------------------------------------------------------------

    @Slot(str)
    def _on_field_text_changed(self, text: str) -> None:
        self.query_changed.emit(text)
        self._limit = self._page
        self._request_search()

    def _request_search(self) -> None:
        """Search now when idle; otherwise once, for the newest text, when the running search
        lands. Keystrokes in quick succession coalesce, and the index never has more than one
        of our searches queued."""
        if self._in_flight:
            self._pending = True
        else:
            self._run_search()

    @Slot(int)
    def _on_sort_changed(self, _index: int) -> None:
        self._limit = self._page
        self._request_search()

    @Slot()
    def _run_search(self) -> None:
        self._pending = False
        self._in_flight = True
        data = self.sort_box.currentData()  # QVariant hands the enum back as its str value
        sort = Sort(data) if data else None
        self._issued_text = self.search_field.text()
        work = partial(
            search_or_scan,
            self._issued_text.strip(),
            sort,
            self._limit,
            self._session.reconciling,
            self._indexing,
        )
        self._session.read(
            work, self._on_search_done, self._on_search_failed, channel=SEARCH_CHANNEL
        )

    def _on_search_done(self, listing: Listing) -> None:
        results = listing.results
        self._partial = listing.partial
        self._in_flight = False
        self.shown_text = self._issued_text  # only the newest request's results arrive
        keep = self._keep_path if self._keep_path is not None else self.current_path()
        self._keep_path = None
        scroll = self.view.verticalScrollBar().value()
        self.model.set_hits(results.hits, results.total)
        row = self.model.row_of(keep) if keep else -1
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, 0))
            self.view.verticalScrollBar().setValue(scroll)
        self._show_count(results)
        self.results_shown.emit(results.total)
        if not results.total and self._session.reconciling and not listing.scanned:
            self._pending = self._pending or not self._issued_text.strip()  # list the files
        if self._pending:
            self._run_search()

    def _on_search_failed(self, error: BaseException) -> None:
        self._in_flight = False
        if self._pending:
            self._run_search()
            return
        self.model.clear()
        self.count_label.setText(self.tr("Search failed"))
        self.empty_label.setText(
            self.tr("The search could not run: {error}").format(error=core_text(error))
        )
        self._stack.setCurrentWidget(self.empty_label)

    def _show_count(self, results: SearchResults) -> None:
        total = results.total
        amount = number_locale().toString(total) + ("+" if results.timed_out else "")
        text = self.tr("{n} note(s)", "", total).format(n=amount)
        if self._partial:
            text = self.tr("{count} (still indexing: results are partial)").format(count=text)
        self.count_label.setText(text)
        if total:
            self._stack.setCurrentWidget(self.view)
            return
        query = self.search_field.text().strip()
        if query:
            self.empty_label.setText(
                self.tr(
                    "Nothing matches “{query}”.\nTry fewer words, or a prefix like cach*."
                ).format(query=query)
                if not self._partial
                else self.tr(
                    "Nothing matches “{query}” yet.\nPonder is still indexing your notes; "
                    "the results grow as it goes."
                ).format(query=query)
            )
        else:
            self.empty_label.setText(self.tr("No notes yet."))
        self._stack.setCurrentWidget(self.empty_label)

    @Slot(int)
    def _on_scrolled(self, value: int) -> None:
        """Near the end of the rows: fetch the next page of the same results."""
        bar = self.view.verticalScrollBar()
        more = self.model.rowCount() < self.model.total
        if more and not self._in_flight and value >= bar.maximum() - bar.pageStep() // 2:
            self._limit = self.model.rowCount() + self._page
            self._run_search()

    # -- staying current -----------------------------------------------------------------------

    @Slot(object, object)
    @Slot(int, int)
    def _on_session_reconcile_progress(self, done: int, total: int) -> None:
        # Only notes being (re)indexed make answers partial; a start that finds every file as
        # it was indexed reports no progress and never says so.
        self._indexing = done < total
        self._reindexed = True

    @Slot(object)
    def _on_session_reconcile_finished(self, _report: object) -> None:
        reindexed, self._reindexed, self._indexing = self._reindexed, False, False
        if reindexed or self._partial or self._in_flight:
            self._request_search()  # the whole index answers now

    def _on_session_changed(self, changes: Changes, _initiator: object) -> None:
        if not (changes.added or changes.updated or changes.removed or changes.moved):
            return
        current = self._keep_path or self.current_path()
        for old, new in changes.moved:
            if old == current:
                current = new
        self._keep_path = current
        self._refresh.start()

    @Slot()
    def _on_refresh_timeout(self) -> None:
        self._limit = max(self._page, self.model.rowCount())
        self._request_search()

    # -- keyboard and mouse --------------------------------------------------------------------

    @Slot(QModelIndex)
    def _on_view_clicked(self, index: QModelIndex) -> None:
        extending = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        if not QGuiApplication.keyboardModifiers() & extending:  # Ctrl/Shift+click selects
            self._activate(index)

    def _activate(self, index: QModelIndex) -> None:
        if index.isValid():
            self.note_activated.emit(str(index.data(NoteRole.PATH)))

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self.search_field:
                return self._field_key(event)
            if watched is self.view:
                return self._view_key(event)
        return super().eventFilter(watched, event)

    def _field_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key == Qt.Key.Key_Down and self.model.rowCount():
            if not self.view.currentIndex().isValid():
                self.view.setCurrentIndex(self.model.index(0, 0))
            self.view.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        if key in _ENTER and self.model.rowCount():
            current = self.view.currentIndex()
            self._activate(current if current.isValid() else self.model.index(0, 0))
            return True
        if key == Qt.Key.Key_Escape and self.search_field.text():
            self.search_field.clear()
            return True
        return False

    def _view_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key in _ENTER:
            self._activate(self.view.currentIndex())
            return True
        at_top = self.view.currentIndex().row() <= 0
        if key == Qt.Key.Key_Escape or (key == Qt.Key.Key_Up and at_top):
            self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return True
        return False

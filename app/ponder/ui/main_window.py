"""The main window: layout only. Panels do the work; the controller wires them to actions."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QProgressBar,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from ponder.ui.actions import ActionRegistry
from ponder.ui.drops import Drop
from ponder.ui.panels.backlinks import BacklinksPanel
from ponder.ui.panels.journal_calendar import JournalCalendar
from ponder.ui.panels.note_list import NoteListPanel
from ponder.ui.panels.note_panel import NotePanel
from ponder.ui.panels.sidebar import SidebarPanel
from ponder.ui.session import Session


class StatusBar:
    """The widgets of the status bar: reconcile progress, note count, save state, words."""

    def __init__(self, window: QMainWindow) -> None:
        bar = window.statusBar()
        self.progress = QProgressBar()
        self.progress.setAccessibleName(
            QCoreApplication.translate("MainWindow", "Indexing progress")
        )
        self.progress.setFixedWidth(140)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.notes = QLabel()
        self.notes.setAccessibleName(QCoreApplication.translate("MainWindow", "Number of notes"))
        self.save_state = QLabel()
        self.save_state.setAccessibleName(QCoreApplication.translate("MainWindow", "Save state"))
        self.words = QLabel()
        self.words.setAccessibleName(QCoreApplication.translate("MainWindow", "Word count"))
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.words)
        bar.addPermanentWidget(self.save_state)
        bar.addPermanentWidget(self.notes)


class MainWindow(QMainWindow):
    """Signals: `closing()` just before the window closes (the application then saves and shuts
    down); `vault_requested(str)` when the person asks for another vault folder; `dropped(Drop)`
    when links, files or text are dropped on the window (the editor takes its own drops)."""

    closing = Signal()
    vault_requested = Signal(str)
    dropped = Signal(object)

    def __init__(self, session: Session, layout_store: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self._layout_store = layout_store
        self.setWindowTitle(self.tr("Ponder — {vault}").format(vault=session.library.root.name))
        self.setAccessibleName(self.tr("Ponder"))
        self.setAcceptDrops(True)
        self.resize(1280, 800)
        self.sidebar = SidebarPanel(session)
        self.calendar = JournalCalendar(session)
        self.note_list = NoteListPanel(session)
        self.note_list.setObjectName("noteList")
        self.note_panel = NotePanel(session)
        self.backlinks = BacklinksPanel(session)

        left = QWidget()
        left.setObjectName("sidebar")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(0)
        left_layout.addWidget(self.sidebar, 1)
        left_layout.addWidget(self.calendar)

        self.right = QSplitter(Qt.Orientation.Vertical)
        self.right.setObjectName("noteSplitter")
        self.right.addWidget(self.note_panel)
        self.right.addWidget(self.backlinks)
        self.right.setStretchFactor(0, 4)
        self.right.setStretchFactor(1, 1)

        self.main = QSplitter(Qt.Orientation.Horizontal)
        self.main.setObjectName("mainSplitter")
        for widget in (left, self.note_list, self.right):
            self.main.addWidget(widget)
        self.main.setSizes([230, 360, 690])
        self.main.setStretchFactor(2, 1)
        self.main.setChildrenCollapsible(False)
        self.left = left
        self.setCentralWidget(self.main)
        self.status = StatusBar(self)

    def install_actions(self, actions: ActionRegistry) -> None:
        """Menus from the action table; every action also works while its menu is closed."""
        for name in actions.menus():
            menu = self.menuBar().addMenu(actions.menu_title(name))
            for action in actions.in_menu(name):
                menu.addAction(action)
                self.addAction(action)
        for action_id in ("view.sidebar", "view.backlinks"):
            actions[action_id].setCheckable(True)
            actions[action_id].setChecked(True)

    def restore_layout(self) -> None:
        geometry = self._layout_store.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        for splitter in (self.main, self.right):
            state = self._layout_store.value(f"window/{splitter.objectName()}")
            if isinstance(state, QByteArray):
                splitter.restoreState(state)

    def save_layout(self) -> None:
        self._layout_store.setValue("window/geometry", self.saveGeometry())
        for splitter in (self.main, self.right):
            self._layout_store.setValue(f"window/{splitter.objectName()}", splitter.saveState())
        self._layout_store.sync()

    @override
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if Drop.from_mime(event.mimeData()):
            event.acceptProposedAction()

    @override
    def dropEvent(self, event: QDropEvent) -> None:
        drop = Drop.from_mime(event.mimeData())
        if drop:
            event.acceptProposedAction()
            self.dropped.emit(drop)

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        self.closing.emit()
        super().closeEvent(event)

"""The main window: layout only. Panels do the work; the controller wires them to actions."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeyEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QMenuBar,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from ponder.ui.actions import ActionRegistry, with_mnemonics
from ponder.ui.drops import Drop
from ponder.ui.panels.backlinks import BacklinksPanel
from ponder.ui.panels.journal_calendar import JournalCalendar
from ponder.ui.panels.note_list import NoteListPanel
from ponder.ui.panels.note_panel import NotePanel
from ponder.ui.panels.sidebar import SidebarPanel
from ponder.ui.sense.related_panel import RelatedPanel
from ponder.ui.sense.today_view import TodayView
from ponder.ui.session import Session

NARROW_BELOW = 1100
"""Below this width the sidebar and the backlinks fold away (View menu, Ctrl+Shift+B/L)."""
NARROW_LIST = 280


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
        self.indexing = QLabel()
        self.indexing.setAccessibleName(QCoreApplication.translate("MainWindow", "Indexing"))
        self.indexing.hide()
        self.notes = QLabel()
        self.notes.setAccessibleName(QCoreApplication.translate("MainWindow", "Number of notes"))
        self.save_state = QLabel()
        self.save_state.setAccessibleName(QCoreApplication.translate("MainWindow", "Save state"))
        self.words = QLabel()
        self.words.setAccessibleName(QCoreApplication.translate("MainWindow", "Word count"))
        bar.addPermanentWidget(self.indexing)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.words)
        bar.addPermanentWidget(self.save_state)
        bar.addPermanentWidget(self.notes)


class MainWindow(QMainWindow):
    """Signals: `closing()` just before the window closes (the application then saves and shuts
    down); `vault_requested(str)` when the person asks for another vault folder; `dropped(Drop)`
    when links, files or text are dropped on the window (the editor takes its own drops);
    `hidden_to_tray()` when closing only hid the window because the app keeps running."""

    closing = Signal()
    hidden_to_tray = Signal()
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
        self.today = TodayView(session)  # the start page, until a note is opened
        self.note_stack = QStackedWidget()
        self.note_stack.addWidget(self.today)
        self.note_stack.addWidget(self.note_panel)
        self.related = RelatedPanel(session)
        self.side_tabs = QTabWidget()
        self.side_tabs.setObjectName("linkTabs")
        self.side_tabs.addTab(self.backlinks, self.tr("Backlinks"))
        self.side_tabs.addTab(self.related, self.tr("Related"))

        left = QWidget()
        left.setObjectName("sidebar")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(0)
        left_layout.addWidget(self.sidebar, 1)
        left_layout.addWidget(self.calendar)

        self.right = QSplitter(Qt.Orientation.Vertical)
        self.right.setObjectName("noteSplitter")
        self.right.addWidget(self.note_stack)
        self.right.addWidget(self.side_tabs)
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
        self.menus: list[tuple[str, list[QAction]]] = []
        self.keep_running = False  # closing hides to the tray instead (set by the application)
        self._quitting = False
        self._size_class = ""
        self._panel_actions: dict[str, QAction] = {}
        self._last_focus: QWidget | None = None
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_app_focus_changed)

    def install_actions(self, actions: ActionRegistry) -> None:
        """Menus from the action table; every action also works while its menu is closed.
        Every menu and item gets a mnemonic (Alt+F opens File, then a letter picks)."""
        names = actions.menus()
        titles = with_mnemonics([actions.menu_title(name) for name in names])
        for name, title in zip(names, titles, strict=True):
            menu = self.menuBar().addMenu(title)
            menu.aboutToHide.connect(self._on_menu_about_to_hide)
            items = actions.in_menu(name)
            for action, text in zip(items, with_mnemonics([a.text() for a in items]), strict=True):
                action.setText(text)
                menu.addAction(action)
                self.addAction(action)
            self.menus.append((title, items))
        for action_id in ("view.sidebar", "view.backlinks"):
            actions[action_id].setCheckable(True)
            self._panel_actions[action_id.removeprefix("view.")] = actions[action_id]
        self._apply_size_class()

    # -- layout: wide and narrow windows each keep their own ---------------------------------------

    def size_class(self) -> str:
        """ "narrow" below NARROW_BELOW pixels (the side panels fold away), else "wide"."""
        return "narrow" if self.width() < NARROW_BELOW else "wide"

    def _key(self, name: str, size_class: str | None = None) -> str:
        size_class = size_class or self.size_class()
        return f"window/{name}" if size_class == "wide" else f"window/narrow/{name}"

    def show_panel(self, name: str, shown: bool) -> None:
        """Show or hide "sidebar" or "backlinks", remembered for this size of window."""
        self._panels()[name].setVisible(shown)
        if name in self._panel_actions:
            self._panel_actions[name].setChecked(shown)
        self._layout_store.setValue(self._key(f"show_{name}"), shown)

    def _panels(self) -> dict[str, QWidget]:
        return {"sidebar": self.left, "backlinks": self.side_tabs}

    def _apply_size_class(self) -> None:
        size_class = self.size_class()
        for name, widget in self._panels().items():
            stored = self._layout_store.value(self._key(f"show_{name}", size_class))
            shown = stored in (True, "true") if stored is not None else size_class == "wide"
            widget.setVisible(shown)
            if name in self._panel_actions:
                self._panel_actions[name].setChecked(shown)
        state = self._layout_store.value(self._key(self.main.objectName(), size_class))
        if isinstance(state, QByteArray):
            self.main.restoreState(state)
        elif size_class == "narrow":
            self.main.setSizes([0, NARROW_LIST, max(1, self.width() - NARROW_LIST)])
        self.note_panel.set_narrow(size_class == "narrow")
        self._size_class = size_class

    def restore_layout(self) -> None:
        geometry = self._layout_store.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        for splitter in (self.main, self.right):
            state = self._layout_store.value(self._key(splitter.objectName()))
            if isinstance(state, QByteArray):
                splitter.restoreState(state)
        self._apply_size_class()

    def save_layout(self) -> None:
        self._layout_store.setValue("window/geometry", self.saveGeometry())
        for splitter in (self.main, self.right):
            self._layout_store.setValue(self._key(splitter.objectName()), splitter.saveState())
        self._layout_store.sync()

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        previous = self._size_class
        if previous and previous != self.size_class():
            key = self._key(self.main.objectName(), previous)
            self._layout_store.setValue(key, self.main.saveState())
            self._apply_size_class()
        super().resizeEvent(event)

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

    def quit(self) -> None:
        """Close for good (File ▸ Quit, the tray's Quit), even when closing keeps running."""
        self._quitting = True
        self.close()

    def toggle_shown(self) -> None:
        """Hide the window, or bring it back in front (a left click on the tray icon)."""
        if self.isVisible() and not self.isMinimized() and self.isActiveWindow():
            self.hide()
            return
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def _on_menu_about_to_hide(self) -> None:
        # Esc closing a menu leaves the menu bar holding the keyboard (Fusion): the next keys
        # would move between menus instead of reaching the note. Give the keys back.
        QTimer.singleShot(0, self._release_menu_bar)

    def _release_menu_bar(self) -> None:
        bar = self.menuBar()
        if any(m.isVisible() for m in bar.findChildren(QMenu)):
            return  # moved on to the next menu
        if bar.activeAction() is not None:
            escape = QKeyEvent(
                QEvent.Type.KeyPress, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier
            )
            QApplication.sendEvent(bar, escape)
        focused = QApplication.focusWidget()
        if focused is None or focused is bar:
            self.restore_focus()

    def restore_focus(self) -> None:
        """Give the keyboard back to the widget of this window that last had it."""
        last = self._last_focus
        if last is not None and shiboken6.isValid(last) and last.isVisible():
            last.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_app_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and not isinstance(new, QMenuBar | QMenu) and new.window() is self:
            self._last_focus = new

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        if self.keep_running and not self._quitting:
            event.ignore()
            self.hide()
            self.hidden_to_tray.emit()
            return
        self.closing.emit()
        super().closeEvent(event)

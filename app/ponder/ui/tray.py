"""The tray icon: a left click shows or hides the window; its menu captures, journals, quits."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Slot
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from ponder.ui.actions import ActionRegistry
from ponder.ui.main_window import MainWindow

_NOTICE_SHOWN = "tray/notice_shown"


class Tray(QObject):
    """Owns the QSystemTrayIcon of one window. The first time closing the window only hides it,
    a notice says where Ponder went (once per settings folder). Emits no signals."""

    def __init__(
        self, icon: QIcon, window: MainWindow, actions: ActionRegistry, store: QSettings
    ) -> None:
        super().__init__(window)
        self._window = window
        self._store = store
        self.icon = QSystemTrayIcon(icon, self)
        self.icon.setToolTip(self.tr("Ponder"))
        self.menu = QMenu()
        self.show_action = QAction(self.tr("Show or hide Ponder"), self.menu)
        self.show_action.triggered.connect(window.toggle_shown)
        self.menu.addAction(self.show_action)
        self.menu.addSeparator()
        self.menu.addAction(actions["capture.quick"])
        self.menu.addAction(actions["journal.today"])
        self.menu.addSeparator()
        self.menu.addAction(actions["app.quit"])
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._on_icon_activated)
        window.hidden_to_tray.connect(self._on_window_hidden_to_tray)

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    @Slot(QSystemTrayIcon.ActivationReason)
    def _on_icon_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self._window.toggle_shown()

    @Slot()
    def _on_window_hidden_to_tray(self) -> None:
        if self._store.value(_NOTICE_SHOWN) in (True, "true"):
            return
        self._store.setValue(_NOTICE_SHOWN, True)
        self.notice = self.tr(
            "Ponder keeps running here, so capture and the journal stay one click away. "
            "Quit from this icon's menu, or turn this off in Preferences."
        )
        self.icon.showMessage(self.tr("Ponder is still running"), self.notice)

"""The composition root: builds the core and the window and wires them. The only module that
knows every part."""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QLocale, QObject, QSettings, QSize, Slot, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from ponder import __version__
from ponder.core import handover, logfiles
from ponder.core import settings as settings_store
from ponder.core.library import Library
from ponder.core.sense import journal_config
from ponder.core.settings import Dirs, Settings
from ponder.core.vault import VaultError
from ponder.core.welcome import add_welcome_note
from ponder.desktop_entry import APP_ID, icon_files
from ponder.ui import theme
from ponder.ui.controller import WindowController
from ponder.ui.dialogs.first_run import FirstRunDialog
from ponder.ui.main_window import MainWindow
from ponder.ui.prompter import QtPrompter
from ponder.ui.quit_signals import QuitSignals
from ponder.ui.session import Session
from ponder.ui.single_instance import InstanceServer
from ponder.ui.tasks import TaskRunner
from ponder.ui.translations import install_translators
from ponder.ui.tray import Tray

log = logging.getLogger("ponder.application")
DEFAULT_VAULT = Path("~/Ponder").expanduser()
_LAST_NOTE = "session/note"


@dataclass(frozen=True, slots=True)
class LaunchRequest:
    """What the command line asked the window to do."""

    vault: Path | None = None
    open_path: str | None = None
    quick_capture: bool = False

    def message(self) -> dict[str, object]:
        if self.quick_capture:
            return {"command": "quick-capture"}
        if self.open_path:
            return {"command": "open", "path": self.open_path}
        return {"command": "raise"}


class Application(QObject):
    """One running Ponder: the session, the window, the tray, the single-instance server."""

    def __init__(self, app: QApplication, dirs: Dirs, settings: Settings, root: Path) -> None:
        super().__init__()
        self.app = app
        self.dirs = dirs
        fresh = not root.exists() or not any(root.iterdir())
        library = Library.open(root, dirs.cache, create=True)
        library.journal = journal_config.resolve(
            library.root,
            settings.journal_folder,
            settings.journal_date_format,
            settings.journal_template,
        )
        language = QLocale().name().split("_")[0]
        self.welcome = add_welcome_note(library, language) if fresh else None
        self.session = Session(library, TaskRunner(), settings, dirs)
        theme.apply(app, theme.resolve(settings.theme))
        self.store = QSettings(str(dirs.config / "window.ini"), QSettings.Format.IniFormat)
        self.window = MainWindow(self.session, self.store)
        self.controller = WindowController(self.window, self.session, QtPrompter(self.window))
        self.window.closing.connect(self._on_window_closing)
        self.window.vault_requested.connect(self._on_window_vault_requested)
        self.tray = self._make_tray()
        self._follow_tray_setting(settings)
        self.session.settings_changed.connect(self._follow_tray_setting)
        self.next_vault: Path | None = None

    def start(self, request: LaunchRequest) -> None:
        """Show the window at once; the index catches up in the background."""
        self.window.restore_layout()
        self.window.show()
        self.session.start_watching()  # before the reconcile, so no edit falls between them
        self.session.reconcile()
        if request.open_path or request.quick_capture:
            self.handle(request.message())
        else:
            self._reopen_last_note()
        # What start-up made lives as long as the window: keep it out of the collector's full
        # passes, which otherwise walk it all again (20-35 ms each on the UI thread, measured).
        gc.freeze()

    def _reopen_last_note(self) -> None:
        if self.welcome is not None:  # a new vault: the first thing to read is how it works
            self.controller.open_note(self.welcome)
            return
        last = self.store.value(_LAST_NOTE)
        if isinstance(last, str) and last:
            root = self.session.library.root
            if (root / last).is_file():
                self.controller.open_note(last)

    def _make_tray(self) -> Tray | None:
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return None
        tray = Tray(self.app.windowIcon(), self.window, self.controller.actions, self.store)
        tray.show()
        return tray

    @Slot(object)
    def _follow_tray_setting(self, settings: Settings) -> None:
        keep = self.tray is not None and settings.keep_in_tray
        self.window.keep_running = keep
        # A dialog closed while the window sits in the tray must not end the app.
        self.app.setQuitOnLastWindowClosed(not keep)

    @Slot(dict)
    def handle(self, message: dict[str, object]) -> None:
        """A request from a later launch (or this one's command line)."""
        command = message.get("command")
        if command == "capture":
            tags = message.get("tags")
            self.controller.seek.clips.capture(
                str(message.get("text") or ""),
                url=str(message["url"]) if message.get("url") else None,
                tags=[str(t) for t in tags] if isinstance(tags, list) else (),
            )
            return
        if command == "quick-capture":
            self.controller.seek.quick_capture()
            return
        if command == "open" and isinstance(message.get("path"), str):
            self.controller.open_note(self._note_path(str(message["path"])))
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def accepts(self, message: dict[str, object]) -> bool:
        """A capture from `ponder capture` is taken only for the vault this window has open."""
        if message.get("command") != "capture":
            return True
        vault = message.get("vault")
        root = self.session.library.root
        return isinstance(vault, str) and Path(vault).expanduser().resolve() == root.resolve()

    def _note_path(self, given: str) -> str:
        root = self.session.library.root
        path = Path(given).expanduser()
        if path.is_absolute():
            try:
                return path.resolve().relative_to(root).as_posix()
            except ValueError:
                return given
        return given

    @Slot()
    def _on_window_closing(self) -> None:
        self.store.setValue(_LAST_NOTE, self.window.note_panel.document.path or "")
        self.store.sync()
        try:
            self.window.note_panel.document.close().result(timeout=15)
        except Exception:  # never block quitting: the document keeps an unsaved copy
            log.exception("saving the open note at exit failed")
        if self.tray is not None:
            self.tray.hide()
        self.session.close()
        if not self.app.quitOnLastWindowClosed():
            self.app.quit()

    @Slot(str)
    def _on_window_vault_requested(self, folder: str) -> None:
        self.next_vault = Path(folder)
        settings = replace(self.session.settings, vault=folder)
        settings_store.save(self.dirs.settings_file, settings)
        self.window.quit()


def _choose_vault(settings: Settings, request: LaunchRequest) -> Path | None:
    if request.vault is not None:
        return request.vault
    if settings.vault:
        return Path(settings.vault).expanduser()
    dialog = FirstRunDialog(QtPrompter(None), DEFAULT_VAULT)
    if dialog.exec() != FirstRunDialog.DialogCode.Accepted:  # the app has no window yet
        return None
    return dialog.chosen_path()


def app_icon() -> QIcon:
    """The drawing at every size, each small size drawn for its own pixel grid."""
    icon = QIcon(str(resources.files("ponder.resources").joinpath("icons/ponder.svg")))
    for size, png in icon_files().items():
        icon.addFile(str(png), QSize(size, size))
    return icon


def run(request: LaunchRequest) -> int:
    """Start the desktop app (or hand the request to a running one). Returns the exit code."""
    # Every call from Qt into Python (a model's data(), a paint) takes the GIL again; while a
    # pool thread indexes or searches, the default 5 ms switch interval made each such call
    # wait up to 5 ms, and a view's layout makes hundreds (measured: saving stalls 28–45 ms
    # at 5 ms, 19–35 ms at 1 ms on the tldr corpus).
    sys.setswitchinterval(0.001)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    install_translators(app)  # before any window or dialog exists
    app.setApplicationName("Ponder")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)  # Wayland's app id, and how desktops find our .desktop file
    app.setWindowIcon(app_icon())
    dirs = Dirs.for_user()
    logged = logfiles.open_log("window")
    log.info("Ponder %s starts (Qt %s)", __version__, qVersion())
    previous_hook, sys.excepthook = sys.excepthook, _log_uncaught(sys.excepthook)
    try:
        server = _instance_server(dirs, request)
        if server is None:
            return 0
        quit_signals = QuitSignals()
        try:
            return _serve(app, dirs, server, quit_signals, request)
        finally:
            quit_signals.close()
            server.close()
    finally:
        sys.excepthook = previous_hook
        log.info("Ponder stops")
        logged.close()


def _log_uncaught(previous: Callable[..., object]) -> Callable[..., object]:
    """An excepthook that puts an error raised in a slot into the log, then does what the
    previous hook did (PySide6 hands such errors to sys.excepthook)."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        log.error("uncaught %s in the window", kind.__name__, exc_info=(kind, error, tb))
        previous(kind, error, tb)

    return hook


def _instance_server(dirs: Dirs, request: LaunchRequest) -> InstanceServer | None:
    """The server for later launches, or None when a running Ponder took this request. An
    unsafe channel is reported and never used: this window then runs on its own."""
    try:
        path = handover.socket_path(str(dirs.config))  # one Ponder per settings folder
    except handover.ChannelError as exc:
        log.warning("single instance is off: %s", exc)
        print(f"ponder: warning: {exc}", file=sys.stderr)
        path = None
    if path is not None:
        delivery = handover.send(path, request.message())
        if delivery.handed:
            return None
        if delivery.outcome is handover.Outcome.UNSAFE:
            log.warning("single instance is off: %s", delivery.reason)
            print(f"ponder: warning: {delivery.reason}", file=sys.stderr)
            path = None
    server = InstanceServer(path)
    server.listen()
    return server


def _serve(
    app: QApplication,
    dirs: Dirs,
    server: InstanceServer,
    quit_signals: QuitSignals,
    request: LaunchRequest,
) -> int:
    """Run windows until the person quits; opening another vault starts the next one."""
    settings = settings_store.load(dirs.settings_file).settings
    while True:
        root = _choose_vault(settings, request)
        if root is None:
            return 0
        if request.vault is None and settings.vault != str(root):
            settings = replace(settings, vault=str(root))  # remember the first-run choice
            settings_store.save(dirs.settings_file, settings)
        try:
            ponder = Application(app, dirs, settings, root)
        except VaultError as exc:
            print(f"ponder: {exc}", file=sys.stderr)
            return 3
        server.message_received.connect(ponder.handle)
        server.accepts = ponder.accepts
        quit_signals.received.connect(ponder.window.quit)
        ponder.start(request)
        app.exec()
        server.message_received.disconnect(ponder.handle)
        quit_signals.received.disconnect(ponder.window.quit)
        if ponder.next_vault is None:
            return 0
        settings = replace(settings, vault=str(ponder.next_vault))
        request = LaunchRequest(vault=ponder.next_vault)

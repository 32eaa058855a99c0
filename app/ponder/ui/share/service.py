"""The window's share accounts and their one credential store, used only off the UI thread.

The keyring may block (a Secret Service waiting for an unlock), so the store is created, read
and written in the pool. Channels that need the desktop (clipboard, mail program) reach it
through queued signals, since they post from a pool thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication

from ponder.core.library import Library
from ponder.ui.core_text import core_text
from ponder.ui.session import Session

if TYPE_CHECKING:
    from ponder.core.share.accounts import Account, Accounts
    from ponder.core.share.channels import Channel
    from ponder.core.share.channels.registry import Tools
    from ponder.core.share.limits import Limits

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class _Desktop(QObject):
    """The clipboard and the URL opener for channels posting from a pool thread."""

    _copy_requested = Signal(str)
    _open_requested = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        queued = Qt.ConnectionType.QueuedConnection
        self._copy_requested.connect(self._on_copy_requested, queued)
        self._open_requested.connect(self._on_open_requested, queued)

    def write(self, text: str, html: str | None) -> None:
        self._copy_requested.emit(text)

    def open_url(self, url: str) -> None:
        self._open_requested.emit(url)

    @Slot(str)
    def _on_copy_requested(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)

    @Slot(str)
    def _on_open_requested(self, url: str) -> None:
        if url.startswith("mailto:"):
            QDesktopServices.openUrl(QUrl(url))


class ShareService(QObject):
    """Signals: `accounts_changed()` when the list of accounts is loaded or edited.

    `accounts()` and `warning` are plain reads; everything touching secrets or the network
    (`add`, `remove`, `channel`, `fetch_limits`) runs in the pool.
    """

    accounts_changed = Signal()

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.warning: str | None = None
        self.problems: tuple[str, ...] = ()
        self._store: Accounts | None = None
        self._lock = threading.Lock()
        self._limits: dict[str, Limits] = {}
        self._desktop = _Desktop(self)
        self._tools: Tools | None = None

    @property
    def loaded(self) -> bool:
        return self._store is not None

    def load(self) -> None:
        """Open the credential store and accounts.toml once, in the pool."""
        if self._store is None:
            self.session.read(self._open, self._on_opened, self._on_failed, background=True)

    def accounts(self) -> tuple[Account, ...]:
        return self._store.all() if self._store is not None else ()

    def account(self, name: str) -> Account | None:
        return next((a for a in self.accounts() if a.name == name), None)

    def add(
        self,
        name: str,
        kind: str,
        values: Mapping[str, str],
        secret: str | None,
        on_done: Done,
        on_error: Failed,
    ) -> None:
        def work(_lib: Library) -> Account:
            with self._lock:
                return self._opened().add(name, kind, values, secret)

        self._limits.pop(name, None)
        self.session.read(work, lambda a: self._edited(a, on_done), on_error)

    def remove(self, name: str, on_done: Done, on_error: Failed) -> None:
        def work(_lib: Library) -> str:
            with self._lock:
                self._opened().remove(name)
            return name

        self._limits.pop(name, None)
        self.session.read(work, lambda n: self._edited(n, on_done), on_error)

    def channel(self, name: str) -> Channel:
        """The channel of account `name`, its secret from the store. Call it off the UI thread."""
        with self._lock:
            return self._opened().channel(name, self._tools_for_channels())

    def reader(self, name: str) -> Channel:
        """The channel of account `name` for reading responses back: one that never waits for
        a rate limit itself (the refresher schedules the next read). Off the UI thread."""
        from ponder.core.share.channels.transport import Http

        tools = replace(self._tools_for_channels(), http=Http(timeout=10.0, max_wait=0.0,
                                                              attempts=2))  # fmt: skip
        with self._lock:
            return self._opened().channel(name, tools)

    def secrets(self, name: str) -> tuple[str, ...]:
        """Account `name`'s secret, only so it can be kept out of what is stored from a read.
        Call it off the UI thread."""
        with self._lock:
            secret = self._opened().credentials.get(name)
        return (secret,) if secret else ()

    def limits(self, name: str) -> Limits | None:
        """The limits measured for account `name` (its Mastodon instance's), once fetched."""
        return self._limits.get(name)

    def fetch_limits(self, name: str, on_done: Done) -> None:
        """Ask the server for its own limits (a Mastodon instance's character limit), once per
        account; defaults on any failure."""
        if name in self._limits:
            return

        def work(_lib: Library) -> tuple[str, Limits]:
            from ponder.core.share.channels import ChannelError
            from ponder.core.share.limits import Limits
            from ponder.core.share.sending import instance_limits

            try:
                return name, instance_limits(self.channel(name))
            except (ChannelError, ValueError):
                return name, Limits()

        self.session.read(work, lambda found: self._on_limits(found, on_done))

    # -- in the pool ---------------------------------------------------------------------------

    def _open(self, _lib: Library) -> Accounts:
        from ponder.core.share.accounts import Accounts

        return Accounts.in_dirs(self.session.dirs, self.session.credentials())

    def _opened(self) -> Accounts:
        if self._store is None:
            raise RuntimeError("the share accounts are not loaded yet")
        return self._store

    def _tools_for_channels(self) -> Tools:
        if self._tools is None:
            from ponder.core.share.channels.registry import Tools

            self._tools = Tools(clipboard=self._desktop, open_url=self._desktop.open_url)
        return self._tools

    # -- back on the UI thread -----------------------------------------------------------------

    def _on_opened(self, store: Accounts) -> None:
        self._store = store
        self.warning = store.credentials.warning
        self.problems = store.problems
        self.accounts_changed.emit()

    def _on_failed(self, error: BaseException) -> None:
        self.session.problem.emit(
            self.tr("Share accounts could not load: {0}").format(core_text(error))
        )

    def _edited(self, result: object, on_done: Done) -> None:
        if self._store is not None:
            self.warning = self._store.credentials.warning
        self.accounts_changed.emit()
        on_done(result)

    def _on_limits(self, found: tuple[str, Limits], on_done: Done) -> None:
        self._limits[found[0]] = found[1]
        on_done(found[0])

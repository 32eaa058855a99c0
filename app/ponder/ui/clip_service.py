"""Browser clipping in the window: runs the clip server while the setting is on, asks the
person before a browser extension may clip, and keeps the API token in the keyring.

Every server callback arrives on a server thread and hops here by a queued signal; starting
(keyring lookups, binding a port) and stopping run in the pool, never on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, Slot

from ponder.core.library import Library
from ponder.core.model import NotePath
from ponder.core.settings import Settings
from ponder.ui.core_text import core_text
from ponder.ui.operations import Changed, Operation
from ponder.ui.prompter import Prompter
from ponder.ui.session import Session

if TYPE_CHECKING:
    from ponder.core.capture.clip_server import AuthRequest, ClipServer
    from ponder.core.share.credentials import CredentialStore

KEYRING_ACCOUNT = "clip-server"  # the API token, under the keyring service "ponder"
SAVE_WAIT_S = 60  # a clip waits behind saves and imports on the writer; a browser gives up later


class KeyringTokenStore:
    """The clip server's API token in the keyring (in memory for the session when there is no
    secure keyring; the credential store says so)."""

    def __init__(self, credentials: CredentialStore) -> None:
        self.credentials = credentials

    def load(self) -> str | None:
        return self.credentials.get(KEYRING_ACCOUNT)

    def save(self, token: str) -> None:
        self.credentials.set(KEYRING_ACCOUNT, token)


class ClipService(QObject):
    """Signals: `state_changed(int)` with the port (0 when stopped), `message(str)` for the
    status bar, `clip_arrived(str)` with the path of a clip whose page is still to fetch."""

    state_changed = Signal(int)
    message = Signal(str)
    clip_arrived = Signal(str)
    _auth_requested = Signal(object, object)

    def __init__(self, session: Session, prompter: Prompter, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.prompter = prompter
        self.server: ClipServer | None = None
        self.port = 0
        self.warning: str | None = None
        queued = Qt.ConnectionType.QueuedConnection
        self._auth_requested.connect(self._on_auth_requested, queued)
        session.settings_changed.connect(self._on_settings_changed)

    def apply(self, settings: Settings) -> None:
        """Start or stop the server to match the setting."""
        if settings.clip_server and self.server is None:
            self.session.read(self._start, self._on_started, self._on_start_failed)
        elif not settings.clip_server and self.server is not None:
            server, self.server, self.port = self.server, None, 0
            self.session.read(lambda _lib: server.stop(), lambda _none: self._stopped())

    def stop(self) -> None:
        """At exit: stop serving and wait for the server thread (briefly)."""
        if self.server is not None:
            self.server.stop()
            self.server, self.port = None, 0

    @property
    def api_token(self) -> str | None:
        return self.server.api_token if self.server is not None else None

    # -- the server, on other threads --------------------------------------------------------

    def _start(self, library: Library) -> tuple[ClipServer, int, str | None]:
        from ponder.core.capture.clip_server import ClipServer

        tokens = KeyringTokenStore(self.session.credentials())
        server = ClipServer(
            library,
            sink=self._sink,
            authorizer=self._authorize,
            token_store=tokens,
            on_changes=self.session.outside_changes,  # the API writes on its own threads
        )
        return server, server.start(), tokens.credentials.warning

    def _sink(
        self, url: str, title: str, selection: str, reflection: str, tags: Sequence[str]
    ) -> NotePath:
        job = partial(
            _save_clip,
            url=url,
            title=title or None,
            tags=tags,
            reflection=reflection or None,
            selection=selection or None,
        )
        # On the writer like every change; this server thread waits for the path it answers.
        saved: Changed[NotePath] = self.session.run(Operation(job), self).result(SAVE_WAIT_S)
        self.clip_arrived.emit(str(saved.value))  # a queued hop: the receiver is on the UI thread
        return saved.value

    def _authorize(self, request: AuthRequest, answer: Callable[[bool], None]) -> None:
        self._auth_requested.emit(request, answer)

    # -- back on the UI thread ---------------------------------------------------------------

    def _on_started(self, started: tuple[ClipServer, int, str | None]) -> None:
        server, port, warning = started
        if not self.session.settings.clip_server:  # turned off while starting
            self.session.read(lambda _lib: server.stop())
            return
        self.server, self.port, self.warning = server, port, warning
        text = self.tr("Browser clipping is on (127.0.0.1:{port}).").format(port=port)
        self.message.emit(f"{text} {warning}" if warning else text)
        self.state_changed.emit(port)

    def _on_start_failed(self, error: BaseException) -> None:
        self.message.emit(self.tr("Browser clipping could not start: {0}").format(core_text(error)))
        self.state_changed.emit(0)

    def _stopped(self) -> None:
        self.message.emit(self.tr("Browser clipping is off."))
        self.state_changed.emit(0)

    @Slot(object, object)
    def _on_auth_requested(self, request: AuthRequest, answer: Callable[[bool], None]) -> None:
        who = request.origin or self.tr("a browser extension")
        text = self.tr(
            "{who} asks to clip web pages into Ponder (as the Joplin Web Clipper does). "
            "Allow it? Only allow a request you just made yourself."
        ).format(who=who)
        answer(self.prompter.confirm(self.tr("Browser clipping"), text, yes=self.tr("Allow")))

    @Slot(object)
    def _on_settings_changed(self, settings: object) -> None:
        if isinstance(settings, Settings):
            self.apply(settings)


def _save_clip(
    library: Library,
    *,
    url: str,
    title: str | None,
    tags: Sequence[str],
    reflection: str | None,
    selection: str | None,
) -> Changed[NotePath]:
    from ponder.core.capture.clip import save_clip

    return Changed.of(
        save_clip(library, url, title=title, tags=tags, reflection=reflection, selection=selection)
    )

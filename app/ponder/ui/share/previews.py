"""Previews that follow the typing: the draft is saved, then prepared for every chosen target
in the pool, about 300 ms after the last keystroke; only the newest result lands."""

from __future__ import annotations

import concurrent.futures
from collections.abc import Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from ponder.core.library import Library
from ponder.core.model import NotePath
from ponder.core.vault import VaultError
from ponder.ui.core_text import core_text
from ponder.ui.document import Document
from ponder.ui.session import Session
from ponder.ui.share.service import ShareService

if TYPE_CHECKING:
    from ponder.core.share.accounts import Account
    from ponder.core.share.limits import Limits
    from ponder.core.share.sending import Prepared

DEBOUNCE_MS = 300
SAVE_WAIT_S = 30


@dataclass(frozen=True, slots=True)
class Job:
    """What to prepare: the draft, and each target's account with the limits known for it."""

    draft: NotePath
    targets: tuple[tuple[Account, Limits | None], ...]
    private_terms: tuple[str, ...]


def prepare_all(library: Library, *, job: Job, pending: Future[Any]) -> dict[str, Prepared | str]:
    """Runs in the pool: once the draft's pending save is over, each target's Prepared, or the
    sentence saying why it could not be prepared."""
    from ponder.core.share.sending import prepare

    if not pending.done():
        concurrent.futures.wait([pending], timeout=SAVE_WAIT_S)
    found: dict[str, Prepared | str] = {}
    for account, limits in job.targets:
        try:
            found[account.name] = prepare(
                library, job.draft, account, private_terms=job.private_terms, limits=limits
            )
        except (VaultError, ValueError) as exc:  # an unreadable draft, bad front matter
            found[account.name] = core_text(exc)
    return found


def make_job(service: ShareService, draft: str, names: Sequence[str]) -> Job:
    accounts = [a for a in (service.account(n) for n in names) if a is not None]
    return Job(
        NotePath(draft),
        tuple((a, service.limits(a.name)) for a in accounts),
        tuple(service.session.settings.private_terms),
    )


class PreviewRenderer(QObject):
    """Signals: `prepared(dict)` — account name → Prepared, or an error sentence."""

    prepared = Signal(object)

    def __init__(
        self, session: Session, service: ShareService, document: Document, parent: QObject
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._service = service
        self._document = document
        self._channel = f"share-preview-{id(self)}"
        self.targets: tuple[str, ...] = ()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.render_now)

    def request(self) -> None:
        """Render again once the typing pauses."""
        self._timer.start()

    def render_now(self) -> None:
        self._timer.stop()
        path = self._document.path
        if path is None or not self.targets:
            self.prepared.emit({})
            return
        job = make_job(self._service, path, self.targets)
        work = partial(prepare_all, job=job, pending=self._document.save_now())
        self._session.read(work, self._on_done, self._on_failed, channel=self._channel)

    def _on_done(self, found: dict[str, Prepared | str]) -> None:
        self.prepared.emit(found)

    def _on_failed(self, error: BaseException) -> None:
        self.prepared.emit({name: core_text(error) for name in self.targets})

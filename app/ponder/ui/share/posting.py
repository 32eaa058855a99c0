"""Posting a draft to its chosen targets: save, prepare, ask about findings, then send to one
target after another in the pool (each send also notes the post in the draft)."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ponder.core.library import Library
from ponder.ui.core_text import core_text
from ponder.ui.document import Document
from ponder.ui.operations import Changed, Operation, Runs, only
from ponder.ui.prompter import Prompter
from ponder.ui.session import Session
from ponder.ui.share.findings import merged
from ponder.ui.share.previews import make_job, prepare_all
from ponder.ui.share.service import ShareService

if TYPE_CHECKING:
    from ponder.core.share.sending import Prepared, SendResult


class PostState(StrEnum):
    """Where one target's post is: being sent, sent (with its URL or id), refused with a
    reason, or sent without an answer (it may have arrived)."""

    POSTING = "posting"
    POSTED = "posted"
    FAILED = "failed"
    UNKNOWN = "unknown"


def record_failure(
    library: Library, *, prepared: Prepared, reason: str, unknown: bool
) -> Changed[None]:
    """Runs on the writer: the target that did not take its post, noted in the draft."""
    from ponder.core.share.drafts import record_failure as record

    account = prepared.account
    return only(record(library, prepared.draft, account=account, reason=reason, unknown=unknown))


def send_one(library: Library, *, prepared: Prepared, service: ShareService) -> SendResult:
    """Runs in the pool: the account's channel (its secret from the store), then the post."""
    from ponder.core.share.sending import send

    return send(library, prepared, service.channel(prepared.account), accept_findings=True)


class PostFlow(QObject):
    """Signals: `target_state(str account, str state, str text)` with a PostState (the text is
    the URL or id, or the error sentence);
    `finished()` when nothing more is being sent."""

    target_state = Signal(str, str, str)
    finished = Signal()

    def __init__(
        self,
        session: Session,
        service: ShareService,
        prompter: Prompter,
        document: Document,
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._service = service
        self._prompter = prompter
        self._document = document
        self._queue: list[Prepared] = []
        self.running = False

    def start(self, targets: Sequence[str]) -> None:
        path = self._document.path
        if self.running or path is None or not targets:
            return
        self.running = True
        job = make_job(self._service, path, targets)
        work = partial(prepare_all, job=job, pending=self._document.save_now())
        self._session.read(work, self._on_prepared, self._on_failed)

    def _on_prepared(self, found: dict[str, Prepared | str]) -> None:
        stopped = {name: p for name, p in found.items() if isinstance(p, str)}
        stopped |= {n: p.problem for n, p in found.items() if not isinstance(p, str) and p.problem}
        if stopped:
            lines = "\n".join(f"• {name}: {core_text(why)}" for name, why in stopped.items())
            self._prompter.inform(self.tr("Not posted"), lines)
            self._finish()
            return
        ready = [p for p in found.values() if not isinstance(p, str)]
        if not self._confirmed(ready):
            self._finish()
            return
        self._queue = ready
        self._next()

    def _confirmed(self, ready: list[Prepared]) -> bool:
        findings = merged(f for p in ready for f in p.findings)
        if not findings:
            return True
        lines = "\n".join(f"• {f.excerpt}: {core_text(f.advice)}" for f in findings[:8])
        text = self.tr(
            "The draft has %n privacy finding(s):\n{lines}\n\nPost anyway?", "", len(findings)
        ).format(lines=lines)
        return self._prompter.confirm(
            self.tr("Post anyway?"),
            text,
            yes=self.tr("Post anyway"),
            no=self.tr("Review"),
            safe_default=True,  # Enter must not post what the person has not looked at
        )

    def _next(self) -> None:
        if not self._queue:
            self._finish()
            return
        prepared = self._queue[0]
        self.target_state.emit(prepared.account, PostState.POSTING, self.tr("Posting…"))
        work = partial(send_one, prepared=prepared, service=self._service)
        op = Operation(work, runs=Runs.POOL, on_done=self._on_sent, on_error=self._on_send_failed)
        self._session.run(op, self)

    def _on_sent(self, result: SendResult) -> None:
        prepared = self._queue.pop(0)
        where = result.result.url_or_id or (
            self.tr("Posted") if result.result.delivered else self.tr("Handed over")
        )
        self.target_state.emit(prepared.account, PostState.POSTED, where)
        self._next()

    def _on_send_failed(self, error: BaseException) -> None:
        from ponder.core.share.channels import DeliveryUnknown

        prepared = self._queue[0]
        message = core_text(error)
        if isinstance(error, DeliveryUnknown):
            question = self.tr("{message}\n\nSend to {account} again?").format(
                message=message, account=prepared.account
            )
            if self._prompter.confirm(
                self.tr("Did it arrive?"), question, yes=self.tr("Send again"), no=self.tr("Skip")
            ):
                self._next()
                return
            self._queue.pop(0)
            self.target_state.emit(prepared.account, PostState.UNKNOWN, message)
        else:
            self._queue.pop(0)
            self.target_state.emit(prepared.account, PostState.FAILED, message)
        unknown = isinstance(error, DeliveryUnknown)
        note = partial(record_failure, prepared=prepared, reason=message, unknown=unknown)
        # the next target waits: its own note in the draft must not race this one
        op = Operation(note, on_done=self._on_failure_recorded, on_error=self._on_record_failed)
        self._session.run(op, self)

    def _on_failure_recorded(self, _result: Changed[None]) -> None:
        self._next()

    def _on_record_failed(self, error: BaseException) -> None:
        self._prompter.inform(self.tr("Not noted in the draft"), core_text(error))
        self._next()

    def _on_failed(self, error: BaseException) -> None:
        self._prompter.inform(self.tr("Not posted"), core_text(error))
        self._finish()

    def _finish(self) -> None:
        self._queue = []
        self.running = False
        self.finished.emit()

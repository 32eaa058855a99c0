"""Post later from the composer: ask when, then note it in the draft (`scheduled:`); the
ScheduleRunner sends it at that time."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from functools import partial

from PySide6.QtCore import QObject, Signal

from ponder.core.library import Library
from ponder.core.model import NotePath
from ponder.ui.core_text import core_text
from ponder.ui.dates import short_moment
from ponder.ui.operations import Changed, Operation
from ponder.ui.prompter import Prompter
from ponder.ui.session import Session


def _schedule(
    library: Library, *, draft: str, targets: Sequence[str], text: str, now: datetime,
    accept: bool,
) -> Changed[datetime]:  # fmt: skip
    from ponder.core.share.schedule import parse_time, schedule

    at = parse_time(text, now)
    return Changed(
        at, schedule(library, NotePath(draft), list(targets), at, accept_findings=accept)
    )


class PostLater(QObject):
    """Signals: `scheduled(str text)` with a sentence saying when, or why not."""

    scheduled = Signal(str)

    def __init__(self, session: Session, prompter: Prompter, clock: Callable[[], datetime],
                 parent: QObject | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._session = session
        self._prompter = prompter
        self._clock = clock

    def ask(self, draft: str, targets: Sequence[str], has_findings: bool) -> None:
        if not targets:
            self.scheduled.emit(self.tr("Tick the accounts to post to first."))
            return
        suggestion = (self._clock() + timedelta(days=1)).replace(hour=9, minute=0)
        text = self._prompter.ask_text(
            self.tr("Post later"),
            self.tr("Post to {targets} at (YYYY-MM-DD HH:MM, your local time):").format(
                targets=", ".join(targets)
            ),
            f"{suggestion:%Y-%m-%d %H:%M}",
        )
        if not text:
            return
        accept = has_findings and self._prompter.confirm(
            self.tr("Post later"),
            self.tr("The draft has privacy findings. Post it anyway when the time comes?"),
        )
        if has_findings and not accept:
            return
        work = partial(_schedule, draft=draft, targets=list(targets), text=text,
                       now=self._clock(), accept=accept)  # fmt: skip
        self._session.run(Operation(work, on_done=self._on_done, on_error=self._on_failed), self)

    def _on_done(self, result: Changed[datetime]) -> None:
        at = result.value
        self.scheduled.emit(self.tr("Scheduled for {time}; see Share ▸ Scheduled posts.").format(
            time=short_moment(at)))  # fmt: skip

    def _on_failed(self, error: BaseException) -> None:
        self.scheduled.emit(core_text(error))

"""Clips in the window: a captured link is saved at once, then its page is fetched in the pool
and written into the note; the status bar says how it went. Also what drops and hand-overs
from `ponder capture` become.

The capture modules (trafilatura, lxml) load on the first clip, not at start-up.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ponder.core.library import Library
from ponder.core.model import Kind, NotePath
from ponder.ui.operations import Operation, Runs
from ponder.ui.session import Session

if TYPE_CHECKING:
    from ponder.core.capture.clip import ClipOptions, ClipResult
    from ponder.core.capture.quick import Capture, Captured


class ClipFlow(QObject):
    """Signals: `message(str)` for the status bar; `filled(str)` with the clip's final path
    once its page is in (or its failure is written in the note)."""

    message = Signal(str)
    filled = Signal(str)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session

    def capture(
        self, text: str, *, url: str | None = None, tags: Sequence[str] = (), title: str = ""
    ) -> None:
        """Save text to the Inbox, or a link as a clip (then fetch it)."""
        from ponder.core.capture.quick import make_capture

        capture = make_capture(title, text, tags, Kind.NOTE, url=url)
        if capture is None:
            self.message.emit(self.tr("Nothing to capture: the text is empty."))
            return
        job = partial(_save, capture=capture)
        self.session.run(Operation(job, on_done=self._on_saved, on_error=self._on_failed), self)

    def fill(self, path: str) -> None:
        """Fetch and extract the clip's page (in the pool: the writer stays free for saves)."""
        self.message.emit(self.tr("Fetching the page for {path}…").format(path=path))
        options = self._options()
        cache_root = self.session.dirs.cache
        job = partial(_fill, path=NotePath(path), cache_root=cache_root, options=options)
        op = Operation(job, runs=Runs.POOL, on_done=self._on_filled, on_error=self._on_failed)
        self.session.run(op, self)

    def _options(self) -> ClipOptions:
        from ponder.core.capture.address_policy import AddressPolicy
        from ponder.core.capture.clip import ClipOptions

        settings = self.session.settings
        return ClipOptions(
            policy=AddressPolicy(allow_local=settings.allow_local_addresses),
            download_images=settings.download_clip_images,
        )

    def _on_saved(self, captured: Captured) -> None:
        if captured.is_clip:
            self.fill(str(captured.path))
        else:
            self.message.emit(self.tr("Captured to {path}").format(path=captured.path))

    def _on_filled(self, result: ClipResult) -> None:
        self.message.emit(self._outcome(result))
        self.filled.emit(str(result.path))

    def _outcome(self, result: ClipResult) -> str:
        """How the fetch went, in the window's language (a failure's reason as the core says)."""
        from ponder.core.capture.clip import ClipOutcome

        words = result.article.words if result.article is not None else 0
        texts = {
            ClipOutcome.OK: self.tr("Clipped {words} words into {path}."),
            ClipOutcome.THIN: self.tr(
                "Little text on this page ({words} words): it may be behind a paywall or need "
                "JavaScript. The link is kept in {path}."
            ),
            ClipOutcome.PDF: self.tr(
                "The address is a PDF: it is kept in attachments/ and linked from {path}."
            ),
        }
        text = texts.get(result.outcome)
        if text is None:
            text = self.tr("Could not fetch the page for {path}: {reason}")
        return text.format(words=words, path=result.path, reason=result.message)

    def _on_failed(self, error: BaseException) -> None:
        self.message.emit(self.tr("Could not clip: {error}").format(error=error))


def _save(library: Library, *, capture: Capture) -> Captured:
    from ponder.core.capture.quick import save_capture

    return save_capture(capture, library)


def _fill(
    library: Library, *, path: NotePath, cache_root: Path, options: ClipOptions
) -> ClipResult:
    from ponder.core.capture.clip import fill_clip
    from ponder.core.capture.page_cache import PageCache

    cache = PageCache.for_vault(library.root, cache_root)
    return fill_clip(library, path, cache, options)

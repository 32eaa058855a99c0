"""Clips in the window: a captured link is saved at once, then its page is fetched in the pool
and written into the note; the status bar says how it went. Also what drops and hand-overs
from `ponder capture` become.

The capture modules (trafilatura, lxml) load on the first clip, not at start-up.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import Future, wait
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal

from ponder.core.library import Library
from ponder.core.model import Kind, NotePath
from ponder.ui.core_text import core_text
from ponder.ui.operations import Operation, Runs
from ponder.ui.session import Session

if TYPE_CHECKING:
    from ponder.core.capture.clip import ClipOptions, ClipResult
    from ponder.core.capture.quick import Capture, Captured

T = TypeVar("T")


class ClipFlow(QObject):
    """Signals: `message(str)` for the status bar; `started(str path, str text)` when a clip's
    page is being fetched or extracted; `filled(str)` with the clip's final path once its page
    is in (or its failure is written in the note); `already_clipped(str)` with the path of the
    clip a captured link already has (nothing new saved); `new_version(str)` with the path of a
    new version of a clip, saved and about to be fetched."""

    message = Signal(str)
    started = Signal(str, str)
    filled = Signal(str)
    already_clipped = Signal(str)
    new_version = Signal(str)

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

    def fill(self, path: str, after: Future[Any] | None = None) -> None:
        """Fetch and extract the clip's page (in the pool: the writer stays free for saves),
        once `after` (the open note's pending save) is over."""
        text = self.tr("Fetching the page for {path}…").format(path=path)
        self.message.emit(text)
        self.started.emit(path, text)
        options = self._options()
        cache_root = self.session.dirs.cache
        job = partial(_fill, path=NotePath(path), cache_root=cache_root, options=options)
        failed = partial(self._on_fill_failed, path)
        work = partial(_after, after, job)
        op = Operation(work, runs=Runs.POOL, on_done=self._on_filled, on_error=failed)
        self.session.run(op, self)

    def reextract(self, path: str, after: Future[Any] | None = None) -> None:
        """Extract the clip's article again from the page kept in the cache (fetching it when
        none is kept) once `after` is over; what the person added is kept (see `clip_text`)."""
        text = self.tr("Extracting {path} again…").format(path=path)
        self.message.emit(text)
        self.started.emit(path, text)
        cache_root = self.session.dirs.cache
        job = partial(_reextract, path=NotePath(path), cache_root=cache_root)
        work = partial(_after, after, partial(job, options=self._options()))
        failed = partial(self._on_fill_failed, path)
        op = Operation(work, runs=Runs.POOL, on_done=self._on_filled, on_error=failed)
        self.session.run(op, self)

    def clip_again(self, path: str) -> None:
        """Clip the page of the clip at `path` again, as a new note that links to that one."""
        job = partial(_again, path=NotePath(path))
        op = Operation(job, on_done=self._on_version_saved, on_error=self._on_failed)
        self.session.run(op, self)

    def _on_version_saved(self, captured: Captured) -> None:
        self.new_version.emit(str(captured.path))
        self.fill(str(captured.path))

    def _options(self) -> ClipOptions:
        from ponder.core.capture.address_policy import AddressPolicy
        from ponder.core.capture.clip import ClipOptions

        settings = self.session.settings
        return ClipOptions(
            policy=AddressPolicy(allow_local=settings.allow_local_addresses),
            download_images=settings.download_clip_images,
        )

    def _on_saved(self, captured: Captured) -> None:
        if captured.existing:
            self.already_clipped.emit(str(captured.path))
        elif captured.is_clip:
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
        return text.format(words=words, path=result.path, reason=core_text(result.message))

    def _on_fill_failed(self, path: str, error: BaseException) -> None:
        self._on_failed(error)
        self.filled.emit(path)

    def _on_failed(self, error: BaseException) -> None:
        self.message.emit(self.tr("Could not clip: {error}").format(error=core_text(error)))


def _save(library: Library, *, capture: Capture) -> Captured:
    from ponder.core.capture.quick import save_capture

    return save_capture(capture, library)


def _after(after: Future[Any] | None, job: Callable[[Library], T], library: Library) -> T:
    """Run `job` once the open note's own save is over, so it works on what the person wrote
    (a save that fails reports that itself)."""
    if after is not None and not after.done():
        wait([after], timeout=30)
    return job(library)


def _again(library: Library, *, path: NotePath) -> Captured:
    from ponder.core.capture.quick import make_capture, save_capture

    note = library.read(path)
    url = note.source.url if note.source else None
    capture = make_capture("", "", (), Kind.NOTE, url=url) if url else None
    if capture is None:
        raise ValueError(f"{path} has no web address to clip.")
    return save_capture(capture, library, again=path)


def _reextract(
    library: Library, *, path: NotePath, cache_root: Path, options: ClipOptions
) -> ClipResult:
    from ponder.core.capture.clip import reextract
    from ponder.core.capture.page_cache import PageCache

    return reextract(library, path, PageCache.for_vault(library.root, cache_root), options)


def _fill(
    library: Library, *, path: NotePath, cache_root: Path, options: ClipOptions
) -> ClipResult:
    from ponder.core.capture.clip import fill_clip
    from ponder.core.capture.page_cache import PageCache

    cache = PageCache.for_vault(library.root, cache_root)
    return fill_clip(library, path, cache, options)

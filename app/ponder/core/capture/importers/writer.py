"""Where every importer's notes go: duplicate checks, batched writes through the library."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import ParamSpec

from ponder.core import unicode_text
from ponder.core.capture.importers.links import LinkItem, clip_text, title_of
from ponder.core.capture.importers.report import ImportFileError, ImportReport
from ponder.core.library import Library
from ponder.core.messages import Message, said
from ponder.core.model import Kind, NotePath
from ponder.core.notes import KIND_FOLDERS
from ponder.core.urls import page_key
from ponder.core.vault import MAX_NOTE_BYTES, VaultError

log = logging.getLogger("ponder.capture.importers")

_P = ParamSpec("_P")

BATCH = 200
_EARLIER = Message("listed earlier in this file")
"""Notes per library batch: one index commit each, so the index never lags far behind."""


@dataclass(frozen=True, slots=True)
class Draft:
    """A note waiting to be written: what to call it in the report, where, its title and text."""

    label: str
    folder: str
    title: str
    text: str


def isolated(
    report: ImportReport, label: str, action: Callable[_P, None], *args: _P.args, **kw: _P.kwargs
) -> None:
    """Run one item's import; whatever goes wrong with it is that item's reported failure,
    and the import goes on with the next (a whole-file error still stops it)."""
    try:
        action(*args, **kw)
    except (ImportFileError, MemoryError):
        raise
    except Exception as exc:  # the boundary of one item: its content is the outside world's
        log.exception("importing %s failed", label[:200])
        detail = unicode_text.shown(str(exc))[:200]
        report.fail(
            label,
            Message(
                "it could not be imported ({kind}: {detail})",
                kind=type(exc).__name__,
                detail=detail,
            ),
        )


class ImportWriter:
    """Collects notes, skips what the vault already has, and writes in batches."""

    def __init__(self, library: Library, report: ImportReport, now: Callable[[], datetime]) -> None:
        self.library = library
        self.report = report
        self.now = now
        self._pending: list[Draft] = []
        self._urls: dict[str, str] = {}  # page key → where it is: for links listed twice
        self._ids: set[str] = set()

    def add_link(self, item: LinkItem) -> None:
        """A saved link becomes a clip note, unless the vault already has its address."""
        label = item.url.strip() or title_of(item)
        key = page_key(item.url)
        if key is None:
            self.report.skip(
                label, Message("it is not a web address (only http and https are imported)")
            )
            return
        where = self._urls.get(key)
        if where is None:
            found = self.library.with_page(key)
            where = str(found[0]) if found else None
        if where is not None:
            self.report.skip(label, Message("already in the vault ({where})", where=where))
            return
        self._urls[key] = _EARLIER
        folder = KIND_FOLDERS[Kind.CLIP]
        self.add(Draft(label, folder, title_of(item), clip_text(item, self.now())))

    def known_id(self, note_id: str) -> str | None:
        """Where a note with this front-matter `id` already is (imported before), if anywhere."""
        if note_id in self._ids:
            return _EARLIER
        path = self.library.path_for_id(note_id)
        return str(path) if path is not None else None

    def add(self, draft: Draft, note_id: str | None = None) -> None:
        size = len(draft.text.encode("utf-8", errors="replace"))
        if size > MAX_NOTE_BYTES:
            limit = MAX_NOTE_BYTES // 2**20
            self.report.fail(
                draft.label,
                Message(
                    "the note would be {size:.1f} MB, over {limit} MB",
                    size=size / 2**20,
                    limit=limit,
                ),
            )
            return
        if note_id is not None:
            self._ids.add(note_id)
        self._pending.append(draft)
        if len(self._pending) >= BATCH:
            self.flush()

    def attach(self, name: str, data: bytes) -> NotePath:
        """Store a binary file in `attachments/`; raises OSError or VaultError."""
        path, created = self.library.add_attachment(name, data)
        if created:
            self.report.attachments.append(path)
        return path

    def flush(self) -> None:
        """Write what is pending in one library batch and record each outcome."""
        drafts, self._pending = self._pending, []
        if not drafts:
            return
        results, changes = self.library.create_notes((d.folder, d.title, d.text) for d in drafts)
        for draft, result in zip(drafts, results, strict=True):
            if isinstance(result, VaultError):
                self.report.fail(draft.label, said(result))
            else:
                self.report.imported.append(result)
        self.report.changes = self.report.changes.merge(changes)

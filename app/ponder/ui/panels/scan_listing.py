"""While the first index builds, the note list shows the vault's files at once: one directory
walk, titles from file names, newest first — no note is read."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import PurePosixPath

from ponder.core.index_api import Hit, SearchResults
from ponder.core.library import Library
from ponder.core.model import Kind
from ponder.core.notes import FOLDER_KINDS
from ponder.core.query import Sort, parse_query


@dataclass(frozen=True, slots=True)
class Listing:
    """What the note list shows: search results, and whether they are still incomplete because
    the index is being built (`partial`), or come from the file walk (`scanned`)."""

    results: SearchResults
    partial: bool = False
    scanned: bool = False


def search_or_scan(
    text: str, sort: Sort | None, limit: int, building: bool, indexing: bool, library: Library
) -> Listing:
    """Runs in the pool: the index's answer (`partial` while notes are being indexed). While
    the index is first built and still empty, an empty search lists the files instead (a
    start on a built index never walks the folder a second time)."""
    empty = building and library.note_count() == 0
    if empty and not text:
        return Listing(scan_results(library, limit), partial=True, scanned=True)
    return Listing(library.search(text, limit=limit, sort=sort), partial=indexing or empty)


def scan_results(library: Library, limit: int) -> SearchResults:
    entries = sorted(library.scan(), key=lambda e: e.mtime_ns, reverse=True)
    hits = tuple(
        Hit(
            path=entry.path,
            title=PurePosixPath(entry.path).stem,
            kind=_kind_of(entry.path),
            tags=(),
            updated=datetime.fromtimestamp(entry.mtime_ns / 1e9, tz=UTC),
            score=0.0,
            snippet="",
        )
        for entry in entries[:limit]
    )
    return SearchResults(hits, len(entries), parse_query(""), 0.0, False)


def _kind_of(path: str) -> Kind:
    parts = PurePosixPath(path).parts
    return FOLDER_KINDS.get(parts[0].casefold(), Kind.NOTE) if len(parts) > 1 else Kind.NOTE

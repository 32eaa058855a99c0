"""What any search index offers the library: the SearchIndex protocol, its values and errors."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol

from ponder.core.model import FileStamp, Kind, NotePath
from ponder.core.query import Query, Sort

UNKNOWN_STAMP = FileStamp(size=-1, mtime_ns=-1, digest="")
"""The stamp of a note the index holds but cannot vouch for (after a crash); matches no file."""


class IndexLocked(Exception):
    """Another process holds the index writer; open the index read-only instead."""


class IndexRefused(Exception):
    """The folder was not made by Ponder, so it is neither opened nor wiped."""


class IndexUnavailable(Exception):
    """A read-only index cannot be used (missing, broken, or written to)."""


@dataclass(frozen=True, slots=True)
class IndexDoc:
    """What the library hands the index for one note."""

    path: NotePath
    title: str
    kind: Kind
    stamp: FileStamp
    text: str = ""
    aliases: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    headings: tuple[str, ...] = ()
    links: tuple[str, ...] = ()
    created: datetime | None = None
    updated: datetime | None = None
    site: str | None = None
    url: str | None = None
    note_id: str | None = None
    pages: tuple[str, ...] = ()  # page keys (see urls.page_key) of its source and canonical URL


@dataclass(frozen=True, slots=True)
class Hit:
    """One result; `snippet` is HTML-escaped text with matched words in <b>…</b>."""

    path: NotePath
    title: str
    kind: Kind
    tags: tuple[str, ...]
    updated: datetime | None
    score: float
    snippet: str


@dataclass(frozen=True, slots=True)
class Similar:
    """A note like another by content; `terms` are the key words the two share."""

    path: NotePath
    title: str
    kind: Kind
    tags: tuple[str, ...]
    score: float
    terms: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SearchResults:
    hits: tuple[Hit, ...]
    total: int
    query: Query
    elapsed_ms: float
    timed_out: bool


class HeldWorkLost(Exception):
    """An apply failed while earlier batches were held for one commit: they were dropped
    with it, and are not indexed (`paths`; `removals` were not removed either)."""

    def __init__(self, paths: list[NotePath], removals: list[NotePath]) -> None:
        super().__init__(f"{len(paths)} notes held for the next commit were dropped")
        self.paths = paths
        self.removals = removals


class SearchIndex(Protocol):
    def stamps(self) -> Mapping[NotePath, FileStamp]:
        """The stamp of every indexed note, as recorded when it was indexed."""
        ...

    def stamps_of(self, paths: Iterable[NotePath]) -> dict[NotePath, FileStamp]:
        """The recorded stamps of those of `paths` that are indexed."""
        ...

    def folder_prints(self) -> dict[str, int]:
        """folder ("a/b/", "" for the top) → the sum of its indexed notes' prints (see
        folder_prints): a scan that sums the same knows the folder unchanged."""
        ...

    def folder_stats(self, folder: str) -> dict[str, tuple[int, int]]:
        """path → (size, mtime_ns) of the indexed notes right in `folder`, to compare."""
        ...

    def apply(
        self,
        upserts: Sequence[IndexDoc],
        removals: Iterable[NotePath] = (),
        *,
        progress: Callable[[int, int], None] | None = None,
        hold: bool = False,
    ) -> None:
        """Add, replace and remove notes in one commit; with `hold`, several applies may
        share one commit (made by `commit_held`, or once enough are held). A failure then
        raises HeldWorkLost with the held notes, which are not indexed."""
        ...

    def commit_held(self) -> None:
        """Commit what held applies left waiting."""
        ...

    def refresh_stamps(self, stamps: Mapping[NotePath, FileStamp]) -> None:
        """Record new stamps for indexed notes whose content (digest) did not change."""
        ...

    @property
    def untidy(self) -> bool:
        """Whether quick commits left work for `tidy` (merging small segments)."""
        ...

    def tidy(self) -> None:
        """Do the work quick commits left, while nobody waits for the writer."""
        ...

    def clear(self) -> None:
        """Drop every document and stamp."""
        ...

    def merge_part(self, folder: Path) -> None:
        """Take in the notes of an index of the same kind built in `folder` by a helper."""
        ...

    def refresh(self) -> None:
        """Look at the latest commit now (a reader of an index another process writes)."""
        ...

    def search(
        self,
        query: str | Query,
        *,
        limit: int = 20,
        sort: Sort | None = None,
        snippets: bool = True,
    ) -> SearchResults: ...

    def linking_to(self, target_names: Iterable[str]) -> list[NotePath]:
        """Notes with a wikilink to any of the names (case-insensitive)."""
        ...

    def path_for_id(self, note_id: str) -> NotePath | None:
        """The note whose front matter `id` is exactly `note_id`."""
        ...

    def with_page(self, key: str) -> list[NotePath]:
        """Notes whose source (or its canonical URL) is the page with this `urls.page_key`."""
        ...

    def names(self) -> Sequence[tuple[NotePath, str, tuple[str, ...]]]:
        """(path, title, aliases) of every note, for resolving wikilinks (decoded as read:
        iterate it rather than keep it)."""
        ...

    def tag_counts(self) -> dict[str, int]:
        """Lowercased tag → number of notes carrying it; `a` also counts notes tagged `a/b`."""
        ...

    def similar(
        self, text: str, *, exclude: Iterable[NotePath] = (), limit: int = 10, terms: int = 10
    ) -> list[Similar]:
        """The notes most like `text` by its key terms (more-like-this), without `exclude`."""
        ...

    def key_terms(self, text: str, count: int = 10) -> list[str]:
        """The words that set `text` apart from the rest of the notes, most telling first."""
        ...

    def count(self) -> int: ...

    def close(self) -> None: ...

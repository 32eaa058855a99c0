"""How the index's commits are shaped: quick ones that leave merging for later, bulk ones
that hold several batches in one segment, and the merge done while the writer is idle."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from whoosh.reading import SegmentReader
from whoosh.writing import SegmentWriter

from ponder.core.model import FileStamp, NotePath

QUICK_COMMIT = 50
"""A commit of fewer notes (a save, a watcher's batch) leaves merging segments to `tidy`:
at 400k notes, merging the small segments cost every fifth save 250-400 ms."""
UNTIDY_MAX = 20  # quick commits in a row before one merges anyway (searches slow with more)
BULK_SEGMENT = 96_000
"""A large reindex (a first build) adds the keeper's batches to one segment up to this many
notes (`apply(..., hold=True)`): a commit per batch of 8,000 made 24 segments per process at
400k notes, which Whoosh then merged into one mid-build, rewriting every posting again."""


@dataclass(slots=True)
class Held:
    """A segment writer kept open across batches, and what its commit will record."""

    writer: SegmentWriter
    stamps: dict[NotePath, FileStamp] = field(default_factory=dict)
    removed: list[NotePath] = field(default_factory=list)


def merge_quick_segments(writer: Any, segments: list[Any]) -> list[Any]:
    """A merge policy for `tidy`: every segment of fewer than QUICK_COMMIT * UNTIDY_MAX
    documents goes into one (Whoosh's MERGE_SMALL waits for five such segments)."""
    small = [s for s in segments if s.doc_count_all() < QUICK_COMMIT * UNTIDY_MAX]
    if len(small) < 2:
        return segments
    for segment in small:
        reader = SegmentReader(writer.storage, writer.schema, segment)
        try:
            writer.add_reader(reader)
        finally:
            reader.close()
    return [s for s in segments if s not in small]

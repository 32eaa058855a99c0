"""BM25F that reads each segment's field lengths once, into a list.

Whoosh's scorer asks the segment for a document's field length at every match: three calls
and a read from the column file. A common word matches 16,000 of tldr's 38,000 notes, and
that lookup was a fifth of the search. A segment never changes once written, so its lengths
are decoded once per field into an array and kept with the index's other per-segment columns.
"""

from __future__ import annotations

from array import array
from typing import Any

from whoosh import scoring
from whoosh.codec.whoosh3 import LENGTHS_COLUMN
from whoosh.reading import IndexReader
from whoosh.util.numeric import byte_to_length

from ponder.core.whoosh_columns import SegmentColumns


def _length_column(field: str) -> str:
    return f"_{field}_len"  # whoosh3's own name for a field's length column


def field_lengths(leaf: IndexReader, field: str) -> array[int] | None:
    """Every document's length of `field` in one segment (1 where none), or None when the
    segment has no such column (another codec, or an empty segment)."""
    perdoc = getattr(leaf, "_perdoc", None)
    name = _length_column(field)
    if perdoc is None or not perdoc.has_column(name):
        return None
    column = perdoc.column_reader(name, LENGTHS_COLUMN)
    # 4 bytes each (the largest length a byte encodes is 106,374), not a list of ints
    return array("I", (byte_to_length(value) if value else 1 for value in column))


class CachedLengthBM25F(scoring.BM25F):
    """Scores exactly as BM25F; only where the lengths come from differs."""

    def __init__(self, columns: SegmentColumns) -> None:
        super().__init__()
        self._columns = columns

    def scorer(self, searcher: Any, fieldname: str, text: str, qf: int = 1) -> Any:
        scorer = super().scorer(searcher, fieldname, text, qf)
        if isinstance(scorer, scoring.BM25FScorer):
            reader = searcher.reader()
            if reader.is_atomic():
                lengths = self._columns.cached(reader, f"length:{fieldname}", field_lengths)
                if lengths is not None:
                    scorer.dfl = lengths.__getitem__
        return scorer

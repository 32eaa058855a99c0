"""Per-document columns (paths, names, dates) loaded once into Python lists, for filters and sorts.

Whoosh's own sorting and range queries walk the index for every search; a list of 40k
ints answers a date range or a "newest first" in a few milliseconds instead.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Iterable
from datetime import datetime
from typing import Any

from whoosh.reading import IndexReader

from ponder.core.model import NotePath
from ponder.core.query import Sort
from ponder.core.whoosh_schema import NO_DATE, date_number, split_names

_DATE_FIELDS = {Sort.UPDATED: "updated", Sort.CREATED: "created"}


class SegmentColumns:
    """Column values per segment, kept across searchers: a segment never changes once written
    (only its deletions do), so after a one-note commit only the new small segment is read.
    """

    def __init__(self) -> None:
        self._values: dict[tuple[str, str], Any] = {}

    def column(self, reader: IndexReader, field: str) -> list[Any]:
        """The field's value for every document number of `reader`, deleted ones included."""
        values: list[Any] = []
        for leaf, _base in reader.leaf_readers():  # bases are consecutive: lists concatenate
            if leaf.doc_count_all() == 0:
                continue  # the empty index's reader has no columns at all
            key = (_segment_id(leaf), field)
            cached = self._values.get(key)
            if cached is None:
                cached = list(leaf.column_reader(field))
                self._values[key] = cached
            values.extend(cached)
        return values

    def cached(self, leaf: IndexReader, name: str, load: Callable[[IndexReader, str], Any]) -> Any:
        """`load(leaf, field)` for one segment, computed once (`name` is "<kind>:<field>")."""
        key = (_segment_id(leaf), name)
        if key not in self._values:
            self._values[key] = load(leaf, name.split(":", 1)[1])
        return self._values[key]

    def keep_only(self, reader: IndexReader) -> None:
        """Forget segments that `reader` no longer has (merged away)."""
        live = {_segment_id(leaf) for leaf, _ in reader.leaf_readers()}
        self._values = {key: v for key, v in self._values.items() if key[0] in live}


def _segment_id(reader: IndexReader) -> str:
    segment = reader.segment()
    return "" if segment is None else str(segment.segment_id())  # "": the empty index


class ColumnView:
    """Columns and orders of one searcher's documents, each computed on first use."""

    def __init__(self, reader: IndexReader, columns: SegmentColumns) -> None:
        self.reader = reader
        self._columns = columns
        self._cache: dict[str, Any] = {}

    def _memo(self, key: str, compute: Callable[[], Any]) -> Any:
        if key not in self._cache:
            self._cache[key] = compute()
        return self._cache[key]

    def live(self) -> list[int]:
        """Document numbers not deleted, ascending."""
        result: list[int] = self._memo("live", lambda: list(self.reader.all_doc_ids()))
        return result

    def deleted(self) -> set[int]:
        """Document numbers deleted (and not yet merged away): few, unlike the live ones (a
        set of every live number held 16 MB at 400k notes)."""

        def gaps() -> set[int]:
            gone: set[int] = set()
            expected = 0
            for number in self.live():
                if number != expected:
                    gone.update(range(expected, number))
                expected = number + 1
            gone.update(range(expected, self.reader.doc_count_all()))
            return gone

        result: set[int] = self._memo("deleted", gaps)
        return result

    def column(self, field: str) -> list[Any]:
        result: list[Any] = self._memo(field, lambda: self._columns.column(self.reader, field))
        return result

    def paths(self) -> list[str]:
        return self.column("path")

    def body(self, docnum: int) -> bytes:
        """The stored text of one document, through a column reader kept as long as this
        searcher: making one reads the offsets of every document (~15 ms a segment at 40k
        notes), which each search used to pay. (Not across searchers: its file closes.)"""
        leaves = self._memo("leaves", lambda: [(b, leaf) for leaf, b in self.reader.leaf_readers()])
        bases = self._memo("bases", lambda: [b for b, _leaf in leaves])
        number = bisect_right(bases, docnum) - 1
        base, leaf = leaves[number]
        reader = self._memo(f"body-{number}", lambda: leaf.column_reader("body"))
        value: bytes = reader[docnum - base]
        return value

    def with_path_prefix(self, prefix: str) -> set[int]:
        """Documents whose path starts with `prefix`, ignoring case."""
        wanted = prefix.casefold()
        folded: list[str] = self._memo("folded-paths", lambda: [p.casefold() for p in self.paths()])
        return {n for n in self.live() if folded[n].startswith(wanted)}

    def in_date_range(self, field: str, start: datetime | None, end: datetime | None) -> set[int]:
        """Documents with a `field` date in [start, end); undated ones never match."""
        values, order = self._by_date(field)
        lo = bisect_left(values, date_number(start) if start else NO_DATE + 1)
        hi = bisect_left(values, date_number(end)) if end else len(values)
        return set(order[lo:hi])

    def _by_date(self, field: str) -> tuple[list[int], list[int]]:
        """(sorted dates, live document numbers in that order)."""

        def compute() -> tuple[list[int], list[int]]:
            dates = self.column(field)
            order = sorted(self.live(), key=dates.__getitem__)
            return [dates[n] for n in order], order

        result: tuple[list[int], list[int]] = self._memo(f"by-{field}", compute)
        return result

    def names(self) -> list[tuple[NotePath, str, tuple[str, ...]]]:
        paths, names = self.paths(), self.column("names")
        return [(NotePath(paths[n]), *split_names(names[n])) for n in self.live()]

    def top(self, docnums: Collection[int], sort: Sort, limit: int) -> list[int]:
        """The first `limit` of `docnums` in `sort` order (dates newest first, titles A-Z)."""
        order = self._order(sort)
        if len(docnums) * 8 < len(order):
            rank = self._rank(sort)
            return heapq.nsmallest(limit, docnums, key=rank.__getitem__)
        wanted = docnums if isinstance(docnums, set | frozenset) else set(docnums)
        return _first(order, wanted, limit)

    def _order(self, sort: Sort) -> list[int]:
        def compute() -> list[int]:
            if sort is Sort.TITLE:
                names = self.column("names")
                return sorted(self.live(), key=lambda n: split_names(names[n])[0].casefold())
            dates, ascending = self._by_date(_DATE_FIELDS.get(sort, "updated"))
            undated = bisect_left(dates, 0)
            return ascending[undated:][::-1] + ascending[:undated]  # undated notes last

        result: list[int] = self._memo(f"order-{sort.value}", compute)
        return result

    def _rank(self, sort: Sort) -> list[int]:
        def compute() -> list[int]:
            rank = [0] * self.reader.doc_count_all()
            for position, docnum in enumerate(self._order(sort)):
                rank[docnum] = position
            return rank

        result: list[int] = self._memo(f"rank-{sort.value}", compute)
        return result


def _first(order: Iterable[int], wanted: Collection[int], limit: int) -> list[int]:
    found: list[int] = []
    for docnum in order:
        if docnum in wanted:
            found.append(docnum)
            if len(found) == limit:
                break
    return found

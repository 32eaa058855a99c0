"""Per-document columns (paths, names, dates) loaded once into compact arrays, for filters
and sorts.

Whoosh's own sorting and range queries walk the index for every search; an array of 40k
ints answers a date range or a "newest first" in a few milliseconds instead. Numbers are
typed arrays and text is packed (see packed.py): at 400k notes lists of Python ints and str
held ~200 MB in the window's process.
"""

from __future__ import annotations

import heapq
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from datetime import datetime
from typing import Any, overload

from whoosh.reading import IndexReader

from ponder.core.model import NotePath
from ponder.core.packed import Joined, PackedText
from ponder.core.query import Sort
from ponder.core.whoosh_schema import NO_DATE, date_number, split_names

_DATE_FIELDS = {Sort.UPDATED: "updated", Sort.CREATED: "created"}
NUMBER_TYPE = "q"  # the date columns: seconds since year 1 need 8 bytes
DOC_TYPE = "i"  # document numbers and positions: 4 bytes (Whoosh numbers them from 0)

NameRow = tuple[NotePath, str, tuple[str, ...]]


class SegmentColumns:
    """Column values per segment, kept across searchers: a segment never changes once written
    (only its deletions do), so after a one-note commit only the new small segment is read.
    """

    def __init__(self) -> None:
        self._values: dict[tuple[str, str], Any] = {}

    def numbers(self, reader: IndexReader, field: str) -> array[int]:
        """The numeric field's value for every document number of `reader`, deleted ones
        included, in one array."""
        values: array[int] = array(NUMBER_TYPE)
        for leaf in _leaves(reader):  # bases are consecutive: arrays concatenate
            values.extend(self.cached(leaf, f"numbers:{field}", _numbers))
        return values

    def text(self, reader: IndexReader, field: str) -> Joined:
        """The text (or bytes) field's value for every document number of `reader`, deleted
        ones included, read one segment after the other without copying them."""
        return Joined([self.cached(leaf, f"text:{field}", _text) for leaf in _leaves(reader)])

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


def _leaves(reader: IndexReader) -> list[IndexReader]:
    # the empty index's reader has no columns at all
    return [leaf for leaf, _base in reader.leaf_readers() if leaf.doc_count_all()]


def _numbers(leaf: IndexReader, field: str) -> array[int]:
    return array(NUMBER_TYPE, leaf.column_reader(field))


def _text(leaf: IndexReader, field: str) -> PackedText:
    return PackedText(leaf.column_reader(field))


def _folded_order(packed: PackedText) -> array[int]:
    """A segment's document numbers sorted by their case-folded text: the texts that start
    with a prefix are one range of it, found by bisection (see ColumnView.with_path_prefix)."""
    return array(DOC_TYPE, sorted(range(len(packed)), key=lambda n: packed[n].casefold()))


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

    def live(self) -> array[int]:
        """Document numbers not deleted, ascending."""
        result: array[int] = self._memo("live", lambda: array(DOC_TYPE, self.reader.all_doc_ids()))
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

    def numbers(self, field: str) -> array[int]:
        result: array[int] = self._memo(
            f"numbers:{field}", lambda: self._columns.numbers(self.reader, field)
        )
        return result

    def text(self, field: str) -> Joined:
        result: Joined = self._memo(f"text:{field}", lambda: self._columns.text(self.reader, field))
        return result

    def paths(self) -> Joined:
        return self.text("path")

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
        """Documents whose path starts with `prefix`, ignoring case: one bisection per
        segment in its paths sorted case-folded (no folded copy of every path is kept)."""
        wanted = prefix.casefold()
        found: set[int] = set()
        for leaf, base in self.reader.leaf_readers():
            if leaf.doc_count_all():
                found.update(base + n for n in self._starting_with(leaf, wanted))
        return found - self.deleted()

    def _starting_with(self, leaf: IndexReader, wanted: str) -> array[int]:
        """The segment's document numbers whose case-folded path starts with `wanted`."""
        paths: PackedText = self._columns.cached(leaf, "text:path", _text)
        order: array[int] = self._columns.cached(
            leaf, "folded-order:path", lambda _leaf, _field: _folded_order(paths)
        )

        def head(n: int) -> str:
            return paths[n].casefold()[: len(wanted)]

        lo = bisect_left(order, wanted, key=head)
        return order[lo : bisect_right(order, wanted, lo=lo, key=head)]

    def in_date_range(self, field: str, start: datetime | None, end: datetime | None) -> set[int]:
        """Documents with a `field` date in [start, end); undated ones never match."""
        values, order = self._by_date(field)
        lo = bisect_left(values, date_number(start) if start else NO_DATE + 1)
        hi = bisect_left(values, date_number(end)) if end else len(values)
        return set(order[lo:hi])

    def _by_date(self, field: str) -> tuple[array[int], array[int]]:
        """(sorted dates, live document numbers in that order)."""

        def compute() -> tuple[array[int], array[int]]:
            dates = self.numbers(field)
            order = array(DOC_TYPE, sorted(self.live(), key=dates.__getitem__))
            return array(NUMBER_TYPE, (dates[n] for n in order)), order

        result: tuple[array[int], array[int]] = self._memo(f"by-{field}", compute)
        return result

    def names(self) -> NameTable:
        return NameTable(self.live(), self.paths(), self.text("names"))

    def top(self, docnums: Collection[int], sort: Sort, limit: int) -> list[int]:
        """The first `limit` of `docnums` in `sort` order (dates newest first, titles A-Z)."""
        order = self._order(sort)
        if len(docnums) * 8 < len(order):
            rank = self._rank(sort)
            return heapq.nsmallest(limit, docnums, key=rank.__getitem__)
        wanted = docnums if isinstance(docnums, set | frozenset) else set(docnums)
        return _first(order, wanted, limit)

    def _order(self, sort: Sort) -> array[int]:
        def compute() -> array[int]:
            if sort is Sort.TITLE:
                names = self.text("names")
                return array(
                    DOC_TYPE,
                    sorted(self.live(), key=lambda n: split_names(names.raw(n))[0].casefold()),
                )
            dates, ascending = self._by_date(_DATE_FIELDS.get(sort, "updated"))
            undated = bisect_left(dates, 0)
            newest_first = ascending[undated:]
            newest_first.reverse()
            return newest_first + ascending[:undated]  # undated notes last

        result: array[int] = self._memo(f"order-{sort.value}", compute)
        return result

    def _rank(self, sort: Sort) -> array[int]:
        def compute() -> array[int]:
            rank = array(DOC_TYPE, bytes(array(DOC_TYPE).itemsize * self.reader.doc_count_all()))
            for position, docnum in enumerate(self._order(sort)):
                rank[docnum] = position
            return rank

        result: array[int] = self._memo(f"rank-{sort.value}", compute)
        return result


class NameTable(Sequence[NameRow]):
    """(path, title, aliases) of every live note, decoded from the packed columns as they are
    read: what the switcher and link resolution iterate, without 400k tuples held at once."""

    __slots__ = ("_live", "_names", "_paths")

    def __init__(self, live: array[int], paths: Joined, names: Joined) -> None:
        self._live = live
        self._paths = paths
        self._names = names

    def _row(self, docnum: int) -> NameRow:
        return (NotePath(self._paths[docnum]), *split_names(self._names.raw(docnum)))

    @overload
    def __getitem__(self, index: int) -> NameRow: ...
    @overload
    def __getitem__(self, index: slice) -> list[NameRow]: ...
    def __getitem__(self, index: int | slice) -> NameRow | list[NameRow]:
        if isinstance(index, slice):
            return [self._row(n) for n in self._live[index]]
        return self._row(self._live[index])

    def __len__(self) -> int:
        return len(self._live)

    def __iter__(self) -> Iterator[NameRow]:
        for docnum in self._live:
            yield self._row(docnum)


def _first(order: Iterable[int], wanted: Collection[int], limit: int) -> list[int]:
    found: list[int] = []
    for docnum in order:
        if docnum in wanted:
            found.append(docnum)
            if len(found) == limit:
                break
    return found

"""A phrase whose words stand at given distances: stop words leave gaps in the index.

`"end-to-end encryption"` is indexed as end@0 end@2 encrypt@3 (`to` is not indexed but keeps
its place), so the query must ask for exactly those offsets; Whoosh's Phrase only knows
adjacent words, and a slop would also accept any other word in the gap's place.
"""

from __future__ import annotations

from typing import Any

from whoosh.matching.mcore import NullMatcher
from whoosh.query.spans import Span, SpanNear2
from whoosh.query.terms import Term as WTerm


class GappedPhrase(SpanNear2):
    """Words of one field at exact offsets from the first (offsets[0] is 0)."""

    def __init__(self, fieldname: str, words: list[str], offsets: list[int]) -> None:
        super().__init__([WTerm(fieldname, word) for word in words])
        self.fieldname = fieldname
        self.words = list(words)
        self.offsets = tuple(offsets)

    def __repr__(self) -> str:
        return f"GappedPhrase({self.fieldname!r}, {self.words!r}, {list(self.offsets)!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, GappedPhrase) and (
            other.fieldname,
            other.words,
            other.offsets,
        ) == (self.fieldname, self.words, self.offsets)

    def __hash__(self) -> int:
        return hash((self.fieldname, tuple(self.words), self.offsets))

    def apply(self, fn: Any) -> GappedPhrase:
        return self  # a leaf for rewriting purposes: its terms are fixed

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        reader = searcher.reader()
        for word in self.words:
            if (self.fieldname, word) not in reader:
                return NullMatcher()  # a missing word: no need to look further
        context = self._span_context(context)
        return _GapMatcher([q.matcher(searcher, context) for q in self.qs], self.offsets)


class _GapMatcher(SpanNear2.SpanNear2Matcher):
    def __init__(self, matchers: list[Any], offsets: tuple[int, ...]) -> None:
        self.offsets = offsets
        super().__init__(matchers)

    def copy(self) -> _GapMatcher:
        return _GapMatcher([m.copy() for m in self.ms], self.offsets)

    def _get_spans(self) -> list[Span]:
        starts = {span.start for span in self.ms[0].spans()}
        for sub, offset in zip(self.ms[1:], self.offsets[1:], strict=True):
            starts &= {span.start - offset for span in sub.spans()}
            if not starts:
                return []
        return [Span(start, start + self.offsets[-1]) for start in sorted(starts)]

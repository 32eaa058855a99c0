"""Ranking queries made only of words a whole block of postings at a time.

Whoosh ranks by walking a tree of matchers one posting at a time: for a word in 110,000 of
400,000 notes, in the text, title and tags fields, that is ~12 Python calls per posting and
a quarter of a second. Every match has to be visited anyway (the total shown is exact), so
for queries of plain terms joined by AND and OR the postings are read here a block at a
time and scored in one comprehension per block — the same BM25F, the same sums, the same
order (score, then document number) as Whoosh's TopCollector gives. Phrases and anything
else stay with Whoosh's matchers.
"""

from __future__ import annotations

import heapq
import time
from typing import Any, cast

from whoosh import scoring
from whoosh.query.compound import And as WAnd
from whoosh.query.compound import Or as WOr
from whoosh.query.qcore import Query as WQuery
from whoosh.query.terms import Term as WTerm
from whoosh.searching import Searcher

from ponder.core.whoosh_columns import SegmentColumns
from ponder.core.whoosh_query import posting_blocks
from ponder.core.whoosh_scoring import field_lengths

Scores = dict[int, float]


def rankable(query: Any) -> bool:
    """Whether `query` is terms joined by AND and OR (plain Or and And: summed scores)."""
    if type(query) is WTerm:
        return True
    if type(query) in (WOr, WAnd) and query.boost == 1.0:
        if type(query) is WOr and getattr(query, "scale", None) is not None:
            return False
        return bool(query.subqueries) and all(rankable(q) for q in query.subqueries)
    return False


def rank(
    searcher: Searcher,
    query: WQuery,
    allowed: set[int] | None,
    limit: int,
    columns: SegmentColumns,
    seconds: float,
) -> tuple[list[tuple[int, float]], int, bool] | None:
    """The top `limit` (docnum, score) of a `rankable` query within `allowed`, how many
    documents match in all, and whether `seconds` ran out first (the figures are then of
    the postings read by then); None where a field is scored by a model this does not know."""
    scorer = _Scorer(searcher, allowed, columns, time.monotonic() + seconds)
    try:
        scores = scorer.scores(query)
    except _Unranked:
        return None
    return _top(scores, limit), len(scores), scorer.clock.ran_out


def _top(scores: Scores, limit: int) -> list[tuple[int, float]]:
    """The best `limit` in Whoosh's order; the cut-off score found first among bare floats
    (a key function over 100k items cost more than the scoring)."""
    if len(scores) > limit:
        floor = heapq.nlargest(limit, scores.values())[-1]
        scores = {docnum: value for docnum, value in scores.items() if value >= floor}
    return sorted(scores.items(), key=_order)[:limit]


class _Unranked(Exception):
    """A scorer other than BM25F's or a plain weight's: Whoosh's matchers rank this one."""


def _order(item: tuple[int, float]) -> tuple[float, int]:
    return -item[1], item[0]  # Whoosh's TopCollector: higher score, then lower docnum


class _Clock:
    def __init__(self, deadline: float) -> None:
        self.deadline = deadline
        self.ran_out = False

    def late(self) -> bool:
        self.ran_out = self.ran_out or time.monotonic() > self.deadline
        return self.ran_out


class _Scorer:
    def __init__(
        self,
        searcher: Searcher,
        allowed: set[int] | None,
        columns: SegmentColumns,
        clock: _Clock | float,
    ) -> None:
        self._searcher = searcher
        self._allowed = allowed
        self._columns = columns
        self.clock = clock if isinstance(clock, _Clock) else _Clock(clock)

    def scores(self, query: Any) -> Scores:
        if isinstance(query, WTerm):
            return self._term(query)
        if isinstance(query, WOr):
            return _union([self.scores(q) for q in query.subqueries])
        # And: the rarest part first, each other part scored only where all before matched;
        # summed in the query's own order, as Whoosh does
        subqueries = list(query.subqueries)
        parts: dict[int, Scores] = {}
        allowed = self._allowed
        for number in sorted(range(len(subqueries)), key=lambda n: self._size(subqueries[n])):
            narrowed = _Scorer(self._searcher, allowed, self._columns, self.clock)
            found = narrowed.scores(subqueries[number])
            parts[number] = found
            allowed = set(found)
        return _intersection([parts[number] for number in range(len(subqueries))])

    def _size(self, query: Any) -> int:
        """How many documents `query` may match at most (postings, deleted ones included)."""
        if isinstance(query, WTerm):
            try:
                searcher: Any = self._searcher
                return int(searcher.doc_frequency(query.fieldname, query.text))
            except (KeyError, ValueError):
                return 0
        sizes = [self._size(q) for q in query.subqueries]
        return sum(sizes) if isinstance(query, WOr) else min(sizes)

    def _term(self, query: WTerm) -> Scores:
        field, searcher = query.fieldname, self._searcher
        scores: Scores = {}
        if field not in searcher.schema:
            return scores
        try:
            text = searcher.schema[field].to_bytes(query.text)
        except ValueError:
            return scores
        weighting, top = searcher.weighting, cast(Any, searcher)
        for leaf_searcher, offset in top.leaf_searchers():
            leaf = leaf_searcher.reader()
            if (field, text) not in leaf:
                continue
            scorer = weighting.scorer(leaf_searcher, field, text)
            score = self._block_scorer(leaf, field, scorer, query.boost)
            deleted = leaf.deleted_docs_set if leaf.has_deletions() else None
            allowed = self._allowed
            for ids, weights in posting_blocks(leaf.postings(field, text), weights=True):
                if self.clock.late():
                    break
                if deleted is not None or allowed is not None:
                    kept = [
                        i
                        for i, d in enumerate(ids)
                        if (deleted is None or d not in deleted)
                        and (allowed is None or d + offset in allowed)
                    ]
                    ids, weights = [ids[i] for i in kept], [weights[i] for i in kept]
                values = score(ids, weights)
                scores.update(
                    zip([d + offset for d in ids] if offset else ids, values, strict=True)
                )
        return scores

    def _block_scorer(self, leaf: Any, field: str, scorer: Any, boost: float) -> Any:
        """A function of a block's (ids, weights) to their scores, as `scorer` would give."""
        lengths = self._columns.cached(leaf, f"length:{field}", field_lengths)
        if type(scorer) is scoring.BM25FScorer and lengths is not None:
            idf, avgfl, b, k1 = scorer.idf, scorer.avgfl, scorer.B, scorer.K1

            def bm25(ids: Any, weights: Any) -> list[float]:
                # whoosh.scoring.bm25, term for term (the same floating-point results)
                return [
                    idf * ((w * (k1 + 1)) / (w + k1 * ((1 - b) + b * lengths[d] / avgfl)))
                    for d, w in zip(ids, weights, strict=True)
                ]

            return bm25 if boost == 1.0 else _boosted(bm25, boost)
        if type(scorer) is scoring.WeightScorer:

            def weight(_ids: Any, weights: Any) -> list[float]:
                return list(weights)

            return weight if boost == 1.0 else _boosted(weight, boost)
        raise _Unranked(type(scorer).__name__)


def _boosted(score: Any, boost: float) -> Any:
    return lambda ids, weights: [value * boost for value in score(ids, weights)]


def _union(parts: list[Scores]) -> Scores:
    """Or: a document in any part, its scores summed (UnionMatcher)."""
    total = dict(parts[0])
    for part in parts[1:]:
        get = total.get
        for docnum, value in part.items():
            before = get(docnum)
            total[docnum] = value if before is None else before + value
    return total


def _intersection(parts: list[Scores]) -> Scores:
    """And: a document in every part, its scores summed (IntersectionMatcher)."""
    smallest = min(parts, key=len)
    total: Scores = {}
    for docnum in smallest:
        if all(docnum in part for part in parts):
            total[docnum] = sum(part[docnum] for part in parts)
    return total

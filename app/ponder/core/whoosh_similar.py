"""More-like-this on the Whoosh index: a note's key terms, and the notes that share them."""

from __future__ import annotations

import heapq
import math
from collections.abc import Collection
from typing import Any

from whoosh.query.terms import Term as WTerm
from whoosh.searching import Searcher

from ponder.core.index_api import Similar
from ponder.core.model import Kind, NotePath
from ponder.core.whoosh_query import posting_ids
from ponder.core.whoosh_schema import Words

FIELD = "text"
COMMON_SHARE = 0.02
COMMON_FLOOR = 50
_SURFACE = Words(body=False)


def key_terms(searcher: Searcher, text: str, count: int) -> list[tuple[str, float]]:
    """The `count` terms of `text` that set it apart from the rest of the index (Bo1, as
    Whoosh's more-like-this), stemmed, with their weights."""
    if not text.strip():
        return []
    found: list[tuple[str, float]] = searcher.key_terms_from_text(FIELD, text, numterms=count)
    return found


def surface_words(text: str, stems: Collection[str]) -> dict[str, str]:
    """stem → the first word in `text` that stems to it (what a reason shows a person)."""
    stemmer = Words(body=True)
    found: dict[str, str] = {}
    for _pos, word, _start, _end in _SURFACE.words(text):
        stem = next((s for _p, s, _a, _b in stemmer.words(word)), "")
        if stem in stems and stem not in found:
            found[stem] = word
    return found


def similar(
    searcher: Searcher,
    text: str,
    *,
    exclude: Collection[NotePath],
    limit: int,
    terms: int,
) -> list[Similar]:
    """The notes sharing the most (and most telling) key terms of `text`.

    A note scores the sum of the Bo1 weights of the key terms it holds. Reading the terms'
    postings directly is ~10x faster than an OR query scored by BM25F on 38k notes (Whoosh's
    matchers cost ~80 µs a posting), and the shared terms fall out as the reason. Terms in
    more than COMMON_SHARE of the notes say little about closeness and are skipped.
    """
    weighted = key_terms(searcher, text, terms)
    reader = searcher.reader()
    total = max(reader.doc_count(), 1)
    common = max(COMMON_FLOOR, int(total * COMMON_SHARE))
    leaves: list[tuple[Any, int]] = list(reader.leaf_readers())
    scores: dict[int, float] = {}
    holders: dict[str, set[int]] = {}  # term → the notes holding it (for the reasons)
    for term, weight in weighted:
        frequency = reader.doc_frequency(FIELD, term)
        if not frequency or frequency > common:
            continue
        weight *= math.log(total / frequency)  # a word few notes share says more
        held = holders[term] = set()
        get = scores.get
        for leaf, offset in leaves:
            if (FIELD, term) not in leaf:
                continue
            ids = posting_ids(leaf, FIELD, term, offset)  # live notes only
            held.update(ids)
            for docnum in ids:
                scores[docnum] = get(docnum, 0.0) + weight
    for path in exclude:
        for docnum in searcher.docs_for_query(WTerm("path", path)):
            scores.pop(docnum, None)
    best = heapq.nsmallest(limit, scores, key=lambda n: (-scores[n], n))
    words = surface_words(text, {term for term, _w in weighted})
    found = []
    for docnum in best:
        shared = [term for term, _w in weighted if docnum in holders.get(term, ())]
        stored: dict[str, Any] = reader.stored_fields(docnum)
        found.append(
            Similar(
                path=NotePath(stored["path"]),
                title=str(stored.get("title", "")),
                kind=Kind.parse(stored.get("kind")),
                tags=tuple(stored.get("tag_list", ())),
                score=scores[docnum],
                terms=tuple(words.get(t, t) for t in shared),
            )
        )
    found.sort(key=lambda s: (-s.score, s.path))
    return found

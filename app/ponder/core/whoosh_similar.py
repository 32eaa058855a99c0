"""More-like-this on the Whoosh index: a note's key terms, and the notes that share them."""

from __future__ import annotations

import contextlib
from collections.abc import Collection
from typing import Any

from whoosh import collectors
from whoosh.query.compound import Or as WOr
from whoosh.query.terms import Term as WTerm
from whoosh.searching import Searcher, TimeLimit

from ponder.core.index_api import Similar
from ponder.core.model import Kind, NotePath
from ponder.core.whoosh_schema import Words

FIELD = "text"
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
    seconds: float,
) -> list[Similar]:
    """The notes most like `text` by its key terms, each with the key terms it has."""
    weighted = key_terms(searcher, text, terms)
    if not weighted:
        return []
    query = WOr([WTerm(FIELD, term, boost=weight) for term, weight in weighted])
    skip = {n for path in exclude for n in searcher.docs_for_query(WTerm("path", path))}
    top = collectors.TopCollector(limit=limit, usequality=True)
    child: collectors.Collector = top
    if skip:
        child = collectors.FilterCollector(top, restrict=skip)
    with contextlib.suppress(TimeLimit):
        searcher.search_with_collector(query, collectors.TimeLimitCollector(child, seconds))
    results = top.results()
    wanted = {term for term, _w in weighted}
    words = surface_words(text, wanted)
    reader = searcher.reader()
    bodies = reader.column_reader("body")
    analyzer = searcher.schema[FIELD].analyzer
    found = []
    for i in range(results.scored_length()):
        docnum = results.docnum(i)
        stored: dict[str, Any] = reader.stored_fields(docnum)
        body = bodies[docnum].decode("utf-8") if bodies[docnum] else ""
        has = {term for _pos, term in analyzer.terms(f"{stored.get('title', '')}\n{body}")}
        shared = tuple(words.get(t, t) for t, _w in weighted if t in has)
        found.append(
            Similar(
                path=NotePath(stored["path"]),
                title=str(stored.get("title", "")),
                kind=Kind.parse(stored.get("kind")),
                tags=tuple(stored.get("tag_list", ())),
                score=float(results.score(i) or 0.0),
                terms=shared,
            )
        )
    return found

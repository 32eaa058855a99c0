"""Our syntax tree → a Whoosh query for the words to score, plus a set of allowed documents.

Filters (tags, kinds, sites, paths, dates, negations) never go through Whoosh's scoring:
they become sets of document numbers from postings or from the columns, and the scored
part of a query only looks at documents in that set.
"""

from __future__ import annotations

import heapq
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.matching.wrappers import FilterMatcher
from whoosh.query.compound import And as WAnd
from whoosh.query.compound import Or as WOr
from whoosh.query.positional import Phrase as WPhrase
from whoosh.query.qcore import Every as WEvery
from whoosh.query.qcore import Query as WQuery
from whoosh.query.terms import Term as WTerm
from whoosh.reading import IndexReader
from whoosh.searching import Searcher

from ponder.core.query import (
    FIELD_TEXT,
    And,
    DateRange,
    MatchAll,
    Node,
    Not,
    Or,
    Phrase,
    Prefix,
    Term,
    walk,
)
from ponder.core.script_words import is_hangul
from ponder.core.whoosh_columns import ColumnView
from ponder.core.whoosh_phrase import GappedPhrase
from ponder.core.whoosh_schema import PREFIX_CHARS, WORD_FIELDS

PREFIX_TERMS = 64  # a prefix to score by expands to at most this many of its most frequent terms,
PREFIX_POSTINGS = 8_000  # ...taken while their matches add up to at most this (the first always),
PREFIX_SCAN = 20_000  # ...chosen among at most this many candidate terms (a cut marks the results
# partial); a prefix that only narrows the results is matched in full (see `_prefix_docs`)
PREFIX_SECONDS = 0.5  # a full expansion of a long prefix stops here and says it is partial
MIN_PREFIX_CHARS = 2
_FILTER_TERMS = frozenset({"tag", "kind", "site"})


@dataclass(frozen=True, slots=True)
class Plan:
    """How to run a query: words to score (None: only filters) within the allowed documents
    (None: all). `empty` when a part can match nothing, e.g. a word that is only stop words."""

    scored: WQuery | None
    allowed: set[int] | None
    empty: bool = False
    boost: set[int] | None = None
    """Without words to score: documents to rank first (a prefix matched in the title)."""
    highlight: frozenset[str] = frozenset()
    """Body terms to mark in snippets besides the scored ones (prefix expansions)."""
    highlight_prefixes: tuple[str, ...] = ()
    """Words starting with these are marked in snippets too."""
    partial: bool = False
    """A prefix was not expanded in full (too many terms, or out of time): say "at least"."""


def is_filter(node: Node) -> bool:
    """Whether a node only narrows the results and has no words to rank them by."""
    if isinstance(node, Not | DateRange | MatchAll):
        return True
    if isinstance(node, And | Or):
        return all(is_filter(item) for item in node.items)
    if isinstance(node, Prefix):
        return node.field in ("path", "tag")
    return isinstance(node, Term) and node.field in _FILTER_TERMS


class Compiler:
    """Compiles against one searcher (prefixes need its terms, filters its columns)."""

    def __init__(self, searcher: Searcher, view: ColumnView) -> None:
        self.searcher = searcher
        self.reader = searcher.reader()
        self._leaves = self.reader.leaf_readers()
        self._expansions: dict[tuple[str, str], WQuery | None] = {}
        self.schema = searcher.schema
        self.view = view
        self.partial = False
        """Set when a prefix's expansion was cut: the counts are lower bounds."""

    def plan(self, root: Node) -> Plan:
        items = root.items if isinstance(root, And) else (root,)
        allowed: set[int] | None = None
        scored: list[WQuery] = []
        prefixes: list[Prefix] = []
        for item in items:
            if _has_filter(item):
                docs = self.docs(item)
                allowed = docs if allowed is None else allowed & docs
            if isinstance(item, Prefix) and item.field in (FIELD_TEXT, "title"):
                prefixes.append(item)
            elif not is_filter(item):
                compiled = self.compile(item)
                if compiled is None:
                    return Plan(None, None, empty=True)
                scored.append(compiled)
        if prefixes:
            return self._plan_prefixes(prefixes, scored, allowed)
        if not scored:
            return Plan(None, allowed, partial=self.partial)
        words = scored[0] if len(scored) == 1 else WAnd(scored)
        return Plan(words, allowed, partial=self.partial)

    def _plan_prefixes(
        self, prefixes: list[Prefix], scored: list[WQuery], allowed: set[int] | None
    ) -> Plan:
        """Prefixes narrow the results instead of being scored: scoring the dozens of words a
        prefix expands to, over thousands of notes, took 100-200 ms while typing. Every note
        with a word of the prefix is counted. Without other words, notes whose title has the
        prefix come first."""
        marked: list[str] = []
        boost: set[int] | None = None
        for prefix in prefixes:
            found = self._prefix_docs(prefix)
            if found is None:
                return Plan(None, None, empty=True)
            docs, shown = found
            allowed = docs if allowed is None else allowed & docs
            marked += shown
            counted = self.partial
            in_title = self._field_prefix("title", prefix.text)
            self.partial = counted  # the title's bounded expansion only orders the results
            titled = self._union(in_title) if in_title else set()
            boost = titled if boost is None else boost | titled
        words = scored[0] if len(scored) == 1 else (WAnd(scored) if scored else None)
        return Plan(
            words,
            allowed,
            boost=None if words else boost,
            highlight_prefixes=tuple(marked),
            partial=self.partial,
        )

    def _prefix_docs(self, prefix: Prefix) -> tuple[set[int], list[str]] | None:
        """Every live note with a word starting with the prefix, and the prefixes to mark.
        Up to PREFIX_CHARS letters it is read from the prefixes field; a longer one expands
        over the terms of the names and text."""
        words = self._analyse("title", prefix.text)
        if not words:
            return None
        *leading, last = words
        docs: set[int] | None = None
        for word in leading:  # `recipes.ingr*`: the leading parts as words
            query = self._words(prefix.field, word)
            found = self._union(query) if query is not None else set()
            docs = found if docs is None else docs & found
        if len(last) < MIN_PREFIX_CHARS:  # `a*` stands for the word itself
            query = self._words(prefix.field, last)
            tail = self._union(query) if query is not None else set()
        elif prefix.field == FIELD_TEXT and len(last) <= PREFIX_CHARS:
            tail = self._every_term_docs("prefixes", [last])  # a few terms of 3 letters at most
        else:
            names = WORD_FIELDS if prefix.field == FIELD_TEXT else (prefix.field,)
            tail = set()
            for name in names:
                stems = [last]
                if name == "text":
                    stems += [s for s in self._analyse("text", last) if s != last]
                tail |= self._every_term_docs(name, stems)
        docs = tail if docs is None else docs & tail
        return docs, [last, *(s for s in self._analyse("text", last) if s != last)]

    def _every_term_docs(self, name: str, prefixes: list[str]) -> set[int]:
        """Live documents with any term of the field starting with one of `prefixes`; stops
        after PREFIX_SECONDS and marks the plan partial."""
        deadline = time.monotonic() + PREFIX_SECONDS
        found: set[int] = set()
        for prefix in prefixes:
            for leaf, offset in self._leaves:
                for count, (term, _info) in enumerate(leaf.iter_prefix(name, prefix)):
                    found.update(posting_ids(leaf, name, term, offset))
                    if count % 32 == 31 and time.monotonic() > deadline:
                        self.partial = True
                        return found - self.view.deleted()
        return found - self.view.deleted()

    def _union(self, query: WQuery) -> set[int]:
        """Live documents containing any term of `query`, straight from the postings (a
        matcher tree over dozens of terms was 2-6x slower)."""
        if not isinstance(query, WTerm | WOr):
            return set(self.searcher.docs_for_query(query))
        found: set[int] = set()
        for leaf, offset in self._leaves:
            for term in query.leaves():
                if isinstance(term, WTerm) and (term.fieldname, term.text) in leaf:
                    found.update(posting_ids(leaf, term.fieldname, term.text, offset))
        return found - self.view.deleted()

    def docs(self, node: Node) -> set[int]:
        """The live documents a node matches."""
        if isinstance(node, MatchAll):
            return set(self.view.live())
        if isinstance(node, DateRange):
            return self.view.in_date_range(node.field, node.start, node.end)
        if isinstance(node, Prefix) and node.field == "path":
            return self.view.with_path_prefix(node.text)
        if isinstance(node, Not):
            return set(self.view.live()) - self.docs(node.item)
        if isinstance(node, And):
            return set.intersection(*(self.docs(item) for item in node.items))
        if isinstance(node, Or):
            return set().union(*(self.docs(item) for item in node.items))
        compiled = self._leaf(node)
        return set() if compiled is None else set(self.searcher.docs_for_query(compiled))

    def compile(self, node: Node) -> WQuery | None:
        """The words of a node to rank by. Filters inside it are left to the allowed set
        (see `plan`): dropped from an AND, matching anything in an OR."""
        if is_filter(node):
            return WEvery()
        if isinstance(node, And):
            parts = [self.compile(item) for item in node.items if not is_filter(item)]
            if any(part is None for part in parts):
                return None  # a part that can match nothing empties the whole
            return _combine(WAnd, [part for part in parts if part is not None])
        if isinstance(node, Or):
            return _combine(WOr, [q for q in map(self.compile, node.items) if q is not None])
        return self._leaf(node)

    def _leaf(self, node: Node) -> WQuery | None:
        if isinstance(node, Phrase):
            return self._words(node.field, " ".join(node.words))
        if isinstance(node, Prefix):
            return self._prefix(node.field, node.text)
        if isinstance(node, Term):
            return self._term(node)
        raise TypeError(f"not a leaf: {node!r}")

    def _term(self, node: Term) -> WQuery | None:
        value = node.text.strip().lower()
        if node.field == "tag":
            return WTerm("tags", value.lstrip("#").strip("/"))
        if node.field == "kind":
            return WTerm("kind", value)
        if node.field == "site":
            return WTerm("site", value.strip(".").removeprefix("www."))
        if node.field == "title":
            return self._in_field("title", node.text)
        in_tags = WTerm("tags", value.lstrip("#"))
        found = self._words(FIELD_TEXT, node.text)
        return in_tags if found is None else WOr([found, in_tags])

    def _words(self, field: str, text: str) -> WQuery | None:
        names = WORD_FIELDS if field == FIELD_TEXT else (field,)
        return _combine(WOr, [q for q in (self._in_field(n, text) for n in names) if q])

    def _in_field(self, name: str, text: str) -> WQuery | None:
        """The words of `text` as this field analyses them: one term, or a phrase (with the
        gaps that dropped stop words leave, as the index has them)."""
        analyzer = self.schema[name].analyzer
        placed = [(t.pos, t.text) for t in analyzer(text, positions=True, mode="query")]
        if len(placed) == 1 and is_hangul(placed[0][1]):
            return self._expand(name, [placed[0][1]], min_chars=1)  # see script_words
        if len(placed) < 2:
            return WTerm(name, placed[0][1]) if placed else None
        words = [word for _, word in placed]
        offsets = [pos - placed[0][0] for pos, _ in placed]
        if offsets == list(range(len(placed))):
            return WPhrase(name, words)
        return GappedPhrase(name, words, offsets)

    def _analyse(self, name: str, text: str) -> list[str]:
        return list(self.schema[name].process_text(text, mode="query"))

    def _prefix(self, field: str, text: str) -> WQuery | None:
        if field == "tag":
            return self._expand("tags", [text.lower().lstrip("#")])
        names = WORD_FIELDS if field == FIELD_TEXT else (field,)
        return _combine(WOr, [q for q in (self._field_prefix(n, text) for n in names) if q])

    def _field_prefix(self, name: str, text: str) -> WQuery | None:
        key = (name, text)
        if key not in self._expansions:
            self._expansions[key] = self._expand_field_prefix(name, text)
        return self._expansions[key]

    def _expand_field_prefix(self, name: str, text: str) -> WQuery | None:
        # `recipes.ingr*` → the leading parts as words, the last part as the prefix
        words = self._analyse("title", text)
        if not words:
            return None
        *leading, last = words
        stems = [last]
        if name == "text":
            stems += [s for s in self._analyse("text", last) if s != last]
        expanded = self._expand(name, stems)
        if expanded is None or not leading:
            return expanded
        return _combine(WAnd, [*(WTerm(name, w) for w in leading), expanded])

    def _expand(
        self, name: str, prefixes: list[str], min_chars: int = MIN_PREFIX_CHARS
    ) -> WQuery | None:
        """A prefix as an OR of its most frequent terms: unbounded expansion takes seconds."""
        candidates: dict[str, int] = {}
        for prefix in prefixes:
            if len(prefix) < min_chars:
                candidates[prefix] = 0  # `a*` stands for the word itself: expanding is too slow
                continue
            # Per segment: a MultiReader merges every term's statistics across segments on
            # the fly, which made the scan 6x slower.
            for leaf, _offset in self._leaves:
                scanned = leaf.iter_prefix(name, prefix)
                for count, (term, info) in enumerate(scanned):
                    if count == PREFIX_SCAN:
                        self.partial = True
                        break
                    word = term.decode("utf-8") if isinstance(term, bytes) else term
                    candidates[word] = candidates.get(word, 0) + info.doc_frequency()
        chosen: list[WQuery] = []
        budget = PREFIX_POSTINGS
        for word, frequency in heapq.nlargest(PREFIX_TERMS, candidates.items(), key=_second):
            if word and (not chosen or frequency <= budget):
                chosen.append(WTerm(name, word))
                budget -= frequency
        self.partial = self.partial or len(chosen) < len(candidates)
        expanded = _combine(WOr, chosen)
        if isinstance(expanded, WOr):
            # preloading the postings into arrays is 2-3x faster for dozens of terms
            expanded.matcher_type = WOr.ARRAY_MATCHER
        return expanded


def posting_ids(leaf: IndexReader, field: str, term: Any, offset: int) -> list[int]:
    """The live document numbers of a term's postings in one segment, plus `offset`."""
    reader: Any = leaf
    deleted = reader.deleted_docs_set if reader.has_deletions() else None
    found: list[int] = []
    for ids, _weights in posting_blocks(leaf.postings(field, term), weights=False):
        if deleted:
            ids = [docnum for docnum in ids if docnum not in deleted]
        found.extend(ids if not offset else [offset + docnum for docnum in ids])
    return found


def posting_blocks(postings: Any, *, weights: bool) -> Iterator[tuple[Any, Any]]:
    """(ids, weights or None) of each block of a segment's postings of a term, deleted
    documents included: a block at a time where the matcher is whoosh3's (pinned), 3-5x
    faster than Whoosh's one-posting-at-a-time methods."""
    matcher: Any = postings.child if isinstance(postings, FilterMatcher) else postings
    # (a FilterMatcher leaves out the segment's deleted documents: the caller does)
    if type(matcher) is not W3LeafMatcher:  # another codec: one posting at a time
        ids, values = [], []
        while matcher.is_active():
            ids.append(matcher.id())
            values.append(matcher.weight() if weights else None)
            matcher.next()
        yield ids, values if weights else None
        return
    block: Any = matcher  # whoosh3 3.54 (pinned): its decoded block arrays
    while block.is_active():
        if block._ids is None:
            block._read_ids()
        if weights and block._weights is None:
            block._read_weights()
        start = block._i
        yield block._ids[start:], block._weights[start:] if weights else None
        if block._lastblock:
            break
        block._next_block()


def _second(item: tuple[str, int]) -> int:
    return item[1]


def _has_filter(node: Node) -> bool:
    return any(is_filter(part) for part in walk(node))


def _combine(kind: type[WAnd] | type[WOr], parts: list[WQuery]) -> WQuery | None:
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else kind(parts)


def positive_terms(query: WQuery | None, field: str) -> set[str]:
    """Terms in `field` that a match may contain (negated parts are left out), for snippets."""
    if query is None:
        return set()
    if isinstance(query, WTerm):
        return {query.text} if query.fieldname == field else set()
    if isinstance(query, WPhrase | GappedPhrase):
        return set(query.words) if query.fieldname == field else set()
    found: set[str] = set()
    for child in query.children():
        found |= positive_terms(child, field)
    return found

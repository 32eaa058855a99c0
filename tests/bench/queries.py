"""Benchmark queries drawn from real note text with a seeded RNG, for Ponder and for FTS5."""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from corpus_tools import NoteRecord

KINDS = ("word", "two words", "phrase", "prefix", "tag filter", "date range")
TEXT = "{title body tags}"  # FTS5 columns a plain word may match; Ponder skips the path too
MIN_TAGS = 5  # fewer distinct tags than this and the tag row filters by folder instead
_NOISE = re.compile(r"\]\([^)]*\)|<[^>]*>|\{\{.*?\}\}|[a-z]+://\S+", re.IGNORECASE)
# Whole letter runs only (a word glued to digits is one token for both engines), in scripts
# written with spaces between words: Latin, Greek, Cyrillic.
_WORD = re.compile(r"(?<![^\W_])[^\W\d_]{4,20}(?![^\W_])")
_PAIR = re.compile(r"(?<![^\W_])([^\W\d_]{3,20}) ([^\W\d_]{3,20})(?![^\W_])")
_TAG = re.compile(r"[^\W\d_][\w/-]*")
_TOKEN = re.compile(r"[^\W_]+")
_SPANS = (1, 7, 30, 90)  # days in a date range
_TRIES = 50  # draws per wanted query before a corpus is declared too small for a kind


@dataclass(frozen=True, slots=True)
class BenchQuery:
    """One query: Ponder's text, and FTS5's MATCH expression plus a WHERE on plain columns."""

    kind: str
    ponder: str
    fts_match: str
    fts_where: str = ""
    fts_params: tuple[float, ...] = ()


@dataclass(frozen=True, slots=True)
class QuerySet:
    queries: list[BenchQuery]
    notes: dict[str, str]
    """Per kind, how its queries were made when that is not obvious from the name."""


def make_queries(notes: Sequence[NoteRecord], per_kind: int, seed: int) -> QuerySet:
    """`per_kind` queries of every kind in KINDS, each guaranteed to match at least one note."""
    rng = random.Random(f"queries:{seed}")
    pool = _Pool(notes, rng)
    tagged = [n for n in notes if _usable_tags(n)]
    makers: dict[str, Callable[[], BenchQuery | None]] = {
        "word": pool.word,
        "two words": pool.two_words,
        "phrase": pool.phrase,
        "prefix": pool.prefix,
        "date range": pool.date_range,
    }
    explain = {
        "date range": "`updated:` ranges around note dates (front matter, else the spread mtime)",
    }
    if len({t for n in tagged for t in _usable_tags(n)}) >= MIN_TAGS:
        makers["tag filter"] = lambda: pool.tag(tagged)
    else:
        makers["tag filter"] = pool.folder
        explain["tag filter"] = "the corpus has no tags: `path:<folder>/ <word>` instead"
    queries: list[BenchQuery] = []
    for kind in KINDS:
        queries += _draw(kind, makers[kind], per_kind)
    return QuerySet(queries, explain)


def _draw(kind: str, make: Callable[[], BenchQuery | None], wanted: int) -> list[BenchQuery]:
    found: list[BenchQuery] = []
    for _ in range(wanted * _TRIES):
        query = make()
        if query is not None:
            found.append(query)
            if len(found) == wanted:
                return found
    raise SystemExit(
        f"could not draw {wanted} '{kind}' queries from this corpus (got {len(found)})"
    )


def _usable_tags(note: NoteRecord) -> list[str]:
    return [t for t in note.tags if _TAG.fullmatch(t) and _latin(t)]


def _latin(word: str) -> bool:
    return all(ord(c) < 0x0590 for c in word)


def _quoted(words: Sequence[str]) -> str:
    return '"' + " ".join(words) + '"'


class _Pool:
    """Draws words, pairs and dates from randomly chosen notes (text cleaned once per note)."""

    def __init__(self, notes: Sequence[NoteRecord], rng: random.Random) -> None:
        self.notes = notes
        self.rng = rng
        self._words: dict[int, list[str]] = {}

    def _note_words(self) -> tuple[NoteRecord, list[str]]:
        index = self.rng.randrange(len(self.notes))
        if index not in self._words:
            text = _NOISE.sub(" ", self.notes[index].body).lower()
            self._words[index] = [w for w in _WORD.findall(text) if _latin(w)]
        return self.notes[index], self._words[index]

    def word(self) -> BenchQuery | None:
        _, words = self._note_words()
        if not words:
            return None
        word = self.rng.choice(words)
        return BenchQuery("word", word, f"{TEXT} : {_quoted([word])}")

    def two_words(self) -> BenchQuery | None:
        _, words = self._note_words()
        distinct = sorted(set(words))
        if len(distinct) < 2:
            return None
        a, b = self.rng.sample(distinct, 2)
        return BenchQuery("two words", f"{a} {b}", f"{TEXT} : ({_quoted([a])} AND {_quoted([b])})")

    def phrase(self) -> BenchQuery | None:
        note = self.notes[self.rng.randrange(len(self.notes))]
        text = _NOISE.sub(" ", note.body).lower()
        pairs = [p for p in _PAIR.findall(text) if _latin(p[0] + p[1])]
        if not pairs:
            return None
        words = self.rng.choice(pairs)
        return BenchQuery("phrase", _quoted(words), f"{TEXT} : {_quoted(words)}")

    def prefix(self) -> BenchQuery | None:
        _, words = self._note_words()
        long_words = [w for w in words if len(w) >= 5]
        if not long_words:
            return None
        stem = self.rng.choice(long_words)[: self.rng.choice((3, 4))]
        return BenchQuery("prefix", f"{stem}*", f"{TEXT} : {_quoted([stem])}*")

    def tag(self, tagged: Sequence[NoteRecord]) -> BenchQuery:
        tag = self.rng.choice(_usable_tags(self.rng.choice(tagged)))
        return BenchQuery("tag filter", f"tag:{tag}", f"tags : {_quoted(_TOKEN.findall(tag))}")

    def folder(self) -> BenchQuery | None:
        note, words = self._note_words()
        if "/" not in note.path or not words:
            return None
        folder = note.path.rsplit("/", 1)[0]
        word = self.rng.choice(words)
        match = f"path : ^{_quoted(_TOKEN.findall(folder.lower()))} AND {TEXT} : {_quoted([word])}"
        return BenchQuery("tag filter", f"path:{folder}/ {word}", match)

    def date_range(self) -> BenchQuery:
        note = self.notes[self.rng.randrange(len(self.notes))]
        span = self.rng.choice(_SPANS)
        day = datetime.fromtimestamp(note.when, tz=UTC).date()
        start = day - timedelta(days=self.rng.randrange(span))
        last = start + timedelta(days=span - 1)
        lo = datetime(start.year, start.month, start.day, tzinfo=UTC).timestamp()
        return BenchQuery(
            "date range",
            f"updated:{start.isoformat()}..{last.isoformat()}",
            "",
            "date >= ? AND date < ?",
            (lo, lo + span * 86_400),
        )


def pick_notes(notes: Sequence[NoteRecord], count: int, seed: int) -> list[str]:
    """`count` distinct note paths for the save samples (fewer if the corpus is smaller)."""
    rng = random.Random(f"saves:{seed}")
    return [n.path for n in rng.sample(list(notes), min(count, len(notes)))]

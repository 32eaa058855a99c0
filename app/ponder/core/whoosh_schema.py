"""The Whoosh side of a note: analyzers, the schema, the document for one note, snippets."""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from itertools import pairwise
from pickle import dumps
from typing import Any, cast
from urllib.parse import urlsplit

from whoosh import columns, fields
from whoosh.analysis.acore import Token
from whoosh.analysis.analyzers import Analyzer
from whoosh.analysis.filters import STOP_WORDS, LowercaseFilter
from whoosh.analysis.tokenizers import RegexTokenizer, Tokenizer
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3Codec, W3PerDocReader, _lenfield
from whoosh.lang import stemmer_for_language
from whoosh.support.charset import accent_map
from whoosh.system import pack_uint
from whoosh.util.numeric import byte_to_length

from ponder.core.index_api import IndexDoc
from ponder.core.script_words import HAS_PAIRED, TOKEN, is_paired, pieces, run_terms, width
from ponder.core.whoosh_terms import CompactFieldWriter

STORED_TEXT_CHARS = 100_000  # snippets come from the stored text; huge notes are cut
SNIPPET_CHARS = 200
SNIPPET_SCAN_CHARS = 20_000  # a match further in shows the note's start instead
WORD_BACK_CHARS = 40  # a snippet starts and ends between words: moved at most this far
NO_DATE = -1
"""The date column's value for a note without that date: older than any real date."""
LIST_SEPARATOR = "\x1f"
WORD_FIELDS = ("text", "title")
"""The fields a plain word is looked for in: the body (with headings) and the names."""

_STEM_CACHE_LIMIT = 200_000
# Whoosh annotates the map as str → str; its keys are code points, as translate() needs.
_ACCENTS = cast("dict[int, str]", accent_map)
_EPOCH = datetime(1, 1, 1)


def fold(text: str) -> str:
    lowered = text.lower()
    if lowered.isascii():
        return lowered
    # `İ`.lower() is `i` + a combining dot, which split `İstanbul` in two (found by hypothesis)
    return lowered.replace("\u0307", "").translate(_ACCENTS)


class Words(Tokenizer):
    """Words of letters and digits (split on dots, underscores, slashes...), lowercased and
    accent-folded, so `recipes.ingredients` and `github.com` are found by each part; runs of
    scripts written without spaces become bigrams (see script_words).

    With `body=True` English stop words are dropped (their positions stay counted, so
    phrases still need the words next to each other) and words are stemmed. One generator
    doing all of it is about twice as fast as a chain of Whoosh filters.
    """

    def __init__(self, body: bool = False) -> None:
        self.body = body
        self._stems: dict[str, str] = {}
        self._stemmer: Callable[[str], str] = stemmer_for_language("en")

    def __getstate__(self) -> dict[str, Any]:
        return {"body": self.body}  # the schema is pickled into the index: not the cache

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(**state)  # type: ignore[misc]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Words) and other.body == self.body

    def __hash__(self) -> int:
        return hash((Words, self.body))

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        start_pos: int = 0,
        start_char: int = 0,
        mode: str = "",
        **kwargs: Any,
    ) -> Iterator[Token]:
        token = Token(positions, chars, mode=mode, **kwargs)
        for pos, word, start, end in self.words(value, singles=mode != "query"):
            token.text = word
            token.boost = 1.0
            token.stopped = False
            if positions:
                token.pos = start_pos + pos
            if chars:
                token.startchar = start_char + start
                token.endchar = start_char + end
            yield token

    def words(self, value: str, singles: bool = False) -> Iterator[tuple[int, str, int, int]]:
        """(position, term, start, end) of each word kept; `singles` adds the one-character
        terms of CJK runs (indexing does, a query does not: see script_words.pieces)."""
        folded = fold(value)
        same_offsets = len(folded) == len(value)  # lower() lengthens a few letters (İ)
        pos = 0
        for match in TOKEN.finditer(folded if same_offsets else value):
            word = match.group(0) if same_offsets else fold(match.group(0))
            if is_paired(word):
                for step, term, start, end in pieces(word, match.start(), singles=singles):
                    yield pos + step, term, start, end
                pos += width(word)
                continue
            pos += 1
            if self.body:
                if word in STOP_WORDS:
                    continue  # dropped, but its position counts: phrases keep their gaps
                word = self._stems.get(word) or self._stem(word)
            yield pos - 1, word, match.start(), match.end()

    def terms(self, value: str) -> list[tuple[int, str]]:
        """(position, term) of each word kept: `words` without offsets, for indexing."""
        folded = fold(value)
        found = TOKEN.findall(folded)
        if HAS_PAIRED.search(folded) is not None:
            return self._mixed_terms(found)
        if not self.body:
            return list(enumerate(found))
        stems, stem = self._stems, self._stem
        return [
            (pos, stems.get(word) or stem(word))
            for pos, word in enumerate(found)
            if word not in STOP_WORDS
        ]

    def _mixed_terms(self, found: list[str]) -> list[tuple[int, str]]:
        """`terms` of a text with runs of scripts without spaces (as `words` cuts them)."""
        out: list[tuple[int, str]] = []
        stems, stem, body = self._stems, self._stem, self.body
        pos = 0
        for word in found:
            if is_paired(word):
                out += run_terms(word, pos, singles=True)
                pos += width(word)
                continue
            pos += 1
            if body:
                if word in STOP_WORDS:
                    continue
                word = stems.get(word) or stem(word)
            out.append((pos - 1, word))
        return out

    def _stem(self, word: str) -> str:
        if len(self._stems) >= _STEM_CACHE_LIMIT:
            self._stems.clear()
        stemmed = self._stemmer(word)
        self._stems[word] = stemmed
        return stemmed


class BodyField(fields.TEXT):
    """The note text, stemmed, with positions for phrases.

    Indexing skips Whoosh's token objects and format layers: the body is nearly all of
    the postings, and this is most of the build time.
    """

    def __init__(self) -> None:
        self.words = Words(body=True)
        super().__init__(analyzer=self.words)

    def index(self, value: Any, **kwargs: Any) -> Iterator[tuple[bytes, int, float, bytes]]:  # type: ignore[override]
        positions: dict[str, list[int]] = {}
        for pos, word in self.words.terms(value):
            found = positions.get(word)
            if found is None:
                positions[word] = [pos]
            else:
                found.append(pos)
        for word, found in positions.items():
            if len(found) == 1:
                encoded = _single_position(found[0])
            else:
                deltas = [found[0], *_steps(found)]
                encoded = pack_uint(len(deltas)) + dumps(deltas, 2)
            yield word.encode("utf-8"), len(found), float(len(found)), encoded


@functools.lru_cache(maxsize=4096)
def _single_position(position: int) -> bytes:
    """The encoding of whoosh.formats.Positions (which reads these postings back) for one
    position: most terms of a note occur once, at one of a few thousand positions."""
    return pack_uint(1) + dumps([position], 2)


PREFIX_CHARS = 3
"""Every word is also indexed by its first three letters (a shorter word as itself), so a
prefix of up to three letters is a handful of posting lists (as FTS5's `prefix=` option);
a longer one expands over the fewer terms that start with it. Lengths 2, 3 and 4 tripled the
postings of the whole index; this one adds about half."""


class PrefixField(fields.ID):
    """The first PREFIX_CHARS letters of every word of a note's names and text (not stemmed).
    Existence only: no positions, frequencies or lengths."""

    def index(self, value: Any, **kwargs: Any) -> Iterator[tuple[bytes, int, float, bytes]]:  # type: ignore[override]
        folded = fold(value)
        if len(folded) == len(value) and HAS_PAIRED.search(folded) is None:
            words: Iterable[str] = TOKEN.findall(folded)  # what `Words.words` finds, faster
        else:  # the index's own words, unstemmed, scripts as bigrams
            words = (word for _pos, word, _start, _end in Words().words(value))
        for prefix in {word[:PREFIX_CHARS] for word in words}:
            yield prefix.encode("utf-8"), 1, 1.0, b""


def _steps(positions: list[int]) -> Iterator[int]:
    return (b - a for a, b in pairwise(positions))


def _list_field() -> fields.TEXT:
    """A field of whole values (tags, links, domains) matched exactly, lowercased."""
    analyzer = RegexTokenizer(f"[^{LIST_SEPARATOR}]+") | LowercaseFilter()
    return fields.TEXT(analyzer=analyzer, phrase=False)


def schema() -> fields.Schema:
    """Only what queries need is indexed; sorting, dates, paths and names are columns."""
    words = Words()
    return fields.Schema(
        path=fields.ID(stored=True, unique=True, sortable=True),
        note_id=fields.ID(),
        title=fields.TEXT(analyzer=words, field_boost=3.0, stored=True),
        text=BodyField(),
        prefixes=PrefixField(),
        tags=_list_field(),
        tag_list=fields.STORED(),
        kind=fields.ID(stored=True),
        site=_list_field(),
        links=_list_field(),
        pages=fields.KEYWORD(),  # exact page keys: no whitespace in a URL
        names=fields.COLUMN(columns.VarBytesColumn()),
        # compressing costs a tenth of the build; only ~20 values are read per search
        body=fields.COLUMN(columns.VarBytesColumn()),
        created=fields.COLUMN(columns.NumericColumn("q", default=NO_DATE)),
        updated=fields.COLUMN(columns.NumericColumn("q", default=NO_DATE)),
        updated_at=fields.STORED(),
    )


class Codec(W3Codec):
    """Whoosh's codec with two build costs removed (measured on 38k notes: ~20% together).

    Posting blocks are not zlib-compressed (the index is a local cache; size over speed),
    and while a segment is written each posting's field length comes from an in-memory
    copy of the lengths column instead of a file seek and read per posting. Its term table
    keeps its hash slots in arrays until the segment is written (see whoosh_terms).
    """

    def __init__(self) -> None:
        super().__init__(compression=0)

    def field_writer(self, storage: Any, segment: Any) -> CompactFieldWriter:
        return CompactFieldWriter(self, storage, segment)

    def per_document_reader(self, storage: Any, segment: Any) -> W3PerDocReader:
        return _PerDocReader(storage, segment)


class _PerDocReader(W3PerDocReader):
    # Relies on whoosh3 3.54 internals (pinned): the writer asks this for each field.
    def doc_field_length_reader(self, fieldname: str, default: int = 0) -> Callable[[int], Any]:
        reader = self._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
        if reader is None:
            return lambda _docnum: default
        lengths = bytes(reader.load())

        def get(docnum: int) -> int | None:
            return byte_to_length(lengths[docnum]) if lengths[docnum] else None

        return get


def date_number(value: datetime | None) -> int:
    """Seconds since year 1 of the wall-clock time the note was written with.

    `created:2026-11-22` means that day where the person was, whatever their UTC offset.
    """
    if value is None:
        return NO_DATE
    return int((value.replace(tzinfo=None) - _EPOCH).total_seconds())


def document(doc: IndexDoc) -> dict[str, Any]:
    """The keyword arguments of Whoosh's add_document for one note."""
    names = LIST_SEPARATOR.join((doc.title, *doc.aliases))
    values: dict[str, Any] = {
        "path": doc.path,
        "note_id": doc.note_id,
        # aliases are names too; headings are repeated so their words weigh more
        "title": "\n".join((doc.title, *doc.aliases)),
        "_stored_title": doc.title,
        "text": "\n".join((doc.text, *doc.headings)),
        "prefixes": "\n".join((doc.title, *doc.aliases, doc.text, *doc.headings)),
        "tags": _joined(tag_values(doc.tags)),
        "tag_list": tuple(doc.tags),
        "kind": doc.kind.value,
        "site": _joined(domains(doc.site, doc.url)),
        "links": _joined(doc.links),
        "pages": " ".join(doc.pages),
        "names": names.encode("utf-8"),
        "body": doc.text[:STORED_TEXT_CHARS].encode("utf-8"),
        "created": date_number(doc.created),
        "updated": date_number(doc.updated),
        "updated_at": doc.updated.replace(tzinfo=None) if doc.updated else None,
    }
    # columns get a value even when empty: whoosh3 misreads a segment whose last
    # documents have none (IndexError in VarBytesColumn.Reader)
    return {key: value for key, value in values.items() if value not in (None, "")}


def split_names(value: bytes) -> tuple[str, tuple[str, ...]]:
    """The (title, aliases) packed into the `names` column."""
    title, *aliases = value.decode("utf-8").split(LIST_SEPARATOR)
    return title, tuple(aliases)


def _joined(values: Iterable[str]) -> str:
    return LIST_SEPARATOR.join(v for v in values if v)


def tag_values(tags: Iterable[str]) -> Iterator[str]:
    """Each tag and its parents, so `tag:a` also finds notes tagged `a/b`."""
    for tag in tags:
        parts = tag.strip().lstrip("#").strip("/").split("/")
        for end in range(1, len(parts) + 1):
            yield "/".join(parts[:end])


def domains(site: str | None, url: str | None) -> Iterator[str]:
    """A host and its parent domains (`a.b.com`, `b.com`), so `site:b.com` finds subdomains."""
    host = site or (urlsplit(url).hostname if url else None) or ""
    labels = host.lower().strip(".").removeprefix("www.").split(".")
    for start in range(max(len(labels) - 1, 1)):
        yield ".".join(labels[start:])


@dataclass(frozen=True, slots=True)
class Marks:
    """The words a snippet marks: these terms, and terms starting with these prefixes."""

    terms: frozenset[str]
    prefixes: tuple[str, ...] = ()

    def __contains__(self, term: object) -> bool:
        return isinstance(term, str) and (
            term in self.terms or bool(self.prefixes and term.startswith(self.prefixes))
        )


def make_snippet(text: str, terms: Marks | set[str], analyzer: Analyzer) -> str:
    """Escaped text around the first match with matched words in <b>…</b>; else the start."""
    window = text[:STORED_TEXT_CHARS]
    # Analysing a whole long note for every hit was most of a search's time: find the first
    # match lazily, then analyse only the few hundred characters that are shown.
    first = next(
        (
            t.startchar
            for t in analyzer(window[:SNIPPET_SCAN_CHARS], chars=True, mode="index")
            if t.text in terms
        ),
        0,
    )
    start = max(0, first - SNIPPET_CHARS // 4)
    if start:
        start = _word_start(window, start)
    end = min(len(window), start + SNIPPET_CHARS)
    if end < len(window):
        end = max(_word_end(window, end), first + 1)
    shown = window[start:end]
    matches = _merged(
        (start + token.startchar, start + token.endchar)
        for token in analyzer(shown, chars=True, mode="index")
        if token.text in terms
    )
    parts, cursor = [], start
    for lo, hi in matches:
        if lo < cursor or hi > end:
            continue
        parts += [_plain(window[cursor:lo]), "<b>", _plain(window[lo:hi]), "</b>"]
        cursor = hi
    parts.append(_plain(window[cursor:end]))
    body = "".join(parts).strip()
    return ("… " if start else "") + body + (" …" if end < len(text) else "")


def _merged(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping or touching matches as one (a CJK word's bigrams overlap)."""
    merged: list[tuple[int, int]] = []
    for lo, hi in sorted(spans):
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    return merged


def _word_start(text: str, index: int) -> int:
    """`index` moved back to the start of the word it falls in (never mid-word): back at most
    WORD_BACK_CHARS, else forward past a word that long."""
    low = max(0, index - WORD_BACK_CHARS)
    at = index
    while at > low and _mid_word(text, at):
        at -= 1
    if _mid_word(text, at):
        at = index
        while at < len(text) and _mid_word(text, at):
            at += 1
    while at < len(text) and text[at].isspace():
        at += 1
    return at


def _word_end(text: str, index: int) -> int:
    """`index` moved back to the end of the word it falls in, if that word starts nearby."""
    at = index
    while at > index - WORD_BACK_CHARS and _mid_word(text, at):
        at -= 1
    return index if _mid_word(text, at) or at <= 0 else at


def _mid_word(text: str, at: int) -> bool:
    return 0 < at < len(text) and text[at - 1].isalnum() and text[at].isalnum()


def _plain(text: str) -> str:
    return html.escape(re.sub(r"\s+", " ", text), quote=False)

"""Length, limits and numbered threads: what every channel's counting rule is built from.

Each channel module declares its own counting rule and default limits (its `SPEC.measure`);
this module holds what they share: the units (grapheme clusters, code points, UTF-8 bytes), the
`Limits` learnt at run time, the result of a check, and splitting a long post into a thread.

Grapheme clusters come from the `regex` module's `\\X` (Unicode extended grapheme clusters,
UAX #29 with its current data: emoji ZWJ sequences, flags, Hangul, Indic conjuncts), which
the standard library cannot segment; it is what Ruby's `each_grapheme_cluster` counts, and so
what Mastodon counts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field

import regex

from ponder.core.share.formats import Rendered

Counter = Callable[[str], int]

_GRAPHEME = regex.compile(r"\X")
LINK = regex.compile(r"https?://[^\s<>\"]+")
"""A link in plain text (a thread never cuts one; Mastodon counts each as 23 characters)."""


def graphemes(text: str) -> int:
    """User-perceived characters: 👨‍👩‍👧‍👦 is one, 🇩🇪 is one, e + U+0301 is one."""
    return len(_GRAPHEME.findall(text))


def code_points(text: str) -> int:
    return len(text)


def utf8_bytes(text: str) -> int:
    return len(text.encode("utf-8"))


@dataclass(frozen=True, slots=True)
class Limits:
    """Limits known better than a channel's own defaults, by name (`"mastodon.characters"`):
    a server's own (Mastodon's `/api/v2/instance`), or a test's. A channel module asks
    `get(name, its default)`; None means no limit."""

    known: Mapping[str, int | None] = field(default_factory=dict)

    def get(self, name: str, default: int | None) -> int | None:
        return self.known.get(name, default)

    def with_limit(self, name: str, value: int | None) -> Limits:
        return Limits({**self.known, name: value})


DEFAULTS = Limits()
"""Nothing known beyond the channels' defaults (Limits is frozen: sharing it is safe)."""


@dataclass(frozen=True, slots=True)
class LengthCheck:
    """How long a rendered draft is for its network, against which limit, and whether it fits."""

    count: int
    limit: int | None
    unit: str
    ok: bool
    minimum: int = 0


def within(count: int, limit: int | None, unit: str) -> LengthCheck:
    return LengthCheck(count, limit, unit, limit is None or count <= limit)


def unlimited(rendered: Rendered, _limits: Limits = DEFAULTS) -> LengthCheck:
    return within(code_points(rendered.text), None, "characters")


class ThreadError(ValueError):
    """A text that cannot be split into posts within the limit (a link longer than a post)."""


_PARAGRAPH = regex.compile(r"\n[ \t]*\n\s*")
_SENTENCE = regex.compile(r"(?<=[.!?…。！？][\"'”’)\]]?)\s+")
_SPACE = regex.compile(r"\s+")
_LEVELS = (_PARAGRAPH, _SENTENCE, _SPACE)


def split_thread(text: str, limit: int, counter: Counter = graphemes) -> list[str]:
    """`text` as one post if it fits, else as a numbered thread (`… 1/3`), each part within
    `limit` by `counter` including its number. Breaks at paragraphs, then sentences, then
    words; a word longer than a post is cut between graphemes, a link never (ThreadError)."""
    text = text.strip()
    if counter(text) <= limit:
        return [text]
    total = 2
    while True:
        parts = _pack(text, limit, counter, f" {total}/{total}")
        if len(parts) <= total:
            return [f"{part} {number}/{len(parts)}" for number, part in enumerate(parts, 1)]
        total = len(parts)


def _pack(text: str, limit: int, counter: Counter, suffix: str) -> list[str]:
    def fits(chunk: str) -> bool:
        return counter(chunk + suffix) <= limit

    if not fits(next(iter(_GRAPHEME.findall(text)), "")):
        raise ThreadError(f"a limit of {limit} leaves no room for the text and its numbering")
    parts: list[str] = []
    current = pending = ""
    for chunk, separator in _atoms(text, "", fits, 0):
        candidate = current + pending + chunk if current else chunk
        if current and not fits(candidate):
            parts.append(current.strip())
            candidate = chunk
        current, pending = candidate, separator
    parts.append(current.strip())
    return [part for part in parts if part]


def _atoms(
    text: str, separator: str, fits: Callable[[str], bool], level: int
) -> Iterator[tuple[str, str]]:
    """Pieces of `text` that each fit, with the whitespace that followed them."""
    if fits(text):
        yield text, separator
        return
    if level == len(_LEVELS):
        yield from _cut_word(text, separator, fits)
        return
    pieces = _pieces(text, _LEVELS[level])
    for index, (piece, after) in enumerate(pieces):
        last = index == len(pieces) - 1
        yield from _atoms(piece, separator if last else after, fits, level + 1)


def _pieces(text: str, pattern: regex.Pattern[str]) -> list[tuple[str, str]]:
    pieces: list[tuple[str, str]] = []
    start = 0
    for match in pattern.finditer(text):
        pieces.append((text[start : match.start()], match[0]))
        start = match.end()
    pieces.append((text[start:], ""))
    return [(piece, after) for piece, after in pieces if piece]


def _cut_word(word: str, separator: str, fits: Callable[[str], bool]) -> Iterator[tuple[str, str]]:
    if LINK.search(word):
        raise ThreadError(f"the link in {word[:60]!r} is longer than one post")
    chunk = ""
    for cluster in _GRAPHEME.findall(word):
        if chunk and not fits(chunk + cluster):
            yield chunk, ""
            chunk = ""
        chunk += cluster
    yield chunk, separator

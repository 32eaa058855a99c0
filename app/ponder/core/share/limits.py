"""Length as each network counts it, the checks against its limits, and threads for long posts.

Grapheme clusters come from the `regex` module's `\\X` (Unicode extended grapheme clusters,
UAX #29 with its current data: emoji ZWJ sequences, flags, Hangul, Indic conjuncts), which
the standard library cannot segment; it is what Ruby's `each_grapheme_cluster` counts, and so
what Mastodon counts.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import regex

from ponder.core.share.formats import Rendered

Counter = Callable[[str], int]

MASTODON_URL_LENGTH = 23
"""Mastodon counts every link as 23 characters, however long it is."""
MATRIX_ID_BYTES = 255
"""The longest room id, user id or event id the Matrix spec allows."""
MATRIX_SERVER_BYTES = 2048
"""Room for what a homeserver adds to an event before it checks the size (hashes, signatures,
auth and prev events)."""

_GRAPHEME = regex.compile(r"\X")
_URL = regex.compile(r"https?://[^\s<>\"]+")
_URL_TRAIL = ".,:;!?'\")]"
_MENTION = regex.compile(r"(?<![\w@/])@(\w+)@[\w-]+(?:\.[\w-]+)+")


def graphemes(text: str) -> int:
    """User-perceived characters: 👨‍👩‍👧‍👦 is one, 🇩🇪 is one, e + U+0301 is one."""
    return len(_GRAPHEME.findall(text))


def code_points(text: str) -> int:
    return len(text)


def utf8_bytes(text: str) -> int:
    return len(text.encode("utf-8"))


def mastodon_length(text: str) -> int:
    """Mastodon's count: links are 23 each, `@user@server` counts as `@user`, then graphemes."""
    text = _URL.sub(_url_placeholder, text)
    return graphemes(_MENTION.sub(r"@\1", text))


def _url_placeholder(match: regex.Match[str]) -> str:
    url = match[0]
    trimmed = url.rstrip(_URL_TRAIL)
    return "x" * MASTODON_URL_LENGTH + url[len(trimmed) :]


@dataclass(frozen=True, slots=True)
class Limits:
    """The limits to check against. Mastodon's comes from the instance
    (`/api/v2/instance` → `configuration.statuses.max_characters`); Discourse's from its site
    settings (`min_post_length`, `max_post_length`). None means no known limit."""

    mastodon_characters: int = 500
    slack_section_characters: int = 3000
    slack_blocks: int = 50
    mattermost_characters: int = 16_383
    matrix_event_bytes: int = 65_536
    discourse_min_characters: int = 20
    discourse_max_characters: int = 32_000
    teams_payload_bytes: int = 28_000
    viva_engage_characters: int | None = None


DEFAULTS = Limits()
"""The limits when nothing better is known (Limits is frozen: sharing it is safe)."""


@dataclass(frozen=True, slots=True)
class LengthCheck:
    """How long a rendered draft is for its network, against which limit, and whether it fits."""

    count: int
    limit: int | None
    unit: str
    ok: bool
    minimum: int = 0


def slack_sections(rendered: Rendered, limits: Limits = DEFAULTS) -> LengthCheck:
    """Slack: the longest section block, and the number of blocks."""
    longest = max((code_points(part) for part in rendered.parts), default=0)
    ok = longest <= limits.slack_section_characters and len(rendered.parts) <= limits.slack_blocks
    return LengthCheck(longest, limits.slack_section_characters, "characters per section", ok)


def discourse_post(rendered: Rendered, limits: Limits = DEFAULTS) -> LengthCheck:
    """Discourse: code points of the raw post, between the site's minimum and maximum."""
    count = code_points(rendered.text.strip())
    low, high = limits.discourse_min_characters, limits.discourse_max_characters
    return LengthCheck(count, high, "characters", low <= count <= high, minimum=low)


def matrix_event(rendered: Rendered, limits: Limits = DEFAULTS) -> LengthCheck:
    return _within(matrix_event_size(rendered.payload), limits.matrix_event_bytes, "bytes")


def teams_payload(rendered: Rendered, limits: Limits = DEFAULTS) -> LengthCheck:
    size = utf8_bytes(json.dumps(rendered.payload, ensure_ascii=False))
    return _within(size, limits.teams_payload_bytes, "bytes")


def mastodon_status(rendered: Rendered, limits: Limits = DEFAULTS) -> LengthCheck:
    return _within(mastodon_length(rendered.text), limits.mastodon_characters, "characters")


def mattermost_message(rendered: Rendered, limits: Limits = DEFAULTS) -> LengthCheck:
    return _within(code_points(rendered.text), limits.mattermost_characters, "characters")


def viva_engage_message(rendered: Rendered, limits: Limits = DEFAULTS) -> LengthCheck:
    return _within(code_points(rendered.text), limits.viva_engage_characters, "characters")


def unlimited(rendered: Rendered, _limits: Limits = DEFAULTS) -> LengthCheck:
    return _within(code_points(rendered.text), None, "characters")


def _within(count: int, limit: int | None, unit: str) -> LengthCheck:
    return LengthCheck(count, limit, unit, limit is None or count <= limit)


def matrix_event_size(content: dict[str, object]) -> int:
    """Bytes of the event a homeserver would build around `content` (canonical JSON, the
    longest ids allowed, plus what the server adds), which must stay within 65,536."""
    event = {
        "content": content,
        "event_id": "$" + "x" * (MATRIX_ID_BYTES - 1),
        "origin_server_ts": 10**13,
        "room_id": "!" + "x" * (MATRIX_ID_BYTES - 1),
        "sender": "@" + "x" * (MATRIX_ID_BYTES - 1),
        "type": "m.room.message",
    }
    canonical = json.dumps(event, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return utf8_bytes(canonical) + MATRIX_SERVER_BYTES


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
    if _URL.search(word):
        raise ThreadError(f"the link in {word[:60]!r} is longer than one post")
    chunk = ""
    for cluster in _GRAPHEME.findall(word):
        if chunk and not fits(chunk + cluster):
            yield chunk, ""
            chunk = ""
        chunk += cluster
    yield chunk, separator

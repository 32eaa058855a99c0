"""Line-by-line Markdown scanning for the highlighter: pure Python, no Qt."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum, auto

from ponder.ui.editor.lists import parse_item


class Kind(Enum):
    """What a span of text is, for choosing its colour and font."""

    MARKUP = auto()
    HEADING = auto()
    EMPHASIS = auto()
    STRONG = auto()
    STRIKE = auto()
    CODE = auto()
    CODE_BLOCK = auto()
    FENCE = auto()
    LINK_TEXT = auto()
    LINK_URL = auto()
    URL = auto()
    WIKILINK = auto()
    TAG = auto()
    QUOTE = auto()
    LIST_MARKER = auto()
    TASK_BOX = auto()
    TASK_DONE = auto()
    RULE = auto()
    FRONT_MATTER = auto()
    FRONT_MATTER_KEY = auto()


@dataclass(frozen=True, slots=True)
class Span:
    """`length` characters from `start` (Python string indices) are of `kind`."""

    start: int
    length: int
    kind: Kind
    level: int = 0
    """Heading level 1-6 for HEADING spans, else 0."""


# Block states carried from line to line (QSyntaxHighlighter keeps one int per block).
NORMAL = 0
FRONT_MATTER = 1
_FENCE_BACKTICK = 2
_FENCE_TILDE = 3

_HEADING_RE = re.compile(r"^( {0,3})(#{1,6})(?:[ \t]+|$)")
_RULE_RE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_FENCE_RE = re.compile(r"^[ \t]*(`{3,}|~{3,})")
_FM_DELIM_RE = re.compile(r"^(?:---|\.\.\.)[ \t]*$")
_FM_KEY_RE = re.compile(r"^([ \t]*(?:-[ \t]+)?)([^\s:#][^:]*?)(:)(?=[ \t]|$)")
CODE_SPAN_RE = re.compile(r"(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)")
_WIKILINK_RE = re.compile(r"!?\[\[[^\[\]\n]+?\]\]")
_LINK_RE = re.compile(
    r"!?\[([^\[\]]*)\]\(([^()\s]*(?:\([^()\s]*\)[^()\s]*)*(?:[ \t]+\"[^\"]*\")?)\)"
)
_AUTOLINK_RE = re.compile(r"<(?:https?|mailto):[^\s<>]+>", re.IGNORECASE)
_URL_RE = re.compile(r"\bhttps?://[^\s<>\[\]()]+[^\s<>\[\]().,;:!?'\"*_~]", re.IGNORECASE)
_TAG_RE = re.compile(r"(?<![\w#/&\\])#([\w][\w/-]*)")
_STRONG_RE = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_STAR_EM_RE = re.compile(r"(?<![*\\])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?!\*)")
_UNDERSCORE_EM_RE = re.compile(r"(?<![\w\\])_(?=[^\s_])(.+?)(?<=[^\s_])_(?!\w)")
_STRIKE_RE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")


def scan(text: str, state: int, first_line: bool) -> tuple[list[Span], int]:
    """Spans for one line and the state the next line starts in.

    `state` is the state the previous line ended in (NORMAL for the first line);
    `first_line` says whether this is the first line, where front matter may open.
    """
    if state == FRONT_MATTER:
        return _front_matter_line(text)
    if is_code_state(state):
        return _code_line(text, state)
    if first_line and text.rstrip() == "---":
        return [Span(0, len(text), Kind.MARKUP)], FRONT_MATTER
    fence = _FENCE_RE.match(text)
    if fence:
        marker = fence.group(1)
        return [Span(0, len(text), Kind.FENCE)], _fence_state(marker)
    return _normal_line(text), NORMAL


def is_code_state(state: int) -> bool:
    """Whether a line ending in `state` is inside a fenced code block."""
    return state > FRONT_MATTER


def _fence_state(marker: str) -> int:
    kind = _FENCE_BACKTICK if marker[0] == "`" else _FENCE_TILDE
    return len(marker) * 4 + kind


def _code_line(text: str, state: int) -> tuple[list[Span], int]:
    char = "`" if state % 4 == _FENCE_BACKTICK else "~"
    length = state // 4
    closing = _FENCE_RE.match(text)
    if (
        closing
        and closing.group(1)[0] == char
        and len(closing.group(1)) >= length
        and not text[closing.end() :].strip()
    ):
        return [Span(0, len(text), Kind.FENCE)], NORMAL
    return [Span(0, len(text), Kind.CODE_BLOCK)], state


def _front_matter_line(text: str) -> tuple[list[Span], int]:
    if _FM_DELIM_RE.match(text):
        return [Span(0, len(text), Kind.MARKUP)], NORMAL
    spans = [Span(0, len(text), Kind.FRONT_MATTER)]
    key = _FM_KEY_RE.match(text)
    if key:
        spans.append(Span(key.start(2), key.end(3) - key.start(2), Kind.FRONT_MATTER_KEY))
    return spans, FRONT_MATTER


def _normal_line(text: str) -> list[Span]:
    if _RULE_RE.match(text):
        return [Span(0, len(text), Kind.RULE)]
    spans: list[Span] = []
    heading = _HEADING_RE.match(text)
    if heading:
        level = len(heading.group(2))
        spans.append(Span(0, len(text), Kind.HEADING, level))
        spans.append(Span(heading.start(2), level, Kind.MARKUP))
        spans.extend(_inline(text, heading.end()))
        return spans
    item = parse_item(text)
    body = 0
    if item is not None:
        body = len(item.prefix)
        spans.extend(_prefix_spans(text, item.prefix, item.is_list))
    spans.extend(_inline(text, body))
    return spans


def _prefix_spans(text: str, prefix: str, is_list: bool) -> list[Span]:
    """Quote markers, list marker and task box of a list or quote line."""
    spans: list[Span] = []
    quote_end = 0
    for match in re.finditer(r">", prefix):
        spans.append(Span(match.start(), 1, Kind.MARKUP))
        quote_end = match.end()
    if quote_end:
        spans.insert(0, Span(quote_end, len(text) - quote_end, Kind.QUOTE))
    if not is_list:
        return spans
    box = re.search(r"\[[ xX]\]", prefix)
    marker_end = box.start() if box else len(prefix)
    marker = prefix[quote_end:marker_end]
    start = quote_end + len(marker) - len(marker.lstrip())
    spans.append(Span(start, len(marker.strip()), Kind.LIST_MARKER))
    if box:
        spans.append(Span(box.start(), 3, Kind.TASK_BOX))
        if box.group(0) != "[ ]":
            spans.append(Span(len(prefix), len(text) - len(prefix), Kind.TASK_DONE))
    return spans


def _inline(text: str, start: int) -> list[Span]:
    """Inline spans from `start` on: code first, then links, then tags and emphasis.

    Code and link targets are masked as they are found, so a `#tag` or `_x_` inside
    them is never seen by the later patterns.
    """
    spans: list[Span] = []
    masked = " " * start + text[start:]
    for match in CODE_SPAN_RE.finditer(masked):
        spans.append(Span(match.start(), match.end() - match.start(), Kind.CODE))
        masked = _mask(masked, match.start(), match.end())
    for pattern, kind in (
        (_WIKILINK_RE, Kind.WIKILINK),
        (_AUTOLINK_RE, Kind.URL),
        (_LINK_RE, None),
        (_URL_RE, Kind.URL),
    ):
        for match in pattern.finditer(masked):
            if kind is None:
                spans.extend(_link_spans(match))
            else:
                spans.append(Span(match.start(), match.end() - match.start(), kind))
            masked = _mask(masked, match.start(), match.end())
    for match in _TAG_RE.finditer(masked):
        if not match.group(1).isdigit():
            spans.append(Span(match.start(), match.end() - match.start(), Kind.TAG))
    return _emphasis(masked) + spans


def _link_spans(match: re.Match[str]) -> list[Span]:
    text_start, text_end = match.span(1)
    url_start, url_end = match.span(2)
    return [
        Span(match.start(), text_start - match.start(), Kind.MARKUP),
        Span(text_start, text_end - text_start, Kind.LINK_TEXT),
        Span(text_end, url_start - text_end, Kind.MARKUP),
        Span(url_start, url_end - url_start, Kind.LINK_URL),
        Span(url_end, 1, Kind.MARKUP),
    ]


def _emphasis(masked: str) -> list[Span]:
    spans: list[Span] = []
    for pattern, kind, width in (
        (_STRONG_RE, Kind.STRONG, 2),
        (_STRIKE_RE, Kind.STRIKE, 2),
        (_STAR_EM_RE, Kind.EMPHASIS, 1),
        (_UNDERSCORE_EM_RE, Kind.EMPHASIS, 1),
    ):
        for match in pattern.finditer(masked):
            start, end = match.span()
            spans.append(Span(start, end - start, kind))
            spans.append(Span(start, width, Kind.MARKUP))
            spans.append(Span(end - width, width, Kind.MARKUP))
            if kind is Kind.STRONG:
                # `**bold**` must not also be read as `*italic*` inside.
                masked = _mask(masked, start, start + width)
                masked = _mask(masked, end - width, end)
    return spans


def _mask(text: str, start: int, end: int) -> str:
    return text[:start] + " " * (end - start) + text[end:]

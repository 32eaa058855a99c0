"""Where links and mentions stand in a note's text: `[[wikilinks]]`, embeds, Markdown links."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ponder.core.markdown_extract import parse_wikilink
from ponder.core.model import Link

_FENCE = re.compile(r"^[ \t>]*(`{3,}|~{3,})")
_WIKI = re.compile(r"(!?)\[\[([^\[\]\n]+)\]\]")
_CODE_SPAN = re.compile(r"(`+)(?:.+?)\1")
_MD_LINK = re.compile(r"\[[^\]\n]*\]\([^)\n]*\)|<https?://[^>\n]*>|https?://\S+")


@dataclass(frozen=True, slots=True)
class Span:
    """A place in a note's text: 0-based offsets into the whole text, and its 1-based line."""

    start: int
    end: int
    line: int


def _prose_lines(text: str) -> Iterable[tuple[int, int, str]]:
    """(line number, offset, line) of the lines outside fenced code blocks."""
    fence: str | None = None
    offset = 0
    for number, line in enumerate(text.splitlines(keepends=True), 1):
        opened = _FENCE.match(line)
        if fence is None and opened:
            fence = opened.group(1)[0] * 3
        elif fence is not None and opened and opened.group(1).startswith(fence):
            fence = None
        elif fence is None:
            yield number, offset, line
        offset += len(line)


def _blocked(line: str) -> list[tuple[int, int]]:
    """Ranges of a line that are code spans: links and mentions there are not links."""
    return [(m.start(), m.end()) for m in _CODE_SPAN.finditer(line)]


def _inside(pos: int, ranges: list[tuple[int, int]]) -> bool:
    return any(start <= pos < end for start, end in ranges)


def wikilink_spans(text: str) -> Iterable[tuple[Span, Link]]:
    """Every `[[wikilink]]` outside code, with where it stands."""
    for number, offset, line in _prose_lines(text):
        code = _blocked(line)
        for match in _WIKI.finditer(line):
            parsed = parse_wikilink(match.group(2))
            if parsed is None or _inside(match.start(), code):
                continue
            target, heading, alias = parsed
            span = Span(offset + match.start(), offset + match.end(), number)
            yield span, Link(target=target, kind="wiki", alias=alias, heading=heading, line=number)


# `[text](dest "title")` or `[text](<dest with spaces>)`, one line; `!` makes it an image.
_MD_NOTE_LINK = re.compile(
    r"""(?P<bang>!?)\[(?P<text>(?:[^\[\]\\\n]|\\.|\[[^\[\]\n]*\])*)\]
        \([ \t]*(?P<dest><[^<>\n]*>|[^\s()<>]*(?:\([^\s()]*\)[^\s()]*)*)
        (?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*\)""",
    re.VERBOSE,
)


# `[label]: dest "title"`, a link reference definition: the one place its links name a file
_REF_DEFINITION = re.compile(
    r"""[ ]{0,3}\[(?P<text>[^\[\]\n^][^\[\]\n]*)\]:[ \t]*
        (?P<dest><[^<>\n]*>|[^\s<>]+)
        (?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*\r?\n?$""",
    re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class LinkSpan:
    """One link as written: where it stands, what it says, and where its target is written
    (`target_start`, `target_end`: offsets into the whole text of the part that names a file)."""

    span: Span
    link: Link
    raw: str
    embed: bool
    target_start: int
    target_end: int
    after_bar: tuple[int, int] | None = None
    """Where the text after a wikilink's bar names a file (Dendron's `[[label|target]]`)."""


def link_spans(text: str) -> Iterator[LinkSpan]:
    """Every wikilink, embed, Markdown link and link reference definition (`[label]: dest`,
    which names the file for every `[text][label]`) outside code, in order."""
    if "](" not in text and "[[" not in text and "]:" not in text:
        return  # most notes: no need to walk their lines
    for number, offset, line in _prose_lines(text):
        if "](" not in line and "[[" not in line:
            if "]:" in line and (definition := _REF_DEFINITION.match(line)):
                yield _definition_span(definition, number, offset)
            continue
        code = _blocked(line)
        found: list[LinkSpan] = []
        for match in _WIKI.finditer(line):
            if _inside(match.start(), code):
                continue
            made = _wiki_span(match, number, offset)
            if made is not None:
                found.append(made)
        taken = code + [(f.span.start - offset, f.span.end - offset) for f in found]
        for match in _MD_NOTE_LINK.finditer(line):
            if not _inside(match.start(), taken) and not _inside(match.end() - 1, taken):
                found.append(_markdown_span(match, number, offset))
        yield from sorted(found, key=lambda f: f.span.start)


def _wiki_span(match: re.Match[str], number: int, offset: int) -> LinkSpan | None:
    inner = match.group(2)
    parsed = parse_wikilink(inner)
    if parsed is None:
        return None
    target, heading, alias = parsed
    link = Link(target=target, kind="wiki", alias=alias, heading=heading, line=number)
    inner_start = offset + match.start(2)
    bar = _bar(inner)
    head = inner[:bar] if bar >= 0 else inner
    hash_at = head.find("#")
    name = head[:hash_at] if hash_at >= 0 else head
    lead = len(name) - len(name.lstrip())
    start, end = inner_start + lead, inner_start + len(name.rstrip())
    after_bar = None
    if bar >= 0:
        skip = 2 if inner[bar] == "\\" else 1
        tail = inner[bar + skip :].split("#", 1)[0]
        lead = len(tail) - len(tail.lstrip())
        tail_start = inner_start + bar + skip + lead
        after_bar = (tail_start, tail_start + len(tail.strip()))
    span = Span(offset + match.start(), offset + match.end(), number)
    return LinkSpan(span, link, match.group(0), bool(match.group(1)), start, end, after_bar)


def _bar(inner: str) -> int:
    """Where the display text's bar is (`\\|` inside tables); -1 without one."""
    escaped = inner.find("\\|")
    plain = inner.find("|")
    return escaped if escaped >= 0 and escaped < plain else plain


def _markdown_span(match: re.Match[str], number: int, offset: int) -> LinkSpan:
    dest = match.group("dest")
    start, end = offset + match.start("dest"), offset + match.end("dest")
    if dest.startswith("<"):
        dest, start, end = dest[1:-1], start + 1, end - 1
    path, _, fragment = dest.partition("#")
    end = start + len(path)
    link = Link(dest, "markdown", match.group("text"), fragment or None, number)
    span = Span(offset + match.start(), offset + match.end(), number)
    embed = bool(match.groupdict().get("bang"))  # a reference definition has no `!`
    return LinkSpan(span, link, match.group(0), embed, start, end)


def _definition_span(match: re.Match[str], number: int, offset: int) -> LinkSpan:
    made = _markdown_span(match, number, offset)
    raw = match.group(0).rstrip("\r\n")
    span = Span(made.span.start, made.span.start + len(raw), number)
    return LinkSpan(span, made.link, raw, False, made.target_start, made.target_end)


def find_mentions(text: str, names: Iterable[str]) -> list[Span]:
    """Plain-text occurrences of any of `names` (whole words, any case) outside links and code."""
    wanted = sorted({n.strip() for n in names if len(n.strip()) >= 3}, key=len, reverse=True)
    if not wanted:
        return []
    pattern = re.compile(
        r"(?<!\w)(?:" + "|".join(re.escape(n) for n in wanted) + r")(?!\w)", re.IGNORECASE
    )
    found: list[Span] = []
    for number, offset, line in _prose_lines(text):
        blocked = _blocked(line)
        blocked += [(m.start(), m.end()) for m in _WIKI.finditer(line)]
        blocked += [(m.start(), m.end()) for m in _MD_LINK.finditer(line)]
        for match in pattern.finditer(line):
            if not _inside(match.start(), blocked):
                found.append(Span(offset + match.start(), offset + match.end(), number))
    return found


def link_mention(text: str, span: Span, target: str) -> str:
    """Turn one mention into a wikilink, keeping the words as written when they differ."""
    words = text[span.start : span.end]
    link = f"[[{target}]]" if words == target else f"[[{target}|{words}]]"
    return text[: span.start] + link + text[span.end :]

"""Resolve `[[wikilinks]]` to notes the way Obsidian, Logseq, Foam and Dendron users expect."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import PurePosixPath
from urllib.parse import unquote

from ponder.core.markdown_extract import parse_wikilink
from ponder.core.model import Link, NotePath

DENDRON_VAULT = re.compile(r"^dendron://[^/]+/")


@dataclass(frozen=True, slots=True)
class NoteName:
    """The names one note answers to: its path, its title and its aliases."""

    path: NotePath
    title: str = ""
    aliases: tuple[str, ...] = ()


def _key(name: str) -> str:
    return " ".join(name.strip().casefold().split())


def _stem_names(path: NotePath) -> list[str]:
    """`a/b/Note.md` answers to `Note`, `a/b/Note` and Logseq's namespaced `ns/Note` spellings."""
    pure = PurePosixPath(path)
    stem = pure.stem
    names = [stem, str(pure.with_suffix(""))]
    if "___" in stem:  # Logseq writes the page `ns/page` as `ns___page.md`
        names.append(stem.replace("___", "/"))
    if "%2F" in stem.upper():
        names.append(unquote(stem))
    return names


class LinkResolver:
    """Maps link targets to note paths. Exact paths beat file names, which beat titles and aliases;
    among equals the shortest path wins (Obsidian's rule for duplicate names)."""

    def __init__(self, names: Iterable[NoteName]) -> None:
        self._table: dict[str, tuple[int, int, NotePath]] = {}
        for name in names:
            for rank, text in self._spellings(name):
                key = _key(text)
                entry = (rank, len(name.path), name.path)
                current = self._table.get(key)
                if current is None or entry < current:
                    self._table[key] = entry

    @staticmethod
    def _spellings(name: NoteName) -> Iterable[tuple[int, str]]:
        for text in _stem_names(name.path):
            yield (0 if "/" in text else 1), text
        if name.title:
            yield 2, name.title
        for alias in name.aliases:
            yield 3, alias

    def resolve_target(self, target: str) -> NotePath | None:
        text = DENDRON_VAULT.sub("", target.strip())
        text = text.removeprefix("./").removesuffix(".md")
        entry = self._table.get(_key(text))
        return entry[2] if entry else None

    def resolve(self, link: Link) -> NotePath | None:
        """The note a wikilink points to. Dendron writes `[[label|target]]`, so the part after
        the bar is tried as a target when the part before it names no note."""
        found = self.resolve_target(link.target)
        if found is None and link.alias:
            found = self.resolve_target(link.alias)
        return found


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


def rewrite_links(text: str, resolver: LinkResolver, old: NotePath, new_target: str) -> str:
    """`text` with every wikilink that resolves to `old` pointing at `new_target` instead;
    headings, aliases and embeds are kept, everything else is left byte for byte."""
    out: list[str] = []
    last = 0
    for span, link in wikilink_spans(text):
        if resolver.resolve(link) != old:
            continue
        bang = "!" if text.startswith("!", span.start) else ""
        if resolver.resolve_target(link.target) == old:
            heading = f"#{link.heading}" if link.heading else ""
            alias = f"|{link.alias}" if link.alias else ""
            replacement = f"{bang}[[{new_target}{heading}{alias}]]"
        else:  # Dendron's `[[label|target]]`: the target stands after the bar
            replacement = f"{bang}[[{link.target}|{new_target}]]"
        out += [text[last : span.start], replacement]
        last = span.end
    out.append(text[last:])
    return "".join(out)


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

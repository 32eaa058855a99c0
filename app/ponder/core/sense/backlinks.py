"""Backlinks and unlinked mentions of one note, and the link-keeping side of a rename."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePosixPath

from ponder.core.index import SearchIndex
from ponder.core.model import NotePath
from ponder.core.sense.links import LinkResolver, NoteName, Span, find_mentions, wikilink_spans

CONTEXT_CHARS = 80


@dataclass(frozen=True, slots=True)
class Reference:
    """A place in `source` that links to (or mentions) a note, with the words around it."""

    source: NotePath
    title: str
    span: Span
    context: str


def resolver_for(index: SearchIndex) -> LinkResolver:
    return LinkResolver(NoteName(path, title, aliases) for path, title, aliases in index.names())


def names_of(index: SearchIndex, path: NotePath) -> list[str]:
    """What a note may be called in a link: its file name, its path, its title and aliases."""
    pure = PurePosixPath(path)
    names = [pure.stem, str(pure.with_suffix(""))]
    for known, title, aliases in index.names():
        if known == path:
            names += [title, *aliases]
            break
    return [n for n in dict.fromkeys(names) if n]


def context(text: str, span: Span) -> str:
    """The line around a span, trimmed to a readable length."""
    line_start = text.rfind("\n", 0, span.start) + 1
    line_end = text.find("\n", span.end)
    line = text[line_start : line_end if line_end != -1 else len(text)].strip()
    if len(line) <= 2 * CONTEXT_CHARS:
        return line
    middle = span.start - line_start
    return "…" + line[max(0, middle - CONTEXT_CHARS) : middle + CONTEXT_CHARS].strip() + "…"


def links_in(text: str, resolver: LinkResolver, target: NotePath) -> list[Span]:
    return [span for span, link in wikilink_spans(text) if resolver.resolve(link) == target]


def mentions_in(text: str, names: list[str]) -> list[Span]:
    return find_mentions(text, names)


def make_reference(source: NotePath, title: str, text: str, span: Span) -> Reference:
    return Reference(source, title, span, context(text, span))

"""Credit lines to the person's own notes: links for the person, left out for readers.

A draft Ponder makes credits each quote (`> — [[notes/x|Title]]`) and lists its sources
(`- [[notes/x|Title]]`). A source with a public page (`source: url`) is rendered as a link to
that page. A source without one is the person's own note: readers could not open it, and its
title means nothing to them, so for readers those lines are left out — the person keeps the
links in the draft (they work in Ponder and in Obsidian), and the privacy check does not flag
links to the draft's own sources.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ponder.core import frontmatter
from ponder.core.library import Library
from ponder.core.model import NotePath
from ponder.core.share.markup import public_url
from ponder.core.vault import NoteReadError

_CREDIT_LINE = re.compile(r"^[ \t]*(?:>[ \t]*—|[-*+])[ \t]*\[\[([^\]|#]*)[^\]]*\]\][ \t]*$")
_SOURCES_HEADING = re.compile(r"^#{1,6}[ \t]+Sources[ \t]*$", re.IGNORECASE)


def private_sources(library: Library, text: str) -> frozenset[NotePath]:
    """The draft's `sources:` that exist and have no public page."""
    try:
        front, _body = frontmatter.read(text)
    except frontmatter.FrontMatterError:
        return frozenset()
    refs = front.get("sources")
    if not isinstance(refs, list):
        return frozenset()
    found: set[NotePath] = set()
    for ref in refs:
        path = library.resolve(str(ref)) if isinstance(ref, str | int) else None
        if path is not None and not _has_public_page(library, path):
            found.add(path)
    return frozenset(found)


def _has_public_page(library: Library, path: NotePath) -> bool:
    try:
        source = library.read(path).source
    except NoteReadError:
        return False
    return bool(source and source.url and public_url(source.url))


def for_readers(library: Library, text: str) -> str:
    """`text` without the credit lines to private sources (and the empty quote line above
    each, and a Sources heading left with nothing under it). Front matter is kept."""
    private = private_sources(library, text)
    if not private:
        return text
    parts = frontmatter.split(text)
    head = text[: len(text) - len(parts.body)]
    lines = parts.body.split("\n")
    kept: list[str] = []
    for line in lines:
        if _credits_one_of(library, line, private):
            if kept and kept[-1].strip() == ">":
                kept.pop()
            continue
        kept.append(line)
    return head + "\n".join(_without_empty_sources(kept))


def _credits_one_of(library: Library, line: str, private: frozenset[NotePath]) -> bool:
    match = _CREDIT_LINE.match(line)
    return match is not None and library.resolve_link(match[1].strip()) in private


def _without_empty_sources(lines: list[str]) -> Iterator[str]:
    """The lines, without a Sources heading followed by no list item before the next block."""
    for number, line in enumerate(lines):
        if _SOURCES_HEADING.match(line):
            after = next((later for later in lines[number + 1 :] if later.strip()), "")
            if not after.lstrip().startswith(("-", "*", "+")):
                continue
        yield line

"""Backlinks and unlinked mentions of one note, and the link-keeping side of a rename."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import PurePosixPath

from ponder.core.index import SearchIndex
from ponder.core.model import NotePath
from ponder.core.sense.links import Span, find_mentions, link_spans
from ponder.core.sense.rename import Rewrite, rewrite_links
from ponder.core.sense.resolve import Flavor, LinkResolver, NoteName

CONTEXT_CHARS = 80


@dataclass(frozen=True, slots=True)
class Reference:
    """A place in `source` that links to (or mentions) a note, with the words around it."""

    source: NotePath
    title: str
    span: Span
    context: str


@dataclass(frozen=True, slots=True)
class NoteRewrite:
    """What a rename changes in one note: its text before and after, link by link.
    `source` is where the note is read from (the new path for the moved note itself)."""

    source: NotePath
    text: str
    rewritten: str
    changes: tuple[Rewrite, ...]


def resolver_for(
    index: SearchIndex, flavor: Flavor = Flavor.OBSIDIAN, files: Iterable[str] = ()
) -> LinkResolver:
    names = (NoteName(path, title, aliases) for path, title, aliases in index.names())
    return LinkResolver(names, files, flavor)


def names_of(index: SearchIndex, path: NotePath) -> list[str]:
    """What a note may be called in a link: its file name, its path, its title and aliases."""
    pure = PurePosixPath(path)
    names = [pure.stem, str(pure.with_suffix(""))]
    for known, title, aliases in index.names():
        if known == path:
            names += [title, *aliases]
            break
    return [n for n in dict.fromkeys(names) if n]


def linking_sources(index: SearchIndex, resolver: LinkResolver, path: NotePath) -> list[NotePath]:
    """Notes that may link to `path` (the index files links by their last part): a superset."""
    live = index.stamps()
    return [c for c in index.linking_to(resolver.names_for(path)) if c in live]


def context(text: str, span: Span) -> str:
    """The line around a span, trimmed to a readable length."""
    line_start = text.rfind("\n", 0, span.start) + 1
    line_end = text.find("\n", span.end)
    line = text[line_start : line_end if line_end != -1 else len(text)].strip()
    if len(line) <= 2 * CONTEXT_CHARS:
        return line
    middle = span.start - line_start
    return "…" + line[max(0, middle - CONTEXT_CHARS) : middle + CONTEXT_CHARS].strip() + "…"


def links_in(text: str, resolver: LinkResolver, target: NotePath, source: NotePath) -> list[Span]:
    """Where `source` (whose text is `text`) links to `target`, in any link syntax."""
    return [f.span for f in link_spans(text) if resolver.resolve(f.link, source) == target]


def mentions_in(text: str, names: list[str]) -> list[Span]:
    return find_mentions(text, names)


def make_reference(source: NotePath, title: str, text: str, span: Span) -> Reference:
    return Reference(source, title, span, context(text, span))


def plan_rename(
    index: SearchIndex,
    read: Callable[[NotePath], str],
    move: tuple[NotePath, NotePath],
    flavor: Flavor = Flavor.OBSIDIAN,
) -> list[NoteRewrite]:
    """Every note whose links must change when `move[0]` becomes `move[1]`, and how.

    `read` gives a note's text; the moved note is read at its old path. Sources are the notes
    that link by the old or the new name (a new name can shadow another note's links) and the
    moved note itself (its relative links change meaning in another folder).
    """
    old, new = move
    before = resolver_for(index, flavor)
    after = before.moved(old, new)
    sources = {old, *linking_sources(index, before, old)}
    sources |= set(linking_sources(index, after, new))
    plans: list[NoteRewrite] = []
    for source in sorted(sources):
        text = read(source)
        moved_to = new if source == old else source
        rewritten, changes = rewrite_links(text, (source, moved_to), (before, after), {old: new})
        if changes:
            plans.append(NoteRewrite(moved_to, text, rewritten, tuple(changes)))
    return plans

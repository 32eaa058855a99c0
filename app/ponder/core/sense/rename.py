"""The link-keeping side of moving a note: every link keeps naming the file it named before."""

from __future__ import annotations

import posixpath
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import unquote

from ponder.core.model import NotePath
from ponder.core.sense.links import LinkSpan, link_spans
from ponder.core.sense.resolve import NOTE_SUFFIX, Flavor, LinkResolver

# What a Markdown link destination cannot hold as written (CommonMark): spaces, brackets...
_ENCODE = {" ": "%20", "(": "%28", ")": "%29", "<": "%3C", ">": "%3E", "#": "%23", "%": "%25"}


@dataclass(frozen=True, slots=True)
class Rewrite:
    """One link changed in one note: its line and the link before and after."""

    line: int
    before: str
    after: str


def rewrite_links(
    text: str,
    sources: tuple[str, str],
    resolvers: tuple[LinkResolver, LinkResolver],
    moves: Mapping[str, str],
) -> tuple[str, list[Rewrite]]:
    """`text` of a note (at `sources` = its path before, after) with every link whose file would
    change under `moves` pointing at the same file again, each in its own syntax.

    A link is touched only if it resolved to a file before and resolves elsewhere after (the
    moved note, or a note the new name now shadows). Headings, display text, embeds, titles
    and everything outside the link's target are kept byte for byte; dangling links stay.
    """
    before, after = resolvers
    out: list[str] = []
    changes: list[Rewrite] = []
    last = 0
    for found in link_spans(text):
        was = before.resolve(found.link, sources[0])
        if was is None:
            continue
        want = NotePath(moves.get(was, was))
        if after.resolve(found.link, sources[1]) == want:
            continue
        start, end, new = _replacement(text, found, after, want, sources[1])
        out += [text[last:start], new]
        last = end
        raw_start = found.span.start
        shown = found.raw[: start - raw_start] + new + found.raw[end - raw_start :]
        changes.append(Rewrite(found.span.line, found.raw, shown))
    out.append(text[last:])
    return "".join(out), changes


def _replacement(
    text: str, found: LinkSpan, after: LinkResolver, want: NotePath, source: str
) -> tuple[int, int, str]:
    """(start, end, new text) of the part of a link that names its file."""
    if found.link.kind != "wiki":
        start, end = found.target_start, found.target_end
        angle = text[start - 1 : start] == "<"
        return start, end, markdown_target(after, want, source, text[start:end], angle=angle)
    start, end = found.target_start, found.target_end
    if after.flavor is Flavor.DENDRON and found.link.alias and found.after_bar:
        start, end = found.after_bar
    written = text[start:end]
    return start, end, after.link_text(want, source, suffix=written.lower().endswith(NOTE_SUFFIX))


def markdown_target(
    resolver: LinkResolver, want: NotePath, source: str, written: str, *, angle: bool
) -> str:
    """A Markdown destination that names `want` from `source`, shaped like `written`: a bare
    name stays a bare name when it is unambiguous, a path stays a relative path; `.md` is kept
    or left off as it was; `<...>` stays, otherwise spaces and brackets are %-encoded."""
    decoded = unquote(written)
    keep_suffix = decoded.lower().endswith(NOTE_SUFFIX) or not want.endswith(NOTE_SUFFIX)
    relative = resolver.relative_text(want, source)
    choices = [relative]
    if "/" not in decoded and not decoded.startswith("."):
        choices.insert(0, posixpath.basename(want))
    for path in choices:
        trimmed = path if keep_suffix else path[: -len(NOTE_SUFFIX)]
        if resolver.resolve_path(trimmed, source, relative=True) == want:
            return _encoded(trimmed, angle)
    return _encoded(relative, angle)


def _encoded(path: str, angle: bool) -> str:
    if angle:
        return path
    return "".join(_ENCODE.get(char, char) for char in path)

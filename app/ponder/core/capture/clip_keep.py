"""What a person added inside a clip's article section, carried into a new extraction.

Extracting a page again replaces the text under the article heading. Two additions people
make there are moved over rather than copied with the old text: `==highlights==` (with their
`%%comments%%`) are marked on the same words of the new text, and a `## Reflections` section
at the end of the note (where `units.append_reflection` puts one) stays at the end. Any other
edit keeps the whole earlier section under its own heading (see `clip_text`).
"""

from __future__ import annotations

import re

from ponder.core.sense import units

_REFLECTIONS = f"## {units.REFLECTIONS_HEADING}".casefold()
# Between two words of a highlight: spaces, or one line break (a paragraph never ends inside)
_GAP = r"(?:[ \t]+|[ \t]*\r?\n[ \t]*)"


def split_tail(page: str) -> tuple[str, str]:
    """`page` (the article section) as (article, the `## Reflections` section that ends it)."""
    lines = page.split("\n")
    for i in range(len(lines) - 1, 0, -1):
        if lines[i].strip().casefold() == _REFLECTIONS:
            return "\n".join(lines[:i]).strip(), "\n".join(lines[i:]).strip()
    return page, ""


def unmarked(article: str) -> str:
    """`article` with its highlight marks and their comments taken out: the text as it was."""
    parts: list[str] = []
    last = 0
    for found in units.highlights(article):
        parts += [article[last : found.start], found.text]
        last = found.end
    parts.append(article[last:])
    return "".join(parts)


def carry_highlights(old_article: str, new_section: str) -> tuple[str, bool]:
    """`new_section` with each highlight of `old_article` marked on the same words (in the same
    order where it can), and whether every one found its words."""
    spans: list[tuple[int, int, str | None]] = []
    start_after = new_section.find("\n")  # never in the heading line
    placed_all = True
    for found in units.highlights(old_article):
        span = _place(new_section, found.text, start_after, spans)
        if span is None:
            placed_all = False
            continue
        spans.append((*span, found.comment))
        start_after = span[1]
    out: list[str] = []
    last = 0
    for begin, end, comment in sorted(spans):
        suffix = units.comment_suffix(comment) if comment else ""
        out += [new_section[last:begin], f"=={new_section[begin:end]}=={suffix}"]
        last = end
    out.append(new_section[last:])
    return "".join(out), placed_all


def _place(
    text: str, words: str, after: int, taken: list[tuple[int, int, str | None]]
) -> tuple[int, int] | None:
    """Where `words` occur in `text` (spacing may differ), first after `after`, else anywhere
    past the heading, never overlapping a span already taken."""
    if not words.split():
        return None
    pattern = re.compile(_GAP.join(re.escape(word) for word in words.split()))
    heading_end = text.find("\n")
    for origin in (after, heading_end):
        for match in pattern.finditer(text, max(origin, 0)):
            begin, end = match.span()
            if all(end <= s or begin >= e for s, e, _c in taken):
                return begin, end
    return None

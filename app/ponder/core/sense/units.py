"""Units of review in a note's text: `==highlights==` (with an optional `%%comment%%`),
dated reflections under `## Reflections`, and their short stable keys; links added by hand
from the review go under `## Links`."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date

from ponder.core.messages import Message

REFLECTIONS_HEADING = "Reflections"
LINKS_HEADING = "Links"
KEY_CHARS = 8

# `==text==` not touching another `=`; an optional `%%comment%%` may follow on the same line
_HIGHLIGHT = re.compile(
    r"(?<![=\\])==(?=[^\s=])((?:(?!\n[ \t]*\n).)+?)(?<=[^\s=])==(?!=)(?:[ \t]*%%([^\n]*?)%%)?",
    re.S,
)
_FENCE = re.compile(r"^[ \t]{0,3}(```|~~~)[^\n]*\n.*?(?:^[ \t]{0,3}\1[^\n]*$|\Z)", re.S | re.M)
_INLINE_CODE = re.compile(r"(`+)[^`\n].*?\1")
_HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t#]*$", re.M)
_REFLECTION = re.compile(r"^- \*\*(\d{4}-\d{2}-\d{2})\*\* (.*)$")


def unit_key(text: str) -> str:
    """A short hash of the text with runs of whitespace made one space, so re-wrapping or
    re-indenting a highlight keeps its review history."""
    normal = " ".join(text.split())
    return hashlib.blake2b(normal.encode("utf-8"), digest_size=KEY_CHARS // 2).hexdigest()


@dataclass(frozen=True, slots=True)
class Highlight:
    text: str
    comment: str | None
    start: int  # span of the whole `==text==` (and comment) in the body
    end: int


@dataclass(frozen=True, slots=True)
class Reflection:
    day: date
    text: str


def _blanked(body: str) -> str:
    """The body with code (fenced and inline) replaced by spaces, so offsets still match."""

    def blank(match: re.Match[str]) -> str:
        return re.sub(r"[^\n]", " ", match.group())

    return _INLINE_CODE.sub(blank, _FENCE.sub(blank, body))


def highlights(body: str) -> list[Highlight]:
    """Every `==highlight==` outside code, in order."""
    found = []
    for match in _HIGHLIGHT.finditer(_blanked(body)):
        text = body[match.start(1) : match.end(1)]
        comment = body[match.start(2) : match.end(2)].strip() if match.group(2) else None
        found.append(Highlight(text, comment or None, match.start(), match.end()))
    return found


def highlight_span(body: str, start: int, end: int) -> tuple[int, int]:
    """The selection [start, end) without its surrounding spaces, as a highlight would mark
    it. Raises ValueError for a span that cannot be a highlight."""
    if not 0 <= start < end <= len(body):
        raise ValueError(Message("Select some text to highlight."))
    chosen = body[start:end]
    if not chosen.strip() or "==" in chosen or re.search(r"\n[ \t]*\n", chosen):
        raise ValueError(Message("A highlight is text within one paragraph, without '=='."))
    return start + len(chosen) - len(chosen.lstrip()), end - (len(chosen) - len(chosen.rstrip()))


def comment_suffix(comment: str) -> str:
    """What follows a highlight's closing `==` for `comment`: ` %%comment%%`, or nothing."""
    note = comment.replace("%%", "").replace("\n", " ").strip()
    return f" %%{note}%%" if note else ""


def add_highlight(body: str, start: int, end: int, comment: str = "") -> str:
    """`body` with [start, end) marked `==…==` (and a `%%comment%%` after it); only those
    characters are inserted. Raises ValueError for a span that cannot be a highlight."""
    start, end = highlight_span(body, start, end)
    return f"{body[:start]}=={body[start:end]}=={comment_suffix(comment)}{body[end:]}"


def _section(body: str, title: str) -> tuple[int, int] | None:
    """The [start, end) of the text under the first heading named `title` (to the next
    heading of the same or a higher level)."""
    blanked = _blanked(body)
    headings = list(_HEADING.finditer(blanked))
    for i, match in enumerate(headings):
        if match.group(2).strip().casefold() != title.casefold():
            continue
        level = len(match.group(1))
        end = len(body)
        for later in headings[i + 1 :]:
            if len(later.group(1)) <= level:
                end = later.start()
                break
        return match.end(), end
    return None


def reflections(body: str) -> list[Reflection]:
    """The `- **YYYY-MM-DD** text` items under `## Reflections` (continuation lines joined)."""
    span = _section(body, REFLECTIONS_HEADING)
    if span is None:
        return []
    found: list[Reflection] = []
    for line in body[span[0] : span[1]].splitlines():
        match = _REFLECTION.match(line)
        if match:
            try:
                day = date.fromisoformat(match.group(1))
            except ValueError:
                continue
            found.append(Reflection(day, match.group(2).strip()))
        elif found and line.startswith("  ") and line.strip():
            last = found[-1]
            found[-1] = Reflection(last.day, f"{last.text}\n{line.strip()}")
    return found


def append_reflection(text: str, entry: str, day: date) -> str:
    """`text` with a dated reflection added at the end of its `## Reflections` section (made
    at the end of the note if missing); nothing else changes."""
    lines = entry.strip().splitlines()
    if not lines:
        raise ValueError(Message("The reflection is empty."))
    newline = _newline(text)
    item = f"- **{day.isoformat()}** {lines[0].strip()}"
    item += "".join(f"{newline}  {line.strip()}" for line in lines[1:] if line.strip())
    return _append_item(text, REFLECTIONS_HEADING, item)


def append_link(text: str, target: str) -> str:
    """`text` with `- [[target]]` at the end of its `## Links` section (made at the end of the
    note if missing); unchanged when the section already links there."""
    item = f"- [[{target}]]"
    span = _section(text, LINKS_HEADING)
    if span is not None and f"[[{target}]]" in text[span[0] : span[1]]:
        return text
    return _append_item(text, LINKS_HEADING, item)


def _newline(text: str) -> str:
    return "\r\n" if "\r\n" in text else "\n"


def _append_item(text: str, heading: str, item: str) -> str:
    newline = _newline(text)
    span = _section(text, heading)
    if span is None:
        lead = "" if not text or text.endswith(("\n", "\r")) else newline
        gap = newline if text.strip() else ""
        return f"{text}{lead}{gap}## {heading}{newline}{newline}{item}{newline}"
    # a pure insertion after the section's last non-blank character
    kept = len(text[span[0] : span[1]].rstrip())
    at = span[0] + kept
    gap = newline * (2 if kept == 0 else 1)
    tail = "" if text[at:] else newline
    return f"{text[:at]}{gap}{item}{tail}{text[at:]}"

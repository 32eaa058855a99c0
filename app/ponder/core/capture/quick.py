"""What a quick capture becomes: a note in the Inbox, or a clip when it is a single link.

Shared by the window's quick-capture dialog, a capture handed over by `ponder capture`, and
the command itself. A clip is saved at once; fetching the page is the caller's next step.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import quote, urlsplit

from ponder.core.attachments import link_from
from ponder.core.library import Library
from ponder.core.model import Changes, Kind, NotePath
from ponder.core.notes import INBOX
from ponder.core.sense import units
from ponder.core.urls import single_url

TITLE_FROM_TEXT = 60
TEXT_FILES = frozenset({".md", ".markdown", ".txt", ".text"})
MAX_TEXT_FILE = 2 * 1024 * 1024
IMAGES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".avif"})


@dataclass(frozen=True, slots=True)
class Capture:
    """A thought (`body`) or a link (`url`, with the person's `reflection` on it)."""

    title: str
    body: str
    tags: tuple[str, ...]
    kind: Kind
    url: str | None = None
    reflection: str | None = None
    titled: bool = False  # the person typed the title (a clip's page title won't replace it)


@dataclass(frozen=True, slots=True)
class Captured:
    """Where a capture went. `existing` is True when the link was clipped before: `path` is
    that clip (the person's reflection, if any, added to its reflections), nothing fetched."""

    path: NotePath
    changes: Changes
    is_clip: bool
    existing: bool = False


def title_for_url(url: str) -> str:
    """ "example.com/articles/foo" for https://www.example.com/articles/foo/?utm=x."""
    parts = urlsplit(url)
    host = (parts.hostname or "").removeprefix("www.")
    path = parts.path.rstrip("/")
    return f"{host}{path}" if path else host


def title_for_text(text: str) -> str:
    """The first non-empty line, shortened on a word boundary."""
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    line = line.lstrip("#").strip()
    if len(line) <= TITLE_FROM_TEXT:
        return line
    cut = line[:TITLE_FROM_TEXT].rsplit(" ", 1)[0]
    return f"{cut}…"


def parse_tags(text: str | Iterable[str]) -> tuple[str, ...]:
    """ "reading, #ideas,  " → ("reading", "ideas"), duplicates dropped, order kept."""
    parts = text.split(",") if isinstance(text, str) else text
    tags = (t.strip().lstrip("#").strip() for t in parts)
    return tuple(dict.fromkeys(t.replace(" ", "-") for t in tags if t))


def make_capture(
    title: str,
    text: str,
    tags: str | Iterable[str],
    kind: Kind,
    *,
    url: str | None = None,
    reflection: str = "",
) -> Capture | None:
    """The capture the fields describe, or None when there is nothing to save. A link comes
    as `url`, or as a `text` that is nothing but one link."""
    link = url.strip() if url and url.strip() else single_url(text)
    if link is not None and url is None:
        text = ""  # the text was the link itself
    body = text.strip()
    named = " ".join(title.split())
    default = title_for_url(link) if link else title_for_text(body)
    final_title = named or default
    if not final_title:
        return None
    note = (reflection.strip() or body) if link else ""
    return Capture(
        final_title,
        f"{body}\n" if body and not link else "",
        parse_tags(tags),
        Kind.CLIP if link else kind,
        link,
        note or None,
        bool(named),
    )


def save_capture(capture: Capture, library: Library, *, again: NotePath | None = None) -> Captured:
    """Write the capture: a note in the Inbox, or a clip (the Inbox until it has a reflection,
    see `clip.save_clip`) whose page the caller fetches next with `clip.fill_clip`.

    A link already clipped is not clipped twice: the existing clip is returned (`existing`),
    unless `again` names it, which makes a new version linking to that one."""
    if capture.url is None:
        path, changes = library.create_note(
            capture.title, kind=capture.kind, tags=capture.tags, body=capture.body, folder=INBOX
        )
        return Captured(path, changes, is_clip=False)
    from ponder.core.capture import clip  # fetching and extraction load with the first clip

    if again is None:
        found = clip.existing_clip(library, capture.url)
        if found is not None and clip.unfetched_feed_item(library, found):
            return Captured(found, Changes(), is_clip=True)  # filling it is clipping it
        if found is not None:
            return Captured(found, _add_reflection(library, found, capture), True, existing=True)
    path, changes = clip.save_clip(
        library,
        capture.url,
        title=capture.title if capture.titled else None,
        tags=capture.tags,
        reflection=capture.reflection,
        previous=again,
    )
    return Captured(path, changes, is_clip=True)


def _add_reflection(library: Library, path: NotePath, capture: Capture) -> Changes:
    """What the person wrote about a link they had clipped before goes into that clip's
    `## Reflections` (dated today), so re-clipping never loses their words."""
    if not capture.reflection:
        return Changes()
    text, stamp = library.read_text(path)
    new_text = units.append_reflection(text, capture.reflection, date.today())
    return library.save(path, new_text, expected=stamp)[1]


def capture_file(library: Library, source: Path) -> Captured:
    """A dropped file into the Inbox: a Markdown or text file becomes a note as it is (front
    matter and all); any other file is copied into attachments/ and a note links (or shows)
    it. Raises OSError or VaultError."""
    title = source.stem.strip() or source.name
    if source.suffix.lower() in TEXT_FILES and source.stat().st_size <= MAX_TEXT_FILE:
        try:
            body = source.read_text("utf-8")
        except UnicodeDecodeError:
            body = None
        if body is not None:
            results, changes = library.create_notes([(INBOX, title, body)])
            if isinstance(results[0], Exception):
                raise results[0]
            return Captured(results[0], changes, is_clip=False)
    stored = library.add_copy(source)
    link = quote(link_from(f"{INBOX}/note.md", stored), safe="/.-_~")
    label = source.name.replace("[", "\\[").replace("]", "\\]")
    bang = "!" if source.suffix.lower() in IMAGES else ""
    path, changes = library.create_note(title, body=f"{bang}[{label}]({link})\n", folder=INBOX)
    return Captured(path, changes, is_clip=False)

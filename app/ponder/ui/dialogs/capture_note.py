"""What a quick capture becomes: a note in the Inbox (no Qt; runs on the writer thread)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from ponder.core import frontmatter
from ponder.core.library import Library
from ponder.core.model import Changes, Kind, NotePath

INBOX_FOLDER = "inbox"
_URL = re.compile(r"https?://\S+", re.IGNORECASE)
TITLE_FROM_TEXT = 60


@dataclass(frozen=True, slots=True)
class Capture:
    title: str
    body: str
    tags: tuple[str, ...]
    kind: Kind
    url: str | None = None


def single_url(text: str) -> str | None:
    """The URL when `text` is exactly one http(s) URL with a host, else None."""
    stripped = text.strip()
    if not _URL.fullmatch(stripped):
        return None
    return stripped if urlsplit(stripped).hostname else None


def title_for_url(url: str) -> str:
    """ "example.com/articles/foo" for https://www.example.com/articles/foo/?utm=x (until the
    clip feature fetches the page's real title)."""
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


def parse_tags(text: str) -> tuple[str, ...]:
    """ "reading, #ideas,  " → ("reading", "ideas"), duplicates dropped, order kept."""
    tags = (t.strip().lstrip("#").strip() for t in text.split(","))
    return tuple(dict.fromkeys(t.replace(" ", "-") for t in tags if t))


def make_capture(title: str, text: str, tags: str, kind: Kind) -> Capture | None:
    """The capture the fields describe, or None when there is nothing to save."""
    url = single_url(text)
    body = text.strip()
    default = title_for_url(url) if url else title_for_text(body)
    final_title = " ".join(title.split()) or default
    if not final_title:
        return None
    return Capture(final_title, f"{body}\n" if body else "", parse_tags(tags), kind, url)


def save_capture(capture: Capture, library: Library) -> tuple[NotePath, Changes]:
    """Create the note in the Inbox; a URL also goes to `source: {url: …}` in front matter."""
    path, changes = library.create_note(
        capture.title,
        kind=capture.kind,
        tags=capture.tags,
        body=capture.body,
        folder=INBOX_FOLDER,
    )
    if capture.url:
        note = library.read(path)
        text = frontmatter.update(note.text, {"source": {"url": capture.url}})
        library.save(path, text, expected=note.stamp)
    return path, changes

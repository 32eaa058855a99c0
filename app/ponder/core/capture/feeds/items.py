"""Feed entries as light notes in the inbox (`kind: clip`, `status: unprocessed`, a `feed:`
key), and the questions asked of them: which items a feed has, which are unread."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

from ponder.core import frontmatter
from ponder.core.capture.feeds.parsing import Entry
from ponder.core.capture.feeds.subscriptions import Subscription
from ponder.core.capture.html_markdown import html_to_markdown
from ponder.core.library import Library
from ponder.core.model import Changes, Kind, NotePath
from ponder.core.notes import INBOX, new_note_text
from ponder.core.vault import ChangedOnDiskError, VaultError

UNREAD = "unprocessed"
READ = "read"
SUMMARY_CHARS = 1500
"""A feed item stays light: the summary is cut (at a paragraph) past this many characters."""


@dataclass(frozen=True, slots=True)
class FeedItem:
    """A feed item found in the inbox."""

    path: NotePath
    feed: str
    title: str
    unread: bool


def item_text(entry: Entry, sub: Subscription, feed_title: str, now: datetime) -> tuple[str, str]:
    """(title, note text) of the light note for one entry."""
    title = entry.title or entry.link or f"{feed_title}: untitled entry"
    source: dict[str, object] = {}
    if entry.link:
        source["url"] = entry.link
        source["site"] = urlsplit(entry.link).hostname or ""
    if entry.author:
        source["author"] = entry.author
    if entry.published:
        source["published"] = entry.published
    source["captured"] = now.replace(microsecond=0)
    feed = {"url": sub.url, "title": feed_title, "entry": entry.id}
    extra = {"source": {k: v for k, v in source.items() if v}, "status": UNREAD, "feed": feed}
    text = new_note_text(title, Kind.CLIP, now, body=_body(entry), extra=extra)
    return title, text


def _body(entry: Entry) -> str:
    summary = html_to_markdown(entry.summary, entry.link).strip() if entry.summary else ""
    if len(summary) > SUMMARY_CHARS:
        cut = summary.rfind("\n\n", 0, SUMMARY_CHARS)
        summary = summary[: cut if cut > 0 else SUMMARY_CHARS].rstrip() + "\n\n…"
    parts = [summary] if summary else []
    if entry.link:
        host = urlsplit(entry.link).hostname or entry.link
        parts.append(f"[Read it on {host}]({entry.link}) — or Clip it to keep the whole article.")
    return "\n\n".join(parts)


def feed_items(library: Library) -> Iterator[FeedItem]:
    """Every feed item still in the inbox, read from the files (the truth)."""
    for scanned in library.scan():
        if not scanned.path.startswith(INBOX + "/"):
            continue
        try:
            text, _stamp = library.read_text(scanned.path)
            front, _body_text = frontmatter.read(text)
        except (VaultError, OSError, frontmatter.FrontMatterError):
            continue
        feed = front.get("feed")
        if isinstance(feed, dict) and isinstance(feed.get("url"), str):
            yield FeedItem(
                scanned.path,
                str(feed["url"]),
                str(front.get("title") or scanned.path),
                front.get("status") == UNREAD,
            )


def mark_read(library: Library, paths: list[NotePath]) -> Changes:
    """Set `status: read` on unread feed items. A note that cannot be saved (it changed on
    disk, or is gone) is left as it is."""
    changes = Changes()
    for path in paths:
        try:
            text, stamp = library.read_text(path)
            front, _ = frontmatter.read(text)
            if front.get("status") != UNREAD:
                continue
            new_text = frontmatter.update(text, {"status": READ})
            changes = changes.merge(library.save(path, new_text, expected=stamp)[1])
        except (ChangedOnDiskError, VaultError, frontmatter.FrontMatterError):
            continue
    return changes

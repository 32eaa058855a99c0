"""A fetched feed body → its entries: RSS 0.9x/1.0/2.0 and Atom through feedparser, JSON Feed
read here (feedparser 6.0 does not know it). Relative links are made absolute."""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin

import feedparser  # type: ignore[import-untyped]  # feedparser ships no type stubs

JSON_TYPES = frozenset({"application/feed+json", "application/json"})
_JSON_VERSION = "jsonfeed.org/version/"


class FeedFormatError(Exception):
    """The body is not a feed Ponder can read; the message says what it is instead."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One feed entry; `summary` is HTML (already sanitized by feedparser) or None."""

    id: str
    title: str
    link: str | None
    author: str | None
    published: str | None
    summary: str | None


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    """`warning` says what was wrong with a feed that was still read (broken XML, encoding)."""

    title: str
    site: str | None
    version: str
    entries: list[Entry]
    warning: str | None = None


def parse_feed(
    body: bytes, url: str, content_type: str = "", charset: str | None = None
) -> ParsedFeed:
    stripped = body.lstrip(b"\xef\xbb\xbf \t\r\n")
    if content_type in JSON_TYPES or stripped.startswith(b"{"):
        return _parse_json(body, url)
    headers = {"content-location": url}
    if content_type:
        headers["content-type"] = content_type + (f"; charset={charset}" if charset else "")
    try:
        parsed = feedparser.parse(body, response_headers=headers, sanitize_html=True)
    except (UnicodeError, ValueError) as exc:  # feedparser's encoding sniffing on junk bytes
        raise FeedFormatError(f"The feed's text encoding cannot be read ({exc}).") from exc
    if not parsed.get("version") and not parsed.entries:
        problem = parsed.get("bozo_exception")
        detail = f" ({problem})" if problem else ""
        raise FeedFormatError(f"This is not an RSS, Atom or JSON feed{detail}.")
    feed = parsed.feed
    entries = [_entry(e, url) for e in parsed.entries]
    warning = None
    if parsed.get("bozo"):
        warning = f"The feed is damaged but was read leniently ({parsed.get('bozo_exception')})."
    return ParsedFeed(
        title=_clean(feed.get("title")) or url,
        site=_absolute(feed.get("link"), url),
        version=str(parsed.get("version") or "unknown"),
        entries=entries,
        warning=warning,
    )


def _entry(e: Any, base: str) -> Entry:
    link = _absolute(e.get("link"), base)
    title = _clean(e.get("title"))
    summary = e.get("summary") or None
    content = e.get("content") or []
    if not summary and content:
        summary = content[0].get("value") or None
    # dict.get: feedparser's own get() maps one date key to the other with a warning
    published = _when(dict.get(e, "published_parsed") or dict.get(e, "updated_parsed"))
    entry_id = _clean(e.get("id")) or link or _digest(title, summary, published)
    return Entry(entry_id, title, link, _clean(e.get("author")) or None, published, summary)


def _when(parsed: time.struct_time | None) -> str | None:
    if not parsed:
        return None
    try:
        return datetime(*parsed[:6], tzinfo=UTC).isoformat()
    except (TypeError, ValueError):
        return None


def _parse_json(body: bytes, url: str) -> ParsedFeed:
    try:
        data = json.loads(body.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise FeedFormatError(f"The JSON feed cannot be read ({exc}).") from None
    if not isinstance(data, dict) or _JSON_VERSION not in str(data.get("version", "")):
        raise FeedFormatError(
            "The address gives JSON, but not a JSON Feed (no jsonfeed.org version)."
        )
    items = data.get("items")
    entries = (
        [_json_entry(i, url) for i in items if isinstance(i, dict)]
        if isinstance(items, list)
        else []
    )
    return ParsedFeed(
        title=_clean(data.get("title")) or url,
        site=_absolute(data.get("home_page_url"), url),
        version="json" + str(data.get("version", "")).rsplit("/", 1)[-1],
        entries=entries,
    )


def _json_entry(item: dict[str, Any], base: str) -> Entry:
    link = _absolute(item.get("url") or item.get("external_url"), base)
    title = _clean(item.get("title"))
    summary = item.get("summary") or item.get("content_html")
    if not isinstance(summary, str) or not summary.strip():
        text = item.get("content_text")
        summary = f"<p>{_escape(text)}</p>" if isinstance(text, str) and text.strip() else None
    else:
        summary = _sanitize(summary)
    published = _json_date(item.get("date_published") or item.get("date_modified"))
    raw_id = item.get("id")
    entry_id = (
        _clean(raw_id) if isinstance(raw_id, str | int) and not isinstance(raw_id, bool) else ""
    )
    return Entry(
        entry_id or link or _digest(title, summary, published),
        title,
        link,
        _json_author(item),
        published,
        summary,
    )


def _json_author(item: dict[str, Any]) -> str | None:
    authors = item.get("authors") or ([item["author"]] if "author" in item else [])
    if not isinstance(authors, list):
        return None
    names = [
        _clean(a.get("name"))
        for a in authors
        if isinstance(a, dict) and isinstance(a.get("name"), str)
    ]
    return ", ".join(n for n in names if n) or None


def _json_date(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    try:
        when = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return (when if when.tzinfo else when.replace(tzinfo=UTC)).isoformat()


def _sanitize(html: str) -> str:
    from ponder.core.capture.html_markdown import sanitize_html

    return sanitize_html(html)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _absolute(link: object, base: str) -> str | None:
    if not isinstance(link, str) or not link.strip():
        return None
    return urljoin(base, link.strip())


def _clean(value: object) -> str:
    return (
        " ".join(str(value).split()) if isinstance(value, str | int) and value is not None else ""
    )


def _digest(*parts: str | None) -> str:
    joined = "\x1f".join(p or "" for p in parts)
    return "sha:" + hashlib.blake2b(joined.encode(), digest_size=10).hexdigest()

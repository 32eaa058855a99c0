"""Fetch a feed with the clip fetcher's address policy and limits, conditionally (ETag,
Last-Modified); find a page's feeds (<link rel="alternate">); tell whether the machine is online."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin

import lxml.html  # type: ignore[import-untyped]  # lxml ships no type stubs
from lxml import etree

from ponder.core.capture.address_policy import AddressPolicy
from ponder.core.capture.fetch import HTML_TYPES, FetchLimits, HttpStatusError, Page, fetch

FEED_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/feed+json",
        "application/json",
        "application/xml",
        "text/xml",
    }
)
FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, "
    "text/xml;q=0.9, text/html;q=0.5, */*;q=0.3"
)


@dataclass(frozen=True, slots=True)
class Fetched:
    """A fetch's outcome: `page` is None when the server said the feed has not changed."""

    page: Page | None
    etag: str | None
    modified: str | None


def fetch_feed(
    url: str,
    policy: AddressPolicy,
    limits: FetchLimits,
    *,
    etag: str | None = None,
    modified: str | None = None,
) -> Fetched:
    """GET the feed, sending the validators from last time; raises FetchError."""
    headers = {"Accept": FEED_ACCEPT}
    if etag:
        headers["If-None-Match"] = etag
    if modified:
        headers["If-Modified-Since"] = modified
    try:
        page = fetch(url, policy=policy, limits=limits, headers=headers)
    except HttpStatusError as exc:
        if exc.status == 304:
            return Fetched(None, etag, modified)
        raise
    lower = {k.lower(): v for k, v in page.headers.items()}
    return Fetched(page, lower.get("etag"), lower.get("last-modified"))


def is_page(page: Page) -> bool:
    """An HTML page rather than a feed (feeds are sometimes sent as text/html, so look)."""
    if page.content_type not in HTML_TYPES:
        return False
    head = page.body[:2048].lstrip().lower()
    return not head.startswith((b"<?xml", b"<rss", b"<feed", b"<rdf"))


def alternate_feeds(html: str, base_url: str) -> list[str]:
    """The feeds a page announces with <link rel="alternate" type="…">, first first."""
    try:
        tree = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return []
    found: list[str] = []
    for link in tree.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        kind = (link.get("type") or "").split(";")[0].strip().lower()
        href = (link.get("href") or "").strip()
        if "alternate" in rel and kind in FEED_TYPES and href:
            absolute = urljoin(base_url, href)
            if absolute not in found:
                found.append(absolute)
    return found


def machine_online(net_dir: Path = Path("/sys/class/net")) -> bool:
    """False only when Linux reports no network link up besides the loopback; elsewhere (no
    such folder) True, and the fetch itself tells."""
    try:
        names = [p for p in net_dir.iterdir() if p.name != "lo"]
    except OSError:
        return True
    for interface in names:
        try:
            if (interface / "operstate").read_text().strip() in ("up", "unknown"):
                return True
        except OSError:
            continue
    return False

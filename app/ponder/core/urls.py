"""When two web addresses are the same page: the one rule clips, imports and the index share.

Scheme and host are lowercased and http counts as https; the default port, the fragment,
tracking parameters (utm_*, fbclid…) and trailing slashes are dropped; the rest of the path
and query is kept as written.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

WEB_SCHEMES = frozenset({"http", "https"})
_TRACKING = re.compile(r"utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref_src", re.IGNORECASE)


def page_key(url: str) -> str | None:
    """The form two URLs are compared in; None if it is not a web address."""
    try:
        parts = urlsplit(url.strip())
        host = (parts.hostname or "").lower()
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in WEB_SCHEMES or not host:
        return None
    if port is not None and port != (443 if scheme == "https" else 80):
        host = f"{host}:{port}"
    kept = [(k, v) for k, v in parse_qsl(parts.query, True) if not _TRACKING.fullmatch(k)]
    query = urlencode(kept)
    path = parts.path.rstrip("/")
    return urlunsplit(("https", host, path, query, ""))


def same_page(a: str, b: str) -> bool:
    key = page_key(a)
    return key is not None and key == page_key(b)


_ONE_URL = re.compile(r"https?://\S+", re.IGNORECASE)


def single_url(text: str) -> str | None:
    """The URL when `text` is exactly one http(s) URL with a host, else None."""
    stripped = text.strip()
    if not _ONE_URL.fullmatch(stripped):
        return None
    return stripped if urlsplit(stripped).hostname else None

"""Small Markdown writing helpers for importers: escaped text and safe link targets."""

from __future__ import annotations

import re

from ponder.core.urls import WEB_SCHEMES

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|!~])")
_URL_UNSAFE = {" ": "%20", "(": "%28", ")": "%29", "<": "%3C", ">": "%3E", "\n": "", "\r": ""}


def escape(text: str) -> str:
    """`text` on one line with every character Markdown could read as syntax escaped."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def link_target(url: str) -> str:
    """A URL that can sit inside `(...)` of a Markdown link."""
    return "".join(_URL_UNSAFE.get(ch, ch) for ch in url.strip())


def web_link(label: str, url: str) -> str:
    """`[label](url)` for an http(s) address; the escaped address as text for anything else."""
    scheme = url.strip().split(":", 1)[0].lower() if ":" in url else ""
    if scheme not in WEB_SCHEMES:
        return escape(url)
    return f"[{escape(label)}]({link_target(url)})"

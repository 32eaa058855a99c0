"""Markdown link text for pasted URLs and dropped files: pure functions, no Qt."""

from __future__ import annotations

import re
from pathlib import PurePosixPath
from urllib.parse import quote

IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".bmp", ".avif"})

_URL_RE = re.compile(r"https?://[^\s<>]+", re.IGNORECASE)
# Characters that would end or break a Markdown link destination if left as they are.
_DESTINATION_SAFE = "/:#?&=@+~!$,;'*%"


def as_url(text: str) -> str | None:
    """`text` as a single http(s) URL (surrounding whitespace ignored), else None."""
    candidate = text.strip()
    return candidate if _URL_RE.fullmatch(candidate) else None


def is_image(target: str) -> bool:
    """Whether `target` names an image file that should be embedded rather than linked."""
    return PurePosixPath(target.split("?", 1)[0]).suffix.lower() in IMAGE_SUFFIXES


def link(target: str, label: str, image: bool = False) -> str:
    """A Markdown link (or image embed) to `target`, escaping what would break it."""
    destination = quote(target, safe=_DESTINATION_SAFE)
    text = label.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")
    return f"{'!' if image else ''}[{text}]({destination})"


def url_paste(url: str, selection: str) -> str:
    """What pasting `url` inserts: a link around the selection, or an autolink."""
    if selection:
        return link(url, selection)
    return f"<{url}>"


def label_for(target: str) -> str:
    """A readable default label for a file: its name without the suffix."""
    return PurePosixPath(target).stem or target

"""A saved link as every read-later and bookmark format gives it, and the clip note it becomes."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

from ponder.core.model import Kind
from ponder.core.notes import new_note_text

_SPACES = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class LinkItem:
    """One saved link. `status` is "unread"/"read" where the export says; `folder` a tag path."""

    url: str
    title: str = ""
    added: datetime | None = None
    updated: datetime | None = None
    tags: tuple[str, ...] = ()
    description: str = ""
    status: str | None = None
    private: bool = False


@dataclass(frozen=True, slots=True)
class Rejected:
    """An entry a reader could not turn into an item, and why (reported as failed)."""

    item: str
    reason: str


def clean_tags(values: Iterable[str]) -> tuple[str, ...]:
    """Tags as Ponder writes them: no `#`, inner spaces as `-`, empty ones and repeats dropped."""
    seen: dict[str, str] = {}
    for value in values:
        tag = _SPACES.sub("-", value.strip().lstrip("#").strip()).strip("/")
        if tag:
            seen.setdefault(tag.casefold(), tag)
    return tuple(seen.values())


def split_tags(text: str, separators: str = ",") -> tuple[str, ...]:
    """Tags from one field, split at any of `separators` (Pocket uses `|`, Pinboard spaces)."""
    pattern = "[" + re.escape(separators) + "]" if separators.strip() else r"\s+"
    return clean_tags(re.split(pattern, text))


def clip_text(item: LinkItem, now: datetime) -> str:
    """The Markdown of the clip note a link becomes (front matter and description)."""
    created = item.added or now
    source: dict[str, object] = {"url": item.url.strip(), "captured": created}
    extra: dict[str, object] = {"source": source}
    if item.updated is not None and item.updated > created:
        extra["updated"] = item.updated
    if item.status:
        extra["status"] = item.status
    if item.private:
        extra["private"] = True
    body = item.description.strip()
    return new_note_text(
        title_of(item), Kind.CLIP, created, tags=item.tags, body=body, extra=_local(extra)
    )


def title_of(item: LinkItem) -> str:
    """The link's title, or its address without the scheme when the export gave none."""
    title = " ".join(item.title.split())
    if title:
        return title
    parts = urlsplit(item.url)
    return (parts.netloc + parts.path).rstrip("/") or item.url


def _local(values: Mapping[str, object]) -> dict[str, object]:
    """Timestamps in the local offset, to the second, as Ponder writes its own."""
    out: dict[str, object] = {}
    for key, value in values.items():
        if isinstance(value, datetime):
            value = value.astimezone().replace(microsecond=0)
        elif isinstance(value, Mapping):
            value = _local(value)
        out[key] = value
    return out

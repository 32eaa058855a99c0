"""Logseq pages made ordinary notes: `key:: value` page properties become front matter."""

from __future__ import annotations

import re
from datetime import date

from ponder.core import frontmatter

_PROPERTY = re.compile(r"([A-Za-z][\w-]*):: ?(.*)")
_JOURNAL_NAME = re.compile(r"(\d{4})_(\d{2})_(\d{2})")
_LIST_KEYS = {"tags": "tags", "alias": "aliases", "aliases": "aliases"}


def journal_day(stem: str) -> date | None:
    """The day a Logseq journal file (`2024_01_31`) is for, or None."""
    match = _JOURNAL_NAME.fullmatch(stem)
    if match is None:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def convert_page(text: str, day: date | None) -> str:
    """`text` with its leading page properties as front matter; a journal gets its date.

    A file that already has front matter, or has nothing to convert, is returned unchanged.
    """
    if frontmatter.split(text).front is not None:
        return text
    lines = text.splitlines(keepends=True)
    front: dict[str, object] = {}
    taken = 0
    for line in lines:
        match = _PROPERTY.fullmatch(line.rstrip("\r\n"))
        if match is None:
            break
        _add_property(front, match[1].lower(), match[2].strip())
        taken += 1
    if day is not None:
        front = {"title": day.isoformat(), "kind": "journal", "created": day, **front}
    if not front:
        return text
    body = "".join(lines[taken:]).lstrip("\r\n")
    return frontmatter.compose(front, body)


def _add_property(front: dict[str, object], key: str, value: str) -> None:
    if key in _LIST_KEYS:
        words = [w.strip().strip("[]").lstrip("#").strip() for w in value.split(",")]
        front[_LIST_KEYS[key]] = [w for w in words if w]
    elif value:
        front[key] = value

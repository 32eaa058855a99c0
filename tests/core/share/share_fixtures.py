"""Shared values of the share tests: a clip, a fixed clock, a journal helper."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from ponder.core.library import Library
from ponder.core.model import NotePath

TZ = timezone(timedelta(hours=1))
NOW = datetime(2026, 11, 18, 9, 30, tzinfo=TZ)
CLIP = NotePath("clips/Build caches.md")
CLIP_TEXT = """---
title: Build caches
kind: clip
source:
  url: https://example.com/cache
---
Our CI misses the cache because keys include the timestamp.

> Cache keys must be deterministic.

> **Ponder:** the page could not be fetched.

## From the page

The article itself, which is not the person's.
"""


def write_journal(library: Library, day: date, learned: str) -> NotePath:
    path, _ = library.journal_note(day)
    text, stamp = library.vault.read(path)
    heading = "## What did I learn today?\n"
    library.save(path, text.replace(heading, f"{heading}\n{learned}\n"), expected=stamp)
    return path


def fill_in(library: Library, path: NotePath, words: str = "Deterministic keys.") -> str:
    """Write the person's own words where the draft's template left `…`; the new text."""
    text, stamp = library.vault.read(path)
    text = text.replace(": …", f": {words}").replace("\n…\n", f"\n{words}\n")
    library.save(path, text, expected=stamp)
    return text

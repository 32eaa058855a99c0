"""The variants of a draft side by side: each framing's text and where it goes (scheduled) or
went (shared, with the responses so far)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ponder.core.library import Library
from ponder.core.model import Kind, NotePath
from ponder.core.share import history, responses, schedule


@dataclass(frozen=True, slots=True)
class Target:
    """Where a variant goes or went: an account, when, and what came back (None: not yet
    sent)."""

    account: str
    at: datetime | None
    sent: bool
    responses: int | None = None


@dataclass(frozen=True, slots=True)
class Variant:
    path: NotePath
    letter: str
    title: str
    body: str
    targets: tuple[Target, ...]


def variants(library: Library, draft: NotePath) -> list[Variant]:
    """Every framing of `draft` (itself included), A first; just the draft when it has none.
    Raises NoteReadError for a missing note, ValueError when it is not a draft."""
    note = library.read(draft)
    if note.kind is not Kind.DRAFT:
        raise ValueError(f"{draft} is not a draft.")
    first = str(note.front.get("variant_of") or note.id or draft)
    paths = [draft]
    for info in history.list_drafts(library):
        other = library.read(info.path)
        ident = str(other.id or info.path)
        if info.path != draft and first in (str(other.front.get("variant_of") or ""), ident):
            paths.append(info.path)
    waiting = schedule.pending(library)
    found = [_variant(library, path, waiting) for path in paths]
    return sorted(found, key=lambda v: (v.letter or "A", v.path))


def _variant(library: Library, path: NotePath, waiting: list[schedule.Scheduled]) -> Variant:
    note = library.read(path)
    targets = [Target(s.account, s.at, sent=False) for s in waiting if s.draft == path]
    for post in responses.shared_posts(library, path):
        counts = post.counts()
        total = sum(counts.values()) if counts else None
        targets.append(Target(post.account or post.channel, post.at, sent=True, responses=total))
    letter = str(note.front.get("variant") or "")
    return Variant(path, letter, note.title, note.body.strip(), tuple(targets))

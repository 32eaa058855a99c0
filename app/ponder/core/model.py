"""The values the core passes around: notes, their kinds, file stamps, problems, changes."""

from __future__ import annotations

import enum
import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from typing import NewType

NotePath = NewType("NotePath", str)
"""A note's path relative to the vault root, with `/` separators (the index key)."""

NoteId = NewType("NoteId", str)
"""The `id` front-matter value Ponder gives the notes it creates."""


class Kind(enum.StrEnum):
    """What a note is for; stored as `kind:` in front matter."""

    NOTE = "note"
    CLIP = "clip"
    REFLECTION = "reflection"
    JOURNAL = "journal"
    QUESTION = "question"
    DRAFT = "draft"

    @classmethod
    def parse(cls, value: object) -> Kind:
        """The kind named by `value`, or NOTE for anything unknown (user files vary)."""
        if isinstance(value, str):
            try:
                return cls(value.strip().lower())
            except ValueError:
                return cls.NOTE
        return cls.NOTE


@dataclass(frozen=True, slots=True)
class FileStamp:
    """What identifies one version of a file: cheap parts first, then the content digest."""

    size: int
    mtime_ns: int
    digest: str

    def same_file_stats(self, size: int, mtime_ns: int) -> bool:
        return self.size == size and self.mtime_ns == mtime_ns


@dataclass(frozen=True, slots=True)
class Source:
    """Where a clipped note came from (`source:` in front matter)."""

    url: str | None = None
    site: str | None = None
    author: str | None = None
    published: str | None = None
    captured: str | None = None


@dataclass(frozen=True, slots=True)
class Link:
    """A link found in a note body.

    `kind` is "wiki" for `[[target|alias#heading]]`, "markdown" for `[text](target)`
    and autolinks, in which case `target` is the URL or relative path as written.
    """

    target: str
    kind: str
    alias: str | None = None
    heading: str | None = None
    line: int = 0


@dataclass(frozen=True, slots=True)
class Note:
    """One Markdown file in the vault, as read from disk."""

    path: NotePath
    title: str
    kind: Kind
    body: str
    text: str
    stamp: FileStamp
    id: NoteId | None = None
    tags: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    created: datetime | None = None
    updated: datetime | None = None
    source: Source | None = None
    status: str | None = None
    front: dict[str, object] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True, slots=True)
class Problem:
    """A file Ponder could not use as it is, with a reason a person can act on."""

    path: str
    reason: str


@dataclass(frozen=True, slots=True)
class Changes:
    """What one mutation (or one batch of outside edits) did to the vault."""

    added: frozenset[NotePath] = frozenset()
    updated: frozenset[NotePath] = frozenset()
    removed: frozenset[NotePath] = frozenset()
    moved: tuple[tuple[NotePath, NotePath], ...] = ()
    problems: tuple[Problem, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.added or self.updated or self.removed or self.moved or self.problems)

    def merge(self, other: Changes) -> Changes:
        return Changes(
            added=self.added | other.added,
            updated=self.updated | other.updated,
            removed=self.removed | other.removed,
            moved=self.moved + other.moved,
            problems=self.problems + other.problems,
        )


def content_digest(data: bytes) -> str:
    """The digest Ponder uses everywhere to tell file versions apart (BLAKE2b, 128 bits, hex)."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()

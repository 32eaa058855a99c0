"""The messages between the library and the index writer process: frozen, picklable values.

The library sends one Request at a time and reads Progress messages until a Done or Failed
reply. The writer sends Ready (or Refused) once, when it has opened the index.
"""

from __future__ import annotations

from dataclasses import dataclass

from ponder.core.model import Changes, NotePath


@dataclass(frozen=True, slots=True)
class Reconcile:
    """Compare every file with the index and reindex what differs (`rebuild`: forget all first)."""

    rebuild: bool = False


@dataclass(frozen=True, slots=True)
class Reindex:
    """Read these notes again (they were written or changed) and drop removed ones."""

    changed: tuple[NotePath, ...] = ()
    removed: tuple[NotePath, ...] = ()


@dataclass(frozen=True, slots=True)
class Stop:
    """Close the index and end the process."""


Request = Reconcile | Reindex


@dataclass(frozen=True, slots=True)
class Ready:
    """The writer opened the index; `rebuilt_reason` says why it started from empty, if it did."""

    rebuilt_reason: str | None


@dataclass(frozen=True, slots=True)
class Refused:
    """The writer could not open the index: `locked` (another Ponder writes it) or `foreign`."""

    why: str
    message: str


@dataclass(frozen=True, slots=True)
class Progress:
    done: int
    total: int


@dataclass(frozen=True, slots=True)
class Outcome:
    """What a request changed; `problems` is every file the writer currently cannot use."""

    changes: Changes
    scanned: int
    reindexed: int
    problems: tuple[tuple[str, str], ...] = ()
    cleaned: int = 0  # temp files of crashed saves removed (by a reconcile)


@dataclass(frozen=True, slots=True)
class Done:
    outcome: Outcome


@dataclass(frozen=True, slots=True)
class Failed:
    """The request raised in the writer (the process lives on); the message is for a person."""

    kind: str
    message: str

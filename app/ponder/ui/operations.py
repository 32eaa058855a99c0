"""Every change the window makes to the notes is one Operation, run by `Session.run`.

The session picks the executor, shows progress for long operations, publishes the `Changes`
in the result to every view (the one change broadcast), offers the undo step and reports a
failure in a sentence. No face publishes by hand, so no view can be forgotten (after Anki's
`CollectionOp`). How to add one: docs/operations.md.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Generic, Protocol, TypeVar

from ponder.core.library import Library
from ponder.core.model import Changes

T = TypeVar("T", covariant=True)


class Outcome(Protocol):
    """What every operation's job returns: anything that says what it changed."""

    @property
    def changes(self) -> Changes: ...


R = TypeVar("R", bound=Outcome)


@dataclass(frozen=True, slots=True)
class Changed(Generic[T]):
    """A job's value with the Changes it made: the shape for core calls that return a
    (value, Changes) pair or bare Changes."""

    value: T
    changes: Changes

    @classmethod
    def of(cls, pair: tuple[T, Changes]) -> Changed[T]:
        return cls(pair[0], pair[1])


def only(changes: Changes) -> Changed[None]:
    """The outcome of a core call that returns just its Changes."""
    return Changed(None, changes)


class Runs(enum.Enum):
    """Where an operation's job runs."""

    WRITER = "writer"  # vault and index writes, one at a time, in submission order
    POOL = "pool"  # network first (fetch a page, post): the writer stays free for saves


@dataclass(frozen=True, slots=True)
class UndoStep:
    """What was done, in a sentence, and the writer job that takes it back."""

    said: str
    undo: Callable[[Library], Outcome]


@dataclass(frozen=True, slots=True)
class Operation(Generic[R]):
    """One change to the notes.

    - `job` runs against the Library (on the writer unless `runs` says otherwise).
    - `progress`: shown in the status bar while the job runs (give it for long operations).
    - `failure`: what the status bar says when the job raises ("<failure>: <reason>"); the
      session's generic sentence when empty. Not used when `on_error` is given.
    - `undo`: from the result, the step the status bar offers for ten seconds (or None).
    - `on_done`: the caller's own UI work, after every view has been told.
    """

    job: Callable[[Library], R]
    progress: str = ""
    failure: str = ""
    runs: Runs = Runs.WRITER
    undo: Callable[[R], UndoStep | None] | None = None
    on_done: Callable[[R], None] | None = field(default=None)
    on_error: Callable[[BaseException], None] | None = field(default=None)

"""Taking back a change to several notes: the texts before it, and what it wrote.

An operation that rewrites notes (a rename updating links, *Link it*) or adds them (an import)
reads the notes it may touch first (`Snapshot.take`), runs, and then records what it wrote
(`Snapshot.after`). `Reversal.run` puts each file back byte for byte — but only a file still
exactly as the operation left it: a note edited since is left alone and named as a problem.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ponder.core.library import Library
from ponder.core.model import Changes, NotePath, Problem
from ponder.core.sense.backlinks import Reference
from ponder.core.vault import NoteReadError


@dataclass(frozen=True, slots=True)
class Snapshot:
    """The texts of some notes before an operation (a missing note is left out)."""

    texts: Mapping[NotePath, str]

    @classmethod
    def take(cls, library: Library, paths: Iterable[NotePath]) -> Snapshot:
        texts: dict[NotePath, str] = {}
        for path in paths:
            try:
                texts[path] = library.read_text(path)[0]
            except NoteReadError:
                continue
        return cls(texts)

    def after(self, library: Library, done: Changes) -> Reversal:
        """What it takes to undo `done`, given the files as they are now (just after it)."""
        now = {new: old for old, new in done.moved}
        touched = [*done.added, *done.updated, *now]
        digests: dict[NotePath, str] = {}
        for path in touched:
            stamp = library.stamp(path)
            if stamp is not None:
                digests[path] = stamp.digest
        return Reversal(self, done, digests)


@dataclass(frozen=True, slots=True)
class Reversal:
    """Undo one operation: move renamed notes back, restore rewritten texts, trash added notes."""

    before: Snapshot
    done: Changes
    digests: Mapping[NotePath, str]

    @property
    def rewritten(self) -> int:
        """How many notes other than the moved ones the operation rewrote."""
        moved = {new for _old, new in self.done.moved}
        return len(self.done.updated - moved)

    def run(self, library: Library) -> Changes:
        changes, problems = Changes(), list[Problem]()
        for old, new in reversed(self.done.moved):
            if self._untouched(library, new, problems):
                changes = changes.merge(library.rename(new, old, update_links=False))
                changes = changes.merge(self._put_back(library, old))
        moved = {new for _old, new in self.done.moved}
        for path in sorted(self.done.updated - moved):
            if self._untouched(library, path, problems):
                changes = changes.merge(self._put_back(library, path))
        for path in sorted(self.done.added):
            if self._untouched(library, path, problems):
                changes = changes.merge(library.trash(path))
        return changes.merge(Changes(problems=tuple(problems)))

    def _untouched(self, library: Library, path: NotePath, problems: list[Problem]) -> bool:
        stamp = library.stamp(path)
        if stamp is not None and stamp.digest == self.digests.get(path):
            return True
        problems.append(Problem(path, "was changed after that, so undo left it as it is"))
        return False

    def _put_back(self, library: Library, path: NotePath) -> Changes:
        text = self.before.texts.get(path)
        if text is None:
            return Changes()
        current, stamp = library.read_text(path)
        if current == text:
            return Changes()
        return library.save(path, text, expected=stamp)[1]


def retitled(library: Library, path: NotePath, title: str) -> tuple[NotePath, Changes, Reversal]:
    """`Library.retitle`, with what it takes to undo it (the note and every note linking to it)."""
    before = Snapshot.take(library, [path, *{ref.source for ref in library.backlinks(path)}])
    new_path, changes = library.retitle(path, title)
    return new_path, changes, before.after(library, changes)


def linked(library: Library, mention: Reference, target: NotePath) -> tuple[Changes, Reversal]:
    """`Library.link_mention`, with what it takes to undo it."""
    before = Snapshot.take(library, [mention.source])
    changes = library.link_mention(mention, target)
    return changes, before.after(library, changes)

"""Writer jobs of undoable operations, and the jobs that take them back (core/undo.py)."""

from __future__ import annotations

from ponder.core.library import Library
from ponder.core.model import NotePath
from ponder.core.sense.backlinks import Reference
from ponder.core.undo import Reversal, linked, retitled
from ponder.ui.operations import Changed, only


def restore_job(lib: Library, *, path: str) -> Changed[str]:
    """Put the note last trashed from `path` back (from `.trash/`) and index it."""
    entry = next((e for e in lib.trash_entries() if e.original == path), None)
    if entry is None:
        raise LookupError(f"{path} is no longer in the trash")
    restored = lib.restore(entry)
    return Changed(restored, lib.reconcile().changes)


def reverse_job(lib: Library, *, reversal: Reversal) -> Changed[None]:
    """Take back a change to several notes (see core/undo.py)."""
    return only(reversal.run(lib))


def retitled_job(lib: Library, *, path: NotePath, title: str) -> Changed[tuple[NotePath, Reversal]]:
    """Rename a note by its title (links follow), keeping what it takes to undo that."""
    new_path, changes, reversal = retitled(lib, path, title)
    return Changed((new_path, reversal), changes)


def link_job(lib: Library, *, ref: Reference, target: NotePath) -> Changed[Reversal]:
    """Turn one unlinked mention into a link, keeping what it takes to undo that."""
    changes, reversal = linked(lib, ref, target)
    return Changed(reversal, changes)

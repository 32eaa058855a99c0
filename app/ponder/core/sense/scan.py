"""Reading the vault's files for Sense: the notes a cheap text test picks, parsed.

Sense reads the files, not the index, because what it needs (reflections, highlights, the
review schedule, question status) lives in them and must survive deleting the cache.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from ponder.core.library import Library
from ponder.core.model import Note, NotePath
from ponder.core.notes import parse_note
from ponder.core.vault import NoteReadError

Pick = Callable[[NotePath, str], bool]
"""Whether a note (path, raw text) is worth parsing; a cheap substring test."""


def notes(library: Library, pick: Pick) -> Iterator[Note]:
    """Every readable note of the vault that `pick` chooses, in path order."""
    for entry in sorted(library.scan(), key=lambda e: e.path):
        try:
            text, stamp = library.read_text(entry.path)
        except NoteReadError:
            continue
        if pick(entry.path, text):
            yield parse_note(entry.path, text, stamp).note


def notes_for(library: Library, picks: Sequence[Pick]) -> list[list[Note]]:
    """One read of the vault for several readers: for each pick, the notes it chooses, in
    path order, as `notes` would give them (each note read and parsed once)."""
    chosen: list[list[Note]] = [[] for _ in picks]
    for entry in sorted(library.scan(), key=lambda e: e.path):
        try:
            text, stamp = library.read_text(entry.path)
        except NoteReadError:
            continue
        wanted = [number for number, pick in enumerate(picks) if pick(entry.path, text)]
        if wanted:
            note = parse_note(entry.path, text, stamp).note
            for number in wanted:
                chosen[number].append(note)
    return chosen

"""One note never takes the vault down: a note that cannot be parsed or indexed is a problem."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from ponder.core.index import IndexDoc, IndexLocked, IndexUnavailable, SearchIndex
from ponder.core.messages import Message
from ponder.core.model import FileStamp, NotePath
from ponder.core.unicode_text import shown, storable

if TYPE_CHECKING:
    from ponder.core.notes import ParsedNote

log = logging.getLogger("ponder.library")

# Failures of the index or the disk as a whole, not of one note: they still stop the caller.
NOT_ONE_NOTE = (OSError, MemoryError, IndexLocked, IndexUnavailable)


def unusable_name(path: str) -> str | None:
    """Why a file's name keeps it out of the vault's index, or None when it is usable."""
    if storable(path):
        return None
    return Message(
        "its name is not UTF-8 text, so it cannot be indexed or linked to; "
        "rename the file to open it in Ponder"
    )


def parse_isolated(path: NotePath, text: str, stamp: FileStamp) -> ParsedNote | str:
    """The parsed note, or the reason it could not be read (the note is then left out)."""
    # Imported here: the Markdown and YAML stack is ~50 ms of the index writer's start,
    # and opening an unchanged vault parses nothing.
    from ponder.core.notes import parse_note

    try:
        return parse_note(path, text, stamp)
    except NOT_ONE_NOTE:
        raise
    except Exception as exc:  # the boundary of one note: whatever it holds, the others go on
        log.exception("could not parse %s", shown(path))
        return _reason(Message("read"), exc)


def apply_isolated(
    index: SearchIndex, docs: Sequence[IndexDoc], removals: Iterable[NotePath]
) -> list[tuple[NotePath, str]]:
    """Apply `docs` and `removals`; a document the index refuses is left out (with the
    reason returned) and every other one still goes in. Halving the batch finds it in a
    few commits, so a clean batch costs exactly the one commit it always did."""
    removals = list(removals)
    try:
        index.apply(docs, removals)
    except NOT_ONE_NOTE:
        raise
    except Exception as exc:
        if not docs:
            raise
        if len(docs) == 1:
            log.exception("could not index %s", shown(docs[0].path))
            if removals:
                index.apply((), removals)
            return [(docs[0].path, _reason(Message("index"), exc))]
        middle = len(docs) // 2
        failed = apply_isolated(index, docs[:middle], removals)
        return failed + apply_isolated(index, docs[middle:], ())
    return []


def _reason(what: Message, exc: Exception) -> str:
    detail = shown(str(exc))[:200]
    return Message(
        "Ponder could not {what} this note ({kind}: {detail}); it is left out "
        "of search and every other note is indexed. Please report it with the note attached.",
        what=what,
        kind=type(exc).__name__,
        detail=detail,
    )

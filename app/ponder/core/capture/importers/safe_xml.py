"""XML read the defusedxml way: no entity declarations, no external references, streamed."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException  # type: ignore[import-untyped]
from defusedxml.ElementTree import fromstring, iterparse  # type: ignore[import-untyped]

from ponder.core.capture.importers.report import ImportFileError


class Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


_SAFE = {"forbid_dtd": False, "forbid_entities": True, "forbid_external": True}


def refused(kind: str, exc: Exception) -> ImportFileError:
    return ImportFileError(
        f"The {kind} file declares XML entities or external references "
        f"({type(exc).__name__}); Ponder does not expand them, because they can read local "
        "files or exhaust memory."
    )


class NotWellFormed(ImportFileError):
    """The document breaks XML's syntax (cut short, a bare `&`…), as opposed to being unsafe."""


def not_well_formed(kind: str, exc: ParseError) -> NotWellFormed:
    line, column = exc.position
    return NotWellFormed(
        f"The {kind} file is not well-formed XML at line {line}, column {column} ({exc}); "
        "it may be cut short or damaged."
    )


def parse_xml(data: bytes, kind: str) -> Element:
    """A whole (small) XML document; ImportFileError if it is unsafe or broken."""
    try:
        root: Element = fromstring(data, **_SAFE)
    except DefusedXmlException as exc:
        raise refused(kind, exc) from exc
    except ParseError as exc:
        raise not_well_formed(kind, exc) from exc
    return root


def iter_xml(stream: Readable, kind: str) -> Iterator[tuple[str, Element]]:
    """("start" | "end", element) events of a document read piece by piece."""
    events: Iterator[tuple[str, Element]] = iterparse(stream, events=("start", "end"), **_SAFE)
    try:
        yield from events
    except DefusedXmlException as exc:
        raise refused(kind, exc) from exc
    except ParseError as exc:
        raise not_well_formed(kind, exc) from exc

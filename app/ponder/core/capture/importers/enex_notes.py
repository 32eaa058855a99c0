"""An ENEX file cut into its `<note>` elements, so a broken note costs only itself.

The file is scanned as bytes (CDATA sections skipped, so ENML that mentions `</note>` does not
end a note early); each note is then parsed on its own. What comes before the first note is
checked once: a document that declares entities is refused whole, as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol

from ponder.core.capture.importers.report import ImportFileError

_CHUNK = 1 << 16
_OPEN = re.compile(rb"<note\s*>")
_CLOSE = b"</note>"
_CDATA_OPEN = b"<![CDATA["
_CDATA_CLOSE = b"]]>"
_TITLE = re.compile(rb"<title>(.*?)</title>", re.DOTALL)
_TAIL = 16  # bytes kept when a token may straddle two reads


class Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


@dataclass(frozen=True, slots=True)
class NoteBytes:
    """One `<note>…</note>` as found: its number in the file, the line it starts on, and
    whether it was closed (a note cut short by the end of the file or by the next `<note>`
    is not)."""

    number: int
    line: int
    data: bytes
    complete: bool

    @property
    def title(self) -> str:
        found = _TITLE.search(self.data[:4096])
        text = found[1].decode("utf-8", "replace") if found else ""
        return " ".join(text.split()) or "Untitled"


class NoteScanner:
    """Iterate over `NoteScanner(stream)` for the notes; `header` is what preceded the first."""

    def __init__(self, stream: Readable) -> None:
        self.stream = stream
        self.buf = bytearray()  # appended to in place: a note of many megabytes stays linear
        self.eof = False
        self.header = b""
        self.lines_before = 0  # newlines in everything dropped from the buffer so far

    def _more(self) -> bool:
        if self.eof:
            return False
        chunk = self.stream.read(_CHUNK)
        self.eof = not chunk
        self.buf += chunk
        return bool(chunk)

    def _drop(self, upto: int) -> None:
        self.lines_before += self.buf.count(b"\n", 0, upto)
        del self.buf[:upto]

    def __iter__(self) -> Iterator[NoteBytes]:
        number = 0
        while True:
            start = self._find_open(0)
            if start is None:
                if number == 0:
                    self.header += bytes(self.buf)
                    check_header(self.header, empty=True)
                return
            if number == 0:
                self.header = bytes(self.buf[:start])
                check_header(self.header)
            self._drop(start)
            number += 1
            line = self.lines_before + 1
            end, complete = self._note_end()
            yield NoteBytes(number, line, bytes(self.buf[:end]), complete)
            self._drop(end)

    def _find_open(self, pos: int) -> int | None:
        while True:
            found = _OPEN.search(self.buf, pos)
            if found is not None:
                return found.start()
            pos = max(0, len(self.buf) - _TAIL)
            if not self._more():
                return None

    def _note_end(self) -> tuple[int, bool]:
        """(where the note ends in the buffer, whether `</note>` closed it)."""
        pos = 1
        while True:
            close = self.buf.find(_CLOSE, pos)
            cdata = self.buf.find(_CDATA_OPEN, pos)
            reopen = _OPEN.search(self.buf, pos)
            marks = [m for m in (close, cdata, reopen.start() if reopen else -1) if m >= 0]
            first = min(marks) if marks else -1
            if first < 0:
                pos = max(1, len(self.buf) - _TAIL)
                if not self._more():
                    return len(self.buf), False
                continue
            if first == close:
                return close + len(_CLOSE), True
            if first == cdata:
                after = self._cdata_end(cdata + len(_CDATA_OPEN))
                if after is None:
                    return len(self.buf), False
                pos = after
                continue
            return first, False  # a new note starts before this one was closed

    def _cdata_end(self, pos: int) -> int | None:
        while True:
            end = self.buf.find(_CDATA_CLOSE, pos)
            if end >= 0:
                return end + len(_CDATA_CLOSE)
            pos = max(pos, len(self.buf) - _TAIL)
            if not self._more():
                return None


def check_header(header: bytes, *, empty: bool = False) -> None:
    """Refuse a document whose prologue declares entities (they could read files or exhaust
    memory), and one without notes that is not an Evernote export at all."""
    lowered = header.lower()
    if b"<!entity" in lowered:
        raise ImportFileError(
            "The ENEX file declares XML entities or external references; Ponder does not "
            "expand them, because they can read local files or exhaust memory."
        )
    if empty and b"<en-export" not in lowered:
        raise ImportFileError("The file has no <en-export>; it is not an Evernote export.")

"""Convert between Python string indices and Qt's UTF-16 positions within one line."""

from __future__ import annotations

from collections.abc import Callable


def utf16_mapper(text: str) -> Callable[[int], int]:
    """Python index → UTF-16 index for `text` (Qt counts emoji and other astral chars twice)."""
    if _bmp_only(text):
        return _identity
    offsets = [0]
    for ch in text:
        offsets.append(offsets[-1] + (2 if ord(ch) > 0xFFFF else 1))
    return offsets.__getitem__


def python_index(text: str, utf16_index: int) -> int:
    """UTF-16 index (as QTextCursor reports it) → Python index into `text`."""
    if _bmp_only(text):
        return utf16_index
    units = 0
    for index, ch in enumerate(text):
        if units >= utf16_index:
            return index
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


def _bmp_only(text: str) -> bool:
    return text.isascii() or all(ord(ch) <= 0xFFFF for ch in text)


def _identity(index: int) -> int:
    return index

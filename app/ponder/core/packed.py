"""Compact read-only columns: many strings as one UTF-8 blob, several of them read as one.

At 400k notes a list of str paths held ~30 MB (49 bytes of object header per string); one
blob and an array of offsets hold the same paths in under half of that, and a string is
decoded only when it is asked for.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from typing import overload

OFFSET_TYPE = "q"
"""array type of the offsets: 8 bytes, so no blob is ever too large for them."""


class PackedText(Sequence[str]):
    """Strings (or raw bytes) kept as one bytes blob plus the end offset of each."""

    __slots__ = ("_blob", "_ends")

    def __init__(self, values: Iterable[str | bytes]) -> None:
        buffer = bytearray()
        ends = array(OFFSET_TYPE)
        for value in values:
            buffer += value.encode("utf-8") if isinstance(value, str) else value
            ends.append(len(buffer))
        self._blob = bytes(buffer)
        self._ends = ends

    def raw(self, index: int) -> bytes:
        """The item's bytes, as stored."""
        if index < 0:
            index += len(self._ends)
        end = self._ends[index]  # raises IndexError out of range
        return self._blob[self._ends[index - 1] if index else 0 : end]

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> list[str]: ...
    def __getitem__(self, index: int | slice) -> str | list[str]:
        if isinstance(index, slice):
            return [self.raw(i).decode("utf-8") for i in range(*index.indices(len(self)))]
        return self.raw(index).decode("utf-8")

    def __len__(self) -> int:
        return len(self._ends)

    def __iter__(self) -> Iterator[str]:
        start = 0
        blob = self._blob
        for end in self._ends:
            yield blob[start:end].decode("utf-8")
            start = end

    def nbytes(self) -> int:
        """Memory held by the blob and the offsets (without the few object headers)."""
        return len(self._blob) + self._ends.itemsize * len(self._ends)


class Joined(Sequence[str]):
    """Several PackedTexts read as one sequence, numbered one after the other (the segments of
    an index: their document numbers are consecutive), without copying any of them."""

    __slots__ = ("_bases", "_length", "_parts")

    def __init__(self, parts: Sequence[PackedText]) -> None:
        self._parts = list(parts)
        self._bases: list[int] = []
        total = 0
        for part in self._parts:
            self._bases.append(total)
            total += len(part)
        self._length = total

    def _locate(self, index: int) -> tuple[PackedText, int]:
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError(index)
        number = bisect_right(self._bases, index) - 1
        return self._parts[number], index - self._bases[number]

    def raw(self, index: int) -> bytes:
        part, local = self._locate(index)
        return part.raw(local)

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> list[str]: ...
    def __getitem__(self, index: int | slice) -> str | list[str]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._length))]
        part, local = self._locate(index)
        return part[local]

    def __len__(self) -> int:
        return self._length

    def __iter__(self) -> Iterator[str]:
        for part in self._parts:
            yield from part

"""The term table of a new segment written as Whoosh writes it, with its hash slots in arrays.

Whoosh's `OrderedHashWriter` remembers every term as a (hash, position) tuple until the
segment is finished: ~120 bytes a term. A segment of 184,000 notes at tldr×10 has ~390,000
terms, so merging into it held ~45 MB in each of the build's two processes at once. Here
the same two numbers take 12 bytes in typed arrays; the file is byte for byte the same.
"""

from __future__ import annotations

from array import array
from typing import Any

from whoosh.codec.whoosh3 import W3Codec, W3FieldWriter
from whoosh.filedb.filetables import OrderedHashWriter, _lengths, _pointer

_BUCKETS = 256  # Whoosh's two-level hash: the low byte of a hash picks its table


class CompactTermsWriter(OrderedHashWriter):
    """Drop-in for `OrderedHashWriter` (whoosh3 3.54, pinned): `add` and `close` as there."""

    def __init__(self, dbfile: Any) -> None:
        super().__init__(dbfile)
        self.buckets: list[Any] = []  # Whoosh's lists of tuples: never filled here
        self._hashes = [array("I") for _ in range(_BUCKETS)]  # md5 hashes cut to 32 bits
        self._positions = [array("q") for _ in range(_BUCKETS)]

    def add(self, key: bytes, value: bytes) -> None:
        if key <= self.lastkey:
            raise ValueError(f"Keys must increase: {self.lastkey!r}..{key!r}")
        dbfile = self.dbfile
        position = dbfile.tell()
        self.index.append(position)
        dbfile.write(_lengths.pack(len(key), len(value)))
        dbfile.write(key)
        dbfile.write(value)
        hashed = self.hashfn(key)
        self._hashes[hashed & 255].append(hashed)
        self._positions[hashed & 255].append(position)
        self.lastkey = key

    def _write_hashes(self) -> None:
        """Whoosh's open addressing, slot for slot (a position of 0 marks an empty slot: no
        key starts there, the header does)."""
        dbfile = self.dbfile
        for hashes, positions in zip(self._hashes, self._positions, strict=True):
            start = dbfile.tell()
            slots = 2 * len(hashes)
            self.directory.append((start, slots))
            slot_hashes = array("I", bytes(4 * slots))
            slot_positions = array("q", bytes(8 * slots))
            for hashed, position in zip(hashes, positions, strict=True):
                slot = (hashed >> 8) % slots
                while slot_positions[slot] or slot_hashes[slot]:
                    slot = (slot + 1) % slots
                slot_hashes[slot] = hashed
                slot_positions[slot] = position
            pack = _pointer.pack
            dbfile.write(b"".join(map(pack, slot_hashes, slot_positions)))


class CompactFieldWriter(W3FieldWriter):
    """W3FieldWriter with its term table written by CompactTermsWriter."""

    def __init__(self, codec: W3Codec, storage: Any, segment: Any) -> None:
        # W3FieldWriter.__init__ (whoosh3 3.54) with the one class changed: calling it would
        # have written a header for Whoosh's own table into the terms file already
        self._codec = codec
        self._storage = storage
        self._segment = segment
        self._fieldname = None
        self._fieldid = None
        self._btext = None
        self._fieldobj = None
        self._format = None
        self._tindex = CompactTermsWriter(self._create_file(W3Codec.TERMS_EXT))
        self._fieldmap = self._tindex.extras["fieldmap"] = {}
        self._postfile = self._create_file(W3Codec.POSTS_EXT)
        self._postwriter = None
        self._infield = False
        self.is_closed = False

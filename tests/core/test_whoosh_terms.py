"""The compact term table writes the very file Whoosh's own writer writes, and Whoosh reads it."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh.filedb.filestore import FileStorage
from whoosh.filedb.filetables import OrderedHashReader, OrderedHashWriter

from ponder.core.whoosh_terms import CompactTermsWriter

# keys as Whoosh makes them: never empty (a field number, then the term)
pairs = st.dictionaries(st.binary(min_size=1, max_size=12), st.binary(max_size=20), max_size=300)


def _written(storage: FileStorage, name: str, writer: type, items: dict[bytes, bytes]) -> bytes:
    table = writer(storage.create_file(name))
    for key in sorted(items):
        table.add(key, items[key])
    table.close()
    with storage.open_file(name) as source:
        return bytes(source.read())


@settings(max_examples=60, deadline=None)
@given(pairs)
def test_same_bytes_as_whooshs_writer_and_readable(items: dict[bytes, bytes]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        storage = FileStorage(tmp)
        ours = _written(storage, "ours.trm", CompactTermsWriter, items)
        theirs = _written(storage, "theirs.trm", OrderedHashWriter, items)
        assert ours == theirs
        reader = OrderedHashReader.open(storage, "ours.trm")
        try:
            assert {key: reader[key] for key in items} == items
            assert list(reader.keys()) == sorted(items)
        finally:
            reader.close()


def test_keys_must_increase(tmp_path: Path) -> None:
    table = CompactTermsWriter(FileStorage(str(tmp_path)).create_file("t.trm"))
    table.add(b"b", b"1")
    try:
        for key in (b"a", b"b"):
            with pytest.raises(ValueError, match="Keys must increase"):
                table.add(key, b"2")
    finally:
        table.close()

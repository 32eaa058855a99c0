"""Packed text columns read back exactly what went in, alone and joined."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ponder.core.packed import Joined, PackedText

texts = st.lists(st.text(), max_size=30)


@given(texts)
def test_packed_text_reads_back_every_string(values: list[str]) -> None:
    packed = PackedText(values)
    assert len(packed) == len(values)
    assert list(packed) == values
    assert [packed[i] for i in range(len(values))] == values
    assert [packed[-i] for i in range(1, len(values) + 1)] == values[::-1]
    assert packed[1:-1:2] == values[1:-1:2]
    assert [packed.raw(i) for i in range(len(values))] == [v.encode("utf-8") for v in values]


@given(st.lists(st.binary(), max_size=30))
def test_packed_bytes_keep_their_bytes(values: list[bytes]) -> None:
    packed = PackedText(values)
    assert [packed.raw(i) for i in range(len(values))] == values


@given(st.lists(texts, max_size=6))
def test_joined_numbers_the_parts_one_after_the_other(parts: list[list[str]]) -> None:
    joined = Joined([PackedText(part) for part in parts])
    whole = [value for part in parts for value in part]
    assert len(joined) == len(whole)
    assert list(joined) == whole
    assert [joined[i] for i in range(len(whole))] == whole
    assert [joined.raw(i) for i in range(len(whole))] == [v.encode("utf-8") for v in whole]
    assert joined[::3] == whole[::3]
    if whole:
        assert joined[-1] == whole[-1]


def test_out_of_range_raises_index_error() -> None:
    packed = PackedText(["a", "b"])
    joined = Joined([packed, PackedText([]), PackedText(["c"])])
    assert joined[2] == "c"
    for sequence in (packed, joined):
        with pytest.raises(IndexError):
            sequence[len(sequence)]
    with pytest.raises(IndexError):
        joined[-4]


def test_packed_text_is_smaller_than_a_list_of_str() -> None:
    paths = [f"pages/common/note-{n:06d}.md" for n in range(10_000)]
    packed = PackedText(paths)
    listed = sum(len(p) + 49 for p in paths) + 8 * len(paths)  # str header + pointer
    assert packed.nbytes() < listed / 2

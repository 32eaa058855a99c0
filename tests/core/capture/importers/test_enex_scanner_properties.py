"""Property test: the ENEX note scanner survives any cut or junk in a real export."""

from __future__ import annotations

import io
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from ponder.core.capture.importers.enex_notes import NoteScanner
from ponder.core.capture.importers.report import ImportFileError

WHOLE = (Path(__file__).parent / "enex_faults" / "malformed.enex").read_bytes()


def test_a_whole_file_yields_each_note_once() -> None:
    found = list(NoteScanner(io.BytesIO(WHOLE)))
    assert [n.title for n in found] == ["One", "R&D plans", "Three", "Four", "Five"]
    assert all(n.complete for n in found)


@settings(max_examples=80, deadline=None)
@given(st.data())
def test_any_cut_or_junk(data: st.DataObject) -> None:
    """Whatever is cut out or slipped in, the scanner ends, and every note it yields starts
    with `<note>` and is numbered in order."""
    start = data.draw(st.integers(0, len(WHOLE)))
    end = data.draw(st.integers(start, len(WHOLE)))
    junk = data.draw(st.sampled_from([b"", b"<note>", b"</note>", b"<![CDATA[", b"]]>", b"\x00&"]))
    try:
        found = list(NoteScanner(io.BytesIO(WHOLE[:start] + junk + WHOLE[end:])))
    except ImportFileError:
        return  # the prologue itself was cut away: not an export
    assert all(n.data.startswith(b"<note") and n.line >= 1 for n in found)
    assert [n.number for n in found] == list(range(1, len(found) + 1))

"""Taking back a rename that rewrote links, a *Link it* and an import: every file as it was,
byte for byte, and never over an edit made since."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ponder.core.library import Library
from ponder.core.model import NotePath
from ponder.core.undo import Snapshot, linked, retitled

LINKING = {
    "Garden.md": "Feed the [[Soil]] in spring.\r\nAnd again in autumn.\r\n",  # CRLF kept
    "notes/Beds.md": "\ufeff---\ntitle: Beds\n---\nRaised beds need [[Soil|good soil]].\n",
    "notes/Paths.md": "See [the soil note](../Soil.md) and [[Soil#Loam]].\n",
}


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    root = tmp_path / "vault"
    (root / "notes").mkdir(parents=True)
    (root / "Soil.md").write_text("---\ntitle: Soil\n---\n# Loam\nDark and crumbly.\n", "utf-8")
    for name, text in LINKING.items():
        (root / name).write_bytes(text.encode("utf-8"))
    lib = Library.open(root, tmp_path / "cache")
    lib.reconcile()
    yield lib
    lib.close()


def files(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*.md"))
        if ".trash" not in p.parts
    }


def test_undoing_a_rename_puts_every_file_back_byte_for_byte(library: Library) -> None:
    before = files(library.root)
    new_path, changes, reversal = retitled(library, NotePath("Soil.md"), "Topsoil")
    assert new_path == "Topsoil.md"
    assert reversal.rewritten == 3 == len(changes.updated)
    assert files(library.root) != before
    undone = reversal.run(library)
    assert files(library.root) == before
    assert undone.moved == (("Topsoil.md", "Soil.md"),) and not undone.problems
    assert library.resolve_link("Soil") == "Soil.md"  # the index follows the files back


def test_a_note_edited_after_the_rename_is_left_alone_and_named(library: Library) -> None:
    _new, _changes, reversal = retitled(library, NotePath("Soil.md"), "Topsoil")
    garden = library.root / "Garden.md"
    edited = garden.read_bytes() + b"Mulch too.\n"
    garden.write_bytes(edited)
    undone = reversal.run(library)
    assert garden.read_bytes() == edited  # never over an edit made since
    assert [p.path for p in undone.problems] == ["Garden.md"]
    assert (library.root / "notes" / "Beds.md").read_bytes() == LINKING["notes/Beds.md"].encode()


def test_undoing_link_it_restores_the_mentioning_note(library: Library) -> None:
    mentions = library.root / "notes" / "Mentions.md"
    original = b"Loam is a kind of soil.\r\nSoil holds water.\r\n"
    mentions.write_bytes(original)
    library.reconcile()
    ref = next(r for r in library.unlinked_mentions(NotePath("Soil.md")) if "Mentions" in r.source)
    changes, reversal = linked(library, ref, NotePath("Soil.md"))
    assert changes.updated == {"notes/Mentions.md"} and b"[[" in mentions.read_bytes()
    reversal.run(library)
    assert mentions.read_bytes() == original


def test_undoing_an_import_moves_the_new_notes_to_the_trash(
    library: Library, tmp_path: Path
) -> None:
    from ponder.core.capture.importers import import_path

    export = tmp_path / "export"
    export.mkdir()
    for number in range(12):
        (export / f"Imported {number}.md").write_text(f"Note {number}.\n", "utf-8")
    before = files(library.root)
    report = import_path(library, "markdown-folder", export)
    assert len(report.changes.added) == 12
    undone = Snapshot({}).after(library, report.changes).run(library)
    assert files(library.root) == before
    assert undone.removed == report.changes.added
    trashed = {entry.original for entry in library.trash_entries()}
    assert trashed == set(report.changes.added)  # restorable from .trash/

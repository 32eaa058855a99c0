"""What names a note: one resolver for every command that takes a note."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ponder.core.library import Library
from ponder.core.note_refs import NoteRefError, resolve_note


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    root = tmp_path / "vault"
    for path, text in {
        "notes/Build cache.md": "---\nid: abc-123\ntitle: Build cache\n---\nkeys\n",
        "en/Install.md": "# Install\n",
        "de/Install.md": "# Installieren\n",
        "journal/2026-12-04.md": "today\n",
    }.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(text, "utf-8")
    lib = Library.open(root, tmp_path / "cache")
    lib.reconcile()
    yield lib
    lib.close()


def test_each_way_of_naming_a_note(library: Library, tmp_path: Path) -> None:
    root = library.vault.root
    link = tmp_path / "link-to-vault"
    link.symlink_to(root)
    for ref in (
        str(root / "notes/Build cache.md"),
        str(link / "notes/Build cache.md"),  # the vault reached through a symlink
        "notes/Build cache.md",
        "notes/Build cache",
        "notes\\Build cache.md",
        "abc-123",
        "  build cache  ",
        "Build cache.md",
    ):
        assert resolve_note(library, ref) == "notes/Build cache.md", ref
    assert resolve_note(library, "journal/2026-12-04") == "journal/2026-12-04.md"
    assert resolve_note(library, "en/Install") == "en/Install.md"


def test_ambiguous_missing_and_outside_names_list_what_to_do(library: Library) -> None:
    with pytest.raises(NoteRefError, match="names 2 notes") as ambiguous:
        resolve_note(library, "Install.md")
    assert ambiguous.value.candidates == ("de/Install.md", "en/Install.md")
    with pytest.raises(NoteRefError, match="No note matches") as missing:
        resolve_note(library, "notes/build-cache.md")
    assert missing.value.candidates == ("notes/Build cache.md",)
    assert "Did you mean:\n  notes/Build cache.md" in str(missing.value)
    with pytest.raises(NoteRefError, match="outside the vault"):
        resolve_note(library, "/etc/passwd")
    for nothing in ("", "   ", "../vault/notes/Build cache.md", "nothing like it"):
        with pytest.raises(NoteRefError) as error:
            resolve_note(library, nothing)
        assert error.value.candidates == () or nothing.startswith("..")
    assert library.resolve("Install.md") is None and library.resolve("abc-123") is not None

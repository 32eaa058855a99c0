"""Markdown folders (Logseq, Dendron, Foam, Obsidian) copied into the vault, never over a file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from ponder.core.capture.importers import ImportReport, detect_format
from ponder.core.library import Library

Meta = Callable[[str], dict[str, object]]


@pytest.mark.parametrize(
    ("corpus_name", "notes", "kind"),
    [
        # `find -name '*.md' -not -path '*/.*'`: hidden folders (.github, .claude…) are skipped
        ("logseq-docs", 318, "a Logseq graph"),  # 318 .md files, none hidden
        ("dendron-site", 1016, "a Dendron vault"),  # 1,017 .md files, 1 in .github/
        ("foam", 107, "a folder of Markdown notes"),  # 112 .md files, 5 in .changeset/, .claude/
    ],
)
def test_a_corpus_is_copied_and_a_second_import_adds_nothing(
    corpus: Callable[[str], Path],
    run: Callable[..., ImportReport],
    library: Library,
    corpus_name: str,
    notes: int,
    kind: str,
) -> None:
    source = corpus(corpus_name)
    parts = (p.relative_to(source).parts for p in source.rglob("*.md"))
    md_files = sum(1 for p in parts if not any(part.startswith(".") for part in p))
    assert detect_format(source) == "markdown-folder"
    report = run(source)
    assert len(report.imported) == md_files == notes, report.failed[:3]
    assert library.note_count() == notes
    assert any(kind in n and "open the folder itself as a vault" in n for n in report.notices)
    again = run(source)
    assert again.imported == [] and len(again.skipped) >= notes
    assert all(s.reason == "imported before" for s in again.skipped if s.item.endswith(".md"))


def test_logseq_properties_become_front_matter_and_journals_are_dated(
    tmp_path: Path, run: Callable[..., ImportReport], front: Meta, body: Callable[[str], str]
) -> None:
    graph = tmp_path / "graph"
    (graph / "pages").mkdir(parents=True)
    (graph / "journals").mkdir()
    (graph / "logseq").mkdir()
    (graph / "logseq" / "config.edn").write_text("{}", "utf-8")
    (graph / "pages" / "Topic.md").write_text(
        "type:: [[Feature]]\ntags:: a, [[b c]], #d\nalias:: T\n\n- first block\n", "utf-8"
    )
    (graph / "journals" / "2024_01_31.md").write_text("- did things\n", "utf-8")
    report = run(graph)
    assert sorted(report.imported) == ["graph/journals/2024-01-31.md", "graph/pages/Topic.md"]
    meta = front("graph/pages/Topic.md")
    assert meta == {"type": "[[Feature]]", "tags": ["a", "b c", "d"], "aliases": ["T"]}
    assert body("graph/pages/Topic.md") == "- first block\n"
    day = front("graph/journals/2024-01-31.md")
    assert day == {"title": "2024-01-31", "kind": "journal", "created": "2024-01-31"}


def test_links_hidden_folders_and_other_files_are_not_followed(
    tmp_path: Path, run: Callable[..., ImportReport], library: Library
) -> None:
    notes = tmp_path / "notes"
    (notes / ".obsidian").mkdir(parents=True)
    (notes / "img").mkdir()
    (notes / "a.md").write_text("![x](img/x.png)\n", "utf-8")
    (notes / "img" / "x.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (notes / "bad.md").write_bytes(b"caf\xe9\n")
    (notes / "settings.edn").write_text("{}", "utf-8")
    outside = tmp_path / "secret.md"
    outside.write_text("SECRET", "utf-8")
    (notes / "link.md").symlink_to(outside)
    report = run(notes)
    assert report.imported == ["notes/a.md"]
    assert report.attachments == ["notes/img/x.png"]
    reasons = {o.item: o.reason for o in report.skipped + report.failed}
    assert "symbolic link" in reasons["link.md"]
    assert "not UTF-8" in reasons["bad.md"]
    assert "not a note" in reasons["settings.edn"]
    assert any("an Obsidian vault" in n for n in report.notices)
    assert not (library.vault.root / "notes" / ".obsidian").exists()
    assert all(b"SECRET" not in f.read_bytes() for f in library.vault.root.rglob("*.md"))


def test_an_edited_copy_is_left_alone_and_the_vault_cannot_import_itself(
    tmp_path: Path, run: Callable[..., ImportReport], library: Library
) -> None:
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "a.md").write_text("one\n", "utf-8")
    run(notes)
    (library.vault.root / "notes" / "a.md").write_text("edited in the vault\n", "utf-8")
    again = run(notes)
    assert again.imported == [] and "left as it is" in again.skipped[0].reason
    assert (library.vault.root / "notes" / "a.md").read_text("utf-8") == "edited in the vault\n"
    itself = run(library.vault.root, "markdown-folder")
    assert "inside the vault" in itself.failed[0].reason

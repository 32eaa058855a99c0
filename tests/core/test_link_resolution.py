"""Link resolution the Obsidian way, on synthetic vaults whose every answer is written by hand."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ponder.core.library import Library
from ponder.core.model import NotePath
from ponder.core.sense.links import link_spans
from ponder.core.sense.resolve import Flavor

NOTES = {
    "A/Note.md": "# Note in A\n",
    "B/Note.md": "# Note in B\n",
    "C/deep/Note.md": "",
    "Folder/Sub/Page.md": "",
    "Other/Folder/Sub/Page.md": "",
    "Projects/Plan.md": "---\ntitle: The Plan\naliases: [Blueprint]\n---\n",
    "Projects/plan 2024.md": "",
    "people/Ada Lovelace.md": "---\naliases: [Countess]\n---\n",
    "Top.md": "",
    "x/Top.md": "",
    "C# tips.md": "# C# tips\n",
}
FILES = {"attachments/diagram.png": b"\x89PNG", "attachments/paper.pdf": b"%PDF"}

# (linking note, the link as written, the file it must open) — worked out by hand from the rule.
EXPECTED: list[tuple[str, str, str | None]] = [
    ("B/src.md", "[[Note]]", "B/Note.md"),  # a note beside the source wins
    ("C/src.md", "[[Note]]", "A/Note.md"),  # else the shortest path; A/ and B/ tie: by name
    ("C/deep/src.md", "[[note]]", "C/deep/Note.md"),  # beside the source, any case
    ("C/src.md", "[[B/Note]]", "B/Note.md"),  # an exact vault path
    ("C/src.md", "[[b/note.md]]", "B/Note.md"),  # with .md, any case
    ("Other/src.md", "[[Folder/Sub/Page]]", "Folder/Sub/Page.md"),  # exact beats ending with
    ("src.md", "[[Sub/Page]]", "Folder/Sub/Page.md"),  # a partial path: the shorter match
    ("Other/Folder/Sub/src.md", "[[Sub/Page]]", "Other/Folder/Sub/Page.md"),  # beside it
    ("src.md", "[[deep/Note]]", "C/deep/Note.md"),
    ("src.md", "[[ub/Page]]", None),  # paths match at folder boundaries only
    ("B/src.md", "[[Missing|Note]]", None),  # display text is never a target
    ("src.md", "[[Ada Lovelace|Ada]]", "people/Ada Lovelace.md"),
    ("src.md", "[[Countess]]", None),  # aliases feed completion, not resolution
    ("src.md", "[[The Plan]]", None),  # nor do titles
    ("x/src.md", "[[Top]]", "Top.md"),  # the exact vault path beats the note beside
    ("x/src.md", "[[x/Top]]", "x/Top.md"),
    ("src.md", "![[diagram.png|300]]", "attachments/diagram.png"),  # attachments are files
    ("src.md", "[[paper.pdf]]", "attachments/paper.pdf"),
    ("src.md", "[[diagram]]", None),  # an attachment is named with its extension
    ("src.md", "[[C# tips]]", None),  # Obsidian reads `C` and the heading ` tips`
    ("src.md", "[see](C%23%20tips.md)", "C# tips.md"),  # ...but reaches it this way
    ("B/src.md", "[[#Part]]", "B/src.md"),  # a heading of the note itself
    # Markdown links: relative to the linking note first, then the vault rules
    ("B/src.md", "[t](Note.md)", "B/Note.md"),
    ("B/src.md", "[t](../A/Note.md)", "A/Note.md"),
    ("Projects/src.md", "[t](plan%202024.md)", "Projects/plan 2024.md"),
    ("src.md", "[t](<Projects/plan 2024.md>)", "Projects/plan 2024.md"),
    ("src.md", "[t](Projects/Plan)", "Projects/Plan.md"),
    ("src.md", "[t](Plan.md#Goals)", "Projects/Plan.md"),
    ("src.md", "[t](https://example.org/Note.md)", None),
    ("src.md", "[t](../Note.md)", None),  # outside the vault
]


def write_vault(root: Path, notes: dict[str, str], files: dict[str, bytes]) -> None:
    for rel, text in notes.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    for rel, data in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(data)


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Library]:
    root = tmp_path / "vault"
    sources: dict[str, str] = {}
    for source, raw, _ in EXPECTED:
        sources[source] = sources.get(source, "") + f"- {raw}\n"
    write_vault(root, {**NOTES, **sources}, FILES)
    library = Library.open(root, tmp_path / "cache")
    library.reconcile()
    yield library
    library.close()


def test_every_link_resolves_as_worked_out_by_hand(vault: Library) -> None:
    resolver = vault.link_resolver(with_files=True)
    assert resolver.flavor is Flavor.OBSIDIAN
    for source, raw, expected in EXPECTED:
        text = f"- {raw}\n"
        (found,) = list(link_spans(text))
        assert found.raw == raw
        assert resolver.resolve(found.link, source) == expected, (source, raw)


def test_backlinks_count_every_syntax_and_only_true_links(vault: Library) -> None:
    b_note = {(r.source, r.context) for r in vault.backlinks(NotePath("B/Note.md"))}
    assert b_note == {
        ("B/src.md", "- [[Note]]"),
        ("C/src.md", "- [[B/Note]]"),
        ("C/src.md", "- [[b/note.md]]"),
        ("B/src.md", "- [t](Note.md)"),
    }
    a_note = {r.context for r in vault.backlinks(NotePath("A/Note.md"))}
    assert a_note == {"- [[Note]]", "- [t](../A/Note.md)"}
    plan = {r.context for r in vault.backlinks(NotePath("Projects/plan 2024.md"))}
    assert plan == {"- [t](plan%202024.md)", "- [t](<Projects/plan 2024.md>)"}
    assert vault.resolve_link("Note", "B/src.md") == "B/Note.md"
    assert vault.resolve_link("Note", "C/src.md") == "A/Note.md"


def test_rename_updates_every_syntax_and_nothing_else(vault: Library) -> None:
    before = {p: vault.vault.read(NotePath(p))[0] for p in ("B/src.md", "C/src.md", "src.md")}
    vault.rename(NotePath("B/Note.md"), NotePath("B/Renamed note.md"))
    after = {p: vault.vault.read(NotePath(p))[0] for p in before}
    assert after["B/src.md"] == before["B/src.md"].replace(
        "- [[Note]]\n", "- [[Renamed note]]\n"
    ).replace("- [t](Note.md)\n", "- [t](Renamed%20note.md)\n")
    assert "- [[Missing|Note]]\n" in after["B/src.md"]  # a dangling link's text is kept
    assert after["C/src.md"] == before["C/src.md"].replace(
        "[[B/Note]]", "[[Renamed note]]"
    ).replace("[[b/note.md]]", "[[Renamed note.md]]")
    assert "- [[Note]]\n" in after["C/src.md"]  # it named A/Note.md: untouched
    assert after["src.md"] == before["src.md"]


def test_a_new_name_that_would_capture_links_keeps_them_where_they_were(vault: Library) -> None:
    # `[[Note]]` in C/deep/src.md names C/deep/Note.md; `[[Note]]` in C/src.md names A/Note.md.
    # Moving x/Top.md to C/Note.md puts a Note beside C/src.md: its link must still reach A/.
    vault.rename(NotePath("x/Top.md"), NotePath("C/Note.md"))
    text = vault.vault.read(NotePath("C/src.md"))[0]
    assert "- [[A/Note]]\n" in text
    resolver = vault.link_resolver()
    for found in link_spans(text):
        if found.raw == "[[A/Note]]":
            assert resolver.resolve(found.link, "C/src.md") == "A/Note.md"


def test_dendron_vault_reads_label_then_target(tmp_path: Path) -> None:
    root = tmp_path / "dendron"
    notes = {
        "vault/recipes.md": "[[Ingredients|recipes.ingredients]] and [[recipes.ingredients|x]]\n",
        "vault/recipes.ingredients.md": "",
    }
    write_vault(root, notes, {"dendron.yml": b"version: 5\n"})
    with Library.open(root, tmp_path / "cache") as library:
        library.reconcile()
        resolver = library.link_resolver()
        assert resolver.flavor is Flavor.DENDRON
        links = [f.link for f in link_spans(notes["vault/recipes.md"])]
        assert [resolver.resolve(link, "vault/recipes.md") for link in links] == [
            "vault/recipes.ingredients.md",
            None,  # in Dendron the part after the bar is the target: `x` names nothing
        ]
        library.rename(
            NotePath("vault/recipes.ingredients.md"), NotePath("vault/recipes.shopping.md")
        )
        text = library.vault.read(NotePath("vault/recipes.md"))[0]
        assert text == "[[Ingredients|recipes.shopping]] and [[recipes.ingredients|x]]\n"
    (root / "dendron.yml").unlink()
    with Library.open(root, tmp_path / "cache2") as library:
        library.reconcile()
        resolver = library.link_resolver()
        links = [f.link for f in link_spans(text)]
        # the same text in an Obsidian vault: the part before the bar is the target
        assert [resolver.resolve(link, "vault/recipes.md") for link in links] == [None, None]


def test_logseq_vault_names_pages_by_title_and_alias(tmp_path: Path) -> None:
    root = tmp_path / "logseq"
    notes = {
        "pages/ns___page.md": "alias:: Another name\n",
        "pages/custom.md": "title:: Custom Title\n",
        "journals/2026_01_01.md": "[[ns/page]] [[Another name]] [[Custom Title]]\n",
    }
    write_vault(root, notes, {"logseq/config.edn": b"{}\n"})
    with Library.open(root, tmp_path / "cache") as library:
        library.reconcile()
        resolver = library.link_resolver()
        assert resolver.flavor is Flavor.LOGSEQ
        links = [f.link for f in link_spans(notes["journals/2026_01_01.md"])]
        source = "journals/2026_01_01.md"
        assert [resolver.resolve(link, source) for link in links] == [
            "pages/ns___page.md",
            "pages/ns___page.md",
            "pages/custom.md",
        ]
        sources = {r.source for r in library.backlinks(NotePath("pages/ns___page.md"))}
        assert sources == {source}

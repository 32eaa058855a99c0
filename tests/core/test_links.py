"""Wikilinks on the real Foam, Logseq and Dendron vaults: resolving, backlinks, mentions."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path, PurePosixPath

import pytest

from ponder.core.library import Library
from ponder.core.model import Link, NotePath
from ponder.core.sense.links import find_mentions, link_mention, link_spans, wikilink_spans
from ponder.core.sense.rename import rewrite_links
from ponder.core.sense.resolve import LinkResolver, NoteName, link_path


def wiki(target: str, alias: str | None = None) -> Link:
    return Link(target=target, kind="wiki", alias=alias)


def test_resolver_file_name_rules() -> None:
    resolver = LinkResolver(
        [
            NoteName(NotePath("notes/Build Cache.md"), "How the build cache works", ("bc",)),
            NoteName(NotePath("archive/deep/Build Cache.md")),
            NoteName(NotePath("pages/Community___Sprint.md"), "Community/Sprint"),
            NoteName(NotePath("vault/community.discord.roles.md"), "Roles"),
        ]
    )
    assert resolver.resolve(wiki("build cache")) == "notes/Build Cache.md"  # shortest path wins
    assert resolver.resolve(wiki("build cache"), "archive/deep/x.md") == (
        "archive/deep/Build Cache.md"  # ...unless one is beside the linking note
    )
    assert resolver.resolve(wiki("archive/deep/Build Cache")) == "archive/deep/Build Cache.md"
    assert resolver.resolve(wiki("how the build cache works")) is None  # titles: no
    assert resolver.resolve(wiki("BC")) is None  # aliases: no
    assert resolver.resolve(wiki("Community/Sprint")) == "pages/Community___Sprint.md"
    assert resolver.resolve(wiki("community.discord.roles")) == "vault/community.discord.roles.md"
    assert resolver.resolve(wiki("here", "community.discord.roles")) is None  # not Dendron
    assert resolver.resolve(wiki("dendron://site/community.discord.roles")) == (
        "vault/community.discord.roles.md"
    )
    assert resolver.resolve(wiki("nowhere")) is None


def test_rewrite_keeps_headings_aliases_embeds_and_code() -> None:
    before = LinkResolver([NoteName(NotePath("notes/Old.md")), NoteName(NotePath("b.md"))])
    after = before.moved(NotePath("notes/Old.md"), NotePath("notes/New.md"))
    text = (
        "See [[Old]], [[old#Part|x]], ![[notes/Old]], [[label|Old]] and [[b]].\n"
        "| [[Old\\|in a table]] |\n"
        "`[[Old]]` stays\n```\n[[Old]]\n```\n"
    )
    out, changes = rewrite_links(
        text, ("a.md", "a.md"), (before, after), {"notes/Old.md": "notes/New.md"}
    )
    assert out == (
        "See [[New]], [[New#Part|x]], ![[New]], [[label|Old]] and [[b]].\n"
        "| [[New\\|in a table]] |\n"
        "`[[Old]]` stays\n```\n[[Old]]\n```\n"
    )
    assert [(c.before, c.after) for c in changes][:2] == [
        ("[[Old]]", "[[New]]"),
        ("[[old#Part|x]]", "[[New#Part|x]]"),
    ]
    spans = list(wikilink_spans(out))
    assert [text_of(out, s.start, s.end) for s, _ in spans][:2] == ["[[New]]", "[[New#Part|x]]"]


def text_of(text: str, start: int, end: int) -> str:
    return text[start:end]


def test_mentions_skip_links_code_and_partial_words() -> None:
    text = (
        "Build cache here. [[Build cache]] and `build cache` and rebuild cacheing; BUILD CACHE.\n"
    )
    spans = find_mentions(text, ["Build cache"])
    assert [text[s.start : s.end] for s in spans] == ["Build cache", "BUILD CACHE"]
    linked = link_mention(text, spans[1], "Build cache")
    assert linked == text.replace("; BUILD CACHE.", "; [[Build cache|BUILD CACHE]].")
    assert link_mention(text, spans[0], "Build cache").startswith("[[Build cache]] here.")


@pytest.fixture
def open_corpus(
    corpus: Callable[[str], Path], tmp_path: Path
) -> Iterator[Callable[[str], Library]]:
    opened: list[Library] = []

    def make(name: str) -> Library:
        root = corpus(name)
        # The archives kept only Markdown; the real repositories have these marker files.
        if name == "dendron-site":
            (root / "dendron.yml").write_text("version: 5\n", "utf-8")
        elif name == "logseq-docs":
            (root / "logseq").mkdir(exist_ok=True)
            (root / "logseq" / "config.edn").write_text("{}\n", "utf-8")
        library = Library.open(root, tmp_path / f"cache-{name}")
        library.reconcile()
        opened.append(library)
        return library

    yield make
    for library in opened:
        library.close()


def stems_on_disk(root: Path) -> dict[str, set[str]]:
    """An independent oracle: file stem (casefolded) → the vault-relative paths with that stem."""
    found: dict[str, set[str]] = {}
    for dirpath, dirnames, files in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".") and d != "node_modules"]
        for name in files:
            if name.lower().endswith(".md"):
                rel = Path(dirpath, name).relative_to(root).as_posix()
                found.setdefault(Path(name).stem.casefold(), set()).add(rel)
    return found


@pytest.mark.parametrize("name", ["foam", "logseq-docs", "dendron-site"])
def test_every_link_to_an_existing_file_resolves(
    open_corpus: Callable[[str], Library], name: str
) -> None:
    library = open_corpus(name)
    oracle = stems_on_disk(library.vault.root)
    resolver = library.link_resolver()
    checked = 0
    for entry in library.vault.scan():
        text, _ = library.vault.read(entry.path)
        for found in link_spans(text):
            written = link_path(found.link, resolver.flavor)
            stem = written.split("/")[-1].removesuffix(".md").casefold()
            if stem in oracle and "/" not in written and found.link.kind == "wiki":
                resolved = resolver.resolve(found.link, entry.path)
                assert resolved is not None, (entry.path, found.link)
                assert PurePosixPath(resolved).stem.casefold() == stem
                checked += 1
    assert checked > 20


def test_foam_links_resolve_as_read_by_hand(open_corpus: Callable[[str], Library]) -> None:
    library = open_corpus("foam")
    resolver = library.link_resolver()
    assert resolver.resolve(wiki("wikilinks")) == "docs/user/features/wikilinks.md"
    assert resolver.resolve(wiki("graph-view")) == "docs/user/features/graph-view.md"
    sources = {ref.source for ref in library.backlinks(NotePath("docs/user/features/wikilinks.md"))}
    assert "docs/user/frequently-asked-questions.md" in sources
    assert "docs/user/recipes/recipes.md" in sources


def test_logseq_pages_properties_and_namespaces(open_corpus: Callable[[str], Library]) -> None:
    library = open_corpus("logseq-docs")
    resolver = library.link_resolver()
    assert resolver.resolve(wiki("All Platforms")) == "pages/All Platforms.md"
    assert resolver.resolve(wiki("Community/Query Learning Sprint (Summer 2022)")) == (
        "pages/Community___Query Learning Sprint (Summer 2022).md"
    )
    # `alias:: Reload` on a namespaced whiteboard page
    assert resolver.resolve(wiki("Reload")) == "pages/Whiteboard___Action Bar___Reload.md"
    # `title:: custom.css` pages are found by their title property
    hits = library.search('title:"custom.css"').hits
    assert hits and all(h.title.casefold() == "custom.css" for h in hits[:1])


def test_dendron_titles_are_searchable(open_corpus: Callable[[str], Library]) -> None:
    library = open_corpus("dendron-site")
    paths = {h.path for h in library.search("title:roles", limit=50).hits}
    assert "vault/community.discord.roles.md" in paths
    # dotted hierarchy names are found by each part
    parts = {h.path for h in library.search("path:vault/community.discord", limit=200).hits}
    assert "vault/community.discord.roles.md" in parts
    sources = {
        ref.source for ref in library.backlinks(NotePath("vault/community.discord.roles.md"))
    }
    assert len(sources) >= 10


def test_rename_updates_links_and_mentions_can_be_linked(tmp_path: Path) -> None:
    root = tmp_path / "v"
    root.mkdir()
    (root / "Target.md").write_text("# Target\nthe target note\n", "utf-8")
    (root / "a.md").write_text("Links [[Target]] and [[Target#Part|see]].\n", "utf-8")
    (root / "b.md").write_text("Mentions target without a link.\n", "utf-8")
    with Library.open(root, tmp_path / "cache") as library:
        library.reconcile()
        assert [r.source for r in library.backlinks(NotePath("Target.md"))] == ["a.md", "a.md"]
        mentions = library.unlinked_mentions(NotePath("Target.md"))
        assert [(m.source, m.context) for m in mentions] == [
            ("b.md", "Mentions target without a link.")
        ]
        changes = library.link_mention(mentions[0], NotePath("Target.md"))
        assert changes.updated == {"b.md"}
        assert (root / "b.md").read_text("utf-8") == "Mentions [[Target|target]] without a link.\n"

        new_path, changes = library.retitle(NotePath("Target.md"), "Renamed")
        assert new_path == "Renamed.md" and not (root / "Target.md").exists()
        assert changes.updated == {"a.md", "b.md"}
        assert (root / "a.md").read_text("utf-8") == "Links [[Renamed]] and [[Renamed#Part|see]].\n"
        assert (root / "b.md").read_text("utf-8") == "Mentions [[Renamed|target]] without a link.\n"
        assert {r.source for r in library.backlinks(new_path)} == {"a.md", "b.md"}


def test_a_link_reference_definition_is_a_link_in_its_own_syntax() -> None:
    text = (
        "See [the guide][g] and [x](a.md).\n\n"
        '[g]: <other note.md> "Title"\n'
        "[h]: sub/n%20x.md#part\n"
        "[^1]: a footnote is prose\n"
        "```\n[c]: code.md\n```\n"
    )
    found = [(f.raw, f.link.target, text[f.target_start : f.target_end]) for f in link_spans(text)]
    assert found == [
        ("[x](a.md)", "a.md", "a.md"),
        ('[g]: <other note.md> "Title"', "other note.md", "other note.md"),
        ("[h]: sub/n%20x.md#part", "sub/n%20x.md#part", "sub/n%20x.md"),
    ]


def test_rename_rewrites_a_reference_definition_and_its_uses_stay_backlinks(
    tmp_path: Path,
) -> None:
    root = tmp_path / "v"
    (root / "notes").mkdir(parents=True)
    (root / "notes" / "Deep work.md").write_text("# Deep work\n", "utf-8")
    source = "Read [the essay][dw] twice, and [again][dw].\n\n[dw]: notes/Deep%20work.md\n"
    (root / "reader.md").write_text(source, "utf-8")
    with Library.open(root, tmp_path / "cache") as library:
        library.reconcile()
        old = NotePath("notes/Deep work.md")
        assert {r.source for r in library.backlinks(old)} == {"reader.md"}
        new_path, changes = library.retitle(old, "Focus")
        assert changes.updated == {"reader.md"}
        assert (root / "reader.md").read_text("utf-8") == source.replace(
            "notes/Deep%20work.md", "notes/Focus.md"
        )
        assert {r.source for r in library.backlinks(new_path)} == {"reader.md"}

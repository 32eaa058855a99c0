"""The inbox: what waits for a reflection, and each way of processing it."""

from __future__ import annotations

import pytest
from sense_fixtures import NOW

from ponder.core.library import Library
from ponder.core.model import Kind, NotePath
from ponder.core.sense import inbox, questions, units

CLIP = (
    "---\ntitle: A clip\nkind: clip\ncreated: 2026-12-01T08:00:00+00:00\n---\n"
    "## From the page\n\nText.\n"
)
IMPORTED = "---\ntitle: Imported\nsource: {url: 'https://example.org/a'}\n---\n> More.\n"


def _vault(library: Library) -> None:
    library.create_notes(
        [
            ("clips", "A clip", CLIP),
            ("notes", "Imported", IMPORTED),
            ("inbox", "Quick", "a quick capture\n"),
            ("notes", "Own note", "my own thought\n"),
            ("journal", "2026-12-01", "# day\n"),
        ]
    )


def _paths(library: Library) -> list[str]:
    return [item.path for item in inbox.items(library)]


def test_captures_without_reflection_wait_oldest_first(library: Library) -> None:
    _vault(library)
    assert _paths(library) == ["clips/A clip.md", "inbox/Quick.md", "notes/Imported.md"]
    (first, *_rest) = inbox.items(library)
    assert first.kind is Kind.CLIP and first.title == "A clip"


def test_a_reflection_takes_an_item_out_and_keeps_the_rest(library: Library) -> None:
    _vault(library)
    path = NotePath("clips/A clip.md")
    before = library.vault.read(path)[0]
    inbox.reflect(library, path, "It means I should write less and think more.", NOW)
    after = library.vault.read(path)[0]
    assert after.startswith(before)
    assert units.reflections(library.read(path).body)[0].text.startswith("It means")
    assert "clips/A clip.md" not in _paths(library)


def test_keep_archive_delete(library: Library) -> None:
    _vault(library)
    inbox.keep(library, NotePath("clips/A clip.md"), NOW, "worth keeping")
    inbox.archive(library, NotePath("notes/Imported.md"), NOW)
    assert _paths(library) == ["inbox/Quick.md"]
    inbox.delete(library, NotePath("inbox/Quick.md"))
    assert _paths(library) == []
    kept = library.read(NotePath("clips/A clip.md"))
    assert kept.front["processed"] == "2026-12-04"
    assert units.reflections(kept.body)[0].text == "worth keeping"
    assert library.read(NotePath("notes/Imported.md")).front["archived"] is True
    trashed = list((library.vault.root / ".trash").rglob("*.md"))
    assert [p.name for p in trashed] == ["Quick.md"]


def test_turn_into_a_question_or_a_draft(library: Library) -> None:
    _vault(library)
    question, _ = inbox.to_question(library, NotePath("clips/A clip.md"), "Does it hold?", NOW)
    (listed,) = questions.listing(library)
    assert listed.path == question and listed.status == "open"
    assert "[[clips/A clip]]" in library.read(question).body
    draft, _ = inbox.to_draft(library, NotePath("notes/Imported.md"), NOW)
    assert library.read(draft).kind is Kind.DRAFT
    assert _paths(library) == ["inbox/Quick.md"]


def test_keep_adds_tags_once(library: Library) -> None:
    _vault(library)
    path = NotePath("clips/A clip.md")
    inbox.keep(library, path, NOW, tags=["#focus", "work", "focus"])
    assert library.read(path).tags == ("focus", "work")


def test_keep_keeps_tags_written_as_text(library: Library) -> None:
    library.create_notes([("inbox", "T", "---\ntags: a, b\n---\nx\n")])
    inbox.keep(library, NotePath("inbox/T.md"), NOW, tags=["c"])
    assert library.read(NotePath("notes/T.md")).tags == ("a", "b", "c")  # filed away


def test_the_clip_pipelines_marks_are_followed(library: Library) -> None:
    """A clip saved without a reflection waits in inbox/ as `status: unprocessed`; one saved
    with a reflection (above the page's text) or an imported bookmark with its description
    does not wait; keeping files it away into clips/ without the status."""
    from ponder.core.capture import clip, clip_text

    assert inbox.UNPROCESSED == clip.UNPROCESSED
    assert inbox.ARTICLE_HEADING == clip_text.ARTICLE_HEADING
    waiting, _ = clip.save_clip(library, "https://example.org/a", title="Waiting", now=NOW)
    clip.save_clip(library, "https://example.org/b", title="Reflected", reflection="Mine.")
    described = "---\nkind: clip\nsource: {url: 'https://example.org/c'}\n---\nMy note.\n"
    quoted = "---\nkind: clip\nsource: {url: 'https://example.org/d'}\n---\n> a quote\n"
    library.create_notes([("clips", "Described", described), ("clips", "Quoted", quoted)])
    assert _paths(library) == [waiting, "clips/Quoted.md"]
    inbox.keep(library, waiting, NOW, "Now I see why.")
    moved = library.read(NotePath("clips/Waiting.md"))
    assert moved.status is None and moved.front["processed"] == "2026-12-04"
    assert not (library.vault.root / waiting).exists()
    assert _paths(library) == ["clips/Quoted.md"]


def test_link_adds_the_target_under_links_once(library: Library) -> None:
    _vault(library)
    source, target = NotePath("notes/Own note.md"), NotePath("clips/A clip.md")
    changes = inbox.link(library, source, target, NOW)
    assert source in changes.updated
    text = library.read_text(source)[0]
    assert text.endswith("my own thought\n\n## Links\n\n- [[clips/A clip]]\n")
    assert not inbox.link(library, source, target, NOW)  # already there: nothing written
    with pytest.raises(ValueError, match="itself"):
        inbox.link(library, source, source, NOW)

"""Drafts from real notes on a real vault: templates, status, shared entries, history."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from share_fixtures import CLIP, NOW, write_journal

from ponder.core import frontmatter
from ponder.core.library import Library
from ponder.core.model import NotePath
from ponder.core.share import drafts, history, templates
from ponder.core.share.attribution import for_readers
from ponder.core.share.formats import render
from ponder.core.vault import ChangedOnDiskError


def front_of(library: Library, path: NotePath) -> dict[str, object]:
    return frontmatter.read(library.vault.read(path)[0])[0]


def test_insight_draft_quotes_the_clip_and_links_back(share_library: Library) -> None:
    note, _ = share_library.create_note("My idea", body="Keys [[Build caches]].\n\nSecond.")
    path, changes = drafts.new_draft(share_library, [CLIP, note], now=NOW)
    assert changes.added == {path} and path == "drafts/On Build caches.md"
    text = share_library.vault.read(path)[0]
    front, body = frontmatter.read(text)
    assert front["kind"] == "draft" and front["status"] == "draft" and front["targets"] == []
    assert front["sources"] == [CLIP, share_library.read(note).id]
    assert "> Our CI misses the cache because keys include the timestamp." in body
    assert "> > Cache keys must be deterministic." in body
    assert "Ponder:" not in body and "article itself" not in body
    assert "> — example.com: [[clips/Build caches|Build caches]]" in body
    assert "> Second.\n>\n> — [[notes/My idea|My idea]]" in body
    assert (
        "## Sources\n\n- [Build caches](https://example.com/cache)\n- [[notes/My idea|My idea]]"
        in body
    )
    assert body.startswith("What caught my attention: …")
    shown = for_readers(share_library, text)
    slack = render(shown, "slack", links=drafts.public_links(share_library)).text
    assert "example.com: <https://example.com/cache|Build caches>" in slack
    assert "My idea" not in slack and "> Second." in slack  # quoted, credit left out


def test_selection_replaces_the_opening(share_library: Library) -> None:
    path, _ = drafts.new_draft(
        share_library, [CLIP], template="question", selections={CLIP: "Only this."}, now=NOW
    )
    body = share_library.read(path).body
    assert "> Only this.\n>\n> — example.com: [[clips/Build caches|Build caches]]" in body
    assert "## Where I'm stuck" in body and "timestamp" not in body
    assert share_library.read(path).title == "Question: Build caches"


def test_roundup_lists_links_with_their_first_sentence(share_library: Library) -> None:
    path, _ = drafts.new_draft(share_library, [CLIP], template="roundup", title="Links", now=NOW)
    body = share_library.read(path).body
    line = "- [Build caches](https://example.com/cache) — Our CI misses the cache"
    assert line in body and "$" not in body


def test_weekly_gathers_what_was_learned_in_the_iso_week(share_library: Library) -> None:
    write_journal(share_library, date(2026, 11, 16), "Monday's lesson.")
    write_journal(share_library, date(2026, 11, 22), "Sunday's lesson.")
    write_journal(share_library, date(2026, 11, 23), "Next week's lesson.")
    share_library.journal_note(date(2026, 11, 18))  # left empty: no section for it
    path, _ = drafts.new_draft(
        share_library, [], template="weekly", day=date(2026, 11, 18), now=NOW
    )
    note = share_library.read(path)
    assert note.title == "What I learned in 2026-W47"
    assert "week 2026-W47 (2026-11-16 to 2026-11-22)" in note.body
    assert "**Monday, 16 November**\n\nMonday's lesson." in note.body
    assert "Sunday's lesson." in note.body and "Next week" not in note.body
    assert "Wednesday" not in note.body
    assert "[[journal/2026-11-16|2026-11-16]]" in note.body
    assert len(note.front["sources"]) == 2  # type: ignore[arg-type]


def test_unknown_template_is_refused(share_library: Library) -> None:
    with pytest.raises(templates.TemplateError):
        drafts.new_draft(share_library, [CLIP], template="nope", now=NOW)


def test_status_changes_only_that_line(share_library: Library, tmp_path: Path) -> None:
    path, _ = drafts.new_draft(share_library, [CLIP], now=NOW)
    before = share_library.vault.read(path)[0]
    changes = drafts.set_status(share_library, path, "ready")
    after = share_library.vault.read(path)[0]
    assert changes.updated == {path}
    assert after == before.replace("status: draft", "status: ready")
    with pytest.raises(drafts.DraftError):
        drafts.set_status(share_library, path, "published")


def test_record_shared_writes_draft_and_sources_once(share_library: Library) -> None:
    path, _ = drafts.new_draft(share_library, [CLIP], now=NOW)
    clip_before = share_library.vault.read(CLIP)[0]
    args = {"channel": "mastodon", "account": "@me@x.social", "url_or_id": "https://x.social/1"}
    changes = drafts.record_shared(share_library, path, at=NOW, **args)
    assert changes.updated == {path, CLIP} and not changes.problems
    entry = {
        "channel": "mastodon",
        "account": "@me@x.social",
        "url": "https://x.social/1",
        "at": "2026-11-18T09:30:00+01:00",
    }
    assert front_of(share_library, path)["shared"] == [entry]
    assert front_of(share_library, path)["status"] == "posted"
    assert front_of(share_library, CLIP)["shared"] == [entry]
    clip_after = share_library.vault.read(CLIP)[0]
    assert clip_after.startswith(clip_before[: clip_before.index("---\n", 4)])
    assert clip_after.split("---\n", 2)[2] == clip_before.split("---\n", 2)[2]
    again = drafts.record_shared(share_library, path, at=NOW, **args)
    assert not again and front_of(share_library, CLIP)["shared"] == [entry]
    [shared] = history.shared_history(share_library)
    assert (shared.draft, shared.channel, shared.url) == (path, "mastodon", "https://x.social/1")
    assert shared.at == NOW and shared.sources == (CLIP,)
    [info] = history.list_drafts(share_library)
    assert (info.path, info.status, info.shared) == (path, "posted", 1)


def test_record_shared_reports_a_missing_source(share_library: Library) -> None:
    path, _ = drafts.new_draft(share_library, [CLIP], now=NOW)
    share_library.trash(CLIP)
    changes = drafts.record_shared(
        share_library, path, channel="slack", account="team", url_or_id="123.456", at=NOW
    )
    assert changes.updated == {path}
    assert [p.path for p in changes.problems] == [path]


def test_edits_refuse_a_draft_changed_on_disk(share_library: Library) -> None:
    path, _ = drafts.new_draft(share_library, [CLIP], now=NOW)
    text, stamp = share_library.vault.read(path)
    original_read = share_library.vault.read

    def stale_read(note: NotePath) -> tuple[str, object]:
        return text, stamp

    full = share_library.vault.root / path
    full.write_text(text + "edited elsewhere\n", "utf-8")
    share_library.vault.read = stale_read  # type: ignore[method-assign,assignment]
    try:
        with pytest.raises(ChangedOnDiskError):
            drafts.set_status(share_library, path, "ready")
    finally:
        share_library.vault.read = original_read  # type: ignore[method-assign]
    assert "status: draft" in full.read_text("utf-8")


def test_draft_from_a_shared_corpus_note(corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root = corpus("foam")
    with Library.open(root, tmp_path / "foam-cache") as library:
        library.reconcile()
        source = NotePath(sorted(p for p in library.index.stamps() if p.endswith("readme.md"))[0])
        path, _ = drafts.new_draft(library, [source], now=NOW)
        text = library.vault.read(path)[0]
        assert f"[[{source.removesuffix('.md')}" in text
        for target in ("slack", "teams", "matrix", "mastodon", "discourse"):
            rendered = render(text, target, links=drafts.public_links(library))
            assert rendered.plain and str(root) not in rendered.text

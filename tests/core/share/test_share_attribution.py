"""A draft Ponder makes passes its own privacy check; what it quotes from clips and credits."""

from __future__ import annotations

import pytest
from share_fixtures import NOW, fill_in

from ponder.core.library import Library
from ponder.core.model import NotePath
from ponder.core.share.accounts import Account
from ponder.core.share.drafts import new_draft
from ponder.core.share.privacy import check_privacy
from ponder.core.share.sending import prepare

ARTICLE_CLIP = """---
title: Caching in CI
kind: clip
source:
  url: https://blog.example.org/ci-cache
  site: blog.example.org
  site_name: The Build Blog
  author: Grace Hopper
---
## From the page

Caches only help when their keys are stable across runs.

A second paragraph that is ==worth quoting== and long enough.

Later, ==another marked passage== and `==code, not a highlight==`.
"""

MASTODON = Account("social", "mastodon", {"server": "https://social.example"})
SLACK = Account("team", "slack")


def two_plain_notes(library: Library) -> list[NotePath]:
    one, _ = library.create_note("Stable keys", body="Keys that never change reuse builds.")
    two, _ = library.create_note("Cheap builds", body="A cached build costs seconds.")
    return [one, two]


@pytest.mark.parametrize("template", ["insight", "question", "roundup"])
def test_a_draft_from_plain_notes_passes_its_own_check(
    share_library: Library, template: str
) -> None:
    draft, _ = new_draft(share_library, two_plain_notes(share_library), template=template)
    text = fill_in(share_library, draft)
    for audience in ("public", "internal"):
        found = check_privacy(text, library=share_library, private_terms=(), audience=audience)
        assert found == [], (audience, found)
    prepared = prepare(share_library, draft, MASTODON, private_terms=())
    assert prepared.findings == () and prepared.ready
    shown = prepared.rendered.text
    assert "Keys that never change reuse builds." in shown
    assert "[[" not in shown and "notes/" not in shown  # no link a reader could not open
    if template != "roundup":  # a roundup's items name their note as plain text
        assert "Stable keys" not in shown and "Sources" not in shown


def test_a_link_the_person_wrote_to_another_note_is_still_flagged(
    share_library: Library,
) -> None:
    share_library.create_note("Salaries", body="private")
    draft, _ = new_draft(share_library, two_plain_notes(share_library))
    text = fill_in(share_library, draft, "see [[Salaries]]")
    found = check_privacy(text, library=share_library, private_terms=(), audience="internal")
    assert [(f.kind, f.excerpt) for f in found] == [("note-link", "[[Salaries]]")] * 2


def test_unfilled_template_lines_are_findings(share_library: Library) -> None:
    sources = two_plain_notes(share_library)
    insight, _ = new_draft(share_library, sources, now=NOW)
    question, _ = new_draft(share_library, sources, template="question", now=NOW)
    text = share_library.vault.read(insight)[0]
    found = check_privacy(text, library=share_library, private_terms=(), audience="internal")
    assert [(f.kind, f.excerpt) for f in found] == [
        ("placeholder", "What caught my attention: …"),
        ("placeholder", "Why it matters to us: …"),
    ]
    assert all(text[f.position :].startswith(f.excerpt) for f in found)
    asked = share_library.vault.read(question)[0]
    found = check_privacy(asked, library=share_library, private_terms=(), audience="public")
    assert [(f.kind, f.excerpt) for f in found] == [("placeholder", "…")] * 3
    leftover = "Fine words... and more.\nA stray $excerpts and ${sources} but $5 is money."
    found = check_privacy(leftover, library=share_library, private_terms=(), audience="public")
    assert [f.excerpt for f in found] == ["$excerpts", "${sources}"]


def test_a_clip_without_own_lines_quotes_its_highlights_and_credits_the_page(
    share_library: Library,
) -> None:
    [clip], _ = share_library.create_notes([("clips", "Caching in CI", ARTICLE_CLIP)])
    draft, _ = new_draft(share_library, [clip], now=NOW)  # type: ignore[list-item]
    body = share_library.read(draft).body
    assert "> worth quoting\n>\n> another marked passage\n>\n" in body
    assert "code, not" not in body and "Caches only help" not in body
    assert "> — Grace Hopper, The Build Blog: [[clips/Caching in CI|Caching in CI]]" in body
    fill_in(share_library, draft)
    prepared = prepare(share_library, draft, SLACK, private_terms=())
    assert prepared.findings == ()
    assert (
        "Grace Hopper, The Build Blog: <https://blog.example.org/ci-cache|Caching in CI>"
        in prepared.rendered.text
    )


def test_a_clip_without_highlights_quotes_the_article_opening(share_library: Library) -> None:
    plain = ARTICLE_CLIP.replace("==", "").replace("  author: Grace Hopper\n", "")
    [clip], _ = share_library.create_notes([("clips", "Caching in CI", plain)])
    draft, _ = new_draft(share_library, [clip], now=NOW)  # type: ignore[list-item]
    body = share_library.read(draft).body
    assert "> Caches only help when their keys are stable across runs.\n>\n> — The Build" in body
    assert "second paragraph" not in body
    fill_in(share_library, draft)
    shown = prepare(share_library, draft, MASTODON, private_terms=()).rendered.text
    assert "The Build Blog: Caching in CI (https://blog.example.org/ci-cache)" in shown

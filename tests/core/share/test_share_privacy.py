"""What the privacy check flags before sharing, and what it must not."""

from __future__ import annotations

import pytest

from ponder.core.library import Library
from ponder.core.share.privacy import check_privacy


def kinds(library: Library, text: str, **options: object) -> list[tuple[str, str]]:
    args: dict[str, object] = {"private_terms": (), "audience": "public", **options}
    findings = check_privacy(text, library=library, **args)  # type: ignore[arg-type]
    for finding in findings:
        assert text[finding.position : finding.position + len(finding.excerpt)] == finding.excerpt
        assert finding.advice
    return [(f.kind, f.excerpt) for f in findings]


def test_links_that_would_not_work_for_readers(share_library: Library) -> None:
    share_library.create_note("Plan", body="secret plan")
    text = (
        "See [[Build caches]], [[Plan]] and [[Nowhere]].\n"
        "Also [x](notes/plan.md), [y](file:///home/me/a.txt), http://localhost:8080/a,\n"
        "https://10.0.0.7/wiki, http://intranet/page, https://wiki.corp/x and https://example.com/ok."
    )
    assert kinds(share_library, text) == [
        ("note-link", "[[Plan]]"),
        ("unresolved-link", "[[Nowhere]]"),
        ("local-link", "notes/plan.md"),
        ("local-link", "file:///home/me/a.txt"),
        ("private-address", "http://localhost:8080/a"),
        ("private-address", "https://10.0.0.7/wiki"),
        ("private-address", "http://intranet/page"),
        ("private-address", "https://wiki.corp/x"),
    ]


def test_contact_details(share_library: Library) -> None:
    text = "Mail jane.doe+work@example.co.uk or call +49 30 1234567, (555) 123-4567, 030 123456."
    assert kinds(share_library, text) == [
        ("email", "jane.doe+work@example.co.uk"),
        ("phone", "+49 30 1234567"),
        ("phone", "(555) 123-4567"),
        ("phone", "030 123456"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Released 2026-11-22 at 2026-11-22T09:30:00+01:00.",
        "Version 1.2.3, v10.4.12 and 3.11.4; 192.168.1.1 is not a phone.",
        "On 22.11.2026 and 11/22/2026, from 1990-2000, for 1 000 000 people, 12:30.",
        "Follow @alice@example.social on Mastodon.",
        "Issue #12345 and 42.",
    ],
)
def test_no_false_alarms_on_dates_versions_and_mentions(share_library: Library, text: str) -> None:
    assert kinds(share_library, text) == []


def test_private_terms_whole_words_any_case(share_library: Library) -> None:
    text = "Project FALCON and falconry; Straße Süd and ÜberSecret, Über secret."
    terms = ["project falcon", "falcon", "süd", "über secret"]
    assert kinds(share_library, text, private_terms=terms) == [
        ("private-term", "Project FALCON"),
        ("private-term", "Süd"),
        ("private-term", "Über secret"),
    ]


def test_internal_drafts_going_public(share_library: Library) -> None:
    marked = "---\ntitle: x\naudience: internal\n---\nBody\n"
    assert kinds(share_library, marked) == [("internal", "audience: internal")]
    assert kinds(share_library, marked, audience="internal") == []
    tagged = "---\ntags: [team, internal]\n---\nBody\n"
    assert kinds(share_library, tagged) == [("internal", "internal")]
    assert kinds(share_library, "Body #internal\n") == [("internal", "#internal")]

"""The window's check for scheduled posts reads only the drafts the index knows, and finds
what reading every note finds, on a real vault."""

from __future__ import annotations

import tarfile
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from share_fixtures import NOW

from ponder.core.library import Library
from ponder.core.model import NotePath
from ponder.core.share import schedule
from shared_data import shared_data

AT = "2026-11-20T09:00:00+01:00"
DRAFTS = {
    # in drafts/ without a kind: a draft
    "drafts/plain.md": f"---\ntitle: Plain\nscheduled:\n- {{account: out, at: '{AT}'}}\n---\nx\n",
    # elsewhere, with the kind: a draft
    "notes/kinded.md": (
        f"---\ntitle: Kinded\nkind: draft\nscheduled:\n- {{account: a, at: '{AT}'}}\n"
        f"- {{account: b, at: '{AT}', error: refused}}\n---\nx\n"
    ),
    # in drafts/ but said to be a note: not a draft, its entries are not posts
    "drafts/a-note.md": f"---\nkind: note\nscheduled:\n- {{account: out, at: '{AT}'}}\n---\nx\n",
    # a draft whose front matter cannot be read is left alone by both
    "drafts/broken.md": "---\ntitle: [unclosed\n---\nx\n",
    "drafts/nothing.md": "---\ntitle: Nothing yet\nkind: draft\n---\nx\n",
}


@pytest.fixture
def real_library(tmp_path: Path) -> Iterator[Library]:
    """The Foam workspace (112 notes) with DRAFTS, indexed."""
    root = tmp_path / "vault"
    with tarfile.open(shared_data("corpora", "foam.tar.gz")) as tar:
        members = [m for m in tar.getmembers() if m.isfile() and m.name.endswith(".md")]
        tar.extractall(root, members=members, filter="data")
    for path, text in DRAFTS.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(text, encoding="utf-8")
    library = Library.open(root, tmp_path / "cache")
    library.reconcile()
    yield library
    library.close()


def test_the_indexed_drafts_give_every_scheduled_post(real_library: Library) -> None:
    full = schedule.pending(real_library)
    assert schedule.pending_indexed(real_library) == full
    assert [(s.draft, s.account, s.error) for s in full] == [
        ("drafts/plain.md", "out", None),
        ("notes/kinded.md", "a", None),
        ("notes/kinded.md", "b", "refused"),
    ]
    assert len(schedule.indexed_drafts(real_library)) < 10 < sum(1 for _ in real_library.scan())


def test_a_draft_scheduled_through_the_library_is_seen_at_once(real_library: Library) -> None:
    draft = NotePath("drafts/nothing.md")
    at = NOW + timedelta(days=3)
    schedule.schedule(real_library, draft, ["later"], at)
    found = [(s.draft, s.account, s.at) for s in schedule.pending_indexed(real_library)]
    assert (draft, "later", at) in found
    assert schedule.pending_indexed(real_library) == schedule.pending(real_library)

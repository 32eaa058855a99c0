"""Responses kept in the draft: only `responses:` changes, everything else stays byte-exact."""

from __future__ import annotations

import tempfile
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from share_fixtures import CLIP, CLIP_TEXT, NOW

from ponder.core import frontmatter
from ponder.core.library import Library
from ponder.core.model import Changes
from ponder.core.share import responses
from ponder.core.share.channels.read_back import Comment, Responses
from ponder.core.share.drafts import DraftError, new_draft, record_shared
from ponder.core.share.refresh import ReadOutcome, store

counts = st.fixed_dictionaries(
    {}, optional={name: st.integers(0, 10**6) for name in responses.COUNTS}
)


@pytest.mark.slow
@settings(max_examples=6, deadline=None)  # each example opens a new vault and index
@given(reads=st.lists(counts, min_size=1, max_size=4))
def test_reads_change_only_the_responses_key(reads: list[dict[str, int]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "vault"
        root.mkdir()
        library = Library.open(root, Path(folder) / "cache")
        try:
            library.create_notes([("clips", "Build caches", CLIP_TEXT)])
            check_reads(library, reads)
        finally:
            library.close()


def check_reads(library: Library, reads: list[dict[str, int]]) -> None:
    draft, _ = new_draft(library, [CLIP], now=NOW)
    text, stamp = library.vault.read(draft)
    mine = "mine: {keep: 'as is'}  # mine"
    library.save(draft, text.replace("targets: []", f"targets: []\n{mine}"), expected=stamp)
    record_shared(library, draft, channel="mastodon", account="me",
                  url_or_id="https://s.example/@me/1", at=NOW)  # fmt: skip
    before = library.vault.read(draft)[0]
    for number, found in enumerate(reads):
        [post] = responses.shared_posts(library, draft)
        responses.record_read(library, post, Responses(found), NOW + timedelta(minutes=number))
    after = library.vault.read(draft)[0]
    head = before[: before.index("---\n", 4)]  # the front matter before responses: was added
    assert after.startswith(head) and mine in after
    assert frontmatter.split(after).body == frontmatter.split(before).body
    [post] = responses.shared_posts(library, draft)
    assert post.counts() == {k: reads[-1][k] for k in responses.COUNTS if k in reads[-1]}
    history = post.response["history"]
    assert isinstance(history, list) and 1 <= len(history) <= len(reads)


def test_by_hand_needs_a_place_and_something_heard(share_library: Library) -> None:
    draft, _ = new_draft(share_library, [CLIP], now=NOW)
    with pytest.raises(DraftError, match="where the response came from"):
        responses.record_by_hand(share_library, draft, where="  ", counts={"replies": 1}, at=NOW)
    with pytest.raises(DraftError, match="at least one count"):
        responses.record_by_hand(share_library, draft, where="hall", counts={}, at=NOW)
    responses.record_by_hand(share_library, draft, where="team  meeting", counts={"replies": 3},
                             note="asked for\\nthe slides", at=NOW)  # fmt: skip
    [entry] = responses.by_hand(share_library, draft)
    assert (entry["account"], entry["replies"], entry["channel"]) == ("team meeting", 3, "by-hand")


def test_replies_become_notes_only_for_a_post_that_opted_in(share_library: Library) -> None:
    draft, _ = new_draft(share_library, [CLIP], now=NOW)
    record_shared(share_library, draft, channel="mastodon", account="social",
                  url_or_id="https://social.example/@me/9", at=NOW, post_id="9")  # fmt: skip
    reply = Comment("r1", "grace", "Agreed — and the key is hunter2-token.", url="https://x/r1")
    found = Responses({"likes": 1, "replies": 1}, comments=(reply,))

    def read(at_minutes: int) -> Changes:
        [post] = responses.shared_posts(share_library, draft)
        outcome = ReadOutcome(post, found=found, at=NOW + timedelta(minutes=at_minutes))
        return store(share_library, [outcome], secrets_for=lambda _p: ("hunter2-token",))

    assert not read(0).added  # not opted in: counts only, no reply notes
    [post] = responses.shared_posts(share_library, draft)
    assert post.counts()["replies"] == 1 and "saved_replies" not in post.response
    responses.set_keep_replies(share_library, post, True)
    added = read(20).added
    assert len(added) == 1
    [note] = added
    text = share_library.read_text(note)[0]
    assert "> Agreed" in text and "hunter2-token" not in text  # quoted, and no secret kept
    vault = "".join(p.read_text("utf-8") for p in share_library.vault.root.rglob("*.md"))
    assert "hunter2-token" not in vault

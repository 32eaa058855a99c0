"""Reading the response back from mastodon_mock: a second account favourites, boosts and
replies; Ponder stores it in the draft, saves the reply as a note, and never a secret."""

from __future__ import annotations

import json
import urllib.parse
import urllib.request
from datetime import timedelta
from typing import Any

import pytest
from share_fixtures import CLIP, NOW, fill_in

from ponder.core import frontmatter
from ponder.core.library import Library
from ponder.core.share.accounts import Account
from ponder.core.share.channels import Channel
from ponder.core.share.channels.mastodon import MastodonAccount
from ponder.core.share.channels.transport import Http
from ponder.core.share.drafts import new_draft
from ponder.core.share.refresh import Backoff, refresh
from ponder.core.share.responses import SharedPost, set_keep_replies, shared_posts
from ponder.core.share.sending import prepare, send

pytestmark = pytest.mark.slow
TOKEN = "mock_token"  # the seeded account of mastodon_mock: the person's


def call(base: str, method: str, path: str, token: str, form: dict[str, str] | None = None) -> Any:
    data = urllib.parse.urlencode(form).encode() if form is not None else None
    request = urllib.request.Request(base + path, data=data, method=method)
    request.add_header("Authorization", f"Bearer {token}")
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())


def second_account(base: str, name: str) -> str:
    """A colleague's token, made through the standard sign-up endpoint."""
    form = {"username": name, "email": f"{name}@example.org", "password": "pw-12345678",
            "agreement": "true", "locale": "en"}  # fmt: skip
    token: str = call(base, "POST", "/api/v1/accounts", TOKEN, form)["access_token"]
    return token


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self):  # type: ignore[no-untyped-def]
        return self.now


def test_favourite_boost_and_reply_are_read_back(
    share_library: Library, mastodon_mock: str
) -> None:
    draft, _ = new_draft(share_library, [CLIP], now=NOW)
    fill_in(share_library, draft)
    account = Account("social", "mastodon", {"server": mastodon_mock})
    channel = MastodonAccount(mastodon_mock, TOKEN, Http(), visibility="public")
    sent = send(share_library, prepare(share_library, draft, account, private_terms=()), channel,
                now=NOW)  # fmt: skip
    [post] = shared_posts(share_library, draft)
    assert post.ref.id == sent.result.post_id and post.ref.id
    colleague = second_account(mastodon_mock, "grace")
    call(mastodon_mock, "POST", f"/api/v1/statuses/{post.ref.id}/favourite", colleague, {})
    call(mastodon_mock, "POST", f"/api/v1/statuses/{post.ref.id}/reblog", colleague, {})
    reply = f"@testuser Agreed, and never paste {TOKEN} anywhere."  # a reply quoting a secret
    call(mastodon_mock, "POST", "/api/v1/statuses", colleague,
         {"status": reply, "in_reply_to_id": post.ref.id})  # fmt: skip
    set_keep_replies(share_library, post, True)

    clock = Clock()

    def channel_for(_post: SharedPost) -> Channel:
        return MastodonAccount(mastodon_mock, TOKEN, Http())

    outcomes, changes = refresh(share_library, [draft], channel_for, now=clock,
                                secrets_for=lambda _p: (TOKEN,))  # fmt: skip
    [outcome] = outcomes
    assert outcome.error is None and outcome.found is not None
    front = frontmatter.read(share_library.vault.read(draft)[0])[0]
    [entry] = front["responses"]  # type: ignore[misc]
    assert (entry["likes"], entry["boosts"], entry["replies"]) == (1, 1, 1)
    assert entry["read"] == "2026-11-18T09:30:00+01:00" and len(entry["history"]) == 1
    [saved] = entry["saved_replies"]
    note = share_library.read(share_library.resolve(saved["note"].strip("[]")))  # type: ignore[arg-type]
    assert "Agreed, and never paste" in note.body and "@grace" in note.body
    assert "[[drafts/On Build caches]]" in note.body and "[[clips/Build caches]]" in note.body
    assert saved["note"] in frontmatter.read(share_library.vault.read(CLIP)[0])[0]["replies"]  # type: ignore[operator]
    vault_text = "".join(p.read_text("utf-8") for p in share_library.vault.root.rglob("*.md"))
    assert TOKEN not in vault_text  # the leak test: no secret in anything stored
    assert changes.added == {note.path}

    clock.now = NOW + timedelta(minutes=5)  # too soon: not read again
    again, _ = refresh(share_library, [draft], channel_for, now=clock)
    assert again[0].skipped == "read recently" and again[0].next_read == NOW + timedelta(minutes=15)
    clock.now = NOW + timedelta(minutes=16)
    later, _ = refresh(share_library, [draft], channel_for, now=clock, backoff=Backoff())
    assert later[0].found is not None
    [entry] = frontmatter.read(share_library.vault.read(draft)[0])[0]["responses"]  # type: ignore[misc]
    assert entry["read"] == "2026-11-18T09:46:00+01:00" and len(entry["history"]) == 1
    assert len(entry["saved_replies"]) == 1  # the same reply is not saved twice

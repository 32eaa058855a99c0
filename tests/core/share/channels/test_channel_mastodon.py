"""Mastodon against mastodon_mock: limits from /api/v2/instance, Idempotency-Key, threads."""

from __future__ import annotations

import json
import urllib.request
from typing import Any

import jsonschema
import pytest
from recording_server import RecordingServer

from ponder.core.share.channels import AuthFailed, Outgoing, Rejected
from ponder.core.share.channels.mastodon import MastodonAccount, mastodon_length
from ponder.core.share.channels.transport import Http

pytestmark = pytest.mark.slow
TOKEN = "mock_token"  # the seeded account of mastodon_mock


def status(base: str, status_id: str) -> dict[str, Any]:
    with urllib.request.urlopen(f"{base}/api/v1/statuses/{status_id}", timeout=10) as response:
        result: dict[str, Any] = json.loads(response.read())
        return result


def test_the_limit_comes_from_the_instance(mastodon_mock: str) -> None:
    assert MastodonAccount(mastodon_mock, TOKEN, Http()).character_limit() == 500


def test_a_thread_is_posted_as_replies(mastodon_mock: str) -> None:
    account = MastodonAccount(mastodon_mock, TOKEN, Http(), visibility="unlisted")
    result = account.post(Outgoing("first toot", thread=("second", "third"), draft_id="m-1"))
    assert result.delivered is True and result.url_or_id
    first_id = result.url_or_id.rstrip("/").rsplit("/", 1)[1]
    first = status(mastodon_mock, first_id)
    assert first["visibility"] == "unlisted"
    assert "first toot" in first["content"]


def test_the_same_draft_posts_once(mastodon_mock: str) -> None:
    account = MastodonAccount(mastodon_mock, TOKEN, Http())
    once = account.post(Outgoing("only once", draft_id="m-2"))
    twice = account.post(Outgoing("only once", draft_id="m-2"))
    assert once.url_or_id == twice.url_or_id


def test_too_long_is_refused_before_anything_is_posted(mastodon_mock: str) -> None:
    account = MastodonAccount(mastodon_mock, TOKEN, Http())
    with pytest.raises(Rejected, match=r"Part 2 is 501 characters; .* allows 500"):
        account.post(Outgoing("fits", thread=("y" * 501,), draft_id="m-3"))


def test_links_count_as_23_characters() -> None:
    assert mastodon_length("see https://example.org/" + "a" * 200) == 4 + 23


def test_a_bad_token_is_named(mastodon_mock: str) -> None:
    with pytest.raises(AuthFailed, match="Mastodon refused the access token"):
        MastodonAccount(mastodon_mock, "wrong-token", Http()).post(Outgoing("x", draft_id="m-4"))


def test_requests_match_the_published_description(
    recorder: RecordingServer, http: Http, mastodon_statuses: jsonschema.protocols.Validator
) -> None:
    recorder.reply(200, {"configuration": {"statuses": {"max_characters": 11000}}})
    recorder.reply(200, {"id": "1", "url": "https://m.example/@a/1"})
    recorder.reply(200, {"id": "2", "url": "https://m.example/@a/2"})
    MastodonAccount(recorder.url, "tok", http).post(
        Outgoing("a" * 600, thread=("b",), draft_id="m-5")
    )
    instance, first, second = recorder.requests
    assert (instance.method, instance.path) == ("GET", "/api/v2/instance")
    for request in (first, second):
        mastodon_statuses.validate(request.json())
        assert request.headers["authorization"] == "Bearer tok"
    assert second.json()["in_reply_to_id"] == "1"
    assert first.headers["idempotency-key"] != second.headers["idempotency-key"]


def test_the_key_is_resent_after_a_lost_answer(recorder: RecordingServer, http: Http) -> None:
    recorder.reply(200, {})
    recorder.reply(200, {"id": "1", "url": "u"}, delay=3.0)
    recorder.reply(200, {"id": "1", "url": "u"})
    MastodonAccount(recorder.url, "tok", http).post(Outgoing("x", draft_id="m-6"))
    keys = [r.headers["idempotency-key"] for r in recorder.requests[1:]]
    assert len(keys) == 2 and keys[0] == keys[1]

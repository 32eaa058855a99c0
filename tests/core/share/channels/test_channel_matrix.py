"""Matrix against a real Synapse: post, read back, resend with the same txnId, threads, errors."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import jsonschema
import pytest
from recording_server import RecordingServer

from ponder.core.share.channels import AuthFailed, Outgoing, Rejected
from ponder.core.share.channels.matrix import MatrixRoom
from ponder.core.share.channels.transport import Http

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def account(synapse: Any) -> dict[str, str]:
    token = synapse.register("ponder", "a-password-for-tests")
    room = synapse.call(
        "POST", "/_matrix/client/v3/createRoom", {"room_alias_name": "share"}, token
    )
    return {"token": token, "room": room["room_id"]}


def event(synapse: Any, account: dict[str, str], event_id: str) -> dict[str, Any]:
    path = f"/_matrix/client/v3/rooms/{quote(account['room'])}/event/{quote(event_id)}"
    result: dict[str, Any] = synapse.call("GET", path, token=account["token"])
    return result


def test_a_post_arrives_as_sent(
    synapse: Any, account: dict[str, str], matrix_text_content: jsonschema.protocols.Validator
) -> None:
    outgoing = Outgoing("Hello *world*", html="<p>Hello <em>world</em></p>", draft_id="draft-a")
    result = MatrixRoom(synapse.base, account["room"], account["token"], Http()).post(outgoing)
    assert result.delivered is True
    event_id = result.url_or_id.rsplit("/", 1)[1] if result.url_or_id else ""
    got = event(synapse, account, event_id)
    assert got["type"] == "m.room.message"
    assert got["content"] == {
        "msgtype": "m.text",
        "body": "Hello *world*",
        "format": "org.matrix.custom.html",
        "formatted_body": "<p>Hello <em>world</em></p>",
    }
    matrix_text_content.validate(got["content"])


def test_resending_the_same_draft_reuses_the_event(synapse: Any, account: dict[str, str]) -> None:
    room = MatrixRoom(synapse.base, account["room"], account["token"], Http())
    first = room.post(Outgoing("once only", draft_id="draft-b"))
    again = room.post(Outgoing("once only", draft_id="draft-b"))
    other = room.post(Outgoing("once only", draft_id="draft-c"))
    assert first.url_or_id == again.url_or_id != other.url_or_id


def test_an_alias_and_a_thread(
    synapse: Any, account: dict[str, str], matrix_text_content: jsonschema.protocols.Validator
) -> None:
    room = MatrixRoom(synapse.base, "#share:localhost", account["token"], Http())
    result = room.post(Outgoing("root", thread=("reply one", "reply two"), draft_id="draft-d"))
    assert result.url_or_id and result.url_or_id.startswith(
        "https://matrix.to/#/#share:localhost/$"
    )
    messages = synapse.call(
        "GET", f"/_matrix/client/v3/rooms/{quote(account['room'])}/messages?dir=b&limit=3",
        token=account["token"],
    )["chunk"]  # fmt: skip
    newest_first = [m["content"] for m in messages]
    assert [c["body"] for c in newest_first] == ["reply two", "reply one", "root"]
    root_id = messages[2]["event_id"]
    relation = newest_first[0]["m.relates_to"]
    assert (relation["rel_type"], relation["event_id"]) == ("m.thread", root_id)
    assert relation["m.in_reply_to"]["event_id"] == messages[1]["event_id"]
    for content in newest_first:
        matrix_text_content.validate(content)


def test_a_bad_token_and_a_missing_room_are_named(synapse: Any, account: dict[str, str]) -> None:
    with pytest.raises(AuthFailed, match="Matrix refused the access token") as caught:
        MatrixRoom(synapse.base, account["room"], "syt_not_a_token", Http()).post(Outgoing("x"))
    assert "syt_not_a_token" not in str(caught.value)
    with pytest.raises(Rejected, match="cannot find the room"):
        MatrixRoom(synapse.base, "#nowhere:localhost", account["token"], Http()).post(Outgoing("x"))


def test_rate_limits_are_waited_out_with_retry_after_ms(
    recorder: RecordingServer, sleeps: list[float], http: Http
) -> None:
    limited = {"errcode": "M_LIMIT_EXCEEDED", "error": "Too many requests", "retry_after_ms": 2500}
    recorder.reply(429, limited)
    recorder.reply(200, {"event_id": "$abc"})
    result = MatrixRoom(recorder.url, "!r:x", "tok", http).post(Outgoing("x", draft_id="d"))
    assert result.url_or_id == "https://matrix.to/#/!r:x/$abc"
    assert sleeps == [2.5]
    first, second = recorder.requests
    assert first.path == second.path  # the same txnId both times

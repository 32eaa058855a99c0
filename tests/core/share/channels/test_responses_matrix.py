"""Reading the response back from a real Synapse: a second user reacts and replies in the
thread; the relations of the posted message are counted, the author's own thread parts not."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import pytest

from ponder.core.share.channels import Outgoing
from ponder.core.share.channels.matrix import MatrixRoom
from ponder.core.share.channels.read_back import PostRef, ReadFailed
from ponder.core.share.channels.transport import Http

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def room(synapse: Any) -> dict[str, str]:
    token = synapse.register("reader", "a-password-for-tests")
    other = synapse.register("colleague", "another-password")
    created = synapse.call("POST", "/_matrix/client/v3/createRoom",
                           {"preset": "public_chat"}, token)  # fmt: skip
    room_id = created["room_id"]
    synapse.call("POST", f"/_matrix/client/v3/join/{quote(room_id)}", {}, other)
    return {"token": token, "other": other, "room": room_id}


def send(synapse: Any, room: dict[str, str], kind: str, content: dict[str, Any], txn: str) -> None:
    path = f"/_matrix/client/v3/rooms/{quote(room['room'])}/send/{kind}/{txn}"
    assert "event_id" in synapse.call("PUT", path, content, room["other"])


def test_reactions_and_thread_replies_are_read_through_relations(
    synapse: Any, room: dict[str, str]
) -> None:
    channel = MatrixRoom(synapse.base, room["room"], room["token"], Http())
    result = channel.post(Outgoing("Part one", thread=("Part two",), draft_id="resp-1"))
    assert result.post_id and result.url_or_id
    root = result.post_id
    for key, txn in (("👍", "r1"), ("🎉", "r2")):
        relation = {"rel_type": "m.annotation", "event_id": root, "key": key}
        send(synapse, room, "m.reaction", {"m.relates_to": relation}, txn)
    reply = {
        "msgtype": "m.text",
        "body": "Useful — we hit the same cache bug.",
        "m.relates_to": {"rel_type": "m.thread", "event_id": root, "is_falling_back": True,
                         "m.in_reply_to": {"event_id": root}},
    }  # fmt: skip
    send(synapse, room, "m.room.message", reply, "t1")

    found = channel.read_responses(PostRef(result.url_or_id, result.post_id))
    assert found.counts == {"reactions": 2, "replies": 1}  # "Part two" is the author's own
    assert found.by_reaction == {"👍": 1, "🎉": 1}
    [comment] = found.comments
    assert comment.author == "@colleague:localhost" and "same cache bug" in comment.text
    assert comment.at and comment.at.startswith("20")
    by_link = channel.read_responses(PostRef(result.url_or_id))  # an old entry without an id
    assert by_link.counts == found.counts


def test_a_post_that_is_gone_says_so(synapse: Any, room: dict[str, str]) -> None:
    channel = MatrixRoom(synapse.base, room["room"], room["token"], Http())
    with pytest.raises(ReadFailed, match="Matrix no longer has the post"):
        channel.read_responses(PostRef("https://matrix.to/#/x/$nothing", "$nothing:localhost"))

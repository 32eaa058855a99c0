"""The shared HTTP client against a real local server: waits, retries, timeouts, bad replies."""

from __future__ import annotations

import socket
from datetime import UTC, datetime

import pytest
from recording_server import RecordingServer, Sleeps

from ponder.core.share.channels import ChannelError, DeliveryUnknown, RateLimited, Rejected
from ponder.core.share.channels.replies import Reply, retry_after
from ponder.core.share.channels.transport import Call, Http, Target

TARGET = Target("Example", "the example channel", ("s3cret-token",))


def explain(reply: Reply) -> ChannelError:
    return Rejected(f"refused: {reply.reason()}", reply.reason())


def send(http: Http, server: RecordingServer, *, retry_safe: bool = False) -> Reply:
    return http.send(
        Call("POST", server.url + "/hook", {"a": 1}), TARGET, explain, retry_safe=retry_safe
    )


def test_a_429_is_waited_out_and_sent_again(
    recorder: RecordingServer, http: Http, sleeps: Sleeps
) -> None:
    recorder.reply(429, b"rate_limited", {"Retry-After": "2"})
    recorder.reply(200, b"ok")
    assert send(http, recorder).status == 200
    assert sleeps == [2.0]
    assert len(recorder.requests) == 2


def test_a_wait_longer_than_the_bound_becomes_a_clear_error(
    recorder: RecordingServer, http: Http, sleeps: Sleeps
) -> None:
    recorder.reply(429, b"", {"Retry-After": "3600"})
    with pytest.raises(RateLimited) as caught:
        send(http, recorder)
    assert caught.value.retry_after == 3600.0
    assert "try again in 3600 seconds" in caught.value.message
    assert sleeps == []


def test_waits_add_up_to_the_bound_and_no_further(
    recorder: RecordingServer, sleeps: Sleeps
) -> None:
    http = Http(timeout=0.5, max_wait=25.0, attempts=5, sleep=sleeps)
    for _ in range(5):
        recorder.reply(429, b"", {"Retry-After": "10"})
    with pytest.raises(RateLimited):
        send(http, recorder)
    assert sleeps == [10.0, 10.0]


def test_retry_after_is_read_from_every_form_networks_use() -> None:
    now = datetime(2026, 1, 1, tzinfo=UTC)
    assert (
        retry_after(Reply(429, {}, b'{"errcode": "M_LIMIT_EXCEEDED", "retry_after_ms": 1500}'))
        == 1.5
    )
    assert retry_after(Reply(429, {}, b'{"extras": {"wait_seconds": 7}}')) == 7.0
    assert (
        retry_after(Reply(429, {"retry-after": "Thu, 01 Jan 2026 00:00:30 GMT"}, b""), now) == 30.0
    )
    assert (
        retry_after(Reply(429, {"x-ratelimit-reset": "2026-01-01T00:05:00.000Z"}, b""), now)
        == 300.0
    )
    assert retry_after(Reply(429, {}, b"")) is None


def test_a_timeout_is_unknown_delivery_and_not_retried(
    recorder: RecordingServer, http: Http
) -> None:
    recorder.reply(200, delay=3.0)
    with pytest.raises(DeliveryUnknown) as caught:
        send(http, recorder)
    assert caught.value.message == (
        "Ponder could not tell whether Example received the post; check the example channel "
        "before sending again."
    )
    assert len(recorder.requests) == 1


def test_a_timeout_is_retried_where_the_network_dedupes(
    recorder: RecordingServer, http: Http, sleeps: Sleeps
) -> None:
    recorder.reply(200, delay=3.0)
    recorder.reply(200, {"event_id": "$1"})
    assert send(http, recorder, retry_safe=True).json() == {"event_id": "$1"}
    assert len(recorder.requests) == 2
    assert sleeps == [1.0]


def test_a_malformed_reply_is_unknown_delivery(recorder: RecordingServer, http: Http) -> None:
    recorder.reply(raw=b"this is not HTTP at all\r\n\r\n")
    with pytest.raises(DeliveryUnknown):
        send(http, recorder)


@pytest.mark.parametrize(
    ("status", "error"), [(500, ChannelError), (503, ChannelError), (502, DeliveryUnknown)]
)
def test_server_errors_are_not_retried_without_idempotency(
    recorder: RecordingServer, http: Http, status: int, error: type[ChannelError]
) -> None:
    recorder.reply(status, b"<html><body>Internal error</body></html>")
    with pytest.raises(error) as caught:
        send(http, recorder)
    assert type(caught.value) is error
    assert "<html>" not in caught.value.message
    assert len(recorder.requests) == 1


def test_server_errors_are_retried_with_idempotency(recorder: RecordingServer, http: Http) -> None:
    for _ in range(3):
        recorder.reply(503, {"error": "overloaded"})
    with pytest.raises(ChannelError, match=r"kept failing \(HTTP 503\) \(overloaded\)"):
        send(http, recorder, retry_safe=True)
    assert len(recorder.requests) == 3


def test_an_unreachable_server_says_nothing_was_sent(http: Http) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    call = Call("POST", f"http://127.0.0.1:{port}/x", {})
    with pytest.raises(
        ChannelError, match=r"could not reach Example at 127.0.0.1: .*Nothing was sent"
    ):
        http.send(call, TARGET, explain, retry_safe=False)


def test_error_text_from_the_network_never_repeats_a_secret(
    recorder: RecordingServer, http: Http
) -> None:
    recorder.reply(400, {"error": "token s3cret-token is malformed\nsecond line"})
    with pytest.raises(Rejected) as caught:
        send(http, recorder)
    assert caught.value.reason == "token … is malformed second line"


def test_only_http_and_https_are_spoken(http: Http) -> None:
    with pytest.raises(ChannelError, match="must start with https://"):
        http.send(Call("POST", "file:///etc/passwd"), TARGET, explain, retry_safe=False)

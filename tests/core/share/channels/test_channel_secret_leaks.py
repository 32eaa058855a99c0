"""A planted secret must not reach the config dir, the logs or an error message."""

from __future__ import annotations

import logging
from pathlib import Path

import keyring.backends.fail
import pytest
from recording_server import RecordingServer

from ponder.core.settings import Dirs
from ponder.core.share.accounts import Accounts
from ponder.core.share.channels import ChannelError, Outgoing
from ponder.core.share.channels.registry import Tools
from ponder.core.share.channels.transport import Http
from ponder.core.share.credentials import CredentialStore

PLANTED = "PLANTED-c0ffee-9f3b7a"


def everything_written(folder: Path) -> str:
    return "\n".join(
        p.read_bytes().decode("utf-8", "replace") for p in folder.rglob("*") if p.is_file()
    )


@pytest.mark.parametrize(
    ("kind", "fields", "secret", "status", "body"),
    [
        ("slack", {}, "/services/T1/B1/" + PLANTED, 403, b"invalid_token"),
        ("teams", {}, "/workflows/1/invoke?sig=" + PLANTED, 401, b'{"error": {"message": "bad"}}'),
        (
            "mattermost",
            {},
            "/hooks/" + PLANTED,
            400,
            b'{"id": "web.incoming_webhook.invalid.app_error"}',
        ),
        (
            "matrix",
            {"room": "!r:x"},
            PLANTED,
            401,
            ('{"errcode": "M_UNKNOWN_TOKEN", "error": "Unknown token ' + PLANTED + '"}').encode(),
        ),
        (
            "mastodon",
            {},
            PLANTED,
            401,
            ('{"error": "The access token ' + PLANTED + ' is invalid"}').encode(),
        ),
        (
            "discourse",
            {"username": "ada"},
            PLANTED,
            403,
            b'{"error_type": "invalid_access", "errors": ["no"]}',
        ),
        ("webhook", {}, "whsec_UExBTlRFRC1jMGZmZWUtOWYzYjdh", 500, b"PLANTED-c0ffee-9f3b7a broke"),
    ],
)
def test_no_trace_of_the_secret_anywhere(
    recorder: RecordingServer,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    kind: str,
    fields: dict[str, str],
    secret: str,
    status: int,
    body: bytes,
) -> None:
    caplog.set_level(logging.DEBUG)
    dirs = Dirs(tmp_path / "config", tmp_path / "cache", tmp_path / "state")
    accounts = Accounts.in_dirs(dirs, CredentialStore(keyring.backends.fail.Keyring()))
    url_field = {
        "matrix": "homeserver",
        "mastodon": "server",
        "discourse": "server",
        "webhook": "url",
    }
    values = dict(fields)
    if kind in url_field:
        values[url_field[kind]] = recorder.url
    full_secret = recorder.url + secret if secret.startswith("/") else secret
    accounts.add("work", kind, values, full_secret)
    if kind == "mastodon":
        recorder.reply(200, {"configuration": {"statuses": {"max_characters": 500}}})
    recorder.reply(status, body)
    channel = accounts.channel("work", Tools(http=Http(timeout=2.0, attempts=1)))
    with pytest.raises(ChannelError) as caught:
        channel.post(Outgoing("hello", draft_id="d"))
    logging.getLogger("ponder.test").error("posting failed: %s", caught.value)
    planted = "PLANTED-c0ffee-9f3b7a"
    assert planted not in str(caught.value) and planted not in repr(caught.value.args)
    assert (
        caught.value.__cause__ is None and caught.value.__context__ is None
    ) or planted not in str(caught.value.__context__)
    assert planted not in caplog.text
    assert planted not in everything_written(tmp_path)
    assert recorder.requests, "the request went out"

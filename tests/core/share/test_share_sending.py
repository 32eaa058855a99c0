"""The sending pipeline: what prepare shows and measures, and what send posts and notes."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from share_fixtures import CLIP, NOW, fill_in

from ponder.core import frontmatter
from ponder.core.library import Library
from ponder.core.model import NotePath
from ponder.core.share.accounts import Account
from ponder.core.share.channels import DeliveryUnknown
from ponder.core.share.channels.file_export import FileExport
from ponder.core.share.channels.mastodon import CHARACTERS, MastodonAccount, mastodon_length
from ponder.core.share.channels.slack import SlackWebhook
from ponder.core.share.channels.transport import Http
from ponder.core.share.drafts import new_draft
from ponder.core.share.formats import Target
from ponder.core.share.limits import Limits
from ponder.core.share.sending import (
    AUDIENCES,
    TARGETS,
    SendError,
    instance_limits,
    prepare,
    send,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "peers"))

from recording_server import RecordingServer

SENTENCE = "Deterministic cache keys make every build reuse what the last one made. "


@pytest.fixture
def recorder() -> Iterator[RecordingServer]:
    server = RecordingServer()
    yield server
    server.close()


def draft_with(library: Library, extra: str = "") -> NotePath:
    draft, _ = new_draft(library, [CLIP], now=NOW)
    fill_in(library, draft)
    if extra:
        text, stamp = library.vault.read(draft)
        library.save(draft, text + "\n" + extra + "\n", expected=stamp)
    return draft


def test_every_kind_has_a_rendering_and_an_audience() -> None:
    from ponder.core.share.channels.registry import KINDS

    assert set(TARGETS) == set(KINDS) == set(AUDIENCES)
    assert AUDIENCES["mastodon"] == "public" and AUDIENCES["slack"] == "internal"
    assert TARGETS["viva-engage"] is Target.VIVA_ENGAGE


def test_a_long_mastodon_draft_becomes_a_numbered_thread(share_library: Library) -> None:
    draft = draft_with(share_library, "\n\n".join([SENTENCE * 3] * 6))
    account = Account("social", "mastodon", {"server": "https://social.example"})
    prepared = prepare(share_library, draft, account, private_terms=())
    total = len(prepared.parts)
    assert prepared.ready and total > 2 and prepared.audience == "public"
    assert all(check.ok and check.limit == 500 for check in prepared.checks)
    assert [p.rsplit(" ", 1)[1] for p in prepared.parts] == [
        f"{n}/{total}" for n in range(1, 1 + total)
    ]
    assert all(mastodon_length(part) <= 500 for part in prepared.parts)
    assert prepared.outgoing.text == prepared.parts[0]
    assert tuple(prepared.outgoing.thread) == prepared.parts[1:]
    wider = prepare(
        share_library, draft, account, private_terms=(), limits=Limits({CHARACTERS: 5000})
    )
    assert len(wider.parts) == 1 and wider.checks[0].limit == 5000


def test_too_long_for_slack_is_a_problem_not_a_thread(share_library: Library) -> None:
    draft = draft_with(share_library, SENTENCE * 60)  # one paragraph: one section over 3,000
    prepared = prepare(share_library, draft, Account("team", "slack"), private_terms=())
    assert not prepared.ready and len(prepared.parts) == 1 and not prepared.checks[0].ok
    assert prepared.problem is not None and "Shorten the draft" in prepared.problem
    with pytest.raises(SendError, match="allows 3000"):
        send(share_library, prepared, SlackWebhook("http://127.0.0.1:9/x", Http()))


def test_findings_follow_the_audience_and_must_be_accepted(
    share_library: Library, tmp_path: Path
) -> None:
    draft = draft_with(share_library, "Ask Ada Lovelace. #internal")
    file_account = Account("out", "file", {"folder": str(tmp_path / "out")})
    internal = prepare(share_library, draft, file_account, private_terms=("Ada Lovelace",))
    public = prepare(
        share_library, draft, Account("m", "mastodon", {"server": "https://m.example"}),
        private_terms=("Ada Lovelace",),
    )  # fmt: skip
    assert [f.kind for f in internal.findings] == ["private-term"]
    assert {f.kind for f in public.findings} == {"private-term", "internal"}
    channel = FileExport(tmp_path / "out")
    with pytest.raises(SendError, match="privacy findings"):
        send(share_library, internal, channel)
    assert not (tmp_path / "out").exists()
    sent = send(share_library, internal, channel, accept_findings=True, now=NOW)
    assert sent.result.url_or_id is not None
    assert "Ask Ada Lovelace." in Path(sent.result.url_or_id).read_text("utf-8")


def test_send_posts_and_notes_it_in_the_draft_and_its_source(
    share_library: Library, recorder: RecordingServer
) -> None:
    draft = draft_with(share_library)
    prepared = prepare(share_library, draft, Account("team", "slack"), private_terms=())
    assert prepared.findings == ()
    sent = send(share_library, prepared, SlackWebhook(recorder.url + "/hook", Http()), now=NOW)
    assert sent.result.delivered is True and draft in sent.changes.updated
    assert recorder.requests[0].json()["text"] == prepared.outgoing.text
    for path in (draft, CLIP):
        front, _ = frontmatter.read(share_library.vault.read(path)[0])
        entry = front["shared"][0]
        assert (entry["channel"], entry["account"]) == ("slack", "team")
    assert frontmatter.read(share_library.vault.read(draft)[0])[0]["status"] == "posted"


def test_an_unknown_delivery_is_not_noted(
    share_library: Library, recorder: RecordingServer
) -> None:
    draft = draft_with(share_library)
    prepared = prepare(share_library, draft, Account("team", "slack"), private_terms=())
    recorder.reply(200, delay=2.0)
    with pytest.raises(DeliveryUnknown, match="check the Slack channel before sending again"):
        send(share_library, prepared, SlackWebhook(recorder.url + "/hook", Http(timeout=0.3)))
    assert "shared" not in frontmatter.read(share_library.vault.read(draft)[0])[0]


def test_the_instance_limit_comes_from_the_server(recorder: RecordingServer) -> None:
    recorder.reply(200, {"configuration": {"statuses": {"max_characters": 1000}}})
    limits = instance_limits(MastodonAccount(recorder.url, "token", Http()))
    assert limits.get(CHARACTERS, None) == 1000 and recorder.requests[0].path == "/api/v2/instance"
    assert instance_limits(FileExport(Path("unused"))) == Limits()

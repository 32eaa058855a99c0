"""`ponder responses` end to end: a toot read back from mastodon_mock, a file that cannot be
read, a response recorded by hand, and everything still there after the cache is deleted."""

from __future__ import annotations

import json
import os
import shutil
import sys
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from test_cli_share import CLIP, Ponder, no_keyring, shared

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "peers"))

import share_peers

pytestmark = pytest.mark.slow


def mastodon(base: str, method: str, path: str, token: str, form: dict[str, str]) -> Any:
    request = urllib.request.Request(base + path, urllib.parse.urlencode(form).encode(),
                                     method=method)  # fmt: skip
    request.add_header("Authorization", f"Bearer {token}")
    with urllib.request.urlopen(request, timeout=10) as reply:
        return json.loads(reply.read())


@pytest.fixture
def ponder(tmp_path: Path) -> Ponder:
    vault = tmp_path / "vault"
    (vault / "clips").mkdir(parents=True)
    (vault / "clips" / "Build caches.md").write_text(CLIP, "utf-8")
    return Ponder(vault, no_keyring())


def test_read_back_by_hand_and_after_the_cache_is_gone(ponder: Ponder, tmp_path: Path) -> None:
    draft = ponder.draft()
    exports = tmp_path / "exports"
    assert ponder("accounts", "add", "out", "--channel", "file", "--folder", str(exports))[0] == 0
    with share_peers.mastodon_mock(tmp_path) as base:
        add = ("accounts", "add", "social", "--channel", "mastodon", "--server", base)
        assert ponder(*add, stdin=share_peers.MASTODON_TOKEN + "\n")[0] == 0
        code, _, err = ponder("share", str(draft), "--to", "social", "--to", "out")
        assert code == 0, err
        status_id = shared(draft)[0]["id"]
        form = {"username": "lin", "email": "lin@example.org", "password": "pw-12345678",
                "agreement": "true", "locale": "en"}  # fmt: skip
        colleague = mastodon(base, "POST", "/api/v1/accounts", share_peers.MASTODON_TOKEN,
                             form)["access_token"]  # fmt: skip
        mastodon(base, "POST", f"/api/v1/statuses/{status_id}/favourite", colleague, {})
        mastodon(base, "POST", "/api/v1/statuses", colleague,
                 {"status": "Same here!", "in_reply_to_id": status_id})  # fmt: skip

        code, out, err = ponder("responses", str(draft), "--refresh", "--json")
        assert code == 0, err
    [row] = json.loads(out)["drafts"]
    social, out_post = row["posts"]
    assert social["counts"] == {"likes": 1, "boosts": 0, "replies": 1} and social["read"]
    assert out_post["can_read"] is False and "by hand" in out_post["how"]

    code, out, _ = ponder("responses", str(draft), "--record", "team meeting", "--replies", "3",
                          "--note", "asked for the slides")  # fmt: skip
    assert code == 0
    assert "social (mastodon): likes 1 · boosts 0 · replies 1, read " in out
    assert "out (file): A file has no readers Ponder can ask" in out
    assert 'by hand, team meeting: replies 3 "asked for the slides"' in out

    shutil.rmtree(os.environ["XDG_CACHE_HOME"], ignore_errors=True)  # the index and all caches
    code, out, _ = ponder("responses", "--json")
    [row] = json.loads(out)["drafts"]
    assert row["posts"][0]["counts"]["likes"] == 1 and row["by_hand"][0]["counts"] == {"replies": 3}
    code, _, err = ponder("responses", "--record", "hallway")
    assert code == 2 and "Name the DRAFT" in err


def test_share_at_a_time_then_send_when_due(ponder: Ponder, tmp_path: Path) -> None:
    draft = ponder.draft()
    exports = tmp_path / "exports"
    assert ponder("accounts", "add", "out", "--channel", "file", "--folder", str(exports))[0] == 0
    code, _, err = ponder("share", str(draft), "--to", "out", "--at", "2001-01-01 09:00")
    assert code == 2 and "has passed" in err
    code, out, err = ponder("share", str(draft), "--to", "out", "--at", "2099-12-07 09:00")
    assert code == 0 and "Scheduled for 2099-12-07 09:00" in out, err
    assert not exports.exists() and shared(draft) == []
    code, out, _ = ponder("scheduled", "--json")
    [item] = json.loads(out)["scheduled"]
    assert (item["account"], item["due"], item["error"]) == ("out", False, None)
    text = draft.read_text("utf-8").replace("2099-12-07T09:00:00", "2020-12-07T09:00:00")
    draft.write_text(text, "utf-8")  # as if that time passed while Ponder was closed
    code, _, err = ponder("scheduled", "--send")
    assert "send it with --yes" in err and not exports.exists()
    code, out, err = ponder("scheduled", "--send", "--yes")
    assert code == 0 and "Sent On caches → out." in out, err
    assert "Nothing is scheduled." in out and len(list(exports.iterdir())) == 1
    assert shared(draft)[0]["account"] == "out"

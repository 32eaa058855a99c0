"""Accounts in accounts.toml, secrets through the credential store, channels built from both."""

from __future__ import annotations

import stat
import tomllib
from pathlib import Path

import keyring.backends.fail
import pytest

from ponder.core.settings import Dirs
from ponder.core.share.accounts import AccountError, Accounts
from ponder.core.share.channels.registry import KINDS, Tools, problems
from ponder.core.share.channels.slack import SlackWebhook
from ponder.core.share.credentials import CredentialStore


@pytest.fixture
def accounts(tmp_path: Path) -> Accounts:
    dirs = Dirs(tmp_path / "config", tmp_path / "cache", tmp_path / "state")
    return Accounts.in_dirs(dirs, CredentialStore(keyring.backends.fail.Keyring()))


def test_every_kind_has_at_most_one_secret() -> None:
    assert set(KINDS) == {
        "clipboard", "file", "email", "slack", "teams", "mattermost", "matrix", "mastodon",
        "viva-engage", "discourse", "webhook",
    }  # fmt: skip
    for spec in KINDS.values():
        assert sum(f.secret for f in spec.fields) <= 1, spec.name


def test_the_file_holds_fields_and_never_the_secret(accounts: Accounts) -> None:
    accounts.add(
        "home", "matrix", {"homeserver": "https://m.org", "room": "!r:m.org"}, "syt_SECRET"
    )
    text = accounts.path.read_text("utf-8")
    assert "syt_SECRET" not in text
    assert tomllib.loads(text) == {
        "accounts": {"home": {"kind": "matrix", "homeserver": "https://m.org", "room": "!r:m.org"}}
    }
    assert stat.S_IMODE(accounts.path.stat().st_mode) == 0o600
    again = Accounts(accounts.path, accounts.credentials)
    assert [a.name for a in again.all()] == ["home"]
    assert again.get("home").fields["room"] == "!r:m.org"


def test_a_channel_is_built_with_the_stored_secret(accounts: Accounts) -> None:
    accounts.add("team", "slack", {}, "https://hooks.slack.com/services/T/B/x")
    assert isinstance(accounts.channel("team", Tools()), SlackWebhook)


def test_missing_fields_and_bad_values_are_refused(accounts: Accounts) -> None:
    with pytest.raises(AccountError, match="Matrix needs a value for “Room id or alias”"):
        accounts.add("m", "matrix", {"homeserver": "https://m.org"}, "tok")
    with pytest.raises(AccountError, match="Server must start with https://"):
        accounts.add("t", "mastodon", {"server": "m.org"}, "tok")
    with pytest.raises(AccountError, match="no field 'token'"):
        accounts.add("s", "slack", {"token": "x"}, "https://h/x")
    assert problems("fax", {}, None) == [
        "Ponder cannot post to 'fax'; it knows " + ", ".join(KINDS) + "."
    ]
    assert accounts.all() == ()


def test_a_lost_session_secret_asks_to_add_again(accounts: Accounts) -> None:
    accounts.add("team", "slack", {}, "https://hooks.slack.com/services/T/B/x")
    fresh = Accounts(accounts.path, CredentialStore(keyring.backends.fail.Keyring()))
    with pytest.raises(AccountError, match=r"“Webhook URL” for 'team' is not stored .*one session"):
        fresh.channel("team", Tools())


def test_a_broken_file_is_reported_not_fatal(tmp_path: Path) -> None:
    path = tmp_path / "accounts.toml"
    path.write_text(
        '[accounts.a]\nkind = "slack"\n[accounts.b]\nkind = "fax"\n[accounts.c]\nx = 1\n'
    )
    loaded = Accounts(path, CredentialStore(keyring.backends.fail.Keyring()))
    assert [a.name for a in loaded.all()] == ["a"]
    assert loaded.problems == (
        "Account 'b' is of unknown kind 'fax'; it was skipped.",
        "Account 'c' has no kind; it was skipped.",
    )
    path.write_text("not = [toml")
    assert "could not be read" in Accounts(path, loaded.credentials).problems[0]


def test_remove_forgets_the_secret(accounts: Accounts) -> None:
    accounts.add("team", "slack", {}, "https://hooks.slack.com/services/T/B/x")
    accounts.remove("team")
    assert accounts.credentials.get("team") is None
    with pytest.raises(AccountError, match="no account called 'team'"):
        accounts.get("team")

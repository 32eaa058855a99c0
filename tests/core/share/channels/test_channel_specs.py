"""A channel is one module: its declaration is the only place that knows its kind."""

from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path

import pytest

from ponder.core.share.channels import registry
from ponder.core.share.channels.read_back import ResponseReader
from ponder.core.share.channels.spec import ChannelSpec, Tools
from ponder.core.share.channels.transport import Http

APP = Path(registry.__file__).resolve().parents[3]
READERS = {"mastodon", "matrix", "mattermost", "discourse", "viva-engage"}
SAMPLE = {
    "clipboard": ({}, ""),
    "file": ({"folder": "/tmp/out"}, ""),
    "email": ({"to": "a@example.org", "smtp_host": "mail.example.org"}, "pw"),
    "slack": ({}, "https://hooks.slack.com/services/T/B/x"),
    "teams": ({}, "https://example.org/workflow"),
    "mattermost": ({"server": "https://mm.example.org", "channel": "c1"}, "token"),
    "matrix": ({"homeserver": "https://m.example.org", "room": "!r:example.org"}, "t"),
    "mastodon": ({"server": "https://social.example"}, "t"),
    "viva-engage": ({}, "t"),
    "discourse": ({"server": "https://forum.example", "username": "ada"}, "k"),
    "webhook": ({"url": "https://example.org/hook"}, "whsec_c2VjcmV0LXNlY3JldA=="),
}


def test_every_kind_is_declared_in_its_own_module() -> None:
    assert set(registry.KINDS) == set(SAMPLE)
    for name, spec in registry.KINDS.items():
        assert isinstance(spec, ChannelSpec) and spec.name == name
        assert importlib.import_module(spec.build.__module__).SPEC is spec  # one module
        assert spec.idempotency and spec.read_back.how
        assert sum(f.secret for f in spec.fields) <= 1


@pytest.mark.parametrize("name", sorted(SAMPLE))
def test_what_a_kind_says_it_reads_back_is_what_its_channel_does(name: str) -> None:
    values, secret = SAMPLE[name]
    channel = registry.build(name, values, secret, Tools(http=Http(), clipboard=_Clip(),
                                                          open_url=print))  # fmt: skip
    spec = registry.KINDS[name]
    assert isinstance(channel, ResponseReader) == (name in READERS) == spec.read_back.possible
    if not spec.read_back.possible:
        assert "by hand" in spec.read_back.how  # the person is told what to do instead


def test_a_mattermost_webhook_cannot_read_back() -> None:
    hook = registry.build("mattermost", {}, "https://mm.example.org/hooks/x", Tools())
    assert not isinstance(hook, ResponseReader)


@pytest.mark.parametrize(
    "module",
    [
        "core/share/sending.py",
        "core/share/limits.py",  # formats.py names dialects, which several channels share
        "ui/share/composer.py",
        "ui/share/target_preview.py",
        "cli_share_report.py",
        "cli_share.py",
        "cli_responses.py",
        "cli_schedule.py",
        "ui/share/previews.py",
        "ui/share/service.py",
        "ui/share/posting.py",
        "ui/share/insights_view.py",
        "ui/share/accounts_dialog.py",
        "core/share/responses.py",
        "core/share/refresh.py",
        "core/share/schedule.py",
    ],
)
def test_no_channel_is_special_cased_elsewhere(module: str) -> None:
    source = (APP / module).read_text("utf-8")
    kinds = "|".join(re.escape(name) for name in SAMPLE)
    assert not re.findall(rf"""["']({kinds})["']""", source)
    assert not re.findall(r"\b(Mastodon|Matrix|Slack|Teams|Mattermost)[A-Z]\w+", source)
    assert not re.findall(r"Target\.(TEAMS|MATRIX|MASTODON|EMAIL)\b", source)


def test_only_a_channel_that_declares_the_clipboard_gets_one() -> None:
    users = {name for name, spec in registry.KINDS.items() if spec.uses_clipboard}
    assert users == {"clipboard"}


class _Clip:
    def write(self, text: str, html: str | None) -> None:
        """Nothing: the clipboard channel is built, never used, here."""


def _code_words(module: str) -> set[str]:
    """Every identifier and string constant of a module's code (docstrings left out)."""
    tree = ast.parse((APP / module).read_text("utf-8"))
    docstrings = {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
    }
    words: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            words.add(node.id)
        elif isinstance(node, ast.Attribute):
            words.add(node.attr)
        elif isinstance(node, ast.FunctionDef | ast.ClassDef):
            words.add(node.name)
        elif (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in docstrings
        ):
            words.add(node.value)
    return words


def test_limits_hold_no_network_of_their_own() -> None:
    """Each channel's counting rule and default limits live in its module; limits.py only
    has what they share."""
    names = ("mastodon", "matrix", "slack", "teams", "mattermost", "discourse", "viva")
    found = {w for w in _code_words("core/share/limits.py") if any(n in w.lower() for n in names)}
    assert not found


def test_every_channel_that_needs_an_account_says_where_to_get_it() -> None:
    """The account dialog's "How do I get this?" comes from the channel's declaration."""
    for name, spec in registry.KINDS.items():
        needs = any(f.secret or f.is_url for f in spec.fields)
        assert bool(spec.how_to) == needs, name

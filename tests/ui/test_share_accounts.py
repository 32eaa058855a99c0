"""The share accounts dialog: a kind's fields, the secret in a password field and only in the
credential store, the session-only warning, removing an account."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from ponder.ui.session import Session
from ponder.ui.share.accounts_dialog import AccountsDialog
from ponder.ui.share.service import ShareService

WAIT = 10_000
HOOK = "https://hooks.slack.com/services/T0000/B0000/accountsecret"


def open_dialog(session: Session, prompter: Any, qtbot: QtBot) -> AccountsDialog:
    service = ShareService(session)
    service.load()
    qtbot.waitUntil(lambda: service.loaded, timeout=WAIT)
    dialog = AccountsDialog(service, prompter)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def choose_kind(dialog: AccountsDialog, kind: str) -> None:
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))


def test_adding_a_slack_account_keeps_the_secret_out_of_the_file(
    session: Session, prompter: Any, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = open_dialog(session, prompter, qtbot)
    # outside tests/peers/keyring_session.sh the tests' keyring is the fail backend
    real_keyring = bool(os.environ.get("PONDER_TEST_KEYRING"))
    assert ("only until Ponder quits" in dialog.warning.text()) is not real_keyring
    choose_kind(dialog, "slack")
    secret = dialog.editors["webhook_url"]
    assert isinstance(secret, QLineEdit)
    assert secret.echoMode() == QLineEdit.EchoMode.Password
    qtbot.keyClicks(dialog.name, "team")
    qtbot.keyClicks(secret, HOOK)
    dialog.add_button.click()
    qtbot.waitUntil(lambda: dialog.accounts.count() == 1, timeout=WAIT)
    assert dialog.accounts.item(0).text() == "team (Slack (incoming webhook))"
    assert dialog.name.text() == ""
    stored = (session.dirs.config / "accounts.toml").read_text("utf-8")
    assert "team" in stored and "accountsecret" not in stored

    prompter.answers.append(True)
    dialog.accounts.setCurrentRow(0)
    dialog.remove_button.click()
    qtbot.waitUntil(lambda: dialog.accounts.count() == 0, timeout=WAIT)
    assert prompter.asked == ["Remove account"]


def test_a_missing_field_is_said_and_nothing_is_saved(
    session: Session, prompter: Any, qtbot: QtBot
) -> None:
    dialog = open_dialog(session, prompter, qtbot)
    choose_kind(dialog, "mastodon")
    assert list(dialog.editors) == ["server", "visibility", "access_token"]
    qtbot.keyClicks(dialog.name, "toots")
    dialog.add_button.click()
    qtbot.waitUntil(lambda: bool(dialog.error.text()), timeout=WAIT)
    assert "needs a value for “Server”" in dialog.error.text()
    assert dialog.accounts.count() == 0
    assert not (session.dirs.config / "accounts.toml").exists()


def test_the_secret_added_is_the_one_a_post_uses(
    session: Session, prompter: Any, qtbot: QtBot
) -> None:
    dialog = open_dialog(session, prompter, qtbot)
    choose_kind(dialog, "slack")
    qtbot.keyClicks(dialog.name, "team")
    qtbot.keyClicks(dialog.editors["webhook_url"], HOOK)  # type: ignore[arg-type]
    dialog.add_button.click()
    qtbot.waitUntil(lambda: dialog.accounts.count() == 1, timeout=WAIT)
    channels: list[object] = []
    session.read(lambda _lib: dialog._service.channel("team"), channels.append)
    qtbot.waitUntil(lambda: bool(channels), timeout=WAIT)
    assert type(channels[0]).__name__ == "SlackWebhook"


def test_the_dialog_aligns_its_fields_says_how_and_never_removes_on_enter(
    session: Session, prompter: Any, qtbot: QtBot
) -> None:
    dialog = open_dialog(session, prompter, qtbot)
    assert not dialog.remove_button.isEnabled()  # nothing chosen to remove
    assert not dialog.remove_button.autoDefault() and not dialog.remove_button.isDefault()
    choose_kind(dialog, "mastodon")
    form = dialog.form
    rows = [form.itemAt(r, form.ItemRole.FieldRole).widget() for r in range(form.rowCount())]
    assert rows[0] is dialog.name and rows[1] is dialog.kind  # one column of labels for all
    assert dialog.editors["access_token"] in rows
    assert dialog.help.isVisibleTo(dialog) and "access token" in dialog.help.text()
    choose_kind(dialog, "slack")
    assert "webhook URL" in dialog.help.text()
    assert "keyring.backends" not in dialog.warning.text()

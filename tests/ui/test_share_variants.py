"""Variants side by side in the window: both framings of a draft and their targets."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QListWidget, QPlainTextEdit, QPushButton
from pytestqt.qtbot import QtBot

from ponder.core.model import Kind, NotePath
from ponder.core.share import responses, schedule
from ponder.core.share.channels.read_back import Responses
from ponder.core.share.drafts import new_draft, new_variant, record_shared
from ponder.ui import theme
from ponder.ui.controller import WindowController
from ponder.ui.main_window import MainWindow
from ponder.ui.session import Session
from ponder.ui.share.variants_view import VariantsDialog

WAIT = 10_000
SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
SENT = datetime(2026, 12, 3, 9, 15).astimezone()
LATER = datetime(2026, 12, 7, 9, 0).astimezone()


def two_framings(session: Session) -> tuple[NotePath, NotePath]:
    library = session.library
    note, _ = library.create_note(
        "Meeting-free mornings",
        kind=Kind.NOTE,
        body="Since we moved meetings after lunch, reviews land a day sooner.",
    )
    first, _ = new_draft(library, [note], template="insight", title="Mornings without meetings")
    text, stamp = library.vault.read(first)
    text = text.replace(": …", ": reviews land a day sooner.").replace("\n…\n", "\nTry it.\n")
    library.save(first, text, expected=stamp)
    second, _ = new_variant(library, first)
    text, stamp = library.vault.read(second)
    body_at = text.index("\n---\n", 4) + 5
    question = (
        "What would your team ship if nobody booked a meeting before noon?\n\n"
        "We tried it for a month: reviews land a day sooner.\n"
    )
    library.save(second, text[:body_at] + "\n" + question, expected=stamp)
    record_shared(library, first, channel="mattermost", account="team-mattermost",
                  url_or_id="https://chat.example/team/pl/1", at=SENT)  # fmt: skip
    [post] = responses.shared_posts(library, first)
    responses.record_read(library, post, Responses({"likes": 4, "replies": 2}), SENT)
    schedule.schedule(library, second, ["social"], LATER)
    return first, second


def open_variants(session: Session, qtbot: QtBot, draft: str) -> VariantsDialog:
    dialog = VariantsDialog(session, draft)
    qtbot.addWidget(dialog)
    dialog.refresh()
    dialog.show()
    qtbot.waitUntil(lambda: len(dialog.shown) == 2, timeout=WAIT)
    return dialog


def test_both_framings_and_their_targets_side_by_side(session: Session, qtbot: QtBot) -> None:
    _first, second = two_framings(session)
    dialog = open_variants(session, qtbot, second)
    assert dialog.heading.text() == "2 framings of the same insight"
    texts = dialog.findChildren(QPlainTextEdit)
    assert len(texts) == 2 and texts[1].toPlainText().startswith("What would your team ship")
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert "A · Mornings without meetings" in labels
    assert "B · Mornings without meetings" in labels
    items = [view.item(0).text() for view in dialog.findChildren(QListWidget)]
    assert items[0].startswith("team-mattermost · sent") and items[0].endswith("6 responses")
    assert items[1].startswith("social · scheduled")
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT)
    [open_b] = [b for b in dialog.findChildren(QPushButton) if b.text() == "Open B"]
    open_b.setFocus()
    with qtbot.waitSignal(dialog.draft_chosen, timeout=WAIT) as chosen:
        qtbot.keyClick(open_b, Qt.Key.Key_Space)
    assert chosen.args == [second]


def test_the_window_compares_the_open_drafts_variants(
    window: tuple[MainWindow, WindowController], qtbot: QtBot
) -> None:
    main, controller = window
    first, _second = two_framings(controller.session)
    controller.open_note(first)
    qtbot.waitUntil(lambda: main.note_panel.document.path == first, timeout=WAIT)
    controller.actions["share.variants"].trigger()
    dialog = controller.share.variants_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: len(dialog.shown) == 2, timeout=WAIT)


@pytest.mark.skipif(os.environ.get("PONDER_SHOTS") != "1", reason="set PONDER_SHOTS=1")
@pytest.mark.parametrize("name", ["light", "dark"])
def test_variants_screenshots(session: Session, qtbot: QtBot, name: str) -> None:
    _first, second = two_framings(session)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply(app, theme.LIGHT if name == "light" else theme.DARK)
    dialog = open_variants(session, qtbot, second)
    dialog.resize(900, 600)
    qtbot.wait(200)
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert dialog.grab().save(str(SHOTS / f"draft-variants-{name}.png"))

"""The New draft dialog, driven by keys: a title, a template with its draft previewed, the
notes it draws from (untick one), the account it is for; Enter creates and opens it."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ponder.core import frontmatter
from ponder.ui.controller import WindowController
from ponder.ui.main_window import MainWindow
from ponder.ui.session import Session

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_share_composer import add_account, composer_of, make_notes, select_all_rows

WAIT = 10_000


def test_new_draft_dialog_previews_and_creates_what_was_chosen(
    window: tuple[MainWindow, WindowController],
    session: Session,
    prompter: Any,
    vault_root: Path,
    tmp_path: Path,
    qtbot: QtBot,
) -> None:
    main, controller = window
    add_account(qtbot, controller.share.service, "export", "file", {"folder": str(tmp_path)}, "")
    make_notes(session, qtbot, main)
    select_all_rows(main)
    controller.actions["share.new_draft"].trigger()
    dialog = controller.share.new_draft_dialog
    assert dialog is not None and dialog.isVisible()
    assert sorted(dialog.chosen_sources()) == sorted(main.note_list.selected_paths())
    assert dialog.sources.count() == 2
    qtbot.waitUntil(lambda: "humus" in dialog.preview.toPlainText(), timeout=WAIT)
    assert "straw" in dialog.preview.toPlainText()
    assert dialog.title_edit.placeholderText()  # the template's title, to keep or replace

    dialog.templates.setFocus()
    qtbot.keyClick(dialog.templates, Qt.Key.Key_Down)  # Question
    qtbot.keyClick(dialog.templates, Qt.Key.Key_Down)  # Roundup
    assert dialog.template() == "roundup"
    # untick Mulch with the keyboard: its row, then Space
    dialog.sources.setFocus()
    mulch = next(
        r for r in range(dialog.sources.count()) if dialog.sources.item(r).text() == "Mulch"
    )
    dialog.sources.setCurrentRow(mulch)
    qtbot.keyClick(dialog.sources, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "straw" not in dialog.preview.toPlainText(), timeout=WAIT)
    assert "humus" in dialog.preview.toPlainText()
    dialog.targets.setFocus()
    dialog.targets.setCurrentRow(0)
    qtbot.keyClick(dialog.targets, Qt.Key.Key_Space)
    assert dialog.chosen_targets() == ["export"]
    dialog.title_edit.setFocus()
    qtbot.keyClicks(dialog.title_edit, "Soil notes for the team")
    title = "Soil notes for the team"
    qtbot.waitUntil(lambda: dialog.title_edit.placeholderText() == title, timeout=WAIT)
    assert not dialog.preview.toPlainText().startswith("---")  # the text, not its bookkeeping
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)  # Create draft is the default

    composer = composer_of(controller, qtbot)
    draft = vault_root / composer.path
    assert draft.name == "Soil notes for the team.md"
    front, body = frontmatter.read(draft.read_text("utf-8"))
    assert front["template"] == "roundup" and front["targets"] == ["export"]
    assert len(front["sources"]) == 1 and "humus" in body and "straw" not in body
    assert composer.picker.checked() == ["export"]  # ticked as chosen
    composer.close()


def test_unticking_every_note_leaves_only_the_weekly_template(
    window: tuple[MainWindow, WindowController], session: Session, qtbot: QtBot
) -> None:
    main, controller = window
    make_notes(session, qtbot, main)
    select_all_rows(main)
    controller.share.new_draft()
    dialog = controller.share.new_draft_dialog
    assert dialog is not None
    for row in range(dialog.sources.count()):
        dialog.sources.item(row).setCheckState(Qt.CheckState.Unchecked)
    assert not dialog.create_button.isEnabled() and "weekly" in dialog.hint.text()
    dialog.templates.setCurrentRow(dialog.templates.count() - 1)
    assert dialog.template() == "weekly" and dialog.create_button.isEnabled()
    dialog.reject()

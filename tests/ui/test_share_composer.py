"""Share in the window: a draft from two selected notes, the composer with two targets (a Slack
webhook on a local server, a file export), a privacy finding asked about, the post, and the
Shared view."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from ponder.core import frontmatter
from ponder.core.model import Kind
from ponder.ui.controller import WindowController
from ponder.ui.main_window import MainWindow
from ponder.ui.models.note_list_model import NoteRole
from ponder.ui.session import Session
from ponder.ui.share.composer import ComposerDialog
from ponder.ui.share.controller import template_labels
from ponder.ui.share.posting import PostState
from ponder.ui.share.service import ShareService

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "peers"))
from recording_server import RecordingServer

WAIT = 10_000
HOOK = "/services/T0000/B0000/composer"


@pytest.fixture
def slack_server() -> Iterator[RecordingServer]:
    server = RecordingServer()
    yield server
    server.close()


def add_account(
    qtbot: QtBot, service: ShareService, name: str, kind: str, values: dict[str, str], secret: str
) -> None:
    qtbot.waitUntil(lambda: service.loaded, timeout=WAIT)
    done: list[object] = []
    service.add(name, kind, values, secret or None, done.append, done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=WAIT)
    assert service.account(name) is not None, done


def make_notes(session: Session, qtbot: QtBot, main: MainWindow) -> None:
    for title, body in (
        ("Compost", "Brown leaves and greens rot into humus within a season."),
        ("Mulch", "A layer of straw keeps the soil moist through the summer."),
    ):
        _path, changes = session.library.create_note(title, kind=Kind.NOTE, body=body)
        session.outside_changes(changes)
    model = main.note_list.model
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=WAIT)


def select_all_rows(main: MainWindow) -> None:
    view, model = main.note_list.view, main.note_list.model
    flags = QItemSelectionModel.SelectionFlag.Select
    for row in range(model.rowCount()):
        view.selectionModel().select(model.index(row, 0), flags)


def create_draft(controller: WindowController, qtbot: QtBot, template: str) -> None:
    """In the New draft dialog: the template chosen with the arrow keys, then Create."""
    dialog = controller.share.new_draft_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.templates.setFocus()
    for _ in range(list(template_labels()).index(template)):
        qtbot.keyClick(dialog.templates, Qt.Key.Key_Down)
    assert dialog.template() == template
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)


def composer_of(controller: WindowController, qtbot: QtBot) -> ComposerDialog:
    qtbot.waitUntil(lambda: bool(controller.share.composers), timeout=WAIT)
    composer = next(iter(controller.share.composers.values()))
    qtbot.waitUntil(lambda: not composer.editor.isReadOnly(), timeout=WAIT)
    return composer


def test_selection_to_posted_draft_with_two_targets(
    window: tuple[MainWindow, WindowController],
    session: Session,
    prompter: Any,
    vault_root: Path,
    tmp_path: Path,
    slack_server: RecordingServer,
    qtbot: QtBot,
) -> None:
    main, controller = window
    service = controller.share.service
    add_account(qtbot, service, "team", "slack", {}, slack_server.url + HOOK)
    add_account(qtbot, service, "export", "file", {"folder": str(tmp_path / "out")}, "")
    make_notes(session, qtbot, main)
    select_all_rows(main)
    assert len(main.note_list.selected_paths()) == 2

    controller.actions["share.new_draft"].trigger()
    create_draft(controller, qtbot, "roundup")
    composer = composer_of(controller, qtbot)
    draft = vault_root / composer.path
    assert composer.path.startswith("drafts/")
    text = draft.read_text("utf-8")
    assert "humus" in text and "straw" in text

    assert not composer.post_button.isEnabled()  # no account ticked yet: it says how instead
    assert "Tick an account" in composer.post_button.toolTip()
    composer.picker.set_checked(["team", "export"])
    assert composer.post_button.isEnabled()
    assert [composer.tabs.tabText(i) for i in range(composer.tabs.count())] == ["team", "export"]
    for name in ("team", "export"):
        preview = composer.previews[name]
        qtbot.waitUntil(lambda p=preview: bool(p.meter_texts()), timeout=WAIT)  # type: ignore[misc]
    assert "/ 3,000 characters per section" in composer.previews["team"].meter_texts()[0]
    # its own links to the notes are no finding; the template's line for the person's words is
    assert composer.findings.kinds() == ["Unfilled template line"]

    editor = composer.editor
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, "Ask ana@example.org for seeds.")
    qtbot.waitUntil(lambda: "E-mail address" in composer.findings.kinds(), timeout=WAIT)
    assert composer.findings.isVisible()
    assert "ana@example.org" in draft.read_text("utf-8")

    prompter.answers.append(False)  # "Post anyway?" — not yet
    composer.post()
    qtbot.waitUntil(lambda: not composer.flow.running, timeout=WAIT)
    assert prompter.asked[-1] == "Post anyway?"
    assert prompter.safe_defaults == ["Post anyway?"]  # Enter means Review, not post
    assert slack_server.requests == []

    prompter.answers.append(True)
    composer.post_button.click()
    qtbot.waitUntil(lambda: composer.results.text().count("✓") == 2, timeout=WAIT)
    assert prompter.asked[-1] == "Post anyway?"
    assert len(slack_server.requests) == 1
    posted = slack_server.requests[0]
    assert posted.path == HOOK
    assert "ana@example.org" in posted.json()["text"]
    exports = list((tmp_path / "out").glob("*.md"))
    assert len(exports) == 1 and str(exports[0]) in composer.results.text()

    qtbot.waitUntil(lambda: "status: posted" in draft.read_text("utf-8"), timeout=WAIT)
    front, _body = frontmatter.read(draft.read_text("utf-8"))
    shared = front["shared"]
    assert isinstance(shared, list)
    assert sorted(entry["account"] for entry in shared) == ["export", "team"]
    qtbot.waitUntil(lambda: "status: posted" in editor.text(), timeout=WAIT)  # reloaded

    view = controller.share.show_shared()
    qtbot.waitUntil(lambda: view.tree.topLevelItemCount() == 2, timeout=WAIT)
    wheres = sorted(view.tree.topLevelItem(i).text(1) for i in range(2))  # type: ignore[union-attr]
    assert wheres == ["export (file)", "team (slack)"]
    composer.close()


def test_draft_from_the_open_note_and_a_changed_file_is_not_overwritten(
    window: tuple[MainWindow, WindowController],
    session: Session,
    prompter: Any,
    vault_root: Path,
    qtbot: QtBot,
) -> None:
    main, controller = window
    make_notes(session, qtbot, main)
    path = str(main.note_list.model.index(0, 0).data(NoteRole.PATH))
    controller.open_note(path)
    qtbot.waitUntil(lambda: main.note_panel.document.path == path, timeout=WAIT)
    controller.share.new_draft()
    create_draft(controller, qtbot, "insight")
    composer = composer_of(controller, qtbot)
    draft = vault_root / composer.path
    draft.write_text(draft.read_text("utf-8") + "\nEdited elsewhere.\n", "utf-8")
    editor = composer.editor
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, "Mine.")
    composer.document.save_now()
    qtbot.waitUntil(lambda: composer.info_bar.isVisible(), timeout=WAIT)
    assert composer.info_bar.action_ids() == ["reload", "keep"]
    assert "Edited elsewhere." in draft.read_text("utf-8")
    assert "Mine." not in draft.read_text("utf-8")
    composer.close()


def test_cancelled_new_draft_makes_no_draft(
    window: tuple[MainWindow, WindowController], vault_root: Path, qtbot: QtBot
) -> None:
    _main, controller = window
    controller.share.new_draft()
    dialog = controller.share.new_draft_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert not (vault_root / "drafts").exists()


def test_each_target_shows_its_outcome_and_retry_sends_only_the_failed(
    window: tuple[MainWindow, WindowController],
    session: Session,
    prompter: Any,
    tmp_path: Path,
    qtbot: QtBot,
) -> None:
    main, controller = window
    service = controller.share.service
    blocker = tmp_path / "blocked"
    blocker.write_text("a file where the export folder should be", "utf-8")
    add_account(qtbot, service, "good", "file", {"folder": str(tmp_path / "good")}, "")
    add_account(qtbot, service, "bad", "file", {"folder": str(blocker / "out")}, "")
    make_notes(session, qtbot, main)
    select_all_rows(main)
    controller.actions["share.new_draft"].trigger()
    create_draft(controller, qtbot, "roundup")
    composer = composer_of(controller, qtbot)
    composer.picker.set_checked(["good", "bad"])
    prompter.answers += [True, True]  # post despite the note links (twice: post, retry)
    composer.post()
    qtbot.waitUntil(lambda: not composer.flow.running and len(composer.states) == 2, timeout=WAIT)
    assert composer.states == {"good": PostState.POSTED, "bad": PostState.FAILED}
    assert "✓ <b>good</b>" in composer.results.text()
    assert "✗ <b>bad</b>" in composer.results.text()
    assert composer.retry_button.isVisibleTo(composer)
    blocker.unlink()  # the person fixes what was wrong
    composer.retry_button.click()
    qtbot.waitUntil(lambda: composer.states.get("bad") == PostState.POSTED, timeout=WAIT)
    qtbot.waitUntil(lambda: not composer.flow.running, timeout=WAIT)
    assert len(list((tmp_path / "good").glob("*.md"))) == 1  # not sent twice
    assert len(list((blocker / "out").glob("*.md"))) == 1
    assert not composer.retry_button.isVisibleTo(composer)
    composer.close()

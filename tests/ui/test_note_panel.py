"""The note panel: typing saves, Ctrl+S, the info bar for outside changes, modes, attachments."""

from __future__ import annotations

import dataclasses
import os
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence
from pytestqt.qtbot import QtBot

from ponder.core.model import NotePath
from ponder.ui.panels.note_panel import NotePanel, ViewMode
from ponder.ui.session import Session

WAIT = 8000


def write_outside(path: Path, text: str) -> None:
    path.write_bytes(text.encode())
    later = time.time() + 5
    os.utime(path, (later, later))


def never_open(url: QUrl) -> bool:
    raise AssertionError(f"tried to open {url.toString()}")


@pytest.fixture
def note(session: Session) -> NotePath:
    path, _ = session.library.create_note("Garden", body="Seeds and soil.\n")
    session.library.create_note("Compost", tags=["soil"])
    return path


def make_panel(qtbot: QtBot, session: Session, autosave: float) -> NotePanel:
    session.update_settings(dataclasses.replace(session.settings, autosave_seconds=autosave))
    panel = NotePanel(session, opener=never_open)
    qtbot.addWidget(panel)
    panel.resize(1000, 600)
    panel.show()
    return panel


def open_in(qtbot: QtBot, panel: NotePanel, path: str) -> None:
    with qtbot.waitSignal(panel.note_opened, timeout=WAIT):
        panel.open_note(path)


def type_at_end(qtbot: QtBot, panel: NotePanel, text: str) -> None:
    panel.editor.setFocus()
    panel.editor.moveCursor(panel.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(panel.editor, text)


def test_typing_autosaves_and_the_note_becomes_searchable(
    qtbot: QtBot, session: Session, note: NotePath, vault_root: Path
) -> None:
    panel = make_panel(qtbot, session, 0.3)
    states: list[str] = []
    panel.status_changed.connect(lambda state, _words: states.append(state))
    open_in(qtbot, panel, note)
    assert "Seeds and soil." in panel.editor.text()
    type_at_end(qtbot, panel, "Sunflowers")
    assert "Editing…" in states
    qtbot.waitUntil(lambda: "Sunflowers" in (vault_root / note).read_text(), timeout=WAIT)
    qtbot.waitUntil(lambda: states[-1] == "Saved", timeout=WAIT)
    assert [hit.path for hit in session.library.search("sunflowers").hits] == [note]


def test_ctrl_s_saves_at_once(
    qtbot: QtBot, session: Session, note: NotePath, vault_root: Path
) -> None:
    panel = make_panel(qtbot, session, 60.0)
    save = QAction("Save", panel)  # as the window's action table binds "note.save"
    save.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
    save.triggered.connect(panel.save_now)
    panel.addAction(save)
    open_in(qtbot, panel, note)
    type_at_end(qtbot, panel, "Now")
    with qtbot.waitSignal(panel.document.saved, timeout=2000):
        qtbot.keyClick(panel.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert (vault_root / note).read_text().rstrip().endswith("Now")


def test_a_clean_note_follows_the_real_watcher(
    qtbot: QtBot, session: Session, note: NotePath, vault_root: Path
) -> None:
    panel = make_panel(qtbot, session, 60.0)
    open_in(qtbot, panel, note)
    session.start_watching()
    qtbot.waitUntil(lambda: session.watcher is not None, timeout=15000)
    write_outside(vault_root / note, "# Garden\n\nPlanted tomatoes.\n")
    qtbot.waitUntil(lambda: panel.editor.text() == "# Garden\n\nPlanted tomatoes.\n", timeout=15000)
    assert not panel.info_bar.isVisible()
    qtbot.waitUntil(lambda: "Planted tomatoes." in panel.preview.toPlainText(), timeout=WAIT)


def dirty_then_changed(
    qtbot: QtBot, session: Session, panel: NotePanel, note: NotePath, vault_root: Path
) -> None:
    open_in(qtbot, panel, note)
    type_at_end(qtbot, panel, "Mine")
    write_outside(vault_root / note, "Theirs.\n")
    with qtbot.waitSignal(panel.document.changed_outside, timeout=WAIT):
        session.outside_changes(session.library.reconcile().changes)


def test_a_dirty_note_shows_the_bar_and_keep_mine_saves_ours(
    qtbot: QtBot, session: Session, note: NotePath, vault_root: Path
) -> None:
    panel = make_panel(qtbot, session, 0.3)
    dirty_then_changed(qtbot, session, panel, note, vault_root)
    assert panel.info_bar.isVisible()
    assert panel.info_bar.action_ids() == ["reload", "keep", "compare"]
    assert panel.editor.text().endswith("Mine")
    qtbot.wait(600)  # longer than the autosave delay: nothing is written meanwhile
    assert (vault_root / note).read_text() == "Theirs.\n"
    with qtbot.waitSignal(panel.document.saved, timeout=WAIT):
        qtbot.mouseClick(panel.info_bar.button("keep"), Qt.MouseButton.LeftButton)
    assert (vault_root / note).read_text().endswith("Mine")
    assert not panel.info_bar.isVisible()


def test_reload_takes_theirs(
    qtbot: QtBot, session: Session, note: NotePath, vault_root: Path
) -> None:
    panel = make_panel(qtbot, session, 60.0)
    dirty_then_changed(qtbot, session, panel, note, vault_root)
    with qtbot.waitSignal(panel.document.reloaded, timeout=WAIT):
        qtbot.mouseClick(panel.info_bar.button("reload"), Qt.MouseButton.LeftButton)
    assert panel.editor.text() == "Theirs.\n"
    assert not panel.editor.is_modified


def test_compare_shows_a_diff_and_can_keep_mine(
    qtbot: QtBot, session: Session, note: NotePath, vault_root: Path
) -> None:
    panel = make_panel(qtbot, session, 60.0)
    dirty_then_changed(qtbot, session, panel, note, vault_root)
    with qtbot.waitSignal(panel.document.compared, timeout=WAIT):
        qtbot.mouseClick(panel.info_bar.button("compare"), Qt.MouseButton.LeftButton)
    dialog = panel.compare_dialog
    assert dialog is not None and dialog.isVisible()
    shown = dialog.view.toPlainText()
    assert "-Theirs." in shown.splitlines()
    assert "+Mine" in shown.splitlines()
    assert panel.info_bar.isVisible()  # the choice is still open
    with qtbot.waitSignal(panel.document.saved, timeout=WAIT):
        dialog.kept_mine.emit()
    assert (vault_root / note).read_text().endswith("Mine")


def test_deleted_outside_keeps_the_text_and_saves_again(
    qtbot: QtBot, session: Session, note: NotePath, vault_root: Path
) -> None:
    panel = make_panel(qtbot, session, 60.0)
    open_in(qtbot, panel, note)
    text = panel.full_text()  # the properties' front matter and the body
    (vault_root / note).unlink()
    with qtbot.waitSignal(panel.document.deleted_outside, timeout=WAIT):
        session.outside_changes(session.library.reconcile().changes)
    assert panel.full_text() == text
    assert panel.info_bar.action_ids() == ["save_again"]
    with qtbot.waitSignal(panel.document.saved, timeout=WAIT):
        qtbot.mouseClick(panel.info_bar.button("save_again"), Qt.MouseButton.LeftButton)
    assert (vault_root / note).read_text() == text


def test_modes_and_toggle(qtbot: QtBot, session: Session, note: NotePath) -> None:
    panel = make_panel(qtbot, session, 60.0)
    open_in(qtbot, panel, note)
    assert panel.mode == "split"
    assert panel.editor_pane.isVisible() and panel.preview.isVisible()
    panel.set_mode("edit")
    assert panel.editor_pane.isVisible() and not panel.preview.isVisible()
    panel.toggle_preview()
    assert panel.mode == "preview" and not panel.editor_pane.isVisible()
    panel.toggle_preview()
    assert panel.mode is ViewMode.EDIT  # a type, not a string to misspell
    with pytest.raises(ValueError, match="mode"):
        panel.set_mode("wide")


def test_preview_links_become_panel_signals(qtbot: QtBot, session: Session, note: NotePath) -> None:
    panel = make_panel(qtbot, session, 60.0)
    open_in(qtbot, panel, note)
    qtbot.waitUntil(lambda: "Seeds" in panel.preview.toPlainText(), timeout=WAIT)
    with qtbot.waitSignal(panel.link_activated) as blocker:
        panel.preview.anchorClicked.emit(QUrl("ponder-note:Compost"))
    assert blocker.args == ["notes/Compost.md"]  # resolved where the linking note is known
    with qtbot.waitSignal(panel.missing_link_activated) as blocker:
        panel.preview.anchorClicked.emit(QUrl("ponder-note:Nowhere"))
    assert blocker.args == ["Nowhere"]
    with qtbot.waitSignal(panel.tag_activated) as blocker:
        panel.preview.anchorClicked.emit(QUrl("ponder-tag:soil"))
    assert blocker.args == ["soil"]


def test_completion_offers_titles_and_aliases(
    qtbot: QtBot, session: Session, note: NotePath
) -> None:
    panel = make_panel(qtbot, session, 60.0)
    qtbot.waitUntil(lambda: "Compost" in panel._complete_titles(), timeout=WAIT)
    _, changes = session.library.create_note("Mulch")
    session.outside_changes(changes)
    qtbot.waitUntil(lambda: "Mulch" in panel._complete_titles(), timeout=WAIT)


def test_dropped_files_are_copied_and_linked(
    qtbot: QtBot, session: Session, note: NotePath, vault_root: Path, tmp_path: Path
) -> None:
    panel = make_panel(qtbot, session, 60.0)
    open_in(qtbot, panel, note)
    photo = tmp_path / "bed plan.png"
    photo.write_bytes(b"\x89PNG fake")
    (vault_root / "attachments").mkdir()
    (vault_root / "attachments" / "bed plan.png").write_bytes(b"older")
    end = len(panel.editor.text())
    panel.editor.files_dropped.emit([photo], end)
    qtbot.waitUntil(lambda: "attachments" in panel.editor.text(), timeout=WAIT)
    assert "![bed plan 2](../attachments/bed%20plan%202.png)" in panel.editor.text()
    assert (vault_root / "attachments" / "bed plan.png").read_bytes() == b"older"
    assert (vault_root / "attachments" / "bed plan 2.png").read_bytes() == b"\x89PNG fake"

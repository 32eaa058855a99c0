"""The open note's way to disk: autosave, Ctrl+S, and edits, moves and deletes made outside."""

from __future__ import annotations

import dataclasses
import os
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ponder.core.model import NotePath
from ponder.ui.document import Document, SaveState
from ponder.ui.session import Session
from ponder.ui.translations import install_translators

WAIT = 8000


def write_outside(path: Path, text: str) -> None:
    """Change a file as another program would, with its mtime clearly moved on."""
    path.write_bytes(text.encode())
    later = time.time() + 5
    os.utime(path, (later, later))


def deliver_outside_changes(session: Session) -> None:
    session.outside_changes(session.library.reconcile().changes)


@pytest.fixture
def note(session: Session) -> NotePath:
    path, _ = session.library.create_note("Garden", body="Seeds and soil.\n")
    return path


@pytest.fixture
def document(session: Session, qtbot: QtBot) -> Document:
    session.update_settings(dataclasses.replace(session.settings, autosave_seconds=60.0))
    return Document(session)


def open_note(qtbot: QtBot, document: Document, path: str) -> str:
    with qtbot.waitSignal(document.loaded, timeout=WAIT) as blocker:
        document.open(path)
    assert blocker.args is not None
    return str(blocker.args[1])


def test_open_loads_text_and_stamp(qtbot: QtBot, document: Document, note: NotePath) -> None:
    text = open_note(qtbot, document, note)
    assert "Seeds and soil." in text
    assert document.path == note
    assert document.stamp is not None
    assert not document.modified
    assert document.state is SaveState.SAVED


def test_autosave_writes_after_the_delay_and_indexes(
    qtbot: QtBot, session: Session, vault_root: Path, note: NotePath
) -> None:
    session.update_settings(dataclasses.replace(session.settings, autosave_seconds=0.3))
    document = Document(session)
    text = open_note(qtbot, document, note)
    started = time.monotonic()
    document.edit(text + "Marigolds bloom.\n")
    assert document.state is SaveState.EDITING
    with qtbot.waitSignal(document.saved, timeout=WAIT):
        pass
    assert time.monotonic() - started >= 0.25
    assert "Marigolds bloom." in (vault_root / note).read_text()
    assert [h.path for h in session.library.search("marigolds").hits] == [note]
    assert not document.modified
    assert document.state is SaveState.SAVED


def test_save_now_saves_at_once_and_publishes(
    qtbot: QtBot, session: Session, document: Document, vault_root: Path, note: NotePath
) -> None:
    text = open_note(qtbot, document, note)
    document.edit(text + "Now.\n")
    with qtbot.waitSignal(session.changed, timeout=WAIT) as blocker:
        future = document.save_now()
        future.result(timeout=5)
    assert (vault_root / note).read_text().endswith("Now.\n")
    assert blocker.args is not None
    assert note in blocker.args[0].updated
    assert blocker.args[1] is document


def test_clean_buffer_follows_an_outside_edit(
    qtbot: QtBot, session: Session, document: Document, vault_root: Path, note: NotePath
) -> None:
    open_note(qtbot, document, note)
    write_outside(vault_root / note, "# Garden\n\nRewritten elsewhere.\n")
    with qtbot.waitSignal(document.reloaded, timeout=WAIT) as blocker:
        deliver_outside_changes(session)
    assert blocker.args == ["# Garden\n\nRewritten elsewhere.\n"]
    assert document.text == "# Garden\n\nRewritten elsewhere.\n"
    assert not document.modified


def test_clean_buffer_follows_the_real_watcher(
    qtbot: QtBot, session: Session, document: Document, vault_root: Path, note: NotePath
) -> None:
    open_note(qtbot, document, note)
    session.start_watching()
    qtbot.waitUntil(lambda: session.watcher is not None, timeout=15000)
    with qtbot.waitSignal(document.reloaded, timeout=15000):
        write_outside(vault_root / note, "Seen by the watcher.\n")
    assert document.text == "Seen by the watcher.\n"


def test_dirty_buffer_is_never_overwritten(
    qtbot: QtBot, session: Session, document: Document, vault_root: Path, note: NotePath
) -> None:
    text = open_note(qtbot, document, note)
    document.edit(text + "Mine.\n")
    write_outside(vault_root / note, "Theirs.\n")
    with qtbot.waitSignal(document.changed_outside, timeout=WAIT):
        deliver_outside_changes(session)
    assert document.text.endswith("Mine.\n")
    assert document.awaiting_decision
    document.save_now().result(timeout=5)  # held: nothing is written until the person decides
    assert (vault_root / note).read_text() == "Theirs.\n"
    with qtbot.waitSignal(document.saved, timeout=WAIT):
        document.keep_mine()
    assert (vault_root / note).read_text().endswith("Mine.\n")
    assert not document.modified


def test_reload_takes_theirs(
    qtbot: QtBot, session: Session, document: Document, vault_root: Path, note: NotePath
) -> None:
    text = open_note(qtbot, document, note)
    document.edit(text + "Mine.\n")
    write_outside(vault_root / note, "Theirs.\n")
    with qtbot.waitSignal(document.changed_outside, timeout=WAIT):
        deliver_outside_changes(session)
    with qtbot.waitSignal(document.reloaded, timeout=WAIT):
        document.reload()
    assert document.text == "Theirs.\n"
    assert not document.modified and not document.awaiting_decision


def test_compare_gives_both_versions(
    qtbot: QtBot, document: Document, vault_root: Path, note: NotePath
) -> None:
    text = open_note(qtbot, document, note)
    document.edit(text + "Mine.\n")
    write_outside(vault_root / note, "Theirs.\n")
    with qtbot.waitSignal(document.compared, timeout=WAIT) as blocker:
        document.compare()
    assert blocker.args == [text + "Mine.\n", "Theirs.\n"]


def test_a_save_that_finds_another_version_reports_a_conflict(
    qtbot: QtBot, document: Document, vault_root: Path, note: NotePath
) -> None:
    text = open_note(qtbot, document, note)
    document.edit(text + "Mine.\n")
    write_outside(vault_root / note, "Theirs.\n")  # not delivered: the save finds it
    with qtbot.waitSignal(document.conflicted, timeout=WAIT) as blocker:
        document.save_now()
    assert blocker.args == [text + "Mine.\n", "Theirs.\n"]
    assert (vault_root / note).read_text() == "Theirs.\n"
    assert document.state is SaveState.CHANGED_ON_DISK
    assert document.state_text() == "Not saved: changed on disk"


def test_deleted_outside_keeps_the_buffer_and_saves_again(
    qtbot: QtBot, session: Session, document: Document, vault_root: Path, note: NotePath
) -> None:
    text = open_note(qtbot, document, note)
    (vault_root / note).unlink()
    with qtbot.waitSignal(document.deleted_outside, timeout=WAIT):
        deliver_outside_changes(session)
    assert document.text == text
    assert document.modified
    with qtbot.waitSignal(document.saved, timeout=WAIT):
        document.save_again()
    assert (vault_root / note).read_text() == text
    assert note in session.library.index.stamps()


def test_own_saves_are_not_taken_for_outside_edits(
    qtbot: QtBot, session: Session, document: Document, note: NotePath
) -> None:
    text = open_note(qtbot, document, note)
    document.edit(text + "Once.\n")
    document.save_now().result(timeout=5)
    qtbot.waitUntil(lambda: not document.modified, timeout=WAIT)
    with (
        qtbot.assertNotEmitted(document.reloaded, wait=300),
        qtbot.assertNotEmitted(document.changed_outside, wait=300),
    ):
        deliver_outside_changes(session)
        session.outside_changes(
            dataclasses.replace(session.library.reconcile().changes, updated=frozenset({note}))
        )


def test_a_rename_is_followed(
    qtbot: QtBot, session: Session, document: Document, note: NotePath
) -> None:
    open_note(qtbot, document, note)
    new = NotePath("notes/Kitchen garden.md")
    with qtbot.waitSignal(document.moved, timeout=WAIT) as blocker:
        session.outside_changes(session.library.rename(note, new))
    assert blocker.args == [note, new]
    assert document.path == new


def test_switching_notes_saves_pending_edits_first(
    qtbot: QtBot, session: Session, document: Document, vault_root: Path, note: NotePath
) -> None:
    other, _ = session.library.create_note("Orchard")
    text = open_note(qtbot, document, note)
    document.edit(text + "Before switching.\n")
    open_note(qtbot, document, other)
    assert (vault_root / note).read_text().endswith("Before switching.\n")
    back = open_note(qtbot, document, note)  # the read waits for that save
    assert back.endswith("Before switching.\n")


def test_close_returns_a_future_to_wait_on(
    qtbot: QtBot, document: Document, vault_root: Path, note: NotePath
) -> None:
    text = open_note(qtbot, document, note)
    document.edit(text + "Last words.\n")
    document.close().result(timeout=5)
    assert (vault_root / note).read_text().endswith("Last words.\n")
    assert document.path is None


def test_closing_while_undecided_keeps_the_text_in_a_copy(
    qtbot: QtBot, session: Session, document: Document, vault_root: Path, note: NotePath
) -> None:
    text = open_note(qtbot, document, note)
    document.edit(text + "Precious.\n")
    write_outside(vault_root / note, "Theirs.\n")
    with qtbot.waitSignal(document.changed_outside, timeout=WAIT):
        deliver_outside_changes(session)
    document.close().result(timeout=5)
    copy = vault_root / "notes" / "Garden (unsaved).md"
    assert copy.read_text().endswith("Precious.\n")
    assert (vault_root / note).read_text() == "Theirs.\n"


def test_the_save_state_is_a_type_put_into_words_only_where_shown(
    qtbot: QtBot, document: Document, note: NotePath
) -> None:
    seen: list[SaveState] = []
    document.state_changed.connect(seen.append)
    text = open_note(qtbot, document, note)
    document.edit(text + "More.\n")
    with qtbot.waitSignal(document.saved, timeout=WAIT):
        document.save_now()
    assert seen == [SaveState.SAVED, SaveState.EDITING, SaveState.SAVING, SaveState.SAVED]
    assert (document.save_error, document.state_text()) == ("", "Saved")
    under_a_file = f"{note}/day.md"  # a note's file is no folder: this cannot be written
    document.open_unwritten(under_a_file, "Day one.\n")
    assert (document.state, document.state_text()) == (SaveState.UNWRITTEN, "Not written yet")
    document.edit("Day one, written.\n")
    with qtbot.waitSignal(document.save_failed, timeout=WAIT) as failed:
        document.save_now()
    assert document.state is SaveState.FAILED
    assert failed.args == [document.save_error] and document.save_error
    assert document.state_text() == f"Not saved: {document.save_error}"


def test_the_save_state_is_said_in_the_persons_language(
    qapp: QApplication, qtbot: QtBot, document: Document, note: NotePath
) -> None:
    installed = install_translators(qapp, QLocale("de_DE"))
    try:
        open_note(qtbot, document, note)
        assert document.state is SaveState.SAVED
        assert document.state_text() == "Gespeichert"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)

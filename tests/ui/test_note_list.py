"""The note list: search as you type, snippets, keyboard, and staying current with changes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ponder.core.index_api import Hit
from ponder.core.library import Library
from ponder.core.model import Changes, Kind, NotePath
from ponder.ui.models.note_list_model import NoteListModel, NoteRole, snippet_text
from ponder.ui.panels.note_list import NoteListPanel
from ponder.ui.panels.snippet_delegate import parse_snippet, without_title
from ponder.ui.session import Session

WAIT = 10_000
BASE = datetime(2024, 5, 1, 9, 0, tzinfo=UTC)


def write_note(
    root: Path, rel: str, title: str, body: str, *, kind: str = "note", days: int = 0
) -> None:
    when = (BASE + timedelta(days=days)).isoformat()
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    front = f"---\ntitle: {title}\nkind: {kind}\ncreated: {when}\nupdated: {when}\n---\n"
    path.write_text(f"{front}\n{body}\n", encoding="utf-8")


@pytest.fixture
def filled_vault(vault_root: Path) -> Path:
    write_note(vault_root, "notes/caching.md", "Caching", "A cache keeps hot data near.", days=3)
    write_note(vault_root, "notes/queues.md", "Queues", "Back pressure & retries.", days=1)
    write_note(
        vault_root, "journal/2024-05-02.md", "2024-05-02", "Read about caching.", kind="journal"
    )
    return vault_root


@pytest.fixture
def notes(filled_vault: Path, session: Session, qtbot: QtBot) -> NoteListPanel:
    panel = NoteListPanel(session)
    qtbot.addWidget(panel)
    panel.resize(400, 600)
    panel.show()
    qtbot.waitUntil(lambda: panel.model.total == 3, timeout=WAIT)
    return panel


def shown_paths(panel: NoteListPanel) -> list[str]:
    return [hit.path for hit in panel.model.hits()]


def search(panel: NoteListPanel, qtbot: QtBot, text: str) -> None:
    with qtbot.waitSignal(panel.results_shown, timeout=WAIT):
        panel.set_query(text)
    qtbot.waitUntil(lambda: not panel.searching(), timeout=WAIT)


def test_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = NoteListModel()
    hits = [
        Hit(NotePath(f"n{i}.md"), f"Note {i}", Kind.NOTE, ("a",), BASE, 1.0, "x <b>y</b>")
        for i in range(5)
    ]
    model.set_hits(hits[:2], 5)
    qtmodeltester.check(model)
    model.set_hits(hits, 5)  # extends: rows appended, not a reset
    model.set_hits(hits[3:], 2)
    assert model.rowCount() == 2
    assert model.data(model.index(0, 0), NoteRole.PATH) == "n3.md"
    assert model.data(model.index(0, 0), NoteRole.KIND) == "note"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.AccessibleTextRole) == "Note 3. x y"


def test_extending_results_appends_rows(qtbot: QtBot) -> None:
    model = NoteListModel()
    hits = [Hit(NotePath(f"n{i}.md"), "", Kind.NOTE, (), None, 0.0, "") for i in range(4)]
    model.set_hits(hits[:2], 4)
    with (
        qtbot.waitSignal(model.rowsInserted, timeout=1000),
        qtbot.assertNotEmitted(model.modelReset),
    ):
        model.set_hits(hits, 4)
    assert model.row_of("n3.md") == 3
    assert model.data(model.index(3, 0)) == "n3.md"  # no title: the path stands in


def test_empty_query_lists_every_note_newest_first(notes: NoteListPanel) -> None:
    assert shown_paths(notes) == ["notes/caching.md", "notes/queues.md", "journal/2024-05-02.md"]
    assert notes.count_label.text() == "3 notes"


def test_typing_searches_and_highlights(notes: NoteListPanel, qtbot: QtBot) -> None:
    queries: list[str] = []
    notes.query_changed.connect(queries.append)
    notes.search_field.setFocus()
    with qtbot.waitSignal(notes.results_shown, timeout=WAIT):
        qtbot.keyClicks(notes.search_field, "caching")
    qtbot.waitUntil(lambda: notes.model.total == 2, timeout=WAIT)
    assert set(shown_paths(notes)) == {"notes/caching.md", "journal/2024-05-02.md"}
    snippets = [hit.snippet for hit in notes.model.hits()]
    assert any("<b>caching</b>" in s.lower() for s in snippets)
    assert queries[-1] == "caching"
    assert notes.count_label.text() == "2 notes"


def test_last_query_wins_when_typing_fast(notes: NoteListPanel, qtbot: QtBot) -> None:
    for text in ("c", "ca", "cac", "queu", "queues"):
        notes.set_query(text)
    qtbot.waitUntil(lambda: shown_paths(notes) == ["notes/queues.md"], timeout=WAIT)
    qtbot.wait(300)
    assert shown_paths(notes) == ["notes/queues.md"]


def test_nothing_matches_says_so(notes: NoteListPanel, qtbot: QtBot) -> None:
    search(notes, qtbot, "zebra")
    assert notes.model.rowCount() == 0
    assert notes.empty_label.isVisible()
    assert "zebra" in notes.empty_label.text()
    assert notes.count_label.text() == "0 notes"
    search(notes, qtbot, "")
    assert notes.view.isVisible()


def test_sort_by_title(notes: NoteListPanel, qtbot: QtBot) -> None:
    with qtbot.waitSignal(notes.results_shown, timeout=WAIT):
        notes.sort_box.setCurrentIndex(notes.sort_box.findText("Title"))
    assert shown_paths(notes) == ["journal/2024-05-02.md", "notes/caching.md", "notes/queues.md"]


def test_keyboard_moves_between_field_and_list(notes: NoteListPanel, qtbot: QtBot) -> None:
    opened: list[str] = []
    notes.note_activated.connect(opened.append)
    notes.focus_search()
    qtbot.waitUntil(notes.search_field.hasFocus, timeout=WAIT)
    qtbot.keyClick(notes.search_field, Qt.Key.Key_Down)
    assert notes.view.hasFocus()
    assert notes.current_path() == "notes/caching.md"
    qtbot.keyClick(notes.view, Qt.Key.Key_Down)
    qtbot.keyClick(notes.view, Qt.Key.Key_Return)
    assert opened == ["notes/queues.md"]
    qtbot.keyClick(notes.view, Qt.Key.Key_Escape)
    assert notes.search_field.hasFocus()
    qtbot.keyClick(notes.search_field, Qt.Key.Key_Return)
    assert opened[-1] == "notes/queues.md"


def test_click_opens(notes: NoteListPanel, qtbot: QtBot) -> None:
    rect = notes.view.visualRect(notes.model.index(1, 0))
    with qtbot.waitSignal(notes.note_activated, timeout=WAIT) as signal:
        qtbot.mouseClick(notes.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == ["notes/queues.md"]


def test_changes_rerun_the_query_and_keep_the_selection(
    notes: NoteListPanel, session: Session, qtbot: QtBot
) -> None:
    notes.view.setCurrentIndex(notes.model.index(1, 0))
    assert notes.current_path() == "notes/queues.md"

    def add(library: Library) -> Changes:
        return library.create_note("Cache eviction", body="LRU caching.")[1]

    session.write(add, session.outside_changes)
    qtbot.waitUntil(lambda: notes.model.total == 4, timeout=WAIT)
    assert notes.current_path() == "notes/queues.md"

    target = NotePath("notes/message-queues.md")
    session.write(
        lambda lib: lib.rename(NotePath("notes/queues.md"), target), session.outside_changes
    )
    qtbot.waitUntil(lambda: target in shown_paths(notes), timeout=WAIT)
    assert notes.current_path() == target


def test_more_rows_arrive_when_scrolled_to_the_end(
    filled_vault: Path, session: Session, qtbot: QtBot
) -> None:
    for i in range(9):
        write_note(filled_vault, f"more/n{i}.md", f"More {i}", "filler text", days=-i - 5)
    session.library.reconcile()
    panel = NoteListPanel(session, page_size=5)
    qtbot.addWidget(panel)
    panel.resize(400, 300)
    panel.show()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 5, timeout=WAIT)
    assert panel.model.total == 12
    bar = panel.view.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: panel.model.rowCount() == 10, timeout=WAIT)


def test_snippet_markup_is_parsed() -> None:
    text, ranges = parse_snippet("a <b>cache</b> &amp; <b>caches</b>")
    assert text == "a cache & caches"
    assert [text[s : s + n] for s, n in ranges] == ["cache", "caches"]
    assert snippet_text("x <b>y</b> &lt;z&gt;") == "x y <z>"
    assert without_title("Caching A cache", [(0, 7), (10, 5)], "caching") == (
        "A cache",
        [(2, 5)],
    )
    assert without_title("Cachingness", [], "Caching") == ("Cachingness", [])

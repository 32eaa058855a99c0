"""The journal calendar marks the days that have a journal note and says which day was chosen."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView
from pytestqt.qtbot import QtBot

from ponder.ui.panels.journal_calendar import JournalCalendar, day_of
from ponder.ui.session import Session


def make_calendar(session: Session, qtbot: QtBot) -> JournalCalendar:
    panel = JournalCalendar(session)
    qtbot.addWidget(panel)
    panel.show()
    return panel


def bold(panel: JournalCalendar, day: date) -> bool:
    fmt = panel.calendar.dateTextFormat(QDate(day.year, day.month, day.day))
    return fmt.fontWeight() == QFont.Weight.Bold


def test_days_with_journal_notes_are_marked(session: Session, qtbot: QtBot) -> None:
    today = date.today()
    days = {today, today - timedelta(days=2), date(2024, 2, 29)}
    for day in days:
        session.library.journal_note(day)
    session.library.create_note("Not a journal")
    panel = make_calendar(session, qtbot)
    qtbot.waitUntil(lambda: panel.marked_days() == days, timeout=5000)
    assert all(bold(panel, day) for day in days)
    assert not bold(panel, today - timedelta(days=1))


def test_marks_follow_session_changes(session: Session, qtbot: QtBot) -> None:
    panel = make_calendar(session, qtbot)
    day = date(2025, 6, 1)
    qtbot.wait(50)
    _path, changes = session.library.journal_note(day)
    session.outside_changes(changes)
    qtbot.waitUntil(lambda: day in panel.marked_days(), timeout=5000)
    assert bold(panel, day)
    removed = session.library.trash(_path)
    session.outside_changes(removed)
    qtbot.waitUntil(lambda: day not in panel.marked_days(), timeout=5000)
    assert not bold(panel, day)


def test_buttons_step_days_and_emit(session: Session, qtbot: QtBot) -> None:
    panel = make_calendar(session, qtbot)
    panel.set_day(date(2025, 3, 1))
    with qtbot.waitSignal(panel.day_chosen) as chosen:
        qtbot.mouseClick(panel.previous_button, Qt.MouseButton.LeftButton)
    assert chosen.args == [date(2025, 2, 28)]
    with qtbot.waitSignal(panel.day_chosen) as chosen:
        qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    assert chosen.args == [date(2025, 3, 1)]
    with qtbot.waitSignal(panel.day_chosen) as chosen:
        panel.today_button.setFocus()
        qtbot.keyClick(panel.today_button, Qt.Key.Key_Space)
    assert chosen.args == [date.today()] and panel.selected_day() == date.today()


def test_keyboard_moves_and_enter_chooses(session: Session, qtbot: QtBot) -> None:
    panel = make_calendar(session, qtbot)
    panel.set_day(date(2025, 3, 10))
    table = panel.calendar.findChild(QAbstractItemView)
    assert table is not None
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Right)
    with qtbot.waitSignal(panel.day_chosen) as chosen:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert chosen.args == [date(2025, 3, 11)]


def test_day_of_reads_the_common_file_names() -> None:
    assert day_of("journal/2024-03-01.md", "") == date(2024, 3, 1)
    assert day_of("journals/2024_03_01.md", "") == date(2024, 3, 1)
    assert day_of("daily/notes.md", "Monday 2023.12.31") == date(2023, 12, 31)
    assert day_of("journal/2024-02-30.md", "") is None
    assert day_of("journal/today.md", "Today") is None

"""The window in German shows the core's texts in German too: errors, channel and field names,
import formats, and counts in the language's plural forms; dates in the locale's format."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from ponder.core.messages import Message
from ponder.ui.controller import WindowController
from ponder.ui.core_text import core_text
from ponder.ui.dates import short_date, short_day, short_moment
from ponder.ui.main_window import MainWindow
from ponder.ui.seek import file_filters
from ponder.ui.session import Session
from ponder.ui.share.accounts_dialog import AccountsDialog
from ponder.ui.share.service import ShareService
from ponder.ui.translations import install_translators

WAIT = 10_000
BINARY = "binary.md"


@pytest.fixture
def vault_root(tmp_path: Path) -> Path:
    """Two notes and a binary file named like one, written before the index is built."""
    root = tmp_path / "vault"
    root.mkdir()
    (root / "one.md").write_text("# One\n\nThe first note.\n", encoding="utf-8")
    (root / "two.md").write_text("# Two\n\nThe second note.\n", encoding="utf-8")
    (root / BINARY).write_bytes(bytes(range(32)) * 64)
    return root


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    """Ponder's and Qt's German, and German as the default locale, as under LANG=de_DE."""
    installed = install_translators(qapp, QLocale("de_DE"))
    default = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    yield
    QLocale.setDefault(default)
    for translator in installed:
        qapp.removeTranslator(translator)


def german_window(request: pytest.FixtureRequest) -> tuple[MainWindow, WindowController]:
    """The window fixture, built after the translators as application.run() builds it."""
    window: tuple[MainWindow, WindowController] = request.getfixturevalue("window")
    return window


def test_a_core_error_and_a_plural_read_german(
    german: None, request: pytest.FixtureRequest, qtbot: QtBot
) -> None:
    main, _controller = german_window(request)
    qtbot.waitUntil(lambda: main.status.notes.text() == "2 Notizen", timeout=WAIT)
    main.note_panel.open_note(BINARY)
    label = main.note_panel.info_bar.findChild(QLabel)
    assert label is not None
    expected = (
        "Die Notiz konnte nicht geöffnet werden: Ponder konnte binary.md nicht lesen: sie sieht "
        "nach einer Binärdatei aus, nicht nach Markdown-Text; die Datei bleibt, wie sie ist."
    )
    qtbot.waitUntil(lambda: label.text() == expected, timeout=WAIT)
    # no note was open, so the note page with its info bar is not shown: the status bar says it
    assert main.statusBar().currentMessage() == expected
    main.note_list.set_query("first")
    qtbot.waitUntil(lambda: main.note_list.count_label.text() == "1 Notiz", timeout=WAIT)


def test_channel_and_field_names_read_german(
    german: None, session: Session, prompter: object, qtbot: QtBot
) -> None:
    service = ShareService(session)
    service.load()
    qtbot.waitUntil(lambda: service.loaded, timeout=WAIT)
    dialog = AccountsDialog(service, prompter)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    kinds = [dialog.kind.itemText(row) for row in range(dialog.kind.count())]
    assert {"Zwischenablage", "E-Mail", "Datei (.md oder .html)", "Mastodon"} <= set(kinds)
    dialog.kind.setCurrentIndex(dialog.kind.findData("email"))
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"SMTP-Passwort:", "An (durch Kommas getrennt):"} <= labels


def test_import_formats_read_german(german: None) -> None:
    filters = file_filters().split(";;")
    assert "Lesezeichendatei von Chrome (JSON) (*.json)" in filters
    assert any(f.startswith("Evernote-Export (.enex): Notizen, Schlagwörter") for f in filters)


def test_a_message_inside_a_message_is_translated_and_a_plural_takes_its_form(
    german: None,
) -> None:
    reason = Message("it is a folder, not a note")
    said = Message("Ponder could not read {path}: {reason}.", path="a.md", reason=reason)
    assert core_text(said) == "Ponder konnte a.md nicht lesen: das ist ein Ordner, keine Notiz."
    assert core_text(OSError("outside Ponder")) == "outside Ponder"  # not ours: as it is
    vanished = (
        "%n note(s) disappeared at once; Ponder keeps them in its index and deletes nothing. "
        "If you removed them on purpose, run `ponder reindex`."
    )
    assert core_text(Message(vanished, n=1)).startswith("1 Notiz ist auf einmal verschwunden;")
    assert core_text(Message(vanished, n=3)).startswith("3 Notizen sind auf einmal verschwunden;")


def test_plurals_read_english_with_the_english_catalogue(
    request: pytest.FixtureRequest, qtbot: QtBot
) -> None:
    """Under English (the autouse `english` fixture) "{n} note(s)" reads "2 notes", "1 note"."""
    main, _controller = german_window(request)
    qtbot.waitUntil(lambda: main.status.notes.text() == "2 notes", timeout=WAIT)
    main.note_list.set_query("first")
    qtbot.waitUntil(lambda: main.note_list.count_label.text() == "1 note", timeout=WAIT)
    assert core_text(Message("%n note(s) imported", n=1)) == "1 note imported"


def test_dates_follow_the_locale_and_never_read_d_mm_yyyy() -> None:
    day = date(2026, 12, 4)
    german = QLocale("de_DE")
    assert short_date(day, german) == "04.12.26"
    assert short_day(day, german) == "04.12"
    assert short_date(day, QLocale("en_US")) == "12/4/26"
    moment = datetime(2026, 12, 4, 14, 5).astimezone()
    assert short_moment(moment, german) == "04.12.26 14:05"
    c_locale = QLocale.c()  # its short format "d MM yyyy" would read "4 12 2026"
    assert short_date(day, c_locale) == "2026-12-04"
    assert short_moment(moment, c_locale) == "2026-12-04 14:05"

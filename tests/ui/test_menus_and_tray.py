"""Menus a person expects: mnemonics, a standard Edit menu, Help, the tray, closing to the tray."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from ponder.ui.actions import with_mnemonics
from ponder.ui.controller import WindowController
from ponder.ui.dialogs.shortcuts_sheet import ShortcutsSheet
from ponder.ui.main_window import MainWindow
from ponder.ui.tray import Tray

WAIT = 10_000
Window = tuple[MainWindow, WindowController]


def open_note(qtbot: QtBot, main: MainWindow, vault_root: Path, text: str) -> None:
    (vault_root / "Plan.md").write_text(text, "utf-8")
    main.note_panel.open_note("Plan.md")
    qtbot.waitUntil(lambda: not main.note_panel.editor.isReadOnly(), timeout=WAIT)


def test_mnemonics_are_unique_within_a_menu_in_every_language() -> None:
    assert with_mnemonics(["File", "Edit", "Journal", "Go", "View", "Share", "Help"]) == [
        "&File", "&Edit", "&Journal", "&Go", "&View", "&Share", "&Help"
    ]  # fmt: skip
    german = with_mnemonics(["Datei", "Bearbeiten", "Journal", "Gehe zu", "Ansicht", "Hilfe"])
    letters = [label[label.index("&") + 1].casefold() for label in german]
    assert len(set(letters)) == len(letters)
    assert with_mnemonics(["Save", "Save as", "Rock & roll"]) == [
        "&Save",
        "Save &as",
        "&Rock && roll",
    ]


def test_every_menu_and_item_has_a_mnemonic(window: Window) -> None:
    main, _controller = window
    for title, actions in main.menus:
        assert "&" in title.replace("&&", "")
        letters = []
        for action in actions:
            text = action.text().replace("&&", "")
            assert "&" in text, action.objectName()
            letters.append(text[text.index("&") + 1].casefold())
        assert len(letters) == len(set(letters)), title


def test_alt_letter_opens_the_menu_and_esc_gives_the_keys_back(
    window: Window, qtbot: QtBot, vault_root: Path
) -> None:
    main, _controller = window
    open_note(qtbot, main, vault_root, "Hello\n")
    editor = main.note_panel.editor
    main.activateWindow()
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus, timeout=WAIT)
    qtbot.keyClick(main, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    edit_menu = main.menuBar().actions()[1].menu()
    assert isinstance(edit_menu, QMenu)
    qtbot.waitUntil(edit_menu.isVisible, timeout=WAIT)
    qtbot.keyClick(edit_menu, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not edit_menu.isVisible(), timeout=WAIT)
    # The window's own focus child is the editor again, the menu bar is out of keyboard mode.
    qtbot.waitUntil(lambda: main.focusWidget() is editor, timeout=WAIT)
    assert main.menuBar().activeAction() is None
    main.activateWindow()  # offscreen hands activation to the closed popup; a desktop does not
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor, timeout=WAIT)
    qtbot.keyClicks(editor, "x")
    assert not any(m.isVisible() for m in main.menuBar().findChildren(QMenu))
    assert "x" in editor.text()


def test_edit_menu_works_on_the_focused_field(
    window: Window, qtbot: QtBot, vault_root: Path
) -> None:
    main, controller = window
    open_note(qtbot, main, vault_root, "Hello\n")
    field = main.note_list.search_field
    field.setFocus()
    qtbot.waitUntil(field.hasFocus, timeout=WAIT)
    qtbot.keyClicks(field, "compost")
    controller.actions["edit.select_all"].trigger()
    controller.actions["edit.copy"].trigger()
    controller.actions["edit.undo"].trigger()
    assert field.text() == ""
    controller.actions["edit.redo"].trigger()
    assert field.text() == "compost"
    editor = main.note_panel.editor
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus, timeout=WAIT)
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    controller.actions["edit.paste"].trigger()
    assert editor.text() == "Hello\ncompost"
    controller.actions["edit.undo"].trigger()
    assert editor.text() == "Hello\n"
    controller.actions["edit.find"].trigger()
    assert main.note_panel.editor_pane.find_bar.isVisible()


def test_help_lists_every_shortcut_and_finds_them(window: Window, qtbot: QtBot) -> None:
    main, controller = window
    sheet = ShortcutsSheet(main.menus, main)
    qtbot.addWidget(sheet)
    assert "Quick switcher…" in sheet.visible_commands()
    assert len(sheet.visible_commands()) == len(controller.actions.all())
    sheet.field.setText("dark")
    assert sheet.visible_commands() == ["Dark theme"]
    sheet.field.setText("ctrl+p")
    assert "Quick switcher…" in sheet.visible_commands()
    sheet.field.setText("zzzz")
    assert sheet.visible_commands() == [] and sheet.empty.isVisibleTo(sheet)
    controller.actions["help.query"].trigger()
    controller.actions["help.shortcuts"].trigger()


def test_closing_keeps_running_in_the_tray_and_quit_quits(
    window: Window, qtbot: QtBot, tmp_path: Path
) -> None:
    main, controller = window
    pixmap = QPixmap(16, 16)
    pixmap.fill()
    store = QSettings(str(tmp_path / "tray.ini"), QSettings.Format.IniFormat)
    tray = Tray(QIcon(pixmap), main, controller.actions, store)
    main.keep_running = True
    closed: list[bool] = []
    main.closing.connect(lambda: closed.append(True))
    main.close()
    assert not main.isVisible() and not closed
    assert store.value("tray/notice_shown") in (True, "true")
    assert "Quit" in tray.notice
    tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
    assert main.isVisible()
    tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.Context)
    assert main.isVisible()  # the right click opens the menu only
    assert controller.actions["app.quit"] in tray.menu.actions()
    controller.actions["app.quit"].trigger()
    assert closed == [True] and not main.isVisible()

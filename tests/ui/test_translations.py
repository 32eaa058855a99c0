"""The German translation: in step with the code, complete, and what the window shows."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from ponder.ui.controller import WindowController
from ponder.ui.dialogs.command_palette import plain_label
from ponder.ui.main_window import MainWindow
from ponder.ui.translations import install_translators

REPO = Path(__file__).resolve().parents[2]
GERMAN = REPO / "resources" / "translations" / "ponder_de.ts"
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def _messages() -> list[tuple[str, str, ET.Element | None]]:
    root = ET.parse(GERMAN).getroot()
    return [
        (context.findtext("name", ""), message.findtext("source", ""), message.find("translation"))
        for context in root.findall("context")
        for message in context.findall("message")
    ]


def test_the_translation_is_up_to_date_with_the_code() -> None:
    """Fails when a string was added or changed without `packaging/translations.py update`."""
    done = subprocess.run(
        [sys.executable, str(REPO / "packaging" / "translations.py"), "check"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_every_message_is_translated_with_the_same_placeholders() -> None:
    messages = _messages()
    assert len(messages) > 300
    for context, source, translation in messages:
        assert translation is not None, (context, source)
        assert translation.get("type") is None, (context, source, translation.get("type"))
        forms = [form.text for form in translation.findall("numerusform")]
        for text in forms or [translation.text]:  # a plural has one text per form
            assert text, (context, source)
            found = sorted(PLACEHOLDER.findall(text))
            assert found == sorted(PLACEHOLDER.findall(source)), (context, source, text)


@pytest.fixture
def german(qapp: QApplication) -> Iterator[list[QTranslator]]:
    """Ponder's and Qt's German installed; removed afterwards so other tests see English."""
    installed = install_translators(qapp, QLocale("de_DE"))
    yield installed
    for translator in installed:
        qapp.removeTranslator(translator)


def test_the_window_speaks_german_under_a_german_locale(
    german: list[QTranslator], request: pytest.FixtureRequest
) -> None:
    names = [Path(t.filePath()).name for t in german]
    assert names == ["ponder_de.qm", "qtbase_de.qm"]
    window: tuple[MainWindow, WindowController] = request.getfixturevalue("window")
    main, controller = window  # built after the translators, as application.run() does
    menus = [plain_label(action) for action in main.menuBar().actions()]
    assert menus[:3] == ["Datei", "Bearbeiten", "Tagebuch"]
    assert {"Gehe zu", "Ansicht", "Hilfe"} <= set(menus)
    assert plain_label(controller.actions["note.new"]) == "Neue Notiz"
    assert plain_label(controller.actions["journal.today"]) == "Tagebuch von heute"
    assert controller.actions["app.quit"].statusTip() == "Alles speichern und beenden"
    assert "Strg+Umschalt+N" in controller.actions["capture.quick"].toolTip()  # Qt's own German
    sections = main.sidebar.model.library_heading
    labels = [sections.child(row).text() for row in range(sections.rowCount())]
    assert labels[:4] == ["Heute", "Alle Notizen", "Eingang", "Tagebuch"]


def test_a_language_without_a_catalogue_gets_english_plurals(qapp: QApplication) -> None:
    """English's catalogue holds only plural forms; a language Ponder lacks reads English."""
    for locale in (QLocale("fr_FR"), QLocale("en_US")):
        installed = install_translators(qapp, locale)
        try:
            names = [Path(t.filePath()).name for t in installed]
            assert names[0] == "ponder_en.qm"
            assert "qtbase_de.qm" not in names
            assert QCoreApplication.translate("WindowController", "{n} note(s)", None, 1) == (
                "{n} note"
            )
        finally:
            for translator in installed:
                qapp.removeTranslator(translator)


def test_the_self_check_loads_german_from_lang(tmp_path: Path) -> None:
    """QLocale.system() follows LANG even where the de_DE locale is not generated."""
    home = tmp_path / "home"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env |= {"HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    env |= {"LANG": "de_DE.UTF-8", "LC_ALL": "de_DE.UTF-8", "LANGUAGE": ""}
    for var in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME"):
        env[var] = str(home / var.lower())
    done = subprocess.run(
        [sys.executable, "-m", "ponder", "--self-check"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    line = next(x for x in done.stdout.splitlines() if x.startswith("ok    translations: "))
    assert "“New note” → “Neue Notiz”" in line
    assert "de_DE: ponder_de.qm, qtbase_de.qm installed" in line

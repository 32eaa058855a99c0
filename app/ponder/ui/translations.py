"""Ponder's translations and Qt's own, loaded for the person's language."""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

CATALOGUE = "ponder"
"""Ponder's catalogues are `ponder_<language>.qm` in `ponder.resources/translations`."""
QT_CATALOGUE = "qtbase"
"""Qt's own strings (standard buttons, file dialogs, key names), shipped with PySide6."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for pyside6-lupdate (which knows this name) under `context`; it is translated
    where shown, with `QCoreApplication.translate(context, text)`. PySide6's own returns object."""
    return text


def install_translators(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Install Ponder's catalogue and Qt's for `locale` (by default the system's, which follows
    LC_ALL, LC_MESSAGES and LANG). Returns what was installed, for `removeTranslator`. English
    plural forms ("1 note", "2 notes", from ponder_en) are installed whatever the language, as
    the fallback for every `%n` text; a language Ponder has no catalogue for installs nothing
    more, quietly."""
    chosen = locale if locale is not None else QLocale.system()
    installed: list[QTranslator] = []
    folder = resources.files("ponder.resources").joinpath("translations")
    with resources.as_file(folder) as path:
        english = _load(QLocale(QLocale.Language.English), CATALOGUE, str(path), app)
        foreign = chosen.language() not in (QLocale.Language.English, QLocale.Language.C)
        ours = _load(chosen, CATALOGUE, str(path), app) if foreign else None
    if english is not None:
        installed.append(english)
    if ours is not None:
        installed.append(ours)  # after English: Qt asks the newest translator first
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        theirs = _load(chosen, QT_CATALOGUE, qt_folder, app)
        if theirs is not None:  # without ours, Qt's own German would leave a half-German window
            installed.append(theirs)
    for translator in installed:
        app.installTranslator(translator)
    return installed


def _load(locale: QLocale, name: str, folder: str, app: QCoreApplication) -> QTranslator | None:
    """`<name>_<language>.qm` for the best of the locale's languages, owned by `app` (so it
    lives as long as the app even when the caller drops the list), or None."""
    translator = QTranslator()
    if not translator.load(locale, name, "_", folder):
        return None
    translator.setParent(app)
    return translator

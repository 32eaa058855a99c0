"""`ponder --self-check`: prove an installed Ponder is whole — every resource loads, the Qt
plugins are there, and the real window opens and closes on a throwaway vault."""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from configparser import ConfigParser
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from PySide6.QtCore import QLocale, QTranslator, qVersion
from PySide6.QtGui import QIcon, QImage, QImageReader
from PySide6.QtWidgets import QApplication

from ponder import __version__
from ponder.core.capture.extract import extract
from ponder.core.markdown import render_html
from ponder.core.settings import Dirs, Settings
from ponder.desktop_entry import APP_ID, icon_files

log = logging.getLogger("ponder.self_check")
WINDOW_TIMEOUT_S = 60.0
Check = Callable[[], str]
"""A check returns a one-line summary, or raises with the reason it failed."""


def run() -> int:
    """Run every check, print one line each; 0 when all passed, else 1."""
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no screen: Qt would abort
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    failed = 0
    for name, check in CHECKS:
        try:
            detail = check()
        except Exception as exc:  # a check failing is the report, not a crash
            log.exception("self-check %s failed", name)
            print(f"FAIL  {name}: {exc}", flush=True)
            failed += 1
        else:
            print(f"ok    {name}: {detail}", flush=True)
    print(f"{len(CHECKS) - failed} of {len(CHECKS)} checks passed", flush=True)
    return 1 if failed else 0


def _package() -> Traversable:
    return resources.files("ponder.resources")


def _walk(folder: Traversable) -> Iterator[Traversable]:
    """Every file under `folder`, subfolders included."""
    for entry in folder.iterdir():
        if entry.is_dir():
            yield from _walk(entry)
        elif entry.name != "__init__.py" and not entry.name.endswith(".pyc"):
            yield entry


def check_versions() -> str:
    return f"ponder {__version__}, Python {sys.version.split()[0]}, Qt {qVersion()}"


def check_platform() -> str:
    formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
    missing = {"svg", "png"} - formats
    if missing:
        raise RuntimeError(f"Qt image plugins missing: {', '.join(sorted(missing))}")
    return f"platform {QApplication.platformName()}, image formats include svg and png"


def check_icons() -> str:
    drawings = [f for f in _package().joinpath("icons").iterdir() if f.name.endswith(".svg")]
    for svg in drawings:
        with resources.as_file(svg) as path:
            if QIcon(str(path)).pixmap(64, 64).isNull():
                raise RuntimeError(f"{svg.name} does not render")
    for size, png in icon_files().items():
        image = QImage.fromData(png.read_bytes())
        if image.isNull() or (image.width(), image.height()) != (size, size):
            raise RuntimeError(f"hicolor {size}x{size} icon is missing or not {size} px")
    sizes = ", ".join(str(size) for size in icon_files())
    return f"{len(drawings)} SVG drawings; {APP_ID}.png at {sizes} px"


def check_templates() -> str:
    found = list(_walk(_package().joinpath("templates")))
    for template in found:
        if not template.read_text("utf-8").strip():
            raise RuntimeError(f"template {template.name} is empty")
    if not any(t.name == "welcome.md" for t in found):
        raise RuntimeError("welcome.md is missing")
    return f"{len(found)} templates read"


def check_desktop_files() -> str:
    desktop = _package().joinpath("desktop")
    entry = ConfigParser(interpolation=None)
    entry.read_string(desktop.joinpath(f"{APP_ID}.desktop").read_text("utf-8"))
    if entry["Desktop Entry"]["Icon"] != APP_ID:
        raise RuntimeError("the desktop file names another icon")
    metainfo = desktop.joinpath(f"{APP_ID}.metainfo.xml").read_text("utf-8")
    if f"<id>{APP_ID}</id>" not in metainfo:
        raise RuntimeError("the metainfo has another id")
    return f"{APP_ID}.desktop parses, .metainfo.xml names it"


def check_translations() -> str:
    """Every catalogue loads, the German one knows a menu item, and the system's language is
    installed as the app would (so the window check after this one opens in it)."""
    from ponder.ui.translations import install_translators

    folder = _package().joinpath("translations")
    catalogues = [f for f in _walk(folder) if f.name.endswith(".qm")] if folder.is_dir() else []
    german = QTranslator()
    for catalogue in catalogues:
        translator = german if catalogue.name == "ponder_de.qm" else QTranslator()
        with resources.as_file(catalogue) as path:
            if not translator.load(str(path)):
                raise RuntimeError(f"{catalogue.name} does not load")
    known = german.translate("actions", "New note")
    if not known or known == "New note":
        raise RuntimeError("ponder_de.qm is missing or does not translate “New note”")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    installed = [Path(t.filePath()).name for t in install_translators(app)]
    language = QLocale.system().name()
    loaded = f"{', '.join(installed)} installed" if installed else "no catalogue, English"
    return f"{len(catalogues)} catalogue(s) load, “New note” → “{known}”; {language}: {loaded}"


def check_themes() -> str:
    from ponder.ui import theme  # after the QApplication exists

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    for chosen in (theme.LIGHT, theme.DARK):
        theme.apply(app, chosen)
        if not theme.preview_css(chosen) or app.palette().window().color().name() != chosen.window:
            raise RuntimeError(f"the {chosen.name} theme did not apply")
    return "light and dark apply"


def check_text_tools() -> str:
    """Markdown rendering and article extraction: the libraries that need their data files."""
    html = render_html("# Ponder\n\nSeek > Sense > **Share** [[Welcome]]")
    if "<strong>Share</strong>" not in html:
        raise RuntimeError("markdown did not render")
    words = " ".join(["Reading slowly and writing things down helps ideas connect."] * 12)
    page = f"<html lang='en'><head><title>T</title></head><body><article><p>{words}</p>"
    article = extract(page + "</article></body></html>", "https://example.org/a")
    if article.is_thin:
        raise RuntimeError(f"article extraction found only {article.words} words")
    return f"markdown renders; {article.extractor} extracted {article.words} words"


def check_window() -> str:
    """The real Application (core, session, window, controller) on a temporary vault."""
    from ponder.application import Application, LaunchRequest

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory(prefix="ponder-self-check-") as tmp:
        base = Path(tmp)
        dirs = Dirs(config=base / "config", cache=base / "cache", state=base / "state")
        root = base / "vault"
        ponder = Application(app, dirs, Settings(vault=str(root)), root)
        reconciled: list[object] = []
        ponder.session.reconcile_finished.connect(reconciled.append)
        ponder.start(LaunchRequest(vault=root))
        _process_until(app, lambda: bool(reconciled) and ponder.window.isVisible())
        shot = ponder.window.grab()
        notes = ponder.session.library.note_count()  # before closing: it asks the index
        ponder.window.close()
        app.processEvents()
        if shot.isNull():
            raise RuntimeError("the window did not paint")
        return f"window {shot.width()}x{shot.height()} shown, {notes} note(s) indexed, closed"


def _process_until(app: QApplication, done: Callable[[], bool]) -> None:
    deadline = time.monotonic() + WINDOW_TIMEOUT_S
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError(f"the window was not ready after {WINDOW_TIMEOUT_S:.0f} s")
        app.processEvents()
        time.sleep(0.01)


CHECKS: tuple[tuple[str, Check], ...] = (
    ("versions", check_versions),
    ("qt plugins", check_platform),
    ("icons", check_icons),
    ("templates", check_templates),
    ("desktop files", check_desktop_files),
    ("translations", check_translations),
    ("themes", check_themes),
    ("markdown and extraction", check_text_tools),
    ("main window", check_window),
)

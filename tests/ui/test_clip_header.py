"""A clip in the window, driven with keys and clicks on a real vault and a real local server:
the header shows where it came from; a refused fetch offers Fetch again; Extract again keeps
the person's lines, highlights and reflections; a link clipped before opens that clip and
offers a new version that links back."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from ponder.core import frontmatter
from ponder.ui.controller import WindowController
from ponder.ui.main_window import MainWindow
from ponder.ui.session import Session
from shared_data import missing_shared_data

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "tests" / "bench"))  # the server is shared with bench_extract.py

from article_server import ARTICLES, ArticleServer  # noqa: E402

WSJ = "042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856"
SENTENCE = "Gaming used to be so simple."
WAIT = 20_000
Window = tuple[MainWindow, WindowController]
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def server() -> Iterator[ArticleServer]:
    if not (ARTICLES / "html" / f"{WSJ}.html.gz").exists():
        missing_shared_data(ARTICLES / "html" / f"{WSJ}.html.gz")
    with ArticleServer(ARTICLES / "html") as running:
        yield running


def allow_local(session: Session, allowed: bool = True) -> None:
    session.update_settings(replace(session.settings, allow_local_addresses=allowed))


def clip_by_keys(controller: WindowController, qtbot: QtBot, url: str, why: str = "") -> None:
    """File ▸ Clip a page with the link on the clipboard, a reason typed, Ctrl+Enter."""
    QGuiApplication.clipboard().setText(url)
    dialog = controller.seek.clip_page()
    if why:
        qtbot.keyClicks(dialog.why_edit, why)
    qtbot.keyClick(dialog.why_edit, Qt.Key.Key_Return, CTRL)


def wait_filled(qtbot: QtBot, root: Path) -> None:
    """Until a clip holds the article and is named after the page (its last step)."""

    def filled() -> bool:
        return any(p.name.startswith("Google Stadia") for p in clips(root))

    qtbot.waitUntil(filled, timeout=WAIT)


def clips(root: Path) -> list[Path]:
    """The clipped notes; not a save's hidden swap file (`.ponder-aside-…md`), which exists
    for a moment while the clip is written and may vanish before it is read."""
    notes = [p for p in root.rglob("*.md") if not p.name.startswith(".")]
    return sorted(p for p in notes if "clip" in _text(p))


def _text(path: Path) -> str:
    try:
        return path.read_text("utf-8")
    except FileNotFoundError:  # replaced by a save between listing and reading
        return ""


def source_of(path: Path) -> dict[str, object]:
    value = frontmatter.read(path.read_text("utf-8"))[0]["source"]
    assert isinstance(value, dict)
    return value


def test_a_refused_fetch_offers_fetch_again(
    window: Window, session: Session, server: ArticleServer, vault_root: Path, qtbot: QtBot
) -> None:
    main, controller = window
    allow_local(session, False)
    url = server.url(f"/article/{WSJ}")
    clip_by_keys(controller, qtbot, url)
    qtbot.waitUntil(lambda: bool(clips(vault_root)), timeout=WAIT)
    note = clips(vault_root)[0]
    qtbot.waitUntil(lambda: source_of(note).get("status") == "failed", timeout=WAIT)
    assert server.requests == []  # refused before any request
    controller.open_note(note.relative_to(vault_root).as_posix())
    header = main.note_panel.clip_header
    qtbot.waitUntil(header.isVisible, timeout=WAIT)
    assert "Could not fetch this page" in header.status.text()
    assert header.fetch_button.isVisible() and not header.extract_button.isVisible()
    assert header.fetch_button.text() == "Fetch again"

    allow_local(session)  # the person allows local addresses in Preferences, then:
    qtbot.mouseClick(header.fetch_button, Qt.MouseButton.LeftButton)
    wait_filled(qtbot, vault_root)
    qtbot.waitUntil(lambda: header.extract_button.isVisible(), timeout=WAIT)
    assert header.status.text() == "" and header.fetch_button.isEnabled()
    assert "could not clip" not in clips(vault_root)[0].read_text("utf-8")


def test_the_header_shows_link_site_author_and_date(
    window: Window, session: Session, vault_root: Path, qtbot: QtBot
) -> None:
    main, controller = window
    (vault_root / "clips").mkdir()
    (vault_root / "clips" / "Essay.md").write_text(
        "---\ntitle: Essay\nkind: clip\nsource:\n  url: https://www.example.org/essays/one\n"
        "  site: www.example.org\n  site_name: Example Review\n  author: Ada Lovelace\n"
        "  published: '2019-11-19'\n  status: ok\n---\nText.\n",
        encoding="utf-8",
    )
    session.library.reconcile()
    opened: list[str] = []
    main.note_panel.clip_header._opener = lambda url: opened.append(url.toString()) or True
    controller.open_note("clips/Essay.md")
    header = main.note_panel.clip_header
    qtbot.waitUntil(header.isVisible, timeout=WAIT)
    assert "example.org/essays/one" in header.link.text()
    details = header.link.text()
    assert "Example Review" in details and "by Ada Lovelace" in details and "2019" in details
    header.link.linkActivated.emit("https://www.example.org/essays/one")
    assert opened == ["https://www.example.org/essays/one"]
    assert header.extract_button.isVisible() and header.fetch_button.isVisible()
    # a plain note citing a page shows where it came from, and offers no fetching
    (vault_root / "Cited.md").write_text(
        "---\ntitle: Cited\nsource: https://example.org/cited\n---\nMine.\n", "utf-8"
    )
    session.library.reconcile()
    controller.open_note("Cited.md")
    qtbot.waitUntil(lambda: header.path == "Cited.md", timeout=WAIT)
    assert "example.org/cited" in header.link.text()
    assert not header.fetch_button.isVisible() and not header.extract_button.isVisible()
    assert header.status.text() == ""
    controller.open_note("clips/Essay.md")
    qtbot.waitUntil(lambda: header.path == "clips/Essay.md", timeout=WAIT)
    assert header.fetch_button.isVisible()
    main.note_panel.close_note()
    assert header.isHidden()


def test_extract_again_keeps_lines_highlights_and_reflections(
    window: Window, session: Session, server: ArticleServer, prompter: object, vault_root: Path,
    qtbot: QtBot,
) -> None:  # fmt: skip
    main, controller = window
    allow_local(session)
    clip_by_keys(controller, qtbot, server.url(f"/article/{WSJ}"), why="Cloud gaming")
    wait_filled(qtbot, vault_root)
    # the window has taken in the first fill too (on a busy machine it lags the file)
    qtbot.waitUntil(lambda: "Clipped" in main.statusBar().currentMessage(), timeout=WAIT)
    note = clips(vault_root)[0]
    controller.open_note(note.relative_to(vault_root).as_posix())
    panel, header = main.note_panel, main.note_panel.clip_header
    qtbot.waitUntil(lambda: header.extract_button.isVisible(), timeout=WAIT)
    editor = panel.editor
    # a line of the person's own, typed after the reason
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_Home, CTRL)
    qtbot.keyClick(editor, Qt.Key.Key_End)
    qtbot.keyClicks(editor, " - and what it costs.")
    # a highlight on a sentence of the article (Edit ▸ Highlight, no comment)
    assert editor.find(SENTENCE)
    prompter.answers.append("")  # type: ignore[attr-defined]
    controller.actions["edit.highlight"].trigger()
    assert f"=={SENTENCE}==" in editor.toPlainText()
    with qtbot.waitSignal(controller.seek.clips.filled, timeout=WAIT):
        qtbot.mouseClick(header.extract_button, Qt.MouseButton.LeftButton)
        assert not header.extract_button.isEnabled()  # busy until the page is in
    assert "Clipped" in main.statusBar().currentMessage()
    qtbot.waitUntil(lambda: header.extract_button.isEnabled(), timeout=WAIT)
    text = clips(vault_root)[0].read_text("utf-8")
    assert "Cloud gaming - and what it costs." in text and f"=={SENTENCE}==" in text
    assert "as you had edited it" not in text and text.count("## From the page") == 1
    assert panel.full_text() == text  # the open note shows what is on disk


def test_a_link_clipped_before_opens_its_clip_and_offers_a_new_version(
    window: Window, session: Session, server: ArticleServer, vault_root: Path, qtbot: QtBot
) -> None:
    main, controller = window
    allow_local(session)
    url = server.url(f"/article/{WSJ}")
    clip_by_keys(controller, qtbot, url, why="first reading")
    wait_filled(qtbot, vault_root)
    first = clips(vault_root)[0]
    qtbot.waitUntil(lambda: "Clipped" in main.statusBar().currentMessage(), timeout=WAIT)
    # the same page written another way: host case, tracking parameters
    again = url.replace("http://", "HTTP://") + "?utm_source=newsletter&utm_medium=email"
    clip_by_keys(controller, qtbot, again, why="second reading")
    panel, header = main.note_panel, main.note_panel.clip_header
    first_path = first.relative_to(vault_root).as_posix()
    qtbot.waitUntil(lambda: panel.document.path == first_path, timeout=WAIT)
    qtbot.waitUntil(lambda: header.new_version_button.isVisible(), timeout=WAIT)
    assert "clipped this page before" in header.status.text()
    assert len(clips(vault_root)) == 1  # nothing duplicated; the new words kept in that clip
    qtbot.waitUntil(lambda: "second reading" in first.read_text("utf-8"), timeout=WAIT)

    qtbot.mouseClick(header.new_version_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(clips(vault_root)) == 2, timeout=WAIT)
    qtbot.waitUntil(lambda: panel.document.path not in (None, first_path), timeout=WAIT)
    qtbot.waitUntil(lambda: "Clipped" in main.statusBar().currentMessage(), timeout=WAIT)
    newer = vault_root / str(panel.document.path)
    text = newer.read_text("utf-8")
    assert f"[[{first_path.removesuffix('.md')}]]" in text and SENTENCE in text
    assert source_of(newer)["previous"] == first_path
    assert not header.new_version_button.isVisible()

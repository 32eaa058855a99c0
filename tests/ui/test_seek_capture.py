"""Seek in the window: a link captured or dropped is saved at once and its page fetched from a
real local server; dropped files and text land in the Inbox; exports are offered for import."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from ponder.core import frontmatter
from ponder.ui.controller import WindowController
from ponder.ui.drops import Drop
from ponder.ui.main_window import MainWindow
from ponder.ui.session import Session
from shared_data import missing_shared_data

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "tests" / "bench"))  # the server is shared with bench_extract.py

from article_server import ARTICLES, SHARED_DATA, ArticleServer  # noqa: E402

WSJ = "042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856"
WAIT = 20_000
Window = tuple[MainWindow, WindowController]


@pytest.fixture
def server(session: Session) -> Iterator[ArticleServer]:
    if not (ARTICLES / "html" / f"{WSJ}.html.gz").exists():
        missing_shared_data(ARTICLES / "html" / f"{WSJ}.html.gz")
    session.update_settings(replace(session.settings, allow_local_addresses=True))
    with ArticleServer(ARTICLES / "html") as running:
        yield running


def notes_in(root: Path, folder: str) -> list[Path]:
    return sorted((root / folder).glob("*.md")) if (root / folder).is_dir() else []


def test_a_captured_link_is_filled_in_from_the_page(
    window: Window, server: ArticleServer, vault_root: Path, qtbot: QtBot
) -> None:
    main, controller = window
    url = server.url(f"/article/{WSJ}")
    QGuiApplication.clipboard().setText(url)
    dialog = controller.seek.clip_page()
    assert dialog.text_edit.toPlainText() == url and dialog.focusWidget() is dialog.why_edit
    qtbot.keyClicks(dialog.why_edit, "How game streaming changes our test lab")
    dialog.save()
    # saved at once under its link, then renamed to the page's title once the page is in
    qtbot.waitUntil(lambda: bool(notes_in(vault_root, "clips")), timeout=WAIT)
    qtbot.waitUntil(
        lambda: notes_in(vault_root, "clips")[0].name.startswith("Google Stadia"), timeout=WAIT
    )
    clip = notes_in(vault_root, "clips")[0]
    front, body = frontmatter.read(clip.read_text("utf-8"))
    assert "Gaming used to be so simple." in body and front["kind"] == "clip"
    assert body.startswith("How game streaming changes our test lab")
    assert front["source"]["url"] == url and "site" in front["source"]
    qtbot.waitUntil(lambda: "Clipped" in main.statusBar().currentMessage(), timeout=WAIT)


def test_dropped_links_text_and_files_land_in_the_inbox(
    window: Window, server: ArticleServer, vault_root: Path, tmp_path: Path, qtbot: QtBot
) -> None:
    main, _controller = window
    page = tmp_path / "Reading list.md"
    page.write_text("---\ntags: [later]\n---\n- a paper on spacing\n", encoding="utf-8")
    picture = tmp_path / "whiteboard [v2].png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n not really")
    mime = QMimeData()
    mime.setUrls(
        [
            QUrl(server.url(f"/article/{WSJ}")),
            QUrl.fromLocalFile(str(page)),
            QUrl.fromLocalFile(str(picture)),
        ]
    )
    drop = Drop.from_mime(mime)
    assert len(drop.links) == 1 and len(drop.files) == 2 and not drop.text
    main.dropped.emit(drop)
    main.dropped.emit(Drop(text="A thought from a chat window"))
    qtbot.waitUntil(lambda: len(notes_in(vault_root, "inbox")) == 4, timeout=WAIT)
    texts = {p.name: p.read_text("utf-8") for p in notes_in(vault_root, "inbox")}
    assert texts["Reading list.md"] == page.read_text("utf-8")  # kept as it was
    # a saved name keeps no link syntax: `[v2]` becomes `(v2)`
    assert (vault_root / "attachments" / "whiteboard (v2).png").read_bytes().startswith(b"\x89PNG")
    shown = next(t for n, t in texts.items() if n.startswith("whiteboard"))
    assert "![whiteboard \\[v2\\].png](../attachments/whiteboard%20%28v2%29.png)" in shown
    assert any("A thought from a chat window" in t for t in texts.values())
    qtbot.waitUntil(
        lambda: any(
            "Gaming used to be so simple." in p.read_text() for p in notes_in(vault_root, "inbox")
        ),
        timeout=WAIT,
    )


def test_a_dropped_export_is_offered_for_import(
    window: Window, prompter: Any, session: Session, tmp_path: Path, qtbot: QtBot
) -> None:
    export = SHARED_DATA / "imports" / "other" / "wallabag__pinboard_export.json"
    if not export.exists():
        missing_shared_data(export)
    copy = tmp_path / "pinboard.json"
    shutil.copy(export, copy)
    main, _controller = window
    prompter.answers += [True, None]
    main.dropped.emit(Drop(files=(copy,)))
    assert prompter.asked[0] == "Import"
    qtbot.waitUntil(lambda: len(prompter.informed) == 1, timeout=WAIT)
    assert prompter.informed[0].startswith("Imported 3 notes")


def test_text_that_is_a_link_is_a_link() -> None:
    mime = QMimeData()
    mime.setText("  https://example.org/a  ")
    assert Drop.from_mime(mime) == Drop(links=("https://example.org/a",))
    mime.setText("two words")
    assert Drop.from_mime(mime) == Drop(text="two words")
    assert not Drop.from_mime(QMimeData())

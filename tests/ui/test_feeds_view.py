"""The Feeds view on a real session and a real feed server on 127.0.0.1: follow, unread counts,
mark all read, mute, unsubscribe, errors; screenshots light and dark (PONDER_SHOTS=1)."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ponder.core.library import Library
from ponder.core.settings import Dirs, Settings
from ponder.ui import theme
from ponder.ui.controller import WindowController
from ponder.ui.feeds_controller import FeedsController
from ponder.ui.feeds_view import AUTO_REFRESH_MS
from ponder.ui.main_window import MainWindow
from ponder.ui.session import Session
from ponder.ui.tasks import TaskRunner

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core" / "capture" / "feeds"))

from feed_server import Answer, FeedServer, feed_file

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
WAIT = 15_000


@pytest.fixture
def local_session(vault_root: Path, tmp_path: Path, qtbot: QtBot) -> Iterator[Session]:
    """A session whose settings allow addresses on this computer (the feed server's)."""
    dirs = Dirs(config=tmp_path / "config", cache=tmp_path / "cache", state=tmp_path / "state")
    library = Library.open(vault_root, dirs.cache)
    library.reconcile()
    settings = Settings(vault=str(vault_root), allow_local_addresses=True)
    session = Session(library, TaskRunner(), settings, dirs)
    yield session
    session.close()


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer() as running:
        running.put("/rss.xml", Answer(feed_file("own/rss20.xml"), etag='"1"'))
        running.put("/atom.xml", Answer(feed_file("own/atom10.xml"), "application/atom+xml"))
        running.put("/garden.xml", Answer(feed_file("own/rss091.xml"), "text/xml"))
        running.put("/down.xml", Answer(b"maintenance", "text/plain", 503))
        yield running


def follow(qtbot: QtBot, controller: FeedsController, url: str, rows: int) -> None:
    view = controller.open_view().view
    view.address.setText(url)
    qtbot.keyClick(view.address, Qt.Key.Key_Return)  # keyboard only
    qtbot.waitUntil(lambda: view.model.rowCount() == rows, timeout=WAIT)


def test_follow_read_mute_and_unsubscribe(
    local_session: Session, server: FeedServer, qtbot: QtBot, vault_root: Path
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    controller = FeedsController(local_session, parent, auto_refresh=False)
    window = controller.open_view()
    view = window.view
    follow(qtbot, controller, server.url("/rss.xml"), 1)
    qtbot.waitUntil(lambda: view.model.rows[0].unread == 3, timeout=WAIT)
    ModelTester(None).check(view.model)  # type: ignore[arg-type]
    assert view.model.rows[0].state.added_last == 3  # Return followed (and fetched) once
    assert view.model.index(0, 0).data() == "Field Reports"
    assert view.model.index(0, 1).data() == "3"
    assert len(list((vault_root / "inbox").glob("*.md"))) == 3
    assert view.read.isEnabled()
    qtbot.mouseClick(view.read, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.model.rows[0].unread == 0, timeout=WAIT)
    assert not view.read.isEnabled()
    asked = len(server.hits("/rss.xml"))
    with qtbot.waitSignal(controller.refreshed, timeout=WAIT):
        controller.timer.timeout.emit()  # the background refresh: nothing is due yet
    assert len(server.hits("/rss.xml")) == asked
    assert controller.timer.interval() == AUTO_REFRESH_MS
    qtbot.mouseClick(view.mute, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.model.rows[0].sub.muted, timeout=WAIT)
    assert view.model.index(0, 0).data().endswith("(muted)") and view.mute.text() == "Un&mute"
    qtbot.mouseClick(view.unsubscribe, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.model.rowCount() == 0, timeout=WAIT)
    assert len(list((vault_root / "inbox").glob("*.md"))) == 3  # the items stay


def test_an_error_is_shown_on_the_feed_and_a_bad_address_said(
    local_session: Session, server: FeedServer, qtbot: QtBot
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    controller = FeedsController(local_session, parent, auto_refresh=False)
    follow(qtbot, controller, server.url("/rss.xml"), 1)
    view = controller.open_view().view
    server.put("/rss.xml", Answer(b"maintenance", "text/plain", 503))
    view.table.selectRow(0)
    with qtbot.waitSignal(controller.refreshed, timeout=WAIT):
        qtbot.mouseClick(view.refresh_one, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.model.rows[0].state.error is not None, timeout=WAIT)
    state = view.model.index(0, 3).data()
    assert state.startswith("Error: The site had an error (HTTP 503)") and "Next try" in state
    view.address.setText(server.url("/nothing-here"))
    qtbot.keyClick(view.address, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "404" in view.message.text(), timeout=WAIT)
    assert view.model.rowCount() == 1


@pytest.mark.skipif(os.environ.get("PONDER_SHOTS") != "1", reason="set PONDER_SHOTS=1")
@pytest.mark.parametrize("name", ["light", "dark"])
def test_feeds_and_inbox_screenshots(
    local_session: Session,
    server: FeedServer,
    qtbot: QtBot,
    tmp_path: Path,
    prompter: object,
    name: str,
) -> None:
    chosen = theme.LIGHT if name == "light" else theme.DARK
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply(app, chosen)
    store = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(local_session, store)
    qtbot.addWidget(window)
    controller = WindowController(window, local_session, prompter)  # type: ignore[arg-type]
    window.note_panel.set_theme(chosen)
    window.resize(900, 600)
    window.show()
    feeds = controller.seek.feeds
    server.put("/down.xml", Answer(feed_file("feedparser/rss10.rdf"), "application/rdf+xml"))
    for rows, path in enumerate(("/rss.xml", "/atom.xml", "/garden.xml", "/down.xml"), 1):
        follow(qtbot, feeds, server.url(path), rows)
    view = feeds.open_view().view
    qtbot.waitUntil(lambda: sum(r.unread for r in view.model.rows) == 7, timeout=WAIT)
    server.put("/down.xml", Answer(b"maintenance", "text/plain", 503))
    feeds.refresh(next(r.sub for r in view.model.rows if r.sub.url.endswith("/down.xml")))
    qtbot.waitUntil(lambda: any(r.state.error for r in view.model.rows), timeout=WAIT)
    view.table.selectRow(0)
    qtbot.wait(300)
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert feeds.open_view().grab().save(str(SHOTS / f"feeds-{name}.png"))
    feeds.open_view().hide()
    window.note_list.set_query("path:inbox/")
    qtbot.waitUntil(lambda: window.note_list.model.rowCount() >= 6, timeout=WAIT)
    first = sorted(
        str(p.relative_to(local_session.library.vault.root))
        for p in (local_session.library.vault.root / "inbox").glob("Retro*.md")
    )[0]
    window.note_panel.open_note(first)
    window.note_panel.set_mode("preview")
    qtbot.waitUntil(lambda: window.note_panel.document.path == first, timeout=WAIT)
    qtbot.wait(400)
    assert window.grab().save(str(SHOTS / f"inbox-feed-{name}.png"))
    window.note_panel.document.close().result(timeout=10)


def test_clip_the_open_feed_item_fetches_its_article(
    local_session: Session, server: FeedServer, qtbot: QtBot, tmp_path: Path, prompter: object
) -> None:
    paragraph = "<p>A habit is a small thing done often, and often enough it is who you are.</p>"
    body = f"<html><body><article>{paragraph * 12}</article></body></html>".encode()
    page = server.put("/habit.html", Answer(body, "text/html"))
    feed = f"""<rss version="2.0"><channel><title>F</title><item><title>Habit</title>
        <link>{page}</link><description>Short.</description></item></channel></rss>"""
    store = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(local_session, store)
    qtbot.addWidget(window)
    controller = WindowController(window, local_session, prompter)  # type: ignore[arg-type]
    window.show()
    follow(qtbot, controller.seek.feeds, server.put("/f.xml", Answer(feed.encode())), 1)
    controller.seek.feeds.open_view().hide()
    root = local_session.library.vault.root
    qtbot.waitUntil(lambda: any((root / "inbox").glob("Habit*.md")), timeout=WAIT)
    item = str(next((root / "inbox").glob("Habit*.md")).relative_to(root))
    window.note_panel.open_note(item)
    qtbot.waitUntil(lambda: window.note_panel.document.path == item, timeout=WAIT)
    controller.actions["capture.clip_open"].trigger()
    qtbot.waitUntil(lambda: "who you are" in (root / item).read_text("utf-8"), timeout=WAIT)
    window.note_panel.document.close().result(timeout=10)

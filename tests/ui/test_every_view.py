"""One window, every face that changes notes, every open view told: the editor, a hand-over
from `ponder capture`, the watcher, an import, a clip of a page on a local server and a post
to a file target. Each face adds a note that says "zephyr", carries #face and links [[Hub]];
with Hub open and a search for "zephyr" active, the note list, the tag counts in the sidebar,
the backlinks panel, the open note's properties and the Shared view must all follow. A face
that forgot to broadcast leaves one of them stale, and its wait here times out."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ponder.application import Application, LaunchRequest
from ponder.core import handover
from ponder.core.settings import Dirs, Settings
from ponder.ui.models.sidebar_model import SidebarRole
from ponder.ui.panels.backlinks import PathRole
from ponder.ui.share.shared_view import SharedDialog
from ponder.ui.single_instance import InstanceServer

WAIT = 15_000
WORDS = " ".join(["The zephyr crossed the orchard and the hedges at dawn."] * 30)
PAGE = f"""<!doctype html><html><head><title>Zephyr over the orchard</title></head>
<body><article><h1>Zephyr over the orchard</h1><p>{WORDS}</p><p>{WORDS}</p></article>
</body></html>""".encode()


class _Page(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(PAGE)))
        self.end_headers()
        self.wfile.write(PAGE)

    def log_message(self, *_args: Any) -> None:
        pass


@pytest.fixture
def page_url() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Page)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/zephyr"
    server.shutdown()
    server.server_close()
    thread.join()


@pytest.fixture
def ponder(
    qapp: QApplication,
    qtbot: QtBot,
    tmp_path: Path,
    prompter: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[Application]:
    root = tmp_path / "vault"
    (root / "notes").mkdir(parents=True)
    (root / "notes" / "Hub.md").write_text("---\ntitle: Hub\n---\nWhere it all meets.\n", "utf-8")
    dirs = Dirs(config=tmp_path / "config", cache=tmp_path / "cache", state=tmp_path / "st")
    settings = Settings(vault=str(root), theme="light", allow_local_addresses=True)
    # The composition root's one modal face, swapped for answers from a list.
    monkeypatch.setattr("ponder.application.QtPrompter", lambda _parent: prompter)
    app = Application(qapp, dirs, settings, root)
    qtbot.addWidget(app.window)
    app.start(LaunchRequest())
    gc.unfreeze()
    yield app
    app.window.close()


def tag_count(app: Application, tag: str) -> int | None:
    item = app.window.sidebar.model.tag_item(tag)
    count = item.data(SidebarRole.COUNT) if item is not None else None
    return count if isinstance(count, int) else None


def linking(app: Application) -> list[str]:
    model = app.window.backlinks.linked
    return [str(model.index(r, 0).data(PathRole)) for r in range(model.rowCount())]


def views_follow(
    qtbot: QtBot, app: Application, path: str, tagged: int, *, links: bool = True
) -> None:
    """Every open view shows `path`: the search results, the tag count, Hub's backlinks."""
    window = app.window
    qtbot.waitUntil(lambda: window.note_list.model.row_of(path) >= 0, timeout=WAIT)
    qtbot.waitUntil(lambda: tag_count(app, "face") == tagged, timeout=WAIT)
    if links:
        qtbot.waitUntil(lambda: path in linking(app), timeout=WAIT)


def open_hub(qtbot: QtBot, app: Application) -> None:
    app.controller.open_note("notes/Hub.md")
    panel = app.window.note_panel
    qtbot.waitUntil(
        lambda: panel.document.path == "notes/Hub.md" and not panel.editor.isReadOnly(),
        timeout=WAIT,
    )


def hand_over(path: Path, message: dict[str, object]) -> None:
    """What `ponder capture` does when a window is open: one line over the socket."""
    code = (
        "import json, sys\nfrom pathlib import Path\nfrom ponder.core import handover\n"
        f"sent = handover.send(Path({str(path)!r}), json.loads(sys.argv[1]))\n"
        "sys.exit(0 if sent.handed else 3)\n"
    )
    done = subprocess.run([sys.executable, "-c", code, json.dumps(message)], timeout=30)
    assert done.returncode == 0


def test_every_face_reaches_every_open_view(
    ponder: Application, qtbot: QtBot, tmp_path: Path, page_url: str
) -> None:
    app, window = ponder, ponder.window
    qtbot.waitUntil(lambda: not app.session.reconciling, timeout=WAIT)
    open_hub(qtbot, app)
    window.note_list.set_query("zephyr")
    shared = SharedDialog(app.session, window)
    qtbot.addWidget(shared)
    shared.show()

    # the editor: typing in the open note, saved by autosave
    editor = window.note_panel.editor
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, "A zephyr today. #face")
    views_follow(qtbot, app, "notes/Hub.md", 1, links=False)

    # the watcher: a new file from another program, and the open note's properties changed
    outside = Path(app.session.library.root) / "notes" / "Outside.md"
    outside.write_text("A zephyr from vim. #face [[Hub]]\n", "utf-8")
    views_follow(qtbot, app, "notes/Outside.md", 2)
    hub = Path(app.session.library.root) / "notes" / "Hub.md"
    text = hub.read_text("utf-8").replace("title: Hub\n", "title: Hub\nmood: calm\n")
    hub.write_text(text, "utf-8")
    qtbot.waitUntil(lambda: "mood" in window.note_panel.properties.fields, timeout=WAIT)

    # `ponder capture` handing its text to this window
    socket_path = handover.socket_path(f"every-view-{os.getpid()}")
    server = InstanceServer(socket_path)
    server.accepts = app.accepts
    server.message_received.connect(app.handle)
    assert server.listen()
    try:
        message = {"command": "capture", "text": "A zephyr handed over. [[Hub]]",
                   "tags": ["face"], "vault": str(app.session.library.root)}  # fmt: skip
        thread = threading.Thread(target=hand_over, args=(socket_path, message))
        thread.start()
        qtbot.waitUntil(lambda: not thread.is_alive(), timeout=WAIT)
        thread.join()
    finally:
        server.close()
    qtbot.waitUntil(lambda: tag_count(app, "face") == 3, timeout=WAIT)
    handed = next(p for p in linking_or_hits(app) if p.startswith("inbox/"))
    views_follow(qtbot, app, handed, 3)

    # an import of a folder of Markdown
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "Imported.md").write_text("A zephyr imported. #face [[Hub]]\n", "utf-8")
    app.controller.seek.start_import(folder, "markdown-folder")
    qtbot.waitUntil(lambda: tag_count(app, "face") == 4, timeout=WAIT)
    imported = next(p for p in linking_or_hits(app) if p.endswith("Imported.md"))
    views_follow(qtbot, app, imported, 4)

    # a clip: saved at once, then its page fetched from a server on 127.0.0.1 (in the pool)
    app.controller.seek.clips.capture("", url=page_url, tags=["face"])
    qtbot.waitUntil(lambda: tag_count(app, "face") == 5, timeout=WAIT)
    # the note takes the page's title when the fetch is in: only that broadcast shows it
    views_follow(qtbot, app, "inbox/Zephyr over the orchard.md", 5, links=False)

    # a post to a file target: the draft's `shared:` and the Shared view
    share_a_draft(qtbot, app, tmp_path)
    qtbot.waitUntil(lambda: shared.tree.topLevelItemCount() == 1, timeout=WAIT)
    qtbot.waitUntil(lambda: "shared" in window.note_panel.properties.fields, timeout=WAIT)


def hit_paths(app: Application) -> list[str]:
    model = app.window.note_list.model
    return [model.hit(row).path for row in range(model.rowCount())]


def linking_or_hits(app: Application) -> list[str]:
    return [*linking(app), *hit_paths(app)]


def share_a_draft(qtbot: QtBot, app: Application, tmp_path: Path) -> None:
    """A draft note, open in the window, posted to a file export from its composer."""
    service = app.controller.share.service
    qtbot.waitUntil(lambda: service.loaded, timeout=WAIT)
    done: list[object] = []
    values = {"folder": str(tmp_path / "out")}
    service.add("export", "file", values, None, done.append, done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=WAIT)
    root = Path(app.session.library.root)
    (root / "drafts").mkdir(exist_ok=True)
    draft = "---\ntitle: Zephyr post\nkind: draft\nstatus: draft\n---\nA zephyr, shared.\n"
    (root / "drafts" / "Zephyr post.md").write_text(draft, "utf-8")
    qtbot.waitUntil(lambda: "drafts/Zephyr post.md" in hit_paths(app), timeout=WAIT)
    app.controller.open_note("drafts/Zephyr post.md")
    panel = app.window.note_panel
    qtbot.waitUntil(lambda: "status" in panel.properties.fields, timeout=WAIT)
    composer = app.controller.share.open_composer("drafts/Zephyr post.md")
    qtbot.waitUntil(lambda: not composer.editor.isReadOnly(), timeout=WAIT)
    composer.picker.set_checked(["export"])
    composer.post()
    qtbot.waitUntil(lambda: not composer.flow.running, timeout=WAIT)

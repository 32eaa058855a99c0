"""A post that reached one target and not the other: the draft says `status: partial` and
keeps why; a composer opened later still offers Retry failed, which sends only the rest."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from ponder.core import frontmatter
from ponder.core.model import Kind
from ponder.core.share.delivery import Delivery
from ponder.ui.controller import WindowController
from ponder.ui.document import SaveState
from ponder.ui.main_window import MainWindow
from ponder.ui.session import Session
from ponder.ui.share.composer import ComposerDialog
from ponder.ui.share.posting import PostState

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_share_composer import add_account, composer_of, create_draft, select_all_rows

WAIT = 10_000


def front_of(path: Path) -> dict[str, Any]:
    return frontmatter.read(path.read_text("utf-8"))[0]


def test_a_partly_failed_post_is_partial_and_retry_survives_closing(
    window: tuple[MainWindow, WindowController],
    session: Session,
    prompter: Any,
    vault_root: Path,
    tmp_path: Path,
    qtbot: QtBot,
) -> None:
    main, controller = window
    service = controller.share.service
    blocker = tmp_path / "blocked"
    blocker.write_text("a file where the export folder should be", "utf-8")
    add_account(qtbot, service, "good", "file", {"folder": str(tmp_path / "good")}, "")
    add_account(qtbot, service, "bad", "file", {"folder": str(blocker / "out")}, "")
    _path, changes = session.library.create_note("Compost", kind=Kind.NOTE, body="Leaves rot.")
    session.outside_changes(changes)
    qtbot.waitUntil(lambda: main.note_list.model.rowCount() == 1, timeout=WAIT)
    select_all_rows(main)
    controller.actions["share.new_draft"].trigger()
    create_draft(controller, qtbot, "roundup")
    composer = composer_of(controller, qtbot)
    draft = vault_root / composer.path
    composer.picker.set_checked(["good", "bad"])
    prompter.answers += [True, True]  # post despite the findings (post, then retry)
    qtbot.mouseClick(composer.post_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: front_of(draft).get("status") == "partial", timeout=WAIT)
    qtbot.waitUntil(lambda: not composer.flow.running, timeout=WAIT)
    front = front_of(draft)
    assert front["delivery"]["good"]["state"] == "sent"
    assert front["delivery"]["bad"]["state"] == "failed" and front["delivery"]["bad"]["reason"]
    assert composer.document.state is SaveState.SAVED  # reloaded, no conflict
    composer.close()

    shared = controller.share.show_shared()
    qtbot.waitUntil(lambda: len(shared.entries) == 2, timeout=WAIT)
    rows = {e.account: e for e in shared.entries}
    assert rows["good"].state is Delivery.SENT and rows["bad"].state is Delivery.FAILED
    bad_row = next(
        shared.tree.topLevelItem(i)
        for i in range(shared.tree.topLevelItemCount())
        if shared.entries[i].account == "bad"
    )
    outcome = shared.tree.itemWidget(bad_row, 3)
    assert isinstance(outcome, QLabel) and outcome.text().startswith("✗ Not posted:")
    shared.close()

    # as after a restart: a new composer on the draft, knowing only what the file says
    again = ComposerDialog(session, service, prompter, composer.path, main)
    qtbot.addWidget(again)
    again.reopen()
    qtbot.waitUntil(lambda: again.retry_button.isVisibleTo(again), timeout=WAIT)
    assert again.states == {"bad": PostState.FAILED}
    assert "Partly posted." in again.results.text() and "✗ <b>bad</b>" in again.results.text()
    blocker.unlink()  # the person fixes what was wrong
    qtbot.mouseClick(again.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: front_of(draft).get("status") == "posted", timeout=WAIT)
    qtbot.waitUntil(lambda: not again.flow.running, timeout=WAIT)
    assert len(list((tmp_path / "good").glob("*.md"))) == 1  # not sent twice
    assert len(list((blocker / "out").glob("*.md"))) == 1
    assert not again.retry_button.isVisibleTo(again)
    again.close()

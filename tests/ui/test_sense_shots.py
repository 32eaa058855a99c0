"""Screenshots of Sense, light and dark (PONDER_SHOTS=1): Today, Process inbox, a review card,
related notes and Questions, on a small vault of clips, highlights and questions."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ponder.core.library import Library
from ponder.core.sense import inbox, questions
from ponder.core.settings import Dirs, Settings
from ponder.ui import theme
from ponder.ui.controller import WindowController
from ponder.ui.dialogs.quick_capture import QuickCaptureDialog
from ponder.ui.main_window import MainWindow
from ponder.ui.sense.process_inbox import ProcessInboxDialog
from ponder.ui.sense.questions_view import QuestionsDialog
from ponder.ui.sense.review_card import ReviewCard
from ponder.ui.session import Session
from ponder.ui.tasks import TaskRunner

pytestmark = pytest.mark.skipif(
    os.environ.get("PONDER_SHOTS") != "1", reason="writes docs/screenshots; set PONDER_SHOTS=1"
)
SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
WAIT = 15_000

CLIPS = [
    (
        "deep-work",
        "Deep work is rare and valuable",
        "newport.example",
        "Cal Newport",
        "Professional activities performed in a state of distraction-free concentration "
        "==push your cognitive capabilities to their limit== %%protect the mornings%%. "
        "Deep work needs long stretches of attention.",
    ),
    (
        "attention-residue",
        "Attention residue",
        "hbr.example",
        "Sophie Leroy",
        "When you switch from task A to task B, your attention does not immediately follow: "
        "==a residue of your attention remains stuck thinking about the original task==.",
    ),
    (
        "maker-schedule",
        "Maker's schedule, manager's schedule",
        "paulgraham.example",
        "Paul Graham",
        "A single meeting can ==blow a whole afternoon, by breaking it into two pieces each "
        "too small to do anything hard in==. Makers need attention in long blocks.",
    ),
    (
        "batch-email",
        "Batch your e-mail",
        "blog.example",
        "Ana Ruiz",
        "Checking e-mail twice a day instead of constantly leaves attention for deep work.",
    ),
    (
        "slow-productivity",
        "Slow productivity",
        "newport.example",
        "Cal Newport",
        "Do fewer things, work at a natural pace, obsess over quality.",
    ),
]


def _clip(slug: str, title: str, site: str, author: str, body: str, day: int) -> str:
    return (
        f'---\ntitle: "{title}"\nkind: clip\ntags: [attention]\n'
        f"created: 2026-12-0{day}T08:00:00+01:00\n"
        f"source: {{url: 'https://{site}/{slug}', site: {site}, author: {author}}}\n---\n"
        f"## From the page\n\n{body}\n"
    )


@pytest.fixture
def sense_session(tmp_path: Path, qtbot: QtBot) -> Iterator[Session]:
    root = tmp_path / "vault"
    (root / "clips").mkdir(parents=True)
    for day, (slug, title, site, author, body) in enumerate(CLIPS, 1):
        (root / "clips" / f"{slug}.md").write_text(
            _clip(slug, title, site, author, body, day), encoding="utf-8"
        )
    dirs = Dirs(config=tmp_path / "config", cache=tmp_path / "cache", state=tmp_path / "state")
    library = Library.open(root, dirs.cache)
    library.reconcile()
    now = datetime.now().astimezone()
    from ponder.core.model import NotePath

    inbox.reflect(
        library,
        NotePath("clips/deep-work.md"),
        "My best writing happens before 10:00; meetings go after lunch.",
        now - timedelta(days=2),
    )
    for text in ("How do I protect deep work in a team of ten?", "Is batching e-mail enough?"):
        questions.ask(library, text, now - timedelta(days=3))
    library.journal_note(now.date())
    earlier = date(now.year, now.month - 1 or 12, min(now.day, 28))
    library.journal_note(earlier)
    session = Session(library, TaskRunner(), Settings(vault=str(root)), dirs)
    yield session
    session.close()


def _theme(name: str) -> theme.Theme:
    chosen = theme.LIGHT if name == "light" else theme.DARK
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply(app, chosen)
    return chosen


def _save(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(SHOTS / f"{name}.png"))


@pytest.mark.parametrize("name", ["light", "dark"])
def test_sense_screenshots(
    sense_session: Session, qtbot: QtBot, tmp_path: Path, prompter: object, name: str
) -> None:
    chosen = _theme(name)
    # the window's Appearance applies the settings' theme: "system" would be light here
    sense_session.update_settings(replace(sense_session.settings, theme=name))
    store = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(sense_session, store)
    qtbot.addWidget(window)
    controller = WindowController(window, sense_session, prompter)  # type: ignore[arg-type]
    window.note_panel.set_theme(chosen)
    window.resize(1280, 800)
    window.show()
    controller.sense.show_today()
    qtbot.waitUntil(lambda: window.today.facts is not None, timeout=WAIT)
    qtbot.wait(300)
    _save(window, f"today-{name}")

    controller.open_note("clips/attention-residue.md")
    window.side_tabs.setCurrentWidget(window.related)
    qtbot.waitUntil(lambda: window.related.list.count() > 0, timeout=WAIT)
    window.right.setSizes([480, 320])
    qtbot.wait(400)
    _save(window, f"related-{name}")

    dialog = ProcessInboxDialog(sense_session, window)
    dialog.show()
    dialog.start()
    qtbot.waitUntil(lambda: dialog.related.count() > 0, timeout=WAIT)
    qtbot.keyClicks(dialog.reflection, "Schedule one meeting-free morning a week for the team.")
    dialog.tags.setText("focus, team")
    qtbot.wait(200)
    _save(dialog, f"process-inbox-{name}")
    dialog.close()

    card = ReviewCard(sense_session, window)
    card.show()
    card.start()
    qtbot.waitUntil(lambda: card.current() is not None, timeout=WAIT)
    qtbot.waitUntil(lambda: card.related.count() > 0, timeout=WAIT)
    qtbot.wait(200)
    _save(card, f"review-card-{name}")
    card.close()

    view = QuestionsDialog(sense_session, window)
    view.show()
    view.start()
    qtbot.waitUntil(lambda: view.list.count() > 0, timeout=WAIT)
    qtbot.wait(200)
    _save(view, f"questions-{name}")
    view.link_answer()
    picker = view.picker
    assert picker is not None
    qtbot.waitUntil(lambda: picker.table is not None, timeout=WAIT)
    qtbot.keyClicks(picker.field, "deep")
    qtbot.waitUntil(lambda: picker.model.rowCount() > 0, timeout=WAIT)
    qtbot.wait(200)
    _save(picker, f"link-answer-{name}")
    picker.close()
    view.close()

    capture = QuickCaptureDialog(sense_session, window)
    capture.show()
    capture.question_box.setChecked(True)
    capture.text_edit.setPlainText("What would a meeting-free morning cost the team?")
    capture.tags_edit.setText("focus, team")
    qtbot.wait(200)
    _save(capture, f"capture-question-{name}")
    capture.done(0)
    window.note_panel.document.close().result(timeout=10)

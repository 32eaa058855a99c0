"""Sense in the window, driven by keys only: Process inbox, the review card, Today, Related,
Questions, and the Highlight action."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ponder.core import frontmatter
from ponder.core.sense import questions, review, units
from ponder.ui.controller import WindowController
from ponder.ui.main_window import MainWindow
from ponder.ui.sense.process_inbox import ProcessInboxDialog
from ponder.ui.sense.questions_view import QuestionsDialog
from ponder.ui.sense.review_card import ReviewCard
from ponder.ui.session import Session

WAIT = 10_000
Window = tuple[MainWindow, WindowController]


def _clip(root: Path, name: str, title: str, body: str, created: str) -> None:
    (root / "clips").mkdir(exist_ok=True)
    (root / "clips" / f"{name}.md").write_text(
        f"---\ntitle: {title}\nkind: clip\ncreated: {created}\n"
        f"source: {{url: 'https://example.org/{name}', author: Ann}}\n---\n"
        f"## From the page\n\n{body}\n",
        encoding="utf-8",
    )


def _fill_inbox(root: Path, session: Session) -> None:
    _clip(root, "one", "Deep work", "Attention is ==the new IQ==.", "2026-12-01T08:00:00+00:00")
    _clip(root, "two", "Residue", "Attention residue after switching.", "2026-12-02T08:00:00+00:00")
    _clip(root, "three", "Pasta", "Salt the water.", "2026-12-03T08:00:00+00:00")
    _clip(root, "four", "Email", "Batch your e-mail.", "2026-12-03T09:00:00+00:00")
    session.library.reconcile()


def _key(
    qtbot: QtBot, widget: QWidget, key: Qt.Key, mods: Qt.KeyboardModifier | None = None
) -> None:
    qtbot.keyClick(widget, key, mods or Qt.KeyboardModifier.NoModifier)


def test_process_inbox_with_keys_only(session: Session, vault_root: Path, qtbot: QtBot) -> None:
    _fill_inbox(vault_root, session)
    dialog = ProcessInboxDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.counter.text() == "1 of 4", timeout=WAIT)
    assert dialog.title.text() == "Deep work"
    qtbot.waitUntil(lambda: dialog.reflection.hasFocus(), timeout=WAIT)
    qtbot.keyClicks(dialog.reflection, "Guard the mornings")
    _key(qtbot, dialog.reflection, Qt.Key.Key_Tab)  # to the tags
    qtbot.keyClicks(dialog.tags, "focus")
    _key(qtbot, dialog.tags, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)  # keep
    qtbot.waitUntil(lambda: dialog.counter.text() == "2 of 4", timeout=WAIT)
    _key(qtbot, dialog.reflection, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # archive
    qtbot.waitUntil(lambda: dialog.counter.text() == "3 of 4", timeout=WAIT)
    _key(qtbot, dialog.reflection, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # delete
    qtbot.waitUntil(lambda: dialog.counter.text() == "4 of 4", timeout=WAIT)
    qtbot.keyClicks(dialog.reflection, "Does batching help?")
    _key(qtbot, dialog.reflection, Qt.Key.Key_Q, Qt.KeyboardModifier.AltModifier)  # question
    qtbot.waitUntil(lambda: dialog.title.text() == "The inbox is empty. Well done.", timeout=WAIT)
    library = session.library
    qtbot.waitUntil(lambda: len(questions.listing(library)) == 1, timeout=WAIT)
    kept = library.read(library.resolve("clips/one.md") or "")  # type: ignore[arg-type]
    assert [r.text for r in units.reflections(kept.body)] == ["Guard the mornings"]
    assert kept.tags[:1] == ("focus",)
    assert library.read(library.resolve("clips/two.md") or "").front["archived"] is True  # type: ignore[arg-type]
    assert not (vault_root / "clips" / "three.md").exists()
    assert list((vault_root / ".trash").rglob("three.md"))
    assert [q.title for q in questions.listing(library)] == ["Does batching help?"]


def test_review_card_with_keys_only(session: Session, vault_root: Path, qtbot: QtBot) -> None:
    (vault_root / "notes").mkdir()
    (vault_root / "notes" / "ideas.md").write_text(
        "==first idea== %%why%%\n\n==second idea==\n\n==third idea==\n\n"
        "## Reflections\n\n- **2026-11-30** an old thought\n",
        encoding="utf-8",
    )
    session.library.reconcile()
    card = ReviewCard(session)
    qtbot.addWidget(card)
    card.show()
    card.activateWindow()
    qtbot.waitExposed(card)
    card.start()
    qtbot.waitUntil(lambda: card.counter.text() == "1 of 4", timeout=WAIT)
    assert card.text.text() == "first idea" and card.comment.text() == "why"
    qtbot.waitUntil(lambda: "an old thought" in card.reflections.text(), timeout=WAIT)
    _key(qtbot, card, Qt.Key.Key_2)  # good
    qtbot.waitUntil(lambda: card.counter.text() == "2 of 4", timeout=WAIT)
    _key(qtbot, card, Qt.Key.Key_1)  # again
    qtbot.waitUntil(lambda: card.counter.text() == "3 of 4", timeout=WAIT)
    _key(qtbot, card, Qt.Key.Key_S)  # snooze
    qtbot.waitUntil(lambda: card.counter.text() == "4 of 4", timeout=WAIT)
    _key(qtbot, card, Qt.Key.Key_Tab)  # to the reflection box
    qtbot.keyClicks(card.reflection, "2 keys typed here are text")
    _key(qtbot, card.reflection, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    _key(qtbot, card, Qt.Key.Key_R)  # retire
    qtbot.waitUntil(lambda: card.text.text() == "Nothing more to review today.", timeout=WAIT)
    path = vault_root / "notes" / "ideas.md"

    def written() -> dict[str, dict[str, object]]:
        front = frontmatter.read(path.read_text("utf-8"))[0].get("review")
        return front if isinstance(front, dict) else {}

    qtbot.waitUntil(lambda: len(written()) == 4, timeout=WAIT)
    by_key = written()
    key = units.unit_key
    assert by_key[key("first idea")]["reps"] == 1
    assert by_key[key("second idea")]["reps"] == 1
    assert by_key[key("third idea")]["reps"] == 0  # snoozed, not reviewed
    assert by_key[key("an old thought")]["retired"] is True
    note = session.library.read(session.library.resolve("notes/ideas.md") or "")  # type: ignore[arg-type]
    assert units.reflections(note.body)[-1].text == "2 keys typed here are text"
    assert review.find(session.library, key("first idea")).kind == "highlight"


def test_today_related_questions_and_highlight(
    window: Window, vault_root: Path, prompter: object, qtbot: QtBot
) -> None:
    main, controller = window
    session = controller.session
    _fill_inbox(vault_root, session)
    questions.ask(session.library, "How do I focus?", datetime.now().astimezone())
    main.today.refresh()
    assert main.note_stack.currentWidget() is main.today
    qtbot.waitUntil(lambda: main.today.inbox.text() == "Process inbox (4)", timeout=WAIT)
    assert main.today.review.text() == "Start review (2)"  # a highlight and the question
    assert main.today.open_questions.count() == 1
    controller.open_note("clips/one.md")
    qtbot.waitUntil(lambda: main.note_stack.currentWidget() is main.note_panel, timeout=WAIT)
    qtbot.waitUntil(lambda: main.related.list.count() >= 1, timeout=WAIT)
    assert main.related.list.item(0).text().startswith("Residue\n    shares: attention")
    controller.actions["sense.today"].trigger()
    assert main.note_stack.currentWidget() is main.today
    dialog = QuestionsDialog(session)
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=WAIT)
    assert dialog.list.item(0).text().startswith("How do I focus?")

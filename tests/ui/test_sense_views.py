"""Sense in the window, driven by keys only: Process inbox, the review card, Today, Related,
Questions, and the Highlight action."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ponder.core import frontmatter
from ponder.core.sense import questions, review, units
from ponder.ui.controller import WindowController
from ponder.ui.dialogs.note_picker import NotePicker
from ponder.ui.main_window import MainWindow
from ponder.ui.models.sidebar_model import SidebarRole
from ponder.ui.sense.process_inbox import ProcessInboxDialog
from ponder.ui.sense.questions_view import QuestionsDialog
from ponder.ui.sense.related_panel import PathRole
from ponder.ui.sense.review_card import ReviewCard
from ponder.ui.session import Session

WAIT = 10_000
CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
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


def test_today_is_the_sidebars_first_row_and_the_start_page(
    window: Window, vault_root: Path, qtbot: QtBot
) -> None:
    main, controller = window
    _fill_inbox(vault_root, controller.session)
    sidebar = main.sidebar
    first = sidebar.model.library_heading.child(0, 0)
    assert first.text() == "Today"
    assert sidebar.view.currentIndex() == first.index()  # selected at start…
    assert main.note_stack.currentWidget() is main.today  # …because Today is the start page
    controller.open_note("clips/one.md")
    qtbot.waitUntil(lambda: main.note_stack.currentWidget() is main.note_panel, timeout=WAIT)
    assert sidebar.view.currentIndex().data(SidebarRole.NAME) == "all"  # the list's search
    sidebar.view.setFocus()
    qtbot.waitUntil(sidebar.view.hasFocus, timeout=WAIT)
    with qtbot.assertNotEmitted(sidebar.query_chosen):
        _key(qtbot, sidebar.view, Qt.Key.Key_Up)  # from All notes up to Today…
        _key(qtbot, sidebar.view, Qt.Key.Key_Return)  # …and Enter shows it
    assert sidebar.view.currentIndex() == first.index()
    assert main.note_stack.currentWidget() is main.today
    assert sidebar.view.hasFocus()  # the keyboard stays in the sidebar, as for a search
    _key(qtbot, sidebar.view, Qt.Key.Key_Down)
    with qtbot.waitSignal(sidebar.query_chosen, timeout=WAIT) as chosen:
        _key(qtbot, sidebar.view, Qt.Key.Key_Return)
    assert chosen.args == [""]  # All notes is a search again


def _pick(qtbot: QtBot, picker: QWidget | None, letters: str) -> None:
    """Type into a note picker and press Enter once the wanted note is the first row."""
    assert isinstance(picker, NotePicker)
    qtbot.waitUntil(picker.isVisible, timeout=WAIT)
    qtbot.waitUntil(lambda: picker.table is not None, timeout=WAIT)
    qtbot.keyClicks(picker.field, letters)
    qtbot.waitUntil(lambda: picker.current_row() is not None, timeout=WAIT)
    _key(qtbot, picker.field, Qt.Key.Key_Return)


def test_questions_view_links_an_answer_with_keys_only(
    session: Session, vault_root: Path, qtbot: QtBot
) -> None:
    _fill_inbox(vault_root, session)
    library = session.library
    asked, _ = questions.ask(library, "How do I focus?", datetime.now().astimezone())
    dialog = QuestionsDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=WAIT)
    _key(qtbot, dialog.new, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # Link an answer…
    qtbot.waitUntil(lambda: dialog.picker is not None, timeout=WAIT)
    picker = dialog.picker
    assert isinstance(picker, NotePicker)
    qtbot.waitUntil(lambda: picker.table is not None, timeout=WAIT)
    qtbot.keyClicks(picker.field, "how do i")  # the question itself is never offered
    assert picker.model.rowCount() == 0
    picker.field.clear()
    _pick(qtbot, picker, "deep wo")
    qtbot.waitUntil(lambda: questions.listing(library)[0].status == "answered", timeout=WAIT)
    assert questions.listing(library)[0].answers == ("[[clips/one]]",)
    assert questions.listing(library)[0].path == asked
    qtbot.waitUntil(lambda: dialog.list.count() == 0, timeout=WAIT)  # "Open" shows none now


def test_a_question_note_links_its_answer_with_keys_only(
    window: Window, vault_root: Path, qtbot: QtBot
) -> None:
    main, controller = window
    session = controller.session
    _fill_inbox(vault_root, session)
    asked, _ = questions.ask(session.library, "Why batch?", datetime.now().astimezone())
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow, timeout=WAIT)
    controller.open_note("clips/two.md")  # not a question: nothing to pick
    qtbot.waitUntil(lambda: main.note_stack.currentWidget() is main.note_panel, timeout=WAIT)
    _key(qtbot, main.note_list, Qt.Key.Key_A, CTRL_ALT)
    qtbot.waitUntil(lambda: "not a question" in main.statusBar().currentMessage(), timeout=WAIT)
    controller.open_note(asked)
    qtbot.waitUntil(lambda: main.note_panel.document.text.startswith("---"), timeout=WAIT)
    assert main.note_panel.document.path == asked
    _key(qtbot, main.note_list, Qt.Key.Key_A, CTRL_ALT)
    qtbot.waitUntil(lambda: controller.sense.picker is not None, timeout=WAIT)
    _pick(qtbot, controller.sense.picker, "email")
    qtbot.waitUntil(
        lambda: questions.listing(session.library)[0].status == "answered", timeout=WAIT
    )
    assert questions.listing(session.library)[0].answers == ("[[clips/four]]",)
    qtbot.waitUntil(lambda: "answers:" in main.note_panel.document.text, timeout=WAIT)
    assert not main.note_panel.document.modified  # the open note reloaded, nothing to resolve


def test_review_card_links_by_name_and_to_a_related_note_with_keys_only(
    session: Session, vault_root: Path, qtbot: QtBot
) -> None:
    _fill_inbox(vault_root, session)  # clips/one.md holds the only highlight
    card = ReviewCard(session)
    qtbot.addWidget(card)
    card.show()
    card.activateWindow()
    qtbot.waitUntil(card.isActiveWindow, timeout=WAIT)
    card.start()
    qtbot.waitUntil(lambda: card.text.text() == "the new IQ", timeout=WAIT)
    qtbot.waitUntil(lambda: card.related.count() >= 1, timeout=WAIT)
    assert card.related.item(0).data(PathRole) == "clips/two.md"  # shares: attention
    _key(qtbot, card, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # link related #1
    qtbot.waitUntil(lambda: card.status.text() == "Linked to two.", timeout=WAIT)
    assert all(
        card.related.item(n).data(PathRole) != "clips/two.md" for n in range(card.related.count())
    )
    _key(qtbot, card, Qt.Key.Key_L)  # link by name
    qtbot.waitUntil(lambda: card.picker is not None, timeout=WAIT)
    _pick(qtbot, card.picker, "pasta")
    qtbot.waitUntil(lambda: card.status.text() == "Linked to three.", timeout=WAIT)
    assert card.counter.text() == "1 of 1"  # linking does not move on

    def body() -> str:
        return (vault_root / "clips" / "one.md").read_text("utf-8")

    qtbot.waitUntil(lambda: "[[clips/three]]" in body(), timeout=WAIT)
    assert body().endswith("## Links\n\n- [[clips/two]]\n- [[clips/three]]\n")
    _key(qtbot, card, Qt.Key.Key_2)  # and the grade keys still work
    qtbot.waitUntil(lambda: card.text.text() == "Nothing more to review today.", timeout=WAIT)


def test_the_weekly_digest_on_demand_opens_it(
    window: Window, vault_root: Path, qtbot: QtBot
) -> None:
    main, controller = window
    _fill_inbox(vault_root, controller.session)
    week = datetime.now().astimezone().date().isocalendar()
    name = f"journal/{week.year}-W{week.week:02d}.md"
    controller.actions["sense.digest"].trigger()
    qtbot.waitUntil(lambda: main.note_panel.document.path == name, timeout=WAIT)
    qtbot.waitUntil(lambda: main.note_stack.currentWidget() is main.note_panel, timeout=WAIT)
    assert "Week " in (vault_root / name).read_text("utf-8")


def test_questions_filter_by_status_and_age_with_keys(session: Session, qtbot: QtBot) -> None:
    now = datetime.now().astimezone()
    questions.ask(session.library, "Old question?", now - timedelta(days=10))
    questions.ask(session.library, "New question?", now)
    dialog = QuestionsDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start()
    qtbot.waitUntil(lambda: dialog.list.count() == 2, timeout=WAIT)
    dialog.age.setFocus()
    _key(qtbot, dialog.age, Qt.Key.Key_Down)  # older than a week
    assert dialog.list.count() == 1 and dialog.list.item(0).text().startswith("Old question?")
    assert "10 d" in dialog.list.item(0).text()
    _key(qtbot, dialog.age, Qt.Key.Key_Down)  # older than a month: none
    assert dialog.list.count() == 0
    _key(qtbot, dialog.age, Qt.Key.Key_Home)
    dialog.status.setFocus()
    _key(qtbot, dialog.status, Qt.Key.Key_End)  # answered: none yet
    assert dialog.list.count() == 0

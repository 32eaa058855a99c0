"""The window's dialogs with real key events on a real session and vault."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QSpinBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ponder.core import frontmatter
from ponder.core.model import Changes, Kind
from ponder.core.sense import questions
from ponder.core.settings import Settings
from ponder.ui.dialogs.command_palette import CommandPalette
from ponder.ui.dialogs.first_run import FirstRunDialog
from ponder.ui.dialogs.preferences import PreferencesDialog
from ponder.ui.dialogs.quick_capture import QuickCaptureDialog
from ponder.ui.dialogs.quick_switcher import QuickSwitcher
from ponder.ui.prompter import Prompter
from ponder.ui.session import Session


class ScriptedPrompter(Prompter, Protocol):
    """The `prompter` fixture (tests/ui/conftest.py): answers from a list, records titles."""

    answers: list[object]
    asked: list[str]


# -- quick switcher ----------------------------------------------------------------------------


def add_notes(session: Session, *titles: str, aliases: dict[str, str] | None = None) -> None:
    for title in titles:
        alias = (aliases or {}).get(title)
        body = f"---\ntitle: {title}\naliases: [{alias}]\n---\n" if alias else f"# {title}\n"
        slug = title.lower().replace(" ", "-")
        (session.library.vault.root / f"{slug}.md").write_text(body, encoding="utf-8")
    session.library.reconcile()


def open_switcher(session: Session, qtbot: QtBot) -> QuickSwitcher:
    switcher = QuickSwitcher(session)
    qtbot.addWidget(switcher)
    switcher.show()
    qtbot.waitUntil(lambda: switcher.table is not None, timeout=5000)
    return switcher


def shown(switcher: QuickSwitcher) -> list[str]:
    return [row.text for row in switcher.model.rows()]


def test_switcher_ranks_word_starts_and_folds_accents(session: Session, qtbot: QtBot) -> None:
    add_notes(session, "abacus", "Build Cache", "Café culture", "Reading list")
    switcher = open_switcher(session, qtbot)
    qtbot.keyClicks(switcher.field, "bc")
    assert shown(switcher)[:2] == ["Build Cache", "abacus"]
    switcher.field.clear()
    qtbot.keyClicks(switcher.field, "cafe")
    assert shown(switcher)[0] == "Café culture"
    assert switcher.model.rows()[0].positions == (0, 1, 2, 3)


def test_switcher_matches_aliases_and_opens_with_enter(session: Session, qtbot: QtBot) -> None:
    add_notes(session, "Spaced repetition", "Zettelkasten", aliases={"Zettelkasten": "slip box"})
    switcher = open_switcher(session, qtbot)
    qtbot.keyClicks(switcher.field, "slipb")
    first = switcher.model.rows()[0]
    assert first.text == "slip box" and "alias of Zettelkasten" in first.detail
    with qtbot.waitSignal(switcher.note_chosen, timeout=2000) as chosen:
        qtbot.keyClick(switcher.field, Qt.Key.Key_Return)
    assert chosen.args == ["zettelkasten.md"]
    assert not switcher.isVisible()


def test_switcher_moves_with_arrows(session: Session, qtbot: QtBot) -> None:
    add_notes(session, "Note one", "Note two", "Note three")
    switcher = open_switcher(session, qtbot)
    qtbot.keyClicks(switcher.field, "note")
    rows = switcher.model.rows()
    qtbot.keyClick(switcher.field, Qt.Key.Key_Down)
    qtbot.keyClick(switcher.field, Qt.Key.Key_Down)
    qtbot.keyClick(switcher.field, Qt.Key.Key_Up)
    with qtbot.waitSignal(switcher.note_chosen) as chosen:
        qtbot.keyClick(switcher.field, Qt.Key.Key_Enter)
    assert chosen.args == [rows[1].key]


def test_switcher_creates_with_shift_enter_or_the_create_row(
    session: Session, qtbot: QtBot
) -> None:
    add_notes(session, "Reading list")
    switcher = open_switcher(session, qtbot)
    qtbot.keyClicks(switcher.field, "Reading")
    assert shown(switcher)[-1] == "Create “Reading”"
    with qtbot.waitSignal(switcher.create_requested) as created:
        qtbot.keyClick(switcher.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert created.args == ["Reading"]

    again = open_switcher(session, qtbot)
    qtbot.keyClicks(again.field, "brand new idea")
    assert [r.create for r in again.model.rows()] == [True]
    with qtbot.waitSignal(again.create_requested) as created:
        qtbot.keyClick(again.field, Qt.Key.Key_Return)
    assert created.args == ["brand new idea"]


def test_switcher_offers_no_create_row_for_an_exact_title(session: Session, qtbot: QtBot) -> None:
    add_notes(session, "Reading list")
    switcher = open_switcher(session, qtbot)
    qtbot.keyClicks(switcher.field, "reading list")
    assert not any(row.create for row in switcher.model.rows())


def test_switcher_esc_closes_and_model_is_sound(
    session: Session, qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    add_notes(session, "Alpha", "Beta")
    switcher = open_switcher(session, qtbot)
    qtbot.keyClicks(switcher.field, "a")
    qtmodeltester.check(switcher.model)
    qtbot.keyClick(switcher.field, Qt.Key.Key_Escape)
    assert not switcher.isVisible()


def test_switcher_follows_session_changes(session: Session, qtbot: QtBot) -> None:
    switcher = open_switcher(session, qtbot)
    qtbot.keyClicks(switcher.field, "fresh")
    assert [r.create for r in switcher.model.rows()] == [True]
    _path, changes = session.library.create_note("Fresh thoughts")
    session.outside_changes(changes)
    qtbot.waitUntil(lambda: shown(switcher)[0] == "Fresh thoughts", timeout=5000)


@pytest.fixture
def tldr_session(corpus_session: Callable[..., Session]) -> Session:
    return corpus_session("tldr")


@pytest.mark.slow
@pytest.mark.timeout(300)  # its fixture builds a 38k-note index first (~30 s on a quiet machine)
def test_switcher_is_instant_on_the_tldr_vault(tldr_session: Session, qtbot: QtBot) -> None:
    switcher = open_switcher(tldr_session, qtbot)
    assert switcher.table is not None and len(switcher.table) > 38_000
    timings = []
    for query in ("g", "gi", "git", "git c", "gitcom", "docker run", "xz", "abcdefg", "aws s3"):
        switcher.field.setText(query)
        timings.append(switcher.last_search_ms)
    assert shown(switcher)[0] == "aws s3"
    assert max(timings) < 30, timings


# -- command palette ---------------------------------------------------------------------------


class Recorder(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.fired: list[str] = []

    def new_note(self) -> None:
        self.fired.append("note.new")

    def today(self) -> None:
        self.fired.append("journal.today")


def make_actions(owner: QObject, recorder: Recorder) -> list[QAction]:
    new = QAction("&New note", owner)
    new.setObjectName("note.new")
    new.setShortcut("Ctrl+N")
    new.triggered.connect(recorder.new_note)
    today = QAction("Today's journal", owner)
    today.setObjectName("journal.today")
    today.setShortcut("Ctrl+J")
    today.triggered.connect(recorder.today)
    save = QAction("Save", owner)
    save.setObjectName("note.save")
    save.setEnabled(False)
    return [new, today, save]


def test_palette_lists_filters_and_triggers(qtbot: QtBot, qtmodeltester: ModelTester) -> None:
    recorder = Recorder()
    palette = CommandPalette(make_actions(recorder, recorder))
    qtbot.addWidget(palette)
    palette.show()
    rows = palette.model.rows()
    assert [r.text for r in rows] == ["New note", "Today's journal", "Save"]
    assert rows[0].detail == "Ctrl+N" and not rows[2].enabled
    qtmodeltester.check(palette.model)
    qtbot.keyClicks(palette.field, "tj")
    assert palette.model.rows()[0].text == "Today's journal"
    with qtbot.waitSignal(palette.action_chosen) as chosen:
        qtbot.keyClick(palette.field, Qt.Key.Key_Return)
    assert chosen.args == ["journal.today"] and recorder.fired == ["journal.today"]
    assert not palette.isVisible()


def test_palette_never_runs_a_disabled_action(qtbot: QtBot) -> None:
    recorder = Recorder()
    palette = CommandPalette(make_actions(recorder, recorder))
    qtbot.addWidget(palette)
    palette.show()
    qtbot.keyClicks(palette.field, "save")
    assert [r.enabled for r in palette.model.rows()] == [False]
    qtbot.keyClick(palette.field, Qt.Key.Key_Return)
    assert palette.isVisible() and recorder.fired == []


def test_palette_lists_the_whole_action_table(qtbot: QtBot) -> None:
    from ponder.ui.actions import ACTIONS, ActionRegistry

    owner = QObject()
    registry = ActionRegistry(owner, {spec.id: owner.deleteLater for spec in ACTIONS})
    palette = CommandPalette(registry.all())
    qtbot.addWidget(palette)
    assert len(palette.model.rows()) == len(ACTIONS)
    qtbot.keyClicks(palette.field, "quick sw")
    assert palette.model.rows()[0].text == "Quick switcher…"
    assert palette.model.rows()[0].detail == "Ctrl+P"


# -- preferences -------------------------------------------------------------------------------


def test_preferences_has_one_editor_per_setting(qtbot: QtBot, prompter: ScriptedPrompter) -> None:
    dialog = PreferencesDialog(Settings(), prompter=prompter)
    qtbot.addWidget(dialog)
    assert list(dialog.editors) == [f.name for f in dataclasses.fields(Settings)]
    assert isinstance(dialog.editors["theme"].widget, QComboBox)
    assert isinstance(dialog.editors["editor_font_size"].widget, QSpinBox)
    assert isinstance(dialog.editors["autosave_seconds"].widget, QDoubleSpinBox)
    assert isinstance(dialog.editors["download_clip_images"].widget, QCheckBox)
    assert dialog.editors["theme"].widget.toolTip() == "Light, dark, or follow the system."


def test_preferences_round_trip_with_keys(qtbot: QtBot, prompter: ScriptedPrompter) -> None:
    start = Settings(vault="/tmp/v", saved_searches=("tag:x",))
    dialog = PreferencesDialog(start, prompter=prompter)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.result_settings() == start
    theme = dialog.editors["theme"].widget
    theme.setFocus()
    qtbot.keyClick(theme, Qt.Key.Key_Down)  # system → light
    size = dialog.editors["editor_font_size"].widget
    assert isinstance(size, QSpinBox)
    size.selectAll()
    qtbot.keyClicks(size, "14")
    searches = dialog.editors["saved_searches"].widget
    searches.setFocus()
    qtbot.keyClick(searches, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(searches, Qt.Key.Key_Return)
    qtbot.keyClicks(searches, "kind:question")
    result = dialog.result_settings()
    assert result.theme == "light" and result.editor_font_size == 14
    assert result.saved_searches == ("tag:x", "kind:question")
    assert result.vault == "/tmp/v" and result.autosave_seconds == start.autosave_seconds


def test_preferences_ranges_are_enforced(qtbot: QtBot, prompter: ScriptedPrompter) -> None:
    dialog = PreferencesDialog(Settings(), prompter=prompter)
    qtbot.addWidget(dialog)
    size = dialog.editors["editor_font_size"].widget
    assert isinstance(size, QSpinBox)
    size.selectAll()
    qtbot.keyClicks(size, "480")
    assert size.value() <= 48
    delay = dialog.editors["autosave_seconds"].widget
    assert isinstance(delay, QDoubleSpinBox)
    delay.setValue(0.0)
    assert dialog.result_settings().autosave_seconds == pytest.approx(0.2)
    assert dialog.problems() == {}


def test_preferences_choose_folder_goes_through_the_prompter(
    qtbot: QtBot, tmp_path: Path, prompter: ScriptedPrompter
) -> None:
    prompter.answers.append(tmp_path)
    dialog = PreferencesDialog(Settings(), prompter=prompter)
    qtbot.addWidget(dialog)
    editor = dialog.editors["vault"]
    button = editor.button  # type: ignore[attr-defined]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert prompter.asked == ["Vault folder"]
    assert dialog.result_settings().vault == str(tmp_path)


def test_preferences_font_empty_means_system(qtbot: QtBot, prompter: ScriptedPrompter) -> None:
    dialog = PreferencesDialog(Settings(editor_font=""), prompter=prompter)
    qtbot.addWidget(dialog)
    assert dialog.result_settings().editor_font == ""
    font = dialog.editors["editor_font"].widget
    assert isinstance(font, QComboBox)
    font.setCurrentText("DejaVu Sans")
    assert dialog.result_settings().editor_font == "DejaVu Sans"


# -- quick capture -----------------------------------------------------------------------------


def open_capture(
    session: Session,
    qtbot: QtBot,
    prompter: ScriptedPrompter,
    on_clip: Callable[[str], None] | None = None,
) -> QuickCaptureDialog:
    dialog = QuickCaptureDialog(session, prompter=prompter, on_clip=on_clip)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def read_front(root: Path, path: str) -> tuple[dict[str, object], str]:
    return frontmatter.read((root / path).read_text(encoding="utf-8"))


def test_capture_a_thought_into_the_inbox(
    session: Session, qtbot: QtBot, prompter: ScriptedPrompter
) -> None:
    published: list[Changes] = []
    session.changed.connect(lambda changes, _who: published.append(changes))
    dialog = open_capture(session, qtbot, prompter)
    qtbot.keyClicks(dialog.title_edit, "Why do we forget?")
    qtbot.keyClicks(dialog.text_edit, "Ebbinghaus measured it.")
    qtbot.keyClicks(dialog.tags_edit, "memory, #learning")
    dialog.kind_box.setFocus()
    qtbot.keyClick(dialog.kind_box, Qt.Key.Key_End)  # note → clip
    qtbot.keyClick(dialog.kind_box, Qt.Key.Key_Up)  # → reflection
    with qtbot.waitSignal(dialog.captured, timeout=5000) as captured:
        qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    path = captured.args[0]
    assert path.startswith("inbox/")
    front, body = read_front(session.library.vault.root, path)
    assert front["title"] == "Why do we forget?" and front["kind"] == Kind.REFLECTION.value
    assert front["tags"] == ["memory", "learning"] and "source" not in front
    assert body.strip() == "Ebbinghaus measured it."
    assert published and path in published[0].added
    assert not dialog.isVisible()


def test_question_mode_saves_an_open_question_with_keys_only(
    session: Session, qtbot: QtBot, prompter: ScriptedPrompter
) -> None:
    dialog = open_capture(session, qtbot, prompter)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)  # mnemonics need an active window
    qtbot.keyClicks(dialog.text_edit, "How do teams   learn from https://example.org/x ?")
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Q, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.asking, timeout=5000)
    assert (
        dialog.save_button.text() == "Save question" and dialog.heading.text() == "Ask a question"
    )
    assert not dialog.why_edit.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.tags_edit, "teams, #learning")
    with qtbot.waitSignal(dialog.captured, timeout=5000) as captured:
        qtbot.keyClick(dialog.tags_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    path = captured.args[0]
    assert path.startswith("notes/")  # where `ponder ask` puts questions
    front, body = read_front(session.library.vault.root, path)
    assert front["kind"] == "question" and front["status"] == "open"
    assert front["title"] == "How do teams learn from https://example.org/x ?"
    assert front["tags"] == ["teams", "learning"] and body == ""
    listed = questions.listing(session.library, "open")
    assert [q.path for q in listed] == [path]


def test_the_kind_question_is_question_mode_and_alt_q_leaves_it(
    session: Session, qtbot: QtBot, prompter: ScriptedPrompter
) -> None:
    dialog = open_capture(session, qtbot, prompter)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)  # mnemonics need an active window
    qtbot.keyClicks(dialog.title_edit, "Why write?")
    qtbot.keyClicks(dialog.text_edit, "Writing is thinking.")
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("question"))
    dialog.kind_box.activated.emit(dialog.kind_box.currentIndex())
    assert dialog.asking() and not dialog.kind_box.isVisibleTo(dialog)
    with qtbot.waitSignal(dialog.captured, timeout=5000) as captured:
        qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    front, body = read_front(session.library.vault.root, captured.args[0])
    assert front["title"] == "Why write?" and front["status"] == "open"
    assert body.strip() == "Writing is thinking."  # the title is the question, the text kept

    dialog = open_capture(session, qtbot, prompter)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)  # mnemonics need an active window
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Q, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.asking, timeout=5000)
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Q, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not dialog.asking(), timeout=5000)
    assert dialog.kind_box.currentData() == "note" and dialog.kind_box.isVisibleTo(dialog)


def test_capture_a_link_saves_a_clip_to_fetch(
    session: Session, qtbot: QtBot, prompter: ScriptedPrompter
) -> None:
    to_fetch: list[str] = []
    dialog = open_capture(session, qtbot, prompter, on_clip=to_fetch.append)
    assert not dialog.why_edit.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.text_edit, "https://www.example.org/essays/attention/")
    assert dialog.title_edit.placeholderText() == "example.org/essays/attention"
    assert dialog.why_edit.isVisibleTo(dialog) and not dialog.kind_box.isVisibleTo(dialog)
    with qtbot.waitSignal(dialog.captured, timeout=5000) as captured:
        qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)
    path = captured.args[0]
    front, _body = read_front(session.library.vault.root, path)
    assert front["source"]["url"] == "https://www.example.org/essays/attention/"
    assert front["kind"] == "clip" and front["status"] == "unprocessed"
    assert path.startswith("inbox/")  # no reflection yet: waits in the Inbox
    assert to_fetch == [path]


def test_a_link_with_a_reflection_goes_to_clips(
    session: Session, qtbot: QtBot, prompter: ScriptedPrompter
) -> None:
    to_fetch: list[str] = []
    dialog = open_capture(session, qtbot, prompter, on_clip=to_fetch.append)
    dialog.set_text("https://example.org/spacing")
    assert dialog.focusWidget() is dialog.why_edit
    qtbot.keyClicks(dialog.why_edit, "Spaced practice for our onboarding")
    with qtbot.waitSignal(dialog.captured, timeout=5000) as captured:
        qtbot.keyClick(dialog.why_edit, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)
    path = captured.args[0]
    front, body = read_front(session.library.vault.root, path)
    assert path.startswith("clips/") and "status" not in front
    assert "Spaced practice for our onboarding" in body
    assert to_fetch == [path]


def test_capture_completes_known_tags(
    session: Session, qtbot: QtBot, prompter: ScriptedPrompter
) -> None:
    session.library.create_note("Tagged", tags=("reading", "research"))
    dialog = open_capture(session, qtbot, prompter)
    qtbot.waitUntil(lambda: dialog._tag_model.rowCount() == 2, timeout=5000)
    qtbot.keyClicks(dialog.tags_edit, "ideas, rea")
    assert dialog._completer.completionCount() == 1
    dialog._completer.activated.emit("reading")
    assert dialog.tags_edit.text() == "ideas, reading, "


def test_capture_esc_asks_only_when_something_was_typed(
    qtbot: QtBot, session: Session, prompter: ScriptedPrompter
) -> None:
    prompter.answers += [False, True]  # keep editing, then discard
    dialog = open_capture(session, qtbot, prompter)
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and prompter.asked == []

    dialog = open_capture(session, qtbot, prompter)
    qtbot.keyClicks(dialog.text_edit, "half a thought")
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Escape)
    assert dialog.isVisible() and prompter.asked == ["Discard this capture?"]
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert not (session.library.vault.root / "inbox").exists()


def test_capture_needs_something_to_save(
    session: Session, qtbot: QtBot, prompter: ScriptedPrompter
) -> None:
    dialog = open_capture(session, qtbot, prompter)
    assert not dialog.save_button.isEnabled()
    qtbot.keyClicks(dialog.text_edit, "x")
    assert dialog.save_button.isEnabled()


# -- first run ---------------------------------------------------------------------------------


def test_first_run_creates_at_the_default_or_a_chosen_path(
    qtbot: QtBot, tmp_path: Path, prompter: ScriptedPrompter
) -> None:
    prompter.answers.append(tmp_path / "elsewhere")
    dialog = FirstRunDialog(prompter, tmp_path / "Ponder")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.creates_vault() and dialog.chosen_path() == tmp_path / "Ponder"
    assert dialog.start_button.isEnabled()
    dialog.new_edit.selectAll()
    qtbot.keyClicks(dialog.new_edit, "~/Notes")
    assert dialog.chosen_path() == Path.home() / "Notes"
    qtbot.mouseClick(dialog.new_choose, Qt.MouseButton.LeftButton)
    assert prompter.asked == ["Folder for the new vault"]
    assert dialog.chosen_path() == tmp_path / "elsewhere"
    (tmp_path / "a-file").write_text("x")
    dialog.new_edit.setText(str(tmp_path / "a-file"))
    assert not dialog.start_button.isEnabled()


def test_first_run_opens_an_existing_folder(
    qtbot: QtBot, tmp_path: Path, prompter: ScriptedPrompter
) -> None:
    obsidian = tmp_path / "obsidian"
    obsidian.mkdir()
    dialog = FirstRunDialog(prompter, tmp_path / "Ponder")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.existing_radio.setFocus()
    qtbot.keyClick(dialog.existing_radio, Qt.Key.Key_Space)
    assert not dialog.creates_vault()
    assert not dialog.start_button.isEnabled()
    qtbot.keyClicks(dialog.existing_edit, str(tmp_path / "missing"))
    assert dialog.problem.text() == "There is no folder there."
    dialog.existing_edit.clear()
    qtbot.keyClicks(dialog.existing_edit, str(obsidian))
    assert dialog.start_button.isEnabled()
    qtbot.keyClick(dialog.existing_edit, Qt.Key.Key_Return)
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    assert dialog.chosen_path() == obsidian


def test_switcher_puts_the_exact_title_then_title_prefixes_above_aliases(
    session: Session, qtbot: QtBot
) -> None:
    # a translated note that answers to "Settings" as an alias, and fuzzy look-alikes
    add_notes(
        session,
        "Einstellungen",
        "Settings",
        "Settings sync",
        "Set tiny things",
        aliases={"Einstellungen": "Settings"},
    )
    switcher = open_switcher(session, qtbot)
    qtbot.keyClicks(switcher.field, "settings")
    rows = switcher.model.rows()
    assert [r.text for r in rows[:3]] == ["Settings", "Settings sync", "Settings"]
    assert rows[0].key == "settings.md" and "alias of Einstellungen" in rows[2].detail

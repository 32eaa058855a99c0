"""The backlinks panel: linked and unlinked mentions from real notes, and one-click linking."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ponder.core.model import NotePath
from ponder.ui.panels.backlinks import BacklinksPanel, PathRole, ReferenceModel, ReferenceRole
from ponder.ui.session import Session

WAIT = 8000


@pytest.fixture
def notes(session: Session) -> dict[str, NotePath]:
    lib = session.library
    compost, _ = lib.create_note("Compost", body="Brown and green layers.\n")
    beds, _ = lib.create_note("Raised beds", body="Fill them with [[Compost]] first.\n")
    soil, _ = lib.create_note(
        "Soil", body="Good soil starts with compost.\nMore [[Compost]] later.\n"
    )
    worms, _ = lib.create_note("Worms", body="Worms turn kitchen scraps into compost.\n")
    return {"compost": compost, "beds": beds, "soil": soil, "worms": worms}


@pytest.fixture
def panel(session: Session, qtbot: QtBot) -> BacklinksPanel:
    widget = BacklinksPanel(session)
    qtbot.addWidget(widget)
    widget.resize(360, 560)
    widget.show()
    return widget


def show(qtbot: QtBot, panel: BacklinksPanel, path: str | None) -> None:
    with qtbot.waitSignal(panel.refreshed, timeout=WAIT):
        panel.show_note(path)


def sources(model: ReferenceModel) -> list[str]:
    return [str(model.index(r, 0).data(PathRole)) for r in range(model.rowCount())]


def test_linked_and_unlinked_mentions_grouped_by_source(
    qtbot: QtBot, panel: BacklinksPanel, notes: dict[str, NotePath], qtmodeltester: ModelTester
) -> None:
    show(qtbot, panel, notes["compost"])
    assert sources(panel.linked) == [notes["beds"], notes["soil"]]
    assert sorted(sources(panel.unlinked)) == sorted([notes["soil"], notes["worms"]])
    soil = panel.linked.index(1, 0)
    assert panel.linked.rowCount(soil) == 1
    child = panel.linked.index(0, 0, soil)
    assert child.data() == "More [[Compost]] later."
    assert child.data(ReferenceRole).source == notes["soil"]
    assert soil.data().startswith("Soil")
    qtmodeltester.check(panel.linked)
    qtmodeltester.check(panel.unlinked)


def test_link_it_rewrites_the_source_and_refreshes(
    qtbot: QtBot,
    session: Session,
    panel: BacklinksPanel,
    notes: dict[str, NotePath],
    vault_root: Path,
) -> None:
    show(qtbot, panel, notes["compost"])
    worms = next(
        r
        for r in range(panel.unlinked.rowCount())
        if "Worms" in str(panel.unlinked.index(r, 0).data())
    )
    parent = panel.unlinked.index(worms, 0)
    action = panel.unlinked.index(0, 1, parent)
    assert action.data() == "Link it"
    view = panel.unlinked_view
    with qtbot.waitSignal(session.changed, timeout=WAIT) as changed:
        qtbot.mouseClick(
            view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(action).center()
        )
    assert changed.args is not None and notes["worms"] in changed.args[0].updated
    text = (vault_root / notes["worms"]).read_text()
    assert "kitchen scraps into [[Compost|compost]]." in text
    qtbot.waitUntil(lambda: notes["worms"] in sources(panel.linked), timeout=WAIT)
    assert notes["worms"] not in sources(panel.unlinked)


def test_a_stale_mention_is_reported_not_forced(
    qtbot: QtBot, panel: BacklinksPanel, notes: dict[str, NotePath], vault_root: Path
) -> None:
    show(qtbot, panel, notes["compost"])
    ref = next(
        panel.unlinked.index(0, 0, panel.unlinked.index(r, 0)).data(ReferenceRole)
        for r in range(panel.unlinked.rowCount())
        if panel.unlinked.index(r, 0).data(PathRole) == notes["worms"]
    )
    (vault_root / notes["worms"]).write_text("---\ntitle: Worms\n---\nNothing here now.\n")
    with qtbot.waitSignal(panel.status_message, timeout=WAIT) as blocker:
        panel.link_mention(ref)
    assert blocker.args is not None and "changed" in blocker.args[0]
    assert "[[" not in (vault_root / notes["worms"]).read_text()


def test_clicking_a_reference_opens_its_note(
    qtbot: QtBot, panel: BacklinksPanel, notes: dict[str, NotePath]
) -> None:
    show(qtbot, panel, notes["compost"])
    child = panel.linked.index(0, 0, panel.linked.index(0, 0))
    rect = panel.linked_view.visualRect(child)
    with qtbot.waitSignal(panel.note_activated) as blocker:
        qtbot.mouseClick(panel.linked_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [notes["beds"]]


def test_new_links_elsewhere_refresh_the_panel(
    qtbot: QtBot, session: Session, panel: BacklinksPanel, notes: dict[str, NotePath]
) -> None:
    show(qtbot, panel, notes["compost"])
    with qtbot.waitSignal(panel.refreshed, timeout=WAIT):
        _, changes = session.library.create_note("Paths", body="Mulch with [[Compost]].\n")
        session.outside_changes(changes)
    assert "notes/Paths.md" in sources(panel.linked)


def test_empty_states_say_what_to_do(
    qtbot: QtBot, panel: BacklinksPanel, notes: dict[str, NotePath]
) -> None:
    show(qtbot, panel, None)
    assert panel.linked.rowCount() == 0
    assert panel.hint == "Open a note to see what links to it."
    show(qtbot, panel, notes["worms"])
    assert panel.linked.rowCount() == 0 and panel.unlinked.rowCount() == 0
    assert panel.hint == "No other note links to or mentions this one yet."


def test_ctrl_return_links_the_current_mention(
    qtbot: QtBot, session: Session, panel: BacklinksPanel, notes: dict[str, NotePath]
) -> None:
    show(qtbot, panel, notes["compost"])
    view = panel.unlinked_view
    group = next(
        r
        for r in range(panel.unlinked.rowCount())
        if panel.unlinked.index(r, 0).data(PathRole) == notes["worms"]
    )
    view.setFocus()
    view.setCurrentIndex(panel.unlinked.index(0, 0, panel.unlinked.index(group, 0)))
    with qtbot.waitSignal(session.changed, timeout=WAIT) as changed:
        qtbot.keyClick(view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert changed.args is not None and notes["worms"] in changed.args[0].updated


def test_editing_the_open_note_refreshes_only_when_its_names_change(
    qtbot: QtBot, session: Session, panel: BacklinksPanel, notes: dict[str, NotePath]
) -> None:
    show(qtbot, panel, notes["compost"])
    refreshed: list[None] = []
    panel.refreshed.connect(lambda: refreshed.append(None))
    library = session.library
    note = library.read(notes["compost"])
    _stamp, changes = library.save(
        notes["compost"], note.text + "\nMore words.\n", expected=note.stamp
    )
    session.outside_changes(changes)
    qtbot.wait(900)  # longer than the refresh delay
    assert refreshed == []  # mentions elsewhere cannot have changed
    note = library.read(notes["compost"])
    text = note.text.replace("title: Compost", "title: Compost\naliases: [humus]", 1)
    assert text != note.text
    _stamp, changes = library.save(notes["compost"], text, expected=note.stamp)
    session.outside_changes(changes)
    qtbot.waitUntil(lambda: len(refreshed) == 1, timeout=5000)


def test_mentions_wait_for_the_index_to_catch_up(
    qtbot: QtBot, session: Session, panel: BacklinksPanel, notes: dict[str, NotePath]
) -> None:
    session.reconciling = True
    refreshed: list[None] = []
    panel.refreshed.connect(lambda: refreshed.append(None))
    panel.show_note(notes["compost"])
    qtbot.wait(900)
    assert refreshed == [] and panel.linked.rowCount() == 0
    session.reconciling = False
    qtbot.waitUntil(lambda: len(refreshed) == 1, timeout=5000)
    assert sources(panel.linked) == sorted([notes["beds"], notes["soil"]])


def test_typing_postpones_the_search_for_mentions(
    qtbot: QtBot, panel: BacklinksPanel, notes: dict[str, NotePath]
) -> None:
    refreshed: list[None] = []
    panel.refreshed.connect(lambda: refreshed.append(None))
    panel.show_note(notes["compost"])
    for _ in range(6):  # a keystroke every 200 ms, longer than the refresh delay in all
        qtbot.wait(200)
        panel.postpone()
    assert refreshed == []
    qtbot.waitUntil(lambda: len(refreshed) == 1, timeout=5000)
    assert sources(panel.linked) == sorted([notes["beds"], notes["soil"]])

"""The sidebar: sections and tags with counts, saved searches, and choosing a search."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QMenu
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ponder.core import settings as settings_store
from ponder.core.library import Library
from ponder.core.model import Changes, Kind
from ponder.ui.models.sidebar_model import SidebarModel, SidebarRole, tag_query
from ponder.ui.panels.sidebar import SidebarPanel
from ponder.ui.session import Session

WAIT = 10_000


def write_note(root: Path, rel: str, kind: str, tags: str = "[]") -> None:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    text = f"---\ntitle: {path.stem}\nkind: {kind}\ntags: {tags}\n---\n\nBody of {path.stem}.\n"
    path.write_text(text, encoding="utf-8")


@pytest.fixture
def filled_vault(vault_root: Path) -> Path:
    write_note(vault_root, "inbox/idea.md", "note", "[work]")
    write_note(vault_root, "notes/plan.md", "note", "[work/q3, reading]")
    write_note(vault_root, "journal/2024-05-01.md", "journal")
    write_note(vault_root, "clips/article.md", "clip", "[reading/books]")
    write_note(vault_root, "notes/why.md", "question")
    return vault_root


@pytest.fixture
def sidebar(filled_vault: Path, session: Session, qtbot: QtBot) -> SidebarPanel:
    session.update_settings(replace(session.settings, saved_searches=("kind:clip", "plan")))
    panel = SidebarPanel(session)
    qtbot.addWidget(panel)
    panel.resize(240, 600)
    panel.show()
    qtbot.waitUntil(lambda: count_of(panel, "all") == 5, timeout=WAIT)
    return panel


def count_of(panel: SidebarPanel, key: str) -> int | None:
    item = panel.model.section_item(key)
    assert item is not None
    value = item.data(SidebarRole.COUNT)
    return None if value is None else int(value)


def tag_count(panel: SidebarPanel, name: str) -> int | None:
    item = panel.model.tag_item(name)
    assert item is not None, name
    return item.data(SidebarRole.COUNT)  # type: ignore[no-any-return]


def test_sections_are_counted(sidebar: SidebarPanel) -> None:
    counts = {key: count_of(sidebar, key) for key in ("inbox", "journal", "clips", "notes")}
    assert counts == {"inbox": 1, "journal": 1, "clips": 1, "notes": 2}
    assert count_of(sidebar, "questions") == 1
    assert count_of(sidebar, "drafts") == 0
    item = sidebar.model.section_item("journal")
    assert item is not None
    assert not item.icon().isNull()
    assert sidebar.model.index(0, 1).data() in ("", None)  # the Library heading has no count
    assert item.parent().child(item.row(), 1).text() == "1"


def test_tags_nest_with_counts(sidebar: SidebarPanel) -> None:
    assert tag_count(sidebar, "work") == 2  # `tag:work` also finds notes tagged work/q3
    assert tag_count(sidebar, "work/q3") == 1
    assert tag_count(sidebar, "reading") == 2
    child = sidebar.model.tag_item("reading/books")
    assert child is not None
    assert child.parent() is sidebar.model.tag_item("reading")
    assert child.text() == "books"
    assert child.data(SidebarRole.QUERY) == "tag:reading/books"


def test_model_passes_the_model_tester(sidebar: SidebarPanel, qtmodeltester: ModelTester) -> None:
    qtmodeltester.check(sidebar.model)
    sidebar.model.set_tags({"x": 1, "x/y/z": 1})  # a parent the index does not list
    middle = sidebar.model.tag_item("x/y")
    assert middle is not None
    assert middle.data(SidebarRole.COUNT) is None
    qtmodeltester.check(sidebar.model)


def test_a_bare_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = SidebarModel()
    model.set_saved(["a", "a", " ", "b"], {"a": 3})
    assert [model.saved_heading.child(r, 0).text() for r in range(2)] == ["a", "b"]
    qtmodeltester.check(model)


def test_clicking_a_section_chooses_its_search(sidebar: SidebarPanel, qtbot: QtBot) -> None:
    item = sidebar.model.section_item("journal")
    assert item is not None
    rect = sidebar.view.visualRect(item.index())
    with qtbot.waitSignal(sidebar.query_chosen, timeout=WAIT) as signal:
        qtbot.mouseClick(sidebar.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == ["kind:journal"]
    sidebar.view.setCurrentIndex(sidebar.model.tag_item("work").index())  # type: ignore[union-attr]
    with qtbot.waitSignal(sidebar.query_chosen, timeout=WAIT) as signal:
        qtbot.keyClick(sidebar.view, Qt.Key.Key_Return)
    assert signal.args == ["tag:work"]


def test_headings_choose_nothing(sidebar: SidebarPanel, qtbot: QtBot) -> None:
    rect = sidebar.view.visualRect(sidebar.model.tags_heading.index())
    with qtbot.assertNotEmitted(sidebar.query_chosen):
        qtbot.mouseClick(sidebar.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_show_query_selects_its_row(sidebar: SidebarPanel) -> None:
    sidebar.show_query("kind:clip")
    assert sidebar.view.currentIndex().data(SidebarRole.NAME) == "clips"
    sidebar.show_query("something else")
    assert not sidebar.view.selectionModel().hasSelection()


def test_saved_searches_persist(sidebar: SidebarPanel, session: Session, qtbot: QtBot) -> None:
    heading = sidebar.model.saved_heading
    qtbot.waitUntil(lambda: heading.child(1, 0).data(SidebarRole.COUNT) == 1, timeout=WAIT)
    sidebar.save_search("  tag:reading ")
    sidebar.save_search("plan")  # already there
    assert session.settings.saved_searches == ("kind:clip", "plan", "tag:reading")
    assert [heading.child(r, 0).text() for r in range(heading.rowCount())] == [
        "kind:clip",
        "plan",
        "tag:reading",
    ]
    stored = settings_store.load(session.dirs.settings_file).settings
    assert stored.saved_searches == ("kind:clip", "plan", "tag:reading")
    qtbot.waitUntil(lambda: heading.child(2, 0).data(SidebarRole.COUNT) == 2, timeout=WAIT)

    sidebar.view.setCurrentIndex(heading.child(0, 0).index())
    qtbot.keyClick(sidebar.view, Qt.Key.Key_Delete)
    assert session.settings.saved_searches == ("plan", "tag:reading")


def test_context_menu_removes_a_saved_search(
    sidebar: SidebarPanel, session: Session, qtbot: QtBot
) -> None:
    rect = sidebar.view.visualRect(sidebar.model.saved_heading.child(1, 0).index())
    sidebar._on_view_context_menu(rect.center())
    menus = sidebar.findChildren(QMenu)
    assert len(menus) == 1
    (action,) = menus[0].actions()
    assert action.text() == "Remove saved search"
    action.trigger()
    menus[0].close()
    assert session.settings.saved_searches == ("kind:clip",)
    assert sidebar.model.saved_heading.rowCount() == 1


def test_counts_follow_changes(sidebar: SidebarPanel, session: Session, qtbot: QtBot) -> None:
    def add(library: Library) -> Changes:
        return library.create_note("Second", kind=Kind.JOURNAL, tags=["work/q4"])[1]

    session.write(add, session.outside_changes)
    qtbot.waitUntil(lambda: count_of(sidebar, "journal") == 2, timeout=WAIT)
    qtbot.waitUntil(lambda: sidebar.model.tag_item("work/q4") is not None, timeout=WAIT)
    assert tag_count(sidebar, "work") == 3


def test_tag_queries_quote_odd_names() -> None:
    assert tag_query("a/b-c") == "tag:a/b-c"
    assert tag_query("two words") == 'tag:"two words"'


def test_no_index_selected_on_an_empty_click(sidebar: SidebarPanel) -> None:
    assert sidebar.model.query_at(QModelIndex()) is None

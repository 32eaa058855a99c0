"""Screenshots of a callout, an embed and a CJK search (PONDER_SHOTS=1): docs/screenshots."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ponder.core.library import Library
from ponder.ui import theme
from ponder.ui.models.note_list_model import NoteRole
from ponder.ui.panels.note_list import NoteListPanel
from ponder.ui.panels.preview import PreviewPanel
from ponder.ui.session import Session

pytestmark = pytest.mark.skipif(
    os.environ.get("PONDER_SHOTS") != "1", reason="writes docs/screenshots; set PONDER_SHOTS=1"
)
SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"

CALLOUTS = """# Moving in from Obsidian

> [!note] Links land where they landed
> A bare `[[Note]]` opens the note **beside** the linking one first, then the shortest path.

> [!warning] Check before you rename
> Ponder rewrites `[[wikilinks]]` and `[Markdown](links.md)` in their own syntax.

> [!tip]- A folded tip (click to read in Obsidian)
> This body stays hidden, as Obsidian shows it.

> [!question]+ Does ==highlighting== work?
> Yes: ==marked text== is shown marked, and %%this comment%% is not shown at all.

A paragraph with a block id you cannot see. ^b15695
"""

SOURCE = """# Garden plan

The section on soil, embedded:

![[Soil#Compost]]

And the bed layout, at 240 pixels:

![[beds.png|240]]
"""
SOIL = """# Soil

## Compost

Brown and green in equal parts; turn it every two weeks. ^turning

> [!info] Temperature
> A working heap reaches 55 °C in its core.

## Worms

Not shown: another section.
"""

CJK = {
    "zh/注册.md": "# 注册账号\n请先注册账号，然后登录系统。注册后可以同步笔记。\n",
    "ja/登録.md": "# アカウント登録\n"
    "まずアカウントを登録してください。登録が終わったらログインします。\n",
    "ko/등록.md": "# 계정 등록\n먼저 계정을 등록하세요. 등록한 뒤 로그인합니다.\n",
    "en/register.md": "# Register\nCreate an account (注册 in Chinese, 登録 in Japanese).\n",
}


def use_theme(name: str) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply(app, theme.LIGHT if name == "light" else theme.DARK)


def preview_of(session: Session, qtbot: QtBot, path: str, text: str, name: str) -> PreviewPanel:
    preview = PreviewPanel(session)
    qtbot.addWidget(preview)
    preview.set_theme(theme.LIGHT if name == "light" else theme.DARK)
    preview.resize(900, 600)
    preview.show()
    with qtbot.waitSignal(preview.rendered, timeout=10_000):
        preview.set_note(path, text)
    qtbot.wait(50)
    return preview


@pytest.mark.parametrize("name", ["light", "dark"])
def test_callout_screenshot(session: Session, qtbot: QtBot, name: str) -> None:
    use_theme(name)
    preview = preview_of(session, qtbot, "notes/Moving in.md", CALLOUTS, name)
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert preview.grab().save(str(SHOTS / f"callout-{name}.png"))
    use_theme("light")


@pytest.mark.parametrize("name", ["light", "dark"])
def test_embed_screenshot(session: Session, qtbot: QtBot, name: str) -> None:
    use_theme(name)
    root = session.library.vault.root
    session.library.create_note("Soil", body=SOIL, folder="notes")
    (root / "attachments").mkdir(exist_ok=True)
    image = QImage(480, 240, QImage.Format.Format_RGB32)
    image.fill(QColor("#c8e6c9"))
    painter = QPainter(image)
    for column in range(4):
        painter.fillRect(20 + column * 115, 30, 95, 180, QColor("#6d4c41"))
    painter.end()
    assert image.save(str(root / "attachments" / "beds.png"))
    preview = preview_of(session, qtbot, "notes/Garden plan.md", SOURCE, name)
    assert preview.grab().save(str(SHOTS / f"embed-{name}.png"))
    use_theme("light")


@pytest.mark.parametrize("name", ["light", "dark"])
def test_cjk_search_screenshot(session: Session, qtbot: QtBot, name: str) -> None:
    use_theme(name)
    library: Library = session.library
    for rel, text in CJK.items():
        (library.vault.root / rel).parent.mkdir(parents=True, exist_ok=True)
        (library.vault.root / rel).write_text(text, encoding="utf-8")
    library.reconcile()
    notes = NoteListPanel(session)
    qtbot.addWidget(notes)
    notes.resize(900, 600)
    notes.show()
    query = "注册 OR 登録 OR 등록"
    notes.set_query(query)
    qtbot.waitUntil(lambda: notes.shown_text == query, timeout=10_000)
    qtbot.wait(50)
    assert notes.model.rowCount() == 4
    snippets = [notes.model.index(row, 0).data(NoteRole.SNIPPET) for row in range(4)]
    assert all("<b>" in snippet for snippet in snippets)
    assert notes.grab().save(str(SHOTS / f"cjk-search-{name}.png"))
    use_theme("light")

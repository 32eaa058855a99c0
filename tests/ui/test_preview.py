"""The preview: safe rendering, coalesced renders, and every kind of link handled by Ponder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument
from pytestqt.qtbot import QtBot

from ponder.ui.panels.preview import PreviewPanel
from ponder.ui.session import Session

WAIT = 8000
IMAGE = QTextDocument.ResourceType.ImageResource.value


class Opener:
    """Stands in for QDesktopServices.openUrl: records instead of launching a browser."""

    def __init__(self) -> None:
        self.opened: list[str] = []

    def __call__(self, url: QUrl) -> bool:
        self.opened.append(url.toString())
        return True


@pytest.fixture
def opener() -> Opener:
    return Opener()


@pytest.fixture
def preview(session: Session, qtbot: QtBot, opener: Opener) -> PreviewPanel:
    session.library.create_note("Compost", body="Brown and green.\n")
    widget = PreviewPanel(session, opener=opener)
    qtbot.addWidget(widget)
    widget.resize(600, 500)
    widget.show()
    return widget


def render(qtbot: QtBot, preview: PreviewPanel, path: str, text: str) -> None:
    with qtbot.waitSignal(preview.rendered, timeout=WAIT):
        preview.set_note(path, text)


def click(preview: PreviewPanel, href: str) -> None:
    preview.anchorClicked.emit(QUrl(href))


NOTE = "---\ntitle: Soil life\ntags: [garden]\n---\nWorms like [[Compost]] and #garden.\n"


def test_renders_the_body_under_the_title_without_front_matter(
    qtbot: QtBot, preview: PreviewPanel
) -> None:
    render(qtbot, preview, "notes/Soil life.md", NOTE)
    shown = preview.toPlainText()
    assert shown.startswith("Soil life")
    assert "Worms like Compost and #garden." in shown
    assert "tags:" not in shown and "---" not in shown
    assert preview.objectName() == "preview"
    assert not preview.openLinks() and not preview.openExternalLinks()


def test_a_heading_first_body_is_not_titled_twice(qtbot: QtBot, preview: PreviewPanel) -> None:
    render(qtbot, preview, "notes/a.md", "# Alpha\n\ntext\n")
    assert preview.toPlainText().count("Alpha") == 1


def test_wikilinks_navigate_inside(qtbot: QtBot, preview: PreviewPanel) -> None:
    render(qtbot, preview, "notes/Soil life.md", NOTE)
    with qtbot.waitSignal(preview.note_link_clicked) as blocker:
        click(preview, "ponder-note:Compost#Turning%20it")
    assert blocker.args == ["notes/Compost.md", "Turning it"]  # resolved beside the source


def test_a_missing_note_is_offered_for_creation(qtbot: QtBot, preview: PreviewPanel) -> None:
    render(qtbot, preview, "notes/Soil life.md", "See [[Mycelium]].\n")
    with (
        qtbot.assertNotEmitted(preview.note_link_clicked),
        qtbot.waitSignal(preview.missing_note_clicked) as blocker,
    ):
        click(preview, "ponder-note:Mycelium")
    assert blocker.args == ["Mycelium"]


def test_tags_are_signalled(qtbot: QtBot, preview: PreviewPanel) -> None:
    render(qtbot, preview, "notes/Soil life.md", NOTE)
    with qtbot.waitSignal(preview.tag_clicked) as blocker:
        click(preview, "ponder-tag:garden%2Fbeds")
    assert blocker.args == ["garden/beds"]


@pytest.mark.parametrize(
    "href", ["https://example.org/a?b=1", "http://example.org", "mailto:a@b.org"]
)
def test_web_and_mail_links_open_outside(
    qtbot: QtBot, preview: PreviewPanel, opener: Opener, href: str
) -> None:
    render(qtbot, preview, "notes/a.md", "x\n")
    click(preview, href)
    assert opener.opened == [QUrl(href).toString()]


@pytest.mark.parametrize(
    "href",
    [
        "javascript:alert(1)",
        "file:///etc/passwd",
        "ftp://example.org/x",
        "data:text/html,<b>x</b>",
        "vbscript:msgbox",
        "attachments/tool.sh",
    ],
)
def test_every_other_scheme_is_refused(
    qtbot: QtBot, preview: PreviewPanel, opener: Opener, href: str
) -> None:
    render(qtbot, preview, "notes/a.md", "x\n")
    before = preview.toHtml()
    with (
        qtbot.assertNotEmitted(preview.note_link_clicked),
        qtbot.waitSignal(preview.status_message) as blocker,
    ):
        click(preview, href)
    assert opener.opened == []
    assert blocker.args is not None and "does not open" in blocker.args[0]
    assert preview.toHtml() == before  # nothing was loaded into the preview


def test_relative_note_links_resolve_beside_the_note(qtbot: QtBot, preview: PreviewPanel) -> None:
    render(qtbot, preview, "notes/deep/a.md", "x\n")
    with qtbot.waitSignal(preview.note_link_clicked) as blocker:
        click(preview, "../Compost.md")
    assert blocker.args == ["notes/Compost.md", ""]


def test_fifty_rapid_updates_render_at_most_twice(qtbot: QtBot, preview: PreviewPanel) -> None:
    render(qtbot, preview, "notes/a.md", "start\n")
    before = preview.render_count
    for number in range(50):
        preview.show_text(f"version {number}\n")
    qtbot.waitUntil(lambda: "version 49" in preview.toPlainText(), timeout=WAIT)
    qtbot.wait(200)
    assert preview.render_count - before <= 2
    assert "version 49" in preview.toPlainText()


def test_a_hidden_preview_does_not_render_until_shown(qtbot: QtBot, preview: PreviewPanel) -> None:
    render(qtbot, preview, "notes/a.md", "start\n")
    preview.hide()
    before = preview.render_count
    preview.show_text("while hidden\n")
    qtbot.wait(100)
    assert preview.render_count == before
    with qtbot.waitSignal(preview.rendered, timeout=WAIT):
        preview.show()
    assert "while hidden" in preview.toPlainText()


def test_remote_images_are_links_and_never_loaded(
    qtbot: QtBot, session: Session, preview: PreviewPanel
) -> None:
    render(qtbot, preview, "notes/a.md", "![pic](https://example.org/p.png)\n")
    assert "<img" not in preview.toHtml()  # shown as a link, nothing fetched
    assert preview.loadResource(IMAGE, QUrl("https://example.org/p.png")) is None
    assert preview.loadResource(IMAGE, QUrl("http://127.0.0.1:9/p.png")) is None


def test_local_images_load_only_from_inside_the_vault(
    qtbot: QtBot, preview: PreviewPanel, vault_root: Path, tmp_path: Path
) -> None:
    image = QImage(4, 4, QImage.Format.Format_RGB32)
    image.fill(0x336699)
    (vault_root / "attachments").mkdir()
    assert image.save(str(vault_root / "attachments" / "dot.png"))
    assert image.save(str(tmp_path / "outside.png"))
    render(qtbot, preview, "notes/a.md", "![dot](../attachments/dot.png)\n")
    loaded = preview.loadResource(IMAGE, QUrl("../attachments/dot.png"))
    assert isinstance(loaded, QImage) and loaded.width() == 4
    assert preview.loadResource(IMAGE, QUrl.fromLocalFile(str(tmp_path / "outside.png"))) is None
    assert preview.loadResource(IMAGE, QUrl("../../outside.png")) is None


def test_a_long_code_line_wraps_inside_its_block(qtbot: QtBot, preview: PreviewPanel) -> None:
    """The whole preview never scrolls sideways because of one long line of code."""
    from ponder.ui import theme

    preview.set_theme(theme.LIGHT)
    line = "docker run --rm -it " + " ".join(f"--env VAR_{n}=value_{n}" for n in range(40))
    render(qtbot, preview, "notes/Run.md", f"Run it:\n\n```sh\n{line}\n```\n")
    assert line.split()[-1] in preview.toPlainText()
    assert preview.horizontalScrollBar().maximum() == 0

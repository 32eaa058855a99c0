"""The preview follows `[[Note#Heading]]` and block links to their place, and hides block ids."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from ponder.ui.panels.preview import PreviewPanel
from ponder.ui.session import Session

WAIT = 8000
FILLER = "\n\n".join(f"Paragraph {n} of filler text." for n in range(80))
FAR = f"# Far\n\n{FILLER}\n\n## Landing\n\nYou are here. ^spot\n\n{FILLER}\n"


def shown(qtbot: QtBot, preview: PreviewPanel, path: str, text: str) -> None:
    with qtbot.waitSignal(preview.rendered, timeout=WAIT):
        preview.set_note(path, text)


def test_a_heading_link_opens_the_note_at_the_heading(session: Session, qtbot: QtBot) -> None:
    session.library.create_note("Far", body=FAR, folder="notes")
    preview = PreviewPanel(session)
    qtbot.addWidget(preview)
    preview.resize(600, 400)
    preview.show()
    shown(qtbot, preview, "notes/Start.md", "Go to [[Far#Landing]] or [[Far#^spot]].\n")
    with qtbot.waitSignal(preview.note_link_clicked) as clicked:
        preview._open_note_link("Far", "Landing")
    assert clicked.args == ["notes/Far.md", "Landing"]
    shown(qtbot, preview, "notes/Far.md", FAR)  # what the window does with the signal
    bar = preview.verticalScrollBar()
    assert bar.value() > bar.maximum() // 4  # not at the top: at the heading
    assert "^spot" not in preview.toPlainText() and "You are here." in preview.toPlainText()
    # a link to a block of the note already shown scrolls without opening anything
    bar.setValue(0)
    preview._open_note_link("Far", "^spot")
    assert bar.value() > bar.maximum() // 4


def test_a_heading_link_to_another_note_does_not_scroll_a_later_render(
    session: Session, qtbot: QtBot
) -> None:
    session.library.create_note("Far", body=FAR, folder="notes")
    preview = PreviewPanel(session)
    qtbot.addWidget(preview)
    preview.resize(600, 400)
    preview.show()
    shown(qtbot, preview, "notes/Start.md", "[[Far#Landing]]\n")
    preview._open_note_link("Far", "Landing")
    shown(qtbot, preview, "notes/Other.md", FAR)  # the window opened something else
    assert preview.verticalScrollBar().value() == 0

"""The editor pane: the Markdown editor with its find and replace bar beneath it."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ponder.ui.editor.find_bar import FindBar
from ponder.ui.editor.palette import EditorPalette
from ponder.ui.editor.widget import MarkdownEditor

FIND_SHORTCUT = QKeySequence.StandardKey.Find
REPLACE_SHORTCUT = "Ctrl+H"


class EditorPane(QWidget):
    """Holds `editor` and `find_bar`; Ctrl+F opens find, Ctrl+H find and replace — unless
    `own_shortcuts` is False because a window's action table owns those keys."""

    def __init__(
        self,
        titles: Callable[[], Sequence[str]],
        tags: Callable[[], Sequence[str]],
        palette: EditorPalette | None = None,
        parent: QWidget | None = None,
        *,
        own_shortcuts: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Editor"))
        self.editor = MarkdownEditor(titles, tags, palette, self)
        self.find_bar = FindBar(self.editor, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.find_bar)
        if own_shortcuts:
            self._add_shortcuts()
        self.set_palette(palette or EditorPalette.light())

    def _add_shortcuts(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence(FIND_SHORTCUT), self, self.find_bar.show_find).setContext(context)
        QShortcut(QKeySequence(REPLACE_SHORTCUT), self, self.find_bar.show_replace).setContext(
            context
        )

    def set_palette(self, palette: EditorPalette) -> None:
        """Switch the editor's and the find bar's colours."""
        self.editor.set_palette(palette)
        self.find_bar.set_match_colour(QColor(palette.find_match), QColor(palette.find_match_text))

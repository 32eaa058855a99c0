"""Ponder's Markdown editor: the text widget, its find bar and the pane that holds both."""

from ponder.ui.editor.find_bar import FindBar
from ponder.ui.editor.palette import EditorPalette
from ponder.ui.editor.pane import EditorPane
from ponder.ui.editor.widget import CursorState, MarkdownEditor

__all__ = ["CursorState", "EditorPalette", "EditorPane", "FindBar", "MarkdownEditor"]

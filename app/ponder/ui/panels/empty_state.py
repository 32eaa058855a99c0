"""What the note pane shows when no note is open: what to do next, one button per way in."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ponder.ui.dialogs.command_palette import plain_label

TEXT_WIDTH = 420


class EmptyState(QWidget):
    """A calm page with a heading, a sentence and a button for each action given (its keys on
    the button). Emits no signals: the buttons trigger the window's own actions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.setAccessibleName(self.tr("No note open"))
        self.heading = QLabel(self.tr("No note is open"), self)
        self.heading.setObjectName("dialogTitle")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = QLabel(
            self.tr(
                "Start a new note, write in today's journal, or open one you have: pick it in "
                "the list, or type a few letters of its title in the quick switcher."
            ),
            self,
        )
        self.text.setObjectName("hint")
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setFixedWidth(TEXT_WIDTH)  # a fixed measure, so the wrapped height is known
        self.text.setMinimumHeight(self.text.heightForWidth(TEXT_WIDTH))
        self._column = QVBoxLayout()
        self._column.setSpacing(8)
        self.buttons: list[QPushButton] = []
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.heading, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.text, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(12)
        layout.addLayout(self._column)
        layout.addStretch(3)

    def set_actions(self, actions: Sequence[QAction]) -> None:
        """One button per action, labelled "New note   Ctrl+N", in the order given."""
        for action in actions:
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            label = plain_label(action)
            button = QPushButton(f"{label}    {keys}" if keys else label, self)
            button.setObjectName("primary" if not self.buttons else "")
            button.setMinimumWidth(260)
            button.setToolTip(action.statusTip())
            button.clicked.connect(action.trigger)
            self._column.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
            self.buttons.append(button)

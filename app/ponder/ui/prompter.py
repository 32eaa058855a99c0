"""Questions to the person, behind a protocol so logic never calls a modal exec() itself."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget


class Prompter(Protocol):
    """Empty button labels mean the platform's own OK and Cancel (Qt translates those). With
    `safe_default`, Enter answers no (a question whose yes cannot be taken back)."""

    def confirm(
        self, title: str, text: str, *, yes: str = "", no: str = "", safe_default: bool = False
    ) -> bool: ...

    def ask_text(self, title: str, label: str, default: str = "") -> str | None: ...

    def choose(self, title: str, label: str, items: Sequence[str]) -> int | None: ...

    def choose_folder(self, title: str, start: Path) -> Path | None: ...

    def choose_file(self, title: str, start: Path, filters: str) -> Path | None: ...

    def inform(self, title: str, text: str) -> None: ...


class QtPrompter:
    """The real prompter: standard Qt dialogs parented to the window."""

    def __init__(self, parent: QWidget | None) -> None:
        self._parent = parent

    def confirm(
        self, title: str, text: str, *, yes: str = "", no: str = "", safe_default: bool = False
    ) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self._parent)
        Button = QMessageBox.StandardButton
        Role = QMessageBox.ButtonRole
        accept = box.addButton(yes, Role.AcceptRole) if yes else box.addButton(Button.Ok)
        reject = box.addButton(no, Role.RejectRole) if no else box.addButton(Button.Cancel)
        box.setDefaultButton(reject if safe_default else accept)
        box.exec()
        return box.clickedButton() is accept

    def ask_text(self, title: str, label: str, default: str = "") -> str | None:
        text, ok = QInputDialog.getText(self._parent, title, label, text=default)
        return text if ok else None

    def choose(self, title: str, label: str, items: Sequence[str]) -> int | None:
        """The index of the item picked, or None when cancelled."""
        choices = list(items)
        text, ok = QInputDialog.getItem(self._parent, title, label, choices, 0, False)
        return choices.index(text) if ok and text in choices else None

    def choose_folder(self, title: str, start: Path) -> Path | None:
        chosen = QFileDialog.getExistingDirectory(self._parent, title, str(start))
        return Path(chosen) if chosen else None

    def choose_file(self, title: str, start: Path, filters: str) -> Path | None:
        chosen, _ = QFileDialog.getOpenFileName(self._parent, title, str(start), filters)
        return Path(chosen) if chosen else None

    def inform(self, title: str, text: str) -> None:
        QMessageBox.information(self._parent, title, text)

"""One editor widget per setting, chosen from the setting's type and metadata."""

from __future__ import annotations

import dataclasses
import typing
from abc import ABC, abstractmethod
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from ponder.core.settings import Settings
from ponder.ui.chevrons import (
    ChevronComboBox,
    ChevronDoubleSpinBox,
    ChevronFontComboBox,
    ChevronSpinBox,
)
from ponder.ui.prompter import Prompter

SPIN_WIDTH = 140


def setting_text(text: str) -> str:
    """A label, help line or choice from the core's settings metadata, translated. The core
    imports no Qt, so lupdate never sees these there: `settings_messages()` hands them to
    packaging/translations.py, which feeds them to lupdate under the "settings" context."""
    return QCoreApplication.translate("settings", text)


def choice_source(choice: str) -> str:
    """How a stored choice reads before translation: "follow_system" → "Follow system"."""
    return choice.replace("_", " ").capitalize()


def settings_messages() -> list[str]:
    """Every text of the settings metadata that the preferences dialog shows."""
    texts: list[str] = []
    for spec in dataclasses.fields(Settings):
        texts += [str(spec.metadata.get(key, "")) for key in ("label", "help")]
        texts += [choice_source(choice) for choice in spec.metadata.get("choices", ())]
    return [text for text in dict.fromkeys(texts) if text]


class SettingEditor(ABC):
    """A widget that shows one setting's value and gives back what the person made of it."""

    def __init__(self, widget: QWidget) -> None:
        self.widget = widget

    @abstractmethod
    def value(self) -> object: ...

    @abstractmethod
    def set_value(self, value: object) -> None: ...


class ChoiceEditor(SettingEditor):
    def __init__(self, choices: tuple[str, ...], parent: QWidget) -> None:
        self.box = ChevronComboBox(parent)
        for choice in choices:
            self.box.addItem(setting_text(choice_source(choice)), choice)
        super().__init__(self.box)

    def value(self) -> object:
        return self.box.currentData()

    def set_value(self, value: object) -> None:
        self.box.setCurrentIndex(max(self.box.findData(value), 0))


class IntEditor(SettingEditor):
    def __init__(self, meta: Mapping[str, Any], parent: QWidget) -> None:
        self.spin = ChevronSpinBox(parent)
        self.spin.setMaximumWidth(SPIN_WIDTH)
        self.spin.setRange(int(meta.get("minimum", -(2**31))), int(meta.get("maximum", 2**31 - 1)))
        super().__init__(self.spin)

    def value(self) -> object:
        return self.spin.value()

    def set_value(self, value: object) -> None:
        self.spin.setValue(int(value))  # type: ignore[call-overload]


class FloatEditor(SettingEditor):
    def __init__(self, meta: Mapping[str, Any], parent: QWidget) -> None:
        self.spin = ChevronDoubleSpinBox(parent)
        self.spin.setMaximumWidth(SPIN_WIDTH)
        self.spin.setDecimals(int(meta.get("decimals", 1)))
        self.spin.setSingleStep(float(meta.get("step", 0.1)))
        self.spin.setRange(float(meta.get("minimum", -1e9)), float(meta.get("maximum", 1e9)))
        super().__init__(self.spin)

    def value(self) -> object:
        return self.spin.value()

    def set_value(self, value: object) -> None:
        self.spin.setValue(float(value))  # type: ignore[arg-type]


class BoolEditor(SettingEditor):
    def __init__(self, label: str, parent: QWidget) -> None:
        self.check = QCheckBox(label, parent)
        super().__init__(self.check)

    def value(self) -> object:
        return self.check.isChecked()

    def set_value(self, value: object) -> None:
        self.check.setChecked(bool(value))


class TextEditor(SettingEditor):
    def __init__(self, parent: QWidget) -> None:
        self.line = QLineEdit(parent)
        super().__init__(self.line)

    def value(self) -> object:
        return self.line.text().strip()

    def set_value(self, value: object) -> None:
        self.line.setText(str(value))


class FolderEditor(SettingEditor):
    """A path field and a "Choose…" button that asks through the prompter."""

    def __init__(self, label: str, prompter: Prompter, parent: QWidget) -> None:
        box = QWidget(parent)
        self.line = QLineEdit(box)
        self.button = QPushButton(QCoreApplication.translate("preferences", "Choose…"), box)
        choose = QCoreApplication.translate("preferences", "{setting}: choose a folder")
        self.button.setAccessibleName(choose.format(setting=label))
        self.button.setToolTip(
            QCoreApplication.translate("preferences", "Pick the folder in a file dialog")
        )
        self.button.clicked.connect(self._on_button_clicked)
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.button)
        self._prompter = prompter
        self._label = label
        super().__init__(box)

    def value(self) -> object:
        return self.line.text().strip()

    def set_value(self, value: object) -> None:
        self.line.setText(str(value))

    def _on_button_clicked(self) -> None:
        start = Path(self.line.text()).expanduser() if self.line.text() else Path.home()
        chosen = self._prompter.choose_folder(self._label, start)
        if chosen is not None:
            self.line.setText(str(chosen))


class LinesEditor(SettingEditor):
    """A tuple of strings, one per line; blank lines are dropped."""

    def __init__(self, parent: QWidget) -> None:
        self.text = QPlainTextEdit(parent)
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(self.text.fontMetrics().lineSpacing() * 4 + 16)
        super().__init__(self.text)

    def value(self) -> object:
        lines = (line.strip() for line in self.text.toPlainText().splitlines())
        return tuple(line for line in lines if line)

    def set_value(self, value: object) -> None:
        items = value if isinstance(value, tuple | list) else ()
        self.text.setPlainText("\n".join(str(item) for item in items))


class FontEditor(SettingEditor):
    """A font family; empty means the system font."""

    def __init__(self, parent: QWidget) -> None:
        self.box = ChevronFontComboBox(parent)
        self.box.setEditable(True)
        line = self.box.lineEdit()
        if line is not None:
            line.setPlaceholderText(QCoreApplication.translate("preferences", "System font"))
        super().__init__(self.box)

    def value(self) -> object:
        return self.box.currentText().strip()

    def set_value(self, value: object) -> None:
        if value:
            self.box.setCurrentText(str(value))
        else:
            self.box.setCurrentIndex(-1)
            self.box.clearEditText()


def build_editor(
    spec: dataclasses.Field[Any], hint: object, prompter: Prompter, parent: QWidget
) -> SettingEditor:
    """The editor for one settings field, from its resolved type `hint` and its metadata."""
    meta = spec.metadata
    label = setting_text(str(meta.get("label", spec.name)))
    if meta.get("choices"):
        return ChoiceEditor(tuple(meta["choices"]), parent)
    if hint is bool:
        return BoolEditor(label, parent)
    if hint is int:
        return IntEditor(meta, parent)
    if hint is float:
        return FloatEditor(meta, parent)
    if typing.get_origin(hint) is tuple:
        return LinesEditor(parent)
    if meta.get("kind") == "folder":
        return FolderEditor(label, prompter, parent)
    if meta.get("kind") == "font" or spec.name.endswith("_font"):
        return FontEditor(parent)
    return TextEditor(parent)

"""Preferences, generated from the typed settings: a new setting needs no change here."""

from __future__ import annotations

import typing
from dataclasses import fields

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ponder.core import settings as settings_store
from ponder.core.settings import Settings
from ponder.ui.dialogs.setting_editors import SettingEditor, build_editor, setting_text
from ponder.ui.prompter import Prompter, QtPrompter


class PreferencesDialog(QDialog):
    """One editor per field of `Settings`, with its help as tooltip and a muted hint line.

    OK checks every value with the core (`settings.from_mapping`) and shows problems under the
    field instead of closing; nothing is saved here (the window calls `session.update_settings`
    with `result_settings()`). Emits only QDialog's own signals.
    """

    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        prompter: Prompter | None = None,
    ) -> None:
        super().__init__(parent)
        prompter = prompter if prompter is not None else QtPrompter(self)
        self.setObjectName("preferences")
        self.setWindowTitle(self.tr("Preferences"))
        self._initial = settings
        self.editors: dict[str, SettingEditor] = {}
        self._errors: dict[str, QLabel] = {}
        hints = typing.get_type_hints(Settings)
        form = QWidget(self)
        form.setObjectName("preferencesForm")
        grid = QGridLayout(form)
        grid.setContentsMargins(20, 16, 20, 16)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(1, 1)
        for spec in fields(Settings):
            editor = build_editor(spec, hints[spec.name], prompter, form)
            editor.set_value(getattr(settings, spec.name))
            self._add_row(grid, spec.name, spec.metadata, editor)
            self.editors[spec.name] = editor
        grid.setRowStretch(grid.rowCount(), 1)
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._buttons.accepted.connect(self._on_buttons_accepted)
        self._buttons.rejected.connect(self.reject)
        self._build_layout(form)
        self.resize(620, min(form.sizeHint().height() + 28, 760))

    def _build_layout(self, form: QWidget) -> None:
        scroll = QScrollArea(self)
        scroll.setObjectName("preferencesScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(form)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 12)
        layout.addWidget(scroll, 1)
        buttons_row = QVBoxLayout()
        buttons_row.setContentsMargins(20, 0, 20, 0)
        buttons_row.addWidget(self._buttons)
        layout.addLayout(buttons_row)

    def _add_row(
        self, grid: QGridLayout, name: str, meta: typing.Mapping[str, object], editor: SettingEditor
    ) -> None:
        label_text = setting_text(str(meta.get("label", name)))
        help_text = setting_text(str(meta.get("help", "")))
        row = grid.rowCount()
        widget = editor.widget
        widget.setToolTip(help_text)
        widget.setAccessibleName(label_text)
        widget.setAccessibleDescription(help_text)
        if not isinstance(widget, QCheckBox):
            label = QLabel(label_text + ":", grid.parentWidget())
            label.setBuddy(widget.focusProxy() or widget)
            tall = isinstance(widget, QPlainTextEdit)
            vertical = Qt.AlignmentFlag.AlignTop if tall else Qt.AlignmentFlag.AlignVCenter
            label.setAlignment(Qt.AlignmentFlag.AlignRight | vertical)
            label.setContentsMargins(0, 6 if tall else 0, 0, 0)
            grid.addWidget(label, row, 0)
        grid.addWidget(widget, row, 1)
        hint = QLabel(help_text, grid.parentWidget())
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        grid.addWidget(hint, row + 1, 1)
        error = QLabel(grid.parentWidget())
        error.setObjectName("fieldError")
        error.setWordWrap(True)
        error.hide()
        grid.addWidget(error, row + 2, 1)
        grid.setRowMinimumHeight(row + 3, 12)
        self._errors[name] = error

    # -- values --------------------------------------------------------------------------------

    def values(self) -> dict[str, object]:
        """What the editors hold, in the shape the settings file uses (lists for tuples)."""
        out: dict[str, object] = {}
        for name, editor in self.editors.items():
            value = editor.value()
            out[name] = list(value) if isinstance(value, tuple) else value
        return out

    def problems(self) -> dict[str, str]:
        """Field name → why the core refuses its value; empty when everything is valid."""
        found: dict[str, str] = {}
        for name, value in self.values().items():
            problems = settings_store.from_mapping({name: value}).problems
            if problems:
                found[name] = " ".join(problems)
        return found

    def result_settings(self) -> Settings:
        """The settings as edited (invalid values fall back to their defaults)."""
        return settings_store.from_mapping(self.values()).settings

    def _on_buttons_accepted(self) -> None:
        problems = self.problems()
        for name, label in self._errors.items():
            label.setText(problems.get(name, ""))
            label.setVisible(name in problems)
        if not problems:
            self.accept()
        else:
            first = self.editors[next(iter(problems))].widget
            first.setFocus()

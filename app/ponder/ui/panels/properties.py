"""The note's front matter as a small form above its body: text, lists, dates, checkboxes and
tags with completion. Values go back through `frontmatter.update`, which keeps every other
byte (unknown keys, order, comments, quoting) as it was."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from ponder.core import frontmatter

LIST_KEYS = frozenset({"tags", "aliases", "cssclasses"})
"""Keys that hold a list even when the note has none yet (Obsidian's conventions)."""


def _text_of(value: object) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return "" if value is None else str(value)


def value_from_text(old: object, key: str, text: str) -> object:
    """What the person typed, in the kind of value the key held (a list stays a list, a number
    a number when it still reads as one, a date an ISO date when it parses)."""
    text = text.strip()
    if isinstance(old, list) or key in LIST_KEYS:
        return [part.strip().lstrip("#") for part in text.split(",") if part.strip()]
    if isinstance(old, bool):
        return text.casefold() in ("true", "yes", "1")
    if isinstance(old, int):
        try:
            return int(text)
        except ValueError:
            return text
    if isinstance(old, float):
        try:
            return float(text)
        except ValueError:
            return text
    if isinstance(old, datetime):
        try:
            return datetime.fromisoformat(text)
        except ValueError:
            return text
    if isinstance(old, date):
        try:
            return date.fromisoformat(text)
        except ValueError:
            return text
    return text


class _ListCompleter(QCompleter):
    """Completes the last item of a comma-separated list, keeping the items before it."""

    @override
    def splitPath(self, path: str) -> list[str]:
        return [path.split(",")[-1].strip()]

    @override
    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        widget = self.widget()
        done = widget.text().split(",")[:-1] if isinstance(widget, QLineEdit) else []
        return ", ".join([*(part.strip() for part in done), str(index.data())])


class PropertiesPanel(QWidget):
    """Signals: `property_edited(str key, object value)` when a field was changed and left (or
    Enter pressed); `source_toggled(bool)` when the person asks for the raw YAML instead."""

    property_edited = Signal(str, object)
    source_toggled = Signal(bool)

    def __init__(self, tags: Callable[[], Sequence[str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("properties")
        self.setAccessibleName(self.tr("Properties"))
        self._tags = tags
        self._values: dict[str, object] = {}
        self.fields: dict[str, QWidget] = {}
        self.toggle = QToolButton(self)
        self.toggle.setObjectName("sectionToggle")
        self.toggle.setText(self.tr("Properties"))
        self.toggle.setCheckable(True)
        self.toggle.setChecked(True)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setToolTip(self.tr("Show or hide the note's properties"))
        self.toggle.toggled.connect(self._on_toggle_toggled)
        self.source = QToolButton(self)
        self.source.setText(self.tr("Source"))
        self.source.setCheckable(True)
        self.source.setToolTip(self.tr("Edit the properties as YAML in the editor"))
        self.source.toggled.connect(self.source_toggled)
        self.problem = QLabel(self)
        self.problem.setObjectName("fieldError")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.body = QWidget(self)
        self.form = QFormLayout(self.body)
        self.form.setContentsMargins(14, 0, 14, 6)
        self.form.setVerticalSpacing(0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        header = QHBoxLayout()
        header.setContentsMargins(8, 2, 8, 0)
        header.addWidget(self.toggle)
        header.addStretch(1)
        header.addWidget(self.source)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addWidget(self.problem)
        layout.addWidget(self.body)

    def show_front(self, text: str) -> bool:
        """Fill the form from the note's text; False (and a sentence) when its front matter
        cannot be read, so the caller shows the source instead."""
        try:
            data, _body = frontmatter.read(text)
        except frontmatter.FrontMatterError as exc:
            self._clear()
            self.problem.setText(
                self.tr("The properties cannot be read ({error}); fix them in the source.").format(
                    error=exc
                )
            )
            self.problem.show()
            return False
        self.problem.hide()
        self._clear()
        self._values = dict(data)
        for key, value in data.items():
            field = self._field_for(key, value)
            self.fields[key] = field
            self.form.addRow(key, field)
        return True

    def _clear(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.fields = {}

    def _field_for(self, key: str, value: object) -> QWidget:
        if isinstance(value, bool):
            box = QCheckBox(self.body)
            box.setChecked(value)
            box.setAccessibleName(key)
            box.toggled.connect(lambda checked, k=key: self._edited(k, checked))
            return box
        if isinstance(value, dict) or (
            isinstance(value, list) and any(isinstance(v, dict | list) for v in value)
        ):
            nested = QLabel(self.tr("(nested — edit in the source)"), self.body)
            nested.setObjectName("hint")
            return nested
        line = QLineEdit(_text_of(value), self.body)
        line.setAccessibleName(key)
        line.setFrame(False)
        if key == "tags":
            line.setPlaceholderText(self.tr("tags, separated by commas"))
            completer = _ListCompleter(QStringListModel(list(self._tags()), line), line)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            line.setCompleter(completer)
        elif isinstance(value, datetime | date):
            line.setPlaceholderText(self.tr("YYYY-MM-DD"))
        line.editingFinished.connect(lambda k=key, f=line: self._on_line_finished(k, f))
        return line

    def _on_line_finished(self, key: str, line: QLineEdit) -> None:
        old = self._values.get(key)
        value = value_from_text(old, key, line.text())
        if _text_of(value) != _text_of(old):
            self._edited(key, value)

    def _edited(self, key: str, value: object) -> None:
        self._values[key] = value
        self.property_edited.emit(key, value)

    def _on_toggle_toggled(self, shown: bool) -> None:
        self.body.setVisible(shown)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

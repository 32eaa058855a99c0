"""Import: what Ponder reads (one line per format), a file or folder to choose, progress, and
what came of it — with a button that shows the imported notes in the list."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ponder.ui.prompter import Prompter

FORMAT = Qt.ItemDataRole.UserRole + 1
FOLDER_FORMAT = "markdown-folder"


class ImportDialog(QDialog):
    """Signals: `import_requested(object path, str format)` (the format is "" to tell it from
    the file); `show_requested(list paths)` for the notes the last import wrote."""

    import_requested = Signal(object, str)
    show_requested = Signal(list)

    def __init__(
        self,
        formats: Sequence[tuple[str, str, bool]],
        prompter: Prompter,
        filters: str,
        parent: QWidget | None = None,
    ) -> None:
        """`formats`: (name, description, is a folder) of each format Ponder imports."""
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import"))
        self._prompter = prompter
        self._filters = filters
        self._imported: list[str] = []
        intro = QLabel(
            self.tr(
                "Ponder imports these exports and folders. Each becomes notes in your vault; "
                "what is already there is skipped, never duplicated."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.formats = QListWidget(self)
        self.formats.setWordWrap(True)
        self.formats.setSpacing(2)
        self.formats.setAccessibleName(self.tr("Formats Ponder imports"))
        auto = QListWidgetItem(self.tr("Tell from the file (any format below)"), self.formats)
        auto.setData(FORMAT, "")
        sentences = self._sentences()
        for name, description, is_folder in formats:
            sentence = sentences.get(name, sentences["links"])
            item = QListWidgetItem(f"{description}\n{sentence}", self.formats)
            item.setData(FORMAT, name)
            item.setToolTip(self.tr("A folder") if is_folder else self.tr("A file"))
        self.formats.setCurrentRow(0)
        self.file_button = QPushButton(self.tr("Choose &file…"), self)
        self.file_button.setDefault(True)
        self.folder_button = QPushButton(self.tr("Choose f&older…"), self)
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.result_label = QLabel(self)
        self.result_label.setObjectName("importResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.show_button = QPushButton(self.tr("&Show imported notes"), self)
        self.show_button.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self._lay_out(intro)
        self.file_button.clicked.connect(self._on_file_clicked)
        self.folder_button.clicked.connect(self._on_folder_clicked)
        self.show_button.clicked.connect(self._on_show_clicked)
        self.buttons.rejected.connect(self.reject)
        self.resize(640, 520)

    def _sentences(self) -> dict[str, str]:
        """What each kind of export becomes in the vault."""
        return {
            "links": self.tr(
                "Each link becomes a clip in clips/ with its title, tags and date; a link "
                "already in the vault is skipped."
            ),
            "enex": self.tr("Each note becomes a note, with its tags, tasks and attachments."),
            "opml": self.tr("One note lists the feeds; follow them from the Feeds view."),
            FOLDER_FORMAT: self.tr(
                "Every Markdown file is copied in with its folders, front matter and attachments."
            ),
        }

    def _lay_out(self, intro: QLabel) -> None:
        choose = QHBoxLayout()
        choose.addStretch(1)
        choose.addWidget(self.folder_button)
        choose.addWidget(self.file_button)
        result = QHBoxLayout()
        result.addWidget(self.result_label, 1)
        result.addWidget(self.show_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        heading = QLabel(self.tr("&What to import"), self)
        heading.setObjectName("sectionLabel")
        heading.setBuddy(self.formats)
        layout.addWidget(heading)
        layout.addWidget(self.formats, 1)
        layout.addLayout(choose)
        layout.addWidget(self.progress)
        layout.addLayout(result)
        layout.addWidget(self.buttons)

    def choose_format(self, name: str) -> None:
        for row in range(self.formats.count()):
            if self.formats.item(row).data(FORMAT) == name:
                self.formats.setCurrentRow(row)

    def chosen_format(self) -> str:
        item = self.formats.currentItem()
        return str(item.data(FORMAT)) if item is not None else ""

    # -- what happens --------------------------------------------------------------------------

    def set_running(self, name: str) -> None:
        self.result_label.setText(self.tr("Importing {name}…").format(name=name))
        self.show_button.hide()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.file_button.setEnabled(False)
        self.folder_button.setEnabled(False)

    def set_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("%v of %m"))

    def show_result(self, text: str, imported: Sequence[str]) -> None:
        """What the import did; the button shows `imported` in the note list."""
        self._finish()
        self.result_label.setText(text)
        self._imported = list(imported)
        self.show_button.setVisible(bool(imported))
        if imported:
            self.show_button.setFocus()

    def show_problem(self, text: str) -> None:
        self._finish()
        self.result_label.setText(text)
        self._imported = []
        self.show_button.hide()

    def _finish(self) -> None:
        self.progress.hide()
        self.file_button.setEnabled(True)
        self.folder_button.setEnabled(True)

    # -- the person's choices ------------------------------------------------------------------

    @Slot()
    def _on_file_clicked(self) -> None:
        title = self.tr("Import into Ponder")
        path = self._prompter.choose_file(title, Path.home(), self._filters)
        chosen = self.chosen_format()
        if path is not None:
            self.import_requested.emit(path, "" if chosen == FOLDER_FORMAT else chosen)

    @Slot()
    def _on_folder_clicked(self) -> None:
        title = self.tr("Import a folder of Markdown (Obsidian, Logseq, Dendron, Foam)")
        path = self._prompter.choose_folder(title, Path.home())
        if path is not None:
            self.import_requested.emit(path, FOLDER_FORMAT)

    @Slot()
    def _on_show_clicked(self) -> None:
        self.show_requested.emit(self._imported)

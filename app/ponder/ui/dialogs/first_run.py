"""First run: say what Ponder is for, then create a vault or open an existing notes folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ponder.ui.prompter import Prompter

NEW, EXISTING = 0, 1


class FirstRunDialog(QDialog):
    """Welcome, and where the notes live: a new vault (default ~/Ponder) or an existing folder
    (Obsidian, Logseq and Foam folders work as they are). The window opens the vault with
    `Library.open(chosen_path(), ..., create=True)` and writes the welcome note.
    Emits only QDialog's own signals.
    """

    def __init__(
        self, prompter: Prompter, default_path: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstRun")
        self.setWindowTitle(self.tr("Welcome to Ponder"))
        self._prompter = prompter
        self.new_edit = self._path_edit(str(default_path), self.tr("Folder for the new vault"))
        self.existing_edit = self._path_edit("", self.tr("Existing notes folder"))
        self.existing_edit.setPlaceholderText(self.tr("A folder of Markdown notes"))
        self.new_radio = QRadioButton(self.tr("Create a new vault"), self)
        self.existing_radio = QRadioButton(self.tr("Open an existing folder"), self)
        self.new_radio.setToolTip(self.tr("Start with an empty vault in a new folder"))
        self.existing_radio.setToolTip(self.tr("Use notes you already have, where they are"))
        self._group = QButtonGroup(self)
        self._group.addButton(self.new_radio, NEW)
        self._group.addButton(self.existing_radio, EXISTING)
        self.new_radio.setChecked(True)
        self.problem = QLabel(self)
        self.problem.setObjectName("fieldError")
        self.problem.setWordWrap(True)
        self.start_button = QPushButton(self.tr("Start"), self)
        self.start_button.setDefault(True)
        self.start_button.setToolTip(self.tr("Open the vault and begin"))
        self.start_button.clicked.connect(self.accept)
        self.new_choose = self._choose_button(NEW)
        self.existing_choose = self._choose_button(EXISTING)
        self._build_layout()
        self._group.idToggled.connect(self._on_group_toggled)
        self.new_edit.textChanged.connect(self._validate)
        self.existing_edit.textChanged.connect(self._validate)
        self._validate()
        self.setMinimumWidth(560)
        self.resize(560, self.heightForWidth(560) if self.hasHeightForWidth() else 330)

    def _path_edit(self, text: str, name: str) -> QLineEdit:
        edit = QLineEdit(text, self)
        edit.setAccessibleName(name)
        edit.setToolTip(name)
        return edit

    def _choose_button(self, which: int) -> QPushButton:
        button = QPushButton(self.tr("Choose…"), self)
        button.setToolTip(self.tr("Pick the folder in a file dialog"))
        button.setAccessibleName(
            self.tr("Choose the new vault's folder")
            if which == NEW
            else self.tr("Choose an existing folder")
        )
        button.clicked.connect(self._on_choose_new if which == NEW else self._on_choose_existing)
        return button

    def _build_layout(self) -> None:
        title = QLabel(self.tr("Welcome to Ponder"), self)
        title.setObjectName("dialogTitle")
        intro = QLabel(
            self.tr(
                "Ponder follows one practice: <b>Seek</b> what is worth keeping, <b>Sense</b> "
                "it by reflecting, linking and journaling, and <b>Share</b> what you made of it."
                " Your notes stay plain Markdown files in a folder you choose."
            ),
            self,
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        grid.setColumnMinimumWidth(0, 22)
        grid.addWidget(self.new_radio, 0, 0, 1, 3)
        grid.addWidget(self.new_edit, 1, 1)
        grid.addWidget(self.new_choose, 1, 2)
        grid.setRowMinimumHeight(2, 10)
        grid.addWidget(self.existing_radio, 3, 0, 1, 3)
        grid.addWidget(self.existing_edit, 4, 1)
        grid.addWidget(self.existing_choose, 4, 2)
        works = QLabel(self.tr("Obsidian, Logseq and Foam folders work as they are."), self)
        works.setObjectName("hint")
        grid.addWidget(works, 5, 1, 1, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.problem, 1)
        buttons.addWidget(self.start_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 20, 22, 16)
        layout.setSpacing(14)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addLayout(buttons)

    # -- the answer ----------------------------------------------------------------------------

    def creates_vault(self) -> bool:
        return self._group.checkedId() == NEW

    def chosen_path(self) -> Path:
        edit = self.new_edit if self.creates_vault() else self.existing_edit
        return Path(edit.text().strip()).expanduser()

    def path_problem(self) -> str:
        """Why the chosen path cannot be used, or an empty string."""
        edit = self.new_edit if self.creates_vault() else self.existing_edit
        if not edit.text().strip():
            return self.tr("Choose a folder.")
        path = self.chosen_path()
        if self.creates_vault():
            return self.tr("That is a file, not a folder.") if path.is_file() else ""
        return "" if path.is_dir() else self.tr("There is no folder there.")

    def _validate(self) -> None:
        problem = self.path_problem()
        self.problem.setText(problem)
        self.start_button.setEnabled(not problem)

    def _on_group_toggled(self, which: int, checked: bool) -> None:
        if checked:
            (self.new_edit if which == NEW else self.existing_edit).setFocus()
            self._validate()

    def _choose(self, which: int, edit: QLineEdit) -> None:
        start = Path(edit.text().strip()).expanduser() if edit.text().strip() else Path.home()
        title = self.tr("Folder for the new vault") if which == NEW else self.tr("Notes folder")
        chosen = self._prompter.choose_folder(title, start)
        if chosen is not None:
            edit.setText(str(chosen))
            (self.new_radio if which == NEW else self.existing_radio).setChecked(True)
            self._validate()

    def _on_choose_new(self) -> None:
        self._choose(NEW, self.new_edit)

    def _on_choose_existing(self) -> None:
        self._choose(EXISTING, self.existing_edit)

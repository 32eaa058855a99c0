"""UI fixtures: a real Session on a temporary vault, and a scripted prompter."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ponder.core.library import Library
from ponder.core.settings import Dirs, Settings
from ponder.ui.controller import WindowController
from ponder.ui.main_window import MainWindow
from ponder.ui.session import Session
from ponder.ui.tasks import TaskRunner
from ponder.ui.translations import install_translators


class ScriptedPrompter:
    """Answers questions from a list, and records what was asked."""

    def __init__(self, *answers: object) -> None:
        self.answers = list(answers)
        self.asked: list[str] = []
        self.informed: list[str] = []
        self.safe_defaults: list[str] = []  # questions whose Enter answers no

    def _next(self, title: str) -> object:
        self.asked.append(title)
        return self.answers.pop(0) if self.answers else None

    def confirm(
        self,
        title: str,
        text: str,
        *,
        yes: str = "OK",
        no: str = "Cancel",
        safe_default: bool = False,
    ) -> bool:
        if safe_default:
            self.safe_defaults.append(title)
        return bool(self._next(title))

    def ask_text(self, title: str, label: str, default: str = "") -> str | None:
        answer = self._next(title)
        return answer if isinstance(answer, str) else None

    def choose(self, title: str, label: str, items: Sequence[str]) -> int | None:
        answer = self._next(title)
        return items.index(answer) if isinstance(answer, str) and answer in items else None

    def choose_folder(self, title: str, start: Path) -> Path | None:
        answer = self._next(title)
        return answer if isinstance(answer, Path) else None

    def choose_file(self, title: str, start: Path, filters: str) -> Path | None:
        answer = self._next(title)
        return answer if isinstance(answer, Path) else None

    def inform(self, title: str, text: str) -> None:
        self.informed.append(text)
        self._next(title)


@pytest.fixture(autouse=True, scope="session")
def english_plurals(qapp: QApplication) -> Iterator[None]:
    """What the app installs at start-up on an English system: "1 note", "2 notes"."""
    installed = install_translators(qapp, QLocale("en_US"))
    yield
    for translator in installed:
        qapp.removeTranslator(translator)


@pytest.fixture
def prompter() -> ScriptedPrompter:
    return ScriptedPrompter()


@pytest.fixture
def vault_root(tmp_path: Path) -> Path:
    root = tmp_path / "vault"
    root.mkdir()
    return root


@pytest.fixture
def session(vault_root: Path, tmp_path: Path, qtbot: QtBot) -> Iterator[Session]:
    """A real library on a temporary vault, with its runner; reconciled before the test."""
    dirs = Dirs(config=tmp_path / "config", cache=tmp_path / "cache", state=tmp_path / "state")
    library = Library.open(vault_root, dirs.cache)
    library.reconcile()
    runner = TaskRunner()
    result = Session(library, runner, Settings(vault=str(vault_root)), dirs)
    yield result
    result.close()


@pytest.fixture
def window(
    session: Session, prompter: ScriptedPrompter, qtbot: QtBot, tmp_path: Path
) -> Iterator[tuple[MainWindow, WindowController]]:
    """The whole window on the temporary vault, wired by its controller, shown offscreen."""
    store = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    main = MainWindow(session, store)
    qtbot.addWidget(main)
    controller = WindowController(main, session, prompter)
    main.show()
    yield main, controller
    main.note_panel.document.close().result(timeout=10)


@pytest.fixture
def corpus_session(
    corpus: Callable[[str], Path], tmp_path: Path, qtbot: QtBot
) -> Iterator[Callable[..., Session]]:
    """A function that opens a shared corpus (see tests/conftest.py) as an indexed session."""
    opened: list[Session] = []

    def make(name: str, **settings: Any) -> Session:
        root = corpus(name)
        dirs = Dirs(config=tmp_path / "config", cache=tmp_path / "cache", state=tmp_path / "state")
        library = Library.open(root, dirs.cache)
        try:
            library.reconcile()
        except BaseException:
            library.close()  # stops its index writer process (a timeout must not leak it)
            raise
        session = Session(library, TaskRunner(), Settings(vault=str(root), **settings), dirs)
        opened.append(session)
        return session

    yield make
    for session in opened:
        session.close()

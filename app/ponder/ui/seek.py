"""Seek in the window: importing what people already have, with progress and a summary.

The importers (lxml, defusedxml, the format readers) load on first use, not at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from ponder.core.library import Library
from ponder.ui.main_window import MainWindow
from ponder.ui.prompter import Prompter
from ponder.ui.session import Session

if TYPE_CHECKING:
    from ponder.core.capture.importers import ImportReport

DETAIL_LINES = 8


class ImportJob(QObject):
    """One running import. `progress(done, total)` is emitted from the writer thread and
    arrives on the UI thread; `cancel()` stops it after the current entry."""

    progress = Signal(int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True

    def run(self, library: Library, *, fmt: str, path: Path) -> ImportReport:
        from ponder.core.capture.importers import import_path

        return import_path(
            library, fmt, path, progress=self.progress.emit, cancel=lambda: self.cancelled
        )


def file_filters() -> str:
    """The file dialog's filters: every file format, then each one, then all files."""
    from ponder.core.capture.importers import FORMATS

    patterns = {f.name: " ".join(f"*{ext}" for ext in f.extensions) for f in FORMATS.values()}
    known = " ".join(dict.fromkeys(" ".join(p for p in patterns.values() if p).split()))
    lines = [f"Exports and bookmarks ({known})"]
    lines += [f"{f.description} ({patterns[f.name]})" for f in FORMATS.values() if f.extensions]
    return ";;".join([*lines, "All files (*)"])


def details(report: ImportReport) -> str:
    """The summary, then the first few skipped and failed items with their reasons."""
    parts = [report.summary()]
    for heading, outcomes in (("Not imported:", report.failed), ("Skipped:", report.skipped)):
        if outcomes:
            lines = [f"• {o.item}: {o.reason}" for o in outcomes[:DETAIL_LINES]]
            if len(outcomes) > DETAIL_LINES:
                lines.append(f"… and {len(outcomes) - DETAIL_LINES} more")
            parts.append("\n".join([heading, *lines]))
    if report.notices:
        parts.append("\n".join(report.notices))
    return "\n\n".join(parts)


class SeekController(QObject):
    """The window's import commands; one import runs at a time, on the writer thread."""

    def __init__(self, window: MainWindow, session: Session, prompter: Prompter) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.prompter = prompter
        self.job: ImportJob | None = None
        window.closing.connect(self._on_window_closing)

    def handlers(self) -> dict[str, Callable[[], object]]:
        return {"file.import": self.import_file, "file.import_folder": self.import_folder}

    def import_file(self) -> None:
        path = self.prompter.choose_file(self.tr("Import into Ponder"), Path.home(), file_filters())
        if path is not None:
            self.start_import(path)

    def import_folder(self) -> None:
        title = self.tr("Import a folder of Markdown (Obsidian, Logseq, Dendron, Foam)")
        path = self.prompter.choose_folder(title, Path.home())
        if path is not None:
            self.start_import(path, "markdown-folder")

    def start_import(self, path: Path, fmt: str | None = None) -> None:
        from ponder.core.capture.importers import FORMATS, detect_format

        chosen = fmt or detect_format(path)
        if chosen is None:
            known = "\n".join(f"• {f.description}" for f in FORMATS.values())
            text = self.tr("Ponder cannot tell what kind of export “{name}” is. It reads:\n{known}")
            self.prompter.inform(self.tr("Import"), text.format(name=path.name, known=known))
            return
        if self.job is not None:
            self._message(self.tr("An import is already running; it will tell you when done."))
            return
        self.job = ImportJob(self)
        self.job.progress.connect(self._on_job_progress)
        self._message(self.tr("Importing {name}…").format(name=path.name))
        work = partial(self.job.run, fmt=chosen, path=path)
        self.session.write(work, self._on_imported, self._on_import_failed)

    @Slot(int, int)
    def _on_job_progress(self, done: int, total: int) -> None:
        bar = self.window.status.progress
        bar.setVisible(done < total)
        bar.setRange(0, max(total, 1))
        bar.setValue(done)

    def _on_imported(self, report: ImportReport) -> None:
        self._finish()
        self.session.publish(report.changes, self)
        self._message(report.summary())
        self.prompter.inform(self.tr("Import finished"), details(report))

    def _on_import_failed(self, error: BaseException) -> None:
        self._finish()
        self.prompter.inform(self.tr("Import failed"), str(error))

    def _finish(self) -> None:
        self.window.status.progress.hide()
        if self.job is not None:
            self.job.deleteLater()
        self.job = None

    @Slot()
    def _on_window_closing(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _message(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 10_000)

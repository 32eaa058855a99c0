"""Seek in the window: quick capture and clipping, drops on the window, and importing what
people already have (with progress and a summary).

The importers (lxml, defusedxml, the format readers) load on first use, not at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtGui import QGuiApplication

from ponder.core.library import Library
from ponder.core.model import Changes
from ponder.core.undo import Reversal, Snapshot
from ponder.ui.clip_service import ClipService
from ponder.ui.clipping import ClipFlow
from ponder.ui.dialogs.browser_clipping import BrowserClippingDialog
from ponder.ui.dialogs.quick_capture import QuickCaptureDialog
from ponder.ui.drops import Drop
from ponder.ui.feeds_controller import FeedsController
from ponder.ui.main_window import MainWindow
from ponder.ui.operations import Operation, UndoStep
from ponder.ui.prompter import Prompter
from ponder.ui.session import Session
from ponder.ui.undo_jobs import reverse_job

if TYPE_CHECKING:
    from ponder.core.capture.importers import ImportReport
    from ponder.core.capture.quick import Captured


@dataclass(frozen=True, slots=True)
class Imported:
    """An import's report, and what it takes to undo it (the new notes go to `.trash/`)."""

    report: ImportReport
    reversal: Reversal

    @property
    def changes(self) -> Changes:
        return self.report.changes


class ImportJob(QObject):
    """One running import. `progress(done, total)` is emitted from the writer thread and
    arrives on the UI thread; `cancel()` stops it after the current entry."""

    progress = Signal(int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True

    def run(self, library: Library, *, fmt: str, path: Path) -> Imported:
        from ponder.core.capture.importers import import_path

        report = import_path(
            library, fmt, path, progress=self.progress.emit, cancel=lambda: self.cancelled
        )
        return Imported(report, Snapshot({}).after(library, report.changes))


def file_filters() -> str:
    """The file dialog's filters: every file format, then each one, then all files."""
    from ponder.core.capture.importers import FORMATS

    patterns = {f.name: " ".join(f"*{ext}" for ext in f.extensions) for f in FORMATS.values()}
    known = " ".join(dict.fromkeys(" ".join(p for p in patterns.values() if p).split()))
    every = QCoreApplication.translate("SeekController", "Exports and bookmarks ({patterns})")
    lines = [every.format(patterns=known)]
    lines += [f"{f.description} ({patterns[f.name]})" for f in FORMATS.values() if f.extensions]
    return ";;".join([*lines, QCoreApplication.translate("SeekController", "All files (*)")])


class SeekController(QObject):
    """The window's capture, clip and import commands. Clips are fetched in the pool; one
    import runs at a time, on the writer thread."""

    def __init__(self, window: MainWindow, session: Session, prompter: Prompter) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.prompter = prompter
        self.job: ImportJob | None = None
        self.clips = ClipFlow(session, self)
        self.clips.message.connect(self._message)
        self.browsers = ClipService(session, prompter, self)
        self.browsers.message.connect(self._message)
        self.browsers.clip_arrived.connect(self.clips.fill)
        self.browsers.apply(session.settings)
        self.feeds = FeedsController(session, window)
        self.feeds.message.connect(self._message)
        window.closing.connect(self._on_window_closing)
        window.dropped.connect(self._on_window_dropped)

    def handlers(self) -> dict[str, Callable[[], object]]:
        return {
            "capture.quick": self.quick_capture,
            "capture.clip": self.clip_page,
            "capture.browsers": self.browser_clipping,
            "view.feeds": self.feeds.open_view,
            "capture.clip_open": self.clip_open_item,
            "file.import": self.import_file,
            "file.import_folder": self.import_folder,
        }

    # -- capture -------------------------------------------------------------------------------

    def quick_capture(self, text: str = "") -> QuickCaptureDialog:
        """The quick-capture window; a link saved there is fetched here afterwards."""
        dialog = QuickCaptureDialog(
            self.session, self.window, prompter=self.prompter, on_clip=self.clips.fill
        )
        dialog.captured.connect(self._on_dialog_captured)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        if text:
            dialog.set_text(text)
        return dialog

    def clip_page(self) -> QuickCaptureDialog:
        """Quick capture ready for a link: the one on the clipboard, if there is one."""
        from ponder.core.urls import single_url

        clipboard = QGuiApplication.clipboard().text()
        return self.quick_capture(single_url(clipboard) or "")

    def clip_open_item(self) -> None:
        """Fetch the article of the open note's link into it: how a feed item becomes a clip."""
        path = self.window.note_panel.document.path
        if path is None:
            self._message(self.tr("Open a feed item or a clip first."))
            return
        note = self.session.library.read(path)
        if note.source is None or not note.source.url:
            self._message(self.tr("{path} has no web address to clip.").format(path=path))
            return
        self.clips.fill(str(path))

    def browser_clipping(self) -> None:
        BrowserClippingDialog(self.browsers, self.window).open()

    @Slot(str)
    def _on_dialog_captured(self, path: str) -> None:
        self._message(self.tr("Captured to {path}").format(path=path))

    @Slot(object)
    def _on_window_dropped(self, drop: Drop) -> None:
        for link in drop.links:
            self.clips.capture("", url=link)
        for path in drop.files:
            self._take_file(path)
        if drop.text:
            self.clips.capture(drop.text)

    def _take_file(self, path: Path) -> None:
        """An export or a folder is offered for import; any other file goes to the Inbox."""
        from ponder.core.capture.importers import FORMATS, detect_format

        fmt = detect_format(path)
        if fmt is not None:
            question = self.tr("Import “{name}” as {what}?").format(
                name=path.name, what=FORMATS[fmt].description
            )
            if self.prompter.confirm(self.tr("Import"), question, yes=self.tr("Import")):
                self.start_import(path, fmt)
            return
        job = partial(_capture_file, source=path)
        failure = self.tr("Could not capture {name}").format(name=path.name)
        self.session.run(Operation(job, failure=failure, on_done=self._on_file_captured), self)

    def _on_file_captured(self, captured: Captured) -> None:
        self._message(self.tr("Captured to {path}").format(path=captured.path))

    # -- import --------------------------------------------------------------------------------

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
        work = partial(self.job.run, fmt=chosen, path=path)
        progress = self.tr("Importing {name}…").format(name=path.name)
        op = Operation(work, progress=progress, undo=self._import_undo,
                       on_done=self._on_imported, on_error=self._on_import_failed)  # fmt: skip
        self.session.run(op, self)

    @Slot(int, int)
    def _on_job_progress(self, done: int, total: int) -> None:
        bar = self.window.status.progress
        bar.setVisible(done < total)
        bar.setRange(0, max(total, 1))
        bar.setValue(done)

    def _import_undo(self, imported: Imported) -> UndoStep | None:
        notes = len(imported.report.changes.added)
        if not notes:
            return None
        said = self.tr("Imported %n note(s).", "", notes)
        return UndoStep(said, partial(reverse_job, reversal=imported.reversal))

    def _on_imported(self, imported: Imported) -> None:
        self._finish()
        report = imported.report
        summary = self.summary(report)
        self._message(summary)
        self.prompter.inform(self.tr("Import finished"), "\n\n".join([summary, *report.outcomes()]))

    def summary(self, report: ImportReport) -> str:
        """What an import did, in the window's language (the reasons stay as the core says)."""
        notes = len(report.imported)
        if notes == 1:
            text = self.tr("Imported 1 note from {source}.")
        else:
            text = self.tr("Imported {notes} notes from {source}.")
        sentences = [text.format(notes=notes, source=report.source)]
        if report.attachments:
            files = self.tr("{files} attachments were copied into attachments/.")
            sentences.append(files.format(files=len(report.attachments)))
        if report.skipped:
            skipped = self.tr("{n} skipped: already in the vault, or not something to import.")
            sentences.append(skipped.format(n=len(report.skipped)))
        if report.failed:
            sentences.append(self.tr("{n} could not be imported.").format(n=len(report.failed)))
        if report.cancelled:
            sentences.append(self.tr("The import was stopped before the end."))
        return " ".join(sentences)

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
        self.browsers.stop()
        self.feeds.stop()
        if self.job is not None:
            self.job.cancel()

    @Slot(str)
    def _message(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 10_000)


def _capture_file(library: Library, *, source: Path) -> Captured:
    from ponder.core.capture.quick import capture_file

    return capture_file(library, source)

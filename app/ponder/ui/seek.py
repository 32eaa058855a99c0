"""Seek in the window: quick capture and clipping, drops on the window, and importing what
people already have (with progress and a summary).

The importers (lxml, defusedxml, the format readers) load on first use, not at start-up.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtGui import QGuiApplication

from ponder.core.library import Library
from ponder.core.model import Changes
from ponder.core.undo import Reversal, Snapshot
from ponder.ui.clip_service import ClipService
from ponder.ui.clipping import ClipFlow
from ponder.ui.core_text import core_text
from ponder.ui.dialogs.browser_clipping import BrowserClippingDialog
from ponder.ui.dialogs.import_dialog import FOLDER_FORMAT, ImportDialog
from ponder.ui.dialogs.quick_capture import QuickCaptureDialog
from ponder.ui.drops import Drop
from ponder.ui.feeds_controller import FeedsController
from ponder.ui.main_window import MainWindow
from ponder.ui.operations import Operation, UndoStep
from ponder.ui.panels.note_panel import Focus
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
    lines += [
        f"{core_text(f.description)} ({patterns[f.name]})" for f in FORMATS.values() if f.extensions
    ]
    return ";;".join([*lines, QCoreApplication.translate("SeekController", "All files (*)")])


SHOWN_ONE_BY_ONE = 200
"""Up to this many imported notes are shown by their paths; more, by the folder holding them."""


def imported_query(paths: Sequence[str]) -> str:
    """A search that lists exactly the notes of an import (or, for a large one, the folder
    they all went into)."""
    if len(paths) <= SHOWN_ONE_BY_ONE:
        return " OR ".join(f'path:"{path}"' for path in paths)
    folders = [PurePosixPath(path).parent.parts for path in paths]
    first, size = folders[0], min(len(parts) for parts in folders)
    shared = next((i for i in range(size) if any(f[i] != first[i] for f in folders)), size)
    return f'path:"{"/".join(first[:shared])}/"' if shared else ""


class SeekController(QObject):
    """The window's capture, clip and import commands. Clips are fetched in the pool; one
    import runs at a time, on the writer thread."""

    def __init__(self, window: MainWindow, session: Session, prompter: Prompter) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.prompter = prompter
        self.job: ImportJob | None = None
        self.import_dialog: ImportDialog | None = None
        self.clips = ClipFlow(session, self)
        self.clips.message.connect(self._message)
        self._connect_clip_header()
        self.browsers = ClipService(session, prompter, self)
        self.browsers.message.connect(self._message)
        self.browsers.clip_arrived.connect(self.clips.fill)
        self.browsers.apply(session.settings)
        self.feeds = FeedsController(session, window)
        self.feeds.message.connect(self._message)
        window.closing.connect(self._on_window_closing)
        window.dropped.connect(self._on_window_dropped)

    def _connect_clip_header(self) -> None:
        header = self.window.note_panel.clip_header
        header.fetch_requested.connect(self._on_header_fetch_requested)
        header.extract_requested.connect(self._on_header_extract_requested)
        header.new_version_requested.connect(self._on_header_new_version_requested)
        self.clips.started.connect(header.set_busy)
        self.clips.filled.connect(self._on_clips_filled)
        self.clips.already_clipped.connect(self.show_existing_clip)
        self.clips.new_version.connect(self._on_clips_new_version)

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
            self.session,
            self.window,
            prompter=self.prompter,
            on_clip=self.clips.fill,
            on_existing=self.show_existing_clip,
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

    @Slot(str)
    def show_existing_clip(self, path: str) -> None:
        """A link clipped before: open that clip and offer to clip the page again."""
        panel = self.window.note_panel
        panel.clip_header.offer_new_version(path)
        panel.open_note(path, Focus.BODY)
        self._message(self.tr("You clipped this page before: {path} is open.").format(path=path))

    @Slot(str)
    def _on_header_fetch_requested(self, path: str) -> None:
        self.clips.fill(path, after=self.window.note_panel.document.save_now())

    @Slot(str)
    def _on_header_extract_requested(self, path: str) -> None:
        self.clips.reextract(path, after=self.window.note_panel.document.save_now())

    @Slot(str)
    def _on_header_new_version_requested(self, path: str) -> None:
        self.window.note_panel.document.save_now()  # writer thread: saved before the new clip
        self.clips.clip_again(path)

    @Slot(str)
    def _on_clips_filled(self, path: str) -> None:
        """The header leaves its busy state (a changed note is reloaded on its own as well)."""
        panel = self.window.note_panel
        if panel.document.path == path:
            panel.clip_header.show_note(path, panel.full_text())

    @Slot(str)
    def _on_clips_new_version(self, path: str) -> None:
        self.window.note_panel.open_note(path, Focus.BODY)

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
                name=path.name, what=core_text(FORMATS[fmt].description)
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

    def import_file(self) -> ImportDialog:
        """The Import dialog: the formats Ponder reads, a file or folder to choose, the result."""
        from ponder.core.capture.importers import FORMATS

        if self.import_dialog is None:
            formats = [(f.name, f.description, f.is_folder) for f in FORMATS.values()]
            dialog = ImportDialog(formats, self.prompter, file_filters(), self.window)
            dialog.import_requested.connect(self._on_dialog_import_requested)
            dialog.show_requested.connect(self.show_imported)
            self.import_dialog = dialog
        self.import_dialog.open()
        return self.import_dialog

    def import_folder(self) -> ImportDialog:
        dialog = self.import_file()
        dialog.choose_format(FOLDER_FORMAT)
        dialog.folder_button.setFocus()
        return dialog

    @Slot(object, str)
    def _on_dialog_import_requested(self, path: Path, fmt: str) -> None:
        self.start_import(path, fmt or None)

    @Slot(list)
    def show_imported(self, paths: list[str]) -> None:
        """The note list shows the notes an import wrote (and the dialog makes way for it)."""
        if self.import_dialog is not None:
            self.import_dialog.accept()
        self.window.note_list.set_query(imported_query(paths))
        self.window.note_list.focus_list()

    def start_import(self, path: Path, fmt: str | None = None) -> None:
        from ponder.core.capture.importers import FORMATS, detect_format

        chosen = fmt or detect_format(path)
        dialog = self._open_import_dialog()
        if chosen is None:
            known = "\n".join(f"• {core_text(f.description)}" for f in FORMATS.values())
            text = self.tr("Ponder cannot tell what kind of export “{name}” is. It reads:\n{known}")
            if dialog is not None:
                dialog.show_problem(text.format(name=path.name, known=known))
            else:
                self.prompter.inform(self.tr("Import"), text.format(name=path.name, known=known))
            return
        if self.job is not None:
            self._message(self.tr("An import is already running; it will tell you when done."))
            return
        self.job = ImportJob(self)
        self.job.progress.connect(self._on_job_progress)
        if dialog is not None:
            dialog.set_running(path.name)
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
        dialog = self._open_import_dialog()
        if dialog is not None:
            dialog.set_progress(done, total)

    def _open_import_dialog(self) -> ImportDialog | None:
        dialog = self.import_dialog
        return dialog if dialog is not None and dialog.isVisible() else None

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
        text = "\n\n".join([summary, *map(core_text, report.outcomes())])
        dialog = self._open_import_dialog()
        if dialog is not None:
            dialog.show_result(text, [str(path) for path in report.imported])
        else:
            self.prompter.inform(self.tr("Import finished"), text)

    def summary(self, report: ImportReport) -> str:
        """What an import did, in the window's language (the reasons stay as the core says)."""
        text = self.tr("Imported %n note(s) from {source}.", "", len(report.imported))
        sentences = [text.format(source=report.source)]
        if report.attachments:
            files = self.tr(
                "%n attachment(s) copied into attachments/.", "", len(report.attachments)
            )
            sentences.append(files)
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
        dialog = self._open_import_dialog()
        if dialog is not None:
            dialog.show_problem(self.tr("Import failed: {reason}").format(reason=core_text(error)))
        else:
            self.prompter.inform(self.tr("Import failed"), core_text(error))

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

"""The window's Share commands: new drafts from notes, the composer, accounts, shared posts."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Slot

from ponder.core.library import Library
from ponder.core.model import Kind, NotePath
from ponder.ui.core_text import core_text
from ponder.ui.main_window import MainWindow
from ponder.ui.operations import Changed, Operation
from ponder.ui.prompter import Prompter
from ponder.ui.session import Session
from ponder.ui.share.insights_view import InsightsDialog, ResponseRefresher
from ponder.ui.share.scheduled_view import ScheduledDialog, ScheduleRunner
from ponder.ui.share.service import ShareService
from ponder.ui.translations import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the dialogs (and the channels behind them) load when first opened
    from ponder.ui.share.accounts_dialog import AccountsDialog
    from ponder.ui.share.composer import ComposerDialog
    from ponder.ui.share.new_draft_dialog import NewDraftDialog
    from ponder.ui.share.shared_view import SharedDialog
    from ponder.ui.share.variants_view import VariantsDialog

RESULTS_LIMIT = 100
"""The most search results one draft quotes."""


_TEMPLATES = {
    "insight": QT_TRANSLATE_NOOP("ShareController", "Insight — one idea, quoted and reflected on"),
    "question": QT_TRANSLATE_NOOP("ShareController", "Question — ask your network"),
    "roundup": QT_TRANSLATE_NOOP("ShareController", "Roundup — several notes, one post"),
    "weekly": QT_TRANSLATE_NOOP(
        "ShareController", "Weekly — what you learned this week (from the journal)"
    ),
}


def template_labels() -> dict[str, str]:
    """Each share template with a translated line saying what it is for."""
    return {
        name: QCoreApplication.translate("ShareController", text)
        for name, text in _TEMPLATES.items()
    }


def _new_draft(
    library: Library, *, sources: Sequence[str], template: str, title: str, targets: list[str]
) -> Changed[str]:
    from ponder.core.share.drafts import new_draft

    paths = [NotePath(s) for s in sources]
    made, changes = new_draft(
        library, paths, template=template, title=title or None, targets=targets
    )
    return Changed(str(made), changes)


def _result_paths(library: Library, *, query: str) -> list[str]:
    return [str(hit.path) for hit in library.search(query, limit=RESULTS_LIMIT).hits]


def _kind_of(library: Library, *, path: str) -> Kind | None:
    return library.read(NotePath(path)).kind


def _variant(library: Library, *, path: str) -> Changed[str]:
    from ponder.core.share.drafts import new_variant

    made, changes = new_variant(library, NotePath(path))
    return Changed(str(made), changes)


def _local_now() -> datetime:
    return datetime.now().astimezone()


class ShareController(QObject):
    """Handlers for the Share menu; one composer per draft, kept until the window closes."""

    def __init__(
        self,
        window: MainWindow,
        session: Session,
        prompter: Prompter,
        clock: Callable[[], datetime] = _local_now,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.prompter = prompter
        self.clock = clock
        self.service = ShareService(session, self)
        self.composers: dict[str, ComposerDialog] = {}
        self.accounts_dialog: AccountsDialog | None = None
        self.shared_dialog: SharedDialog | None = None
        self.scheduled_dialog: ScheduledDialog | None = None
        self.insights_dialog: InsightsDialog | None = None
        self.new_draft_dialog: NewDraftDialog | None = None
        self.variants_dialog: VariantsDialog | None = None
        self.runner = ScheduleRunner(session, self.service, prompter, clock, self)
        self.refresher = ResponseRefresher(session, self.service, clock, self)
        self.runner.sent.connect(self._on_runner_sent)
        self.service.accounts_changed.connect(self.runner.check)
        self.service.load()
        self.runner.start()
        self.refresher.start()

    def handlers(self) -> dict[str, Callable[[], object]]:
        return {
            "share.new_draft": self.new_draft,
            "share.from_results": self.new_draft_from_results,
            "share.compose": self.compose_open_note,
            "share.accounts": self.show_accounts,
            "share.shared": self.show_shared,
            "share.scheduled": self.show_scheduled,
            "share.insights": self.show_insights,
            "share.variant": self.new_variant,
            "share.variants": self.show_variants,
        }

    # -- new drafts ----------------------------------------------------------------------------

    def new_draft(self) -> None:
        """From the notes selected in the list (two or more), else the open note."""
        selected = self.window.note_list.selected_paths()
        open_note = self.window.note_panel.document.path
        sources = selected if len(selected) > 1 else ([open_note] if open_note else selected)
        self.start_draft(sources)

    def new_draft_from_results(self) -> None:
        query = self.window.note_list.query().strip()
        self.session.read(partial(_result_paths, query=query), self.start_draft)

    def start_draft(self, sources: Sequence[str]) -> None:
        """The New draft dialog for `sources`; Create writes the draft and opens it."""
        from ponder.ui.share.new_draft_dialog import NewDraftDialog

        if self.new_draft_dialog is not None:
            self.new_draft_dialog.deleteLater()
        dialog = NewDraftDialog(
            self.session, template_labels(), sources, self.service.accounts(), self.window
        )
        dialog.create_requested.connect(self._on_create_requested)
        self.new_draft_dialog = dialog
        dialog.open()

    @Slot(str, str, list, list)
    def _on_create_requested(
        self, template: str, title: str, sources: list[str], targets: list[str]
    ) -> None:
        self.window.note_panel.save_now()
        work = partial(_new_draft, sources=sources, template=template, title=title, targets=targets)
        self._make_draft(work)

    def _make_draft(self, work: Callable[[Library], Changed[str]]) -> None:
        op = Operation(work, on_done=self._on_draft_made, on_error=self._on_draft_failed)
        self.session.run(op, self)

    def _on_draft_made(self, result: Changed[str]) -> None:
        path = result.value
        self._message(self.tr("New draft: {path}").format(path=path))
        self.open_composer(path)

    def _on_draft_failed(self, error: BaseException) -> None:
        self.prompter.inform(self.tr("New draft"), core_text(error))

    # -- composer, accounts, history -----------------------------------------------------------

    def compose_open_note(self) -> None:
        path = self.window.note_panel.document.path
        if not path:
            self._message(self.tr("Open a draft to compose it, or make one from notes."))
            return
        self.session.read(partial(_kind_of, path=path), partial(self._on_kind_known, path))

    def _on_kind_known(self, path: str, kind: Kind | None) -> None:
        if kind is Kind.DRAFT:
            self.open_composer(path)
        else:
            self.start_draft([path])

    def open_composer(self, path: str) -> ComposerDialog:
        from ponder.ui.share.composer import ComposerDialog

        composer = self.composers.get(path)
        if composer is None:
            composer = ComposerDialog(self.session, self.service, self.prompter, path, self.window)
            composer.accounts_requested.connect(self.show_accounts)
            self.composers[path] = composer
        composer.reopen()
        return composer

    def show_accounts(self) -> AccountsDialog:
        from ponder.ui.share.accounts_dialog import AccountsDialog

        if self.accounts_dialog is None:
            self.accounts_dialog = AccountsDialog(self.service, self.prompter, self.window)
        self.accounts_dialog.show()
        self.accounts_dialog.raise_()
        return self.accounts_dialog

    def show_shared(self) -> SharedDialog:
        from ponder.ui.share.shared_view import SharedDialog

        if self.shared_dialog is None:
            self.shared_dialog = SharedDialog(self.session, self.window)
            self.shared_dialog.draft_chosen.connect(self.open_composer)
        self.shared_dialog.refresh()
        self.shared_dialog.show()
        self.shared_dialog.raise_()
        return self.shared_dialog

    def show_scheduled(self) -> ScheduledDialog:
        if self.scheduled_dialog is None:
            self.scheduled_dialog = ScheduledDialog(self.session, self.runner, self.window)
        self.scheduled_dialog.refresh()
        self.scheduled_dialog.show()
        self.scheduled_dialog.raise_()
        return self.scheduled_dialog

    def show_insights(self) -> InsightsDialog:
        if self.insights_dialog is None:
            self.insights_dialog = InsightsDialog(
                self.session, self.refresher, self.prompter, self.clock, self.window
            )
            self.insights_dialog.draft_chosen.connect(self.open_composer)
        self.insights_dialog.refresh()
        self.insights_dialog.show()
        self.insights_dialog.raise_()
        return self.insights_dialog

    def new_variant(self) -> None:
        """A second framing of the open draft, to compare in Insights."""
        path = self.window.note_panel.document.path
        if not path:
            self._message(self.tr("Open a draft to make a variant of it."))
            return
        self.window.note_panel.save_now()
        self._make_draft(partial(_variant, path=path))

    def show_variants(self) -> VariantsDialog | None:
        """The open draft's framings side by side, with their targets."""
        from ponder.ui.share.variants_view import VariantsDialog

        path = self.window.note_panel.document.path
        if not path:
            self._message(self.tr("Open a draft to compare its variants."))
            return None
        self.window.note_panel.save_now()
        if self.variants_dialog is not None:
            self.variants_dialog.close()
            self.variants_dialog.deleteLater()
        self.variants_dialog = VariantsDialog(self.session, path, self.window)
        self.variants_dialog.draft_chosen.connect(self.open_composer)
        self.variants_dialog.refresh()
        self.variants_dialog.show()
        return self.variants_dialog

    def _on_runner_sent(self, title: str, account: str, error: str) -> None:
        if error:
            text = self.tr("Scheduled post “{title}” to {account} was not sent: {error}")
            self._message(text.format(title=title, account=account, error=error))
        else:
            text = self.tr("Posted “{title}” to {account} as scheduled.")
            self._message(text.format(title=title, account=account))

    def _message(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 10_000)

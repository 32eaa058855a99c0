"""The facade every face uses: open a vault, keep its index true, read, search and change notes."""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path, PurePosixPath

from ponder.core import frontmatter, note_refs
from ponder.core.filenames import safe_filename, variant_name
from ponder.core.index import (
    IndexLocked,
    IndexUnavailable,
    SearchIndex,
    SearchResults,
    WhooshIndex,
    index_dir_for,
)
from ponder.core.index_keeper import IndexKeeper
from ponder.core.index_protocol import Outcome, Reconcile, Reindex, Request
from ponder.core.index_writer import IndexWriter, InlineWriter, WriterProcess
from ponder.core.library_access import IndexStatus, LibraryAccess
from ponder.core.messages import Message
from ponder.core.model import Changes, FileStamp, Kind, Note, NotePath, Problem
from ponder.core.notes import INBOX, KIND_FOLDERS, new_note_text, parse_note
from ponder.core.query import Query, Sort
from ponder.core.sense import backlinks, journal, journal_config
from ponder.core.sense.backlinks import NoteRewrite, Reference
from ponder.core.sense.links import link_mention
from ponder.core.sense.resolve import LinkResolver, vault_flavor
from ponder.core.urls import page_key
from ponder.core.vault import NoteReadError, Vault, VaultError
from ponder.core.watch import VaultWatcher, WatchBatch
from ponder.core.whoosh_store import writer_lock_held

log = logging.getLogger("ponder.library")

Progress = Callable[[int, int], None]
"""Called with (done, total) while a long operation runs."""


@dataclass(frozen=True, slots=True)
class ReconcileReport:
    """What opening a vault found: how many notes were looked at and what changed."""

    scanned: int
    reindexed: int
    changes: Changes


class Library(LibraryAccess):
    """One vault and its index. Mutations are serialised and return Changes; the index is
    written by one writer (its own process when opened with `open`), read here."""

    def __init__(
        self,
        vault: Vault,
        index: SearchIndex,
        *,
        readonly_index: bool = False,
        now: Callable[[], datetime] | None = None,
        writer: IndexWriter | None = None,
    ) -> None:
        self.vault = vault
        self.index = index
        self.readonly_index = readonly_index
        self.cleaned_temp_files = 0
        self._now = now or (lambda: datetime.now().astimezone())
        self._write_lock = threading.RLock()
        self._problems: dict[str, str] = {}
        self._written: dict[NotePath, str] = {}
        # where daily notes go: faces replace it with journal_config.resolve(...) of the settings
        self.journal = journal_config.from_obsidian(vault.root)
        self.flavor = vault_flavor(vault.root)
        if writer is None and not readonly_index:
            writer = InlineWriter(IndexKeeper(vault, index))
        self._writer = writer

    @classmethod
    def open(cls, root: Path, cache_dir: Path, *, create: bool = False) -> Library:
        """Open the vault at `root`, its index under `cache_dir` (rebuilt if missing or broken).

        The index is written by a process of its own, started here; this process reads it."""
        vault = Vault.open(root, create=create)
        directory = index_dir_for(vault.root, cache_dir)
        if writer_lock_held(directory):
            return cls._read_only(vault, directory)
        writer = WriterProcess.start(vault.root, directory)
        try:
            try:
                index = WhooshIndex.open(directory, readonly=True)
            except IndexUnavailable:  # new or unusable: the writer makes it anew first
                writer.wait_ready()
                index = WhooshIndex.open(directory, readonly=True)
        except IndexLocked:  # another Ponder took the writer lock a moment ago
            writer.close()
            return cls._read_only(vault, directory)
        except BaseException:
            writer.close()
            raise
        return cls(vault, index, writer=writer)

    @classmethod
    def _read_only(cls, vault: Vault, directory: Path) -> Library:
        log.info("index %s is being written by another Ponder; opening it read-only", directory)
        return cls(vault, WhooshIndex.open(directory, readonly=True), readonly_index=True)

    def index_status(self, rebuilt_reason: str | None = None) -> IndexStatus:
        reason = getattr(self._writer, "rebuilt_reason", None)
        return super().index_status(rebuilt_reason or reason)

    def close(self) -> None:
        if self._writer is not None:
            self._writer.close()
        self.index.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading -------------------------------------------------------------------------------

    def read(self, path: NotePath) -> Note:
        """The note at `path` as it is on disk now. Raises NoteReadError."""
        text, stamp = self.vault.read(path)
        return parse_note(path, text, stamp).note

    def resolve_link(self, target: str, source: str | None = None) -> NotePath | None:
        """The note a `[[target]]` in `source` names, by the rules in sense/resolve.py."""
        return backlinks.resolver_for(self.index, self.flavor).resolve_target(target, source)

    def search(
        self,
        query: str | Query,
        *,
        limit: int = 20,
        sort: Sort | None = None,
        snippets: bool = True,
    ) -> SearchResults:
        return self.index.search(query, limit=limit, sort=sort, snippets=snippets)

    def problems(self) -> list[Problem]:
        """Files Ponder could not fully use, as found by the last reconcile or save."""
        return [Problem(path, reason) for path, reason in sorted(self._problems.items())]

    def known_digest(self, path: NotePath) -> str | None:
        """The digest of what Ponder last wrote or indexed at `path` (the watcher's no-op test)."""
        written = self._written.get(path)
        if written is not None:
            return written
        stamp = self.index.stamps().get(path)
        return stamp.digest if stamp else None

    def note_count(self) -> int:
        return len(self.index.stamps())

    def resolve(self, ref: str) -> NotePath | None:
        """The note `ref` names (see note_refs.resolve_note), or None when none or several do."""
        try:
            return note_refs.resolve_note(self, ref)
        except note_refs.NoteRefError:
            return None

    # -- keeping the index true ----------------------------------------------------------------

    def reconcile(self, progress: Progress | None = None) -> ReconcileReport:
        """Bring the index in line with the files: cheap stats first, content where they differ."""
        outcome = self._request(Reconcile(), progress)
        self.cleaned_temp_files += outcome.cleaned
        return ReconcileReport(outcome.scanned, outcome.reindexed, outcome.changes)

    def rebuild_index(self, progress: Progress | None = None) -> ReconcileReport:
        """Forget everything indexed and read every note again."""
        with self._write_lock:
            self._written.clear()
            outcome = self._request(Reconcile(rebuild=True), progress)
            self.cleaned_temp_files += outcome.cleaned
        return ReconcileReport(outcome.scanned, outcome.reindexed, outcome.changes)

    def _request(self, request: Request, progress: Progress | None = None) -> Outcome:
        """Send one request to the index writer and look at its result at once."""
        with self._write_lock:
            if self._writer is None:  # another Ponder writes the index: it will catch up
                return Outcome(Changes(), scanned=0, reindexed=0)
            outcome = self._writer.request(request, progress)
            self._problems = dict(outcome.problems)
            if isinstance(request, Reindex):
                for path in request.changed:
                    self._written.pop(path, None)  # the index vouches for it now
            self.index.refresh()
            return outcome

    def apply_external(self, batch: WatchBatch) -> Changes:
        """Take in what the watcher saw. A mass disappearance is reported, never applied."""
        if batch.rescan_reason is not None:
            log.warning("rescanning the vault: %s", batch.rescan_reason)
            return self.reconcile().changes
        request = Reindex(tuple(sorted(batch.changed)), tuple(sorted(batch.removed)))
        changes = self._request(request).changes
        if batch.suspected_mass_removal:
            count = len(batch.suspected_mass_removal)
            reason = Message(
                "%n note(s) disappeared at once; Ponder keeps them in its index and deletes "
                "nothing. If you removed them on purpose, run `ponder reindex`.",
                n=count,
            )
            changes = changes.merge(Changes(problems=(Problem(".", reason),)))
        return changes

    def watch(self, on_changes: Callable[[Changes], None], **options: object) -> VaultWatcher:
        """A started watcher whose batches are applied here and passed on as Changes."""

        def on_batch(batch: WatchBatch) -> None:
            changes = self.apply_external(batch)
            if changes:
                on_changes(changes)

        watcher = VaultWatcher(
            self.vault.root,
            on_batch,
            known_digest=self.known_digest,
            note_count=self.note_count,
            known_paths=lambda: list(self.index.stamps()),
            **options,  # type: ignore[arg-type]
        )
        watcher.start()
        return watcher

    # -- changing notes ------------------------------------------------------------------------

    def _commit(self, path: NotePath, text: str, stamp: FileStamp) -> None:
        """Record a write we made and have the writer index it (the caller holds the lock)."""
        self._written[path] = stamp.digest
        self._request(Reindex(changed=(path,)))

    def create_note(
        self,
        title: str,
        *,
        kind: Kind = Kind.NOTE,
        tags: Iterable[str] = (),
        body: str = "",
        folder: str | None = None,
    ) -> tuple[NotePath, Changes]:
        """Write a new note (never over an existing file) and index it."""
        text = new_note_text(title, kind, self._now(), tags=tags, body=body)
        target = folder if folder is not None else KIND_FOLDERS.get(kind, INBOX)
        with self._write_lock:
            path, stamp = self.vault.create(target, title, text)
            self._commit(path, text, stamp)
        return path, Changes(added=frozenset({path}))

    def save(
        self, path: NotePath, text: str, *, expected: FileStamp | None
    ) -> tuple[FileStamp, Changes]:
        """Save `text` over the version read as `expected` (ChangedOnDiskError if it moved on)."""
        with self._write_lock:
            stamp = self.vault.save(path, text, expected=expected)
            self._commit(path, text, stamp)
        changed = frozenset({path})
        return stamp, (Changes(added=changed) if expected is None else Changes(updated=changed))

    def create_notes(
        self, drafts: Iterable[tuple[str, str, str]]
    ) -> tuple[list[NotePath | VaultError], Changes]:
        """Write new notes given as (folder, title, text), never over a file, in one index commit.

        For importers: each draft's result, in order, is its path or the VaultError that
        stopped it, so one failed write is reported without losing the others.
        """
        results: list[NotePath | VaultError] = []
        created: list[NotePath] = []
        with self._write_lock:
            try:
                for folder, title, text in drafts:
                    try:
                        path, stamp = self.vault.create(folder, title, text)
                    except VaultError as exc:
                        results.append(exc)
                        continue
                    self._written[path] = stamp.digest
                    created.append(path)
                    results.append(path)
            finally:
                if created:
                    self._request(Reindex(changed=tuple(created)))
        return results, Changes(added=frozenset(created))

    def with_source(self, url: str) -> NotePath | None:
        """A note whose source (or canonical) URL is the same page as `url`, if any."""
        found = self.all_with_source(url)
        return min(found) if found else None

    def all_with_source(self, url: str) -> list[NotePath]:
        """Every note whose source (or canonical) URL is the same page as `url`."""
        key = page_key(url)
        return self.index.with_page(key) if key else []

    def journal_body(self, day: date) -> str:
        """The body a new journal note of `day` starts with (the journal settings' template)."""
        return self.journal.body(self.vault, day)

    def journal_note(self, day: date) -> tuple[NotePath, Changes]:
        """The journal note of `day`, created from the template if it does not exist yet."""
        path = self.journal.path(day)
        with self._write_lock:
            if self.vault.stamp(path) is not None:
                return path, Changes()
            when = datetime(day.year, day.month, day.day, tzinfo=self._now().tzinfo)
            body = self.journal.body(self.vault, day)
            text = new_note_text(day.isoformat(), Kind.JOURNAL, when, body=body)
            self._commit(path, text, self.vault.save(path, text, expected=None))
        return path, Changes(added=frozenset({path}))

    def append_journal(self, entry: str, when: datetime | None = None) -> tuple[NotePath, Changes]:
        """Append a timestamped entry to the day's journal note, creating it from the template."""
        when = when or self._now()
        with self._write_lock:
            path, created = self.journal_note(when.date())
            text, expected = self.vault.read(path)
            text = journal.append_entry(_touch_updated(text, when), entry, when)
            self._commit(path, text, self.vault.save(path, text, expected=expected))
        return path, (created if created else Changes(updated=frozenset({path})))

    def trash(self, path: NotePath, *, expected: FileStamp | None = None) -> Changes:
        """Move a note to the vault's `.trash/` (restorable) and drop it from the index."""
        with self._write_lock:
            self.vault.trash(path, expected=expected)
            self._written.pop(path, None)
            self._request(Reindex(removed=(path,)))
        return Changes(removed=frozenset({path}))

    def rename(self, path: NotePath, new_path: NotePath, *, update_links: bool = True) -> Changes:
        """Move a note (never over another file), reindex it, and point every link at it anew."""
        with self._write_lock:
            plans = self.plan_rename(path, new_path) if update_links else []
            self.vault.rename(path, new_path)
            _text, stamp = self.vault.read(new_path)
            self._written.pop(path, None)
            self._written[new_path] = stamp.digest
            self._request(Reindex(changed=(new_path,), removed=(path,)))
            updated: set[NotePath] = set()
            for plan in plans:
                text, stamp = self.vault.read(plan.source)
                if text != plan.text:  # cannot happen under the write lock unless edited outside
                    log.warning("%s changed during a rename; its links were left", plan.source)
                    continue
                saved = self.vault.save(plan.source, plan.rewritten, expected=stamp)
                self._commit(plan.source, plan.rewritten, saved)
                updated.add(plan.source)
        return Changes(moved=((path, new_path),), updated=frozenset(updated))

    def link_resolver(self, *, with_files: bool = False) -> LinkResolver:
        """The resolver for this vault; `with_files` adds the attachments (walks the vault)."""
        files = self.vault.attachments() if with_files else ()
        return backlinks.resolver_for(self.index, self.flavor, files)

    def plan_rename(self, path: NotePath, new_path: NotePath) -> list[NoteRewrite]:
        """What moving `path` to `new_path` would change in the links of every note."""
        return backlinks.plan_rename(
            self.index, lambda p: self.vault.read(p)[0], (path, new_path), self.flavor
        )

    def retitle(self, path: NotePath, title: str) -> tuple[NotePath, Changes]:
        """Give a note a new title: its file is renamed to match, `title:` follows, links follow."""
        folder = str(PurePosixPath(path).parent)
        with self._write_lock:
            text, stamp = self.vault.read(path)
            front_title = _front(text).get("title")
            if front_title is not None and front_title != title:
                text = frontmatter.update(text, {"title": title})
                self._commit(path, text, self.vault.save(path, text, expected=stamp))
            new_path = self._free_path("" if folder == "." else folder, title, path)
            if new_path == path:
                return path, Changes(updated=frozenset({path}))
            return new_path, self.rename(path, new_path)

    def path_for_title(self, path: NotePath, title: str) -> NotePath:
        """Where `retitle(path, title)` would move the note (`path` if nowhere)."""
        folder = str(PurePosixPath(path).parent)
        return self._free_path("" if folder == "." else folder, title, path)

    def link_mention(self, mention: Reference, target: NotePath) -> Changes:
        """Turn one unlinked mention into a `[[link]]` to `target`, if the text is still there."""
        with self._write_lock:
            text, stamp = self.vault.read(mention.source)
            span = mention.span
            names = backlinks.names_of(self.index, target)
            if text[span.start : span.end].casefold() not in {n.casefold() for n in names}:
                raise NoteChangedError(
                    f"{mention.source} changed since the mention was found; look again."
                )
            resolver = backlinks.resolver_for(self.index, self.flavor)
            rewritten = link_mention(text, span, resolver.link_text(target, mention.source))
            self._commit(
                mention.source,
                rewritten,
                self.vault.save(mention.source, rewritten, expected=stamp),
            )
        return Changes(updated=frozenset({mention.source}))

    def _free_path(self, folder: str, title: str, current: NotePath) -> NotePath:
        """Where a note titled `title` would go in `folder`: `current` if it already is that."""
        name = safe_filename(title)
        for number in itertools.count(1):
            candidate = name if number == 1 else variant_name(name, f" {number}")
            path = NotePath(f"{folder}/{candidate}" if folder else candidate)
            if path.casefold() == current.casefold() or self.vault.stamp(path) is None:
                return path
        raise AssertionError("unreachable")

    def backlinks(self, path: NotePath) -> list[Reference]:
        """Every link in other notes (wikilink, embed, Markdown link) that resolves to `path`."""
        resolver = backlinks.resolver_for(self.index, self.flavor)
        found: list[Reference] = []
        for source in backlinks.linking_sources(self.index, resolver, path):
            if source == path:
                continue
            try:
                note = self.read(source)
            except NoteReadError:
                continue
            for span in backlinks.links_in(note.text, resolver, path, source):
                found.append(backlinks.make_reference(source, note.title, note.text, span))
        return found

    def unlinked_mentions(self, path: NotePath, *, limit: int = 200) -> list[Reference]:
        """Places where other notes name `path` by its title or an alias without linking it."""
        names = [n for n in backlinks.names_of(self.index, path) if "/" not in n]
        candidates: dict[NotePath, str] = {}  # path → title
        for name in names:
            phrase = name.replace('"', " ")
            for hit in self.index.search(f'"{phrase}"', limit=limit, snippets=False).hits:
                candidates.setdefault(hit.path, hit.title)
        found: list[Reference] = []
        for source, title in candidates.items():
            if source == path:
                continue
            try:
                text, _stamp = self.vault.read(source)  # the words only: no need to parse it
            except NoteReadError:
                continue
            for span in backlinks.mentions_in(text, names):
                found.append(backlinks.make_reference(source, title, text, span))
        return found


class NoteChangedError(Exception):
    """A note moved on between finding something in it and acting on it."""


def _front(text: str) -> dict[str, object]:
    try:
        return frontmatter.read(text)[0]
    except frontmatter.FrontMatterError:
        return {}


def _touch_updated(text: str, when: datetime) -> str:
    """Bump `updated:` where the note already has one; leave hand-made front matter alone."""
    try:
        front, _body = frontmatter.read(text)
    except frontmatter.FrontMatterError:
        return text
    if "updated" not in front:
        return text
    return frontmatter.update(text, {"updated": when.replace(microsecond=0)})

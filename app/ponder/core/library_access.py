"""What the faces may ask of a vault and its index without reaching past the library.

The window, the CLI, the clip server, importers and share use these instead of
`library.vault` and `library.index` (an architecture test keeps it so): the index is
written by another process, so what a face may touch directly has to be this small.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from ponder.core import attachments
from ponder.core.filenames import ConflictCopy
from ponder.core.index_api import SearchIndex, Similar
from ponder.core.model import FileStamp, NotePath
from ponder.core.sense import backlinks
from ponder.core.vault import ScanEntry, TrashEntry, Vault


@dataclass(frozen=True, slots=True)
class IndexStatus:
    """Where the index lives and what it holds, for `ponder doctor`."""

    directory: str
    notes: int
    readonly: bool
    rebuilt_reason: str | None


class LibraryAccess:
    """Reads and file-level writes that need no index commit; Library builds on it."""

    vault: Vault
    index: SearchIndex
    readonly_index: bool
    cleaned_temp_files: int  # temp files of crashed saves the reconciles removed

    @property
    def root(self) -> Path:
        """The vault folder (absolute, resolved)."""
        return self.vault.root

    @property
    def index_directory(self) -> Path | None:
        """The index's folder, for a read-only reader in another process (core/chores.py);
        None for an index without a folder of its own."""
        directory = getattr(self.index, "directory", None)
        return directory if isinstance(directory, Path) else None

    def abspath(self, path: str) -> Path:
        """The file of a vault-relative path; raises UnsafePathError for one leading outside."""
        return self.vault.abspath(path)

    def read_text(self, path: NotePath) -> tuple[str, FileStamp]:
        """The text of a note as it is on disk and the stamp to pass back to `save`."""
        return self.vault.read(path)

    def stamp(self, path: NotePath) -> FileStamp | None:
        """The stamp of the file at `path` now, None when there is none."""
        return self.vault.stamp(path)

    def indexed_stamp(self, path: NotePath) -> FileStamp | None:
        """The stamp the index recorded for `path` (None: not indexed)."""
        return self.index.stamps().get(path)

    def trash_entries(self) -> list[TrashEntry]:
        """What `.trash/` holds, newest first (see Vault.trash_entries)."""
        return self.vault.trash_entries()

    def restore(self, entry: TrashEntry) -> NotePath:
        """Put a trashed note back where it was (never over a file); reconcile to index it."""
        return self.vault.restore(entry)

    def scan(self) -> Iterator[ScanEntry]:
        """Every note file in the vault, with its size and mtime."""
        return self.vault.scan()

    def conflicts(self) -> list[ConflictCopy]:
        return self.vault.conflicts()

    def add_attachment(
        self, name: str, data: bytes, *, folder: str = attachments.ATTACHMENTS
    ) -> tuple[NotePath, bool]:
        """See attachments.add_attachment: (its vault path, whether it was written)."""
        return attachments.add_attachment(self.vault, name, data, folder=folder)

    def add_copy(self, source: Path, *, folder: str = attachments.ATTACHMENTS) -> NotePath:
        """See attachments.add_copy."""
        return attachments.add_copy(self.vault, source, folder=folder)

    # -- from the index ------------------------------------------------------------------------

    def note_names(self) -> Sequence[tuple[NotePath, str, tuple[str, ...]]]:
        """(path, title, aliases) of every indexed note, decoded as they are read."""
        return self.index.names()

    def indexed_stamps(self) -> Mapping[NotePath, FileStamp]:
        """The stamp of every indexed note, as recorded when it was indexed."""
        return self.index.stamps()

    def linking_to(self, target_names: Iterable[str]) -> list[NotePath]:
        """Notes with a link filed under any of the names (`resolve.basename_key`)."""
        return self.index.linking_to(target_names)

    def similar(
        self, text: str, *, exclude: Iterable[NotePath] = (), limit: int = 10, terms: int = 10
    ) -> list[Similar]:
        """The notes most like `text` by its key terms (more-like-this), without `exclude`."""
        return self.index.similar(text, exclude=exclude, limit=limit, terms=terms)

    def key_terms(self, text: str, count: int = 10) -> list[str]:
        """The words that set `text` apart from the rest of the notes, most telling first."""
        return self.index.key_terms(text, count)

    def tag_counts(self) -> dict[str, int]:
        """Lowercased tag → number of notes carrying it."""
        return self.index.tag_counts()

    def path_for_id(self, note_id: str) -> NotePath | None:
        """The note whose front matter `id` is exactly `note_id`."""
        return self.index.path_for_id(note_id)

    def with_page(self, key: str) -> list[NotePath]:
        """Notes whose source is the page with this `urls.page_key`."""
        return self.index.with_page(key)

    def indexed_count(self) -> int:
        """Documents in the index now (what a search can reach)."""
        return self.index.count()

    def names_of(self, path: NotePath) -> list[str]:
        """The names a link to `path` may use: its stem, path, title and aliases."""
        return backlinks.names_of(self.index, path)

    def index_status(self, rebuilt_reason: str | None = None) -> IndexStatus:
        directory = getattr(self.index, "directory", "")
        reason = rebuilt_reason or getattr(self.index, "rebuilt_reason", None)
        return IndexStatus(str(directory), self.index.count(), self.readonly_index, reason)

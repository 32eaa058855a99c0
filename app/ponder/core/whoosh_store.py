"""The index folder: our marker, the stamp manifest (SQLite), creating, checking and wiping it."""

from __future__ import annotations

import gc
import json
import os
import shutil
import sqlite3
import threading
import warnings
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from whoosh.filedb.filestore import FileStorage
from whoosh.index import FileIndex
from whoosh.searching import Searcher
from whoosh.util.filelock import FileLock

from ponder.core import folder_prints as prints
from ponder.core.index_api import UNKNOWN_STAMP, IndexRefused
from ponder.core.model import FileStamp, NotePath
from ponder.core.whoosh_schema import schema

INDEX_FORMAT_VERSION = 6  # 5: script bigrams and gapped phrases; 6: also the prefixes field
MARKER_FILE = "ponder-index.json"
MANIFEST_FILE = "ponder-stamps.sqlite"
LOCK_FILE = "ponder-writer.lock"
_CHUNK = 500  # paths per `IN (...)` lookup: below SQLite's limit on bound parameters

_MANIFEST_TABLES = """
CREATE TABLE IF NOT EXISTS stamps (
    path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL, digest TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
"""
# Per folder, the number of notes and the sum of their prints (see folder_prints). Added in
# place to a manifest made before them, so an index need not be rebuilt for them.
_FOLDER_TABLES = """
CREATE TABLE IF NOT EXISTS folders (
    folder TEXT PRIMARY KEY, notes INTEGER NOT NULL, print INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS stamps_by_folder ON stamps (rtrim(path, replace(path, '/', '')));
"""
_FOLDER_OF_PATH = "rtrim(path, replace(path, '/', ''))"  # "a/b/" of "a/b/c.md"; as indexed


class Broken(Exception):
    """The folder's index cannot be used as it is; the message is the rebuild reason."""


class Manifest:
    """The stamp of every indexed note and the Whoosh generation they belong to.

    One row per note, so a one-note save writes one row. Written after each Whoosh
    commit: when the two disagree after a crash, `reconciled` settles it.
    """

    def __init__(self, directory: Path, *, readonly: bool) -> None:
        path = directory / MANIFEST_FILE
        if not path.exists():
            raise Broken("missing manifest")
        uri = f"{path.as_uri()}?mode={'ro' if readonly else 'rw'}"
        self.inode = path.stat().st_ino
        self.path = path
        # the writer and the search pool share this connection: every use holds the lock
        self.lock = threading.Lock()
        self._db = sqlite3.connect(uri, uri=True, check_same_thread=False, isolation_level=None)
        try:
            if not readonly:
                self._db.execute("PRAGMA journal_mode=WAL")
                self._db.execute("PRAGMA synchronous=NORMAL")
                self._keep_prints()
        except sqlite3.DatabaseError as exc:
            self._db.close()
            raise Broken(f"corrupt: manifest unreadable ({exc})") from exc

    @classmethod
    def create(cls, directory: Path, generation: int) -> Manifest:
        db = sqlite3.connect(directory / MANIFEST_FILE, isolation_level=None)
        try:
            db.executescript(_MANIFEST_TABLES)
            db.execute("INSERT INTO meta VALUES ('generation', ?)", (generation,))
        finally:
            db.close()
        return cls(directory, readonly=False)

    def load(self) -> tuple[int, dict[NotePath, FileStamp]]:
        """(generation, every stamp); raises Broken when the file is damaged."""
        try:
            (generation,) = self._db.execute(
                "SELECT value FROM meta WHERE key = 'generation'"
            ).fetchone()
            rows = self._db.execute("SELECT path, size, mtime_ns, digest FROM stamps").fetchall()
            return int(generation), {path: FileStamp(*rest) for path, *rest in rows}
        except (sqlite3.DatabaseError, TypeError, ValueError) as exc:
            raise Broken(f"corrupt: manifest unreadable ({exc})") from exc

    def record(
        self,
        generation: int,
        stamps: Mapping[NotePath, FileStamp],
        removals: Iterable[NotePath] = (),
    ) -> None:
        """Store new stamps, drop removed ones and the generation, in one transaction."""
        rows = [(p, s.size, s.mtime_ns, s.digest) for p, s in stamps.items()]
        removals = list(removals)
        with self._transaction():
            self._move_prints(stamps, removals)
            self._db.executemany("DELETE FROM stamps WHERE path = ?", [(p,) for p in removals])
            self._db.executemany("INSERT OR REPLACE INTO stamps VALUES (?, ?, ?, ?)", rows)
            self._db.execute("UPDATE meta SET value = ? WHERE key = 'generation'", (generation,))

    def replace(self, generation: int, stamps: Mapping[NotePath, FileStamp]) -> None:
        """Make the manifest exactly `stamps` at `generation`."""
        rows = [(p, s.size, s.mtime_ns, s.digest) for p, s in stamps.items()]
        with self._transaction():
            self._db.execute("DELETE FROM stamps")
            self._db.executemany("INSERT INTO stamps VALUES (?, ?, ?, ?)", rows)
            self._db.execute("UPDATE meta SET value = ? WHERE key = 'generation'", (generation,))
            self._count_prints()

    def folder_prints(self) -> dict[str, int]:
        """folder ("a/b/", "" for the top) → the sum of its notes' prints (folder_prints)."""
        with self.lock:
            return dict(self._db.execute("SELECT folder, print FROM folders"))

    def folder_stats(self, folder: str) -> dict[str, tuple[int, int]]:
        """path → (size, mtime_ns) of the notes right in `folder` (not in its subfolders)."""
        query = f"SELECT path, size, mtime_ns FROM stamps WHERE {_FOLDER_OF_PATH} = ?"  # noqa: S608
        with self.lock:
            return {path: (size, mtime) for path, size, mtime in self._db.execute(query, (folder,))}

    def _keep_prints(self) -> None:
        """Make the folder sums if this manifest has none yet, or has them by another scheme."""
        self._db.executescript(_FOLDER_TABLES)
        row = self._db.execute("SELECT value FROM meta WHERE key = 'prints'").fetchone()
        if row is None or row[0] != prints.SCHEME:
            with self._transaction():
                self._count_prints()

    def _count_prints(self) -> None:
        stats = self._db.execute("SELECT path, size, mtime_ns FROM stamps")
        sums = prints.folder_prints(stats)
        self._db.execute("DELETE FROM folders")
        self._db.executemany(
            "INSERT INTO folders VALUES (?, ?, ?)", [(f, n, t) for f, (n, t) in sums.items()]
        )
        self._db.execute("INSERT OR REPLACE INTO meta VALUES ('prints', ?)", (prints.SCHEME,))

    def _move_prints(self, stamps: Mapping[NotePath, FileStamp], removals: list[NotePath]) -> None:
        """Update the sums of the folders whose notes `record` changes (in its transaction)."""
        touched = list(dict.fromkeys([*stamps, *removals]))
        before = self._stats_of(touched)
        folders = {prints.folder_of(path)[0] for path in touched}
        sums = self._sums_of(folders)
        for path in touched:
            folder, name = prints.folder_of(path)
            notes, total = sums.get(folder, (0, 0))
            if (old := before.get(path)) is not None:
                notes, total = notes - 1, prints.subtract(total, prints.note_print(name, *old))
            if (new := stamps.get(path)) is not None:
                print_ = prints.note_print(name, new.size, new.mtime_ns)
                notes, total = notes + 1, prints.add(total, print_)
            sums[folder] = (notes, total)
        self._db.executemany(
            "DELETE FROM folders WHERE folder = ?", [(f,) for f, (n, _) in sums.items() if n <= 0]
        )
        self._db.executemany(
            "INSERT OR REPLACE INTO folders VALUES (?, ?, ?)",
            [(f, n, t) for f, (n, t) in sums.items() if n > 0],
        )

    def _stats_of(self, paths: Sequence[str]) -> dict[str, tuple[int, int]]:
        rows = self._rows_in("SELECT path, size, mtime_ns FROM stamps WHERE path IN ({})", paths)
        return {path: (size, mtime) for path, size, mtime in rows}

    def _sums_of(self, folders: set[str]) -> dict[str, tuple[int, int]]:
        query = "SELECT folder, notes, print FROM folders WHERE folder IN ({})"
        return {folder: (n, total) for folder, n, total in self._rows_in(query, list(folders))}

    def _rows_in(self, select: str, keys: Sequence[str]) -> Iterator[Any]:
        """The rows of `select` (ending `IN ({})`) for all `keys`, in chunks SQLite can bind."""
        for start in range(0, len(keys), _CHUNK):
            chunk = keys[start : start + _CHUNK]
            marks = ",".join("?" * len(chunk))  # placeholders only: the keys are bound
            yield from self._db.execute(select.format(marks), chunk)

    def generation(self) -> int:
        try:
            with self.lock:
                row = self._db.execute("SELECT value FROM meta WHERE key = 'generation'")
                return int(row.fetchone()[0])
        except (sqlite3.DatabaseError, TypeError, ValueError) as exc:
            raise Broken(f"corrupt: manifest unreadable ({exc})") from exc

    def lookup_many(self, paths: Iterable[str]) -> dict[NotePath, FileStamp]:
        """The stamps of those of `paths` that are recorded."""
        query = "SELECT path, size, mtime_ns, digest FROM stamps WHERE path IN ({})"
        with self.lock:
            return {NotePath(p): FileStamp(*rest) for p, *rest in self._rows_in(query, list(paths))}

    def lookup(self, path: str) -> FileStamp | None:
        with self.lock:
            row = self._db.execute(
                "SELECT size, mtime_ns, digest FROM stamps WHERE path = ?", (path,)
            ).fetchone()
        return FileStamp(*row) if row else None

    def paths(self) -> list[NotePath]:
        with self.lock:
            return [NotePath(p) for (p,) in self._db.execute("SELECT path FROM stamps")]

    def size(self) -> int:
        with self.lock:
            return int(self._db.execute("SELECT count(*) FROM stamps").fetchone()[0])

    def replaced(self) -> bool:
        """Whether the writer made a new manifest file (a rebuild) since this one was opened."""
        try:
            return self.path.stat().st_ino != self.inode
        except OSError:
            return True

    def _transaction(self) -> sqlite3.Connection:
        self._db.execute("BEGIN")
        return self._db  # as a context manager: COMMIT, or ROLLBACK on an exception

    def close(self) -> None:
        with self.lock:
            self._db.close()


class StampTable(Mapping[NotePath, FileStamp]):
    """The manifest as a mapping read on demand: a reader of the index (the window's process)
    never holds every stamp in memory, and opening it reads none of them."""

    def __init__(self, manifest: Manifest) -> None:
        self._manifest = manifest

    def __getitem__(self, path: NotePath) -> FileStamp:
        found = self._manifest.lookup(path)
        if found is None:
            raise KeyError(path)
        return found

    def __contains__(self, path: object) -> bool:
        return isinstance(path, str) and self._manifest.lookup(path) is not None

    def __iter__(self) -> Iterator[NotePath]:
        return iter(self._manifest.paths())

    def __len__(self) -> int:
        return self._manifest.size()


def write_marker(directory: Path, vault_root: Path | None) -> None:
    """Mark the folder as Ponder's, atomically: a crash leaves no half-written marker."""
    vault = str(vault_root.resolve()) if vault_root else None
    temp = directory / (MARKER_FILE + ".tmp")
    with temp.open("w", encoding="utf-8") as out:
        json.dump({"format": INDEX_FORMAT_VERSION, "vault": vault}, out)
        out.flush()
        os.fsync(out.fileno())
    temp.replace(directory / MARKER_FILE)


def _read_marker(directory: Path) -> dict[str, Any]:
    try:
        data = json.loads((directory / MARKER_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise Broken(f"corrupt: marker unreadable ({exc})") from exc
    if not isinstance(data, dict):
        raise Broken("corrupt: marker is not an object")
    return data


def _is_ours_or_empty(directory: Path) -> bool:
    if not directory.exists():
        return True
    names = {entry.name for entry in directory.iterdir()}
    return MARKER_FILE in names or names <= {LOCK_FILE}


def writer_lock_held(directory: Path) -> bool:
    """Whether a process holds the folder's writer lock now (a kernel lock: gone with it)."""
    if not (directory / LOCK_FILE).exists():
        return False
    lock = FileLock(str(directory / LOCK_FILE))
    if not lock.acquire():
        return True
    lock.release()
    return False


def refuse_foreign(directory: Path) -> None:
    if not _is_ours_or_empty(directory):
        raise IndexRefused(
            f"{directory} holds files but no {MARKER_FILE}, so Ponder did not make it; "
            "it will not open or delete it. Point the index at an empty folder."
        )


def _wipe(directory: Path) -> None:
    refuse_foreign(directory)  # checked again right before deleting anything
    for entry in directory.iterdir():
        if entry.name == LOCK_FILE:
            continue  # we hold it: deleting it would let a second writer lock a new file
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry)
        else:
            entry.unlink()


def create(directory: Path, vault_root: Path | None) -> tuple[FileIndex, Manifest]:
    """An empty index in `directory`, replacing whatever Ponder had there."""
    _wipe(directory)
    write_marker(directory, vault_root)
    ix = _storage(directory).create_index(schema())
    return ix, Manifest.create(directory, ix.latest_generation())


def load(
    directory: Path, *, readonly: bool
) -> tuple[FileIndex, Manifest, Mapping[NotePath, FileStamp]]:
    """Open an existing index, or raise Broken with the reason it must be rebuilt.

    The stamps are a StampTable, read on demand; a writer settles a manifest of another
    commit than the index's first (see `reconciled`)."""
    if not (directory / MARKER_FILE).exists():
        raise Broken("missing")  # callers refused non-empty foreign folders already
    version = _read_marker(directory).get("format")
    if version != INDEX_FORMAT_VERSION:
        raise Broken(f"format version {version} != {INDEX_FORMAT_VERSION}")
    manifest = Manifest(directory, readonly=readonly)
    try:
        if readonly:
            return _open_whoosh(directory, None)[0], manifest, StampTable(manifest)
        ix, paths = _open_whoosh(directory, manifest.generation())
        if paths is not None:
            _generation, stamps = manifest.load()
            manifest.replace(ix.latest_generation(), reconciled(stamps, paths))
    except BaseException:
        manifest.close()
        raise
    return ix, manifest, StampTable(manifest)


def _open_whoosh(directory: Path, generation: int | None) -> tuple[FileIndex, set[NotePath] | None]:
    """The Whoosh index, and the paths it holds when the manifest is of another commit
    (None: do not compare)."""
    failure: str | None = None
    with warnings.catch_warnings():
        # Whoosh leaves files open when it fails on a damaged index; let them close quietly
        warnings.simplefilter("ignore", ResourceWarning)
        try:
            ix = _storage(directory).open_index()
            if sorted(ix.schema.names()) != sorted(schema().names()):
                raise Broken("format version: fields differ")
            with ix.searcher() as searcher:
                searcher.doc_count()
                stale = generation is not None and generation != ix.latest_generation()
                paths = _indexed_paths(searcher) if stale else None
        except Broken:
            raise
        except Exception as exc:  # noqa: BLE001 - a damaged pickle or segment raises any type
            failure = f"corrupt: {type(exc).__name__}: {exc}"
        if failure is not None:
            gc.collect()
            raise Broken(failure)
    return ix, paths


def _storage(directory: Path) -> FileStorage:
    # Without mmap: whoosh3 copies each memory-mapped file of a segment into a BytesIO
    # whenever a reader opens it, ~70 ms per new searcher on 38k notes; file reads are as fast.
    return FileStorage(str(directory), supports_mmap=False)


def _indexed_paths(searcher: Searcher) -> set[NotePath]:
    return {NotePath(term.decode("utf-8")) for term in searcher.reader().lexicon("path")}


def reconciled(
    stamps: dict[NotePath, FileStamp], indexed: set[NotePath]
) -> dict[NotePath, FileStamp]:
    """After a crash between a commit and its manifest: vouch only for what both agree on.

    A note the index holds but the manifest lacks gets UNKNOWN_STAMP, so the library
    re-reads it (or removes it when the file is gone). A manifest stamp for a note the
    index changed since is an older file version, so it already differs from the disk.
    """
    return {path: stamps.get(path, UNKNOWN_STAMP) for path in indexed}

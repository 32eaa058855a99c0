"""Fetched pages kept gzip-compressed beside the index, so a clip can be re-extracted offline."""

from __future__ import annotations

import gzip
import re
from pathlib import Path

from ponder.core.index import index_dir_for
from ponder.core.private_dirs import make_private_dir, write_private_file

_SAFE_ID = re.compile(r"[^A-Za-z0-9_.-]")


class PageCache:
    """`<cache>/clip-pages/<vault key>/<note id>.html.gz`, one file per clip note."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    @classmethod
    def for_vault(cls, vault_root: Path, cache_root: Path) -> PageCache:
        return cls(cache_root / "clip-pages" / index_dir_for(vault_root, cache_root).name)

    def _file(self, note_id: str) -> Path:
        return self.directory / f"{_SAFE_ID.sub('_', note_id)}.html.gz"

    def store(self, note_id: str, html: str) -> bool:
        """Keep `html` for the note, atomically; False if the cache could not be written
        (not fatal: the clip itself is in the vault)."""
        target = self._file(note_id)
        try:
            make_private_dir(target.parent, below=self.directory.parent.parent)
            write_private_file(target, gzip.compress(html.encode("utf-8"), compresslevel=6))
        except OSError:
            return False
        return True

    def load(self, note_id: str) -> str | None:
        try:
            return gzip.decompress(self._file(note_id).read_bytes()).decode("utf-8", "replace")
        except (OSError, EOFError):
            return None

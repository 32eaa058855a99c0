"""The search index: the SearchIndex protocol and values, and its Whoosh implementation (a cache).

Modules: index_api (protocol, values, errors), whoosh_schema (analysis, fields, snippets),
whoosh_query (query plans), whoosh_columns (column caches), whoosh_store (the folder, the
stamp manifest) and whoosh_index (WhooshIndex).
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

from ponder.core.index_api import (
    UNKNOWN_STAMP,
    Hit,
    IndexDoc,
    IndexLocked,
    IndexRefused,
    IndexUnavailable,
    SearchIndex,
    SearchResults,
    Similar,
)
from ponder.core.whoosh_index import WhooshIndex

__all__ = [
    "UNKNOWN_STAMP",
    "Hit",
    "IndexDoc",
    "IndexLocked",
    "IndexRefused",
    "IndexUnavailable",
    "SearchIndex",
    "SearchResults",
    "Similar",
    "WhooshIndex",
    "index_dir_for",
]


def index_dir_for(vault_root: Path, cache_root: Path) -> Path:
    """Where a vault's index lives: readable folder name plus a hash of the vault's real path."""
    resolved = vault_root.resolve()
    slug = re.sub(r"[^a-z0-9]+", "-", resolved.name.lower()).strip("-")[:40] or "vault"
    digest = hashlib.blake2b(os.fsencode(resolved), digest_size=6).hexdigest()
    return cache_root / "indexes" / f"{slug}-{digest}"

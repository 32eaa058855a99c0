"""Which files in a vault are notes, and how vault-relative paths are written."""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath

from ponder.core.model import NotePath

TEMP_PREFIX = ".ponder-"
"""Ponder's own temporary files start with this and end with TEMP_SUFFIX."""
TEMP_SUFFIX = ".tmp"
TRASH_DIR = ".trash"

# Files other programs write while saving or syncing; never notes.
_PARTIAL_FILE = re.compile(
    r"""(
        ^\.\#                         # emacs lock file
      | ^\#.*\#$                      # emacs auto-save
      | ~$                            # backup copies (vim, gedit, emacs)
      | \.sw[a-p]$ | \.swx$           # vim swap
      | ^4913$                        # vim's write-permission probe
      | \.tmp$ | \.temp$ | \.part$ | \.crdownload$
      | ^\.syncthing\. | ^~syncthing~
      | \.!sync$                      # Resilio
      | ^\.~lock\.
    )""",
    re.VERBOSE | re.IGNORECASE,
)


def is_hidden_part(name: str) -> bool:
    """Dot-folders and dot-files (`.trash`, `.git`, `.obsidian`...) are not vault content."""
    return name.startswith(".")


def is_partial_file(name: str) -> bool:
    """Temp, swap and partial files that editors and sync tools leave beside notes."""
    return bool(_PARTIAL_FILE.search(name))


def is_note_path(relative: str) -> bool:
    """Whether a vault-relative path (either separator) names a note Ponder should read."""
    parts = PurePosixPath(relative.replace("\\", "/")).parts
    if not parts or not parts[-1].lower().endswith(".md"):
        return False
    if any(is_hidden_part(p) for p in parts) or "node_modules" in parts:
        return False
    return not is_partial_file(parts[-1])


def note_path(root: Path, absolute: Path) -> NotePath:
    """The vault-relative NotePath of an absolute path inside `root`."""
    return NotePath(absolute.relative_to(root).as_posix())

"""Safe note file names made from titles, and the names sync tools give conflict copies."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ponder.core import unicode_text
from ponder.core.model import NotePath

UNTITLED = "Untitled"
MAX_STEM_BYTES = 200
"""Title part of a name, in UTF-8 bytes: leaves room for `.md` and ` 2` under the usual 255."""
MAX_NAME_BYTES = 255
# HFS+ stores names decomposed (NFD) in at most 255 UTF-16 units; NFD can outgrow UTF-8.
_MAX_NFD_UNITS = 240

# Characters Windows forbids in names; separators become a dash so "A/B" stays readable.
# `#`, `^`, `[`, `]` and `|` are link syntax: a wikilink cannot name a file that has them
# (`[[C# tips]]` means the heading ` tips` of `C`), so Obsidian refuses them in names too.
_AS_DASH = frozenset("/\\:|")
_DROPPED = frozenset('<>"?*#^')
_BRACKETS = {"[": "(", "]": ")"}
# Format characters that hold emoji and scripts together; other format characters
# (bidi overrides, BOM, soft hyphen) are invisible and can disguise a name.
_KEPT_FORMAT = frozenset("\u200c\u200d")
_TAGS = range(0xE0020, 0xE0080)
_EMOJI_MODIFIERS = range(0x1F3FB, 0x1F400)
_REGIONAL_INDICATORS = range(0x1F1E6, 0x1F200)
_WINDOWS_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"{device}{n}" for device in ("COM", "LPT") for n in "0123456789¹²³"}
)


def safe_filename(title: str, *, extension: str = ".md") -> str:
    """A file name for a note titled `title` that is valid on Windows, macOS and Linux.

    The result is one path component: no separators, control characters or names
    Windows reserves, no leading dot (hidden) or trailing dot or space, at most
    MAX_STEM_BYTES of UTF-8 before `extension`. Letters of every script and emoji
    are kept (NFC). A title with nothing usable in it becomes "Untitled".
    The function is idempotent: feeding it its own stem returns the same name.
    """
    title = unicode_text.clean(title)[0]  # a lone surrogate cannot be a UTF-8 name
    stem = _cut(_unreserved(_clean(title)), MAX_STEM_BYTES).rstrip(" .")
    if not any(unicodedata.category(ch)[0] in "LNS" for ch in stem):
        stem = UNTITLED
    # Again: cutting a short title ("CON" + combining marks) can leave a reserved name.
    return _unreserved(stem) + extension


def variant_name(name: str, label: str) -> str:
    """`name` with `label` before its extension ("a.md", " 2" -> "a 2.md"), within 255 bytes."""
    stem, dot, extension = name.rpartition(".")
    if not dot:
        stem, extension = name, ""
    suffix = label + dot + extension
    budget = MAX_NAME_BYTES - len(suffix.encode("utf-8"))
    return _cut(stem, budget).rstrip(" .") + suffix


def _unreserved(stem: str) -> str:
    """`stem`, prefixed with "_" if Windows reserves it as a device name (with any extension)."""
    if stem.split(".", 1)[0].rstrip(" ").upper() in _WINDOWS_RESERVED:
        return f"_{stem}"
    return stem


def _clean(title: str) -> str:
    """The title in NFC with unsafe characters dropped or replaced and spaces collapsed."""
    kept = []
    for ch in unicodedata.normalize("NFC", title):
        category = unicodedata.category(ch)
        if ch in _AS_DASH:
            kept.append("-")
        elif ch in _BRACKETS:
            kept.append(_BRACKETS[ch])
        elif category == "Cc":
            kept.append(" ")
        elif ch in _DROPPED or category == "Cs":
            continue
        elif category != "Cf" or ch in _KEPT_FORMAT or ord(ch) in _TAGS:
            kept.append(ch)
    collapsed = " ".join("".join(kept).split())
    # A leading dot hides the file; a leading "~" can look like a sync tool's temp file.
    return unicodedata.normalize("NFC", collapsed.lstrip(" .~"))


def _cut(text: str, max_bytes: int) -> str:
    """The longest prefix of `text` within `max_bytes` of UTF-8, cut between graphemes."""
    if _fits(text, max_bytes):
        return text
    last_boundary = 0
    last_char = 0
    used = 0
    for i, ch in enumerate(text):
        used += len(ch.encode("utf-8"))
        if used > max_bytes:
            break
        last_char = i + 1
        if _is_boundary(text, i + 1) and _fits(text[: i + 1], max_bytes):
            last_boundary = i + 1
    end = last_boundary or last_char
    while end and not _fits(text[:end], max_bytes):
        end -= 1
    return text[:end]


def _fits(text: str, max_bytes: int) -> bool:
    if len(text.encode("utf-8")) > max_bytes:
        return False
    return len(unicodedata.normalize("NFD", text).encode("utf-16-le")) // 2 <= _MAX_NFD_UNITS


def _is_boundary(text: str, i: int) -> bool:
    """Whether a grapheme may end before text[i] (a close approximation of UAX #29)."""
    if i >= len(text):
        return True
    ch, before = text[i], text[i - 1]
    code = ord(ch)
    if unicodedata.category(ch) in ("Mn", "Mc", "Me") or ch in _KEPT_FORMAT or before == "\u200d":
        return False
    if code in _TAGS or code in _EMOJI_MODIFIERS or 0xFE00 <= code <= 0xFE0F:
        return False
    if code in _REGIONAL_INDICATORS:
        run = 0
        while i - run - 1 >= 0 and ord(text[i - run - 1]) in _REGIONAL_INDICATORS:
            run += 1
        return run % 2 == 0
    return True


@dataclass(frozen=True, slots=True)
class ConflictCopy:
    """A copy a sync tool made when two devices changed the same note; never merged or removed."""

    path: NotePath
    original: NotePath
    tool: str


_EXT = r"(?P<ext>\.[^.]*)?"
_CONFLICT_PATTERNS = (
    # Syncthing: name.sync-conflict-20240101-120000-ABCDEFG.md (7-character device id)
    ("Syncthing", re.compile(rf"(?P<stem>.+)\.sync-conflict-\d{{8}}-\d{{6}}-[A-Z0-9]{{7}}{_EXT}")),
    # Nextcloud and ownCloud desktop clients: name (conflicted copy 2024-01-01 120000).md
    (
        "Nextcloud or ownCloud",
        re.compile(rf"(?P<stem>.+?) \(conflicted copy \d{{4}}-\d{{2}}-\d{{2}} \d{{6}}\){_EXT}"),
    ),
    # Older ownCloud clients: name_conflict-20240101-120000.md
    ("Nextcloud or ownCloud", re.compile(rf"(?P<stem>.+?)_conflict-\d{{8}}-\d{{6}}{_EXT}")),
    # Dropbox: name (John's conflicted copy 2024-01-01).md, sometimes numbered "(1)"
    (
        "Dropbox",
        re.compile(
            rf"(?P<stem>.+?) \((?:[^()]+['’]s )?conflicted copy \d{{4}}-\d{{2}}-\d{{2}}"
            rf"(?: \(\d+\))?\){_EXT}"
        ),
    ),
)


def conflict_of(path: NotePath) -> ConflictCopy | None:
    """The conflict copy `path` is, naming the note it conflicts with, or None for a normal note."""
    folder, slash, name = path.rpartition("/")
    for tool, pattern in _CONFLICT_PATTERNS:
        match = pattern.fullmatch(name)
        if match:
            original = match["stem"] + (match["ext"] or "")
            return ConflictCopy(path, NotePath(folder + slash + original), tool)
    return None

"""Benchmark corpora: extract an archive, enlarge tldr, spread file dates, read notes as records."""

from __future__ import annotations

import hashlib
import os
import random
import re
import tarfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import yaml

from ponder.core.paths import is_note_path

DATE_SPREAD_START = datetime(2024, 1, 1, tzinfo=UTC)
DATE_SPREAD_DAYS = 3 * 365
_EPOCH_MS_FLOOR = 10**11  # Dendron writes epoch milliseconds
_FRONT = re.compile(r"\A---\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_HEADING = re.compile(r"^#[ \t]+(.+?)[ \t#]*$", re.MULTILINE)
_BODY_TAG = re.compile(r"""(?<![\w#/&"'\\:])#([^\W\d_][\w/-]*)""")
# code, link targets, wikilinks and HTML tags: a `#` in them is no tag
_NOT_TAGS = re.compile(r"```.*?```|`[^`\n]*`|\]\([^)]*\)|\[\[.*?\]\]|<[^>]*>", re.DOTALL)
_PROPERTY_TAGS = re.compile(r"^[ \t-]*tags::[ \t]*(.+)$", re.MULTILINE | re.IGNORECASE)
_SCALE_WORD = re.compile(r"\b[^\W\d_]{4,}\b")


@dataclass(frozen=True, slots=True)
class NoteRecord:
    """What both engines index for one note; `when` is the note's date in epoch seconds."""

    path: str
    title: str
    body: str
    tags: tuple[str, ...]
    when: float


def extract(archive: Path, dest: Path) -> Path:
    """Unpack `archive` into `dest` and return the vault root (its single top folder, if any)."""
    if not archive.is_file():
        raise SystemExit(f"corpus archive {archive} is missing; pass --data <folder with corpora/>")
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive) as tar:
        tar.extractall(dest, filter="data")
    entries = list(dest.iterdir())
    return entries[0] if len(entries) == 1 and entries[0].is_dir() else dest


def note_files(root: Path) -> list[str]:
    """Vault-relative paths of every note, sorted, by Ponder's own rule for what a note is."""
    found: list[str] = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        base = Path(folder).relative_to(root)
        found += [rel for name in files if is_note_path(rel := (base / name).as_posix())]
    return sorted(found)


def scale(root: Path, copies: int) -> int:
    """Add `copies - 1` perturbed copies of every note; return how many files were written.

    Copy k gets `-k<k>` in its file name and title, and about one word in five of length 4+
    becomes `<word>k<k>`, so the vocabulary grows with the corpus as it would in real vaults.
    """
    written = 0
    originals = note_files(root)
    for k in range(2, copies + 1):
        suffix = f"k{_letters(k)}"
        for rel in originals:
            source = root / rel
            target = source.with_name(f"{source.stem}-{suffix}{source.suffix}")
            text = source.read_text(encoding="utf-8", errors="replace")
            text = _HEADING.sub(rf"# \1 {suffix}", text, count=1)
            target.write_text(_perturb(text, suffix), encoding="utf-8")
            written += 1
    return written


def _perturb(text: str, suffix: str) -> str:
    def swap(match: re.Match[str]) -> str:
        word = match.group(0)
        digest = hashlib.blake2b(f"{word}{suffix}".encode(), digest_size=1).digest()[0]
        return f"{word}{suffix}" if digest % 5 == 0 else word

    return _SCALE_WORD.sub(swap, text)


def _letters(number: int) -> str:
    """A number as lowercase letters (0 → a): tokenizers keep it inside the word."""
    return "".join(chr(ord("a") + int(d)) for d in str(number))


def spread_mtimes(root: Path, seed: int) -> None:
    """Give every note a deterministic modification time spread over three years."""
    rng = random.Random(f"mtime:{seed}")
    start = int(DATE_SPREAD_START.timestamp())
    for rel in note_files(root):
        when = start + rng.randrange(DATE_SPREAD_DAYS * 86_400)
        os.utime(root / rel, ns=(when * 10**9, when * 10**9))


def load_notes(root: Path) -> Iterator[NoteRecord]:
    """Every note as a record: front matter title/tags/date when present, else heading and mtime."""
    for rel in note_files(root):
        file = root / rel
        text = file.read_text(encoding="utf-8", errors="replace")
        yield _record(rel, text, file.stat().st_mtime)


def _record(rel: str, text: str, mtime: float) -> NoteRecord:
    front, body = _split_front(text)
    heading = _HEADING.search(body)
    title = _plain(front.get("title")) or (heading.group(1) if heading else "") or Path(rel).stem
    tags = _front_tags(front.get("tags")) + _front_tags(front.get("tag"))
    for line in _PROPERTY_TAGS.findall(body):
        tags += _front_tags(line)
    tags += _BODY_TAG.findall(_NOT_TAGS.sub(" ", body))
    when = _epoch(front.get("updated") or front.get("modified")) or mtime
    return NoteRecord(rel, title, body, tuple(dict.fromkeys(t.lower() for t in tags)), when)


def _split_front(text: str) -> tuple[dict[str, object], str]:
    match = _FRONT.match(text)
    if not match:
        return {}, text
    try:
        data = yaml.safe_load(match.group(1))
    except yaml.YAMLError:
        return {}, text
    return (data if isinstance(data, dict) else {}), text[match.end() :]


def _plain(value: object) -> str:
    return str(value).strip() if isinstance(value, str | int | float) else ""


def _front_tags(value: object) -> list[str]:
    items = value if isinstance(value, list) else re.split(r"[,\n]", _plain(value))
    words = (str(item).strip().strip("[]").lstrip("#") for item in items if item is not None)
    return [word for word in words if word]


def _epoch(value: object) -> float | None:
    """A front-matter date as epoch seconds, read the way Ponder reads it."""
    if isinstance(value, datetime):
        return (value if value.tzinfo else value.replace(tzinfo=UTC)).timestamp()
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=UTC).timestamp()
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value / 1000 if value > _EPOCH_MS_FLOOR else float(value)
    if isinstance(value, str) and value.strip():
        try:
            parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            return None
        return (parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)).timestamp()
    return None

"""A folder of Markdown (Obsidian, Logseq, Dendron, Foam) copied into the vault, files and all."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path, PurePosixPath

from ponder.core.attachments import safe_name, same_file
from ponder.core.capture.importers.logseq import convert_page, journal_day
from ponder.core.capture.importers.report import ImportFileError
from ponder.core.capture.importers.writer import Draft, ImportWriter, isolated
from ponder.core.filenames import safe_filename
from ponder.core.messages import Message, said
from ponder.core.paths import is_hidden_part, is_partial_file
from ponder.core.vault import MAX_NOTE_BYTES, VaultError

MAX_ATTACHMENT_BYTES = 512 * 2**20
ATTACHMENT_EXTENSIONS = frozenset(
    {
        "png", "jpg", "jpeg", "gif", "webp", "svg", "bmp", "avif", "heic", "pdf", "txt", "csv",
        "mp3", "m4a", "wav", "ogg", "mp4", "webm", "mov", "docx", "xlsx", "pptx", "odt", "ods",
        "odp", "epub", "zip", "excalidraw", "canvas",
    }
)  # fmt: skip
"""What besides notes a knowledge base links to; other files (tool settings) are left out."""
_TOOL_FOLDERS = frozenset({"logseq", "node_modules", "_site"})


def flavour(root: Path) -> str:
    """Which tool the folder was made with, as a person would name it."""
    if (root / ".obsidian").is_dir():
        return "an Obsidian vault"
    if (root / "logseq" / "config.edn").is_file() or (
        (root / "journals").is_dir() and (root / "pages").is_dir()
    ):
        return "a Logseq graph"
    if (root / "dendron.yml").is_file() or _mostly_dotted_names(root):
        return "a Dendron vault"
    if (root / ".foam").is_dir() or "foam" in _read_small(root / ".vscode" / "extensions.json"):
        return "a Foam workspace"
    return "a folder of Markdown notes"


def import_folder(
    source: Path,
    writer: ImportWriter,
    progress: Callable[[int, int], None] | None,
    cancel: Callable[[], bool] | None,
) -> None:
    """Copy every note and attachment under `source` into `<vault>/<source name>/`."""
    source = _checked_source(source, writer.library.root)
    kind = flavour(source)
    target = safe_filename(source.name, extension="")
    files = list(_walk(source, writer))
    for done, (path, rel) in enumerate(files, 1):
        isolated(writer.report, rel.as_posix(), _copy, path, rel, target, kind, writer)
        if progress is not None:
            progress(done, len(files))
        if cancel is not None and cancel():
            writer.report.cancelled = True
            break
    writer.report.notices.append(
        f"{source.name} is {kind}: it was copied into {target}/. Ponder can also open the "
        "folder itself as a vault (File ▸ Open Vault), which keeps a single copy of each note."
    )


def _checked_source(source: Path, vault_root: Path) -> Path:
    if not source.is_dir():
        raise ImportFileError(f"{source} is not a folder; choose the folder holding the notes.")
    source = source.resolve()
    if source.is_relative_to(vault_root) or vault_root.is_relative_to(source):
        raise ImportFileError(
            f"{source} is inside the vault or holds it; importing it would copy notes onto "
            "themselves. Choose a folder outside the vault."
        )
    return source


def _walk(root: Path, writer: ImportWriter) -> Iterator[tuple[Path, PurePosixPath]]:
    """Files to copy; links are never followed (one could point anywhere on the disk)."""
    pending = [root]
    while pending:
        folder = pending.pop()
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            writer.report.fail(
                str(folder), Message("the folder cannot be read ({error})", error=exc.strerror)
            )
            continue
        for entry in entries:
            rel = PurePosixPath(Path(entry.path).relative_to(root).as_posix())
            if is_hidden_part(entry.name) or is_partial_file(entry.name):
                continue
            if entry.is_symlink():
                writer.report.skip(
                    str(rel), Message("it is a symbolic link; links are not followed")
                )
            elif entry.is_dir():
                if not (folder == root and entry.name in _TOOL_FOLDERS):
                    pending.append(Path(entry.path))
            elif entry.is_file():
                yield Path(entry.path), rel


def _copy(path: Path, rel: PurePosixPath, target: str, kind: str, writer: ImportWriter) -> None:
    folders = [safe_filename(part, extension="") for part in rel.parts[:-1]]
    folder = "/".join([target, *folders])
    suffix = rel.suffix.lower()
    if suffix == ".md":
        _copy_note(path, rel, folder, kind, writer)
    elif suffix.lstrip(".") in ATTACHMENT_EXTENSIONS:
        _copy_attachment(path, rel, folder, writer)
    else:
        writer.report.skip(str(rel), Message("not a note or a kind of attachment Ponder copies"))


def _copy_note(
    path: Path, rel: PurePosixPath, folder: str, kind: str, writer: ImportWriter
) -> None:
    data = _read(path, rel, MAX_NOTE_BYTES, writer)
    if data is None:
        return
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        writer.report.fail(
            str(rel),
            Message("it is not UTF-8 text (bad byte at offset {offset})", offset=exc.start),
        )
        return
    title = rel.stem
    if kind == "a Logseq graph":
        day = journal_day(rel.stem) if rel.parent.name == "journals" else None
        title = day.isoformat() if day else title
        text = convert_page(text, day)
    existing = writer.library.abspath(f"{folder}/{safe_filename(title)}")
    if existing.exists():
        same = same_file(existing, text.encode("utf-8"))
        writer.report.skip(str(rel), _IMPORTED_BEFORE if same else _OTHER_FILE)
        return
    writer.add(Draft(str(rel), folder, title, text))


_OTHER_FILE = Message("a different file already has its name in the vault; it was left as it is")
_IMPORTED_BEFORE = Message("imported before")


def _copy_attachment(path: Path, rel: PurePosixPath, folder: str, writer: ImportWriter) -> None:
    data = _read(path, rel, MAX_ATTACHMENT_BYTES, writer)
    if data is None:
        return
    name = safe_name(rel.name, "attachment")
    try:
        stored, created = writer.library.add_attachment(name, data, folder=folder)
    except (OSError, VaultError) as exc:
        writer.report.fail(str(rel), Message("it was not copied: {error}", error=said(exc)))
        return
    if created:
        writer.report.attachments.append(stored)
    else:
        writer.report.skip(str(rel), _IMPORTED_BEFORE)


def _read(path: Path, rel: PurePosixPath, limit: int, writer: ImportWriter) -> bytes | None:
    try:
        size = path.stat().st_size
        if size > limit:
            writer.report.fail(
                str(rel),
                Message(
                    "it is {size:.1f} MB, over {limit} MB", size=size / 2**20, limit=limit // 2**20
                ),
            )
            return None
        return path.read_bytes()
    except OSError as exc:
        writer.report.fail(
            str(rel), Message("it cannot be read ({error})", error=exc.strerror or exc)
        )
        return None


def _mostly_dotted_names(root: Path, sample: int = 200) -> bool:
    """Dendron names notes by hierarchy (`recipes.ingredients.md`); other tools rarely do."""
    stems = [p.stem for _, p in zip(range(sample), root.rglob("*.md"), strict=False)]
    return len(stems) >= 10 and sum("." in stem for stem in stems) * 2 > len(stems)


def _read_small(path: Path) -> str:
    try:
        return path.read_text("utf-8", errors="replace")[:65536].lower()
    except OSError:
        return ""

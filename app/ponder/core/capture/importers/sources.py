"""Reading an export file safely: a size limit, UTF-8 with a report of what was unreadable, CSV."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence
from pathlib import Path

from ponder.core.capture.importers.links import Rejected
from ponder.core.capture.importers.report import ImportFileError, ImportReport

MAX_FILE_BYTES = 512 * 2**20
"""Formats read whole (CSV, JSON, HTML, OPML): far above any real export, below a memory trap."""


def read_bytes(path: Path) -> bytes:
    """The bytes of an export file, or ImportFileError saying why they cannot be read."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportFileError(
                f"{path.name} is {size / 2**20:.0f} MB; Ponder reads files of this format "
                f"up to {MAX_FILE_BYTES // 2**20} MB. Split the export and import the parts."
            )
        return path.read_bytes()
    except IsADirectoryError as exc:
        raise ImportFileError(f"{path} is a folder; choose the exported file.") from exc
    except OSError as exc:
        raise ImportFileError(f"Ponder could not read {path}: {exc.strerror or exc}.") from exc


def decode(data: bytes, report: ImportReport) -> str:
    """UTF-8 text (a BOM is dropped); bytes that are not UTF-8 become � and are reported."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        text = data.decode("utf-8-sig", errors="replace")
        report.notices.append(
            f"The file is not valid UTF-8 (the first bad byte is at offset {exc.start}); "
            f"{text.count(chr(0xFFFD))} unreadable characters were replaced with \ufffd."
        )
        return text


def read_text(path: Path, report: ImportReport) -> str:
    return decode(read_bytes(path), report)


def csv_rows(text: str, required: Sequence[str]) -> Iterator[dict[str, str] | Rejected]:
    """Rows as {lowercased header: value}; a bad row is Rejected, a missing column fatal."""
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [name.strip().lower() for name in next(reader)]
    except StopIteration:
        raise ImportFileError("The CSV file is empty; there is nothing to import.") from None
    except csv.Error as exc:
        raise ImportFileError(f"The first line of the CSV cannot be read: {exc}.") from exc
    missing = [name for name in required if name not in header]
    if missing:
        found = ", ".join(h for h in header if h) or "nothing"
        raise ImportFileError(
            f"The CSV has no {' or '.join(missing)} column (its header has {found}); "
            "is it the right kind of export?"
        )
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield Rejected(f"line {reader.line_num}", f"the line cannot be read as CSV ({exc})")
            continue
        if any(cell.strip() for cell in row):
            yield dict(zip(header, row + [""] * (len(header) - len(row)), strict=False))

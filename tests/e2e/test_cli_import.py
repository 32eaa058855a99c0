"""`ponder import` end to end on real exports: counts, detection, re-import, errors, --json."""

from __future__ import annotations

import io
import json
import os
import shutil
from pathlib import Path

import pytest

from ponder import cli
from ponder.cli_capture import IMPORT_FORMATS
from ponder.core.capture.importers import FORMATS
from shared_data import missing_shared_data

REPO = Path(__file__).resolve().parents[2]
SHARED_DATA = Path(os.environ.get("PONDER_SHARED_DATA", REPO.parent / "shared" / "data"))
IMPORTS = SHARED_DATA / "imports"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    root = tmp_path / "vault"
    root.mkdir()
    return root


def copy(name: str, tmp_path: Path) -> Path:
    source = IMPORTS / name
    if not source.exists():
        missing_shared_data(source)
    target = tmp_path / source.name
    shutil.copy(source, target)
    return target


def test_the_help_names_every_format() -> None:
    assert tuple(FORMATS) == IMPORT_FORMATS


def test_import_detects_the_format_and_never_duplicates(vault: Path, tmp_path: Path) -> None:
    export = copy("other/wallabag__instapaper-export.csv", tmp_path)
    code, out, err = run("--vault", str(vault), "import", "auto", str(export))
    assert code == 0, err
    assert out.startswith("Imported 4 notes from wallabag__instapaper-export.csv")  # 4 rows
    assert len(list((vault / "clips").glob("*.md"))) == 4
    code, out, _ = run("--vault", str(vault), "import", "instapaper-csv", str(export), "--json")
    report = json.loads(out)
    assert code == 0 and report["imported"] == [] and len(report["skipped"]) == 4
    assert all("already" in s["reason"] for s in report["skipped"])


def test_an_evernote_export_brings_its_attachments(vault: Path, tmp_path: Path) -> None:
    export = copy("enex/enml2md__2_attachments.enex", tmp_path)
    code, out, err = run("--vault", str(vault), "import", "enex", str(export), "--json")
    report = json.loads(out)
    assert code == 0, err
    assert len(report["imported"]) == 1 and len(report["attachments"]) == 2  # 2 <resource>s
    for attachment in report["attachments"]:
        assert (vault / attachment).is_file()


def test_wrong_format_names_and_files_are_clear_errors(vault: Path, tmp_path: Path) -> None:
    odd = tmp_path / "notes.bin"
    odd.write_bytes(b"\x00\x01\x02")
    code, _, err = run("--vault", str(vault), "import", "evernote", str(odd))
    assert code == cli.EXIT_USAGE and "enex" in err
    code, _, err = run("--vault", str(vault), "import", "auto", str(odd))
    assert code == 1 and "Cannot tell what kind of export" in err
    code, _, err = run("--vault", str(vault), "import", "auto", str(tmp_path / "missing.csv"))
    assert code == cli.EXIT_USAGE and "does not exist" in err

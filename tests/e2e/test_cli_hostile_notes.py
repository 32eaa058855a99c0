"""`ponder search/list/reindex/doctor/new` on a vault holding issue 10's hostile notes."""

from __future__ import annotations

import io
import json
from pathlib import Path

from ponder import cli

HOSTILE = {
    "notes/surrogate.md": '---\ntitle: "bad \\uD800 title"\n---\nfindme one\n',
    "notes/badint.md": "---\nx: !!int _\n---\nfindme two\n",
    "notes/plain.md": "findme three\n",
}


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_every_command_works_and_names_the_hostile_notes(tmp_path: Path) -> None:
    vault = tmp_path / "vault"
    for rel, text in HOSTILE.items():
        (vault / rel).parent.mkdir(parents=True, exist_ok=True)
        (vault / rel).write_text(text, "utf-8")
    code, out, _err = run("--vault", str(vault), "search", "findme", "--json")
    assert code == 0 and json.loads(out)["total"] == 3
    code, out, _err = run("--vault", str(vault), "list")
    assert code == 0 and "bad \ufffd title" in out
    code, out, _err = run("--vault", str(vault), "reindex")
    assert code == 0 and "Indexed 3 notes" in out and "'_' is not a valid int" in out
    code, out, _err = run("--vault", str(vault), "doctor")
    assert code == cli.EXIT_UNHEALTHY
    assert "notes/badint.md" in out and "notes/surrogate.md" in out and "plain" not in out
    # A title from a command line that is not UTF-8 (Python hands it over as a surrogate).
    code, out, _err = run("--vault", str(vault), "new", "bytes \udcff here")
    assert code == 0
    assert Path(out.strip()).name == "bytes \ufffd here.md"

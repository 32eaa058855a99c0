"""`ponder links`, `backlinks` and `rename` end to end on a temporary vault."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from ponder import cli


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    root = tmp_path / "vault"
    files = {
        "A/Target.md": "# The other one\n",
        "B/Target.md": "# Target in B\n",
        "B/src.md": "See [[Target#Part|there]].\n\n![[pic.png|300]] and [md](Target.md)\n"
        "a mention of target here, [web](https://example.org) and [[Nowhere]]\n",
        "C/other.md": "[[Target]] [[B/Target]]\n",
    }
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, "utf-8")
    (root / "img").mkdir()
    (root / "img" / "pic.png").write_bytes(b"\x89PNG")
    return root


def test_links_of_one_note_as_json(vault: Path) -> None:
    code, out, _ = run("--vault", str(vault), "links", "B/src.md", "--json")
    assert code == 0
    assert json.loads(out) == [
        {
            "source": "B/src.md",
            "line": 1,
            "raw": "[[Target#Part|there]]",
            "kind": "wiki",
            "target": "Target",
            "heading": "Part",
            "resolved": "B/Target.md",
        },
        {
            "source": "B/src.md",
            "line": 3,
            "raw": "![[pic.png|300]]",
            "kind": "embed",
            "target": "pic.png",
            "heading": None,
            "resolved": "img/pic.png",
        },
        {
            "source": "B/src.md",
            "line": 3,
            "raw": "[md](Target.md)",
            "kind": "markdown",
            "target": "Target.md",
            "heading": None,
            "resolved": "B/Target.md",
        },
        {
            "source": "B/src.md",
            "line": 4,
            "raw": "[[Nowhere]]",
            "kind": "wiki",
            "target": "Nowhere",
            "heading": None,
            "resolved": None,
        },
    ]
    code, out, _ = run("--vault", str(vault), "links", "--json")
    rows = json.loads(out)
    assert {
        (r["source"], r["raw"], r["resolved"]) for r in rows if r["source"] == "C/other.md"
    } == {
        ("C/other.md", "[[Target]]", "A/Target.md"),
        ("C/other.md", "[[B/Target]]", "B/Target.md"),
    }
    code, out, err = run("--vault", str(vault), "links", "No such note")
    assert code == 4 and "No note matches" in err


def test_backlinks_linked_and_unlinked(vault: Path) -> None:
    code, out, _ = run("--vault", str(vault), "backlinks", str(vault / "B/Target.md"), "--json")
    assert code == 0
    found = json.loads(out)
    assert found["note"] == "B/Target.md"
    assert [(r["source"], r["line"]) for r in found["linked"]] == [
        ("B/src.md", 1),
        ("B/src.md", 3),
        ("C/other.md", 1),
    ]
    assert [(r["source"], r["line"]) for r in found["unlinked"]] == [("B/src.md", 4)]


def test_rename_dry_run_then_for_real(vault: Path) -> None:
    before = {p: p.read_text("utf-8") for p in vault.rglob("*.md")}
    code, out, _ = run("--vault", str(vault), "rename", "B/Target.md", "Goal", "--dry-run")
    assert code == 0
    assert out.splitlines() == [
        "would move B/Target.md → B/Goal.md",
        "  B/src.md:1  [[Target#Part|there]] → [[Goal#Part|there]]",
        "  B/src.md:3  [md](Target.md) → [md](Goal.md)",
        "  C/other.md:1  [[B/Target]] → [[Goal]]",
        "3 links in 2 notes would change.",
    ]
    assert {p: p.read_text("utf-8") for p in vault.rglob("*.md")} == before
    code, out, _ = run("--vault", str(vault), "rename", "B/Target.md", "Goal")
    assert code == 0 and out.startswith("moved B/Target.md → B/Goal.md")
    assert (vault / "C/other.md").read_text("utf-8") == "[[Target]] [[Goal]]\n"
    assert "[[Nowhere]]" in (vault / "B/src.md").read_text("utf-8")

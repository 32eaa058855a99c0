"""The Sense commands end to end on a temporary vault: inbox, reflect, process, review,
related, ask/questions/answer, digest."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from ponder import cli
from ponder.core import frontmatter


def run(vault: Path, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(["--vault", str(vault), *argv], stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    root = tmp_path / "vault"
    (root / "clips").mkdir(parents=True)
    (root / "clips" / "deep.md").write_text(
        "---\ntitle: Deep work\nkind: clip\ntags: [focus]\n"
        "source: {url: 'https://example.org/deep', author: Cal}\n---\n"
        "## From the page\n\nDeep work needs ==long stretches of attention== %%mornings%%.\n",
        encoding="utf-8",
    )
    (root / "clips" / "residue.md").write_text(
        "---\ntitle: Residue\nkind: clip\ntags: [focus]\n---\n"
        "## From the page\n\nAttention residue after work.\n",
        encoding="utf-8",
    )
    return root


def test_inbox_reflect_and_process(vault: Path) -> None:
    code, out, _ = run(vault, "inbox", "--json")
    assert code == 0
    assert [i["path"] for i in json.loads(out)] == ["clips/deep.md", "clips/residue.md"]
    code, out, _ = run(vault, "reflect", "clips/deep.md", "Block", "the", "mornings.")
    assert code == 0 and out.strip() == str(vault / "clips" / "deep.md")
    assert (
        "- **" in (vault / "clips" / "deep.md").read_text()
        and "Block the mornings." in (vault / "clips" / "deep.md").read_text()
    )
    code, out, _ = run(vault, "process", "Residue", "archive")
    assert code == 0
    code, out, _ = run(vault, "inbox")
    assert out.strip() == "0 in the inbox."
    code, _, err = run(vault, "reflect", "no-such-note", "x")
    assert code == 4 and "No note matches" in err


def test_review_and_grade(vault: Path) -> None:
    code, out, _ = run(vault, "review", "--json")
    assert code == 0
    due = json.loads(out)["due"]
    assert [d["text"] for d in due] == ["long stretches of attention"]
    assert due[0]["source"]["author"] == "Cal" and due[0]["comment"] == "mornings"
    key = due[0]["key"]
    code, out, _ = run(vault, "review", "grade", key[:5], "good")
    assert code == 0 and "next due" in out
    front, _ = frontmatter.read((vault / "clips" / "deep.md").read_text())
    assert front["review"][key]["reps"] == 1  # type: ignore[index]
    code, out, _ = run(vault, "review", "--json")
    assert json.loads(out)["due"] == []
    code, _, err = run(vault, "review", "grade", key)
    assert code == 2 and "again, hard, good or easy" in err
    code, out, _ = run(vault, "review", "retire", key)
    assert code == 0 and "retired" in out


def test_related(vault: Path) -> None:
    code, out, _ = run(vault, "related", "Deep work", "--json")
    assert code == 0
    (found,) = json.loads(out)
    assert found["path"] == "clips/residue.md" and "#focus" in found["reason"]
    assert "attention" in found["reason"]


def test_questions_answer_digest(vault: Path) -> None:
    code, out, _ = run(vault, "ask", "How", "do", "I", "focus?")
    assert code == 0
    question = Path(out.strip())
    assert frontmatter.read(question.read_text())[0]["status"] == "open"
    code, out, _ = run(vault, "questions", "--status", "open", "--json")
    assert [q["title"] for q in json.loads(out)] == ["How do I focus?"]
    code, _, _ = run(vault, "answer", "How do I focus?", "clips/residue.md")
    assert code == 0
    code, out, _ = run(vault, "questions", "--json")
    assert json.loads(out)[0]["status"] == "answered"
    code, out, _ = run(vault, "digest", "--week", "2026-W49")
    assert code == 0 and out.strip().endswith("journal/2026-W49.md")
    code, _, err = run(vault, "digest", "--week", "soon")
    assert code == 2 and "is not a week" in err

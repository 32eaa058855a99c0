"""The core benchmark runs end to end on the small foam corpus and prints every figure."""

from __future__ import annotations

import json
import math
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from shared_data import missing_shared_data

REPO = Path(__file__).resolve().parents[2]
BENCH = REPO / "tests" / "bench" / "bench_core.py"
SHARED_DATA = Path(os.environ.get("PONDER_SHARED_DATA", REPO.parent / "shared" / "data"))
KINDS = ("word", "two words", "phrase", "prefix", "tag filter", "date range")
TARGETED = (
    "full build, notes/s",
    "open unchanged indexed vault, ms",
    *(f"search p95, {kind}, ms" for kind in KINDS),
    "save→searchable p95, ms",
    "external write→searchable p95, ms",
    "related notes p95, ms",
    "peak RSS, MB",
)
HITS = tuple(f"mean hits, {kind}" for kind in KINDS)
BOTH_ENGINES = (
    "full build, notes/s",
    "full build, s",
    "open unchanged indexed vault, ms",
    *(f"search p{p}, {kind}, ms" for kind in KINDS for p in (50, 95)),
    "save→searchable p50, ms",
    "save→searchable p95, ms",
    "peak RSS, MB",
)
PONDER_ONLY = (
    "external write→searchable p50, ms",
    "external write→searchable p95, ms",
    "related notes p50, ms",
    "related notes p95, ms",
)
NUMBER = r"[0-9][0-9,]*(?:\.[0-9]+)?"


def _cells(table: str, label: str) -> list[str]:
    line = next((ln for ln in table.splitlines() if ln.startswith(label + " ")), None)
    assert line is not None, f"row {label!r} missing from:\n{table}"
    return line[len(label) :].split()


def _value(cell: str) -> float:
    assert re.fullmatch(NUMBER, cell), cell
    return float(cell.replace(",", ""))


def test_bench_on_foam_prints_every_figure(tmp_path: Path) -> None:
    if not (SHARED_DATA / "corpora" / "foam.tar.gz").exists():
        missing_shared_data(SHARED_DATA / "corpora" / "foam.tar.gz")
    out = tmp_path / "bench.json"
    args = ["--corpus", "foam", "--queries", "8", "--saves", "3", "--data", str(SHARED_DATA)]
    done = subprocess.run(
        [sys.executable, str(BENCH), *args, "--json", str(out)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    table = done.stdout
    header = next(ln for ln in table.splitlines() if ln.startswith("figure"))
    assert header.split() == ["figure", "Ponder", "FTS5", "Ponder/FTS5", "target"]
    for label in BOTH_ENGINES:
        ponder, fts5, ratio, *_ = _cells(table, label)
        assert _value(ponder) > 0 and _value(fts5) > 0 and _value(ratio) > 0, label
    for label in HITS:
        # FTS5 finds each query's source note; Ponder's counts are reported by the table, not judged
        ponder, fts5, *_ = _cells(table, label)
        assert _value(ponder) >= 0 and _value(fts5) >= 1, label
    for label in PONDER_ONLY:
        ponder, fts5, ratio, *_ = _cells(table, label)
        assert _value(ponder) > 0 and fts5 == ratio == "—", label
    for label in TARGETED:
        assert _cells(table, label)[-1] in ("PASS", "MISS"), label
    corpus = json.loads(out.read_text(encoding="utf-8"))["corpora"][0]
    assert corpus["name"] == "foam" and corpus["notes"] > 100
    phases = corpus["ponder"]["rss_phases"]
    measured = {"build", "open", "search", "related", "save", "external"}
    assert measured <= set(phases) <= {"start", *measured, "close"}
    peak = phases[corpus["ponder"]["rss_peak_phase"]]
    assert peak["total_mb"] == max(m["total_mb"] for m in phases.values())
    assert peak["total_mb"] == pytest.approx(sum(peak["by_role_mb"].values()))
    assert peak["by_role_mb"]["reader"] > 0
    assert f"memory at once peaked during {corpus['ponder']['rss_peak_phase']}: " in table
    for side in ("ponder", "fts5"):
        assert corpus[side]["notes"] == corpus["notes"]
        assert all(math.isfinite(s["p95"]) for s in corpus[side]["search"].values())
        assert corpus[side]["save"]["n"] == 3 and corpus[side]["save"]["failed"] == 0

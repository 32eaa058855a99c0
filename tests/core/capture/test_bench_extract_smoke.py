"""The extraction benchmark runs on 3 pages and prints every figure."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from article_server import ARTICLES, SHARED_DATA

from shared_data import missing_shared_data

BENCH = Path(__file__).resolve().parents[3] / "tests" / "bench" / "bench_extract.py"
FIGURE = r"[0-9]+(?:\.[0-9]+)?"


def test_bench_extract_prints_every_figure() -> None:
    if not (ARTICLES / "ground-truth.json").exists():
        missing_shared_data(ARTICLES)
    done = subprocess.run(
        [sys.executable, str(BENCH), "--limit", "3", "--data", str(SHARED_DATA)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    table = done.stdout
    assert table.startswith("worst pages")
    page = rf"^[0-9a-f]{{16}} +{FIGURE} +{FIGURE} +{FIGURE} +{FIGURE}  \w+$"
    assert len(re.findall(page, table, re.M)) == 3
    assert re.search(r"^pages +3$", table, re.M)
    # Plain trafilatura is scored in the same run, beside Ponder.
    for name in ("Ponder", "trafilatura defaults", "trafilatura no comments"):
        row = rf"^{name} +{FIGURE} +{FIGURE} +{FIGURE} +\d+ +\d+$"
        assert re.search(row, table, re.M), name
    assert re.search(rf"^mean F1 +{FIGURE}  target ≥ 0.970  (PASS|MISS)$", table, re.M)
    assert re.search(r"^pages < 0.60 +\d+  target 0  (PASS|MISS)$", table, re.M)
    assert re.search(r"^empty clips +0  target 0  PASS$", table, re.M)
    assert re.search(rf"^ms per page +mean {FIGURE}  p95 {FIGURE}$", table, re.M)
    assert re.search(r"^extractors +\w+ \d+", table, re.M)

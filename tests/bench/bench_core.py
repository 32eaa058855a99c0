"""Core benchmark: Ponder's index build, open, search and save latency beside plain SQLite FTS5.

    .venv/bin/python tests/bench/bench_core.py [--corpus NAME ...] [--scale N] [--queries 200]
                                               [--saves 30] [--data DIR] [--json FILE]

Each corpus is extracted into a temporary vault; each engine is measured in its own child
process (ponder_run.py, fts5_baseline.py) so peak memory is its own. Exits 1 if a child failed.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import corpus_tools
import report
from measure import Job
from queries import make_queries, pick_notes

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
CORPORA = ("logseq-docs", "foam", "dendron-site", "tldr")
SCALED = "tldr"
CHILD_TIMEOUT = 1800


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--corpus", action="append", choices=CORPORA, help="repeatable; default: all four"
    )
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--scale", type=int, default=1, help="enlarge tldr N times")
    parser.add_argument("--queries", type=int, default=200, help="queries per kind")
    parser.add_argument("--saves", type=int, default=30, help="samples of each save kind")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", type=Path, help="also write every figure to this file")
    parser.add_argument(
        "--reuse",
        type=Path,
        help="take the FTS5 and floor figures from this earlier --json of the same corpus and "
        "scale, and measure only Ponder (tldr×10's FTS5 side alone takes ~15 min here)",
    )
    args = parser.parse_args(argv)
    if args.scale < 1 or args.queries < 1 or args.saves < 1:
        parser.error("--scale, --queries and --saves must be at least 1")
    return args


def prepare(name: str, args: argparse.Namespace, tmp: Path) -> Path:
    """Extract, enlarge (tldr only) and date the corpus; return the vault root."""
    root = corpus_tools.extract(args.data / "corpora" / f"{name}.tar.gz", tmp / "vault")
    if name == SCALED and args.scale > 1:
        corpus_tools.scale(root, args.scale)
    corpus_tools.spread_mtimes(root, args.seed)
    return root


def run_child(script: str, job: Path) -> dict[str, Any]:
    """Run one engine's measurement; a failure comes back as {'error': the end of stderr}."""
    command = [sys.executable, str(HERE / script), str(job)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=CHILD_TIMEOUT)
    if done.returncode != 0 or not done.stdout.strip():
        return {"error": f"{script} exited {done.returncode}:\n{done.stderr.strip()}"}
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def bench_corpus(name: str, args: argparse.Namespace) -> dict[str, Any]:
    label = f"{name}×{args.scale}" if name == SCALED and args.scale > 1 else name
    with tempfile.TemporaryDirectory(prefix="ponder-bench-") as tmp_name:
        tmp = Path(tmp_name)
        root = prepare(name, args, tmp)
        notes = list(corpus_tools.load_notes(root))
        query_set = make_queries(notes, args.queries, args.seed)
        picked = pick_notes(notes, 2 * args.saves, args.seed)
        job = Job(str(root), "", query_set.queries, picked[: args.saves], picked[args.saves :])
        results: dict[str, Any] = {}
        # FTS5 first: Ponder's save samples change a few notes.
        sides = (("floor", "floors.py"), ("fts5", "fts5_baseline.py"), ("ponder", "ponder_run.py"))
        reused = _reused(args.reuse, label)
        results.update(reused)
        for side, script in sides:
            if side in reused:
                continue
            work = tmp / side
            work.mkdir()
            job_file = tmp / f"{side}-job.json"
            replace(job, work=str(work)).write(job_file)
            results[side] = run_child(script, job_file)
    return {
        "name": label,
        "scale": args.scale if name == SCALED else 1,
        "notes": len(notes),
        "queries_per_kind": args.queries,
        "saves": args.saves,
        "query_notes": query_set.notes,
        **results,
    }


def _reused(path: Path | None, label: str) -> dict[str, Any]:
    if path is None:
        return {}
    corpora = json.loads(path.read_text(encoding="utf-8"))["corpora"]
    earlier = next((c for c in corpora if c["name"] == label), None)
    if earlier is None:
        raise SystemExit(f"{path} has no figures for {label}")
    return {side: earlier[side] for side in ("floor", "fts5") if "error" not in earlier[side]}


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    started = time.perf_counter()
    load = os.getloadavg()
    print(f"[bench] load average at start: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}", flush=True)
    corpora: list[dict[str, Any]] = []
    for name in args.corpus or CORPORA:
        print(f"[bench] {name} ...", file=sys.stderr, flush=True)
        corpora.append(bench_corpus(name, args))
        print(report.table(corpora[-1]) + "\n", flush=True)
    print("general notes:")
    print("\n".join(f"  - {note}" for note in report.GENERAL_NOTES))
    print(f"  - whole run: {time.perf_counter() - started:.0f} s")
    print(f"  - load average at start {load[0]:.2f}, at end {os.getloadavg()[0]:.2f} (2 cores)")
    if args.json:
        payload = {"args": {k: str(v) for k, v in vars(args).items()}, "corpora": corpora}
        args.json.write_text(json.dumps(payload, indent=2), encoding="utf-8")
    failed = any("error" in c[side] for c in corpora for side in (*report.SIDES, "floor"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Window benchmark: start to a usable window, keystroke to results, the longest UI stall.

    .venv/bin/python tests/bench/bench_window.py [--corpus tldr] [--starts 5] [--data DIR]

With PONDER_BENCH_STALLS=FILE set, each window process appends to FILE the stack of every
thread 50 ms into each stall (see window_child.py): what held the window up.

The corpus is extracted into a temporary vault and indexed once; then each start runs the real
Application in a fresh process (window_child.py), timed from the process's creation to the
first painted window with the event loop turning (the parent passes its clock reading at
launch, so interpreter start-up and imports are counted). Ponder's modules are compiled to
byte code first, as an installed Ponder's are (a checkout run with PYTHONDONTWRITEBYTECODE
set would compile every module at every start, on threads that then hold the window up).
Prints a table; exits 1 if a child failed.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import corpus_tools

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
CHILD_TIMEOUT = 900
TARGETS = {"usable": 1.0, "p95": 100.0, "stall": 50.0}


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default="tldr", help="a corpus in DATA/corpora")
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--starts", type=int, default=5, help="cold starts to time")
    args = parser.parse_args(argv)
    if args.starts < 1:
        parser.error("--starts must be at least 1")
    return args


def child(mode: str, root: Path, env: dict[str, str]) -> dict[str, Any]:
    command = [sys.executable, str(HERE / "window_child.py"), mode, str(root)]
    env = {**env, "PONDER_BENCH_LAUNCHED": repr(time.time())}
    done = subprocess.run(
        command, capture_output=True, text=True, timeout=CHILD_TIMEOUT, env=env, check=False
    )
    if done.returncode != 0 or not done.stdout.strip():
        raise RuntimeError(f"window_child.py {mode} exited {done.returncode}:\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def isolated_env(tmp: Path) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    for var in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME"):
        path = tmp / var.lower()
        path.mkdir()
        env[var] = str(path)
    return env


def row(label: str, value: float, unit: str, target: float | None) -> str:
    limit = "" if target is None else f"≤ {target:g} {unit}"
    verdict = "" if target is None else ("PASS" if value <= target else "MISS")
    return f"{label:<56}{value:>10.{3 if unit == 's' else 1}f} {unit:<3}{limit:>12}  {verdict}"


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    compileall.compile_dir(REPO / "app" / "ponder", quiet=1)
    with tempfile.TemporaryDirectory(prefix="ponder-bench-window-") as tmp_name:
        tmp = Path(tmp_name)
        root = corpus_tools.extract(args.data / "corpora" / f"{args.corpus}.tar.gz", tmp / "v")
        env = isolated_env(tmp)
        print(f"[bench] indexing {args.corpus} ...", file=sys.stderr, flush=True)
        started = time.perf_counter()
        first = child("first", root, env)  # builds the index while typing; not a start
        build_s = time.perf_counter() - started
        starts = [child("start", root, env) for _ in range(args.starts)]
        typed = child("typing", root, env)
    usable = [s["usable_s"] for s in starts]
    stall = max(s["start_stall_ms"] for s in starts)
    steady, burst = typed["steady"], typed["burst"]
    print(f"window benchmark, corpus {args.corpus}, {args.starts} starts on a built index")
    print(f"{'figure':<56}{'value':>10} {'':<3}{'target':>12}")
    lines = [
        row("first start, index built, s", first["reconcile_s"], "s", None),
        row(
            "first start: longest UI stall while indexing, ms",
            first["index_stall_ms"],
            "ms",
            TARGETS["stall"],
        ),
        row(
            "first start: keystroke → results p95 while indexing, ms",
            first["index_p95_ms"],
            "ms",
            TARGETS["p95"],
        ),
        row("start → usable window, median, s", statistics.median(usable), "s", None),
        row("start → usable window, worst, s", max(usable), "s", TARGETS["usable"]),
        row(
            "start → index reconciled, median, s",
            statistics.median([s["reconcile_s"] for s in starts]),
            "s",
            None,
        ),
        row("longest UI stall while reconciling, ms", stall, "ms", TARGETS["stall"]),
        row("keystroke → results p50 (150 ms/key), ms", steady["p50_ms"], "ms", None),
        row("keystroke → results p95 (150 ms/key), ms", steady["p95_ms"], "ms", TARGETS["p95"]),
        row("keystroke → results p95 (60 ms/key), ms", burst["p95_ms"], "ms", TARGETS["p95"]),
        row(
            "longest UI stall while typing, ms",
            max(steady["stall_ms"], burst["stall_ms"]),
            "ms",
            TARGETS["stall"],
        ),
        row(
            "longest UI stall while typing and saving, ms",
            typed["save_stall_ms"],
            "ms",
            TARGETS["stall"],
        ),
    ]
    print("\n".join(lines))
    print(
        f"(indexing run {build_s:.0f} s, {first['index_keys']} keystrokes while indexing; "
        f"{steady['n'] + burst['n']} keystrokes measured on the built index)"
    )
    load = os.getloadavg()
    print(f"(load average at the end: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}; 2 cores)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

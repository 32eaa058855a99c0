"""What both engine runners share: the job they are given, timing summaries, unique words, RSS."""

from __future__ import annotations

import json
import math
import resource
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import psutil
from queries import BenchQuery

POLL_SECONDS = 0.002
FOUND_TIMEOUT = 10.0  # a save not searchable after this long counts as a failed sample


@dataclass(frozen=True, slots=True)
class Job:
    """Everything one child process needs to measure one engine on one prepared vault."""

    root: str
    work: str
    queries: list[BenchQuery]
    save_paths: list[str]
    external_paths: list[str]

    def write(self, path: Path) -> None:
        path.write_text(json.dumps(asdict(self)), encoding="utf-8")

    @classmethod
    def read(cls, path: Path) -> Job:
        data = json.loads(path.read_text(encoding="utf-8"))
        data["queries"] = [
            BenchQuery(**{**q, "fts_params": tuple(q["fts_params"])}) for q in data["queries"]
        ]
        return cls(**data)


def summary(samples_ms: Sequence[float], failed: int = 0) -> dict[str, float]:
    """p50/p95 by the nearest-rank rule, plus the sample count and failures."""
    ordered = sorted(samples_ms)
    if not ordered:
        return {"p50": math.nan, "p95": math.nan, "n": 0, "failed": failed}

    def rank(p: float) -> float:
        return ordered[max(math.ceil(p * len(ordered)) - 1, 0)]

    return {"p50": rank(0.50), "p95": rank(0.95), "n": len(ordered), "failed": failed}


def search_summary(
    queries: Sequence[BenchQuery], run: Callable[[BenchQuery], int]
) -> dict[str, dict[str, float]]:
    """Time every query (after one untimed warm-up per kind); per kind: p50, p95, mean hits."""
    kinds = list(dict.fromkeys(q.kind for q in queries))
    for kind in kinds:
        run(next(q for q in queries if q.kind == kind))
    timings: dict[str, list[float]] = {k: [] for k in kinds}
    hits: dict[str, list[int]] = {k: [] for k in kinds}
    for query in queries:
        started = time.perf_counter()
        total = run(query)
        timings[query.kind].append((time.perf_counter() - started) * 1000)
        hits[query.kind].append(total)
    out: dict[str, dict[str, float]] = {}
    for kind in kinds:
        found = hits[kind]
        out[kind] = {
            **summary(timings[kind]),
            "mean_hits": sum(found) / len(found),
            "hits": found,
            "zero_hits": sum(1 for h in found if h == 0),
        }
    return out


def wait_until(found: Callable[[], bool], started: float) -> float | None:
    """Milliseconds from `started` until `found()` is true, or None after FOUND_TIMEOUT."""
    while not found():
        if time.perf_counter() - started > FOUND_TIMEOUT:
            return None
        time.sleep(POLL_SECONDS)
    return (time.perf_counter() - started) * 1000


def unique_word(tag: str, number: int) -> str:
    """A made-up word no corpus contains, in letters only so every tokenizer keeps it whole."""
    return "zqxv" + tag + "".join(chr(ord("a") + int(d)) for d in f"{number:05d}")


def appended(text: str, word: str) -> str:
    return text.rstrip("\n") + f"\n\nBenchmark edit {word}\n"


def peak_rss_mb() -> float:
    """This process's own peak resident set size: VmHWM, the high-water mark of its memory
    since it started this program. Not ru_maxrss: Linux keeps that across exec, so a child
    of the benchmark (which holds every note, ~390 MB at tldr×10) started with its peak."""
    try:
        status = Path("/proc/self/status").read_text(encoding="ascii")
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    line = next(ln for ln in status.splitlines() if ln.startswith("VmHWM:"))
    return int(line.split()[1]) / 1024  # "VmHWM:   123456 kB"


def children_peak_rss_mb() -> float:
    """The largest peak resident set size of this process's ended children (the writer; a
    writer started when this process held more starts its count from that, see above)."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


ROLES = ("reader", "writer", "part")
"""What each depth of Ponder's process tree is: this process, its children (the index writer),
theirs (a parallel build's part)."""


@dataclass(slots=True)
class Moment:
    """What Ponder's processes held at once at the largest sample of one phase, MB."""

    total_mb: float = 0.0
    by_role_mb: dict[str, float] = field(default_factory=dict)


class TreePeak:
    """Samples the resident memory of this process and all its descendants (the index writer,
    a parallel build's part) every 50 ms: the peak of their sum, in which phase it came (see
    `phase`) and what each process held then, and each one's own peak by depth (0 this process,
    1 its children, 2 theirs). ru_maxrss cannot say what was held at once, and it reports only
    the largest of the children."""

    def __init__(self, every: float = 0.05) -> None:
        self._me = psutil.Process()
        self._every = every
        self.total_mb = 0.0
        self.by_depth_mb: dict[int, float] = {}
        self.phases: dict[str, Moment] = {}
        self._phase = "start"
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="bench-rss", daemon=True)

    def __enter__(self) -> TreePeak:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def phase(self, name: str) -> None:
        """Samples from now on belong to phase `name` (build, open, search, ...)."""
        self._phase = name  # read once per sample by the sampling thread

    def peak_phase(self) -> str:
        """The phase whose sample held the most at once ("" before any sample)."""
        return max(self.phases, key=lambda name: self.phases[name].total_mb, default="")

    def _run(self) -> None:
        tree = self._tree()
        samples = 0
        while not self._stop.wait(self._every):
            samples += 1
            if samples % 10 == 0:  # listing descendants scans /proc: ~15% of a core at 50 Hz
                tree = self._tree()
            self._sample(tree)

    def _sample(self, tree: list[tuple[Any, int]]) -> None:
        phase = self._phase
        total = 0.0
        by_role: dict[str, float] = {}
        for process, depth in tree:
            try:
                rss = process.memory_info().rss / 2**20
            except psutil.Error:
                continue  # it ended between listing and reading
            total += rss
            role = ROLES[min(depth, len(ROLES) - 1)]
            by_role[role] = by_role.get(role, 0.0) + rss
            self.by_depth_mb[depth] = max(self.by_depth_mb.get(depth, 0.0), rss)
        self.total_mb = max(self.total_mb, total)
        moment = self.phases.setdefault(phase, Moment())
        if total > moment.total_mb:
            moment.total_mb, moment.by_role_mb = total, by_role

    def _tree(self) -> list[tuple[Any, int]]:
        found = [(self._me, 0)]
        for process, depth in found:
            try:
                found += [(child, depth + 1) for child in process.children()]
            except psutil.Error:
                continue
        return found


def emit(result: dict[str, Any]) -> None:
    """Hand the result to the parent as one JSON line on stdout (logging goes to stderr)."""
    sys.stdout.write(json.dumps(result) + "\n")
    sys.stdout.flush()

"""Child process: the floors Ponder's figures are measured against, on the same files.

Run by bench_core.py as `python floors.py <job.json>`; prints one JSON result line.
stat: one os.scandir walk with a stat of every note (what opening an unchanged vault must
at least do); read: the bytes of every note (what a full build must at least do).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Any

from measure import Job, emit


def note_entries(root: str) -> list[os.DirEntry[str]]:
    found: list[os.DirEntry[str]] = []
    pending = [root]
    while pending:
        with os.scandir(pending.pop()) as listing:
            for entry in listing:
                if entry.is_dir(follow_symlinks=False):
                    if not entry.name.startswith("."):
                        pending.append(entry.path)
                elif entry.name.lower().endswith(".md"):
                    found.append(entry)
    return found


def stat_all(root: str) -> tuple[int, float]:
    started = time.perf_counter()
    entries = note_entries(root)
    for entry in entries:
        entry.stat(follow_symlinks=False)
    return len(entries), time.perf_counter() - started


def read_all(root: str) -> float:
    started = time.perf_counter()
    for entry in note_entries(root):
        with open(entry.path, "rb") as file:
            file.read()
    return time.perf_counter() - started


def measure(job: Job) -> dict[str, Any]:
    stat_all(job.root)  # once to warm the same caches the engines find warm
    notes, stat_s = min(stat_all(job.root) for _ in range(3))
    read_s = min(read_all(job.root) for _ in range(2))
    return {"notes": notes, "stat_s": stat_s, "read_s": read_s}


def main(argv: list[str]) -> None:
    emit(measure(Job.read(Path(argv[1]))))


if __name__ == "__main__":
    main(sys.argv)

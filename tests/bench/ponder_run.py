"""Child process: Ponder measured through its `Library` facade, the path the app itself takes.

Run by bench_core.py as `python ponder_run.py <job.json>`; prints one JSON result line.
"""

from __future__ import annotations

import sys
import time
from dataclasses import asdict
from functools import partial
from pathlib import Path
from typing import Any

from measure import (
    Job,
    TreePeak,
    appended,
    children_peak_rss_mb,
    emit,
    peak_rss_mb,
    search_summary,
    summary,
    unique_word,
    wait_until,
)

from ponder.core.library import Library
from ponder.core.model import Changes, NotePath
from ponder.core.sense import related

LIMIT = 20


def build(root: Path, cache: Path) -> tuple[int, float]:
    """Open on an empty cache and reconcile: the full index build. (notes, seconds)"""
    started = time.perf_counter()
    with Library.open(root, cache) as library:
        report = library.reconcile()
    return report.scanned, time.perf_counter() - started


def reopen(root: Path, cache: Path) -> tuple[Library, float, int]:
    """Open the unchanged, indexed vault and reconcile it: (library, seconds, notes reindexed)."""
    started = time.perf_counter()
    library = Library.open(root, cache)
    report = library.reconcile()
    return library, time.perf_counter() - started, report.reindexed


def found_by(library: Library, word: str, path: str) -> bool:
    return any(hit.path == path for hit in library.search(word, limit=LIMIT).hits)


def save_samples(library: Library, paths: list[str]) -> dict[str, float]:
    """`library.save` with a fresh word appended, until a search for the word returns the note."""
    samples: list[float] = []
    failed = 0
    for number, path in enumerate(paths):
        word = unique_word("s", number)
        text, stamp = library.read_text(NotePath(path))
        started = time.perf_counter()
        library.save(NotePath(path), appended(text, word), expected=stamp)
        elapsed = wait_until(partial(found_by, library, word, path), started)
        if elapsed is None:
            failed += 1
        else:
            samples.append(elapsed)
    return summary(samples, failed)


def external_samples(library: Library, root: Path, paths: list[str]) -> dict[str, float]:
    """A plain file write, as another editor makes, until the watcher has made it searchable."""
    samples: list[float] = []
    failed = 0
    for number, path in enumerate(paths):
        word = unique_word("x", number)
        file = root / path
        text = appended(file.read_text(encoding="utf-8", errors="replace"), word)
        started = time.perf_counter()
        with file.open("w", encoding="utf-8") as out:
            out.write(text)
        elapsed = wait_until(partial(found_by, library, word, path), started)
        if elapsed is None:
            failed += 1
        else:
            samples.append(elapsed)
    return summary(samples, failed)


def related_samples(library: Library, paths: list[str]) -> dict[str, float]:
    """The 10 related notes of each picked note (after one untimed warm-up)."""
    if paths:
        related.related(library, NotePath(paths[0]))
    samples = []
    for path in paths:
        started = time.perf_counter()
        related.related(library, NotePath(path))
        samples.append((time.perf_counter() - started) * 1000)
    return summary(samples)


def _ignore(changes: Changes) -> None:
    """The benchmark looks for the note by searching, as a person would."""


def measure(job: Job) -> dict[str, Any]:
    with TreePeak() as memory:
        result = _measure(job, memory)
    peak = memory.peak_phase()
    result |= {
        # the phase in which the sum peaked, and what each process held at that sample
        "rss_peak_phase": peak,
        "rss_phases": {name: asdict(moment) for name, moment in memory.phases.items()},
        "reader_rss_mb": peak_rss_mb(),
        "writer_rss_mb": children_peak_rss_mb(),  # the writer processes have ended by now
        "part_rss_mb": memory.by_depth_mb.get(2, 0.0),  # a parallel build's helper
        # what Ponder held at once, sampled; at least each process's own exact peak
        "rss_mb": max(memory.total_mb, peak_rss_mb() + children_peak_rss_mb()),
    }
    return result


def _measure(job: Job, memory: TreePeak) -> dict[str, Any]:
    root, cache = Path(job.root), Path(job.work) / "cache"
    memory.phase("build")
    notes, build_s = build(root, cache)
    memory.phase("open")
    library, open_s, reindexed = reopen(root, cache)
    try:
        memory.phase("search")
        search = search_summary(job.queries, lambda q: library.search(q.ponder, limit=LIMIT).total)
        memory.phase("related")
        similar = related_samples(library, [*job.save_paths, *job.external_paths])
        watcher = library.watch(_ignore)
        try:
            memory.phase("save")
            save = save_samples(library, job.save_paths)
            memory.phase("external")
            external = external_samples(library, root, job.external_paths)
        finally:
            watcher.stop()
    finally:
        memory.phase("close")
        library.close()
    return {
        "notes": notes,
        "build_s": build_s,
        "open_s": open_s,
        "open_reindexed": reindexed,
        "search": search,
        "save": save,
        "external": external,
        "related": similar,
    }


def main(argv: list[str]) -> None:
    emit(measure(Job.read(Path(argv[1]))))


if __name__ == "__main__":
    main(sys.argv)

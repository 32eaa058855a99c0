"""The benchmark table: Ponder beside FTS5, their ratio, and the targets met or missed."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from queries import KINDS

Result = dict[str, Any]
SIDES = ("ponder", "fts5")
ERROR_LINES = 30
COLUMNS = ("figure", "Ponder", "FTS5", "Ponder/FTS5", "target", "")
WIDTHS = (36, 10, 10, 12, 12, 4)


@dataclass(frozen=True, slots=True)
class Target:
    at_least: bool
    limit: float
    text: str

    def status(self, value: float) -> str:
        if math.isnan(value):
            return "MISS"
        met = value >= self.limit if self.at_least else value <= self.limit
        return "PASS" if met else "MISS"


@dataclass(frozen=True, slots=True)
class Targets:
    build: Target
    open: Target
    search: Target
    save: Target
    external: Target
    rss: Target


SMALL = Targets(  # issue 16 at tldr×1 (set for 38,430 notes; marked on every corpus)
    build=Target(at_least=True, limit=2000, text="≥ 2,000"),
    open=Target(at_least=False, limit=1500, text="≤ 1,500 ms"),
    search=Target(at_least=False, limit=50, text="≤ 50 ms"),
    save=Target(at_least=False, limit=100, text="≤ 100 ms"),
    external=Target(at_least=False, limit=300, text="≤ 300 ms"),
    rss=Target(at_least=False, limit=300, text="≤ 300 MB"),
)
LARGE = Targets(  # issue 16 at tldr×10 (383,900 notes)
    build=Target(at_least=True, limit=2500, text="≥ 2,500"),
    open=Target(at_least=False, limit=1500, text="≤ 1,500 ms"),
    search=Target(at_least=False, limit=100, text="≤ 100 ms"),
    save=Target(at_least=False, limit=100, text="≤ 100 ms"),
    external=Target(at_least=False, limit=300, text="≤ 300 ms"),
    rss=Target(at_least=False, limit=500, text="≤ 500 MB"),
)


def targets_for(corpus: Result) -> Targets:
    return LARGE if corpus.get("scale", 1) >= 10 else SMALL


RELATED_P95 = Target(at_least=False, limit=50, text="≤ 50 ms")


@dataclass(frozen=True, slots=True)
class Row:
    label: str
    ponder: float
    fts5: float
    fmt: Callable[[float], str]
    target: Target | None = None


def _num(digits: int) -> Callable[[float], str]:
    return lambda v: "—" if math.isnan(v) else f"{v:,.{digits}f}"


def rows(corpus: Result) -> list[Row]:
    """Every figure of one corpus, in table order."""
    p, f, floor = corpus["ponder"], corpus["fts5"], corpus["floor"]
    t = targets_for(corpus)
    nan = math.nan
    open_ms = (p["open_s"] * 1000, f["open_s"] * 1000)
    out = [
        Row("full build, notes/s", _rate(p), _rate(f), _num(0), t.build),
        Row("full build, s", p["build_s"], f["build_s"], _num(2)),
        Row("  ÷ floor (read every note)", *_per(p, f, "build_s", floor["read_s"]), _num(1)),
        Row("open unchanged indexed vault, ms", *open_ms, _num(2), t.open),
        Row("  ÷ floor (stat every note)", *_per(p, f, "open_s", floor["stat_s"]), _num(1)),
        Row("floor: stat every note, ms", floor["stat_s"] * 1000, nan, _num(1)),
        Row("floor: read every note, ms", floor["read_s"] * 1000, nan, _num(1)),
    ]
    for kind in KINDS:
        ps, fs = p["search"][kind], f["search"][kind]
        out.append(Row(f"search p50, {kind}, ms", ps["p50"], fs["p50"], _num(1)))
        out.append(Row(f"search p95, {kind}, ms", ps["p95"], fs["p95"], _num(1), t.search))
    for kind in KINDS:
        ps, fs = p["search"][kind], f["search"][kind]
        out.append(Row(f"mean hits, {kind}", ps["mean_hits"], fs["mean_hits"], _num(1)))
    ext = p["external"]
    out += [
        Row("save→searchable p50, ms", p["save"]["p50"], f["save"]["p50"], _num(1)),
        Row("save→searchable p95, ms", _p95(p["save"]), _p95(f["save"]), _num(1), t.save),
        Row("external write→searchable p50, ms", ext["p50"], nan, _num(1)),
        Row("external write→searchable p95, ms", _p95(ext), nan, _num(1), t.external),
        Row("related notes p50, ms", p["related"]["p50"], nan, _num(1)),
        Row("related notes p95, ms", p["related"]["p95"], nan, _num(1), RELATED_P95),
        Row("peak RSS, MB", p["rss_mb"], f["rss_mb"], _num(0), t.rss),
        Row("  reader (window) process, MB", p.get("reader_rss_mb", nan), nan, _num(0)),
        Row("  writer process, MB", p.get("writer_rss_mb", nan), nan, _num(0)),
        Row("  parallel build's part process, MB", p.get("part_rss_mb", nan), nan, _num(0)),
    ]
    return out


def _per(p: Result, f: Result, key: str, floor_s: float) -> tuple[float, float]:
    if floor_s <= 0:
        return math.nan, math.nan
    return p[key] / floor_s, f[key] / floor_s


def _rate(side: Result) -> float:
    return float(side["notes"] / side["build_s"]) if side["build_s"] > 0 else math.nan


def _p95(samples: Result) -> float:
    """A save that never became searchable makes the p95 meaningless: report it as missing."""
    return math.nan if samples["failed"] else float(samples["p95"])


def _ratio(row: Row) -> str:
    if math.isnan(row.ponder) or math.isnan(row.fts5) or row.fts5 == 0:
        return "—"
    return f"{row.ponder / row.fts5:,.2f}"


def _line(cells: tuple[str, ...]) -> str:
    first, *rest = cells
    parts = [first.ljust(WIDTHS[0])]
    parts += [cell.rjust(width) for cell, width in zip(rest[:-2], WIDTHS[1:-2], strict=True)]
    parts += [rest[-2].ljust(WIDTHS[-2]), rest[-1]]
    return "  ".join(parts).rstrip()


def table(corpus: Result) -> str:
    """One corpus: heading, figures, then the notes that say how the figures were made."""
    head = (
        f"== {corpus['name']}: {corpus['notes']:,} notes; {corpus['queries_per_kind']} queries "
        f"per kind; {corpus['saves']} saves and {corpus['saves']} external writes =="
    )
    errors = [
        f"{side} failed: {corpus[side]['error']}" for side in SIDES if "error" in corpus[side]
    ]
    if errors:
        return "\n".join([head, *errors])
    lines = [head, _line(COLUMNS), _line(tuple("-" * w for w in WIDTHS))]
    for row in rows(corpus):
        target = row.target.text if row.target else ""
        status = row.target.status(row.ponder) if row.target else ""
        cells = (row.label, row.fmt(row.ponder), row.fmt(row.fts5), _ratio(row), target, status)
        lines.append(_line(cells))
    lines += ["notes:", *(f"  - {note}" for note in corpus_notes(corpus))]
    return "\n".join(lines)


def corpus_notes(corpus: Result) -> list[str]:
    """How this corpus's figures were made, and anything in them that needs a second look."""
    notes = [f"{kind}: {how}" for kind, how in corpus["query_notes"].items()]
    p, f = corpus["ponder"], corpus["fts5"]
    notes.append(f"Ponder's reopen reindexed {p['open_reindexed']} notes (0 expected)")
    notes += memory_notes(p)
    notes += shortfalls(p, f)
    for side, name in ((p, "Ponder"), (f, "FTS5")):
        for kind in KINDS:
            figures = side["search"][kind]
            if figures["zero_hits"]:
                notes.append(
                    f"{name} found nothing for {figures['zero_hits']} of the {figures['n']} "
                    f"'{kind}' queries"
                )
    for label, samples in (("save", p["save"]), ("external write", p["external"])):
        if samples["failed"]:
            notes.append(f"Ponder: {samples['failed']} {label}(s) not searchable within 10 s")
    return notes


def memory_notes(p: Result) -> list[str]:
    """When Ponder's processes held the most at once, and what each held then."""
    phases: dict[str, Result] = p.get("rss_phases", {})
    peak = p.get("rss_peak_phase")
    if not phases or not peak:
        return []

    def held(moment: Result) -> str:
        parts = ", ".join(f"{role} {mb:,.0f}" for role, mb in moment["by_role_mb"].items())
        return f"{moment['total_mb']:,.0f} MB ({parts})"

    top = phases[peak]
    notes = [f"Ponder's memory at once peaked during {peak}: {held(top)}"]
    summed = p["reader_rss_mb"] + p["writer_rss_mb"]
    if summed > top["total_mb"]:
        notes.append(
            f"peak RSS is the reader's and a writer's own peaks added ({p['reader_rss_mb']:,.0f} "
            f"+ {p['writer_rss_mb']:,.0f} MB), more than was ever sampled at once"
        )
    others = "; ".join(f"{name} {held(moment)}" for name, moment in phases.items())
    notes.append(f"largest sample of each phase: {others}")
    return notes


def shortfalls(p: Result, f: Result) -> list[str]:
    """Queries for which Ponder counted fewer notes than FTS5: a prefix must never drop any."""
    out = []
    for kind in KINDS:
        mine, theirs = p["search"][kind].get("hits"), f["search"][kind].get("hits")
        if not mine or not theirs:
            continue
        short = [(a, b) for a, b in zip(mine, theirs, strict=True) if a < b]
        if short:
            lost = sum(b - a for a, b in short)
            out.append(
                f"SHORTFALL {kind}: Ponder counted fewer notes than FTS5 for {len(short)} of "
                f"{len(mine)} queries ({lost:,} notes in all)"
            )
    return out


GENERAL_NOTES = (
    "targets are the issue's, set for tldr at 38,430 notes; they are marked on every corpus",
    "ratio = Ponder ÷ FTS5; for notes/s below 1 means Ponder is slower, elsewhere above 1 does",
    "each engine ran in its own child process on the same extracted files; peak RSS is that "
    "process's own high-water mark, VmHWM (interpreter and libraries included; not ru_maxrss, "
    "which Linux carries over from the benchmark's own ~390 MB at ×10); Ponder's is the peak "
    "of what its processes held at once (the reader, the window's in the app; the index writer; a "
    "parallel build's part), sampled every 50 ms, and never less than reader + writer peaks; "
    "each corpus's notes say in which phase (build, open, search, related, save, external) the "
    "sum peaked and what each process held at that sample",
    "SHORTFALL rows: FTS5 indexes the raw Markdown; Ponder indexes what a note shows, so a word "
    "found only inside a link's URL, an HTML attribute or a code fence's info string is not "
    "counted (every shortfall on tldr was such a word, checked note by note)",
    "floors: one os.scandir walk with a stat of every note; reading every note's bytes (best "
    "of 3 and of 2, warm caches); '÷ floor' rows say how many floors each engine takes",
    "note files got deterministic mtimes spread over 2024-2026 after extraction; a note's date "
    "is its front-matter `updated` when it has one, else that mtime (FTS5 stores it in a plain "
    "UNINDEXED column, so its date range is a scan)",
    "Ponder: build = Library.open + reconcile on an empty cache; open = Library.open + "
    "reconcile on the built one; search = library.search(limit=20), hits + total",
    "FTS5: one fts5(path, title, body, tags, date UNINDEXED) table, unicode61, prefix='2 3'; "
    "build = read + parse files + insert + commit; open = connect + count(*); search = top 20 "
    "by rank with snippet, then count(*)",
    "save→searchable: Ponder = library.save (atomic write + fsync + index commit) with the "
    "watcher running; FTS5 = UPDATE + commit (no file write); both until a search for a fresh "
    "word in the saved text returns the note",
    "external write: a plain open('w') write, picked up by Ponder's watcher (0.25 s quiet "
    "period included); FTS5 has no watcher",
    "words, phrases and prefixes come from note text in Latin, Greek or Cyrillic script (a "
    "seeded RNG); each query matches at least the note it came from",
)

"""Child process: the same notes in one plain SQLite FTS5 table, measured as Ponder is.

Run by bench_core.py as `python fts5_baseline.py <job.json>`; prints one JSON result line.
"""

from __future__ import annotations

import sqlite3
import sys
import time
from pathlib import Path
from typing import Any

from corpus_tools import load_notes
from measure import (
    Job,
    appended,
    emit,
    peak_rss_mb,
    search_summary,
    summary,
    unique_word,
    wait_until,
)
from queries import BenchQuery

SCHEMA = (
    "CREATE VIRTUAL TABLE docs USING fts5("
    "path, title, body, tags, date UNINDEXED, tokenize='unicode61', prefix='2 3')"
)
LIMIT = 20


def build(db: Path, root: Path) -> tuple[int, float]:
    """Read every note and insert it in one transaction: (notes, seconds)."""
    started = time.perf_counter()
    conn = sqlite3.connect(db)
    try:
        conn.execute(SCHEMA)
        rows = ((n.path, n.title, n.body, " ".join(n.tags), n.when) for n in load_notes(root))
        with conn:
            conn.executemany("INSERT INTO docs VALUES (?, ?, ?, ?, ?)", rows)
        count = int(conn.execute("SELECT count(*) FROM docs").fetchone()[0])
    finally:
        conn.close()
    return count, time.perf_counter() - started


def open_db(db: Path) -> tuple[sqlite3.Connection, float]:
    """Connect and count the notes, as an app would on start: (connection, seconds)."""
    started = time.perf_counter()
    conn = sqlite3.connect(db)
    conn.execute("SELECT count(*) FROM docs").fetchone()
    return conn, time.perf_counter() - started


def run_query(conn: sqlite3.Connection, query: BenchQuery) -> int:
    """The top hits with snippets, then the total, as Ponder's search returns both."""
    clauses: list[str] = []
    params: list[object] = []
    if query.fts_match:
        clauses.append("docs MATCH ?")
        params.append(query.fts_match)
    if query.fts_where:
        clauses.append(query.fts_where)
        params += query.fts_params
    where = " AND ".join(clauses)
    if query.fts_match:
        columns = "path, title, snippet(docs, 2, '<b>', '</b>', '…', 12)"
        top = f"SELECT {columns} FROM docs WHERE {where} ORDER BY rank LIMIT {LIMIT}"
    else:
        top = f"SELECT path, title FROM docs WHERE {where} LIMIT {LIMIT}"
    conn.execute(top, params).fetchall()
    return int(conn.execute(f"SELECT count(*) FROM docs WHERE {where}", params).fetchone()[0])


def save_samples(conn: sqlite3.Connection, paths: list[str]) -> dict[str, float]:
    """UPDATE + commit of one note's body, until a MATCH on a fresh word in it finds the row."""
    rowids = {path: rowid for rowid, path in conn.execute("SELECT rowid, path FROM docs")}
    samples: list[float] = []
    failed = 0
    for number, path in enumerate(paths):
        rowid = rowids[path]
        word = unique_word("f", number)
        body = conn.execute("SELECT body FROM docs WHERE rowid = ?", (rowid,)).fetchone()[0]
        started = time.perf_counter()
        conn.execute("UPDATE docs SET body = ? WHERE rowid = ?", (appended(body, word), rowid))
        conn.commit()

        def found(word: str = word, rowid: int = rowid) -> bool:
            rows = conn.execute("SELECT rowid FROM docs WHERE docs MATCH ?", (f'"{word}"',))
            return any(r == rowid for (r,) in rows)

        elapsed = wait_until(found, started)
        if elapsed is None:
            failed += 1
        else:
            samples.append(elapsed)
    return summary(samples, failed)


def measure(job: Job) -> dict[str, Any]:
    db = Path(job.work) / "fts5.sqlite3"
    notes, build_s = build(db, Path(job.root))
    conn, open_s = open_db(db)
    try:
        search = search_summary(job.queries, lambda q: run_query(conn, q))
        save = save_samples(conn, job.save_paths)
    finally:
        conn.close()
    return {
        "notes": notes,
        "build_s": build_s,
        "open_s": open_s,
        "search": search,
        "save": save,
        "rss_mb": peak_rss_mb(),
    }


def main(argv: list[str]) -> None:
    emit(measure(Job.read(Path(argv[1]))))


if __name__ == "__main__":
    main(sys.argv)

"""Clip every benchmark page through the whole path and score it like the benchmark does.

Serves ../shared/data/articles/html from 127.0.0.1, clips each page into a temporary vault
(fetch → extract → Markdown in the note body), strips the Markdown syntax, and scores the
text against `articleBody` exactly as scrapinghub/article-extraction-benchmark's evaluate.py:
precision/recall over 4-word shingles of `\\w+` tokens, normalised per page, averaged over
pages, F1 from the two means. Plain `trafilatura.extract()` runs in the same run on the same
HTML (with its defaults, and with include_comments=False) and is printed beside Ponder.
Targets: mean F1 ≥ 0.970, no page below 0.60, no empty clip.

    .venv/bin/python tests/bench/bench_extract.py [--limit N] [--data DIR]
"""

from __future__ import annotations

import argparse
import html
import json
import re
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from article_server import SHARED_DATA, ArticleServer
from markdown_it import MarkdownIt

from ponder.core.capture.address_policy import AddressPolicy
from ponder.core.capture.clip import ClipOptions, fill_clip, save_clip
from ponder.core.capture.clip_text import ARTICLE_HEADING, COMMENTS_HEADING
from ponder.core.capture.page_cache import PageCache
from ponder.core.library import Library

TARGET_F1 = 0.970
TARGET_PAGE_F1 = 0.60
BASELINES = ("trafilatura defaults", "trafilatura no comments")
_TOKEN = re.compile(r"\w+", re.UNICODE | re.MULTILINE | re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]+>")
_MD = MarkdownIt("commonmark").enable("table").enable("strikethrough")

Counts = tuple[float, float, float]


def plain_text(markdown: str) -> str:
    """The text a reader sees: Markdown rendered, tags (and so link URLs) dropped."""
    return html.unescape(_TAG.sub(" ", _MD.render(markdown)))


def _shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text or "")
    grams = (tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)))
    return Counter(g for g in grams if g)


def shingle_matching(true: str, pred: str) -> Counts:
    """evaluate.py's string_shingle_matching: (tp, fp, fn) normalised to sum 1."""
    truth, guess = _shingles(true), _shingles(pred)
    tp = fp = fn = 0.0
    for key in set(truth) | set(guess):
        t, p = truth.get(key, 0), guess.get(key, 0)
        tp += min(t, p)
        fp += max(0, p - t)
        fn += max(0, t - p)
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total > 0 else (tp, fp, fn)


def precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def summary(counts: list[Counts]) -> tuple[float, float, float]:
    """evaluate.py's metrics_from_tp_fp_fns: mean precision, mean recall, F1 of the means."""
    p = statistics.mean(precision(*c) for c in counts if c[0] + c[1] > 0)
    r = statistics.mean(recall(*c) for c in counts if c[0] + c[2] > 0)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def article_part(body: str) -> str:
    """The article text: after the article heading, before the reader comments' own section."""
    _, found, after = body.partition(ARTICLE_HEADING + "\n")
    text = after if found else body
    return text.split("\n" + COMMENTS_HEADING + "\n", 1)[0]


Row = tuple[str, dict[str, Counts], set[str], float, str]
"""(page id, scores by extractor, the extractors that gave no text, seconds, Ponder's method)"""


def run(data: Path, limit: int | None) -> int:
    truth: dict[str, dict[str, str]] = json.loads(
        (data / "articles" / "ground-truth.json").read_text("utf-8")
    )
    ids = sorted(i for i in truth if (data / "articles" / "html" / f"{i}.html.gz").exists())
    ids = ids[:limit] if limit else ids
    rows: list[Row] = []
    options = ClipOptions(policy=AddressPolicy(allow_local=True))
    with tempfile.TemporaryDirectory() as tmp, ArticleServer(data / "articles" / "html") as server:
        root, cache = Path(tmp) / "vault", Path(tmp) / "cache"
        with Library.open(root, cache, create=True) as library:
            pages = PageCache.for_vault(root, cache)
            for page_id in ids:
                expected = truth[page_id]["articleBody"]
                started = time.perf_counter()
                path, _ = save_clip(library, server.url(f"/article/{page_id}"))
                result = fill_clip(library, path, pages, options)
                seconds = time.perf_counter() - started
                note = library.read(result.path)
                text = plain_text(article_part(note.body))
                html_text = pages.load(note.id) if note.id else None
                texts = {"Ponder": text, **_baselines(html_text or "", truth[page_id]["url"])}
                scores = {name: shingle_matching(expected, t) for name, t in texts.items()}
                empty = {name for name, t in texts.items() if not _TOKEN.search(t)}
                extractor = result.article.extractor if result.article else result.outcome
                rows.append((page_id, scores, empty, seconds, extractor))
    return report(rows)


def _baselines(html_text: str, url: str) -> dict[str, str]:
    """Plain trafilatura on the very HTML the clip used: its defaults (which keep reader
    comments) and without comments."""
    import trafilatura

    return {
        BASELINES[0]: trafilatura.extract(html_text, url=url) or "",
        BASELINES[1]: trafilatura.extract(html_text, url=url, include_comments=False) or "",
    }


def f1(c: Counts) -> float:
    p, r = precision(*c), recall(*c)
    return 2 * p * r / (p + r) if p + r else 0.0


def report(rows: list[Row]) -> int:
    print(
        f"{'worst pages':<16} {'precision':>9} {'recall':>7} {'F1':>6} "
        f"{'trafilatura':>11}  extractor"
    )
    for page_id, scores, _e, _s, extractor in sorted(rows, key=lambda r: f1(r[1]["Ponder"]))[:10]:
        c = scores["Ponder"]
        plain = f1(scores[BASELINES[1]])
        print(
            f"{page_id[:16]:<16} {precision(*c):>9.3f} {recall(*c):>7.3f} {f1(c):>6.3f} "
            f"{plain:>11.3f}  {extractor}"
        )
    print()
    print(
        f"{'extractor (same run)':<26} {'precision':>9} {'recall':>7} {'F1':>6} "
        f"{'<0.60':>6} {'empty':>6}"
    )
    for name in ("Ponder", *BASELINES):
        counts = [row[1][name] for row in rows]
        p, r, f = summary(counts)
        low = sum(f1(c) < TARGET_PAGE_F1 for c in counts)
        empty = sum(name in row[2] for row in rows)
        print(f"{name:<26} {p:>9.3f} {r:>7.3f} {f:>6.3f} {low:>6} {empty:>6}")
    ponder = [row[1]["Ponder"] for row in rows]
    f = summary(ponder)[2]
    low = sum(f1(c) < TARGET_PAGE_F1 for c in ponder)
    empty = sum("Ponder" in row[2] for row in rows)
    times = sorted(row[3] * 1000 for row in rows)
    used = Counter(row[4] for row in rows)
    print()
    print(f"pages            {len(rows)}")
    verdict = "PASS" if f >= TARGET_F1 else "MISS"
    print(f"mean F1          {f:.3f}  target ≥ {TARGET_F1:.3f}  {verdict}")
    print(f"pages < {TARGET_PAGE_F1:.2f}     {low}  target 0  {'PASS' if low == 0 else 'MISS'}")
    print(f"empty clips      {empty}  target 0  {'PASS' if empty == 0 else 'MISS'}")
    print(f"ms per page      mean {statistics.mean(times):.0f}  p95 {_p95(times):.0f}")
    print("extractors       " + ", ".join(f"{k} {v}" for k, v in sorted(used.items())))
    return 0


def _p95(values: list[float]) -> float:
    return values[min(len(values) - 1, round(0.95 * (len(values) - 1)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages")
    parser.add_argument("--data", type=Path, default=SHARED_DATA, help="the shared data folder")
    args = parser.parse_args(argv)
    if not (args.data / "articles" / "ground-truth.json").exists():
        print(f"no articles in {args.data}", file=sys.stderr)
        return 2
    return run(args.data, args.limit)


if __name__ == "__main__":
    sys.exit(main())

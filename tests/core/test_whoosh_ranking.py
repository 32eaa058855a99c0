"""Block-at-a-time ranking gives what Whoosh's own matchers give: the same total, the same
top notes in the same order, the same scores — on a real vault, with deleted documents and
several segments, with and without a filter."""

from __future__ import annotations

import random
import tarfile
from collections.abc import Iterator
from typing import Any

import pytest
from whoosh import collectors

from ponder.core.library import Library
from ponder.core.model import NotePath
from ponder.core.query import parse_query
from ponder.core.whoosh_query import Compiler
from ponder.core.whoosh_ranking import rank, rankable
from shared_data import shared_data


def whoosh_top(searcher: Any, query: Any, allowed: set[int] | None, limit: int) -> tuple[list, int]:
    top = collectors.TopCollector(limit=limit, usequality=False, replace=0)
    child: Any = top if allowed is None else collectors.FilterCollector(top, allow=allowed)
    searcher.search_with_collector(query, child)
    results = top.results()
    found = [(results.docnum(i), results.score(i)) for i in range(results.scored_length())]
    return found, top.count()


def same_ranking(got: list[tuple[int, float]], expected: list[tuple[int, float]]) -> bool:
    """Equal scores (to rounding: sums may be added in another order) in the same order;
    documents whose scores tie may trade places only at the cut."""
    if len(got) != len(expected):
        return False
    scores_match = all(
        g[1] == pytest.approx(e[1], rel=1e-9) for g, e in zip(got, expected, strict=True)
    )
    cut = expected[-1][1] if expected else 0.0
    above = [d for d, s in expected if s > cut * (1 + 1e-9)]
    return scores_match and [d for d, _ in got[: len(above)]] == above


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    base = tmp_path_factory.mktemp("ranking")
    with tarfile.open(shared_data("corpora", "dendron-site.tar.gz")) as tar:
        tar.extractall(base / "vault", filter="data")
    with Library.open(base / "vault", base / "cache") as opened:
        opened.reconcile()
        notes = sorted(opened.index.stamps())
        for path in random.Random(3).sample(notes, 40):  # deleted documents in old segments
            opened.trash(NotePath(path))
        for number in range(5):  # and a few small new segments
            opened.save(
                NotePath(f"new/n{number}.md"),
                f"# New {number}\n\nvault note hierarchy\n",
                expected=None,
            )
        yield opened


def queries(index: Any) -> list[str]:
    reader = index._searcher.reader()
    terms = [(reader.doc_frequency("text", t), str(t)) for t in reader.field_terms("text")]
    terms = [(n, t) for n, t in terms if t.isalpha() and n > 1]
    terms.sort()
    rng = random.Random(11)
    common = [t for _, t in terms[-40:]]
    spread = [t for _, t in rng.sample(terms, 60)]
    paths = sorted(index.stamps())
    folders = ["new/", *{p.rsplit("/", 1)[0] + "/" for p in paths if "/" in p}]
    folders += [p[: p.index(".") + 1] for p in rng.sample(paths, 5) if "." in p]
    made = [*common, *spread]
    made += [f"{rng.choice(common)} {rng.choice(spread)}" for _ in range(30)]
    made += [f"{rng.choice(spread)} OR {rng.choice(common)}" for _ in range(20)]
    made += [f"path:{rng.choice(folders)} {rng.choice(common)}" for _ in range(20)]
    made += ["vault hierarchy note", "title:dendron", "nosuchwordanywhere", "vault nosuchword"]
    return made


def test_ranking_by_blocks_equals_whooshs_matchers(library: Library) -> None:
    index: Any = library.index
    checked = filtered = 0
    with index._search_lock:
        searcher = index._current_searcher()
        assert len(searcher.leaf_searchers()) > 1 and searcher.reader().has_deletions()
        for text in queries(index):
            plan = Compiler(searcher, index._view).plan(parse_query(text).root)
            if plan.scored is None or not rankable(plan.scored):
                continue
            if plan.allowed is not None and not plan.allowed:
                continue  # nothing to rank (and Whoosh reads an empty filter as none)
            for limit in (1, 20):
                ranked = rank(searcher, plan.scored, plan.allowed, limit, index._columns, 60.0)
                assert ranked is not None
                expected, total = whoosh_top(searcher, plan.scored, plan.allowed, limit)
                assert ranked[1] == total and not ranked[2], text
                assert same_ranking(ranked[0], expected), (text, ranked[0][:5], expected[:5])
            checked += 1
            filtered += plan.allowed is not None
    assert checked > 150 and filtered > 15


def test_phrases_are_left_to_whoosh(library: Library) -> None:
    index: Any = library.index
    with index._search_lock:
        searcher = index._current_searcher()
        plan = Compiler(searcher, index._view).plan(parse_query('"vault hierarchy"').root)
    assert plan.scored is not None and not rankable(plan.scored)


def test_the_library_search_ranks_by_score(library: Library) -> None:
    results = library.search("vault note", limit=5)
    assert results.total > 5 and len(results.hits) == 5
    scores = [hit.score for hit in results.hits]
    assert scores == sorted(scores, reverse=True) and scores[0] > 0

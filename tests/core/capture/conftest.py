"""Capture fixtures: a real HTTP server on 127.0.0.1 serving the benchmark articles (copied to a
temp dir from ../shared/data/articles, scrapinghub/article-extraction-benchmark, MIT) and
awkward answers; a second one on 127.0.0.2 stands for a private address."""

from __future__ import annotations

import json
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from shared_data import missing_shared_data

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO / "tests" / "bench"))  # the server is shared with bench_extract.py

from article_server import ARTICLES, ArticleServer  # noqa: E402


@pytest.fixture(scope="session")
def articles_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not (ARTICLES / "ground-truth.json").exists():
        missing_shared_data(ARTICLES)
    dest = tmp_path_factory.mktemp("articles")
    shutil.copytree(ARTICLES / "html", dest / "html")
    shutil.copy(ARTICLES / "ground-truth.json", dest / "ground-truth.json")
    return dest


@pytest.fixture(scope="session")
def ground_truth(articles_copy: Path) -> dict[str, dict[str, str]]:
    data: dict[str, dict[str, str]] = json.loads(
        (articles_copy / "ground-truth.json").read_text("utf-8")
    )
    return data


@pytest.fixture
def server(articles_copy: Path) -> Iterator[ArticleServer]:
    with ArticleServer(articles_copy / "html") as running:
        yield running


@pytest.fixture
def private_server() -> Iterator[ArticleServer]:
    """A server on 127.0.0.2, the private address that redirects try to reach."""
    with ArticleServer(host="127.0.0.2") as running:
        running.add("/secret", "<p>secret</p>")
        yield running

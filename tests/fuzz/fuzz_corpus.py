"""The fuzz suite's shared parts: the regression corpus (issue 10's reproducers, kept so that
each can never come back) and the count of cases every fuzz test ran."""

from __future__ import annotations

import os
from collections import Counter

from hypothesis import HealthCheck, settings

CASES: Counter[str] = Counter()
"""Examples run per fuzz test; the suite's conftest prints the totals."""


def fuzz(examples: int) -> settings:
    """Settings for one fuzz test: a fixed number of examples, so the suite keeps its budget."""
    return settings(
        max_examples=examples,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
        database=None,  # the same budget every run; a failure prints its reproducer
        # CI runs one fixed sequence (a red build always reproduces); local runs explore anew.
        derandomize="CI" in os.environ,
    )


FRONT_MATTER = [
    '---\ntitle: "bad \\uD800 title"\n---\nbody\n',
    "---\nx: !!int _\n---\nbody\n",
    '---\n"k\\udc00": 1\ntags: ["\\ud800", "\\uD83D\\uDE00"]\n---\n',
    "---\nwhen: !!timestamp 2026-01-01\nl: !!set {a: 1}\np: !!python/object:os.system x\n---\n",
    "---\ncreated: 9999-12-31T23:59:59+00:00\nupdated: 0001-01-01T00:00:00+05:00\n---\n",
    "---\nk: :\n---\n",
    "---\na: &x [*x]\n---\n",
]
MARKDOWN = [
    "[![[" * 2000,
    "[" * 5000,
    "![" * 3000,
    "^[" * 3000,
    "[![[x]] " * 500,
    "> " * 200 + "deep",
    "- " * 300 + "deep",
    "&#xD800; &#0; &#x110000;",
]
HTML = [
    "<div>" * 495 + "deep" + "</div>" * 495,
    "<ul><li>" * 248 + "deep" + "</li></ul>" * 248,
    "<table><tr><td>" * 111 + "deep" + "</td></tr></table>" * 111,
]
JSON_TITLES = ['"bad \\ud800 title"', '"\\udfff"', '"\\uD83D\\uDE00"']
DATES = ["9999-12-31T23:59:59Z", "99991231T235959Z", "253402300799000000", "0001-01-01T00:00:00Z"]

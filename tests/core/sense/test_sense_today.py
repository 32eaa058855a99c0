"""Today's summary on a real vault: one read of the vault says what the four listings say,
and the same summary comes back from a process of its own (core/chores.py)."""

from __future__ import annotations

import functools
import tarfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sense_fixtures import NOW

from ponder.core.chores import ChoreFailed, Chores, place_of
from ponder.core.library import Library
from ponder.core.model import NotePath
from ponder.core.sense import inbox, questions, review, today
from shared_data import shared_data

PER_DAY = 20
# Notes a Ponder user adds to a vault written elsewhere: captures, questions, highlights,
# reflections, a graded unit. Written as files, as another tool (or a sync) would.
OWN_NOTES = {
    "inbox/quick.md": "Read about spaced repetition\n",
    "clips/deep.md": (
        "---\ntitle: Deep work\nkind: clip\nstatus: unprocessed\n"
        "source: {url: 'https://example.org/deep', site: example.org}\n"
        "created: 2026-11-30T10:00:00+00:00\n---\n"
        "## From the page\n\nDeep work needs ==long stretches of attention==.\n"
    ),
    "clips/kept.md": (
        "---\ntitle: Kept\nkind: clip\nprocessed: 2026-12-01\n"
        "source: {url: 'https://example.org/kept'}\n---\nOld ==highlight==.\n"
    ),
    "notes/why.md": "---\nkind: question\nstatus: open\ntitle: Why do notes rot?\n---\n",
    "notes/asked.md": "---\nkind: question\nstatus: asked\ntitle: Who reads this?\n---\n",
    "notes/done.md": "---\nkind: question\nstatus: answered\ntitle: Solved\n---\n",
    "notes/thinking.md": (
        "# Thinking\n\nA ==marked line== here.\n\n## Reflections\n\n- 2026-12-01: it holds up\n"
    ),
    "notes/no-front-question.md": "Just the word question in a plain note.\n",
}


def _extract(archive: Path, into: Path) -> None:
    with tarfile.open(archive) as tar:
        members = [m for m in tar.getmembers() if m.isfile() and m.name.endswith(".md")]
        tar.extractall(into, members=members, filter="data")


@pytest.fixture(scope="module")
def real_library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    """The Dendron site (1,017 notes with front matter) plus OWN_NOTES, indexed."""
    base = tmp_path_factory.mktemp("today")
    root = base / "vault"
    _extract(shared_data("corpora", "dendron-site.tar.gz"), root)
    for path, text in OWN_NOTES.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(text, encoding="utf-8")
    library = Library.open(root, base / "cache")
    library.reconcile()
    held = review.all_due(library, NOW)
    review.grade(library, held[0].unit, "good", NOW)  # one unit was done today
    yield library
    library.close()


def test_one_read_of_the_vault_says_what_each_listing_says(real_library: Library) -> None:
    facts = today.summary(real_library, NOW, PER_DAY)
    assert facts.due == tuple(review.today(real_library, NOW, PER_DAY))
    assert facts.inbox == len(inbox.items(real_library))
    waiting = [q for q in questions.listing(real_library) if q.status != "answered"]
    assert list(facts.questions) == waiting
    # the vault holds some of each, so the comparisons above compare something
    assert len(facts.due) >= 3
    assert facts.inbox >= 2
    assert {q.path for q in facts.questions} >= {NotePath("notes/why.md"), "notes/asked.md"}


def test_a_chore_process_returns_the_summary_read_here(real_library: Library) -> None:
    place = place_of(real_library)
    assert place is not None
    job = functools.partial(today.summary, now=NOW, per_day=PER_DAY)
    assert Chores().run(place, job) == today.summary(real_library, NOW, PER_DAY)


def test_a_chore_raises_here_what_it_raised_there(real_library: Library) -> None:
    place = place_of(real_library)
    assert place is not None
    with pytest.raises(questions.QuestionError, match="status is one of"):
        Chores().run(place, functools.partial(questions.listing, status="someday"))


def test_stopping_ends_a_running_chore_and_refuses_new_ones(real_library: Library) -> None:
    place = place_of(real_library)
    assert place is not None
    chores = Chores()
    failures: list[BaseException] = []

    def run() -> None:
        try:
            chores.run(place, functools.partial(today.summary, now=NOW, per_day=PER_DAY))
        except ChoreFailed as exc:
            failures.append(exc)

    worker = threading.Thread(target=run)
    worker.start()
    while not chores._running and worker.is_alive():  # the child has started
        threading.Event().wait(0.01)
    chores.stop()
    worker.join(30)
    assert [type(f) for f in failures] == [ChoreFailed]
    with pytest.raises(ChoreFailed, match="closing"):
        chores.run(place, inbox.items)

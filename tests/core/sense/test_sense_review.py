"""The daily review: FSRS schedules kept in front matter, due units, grades, snooze, retire."""

from __future__ import annotations

import re
import shutil
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sense_fixtures import NOW

from ponder.core import frontmatter
from ponder.core.library import Library
from ponder.core.model import Kind, NotePath
from ponder.core.sense import review, units

CLIP = (
    "---\ntitle: Deep work\nkind: clip\n# a comment the person wrote\n"
    "source: {url: 'https://example.org/deep', site: example.org}\n---\n"
    "Deep work needs ==long stretches of attention== %%mornings%%.\n\n"
    "Shallow work ==fills the gaps==.\n"
)


def _write(library: Library, path: str, text: str) -> NotePath:
    library.save(NotePath(path), text, expected=None)
    return NotePath(path)


def test_units_are_highlights_reflections_and_open_questions(library: Library) -> None:
    clip = _write(library, "clips/deep.md", CLIP)
    library.save(
        NotePath("notes/q.md"),
        "---\nkind: question\nstatus: open\ntitle: Why?\n---\n",
        expected=None,
    )
    library.save(
        NotePath("notes/done.md"), "---\nkind: question\nstatus: answered\n---\n", expected=None
    )
    due = review.today(library, NOW, 10)
    assert [(d.unit.kind, d.unit.text) for d in due] == [
        ("highlight", "long stretches of attention"),
        ("highlight", "fills the gaps"),
        ("question", "Why?"),
    ]
    assert due[0].unit.comment == "mornings"
    assert due[0].unit.source is not None and due[0].unit.source.site == "example.org"
    assert due[0].unit.path == clip and due[0].schedule is None


def test_a_day_holds_at_most_the_daily_number(library: Library) -> None:
    body = "".join(f"==idea number {n}==\n\n" for n in range(8))
    _write(library, "notes/many.md", body)
    assert len(review.today(library, NOW, 5)) == 5
    for item in review.today(library, NOW, 5)[:3]:
        review.grade(library, item.unit, "good", NOW)
    assert len(review.today(library, NOW, 5)) == 2  # three were done today
    tomorrow = NOW + timedelta(days=1)
    assert len(review.today(library, tomorrow, 5)) == 5


def _interval(schedule: review.Schedule) -> timedelta:
    return schedule.due - schedule.reviewed


def test_a_simulated_120_days_follows_fsrs(library: Library) -> None:
    """Intervals grow while graded good, shrink after again, and grow faster with easy."""
    path = _write(library, "notes/sim.md", "==spaced repetition works==\n")
    unit = review.units_of(library.read(path))[0]
    day, end = NOW, NOW + timedelta(days=120)
    intervals: list[tuple[str, timedelta]] = []
    plan = ["good"] * 3 + ["again"] + ["good"] * 2
    while day < end and plan:
        due = [d for d in review.today(library, day, 5) if d.unit.key == unit.key]
        if due:
            grade = plan.pop(0)
            schedule, _ = review.grade(library, unit, grade, day)
            intervals.append((grade, _interval(schedule)))
        day += timedelta(days=1)
    assert not plan, f"only {len(intervals)} reviews fell within 120 days: {intervals}"
    goods = [i for _g, i in intervals[:3]]
    assert goods[0] < goods[1] < goods[2]  # 2, 11, 46 days with FSRS-6's default weights
    again = intervals[3][1]
    assert again < goods[0] * 2 and again < goods[2]
    assert again < intervals[4][1] < intervals[5][1]
    # easy grows the interval more than good from the same state
    state = review.Schedule.from_front(
        frontmatter.read(library.vault.read(path)[0])[0]["review"][unit.key]  # type: ignore[index]
    )
    later = NOW + timedelta(days=200)
    assert _interval(review.next_schedule(state, "easy", later)) > _interval(
        review.next_schedule(state, "good", later)
    )


def test_schedules_survive_deleting_the_index(library: Library, tmp_path: Path) -> None:
    path = _write(library, "clips/deep.md", CLIP)
    for item in review.today(library, NOW, 5):
        review.grade(library, item.unit, "good", NOW)
    before = {u.key: s for u, s in _scheduled(library)}
    assert len(before) == 2
    library.close()
    shutil.rmtree(tmp_path / "cache")
    reopened = Library.open(library.vault.root, tmp_path / "cache")
    try:
        reopened.reconcile()
        assert {u.key: s for u, s in _scheduled(reopened)} == before
        assert review.today(reopened, NOW + timedelta(days=1), 5) == []
        assert path in reopened.index.stamps()
    finally:
        reopened.close()


def _scheduled(library: Library) -> list[tuple[review.Unit, review.Schedule]]:
    found = []
    for entry in library.vault.scan():
        note = library.read(entry.path)
        kept = review.schedules(note)
        found += [(u, kept[u.key]) for u in review.units_of(note) if u.key in kept]
    return found


def test_editing_whitespace_keeps_the_history(library: Library) -> None:
    path = _write(library, "notes/w.md", "Text ==long stretches of attention== end.\n")
    unit = review.today(library, NOW, 5)[0].unit
    review.grade(library, unit, "good", NOW)
    text, stamp = library.vault.read(path)
    library.save(path, text.replace("stretches of", "stretches\n  of"), expected=stamp)
    (moved,) = review.units_of(library.read(path))
    assert moved.key == unit.key
    assert unit.key in review.schedules(library.read(path))


def test_snooze_and_retire(library: Library) -> None:
    _write(library, "notes/s.md", "==first== and ==second==\n")
    first, second = (d.unit for d in review.today(library, NOW, 5))
    review.snooze(library, first, NOW, days=3)
    review.retire(library, second, NOW)
    assert review.today(library, NOW + timedelta(days=1), 5) == []
    (back,) = review.today(library, NOW + timedelta(days=3), 5)
    assert back.unit.key == first.key
    assert review.today(library, NOW + timedelta(days=400), 5)[0].unit.key == first.key
    schedule, _ = review.grade(library, first, "good", NOW + timedelta(days=3))
    assert schedule.reps == 1  # a snooze is not a review


def test_find_by_key_prefix_and_clear_errors(library: Library) -> None:
    _write(library, "notes/f.md", "==alpha==\n")
    key = units.unit_key("alpha")
    assert review.find(library, key[:5]).text == "alpha"
    with pytest.raises(review.ReviewError, match="4 characters"):
        review.find(library, key[:2])
    with pytest.raises(review.ReviewError, match="No highlight"):
        review.find(library, "zzzzzzzz")
    with pytest.raises(review.ReviewError, match="again, hard, good or easy"):
        review.grade(library, review.find(library, key), "meh", NOW)


def test_a_broken_review_key_is_refused_and_nothing_changes(library: Library) -> None:
    text = "---\nreview: not a mapping\n---\n==alpha==\n"
    path = _write(library, "notes/b.md", text)
    with pytest.raises(review.ReviewError, match="not a mapping"):
        review.grade(library, review.find(library, units.unit_key("alpha")), "good", NOW)
    assert library.vault.read(path)[0] == text


# A highlight lives inside one paragraph: no blank line (or line of spaces) within it.
_words = st.text(st.sampled_from("abc xyz\n"), min_size=1, max_size=12).filter(
    lambda s: s.strip() and not re.search(r"\n[ \t]*\n", s)
)


@settings(max_examples=25, deadline=None)
@given(
    highlights=st.lists(_words, min_size=1, max_size=4, unique_by=lambda s: " ".join(s.split())),
    grades=st.lists(st.sampled_from(sorted(review.GRADES)), min_size=1, max_size=4),
    front=st.sampled_from(["", "---\ntitle: 'Kept: exactly'\n# comment\ntags: [a,  b]\n---\n"]),
)
def test_grading_and_editing_change_no_other_byte(
    highlights: list[str], grades: list[str], front: str
) -> None:
    # a fresh index per example: hypothesis seeds `random`, which names Whoosh's segments
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "vault"
        root.mkdir()
        with Library.open(root, Path(tmp) / "cache") as library:
            _grade_and_edit(library, highlights, grades, front)


def _grade_and_edit(library: Library, highlights: list[str], grades: list[str], front: str) -> None:
    body = "Intro line.\n\n" + "\n\n".join(f"x =={h.strip()}== y" for h in highlights) + "\n"
    text = front + body
    path = _write(library, "notes/prop.md", text)
    when = NOW
    for n, grade in enumerate(grades):
        unit = review.units_of(library.read(path))[n % len(highlights)]
        review.grade(library, unit, grade, when)
        when += timedelta(days=1)
        after = library.vault.read(path)[0]
        assert frontmatter.split(after).body == body  # the body is untouched
        if front:  # every original front-matter line is still there, as written
            assert after.startswith(front[: -len("---\n")])
        new_front = frontmatter.read(after)[0]
        assert {k: v for k, v in new_front.items() if k != "review"} == frontmatter.read(text)[0]
    # re-wrapping a highlight (whitespace only) keeps its schedule
    kept = review.schedules(library.read(path))
    after, stamp = library.vault.read(path)
    first = highlights[0].strip()
    rewrapped = "\n".join(first.split()) if " " in first else first
    library.save(path, after.replace(f"=={first}==", f"=={rewrapped}==", 1), expected=stamp)
    keys = {u.key for u in review.units_of(library.read(path))}
    assert set(kept) <= keys
    assert review.schedules(library.read(path)) == kept


def test_schedule_round_trips_through_front_matter() -> None:
    schedule = review.Schedule(
        due=datetime(2026, 12, 6, 9, tzinfo=UTC),
        stability=2.3065,
        difficulty=2.1181,
        reviewed=datetime(2026, 12, 4, 9, tzinfo=UTC),
        reps=1,
    )
    text = frontmatter.update("body\n", {"review": {"00000001": schedule.to_front()}})
    assert review.Schedule.from_front(frontmatter.read(text)[0]["review"]["00000001"]) == schedule  # type: ignore[index]
    assert review.Schedule.from_front({"due": "soon"}) is None
    assert Kind.QUESTION.value == "question"

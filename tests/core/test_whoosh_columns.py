"""The compact columns answer path prefixes, names, dates and sorts as a plain model of the
notes does, across several segments with updated and removed notes."""

from __future__ import annotations

import tempfile
from datetime import datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ponder.core.index import IndexDoc, WhooshIndex
from ponder.core.model import FileStamp, Kind, NotePath
from ponder.core.query import Sort

EPOCH = datetime(2025, 1, 1)
folders = st.sampled_from(["", "Notes/", "notes/", "Straße/", "ÉTÉ/", "été/sub/", "a/"])
names = st.text("abcXYZéß-", min_size=1, max_size=6)
days = st.none() | st.integers(0, 400) | st.sampled_from([30, 31, 151, 152])  # range edges


@st.composite
def notes(draw: st.DrawFn) -> dict[str, tuple[str, tuple[str, ...], int | None]]:
    """path → (title, aliases, day of its `updated` date)."""
    paths = draw(st.lists(st.builds(lambda f, n: f"{f}{n}.md", folders, names), max_size=12))
    return {
        path: (draw(names), tuple(draw(st.lists(names, max_size=2))), draw(days)) for path in paths
    }


def _doc(path: str, title: str, aliases: tuple[str, ...], day: int | None) -> IndexDoc:
    when = EPOCH + timedelta(days=day) if day is not None else None
    stamp = FileStamp(1, 1, f"{path}-{title}")
    return IndexDoc(NotePath(path), title, Kind.NOTE, stamp, "word", aliases=aliases, updated=when)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(notes(), min_size=1, max_size=4), st.data())
def test_columns_agree_with_a_model_across_segments(
    commits: list[dict[str, tuple[str, tuple[str, ...], int | None]]], data: st.DataObject
) -> None:
    model: dict[str, tuple[str, tuple[str, ...], int | None]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        index = WhooshIndex.open(Path(tmp) / "ix")
        try:
            for batch in commits:  # one commit each: one segment each (until merged)
                removed = (
                    data.draw(st.lists(st.sampled_from(sorted(model)), max_size=2)) if model else []
                )
                index.apply([_doc(p, *v) for p, v in batch.items()], [NotePath(p) for p in removed])
                for path in removed:
                    model.pop(path, None)
                model.update(batch)
                _check(
                    index,
                    model,
                    data.draw(
                        st.sampled_from(["", "n", "NOTES/", "strasse", "été/", "ÉTÉ/SUB", "a/"])
                    ),
                )
        finally:
            index.close()


def _check(
    index: WhooshIndex, model: dict[str, tuple[str, tuple[str, ...], int | None]], prefix: str
) -> None:
    everything = len(model) + 1
    assert sorted(index.names()) == sorted((p, t, a) for p, (t, a, _d) in model.items())
    found = {
        h.path for h in index.search(f"path:{prefix}" if prefix else "", limit=everything).hits
    }
    assert found == {p for p in model if p.casefold().startswith(prefix.casefold())}
    newest = [h.path for h in index.search("", sort=Sort.UPDATED, limit=everything).hits]
    dated = sorted((d for _t, _a, d in model.values() if d is not None), reverse=True)
    assert [model[p][2] for p in newest] == dated + [None] * (len(model) - len(dated))
    titles = [h.path for h in index.search("", sort=Sort.TITLE, limit=everything).hits]
    assert [model[p][0].casefold() for p in titles] == sorted(
        t.casefold() for t, _a, _d in model.values()
    )
    in_range = {
        h.path for h in index.search("updated:2025-02-01..2025-06-01", limit=everything).hits
    }
    assert in_range == {
        p for p, (_t, _a, d) in model.items() if d is not None and 31 <= d <= 151
    }  # both days in

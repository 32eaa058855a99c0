"""Property tests for the importers' date parsers, URL keys, tags and CSV reader."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from ponder.core.capture.importers import dates
from ponder.core.capture.importers.links import Rejected, clean_tags
from ponder.core.capture.importers.sources import csv_rows
from ponder.core.urls import page_key

MOMENTS = st.datetimes(
    min_value=datetime(1974, 1, 1), max_value=datetime(4999, 12, 31), timezones=st.just(UTC)
).map(lambda d: d.replace(microsecond=0))


@given(MOMENTS)
def test_enex_timestamps_round_trip(moment: datetime) -> None:
    assert dates.from_enex(moment.strftime("%Y%m%dT%H%M%SZ")) == moment


@given(MOMENTS, st.sampled_from([1, 1000, 1_000_000]), st.booleans())
def test_epochs_in_seconds_milliseconds_and_microseconds_mean_the_same_moment(
    moment: datetime, scale: int, as_text: bool
) -> None:
    value = int(moment.timestamp()) * scale
    assert dates.from_epoch(str(value) if as_text else value) == moment


@given(MOMENTS)
def test_webkit_and_iso_times_round_trip(moment: datetime) -> None:
    webkit = int((moment - datetime(1601, 1, 1, tzinfo=UTC)).total_seconds()) * 1_000_000
    assert dates.from_webkit(str(webkit)) == moment
    assert dates.from_iso(moment.isoformat().replace("+00:00", "Z")) == moment


@given(st.one_of(st.text(), st.integers(), st.floats(), st.none(), st.booleans()))
def test_date_parsers_never_raise_and_stay_in_range(value: object) -> None:
    for parse in (dates.from_epoch, dates.from_webkit, dates.from_enex, dates.from_iso):
        parsed = parse(value)
        assert parsed is None or (parsed.tzinfo is not None and 1970 <= parsed.year <= 9999)


@given(st.text())
def test_page_keys_are_stable_and_only_for_web_addresses(text: str) -> None:
    key = page_key(text)
    if key is not None:
        assert key.startswith("https://") and page_key(key) == key


@given(st.lists(st.text()))
def test_clean_tags_are_trimmed_unique_and_idempotent(values: list[str]) -> None:
    tags = clean_tags(values)
    assert clean_tags(tags) == tags
    assert all(t and not t.startswith("#") and " " not in t for t in tags)
    assert len({t.casefold() for t in tags}) == len(tags)


CELLS = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=40)


@given(st.lists(st.tuples(CELLS, CELLS, CELLS), max_size=20))
def test_csv_rows_read_back_what_a_csv_writer_wrote(rows: list[tuple[str, str, str]]) -> None:
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(["URL", "Title", "Extra"])
    writer.writerows(rows)
    read = list(csv_rows(out.getvalue(), ("url",)))
    assert not any(isinstance(r, Rejected) for r in read)
    expected = [dict(zip(("url", "title", "extra"), r, strict=True)) for r in rows]
    assert read == [e for e in expected if any(v.strip() for v in e.values())]


@given(st.text(max_size=300))
def test_csv_rows_never_raise_on_any_text_after_a_good_header(text: str) -> None:
    for row in csv_rows("url,title\n" + text, ("url",)):
        assert isinstance(row, Rejected | dict)

"""The timestamps export files use: Unix epochs in s/ms/µs, WebKit µs, ENEX, ISO 8601."""

from __future__ import annotations

import math
import re
from datetime import UTC, datetime, timedelta

_FIRST_YEAR = 1970
_LAST_YEAR = 9998
"""Not 9999: 9999-12-31 23:00 UTC is already year 10000 in Tokyo, and every note's dates are
shown (and written) in local time."""
_MS_FLOOR = 10**11  # an epoch above this is in milliseconds (seconds would be after year 5000)
_US_FLOOR = 10**14  # ... and above this in microseconds
_UNIX_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_WEBKIT_EPOCH = datetime(1601, 1, 1, tzinfo=UTC)
_ENEX = re.compile(r"(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z?")


def from_epoch(value: object) -> datetime | None:
    """A Unix time in seconds, milliseconds or microseconds (guessed by size); None if unusable.

    Netscape bookmark files from different tools use all three (linkding's test file does).
    Zero and negative values mean "unknown" in these exports.
    """
    number = _number(value)
    if number is None or number <= 0:
        return None
    if number >= _US_FLOOR:
        number /= 1_000_000
    elif number >= _MS_FLOOR:
        number /= 1000
    return _after(_UNIX_EPOCH, number)


def from_webkit(value: object) -> datetime | None:
    """Chrome's bookmark time: microseconds since 1601-01-01 UTC."""
    number = _number(value)
    if number is None or number <= 0:
        return None
    return _after(_WEBKIT_EPOCH, number / 1_000_000)


def from_enex(value: object) -> datetime | None:
    """Evernote's `20130730T205204Z` (always UTC)."""
    if not isinstance(value, str):
        return None
    match = _ENEX.fullmatch(value.strip())
    if match is None:
        return None
    try:
        year, month, day, hour, minute, second = (int(g) for g in match.groups())
        return _checked(datetime(year, month, day, hour, minute, second, tzinfo=UTC))
    except ValueError:
        return None


def from_iso(value: object) -> datetime | None:
    """ISO 8601 text (`2016-10-31T15:57:56Z`); a time without an offset is taken as UTC."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return _checked(parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC))


def _number(value: object) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        number = float(value)
    elif isinstance(value, str):
        try:
            number = float(value.strip())
        except ValueError:
            return None
    else:
        return None
    return number if math.isfinite(number) and number < 1e18 else None


def _after(epoch: datetime, seconds: float) -> datetime | None:
    try:
        return _checked(epoch + timedelta(seconds=seconds))
    except OverflowError:
        return None


def _checked(when: datetime) -> datetime | None:
    """`when` to the second, or None outside the years a real export can mean."""
    if not _FIRST_YEAR <= when.year <= _LAST_YEAR:
        return None
    return when.replace(microsecond=0)

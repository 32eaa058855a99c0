"""Dates and times as the person's locale writes them (QLocale), never in a hand-made order."""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

SHORT = QLocale.FormatType.ShortFormat
_YEAR = re.compile(r"^[^dM]*y+[^dM]*|[^dM]*y+[^dM]*$")
"""The year of a date format and the separator beside it, at the start or the end."""


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def qmoment(at: datetime) -> QDateTime:
    """The moment as Qt's local date-time (an aware datetime keeps its instant)."""
    return QDateTime.fromSecsSinceEpoch(int(at.timestamp()))


def _chosen(locale: QLocale | None) -> QLocale | None:
    """The locale to write in; None for the C locale (LANG=C, as on servers and in CI), whose
    short format "d MM yyyy" reads "4 12 2026": ISO 8601 is written there instead."""
    chosen = locale or QLocale()
    return None if chosen.language() == QLocale.Language.C else chosen


def short_date(day: date, locale: QLocale | None = None) -> str:
    """ "04.12.26", "12/4/26": the locale's short date."""
    chosen = _chosen(locale)
    return chosen.toString(qdate(day), SHORT) if chosen else day.isoformat()


def short_day(day: date, locale: QLocale | None = None) -> str:
    """The short date without its year ("04.12", "12/4"), for a date in this year."""
    chosen = _chosen(locale)
    if chosen is None:
        return day.isoformat()
    format_ = _YEAR.sub("", chosen.dateFormat(SHORT)) or chosen.dateFormat(SHORT)
    return chosen.toString(qdate(day), format_)


def short_moment(at: datetime, locale: QLocale | None = None) -> str:
    """ "04.12.26 14:05", "12/4/26 2:05 PM": the locale's short date and time."""
    chosen = _chosen(locale)
    if chosen is None:
        return f"{at.astimezone():%Y-%m-%d %H:%M}"
    return chosen.toString(qmoment(at), SHORT)


def short_time(at: datetime, locale: QLocale | None = None) -> str:
    """ "14:05", "2:05 PM": the locale's short time."""
    chosen = _chosen(locale)
    if chosen is None:
        return f"{at:%H:%M}"
    return chosen.toString(QTime(at.hour, at.minute), SHORT)


def long_date(day: date, locale: QLocale | None = None) -> str:
    """ "Freitag, 4. Dezember 2026", "Friday, December 4, 2026": the locale's long date."""
    chosen = _chosen(locale) or QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return chosen.toString(qdate(day), QLocale.FormatType.LongFormat)

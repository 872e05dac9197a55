"""Reading the cells of app exports: numbers, dates, durations, units. Never guessing."""

from __future__ import annotations

import datetime as dt
import functools
import math
import re

from ..errors import ParseError
from ..units import Unit

__all__ = [
    "RowError",
    "parse_clock",
    "parse_date",
    "parse_datetime",
    "parse_duration",
    "parse_float",
    "parse_int",
    "parse_unit",
]


class RowError(Exception):
    """A cell that makes its row unusable; the importer skips the row with this reason."""


def blank(text: str) -> bool:
    return not text.strip()


def parse_float(text: str, column: str, *, decimal_comma: bool = False) -> float | None:
    """A number cell; ``None`` when blank.

    Raises:
        RowError: the cell is not a finite number.
    """
    value = text.strip()
    if not value:
        return None
    if decimal_comma and "," in value and "." not in value:
        value = value.replace(",", ".")
    try:
        number = float(value)
    except ValueError:
        raise RowError(f"{column} {text.strip()!r} is not a number") from None
    if not math.isfinite(number):
        raise RowError(f"{column} {text.strip()!r} is not a finite number")
    return number


def parse_int(text: str, column: str) -> int | None:
    """A whole-number cell (``5`` or ``5.0``); ``None`` when blank.

    Raises:
        RowError: the cell is not a whole number.
    """
    number = parse_float(text, column)
    if number is None:
        return None
    if not number.is_integer():
        raise RowError(f"{column} {text.strip()!r} is not a whole number")
    return int(number)


def parse_unit(text: str, column: str) -> Unit | None:
    """A unit cell (``kg``, ``kgs``, ``lbs`` ...); ``None`` when blank.

    Raises:
        RowError: the unit is unknown.
    """
    if blank(text):
        return None
    try:
        return Unit.parse(text)
    except ParseError:
        raise RowError(f"{column} {text.strip()!r} is not a unit (expected kg or lb)") from None


_NAIVE_FORMATS = (
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d %I:%M:%S %p",
    "%Y-%m-%d %I:%M %p",
    "%d %b %Y, %H:%M",
    "%d %b %Y, %I:%M %p",
    "%d %B %Y, %H:%M",
    "%d %B %Y, %I:%M %p",
    "%b %d, %Y, %H:%M",
    "%b %d, %Y, %I:%M %p",
    "%b %d, %Y %I:%M %p",
)


def parse_datetime(text: str, column: str) -> dt.datetime:
    """A date and time as the apps write it, 24- or 12-hour.

    ISO 8601 (with or without an offset), ``30 Jun 2025, 19:56`` or ``2024-01-15 7:30 PM``.

    The result is naive when the text has no offset (the caller decides the zone).

    Raises:
        RowError: blank or unreadable.
    """
    value = " ".join(text.split())
    if not value:
        raise RowError(f"{column} is blank")
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        pass
    for pattern in _NAIVE_FORMATS:
        try:
            return dt.datetime.strptime(value, pattern)
        except ValueError:
            continue
    raise RowError(f"{column} {text.strip()!r} is not a date and time this importer reads")


def parse_date(text: str, column: str) -> dt.date:
    """A day (``2024-04-01``), or the day of a date and time.

    Raises:
        RowError: blank or unreadable.
    """
    value = text.strip()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        pass
    return parse_datetime(text, column).date()


_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?)\s*(h|m|s)", re.IGNORECASE)
_DURATION = re.compile(r"^(?:\s*\d+(?:\.\d+)?\s*[hms]\s*)+$", re.IGNORECASE)
_CLOCK = re.compile(r"^(?:(\d+):)?(\d{1,2}):(\d{2}(?:\.\d+)?)$")


@functools.lru_cache(maxsize=1024)
def parse_duration(text: str) -> float | None:
    """Seconds from ``1h 43m``, ``55m``, ``90s``, ``1:02:03`` or a number of seconds.

    Returns ``None`` when blank or unreadable (the caller keeps the text).
    """
    value = text.strip()
    if not value:
        return None
    try:
        number = float(value)
    except ValueError:
        pass
    else:
        return number if math.isfinite(number) and number >= 0 else None
    if _DURATION.match(value):
        scale = {"h": 3600.0, "m": 60.0, "s": 1.0}
        return sum(float(n) * scale[u.lower()] for n, u in _DURATION_PART.findall(value))
    return parse_clock(value)


def parse_clock(text: str) -> float | None:
    """Seconds from ``h:mm:ss`` or ``mm:ss``; ``None`` when not that form."""
    match = _CLOCK.match(text.strip())
    if match is None:
        return None
    hours, minutes, seconds = match.groups()
    return int(hours or 0) * 3600.0 + int(minutes) * 60.0 + float(seconds)


_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slug(text: str, max_length: int) -> str:
    """Lower-case words joined by ``-`` (ASCII letters and digits only), at most ``max_length``."""
    words = _NOT_SLUG.sub("-", text.lower()).strip("-")
    return words[:max_length].strip("-")

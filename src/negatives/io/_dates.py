"""Dates and times as apps write them, read by one rule per file; local times placed in a zone.

Forms read without any option (12- or 24-hour clock, seconds optional, an optional zone ``Z``,
``UTC``, ``GMT`` or ``+01:00`` after the time):

- ISO 8601: ``2024-01-15``, ``2024-01-15 10:30``, ``2024-01-15T10:30:00Z``,
  ``2024-01-15T10:30:00+01:00``, also ``2024/01/15 7:30 PM``;
- a named month: ``15 Jan 2024 10:30``, ``30 Jun 2025, 19:56``, ``Jan 15, 2024 10:30 AM``,
  ``January 15 2024``.

Numeric dates with the year last (``03/04/2024``) are day/month or month/day. The order is
decided **once per file** from the data: a first number over 12 means day first, a second
number over 12 month first. Until a value settles it, the importer reads ahead (buffering the
rows in between); a file in which nothing settles it is refused with an error that names the
``date_format`` option: ``"dmy"``, ``"mdy"``, or a `datetime.strptime` pattern such as
``"%d.%m.%Y %H:%M"`` (then every date cell is read with that pattern, and nothing else).

Each cell costs one ISO parse or at most three regular-expression matches, so a file of bad
dates is read as fast as a file of good ones (the issue that motivated this: each bad date
used to be tried against eleven ``strptime`` patterns).

Local times across a daylight-saving change follow PEP 495's ``fold=0`` rule, the convention
of `zoneinfo` and of dateutil's ``resolve_imaginary``:

- a time that occurs twice (clocks went back) is the **first** occurrence, the one before the
  change; it keeps its UTC offset as a fixed offset (`datetime.timezone`), because a time in a
  repeated hour under a zone name does not survive a round trip through ISO text;
- a time that does not exist (clocks went forward) is shifted forward by the gap: ``02:30`` on
  a night when 02:00 became 03:00 is read as ``03:30``, the instant it would be without the
  change.

Both are noted in the import report.
"""

from __future__ import annotations

import datetime as dt
import re

import attrs

from ..errors import ParseError
from ._values import RowError

__all__ = ["DateFormat", "DateReader", "date_option", "localize", "settle"]

_ORDERS = ("dmy", "mdy")


@attrs.frozen
class DateFormat:
    """The ``date_format`` option: a day/month order, or a strptime pattern."""

    order: str | None = None
    pattern: str | None = None

    @property
    def date_only(self) -> bool:
        """Whether the pattern reads a day without a time."""
        return self.pattern is not None and not any(
            code in self.pattern for code in ("%H", "%I", "%M", "%S", "%X", "%c", "%T", "%R")
        )


def date_option(value: object) -> DateFormat | None:
    """The ``date_format`` argument, checked.

    Raises:
        TypeError: not a string.
        ParseError: neither ``"dmy"``/``"mdy"`` nor a strptime pattern.
    """
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError(
            f"date_format must be 'dmy', 'mdy' or a strptime pattern, got {type(value).__name__}"
        )
    text = value.strip()
    if text.lower() in _ORDERS:
        return DateFormat(order=text.lower())
    if "%" in text:
        sample = dt.datetime(2001, 2, 3, 4, 5, 6)
        try:
            dt.datetime.strptime(sample.strftime(text), text)
        except ValueError:
            raise ParseError(
                f"date_format {value!r} is not a strptime pattern that reads back what it "
                "writes (e.g. '%d.%m.%Y %H:%M')"
            ) from None
        return DateFormat(pattern=text)
    raise ParseError(
        f"date_format {value!r}: expected 'dmy' (day first, 15/01/2024), 'mdy' (month first, "
        "01/15/2024) or a strptime pattern like '%d.%m.%Y %H:%M'"
    )


_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}

_TIME = (
    r"(?:(?:\s*,\s*|\s+|T)(?P<H>[0-9]{1,2}):(?P<M>[0-9]{2})"
    r"(?::(?P<S>[0-9]{2})(?:[.,](?P<F>[0-9]{1,6}))?)?"
    r"(?:\s*(?P<P>[AaPp])\.?\s?[Mm]\.?)?"
    r"(?:\s*(?P<Z>Z|UTC|GMT|[+-][0-9]{2}(?::?[0-9]{2})?))?)?"
)
_YMD = re.compile(r"(?P<y>[0-9]{4})[-/.](?P<m>[0-9]{1,2})[-/.](?P<d>[0-9]{1,2})" + _TIME)
_NAMED_DMY = re.compile(
    r"(?P<d>[0-9]{1,2})(?:st|nd|rd|th)?[\s./-]*(?P<b>[A-Za-z]{3,9})\.?[\s./,-]*(?P<y>[0-9]{4})"
    + _TIME
)
_NAMED_MDY = re.compile(
    r"(?P<b>[A-Za-z]{3,9})\.?[\s./-]*(?P<d>[0-9]{1,2})(?:st|nd|rd|th)?,?[\s./-]*(?P<y>[0-9]{4})"
    + _TIME
)
_NUMERIC = re.compile(r"(?P<a>[0-9]{1,2})[-/.](?P<c>[0-9]{1,2})[-/.](?P<y>[0-9]{4})" + _TIME)
_NUMERIC_HEAD = re.compile(r"\s*([0-9]{1,2})[-/.]([0-9]{1,2})[-/.][0-9]{4}(?![0-9])")
_ISO_DAY = re.compile(r"[0-9]{4}-?[0-9]{2}-?[0-9]{2}|[0-9]{4}-?W[0-9]{2}-?[0-9]", re.ASCII)

#: Longer cells are not dates (and are not worth a regular expression).
MAX_DATE = 64


def _zone(text: str) -> dt.tzinfo:
    if text in ("Z", "UTC", "GMT"):
        return dt.UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    minutes = int(digits[:2]) * 60 + int(digits[2:] or 0)
    return dt.timezone(sign * dt.timedelta(minutes=minutes))


def _build(year: int, month: int, day: int, match: re.Match[str]) -> dt.datetime | dt.date:
    """The date (and time, if the match has one) of a match; ValueError when out of range."""
    if match.group("H") is None:
        return dt.date(year, month, day)
    hour, minute = int(match.group("H")), int(match.group("M"))
    half = match.group("P")
    if half is not None:
        if not 1 <= hour <= 12:
            raise ValueError("12-hour clock")
        hour = hour % 12 + (12 if half in "Pp" else 0)
    fraction = match.group("F") or ""
    micro = int(fraction.ljust(6, "0")) if fraction else 0
    zone = match.group("Z")
    return dt.datetime(
        year,
        month,
        day,
        hour,
        minute,
        int(match.group("S") or 0),
        micro,
        tzinfo=_zone(zone) if zone else None,
    )


class DateReader:
    """The date and time cells of one file, read with one rule (see the module docstring)."""

    def __init__(self, option: DateFormat | None = None) -> None:
        self.pattern = option.pattern if option is not None else None
        self._date_only = option.date_only if option is not None else False
        self.order = option.order if option is not None else None
        self.given = option is not None
        #: (row, text) of the value that decided the order, when the data decided it.
        self.decided_by: tuple[int, str] | None = None
        #: (row, text) of the first value that could be read either way.
        self.ambiguous: tuple[int, str] | None = None
        # The rows of one workout repeat its date: the last cell read, and what it gave.
        self._last: tuple[str, dt.datetime | dt.date] | None = None

    @property
    def pending(self) -> bool:
        """Whether an ambiguous value was seen and nothing has decided the order yet."""
        return self.order is None and self.ambiguous is not None

    def observe(self, text: str, row: int) -> None:
        """Take a cell's evidence about the day/month order (while it is undecided)."""
        match = _NUMERIC_HEAD.match(text)
        if match is None:
            return
        first, second = int(match.group(1)), int(match.group(2))
        if 12 < first <= 31 and 1 <= second <= 12:
            self._decide("dmy", row, text)
        elif 12 < second <= 31 and 1 <= first <= 12:
            self._decide("mdy", row, text)
        elif first != second and self.ambiguous is None:
            self.ambiguous = (row, text.strip())

    def _decide(self, order: str, row: int, text: str) -> None:
        self.order = order
        self.decided_by = (row, text.strip())

    def read(self, text: str, column: str, row: int = 0) -> dt.datetime | dt.date:
        """A date and time (naive unless the cell has a zone), or a date when it has no time.

        Raises:
            RowError: blank, unreadable, out of range, or day/month undecidable.
        """
        last = self._last
        if last is not None and last[0] == text:
            return last[1]
        result = self._read(text, column, row)
        self._last = (text, result)
        return result

    def _read(self, text: str, column: str, row: int) -> dt.datetime | dt.date:
        value = " ".join(text.split())
        if not value:
            raise RowError(f"{column} is blank")
        if self.pattern is not None:
            try:
                parsed = dt.datetime.strptime(value, self.pattern)
            except ValueError:
                raise RowError(
                    f"{column} {value!r} does not match date_format {self.pattern!r}"
                ) from None
            return parsed.date() if self._date_only else parsed
        if len(value) > MAX_DATE or not value.isascii():
            raise self._unreadable(column, value)
        try:
            if _ISO_DAY.fullmatch(value):
                return dt.date.fromisoformat(value)
            if value[:4].isdigit() and len(value) > 10:
                return dt.datetime.fromisoformat(value)
        except ValueError:
            pass
        try:
            return self._other(value, column, row)
        except ValueError:
            raise RowError(f"{column} {value!r} is not a valid date and time") from None

    def _other(self, value: str, column: str, row: int) -> dt.datetime | dt.date:
        if not value[0].isdigit():
            match = _NAMED_MDY.fullmatch(value)
            if match is not None:
                return self._named(match, column, value)
            raise self._unreadable(column, value)
        match = _YMD.fullmatch(value)
        if match is not None:
            return _build(int(match["y"]), int(match["m"]), int(match["d"]), match)
        match = _NAMED_DMY.fullmatch(value)
        if match is not None:
            return self._named(match, column, value)
        match = _NUMERIC.fullmatch(value)
        if match is None:
            raise self._unreadable(column, value)
        first, second, year = int(match["a"]), int(match["c"]), int(match["y"])
        if self.order is None:
            self.observe(value, row)
        if self.order is None and first != second:
            raise RowError(
                f"{column} {value!r} could be day/month or month/day; pass date_format='dmy' "
                "or date_format='mdy'"
            )
        day, month = (first, second) if self.order in ("dmy", None) else (second, first)
        try:
            return _build(year, month, day, match)
        except ValueError:
            if self.decided_by is not None and not self.given:
                where, example = self.decided_by
                raise RowError(
                    f"{column} {value!r} is not a date in this file's {_words(self.order)} "
                    f"order (decided by row {where}, {example!r}); pass date_format= if that "
                    "is wrong"
                ) from None
            raise

    def _named(self, match: re.Match[str], column: str, value: str) -> dt.datetime | dt.date:
        month = _MONTHS.get(match["b"].lower())
        if month is None:
            raise self._unreadable(column, value)
        return _build(int(match["y"]), month, int(match["d"]), match)

    @staticmethod
    def _unreadable(column: str, value: str) -> RowError:
        return RowError(
            f"{column} {value[:MAX_DATE]!r} is not a date and time this importer reads; pass "
            "date_format= with a strptime pattern if the file writes dates another way"
        )

    def day(self, text: str, column: str, row: int = 0) -> dt.date:
        """The day of a date cell (or of a date and time)."""
        value = self.read(text, column, row)
        return value.date() if isinstance(value, dt.datetime) else value


def _words(order: str | None) -> str:
    return "day/month/year" if order == "dmy" else "month/day/year"


def _fold_dependent(value: dt.datetime) -> bool:
    return value.replace(fold=1 - value.fold).utcoffset() != value.utcoffset()


def settle(value: dt.datetime) -> dt.datetime:
    """An aware time that survives a round trip through ISO text.

    A time in a repeated hour under a zone name keeps its offset as a fixed
    `datetime.timezone` (the instant is unchanged); any other time is returned as it is.
    """
    if not _fold_dependent(value):
        return value
    offset = value.utcoffset()
    assert offset is not None
    return value.replace(tzinfo=dt.timezone(offset), fold=0)


def localize(naive: dt.datetime, zone: dt.tzinfo) -> tuple[dt.datetime, str | None]:
    """A local time placed in ``zone`` by the rule above, and a note when the rule applied.

    Raises:
        OverflowError: the time is at the very edge of the representable range.
    """
    aware = naive.replace(tzinfo=zone, fold=0)
    wall = aware.astimezone(dt.UTC).astimezone(zone)
    if wall.replace(tzinfo=None) != naive:
        return settle(wall), (
            f"{naive.isoformat(' ')} does not exist in {zone} (the clocks went forward); read "
            f"as {wall.isoformat(' ')}, shifted forward by the gap"
        )
    if _fold_dependent(aware):
        first = settle(aware)
        return first, (
            f"{naive.isoformat(' ')} happens twice in {zone} (the clocks went back); read as the "
            f"first, {first.isoformat(' ')}"
        )
    return aware, None

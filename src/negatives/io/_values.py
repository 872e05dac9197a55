"""Reading the cells of app exports: numbers, durations, units. Strict, and never guessing.

Numbers are plain decimal numerals only: ASCII digits, an optional leading ``-``, and at most
one decimal separator (``.``, or ``,`` where the format writes decimal commas). Everything
``float()`` would also accept is refused: ``1_000`` (underscores), ``1e3`` (exponents),
``inf``, full-width and Arabic-Indic digits (U+FF11, U+0661 ...), ``+5``, spaces inside. A cell
that is not a plain numeral makes its row a skipped row with a reason, never a number nobody
wrote.
"""

from __future__ import annotations

import functools
import math
import re

from ..errors import ParseError
from ..units import Unit

__all__ = [
    "RowError",
    "parse_clock",
    "parse_duration",
    "parse_float",
    "parse_int",
    "parse_unit",
]


class RowError(Exception):
    """A cell that makes its row unusable; the importer skips the row with this reason."""


def blank(text: str) -> bool:
    return not text.strip()


# re.ASCII: \d would match every Unicode digit (full-width, Arabic-Indic ...).
_POINT = re.compile(r"-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)", re.ASCII)
_POINT_OR_COMMA = re.compile(r"-?(?:[0-9]+(?:[.,][0-9]*)?|[.,][0-9]+)", re.ASCII)
_WHOLE = re.compile(r"-?[0-9]+(?:\.0*)?", re.ASCII)

#: The most digits a whole-number cell may have: no count in an export comes near it, and a
#: longer one would only be converted to an enormous integer.
MAX_DIGITS = 9


def parse_float(text: str, column: str, *, decimal_comma: bool = False) -> float | None:
    """A number cell; ``None`` when blank.

    ``decimal_comma`` accepts ``22,5`` as well as ``22.5`` (one separator either way).

    Raises:
        RowError: the cell is not a plain decimal numeral, or it is too large to be finite.
    """
    value = text.strip()
    if not value:
        return None
    pattern = _POINT_OR_COMMA if decimal_comma else _POINT
    if pattern.fullmatch(value) is None:
        raise RowError(f"{column} {value!r} is not a number")
    number = float(value.replace(",", ".")) if decimal_comma else float(value)
    if not math.isfinite(number):
        raise RowError(f"{column} {value!r} is not a finite number")
    return number


def parse_int(text: str, column: str) -> int | None:
    """A whole-number cell (``5``, or ``5.0`` as some apps write it); ``None`` when blank.

    ``4.9999999999999999`` is not a whole number even though ``float()`` rounds it to 5.

    Raises:
        RowError: the cell is not a whole number written as a plain numeral.
    """
    value = text.strip()
    if not value:
        return None
    if _WHOLE.fullmatch(value) is None:
        if _POINT.fullmatch(value) is not None:
            raise RowError(f"{column} {value!r} is not a whole number")
        raise RowError(f"{column} {value!r} is not a number")
    digits = value.split(".", 1)[0]
    if len(digits.lstrip("-")) > MAX_DIGITS:
        raise RowError(f"{column} {value!r} is too large to be a count")
    return int(digits)


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


_DURATION_PART = re.compile(r"([0-9]+(?:\.[0-9]+)?)\s*([hms])", re.IGNORECASE | re.ASCII)
_DURATION = re.compile(r"(?:\s*[0-9]+(?:\.[0-9]+)?\s*[hms]\s*)+", re.IGNORECASE | re.ASCII)
_CLOCK = re.compile(r"(?:([0-9]+):)?([0-9]{1,2}):([0-9]{2}(?:\.[0-9]+)?)", re.ASCII)
_SCALE = {"h": 3600.0, "m": 60.0, "s": 1.0}


@functools.lru_cache(maxsize=1024)
def parse_duration(text: str) -> float | None:
    """Seconds from ``1h 43m``, ``55m``, ``90s``, ``1:02:03`` or a number of seconds.

    Returns ``None`` when blank or unreadable (the caller keeps the text).
    """
    value = text.strip()
    if not value:
        return None
    if _POINT.fullmatch(value) is not None:
        number = float(value)
        return number if math.isfinite(number) and number >= 0 else None
    if _DURATION.fullmatch(value):
        seconds = sum(float(n) * _SCALE[u.lower()] for n, u in _DURATION_PART.findall(value))
        return seconds if math.isfinite(seconds) else None
    return parse_clock(value)


def parse_clock(text: str) -> float | None:
    """Seconds from ``h:mm:ss`` or ``mm:ss``; ``None`` when not that form."""
    match = _CLOCK.fullmatch(text.strip())
    if match is None:
        return None
    hours, minutes, seconds = match.groups()
    if len(hours or "") > MAX_DIGITS:
        return None
    return int(hours or 0) * 3600.0 + int(minutes) * 60.0 + float(seconds)


_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slug(text: str, max_length: int) -> str:
    """Lower-case words joined by ``-`` (ASCII letters and digits only), at most ``max_length``."""
    words = _NOT_SLUG.sub("-", text.lower()).strip("-")
    return words[:max_length].strip("-")

"""Construction-time validation that reports every problem of an object at once.

Each model class calls a `Checks` from ``__attrs_post_init__``; the checks collect
problems (field, message) and `Checks.done` raises one `ValidationError` listing
them all. Messages say the allowed range and the value received, with its unit.
"""

from __future__ import annotations

import datetime as dt
import math
import numbers
import re
from collections.abc import Iterable
from contextvars import ContextVar
from enum import Enum
from typing import Any, TypeVar

from .errors import MAX_PROBLEMS, Loc, Problem, ValidationError

E = TypeVar("E", bound=Enum)

#: How many problems an error lists (the others are counted): `MAX_PROBLEMS`, or what a
#: reader was asked for (``from_json(..., max_problems=N)``) while it reads.
PROBLEM_LIMIT: ContextVar[int] = ContextVar("negatives_problem_limit", default=MAX_PROBLEMS)

#: Longest free text (notes, names) accepted in a field, in characters.
MAX_TEXT = 10_000


def shift_date(day: dt.date, days: int) -> dt.date:
    """``day`` moved by ``days``, held at the calendar's ends (0001-01-01 and 9999-12-31).

    Any date is valid input, the first and last Python has too: windows and ranges computed
    around it stop at the calendar's ends instead of raising `OverflowError`.

    Examples:
        >>> shift_date(dt.date(2026, 11, 23), -7)
        datetime.date(2026, 11, 16)
        >>> shift_date(dt.date(1, 1, 3), -14), shift_date(dt.date.max, 1)
        (datetime.date(1, 1, 1), datetime.date(9999, 12, 31))
    """
    ordinal = min(max(day.toordinal() + days, 1), dt.date.max.toordinal())
    return dt.date.fromordinal(ordinal)


def fmt_number(value: float) -> str:
    """``8`` for 8.0, ``2.5`` for 2.5: numbers as a coach writes them (absurdly long ones cut)."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, int) and abs(value) >= 10**30:
        return _long_int(value)
    return repr(value)


def plural(count: float, word: str) -> str:
    """``1 rep``, ``8 reps``, ``1.5 reps``: a count and its word, as a coach writes them.

    >>> plural(1, "rep"), plural(8, "rep"), plural(1.5, "rep")
    ('1 rep', '8 reps', '1.5 reps')
    """
    return f"{fmt_number(count)} {word}{'' if count == 1 else 's'}"


def _long_int(value: int) -> str:
    """``1000000000000... (401 digits)``; never ``str()`` of an integer past Python's limit."""
    sign = "-" if value < 0 else ""
    bits = abs(value).bit_length()
    if bits > 13_000:  # str() refuses integers of more than 4300 digits (sys.int_info)
        return f"{sign}an integer of about {int(bits * math.log10(2)) + 1} digits"
    digits = str(abs(value))
    return f"{sign}{digits[:12]}... ({len(digits)} digits)"


def describe(value: object) -> str:
    """A short description of a received value for an error message."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10**30:
        return _long_int(value)
    try:
        text = repr(value)
    except ValueError:  # a container of an integer past str()'s limit
        return f"{type(value).__name__} holding an integer of thousands of digits"
    if len(text) > 60:
        text = text[:57] + "..."
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return text
    return f"{type(value).__name__} {text}"


def as_float(value: Any) -> Any:
    """Real numbers (ints, floats, numpy scalars, fractions) as ``float``; anything else as is.

    Used as an attrs converter: what it leaves alone, the class validator reports. An integer too
    large for a float is left an integer, so that the range check compares it exactly and the
    message shows the number received (not an infinity it never was).
    """
    if type(value) is float:
        return value
    if isinstance(value, numbers.Real) and not isinstance(value, bool):
        try:
            return float(value)
        except OverflowError:
            return int(value) if isinstance(value, numbers.Integral) else value
    return value


def to_float(value: float) -> float:
    """A number as a float for arithmetic, once checked.

    An integer past a float's range is an infinity of its sign (``float()`` would raise
    `OverflowError`).
    """
    try:
        return float(value)
    except OverflowError:
        return math.inf if value > 0 else -math.inf


def as_int(value: Any) -> Any:
    """Integral numbers (ints, numpy integers) as ``int``; anything else as is.

    Used as an attrs converter: the validator reports what is not a whole number.
    """
    if isinstance(value, numbers.Integral) and not isinstance(value, bool):
        return int(value)
    return value


def is_number(value: object) -> bool:
    """True for ints and floats, False for bools (which are ints to Python, not to coaches)."""
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def is_finite(value: float) -> bool:
    """Whether a number is finite: every int is (``math.isfinite`` overflows on huge ones)."""
    return isinstance(value, int) or math.isfinite(value)


def range_message(
    value: float,
    *,
    ge: float | None = None,
    le: float | None = None,
    gt: float | None = None,
    unit: str = "",
) -> str | None:
    """The message for ``value`` outside the bounds, or ``None`` when it is inside.

    Integers are compared with the bounds exactly, however large: never converted to a float
    (which overflows past 1.8e308, or rounds past 2**53).
    """
    finite = isinstance(value, int) or math.isfinite(value)
    if (
        finite
        and (ge is None or value >= ge)
        and (gt is None or value > gt)
        and (le is None or value <= le)
    ):
        return None  # the common case, without building any text
    suffix = f" {unit}" if unit else ""
    got = f"got {fmt_number(value)}{suffix}"
    if not finite:
        return f"must be a finite number, {got}"
    if ge is not None and value < ge:
        broken = f">= {fmt_number(ge)}{suffix}"
    elif gt is not None and value <= gt:
        broken = f"> {fmt_number(gt)}{suffix}"
    else:  # the only bound left that the value can break
        assert le is not None
        broken = f"<= {fmt_number(le)}{suffix}"
    low = ge if ge is not None else gt
    if low is not None and le is not None:
        low_word = "from" if ge is not None else "above"
        allowed = f" (allowed: {low_word} {fmt_number(low)} to {fmt_number(le)}{suffix})"
    else:
        allowed = ""
    return f"must be {broken}, {got}{allowed}"


class Checks:
    """Collects the problems of one object under construction.

    The first `PROBLEM_LIMIT` problems are kept; further ones are counted in ``more``.
    """

    __slots__ = ("limit", "more", "owner", "problems")

    def __init__(self, owner: object) -> None:
        # A model object names its class; a calculator passes its own name as text.
        self.owner = owner if isinstance(owner, str) else type(owner).__name__
        self.problems: list[Problem] = []
        self.more = 0
        self.limit = PROBLEM_LIMIT.get()

    def fail(self, field: str | Loc, message: str) -> None:
        """Record a problem on ``field`` (a name, or a location tuple)."""
        if len(self.problems) >= self.limit:
            self.more += 1
            return
        loc: Loc = (field,) if isinstance(field, str) else field
        self.problems.append(Problem(loc, message))

    def instance(self, field: str, value: object, cls: type | tuple[type, ...], what: str) -> bool:
        """Check ``isinstance(value, cls)``; ``what`` names the expected thing for the message."""
        if isinstance(value, cls) and not (isinstance(value, bool) and cls in (int, float)):
            return True
        self.fail(field, f"must be {what}, got {describe(value)}")
        return False

    def member(self, field: str | Loc, value: object, cls: type[Enum]) -> bool:
        """Check that ``value`` is a member of the enum ``cls``."""
        if isinstance(value, cls):
            return True
        values = ", ".join(repr(member.value) for member in cls)
        self.fail(field, f"must be one of {values}; got {describe(value)}")
        return False

    def integer(
        self, field: str | Loc, value: object, *, ge: int | None = None, le: int | None = None
    ) -> bool:
        """Check a whole number in ``[ge, le]``."""
        if not isinstance(value, int) or isinstance(value, bool):
            self.fail(field, f"must be a whole number, got {describe(value)}")
            return False
        message = range_message(value, ge=ge, le=le)
        if message is not None:
            self.fail(field, message)
            return False
        return True

    def number(
        self,
        field: str | Loc,
        value: object,
        *,
        ge: float | None = None,
        le: float | None = None,
        gt: float | None = None,
        unit: str = "",
    ) -> bool:
        """Check a finite number within the bounds."""
        if not is_number(value):
            self.fail(field, f"must be a number, got {describe(value)}")
            return False
        assert isinstance(value, (int, float))
        message = range_message(value, ge=ge, le=le, gt=gt, unit=unit)
        if message is not None:
            self.fail(field, message)
            return False
        return True

    def text(
        self,
        field: str,
        value: object,
        *,
        max_length: int = MAX_TEXT,
        nonempty: bool = False,
        pattern: re.Pattern[str] | None = None,
        pattern_hint: str = "",
    ) -> bool:
        """Check a string: length, non-empty, and optionally a pattern."""
        if not isinstance(value, str):
            self.fail(field, f"must be text, got {describe(value)}")
            return False
        if nonempty and not value.strip():
            self.fail(field, "must not be empty")
            return False
        if len(value) > max_length:
            self.fail(field, f"must be at most {max_length} characters, got {len(value)}")
            return False
        if pattern is not None and not pattern.fullmatch(value):
            self.fail(field, f"must be {pattern_hint}, got {value!r}")
            return False
        return True

    def done(self) -> None:
        """Raise a `ValidationError` listing every problem found, if any."""
        if self.problems:
            raise ValidationError(self.problems, self.owner, self.more)


def soft_enum(cls: type[E], value: Any) -> Any:
    """``value`` as a member of ``cls`` when it names one; otherwise unchanged.

    An attrs converter: the class validator reports what is left unconverted, so that one bad
    field does not hide the others.
    """
    if isinstance(value, cls):
        return value
    try:
        return cls(value)
    except (ValueError, TypeError):
        return value


def coerce_enum(cls: type[E], owner: str, field: str, value: object) -> E:
    """``value`` as a member of ``cls`` (a member or its value, like ``"barbell"``).

    Raises:
        ValidationError: naming ``owner.field`` and the allowed values.
    """
    if isinstance(value, cls):
        return value
    try:
        return cls(value)
    except (ValueError, TypeError):
        values = ", ".join(repr(member.value) for member in cls)
        raise ValidationError.single(
            field, f"must be one of {values}; got {describe(value)}", owner
        ) from None


def tuple_of(value: Iterable[Any]) -> tuple[Any, ...]:
    """An attrs converter storing any iterable (but not a bare string) as a tuple."""
    if isinstance(value, tuple):
        return value
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        # Let the class validator explain what was expected.
        return (value,)
    return tuple(value)

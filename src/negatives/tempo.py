"""Contraction phases and lifting tempo.

A repetition is a sequence of phases: **eccentric** (the muscle lengthens under load: lowering),
**concentric** (it shortens: lifting) and **isometric** (a pause, no length change).

Tempo notation is eccentric first: ``"3-1-2-0"`` means lower in 3 s, pause 1 s in the
*lengthened* position, lift in 2 s, pause 0 s in the *shortened* position. ``X`` means "as fast as
possible" (an intent, not a duration); time under tension counts it as
`EXPLOSIVE_SECONDS`. The seed's "two up, four down" is ``"4-0-2-0"``.

"Lengthened" and "shortened" name the muscle's state rather than "bottom" and "top", so the
notation reads right for a squat (lengthened at the bottom) and a lat pulldown (lengthened at
the top) alike.

Examples:
    >>> from negatives import Tempo
    >>> t = Tempo.parse("31X0")
    >>> str(t), t.concentric, t.rep_seconds()
    ('3-1-X-0', 'X', 5.0)
    >>> str(Tempo.parse("two up, four down"))
    '4-0-2-0'
"""

from __future__ import annotations

import re
from decimal import Decimal
from enum import StrEnum
from typing import Literal, TypeAlias

import attrs

from ._checks import Checks, as_float, coerce_enum, describe, fmt_number, range_message
from .errors import ParseError, ValidationError

__all__ = [
    "EXPLOSIVE",
    "EXPLOSIVE_SECONDS",
    "MAX_PHASE_SECONDS",
    "Duration",
    "Phase",
    "Tempo",
    "TempoOrder",
]


class Phase(StrEnum):
    """The kind of a contraction phase."""

    ECCENTRIC = "eccentric"
    """The muscle lengthens under load: the lowering ("negative") part of a lift."""
    CONCENTRIC = "concentric"
    """The muscle shortens while producing force: the lifting part."""
    ISOMETRIC = "isometric"
    """Force without a change of length: a pause."""


#: The tempo mark for "as fast as possible" (an intent to move explosively).
EXPLOSIVE: Literal["X"] = "X"

#: Seconds an explosive (``X``) phase counts for in time under tension. A nominal value, not a
#: measurement (low confidence): maximal-intent lifts under load take well under a second to
#: about a second, and Schoenfeld, Ogborn & Krieger 2015 (Sports Med 45(4):577-585) place whole
#: repetitions at 0.5-8 s. Pass ``explosive=`` to `Tempo.rep_seconds` to use another.
EXPLOSIVE_SECONDS = 1.0

#: Longest phase a tempo may prescribe, in seconds. Longer holds are isometric exercises, not
#: tempo prescriptions; the bound also catches typos ("40" for "4-0").
MAX_PHASE_SECONDS = 60.0

Duration: TypeAlias = float | Literal["X"]
"""A phase duration in seconds, or ``"X"`` for explosive."""

TempoOrder: TypeAlias = Literal["eccentric-first", "concentric-first"]
"""How a four-part tempo is written: eccentric first (the common notation) or concentric first."""


def _to_duration(value: Duration) -> Duration:
    if isinstance(value, str) and value.strip().upper() == EXPLOSIVE:
        return EXPLOSIVE
    return as_float(value)  # type: ignore[no-any-return]


def _to_pause(value: float) -> float:
    return as_float(value)  # type: ignore[no-any-return]


@attrs.frozen(repr=False)
class Tempo:
    """A prescribed tempo: seconds for each phase of a repetition, eccentric first.

    Attributes:
        eccentric: seconds to lower (or ``"X"``).
        lengthened: pause in the lengthened position, after the lowering.
        concentric: seconds to lift (or ``"X"``).
        shortened: pause in the shortened position, after the lift.

    Raises:
        ValidationError: a negative duration, more than 60 s in a phase, an ``X`` pause.
    """

    eccentric: Duration = attrs.field(converter=_to_duration)
    lengthened: float = attrs.field(converter=_to_pause)
    concentric: Duration = attrs.field(converter=_to_duration)
    shortened: float = attrs.field(converter=_to_pause)

    def __attrs_post_init__(self) -> None:
        checks = Checks(self)
        for name in ("eccentric", "concentric"):
            value = getattr(self, name)
            if value != EXPLOSIVE:
                checks.number(name, value, ge=0, le=MAX_PHASE_SECONDS, unit="s")
        for name in ("lengthened", "shortened"):
            checks.number(name, getattr(self, name), ge=0, le=MAX_PHASE_SECONDS, unit="s")
        checks.done()

    @classmethod
    def parse(cls, text: str, *, order: TempoOrder = "eccentric-first") -> Tempo:
        """Read a tempo as coaches write it.

        Accepted forms: ``"3-1-2-0"``, ``"3/1/2/0"``, ``"3:1:2:0"``, ``"3 1 2 0"``,
        ``"3120"``, ``"31X0"`` (one character per phase), three parts ``"4-0-2"`` (no pause in
        the shortened position), decimals ``"2.5-0-1-0"``, and words: ``"2 up, 4 down"``,
        ``"two up, four down"``, ``"lower 4 s, pause 1 at the bottom, lift 2 s"``.

        ``order="concentric-first"`` reads four-part forms written lift first
        (lift - shortened pause - lower - lengthened pause). Words name their phases, so the
        order does not apply to them.

        Raises:
            ParseError: anything else, naming what was wrong.

        Examples:
            >>> Tempo.parse("2-0-4-1", order="concentric-first")
            Tempo.parse('4-1-2-0')
        """
        if not isinstance(text, str):
            raise ParseError(f"a tempo must be text like '3-1-2-0', got {describe(text)}")
        if order not in ("eccentric-first", "concentric-first"):
            raise ParseError(
                f"unknown tempo order {order!r}: use 'eccentric-first' or 'concentric-first'"
            )
        stripped = text.strip()
        if not stripped:
            raise ParseError("cannot parse an empty tempo: write it like '3-1-2-0'")
        if _WORDS.search(stripped):
            return _parse_words(text)
        return _parse_marks(text, stripped, order)

    # -- derived values --------------------------------------------------------------------

    @property
    def is_explosive(self) -> bool:
        """Whether a phase is marked ``X``."""
        return self.eccentric == EXPLOSIVE or self.concentric == EXPLOSIVE

    def phase_seconds(self, duration: Duration, *, explosive: float = EXPLOSIVE_SECONDS) -> float:
        """Seconds for one duration of this tempo, counting ``X`` as ``explosive``."""
        return explosive if duration == EXPLOSIVE else float(duration)

    def rep_seconds(self, *, explosive: float = EXPLOSIVE_SECONDS) -> float:
        """Time under tension of one repetition: the sum of the four phases.

        Examples:
            >>> Tempo.parse("3-1-2-0").rep_seconds()
            6.0
        """
        return (
            self.phase_seconds(self.eccentric, explosive=explosive)
            + self.lengthened
            + self.phase_seconds(self.concentric, explosive=explosive)
            + self.shortened
        )

    def phases(
        self, starts_with: Phase | str = Phase.ECCENTRIC
    ) -> tuple[tuple[Phase, Duration], ...]:
        """The phases of one repetition in the order they happen, pauses of 0 s left out.

        A lift that starts with the lowering (squat, bench press) runs eccentric, lengthened
        pause, concentric, shortened pause; one that starts with the lift (deadlift, row, curl)
        runs concentric, shortened pause, eccentric, lengthened pause.
        """
        first = coerce_enum(Phase, "Tempo", "phases(starts_with)", starts_with)
        if first is Phase.ISOMETRIC:
            raise ValidationError.single(
                "phases(starts_with)",
                "must be 'eccentric' or 'concentric', got 'isometric'",
                "Tempo",
            )
        lower = ((Phase.ECCENTRIC, self.eccentric), (Phase.ISOMETRIC, self.lengthened))
        lift = ((Phase.CONCENTRIC, self.concentric), (Phase.ISOMETRIC, self.shortened))
        ordered = lower + lift if first is Phase.ECCENTRIC else lift + lower
        return tuple(
            (kind, seconds) for kind, seconds in ordered if kind is not Phase.ISOMETRIC or seconds
        )

    def __str__(self) -> str:
        return "-".join(
            _mark(value)
            for value in (self.eccentric, self.lengthened, self.concentric, self.shortened)
        )

    def __repr__(self) -> str:
        return f"Tempo.parse({str(self)!r})"


def _mark(value: Duration) -> str:
    if value == EXPLOSIVE:
        return EXPLOSIVE
    number = float(value)
    if number.is_integer():
        return fmt_number(number)
    # Positional digits, never exponent notation ("1e-05" would not parse back).
    return format(Decimal(repr(number)), "f")


# -- parsing marks: "3-1-2-0", "31X0", "4-0-2" -------------------------------------------------

_SEPARATOR = re.compile(r"\s*[-/:]\s*|\s+")
_PART = re.compile(r"(?:\d+(?:\.\d+)?|\.\d+|[xX])")
_FORMS = "expected four phases like '3-1-2-0' or '31X0', or words like '2 up, 4 down'"


def _parse_marks(text: str, stripped: str, order: TempoOrder) -> Tempo:
    def fail(reason: str) -> ParseError:
        return ParseError(f"cannot parse tempo {text!r}: {reason}")

    if stripped.startswith("-") or re.search(r"[-/:]\s*-", stripped):
        raise fail("phase durations cannot be negative")
    separators = {sep.strip() for sep in _SEPARATOR.findall(stripped)}
    if len(separators) > 1:
        raise fail(
            "mixed separators; write the phases like '3-1-2-0' (durations cannot be negative)"
        )
    if separators:
        parts = _SEPARATOR.split(stripped)
    elif re.fullmatch(r"[0-9xX]{3,4}", stripped):
        parts = list(stripped)
    else:
        raise fail(_FORMS)
    if len(parts) not in (3, 4):
        raise fail(f"{_FORMS}; found {len(parts)} parts")
    for part in parts:
        if not _PART.fullmatch(part):
            raise fail(f"{part!r} is not a number of seconds or 'X'")
    values: list[Duration] = [EXPLOSIVE if part in ("x", "X") else float(part) for part in parts]
    if len(values) == 3:
        values.append(0.0)
    if order == "concentric-first":
        concentric, shortened, eccentric, lengthened = values
    else:
        eccentric, lengthened, concentric, shortened = values
    for name, value in (("lengthened", lengthened), ("shortened", shortened)):
        if value == EXPLOSIVE:
            raise fail(f"the {name} pause cannot be 'X' (explosive): pauses are seconds")
    for value in values:
        if value != EXPLOSIVE:
            message = range_message(float(value), ge=0, le=MAX_PHASE_SECONDS, unit="s")
            if message is not None:
                raise fail(f"each phase {message}")
    return Tempo(eccentric, float(lengthened), concentric, float(shortened))


# -- parsing words: "two up, four down" ----------------------------------------------------------

_NUMBER_WORDS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
}
_DIRECTIONS = {
    "up": "concentric",
    "lift": "concentric",
    "lifting": "concentric",
    "raise": "concentric",
    "concentric": "concentric",
    "positive": "concentric",
    "down": "eccentric",
    "lower": "eccentric",
    "lowering": "eccentric",
    "eccentric": "eccentric",
    "negative": "eccentric",
}
_PAUSE_PLACES = {
    "bottom": "bottom",
    "top": "top",
    "lengthened": "lengthened",
    "stretched": "lengthened",
    "shortened": "shortened",
    "contracted": "shortened",
}
_NUM = r"(?P<{}>\d+(?:\.\d+)?|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")"
_UNIT = r"(?:\s*(?:s|sec|secs|second|seconds)\b)?"
_DIR = r"(?P<{}>" + "|".join(sorted(_DIRECTIONS, key=len, reverse=True)) + r")"
_PLACE = r"(?:\s+(?:at|in)(?:\s+the)?\s+(?P<{}>" + "|".join(_PAUSE_PLACES) + r"))?"
_CLAUSE = re.compile(
    "|".join(
        [
            # "2 up", "four seconds down", "4 s eccentric"
            r"\b" + _NUM.format("n1") + _UNIT + r"\s+" + _DIR.format("d1") + r"\b",
            # "up 2", "lower 4 s", "lowering for 4 seconds"
            r"\b" + _DIR.format("d2") + r"(?:\s+for)?\s+" + _NUM.format("n2") + _UNIT + r"(?!\w)",
            # "1 s pause at the bottom", "pause 1 at the top", "pause at the bottom for 1 s"
            r"\b" + _NUM.format("n3") + _UNIT + r"\s+pause" + _PLACE.format("p3") + r"\b",
            r"\bpause(?:\s+for)?\s+" + _NUM.format("n4") + _UNIT + _PLACE.format("p4") + r"(?!\w)",
            r"\bpause"
            + _PLACE.format("p5")
            + r"(?:\s+for)?\s+"
            + _NUM.format("n5")
            + _UNIT
            + r"(?!\w)",
        ]
    ),
    re.IGNORECASE,
)
_WORDS = re.compile(r"[a-wyzA-WYZ]")
_FILLER = re.compile(r"^[\s,;/&+.]*(?:(?:and|then)[\s,;/&+.]*)*$", re.IGNORECASE)


def _word_number(token: str) -> float:
    lowered = token.lower()
    if lowered in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[lowered])
    return float(token)


def _parse_words(text: str) -> Tempo:
    def fail(reason: str) -> ParseError:
        return ParseError(f"cannot parse tempo {text!r}: {reason}")

    found: dict[str, float] = {}
    position = 0
    for match in _CLAUSE.finditer(text):
        if not _FILLER.match(text[position : match.start()]):
            raise fail(f"did not understand {text[position : match.start()].strip()!r}; {_FORMS}")
        position = match.end()
        groups = {k: v for k, v in match.groupdict().items() if v is not None}
        number = next(v for k, v in groups.items() if k.startswith("n"))
        seconds = _word_number(number)
        direction = next((v for k, v in groups.items() if k.startswith("d")), None)
        if direction is not None:
            key = _DIRECTIONS[direction.lower()]
        else:
            place = next((v for k, v in groups.items() if k.startswith("p")), None)
            if place is None:
                raise fail("say where the pause is: 'pause 1 s at the bottom' or 'at the top'")
            key = _PAUSE_PLACES[place.lower()]
        if key in found:
            raise fail(f"the {key} phase is given twice")
        found[key] = seconds
    if not _FILLER.match(text[position:]):
        raise fail(f"did not understand {text[position:].strip()!r}; {_FORMS}")
    for needed, example in (("eccentric", "'4 down'"), ("concentric", "'2 up'")):
        if needed not in found:
            raise fail(f"the {needed} phase is missing (e.g. {example})")
    if "bottom" in found or "top" in found:
        # Bottom and top depend on the lift; without one, read them as for a squat or bench
        # press, where the lengthened position is at the bottom.
        for place, state in (("bottom", "lengthened"), ("top", "shortened")):
            if place in found:
                if state in found:
                    raise fail(f"the {state} pause is given twice")
                found[state] = found.pop(place)
    for seconds in found.values():
        message = range_message(seconds, ge=0, le=MAX_PHASE_SECONDS, unit="s")
        if message is not None:
            raise fail(f"each phase {message}")
    return Tempo(
        found["eccentric"],
        found.get("lengthened", 0.0),
        found["concentric"],
        found.get("shortened", 0.0),
    )

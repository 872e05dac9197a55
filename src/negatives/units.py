"""Mass units and `Load`, a mass quantity in kilograms or pounds.

A `Load` is a plain quantity: finite, of any sign (differences between loads are loads
too). The bounds of a *bar* load (0 to 1000 kg) belong to the fields that hold one, such as
``Set.load``, not to ``Load`` itself.

Equality is structural (``kg(1) != lb(2.2046...)``: they are written differently); ordering
compares the masses across units; `Load.isclose` compares masses with a tolerance.
Arithmetic never mixes units silently: convert one side with `Load.to` first, or sum
mixed loads with `Load.total` into a unit you name.

Examples:
    >>> import negatives as neg
    >>> neg.kg(100).to("lb")
    Load(220.46226218487757, 'lb')
    >>> neg.lb(45) < neg.kg(25)
    True
    >>> neg.kg(60) + neg.kg(2.5)
    Load(62.5, 'kg')
    >>> neg.Load.total([neg.kg(20), neg.lb(45)], "kg").isclose(neg.kg(40.41165665))
    True
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from enum import StrEnum
from fractions import Fraction
from types import MappingProxyType
from typing import Any

import attrs

from ._checks import as_float, describe, fmt_number, is_number
from .errors import ParseError, UnitError, ValidationError

__all__ = [
    "KG_PER_LB",
    "MAX_BAR_LOAD_KG",
    "SPOTTER_STEP",
    "Load",
    "Unit",
    "kg",
    "lb",
    "readable",
]

#: Kilograms in one avoirdupois pound, exact by definition (International Yard and Pound
#: Agreement, 1959).
KG_PER_LB = 0.45359237

#: Upper bound of any bar, dumbbell or stack load the model accepts, in kg. Well above the
#: heaviest loads lifted in competition (deadlift and squat world records are about 500 kg), so
#: only typing errors (an extra zero, pounds read as grams) hit it.
MAX_BAR_LOAD_KG = 1000.0


class Unit(StrEnum):
    """A unit of mass: kilograms or (avoirdupois) pounds."""

    KG = "kg"
    LB = "lb"

    @property
    def kg_factor(self) -> float:
        """Kilograms in one of this unit."""
        return 1.0 if self is Unit.KG else KG_PER_LB

    @classmethod
    def parse(cls, text: str | Unit) -> Unit:
        """Read a unit name as apps and people write it.

        Accepts ``kg``, ``kgs``, ``kilo(s)``, ``kilogram(s)``, ``lb``, ``lbs``, ``pound(s)``,
        any case, surrounding spaces and a trailing dot.

        Examples:
            >>> Unit.parse("LBS"), Unit.parse(" Kilograms ")
            (<Unit.LB: 'lb'>, <Unit.KG: 'kg'>)
        """
        if isinstance(text, Unit):
            return text
        if not isinstance(text, str):
            raise ParseError(f"a unit must be text like 'kg' or 'lb', got {describe(text)}")
        key = text.strip().lower().rstrip(".")
        unit = _UNIT_ALIASES.get(key)
        if unit is None:
            raise ParseError(f"unknown unit {text!r}: use 'kg' or 'lb'")
        return unit


_UNIT_ALIASES = {
    "kg": Unit.KG,
    "kgs": Unit.KG,
    "kilo": Unit.KG,
    "kilos": Unit.KG,
    "kilogram": Unit.KG,
    "kilograms": Unit.KG,
    "lb": Unit.LB,
    "lbs": Unit.LB,
    "pound": Unit.LB,
    "pounds": Unit.LB,
}


def _to_unit(value: Unit | str) -> Unit:
    try:
        return Unit.parse(value)
    except ParseError as error:
        raise ValidationError.single("unit", str(error), "Load") from None


def unit_argument(unit: Unit | str, name: str = "unit", owner: str = "arguments") -> Unit:
    """A unit passed as an argument: `TypeError` naming it when it is not text, else parsed.

    Raises:
        TypeError: ``unit`` is not a `Unit` or text (a programmer's error).
        ValidationError: text that names no unit.
    """
    if not isinstance(unit, (str, Unit)):
        raise TypeError(f"{name} must be 'kg', 'lb' or a Unit, got {describe(unit)}")
    try:
        return Unit.parse(unit)
    except ParseError as error:
        raise ValidationError.single(name, str(error), owner) from None


def _to_float(value: float) -> float:
    # Numbers become floats, so that kg(40) == kg(40.0) and both hash alike; anything else is
    # left for the validator to report.
    return as_float(value)  # type: ignore[no-any-return]


@attrs.frozen(repr=False)
class Load:
    """A mass: ``value`` in ``unit`` (kg or lb).

    Attributes:
        value: the magnitude; any finite number, negative for differences.
        unit: ``Unit.KG``/``Unit.LB`` or a name ``Unit.parse`` reads (``"kg"``, ``"lbs"``).

    Raises:
        ValidationError: a NaN, an infinity, a non-number or an unknown unit.
    """

    value: float = attrs.field(converter=_to_float)
    unit: Unit = attrs.field(converter=_to_unit)

    def __attrs_post_init__(self) -> None:
        value = self.value
        if type(value) is not float:
            if is_number(value):  # an integer too large for a float, kept to be shown
                raise ValidationError.single(
                    "value",
                    f"must be a finite number (at most ±1.8e308), got {describe(value)}",
                    "Load",
                )
            raise ValidationError.single(
                "value", f"must be a number, got {describe(value)}", "Load"
            )
        if not math.isfinite(value):
            raise ValidationError.single("value", f"must be a finite number, got {value!r}", "Load")

    # -- conversion -----------------------------------------------------------------------

    def to(self, unit: Unit | str) -> Load:
        """This mass expressed in ``unit`` (``self`` when it already is).

        Examples:
            >>> lb(45).to("kg")
            Load(20.41165665, 'kg')
        """
        target = unit_argument(unit, owner="Load")
        if target is self.unit:
            return self
        return Load(self.value * self.unit.kg_factor / target.kg_factor, target)

    def magnitude(self, unit: Unit | str = Unit.KG) -> float:
        """The number of ``unit`` in this mass: ``kg(1).magnitude("lb") == 2.2046...``."""
        target = unit_argument(unit, owner="Load")
        if target is self.unit:
            return self.value
        return self.value * self.unit.kg_factor / target.kg_factor

    @property
    def kg(self) -> float:
        """This mass in kilograms, as a float."""
        return self.value * self.unit.kg_factor

    def isclose(self, other: Load, *, rel_tol: float = 1e-9, abs_tol: float = 1e-9) -> bool:
        """Whether two masses are equal within tolerances (``abs_tol`` in kg), across units.

        Examples:
            >>> kg(100).isclose(lb(220.46226218487757))
            True
        """
        if not isinstance(other, Load):
            raise TypeError(f"isclose() needs a Load, got {describe(other)}")
        return math.isclose(self.kg, other.kg, rel_tol=rel_tol, abs_tol=abs_tol)

    @classmethod
    def total(cls, loads: Iterable[Load], unit: Unit | str = Unit.KG) -> Load:
        """The sum of ``loads`` (any mix of units) expressed in ``unit``.

        Examples:
            >>> Load.total([kg(20), lb(10)], "lb").isclose(lb(54.0924524))
            True
        """
        target = unit_argument(unit, owner="Load")
        masses = []
        for load in loads:
            if not isinstance(load, Load):
                raise TypeError(f"Load.total() adds Loads, got {describe(load)}")
            masses.append(load.kg)
        return cls(math.fsum(masses) / target.kg_factor, target)

    # -- ordering across units ------------------------------------------------------------

    def _other_kg(self, other: object) -> float:
        if not isinstance(other, Load):
            raise TypeError(f"cannot compare a Load with {describe(other)}")
        return other.kg

    def __lt__(self, other: Load) -> bool:
        return self.kg < self._other_kg(other)

    def __le__(self, other: Load) -> bool:
        return self.kg <= self._other_kg(other)

    def __gt__(self, other: Load) -> bool:
        return self.kg > self._other_kg(other)

    def __ge__(self, other: Load) -> bool:
        return self.kg >= self._other_kg(other)

    # -- arithmetic -----------------------------------------------------------------------

    def _same_unit(self, other: object, verb: str) -> float:
        if not isinstance(other, Load):
            raise TypeError(f"cannot {verb} a Load and {describe(other)}")
        if other.unit is not self.unit:
            raise UnitError(
                f"cannot {verb} {self} and {other}: convert one first, "
                f"e.g. a.to({self.unit.value!r}), or use Load.total([...], unit)"
            )
        return other.value

    def __add__(self, other: Load) -> Load:
        return Load(self.value + self._same_unit(other, "add"), self.unit)

    def __radd__(self, other: Any) -> Load:
        # sum() starts from 0: allow it, and only it.
        if isinstance(other, int) and not isinstance(other, bool) and other == 0:
            return self
        return Load(self._same_unit(other, "add") + self.value, self.unit)

    def __sub__(self, other: Load) -> Load:
        return Load(self.value - self._same_unit(other, "subtract"), self.unit)

    def __neg__(self) -> Load:
        return Load(-self.value, self.unit)

    def __pos__(self) -> Load:
        return self

    def __abs__(self) -> Load:
        return Load(abs(self.value), self.unit)

    def __mul__(self, factor: float) -> Load:
        if not isinstance(factor, (int, float)) or isinstance(factor, bool):
            return NotImplemented
        number = as_float(factor)
        if type(number) is not float:  # an integer too large for a float
            if not self.value:
                return Load(0.0, self.unit)
            raise ValidationError.single(
                "value",
                f"must be a finite number (at most ±1.8e308), got {self} x {describe(factor)}",
                "Load",
            )
        return Load(self.value * number, self.unit)

    __rmul__ = __mul__

    def __truediv__(self, other: float) -> Load:
        if not isinstance(other, (int, float)) or isinstance(other, bool):
            return NotImplemented
        number = as_float(other)
        if type(number) is not float:  # an integer too large for a float: exactly, then rounded
            return Load(float(Fraction(self.value) / number), self.unit)
        return Load(self.value / number, self.unit)

    def ratio(self, other: Load) -> float:
        """``self / other`` as a plain number, across units (``kg(120).ratio(kg(100)) == 1.2``)."""
        return self.kg / self._other_kg(other)

    # -- rounding for people ---------------------------------------------------------------

    def nearest(self, step: Load | float | None = None) -> Load:
        """This load rounded to the nearest multiple of ``step``, halves away from zero.

        For loads a person judges rather than builds: the help a spotter gives on a rep, a
        target to aim at. ``step`` is a `Load` or a number in this load's unit; by default
        `SPOTTER_STEP` (2.5 kg, or 5 lb for a load in pounds). Plates are rounded by
        ``negatives.plates``, which knows what a gym can build.

        Raises:
            ValidationError: a step that is not above zero.

        Examples:
            >>> kg(11.3).nearest(), kg(11.25).nearest(), lb(23).nearest()
            (Load(12.5, 'kg'), Load(12.5, 'kg'), Load(25.0, 'lb'))
            >>> kg(11.3).nearest(kg(1)), kg(11.3).nearest(0.5)
            (Load(11.0, 'kg'), Load(11.5, 'kg'))
        """
        if step is None:
            size = SPOTTER_STEP[self.unit]
        elif isinstance(step, Load):
            size = step.magnitude(self.unit)
        elif is_number(step):
            size = as_float(step)
        else:
            raise TypeError(f"nearest() takes a Load or a number as step, got {describe(step)}")
        if type(size) is not float or not math.isfinite(size) or size <= 0:
            raise ValidationError.single(
                "step", f"must be a finite load above 0, got {describe(step)}", "Load.nearest"
            )
        multiple = math.floor(abs(self.value) / size + 0.5) * size
        return Load(math.copysign(multiple, self.value) if multiple else 0.0, self.unit)

    # -- text ------------------------------------------------------------------------------

    def __str__(self) -> str:
        """The load for people, rounded by `readable` (``26.4 kg``, ``1411 lb``); repr is exact."""
        return f"{readable(self.value)} {self.unit.value}"

    def __format__(self, spec: str) -> str:
        if not spec:
            return str(self)
        return f"{format(self.value, spec)} {self.unit.value}"

    def __repr__(self) -> str:
        return f"Load({self.value!r}, {self.unit.value!r})"

    def exact(self) -> str:
        """The load as text without rounding: ``"26.400000000000006 kg"``.

        For messages about bounds, where ``1000.0004 kg`` must not read as ``1000 kg``.
        """
        return f"{fmt_number(self.value)} {self.unit.value}"


#: What `Load.nearest` rounds to by default: the precision a spotter can judge and plates
#: show, 2.5 kg or 5 lb (the smallest common plate pair: two 1.25 kg or two 2.5 lb change
#: plates; common practice, low confidence).
SPOTTER_STEP: Mapping[Unit, float] = MappingProxyType({Unit.KG: 2.5, Unit.LB: 5.0})


def readable(value: float) -> str:
    """A magnitude as people write it, for `Load`'s text.

    At most 4 significant figures and 2 decimals; the whole-number part is never rounded (a
    volume of 16355 kg stays 16355); below 1, 3 significant figures (a 0.25 kg microplate, a
    difference of 0.001 kg is not 0); no trailing zeros. 26.4, 102.5 and 1.25 kg read as
    written; 1410.958 lb reads 1411.

    Examples:
        >>> readable(26.400000000000006), readable(1410.9584779832164), readable(102.5)
        ('26.4', '1411', '102.5')
        >>> readable(1.25), readable(22.679618), readable(-0.001), readable(16355.0)
        ('1.25', '22.68', '-0.001', '16355')
    """
    magnitude = abs(value)
    if not math.isfinite(value) or magnitude >= 1e15:
        return format(value, ".4g")
    if magnitude < 1:  # a microplate, a small difference: 3 significant figures, never 0
        return "0" if magnitude == 0 else format(value, ".3g")
    digits = len(str(int(magnitude))) if magnitude >= 1 else 1
    text = f"{value:.{min(2, max(0, 4 - digits))}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def kg(value: float) -> Load:
    """A load in kilograms: ``kg(60)``."""
    return Load(value, Unit.KG)


def lb(value: float) -> Load:
    """A load in pounds: ``lb(135)``."""
    return Load(value, Unit.LB)


def bar_load_problem(load: object) -> str | None:
    """Why ``load`` cannot be a bar, dumbbell or stack load (``None`` when it can)."""
    if not isinstance(load, Load):
        return f"must be a Load such as kg(40) or lb(95), got {describe(load)}"
    if load.value < 0:
        return f"must be >= 0, got {load.exact()} (a load on the bar cannot be negative)"
    # A tolerance, so that 1000 kg written in pounds (2204.6226... lb) is still 1000 kg.
    if load.kg > MAX_BAR_LOAD_KG * (1 + 1e-12):
        limit = f"{fmt_number(MAX_BAR_LOAD_KG)} kg"
        if load.unit is Unit.LB:
            limit += f" ({MAX_BAR_LOAD_KG / KG_PER_LB:.4f} lb)"
        return f"must be <= {limit}, got {load.exact()}"
    return None

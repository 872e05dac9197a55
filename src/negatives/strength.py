"""Strength estimates: one-rep maxima from sets, %1RM charts, RPE, and eccentric strength.

What the evidence supports, and no more:

* **1RM from reps to failure.** Seven classic equations (Epley, Brzycki, Lander, Lombardi,
  Mayhew, O'Conner, Wathan) turn a load lifted ``r`` times *to failure* into an estimated
  one-rep max (e1RM). They agree closely up to about 10 reps and drift apart beyond; no more than
  10 reps should feed them (Reynolds, Gordon & Robergs 2006, J Strength Cond Res
  20(3):584-592). Above 10 reps every function here still answers, with a `NegativesWarning`.
  People often do more reps at moderate loads than such charts say (Nuzzo et al. 2024,
  Sports Med 54(2):303-321), so a high-rep e1RM tends to be an overestimate, and a load or rep
  count read off a chart is a starting point, not a prescription. A set stopped short of
  failure underestimates the 1RM.
* **%1RM charts.** The NSCA training-load chart and the RTS RPE chart are tables of
  averages; individuals and exercises differ (medium confidence).
* **Eccentric strength.** Muscles lower more than they lift: the eccentric:concentric ratio of
  maximal strength is about 1.41 on average (Nuzzo, Pinto, Nosaka & Steele 2023, Sports Med
  53(6):1125-1136), mostly from isokinetic and machine data. `eccentric_1rm` is that
  *estimate*. For deciding how heavy a negative may be, `safe_eccentric_1rm` uses lower,
  equipment-specific ratios (free weights 1.20, machines 1.30): policy parameters with low
  confidence, anchored on the only free-weight figure, a barbell bench at about 1.24 (Kelly et
  al. 2015, J Strength Cond Res 29(4):1027-1032).

Fractions of 1RM are fractions everywhere: 0.80, never 80.

Examples:
    >>> from negatives import kg, strength
    >>> f"{strength.estimate_1rm(kg(100), 10):.2f}"  # Epley: 100 x (1 + 10/30)
    '133.33 kg'
    >>> f"{strength.estimate_1rm(kg(100), 5, 'consensus'):.1f}"  # the median of seven
    '116.6 kg'
    >>> strength.nsca_fraction(8), strength.rts_fraction(5, 8)
    (0.8, 0.811)
    >>> strength.eccentric_1rm(kg(100))
    Load(140.0, 'kg')
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import statistics
import warnings
from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType
from typing import Any, Literal, NamedTuple, TypeAlias, cast

import attrs

from ._checks import Checks, as_int, describe, fmt_number, is_finite, is_number, to_float
from .errors import NegativesWarning, ValidationError
from .model import MAX_REPS, Athlete, Equipment, Exercise, Method, Session, Set, SetType
from .units import Load, bar_load_problem

__all__ = [
    "DEFAULT_WINDOW_DAYS",
    "ECC_CON_RATIO",
    "ECC_CON_RATIO_RANGE",
    "FORMULAS",
    "MACHINE_EQUIPMENT",
    "NSCA_TRAINING_LOAD",
    "RTS_CHART",
    "SAFETY_RATIO_FREE_WEIGHTS",
    "SAFETY_RATIO_MACHINES",
    "VALIDATED_REPS",
    "Estimate",
    "EstimateSource",
    "Formula",
    "RatioSource",
    "SafetyRatioSource",
    "eccentric_1rm",
    "eccentric_ratio",
    "estimate_1rm",
    "load_for_reps",
    "nsca_fraction",
    "nsca_reps",
    "one_rep_max",
    "reps_at_load",
    "rir_from_rpe",
    "rpe_from_rir",
    "rts_fraction",
    "rts_reps",
    "rts_rpe",
    "safe_eccentric_1rm",
    "safety_ratio",
]

Formula: TypeAlias = Literal[
    "epley", "brzycki", "lander", "lombardi", "mayhew", "oconner", "wathan", "consensus"
]
"""The name of a 1RM equation, or ``"consensus"``: the median of the seven."""

EstimateSource: TypeAlias = Literal["tested", "history"]
"""Where a `one_rep_max` came from: the athlete's tested 1RM, or their logged sets."""

RatioSource: TypeAlias = Literal["athlete", "exercise", "default"]
"""Where an eccentric:concentric ratio came from (see `eccentric_ratio`)."""

SafetyRatioSource: TypeAlias = Literal["equipment", "exercise", "athlete"]
"""Where a safety ratio came from (see `safety_ratio`)."""

#: The seven equations, in the order of DOMAIN §6; ``"consensus"`` is their median.
FORMULAS: tuple[Formula, ...] = (
    "epley",
    "brzycki",
    "lander",
    "lombardi",
    "mayhew",
    "oconner",
    "wathan",
)

_ALL_FORMULAS: tuple[Formula, ...] = (*FORMULAS, "consensus")

#: Reps up to which the 1RM equations are treated as valid. They were built and checked on sets
#: of about 10 reps or fewer, and "no more than 10 repetitions should be used" in them
#: (Reynolds, Gordon & Robergs 2006, J Strength Cond Res 20(3):584-592; medium confidence).
#: Beyond it the functions still answer, with a `NegativesWarning`.
VALIDATED_REPS = 10

#: Days of history `one_rep_max` looks back from ``as_of`` (a training block of about three
#: months; a convention, low confidence: strength changes over weeks, so older sets mislead).
DEFAULT_WINDOW_DAYS = 90

# -- the seven equations ----------------------------------------------------------------------
#
# Each maps reps r to the factor 1RM / w. They hold for r >= 2; at r = 1 every formula returns
# the load itself (a single *is* a one-rep max; see `estimate_1rm`).


def _epley(r: float) -> float:
    """Epley 1985 (Boyd Epley, "Poundage chart"): 1RM = w(1 + r/30)."""
    return 1 + r / 30


def _brzycki(r: float) -> float:
    """Brzycki 1993 (J Phys Educ Recreat Dance 64(1):88-90): 1RM = 36w/(37 - r)."""
    return 36 / (37 - r)


def _lander(r: float) -> float:
    """Lander 1985 ("Maximums based on reps", NSCA Journal): 1RM = 100w/(101.3 - 2.67123r)."""
    return 100 / (101.3 - 2.67123 * r)


def _lombardi(r: float) -> float:
    """Lombardi 1989 ("Beginning weight training"): 1RM = w r^0.10."""
    return float(r**0.10)


def _mayhew(r: float) -> float:
    """Mayhew et al. 1992 (bench press, college men and women): 100w/(52.2 + 41.9e^(-0.055r))."""
    return 100 / (52.2 + 41.9 * math.exp(-0.055 * r))


def _oconner(r: float) -> float:
    """O'Conner, Simmons & O'Shea 1989 ("Weight training today"): 1RM = w(1 + 0.025r)."""
    return 1 + 0.025 * r


def _wathan(r: float) -> float:
    """Wathan 1994 (NSCA Essentials of Strength Training and Conditioning).

    1RM = 100w/(48.8 + 53.8e^(-0.075r)).
    """
    return 100 / (48.8 + 53.8 * math.exp(-0.075 * r))


# The inverses: the reps r >= 2 whose factor is q (q at least the factor at 2 reps); infinity
# where no number of reps reaches q (Mayhew's and Wathan's curves level off).


def _epley_reps(q: float) -> float:
    return 30 * (q - 1)


def _brzycki_reps(q: float) -> float:
    return 37 - 36 / q


def _lander_reps(q: float) -> float:
    return (101.3 - 100 / q) / 2.67123


def _lombardi_reps(q: float) -> float:
    return float(q**10)


def _mayhew_reps(q: float) -> float:
    x = (100 / q - 52.2) / 41.9
    return -math.log(x) / 0.055 if x > 0 else math.inf


def _oconner_reps(q: float) -> float:
    return (q - 1) / 0.025


def _wathan_reps(q: float) -> float:
    x = (100 / q - 48.8) / 53.8
    return -math.log(x) / 0.075 if x > 0 else math.inf


class _Equation(NamedTuple):
    factor: Callable[[float], float]
    reps: Callable[[float], float]
    text: str
    max_reps: int  # the most whole reps the equation is defined for


_EQUATIONS: Mapping[str, _Equation] = MappingProxyType(
    {
        "epley": _Equation(_epley, _epley_reps, "w*(1 + r/30)", MAX_REPS),
        "brzycki": _Equation(_brzycki, _brzycki_reps, "w*36/(37 - r)", 36),
        "lander": _Equation(_lander, _lander_reps, "100w/(101.3 - 2.67123r)", 37),
        "lombardi": _Equation(_lombardi, _lombardi_reps, "w*r^0.10", MAX_REPS),
        "mayhew": _Equation(_mayhew, _mayhew_reps, "100w/(52.2 + 41.9e^(-0.055r))", MAX_REPS),
        "oconner": _Equation(_oconner, _oconner_reps, "w*(1 + 0.025r)", MAX_REPS),
        "wathan": _Equation(_wathan, _wathan_reps, "100w/(48.8 + 53.8e^(-0.075r))", MAX_REPS),
    }
)

_FORMULA_NAMES: Mapping[str, str] = MappingProxyType(
    {
        "epley": "Epley",
        "brzycki": "Brzycki",
        "lander": "Lander",
        "lombardi": "Lombardi",
        "mayhew": "Mayhew et al.",
        "oconner": "O'Conner et al.",
        "wathan": "Wathan",
        "consensus": "median of seven equations",
    }
)

_CONSENSUS_MAX_REPS = min(equation.max_reps for equation in _EQUATIONS.values())


def _factor(formula: Formula, reps: float) -> float:
    """1RM / load for ``reps`` (>= 1) to failure: 1 at one rep, the equation from two reps.

    Between one and two reps (fractional reps only) the factor runs linearly from 1 to the
    equation's value at two reps, so that it is continuous and increasing, and invertible.
    """
    if formula == "consensus":
        return statistics.median(_factor(name, reps) for name in FORMULAS)
    if reps <= 1:
        return 1.0
    equation = _EQUATIONS[formula]
    if reps < 2:
        return 1 + (reps - 1) * (equation.factor(2) - 1)
    return equation.factor(reps)


def _reps_for(formula: Formula, ratio: float) -> float:
    """The reps (>= 1, possibly infinite) whose factor is ``ratio`` (>= 1): `_factor` inverted.

    For the consensus this is the median of the seven inverses: for increasing functions, the
    median of the values reaches ``ratio`` exactly where the median of the inverses lies.
    """
    if formula == "consensus":
        return statistics.median(_reps_for(name, ratio) for name in FORMULAS)
    if ratio <= 1:
        return 1.0
    equation = _EQUATIONS[formula]
    at_two = equation.factor(2)
    if ratio <= at_two:
        return 1 + (ratio - 1) / (at_two - 1)
    return equation.reps(ratio)


def _max_reps(formula: Formula) -> int:
    if formula == "consensus":
        return _CONSENSUS_MAX_REPS
    return _EQUATIONS[formula].max_reps


# -- argument checks ----------------------------------------------------------------------------


class _Args(Checks):
    """`Checks` for a function's arguments: problems read ``estimate_1rm.reps: ...``."""

    __slots__ = ()

    def __init__(self, function: str) -> None:
        super().__init__(None)
        self.owner = function


def _check_formula(checks: Checks, formula: object) -> Formula | None:
    if isinstance(formula, str) and formula in _ALL_FORMULAS:
        return formula
    names = ", ".join(repr(name) for name in _ALL_FORMULAS)
    checks.fail("formula", f"must be one of {names}; got {describe(formula)}")
    return None


def _check_reps_domain(checks: Checks, formula: Formula, reps: int) -> None:
    """Refuse reps where the formula has no value (its denominator reaches zero)."""
    if reps <= _max_reps(formula):
        return
    if formula == "lander":
        checks.fail(
            "reps",
            f"Lander's equation, {_EQUATIONS['lander'].text}, is undefined at 38 reps or more "
            f"(its denominator turns negative), got {reps}; use another formula, e.g. 'epley'",
        )
        return
    brzycki = (
        f"Brzycki's equation, {_EQUATIONS['brzycki'].text}, is undefined at 37 reps or more "
        "(its denominator reaches zero)"
    )
    if formula == "consensus":
        checks.fail(
            "reps",
            f"the consensus is the median of all seven formulas, and {brzycki}; got {reps}: "
            "use a single formula, e.g. 'epley'",
        )
    else:
        checks.fail("reps", f"{brzycki}, got {reps}; use another formula, e.g. 'epley'")


def _check_lifted_load(checks: Checks, field: str, load: object) -> None:
    """A load lifted: a bar load (0-1000 kg) above zero."""
    problem = bar_load_problem(load)
    if problem is None and isinstance(load, Load) and load.value == 0:
        problem = f"must be > 0, got {load} (an estimate needs a load that was lifted)"
    if problem is not None:
        checks.fail(field, problem)


def _check_one_rep_max(checks: Checks, field: str, load: object) -> None:
    """A 1RM: any positive `Load` (an estimate may exceed what a bar field accepts)."""
    if not isinstance(load, Load):
        checks.fail(field, f"must be a Load such as kg(100) or lb(225), got {describe(load)}")
    elif load.value <= 0:
        checks.fail(field, f"must be > 0, got {load}")


def _check_fraction(checks: Checks, field: str, value: object) -> bool:
    """A fraction of 1RM in (0, 1]; a hint when a percent (80 for 0.80) was given."""
    if not is_number(value) or not is_finite(cast(float, value)):
        checks.fail(field, f"must be a fraction of 1RM in (0, 1], got {describe(value)}")
        return False
    number = to_float(cast(float, value))  # an integer past a float's range: an infinity
    shown = fmt_number(cast(float, value))
    if number <= 0:
        checks.fail(field, f"must be a fraction of 1RM above 0, got {shown}")
        return False
    if number > 1:
        if 5 <= number <= 100:
            hint = f"; it is a fraction: did you mean {number / 100:.2f}?"
        else:
            hint = " (a load above the 1RM cannot be lifted even once)"
        checks.fail(field, f"must be <= 1 (the 1RM), got {shown}{hint}")
        return False
    return True


def _warn_high_reps(what: str) -> None:
    """Warn, pointing at the caller of the public function that calls this."""
    warnings.warn(
        f"{what}: 1RM equations and %1RM charts are validated up to about {VALIDATED_REPS} "
        "reps, and people often do more reps at moderate loads than such charts predict "
        "(Nuzzo et al. 2024, Sports Med 54(2):303-321)",
        NegativesWarning,
        stacklevel=3,
    )


# -- 1RM from reps, and back ------------------------------------------------------------------


def estimate_1rm(load: Load, reps: int, formula: Formula = "epley") -> Load:
    """The one-rep max estimated from ``load`` lifted ``reps`` times to failure.

    The equations, with w the load and r the reps (DOMAIN §6; each cites its source in the
    code):

    | formula | 1RM | source |
    |---|---|---|
    | ``"epley"`` | w(1 + r/30) | Epley 1985 |
    | ``"brzycki"`` | 36w/(37 - r), r <= 36 | Brzycki 1993 |
    | ``"lander"`` | 100w/(101.3 - 2.67123r), r <= 37 | Lander 1985 |
    | ``"lombardi"`` | w r^0.10 | Lombardi 1989 |
    | ``"mayhew"`` | 100w/(52.2 + 41.9e^(-0.055r)) | Mayhew et al. 1992 |
    | ``"oconner"`` | w(1 + 0.025r) | O'Conner et al. 1989 |
    | ``"wathan"`` | 100w/(48.8 + 53.8e^(-0.075r)) | Wathan 1994 |
    | ``"consensus"`` | the median of the seven, r <= 36 | — |

    **One rep returns the load itself, for every formula.** A single to failure is a one-rep
    max by definition. Epley's equation taken literally gives 1.033w at r = 1 (Lander 1.014w,
    Mayhew 1.089w, O'Conner 1.025w, Wathan 1.013w; Brzycki and Lombardi give w); many tools
    special-case r = 1 the same way. Every estimate still increases with reps.

    The result keeps the load's unit. The estimate assumes the set went to failure: reps left
    in reserve make it an underestimate.

    Args:
        load: the total load lifted (bar and plates, both dumbbells; see `Set.total_load`),
            above 0.
        reps: repetitions to failure, a whole number from 1.
        formula: one of `FORMULAS`, or ``"consensus"``.

    Returns:
        The estimated one-rep max, in ``load``'s unit.

    Raises:
        ValidationError: ``load`` not a positive `Load`, ``reps`` not a whole number >= 1, an
            unknown formula, or reps where the formula is undefined (Brzycki and the consensus
            from 37 reps, Lander from 38).

    Warns:
        NegativesWarning: above 10 reps (`VALIDATED_REPS`): the estimate is rough.

    Examples:
        >>> from negatives import kg, lb
        >>> f"{estimate_1rm(kg(100), 10, 'brzycki'):.2f}"  # 100 x 36 / 27
        '133.33 kg'
        >>> estimate_1rm(lb(225), 1, "mayhew")  # a single is a 1RM
        Load(225.0, 'lb')
        >>> import warnings
        >>> with warnings.catch_warnings(record=True) as caught:
        ...     warnings.simplefilter("always")
        ...     estimate_1rm(kg(60), 15)
        Load(90.0, 'kg')
        >>> caught[0].category.__name__
        'NegativesWarning'
    """
    checks = _Args("estimate_1rm")
    _check_lifted_load(checks, "load", load)
    count: Any = as_int(reps)
    reps_ok = checks.integer("reps", count, ge=1, le=MAX_REPS)
    name = _check_formula(checks, formula)
    if reps_ok and name is not None:
        _check_reps_domain(checks, name, count)
    checks.done()
    assert name is not None
    if count > VALIDATED_REPS:
        _warn_high_reps(f"a 1RM estimated from {count} reps is rough")
    return Load(load.value * _factor(name, count), load.unit)


def load_for_reps(one_rep_max: Load, reps: int, formula: Formula = "epley") -> Load:
    """The load that ``reps`` repetitions to failure take, given a one-rep max.

    The inverse of `estimate_1rm`: ``load_for_reps(estimate_1rm(w, r), r)`` is ``w`` (up to
    rounding). One rep is the 1RM itself.

    Args:
        one_rep_max: the one-rep max, above 0.
        reps: repetitions to failure, a whole number from 1.
        formula: one of `FORMULAS`, or ``"consensus"``.

    Returns:
        The load, in ``one_rep_max``'s unit.

    Raises:
        ValidationError: as for `estimate_1rm`.

    Warns:
        NegativesWarning: above 10 reps.

    Examples:
        >>> from negatives import kg
        >>> load_for_reps(kg(120), 5)  # Epley: 120 / (1 + 5/30)
        Load(102.85714285714285, 'kg')
        >>> load_for_reps(kg(120), 1, "wathan")
        Load(120.0, 'kg')
    """
    checks = _Args("load_for_reps")
    _check_one_rep_max(checks, "one_rep_max", one_rep_max)
    count: Any = as_int(reps)
    reps_ok = checks.integer("reps", count, ge=1, le=MAX_REPS)
    name = _check_formula(checks, formula)
    if reps_ok and name is not None:
        _check_reps_domain(checks, name, count)
    checks.done()
    assert name is not None
    if count > VALIDATED_REPS:
        _warn_high_reps(f"a load for {count} reps is rough")
    return Load(one_rep_max.value / _factor(name, count), one_rep_max.unit)


def reps_at_load(one_rep_max: Load, load: Load, formula: Formula = "epley") -> float:
    """How many reps to failure ``load`` allows, given a one-rep max: fractional reps.

    The inverse of `estimate_1rm` in the reps. The answer is continuous: between one and two
    reps the factor 1RM/load is taken to run linearly from 1 (a single at the 1RM) to the
    formula's value at two reps, so every load from the 1RM down has exactly one answer, and
    ``reps_at_load(m, load_for_reps(m, r)) == r`` (up to rounding). Round down for a
    prescription. For the consensus it is the median of the seven formulas' answers.

    Args:
        one_rep_max: the one-rep max, above 0.
        load: the load, above 0 and at most the 1RM (units may differ).
        formula: one of `FORMULAS`, or ``"consensus"``.

    Returns:
        Repetitions, >= 1.0 (1.0 at the 1RM itself).

    Raises:
        ValidationError: a load above the 1RM (it cannot be lifted once); a load so light that
            the formula never predicts it: Mayhew's curve levels off at 1RM = 1.916 x load,
            so no reps match a load below 52.2 % of 1RM; Wathan's at 2.049 x load (48.8 %);
            the consensus ends where Brzycki's does, below 37 reps.

    Warns:
        NegativesWarning: when the answer is above 10 reps.

    Examples:
        >>> from negatives import kg, lb
        >>> reps_at_load(kg(120), kg(96))  # Epley: 30 x (120/96 - 1)
        7.5
        >>> reps_at_load(kg(100), lb(220.46226218487757))
        1.0
    """
    checks = _Args("reps_at_load")
    _check_one_rep_max(checks, "one_rep_max", one_rep_max)
    _check_lifted_load(checks, "load", load)
    name = _check_formula(checks, formula)
    checks.done()
    assert name is not None
    ratio = one_rep_max.ratio(load)
    if ratio < 1 and not math.isclose(ratio, 1, rel_tol=1e-12):
        raise ValidationError.single(
            "load",
            f"must be <= one_rep_max ({one_rep_max}), got {load}: a load above the 1RM "
            "cannot be lifted even once",
            "reps_at_load",
        )
    ratio = max(ratio, 1.0)
    reps = _reps_for(name, ratio)
    if not reps < _max_reps(name) + 1:
        raise ValidationError.single(
            "load", _too_light(name, load, one_rep_max, ratio), "reps_at_load"
        )
    if reps > VALIDATED_REPS:
        _warn_high_reps(f"{reps:.1f} reps at {100 / ratio:.1f} % of 1RM is a rough answer")
    return reps


def _too_light(formula: Formula, load: Load, one_rep_max: Load, ratio: float) -> str:
    share = f"{load} is {100 / ratio:.1f} % of the 1RM ({one_rep_max})"
    if formula == "mayhew":
        return (
            f"{share}: Mayhew's equation never predicts a 1RM above 1.916 x the load (its "
            "curve levels off), so no number of reps matches a load below 52.2 % of 1RM; use "
            "another formula, e.g. 'epley'"
        )
    if formula == "wathan":
        return (
            f"{share}: Wathan's equation never predicts a 1RM above 2.049 x the load (its "
            "curve levels off), so no number of reps matches a load below 48.8 % of 1RM; use "
            "another formula, e.g. 'epley'"
        )
    return (
        f"{share}: the consensus would need 37 reps or more, where Brzycki's equation is "
        "undefined; use a single formula, e.g. 'epley'"
    )


# -- %1RM charts ------------------------------------------------------------------------------

#: The NSCA training-load chart: fraction of 1RM by reps to failure (medium confidence; a table
#: of averages). 11 reps is not listed. This is *not* the table in the NSCA's Essentials
#: textbook, which differs slightly (11 -> 0.70, 12 -> 0.67, 15 -> 0.65).
NSCA_TRAINING_LOAD: Mapping[int, float] = MappingProxyType(
    {1: 1.00, 2: 0.95, 3: 0.93, 4: 0.90, 5: 0.87, 6: 0.85,
     7: 0.83, 8: 0.80, 9: 0.77, 10: 0.75, 12: 0.70}
)  # fmt: skip

_NSCA_POINTS = tuple(sorted(NSCA_TRAINING_LOAD.items()))
_NSCA_LAST_REPS, _NSCA_LAST_FRACTION = _NSCA_POINTS[-1]
# Beyond 12 reps: Epley's inverse 1/(1 + r/30), scaled to meet the chart's 0.70 at 12 reps
# (unscaled it gives 0.714 there), so the curve is continuous: 0.98 / (1 + r/30).
_NSCA_TAIL = _NSCA_LAST_FRACTION * (1 + _NSCA_LAST_REPS / 30)


def nsca_fraction(reps: float) -> float:
    """The fraction of 1RM that allows ``reps`` repetitions, from the NSCA training-load chart.

    The chart (`NSCA_TRAINING_LOAD`): 1 -> 1.00, 2 -> 0.95, 3 -> 0.93, 4 -> 0.90, 5 -> 0.87,
    6 -> 0.85, 7 -> 0.83, 8 -> 0.80, 9 -> 0.77, 10 -> 0.75, 12 -> 0.70. It is the NSCA's
    training-load chart, not the NSCA Essentials textbook table (11 -> 0.70, 12 -> 0.67,
    15 -> 0.65). Between the chart's points (11 reps, fractional reps) the fraction is
    interpolated linearly. Beyond 12 reps, where the chart ends, it follows Epley's inverse
    ``1/(1 + r/30)`` scaled by 0.98 so that it meets the chart's 0.70 at 12 reps (Epley alone
    gives 0.714 there): the curve is continuous and decreasing. That tail is an extrapolation;
    people often manage more reps than charts say (Nuzzo et al. 2024, Sports Med
    54(2):303-321). No warning is issued: use `estimate_1rm` for a checked estimate.

    Args:
        reps: repetitions to failure, >= 1 (fractional reps allowed).

    Returns:
        A fraction of 1RM in (0, 1].

    Raises:
        ValidationError: reps not a finite number >= 1.

    Examples:
        >>> nsca_fraction(8), nsca_fraction(11), round(nsca_fraction(15), 4)
        (0.8, 0.725, 0.6533)
    """
    checks = _Args("nsca_fraction")
    checks.number("reps", reps, ge=1)
    checks.done()
    value = to_float(reps)
    if value.is_integer() and int(value) in NSCA_TRAINING_LOAD:
        return NSCA_TRAINING_LOAD[int(value)]
    if value > _NSCA_LAST_REPS:
        return _NSCA_TAIL / (1 + value / 30)
    for (low_reps, low), (high_reps, high) in itertools.pairwise(_NSCA_POINTS):
        if low_reps <= value <= high_reps:
            return low + (high - low) * (value - low_reps) / (high_reps - low_reps)
    raise AssertionError("unreachable: reps within the chart")  # pragma: no cover


def nsca_reps(fraction: float) -> float:
    """The repetitions to failure at ``fraction`` of 1RM: `nsca_fraction` inverted.

    Linear between the chart's points, Epley's scaled inverse below 0.70 (see
    `nsca_fraction`); 1.0 at the 1RM.

    Args:
        fraction: a fraction of 1RM in (0, 1] (0.80, not 80).

    Returns:
        Repetitions, >= 1.0, possibly fractional.

    Raises:
        ValidationError: a fraction outside (0, 1], with a hint when it looks like a percent.

    Examples:
        >>> nsca_reps(0.80), nsca_reps(0.725), nsca_reps(0.70)
        (8.0, 11.0, 12.0)
    """
    checks = _Args("nsca_reps")
    _check_fraction(checks, "fraction", fraction)
    checks.done()
    value = float(fraction)
    if value < _NSCA_LAST_FRACTION:
        return 30 * (_NSCA_TAIL / value - 1)
    for (low_reps, low), (high_reps, high) in itertools.pairwise(_NSCA_POINTS):
        if low >= value >= high:
            return low_reps + (high_reps - low_reps) * (low - value) / (low - high)
    raise AssertionError("unreachable: fraction within the chart")  # pragma: no cover


#: The RTS RPE chart (Reactive Training Systems), as one sequence S: the fraction of 1RM for
#: ``reps`` at ``rpe`` is ``S[2(reps - 1) + 2(10 - rpe)]``, reps 1-12, RPE 6-10 in half steps.
#: Medium confidence: widely used in powerlifting; a chart of typical values, not a study.
RTS_CHART: tuple[float, ...] = (
    1.000, 0.978, 0.955, 0.939, 0.922, 0.907, 0.892, 0.878, 0.863, 0.850, 0.837,
    0.824, 0.811, 0.799, 0.786, 0.774, 0.762, 0.751, 0.739, 0.723, 0.707, 0.694,
    0.680, 0.667, 0.653, 0.640, 0.626, 0.613, 0.599, 0.586, 0.572,
)  # fmt: skip

_RTS_MAX_REPS = 12
_RTS_MIN_RPE = 6.0


def _rts_value(index: float) -> float:
    """The chart read as a curve: S at a (fractional) index, linear between entries."""
    low = math.floor(index)
    if low >= len(RTS_CHART) - 1:
        return RTS_CHART[-1]
    return RTS_CHART[low] + (RTS_CHART[low + 1] - RTS_CHART[low]) * (index - low)


def _rts_index(fraction: float) -> float | None:
    """The (fractional) chart index whose value is ``fraction``; ``None`` off the chart."""
    if not RTS_CHART[-1] <= fraction <= RTS_CHART[0]:
        return None
    for index in range(len(RTS_CHART) - 1):
        high, low = RTS_CHART[index], RTS_CHART[index + 1]
        if high >= fraction >= low:
            return index + (high - fraction) / (high - low)
    raise AssertionError("unreachable: fraction within the chart")  # pragma: no cover


def _check_rpe(checks: Checks, rpe: object, *, half_steps: bool) -> bool:
    if not checks.number("rpe", rpe, ge=_RTS_MIN_RPE, le=10):
        return False
    doubled = float(cast(float, rpe)) * 2
    if half_steps and abs(doubled - round(doubled)) > 1e-9:
        checks.fail(
            "rpe",
            f"must be on a half step of the RTS chart (6, 6.5, ..., 10), got "
            f"{fmt_number(float(cast(float, rpe)))}",
        )
        return False
    return True


def rts_fraction(reps: int, rpe: float) -> float:
    """The fraction of 1RM for ``reps`` at ``rpe``, from the RTS chart, exactly as printed.

    ``RTS_CHART[2(reps - 1) + 2(10 - rpe)]`` for reps 1-12 and RPE 6-10 in half steps (an RPE
    of 8 means two reps in reserve; Helms et al. 2016, Strength Cond J 38(4):42-49).

    Args:
        reps: repetitions done, 1-12.
        rpe: the set's RPE, 6-10 in half steps.

    Returns:
        A fraction of 1RM (0.811 for 5 reps at RPE 8).

    Raises:
        ValidationError: reps or RPE off the chart, or an RPE between half steps.

    Examples:
        >>> rts_fraction(5, 8), rts_fraction(1, 8), rts_fraction(1, 10)
        (0.811, 0.922, 1.0)
    """
    checks = _Args("rts_fraction")
    count: Any = as_int(reps)
    checks.integer("reps", count, ge=1, le=_RTS_MAX_REPS)
    _check_rpe(checks, rpe, half_steps=True)
    checks.done()
    return RTS_CHART[2 * (int(count) - 1) + round(2 * (10 - float(rpe)))]


def rts_rpe(reps: int, fraction: float) -> float:
    """The RPE at which ``reps`` at ``fraction`` of 1RM sits on the RTS chart.

    Interpolated linearly between the chart's half steps, not rounded: ``rts_rpe(5, 0.811)``
    is 8.0 and a fraction between two cells gives an RPE between them. Round with
    ``round(rpe * 2) / 2`` for the nearest chart cell.

    Args:
        reps: repetitions done, 1-12.
        fraction: the load as a fraction of 1RM, in (0, 1].

    Returns:
        An RPE from 6 to 10.

    Raises:
        ValidationError: reps off the chart; a fraction heavier than RPE 10 allows for those
            reps (more than a maximal effort, or a 1RM that is too low) or lighter than RPE 6,
            where the chart ends.

    Examples:
        >>> rts_rpe(5, 0.811), rts_rpe(5, 0.805)
        (8.0, 7.75)
    """
    checks = _Args("rts_rpe")
    count: Any = as_int(reps)
    checks.integer("reps", count, ge=1, le=_RTS_MAX_REPS)
    _check_fraction(checks, "fraction", fraction)
    checks.done()
    start = 2 * (int(count) - 1)
    hardest, easiest = RTS_CHART[start], RTS_CHART[start + 8]
    value = float(fraction)
    if value > hardest:
        raise ValidationError.single(
            "fraction",
            f"{count} reps at {fmt_number(value)} of 1RM is beyond RPE 10 on the RTS chart "
            f"({count} reps at RPE 10 is {hardest}): more than a maximal effort, or the 1RM "
            "is too low",
            "rts_rpe",
        )
    if value < easiest:
        raise ValidationError.single(
            "fraction",
            f"{count} reps at {fmt_number(value)} of 1RM is below RPE 6, where the RTS chart "
            f"ends ({count} reps at RPE 6 is {easiest})",
            "rts_rpe",
        )
    index = _rts_index(value)
    assert index is not None
    return 10 - (index - start) / 2


def rts_reps(rpe: float, fraction: float) -> float:
    """The reps at ``rpe`` that ``fraction`` of 1RM allows, on the RTS chart.

    The chart read as one curve: the index whose value is ``fraction`` (linear between
    entries) gives ``reps = 1 + index/2 - (10 - rpe)``. Any RPE from 6 to 10 is accepted, half
    steps or not; the answer is fractional. Round down for a prescription.

    Args:
        rpe: the target RPE, 6-10.
        fraction: the load as a fraction of 1RM, in (0, 1].

    Returns:
        Repetitions from 1 to 12.

    Raises:
        ValidationError: an RPE off the chart; a fraction heavier than a single at that RPE,
            or lighter than 12 reps at that RPE (where the chart ends).

    Examples:
        >>> rts_reps(8, 0.811), rts_reps(10, 0.70)
        (5.0, 11.26923076923077)
    """
    checks = _Args("rts_reps")
    _check_rpe(checks, rpe, half_steps=False)
    _check_fraction(checks, "fraction", fraction)
    checks.done()
    effort = float(rpe)
    value = float(fraction)
    start = 2 * (10 - effort)
    heaviest, lightest = _rts_value(start), _rts_value(start + 2 * (_RTS_MAX_REPS - 1))
    label = fmt_number(effort)
    if value > heaviest:
        raise ValidationError.single(
            "fraction",
            f"{fmt_number(value)} of 1RM is heavier than a single at RPE {label} allows "
            f"({heaviest:.3f} on the RTS chart)",
            "rts_reps",
        )
    if value < lightest:
        raise ValidationError.single(
            "fraction",
            f"{fmt_number(value)} of 1RM is lighter than {_RTS_MAX_REPS} reps at RPE {label} "
            f"({lightest:.3f}), where the RTS chart ends",
            "rts_reps",
        )
    index = _rts_index(value)
    assert index is not None
    return 1 + (index - start) / 2


def rir_from_rpe(rpe: float) -> float:
    """Repetitions in reserve for an RPE: ``10 - rpe`` (Helms et al. 2016, Strength Cond J 38(4):42-49).

    RPE runs from 1 to 10, so RIR from 9 to 0. Any value in range is accepted (apps log
    half steps, and averages). The scale is most reliable close to failure (RPE 7-10).

    Raises:
        ValidationError: an RPE outside 1-10.

    Examples:
        >>> rir_from_rpe(8), rir_from_rpe(9.5)
        (2.0, 0.5)
    """  # noqa: E501
    checks = _Args("rir_from_rpe")
    checks.number("rpe", rpe, ge=1, le=10)
    checks.done()
    return 10 - float(rpe)


def rpe_from_rir(rir: float) -> float:
    """The RPE for repetitions in reserve: ``10 - rir`` (Helms et al. 2016).

    RIR runs from 0 to 9, the range that maps onto RPE 1-10. (`Set` accepts ``rir`` up to 10,
    which has no RPE on that scale.)

    Raises:
        ValidationError: an RIR outside 0-9.

    Examples:
        >>> rpe_from_rir(2), rpe_from_rir(0.5)
        (8.0, 9.5)
    """
    checks = _Args("rpe_from_rir")
    checks.number("rir", rir, ge=0, le=9)
    checks.done()
    return 10 - float(rir)


# -- an athlete's 1RM ------------------------------------------------------------------------


def _check_estimate(instance: Estimate) -> None:
    checks = Checks(instance)
    _check_one_rep_max(checks, "load", instance.load)
    if instance.source not in ("tested", "history"):
        checks.fail("source", f"must be 'tested' or 'history', got {describe(instance.source)}")
    if instance.date is not None and (
        not isinstance(instance.date, dt.date) or isinstance(instance.date, dt.datetime)
    ):
        checks.fail("date", f"must be a date or None, got {describe(instance.date)}")
    if instance.set is not None:
        checks.instance("set", instance.set, Set, "a Set or None")
    if instance.formula is not None:
        _check_formula(checks, instance.formula)
    checks.done()


@attrs.frozen
class Estimate:
    """An athlete's concentric one-rep max for one exercise, and where it came from.

    Attributes:
        load: the 1RM. For bodyweight exercises, the total resistance: bodyweight share plus
            added load.
        source: ``"tested"`` (``Athlete.concentric_1rm``) or ``"history"`` (logged sets).
        date: when it was tested, or the date of the session the set came from; ``None`` when
            a tested 1RM has no date.
        set: the set the estimate came from (``None`` when tested).
        formula: the equation used (``None`` when tested).
    """

    load: Load
    source: EstimateSource
    date: dt.date | None = None
    set: Set | None = None
    formula: Formula | None = None

    def __attrs_post_init__(self) -> None:
        _check_estimate(self)

    def describe(self) -> str:
        """Where the 1RM came from, in a sentence fragment for notes and reports.

        Examples:
            >>> import datetime as dt
            >>> from negatives import kg
            >>> Estimate(kg(110), "tested", dt.date(2026, 10, 1)).describe()
            'tested 1RM 110 kg (2026-10-01)'
        """
        if self.source == "tested":
            when = f" ({self.date.isoformat()})" if self.date is not None else ""
            return f"tested 1RM {self.load}{when}"
        text = f"estimated 1RM {fmt_number(round(self.load.value, 1))} {self.load.unit.value}"
        if self.set is not None:
            lifted = str(self.set.total_load)
            if self.set.exercise.bodyweight_fraction:
                lifted += " + bodyweight share"
            text += f" from {lifted} x {self.set.reps}"
        if self.date is not None:
            text += f" on {self.date.isoformat()}"
        if self.formula is not None:
            text += f" ({_FORMULA_NAMES[self.formula]})"
        return text


def _is_concentric_effort(item: Set) -> bool:
    """A working set in which the athlete lifted the whole load, unaided."""
    if item.set_type is SetType.WARMUP:
        return False
    if item.method not in (Method.STANDARD, Method.TEMPO_ECCENTRIC):
        # Partner-assisted, negative-only and 2/1 sets get help with (or skip) the lift; an
        # accentuated set's load is the heavier lowering; flywheel sets have no bar load.
        return False
    if item.exercise.equipment is Equipment.FLYWHEEL:
        return False
    if item.rep_detail is not None:
        for rep in item.rep_detail:
            help_given = rep.concentric.assistance
            if help_given is None or help_given.value != 0:
                return False
    return True


class _Candidate(NamedTuple):
    e1rm: Load
    day: dt.date
    item: Set


def one_rep_max(
    exercise: Exercise | str,
    *,
    athlete: Athlete | None = None,
    history: Iterable[Session] = (),
    as_of: dt.date | None = None,
    window_days: int = DEFAULT_WINDOW_DAYS,
    formula: Formula = "consensus",
) -> Estimate:
    """An athlete's concentric 1RM for ``exercise``: tested if known, else from recent sets.

    1. **Tested wins.** ``athlete.concentric_1rm[exercise id]``, however old, unless
       ``as_of`` is given and the test is dated after it (it was not known yet). Pass
       ``athlete=None``, or update the athlete, to estimate from history alone.
    2. **Otherwise the best recent set.** Over the sessions dated from ``as_of -
       window_days`` to ``as_of`` inclusive (``as_of`` defaults to the latest session date in
       ``history``), the sets of this exercise that the athlete lifted unaided: working sets
       (warm-ups excluded: they stop far from failure), standard or tempo-eccentric method,
       and no recorded help on the lift. Partner-assisted, negative-only, 2/1, accentuated
       and flywheel sets are excluded: their load is not what the athlete lifted. Each set's
       e1RM is `estimate_1rm` of its total external load (`Set.total_load`: both dumbbells of
       a pair) and reps; the highest wins (the latest, on a tie). Sets short of failure
       underestimate, which is why the best set, not an average, is taken.
    3. **Sets of at most 10 reps first.** The equations are validated up to about 10 reps, so
       higher-rep sets count only when there is no set of 10 or fewer; the result then comes
       with a `NegativesWarning`. Sets beyond the formula's range (37 reps for Brzycki and the
       consensus) are skipped.

    For **bodyweight exercises** (``bodyweight_fraction > 0``: pull-ups, dips) the resistance
    is the added load plus the athlete's bodyweight share, using ``athlete.bodyweight`` today
    (a bodyweight that changed over the window shifts the estimate). Without a known
    bodyweight the added load alone would understate the 1RM by the whole bodyweight share,
    so the estimate is refused.

    Args:
        exercise: the exercise, or its id.
        athlete: the athlete (tested 1RMs, bodyweight).
        history: their sessions, in any order.
        as_of: the day the estimate is for.
        window_days: how many days before ``as_of`` count, >= 1.
        formula: the 1RM equation (default the consensus of the seven).

    Returns:
        The `Estimate`, in the unit of the tested 1RM or of the set's load.

    Raises:
        ValidationError: bad arguments; a bodyweight exercise without ``athlete.bodyweight``;
            neither a tested 1RM nor a usable set in the window.

    Warns:
        NegativesWarning: the estimate comes from a set of more than 10 reps.

    Examples:
        >>> import datetime as dt
        >>> import negatives as neg
        >>> bench = neg.Exercise("bench-press", "Bench Press", muscles=["chest"])
        >>> day = neg.Session(dt.date(2026, 11, 23), sets=[
        ...     neg.Set(bench, reps=10, load=neg.kg(40), set_type="warmup"),
        ...     neg.Set(bench, reps=5, load=neg.kg(90)),
        ...     neg.Set(bench, reps=8, load=neg.kg(80)),
        ... ])
        >>> best = one_rep_max(bench, history=[day], formula="epley")
        >>> best.load, best.source, best.set.reps
        (Load(105.0, 'kg'), 'history', 5)
        >>> best.describe()
        'estimated 1RM 105 kg from 90 kg x 5 on 2026-11-23 (Epley)'
        >>> athlete = neg.Athlete("ann", training_age_years=3,
        ...                       concentric_1rm={"bench-press": neg.kg(110)})
        >>> one_rep_max("bench-press", athlete=athlete, history=[day]).source
        'tested'
    """
    checks = _Args("one_rep_max")
    exercise_id = ""
    if isinstance(exercise, Exercise):
        exercise_id = exercise.id
    elif isinstance(exercise, str) and exercise.strip():
        exercise_id = exercise
    else:
        checks.fail("exercise", f"must be an Exercise or an exercise id, got {describe(exercise)}")
    if athlete is not None:
        checks.instance("athlete", athlete, Athlete, "an Athlete or None")
    if as_of is not None and (not isinstance(as_of, dt.date) or isinstance(as_of, dt.datetime)):
        checks.fail("as_of", f"must be a date (without a time) or None, got {describe(as_of)}")
    days: Any = as_int(window_days)
    checks.integer("window_days", days, ge=1)
    name = _check_formula(checks, formula)
    sessions: tuple[Any, ...] = ()
    if isinstance(history, (str, bytes)) or not isinstance(history, Iterable):
        checks.fail("history", f"must be an iterable of Sessions, got {describe(history)}")
    else:
        sessions = tuple(history)
        for index, session in enumerate(sessions):
            if not isinstance(session, Session):
                checks.fail(("history", index), f"must be a Session, got {describe(session)}")
    checks.done()
    assert name is not None

    if athlete is not None:
        tested = athlete.concentric_1rm.get(exercise_id)
        tested_on = athlete.concentric_1rm_dates.get(exercise_id)
        if tested is not None and (as_of is None or tested_on is None or tested_on <= as_of):
            return Estimate(tested, "tested", tested_on)

    end = as_of if as_of is not None else max((s.date for s in sessions), default=None)
    bodyweight = athlete.bodyweight if athlete is not None else None
    candidates: list[_Candidate] = []
    unknown_bodyweight: Exercise | None = None
    for session in sessions:
        if end is None or not 0 <= (end - session.date).days <= days:
            continue
        for item in session.sets:
            if item.exercise.id != exercise_id or not _is_concentric_effort(item):
                continue
            if item.reps > _max_reps(name):
                continue
            share = item.bodyweight_share(bodyweight)
            if share is None:
                unknown_bodyweight = item.exercise
                continue
            resistance = item.total_load + share
            if resistance.value <= 0:
                continue
            e1rm = Load(resistance.value * _factor(name, item.reps), resistance.unit)
            candidates.append(_Candidate(e1rm, session.date, item))

    preferred = [c for c in candidates if c.item.reps <= VALIDATED_REPS] or candidates
    if not preferred:
        if unknown_bodyweight is not None:
            raise ValidationError.single(
                None,
                f"cannot estimate a 1RM for {exercise_id!r} from history: "
                f"{unknown_bodyweight.name} moves "
                f"{fmt_number(unknown_bodyweight.bodyweight_fraction)} x bodyweight, so its "
                "1RM is that share plus the added load, and the athlete's bodyweight is "
                "unknown; give Athlete.bodyweight (or Athlete.concentric_1rm)",
            )
        window = f" (to {end.isoformat()})" if end is not None else ""
        raise ValidationError.single(
            None,
            f"no 1RM for {exercise_id!r}: give Athlete.concentric_1rm or a history with "
            f"working sets in the last {days} days{window}; warm-ups and sets with help on "
            "the lift or an eccentric overload do not count",
        )
    best = max(preferred, key=lambda c: (c.e1rm.kg, c.day))
    if best.item.reps > VALIDATED_REPS:
        _warn_high_reps(
            f"the 1RM for {exercise_id!r} comes from a set of {best.item.reps} reps (no set of "
            f"{VALIDATED_REPS} or fewer in the window) and is rough"
        )
    return Estimate(best.e1rm, "history", best.day, best.item, name)


# -- eccentric strength -----------------------------------------------------------------------

#: Eccentric:concentric maximal strength ratio used when nothing better is known. Nuzzo, Pinto,
#: Nosaka & Steele 2023 (Sports Med 53(6):1125-1136) pooled 1.41 (95 % CrI 1.38-1.44) across
#: studies, mostly isokinetic and machine data; men 1.38, women 1.47, older adults 1.62, upper
#: body 1.42, lower 1.40. High confidence in that average; individuals vary
#: (`ECC_CON_RATIO_RANGE`).
ECC_CON_RATIO = 1.40

#: The plausible range of an individual's eccentric:concentric ratio, for sensitivity checks
#: (DOMAIN §2; around the pooled 1.41 of Nuzzo et al. 2023; medium confidence).
ECC_CON_RATIO_RANGE = (1.20, 1.60)

#: Conservative eccentric:concentric ratio for *safety* with free weights (barbell, dumbbell,
#: kettlebell, bodyweight, and anything not a guided machine). The only free-weight figure is a
#: barbell bench eccentric 1RM of 115.99 vs 93.56 kg concentric, about 1.24 (Kelly et al. 2015,
#: J Strength Cond Res 29(4):1027-1032); 1.20 sits just below it. Low confidence: a policy
#: parameter, not a finding.
SAFETY_RATIO_FREE_WEIGHTS = 1.20

#: Conservative eccentric:concentric ratio for *safety* on guided machines (machine, cable,
#: Smith machine). Men's machine 1RMs were 27-49 % higher lowering than lifting (Hollander et
#: al. 2007, J Strength Cond Res 21(1):34-40: leg curl +27 %, lat pulldown +32 %); 1.30 sits
#: near the bottom of that range. Low confidence: a policy parameter.
SAFETY_RATIO_MACHINES = 1.30

#: Equipment that guides the load, for which `SAFETY_RATIO_MACHINES` applies.
MACHINE_EQUIPMENT: frozenset[Equipment] = frozenset(
    {Equipment.MACHINE, Equipment.CABLE, Equipment.SMITH_MACHINE}
)


def _check_subjects(
    checks: Checks, exercise: object, athlete: object, *, exercise_required: bool = False
) -> None:
    if exercise is not None or exercise_required:
        checks.instance(
            "exercise",
            exercise,
            Exercise,
            "an Exercise" if exercise_required else "an Exercise or None",
        )
    if athlete is not None:
        checks.instance("athlete", athlete, Athlete, "an Athlete or None")


def _ratio(exercise: Exercise | None, athlete: Athlete | None) -> tuple[float, RatioSource]:
    if athlete is not None and exercise is not None:
        measured = athlete.ecc_con_ratio.get(exercise.id)
        if measured is not None:
            return measured, "athlete"
    if exercise is not None and exercise.ecc_con_ratio is not None:
        return exercise.ecc_con_ratio, "exercise"
    return ECC_CON_RATIO, "default"


def eccentric_ratio(
    exercise: Exercise | None = None, athlete: Athlete | None = None
) -> tuple[float, RatioSource]:
    """The eccentric:concentric strength ratio to *estimate* with, and where it came from.

    In order: the athlete's own ratio for this exercise (``athlete.ecc_con_ratio[exercise.id]``,
    source ``"athlete"``), the exercise's (``exercise.ecc_con_ratio``, ``"exercise"``), else
    `ECC_CON_RATIO` (1.40, ``"default"``). An athlete's ratios need the exercise to be looked
    up. For how heavy a negative may be, use `safety_ratio` instead.

    Raises:
        ValidationError: an exercise or athlete of the wrong type.

    Examples:
        >>> import negatives as neg
        >>> press = neg.Exercise("leg-press", "Leg Press", muscles=["quadriceps"],
        ...                      equipment="machine", ecc_con_ratio=1.44)
        >>> eccentric_ratio(), eccentric_ratio(press)
        ((1.4, 'default'), (1.44, 'exercise'))
        >>> ann = neg.Athlete("ann", training_age_years=4, ecc_con_ratio={"leg-press": 1.5})
        >>> eccentric_ratio(press, ann)
        (1.5, 'athlete')
    """
    checks = _Args("eccentric_ratio")
    _check_subjects(checks, exercise, athlete)
    checks.done()
    return _ratio(exercise, athlete)


def eccentric_1rm(
    concentric_1rm: Load, exercise: Exercise | None = None, athlete: Athlete | None = None
) -> Load:
    """The estimated eccentric 1RM: the most the athlete can probably lower under control.

    ``concentric_1rm x`` `eccentric_ratio` ``(exercise, athlete)``: the athlete's measured ratio,
    else the exercise's, else 1.40 (Nuzzo et al. 2023). A point estimate of an average
    relation; individuals range roughly 1.20-1.60. **Not a safety limit**: prescriptions are
    capped by `safe_eccentric_1rm`.

    Args:
        concentric_1rm: the concentric one-rep max, above 0.
        exercise: the exercise, for its ratio and the athlete's.
        athlete: the athlete, for their measured ratio.

    Returns:
        The eccentric 1RM, in ``concentric_1rm``'s unit.

    Raises:
        ValidationError: a non-positive 1RM, or arguments of the wrong type.

    Examples:
        >>> from negatives import lb
        >>> eccentric_1rm(lb(200))
        Load(280.0, 'lb')
    """
    checks = _Args("eccentric_1rm")
    _check_one_rep_max(checks, "concentric_1rm", concentric_1rm)
    _check_subjects(checks, exercise, athlete)
    checks.done()
    ratio, _ = _ratio(exercise, athlete)
    return concentric_1rm * ratio


def safety_ratio(
    exercise: Exercise, athlete: Athlete | None = None
) -> tuple[float, SafetyRatioSource]:
    """The conservative eccentric:concentric ratio for *safety* limits, and where it came from.

    The equipment sets a cap: `SAFETY_RATIO_MACHINES` (1.30) for machines, cables and Smith
    machines, `SAFETY_RATIO_FREE_WEIGHTS` (1.20) for everything else (the lower value is the
    conservative one when the equipment is unknown, and bands and flywheels get it too).
    A ratio known for the exercise (``exercise.ecc_con_ratio``) or measured on the athlete
    (``athlete.ecc_con_ratio``) may **lower** it, never raise it: a measurement above the cap
    says this athlete is probably stronger lowering, but a safety limit should not rest on one
    test, while a measurement below it says the default would overload them. The source is the
    lowest value's (``"equipment"`` on a tie).

    Raises:
        ValidationError: an exercise or athlete of the wrong type.

    Examples:
        >>> import negatives as neg
        >>> bench = neg.Exercise("bench-press", "Bench Press", muscles=["chest"],
        ...                      equipment="barbell")
        >>> ann = neg.Athlete("ann", training_age_years=4, ecc_con_ratio={"bench-press": 1.1})
        >>> safety_ratio(bench), safety_ratio(bench, ann)
        ((1.2, 'equipment'), (1.1, 'athlete'))
    """
    checks = _Args("safety_ratio")
    _check_subjects(checks, exercise, athlete, exercise_required=True)
    checks.done()
    return _safety_ratio(exercise, athlete)


def _safety_ratio(exercise: Exercise, athlete: Athlete | None) -> tuple[float, SafetyRatioSource]:
    cap = (
        SAFETY_RATIO_MACHINES
        if exercise.equipment in MACHINE_EQUIPMENT
        else SAFETY_RATIO_FREE_WEIGHTS
    )
    best: tuple[float, SafetyRatioSource] = (cap, "equipment")
    if exercise.ecc_con_ratio is not None and exercise.ecc_con_ratio < best[0]:
        best = (exercise.ecc_con_ratio, "exercise")
    measured = athlete.ecc_con_ratio.get(exercise.id) if athlete is not None else None
    if measured is not None and measured < best[0]:
        best = (measured, "athlete")
    return best


def safe_eccentric_1rm(
    concentric_1rm: Load, exercise: Exercise, athlete: Athlete | None = None
) -> Load:
    """A conservative eccentric 1RM for safety rules: ``concentric_1rm x`` `safety_ratio`.

    Free weights x 1.20, machines x 1.30 (DOMAIN §2, low confidence: policy parameters; the
    only free-weight measurement is a barbell bench at about 1.24, Kelly et al. 2015). A ratio
    known for the exercise or measured on the athlete may lower it, never raise it. Safety
    rules cap prescriptions at a fraction of this value.

    Args:
        concentric_1rm: the concentric one-rep max, above 0.
        exercise: the exercise (its equipment picks the ratio).
        athlete: the athlete, whose measured ratio may lower the cap.

    Returns:
        The conservative eccentric 1RM, in ``concentric_1rm``'s unit.

    Raises:
        ValidationError: a non-positive 1RM, a missing exercise, or wrong types.

    Examples:
        >>> import negatives as neg
        >>> curl = neg.Exercise("leg-curl", "Leg Curl", muscles=["hamstrings"],
        ...                     equipment="machine")
        >>> safe_eccentric_1rm(neg.kg(50), curl)
        Load(65.0, 'kg')
    """
    checks = _Args("safe_eccentric_1rm")
    _check_one_rep_max(checks, "concentric_1rm", concentric_1rm)
    _check_subjects(checks, exercise, athlete, exercise_required=True)
    checks.done()
    ratio, _ = _safety_ratio(exercise, athlete)
    return concentric_1rm * ratio

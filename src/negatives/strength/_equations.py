"""One-rep maxima from reps to failure, and back: seven equations and their median."""

from __future__ import annotations

import math
import statistics
import warnings
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any, Literal, NamedTuple, TypeAlias

from .._checks import Checks, as_int, describe
from ..errors import NegativesWarning, ValidationError
from ..model import MAX_REPS
from ..units import Load
from ._base import _Args, _check_lifted_load, _check_one_rep_max

Formula: TypeAlias = Literal[
    "epley", "brzycki", "lander", "lombardi", "mayhew", "oconner", "wathan", "consensus"
]
"""The name of a 1RM equation, or ``"consensus"``: the median of the seven."""

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


# -- checks of the formula and its domain ----------------------------------------------------


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

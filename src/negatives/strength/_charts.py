"""%1RM charts: the NSCA training-load chart and the RTS RPE chart; RPE and RIR."""

from __future__ import annotations

import itertools
import math
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, cast

from .._checks import Checks, as_int, fmt_number, to_float
from ..errors import ValidationError
from ._base import _Args, _check_fraction

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


#: The RTS RPE chart (Mike Tuchscherer 2008, The Reactive Training Manual, Reactive Training
#: Systems), as one sequence S: the fraction of 1RM for ``reps`` at ``rpe`` is
#: ``S[2(reps - 1) + 2(10 - rpe)]``, reps 1-12, RPE 6-10 in half steps. Medium confidence: widely
#: used in powerlifting; a chart of typical values, not a study.
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


def _rts_index(fraction: float) -> float:
    """The (fractional) chart index whose value is ``fraction``, which is on the chart.

    Its callers refuse a fraction off the chart (heavier than its start or lighter than its end)
    before reading it.
    """
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
    """The fraction of 1RM for ``reps`` at ``rpe``, from the RTS chart (Tuchscherer 2008).

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

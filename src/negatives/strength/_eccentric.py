"""Eccentric strength: ECC:CON ratios, the safe eccentric 1RM, and the capacity by reps."""

from __future__ import annotations

from typing import Literal, TypeAlias

from .._checks import Checks
from ..model import Athlete, Equipment, Exercise
from ..units import Load
from ._base import _Args, _check_one_rep_max

RatioSource: TypeAlias = Literal["athlete", "exercise", "age", "sex", "default"]
"""Where an eccentric:concentric ratio came from (see `eccentric_ratio`)."""

SafetyRatioSource: TypeAlias = Literal["equipment", "exercise", "athlete"]
"""Where a safety ratio came from (see `safety_ratio`)."""

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

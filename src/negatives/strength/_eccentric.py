"""Eccentric strength: ECC:CON ratios, the safe eccentric 1RM, and the capacity by reps."""

from __future__ import annotations

import datetime as dt
from typing import Literal, TypeAlias

from .._checks import Checks, as_int, describe, is_finite, is_number
from ..errors import ParseError, ValidationError
from ..model import MAX_REPS, Athlete, Equipment, Exercise, Sex
from ..tempo import Tempo
from ..units import Load
from ._base import _Args, _check_one_rep_max
from ._charts import nsca_fraction

RatioSource: TypeAlias = Literal["athlete", "exercise", "age", "sex", "default"]
"""Where an eccentric:concentric ratio came from (see `eccentric_ratio`)."""

SafetyRatioSource: TypeAlias = Literal["equipment", "exercise", "athlete"]
"""Where a safety ratio came from (see `safety_ratio`)."""

Lowering: TypeAlias = Tempo | str | float | None
"""How long a lowering takes: a `Tempo` (or tempo text such as ``"4-0-2-0"``), its eccentric
seconds as a number (a measured phase), or ``None`` when unknown."""

# -- the estimate -------------------------------------------------------------------------------

#: Eccentric:concentric maximal strength ratio used when nothing better is known. Nuzzo, Pinto,
#: Nosaka & Steele 2023 (Sports Med 53(6):1125-1136) pooled 1.41 (95 % CrI 1.38-1.44) across 335
#: studies; men 1.38, women 1.47, older adults 1.62, upper body 1.42, lower 1.40. High confidence
#: in that average **for the data it pools**: about 98 % of the measurements were isokinetic, and
#: the ratio rose by about 0.2 % for every degree per second of movement velocity. Slow
#: free-weight negatives move slowly, and the only free-weight figure is about 1.24 (a barbell
#: bench, Kelly et al. 2015), so for them 1.40 is optimistic. It is an *estimate*: prescriptions
#: are held to `eccentric_capacity`, built on the lower `safety_ratio`.
ECC_CON_RATIO = 1.40

#: Eccentric:concentric ratio of men, when an athlete's sex is known and nothing was measured:
#: 1.38 (95 % CrI 1.34-1.41; Nuzzo et al. 2023; high confidence as a group mean, mostly
#: isokinetic data).
ECC_CON_RATIO_MEN = 1.38

#: Eccentric:concentric ratio of women: 1.47 (95 % CrI 1.43-1.51; Nuzzo et al. 2023; high
#: confidence as a group mean, mostly isokinetic data).
ECC_CON_RATIO_WOMEN = 1.47

#: Eccentric:concentric ratio of older adults: 1.62 (95 % CrI 1.57-1.68, against 1.39 in younger
#: adults; Nuzzo et al. 2023; high confidence as a group mean, mostly isokinetic data). Used for
#: athletes of `OLDER_ADULT_AGE` or more, before their sex.
ECC_CON_RATIO_OLDER = 1.62

#: The age from which an athlete counts as an *older adult* for `ECC_CON_RATIO_OLDER`: 65, the
#: boundary of the ACSM position stand on exercise for older adults (Chodzko-Zajko et al. 2009,
#: Med Sci Sports Exerc 41(7):1510-1530). Nuzzo et al. 2023 grouped the primary studies' own
#: "older" samples, which did not share one cut-off; the boundary is a convention (low
#: confidence). Only the birth year is known, so an athlete counts from the year they turn 65.
OLDER_ADULT_AGE = 65

#: A range of eccentric:concentric ratios to try in sensitivity checks, not a measured spread of
#: individuals. Its ends are group means: about 1.24 for a free-weight barbell bench (Kelly et al.
#: 2015), 1.27-1.49 for men on weight-stack machines (Hollander et al. 2007, J Strength Cond Res
#: 21(1):34-40), and up to 1.62 for older adults (Nuzzo et al. 2023). Individuals vary more than
#: that (Nuzzo et al. report joint actions from 1.32 to 2.61). Low confidence as a range.
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

# -- the capacity by reps and tempo --------------------------------------------------------------

#: The lowering time, in seconds, at which eccentric reps to failure were measured: Kelly et al.
#: 2015 lowered the barbell "in a continuous controlled manner for 3 seconds" to a metronome
#: (high confidence for the protocol). `eccentric_capacity` takes the %1RM-by-reps chart to hold
#: at this lowering time.
ECCENTRIC_REFERENCE_SECONDS = 3.0

#: How much a second of lowering beyond `ECCENTRIC_REFERENCE_SECONDS` adds to the cost of a rep:
#: a rep lowered in 4 s counts as 1.1 reps, in 6 s as 1.3, so a slower set allows fewer reps at
#: a load. Slower lowering lowers the load that can be lifted and the reps a load allows (Wilk,
#: Zajac & Tufano 2021, Sports Med 51(8):1629-1650; e.g. fewer reps at 70 % 1RM with 5- and 6-s
#: than with 2-s lowerings, Wilk et al. 2018, J Hum Kinet 62:241-250), but no study gives a
#: figure to build on: **low confidence**, a parameter of a model (reasoning), to be replaced
#: by data. Lowering faster than the reference earns nothing: a quick drop of a heavy load is
#: not a controlled negative.
TEMPO_REP_COST = 0.10


def _lowering_seconds(tempo: Lowering, field: str = "tempo") -> float | None:
    """The eccentric seconds of ``tempo`` (``X`` counts as 1 s); ``None`` when unknown.

    Raises:
        ValidationError: text that is not a tempo, or a number that is not a duration.
    """
    if tempo is None:
        return None
    if isinstance(tempo, str):
        try:
            tempo = Tempo.parse(tempo)
        except ParseError as error:
            raise ValidationError.single(field, str(error), "eccentric_capacity") from None
    if isinstance(tempo, Tempo):
        return tempo.phase_seconds(tempo.eccentric)
    if is_number(tempo) and is_finite(tempo) and 0 <= tempo <= 600:
        return float(tempo)
    raise ValidationError.single(
        field,
        f"must be a Tempo, tempo text like '4-0-2-0', the lowering's seconds (0-600) or None, "
        f"got {describe(tempo)}",
        "eccentric_capacity",
    )


def _rep_cost(seconds: float | None) -> float:
    """What one lowering of ``seconds`` costs, in reps of the reference lowering."""
    if seconds is None:
        return 1.0
    return 1.0 + TEMPO_REP_COST * max(0.0, seconds - ECCENTRIC_REFERENCE_SECONDS)


def effective_reps(reps: int | float, tempo: Lowering = None) -> float:
    """The reps of the reference lowering (3 s) that ``reps`` lowerings at ``tempo`` cost.

    ``reps x (1 + TEMPO_REP_COST x (seconds - 3))`` for lowerings slower than 3 s; ``reps``
    itself for faster or unknown ones (`ECCENTRIC_REFERENCE_SECONDS`, `TEMPO_REP_COST`: a model,
    low confidence).

    Args:
        reps: lowerings, >= 1 (fractional allowed: a rep lowered with one limb of two counts
            half for each).
        tempo: the lowering time: a `Tempo`, tempo text, seconds, or ``None`` (unknown).

    Raises:
        ValidationError: reps below 1, or a tempo that cannot be read.

    Examples:
        >>> effective_reps(8, "4-0-2-0"), effective_reps(8, "2-0-1-0"), effective_reps(8)
        (8.8, 8.0, 8.0)
    """
    checks = _Args("effective_reps")
    checks.number("reps", reps, ge=1, le=MAX_REPS)
    checks.done()
    return float(reps) * _rep_cost(_lowering_seconds(tempo))


def capacity_fraction(reps: int | float, tempo: Lowering = None) -> float:
    """The share of the eccentric 1RM an athlete can lower ``reps`` times at ``tempo``.

    The NSCA %1RM-by-reps chart (`nsca_fraction`) read at the `effective_reps`: 1.00 for one
    rep at 3 s or faster, 0.80 for 8 reps, 0.776 for 8 reps lowered in 4 s. The chart is a
    concentric one; applied to the eccentric 1RM it matched eccentric reps to failure at 60-80 %
    of the eccentric 1RM and is conservative at 90 % (4 reps, where Kelly et al. 2015 measured
    7.67 +- 3.24 with 3-s lowerings: the chart sits near their mean minus one SD). Medium
    confidence for the chart, low for the tempo term.

    Examples:
        >>> capacity_fraction(1), capacity_fraction(8), round(capacity_fraction(8, "4-0-2-0"), 3)
        (1.0, 0.8, 0.776)
    """
    return nsca_fraction(effective_reps(reps, tempo))


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


def _check_day(checks: Checks, on: object) -> None:
    if on is not None and (not isinstance(on, dt.date) or isinstance(on, dt.datetime)):
        checks.fail("on", f"must be a date (without a time) or None, got {describe(on)}")


def _person_ratio(athlete: Athlete, on: dt.date | None) -> tuple[float, RatioSource] | None:
    """The ratio by age, then sex (Nuzzo et al. 2023), when they are known."""
    age = athlete.age_on(on) if on is not None else None
    if age is not None and age >= OLDER_ADULT_AGE:
        return ECC_CON_RATIO_OLDER, "age"
    if athlete.sex is Sex.FEMALE:
        return ECC_CON_RATIO_WOMEN, "sex"
    if athlete.sex is Sex.MALE:
        return ECC_CON_RATIO_MEN, "sex"
    return None


def _ratio(
    exercise: Exercise | None, athlete: Athlete | None, on: dt.date | None = None
) -> tuple[float, RatioSource]:
    if athlete is not None and exercise is not None:
        measured = athlete.ecc_con_ratio.get(exercise.id)
        if measured is not None:
            return measured, "athlete"
    if exercise is not None and exercise.ecc_con_ratio is not None:
        return exercise.ecc_con_ratio, "exercise"
    if athlete is not None:
        person = _person_ratio(athlete, on)
        if person is not None:
            return person
    return ECC_CON_RATIO, "default"


def eccentric_ratio(
    exercise: Exercise | None = None,
    athlete: Athlete | None = None,
    *,
    on: dt.date | None = None,
) -> tuple[float, RatioSource]:
    """The eccentric:concentric strength ratio to *estimate* with, and where it came from.

    In order:

    1. the athlete's own ratio for this exercise (``athlete.ecc_con_ratio[exercise.id]``,
       source ``"athlete"``);
    2. the exercise's (``exercise.ecc_con_ratio``, a measurement on that lift; ``"exercise"``);
    3. the athlete's group (Nuzzo et al. 2023): `ECC_CON_RATIO_OLDER` (1.62) when they turn
       `OLDER_ADULT_AGE` (65) or more in the year of ``on`` (``"age"``), else
       `ECC_CON_RATIO_WOMEN` (1.47) or `ECC_CON_RATIO_MEN` (1.38) by their sex (``"sex"``);
    4. `ECC_CON_RATIO` (1.40, ``"default"``).

    The age is taken on the day ``on`` (a session's date), never today: without ``on`` it is
    not used. Every figure here is mostly isokinetic data and optimistic for slow free-weight
    negatives; for how heavy a negative may be, use `safety_ratio` and `eccentric_capacity`.

    Raises:
        ValidationError: an exercise, athlete or day of the wrong type.

    Examples:
        >>> import datetime as dt
        >>> import negatives as neg
        >>> press = neg.Exercise("leg-press", "Leg Press", muscles=["quadriceps"],
        ...                      equipment="machine", ecc_con_ratio=1.44)
        >>> eccentric_ratio(), eccentric_ratio(press)
        ((1.4, 'default'), (1.44, 'exercise'))
        >>> ann = neg.Athlete("ann", training_age_years=4, ecc_con_ratio={"leg-press": 1.5},
        ...                   sex="female", birth_year=1950)
        >>> eccentric_ratio(press, ann)
        (1.5, 'athlete')
        >>> eccentric_ratio(None, ann), eccentric_ratio(None, ann, on=dt.date(2026, 5, 1))
        ((1.47, 'sex'), (1.62, 'age'))
    """
    checks = _Args("eccentric_ratio")
    _check_subjects(checks, exercise, athlete)
    _check_day(checks, on)
    checks.done()
    return _ratio(exercise, athlete, on)


def eccentric_1rm(
    concentric_1rm: Load,
    exercise: Exercise | None = None,
    athlete: Athlete | None = None,
    *,
    on: dt.date | None = None,
) -> Load:
    """The estimated eccentric 1RM: the most the athlete can probably lower once, under control.

    ``concentric_1rm x`` `eccentric_ratio` ``(exercise, athlete, on=on)``: the athlete's
    measured ratio, else the exercise's, else their group's (age, then sex), else 1.40 (Nuzzo
    et al. 2023). A point estimate of an average relation, from mostly isokinetic data.
    **Not a safety limit**: prescriptions are held to `eccentric_capacity`.

    Args:
        concentric_1rm: the concentric one-rep max, above 0.
        exercise: the exercise, for its ratio and the athlete's.
        athlete: the athlete, for their measured ratio, age and sex.
        on: the day the estimate is for (their age on it).

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
    _check_day(checks, on)
    checks.done()
    ratio, _ = _ratio(exercise, athlete, on)
    return concentric_1rm * ratio


# -- the safe eccentric 1RM and the capacity -------------------------------------------------------


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
    lowest value's (``"equipment"`` on a tie). Age and sex do not move it: every group ratio
    (1.38-1.62) is above both caps.

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
    known for the exercise or measured on the athlete may lower it, never raise it. It is a
    *one*-rep figure: for more reps, see `eccentric_capacity`.

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


def eccentric_capacity(
    exercise: Exercise,
    *,
    athlete: Athlete | None = None,
    one_rep_max: Load | None = None,
    reps: int,
    tempo: Lowering = None,
) -> Load:
    """The most the athlete can lower ``reps`` times, each lowering taking ``tempo``'s seconds.

    ::

        capacity = safe eccentric 1RM x capacity_fraction(reps, tempo)
                 = 1RM x safety ratio x nsca_fraction(effective reps)

    * The **safe eccentric 1RM** (`safe_eccentric_1rm`): the concentric 1RM x 1.20 for free
      weights, 1.30 for machines, lower when the exercise or the athlete measured lower (low
      confidence: policy parameters).
    * **By reps**: the NSCA %1RM-by-reps chart applied to it. The eccentric 1RM is a one-rep
      figure; at 90 % of it, with 3-s lowerings, trained men managed 7.67 +- 3.24 bench reps
      and at 60-80 % as many as they lifted at the same share of their concentric 1RM (Kelly et
      al. 2015, J Strength Cond Res 29(4):1027-1032). The chart (4 reps at 90 %, 8 at 80 %) fits
      the lower loads and is conservative near the top. So eight negatives at the eccentric
      1RM are impossible by definition: eight allow 80 % of it.
    * **By tempo**: reps lowered more slowly than 3 s cost more (`effective_reps`,
      `TEMPO_REP_COST`: slower lowering allows fewer reps, Wilk, Zajac & Tufano 2021; the
      figure is a low-confidence model). An unknown tempo is taken at the 3-s reference.

    It is the *ceiling* of a set lowered to failure, not a target: the calculators in
    `negatives.overload` never prescribe above it, and the safety rule NEG201 keeps sets to a
    fraction of it (0.90 in the ``standard`` policy).

    Args:
        exercise: the exercise (its equipment picks the safety ratio).
        athlete: the athlete: their tested 1RM for the exercise when ``one_rep_max`` is not
            given, and their measured ratio, which may lower the safety ratio.
        one_rep_max: the concentric 1RM, in the exercise's load convention (one dumbbell of a
            pair); for bodyweight exercises with the bodyweight share.
        reps: lowerings in the set, >= 1.
        tempo: the lowering time: a `Tempo`, tempo text (``"4-0-2-0"``), the eccentric seconds,
            or ``None``.

    Returns:
        The capacity, in the 1RM's unit and the exercise's load convention.

    Raises:
        ValidationError: no 1RM (neither given nor tested for the athlete), bad reps or tempo,
            arguments of the wrong type.

    Examples:
        >>> import negatives as neg
        >>> bench = neg.Exercise("bench-press", "Bench Press", muscles=["chest"],
        ...                      equipment="barbell")
        >>> eccentric_capacity(bench, one_rep_max=neg.kg(100), reps=1)  # the safe eccentric 1RM
        Load(120.0, 'kg')
        >>> eccentric_capacity(bench, one_rep_max=neg.kg(100), reps=8)  # 120 kg x 0.80
        Load(96.0, 'kg')
        >>> f"{eccentric_capacity(bench, one_rep_max=neg.kg(100), reps=8, tempo='4-0-2-0'):.1f}"
        '93.1 kg'
    """
    checks = _Args("eccentric_capacity")
    _check_subjects(checks, exercise, athlete, exercise_required=True)
    if one_rep_max is not None:
        _check_one_rep_max(checks, "one_rep_max", one_rep_max)
    count = as_int(reps)
    checks.integer("reps", count, ge=1, le=MAX_REPS)
    checks.done()
    seconds = _lowering_seconds(tempo)
    maximum = one_rep_max
    if maximum is None and athlete is not None:
        maximum = athlete.concentric_1rm.get(exercise.id)
    if maximum is None:
        raise ValidationError.single(
            "one_rep_max",
            f"no 1RM for {exercise.id!r}: give one_rep_max, or an athlete with a tested 1RM "
            "for it (Athlete.concentric_1rm)",
            "eccentric_capacity",
        )
    ratio, _ = _safety_ratio(exercise, athlete)
    return maximum * (ratio * nsca_fraction(count * _rep_cost(seconds)))

"""The calculators: partner-assisted, AEL, 2/1, negative-only, tempo and bodyweight negatives."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Literal

from .. import strength
from .._checks import plural
from ..errors import ValidationError
from ..model import Athlete, Basis, Exercise, LimbMode, Method, Session, Set, Setup
from ..tempo import Tempo
from ..units import Load
from ._category import exceeds
from ._plan import (
    CAPACITY_SOURCE,
    DEFAULT_CAPACITY_SHARE,
    DEFAULT_CONCENTRIC_EFFORT,
    DEFAULT_OVERLOAD,
    Rounding,
    _check_bar_exercise,
    _check_fraction,
    _check_load,
    _check_reps,
    _finish,
    _load_text,
    _lowering,
    _Plan,
    _tempo,
    fmt_percent,
)

#: Accentuated eccentric loading, supramaximal: eccentric load as a fraction of concentric 1RM.
#: Studies used 105-120 % (Doan et al. 2002, J Strength Cond Res 16(1):9-13; Merrigan & Jones
#: 2021; Taber et al. 2021, Sports 9:54); the default takes the bottom of that range, lowered
#: when the capacity for the accentuated reps needs it.
AEL_ECCENTRIC_FRACTION = 1.05

#: Accentuated eccentric loading: concentric load as a fraction of concentric 1RM, after the
#: releasers drop off. Studies used 30-80 % (DOMAIN §3); 0.80 keeps three reps well below
#: failure (the NSCA chart puts a 3RM at 93 %); for more reps the default is lowered to 90 % of
#: the load those reps allow.
AEL_CONCENTRIC_FRACTION = 0.80

#: 2/1 technique: load as a fraction of the two-limb 1RM. Coaching practice uses about 70 %
#: (DOMAIN §3, low confidence), so that each limb lowers 140 % of its share: above any safe
#: eccentric 1RM (machines 1.30). The default 0.55 lowers 110 % per limb; for more lowerings or
#: slower ones it is lowered further, to 90 % of the eccentric capacity per limb.
TWO_ONE_FRACTION = 0.55

#: Negative-only sets: eccentric load as a fraction of concentric 1RM, at most. The lift is
#: done for the athlete; the default is lowered to 90 % of the eccentric capacity for the reps
#: (for 5 lowerings of 5 s on free weights, about 92 % of the 1RM; reasoning, low confidence).
NEGATIVE_ONLY_FRACTION = 1.00

#: What the seed article is cited for, in every partner-assisted basis.
_SEED = (
    "overload +25 % to +50 % on the working load, lifted with a partner's help and lowered "
    "alone, 'two up, four down': the seed article (coaching practice, low confidence)"
)


def _working_source(plan: _Plan, reps: int, working_given: bool) -> None:
    if plan.from_chart:
        plan.sources.append("1RM from the working set's reps: NSCA training-load chart (medium)")
    if not working_given:
        plan.sources.append(
            f"working load for {plural(reps, 'rep')}: "
            f"{fmt_percent(strength.nsca_fraction(reps))} of the 1RM by the NSCA training-load "
            "chart (medium)"
        )


# -- partner-assisted negatives -------------------------------------------------------------------


def partner_assistance(
    bar_load: Load,
    one_rep_max: Load,
    reps: int,
    *,
    concentric_effort: float = DEFAULT_CONCENTRIC_EFFORT,
    capacity: Callable[[int], float] = strength.nsca_fraction,
) -> tuple[Load, ...]:
    """The help a partner gives on the lift of each rep (DOMAIN §3; a model, low confidence).

    Before rep *j* (after *j - 1* reps) the athlete can lift about ``capacity(j) x 1RM`` once —
    a load they could lift *j* times at most. Nobody should grind every lift at full capacity,
    so they lift ``concentric_effort`` of it and the partner supplies the rest::

        assist_j = max(0, bar_load - concentric_effort x capacity(j) x 1RM)

    ``capacity`` defaults to the NSCA chart; pass your own model. Whether the chart over- or
    understates the fatigue of a negative set is unknown: each rep adds a slow, heavy lowering
    while the athlete lifts below capacity, and no study has measured the net effect.

    Examples:
        >>> from negatives import kg
        >>> [round(a.value, 1) for a in partner_assistance(kg(56), kg(53.33), 8)]
        [13.3, 15.5, 16.3, 17.6, 18.9, 19.7, 20.6, 21.9]
    """
    _check_load("bar_load", bar_load)
    _check_load("one_rep_max", one_rep_max, positive=True)
    _check_reps(reps)
    effort = _check_fraction("concentric_effort", concentric_effort, low=0, high=1)
    max_kg = one_rep_max.kg
    unit = bar_load.unit
    out = []
    for j in range(1, reps + 1):
        athlete_kg = effort * capacity(j) * max_kg
        help_kg = max(0.0, bar_load.kg - athlete_kg)
        out.append(Load(help_kg / unit.kg_factor, unit))
    return tuple(out)


def partner_assisted_negatives(
    exercise: Exercise,
    *,
    working_load: Load | None = None,
    working_reps: int | None = None,
    one_rep_max: Load | None = None,
    athlete: Athlete | None = None,
    history: Iterable[Session] = (),
    overload: float | None = None,
    reps: int = 8,
    tempo: Tempo | str | None = "4-0-2-0",
    concentric_effort: float = DEFAULT_CONCENTRIC_EFFORT,
    setup: Setup | None = None,
    round_to: Rounding | None = None,
    allow_above_capacity: bool = False,
) -> Set:
    """Partner-assisted negatives: a heavier bar, lifted with help, lowered alone and slowly.

    The bar load is the normal working load times ``1 + overload``: ``working_load`` when given
    (the seed's rule), else the load for ``reps`` from the 1RM and the NSCA chart. It is held
    to the eccentric capacity for ``reps`` lowerings at the tempo
    (`negatives.strength.eccentric_capacity`): eight lowerings allow about 80 % of the safe
    eccentric 1RM, not all of it, so the seed's +50 % for 8 reps (120 % of the 1RM) is lowered
    to what can be lowered. The partner's help on each lift follows `partner_assistance`; the
    athlete lowers alone. By default the tempo is "two up, four down" (``"4-0-2-0"``) and 8
    reps (the seed's 8-10).

    The **default overload** is the risk class's (`DEFAULT_OVERLOAD`: the most a default adds),
    lowered so that the bar stays within `DEFAULT_CAPACITY_SHARE` (90 %) of the capacity: a
    default prescription passes the ``standard`` safety policy. On free weights that is about
    +5 % over the rep maximum; on machines about +13 %: the evidence (eccentric reps to failure
    follow the concentric %1RM-by-reps relation, Kelly et al. 2015) leaves no more room with
    the conservative safety ratios. For a heavier lowering, do fewer reps.

    Args:
        exercise: the exercise (not a bodyweight one: see `bodyweight_negatives`).
        working_load: a load the athlete lifts for ``working_reps`` (give both, or neither).
        working_reps: the reps of that working set (not of the negative set).
        one_rep_max: the concentric 1RM, instead of a working load.
        athlete: the athlete: their tested 1RM is the strength source when no working load or
            1RM is given; their measured ratio may lower the safety ratio.
        history: sessions to estimate the 1RM from when the athlete has no tested 1RM.
        overload: the overload on the working load as a fraction, 0.25-0.50 in the seed (0.40
            means +40 %). Default: see above.
        reps: reps of the negative set.
        tempo: the tempo; ``None`` leaves it unrecorded (the capacity then assumes 3-s
            lowerings).
        concentric_effort: the share of their capacity the athlete lifts on each rep.
        setup: the setup, for the partner's maximum help.
        round_to: turns the bar load into a buildable one (e.g. plates, rounded down).
        allow_above_capacity: keep a bar load above the eccentric capacity instead of lowering
            it to the capacity.

    Raises:
        ValidationError: no or two strength sources, an overload given as a percentage
            (40 instead of 0.40), a bodyweight, flywheel or band exercise.

    Examples:
        >>> import negatives as neg
        >>> bench = neg.Exercise("bench-press", "Bench Press", muscles=["chest"],
        ...                      equipment="barbell", risk="high")
        >>> s = partner_assisted_negatives(bench, one_rep_max=neg.kg(100), overload=0.5)
        >>> f"{s.load:.1f}", s.prescription.basis.capped  # 120 kg asked; 8 x 4 s allow 93.1
        ('93.1 kg', True)
    """
    _check_bar_exercise(exercise)
    count = _check_reps(reps)
    parsed_tempo = _tempo(tempo)
    effort = _check_fraction("concentric_effort", concentric_effort, low=0, high=1)
    chosen = (
        None
        if overload is None
        else _check_fraction("overload", overload, low=0, high=1, low_inclusive=True)
    )
    plan = _Plan.start(
        exercise,
        working_load=working_load,
        working_reps=working_reps,
        one_rep_max=one_rep_max,
        athlete=athlete,
        history=history,
        allow_above_capacity=allow_above_capacity,
        round_to=round_to,
    )
    maximum = plan.maximum
    # The seed's rule: the normal working load plus the overload. Without a working load, the
    # load the athlete could lift for the set's reps (NSCA chart).
    working = working_load if working_load is not None else maximum * strength.nsca_fraction(count)
    _working_source(plan, count, working_load is not None)
    plan.set_capacity(count, _lowering(parsed_tempo))
    if chosen is None:
        ceiling = DEFAULT_OVERLOAD[exercise.risk]
        risk = f"a {exercise.risk.value}" if exercise.risk is not None else "an unclassified"
        requested = working * (1 + ceiling)
        target = plan.default_within(requested)
        bar = plan.load(target)
        if target.isclose(requested):
            overload_source = f"default for {risk}-risk exercise; the seed prescribes +25 to +50 %"
        else:
            overload_source = (
                f"default for {risk}-risk exercise (at most +{fmt_percent(ceiling)}), lowered "
                "to stay within 90 % of the eccentric capacity, the standard policy's limit"
            )
    else:
        requested = working * (1 + chosen)
        bar = plan.load(requested)
        overload_source = (
            "given" if not plan.capped else f"given +{fmt_percent(chosen)}, held to the capacity"
        )
    plan.policy_note(bar)
    actual = min(1.0, max(0.0, bar.ratio(working) - 1))
    if actual < 1e-9:
        actual = 0.0
        room = plan.capacity is not None and exceeds(
            plan.capacity * DEFAULT_CAPACITY_SHARE, working
        )
        plan.notes.append(
            f"no overload left: rounding to a buildable load brought the bar down to the "
            f"working load {_load_text(working)}; use finer increments or fewer reps"
            if room or chosen is not None
            else "no room for an overload: 90 % of the eccentric capacity for "
            f"{plural(count, 'rep')} is at or under the working load {_load_text(working)}; do "
            "fewer reps for a heavier lowering"
        )
    help_logged = partner_assistance(bar, maximum, count, concentric_effort=effort)
    multiplier = exercise.load_multiplier
    help_total = tuple(h * multiplier if multiplier != 1 else h for h in help_logged)
    reps_detail = [exercise.rep(bar, tempo=parsed_tempo, assistance=h) for h in help_total]
    partner_max = setup.partner_max_assist if setup is not None else None
    peak = max(help_total, key=lambda h: h.kg)
    notes = []
    if partner_max is not None and exceeds(peak, partner_max):
        notes.append(
            f"the partner must lift up to {peak:.1f} on the last reps, more than their "
            f"maximum of {partner_max}: lower the overload or find a stronger partner"
        )
    if any(h.value == 0 for h in help_total):
        notes.append(
            "on some reps the athlete lifts the bar without help at this effort: the overload "
            "is small for this working load"
        )
    basis = plan.basis(
        sources=(
            _SEED,
            "per-rep help: a model from the %1RM-by-reps relation (reasoning, low confidence)",
        ),
        notes=notes,
        working_load=working,
        overload_source=overload_source,
        concentric_effort=effort,
        peak_assistance=peak,
        total_assistance=Load.total(help_total, bar.unit),
        partner_max_assist=partner_max,
    )
    return _finish(
        exercise,
        method=Method.PARTNER_ASSISTED,
        reps=count,
        load=bar,
        tempo=parsed_tempo,
        rep_detail=reps_detail,
        one_rep_max=maximum,
        overload=actual,
        assistance=help_total,
        basis=basis,
    )


# -- accentuated eccentric loading ----------------------------------------------------------------


def accentuated_eccentric(
    exercise: Exercise,
    *,
    one_rep_max: Load | None = None,
    working_load: Load | None = None,
    working_reps: int | None = None,
    athlete: Athlete | None = None,
    history: Iterable[Session] = (),
    eccentric_fraction: float | None = None,
    concentric_fraction: float | None = None,
    reps: int = 3,
    releasers: Literal["first", "every"] = "first",
    tempo: Tempo | str | None = None,
    round_to: Rounding | None = None,
    allow_above_capacity: bool = False,
) -> Set:
    """Accentuated eccentric loading: weight releasers make the lowering heavier than the lift.

    Each lowering with releasers is ``eccentric_fraction x 1RM``; they drop off at the bottom
    and the athlete lifts ``concentric_fraction x 1RM``. With ``releasers="first"`` only the
    first rep is accentuated (the usual setup: the releasers stay on the floor); with
    ``"every"`` partners re-hang them for every rep. Supramaximal protocols used 105-120 %
    eccentric and 30-80 % concentric (Doan et al. 2002; Merrigan & Jones 2021); the submaximal
    protocol of Walker et al. 2016 lowered the concentric load + 40 % (e.g.
    ``eccentric_fraction=0.84, concentric_fraction=0.60``).

    The heavy lowering is held to the eccentric capacity for the accentuated reps (one with
    ``"first"``), the lift to the load the set's reps allow (the NSCA chart). Defaults
    (`AEL_ECCENTRIC_FRACTION`, `AEL_CONCENTRIC_FRACTION`) are lowered to 90 % of those when
    needed, so that they pass the ``standard`` policy.

    Raises:
        ValidationError: the concentric load is not below the eccentric load, fractions given
            as percentages, no strength source, a bodyweight, flywheel or band exercise.
    """
    _check_bar_exercise(exercise)
    count = _check_reps(reps)
    ecc_fraction = (
        None
        if eccentric_fraction is None
        else _check_fraction("eccentric_fraction", eccentric_fraction, low=0, high=2)
    )
    con_fraction = (
        None
        if concentric_fraction is None
        else _check_fraction("concentric_fraction", concentric_fraction, low=0, high=1)
    )
    if ecc_fraction is not None and con_fraction is not None and con_fraction >= ecc_fraction:
        raise ValidationError.single(
            "concentric_fraction",
            f"must be below eccentric_fraction ({ecc_fraction:g}), got {con_fraction:g}: "
            "accentuated eccentric loading lowers more than it lifts",
            "arguments",
        )
    if releasers not in ("first", "every"):
        raise ValidationError.single(
            "releasers", f"must be 'first' or 'every', got {releasers!r}", "arguments"
        )
    parsed_tempo = _tempo(tempo)
    plan = _Plan.start(
        exercise,
        working_load=working_load,
        working_reps=working_reps,
        one_rep_max=one_rep_max,
        athlete=athlete,
        history=history,
        allow_above_capacity=allow_above_capacity,
        round_to=round_to,
    )
    maximum = plan.maximum
    seconds = _lowering(parsed_tempo)
    heavy_reps = 1 if releasers == "first" else count
    plan.set_capacity(heavy_reps, seconds)
    if ecc_fraction is None:
        down = plan.load(plan.default_within(maximum * AEL_ECCENTRIC_FRACTION))
    else:
        down = plan.load(maximum * ecc_fraction)
    plan.policy_note(down)
    rep_max = maximum * strength.nsca_fraction(strength.effective_reps(count, seconds))
    if con_fraction is None:
        wanted = maximum * AEL_CONCENTRIC_FRACTION
        up = plan.load(
            rep_max * 0.9 if exceeds(wanted, rep_max * 0.9) else wanted,
            cap=rep_max,
            label=f"the NSCA chart's load for {plural(count, 'rep')}",
        )
    else:
        up = plan.load(
            maximum * con_fraction,
            cap=rep_max,
            label=f"the NSCA chart's load for {plural(count, 'rep')}",
        )
    if up >= down:
        raise ValidationError.single(
            "concentric_fraction" if con_fraction is not None else "eccentric_fraction",
            f"the lift ({up}) would be as heavy as the lowering ({down}) after holding them to "
            "what the athlete can do; use fewer reps, or lighter concentric_fraction",
            "arguments",
        )
    heavy = exercise.rep(down, concentric_load=up, tempo=parsed_tempo)
    light = exercise.rep(up, tempo=parsed_tempo)
    detail = [heavy] + [heavy if releasers == "every" else light] * (count - 1)
    basis = plan.basis(
        sources=(
            "supramaximal AEL 105-120 % eccentric, 30-80 % concentric: Doan et al. 2002 "
            "(J Strength Cond Res 16(1):9-13); Merrigan & Jones 2021; Taber et al. 2021 "
            "(medium confidence)",
        ),
        notes=(f"releasers on {'every rep' if releasers == 'every' else 'the first rep only'}",),
    )
    return _finish(
        exercise,
        method=Method.ACCENTUATED_ECCENTRIC,
        reps=count,
        load=down,
        tempo=parsed_tempo,
        rep_detail=detail,
        one_rep_max=maximum,
        basis=basis,
    )


# -- 2/1, negative-only, tempo, bodyweight -------------------------------------------------------


def two_one(
    exercise: Exercise,
    *,
    one_rep_max: Load | None = None,
    working_load: Load | None = None,
    working_reps: int | None = None,
    athlete: Athlete | None = None,
    history: Iterable[Session] = (),
    fraction: float | None = None,
    reps_per_limb: int = 4,
    tempo: Tempo | str | None = "5-0-1-0",
    round_to: Rounding | None = None,
    allow_above_capacity: bool = False,
) -> Set:
    """The 2/1 technique: lift with both limbs, lower with one (DOMAIN §3, coaching practice).

    Coaching practice uses about 70 % of the two-limb 1RM, lowered in about 5 s, 3-5 reps per
    limb; each limb lowers twice its share (140 % at 70 %). The load is held to half the
    eccentric capacity for ``reps_per_limb`` lowerings (each limb lowers the whole load); the
    default `TWO_ONE_FRACTION` (0.55, 110 % per limb) is lowered to 90 % of that when needed.
    Suits machines (leg press, leg curl and extension); the set's ``reps`` counts every
    lowering (``2 x reps_per_limb``).

    Raises:
        ValidationError: a unilateral exercise, no strength source, a bodyweight, flywheel or
            band exercise.
    """
    _check_bar_exercise(exercise)
    if exercise.limb_mode is not LimbMode.BILATERAL:
        raise ValidationError.single(
            "exercise",
            f"the 2/1 technique needs a bilateral exercise; {exercise.name} is "
            f"{exercise.limb_mode.value}",
            "arguments",
        )
    per_limb = _check_reps(reps_per_limb, "reps_per_limb")
    share = None if fraction is None else _check_fraction("fraction", fraction, low=0, high=1)
    parsed_tempo = _tempo(tempo)
    plan = _Plan.start(
        exercise,
        working_load=working_load,
        working_reps=working_reps,
        one_rep_max=one_rep_max,
        athlete=athlete,
        history=history,
        allow_above_capacity=allow_above_capacity,
        round_to=round_to,
    )
    plan.set_capacity(per_limb, _lowering(parsed_tempo), per_limb=True)
    if share is None:
        load = plan.load(plan.default_within(plan.maximum * TWO_ONE_FRACTION))
    else:
        load = plan.load(plan.maximum * share)
    plan.policy_note(load, per_limb=True)
    basis = plan.basis(
        sources=(
            "2/1 technique: ~70 % of the two-limb 1RM in coaching practice (low confidence), "
            "~5 s lowering, 3-5 reps per limb",
        ),
        notes=(f"{per_limb} lowerings per limb, alternating",),
    )
    return _finish(
        exercise,
        method=Method.TWO_ONE,
        reps=2 * per_limb,
        load=load,
        tempo=parsed_tempo,
        one_rep_max=plan.maximum,
        basis=basis,
    )


def negative_only(
    exercise: Exercise,
    *,
    one_rep_max: Load | None = None,
    working_load: Load | None = None,
    working_reps: int | None = None,
    athlete: Athlete | None = None,
    history: Iterable[Session] = (),
    fraction: float | None = None,
    reps: int = 5,
    tempo: Tempo | str | None = "5-0-X-0",
    round_to: Rounding | None = None,
    allow_above_capacity: bool = False,
) -> Set:
    """Negative-only: the load is lifted for the athlete every rep; they only lower it.

    ``fraction`` of the concentric 1RM, lowered slowly, held to the eccentric capacity for the
    reps; the default (`NEGATIVE_ONLY_FRACTION`, 100 %) is lowered to 90 % of the capacity when
    needed. The lift is done by partners or a machine, so the tempo's lift is explosive by
    default.

    Raises:
        ValidationError: no strength source, a fraction given as a percentage, a bodyweight,
            flywheel or band exercise.
    """
    _check_bar_exercise(exercise)
    count = _check_reps(reps)
    share = None if fraction is None else _check_fraction("fraction", fraction, low=0, high=2)
    parsed_tempo = _tempo(tempo)
    plan = _Plan.start(
        exercise,
        working_load=working_load,
        working_reps=working_reps,
        one_rep_max=one_rep_max,
        athlete=athlete,
        history=history,
        allow_above_capacity=allow_above_capacity,
        round_to=round_to,
    )
    plan.set_capacity(count, _lowering(parsed_tempo))
    if share is None:
        load = plan.load(plan.default_within(plan.maximum * NEGATIVE_ONLY_FRACTION))
    else:
        load = plan.load(plan.maximum * share)
    plan.policy_note(load)
    total = exercise.total_load(load)
    detail = [exercise.rep(load, tempo=parsed_tempo, assistance=total)] * count
    basis = plan.basis(
        sources=("negative-only at up to 100 % of the 1RM: reasoning (low confidence)",),
        notes=("the lift is done for the athlete on every rep",),
        peak_assistance=total,
        total_assistance=total * count,
    )
    return _finish(
        exercise,
        method=Method.NEGATIVE_ONLY,
        reps=count,
        load=load,
        tempo=parsed_tempo,
        rep_detail=detail,
        one_rep_max=plan.maximum,
        assistance=[total] * count,
        basis=basis,
    )


def tempo_eccentrics(
    exercise: Exercise,
    *,
    working_load: Load | None = None,
    working_reps: int | None = None,
    one_rep_max: Load | None = None,
    athlete: Athlete | None = None,
    history: Iterable[Session] = (),
    reps: int = 8,
    tempo: Tempo | str = "4-0-1-0",
    round_to: Rounding | None = None,
) -> Set:
    """Tempo eccentrics: the load for ``reps`` at this tempo, the same up and down, lowered slowly.

    No overload. Slower lowering reduces the reps a load allows (Wilk, Zajac & Tufano 2021,
    Sports Med 51(8):1629-1650), so the load is the NSCA chart's for the `effective_reps` of
    the tempo (8 reps lowered in 4 s count as 8.8: 77.6 % of the 1RM, not 80 %; the tempo term
    is a low-confidence model). It is the most those reps allow: watch the RPE and lighten the
    load if the last reps slow down.

    Raises:
        ValidationError: no tempo, no strength source, a bodyweight, flywheel or band exercise.
    """
    _check_bar_exercise(exercise)
    count = _check_reps(reps)
    parsed_tempo = _tempo(tempo)
    if parsed_tempo is None:
        raise ValidationError.single(
            "tempo", "tempo eccentrics need a tempo, e.g. '4-0-1-0'", "arguments"
        )
    plan = _Plan.start(
        exercise,
        working_load=working_load,
        working_reps=working_reps,
        one_rep_max=one_rep_max,
        athlete=athlete,
        history=history,
        round_to=round_to,
    )
    seconds = _lowering(parsed_tempo)
    effective = strength.effective_reps(count, seconds)
    fraction = strength.nsca_fraction(effective)
    plan.set_capacity(count, seconds)
    load = plan.load(plan.maximum * fraction)
    if plan.from_chart:
        plan.sources.append("1RM from the working set's reps: NSCA training-load chart (medium)")
    basis = plan.basis(
        sources=(
            f"load for {plural(count, 'rep')} lowered in {seconds:g} s: "
            f"{fmt_percent(fraction)} of the 1RM, "
            f"the NSCA training-load chart at {effective:g} reps (medium; the tempo term low)",
            "slower eccentrics lower the load that can be lifted: Wilk, Zajac & Tufano 2021",
        ),
        working_load=load,
    )
    return _finish(
        exercise,
        method=Method.TEMPO_ECCENTRIC,
        reps=count,
        load=load,
        tempo=parsed_tempo,
        one_rep_max=plan.maximum,
        basis=basis,
    )


def bodyweight_negatives(
    exercise: Exercise,
    *,
    bodyweight: Load | None = None,
    athlete: Athlete | None = None,
    added_load: Load | None = None,
    one_rep_max: Load | None = None,
    reps: int = 5,
    tempo: Tempo | str | None = "5-0-X-0",
) -> Set:
    """Bodyweight negatives (chin-up, dip, Nordic curl): get to the top, lower slowly.

    The athlete steps or jumps into the top position (the lift is "assisted" in full) and
    lowers their bodyweight share plus ``added_load``. A common *beginner* progression towards
    the full exercise (DOMAIN §5), so no 1RM is needed; when one is known (``one_rep_max``, or
    the athlete's tested 1RM, with the bodyweight share) the added load is held to the
    eccentric capacity for the reps, and a bodyweight share that is above it on its own is
    pointed out (take weight off with a band, or do fewer reps). The bodyweight comes from
    ``bodyweight`` or the athlete. Eccentric-only exercises (the Nordic curl) are dosed by reps
    and sessions a week; without the bodyweight their load stays unknown.

    Raises:
        ValidationError: an exercise that moves no bodyweight, a bodyweight exercise (other
            than an eccentric-only one) without a bodyweight.

    Examples:
        >>> import negatives as neg
        >>> nordic = neg.Exercise("nordic-curl", "Nordic Curl", muscles=["hamstrings"],
        ...                       equipment="bodyweight", bodyweight_fraction=0.88,
        ...                       starts_with="eccentric", eccentric_only=True)
        >>> s = bodyweight_negatives(nordic, bodyweight=neg.kg(80), reps=5)
        >>> s.expand()[0].eccentric_load, s.method.value
        (Load(70.4, 'kg'), 'negative_only')
    """
    if not exercise.bodyweight_fraction and not exercise.eccentric_only:
        raise ValidationError.single(
            "exercise",
            f"{exercise.name} moves no bodyweight (Exercise.bodyweight_fraction is 0); use "
            "negative_only() for a bar, dumbbell or stack",
            "arguments",
        )
    count = _check_reps(reps)
    parsed_tempo = _tempo(tempo)
    weight = (
        bodyweight
        if bodyweight is not None
        else (athlete.bodyweight if athlete is not None else None)
    )
    if weight is not None:
        _check_load("bodyweight", weight, positive=True)
    if exercise.bodyweight_fraction and weight is None and not exercise.eccentric_only:
        raise ValidationError.single(
            "bodyweight",
            f"{exercise.name} moves {fmt_percent(exercise.bodyweight_fraction)} of bodyweight: "
            "give bodyweight= or an athlete with a bodyweight",
            "arguments",
        )
    unit = weight.unit if weight is not None else "kg"
    added = added_load if added_load is not None else Load(0.0, unit)
    _check_load("added_load", added)
    if one_rep_max is not None:
        _check_load("one_rep_max", one_rep_max, positive=True)
    maximum = one_rep_max
    if maximum is None and athlete is not None:
        maximum = athlete.concentric_1rm.get(exercise.id)
    notes: list[str] = []
    sources = [
        "negative chin-ups and dips are a common beginner progression; tempo and bodyweight "
        "eccentrics suit weaker lifters (Suchomel et al. 2019, J Funct Morphol Kinesiol 4(2):38)",
    ]
    share = weight * exercise.bodyweight_fraction if weight is not None else None
    capacity: Load | None = None
    capped = False
    if maximum is not None and share is not None:
        seconds = _lowering(parsed_tempo)
        capacity = strength.eccentric_capacity(
            exercise, athlete=athlete, one_rep_max=maximum, reps=count, tempo=seconds
        )
        sources.append(CAPACITY_SOURCE)
        lowered = exercise.total_load(added) + share.to(added.unit)
        if exceeds(lowered, capacity):
            room = capacity - share.to(capacity.unit)
            if added.value > 0:
                new_added = Load(max(0.0, room.to(added.unit).value), added.unit)
                notes.append(
                    f"the added {_load_text(added)} would make the lowering "
                    f"{_load_text(lowered)}, above the eccentric capacity for "
                    f"{plural(count, 'rep')} "
                    f"({_load_text(capacity)}): lowered to {_load_text(new_added)}"
                )
                added = new_added
                capped = True
            if room.value < 0:
                notes.append(
                    f"the bodyweight share alone ({_load_text(share)}) is above the eccentric "
                    f"capacity for {plural(count, 'rep')} ({_load_text(capacity)}): do fewer "
                    "reps, or take weight off with a band or an assisted machine"
                )
    elif maximum is None and not exercise.eccentric_only:
        notes.append(
            f"no 1RM for {exercise.id!r}: the eccentric capacity is not checked (a tested 1RM "
            "with the bodyweight share would allow it)"
        )
    if exercise.eccentric_only:
        sources.append(
            "an eccentric-only exercise: supramaximal for the working muscles from the first "
            "rep, dosed by reps and sessions; the best-studied programme starts with 2 x 5 "
            "once in week 1 (Mjølsnes et al. 2004, Scand J Med Sci Sports 14:311-317)"
        )
    rep = exercise.rep(added, tempo=parsed_tempo, bodyweight=weight)
    resistance = rep.concentric.resistance
    full = exercise.rep(added, tempo=parsed_tempo, bodyweight=weight, assistance=resistance)
    if resistance is None:
        notes.append(
            "the bodyweight is unknown: the load lowered is unknown, the set is dosed by reps"
        )
    elif not exercise.bodyweight_fraction:
        notes.append("no bodyweight share recorded for the exercise: it is dosed by reps")
    basis = Basis(
        one_rep_max=maximum,
        one_rep_max_source=(
            "" if maximum is None else "given or tested, with the bodyweight share"
        ),
        eccentric_capacity=capacity,
        capped=capped,
        peak_assistance=resistance,
        sources=tuple(sources),
        notes=("the athlete steps or jumps to the top; only the lowering is theirs", *notes),
    )
    return _finish(
        exercise,
        method=Method.NEGATIVE_ONLY,
        reps=count,
        load=added,
        tempo=parsed_tempo,
        rep_detail=[full] * count,
        one_rep_max=maximum,
        assistance=[resistance] * count if resistance is not None else (),
        basis=basis,
        bodyweight=weight,
    )

"""NEG2xx: rules about the load: the eccentric load, the athlete's lift, the partner's help."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence

from ... import catalog, overload, strength
from ..._checks import fmt_number
from ...model import Athlete, Exercise, LoadConvention, Method, Rep, Session, Set, Setup
from ...units import Load, kg
from ..engine import Context, Finding, NotChecked, SetRef, Severity
from ._base import BuiltinRule, Example, is_bodyweight_exercise, number_param, unknown_lowering

#: Relative tolerance for comparing loads with limits: a load *at* the limit is within it,
#: whatever the floating-point rounding of ``0.80 x 1.35`` against ``0.90 x 1.20``.
_REL_TOL = 1e-9
_ABS_TOL_KG = 1e-6


def _above(value_kg: float, limit_kg: float) -> bool:
    """Whether ``value_kg`` is above ``limit_kg`` by more than rounding."""
    return value_kg > limit_kg and not math.isclose(
        value_kg, limit_kg, rel_tol=_REL_TOL, abs_tol=_ABS_TOL_KG
    )


def load_text(load: Load) -> str:
    """A load for a message, to 0.1: ``103.7 kg``, ``55 kg``."""
    return f"{fmt_number(round(load.value, 1))} {load.unit.value}"


def _convention(exercise: Exercise) -> str:
    """How the exercise writes loads, for a message: ``" per dumbbell"`` or nothing."""
    if exercise.load_convention is LoadConvention.PER_IMPLEMENT:
        return " per implement"
    if exercise.load_convention is LoadConvention.PER_LIMB:
        return " per side"
    return ""


def _no_bodyweight(context: Context, ref: SetRef) -> NotChecked:
    why = unknown_lowering(ref.item, context.bodyweight)
    return context.not_checked(
        f"{why}: the load moved on {ref.item.exercise.id!r} is unknown", loc=ref.loc
    )


def _no_one_rep_max(context: Context, ref: SetRef) -> NotChecked:
    return context.not_checked(f"no 1RM for {ref.item.exercise.id!r}", loc=ref.loc)


_NOT_RECORDED = "partner help not recorded per rep"


# -- NEG201 ----------------------------------------------------------------------------------------


def _example_201() -> Example:  # pragma: no mutate block (a fixture for the docs)
    bench = catalog.lookup("bench-press")
    # +50 % on the 8-rep load, asked for 120 kg: held to the capacity for 8 lowerings of 4 s,
    # 93.1 kg, which is above 90 % of it (83.8 kg).
    heavy = overload.partner_assisted_negatives(bench, one_rep_max=kg(100), overload=0.5)
    return Example(
        Session(dt.date(2026, 11, 23), sets=[heavy], setup=Setup(spotters=2)),
        athlete=Athlete("kim", training_age_years=4, concentric_1rm={"bench-press": kg(100)}),
    )


def _lowerings(use: overload.CapacityUse) -> tuple[str, str]:
    """``("6 lowerings of up to 4 s", "")``, or the count and a note on an unknown time."""
    count = f"{use.reps} lowering{'' if use.reps == 1 else 's'}"
    if use.slowest is None:
        return count, "; lowering time unknown, taken as 3 s"
    return f"{count} of up to {fmt_number(round(use.slowest, 2))} s", ""


class EccentricLoadAboveSafe(BuiltinRule):
    """NEG201: the eccentric load of an overload set above a share of the eccentric capacity."""

    code = "NEG201"
    name = "eccentric-load-above-safe"
    summary = (
        "An overload set whose eccentric load is above a fraction of the athlete's eccentric "
        "capacity for its reps and tempo (the safe eccentric 1RM x the %1RM-by-reps chart)."
    )
    severity = Severity.ERROR
    citation = (
        "Kelly et al. 2015, J Strength Cond Res 29(4):1027-1032 (barbell bench eccentric 1RM "
        "about 1.24 x concentric; eccentric reps to failure like concentric ones at 60-80 % of "
        "the 1RM, more at 90 %); Hollander et al. 2007, J Strength Cond Res 21(1):34-40 "
        "(machines, 1.27-1.49); Wilk, Zajac & Tufano 2021 (slower lowering, fewer reps); the "
        "safety ratio by equipment (free weights 1.20, machines 1.30), the tempo cost and the "
        "fraction are policy choices"
    )
    confidence = "low"
    parameters = {"max_fraction_of_eccentric_1rm": 0.90}
    why = (
        "Muscles lower more than they lift, but how much more on free weights rests on one "
        "study: about 1.24 x the concentric 1RM on the barbell bench press (Kelly et al. 2015); "
        "the often quoted 1.4 comes mostly from isokinetic data. And the eccentric 1RM is a "
        "*one*-rep figure: eight negatives at it are impossible. The rule takes the athlete's "
        "eccentric capacity for the set (`negatives.strength.eccentric_capacity`): a "
        "conservative eccentric 1RM (the concentric 1RM x 1.20 for free weights, x 1.30 for "
        "machines, lower when the exercise or the athlete has a lower measured ratio) x the "
        "NSCA %1RM-by-reps chart at the set's reps, each second of lowering beyond 3 s costing "
        "0.1 rep. Kelly et al. found eccentric reps to failure like concentric ones at 60-80 % "
        "of the respective 1RM, and more at 90 % (7.67 +- 3.24 against the chart's 4), so the "
        "chart is right or conservative. The set's heaviest lowerings must stay within "
        "`max_fraction_of_eccentric_1rm` of that capacity (for one rep, of the safe eccentric "
        "1RM): a margin below failure. The ratios, the tempo cost and the fraction are policy "
        "choices, not findings: low confidence. The load compared is the one on all working "
        "limbs (the 2/1 technique at 70 % lowers 140 %), with the bodyweight share for "
        "bodyweight exercises; when the reps differ (weight releasers on the first rep), each "
        "run of the heaviest k lowerings is compared with the capacity for k."
    )
    how_to_fix = (
        "Lower the bar load, or do fewer reps (the capacity for fewer lowerings is higher), so "
        "that the heaviest lowering stays at or under the limit."
    )
    example = staticmethod(_example_201)

    def check(self, context: Context) -> Iterable[Finding | NotChecked]:
        fraction = number_param(context, "max_fraction_of_eccentric_1rm", low=0)
        for ref in context.sets():
            loaded = context.is_overload(ref)
            if loaded is False:
                continue  # conventional, tempo or flywheel work: not an overload set
            if loaded is None:
                yield _no_bodyweight(context, ref)
                continue
            exercise = ref.item.exercise
            maximum = context.one_rep_max(ref)
            if maximum is None:
                if exercise.eccentric_only:
                    yield context.not_checked(
                        f"no 1RM for {exercise.id!r}, an eccentric-only exercise: its load is "
                        "not compared (its dose is counted by reps in NEG3xx)",
                        loc=ref.loc,
                    )
                else:
                    yield _no_one_rep_max(context, ref)
                continue
            use = overload.capacity_use(
                ref.item,
                one_rep_max=maximum,
                athlete=context.athlete,
                bodyweight=context.bodyweight,
            )
            if use is None:
                yield _no_bodyweight(context, ref)
                continue
            limit = use.capacity * fraction
            if not _above(use.load.kg, limit.kg):
                continue
            ratio, source = strength.safety_ratio(exercise, context.athlete)
            unit = use.load.unit
            where = _convention(exercise)
            with_bodyweight = " with the bodyweight share" if exercise.bodyweight_fraction else ""
            share = use.capacity.kg / (maximum.kg * ratio)
            lowerings, unknown = _lowerings(use)
            yield context.finding(
                f"eccentric load {load_text(use.load)}{where}{with_bodyweight} is above "
                f"{overload.fmt_percent(fraction)} of the eccentric capacity for {lowerings} "
                f"({load_text(maximum.to(unit))} x {ratio:.2f} x {overload.fmt_percent(share)} "
                f"= {load_text(use.capacity)}{unknown}): limit {load_text(limit)}",
                loc=ref.loc,
                ctx={
                    "eccentric_load_kg": round(use.load.kg, 3),
                    "reps": use.reps,
                    "effective_reps": round(use.effective_reps, 3),
                    "one_rep_max_kg": round(maximum.kg, 3),
                    "safety_ratio": ratio,
                    "safety_ratio_source": source,
                    "capacity_kg": round(use.capacity.kg, 3),
                    "fraction": fraction,
                    "limit_kg": round(limit.kg, 3),
                },
                fix=(
                    f"keep the heaviest lowering at or under {load_text(limit)}{where}: lower "
                    "the bar load, or do fewer reps (fewer lowerings allow a heavier load)"
                ),
            )


# -- NEG202 ----------------------------------------------------------------------------------------


def _example_202() -> Example:  # pragma: no mutate block (a fixture for the docs)
    curl = catalog.lookup("barbell-curl")
    # The partner gives the same 5 kg on every rep: the athlete lifts 55 kg, their 1RM, each
    # time, though after one rep they can lift only about 95 % of it.
    reps = [curl.rep(kg(60), tempo="4-0-2-0", assistance=kg(5))] * 8
    flat = Set(
        curl, reps=8, load=kg(60), tempo="4-0-2-0", method=Method.PARTNER_ASSISTED, rep_detail=reps
    )
    return Example(
        Session(dt.date(2026, 11, 23), sets=[flat]),
        athlete=Athlete("lee", training_age_years=3, concentric_1rm={"barbell-curl": kg(55)}),
    )


class ConcentricShareAboveCapacity(BuiltinRule):
    """NEG202: the athlete's own share of a lift above what they can lift at that rep."""

    code = "NEG202"
    name = "concentric-share-above-capacity"
    summary = (
        "An overload set in which the athlete's own share of a lift (the load minus the "
        "partner's help) is above what they can lift at that rep."
    )
    severity = Severity.WARNING
    citation = (
        "The per-rep partner model (capacity before rep j is about pct(j) x 1RM, "
        "pct from the NSCA training-load chart); reasoning, not a study"
    )
    confidence = "low"
    parameters = {"max_concentric_effort": 1.0}
    why = (
        "In partner-assisted negatives the athlete lowers alone but should not grind the lift: "
        "the partner supplies what the athlete cannot. Before rep j the athlete can lift about "
        "the load they could lift j times (the NSCA %1RM-by-reps chart), so a partner who "
        "gives the same help on every rep leaves a tiring athlete to lift more than they can. "
        "This is a model (reasoning, low confidence): the chart is an average, and whether it "
        "over- or understates the fatigue of a negative set (each rep adds a slow, heavy "
        "lowering while the athlete lifts below capacity) is unknown. Eccentric-only "
        "exercises (the Nordic curl) are not checked: the athlete does not lift them."
    )
    how_to_fix = (
        "Have the partner help more as the athlete tires (overload.partner_assistance gives "
        "the help rep by rep), or lower the bar load."
    )
    example = staticmethod(_example_202)

    def check(self, context: Context) -> Iterable[Finding | NotChecked]:
        effort = number_param(context, "max_concentric_effort", low=0)
        for ref in context.sets():
            if ref.item.exercise.eccentric_only:
                continue  # the athlete does not lift it
            loaded = context.is_overload(ref)
            if loaded is False:
                continue
            if loaded is None:
                yield _no_bodyweight(context, ref)
                continue
            reps = ref.item.expand(bodyweight=context.bodyweight)
            if any(rep.assistance is None for rep in reps):
                yield context.not_checked(_NOT_RECORDED, loc=ref.loc)
                continue
            maximum = context.one_rep_max(ref)
            if maximum is None:
                yield _no_one_rep_max(context, ref)
                continue
            result = self._first_over(context, ref, reps, maximum, effort)
            if result is not None:
                yield result

    def _first_over(
        self,
        context: Context,
        ref: SetRef,
        reps: Sequence[Rep],
        maximum: Load,
        effort: float,
    ) -> Finding | NotChecked | None:
        exercise = ref.item.exercise
        multiplier = exercise.load_multiplier
        unit = ref.item.load.unit
        where = _convention(exercise)
        for number, rep in enumerate(reps, start=1):
            lifted_total = rep.athlete_concentric_load
            helped = rep.assistance
            if lifted_total is None or helped is None:
                return _no_bodyweight(context, ref)
            lifted = lifted_total.to(unit) / multiplier
            capacity = strength.nsca_fraction(number)
            limit = maximum.to(unit) * (effort * capacity)
            if not _above(lifted.kg, limit.kg):
                continue
            help_text = load_text(helped.to(unit) / multiplier)
            needed = lifted - limit
            return context.finding(
                f"rep {number}: the athlete lifts {load_text(lifted)}{where} themselves (the "
                f"partner helps {help_text}), above {overload.fmt_percent(effort)} of what "
                f"they can lift on rep {number} ({overload.fmt_percent(capacity)} of the 1RM "
                f"{load_text(maximum.to(unit))} by the NSCA chart): limit {load_text(limit)}",
                loc=ref.loc,
                ctx={
                    "rep": number,
                    "athlete_concentric_load_kg": round(lifted.kg, 3),
                    "assistance_kg": round(helped.kg / multiplier, 3),
                    "one_rep_max_kg": round(maximum.kg, 3),
                    "capacity_fraction": capacity,
                    "max_concentric_effort": effort,
                    "limit_kg": round(limit.kg, 3),
                },
                fix=(
                    f"have the partner help at least {load_text(needed)}{where} more on rep "
                    f"{number}, and more on the reps after it (the help should grow as the "
                    "athlete tires), or lower the bar load"
                ),
            )
        return None


# -- NEG203 ----------------------------------------------------------------------------------------


def _example_203() -> Example:  # pragma: no mutate block (a fixture for the docs)
    bench = catalog.lookup("bench-press")
    setup = Setup(spotters=2, partner_max_assist=kg(20))
    # 93.1 kg for a 100 kg bench (+50 % asked, held to the capacity): the partner lifts 29 kg
    # on rep 8.
    heavy = overload.partner_assisted_negatives(
        bench, one_rep_max=kg(100), overload=0.5, setup=setup
    )
    return Example(Session(dt.date(2026, 11, 23), sets=[heavy], setup=setup))


class PartnerHelpAboveMax(BuiltinRule):
    """NEG203: a set needs more help on the lift than the partner can give."""

    code = "NEG203"
    name = "partner-help-above-max"
    summary = "A set whose peak help on the lift is more than the partner can give."
    severity = Severity.ERROR
    citation = (
        "The per-rep partner model (report the peak assistance and compare it with what the "
        "partner can give); supramaximal partner-assisted negatives mean the partner must lift "
        "more than the athlete can (NSCA spotting practice)"
    )
    confidence = "low"
    parameters = {}
    why = (
        "In partner-assisted and negative-only sets the partner lifts part (or all) of the "
        "load, and the help grows as the athlete tires. A partner asked for more than they can "
        "lift will fail on the last reps, with the bar over the athlete. The partner's maximum "
        "is what the setup records (Setup.partner_max_assist); the help per rep is what the "
        "set records or a calculator derived from the partner model (the %1RM-by-reps "
        "relation, DOMAIN §3: reasoning, low confidence). Supramaximal partner-assisted "
        "negatives mean the partner must lift more than the athlete can (NSCA spotting "
        "practice). Bodyweight "
        "exercises are not checked: there the help on the lift is a step, a jump, a band or a "
        "machine."
    )
    how_to_fix = (
        "Lower the overload or the reps (the help grows rep by rep), or bring a stronger "
        "partner or a second one."
    )
    example = staticmethod(_example_203)

    def check(self, context: Context) -> Iterable[Finding | NotChecked]:
        for ref in context.sets():
            exercise = ref.item.exercise
            if is_bodyweight_exercise(exercise):
                continue  # the "help" is a step, a jump, a band or a machine
            helps = [rep.assistance for rep in ref.item.expand(bodyweight=context.bodyweight)]
            if all(h is not None and h.value <= 0 for h in helps):
                continue  # no help on the lift
            known = [h for h in helps if h is not None]
            if len(known) < len(helps):
                yield context.not_checked(_NOT_RECORDED, loc=ref.loc)
                continue
            setup = context.setup(ref)
            if setup is None:
                yield context.not_checked(
                    "no setup given: the partner's maximum help is unknown", loc=ref.loc
                )
                continue
            most = setup.partner_max_assist
            if most is None:
                yield context.not_checked(
                    "the partner's maximum help is not recorded (Setup.partner_max_assist)",
                    loc=ref.loc,
                )
                continue
            over = [n for n, h in enumerate(known, start=1) if _above(h.kg, most.kg)]
            if not over:
                continue
            peak_rep, peak = max(enumerate(known, start=1), key=lambda pair: pair[1].kg)
            count = (
                f"; {len(over)} of {len(known)} reps need more than that" if len(over) > 1 else ""
            )
            yield context.finding(
                f"the partner must lift up to {load_text(peak)} for the athlete (rep "
                f"{peak_rep}), more than their maximum of {load_text(most)}{count}",
                loc=ref.loc,
                ctx={
                    "peak_assistance_kg": round(peak.kg, 3),
                    "partner_max_assist_kg": round(most.kg, 3),
                    "rep": peak_rep,
                    "reps_over": len(over),
                },
                fix=(
                    f"keep the help at or under {load_text(most)} on every rep: lower the "
                    "overload or the reps (the help grows rep by rep), or bring a stronger "
                    "partner or a second one"
                ),
            )


RULES = (EccentricLoadAboveSafe(), ConcentricShareAboveCapacity(), PartnerHelpAboveMax())

"""The concrete sets of a planned slot: their shape, their dose, and the basis explaining them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import NamedTuple

import attrs

from .. import overload, strength
from .._checks import fmt_number
from ..model import (
    Athlete,
    Basis,
    Exercise,
    Method,
    Prescription,
    Rep,
    RepRange,
    Set,
    Setup,
)
from ..overload._plan import _RATIO_SOURCES, CAPACITY_SOURCE
from ..strength import nsca_fraction
from ..tempo import Tempo
from ..units import Load

#: The share of their current capacity the athlete lifts on each rep of partner-assisted
#: negatives; the partner supplies the rest (the per-rep model, DOMAIN §3; low confidence).
CONCENTRIC_EFFORT = overload.DEFAULT_CONCENTRIC_EFFORT

_PARTNER_SOURCE = (
    "per-rep help: a model from the %1RM-by-reps relation (reasoning, low confidence), the "
    "athlete lifting 80 % of what they can on each rep"
)
_SEED_SOURCE = (
    "partner-assisted negatives, +25 % to +50 % on the working load, lifted with help and "
    "lowered alone: the seed article (coaching practice, low confidence)"
)
_NORDIC_SOURCE = (
    "an eccentric-only exercise, supramaximal for the working muscles from the first rep, dosed "
    "by sets and reps: the Nordic hamstring programme of Mjølsnes et al. 2004, Scand J Med Sci "
    "Sports 14:311-317"
)
_OVER_WORKING = (Method.PARTNER_ASSISTED, Method.ACCENTUATED_ECCENTRIC, Method.NEGATIVE_ONLY)
_AEL_SOURCE = (
    "accentuated eccentric loading, eccentric = concentric + 40 %, 3 x 6RM and 3 x 10RM twice "
    "a week: Walker et al. 2016, Front Physiol 7:149 (medium confidence)"
)


@attrs.frozen
class Shape:
    """The shape of a slot's sets: the reps of each set and the tempo.

    ``faster`` is how many seconds the lowering was shortened from the coach's tempo (the
    lowering-time dial).
    """

    reps: tuple[int, ...]
    tempo: Tempo | None
    faster: float = 0.0

    @property
    def sets(self) -> int:
        return len(self.reps)

    @property
    def lowering(self) -> float | None:
        """The lowering's seconds (``X`` counts as 1 s); ``None`` without a tempo."""
        if self.tempo is None:
            return None
        return self.tempo.phase_seconds(self.tempo.eccentric)

    def describe(self) -> str:
        """``2 x 8`` or ``3 x 12, 10, 8``."""
        if len(set(self.reps)) == 1:
            return f"{self.sets} x {self.reps[0]}"
        return f"{self.sets} x {', '.join(str(r) for r in self.reps)}"


def quicker(tempo: Tempo | None, seconds: float) -> Tempo | None:
    """``tempo`` with the lowering ``seconds`` shorter (never below 1 s)."""
    if tempo is None or seconds <= 0:
        return tempo
    lowering = tempo.phase_seconds(tempo.eccentric)
    return attrs.evolve(tempo, eccentric=max(1.0, lowering - seconds))


class Dose(NamedTuple):
    """A slot's dose, compared in this order: intensity, volume, reps (see `build_program`)."""

    intensity: float  # kg: the heaviest load the athlete lowers, on all working limbs
    volume: float  # kg: the loads the athlete lowers, summed over reps and sets
    reps: int

    def beats(self, other: Dose) -> bool:
        """Whether this dose is larger than ``other`` by more than rounding."""
        for mine, theirs in zip(self, other, strict=True):
            if abs(mine - theirs) > 1e-6:
                return mine > theirs
        return False


ZERO_DOSE = Dose(0.0, 0.0, 0)


def dose(sets: Sequence[Set], bodyweight: Load | None) -> Dose:
    """The dose of ``sets``: loads the athlete lowers (unknown loads count 0), and the reps."""
    intensity = 0.0
    volume = 0.0
    reps = 0
    seen: dict[int, tuple[float, float]] = {}
    for item in sets:
        key = id(item)
        if key not in seen:
            heaviest = overload.eccentric_equivalent(item, bodyweight=bodyweight)
            lowered = 0.0
            for rep in item.expand(bodyweight=bodyweight):
                load = rep.eccentric.athlete_load
                lowered += 0.0 if load is None else load.kg
            seen[key] = (0.0 if heaviest is None else heaviest.kg, lowered)
        top, lowered = seen[key]
        intensity = max(intensity, top)
        volume += lowered
        reps += item.reps
    return Dose(intensity, volume, reps)


@attrs.frozen
class Maker:
    """Makes the concrete sets of one slot: its exercise, method, strength and setup."""

    exercise: Exercise
    method: Method
    one_rep_max: Load | None
    working: Load | None  # the working (concentric) load of an overload method
    rest: float | None
    releasers: str
    help_step: Load | None
    bodyweight: Load | None
    # For accentuated eccentric loading: the share of what the athlete can lift for the set's
    # reps that the lift may take (the policy's NEG202 limit), and how loads round down.
    lift_effort: float | None = None
    round_down: Callable[[Load], Load] | None = attrs.field(default=None, eq=False)
    # The heaviest load the gym builds for the exercise (`Gym.heaviest`), when it has one.
    heaviest: Load | None = None

    def at_gym_cap(self, load: Load) -> bool:
        """Whether ``load`` is the heaviest the gym builds: rounding held it there."""
        cap = self.heaviest
        return cap is not None and (load > cap or load.isclose(cap))

    def valid(self, load: Load) -> bool:
        """Whether ``load`` makes a set of this method (AEL lowers more than it lifts)."""
        if self.method is Method.ACCENTUATED_ECCENTRIC:
            return self.working is not None and load.value > 0
        return True

    def lift(self, reps: int) -> Load | None:
        """What the athlete lifts in an accentuated eccentric set of ``reps``.

        The working load, lowered to what the policy lets them lift for that many reps
        (``lift_effort`` x the NSCA chart x the 1RM, rounded down) when it is above it, as
        `negatives.overload.accentuated_eccentric` does.
        """
        working = self.working
        if working is None or self.one_rep_max is None or self.lift_effort is None:
            return working
        most = self.one_rep_max.to(working.unit) * (self.lift_effort * nsca_fraction(reps))
        if not most < working:
            return working
        return self.round_down(most) if self.round_down is not None else most

    def help(self, load: Load, reps: int) -> tuple[Load, ...] | None:
        """The partner's help on each lift, rounded to the step a spotter can judge."""
        if self.one_rep_max is None:
            return None
        multiplier = self.exercise.load_multiplier
        total = self.exercise.total_load(load)
        out = []
        for value in overload.partner_assistance(
            load, self.one_rep_max, reps, concentric_effort=CONCENTRIC_EFFORT
        ):
            amount = (value * multiplier if multiplier != 1 else value).nearest(self.help_step)
            out.append(min(amount, total.to(amount.unit)))
        return tuple(out)

    def sets(self, prescription: Prescription, shape: Shape, load: Load) -> tuple[Set, ...] | None:
        """The sets of ``shape`` at ``load``, answering ``prescription``; ``None`` if invalid."""
        if not self.valid(load):
            return None
        if self.method is Method.ACCENTUATED_ECCENTRIC:
            for reps in set(shape.reps):
                lifted = self.lift(reps)
                if lifted is None or not load > lifted or load.isclose(lifted, abs_tol=1e-6):
                    return None
        made: dict[int, Set] = {}
        out = []
        for reps in shape.reps:
            item = made.get(reps)
            if item is None:
                item = self._one(prescription, shape.tempo, load, reps)
                made[reps] = item
            out.append(item)
        return tuple(out)

    def _one(self, prescription: Prescription, tempo: Tempo | None, load: Load, reps: int) -> Set:
        exercise = self.exercise
        detail: list[Rep] | None = None
        if self.method is Method.PARTNER_ASSISTED:
            helps = self.help(load, reps)
            if helps is not None:
                cache: dict[Load, Rep] = {}
                detail = []
                for amount in helps:
                    rep = cache.get(amount)
                    if rep is None:
                        rep = exercise.rep(load, tempo=tempo, assistance=amount)
                        cache[amount] = rep
                    detail.append(rep)
        elif self.method is Method.ACCENTUATED_ECCENTRIC:
            lifted = self.lift(reps)
            assert lifted is not None
            heavy = exercise.rep(load, concentric_load=lifted, tempo=tempo)
            light = exercise.rep(lifted, tempo=tempo)
            detail = [heavy] + [heavy if self.releasers == "every" else light] * (reps - 1)
        return Set(
            exercise,
            reps=reps,
            load=load,
            tempo=tempo,
            method=self.method,
            rest=self.rest,
            rep_detail=detail,
            prescription=prescription,
        )


def lowerings(method: Method, shape: Shape, releasers: str) -> int:
    """How many heavy lowerings the heaviest set of ``shape`` has (for the capacity)."""
    most = max(shape.reps)
    if method is Method.ACCENTUATED_ECCENTRIC and releasers == "first":
        return 1
    return most


def capacity(maker: Maker, shape: Shape, athlete: Athlete | None) -> tuple[Load, int, bool] | None:
    """The eccentric capacity the heaviest set is held to: the load, the lowerings, per limb.

    ``None`` without a 1RM, or for exercises that move bodyweight (their 1RM includes it).
    """
    exercise = maker.exercise
    if maker.one_rep_max is None or exercise.bodyweight_fraction or exercise.eccentric_only:
        return None
    if maker.method is Method.TWO_ONE:
        per_limb = max(1, max(shape.reps) // 2)
        full = strength.eccentric_capacity(
            exercise, athlete=athlete, one_rep_max=maker.one_rep_max, reps=per_limb,
            tempo=shape.tempo,
        )  # fmt: skip
        return full / 2, per_limb, True
    count = lowerings(maker.method, shape, maker.releasers)
    value = strength.eccentric_capacity(
        exercise, athlete=athlete, one_rep_max=maker.one_rep_max, reps=count, tempo=shape.tempo
    )
    return value, count, False


def _text(load: Load) -> str:
    return f"{fmt_number(round(load.value, 1))} {load.unit.value}"


def complete(
    proposal: Prescription,
    shape: Shape,
    load: Load,
    maker: Maker,
    planned: Sequence[Set],
    *,
    athlete: Athlete | None,
    one_rep_max_source: str,
    setup: Setup | None,
    policy_fraction: float | None,
    capped: bool,
    notes: Sequence[str],
    on: dt.date | None,
) -> Prescription:
    """The prescription the planned sets answer, with a complete `Basis` for ``explain``."""
    exercise = maker.exercise
    method = maker.method
    maximum = maker.one_rep_max
    working = maker.lift(max(shape.reps)) if method is Method.ACCENTUATED_ECCENTRIC else None
    working = working or maker.working
    old = proposal.basis
    basis_notes = list(notes)
    sources: list[str] = []
    overload_fraction = proposal.overload
    # A load the gym held at its heaviest is not the overload asked either: say what it is.
    capped_by_gym = maker.at_gym_cap(load)
    adapted = (
        proposal.load is None
        or not load.isclose(proposal.load, abs_tol=1e-6)
        or (working is not None and maker.working is not None and working != maker.working)
        or capped_by_gym
    )
    if adapted and working is not None and working.value > 0 and method in _OVER_WORKING:
        overload_fraction = max(0.0, min(1.0, load.ratio(working) - 1))
        if overload_fraction < 1e-9:
            overload_fraction = 0.0
    ratio = None
    ratio_source = ""
    eccentric_1rm = None
    if maximum is not None:
        ratio, where = strength.eccentric_ratio(exercise, athlete, on=on)
        ratio_source = _RATIO_SOURCES.get(where, where)
        eccentric_1rm = maximum * ratio
    cap = capacity(maker, shape, athlete) if method is not Method.STANDARD else None
    cap_load = None
    if cap is not None:
        cap_load, count, per_limb = cap
        sources.append(CAPACITY_SOURCE)
        limit_note = ""
        if policy_fraction is not None:
            limit_note = (
                f"; the policy allows up to {fmt_number(round(policy_fraction * 100, 1))} % of "
                f"it, {_text(cap_load * policy_fraction)}"
            )
        lowering = shape.lowering
        basis_notes.append(
            f"eccentric capacity for {count} lowering{'s' if count != 1 else ''}"
            + (f" of {fmt_number(round(lowering, 2))} s" if lowering is not None else "")
            + (" per limb" if per_limb else "")
            + f": {_text(cap_load)}{limit_note}"
        )
    peak = total = None
    assistance: tuple[Load, ...] = ()
    effort = None
    if method is Method.PARTNER_ASSISTED:
        sources.extend((_SEED_SOURCE, _PARTNER_SOURCE))
        helps = maker.help(load, max(shape.reps))
        if helps is not None:
            assistance = helps
            peak = max(helps, key=lambda h: h.kg)
            total = Load.total(helps, load.unit)
            effort = CONCENTRIC_EFFORT
            step = _text(maker.help_step) if maker.help_step is not None else "2.5 kg (5 lb)"
            basis_notes.append(
                f"the partner's help per rep is rounded to {step}: what a spotter can judge"
            )
    elif method is Method.ACCENTUATED_ECCENTRIC:
        sources.append(_AEL_SOURCE)
        if working is not None:  # pragma: no branch - AEL sets are made only with one
            basis_notes.append(
                f"lifts {_text(working)}, lowers {_text(load)}: weight releasers on "
                f"{'every rep' if maker.releasers == 'every' else 'the first rep'}"
            )
    if exercise.eccentric_only:
        sources.append(_NORDIC_SOURCE)
    if old is not None:
        sources.extend(s for s in old.sources if s not in sources)
    heaviest = max(planned, key=lambda item: item.reps)
    category = overload.method_category(heaviest, one_rep_max=maximum, bodyweight=maker.bodyweight)
    fraction = None
    if maximum is not None and maximum.value > 0 and load.value > 0:
        fraction = load.ratio(maximum)
    if working is None and method in (Method.STANDARD, Method.TEMPO_ECCENTRIC):
        working = load
    basis = Basis(
        one_rep_max=maximum,
        one_rep_max_source=one_rep_max_source if maximum is not None else "",
        working_load=working,
        eccentric_ratio=ratio,
        eccentric_ratio_source=ratio_source,
        eccentric_1rm=eccentric_1rm,
        eccentric_capacity=cap_load,
        overload_source=_overload_source(
            proposal, overload_fraction if adapted else None, capped_by_gym
        ),
        concentric_effort=effort,
        peak_assistance=peak,
        total_assistance=total,
        partner_max_assist=(
            setup.partner_max_assist
            if setup is not None and method is Method.PARTNER_ASSISTED
            else None
        ),
        category=category,
        capped=capped,
        sources=tuple(sources),
        notes=tuple(dict.fromkeys(basis_notes)),
    )
    return attrs.evolve(
        proposal,
        load=load,
        sets=shape.sets,
        reps=RepRange(min(shape.reps), max(shape.reps)),
        tempo=shape.tempo,
        overload=overload_fraction,
        assistance=assistance,
        fraction_1rm=fraction if fraction is not None and 0 < fraction <= 2 else None,
        basis=basis,
    )


def _overload_source(proposal: Prescription, actual: float | None, capped_by_gym: bool) -> str:
    """Why this overload: the progression's words, and the adaptation when it changed."""
    old = proposal.basis.overload_source if proposal.basis is not None else ""
    source = old or ("the program's" if proposal.overload is not None else "")
    if actual is None:
        return source
    asked = proposal.overload
    if asked is not None and abs(asked - actual) > 5e-4:
        source += f"; +{fmt_number(round(asked * 100, 1))} % asked, " + (
            "held at the heaviest load the gym builds"
            if capped_by_gym
            else "adapted to what the policy accepts"
        )
    return source

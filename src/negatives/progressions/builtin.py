"""The built-in progressions: linear, double, eccentric-overload ramp, tempo ramp, RPE, deload.

Each is a frozen attrs class whose fields are its configuration (plain data, validated when it
is built) with a class-level ``kind`` naming it, and ``propose(ctx)`` returning the next
prescription of a program slot (see `negatives.progressions.base`). They propose; the safety
policy disposes.

What they share:

* **Buildable loads.** Every load a built-in returns is one the context's gym can build, and
  stays what it is when rounded again: ``ctx.round(load) == load``. Loads are rounded *down*
  (a progression never proposes more than it meant to), so a prescription whose own load is
  not buildable (61 kg on a barbell) comes back buildable (60 kg) even when nothing else
  changes. A load the gym cannot write exactly in the prescription's unit (a kilogram plate
  loading written in pounds) is written in the other unit. Loads are never negative and never
  above the 1000 kg a bar load may be.
* **Load-derived numbers follow the load.** When a load changes, ``fraction_1rm`` is scaled
  with it (dropped if it leaves (0, 2]), the per-rep partner ``assistance`` (worked out for the
  old load) is dropped, and so are the basis's ``category``, ``peak_assistance`` and
  ``total_assistance``.
* **Reps and sets stay valid.** Only `Deload` changes the number of sets (never below 1); no
  progression changes the rep range.

Examples:
    >>> from negatives import Prescription, catalog, kg
    >>> from negatives.progressions.base import ProgressionContext
    >>> bench = Prescription(catalog.lookup("bench-press"), sets=3, reps=(8, 10), load=kg(61))
    >>> Linear().propose(ProgressionContext(prescription=bench)).load  # made buildable
    Load(60.0, 'kg')
    >>> sorted(BUILTIN_PROGRESSIONS)
    ['deload', 'double', 'eccentric_ramp', 'linear', 'rpe', 'tempo_ramp']
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, ClassVar

import attrs

from .._checks import Checks, as_float, as_int, describe, fmt_number
from ..model import Basis, Method, Prescription, Set, SetType
from ..strength import _is_concentric_effort, rts_fraction
from ..tempo import MAX_PHASE_SECONDS, Tempo
from ..units import MAX_BAR_LOAD_KG, Load, Unit, kg
from .base import Progression, ProgressionContext, Rounding

__all__ = [
    "BUILTIN_PROGRESSIONS",
    "DEFAULT_INCREMENT",
    "MAX_EVERY",
    "MAX_INCREMENT_KG",
    "MAX_WEEKS",
    "RPE",
    "Deload",
    "Double",
    "EccentricRamp",
    "Linear",
    "TempoRamp",
]

#: The default load increment: 2.5 kg, the smallest jump standard plates make (two 1.25 kg
#: change plates; common practice, low confidence).
DEFAULT_INCREMENT = kg(2.5)

#: Largest load increment a progression accepts: more in one step is a typing error (25 for 2.5).
MAX_INCREMENT_KG = 50.0

#: Longest ramp, in weeks (a training year).
MAX_WEEKS = 52

#: Most occurrences between two load increases of `Linear`.
MAX_EVERY = 100

#: Reps the RTS chart covers (1-12).
_RTS_MAX_REPS = 12

#: A hair of load (in the load's unit): "the next buildable load above" starts this far up.
_NUDGE = 1e-6


# -- converters and checks ---------------------------------------------------------------------


def _float(value: float) -> float:
    return as_float(value)  # type: ignore[no-any-return]


def _int(value: int) -> int:
    return as_int(value)  # type: ignore[no-any-return]


def _check_fraction(
    checks: Checks, field: str, value: object, *, ge: float | None = None, gt: float | None = None
) -> bool:
    """A fraction in [ge, 1] or (gt, 1]; a hint when a percent was written (25 for 0.25)."""
    if checks.number(field, value, ge=ge, gt=gt, le=1):
        return True
    if isinstance(value, float) and 5 <= value <= 100:
        last = checks.problems[-1]
        checks.problems[-1] = attrs.evolve(
            last, message=f"{last.message}; it is a fraction: did you mean {value / 100:.2f}?"
        )
    return False


def _check_increment(checks: Checks, value: object) -> None:
    if not isinstance(value, Load):
        checks.fail("increment", f"must be a Load such as kg(2.5) or lb(5), got {describe(value)}")
    elif value.value <= 0:
        checks.fail(
            "increment", f"must be > 0, got {value} (a progression adds load; Deload lightens)"
        )
    elif value.kg > MAX_INCREMENT_KG:
        checks.fail("increment", f"must be at most {fmt_number(MAX_INCREMENT_KG)} kg, got {value}")


def _check_weeks(checks: Checks, value: object) -> None:
    checks.integer("weeks", value, ge=1, le=MAX_WEEKS)


def _ramp(start: float, end: float, weeks: int, week: int) -> float:
    """``start`` in week 0 to ``end`` in week ``weeks - 1``, linearly; ``end`` after it."""
    step = min(max(week, 0), weeks - 1)
    if step == weeks - 1:
        return end  # exactly, as on the last week (and for a one-week ramp)
    if step == 0:
        return start
    value = start + (end - start) * step / (weeks - 1)
    low, high = min(start, end), max(start, end)
    return min(max(value, low), high)  # no float drift outside the ramp


# -- loads -----------------------------------------------------------------------------------------


def _bounded(load: Load) -> Load:
    """``load`` within what a bar load may be: 0 to 1000 kg."""
    if load.value < 0:
        return Load(0.0, load.unit)
    if load.kg > MAX_BAR_LOAD_KG:
        return Load(MAX_BAR_LOAD_KG / load.unit.kg_factor, load.unit)
    return load


def _buildable(ctx: ProgressionContext, load: Load, *, mode: Rounding = "down") -> Load:
    """``load`` made buildable, written so that ``ctx.round`` keeps it as it is."""
    rounded = ctx.round(_bounded(load), mode=mode)
    if ctx.round(rounded) == rounded:
        return rounded
    # The gym reads a load as the decimal it prints as: a kg loading written in lb (or the
    # reverse) can read a hair light and round down a step. In the other unit it is exact.
    for unit in Unit:
        if unit is not rounded.unit:
            other = ctx.round(rounded.to(unit), mode="nearest")
            if ctx.round(other) == other:
                return other
    # A gym mixing units may write neither exactly: settle on the load rounding reaches.
    for _ in range(100):  # pragma: no branch - settles in a few steps
        lower = ctx.round(rounded)
        if lower == rounded:
            break
        rounded = lower
    return rounded


def _raised(ctx: ProgressionContext, current: Load, increment: Load) -> Load:
    """``current + increment`` made buildable, or the next buildable load above ``current``.

    The second when rounding swallows the increment (a small increment on coarse equipment).
    """
    target = _buildable(ctx, current + increment.to(current.unit))
    if target > current and not target.isclose(current):
        return target
    above = _buildable(ctx, current + Load(_NUDGE, current.unit), mode="up")
    if above > current and not above.isclose(current):
        return above
    return current  # the heaviest the equipment holds


def _working_load(prescription: Prescription, load: Load) -> Load:
    """The normal working load under an overload prescription's ``load``."""
    basis = prescription.basis
    if basis is not None and basis.working_load is not None:
        return basis.working_load.to(load.unit)
    return load / (1 + (prescription.overload or 0.0))


def _with_load(p: Prescription, load: Load | None, **changes: Any) -> Prescription:
    """``p`` with ``load`` and ``changes``; numbers worked out for the old load follow it."""
    if load == p.load:
        return attrs.evolve(p, **changes) if changes else p
    derived: dict[str, Any] = {}
    if p.fraction_1rm is not None:
        fraction = None
        if load is not None and p.load is not None and p.load.value > 0:
            fraction = p.fraction_1rm * load.ratio(p.load)
        derived["fraction_1rm"] = fraction if fraction is not None and 0 < fraction <= 2 else None
    if p.assistance:
        derived["assistance"] = ()
    if p.basis is not None:
        working = p.basis.working_load
        if working is not None and load is not None and not changes.get("overload", p.overload):
            # Without an overload the working load *is* the load: it moves with it.
            working = load
        derived["basis"] = attrs.evolve(
            p.basis,
            category=None,
            peak_assistance=None,
            total_assistance=None,
            working_load=working,
        )
    return attrs.evolve(p, load=load, **{**derived, **changes})


def _settled(ctx: ProgressionContext, p: Prescription) -> Prescription:
    """``p`` with its load made buildable (nothing else changes)."""
    return p if p.load is None else _with_load(p, _buildable(ctx, p.load))


# -- linear ----------------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Linear:
    """Add a fixed load every time (or every n-th time) the slot comes.

    The first time a slot comes (``ctx.occurrence == 0``) the starting prescription is
    returned with its load made buildable; afterwards ``increment`` is added on every
    ``every``-th occurrence (occurrences ``every``, ``2 × every``, ...). When rounding to the
    gym's equipment would swallow the increment (1 kg on a rack of 2 kg steps), the load goes to
    the next buildable load above instead, so that the progression never stalls. A
    prescription without a load is returned unchanged.

    The default of 2.5 kg is the smallest jump standard plates make (two 1.25 kg change
    plates): common practice, low confidence.

    Attributes:
        increment: the load added, > 0 and at most 50 kg.
        every: add it every this many occurrences of the slot (1: every time).

    Examples:
        >>> from negatives import Prescription, catalog, kg
        >>> from negatives.progressions.base import ProgressionContext
        >>> squat = Prescription(catalog.lookup("back-squat"), sets=5, reps=5, load=kg(100))
        >>> [Linear(every=2).propose(ProgressionContext(prescription=squat, occurrence=n)).load
        ...  for n in range(4)]
        [Load(100.0, 'kg'), Load(100.0, 'kg'), Load(102.5, 'kg'), Load(100.0, 'kg')]
    """

    kind: ClassVar[str] = "linear"

    increment: Load = DEFAULT_INCREMENT
    every: int = attrs.field(default=1, converter=_int)

    def __attrs_post_init__(self) -> None:
        checks = Checks(self)
        _check_increment(checks, self.increment)
        checks.integer("every", self.every, ge=1, le=MAX_EVERY)
        checks.done()

    def propose(self, ctx: ProgressionContext) -> Prescription:
        """The slot's prescription, ``increment`` heavier on every ``every``-th occurrence."""
        p = ctx.prescription
        if p.load is None:
            return p
        current = _buildable(ctx, p.load)
        occurrence = ctx.occurrence
        if occurrence > 0 and occurrence % self.every == 0:
            return _with_load(p, _raised(ctx, current, self.increment))
        return _with_load(p, current)


# -- double progression ----------------------------------------------------------------------------


def _counts(item: Set) -> bool:
    # Warm-ups are not the work; a drop set is lighter by design.
    return item.set_type not in (SetType.WARMUP, SetType.DROP)


@attrs.frozen(kw_only=True)
class Double:
    """Double progression: reps first, then load.

    The rep range stays; the athlete adds reps within it at the same load, and the load goes
    up by ``increment`` only once *every* set reached the top of the range. These are the
    semantics requested in wger issue #2480 (wger-project/wger, "Support double progression:
    gate on the top of the rep range and require all sets to qualify"): gating on the bottom of
    the range, or on any single set, ratchets the load up every session.

    The load goes up when the latest answers (`ProgressionContext.last_answers`: the performed
    sets that answered the most recent prescription), warm-up and drop sets left out, hold at
    least as many sets as the prescription asks for, and every one of them has at least
    ``prescription.reps.high`` reps at the prescribed load or heavier (the load as the gym
    builds it: a set done lighter did not answer the prescription). Otherwise, and without
    answers, the prescription is unchanged (its load made buildable). The new load is made
    buildable; if rounding would not increase it, it is the next buildable load above. A
    prescription without a load is returned unchanged.

    Attributes:
        increment: the load added once every set reached the top, > 0 and at most 50 kg.

    Examples:
        >>> from negatives import Prescription, Set, catalog, kg
        >>> from negatives.progressions.base import ProgressionContext
        >>> bench = catalog.lookup("bench-press")
        >>> asked = Prescription(bench, sets=3, reps=(8, 10), load=kg(60))
        >>> def after(*reps):
        ...     done = tuple(Set(bench, reps=r, load=kg(60), prescription=asked) for r in reps)
        ...     return Double().propose(ProgressionContext(prescription=asked, history=done)).load
        >>> after(10, 10, 9), after(10, 10, 10)
        (Load(60.0, 'kg'), Load(62.5, 'kg'))
    """

    kind: ClassVar[str] = "double"

    increment: Load = DEFAULT_INCREMENT

    def __attrs_post_init__(self) -> None:
        checks = Checks(self)
        _check_increment(checks, self.increment)
        checks.done()

    def propose(self, ctx: ProgressionContext) -> Prescription:
        """The slot's prescription, ``increment`` heavier once every set reached the top."""
        p = ctx.prescription
        if p.load is None:
            return p
        current = _buildable(ctx, p.load)
        if self.every_set_reached_top(ctx, current):
            return _with_load(p, _raised(ctx, current, self.increment))
        return _with_load(p, current)

    @staticmethod
    def every_set_reached_top(ctx: ProgressionContext, load: Load | None = None) -> bool:
        """Whether the latest answers hold every prescribed set at the top of the range.

        Args:
            ctx: the context.
            load: the load the sets must have been done at (default: the prescription's).
        """
        p = ctx.prescription
        floor = load if load is not None else p.load
        working = [s for s in ctx.last_answers() if _counts(s)]
        if len(working) < p.sets:
            return False
        return all(
            s.reps >= p.reps.high
            and (floor is None or s.load >= floor or s.load.isclose(floor, abs_tol=1e-6))
            for s in working
        )


# -- eccentric overload ramp ---------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class EccentricRamp:
    """Ramp the eccentric overload week by week, from ``start`` to ``end``.

    The overload in week ``w`` (``ctx.week``, from 0) is
    ``start + (end - start) × min(w, weeks - 1) / (weeks - 1)`` (``end`` when ``weeks`` is 1),
    and stays at ``end`` after the ramp. The bar load is the normal working load times
    ``1 + overload``, made buildable (rounded down). The working load is the basis's
    ``working_load`` when the prescription has one (as the `negatives.overload` calculators
    record it), else ``load / (1 + overload)``; the ramp records it in the basis, so that later
    weeks start from the same working load instead of from a rounded one. The method is kept
    (the ramp is meant for partner-assisted, negative-only and accentuated prescriptions); a
    prescription without a load is returned unchanged.

    The defaults, +25 % to +50 % over four weeks, span the seed article's range for
    partner-assisted negatives (+25-50 % on the normal working load; coaching practice, low
    confidence). Overloads are fractions of the working load (0.25), never percents.

    Attributes:
        start: the overload in week 0, a fraction from 0 to 1.
        end: the overload from week ``weeks - 1`` on, a fraction from 0 to 1 (below ``start``
            for a ramp down).
        weeks: weeks the ramp takes, 1-52.

    Examples:
        >>> from negatives import Basis, Prescription, catalog, kg
        >>> from negatives.progressions.base import ProgressionContext
        >>> curl = Prescription(catalog.lookup("barbell-curl"), method="partner_assisted",
        ...                     reps=(8, 10), load=kg(50), overload=0.25,
        ...                     basis=Basis(working_load=kg(40)))
        >>> ramp = EccentricRamp()
        >>> [ramp.overload_in(week) for week in range(5)]
        [0.25, 0.3333333333333333, 0.41666666666666663, 0.5, 0.5]
        >>> [ramp.propose(ProgressionContext(prescription=curl, week=w)).load for w in (0, 3)]
        [Load(50.0, 'kg'), Load(60.0, 'kg')]
    """

    kind: ClassVar[str] = "eccentric_ramp"

    start: float = attrs.field(default=0.25, converter=_float)
    end: float = attrs.field(default=0.50, converter=_float)
    weeks: int = attrs.field(default=4, converter=_int)

    def __attrs_post_init__(self) -> None:
        checks = Checks(self)
        _check_fraction(checks, "start", self.start, ge=0)
        _check_fraction(checks, "end", self.end, ge=0)
        _check_weeks(checks, self.weeks)
        checks.done()

    def overload_in(self, week: int) -> float:
        """The overload in ``week`` (from 0), as a fraction of the working load."""
        return _ramp(self.start, self.end, self.weeks, week)

    def propose(self, ctx: ProgressionContext) -> Prescription:
        """The slot's prescription at this week's overload."""
        p = ctx.prescription
        if p.load is None:
            return p
        overload = self.overload_in(ctx.week)
        working = _bounded(_working_load(p, p.load))
        source = (
            f"eccentric_ramp: +{fmt_number(round(self.start * 100, 1))} % to "
            f"+{fmt_number(round(self.end * 100, 1))} % over {self.weeks} week(s), "
            f"week {max(ctx.week, 0) + 1}"
        )
        basis = (
            Basis(working_load=working, overload_source=source)
            if p.basis is None
            else attrs.evolve(p.basis, working_load=working, overload_source=source)
        )
        load = _buildable(ctx, working * (1 + overload))
        return _with_load(attrs.evolve(p, basis=basis), load, overload=overload)


# -- tempo ramp ------------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class TempoRamp:
    """Slow the lowering week by week, from ``start`` to ``end`` seconds.

    The eccentric seconds in week ``w`` follow the same ramp as `EccentricRamp`; the other
    phases of the prescription's tempo are kept (without a tempo: ``Tempo(seconds, 0, 1, 0)``).
    The load stays (made buildable); a ``standard`` prescription becomes ``tempo_eccentric``,
    any other method is kept.

    The defaults, 3 s to 6 s over four weeks, are coaching practice (low confidence): 3 s is
    about where a lowering counts as controlled, and 6 s down with a 1 s lift keeps a rep within
    the 0.5-8 s that give similar hypertrophy (Schoenfeld, Ogborn & Krieger 2015, Sports Med
    45(4):577-585). Slower lowering lowers the load a set allows (Wilk, Zajac & Tufano 2021,
    Sports Med 51(8):1629-1650): keep the load, or let the safety policy lower it.

    Attributes:
        start: seconds of lowering in week 0, above 0 and at most 60.
        end: seconds of lowering from week ``weeks - 1`` on, above 0 and at most 60.
        weeks: weeks the ramp takes, 1-52.

    Examples:
        >>> from negatives import Prescription, catalog, kg
        >>> from negatives.progressions.base import ProgressionContext
        >>> row = Prescription(catalog.lookup("barbell-curl"), reps=8, load=kg(30),
        ...                    tempo="3-0-2-0")
        >>> ramp = TempoRamp()
        >>> [str(ramp.propose(ProgressionContext(prescription=row, week=w)).tempo)
        ...  for w in range(4)]
        ['3-0-2-0', '4-0-2-0', '5-0-2-0', '6-0-2-0']
        >>> ramp.propose(ProgressionContext(prescription=row)).method
        <Method.TEMPO_ECCENTRIC: 'tempo_eccentric'>
    """

    kind: ClassVar[str] = "tempo_ramp"

    start: float = attrs.field(default=3.0, converter=_float)
    end: float = attrs.field(default=6.0, converter=_float)
    weeks: int = attrs.field(default=4, converter=_int)

    def __attrs_post_init__(self) -> None:
        checks = Checks(self)
        for field in ("start", "end"):
            checks.number(field, getattr(self, field), gt=0, le=MAX_PHASE_SECONDS, unit="s")
        _check_weeks(checks, self.weeks)
        checks.done()

    def seconds_in(self, week: int) -> float:
        """Seconds of lowering in ``week`` (from 0)."""
        return round(_ramp(self.start, self.end, self.weeks, week), 3)

    def propose(self, ctx: ProgressionContext) -> Prescription:
        """The slot's prescription with this week's lowering."""
        p = ctx.prescription
        seconds = self.seconds_in(ctx.week)
        tempo = (
            Tempo(seconds, 0, 1, 0) if p.tempo is None else attrs.evolve(p.tempo, eccentric=seconds)
        )
        method = Method.TEMPO_ECCENTRIC if p.method is Method.STANDARD else p.method
        return _with_load(
            p,
            None if p.load is None else _buildable(ctx, p.load),
            tempo=tempo,
            method=method,
        )


# -- RPE autoregulation ----------------------------------------------------------------------------


def _on_chart(rpe: float) -> bool:
    return 6 <= rpe <= 10 and math.isclose(rpe * 2, round(rpe * 2), abs_tol=1e-9)


@attrs.frozen(kw_only=True)
class RPE:
    """Autoregulation: the load for the top of the rep range at a target RPE, from the last set.

    The most recent performed set in ``ctx.history`` with an RPE on the RTS chart (1-12 reps,
    RPE 6-10 on a half step), done unaided (not a warm-up; standard or tempo method: a partner's
    help or a heavier lowering says nothing about the lift), gives an estimated 1RM:
    ``load / rts_fraction(reps, rpe)``, the load as the exercise writes it. The next load is
    ``rts_fraction(reps.high, target_rpe) × e1RM``, made buildable (rounded down), in the
    prescription's unit, and the prescription's ``rpe`` becomes ``target_rpe``. For an exercise
    that moves bodyweight, the share of the athlete's bodyweight counts in the estimate (a set
    is unusable when the bodyweight is unknown). Without a usable set, or with a rep range
    above 12 (off the chart), only the ``rpe`` changes.

    The chart is the RTS RPE chart (Reactive Training Systems; `negatives.strength.RTS_CHART`,
    medium confidence); RPE = 10 - RIR (Helms et al. 2016, Strength Cond J 38(4):42-49).

    Attributes:
        target_rpe: the effort the next sets aim for, 6-10 on a half step (8: two in reserve).

    Examples:
        >>> from negatives import Prescription, Set, catalog, kg
        >>> from negatives.progressions.base import ProgressionContext
        >>> bench = catalog.lookup("bench-press")
        >>> done = (Set(bench, reps=5, load=kg(100), rpe=9),)  # e1RM 100 / 0.837
        >>> asked = Prescription(bench, sets=3, reps=5, load=kg(100))
        >>> nxt = RPE().propose(ProgressionContext(prescription=asked, history=done))
        >>> nxt.load, nxt.rpe  # 0.811 x 119.5 kg = 96.9 kg, rounded down
        (Load(95.0, 'kg'), 8.0)
    """

    kind: ClassVar[str] = "rpe"

    target_rpe: float = attrs.field(default=8.0, converter=_float)

    def __attrs_post_init__(self) -> None:
        checks = Checks(self)
        if checks.number("target_rpe", self.target_rpe, ge=6, le=10) and not _on_chart(
            self.target_rpe
        ):
            checks.fail(
                "target_rpe",
                "must be on a half step of the RTS chart (6, 6.5, ..., 10), got "
                f"{fmt_number(self.target_rpe)}",
            )
        checks.done()

    def propose(self, ctx: ProgressionContext) -> Prescription:
        """The slot's prescription at the load the target RPE allows for its top reps."""
        p = ctx.prescription
        load = self.next_load(ctx)
        if load is None:
            return _with_load(
                p, None if p.load is None else _buildable(ctx, p.load), rpe=self.target_rpe
            )
        return _with_load(p, _buildable(ctx, load), rpe=self.target_rpe)

    def next_load(self, ctx: ProgressionContext) -> Load | None:
        """The load (not yet rounded) for the top of the rep range at ``target_rpe``.

        ``None`` when no set of the history can be used, or the range is off the chart.
        """
        p = ctx.prescription
        if p.reps.high > _RTS_MAX_REPS:
            return None
        target = rts_fraction(p.reps.high, self.target_rpe)
        bodyweight = ctx.athlete.bodyweight if ctx.athlete is not None else None
        for item in reversed(ctx.history):
            if (
                item.rpe is None
                or not 1 <= item.reps <= _RTS_MAX_REPS
                or not _on_chart(item.rpe)
                or not _is_concentric_effort(item)
            ):
                continue
            share = item.bodyweight_share(bodyweight)
            if share is None:
                continue
            exercise = item.exercise
            multiplier = exercise.load_multiplier
            resistance = exercise.total_load(item.load) + share
            e1rm = resistance / rts_fraction(item.reps, item.rpe)
            added = (e1rm * target - share) / multiplier
            unit = p.load.unit if p.load is not None else item.load.unit
            return _bounded(added.to(unit))
        return None


# -- deload ----------------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Deload:
    """A scheduled deload: a lighter week every ``every`` weeks, another progression otherwise.

    Deload weeks are those with ``(ctx.week + 1) % every == 0`` (weeks 3, 7, 11, ... for the
    default of 4, counted from 0). On them the load is ``load_fraction`` of the working load
    (the load itself, or for an eccentric-overload prescription the working load under it, as
    `EccentricRamp` finds it, never more than the load), made buildable (rounded down); the
    sets are
    ``max(1, round(sets × sets_fraction))``; and the eccentric overload is off: the method
    becomes ``standard`` (``tempo_eccentric`` is kept), with no overload and no partner
    assistance. On other weeks it delegates to ``base`` (or returns the prescription with its
    load made buildable).

    **A deload is a pause.** ``base`` counts *training* weeks: it sees ``ctx.week`` with the
    deload weeks before it taken out (`training_week`), so a ramp pauses on a deload week and
    resumes after it from where it was. With ``every=4`` and
    ``EccentricRamp(start=0.25, end=0.5, weeks=4)``, weeks 0-2 ramp +25 %, +33 %, +42 %, week 3
    is the deload, and week 4 takes the ramp's fourth step, +50 %, not a fifth. Progressions
    that count occurrences (`Linear`) see the occurrences as they are. `build_program` also
    carries the prescription from before a deload week to the week after it.

    The numbers (every fourth week, 60 % of the load, half the sets) are common practice in
    periodised programs, not a study: low confidence; set your own.

    Attributes:
        every: the cycle in weeks, 2-52; its last week is the deload.
        load_fraction: the share of the working load on deload weeks, above 0 and at most 1.
        sets_fraction: the share of the sets on deload weeks, above 0 and at most 1.
        base: the progression for the other weeks (``None``: keep the prescription).

    Examples:
        >>> from negatives import Prescription, catalog, kg
        >>> from negatives.progressions.base import ProgressionContext
        >>> squat = Prescription(catalog.lookup("back-squat"), sets=4, reps=5, load=kg(100))
        >>> deload = Deload(base=Linear())
        >>> [(p.sets, p.load.value) for p in (
        ...     deload.propose(ProgressionContext(prescription=squat, week=w, occurrence=w))
        ...     for w in range(4))]
        [(4, 100.0), (4, 102.5), (4, 102.5), (2, 60.0)]
        >>> ramp = Deload(base=EccentricRamp(start=0.25, end=0.5, weeks=4))
        >>> [ramp.training_week(w) for w in range(7)]  # week 3 is the deload: not counted
        [0, 1, 2, 2, 3, 4, 5]
    """

    kind: ClassVar[str] = "deload"

    every: int = attrs.field(default=4, converter=_int)
    load_fraction: float = attrs.field(default=0.6, converter=_float)
    sets_fraction: float = attrs.field(default=0.5, converter=_float)
    base: Progression | None = None

    def __attrs_post_init__(self) -> None:
        checks = Checks(self)
        checks.integer("every", self.every, ge=2, le=MAX_WEEKS)
        _check_fraction(checks, "load_fraction", self.load_fraction, gt=0)
        _check_fraction(checks, "sets_fraction", self.sets_fraction, gt=0)
        base = self.base
        if base is not None:
            if isinstance(base, type):
                checks.fail(
                    "base",
                    f"must be a progression, not a class: write {base.__name__}(), "
                    f"not {base.__name__}",
                )
            elif not isinstance(base, Progression) or not isinstance(
                getattr(base, "kind", None), str
            ):
                checks.fail(
                    "base",
                    "must be a progression (an object with a class-level kind and "
                    f"propose(ctx)) or None, got {describe(base)}",
                )
        checks.done()

    def is_deload_week(self, week: int) -> bool:
        """Whether ``week`` (from 0) is a deload week."""
        return (week + 1) % self.every == 0

    def training_week(self, week: int) -> int:
        """``week`` (from 0) counted in training weeks: the deload weeks before it left out.

        What ``base`` sees as ``ctx.week``. A deload week itself maps to the training week
        before it (``base`` does not propose on it).
        """
        week = max(week, 0)
        return week - (week + 1) // self.every

    def propose(self, ctx: ProgressionContext) -> Prescription:
        """A deload on deload weeks; otherwise the base progression's proposal.

        ``base`` proposes with ``ctx.week`` counted in training weeks (`training_week`).
        """
        if not self.is_deload_week(ctx.week):
            if self.base is not None:
                week = self.training_week(ctx.week)
                return self.base.propose(ctx if week == ctx.week else attrs.evolve(ctx, week=week))
            return _settled(ctx, ctx.prescription)
        p = ctx.prescription
        load = None
        if p.load is not None:
            # Never above the load itself (a basis can outlive a load the policy lowered).
            working = min(_working_load(p, p.load), p.load)
            load = _buildable(ctx, working * self.load_fraction)
        method = Method.TEMPO_ECCENTRIC if p.method is Method.TEMPO_ECCENTRIC else Method.STANDARD
        return _with_load(
            p,
            load,
            sets=max(1, round(p.sets * self.sets_fraction)),
            method=method,
            overload=None,
            assistance=(),
        )


#: The built-in progressions by kind.
BUILTIN_PROGRESSIONS: Mapping[str, type[Progression]] = MappingProxyType(
    {cls.kind: cls for cls in (Linear, Double, EccentricRamp, TempoRamp, RPE, Deload)}
)

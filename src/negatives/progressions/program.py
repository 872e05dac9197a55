"""Multi-week programs: slots with progressions, turned into sessions and checked for safety.

A `Program` has a number of weeks, training days in each week, and `ProgramSlot`s — an
exercise's starting prescription and the progression that moves it on. `build_program` turns a
program and an athlete into dated sessions of concrete sets.

**A progression proposes, the policy disposes.** Every generated session is checked against the
safety policy (``standard`` by default). When a proposal breaks a *load* rule with an error
(NEG201 eccentric load above the safe estimate, NEG202 the athlete's lift above capacity,
NEG203 the partner's help above their maximum, NEG401 supramaximal work without spotting), its
load is **clamped**: lowered in 2.5 % steps to the heaviest buildable load that clears those
errors, and the progression continues from the clamped prescription. Errors a lighter load
cannot clear (the athlete is a beginner, the sessions are too close) are **reported**, not
silently fixed: they are in ``plan.report`` for the coach to decide. Every clamp is listed in
``plan.adjustments``.

As history arrives, build the program again with it: sessions on or before the last logged day
are taken as done and not generated again, and progressions see what was actually lifted.
Progressions react to *performed* sets only: a double progression raises its load once the log
shows every set at the top of the range, never on the strength of a plan.

A progression that marks deload weeks (``is_deload_week(week)``, as `Deload` does) continues
after one from where it was before it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import attrs

from .. import overload, strength
from .._checks import Checks, describe
from ..analysis import week_start
from ..errors import Loc, ValidationError
from ..model import (
    Athlete,
    Basis,
    Exercise,
    Method,
    Prescription,
    Session,
    Set,
    Setup,
)
from ..safety import Policy, Report, Severity, check
from ..units import Load
from .base import Gym, Progression, ProgressionContext

__all__ = [
    "CLAMPED_RULES",
    "Adjustment",
    "Program",
    "ProgramPlan",
    "ProgramSlot",
    "build_program",
]

#: Rule codes whose errors `build_program` clears by lowering the load.
CLAMPED_RULES = frozenset({"NEG201", "NEG202", "NEG203", "NEG401"})

#: Each clamping step lowers the load by this fraction of the proposal (2.5 %), up to 40 %.
_CLAMP_STEP = 0.025
_CLAMP_STEPS = 16


def _slots(value: Iterable[ProgramSlot]) -> tuple[ProgramSlot, ...]:
    return tuple(value)


def _days(value: Iterable[int]) -> tuple[int, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class ProgramSlot:
    """One exercise of a program: where it starts and how it progresses.

    Attributes:
        prescription: the starting prescription (exercise, method, sets, rep range, and a
            ``load`` or a ``fraction_1rm`` of the athlete's 1RM; tempo, overload, rest).
        progression: what moves it on from session to session (``None``: it stays).
        day: which training day of the week it is on, from 0 (see `Program.days`).
    """

    prescription: Prescription
    progression: Progression | None = None
    day: int = 0

    def __attrs_post_init__(self) -> None:
        checks = Checks(self)
        checks.instance("prescription", self.prescription, Prescription, "a Prescription")
        if self.progression is not None and not (
            isinstance(getattr(self.progression, "kind", None), str)
            and callable(getattr(self.progression, "propose", None))
        ):
            checks.fail(
                "progression",
                f"must be a progression (a 'kind' and propose(ctx)), got "
                f"{describe(self.progression)}",
            )
        checks.integer("day", self.day, ge=0, le=6)
        if isinstance(self.prescription, Prescription) and (
            self.prescription.method is Method.ACCENTUATED_ECCENTRIC
        ):
            checks.fail(
                "prescription",
                "accentuated eccentric slots are not supported in programs yet: prescribe "
                "them with negatives.overload.accentuated_eccentric",
            )
        checks.done()

    @property
    def exercise(self) -> Exercise:
        """The slot's exercise."""
        return self.prescription.exercise


@attrs.frozen(kw_only=True)
class Program:
    """A multi-week program.

    Attributes:
        name: the program's name (sessions are named after it: "Arms W2D1").
        weeks: how many weeks it runs.
        days: the weekdays of its training days (0 = Monday); slot ``day`` indexes this.
        slots: the exercises, each with its starting prescription and progression.
        start: the first week's date (any day of that week); `build_program` can override it.
    """

    name: str
    weeks: int
    slots: tuple[ProgramSlot, ...] = attrs.field(converter=_slots)
    days: tuple[int, ...] = attrs.field(default=(0, 3), converter=_days)
    start: dt.date | None = None

    def __attrs_post_init__(self) -> None:
        checks = Checks(self)
        checks.text("name", self.name, max_length=200, nonempty=True)
        checks.integer("weeks", self.weeks, ge=1, le=52)
        if not self.days:
            checks.fail("days", "must list at least one training day (0 = Monday)")
        for index, day in enumerate(self.days):
            checks.integer(("days", index), day, ge=0, le=6)
        if len(set(self.days)) != len(self.days):
            checks.fail("days", "lists a weekday twice")
        if not self.slots:
            checks.fail("slots", "must hold at least one slot")
        for index, slot in enumerate(self.slots):
            if not isinstance(slot, ProgramSlot):
                checks.fail(("slots", index), f"must be a ProgramSlot, got {describe(slot)}")
            elif slot.day >= len(self.days):
                checks.fail(
                    ("slots", index, "day"),
                    f"is day {slot.day}, but the program trains on {len(self.days)} day(s) a "
                    "week (days are numbered from 0)",
                )
        if self.start is not None and (
            not isinstance(self.start, dt.date) or isinstance(self.start, dt.datetime)
        ):
            checks.fail("start", f"must be a date, got {describe(self.start)}")
        checks.done()


@attrs.frozen
class Adjustment:
    """A proposal the safety policy lowered.

    Attributes:
        loc: where the set is in the plan (``("sessions", 4, "sets", 0)``).
        exercise: the exercise's id.
        proposed: the load the progression proposed.
        clamped: the load used instead.
        codes: the rules whose errors the lower load clears.
    """

    loc: Loc
    exercise: str
    proposed: Load
    clamped: Load
    codes: tuple[str, ...]


@attrs.frozen
class ProgramPlan:
    """What `build_program` made.

    Attributes:
        sessions: the generated sessions, in date order (sessions already done are not
            repeated).
        report: the safety report over the generated sessions.
        adjustments: the proposals the policy lowered.
    """

    sessions: tuple[Session, ...]
    report: Report
    adjustments: tuple[Adjustment, ...] = ()


# -- building ------------------------------------------------------------------------------------


def _first_day(program: Program, start: dt.date | None) -> dt.date:
    first = start if start is not None else program.start
    if first is None:
        raise ValidationError.single(
            "start",
            "the program has no start date: give Program(start=...) or "
            "build_program(..., start=...)",
            "build_program",
        )
    return week_start(first)


def _one_rep_max(
    exercise: Exercise, athlete: Athlete | None, history: tuple[Session, ...]
) -> Load | None:
    if athlete is not None and exercise.id in athlete.concentric_1rm:
        return athlete.concentric_1rm[exercise.id]
    if not history:
        return None
    try:
        return strength.one_rep_max(exercise, athlete=athlete, history=history).load
    except ValidationError:
        return None


def _starting_load(prescription: Prescription, one_rep_max: Load | None, gym: Gym) -> Prescription:
    """The prescription with a concrete load (from its fraction of the 1RM when it has none)."""
    if prescription.load is not None:
        return prescription
    exercise = prescription.exercise
    if prescription.fraction_1rm is None:
        raise ValidationError.single(
            "prescription",
            f"the {exercise.name} slot has neither a load nor a fraction of 1RM",
            "build_program",
        )
    if one_rep_max is None:
        raise ValidationError.single(
            "athlete",
            f"the {exercise.name} slot is prescribed at {prescription.fraction_1rm:.0%} of 1RM, "
            f"but there is no 1RM for {exercise.id!r}: give Athlete.concentric_1rm or a history",
            "build_program",
        )
    working = one_rep_max * prescription.fraction_1rm
    load = working * (1 + (prescription.overload or 0.0))
    # Record the working load, so that progressions build on it rather than on a rounded load.
    basis = prescription.basis if prescription.basis is not None else Basis()
    basis = attrs.evolve(
        basis,
        one_rep_max=one_rep_max,
        one_rep_max_source=basis.one_rep_max_source or "the athlete's 1RM",
        working_load=working,
    )
    return attrs.evolve(prescription, load=gym.round(load, exercise), basis=basis)


def _sets(prescription: Prescription, one_rep_max: Load | None) -> list[Set]:
    """The concrete sets of a prescription (reps: the top of its range)."""
    exercise = prescription.exercise
    assert prescription.load is not None
    reps = prescription.reps.high
    detail = None
    if prescription.method is Method.PARTNER_ASSISTED and one_rep_max is not None:
        help_ = overload.partner_assistance(prescription.load, one_rep_max, reps)
        multiplier = exercise.load_multiplier
        detail = [
            exercise.rep(prescription.load, tempo=prescription.tempo, assistance=h * multiplier)
            for h in help_
        ]
    item = Set(
        exercise,
        reps=reps,
        load=prescription.load,
        tempo=prescription.tempo,
        method=prescription.method,
        rest=prescription.rest,
        rep_detail=detail,
        prescription=prescription,
    )
    return [item] * prescription.sets


def _performed(
    history: tuple[Session, ...], exercise: Exercise, before: dt.date
) -> tuple[Set, ...]:
    return tuple(
        item
        for session in sorted(history, key=lambda s: s.date)
        if session.date < before
        for item in session.sets
        if item.exercise.id == exercise.id
    )


def _carried(
    slot: ProgramSlot, week: int, proposal: Prescription, before: Prescription
) -> Prescription:
    """What the slot continues from next time: the proposal, except after a deload week.

    A progression marks its deload weeks with ``is_deload_week(week)`` (as `Deload` does);
    after one, the slot goes back to where it was before it, so a deload is a pause, not a
    new, lighter starting point.
    """
    is_deload = getattr(slot.progression, "is_deload_week", None)
    if callable(is_deload) and is_deload(week):
        return before
    return proposal


def _working_load(prescription: Prescription) -> Load | None:
    """The working load an overload is added to: the basis's, else the load without overload."""
    basis = prescription.basis
    if basis is not None and basis.working_load is not None:
        return basis.working_load
    if prescription.load is None:
        return None
    return prescription.load / (1 + (prescription.overload or 0.0))


def build_program(
    program: Program,
    athlete: Athlete | None,
    *,
    history: Iterable[Session] | None = None,
    policy: Policy | None = None,
    gym: Gym | None = None,
    start: dt.date | None = None,
    setup: Setup | None = None,
) -> ProgramPlan:
    """Turn a program into dated sessions, checked (and where possible clamped) for safety.

    Args:
        program: the program.
        athlete: the athlete (1RMs for slots prescribed as a fraction of 1RM; training age and
            more for the safety rules).
        history: sessions already done: ``None`` means unknown to the safety rules (as in
            `negatives.safety.check`); sessions on or before the last logged day are not
            generated again, and progressions see what was lifted.
        policy: the safety policy; ``None`` means the ``standard`` preset.
        gym: the equipment loads are rounded to (`Gym` defaults).
        start: the first week (any day of it), instead of ``program.start``.
        setup: the setup of every generated session (spotters, safety arms, partner's maximum).

    Raises:
        ValidationError: no start date, or a slot prescribed as a fraction of a 1RM that is
            unknown.

    Examples:
        >>> import datetime as dt
        >>> import negatives as neg
        >>> from negatives.progressions import Program, ProgramSlot, build_program
        >>> from negatives.progressions.builtin import Linear
        >>> curl = neg.catalog.lookup("barbell-curl")
        >>> slot = ProgramSlot(
        ...     prescription=neg.Prescription(curl, sets=3, reps=(8, 10), fraction_1rm=0.7),
        ...     progression=Linear(increment=neg.kg(2.5)))
        >>> program = Program(name="Arms", weeks=2, days=(0,), slots=[slot],
        ...                   start=dt.date(2026, 11, 23))
        >>> athlete = neg.Athlete("ana", training_age_years=3,
        ...                       concentric_1rm={"barbell-curl": neg.kg(50)})
        >>> plan = build_program(program, athlete, history=())
        >>> [(s.date.isoformat(), str(s.sets[0].load)) for s in plan.sessions]
        [('2026-11-23', '35 kg'), ('2026-11-30', '37.5 kg')]
    """
    chosen = policy if policy is not None else Policy.preset("standard")
    equipment = gym if gym is not None else Gym()
    done = tuple(history) if history is not None else ()
    last_done = max((s.date for s in done), default=None)
    first = _first_day(program, start)
    current: dict[int, Prescription] = {}
    occurrences: dict[int, int] = {}
    generated: list[Session] = []
    adjustments: list[Adjustment] = []
    maxima: dict[str, Load | None] = {}
    bases: dict[int, Prescription] = {}
    slot_of = dict(enumerate(program.slots))
    session_index = 0
    for week in range(program.weeks):
        for day_index, weekday in enumerate(program.days):
            date = first + dt.timedelta(weeks=week, days=weekday)
            sets: list[Set] = []
            slots_here = [
                (i, slot) for i, slot in enumerate(program.slots) if slot.day == day_index
            ]
            proposals: list[tuple[int, Prescription]] = []
            for i, slot in slots_here:
                exercise = slot.exercise
                if exercise.id not in maxima:
                    maxima[exercise.id] = _one_rep_max(exercise, athlete, done)
                base = current.get(i)
                if base is None:
                    base = _starting_load(slot.prescription, maxima[exercise.id], equipment)
                context = ProgressionContext(
                    prescription=base,
                    athlete=athlete,
                    history=_performed(done, exercise, date),
                    week=week,
                    session=session_index,
                    occurrence=occurrences.get(i, 0),
                    date=date,
                    gym=equipment,
                )
                proposal = slot.progression.propose(context) if slot.progression else base
                proposal = _starting_load(proposal, maxima[exercise.id], equipment)
                proposals.append((i, proposal))
                bases[i] = base
                occurrences[i] = occurrences.get(i, 0) + 1
            if last_done is not None and date <= last_done:
                # Done already: the history stands; progressions continue from the proposal.
                for i, proposal in proposals:
                    current[i] = _carried(slot_of[i], week, proposal, bases[i])
                session_index += 1
                continue
            session_name = f"{program.name} W{week + 1}D{day_index + 1}"
            for i, proposal in proposals:
                clamped, adjustment = _dispose(
                    proposal,
                    maxima[proposal.exercise.id],
                    date=date,
                    name=session_name,
                    prior=sets,
                    athlete=athlete,
                    history=None if history is None else (*done, *generated),
                    policy=chosen,
                    gym=equipment,
                    setup=setup,
                    loc=("sessions", len(generated), "sets", len(sets)),
                )
                current[i] = _carried(slot_of[i], week, clamped, bases[i])
                if adjustment is not None:
                    adjustments.append(adjustment)
                sets.extend(_sets(clamped, maxima[clamped.exercise.id]))
            if sets:
                generated.append(Session(date, sets=sets, name=session_name, setup=setup))
            session_index += 1
    report = check(
        generated,
        athlete=athlete,
        history=None if history is None else done,
        policy=chosen,
    )
    return ProgramPlan(tuple(generated), report, tuple(adjustments))


def _dispose(
    proposal: Prescription,
    one_rep_max: Load | None,
    *,
    date: dt.date,
    name: str,
    prior: list[Set],
    athlete: Athlete | None,
    history: tuple[Session, ...] | None,
    policy: Policy,
    gym: Gym,
    setup: Setup | None,
    loc: Loc,
) -> tuple[Prescription, Adjustment | None]:
    """The proposal, or the heaviest lighter version that clears the clamped rules' errors."""
    assert proposal.load is not None

    def errors(candidate: Prescription) -> set[str]:
        trial = _sets(candidate, one_rep_max)
        session = Session(date, sets=[*prior, *trial], name=name, setup=setup)
        report = check(session, athlete=athlete, history=history, policy=policy)
        own = {("sets", len(prior) + k) for k in range(len(trial))}
        return {
            f.code
            for f in report.findings
            if f.severity is Severity.ERROR and f.code in CLAMPED_RULES and f.loc[:2] in own
        }

    first = errors(proposal)
    if not first:
        return proposal, None
    exercise = proposal.exercise
    best = proposal
    working = _working_load(proposal)
    for step in range(1, _CLAMP_STEPS + 1):
        lighter = gym.round(proposal.load * (1 - _CLAMP_STEP * step), exercise)
        if best.load is not None and lighter >= best.load:
            continue
        # The overload follows the load: a clamped set is less overload, not a mislabelled one.
        overload_ = proposal.overload
        if overload_ is not None and working is not None and working.value > 0:
            overload_ = min(1.0, max(0.0, lighter.ratio(working) - 1))
        best = attrs.evolve(proposal, load=lighter, overload=overload_, assistance=())
        if not errors(best):
            assert best.load is not None
            return best, Adjustment(
                loc, exercise.id, proposal.load, best.load, tuple(sorted(first))
            )
    return proposal, None

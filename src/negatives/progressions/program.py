"""Multi-week programs: slots with progressions, turned into dated sessions a policy accepts.

A `Program` has a number of weeks, training days in each week, and `ProgramSlot`s — an
exercise's starting prescription, the progression that moves it on and, when it changes from
week to week, its schedule (`Week`: the days, sets and reps of each week). `build_program` turns
a program and an athlete into dated sessions of concrete sets.

**A progression proposes, the policy disposes — and the builder adapts.** Every proposal is
tried against the safety policy (``standard`` by default). When the policy refuses it (an error
*or a warning* on its sets), the builder does not just lower the load: it searches the dials the
method allows — reps within the slot's rep range, sets, the lowering time, the load and with it
the overload — for the largest **dose** the policy accepts:

* **The dose** of a slot's sets is, in this order: the **intensity**, the heaviest load the
  athlete lowers (with the bodyweight share; for an overload method, this is what the
  progression raises); then the **eccentric volume load**, the loads lowered summed over the
  reps and sets (as the safety rules and primers count it); then the reps. A candidate beats
  another on intensity first; volume breaks ties, then reps, then closeness to the proposal
  (the load, reps and sets dials before the lowering time).
* **It rises gradually.** The intensity may rise over what the slot did last time (on the same
  training day of the week) by the progression's own step that week, or by one buildable
  increment when the progression asks for no more than it did (it is still above what was
  done); the reps fall by at most one a set a week, by more only when one fewer cannot reach
  the next buildable load or a volume rule asks for a deeper cut. A ramp the policy caps turns
  into a week-by-week climb — heavier lowerings with fewer reps, within the slot's rep range —
  rather than a jump to the heaviest the policy allows in week 1 and nothing after. The first
  time a slot comes, it keeps the proposal's sets and reps at the heaviest load accepted (other
  shapes only when none is).
* **The lowering time** is the last dial: a faster lowering (down to what the policy accepts,
  3 s in ``standard``) allows a heavier load, so it is used only when no other dial raises the
  dose; a slower one never raises it.
* **When nothing raises the dose** while the progression asks for more, the plan says so once
  (`Stall`: the week, the date, the rule that refused the next step and the dials at their
  limits) and the slot keeps the best dose accepted; it says so again only after it progressed.
* **When nothing is accepted at all**, overload work too close to other overload work (NEG302,
  NEG303) or for a sore muscle group (NEG104) becomes tempo eccentrics at the working load, as
  those rules advise (in fewer sets if the policy counts them); other overload the volume rules
  refuse is left out of that session; either is an `Adjustment`, never silent. When not even
  the lightest load searched is accepted, the slot is planned at the heaviest load that only
  what refuses every load refuses (a lowering too fast for NEG501 is no reason to drop to the
  lightest), at the lightest when every heavier load meets another refusal (a bar heavier
  than a weak lift allows), and a dated `Limit` lists every rule that refuses it.
* **Accentuated eccentric loading** lifts the working load, lowered when needed to what the
  policy lets the athlete lift for the set's reps (NEG202), and lowers the heavier load the
  search finds.

Every change is an `Adjustment` (the week, the date, what changed and the rule's words).

**Safe by construction.** With the default options a plan passes its policy with no error and
no warning for everything the builder can plan around: a muscle group's first exposure to
overload gets a **primer** (``primer=True``: light tempo eccentrics, 10-15 % of the heavy
session's eccentric volume, on the latest training day 2-7 days before it —
`negatives.safety.primer`; its own session, before week 1 when the first heavy session opens
the program); weekly volume ramps within the spike limit (NEG305) and recovery spacing (NEG302,
NEG303) is kept, because proposals that break them are adapted. What the builder cannot plan
around — no athlete, no 1RM, no setup or partner's maximum, a beginner, risk factors in the
screening, no bodyweight for a bodyweight exercise, unknown history, the athlete's readiness on
the day — is listed **up front** in ``plan.limits`` (`Limit`), and first in `ProgramPlan.text`.

**Weeks.** Progressions see ``ctx.week`` as the program's week (from 0), except that `Deload`
hands its ``base`` the *training* week: deload weeks are not counted, so a ramp pauses on a
deload and resumes after it from where it was. After a deload week (a progression marking
``is_deload_week(week)``) the slot continues from where it was before it.

**History.** As history arrives, build the program again with it: sessions on or before the last
logged day are taken as done and not generated again, and progressions see what was actually
lifted. Progressions react to *performed* sets only: a double progression raises its load once
the log shows every set at the top of the range, never on the strength of a plan.

**Every planned set explains itself**: its prescription carries a complete `Basis` (the 1RM
used and its source, the ECC:CON ratio, the eccentric capacity for its reps and lowering time,
the category, the partner's help per rep, the sources), so `negatives.overload.explain` gives
the whole account; the partner's help per rep is rounded to what a spotter can judge
(``help_step``: 2.5 kg or 5 lb by default, `negatives.units.Load.nearest`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Literal

import attrs

from .._checks import Checks, describe
from ..errors import Loc, ValidationError
from ..model import MAX_REPS, Athlete, Exercise, Method, Prescription, RepRange, Session, Setup
from ..safety import Policy, Report
from ..units import Load
from .base import Gym, Progression

__all__ = [
    "CLAMPED_RULES",
    "Adjustment",
    "Limit",
    "Program",
    "ProgramPlan",
    "ProgramSlot",
    "Stall",
    "Week",
    "build_program",
]

#: Rule codes whose errors `build_program` cleared by lowering the load before it adapted to
#: every error and warning (kept for code that reads it; the builder now adapts to any rule).
CLAMPED_RULES = frozenset({"NEG201", "NEG202", "NEG203", "NEG401"})

#: Most weeks a program runs (a training year).
MAX_PROGRAM_WEEKS = 52


def _slots(value: Iterable[ProgramSlot]) -> tuple[ProgramSlot, ...]:
    return tuple(value)


def _days(value: Iterable[int]) -> tuple[int, ...]:
    return tuple(value)


def _weeks(value: Iterable[Week]) -> tuple[Week, ...]:
    return tuple(value)


def _ints(value: Iterable[int]) -> tuple[int, ...]:
    return tuple(value)


def _opt_range(value: RepRange | int | tuple[int, int] | None) -> RepRange | None:
    if value is None or isinstance(value, RepRange):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return RepRange(value, value)
    if isinstance(value, (tuple, list)) and len(value) == 2:
        return RepRange(value[0], value[1])
    raise ValidationError.single(
        "reps", f"must be a number of reps or a range like (8, 10), got {describe(value)}", "Week"
    )


@attrs.frozen(kw_only=True)
class Week:
    """One week of a slot's schedule: the training days it is on, its sets and its reps.

    A slot with a ``schedule`` follows it week by week (the last entry repeats for the weeks
    after it: a maintenance phase); the prescription's own sets and reps apply where a week
    leaves them out. This is how a programme whose sessions per week change is written, such as
    the Nordic hamstring programme of Mjølsnes et al. 2004 (one session in week 1, two in week
    2, three from week 3).

    Attributes:
        days: the training days (indices into `Program.days`) the slot is on this week; empty
            for a week off.
        sets: the sets this week (``None``: the prescription's).
        reps: the rep range this week (``None``: the prescription's).
        set_reps: the reps of each set, in order, when they differ ("3 sets of 12, 10 and 8":
            ``(12, 10, 8)``); sets the number of sets when ``sets`` is not given.

    Examples:
        >>> Week(days=(0, 2), sets=3, reps=(6, 8))
        Week(days=(0, 2), sets=3, reps=RepRange(low=6, high=8), set_reps=())
    """

    days: tuple[int, ...] = attrs.field(converter=_days)
    sets: int | None = None
    reps: RepRange | None = attrs.field(default=None, converter=_opt_range)
    set_reps: tuple[int, ...] = attrs.field(default=(), converter=_ints)

    def __attrs_post_init__(self) -> None:
        checks = Checks(self)
        for index, day in enumerate(self.days):
            checks.integer(("days", index), day, ge=0, le=6)
        if len(set(self.days)) != len(self.days):
            checks.fail("days", "lists a training day twice")
        if self.sets is not None:
            checks.integer("sets", self.sets, ge=1, le=50)
        for index, reps in enumerate(self.set_reps):
            if checks.integer(("set_reps", index), reps, ge=1, le=MAX_REPS) and (
                self.reps is not None and reps not in self.reps
            ):
                checks.fail(("set_reps", index), f"is {reps}, outside the week's reps {self.reps}")
        if self.set_reps and self.sets is not None and len(self.set_reps) != self.sets:
            checks.fail("set_reps", f"lists {len(self.set_reps)} sets' reps for {self.sets} sets")
        checks.done()

    @property
    def rep_range(self) -> RepRange | None:
        """The week's rep range: ``reps``, else the range of ``set_reps``, else ``None``."""
        if self.reps is not None:
            return self.reps
        if self.set_reps:
            return RepRange(min(self.set_reps), max(self.set_reps))
        return None

    @property
    def set_count(self) -> int | None:
        """The week's number of sets: ``sets``, else the length of ``set_reps``."""
        if self.sets is not None:
            return self.sets
        return len(self.set_reps) if self.set_reps else None


_OVERLOAD_METHODS = (
    Method.PARTNER_ASSISTED,
    Method.NEGATIVE_ONLY,
    Method.ACCENTUATED_ECCENTRIC,
    Method.TWO_ONE,
)


@attrs.frozen(kw_only=True)
class ProgramSlot:
    """One exercise of a program: where it starts, how it progresses and when it comes.

    Attributes:
        prescription: the starting prescription (exercise, method, sets, rep range, and a
            ``load`` or a ``fraction_1rm`` of the athlete's 1RM; tempo, overload, rest). For an
            overload method the load is the working load times ``1 + overload``; for
            accentuated eccentric loading the athlete lifts the working load and lowers that
            heavier load (eccentric = concentric + 40 %: ``overload=0.4``, Walker et al. 2016).
        progression: what moves it on from session to session (``None``: it stays).
        day: which training day of the week it is on, from 0 (see `Program.days`), when it has
            no ``schedule``.
        schedule: the slot's weeks (`Week`): its days, sets and reps week by week, the last
            repeating; empty for the same every week (``day``, the prescription's sets and
            reps).
        releasers: for accentuated eccentric slots, whether the weight releasers load the
            lowering of ``"every"`` rep (partners hang them again each time) or the ``"first"``
            only.
    """

    prescription: Prescription
    progression: Progression | None = None
    day: int = 0
    schedule: tuple[Week, ...] = attrs.field(default=(), converter=_weeks)
    releasers: Literal["every", "first"] = "every"

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
        for index, week in enumerate(self.schedule):
            if not isinstance(week, Week):
                checks.fail(("schedule", index), f"must be a Week, got {describe(week)}")
        if self.releasers not in ("every", "first"):
            checks.fail("releasers", f"must be 'every' or 'first', got {describe(self.releasers)}")
        p = self.prescription
        if (
            isinstance(p, Prescription)
            and p.method is Method.ACCENTUATED_ECCENTRIC
            and not (p.overload is not None and p.overload > 0)
        ):
            checks.fail(
                "prescription",
                "an accentuated eccentric slot needs an overload above 0: the lowering is the "
                "working load times 1 + overload (Walker et al. 2016 lowered the concentric "
                "load + 40 %: overload=0.4)",
            )
        checks.done()

    @property
    def exercise(self) -> Exercise:
        """The slot's exercise."""
        return self.prescription.exercise

    @property
    def is_overload(self) -> bool:
        """Whether the slot's method (or its exercise) loads the lowering above the lift."""
        return self.prescription.method in _OVERLOAD_METHODS or self.exercise.eccentric_only

    def week(self, week: int) -> Week:
        """The slot's schedule for ``week`` (from 0): its `Week`, the last one repeating."""
        if not self.schedule:
            return Week(days=(self.day,))
        return self.schedule[min(max(week, 0), len(self.schedule) - 1)]


@attrs.frozen(kw_only=True)
class Program:
    """A multi-week program.

    Attributes:
        name: the program's name (sessions are named after it: "Arms W2D1").
        weeks: how many weeks it runs.
        days: the weekdays of its training days (0 = Monday); slot ``day`` and `Week.days`
            index this.
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
        checks.integer("weeks", self.weeks, ge=1, le=MAX_PROGRAM_WEEKS)
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
                continue
            if not slot.schedule and slot.day >= len(self.days):
                checks.fail(
                    ("slots", index, "day"),
                    f"is day {slot.day}, but the program trains on {len(self.days)} day(s) a "
                    "week (days are numbered from 0)",
                )
            for number, week in enumerate(slot.schedule):  # Weeks: the slot checked them
                for position, day in enumerate(week.days):
                    if isinstance(day, int) and day >= len(self.days):
                        checks.fail(
                            ("slots", index, "schedule", number, "days", position),
                            f"is day {day}, but the program trains on {len(self.days)} day(s) "
                            "a week (days are numbered from 0)",
                        )
        if self.start is not None and (
            not isinstance(self.start, dt.date) or isinstance(self.start, dt.datetime)
        ):
            checks.fail("start", f"must be a date, got {describe(self.start)}")
        checks.done()


@attrs.frozen
class Adjustment:
    """A proposal the policy refused, and what the builder planned instead.

    Attributes:
        loc: where the (first) set is in the plan (``("sessions", 4, "sets", 0)``).
        exercise: the exercise's id.
        proposed: the load the progression proposed.
        clamped: the load planned instead (the proposed load when only the reps, sets or
            lowering changed, or when the slot was left out).
        codes: the rules that refused the proposal.
        week: the program week, from 1.
        date: the session's date.
        changes: what changed, as a coach reads it (``"reps 8 -> 7"``, ``"load 115 -> 95 kg"``,
            ``"left out"``).
        reason: what the first refusing rule said about the proposal.
    """

    loc: Loc
    exercise: str
    proposed: Load
    clamped: Load
    codes: tuple[str, ...]
    week: int | None = None
    date: dt.date | None = None
    changes: tuple[str, ...] = ()
    reason: str = ""


@attrs.frozen
class Limit:
    """Something the builder cannot plan around, listed up front (``plan.limits``).

    Attributes:
        message: what it is and what it means for the plan, as a coach reads it.
        code: the rule whose findings it explains (they stay in the report), or ``None`` when it
            only leaves rules unchecked.
        exercises: the exercises it concerns (ids); empty for the whole plan.
        date: for a limit found while planning, the first session it concerns (the lightest
            load the gym builds refused, no day left for a primer); ``None`` for those known
            from the inputs before planning.
    """

    message: str
    code: str | None = None
    exercises: tuple[str, ...] = ()
    date: dt.date | None = None


@attrs.frozen
class Stall:
    """A slot whose dose stopped rising while its progression asked for more.

    Said once, from the week it happened, until the slot progresses again.

    Attributes:
        exercise: the exercise's id.
        week: the program week, from 1.
        date: the session's date.
        reason: why no larger dose was accepted: the rule that refused the next step, in its
            words, and the dials at their limits (the rep range's floor, the program's sets, the
            fastest lowering the policy accepts).
        codes: the rules that refused the next step.
    """

    exercise: str
    week: int
    date: dt.date
    reason: str
    codes: tuple[str, ...] = ()


@attrs.frozen
class ProgramPlan:
    """What `build_program` made.

    Attributes:
        sessions: the generated sessions, in date order (sessions already done are not
            repeated), primers included.
        report: the safety report over the generated sessions.
        adjustments: the proposals the policy refused, and what was planned instead.
        limits: what the builder cannot plan around (`Limit`), to read first.
        stalls: the slots whose dose stopped rising (`Stall`), each said once.
    """

    sessions: tuple[Session, ...]
    report: Report
    adjustments: tuple[Adjustment, ...] = ()
    limits: tuple[Limit, ...] = ()
    stalls: tuple[Stall, ...] = ()

    def text(self) -> str:
        """The plan as a coach reads it.

        What the builder cannot plan around first; then each session's sets with their dates,
        loads and the partner's help per rep, and what was adapted; where progress stopped;
        and the safety report.
        """
        from ._text import plan_text

        return plan_text(self)


def check_calendar(first: dt.date, weeks: int, owner: str) -> None:
    """Refuse a program whose weeks from ``first`` (a Monday) run past the calendar's end.

    Raises:
        ValidationError: located at ``start``.
    """
    if first.toordinal() + 7 * weeks - 1 > dt.date.max.toordinal():
        raise ValidationError.single(
            "start",
            f"{weeks} week{'' if weeks == 1 else 's'} from the week of {first.isoformat()} run "
            f"past {dt.date.max.isoformat()}, the last date there is",
            owner,
        )


def build_program(
    program: Program,
    athlete: Athlete | None,
    *,
    history: Iterable[Session] | None = None,
    policy: Policy | None = None,
    gym: Gym | None = None,
    start: dt.date | None = None,
    setup: Setup | None = None,
    primer: bool = True,
    help_step: Load | None = None,
) -> ProgramPlan:
    """Turn a program into dated sessions the policy accepts, adapting what it refuses.

    See the module's documentation for how proposals are adapted, what the dose is, and what a
    plan lists up front.

    Args:
        program: the program.
        athlete: the athlete (1RMs for slots prescribed as a fraction of 1RM; training age,
            bodyweight and more for the safety rules).
        history: sessions already done: ``None`` means unknown to the safety rules (as in
            `negatives.safety.check`); sessions on or before the last logged day are not
            generated again, and progressions see what was lifted.
        policy: the safety policy; ``None`` means the ``standard`` preset.
        gym: the equipment loads are rounded to (`Gym` defaults).
        start: the first week (any day of it), instead of ``program.start``.
        setup: the setup of every generated session (spotters, safety arms, partner's maximum).
        primer: plan a primer before each muscle group's first exposure to overload
            (`negatives.safety.primer`); ``False`` leaves it to the coach (NEG304 then says so).
        help_step: what the partner's help per rep is rounded to: what a spotter can judge
            (``None``: 2.5 kg, or 5 lb for loads in pounds).

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
    from ._build import Builder

    return Builder(
        program,
        athlete,
        history=history,
        policy=policy,
        gym=gym,
        start=start,
        setup=setup,
        primer=primer,
        help_step=help_step,
    ).build()

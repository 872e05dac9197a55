"""Play a program forward against a simple athlete response, week by week.

`simulate` builds the program with the history so far (`build_program`), lets a simulated
athlete do that week's sessions — some skipped, some sets short of their reps, an RPE
reported where one is asked — feeds what was "done" back as history, and goes on to the next
week, as real history would arrive. A coach sees how a progression responds (a double
progression waits for every set to reach the top of the range; an RPE progression follows the
reported effort); tests can exercise the regeneration loop.

**It is a model, not a forecast.** Every number the simulated athlete produces (the reps done,
the reported RPE, the "true" 1RMs and their gains) comes from `Response`, a handful of
parameters each with its source or marked as an assumption, most of low confidence. The
response does not depend on the program's dose: the athlete gets stronger at the rate the
response says, whatever the program does, so a simulation shows how the program's rules
*react* to an athlete, not which program makes them stronger. Simulated sessions carry
``Source(app=SIMULATOR)`` so that they are never mistaken for a real log.

What the simulated athlete does with a planned set (`Response.reps_to_failure`):

* The **concentric** limit: before rep *j* the athlete can lift about ``pct(j) x 1RM`` (the
  NSCA %1RM-by-reps chart, `negatives.strength.nsca_fraction`), each rep lowered slower than
  3 s costing more (`negatives.strength.effective_reps`). Partner-assisted and negative-only
  sets have no concentric limit: the partner (or a machine) lifts what the athlete cannot,
  within the partner's maximum the safety policy checked.
* The **eccentric** limit: the athlete lowers at most their eccentric capacity for the reps
  and tempo (`negatives.strength.eccentric_capacity`: the safe eccentric 1RM x the same
  chart), a 2/1 lowering with one limb counting as that limb's share of a rep.
* The 1RM met on the day varies (`Response.day_to_day`), and each earlier set of the exercise
  in the session costs a share of the reps (`Response.set_fatigue`). The athlete does the
  planned reps when they can (never more); the reps they cannot do are *missed*. A set in
  which not one rep is possible is not logged (a `Set` has at least one rep).
* The **RPE** reported is ``10 - RIR`` (Helms et al. 2016), with the reps in reserve misjudged
  as lifters do (`Response.rir_bias`, `Response.rir_noise`).

Examples:
    >>> import datetime as dt
    >>> import negatives as neg
    >>> from negatives.progressions import Double, Program, ProgramSlot, Response, simulate
    >>> curl = neg.catalog.lookup("barbell-curl")
    >>> program = Program(name="Arms", weeks=3, days=(0,), start=dt.date(2026, 11, 23),
    ...                   slots=[ProgramSlot(prescription=neg.Prescription(
    ...                       curl, sets=3, reps=(8, 10), fraction_1rm=0.7),
    ...                       progression=Double())])
    >>> athlete = neg.Athlete("ana", training_age_years=3,
    ...                       concentric_1rm={"barbell-curl": neg.kg(50)})
    >>> result = simulate(program, athlete, seed=5, response=Response(adherence=1.0))
    >>> [str(session.sets[0].load) for session in result.performed]
    ['35 kg', '37.5 kg', '37.5 kg']
    >>> [[s.reps for s in session.sets] for session in result.performed]  # 8-10 reps asked
    [[10, 10, 10], [10, 9, 9], [10, 10, 10]]
"""

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Iterable, Mapping, Sequence
from typing import Literal

import attrs

from .. import strength
from .._checks import Checks, describe, fmt_number
from .._frozen import FrozenDict
from ..analysis import week_start
from ..errors import Loc, Problem, ValidationError
from ..model import Athlete, Method, Session, Set, Setup, Source, TrainingLog
from ..safety import Finding, Policy, Severity
from ..units import Load
from .base import Gym
from .program import Adjustment, Program, ProgramPlan, build_program, check_calendar

__all__ = [
    "SIMULATOR",
    "Response",
    "SetOutcome",
    "SimulatedWeek",
    "Simulation",
    "simulate",
]

#: ``Source.app`` of every simulated session: what the simulator made is never a real log.
SIMULATOR = "negatives.simulate"

RpeReporting = Literal["asked", "always", "never"]
"""When the simulated athlete reports an RPE: when the prescription asks for one, always, never."""

#: Most reps counted beyond the planned ones when finding the reps in reserve.
_MAX_RESERVE = 30.0

#: Methods whose lift a partner or a machine does, in part or whole: no concentric limit.
_HELPED_LIFT = (Method.PARTNER_ASSISTED, Method.NEGATIVE_ONLY)


def _frozen_loads(value: Mapping[str, Load]) -> FrozenDict[str, Load]:
    return FrozenDict(value)


def _frozen_paths(value: Mapping[str, Sequence[Load]]) -> FrozenDict[str, tuple[Load, ...]]:
    return FrozenDict({key: tuple(loads) for key, loads in value.items()})


# -- the athlete's response ---------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Response:
    """How the simulated athlete responds: strength gains, daily form, attendance, effort.

    Every parameter is a modelling choice; the defaults cite what they stand on, and most are
    of **low confidence**. Fractions are fractions (0.9, not 90).

    Attributes:
        weekly_gain: a fixed gain of the true 1RM per week of training, as a fraction (0.005 =
            +0.5 % a week), from -0.1 to 0.1; ``None`` (the default) derives it from the
            athlete's training age (`weekly_gain_at`).
        untrained_gain: the weekly gain of someone who has never trained, 0 to 0.1. Default
            0.02 (2 % a week): novices commonly gain 20-40 % on their 1RM in their first
            months of training (Ratamess et al. 2009, ACSM position stand, Med Sci Sports
            Exerc 41(3):687-708, citing about 40 % for untrained people over 4 weeks to 2
            years). A modelling assumption anchored on that: **low confidence**.
        gain_halving_years: the training age, in years, at which the weekly gain has fallen to
            half of ``untrained_gain``, above 0 and at most 20. The gain falls as
            ``untrained_gain / (1 + training age / gain_halving_years)``: the slope of a
            linear-log curve, the shape Steele et al. (Res Q Exerc Sport 94(4):913-930,
            doi:10.1080/02701367.2022.2070592) fit to 14,690 lifters' records, in which
            strength gains slow markedly after a year or two. Default 0.5 years, which gives
            about 0.3 % a week at 3 years and 0.1 % at 10 — close to the 0.15 kg a day
            (about 0.2 % of the total a week) competitive powerlifters gained over 15 years
            (Latella et al. 2020, J Strength Cond Res 34(9):2412-2418). **Low confidence**.
        day_to_day: the standard deviation of the 1RM met on a session's day around the true
            1RM, as a fraction, 0 to 0.2. Default 0.042: the median coefficient of variation
            of repeated 1RM tests (Grgic et al. 2020, Sports Med Open 6:31; 0.5-12.1 % across
            32 studies). Medium confidence as a figure, low as a model of daily form.
        adherence: the probability that a planned session happens, 0 to 1. Default 0.9: an
            assumption (**low confidence**); set 1.0 to see the program as written.
        set_fatigue: the share of the reps lost for each earlier set of the exercise in the
            session, 0 to 0.5 (0.05: a set after two others allows 10 % fewer reps). Reps to
            failure fall from set to set at any rest length (e.g. Senna et al. 2017, J Hum
            Kinet 58:197-206), less when sets stop short of failure; the figure is an
            assumption: **low confidence**.
        rir_bias: how many reps lifters under-estimate their reps in reserve by, from -3 to
            3. Default 0.95: lifters under-predicted their repetitions to failure by 0.95
            reps on average (Halperin et al. 2022, Sports Med 52(2):377-390; with large
            heterogeneity), so the RPE they report runs high.
        rir_noise: the standard deviation, in reps, of the misjudged reps in reserve, 0 to 3.
            Default 1.0: an assumption (**low confidence**; Halperin et al. found large
            differences between people and studies).
        report_rpe: when an RPE is reported: ``"asked"`` (the default: when the set's
            prescription has an ``rpe`` target, as the `RPE` progression sets),
            ``"always"`` or ``"never"``. Reported RPEs are rounded to a half step.
        eccentric_ratio: the athlete's true eccentric:concentric ratio, 1 to 2, for the
            eccentric limit; ``None`` (the default) takes the conservative safety ratio the
            policy uses (`negatives.strength.safety_ratio`: free weights 1.20, machines
            1.30), so the simulated athlete lowers no more than the safety rules assume.

    Examples:
        >>> Response().weekly_gain_at(3)  # 0.02 / (1 + 3 / 0.5)
        0.002857142857142857
        >>> Response(weekly_gain=0.01).weekly_gain_at(3)
        0.01
    """

    weekly_gain: float | None = None
    untrained_gain: float = 0.02
    gain_halving_years: float = 0.5
    day_to_day: float = 0.042
    adherence: float = 0.9
    set_fatigue: float = 0.05
    rir_bias: float = 0.95
    rir_noise: float = 1.0
    report_rpe: RpeReporting = "asked"
    eccentric_ratio: float | None = None

    def __attrs_post_init__(self) -> None:
        checks = Checks(self)
        if self.weekly_gain is not None:
            checks.number("weekly_gain", self.weekly_gain, ge=-0.1, le=0.1)
        checks.number("untrained_gain", self.untrained_gain, ge=0, le=0.1)
        checks.number("gain_halving_years", self.gain_halving_years, gt=0, le=20, unit="years")
        checks.number("day_to_day", self.day_to_day, ge=0, le=0.2)
        checks.number("adherence", self.adherence, ge=0, le=1)
        checks.number("set_fatigue", self.set_fatigue, ge=0, le=0.5)
        checks.number("rir_bias", self.rir_bias, ge=-3, le=3, unit="reps")
        checks.number("rir_noise", self.rir_noise, ge=0, le=3, unit="reps")
        if self.report_rpe not in ("asked", "always", "never"):
            checks.fail(
                "report_rpe",
                f"must be 'asked', 'always' or 'never', got {describe(self.report_rpe)}",
            )
        if self.eccentric_ratio is not None:
            checks.number("eccentric_ratio", self.eccentric_ratio, ge=1, le=2)
        checks.done()

    def weekly_gain_at(self, training_age_years: float) -> float:
        """The weekly gain of the true 1RM at a training age, as a fraction.

        ``weekly_gain`` when it is set; otherwise ``untrained_gain / (1 + training_age_years /
        gain_halving_years)``.
        """
        if self.weekly_gain is not None:
            return float(self.weekly_gain)
        return float(self.untrained_gain) / (
            1 + max(0.0, training_age_years) / float(self.gain_halving_years)
        )

    def reps_to_failure(
        self,
        item: Set,
        one_rep_max: Load,
        *,
        athlete: Athlete | None = None,
        earlier_sets: int = 0,
    ) -> float:
        """How many reps of ``item`` the athlete can do with this 1RM, fractional.

        Rep by rep, the athlete must be able to lift the rep (unless a partner or a machine
        lifts for them) and to lower it: a rep needs the reps so far, each costing
        `negatives.strength.effective_reps` of a 3-s rep, within the reps to failure that
        its load allows by the NSCA chart (`negatives.strength.nsca_reps`), of the
        concentric 1RM when lifting and of the eccentric 1RM (the 1RM x the ratio) when
        lowering. ``earlier_sets`` earlier sets of the exercise in the session each make a
        rep cost ``set_fatigue`` more. Beyond the planned reps the last rep is repeated. No
        day-to-day variation: pass the day's 1RM.

        Args:
            item: the set, as planned (its load, method, tempo and per-rep help).
            one_rep_max: the concentric 1RM met, in the exercise's load convention (with the
                bodyweight share for bodyweight exercises).
            athlete: the athlete: bodyweight, and a measured eccentric ratio (which the
                safety ratio uses when `eccentric_ratio` is not set).
            earlier_sets: earlier sets of the exercise in the session.

        Returns:
            Reps, from 0 up to the planned reps plus 30; below 1 when not one rep is possible.

        Raises:
            ValidationError: a bodyweight exercise without the athlete's bodyweight.

        Examples:
            >>> import negatives as neg
            >>> bench = neg.catalog.lookup("bench-press")
            >>> Response().reps_to_failure(neg.Set(bench, reps=8, load=neg.kg(80)), neg.kg(100))
            8.0
            >>> round(Response().reps_to_failure(neg.Set(bench, reps=8, load=neg.kg(80)),
            ...                                  neg.kg(100), earlier_sets=2), 2)  # a rep: 1.1
            7.27
        """
        exercise = item.exercise
        bodyweight = athlete.bodyweight if athlete is not None else None
        reps = item.expand(bodyweight=bodyweight)
        limbs = exercise.limb_mode.limbs
        maximum = exercise.total_load(one_rep_max).kg
        ratio = (
            float(self.eccentric_ratio)
            if self.eccentric_ratio is not None
            else strength.safety_ratio(exercise, athlete)[0]
        )
        lifts = not exercise.eccentric_only and item.method not in _HELPED_LIFT
        fatigue = 1 + float(self.set_fatigue) * max(0, earlier_sets)
        lifted = lowered = 0.0  # the cost of the reps so far, in 3-s reps
        allowed_up = allowed_down = math.inf
        cost_up = cost_down = 1.0
        for number, rep in enumerate(reps):
            ecc, con = rep.eccentric, rep.concentric
            down, up = ecc.athlete_load, con.athlete_load
            if down is None or (up is None and lifts):
                if exercise.bodyweight_fraction and bodyweight is None:
                    raise ValidationError.single(
                        "athlete",
                        f"{exercise.name} moves bodyweight: the simulator needs the athlete's "
                        "bodyweight (Athlete.bodyweight)",
                        "simulate",
                    )
                if down is None:
                    raise ValidationError.single(
                        "item", f"the load {exercise.name} lowers is unknown", "simulate"
                    )
            # Help on the lift given but not measured: taken to cover what the athlete cannot.
            lifting = lifts and up is not None
            seconds = strength.effective_reps(1, ecc.seconds) * fatigue
            cost_down = min(1.0, ecc.limbs / limbs) * seconds
            cost_up = seconds
            allowed_down = _reps_allowed(down.kg / ecc.limbs * limbs, maximum * ratio)
            allowed_up = (
                _reps_allowed(up.kg / con.limbs * limbs, maximum)
                if lifting and up is not None
                else math.inf
            )
            room = min(
                (allowed_up - lifted) / cost_up,
                (allowed_down - lowered) / cost_down,
            )
            if room < 1:
                return number + max(0.0, room)
            lifted += cost_up
            lowered += cost_down
        room = min((allowed_up - lifted) / cost_up, (allowed_down - lowered) / cost_down)
        return len(reps) + min(max(0.0, room), _MAX_RESERVE)


def _reps_allowed(load_kg: float, maximum_kg: float) -> float:
    """Reps to failure at ``load_kg`` for a maximum of ``maximum_kg`` (NSCA chart)."""
    if load_kg <= 0:
        return math.inf
    fraction = load_kg / maximum_kg
    if fraction > 1:
        return 0.0
    return strength.nsca_reps(fraction)


# -- what the simulation records ----------------------------------------------------------------


@attrs.frozen(kw_only=True)
class SetOutcome:
    """What the simulated athlete did with one planned set of a session that happened.

    Every number here is simulated, not measured.

    Attributes:
        week: the week of the program, from 0.
        date: the session's day.
        planned: the set as the plan asked it.
        performed: the set as logged (the reps done, a reported RPE, the prescription kept);
            ``None`` when not one rep was possible (such a set is not logged).
        one_rep_max: the concentric 1RM the athlete met that day (the true 1RM with the day's
            variation).
        reps_in_reserve: the reps the athlete had left after the set (0 when reps were
            missed): the simulated truth, not what they reported.
    """

    week: int
    date: dt.date
    planned: Set
    performed: Set | None
    one_rep_max: Load
    reps_in_reserve: float

    @property
    def reps(self) -> int:
        """The reps done (0 when the set was not logged)."""
        return 0 if self.performed is None else self.performed.reps

    @property
    def missed(self) -> int:
        """The planned reps not done."""
        return self.planned.reps - self.reps


@attrs.frozen(kw_only=True)
class SimulatedWeek:
    """One week of a simulation: the plan built for it and what happened.

    Attributes:
        week: the week of the program, from 0.
        start: its first day (the week's Monday, as `build_program` counts weeks).
        planned: the week's sessions as `build_program` made them with the history so far
            (week 0 also holds anything the builder planned before the first week).
        performed: the sessions done, as logged (and fed back as history).
        skipped: the planned sessions that did not happen, or in which not one set was
            possible (so nothing was logged).
        adjustments: what the plan changed in the week to satisfy the safety policy (loads,
            reps, sets, tempo), and the slots it left out (their ``loc`` empty).
        findings: the safety report's findings on the week's plan.
        one_rep_max: the true 1RM of each exercise of the program at the start of the week.
    """

    week: int
    start: dt.date
    planned: tuple[Session, ...]
    performed: tuple[Session, ...]
    skipped: tuple[Session, ...]
    adjustments: tuple[Adjustment, ...]
    findings: tuple[Finding, ...]
    one_rep_max: FrozenDict[str, Load] = attrs.field(converter=_frozen_loads)


@attrs.frozen(kw_only=True)
class Simulation:
    """A program played forward against a simulated athlete (`simulate`).

    Everything the athlete "did" is simulated by `response`: the reps, the RPEs, the skipped
    sessions, the true 1RMs. The plans are what `build_program` made from that history.

    Attributes:
        program: the program.
        athlete: the athlete as the coach knows them (the program is built from this record;
            the simulated true 1RMs are never shown to `build_program`).
        response: the response model.
        seed: the seed of the random draws.
        weeks: the simulated weeks, in order.
        sets: every planned set of the sessions that happened, with what was done.
        one_rep_max: the true 1RM of each exercise at the start of each week and at the end
            (one more value than weeks), by exercise id.
    """

    program: Program
    athlete: Athlete
    response: Response
    seed: int
    weeks: tuple[SimulatedWeek, ...]
    sets: tuple[SetOutcome, ...]
    one_rep_max: FrozenDict[str, tuple[Load, ...]] = attrs.field(converter=_frozen_paths)

    @property
    def performed(self) -> tuple[Session, ...]:
        """The simulated sessions, in date order: the history fed back, week by week."""
        return tuple(session for week in self.weeks for session in week.performed)

    @property
    def sessions_planned(self) -> int:
        """Sessions planned over the simulated weeks."""
        return sum(len(week.planned) for week in self.weeks)

    @property
    def sessions_done(self) -> int:
        """Sessions that happened (and were logged)."""
        return sum(len(week.performed) for week in self.weeks)

    @property
    def sessions_skipped(self) -> int:
        """Planned sessions that did not happen (or in which not one set was possible)."""
        return sum(len(week.skipped) for week in self.weeks)

    @property
    def sets_short(self) -> tuple[SetOutcome, ...]:
        """The sets done with fewer reps than planned (or none)."""
        return tuple(outcome for outcome in self.sets if outcome.missed > 0)

    @property
    def missed_reps(self) -> int:
        """Planned reps not done, over the sessions that happened."""
        return sum(outcome.missed for outcome in self.sets)

    def change(self, exercise: str) -> float:
        """The relative change of an exercise's true 1RM over the simulation (0.03 = +3 %).

        Raises:
            KeyError: an exercise the program does not hold.
        """
        path = self.one_rep_max[exercise]
        return path[-1].kg / path[0].kg - 1

    def log(self) -> TrainingLog:
        """The simulated sessions as a training log (for `negatives.to_json`, reports, plots).

        Its sessions carry ``Source(app=SIMULATOR)``.
        """
        return TrainingLog(self.athlete, self.performed)

    def text(self) -> str:
        """A summary a coach reads: per exercise, the 1RM's path and the loads week by week."""
        return _text(self)


# -- the loop -----------------------------------------------------------------------------------


def simulate(
    program: Program,
    athlete: Athlete,
    *,
    weeks: int | None = None,
    seed: int = 0,
    response: Response | None = None,
    history: Iterable[Session] | None = None,
    policy: Policy | None = None,
    gym: Gym | None = None,
    setup: Setup | None = None,
    start: dt.date | None = None,
    primer: bool = True,
    help_step: Load | None = None,
) -> Simulation:
    """Play ``program`` forward for ``weeks`` weeks against a simulated ``athlete``.

    Week by week: the program is built with the history so far (`build_program`, with
    ``policy``, ``gym``, ``setup`` and ``start``); that week's planned sessions are done by the
    simulated athlete (`Response`: a session happens with probability ``adherence``; each set
    gets the reps the athlete can do that day, at most the planned ones; an RPE where one is
    reported; the prescription kept on each set so progressions compare asked with done);
    the sessions done are added to the history; and at the end of the week the true 1RM of
    each exercise trained grows by the response's weekly gain, in proportion to the share of
    its planned sessions done. The athlete record given to `build_program` never changes:
    the program sees the athlete only through the history, as a coach would.

    The draws come from ``random.Random`` seeded with ``seed`` (separate streams for
    attendance, daily form and effort), never from global state: the same arguments give the
    same simulation.

    Args:
        program: the program.
        athlete: the athlete: a tested 1RM for every exercise of the program (the simulated
            true 1RM starts there), training age (for the gain), bodyweight for bodyweight
            exercises.
        weeks: weeks to simulate, 1 to ``program.weeks`` (default: all of them).
        seed: the seed, a whole number.
        response: the response model (default: `Response()`).
        history: sessions done before the simulation, as for `build_program` (``None``:
            unknown to the safety rules until simulated sessions arrive).
        policy: the safety policy (default: the ``standard`` preset).
        gym: the equipment loads are rounded to.
        setup: the setup of every session.
        start: the program's first week, instead of ``program.start``.
        primer: plan primers before first exposures, as for `build_program`.
        help_step: what the partner's help per rep is rounded to, as for `build_program`.

    Returns:
        The `Simulation`.

    Raises:
        TypeError: ``program``, ``athlete``, ``response`` or ``seed`` of the wrong type.
        ValidationError: weeks out of range, no start date, an exercise without a tested 1RM,
            a bodyweight exercise without the athlete's bodyweight.
    """
    chosen = _arguments(program, athlete, weeks, seed, response)
    model = response if response is not None else Response()
    first = _first_week(program, start)
    check_calendar(first, chosen, "simulate")
    truth: dict[str, Load] = {}
    for slot in program.slots:
        exercise = slot.exercise
        if exercise.id in truth:
            continue
        maximum = athlete.concentric_1rm.get(exercise.id)
        if maximum is None:
            message = (
                f"the simulator needs a starting 1RM for {exercise.name} ({exercise.id!r}): "
                "give Athlete.concentric_1rm (negatives.strength.one_rep_max estimates one "
                "from a history)"
            )
            raise ValidationError(
                [Problem(("athlete", "concentric_1rm", exercise.id), message)], "simulate"
            )
        truth[exercise.id] = maximum
    paths: dict[str, list[Load]] = {key: [value] for key, value in truth.items()}
    given = tuple(history) if history is not None else None
    done: list[Session] = []
    # One generator per kind of draw, all from random.Random(seed): attendance, daily form
    # and effort, so that changing one parameter does not shift the other draws.
    master = random.Random(seed)
    streams = {
        name: random.Random(master.getrandbits(64)) for name in ("attendance", "form", "effort")
    }
    weeks_out: list[SimulatedWeek] = []
    outcomes: list[SetOutcome] = []
    for week in range(chosen):
        begin = first + dt.timedelta(weeks=week)
        last = begin + dt.timedelta(days=6)  # the week's Sunday (the day after may not exist)
        past = None if given is None and not done else (*(given or ()), *done)
        # Only the weeks up to this one: later weeks cannot change this week's plan (the
        # builder goes forward in time), and building them every week would cost
        # weeks squared.
        plan = build_program(
            attrs.evolve(program, weeks=week + 1),
            athlete,
            history=past,
            policy=policy,
            gym=gym,
            start=first,
            setup=setup,
            primer=primer,
            help_step=help_step,
        )
        # This week's sessions; a skipped session of an earlier week comes back in the plan
        # (the builder regenerates what the log does not show) and is left behind. Week 0
        # also takes what the builder put before the first week (a primer).
        indices = [
            index
            for index, session in enumerate(plan.sessions)
            if session.date <= last and (week == 0 or session.date >= begin)
        ]
        starting = dict(truth)
        performed: list[Session] = []
        skipped: list[Session] = []
        planned_of: dict[str, int] = {}
        trained_of: dict[str, int] = {}
        for index in indices:
            session = plan.sessions[index]
            happens = streams["attendance"].random() < model.adherence
            form = {
                exercise_id: _day_form(streams["form"], model)
                for exercise_id in dict.fromkeys(item.exercise.id for item in session.sets)
            }
            for exercise_id in form:
                planned_of[exercise_id] = planned_of.get(exercise_id, 0) + 1
            if not happens:
                skipped.append(session)
                continue
            logged, results = _perform(
                session, week, truth, form, model, athlete, streams["effort"]
            )
            outcomes.extend(results)
            if logged is None:
                skipped.append(session)  # attended, but not one set was possible
                continue
            performed.append(logged)
            for exercise_id in dict.fromkeys(item.exercise.id for item in logged.sets):
                trained_of[exercise_id] = trained_of.get(exercise_id, 0) + 1
        done.extend(performed)
        gain = model.weekly_gain_at(float(athlete.training_age_years) + week / 52)
        for exercise_id, trained in trained_of.items():
            if exercise_id in truth:  # pragma: no branch - sets are of the slots' exercises
                share = trained / planned_of[exercise_id]
                truth[exercise_id] = truth[exercise_id] * (1 + gain * share)
        for exercise_id, path in paths.items():
            path.append(truth[exercise_id])
        weeks_out.append(_week(week, begin, plan, indices, performed, skipped, starting))
    return Simulation(
        program=program,
        athlete=athlete,
        response=model,
        seed=seed,
        weeks=tuple(weeks_out),
        sets=tuple(outcomes),
        one_rep_max=paths,
    )


def _arguments(
    program: object, athlete: object, weeks: object, seed: object, response: object
) -> int:
    """The weeks to simulate, once the arguments are checked."""
    if not isinstance(program, Program):
        raise TypeError(f"simulate() needs a Program as program, got {describe(program)}")
    if not isinstance(athlete, Athlete):
        raise TypeError(f"simulate() needs an Athlete as athlete, got {describe(athlete)}")
    if response is not None and not isinstance(response, Response):
        raise TypeError(
            f"simulate() needs a Response or None as response, got {describe(response)}"
        )
    if not isinstance(seed, int) or isinstance(seed, bool):
        raise TypeError(f"simulate() needs a whole number as seed, got {describe(seed)}")
    if weeks is None:
        return program.weeks
    if not isinstance(weeks, int) or isinstance(weeks, bool) or not 1 <= weeks <= program.weeks:
        raise ValidationError.single(
            "weeks",
            f"must be a whole number from 1 to the program's {program.weeks} week(s), got "
            f"{describe(weeks)}",
            "simulate",
        )
    return weeks


def _first_week(program: Program, start: dt.date | None) -> dt.date:
    first = start if start is not None else program.start
    if first is None:
        raise ValidationError.single(
            "start",
            "the program has no start date: give Program(start=...) or simulate(..., start=...)",
            "simulate",
        )
    return week_start(first)


def _day_form(stream: random.Random, model: Response) -> float:
    """The day's 1RM as a share of the true 1RM (never below half of it)."""
    return max(0.5, 1 + stream.gauss(0.0, float(model.day_to_day)))


def _perform(
    session: Session,
    week: int,
    truth: Mapping[str, Load],
    form: Mapping[str, float],
    model: Response,
    athlete: Athlete,
    stream: random.Random,
) -> tuple[Session | None, list[SetOutcome]]:
    """The session as the simulated athlete does it: the logged session and every set's outcome."""
    logged: list[Set] = []
    outcomes: list[SetOutcome] = []
    earlier: dict[str, int] = {}
    for item in session.sets:
        exercise = item.exercise
        day = truth[exercise.id] * form[exercise.id]
        count = earlier.get(exercise.id, 0)
        earlier[exercise.id] = count + 1
        capacity = model.reps_to_failure(item, day, athlete=athlete, earlier_sets=count)
        reps = min(item.reps, math.floor(capacity + 1e-9))
        reserve = max(0.0, capacity - reps) if reps == item.reps else 0.0
        noise = stream.gauss(0.0, float(model.rir_noise))  # drawn for every set, reported or not
        performed: Set | None = None
        if reps >= 1:
            asked = item.prescription is not None and item.prescription.rpe is not None
            reported = model.report_rpe == "always" or (model.report_rpe == "asked" and asked)
            rpe = _reported_rpe(reserve, model, noise) if reported else None
            performed = attrs.evolve(
                item,
                reps=reps,
                rep_detail=None if item.rep_detail is None else item.rep_detail[:reps],
                rpe=rpe,
                rir=None,
            )
            logged.append(performed)
        outcomes.append(
            SetOutcome(
                week=week,
                date=session.date,
                planned=item,
                performed=performed,
                one_rep_max=day,
                reps_in_reserve=reserve,
            )
        )
    if not logged:
        return None, outcomes
    done = attrs.evolve(session, sets=logged, source=Source(app=SIMULATOR))
    return done, outcomes


def _reported_rpe(reserve: float, model: Response, noise: float) -> float:
    """``10 - RIR`` as the athlete judges it, on a half step from 1 to 10."""
    judged = max(0.0, reserve - float(model.rir_bias) + noise)
    return min(10.0, max(1.0, round((10 - judged) * 2) / 2))


def _week(
    week: int,
    begin: dt.date,
    plan: ProgramPlan,
    indices: Sequence[int],
    performed: Sequence[Session],
    skipped: Sequence[Session],
    starting: Mapping[str, Load],
) -> SimulatedWeek:
    renumber = {old: new for new, old in enumerate(indices)}

    def ours(loc: Loc) -> Loc | None:
        """``loc`` in the week's numbering of sessions; ``None`` for another week's."""
        if len(loc) < 2 or loc[0] != "sessions" or not isinstance(loc[1], int):
            return None
        index = renumber.get(loc[1])
        return None if index is None else ("sessions", index, *loc[2:])

    end = begin + dt.timedelta(days=7)

    def in_week(adjustment: Adjustment) -> Adjustment | None:
        """The adjustment in the week's numbering; a slot left out (in no session) by date."""
        loc = ours(adjustment.loc)
        if loc is not None:
            return attrs.evolve(adjustment, loc=loc)
        day = adjustment.date
        on = not adjustment.loc and day is not None and day < end and (week == 0 or day >= begin)
        return adjustment if on else None

    adjustments = tuple(a for a in map(in_week, plan.adjustments) if a is not None)
    findings = tuple(
        attrs.evolve(f, loc=loc) for f in plan.report.findings if (loc := ours(f.loc)) is not None
    )
    return SimulatedWeek(
        week=week,
        start=begin,
        planned=tuple(plan.sessions[i] for i in indices),
        performed=tuple(performed),
        skipped=tuple(skipped),
        adjustments=adjustments,
        findings=findings,
        one_rep_max=starting,
    )


# -- the summary --------------------------------------------------------------------------------


def _adjusted(adjustment: Adjustment) -> str:
    """What the plan changed and why, as the plan's text says it (``load 97.5 -> 92.5 kg``)."""
    changes = ", ".join(c for c in adjustment.changes if c != "left out")
    codes = ", ".join(adjustment.codes)
    if not changes:  # left out: the rule's words say why
        return ": ".join(part for part in (codes, adjustment.reason) if part)
    return f"{changes}: {codes}" if codes else changes


def _reps(count: int) -> str:
    return f"{count} rep{'' if count == 1 else 's'}"


def _percent(value: float) -> str:
    return f"{fmt_number(round(value * 100, 2))} %"


def _sets_text(sets: Sequence[SetOutcome]) -> str:
    """``80 kg x 10 10 9*; 100 kg partner_assisted x 8`` (``*``: reps missed)."""
    groups: list[tuple[str, list[str]]] = []
    for outcome in sets:
        item = outcome.planned
        label = str(item.load) + ("" if item.method == Method.STANDARD else f" {item.method}")
        performed = outcome.performed
        reps = str(outcome.reps)
        if performed is not None and performed.rpe is not None:
            reps += f"@{fmt_number(performed.rpe)}"
        if outcome.missed:
            reps += "*"
        if groups and groups[-1][0] == label:
            groups[-1][1].append(reps)
        else:
            groups.append((label, [reps]))
    return "; ".join(f"{label} x {' '.join(reps)}" for label, reps in groups)


def _text(simulation: Simulation) -> str:
    model = simulation.response
    athlete = simulation.athlete
    weeks = simulation.weeks
    age = float(athlete.training_age_years)
    if model.weekly_gain is not None:
        gain = f"1RM {_percent(model.weekly_gain)} a week"
    else:
        gain = (
            f"1RM +{_percent(model.weekly_gain_at(age))} a week at "
            f"{fmt_number(round(age, 2))} years of training, slowing with training age"
        )
    lines = [
        f"Simulated {len(weeks)} week(s) of {simulation.program.name!r} for {athlete.id} "
        f"(seed {simulation.seed}): every number below is simulated, not measured.",
        f"response: {gain}; day-to-day {_percent(model.day_to_day)}; adherence "
        f"{_percent(model.adherence)}; {_percent(model.set_fatigue)} fewer reps per earlier "
        f"set; reps in reserve judged {fmt_number(model.rir_bias)} low "
        f"(+- {fmt_number(model.rir_noise)}).",
        f"sessions: {simulation.sessions_done} of {simulation.sessions_planned} done "
        f"({simulation.sessions_skipped} skipped); sets: {len(simulation.sets_short)} of "
        f"{len(simulation.sets)} short of their reps ({_reps(simulation.missed_reps)} missed).",
    ]
    findings = [f for week in weeks for f in week.findings]
    errors = sum(f.severity is Severity.ERROR for f in findings)
    warnings = sum(f.severity is Severity.WARNING for f in findings)
    adjusted = [a for week in weeks for a in week.adjustments]
    left = sum(not a.loc for a in adjusted)
    lines.append(
        f"plans: {len(adjusted) - left} set(s) adapted and {left} left out for the safety "
        f"policy; {errors} error(s) and {warnings} warning(s) in the weekly safety reports."
    )
    names = {slot.exercise.id: slot.exercise.name for slot in simulation.program.slots}
    width = len(str(len(weeks)))
    for exercise_id, path in simulation.one_rep_max.items():
        ours = [o for o in simulation.sets if o.planned.exercise.id == exercise_id]
        short = [o for o in ours if o.missed]
        sign = "+" if path[-1] >= path[0] else ""
        lines.append("")
        lines.append(
            f"{names[exercise_id]} ({exercise_id}): true 1RM {path[0]} -> {path[-1]} "
            f"({sign}{_percent(simulation.change(exercise_id))}); {len(short)} of {len(ours)} "
            f"sets short ({_reps(sum(o.missed for o in short))} missed)"
        )
        for week in weeks:
            rows: list[tuple[dt.date, str]] = []
            for index, session in enumerate(week.planned):
                if not any(item.exercise.id == exercise_id for item in session.sets):
                    continue
                done = [o for o in ours if o.date == session.date and o.week == week.week]
                line = _sets_text(done) if done else "skipped"
                for adjustment in week.adjustments:
                    if adjustment.exercise == exercise_id and adjustment.loc[1:2] == (index,):
                        line += f" ({_adjusted(adjustment)})"
                rows.append((session.date, line))
            for adjustment in week.adjustments:  # the slots the plan left out
                if adjustment.exercise == exercise_id and not adjustment.loc and adjustment.date:
                    rows.append((adjustment.date, f"left out ({_adjusted(adjustment)})"))
            for day, line in sorted(rows, key=lambda row: row[0]):
                lines.append(f"  W{week.week + 1:<{width}} {day:%a %Y-%m-%d}  {line}")
    lines.append("")
    lines.append(
        "Loads as planned; after x, the reps done in each set (@ the RPE reported, * short of "
        "the planned reps). The athlete is simulated (negatives.progressions.Response): how the "
        "plan reacts is the point, not the numbers."
    )
    return "\n".join(lines)

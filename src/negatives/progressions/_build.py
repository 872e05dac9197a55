"""`build_program`'s machinery: week by week, propose, try, adapt, prime, and report.

Each slot's dose, once tried against the policy, is chosen in `._search` (`SlotChooser`, which
`Builder` extends): this module proposes, runs the policy, primes and reports.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence

import attrs

from .. import overload, strength
from .._checks import fmt_number, shift_date
from ..analysis import week_start
from ..errors import ValidationError
from ..model import (
    Athlete,
    Basis,
    Exercise,
    Method,
    Muscle,
    Prescription,
    Session,
    Set,
    Setup,
)
from ..safety import BUILTIN_RULES, Finding, Policy, check
from ..safety import primer as primers
from ..units import Load
from ._adapt import Anchor
from ._limits import limits, param
from ._primers import PRIMER_SOURCE, primer_day, primer_set
from ._search import SlotChooser, _day, _is_deload, _Proposal, _State, _target
from ._sets import Maker, Shape, dose
from .base import _IMPLEMENTS, Gym, ProgressionContext
from .program import (
    Adjustment,
    Limit,
    Program,
    ProgramPlan,
    Stall,
    check_calendar,
)

#: Rules the builder never adapts to: NEG304 (a first exposure) is answered by a primer, not by
#: a smaller dose.
_NOT_ADAPTED = frozenset({"NEG304"})


@attrs.define
class _Pending:
    """An adjustment whose place in the plan is known once the sessions are sorted."""

    session: Session | None
    set_index: int
    adjustment: Adjustment


def _starting_load(prescription: Prescription, one_rep_max: Load | None, gym: Gym) -> Prescription:
    """The prescription with a concrete load (from its fraction of the 1RM when it has none)."""
    if prescription.load is not None:
        return prescription
    exercise = prescription.exercise
    if prescription.fraction_1rm is None:
        if exercise.bodyweight_fraction or exercise.eccentric_only:
            return attrs.evolve(prescription, load=Load(0.0, "kg"))
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


def _working_load(prescription: Prescription) -> Load | None:
    """The working load an overload is added to: the basis's, else the load without overload."""
    basis = prescription.basis
    if basis is not None and basis.working_load is not None:
        return basis.working_load
    if prescription.load is None:
        return None
    return prescription.load / (1 + (prescription.overload or 0.0))


def _history_of(
    history: tuple[Session, ...], exercise: Exercise, before: dt.date
) -> tuple[tuple[Set, ...], tuple[Session, ...]]:
    """The sets of ``exercise`` done before ``before``, and the sessions they come from.

    ``history`` is sorted by date: the scan stops at the first session on or after ``before``.
    """
    sets: list[Set] = []
    sessions: list[Session] = []
    for session in history:
        if session.date >= before:
            break
        found = [item for item in session.sets if item.exercise.id == exercise.id]
        if found:
            sets.extend(found)
            sessions.append(session)
    return tuple(sets), tuple(sessions)


def _lookback(policy: Policy) -> int | None:
    """Days of history the policy's rules read before a session; ``None``: all of it."""
    if policy.custom or any(code not in BUILTIN_RULES for code in policy.rules):
        return None
    days = [7.0]
    for code, name, scale, extra in (
        ("NEG304", "gap_days", 1, 0),
        ("NEG305", "weeks", 7, 6),
        ("NEG302", "min_days_between", 1, 0),
    ):
        value = param(policy, code, name)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            days.append(float(value) * scale + extra)
        else:
            return None
    # And the primer window: up to 7 days before the earliest session looked at.
    return math.ceil(max(days)) + primers.PRIMER_DAYS[1]


class Builder(SlotChooser):
    """Builds one program for one athlete (see `build_program`)."""

    def __init__(
        self,
        program: Program,
        athlete: Athlete | None,
        *,
        history: Iterable[Session] | None,
        policy: Policy | None,
        gym: Gym | None,
        start: dt.date | None,
        setup: Setup | None,
        primer: bool,
        help_step: Load | None,
    ) -> None:
        if not isinstance(primer, bool):
            raise TypeError(f"build_program() primer must be True or False, got {primer!r}")
        if help_step is not None and not isinstance(help_step, Load):
            raise TypeError(f"build_program() help_step must be a Load or None, got {help_step!r}")
        if help_step is not None and help_step.value <= 0:
            raise ValidationError.single(
                "help_step", f"must be above 0, got {help_step}", "build_program"
            )
        self.program = program
        self.athlete = athlete
        self.history_known = history is not None
        self.done = tuple(sorted(history, key=lambda s: s.date)) if history is not None else ()
        self.last_done = max((s.date for s in self.done), default=None)
        self.policy = policy if policy is not None else Policy.preset("standard")
        self.gym = gym if gym is not None else Gym()
        self.setup = setup
        self.primer = primer
        self.help_step = help_step
        first = start if start is not None else program.start
        if first is None:
            raise ValidationError.single(
                "start",
                "the program has no start date: give Program(start=...) or "
                "build_program(..., start=...)",
                "build_program",
            )
        self.first = week_start(first)
        check_calendar(self.first, program.weeks, "build_program")
        self.maxima: dict[str, tuple[Load | None, str]] = {}
        for slot in program.slots:
            exercise = slot.exercise
            if exercise.id not in self.maxima:
                self.maxima[exercise.id] = self._one_rep_max(exercise)
        known = {key: value for key, (value, _) in self.maxima.items() if value is not None}
        self.trial_athlete = athlete
        if athlete is not None:
            missing = {k: v for k, v in known.items() if k not in athlete.concentric_1rm}
            if missing:
                self.trial_athlete = attrs.evolve(
                    athlete, concentric_1rm={**athlete.concentric_1rm, **missing}
                )
        self.lookback = _lookback(self.policy) if athlete is not None else None
        self.limits: list[Limit] = list(
            limits(
                program,
                athlete,
                history_known=history is not None,
                policy=self.policy,
                setup=setup,
                maxima={key: value for key, (value, _) in self.maxima.items()},
            )
        )
        self.allowed = frozenset(
            {limit.code for limit in self.limits if limit.code is not None} | _NOT_ADAPTED
        )
        fraction = param(self.policy, "NEG201", "max_fraction_of_eccentric_1rm")
        self.fraction = (
            float(fraction)
            if self.policy.selects("NEG201") and isinstance(fraction, (int, float))
            else None
        )
        effort = param(self.policy, "NEG202", "max_concentric_effort")
        self.lift_effort = (
            float(effort)
            if self.policy.selects("NEG202") and isinstance(effort, (int, float))
            else None
        )
        floor = param(self.policy, "NEG501", "min_eccentric_seconds")
        self.tempo_floor = (
            float(floor)
            if self.policy.selects("NEG501") and isinstance(floor, (int, float))
            else 3.0
        )
        # The policy's rules of one session: the other NEG3xx read the history and whole weeks.
        self.quick = self.policy.ignoring("NEG302", "NEG303", "NEG304", "NEG305")
        # Whether those are the only rules that read the history (no custom rules).
        self.history_free = _lookback(self.policy) is not None
        self.generated: list[Session] = []
        self._light: dict[int, Session | None] = {}
        self._muscles: dict[int, frozenset[Muscle]] = {}
        self.ladders: dict[tuple[str, Load], list[Load]] = {}
        self.primed: dict[dt.date, Session] = {}
        self.pending: list[_Pending] = []
        self.stalls: list[Stall] = []
        self._keep: list[object] = []

    # -- inputs ---------------------------------------------------------------------------------

    def _one_rep_max(self, exercise: Exercise) -> tuple[Load | None, str]:
        athlete = self.athlete
        if athlete is not None and exercise.id in athlete.concentric_1rm:
            return athlete.concentric_1rm[exercise.id], "the athlete's 1RM"
        if not self.done:
            return None, ""
        try:
            estimate = strength.one_rep_max(exercise, athlete=athlete, history=self.done)
        except ValidationError:
            return None, ""
        return estimate.load, estimate.describe()

    def _window(self, date: dt.date) -> tuple[Session, ...]:
        """The history the rules read before ``date``.

        As far back as they look, and (when the trials' athlete carries every 1RM) only the
        eccentric work in it, which is all the history rules count.
        """
        sessions = [*self.done, *self.generated]
        if self.lookback is None:
            return tuple(sorted(sessions, key=lambda s: s.date))
        since = shift_date(date, -self.lookback)
        out = []
        for session in sessions:
            if session.date < since:
                continue
            light = self._eccentric_only(session)
            if light is not None:
                out.append(light)
        return tuple(sorted(out, key=lambda s: s.date))

    def _eccentric_only(self, session: Session) -> Session | None:
        """``session`` with its eccentric work only (``None`` when it has none); cached."""
        key = id(session)
        if key not in self._light:
            bodyweight = self.athlete.bodyweight if self.athlete is not None else None
            kept = [
                item
                for item in session.sets
                if primers.is_eccentric_work(item, bodyweight=bodyweight) is not False
            ]
            if len(kept) == len(session.sets):
                light: Session | None = session
            else:
                light = attrs.evolve(session, sets=kept) if kept else None
            self._light[key] = light
            self._keep.append(session)
        return self._light[key]

    # -- the loop -------------------------------------------------------------------------------

    def build(self) -> ProgramPlan:
        program = self.program
        states = {index: _State() for index in range(len(program.slots))}
        session_index = 0
        for week in range(program.weeks):
            for day_index, weekday in enumerate(program.days):
                date = self.first + dt.timedelta(weeks=week, days=weekday)
                proposals = self._propose(states, week, day_index, date, session_index)
                session_index += 1
                if not proposals:
                    continue
                if self.last_done is not None and date <= self.last_done:
                    # Done already: the history stands; progressions continue from the proposal.
                    for item in proposals:
                        state = states[item.index]
                        if _is_deload(item.slot, week):
                            state.current = item.base
                            continue
                        state.current = item.proposal
                        # The next week rises from what was done, as it would from a plan.
                        anchor = self._done_anchor(item, date)
                        if anchor is not None:
                            state.anchors[day_index] = anchor
                    continue
                self._session(states, proposals, week, day_index, date)
        return self._finish()

    def _done_anchor(self, item: _Proposal, date: dt.date) -> Anchor | None:
        """What the log shows the slot did on ``date``, as an `Anchor` to rise from.

        The sets of the slot's exercise and method that answered a prescription with a load
        (primers aside); ``None`` when the log has none (a skipped or unplanned session).
        """
        proposal = item.proposal
        done = [
            s
            for session in self.done
            if session.date == date
            for s in session.sets
            if s.exercise.id == item.slot.exercise.id
            and s.prescription is not None
            and s.prescription.load is not None
            and s.prescription.method == proposal.method
            and not (s.prescription.basis and PRIMER_SOURCE in s.prescription.basis.sources)
        ]
        if not done or proposal.load is None:
            return None
        asked = done[-1].prescription
        assert asked is not None
        assert asked.load is not None
        target = _target(proposal, item.week)
        shape = Shape(tuple(s.reps for s in done), asked.tempo)
        if target.lowering is not None and shape.lowering is not None:
            shape = attrs.evolve(shape, faster=max(0.0, target.lowering - shape.lowering))
        bodyweight = self.athlete.bodyweight if self.athlete is not None else None
        return Anchor(shape, asked.load, dose(done, bodyweight), proposal.load)

    def _propose(
        self,
        states: dict[int, _State],
        week: int,
        day_index: int,
        date: dt.date,
        session_index: int,
    ) -> list[_Proposal]:
        out = []
        for index, slot in enumerate(self.program.slots):
            schedule = slot.week(week)
            if day_index not in schedule.days:
                continue
            state = states[index]
            exercise = slot.exercise
            maximum = self.maxima[exercise.id][0]
            base = state.current
            if base is None:
                base = _starting_load(slot.prescription, maximum, self.gym)
            if slot.schedule:
                sets = schedule.set_count
                reps = schedule.rep_range
                base = attrs.evolve(
                    base,
                    sets=base.sets if sets is None else sets,
                    reps=base.reps if reps is None else reps,
                )
            performed, sessions = _history_of(self.done, exercise, date)
            context = ProgressionContext(
                prescription=base,
                athlete=self.athlete,
                history=performed,
                sessions=sessions,
                week=week,
                session=session_index,
                occurrence=state.occurrences,
                date=date,
                gym=self.gym,
            )
            proposal = slot.progression.propose(context) if slot.progression else base
            proposal = _starting_load(proposal, maximum, self.gym)
            state.occurrences += 1
            out.append(_Proposal(index, slot, schedule, base, proposal))
        return out

    def _session(
        self,
        states: dict[int, _State],
        proposals: Sequence[_Proposal],
        week: int,
        day_index: int,
        date: dt.date,
    ) -> None:
        name = f"{self.program.name} W{week + 1}D{day_index + 1}"
        sets: list[Set] = []
        pending: list[_Pending] = []
        placed: list[_Pending] = []
        for item in proposals:
            made, adjustment = self._dispose(
                item, states[item.index], week, day_index, date, name, sets
            )
            if adjustment is not None:
                entry = _Pending(None, len(sets), adjustment)
                (placed if made else pending).append(entry)
            sets.extend(made)
        pending.extend(placed)
        if not sets:
            self.pending.extend(pending)
            return
        session = Session(date, sets=sets, name=name, setup=self.setup)
        for entry in placed:
            entry.session = session
        self.pending.extend(pending)
        self.generated.append(session)
        if self.primer:
            self._prime(session)

    # -- one slot -------------------------------------------------------------------------------

    def _dispose(
        self,
        item: _Proposal,
        state: _State,
        week: int,
        day_index: int,
        date: dt.date,
        name: str,
        prior: Sequence[Set],
    ) -> tuple[tuple[Set, ...], Adjustment | None]:
        """The sets planned for a slot: its sets' maker and its trials, for `_choose`."""
        slot, proposal = item.slot, item.proposal
        exercise = slot.exercise
        maximum = self.maxima[exercise.id][0]
        method = Method(proposal.method) if isinstance(proposal.method, str) else proposal.method
        overloaded = slot.is_overload and method is not Method.STANDARD
        working = _working_load(proposal) if overloaded else None
        maker = Maker(
            exercise,
            method,
            maximum,
            working,
            proposal.rest,
            slot.releasers,
            self.help_step,
            self.athlete.bodyweight if self.athlete is not None else None,
            lift_effort=self.lift_effort,
            round_down=lambda load: self.gym.round(load, exercise),
            heaviest=self.gym.heaviest(exercise),
        )
        window = self._window(date)

        def trial(candidate: Sequence[Set]) -> tuple[Finding, ...]:
            # The rules of single sets first, without the history (cheap); the whole policy
            # with the history only for sets those accept.
            session = Session(date, sets=[*prior, *candidate], name=name, setup=self.setup)
            quick = check(session, athlete=self.trial_athlete, history=(), policy=self.quick)
            refused = self._blocking(quick)
            if refused:
                return refused
            if self.history_free and not any(
                overload.is_overload(s, bodyweight=maker.bodyweight) is not False for s in candidate
            ):
                return ()  # no overload: the history rules have nothing new to say
            return judge(candidate)

        def judge(candidate: Sequence[Set]) -> tuple[Finding, ...]:
            """Every finding of the whole policy that refuses ``candidate``."""
            session = Session(date, sets=[*prior, *candidate], name=name, setup=self.setup)
            report = check(session, athlete=self.trial_athlete, history=window, policy=self.policy)
            return self._blocking(report)

        return self._choose(item, state, maker, trial, judge, week, day_index, date)

    # -- primers --------------------------------------------------------------------------------

    def _overloaded(self, session: Session) -> frozenset[Muscle]:
        """The muscle groups ``session`` gives eccentric overload (cached)."""
        key = id(session)
        if key not in self._muscles:
            bodyweight = self.athlete.bodyweight if self.athlete is not None else None
            self._muscles[key] = frozenset(
                muscle
                for item in session.sets
                if overload.is_overload(item, bodyweight=bodyweight)
                for muscle in item.exercise.muscles
            )
            self._keep.append(session)
        return self._muscles[key]

    def _prime(self, session: Session) -> None:
        """Plan primers for the muscle groups ``session`` exposes to overload the first time."""
        fresh = set(self._overloaded(session))
        gap = param(self.policy, "NEG304", "gap_days")
        days = float(gap) if isinstance(gap, (int, float)) else 21.0
        since = shift_date(session.date, -math.ceil(days))
        for earlier in (*self.done, *self.generated):
            if earlier is session or not since <= earlier.date <= session.date:
                continue
            fresh -= self._overloaded(earlier)
            if not fresh:
                return
        light = self._eccentric_only(session)
        history = tuple(s for s in self._window(session.date) if s is not light)
        report = check(session, athlete=self.trial_athlete, history=history, policy=self.policy)
        needs: dict[Muscle, int] = {}
        for finding in report.findings:
            if finding.code != "NEG304" or finding.ctx.get("muscle") is None:
                continue
            loc = finding.loc  # ("sets", k): one session checked; NEG304 points at a set
            if len(loc) >= 2 and loc[0] == "sets" and isinstance(loc[1], int):  # pragma: no branch
                needs.setdefault(Muscle(str(finding.ctx["muscle"])), loc[1])
        if not needs:
            return
        bodyweight = self.athlete.bodyweight if self.athlete is not None else None
        doses = {d.muscle: d for d in primers.primer_dose(session, bodyweight=bodyweight)}
        covered: set[Muscle] = set()
        for muscle, index in needs.items():
            dose_ = doses.get(muscle)
            if dose_ is None or muscle in covered:
                continue  # the volume is unknown (a limit says so), or primed already
            heavy = session.sets[index]
            # One primer set per exercise, for every muscle group of it that needs one: dosed
            # for the one with the least volume (a set primes all of its muscle groups).
            shared = [m for m in heavy.exercise.muscles if m in needs and m in doses]
            dose_ = min((doses[m] for m in shared), key=lambda d: d.heavy_volume.kg)
            covered.update(shared)
            day = primer_day(session.date, self.program.days, self.last_done)
            maximum, source = self.maxima.get(heavy.exercise.id, (None, ""))
            bodyweight = self.athlete.bodyweight if self.athlete is not None else None
            made = primer_set(
                heavy, dose_, muscle, session.date, self.gym, bodyweight, maximum, source
            )
            if day is None or made is None:
                self._limit(
                    f"no primer could be planned for the {muscle.value.replace('_', ' ')} "
                    f"before {_day(session.date)}"
                    + (
                        ": no training day 2-7 days before it is still to come"
                        if day is None
                        else ": even one light rep would be more than a quarter of the "
                        "heavy session's volume"
                    ),
                    "NEG304",
                    heavy.exercise,
                    session.date,
                )
                continue
            self._add_primer(day, made)

    def _add_primer(self, day: dt.date, item: Set) -> None:
        name = f"{self.program.name} primer"
        existing = self.primed.get(day)
        if existing is not None:
            self.generated.remove(existing)
            session = attrs.evolve(existing, sets=(*existing.sets, item))
        else:
            session = Session(
                day,
                sets=[item],
                name=name,
                setup=self.setup,
                notes="light eccentric work before a first heavy session (a primer)",
            )
        self.primed[day] = session
        self.generated.append(session)

    # -- the end --------------------------------------------------------------------------------

    def _gym_caps(self, sessions: Sequence[Session]) -> None:
        """A limit for each exercise planned at the heaviest dumbbell or stack position.

        `Gym.round` gives the heaviest for anything above it, so a slot there stops rising
        whatever its progression asks: said once, from the first session at it.
        """
        said: set[str] = set()
        for session in sessions:
            for item in session.sets:
                exercise = item.exercise
                heaviest = self.gym.heaviest(exercise)
                if (
                    heaviest is None
                    or item.load is None
                    or exercise.id in said
                    or not (item.load > heaviest or item.load.isclose(heaviest))
                ):
                    continue
                said.add(exercise.id)
                kind = (
                    "dumbbell the gym has (Gym.dumbbells)"
                    if exercise.equipment in _IMPLEMENTS
                    else "position of the gym's machine stacks (Gym.stack)"
                )
                self.limits.append(
                    Limit(
                        f"{exercise.name} from {_day(session.date)}: "
                        f"{fmt_number(heaviest.value)} {heaviest.unit.value} is the heaviest "
                        f"{kind}: no heavier load can be planned, whatever the progression "
                        "asks (give the gym's own equipment if it has heavier)",
                        None,
                        (exercise.id,),
                        session.date,
                    )
                )

    def _finish(self) -> ProgramPlan:
        primers_ = {id(s) for s in self.primed.values()}
        sessions = sorted(self.generated, key=lambda s: (s.date, 0 if id(s) in primers_ else 1))
        place = {id(session): index for index, session in enumerate(sessions)}
        adjustments = []
        for entry in self.pending:
            loc: tuple[str | int, ...] = ()
            if entry.session is not None and id(entry.session) in place:
                loc = ("sessions", place[id(entry.session)], "sets", entry.set_index)
            adjustments.append(attrs.evolve(entry.adjustment, loc=loc))
        self._gym_caps(sessions)
        report = check(
            sessions,
            athlete=self.athlete,
            history=self.done if self.history_known else None,
            policy=self.policy,
        )
        return ProgramPlan(
            tuple(sessions),
            report,
            tuple(adjustments),
            tuple(dict.fromkeys(self.limits)),
            tuple(self.stalls),
        )

"""The numbers behind the figures, without matplotlib.

Every figure of `negatives.plot` and every chart of the HTML report (`negatives.reporting`) is
drawn from these values, which come from the library's own calculations (`Set.expand`,
`negatives.analysis.summarize`, `negatives.strength.one_rep_max`); nothing is computed twice
in two ways. Apps that draw with another chart library can use them directly.
"""

from __future__ import annotations

import datetime as dt
import warnings
from collections.abc import Iterable, Sequence
from typing import Literal, TypeAlias

import attrs

from .. import analysis, strength
from .._checks import describe
from ..errors import NegativesWarning, Problem, ValidationError
from ..model import Athlete, Exercise, Rep, Session, Set, SetType, TrainingLog
from ..safety import Finding, Report
from ..strength import Formula
from ..tempo import Phase
from ..units import Load, Unit

__all__ = [
    "Grouping",
    "PhaseSegment",
    "Sessions",
    "FindingMark",
    "StrengthHistory",
    "TrendPoint",
    "WeekVolume",
    "e1rm_history",
    "finding_marks",
    "log_bodyweight",
    "main_unit",
    "phase_segments",
    "session_tuple",
    "week_range",
    "weekly_volumes",
]

Sessions: TypeAlias = Session | TrainingLog | Iterable[Session]
"""What the weekly and trend functions accept: a session, a training log or sessions."""

Grouping: TypeAlias = Literal["muscle", "body_part", "all"]
"""How weekly volume is split: by primary muscle group, by body part, or not at all."""

_GROUPINGS = ("muscle", "body_part", "all")


# -- input ----------------------------------------------------------------------------------------


def session_tuple(subject: Sessions, argument: str = "sessions") -> tuple[Session, ...]:
    """The sessions of ``subject``, in the order given (a `TypeError` for anything else)."""
    if isinstance(subject, Session):
        return (subject,)
    if isinstance(subject, TrainingLog):
        return subject.sessions
    if isinstance(subject, (str, bytes, Set)) or not isinstance(subject, Iterable):
        raise TypeError(
            f"{argument} must be a Session, a TrainingLog or an iterable of sessions, "
            f"got {describe(subject)}"
        )
    sessions = tuple(subject)
    for index, item in enumerate(sessions):
        if not isinstance(item, Session):
            raise TypeError(f"{argument}[{index}] must be a Session, got {describe(item)}")
    return sessions


def log_bodyweight(subject: Sessions, bodyweight: Load | None) -> Load | None:
    if bodyweight is None and isinstance(subject, TrainingLog) and subject.athlete is not None:
        return subject.athlete.bodyweight
    return bodyweight


def main_unit(sets: Iterable[Set]) -> Unit:
    """The unit most of ``sets`` were logged in (kg on a tie or when there are none)."""
    counts = {Unit.KG: 0, Unit.LB: 0}
    for item in sets:
        counts[item.load.unit] += 1
    return Unit.LB if counts[Unit.LB] > counts[Unit.KG] else Unit.KG


def _unit(unit: Unit | str | None, sets: Iterable[Set]) -> Unit:
    return main_unit(sets) if unit is None else Unit.parse(unit)


# -- the phase timeline ---------------------------------------------------------------------------


@attrs.frozen
class PhaseSegment:
    """One phase of one repetition, placed on the set's time axis.

    Attributes:
        rep: the repetition, counted from 1.
        phase: eccentric, isometric or concentric.
        start, end: seconds from the start of the set (rests between reps are not known and
            not drawn: reps follow each other).
        load: the resistance of the phase: external load plus any bodyweight share.
        assistance: the help a partner or device gives in this phase; ``None`` when help was
            given but not measured.
        athlete: what the athlete moves: ``load - assistance`` (``None`` when the help is
            unknown).
        limbs: the limbs doing the work (the 2/1 technique lowers with one).
    """

    rep: int
    phase: Phase
    start: float
    end: float
    load: Load
    assistance: Load | None
    athlete: Load | None
    limbs: int = 2

    @property
    def seconds(self) -> float:
        """How long the phase lasts."""
        return self.end - self.start


def phase_segments(
    set_or_rep: Set | Rep, *, bodyweight: Load | None = None, unit: Unit | str | None = None
) -> tuple[PhaseSegment, ...]:
    """The phases of every repetition of a set (or of one rep), end to end in time.

    Phases of zero seconds (a ``0`` pause in ``"4-0-2-0"``) take no time and are left out.

    Args:
        set_or_rep: a `Set` (its reps come from `Set.expand`, so a partner's help growing rep
            by rep is kept) or one `Rep`.
        bodyweight: the athlete's bodyweight, for bodyweight exercises (pull-ups, dips).
        unit: the unit of the loads (default: the unit the set's load is written in).

    Raises:
        ValidationError: a phase has no duration (the set has no tempo; nothing is invented),
            or a bodyweight exercise's resistance is unknown (give ``bodyweight``).
        TypeError: ``set_or_rep`` is neither a `Set` nor a `Rep`.

    Examples:
        >>> import negatives as neg
        >>> curl = neg.catalog.lookup("barbell-curl")
        >>> s = neg.Set(curl, reps=2, load=neg.kg(40), tempo="4-0-2-0")
        >>> [(p.rep, p.phase.value, p.start, p.end) for p in phase_segments(s)]
        [(1, 'concentric', 0.0, 2.0), (1, 'eccentric', 2.0, 6.0), (2, 'concentric', 6.0, 8.0), (2, 'eccentric', 8.0, 12.0)]
    """  # noqa: E501
    if isinstance(set_or_rep, Set):
        reps = set_or_rep.expand(bodyweight=bodyweight)
        target = Unit.parse(unit) if unit is not None else set_or_rep.load.unit
        name = f"{set_or_rep.exercise.name!r}"
        detailed = set_or_rep.rep_detail is not None
        if not detailed and set_or_rep.tempo is None:
            raise ValidationError.single(
                "tempo",
                f"the set of {name} has no tempo, so its phases have no durations to draw; "
                "give the set a tempo (e.g. tempo='4-0-2-0', 'two up, four down'): durations "
                "are never invented",
                "phase_timeline",
            )
    elif isinstance(set_or_rep, Rep):
        reps = (set_or_rep,)
        target = Unit.parse(unit) if unit is not None else set_or_rep.phases[0].load.unit
        name = "the rep"
        detailed = True
    else:
        raise TypeError(f"set_or_rep must be a Set or a Rep, got {describe(set_or_rep)}")
    segments: list[PhaseSegment] = []
    clock = 0.0
    for number, rep in enumerate(reps, start=1):
        for index, phase in enumerate(rep.phases):
            if phase.seconds is None:
                where = f"rep {number}, phase {index + 1} ({phase.phase.value})"
                loc: tuple[str | int, ...] = (
                    ("rep_detail", number - 1, "phases", index, "seconds")
                    if detailed and isinstance(set_or_rep, Set)
                    else ("seconds",)
                )
                raise ValidationError(
                    [
                        Problem(
                            loc,
                            f"{where} of {name} has no duration; a timeline needs every "
                            "phase's seconds (give the rep a tempo): durations are never "
                            "invented",
                        )
                    ],
                    "phase_timeline",
                )
            resistance = phase.resistance
            if resistance is None:
                if bodyweight is not None or (
                    isinstance(set_or_rep, Set) and not set_or_rep.exercise.bodyweight_fraction
                ):
                    raise ValidationError.single(
                        "assistance",
                        f"the help given on {name} is more than the load and no bodyweight "
                        "share makes up the difference, so the load of each phase is unknown; "
                        "check the set's load and assistance",
                        "phase_timeline",
                    )
                raise ValidationError.single(
                    "bodyweight",
                    f"{name} moves bodyweight and the bodyweight is unknown, so the load of "
                    "each phase is unknown; pass bodyweight=",
                    "phase_timeline",
                )
            if phase.seconds == 0:
                continue
            athlete = phase.athlete_load
            segments.append(
                PhaseSegment(
                    rep=number,
                    phase=phase.phase,
                    start=clock,
                    end=clock + phase.seconds,
                    load=resistance.to(target),
                    assistance=None if phase.assistance is None else phase.assistance.to(target),
                    athlete=None if athlete is None else athlete.to(target),
                    limbs=phase.limbs,
                )
            )
            clock += phase.seconds
    return tuple(segments)


# -- weekly volume --------------------------------------------------------------------------------


@attrs.frozen
class WeekVolume:
    """The working sets of one group in one week, summarised by `negatives.analysis`.

    Attributes:
        group: a muscle group (``"chest"``), a body part (``"arms"``) or ``"all"``.
        week: the first day of the week.
        summary: `negatives.analysis.summarize` of those sets: ``athlete_eccentric_volume``
            and ``athlete_concentric_volume`` are the bars of the weekly chart.
    """

    group: str
    week: dt.date
    summary: analysis.Summary


def _groups_of(item: Set, by: Grouping) -> tuple[str, ...]:
    if by == "muscle":
        return tuple(m.value for m in item.exercise.muscles)
    if by == "body_part":
        return tuple(p.value for p in item.exercise.body_parts)
    return ("all",)


def _check_by(by: object) -> Grouping:
    if by not in _GROUPINGS:
        raise ValidationError.single(
            "by", f"must be one of {', '.join(map(repr, _GROUPINGS))}, got {by!r}", "weekly_load"
        )
    return by  # type: ignore[return-value]


def weekly_volumes(
    sessions: Sessions,
    *,
    by: Grouping = "muscle",
    unit: Unit | str | None = None,
    bodyweight: Load | None = None,
    first_weekday: int = 0,
) -> tuple[WeekVolume, ...]:
    """Each group's working sets per week, summarised.

    Working sets only (warm-ups are left out, as in the sets-per-muscle counts). With
    ``by="muscle"`` a set counts for each *primary* muscle group of its exercise (a bench press
    for the chest, not the triceps), so the groups' volumes add up to more than the total;
    ``by="body_part"`` uses the body parts of the primary muscles; ``by="all"`` one group.
    Sets of exercises without muscle groups (custom exercises) are only in ``"all"``.

    Args:
        sessions: sessions, a session or a training log (whose athlete's bodyweight is used).
        by: ``"muscle"``, ``"body_part"`` or ``"all"``.
        unit: the unit of the volumes (default: the unit most sets were logged in).
        bodyweight: for bodyweight exercises.
        first_weekday: 0 = weeks start on Monday (ISO) ... 6 = Sunday.

    Returns:
        One `WeekVolume` per group and week with sets, groups in order of their total volume
        (largest first), weeks in date order.
    """
    grouping = _check_by(by)
    items = session_tuple(sessions)
    weight = log_bodyweight(sessions, bodyweight)
    target = _unit(unit, (s for session in items for s in session.sets))
    cells: dict[str, dict[dt.date, list[Set]]] = {}
    for session in items:
        week = analysis.week_start(session.date, first_weekday=first_weekday)
        for item in session.sets:
            if item.set_type is SetType.WARMUP:
                continue
            for group in _groups_of(item, grouping):
                cells.setdefault(group, {}).setdefault(week, []).append(item)
    volumes = {
        group: [
            WeekVolume(group, week, analysis.summarize(sets, unit=target, bodyweight=weight))
            for week, sets in sorted(weeks.items())
        ]
        for group, weeks in cells.items()
    }
    order = sorted(volumes, key=lambda g: (-sum(w.summary.volume.value for w in volumes[g]), g))
    return tuple(week for group in order for week in volumes[group])


def week_range(weeks: Iterable[dt.date]) -> tuple[dt.date, ...]:
    """Every week from the first to the last of ``weeks``, gaps included (a week off shows)."""
    known = sorted(set(weeks))
    if not known:
        return ()
    count = (known[-1] - known[0]).days // 7 + 1
    return tuple(known[0] + dt.timedelta(days=7 * i) for i in range(count))


@attrs.frozen
class FindingMark:
    """A safety finding placed on the week (and groups) it concerns.

    Attributes:
        finding: the finding.
        week: the first day of the week of the session it points at; ``None`` for a finding
            about the whole plan.
        groups: the groups of the set it points at; empty when it points at a session (it
            concerns every group of that week).
        session: the session it points at, if any.
        set: the set it points at, if any.
    """

    finding: Finding
    week: dt.date | None
    groups: tuple[str, ...]
    session: Session | None = None
    set: Set | None = None


def _findings(findings: Report | Iterable[Finding]) -> tuple[Finding, ...]:
    if isinstance(findings, Report):
        return findings.findings
    if isinstance(findings, (str, bytes)) or not isinstance(findings, Iterable):
        raise TypeError(f"findings must be a safety Report or findings, got {describe(findings)}")
    out = tuple(findings)
    for index, item in enumerate(out):
        if not isinstance(item, Finding):
            raise TypeError(f"findings[{index}] must be a Finding, got {describe(item)}")
    return out


def finding_marks(
    sessions: Sessions,
    findings: Report | Iterable[Finding],
    *,
    by: Grouping = "muscle",
    first_weekday: int = 0,
) -> tuple[FindingMark, ...]:
    """Where each finding of a safety check belongs on the weekly chart.

    ``findings`` must come from `negatives.safety.check` over the *same* sessions in the same
    order: a finding's location (``$.sessions[3].sets[1]``) indexes them.

    Raises:
        ValidationError: a finding points at a session or set that ``sessions`` does not have
            (the findings came from other sessions).
    """
    grouping = _check_by(by)
    items = session_tuple(sessions)
    marks = []
    for finding in _findings(findings):
        loc = finding.loc
        if loc[:1] == ("sessions",) and len(loc) >= 2 and isinstance(loc[1], int):
            session_index: int | None = loc[1]
            rest = loc[2:]
        elif len(items) == 1:  # a check of one session: locations start at its sets
            session_index, rest = 0, loc
        else:
            session_index, rest = None, ()
        if session_index is None:
            marks.append(FindingMark(finding, None, ()))
            continue
        if not 0 <= session_index < len(items):
            raise ValidationError.single(
                "findings",
                f"{finding.code} at {finding.where} points at session {session_index}, but "
                f"there are {len(items)} sessions: pass the sessions that were checked",
                "weekly_load",
            )
        session = items[session_index]
        week = analysis.week_start(session.date, first_weekday=first_weekday)
        if rest[:1] == ("sets",) and len(rest) >= 2 and isinstance(rest[1], int):
            if not 0 <= rest[1] < len(session.sets):
                raise ValidationError.single(
                    "findings",
                    f"{finding.code} at {finding.where} points at set {rest[1]} of a session "
                    f"with {len(session.sets)} sets: pass the sessions that were checked",
                    "weekly_load",
                )
            item = session.sets[rest[1]]
            marks.append(FindingMark(finding, week, _groups_of(item, grouping), session, item))
        else:
            marks.append(FindingMark(finding, week, (), session))
    return tuple(marks)


# -- strength over time ---------------------------------------------------------------------------


@attrs.frozen
class TrendPoint:
    """The best estimated 1RM of one training day, and the 1RM the log gives on that day.

    Attributes:
        date: the day.
        e1rm: the day's estimate (`negatives.strength.one_rep_max` over that day's sets).
        set: the set it came from.
        current: the 1RM estimated from the log on that day: the best day's estimate over the
            window ending that day (``window_days``), which is what
            `negatives.strength.one_rep_max` answers from the history up to that day; days
            whose estimate is rough count only when the window has no other.
        rough: the day's estimate came from a set of more than 10 reps (no set of 10 or fewer
            that day): the equations are validated up to about 10 reps (Reynolds et al. 2006).
    """

    date: dt.date
    e1rm: Load
    set: Set
    current: Load
    rough: bool = False


@attrs.frozen
class StrengthHistory:
    """Estimated and tested 1RMs of one exercise over time.

    Attributes:
        exercise: the exercise.
        unit: the unit of every load.
        formula: the 1RM equation used.
        points: one `TrendPoint` per day with a usable set, in date order.
        tested: the athlete's tested 1RM, if any, with its date (``None``: undated).
        days_without_estimate: days the exercise was logged but no set could give an estimate
            (only warm-ups, only assisted or overload sets, a bodyweight exercise without the
            bodyweight), with the reason of the first one in ``reason``.
        reason: why the first of those days gave no estimate.
        window_days: the window of each point's ``current`` 1RM.
    """

    exercise: Exercise
    unit: Unit
    formula: Formula
    points: tuple[TrendPoint, ...]
    tested: tuple[tuple[dt.date | None, Load], ...] = ()
    days_without_estimate: int = 0
    reason: str = ""
    window_days: int = strength.DEFAULT_WINDOW_DAYS


def _find_exercise(items: Sequence[Session], exercise: Exercise | str) -> Exercise:
    if isinstance(exercise, Exercise):
        wanted = exercise.id
    elif isinstance(exercise, str) and exercise.strip():
        wanted = exercise
    else:
        raise TypeError(f"exercise must be an Exercise or an exercise id, got {describe(exercise)}")
    counts: dict[str, int] = {}
    for session in items:
        for item in session.sets:
            if item.exercise.id == wanted:
                return item.exercise
            counts[item.exercise.id] = counts.get(item.exercise.id, 0) + 1
    logged = sorted(counts, key=lambda k: (-counts[k], k))[:8]
    hint = f" (most logged: {', '.join(logged)})" if logged else " (the sessions have no sets)"
    raise ValidationError.single(
        "exercise", f"no sets of {wanted!r} in the sessions{hint}", "strength_trend"
    )


def e1rm_history(
    sessions: Sessions,
    exercise: Exercise | str,
    *,
    athlete: Athlete | None = None,
    formula: Formula = "consensus",
    unit: Unit | str | None = None,
    window_days: int = strength.DEFAULT_WINDOW_DAYS,
) -> StrengthHistory:
    """The best estimated 1RM of each training day, the log's 1RM on it, and the tested 1RM.

    Each day's estimate is `negatives.strength.one_rep_max` over that day's sets alone, by its
    rules: working sets the athlete lifted unaided (warm-ups, partner-assisted, negative-only,
    2/1 and accentuated sets do not count), sets of at most 10 reps first. Each point's
    ``current`` 1RM is the best of those over the ``window_days`` ending that day — the 1RM
    `one_rep_max` gives from the log up to that day, which prescriptions use when there is no
    tested 1RM. Sets short of failure underestimate, so both are floors, not measurements.

    Args:
        sessions: sessions, a session or a training log (whose athlete is used by default).
        exercise: the exercise or its id.
        athlete: for the bodyweight of bodyweight exercises and the tested 1RM
            (``concentric_1rm`` and its date).
        formula: the 1RM equation (default the consensus of seven).
        unit: the unit of the loads (default: the unit most of the exercise's sets use).
        window_days: how many days back the ``current`` 1RM looks (as `one_rep_max`).

    Raises:
        ValidationError: the sessions have no set of ``exercise``.
    """
    items = session_tuple(sessions)
    if athlete is None and isinstance(sessions, TrainingLog):
        athlete = sessions.athlete
    if isinstance(window_days, bool) or not isinstance(window_days, int) or window_days < 1:
        raise ValidationError.single(
            "window_days", f"must be a whole number of days >= 1, got {window_days!r}",
            "strength_trend",
        )  # fmt: skip
    found = _find_exercise(items, exercise)
    days: dict[dt.date, list[Session]] = {}
    for session in items:
        if any(item.exercise.id == found.id for item in session.sets):
            days.setdefault(session.date, []).append(session)
    target = _unit(
        unit,
        (item for group in days.values() for s in group for item in s.sets
         if item.exercise.id == found.id),
    )  # fmt: skip
    # Estimates from the log only: a tested 1RM would win over every day's sets.
    lifter = (
        None
        if athlete is None
        else attrs.evolve(athlete, concentric_1rm={}, concentric_1rm_dates={})
    )
    days_best: list[tuple[dt.date, Load, Set, bool]] = []
    skipped = 0
    reason = ""
    for day in sorted(days):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", NegativesWarning)
            try:
                estimate = strength.one_rep_max(
                    found, athlete=lifter, history=days[day], as_of=day, window_days=1,
                    formula=formula,
                )  # fmt: skip
            except ValidationError as error:
                skipped += 1
                message = error.problems[0].message
                if "bodyweight" not in message:
                    message = (
                        "no working set lifted without help (warm-ups, partner-assisted, "
                        "negative-only, 2/1 and accentuated sets give no estimate)"
                    )
                reason = reason or f"{day.isoformat()}: {message}"
                continue
        rough = any(issubclass(w.category, NegativesWarning) for w in caught)
        assert estimate.set is not None
        days_best.append((day, estimate.load.to(target), estimate.set, rough))
    points = []
    for index, (day, e1rm, item, rough) in enumerate(days_best):
        window = [
            d
            for d in days_best[: index + 1]
            if 0 <= (day - d[0]).days <= window_days  # as one_rep_max's window
        ]
        preferred = [d for d in window if not d[3]] or window
        current = max(preferred, key=lambda d: (d[1].value, d[0]))[1]
        points.append(TrendPoint(day, e1rm, item, current, rough))
    tested: tuple[tuple[dt.date | None, Load], ...] = ()
    if athlete is not None and found.id in athlete.concentric_1rm:
        tested = (
            (
                athlete.concentric_1rm_dates.get(found.id),
                athlete.concentric_1rm[found.id].to(target),
            ),
        )
    return StrengthHistory(
        found, target, formula, tuple(points), tested, skipped, reason, window_days
    )

"""Training volume, eccentric vs concentric work, time under tension and sets per muscle.

Every function takes a `Set`, a `Session`, a
`TrainingLog`, or any iterable of sets or sessions.

Definitions (stated, because apps differ):

* **Volume load** is the sum over repetitions of the resistance moved, where a repetition's
  resistance is the mean of its eccentric and concentric resistance. For an ordinary set that is
  ``reps x load``; a set with heavier lowering (weight releasers) counts both halves. The
  resistance is the total external load (both dumbbells of a pair) plus, for bodyweight
  exercises, the bodyweight share when the bodyweight is known.
* **Eccentric / concentric volume** sum each phase's resistance over repetitions; the
  **athlete's** volumes subtract the help a partner or device gave. Where that help was given
  but not measured (a partner-assisted set without ``rep_detail``), the athlete's volume of that
  phase is unknown for that set: it is left out and the set counted in
  ``sets_unknown_assistance``.
* **Time under tension** is the sum of phase durations. Sets without a tempo add nothing and are
  counted in ``sets_without_tempo``: unknown, not guessed.
* **Sets per muscle** counts working sets (warm-ups excluded): 1 for each primary muscle
  group, ``secondary_weight`` (default 0.5) for each secondary one.
* **Weeks** are ISO weeks (Monday first) unless ``first_weekday`` says otherwise.

Examples:
    >>> import datetime as dt
    >>> import negatives as neg
    >>> curl = neg.Exercise("barbell-curl", "Barbell Curl", muscles=["biceps"],
    ...                     secondary_muscles=["forearms"])
    >>> day = neg.Session(dt.date(2026, 11, 23), sets=[
    ...     neg.Set(curl, reps=8, load=neg.kg(40), tempo="4-0-2-0"),
    ...     neg.Set(curl, reps=8, load=neg.kg(40)),
    ... ])
    >>> s = neg.analysis.summarize(day)
    >>> s.volume, s.time_under_tension, s.sets_without_tempo
    (Load(640.0, 'kg'), 48.0, 1)
    >>> {muscle.value: sets for muscle, sets in s.sets_per_muscle.items()}
    {'biceps': 2.0, 'forearms': 1.0}
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import NamedTuple, TypeAlias

import attrs

from ._frozen import FrozenDict
from .errors import ValidationError
from .model import Exercise, Method, Muscle, Session, Set, SetType, TrainingLog
from .units import Load, Unit

__all__ = [
    "DEFAULT_SECONDARY_WEIGHT",
    "Subject",
    "Summary",
    "WeekSummary",
    "by_week",
    "sets_per_muscle",
    "summarize",
    "time_under_tension",
    "volume",
    "week_start",
]

Subject: TypeAlias = Set | Session | TrainingLog | Iterable[Set | Session]
"""What the analysis functions accept."""

#: Weight of a set for its secondary muscle groups when counting sets per muscle. Fractional
#: counting of indirect sets at 0.5 is the convention of, e.g., Pelland et al. 2024 (SportRxiv,
#: "The resistance training dose-response"); low confidence, a convention rather than a finding.
DEFAULT_SECONDARY_WEIGHT = 0.5


@attrs.frozen
class Summary:
    """Totals over some sets, loads in ``unit``.

    Attributes:
        unit: the unit of every load below.
        sets: sets counted; ``reps``: repetitions.
        volume: volume load (see the module's definitions).
        eccentric_volume, concentric_volume: resistance summed per phase over reps.
        athlete_eccentric_volume, athlete_concentric_volume: the same, minus the help given.
        eccentric_share: athlete's eccentric over athlete's eccentric + concentric volume
            (``None`` when there is none).
        time_under_tension: seconds, over sets whose durations are known.
        sets_without_tempo: sets whose time under tension is unknown.
        sets_unknown_assistance: sets whose partner help was not measured.
        sets_missing_bodyweight: bodyweight-exercise sets counted without the bodyweight share.
        sets_per_muscle: working sets per muscle group (secondary muscles fractionally).
        sets_without_muscles: working sets of exercises with no known muscle groups.
        weeks: the same totals per week (empty for the weeks' own summaries and for bare sets).
    """

    unit: Unit
    sets: int
    reps: int
    volume: Load
    eccentric_volume: Load
    concentric_volume: Load
    athlete_eccentric_volume: Load
    athlete_concentric_volume: Load
    time_under_tension: float
    sets_without_tempo: int
    sets_unknown_assistance: int
    sets_missing_bodyweight: int
    sets_per_muscle: FrozenDict[Muscle, float]
    sets_without_muscles: int
    weeks: tuple[WeekSummary, ...] = ()

    @property
    def eccentric_share(self) -> float | None:
        """Share of the athlete's work done lowering, 0-1 (``None`` without any work)."""
        down = self.athlete_eccentric_volume.value
        total = down + self.athlete_concentric_volume.value
        return down / total if total > 0 else None


@attrs.frozen
class WeekSummary:
    """The `Summary` of one week, starting on ``start``."""

    start: dt.date
    summary: Summary


# -- accumulation ---------------------------------------------------------------------------------


class _Figures(NamedTuple):
    """What one set adds to the totals, in kg and seconds."""

    reps: int
    volume: float
    ecc: float
    con: float
    athlete_ecc: float | None  # None: help given but not measured
    athlete_con: float | None
    tut: float | None  # None: durations unknown
    missing_bw: bool
    muscles: tuple[tuple[Muscle, float], ...]  # empty for warm-ups
    no_muscles: bool


def _figures(
    item: Set,
    bodyweight: Load | None,
    muscle_weights: dict[Exercise, tuple[tuple[Muscle, float], ...]],
    secondary_weight: float,
) -> _Figures:
    exercise = item.exercise
    if item.set_type is SetType.WARMUP:
        muscles: tuple[tuple[Muscle, float], ...] = ()
        no_muscles = False
    else:
        weights = muscle_weights.get(exercise)
        if weights is None:
            weights = muscle_weights[exercise] = tuple(
                [(m, 1.0) for m in exercise.muscles]
                + [(m, secondary_weight) for m in exercise.secondary_muscles]
            )
        muscles = weights
        no_muscles = not exercise.muscles
    tut = item.time_under_tension
    if (
        item.rep_detail is None
        and item.assistance is None
        and item.method not in _DERIVED_DIFFERENTLY
    ):
        # Fast path: identical reps, same load both ways, no help.
        load = item.load.kg * exercise.load_multiplier
        missing_bw = False
        if exercise.bodyweight_fraction:
            if bodyweight is None:
                missing_bw = True
            else:
                load += bodyweight.kg * exercise.bodyweight_fraction
        work = load * item.reps
        return _Figures(
            item.reps, work, work, work, work, work, tut, missing_bw, muscles, no_muscles
        )
    volume = ecc_sum = con_sum = athlete_ecc = athlete_con = 0.0
    unknown_ecc = unknown_con = missing_bw = False
    for rep in item.expand(bodyweight=bodyweight):
        ecc, con = rep.eccentric, rep.concentric
        if ecc.bodyweight is None or con.bodyweight is None:
            missing_bw = True
        ecc_kg = _resistance_kg(ecc.load, ecc.bodyweight)
        con_kg = _resistance_kg(con.load, con.bodyweight)
        volume += (ecc_kg + con_kg) / 2
        ecc_sum += ecc_kg
        con_sum += con_kg
        down = _athlete_kg(ecc_kg, ecc.assistance)
        up = _athlete_kg(con_kg, con.assistance)
        if down is None:
            unknown_ecc = True
        else:
            athlete_ecc += down
        if up is None:
            unknown_con = True
        else:
            athlete_con += up
    return _Figures(
        item.reps,
        volume,
        ecc_sum,
        con_sum,
        None if unknown_ecc else athlete_ecc,
        None if unknown_con else athlete_con,
        tut,
        missing_bw,
        muscles,
        no_muscles,
    )


class _Totals:
    """Running sums in kg and seconds (only inside this module)."""

    __slots__ = (
        "athlete_con",
        "athlete_ecc",
        "con",
        "ecc",
        "missing_bw",
        "muscles",
        "no_muscles",
        "no_tempo",
        "reps",
        "sets",
        "tut",
        "unknown_assist",
        "volume",
    )

    def __init__(self) -> None:
        self.sets = self.reps = self.no_tempo = self.unknown_assist = 0
        self.missing_bw = self.no_muscles = 0
        self.volume = self.ecc = self.con = self.athlete_ecc = self.athlete_con = 0.0
        self.tut = 0.0
        self.muscles: dict[Muscle, float] = {}

    def add(self, f: _Figures) -> None:
        self.sets += 1
        self.reps += f.reps
        self.volume += f.volume
        self.ecc += f.ecc
        self.con += f.con
        if f.athlete_ecc is None or f.athlete_con is None:
            self.unknown_assist += 1
        if f.athlete_ecc is not None:
            self.athlete_ecc += f.athlete_ecc
        if f.athlete_con is not None:
            self.athlete_con += f.athlete_con
        if f.tut is None:
            self.no_tempo += 1
        else:
            self.tut += f.tut
        self.missing_bw += f.missing_bw
        self.no_muscles += f.no_muscles
        muscles = self.muscles
        for muscle, weight in f.muscles:
            muscles[muscle] = muscles.get(muscle, 0.0) + weight

    def summary(self, unit: Unit, weeks: tuple[WeekSummary, ...] = ()) -> Summary:
        factor = unit.kg_factor

        def load(kg: float) -> Load:
            return Load(kg / factor, unit)

        return Summary(
            unit=unit,
            sets=self.sets,
            reps=self.reps,
            volume=load(self.volume),
            eccentric_volume=load(self.ecc),
            concentric_volume=load(self.con),
            athlete_eccentric_volume=load(self.athlete_ecc),
            athlete_concentric_volume=load(self.athlete_con),
            time_under_tension=self.tut,
            sets_without_tempo=self.no_tempo,
            sets_unknown_assistance=self.unknown_assist,
            sets_missing_bodyweight=self.missing_bw,
            sets_per_muscle=FrozenDict(dict(sorted(self.muscles.items()))),
            sets_without_muscles=self.no_muscles,
            weeks=weeks,
        )


_DERIVED_DIFFERENTLY = (Method.NEGATIVE_ONLY, Method.PARTNER_ASSISTED, Method.TWO_ONE)


def _resistance_kg(load: Load, bodyweight: Load | None) -> float:
    return load.kg + (bodyweight.kg if bodyweight is not None else 0.0)


def _athlete_kg(resistance_kg: float, assistance: Load | None) -> float | None:
    if assistance is None:
        return None
    return max(0.0, resistance_kg - assistance.kg)


def _iter(subject: Subject) -> Iterator[tuple[dt.date | None, Set]]:
    if isinstance(subject, Set):
        yield None, subject
    elif isinstance(subject, Session):
        for item in subject.sets:
            yield subject.date, item
    elif isinstance(subject, TrainingLog):
        for session in subject.sessions:
            for item in session.sets:
                yield session.date, item
    else:
        for index, element in enumerate(subject):
            if isinstance(element, Set):
                yield None, element
            elif isinstance(element, Session):
                for item in element.sets:
                    yield element.date, item
            else:
                raise ValidationError.single(
                    None,
                    f"item {index} is a {type(element).__name__}; analysis takes sets and sessions",
                )


def _bodyweight(subject: Subject, bodyweight: Load | None) -> Load | None:
    if bodyweight is None and isinstance(subject, TrainingLog) and subject.athlete is not None:
        return subject.athlete.bodyweight
    return bodyweight


# -- public functions ------------------------------------------------------------------------------


def week_start(day: dt.date, *, first_weekday: int = 0) -> dt.date:
    """The first day of the week holding ``day`` (``first_weekday``: 0 = Monday ... 6 = Sunday).

    Examples:
        >>> week_start(dt.date(2026, 11, 25))  # a Wednesday
        datetime.date(2026, 11, 23)
    """
    if not isinstance(first_weekday, int) or not 0 <= first_weekday <= 6:
        raise ValidationError.single(
            "first_weekday", f"must be 0 (Monday) to 6 (Sunday), got {first_weekday}"
        )
    return day - dt.timedelta(days=(day.weekday() - first_weekday) % 7)


def by_week(
    sessions: Iterable[Session], *, first_weekday: int = 0
) -> dict[dt.date, tuple[Session, ...]]:
    """Sessions grouped by the start of their week, in date order."""
    groups: dict[dt.date, list[Session]] = {}
    for session in sorted(sessions, key=lambda s: s.date):
        groups.setdefault(week_start(session.date, first_weekday=first_weekday), []).append(session)
    return {start: tuple(group) for start, group in groups.items()}


def summarize(
    subject: Subject,
    *,
    unit: Unit | str = Unit.KG,
    bodyweight: Load | None = None,
    secondary_weight: float = DEFAULT_SECONDARY_WEIGHT,
    first_weekday: int = 0,
) -> Summary:
    """Volume by phase, time under tension, sets per muscle group, overall and by week.

    ``bodyweight`` adds the bodyweight share of bodyweight exercises (a training log uses its
    athlete's bodyweight by default).
    """
    target = Unit.parse(unit)
    if not 0 <= secondary_weight <= 1:
        raise ValidationError.single(
            "secondary_weight", f"must be between 0 and 1, got {secondary_weight}"
        )
    weight = _bodyweight(subject, bodyweight)
    overall = _Totals()
    weekly: dict[dt.date, _Totals] = {}
    week_of: dict[dt.date, _Totals] = {}
    cache: dict[Exercise, tuple[tuple[Muscle, float], ...]] = {}
    for day, item in _iter(subject):
        figures = _figures(item, weight, cache, secondary_weight)
        overall.add(figures)
        if day is not None:
            totals = week_of.get(day)
            if totals is None:
                start = week_start(day, first_weekday=first_weekday)
                totals = weekly.get(start)
                if totals is None:
                    totals = weekly[start] = _Totals()
                week_of[day] = totals
            totals.add(figures)
    weeks = tuple(WeekSummary(start, weekly[start].summary(target)) for start in sorted(weekly))
    return overall.summary(target, weeks)


def volume(subject: Subject, *, unit: Unit | str = Unit.KG, bodyweight: Load | None = None) -> Load:
    """Volume load of ``subject`` in ``unit`` (kg by default).

    Examples:
        >>> import negatives as neg
        >>> squat = neg.Exercise("back-squat", "Back Squat", muscles=["quadriceps"])
        >>> volume([neg.Set(squat, reps=5, load=neg.lb(225))], unit="lb")
        Load(1125.0, 'lb')
    """
    target = Unit.parse(unit)
    weight = _bodyweight(subject, bodyweight)
    cache: dict[Exercise, tuple[tuple[Muscle, float], ...]] = {}
    total = 0.0
    for _, item in _iter(subject):
        total += _figures(item, weight, cache, DEFAULT_SECONDARY_WEIGHT).volume
    return Load(total / target.kg_factor, target)


def time_under_tension(subject: Subject) -> float:
    """Seconds under tension over the sets whose durations are known.

    Sets without a tempo add nothing; `summarize` says how many there were.
    """
    total = 0.0
    for _, item in _iter(subject):
        seconds = item.time_under_tension
        if seconds is not None:
            total += seconds
    return total


def sets_per_muscle(
    subject: Subject, *, secondary_weight: float = DEFAULT_SECONDARY_WEIGHT
) -> FrozenDict[Muscle, float]:
    """Working sets per muscle group: 1 per primary, ``secondary_weight`` per secondary."""
    return summarize(subject, secondary_weight=secondary_weight).sets_per_muscle

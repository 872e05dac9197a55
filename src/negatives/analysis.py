"""Training volume, eccentric vs concentric work, time under tension and sets per muscle.

Every function takes a `Set`, a `Session`, a
`TrainingLog`, or any iterable of sets or sessions.

Definitions (stated, because apps differ):

* **Volume load** is reps x load summed over sets, on one of three bases (`VolumeBasis`):

  - ``"logged"`` (the default): the weight exactly as the app wrote it, times reps; one
    dumbbell of a pair, the load of one side, a device's help counted as the negative weight
    Hevy logs for it. It equals the app's own total (and a spreadsheet's sum of weight x reps);
    apps that write an assisted exercise's help as a positive weight (Strong, JEFIT) total it
    as positive, so their totals differ from this by twice that help.
  - ``"external"``: the total external load moved: both dumbbells of a pair, both sides of a
    plate-loaded machine, and for a set with a heavier lowering (weight releasers) the mean of
    the eccentric and concentric loads of each repetition. Help is not load: it is left out.
  - ``"resistance"``: the external load plus, for bodyweight exercises, the share of bodyweight
    moved (when the bodyweight is known; sets without it are counted in
    ``sets_missing_bodyweight``): the resistance the muscles met.

* **Eccentric / concentric volume** sum each phase's resistance over repetitions; the
  **athlete's** volumes subtract the help a partner or device gave. Where that help was given
  but not measured (a partner-assisted set without ``rep_detail``), the athlete's volume of that
  phase is unknown for that set: it is left out and the set counted in
  ``sets_unknown_assistance``.
* **Time under tension** is the sum of phase durations over the sets whose durations are
  known (from a tempo or ``rep_detail``). Sets without a tempo add nothing and are counted in
  ``sets_without_tempo``; when no set has one, it is unknown (``None``), not zero.
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
    >>> s.volume, s.basis.value, s.time_under_tension, s.sets_without_tempo
    (Load(640.0, 'kg'), 'logged', 48.0, 1)
    >>> {muscle.value: sets for muscle, sets in s.sets_per_muscle.items()}
    {'biceps': 2.0, 'forearms': 1.0}
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Iterator
from enum import StrEnum
from typing import Any, NamedTuple, TypeAlias

import attrs

from ._checks import Checks, describe, fmt_number, shift_date, soft_enum
from ._frozen import FrozenDict
from .errors import ValidationError
from .model import Exercise, Method, Muscle, Session, Set, SetType, TrainingLog
from .units import Load, Unit, unit_argument

__all__ = [
    "DEFAULT_SECONDARY_WEIGHT",
    "Subject",
    "Summary",
    "VolumeBasis",
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


class VolumeBasis(StrEnum):
    """What a volume load counts as the load of a set (see the module's definitions)."""

    LOGGED = "logged"
    """The weight as the app wrote it (one dumbbell; help as a negative weight), x reps."""
    EXTERNAL = "external"
    """The total external load moved (both dumbbells, both sides), x reps."""
    RESISTANCE = "resistance"
    """The external load plus the bodyweight share of bodyweight exercises, x reps."""


def _to_unit(value: Unit | str) -> Unit:
    return soft_enum(Unit, value)  # type: ignore[no-any-return]


def _to_basis(value: VolumeBasis | str) -> VolumeBasis:
    return soft_enum(VolumeBasis, value)  # type: ignore[no-any-return]


def _muscle_map(value: Any) -> FrozenDict[Any, Any]:
    if isinstance(value, FrozenDict):
        return value
    try:
        return FrozenDict({soft_enum(Muscle, k): v for k, v in dict(value).items()})
    except (TypeError, ValueError):
        return value  # type: ignore[no-any-return]


def _weeks(value: Iterable[WeekSummary]) -> tuple[WeekSummary, ...]:
    return value if isinstance(value, tuple) else tuple(value)


def _share(summary: Summary) -> float | None:
    """The athlete's eccentric share of ``summary`` (``None`` when it has no work)."""
    down, up = summary.athlete_eccentric_volume, summary.athlete_concentric_volume
    if not isinstance(down, Load) or not isinstance(up, Load) or down.unit is not up.unit:
        return None  # the checks report the loads
    total = down.value + up.value
    return down.value / total if total > 0 else None


@attrs.frozen(kw_only=True)
class Summary:
    """Totals over some sets, loads in ``unit``: a document (``neg.to_json(summary)``).

    Attributes:
        unit: the unit of every load below.
        basis: what ``volume`` counts as a set's load: ``"logged"``, ``"external"`` or
            ``"resistance"`` (see `VolumeBasis`).
        sets: sets counted.
        reps: repetitions counted.
        volume: volume load, reps x load on ``basis``.
        eccentric_volume: the resistance (external load plus bodyweight share) summed over the
            eccentric phases.
        concentric_volume: the same over the concentric phases.
        athlete_eccentric_volume: the eccentric volume minus the help given (the athlete's
            own share).
        athlete_concentric_volume: the concentric volume minus the help given.
        time_under_tension: seconds, over the sets whose durations are known; ``None`` when no
            set's are (unknown, not zero).
        sets_without_tempo: sets whose time under tension is unknown.
        sets_unknown_assistance: sets whose partner help was not measured.
        sets_missing_bodyweight: bodyweight-exercise sets counted without the bodyweight share.
        sets_per_muscle: working sets per muscle group (secondary muscles fractionally).
        sets_without_muscles: working sets of exercises with no known muscle groups.
        first_day: the date of the first session counted (``None`` for bare sets).
        last_day: the date of the last session counted.
        weeks: the same totals per week (empty for the weeks' own summaries and for bare sets).
        per_muscle: for each primary muscle group, the summary of the working sets that train
            it (when asked for, see `summarize`).
        eccentric_share: the athlete's eccentric volume over their eccentric + concentric
            volume, 0-1 (``None`` without any work); derived from those two.

    Raises:
        ValidationError: every problem at once (for a document read from JSON): a count below
            0 or above ``sets``, a load in another unit, a time under tension that is not
            ``None`` exactly when no set's duration is known.
    """

    unit: Unit = attrs.field(converter=_to_unit)
    basis: VolumeBasis = attrs.field(converter=_to_basis)
    sets: int
    reps: int
    volume: Load
    eccentric_volume: Load
    concentric_volume: Load
    athlete_eccentric_volume: Load
    athlete_concentric_volume: Load
    time_under_tension: float | None
    sets_without_tempo: int
    sets_unknown_assistance: int
    sets_missing_bodyweight: int
    sets_per_muscle: FrozenDict[Muscle, float] = attrs.field(converter=_muscle_map)
    sets_without_muscles: int
    first_day: dt.date | None = None
    last_day: dt.date | None = None
    weeks: tuple[WeekSummary, ...] = attrs.field(default=(), converter=_weeks)
    per_muscle: FrozenDict[Muscle, Summary] = attrs.field(factory=FrozenDict, converter=_muscle_map)
    eccentric_share: float | None = attrs.field(default=attrs.Factory(_share, takes_self=True))

    def __attrs_post_init__(self) -> None:
        checks = Checks(self)
        checks.member("unit", self.unit, Unit)
        checks.member("basis", self.basis, VolumeBasis)
        sets_ok = checks.integer("sets", self.sets, ge=0)
        checks.integer("reps", self.reps, ge=0)
        for name in (
            "sets_without_tempo",
            "sets_unknown_assistance",
            "sets_missing_bodyweight",
            "sets_without_muscles",
        ):
            checks.integer(name, getattr(self, name), ge=0, le=self.sets if sets_ok else None)
        for name in (
            "volume",
            "eccentric_volume",
            "concentric_volume",
            "athlete_eccentric_volume",
            "athlete_concentric_volume",
        ):
            self._check_load(checks, name)
        tut = self.time_under_tension
        unknown = sets_ok and self.sets > 0 and self.sets_without_tempo == self.sets
        if tut is None:
            if not unknown:
                checks.fail(
                    "time_under_tension",
                    "must be a number of seconds when some set's duration is known",
                )
        elif checks.number("time_under_tension", tut, ge=0, unit="s") and unknown:
            checks.fail(
                "time_under_tension",
                f"must be None (unknown) when no set's duration is known, got {fmt_number(tut)} s",
            )
        self._check_muscles(checks)
        for name in ("first_day", "last_day"):
            day = getattr(self, name)
            if day is not None:
                checks.instance(name, day, dt.date, "a date")
        if (
            isinstance(self.first_day, dt.date)
            and isinstance(self.last_day, dt.date)
            and self.first_day > self.last_day
        ):
            checks.fail("last_day", f"must not be before first_day ({self.first_day})")
        for index, week in enumerate(self.weeks):
            if not isinstance(week, WeekSummary):
                checks.fail(("weeks", index), f"must be a WeekSummary, got {describe(week)}")
        share = self.eccentric_share
        if share is not None and checks.number("eccentric_share", share, ge=0, le=1):
            expected = _share(self)
            if expected is None or not math.isclose(share, expected, rel_tol=1e-9, abs_tol=1e-12):
                checks.fail(
                    "eccentric_share",
                    "must be athlete_eccentric_volume / (athlete_eccentric_volume + "
                    f"athlete_concentric_volume), {_shown(expected)}, got {fmt_number(share)}",
                )
        elif share is None and _share(self) is not None:
            checks.fail("eccentric_share", f"must be {_shown(_share(self))}, got None")
        checks.done()

    def _check_load(self, checks: Checks, name: str) -> None:
        load = getattr(self, name)
        if not checks.instance(name, load, Load, "a Load"):
            return
        if load.unit is not self.unit:
            checks.fail(name, f"must be in the summary's unit ({self.unit}), got {load}")
        elif load.value < 0 and not (name == "volume" and self.basis is VolumeBasis.LOGGED):
            # Only a logged volume holds negative weights (help logged as one).
            checks.fail(name, f"must be >= 0, got {load}")

    def _check_muscles(self, checks: Checks) -> None:
        for name, cls, what in (
            ("sets_per_muscle", float, "a number of sets"),
            ("per_muscle", Summary, "a Summary"),
        ):
            mapping = getattr(self, name)
            if not isinstance(mapping, FrozenDict):
                checks.fail(name, f"must be a mapping of muscle groups, got {describe(mapping)}")
                continue
            for key, value in mapping.items():
                loc = (name, str(getattr(key, "value", key)))
                if not isinstance(key, Muscle):
                    checks.member(loc, key, Muscle)
                elif cls is float:
                    checks.number(loc, value, ge=0)
                elif not isinstance(value, Summary):
                    checks.fail(loc, f"must be {what}, got {describe(value)}")


def _shown(share: float | None) -> str:
    return "None" if share is None else fmt_number(share)


@attrs.frozen
class WeekSummary:
    """The `Summary` of one week, starting on ``start``.

    Attributes:
        start: the first day of the week.
        summary: the totals of the sessions of that week.
    """

    start: dt.date
    summary: Summary

    def __attrs_post_init__(self) -> None:
        checks = Checks(self)
        checks.instance("start", self.start, dt.date, "a date")
        checks.instance("summary", self.summary, Summary, "a Summary")
        checks.done()


# -- accumulation ---------------------------------------------------------------------------------


class _Figures(NamedTuple):
    """What one set adds to the totals, in the summary's unit and seconds."""

    reps: int
    volume: float  # on the basis asked for
    ecc: float
    con: float
    athlete_ecc: float | None  # None: help given but not measured
    athlete_con: float | None
    tut: float | None  # None: durations unknown
    missing_bw: bool
    muscles: tuple[tuple[Muscle, float], ...]  # empty for warm-ups
    primary: tuple[Muscle, ...]  # empty for warm-ups
    no_muscles: bool


_MuscleCache = dict[Exercise, tuple[tuple[tuple[Muscle, float], ...], tuple[Muscle, ...]]]


def _factor(unit: Unit, target: Unit) -> float:
    """Multiplies a value in ``unit`` into ``target`` (exactly 1.0 for the same unit)."""
    return 1.0 if unit is target else unit.kg_factor / target.kg_factor


def _figures(
    item: Set,
    target: Unit,
    basis: VolumeBasis,
    bodyweight: Load | None,
    muscle_weights: _MuscleCache,
    secondary_weight: float,
) -> _Figures:
    exercise = item.exercise
    if item.set_type is SetType.WARMUP:
        muscles: tuple[tuple[Muscle, float], ...] = ()
        primary: tuple[Muscle, ...] = ()
        no_muscles = False
    else:
        known = muscle_weights.get(exercise)
        if known is None:
            known = muscle_weights[exercise] = (
                tuple(
                    [(m, 1.0) for m in exercise.muscles]
                    + [(m, secondary_weight) for m in exercise.secondary_muscles]
                ),
                exercise.muscles,
            )
        muscles, primary = known
        no_muscles = not exercise.muscles
    tut = item.time_under_tension
    load = item.load
    logged = load.value * _factor(load.unit, target)
    if item.assistance is not None:
        # Apps log a device's help as a negative weight: the as-logged load is the difference.
        logged -= item.assistance.value * _factor(item.assistance.unit, target)
    if (
        item.rep_detail is None
        and item.assistance is None
        and item.method not in _DERIVED_DIFFERENTLY
    ):
        # Fast path: identical reps, same load both ways, no help.
        external = logged * exercise.load_multiplier
        resistance = external
        missing_bw = False
        if exercise.bodyweight_fraction:
            if bodyweight is None:
                missing_bw = True
            else:
                share = bodyweight.value * _factor(bodyweight.unit, target)
                resistance += share * exercise.bodyweight_fraction
        reps = item.reps
        work = resistance * reps
        if basis is VolumeBasis.LOGGED:
            volume = logged * reps
        elif basis is VolumeBasis.EXTERNAL:
            volume = external * reps
        else:
            volume = work
        return _Figures(
            reps, volume, work, work, work, work, tut, missing_bw, muscles, primary, no_muscles
        )
    external_sum = resistance_sum = ecc_sum = con_sum = athlete_ecc = athlete_con = 0.0
    unknown_ecc = unknown_con = missing_bw = False
    for rep in item.expand(bodyweight=bodyweight):
        ecc, con = rep.eccentric, rep.concentric
        if ecc.bodyweight is None or con.bodyweight is None:
            missing_bw = True
        ecc_load = _value(ecc.load, target)
        con_load = _value(con.load, target)
        ecc_res = ecc_load + _value(ecc.bodyweight, target)
        con_res = con_load + _value(con.bodyweight, target)
        external_sum += (ecc_load + con_load) / 2
        resistance_sum += (ecc_res + con_res) / 2
        ecc_sum += ecc_res
        con_sum += con_res
        down = _athlete(ecc_res, ecc.assistance, target)
        up = _athlete(con_res, con.assistance, target)
        if down is None:
            unknown_ecc = True
        else:
            athlete_ecc += down
        if up is None:
            unknown_con = True
        else:
            athlete_con += up
    if basis is VolumeBasis.LOGGED:
        volume = logged * item.reps
    elif basis is VolumeBasis.EXTERNAL:
        volume = external_sum
    else:
        volume = resistance_sum
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
        primary,
        no_muscles,
    )


class _Totals:
    """Running sums in the summary's unit and seconds (only inside this module)."""

    __slots__ = (
        "athlete_con",
        "athlete_ecc",
        "con",
        "ecc",
        "first",
        "last",
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
        self.first: dt.date | None = None
        self.last: dt.date | None = None

    def add(self, f: _Figures, day: dt.date | None) -> None:
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
        if day is not None:
            if self.first is None or day < self.first:
                self.first = day
            if self.last is None or day > self.last:
                self.last = day

    def summary(
        self,
        unit: Unit,
        basis: VolumeBasis,
        weeks: tuple[WeekSummary, ...] = (),
        per_muscle: dict[Muscle, _Totals] | None = None,
    ) -> Summary:
        def load(value: float) -> Load:
            return Load(value, unit)

        by_muscle = FrozenDict(
            {
                muscle: totals.summary(unit, basis)
                for muscle, totals in sorted((per_muscle or {}).items())
            }
        )
        return Summary(
            unit=unit,
            basis=basis,
            sets=self.sets,
            reps=self.reps,
            volume=load(self.volume),
            eccentric_volume=load(self.ecc),
            concentric_volume=load(self.con),
            athlete_eccentric_volume=load(self.athlete_ecc),
            athlete_concentric_volume=load(self.athlete_con),
            time_under_tension=None if self.sets and self.no_tempo == self.sets else self.tut,
            sets_without_tempo=self.no_tempo,
            sets_unknown_assistance=self.unknown_assist,
            sets_missing_bodyweight=self.missing_bw,
            sets_per_muscle=FrozenDict(dict(sorted(self.muscles.items()))),
            sets_without_muscles=self.no_muscles,
            first_day=self.first,
            last_day=self.last,
            weeks=weeks,
            per_muscle=by_muscle,
        )


_DERIVED_DIFFERENTLY = (Method.NEGATIVE_ONLY, Method.PARTNER_ASSISTED, Method.TWO_ONE)


def _value(load: Load | None, target: Unit) -> float:
    if load is None:
        return 0.0
    return load.value * _factor(load.unit, target)


def _athlete(resistance: float, assistance: Load | None, target: Unit) -> float | None:
    if assistance is None:
        return None
    return max(0.0, resistance - _value(assistance, target))


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
    elif isinstance(subject, (str, bytes)) or not isinstance(subject, Iterable):
        raise TypeError(
            f"analysis takes a Set, a Session, a TrainingLog or an iterable of sets and "
            f"sessions, got {describe(subject)}"
        )
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
    if bodyweight is not None and not isinstance(bodyweight, Load):
        raise TypeError(f"bodyweight must be a Load or None, got {describe(bodyweight)}")
    if bodyweight is None and isinstance(subject, TrainingLog) and subject.athlete is not None:
        return subject.athlete.bodyweight
    return bodyweight


def _basis(basis: VolumeBasis | str) -> VolumeBasis:
    if isinstance(basis, VolumeBasis):
        return basis
    if not isinstance(basis, str):
        raise TypeError(f"basis must be a VolumeBasis or its name, got {describe(basis)}")
    try:
        return VolumeBasis(basis)
    except ValueError:
        allowed = ", ".join(repr(b.value) for b in VolumeBasis)
        raise ValidationError.single(
            "basis", f"must be one of {allowed}; got {describe(basis)}", "arguments"
        ) from None


# -- public functions ------------------------------------------------------------------------------


def week_start(day: dt.date, *, first_weekday: int = 0) -> dt.date:
    """The first day of the week holding ``day`` (``first_weekday``: 0 = Monday ... 6 = Sunday).

    Examples:
        >>> week_start(dt.date(2026, 11, 25))  # a Wednesday
        datetime.date(2026, 11, 23)
    """
    if not isinstance(first_weekday, int) or not 0 <= first_weekday <= 6:
        raise ValidationError.single(
            "first_weekday",
            f"must be 0 (Monday) to 6 (Sunday), got {describe(first_weekday)}",
            "arguments",
        )
    # The week of 0001-01-01 may begin before the calendar does: it begins with the calendar.
    return shift_date(day, -((day.weekday() - first_weekday) % 7))


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
    basis: VolumeBasis | str = VolumeBasis.LOGGED,
    bodyweight: Load | None = None,
    secondary_weight: float = DEFAULT_SECONDARY_WEIGHT,
    first_weekday: int = 0,
    per_muscle: bool = False,
) -> Summary:
    """Volume by phase, time under tension, sets per muscle group, overall and by week.

    Args:
        subject: a set, a session, a training log, or an iterable of sets and sessions.
        unit: the unit of every load of the summary.
        basis: what ``volume`` counts as a set's load (see `VolumeBasis`): ``"logged"`` (the
            default, as the app wrote it), ``"external"`` or ``"resistance"``.
        bodyweight: the athlete's bodyweight, for the bodyweight share of bodyweight exercises
            in the eccentric and concentric volumes and the ``"resistance"`` basis (a training
            log uses its athlete's by default).
        secondary_weight: what a set counts for its secondary muscle groups, 0-1.
        first_weekday: the first day of a week, 0 = Monday ... 6 = Sunday.
        per_muscle: also summarise, overall and per week, the working sets of each primary
            muscle group (`Summary.per_muscle`).

    Examples:
        >>> import negatives as neg
        >>> row = neg.Exercise("dumbbell-row", "Dumbbell Row", muscles=["lats"],
        ...                    equipment="dumbbell", load_convention="per_implement")
        >>> sets = [neg.Set(row, reps=10, load=neg.kg(30))]
        >>> summarize(sets).volume, summarize(sets, basis="external").volume
        (Load(300.0, 'kg'), Load(600.0, 'kg'))
    """
    target = unit_argument(unit)
    chosen = _basis(basis)
    if isinstance(secondary_weight, bool) or not isinstance(secondary_weight, (int, float)):
        raise TypeError(f"secondary_weight must be a number, got {describe(secondary_weight)}")
    if not 0 <= secondary_weight <= 1:
        raise ValidationError.single(
            "secondary_weight",
            f"must be between 0 and 1, got {describe(secondary_weight)}",
            "arguments",
        )
    if not isinstance(per_muscle, bool):
        raise TypeError(f"per_muscle must be True or False, got {describe(per_muscle)}")
    weight = _bodyweight(subject, bodyweight)
    overall = _Totals()
    weekly: dict[dt.date, _Totals] = {}
    week_of: dict[dt.date, dt.date] = {}
    muscles: dict[dt.date | None, dict[Muscle, _Totals]] = {}
    cache: _MuscleCache = {}
    for day, item in _iter(subject):
        figures = _figures(item, target, chosen, weight, cache, secondary_weight)
        overall.add(figures, day)
        start: dt.date | None = None
        if day is not None:
            start = week_of.get(day)
            if start is None:
                start = week_of[day] = week_start(day, first_weekday=first_weekday)
            totals = weekly.get(start)
            if totals is None:
                totals = weekly[start] = _Totals()
            totals.add(figures, day)
        if per_muscle and figures.primary:
            for key in (None, start) if start is not None else (None,):
                group = muscles.setdefault(key, {})
                for muscle in figures.primary:
                    part = group.get(muscle)
                    if part is None:
                        part = group[muscle] = _Totals()
                    part.add(figures, day)
    weeks = tuple(
        WeekSummary(start, weekly[start].summary(target, chosen, per_muscle=muscles.get(start)))
        for start in sorted(weekly)
    )
    return overall.summary(target, chosen, weeks, per_muscle=muscles.get(None))


def volume(
    subject: Subject,
    *,
    unit: Unit | str = Unit.KG,
    basis: VolumeBasis | str = VolumeBasis.LOGGED,
    bodyweight: Load | None = None,
) -> Load:
    """Volume load of ``subject`` in ``unit`` (kg by default), on ``basis``.

    ``"logged"`` (the default) is reps x the weight as the app wrote it, equal to the app's own
    total; ``"external"`` counts the total external load moved (both dumbbells of a pair);
    ``"resistance"`` adds the share of ``bodyweight`` moved in bodyweight exercises (a training
    log uses its athlete's). See the module's definitions.

    Examples:
        >>> import negatives as neg
        >>> squat = neg.Exercise("back-squat", "Back Squat", muscles=["quadriceps"])
        >>> volume([neg.Set(squat, reps=5, load=neg.lb(225))], unit="lb")
        Load(1125.0, 'lb')
        >>> chin = neg.Exercise("chin-up", "Chin-up", muscles=["lats"], bodyweight_fraction=1.0)
        >>> assisted = neg.Set(chin, reps=5, load=neg.kg(0), assistance=neg.kg(20))
        >>> volume(assisted), volume(assisted, basis="resistance", bodyweight=neg.kg(80))
        (Load(-100.0, 'kg'), Load(400.0, 'kg'))
    """
    target = unit_argument(unit)
    chosen = _basis(basis)
    weight = _bodyweight(subject, bodyweight)
    cache: _MuscleCache = {}
    total = 0.0
    for _, item in _iter(subject):
        total += _figures(item, target, chosen, weight, cache, DEFAULT_SECONDARY_WEIGHT).volume
    return Load(total, target)


def time_under_tension(subject: Subject) -> float | None:
    """Seconds under tension over the sets whose durations are known.

    Sets without a tempo add nothing (`summarize` says how many there were); when there are
    sets and none has a known duration, the time under tension is unknown: ``None``.

    Examples:
        >>> import negatives as neg
        >>> curl = neg.Exercise("barbell-curl", "Barbell Curl", muscles=["biceps"])
        >>> time_under_tension([neg.Set(curl, reps=8, load=neg.kg(40), tempo="3-0-1-0")])
        32.0
        >>> time_under_tension([neg.Set(curl, reps=8, load=neg.kg(40))]) is None
        True
    """
    total = 0.0
    known = sets = 0
    for _, item in _iter(subject):
        sets += 1
        seconds = item.time_under_tension
        if seconds is not None:
            known += 1
            total += seconds
    return None if sets and not known else total


def sets_per_muscle(
    subject: Subject, *, secondary_weight: float = DEFAULT_SECONDARY_WEIGHT
) -> FrozenDict[Muscle, float]:
    """Working sets per muscle group: 1 per primary, ``secondary_weight`` per secondary."""
    return summarize(subject, secondary_weight=secondary_weight).sets_per_muscle

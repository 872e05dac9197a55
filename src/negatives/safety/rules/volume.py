"""NEG3xx: rules about the volume and frequency of eccentric overload work.

Definitions shared by the rules:

* An **overload set** is a set in which the athlete lowers more than they lift
  (`negatives.overload.is_overload`: partner-assisted, negative-only, accentuated eccentric,
  2/1), computed from its loads, not from its label; every set of an eccentric-only exercise
  (the Nordic curl, `Exercise.eccentric_only`) is one, however it was logged, and counts by its
  reps. Flywheel sets are not overload sets here (their overload is not a bar load); tempo sets
  count for NEG301 only with ``count_tempo``.
* A set's **muscle groups** are its exercise's primary muscles (`Exercise.muscles`); its **body
  parts** are those muscles' `Muscle.body_part`. Secondary muscles are not counted.
* **Dates** are the sessions' local training days; intervals count calendar days (DOMAIN §5
  Calendar) and weeks start on Monday (ISO) unless a rule's ``first_weekday`` says otherwise.
* **History** sessions are earlier sessions, used as they are (their sets classified like the
  subject's), as far back as each rule looks; a history session equal to one of the subject's
  is that session, not an earlier one. All sessions are sorted by date (a history session
  comes before a plan session of the same day).
* **Volume** is the athlete's eccentric volume load in kg: the load they lower, summed over the
  reps (with the athlete's bodyweight for bodyweight exercises); a set's whole volume counts for
  each of its primary muscle groups. Without the bodyweight, a bodyweight exercise's volume is
  unknown: the rules that need it say so.
* A **primer** is light eccentric work (overload or tempo eccentrics) 2-7 days before an
  overload session, at most a quarter of its volume for the muscle group
  (`negatives.safety.primer`): it is not an overload session for NEG302 and NEG303, and it
  prepares the session for NEG304.

Sets whose overload status is unknown (a bodyweight exercise without the bodyweight) and
overload sets of exercises without muscle groups are listed as not checked.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Iterator, Sequence
from typing import NamedTuple

from ... import analysis, catalog, overload
from ..._checks import shift_date
from ...errors import Loc
from ...model import BodyPart, Exercise, MethodCategory, Muscle, Session, Set, SetType
from ...units import Load, kg
from .. import primer
from ..engine import Context, Finding, NotChecked, SetRef, Severity, days_between, fmt
from ._base import BuiltinRule, Example, number_param, unknown_lowering, whole_param

_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


# -- shared helpers -------------------------------------------------------------------------------


def _day(date: dt.date) -> str:
    """``Mon 2026-11-23``: a date as a coach reads it."""
    return f"{_WEEKDAYS[date.weekday()]} {date.isoformat()}"


def _name(value: Muscle | BodyPart) -> str:
    return value.value.replace("_", " ")


def _plural(count: int | float, word: str) -> str:
    return f"{fmt(count)} {word}{'' if count == 1 else 's'}"


def _unknown_reason(item: Set, bodyweight: Load | None, *, history: bool) -> str:
    why = unknown_lowering(item, bodyweight)
    if why == "no athlete bodyweight":
        why = "no bodyweight given"
    where = " in the history" if history else ""
    left_out = " (left out)" if history else ""
    return (
        f"{why}: cannot tell whether sets of {item.exercise.id!r}{where} are "
        f"eccentric overload{left_out}"
    )


def _unmapped_reason(exercise: Exercise, *, history: bool) -> str:
    if history:
        return f"unmapped exercise {exercise.id!r} in the history: muscles unknown (left out)"
    return f"unmapped exercise {exercise.id!r}: muscles unknown"


def _volume_kg(item: Set, bodyweight: Load | None) -> float | None:
    """The athlete's eccentric volume of a set in kg (``None`` when a load is unknown)."""
    return primer._set_volume_kg(item, bodyweight)


class _Hit(NamedTuple):
    """One overload set's work for one of its muscle groups."""

    muscle: Muscle
    loc: Loc | None  # None: a set of a history session
    volume: float | None  # kg; None: unknown (no bodyweight)
    reps: int


class _Day:
    """A session with its eccentric work, on the timeline of history and subject."""

    __slots__ = ("_by_muscle", "_light", "date", "hits", "index", "key")

    def __init__(
        self,
        session: Session,
        index: int | None,
        order: int,
        hits: list[_Hit],
        light: dict[Muscle, float | None],
    ) -> None:
        self.date = session.date
        self.index = index  # the subject's session index; None for a history session
        self.key = (session.date, 0 if index is None else 1, order)
        self.hits = tuple(hits)
        by_muscle: dict[Muscle, list[_Hit]] = {}
        for hit in hits:
            by_muscle.setdefault(hit.muscle, []).append(hit)
        self._by_muscle = by_muscle
        self._light = light  # eccentric work (overload or tempo) by muscle: volume in kg

    @property
    def planned(self) -> bool:
        """Whether this session is one of the subject's (not the history's)."""
        return self.index is not None

    @property
    def muscles(self) -> tuple[Muscle, ...]:
        """The muscle groups this session gives overload work, in order of first set."""
        return tuple(self._by_muscle)

    def first(self, muscle: Muscle) -> Loc:
        """The location of the session's first overload set for ``muscle`` (subject only)."""
        loc = self._by_muscle[muscle][0].loc
        assert loc is not None
        return loc

    def hits_for(self, muscle: Muscle) -> tuple[_Hit, ...]:
        return tuple(self._by_muscle.get(muscle, ()))

    def volume(self, muscle: Muscle) -> float | None:
        """The overload volume for ``muscle`` in kg; ``None`` when unknown."""
        total = 0.0
        for hit in self._by_muscle.get(muscle, ()):
            if hit.volume is None:
                return None
            total += hit.volume
        return total

    def reps(self, muscle: Muscle) -> int:
        return sum(hit.reps for hit in self._by_muscle.get(muscle, ()))

    def eccentric(self, muscle: Muscle) -> tuple[bool, float | None]:
        """Whether the session has eccentric work for ``muscle``, and its volume in kg."""
        if muscle not in self._light:
            return False, None
        return True, self._light[muscle]

    def label(self) -> str:
        return _day(self.date) + (" (history)" if self.index is None else "")


class _Work:
    """The eccentric work of the subject and the history, per session and muscle group.

    Only history sessions from ``lookback_days`` before the subject's first session on are
    read (the rules look back no further); ``clipped`` says whether older ones were left out.
    A history session equal to one of the subject's is that session, not an earlier one.
    ``days`` are the sessions with overload work; ``eccentric_days`` those with any eccentric
    work (overload or tempo), for primers.
    """

    def __init__(self, context: Context, lookback_days: float) -> None:
        self.notes: list[NotChecked] = []
        self.clipped = False
        bodyweight = context.bodyweight
        days: list[_Day] = []
        refs: dict[int, list[SetRef]] = {}
        for ref in context.sets():
            refs.setdefault(ref.session_index, []).append(ref)
        for index, session in enumerate(context.sessions):
            hits: list[_Hit] = []
            light: dict[Muscle, float | None] = {}
            for ref in refs.get(index, ()):
                self._add(context, ref.item, ref.loc, context.is_overload(ref), hits, light)
            days.append(_Day(session, index, index, hits, light))
        self.planned = any(day.hits for day in days)
        if context.history is not None and context.sessions:
            since = shift_date(
                min(session.date for session in context.sessions),
                -(math.ceil(lookback_days) + primer.PRIMER_DAYS[1]),
            )
            first_subject = min(session.date for session in context.sessions)
            subject: dict[dt.date, list[Session]] = {}
            for session in context.sessions:
                subject.setdefault(session.date, []).append(session)
            for order, session in enumerate(context.history):
                if session.date < since:
                    self.clipped = True
                    continue
                if session.date < shift_date(first_subject, -math.ceil(lookback_days)):
                    self.clipped = True  # read only for primers
                if session in subject.get(session.date, ()):
                    continue  # the subject's own session passed in the history too
                hits = []
                light = {}
                for item in session.sets:
                    status = overload.is_overload(item, bodyweight=bodyweight)
                    self._add(context, item, None, status, hits, light)
                days.append(_Day(session, None, order, hits, light))
        days.sort(key=lambda day: day.key)
        self.eccentric_days = tuple(day for day in days if day.hits or day._light)
        self.days = tuple(day for day in days if day.hits)

    def _add(
        self,
        context: Context,
        item: Set,
        loc: Loc | None,
        status: bool | None,
        hits: list[_Hit],
        light: dict[Muscle, float | None],
    ) -> None:
        exercise = item.exercise
        history = loc is None
        if item.set_type is SetType.WARMUP:
            return
        if status is None:
            self.notes.append(
                context.not_checked(
                    _unknown_reason(item, context.bodyweight, history=history), loc=loc
                )
            )
            return
        tempo = False
        if not status:
            category = overload.method_category(
                item, one_rep_max=None, bodyweight=context.bodyweight
            )
            tempo = category is MethodCategory.TEMPO
            if not tempo:
                return
        if not exercise.muscles:
            if status:
                self.notes.append(
                    context.not_checked(_unmapped_reason(exercise, history=history), loc=loc)
                )
            return
        volume = _volume_kg(item, context.bodyweight)
        for muscle in exercise.muscles:
            previous = light.get(muscle, 0.0)
            light[muscle] = None if previous is None or volume is None else previous + volume
        if status:
            hits.extend(_Hit(muscle, loc, volume, item.reps) for muscle in exercise.muscles)

    def notes_to_report(self) -> Iterator[NotChecked]:
        """The notes; the history's only when the subject has overload work to check."""
        for note in self.notes:
            if note.locs or self.planned:
                yield note

    def is_primer(self, day: _Day, muscle: Muscle) -> bool:
        """Whether ``day`` primes a later overload session for ``muscle`` (not an overload one)."""
        has, light = day.eccentric(muscle)
        return has and any(
            later is not day
            and later.key > day.key
            and muscle in later.muscles
            and primer.in_window(day.date, later.date)
            and primer._is_light_kg(light, later.volume(muscle))
            for later in self.days
        )

    def primed(self, day: _Day, muscle: Muscle) -> _Day | None:
        """The session that primes ``day`` for ``muscle``, if there is one."""
        heavy = day.volume(muscle)
        for earlier in self.eccentric_days:
            if earlier.key >= day.key or not primer.in_window(earlier.date, day.date):
                continue
            has, light = earlier.eccentric(muscle)
            if has and primer._is_light_kg(light, heavy):
                return earlier
        return None


def _capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]


def _no_history(context: Context, work: _Work, reason: str) -> Iterator[NotChecked]:
    if context.history is None and work.planned:
        yield context.not_checked(reason)


# -- NEG301 ---------------------------------------------------------------------------------------


def _curl_negatives() -> Set:
    curl = catalog.lookup("barbell-curl")
    return overload.partner_assisted_negatives(curl, one_rep_max=kg(55))


def _example_301() -> Example:  # pragma: no mutate block (a fixture for the docs)
    negative = _curl_negatives()
    return Example(Session(dt.date(2026, 11, 23), sets=[negative] * 3))


def _set_list(refs: Sequence[SetRef]) -> str:
    """``1, 2 (Barbell Curl), 4 (Hammer Curl)``: set numbers (from 1) with exercise names."""
    groups: dict[str, list[str]] = {}
    for ref in refs:
        groups.setdefault(ref.item.exercise.name, []).append(str(ref.set_index + 1))
    return ", ".join(f"{', '.join(numbers)} ({name})" for name, numbers in groups.items())


class OverloadSetsPerBodyPart(BuiltinRule):
    code = "NEG301"
    name = "overload-sets-per-body-part"
    summary = "More eccentric-overload sets for one body part in one session than the maximum."
    severity = Severity.WARNING
    citation = (
        'The seed article ("a couple of negative sets per body part", or one negative set after '
        "the normal sets)"
    )
    confidence = "low"
    parameters = {"max_sets": 2, "count_tempo": False}
    why = (
        "Overload sets (the athlete lowers more than they lift) cause more soreness and muscle "
        "damage than normal sets, and the seed article prescribes one or two of them per body "
        "part. The limit is coaching practice, not a study: low confidence. Every set of an "
        "eccentric-only exercise (the Nordic hamstring curl) counts, however it was logged: it "
        "is supramaximal eccentric work from the first rep (DOMAIN §5). Tempo eccentrics "
        "(normal load, slow lowering) are not counted unless `count_tempo` is set (the "
        "conservative preset does)."
    )
    how_to_fix = (
        "Keep at most the maximum of overload sets per body part in a session; do the other "
        "sets conventionally or as tempo eccentrics (normal load, slow lowering)."
    )
    example = staticmethod(_example_301)

    def check(self, context: Context) -> Iterable[Finding | NotChecked]:
        limit = number_param(context, "max_sets", low=0)
        count_tempo = bool(context.param("count_tempo"))
        groups: dict[tuple[int, BodyPart], list[SetRef]] = {}
        for ref in context.sets():
            exercise = ref.item.exercise
            loaded = context.is_overload(ref)
            if loaded is None:
                reason = _unknown_reason(ref.item, context.bodyweight, history=False)
                yield context.not_checked(reason, loc=ref.loc)
                continue
            if not loaded and not (count_tempo and context.category(ref) is MethodCategory.TEMPO):
                continue
            if not exercise.muscles:
                yield context.not_checked(_unmapped_reason(exercise, history=False), loc=ref.loc)
                continue
            for part in dict.fromkeys(muscle.body_part for muscle in exercise.muscles):
                groups.setdefault((ref.session_index, part), []).append(ref)
        kind = "eccentric-overload and tempo sets" if count_tempo else "eccentric-overload sets"
        others = "conventionally" if count_tempo else "conventionally or as tempo eccentrics"
        unit = "overload or tempo set" if count_tempo else "overload set"
        allowed = math.floor(limit)
        for (_, part), refs in groups.items():
            if len(refs) <= limit:
                continue
            excess = refs[allowed]
            date = excess.session.date
            lowering_only = all(ref.item.exercise.eccentric_only for ref in refs)
            advice = (
                f"drop the other {_plural(len(refs) - allowed, 'set')}: the Nordic hamstring "
                "programme with the strongest evidence starts at 2 sets of 5 (Mjølsnes et al. "
                "2004)"
                if lowering_only
                else f"do the other {_plural(len(refs) - allowed, 'set')} {others}"
            )
            yield context.finding(
                f"{len(refs)} {kind} for the {_name(part)} on {_day(date)}: sets "
                f"{_set_list(refs)}; at most {fmt(limit)} per body part in a session",
                loc=excess.loc,
                ctx={
                    "body_part": part.value,
                    "sets": len(refs),
                    "max_sets": limit,
                    "date": date.isoformat(),
                },
                fix=(
                    f"Keep {_plural(allowed, unit)} for the {_name(part)} in this session; "
                    f"{advice}."
                ),
            )


# -- NEG302 ---------------------------------------------------------------------------------------


def _example_302() -> Example:  # pragma: no mutate block (a fixture for the docs)
    negative = _curl_negatives()
    return Example(
        (
            Session(dt.date(2026, 11, 23), sets=[negative, negative]),
            Session(dt.date(2026, 11, 25), sets=[negative, negative]),
        ),
        history=(),
    )


class RecoveryInterval(BuiltinRule):
    code = "NEG302"
    name = "recovery-interval"
    summary = (
        "The same muscle group gets eccentric overload again sooner than the minimum number of "
        "days after an earlier overload session."
    )
    severity = Severity.WARNING
    citation = (
        "Soreness peaks 24-72 h after unaccustomed eccentric work and strength can drop 30-50 % "
        "for days after maximal eccentric work (Clarkson & Hubal 2002, Am J Phys Med Rehabil "
        "81(11 Suppl):S52-S69; Paulsen et al. 2012, Exerc Immunol Rev 18:42-97; medium); no "
        "verified recovery guideline: the number of days is a default (low)"
    )
    confidence = "low"
    parameters = {"min_days_between": 3}
    why = (
        "After heavy eccentric work soreness peaks one to three days later and strength can stay "
        "30-50 % down for days (Clarkson & Hubal 2002; Paulsen et al. 2012: medium confidence), "
        "so loading the same muscles with overload again within that window trains them while "
        "they are weak and raises the strain. How long to wait has no verified guideline: 3 "
        "calendar days (about 72 h) is a default from that time course, low confidence. Days "
        "are counted on the calendar from the sessions' dates; earlier sessions come from the "
        "history and from earlier in the plan. A primer — light eccentric work 2-7 days before "
        "an overload session, at most a quarter of its volume (`negatives.safety.primer`) — is "
        "not an overload session here: a primer two days before a heavy session is the "
        "protocol of Huang et al. 2019, not too little recovery."
    )
    how_to_fix = (
        "Move the later session until the minimum number of days has passed, or train that "
        "muscle group conventionally or with tempo eccentrics in it."
    )
    example = staticmethod(_example_302)

    def check(self, context: Context) -> Iterable[Finding | NotChecked]:
        minimum = number_param(context, "min_days_between", low=0)
        work = _Work(context, minimum)
        yield from work.notes_to_report()
        yield from _no_history(context, work, "no history given: earlier sessions unknown")
        last: dict[Muscle, _Day] = {}
        for day in work.days:
            for muscle in day.muscles:
                if work.is_primer(day, muscle):
                    continue  # light work before a heavy session: not an overload session
                previous = last.get(muscle)
                last[muscle] = day
                if previous is None or not day.planned:
                    continue
                gap = days_between(previous.date, day.date)
                if gap >= minimum:
                    continue
                earliest = shift_date(previous.date, math.ceil(minimum))
                when = "on the same day as" if gap == 0 else f"{_plural(gap, 'day')} after"
                yield context.finding(
                    f"eccentric overload for the {_name(muscle)} on {_day(day.date)}, {when} the "
                    f"overload session on {previous.label()}; allow at least "
                    f"{_plural(minimum, 'day')} between overload sessions for a muscle group",
                    loc=day.first(muscle),
                    ctx={
                        "muscle": muscle.value,
                        "days": gap,
                        "min_days_between": minimum,
                        "previous_date": previous.date.isoformat(),
                    },
                    fix=(
                        f"Move this overload work for the {_name(muscle)} to {_day(earliest)} or "
                        "later, or make it conventional or tempo-eccentric sets."
                    ),
                )


# -- NEG303 ---------------------------------------------------------------------------------------


def _example_303() -> Example:  # pragma: no mutate block (a fixture for the docs)
    negative = _curl_negatives()
    days = (dt.date(2026, 11, 23), dt.date(2026, 11, 26), dt.date(2026, 11, 29))
    return Example(tuple(Session(day, sets=[negative, negative]) for day in days), history=())


class OverloadSessionsPerWeek(BuiltinRule):
    code = "NEG303"
    name = "overload-sessions-per-week"
    summary = (
        "More sessions with eccentric overload for one muscle group in a week than the maximum."
    )
    severity = Severity.WARNING
    citation = (
        "At most 2 eccentric-emphasis sessions per muscle group per week in study "
        "protocols (e.g. Walker et al. 2016, Front Physiol 7:149); no verified recovery guideline"
    )
    confidence = "low"
    parameters = {"max_sessions_per_week": 2, "first_weekday": 0}
    why = (
        "Studies of eccentric overload trained each muscle group at most twice a week (e.g. "
        "Walker et al. 2016, 2 sessions a week); more "
        "frequent overload has not been shown to help and leaves little time to recover. The "
        "limit describes study protocols, not a tested maximum: low confidence. Weeks start on "
        "Monday (ISO weeks) unless `first_weekday` says otherwise (0 = Monday ... 6 = Sunday); "
        "sessions of the history in the same week count too. Primers (light eccentric work 2-7 "
        "days before an overload session, `negatives.safety.primer`) are not counted."
    )
    how_to_fix = (
        "Move an overload session for that muscle group to another week, or make its work for "
        "that muscle group conventional or tempo eccentrics."
    )
    example = staticmethod(_example_303)

    def check(self, context: Context) -> Iterable[Finding | NotChecked]:
        limit = number_param(context, "max_sessions_per_week", low=0)
        first_weekday = whole_param(context, "first_weekday", low=0, high=6)
        work = _Work(context, 6)
        yield from work.notes_to_report()
        yield from _no_history(context, work, "no history given: earlier sessions unknown")
        weeks: dict[tuple[Muscle, dt.date], list[_Day]] = {}
        for day in work.days:
            start = analysis.week_start(day.date, first_weekday=first_weekday)
            for muscle in day.muscles:
                if not work.is_primer(day, muscle):  # a primer is not an overload session
                    weeks.setdefault((muscle, start), []).append(day)
        allowed = math.floor(limit)
        for (muscle, start), days in weeks.items():
            planned = [day for day in days if day.planned]
            if len(days) <= limit or not planned:
                continue
            excess = next((day for day in days[allowed:] if day.planned), planned[-1])
            listing = ", ".join(day.label() for day in days)
            yield context.finding(
                f"{len(days)} sessions with eccentric overload for the {_name(muscle)} in the "
                f"week of {_day(start)}: {listing}; at most {fmt(limit)} per muscle group a week",
                loc=excess.first(muscle),
                ctx={
                    "muscle": muscle.value,
                    "sessions": len(days),
                    "max_sessions_per_week": limit,
                    "week": start.isoformat(),
                    "first_weekday": first_weekday,
                },
                fix=(
                    f"Move the overload work for the {_name(muscle)} on {_day(excess.date)} to "
                    "another week, or make it conventional or tempo-eccentric sets."
                ),
            )


# -- NEG304 ---------------------------------------------------------------------------------------


def _example_304() -> Example:  # pragma: no mutate block (a fixture for the docs)
    negative = _curl_negatives()
    return Example(Session(dt.date(2026, 11, 23), sets=[negative, negative]), history=())


class FirstExposure(BuiltinRule):
    code = "NEG304"
    name = "first-exposure"
    summary = (
        "Eccentric overload for a muscle group that has had none in the given number of days "
        "before (a first exposure), without a primer."
    )
    severity = Severity.WARNING
    citation = (
        "Repeated bout effect: Huang et al. 2019, Eur J Appl Physiol 119(5):1055-1064 (high); "
        "Cleary et al. 2002, J Athl Train 37(1):32-36; Hyldahl, Chen & Nosaka 2017, Exerc Sport "
        "Sci Rev 45(1):24-33. Exertional rhabdomyolysis after unaccustomed, high-volume "
        "eccentric work: Rawson, Clarkson & Tarnopolsky 2017, Sports Med 47(Suppl 1):S33-S49"
    )
    confidence = "medium"
    parameters = {"gap_days": 21}
    why = (
        "Unaccustomed eccentric work causes the most soreness and muscle damage, and "
        "unaccustomed high-volume eccentric work is a known cause of exertional rhabdomyolysis "
        "(Rawson, Clarkson & Tarnopolsky 2017). One bout protects the muscle against the next "
        "(the repeated bout effect): a light eccentric bout 2 days before a heavy one — 50 "
        "contractions at 10 % of maximal strength before 50 at 80 %, about an eighth of its "
        "volume load — cut peak creatine kinase from 120,360 to 2,763 IU/L (Huang et al. 2019), "
        "and a light bout protects for up to about a week, fading by 2-3 weeks (Cleary et al. "
        "2002; Hyldahl, Chen & Nosaka 2017), hence the 21 days. Medium confidence for the "
        "effect; the gap and the dose are defaults. A **primer** (`negatives.safety.primer`) is "
        "light eccentric work — tempo eccentrics count — 2-7 days before, at most a quarter of "
        "the heavy session's eccentric volume for the muscle group; the dose to plan is Huang's, "
        "10-15 %. A first exposure with a primer before it is not reported, nor one that is "
        "itself a primer for a heavier session 2-7 days later. Eccentric-only exercises (the "
        "Nordic curl) count by their reps: without the bodyweight their volume is unknown, and "
        "the finding says so."
    )
    how_to_fix = (
        "Add a primer 2-7 days before: light eccentric work for the muscle group (tempo "
        "eccentrics at a light load, or a few light negatives) of about 10-15 % of the heavy "
        "session's eccentric volume, as Huang et al. 2019 did; and keep the volume of the first "
        "heavy session low."
    )
    example = staticmethod(_example_304)

    def check(self, context: Context) -> Iterable[Finding | NotChecked]:
        gap_days = number_param(context, "gap_days", low=0)
        work = _Work(context, gap_days)
        yield from work.notes_to_report()
        if context.history is None:
            yield from _no_history(
                context, work, "no history given: cannot tell first exposures to overload work"
            )
            return
        last: dict[Muscle, _Day] = {}
        for day in work.days:
            for muscle in day.muscles:
                previous = last.get(muscle)
                last[muscle] = day
                gap = None if previous is None else days_between(previous.date, day.date)
                if not day.planned or (gap is not None and gap < gap_days):
                    continue
                if work.is_primer(day, muscle) or work.primed(day, muscle) is not None:
                    continue
                yield self._finding(context, day, muscle, previous, gap, gap_days, work.clipped)

    def _finding(
        self,
        context: Context,
        day: _Day,
        muscle: Muscle,
        previous: _Day | None,
        gap: int | None,
        gap_days: float,
        clipped: bool,
    ) -> Finding:
        volume = day.volume(muscle)
        if previous is None and clipped:
            before = f"none in the {_plural(gap_days, 'day')} before"
        elif previous is None:
            before = "no earlier overload work for it"
        else:
            before = f"the last on {previous.label()}, {_plural(gap or 0, 'day')} before"
        reps = day.reps(muscle)
        amount = (
            f"{fmt(round(volume))} kg of eccentric overload volume"
            if volume is not None
            else f"{_plural(reps, 'rep')} of eccentric overload (volume unknown: no bodyweight)"
        )
        return context.finding(
            f"{_day(day.date)} is the first eccentric overload for the {_name(muscle)} in "
            f"{_plural(gap_days, 'day')} or more ({before}): {amount} with no primer before it",
            loc=day.first(muscle),
            ctx={
                "muscle": muscle.value,
                "gap_days": gap_days,
                "days_since": gap,
                "previous_date": None if previous is None else previous.date.isoformat(),
                "volume_kg": None if volume is None else round(volume, 1),
                "reps": reps,
            },
            fix=_capitalized(primer._advice(volume, muscle, day.date))
            + "; and keep this first heavy session's volume low.",
        )


# -- NEG305 ---------------------------------------------------------------------------------------


def _example_305() -> Example:  # pragma: no mutate block (a fixture for the docs)
    negative = _curl_negatives()
    before = tuple(
        Session(dt.date(2026, 11, 23) - dt.timedelta(weeks=k), sets=[negative])
        for k in (4, 3, 2, 1)
    )
    plan = (
        Session(dt.date(2026, 11, 23), sets=[negative, negative]),
        Session(dt.date(2026, 11, 26), sets=[negative, negative]),
    )
    return Example(plan, history=before)


class WeeklyVolumeSpike(BuiltinRule):
    code = "NEG305"
    name = "weekly-volume-spike"
    summary = (
        "A week's eccentric-overload volume for a muscle group above a multiple of its mean over "
        "the weeks before."
    )
    severity = Severity.WARNING
    citation = (
        "Modelled on the acute:chronic workload ratio (Gabbett 2016, Br J Sports Med 50:273-280), "
        "whose use as an injury predictor is contested (Impellizzeri et al. 2020, Int J Sports "
        "Physiol Perform 15(6):907-913; Lolli et al. 2019, Br J Sports Med 53:921-922): a "
        "threshold without a study. Exertional rhabdomyolysis after sharp rises in unaccustomed "
        "eccentric volume: Rawson, Clarkson & Tarnopolsky 2017, Sports Med 47(Suppl 1):S33-S49"
    )
    confidence = "low"
    parameters = {"max_ratio": 1.5, "weeks": 4, "min_weeks": 2}
    why = (
        "Sharp rises in unaccustomed eccentric volume precede muscle damage and, at the extreme, "
        "exertional rhabdomyolysis (Rawson, Clarkson & Tarnopolsky 2017). The threshold, 1.5 "
        "times the mean weekly overload volume of the 4 weeks before, is modelled on the "
        "acute:chronic workload ratio (Gabbett 2016). That ratio is contested as a predictor of "
        "injury: it couples the acute load to the chronic one it is divided by, its "
        "associations with injury are fragile, and it has not been shown to prevent any "
        "(Impellizzeri et al. 2020; Lolli et al. 2019). Here it is only an alarm for a sharp "
        "rise in eccentric overload, not a risk score, and no study set its threshold for "
        "eccentric work: low confidence. Volume is the athlete's eccentric volume load. The mean "
        "starts at the first of those weeks with overload work for "
        "the muscle group (weeks before it are a start from nothing, which NEG304 covers); weeks "
        "after it without overload count as zero. A baseline shorter than `min_weeks` (2) is "
        "not a chronic load — a single primer week before the first heavy week would make "
        "every first block look like a spike — so the rule does not judge it."
    )
    how_to_fix = (
        "Raise the weekly overload volume for the muscle group gradually: fewer overload sets or "
        "reps, or lighter loads, in the spiking week."
    )
    example = staticmethod(_example_305)

    def check(self, context: Context) -> Iterable[Finding | NotChecked]:
        max_ratio = number_param(context, "max_ratio", low=0)
        window = whole_param(context, "weeks", low=1)
        min_weeks = whole_param(context, "min_weeks", low=1)
        work = _Work(context, 7 * window + 6)
        yield from work.notes_to_report()
        if context.history is None:
            yield from _no_history(
                context, work, "no history given: earlier weekly overload volumes unknown"
            )
            return
        weekly: dict[Muscle, dict[dt.date, float | None]] = {}
        weeks: dict[tuple[Muscle, dt.date], list[_Day]] = {}
        for day in work.days:
            start = analysis.week_start(day.date)
            for muscle in day.muscles:
                volumes = weekly.setdefault(muscle, {})
                known = volumes.get(start, 0.0)
                volume = day.volume(muscle)
                volumes[start] = None if known is None or volume is None else known + volume
                weeks.setdefault((muscle, start), []).append(day)
        for (muscle, start), days in weeks.items():
            planned = [day for day in days if day.planned]
            if not planned:
                continue
            volumes = weekly[muscle]
            before = [shift_date(start, -7 * k) for k in range(window, 0, -1)]
            if any(volumes.get(week, 0.0) is None for week in (*before, start)):
                yield context.not_checked(
                    f"no bodyweight given: the eccentric volume for {muscle.value!r} is unknown "
                    "(a bodyweight exercise)",
                    loc=planned[0].first(muscle),
                )
                continue
            active = [week for week in before if (volumes.get(week) or 0.0) > 0]
            if not active:
                yield context.not_checked(
                    f"no overload volume for {muscle.value!r} in the {_plural(window, 'week')} "
                    "before",
                    loc=planned[0].first(muscle),
                )
                continue
            counted = before[before.index(active[0]) :]
            if len(counted) < min_weeks:
                yield context.not_checked(
                    f"only {_plural(len(counted), 'week')} of overload work for "
                    f"{muscle.value!r} before: too short a baseline (min_weeks {min_weeks})",
                    loc=planned[0].first(muscle),
                )
                continue
            mean = sum(volumes.get(week) or 0.0 for week in counted) / len(counted)
            current = volumes[start] or 0.0
            if current <= max_ratio * mean:
                continue
            threshold = max_ratio * mean
            yield context.finding(
                f"{fmt(round(current))} kg of eccentric-overload volume for the {_name(muscle)} "
                f"in the week of {_day(start)}: {fmt(current / mean)} times the mean of the "
                f"{_plural(len(counted), 'week')} before ({fmt(round(mean))} kg); at most "
                f"{fmt(max_ratio)} times",
                loc=_crossing(days, muscle, threshold),
                ctx={
                    "muscle": muscle.value,
                    "week": start.isoformat(),
                    "volume_kg": round(current, 1),
                    "previous_mean_kg": round(mean, 1),
                    "ratio": round(current / mean, 2),
                    "max_ratio": max_ratio,
                    "weeks": len(counted),
                },
                fix=(
                    f"Keep the week's overload volume for the {_name(muscle)} at or under "
                    f"{fmt(round(threshold))} kg ({fmt(max_ratio)} x {fmt(round(mean))} kg): "
                    "fewer overload sets or reps, or lighter loads, and build up over several "
                    "weeks."
                ),
            )


def _crossing(days: Sequence[_Day], muscle: Muscle, threshold: float) -> Loc:
    """The subject's set where the week's volume for ``muscle`` goes over ``threshold``.

    That is the first subject set at or after the crossing (else the week's first subject set).
    """
    total = 0.0
    for day in days:
        for hit in day.hits_for(muscle):
            total += hit.volume or 0.0
            if total > threshold and hit.loc is not None:
                return hit.loc
    return next(day for day in days if day.planned).first(muscle)


RULES = (
    OverloadSetsPerBodyPart(),
    RecoveryInterval(),
    OverloadSessionsPerWeek(),
    FirstExposure(),
    WeeklyVolumeSpike(),
)

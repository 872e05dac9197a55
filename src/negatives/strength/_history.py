"""An athlete's concentric 1RM: tested, or estimated from their recent sets."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any, Literal, NamedTuple, TypeAlias

import attrs

from .._checks import Checks, as_int, describe, fmt_number
from ..errors import ValidationError
from ..model import Athlete, Equipment, Exercise, Method, Session, Set, SetType
from ..units import Load
from ._base import _Args, _check_one_rep_max
from ._equations import (
    _FORMULA_NAMES,
    VALIDATED_REPS,
    Formula,
    _check_formula,
    _factor,
    _max_reps,
    _warn_high_reps,
)

EstimateSource: TypeAlias = Literal["tested", "history"]
"""Where a `one_rep_max` came from: the athlete's tested 1RM, or their logged sets."""

#: Days of history `one_rep_max` looks back from ``as_of`` (a training block of about three
#: months; a convention, low confidence: strength changes over weeks, so older sets mislead).
DEFAULT_WINDOW_DAYS = 90

# -- an athlete's 1RM ------------------------------------------------------------------------


def _check_estimate(instance: Estimate) -> None:
    checks = Checks(instance)
    _check_one_rep_max(checks, "load", instance.load)
    if instance.source not in ("tested", "history"):
        checks.fail("source", f"must be 'tested' or 'history', got {describe(instance.source)}")
    if instance.date is not None and (
        not isinstance(instance.date, dt.date) or isinstance(instance.date, dt.datetime)
    ):
        checks.fail("date", f"must be a date or None, got {describe(instance.date)}")
    if instance.set is not None:
        checks.instance("set", instance.set, Set, "a Set or None")
    if instance.formula is not None:
        _check_formula(checks, instance.formula)
    checks.done()


@attrs.frozen
class Estimate:
    """An athlete's concentric one-rep max for one exercise, and where it came from.

    Attributes:
        load: the 1RM. For bodyweight exercises, the total resistance: bodyweight share plus
            added load.
        source: ``"tested"`` (``Athlete.concentric_1rm``) or ``"history"`` (logged sets).
        date: when it was tested, or the date of the session the set came from; ``None`` when
            a tested 1RM has no date.
        set: the set the estimate came from (``None`` when tested).
        formula: the equation used (``None`` when tested).
    """

    load: Load
    source: EstimateSource
    date: dt.date | None = None
    set: Set | None = None
    formula: Formula | None = None

    def __attrs_post_init__(self) -> None:
        _check_estimate(self)

    def describe(self) -> str:
        """Where the 1RM came from, in a sentence fragment for notes and reports.

        Examples:
            >>> import datetime as dt
            >>> from negatives import kg
            >>> Estimate(kg(110), "tested", dt.date(2026, 10, 1)).describe()
            'tested 1RM 110 kg (2026-10-01)'
        """
        if self.source == "tested":
            when = f" ({self.date.isoformat()})" if self.date is not None else ""
            return f"tested 1RM {self.load}{when}"
        text = f"estimated 1RM {fmt_number(round(self.load.value, 1))} {self.load.unit.value}"
        if self.set is not None:
            lifted = str(self.set.load)
            if self.set.exercise.bodyweight_fraction:
                lifted = f"{self.set.total_load} + bodyweight share"
            elif self.set.exercise.load_multiplier != 1:
                lifted += " each"
            text += f" from {lifted} x {self.set.reps}"
        if self.date is not None:
            text += f" on {self.date.isoformat()}"
        if self.formula is not None:
            text += f" ({_FORMULA_NAMES[self.formula]})"
        return text


def _is_concentric_effort(item: Set) -> bool:
    """A working set in which the athlete lifted the whole load, unaided."""
    if item.set_type is SetType.WARMUP:
        return False
    if item.method not in (Method.STANDARD, Method.TEMPO_ECCENTRIC):
        # Partner-assisted, negative-only and 2/1 sets get help with (or skip) the lift; an
        # accentuated set's load is the heavier lowering; flywheel sets have no bar load.
        return False
    if item.exercise.equipment is Equipment.FLYWHEEL or item.exercise.eccentric_only:
        # No bar load to compare; an eccentric-only exercise (Nordic curl) is never lifted.
        return False
    if item.assistance is not None and item.assistance.value > 0:
        return False  # an assisted machine or a band helped every rep
    if item.rep_detail is not None:
        for rep in item.rep_detail:
            help_given = rep.concentric.assistance
            if help_given is None or help_given.value != 0:
                return False
    return True


class _Candidate(NamedTuple):
    e1rm: Load
    day: dt.date
    item: Set


def one_rep_max(
    exercise: Exercise | str,
    *,
    athlete: Athlete | None = None,
    history: Iterable[Session] = (),
    as_of: dt.date | None = None,
    window_days: int = DEFAULT_WINDOW_DAYS,
    formula: Formula = "consensus",
) -> Estimate:
    """An athlete's concentric 1RM for ``exercise``: tested if known, else from recent sets.

    1. **Tested wins.** ``athlete.concentric_1rm[exercise id]``, however old, unless
       ``as_of`` is given and the test is dated after it (it was not known yet). Pass
       ``athlete=None``, or update the athlete, to estimate from history alone.
    2. **Otherwise the best recent set.** Over the sessions dated from ``as_of -
       window_days`` to ``as_of`` inclusive (``as_of`` defaults to the latest session date in
       ``history``), the sets of this exercise that the athlete lifted unaided: working sets
       (warm-ups excluded: they stop far from failure), standard or tempo-eccentric method,
       and no recorded help on the lift. Partner-assisted, negative-only, 2/1, accentuated
       and flywheel sets are excluded: their load is not what the athlete lifted, and so are
       sets of eccentric-only exercises (`Exercise.eccentric_only`: the Nordic curl is never
       lifted). Each set's e1RM is `estimate_1rm` of its total external load
       (`Set.total_load`: both dumbbells of a pair) and reps, written back in the exercise's
       load convention (one dumbbell of a pair, as `Set.load` and `Athlete.concentric_1rm`
       are); the highest wins (the latest, on a tie). Sets short of failure underestimate,
       which is why the best set, not an average, is taken.
    3. **Sets of at most 10 reps first.** The equations are validated up to about 10 reps, so
       higher-rep sets count only when there is no set of 10 or fewer; the result then comes
       with a `NegativesWarning`. Sets beyond the formula's range (37 reps for Brzycki and the
       consensus) are skipped.

    For **bodyweight exercises** (``bodyweight_fraction > 0``: pull-ups, dips) the resistance
    is the added load plus the athlete's bodyweight share, using ``athlete.bodyweight`` today
    (a bodyweight that changed over the window shifts the estimate). Without a known
    bodyweight the added load alone would understate the 1RM by the whole bodyweight share,
    so the estimate is refused.

    Args:
        exercise: the exercise, or its id.
        athlete: the athlete (tested 1RMs, bodyweight).
        history: their sessions, in any order.
        as_of: the day the estimate is for.
        window_days: how many days before ``as_of`` count, >= 1.
        formula: the 1RM equation (default the consensus of the seven).

    Returns:
        The `Estimate`, in the unit of the tested 1RM or of the set's load.

    Raises:
        ValidationError: bad arguments; a bodyweight exercise without ``athlete.bodyweight``;
            neither a tested 1RM nor a usable set in the window.

    Warns:
        NegativesWarning: the estimate comes from a set of more than 10 reps.

    Examples:
        >>> import datetime as dt
        >>> import negatives as neg
        >>> bench = neg.Exercise("bench-press", "Bench Press", muscles=["chest"])
        >>> day = neg.Session(dt.date(2026, 11, 23), sets=[
        ...     neg.Set(bench, reps=10, load=neg.kg(40), set_type="warmup"),
        ...     neg.Set(bench, reps=5, load=neg.kg(90)),
        ...     neg.Set(bench, reps=8, load=neg.kg(80)),
        ... ])
        >>> best = one_rep_max(bench, history=[day], formula="epley")
        >>> best.load, best.source, best.set.reps
        (Load(105.0, 'kg'), 'history', 5)
        >>> best.describe()
        'estimated 1RM 105 kg from 90 kg x 5 on 2026-11-23 (Epley)'
        >>> athlete = neg.Athlete("ann", training_age_years=3,
        ...                       concentric_1rm={"bench-press": neg.kg(110)})
        >>> one_rep_max("bench-press", athlete=athlete, history=[day]).source
        'tested'
    """
    checks = _Args("one_rep_max")
    exercise_id = ""
    if isinstance(exercise, Exercise):
        exercise_id = exercise.id
    elif isinstance(exercise, str) and exercise.strip():
        exercise_id = exercise
    else:
        checks.fail("exercise", f"must be an Exercise or an exercise id, got {describe(exercise)}")
    if athlete is not None:
        checks.instance("athlete", athlete, Athlete, "an Athlete or None")
    if as_of is not None and (not isinstance(as_of, dt.date) or isinstance(as_of, dt.datetime)):
        checks.fail("as_of", f"must be a date (without a time) or None, got {describe(as_of)}")
    days: Any = as_int(window_days)
    checks.integer("window_days", days, ge=1)
    name = _check_formula(checks, formula)
    sessions: tuple[Any, ...] = ()
    if isinstance(history, (str, bytes)) or not isinstance(history, Iterable):
        checks.fail("history", f"must be an iterable of Sessions, got {describe(history)}")
    else:
        sessions = tuple(history)
        for index, session in enumerate(sessions):
            if not isinstance(session, Session):
                checks.fail(("history", index), f"must be a Session, got {describe(session)}")
    checks.done()
    assert name is not None

    if athlete is not None:
        tested = athlete.concentric_1rm.get(exercise_id)
        tested_on = athlete.concentric_1rm_dates.get(exercise_id)
        if tested is not None and (as_of is None or tested_on is None or tested_on <= as_of):
            return Estimate(tested, "tested", tested_on)

    end = as_of if as_of is not None else max((s.date for s in sessions), default=None)
    bodyweight = athlete.bodyweight if athlete is not None else None
    candidates: list[_Candidate] = []
    unknown_bodyweight: Exercise | None = None
    for session in sessions:
        if end is None or not 0 <= (end - session.date).days <= days:
            continue
        for item in session.sets:
            if item.exercise.id != exercise_id or not _is_concentric_effort(item):
                continue
            if item.reps > _max_reps(name):
                continue
            share = item.bodyweight_share(bodyweight)
            if share is None:
                unknown_bodyweight = item.exercise
                continue
            resistance = item.total_load + share
            if resistance.value <= 0:
                continue
            e1rm = Load(resistance.value * _factor(name, item.reps), resistance.unit)
            multiplier = item.exercise.load_multiplier
            if multiplier != 1 and not share.value:
                e1rm = e1rm / multiplier  # back to the convention: one dumbbell of a pair
            candidates.append(_Candidate(e1rm, session.date, item))

    preferred = [c for c in candidates if c.item.reps <= VALIDATED_REPS] or candidates
    if not preferred:
        if unknown_bodyweight is not None:
            raise ValidationError.single(
                None,
                f"cannot estimate a 1RM for {exercise_id!r} from history: "
                f"{unknown_bodyweight.name} moves "
                f"{fmt_number(unknown_bodyweight.bodyweight_fraction)} x bodyweight, so its "
                "1RM is that share plus the added load, and the athlete's bodyweight is "
                "unknown; give Athlete.bodyweight (or Athlete.concentric_1rm)",
            )
        window = f" (to {end.isoformat()})" if end is not None else ""
        raise ValidationError.single(
            None,
            f"no 1RM for {exercise_id!r}: give Athlete.concentric_1rm or a history with "
            f"working sets in the last {days} days{window}; warm-ups and sets with help on "
            "the lift or an eccentric overload do not count",
        )
    best = max(preferred, key=lambda c: (c.e1rm.kg, c.day))
    if best.item.reps > VALIDATED_REPS:
        _warn_high_reps(
            f"the 1RM for {exercise_id!r} comes from a set of {best.item.reps} reps (no set of "
            f"{VALIDATED_REPS} or fewer in the window) and is rough"
        )
    return Estimate(best.e1rm, "history", best.day, best.item, name)

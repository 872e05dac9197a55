"""Primers: light eccentric work a few days before a heavy eccentric bout.

One bout of eccentric work protects a muscle against the next (the *repeated bout effect*). A
*light* bout is enough: Huang et al. 2019 (Eur J Appl Physiol 119(5):1055-1064) had 50
eccentric contractions at 10 % of maximal voluntary contraction precede 50 at 80 % — about an
eighth of the heavy bout's volume load — and peak creatine kinase after the heavy bout was
2,763 IU/L instead of 120,360 (high confidence for the effect). The light bout protected when
done 2 days to 1 week before; the protection of a light bout fades by 2-3 weeks (Cleary et al.
2002, J Athl Train 37(1):32-36; Hyldahl, Chen & Nosaka 2017, Exerc Sport Sci Rev 45(1):24-33).

This module is the library's one definition of a primer, shared by the safety rules (NEG302,
NEG303 and NEG304) and by programs:

* **Eccentric work** for a muscle group is a set that loads the lowering: eccentric overload
  (`negatives.overload.is_overload`) or tempo eccentrics (the same load both ways, lowered in
  4 s or more, or labelled ``tempo_eccentric``). Its *volume* is the athlete's eccentric volume
  load: the load they lower, summed over the reps (`eccentric_volume`).
* A session **primes** a later one for a muscle group (`primed_muscles`, `is_primer`) when it
  is `PRIMER_DAYS` (2-7) days before it, has eccentric work for that muscle group, and its
  eccentric volume for it is at most `PRIMER_MAX_SHARE` of the later session's eccentric
  *overload* volume for it.
* The **dose** to plan (`primer_dose`) is `PRIMER_DOSE`: 10-15 % of the heavy session's
  overload volume for each muscle group, 2-7 days before.
* A primer is not an overload session: the recovery-spacing rules (NEG302, NEG303) do not
  count it, and the first-exposure rule (NEG304) counts a heavy session with a primer before
  it as prepared.

Examples:
    >>> import datetime as dt
    >>> import negatives as neg
    >>> from negatives.safety import primer
    >>> curl = neg.catalog.lookup("barbell-curl")
    >>> heavy = neg.Session(dt.date(2026, 11, 26), sets=[
    ...     neg.Set(curl, reps=8, load=neg.kg(45), method="partner_assisted", tempo="4-0-2-0")])
    >>> dose = primer.primer_dose(heavy)[0]
    >>> dose.muscle.value, dose.low, dose.high, dose.earliest, dose.latest
    ('biceps', Load(36.0, 'kg'), Load(54.0, 'kg'), datetime.date(2026, 11, 19), datetime.date(2026, 11, 24))
    >>> light = neg.Session(dt.date(2026, 11, 23), sets=[
    ...     neg.Set(curl, reps=6, load=neg.kg(8), tempo="4-0-1-0")])   # 48 kg lowered
    >>> primer.is_primer(light, heavy)
    True
"""  # noqa: E501

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import attrs

from .. import overload
from .._checks import coerce_enum, shift_date
from ..model import MethodCategory, Muscle, Session, Set, SetType
from ..units import Load, Unit

__all__ = [
    "PRIMER_DAYS",
    "PRIMER_DOSE",
    "PRIMER_MAX_SHARE",
    "PrimerDose",
    "eccentric_volume",
    "in_window",
    "is_eccentric_work",
    "is_light",
    "is_primer",
    "overload_volume",
    "primed_muscles",
    "primer_dose",
]

#: Days between a primer and the heavy session it prepares, inclusive: 2 to 7. Huang et al.
#: 2019 put the light bout 2 days before the heavy one; a light bout protects for up to about a
#: week, and the protection fades by 2-3 weeks (Cleary et al. 2002; Hyldahl, Chen & Nosaka
#: 2017). Medium confidence for the window.
PRIMER_DAYS = (2, 7)

#: The primer dose to plan, as a share of the heavy session's eccentric overload volume for the
#: muscle group: 10-15 %. Huang et al. 2019's light bout was 50 contractions at 10 % of maximal
#: voluntary contraction before 50 at 80 %: an eighth of the heavy bout's volume load (12.5 %).
#: High confidence that such a bout protects; the exact share is the study's, not an optimum.
PRIMER_DOSE = (0.10, 0.15)

#: The most a session's eccentric volume for a muscle group may be, as a share of the heavy
#: session's, for the session to count as that session's primer: 25 %, twice the dose Huang et
#: al. 2019 used, as a tolerance for a plan's rounding (a set more or less). Heavier first bouts
#: protect too, but they are first exposures themselves, which NEG304 reports. Low confidence:
#: a policy choice.
PRIMER_MAX_SHARE = 0.25


@attrs.frozen
class PrimerDose:
    """The primer a heavy session needs for one muscle group (`primer_dose`).

    Attributes:
        muscle: the muscle group.
        heavy_volume: the heavy session's eccentric overload volume for it.
        low: the lower end of the dose (10 % of ``heavy_volume``).
        high: the upper end of the dose (15 % of ``heavy_volume``).
        earliest: the first day the primer may be on (7 days before), when the heavy session
            has a date.
        latest: the last day (2 days before).
    """

    muscle: Muscle
    heavy_volume: Load
    low: Load
    high: Load
    earliest: dt.date | None = None
    latest: dt.date | None = None


def is_eccentric_work(item: Set, *, bodyweight: Load | None = None) -> bool | None:
    """Whether ``item`` loads the lowering: eccentric overload, or tempo eccentrics.

    Warm-up sets are not eccentric work. ``None`` when the overload status is unknown (a
    bodyweight exercise without the bodyweight).

    Examples:
        >>> import negatives as neg
        >>> curl = neg.catalog.lookup("barbell-curl")
        >>> is_eccentric_work(neg.Set(curl, reps=8, load=neg.kg(20), tempo="4-0-1-0"))
        True
        >>> is_eccentric_work(neg.Set(curl, reps=8, load=neg.kg(20), tempo="2-0-1-0"))
        False
    """
    if item.set_type is SetType.WARMUP:
        return False
    status = overload.is_overload(item, bodyweight=bodyweight)
    if status is None or status:
        return status
    category = overload.method_category(item, one_rep_max=None, bodyweight=bodyweight)
    return category is MethodCategory.TEMPO


def _set_volume_kg(item: Set, bodyweight: Load | None) -> float | None:
    """The athlete's eccentric volume of one set, in kg; ``None`` when a load is unknown."""
    total = 0.0
    for rep in item.expand(bodyweight=bodyweight):
        lowered = rep.eccentric.athlete_load
        if lowered is None:
            return None
        total += lowered.kg
    return total


def _volume(
    sets: Iterable[Set], muscle: Muscle, bodyweight: Load | None, *, overload_only: bool
) -> Load | None:
    total = 0.0
    for item in sets:
        if muscle not in item.exercise.muscles or item.set_type is SetType.WARMUP:
            continue
        status = (
            overload.is_overload(item, bodyweight=bodyweight)
            if overload_only
            else is_eccentric_work(item, bodyweight=bodyweight)
        )
        if status is None:
            return None
        if not status:
            continue
        volume = _set_volume_kg(item, bodyweight)
        if volume is None:
            return None
        total += volume
    return Load(total, Unit.KG)


def _muscle(value: Muscle | str) -> Muscle:
    return coerce_enum(Muscle, "primer", "muscle", value)


def _sets(subject: Session | Iterable[Set]) -> tuple[Set, ...]:
    return subject.sets if isinstance(subject, Session) else tuple(subject)


def eccentric_volume(
    subject: Session | Iterable[Set], muscle: Muscle | str, *, bodyweight: Load | None = None
) -> Load | None:
    """The athlete's eccentric volume load for ``muscle`` in eccentric-work sets, in kg.

    The load the athlete lowers (resistance minus any help on the lowering), summed over the
    reps of the sets that are eccentric work (`is_eccentric_work`) and list ``muscle`` among
    their primary muscles. ``None`` when a set's load or overload status is unknown (a
    bodyweight exercise without the bodyweight).
    """
    return _volume(_sets(subject), _muscle(muscle), bodyweight, overload_only=False)


def overload_volume(
    subject: Session | Iterable[Set], muscle: Muscle | str, *, bodyweight: Load | None = None
) -> Load | None:
    """Like `eccentric_volume`, for the eccentric *overload* sets only (the heavy work)."""
    return _volume(_sets(subject), _muscle(muscle), bodyweight, overload_only=True)


def _overload_muscles(session: Session, bodyweight: Load | None) -> tuple[Muscle, ...]:
    muscles: dict[Muscle, None] = {}
    for item in session.sets:
        if item.set_type is not SetType.WARMUP and overload.is_overload(
            item, bodyweight=bodyweight
        ):
            muscles.update(dict.fromkeys(item.exercise.muscles))
    return tuple(muscles)


def is_light(primer_volume: Load | None, heavy_volume: Load | None) -> bool:
    """Whether ``primer_volume`` is at most `PRIMER_MAX_SHARE` of a positive ``heavy_volume``."""
    return _is_light_kg(
        None if primer_volume is None else primer_volume.kg,
        None if heavy_volume is None else heavy_volume.kg,
    )


def _is_light_kg(primer_kg: float | None, heavy_kg: float | None) -> bool:
    if primer_kg is None or heavy_kg is None or heavy_kg <= 0:
        return False
    return 0 < primer_kg <= PRIMER_MAX_SHARE * heavy_kg * (1 + 1e-9)


def in_window(primer_day: dt.date, heavy_day: dt.date) -> bool:
    """Whether ``primer_day`` is `PRIMER_DAYS` (2-7) days before ``heavy_day``."""
    low, high = PRIMER_DAYS
    return low <= (heavy_day - primer_day).days <= high


def primed_muscles(
    primer: Session, heavy: Session, *, bodyweight: Load | None = None
) -> frozenset[Muscle]:
    """The muscle groups for which ``primer`` is a primer of ``heavy``.

    Those ``heavy`` gives eccentric overload, ``primer`` gives light eccentric work (overload or
    tempo eccentrics, at most `PRIMER_MAX_SHARE` of the heavy volume) and ``primer`` is 2-7 days
    before ``heavy`` (`PRIMER_DAYS`). Empty when the days do not fit.
    """
    if not in_window(primer.date, heavy.date):
        return frozenset()
    out = set()
    for muscle in _overload_muscles(heavy, bodyweight):
        light = eccentric_volume(primer, muscle, bodyweight=bodyweight)
        if is_light(light, overload_volume(heavy, muscle, bodyweight=bodyweight)):
            out.add(muscle)
    return frozenset(out)


def is_primer(
    primer: Session,
    heavy: Session,
    *,
    muscle: Muscle | str | None = None,
    bodyweight: Load | None = None,
) -> bool:
    """Whether ``primer`` primes ``heavy``: for ``muscle``, or for any muscle group when none.

    See `primed_muscles` for the definition.
    """
    primed = primed_muscles(primer, heavy, bodyweight=bodyweight)
    if muscle is None:
        return bool(primed)
    return _muscle(muscle) in primed


def primer_dose(heavy: Session, *, bodyweight: Load | None = None) -> tuple[PrimerDose, ...]:
    """The primer ``heavy`` needs: for each muscle group it overloads, the dose and the days.

    The dose is `PRIMER_DOSE` (10-15 %) of the session's eccentric overload volume for the
    muscle group, 2-7 days before (`PRIMER_DAYS`). Muscle groups whose volume is unknown (a
    bodyweight exercise without the bodyweight) are left out.
    """
    low_share, high_share = PRIMER_DOSE
    first, last = PRIMER_DAYS
    out = []
    for muscle in _overload_muscles(heavy, bodyweight):
        volume = overload_volume(heavy, muscle, bodyweight=bodyweight)
        if volume is None:
            continue
        out.append(
            PrimerDose(
                muscle,
                volume,
                volume * low_share,
                volume * high_share,
                shift_date(heavy.date, -last),
                shift_date(heavy.date, -first),
            )
        )
    return tuple(out)


def _advice(volume_kg: float | None, muscle: Muscle, day: dt.date) -> str:
    """The advice for a primer before ``day``: the same in every rule that gives it."""
    first, last = PRIMER_DAYS
    earliest, latest = shift_date(day, -last), shift_date(day, -first)
    low_share, high_share = PRIMER_DOSE
    name = muscle.value.replace("_", " ")
    if volume_kg is None:
        amount = (
            f"about {round(low_share * 100)}-{round(high_share * 100)} % of this session's "
            "eccentric volume"
        )
    else:
        amount = (
            f"about {round(low_share * volume_kg)}-{round(high_share * volume_kg)} kg of "
            f"eccentric volume, {round(low_share * 100)}-{round(high_share * 100)} % of this "
            "session's"
        )
    return (
        f"add a primer between {_day(earliest)} and {_day(latest)} ({first}-{last} days "
        f"before): light eccentric work for the {name} (tempo eccentrics at a light load, or "
        f"a few light negatives), {amount} (Huang et al. 2019 used about an eighth)"
    )


_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _day(date: dt.date) -> str:
    return f"{_WEEKDAYS[date.weekday()]} {date.isoformat()}"

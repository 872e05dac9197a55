"""Primers for a plan: on which day, and what light eccentric work (`build_program`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from .. import overload
from .._checks import fmt_number
from ..model import Basis, Method, Muscle, Prescription, Set
from ..safety import primer as primers
from ..tempo import Tempo
from ..units import Load
from .base import Gym

#: A primer's lowering: slow enough to count as tempo eccentrics (4 s,
#: `negatives.overload.TEMPO_ECCENTRIC_SECONDS`).
PRIMER_TEMPO = Tempo(4, 0, 1, 0)

#: Reps of a primer set at most; above it, a heavier light load.
PRIMER_MAX_REPS = 12

PRIMER_SOURCE = (
    "primer: light eccentric work 2-7 days before the first heavy bout, about an eighth of its "
    "volume load (Huang et al. 2019, Eur J Appl Physiol 119(5):1055-1064: peak CK 2,763 vs "
    "120,360 IU/L; high confidence for the effect); the protection of a light bout fades by "
    "2-3 weeks (Cleary et al. 2002; Hyldahl, Chen & Nosaka 2017)"
)

_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _day(date: dt.date) -> str:
    return f"{_WEEKDAYS[date.weekday()]} {date.isoformat()}"


def primer_day(
    heavy: dt.date, weekdays: Iterable[int], last_done: dt.date | None
) -> dt.date | None:
    """The latest training day (one of ``weekdays``) 2-7 days before ``heavy``, still to come."""
    days = set(weekdays)
    low, high = primers.PRIMER_DAYS
    for back in range(low, high + 1):
        if back >= heavy.toordinal():
            return None  # before the calendar's first day
        day = heavy - dt.timedelta(days=back)
        if last_done is not None and day <= last_done:
            return None
        if day.weekday() in days:
            return day
    return None


def primer_set(
    heavy: Set,
    dose: primers.PrimerDose,
    muscle: Muscle,
    date: dt.date,
    gym: Gym,
    bodyweight: Load | None,
    maximum: Load | None,
    source: str,
) -> Set | None:
    """A primer set for ``heavy``'s exercise: ``dose`` of light eccentric work.

    Bar, dumbbell and stack exercises: tempo eccentrics (lowered in 4 s) at a light load, about
    8 reps of it, the reps making the middle of the dose. Bodyweight eccentrics (the Nordic
    curl): a few reps of the exercise itself. ``None`` when even one rep is more than
    `negatives.safety.primer.PRIMER_MAX_SHARE` of the heavy volume, or the load is unknown.
    """
    exercise = heavy.exercise
    middle = (dose.low.kg + dose.high.kg) / 2
    most = primers.PRIMER_MAX_SHARE * dose.heavy_volume.kg
    unit = heavy.load.unit
    tempo: Tempo | None
    if overload.bar_loaded(exercise):
        multiplier = exercise.load_multiplier
        load = gym.round(Load(middle / 8 / multiplier, "kg").to(unit), exercise)
        per_rep = exercise.total_load(load).kg
        if per_rep <= 0:
            return None
        reps = max(1, min(PRIMER_MAX_REPS, round(middle / per_rep)))
        while reps > 1 and reps * per_rep > most:
            reps -= 1
        method = Method.TEMPO_ECCENTRIC
        tempo = PRIMER_TEMPO
    else:
        share = heavy.bodyweight_share(bodyweight)
        if share is None:
            return None
        per_rep = (exercise.total_load(heavy.load) + share.to(heavy.load.unit)).kg
        if per_rep <= 0:
            return None
        reps = max(1, round(middle / per_rep))
        method = Method(heavy.method) if isinstance(heavy.method, str) else heavy.method
        tempo = heavy.tempo
        load = heavy.load
    if reps * per_rep > most:
        return None
    volume = reps * per_rep
    share_text = fmt_number(round(volume / dose.heavy_volume.kg * 100))
    heavy_text = fmt_number(round(dose.heavy_volume.kg))
    basis = Basis(
        one_rep_max=maximum,
        one_rep_max_source=source if maximum is not None else "",
        working_load=load,
        sources=(PRIMER_SOURCE,),
        notes=(
            f"primer for the {muscle.value.replace('_', ' ')}: {fmt_number(round(volume))} kg "
            f"of eccentric volume, {share_text} % of the {heavy_text} kg of the first heavy "
            f"session on {_day(date)} (the dose: 10-15 %, 2-7 days before)",
        ),
    )
    prescription = Prescription(
        exercise, method=method, sets=1, reps=reps, load=load, tempo=tempo, basis=basis
    )
    return Set(
        exercise, reps=reps, load=load, tempo=tempo, method=method, prescription=prescription
    )

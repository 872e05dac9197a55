"""Primer days and primer sets (`_primers`): the edges where no primer can be planned."""

from __future__ import annotations

import datetime as dt

import negatives as neg
from negatives.progressions import Gym
from negatives.progressions._primers import primer_day, primer_set
from negatives.safety.primer import PRIMER_MAX_SHARE, PrimerDose

kg = neg.kg
MONDAY = dt.date(2026, 11, 23)
CURL = neg.catalog.lookup("barbell-curl")
NORDIC = neg.catalog.lookup("nordic-curl")
BICEPS = CURL.muscles[0]
HAMSTRINGS = NORDIC.muscles[0]


def _dose(muscle: neg.Muscle, volume: float, low: float = 0.10, high: float = 0.15) -> PrimerDose:
    return PrimerDose(muscle, kg(volume), kg(volume * low), kg(volume * high))


def test_the_primer_day_is_the_latest_training_day_two_to_seven_days_before() -> None:
    assert primer_day(MONDAY, (0, 3), None) == MONDAY - dt.timedelta(days=4)  # Thursday
    assert primer_day(MONDAY, (0,), None) == MONDAY - dt.timedelta(days=7)


def test_no_primer_day_without_a_training_day_in_the_window() -> None:
    # Sundays only: one day before (too close) or eight (too far).
    assert primer_day(MONDAY, (6,), None) is None
    assert primer_day(MONDAY, (), None) is None


def test_no_primer_day_once_the_window_is_in_the_log() -> None:
    assert primer_day(MONDAY, (0, 3), MONDAY - dt.timedelta(days=2)) is None


def test_a_bar_primer_never_exceeds_the_largest_share_of_the_heavy_volume() -> None:
    heavy = neg.Set(CURL, reps=5, load=kg(60), method="negative_only")
    # A dose asking for more than the largest share: the reps are cut until it fits.
    dose = _dose(BICEPS, 400.0, low=0.3, high=0.3)
    made = primer_set(heavy, dose, BICEPS, MONDAY, Gym(), None, kg(50), "the athlete's 1RM")
    assert made is not None
    assert made.reps * made.load.kg <= PRIMER_MAX_SHARE * 400.0
    assert made.reps > 1
    assert made.method is neg.Method.TEMPO_ECCENTRIC


def test_a_bar_primer_is_refused_when_one_rep_is_too_much() -> None:
    heavy = neg.Set(CURL, reps=1, load=kg(60), method="negative_only")
    # 60 kg of heavy volume: a quarter is 15 kg, and the empty bar alone is 20 kg.
    made = primer_set(heavy, _dose(BICEPS, 60.0), BICEPS, MONDAY, Gym(), None, kg(50), "")
    assert made is None


def test_no_bar_primer_when_the_gym_builds_no_light_load() -> None:
    heavy = neg.Set(CURL, reps=5, load=kg(60), method="negative_only")
    gym = Gym(bar=kg(0), plates=(kg(25),))
    made = primer_set(heavy, _dose(BICEPS, 300.0), BICEPS, MONDAY, gym, None, kg(50), "")
    assert made is None


def test_a_bodyweight_primer_needs_the_bodyweight() -> None:
    heavy = neg.Set(NORDIC, reps=5, load=kg(0))
    dose = _dose(HAMSTRINGS, 300.0)
    assert primer_set(heavy, dose, HAMSTRINGS, MONDAY, Gym(), None, None, "") is None
    assert primer_set(heavy, dose, HAMSTRINGS, MONDAY, Gym(), kg(0), None, "") is None
    made = primer_set(heavy, dose, HAMSTRINGS, MONDAY, Gym(), kg(80), None, "")
    assert made is not None
    assert made.exercise.id == NORDIC.id
    assert made.prescription is not None
    assert made.prescription.basis is not None
    assert made.prescription.basis.one_rep_max_source == ""

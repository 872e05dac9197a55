"""`strength.one_rep_max` from a history: which sets count, which wins, and the checks."""

from __future__ import annotations

import datetime as dt

import pytest

import negatives as neg
from negatives import catalog, strength
from negatives.errors import NegativesWarning, ValidationError
from negatives.strength import Estimate

kg = neg.kg
BENCH = catalog.lookup("bench-press")
DAY = dt.date(2026, 11, 2)


def day(*sets: neg.Set, on: dt.date = DAY) -> neg.Session:
    return neg.Session(on, sets=list(sets))


def test_the_best_set_wins_not_the_first() -> None:
    history = [day(neg.Set(BENCH, reps=5, load=kg(80)), neg.Set(BENCH, reps=5, load=kg(90)))]
    best = strength.one_rep_max(BENCH, history=history, formula="epley")
    assert best.load == kg(105)
    assert best.set is not None
    assert best.set.load == kg(90)


def test_a_skipped_set_does_not_end_the_search() -> None:
    history = [
        day(
            neg.Set(BENCH, reps=40, load=kg(20)),  # beyond Brzycki's range: skipped
            neg.Set(BENCH, reps=5, load=kg(0)),  # no load: skipped
            neg.Set(BENCH, reps=5, load=kg(90)),
        )
    ]
    best = strength.one_rep_max(BENCH, history=history, formula="brzycki")
    assert best.load.value == pytest.approx(90 * 36 / 32)


def test_a_set_at_the_formulas_last_rep_counts() -> None:
    # Brzycki is defined up to 36 reps.
    history = [day(neg.Set(BENCH, reps=36, load=kg(20)))]
    with pytest.warns(NegativesWarning) as record:
        best = strength.one_rep_max(BENCH, history=history, formula="brzycki")
    assert best.load.value == pytest.approx(20 * 36)
    assert str(record[0].message).startswith(
        "the 1RM for 'bench-press' comes from a set of 36 reps (no set of 10 or fewer in the "
        "window) and is rough: "
    )


def test_a_tested_1rm_from_the_day_itself_counts() -> None:
    athlete = neg.Athlete(
        "ann",
        training_age_years=3,
        concentric_1rm={"bench-press": kg(110)},
        concentric_1rm_dates={"bench-press": DAY},
    )
    history = [day(neg.Set(BENCH, reps=5, load=kg(90)), on=DAY - dt.timedelta(days=5))]
    assert strength.one_rep_max(BENCH, athlete=athlete, history=history, as_of=DAY).source == (
        "tested"
    )
    earlier = strength.one_rep_max(
        BENCH, athlete=athlete, history=history, as_of=DAY - dt.timedelta(days=1)
    )
    assert earlier.source == "history"


def test_a_pair_of_dumbbells_is_written_per_dumbbell() -> None:
    press = catalog.lookup("dumbbell-bench-press")
    assert press.load_multiplier == 2
    history = [day(neg.Set(press, reps=5, load=kg(30)))]
    best = strength.one_rep_max(press, history=history, formula="epley")
    assert best.load == kg(35)


def test_estimate_checks_its_date_and_set() -> None:
    with pytest.raises(ValidationError) as error:
        Estimate(kg(100), "tested", dt.datetime(2026, 1, 1))
    assert str(error.value) == (
        "Estimate.date: must be a date or None, got datetime datetime.datetime(2026, 1, 1, 0, 0)"
    )
    with pytest.raises(ValidationError) as error:
        Estimate(kg(100), "history", DAY, "x")  # type: ignore[arg-type]
    assert str(error.value) == "Estimate.set: must be a Set or None, got 'x'"

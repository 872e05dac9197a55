"""NEG102 (supramaximal-minor): its parameter's bounds, and the sets it skips or cannot check."""

from __future__ import annotations

import pytest

import negatives as neg
from negatives import catalog, overload
from negatives.errors import PolicyError

from ._helpers import DAY, kg, note, run, session, single

BENCH = catalog.lookup("bench-press")
CHIN = catalog.lookup("chin-up")
HEAVY = overload.accentuated_eccentric(BENCH, one_rep_max=kg(70))
TEEN = neg.Athlete(
    "teen", training_age_years=2, birth_year=DAY.year - 16, concentric_1rm={"bench-press": kg(70)}
)


@pytest.mark.parametrize("min_age", [0, 0.5, 100])
def test_neg102_accepts_ages_from_0_to_100(min_age: float) -> None:
    run(session(HEAVY), "NEG102", athlete=TEEN, min_age=min_age)


@pytest.mark.parametrize("min_age", [-1, 100.5])
def test_neg102_refuses_other_ages(min_age: float) -> None:
    with pytest.raises(PolicyError, match="min_age"):
        run(session(HEAVY), "NEG102", athlete=TEEN, min_age=min_age)


def test_neg102_skipped_sets_do_not_stop_the_check() -> None:
    light = neg.Set(BENCH, reps=8, load=kg(40))  # no overload
    negative = neg.Set(CHIN, reps=3, load=kg(0), method="negative_only")  # bodyweight
    finding = single(run(session(light, negative, HEAVY), "NEG102", athlete=TEEN))
    assert finding.loc == ("sets", 2)
    assert finding.message == (
        f"supramaximal Barbell Bench Press for an athlete born in {DAY.year - 16}, who is 15 or "
        f"16 on {DAY.isoformat()}: no supramaximal eccentric work under 18"
    )


def test_neg102_without_an_athlete_says_where() -> None:
    item = note(run(session(HEAVY), "NEG102"))
    assert item.reason == "no athlete given (age unknown)"
    assert item.locs == (("sets", 0),)

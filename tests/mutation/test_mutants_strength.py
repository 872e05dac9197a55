"""negatives.strength: the refusals' whole messages and the arguments each function passes on."""

from __future__ import annotations

import datetime as dt

import pytest

import negatives as neg
from negatives import kg, strength
from negatives.errors import ValidationError
from negatives.strength import Estimate

LEVELS_OFF = (
    "(its curve levels off), so no number of reps matches a load below {floor} % of 1RM; use "
    "another formula, e.g. 'epley'"
)


@pytest.mark.parametrize(
    ("formula", "reason"),
    [
        (
            "mayhew",
            "Mayhew's equation never predicts a 1RM above 1.916 x the load "
            + LEVELS_OFF.format(floor=52.2),
        ),
        (
            "wathan",
            "Wathan's equation never predicts a 1RM above 2.049 x the load "
            + LEVELS_OFF.format(floor=48.8),
        ),
        (
            "consensus",
            "the consensus would need 37 reps or more, where Brzycki's equation is undefined; "
            "use a single formula, e.g. 'epley'",
        ),
    ],
)
def test_reps_at_a_load_too_light_for_the_formula(formula: str, reason: str) -> None:
    with pytest.raises(ValidationError) as error:
        strength.reps_at_load(kg(100), kg(40), formula)  # type: ignore[arg-type]
    assert str(error.value) == (f"reps_at_load.load: 40 kg is 40.0 % of the 1RM (100 kg): {reason}")


def test_capacity_fraction_reads_the_chart_at_the_effective_reps() -> None:
    # 4 lowerings of 5 s cost 4 x (1 + 0.1 x 2) = 4.8 reps: 0.90 - 0.03 x 0.8 = 0.876.
    assert strength.capacity_fraction(4, 5) == pytest.approx(0.876)
    assert strength.capacity_fraction(4) == pytest.approx(0.90)
    # Faster than 3 s costs nothing extra.
    assert strength.capacity_fraction(4, 2) == pytest.approx(0.90)


def test_eccentric_ratio_checks_the_athlete() -> None:
    with pytest.raises(ValidationError) as error:
        strength.eccentric_ratio(None, "ann")  # type: ignore[arg-type]
    assert str(error.value) == "eccentric_ratio.athlete: must be an Athlete or None, got 'ann'"


def test_a_tested_estimate_without_a_date() -> None:
    assert Estimate(kg(110), "tested").describe() == "tested 1RM 110 kg"
    assert Estimate(kg(110), "tested", dt.date(2026, 10, 1)).describe() == (
        "tested 1RM 110 kg (2026-10-01)"
    )


def test_eccentric_ratio_of_an_older_athlete_on_a_day() -> None:
    ann = neg.Athlete("ann", training_age_years=4, sex="female", birth_year=1960)
    assert strength.eccentric_ratio(None, ann) == (1.47, "sex")
    assert strength.eccentric_ratio(None, ann, on=dt.date(2025, 1, 1)) == (1.62, "age")
    assert strength.eccentric_ratio(None, ann, on=dt.date(2024, 12, 31)) == (1.47, "sex")

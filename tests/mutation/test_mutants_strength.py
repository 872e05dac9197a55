"""negatives.strength: the refusals' whole messages and the arguments each function passes on."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

import negatives as neg
from negatives import kg, strength
from negatives.errors import ValidationError
from negatives.strength import Estimate

BENCH = neg.catalog.lookup("bench-press")
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


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda: strength.rts_rpe(0, 0.8),
            "rts_rpe.reps: must be >= 1, got 0 (allowed: from 1 to 12)",
        ),
        (
            lambda: strength.rts_rpe(13, 0.5),
            "rts_rpe.reps: must be <= 12, got 13 (allowed: from 1 to 12)",
        ),
        (
            lambda: strength.rts_reps(8, 1.5),
            "rts_reps.fraction: must be <= 1 (the 1RM), got 1.5 (a load above the 1RM cannot be "
            "lifted even once)",
        ),
        (
            lambda: strength.rts_fraction(5, 8.25),
            "rts_fraction.rpe: must be on a half step of the RTS chart (6, 6.5, ..., 10), got 8.25",
        ),
        (
            lambda: strength.rts_fraction(5, "x"),  # type: ignore[arg-type]
            "rts_fraction.rpe: must be a number, got 'x'",
        ),
        (
            lambda: strength.eccentric_ratio(None, None, on=dt.datetime(2026, 1, 1)),
            "eccentric_ratio.on: must be a date (without a time) or None, got datetime "
            "datetime.datetime(2026, 1, 1, 0, 0)",
        ),
        (
            lambda: strength.eccentric_1rm(kg(100), "x"),  # type: ignore[arg-type]
            "eccentric_1rm.exercise: must be an Exercise or None, got 'x'",
        ),
        (
            lambda: strength.eccentric_1rm(kg(100), on=dt.datetime(2026, 1, 1)),
            "eccentric_1rm.on: must be a date (without a time) or None, got datetime "
            "datetime.datetime(2026, 1, 1, 0, 0)",
        ),
        (
            lambda: strength.safety_ratio(None),  # type: ignore[arg-type]
            "safety_ratio.exercise: must be an Exercise, got NoneType None",
        ),
        (
            lambda: strength.safe_eccentric_1rm(kg(0), BENCH),
            "safe_eccentric_1rm.concentric_1rm: must be > 0, got 0 kg",
        ),
        (
            lambda: strength.safe_eccentric_1rm(kg(100), BENCH, "ann"),  # type: ignore[arg-type]
            "safe_eccentric_1rm.athlete: must be an Athlete or None, got 'ann'",
        ),
        (
            # At RPE 6.25 the chart ends between its last two entries: 12 reps allow 0.579.
            lambda: strength.rts_reps(6.25, 0.575),
            "rts_reps.fraction: 0.575 of 1RM is lighter than 12 reps at RPE 6.25 (0.579), where "
            "the RTS chart ends",
        ),
    ],
)
def test_chart_refusals(call: Callable[[], object], message: str) -> None:
    with pytest.raises(ValidationError) as error:
        call()
    assert str(error.value) == message


def test_rts_reps_at_the_end_of_the_chart() -> None:
    # RPE 6.25, 0.58 of 1RM: index 29.43 between 0.586 and 0.572; reps 1 + (29.43 - 7.5) / 2.
    assert strength.rts_reps(6.25, 0.58) == pytest.approx(1 + (29 + 6 / 14 - 7.5) / 2)


@pytest.mark.parametrize(
    ("fraction", "tail"),
    [
        (5, "got 5; it is a fraction: did you mean 0.05?"),
        (4.99, "got 4.99 (a load above the 1RM cannot be lifted even once)"),
        (100, "got 100; it is a fraction: did you mean 1.00?"),
        (100.5, "got 100.5 (a load above the 1RM cannot be lifted even once)"),
    ],
)
def test_a_percent_is_told_apart_from_a_load_above_the_1rm(fraction: float, tail: str) -> None:
    # 5-100 reads as a percent given for a fraction; anything else above 1 as a load too heavy.
    with pytest.raises(ValidationError) as error:
        strength.nsca_reps(fraction)
    assert str(error.value) == f"nsca_reps.fraction: must be <= 1 (the 1RM), {tail}"


def _history_of(item: neg.Set) -> list[neg.Session]:
    return [neg.Session(dt.date(2026, 11, 2), sets=[item])]


@pytest.mark.parametrize(
    "item",
    [
        neg.Set(BENCH, reps=5, load=kg(100), assistance=kg(0.5)),  # a band helped every rep
        neg.Set(neg.catalog.lookup("nordic-curl"), reps=5, load=kg(10)),  # never lifted
        neg.Set(
            neg.Exercise(
                "fw-squat", "Flywheel Squat", muscles=["quadriceps"], equipment="flywheel"
            ),
            reps=5,
            load=kg(10),
        ),
    ],
)
def test_sets_that_do_not_feed_a_1rm_estimate(item: neg.Set) -> None:
    with pytest.raises(ValidationError, match=f"no 1RM for '{item.exercise.id}'"):
        strength.one_rep_max(item.exercise, history=_history_of(item))


def test_an_unassisted_set_with_zero_help_feeds_the_estimate() -> None:
    item = neg.Set(BENCH, reps=5, load=kg(100), assistance=kg(0))
    estimate = strength.one_rep_max(BENCH, history=_history_of(item))
    assert estimate.source == "history"
    assert estimate.load.value == pytest.approx(116.58, abs=0.01)

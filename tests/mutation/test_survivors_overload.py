"""`negatives.overload`: overloads at their limits, the notes a coach reads, and refusals.

Expected values are worked by hand from the calculators' documented rules (the seed's
"working load plus the overload", the eccentric capacity of `strength.eccentric_capacity`).
"""

from __future__ import annotations

import math
import re

import pytest

import negatives as neg
from negatives import catalog, overload
from negatives.errors import ValidationError

kg = neg.kg
BENCH = catalog.lookup("bench-press")
NO_HELP = (
    "on some reps the athlete lifts the bar without help at this effort: the overload is "
    "small for this working load"
)


def refused(message: str) -> pytest.RaisesExc[ValidationError]:
    """Expect a ValidationError whose whole text is ``message``."""
    return pytest.raises(ValidationError, match=f"^{re.escape(message)}$")


def notes(item: neg.Set) -> tuple[str, ...]:
    return basis(item).notes


def prescription(item: neg.Set) -> neg.Prescription:
    assert item.prescription is not None
    return item.prescription


def basis(item: neg.Set) -> neg.Basis:
    found = prescription(item).basis
    assert found is not None
    return found


# -- partner-assisted negatives: the overload actually prescribed -----------------------------


def test_the_recorded_overload_is_at_most_a_hundred_percent() -> None:
    # 50 kg x (1 + 1.0) = 100 kg, rounded up to 105 kg: +110 % on paper, recorded as +100 %.
    item = overload.partner_assisted_negatives(
        BENCH,
        working_load=kg(50),
        working_reps=8,
        reps=8,
        overload=1.0,
        allow_above_capacity=True,
        round_to=lambda load: load + kg(5),
    )
    assert item.load == kg(105)
    assert prescription(item).overload == 1.0


def test_rounding_down_to_the_working_load_says_so() -> None:
    item = overload.partner_assisted_negatives(
        BENCH, working_load=kg(100), working_reps=8, reps=8, round_to=lambda load: kg(100)
    )
    assert prescription(item).overload == 0.0
    assert notes(item)[-2:] == (
        "no overload left: rounding to a buildable load brought the bar down to the working "
        "load 100 kg; use finer increments or fewer reps",
        NO_HELP,
    )


def test_a_slow_tempo_can_leave_no_room_for_an_overload() -> None:
    # 8 reps of 10-s lowerings cost 8 x 1.7 = 13.6 reps: 0.70 x 1.4 / 1.4533 = 67.4 % of the
    # eccentric 1RM; 90 % of 125 kg x 1.2 x 0.674 = 91 kg, under the 100 kg working load.
    item = overload.partner_assisted_negatives(
        BENCH, working_load=kg(100), working_reps=8, reps=8, tempo="10-0-1-0"
    )
    assert prescription(item).overload == 0.0
    assert notes(item)[-2] == (
        "no room for an overload: 90 % of the eccentric capacity for 8 reps is at or under the "
        "working load 100 kg; do fewer reps for a heavier lowering"
    )


def test_a_given_overload_rounded_away_blames_the_rounding_even_without_room() -> None:
    item = overload.partner_assisted_negatives(
        BENCH,
        working_load=kg(100),
        working_reps=8,
        reps=8,
        tempo="10-0-1-0",
        overload=0.05,
        round_to=lambda load: kg(math.floor(load.value / 10) * 10),
    )
    assert item.load == kg(100)
    assert notes(item)[-2].startswith("no overload left: rounding to a buildable load")


def test_full_effort_on_a_small_overload_leaves_reps_without_help() -> None:
    item = overload.partner_assisted_negatives(
        BENCH, working_load=kg(100), working_reps=8, reps=8, concentric_effort=1.0, overload=0.02
    )
    found = basis(item)
    assert found.concentric_effort == 1.0
    assert item.load == kg(102)
    assert prescription(item).assistance is not None
    assert prescription(item).assistance[-1] == kg(2)  # the last rep: only the overload
    assert found.peak_assistance == kg(2)
    assert found.notes[-1] == NO_HELP


def test_the_default_effort_is_recorded() -> None:
    item = overload.partner_assisted_negatives(BENCH, one_rep_max=kg(100), reps=5)
    assert basis(item).concentric_effort == 0.8


def test_an_exercise_without_a_risk_class_gets_the_unclassified_default() -> None:
    press = neg.Exercise("press", "Press", muscles=["chest"], equipment="barbell")
    item = overload.partner_assisted_negatives(press, one_rep_max=kg(100), reps=5)
    assert basis(item).overload_source.startswith(
        "default for an unclassified-risk exercise (at most +25 %)"
    )


def test_the_athletes_tested_1rm_is_used() -> None:
    athlete = neg.Athlete("ann", training_age_years=3, concentric_1rm={"bench-press": kg(100)})
    item = overload.partner_assisted_negatives(BENCH, athlete=athlete, reps=5)
    assert basis(item).one_rep_max == kg(100)


# -- refusals ---------------------------------------------------------------------------------


def test_concentric_effort_is_at_most_one() -> None:
    with refused("arguments.concentric_effort: must be <= 1, got 1.5 (allowed: above 0 to 1)"):
        overload.partner_assisted_negatives(
            BENCH, one_rep_max=kg(100), reps=8, concentric_effort=1.5
        )


@pytest.mark.parametrize(
    ("value", "hint"),
    [
        (5, "; it is a fraction: did you mean 0.05?"),
        (100, "; it is a fraction: did you mean 1.00?"),
        (101, ""),
    ],
)
def test_a_percentage_from_5_to_100_is_read_as_a_slip(value: float, hint: str) -> None:
    with refused(f"arguments.overload: must be <= 1, got {value} (allowed: from 0 to 1){hint}"):
        overload.partner_assisted_negatives(BENCH, one_rep_max=kg(100), reps=8, overload=value)


def test_a_zero_working_load_is_refused() -> None:
    with refused("arguments.working_load: must be > 0, got 0 kg"):
        overload.partner_assisted_negatives(BENCH, working_load=kg(0), working_reps=8, reps=8)


def test_partner_assistance_names_a_bar_load_that_is_not_a_load() -> None:
    with refused("arguments.bar_load: must be a Load such as kg(40), got 'x'"):
        overload.partner_assistance("x", kg(100), 5)  # type: ignore[arg-type]


def test_a_rounding_that_returns_no_load_is_refused() -> None:
    with refused("arguments.round_to: must return a Load, returned 3"):
        overload.partner_assisted_negatives(
            BENCH,
            one_rep_max=kg(100),
            reps=5,
            round_to=lambda load: 3,  # type: ignore[arg-type,return-value]
        )


# -- the recorded working load and share of the 1RM --------------------------------------------


def test_tempo_eccentrics_record_the_load_as_the_working_load() -> None:
    item = overload.tempo_eccentrics(BENCH, working_load=kg(80), working_reps=8, reps=8)
    assert basis(item).working_load == item.load


@pytest.mark.parametrize(("bar", "fraction"), [(125.0, 2.0), (150.0, None), (250.0, None)])
def test_the_share_of_the_1rm_is_recorded_up_to_twice_it(
    bar: float, fraction: float | None
) -> None:
    item = overload.partner_assisted_negatives(
        BENCH,
        working_load=kg(50),
        working_reps=8,
        reps=8,
        overload=1.0,
        allow_above_capacity=True,
        round_to=lambda load: kg(bar),
    )
    assert item.load == kg(bar)
    assert prescription(item).fraction_1rm == fraction  # 1RM 50 / 0.8 = 62.5 kg


def test_a_light_1rm_still_gets_its_share() -> None:
    item = overload.tempo_eccentrics(BENCH, one_rep_max=kg(1), reps=5)
    assert prescription(item).fraction_1rm == pytest.approx(item.load.value)
    assert 0 < item.load.value < 1


def test_the_first_bad_argument_is_the_effort() -> None:
    # The effort is checked before the strength: it is the problem reported.
    with refused("arguments.concentric_effort: must be <= 1, got 1.5 (allowed: above 0 to 1)"):
        overload.partner_assisted_negatives(
            BENCH, working_load=kg(0), working_reps=8, reps=8, concentric_effort=1.5
        )


def test_the_capacity_note_gives_a_measured_ratio_to_three_places() -> None:
    athlete = neg.Athlete("ann", training_age_years=3, ecc_con_ratio={"bench-press": 1.12345})
    item = overload.tempo_eccentrics(BENCH, one_rep_max=kg(100), reps=5, athlete=athlete)
    assert notes(item)[0].startswith(
        "eccentric capacity for 5 lowerings of 4 s: 1RM 100 kg x 1.123 (the athlete's measured "
        "ratio) x "
    )


def test_the_capacity_note_gives_the_lowering_to_two_places() -> None:
    item = overload.tempo_eccentrics(BENCH, one_rep_max=kg(100), reps=5, tempo="4.125-0-1-0")
    assert notes(item)[0].startswith("eccentric capacity for 5 lowerings of 4.12 s: ")


def test_a_load_rounded_above_the_capacity_is_named_to_two_places() -> None:
    item = overload.tempo_eccentrics(
        BENCH, one_rep_max=kg(100.123), reps=5, round_to=lambda load: load + kg(50)
    )
    text = notes(item)[1]
    assert re.fullmatch(
        r"(\d+\.\d\d) kg rounds to \d+\.\d kg, above the eccentric capacity: kept \1 kg "
        r"\(round down instead\)",
        text,
    ), text


def test_a_hair_above_a_limit_is_not_above_it() -> None:
    assert not overload.exceeds(kg(100.0000005), kg(100))
    assert overload.exceeds(kg(100.00001), kg(100))


def test_a_flywheel_set_is_not_a_bar_overload() -> None:
    wheel = neg.Exercise(
        "wheel-squat", "Flywheel Squat", muscles=["quadriceps"], equipment="flywheel"
    )
    item = neg.Set(wheel, reps=6, load=kg(0), method="flywheel")
    assert overload.is_overload(item) is False


def test_a_percentage_up_to_twice_the_load_is_read_as_a_slip() -> None:
    # The eccentric load may be up to 2 x the 1RM, so 150 reads as 1.50.
    with refused(
        "arguments.eccentric_fraction: must be <= 2, got 150 (allowed: above 0 to 2); it is a "
        "fraction: did you mean 1.50?"
    ):
        overload.accentuated_eccentric(BENCH, one_rep_max=kg(100), reps=5, eccentric_fraction=150)


# -- capacity_use: which lowerings come closest to the capacity --------------------------------


def test_the_heaviest_lowering_is_counted_first() -> None:
    # Logged light first: 100 kg once uses 100 / (100 x 1.2 x 1.00) = 83 % of the capacity,
    # more than both reps (50 kg is the lighter of them) against 100 x 1.2 x 0.95.
    item = neg.Set(BENCH, reps=2, load=kg(100), rep_detail=[BENCH.rep(kg(50)), BENCH.rep(kg(100))])
    use = overload.capacity_use(item, one_rep_max=kg(100))
    assert use is not None
    assert (use.load, use.reps, use.effective_reps) == (kg(100), 1, 1.0)
    assert use.capacity == kg(120)


def test_the_slowest_of_the_lowerings_counted_is_reported() -> None:
    # 6 s costs 1.3 reps, 2 s costs 1: 2.3 reps, 0.95 - 0.02 x 0.3 = 94.4 % -> 113.28 kg.
    item = neg.Set(
        BENCH,
        reps=2,
        load=kg(100),
        rep_detail=[BENCH.rep(kg(100), tempo="6-0-1-0"), BENCH.rep(kg(100), tempo="2-0-1-0")],
    )
    use = overload.capacity_use(item, one_rep_max=kg(100))
    assert use is not None
    assert (use.reps, use.slowest) == (2, 6.0)
    assert use.effective_reps == pytest.approx(2.3)
    assert use.capacity.value == pytest.approx(113.28)


def test_the_athletes_measured_ratio_lowers_the_capacity() -> None:
    athlete = neg.Athlete("ann", training_age_years=3, ecc_con_ratio={"bench-press": 1.0})
    use = overload.capacity_use(
        neg.Set(BENCH, reps=1, load=kg(100)), one_rep_max=kg(100), athlete=athlete
    )
    assert use is not None
    assert use.capacity == kg(100)


def test_on_a_tie_the_shortest_run_of_lowerings_is_reported() -> None:
    # 2/1 leg extensions, 55 kg lowered on one leg (110 kg on both): each lowering costs half
    # a rep, so one and two lowerings both face the one-rep capacity 100 x 1.3 = 130 kg.
    item = overload.two_one(
        catalog.lookup("leg-extension"), one_rep_max=kg(100), reps_per_limb=1, tempo="2-0-1-0"
    )
    use = overload.capacity_use(item, one_rep_max=kg(100))
    assert use is not None
    assert (use.reps, use.effective_reps, use.capacity) == (1, 1.0, kg(130))
    assert use.load.value == pytest.approx(110)


# -- accentuated eccentric loading: the lift is held to the NSCA chart's load -----------------


def up_by(step: float) -> overload.Rounding:
    return lambda load: kg(math.ceil(load.value / step) * step)


def lift(item: neg.Set) -> neg.Load:
    assert item.rep_detail is not None
    load = item.rep_detail[0].concentric.load
    assert load is not None
    return load


def test_the_default_lift_is_90_percent_of_the_chart_load_and_not_rounded_above_it() -> None:
    # 5 reps allow 87 % of the 1RM (NSCA): the lift defaults to 0.9 x 87 = 78.3 kg; rounded up
    # in 30 kg steps it would be 90 kg, above the 87 kg, so it stays 78.3 kg.
    plain = overload.accentuated_eccentric(BENCH, one_rep_max=kg(100), reps=5)
    assert lift(plain).value == pytest.approx(78.3)
    item = overload.accentuated_eccentric(BENCH, one_rep_max=kg(100), reps=5, round_to=up_by(30))
    assert lift(item).value == pytest.approx(78.3)
    assert "above the NSCA chart's load for 5 reps: kept 78.3 kg" in " ".join(notes(item))


def test_a_given_lift_is_not_rounded_above_the_chart_load() -> None:
    item = overload.accentuated_eccentric(
        BENCH, one_rep_max=kg(100), reps=5, concentric_fraction=0.85, round_to=up_by(20)
    )
    assert lift(item) == kg(85)
    assert (
        "85 kg rounds to 100 kg, above the NSCA chart's load for 5 reps: kept 85 kg (round down "
        "instead)"
    ) in notes(item)


def test_tempo_eccentrics_are_not_rounded_above_the_capacity() -> None:
    # 5 reps at 3 s: 87 kg, capacity 100 x 1.2 x 0.87 = 104.4 kg; 120 kg would exceed it.
    item = overload.tempo_eccentrics(
        BENCH, one_rep_max=kg(100), reps=5, tempo="3-0-1-0", round_to=up_by(60)
    )
    assert item.load == kg(87)
    assert (
        notes(item)[1]
        == "87 kg rounds to 120 kg, above the eccentric capacity: kept 87 kg (round down instead)"
    )


def test_the_capacity_note_gives_the_chart_reps_to_two_places() -> None:
    # 7 lowerings of 4.125 s: 7 x (1 + 0.1 x 1.125) = 7.7875 reps.
    item = overload.tempo_eccentrics(BENCH, one_rep_max=kg(100), reps=7, tempo="4.125-0-1-0")
    assert "(NSCA chart at 7.79 reps)" in notes(item)[0]

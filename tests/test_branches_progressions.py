"""Branches of the program builder's helpers that the other tests leave out (coverage gate)."""

import datetime as dt

import negatives as neg
from negatives.progressions import Program, ProgramSlot
from negatives.progressions._limits import limits
from negatives.progressions._primers import primer_day, primer_set
from negatives.progressions._text import _adjusted, _describe, _groups, _weeks
from negatives.progressions.base import Gym
from negatives.progressions.program import Adjustment
from negatives.safety import Policy
from negatives.safety.primer import PrimerDose

kg = neg.kg
CURL = neg.catalog.lookup("barbell-curl")
NORDIC = neg.catalog.lookup("nordic-curl")
HEAVY_DAY = dt.date(2026, 11, 23)  # a Monday
PRIMER_DAY = dt.date(2026, 11, 19)


def _dose(volume_kg: float, low: float = 0.10, high: float = 0.15) -> PrimerDose:
    return PrimerDose(neg.Muscle.BICEPS, kg(volume_kg), kg(volume_kg * low), kg(volume_kg * high))


def test_the_primer_day_is_the_latest_training_day_in_the_window() -> None:
    assert primer_day(HEAVY_DAY, [0], None) == dt.date(2026, 11, 16)  # a week before
    assert primer_day(HEAVY_DAY, [3, 4], None) == dt.date(2026, 11, 20)


def test_no_primer_day_without_a_training_day_in_the_window_or_after_the_last_done() -> None:
    assert primer_day(HEAVY_DAY, [], None) is None
    assert primer_day(HEAVY_DAY, [3], dt.date(2026, 11, 21)) is None


def test_a_bar_primer_whose_load_rounds_to_nothing_is_not_planned() -> None:
    heavy = neg.Set(CURL, reps=5, load=kg(40), tempo="5-0-1-0")
    weightless_bar = Gym(bar=kg(0))  # a light primer load rounds to the (empty) bar: 0 kg
    made = primer_set(
        heavy, _dose(1), neg.Muscle.BICEPS, PRIMER_DAY, weightless_bar, None, None, ""
    )
    assert made is None


def test_a_bar_primer_one_rep_of_which_is_too_much_is_not_planned() -> None:
    heavy = neg.Set(CURL, reps=5, load=kg(40), tempo="5-0-1-0")
    assert (
        primer_set(heavy, _dose(10), neg.Muscle.BICEPS, PRIMER_DAY, Gym(), None, None, "") is None
    )


def test_a_bar_primer_drops_reps_to_stay_within_the_share_of_the_heavy_volume() -> None:
    heavy = neg.Set(CURL, reps=5, load=kg(40), tempo="5-0-1-0")
    # A dose above the most a primer may be (25 %): the reps are cut until it fits.
    made = primer_set(
        heavy, _dose(1000, 0.3, 0.3), neg.Muscle.BICEPS, PRIMER_DAY, Gym(), None, None, ""
    )
    assert made is not None
    assert made.load == kg(37.5)
    assert made.reps == 6
    assert made.reps * 37.5 <= 250


def test_a_bodyweight_primer_needs_the_bodyweight() -> None:
    heavy = neg.Set(NORDIC, reps=3, load=kg(0), tempo="5-0-X-0")
    dose = _dose(1000)
    assert primer_set(heavy, dose, neg.Muscle.HAMSTRINGS, PRIMER_DAY, Gym(), None, None, "") is None
    made = primer_set(heavy, dose, neg.Muscle.HAMSTRINGS, PRIMER_DAY, Gym(), kg(80), None, "")
    assert made is not None
    assert made.exercise == NORDIC
    assert made.reps == 2  # 2 x 70.4 kg: 141 kg, 14 % of the heavy 1000 kg


def test_a_bodyweight_primer_of_no_weight_or_too_heavy_a_rep_is_not_planned() -> None:
    heavy = neg.Set(NORDIC, reps=3, load=kg(0), tempo="5-0-X-0")
    tiny = _dose(50)  # one rep (70.4 kg) is more than a quarter of 50 kg
    assert (
        primer_set(heavy, tiny, neg.Muscle.HAMSTRINGS, PRIMER_DAY, Gym(), kg(80), None, "") is None
    )
    weightless = primer_set(
        heavy, _dose(1000), neg.Muscle.HAMSTRINGS, PRIMER_DAY, Gym(), kg(0), None, ""
    )
    assert weightless is None


def test_sets_of_another_load_start_a_new_group() -> None:
    light = neg.Set(CURL, reps=8, load=kg(20))
    heavier = neg.Set(CURL, reps=8, load=kg(22.5))
    assert [(first, len(sets)) for first, sets in _groups([light, light, heavier])] == [
        (0, 2),
        (2, 1),
    ]


def test_accentuated_eccentric_sets_say_what_is_lifted_per_dumbbell() -> None:
    dumbbell_curl = neg.catalog.lookup("dumbbell-curl")
    rep = neg.Rep.of(kg(30), concentric_load=kg(20), starts_with=dumbbell_curl.starts_with)
    item = neg.Set(
        dumbbell_curl, reps=2, load=kg(15), method="accentuated_eccentric", rep_detail=[rep, rep]
    )
    assert _describe([item, item]) == (
        "Dumbbell Curl: 2 x 2 at 15 kg, accentuated eccentric (lifts 10 kg)"
    )


def test_an_adjustment_without_changes_or_reason_is_kept_with_its_codes() -> None:
    adjustment = Adjustment(
        loc=(), exercise="barbell-curl", proposed=kg(30), clamped=kg(25), codes=("NEG101",)
    )
    assert _adjusted(adjustment) == "kept (NEG101)"


def test_week_numbers_are_joined_in_runs() -> None:
    assert _weeks([]) == ""
    assert _weeks([8, 3, 4, 5, 6]) == "weeks 3-6, 8"


def _bench_negatives_program() -> Program:
    prescription = neg.Prescription(
        neg.catalog.lookup("bench-press"),
        method="partner_assisted",
        sets=2,
        reps=8,
        fraction_1rm=0.8,
        overload=0.25,
        tempo="4-0-2-0",
        rest=180,
    )
    slot = ProgramSlot(prescription=prescription, day=1)
    return Program(name="P", weeks=1, slots=[slot], start=HEAVY_DAY)


def test_without_an_athlete_the_plan_says_what_is_unknown() -> None:
    found = limits(
        _bench_negatives_program(),
        None,
        history_known=True,
        policy=Policy.preset("standard"),
        setup=None,
        maxima={},
    )
    messages = [limit.message for limit in found]
    assert messages[0].startswith("no athlete: the training age, 1RMs, bodyweight")
    assert messages[1].startswith("no 1RM for Barbell Bench Press")
    assert not any(message.startswith("readiness") for message in messages)


def test_a_flagged_screening_is_a_limit_and_ignored_rules_are_not() -> None:
    athlete = neg.Athlete(id="ana", training_age_years=3, screening=neg.Screening(statins=True))
    program = _bench_negatives_program()
    maxima = {"bench-press": kg(100)}
    standard = Policy.preset("standard")
    found = limits(program, athlete, history_known=True, policy=standard, setup=None, maxima=maxima)
    assert [limit.code for limit in found][:1] == ["NEG103"]
    assert "the screening flags statins" in found[0].message
    assert found[-1].message.startswith("readiness:")
    quiet = limits(
        program,
        athlete,
        history_known=True,
        policy=standard.ignoring("NEG1"),
        setup=None,
        maxima=maxima,
    )
    assert [limit.message.split(":")[0] for limit in quiet] == ["no setup"]

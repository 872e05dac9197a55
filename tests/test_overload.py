"""Eccentric prescriptions: partner-assisted, AEL, 2/1, negative-only, tempo, bodyweight."""

import datetime as dt
import itertools
from collections.abc import Callable
from typing import TypeVar

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import negatives as neg
from negatives import catalog, overload, strength
from negatives.model import Basis, MethodCategory

kg = neg.kg
CURL = neg.Exercise(
    "barbell-curl", "Barbell Curl", muscles=["biceps"], equipment="barbell", risk="low"
)
BENCH = catalog.lookup("bench-press")
LEG_PRESS = catalog.lookup("leg-press")
CHIN_UP = catalog.lookup("chin-up")
DB_CURL = catalog.lookup("dumbbell-curl")
NORDIC = catalog.lookup("nordic-curl")

DAY = dt.date(2026, 11, 23)

T = TypeVar("T")


def present(value: T | None) -> T:
    """The value, which the test expects the calculator to have filled in."""
    assert value is not None
    return value


def _prescription(s: neg.Set) -> neg.Prescription:
    """The prescription a calculator wrote on the set."""
    return present(s.prescription)


def _basis(s: neg.Set) -> Basis:
    """How the calculator arrived at the set."""
    return present(present(s.prescription).basis)


maxima = st.floats(min_value=20, max_value=250).map(kg)
efforts = st.floats(min_value=0.3, max_value=1.0)
overloads = st.floats(min_value=0.0, max_value=0.6)
rep_counts = st.integers(min_value=1, max_value=12)
tempos_for_capacity = st.sampled_from([None, "2-0-1-0", "3-0-1-0", "4-0-2-0", "6-0-1-0", "X-0-1-0"])


# -- the DOMAIN §3 worked example ------------------------------------------------------------------


def test_the_documented_example_gives_13_kg_then_22_kg_of_help() -> None:
    # W = 40 kg x 10 -> 1RM ~ 53 kg; +40 % -> 56 kg; effort 0.8 -> ~13 kg on rep 1, ~22 kg on
    # rep 8 (allow_above_capacity: 8 lowerings of 4 s allow 49.7 kg, see the next test).
    s = overload.partner_assisted_negatives(
        CURL, working_load=kg(40), working_reps=10, overload=0.40, reps=8, allow_above_capacity=True
    )
    assert s.load == kg(56)
    assert s.method is neg.Method.PARTNER_ASSISTED
    assert str(s.tempo) == "4-0-2-0"
    help_ = [present(rep.assistance).value for rep in s.expand()]
    assert round(help_[0]) == 13
    assert round(help_[-1]) == 22
    basis = _basis(s)
    assert present(basis.one_rep_max).isclose(kg(40 / 0.75))
    assert present(basis.peak_assistance).isclose(kg(help_[-1]))
    assert present(basis.total_assistance).isclose(kg(sum(help_)))
    assert basis.category is MethodCategory.SUPRAMAXIMAL  # 56 / 53.3 = 105 %
    assert not basis.capped


def test_the_same_set_is_held_to_the_capacity_for_8_lowerings() -> None:
    s = overload.partner_assisted_negatives(
        CURL, working_load=kg(40), working_reps=10, overload=0.40, reps=8
    )
    capacity = strength.eccentric_capacity(CURL, one_rep_max=kg(40 / 0.75), reps=8, tempo="4-0-2-0")
    assert s.load.isclose(capacity)  # 53.3 kg x 1.20 x 77.6 % = 49.7 kg
    assert f"{s.load:.1f}" == "49.7 kg"
    assert _basis(s).capped
    assert present(_basis(s).eccentric_capacity).isclose(capacity)
    assert present(_prescription(s).overload) == pytest.approx(49.664 / 40 - 1, abs=1e-3)


def test_the_result_round_trips_through_json() -> None:
    s = overload.partner_assisted_negatives(CURL, one_rep_max=kg(55))
    assert neg.from_json(neg.to_json(s), neg.Set) == s


# -- the acceptance examples ---------------------------------------------------------------


def test_bench_plus_50_percent_for_8_reps_is_held_near_the_capacity_and_says_so() -> None:
    # Before: 120 kg x 8 (held only to the 124 kg one-rep estimate). Eight lowerings of 4 s allow
    # 100 kg x 1.20 x 77.6 % = 93.1 kg.
    s = overload.partner_assisted_negatives(
        BENCH, one_rep_max=kg(100), overload=0.5, reps=8, tempo="4-0-2-0"
    )
    assert s.load.kg <= 110
    assert f"{s.load:.1f}" == "93.1 kg"
    text = overload.explain(s)
    assert "eccentric capacity for these reps and tempo: 93.1 kg (the load was lowered to it)" in (
        text
    )
    assert "the requested 120 kg is above the eccentric capacity 93.1 kg" in text
    assert "the standard safety policy refuses it (NEG201)" in text
    assert "given +50 %, held to the capacity" in text


def test_the_default_curl_for_6_reps_passes_the_standard_policy() -> None:
    # Before: 57.4 kg and a NEG201 error. The default now stays within 90 % of the capacity.
    s = overload.partner_assisted_negatives(CURL, one_rep_max=kg(50), reps=6)
    assert f"{s.load:.1f}" == "45.3 kg"
    athlete = neg.Athlete("ana", training_age_years=3, concentric_1rm={"barbell-curl": kg(50)})
    report = neg.safety.check(
        neg.Session(DAY, sets=[s], setup=neg.Setup(spotters=1)), athlete=athlete, history=()
    )
    assert not report.has_errors
    assert "NEG201" not in report.codes()


def test_a_load_at_the_capacity_is_not_reported_above_it() -> None:
    # The "51.8 kg is above the estimate 51.8 kg" bug: a float comparison without tolerance.
    # One rep at +20 % is the safe eccentric 1RM itself (1RM x 1.20), reached by another path.
    assert not overload.exceeds(kg(51.800000000000004), kg(51.8))
    for tenths in range(200, 2500, 7):
        one_rm = kg(tenths / 10)
        s = overload.partner_assisted_negatives(
            CURL, one_rep_max=one_rm, overload=0.2, reps=1, tempo=None
        )
        assert not _basis(s).capped, one_rm
        assert not any("above the eccentric capacity" in n for n in _basis(s).notes)


def test_explain_does_not_cite_the_chart_for_a_tested_1rm_nor_8_10_reps_for_6() -> None:
    athlete = neg.Athlete("bo", training_age_years=3, concentric_1rm={"barbell-curl": kg(50)})
    text = overload.explain(overload.partner_assisted_negatives(CURL, athlete=athlete, reps=6))
    assert "1RM from" not in text
    assert "8-10" not in text
    assert "working load for 6 reps: 85 % of the 1RM by the NSCA training-load chart" in text
    from_working = overload.explain(
        overload.partner_assisted_negatives(CURL, working_load=kg(40), working_reps=10)
    )
    assert "1RM from the working set's reps: NSCA training-load chart" in from_working


# -- properties ------------------------------------------------------------------------------------


@given(maxima, overloads, rep_counts, efforts)
def test_assistance_is_never_negative_and_never_decreases_over_a_set(
    one_rm: neg.Load, extra: float, reps: int, effort: float
) -> None:
    s = overload.partner_assisted_negatives(
        CURL,
        one_rep_max=one_rm,
        overload=extra,
        reps=reps,
        concentric_effort=effort,
        allow_above_capacity=True,
    )
    help_ = [present(rep.assistance).kg for rep in s.expand()]
    assert all(h >= 0 for h in help_)
    assert all(a <= b + 1e-9 for a, b in itertools.pairwise(help_))


@given(maxima, overloads, rep_counts, efforts)
def test_the_athletes_lift_is_at_most_effort_times_capacity(
    one_rm: neg.Load, extra: float, reps: int, effort: float
) -> None:
    s = overload.partner_assisted_negatives(
        CURL,
        one_rep_max=one_rm,
        overload=extra,
        reps=reps,
        concentric_effort=effort,
        allow_above_capacity=True,
    )
    for j, rep in enumerate(s.expand(), start=1):
        lifted = present(rep.athlete_concentric_load).kg
        assert lifted <= effort * strength.nsca_fraction(j) * one_rm.kg + 1e-9
        assert rep.athlete_eccentric_load == s.total_load  # lowered alone


@given(maxima, st.floats(min_value=0.0, max_value=1.0), rep_counts, tempos_for_capacity)
def test_prescriptions_never_exceed_the_capacity_unless_told_to(
    one_rm: neg.Load, extra: float, reps: int, tempo: str | None
) -> None:
    s = overload.partner_assisted_negatives(
        CURL, one_rep_max=one_rm, overload=extra, reps=reps, tempo=tempo
    )
    capacity = strength.eccentric_capacity(CURL, one_rep_max=one_rm, reps=reps, tempo=tempo)
    requested = one_rm * strength.nsca_fraction(reps) * (1 + extra)
    assert not overload.exceeds(s.load, capacity)
    assert _basis(s).capped == overload.exceeds(requested, capacity)
    assert present(_basis(s).eccentric_capacity).isclose(capacity)
    over = overload.partner_assisted_negatives(
        CURL, one_rep_max=one_rm, overload=extra, reps=reps, tempo=tempo, allow_above_capacity=True
    )
    assert over.load.isclose(requested)


@given(maxima, rep_counts, tempos_for_capacity)
def test_the_default_overload_stays_within_90_percent_of_the_capacity(
    one_rm: neg.Load, reps: int, tempo: str | None
) -> None:
    for exercise in (CURL, BENCH, LEG_PRESS, DB_CURL):
        s = overload.partner_assisted_negatives(
            exercise, one_rep_max=one_rm, reps=reps, tempo=tempo
        )
        capacity = strength.eccentric_capacity(exercise, one_rep_max=one_rm, reps=reps, tempo=tempo)
        assert not overload.exceeds(s.load, capacity * overload.DEFAULT_CAPACITY_SHARE)
        assert (
            0
            <= present(_prescription(s).overload)
            <= overload.DEFAULT_OVERLOAD[exercise.risk] + 1e-9
        )


@given(maxima, st.floats(min_value=1.0, max_value=1.3), st.floats(min_value=0.3, max_value=0.9))
def test_ael_lowers_more_than_it_lifts_and_stays_under_the_capacity(
    one_rm: neg.Load, down: float, up: float
) -> None:
    assume(up < down)
    if up >= 0.93:  # held to the load three reps allow (93 %), the lift would meet the lowering
        assume(down > 0.93 * 1.0001)
    s = overload.accentuated_eccentric(
        BENCH, one_rep_max=one_rm, eccentric_fraction=down, concentric_fraction=up
    )
    first = s.expand()[0]
    assert present(first.eccentric_load) > present(first.concentric_load)
    capacity = strength.eccentric_capacity(BENCH, one_rep_max=one_rm, reps=1)
    assert not overload.exceeds(s.load, capacity)
    assert _basis(s).category in (MethodCategory.SUPRAMAXIMAL, MethodCategory.SUBMAXIMAL)


@given(st.sampled_from(catalog.exercises()), maxima)
def test_every_catalog_lift_gets_a_valid_partner_assisted_set(
    exercise: neg.Exercise, one_rm: neg.Load
) -> None:
    assume(overload.bar_loaded(exercise))
    s = overload.partner_assisted_negatives(exercise, one_rep_max=one_rm)
    assert s.reps == 8
    assert 0 <= present(_prescription(s).overload) <= overload.DEFAULT_OVERLOAD[exercise.risk]
    assert neg.analysis.volume(s).value > 0


# -- the method category ---------------------------------------------------------------------------


def test_category_follows_the_loads_not_the_label() -> None:
    # DOMAIN §1: +25 % on a light working load is submaximal; +50 % on an 8RM is supramaximal.
    one_rm = kg(100)
    light = overload.partner_assisted_negatives(
        CURL, working_load=kg(60), working_reps=15, overload=0.25, reps=8, one_rep_max=None
    )
    assert _basis(light).category is MethodCategory.SUBMAXIMAL
    heavy = overload.partner_assisted_negatives(
        CURL, one_rep_max=one_rm, overload=0.50, reps=8, allow_above_capacity=True
    )
    assert _basis(heavy).category is MethodCategory.SUPRAMAXIMAL
    assert heavy.load == kg(120)


def test_category_of_plain_sets() -> None:
    plain = neg.Set(CURL, reps=8, load=kg(40), tempo="2-0-1-0")
    slow = neg.Set(CURL, reps=8, load=kg(40), tempo="4-0-1-0")
    unknown_tempo = neg.Set(CURL, reps=8, load=kg(40))
    fly = neg.Set(CURL, reps=8, load=kg(0), method="flywheel")
    assert overload.method_category(plain, one_rep_max=None) is MethodCategory.CONVENTIONAL
    assert overload.method_category(slow, one_rep_max=None) is MethodCategory.TEMPO
    assert overload.method_category(unknown_tempo, one_rep_max=None) is (
        MethodCategory.CONVENTIONAL
    )
    assert overload.method_category(fly, one_rep_max=None) is MethodCategory.FLYWHEEL


def test_category_needs_the_1rm_for_overload_and_the_bodyweight_for_bodyweight_lifts() -> None:
    negative = neg.Set(CURL, reps=5, load=kg(50), method="negative_only")
    assert overload.method_category(negative, one_rep_max=None) is None
    assert overload.method_category(negative, one_rep_max=kg(55)) is MethodCategory.SUBMAXIMAL
    assert overload.method_category(negative, one_rep_max=kg(45)) is MethodCategory.SUPRAMAXIMAL
    chins = neg.Set(CHIN_UP, reps=5, load=kg(0), method="negative_only")
    assert overload.method_category(chins, one_rep_max=kg(100)) is None  # bodyweight unknown
    assert (
        overload.method_category(chins, one_rep_max=kg(100), bodyweight=kg(80))
        is MethodCategory.SUBMAXIMAL
    )


def test_two_one_default_stays_within_90_percent_of_the_per_limb_capacity() -> None:
    # 4 lowerings per limb of 5 s count as 4.8 reps: 87.6 %; leg press (a machine) x 1.30.
    s = overload.two_one(LEG_PRESS, one_rep_max=kg(200))
    per_limb = 200 * 1.30 * 0.876 / 2
    assert s.load.isclose(kg(0.9 * per_limb))  # below the traditional 110 %
    assert present(_basis(s).eccentric_capacity).isclose(kg(per_limb))
    assert present(overload.eccentric_equivalent(s)).isclose(kg(2 * 0.9 * per_limb))
    assert "per limb" in overload.explain(s)


def test_two_one_at_70_percent_is_held_to_the_capacity_and_supramaximal_per_limb() -> None:
    s = overload.two_one(LEG_PRESS, one_rep_max=kg(200), fraction=0.70)
    assert s.load.isclose(kg(200 * 1.30 * 0.876 / 2))  # 140 kg asked: 113.9 allowed
    assert _basis(s).capped
    assert s.reps == 8
    rep = s.expand()[0]
    assert (rep.eccentric.limbs, rep.concentric.limbs) == (1, 2)
    assert _basis(s).category is MethodCategory.SUPRAMAXIMAL  # 2 x 113.9 > 200
    kept = overload.two_one(
        LEG_PRESS, one_rep_max=kg(200), fraction=0.70, allow_above_capacity=True
    )
    assert kept.load == kg(140)


# -- the other methods -----------------------------------------------------------------------------


def test_ael_with_releasers_on_the_first_rep_only() -> None:
    s = overload.accentuated_eccentric(BENCH, one_rep_max=kg(100), reps=3)
    first, second, third = s.expand()
    assert (first.eccentric_load, first.concentric_load) == (kg(105), kg(80))
    assert (second.eccentric_load, third.concentric_load) == (kg(80), kg(80))
    # On every rep, three heavy lowerings allow 120 kg x 93 %: 90 % of it, 100.4 kg.
    every = overload.accentuated_eccentric(BENCH, one_rep_max=kg(100), releasers="every")
    assert all(present(rep.eccentric_load).isclose(kg(0.9 * 120 * 0.93)) for rep in every.expand())


def test_ael_lowers_the_default_lift_for_many_reps() -> None:
    s = overload.accentuated_eccentric(BENCH, one_rep_max=kg(100), reps=12)
    up = present(s.expand()[1].concentric_load)
    assert up.isclose(kg(0.9 * 70))  # 12 reps allow 70 %: the default lifts 90 % of it
    # An athlete who lowers no more than they lift leaves no room between the two.
    even = neg.Athlete("al", training_age_years=3, ecc_con_ratio={"bench-press": 1.0})
    with pytest.raises(neg.ValidationError, match="as heavy as the lowering"):
        overload.accentuated_eccentric(
            BENCH, one_rep_max=kg(100), athlete=even, reps=12, releasers="every",
            eccentric_fraction=1.1, concentric_fraction=0.9,
        )  # fmt: skip


def test_negative_only_is_held_to_the_capacity_and_the_lift_is_done_for_the_athlete() -> None:
    s = overload.negative_only(CURL, one_rep_max=kg(50))
    # 5 lowerings of 5 s count as 6 reps: 85 %; 50 kg x 1.20 x 85 % = 51 kg; 90 % of it.
    assert s.load.isclose(kg(0.9 * 51))
    assert all(rep.athlete_concentric_load == kg(0) for rep in s.expand())
    assert _basis(s).category is MethodCategory.SUBMAXIMAL


def test_tempo_eccentrics_lighten_the_load_for_a_slow_lowering() -> None:
    s = overload.tempo_eccentrics(CURL, one_rep_max=kg(50), reps=8)
    assert s.load.isclose(kg(50 * 0.776))  # 8 lowerings of 4 s count as 8.8 reps
    assert s.method is neg.Method.TEMPO_ECCENTRIC
    assert _basis(s).category is MethodCategory.TEMPO
    quick = overload.tempo_eccentrics(CURL, one_rep_max=kg(50), reps=8, tempo="3-0-1-0")
    assert quick.load.isclose(kg(40))


def test_bodyweight_negatives_need_the_bodyweight_and_count_it() -> None:
    with pytest.raises(neg.ValidationError, match="give bodyweight= or an athlete"):
        overload.bodyweight_negatives(CHIN_UP)
    athlete = neg.Athlete("ana", training_age_years=0.5, bodyweight=kg(60))
    s = overload.bodyweight_negatives(CHIN_UP, athlete=athlete, reps=4)
    rep = s.expand()[0]
    assert rep.eccentric_load == kg(60)
    assert rep.athlete_concentric_load == kg(0)
    assert neg.analysis.volume(s, basis="resistance") == kg(240)
    assert "no 1RM for 'chin-up'" in overload.explain(s)


def test_nordic_curls_are_eccentric_only_and_dosed_by_reps() -> None:
    assert NORDIC.eccentric_only
    assert NORDIC.bodyweight_fraction == pytest.approx(0.88)
    unknown = overload.bodyweight_negatives(NORDIC, reps=5)  # no bodyweight: still a set
    assert unknown.expand()[0].eccentric_load is None
    text = overload.explain(unknown)
    assert text.startswith("Bodyweight negatives: Nordic Curl, 5 reps, bodyweight")
    assert "dosed by reps" in text
    assert "Mjølsnes" in text
    known = overload.bodyweight_negatives(NORDIC, bodyweight=kg(80), reps=5)
    assert present(known.expand()[0].eccentric_load).isclose(kg(70.4))
    assert _basis(known).category is MethodCategory.SUPRAMAXIMAL
    # Logged by an app as a plain set, it is still eccentric overload, supramaximal.
    plain = neg.Set(NORDIC, reps=5, load=kg(0))
    assert overload.is_overload(plain) is True
    assert overload.method_category(plain, one_rep_max=None) is MethodCategory.SUPRAMAXIMAL


def test_bodyweight_negatives_hold_the_added_load_to_the_capacity() -> None:
    athlete = neg.Athlete(
        "kim", training_age_years=3, bodyweight=kg(80), concentric_1rm={"chin-up": kg(100)}
    )
    # 5 lowerings of 5 s: 100 kg x 1.20 x 85 % = 102 kg: 80 kg of bodyweight + at most 22 kg.
    s = overload.bodyweight_negatives(CHIN_UP, athlete=athlete, added_load=kg(30))
    assert s.load.isclose(kg(22))
    assert _basis(s).capped
    assert present(_basis(s).eccentric_capacity).isclose(kg(102))
    weak = neg.Athlete(
        "sam", training_age_years=0.5, bodyweight=kg(80), concentric_1rm={"chin-up": kg(60)}
    )
    beginner = overload.bodyweight_negatives(CHIN_UP, athlete=weak)
    assert any("bodyweight share alone" in note for note in _basis(beginner).notes)


def test_dumbbell_loads_stay_per_dumbbell_and_help_is_total() -> None:
    s = overload.partner_assisted_negatives(DB_CURL, working_load=kg(15), working_reps=10)
    one_rm = 15 / 0.75  # per dumbbell
    expected = 0.9 * one_rm * 1.2 * 0.776  # the default, within 90 % of the capacity
    assert s.load.isclose(kg(expected))
    first = s.expand()[0]
    assert present(first.eccentric_load).isclose(kg(2 * expected))
    assert present(first.assistance).isclose(kg(2 * (expected - 0.8 * one_rm)))


def test_a_dumbbell_1rm_from_history_is_per_dumbbell() -> None:
    history = [neg.Session(DAY, sets=[neg.Set(DB_CURL, reps=10, load=kg(15))])]
    athlete = neg.Athlete("a", training_age_years=3)
    s = overload.partner_assisted_negatives(DB_CURL, athlete=athlete, history=history)
    assert present(_basis(s).one_rep_max).kg < 25  # about 20 kg a dumbbell, not 40
    assert s.load.kg < 20


def test_partner_maximum_is_flagged() -> None:
    s = overload.partner_assisted_negatives(
        CURL, one_rep_max=kg(100), overload=0.5, setup=neg.Setup(partner_max_assist=kg(20))
    )
    basis = _basis(s)
    assert basis.exceeds_partner_max is True
    assert any("more than their maximum" in note for note in basis.notes)
    assert "too much" in overload.explain(s)


def test_the_risk_class_caps_the_default_overload_on_a_light_working_load() -> None:
    # 60 kg x 20 is far from the bench's capacity for 8 lowerings: the high-risk +25 % applies.
    high = overload.partner_assisted_negatives(BENCH, working_load=kg(60), working_reps=20)
    low = overload.partner_assisted_negatives(CURL, working_load=kg(30), working_reps=20)
    assert present(_prescription(high).overload) == pytest.approx(0.25)
    assert present(_prescription(low).overload) == pytest.approx(0.35)
    assert "high-risk" in _basis(high).overload_source
    # On the 8-rep load itself, 90 % of the capacity leaves about +5 % on free weights.
    tight = overload.partner_assisted_negatives(BENCH, one_rep_max=kg(100))
    assert present(_prescription(tight).overload) == pytest.approx(0.9 * 1.2 * 0.776 / 0.8 - 1)
    assert "lowered to stay within 90 % of the eccentric capacity" in (
        _basis(tight).overload_source
    )


def test_rounding_to_plates_gives_a_buildable_bar_never_above_the_capacity() -> None:
    def to_plates(load: neg.Load) -> neg.Load:
        return overload.round_to_plates(
            load, bar=kg(20), plates=neg.plates.KG_PLATES, mode="down"
        ).total

    s = overload.partner_assisted_negatives(
        BENCH, working_load=kg(81), working_reps=8, round_to=to_plates
    )
    limit = 0.9 * (81 / 0.8) * 1.2 * 0.776
    assert s.load.kg <= limit
    assert s.load == to_plates(kg(limit))
    assert any("rounded" in note for note in _basis(s).notes)

    def upwards(load: neg.Load) -> neg.Load:
        return overload.round_to_plates(
            load, bar=kg(20), plates=neg.plates.KG_PLATES, mode="up"
        ).total

    high = overload.partner_assisted_negatives(
        BENCH, one_rep_max=kg(100), overload=0.5, round_to=upwards
    )
    assert not overload.exceeds(high.load, present(_basis(high).eccentric_capacity))
    assert any("round down instead" in note for note in _basis(high).notes)


def test_strength_comes_from_the_athletes_record() -> None:
    athlete = neg.Athlete("bo", training_age_years=3, concentric_1rm={"barbell-curl": kg(60)})
    s = overload.partner_assisted_negatives(CURL, athlete=athlete)
    assert _basis(s).one_rep_max == kg(60)
    assert "tested" in _basis(s).one_rep_max_source


def test_explain_names_the_numbers_and_their_sources() -> None:
    s = overload.partner_assisted_negatives(CURL, working_load=kg(40), working_reps=10)
    text = overload.explain(s)
    assert "40 kg x 10 reps" in text
    assert "NSCA" in text
    assert "Nuzzo" in text
    assert "isokinetic" in text
    assert "Kelly et al. 2015" in text
    assert "eccentric capacity for these reps and tempo" in text
    assert "partner's help per rep" in text
    plain = neg.Set(CURL, reps=8, load=kg(40))
    assert overload.explain(plain).startswith("no calculation recorded")


# -- bad input -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({}, "no strength to prescribe Barbell Curl from"),
        ({"working_load": kg(40)}, "arguments.working_reps: a working load needs the reps"),
        ({"working_reps": 10, "one_rep_max": kg(50)}, "arguments.working_load"),
        (
            {"working_load": kg(40), "working_reps": 10, "one_rep_max": kg(50)},
            "give one source of strength",
        ),
        (
            {"one_rep_max": kg(50), "overload": 40},
            "arguments.overload: must be <= 1, got 40 (allowed: from 0 to 1); it is a "
            "fraction: did you mean 0.40?",
        ),
        ({"one_rep_max": kg(50), "reps": 0}, "arguments.reps: must be >= 1, got 0"),
        ({"one_rep_max": kg(0)}, "must be > 0"),
        ({"one_rep_max": 50}, "must be a Load such as kg(40)"),
        ({"one_rep_max": kg(50), "concentric_effort": 80}, "did you mean 0.80?"),
    ],
)
def test_bad_input_is_refused_with_an_actionable_message(
    kwargs: dict[str, object], message: str
) -> None:
    with pytest.raises(neg.ValidationError) as info:
        overload.partner_assisted_negatives(CURL, **kwargs)  # type: ignore[arg-type]  # the point
    assert message in str(info.value)


BAR_CALCULATORS = (
    overload.partner_assisted_negatives,
    overload.accentuated_eccentric,
    overload.two_one,
    overload.negative_only,
    overload.tempo_eccentrics,
)


@pytest.mark.parametrize("calculator", BAR_CALCULATORS, ids=lambda f: f.__name__)
def test_bodyweight_exercises_are_sent_to_bodyweight_negatives(
    calculator: Callable[..., neg.Set],
) -> None:
    for exercise in (CHIN_UP, NORDIC):
        with pytest.raises(neg.ValidationError, match="use bodyweight_negatives"):
            calculator(exercise, one_rep_max=kg(100))


@pytest.mark.parametrize("calculator", BAR_CALCULATORS, ids=lambda f: f.__name__)
@pytest.mark.parametrize("equipment", ["flywheel", "band"])
def test_flywheel_and_band_loads_are_not_prescribed_in_kg(
    calculator: Callable[..., neg.Set], equipment: str
) -> None:
    odd = neg.Exercise("odd-squat", "Odd Squat", muscles=["quadriceps"], equipment=equipment)
    with pytest.raises(neg.ValidationError, match="not by a load in kg or lb"):
        calculator(odd, one_rep_max=kg(100))


def test_bodyweight_negatives_need_an_exercise_that_moves_bodyweight() -> None:
    with pytest.raises(neg.ValidationError, match="moves no bodyweight"):
        overload.bodyweight_negatives(BENCH, bodyweight=kg(80))
    with pytest.raises(neg.ValidationError, match="no bodyweight share to lower"):
        overload.negative_only(catalog.lookup("plank"), one_rep_max=kg(100))


def test_ael_refuses_a_lift_as_heavy_as_the_lowering() -> None:
    with pytest.raises(neg.ValidationError, match="must be below eccentric_fraction"):
        overload.accentuated_eccentric(
            BENCH, one_rep_max=kg(100), eccentric_fraction=0.8, concentric_fraction=0.8
        )


def test_two_one_needs_a_bilateral_exercise() -> None:
    with pytest.raises(neg.ValidationError, match="needs a bilateral exercise"):
        overload.two_one(catalog.lookup("dumbbell-row"), one_rep_max=kg(40))


# -- every catalog exercise x reps 1-12 x every method ---------------------------------------------
#
# With default arguments, for an experienced athlete with a tested 1RM, every prescription is within
# the eccentric capacity for its reps and tempo and passes the standard policy with no error. A
# method that does not apply to an exercise (a bar calculator on a bodyweight exercise, the 2/1
# technique on a unilateral one) refuses it with a ValidationError, as documented.

METHODS = (
    "partner_assisted_negatives",
    "accentuated_eccentric",
    "two_one",
    "negative_only",
    "tempo_eccentrics",
    "bodyweight_negatives",
)
REPS = range(1, 13)
BODYWEIGHT = kg(80)
_NOT_LOADED = (neg.Equipment.BODYWEIGHT, neg.Equipment.FLYWHEEL, neg.Equipment.BAND)


def _moves_bodyweight(exercise: neg.Exercise) -> bool:
    return bool(exercise.bodyweight_fraction) or exercise.eccentric_only


def _applies(method: str, exercise: neg.Exercise) -> bool:
    if method == "bodyweight_negatives":
        return _moves_bodyweight(exercise)
    if _moves_bodyweight(exercise) or exercise.equipment in _NOT_LOADED:
        return False
    return method != "two_one" or exercise.limb_mode is neg.LimbMode.BILATERAL


def _tested_1rm(exercise: neg.Exercise) -> neg.Load:
    # An experienced lifter: 100 kg on a bar or stack (50 kg a dumbbell), and for bodyweight
    # exercises 1.5 x the bodyweight share (a chin-up with 40 kg added for a single).
    if _moves_bodyweight(exercise):
        return BODYWEIGHT * (1.5 * max(exercise.bodyweight_fraction, 0.5))
    return kg(100) / exercise.load_multiplier


def _veteran() -> neg.Athlete:
    exercises = catalog.exercises()
    muscles = {muscle for exercise in exercises for muscle in exercise.muscles}
    return neg.Athlete(
        "veteran",
        training_age_years=6,
        concentric_1rm={exercise.id: _tested_1rm(exercise) for exercise in exercises},
        bodyweight=BODYWEIGHT,
        sex="female",
        birth_year=1990,
        screening=neg.Screening(
            recent_muscle_injury=False,
            previous_rhabdomyolysis=False,
            statins=False,
            sickle_cell_trait=False,
            current_illness=False,
        ),
        checkins=[neg.Checkin(DAY, soreness=dict.fromkeys(muscles, 0))],
    )


def _prescribe(method: str, exercise: neg.Exercise, reps: int, athlete: neg.Athlete) -> neg.Set:
    calculator: Callable[..., neg.Set] = getattr(overload, method)
    if method == "two_one":
        return calculator(exercise, athlete=athlete, reps_per_limb=reps)
    return calculator(exercise, athlete=athlete, reps=reps)


@pytest.mark.parametrize("method", METHODS)
def test_every_catalog_prescription_is_within_capacity_and_passes_the_standard_policy(
    method: str,
) -> None:
    athlete = _veteran()
    setup = neg.Setup(spotters=3, safety_arms=True, partner_max_assist=kg(500))
    policy = neg.safety.Policy.preset("standard")
    problems = []
    checked = 0
    for exercise in catalog.exercises():
        for reps in REPS:
            if not _applies(method, exercise):
                with pytest.raises(neg.ValidationError):
                    _prescribe(method, exercise, reps, athlete)
                continue
            item = _prescribe(method, exercise, reps, athlete)
            checked += 1
            use = overload.capacity_use(
                item,
                one_rep_max=athlete.concentric_1rm[exercise.id],
                athlete=athlete,
                bodyweight=BODYWEIGHT,
            )
            if use is None or overload.exceeds(use.load, use.capacity):
                problems.append(f"{exercise.id} x {reps}: beyond capacity {use}")
            report = neg.safety.check(
                neg.Session(DAY, sets=[item], setup=setup),
                athlete=athlete,
                history=(),
                policy=policy,
            )
            errors = report.at_least("error")
            if errors:
                problems.append(f"{exercise.id} x {reps}: {[str(f) for f in errors]}")
    assert checked > 0
    assert problems == []

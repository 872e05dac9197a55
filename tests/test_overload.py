"""Eccentric prescriptions: partner-assisted, AEL, 2/1, negative-only, tempo, bodyweight."""

import itertools

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import negatives as neg
from negatives import catalog, overload, strength
from negatives.model import MethodCategory

kg = neg.kg
CURL = neg.Exercise(
    "barbell-curl", "Barbell Curl", muscles=["biceps"], equipment="barbell", risk="low"
)
BENCH = catalog.lookup("bench-press")
LEG_PRESS = catalog.lookup("leg-press")
CHIN_UP = catalog.lookup("chin-up")
DB_CURL = catalog.lookup("dumbbell-curl")

maxima = st.floats(min_value=20, max_value=250).map(kg)
efforts = st.floats(min_value=0.3, max_value=1.0)
overloads = st.floats(min_value=0.0, max_value=0.6)
rep_counts = st.integers(min_value=1, max_value=12)


# -- the DOMAIN §3 worked example ------------------------------------------------------------------


def test_the_documented_example_gives_13_kg_then_22_kg_of_help():
    # W = 40 kg x 10 -> 1RM ~ 53 kg; +40 % -> 56 kg; effort 0.8 -> ~13 kg on rep 1, ~22 kg on rep 8
    s = overload.partner_assisted_negatives(
        CURL, working_load=kg(40), working_reps=10, overload=0.40, reps=8
    )
    assert s.load == kg(56)
    assert s.method is neg.Method.PARTNER_ASSISTED
    assert str(s.tempo) == "4-0-2-0"
    help_ = [rep.assistance.value for rep in s.expand()]
    assert round(help_[0]) == 13
    assert round(help_[-1]) == 22
    basis = s.prescription.basis
    assert basis.one_rep_max.isclose(kg(40 / 0.75))
    assert basis.peak_assistance.isclose(kg(help_[-1]))
    assert basis.total_assistance.isclose(kg(sum(help_)))
    assert basis.category is MethodCategory.SUPRAMAXIMAL  # 56 / 53.3 = 105 %


def test_the_result_round_trips_through_json():
    s = overload.partner_assisted_negatives(CURL, one_rep_max=kg(55))
    assert neg.from_json(neg.to_json(s), neg.Set) == s


# -- properties ------------------------------------------------------------------------------------


@given(maxima, overloads, rep_counts, efforts)
def test_assistance_is_never_negative_and_never_decreases_over_a_set(one_rm, extra, reps, effort):
    s = overload.partner_assisted_negatives(
        CURL,
        one_rep_max=one_rm,
        overload=extra,
        reps=reps,
        concentric_effort=effort,
        allow_above_eccentric_estimate=True,
    )
    help_ = [rep.assistance.kg for rep in s.expand()]
    assert all(h >= 0 for h in help_)
    assert all(a <= b + 1e-9 for a, b in itertools.pairwise(help_))


@given(maxima, overloads, rep_counts, efforts)
def test_the_athletes_lift_is_at_most_effort_times_capacity(one_rm, extra, reps, effort):
    s = overload.partner_assisted_negatives(
        CURL,
        one_rep_max=one_rm,
        overload=extra,
        reps=reps,
        concentric_effort=effort,
        allow_above_eccentric_estimate=True,
    )
    for j, rep in enumerate(s.expand(), start=1):
        lifted = rep.athlete_concentric_load.kg
        assert lifted <= effort * strength.nsca_fraction(j) * one_rm.kg + 1e-9
        assert rep.athlete_eccentric_load == s.total_load  # lowered alone


@given(maxima, st.floats(min_value=0.0, max_value=1.0), rep_counts)
def test_prescriptions_never_exceed_the_eccentric_estimate_unless_told_to(one_rm, extra, reps):
    s = overload.partner_assisted_negatives(CURL, one_rep_max=one_rm, overload=extra, reps=reps)
    estimate = strength.eccentric_1rm(one_rm, CURL)
    assert s.load.kg <= estimate.kg + 1e-9
    assert s.prescription.basis.capped == (
        one_rm.kg * strength.nsca_fraction(reps) * (1 + extra) > estimate.kg + 1e-9
    )
    over = overload.partner_assisted_negatives(
        CURL, one_rep_max=one_rm, overload=extra, reps=reps, allow_above_eccentric_estimate=True
    )
    assert over.load.isclose(one_rm * strength.nsca_fraction(reps) * (1 + extra))


@given(maxima, st.floats(min_value=1.0, max_value=1.3), st.floats(min_value=0.3, max_value=0.9))
def test_ael_lowers_more_than_it_lifts_and_stays_under_the_estimate(one_rm, down, up):
    assume(up < down)
    s = overload.accentuated_eccentric(
        BENCH, one_rep_max=one_rm, eccentric_fraction=down, concentric_fraction=up
    )
    first = s.expand()[0]
    assert first.eccentric_load > first.concentric_load
    assert s.load.kg <= strength.eccentric_1rm(one_rm, BENCH).kg + 1e-9
    assert s.prescription.basis.category in (MethodCategory.SUPRAMAXIMAL, MethodCategory.SUBMAXIMAL)


@given(st.sampled_from(catalog.exercises()), maxima)
def test_every_catalog_lift_gets_a_valid_partner_assisted_set(exercise, one_rm):
    assume(not exercise.bodyweight_fraction)
    s = overload.partner_assisted_negatives(exercise, one_rep_max=one_rm)
    assert s.reps == 8
    assert s.prescription.overload == overload.DEFAULT_OVERLOAD[exercise.risk]
    assert neg.analysis.volume(s).value > 0


# -- the method category ---------------------------------------------------------------------------


def test_category_follows_the_loads_not_the_label():
    # DOMAIN §1: +25 % on a light working load is submaximal; +50 % on an 8RM is supramaximal.
    one_rm = kg(100)
    light = overload.partner_assisted_negatives(
        CURL, working_load=kg(60), working_reps=15, overload=0.25, reps=8, one_rep_max=None
    )
    assert light.prescription.basis.category is MethodCategory.SUBMAXIMAL
    heavy = overload.partner_assisted_negatives(CURL, one_rep_max=one_rm, overload=0.50, reps=8)
    assert heavy.prescription.basis.category is MethodCategory.SUPRAMAXIMAL
    assert heavy.load == kg(120)


def test_category_of_plain_sets():
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


def test_category_needs_the_1rm_for_overload_and_the_bodyweight_for_bodyweight_lifts():
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


def test_two_one_default_lowers_110_percent_per_limb():
    s = overload.two_one(LEG_PRESS, one_rep_max=kg(200))
    assert s.load.isclose(kg(110))
    assert overload.eccentric_equivalent(s).isclose(kg(220))


def test_two_one_at_70_percent_is_supramaximal_per_limb():
    s = overload.two_one(LEG_PRESS, one_rep_max=kg(200), fraction=0.70)
    assert s.load == kg(140)
    assert s.reps == 8
    rep = s.expand()[0]
    assert (rep.eccentric.limbs, rep.concentric.limbs) == (1, 2)
    assert s.prescription.basis.category is MethodCategory.SUPRAMAXIMAL  # 2 x 140 > 200


# -- the other methods -----------------------------------------------------------------------------


def test_ael_with_releasers_on_the_first_rep_only():
    s = overload.accentuated_eccentric(BENCH, one_rep_max=kg(100), reps=3)
    first, second, third = s.expand()
    assert (first.eccentric_load, first.concentric_load) == (kg(105), kg(80))
    assert (second.eccentric_load, third.concentric_load) == (kg(80), kg(80))
    every = overload.accentuated_eccentric(BENCH, one_rep_max=kg(100), releasers="every")
    assert all(rep.eccentric_load == kg(105) for rep in every.expand())


def test_negative_only_has_the_whole_lift_done_for_the_athlete():
    s = overload.negative_only(CURL, one_rep_max=kg(50))
    assert s.load == kg(50)
    assert all(rep.athlete_concentric_load == kg(0) for rep in s.expand())
    assert s.prescription.basis.category is MethodCategory.SUBMAXIMAL


def test_tempo_eccentrics_keep_the_working_load():
    s = overload.tempo_eccentrics(CURL, one_rep_max=kg(50), reps=8)
    assert s.load.isclose(kg(40))
    assert s.method is neg.Method.TEMPO_ECCENTRIC
    assert s.prescription.basis.category is MethodCategory.TEMPO


def test_bodyweight_negatives_need_the_bodyweight_and_count_it():
    with pytest.raises(neg.ValidationError, match="give bodyweight= or an athlete"):
        overload.bodyweight_negatives(CHIN_UP)
    athlete = neg.Athlete("ana", training_age_years=0.5, bodyweight=kg(60))
    s = overload.bodyweight_negatives(CHIN_UP, athlete=athlete, reps=4)
    rep = s.expand()[0]
    assert rep.eccentric_load == kg(60)
    assert rep.athlete_concentric_load == kg(0)
    assert neg.analysis.volume(s, basis="resistance") == kg(240)
    nordic = overload.bodyweight_negatives(catalog.lookup("nordic-curl"), reps=3)
    assert "lever" in overload.explain(nordic)


def test_dumbbell_loads_stay_per_dumbbell_and_help_is_total():
    s = overload.partner_assisted_negatives(DB_CURL, working_load=kg(15), working_reps=10)
    assert s.load.isclose(kg(15 * 1.35))  # low risk: +35 %, one dumbbell
    first = s.expand()[0]
    assert first.eccentric_load.isclose(kg(2 * 15 * 1.35))
    expected = 2 * (15 * 1.35 - 0.8 * 15 / 0.75)
    assert first.assistance.isclose(kg(expected))


def test_partner_maximum_is_flagged():
    s = overload.partner_assisted_negatives(
        CURL, one_rep_max=kg(100), overload=0.5, setup=neg.Setup(partner_max_assist=kg(20))
    )
    basis = s.prescription.basis
    assert basis.exceeds_partner_max is True
    assert any("more than their maximum" in note for note in basis.notes)
    assert "too much" in overload.explain(s)


def test_default_overload_follows_the_risk_class():
    high = overload.partner_assisted_negatives(BENCH, one_rep_max=kg(100))
    low = overload.partner_assisted_negatives(CURL, one_rep_max=kg(100))
    assert high.prescription.overload == 0.25
    assert low.prescription.overload == 0.35
    assert "high-risk" in high.prescription.basis.overload_source


def test_rounding_to_plates_gives_a_buildable_bar():
    def to_plates(load: neg.Load) -> neg.Load:
        return overload.round_to_plates(
            load, bar=kg(20), plates=neg.plates.KG_PLATES, mode="down"
        ).total

    s = overload.partner_assisted_negatives(
        BENCH, working_load=kg(81), working_reps=8, round_to=to_plates
    )
    assert s.load == kg(100)  # 81 x 1.25 = 101.25 -> 100 on the plates
    assert any("rounded" in note for note in s.prescription.basis.notes)


def test_strength_comes_from_the_athletes_record():
    athlete = neg.Athlete("bo", training_age_years=3, concentric_1rm={"barbell-curl": kg(60)})
    s = overload.partner_assisted_negatives(CURL, athlete=athlete)
    assert s.prescription.basis.one_rep_max == kg(60)
    assert "tested" in s.prescription.basis.one_rep_max_source


def test_explain_names_the_numbers_and_their_sources():
    s = overload.partner_assisted_negatives(CURL, working_load=kg(40), working_reps=10)
    text = overload.explain(s)
    assert "40 kg x 10 reps" in text
    assert "NSCA" in text
    assert "Nuzzo" in text
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
def test_bad_input_is_refused_with_an_actionable_message(kwargs, message):
    with pytest.raises(neg.ValidationError) as info:
        overload.partner_assisted_negatives(CURL, **kwargs)
    assert message in str(info.value)


def test_bodyweight_exercises_are_sent_to_bodyweight_negatives():
    with pytest.raises(neg.ValidationError, match="use bodyweight_negatives"):
        overload.partner_assisted_negatives(CHIN_UP, one_rep_max=kg(100))


def test_ael_refuses_a_lift_as_heavy_as_the_lowering():
    with pytest.raises(neg.ValidationError, match="must be below eccentric_fraction"):
        overload.accentuated_eccentric(
            BENCH, one_rep_max=kg(100), eccentric_fraction=0.8, concentric_fraction=0.8
        )


def test_two_one_needs_a_bilateral_exercise():
    with pytest.raises(neg.ValidationError, match="needs a bilateral exercise"):
        overload.two_one(catalog.lookup("dumbbell-row"), one_rep_max=kg(40))

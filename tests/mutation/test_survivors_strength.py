"""`negatives.strength`: the boundaries and refusals that the calculator tests let through.

Expected values come from the equations (DOMAIN §6) by hand; refusals are compared with their
whole message, which names the function and the argument at fault.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import warnings

import pytest

import negatives as neg
from negatives import catalog, strength
from negatives.errors import NegativesWarning, ValidationError
from negatives.strength import TEMPO_REP_COST

kg = neg.kg
BENCH = catalog.lookup("bench-press")
DAY = dt.date(2026, 11, 2)
REPS_RANGE = "(allowed: from 1 to 1000)"
FORMULA_NAMES = (
    "'epley', 'brzycki', 'lander', 'lombardi', 'mayhew', 'oconner', 'wathan', 'consensus'"
)


def refused(message: str) -> pytest.RaisesExc[ValidationError]:
    """Expect a ValidationError whose whole text is ``message``."""
    return pytest.raises(ValidationError, match=f"^{re.escape(message)}$")


def press(ratio: float | None) -> neg.Exercise:
    return neg.Exercise(
        "press", "Press", muscles=["chest"], equipment="barbell", ecc_con_ratio=ratio
    )


# -- the tempo and reps of effective_reps ---------------------------------------------------


def test_the_slowest_lowering_taken_is_ten_minutes() -> None:
    assert strength.effective_reps(1, 600) == pytest.approx(1 + TEMPO_REP_COST * (600 - 3))
    with refused(
        "eccentric_capacity.tempo: must be a Tempo, tempo text like '4-0-2-0', the lowering's "
        "seconds (0-600) or None, got 600.5"
    ):
        strength.effective_reps(1, 600.5)


def test_tempo_text_that_cannot_be_read_is_refused_with_the_parsers_reason() -> None:
    with refused(
        "eccentric_capacity.tempo: cannot parse tempo '4-0-q': did not understand '4-0-q'; "
        "expected four phases like '3-1-2-0' or '31X0', or words like '2 up, 4 down'"
    ):
        strength.effective_reps(1, "4-0-q")


@pytest.mark.parametrize(
    ("reps", "problem"),
    [(0.5, "must be >= 1, got 0.5"), (1001, "must be <= 1000, got 1001")],
)
def test_effective_reps_take_one_to_a_thousand_reps(reps: float, problem: str) -> None:
    with refused(f"effective_reps.reps: {problem} {REPS_RANGE}"):
        strength.effective_reps(reps)
    assert strength.effective_reps(1000) == 1000.0


# -- safety ratios: a tie keeps the equipment as the source ----------------------------------


def test_a_ratio_equal_to_the_equipment_cap_leaves_the_equipment_as_source() -> None:
    athlete = neg.Athlete("ann", training_age_years=3, ecc_con_ratio={"press": 1.2})
    assert strength.safety_ratio(press(1.2)) == (1.2, "equipment")
    assert strength.safety_ratio(press(None), athlete) == (1.2, "equipment")
    assert strength.safety_ratio(press(1.2), athlete) == (1.2, "equipment")


# -- argument checks of eccentric_1rm and eccentric_capacity ----------------------------------


def test_eccentric_1rm_refuses_an_athlete_that_is_not_one() -> None:
    with refused("eccentric_1rm.athlete: must be an Athlete or None, got 'bob'"):
        strength.eccentric_1rm(kg(100), None, "bob")  # type: ignore[arg-type]


def test_eccentric_capacity_needs_an_exercise() -> None:
    with refused("eccentric_capacity.exercise: must be an Exercise, got NoneType None"):
        strength.eccentric_capacity(None, one_rep_max=kg(100), reps=1)  # type: ignore[arg-type]


def test_eccentric_capacity_refuses_an_athlete_that_is_not_one() -> None:
    with refused("eccentric_capacity.athlete: must be an Athlete or None, got 'bob'"):
        strength.eccentric_capacity(BENCH, athlete="bob", one_rep_max=kg(100), reps=1)  # type: ignore[arg-type]


def test_eccentric_capacity_names_a_bad_1rm_and_too_many_reps() -> None:
    with refused(
        "2 problems:\n"
        "  eccentric_capacity.one_rep_max: must be > 0, got -1 kg\n"
        f"  eccentric_capacity.reps: must be <= 1000, got 1001 {REPS_RANGE}"
    ):
        strength.eccentric_capacity(BENCH, one_rep_max=kg(-1), reps=1001)


def test_eccentric_capacity_without_a_1rm_says_where_to_give_one() -> None:
    with refused(
        "eccentric_capacity.one_rep_max: no 1RM for 'bench-press': give one_rep_max, or an "
        "athlete with a tested 1RM for it (Athlete.concentric_1rm)"
    ):
        strength.eccentric_capacity(BENCH, reps=1)


# -- estimate_1rm and load_for_reps: domains, checks, warnings -------------------------------


def test_lander_and_the_consensus_refuse_reps_past_their_domain() -> None:
    with refused(
        "estimate_1rm.reps: Lander's equation, 100w/(101.3 - 2.67123r), is undefined at 38 "
        "reps or more (its denominator turns negative), got 38; use another formula, e.g. "
        "'epley'"
    ):
        strength.estimate_1rm(kg(100), 38, "lander")
    with refused(
        "estimate_1rm.reps: the consensus is the median of all seven formulas, and Brzycki's "
        "equation, w*36/(37 - r), is undefined at 37 reps or more (its denominator reaches "
        "zero); got 37: use a single formula, e.g. 'epley'"
    ):
        strength.estimate_1rm(kg(100), 37, "consensus")


def test_the_high_reps_warning_says_what_is_rough_and_why() -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert strength.estimate_1rm(kg(60), 11) == kg(60 * (1 + 11 / 30))
    assert [str(item.message) for item in caught] == [
        "a 1RM estimated from 11 reps is rough: 1RM equations and %1RM charts are validated "
        "up to about 10 reps, and people often do more reps at moderate loads than such "
        "charts predict (Nuzzo et al. 2024, Sports Med 54(2):303-321)"
    ]
    assert caught[0].category is NegativesWarning


@pytest.mark.parametrize(
    ("reps", "problem"),
    [
        (0, "must be >= 1, got 0 (allowed: from 1 to 1000)"),
        (1001, "must be <= 1000, got 1001 (allowed: from 1 to 1000)"),
        ("ten", "must be a whole number, got 'ten'"),
    ],
)
def test_load_for_reps_names_bad_reps_once(reps: object, problem: str) -> None:
    with refused(f"load_for_reps.reps: {problem}"):
        strength.load_for_reps(kg(100), reps)  # type: ignore[arg-type]


def test_load_for_reps_names_an_unknown_formula() -> None:
    with refused(f"load_for_reps.formula: must be one of {FORMULA_NAMES}; got 'foo'"):
        strength.load_for_reps(kg(100), 5, "foo")  # type: ignore[arg-type]


# -- reps_at_load: its checks and boundaries --------------------------------------------------


def test_reps_at_load_names_a_bad_load_and_formula() -> None:
    with refused(
        "2 problems:\n"
        "  reps_at_load.load: must be > 0, got 0 kg (an estimate needs a load that was lifted)\n"
        f"  reps_at_load.formula: must be one of {FORMULA_NAMES}; got 'foo'"
    ):
        strength.reps_at_load(kg(100), kg(0), "foo")  # type: ignore[arg-type]


def test_a_load_a_hair_above_the_1rm_is_refused_but_rounding_is_not() -> None:
    # 1e-10 above: more than the 1e-12 the check forgives.
    with pytest.raises(ValidationError, match=r"^reps_at_load\.load: must be <= one_rep_max"):
        strength.reps_at_load(kg(100), kg(100.00000001), "epley")
    # 1e-15 above: float rounding, a single.
    assert strength.reps_at_load(kg(100), kg(100.0000000000001), "epley") == 1.0


def test_two_reps_load_gives_exactly_two_reps_so_rounding_down_keeps_two() -> None:
    for formula in strength.FORMULAS:
        load = strength.load_for_reps(kg(100), 2, formula)
        assert math.floor(strength.reps_at_load(kg(100), load, formula)) == 2, formula


def test_brzyckis_last_whole_rep_is_answered() -> None:
    # 37 - 36 / 36 = 36 reps at 1/36 of the 1RM.
    with pytest.warns(NegativesWarning):
        assert strength.reps_at_load(kg(360), kg(10), "brzycki") == 36.0


def test_epley_refuses_a_load_past_its_last_rep() -> None:
    # 30 x (q - 1) = 1001.5 reps: past the 1000 reps Epley answers for.
    with pytest.raises(ValidationError, match=r"^reps_at_load\.load: "):
        strength.reps_at_load(kg(100), kg(100 / (1 + 1001.5 / 30)), "epley")


def test_ten_reps_exactly_do_not_warn() -> None:
    # Brzycki: 37 - 36 / (100 / 75) = 10 exactly, at the limit of the validated range.
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert strength.reps_at_load(kg(100), kg(75), "brzycki") == 10.0


@pytest.mark.parametrize(("formula", "load"), [("mayhew", 52.2), ("wathan", 48.8)])
def test_the_load_where_the_curve_levels_off_is_refused(formula: str, load: float) -> None:
    with pytest.raises(ValidationError, match=r"its curve levels off"):
        strength.reps_at_load(kg(100), kg(load), formula)  # type: ignore[arg-type]


# -- rts_fraction and one_rep_max ------------------------------------------------------------


def test_a_set_without_load_gives_no_estimate() -> None:
    history = [neg.Session(DAY, sets=[neg.Set(BENCH, reps=5, load=kg(0))])]
    with pytest.raises(ValidationError, match=r"^no 1RM for 'bench-press'"):
        strength.one_rep_max(BENCH, history=history, formula="epley")


def test_equal_sets_on_one_day_give_their_estimate() -> None:
    history = [neg.Session(DAY, sets=[neg.Set(BENCH, reps=5, load=kg(90))] * 2)]
    best = strength.one_rep_max(BENCH, history=history, formula="epley")
    assert best.load == kg(90 * (1 + 5 / 30))
    assert best.date == DAY


def test_a_loaded_bodyweight_lift_with_two_dumbbells_counts_the_whole_resistance() -> None:
    # Two 20 kg dumbbells and half of an 80 kg bodyweight, one rep: 40 + 40 = 80 kg. Only a
    # lift without bodyweight goes back to one dumbbell of the pair.
    step_up = neg.Exercise(
        "step-up",
        "Dumbbell Step-up",
        muscles=["quadriceps"],
        equipment="dumbbell",
        load_convention="per_implement",
        implements=2,
        bodyweight_fraction=0.5,
    )
    athlete = neg.Athlete("ann", training_age_years=3, bodyweight=kg(80))
    history = [neg.Session(DAY, sets=[neg.Set(step_up, reps=1, load=kg(20))])]
    best = strength.one_rep_max(step_up, athlete=athlete, history=history, formula="epley")
    assert best.load == kg(80)


def test_on_a_tie_across_units_the_latest_set_wins() -> None:
    # 200 lb and the same mass written in kg: equal estimates, so the later session wins.
    pounds = neg.lb(200)
    earlier = neg.Session(DAY, sets=[neg.Set(BENCH, reps=5, load=kg(pounds.kg))])
    later = neg.Session(DAY + dt.timedelta(days=2), sets=[neg.Set(BENCH, reps=5, load=pounds)])
    best = strength.one_rep_max(BENCH, history=[earlier, later], formula="epley")
    assert best.date == later.date
    assert best.load == pounds * (1 + 5 / 30)

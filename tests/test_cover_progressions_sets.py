"""The sets a slot is made of (`_sets.Maker`) and the loads progressions may propose."""

from __future__ import annotations

import negatives as neg
from negatives.progressions._sets import Maker, Shape, _overload_source, lowerings
from negatives.progressions.builtin import _bounded
from negatives.units import MAX_BAR_LOAD_KG, Load

kg = neg.kg
BENCH = neg.catalog.lookup("bench-press")
Method = neg.Method


def _maker(method: Method, **changes: object) -> Maker:
    fields: dict[str, object] = {
        "exercise": BENCH,
        "method": method,
        "one_rep_max": kg(100),
        "working": kg(80),
        "rest": 180.0,
        "releasers": "every",
        "help_step": None,
        "bodyweight": None,
    }
    fields.update(changes)
    return Maker(**fields)  # type: ignore[arg-type]


def _prescription(method: Method) -> neg.Prescription:
    return neg.Prescription(BENCH, method=method, sets=2, reps=5, load=kg(100))


def test_proposed_loads_stay_between_nothing_and_the_heaviest_bar() -> None:
    assert _bounded(kg(-5)) == kg(0)
    heavy = _bounded(Load(3000, "lb"))
    assert heavy.unit.value == "lb"
    assert abs(heavy.kg - MAX_BAR_LOAD_KG) < 1e-6
    assert _bounded(kg(80)) == kg(80)


def test_an_accentuated_lift_is_capped_by_the_effort_and_rounded_when_asked() -> None:
    maker = _maker(Method.ACCENTUATED_ECCENTRIC, working=kg(95), lift_effort=0.8)
    lifted = maker.lift(5)
    assert lifted is not None
    assert lifted < kg(95)
    assert lifted.value % 2.5 != 0  # 100 kg x 0.8 x the chart for 5: not rounded
    rounded = _maker(
        Method.ACCENTUATED_ECCENTRIC, working=kg(95), lift_effort=0.8,
        round_down=lambda load: Load(2.5 * (load.value // 2.5), load.unit),
    )  # fmt: skip
    made = rounded.lift(5)
    assert made is not None
    assert made <= lifted
    assert made.value % 2.5 == 0


def test_no_partner_help_without_a_1rm() -> None:
    maker = _maker(Method.PARTNER_ASSISTED, one_rep_max=None)
    assert maker.help(kg(100), 5) is None
    made = maker.sets(_prescription(Method.PARTNER_ASSISTED), Shape((5, 5), None), kg(100))
    assert made is not None
    assert all(item.rep_detail is None for item in made)  # the help per rep is unknown


def test_an_accentuated_set_must_lower_more_than_it_lifts() -> None:
    prescription = _prescription(Method.ACCENTUATED_ECCENTRIC)
    shape = Shape((5,), None)
    no_working = _maker(Method.ACCENTUATED_ECCENTRIC, working=None)
    assert no_working.sets(prescription, shape, kg(100)) is None  # not valid
    maker = _maker(Method.ACCENTUATED_ECCENTRIC, working=kg(80))
    assert maker.sets(prescription, shape, kg(80)) is None  # lowers what it lifts
    assert maker.sets(prescription, shape, kg(70)) is None
    made = maker.sets(prescription, shape, kg(100))
    assert made is not None
    assert made[0].load == kg(100)


def test_releasers_on_the_first_rep_make_one_heavy_lowering() -> None:
    shape = Shape((5, 6), None)
    assert lowerings(Method.ACCENTUATED_ECCENTRIC, shape, "first") == 1
    assert lowerings(Method.ACCENTUATED_ECCENTRIC, shape, "every") == 6
    assert lowerings(Method.NEGATIVE_ONLY, shape, "first") == 6


def test_the_overload_source_says_only_a_real_adaptation() -> None:
    asked = neg.Prescription(
        BENCH, method=Method.NEGATIVE_ONLY, sets=2, reps=5, load=kg(120), overload=0.2
    )
    assert _overload_source(asked, None, False) == "the program's"
    # rounding, not an adaptation
    assert _overload_source(asked, 0.2002, False) == "the program's"
    adapted = _overload_source(asked, 0.1, False)
    assert adapted.startswith("the program's; +20 % asked, adapted")
    held = _overload_source(asked, 0.0, True)
    assert held == "the program's; +20 % asked, held at the heaviest load the gym builds"
    unasked = neg.Prescription(BENCH, method=Method.NEGATIVE_ONLY, sets=2, reps=5, load=kg(120))
    assert _overload_source(unasked, 0.1, False) == ""

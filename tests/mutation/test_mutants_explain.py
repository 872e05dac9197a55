"""`overload.explain`: the whole account for each calculator, compared with a reviewed copy.

The copies in ``golden/`` were checked by hand against the formulas (DOMAIN §1-§3): e.g. for
``partner_40x10``, 40 kg x 10 reps is 75 % of a 53.3 kg 1RM on the NSCA chart, +40 % gives
56 kg (105 %), and 4 lowerings of 4 s count as 4.4 reps, 88.8 % on the chart, so the capacity
is 53.3 x 1.2 x 0.888 = 56.8 kg, of which 90 % is 51.1 kg. Set ``NEGATIVES_WRITE_GOLDEN=1`` to
rewrite them after a deliberate change, and review the diff.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

import negatives as neg
from negatives import catalog, overload

kg = neg.kg
GOLDEN = Path(__file__).parent / "golden"
CURL = catalog.lookup("barbell-curl")
BENCH = catalog.lookup("bench-press")


def _athlete(**maxima: float) -> neg.Athlete:
    return neg.Athlete(
        "kim",
        training_age_years=3,
        bodyweight=kg(80),
        concentric_1rm={key.replace("_", "-"): kg(value) for key, value in maxima.items()},
    )


CASES: dict[str, Callable[[], neg.Set]] = {
    "partner_40x10": lambda: overload.partner_assisted_negatives(
        CURL,
        working_load=kg(40),
        working_reps=10,
        overload=0.40,
        reps=4,
        setup=neg.Setup(partner_max_assist=kg(15)),
    ),
    "partner_within_max": lambda: overload.partner_assisted_negatives(
        CURL, one_rep_max=kg(55), reps=6, setup=neg.Setup(partner_max_assist=kg(30))
    ),
    "partner_default": lambda: overload.partner_assisted_negatives(CURL, one_rep_max=kg(55)),
    "partner_capped": lambda: overload.partner_assisted_negatives(
        CURL, one_rep_max=kg(55), overload=0.3, reps=6
    ),
    "accentuated": lambda: overload.accentuated_eccentric(BENCH, one_rep_max=kg(100)),
    "accentuated_every_lb": lambda: overload.accentuated_eccentric(
        catalog.lookup("back-squat"), one_rep_max=neg.lb(315), releasers="every", tempo="3-0-1-0"
    ),
    "two_one": lambda: overload.two_one(catalog.lookup("leg-extension"), one_rep_max=kg(60)),
    "negative_only": lambda: overload.negative_only(BENCH, one_rep_max=kg(100)),
    "nordic": lambda: overload.bodyweight_negatives(
        catalog.lookup("nordic-curl"), athlete=_athlete()
    ),
    "chin_up": lambda: overload.bodyweight_negatives(
        catalog.lookup("chin-up"), athlete=_athlete(chin_up=90)
    ),
    "chin_up_added": lambda: overload.bodyweight_negatives(
        catalog.lookup("chin-up"), athlete=_athlete(chin_up=110), added_load=kg(10)
    ),
    "tempo": lambda: overload.tempo_eccentrics(CURL, working_load=kg(30), working_reps=10),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_explain(name: str) -> None:
    item = CASES[name]()
    text = overload.explain(item)
    path = GOLDEN / f"explain_{name}.txt"
    if os.environ.get("NEGATIVES_WRITE_GOLDEN"):
        path.write_text(text + "\n", "utf-8")
    assert text + "\n" == path.read_text("utf-8")
    # A prescription explains the same as its set.
    assert item.prescription is not None
    assert overload.explain(item.prescription) == text


def test_explain_a_set_no_calculator_made() -> None:
    assert overload.explain(neg.Set(CURL, reps=3, load=kg(20))) == (
        "no calculation recorded: this set was not made by a negatives calculator"
    )


def test_bodyweight_negatives_record_no_fraction_of_a_1rm_that_includes_the_bodyweight() -> None:
    # Regression: the 10 kg added to a chin-up was reported as 9 % of the 110 kg 1RM (which
    # includes the 80 kg bodyweight), though the athlete lowers 90 kg, 82 % of it.
    chin = overload.bodyweight_negatives(
        catalog.lookup("chin-up"), athlete=_athlete(chin_up=110), added_load=kg(10)
    )
    assert chin.prescription is not None
    assert chin.prescription.fraction_1rm is None
    assert "% of the concentric 1RM" not in overload.explain(chin)

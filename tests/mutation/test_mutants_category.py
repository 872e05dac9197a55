"""`overload.eccentric_equivalent`: units, the exercise's load convention, and bodyweight."""

from __future__ import annotations

import pytest

import negatives as neg
from negatives import catalog, overload

kg, lb = neg.kg, neg.lb


def test_a_pair_of_dumbbells_in_pounds_is_written_per_dumbbell() -> None:
    curl = catalog.lookup("dumbbell-curl")
    assert curl.load_multiplier == 2
    item = neg.Set(curl, reps=3, load=lb(40), method="negative_only")
    assert overload.eccentric_equivalent(item) == lb(40)


def test_one_limb_lowering_counts_double_in_pounds() -> None:
    item = overload.two_one(catalog.lookup("leg-extension"), one_rep_max=lb(120))
    equivalent = overload.eccentric_equivalent(item)
    assert equivalent is not None
    assert equivalent.unit is neg.Unit.LB
    assert equivalent.value == pytest.approx(2 * item.load.value)
    assert item.load.value == pytest.approx(61.5, abs=0.01)


def test_a_bodyweight_exercise_needs_the_bodyweight() -> None:
    chin = neg.Set(catalog.lookup("chin-up"), reps=3, load=kg(10), method="negative_only")
    assert overload.eccentric_equivalent(chin) is None
    assert overload.eccentric_equivalent(chin, bodyweight=kg(80)) == kg(90)

"""What the built-in rules share: why a lowering's load is unknown, and the parameter checks."""

from __future__ import annotations

from typing import cast

import pytest

import negatives as neg
from negatives.errors import PolicyError
from negatives.safety import Context
from negatives.safety.rules._base import (
    is_bodyweight_exercise,
    number_param,
    unknown_lowering,
    whole_param,
)

from ._helpers import kg

BENCH = neg.catalog.lookup("bench-press")
PULL_UP = neg.catalog.lookup("pull-up")
UNMEASURED = "the help on the lowering was not measured"
NO_BODYWEIGHT = "no athlete bodyweight"


def _helped(exercise: neg.Exercise, bodyweight: neg.Load | None) -> neg.Set:
    """One rep whose lowering a partner helped by an amount nobody measured."""
    rep = exercise.rep(kg(0), eccentric_assistance=None, bodyweight=bodyweight)
    return neg.Set(exercise, reps=1, load=kg(0), rep_detail=[rep])


def test_help_on_the_lowering_not_measured_is_said_for_a_barbell_lift() -> None:
    item = _helped(BENCH, None)  # a barbell lift moves no bodyweight: none is needed
    assert unknown_lowering(item, None) == UNMEASURED
    assert unknown_lowering(item, kg(80)) == UNMEASURED


def test_a_bodyweight_lift_without_the_bodyweight_is_blamed_on_the_bodyweight() -> None:
    assert unknown_lowering(_helped(PULL_UP, None), None) == NO_BODYWEIGHT
    plain = neg.Set(PULL_UP, reps=3, load=kg(0))  # help known (none), bodyweight unknown
    assert unknown_lowering(plain, None) == NO_BODYWEIGHT


def test_a_bodyweight_lift_with_the_bodyweight_given_is_blamed_on_the_help() -> None:
    # The reps are expanded with the bodyweight given, so only the help is unknown.
    assert unknown_lowering(_helped(PULL_UP, kg(80)), kg(80)) == UNMEASURED


def test_equipment_alone_makes_a_bodyweight_exercise() -> None:
    floor = neg.Exercise(
        "floor-thing", "Floor Thing", muscles=["abdominals"], equipment="bodyweight"
    )
    assert floor.bodyweight_fraction == 0
    assert not floor.eccentric_only
    assert is_bodyweight_exercise(floor)
    assert not is_bodyweight_exercise(BENCH)


class _Params:
    code = "NEG999"

    def __init__(self, **params: object) -> None:
        self.params = params

    def param(self, name: str) -> object:
        return self.params[name]


def _context(**params: object) -> Context:
    return cast(Context, _Params(**params))


def test_a_number_at_its_bounds_is_accepted_and_one_past_them_refused() -> None:
    assert number_param(_context(x=0), "x", low=0) == 0
    assert number_param(_context(x=10), "x", low=0, high=10) == 10
    with pytest.raises(PolicyError) as error:
        number_param(_context(x=10.5), "x", low=0, high=10)
    assert str(error.value) == "NEG999.x must be a number from 0 to 10, got 10.5"
    with pytest.raises(PolicyError) as error:
        number_param(_context(x="3"), "x", low=0)
    assert str(error.value) == "NEG999.x must be a number of at least 0, got '3'"


def test_a_whole_number_at_its_bounds_is_accepted_and_one_past_them_refused() -> None:
    assert whole_param(_context(n=0), "n", low=0, high=6) == 0
    assert whole_param(_context(n=6), "n", low=0, high=6) == 6
    with pytest.raises(PolicyError) as error:
        whole_param(_context(n=7), "n", low=0, high=6)
    assert str(error.value) == "NEG999.n must be a whole number, 0 to 6, got 7"
    with pytest.raises(PolicyError) as error:
        whole_param(_context(n=-1), "n", low=0)
    assert str(error.value) == "NEG999.n must be a whole number, at least 0, got -1"

"""Branches of the core modules that the other tests leave out (coverage gate)."""

import datetime as dt
from importlib import metadata
from types import SimpleNamespace
from typing import Any, cast

import attrs
import pytest

import negatives as neg
from negatives import overload
from negatives._checks import range_message
from negatives._frozen import FrozenDict
from negatives._plugins import _info
from negatives.overload._category import capacity_use
from negatives.plates import stack, with_add_ons
from negatives.safety.primer import is_eccentric_work
from negatives.safety.rules.load import _convention
from negatives.strength import Estimate
from negatives.strength._equations import _factor


def test_frozen_dict_leaves_comparison_with_a_non_mapping_to_the_other_side() -> None:
    frozen = FrozenDict({"a": 1})
    assert frozen.__eq__(1) is NotImplemented
    assert frozen != 1


def test_a_value_above_the_only_upper_bound_names_that_bound() -> None:
    assert range_message(11, le=10) == "must be <= 10, got 11"


def test_a_plugin_whose_distribution_metadata_is_broken_is_still_listed() -> None:
    class BrokenDist:
        @property
        def metadata(self) -> dict[str, str]:
            raise RuntimeError("broken METADATA")

    ep = SimpleNamespace(name="p", group="negatives.progressions", value="m:o", dist=BrokenDist())
    info = _info(cast(metadata.EntryPoint, ep))
    assert (info.name, info.value, info.distribution, info.version) == ("p", "m:o", None, None)


def test_tempo_words_after_text_it_does_not_understand_name_that_text() -> None:
    with pytest.raises(neg.ParseError, match="did not understand 'blah'"):
        neg.Tempo.parse("blah two seconds up, four down")


def test_an_estimate_dated_with_a_datetime_is_refused() -> None:
    when = cast(dt.date, dt.datetime(2026, 1, 1, 8, 0))
    with pytest.raises(neg.ValidationError, match="date: must be a date or None, got datetime"):
        Estimate(neg.kg(100), "tested", when)


def test_an_estimate_from_history_without_set_date_or_formula_is_described_bare() -> None:
    assert Estimate(neg.kg(100), "history").describe() == "estimated 1RM 100 kg"


def test_fractional_reps_between_one_and_two_interpolate_the_factor() -> None:
    two = _factor("epley", 2)
    assert _factor("epley", 1.5) == pytest.approx(1 + 0.5 * (two - 1))
    assert 1 < _factor("epley", 1.5) < two


def test_capacity_use_is_unknown_for_a_bodyweight_set_without_the_bodyweight() -> None:
    pull_up = neg.catalog.lookup("pull-up")
    item = neg.Set(pull_up, reps=3, load=neg.kg(0), tempo="5-0-1-0")
    assert capacity_use(item, one_rep_max=neg.kg(100)) is None
    assert capacity_use(item, one_rep_max=neg.kg(100), bodyweight=neg.kg(80)) is not None


def test_a_slow_warmup_set_is_not_eccentric_work() -> None:
    curl = neg.catalog.lookup("barbell-curl")
    slow = neg.Set(curl, reps=8, load=neg.kg(20), tempo="5-0-1-0")
    assert is_eccentric_work(slow)
    assert not is_eccentric_work(attrs.evolve(slow, set_type=neg.SetType.WARMUP))


def test_a_per_limb_exercise_writes_loads_per_side() -> None:
    exercise = neg.Exercise("x", "X", muscles=["biceps"], load_convention="per_limb")
    assert _convention(exercise) == " per side"


def test_add_ons_given_as_a_single_load_are_one_add_on() -> None:
    options = stack(neg.kg(5), neg.kg(5), 2)
    single = cast(Any, neg.kg(2.5))  # not a list, as a user may write it
    assert with_add_ons(options, single) == with_add_ons(options, [neg.kg(2.5)])


def test_options_given_as_text_are_one_option_that_is_not_a_load() -> None:
    with pytest.raises(neg.ValidationError, match=r"options\[0\]: must be a Load such as kg\(40\)"):
        with_add_ons(cast(Any, "5 kg"), [neg.kg(2.5)])


def test_a_rounding_function_that_returns_no_load_is_named() -> None:
    bench = neg.catalog.lookup("bench-press")
    with pytest.raises(neg.ValidationError, match="round_to: must return a Load, returned 5"):
        overload.partner_assisted_negatives(
            bench, one_rep_max=neg.kg(100), round_to=cast(Any, lambda load: 5)
        )


def test_sets_of_no_load_give_no_1rm_estimate() -> None:
    curl = neg.catalog.lookup("barbell-curl")
    day = dt.date(2026, 11, 23)
    empty_bar = neg.Set(curl, reps=8, load=neg.kg(0))
    with pytest.raises(neg.ValidationError, match="no 1RM for 'barbell-curl'"):
        neg.strength.one_rep_max("barbell-curl", history=[neg.Session(day, sets=[empty_bar])])
    working = neg.Set(curl, reps=5, load=neg.kg(40))
    history = [neg.Session(day, sets=[empty_bar, working])]
    assert neg.strength.one_rep_max("barbell-curl", history=history).set == working

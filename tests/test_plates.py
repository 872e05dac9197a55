"""Rounding to plates, dumbbells and stacks: exact, buildable, and the closest there is."""

from __future__ import annotations

import itertools
import pickle
from collections import Counter
from collections.abc import Callable, Mapping
from fractions import Fraction

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from negatives import Load, NegativesError, Unit, UnitError, ValidationError, kg, lb
from negatives.plates import (
    KG_PLATES,
    LB_PLATES,
    MODES,
    Loading,
    Mode,
    PlateInventory,
    dumbbell_rack,
    plates,
    round_to_increment,
    round_to_plates,
    stack,
    with_add_ons,
)

# -- an independent exact model -----------------------------------------------------------------

LB_IN_KG = Fraction(45359237, 100_000_000)


def exact(load: Load) -> Fraction:
    """The mass in kg, reading the value as the decimal it prints as."""
    value = Fraction(repr(load.value))
    return value if load.unit is Unit.KG else value * LB_IN_KG


def expressed(mass: Fraction, unit: Unit) -> Load:
    return Load(float(mass if unit is Unit.KG else mass / LB_IN_KG), unit)


def per_side_limits(inventory: Mapping[Load, int | None]) -> dict[Load, int | None]:
    return {p: None if n is None else n // 2 for p, n in inventory.items()}


def achievable_sums(inventory: Mapping[Load, int | None], cap: Fraction) -> set[Fraction]:
    """Every per-side sum up to ``cap``, by plain set expansion (no knapsack tricks)."""
    sums = {Fraction(0)}
    for plate, limit in per_side_limits(inventory).items():
        mass = exact(plate)
        layer = set(sums)
        copies = 0
        while layer and (limit is None or copies < limit):
            layer = {s + mass for s in layer if s + mass <= cap} - sums
            sums |= layer
            copies += 1
    return sums


def buildable_totals(
    inventory: Mapping[Load, int | None], bar: Load, cap_total: Fraction
) -> list[Fraction]:
    bar_kg = exact(bar)
    heaviest = max(exact(p) for p in inventory)
    sums = achievable_sums(inventory, (cap_total - bar_kg) / 2 + heaviest)
    return sorted(bar_kg + 2 * s for s in sums)


def loading_mass(loading: Loading) -> Fraction:
    return exact(loading.bar) + 2 * sum((exact(p) for p in loading.per_side), Fraction(0))


def brute_force(
    target: Load, bar: Load, inventory: Mapping[Load, int | None], mode: str
) -> Fraction | None:
    """The total a mode should pick, or None where it must refuse."""
    wanted = exact(target)
    totals = buildable_totals(inventory, bar, max(wanted, exact(bar)) + 1)
    below = [t for t in totals if t <= wanted]
    above = [t for t in totals if t >= wanted]
    if mode == "down":
        return max(below) if below else None
    if mode == "up":
        return min(above) if above else None
    candidates = below[-1:] + above[:1]
    return min(candidates, key=lambda t: (abs(t - wanted), t)) if candidates else None


# -- strategies ---------------------------------------------------------------------------------

KG_VALUES = [1.25, 2.5, 5, 10, 15, 20, 25]
LB_VALUES = [2.5, 5, 10, 25, 35, 45]

plate_loads = st.one_of(st.sampled_from(KG_VALUES).map(kg), st.sampled_from(LB_VALUES).map(lb))
counts = st.one_of(st.none(), st.integers(min_value=0, max_value=7))
inventories = st.dictionaries(plate_loads, counts, min_size=1, max_size=4).filter(
    lambda d: any(n is None or n >= 2 for n in d.values())
)
bars = st.sampled_from([kg(0), kg(10), kg(15), kg(20), lb(35), lb(45)])
modes = st.sampled_from(MODES)


@st.composite
def targets(draw: st.DrawFn, max_kg: float = 160.0) -> Load:
    """Targets in either unit, round and not, some exactly on the plates' grid."""
    unit = draw(st.sampled_from(list(Unit)))
    limit = max_kg if unit is Unit.KG else max_kg / 0.45359237
    value = draw(
        st.one_of(
            st.integers(min_value=0, max_value=int(limit)).map(float),
            st.floats(min_value=0, max_value=limit).map(lambda x: round(x, 2)),
            st.integers(min_value=0, max_value=int(limit / 1.25)).map(lambda k: k * 1.25),
        )
    )
    return Load(value, unit)


# -- properties of round_to_plates --------------------------------------------------------------


@given(targets(), bars, inventories, modes)
def test_result_is_buildable(
    target: Load,
    bar: Load,
    inventory: dict[Load, int | None],
    mode: Mode,
) -> None:
    try:
        loading = round_to_plates(target, bar=bar, plates=inventory, mode=mode)
    except ValidationError:
        assume(False)
    used = Counter(loading.per_side)
    for plate, copies in used.items():
        assert plate in inventory
        limit = per_side_limits(inventory)[plate]
        assert limit is None or copies <= limit
    assert loading.bar == bar
    assert loading.target == target
    assert loading.total == expressed(loading_mass(loading), target.unit)
    assert loading.total.unit is target.unit
    assert list(loading.per_side) == sorted(loading.per_side, key=exact, reverse=True)


@given(targets(), bars, inventories)
def test_nearest_is_the_closest_buildable_total(
    target: Load, bar: Load, inventory: dict[Load, int | None]
) -> None:
    loading = round_to_plates(target, bar=bar, plates=inventory)
    assert loading_mass(loading) == brute_force(target, bar, inventory, "nearest")


@given(targets(), bars, inventories)
def test_down_never_exceeds_target_and_up_never_falls_short(
    target: Load, bar: Load, inventory: dict[Load, int | None]
) -> None:
    wanted = exact(target)
    expected_down = brute_force(target, bar, inventory, "down")
    if expected_down is None:
        with pytest.raises(ValidationError, match="lighter than the"):
            round_to_plates(target, bar=bar, plates=inventory, mode="down")
    else:
        down = loading_mass(round_to_plates(target, bar=bar, plates=inventory, mode="down"))
        assert down <= wanted
        assert down == expected_down  # and nothing buildable lies between
    expected_up = brute_force(target, bar, inventory, "up")
    if expected_up is None:
        with pytest.raises(ValidationError, match="more than these plates can build"):
            round_to_plates(target, bar=bar, plates=inventory, mode="up")
    else:
        up = loading_mass(round_to_plates(target, bar=bar, plates=inventory, mode="up"))
        assert up >= wanted or up == exact(bar)
        assert up == expected_up


@given(targets(), bars, inventories, modes)
def test_difference_is_total_minus_target(
    target: Load,
    bar: Load,
    inventory: dict[Load, int | None],
    mode: Mode,
) -> None:
    try:
        loading = round_to_plates(target, bar=bar, plates=inventory, mode=mode)
    except ValidationError:
        assume(False)
    assert loading.difference == expressed(loading_mass(loading) - exact(target), target.unit)
    assert loading.difference.isclose(loading.total - loading.target, abs_tol=1e-9)


@given(bars, inventories, st.data())
def test_rounding_a_buildable_total_returns_it(
    bar: Load, inventory: dict[Load, int | None], data: st.DataObject
) -> None:
    limits = per_side_limits(inventory)
    chosen = {
        p: data.draw(st.integers(min_value=0, max_value=3 if n is None else n), label=str(p))
        for p, n in limits.items()
    }
    mass = exact(bar) + 2 * sum((exact(p) * k for p, k in chosen.items()), Fraction(0))
    assume(mass <= 1000)
    target = expressed(mass, bar.unit)
    assume(exact(target) == mass)  # the float holds the exact total (kg bar with lb plates may not)
    for mode in MODES:
        loading = round_to_plates(target, bar=bar, plates=inventory, mode=mode)
        assert loading_mass(loading) == mass
        assert loading.difference.value == 0


@given(bars, st.dictionaries(plate_loads, st.integers(0, 5), min_size=1, max_size=4), st.data())
def test_fewest_plates_then_heavier_plates_first(
    bar: Load, inventory: dict[Load, int], data: st.DataObject
) -> None:
    """Against every per-side multiset of a small counted inventory."""
    assume(any(n >= 2 for n in inventory.values()))
    limits = per_side_limits(inventory)
    kinds = {p: n for p, n in limits.items() if n}
    best: dict[Fraction, tuple[int, tuple[Fraction, ...]]] = {}
    for copies in itertools.product(*(range(n + 1) for n in kinds.values())):
        side = [p for p, k in zip(kinds, copies, strict=True) for _ in range(k)]
        masses = tuple(sorted(-exact(p) for p in side))  # heaviest first, as a minimum
        key = (len(side), masses)
        total = sum((exact(p) for p in side), Fraction(0))
        if total not in best or key < best[total]:
            best[total] = key
    total = data.draw(st.sampled_from(sorted(best)))
    mass = exact(bar) + 2 * total
    target = expressed(mass, Unit.KG)
    assume(exact(target) == mass)
    loading = round_to_plates(target, bar=bar, plates=inventory)
    key = (len(loading.per_side), tuple(-exact(p) for p in loading.per_side))
    assert key == best[total]


@given(targets(), bars, inventories, modes)
def test_an_inventory_object_a_mapping_and_a_list_agree(
    target: Load,
    bar: Load,
    inventory: dict[Load, int | None],
    mode: Mode,
) -> None:
    def outcome(given_plates: object) -> Loading | list[str]:
        try:
            return round_to_plates(target, bar=bar, plates=given_plates, mode=mode)  # type: ignore[arg-type]
        except ValidationError as error:
            return error.lines()

    expected = outcome(inventory)
    assert outcome(PlateInventory(inventory)) == expected
    assert outcome(tuple(inventory.items())) != expected  # pairs are not plates
    unlimited = dict.fromkeys(inventory)
    assert outcome(list(inventory)) == outcome(unlimited) == outcome(tuple(inventory))


@given(bars, inventories, targets(max_kg=120))
def test_buildable_lists_every_total_and_nothing_else(
    bar: Load, inventory: dict[Load, int | None], up_to: Load
) -> None:
    listed = PlateInventory(inventory).buildable(bar, up_to=up_to)
    expected = [t for t in buildable_totals(inventory, bar, exact(up_to)) if t <= exact(up_to)]
    assert list(listed) == [expressed(t, bar.unit) for t in expected]
    assert all(t.unit is bar.unit for t in listed)


# -- examples ------------------------------------------------------------------------------------


def test_102_kg_on_a_20_kg_bar_is_102_5_kg() -> None:
    loading = round_to_plates(kg(102), bar=kg(20), plates=KG_PLATES)
    assert loading == Loading(
        total=kg(102.5),
        bar=kg(20),
        per_side=(kg(25), kg(15), kg(1.25)),
        target=kg(102),
        difference=kg(0.5),
    )
    assert str(loading) == "102.5 kg = 20 kg bar + 2 × (25 + 15 + 1.25) kg"


def test_135_lb_on_a_45_lb_bar_is_a_45_on_each_side() -> None:
    loading = round_to_plates(lb(135), bar=lb(45), plates=LB_PLATES)
    assert loading.per_side == (lb(45),)
    assert loading.total == lb(135)
    assert loading.difference == lb(0)
    assert str(loading) == "135 lb = 45 lb bar + 2 × 45 lb"


def test_a_20_kg_bar_with_45_lb_plates_is_exactly_60_8233133_kg() -> None:
    target = kg(20 + 2 * 45 * 0.45359237)
    loading = round_to_plates(target, bar=kg(20), plates=[*KG_PLATES, *LB_PLATES])
    assert loading.per_side == (lb(45),)
    assert loading_mass(loading) == 20 + 90 * LB_IN_KG
    assert abs(loading.total.kg - 60.8233133) < 1e-12
    assert loading.difference == kg(0)
    assert str(loading) == "60.82 kg = 20 kg bar + 2 × 45 lb"


def test_mixed_plates_are_written_with_their_units() -> None:
    loading = round_to_plates(kg(81), bar=kg(20), plates={kg(10): 2, lb(45): 2, lb(10): 2})
    assert loading.per_side == (lb(45), kg(10))
    assert str(loading) == "80.82 kg = 20 kg bar + 2 × (45 lb + 10 kg)"


def test_pound_target_with_kilogram_plates_is_reported_in_pounds() -> None:
    loading = round_to_plates(lb(225), bar=kg(20), plates=KG_PLATES)
    assert loading.total.unit is Unit.LB
    assert loading.difference.unit is Unit.LB
    assert loading_mass(loading) == Fraction("102.5")  # 225 lb = 102.06 kg
    assert loading.per_side == (kg(25), kg(15), kg(1.25))
    assert loading.total == lb(float(Fraction("102.5") / LB_IN_KG))


def test_only_one_pair_of_25s_cannot_make_four_25s() -> None:
    gym = {kg(25): 2, kg(20): 2}
    loading = round_to_plates(kg(120), bar=kg(20), plates=gym)
    assert loading.per_side == (kg(25), kg(20))
    assert loading.total == kg(110)
    assert round_to_plates(kg(120), bar=kg(20), plates=gym, mode="down").total == kg(110)
    with pytest.raises(ValidationError, match="the heaviest loading is 110 kg"):
        round_to_plates(kg(120), bar=kg(20), plates=gym, mode="up")
    # Unlimited 25s would do it with four.
    assert round_to_plates(kg(120), bar=kg(20), plates=[kg(25)]).per_side == (kg(25),) * 2


def test_an_odd_plate_has_no_partner() -> None:
    # Three 10s: one per side; the third cannot be used.
    loading = round_to_plates(kg(60), bar=kg(20), plates={kg(10): 3, kg(5): 2})
    assert loading.per_side == (kg(10), kg(5))
    assert loading.total == kg(50)


def test_fewest_plates_wins_then_heavier_plates_first() -> None:
    assert round_to_plates(kg(60), bar=kg(20), plates=KG_PLATES).per_side == (kg(20),)
    # 40 per side: 25 + 15 and 20 + 20 are both two plates; the heavier first wins.
    assert round_to_plates(kg(100), bar=kg(20), plates=KG_PLATES).per_side == (kg(25), kg(15))
    assert round_to_plates(kg(100), bar=kg(20), plates=[kg(20), kg(10), kg(5)]).per_side == (
        kg(20),
        kg(20),
    )


def test_ties_go_down() -> None:
    # 101.25 kg is 1.25 kg from both 100 and 102.5.
    loading = round_to_plates(kg(101.25), bar=kg(20), plates=KG_PLATES)
    assert loading.total == kg(100)
    assert loading.difference == kg(-1.25)
    assert round_to_plates(kg(101.25), bar=kg(20), plates=KG_PLATES, mode="up").total == kg(102.5)
    # Just past the middle goes up.
    assert round_to_plates(kg(101.26), bar=kg(20), plates=KG_PLATES).total == kg(102.5)


def test_below_the_bar_up_and_nearest_give_the_empty_bar() -> None:
    for mode in ("up", "nearest"):
        loading = round_to_plates(kg(15), bar=kg(20), plates=KG_PLATES, mode=mode)
        assert loading.per_side == ()
        assert loading.total == kg(20)
        assert loading.difference == kg(5)
        assert str(loading) == "20 kg = empty 20 kg bar"


def test_below_the_bar_down_is_an_error() -> None:
    with pytest.raises(ValidationError) as caught:
        round_to_plates(kg(15), bar=kg(20), plates=KG_PLATES, mode="down")
    assert str(caught.value) == (
        "round_to_plates.target: 15 kg is lighter than the 20 kg bar, so no loading is at or "
        "below it; use mode='up' or 'nearest' (the empty bar), or a lighter bar"
    )


def test_above_the_inventory_down_and_nearest_give_the_heaviest_loading() -> None:
    gym = {kg(25): 4, kg(20): 2}
    for mode in ("down", "nearest"):
        loading = round_to_plates(kg(300), bar=kg(20), plates=gym, mode=mode)
        assert loading.total == kg(160)
        assert loading.per_side == (kg(25), kg(25), kg(20))
        assert loading.difference == kg(-140)


def test_above_the_inventory_up_is_an_error_naming_the_maximum() -> None:
    with pytest.raises(ValidationError) as caught:
        round_to_plates(kg(300), bar=kg(20), plates={kg(25): 4, kg(20): 2}, mode="up")
    assert str(caught.value) == (
        "round_to_plates.target: 300 kg is more than these plates can build on a 20 kg bar: the "
        "heaviest loading is 160 kg; use mode='down' or 'nearest', or add plates"
    )


def test_unlimited_plates_reach_1000_kg_exactly() -> None:
    loading = round_to_plates(kg(1000), bar=kg(0), plates=[*KG_PLATES, *LB_PLATES], mode="up")
    assert loading.total == kg(1000)
    assert loading.per_side == (kg(25),) * 20


def test_equal_masses_in_both_units_still_give_one_loading() -> None:
    # 100 lb is exactly 45.359237 kg: two kinds of plate, the same mass.
    gym = {kg(45.359237): 2, lb(100): 2, kg(20): 4}
    loading = round_to_plates(kg(20 + 2 * 45.359237), bar=kg(20), plates=gym)
    assert len(loading.per_side) == 1
    assert loading.difference == kg(0)
    assert loading == round_to_plates(kg(20 + 2 * 45.359237), bar=kg(20), plates=gym)
    both = round_to_plates(kg(20 + 4 * 45.359237), bar=kg(20), plates=gym)
    assert Counter(both.per_side) == Counter({kg(45.359237): 1, lb(100): 1})


def test_inventories_are_hashable_and_equal_by_contents() -> None:
    a = PlateInventory({kg(20): 4, lb(45): None})
    b = PlateInventory({lb(45.0): None, kg(20.0): 4})
    assert a == b
    assert hash(a) == hash(b)
    assert a.owned == ((lb(45), None), (kg(20), 4))
    assert a.plates == (lb(45), kg(20))
    assert not a.limited
    assert PlateInventory({kg(20): 4}).limited
    assert PlateInventory(a) == a
    assert PlateInventory(iter(KG_PLATES)) == PlateInventory(KG_PLATES)
    assert pickle.loads(pickle.dumps(a)) == a


def test_plates_helper_counts_pairs() -> None:
    assert plates(kg(20), kg(10), pairs=2) == PlateInventory({kg(20): 4, kg(10): 4})
    assert plates(*KG_PLATES) == PlateInventory(KG_PLATES)
    assert not plates(*KG_PLATES).limited


def test_buildable_totals_of_a_small_inventory() -> None:
    gym = PlateInventory({kg(20): 4, kg(10): 2, lb(45): 2})
    assert [str(t) for t in gym.buildable(kg(20))] == [
        "20 kg",
        "40 kg",
        "60 kg",
        "60.82 kg",
        "80 kg",
        "80.82 kg",
        "100 kg",
        "100.8 kg",
        "120 kg",
        "120.8 kg",
        "140.8 kg",
        "160.8 kg",
    ]
    assert gym.buildable(kg(20), up_to=kg(10)) == ()
    assert len(PlateInventory(KG_PLATES).buildable(kg(20))) == 393  # 20 to 1000 kg by 2.5


def test_per_side_keeps_each_plate_as_listed() -> None:
    loading = round_to_plates(lb(100), bar=lb(45), plates={lb(25.0): 2, kg(1.25): 2})
    assert loading.per_side[0] == lb(25)
    assert loading.per_side[0].unit is Unit.LB


# -- round_to_increment ---------------------------------------------------------------------------

option_lists = st.lists(
    st.one_of(
        st.integers(min_value=0, max_value=200).map(lambda k: kg(k * 1.25)),
        st.integers(min_value=0, max_value=100).map(lambda k: lb(k * 2.5)),
    ),
    min_size=1,
    max_size=30,
)


@given(targets(max_kg=300), option_lists, modes)
def test_increment_picks_what_brute_force_picks(
    target: Load, options: list[Load], mode: Mode
) -> None:
    wanted = exact(target)
    below = [o for o in options if exact(o) <= wanted]
    above = [o for o in options if exact(o) >= wanted]
    if mode == "down" and not below:
        with pytest.raises(ValidationError, match="lighter than the lightest option"):
            round_to_increment(target, options=options, mode=mode)
        return
    if mode == "up" and not above:
        with pytest.raises(ValidationError, match="heavier than the heaviest option"):
            round_to_increment(target, options=options, mode=mode)
        return
    chosen = round_to_increment(target, options=options, mode=mode)
    assert chosen in options
    if mode == "down":
        assert exact(chosen) == max(exact(o) for o in below)
    elif mode == "up":
        assert exact(chosen) == min(exact(o) for o in above)
    else:
        distance = abs(exact(chosen) - wanted)
        assert all(distance <= abs(exact(o) - wanted) for o in options)
        # ties go down
        assert not any(
            abs(exact(o) - wanted) == distance and exact(o) < exact(chosen) for o in options
        )
    # of options with the same mass, the first listed
    assert chosen == next(o for o in options if exact(o) == exact(chosen))


@given(option_lists, st.data(), modes)
def test_rounding_an_existing_load_returns_it(
    options: list[Load], data: st.DataObject, mode: Mode
) -> None:
    option = data.draw(st.sampled_from(options))
    chosen = round_to_increment(option, options=options, mode=mode)
    assert exact(chosen) == exact(option)


def test_increment_examples() -> None:
    rack = dumbbell_rack(kg(2.5), kg(50), kg(2.5))
    assert round_to_increment(kg(23), options=rack) == kg(22.5)
    assert round_to_increment(kg(23.75), options=rack) == kg(22.5)  # a tie: down
    assert round_to_increment(kg(23.76), options=rack) == kg(25)
    assert round_to_increment(kg(23), options=rack, mode="up") == kg(25)
    assert round_to_increment(kg(1), options=rack) == kg(2.5)
    assert round_to_increment(kg(1), options=rack, mode="up") == kg(2.5)
    assert round_to_increment(kg(80), options=rack) == kg(50)
    assert round_to_increment(kg(80), options=rack, mode="down") == kg(50)
    # exact across units: 45 lb is 20.41165665 kg
    assert round_to_increment(lb(45), options=[kg(20.41165665), kg(20)]) == kg(20.41165665)
    assert round_to_increment(kg(20.41165665), options=(lb(40), lb(45), lb(50))) == lb(45)


def test_increment_out_of_range_errors() -> None:
    weights = stack(kg(5), kg(5), 20)
    with pytest.raises(ValidationError) as low:
        round_to_increment(kg(2), options=weights, mode="down")
    assert str(low.value) == (
        "round_to_increment.target: 2 kg is lighter than the lightest option, 5 kg; use "
        "mode='up' or 'nearest', or add a lighter option"
    )
    with pytest.raises(ValidationError) as high:
        round_to_increment(kg(120), options=weights, mode="up")
    assert str(high.value) == (
        "round_to_increment.target: 120 kg is heavier than the heaviest option, 100 kg; use "
        "mode='down' or 'nearest', or add heavier options"
    )


# -- helpers --------------------------------------------------------------------------------------


def test_racks_and_stacks_have_no_float_drift() -> None:
    rack = dumbbell_rack(kg(0.5), kg(2), kg(0.1))
    assert [load.value for load in rack] == [round(0.5 + k / 10, 1) for k in range(16)]
    assert rack[-1] == kg(2)
    assert [load.value for load in stack(kg(0.1), kg(0.1), 10)] == [
        0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0,
    ]  # fmt: skip
    assert dumbbell_rack(lb(5), lb(12), lb(5)) == (lb(5), lb(10))  # 12 is not a step away
    assert dumbbell_rack(kg(10), kg(10), kg(1)) == (kg(10),)
    assert len(dumbbell_rack(kg(2.5), kg(50), kg(2.5))) == 20


def test_stack_with_add_ons() -> None:
    assert with_add_ons(stack(kg(5), kg(5), 2), [kg(2.5)]) == (kg(5), kg(7.5), kg(10), kg(12.5))
    # two add-ons that sum to an existing plate are listed once
    assert with_add_ons([kg(10)], [kg(2.5), kg(2.5)]) == (kg(10), kg(12.5), kg(15))
    # a pound magnet on a kilogram stack: exact sums, in the stack's unit
    assert with_add_ons([kg(5)], [lb(2.5)]) == (kg(5), kg(6.133980925))
    assert with_add_ons([kg(5)], []) == (kg(5),)


def test_helper_errors() -> None:
    with pytest.raises(UnitError, match=r"step \(5 lb\) must be in the unit of start \(kg\)"):
        stack(kg(5), lb(5), 3)
    with pytest.raises(UnitError, match=r"stop \(50 lb\)"):
        dumbbell_rack(kg(5), lb(50), kg(5))
    with pytest.raises(ValidationError) as caught:
        dumbbell_rack(kg(2), kg(50), kg(0))
    assert str(caught.value) == "dumbbell_rack.step: must be more than 0, got 0 kg"
    with pytest.raises(ValidationError) as caught:
        dumbbell_rack(kg(2), kg(1), kg(1))
    assert str(caught.value) == "dumbbell_rack.stop: must be at least start (2 kg), got 1 kg"
    with pytest.raises(ValidationError) as caught:
        dumbbell_rack(kg(0), kg(100), kg(0.001))
    assert str(caught.value) == (
        "dumbbell_rack.step: 0.001 kg makes 100001 loads from 0 kg to 100 kg; at most 10000 are "
        "built"
    )
    with pytest.raises(ValidationError) as caught:
        stack(kg(5), kg(5), 0)
    assert str(caught.value) == "stack.count: must be a whole number from 1 to 10000, got 0"
    with pytest.raises(ValidationError) as caught:
        with_add_ons([], [kg(0), 3])  # type: ignore[list-item]
    assert caught.value.lines() == [
        "with_add_ons.options: must list at least one load",
        "with_add_ons.add_ons[0]: a weight must weigh more than 0, got 0 kg",
        "with_add_ons.add_ons[1]: must be a weight such as kg(20) or lb(45), got 3",
    ]
    with pytest.raises(ValidationError) as caught:
        with_add_ons([kg(5)], [kg(1)] * 9)
    assert str(caught.value) == "with_add_ons.add_ons: at most 8 add-on weights, got 9"
    with pytest.raises(ValidationError) as caught:
        plates(kg(20), pairs=0)
    assert str(caught.value) == (
        "plates.pairs: must be a whole number >= 1, or None for as many as needed; got 0"
    )


# -- bad inputs -----------------------------------------------------------------------------------

EMPTY = (
    "is empty: list the plates the gym owns (e.g. {kg(20): 4, kg(10): 2}, or KG_PLATES for as "
    "many as needed)"
)
NOT_PLATES = (
    "must be the plates the gym owns as {plate: number owned} or a list of plates (e.g. "
    "{kg(20): 4, kg(10): 2}, or KG_PLATES for as many as needed)"
)
COUNT = "the number owned must be a whole number >= 0 (None for as many as needed)"

BAD_CALLS = [
    (
        "negative-target",
        lambda: round_to_plates(kg(-5), bar=kg(20), plates=KG_PLATES),
        ["round_to_plates.target: must be >= 0, got -5 kg (a load on the bar cannot be negative)"],
    ),
    (
        "absurd-target",
        lambda: round_to_plates(kg(2000), bar=kg(20), plates=KG_PLATES),
        ["round_to_plates.target: must be <= 1000 kg, got 2000 kg"],
    ),
    (
        "everything-at-once",
        lambda: round_to_plates(kg(100), bar=20, plates=[], mode="closest"),  # type: ignore[arg-type]
        [
            "round_to_plates.bar: must be a Load such as kg(40) or lb(95), got 20",
            "round_to_plates.mode: must be 'nearest', 'down' or 'up'; got 'closest'",
            f"round_to_plates.plates: {EMPTY}",
        ],
    ),
    (
        "bad-plates",
        lambda: round_to_plates(
            kg(100),
            bar=kg(20),
            plates={kg(0): 2, kg(-5): 2, kg(20): -1, kg(10): 2.0, "x": 2, kg(5): True},  # type: ignore[dict-item]
        ),
        [
            "round_to_plates.plates[0]: a plate must weigh more than 0, got 0 kg",
            "round_to_plates.plates[1]: a plate must weigh more than 0, got -5 kg",
            f"round_to_plates.plates[2]: 20 kg: {COUNT}, got -1",
            f"round_to_plates.plates[3]: 10 kg: {COUNT}, got 2.0",
            "round_to_plates.plates[4]: must be a plate such as kg(20) or lb(45), got 'x'",
            f"round_to_plates.plates[5]: 5 kg: {COUNT}, got bool True",
        ],
    ),
    (
        "plate-not-a-load",
        lambda: round_to_plates(kg(100), bar=kg(20), plates=(kg(20), 20)),  # type: ignore[arg-type]
        ["round_to_plates.plates[1]: must be a plate such as kg(20) or lb(45), got 20"],
    ),
    (
        "no-pair",
        lambda: round_to_plates(kg(100), bar=kg(20), plates={kg(20): 1, kg(10): 0}),
        [
            "round_to_plates.plates: has no pair of plates: a loading puts the same plates on "
            "both sides, so a plate must be owned at least twice to be used"
        ],
    ),
    (
        "plates-as-text",
        lambda: round_to_plates(kg(100), bar=kg(20), plates="20kg"),  # type: ignore[arg-type]
        [f"round_to_plates.plates: {NOT_PLATES}; got '20kg'"],
    ),
    (
        "one-load-for-plates",
        lambda: round_to_plates(kg(100), bar=kg(20), plates=kg(20)),  # type: ignore[arg-type]
        [f"round_to_plates.plates: {NOT_PLATES}; got Load Load(20.0, 'kg')"],
    ),
    (
        "mode-not-text",
        lambda: round_to_plates(kg(100), bar=kg(20), plates=KG_PLATES, mode=None),  # type: ignore[arg-type]
        ["round_to_plates.mode: must be 'nearest', 'down' or 'up'; got NoneType None"],
    ),
    (
        "inventory-empty",
        lambda: PlateInventory([]),
        [f"PlateInventory.plates: {EMPTY}"],
    ),
    (
        "buildable-bad-bar",
        lambda: PlateInventory(KG_PLATES).buildable(-1),  # type: ignore[arg-type]
        ["PlateInventory.buildable.bar: must be a Load such as kg(40) or lb(95), got -1"],
    ),
    (
        "increment-empty-and-mode",
        lambda: round_to_increment(kg(1), options=[], mode="x"),  # type: ignore[arg-type]
        [
            "round_to_increment.mode: must be 'nearest', 'down' or 'up'; got 'x'",
            "round_to_increment.options: is empty: list the loads that exist, e.g. "
            "stack(kg(5), kg(5), 20)",
        ],
    ),
    (
        "increment-not-loads",
        lambda: round_to_increment(kg(1), options=[kg(2), 3]),  # type: ignore[list-item]
        ["round_to_increment.options[1]: must be a load such as kg(20), got 3"],
    ),
    (
        "increment-negative-option",
        lambda: round_to_increment(kg(1), options=[kg(2), lb(-1)]),
        [
            "round_to_increment.options[1]: must be >= 0, got -1 lb (a load on the bar cannot "
            "be negative)"
        ],
    ),
    (
        "increment-one-load",
        lambda: round_to_increment(kg(3), options=kg(2)),  # type: ignore[arg-type]
        [
            "round_to_increment.options: must be the loads that exist, e.g. "
            "dumbbell_rack(kg(2.5), kg(50), kg(2.5)); got Load Load(2.0, 'kg')"
        ],
    ),
]


@pytest.mark.parametrize(
    ("call", "lines"), [c[1:] for c in BAD_CALLS], ids=[c[0] for c in BAD_CALLS]
)
def test_bad_inputs_are_reported_with_pinned_messages(
    call: Callable[[], object], lines: list[str]
) -> None:
    with pytest.raises(ValidationError) as caught:
        call()
    assert caught.value.lines() == lines
    assert isinstance(caught.value, NegativesError)
    assert isinstance(caught.value, ValueError)


def test_bad_inputs_fail_the_same_way_twice() -> None:
    # The readers are cached: a cached failure must not turn into a success, nor 4.0 into 4.
    for _ in range(2):
        with pytest.raises(ValidationError, match=r"got 4\.0"):
            round_to_plates(kg(100), bar=kg(20), plates={kg(20): 4.0})
        assert round_to_plates(kg(100), bar=kg(20), plates={kg(20): 4}).total == kg(100)
        with pytest.raises(ValidationError, match="got bool True"):
            round_to_plates(kg(100), bar=kg(20), plates={kg(20): True})


def test_absurd_plates_are_refused_before_tabulating() -> None:
    with pytest.raises(ValidationError) as caught:
        round_to_plates(kg(300), bar=kg(20), plates=[kg(0.000001)])
    assert str(caught.value) == (
        "PlateInventory.plates: these plates make more than 200000 different loadings; check the "
        "plate weights for typing errors (0.001 kg, or 20.01 kg for 20 kg)"
    )


def test_listing_too_many_totals_asks_for_a_lower_bound() -> None:
    micro = PlateInventory([kg(0.25), lb(0.25), *KG_PLATES, *LB_PLATES])
    with pytest.raises(ValidationError, match="different loadings; pass a lower up_to"):
        micro.buildable(kg(20))
    assert len(micro.buildable(kg(20), up_to=kg(21))) == 9  # 20, 20.23, 20.45, 20.5, ...
    # Rounding with the same plates is still quick and exact.
    loading = round_to_plates(kg(100.1), bar=kg(20), plates=micro)
    assert abs(loading_mass(loading) - Fraction("100.1")) < Fraction(1, 10)

"""Units and :class:`Load`: conversion, ordering, equality, arithmetic, text and validation."""

from __future__ import annotations

import math
from collections.abc import Callable

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from negatives import Load, NegativesError, ParseError, Unit, UnitError, ValidationError, kg, lb
from negatives.testing import bar_loads, loads, units
from negatives.units import KG_PER_LB, MAX_BAR_LOAD_KG, SPOTTER_STEP, bar_load_problem

OTHER = {Unit.KG: Unit.LB, Unit.LB: Unit.KG}

finite_values = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)
factors = st.floats(min_value=-1e3, max_value=1e3, allow_nan=False)
nonzero_factors = factors.filter(lambda f: abs(f) > 1e-3)


# -- constants and conversion ---------------------------------------------------------------


def test_one_pound_is_exactly_0_45359237_kg() -> None:
    assert KG_PER_LB == 0.45359237
    assert lb(1).to("kg").value == 0.45359237
    assert lb(1).kg == 0.45359237
    assert Unit.LB.kg_factor == 0.45359237
    assert Unit.KG.kg_factor == 1.0


def test_100_kg_in_pounds() -> None:
    converted = kg(100).to("lb")
    assert converted == Load(220.46226218487757, "lb")
    assert converted.unit is Unit.LB


@given(loads())
def test_unit_round_trip_is_close(x: Load) -> None:
    there_and_back = x.to(OTHER[x.unit]).to(x.unit)
    assert there_and_back.unit is x.unit
    assert there_and_back.isclose(x)
    assert math.isclose(there_and_back.value, x.value, rel_tol=1e-12, abs_tol=1e-9)
    assert x.to(Unit.LB).to(Unit.KG).isclose(x)


@given(loads(), units())
def test_conversion_keeps_the_mass(x: Load, unit: Unit) -> None:
    converted = x.to(unit)
    assert converted.unit is unit
    assert math.isclose(converted.kg, x.kg, rel_tol=1e-12, abs_tol=1e-9)
    assert converted.value == x.magnitude(unit)


@given(loads())
def test_conversion_to_the_same_unit_is_the_identity(x: Load) -> None:
    assert x.to(x.unit) is x
    assert x.to(x.unit.value) is x
    assert x.magnitude(x.unit) == x.value


@given(loads())
def test_kg_property_is_value_times_factor(x: Load) -> None:
    assert x.kg == x.value * x.unit.kg_factor
    assert x.magnitude() == x.kg


# -- ordering and equality ------------------------------------------------------------------


@given(loads(), loads())
def test_ordering_agrees_with_mass_in_kg(a: Load, b: Load) -> None:
    assert (a < b) == (a.kg < b.kg)
    assert (a <= b) == (a.kg <= b.kg)
    assert (a > b) == (a.kg > b.kg)
    assert (a >= b) == (a.kg >= b.kg)


@given(st.lists(loads(), max_size=10))
def test_sorting_mixed_units_sorts_by_mass(items: list[Load]) -> None:
    masses = [x.kg for x in sorted(items)]
    assert masses == sorted(masses)


@given(loads(), loads())
def test_equality_is_structural_and_hash_consistent(a: Load, b: Load) -> None:
    assert (a == b) == (a.value == b.value and a.unit is b.unit)
    copy = Load(a.value, a.unit.value)
    assert copy == a
    assert hash(copy) == hash(a)
    if a == b:
        assert hash(a) == hash(b)


@given(st.integers(min_value=-(10**6), max_value=10**6), units())
def test_int_and_float_values_are_equal_and_hash_alike(n: int, unit: Unit) -> None:
    as_int = Load(n, unit)
    as_float = Load(float(n), unit)
    assert type(as_int.value) is float
    assert as_int == as_float
    assert hash(as_int) == hash(as_float)


@given(loads().filter(lambda x: x.value != 0))
def test_same_mass_in_another_unit_is_close_but_not_equal(x: Load) -> None:
    other = x.to(OTHER[x.unit])
    assert other != x
    assert other.isclose(x)


def test_load_is_not_equal_to_a_number() -> None:
    assert kg(1) != 1  # type: ignore[comparison-overlap]  # the inequality is the point
    assert kg(1) != 1.0  # type: ignore[comparison-overlap]  # the inequality is the point


def test_ordering_against_a_non_load_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="cannot compare a Load with 3"):
        _ = kg(1) < 3  # type: ignore[operator]  # the TypeError is the point


def test_isclose_needs_a_load() -> None:
    with pytest.raises(TypeError, match="isclose\\(\\) needs a Load"):
        kg(1).isclose(1.0)  # type: ignore[arg-type]


def test_cross_unit_comparison_examples() -> None:
    assert lb(45) < kg(25)
    assert kg(25) > lb(45)
    assert kg(100).isclose(lb(220.46226218487757))
    assert not kg(100).isclose(lb(220))


# -- arithmetic -----------------------------------------------------------------------------


@given(units(), finite_values, finite_values)
def test_addition_in_one_unit_is_commutative(unit: Unit, a: float, b: float) -> None:
    left = Load(a, unit) + Load(b, unit)
    right = Load(b, unit) + Load(a, unit)
    assert left == right
    assert left.unit is unit
    assert left.value == a + b


@given(units(), finite_values, finite_values)
def test_subtraction_is_addition_of_the_negation(unit: Unit, a: float, b: float) -> None:
    x, y = Load(a, unit), Load(b, unit)
    assert x - y == x + (-y)
    assert (x - y).value == a - b


@given(loads())
def test_negation_abs_and_plus(x: Load) -> None:
    negated = -x
    assert -negated == x
    assert (-x).value == -x.value
    assert abs(x).value == abs(x.value)
    assert abs(x).unit is x.unit
    assert +x is x


@given(loads(), factors)
def test_scaling_multiplies_the_mass(x: Load, factor: float) -> None:
    scaled = x * factor
    assert scaled.unit is x.unit
    assert math.isclose(scaled.kg, x.kg * factor, rel_tol=1e-12, abs_tol=1e-9)
    assert factor * x == scaled


@given(loads(), st.integers(min_value=-100, max_value=100))
def test_scaling_by_an_int_gives_a_float_value(x: Load, factor: int) -> None:
    scaled = x * factor
    assert type(scaled.value) is float
    assert scaled.value == x.value * factor


@given(loads(), nonzero_factors)
def test_division_divides_the_value(x: Load, divisor: float) -> None:
    divided = x / divisor
    assert divided.unit is x.unit
    assert divided.value == x.value / divisor


@given(loads(), loads().filter(lambda x: abs(x.value) > 1e-3))
def test_ratio_compares_masses_across_units(a: Load, b: Load) -> None:
    assert math.isclose(a.ratio(b), a.kg / b.kg, rel_tol=1e-12)


def test_ratio_example() -> None:
    assert kg(120).ratio(kg(100)) == 1.2


@pytest.mark.parametrize(
    ("operation", "message"),
    [
        (
            lambda: kg(1) + lb(2),
            "cannot add 1 kg and 2 lb: convert one first, e.g. a.to('kg'), "
            "or use Load.total([...], unit)",
        ),
        (
            lambda: lb(2) - kg(1),
            "cannot subtract 2 lb and 1 kg: convert one first, e.g. a.to('lb'), "
            "or use Load.total([...], unit)",
        ),
    ],
    ids=["add", "subtract"],
)
def test_mixing_units_raises_unit_error_with_a_hint(
    operation: Callable[[], Load], message: str
) -> None:
    with pytest.raises(UnitError) as caught:
        operation()
    assert str(caught.value) == message
    assert isinstance(caught.value, ValueError)
    assert isinstance(caught.value, NegativesError)


@given(loads(), loads())
def test_mixing_units_always_raises_unit_error(a: Load, b: Load) -> None:
    assume(a.unit is not b.unit)
    with pytest.raises(UnitError, match="convert one first"):
        _ = a + b
    with pytest.raises(UnitError, match="convert one first"):
        _ = a - b


@pytest.mark.parametrize("other", [1, 1.5, "1 kg", None])
def test_adding_a_non_load_is_a_type_error(other: object) -> None:
    with pytest.raises(TypeError, match="cannot add a Load and"):
        _ = kg(1) + other  # type: ignore[operator]  # bad inputs are the point


def test_adding_a_load_to_a_non_zero_number_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="cannot add a Load and 1"):
        _ = 1 + kg(1)


@pytest.mark.parametrize("factor", [True, "2", kg(2), None])
def test_multiplying_by_a_non_number_is_a_type_error(factor: object) -> None:
    with pytest.raises(TypeError):
        _ = kg(1) * factor  # type: ignore[operator]  # bad inputs are the point
    with pytest.raises(TypeError):
        _ = kg(1) / factor  # type: ignore[operator]  # bad inputs are the point


def test_sum_of_one_unit_works() -> None:
    assert sum([kg(1), kg(2)]) == kg(3)
    assert sum([lb(1.5)]) == lb(1.5)


def test_sum_of_mixed_units_raises_unit_error() -> None:
    with pytest.raises(UnitError):
        sum([kg(1), lb(2)])


def test_scaling_out_of_the_finite_range_is_a_validation_error() -> None:
    with pytest.raises(ValidationError, match=r"^Load\.value: must be a finite number, got inf$"):
        _ = kg(1e308) * 10


# -- total ----------------------------------------------------------------------------------


@given(st.lists(loads(), max_size=10), units())
def test_total_of_mixed_units_equals_sum_in_kg(items: list[Load], unit: Unit) -> None:
    total = Load.total(items, unit)
    expected = math.fsum(x.kg for x in items)
    assert total.unit is unit
    assert math.isclose(total.kg, expected, rel_tol=1e-12, abs_tol=1e-9)


@given(st.lists(loads(), max_size=10))
def test_total_is_the_same_mass_in_either_unit(items: list[Load]) -> None:
    assert Load.total(items, "kg").isclose(Load.total(items, "lb"), rel_tol=1e-12)
    assert Load.total(items).unit is Unit.KG


@given(units(), st.lists(finite_values, min_size=1, max_size=10))
def test_sum_in_one_unit_matches_total(unit: Unit, values: list[float]) -> None:
    items = [Load(v, unit) for v in values]
    summed = sum(items)
    assert isinstance(summed, Load)
    assert summed.unit is unit
    scale = math.fsum(abs(v) for v in values)
    assert math.isclose(
        summed.value, Load.total(items, unit).value, rel_tol=1e-12, abs_tol=1e-12 * scale + 1e-9
    )


def test_total_of_nothing_is_zero_in_the_named_unit() -> None:
    assert Load.total([], "lb") == lb(0)
    assert Load.total([]) == kg(0)


def test_total_example() -> None:
    assert Load.total([kg(20), lb(45)], "kg").isclose(kg(40.41165665))
    assert Load.total([kg(20), lb(10)], "lb").isclose(lb(54.0924524))


def test_total_to_an_unknown_unit_names_the_field() -> None:
    with pytest.raises(ValidationError, match=r"^Load\.unit: unknown unit 'stone'"):
        Load.total([kg(1)], "stone")


# -- text -----------------------------------------------------------------------------------


@given(loads())
def test_repr_round_trips_through_eval(x: Load) -> None:
    again = eval(repr(x), {"Load": Load})
    assert again == x
    assert again.unit is x.unit


@given(loads())
def test_str_is_the_number_rounded_for_people_then_the_unit(x: Load) -> None:
    number, unit = str(x).split(" ")
    assert unit == x.unit.value
    if abs(x.value) >= 1e15:
        return
    if abs(x.value) < 1:  # 3 significant figures
        assert math.isclose(float(number), x.value, rel_tol=5e-3)
        assert (float(number) == 0) == (x.value == 0)
        return
    whole = len(str(int(abs(x.value))))
    decimals = min(2, max(0, 4 - whole))
    # at most 4 significant figures and 2 decimals; the whole-number part is never rounded
    assert abs(float(number) - x.value) <= 0.5 * 10**-decimals * (1 + 1e-9)
    assert not number.endswith(".")
    if "." in number:
        assert not number.endswith("0")
        assert len(number.split(".")[1]) <= decimals
    assert x.exact() == f"{x.value!r} {unit}" or float(x.exact().split(" ")[0]) == x.value


@given(loads())
def test_format_spec_applies_to_the_value(x: Load) -> None:
    assert format(x, ".1f") == f"{x.value:.1f} {x.unit.value}"
    assert format(x, "") == str(x)
    assert f"{x}" == str(x)


@pytest.mark.parametrize(
    ("load", "text"),
    [
        (kg(60), "60 kg"),
        (kg(2.5), "2.5 kg"),
        (lb(135.0), "135 lb"),
        (kg(-2.5), "-2.5 kg"),
        (kg(-0.0), "0 kg"),
        (kg(26.400000000000006), "26.4 kg"),
        (lb(1410.9584779832164), "1411 lb"),
        (kg(102.5), "102.5 kg"),
        (kg(1.25), "1.25 kg"),
        (kg(0.25), "0.25 kg"),
        (kg(100).to("lb"), "220.5 lb"),
        (lb(45).to("kg"), "20.41 kg"),
        (kg(16355.2), "16355 kg"),
        (kg(-0.001), "-0.001 kg"),
        (kg(0.625), "0.625 kg"),
        (kg(0.99999), "1 kg"),
        (kg(1e20), "1e+20 kg"),
    ],
)
def test_str_examples(load: Load, text: str) -> None:
    assert str(load) == text


def test_format_and_repr_examples() -> None:
    assert format(kg(62.25), ".1f") == "62.2 kg"
    assert format(lb(95), ".2f") == "95.00 lb"
    assert repr(kg(60)) == "Load(60.0, 'kg')"
    assert repr(lb(2.5)) == "Load(2.5, 'lb')"


# -- validation -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (math.nan, "Load.value: must be a finite number, got nan"),
        (math.inf, "Load.value: must be a finite number, got inf"),
        (-math.inf, "Load.value: must be a finite number, got -inf"),
        (True, "Load.value: must be a number, got bool True"),
        (False, "Load.value: must be a number, got bool False"),
        ("5", "Load.value: must be a number, got '5'"),
        (None, "Load.value: must be a number, got NoneType None"),
    ],
    ids=["nan", "inf", "-inf", "True", "False", "str", "None"],
)
def test_bad_values_raise_validation_error_naming_the_field(value: object, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        Load(value, "kg")  # type: ignore[arg-type]  # bad inputs are the point
    error = caught.value
    assert str(error) == message
    assert isinstance(error, ValueError)
    assert error.owner == "Load"
    assert [p.loc for p in error.problems] == [("value",)]


@pytest.mark.parametrize(
    ("unit", "message"),
    [
        ("stone", "Load.unit: unknown unit 'stone': use 'kg' or 'lb'"),
        ("", "Load.unit: unknown unit '': use 'kg' or 'lb'"),
        (123, "Load.unit: a unit must be text like 'kg' or 'lb', got 123"),
        (None, "Load.unit: a unit must be text like 'kg' or 'lb', got NoneType None"),
    ],
)
def test_bad_units_raise_validation_error_naming_the_field(unit: object, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        Load(1, unit)  # type: ignore[arg-type]  # bad inputs are the point
    error = caught.value
    assert str(error) == message
    assert isinstance(error, ValueError)
    assert error.owner == "Load"
    assert [p.loc for p in error.problems] == [("unit",)]


def test_converting_to_an_unknown_unit_is_a_validation_error() -> None:
    with pytest.raises(ValidationError, match=r"^Load\.unit: unknown unit 'stone'"):
        kg(1).to("stone")
    with pytest.raises(ValidationError, match=r"^Load\.unit: unknown unit 'g'"):
        kg(1).magnitude("g")


@given(st.sampled_from([math.nan, math.inf, -math.inf]), units())
def test_non_finite_values_are_refused_in_either_unit(value: float, unit: Unit) -> None:
    with pytest.raises(ValidationError, match=r"^Load\.value: must be a finite number"):
        Load(value, unit)


def test_huge_int_value_raises_validation_error() -> None:
    with pytest.raises(ValidationError, match=r"^Load\.value"):
        Load(10**400, "kg")


@given(finite_values, units())
def test_negative_and_positive_values_are_kept(value: float, unit: Unit) -> None:
    load = Load(value, unit)
    assert load.value == value
    assert load.unit is unit


# -- Unit.parse -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("kg", Unit.KG),
        ("KG", Unit.KG),
        ("kgs", Unit.KG),
        ("kilo", Unit.KG),
        ("Kilos", Unit.KG),
        ("kilogram", Unit.KG),
        (" Kilograms ", Unit.KG),
        ("kg.", Unit.KG),
        ("lb", Unit.LB),
        ("LBS", Unit.LB),
        ("lbs", Unit.LB),
        ("lbs.", Unit.LB),
        ("pound", Unit.LB),
        ("pounds.", Unit.LB),
        ("  Pounds ", Unit.LB),
        (Unit.KG, Unit.KG),
        (Unit.LB, Unit.LB),
    ],
)
def test_unit_parse_reads_aliases(text: str, unit: Unit) -> None:
    assert Unit.parse(text) is unit
    assert Load(1, text).unit is unit


@given(
    st.sampled_from(sorted(["kg", "kgs", "kilo", "kilos", "kilogram", "kilograms"])),
    st.lists(st.booleans(), min_size=9, max_size=9),
    st.integers(0, 3),
    st.booleans(),
    st.integers(0, 3),
)
def test_unit_parse_ignores_case_spaces_and_a_trailing_dot(
    name: str, upper: list[bool], before: int, dot: bool, after: int
) -> None:
    cased = "".join(c.upper() if flip else c for c, flip in zip(name, upper, strict=False))
    text = " " * before + cased + "." * dot + " " * after
    assert Unit.parse(text) is Unit.KG


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("stone", "unknown unit 'stone': use 'kg' or 'lb'"),
        ("g", "unknown unit 'g': use 'kg' or 'lb'"),
        ("", "unknown unit '': use 'kg' or 'lb'"),
        (3, "a unit must be text like 'kg' or 'lb', got 3"),
        (None, "a unit must be text like 'kg' or 'lb', got NoneType None"),
    ],
)
def test_unit_parse_rejects_unknown_names(text: object, message: str) -> None:
    with pytest.raises(ParseError) as caught:
        Unit.parse(text)  # type: ignore[arg-type]  # bad inputs are the point
    assert str(caught.value) == message
    assert isinstance(caught.value, ValueError)


def test_unit_is_a_string_enum() -> None:
    assert Unit.KG == "kg"  # type: ignore[comparison-overlap]  # units are str-valued: the point
    assert Unit.LB == "lb"  # type: ignore[comparison-overlap]
    assert [u.value for u in Unit] == ["kg", "lb"]


# -- bar loads ------------------------------------------------------------------------------


@given(bar_loads())
def test_bar_loads_have_no_problem(load: Load) -> None:
    assert bar_load_problem(load) is None


@given(st.floats(min_value=-1e6, max_value=-5e-324), units())
def test_negative_loads_are_allowed_but_not_on_a_bar(value: float, unit: Unit) -> None:
    load = Load(value, unit)
    problem = bar_load_problem(load)
    assert problem == f"must be >= 0, got {load.exact()} (a load on the bar cannot be negative)"


@given(st.floats(min_value=1000.001, max_value=1e6), units())
def test_loads_above_1000_kg_are_refused_on_a_bar(mass_kg: float, unit: Unit) -> None:
    load = kg(mass_kg).to(unit)
    problem = bar_load_problem(load)
    assert problem is not None
    assert problem.startswith("must be <= ")
    assert problem.endswith(f", got {load.exact()}")  # exact: 1000.0004 kg is not "1000 kg"


@pytest.mark.parametrize(
    ("load", "problem"),
    [
        (kg(0), None),
        (kg(-0.0), None),
        (kg(MAX_BAR_LOAD_KG), None),
        (lb(2204.6), None),
        (kg(-1), "must be >= 0, got -1 kg (a load on the bar cannot be negative)"),
        (kg(1000.5), "must be <= 1000 kg, got 1000.5 kg"),
        (lb(3000), "must be <= 1000 kg (2204.6226 lb), got 3000 lb"),
        (5, "must be a Load such as kg(40) or lb(95), got 5"),
        (None, "must be a Load such as kg(40) or lb(95), got NoneType None"),
    ],
)
def test_bar_load_problem_examples(load: object, problem: str | None) -> None:
    assert bar_load_problem(load) == problem


def test_the_maximum_bar_load_in_pounds_is_accepted() -> None:
    assert bar_load_problem(kg(MAX_BAR_LOAD_KG).to("lb")) is None


# -- regressions found in review ------------------------------------------------------------


def test_real_numbers_of_other_types_become_floats() -> None:
    from fractions import Fraction

    class MyFloat(float):
        pass

    assert Load(Fraction(1, 2), "kg") == kg(0.5)  # type: ignore[arg-type]  # not a float: the point
    assert type(Load(MyFloat(2.0), "kg").value) is float


def test_total_refuses_what_is_not_a_load() -> None:
    with pytest.raises(TypeError, match=r"Load\.total"):
        Load.total([kg(1), 5], "kg")  # type: ignore[list-item]


def test_a_huge_factor_is_refused_as_not_finite() -> None:
    with pytest.raises(ValidationError, match="finite"):
        kg(2) * 10**400


# -- rounding for people ----------------------------------------------------------------------


@given(loads(), st.sampled_from([None, 0.5, 1.0, 2.5, 5.0]))
def test_nearest_is_a_multiple_of_the_step_within_half_a_step(x: Load, step: float | None) -> None:
    assume(abs(x.value) < 1e12)
    size = SPOTTER_STEP[x.unit] if step is None else step
    rounded = x.nearest(step)
    assert rounded.unit is x.unit
    multiple = rounded.value / size
    assert math.isclose(multiple, round(multiple), abs_tol=1e-6)
    assert abs(rounded.value - x.value) <= size / 2 * (1 + 1e-9)
    assert rounded.nearest(step) == rounded


def test_nearest_examples() -> None:
    assert kg(11.3).nearest() == kg(12.5)
    assert kg(11.24).nearest() == kg(10)
    assert kg(11.25).nearest() == kg(12.5)  # halves away from zero
    assert kg(-11.25).nearest() == kg(-12.5)
    assert lb(22.4).nearest() == lb(20)
    assert lb(22.5).nearest() == lb(25)
    assert kg(1.2).nearest() == kg(0)
    assert kg(13).nearest(lb(5)) == kg(13).nearest(lb(5).to("kg"))
    assert kg(13).nearest(lb(5)).isclose(kg(6 * 2.26796185))


@pytest.mark.parametrize("step", [0, -2.5, math.inf, math.nan, kg(0)])
def test_nearest_refuses_a_step_that_is_not_above_zero(step: object) -> None:
    with pytest.raises(ValidationError, match=r"Load\.nearest\.step: must be a finite load"):
        kg(10).nearest(step)  # type: ignore[arg-type]  # bad inputs are the point


def test_nearest_refuses_a_step_of_the_wrong_type() -> None:
    with pytest.raises(TypeError, match="step"):
        kg(10).nearest("2.5")  # type: ignore[arg-type]

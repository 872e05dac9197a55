"""Integers of any size are compared exactly: a huge one is a ValidationError, never an overflow.

Every public constructor that takes a number gets integers far beyond what a float holds
(``10**400``), at the edges of it, and of thousands of digits (past ``str()``'s limit); the
answer is always a `ValidationError` (or a value, where the number is allowed) whose message
names the field and shows the number received.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import sys
from collections.abc import Callable
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import negatives as neg
from negatives import kg
from negatives.plates import PlateInventory
from negatives.progressions import (
    RPE,
    Deload,
    EccentricRamp,
    Linear,
    Program,
    ProgramSlot,
    TempoRamp,
)

CURL = neg.Exercise("barbell-curl", "Barbell Curl", muscles=["biceps"], equipment="barbell")
DB_CURL = neg.Exercise(
    "dumbbell-curl",
    "Dumbbell Curl",
    muscles=["biceps"],
    equipment="dumbbell",
    load_convention="per_implement",
)

#: Integers a float cannot hold, of either sign, including some past str()'s 4300-digit limit.
HUGE = st.one_of(
    st.integers(min_value=2**1024, max_value=10**400),
    st.integers(min_value=10**400, max_value=10**4000),
    st.sampled_from([2**1024, 10**400, 10**4300, 10**5000]),
).flatmap(lambda n: st.sampled_from([n, -n]))

#: Integers a float holds but not exactly (past 2**53): still compared exactly.
BIG = st.integers(min_value=2**53 + 1, max_value=2**1023).flatmap(
    lambda n: st.sampled_from([n, -n])
)


def _slot() -> ProgramSlot:
    return ProgramSlot(prescription=neg.Prescription(CURL, reps=8, load=kg(40)), progression=None)


# (what is built, a valid example, the numeric fields and how each holds its number)
Wrap = Callable[[int], Any]
_SAME: Wrap = lambda n: n  # noqa: E731
CASES: list[tuple[str, Callable[..., Any], dict[str, Any], dict[str, Wrap]]] = [
    ("Load", neg.Load, {"value": 1.0, "unit": "kg"}, {"value": _SAME}),
    (
        "Tempo",
        neg.Tempo,
        {"eccentric": 3.0, "lengthened": 0.0, "concentric": 1.0, "shortened": 0.0},
        {"eccentric": _SAME, "lengthened": _SAME, "concentric": _SAME, "shortened": _SAME},
    ),
    (
        "Exercise",
        neg.Exercise,
        {
            "id": "dumbbell-curl",
            "name": "Dumbbell Curl",
            "muscles": ["biceps"],
            "load_convention": "per_implement",
        },
        {"bodyweight_fraction": _SAME, "ecc_con_ratio": _SAME, "implements": _SAME},
    ),
    (
        "RepPhase",
        neg.RepPhase,
        {"phase": "eccentric", "load": kg(40)},
        {"seconds": _SAME, "limbs": _SAME},
    ),
    ("RepRange", neg.RepRange, {"low": 8, "high": 10}, {"low": _SAME, "high": _SAME}),
    ("Setup", neg.Setup, {"spotters": 1}, {"spotters": _SAME}),
    ("Basis", neg.Basis, {}, {"eccentric_ratio": _SAME, "concentric_effort": _SAME}),
    (
        "Prescription",
        neg.Prescription,
        {"exercise": CURL, "reps": 8, "load": kg(40)},
        {
            "sets": _SAME,
            "reps": _SAME,
            "fraction_1rm": _SAME,
            "rpe": _SAME,
            "overload": _SAME,
            "rest": _SAME,
        },
    ),
    (
        "Set",
        neg.Set,
        {"exercise": CURL, "reps": 8, "load": kg(40)},
        {"reps": _SAME, "rpe": _SAME, "rir": _SAME, "rest": _SAME},
    ),
    ("Source", neg.Source, {"app": "strong"}, {"rows": lambda n: (1, n)}),
    (
        "Session",
        neg.Session,
        {"date": dt.date(2026, 11, 23), "sets": ()},
        {"duration": _SAME},
    ),
    (
        "Athlete",
        neg.Athlete,
        {"id": "ana", "training_age_years": 2},
        {
            "training_age_years": _SAME,
            "birth_year": _SAME,
            "ecc_con_ratio": lambda n: {"barbell-curl": n},
        },
    ),
    ("Linear", Linear, {}, {"every": _SAME}),
    (
        "EccentricRamp",
        EccentricRamp,
        {"start": 0.2, "end": 0.4, "weeks": 3},
        {"start": _SAME, "end": _SAME, "weeks": _SAME},
    ),
    (
        "TempoRamp",
        TempoRamp,
        {"start": 3.0, "end": 5.0, "weeks": 3},
        {"start": _SAME, "end": _SAME, "weeks": _SAME},
    ),
    ("RPE", RPE, {"target_rpe": 8}, {"target_rpe": _SAME}),
    (
        "Deload",
        Deload,
        {"base": Linear()},
        {"every": _SAME, "load_fraction": _SAME, "sets_fraction": _SAME},
    ),
    ("ProgramSlot", ProgramSlot, {"prescription": None, "progression": None}, {"day": _SAME}),
    (
        "Program",
        Program,
        {"name": "p", "weeks": 4, "days": (0,), "slots": None},
        {"weeks": _SAME, "days": lambda n: (n,)},
    ),
    ("PlateInventory", PlateInventory, {"plates": None}, {"plates": lambda n: {kg(20): n}}),
]


def _kwargs(base: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key in ("prescription", "slots"):
        if key in out and out[key] is None:
            slot = _slot()
            out[key] = slot.prescription if key == "prescription" else (slot,)
    if "progression" in out and out["progression"] is None:
        out["progression"] = Linear()
    return out


#: Fields that take any whole number (row numbers, how many plates a gym owns): kept exactly.
UNBOUNDED = {("Source", "rows"), ("PlateInventory", "plates")}


CASE_IDS = [case[0] for case in CASES]


@pytest.mark.parametrize(("name", "build", "base", "fields"), CASES, ids=CASE_IDS)
def test_every_example_is_valid(
    name: str, build: Callable[..., Any], base: dict[str, Any], fields: dict[str, Wrap]
) -> None:
    kwargs = _kwargs(base)
    if name == "PlateInventory":
        kwargs = {"plates": {kg(20): 2}}
    build(**kwargs)  # the examples themselves are valid, so a failure below is the number's


@pytest.mark.parametrize(("name", "build", "base", "fields"), CASES, ids=CASE_IDS)
@given(data=st.data())
def test_a_huge_integer_in_any_numeric_field_is_a_located_validation_error(
    name: str,
    build: Callable[..., Any],
    base: dict[str, Any],
    fields: dict[str, Wrap],
    data: st.DataObject,
) -> None:
    field = data.draw(st.sampled_from(sorted(fields)), label="field")
    number = data.draw(HUGE, label="number")
    kwargs = {**_kwargs(base), field: fields[field](number)}
    if (name, field) in UNBOUNDED and number > 0:
        build(**kwargs)  # a count, kept exactly
        return
    with pytest.raises(neg.ValidationError) as caught:
        build(**kwargs)
    error = caught.value
    located = [p for p in error.problems if p.loc and p.loc[0] == field]
    assert located, error
    assert "digits" in str(error) or (name, field) in UNBOUNDED
    assert "OverflowError" not in str(error)
    assert len(str(error)) < 1000


@pytest.mark.parametrize(("name", "build", "base", "fields"), CASES, ids=CASE_IDS)
@given(data=st.data())
def test_a_big_exact_integer_is_compared_exactly(
    name: str,
    build: Callable[..., Any],
    base: dict[str, Any],
    fields: dict[str, Wrap],
    data: st.DataObject,
) -> None:
    # Past 2**53 a float rounds; the range checks never convert, so nothing rounds into range.
    field = data.draw(st.sampled_from(sorted(fields)), label="field")
    number = data.draw(BIG, label="number")
    kwargs = {**_kwargs(base), field: fields[field](number)}
    if name == "Load" or ((name, field) in UNBOUNDED and number > 0):
        build(**kwargs)  # an unbounded Load value, or a count: kept
        return
    with pytest.raises(neg.ValidationError) as caught:
        build(**kwargs)
    assert any(p.loc and p.loc[0] == field for p in caught.value.problems), caught.value


@pytest.mark.parametrize(
    "build",
    [
        lambda: neg.Set(CURL, reps=10**400, load=kg(10)),
        lambda: neg.RepRange(1, 10**400),
        lambda: Program(name="p", weeks=10**400, days=(0,), slots=(_slot(),)),
        lambda: neg.Setup(spotters=10**400),
    ],
    ids=["Set.reps", "RepRange.high", "Program.weeks", "Setup.spotters"],
)
def test_the_reported_overflows_are_validation_errors(build: Callable[[], object]) -> None:
    with pytest.raises(neg.ValidationError, match=r"must be <= \d+, got 100000000000\.\.\. \(401"):
        build()


def test_the_limit_of_str_on_integers_does_not_break_a_message() -> None:
    assert sys.get_int_max_str_digits() in (0, 4300) or True
    with pytest.raises(neg.ValidationError, match=r"got an integer of about 5001 digits"):
        neg.Set(CURL, reps=10**5000, load=kg(10))


def test_descriptions_of_huge_integers_never_convert_them_past_the_limit() -> None:
    from negatives._checks import describe, fmt_number, to_float

    assert describe([10**5000]) == "list holding an integer of thousands of digits"
    assert describe(-(10**400)) == "-100000000000... (401 digits)"
    assert fmt_number(10**5000) == "an integer of about 5001 digits"
    assert to_float(10**400) == math.inf
    assert to_float(-(10**400)) == -math.inf


def test_calculators_take_huge_integers_without_overflowing() -> None:
    assert neg.strength.nsca_fraction(10**400) == 0.0  # the chart's tail, at its limit
    with pytest.raises(neg.ValidationError, match=r"fraction: must be <= 1 \(the 1RM\), got 1000"):
        neg.strength.nsca_reps(10**400)


def test_loads_times_a_huge_integer_is_refused_and_divided_is_exact() -> None:
    with pytest.raises(neg.ValidationError, match=r"finite number .*401 digits"):
        kg(2) * 10**400
    assert kg(0) * 10**400 == kg(0)
    assert kg(2) / 10**400 == kg(0)
    assert (kg(1e308) / 2**1024).value == pytest.approx(1e308 / 2**1023 / 2)


@pytest.mark.parametrize(
    ("cls", "document"),
    [
        (neg.Set, {"exercise": CURL.id, "reps": 10**400, "load": {"value": 1, "unit": "kg"}}),
        (neg.Setup, {"spotters": 10**400}),
        (neg.Athlete, {"id": "ana", "training_age_years": 10**400, "birth_year": -(10**400)}),
        (
            Program,
            {
                "name": "p",
                "weeks": 10**400,
                "days": [0],
                "slots": [
                    {
                        "prescription": {
                            "exercise": CURL.id,
                            "reps": [8, 8],
                            "load": {"value": 40, "unit": "kg"},
                        },
                        "progression": {"kind": "linear"},
                    }
                ],
            },
        ),
    ],
    ids=["set", "setup", "athlete", "program"],
)
def test_huge_integers_in_documents_are_located_problems(
    cls: type, document: dict[str, object]
) -> None:
    kind = neg.serialization.KINDS[cls]
    exercises = [json.loads(neg.to_json(CURL))] if cls in (neg.Set, Program) else []
    data = {"schema": 1, "kind": kind, **({"exercises": exercises} if exercises else {})}
    data.update(document)
    for item in exercises:
        item.pop("schema")
        item.pop("kind")
    text = json.dumps(data)
    with pytest.raises(neg.ValidationError) as caught:
        neg.from_json(text, cls)
    message = str(caught.value)
    assert "could not be read" not in message
    assert "OverflowError" not in message
    assert all(problem.loc for problem in caught.value.problems), message


def test_evolve_keeps_the_checks() -> None:
    # attrs.evolve goes through the constructor, so the checks hold for changed copies too.
    with pytest.raises(neg.ValidationError, match=r"Set\.reps"):
        attrs.evolve(neg.Set(CURL, reps=8, load=kg(40)), reps=10**400)

"""Programs, slots, weeks and templates refuse what they cannot use; limits say it."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

import negatives as neg
from negatives.errors import ValidationError
from negatives.progressions import Gym, Program, ProgramSlot, Week, templates
from negatives.progressions._limits import _names, limits
from negatives.safety import Policy

kg = neg.kg
MONDAY = dt.date(2026, 11, 23)
CURL = neg.catalog.lookup("barbell-curl")
BENCH = neg.catalog.lookup("bench-press")
LEG_PRESS = neg.catalog.lookup("leg-press")


def _plain(exercise: neg.Exercise = CURL) -> ProgramSlot:
    return ProgramSlot(prescription=neg.Prescription(exercise, sets=3, reps=8, load=kg(30)))


def _heavy(exercise: neg.Exercise = BENCH) -> ProgramSlot:
    prescription = neg.Prescription(
        exercise, method="negative_only", sets=2, reps=5, fraction_1rm=0.9, tempo="4-0-1-0"
    )
    return ProgramSlot(prescription=prescription)


def test_a_week_reps_must_be_a_count_or_a_range() -> None:
    assert Week(days=(0,), reps=8).rep_range == neg.RepRange(8, 8)
    assert Week(days=(0,), reps=(6, 8)).rep_range == neg.RepRange(6, 8)
    bad: Any = "eight"
    with pytest.raises(ValidationError, match="number of reps or a range"):
        Week(days=(0,), reps=bad)


def test_a_week_without_reps_has_no_range_or_count() -> None:
    week = Week(days=(0,))
    assert week.rep_range is None
    assert week.set_count is None
    assert Week(days=(0,), set_reps=(10, 8, 6)).rep_range == neg.RepRange(6, 10)


def test_a_slot_refuses_a_schedule_of_non_weeks_and_unknown_releasers() -> None:
    prescription = neg.Prescription(CURL, sets=3, reps=8, load=kg(30))
    schedule: Any = ["week one"]
    with pytest.raises(ValidationError, match="must be a Week") as raised:
        ProgramSlot(prescription=prescription, schedule=schedule)
    assert "schedule" in str(raised.value)
    releasers: Any = "some"
    with pytest.raises(ValidationError, match="'every' or 'first'"):
        ProgramSlot(prescription=prescription, releasers=releasers)


def test_a_program_refuses_empty_or_repeated_days_and_no_slots() -> None:
    with pytest.raises(ValidationError, match="at least one training day"):
        Program(name="P", weeks=1, slots=[_plain()], days=())
    with pytest.raises(ValidationError, match="weekday twice"):
        Program(name="P", weeks=1, slots=[_plain()], days=(0, 0))
    with pytest.raises(ValidationError, match="at least one slot"):
        Program(name="P", weeks=1, slots=[])


def test_a_program_refuses_slots_that_are_not_slots_and_a_start_that_is_not_a_date() -> None:
    slots: Any = [_plain(), "curls"]
    with pytest.raises(ValidationError, match="must be a ProgramSlot"):
        Program(name="P", weeks=1, slots=slots)
    start: Any = dt.datetime(2026, 11, 23, 9, 0)
    with pytest.raises(ValidationError, match="must be a date"):
        Program(name="P", weeks=1, slots=[_plain()], start=start)


def test_templates_refuse_bad_names_starts_and_exercises() -> None:
    name: Any = 3
    with pytest.raises(TypeError, match="name must be text"):
        templates.template(name)
    start: Any = "2026-11-23"
    with pytest.raises(ValidationError, match="must be a date"):
        templates.template("seed-negatives", start=start)
    exercises: Any = 5
    with pytest.raises(ValidationError, match="must list exercises"):
        templates.template("seed-negatives", exercises=exercises)


def test_a_template_takes_one_exercise_as_text() -> None:
    program = templates.template("seed-negatives", weeks=4, exercises="bench-press")
    assert {slot.exercise.id for slot in program.slots} == {"bench-press"}


def test_names_are_listed_as_a_coach_reads_them() -> None:
    slots = [_plain(CURL), _plain(BENCH), _plain(LEG_PRESS)]
    assert _names(slots) == f"{CURL.name}, {BENCH.name} and {LEG_PRESS.name}"
    assert _names(slots[:2]) == f"{CURL.name} and {BENCH.name}"
    assert _names([*slots[:1], *slots[:1]]) == CURL.name


def test_a_program_without_overload_has_no_limits() -> None:
    program = Program(name="P", weeks=1, slots=[_plain()])
    found = limits(
        program, None, history_known=False, policy=Policy.preset("standard"), setup=None,
        maxima={},
    )  # fmt: skip
    assert found == ()


def test_limits_name_the_screening_flags_and_the_unknown_1rms() -> None:
    program = Program(name="P", weeks=1, slots=[_heavy()])
    athlete = neg.Athlete(
        "a", training_age_years=5, screening=neg.Screening(statins=True, current_illness=False)
    )
    found = limits(
        program, athlete, history_known=True, policy=Policy.preset("standard"), setup=None,
        maxima={"bench-press": None},
    )  # fmt: skip
    messages = [limit.message for limit in found]
    assert any("the screening flags statins" in m for m in messages)
    assert any(m.startswith(f"no 1RM for {BENCH.name}") for m in messages)
    codes = {limit.code for limit in found}
    assert "NEG103" in codes


def test_limits_follow_the_rules_the_policy_selects() -> None:
    program = Program(name="P", weeks=1, slots=[_heavy()])
    novice = neg.Athlete("n", training_age_years=0.5, concentric_1rm={"bench-press": kg(100)})
    policy = Policy.preset("standard").ignoring("NEG101", "NEG104")
    found = limits(
        program, novice, history_known=True, policy=policy, setup=None,
        maxima={"bench-press": kg(100)},
    )  # fmt: skip
    codes = {limit.code for limit in found}
    assert "NEG101" not in codes
    assert not any(m.message.startswith("readiness") for m in found)
    full = limits(
        program, novice, history_known=True, policy=Policy.preset("standard"), setup=None,
        maxima={"bench-press": kg(100)},
    )  # fmt: skip
    assert "NEG101" in {limit.code for limit in full}


def test_templates_refuse_days_that_are_not_a_list_of_weekdays() -> None:
    days: Any = "mon"
    with pytest.raises(ValidationError, match="must be weekdays"):
        templates.template("seed-negatives", days=days)


def test_overload_without_an_athlete_is_said_first() -> None:
    program = Program(name="P", weeks=1, slots=[_heavy()])
    found = limits(
        program, None, history_known=True, policy=Policy.preset("standard"), setup=None,
        maxima={"bench-press": kg(100)},
    )  # fmt: skip
    assert found[0].message.startswith("no athlete:")
    assert not any(limit.message.startswith("readiness") for limit in found)


def test_a_gym_rounds_loads_only() -> None:
    load: Any = 100
    with pytest.raises(ValidationError, match="must be a Load"):
        Gym().round(load, CURL)

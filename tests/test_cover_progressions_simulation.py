"""The simulator's edges: sets beyond the athlete, reported RPEs, the reps chart's top."""

from __future__ import annotations

import datetime as dt
import math

import negatives as neg
from negatives.progressions import Program, ProgramSlot, Response, simulate
from negatives.progressions.simulation import _reps_allowed

kg = neg.kg
MONDAY = dt.date(2026, 11, 23)
CURL = neg.catalog.lookup("barbell-curl")
ATHLETE = neg.Athlete("ana", training_age_years=3, concentric_1rm={"barbell-curl": kg(50)})
EXACT = Response(adherence=1.0, day_to_day=0.0, rir_bias=0.0, rir_noise=0.0)


def _curls(load: float, weeks: int = 1) -> Program:
    prescription = neg.Prescription(CURL, sets=2, reps=5, load=kg(load))
    return Program(
        name="Curls", weeks=weeks, slots=[ProgramSlot(prescription=prescription)], start=MONDAY
    )


def test_reps_to_failure_follow_the_chart_and_stop_above_the_maximum() -> None:
    assert _reps_allowed(0.0, 50.0) == math.inf
    assert _reps_allowed(60.0, 50.0) == 0.0
    assert _reps_allowed(50.0, 50.0) >= 1.0
    assert _reps_allowed(25.0, 50.0) > _reps_allowed(40.0, 50.0)


def test_a_session_beyond_the_athlete_is_attended_but_skipped() -> None:
    result = simulate(_curls(60.0), ATHLETE, seed=1, response=EXACT, history=())
    assert result.sessions_planned == 1  # the slot is on the first training day
    assert result.sessions_done == 0
    assert result.sessions_skipped == 1
    assert result.performed == ()
    assert all(outcome.performed is None and outcome.reps == 0 for outcome in result.sets_short)
    assert result.missed_reps == 2 * 5
    assert result.change("barbell-curl") == 0.0  # no session done: no gain


def test_reported_rpes_are_written_next_to_the_reps() -> None:
    always = Response(
        adherence=1.0, day_to_day=0.0, rir_bias=0.0, rir_noise=0.0, report_rpe="always"
    )
    result = simulate(_curls(30.0), ATHLETE, seed=1, response=always, history=())
    done = [item for session in result.performed for item in session.sets]
    assert done
    assert all(item.rpe is not None for item in done)
    assert "@" in result.text()


def test_a_weeks_adjustments_point_at_its_own_planned_sessions() -> None:
    nordic = neg.catalog.lookup("nordic-curl")
    bench = neg.catalog.lookup("bench-press")
    heavy = neg.Prescription(
        bench, method="negative_only", sets=2, reps=5, fraction_1rm=1.0, overload=0.3,
        tempo="4-0-1-0",
    )  # fmt: skip
    slots = [
        ProgramSlot(prescription=heavy, day=0),  # clamped by NEG201: placed in the plan
        ProgramSlot(prescription=neg.Prescription(nordic, sets=2, reps=5), day=0),
        ProgramSlot(prescription=neg.Prescription(nordic, sets=2, reps=5), day=1),  # left out
    ]
    program = Program(name="P", weeks=1, days=(0, 1), slots=slots, start=MONDAY)
    athlete = neg.Athlete(
        "a", training_age_years=5, bodyweight=kg(80),
        concentric_1rm={"bench-press": kg(100), "nordic-curl": kg(80)},
    )  # fmt: skip
    setup = neg.Setup(spotters=2, safety_arms=True)
    result = simulate(program, athlete, response=EXACT, history=(), setup=setup, primer=False)
    (week,) = result.weeks
    placed = [a for a in week.adjustments if a.loc]
    assert placed  # the clamped load
    for adjustment in placed:
        assert adjustment.loc[0] == "sessions"
        index = adjustment.loc[1]
        assert isinstance(index, int)
        assert 0 <= index < len(week.planned)
        assert week.planned[index].date == adjustment.date
    # the slot left out is in the week too, in no session, on its day
    left = [a for a in week.adjustments if not a.loc]
    assert [(a.exercise, a.date) for a in left] == [("nordic-curl", MONDAY + dt.timedelta(days=1))]

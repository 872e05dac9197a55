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

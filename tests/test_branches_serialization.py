"""Branches of reading documents that the other tests leave out (coverage gate)."""

import datetime as dt
import json
from typing import Any

import pytest

import negatives as neg
from negatives.progressions import Linear, Program, ProgramSlot

CURL = neg.catalog.lookup("barbell-curl")


def _session_data() -> dict[str, Any]:
    session = neg.Session(dt.date(2026, 11, 23), sets=[neg.Set(CURL, reps=8, load=neg.kg(20))])
    data: dict[str, Any] = json.loads(neg.to_json(session))
    return data


def test_a_start_that_is_not_text_is_refused_with_the_form_expected() -> None:
    data = _session_data()
    data["start"] = 5
    with pytest.raises(neg.ValidationError, match=r"\$\.start: must be a date and time like"):
        neg.from_dict(data, neg.Session)


def test_an_exercise_that_is_neither_an_id_nor_an_object_is_refused() -> None:
    data = _session_data()
    data["sets"][0]["exercise"] = 5
    with pytest.raises(neg.ValidationError) as caught:
        neg.from_dict(data, neg.Session)
    assert str(caught.value) == (
        "$.sets[0].exercise: must be an exercise id (defined in $.exercises) or an exercise, got 5"
    )


def test_a_progression_that_is_not_an_object_is_refused() -> None:
    prescription = neg.Prescription(CURL, sets=3, reps=(8, 10), fraction_1rm=0.7)
    slot = ProgramSlot(prescription=prescription, progression=Linear())
    program = Program(name="P", weeks=1, slots=[slot], start=dt.date(2026, 11, 23))
    data = neg.to_dict(program)
    data["slots"][0]["progression"] = "linear"
    with pytest.raises(neg.ValidationError) as caught:
        neg.from_dict(data, Program)
    assert "$.slots[0].progression: must be a progression: an object with a 'kind'" in str(
        caught.value
    )

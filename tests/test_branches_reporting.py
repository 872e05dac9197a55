"""Branches of the HTML report that the other tests leave out (coverage gate)."""

import datetime as dt
import re

import pytest

import negatives as neg
from negatives import analysis
from negatives.reporting import _basis, _nice_step, html

CURL = neg.catalog.lookup("barbell-curl")
BENCH = neg.catalog.lookup("bench-press")
SESSIONS = [
    neg.Session(
        dt.date(2026, 11, 23),
        sets=[
            neg.Set(CURL, reps=8, load=neg.kg(30), tempo="3-0-1-0"),
            neg.Set(BENCH, reps=8, load=neg.kg(60), set_type=neg.SetType.WARMUP),
        ],
    )
]


def test_an_empty_axis_span_steps_by_one() -> None:
    assert _nice_step(0) == 1.0


@pytest.mark.parametrize(
    ("basis", "start"),
    [("external", "the total external load"), ("resistance", "the resistance: the external")],
)
def test_the_volume_basis_is_said_in_words(basis: analysis.VolumeBasis, start: str) -> None:
    assert _basis(analysis.summarize(SESSIONS, basis=basis)).startswith(start)


def test_an_exercise_asked_for_and_never_logged_is_an_error() -> None:
    with pytest.raises(neg.ValidationError, match="no sets of 'nordic-curl' in the sessions"):
        html(SESSIONS, exercises=["nordic-curl"])


def test_an_exercise_asked_for_without_an_estimate_is_listed_with_the_reason() -> None:
    page = html(SESSIONS, exercises=["bench-press"])
    found = re.search(r"<p>No estimate for: ([^<]*)</p>", page)
    assert found is not None
    assert found.group(1).startswith("Barbell Bench Press: 2026-11-23: no working set lifted")

"""NEG501-503 (tempo and rest): whole messages, fixes and context, and their thresholds."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

import negatives as neg
from negatives import catalog, overload

from ._helpers import DAY, kg, lifter, note, run, session, single

CURL = catalog.lookup("barbell-curl")
SQUAT = catalog.lookup("back-squat")
SEED_FIX = 'lower in at least 3 s, e.g. tempo 4-0-2-0 (the seed\'s "two up, four down")'
HYPERTROPHY = "likely less effective for hypertrophy than shorter reps (Schoenfeld et al. 2015)"


def negatives_at(*tempos: str | None, method: str = "partner_assisted") -> neg.Set:
    """Curls at 60 kg with 5 kg of help, one rep per tempo."""
    detail = [CURL.rep(kg(60), tempo=tempo, assistance=kg(5)) for tempo in tempos]
    return neg.Set(CURL, reps=len(tempos), load=kg(60), method=method, rep_detail=detail)


# -- NEG501 ----------------------------------------------------------------------------------------


def test_neg501_message_for_a_uniform_fast_lowering() -> None:
    rushed = overload.partner_assisted_negatives(CURL, one_rep_max=kg(55), tempo="2-0-2-0")
    finding = single(run(session(rushed), "NEG501"))
    assert finding.message == (
        "partner-assisted negatives lowered in 2 s per rep (tempo 2-0-2-0): a controlled "
        "negative takes at least 3 s"
    )
    assert finding.fix == SEED_FIX
    assert dict(finding.ctx) == {
        "eccentric_seconds": 2.0,
        "explosive": False,
        "min_eccentric_seconds": 3.0,
        "method": "partner_assisted",
    }


def test_neg501_message_for_an_explosive_lowering() -> None:
    dropped = overload.partner_assisted_negatives(CURL, one_rep_max=kg(55), tempo="X-0-2-0")
    finding = single(run(session(dropped), "NEG501"))
    assert finding.message == (
        "partner-assisted negatives lowered explosively (X) (tempo X-0-2-0): a controlled "
        "negative takes at least 3 s"
    )
    assert finding.ctx["explosive"] is True
    assert finding.ctx["eccentric_seconds"] == 1.0


def test_neg501_an_explosive_lowering_counted_slow_is_not_fast() -> None:
    # X counts as EXPLOSIVE_SECONDS (1 s) in the reps; an explicit slower count is not fast.
    dropped = overload.partner_assisted_negatives(CURL, one_rep_max=kg(55), tempo="X-0-2-0")
    assert run(session(dropped), "NEG501", min_eccentric_seconds=1.0).findings[0].ctx["explosive"]


def test_neg501_fastest_of_differing_reps_and_a_fix_without_the_seed() -> None:
    finding = single(run(session(negatives_at("4-0-2-0", "2.5-0-2-0", "3-0-2-0")), "NEG501"))
    assert finding.message == (
        "partner-assisted negatives lowered in 2.5 s on the fastest rep: a controlled negative "
        "takes at least 3 s"
    )
    assert finding.fix == SEED_FIX


def test_neg501_negative_only_with_a_higher_minimum() -> None:
    logged = neg.Set(CURL, reps=3, load=kg(60), method="negative_only", tempo="2.5-0-2-0")
    finding = single(run(session(logged), "NEG501", min_eccentric_seconds=5.5))
    assert finding.message == (
        "negative-only reps lowered in 2.5 s per rep (tempo 2.5-0-2-0): a controlled negative "
        "takes at least 5.5 s"
    )
    assert finding.fix == "lower in at least 5.5 s, e.g. tempo 6-0-2-0"
    assert finding.ctx["method"] == "negative_only"


@pytest.mark.parametrize(("tempo", "fires"), [("3-0-2-0", False), ("2.9-0-2-0", True)])
def test_neg501_three_seconds_is_controlled(tempo: str, fires: bool) -> None:
    report = run(session(negatives_at(tempo, tempo)), "NEG501")
    assert bool(report.findings) is fires
    assert report.not_checked == ()


def test_neg501_a_rep_without_tempo_is_not_checked_even_when_the_others_pass() -> None:
    report = run(session(negatives_at("4-0-2-0", None)), "NEG501")
    assert report.findings == ()
    assert note(report).reason == "tempo not recorded"


def test_neg501_ignores_other_methods() -> None:
    fast = neg.Set(CURL, reps=3, load=kg(20), tempo="1-0-1-0")
    assert run(session(fast), "NEG501").clean


# -- NEG502 ----------------------------------------------------------------------------------------


def test_neg502_message_for_uniform_long_reps() -> None:
    slow = overload.tempo_eccentrics(CURL, one_rep_max=kg(55), tempo="8-1-2-1")
    finding = single(run(session(slow), "NEG502"))
    assert finding.message == f"reps take 12 s (tempo 8-1-2-1): above 10 s per rep, {HYPERTROPHY}"
    assert finding.fix == (
        "keep a rep at or under 10 s: keep the slow lowering and lift faster, or shorten the pauses"
    )
    assert dict(finding.ctx) == {"rep_seconds": 12.0, "max_rep_seconds": 10.0, "rep": 1}


def test_neg502_names_the_longest_rep() -> None:
    detail = [CURL.rep(kg(20), tempo=t) for t in ("4-0-2-0", "9-1-2-0", "6-0-2-0", "9-1-2-0")]
    long_set = neg.Set(CURL, reps=4, load=kg(20), rep_detail=detail)
    finding = single(run(session(long_set), "NEG502", max_rep_seconds=8))
    assert finding.message == f"the longest rep takes 12 s: above 8 s per rep, {HYPERTROPHY}"
    assert finding.fix.startswith("keep a rep at or under 8 s:")
    assert dict(finding.ctx) == {"rep_seconds": 12.0, "max_rep_seconds": 8.0, "rep": 2}


@pytest.mark.parametrize(("tempo", "fires"), [("8-1-1-0", False), ("8-1-1-0.5", True)])
def test_neg502_ten_seconds_is_the_limit(tempo: str, fires: bool) -> None:
    report = run(session(neg.Set(CURL, reps=3, load=kg(20), tempo=tempo)), "NEG502")
    assert bool(report.findings) is fires
    assert report.not_checked == ()


def test_neg502_a_rep_without_tempo_is_not_checked() -> None:
    report = run(session(negatives_at("4-0-2-0", None)), "NEG502")
    assert report.findings == ()
    assert note(report).reason == "tempo not recorded"


# -- NEG503 ----------------------------------------------------------------------------------------

HEAVY = overload.accentuated_eccentric(SQUAT, one_rep_max=kg(140))
SQUATTER = lifter(back_squat=140)


def test_neg503_message_in_minutes() -> None:
    first = attrs.evolve(HEAVY, rest=60.0)
    finding = single(run(session(first, HEAVY), "NEG503", athlete=SQUATTER))
    assert finding.message == (
        "60 s of rest before the next supramaximal set: rest at least 2 min between "
        "supramaximal sets"
    )
    assert finding.fix == "rest at least 2 min (120 s) after this set"
    assert dict(finding.ctx) == {"rest_seconds": 60.0, "min_rest_seconds": 120.0, "next_set": 1}
    assert finding.loc == ("sets", 0)


def test_neg503_message_in_seconds_below_a_minute() -> None:
    first = attrs.evolve(HEAVY, rest=30.0)
    finding = single(run(session(first, HEAVY), "NEG503", athlete=SQUATTER, min_rest_seconds=45))
    assert finding.message == (
        "30 s of rest before the next supramaximal set: rest at least 45 s between "
        "supramaximal sets"
    )
    assert finding.fix == "rest at least 45 s (45 s) after this set"


def test_neg503_one_minute_is_written_in_minutes() -> None:
    first = attrs.evolve(HEAVY, rest=30.0)
    finding = single(run(session(first, HEAVY), "NEG503", athlete=SQUATTER, min_rest_seconds=60))
    assert finding.fix == "rest at least 1 min (60 s) after this set"


@pytest.mark.parametrize(("rest", "fires"), [(120.0, False), (119.0, True)])
def test_neg503_two_minutes_is_enough(rest: float, fires: bool) -> None:
    first = attrs.evolve(HEAVY, rest=rest)
    report = run(session(first, HEAVY), "NEG503", athlete=SQUATTER)
    assert bool(report.findings) is fires


def test_neg503_rest_not_recorded() -> None:
    first = attrs.evolve(HEAVY, rest=None)
    report = run(session(first, HEAVY), "NEG503", athlete=SQUATTER)
    assert note(report).reason == "rest after a supramaximal set not recorded"


def test_neg503_only_within_one_session() -> None:
    # The last set of one session is not followed, however short its rest, by the next day's.
    first = attrs.evolve(HEAVY, rest=10.0)
    days = (session(first), session(HEAVY, day=DAY + dt.timedelta(days=2)))
    assert run(days, "NEG503", athlete=SQUATTER).clean


def test_neg503_unknown_category_is_not_checked() -> None:
    first = attrs.evolve(HEAVY, rest=30.0)
    logged = neg.Set(SQUAT, reps=3, load=kg(150), method="negative_only", rest=30.0)
    report = run(session(first, logged), "NEG503")
    assert note(report).reason == (
        "no 1RM for 'back-squat': cannot tell whether the sets are supramaximal"
    )


def test_neg503_a_bodyweight_lift_without_the_bodyweight_is_not_checked() -> None:
    chin = catalog.lookup("chin-up")
    logged = neg.Set(chin, reps=3, load=kg(10), method="negative_only", rest=30.0)
    report = run(session(logged, logged), "NEG503", athlete=lifter(bodyweight=None, chin_up=90))
    assert note(report).reason == (
        "no athlete bodyweight: cannot tell whether the sets are supramaximal"
    )

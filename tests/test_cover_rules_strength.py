"""Edges of the safety rules and the strength charts: check-in order, unknown loads, bad input."""

from __future__ import annotations

import datetime as dt

import pytest

import negatives as neg
from negatives.errors import ValidationError
from negatives.model import Rep, RepPhase
from negatives.safety import Report, check
from negatives.strength import RTS_CHART, load_for_reps, rts_reps, rts_rpe

kg = neg.kg
MONDAY = dt.date(2026, 11, 23)
BENCH = neg.catalog.lookup("bench-press")
DIP = neg.catalog.lookup("dip")
NORDIC = neg.catalog.lookup("nordic-curl")


def _reasons(report: Report, code: str) -> list[str]:
    return [note.reason for note in report.not_checked if note.code == code]


# -- NEG104: the latest check-in, whatever the order they are listed in ----------------------------


@pytest.mark.parametrize("newest_first", [True, False])
def test_the_latest_checkin_is_read_however_the_checkins_are_listed(newest_first: bool) -> None:
    negatives = neg.overload.negative_only(BENCH, one_rep_max=kg(100))
    sore = neg.Checkin(MONDAY - dt.timedelta(days=1), soreness={"chest": 8})
    fine = neg.Checkin(MONDAY, soreness={"chest": 2})
    checkins = [fine, sore] if newest_first else [sore, fine]
    athlete = neg.Athlete("a", training_age_years=3, checkins=checkins)
    report = check(neg.Session(MONDAY, sets=[negatives]), athlete=athlete)
    assert not [f for f in report.findings if f.code == "NEG104"]  # today's 2/10, not Sunday's 8
    # And the other way round: sore today, fine yesterday.
    sore_today = neg.Checkin(MONDAY, soreness={"chest": 8})
    fine_before = neg.Checkin(MONDAY - dt.timedelta(days=1), soreness={"chest": 2})
    listed = [sore_today, fine_before] if newest_first else [fine_before, sore_today]
    athlete = neg.Athlete("a", training_age_years=3, checkins=listed)
    report = check(neg.Session(MONDAY, sets=[negatives]), athlete=athlete)
    (finding,) = [f for f in report.findings if f.code == "NEG104"]
    assert "reported 8/10 sore (at most 3) at the check-in of the same day" in finding.message


# -- NEG201 / NEG202: loads that cannot be known ---------------------------------------------------


def test_an_eccentric_only_set_without_the_bodyweight_is_not_compared_with_its_capacity() -> None:
    # A Nordic curl is an overload set whatever it weighs, but what it lowers is bodyweight.
    athlete = neg.Athlete("a", training_age_years=3, concentric_1rm={"nordic-curl": kg(60)})
    report = check(neg.Session(MONDAY, sets=[neg.Set(NORDIC, reps=5, load=kg(0))]), athlete=athlete)
    assert _reasons(report, "NEG201") == [
        "no athlete bodyweight: the load moved on 'nordic-curl' is unknown"
    ]
    assert not [f for f in report.findings if f.code == "NEG201"]


def test_a_lift_whose_bodyweight_share_is_unknown_is_not_checked_for_the_lifters_share() -> None:
    # Dips logged rep by rep: the lowering with its bodyweight share (76 kg), the lift helped
    # by 20 kg but its share left unknown (None); no athlete bodyweight to fill it in.
    lowering = RepPhase(phase="eccentric", load=kg(0), seconds=4, bodyweight=kg(76))
    lift = RepPhase(phase="concentric", load=kg(0), seconds=1, bodyweight=None, assistance=kg(20))
    dips = neg.Set(
        DIP, reps=1, load=kg(0), method="partner_assisted", rep_detail=[Rep((lowering, lift))]
    )
    athlete = neg.Athlete("a", training_age_years=3, concentric_1rm={"dip": kg(90)})
    report = check(neg.Session(MONDAY, sets=[dips]), athlete=athlete)
    assert _reasons(report, "NEG202") == [
        "no athlete bodyweight: the load moved on 'dip' is unknown"
    ]
    assert not [f for f in report.findings if f.code == "NEG202"]


def test_a_lowering_with_unmeasured_help_is_said_so_not_blamed_on_the_bodyweight() -> None:
    """Regression: with the bodyweight and the 1RM known, the rules that could not check a set
    whose help on the lowering was given but not measured said "no athlete bodyweight" (NEG2xx,
    NEG3xx) or "no 1RM" (NEG401)."""
    lowering = RepPhase(phase="eccentric", load=kg(90), seconds=4, assistance=None)
    lift = RepPhase(phase="concentric", load=kg(90), seconds=1, assistance=kg(30))
    helped = neg.Set(
        BENCH, reps=1, load=kg(90), method="partner_assisted", rep_detail=[Rep((lowering, lift))]
    )
    athlete = neg.Athlete(
        "a", training_age_years=3, bodyweight=kg(80), concentric_1rm={"bench-press": kg(100)}
    )
    report = check(neg.Session(MONDAY, sets=[helped]), athlete=athlete, history=())
    unmeasured = "the help on the lowering was not measured"
    for code in ("NEG201", "NEG202"):
        assert _reasons(report, code) == [
            f"{unmeasured}: the load moved on 'bench-press' is unknown"
        ]
    for code in ("NEG301", "NEG302", "NEG303", "NEG304", "NEG305"):
        assert _reasons(report, code) == [
            f"{unmeasured}: cannot tell whether sets of 'bench-press' are eccentric overload"
        ]
    assert _reasons(report, "NEG401") == [
        f"{unmeasured}: cannot tell whether the set is supramaximal"
    ]
    # Without the bodyweight, a bodyweight exercise still says so.
    pull_up = neg.catalog.lookup("pull-up")
    report = check(neg.Session(MONDAY, sets=[neg.Set(pull_up, reps=3, load=kg(0))]), history=())
    assert _reasons(report, "NEG301") == [
        "no bodyweight given: cannot tell whether sets of 'pull-up' are eccentric overload"
    ]


# -- the strength charts and equations -------------------------------------------------------------


def test_the_rts_charts_ends_are_read_not_refused() -> None:
    assert rts_rpe(1, RTS_CHART[0]) == 10.0  # a single at 100 %: RPE 10
    assert rts_rpe(12, RTS_CHART[-1]) == 6.0  # the chart's last entry
    assert rts_reps(6, RTS_CHART[-1]) == pytest.approx(12.0)
    assert rts_reps(10, RTS_CHART[0]) == pytest.approx(1.0)
    with pytest.raises(ValidationError, match="below RPE 6, where the RTS chart ends"):
        rts_rpe(12, RTS_CHART[-1] - 0.001)


def test_load_for_reps_refuses_bad_reps_and_formulas_before_the_domain_check() -> None:
    with pytest.raises(ValidationError, match=r"load_for_reps\.reps: must be >= 1, got 0"):
        load_for_reps(kg(120), 0)
    with pytest.raises(ValidationError, match=r"load_for_reps\.formula: must be one of 'epley'"):
        load_for_reps(kg(120), 5, "nope")  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as both:
        load_for_reps(kg(120), 0, "nope")  # type: ignore[arg-type]
    assert [p.loc for p in both.value.problems] == [("reps",), ("formula",)]
    with pytest.raises(ValidationError, match=r"Brzycki's equation, .* undefined at 37 reps"):
        load_for_reps(kg(120), 40, "brzycki")

"""NEG201-NEG203: every set of a session is judged, whatever the sets before it were.

A set that a rule skips (not an overload, an eccentric-only exercise, no 1RM, no bodyweight, no
per-rep help) must not stop the rule from judging the sets after it, and each note points at
its own set.
"""

from __future__ import annotations

import attrs
import pytest

import negatives as neg
from negatives import catalog, overload

from ._helpers import DAY, kg, lifter, note, run, session, single

BENCH = catalog.lookup("bench-press")
CURL = catalog.lookup("barbell-curl")
NORDIC = catalog.lookup("nordic-curl")  # eccentric-only, bodyweight
CHIN = catalog.lookup("chin-up")  # bodyweight: its load is unknown without a bodyweight
ATHLETE = lifter(bench_press=100)
PLAIN = neg.Set(BENCH, reps=5, load=kg(60))  # conventional work, not an overload
NORDICS = neg.Set(NORDIC, reps=5, load=kg(0))
CHINS = neg.Set(CHIN, reps=5, load=kg(10), method="negative_only")
# partner-assisted negatives for a 100 kg bench: the help grows 19.5, 23.5, 25.1 kg
ASSISTED = overload.partner_assisted_negatives(BENCH, one_rep_max=kg(100), reps=3)
# per-rep help on curls, without the prescription (and its 1RM) it was planned from
CURL_ASSISTED = attrs.evolve(
    overload.partner_assisted_negatives(CURL, one_rep_max=kg(50), reps=3), prescription=None
)
FLAT_HELP = neg.Set(BENCH, reps=3, load=kg(100), assistance=kg(20), method="partner_assisted")


def negatives(load: float, exercise: neg.Exercise = BENCH) -> neg.Set:
    return neg.Set(exercise, reps=1, load=kg(load), method="negative_only")


def test_neg201_judges_the_last_set_after_skipped_and_safe_ones() -> None:
    # 1RM 100 kg x 1.20 (free weights) x 100 % (1 lowering) = 120 kg; 90 % of it: 108 kg
    sets = (PLAIN, NORDICS, negatives(60, CURL), negatives(100), negatives(150))
    report = run(session(*sets), "NEG201", athlete=ATHLETE)
    finding = single(report)
    assert finding.loc == ("sets", 4)
    assert finding.ctx["limit_kg"] == 108.0
    assert finding.ctx["eccentric_load_kg"] == 150.0
    assert [(n.reason, n.locs) for n in report.not_checked] == [
        (
            "no 1RM for 'nordic-curl', an eccentric-only exercise: its load is not compared "
            "(its dose is counted by reps in NEG3xx)",
            (("sets", 1),),
        ),
        ("no 1RM for 'barbell-curl'", (("sets", 2),)),
    ]


def test_neg202_notes_each_set_it_cannot_judge_at_that_set() -> None:
    # nordics are not lifted; plain sets are no overload; chin-ups without a bodyweight have
    # an unknown load; a single assistance figure is not per-rep help; curls have no 1RM
    sets = (NORDICS, PLAIN, CHINS, FLAT_HELP, CHINS, FLAT_HELP, CURL_ASSISTED, CHINS)
    report = run(session(*sets), "NEG202", athlete=lifter(None, bench_press=100))
    assert not report.findings
    noted = {loc: n.reason for n in report.not_checked for loc in n.locs}
    assert noted == {
        ("sets", 2): "no athlete bodyweight: the load moved on 'chin-up' is unknown",
        ("sets", 3): "partner help not recorded per rep",
        ("sets", 4): "no athlete bodyweight: the load moved on 'chin-up' is unknown",
        ("sets", 5): "partner help not recorded per rep",
        ("sets", 6): "no 1RM for 'barbell-curl'",
        ("sets", 7): "no athlete bodyweight: the load moved on 'chin-up' is unknown",
    }


def test_neg203_one_rep_over_the_partners_maximum_is_named_without_a_count() -> None:
    # only rep 3 (25.1 kg) needs more than 24 kg: no "n of 3 reps" clause
    setup = neg.Setup(partner_max_assist=kg(24))
    finding = single(run(session(ASSISTED, setup=setup), "NEG203", athlete=ATHLETE))
    assert finding.message == (
        "the partner must lift up to 25.1 kg for the athlete (rep 3), more than their maximum "
        "of 24 kg"
    )
    assert finding.ctx["reps_over"] == 1
    assert finding.ctx["rep"] == 3


def test_neg203_judges_a_helped_set_after_unhelped_and_bodyweight_ones() -> None:
    # chin-ups' "help" is a band or a step; plain bench sets have no help; the first assisted
    # set stays within 26 kg, the last needs up to 25.1 kg against a 20 kg partner
    within = neg.Session(
        DAY, sets=[CHINS, PLAIN, ASSISTED], setup=neg.Setup(partner_max_assist=kg(26))
    )
    over = neg.Session(DAY, sets=[FLAT_HELP, ASSISTED], setup=neg.Setup(partner_max_assist=kg(20)))
    report = run((within, over), "NEG203", athlete=ATHLETE)
    finding = single(report)
    assert finding.loc == ("sessions", 1, "sets", 1)
    assert finding.ctx["reps_over"] == 2
    assert note(report).locs == (("sessions", 1, "sets", 0),)


def test_neg203_a_missing_setup_or_partner_maximum_does_not_stop_the_next_sessions() -> None:
    unknown = neg.Session(DAY, sets=[ASSISTED])
    unrecorded = neg.Session(DAY, sets=[ASSISTED], setup=neg.Setup(spotters=1))
    weak = neg.Session(DAY, sets=[ASSISTED], setup=neg.Setup(partner_max_assist=kg(20)))
    report = run((unknown, unrecorded, weak), "NEG203", athlete=ATHLETE)
    assert single(report).loc == ("sessions", 2, "sets", 0)
    assert [(n.reason, n.locs) for n in report.not_checked] == [
        ("no setup given: the partner's maximum help is unknown", (("sessions", 0, "sets", 0),)),
        (
            "the partner's maximum help is not recorded (Setup.partner_max_assist)",
            (("sessions", 1, "sets", 0),),
        ),
    ]


def test_neg201_holds_an_athlete_to_their_own_lower_eccentric_ratio() -> None:
    # Measured ECC:CON 1.1 on the bench, under the 1.20 free-weight cap: the capacity for one
    # lowering is 100 kg x 1.1 = 110 kg, 90 % of it 99 kg; with the cap it would be 108 kg.
    ann = attrs.evolve(ATHLETE, ecc_con_ratio={"bench-press": 1.1})
    finding = single(run(session(negatives(105)), "NEG201", athlete=ann))
    assert finding.ctx["limit_kg"] == pytest.approx(99.0)
    assert finding.ctx["capacity_kg"] == pytest.approx(110.0)
    assert finding.ctx["safety_ratio"] == 1.1
    assert finding.ctx["safety_ratio_source"] == "athlete"
    assert run(session(negatives(105)), "NEG201", athlete=ATHLETE).findings == ()

"""NEG401 (spotting) and the tempo rules: every set is judged, and notes point at their set."""

from __future__ import annotations

import attrs

import negatives as neg
from negatives import catalog, overload

from ._helpers import DAY, kg, lifter, run, single

BENCH = catalog.lookup("bench-press")
SQUAT = catalog.lookup("back-squat")
CURL = catalog.lookup("barbell-curl")
MYSTERY = neg.Exercise("mystery-press", "Mystery Press", muscles=[])  # no risk class
ATHLETE = lifter(bench_press=100, mystery_press=100)
AEL_BENCH = overload.accentuated_eccentric(BENCH, one_rep_max=kg(100))  # 105 kg down
ASSISTED = overload.partner_assisted_negatives(BENCH, one_rep_max=kg(100), reps=3)  # submaximal
PLAIN = neg.Set(BENCH, reps=5, load=kg(60))


def negatives(exercise: neg.Exercise, load: float) -> neg.Set:
    return neg.Set(exercise, reps=1, load=kg(load), method="negative_only")


def test_neg401_judges_the_last_session_after_every_kind_of_skipped_set() -> None:
    # session 0, two spotters: curls (not high-risk), plain bench (no overload), squat
    # negatives without a squat 1RM (noted), submaximal assisted bench, an exercise without a
    # risk class (noted), supramaximal bench with enough spotters; session 1 has no setup
    # (noted); session 2, no spotter and no safety arms: the finding
    first = neg.Session(
        DAY,
        sets=[
            negatives(CURL, 60),
            PLAIN,
            negatives(SQUAT, 150),
            ASSISTED,
            negatives(MYSTERY, 150),
            AEL_BENCH,
        ],
        setup=neg.Setup(spotters=2),
    )
    second = neg.Session(DAY, sets=[AEL_BENCH])
    third = neg.Session(DAY, sets=[AEL_BENCH], setup=neg.Setup())
    report = run((first, second, third), "NEG401", athlete=ATHLETE)
    finding = single(report)
    assert finding.loc == ("sessions", 2, "sets", 0)
    assert finding.ctx["spotters"] == 0
    assert [(n.reason, n.locs) for n in report.not_checked] == [
        (
            "no 1RM for 'back-squat': cannot tell whether the set is supramaximal",
            (("sessions", 0, "sets", 2),),
        ),
        (
            "exercise 'mystery-press' has no risk class (unmapped exercise)",
            (("sessions", 0, "sets", 4),),
        ),
        ("no setup given: spotters and safety arms unknown", (("sessions", 1, "sets", 0),)),
    ]


def test_neg401_safety_arms_alone_meet_a_one_spotter_policy_when_the_partner_only_helps() -> None:
    # negative-only bench: the partner who lifts the bar up is not a spotter, but there are
    # no spotters to discount: 0 free + safety arms (1) meets min_spotters 1
    heavy = negatives(BENCH, 130)
    setup = neg.Setup(safety_arms=True)
    assert run(
        neg.Session(DAY, sets=[heavy], setup=setup), "NEG401", athlete=ATHLETE, min_spotters=1
    ).clean
    short = run(neg.Session(DAY, sets=[heavy], setup=setup), "NEG401", athlete=ATHLETE)
    assert single(short).ctx["spotters"] == 0


def _rested(item: neg.Set, rest: float | None) -> neg.Set:
    return attrs.evolve(item, rest=rest)


def test_neg503_names_the_set_it_cannot_judge_and_goes_on_to_the_next_pairs() -> None:
    # squat negatives without a squat 1RM cannot be called supramaximal, before or after a
    # supramaximal bench set: each note names the squat; then a missing rest (noted), a full
    # rest of 5 minutes (fine) and a 1-minute rest (the finding, at the set before it)
    squat = negatives(SQUAT, 150)
    sets = [
        squat,
        _rested(AEL_BENCH, 300),
        _rested(squat, 300),
        _rested(AEL_BENCH, None),
        _rested(AEL_BENCH, 300),
        _rested(AEL_BENCH, 60),
        AEL_BENCH,
    ]
    report = run(
        neg.Session(DAY, sets=sets, setup=neg.Setup(spotters=2)), "NEG503", athlete=ATHLETE
    )
    finding = single(report)
    assert finding.loc == ("sets", 5)
    assert finding.ctx["rest_seconds"] == 60
    assert finding.ctx["next_set"] == 6
    unknown = "no 1RM for 'back-squat': cannot tell whether the sets are supramaximal"
    assert [(n.reason, n.locs) for n in report.not_checked] == [
        (unknown, (("sets", 0), ("sets", 1), ("sets", 2))),
        ("rest after a supramaximal set not recorded", (("sets", 3),)),
    ]


def _one_lowering_untimed(item: neg.Set) -> neg.Set:
    """``item`` with rep 2's lowering time unknown (an app that lost one rep's timing)."""
    reps = list(item.rep_detail or ())
    lowering, lifting = reps[1].phases
    reps[1] = neg.Rep((attrs.evolve(lowering, seconds=None), lifting))
    return attrs.evolve(item, rep_detail=tuple(reps))


def test_neg501_notes_untimed_lowerings_at_their_set_and_judges_the_next_set() -> None:
    # negatives without a tempo (noted), a plain set (not a negative), 4 s negatives with one
    # untimed rep (noted: the known reps are fine), then negatives lowered in 2 s (the finding)
    untimed = neg.Set(BENCH, reps=3, load=kg(90), method="negative_only")
    partial = _one_lowering_untimed(ASSISTED)
    rushed = overload.partner_assisted_negatives(BENCH, one_rep_max=kg(100), tempo="2-0-2-0")
    report = run(neg.Session(DAY, sets=[untimed, PLAIN, partial, rushed]), "NEG501")
    finding = single(report)
    assert finding.loc == ("sets", 3)
    assert finding.ctx["eccentric_seconds"] == 2.0
    assert [(n.reason, n.locs) for n in report.not_checked] == [
        ("tempo not recorded", (("sets", 0), ("sets", 2))),
    ]

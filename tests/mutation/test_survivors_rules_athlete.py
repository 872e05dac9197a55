"""NEG104 (sore-muscle-group): the strength-loss boundary, the check-in read, the words shown."""

from __future__ import annotations

import datetime as dt

import pytest

import negatives as neg
from negatives import catalog, overload
from negatives.errors import PolicyError
from negatives.safety import Severity, check

from ._helpers import DAY, kg, note, only, run, session, single

BENCH = catalog.lookup("bench-press")  # chest
CURL = catalog.lookup("barbell-curl")  # biceps
ROW = catalog.lookup("barbell-meadows-row")
PLAIN = neg.Set(BENCH, reps=5, load=kg(60))  # no overload: not judged


def negatives(exercise: neg.Exercise = BENCH, load: float = 60) -> neg.Set:
    return neg.Set(exercise, reps=3, load=kg(load), method="negative_only", tempo="4-0-X-0")


def athlete(*checkins: neg.Checkin) -> neg.Athlete:
    return neg.Athlete("kim", training_age_years=4, checkins=list(checkins))


def checkin(day: dt.date = DAY, **by_muscle: tuple[float, float]) -> neg.Checkin:
    """A check-in of (soreness, strength loss) by muscle group."""
    return neg.Checkin(
        day,
        soreness={m: s for m, (s, _) in by_muscle.items()},
        strength_loss={m: loss for m, (_, loss) in by_muscle.items()},
    )


def test_a_strength_loss_at_the_limit_is_allowed_and_just_over_it_is_not() -> None:
    # the standard policy allows 10 % down; 10.1 % is over
    at_limit = athlete(checkin(chest=(0, 0.10)))
    assert run(session(negatives()), "NEG104", athlete=at_limit).clean
    over = single(run(session(negatives()), "NEG104", athlete=athlete(checkin(chest=(0, 0.101)))))
    assert over.ctx["strength_loss"] == 0.101


def test_both_problems_are_named_with_percentages_to_a_tenth() -> None:
    # 5/10 sore (limit 3) and 13.57 % down (limit 12.34 %): shown 13.6 % and 12.3 %
    report = run(
        session(negatives()),
        "NEG104",
        athlete=athlete(checkin(chest=(5, 0.1357))),
        max_strength_loss=0.1234,
    )
    finding = single(report)
    assert finding.message == (
        "eccentric overload for the chest on Mon 2026-11-23, reported 5/10 sore (at most 3) "
        "and 13.6 % weaker than usual (at most 12.3 %) at the check-in of the same day"
    )
    assert finding.fix.startswith(
        "Hold back overload for the chest until it is 3/10 sore or less and within 12.3 % of "
        "its usual strength"
    )


def test_muscle_names_are_written_with_spaces() -> None:
    finding = single(
        run(session(negatives(ROW)), "NEG104", athlete=athlete(checkin(upper_back=(6, 0))))
    )
    assert finding.message.startswith("eccentric overload for the upper back on ")
    assert finding.ctx["muscle"] == "upper_back"


def test_of_two_check_ins_on_the_same_day_the_later_recorded_counts() -> None:
    # a morning check-in of 6/10 sore, corrected to 1/10 later that day
    kim = athlete(checkin(chest=(6, 0)), checkin(chest=(1, 0)))
    assert run(session(negatives()), "NEG104", athlete=kim).clean
    kim = athlete(checkin(chest=(1, 0)), checkin(chest=(6, 0)))
    assert single(run(session(negatives()), "NEG104", athlete=kim)).ctx["soreness"] == 6


def test_every_overload_set_is_judged_after_plain_and_repeated_ones() -> None:
    # plain bench (no overload), sore chest (judged once for two sets), sore biceps
    kim = athlete(checkin(chest=(6, 0), biceps=(5, 0)))
    sets = (PLAIN, negatives(), negatives(), negatives(CURL, 40))
    report = run(session(*sets), "NEG104", athlete=kim)
    assert [(f.ctx["muscle"], f.loc) for f in report.findings] == [
        ("chest", ("sets", 1)),
        ("biceps", ("sets", 3)),
    ]


def test_a_muscle_group_seen_before_does_not_hide_the_next_one_of_the_same_exercise() -> None:
    # a chest-and-triceps press after bench negatives: chest already judged, triceps sore
    press = neg.Exercise("close-press", "Close Press", muscles=["chest", "triceps"])
    kim = athlete(checkin(triceps=(6, 0)), checkin(chest=(0, 0)))
    report = run(session(negatives(), negatives(press)), "NEG104", athlete=kim)
    assert [(f.ctx["muscle"], f.loc) for f in report.findings] == [("triceps", ("sets", 1))]


def test_without_an_athlete_every_overload_set_is_noted() -> None:
    report = run(session(PLAIN, negatives(), negatives(CURL, 40)), "NEG104")
    assert note(report).locs == (("sets", 1), ("sets", 2))
    assert note(report).reason == "no athlete given: readiness unknown"


def test_a_check_in_may_be_at_most_a_year_old() -> None:
    kim = athlete(checkin(DAY - dt.timedelta(days=365), chest=(6, 0)))
    assert single(run(session(negatives()), "NEG104", athlete=kim, max_checkin_age_days=365))
    with pytest.raises(PolicyError, match="max_checkin_age_days"):
        run(session(negatives()), "NEG104", athlete=kim, max_checkin_age_days=366)


# -- NEG101 and NEG102: every set judged, whatever the sets before it -----------------------------

CHIN = catalog.lookup("chin-up")
NORDIC = catalog.lookup("nordic-curl")
AEL_BENCH = overload.accentuated_eccentric(BENCH, one_rep_max=kg(100))  # 105 kg: supramaximal
ASSISTED = overload.partner_assisted_negatives(BENCH, one_rep_max=kg(100), reps=3)  # submaximal
NOVICE = neg.Athlete(
    "ana",
    training_age_years=0.5,
    bodyweight=kg(80),
    concentric_1rm={"bench-press": kg(100), "chin-up": kg(90)},
)
LIGHT_CHINS = neg.Set(CHIN, reps=3, load=kg(0), method="negative_only")  # 80 kg < 90 kg
HEAVY_CHINS = neg.Set(CHIN, reps=3, load=kg(30), method="negative_only")  # 110 kg > 90 kg
NORDIC_SET = neg.Set(NORDIC, reps=5, load=kg(0))


def test_neg101_judges_every_set_and_keeps_bodyweight_work_a_warning() -> None:
    # plain bench (exempt), curls without a 1RM (noted), light chin-up negatives (a beginner's
    # exercise), heavy ones (a warning), then supramaximal bench (an error)
    sets = (PLAIN, negatives(CURL, 50), LIGHT_CHINS, HEAVY_CHINS, AEL_BENCH)
    report = check(session(*sets), athlete=NOVICE, policy=only("NEG101"))
    assert [(f.loc, f.severity) for f in report.findings] == [
        (("sets", 3), Severity.WARNING),
        (("sets", 4), Severity.ERROR),
    ]
    assert note(report).locs == (("sets", 1),)


@pytest.mark.parametrize("severity", list(Severity))
def test_neg101_at_the_severity_a_policy_sets_for_every_finding(severity: Severity) -> None:
    # A coach's severity holds for the graded findings too: the bodyweight warning and the
    # supramaximal error both move to it.
    policy = only("NEG101").with_severity("NEG101", severity)
    report = check(session(HEAVY_CHINS, AEL_BENCH), athlete=NOVICE, policy=policy)
    assert [(f.loc, f.severity) for f in report.findings] == [
        (("sets", 0), severity),
        (("sets", 1), severity),
    ]


def test_neg101_can_leave_bodyweight_work_out_and_still_judge_the_rest() -> None:
    report = run(session(HEAVY_CHINS, AEL_BENCH), "NEG101", athlete=NOVICE, count_bodyweight=False)
    assert single(report).loc == ("sets", 1)


def test_neg101_without_an_athlete_notes_every_overload_set() -> None:
    report = run(session(AEL_BENCH, PLAIN, AEL_BENCH), "NEG101")
    assert note(report).locs == (("sets", 0), ("sets", 2))


TEEN = neg.Athlete(
    "teo", training_age_years=2, birth_year=2010, concentric_1rm={"bench-press": kg(100)}
)


def test_neg102_judges_a_minors_session_after_an_adult_one_and_skipped_sets() -> None:
    # born 2010: 24 in 2034 (of age), 16 on 2026-11-23; that day nordics (bodyweight, not
    # counted), plain bench, curls without a 1RM (noted), submaximal assisted bench, then
    # supramaximal bench: the finding
    later = neg.Session(dt.date(2034, 1, 2), sets=[AEL_BENCH])
    today = session(NORDIC_SET, PLAIN, negatives(CURL, 50), ASSISTED, AEL_BENCH)
    report = run((later, today), "NEG102", athlete=TEEN)
    assert single(report).loc == ("sessions", 1, "sets", 4)
    assert note(report).locs == (("sessions", 1, "sets", 2),)


def test_neg102_notes_every_set_when_age_or_athlete_is_unknown() -> None:
    no_year = neg.Athlete("teo", training_age_years=2, concentric_1rm={"bench-press": kg(100)})
    for kim in (no_year, None):
        report = run(session(AEL_BENCH, PLAIN, AEL_BENCH), "NEG102", athlete=kim)
        assert note(report).locs == (("sets", 0), ("sets", 2))


def test_an_exercise_moving_part_of_the_bodyweight_is_bodyweight_work_whatever_its_kit() -> None:
    # weighted ring dips (90 % of the bodyweight, kit "other"): 0.9 x 80 + 30 = 102 kg lowered
    # against an 80 kg 1RM is supramaximal bodyweight work, left out when a policy says so
    dip = neg.Exercise(
        "ring-dip", "Ring Dip", muscles=["chest"], bodyweight_fraction=0.9, equipment="other"
    )
    novice = neg.Athlete(
        "ana", training_age_years=0.5, bodyweight=kg(80), concentric_1rm={"ring-dip": kg(80)}
    )
    dips = session(neg.Set(dip, reps=3, load=kg(30), method="negative_only"))
    assert single(run(dips, "NEG101", athlete=novice)).ctx["bodyweight"] is True
    assert run(dips, "NEG101", athlete=novice, count_bodyweight=False).clean

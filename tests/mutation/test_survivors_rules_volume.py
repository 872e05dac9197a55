"""NEG305 (weekly-volume-spike): the weeks it reads, the numbers it reports, every muscle group.

Volume is the eccentric volume load, load x reps (60 kg x 4 negatives = 240 kg); the mean runs
over the ``weeks`` (4) calendar weeks before the subject's week, from the first with overload.
"""

from __future__ import annotations

import datetime as dt

import negatives as neg
from negatives import catalog

from ._helpers import lifter, run, single

kg = neg.kg
MON = dt.date(2026, 11, 23)  # a Monday
CURL = catalog.lookup("barbell-curl")  # biceps
LEG_PRESS = catalog.lookup("leg-press")  # quadriceps, glutes
NORDIC = catalog.lookup("nordic-curl")  # hamstrings, a bodyweight exercise


def negatives(load: float = 60, reps: int = 4, exercise: neg.Exercise = CURL) -> neg.Set:
    return neg.Set(exercise, reps=reps, load=kg(load), method="negative_only", tempo="4-0-X-0")


def on(offset: int, *sets: neg.Set) -> neg.Session:
    return neg.Session(MON + dt.timedelta(days=offset), sets=list(sets))


def test_a_sunday_session_reads_back_to_the_monday_four_weeks_before_its_week() -> None:
    # Subject on Sunday (day 6): its week starts on day 0, the 4 weeks before on day -28.
    # A heavy week on day -28 is in the window: 4 weeks counted, mean (720 + 3 x 240) / 4 = 360.
    history: tuple[neg.Session, ...] = (on(-28, *[negatives()] * 3), on(-21, negatives()))
    history += (on(-14, negatives()), on(-7, negatives()))
    finding = single(run(on(6, *[negatives()] * 3, negatives()), "NEG305", history=history))
    assert finding.ctx["weeks"] == 4
    assert finding.ctx["previous_mean_kg"] == 360.0
    assert finding.ctx["volume_kg"] == 960.0
    assert finding.ctx["ratio"] == 2.67


def test_the_volume_is_reported_to_a_tenth_of_a_kilogram() -> None:
    # 3 x 4 x 60.03 kg = 720.36 kg -> 720.4; mean 240 kg; ratio 3.0015 -> 3.0
    history = (on(-21, negatives()), on(-14, negatives()), on(-7, negatives()))
    finding = single(run(on(0, *[negatives(60.03)] * 3), "NEG305", history=history))
    assert finding.ctx["volume_kg"] == 720.4
    assert finding.ctx["previous_mean_kg"] == 240.0
    assert finding.ctx["ratio"] == 3.0


def test_the_mean_is_reported_to_a_tenth_and_the_ratio_to_a_hundredth() -> None:
    # weeks of 250, 240, 240 kg: mean 243.333 -> 243.3; 720 / 243.333 = 2.9589 -> 2.96
    history = (on(-21, negatives(62.5)), on(-14, negatives()), on(-7, negatives()))
    finding = single(run(on(0, *[negatives()] * 3), "NEG305", history=history))
    assert finding.ctx["previous_mean_kg"] == 243.3
    assert finding.ctx["ratio"] == 2.96
    assert finding.ctx["volume_kg"] == 720.0


def test_a_steady_muscle_group_does_not_hide_a_spiking_one_after_it() -> None:
    # biceps: 240 kg every week (ratio 1); quadriceps and glutes: 3 x 240 kg this week.
    week = (negatives(), negatives(exercise=LEG_PRESS))
    history = (on(-14, *week), on(-7, *week))
    subject = on(0, negatives(), *[negatives(exercise=LEG_PRESS)] * 3)
    report = run(subject, "NEG305", history=history)
    assert sorted(str(f.ctx["muscle"]) for f in report.findings) == ["glutes", "quadriceps"]
    assert all(f.ctx["ratio"] == 3.0 for f in report.findings)
    assert not report.not_checked


def test_an_unknown_bodyweight_volume_is_noted_at_its_set_and_other_groups_still_checked() -> None:
    # nordic curls without a bodyweight: their hamstring volume is unknown, noted at set 0;
    # the curls' biceps volume is known and spikes (720 kg against 240 kg).
    history: tuple[neg.Session, ...] = (on(-14, negatives(0, 5, NORDIC), negatives()),)
    history += (on(-7, negatives()), on(-7, negatives(0, 5, NORDIC)))
    subject = on(0, negatives(0, 5, NORDIC), *[negatives()] * 3)
    report = run(subject, "NEG305", athlete=lifter(None), history=history)
    (note,) = report.not_checked
    assert note.reason == (
        "no bodyweight given: the eccentric volume for 'hamstrings' is unknown "
        "(a bodyweight exercise)"
    )
    assert note.locs == (("sets", 0),)
    assert single(report).ctx["muscle"] == "biceps"


def test_a_one_kilogram_week_of_negatives_starts_the_baseline() -> None:
    # any overload work makes a week active: 1 kg x 1 negative on day -21 starts the mean,
    # (1 + 240 + 240) / 3 = 160.3 kg, and 720 kg is 4.49 times that
    history = (on(-21, negatives(1, 1)), on(-14, negatives()), on(-7, negatives()))
    finding = single(run(on(0, *[negatives()] * 3), "NEG305", history=history))
    assert finding.ctx["weeks"] == 3
    assert finding.ctx["previous_mean_kg"] == 160.3
    assert finding.ctx["ratio"] == 4.49


def test_history_older_than_the_window_and_a_primer_week_is_not_read() -> None:
    # a Monday subject reads back 4 x 7 + 6 days, plus 7 for primers: day -41; a chin-up
    # session without a bodyweight on day -42 is out of reach, so nothing is said about it
    chins = neg.Set(catalog.lookup("chin-up"), reps=5, load=kg(10), method="negative_only")
    history = (on(-42, chins), on(-14, negatives()), on(-7, negatives()))
    report = run(on(0, negatives()), "NEG305", athlete=lifter(None), history=history)
    assert report.clean
    assert not report.not_checked
    noted = run(on(0, negatives()), "NEG305", athlete=lifter(None), history=(on(-41, chins),))
    assert any("chin-up" in note.reason for note in noted.not_checked)


def test_a_history_session_on_the_subjects_day_comes_before_it() -> None:
    # a logged morning session (240 kg) before today's planned one (2 x 240 kg): against a
    # 240 kg mean the week crosses 1.5 x 240 = 360 kg at the planned session's first set
    history = (on(-14, negatives()), on(-7, negatives()), on(0, negatives()))
    finding = single(run(on(0, negatives(), negatives()), "NEG305", history=history))
    assert finding.ctx["volume_kg"] == 720.0
    assert finding.loc == ("sets", 0)

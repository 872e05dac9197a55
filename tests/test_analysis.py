"""Volume, eccentric vs concentric work, time under tension, sets per muscle and weeks."""

from __future__ import annotations

import csv
import datetime as dt
import math
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import attrs
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import negatives as neg
from negatives import analysis, kg, lb
from negatives.analysis import VolumeBasis

from .strategies import bar_loads, exercises, sessions, sets, training_logs

T = TypeVar("T")


CON = neg.Phase.CONCENTRIC
MONDAY = dt.date(2026, 11, 23)

CURL = neg.Exercise(
    "barbell-curl",
    "Barbell Curl",
    muscles=["biceps"],
    secondary_muscles=["forearms"],
    equipment="barbell",
)
DB_CURL = neg.Exercise(
    "dumbbell-curl",
    "Dumbbell Curl",
    muscles=["biceps"],
    equipment="dumbbell",
    load_convention="per_implement",
)
PULL_UP = neg.Exercise(
    "pull-up",
    "Pull-up",
    muscles=["lats"],
    secondary_muscles=["biceps"],
    equipment="bodyweight",
    bodyweight_fraction=1.0,
)
MYSTERY = neg.Exercise("mystery-machine", "Mystery Machine", muscles=[])

BODYWEIGHTS = st.none() | bar_loads(max_kg=150).filter(lambda load: load.kg >= 20)


def close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-6)


def curl_rep(load: neg.Load, **kwargs: object) -> neg.Rep:
    return neg.Rep.of(load, starts_with=CURL.starts_with, **kwargs)  # type: ignore[arg-type]


def scale_set(s: neg.Set, k: float) -> neg.Set:
    """The same set with every load (and every help given) multiplied by ``k``."""

    def scale_rep(rep: neg.Rep) -> neg.Rep:
        return neg.Rep(
            tuple(
                attrs.evolve(
                    phase,
                    load=phase.load * k,
                    assistance=None if phase.assistance is None else phase.assistance * k,
                    bodyweight=None if phase.bodyweight is None else phase.bodyweight * k,
                )
                for phase in rep.phases
            )
        )

    detail = None if s.rep_detail is None else tuple(scale_rep(rep) for rep in s.rep_detail)
    assistance = None if s.assistance is None else s.assistance * k
    return attrs.evolve(s, load=s.load * k, assistance=assistance, rep_detail=detail)


# -- properties ------------------------------------------------------------------------------------


@given(st.lists(sets(), max_size=3), BODYWEIGHTS)
def test_volume_is_additive_over_sets(items: list[neg.Set], bodyweight: neg.Load | None) -> None:
    whole = analysis.volume(items, bodyweight=bodyweight)
    parts = [analysis.volume(item, bodyweight=bodyweight).kg for item in items]
    assert close(whole.kg, math.fsum(parts))


@settings(max_examples=30)  # sessions are slow to generate
@given(st.lists(sessions(max_sets=3), max_size=3), BODYWEIGHTS)
def test_volume_is_additive_over_sessions(
    days: list[neg.Session], bodyweight: neg.Load | None
) -> None:
    whole = analysis.volume(days, bodyweight=bodyweight)
    per_session = [analysis.volume(day, bodyweight=bodyweight).kg for day in days]
    assert close(whole.kg, math.fsum(per_session))
    flat = [item for day in days for item in day.sets]
    assert close(whole.kg, analysis.volume(flat, bodyweight=bodyweight).kg)


@given(st.lists(sets(), max_size=3), BODYWEIGHTS, st.sampled_from(["external", "resistance"]))
def test_volume_is_non_negative_but_as_logged(
    items: list[neg.Set], bodyweight: neg.Load | None, basis: str
) -> None:
    summary = analysis.summarize(items, bodyweight=bodyweight, basis=basis)
    for load in (
        summary.volume,
        summary.eccentric_volume,
        summary.concentric_volume,
        summary.athlete_eccentric_volume,
        summary.athlete_concentric_volume,
    ):
        assert load.value >= 0
    assert analysis.volume(items, bodyweight=bodyweight, basis=basis).value >= 0
    # As logged, a device's help is the negative weight apps write for it.
    logged = analysis.volume(items, bodyweight=bodyweight)
    expected = math.fsum(
        (item.load.kg - (item.assistance.kg if item.assistance else 0.0)) * item.reps
        for item in items
    )
    assert close(logged.kg, expected)


@given(st.lists(sets(), max_size=3), BODYWEIGHTS)
def test_the_bases_differ_only_by_convention_bodyweight_and_help(
    items: list[neg.Set], bodyweight: neg.Load | None
) -> None:
    logged = analysis.volume(items, bodyweight=bodyweight)
    external = analysis.volume(items, basis="external", bodyweight=bodyweight)
    resistance = analysis.volume(items, basis="resistance", bodyweight=bodyweight)
    assert resistance.kg >= external.kg - 1e-6  # the bodyweight share only adds
    simple = [
        item
        for item in items
        if item.assistance is None
        and item.rep_detail is None
        and item.method is not neg.Method.ACCENTUATED_ECCENTRIC
    ]
    if len(simple) == len(items):
        # the total external load is the logged one times the exercise's load multiplier
        expected = math.fsum(
            item.load.kg * item.exercise.load_multiplier * item.reps for item in items
        )
        assert close(external.kg, expected)
        if all(item.exercise.load_multiplier == 1 for item in items):
            assert close(logged.kg, external.kg)


_BAR_EXERCISES = exercises().map(lambda e: attrs.evolve(e, bodyweight_fraction=0.0))


@given(
    st.lists(sets(exercises=_BAR_EXERCISES, max_kg=150), min_size=1, max_size=5),
    st.floats(min_value=0.1, max_value=3.0),
)
def test_volume_scales_linearly_with_load(items: list[neg.Set], k: float) -> None:
    # subnormal loads (1e-320 kg) lose the eccentric/concentric difference when scaled
    assume(all(item.load.value == 0 or item.load.kg > 1e-6 for item in items))
    scaled = [scale_set(item, k) for item in items]
    before = analysis.summarize(items)
    after = analysis.summarize(scaled)
    for name in (
        "volume",
        "eccentric_volume",
        "concentric_volume",
        "athlete_eccentric_volume",
        "athlete_concentric_volume",
    ):
        expected = getattr(before, name).kg * k
        assert math.isclose(getattr(after, name).kg, expected, rel_tol=1e-7, abs_tol=1e-6), name
    assert after.reps == before.reps
    assert after.sets_unknown_assistance == before.sets_unknown_assistance


@given(st.lists(sets(), max_size=3), BODYWEIGHTS)
def test_volume_in_kg_and_lb_agree(items: list[neg.Set], bodyweight: neg.Load | None) -> None:
    in_kg = analysis.volume(items, bodyweight=bodyweight)
    in_lb = analysis.volume(items, unit="lb", bodyweight=bodyweight)
    assert in_kg.unit is neg.Unit.KG
    assert in_lb.unit is neg.Unit.LB
    assert math.isclose(in_kg.kg, in_lb.kg, rel_tol=1e-9, abs_tol=1e-6)
    s_kg = analysis.summarize(items, bodyweight=bodyweight)
    s_lb = analysis.summarize(items, unit=neg.Unit.LB, bodyweight=bodyweight)
    assert s_lb.unit is neg.Unit.LB
    assert math.isclose(s_kg.eccentric_volume.kg, s_lb.eccentric_volume.kg, abs_tol=1e-6)
    assert math.isclose(
        s_kg.athlete_concentric_volume.kg, s_lb.athlete_concentric_volume.kg, abs_tol=1e-6
    )


@given(st.lists(sets(), max_size=3))
def test_time_under_tension_is_sum_of_set_tut_over_known_sets(items: list[neg.Set]) -> None:
    known = [item.time_under_tension for item in items if item.time_under_tension is not None]
    summary = analysis.summarize(items)
    if items and not known:  # unknown, not zero
        assert analysis.time_under_tension(items) is None
        assert summary.time_under_tension is None
    else:
        assert close(analysis.time_under_tension(items), math.fsum(known))  # type: ignore[arg-type]
        assert close(summary.time_under_tension, math.fsum(known))  # type: ignore[arg-type]
    assert summary.sets_without_tempo == len(items) - len(known)


_NEED_TEMPO_OR_DETAIL = (neg.Method.TEMPO_ECCENTRIC, neg.Method.ACCENTUATED_ECCENTRIC)


def _untimed(item: neg.Set) -> neg.Set:
    """The same set as an app logs it: no tempo and no rep detail."""
    method = neg.Method.STANDARD if item.method in _NEED_TEMPO_OR_DETAIL else item.method
    return neg.Set(item.exercise, reps=item.reps, load=item.load, method=method)


@given(
    st.lists(sets(), max_size=3),
    st.lists(sets(), min_size=1, max_size=2),
)
def test_sets_without_tempo_add_no_seconds(items: list[neg.Set], templates: list[neg.Set]) -> None:
    untimed = [_untimed(item) for item in templates]
    assert all(item.time_under_tension is None for item in untimed)
    before = analysis.summarize(items)
    after = analysis.summarize(items + untimed)
    if items:
        assert after.time_under_tension == before.time_under_tension
        assert analysis.time_under_tension(items + untimed) == analysis.time_under_tension(items)
    else:  # nothing timed at all: unknown, not 0 s
        assert before.time_under_tension == 0.0
        assert after.time_under_tension is None
        assert analysis.time_under_tension(untimed) is None
    assert after.sets_without_tempo == before.sets_without_tempo + len(untimed)
    assert after.sets == before.sets + len(untimed)


@settings(max_examples=25)  # whole logs are slow to generate
@given(training_logs(max_sessions=3), st.integers(min_value=0, max_value=6))
def test_weekly_summaries_add_up_to_the_total(log: neg.TrainingLog, first_weekday: int) -> None:
    for summary, weekday in (
        (analysis.summarize(log), 0),
        (analysis.summarize(log, first_weekday=first_weekday), first_weekday),
    ):
        starts = [week.start for week in summary.weeks]
        assert starts == sorted(set(starts))
        assert all(start.weekday() == weekday for start in starts)
        weeks = [week.summary for week in summary.weeks]
        assert close(summary.volume.kg, math.fsum(w.volume.kg for w in weeks))
        assert close(summary.eccentric_volume.kg, math.fsum(w.eccentric_volume.kg for w in weeks))
        known = [w.time_under_tension for w in weeks if w.time_under_tension is not None]
        if summary.time_under_tension is None:
            assert not known
        else:
            assert close(summary.time_under_tension, math.fsum(known))
        assert summary.sets == sum(w.sets for w in weeks)
        assert summary.reps == sum(w.reps for w in weeks)
        assert summary.sets_without_tempo == sum(w.sets_without_tempo for w in weeks)
        assert all(w.weeks == () for w in weeks)
        days = {session.date for session in log.sessions if session.sets}
        assert set(starts) == {analysis.week_start(d, first_weekday=weekday) for d in days}


@given(sets(), BODYWEIGHTS)
def test_eccentric_and_concentric_volume_are_equal_unless_the_lowering_is_heavier(
    s: neg.Set, bodyweight: neg.Load | None
) -> None:
    summary = analysis.summarize(s, bodyweight=bodyweight, basis="resistance")
    ecc, con = summary.eccentric_volume.kg, summary.concentric_volume.kg
    if s.method is neg.Method.ACCENTUATED_ECCENTRIC:
        assert ecc > con or close(ecc, con)
    else:
        assert close(ecc, con)
    # volume load on the resistance basis is the mean of the two phases
    assert close(summary.volume.kg, (ecc + con) / 2)
    # the athlete's share never exceeds the resistance
    assert summary.athlete_eccentric_volume.kg <= ecc + 1e-6
    assert summary.athlete_concentric_volume.kg <= con + 1e-6
    share = summary.eccentric_share
    assert share is None or 0 <= share <= 1


@given(st.lists(sets(), max_size=3))
def test_sets_per_muscle_counts_only_working_sets(items: list[neg.Set]) -> None:
    counts = analysis.sets_per_muscle(items, secondary_weight=0.5)
    working = [item for item in items if item.set_type is not neg.SetType.WARMUP]
    expected: dict[neg.Muscle, float] = {}
    for item in working:
        for muscle in item.exercise.muscles:
            expected[muscle] = expected.get(muscle, 0.0) + 1.0
        for muscle in item.exercise.secondary_muscles:
            expected[muscle] = expected.get(muscle, 0.0) + 0.5
    assert counts == expected
    summary = analysis.summarize(items)
    assert summary.sets_without_muscles == sum(1 for item in working if not item.exercise.muscles)
    assert summary.sets == len(items)
    assert summary.reps == sum(item.reps for item in items)


# -- concrete numbers ------------------------------------------------------------------------------


def test_plain_curl_volume() -> None:
    s = neg.Set(CURL, reps=8, load=kg(40))
    assert analysis.volume(s) == kg(320)
    summary = analysis.summarize(s)
    assert summary.sets == 1
    assert summary.reps == 8
    assert summary.eccentric_volume == summary.concentric_volume == kg(320)
    assert summary.athlete_eccentric_volume == summary.athlete_concentric_volume == kg(320)
    assert summary.eccentric_share == 0.5
    assert summary.weeks == ()


def test_volume_in_pounds() -> None:
    squat = neg.Exercise("back-squat", "Back Squat", muscles=["quadriceps"])
    assert analysis.volume([neg.Set(squat, reps=5, load=lb(225))], unit="lb") == lb(1125)
    assert analysis.volume(neg.Set(squat, reps=5, load=lb(225))).isclose(kg(1125 * 0.45359237))
    assert analysis.volume(neg.Set(CURL, reps=8, load=kg(40)), unit="lbs").isclose(kg(320))


def test_dumbbell_pair_volume_counts_one_dumbbell_as_logged_and_both_as_external() -> None:
    s = neg.Set(DB_CURL, reps=10, load=kg(20))
    assert analysis.volume(s) == kg(200)  # what the app shows
    assert analysis.volume(s, basis="external") == kg(400)
    assert analysis.volume(s, basis="resistance") == kg(400)
    assert analysis.summarize(s).basis is analysis.VolumeBasis.LOGGED
    assert analysis.summarize(s, basis="external").basis is analysis.VolumeBasis.EXTERNAL


def test_accentuated_eccentric_volume() -> None:
    rep = curl_rep(kg(100), concentric_load=kg(60))
    s = neg.Set(CURL, reps=5, load=kg(100), method="accentuated_eccentric", rep_detail=[rep] * 5)
    summary = analysis.summarize(s, basis="external")
    assert summary.volume == kg(400)
    assert analysis.summarize(s).volume == kg(500)  # as logged: the heavier load x reps
    assert summary.eccentric_volume == kg(500)
    assert summary.concentric_volume == kg(300)
    assert summary.athlete_eccentric_volume == kg(500)
    assert summary.athlete_concentric_volume == kg(300)
    assert summary.eccentric_share == pytest.approx(500 / 800)
    assert analysis.volume(s, basis="external") == kg(400)


def test_partner_assisted_volume_with_growing_help() -> None:
    help_given = [10, 15, 20, 25]
    detail = [curl_rep(kg(56), assistance=kg(a), tempo="4-0-2-0") for a in help_given]
    s = neg.Set(
        CURL, reps=4, load=kg(56), tempo="4-0-2-0", method="partner_assisted", rep_detail=detail
    )
    summary = analysis.summarize(s)
    assert summary.volume == kg(224)
    assert summary.concentric_volume == kg(224)
    assert summary.eccentric_volume == kg(224)
    assert summary.athlete_eccentric_volume == kg(224)
    assert summary.athlete_concentric_volume == kg(224 - sum(help_given))
    assert summary.sets_unknown_assistance == 0
    assert summary.time_under_tension == 24.0
    assert summary.eccentric_share == pytest.approx(224 / (224 + 154))


def test_partner_assisted_without_detail_has_unknown_athlete_concentric_volume() -> None:
    unknown = neg.Set(CURL, reps=4, load=kg(56), method="partner_assisted")
    plain = neg.Set(CURL, reps=8, load=kg(40))
    summary = analysis.summarize([unknown, plain])
    assert summary.sets_unknown_assistance == 1
    assert summary.volume == kg(224 + 320)
    assert summary.concentric_volume == kg(224 + 320)
    assert summary.athlete_eccentric_volume == kg(224 + 320)
    # the unknown help is not guessed: only the plain set's lifting counts
    assert summary.athlete_concentric_volume == kg(320)


def test_negative_only_gives_the_athlete_no_concentric_work() -> None:
    s = neg.Set(CURL, reps=5, load=kg(60), method="negative_only")
    summary = analysis.summarize(s)
    assert summary.volume == kg(300)
    assert summary.athlete_eccentric_volume == kg(300)
    assert summary.athlete_concentric_volume == kg(0)
    assert summary.eccentric_share == 1.0
    assert summary.sets_unknown_assistance == 0


def test_two_one_volume_is_the_bar_volume() -> None:
    summary = analysis.summarize(neg.Set(CURL, reps=6, load=kg(30), method="two_one"))
    assert summary.volume == summary.eccentric_volume == summary.concentric_volume == kg(180)


def test_bodyweight_share_is_added_when_the_log_knows_the_athletes_bodyweight() -> None:
    s = neg.Set(PULL_UP, reps=5, load=kg(10))
    athlete = neg.Athlete("me", training_age_years=3, bodyweight=kg(80))
    log = neg.TrainingLog(athlete, [neg.Session(MONDAY, sets=[s])])
    summary = analysis.summarize(log, basis="resistance")
    assert summary.volume == kg(450)
    assert summary.eccentric_volume == kg(450)
    assert summary.sets_missing_bodyweight == 0
    assert analysis.volume(log, basis="resistance") == kg(450)
    # an explicit bodyweight wins over the athlete's
    assert analysis.volume(log, bodyweight=kg(70), basis="resistance") == kg(400)
    assert analysis.volume(s, bodyweight=kg(80), basis="resistance") == kg(450)
    # the other bases count the added load only
    assert analysis.volume(log) == analysis.volume(log, basis="external") == kg(50)


def test_bodyweight_exercise_without_bodyweight_is_counted_as_missing() -> None:
    s = neg.Set(PULL_UP, reps=5, load=kg(10))
    summary = analysis.summarize(s)
    assert summary.volume == kg(50)  # the added load only
    assert summary.sets_missing_bodyweight == 1
    log = neg.TrainingLog(neg.Athlete("me", training_age_years=3), [neg.Session(MONDAY, sets=[s])])
    assert analysis.summarize(log).sets_missing_bodyweight == 1
    assert analysis.summarize(neg.Set(CURL, reps=5, load=kg(10))).sets_missing_bodyweight == 0


def test_bodyweight_share_uses_the_exercise_fraction_across_units() -> None:
    push_up = neg.Exercise("push-up", "Push-up", muscles=["chest"], bodyweight_fraction=0.65)
    s = neg.Set(push_up, reps=10, load=lb(0))
    assert analysis.volume(s, bodyweight=kg(80), basis="resistance").isclose(kg(520))
    assert analysis.volume(s, bodyweight=lb(200), unit="lb", basis="resistance").isclose(lb(1300))


def test_negative_only_bodyweight_set_with_bodyweight() -> None:
    s = neg.Set(PULL_UP, reps=5, load=kg(0), method="negative_only")
    summary = analysis.summarize(s, bodyweight=kg(80), basis="resistance")
    assert summary.volume == kg(400)
    assert summary.athlete_eccentric_volume == kg(400)
    assert summary.athlete_concentric_volume == kg(0)
    assert summary.sets_missing_bodyweight == 0
    assert summary.sets_unknown_assistance == 0


def test_bodyweight_exercise_with_rep_detail_is_not_silently_weightless() -> None:
    detail = [neg.Rep.of(kg(0), starts_with=CON)] * 3
    with pytest.raises(neg.ValidationError, match="moves bodyweight, but this rep counts none"):
        neg.Set(PULL_UP, reps=3, load=kg(0), rep_detail=detail)
    known = neg.Set(
        PULL_UP, reps=3, load=kg(0), rep_detail=[PULL_UP.rep(kg(0), bodyweight=kg(80))] * 3
    )
    assert analysis.summarize(known, basis="resistance").volume == kg(240)
    assert analysis.summarize(known).volume == kg(0)
    unknown = neg.Set(PULL_UP, reps=3, load=kg(0), rep_detail=[PULL_UP.rep(kg(0))] * 3)
    assert analysis.summarize(unknown, bodyweight=kg(80)).sets_missing_bodyweight == 1


def test_sets_per_muscle_counts_primaries_once_and_secondaries_half() -> None:
    items = [
        neg.Set(CURL, reps=8, load=kg(40)),
        neg.Set(CURL, reps=8, load=kg(40), set_type="failure"),
        neg.Set(CURL, reps=10, load=kg(20), set_type="warmup"),
        neg.Set(PULL_UP, reps=5, load=kg(0)),
    ]
    counts = analysis.sets_per_muscle(items)
    assert counts == {neg.Muscle.BICEPS: 2.5, neg.Muscle.FOREARMS: 1.0, neg.Muscle.LATS: 1.0}
    assert analysis.summarize(items).sets_per_muscle == counts
    assert list(counts) == sorted(counts)


def test_sets_per_muscle_with_a_custom_secondary_weight() -> None:
    items = [neg.Set(CURL, reps=8, load=kg(40))] * 2
    assert analysis.sets_per_muscle(items, secondary_weight=0.25) == {
        neg.Muscle.BICEPS: 2.0,
        neg.Muscle.FOREARMS: 0.5,
    }
    assert analysis.sets_per_muscle(items, secondary_weight=0) == {
        neg.Muscle.BICEPS: 2.0,
        neg.Muscle.FOREARMS: 0.0,
    }


@pytest.mark.parametrize("weight", [-0.1, 1.5])
def test_secondary_weight_outside_zero_to_one_is_refused(weight: float) -> None:
    with pytest.raises(neg.ValidationError, match="secondary_weight: must be between 0 and 1"):
        analysis.sets_per_muscle(neg.Set(CURL, reps=8, load=kg(40)), secondary_weight=weight)


def test_exercises_without_muscles_are_counted_apart() -> None:
    items = [
        neg.Set(MYSTERY, reps=10, load=kg(50)),
        neg.Set(MYSTERY, reps=10, load=kg(50)),
        neg.Set(MYSTERY, reps=10, load=kg(20), set_type="warmup"),
        neg.Set(CURL, reps=8, load=kg(40)),
    ]
    summary = analysis.summarize(items)
    assert summary.sets_without_muscles == 2
    assert summary.sets_per_muscle == {neg.Muscle.BICEPS: 1.0, neg.Muscle.FOREARMS: 0.5}
    assert summary.sets == 4


def test_time_under_tension_counts_only_known_tempos() -> None:
    items = [
        neg.Set(CURL, reps=8, load=kg(40), tempo="4-0-2-0"),
        neg.Set(CURL, reps=8, load=kg(40)),
        neg.Set(CURL, reps=5, load=kg(40), tempo="3-1-X-0"),
    ]
    assert analysis.time_under_tension(items) == 48.0 + 25.0
    summary = analysis.summarize(items)
    assert summary.time_under_tension == 73.0
    assert summary.sets_without_tempo == 1


def test_empty_subject_gives_zeros() -> None:
    summary = analysis.summarize([])
    assert summary.sets == summary.reps == 0
    assert summary.volume == kg(0)
    assert summary.time_under_tension == 0.0
    assert summary.eccentric_share is None
    assert summary.sets_per_muscle == {}
    assert summary.weeks == ()
    assert analysis.volume([], unit="lb") == lb(0)


# -- weeks -----------------------------------------------------------------------------------------


def test_week_start_is_monday_by_default() -> None:
    wednesday = dt.date(2026, 11, 25)
    assert analysis.week_start(wednesday) == MONDAY
    assert analysis.week_start(MONDAY) == MONDAY
    assert analysis.week_start(dt.date(2026, 11, 29)) == MONDAY  # a Sunday


def test_week_start_with_another_first_weekday() -> None:
    wednesday = dt.date(2026, 11, 25)
    sunday = dt.date(2026, 11, 29)
    assert analysis.week_start(wednesday, first_weekday=6) == dt.date(2026, 11, 22)
    assert analysis.week_start(sunday, first_weekday=6) == sunday
    assert analysis.week_start(wednesday, first_weekday=2) == wednesday
    assert analysis.week_start(wednesday, first_weekday=3) == dt.date(2026, 11, 19)


@given(st.dates(), st.integers(min_value=0, max_value=6))
def test_week_start_is_the_first_weekday_at_most_six_days_before(
    day: dt.date, first_weekday: int
) -> None:
    try:
        start = analysis.week_start(day, first_weekday=first_weekday)
    except OverflowError:
        return  # the week starts before date.min
    assert start.weekday() == first_weekday
    assert 0 <= (day - start).days <= 6


@pytest.mark.parametrize("first_weekday", [-1, 7])
def test_week_start_refuses_a_weekday_out_of_range(first_weekday: int) -> None:
    with pytest.raises(neg.ValidationError, match=r"first_weekday: must be 0 \(Monday\) to 6"):
        analysis.week_start(MONDAY, first_weekday=first_weekday)


def test_week_start_refuses_a_fractional_weekday() -> None:
    with pytest.raises(neg.ValidationError):
        analysis.week_start(dt.date(2026, 11, 25), first_weekday=1.5)  # type: ignore[arg-type]


def _session(day: dt.date, reps: int = 8) -> neg.Session:
    return neg.Session(day, sets=[neg.Set(CURL, reps=reps, load=kg(40))])


def test_by_week_groups_sessions_in_date_order() -> None:
    friday = _session(dt.date(2026, 11, 27))
    monday = _session(MONDAY)
    next_sunday = _session(dt.date(2026, 12, 6))
    sunday = _session(dt.date(2026, 11, 29))
    groups = analysis.by_week([friday, next_sunday, monday, sunday])
    assert groups == {
        MONDAY: (monday, friday, sunday),
        dt.date(2026, 11, 30): (next_sunday,),
    }
    assert list(groups) == sorted(groups)
    sunday_first = analysis.by_week([friday, next_sunday, monday, sunday], first_weekday=6)
    assert sunday_first == {
        dt.date(2026, 11, 22): (monday, friday),
        dt.date(2026, 11, 29): (sunday,),
        dt.date(2026, 12, 6): (next_sunday,),
    }
    assert analysis.by_week([]) == {}


def test_summary_by_week() -> None:
    log = neg.TrainingLog(
        None,
        [
            _session(dt.date(2026, 12, 1), reps=5),  # next week, listed first
            _session(MONDAY),
            _session(dt.date(2026, 11, 26)),
        ],
    )
    summary = analysis.summarize(log)
    assert [week.start for week in summary.weeks] == [MONDAY, dt.date(2026, 11, 30)]
    assert summary.weeks[0].summary.volume == kg(640)
    assert summary.weeks[0].summary.sets == 2
    assert summary.weeks[1].summary.volume == kg(200)
    assert summary.volume == kg(840)
    sunday_first = analysis.summarize(log, first_weekday=6)
    assert [week.start for week in sunday_first.weeks] == [
        dt.date(2026, 11, 22),
        dt.date(2026, 11, 29),
    ]


def test_bare_sets_have_no_weeks() -> None:
    summary = analysis.summarize([neg.Set(CURL, reps=8, load=kg(40))] * 2)
    assert summary.weeks == ()
    assert summary.volume == kg(640)


# -- what the functions accept ------------------------------------------------------------------


def test_every_kind_of_subject_is_accepted() -> None:
    s1 = neg.Set(CURL, reps=8, load=kg(40), tempo="4-0-2-0")
    s2 = neg.Set(DB_CURL, reps=10, load=kg(20))
    monday = neg.Session(MONDAY, sets=[s1])
    tuesday = neg.Session(MONDAY + dt.timedelta(days=1), sets=[s2])
    log = neg.TrainingLog(None, [monday, tuesday])
    total = kg(320 + 200)
    assert analysis.volume(s1) == kg(320)
    assert analysis.volume(monday) == kg(320)
    assert analysis.volume(log) == total
    assert analysis.volume([s1, s2]) == total
    assert analysis.volume((s1, s2)) == total
    assert analysis.volume([monday, tuesday]) == total
    assert analysis.volume([s1, tuesday]) == total
    assert analysis.volume(item for item in (s1, s2)) == total
    assert analysis.time_under_tension(log) == 48.0
    assert analysis.time_under_tension(s1) == 48.0
    assert analysis.sets_per_muscle(log) == {neg.Muscle.BICEPS: 2.0, neg.Muscle.FOREARMS: 0.5}
    assert len(analysis.summarize(monday).weeks) == 1


@pytest.mark.parametrize(
    "function",
    [analysis.volume, analysis.summarize, analysis.time_under_tension, analysis.sets_per_muscle],
)
def test_a_list_holding_something_else_is_refused(function: Callable[..., object]) -> None:
    s = neg.Set(CURL, reps=8, load=kg(40))
    with pytest.raises(neg.ValidationError) as info:
        function([s, "8 x 40 kg"])
    assert isinstance(info.value, ValueError)
    assert str(info.value) == "item 1 is a str; analysis takes sets and sessions"


def test_a_log_inside_a_list_is_refused() -> None:
    log = neg.TrainingLog(None, [_session(MONDAY)])
    with pytest.raises(neg.ValidationError, match="item 0 is a TrainingLog"):
        analysis.volume([log])  # type: ignore[list-item]  # the error is the point


def test_an_unknown_unit_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown unit 'stone'"):
        analysis.volume(neg.Set(CURL, reps=8, load=kg(40)), unit="stone")


def test_unmeasured_help_on_the_lowering_is_unknown_not_zero() -> None:
    bar = kg(60)
    rep = CURL.rep(bar, tempo="4-0-2-0", eccentric_assistance=None)
    s = neg.Set(CURL, reps=2, load=bar, method="partner_assisted", rep_detail=[rep, rep])
    summary = analysis.summarize(s)
    assert summary.sets_unknown_assistance == 1
    assert summary.athlete_eccentric_volume == kg(0)  # left out, not counted as 120 kg
    assert summary.athlete_concentric_volume == kg(120)


def test_device_assistance_lowers_the_athletes_volumes_not_the_resistance() -> None:
    pull_up = neg.Exercise(
        "pull-up", "Pull Up", muscles=["lats"], equipment="bodyweight", bodyweight_fraction=1.0
    )
    s = neg.Set(pull_up, reps=5, load=neg.kg(0), assistance=neg.kg(20))
    summary = neg.analysis.summarize([s], bodyweight=neg.kg(80), basis="resistance")
    assert summary.volume == neg.kg(400)
    assert neg.analysis.volume(s) == neg.kg(-100)  # as the app logs it: -20 kg x 5
    assert summary.athlete_concentric_volume == neg.kg(300)
    assert summary.athlete_eccentric_volume == neg.kg(300)


# -- as logged: the app's own total -----------------------------------------------------------

EXPORTS = Path(__file__).parent / "data" / "exports"

#: The unit of exports that do not say (Strong's comma format, JEFIT): see SOURCE.md.
UNIT_OF = {"strong-real.csv": "lb", "strong-basic.csv": "kg", "strong-multiworkout.csv": "kg"}

_WEIGHT_COLUMNS = {
    "Weight": None,
    "Weight (kg)": "kg",
    "Weight (kgs)": "kg",
    "Weight (lbs)": "lb",
    "weight_kg": "kg",
    "weight_lbs": "lb",
}


def _number(text: str) -> float:
    return float(text.replace(",", ".")) if text.strip() else 0.0


def _rows(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """The data rows of a (section of a) CSV file with the line each starts on."""
    text = path.read_text(encoding="utf-8-sig")
    lines = text.splitlines(keepends=True)
    if any(line.startswith("### EXERCISE LOGS") for line in lines):  # JEFIT: that section only
        first = next(i for i, line in enumerate(lines) if "EXERCISE LOGS" in line) + 1
        while not lines[first].strip():  # a blank line may follow the section's title
            first += 1
        end = next((i for i in range(first, len(lines)) if lines[i].startswith("###")), len(lines))
    else:
        first, end = 0, len(lines)
    delimiter = ";" if lines[first].count(";") > lines[first].count(",") else ","
    reader = csv.reader(lines[first:end], delimiter=delimiter)
    header = next(reader)
    done = reader.line_num
    for row in reader:
        start = first + done + 1  # lines are 1-based
        done = reader.line_num
        if row:
            yield start, dict(zip(header, row, strict=False))


def _app_total(path: Path, unit: str, skip: set[int]) -> float:
    """Σ weight x reps over the rows the importer imported, in ``unit``: the app's own total."""
    total = 0.0
    for line, row in _rows(path):
        if line in skip:
            continue
        if "logs" in row:  # JEFIT: "80x8,85x6"
            # An assisted exercise's weight is the machine's help, which the logged basis
            # counts as the negative weight Hevy writes (JEFIT and Strong write it positive).
            sign = -1.0 if "assist" in row.get("ename", "").lower() else 1.0
            for pair in row["logs"].split(","):
                mass, reps = pair.split("x")
                total += sign * float(mass) * int(reps)
            continue
        column = next(c for c in _WEIGHT_COLUMNS if c in row)
        row_unit = _WEIGHT_COLUMNS[column] or row.get("Weight Unit", unit)
        weight = _number(row[column])
        factor = (
            1.0 if row_unit.startswith(unit) else (0.45359237 if unit == "kg" else 1 / 0.45359237)
        )
        total += weight * factor * int(row.get("Reps") or row.get("reps") or 0)
    return total


@pytest.mark.parametrize("name", sorted(p.name for p in EXPORTS.glob("*.csv")))
def test_the_logged_volume_of_an_export_is_the_apps_own_total(name: str) -> None:
    from negatives.io import read_export

    path = EXPORTS / name
    unit = UNIT_OF.get(name, "kg")
    result = read_export(path, unit=unit if name in UNIT_OF or "jefit" in name else None)
    report = result.report
    # Rows the importer skipped (with a reason) or that carry no set (rest timers) are not
    # in the log; negative weights (assisted sets) are in it, as the help they are.
    skip = {row.row for row in report.skipped} | {row.row for row in report.structural}
    expected = _app_total(path, unit, skip)
    logged = analysis.volume(result.sessions, unit=unit)
    assert logged.unit.value == unit
    assert math.isclose(logged.value, expected, rel_tol=1e-12, abs_tol=1e-9), name
    summary = analysis.summarize(result.sessions, unit=unit)
    assert summary.basis is analysis.VolumeBasis.LOGGED
    assert math.isclose(summary.volume.value, expected, rel_tol=1e-12, abs_tol=1e-9)


# -- per muscle, days, and the summary as a document ----------------------------------------------


@settings(max_examples=30)
@given(training_logs(max_sessions=3), st.sampled_from(list(analysis.VolumeBasis)))
def test_per_muscle_summaries_are_the_summaries_of_the_working_sets_of_each_muscle(
    log: neg.TrainingLog, basis: VolumeBasis
) -> None:
    summary = analysis.summarize(log, basis=basis, per_muscle=True)
    working = [
        (session.date, item)
        for session in log.sessions
        for item in session.sets
        if item.set_type is not neg.SetType.WARMUP
    ]
    muscles = {muscle for _, item in working for muscle in item.exercise.muscles}
    assert set(summary.per_muscle) == muscles
    for muscle, part in summary.per_muscle.items():
        sets_of = [item for _, item in working if muscle in item.exercise.muscles]
        bodyweight = log.athlete.bodyweight if log.athlete is not None else None
        alone = analysis.summarize(sets_of, basis=basis, bodyweight=bodyweight)
        assert part.sets == alone.sets == len(sets_of)
        assert close(part.volume.kg, alone.volume.kg)
        assert part.time_under_tension == alone.time_under_tension or close(
            part.time_under_tension,  # type: ignore[arg-type]
            alone.time_under_tension,  # type: ignore[arg-type]
        )
        assert part.weeks == ()
        assert part.per_muscle == {}
    for week in summary.weeks:
        for muscle, part in week.summary.per_muscle.items():
            assert part.sets <= summary.per_muscle[muscle].sets
    assert analysis.summarize(log, basis=basis).per_muscle == {}


def test_first_and_last_day_are_those_of_the_sessions_counted() -> None:
    days = [_session(MONDAY + dt.timedelta(days=9)), _session(MONDAY), _session(MONDAY)]
    summary = analysis.summarize(days)
    assert (summary.first_day, summary.last_day) == (MONDAY, MONDAY + dt.timedelta(days=9))
    assert summary.weeks[0].summary.last_day == MONDAY
    assert analysis.summarize(neg.Set(CURL, reps=8, load=kg(40))).first_day is None


def _summary(**changes: Any) -> analysis.Summary:
    base = analysis.summarize(
        [neg.Set(CURL, reps=8, load=kg(40), tempo="3-0-1-0"), neg.Set(CURL, reps=8, load=kg(40))]
    )
    return attrs.evolve(base, **changes)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"sets": -1}, "Summary.sets: must be >= 0"),
        ({"sets_without_tempo": 3}, "Summary.sets_without_tempo: must be <= 2"),
        ({"volume": lb(640)}, "Summary.volume: must be in the summary's unit (kg)"),
        ({"eccentric_volume": kg(-1)}, "Summary.eccentric_volume: must be >= 0"),
        ({"time_under_tension": None}, "must be a number of seconds when some set's"),
        ({"eccentric_share": 0.9}, "Summary.eccentric_share: must be athlete_eccentric_volume"),
        ({"sets_per_muscle": {"wings": 1.0}}, "Summary.sets_per_muscle.wings: must be one of"),
        ({"basis": "app"}, "Summary.basis: must be one of 'logged', 'external', 'resistance'"),
        ({"first_day": MONDAY, "last_day": MONDAY - dt.timedelta(days=1)}, "must not be before"),
        ({"weeks": [1]}, "Summary.weeks[0]: must be a WeekSummary"),
        ({"eccentric_share": None}, "Summary.eccentric_share: must be 0.5, got None"),
        ({"volume": 640}, "Summary.volume: must be a Load, got 640"),
        ({"per_muscle": 5}, "Summary.per_muscle: must be a mapping of muscle groups, got 5"),
        ({"per_muscle": {"biceps": 1}}, "Summary.per_muscle.biceps: must be a Summary, got 1"),
        ({"sets_per_muscle": {"biceps": -1.0}}, "Summary.sets_per_muscle.biceps: must be >= 0"),
    ],
)
def test_a_summary_checks_its_figures(changes: dict[str, object], message: str) -> None:
    with pytest.raises(neg.ValidationError, match=re.escape(message)):
        _summary(**changes)


def test_a_logged_volume_may_be_negative_and_unknown_time_is_none_only_when_all_are_unknown() -> (
    None
):
    chin = neg.Exercise("chin-up", "Chin-up", muscles=["lats"], bodyweight_fraction=1.0)
    assisted = neg.Set(chin, reps=5, load=kg(0), assistance=kg(30))
    summary = analysis.summarize(assisted)
    assert summary.volume == kg(-150)
    assert summary.time_under_tension is None
    with pytest.raises(neg.ValidationError, match="must be None"):
        attrs.evolve(summary, time_under_tension=0.0)
    with pytest.raises(neg.ValidationError, match=r"Summary\.volume: must be >= 0"):
        attrs.evolve(summary, basis="external")


def test_a_summary_reads_back_from_its_document_and_says_its_basis() -> None:
    summary = analysis.summarize(
        [_session(MONDAY), _session(MONDAY + dt.timedelta(days=7))],
        basis="external",
        per_muscle=True,
    )
    document = neg.to_dict(summary)
    assert document["kind"] == "summary"
    assert document["basis"] == "external"
    assert "eccentric_share" in document  # derived, and written for the readers of reports
    assert neg.from_json(neg.to_json(summary), analysis.Summary) == summary
    document["eccentric_share"] = 0.75
    with pytest.raises(neg.ValidationError, match=r"\$\.eccentric_share: must be"):
        neg.from_dict(document, analysis.Summary)


@pytest.mark.parametrize(
    ("call", "exception", "fragment"),
    [
        (lambda: analysis.summarize(5), TypeError, "analysis takes a Set"),  # type: ignore[arg-type]
        (lambda: analysis.volume("8 x 40"), TypeError, "got '8 x 40'"),  # type: ignore[arg-type]
        (lambda: analysis.volume([], unit=5), TypeError, "unit must be"),  # type: ignore[arg-type]
        (lambda: analysis.volume([], basis=1), TypeError, "basis must be"),  # type: ignore[arg-type]
        (lambda: analysis.volume([], basis="app"), neg.ValidationError, "arguments.basis"),
        (lambda: analysis.volume([], bodyweight=80), TypeError, "bodyweight must be"),  # type: ignore[arg-type]
        (lambda: analysis.summarize([], per_muscle="yes"), TypeError, "per_muscle"),  # type: ignore[arg-type]
        (lambda: analysis.summarize([], secondary_weight="1"), TypeError, "secondary_weight"),  # type: ignore[arg-type]
    ],
)
def test_arguments_of_the_wrong_type_are_type_errors_naming_them(
    call: Callable[[], object], exception: type, fragment: str
) -> None:
    with pytest.raises(exception, match=re.escape(fragment)):
        call()

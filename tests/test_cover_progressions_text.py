"""The plan's text: week runs, loose adjustments, groups of sets (`_text`)."""

from __future__ import annotations

import datetime as dt

import negatives as neg
from negatives.progressions import Adjustment, Limit, ProgramPlan, Stall
from negatives.progressions._text import _adjusted, _describe, _groups, _weeks, plan_text
from negatives.safety import check

kg = neg.kg
MONDAY = dt.date(2026, 11, 23)
CURL = neg.catalog.lookup("barbell-curl")


def _plan(
    adjustments: tuple[Adjustment, ...] = (),
    sessions: tuple[neg.Session, ...] = (),
    stalls: tuple[Stall, ...] = (),
    limits: tuple[Limit, ...] = (),
) -> ProgramPlan:
    return ProgramPlan(sessions, check(list(sessions)), adjustments, limits, stalls)


def test_week_numbers_are_joined_into_runs() -> None:
    assert _weeks([]) == ""
    assert _weeks([3]) == "week 3"
    assert _weeks([8, 3, 4, 5, 5]) == "weeks 3-5, 8"


def test_an_adjustment_without_changes_is_kept_and_says_its_rules() -> None:
    bare = Adjustment((), "barbell-curl", kg(40), kg(40), ("NEG201",))
    assert _adjusted(bare) == "kept (NEG201)"
    said = Adjustment(
        (), "barbell-curl", kg(40), kg(35), ("NEG201",), changes=("a", "b"), reason="why"
    )
    assert _adjusted(said) == "a; b (NEG201: why)"
    silent = Adjustment((), "barbell-curl", kg(40), kg(35), (), changes=("a",))
    assert _adjusted(silent) == "a"


def test_loose_adjustments_are_grouped_by_weekday_and_weeks() -> None:
    tuesday = MONDAY + dt.timedelta(days=1)
    repeated = tuple(
        Adjustment((), "bench-press", kg(100), kg(100), ("NEG302",), week, tuesday
                   + dt.timedelta(weeks=week - 1), ("left out",), "too soon")
        for week in (1, 2, 3)
    )  # fmt: skip
    undated = Adjustment((), "leg-press", kg(200), kg(200), (), None, None, ("left out",))
    text = plan_text(_plan((*repeated, undated)))
    assert "left out:" in text
    assert "  - bench-press, Tuesdays, weeks 1-3: left out (NEG302: too soon)" in text
    # Neither a date nor a week: nothing to say when, and no crash.
    assert "  - leg-press, : left out" in text


def test_a_single_dated_loose_adjustment_names_its_day() -> None:
    one = Adjustment((), "bench-press", kg(100), kg(100), ("NEG104",), 2, MONDAY, ("left out",))
    text = plan_text(_plan((one,)))
    assert f"  - bench-press, Mon {MONDAY.isoformat()}: left out (NEG104)" in text


def test_limits_and_stalls_are_read_first_and_last() -> None:
    stall = Stall("barbell-curl", 3, MONDAY, "no more")
    limit = Limit("no 1RM for it")
    text = plan_text(_plan(stalls=(stall,), limits=(limit,)))
    assert text.startswith("cannot plan around:\n  - no 1RM for it\n")
    assert f"progress stopped:\n  - from week 3 ({MONDAY.isoformat()}): no more" in text


def test_sets_group_only_while_exercise_load_method_and_tempo_match() -> None:
    a = neg.Set(CURL, reps=8, load=kg(30))
    b = neg.Set(CURL, reps=6, load=kg(30))
    c = neg.Set(CURL, reps=8, load=kg(32.5))
    d = neg.Set(CURL, reps=8, load=kg(32.5), tempo="4-0-1-0")
    groups = _groups([a, b, c, d])
    assert [(index, len(members)) for index, members in groups] == [(0, 2), (2, 1), (3, 1)]
    assert _groups([]) == []


def test_a_partner_assisted_set_without_a_help_per_rep_says_none() -> None:
    bench = neg.catalog.lookup("bench-press")
    plain = neg.Set(bench, reps=3, load=kg(100), method="partner_assisted")
    text = _describe([plain])
    assert "partner helps" not in text
    assert "partner" in text


def test_a_plan_places_adjustments_under_their_sets() -> None:
    session = neg.Session(MONDAY, sets=[neg.Set(CURL, reps=8, load=kg(30))] * 2, name="W1D1")
    placed = Adjustment(
        ("sessions", 0, "sets", 1), "barbell-curl", kg(35), kg(30), ("NEG201",), 1, MONDAY,
        ("load 35 kg -> 30 kg",),
    )  # fmt: skip
    text = plan_text(_plan((placed,), (session,)))
    assert "    adapted: load 35 kg -> 30 kg (NEG201)" in text
    assert "left out:" not in text


def test_an_accentuated_set_says_what_is_lifted_per_dumbbell() -> None:
    curl = neg.catalog.lookup("dumbbell-curl")
    heavy = curl.rep(kg(20), concentric_load=kg(14))
    item = neg.Set(
        curl, reps=2, load=kg(20), method="accentuated_eccentric", rep_detail=[heavy] * 2
    )
    assert _describe([item]).endswith("accentuated eccentric (lifts 14 kg)")


def test_the_partner_help_is_said_only_when_every_rep_has_it() -> None:
    bench = neg.catalog.lookup("bench-press")
    helped = bench.rep(kg(100), assistance=kg(20))
    unknown = bench.rep(kg(100), assistance=None)
    known = neg.Set(bench, reps=2, load=kg(100), method="partner_assisted", rep_detail=[helped] * 2)
    assert _describe([known]).endswith("; partner helps 20, 20 kg (rep by rep)")
    part = neg.Set(
        bench, reps=2, load=kg(100), method="partner_assisted", rep_detail=[helped, unknown]
    )
    assert "partner helps" not in _describe([part])

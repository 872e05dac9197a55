"""NEG301-NEG305: volume and frequency of eccentric overload work."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import negatives as neg
from negatives import catalog, overload
from negatives.errors import PolicyError
from negatives.model import Exercise, Session, Set
from negatives.safety import (
    BUILTIN_RULES,
    BuiltinRule,
    Finding,
    NotChecked,
    Policy,
    Report,
    Severity,
    check,
)
from negatives.safety.rules import volume
from negatives.units import kg
from tests.strategies import sessions

CURL = catalog.lookup("barbell-curl")
HAMMER = catalog.lookup("hammer-curl")
PUSHDOWN = catalog.lookup("triceps-pushdown")
BENCH = catalog.lookup("bench-press")
SQUAT = catalog.lookup("back-squat")
PULL_UP = catalog.lookup("pull-up")
MYSTERY = Exercise("mystery", "Mystery Machine", muscles=[])

#: Partner-assisted curl negatives as the calculator builds them: 8 x 46.1 kg (368.8 kg of
#: eccentric volume), within 90 % of the capacity for 8 lowerings of 4 s.
NEGATIVE = overload.partner_assisted_negatives(CURL, one_rep_max=kg(55))
#: Curl tempo eccentrics: no overload.
TEMPO = overload.tempo_eccentrics(CURL, one_rep_max=kg(55))
#: Conventional curls.
PLAIN = Set(CURL, reps=8, load=kg(40))
#: A light negative-only bout (100 kg of volume): a primer.
LIGHT = Set(CURL, reps=10, load=kg(10), method="negative_only")

MON = dt.date(2026, 11, 23)  # a Monday

STANDARD = Policy.preset("standard")
VOLUME_CODES = ("NEG301", "NEG302", "NEG303", "NEG304", "NEG305")
NON_BODYWEIGHT = tuple(e for e in catalog.exercises() if e.muscles and overload.bar_loaded(e))


def ov(exercise: Exercise = CURL, load: float = 50, reps: int = 10) -> Set:
    """An overload set with round numbers: ``load x reps`` kg of volume."""
    return Set(exercise, reps=reps, load=kg(load), method="partner_assisted")


def day(offset: int, *items: Set) -> Session:
    """A session ``offset`` days after MON."""
    return Session(MON + dt.timedelta(days=offset), sets=items)


def run(
    code: str,
    subject: Session | tuple[Session, ...],
    *,
    history: tuple[Session, ...] | None = (),
    athlete: neg.Athlete | None = None,
    **params: bool | int | float | str,
) -> Report:
    policy = Policy(select=(code,))
    if params:
        policy = policy.with_params(code, **params)
    return check(subject, athlete=athlete, history=history, policy=policy)


def only(report: Report) -> Finding:
    assert len(report.findings) == 1, report.text()
    return report.findings[0]


def note(report: Report) -> NotChecked:
    assert len(report.not_checked) == 1, report.text()
    return report.not_checked[0]


# -- metadata and examples ------------------------------------------------------------------------


@pytest.mark.parametrize("rule", volume.RULES, ids=lambda r: r.code)
def test_rule_metadata_matches_the_standard_preset(rule: BuiltinRule) -> None:
    registered: object = BUILTIN_RULES[rule.code]
    assert registered is rule
    assert rule.severity is Severity.WARNING
    assert rule.why
    assert rule.how_to_fix
    assert rule.summary
    assert rule.citation
    for key, value in STANDARD.params_for(rule.code).items():
        assert rule.parameters[key] == value
        assert type(rule.parameters[key]) is type(value)


@pytest.mark.parametrize("rule", volume.RULES, ids=lambda r: r.code)
def test_each_example_fires_under_the_standard_preset(rule: BuiltinRule) -> None:
    make = type(rule).example  # a staticmethod: called without the rule
    assert make is not None
    example = make()
    policy = STANDARD.ignoring("NEG").selecting(rule.code)
    for key, value in example.params.items():
        policy = policy.with_params(rule.code, **{key: value})
    report = check(example.subject, athlete=example.athlete, history=example.history, policy=policy)
    assert report.codes() == (rule.code,)
    assert report.not_checked == ()


def test_the_engine_docstring_case() -> None:
    report = check(
        Session(MON, sets=[NEGATIVE] * 3),
        history=(),
        policy=STANDARD.ignoring("NEG").selecting("NEG3"),
    )
    # sorted by location: NEG304 at the first overload set, NEG301 at the third
    assert report.codes() == ("NEG304", "NEG301")
    assert [f.loc for f in report.findings] == [("sets", 0), ("sets", 2)]


# -- NEG301 ---------------------------------------------------------------------------------------


def test_301_fires_at_the_first_excess_set() -> None:
    finding = only(run("NEG301", day(0, NEGATIVE, NEGATIVE, NEGATIVE)))
    assert finding.code == "NEG301"
    assert finding.severity is Severity.WARNING
    assert finding.loc == ("sets", 2)
    assert finding.ctx["body_part"] == "arms"
    assert finding.ctx["sets"] == 3
    assert finding.ctx["max_sets"] == 2
    assert finding.message == (
        "3 eccentric-overload sets for the arms on Mon 2026-11-23: sets 1, 2, 3 (Barbell Curl); "
        "at most 2 per body part in a session"
    )
    assert "2 overload sets for the arms" in finding.fix


def test_301_counts_exercises_of_one_body_part_together() -> None:
    session = day(0, ov(CURL), ov(BENCH), ov(HAMMER), PLAIN, ov(PUSHDOWN))
    finding = only(run("NEG301", session))
    assert finding.loc == ("sets", 4)
    assert finding.ctx["sets"] == 3
    assert "sets 1 (Barbell Curl), 3 (Hammer Curl), 5 (Triceps Pushdown)" in finding.message


def test_301_one_finding_per_session_and_body_part_in_a_plan() -> None:
    plan = (day(0, NEGATIVE, NEGATIVE), day(4, NEGATIVE, NEGATIVE, NEGATIVE, NEGATIVE))
    finding = only(run("NEG301", plan))
    assert finding.loc == ("sessions", 1, "sets", 2)
    assert finding.ctx["sets"] == 4


@pytest.mark.parametrize(
    "items",
    [
        (NEGATIVE, NEGATIVE),
        (NEGATIVE, NEGATIVE, ov(BENCH), ov(BENCH)),
        (NEGATIVE, NEGATIVE, TEMPO, PLAIN, PLAIN),
    ],
    ids=["exactly-2", "two-body-parts", "tempo-and-plain-not-counted"],
)
def test_301_does_not_fire_within_the_limit(items: tuple[Set, ...]) -> None:
    assert run("NEG301", day(0, *items)).clean


def test_301_count_tempo_and_max_sets() -> None:
    session = day(0, NEGATIVE, NEGATIVE, TEMPO)
    finding = only(run("NEG301", session, count_tempo=True))
    assert finding.loc == ("sets", 2)
    assert "eccentric-overload and tempo sets" in finding.message
    assert only(run("NEG301", day(0, NEGATIVE, NEGATIVE), max_sets=1)).loc == ("sets", 1)


def test_301_unknown_overload_and_unmapped_exercises_are_not_checked() -> None:
    raw = Set(PULL_UP, reps=5, load=kg(0), method="negative_only")
    report = run("NEG301", day(0, raw, raw, raw, ov(MYSTERY)))
    assert report.findings == ()
    unknown, unmapped = report.not_checked
    assert unknown.code == unmapped.code == "NEG301"
    assert unknown.reason == (
        "no bodyweight given: cannot tell whether sets of 'pull-up' are eccentric overload"
    )
    assert unknown.locs == (("sets", 0), ("sets", 1), ("sets", 2))
    assert unmapped.reason == "unmapped exercise 'mystery': muscles unknown"
    assert unmapped.locs == (("sets", 3),)
    # with the bodyweight the pull-up negatives are checked: three for the back
    athlete = neg.Athlete("ana", training_age_years=3, bodyweight=kg(80))
    finding = only(run("NEG301", day(0, raw, raw, raw), athlete=athlete))
    assert finding.ctx["body_part"] == "back"


# -- NEG302 ---------------------------------------------------------------------------------------


def test_302_fires_on_the_later_session_of_a_plan() -> None:
    report = run("NEG302", (day(0, NEGATIVE), day(2, PLAIN, NEGATIVE)))
    finding = only(report)
    assert (finding.code, finding.severity) == ("NEG302", Severity.WARNING)
    assert finding.loc == ("sessions", 1, "sets", 1)
    assert dict(finding.ctx) == {
        "muscle": "biceps",
        "days": 2,
        "min_days_between": 3,
        "previous_date": "2026-11-23",
    }
    assert finding.message == (
        "eccentric overload for the biceps on Wed 2026-11-25, 2 days after the overload session "
        "on Mon 2026-11-23; allow at least 3 days between overload sessions for a muscle group"
    )
    assert "Thu 2026-11-26 or later" in finding.fix
    assert report.not_checked == ()


def test_302_uses_the_history_and_sorts_the_plan() -> None:
    finding = only(run("NEG302", day(0, NEGATIVE), history=(day(-1, NEGATIVE),)))
    assert finding.loc == ("sets", 0)
    assert finding.ctx["days"] == 1
    assert "(history)" in finding.message
    # the subject's own session in the history is not an earlier session
    both = day(0, NEGATIVE)
    assert run("NEG302", both, history=(day(-7, NEGATIVE), both)).clean
    # sessions out of order: the later one (given first) is reported
    finding = only(run("NEG302", (day(2, NEGATIVE), day(0, NEGATIVE))))
    assert finding.loc == ("sessions", 0, "sets", 0)
    # two sessions on one day
    finding = only(run("NEG302", (day(0, NEGATIVE), day(0, NEGATIVE))))
    assert finding.ctx["days"] == 0
    assert "on the same day as" in finding.message


@pytest.mark.parametrize(
    "plan",
    [
        (day(0, NEGATIVE), day(3, NEGATIVE)),
        (day(0, NEGATIVE), day(1, ov(BENCH)), day(2, TEMPO, PLAIN)),
    ],
    ids=["exactly-3-days", "other-muscle-or-no-overload"],
)
def test_302_does_not_fire(plan: tuple[Session, ...]) -> None:
    assert run("NEG302", plan).clean


def test_302_parameter() -> None:
    plan = (day(0, NEGATIVE), day(2, NEGATIVE))
    assert run("NEG302", plan, min_days_between=2).clean


def test_302_without_history_checks_the_plan_and_says_so() -> None:
    report = run("NEG302", (day(0, NEGATIVE), day(1, NEGATIVE)), history=None)
    assert only(report).loc == ("sessions", 1, "sets", 0)
    assert note(report) == NotChecked("NEG302", "no history given: earlier sessions unknown")
    # nothing to check against the history: no note
    assert run("NEG302", day(0, TEMPO), history=None).clean


def test_302_history_sets_it_cannot_read_are_listed() -> None:
    raw = Set(PULL_UP, reps=5, load=kg(0), method="negative_only")
    report = run("NEG302", day(0, NEGATIVE), history=(day(-2, raw, ov(MYSTERY)),))
    assert report.findings == ()
    reasons = [n.reason for n in report.not_checked]
    assert reasons == [
        "no bodyweight given: cannot tell whether sets of 'pull-up' in the history are "
        "eccentric overload (left out)",
        "unmapped exercise 'mystery' in the history: muscles unknown (left out)",
    ]
    assert all(n.locs == () for n in report.not_checked)


# -- NEG303 ---------------------------------------------------------------------------------------


def test_303_fires_on_the_third_session_of_a_week() -> None:
    plan = (day(0, NEGATIVE), day(3, NEGATIVE), day(6, PLAIN, NEGATIVE))
    finding = only(run("NEG303", plan))
    assert (finding.code, finding.severity) == ("NEG303", Severity.WARNING)
    assert finding.loc == ("sessions", 2, "sets", 1)
    assert finding.ctx["muscle"] == "biceps"
    assert finding.ctx["sessions"] == 3
    assert finding.ctx["max_sessions_per_week"] == 2
    assert finding.ctx["week"] == "2026-11-23"
    assert finding.message == (
        "3 sessions with eccentric overload for the biceps in the week of Mon 2026-11-23: "
        "Mon 2026-11-23, Thu 2026-11-26, Sun 2026-11-29; at most 2 per muscle group a week"
    )


def test_303_counts_history_sessions_of_the_same_week() -> None:
    history = (day(0, NEGATIVE), day(3, NEGATIVE), day(-3, NEGATIVE))
    finding = only(run("NEG303", day(6, NEGATIVE), history=history))
    assert finding.loc == ("sets", 0)
    assert finding.ctx["sessions"] == 3


def test_303_does_not_fire_across_weeks() -> None:
    plan = (day(0, NEGATIVE), day(3, NEGATIVE), day(7, NEGATIVE), day(10, NEGATIVE))
    assert run("NEG303", plan).clean


def test_303_first_weekday() -> None:
    plan = (day(-1, NEGATIVE), day(2, NEGATIVE), day(5, NEGATIVE))  # Sun, Wed, Sat
    assert run("NEG303", plan).clean  # ISO weeks: Sun belongs to the week before
    finding = only(run("NEG303", plan, first_weekday=6))
    assert finding.ctx["week"] == "2026-11-22"
    assert finding.loc == ("sessions", 2, "sets", 0)
    with pytest.raises(PolicyError, match="first_weekday"):
        run("NEG303", plan, first_weekday=7)


def test_303_without_history() -> None:
    plan = (day(0, NEGATIVE), day(3, NEGATIVE), day(6, NEGATIVE))
    report = run("NEG303", plan, history=None)
    assert only(report).loc == ("sessions", 2, "sets", 0)
    assert note(report).reason == "no history given: earlier sessions unknown"


# -- NEG304 ---------------------------------------------------------------------------------------


def test_304_fires_on_a_first_exposure() -> None:
    finding = only(run("NEG304", day(0, PLAIN, NEGATIVE, NEGATIVE)))
    assert (finding.code, finding.severity) == ("NEG304", Severity.WARNING)
    assert finding.loc == ("sets", 1)
    assert dict(finding.ctx) == {
        "muscle": "biceps",
        "gap_days": 21,
        "days_since": None,
        "previous_date": None,
        "volume_kg": 737.5,
        "reps": 16,
    }
    assert finding.message == (
        "Mon 2026-11-23 is the first eccentric overload for the biceps in 21 days or more (no "
        "earlier overload work for it): 738 kg of eccentric overload volume with no primer "
        "before it"
    )
    assert finding.fix == (
        "Add a primer between Mon 2026-11-16 and Sat 2026-11-21 (2-7 days before): light "
        "eccentric work for the biceps (tempo eccentrics at a light load, or a few light "
        "negatives), about 74-111 kg of eccentric volume, 10-15 % of this session's (Huang et "
        "al. 2019 used about an eighth); and keep this first heavy session's volume low."
    )


def test_304_only_the_first_session_of_a_plan_fires() -> None:
    plan = (day(3, NEGATIVE), day(0, NEGATIVE), day(7, NEGATIVE))
    assert only(run("NEG304", plan)).loc == ("sessions", 1, "sets", 0)


def test_304_recent_overload_in_the_history() -> None:
    assert run("NEG304", day(0, NEGATIVE), history=(day(-20, NEGATIVE),)).clean
    finding = only(run("NEG304", day(0, NEGATIVE), history=(day(-21, NEGATIVE),)))
    assert finding.ctx["days_since"] == 21
    assert finding.ctx["previous_date"] == "2026-11-02"
    finding = only(run("NEG304", day(0, NEGATIVE), history=(day(-40, NEGATIVE),)))
    assert "(none in the 21 days before)" in finding.message
    assert finding.ctx["days_since"] is None
    # conventional and tempo work do not count as overload exposure
    only(run("NEG304", day(0, NEGATIVE), history=(day(-2, PLAIN, TEMPO),)))
    # a shorter gap
    only(run("NEG304", day(0, NEGATIVE), history=(day(-10, NEGATIVE),), gap_days=7))


def test_304_a_primer_silences_it() -> None:
    assert run("NEG304", (day(0, LIGHT), day(4, NEGATIVE, NEGATIVE))).clean
    # not a primer: as heavy as the session after it
    finding = only(run("NEG304", (day(0, NEGATIVE, NEGATIVE), day(4, NEGATIVE, NEGATIVE))))
    assert finding.loc == ("sessions", 0, "sets", 0)
    # too early to be a primer
    assert only(run("NEG304", (day(0, LIGHT), day(9, NEGATIVE)))).loc[:2] == ("sessions", 0)


def test_304_after_a_long_break_in_a_plan() -> None:
    findings = run("NEG304", (day(0, NEGATIVE), day(28, NEGATIVE))).findings
    assert [f.loc for f in findings] == [("sessions", 0, "sets", 0), ("sessions", 1, "sets", 0)]
    assert findings[1].ctx["days_since"] == 28


def test_304_one_finding_per_muscle_group() -> None:
    findings = run("NEG304", day(0, ov(SQUAT, load=100, reps=5))).findings
    assert [f.ctx["muscle"] for f in findings] == ["quadriceps", "glutes"]
    assert {f.loc for f in findings} == {("sets", 0)}


def test_304_needs_a_history() -> None:
    report = run("NEG304", day(0, NEGATIVE), history=None)
    assert report.findings == ()
    assert note(report).code == "NEG304"
    assert note(report).reason.startswith("no history given")


# -- NEG305 ---------------------------------------------------------------------------------------


def weekly(*sets_per_week: int) -> tuple[Session, ...]:
    """History: on the Mondays before MON, oldest first, this many 500 kg overload sets."""
    count = len(sets_per_week)
    return tuple(
        day(-7 * (count - k), *([ov()] * n or [PLAIN])) for k, n in enumerate(sets_per_week)
    )


def test_305_fires_where_the_week_goes_over() -> None:
    finding = only(run("NEG305", day(0, ov(), PLAIN, ov(), ov()), history=weekly(1, 1, 1, 1)))
    assert (finding.code, finding.severity) == ("NEG305", Severity.WARNING)
    assert finding.loc == ("sets", 2)  # 1000 kg > 1.5 x 500 kg
    assert dict(finding.ctx) == {
        "muscle": "biceps",
        "week": "2026-11-23",
        "volume_kg": 1500.0,
        "previous_mean_kg": 500.0,
        "ratio": 3.0,
        "max_ratio": 1.5,
        "weeks": 4,
    }
    assert finding.message == (
        "1500 kg of eccentric-overload volume for the biceps in the week of Mon 2026-11-23: 3 "
        "times the mean of the 4 weeks before (500 kg); at most 1.5 times"
    )
    assert "at or under 750 kg" in finding.fix


def test_305_does_not_fire_at_the_ratio() -> None:
    assert run("NEG305", day(0, ov(), ov(), ov()), history=weekly(2, 2, 2, 2)).clean
    assert only(run("NEG305", day(0, ov(), ov(), ov()), history=weekly(2, 2, 2, 2), max_ratio=1.4))


def test_305_mean_starts_at_the_first_week_with_overload() -> None:
    # one earlier week of overload is too short a baseline to judge (a primer week, say)
    short = run("NEG305", day(0, ov()), history=weekly(0, 0, 0, 1))
    assert short.findings == ()
    assert "too short a baseline" in note(short).reason
    # two earlier weeks: the mean is theirs, not that of four
    assert run("NEG305", day(0, ov()), history=weekly(0, 0, 1, 1)).clean
    # weeks without overload after the first one count as zero
    finding = only(run("NEG305", day(0, ov()), history=weekly(1, 0, 0, 0)))
    assert finding.ctx["previous_mean_kg"] == 125.0
    assert finding.ctx["weeks"] == 4


def test_305_across_the_weeks_of_a_plan() -> None:
    plan = (day(0, ov()), day(7, ov()), day(14, ov()), day(16, ov(), ov()))
    report = run("NEG305", plan)
    # week 3 holds 3 overload sets after 1 and 1: 1500 kg against a mean of 500 kg
    assert only(report).loc == ("sessions", 3, "sets", 0)
    assert (
        NotChecked(
            "NEG305",
            "no overload volume for 'biceps' in the 4 weeks before",
            [("sessions", 0, "sets", 0)],
        )
        in report.not_checked
    )


def test_305_history_later_in_the_week_counts() -> None:
    history = (*weekly(1, 1, 1, 1), day(2, ov(), ov()))
    assert only(run("NEG305", day(0, ov()), history=history)).loc == ("sets", 0)


def test_volume_rule_parameters_are_checked() -> None:
    with pytest.raises(PolicyError, match=r"NEG301\.max_sets must be a number of at least 0"):
        run("NEG301", day(0, NEGATIVE), max_sets=-1)
    with pytest.raises(PolicyError, match=r"NEG305\.weeks must be a whole number"):
        run("NEG305", day(0, NEGATIVE), weeks=0)


def test_305_needs_earlier_weeks_and_a_history() -> None:
    report = run("NEG305", day(0, ov()), history=weekly(1, 0, 0, 0, 0))
    assert report.findings == ()
    assert note(report).reason == "no overload volume for 'biceps' in the 4 weeks before"
    assert note(report).locs == (("sets", 0),)
    assert only(run("NEG305", day(0, ov()), history=weekly(1, 0, 0, 0, 0), weeks=5)).ctx == {
        "muscle": "biceps",
        "week": "2026-11-23",
        "volume_kg": 500.0,
        "previous_mean_kg": 100.0,
        "ratio": 5.0,
        "max_ratio": 1.5,
        "weeks": 5,
    }
    report = run("NEG305", day(0, ov()), history=None)
    assert report.findings == ()
    assert note(report).code == "NEG305"
    assert note(report).reason.startswith("no history given")


# -- properties -----------------------------------------------------------------------------------


@st.composite
def _overloaded(draw: st.DrawFn) -> tuple[Session, str]:
    """A session with at least three overload sets for one body part added to it."""
    base = draw(sessions(exercises=st.sampled_from(NON_BODYWEIGHT), max_sets=4))
    first = draw(st.sampled_from(NON_BODYWEIGHT))
    part = first.muscles[0].body_part
    mates = [e for e in NON_BODYWEIGHT if part in {m.body_part for m in e.muscles}]
    chosen = [first, *draw(st.lists(st.sampled_from(mates), min_size=2, max_size=2))]
    maximum = draw(st.floats(min_value=20, max_value=200))
    added = [overload.partner_assisted_negatives(e, one_rep_max=kg(maximum)) for e in chosen]
    positions = draw(st.lists(st.integers(0, len(base.sets) + 3), min_size=3, max_size=3))
    items = list(base.sets)
    for position, item in zip(positions, added, strict=True):
        items.insert(min(position, len(items)), item)
    return Session(base.date, sets=items), part.value


@given(_overloaded())
def test_property_three_overload_sets_for_a_body_part_fire_301(case: tuple[Session, str]) -> None:
    session, part = case
    report = check(session, history=(), policy=STANDARD.ignoring("NEG").selecting("NEG301"))
    assert part in {f.ctx["body_part"] for f in report.findings}


@st.composite
def _tempo_sessions(draw: st.DrawFn, count: int) -> tuple[Session, ...]:
    out = []
    for _ in range(count):
        exercises = draw(st.lists(st.sampled_from(NON_BODYWEIGHT), min_size=1, max_size=5))
        maximum = draw(st.floats(min_value=20, max_value=200))
        offset = draw(st.integers(-60, 30))
        items = [overload.tempo_eccentrics(e, one_rep_max=kg(maximum)) for e in exercises]
        out.append(day(offset, *items))
    return tuple(out)


@given(
    st.integers(1, 6).flatmap(_tempo_sessions),
    st.none() | st.integers(0, 6).flatmap(_tempo_sessions),
)
def test_property_tempo_eccentrics_never_trigger_the_volume_rules(
    plan: tuple[Session, ...], history: tuple[Session, ...] | None
) -> None:
    report = check(plan, history=history, policy=STANDARD.ignoring("NEG").selecting("NEG3"))
    assert report.findings == ()
    assert report.not_checked == ()


@given(
    st.integers(0, 40),
    st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2030, 1, 1)),
    st.booleans(),
)
def test_property_302_fires_iff_less_than_3_days_apart(
    gap: int, start: dt.date, in_history: bool
) -> None:
    earlier = Session(start, sets=[NEGATIVE])
    later = Session(start + dt.timedelta(days=gap), sets=[ov(HAMMER)])  # biceps too
    policy = STANDARD.ignoring("NEG").selecting("NEG302")
    if in_history:
        report = check(later, history=(earlier,), policy=policy)
        loc: tuple[str | int, ...] = ("sets", 0)
    else:
        report = check((earlier, later), history=(), policy=policy)
        loc = ("sessions", 1, "sets", 0)
    assert bool(report.findings) == (gap < 3)
    for finding in report.findings:
        assert finding.loc == loc
        assert finding.ctx["days"] == gap

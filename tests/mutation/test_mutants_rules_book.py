"""The volume and load rules on a book of scenarios: every finding and note, in full.

Each scenario is checked with one rule alone and its report rendered (code, severity, where,
message, numbers, fix; the notes of what could not be checked), then compared with a reviewed
copy in ``golden/rules_book.txt``. The scenarios are built to cross each rule's branches: both
sides of every threshold, unknown bodyweights, unmapped exercises, missing histories, the
parameters a policy can set. ``NEGATIVES_WRITE_GOLDEN=1`` rewrites the copy after a deliberate
change; review the diff.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

import attrs
import pytest

import negatives as neg
from negatives import catalog, overload
from negatives.errors import PolicyError
from negatives.safety import Report

from ._helpers import lifter, run

kg = neg.kg
GOLDEN = Path(__file__).parent / "golden" / "rules_book.txt"
MON = dt.date(2026, 11, 23)  # a Monday
CURL = catalog.lookup("barbell-curl")
BENCH = catalog.lookup("bench-press")
SQUAT = catalog.lookup("back-squat")
LEG_PRESS = catalog.lookup("leg-press")
CHIN = catalog.lookup("chin-up")
NORDIC = catalog.lookup("nordic-curl")
MYSTERY = neg.Exercise("mystery-press", "Mystery Press", muscles=[])


def day(offset: int) -> dt.date:
    return MON + dt.timedelta(days=offset)


def negatives(load: float = 60, reps: int = 4, exercise: neg.Exercise = CURL) -> neg.Set:
    """Logged negatives: clearly an eccentric overload."""
    return neg.Set(exercise, reps=reps, load=kg(load), method="negative_only", tempo="4-0-X-0")


def tempo_set(load: float = 30, reps: int = 6, exercise: neg.Exercise = CURL) -> neg.Set:
    return neg.Set(exercise, reps=reps, load=kg(load), tempo="4-0-1-0")


def sessions(*days: tuple[int, list[neg.Set]]) -> tuple[neg.Session, ...]:
    return tuple(neg.Session(day(offset), sets=sets) for offset, sets in days)


class Case(NamedTuple):
    code: str
    subject: Callable[[], neg.Session | tuple[neg.Session, ...]]
    athlete: neg.Athlete | None = None
    history: Callable[[], tuple[neg.Session, ...] | None] = lambda: ()
    params: dict[str, Any] = {}


ATHLETE = lifter(barbell_curl=55, bench_press=100, back_squat=140, leg_press=200, chin_up=95)
NO_BODYWEIGHT = lifter(bodyweight=None, barbell_curl=55)

CASES: dict[str, Case] = {
    # NEG301: overload sets per body part
    "301 three curls": Case("NEG301", lambda: sessions((0, [negatives()] * 3))),
    "301 two curls": Case("NEG301", lambda: sessions((0, [negatives()] * 2))),
    "301 tempo counted": Case(
        "NEG301",
        lambda: sessions((0, [negatives(), tempo_set(), tempo_set()])),
        params={"count_tempo": True},
    ),
    "301 tempo not counted": Case(
        "NEG301", lambda: sessions((0, [negatives(), tempo_set(), tempo_set()]))
    ),
    "301 nordic": Case(
        "NEG301", lambda: sessions((0, [negatives(0, 5, NORDIC)] * 4)), athlete=ATHLETE
    ),
    "301 fractional limit": Case(
        "NEG301", lambda: sessions((0, [negatives()] * 3)), params={"max_sets": 1.5}
    ),
    "301 chest and arms": Case(
        "NEG301",
        lambda: sessions((0, [negatives(100, 3, BENCH)] * 3 + [negatives()] * 2)),
        params={"max_sets": 1},
    ),
    "301 unknown bodyweight": Case(
        "NEG301", lambda: sessions((0, [negatives(0, 3, CHIN)])), athlete=NO_BODYWEIGHT
    ),
    "301 unmapped": Case("NEG301", lambda: sessions((0, [negatives(80, 3, MYSTERY)]))),
    # NEG302: recovery interval
    "302 two days": Case("NEG302", lambda: sessions((0, [negatives()]), (2, [negatives()]))),
    "302 same day": Case(
        "NEG302",
        lambda: (neg.Session(day(0), sets=[negatives()]), neg.Session(day(0), sets=[negatives()])),
    ),
    "302 three days": Case("NEG302", lambda: sessions((0, [negatives()]), (3, [negatives()]))),
    "302 history": Case(
        "NEG302",
        lambda: sessions((1, [negatives()])),
        history=lambda: sessions((-1, [negatives()])),
    ),
    "302 lower back": Case(
        "NEG302",
        lambda: sessions(
            (0, [negatives(80, 4, catalog.lookup("back-extension"))]),
            (1, [negatives(80, 4, catalog.lookup("back-extension"))]),
        ),
    ),
    "302 no history": Case(
        "NEG302", lambda: sessions((0, [negatives()]), (1, [negatives()])), history=lambda: None
    ),
    "302 fractional days": Case(
        "NEG302",
        lambda: sessions((0, [negatives()]), (2, [negatives()])),
        params={"min_days_between": 2.5},
    ),
    "302 primer": Case(
        "NEG302",
        lambda: sessions((0, [tempo_set(10, 3)]), (2, [negatives(60, 6)] * 2)),
    ),
    "302 history unknown bodyweight": Case(
        "NEG302",
        lambda: sessions((2, [negatives()])),
        athlete=NO_BODYWEIGHT,
        history=lambda: sessions((0, [negatives(0, 3, CHIN)])),
    ),
    "302 history unmapped": Case(
        "NEG302",
        lambda: sessions((2, [negatives()])),
        history=lambda: sessions((0, [negatives(80, 3, MYSTERY)])),
    ),
    # NEG303: sessions per week
    "303 three in a week": Case(
        "NEG303", lambda: sessions((0, [negatives()]), (2, [negatives()]), (4, [negatives()]))
    ),
    "303 two in a week": Case("NEG303", lambda: sessions((0, [negatives()]), (3, [negatives()]))),
    "303 weeks from sunday": Case(
        "NEG303",
        lambda: sessions((-1, [negatives()]), (2, [negatives()]), (4, [negatives()])),
        params={"first_weekday": 6},
    ),
    "303 history in the week": Case(
        "NEG303",
        lambda: sessions((3, [negatives()])),
        history=lambda: sessions((0, [negatives()]), (1, [negatives()])),
    ),
    "303 no history": Case("NEG303", lambda: sessions((0, [negatives()])), history=lambda: None),
    "303 limit one": Case(
        "NEG303",
        lambda: sessions((0, [negatives()]), (3, [negatives()])),
        params={"max_sessions_per_week": 1},
    ),
    # NEG304: first exposure
    "304 first ever": Case("NEG304", lambda: sessions((0, [negatives()] * 2))),
    "304 after a long gap": Case(
        "NEG304",
        lambda: sessions((0, [negatives()])),
        history=lambda: sessions((-30, [negatives()])),
        params={"gap_days": 28},
    ),
    "304 clipped history": Case(
        "NEG304",
        lambda: sessions((0, [negatives()])),
        history=lambda: sessions((-40, [negatives()])),
    ),
    "304 recent": Case(
        "NEG304",
        lambda: sessions((0, [negatives()])),
        history=lambda: sessions((-10, [negatives()])),
    ),
    "304 primed": Case(
        "NEG304", lambda: sessions((0, [tempo_set(10, 3)]), (3, [negatives(60, 6)] * 2))
    ),
    "304 primer too heavy": Case(
        "NEG304", lambda: sessions((0, [tempo_set(40, 8)] * 3), (3, [negatives(60, 4)]))
    ),
    "304 nordic no bodyweight": Case(
        "NEG304", lambda: sessions((0, [negatives(0, 5, NORDIC)] * 2)), athlete=NO_BODYWEIGHT
    ),
    "304 primer too early": Case(
        "NEG304", lambda: sessions((0, [tempo_set(10, 3)]), (10, [negatives(60, 6)] * 2))
    ),
    "304 primer after an earlier light day": Case(
        "NEG304",
        lambda: sessions(
            (0, [tempo_set(10, 3)]), (7, [tempo_set(10, 3)]), (10, [negatives(60, 6)] * 2)
        ),
    ),
    "304 gap zero": Case(
        "NEG304",
        lambda: (neg.Session(day(0), sets=[negatives()]), neg.Session(day(0), sets=[negatives()])),
        params={"gap_days": 0},
    ),
    "304 no history": Case("NEG304", lambda: sessions((0, [negatives()])), history=lambda: None),
    # NEG305: weekly volume spike
    "305 spike": Case(
        "NEG305",
        lambda: sessions((0, [negatives()] * 3), (3, [negatives()] * 3)),
        history=lambda: sessions((-7, [negatives()]), (-14, [negatives()]), (-21, [negatives()])),
    ),
    "305 steady": Case(
        "NEG305",
        lambda: sessions((0, [negatives()])),
        history=lambda: sessions((-7, [negatives()]), (-14, [negatives()])),
    ),
    "305 short baseline": Case(
        "NEG305",
        lambda: sessions((0, [negatives()] * 3)),
        history=lambda: sessions((-7, [negatives()])),
    ),
    "305 no baseline": Case("NEG305", lambda: sessions((0, [negatives()] * 3))),
    "305 unknown volume": Case(
        "NEG305",
        lambda: sessions((0, [negatives(0, 5, CHIN)])),
        athlete=NO_BODYWEIGHT,
        history=lambda: sessions((-7, [negatives(0, 5, CHIN)]), (-14, [negatives(0, 5, CHIN)])),
    ),
    "305 no history": Case("NEG305", lambda: sessions((0, [negatives()])), history=lambda: None),
    "305 window and ratio": Case(
        "NEG305",
        lambda: sessions((0, [negatives()] * 3)),
        history=lambda: sessions((-7, [negatives()]), (-14, [negatives()] * 3)),
        params={"max_ratio": 1.2, "weeks": 2, "min_weeks": 1},
    ),
    "305 crossing at the threshold": Case(
        "NEG305",
        lambda: sessions((0, [negatives()] * 3)),
        history=lambda: sessions((-7, [negatives()]), (-14, [negatives()])),
        params={"max_ratio": 2},
    ),
    # NEG101-104: the athlete
    "101 novice": Case(
        "NEG101",
        lambda: neg.Session(day(0), sets=[negatives(70, 3), negatives(40, 3, CHIN)]),
        athlete=attrs.evolve(ATHLETE, training_age_years=0.5),
    ),
    "101 at the minimum": Case(
        "NEG101",
        lambda: neg.Session(day(0), sets=[negatives(70, 3)]),
        athlete=attrs.evolve(ATHLETE, training_age_years=1.0),
    ),
    "101 skipped sets first": Case(
        "NEG101",
        lambda: neg.Session(
            day(0),
            sets=[
                neg.Set(CURL, reps=8, load=kg(20)),
                negatives(10, 3, CHIN),
                negatives(100, 3, LEG_PRESS),
                negatives(70, 3),
            ],
        ),
        athlete=attrs.evolve(lifter(bodyweight=80, barbell_curl=55), training_age_years=0.5),
    ),
    "101 bodyweight unknown": Case(
        "NEG101",
        lambda: neg.Session(day(0), sets=[negatives(10, 3, CHIN), negatives(70, 3)]),
        athlete=attrs.evolve(NO_BODYWEIGHT, training_age_years=0.5),
    ),
    "101 no athlete": Case("NEG101", lambda: neg.Session(day(0), sets=[negatives(70, 3)])),
    "102 minor": Case(
        "NEG102",
        lambda: neg.Session(
            day(0),
            sets=[
                neg.Set(CURL, reps=8, load=kg(20)),
                negatives(70, 3),
                negatives(70, 3, BENCH),
                negatives(100, 3, SQUAT),
            ],
        ),
        athlete=attrs.evolve(ATHLETE, birth_year=2008),
    ),
    "102 turns 18 this year": Case(
        "NEG102",
        lambda: neg.Session(day(0), sets=[negatives(70, 3)]),
        athlete=attrs.evolve(ATHLETE, birth_year=2008),
        params={"min_age": 18},
    ),
    "102 no birth year": Case(
        "NEG102", lambda: neg.Session(day(0), sets=[negatives(70, 3)]), athlete=ATHLETE
    ),
    "102 no 1rm": Case(
        "NEG102",
        lambda: neg.Session(day(0), sets=[negatives(70, 3, LEG_PRESS), negatives(70, 3)]),
        athlete=attrs.evolve(lifter(barbell_curl=55), birth_year=2010),
    ),
    "103 flagged": Case(
        "NEG103",
        lambda: neg.Session(day(0), sets=[negatives(70, 3), negatives(40, 3)]),
        athlete=attrs.evolve(
            ATHLETE, screening=neg.Screening(statins=True, recent_muscle_injury=True)
        ),
    ),
    "103 unanswered": Case(
        "NEG103",
        lambda: neg.Session(day(0), sets=[negatives(70, 3)]),
        athlete=attrs.evolve(ATHLETE, screening=neg.Screening(statins=False)),
    ),
    "103 no screening": Case(
        "NEG103", lambda: neg.Session(day(0), sets=[negatives(70, 3)]), athlete=ATHLETE
    ),
    "103 no athlete": Case("NEG103", lambda: neg.Session(day(0), sets=[negatives(70, 3)])),
    "104 sore": Case(
        "NEG104",
        lambda: neg.Session(day(0), sets=[negatives(100, 3, SQUAT), negatives(100, 3, SQUAT)]),
        athlete=attrs.evolve(
            ATHLETE,
            checkins=[
                neg.Checkin(day(-3), soreness={"quadriceps": 9}),
                neg.Checkin(day(-1), soreness={"quadriceps": 6, "glutes": 2}),
                neg.Checkin(day(-1), soreness={"lower_back": 7}),
            ],
        ),
    ),
    "104 weaker the same day": Case(
        "NEG104",
        lambda: neg.Session(day(0), sets=[negatives(70, 3)]),
        athlete=attrs.evolve(
            ATHLETE, checkins=[neg.Checkin(day(0), strength_loss={"biceps": 0.125})]
        ),
        params={"max_checkin_age_days": 0, "max_strength_loss": 0.1},
    ),
    "104 old check-in": Case(
        "NEG104",
        lambda: neg.Session(day(0), sets=[negatives(70, 3)]),
        athlete=attrs.evolve(ATHLETE, checkins=[neg.Checkin(day(-3), soreness={"biceps": 9})]),
    ),
    "104 no check-in on the day": Case(
        "NEG104",
        lambda: neg.Session(day(0), sets=[negatives(70, 3)]),
        athlete=ATHLETE,
        params={"max_checkin_age_days": 0},
    ),
    "104 no athlete": Case("NEG104", lambda: neg.Session(day(0), sets=[negatives(70, 3)])),
    # NEG201-203: load
    "201 one lowering": Case(
        "NEG201",
        lambda: neg.Session(day(0), sets=[negatives(70, 1)]),
        athlete=lifter(barbell_curl=50),
    ),
    "201 lowering time in hundredths": Case(
        "NEG201",
        lambda: neg.Session(
            day(0),
            sets=[neg.Set(CURL, reps=4, load=kg(70), method="negative_only", tempo="4.125-0-X-0")],
        ),
        athlete=ATHLETE,
    ),
    "201 above safe": Case(
        "NEG201",
        lambda: neg.Session(day(0), sets=[negatives(70, 4)]),
        athlete=ATHLETE,
    ),
    "201 within": Case(
        "NEG201", lambda: neg.Session(day(0), sets=[negatives(50, 4)]), athlete=ATHLETE
    ),
    "201 stricter": Case(
        "NEG201",
        lambda: neg.Session(day(0), sets=[negatives(50, 4)]),
        athlete=ATHLETE,
        params={"max_fraction_of_eccentric_1rm": 0.7},
    ),
    "201 no 1rm": Case("NEG201", lambda: neg.Session(day(0), sets=[negatives(70, 4)])),
    "201 chin no bodyweight": Case(
        "NEG201",
        lambda: neg.Session(day(0), sets=[negatives(10, 3, CHIN)]),
        athlete=lifter(bodyweight=None, chin_up=95),
    ),
    "201 chin": Case(
        "NEG201", lambda: neg.Session(day(0), sets=[negatives(30, 5, CHIN)]), athlete=ATHLETE
    ),
    "201 machine": Case(
        "NEG201",
        lambda: neg.Session(day(0), sets=[negatives(230, 6, LEG_PRESS)]),
        athlete=ATHLETE,
    ),
    "202 partner sets": Case(
        "NEG202",
        lambda: neg.Session(
            day(0),
            sets=[
                overload.partner_assisted_negatives(CURL, one_rep_max=kg(55), concentric_effort=1)
            ],
        ),
        athlete=lifter(barbell_curl=50),
    ),
    "202 effort": Case(
        "NEG202",
        lambda: neg.Session(
            day(0), sets=[overload.partner_assisted_negatives(CURL, one_rep_max=kg(55))]
        ),
        athlete=lifter(barbell_curl=55),
        params={"max_concentric_effort": 0.8},
    ),
    "202 no 1rm": Case(
        "NEG202",
        lambda: neg.Session(
            day(0), sets=[overload.partner_assisted_negatives(CURL, one_rep_max=kg(55))]
        ),
    ),
    "203 too much help": Case(
        "NEG203",
        lambda: neg.Session(
            day(0),
            sets=[overload.partner_assisted_negatives(BENCH, one_rep_max=kg(100), reps=6)],
            setup=neg.Setup(partner_max_assist=kg(20)),
        ),
    ),
    "203 within": Case(
        "NEG203",
        lambda: neg.Session(
            day(0),
            sets=[overload.partner_assisted_negatives(BENCH, one_rep_max=kg(100), reps=6)],
            setup=neg.Setup(partner_max_assist=kg(60)),
        ),
    ),
    "203 pounds": Case(
        "NEG203",
        lambda: neg.Session(
            day(0),
            sets=[overload.partner_assisted_negatives(BENCH, one_rep_max=neg.lb(225), reps=6)],
            setup=neg.Setup(partner_max_assist=neg.lb(40)),
        ),
    ),
}


def render(name: str, report: Report) -> str:
    lines = [f"== {name}"]
    for finding in report.findings:
        lines.append(f"{finding.code} {finding.severity.value} at {finding.where}")
        lines.append(f"  message: {finding.message}")
        lines.append(f"  fix: {finding.fix}")
        lines.append(f"  ctx: {dict(sorted(finding.ctx.items()))}")
    for item in report.not_checked:
        lines.append(f"not checked ({item.code}) at {list(item.locs)}: {item.reason}")
    return "\n".join(lines)


def check_case(case: Case) -> Report:
    return run(
        case.subject(),
        case.code,
        athlete=case.athlete,
        history=case.history(),
        **case.params,
    )


def _compare(cases: dict[str, Case], golden: Path) -> None:
    text = "\n".join(render(name, check_case(case)) for name, case in cases.items()) + "\n"
    if os.environ.get("NEGATIVES_WRITE_GOLDEN"):
        golden.write_text(text, "utf-8")
    got, want = text.split("\n== "), golden.read_text("utf-8").split("\n== ")
    for mine, theirs in zip(got, want, strict=True):
        assert mine == theirs


def test_rules_book() -> None:
    _compare({name: case for name, case in CASES.items() if not name.startswith("1")}, GOLDEN)


def test_athlete_rules_book() -> None:
    _compare(
        {name: case for name, case in CASES.items() if name.startswith("1")},
        GOLDEN.with_name("rules_book_athlete.txt"),
    )


@pytest.mark.parametrize(
    ("code", "params", "message"),
    [
        ("NEG301", {"max_sets": -1}, "NEG301.max_sets must be a number of at least 0, got -1"),
        (
            "NEG303",
            {"first_weekday": 7},
            "NEG303.first_weekday must be a whole number, 0 to 6, got 7",
        ),
        (
            "NEG303",
            {"first_weekday": 1.5},
            "NEG303.first_weekday must be a whole number, 0 to 6, got 1.5",
        ),
        ("NEG305", {"weeks": 0}, "NEG305.weeks must be a whole number, at least 1, got 0"),
        (
            "NEG304",
            {"gap_days": float("inf")},
            "NEG304.gap_days must be a number of at least 0, got inf",
        ),
    ],
)
def test_parameters_are_checked(code: str, params: dict[str, Any], message: str) -> None:
    subject = sessions((0, [negatives()]))
    with pytest.raises(PolicyError) as error:
        run(subject, code, history=(), **params)
    assert str(error.value) == message


def test_history_session_equal_to_a_planned_one_is_that_session() -> None:
    plan = sessions((0, [negatives()]), (4, [negatives()]))
    report = run(plan, "NEG302", history=(plan[0],))
    assert report.findings == ()
    assert attrs.evolve(plan[0]) == plan[0]


@pytest.mark.parametrize(
    ("code", "params", "message"),
    [
        ("NEG102", {"min_age": 101}, "NEG102.min_age must be a number from 0 to 100, got 101"),
        (
            "NEG104",
            {"max_strength_loss": 1.5},
            "NEG104.max_strength_loss must be a number from 0 to 1, got 1.5",
        ),
        (
            "NEG104",
            {"max_soreness": 11},
            "NEG104.max_soreness must be a number from 0 to 10, got 11",
        ),
    ],
)
def test_athlete_parameters_are_checked(code: str, params: dict[str, Any], message: str) -> None:
    subject = sessions((0, [negatives()]))
    with pytest.raises(PolicyError) as error:
        run(subject, code, athlete=ATHLETE, **params)
    assert str(error.value) == message


@pytest.mark.parametrize(
    ("code", "params", "message"),
    [
        (
            "NEG101",
            {"min_training_age_years": -1},
            "NEG101.min_training_age_years must be a number of at least 0, got -1",
        ),
        (
            "NEG201",
            {"max_fraction_of_eccentric_1rm": -0.5},
            "NEG201.max_fraction_of_eccentric_1rm must be a number of at least 0, got -0.5",
        ),
        (
            "NEG202",
            {"max_concentric_effort": float("nan")},
            "NEG202.max_concentric_effort must be a number of at least 0, got nan",
        ),
        (
            "NEG401",
            {"min_spotters": 1.5},
            "NEG401.min_spotters must be a whole number, at least 0, got 1.5",
        ),
        (
            "NEG501",
            {"min_eccentric_seconds": -3},
            "NEG501.min_eccentric_seconds must be a number of at least 0, got -3",
        ),
        (
            "NEG502",
            {"max_rep_seconds": float("inf")},
            "NEG502.max_rep_seconds must be a number of at least 0, got inf",
        ),
        (
            "NEG503",
            {"min_rest_seconds": -120.0},
            "NEG503.min_rest_seconds must be a number of at least 0, got -120.0",
        ),
    ],
)
def test_every_rule_checks_its_numbers(code: str, params: dict[str, Any], message: str) -> None:
    subject = sessions((0, [negatives()]))
    with pytest.raises(PolicyError) as error:
        run(subject, code, athlete=ATHLETE, history=(), **params)
    assert str(error.value) == message

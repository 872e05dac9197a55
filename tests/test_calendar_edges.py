"""Dates at the calendar's ends (0001-01-01, 9999-12-31) are valid input: nothing overflows.

Found by the command-line fuzz test (tests/fuzz): a session dated near either end, or a
program starting in the last weeks of 9999, raised a bare `OverflowError` (the command line's
internal-error status 70) from date arithmetic in week starts, history windows, primer days,
the HTML report's axis and the program builder.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest

import negatives as neg
from negatives import cli
from negatives._checks import shift_date
from negatives.progressions import build_program, simulate, templates
from negatives.progressions._primers import primer_day

FIRST, LAST = dt.date.min, dt.date.max
BENCH = neg.catalog.lookup("bench-press")
ATHLETE = neg.Athlete(
    "ana",
    training_age_years=4,
    concentric_1rm={
        "bench-press": neg.kg(100),
        "barbell-curl": neg.kg(50),
        "leg-press": neg.kg(200),
    },
    bodyweight=neg.kg(70),
)


def negatives_on(day: dt.date) -> neg.Session:
    heavy = neg.overload.partner_assisted_negatives(BENCH, athlete=ATHLETE, reps=5)
    return neg.Session(day, sets=[heavy, neg.Set(BENCH, reps=8, load=neg.kg(70))])


def test_shift_date_stops_at_the_calendars_ends() -> None:
    assert shift_date(dt.date(1, 1, 5), -10) == FIRST
    assert shift_date(dt.date(9999, 12, 30), 10) == LAST
    assert shift_date(dt.date(2026, 11, 23), 9) == dt.date(2026, 12, 2)


@pytest.mark.parametrize("first_weekday", range(7))
def test_the_week_of_the_first_day_begins_with_the_calendar(first_weekday: int) -> None:
    # 0001-01-01 is a Monday: a week starting on Sunday would begin the day before it.
    day = dt.date(1, 1, 3)
    start = neg.analysis.week_start(day, first_weekday=first_weekday)
    assert FIRST <= start <= day
    summary = neg.analysis.summarize(negatives_on(day), first_weekday=first_weekday)
    assert [(week.start, week.summary.sets) for week in summary.weeks] == [(start, 2)]


@pytest.mark.parametrize("day", [FIRST, dt.date(1, 1, 20), LAST])
def test_a_check_with_history_at_the_calendars_ends(day: dt.date) -> None:
    session = negatives_on(day)
    report = neg.safety.check(session, athlete=ATHLETE, history=[session])
    assert isinstance(report, neg.safety.Report)


def test_no_primer_day_before_the_calendar() -> None:
    assert primer_day(dt.date(1, 1, 2), range(7), None) is None
    assert primer_day(dt.date(1, 1, 8), range(7), None) == dt.date(1, 1, 6)


def test_a_program_from_the_first_week_of_the_calendar_is_built() -> None:
    program = templates.template("seed-negatives", weeks=2)
    plan = build_program(program, ATHLETE, start=FIRST, history=())
    assert min(s.date for s in plan.sessions) >= FIRST
    assert plan.sessions


@pytest.mark.parametrize("run", ["build_program", "simulate"])
def test_a_program_past_the_calendars_end_is_refused_at_its_start(run: str) -> None:
    program = templates.template("seed-negatives", weeks=2)
    function = build_program if run == "build_program" else simulate
    with pytest.raises(neg.ValidationError) as info:
        function(program, ATHLETE, start=dt.date(9999, 12, 20))
    (problem,) = info.value.problems
    assert problem.loc == ("start",)
    assert "run past 9999-12-31, the last date there is" in problem.message
    assert info.value.owner == run


def test_the_last_whole_week_of_the_calendar_is_simulated() -> None:
    program = templates.template("seed-negatives", weeks=1)
    result = simulate(program, ATHLETE, start=dt.date(9999, 12, 20), weeks=1)
    assert result.weeks
    assert all(s.date <= LAST for s in result.performed)


def main(*argv: str) -> tuple[int, str]:
    err = io.StringIO()
    code = cli.main(list(argv), stdout=io.StringIO(), stderr=err)
    return code, err.getvalue()


@pytest.mark.parametrize("day", [FIRST, dt.date(1, 1, 3), LAST])
def test_the_html_report_of_a_log_at_the_calendars_ends(tmp_path: Path, day: dt.date) -> None:
    path = tmp_path / "log.json"
    path.write_text(neg.to_json(neg.TrainingLog(ATHLETE, [negatives_on(day)])), encoding="utf-8")
    code, err = main("report", str(path), "--html", str(tmp_path / "r.html"))
    assert (code, "internal error" in err) == (0, False)


def test_plan_past_the_calendars_end_is_a_usage_error(tmp_path: Path) -> None:
    path = tmp_path / "ana.json"
    path.write_text(neg.to_json(ATHLETE), encoding="utf-8")
    code, err = main("plan", str(path), "--start", "9999-12-31", "--weeks", "2")
    assert code == 2
    assert err.startswith("negatives: error: build_program.start: 2 weeks from the week of ")

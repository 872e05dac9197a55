"""negatives.plot: the figures' data equal the library's numbers (not pixels)."""

import datetime as dt
import math
import subprocess
import sys
from collections.abc import Callable

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import negatives as neg
from negatives import analysis, strength
from negatives.plot import OKABE_ITO, PHASE_COLOURS

from .helpers import present
from .strategies import sessions as session_strategy
from .strategies import sets as set_strategy

pytest.importorskip("matplotlib")
import matplotlib.dates as mdates
import numpy as np
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle

CURL = neg.catalog.lookup("barbell-curl")
BENCH = neg.catalog.lookup("bench-press")
PULL_UP = neg.Exercise(
    "pull-up", "Pull-up", muscles=["lats"], bodyweight_fraction=1.0, starts_with="concentric"
)


def _artists(figure: Figure, gid: str) -> list[Artist]:
    found: list[Artist] = []
    for ax in figure.axes:
        found += [a for a in (*ax.patches, *ax.lines, *ax.texts) if a.get_gid() == gid]
    return found


def _rectangles(figure: Figure, gid: str) -> list[Rectangle]:
    found = _artists(figure, gid)
    rectangles = [a for a in found if isinstance(a, Rectangle)]
    assert len(rectangles) == len(found)
    return rectangles


def _lines(figure: Figure, gid: str) -> list[Line2D]:
    found = _artists(figure, gid)
    lines = [a for a in found if isinstance(a, Line2D)]
    assert len(lines) == len(found)
    return lines


def _xdata(line: Line2D) -> list[float]:
    return [float(x) for x in np.asarray(line.get_xdata(), dtype=float)]


def _ydata(line: Line2D) -> list[float]:
    return [float(y) for y in np.asarray(line.get_ydata(), dtype=float)]


# matplotlib leaves num2date unannotated; this is the signature the tests use.
_num2date: Callable[[float], dt.datetime] = mdates.num2date


def _day(x: float) -> dt.date:
    return _num2date(x).date()


# -- phase timeline -------------------------------------------------------------------------------


@settings(max_examples=15)
@given(
    overload=st.floats(0.1, 0.5),
    reps=st.integers(1, 10),
    working=st.integers(20, 60),
)
def test_timeline_help_band_is_each_reps_assistance_and_the_line_the_athletes_share(
    overload: float, reps: int, working: int
) -> None:
    item = neg.overload.partner_assisted_negatives(
        CURL, working_load=neg.kg(working), working_reps=10, overload=overload, reps=reps
    )
    figure = neg.plot.phase_timeline(item)
    expanded = item.expand()
    bands = _rectangles(figure, "help")
    assisted = [
        (number, rep.concentric)
        for number, rep in enumerate(expanded)
        if rep.concentric.assistance is not None and rep.concentric.assistance.value > 0
    ]
    assert len(bands) == len(assisted)
    for band, (_, phase) in zip(bands, assisted, strict=True):
        help_, lowered = present(phase.assistance), present(phase.load)
        assert math.isclose(band.get_height(), min(help_.kg, lowered.kg))
        assert math.isclose(band.get_y(), present(phase.athlete_load).kg)
        assert math.isclose(band.get_width(), present(phase.seconds))
    (athlete,) = _lines(figure, "athlete")
    (load,) = _lines(figure, "load")
    ys = _ydata(athlete)
    expected = [
        present(p.athlete_load).kg
        for rep in expanded
        for p in rep.phases
        if p.seconds
        for _ in "ab"
    ]
    assert [round(y, 9) for y in ys] == [round(y, 9) for y in expected]
    assert max(_xdata(load)) == pytest.approx(item.time_under_tension)
    assert set(_ydata(load)) == {item.load.kg}


def test_timeline_shades_each_phase_in_its_colour_and_labels_axes_with_units() -> None:
    item = neg.Set(BENCH, reps=3, load=neg.lb(185), tempo="3-1-2-0")
    figure = neg.plot.phase_timeline(item)
    ax = figure.axes[0]
    assert ax.get_xlabel() == "time (s)"
    assert ax.get_ylabel() == "load (lb)"
    shaded = [(p.get_gid(), p.get_x(), p.get_width()) for p in _phase_patches(ax)]
    segments = neg.plot.phase_segments(item)
    assert shaded == [(f"phase-{s.phase.value}", s.start, s.seconds) for s in segments]
    # bench starts with the lowering: eccentric 3 s, pause 1 s, lift 2 s (0 s top pause skipped)
    assert [s.phase.value for s in segments[:3]] == ["eccentric", "isometric", "concentric"]
    for patch in ax.patches:
        gid = patch.get_gid() or ""
        if gid.startswith("phase-"):
            colour = PHASE_COLOURS[neg.Phase(gid.removeprefix("phase-"))]
            assert patch.get_facecolor()[:3] == pytest.approx(_rgb(colour))
    assert len(_artists(figure, "rep")) == 2  # boundaries between three reps


def _phase_patches(ax: Axes) -> list[Rectangle]:
    """The patches that shade a phase."""
    found = [p for p in ax.patches if (p.get_gid() or "").startswith("phase-")]
    rectangles = [p for p in found if isinstance(p, Rectangle)]
    assert len(rectangles) == len(found)
    return rectangles


def _rgb(hex_colour: str) -> tuple[float, ...]:
    return tuple(int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5))


def test_timeline_refuses_a_set_without_tempo_naming_it() -> None:
    item = neg.Set(CURL, reps=8, load=neg.kg(40))
    with pytest.raises(neg.ValidationError, match="no tempo") as caught:
        neg.plot.phase_timeline(item)
    assert caught.value.problems[0].loc == ("tempo",)


def test_timeline_refuses_reps_with_unknown_durations_naming_the_rep() -> None:
    rep_with = CURL.rep(neg.kg(50), tempo="4-0-2-0")
    rep_without = CURL.rep(neg.kg(50))
    item = neg.Set(CURL, reps=2, load=neg.kg(50), rep_detail=[rep_with, rep_without])
    with pytest.raises(neg.ValidationError, match="rep 2") as caught:
        neg.plot.phase_timeline(item)
    assert caught.value.problems[0].loc[:2] == ("rep_detail", 1)


def test_timeline_of_unmeasured_help_draws_no_athlete_share_and_says_so() -> None:
    item = neg.Set(CURL, reps=3, load=neg.kg(56), tempo="4-0-2-0", method="partner_assisted")
    figure = neg.plot.phase_timeline(item)
    assert not _artists(figure, "help")
    (athlete,) = _lines(figure, "athlete")
    ys = list(_ydata(athlete))
    segments = neg.plot.phase_segments(item)
    for segment, y in zip(segments, ys[::2], strict=True):
        if segment.phase is neg.Phase.CONCENTRIC:
            assert math.isnan(y)
        else:
            assert y == pytest.approx(56)
    notes = [t.get_text() for t in figure.texts if t.get_gid() == "note"]
    assert notes
    assert "not measured" in notes[0]


def test_timeline_of_a_bodyweight_exercise_needs_the_bodyweight() -> None:
    item = neg.Set(PULL_UP, reps=3, load=neg.kg(0), tempo="5-0-1-0", method="negative_only")
    with pytest.raises(neg.ValidationError, match="bodyweight"):
        neg.plot.phase_timeline(item)
    figure = neg.plot.phase_timeline(item, bodyweight=neg.kg(80))
    (load,) = _lines(figure, "load")
    assert set(_ydata(load)) == {80.0}
    (athlete,) = _lines(figure, "athlete")
    # negative-only: the athlete lowers all 80 kg and lifts nothing
    assert set(_ydata(athlete)) == {0.0, 80.0}


def test_timeline_of_one_rep_and_of_a_wrong_argument() -> None:
    rep = CURL.rep(neg.kg(56), tempo="4-0-2-0", assistance=neg.kg(13))
    figure = neg.plot.phase_timeline(rep)
    (band,) = _rectangles(figure, "help")
    assert band.get_height() == pytest.approx(13)
    with pytest.raises(TypeError, match="set_or_rep"):
        neg.plot.phase_timeline("4-0-2-0")  # type: ignore[arg-type]


@settings(max_examples=40)
@given(set_strategy())
@example(
    # Help over the machine's load: the load of each phase is unknown.
    neg.Set(
        neg.catalog.lookup("leg-press"),
        reps=2,
        load=neg.kg(10),
        tempo="2-0-2-0",
        assistance=neg.kg(30),
    )
)
def test_segments_follow_each_other_and_add_up_to_the_time_under_tension(item: neg.Set) -> None:
    # A phase without a duration, or whose load is unknown (assistance over a machine's load
    # leaves the bodyweight share unknown), is refused: durations and loads are never invented.
    unknown_load = any(
        phase.resistance is None
        for rep in item.expand(bodyweight=neg.kg(75))
        for phase in rep.phases
    )
    if item.time_under_tension is None or unknown_load:
        with pytest.raises(neg.ValidationError):
            neg.plot.phase_segments(item, bodyweight=neg.kg(75))
        return
    segments = neg.plot.phase_segments(item, bodyweight=neg.kg(75))
    clock = 0.0
    for segment in segments:
        assert segment.start == pytest.approx(clock)
        assert segment.seconds > 0
        clock = segment.end
    assert clock == pytest.approx(item.time_under_tension)


# -- weekly load ----------------------------------------------------------------------------------


def _block() -> list[neg.Session]:
    """Four weeks, a week off, then two: curls with partner negatives, and bench."""
    days = [dt.date(2026, 1, 5) + dt.timedelta(days=d) for d in (0, 3, 7, 10, 14, 28, 35, 38)]
    out = []
    for index, day in enumerate(days):
        negative = neg.overload.partner_assisted_negatives(
            CURL, working_load=neg.kg(40), working_reps=10, overload=0.3, reps=6
        )
        out.append(
            neg.Session(
                day,
                sets=[
                    neg.Set(CURL, reps=10, load=neg.kg(20), set_type="warmup"),
                    neg.Set(CURL, reps=10, load=neg.kg(40 + index)),
                    negative,
                    neg.Set(BENCH, reps=5, load=neg.kg(80 + 2 * index)),
                ],
                setup=neg.Setup(spotters=1, partner_max_assist=neg.kg(40)),
            )
        )
    return out


def _bars(ax: Axes, gid: str) -> dict[dt.date, float]:
    bars: dict[dt.date, float] = {}
    for p in ax.patches:
        if p.get_gid() == gid:
            assert isinstance(p, Rectangle)
            bars[analysis.week_start(_day(p.get_x()))] = p.get_height()
    return bars


def test_weekly_bars_equal_analysis_of_each_groups_working_sets() -> None:
    sessions = _block()
    figure = neg.plot.weekly_load(sessions)
    panels = {ax.get_title(loc="left"): ax for ax in figure.axes if ax.get_visible()}
    assert set(panels) == {"biceps", "chest"}
    for muscle, ax in panels.items():
        expected = {}
        for week, group in analysis.by_week(sessions).items():
            working = [
                s
                for session in group
                for s in session.sets
                if s.set_type is not neg.SetType.WARMUP and muscle in s.exercise.muscles
            ]
            if working:
                expected[week] = analysis.summarize(working)
        ecc, con = _bars(ax, "eccentric"), _bars(ax, "concentric")
        assert set(ecc) == set(expected) == set(con)
        for week, summary in expected.items():
            assert ecc[week] == pytest.approx(summary.athlete_eccentric_volume.kg)
            assert con[week] == pytest.approx(summary.athlete_concentric_volume.kg)
        assert ax.get_ylabel() in ("volume (kg)", "")
    # partner negatives: the athlete lowers more than they lift
    biceps = panels["biceps"]
    first = min(_bars(biceps, "eccentric"))
    assert _bars(biceps, "eccentric")[first] > _bars(biceps, "concentric")[first]


def test_weekly_load_shows_a_week_off_as_a_gap() -> None:
    figure = neg.plot.weekly_load(_block(), by="all")
    (ax,) = [a for a in figure.axes if a.get_visible()]
    weeks = sorted(_bars(ax, "eccentric"))
    assert dt.date(2026, 1, 26) not in weeks  # no training that week
    low, high = ax.get_xlim()
    assert _day(low) <= weeks[0]
    assert _day(high) >= weeks[-1] + dt.timedelta(days=6)


def test_weekly_findings_are_marked_on_their_weeks_in_their_groups() -> None:
    sessions = _block()
    athlete = neg.Athlete("ana", training_age_years=3, concentric_1rm={"barbell-curl": neg.kg(53)})
    report = neg.safety.check(sessions, athlete=athlete, history=())
    assert report.findings
    figure = neg.plot.weekly_load(sessions, findings=report)
    panels = {ax.get_title(loc="left"): ax for ax in figure.axes if ax.get_visible()}
    for muscle, ax in panels.items():
        expected = set()
        for finding in report.findings:
            loc = finding.loc  # ("sessions", index[, "sets", index])
            assert isinstance(loc[1], int)
            session = sessions[loc[1]]
            if len(loc) >= 4:
                assert isinstance(loc[3], int)
                exercise = session.sets[loc[3]].exercise
                if neg.Muscle(muscle) not in exercise.muscles:
                    continue
            expected.add(analysis.week_start(session.date))
        marked = {
            analysis.week_start(_day(_xdata(line)[0]))
            for line in ax.lines
            if line.get_gid() == "finding"
        }
        assert marked == expected


def test_weekly_findings_from_other_sessions_are_refused() -> None:
    sessions = _block()
    report = neg.safety.check(sessions, history=())
    if not report.findings:  # pragma: no cover - the block always has findings
        pytest.skip("no findings")
    with pytest.raises(neg.ValidationError, match="sessions that were checked"):
        neg.plot.weekly_load(sessions[:1], findings=report)


def test_weekly_load_last_weeks_and_bad_arguments() -> None:
    figure = neg.plot.weekly_load(_block(), by="all", weeks=2)
    (ax,) = [a for a in figure.axes if a.get_visible()]
    assert sorted(_bars(ax, "eccentric")) == [dt.date(2026, 2, 2), dt.date(2026, 2, 9)]
    with pytest.raises(neg.ValidationError, match="by"):
        neg.plot.weekly_load(_block(), by="muscles")  # type: ignore[arg-type]
    with pytest.raises(neg.ValidationError, match="weeks"):
        neg.plot.weekly_load(_block(), weeks=0)
    warmups = neg.Session(
        dt.date(2026, 1, 5), sets=[neg.Set(CURL, reps=10, load=neg.kg(20), set_type="warmup")]
    )
    with pytest.raises(neg.ValidationError, match="no working sets"):
        neg.plot.weekly_load([warmups])
    with pytest.raises(TypeError, match="sessions"):
        neg.plot.weekly_load("log.json")  # type: ignore[arg-type]


@settings(max_examples=30)
@given(st.lists(session_strategy(), min_size=1, max_size=4))
def test_weekly_volumes_of_all_equal_the_summary_of_all_working_sets(
    sessions: list[neg.Session],
) -> None:
    volumes = neg.plot.weekly_volumes(sessions, by="all", unit="kg", bodyweight=neg.kg(80))
    working = [
        s for session in sessions for s in session.sets if s.set_type is not neg.SetType.WARMUP
    ]
    total = analysis.summarize(working, bodyweight=neg.kg(80))
    assert sum(v.summary.athlete_eccentric_volume.kg for v in volumes) == pytest.approx(
        total.athlete_eccentric_volume.kg
    )
    assert sum(v.summary.sets for v in volumes) == total.sets


# -- strength trend -------------------------------------------------------------------------------


def test_trend_points_are_each_days_best_estimate_and_tested_1rm_is_marked() -> None:
    sessions = _block()
    athlete = neg.Athlete(
        "ana",
        training_age_years=3,
        concentric_1rm={"bench-press": neg.kg(100)},
        concentric_1rm_dates={"bench-press": dt.date(2026, 1, 20)},
    )
    figure = neg.plot.strength_trend(sessions, "bench-press", athlete=athlete)
    ax = figure.axes[0]
    (line,) = _lines(figure, "e1rm-day")
    expected = []
    for session in sessions:
        bench = [s for s in session.sets if s.exercise.id == "bench-press"]
        best = max(strength.estimate_1rm(s.load, s.reps, "consensus").kg for s in bench)
        expected.append((session.date, best))
    got = [(_day(x), y) for x, y in zip(_xdata(line), _ydata(line), strict=True)]
    assert [d for d, _ in got] == [d for d, _ in expected]
    assert [y for _, y in got] == pytest.approx([y for _, y in expected])
    (tested,) = _lines(figure, "tested")
    assert _day(_xdata(tested)[0]) == dt.date(2026, 1, 20)
    assert _ydata(tested)[0] == 100
    assert ax.get_ylabel() == "1RM (kg)"
    assert ax.get_xlabel() == "date"


def test_trend_line_is_the_1rm_one_rep_max_gives_from_the_log_up_to_each_day() -> None:
    sessions = _block()
    figure = neg.plot.strength_trend(sessions, "bench-press", window_days=10)
    (line,) = _lines(figure, "e1rm")
    for x, y in zip(_xdata(line), _ydata(line), strict=True):
        day = _day(x)
        upto = [s for s in sessions if s.date <= day]
        expected = strength.one_rep_max(BENCH, history=upto, as_of=day, window_days=10)
        assert y == pytest.approx(expected.load.kg)


@settings(max_examples=25)
@given(
    loads=st.lists(st.integers(40, 120), min_size=1, max_size=12),
    gaps=st.lists(st.integers(1, 30), min_size=12, max_size=12),
    window=st.integers(1, 60),
)
def test_current_1rm_equals_one_rep_max_over_the_window(
    loads: list[int], gaps: list[int], window: int
) -> None:
    day = dt.date(2026, 1, 5)
    sessions = []
    for load, gap in zip(loads, gaps, strict=False):
        sessions.append(neg.Session(day, sets=[neg.Set(BENCH, reps=5, load=neg.kg(load))]))
        day += dt.timedelta(days=gap)
    history = neg.plot.e1rm_history(sessions, BENCH, window_days=window)
    for point in history.points:
        upto = [s for s in sessions if s.date <= point.date]
        expected = strength.one_rep_max(BENCH, history=upto, as_of=point.date, window_days=window)
        assert point.current.kg == pytest.approx(expected.load.kg)


def test_trend_leaves_out_assisted_sets_and_marks_rough_estimates() -> None:
    sessions = _block()
    history = neg.plot.e1rm_history(sessions, CURL)
    for point in history.points:
        assert point.set.method == "standard"  # never the partner-assisted negatives
    high_reps = neg.Session(dt.date(2026, 3, 2), sets=[neg.Set(BENCH, reps=15, load=neg.kg(60))])
    figure = neg.plot.strength_trend([*sessions, high_reps], BENCH)
    (rough,) = _lines(figure, "e1rm-rough")
    assert [_day(x) for x in _xdata(rough)] == [dt.date(2026, 3, 2)]


def test_trend_undated_tested_1rm_is_a_line_and_unknown_exercise_is_refused() -> None:
    athlete = neg.Athlete("ana", training_age_years=3, concentric_1rm={"bench-press": neg.kg(100)})
    log = neg.TrainingLog(athlete, _block())
    figure = neg.plot.strength_trend(log, "bench-press")
    (tested,) = _lines(figure, "tested")
    assert list(_ydata(tested)) == [100, 100]
    with pytest.raises(neg.ValidationError, match="most logged: barbell-curl, bench-press"):
        neg.plot.strength_trend(log, "deadlift")


def test_trend_without_any_usable_set_says_why() -> None:
    only_negatives = [
        neg.Session(
            dt.date(2026, 1, 5),
            sets=[neg.Set(CURL, reps=5, load=neg.kg(50), method="negative_only")],
        )
    ]
    with pytest.raises(neg.ValidationError, match="no tested 1RM"):
        neg.plot.strength_trend(only_negatives, CURL)


# -- packaging ------------------------------------------------------------------------------------


def test_palette_is_okabe_ito() -> None:
    assert OKABE_ITO["orange"] == "#E69F00"
    assert set(PHASE_COLOURS) == set(neg.Phase)


def test_without_matplotlib_a_figure_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib.figure", None)
    monkeypatch.setitem(sys.modules, "matplotlib.backends.backend_agg", None)
    item = neg.Set(CURL, reps=2, load=neg.kg(40), tempo="4-0-2-0")
    with pytest.raises(neg.MissingDependencyError, match=r'pip install "negatives\[plot\]"'):
        neg.plot.phase_timeline(item)
    assert neg.plot.phase_segments(item)  # the data need no matplotlib


def test_plot_loads_lazily_and_never_touches_pyplot() -> None:
    code = (
        "import sys, negatives as neg\n"
        "assert 'negatives.plot' not in sys.modules\n"
        "assert 'negatives.reporting' not in sys.modules\n"
        "assert neg.reporting.html.__module__ == 'negatives.reporting'\n"
        "plot = neg.plot\n"
        "assert 'matplotlib' not in sys.modules, 'imported on access'\n"
        "c = neg.catalog.lookup('barbell-curl')\n"
        "plot.phase_timeline(neg.Set(c, reps=2, load=neg.kg(40), tempo='4-0-2-0'))\n"
        "assert 'matplotlib.pyplot' not in sys.modules\n"
        "print('ok')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.strip() == "ok", out.stderr


def test_finding_marks_place_findings_of_one_session_of_a_plan_and_of_sets() -> None:
    sessions = _block()
    session_level = neg.safety.Finding("GYM001", "warning", "the whole day", loc=("sessions", 2))
    plan_level = neg.safety.Finding("GYM002", "info", "the whole plan")
    set_level = neg.safety.Finding("GYM003", "error", "a set", loc=("sessions", 0, "sets", 3))
    marks = neg.plot.finding_marks(sessions, [session_level, plan_level, set_level])
    assert marks[0].week == analysis.week_start(sessions[2].date)
    assert marks[0].groups == ()  # every group of that week
    assert marks[1].week is None
    assert marks[2].groups == ("chest",)
    assert marks[2].set is sessions[0].sets[3]
    # a check of one session locates findings from its sets
    single = neg.safety.Finding("GYM003", "error", "a set", loc=("sets", 1))
    (mark,) = neg.plot.finding_marks(sessions[0], [single], by="body_part")
    assert mark.groups == ("arms",)
    figure = neg.plot.weekly_load(sessions, findings=[session_level, plan_level], by="body_part")
    notes = [t.get_text() for t in figure.texts if t.get_gid() == "note"]
    assert "1 finding(s) about the whole plan" in notes[0]
    with pytest.raises(TypeError, match="findings"):
        neg.plot.finding_marks(sessions, "NEG101")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"findings\[0\]"):
        neg.plot.finding_marks(sessions, ["NEG101"])  # type: ignore[list-item]
    wrong_set = neg.safety.Finding("GYM003", "error", "a set", loc=("sessions", 0, "sets", 9))
    with pytest.raises(neg.ValidationError, match="set 9"):
        neg.plot.finding_marks(sessions, [wrong_set])


def test_a_training_logs_athlete_gives_the_bodyweight_and_bad_inputs_are_named() -> None:
    athlete = neg.Athlete("ana", training_age_years=3, bodyweight=neg.kg(70))
    day = neg.Session(
        dt.date(2026, 1, 5), sets=[neg.Set(PULL_UP, reps=5, load=neg.kg(10), tempo="3-0-1-0")]
    )
    (volume,) = neg.plot.weekly_volumes(neg.TrainingLog(athlete, [day]), by="all")
    assert volume.summary.eccentric_volume.kg == pytest.approx(5 * 80)  # with the bodyweight
    with pytest.raises(TypeError, match=r"sessions\[1\]"):
        neg.plot.weekly_volumes([day, "x"])  # type: ignore[list-item]
    with pytest.raises(TypeError, match="exercise"):
        neg.plot.e1rm_history([day], 42)  # type: ignore[arg-type]
    with pytest.raises(neg.ValidationError, match="window_days"):
        neg.plot.e1rm_history([day], PULL_UP, window_days=0)
    # a bodyweight exercise without the bodyweight gives no estimate, and says why
    history = neg.plot.e1rm_history([day], PULL_UP)
    assert history.days_without_estimate == 1
    assert "bodyweight" in history.reason


def test_help_over_a_machines_load_is_named_as_such() -> None:
    item = neg.Set(
        neg.catalog.lookup("leg-press"),
        reps=2,
        load=neg.kg(10),
        tempo="2-0-2-0",
        assistance=neg.kg(30),
    )
    with pytest.raises(neg.ValidationError, match="help given on 'Leg Press' is more than"):
        neg.plot.phase_segments(item, bodyweight=neg.kg(75))
    with pytest.raises(neg.ValidationError, match="moves bodyweight"):
        neg.plot.phase_segments(neg.Set(PULL_UP, reps=2, load=neg.kg(0), tempo="2-0-2-0"))

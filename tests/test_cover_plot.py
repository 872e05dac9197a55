"""negatives.plot paths the other tests leave out (issue 14's coverage gate): per-limb
timelines, a set with nothing to draw, long sets, grids with empty cells and the footnotes."""

from __future__ import annotations

import datetime as dt

import pytest

import negatives as neg

pytest.importorskip("matplotlib")
import numpy as np
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

CURL = neg.catalog.lookup("barbell-curl")
BENCH = neg.catalog.lookup("bench-press")
LEG_EXTENSION = neg.catalog.lookup("leg-extension")
MONDAY = dt.date(2026, 1, 5)


def _line(figure: Figure, gid: str) -> list[float]:
    (line,) = [a for ax in figure.axes for a in ax.lines if a.get_gid() == gid]
    assert isinstance(line, Line2D)
    return [float(y) for y in np.asarray(line.get_ydata(), dtype=float)]


def _notes(figure: Figure) -> str:
    return "\n".join(t.get_text() for t in figure.texts if t.get_gid() == "note")


def test_a_per_limb_timeline_divides_each_phase_by_its_working_limbs() -> None:
    item = neg.overload.two_one(LEG_EXTENSION, working_load=neg.kg(40), working_reps=10)
    whole = neg.plot.phase_timeline(item)
    per_limb = neg.plot.phase_timeline(item, per_limb=True)
    segments = neg.plot.phase_segments(item)
    expected = [s.load.kg / s.limbs for s in segments for _ in "ab"]
    assert _line(per_limb, "load") == pytest.approx(expected)
    assert _line(per_limb, "athlete") == pytest.approx(expected)  # no help in a 2/1 set
    # lifted with two legs, lowered with one: each leg lowers twice what it lifts
    ys = _line(per_limb, "load")
    phases = [s.phase for s in segments for _ in "ab"]
    lowered = [y for y, p in zip(ys, phases, strict=True) if p is neg.Phase.ECCENTRIC]
    lifted = [y for y, p in zip(ys, phases, strict=True) if p is neg.Phase.CONCENTRIC]
    assert lowered == pytest.approx([item.load.kg] * len(lowered))
    assert lifted == pytest.approx([item.load.kg / 2] * len(lifted))
    assert _line(whole, "load") == pytest.approx([item.load.kg] * len(ys))


def test_a_set_whose_every_phase_lasts_no_time_is_refused() -> None:
    item = neg.Set(BENCH, reps=2, load=neg.kg(50), tempo="0-0-0-0")
    with pytest.raises(
        neg.ValidationError, match="every phase lasts 0 s: there is nothing to draw"
    ) as caught:
        neg.plot.phase_timeline(item)
    assert caught.value.problems[0].loc == ("tempo",)


def test_a_long_set_draws_each_help_band_without_its_number() -> None:
    def help_texts(figure: Figure) -> list[str]:
        return [t.get_text() for ax in figure.axes for t in ax.texts if " kg" in t.get_text()]

    short = neg.overload.partner_assisted_negatives(
        CURL, working_load=neg.kg(40), working_reps=10, overload=0.3, reps=10, tempo="4-1-1-1"
    )  # 40 phases: each band is labelled
    long = neg.overload.partner_assisted_negatives(
        CURL, working_load=neg.kg(40), working_reps=10, overload=0.3, reps=11, tempo="4-1-1-1"
    )  # 44 phases: no room
    for item, labelled in ((short, True), (long, False)):
        figure = neg.plot.phase_timeline(item)
        bands = [p for ax in figure.axes for p in ax.patches if p.get_gid() == "help"]
        assert len(bands) == item.reps
        assert bool(help_texts(figure)) is labelled


def _weekly_sessions() -> list[neg.Session]:
    return [
        neg.Session(
            MONDAY,
            sets=[
                neg.Set(CURL, reps=8, load=neg.kg(30)),
                neg.Set(BENCH, reps=5, load=neg.kg(80)),
                neg.Set(LEG_EXTENSION, reps=10, load=neg.kg(50)),
                neg.Set(CURL, reps=3, load=neg.kg(45), method="partner_assisted"),
            ],
        )
    ]


def test_a_grid_with_more_cells_than_groups_hides_the_empty_ones() -> None:
    figure = neg.plot.weekly_load(_weekly_sessions())
    visible = [ax.get_title(loc="left") or ax.get_title() for ax in figure.axes if ax.get_visible()]
    assert len(visible) == 3  # biceps, chest, quadriceps: a 2 x 2 grid
    assert sum(not ax.get_visible() for ax in figure.axes) == 1


def test_weekly_help_that_was_not_measured_is_noted() -> None:
    notes = _notes(neg.plot.weekly_load(_weekly_sessions()))
    assert "1 set(s) had help that was not measured: left out of the bars" in notes


def test_a_trend_notes_the_days_that_gave_no_estimate() -> None:
    sessions = [
        neg.Session(MONDAY, sets=[neg.Set(BENCH, reps=5, load=neg.kg(80))]),
        neg.Session(
            MONDAY + dt.timedelta(days=3),
            sets=[neg.Set(BENCH, reps=5, load=neg.kg(40), set_type="warmup")],
        ),
    ]
    notes = _notes(neg.plot.strength_trend(sessions, BENCH))
    assert "1 day(s) with the exercise gave no estimate (first: 2026-01-08: no working" in notes

"""The matplotlib figures (the ``plot`` extra); matplotlib is imported inside each function."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable
from typing import TYPE_CHECKING

import attrs

from ..analysis import week_start
from ..errors import MissingDependencyError, ValidationError
from ..model import Athlete, Exercise, Rep, Set
from ..safety import Finding, Report, Severity
from ..strength import DEFAULT_WINDOW_DAYS, Formula
from ..tempo import Phase
from ..units import Load, Unit
from . import _data
from ._palette import PHASE_COLOURS, SERIES

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = ["phase_timeline", "strength_trend", "weekly_load"]

_INSTALL = 'pip install "negatives[plot]"'

#: Marker of a finding by severity: shape as well as colour tells them apart.
_SEVERITY_MARKERS = {Severity.ERROR: "X", Severity.WARNING: "v", Severity.INFO: "o"}


def _new_figure(width: float, height: float) -> Figure:
    """A figure on the Agg canvas, without pyplot's global state."""
    try:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure
    except ImportError as error:
        raise MissingDependencyError(f"negatives.plot needs matplotlib: {_INSTALL}") from error
    figure = Figure(figsize=(width, height), layout="constrained")
    FigureCanvasAgg(figure)
    return figure


def _footnote(figure: Figure, lines: Iterable[str]) -> None:
    text = "\n".join(lines)
    if text:
        figure.text(0.01, 0.0, text, fontsize=8, va="bottom", ha="left", wrap=True, gid="note")


# -- the phase timeline ---------------------------------------------------------------------------


def phase_timeline(
    set_or_rep: Set | Rep,
    *,
    bodyweight: Load | None = None,
    unit: Unit | str | None = None,
    per_limb: bool = False,
) -> Figure:
    """The load through every phase of every rep: a negative set at a glance.

    The background shows each phase (eccentric orange, isometric yellow, concentric blue,
    labelled in the legend); the black line is the resistance (load on the bar, plus the
    bodyweight share of bodyweight exercises); the hatched band is the help a partner or device
    gives; the blue dashed line is what the athlete moves themselves. A partner-assisted set
    with its reps in ``rep_detail`` shows the help growing rep by rep. Reps follow each other
    without the (unknown) pauses between them. Phases of zero seconds are not drawn.

    The artists carry ids for restyling and testing: ``phase-eccentric``,
    ``phase-isometric``, ``phase-concentric`` (the shading), ``load``, ``help`` (one rectangle
    per assisted phase: from the athlete's share up to the load), ``athlete``, ``rep``
    (the boundaries between reps).

    Args:
        set_or_rep: a `Set` with a tempo (or reps with durations), or one `Rep`.
        bodyweight: the athlete's bodyweight, for bodyweight exercises.
        unit: the unit of the load axis (default: the set's).
        per_limb: divide every load by the limbs working in its phase: the 2/1 technique
            lifts with two legs and lowers with one, so each leg lowers twice what it lifts.

    Returns:
        A `matplotlib.figure.Figure` (save it with ``figure.savefig("timeline.png")``).

    Raises:
        MissingDependencyError: matplotlib is not installed (``pip install "negatives[plot]"``).
        ValidationError: the set has no tempo (durations are never invented) or a bodyweight
            exercise has no bodyweight.
    """
    segments = _data.phase_segments(set_or_rep, bodyweight=bodyweight, unit=unit)
    if per_limb:
        segments = tuple(_per_limb(s) for s in segments)
    if not segments:
        raise ValidationError.single(
            "tempo", "every phase lasts 0 s: there is nothing to draw", "phase_timeline"
        )
    from matplotlib.patches import Rectangle

    total = segments[-1].end
    figure = _new_figure(min(14.0, max(6.5, 3.0 + total / 6)), 4.6)
    ax = figure.add_subplot()
    target = segments[0].load.unit
    shaded: set[Phase] = set()
    for segment in segments:
        first = segment.phase not in shaded
        shaded.add(segment.phase)
        ax.add_patch(
            Rectangle(
                (segment.start, 0.0),
                segment.seconds,
                1.0,
                transform=ax.get_xaxis_transform(),
                facecolor=PHASE_COLOURS[segment.phase],
                alpha=0.22,
                linewidth=0,
                gid=f"phase-{segment.phase.value}",
                label=f"{segment.phase.value} phase" if first else "_nolegend_",
            )
        )
    helped = False
    for segment in segments:
        if segment.athlete is None or segment.assistance is None:
            continue
        height = segment.load.value - segment.athlete.value
        if height <= 0:
            continue
        ax.add_patch(
            Rectangle(
                (segment.start, segment.athlete.value),
                segment.seconds,
                height,
                facecolor=SERIES["help"],
                edgecolor=SERIES["help"],
                alpha=0.45,
                hatch="///",
                linewidth=0.5,
                gid="help",
                label="_nolegend_" if helped else "partner's help",
            )
        )
        helped = True
        if len(segments) <= 40:  # the help in numbers, while there is room for them
            ax.text(
                segment.start + segment.seconds / 2,
                segment.athlete.value + height / 2,
                _short(segment.assistance),
                ha="center",
                va="center",
                fontsize=7,
                rotation=90 if segment.seconds < 3 else 0,
            )
    xs = [x for s in segments for x in (s.start, s.end)]
    ax.plot(
        xs,
        [s.load.value for s in segments for _ in (0, 1)],
        color=SERIES["load"],
        linewidth=2,
        gid="load",
        label="load (bar + bodyweight share)" if _moves_bodyweight(set_or_rep) else "load",
    )
    ax.plot(
        xs,
        [math.nan if s.athlete is None else s.athlete.value for s in segments for _ in (0, 1)],
        color=SERIES["athlete"],
        linewidth=2,
        linestyle=(0, (4, 2)),
        gid="athlete",
        label="athlete's share",
    )
    starts: dict[int, float] = {}
    ends: dict[int, float] = {}
    for segment in segments:
        starts.setdefault(segment.rep, segment.start)
        ends[segment.rep] = segment.end
    for rep, start in starts.items():
        if start > 0:
            ax.axvline(start, color="#555555", linewidth=0.8, linestyle=":", gid="rep")
        if len(starts) > 1:
            ax.text(
                (start + ends[rep]) / 2,
                1.01,
                f"rep {rep}" if len(starts) <= 12 else str(rep),
                transform=ax.get_xaxis_transform(),
                ha="center",
                va="bottom",
                fontsize=8,
            )
    top = max(s.load.value for s in segments)
    ax.set_xlim(0, total)
    ax.set_ylim(0, top * 1.15 if top > 0 else 1)
    ax.set_xlabel("time (s)")
    ax.set_ylabel(f"load per limb ({target.value})" if per_limb else f"load ({target.value})")
    ax.set_title(_timeline_title(set_or_rep), loc="left", fontsize=11, pad=16)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, frameon=False)
    notes = []
    if any(s.assistance is None for s in segments):
        notes.append(
            "The partner's help was given but not measured rep by rep: the athlete's share of "
            "the lift is unknown and not drawn."
        )
    _footnote(figure, notes)
    return figure


def _per_limb(segment: _data.PhaseSegment) -> _data.PhaseSegment:
    n = segment.limbs
    return attrs.evolve(
        segment,
        load=segment.load / n,
        assistance=None if segment.assistance is None else segment.assistance / n,
        athlete=None if segment.athlete is None else segment.athlete / n,
    )


def _short(load: Load) -> str:
    # To a tenth: 10.2 kg and 12.5 kg stay apart (whole numbers made both 13 kg).
    return f"{round(load.value, 1):g} {load.unit.value}"


def _moves_bodyweight(set_or_rep: Set | Rep) -> bool:
    if isinstance(set_or_rep, Set):
        return bool(set_or_rep.exercise.bodyweight_fraction)
    return any(p.bodyweight is None or p.bodyweight.value > 0 for p in set_or_rep.phases)


def _timeline_title(set_or_rep: Set | Rep) -> str:
    if isinstance(set_or_rep, Rep):
        return "One repetition, phase by phase"
    item = set_or_rep
    tempo = f", tempo {item.tempo}" if item.tempo is not None else ""
    method = "" if item.method == "standard" else f" ({str(item.method).replace('_', ' ')})"
    return f"{item.exercise.name}: {item.reps} × {item.load}{method}{tempo}"


# -- weekly volume --------------------------------------------------------------------------------


def _date_axis(ax: Axes) -> None:
    import matplotlib.dates as mdates

    locator = mdates.AutoDateLocator(minticks=2, maxticks=7)  # type: ignore[no-untyped-call]
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))  # type: ignore[no-untyped-call]


def _week_axis(ax: Axes, weeks: tuple[dt.date, ...]) -> None:
    """Ticks in the middle of the weeks, at most eight labelled ("8 Jan", the year when new)."""
    step = max(1, math.ceil(len(weeks) / 8))
    chosen = weeks[::step]
    labels = []
    year = None
    for day in chosen:
        label = f"{day.day} {day:%b}"
        if day.year != year:
            label += f"\n{day.year}"
            year = day.year
        labels.append(label)
    ax.set_xticks([_num(day) + 3.5 for day in chosen], labels)
    ax.tick_params(axis="x", labelsize=8)


def _num(day: dt.date) -> float:
    import matplotlib.dates as mdates

    return float(mdates.date2num(dt.datetime(day.year, day.month, day.day)))  # type: ignore[no-untyped-call]


def weekly_load(
    sessions: _data.Sessions,
    *,
    findings: Report | Iterable[Finding] | None = None,
    by: _data.Grouping = "muscle",
    unit: Unit | str | None = None,
    bodyweight: Load | None = None,
    weeks: int | None = None,
    first_weekday: int = 0,
) -> Figure:
    """Weekly eccentric vs concentric volume per muscle group, safety findings on their weeks.

    One panel per group (largest total volume first). Each week has two bars: the athlete's
    eccentric volume (orange, left) and concentric volume (blue, right), from
    `negatives.analysis.summarize` of the group's working sets that week (see
    `weekly_volumes`): external load (both dumbbells of a pair) minus the help a partner or
    device gave. The two are equal for ordinary sets; partner-assisted negatives, negative-only
    and accentuated sets pull them apart. Weeks without training show as gaps.

    Findings (from `negatives.safety.check` over the same sessions, in the same order) are
    marked at the top of their week — an ``X`` for an error, ``v`` a warning, ``o`` info — in
    the panels of the muscle groups of the set they point at (every panel for a finding about
    a whole session), with their codes.

    Artists carry ids: ``eccentric`` and ``concentric`` (the bars; the left edge of a bar is
    half a day after its week's first day), ``finding`` (markers).

    Args:
        sessions: sessions, a session or a training log.
        findings: a safety `Report` or its findings, over the same sessions.
        by: ``"muscle"`` (primary muscle groups), ``"body_part"`` or ``"all"``.
        unit: the unit of the volume axis (default: the unit most sets were logged in).
        bodyweight: for bodyweight exercises (a training log's athlete's by default).
        weeks: show only the last this many weeks.
        first_weekday: 0 = weeks start on Monday (ISO) ... 6 = Sunday.

    Raises:
        MissingDependencyError: matplotlib is not installed (``pip install "negatives[plot]"``).
        ValidationError: there are no working sets, or the findings point at sessions or sets
            that ``sessions`` does not have.
    """
    if weeks is not None and (not isinstance(weeks, int) or isinstance(weeks, bool) or weeks < 1):
        raise ValidationError.single("weeks", f"must be a whole number >= 1, got {weeks!r}")
    items = _data.session_tuple(sessions)
    marks = (
        ()
        if findings is None
        else _data.finding_marks(items, findings, by=by, first_weekday=first_weekday)
    )
    if weeks is not None:  # summarise only the weeks shown
        every = _data.week_range(week_start(s.date, first_weekday=first_weekday) for s in items)
        since = every[-weeks:][0] if every else None
        items = tuple(
            s for s in items if since and week_start(s.date, first_weekday=first_weekday) >= since
        )
    volumes = _data.weekly_volumes(
        items,
        by=by,
        unit=unit,
        bodyweight=_data.log_bodyweight(sessions, bodyweight),
        first_weekday=first_weekday,
    )
    if not volumes:
        raise ValidationError.single(
            "sessions", "there are no working sets to chart (warm-ups are not counted)",
            "weekly_load",
        )  # fmt: skip
    shown = _data.week_range([v.week for v in volumes])
    if weeks is not None:
        shown = shown[-weeks:]
    first, last = shown[0], shown[-1]
    # only the weeks shown were summarised: every volume is in them
    groups = list(dict.fromkeys(v.group for v in volumes))
    target = volumes[0].summary.unit
    columns = 1 if len(groups) == 1 else 2 if len(groups) <= 4 else 3
    rows = math.ceil(len(groups) / columns)
    figure = _new_figure(4.4 * columns, 2.5 * rows + 1.1)
    axes = figure.subplots(rows, columns, squeeze=False, sharex=True)
    by_group: dict[str, list[_data.WeekVolume]] = {}
    for volume in volumes:
        by_group.setdefault(volume.group, []).append(volume)
    unknown_help = 0
    for index, group in enumerate(groups):
        ax = axes[index // columns][index % columns]
        cells = by_group.get(group, [])
        unknown_help += sum(c.summary.sets_unknown_assistance for c in cells)
        ax.bar(
            [_num(c.week) + 0.5 for c in cells],
            [c.summary.athlete_eccentric_volume.value for c in cells],
            width=3.0,
            align="edge",
            color=SERIES["eccentric"],
            gid="eccentric",
            label="eccentric (lowering)" if index == 0 else "_nolegend_",
        )
        ax.bar(
            [_num(c.week) + 3.5 for c in cells],
            [c.summary.athlete_concentric_volume.value for c in cells],
            width=3.0,
            align="edge",
            color=SERIES["concentric"],
            gid="concentric",
            label="concentric (lifting)" if index == 0 else "_nolegend_",
        )
        marked = _mark_findings(ax, marks, group, first, last, first_legend=index == 0)
        ax.set_title(group.replace("_", " "), loc="left", fontsize=10)
        ax.set_xlim(_num(first) - 0.5, _num(last) + 7.5)
        highest = max(
            (
                max(
                    c.summary.athlete_eccentric_volume.value,
                    c.summary.athlete_concentric_volume.value,
                )
                for c in cells
            ),
            default=0.0,
        )
        # room above the bars for the findings' markers and codes
        ax.set_ylim(0, (highest or 1.0) * (1.45 if marked else 1.1))
        if index % columns == 0:
            ax.set_ylabel(f"volume ({target.value})")
        _week_axis(ax, shown)
    for index in range(len(groups), rows * columns):
        axes[index // columns][index % columns].set_visible(False)
    for ax in axes[-1]:
        ax.set_xlabel("week of")
    what = {"muscle": "muscle group", "body_part": "body part", "all": "week"}[by]
    figure.suptitle(
        f"Weekly volume load per {what}: the athlete's eccentric vs concentric work",
        x=0.01,
        ha="left",
        fontsize=11,
    )
    figure.legend(loc="outside lower right", ncols=3, fontsize=8, frameon=False)
    notes = ["Working sets; external load (both dumbbells of a pair) minus the help given."]
    if unknown_help:
        notes.append(
            f"{unknown_help} set(s) had help that was not measured: left out of the bars of "
            "the phase it helped."
        )
    unplaced = sum(1 for m in marks if m.week is None)
    if unplaced:
        notes.append(f"{unplaced} finding(s) about the whole plan are not on a week.")
    _footnote(figure, notes)
    return figure


def _mark_findings(
    ax: Axes,
    marks: tuple[_data.FindingMark, ...],
    group: str,
    first: dt.date,
    last: dt.date,
    *,
    first_legend: bool,
) -> bool:
    """Mark the panel's weeks with findings; whether any was marked."""
    weeks: dict[dt.date, list[Finding]] = {}
    for mark in marks:
        if mark.week is None or not first <= mark.week <= last:
            continue
        if mark.groups and group not in mark.groups:
            continue
        weeks.setdefault(mark.week, []).append(mark.finding)
    labelled = not first_legend
    for week, found in sorted(weeks.items()):
        worst = max(found, key=lambda f: f.severity.rank).severity
        x = _num(week) + 3.5
        ax.plot(
            [x],
            [0.97],
            marker=_SEVERITY_MARKERS[worst],
            markersize=8,
            color=SERIES["finding"],
            linestyle="none",
            transform=ax.get_xaxis_transform(),
            clip_on=False,
            gid="finding",
            label="_nolegend_" if labelled else "safety finding",
        )
        labelled = True
        codes = ", ".join(dict.fromkeys(f.code for f in found))
        ax.text(
            x,
            0.88,
            codes,
            transform=ax.get_xaxis_transform(),
            ha="center",
            va="top",
            fontsize=7,
            color=SERIES["finding"],
        )
    return bool(weeks)


# -- strength over time ---------------------------------------------------------------------------


def strength_trend(
    sessions: _data.Sessions,
    exercise: Exercise | str,
    *,
    athlete: Athlete | None = None,
    formula: Formula = "consensus",
    unit: Unit | str | None = None,
    window_days: int = DEFAULT_WINDOW_DAYS,
) -> Figure:
    """Estimated 1RM over time, with the athlete's tested 1RM marked.

    The points are each training day's best estimate (see `e1rm_history`:
    `negatives.strength.one_rep_max` of the day alone; hollow when it came from a set of more
    than 10 reps). The line is the 1RM the log gives on each day: the best day over the
    ``window_days`` before it, which is what `one_rep_max` — and so every prescription without
    a tested 1RM — would use that day. The tested 1RM (``Athlete.concentric_1rm``) is a star
    on its date, or a dashed line when it has no date. Sets short of failure underestimate:
    the estimates are floors.

    Artists carry ids: ``e1rm`` (the line), ``e1rm-day`` (the days' points), ``e1rm-rough``
    (hollow points), ``tested``.

    Args:
        sessions: sessions, a session or a training log.
        exercise: the exercise or its id.
        athlete: the athlete (tested 1RM, bodyweight); a training log's by default.
        formula: the 1RM equation (default the consensus of seven).
        unit: the unit of the load axis (default: the unit most of the exercise's sets use).
        window_days: the look-back of the line, in days (as `one_rep_max`; default 90).

    Raises:
        MissingDependencyError: matplotlib is not installed (``pip install "negatives[plot]"``).
        ValidationError: no set of the exercise, or no day gives an estimate and there is no
            tested 1RM.
    """
    history = _data.e1rm_history(
        sessions, exercise, athlete=athlete, formula=formula, unit=unit, window_days=window_days
    )
    if not history.points and not history.tested:
        raise ValidationError.single(
            "exercise",
            f"no set of {history.exercise.id!r} gives a 1RM estimate ({history.reason}) and "
            "there is no tested 1RM",
            "strength_trend",
        )
    figure = _new_figure(7.5, 4.2)
    ax = figure.add_subplot()
    days = [_num(p.date) for p in history.points]
    plain = [p for p in history.points if not p.rough]
    ax.plot(
        [_num(p.date) for p in plain],
        [p.e1rm.value for p in plain],
        linestyle="none",
        marker="o",
        markersize=4 if len(days) > 60 else 5,
        color=SERIES["e1rm"],
        alpha=0.55,
        gid="e1rm-day",
        label=f"best set of the day ({history.formula})",
    )
    rough = [p for p in history.points if p.rough]
    if rough:
        ax.plot(
            [_num(p.date) for p in rough],
            [p.e1rm.value for p in rough],
            linestyle="none",
            marker="o",
            markersize=6,
            markerfacecolor="white",
            markeredgecolor=SERIES["e1rm"],
            gid="e1rm-rough",
            label="from a set of more than 10 reps (rough)",
        )
    ax.plot(
        days,
        [p.current.value for p in history.points],
        color=SERIES["e1rm"],
        linewidth=2,
        drawstyle="steps-post",
        gid="e1rm",
        label=f"1RM from the log (best of {history.window_days} days)",
    )
    for day, load in history.tested:
        if day is None:
            ax.axhline(
                load.value,
                color=SERIES["tested"],
                linestyle="--",
                linewidth=1.5,
                gid="tested",
                label=f"tested 1RM {load} (undated)",
            )
        else:
            ax.plot(
                [_num(day)],
                [load.value],
                linestyle="none",
                marker="*",
                markersize=15,
                color=SERIES["tested"],
                gid="tested",
                label=f"tested 1RM {load} ({day.isoformat()})",
            )
    spread = [*days, *(_num(d) for d, _ in history.tested if d is not None)]
    if spread and max(spread) - min(spread) < 28:  # a short log: show about a month
        middle = (max(spread) + min(spread)) / 2
        ax.set_xlim(middle - 16, middle + 16)
    _date_axis(ax)
    ax.set_xlabel("date")
    ax.set_ylabel(f"1RM ({history.unit.value})")
    ax.set_title(f"{history.exercise.name}: estimated 1RM over time", loc="left", fontsize=11)
    ax.margins(y=0.15)
    ax.legend(loc="lower left", fontsize=8, frameon=True, framealpha=0.85)
    notes = ["Sets short of failure underestimate the 1RM: the estimates are floors."]
    if history.days_without_estimate:
        notes.append(
            f"{history.days_without_estimate} day(s) with the exercise gave no estimate "
            f"(first: {history.reason})."
        )
    _footnote(figure, notes)
    return figure

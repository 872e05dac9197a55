"""A training report a coach opens: one self-contained HTML file.

`html` turns sessions (a training log, an imported export, a plan) into one HTML page: the
summary, weekly eccentric vs concentric volume per muscle group, estimated 1RM trends, the
latest eccentric-overload set phase by phase (when the log has one with a tempo), the safety
findings (code, message, fix, where) and what the safety policy could not check. The
CLI writes it with ``negatives report FILE --html report.html``.

The page stands alone: charts are inline SVG written here (matplotlib is *not* needed), the
style sheet is inline, there is no JavaScript, no web font and no network request (a content
security policy forbids them). Every text that comes from the input — exercise names, session
names, notes — is escaped. Every chart has a heading, a ``<title>`` and ``<desc>`` read by
screen readers, and a table of its numbers beside it. Colours are the Okabe-Ito palette,
never the only cue.

(The module is ``reporting``, not ``report``: ``safety.Report`` and ``io.ImportReport`` are
reports of their own, and ``report = neg.safety.check(...)`` is how the docs name a result.)

Examples:
    >>> import datetime as dt
    >>> import negatives as neg
    >>> curl = neg.catalog.lookup("barbell-curl")
    >>> day = neg.Session(dt.date(2026, 11, 23), sets=[
    ...     neg.Set(curl, reps=10, load=neg.kg(40), tempo="4-0-2-0")])
    >>> page = neg.reporting.html([day])
    >>> page.startswith("<!DOCTYPE html>"), "<script" in page, page.count("<svg")
    (True, False, 2)
"""

from __future__ import annotations

import datetime as dt
import html as _html
import math
from collections.abc import Callable, Iterable, Sequence

from . import analysis, safety
from ._checks import describe, shift_date
from .errors import NegativesError, ValidationError
from .model import Athlete, Exercise, Method, Session, Set, SetType, TrainingLog
from .plot._data import (
    FindingMark,
    Grouping,
    PhaseSegment,
    Sessions,
    StrengthHistory,
    WeekVolume,
    e1rm_history,
    finding_marks,
    main_unit,
    phase_segments,
    session_tuple,
    week_range,
    weekly_volumes,
)
from .plot._palette import PHASE_COLOURS, SERIES
from .strength import DEFAULT_WINDOW_DAYS
from .tempo import Phase
from .units import Load, Unit

__all__ = ["DEFAULT_EXERCISES", "DEFAULT_WEEKS", "PLOT_BACKGROUND", "html"]

#: Weeks shown in the weekly charts by default (the most recent ones; the tables say so).
DEFAULT_WEEKS = 12

#: How many exercises get a strength-trend chart by default (the most logged ones).
DEFAULT_EXERCISES = 6


def _e(text: object) -> str:
    """Text from anywhere, safe in HTML content and attribute values."""
    return _html.escape(str(text), quote=True)


def _num(value: float, digits: int = 0) -> str:
    return f"{value:,.{digits}f}"


# -- SVG ------------------------------------------------------------------------------------------

_W, _H = 560, 230
_LEFT, _RIGHT, _TOP, _BOTTOM = 62, 14, 30, 42


def _nice_step(span: float, count: int = 5) -> float:
    if span <= 0:
        return 1.0
    raw = span / count
    power = 10.0 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * power:
            return factor * power
    return 10 * power  # pragma: no cover - the loop always returns


def _ticks(low: float, high: float) -> list[float]:
    """Round numbers from at most ``low`` to at least ``high``, about five steps."""
    step = _nice_step(high - low)
    first = math.floor(low / step + 1e-9)
    last = math.ceil(high / step - 1e-9)
    return [round(k * step, 10) for k in range(first, max(last, first + 1) + 1)]


def _tick_label(value: float, step: float) -> str:
    digits = 0 if step >= 1 else max(0, -math.floor(math.log10(step) + 1e-9))
    if step % 1 and step > 1:  # 2.5
        digits = 1
    return f"{value:,.{digits}f}"


#: Above this many points a trend's points are small and carry no tooltip (the table has them).
_MAX_TITLED_POINTS = 150

#: The background of a chart's plotting area (used nowhere else on the page).
PLOT_BACKGROUND = "#F4F7FB"


def _svg_open(chart_id: str, title: str, desc: str, css_class: str) -> list[str]:
    return [
        f'<svg class="chart {css_class}" viewBox="0 0 {_W} {_H}" width="{_W}" height="{_H}" '
        f'role="img" aria-labelledby="{chart_id}-title {chart_id}-desc" '
        'xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{chart_id}-title">{_e(title)}</title>',
        f'<desc id="{chart_id}-desc">{_e(desc)}</desc>',
        f'<rect class="plot" x="{_LEFT}" y="{_TOP}" width="{_W - _LEFT - _RIGHT}" '
        f'height="{_H - _TOP - _BOTTOM}" fill="{PLOT_BACKGROUND}"/>',
    ]


def _y_axis(lines: list[str], ticks: list[float], y: Callable[[float], float], unit: Unit) -> None:
    step = ticks[1] - ticks[0] if len(ticks) > 1 else 1.0
    for tick in ticks:
        pos = y(tick)
        lines.append(
            f'<line class="grid" x1="{_LEFT}" x2="{_W - _RIGHT}" y1="{pos:.1f}" y2="{pos:.1f}"/>'
        )
        lines.append(
            f'<text class="tick" x="{_LEFT - 6}" y="{pos + 4:.1f}" text-anchor="end">'
            f"{_tick_label(tick, step)}</text>"
        )
    # The unit above the tick labels, left of the legend: a rotated label beside them would
    # run into five-digit ticks ("10,000").
    lines.append(
        f'<text class="axis-label" x="{_LEFT - 6}" y="18" text-anchor="end">{_e(unit.value)}</text>'
    )


def _legend(lines: list[str], items: Sequence[tuple[str, str, str]]) -> None:
    x: float = _LEFT
    for shape, colour, label in items:
        if shape == "bar":
            lines.append(f'<rect x="{x}" y="8" width="12" height="12" fill="{colour}"/>')
        elif shape == "dot":
            lines.append(f'<circle cx="{x + 6}" cy="14" r="5" fill="{colour}"/>')
        elif shape == "line":
            lines.append(
                f'<line x1="{x}" x2="{x + 13}" y1="14" y2="14" stroke="{colour}" '
                'stroke-width="2.5"/>'
            )
        elif shape == "dash":
            lines.append(
                f'<line x1="{x}" x2="{x + 13}" y1="14" y2="14" stroke="{colour}" '
                'stroke-width="2" stroke-dasharray="4 2"/>'
            )
        else:
            lines.append(_marker(shape, x + 6, 14, colour))
        lines.append(f'<text class="legend" x="{x + 17}" y="18">{_e(label)}</text>')
        x += 26 + 6.3 * len(label)


def _marker(shape: str, x: float, y: float, colour: str) -> str:
    if shape == "star":
        points = []
        for k in range(10):
            radius = 8 if k % 2 == 0 else 3.5
            angle = math.pi / 2 + k * math.pi / 5
            points.append(f"{x + radius * math.cos(angle):.1f},{y - radius * math.sin(angle):.1f}")
        return f'<polygon points="{" ".join(points)}" fill="{colour}"/>'
    # a downward triangle: a finding
    return (
        f'<polygon points="{x - 6:.1f},{y - 5:.1f} {x + 6:.1f},{y - 5:.1f} {x:.1f},{y + 6:.1f}" '
        f'fill="{colour}"/>'
    )


def _week_label(day: dt.date) -> str:
    return f"{day.day} {day:%b}"


def _bar_chart(
    chart_id: str,
    group: str,
    weeks: tuple[dt.date, ...],
    cells: dict[dt.date, WeekVolume],
    marks: dict[dt.date, list[FindingMark]],
    unit: Unit,
) -> str:
    label = group.replace("_", " ")
    top = max(
        [
            max(c.summary.athlete_eccentric_volume.value, c.summary.athlete_concentric_volume.value)
            for c in cells.values()
        ]
        or [0.0]
    )
    ticks = _ticks(0, top if top > 0 else 1)
    high = ticks[-1]
    plot_h = _H - _TOP - _BOTTOM
    slot = (_W - _LEFT - _RIGHT) / len(weeks)
    bar = min(28.0, slot * 0.38)

    def y(value: float) -> float:
        return _TOP + plot_h * (1 - value / high)

    # a chart is drawn only for a group with sets in a week shown: cells is never empty
    busiest = max(cells.values(), key=lambda c: c.summary.volume.value)
    desc = (
        f"Bars per week from {weeks[0].isoformat()} to {weeks[-1].isoformat()}: the athlete's "
        f"eccentric and concentric volume load of the {label}, in {unit.value}. Highest: week "
        f"of {busiest.week.isoformat()}, eccentric "
        f"{_num(busiest.summary.athlete_eccentric_volume.value)}, concentric "
        f"{_num(busiest.summary.athlete_concentric_volume.value)}."
    )
    if marks:
        desc += f" Safety findings in {len(marks)} week(s)."
    lines = _svg_open(chart_id, f"Weekly volume load: {label}", desc, "bars")
    _y_axis(lines, ticks, y, unit)
    step = max(1, math.ceil(len(weeks) / 8))
    for index, week in enumerate(weeks):
        left = _LEFT + index * slot
        middle = left + slot / 2
        cell = cells.get(week)
        if cell is not None:
            for kind, value, x in (
                ("eccentric", cell.summary.athlete_eccentric_volume.value, middle - bar),
                ("concentric", cell.summary.athlete_concentric_volume.value, middle),
            ):
                lines.append(
                    f'<rect class="bar {kind}" data-week="{week.isoformat()}" '
                    f'data-value="{value:.10g}" x="{x:.1f}" y="{y(value):.1f}" '
                    f'width="{bar:.1f}" height="{max(0.0, y(0) - y(value)):.1f}" '
                    f'fill="{SERIES[kind]}"><title>week of {week.isoformat()}: {kind} '
                    f"{_num(value)} {unit.value}</title></rect>"
                )
        found = marks.get(week)
        if found:
            codes = ", ".join(dict.fromkeys(m.finding.code for m in found))
            lines.append(
                f'<g class="mark" data-week="{week.isoformat()}">'
                + _marker("finding", middle, _TOP - 4, SERIES["finding"])
                + f"<title>week of {week.isoformat()}: {_e(codes)}</title></g>"
            )
        if index % step == 0:
            text = _week_label(week)
            if index == 0 or week.year != weeks[index - step].year:
                text += f" {week.year}"
            lines.append(
                f'<text class="tick" x="{middle:.1f}" y="{_H - _BOTTOM + 16}" '
                f'text-anchor="middle">{_e(text)}</text>'
            )
    lines.append(
        f'<line class="axis" x1="{_LEFT}" x2="{_W - _RIGHT}" y1="{y(0):.1f}" y2="{y(0):.1f}"/>'
    )
    legend = [
        ("bar", SERIES["eccentric"], "eccentric (lowering)"),
        ("bar", SERIES["concentric"], "concentric (lifting)"),
    ]
    if marks:
        legend.append(("finding", SERIES["finding"], "safety finding"))
    _legend(lines, legend)
    lines.append(
        f'<text class="axis-label" x="{(_LEFT + _W - _RIGHT) / 2:.0f}" y="{_H - 6}" '
        'text-anchor="middle">week of</text>'
    )
    lines.append("</svg>")
    return "\n".join(lines)


def _timeline_chart(chart_id: str, item: Set, segments: tuple[PhaseSegment, ...]) -> str:
    """A set phase by phase: phases shaded, the load, the partner's help, the athlete's share."""
    total = segments[-1].end
    top = max(seg.load.value for seg in segments)
    ticks = _ticks(0, top * 1.1 if top > 0 else 1)
    high = ticks[-1]
    unit = segments[0].load.unit
    plot_w = _W - _LEFT - _RIGHT
    plot_h = _H - _TOP - _BOTTOM

    def x(seconds: float) -> float:
        return _LEFT + plot_w * seconds / total

    def y(value: float) -> float:
        return _TOP + plot_h * (1 - value / high)

    helps = [seg for seg in segments if seg.phase is Phase.CONCENTRIC and seg.assistance]
    desc = (
        f"{item.exercise.name}, {item.reps} reps at {item.load:g}, phase by phase over "
        f"{total:g} s: shaded eccentric, isometric and concentric phases, the load as a line"
    )
    if helps:
        desc += (
            ", the partner's help on each lift as a band ("
            + ", ".join(f"{seg.assistance.value:.1f}" for seg in helps if seg.assistance)
            + f" {unit.value})"
        )
    desc += ", and the athlete's own share as a dashed line."
    lines = _svg_open(chart_id, f"Phase timeline: {item.exercise.name}", desc, "timeline")
    for seg in segments:
        lines.append(
            f'<rect class="phase {seg.phase.value}" x="{x(seg.start):.2f}" y="{_TOP}" '
            f'width="{x(seg.end) - x(seg.start):.2f}" height="{plot_h}" '
            f'fill="{PHASE_COLOURS[seg.phase]}" fill-opacity="0.25"/>'
        )
    _y_axis(lines, ticks, y, unit)
    for seg in segments:
        if seg.athlete is None or seg.assistance is None:
            continue
        height = seg.load.value - seg.athlete.value
        if height <= 0:
            continue
        lines.append(
            f'<rect class="help" data-rep="{seg.rep}" data-value="{seg.assistance.value:.10g}" '
            f'x="{x(seg.start):.2f}" y="{y(seg.load.value):.2f}" '
            f'width="{x(seg.end) - x(seg.start):.2f}" '
            f'height="{y(seg.athlete.value) - y(seg.load.value):.2f}" '
            f'fill="{SERIES["help"]}"><title>rep {seg.rep}: the partner lifts '
            f"{seg.assistance.value:.1f} {unit.value}</title></rect>"
        )
    load = " ".join(
        f"{x(t):.2f},{y(seg.load.value):.2f}" for seg in segments for t in (seg.start, seg.end)
    )
    lines.append(
        f'<polyline class="load" points="{load}" fill="none" stroke="{SERIES["load"]}" '
        'stroke-width="2"/>'
    )
    run: list[str] = []
    runs: list[list[str]] = []
    for seg in segments:
        if seg.athlete is None:
            if run:
                runs.append(run)
            run = []
            continue
        run += [f"{x(t):.2f},{y(seg.athlete.value):.2f}" for t in (seg.start, seg.end)]
    if run:
        runs.append(run)
    for points in runs:
        lines.append(
            f'<polyline class="athlete" points="{" ".join(points)}" fill="none" '
            f'stroke="{SERIES["athlete"]}" stroke-width="2.5" stroke-dasharray="6 3"/>'
        )
    starts: dict[int, float] = {}
    ends: dict[int, float] = {}
    for seg in segments:
        starts.setdefault(seg.rep, seg.start)
        ends[seg.rep] = seg.end
    for rep, start in starts.items():
        if start > 0:
            lines.append(
                f'<line class="rep" x1="{x(start):.2f}" x2="{x(start):.2f}" y1="{_TOP}" '
                f'y2="{_H - _BOTTOM}" stroke="#666666" stroke-dasharray="2 2"/>'
            )
        if len(starts) <= 12:
            lines.append(
                f'<text class="tick" x="{x((start + ends[rep]) / 2):.1f}" y="{_H - _BOTTOM + 16}" '
                f'text-anchor="middle">rep {rep}</text>'
            )
    lines.append(
        f'<line class="axis" x1="{_LEFT}" x2="{_W - _RIGHT}" y1="{y(0):.1f}" y2="{y(0):.1f}"/>'
    )
    legend = [
        ("bar", PHASE_COLOURS[p], f"{p.value}")
        for p in Phase
        if any(seg.phase is p for seg in segments)
    ]
    legend.append(("line", SERIES["load"], "load"))
    if helps:
        legend.append(("bar", SERIES["help"], "partner's help"))
    legend.append(("dash", SERIES["athlete"], "athlete"))
    _legend(lines, legend)
    lines.append(
        f'<text class="axis-label" x="{(_LEFT + _W - _RIGHT) / 2:.0f}" y="{_H - 6}" '
        f'text-anchor="middle">time ({total:g} s in all)</text>'
    )
    lines.append("</svg>")
    return "\n".join(lines)


def _line_chart(chart_id: str, history: StrengthHistory) -> str:
    points = history.points
    dated = [(d, load.value) for d, load in history.tested if d is not None]
    undated = [load.value for d, load in history.tested if d is None]
    days = [p.date for p in points] + [d for d, _ in dated]
    values = [p.e1rm.value for p in points] + [v for _, v in dated] + undated
    first, last = min(days), max(days)
    if (last - first).days < 28:
        middle = first + (last - first) / 2
        first, last = shift_date(middle, -14), shift_date(middle, 14)
    span_days = (last - first).days
    low, high = min(values), max(values)
    pad = max((high - low) * 0.15, high * 0.05, 1.0)
    ticks = _ticks(max(0.0, low - pad), high + pad)
    bottom, top = ticks[0], ticks[-1]
    plot_w = _W - _LEFT - _RIGHT
    plot_h = _H - _TOP - _BOTTOM

    def x(day: dt.date) -> float:
        return _LEFT + 8 + (plot_w - 16) * (day - first).days / span_days

    def y(value: float) -> float:
        return _TOP + plot_h * (1 - (value - bottom) / (top - bottom))

    name = history.exercise.name
    unit = history.unit
    desc = (
        f"Estimated 1RM of {name}, in {unit.value}: the best set of each training day as "
        f"points, and as a line the 1RM from the log (the best of the {history.window_days} "
        "days before)"
    )
    if points:
        best = max(points, key=lambda p: p.e1rm.value)
        desc += (
            f"; {len(points)} day(s) from {points[0].date.isoformat()} to "
            f"{points[-1].date.isoformat()}: 1RM from the log first "
            f"{_num(points[0].current.value, 1)}, last {_num(points[-1].current.value, 1)}; "
            f"best day {_num(best.e1rm.value, 1)} on {best.date.isoformat()}"
        )
    for day, load in history.tested:
        desc += f"; tested 1RM {load}" + (f" on {day.isoformat()}" if day else " (undated)")
    lines = _svg_open(chart_id, f"Estimated 1RM: {name}", desc + ".", "trend")
    _y_axis(lines, ticks, y, unit)
    for value in undated:
        lines.append(
            f'<line class="tested" x1="{_LEFT}" x2="{_W - _RIGHT}" y1="{y(value):.1f}" '
            f'y2="{y(value):.1f}" stroke="{SERIES["tested"]}" stroke-width="2" '
            'stroke-dasharray="6 4"/>'
        )
    # the 1RM from the log on each day: a step line (it holds until the next training day)
    steps: list[str] = []
    for index, p in enumerate(points):
        steps.append(f"{x(p.date):.1f},{y(p.current.value):.1f}")
        if index + 1 < len(points):
            steps.append(f"{x(points[index + 1].date):.1f},{y(p.current.value):.1f}")
    if steps:
        lines.append(
            f'<polyline class="e1rm" points="{" ".join(steps)}" fill="none" '
            f'stroke="{SERIES["e1rm"]}" stroke-width="2.5"/>'
        )
    many = len(points) > _MAX_TITLED_POINTS
    for p in points:
        fill = "#ffffff" if p.rough else SERIES["e1rm"]
        title = (
            ""
            if many
            else f"<title>{p.date.isoformat()}: best set {_num(p.e1rm.value, 1)} {unit.value}"
            f"{' (rough)' if p.rough else ''}</title>"
        )
        lines.append(
            f'<circle class="point{" rough" if p.rough else ""}" data-date="{p.date.isoformat()}" '
            f'data-value="{p.e1rm.value:.10g}" cx="{x(p.date):.1f}" cy="{y(p.e1rm.value):.1f}" '
            f'r="{2.5 if many else 4}" fill="{fill}" '
            f'stroke="{SERIES["e1rm"]}" stroke-width="1.5">{title}</circle>'
        )
    for day, value in dated:
        lines.append(
            f'<g class="tested" data-date="{day.isoformat()}" data-value="{value:.10g}">'
            + _marker("star", x(day), y(value), SERIES["tested"])
            + f"<title>tested 1RM {_num(value, 1)} {unit.value} on {day.isoformat()}</title></g>"
        )
    for index in range(5):
        day = first + dt.timedelta(days=round(span_days * index / 4))
        if span_days > 300:
            label = f"{day:%b} {day.year}"
        elif index in (0, 4):
            label = f"{day.day} {day:%b} {day.year}"
        else:
            label = f"{day.day} {day:%b}"
        anchor = "start" if index == 0 else "end" if index == 4 else "middle"
        lines.append(
            f'<text class="tick" x="{x(day):.1f}" y="{_H - _BOTTOM + 16}" '
            f'text-anchor="{anchor}">{_e(label)}</text>'
        )
    lines.append(
        f'<line class="axis" x1="{_LEFT}" x2="{_W - _RIGHT}" y1="{_H - _BOTTOM}" '
        f'y2="{_H - _BOTTOM}"/>'
    )
    legend = [
        ("line", SERIES["e1rm"], f"1RM from the log ({history.window_days} days)"),
        ("dot", SERIES["e1rm"], "best set of the day"),
    ]
    if dated:
        legend.append(("star", SERIES["tested"], "tested 1RM"))
    if undated:
        legend.append(("dash", SERIES["tested"], "tested 1RM (undated)"))
    _legend(lines, legend)
    lines.append(
        f'<text class="axis-label" x="{(_LEFT + _W - _RIGHT) / 2:.0f}" y="{_H - 6}" '
        'text-anchor="middle">date</text>'
    )
    lines.append("</svg>")
    return "\n".join(lines)


# -- HTML -----------------------------------------------------------------------------------------

_CSS = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica,
  Arial, sans-serif; color: #1b1b1b; background: #ffffff; }
main { max-width: 1180px; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
h1 { font-size: 1.8rem; margin: 0 0 .25rem; }
h2 { font-size: 1.35rem; margin: 2.2rem 0 .6rem; border-bottom: 2px solid #d0d0d0; }
h3 { font-size: 1.05rem; margin: 0 0 .3rem; }
p.meta { color: #444444; margin: 0; }
nav ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; }
a { color: #1a4f8a; }
.charts { display: grid; gap: 1.4rem 1.6rem;
  grid-template-columns: repeat(auto-fill, minmax(min(100%, 440px), 1fr)); }
figure { margin: 0; min-width: 0; }
.columns { display: flex; flex-wrap: wrap; gap: 0 3rem; align-items: flex-start; }
.small { font-size: .9rem; color: #444444; margin: 0; max-width: 24rem; }
figcaption { font-size: .9rem; color: #444444; margin: .2rem 0 .3rem; }
svg.chart { width: 100%; height: auto; display: block; }
svg .grid { stroke: #e3e3e3; stroke-width: 1; }
svg .axis { stroke: #333333; stroke-width: 1.2; }
svg text { font: 12px system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial,
  sans-serif; fill: #333333; }
svg .legend { font-size: 12px; }
details { margin: .3rem 0 0; }
summary { cursor: pointer; color: #1a4f8a; font-size: .9rem; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; margin: .4rem 0; font-size: .92rem; }
th, td { border-bottom: 1px solid #dddddd; padding: .25rem .6rem; text-align: left;
  vertical-align: top; }
th { background: #f3f3f3; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.sev { font-weight: 600; text-transform: uppercase; font-size: .8rem; }
.sev-error { color: #9b1c1c; }
.sev-warning { color: #7a4a00; }
.sev-info { color: #34495e; }
code { font-size: .88em; }
.note { background: #f6f6f6; border-left: 4px solid #bbbbbb; padding: .5rem .8rem; }
footer { margin-top: 3rem; color: #555555; font-size: .85rem; }
"""


def _table(
    headers: Sequence[str], rows: Iterable[Sequence[str]], numeric: Iterable[int] = ()
) -> str:
    """A table: ``headers`` are plain text, ``rows`` already-escaped cells."""
    right = set(numeric)
    head = "".join(
        f'<th scope="col"{" class=num" if i in right else ""}>{_e(h)}</th>'
        for i, h in enumerate(headers)
    )
    body = [
        "<tr>"
        + "".join(f"<td{' class=num' if i in right else ''}>{c}</td>" for i, c in enumerate(row))
        + "</tr>"
        for row in rows
    ]
    return (
        f'<div class="scroll"><table><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(body)}</tbody></table></div>"
    )


def _tut(summary: analysis.Summary) -> str:
    seconds = summary.time_under_tension
    if seconds is None or (summary.sets and summary.sets_without_tempo == summary.sets):
        return "unknown (no set has a tempo)"
    text = f"{_num(seconds)} s"
    if summary.sets_without_tempo:
        text += f" (+ {summary.sets_without_tempo} sets without a tempo: unknown)"
    return text


def _basis(summary: analysis.Summary) -> str:
    """Which volume the figures show, in words."""
    if summary.basis is analysis.VolumeBasis.LOGGED:
        return (
            "as logged (Σ weight × reps as the app wrote them: one dumbbell of a pair; an "
            "assisted machine's help counted as a negative weight)"
        )
    if summary.basis is analysis.VolumeBasis.EXTERNAL:
        return "the total external load (both dumbbells of a pair, both sides of a machine)"
    return "the resistance: the external load plus the bodyweight share of bodyweight exercises"


def _set_text(item: Set) -> str:
    method = "" if item.method == Method.STANDARD else f" ({str(item.method).replace('_', ' ')})"
    return f"{item.exercise.name}: {item.reps} × {item.load:g}{method}"


def _where(finding: safety.Finding, sessions: Sequence[Session]) -> str:
    loc = finding.loc
    parts = []
    if (
        loc[:1] == ("sessions",)
        and len(loc) >= 2
        and isinstance(loc[1], int)
        and 0 <= loc[1] < len(sessions)
    ):
        session = sessions[loc[1]]
        parts.append(session.date.isoformat() + (f" ({session.name})" if session.name else ""))
        if (
            len(loc) >= 4
            and loc[2] == "sets"
            and isinstance(loc[3], int)
            and 0 <= loc[3] < len(session.sets)
        ):
            parts.append(f"set {loc[3] + 1}: {_set_text(session.sets[loc[3]])}")
    path = f"<code>{_e(finding.where)}</code>"
    return (_e(", ".join(parts)) + "<br>" + path) if parts else path


def _select_exercises(
    items: Sequence[Session], exercises: int | Sequence[Exercise | str]
) -> list[Exercise | str]:
    """The exercises asked for, or the ``exercises`` most logged (working, lifted unaided)."""
    if isinstance(exercises, bool) or not isinstance(exercises, (int, Sequence)):
        raise TypeError(f"exercises must be a count or exercises, got {describe(exercises)}")
    if isinstance(exercises, str):
        raise TypeError("exercises must be a count or a list of exercises, got a string")
    if not isinstance(exercises, int):
        return list(exercises)
    if exercises < 0:
        raise ValidationError.single("exercises", f"must be >= 0, got {exercises}", "html")
    counts: dict[str, int] = {}
    known: dict[str, Exercise] = {}
    for session in items:
        for item in session.sets:
            if item.set_type is SetType.WARMUP or item.method not in (
                Method.STANDARD,
                Method.TEMPO_ECCENTRIC,
            ):
                continue
            counts[item.exercise.id] = counts.get(item.exercise.id, 0) + 1
            known[item.exercise.id] = item.exercise
    chosen = sorted(counts, key=lambda k: (-counts[k], k))
    return [known[k] for k in chosen]


def html(
    sessions: Sessions,
    *,
    athlete: Athlete | None = None,
    history: Iterable[Session] | None = None,
    policy: safety.Policy | None = None,
    unit: Unit | str | None = None,
    weeks: int | None = DEFAULT_WEEKS,
    exercises: int | Sequence[Exercise | str] = DEFAULT_EXERCISES,
    by: Grouping = "muscle",
    title: str | None = None,
) -> str:
    """The training report of ``sessions`` as one self-contained HTML page.

    Args:
        sessions: sessions, a session or a training log (whose athlete is used by default).
        athlete: the athlete: bodyweight, tested 1RMs, training age (for the safety check and
            the trends). Without one, what needs it is listed as not checked.
        history: earlier sessions for the safety check; ``None`` = unknown (rules that need it
            say they could not check), ``()`` = none.
        policy: the safety policy (the ``standard`` preset by default).
        unit: kg or lb (default: the unit most sets were logged in).
        weeks: how many of the most recent weeks the weekly charts show (``None``: all).
        exercises: how many exercises get a strength trend (the most logged ones with sets
            that give an estimate), or which ones.
        by: weekly charts per ``"muscle"`` group, ``"body_part"`` or ``"all"``.
        title: the page's title (default "Training report").

    Returns:
        The page, UTF-8 text starting with ``<!DOCTYPE html>``: write it to a ``.html`` file.

    Raises:
        ValidationError: bad ``weeks``, ``exercises`` or ``by``; an exercise named in
            ``exercises`` that the sessions do not have.
        PolicyError: the policy cannot be used.
    """
    items = session_tuple(sessions)
    if athlete is None and isinstance(sessions, TrainingLog):
        athlete = sessions.athlete
    if weeks is not None and (isinstance(weeks, bool) or not isinstance(weeks, int) or weeks < 1):
        raise ValidationError.single("weeks", f"must be a whole number >= 1, got {weeks!r}", "html")
    all_sets = [item for session in items for item in session.sets]
    target = main_unit(all_sets) if unit is None else Unit.parse(unit)
    bodyweight = athlete.bodyweight if athlete is not None else None
    summary = analysis.summarize(items, unit=target, bodyweight=bodyweight)
    report = safety.check(items, athlete=athlete, history=history, policy=policy)
    page_title = title or "Training report"

    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; img-src data:\">",
        '<meta name="generator" content="negatives">',
        f"<title>{_e(page_title)}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        "<main>",
        f"<h1>{_e(page_title)}</h1>",
    ]
    meta = []
    if athlete is not None:
        meta.append(f"athlete {athlete.id}")
    if items:
        dates = sorted(s.date for s in items)
        meta.append(
            f"{len(items)} session{'s' if len(items) != 1 else ''} from "
            f"{dates[0].isoformat()} to {dates[-1].isoformat()}"
        )
    else:
        meta.append("no sessions")
    meta.append(f"loads in {target.value}")
    out.append(f'<p class="meta">{_e(" · ".join(meta))}</p>')
    timeline = _timeline_section(items, bodyweight)
    contents = [
        ("summary", "Summary"),
        ("weekly", "Weekly volume"),
        ("strength", "Strength trends"),
        *([("timeline", "A negative set")] if timeline else []),
        ("safety", "Safety"),
        ("not-checked", "Not checked"),
        ("notes", "What the numbers mean"),
    ]
    out.append(
        '<nav aria-label="Contents"><ul>'
        + "".join(f'<li><a href="#{anchor}">{label}</a></li>' for anchor, label in contents)
        + "</ul></nav>"
    )
    out.append(_summary_section(summary, len(items)))
    out.append(_weekly_section(items, report, target, bodyweight, weeks, by))
    out.append(_strength_section(items, athlete, target, exercises))
    if timeline:
        out.append(timeline)
    out.append(_safety_section(report, items))
    out.append(_notes_section(summary))
    out.append(
        "<footer><p>Made with negatives. Volume load, eccentric share and time under tension "
        "are defined in the documentation's Analysis page; 1RM estimates in Strength "
        "estimates; the safety rules, with their sources, in Safety rules. Nothing here is "
        "medical advice.</p></footer>"
    )
    out += ["</main>", "</body>", "</html>", ""]
    return "\n".join(out)


def _summary_section(summary: analysis.Summary, sessions: int) -> str:
    unit = summary.unit.value
    share = summary.eccentric_share
    rows = [
        ("Sessions", _num(sessions)),
        ("Sets", _num(summary.sets)),
        ("Repetitions", _num(summary.reps)),
        ("Volume load", f"{_num(summary.volume.value)} {unit}"),
        (
            "Athlete's eccentric volume (whole load, less help)",
            f"{_num(summary.athlete_eccentric_volume.value)} {unit}",
        ),
        (
            "Athlete's concentric volume (whole load, less help)",
            f"{_num(summary.athlete_concentric_volume.value)} {unit}",
        ),
        ("Eccentric share", "unknown" if share is None else f"{share:.0%}"),
        ("Time under tension", _tut(summary)),
    ]
    muscles = sorted(summary.sets_per_muscle.items(), key=lambda kv: (-kv[1], kv[0].value))
    muscle_rows = [(_e(m.value.replace("_", " ")), f"{n:g}") for m, n in muscles]
    parts = [
        '<section aria-labelledby="summary"><h2 id="summary">Summary</h2>',
        f"<p>Volume: {_e(_basis(summary))}.</p>",
        '<div class="columns"><div>',
        "<h3>Totals</h3>",
        _table(["Figure", "Value"], [(_e(a), _e(b)) for a, b in rows], numeric=[1]),
        "</div>",
    ]
    if muscle_rows:
        parts.append("<div><h3>Working sets per muscle group</h3>")
        parts.append(
            "<p class=small>1 per primary muscle group of the exercise, 0.5 per secondary one; "
            "warm-ups are not counted. (The command line's per-muscle rows count the primary "
            "muscle groups only, with their volume.)</p>"
        )
        parts.append(_table(["Muscle group", "Sets"], muscle_rows, numeric=[1]))
        parts.append("</div>")
    parts.append("</div></section>")
    return "\n".join(parts)


def _weekly_section(
    items: tuple[Session, ...],
    report: safety.Report,
    unit: Unit,
    bodyweight: Load | None,
    weeks: int | None,
    by: Grouping,
) -> str:
    parts = [
        '<section aria-labelledby="weekly"><h2 id="weekly">Weekly volume</h2>',
        "<p>The athlete's eccentric (lowering) and concentric (lifting) volume load per week, "
        "for the working sets of each "
        + {"muscle": "primary muscle group", "body_part": "body part", "all": "week"}[by]
        + ": the whole load moved (both dumbbells of a pair) minus the help a partner or "
        "device gave. The two are equal for "
        "ordinary sets; negatives and heavier lowering pull them apart. A triangle marks a "
        "week with a safety finding.</p>",
    ]
    every = week_range(analysis.week_start(s.date) for s in items)
    shown = every if weeks is None else every[-weeks:]
    # only the weeks shown are summarised (a five-year log has 260 weeks)
    recent = [s for s in items if shown and analysis.week_start(s.date) >= shown[0]]
    volumes = weekly_volumes(recent, by=by, unit=unit, bodyweight=bodyweight)
    if not volumes:
        parts.append("<p>No working sets to chart.</p></section>")
        return "\n".join(parts)
    if len(shown) < len(every):
        parts.append(
            f'<p class="note">The last {len(shown)} of {len(every)} weeks '
            f"({shown[0].isoformat()} to {shown[-1].isoformat()}).</p>"
        )
    marks_by_week: dict[dt.date, list[FindingMark]] = {}
    for mark in finding_marks(items, report, by=by):
        if mark.week is not None:
            marks_by_week.setdefault(mark.week, []).append(mark)
    cells: dict[str, dict[dt.date, WeekVolume]] = {}
    for volume in volumes:  # all in the weeks shown: only those were summarised
        cells.setdefault(volume.group, {})[volume.week] = volume
    parts.append('<div class="charts">')
    for index, (group, by_week) in enumerate(cells.items()):
        chart_id = f"weekly-{index}"
        label = group.replace("_", " ")
        marks = {
            week: [m for m in found if not m.groups or group in m.groups]
            for week, found in marks_by_week.items()
            if shown[0] <= week <= shown[-1]
        }
        marks = {week: found for week, found in marks.items() if found}
        rows = []
        for week in shown:
            cell = by_week.get(week)
            codes = ", ".join(dict.fromkeys(m.finding.code for m in marks.get(week, [])))
            if cell is None:
                rows.append((week.isoformat(), "0", "–", "–", _e(codes)))
                continue
            s = cell.summary
            rows.append(
                (
                    week.isoformat(),
                    _num(s.sets),
                    _num(s.athlete_eccentric_volume.value),
                    _num(s.athlete_concentric_volume.value),
                    _e(codes),
                )
            )
        unknown = sum(c.summary.sets_unknown_assistance for c in by_week.values())
        caption = f"{len(by_week)} week(s) with working sets of the {label}." + (
            f" {unknown} set(s) had help that was not measured: left out of the bars."
            if unknown
            else ""
        )
        parts.append(
            f'<figure aria-labelledby="{chart_id}-h"><h3 id="{chart_id}-h">{_e(label)}</h3>'
            f"<figcaption>{_e(caption)}</figcaption>"
            + _bar_chart(chart_id, group, shown, by_week, marks, unit)
            + f"<details><summary>Data table: {_e(label)}</summary>"
            + _table(
                [
                    "Week of",
                    "Sets",
                    f"Eccentric ({unit.value})",
                    f"Concentric ({unit.value})",
                    "Findings",
                ],
                rows,
                numeric=[1, 2, 3],
            )
            + "</details></figure>"
        )
    parts.append("</div></section>")
    return "\n".join(parts)


def _strength_section(
    items: tuple[Session, ...],
    athlete: Athlete | None,
    unit: Unit,
    exercises: int | Sequence[Exercise | str],
) -> str:
    chosen = _select_exercises(items, exercises)
    limit = exercises if isinstance(exercises, int) else len(chosen)
    parts = [
        '<section aria-labelledby="strength"><h2 id="strength">Strength trends</h2>',
        "<p>Points: the best estimated one-rep max of each training day (the consensus of "
        "seven equations, from working sets lifted without help; sets of at most 10 reps "
        "first; hollow when from more than 10 reps). Line: the 1RM the log gives on each day, "
        f"the best day of the {DEFAULT_WINDOW_DAYS} days before — what prescriptions use when "
        "there is no tested 1RM. Sets short of failure underestimate: both are floors. A star "
        "is a tested 1RM on its date, a dashed line one without a date.</p>",
    ]
    histories: list[StrengthHistory] = []
    skipped: list[str] = []
    for exercise in chosen:
        if len(histories) >= limit:
            break
        # An exercise chosen from the sessions always has a history; one asked for that the
        # sessions lack raises (a ValidationError naming it).
        history = e1rm_history(items, exercise, athlete=athlete, unit=unit)
        if history.points or history.tested:
            histories.append(history)
        else:
            skipped.append(f"{history.exercise.name}: {history.reason}")
    if not histories:
        parts.append("<p>No exercise has sets that give a 1RM estimate.</p>")
    parts.append('<div class="charts">')
    for index, history in enumerate(histories):
        chart_id = f"trend-{index}"
        name = history.exercise.name
        rows = [
            (
                p.date.isoformat(),
                _num(p.e1rm.value, 1),
                _e(f"{p.set.load:g} × {p.set.reps}" + (" (rough: > 10 reps)" if p.rough else "")),
                _num(p.current.value, 1),
            )
            for p in history.points
        ]
        rows += [
            (day.isoformat() if day else "undated", "–", "tested 1RM", _num(load.value, 1))
            for day, load in history.tested
        ]
        caption = f"{len(history.points)} training day(s)."
        if history.days_without_estimate:
            caption += (
                f" {history.days_without_estimate} day(s) gave no estimate "
                f"(first: {history.reason})."
            )
        parts.append(
            f'<figure aria-labelledby="{chart_id}-h"><h3 id="{chart_id}-h">{_e(name)}</h3>'
            f"<figcaption>{_e(caption)}</figcaption>"
            + _line_chart(chart_id, history)
            + f"<details><summary>Data table: {_e(name)}</summary>"
            + _table(
                [
                    "Date",
                    f"Best set's e1RM ({history.unit.value})",
                    "Set",
                    f"1RM from the log ({history.unit.value})",
                ],
                rows,
                numeric=[1, 3],
            )
            + "</details></figure>"
        )
    parts.append("</div>")
    if skipped:
        parts.append("<p>No estimate for: " + _e("; ".join(skipped)) + ".</p>")
    parts.append("</section>")
    return "\n".join(parts)


def _timeline_section(items: Sequence[Session], bodyweight: Load | None) -> str:
    """The latest eccentric-overload set with known durations, phase by phase (or nothing).

    A set with a partner's help recorded rep by rep is preferred: it shows the method best.
    """
    chosen: tuple[tuple[bool, dt.date, int], Session, Set, tuple[PhaseSegment, ...]] | None
    chosen = None
    for session in items:
        for index, item in enumerate(session.sets):
            if item.method in (Method.STANDARD, Method.TEMPO_ECCENTRIC):
                continue
            try:
                segments = phase_segments(item, bodyweight=bodyweight)
            except NegativesError:  # no tempo or no bodyweight: nothing to draw, nothing made up
                continue
            helped = any(
                seg.assistance is not None and seg.assistance.value > 0 for seg in segments
            )
            key = (helped, session.date, index)
            if segments and (chosen is None or key >= chosen[0]):
                chosen = (key, session, item, segments)
    if chosen is None:
        return ""
    (_, _, index), session, item, segments = chosen
    unit = segments[0].load.unit.value
    rows = [
        (
            str(seg.rep),
            _e(seg.phase.value),
            f"{seg.seconds:g}",
            _num(seg.load.value, 1),
            "unknown" if seg.assistance is None else _num(seg.assistance.value, 1),
            "unknown" if seg.athlete is None else _num(seg.athlete.value, 1),
        )
        for seg in segments
    ]
    where = f"{session.date.isoformat()}" + (f" ({session.name})" if session.name else "")
    caption = f"Set {index + 1} of {where}: {_set_text(item)}, tempo {item.tempo or 'per rep'}."
    return "\n".join(
        [
            '<section aria-labelledby="timeline"><h2 id="timeline">A negative set, phase by '
            "phase</h2>",
            "<p>The latest eccentric-overload set of the log: how the load, the partner's help "
            "and the athlete's own share run through every lift and lowering.</p>",
            '<div class="charts"><figure aria-labelledby="timeline-0-h">'
            f'<h3 id="timeline-0-h">{_e(item.exercise.name)}</h3>'
            f"<figcaption>{_e(caption)}</figcaption>",
            _timeline_chart("timeline-0", item, segments),
            f"<details><summary>Data table: {_e(item.exercise.name)}, phase by phase</summary>",
            _table(
                [
                    "Rep",
                    "Phase",
                    "Seconds",
                    f"Load ({unit})",
                    f"Help ({unit})",
                    f"Athlete ({unit})",
                ],
                rows,
                numeric=[2, 3, 4, 5],
            ),
            "</details></figure></div></section>",
        ]
    )


def _safety_section(report: safety.Report, items: Sequence[Session]) -> str:
    counts = {s: sum(f.severity is s for f in report.findings) for s in safety.Severity}
    tally = ", ".join(
        f"{counts[s]} {s.value}{'s' if counts[s] != 1 else ''}" for s in reversed(safety.Severity)
    )
    parts = [
        '<section aria-labelledby="safety"><h2 id="safety">Safety</h2>',
        f"<p>Policy <strong>{_e(report.policy)}</strong>, {len(report.rules)} rules: "
        f"{_e(tally)}.</p>",
    ]
    if report.findings:
        rows = [
            (
                f'<span class="sev sev-{f.severity.value}">{_e(f.severity.value)}</span>',
                f"<code>{_e(f.code)}</code>",
                _e(f.message),
                _e(f.fix) if f.fix else "–",
                _where(f, items),
            )
            for f in report.findings
        ]
        parts.append(_table(["Severity", "Code", "Finding", "Fix", "Where"], rows))
    else:
        parts.append("<p>No findings.</p>")
    parts.append('<h3 id="not-checked">Not checked</h3>')
    if report.not_checked:
        parts.append(
            "<p>A rule that lacks what it needs says so here: these parts were "
            "<strong>not</strong> checked.</p>"
        )
        notes = [
            (
                f"<code>{_e(n.code)}</code>",
                _e(n.reason),
                _num(len(n.locs)) if n.locs else "everything",
            )
            for n in report.not_checked
        ]
        parts.append(_table(["Rule", "Why not", "Places"], notes, numeric=[2]))
    elif not report.findings:
        parts.append("<p>Everything was checked, and is fine.</p>")
    else:
        parts.append("<p>Every rule could check everything.</p>")
    parts.append("</section>")
    return "\n".join(parts)


def _notes_section(summary: analysis.Summary) -> str:
    notes = [
        f"Volume load is the {_e(_basis(summary))}: repetitions × resistance.",
        "The athlete's eccentric and concentric volumes (and the weekly charts) are of the whole "
        "load the athlete moved — both dumbbells of a pair, the bodyweight share of bodyweight "
        "exercises — less the help a partner or device gave; so with dumbbells they can exceed "
        "the volume load as logged.",
    ]
    if summary.sets_without_tempo:
        notes.append(
            f"{summary.sets_without_tempo} of {summary.sets} sets have no tempo: their time "
            "under tension is unknown and not counted (no durations are invented)."
        )
    if summary.sets_unknown_assistance:
        notes.append(
            f"{summary.sets_unknown_assistance} sets had help that was not measured: they are "
            "left out of the athlete's volume of the phase that was helped."
        )
    if summary.sets_missing_bodyweight:
        notes.append(
            f"{summary.sets_missing_bodyweight} bodyweight-exercise sets are counted without "
            "the bodyweight (no athlete bodyweight given)."
        )
    if summary.sets_without_muscles:
        notes.append(
            f"{summary.sets_without_muscles} sets are of exercises with no known muscle group "
            "(custom exercises): they count in the totals, not in any muscle group's chart."
        )
    items = "".join(f"<li>{note}</li>" for note in notes)
    return (
        '<section aria-labelledby="notes"><h2 id="notes">What the numbers mean</h2>'
        f"<ul>{items}</ul></section>"
    )

"""Figures of sets, weeks and strength: matplotlib, with the ``plot`` extra.

Install with ``pip install "negatives[plot]"``. matplotlib is imported only inside the figure
functions: ``import negatives.plot`` works without it, and so do the data functions below;
calling a figure function without it raises `negatives.MissingDependencyError` naming the
extra.

Figures (each returns a `matplotlib.figure.Figure` on the Agg canvas, built without pyplot's
global state: save it with ``figure.savefig("out.png")``, or show it in a notebook):

* `phase_timeline` — the load through every phase of every rep, the partner's help as a band
  and the athlete's share as a line: a negative set at a glance.
* `weekly_load` — weekly eccentric vs concentric volume per muscle group, safety findings on
  their weeks.
* `strength_trend` — estimated 1RM over time, tested 1RMs marked.

The numbers behind them, for other chart libraries (and the HTML report of
`negatives.reporting`): `phase_segments`, `weekly_volumes`, `finding_marks`, `e1rm_history`.

Colours are the Okabe-Ito palette (`OKABE_ITO`), safe for colour-blind readers; no chart relies
on colour alone.

Examples:
    >>> import negatives as neg
    >>> curl = neg.catalog.lookup("barbell-curl")
    >>> negative = neg.overload.partner_assisted_negatives(
    ...     curl, working_load=neg.kg(40), working_reps=10, overload=0.4, reps=4)
    >>> figure = neg.plot.phase_timeline(negative)      # doctest: +SKIP
    >>> figure.savefig("curl-negatives.png", dpi=150)   # doctest: +SKIP
    >>> segments = neg.plot.phase_segments(negative)
    >>> [round(s.assistance.value, 1) for s in segments if s.phase.value == "concentric"] == [
    ...     round(rep.assistance.value, 1) for rep in negative.expand()]
    True
"""

from __future__ import annotations

from ._data import (
    FindingMark,
    Grouping,
    PhaseSegment,
    Sessions,
    StrengthHistory,
    TrendPoint,
    WeekVolume,
    e1rm_history,
    finding_marks,
    phase_segments,
    weekly_volumes,
)
from ._figures import phase_timeline, strength_trend, weekly_load
from ._palette import OKABE_ITO, PHASE_COLOURS, SERIES

__all__ = [
    "OKABE_ITO",
    "PHASE_COLOURS",
    "SERIES",
    "FindingMark",
    "Grouping",
    "PhaseSegment",
    "Sessions",
    "StrengthHistory",
    "TrendPoint",
    "WeekVolume",
    "e1rm_history",
    "finding_marks",
    "phase_segments",
    "phase_timeline",
    "strength_trend",
    "weekly_load",
    "weekly_volumes",
]

"""The HTML report's paths the other tests leave out (issue 14's coverage gate): timelines of
unmeasured help and of many reps, trends of a tested 1RM alone, findings about the whole plan
or one session, and the notes on bodyweight sets."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping

import negatives as neg
from negatives import safety
from negatives.safety import Confidence, Context, Finding, ParamValue, Severity

CURL = neg.catalog.lookup("barbell-curl")
BENCH = neg.catalog.lookup("bench-press")
PULL_UP = neg.catalog.lookup("pull-up")
MONDAY = dt.date(2026, 1, 5)


def _section(page: str, anchor: str) -> str:
    start = page.index(f'id="{anchor}"')
    return page[start : page.index("</section>", start)]


def _timeline(page: str) -> str:
    start = page.index('class="chart timeline"')
    return page[start : page.index("</svg>", start)]


def _desc(svg: str) -> str:
    found = re.search(r"<desc[^>]*>(.*?)</desc>", svg, re.S)
    assert found is not None
    return found.group(1)


# -- the phase timeline -------------------------------------------------------------------------


def test_a_timeline_of_unmeasured_help_draws_no_band_and_breaks_the_athletes_line() -> None:
    # bench starts with the lowering: every rep ends on a lift whose help was not measured
    item = neg.Set(BENCH, reps=3, load=neg.kg(100), tempo="4-0-2-0", method="partner_assisted")
    svg = _timeline(neg.reporting.html([neg.Session(MONDAY, sets=[item])]))
    desc = _desc(svg)
    assert desc.startswith("Barbell Bench Press, 3 reps at 100 kg, phase by phase over 18 s")
    assert "help" not in desc
    assert 'class="help"' not in svg
    assert "partner&#x27;s help" not in svg  # no legend entry for a band not drawn
    # the athlete's share is known on each lowering only: one dashed piece per rep
    athlete = re.findall(r'<polyline class="athlete" points="([^"]+)"', svg)
    assert len(athlete) == 3
    assert all(len(points.split()) == 2 for points in athlete)
    assert re.findall(r">rep (\d+)<", svg) == ["1", "2", "3"]
    # a curl starts with the lift: the set starts with an unknown share, and ends on a known one
    curl = neg.Set(CURL, reps=2, load=neg.kg(50), tempo="4-0-2-0", method="partner_assisted")
    svg = _timeline(neg.reporting.html([neg.Session(MONDAY, sets=[curl])]))
    athlete = re.findall(r'<polyline class="athlete" points="([^"]+)"', svg)
    assert len(athlete) == 2


def test_a_timeline_of_many_reps_leaves_out_the_rep_labels() -> None:
    item = neg.Set(BENCH, reps=13, load=neg.kg(60), tempo="3-0-1-0", method="partner_assisted")
    svg = _timeline(neg.reporting.html([neg.Session(MONDAY, sets=[item])]))
    assert svg.count('<line class="rep"') == 12  # the boundaries are still drawn
    assert ">rep 1<" not in svg


def test_a_set_with_measured_help_is_drawn_before_a_later_one_without() -> None:
    measured = neg.overload.partner_assisted_negatives(
        CURL, working_load=neg.kg(40), working_reps=10, overload=0.3, reps=4
    )
    unmeasured = neg.Set(CURL, reps=5, load=neg.kg(50), tempo="4-0-1-0", method="partner_assisted")
    sessions = [
        neg.Session(MONDAY, sets=[measured]),
        neg.Session(MONDAY + dt.timedelta(days=7), sets=[unmeasured]),
    ]
    svg = _timeline(neg.reporting.html(sessions))
    assert _desc(svg).startswith(f"Barbell Curl, 4 reps at {measured.load:g}")
    assert svg.count('<rect class="help"') == 4


# -- strength trends ----------------------------------------------------------------------------


def test_a_tested_1rm_alone_draws_its_mark_and_no_estimates() -> None:
    warmups = [
        neg.Session(MONDAY, sets=[neg.Set(BENCH, reps=8, load=neg.kg(40), set_type="warmup")])
    ]
    athlete = neg.Athlete(
        "ana",
        training_age_years=3,
        concentric_1rm={"bench-press": neg.kg(100)},
        concentric_1rm_dates={"bench-press": MONDAY},
    )
    page = neg.reporting.html(warmups, athlete=athlete, exercises=["bench-press"])
    start = page.index('class="chart trend"')
    svg = page[start : page.index("</svg>", start)]
    desc = _desc(svg)
    assert "day(s) from" not in desc  # no training day gave an estimate
    assert desc.endswith(f"; tested 1RM 100 kg on {MONDAY.isoformat()}.")
    assert 'class="e1rm"' not in svg
    assert "<figcaption>0 training day(s). 1 day(s) gave no estimate (first: " in page


def test_a_day_without_an_estimate_is_counted_in_the_caption() -> None:
    sessions = [
        neg.Session(MONDAY, sets=[neg.Set(BENCH, reps=5, load=neg.kg(80))]),
        neg.Session(
            MONDAY + dt.timedelta(days=3),
            sets=[neg.Set(BENCH, reps=5, load=neg.kg(40), set_type="warmup")],
        ),
    ]
    caption = re.search(
        r'<h3 id="trend-0-h">Barbell Bench Press</h3><figcaption>([^<]*)</figcaption>',
        neg.reporting.html(sessions),
    )
    assert caption is not None
    assert caption.group(1) == (
        "1 training day(s). 1 day(s) gave no estimate (first: 2026-01-08: no working set "
        "lifted without help (warm-ups, partner-assisted, negative-only, 2/1 and accentuated "
        "sets give no estimate))."
    )


# -- findings about the plan, a session, a set ---------------------------------------------------


class WholePlan:
    """A test rule: one finding about the whole plan, one about the first session."""

    code = "ZZT101"
    name = "whole-plan"
    summary = "Says something about the plan and its first session."
    severity = Severity.WARNING
    citation = "a test"
    confidence: Confidence = "low"
    parameters: Mapping[str, ParamValue] = {}

    def check(self, context: Context) -> Iterator[Finding]:
        yield context.finding("too many weeks in a row")
        yield context.finding("the first session is long", loc=context.loc(0))


def _plan() -> list[neg.Session]:
    return [
        neg.Session(MONDAY, name="Arms", sets=[neg.Set(CURL, reps=8, load=neg.kg(30))]),
        neg.Session(MONDAY + dt.timedelta(days=7), sets=[neg.Set(CURL, reps=8, load=neg.kg(32))]),
    ]


def test_findings_about_the_plan_and_a_session_are_located_and_marked() -> None:
    policy = safety.Policy(select=()).with_rule(WholePlan())
    report = safety.check(_plan(), policy=policy)
    assert [f.loc for f in report.findings] == [(), ("sessions", 0)]
    page = neg.reporting.html(_plan(), policy=policy)
    table = _section(page, "safety")
    rows = re.findall(r"<tr>(.*?)</tr>", table, re.S)
    plan_row = next(r for r in rows if "too many weeks" in r)
    session_row = next(r for r in rows if "first session" in r)
    assert plan_row.endswith("<td><code>$</code></td>")  # no date: the whole plan
    assert session_row.endswith(
        f"<td>{MONDAY.isoformat()} (Arms)<br><code>$.sessions[0]</code></td>"
    )
    assert "<p>Every rule could check everything.</p>" in table
    # the session's finding marks its week; the plan's has no week to mark
    weekly = _section(page, "weekly")
    assert len(re.findall(r"<td>ZZT101</td>", weekly)) == 1


def test_the_text_report_lists_a_finding_without_a_fix_on_one_line() -> None:
    policy = safety.Policy(select=()).with_rule(WholePlan())
    text = safety.check(_plan(), policy=policy).text()
    assert text.splitlines()[1:] == [
        "$ (the session)",
        "  WARNING ZZT101 $: too many weeks in a row",
        "$.sessions[0]",
        "  WARNING ZZT101 $.sessions[0]: the first session is long",
    ]


def test_a_rule_locates_a_session_and_a_set_by_their_indices() -> None:
    seen: list[tuple[object, ...]] = []

    class Locating(WholePlan):
        def check(self, context: Context) -> Iterator[Finding]:
            seen.extend((context.loc(1), context.loc(1, 0)))
            return iter(())

    safety.check(_plan(), policy=safety.Policy(select=()).with_rule(Locating()))
    assert seen == [("sessions", 1), ("sessions", 1, "sets", 0)]


# -- notes ----------------------------------------------------------------------------------------


def test_bodyweight_sets_without_the_bodyweight_are_noted() -> None:
    sessions = [neg.Session(MONDAY, sets=[neg.Set(PULL_UP, reps=8, load=neg.kg(0))] * 2)]
    notes = _section(neg.reporting.html(sessions), "notes")
    assert "2 bodyweight-exercise sets are counted without the bodyweight" in notes
    athlete = neg.Athlete("a", training_age_years=1, bodyweight=neg.kg(80))
    notes = _section(neg.reporting.html(sessions, athlete=athlete), "notes")
    assert "counted without the bodyweight" not in notes

"""What the mutation-killing tests share: one rule run alone, and athletes and sessions."""

from __future__ import annotations

import datetime as dt
from typing import Any

import negatives as neg
from negatives.safety import Finding, NotChecked, Policy, Report, check

kg = neg.kg
DAY = dt.date(2026, 11, 23)


def only(code: str, **params: Any) -> Policy:
    """A policy that runs ``code`` alone, with its defaults (or ``params``)."""
    policy = Policy(name="only", select=(code,))
    return policy.with_params(code, **params) if params else policy


def run(
    subject: neg.Session | tuple[neg.Session, ...],
    code: str,
    *,
    athlete: neg.Athlete | None = None,
    history: tuple[neg.Session, ...] | None = None,
    **params: Any,
) -> Report:
    """Check ``subject`` with rule ``code`` alone."""
    report = check(subject, athlete=athlete, history=history, policy=only(code, **params))
    assert report.rules == (code,)
    return report


def single(report: Report) -> Finding:
    """The one finding of a report."""
    assert len(report.findings) == 1, report.text()
    return report.findings[0]


def note(report: Report) -> NotChecked:
    """The one not-checked note of a report."""
    assert len(report.not_checked) == 1, report.text()
    return report.not_checked[0]


def lifter(bodyweight: float | None = 80, **maxima: float) -> neg.Athlete:
    """A trained athlete with 1RMs (``bench_press=100``) and a bodyweight."""
    return neg.Athlete(
        "kim",
        training_age_years=4,
        concentric_1rm={key.replace("_", "-"): kg(value) for key, value in maxima.items()},
        bodyweight=None if bodyweight is None else kg(bodyweight),
    )


def session(*sets: neg.Set, setup: neg.Setup | None = None, day: dt.date = DAY) -> neg.Session:
    """One session of ``sets``."""
    return neg.Session(day, sets=list(sets), setup=setup)

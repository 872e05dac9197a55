"""Real inputs the fuzz tests start from: the sample exports, and documents of every kind.

Everything here is built once, deterministically, from the sample exports in
``tests/data/exports`` and from the library's own builders (templates, `build_program`,
`summarize`, `check`), so that mutations start from what real programs write.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import negatives as neg
from negatives.io import ImportReport, read_export, write_csv
from negatives.progressions import build_program, templates

EXPORTS = Path(__file__).resolve().parent.parent / "data" / "exports"

#: The unit each sample needs (``None``: the file says), as tests/test_io_import.py has it.
UNITS: Mapping[str, str | None] = {
    "strong-basic.csv": "kg",
    "strong-multiworkout.csv": "kg",
    "strong-real.csv": "lb",
    "strong-semicolon-sample.csv": None,
    "hevy-basic.csv": None,
    "hevy-exercise-notes.csv": None,
    "hevy-real.csv": None,
    "hevy-supersets.csv": None,
    "fitnotes-sample.csv": None,
    "fitnotes-unit-column-sample.csv": None,
    "jefit-real.csv": "kg",
    "jefit-basic.csv": "kg",
    "jefit-full-sample.csv": None,
}

DAY = dt.date(2026, 11, 23)


def balanced(report: ImportReport) -> bool:
    """The accounting identity of an import (as tests/test_io_import.py states it)."""
    return report.rows_read == report.rows_imported + len(report.skipped) + len(report.structural)


@functools.cache
def samples() -> tuple[tuple[str, str, bytes], ...]:
    """``(name, format, bytes)`` of every sample export, and a ``negatives`` CSV of each.

    The ``negatives`` format has no app sample: its samples are what `write_csv` writes for
    the sessions of the real samples (the writer's own output, kept in step with it).
    """
    found: list[tuple[str, str, bytes]] = []
    for path in sorted(EXPORTS.glob("*.csv")):
        data = path.read_bytes()
        found.append((path.name, path.name.split("-")[0], data))
        result = read_export(path, unit=UNITS.get(path.name), tz="Europe/Oslo")
        if result.sessions:
            text = io.StringIO()
            write_csv(result.sessions, text)
            written = f"negatives-from-{path.name}"
            found.append((written, "negatives", text.getvalue().encode("utf-8")))
    return tuple(found)


@functools.cache
def imported_logs() -> tuple[neg.TrainingLog, ...]:
    """A training log of each sample export that imports sessions."""
    logs = []
    for path in sorted(EXPORTS.glob("*.csv")):
        result = read_export(path, unit=UNITS.get(path.name), tz="Europe/Oslo")
        if result.sessions:
            logs.append(neg.TrainingLog(None, result.sessions))
    return tuple(logs)


ATHLETE = neg.Athlete(
    "ana",
    training_age_years=4,
    concentric_1rm={
        "bench-press": neg.kg(100),
        "barbell-curl": neg.kg(50),
        "back-squat": neg.kg(140),
    },
    bodyweight=neg.kg(70),
    sex="female",
    birth_year=1990,
)


@functools.cache
def documents() -> tuple[object, ...]:
    """Real objects of every document kind (`negatives.serialization.KINDS`)."""
    objects: list[object] = [ATHLETE]
    logs = imported_logs()
    first = logs[0].sessions[0]
    objects.extend(logs[:3])
    objects.extend(log.sessions[0] for log in logs)
    objects.extend(first.sets[:3])
    a_set = first.sets[0]
    rep = a_set.expand()[0]
    objects.extend([a_set.exercise, a_set.load, rep, *rep.phases])
    objects.extend(s.source for s in (first, logs[-1].sessions[0]) if s.source is not None)
    prescription = neg.Prescription(
        a_set.exercise, sets=3, reps=(8, 10), fraction_1rm=0.7, tempo="4-0-2-0"
    )
    objects.extend([prescription, prescription.reps, neg.Tempo.parse("31X0")])
    objects.append(neg.Setup(spotters=1, partner_max_assist=neg.kg(40)))
    objects.append(neg.safety.Policy.preset("standard"))
    objects.append(neg.safety.Policy.preset("conservative"))
    bench = neg.catalog.lookup("bench-press")
    risky = neg.Session(
        DAY,
        sets=[neg.overload.accentuated_eccentric(bench, athlete=ATHLETE)],
        setup=neg.Setup(spotters=0),
    )
    report = neg.safety.check(risky, athlete=ATHLETE)
    objects.append(report)
    objects.extend(report.findings[:2])
    for log in logs[:2]:
        objects.append(neg.analysis.summarize(log, per_muscle=True))
    program = templates.template("seed-negatives", start=DAY, weeks=2)
    objects.append(program)
    objects.append(templates.template("walker-ael", start=DAY, weeks=2))
    objects.append(build_program(program, ATHLETE, history=()))
    assisted = neg.overload.partner_assisted_negatives(
        neg.catalog.lookup("bench-press"),
        athlete=ATHLETE,
        reps=6,
        setup=neg.Setup(spotters=2, partner_max_assist=neg.kg(40)),
    )
    objects.append(assisted)
    if assisted.prescription is not None:
        objects.append(assisted.prescription)
        objects.append(assisted.prescription.basis)
    objects.append(neg.Session(DAY, sets=[assisted, a_set], name="Mixed", setup=assisted.setup))
    return tuple(o for o in objects if o is not None)


@functools.cache
def document_trees() -> tuple[tuple[type, Any], ...]:
    """Each of `documents` as its type and its parsed JSON document."""
    return tuple((type(obj), json.loads(neg.to_json(obj))) for obj in documents())

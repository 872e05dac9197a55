"""Writers: a training log as a JSON document, or sessions as a flat CSV (one row per set).

The CSV is for spreadsheets: text cells that a spreadsheet would run as a formula (starting
with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return) are prefixed with ``'``, as OWASP
recommends against CSV injection.
"""

from __future__ import annotations

import csv
import math
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import IO

from ..model import Session, Set, TrainingLog
from ..serialization import to_json

__all__ = ["CSV_COLUMNS", "escape_cell", "write_csv", "write_json"]

#: The columns of `write_csv`, in order.
CSV_COLUMNS = (
    "date",
    "start",
    "session",
    "session_id",
    "set_number",
    "exercise_id",
    "exercise",
    "set_type",
    "method",
    "reps",
    "load",
    "unit",
    "total_load_kg",
    "tempo",
    "eccentric_load_kg",
    "concentric_load_kg",
    "assistance_kg",
    "time_under_tension_s",
    "rpe",
    "rir",
    "rest_s",
    "superset",
    "notes",
)

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def escape_cell(text: str) -> str:
    """``text`` made safe for spreadsheets (OWASP CSV injection): formulas become text.

    Examples:
        >>> escape_cell("=HYPERLINK(1)"), escape_cell("felt good")
        ("'=HYPERLINK(1)", 'felt good')
    """
    return f"'{text}" if text.startswith(_FORMULA_STARTS) else text


Target = str | os.PathLike[str] | IO[str]
"""Where to write: a path, or an open text file."""


@contextmanager
def _opened(target: Target, newline: str | None = None) -> Iterator[IO[str]]:
    if isinstance(target, (str, os.PathLike)):
        with open(target, "w", encoding="utf-8", newline=newline) as handle:
            yield handle
    else:
        yield target


def _number(value: float | None, digits: int = 3) -> str:
    if value is None or not math.isfinite(value):
        return ""
    text = f"{value:.{digits}f}".rstrip("0").rstrip(".")
    return text if text not in ("", "-0") else "0"


def _mean_kg(values: list[float | None]) -> float | None:
    known = [v for v in values if v is not None]
    if len(known) != len(values) or not known:
        return None
    return sum(known) / len(known)


def _row(session: Session, number: int, item: Set) -> list[str]:
    reps = item.expand()
    eccentric = _mean_kg(
        [r.eccentric.resistance.kg if r.eccentric.resistance else None for r in reps]
    )
    concentric = _mean_kg(
        [r.concentric.resistance.kg if r.concentric.resistance else None for r in reps]
    )
    assistance = _mean_kg([r.assistance.kg if r.assistance is not None else None for r in reps])
    text_cells = {
        "session": session.name,
        "session_id": session.id or "",
        "exercise_id": item.exercise.id,
        "exercise": item.exercise.name,
        "superset": item.superset or "",
        "notes": item.notes,
        "method": str(item.method),
    }
    row: dict[str, str] = {
        "date": session.date.isoformat(),
        "start": session.start.isoformat() if session.start is not None else "",
        "set_number": str(number),
        "set_type": item.set_type.value,
        "reps": str(item.reps),
        "load": _number(item.load.value),
        "unit": item.load.unit.value,
        "total_load_kg": _number(item.total_load.kg),
        "tempo": str(item.tempo) if item.tempo is not None else "",
        "eccentric_load_kg": _number(eccentric),
        "concentric_load_kg": _number(concentric),
        "assistance_kg": _number(assistance),
        "time_under_tension_s": _number(item.time_under_tension, 1),
        "rpe": _number(item.rpe, 1),
        "rir": _number(item.rir, 1),
        "rest_s": _number(item.rest, 1),
        **{key: escape_cell(value) for key, value in text_cells.items()},
    }
    return [row[column] for column in CSV_COLUMNS]


def write_csv(sessions: Iterable[Session] | TrainingLog, target: Target) -> int:
    """Write sessions as CSV, one row per set (`CSV_COLUMNS`); returns the rows written.

    Loads are as logged (``load`` in ``unit``) and as totals in kg; eccentric and concentric
    loads are per rep (the mean over reps when they differ), including any bodyweight share in
    the sets' phases; ``assistance_kg`` is the help on the lift per rep (blank when it was given
    but not measured). Unknown values are blank, never guessed.

    Examples:
        >>> import datetime as dt, io
        >>> import negatives as neg
        >>> curl = neg.catalog.lookup("barbell-curl")
        >>> day = neg.Session(dt.date(2026, 11, 23), sets=[neg.Set(curl, reps=8, load=neg.kg(40))])
        >>> out = io.StringIO()
        >>> write_csv([day], out)
        1
        >>> out.getvalue().splitlines()[1][:60]
        '2026-11-23,,,,1,barbell-curl,Barbell Curl,normal,standard,8,'
    """
    items = sessions.sessions if isinstance(sessions, TrainingLog) else sessions
    count = 0
    with _opened(target, newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(CSV_COLUMNS)
        for session in items:
            for number, item in enumerate(session.sets, start=1):
                writer.writerow(_row(session, number, item))
                count += 1
    return count


def write_json(log: TrainingLog, target: Target, *, indent: int | None = 2) -> None:
    """Write a training log as a JSON document (see `negatives.to_json`).

    Examples:
        >>> import io
        >>> import negatives as neg
        >>> out = io.StringIO()
        >>> write_json(neg.TrainingLog(None, []), out, indent=None)
        >>> print(out.getvalue(), end="")
        {"schema": 1, "kind": "training_log", "athlete": null, "sessions": []}
    """
    text = to_json(log, indent=indent)
    with _opened(target) as handle:
        handle.write(text)
        handle.write("\n")

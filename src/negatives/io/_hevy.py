"""Hevy's CSV export.

Loads are in ``weight_kg`` (kilogram users) or ``weight_lbs`` (pound users), sometimes both;
dates are ISO 8601 (``2024-01-15T10:30:00Z``) or human (``30 Jun 2025, 19:56``); ``set_type``
is a word (``normal``, ``warmup``, ``dropset``, ``failure``) or, in some exports, a number
whose meaning Hevy does not document (kept as text, the set imported as a normal set);
``set_index`` counts from 0 or 1 (the order of the rows is kept either way).
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model import SetType
from ..units import Unit
from ._reader import (
    Context,
    Entry,
    Parsed,
    Row,
    check_columns,
    each_row,
    has_columns,
    header_cells,
    normal,
)
from ._values import RowError, parse_datetime, parse_float, parse_int

__all__ = ["Hevy"]

_REQUIRED = ("title", "start_time", "exercise_title", "reps")
_SET_TYPES = {
    "normal": SetType.NORMAL,
    "warmup": SetType.WARMUP,
    "warm-up": SetType.WARMUP,
    "warm_up": SetType.WARMUP,
    "dropset": SetType.DROP,
    "drop_set": SetType.DROP,
    "drop": SetType.DROP,
    "failure": SetType.FAILURE,
}
_ZERO = ("", "0", "0.0")


class Hevy:
    """The Hevy app (hevy.com) CSV export."""

    name = "hevy"
    app = "Hevy"

    def detect(self, first_line: str) -> bool:
        return has_columns(first_line, _REQUIRED)

    def start(self, first_line: str, ctx: Context) -> Iterator[Parsed]:
        header, delimiter = header_cells(first_line)
        check_columns(header, _REQUIRED, ctx.name, self.app)
        have = {normal(h) for h in header}
        columns = [c for c in ("weight_kg", "weight_lbs") if c in have]
        if len(columns) == 2:
            column = "weight_lbs" if ctx.unit is Unit.LB else "weight_kg"
            ctx.note(
                f"the file has both weight_kg and weight_lbs (one converted from the other); "
                f"loads read from {column}" + ("" if ctx.unit else " (unit='lb' reads weight_lbs)")
            )
        elif columns:
            column = columns[0]
        else:
            column = ""
        unit = Unit.LB if column == "weight_lbs" else Unit.KG if column else ctx.unit
        other = {"weight_kg": "weight_lbs", "weight_lbs": "weight_kg"}.get(column, "")
        return each_row(
            ctx.records(delimiter),
            header,
            lambda row_no, row: self._entry(row_no, row, column, other, unit, ctx),
        )

    def _entry(
        self, row_no: int, row: Row, column: str, other: str, unit: Unit | None, ctx: Context
    ) -> Entry:
        start_text, end_text = row.get("start_time"), row.get("end_time")
        start = parse_datetime(start_text, "start_time")
        info = ctx.session_at(start)
        info.name = row.get("title").strip()
        info.notes = row.get("description")
        if end_text.strip():
            try:
                end = parse_datetime(end_text, "end_time")
                seconds = (end - start).total_seconds()
            except (RowError, TypeError):
                seconds = -1.0
            if 0 <= seconds <= 24 * 3600:
                info.duration = seconds
            else:
                info.extra["end_time"] = end_text.strip()
        extra: dict[str, str] = {}
        kind = row.get("set_type").strip()
        set_type = _SET_TYPES.get(kind.lower().replace(" ", "_"))
        if set_type is None:
            set_type = SetType.NORMAL
            if kind:
                extra["set_type"] = kind
                what = "a number" if kind.replace(".", "").isdigit() else "a word"
                ctx.note(
                    f"set_type {kind!r} is {what} whose meaning Hevy does not document; those "
                    "sets were imported as normal sets, with the value kept in extra['set_type']",
                    key=f"set_type {kind}",
                )
        row.get("set_index")
        if other:
            row.get(other)
        for name in ("distance_km", "distance_miles", "duration_seconds"):
            value = row.get(name).strip()
            if value not in _ZERO:
                extra[name] = value
        weight = parse_float(row.get(column), column) if column else None
        reps = parse_int(row.get("reps"), "reps")
        superset = row.get("superset_id").strip() or None
        exercise, rpe, notes = row.get("exercise_title"), row.get("rpe"), row.get("exercise_notes")
        made = ctx.make_set(
            exercise=exercise,
            reps=reps,
            weight=weight,
            unit=unit,
            set_type=set_type,
            rpe=rpe,
            notes=notes,
            superset=superset,
            extra={**extra, **row.rest()},
            timed=any(k in extra for k in ("distance_km", "distance_miles", "duration_seconds")),
            row=row_no,
        )
        key = (info.name, start_text.strip())
        return Entry(row_no, key, info, (made,))

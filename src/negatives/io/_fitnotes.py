"""FitNotes' CSV export.

``Date,Exercise,Category,Weight (lbs)|Weight (kgs),Reps,Distance,Distance Unit,Time[,Comment]``
(the unit in the header), or ``Date,Exercise,Category,Weight,Weight Unit,Reps,...`` (a unit per
row). FitNotes records a day, not a time: sessions have a ``date`` and no ``start``; the rows of
one day make one session.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..units import Unit
from ._reader import (
    Context,
    Entry,
    Parsed,
    Row,
    SessionInfo,
    cell_unit,
    check_columns,
    each_row,
    has_columns,
    header_cells,
    normal,
    unit_required,
    weight_column,
)
from ._values import parse_date, parse_float, parse_int

__all__ = ["FitNotes"]

_REQUIRED = ("Date", "Exercise", "Category", "Reps")
_ZERO = ("", "0", "0.0", "0:00:00", "00:00:00", "0:00")


class FitNotes:
    """The FitNotes Android app's CSV export."""

    name = "fitnotes"
    app = "FitNotes"

    def detect(self, first_line: str) -> bool:
        return has_columns(first_line, _REQUIRED)

    def start(self, first_line: str, ctx: Context) -> Iterator[Parsed]:
        header, delimiter = header_cells(first_line)
        check_columns(header, _REQUIRED, ctx.name, self.app)
        column, file_unit = weight_column(header)
        per_row = any(normal(h) == "weight unit" for h in header)
        if file_unit is None and not per_row and ctx.unit is None:
            raise unit_required(ctx.name, self.app, [])
        return each_row(
            ctx.records(delimiter),
            header,
            lambda row_no, row: self._entry(row_no, row, column, file_unit, ctx),
        )

    def _entry(
        self, row_no: int, row: Row, column: str, file_unit: Unit | None, ctx: Context
    ) -> Entry:
        day_text = row.get("Date")
        info = SessionInfo(date=parse_date(day_text, "Date"))
        extra: dict[str, str] = {}
        distance, time = row.get("Distance").strip(), row.get("Time").strip()
        distance_unit = row.get("Distance Unit").strip()
        if distance not in _ZERO:
            extra["distance"] = f"{distance} {distance_unit}".strip()
        if time not in _ZERO:
            extra["time"] = time
        weight = parse_float(row.get(column), column)
        unit = file_unit or cell_unit(row.get("Weight Unit"), ctx.unit, "Weight Unit")
        reps = parse_int(row.get("Reps"), "Reps")
        exercise, notes = row.get("Exercise"), row.get("Comment")
        made = ctx.make_set(
            exercise=exercise,
            reps=reps,
            weight=weight,
            unit=unit,
            notes=notes,
            extra={**extra, **row.rest()},
            timed=bool(extra),
            row=row_no,
        )
        return Entry(row_no, day_text.strip(), info, (made,))

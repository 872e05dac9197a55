"""FitNotes' CSV export.

``Date,Exercise,Category,Weight (lbs)|Weight (kgs),Reps,Distance,Distance Unit,Time[,Comment]``
(the unit in the header), or ``Date,Exercise,Category,Weight,Weight Unit,Reps,...`` (a unit per
row). FitNotes records a day, not a time: sessions have a ``date`` and no ``start``; the rows of
one day make one session.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..units import Unit
from ._reader import (
    Columns,
    Context,
    Entry,
    Parsed,
    Row,
    SessionInfo,
    Skip,
    cell_unit,
    check_columns,
    header_cells,
    normal,
    shape,
    unit_required,
)
from ._values import RowError, parse_date, parse_float, parse_int

__all__ = ["FitNotes"]

_REQUIRED = ("Date", "Exercise", "Category", "Reps")
_WEIGHT_UNIT = re.compile(r"^weight \((kgs?|lbs?)\)$")
_ZERO = ("", "0", "0.0", "0:00:00", "00:00:00", "0:00")


class FitNotes:
    """The FitNotes Android app's CSV export."""

    name = "fitnotes"
    app = "FitNotes"

    def detect(self, first_line: str) -> bool:
        header, _ = header_cells(first_line)
        return {normal(c) for c in _REQUIRED} <= {normal(h) for h in header}

    def start(self, first_line: str, ctx: Context) -> Iterator[Parsed]:
        header, delimiter = header_cells(first_line)
        check_columns(header, _REQUIRED, ctx.name, self.app)
        column, file_unit = "Weight", None
        for name in header:
            match = _WEIGHT_UNIT.match(normal(name))
            if match:
                column, file_unit = name, Unit.parse(match.group(1))
        per_row = any(normal(h) == "weight unit" for h in header)
        if file_unit is None and not per_row and ctx.unit is None:
            raise unit_required(ctx.name, self.app, [])
        return self._rows(ctx.records(delimiter), header, column, file_unit, ctx)

    def _rows(
        self,
        records: Iterator[tuple[int, list[str]]],
        header: list[str],
        column: str,
        file_unit: Unit | None,
        ctx: Context,
    ) -> Iterator[Parsed]:
        columns = Columns(header)
        for row_no, cells in records:
            odd = shape(row_no, header, cells)
            if odd is not None:
                yield odd
                continue
            row = Row(columns, cells)
            try:
                yield self._entry(row_no, row, column, file_unit, ctx)
            except RowError as error:
                yield Skip(row_no, str(error))

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

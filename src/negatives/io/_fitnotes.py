"""FitNotes' CSV export.

``Date,Exercise,Category,Weight (lbs)|Weight (kgs),Reps,Distance,Distance Unit,Time[,Comment]``
(the unit in the header), or ``Date,Exercise,Category,Weight,Weight Unit,Reps,...`` (a unit per
row). FitNotes records a day, not a time: sessions have a ``date`` and no ``start``; the rows of
one day make one session.

FitNotes writes exercise names without quotes even when they hold a comma
(``2025-04-29,Overhead Press (Each Side, Dumbbells),Shoulders,8.0,kgs,5,,,``), so such a row has
a cell too many. When the surplus cells close a bracket the name opened, they are joined back
into the name (with a note); any other row with too many cells is skipped.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..units import Unit
from ._reader import (
    Context,
    Entry,
    Parsed,
    Record,
    Row,
    check_columns,
    each_row,
    has_columns,
    header_cells,
    normal,
    row_unit,
    unit_required,
    weight_column,
)
from ._values import parse_float, parse_int

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
        header, delimiter = header_cells(first_line, ctx.name)
        check_columns(header, _REQUIRED, ctx.name, self.app)
        column, file_unit = weight_column(header)
        per_row = any(normal(h) == "weight unit" for h in header)
        if file_unit is None and not per_row and ctx.unit is None:
            raise unit_required(ctx.name, self.app, [])
        return each_row(
            self._rejoined(ctx.records(delimiter), header, ctx),
            header,
            lambda row_no, row: self._entry(row_no, row, column, file_unit, ctx),
            ctx,
            ("Date",),
        )

    @staticmethod
    def _rejoined(records: Iterator[Record], header: list[str], ctx: Context) -> Iterator[Record]:
        at = [normal(h) for h in header].index("exercise")
        for row_no, cells in records:
            surplus = len(cells) - len(header)
            if surplus > 0:
                parts = cells[at : at + surplus + 1]
                name = ",".join(parts)
                if "(" in parts[0] and ")" not in parts[0] and name.count("(") == name.count(")"):
                    cells = [*cells[:at], name, *cells[at + surplus + 1 :]]
                    ctx.note(
                        f"row {row_no}: the exercise name {name.strip()!r} holds a comma the "
                        "file does not quote; read as one name",
                        key=f"comma {name.strip()}",
                    )
            yield row_no, cells

    def _entry(
        self, row_no: int, row: Row, column: str, file_unit: Unit | None, ctx: Context
    ) -> Entry:
        day_text = row.get("Date")
        info = ctx.session_at(ctx.dates.day(day_text, "Date", row_no), row_no)
        extra: dict[str, str] = {}
        distance, time = row.get("Distance").strip(), row.get("Time").strip()
        distance_unit = row.get("Distance Unit").strip()
        if distance not in _ZERO:
            extra["distance"] = f"{distance} {distance_unit}".strip()
        if time not in _ZERO:
            extra["time"] = time
        weight = parse_float(row.get(column), column)
        unit = row_unit(row, file_unit, ctx.unit)
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
        return Entry(row_no, info.date, info, (made,), raw=row.digest())

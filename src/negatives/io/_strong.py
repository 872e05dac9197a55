"""Strong's CSV exports, in their three variants.

- comma-separated, no unit anywhere (``Date,Workout Name,Duration,Exercise Name,Set Order,
  Weight,Reps,...``): ``unit`` is required;
- the older semicolon export with a ``Weight Unit`` column, which can change from row to row;
- the newer quoted semicolon export with ``Workout #``, ``Duration (sec)`` and ``Weight (kg)``.

``Set Order`` is a number, ``W`` (warm-up), ``D`` (drop set), ``F`` (failure) or ``Rest Timer``
(a structural line, not a set). Weights of assisted exercises (``Pull Up (Assisted)``) are the
machine's help; see `Context.make_set`.
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
    Structural,
    check_columns,
    each_row,
    first_records,
    has_columns,
    header_cells,
    normal,
    row_unit,
    unit_required,
)
from ._reader import (
    weight_column as find_weight_column,
)
from ._values import RowError, parse_duration, parse_float, parse_int

__all__ = ["Strong"]

_REQUIRED = ("Date", "Workout Name", "Exercise Name", "Set Order", "Reps")
_SET_TYPES = {"w": SetType.WARMUP, "d": SetType.DROP, "f": SetType.FAILURE}
_ZERO = ("", "0", "0.0")


class Strong:
    """The Strong app (strong.app) CSV export."""

    name = "strong"
    app = "Strong"

    def detect(self, first_line: str) -> bool:
        return has_columns(first_line, _REQUIRED)

    def start(self, first_line: str, ctx: Context) -> Iterator[Parsed]:
        header, delimiter = header_cells(first_line, ctx.name)
        check_columns(header, _REQUIRED, ctx.name, self.app)
        weight_column, file_unit = find_weight_column(header)
        per_row = any(normal(h) == "weight unit" for h in header)
        records = ctx.records(delimiter)
        if file_unit is None and not per_row and ctx.unit is None:
            index = next((i for i, h in enumerate(header) if normal(h) == "weight"), None)
            weights: list[float] = []
            for _, cells in first_records(records, 1000):
                try:
                    value = parse_float(cells[index], "Weight") if index is not None else None
                except (RowError, IndexError):
                    continue
                if value is not None:
                    weights.append(value)
            raise unit_required(ctx.name, self.app, weights)
        comma = delimiter == ";"

        def entry(row_no: int, row: Row) -> Parsed:
            order = row.get("Set Order").strip()
            if order.lower() == "rest timer":
                seconds = row.get("Seconds").strip()
                return Structural(row_no, f"rest timer ({seconds} s)" if seconds else "rest timer")
            return self._entry(row_no, row, order, weight_column, file_unit, comma, ctx)

        return each_row(records, header, entry, ctx, ("Date",))

    def _entry(
        self,
        row_no: int,
        row: Row,
        order: str,
        weight_column: str,
        file_unit: Unit | None,
        comma: bool,
        ctx: Context,
    ) -> Entry:
        if order.isdigit() or not order:
            set_type = SetType.NORMAL
        elif order.lower() in _SET_TYPES:
            set_type = _SET_TYPES[order.lower()]
        else:
            raise RowError(f"Set Order {order!r} is not a set number, W, D, F or Rest Timer")
        date_text = row.get("Date")
        info = ctx.session_at(ctx.dates.read(date_text, "Date", row_no), row_no)
        info.name = row.get("Workout Name").strip()
        info.notes = row.get("Workout Notes")
        number = row.get("Workout #").strip()
        info.id = number or None
        duration_text = row.get("Duration (sec)") or row.get("Duration")
        if duration_text.strip():
            info.duration = parse_duration(duration_text)
            if info.duration is None or info.duration > 24 * 3600:
                info.duration = None
                info.extra["duration"] = duration_text.strip()
                ctx.note(
                    f"workout duration {duration_text.strip()!r} is not a duration of at most "
                    "24 h; kept as text in the session's extra",
                    key=f"duration {duration_text.strip()}",
                )
        extra: dict[str, str] = {}
        distance = row.get("Distance (meters)") or row.get("Distance")
        seconds = row.get("Seconds")
        distance_unit = row.get("Distance Unit").strip()
        if distance.strip() not in _ZERO:
            extra["distance"] = f"{distance.strip()} {distance_unit}".strip()
            if row.has("Distance (meters)"):
                extra["distance"] = f"{distance.strip()} m"
        if seconds.strip() not in _ZERO:
            extra["seconds"] = seconds.strip()
        weight = parse_float(row.get(weight_column), weight_column, decimal_comma=comma)
        unit = row_unit(row, file_unit, ctx.unit)
        reps = parse_int(row.get("Reps"), "Reps")
        key = (number, " ".join(date_text.split()), info.name)
        exercise, rpe, notes = row.get("Exercise Name"), row.get("RPE"), row.get("Notes")
        made = ctx.make_set(
            exercise=exercise,
            reps=reps,
            weight=weight,
            unit=unit,
            set_type=set_type,
            rpe=rpe,
            notes=notes,
            extra={**extra, **row.rest()},
            timed=bool(extra.get("distance") or extra.get("seconds")),
            row=row_no,
        )
        return Entry(row_no, key, info, (made,), raw=row.digest())

"""Hevy's CSV export.

Loads are in ``weight_kg`` (kilogram users) or ``weight_lbs`` (pound users), sometimes both;
dates are ISO 8601 (``2024-01-15T10:30:00Z``) or human (``30 Jun 2025, 19:56``); ``set_type``
is a word (``normal``, ``warmup``, ``dropset``, ``failure``) or, in some exports, a number
whose meaning Hevy does not document (kept as text, the set imported as a normal set);
``set_index`` counts from 0 or 1 (the order of the rows is kept either way).

A file with both weight columns carries each load twice, one converted from the other and
rounded to the decimals written. Each row's pair is compared: when one is blank or zero and
the other is not, the other is read (with a note); when both are set but are not the same load
within the rounding, the row is skipped, since which one is right is unknown. Never a silent
zero.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from ..model import SetType
from ..units import KG_PER_LB, Unit
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
from ._values import RowError, parse_float, parse_int

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
_COLUMNS = {"weight_kg": Unit.KG, "weight_lbs": Unit.LB}


def _half_step(text: str) -> float:
    """Half a unit of the last decimal written: the rounding a written number carries."""
    decimals = len(text.strip().partition(".")[2])
    return 0.5 * 10.0**-decimals + 1e-9


def same_load(kg: float, kg_text: str, lb: float, lb_text: str) -> bool:
    """Whether ``kg`` and ``lb`` are one load, one converted from the other and rounded."""
    return abs(kg - lb * KG_PER_LB) <= _half_step(kg_text) or abs(
        lb - kg / KG_PER_LB
    ) <= _half_step(lb_text)


class Hevy:
    """The Hevy app (hevy.com) CSV export."""

    name = "hevy"
    app = "Hevy"

    def detect(self, first_line: str) -> bool:
        return has_columns(first_line, _REQUIRED)

    def start(self, first_line: str, ctx: Context) -> Iterator[Parsed]:
        header, delimiter = header_cells(first_line, ctx.name)
        check_columns(header, _REQUIRED, ctx.name, self.app)
        have = {normal(h) for h in header}
        columns = [c for c in _COLUMNS if c in have]
        if len(columns) == 2:
            column = "weight_lbs" if ctx.unit is Unit.LB else "weight_kg"
            ctx.note(
                "the file has both weight_kg and weight_lbs; each row's pair was compared, "
                f"and loads read from {column} where they agree"
                + ("" if ctx.unit else " (unit='lb' reads weight_lbs)")
            )
        elif columns:
            column = columns[0]
        else:
            column = ""
        return each_row(
            ctx.records(delimiter),
            header,
            lambda row_no, row: self._entry(row_no, row, column, len(columns) == 2, ctx),
            ctx,
            ("start_time", "end_time"),
        )

    def _weight(
        self, row_no: int, row: Row, column: str, both: bool, ctx: Context
    ) -> tuple[float | None, Unit | None]:
        if not column:
            return None, ctx.unit
        text = row.get(column)
        weight = parse_float(text, column)
        if not both:
            return weight, _COLUMNS[column]
        other = "weight_kg" if column == "weight_lbs" else "weight_lbs"
        other_text = row.get(other)
        second = parse_float(other_text, other)
        if not weight and not second:
            return weight, _COLUMNS[column]
        if not weight or not second:
            empty, empty_text, kept, value = (
                (column, text, other, second) if not weight else (other, other_text, column, weight)
            )
            assert value is not None
            ctx.note(
                f"row {row_no}: {empty} is {empty_text.strip() or 'blank'} but {kept} is "
                f"{value:g}; read {value:g} {_COLUMNS[kept].value}",
            )
            return value, _COLUMNS[kept]
        kg, kg_text, lb, lb_text = (
            (weight, text, second, other_text)
            if column == "weight_kg"
            else (second, other_text, weight, text)
        )
        if not same_load(kg, kg_text, lb, lb_text):
            raise RowError(
                f"weight_kg {kg:g} and weight_lbs {lb:g} are not the same load ({kg:g} kg is "
                f"{kg / KG_PER_LB:.2f} lb); which one is right is unknown"
            )
        return weight, _COLUMNS[column]

    def _entry(self, row_no: int, row: Row, column: str, both: bool, ctx: Context) -> Entry:
        start_text, end_text = row.get("start_time"), row.get("end_time")
        start = ctx.dates.read(start_text, "start_time", row_no)
        info = ctx.session_at(start, row_no)
        info.name = row.get("title").strip()
        info.notes = row.get("description")
        if end_text.strip():
            try:
                end = ctx.dates.read(end_text, "end_time", row_no)
                seconds = (
                    (end - start).total_seconds()
                    if isinstance(end, dt.datetime) and isinstance(start, dt.datetime)
                    else -1.0
                )
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
        row.get("set_index")  # the order of the rows is the order of the sets
        for name in ("distance_km", "distance_miles", "duration_seconds"):
            value = row.get(name).strip()
            if value not in _ZERO:
                extra[name] = value
        weight, unit = self._weight(row_no, row, column, both, ctx)
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
        key = (info.name, " ".join(start_text.split()))
        return Entry(row_no, key, info, (made,), raw=row.digest())

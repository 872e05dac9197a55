"""The CSV `write_csv` writes, read back (format ``"negatives"``).

Sessions are rebuilt from their columns (``session_number`` groups the rows of one session;
files written before it existed group by date, start, name and id); each set's exercise is the
catalog's exercise of its ``exercise_id``, else rebuilt from the exercise columns as written.
Formula escapes (a leading ``'``) are removed. Computed columns (``total_load_kg`` ...) are not
read: they follow from the others.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import Any

from ..errors import CatalogError, ParseError, ValidationError
from ..model import Exercise, Set, SetType, Source
from ..tempo import Tempo
from ..units import Load, Unit
from ._reader import (
    Context,
    Entry,
    Parsed,
    Row,
    check_columns,
    each_row,
    has_columns,
    header_cells,
)
from ._values import RowError, parse_float, parse_int
from .writers import unescape_cell

__all__ = ["Negatives"]

_EXERCISE_COLUMNS = (
    "exercise_id",
    "exercise",
    "equipment",
    "load_convention",
    "limb_mode",
    "muscles",
)
_REQUIRED = ("date", "set_number", "exercise_id", "exercise", "reps", "load", "unit")


def _summary(error: ValidationError) -> str:
    return "; ".join(error.lines())


def _text(row: Row, column: str) -> str:
    return unescape_cell(row.get(column))


def _object(row: Row, column: str) -> dict[str, str]:
    text = _text(row, column)
    if not text.strip():
        return {}
    try:
        value = json.loads(text)
    except (json.JSONDecodeError, RecursionError):
        raise RowError(f"{column} is not a JSON object") from None
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        raise RowError(f"{column} must be a JSON object of text values")
    return value


def _unit(row: Row, column: str) -> Unit:
    try:
        return Unit.parse(row.get(column).strip())
    except ParseError:
        raise RowError(f"{column} {row.get(column).strip()!r} is not kg or lb") from None


class Negatives:
    """A CSV written by `negatives.io.write_csv`."""

    name = "negatives"
    app = "negatives"

    def detect(self, first_line: str) -> bool:
        return has_columns(first_line, _REQUIRED)

    def start(self, first_line: str, ctx: Context) -> Iterator[Parsed]:
        header, delimiter = header_cells(first_line, ctx.name)
        check_columns(header, _REQUIRED, ctx.name, "negatives")
        cache: dict[tuple[str, ...], Exercise] = {}
        return each_row(
            ctx.records(delimiter),
            header,
            lambda row_no, row: self._entry(row_no, row, cache, ctx),
            ctx,
        )

    def _exercise(self, row: Row, cache: dict[tuple[str, ...], Exercise], ctx: Context) -> Exercise:
        fields = tuple(_text(row, column) for column in _EXERCISE_COLUMNS)
        known = cache.get(fields)
        if known is not None:
            return known
        name = fields[1]
        id_, _, equipment, convention, limb, muscles = (field.strip() for field in fields)
        built = False
        try:
            exercise = ctx.catalog_exercise(id_)
        except CatalogError:
            if not equipment:  # written before the exercise columns existed
                exercise = ctx.exercise(name)
            else:
                try:
                    exercise = Exercise(
                        id_,
                        name,
                        muscles=[m for m in muscles.split(";") if m],
                        equipment=equipment,
                        load_convention=convention,
                        limb_mode=limb,
                        implements=None,
                    )
                except ValidationError as error:
                    raise RowError(f"exercise {id_!r}: {_summary(error)}") from None
                built = True
        for other in cache.values():
            if other.id == exercise.id and other != exercise:
                # One id, two exercises: the sessions could not share a log (or a document).
                raise RowError(
                    f"exercise_id {exercise.id!r} is {exercise.name!r} here but "
                    f"{other.name!r} on an earlier row: one id, two exercises"
                )
        if built:
            ctx.register(name, exercise, unmapped=not exercise.muscles)
        cache[fields] = exercise
        return exercise

    def _entry(
        self, row_no: int, row: Row, cache: dict[tuple[str, ...], Exercise], ctx: Context
    ) -> Entry:
        try:
            day = dt.date.fromisoformat(row.get("date").strip())
        except ValueError:
            raise RowError(
                f"date {row.get('date').strip()!r} is not a day like 2024-01-15"
            ) from None
        start_text = row.get("start").strip()
        start: dt.datetime | None = None
        if start_text:
            try:
                start = dt.datetime.fromisoformat(start_text)
            except ValueError:
                raise RowError(f"start {start_text!r} is not an ISO date and time") from None
            if start.utcoffset() is None:
                raise RowError(f"start {start_text!r} has no UTC offset")
            if ctx.tz is not None:
                start = ctx.session_at(start, row_no).start
        info = ctx.session_at(day, row_no)
        info.start = start
        info.name = _text(row, "session")
        info.id = _text(row, "session_id") or None
        info.notes = _text(row, "session_notes")
        info.duration = parse_float(row.get("duration_s"), "duration_s")
        info.extra = _object(row, "session_extra")
        local = _text(row, "start_local")
        if local:
            info.extra["start_local"] = local
        app = _text(row, "source_app")
        info.verbatim = row.has("source_app")
        if app:
            rows_text = row.get("source_rows").strip()
            span = None
            if rows_text:
                first, _, last = rows_text.partition("-")
                span = (parse_int(first, "source_rows"), parse_int(last, "source_rows"))
            try:
                info.source = Source(app, _text(row, "source_file") or None, rows=span)  # type: ignore[arg-type]
            except ValidationError as error:
                raise RowError(_summary(error)) from None
        number = row.get("session_number").strip()
        key: Any = number if number else (day, start_text, info.name, info.id)
        exercise = self._exercise(row, cache, ctx)
        reps = parse_int(row.get("reps"), "reps")
        load = parse_float(row.get("load"), "load")
        if reps is None or load is None:
            raise RowError("reps and load are required")
        help_ = parse_float(row.get("assistance"), "assistance")
        tempo_text = row.get("tempo").strip()
        try:
            made = Set(
                exercise,
                reps=reps,
                load=Load(load, _unit(row, "unit")),
                assistance=Load(help_, _unit(row, "assistance_unit"))
                if help_ is not None
                else None,
                tempo=Tempo.parse(tempo_text) if tempo_text else None,
                method=_text(row, "method").strip() or "standard",
                set_type=SetType(row.get("set_type").strip() or "normal"),
                rpe=parse_float(row.get("rpe"), "rpe"),
                rir=parse_float(row.get("rir"), "rir"),
                rest=parse_float(row.get("rest_s"), "rest_s"),
                notes=_text(row, "notes"),
                superset=_text(row, "superset") or None,
                extra=_object(row, "extra"),
            )
        except ValidationError as error:
            raise RowError(_summary(error)) from None
        except (ParseError, ValueError) as error:
            raise RowError(str(error)) from None
        set_no = parse_int(row.get("set_number"), "set_number")  # the rows' order is the sets'
        if set_no is None or set_no < 1:
            raise RowError(f"set_number {row.get('set_number').strip()!r} is not a set's number")
        return Entry(row_no, key, info, (made,), raw=row.digest())

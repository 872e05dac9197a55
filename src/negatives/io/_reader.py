"""The import machinery shared by every format: opening, limits, detection, sessions, counts."""

from __future__ import annotations

import csv
import datetime as dt
import functools
import hashlib
import io
import itertools
import os
import re
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Protocol, TypeAlias, cast
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import attrs

from .. import catalog as _catalog
from ..errors import CatalogError, ParseError, ValidationError
from ..model import _MAX_ID, _MAX_NAME, Exercise, Session, Set, SetType, Source
from ..units import Load, Unit
from ._report import ImportReport, ImportResult, Tally
from ._values import RowError, parse_float, parse_unit, slug

if TYPE_CHECKING:
    from ..catalog import Catalog

__all__ = [
    "DEFAULT_MAX_BYTES",
    "FORMATS",
    "MAX_LINE",
    "ExportReader",
    "ExportSource",
    "iter_export",
    "read_export",
]

ExportSource: TypeAlias = "str | os.PathLike[str] | IO[str] | IO[bytes]"
"""Where an export comes from: a path, or an open file (text or binary)."""

#: Largest export read by default (in bytes for files, characters for open text streams);
#: a year of daily logging in Strong is well under 1 MB. Pass ``max_bytes=None`` to lift it.
DEFAULT_MAX_BYTES = 256 * 1024 * 1024

#: Longest physical line accepted, in characters: no export has lines anywhere near this long,
#: so a longer one means the file is not an export (and reading it whole would waste memory).
MAX_LINE = 1_000_000

Record = tuple[int, list[str]]
"""A CSV record: the line it starts on, and its cells."""


# -- what a format parser yields ----------------------------------------------------------------


@attrs.frozen
class Skip:
    row: int
    reason: str


@attrs.frozen
class Structural:
    row: int
    what: str


@attrs.define
class SessionInfo:
    """The session a row belongs to, as far as that row says."""

    date: dt.date
    start: dt.datetime | None = None
    name: str = ""
    notes: str = ""
    duration: float | None = None
    id: str | None = None
    extra: dict[str, str] = attrs.Factory(dict)


@attrs.frozen
class Entry:
    """Sets read from one row, with the session they belong to.

    ``claims`` are further rows (a JEFIT session line) that count as imported with it.
    """

    row: int
    key: object
    session: SessionInfo
    sets: tuple[Set, ...]
    claims: tuple[int, ...] = ()


Parsed = Entry | Skip | Structural


class Format(Protocol):
    """A format's reader: detection from the header, and rows into entries."""

    name: str
    app: str

    def detect(self, first_line: str) -> bool: ...

    def start(self, first_line: str, ctx: Context) -> Iterator[Parsed]:
        """Read the rest of the file from ``ctx.records`` (the first line already read)."""
        ...


# -- reading lines with limits ------------------------------------------------------------------


class Lines:
    """Physical lines of a stream, counted, with the size limits enforced.

    Binary streams (and files opened by path) are decoded line by line, so that a byte that
    is not UTF-8 is reported with its line.
    """

    def __init__(self, handle: IO[Any], binary: bool, name: str, max_bytes: int | None) -> None:
        self._handle = handle
        self._binary = binary
        self._name = name
        self._max = max_bytes
        self.line_no = 0
        self.chars = 0

    def __iter__(self) -> Iterator[str]:
        return self

    def _read(self) -> tuple[str, int]:
        raw = self._handle.readline(MAX_LINE + 1)
        if not self._binary:
            return raw, len(raw)
        return raw.decode("utf-8"), len(raw)

    def __next__(self) -> str:
        try:
            line, size = self._read()
        except UnicodeDecodeError as error:
            raise ParseError(
                f"{self._name}, line {self.line_no + 1}: not UTF-8 text ({error.reason}); "
                "export the file again as UTF-8, or pass an open file with its encoding"
            ) from None
        if not line:
            raise StopIteration
        self.line_no += 1
        self.chars += size
        if size > MAX_LINE:
            raise ParseError(
                f"{self._name}, line {self.line_no}: longer than {MAX_LINE:,} characters; "
                "this is not an app export"
            )
        if self._max is not None and self.chars > self._max:
            raise ParseError(
                f"{self._name}: larger than max_bytes={self._max:,}; pass a larger max_bytes "
                "(or None) if this really is one export"
            )
        if self.line_no == 1:
            line = line.removeprefix("\ufeff")
        return line


# -- context ------------------------------------------------------------------------------------


def _summary(error: ValidationError) -> str:
    return "; ".join(error.lines())


_CUSTOM = "custom-"


class Context:
    """What a format parser needs: options, the records, exercise mapping, set building."""

    def __init__(
        self,
        *,
        fmt: str,
        name: str | None,
        lines: Lines,
        unit: Unit | None,
        tz: dt.tzinfo | None,
        catalog: Catalog | None,
    ) -> None:
        self.format = fmt
        self.name = name or "<stream>"
        self.lines = lines
        self.unit = unit
        self.tz = tz
        self._lookup: Callable[[str], Exercise] = (
            catalog.lookup if catalog is not None else _catalog.lookup
        )
        self.tally = Tally(format=fmt, file=name)
        self._exercises: dict[str, Exercise] = {}
        self._custom_ids: dict[str, str] = {}

    # records

    def records(self, delimiter: str) -> Iterator[Record]:
        """The CSV records of the rest of the file, each counted as read."""
        reader = csv.reader(self.lines, delimiter=delimiter)
        while True:
            start = self.lines.line_no + 1
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as error:
                raise ParseError(
                    f"{self.name}, line {start}: {error}; the file is not a well-formed "
                    "CSV export (an unclosed quote?)"
                ) from None
            self.tally.rows_read += 1
            yield start, cells

    # values

    def session_at(self, value: dt.datetime) -> SessionInfo:
        """The session of a date and time read from the file: its local day and its start."""
        if value.utcoffset() is not None:
            start = value.astimezone(self.tz) if self.tz is not None else value
            return SessionInfo(date=start.date(), start=start)
        if self.tz is not None:
            return SessionInfo(date=value.date(), start=value.replace(tzinfo=self.tz))
        return SessionInfo(date=value.date(), extra={"start_local": value.isoformat()})

    def note(self, text: str, *, key: str | None = None) -> None:
        self.tally.note(text, key=key)

    def exercise(self, name: str) -> Exercise:
        """The catalog exercise ``name`` refers to, else a custom one (listed in the report)."""
        key = name.strip()
        known = self._exercises.get(key)
        if known is not None:
            return known
        if not key:
            raise RowError("the exercise name is blank")
        if len(key) > _MAX_NAME:
            raise RowError(f"the exercise name is longer than {_MAX_NAME} characters")
        try:
            exercise = self._lookup(key)
        except CatalogError:
            exercise = Exercise(self._custom_id(key), key, muscles=())
            self.tally.unmapped.append(key)
        self._exercises[key] = exercise
        self.tally.exercises[key] = exercise.id
        return exercise

    def _custom_id(self, name: str) -> str:
        words = slug(name, _MAX_ID - len(_CUSTOM) - 9)
        if not words:
            words = hashlib.sha1(name.encode(), usedforsecurity=False).hexdigest()[:8]
        base = candidate = _CUSTOM + words
        number = 1
        while self._custom_ids.get(candidate, name) != name:
            number += 1
            candidate = f"{base}-{number}"
        self._custom_ids[candidate] = name
        return candidate

    def make_set(
        self,
        *,
        exercise: str,
        reps: int | None,
        weight: float | None,
        unit: Unit | None,
        set_type: SetType = SetType.NORMAL,
        rpe: str = "",
        notes: str = "",
        superset: str | None = None,
        extra: Mapping[str, str] | None = None,
        timed: bool = False,
        row: int,
    ) -> Set:
        """A set from a row's values, or `RowError` saying why the row cannot be one.

        ``timed`` says the row records a distance or a time: without reps it is a cardio or
        timed set, which the model does not hold.
        """
        fields = dict(extra or {})
        if reps is None or reps == 0:
            if timed:
                raise RowError("distance or time only (cardio or a timed hold): no reps to import")
            raise RowError("no reps" if reps is None else "0 reps")
        if reps < 0:
            raise RowError(f"reps {reps} is negative")
        if weight is not None and weight < 0:
            raise RowError(
                f"weight {weight:g} is negative (an assisted exercise?); negatives records the "
                "added load, 0 or more, and has no field for machine assistance"
            )
        if not weight:
            load = Load(0.0, unit or Unit.KG)
        elif unit is None:
            raise RowError(
                f"weight {weight:g} has no unit (the unit cell is blank); pass unit='kg' or "
                "unit='lb' to read blank units"
            )
        else:
            load = Load(weight, unit)
            self.tally.units.add(unit)
        try:
            rpe_value = parse_float(rpe, "RPE", decimal_comma=True)
        except RowError:
            rpe_value = None
            fields["rpe"] = rpe.strip()
            self.note(f"row {row}: RPE {rpe.strip()!r} is not a number; kept as text in extra")
        if rpe_value is not None and not 1 <= rpe_value <= 10:
            fields["rpe"] = rpe.strip()
            self.note(f"row {row}: RPE {rpe.strip()!r} is outside 1-10; kept as text in extra")
            rpe_value = None
        try:
            return Set(
                self.exercise(exercise),
                reps=reps,
                load=load,
                set_type=set_type,
                rpe=rpe_value,
                notes=notes.strip(),
                superset=superset,
                extra=fields,
            )
        except ValidationError as error:
            raise RowError(_summary(error)) from None


# -- sessions from entries ----------------------------------------------------------------------


@attrs.define
class _Pending:
    key: object
    info: SessionInfo
    sets: list[Set]
    rows: list[int]
    notes: list[str]


def _join_notes(parts: list[str]) -> str:
    return "\n".join(dict.fromkeys(p.strip() for p in parts if p.strip()))


class ExportReader(Iterator[Session]):
    """Sessions of an export, read one at a time (memory independent of the file's size).

    Rows of one session are consecutive in every export, so a session is complete when the
    next row belongs to another. `report` accounts for the rows read so far; after the last
    session, for the whole file. Use it as a context manager, or `close` it, to close a file
    it opened before the end.

    Attributes:
        format: the detected (or given) format.
    """

    def __init__(
        self,
        parsed: Iterator[Parsed],
        ctx: Context,
        handle: IO[Any],
        owned: bool,
        format: str,
        app: str,
    ) -> None:
        self.format = format
        self._parsed = parsed
        self._ctx = ctx
        self._handle = handle
        self._owned = owned
        self._app = app
        self._pending: _Pending | None = None
        self._done = False

    @property
    def report(self) -> ImportReport:
        """The account of the rows read so far."""
        return self._ctx.tally.report()

    @property
    def position(self) -> int:
        """Characters read so far (for progress displays)."""
        return self._ctx.lines.chars

    def __iter__(self) -> ExportReader:
        return self

    def __next__(self) -> Session:
        while not self._done:
            try:
                item = next(self._parsed)
            except StopIteration:
                self._done = True
                self.close()
                break
            except BaseException:
                self.close()
                raise
            session = self._take(item)
            if session is not None:
                return session
        if self._pending is not None:
            session = self._flush()
            if session is not None:
                return session
        raise StopIteration

    def _take(self, item: Parsed) -> Session | None:
        tally = self._ctx.tally
        if isinstance(item, Skip):
            tally.skip(item.row, item.reason)
            return None
        if isinstance(item, Structural):
            tally.structure(item.row, item.what)
            return None
        finished = None
        if self._pending is not None and self._pending.key != item.key:
            finished = self._flush()
        if self._pending is None:
            self._pending = _Pending(item.key, item.session, [], [], [])
        pending = self._pending
        pending.sets.extend(item.sets)
        pending.rows.append(item.row)
        pending.rows.extend(item.claims)
        pending.notes.append(item.session.notes)
        return finished

    def _flush(self) -> Session | None:
        pending, self._pending = self._pending, None
        if pending is None:  # pragma: no cover - guarded by the callers
            return None
        tally = self._ctx.tally
        info = pending.info
        try:
            session = Session(
                info.date,
                sets=pending.sets,
                start=info.start,
                id=info.id,
                name=info.name,
                notes=_join_notes(pending.notes),
                source=Source(
                    self._app,
                    self._ctx.tally.file,
                    rows=(min(pending.rows), max(pending.rows)),
                ),
                extra=info.extra,
                duration=info.duration,
            )
        except ValidationError as error:
            label = f"session {info.name!r} of {info.date.isoformat()}"
            for row in pending.rows:
                tally.skip(row, f"{label} is invalid: {_summary(error)}")
            return None
        tally.rows_imported += len(pending.rows)
        tally.sets_imported += len(pending.sets)
        tally.sessions_imported += 1
        return session

    def close(self) -> None:
        """Close the file, if the reader opened it."""
        if self._owned and not self._handle.closed:
            self._handle.close()

    def __enter__(self) -> ExportReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# -- opening and detecting ----------------------------------------------------------------------


def _formats() -> dict[str, Format]:
    from ._fitnotes import FitNotes
    from ._hevy import Hevy
    from ._jefit import Jefit
    from ._strong import Strong

    found: list[Format] = [Strong(), Hevy(), FitNotes(), Jefit()]
    return {f.name: f for f in found}


#: The format names `read_export` accepts.
FORMATS = ("strong", "hevy", "fitnotes", "jefit")


def _zone(tz: str | dt.tzinfo | None) -> dt.tzinfo | None:
    if tz is None or isinstance(tz, dt.tzinfo):
        return tz
    if not isinstance(tz, str):
        raise ParseError(f"tz must be a time zone name like 'Europe/Oslo', got {tz!r}")
    try:
        return ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        raise ParseError(
            f"unknown time zone {tz!r}; use an IANA name like 'Europe/Oslo' or 'America/New_York'"
        ) from None


def _unit(unit: Unit | str | None) -> Unit | None:
    if unit is None:
        return None
    try:
        return Unit.parse(unit)
    except ParseError as error:
        raise ParseError(f"unit: {error}") from None


def _open(source: object, max_bytes: int | None) -> tuple[IO[Any], bool, bool, str | None]:
    """(handle, binary, owned, file name) for a path or an open file."""
    if isinstance(source, (str, os.PathLike)):
        path = Path(source)
        try:
            size = path.stat().st_size
            if max_bytes is not None and size > max_bytes:
                raise ParseError(
                    f"{path.name}: {size:,} bytes is larger than max_bytes={max_bytes:,}; pass a "
                    "larger max_bytes (or None) if this really is one export"
                )
            handle: IO[Any] = open(path, "rb")  # noqa: SIM115 - closed by the reader
        except IsADirectoryError:
            raise ParseError(f"{path}: is a directory, not an export file") from None
        except FileNotFoundError:
            raise ParseError(f"{path}: no such file") from None
        return handle, True, True, path.name
    name = getattr(source, "name", None)
    label = Path(name).name if isinstance(name, str) else None
    if not callable(getattr(source, "readline", None)):
        raise ParseError(
            f"an export source must be a path or an open file, got {type(source).__name__}"
        )
    handle = cast("IO[Any]", source)
    if isinstance(source, io.TextIOBase):
        return handle, False, False, label
    binary = isinstance(source, (io.RawIOBase, io.BufferedIOBase)) or "b" in str(
        getattr(source, "mode", "")
    )
    return handle, binary, False, label


def iter_export(
    source: ExportSource,
    *,
    format: str | None = None,
    unit: Unit | str | None = None,
    tz: str | dt.tzinfo | None = None,
    catalog: Catalog | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
) -> ExportReader:
    """Read an app export one session at a time; the reader's ``report`` accounts for the rows.

    The format is detected from the file's first line unless ``format`` names it. The file is
    opened and its header read at once, so a missing unit, an unknown format or an unreadable
    file raise here, before the first session.

    Args:
        source: a path, or an open file (text, or binary UTF-8).
        format: ``"strong"``, ``"hevy"``, ``"fitnotes"`` or ``"jefit"``; detected when ``None``.
        unit: the unit of the loads where the export does not say (required for Strong's comma
            format and JEFIT, which have no unit; used for blank unit cells elsewhere). For a
            Hevy file with both ``weight_kg`` and ``weight_lbs`` it picks the column.
        tz: the time zone of the export's local times (an IANA name or a ``tzinfo``); with it,
            sessions' ``start`` is timezone-aware; without it, a time without offset is kept as
            text in ``extra["start_local"]`` and ``start`` stays ``None``. Times with an offset
            are converted to ``tz`` when given.
        catalog: the catalog exercise names are looked up in (the built-in one by default).
        max_bytes: the largest file read, or ``None`` for no limit.

    Raises:
        ParseError: the file is not a recognised export, needs ``unit``, is not UTF-8, is too
            large, or is malformed CSV (with the line).
    """
    zone = _zone(tz)
    wanted = _unit(unit)
    formats = _formats()
    if format is not None and format not in formats:
        raise ParseError(f"unknown export format {format!r}; known: {', '.join(FORMATS)}")
    handle, binary, owned, name = _open(source, max_bytes)
    try:
        label = name or "<stream>"
        lines = Lines(handle, binary, label, max_bytes)
        first = next(lines, "")
        if not first.strip():
            raise ParseError(f"{label}: the file is empty; expected an app export with a header")
        if format is None:
            chosen = next((f for f in formats.values() if f.detect(first)), None)
            if chosen is None:
                raise ParseError(
                    f"{label}: not a Strong, Hevy, FitNotes or JEFIT export (its first line is "
                    f"{_clip(first)!r}); pass format= if it is one of them"
                )
        else:
            chosen = formats[format]
        ctx = Context(
            fmt=chosen.name, name=name, lines=lines, unit=wanted, tz=zone, catalog=catalog
        )
        parsed = chosen.start(first, ctx)
    except BaseException:
        if owned:
            handle.close()
        raise
    return ExportReader(parsed, ctx, handle, owned, chosen.name, chosen.app)


def read_export(
    source: ExportSource,
    *,
    format: str | None = None,
    unit: Unit | str | None = None,
    tz: str | dt.tzinfo | None = None,
    catalog: Catalog | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
) -> ImportResult:
    r"""Read a whole app export: its sessions and the report of the import.

    Same arguments as `iter_export`, on which it is built.

    Examples:
        >>> import io
        >>> from negatives.io import read_export
        >>> text = (
        ...     "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,"
        ...     "Seconds,Notes,Workout Notes,RPE\n"
        ...     "2024-01-15 10:30:00,Legs,1h 5m,Barbell Squat,1,100,5,0,0,,,8\n"
        ...     "2024-01-15 10:30:00,Legs,1h 5m,Barbell Squat,2,100,5,0,0,,,\n"
        ... )
        >>> result = read_export(io.StringIO(text), unit="kg", tz="Europe/Oslo")
        >>> session = result.sessions[0]
        >>> session.date, session.start.isoformat(), session.duration
        (datetime.date(2024, 1, 15), '2024-01-15T10:30:00+01:00', 3900.0)
        >>> [(s.exercise.id, s.reps, s.load) for s in session.sets]
        [('back-squat', 5, Load(100.0, 'kg')), ('back-squat', 5, Load(100.0, 'kg'))]
        >>> print(result.report.text())
        strong export: 2 rows read, 2 imported (2 sets in 1 session), 0 skipped, 0 structural
        loads in kg
    """
    with iter_export(
        source, format=format, unit=unit, tz=tz, catalog=catalog, max_bytes=max_bytes
    ) as reader:
        sessions = tuple(reader)
        return ImportResult(sessions, reader.report)


def _clip(text: str, length: int = 80) -> str:
    text = text.rstrip("\r\n")
    return text if len(text) <= length else text[: length - 3] + "..."


# -- helpers for the CSV formats ----------------------------------------------------------------


def header_cells(first_line: str) -> tuple[list[str], str]:
    """The header's cells and the delimiter (``;`` when it has more of those than commas)."""
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    cells = next(csv.reader([first_line], delimiter=delimiter), [])
    return [c.strip() for c in cells], delimiter


@functools.lru_cache(maxsize=256)
def normal(column: str) -> str:
    """A column name compared case- and space-insensitively."""
    return " ".join(column.strip().lower().split())


class Columns:
    """A header: its column names, and where each (normalised) name is."""

    def __init__(self, names: list[str]) -> None:
        self.names = names
        self.index: dict[str, int] = {}
        for position, name in enumerate(names):
            self.index.setdefault(normal(name), position)


class Row:
    """A record's cells by column name; every column not read goes to `rest` (kept in extra)."""

    __slots__ = ("_cells", "_columns", "_used")

    def __init__(self, columns: Columns, cells: list[str]) -> None:
        self._columns = columns
        self._cells = cells
        self._used: set[int] = set()

    def get(self, column: str) -> str:
        position = self._columns.index.get(normal(column))
        if position is None:
            return ""
        self._used.add(position)
        return self._cells[position] if position < len(self._cells) else ""

    def has(self, column: str) -> bool:
        return normal(column) in self._columns.index

    def rest(self) -> dict[str, str]:
        names = self._columns.names
        return {
            names[i]: value.strip()
            for i, value in enumerate(self._cells[: len(names)])
            if i not in self._used and value.strip()
        }


def check_columns(header: list[str], required: tuple[str, ...], label: str, app: str) -> None:
    have = {normal(h) for h in header}
    missing = [c for c in required if normal(c) not in have]
    if missing:
        raise ParseError(
            f"{label}: not a {app} export: the header lacks {', '.join(repr(m) for m in missing)}"
        )


def shape(row: int, header: list[str], cells: list[str]) -> Parsed | None:
    """A blank line (structural) or a row with more cells than the header (skipped)."""
    if not cells or not any(c.strip() for c in cells):
        return Structural(row, "blank line")
    if len(cells) > len(header) and any(c.strip() for c in cells[len(header) :]):
        return Skip(
            row,
            f"{len(cells)} cells but the header has {len(header)} columns (an unquoted comma "
            "or semicolon in a note?)",
        )
    return None


_WEIGHT_UNIT = re.compile(r"^weight \((kgs?|lbs?)\)$")


def weight_column(header: list[str]) -> tuple[str, Unit | None]:
    """The weight column and its unit (``Weight (kg)``); ``("Weight", None)`` without one."""
    for column in header:
        match = _WEIGHT_UNIT.match(normal(column))
        if match:
            return column, Unit.parse(match.group(1))
    return "Weight", None


def has_columns(first_line: str, required: tuple[str, ...]) -> bool:
    """Whether a header line has every one of ``required`` (for format detection)."""
    header, _ = header_cells(first_line)
    return {normal(c) for c in required} <= {normal(h) for h in header}


def each_row(
    records: Iterator[Record],
    header: list[str],
    entry: Callable[[int, Row], Parsed],
) -> Iterator[Parsed]:
    """Every record as ``entry(row, cells)``; blank and overlong rows, and `RowError`, handled."""
    columns = Columns(header)
    for row_no, cells in records:
        odd = shape(row_no, header, cells)
        if odd is not None:
            yield odd
            continue
        try:
            yield entry(row_no, Row(columns, cells))
        except RowError as error:
            yield Skip(row_no, str(error))


def first_records(records: Iterator[Record], count: int) -> Iterator[Record]:
    """At most ``count`` records (to look ahead, for a hint in an error message)."""
    return itertools.islice(records, count)


def pound_hint(weights: list[float]) -> str:
    """A hint when loads look like pound plate maths (45 lb bar plus pairs of plates)."""
    heavy = [w for w in weights if w >= 45]
    if len(heavy) < 3:
        return ""
    pounds = [w for w in heavy if w.is_integer() and (w - 45) % 10 == 0]
    if len(pounds) / len(heavy) < 0.6:
        return ""
    sample = ", ".join(f"{w:g}" for w in sorted(set(pounds))[:4])
    return (
        f"; the loads look like pounds ({sample}: a 45 lb bar plus pairs of plates), so "
        "probably unit='lb'"
    )


def unit_required(label: str, app: str, weights: list[float]) -> ParseError:
    return ParseError(
        f"{label}: this {app} export does not say whether its loads are kg or lb; pass "
        f"unit='kg' or unit='lb' (--unit on the command line){pound_hint(weights)}"
    )


def cell_unit(text: str, fallback: Unit | None, column: str) -> Unit | None:
    """A unit cell, or ``fallback`` (the ``unit`` option) when the cell is blank."""
    return parse_unit(text, column) or fallback

"""The import machinery shared by every format: opening, limits, detection, values into sets."""

from __future__ import annotations

import csv
import datetime as dt
import functools
import hashlib
import io
import itertools
import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Protocol, TypeAlias
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import attrs

from .. import catalog as _catalog
from .._checks import MAX_TEXT
from ..errors import ParseError, ValidationError
from ..model import _MAX_ID, _MAX_NAME, Exercise, Set, SetType, Source
from ..units import Load, Unit
from ._dates import DateReader, date_option, localize, settle
from ._lines import MAX_LINE, Lines
from ._names import custom_exercise
from ._report import Tally, Unmapped
from ._values import RowError, parse_float, parse_unit, slug

if TYPE_CHECKING:
    from ..catalog import Catalog

__all__ = [
    "DEFAULT_MAX_BYTES",
    "FORMATS",
    "MAX_LINE",
    "MAX_RECORD",
    "ExportSource",
]

ExportSource: TypeAlias = "str | os.PathLike[str] | IO[str] | IO[bytes]"
"""Where an export comes from: a path, or an open file (text or binary)."""

#: Largest export read by default (in bytes for files, characters for open text streams);
#: a year of daily logging in Strong is well under 1 MB. Pass ``max_bytes=None`` to lift it.
DEFAULT_MAX_BYTES = 256 * 1024 * 1024

#: Longest CSV row, in characters (a row may span lines when a quoted note holds line
#: breaks). A longer row is skipped with a reason; the rows after it are read as usual.
MAX_RECORD = MAX_LINE

#: The format names `read_export` accepts.
FORMATS = ("strong", "hevy", "fitnotes", "jefit", "negatives")

Record = tuple[int, list[str]]
"""A CSV record: the line it starts on, and its cells."""


# -- what a format parser yields ----------------------------------------------------------------


@attrs.frozen
class Skip:
    row: int
    reason: str


@attrs.frozen
class Structural:
    """A line with no set by design; ``breaks`` when it separates workouts (a repeated header)."""

    row: int
    what: str
    breaks: bool = False


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
    #: ``verbatim``: the row states the session exactly (a negatives CSV): its ``source`` (the
    #: app's, not this file's) and its notes are taken as they are.
    source: Source | None = None
    verbatim: bool = False


@attrs.frozen
class Entry:
    """Sets read from one row, with the session they belong to.

    ``claims`` are further rows (a JEFIT session line) that count as imported with it;
    ``raw`` is a hash of the row's cells: a workout whose rows hash alike, in order, is a
    repeat (its set numbers included, so equal sets of one workout are not taken for one).
    """

    row: int
    key: object
    session: SessionInfo
    sets: tuple[Set, ...]
    claims: tuple[int, ...] = ()
    raw: int = 0


Parsed = Entry | Skip | Structural


class Format(Protocol):
    """A format's reader: detection from the header, and rows into entries."""

    name: str
    app: str

    def detect(self, first_line: str) -> bool: ...

    def start(self, first_line: str, ctx: Context) -> Iterator[Parsed]:
        """Read the rest of the file from ``ctx.records`` (the first line already read)."""
        ...


# -- records: CSV rows with their size bounded ----------------------------------------------------


class _OverlongError(Exception):
    """A row grew past `MAX_RECORD` characters."""


class _Feed:
    """The lines handed to the CSV reader, with the current row's size and quotes counted."""

    __slots__ = ("lines", "quotes", "size")

    def __init__(self, lines: Lines) -> None:
        self.lines = lines
        self.size = 0
        self.quotes = 0

    def __iter__(self) -> _Feed:
        return self

    def __next__(self) -> str:
        line = next(self.lines)
        self.size += len(line)
        self.quotes += line.count('"')
        if self.size > MAX_RECORD:
            raise _OverlongError
        return line

    def finish_row(self) -> int:
        """Read to the end of an over-long row (where its quotes pair up); its last line."""
        while self.quotes % 2:
            line = next(self.lines, None)
            if line is None:
                break
            self.quotes += line.count('"')
        return self.lines.line_no


# -- context ------------------------------------------------------------------------------------


def _summary(error: ValidationError) -> str:
    return "; ".join(error.lines())


_CUSTOM = "custom-"


class Context:
    """What a format parser needs: options, the records, dates, exercise mapping, set building."""

    def __init__(
        self,
        *,
        fmt: str,
        name: str | None,
        lines: Lines,
        unit: Unit | None,
        tz: dt.tzinfo | None,
        catalog: Catalog | None,
        dates: DateReader | None = None,
    ) -> None:
        self.format = fmt
        self.name = name or "<stream>"
        self.lines = lines
        self.unit = unit
        self.tz = tz
        self.dates = dates if dates is not None else DateReader()
        self._catalog = catalog if catalog is not None else _catalog.Catalog.builtin()
        self.tally = Tally(format=fmt, file=name)
        self._exercises: dict[str, tuple[Exercise, _catalog.NameParts]] = {}
        self._last_time: tuple[dt.datetime, dt.date, dt.datetime | None] | None = None
        self._custom_ids: dict[str, str] = {}

    # records

    def records(self, delimiter: str) -> Iterator[Record]:
        """The CSV records of the rest of the file, each counted as read.

        A row longer than `MAX_RECORD`, or one whose quote is never closed (so that it swallowed
        the lines after it), is counted and skipped here, with its lines; reading goes on after
        it.
        """
        feed = _Feed(self.lines)
        reader = csv.reader(feed, delimiter=delimiter)
        limit = csv.field_size_limit
        tally = self.tally
        while True:
            start = self.lines.line_no + 1
            feed.size = feed.quotes = 0
            # The csv module's field limit is process-wide; it is raised (to just above the
            # row limit, which is checked here) only while this reader takes one row.
            previous = limit(MAX_RECORD + 1)
            try:
                cells = next(reader)
            except StopIteration:
                return
            except _OverlongError:
                end = feed.finish_row()
                tally.rows_read += 1
                tally.skip(
                    start,
                    f"longer than {MAX_RECORD:,} characters (lines {start}-{end}): a note far "
                    "longer than any app writes, or a quote that is never closed",
                )
                continue
            except csv.Error as error:  # pragma: no cover - see below
                # csv raises nothing on the lines handed to it here (one line ending each,
                # fields below its limit); kept so that no csv.Error can ever escape bare.
                raise ParseError(
                    f"{self.name}, line {self.lines.line_no}: {error}; the file is not a "
                    "well-formed CSV export"
                ) from None
            finally:
                limit(previous)
            tally.rows_read += 1
            if feed.quotes % 2 and self.lines.line_no > start:
                tally.skip(
                    start,
                    f"a quote opened in this row is never closed: lines {start}-"
                    f"{self.lines.line_no} were read as one row; check the file at line {start}",
                )
                continue
            yield start, cells

    # values

    def session_at(self, value: dt.datetime | dt.date, row: int) -> SessionInfo:
        """The session of a date (and time) read from the file: its local day and its start.

        Raises:
            RowError: the time cannot be placed in ``tz`` (at the edge of the calendar).
        """
        if not isinstance(value, dt.datetime):
            return SessionInfo(date=value)
        last = self._last_time
        if last is not None and last[0] is value:  # the same cell as the row before
            return SessionInfo(date=last[1], start=last[2]) if last[2] else self._local(value)
        info = self._session_at(value, row)
        self._last_time = (value, info.date, info.start)
        return info

    @staticmethod
    def _local(value: dt.datetime) -> SessionInfo:
        return SessionInfo(date=value.date(), extra={"start_local": value.isoformat()})

    def _session_at(self, value: dt.datetime, row: int) -> SessionInfo:
        try:
            if value.utcoffset() is not None:
                start = settle(value.astimezone(self.tz)) if self.tz is not None else value
                return SessionInfo(date=start.date(), start=start)
            if self.tz is not None:
                start, note = localize(value, self.tz)
                if note is not None:
                    self.note(f"row {row}: {note}", key=f"zone {value.isoformat()}")
                return SessionInfo(date=value.date(), start=start)
        except OverflowError:
            raise RowError(f"{value.isoformat(' ')} cannot be placed in the time zone") from None
        return self._local(value)

    def note(self, text: str, *, key: str | None = None) -> None:
        self.tally.note(text, key=key)

    def clip(self, text: str, what: str, row: int) -> str:
        """``text`` cut to the longest text the model holds (`MAX_TEXT`), with a note."""
        if len(text) <= MAX_TEXT:
            return text
        self.note(
            f"row {row}: the {what} ({len(text):,} characters) was cut to the {MAX_TEXT:,} "
            "characters a text field holds"
        )
        return text[:MAX_TEXT]

    # exercises: every name becomes an Exercise here, and only here

    def exercise(self, name: str) -> Exercise:
        """The exercise ``name`` refers to (see `negatives.io._names`); reported when unmapped."""
        return self._known(name)[0]

    def _known(self, name: str) -> tuple[Exercise, _catalog.NameParts]:
        key = name.strip()
        known = self._exercises.get(key)
        if known is not None:
            return known
        if not key:
            raise RowError("the exercise name is blank")
        if len(key) > _MAX_NAME:
            raise RowError(f"the exercise name is longer than {_MAX_NAME} characters")
        resolution = self._catalog.resolve(key)
        parts = resolution.parts if resolution.parts is not None else _catalog.parse_name(key)
        exercise = resolution.exercise
        if exercise is None:
            exercise = custom_exercise(self._custom_id(key), key, parts)
            self.tally.unmapped[key] = Unmapped(
                key, exercise.id, 0, resolution.candidates, resolution.reason
            )
        self._exercises[key] = (exercise, parts)
        self.tally.exercises[key] = exercise.id
        return exercise, parts

    def catalog_exercise(self, id_: str) -> Exercise:
        """The catalog's exercise of exactly this id (for files that store ids).

        Raises:
            CatalogError: the catalog has no exercise of this id.
        """
        exercise = self._catalog.entry(id_).exercise
        self.register(exercise.name, exercise)
        return exercise

    def register(self, name: str, exercise: Exercise, *, unmapped: bool = False) -> None:
        """Record, for the report, that ``name`` was imported as ``exercise``."""
        self.tally.exercises[name] = exercise.id
        if unmapped:
            self.tally.unmapped[name] = Unmapped(name, exercise.id, 0)

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

    # sets

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

        Assisted exercises (an assisted pull-up or dip machine, a band) become a set with no
        added load and the help as `Set.assistance`:

        - a **negative** weight on any exercise is the help, as most logging apps write it
          (and as users do in apps that lack an assisted type);
        - a **positive** weight on an exercise whose name says *assisted* is the help too:
          Strong's "Assisted Bodyweight" exercises (``"Pull Up (Assisted)"``, ``"Chin Up
          (Assisted)"``) and Hevy's ``bodyweight_assisted_reps`` exercises (``"Chest Dip
          (Assisted)"``) record the machine's counterweight as a positive number in the
          weight column. Seen in public exports: a Strong export
          (DaKheera47/strong-statistics, ``tests_sample.csv``) logs ``Pull Up (Assisted)`` at
          77 kg next to a 25 kg lat pulldown; Hevy's own sample export
          (matanabudy/workout-data-sync, ``examples/hevy_export_sample.csv``) logs ``Pull Up
          (Assisted)`` at 21 kg; Hevy's API lists ``bodyweight_assisted_reps`` as the exercise
          type "assisted (e.g. assisted dips)".

        Either way the report notes it once per exercise name.
        """
        fields = {
            key: self.clip(value, f"{key!r} cell", row) for key, value in (extra or {}).items()
        }
        if reps is None or reps == 0:
            if timed:
                raise RowError("distance or time only (cardio or a timed hold): no reps to import")
            raise RowError("no reps" if reps is None else "0 reps")
        if reps < 0:
            raise RowError(f"reps {reps} is negative")
        known, parts = self._known(exercise)
        help_: float | None = None
        if weight is not None and weight < 0:
            help_, weight = -weight, 0.0
            self.note(
                f"negative weights of {exercise.strip()!r} were read as assistance (an assisted "
                "machine's counterweight or a band), as logging apps write it",
                key=f"negative {exercise.strip()}",
            )
        elif weight and parts.assisted:
            help_, weight = weight, 0.0
            self.note(
                f"weights of {exercise.strip()!r} were read as assistance: an assisted "
                "exercise's weight is the machine's help, as Strong and Hevy log it",
                key=f"assisted {exercise.strip()}",
            )
        if (weight or help_) and unit is None:
            raise RowError(
                f"weight {weight or -(help_ or 0):g} has no unit (the unit cell is blank); pass "
                "unit='kg' or unit='lb' to read blank units"
            )
        load = Load(weight or 0.0, unit or Unit.KG)
        assistance = Load(help_, load.unit) if help_ else None
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
                known,
                reps=reps,
                load=load,
                assistance=assistance,
                set_type=set_type,
                rpe=rpe_value,
                notes=self.clip(notes.strip(), "note", row),
                superset=superset,
                extra=fields,
            )
        except ValidationError as error:
            problem = _summary(error)
            if assistance is not None:
                sign = "negative weight" if not parts.assisted else "weight on an assisted exercise"
                problem = f"{sign} read as assistance ({assistance}): {problem}"
            raise RowError(problem) from None


# -- options ------------------------------------------------------------------------------------


def formats() -> dict[str, Format]:
    from ._fitnotes import FitNotes
    from ._hevy import Hevy
    from ._jefit import Jefit
    from ._negatives import Negatives
    from ._strong import Strong

    found: list[Format] = [Negatives(), Strong(), Hevy(), FitNotes(), Jefit()]
    return {f.name: f for f in found}


def zone(tz: object) -> dt.tzinfo | None:
    """The ``tz`` option: ``None``, a ``tzinfo`` or an IANA name."""
    if tz is None or isinstance(tz, dt.tzinfo):
        return tz
    if not isinstance(tz, str):
        raise TypeError(
            f"tz must be a time zone name like 'Europe/Oslo' or a tzinfo, got {type(tz).__name__}"
        )
    try:
        return ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        raise ParseError(
            f"unknown time zone {tz!r}; use an IANA name like 'Europe/Oslo' or 'America/New_York'"
        ) from None


def unit_option(unit: object) -> Unit | None:
    """The ``unit`` option: ``None``, a `Unit` or its name."""
    if unit is None:
        return None
    if not isinstance(unit, (str, Unit)):
        raise TypeError(f"unit must be 'kg', 'lb' or a Unit, got {type(unit).__name__}")
    try:
        return Unit.parse(unit)
    except ParseError as error:
        raise ParseError(f"unit: {error}") from None


def max_bytes_option(max_bytes: object) -> int | None:
    if max_bytes is None:
        return None
    if not isinstance(max_bytes, int) or isinstance(max_bytes, bool):
        raise TypeError(f"max_bytes must be an int or None, got {type(max_bytes).__name__}")
    if max_bytes < 0:
        raise ValueError(f"max_bytes must be 0 or more, got {max_bytes}")
    return max_bytes


def format_option(format: object) -> str | None:
    if format is None:
        return None
    if not isinstance(format, str):
        raise TypeError(
            f"format must be a str naming the export format, got {type(format).__name__}"
        )
    if format not in FORMATS:
        raise ParseError(f"unknown export format {format!r}; known: {', '.join(FORMATS)}")
    return format


def catalog_option(catalog: object) -> Catalog:
    if catalog is None:
        return _catalog.Catalog.builtin()
    if not isinstance(catalog, _catalog.Catalog):
        raise TypeError(
            f"catalog must be a negatives.catalog.Catalog, got {type(catalog).__name__}"
        )
    return catalog


def names_option(names: object, catalog: Catalog) -> Catalog:
    """The catalog an import resolves names with: ``catalog`` with the user's ``names``."""
    if names is None:
        return catalog
    if not isinstance(names, (str, os.PathLike, Mapping)):
        raise TypeError(
            f"names must be a path, TOML or JSON text, or a mapping, got {type(names).__name__}"
        )
    return _catalog.load_names(names, base=catalog)


def open_source(
    source: object, max_bytes: int | None
) -> tuple[IO[Any], bool | None, bool, str | None]:
    """(handle, binary, owned, file name) for a path or an open file."""
    if isinstance(source, (str, os.PathLike)):
        path = Path(source)
        if "\x00" in str(path):
            raise ParseError(f"{str(path)!r}: a file path cannot contain a NUL character")
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
        except OSError as error:
            raise ParseError(f"{path}: cannot be read ({error.strerror or error})") from None
        return handle, True, True, path.name
    if not callable(getattr(source, "read", None)):
        raise TypeError(f"source must be a path or an open file, got {type(source).__name__}")
    if getattr(source, "closed", False):
        raise TypeError("source is a closed file; pass an open file or a path")
    name = getattr(source, "name", None)
    label = Path(name).name if isinstance(name, str) else None
    if isinstance(source, io.TextIOBase):
        return source, False, False, label  # type: ignore[return-value]
    if isinstance(source, (io.RawIOBase, io.BufferedIOBase)):
        return source, True, False, label  # type: ignore[return-value]
    return source, None, False, label  # type: ignore[return-value]


def clip(text: str, length: int = 80) -> str:
    text = text.rstrip("\r\n")
    return text if len(text) <= length else text[: length - 3] + "..."


# -- helpers for the CSV formats ----------------------------------------------------------------


def header_cells(first_line: str, label: str = "<stream>") -> tuple[list[str], str]:
    """The header's cells and the delimiter (``;`` when it has more of those than commas)."""
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    try:
        cells = next(csv.reader([first_line], delimiter=delimiter), [])
    except csv.Error as error:
        raise ParseError(f"{label}, line 1: the header is not a CSV line ({error})") from None
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

    def digest(self) -> int:
        """A hash of the row's cells."""
        return hash(tuple(self._cells))

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
    """A blank line or a repeated header (structural), or too many cells (skipped)."""
    if not cells or not any(c.strip() for c in cells):
        return Structural(row, "blank line")
    if cells[0].strip() == header[0] and [c.strip() for c in cells] == header:
        return Structural(row, "the header line again (files joined together?)", breaks=True)
    if len(cells) > len(header) and any(c.strip() for c in cells[len(header) :]):
        return Skip(
            row,
            f"{len(cells)} cells but the header has {len(header)} columns (an unquoted comma "
            "or semicolon in a note?)",
        )
    return None


_WEIGHT_UNIT = re.compile(r"weight \((kgs?|lbs?)\)")


def weight_column(header: list[str]) -> tuple[str, Unit | None]:
    """The weight column and its unit (``Weight (kg)``); ``("Weight", None)`` without one."""
    for column in header:
        match = _WEIGHT_UNIT.fullmatch(normal(column))
        if match:
            return column, Unit.parse(match.group(1))
    return "Weight", None


def has_columns(first_line: str, required: tuple[str, ...]) -> bool:
    """Whether a header line has every one of ``required`` (for format detection)."""
    header, _ = header_cells(first_line)
    return {normal(c) for c in required} <= {normal(h) for h in header}


def settled(records: Iterator[Record], positions: list[int], ctx: Context) -> Iterator[Record]:
    """The records, held back while the day/month order of their dates is undecided.

    Records pass straight through until a date that reads both ways appears; from there they
    are held until a later date settles the order (a number over 12), then released in order.
    A file that ends undecided is refused, naming ``date_format``.
    """
    dates = ctx.dates
    held: list[Record] = []
    for record in records:
        if dates.order is None and dates.pattern is None:
            cells = record[1]
            for position in positions:
                if position < len(cells):
                    dates.observe(cells[position], record[0])
        if dates.pending:
            held.append(record)
            continue
        if held:
            yield from held
            held.clear()
        yield record
    if held:
        assert dates.ambiguous is not None
        row, text = dates.ambiguous
        raise ParseError(
            f"{ctx.name}, line {row}: the date {text!r} could be day/month or month/day, and no "
            "date in the file settles it (a day over 12); pass date_format='dmy' or "
            "date_format='mdy' (--date-format on the command line)"
        )


def each_row(
    records: Iterator[Record],
    header: list[str],
    entry: Callable[[int, Row], Parsed],
    ctx: Context,
    date_columns: Iterable[str] = (),
) -> Iterator[Parsed]:
    """Every record as ``entry(row, cells)``.

    Blank lines and repeated headers are structural, rows with too many cells and rows whose
    ``entry`` raises `RowError` are skipped; the dates' day/month order is settled first.
    """
    columns = Columns(header)
    positions = [columns.index[normal(c)] for c in date_columns if normal(c) in columns.index]
    if positions:
        records = settled(records, positions, ctx)
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


#: Barbell loads of pound plate maths: a 45 lb bar plus pairs of 25 and 45 lb plates.
_POUND_BARBELL = frozenset({95.0, 135.0, 185.0, 225.0, 275.0, 315.0, 365.0, 405.0})


def pound_hint(weights: list[float]) -> str:
    """A hint when loads look like pound plate maths (45 lb bar plus pairs of plates).

    Either most loads of 45 or more are 45 + 10k (a bar and pairs of plates), or the classic
    barbell loads of a pound gym (135, 225, 315 ...) make up a tenth of them, two or more of
    them: a real pound log mixes barbells with machines and dumbbells in 5 lb steps.
    """
    heavy = [w for w in weights if w >= 45]
    if len(heavy) < 3:
        return ""
    pounds = [w for w in heavy if w.is_integer() and (w - 45) % 10 == 0]
    classic = [w for w in heavy if w in _POUND_BARBELL]
    if len(pounds) / len(heavy) < 0.6 and (
        len(set(classic)) < 2 or len(classic) / len(heavy) < 0.1
    ):
        return ""
    shown = sorted(set(classic)) or sorted(set(pounds))
    sample = ", ".join(f"{w:g}" for w in shown[:4])
    return (
        f"; the loads look like pounds ({sample}: a 45 lb bar plus pairs of plates), so "
        "probably unit='lb'"
    )


def unit_required(label: str, app: str, weights: list[float]) -> ParseError:
    return ParseError(
        f"{label}: this {app} export does not say whether its loads are kg or lb; pass "
        f"unit='kg' or unit='lb' (--unit on the command line){pound_hint(weights)}"
    )


def row_unit(
    row: Row, file_unit: Unit | None, fallback: Unit | None, column: str = "Weight Unit"
) -> Unit | None:
    """The unit of a row's weight.

    The header's (``Weight (kg)``), checked against a unit column when the file has both;
    else the unit column's; else ``fallback``.

    Raises:
        RowError: the unit cell is unknown, or disagrees with the header's unit.
    """
    cell = parse_unit(row.get(column), column) if row.has(column) else None
    if file_unit is None:
        return cell or fallback
    if cell is not None and cell is not file_unit:
        raise RowError(
            f"{column} says {cell.value} but the weight column's header says {file_unit.value}; "
            "which one is right is unknown"
        )
    return file_unit


def date_reader(date_format: object) -> DateReader:
    return DateReader(date_option(date_format))

"""`read_export` and `iter_export`: entries into sessions, repeated workouts found, rows counted."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator
from typing import IO, TYPE_CHECKING, Any

import attrs

from ..errors import ParseError, ValidationError
from ..model import Session, Set, Source
from ..units import Unit
from ._lines import Lines
from ._reader import (
    DEFAULT_MAX_BYTES,
    FORMATS,
    Context,
    Entry,
    ExportSource,
    Parsed,
    Skip,
    Structural,
    catalog_option,
    clip,
    date_reader,
    format_option,
    formats,
    max_bytes_option,
    names_option,
    open_source,
    unit_option,
    zone,
)
from ._report import Duplicate, ImportReport, ImportResult

if TYPE_CHECKING:
    from ..catalog import Catalog
    from ._reader import SessionInfo

__all__ = ["ExportReader", "iter_export", "read_export"]


def _summary(error: ValidationError) -> str:
    return "; ".join(error.lines())


def _join_notes(parts: list[str]) -> str:
    return "\n".join(dict.fromkeys(p.strip() for p in parts if p.strip()))


@attrs.define
class _Block:
    """Consecutive entries of one workout."""

    key: object
    entries: list[Entry]
    digest: int = 0

    @property
    def rows(self) -> list[int]:
        return [r for e in self.entries for r in (e.row, *e.claims)]

    @property
    def span(self) -> tuple[int, int]:
        rows = self.rows
        return min(rows), max(rows)


@attrs.define
class _Workout:
    """A workout being assembled, or (``done``) already passed on."""

    info: SessionInfo
    blocks: list[tuple[int, int, tuple[int, int]]]  # digest, sets, span
    sets: list[Set] = attrs.Factory(list)
    rows: list[int] = attrs.Factory(list)
    notes: list[str] = attrs.Factory(list)
    done: bool = False


def _label(info: SessionInfo) -> str:
    name = f"{info.name!r} of " if info.name else ""
    when = info.start.isoformat(" ") if info.start is not None else info.date.isoformat()
    return f"the workout {name}{when}"


class ExportReader(Iterator[Session]):
    """Sessions of an export, read one at a time; `report` accounts for the rows read so far.

    Rows of one workout are consecutive in every app's export, so a session is passed on when
    the next row belongs to another workout: memory stays flat, whatever the file's size
    (a few numbers per workout are kept, to recognise repeats).

    A workout that appears again later in the file:

    - as an exact repeat (the same rows: an export joined to itself, overlapping exports) is
      a **duplicate**: its rows are skipped, each with a reason, and listed in
      ``report.duplicates``; nothing is doubled;
    - with other rows (the rows of one workout not together): this reader has passed the
      workout on already, so it does not split it into a second session: the later rows are
      skipped with a reason saying so. `read_export` merges them into one session instead.

    Use it as a context manager, or `close` it, to close a file it opened before the end.

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
        *,
        merge: bool = False,
    ) -> None:
        self.format = format
        self._parsed = parsed
        self._ctx = ctx
        self._handle = handle
        self._owned = owned
        self._app = app
        self._merge = merge
        self._block: _Block | None = None
        self._workouts: dict[object, _Workout] = {}
        self._ready: list[Session] = []
        self._done = False

    @property
    def report(self) -> ImportReport:
        """The account of the rows read so far."""
        ctx = self._ctx
        dates = ctx.dates
        ctx.tally.date_format = dates.pattern or dates.order
        if dates.decided_by is not None:
            row, text = dates.decided_by
            order = "day/month/year" if dates.order == "dmy" else "month/day/year"
            ctx.note(
                f"numeric dates were read as {order}, as row {row} ({text!r}) shows",
                key="date order",
            )
        return ctx.tally.report()

    @property
    def position(self) -> int:
        """Bytes (characters, for text streams) read so far, for progress displays."""
        return self._ctx.lines.chars

    def __iter__(self) -> ExportReader:
        return self

    def __next__(self) -> Session:
        while not self._ready and not self._done:
            try:
                item = next(self._parsed)
            except StopIteration:
                self._done = True
                self.close()
                self._end_block()
                if self._merge:
                    self._ready.extend(self._sessions())
                break
            except BaseException:
                self.close()
                raise
            self._take(item)
        if self._ready:
            return self._ready.pop(0)
        raise StopIteration

    def _take(self, item: Parsed) -> None:
        tally = self._ctx.tally
        if isinstance(item, Skip):
            tally.skip(item.row, item.reason)
            return
        if isinstance(item, Structural):
            tally.structure(item.row, item.what)
            if item.breaks:
                self._end_block()
            return
        block = self._block
        if block is not None and block.key != item.key:
            self._end_block()
            block = None
        if block is None:
            block = self._block = _Block(item.key, [])
        block.entries.append(item)
        block.digest = hash((block.digest, item.raw))

    def _end_block(self) -> None:
        block, self._block = self._block, None
        if block is None:
            return
        sets = sum(len(e.sets) for e in block.entries)
        span = block.span
        workout = self._workouts.get(block.key)
        if workout is None:
            info = block.entries[0].session
            workout = self._workouts[block.key] = _Workout(info, [])
        else:
            for digest, count, kept in workout.blocks:
                if digest == block.digest and count == sets:
                    self._repeat(block, workout, span, kept, sets)
                    return
            if workout.done:
                reason = (
                    f"belongs to {_label(workout.info)} (rows {workout.blocks[0][2][0]}-"
                    f"{workout.blocks[0][2][1]}), already passed on: the rows of one workout are "
                    "not together in this file; read_export merges them"
                )
                for row in block.rows:
                    self._ctx.tally.skip(row, reason)
                return
            first = workout.blocks[0][2]
            self._ctx.note(
                f"the rows of {_label(workout.info)} are not together in the file (rows "
                f"{first[0]}-{first[1]} and {span[0]}-{span[1]}); merged into one session"
            )
        workout.blocks.append((block.digest, sets, span))
        for entry in block.entries:
            workout.sets.extend(entry.sets)
            workout.rows.append(entry.row)
            workout.rows.extend(entry.claims)
            workout.notes.append(entry.session.notes)
        if not self._merge:
            session = self._finish(workout)
            if session is not None:
                self._ready.append(session)

    def _repeat(
        self,
        block: _Block,
        workout: _Workout,
        span: tuple[int, int],
        kept: tuple[int, int],
        sets: int,
    ) -> None:
        info = workout.info
        tally = self._ctx.tally
        tally.duplicates.append(Duplicate(span, kept, info.name, info.date, sets))
        reason = (
            f"a repeat of rows {kept[0]}-{kept[1]}: {_label(info)} is in the file more than once"
        )
        for row in block.rows:
            tally.skip(row, reason)

    def _sessions(self) -> Iterator[Session]:
        for workout in self._workouts.values():
            session = self._finish(workout)
            if session is not None:
                yield session

    def _finish(self, workout: _Workout) -> Session | None:
        """The session of a workout (counted), or ``None`` when it is invalid (rows skipped)."""
        workout.done = True
        tally = self._ctx.tally
        info = workout.info
        rows, sets = workout.rows, workout.sets
        workout.sets, workout.rows, workout.notes, notes = [], [], [], workout.notes
        source = (
            info.source
            if info.verbatim
            else Source(self._app, tally.file, rows=(min(rows), max(rows)))
        )
        try:
            session = Session(
                info.date,
                sets=sets,
                start=info.start,
                id=info.id,
                name=info.name,
                notes=info.notes if info.verbatim else self._notes(notes, rows),
                source=source,
                extra=info.extra,
                duration=info.duration,
            )
        except ValidationError as error:
            label = f"session {info.name!r} of {info.date.isoformat()}"
            for row in rows:
                tally.skip(row, f"{label} is invalid: {_summary(error)}")
            return None
        tally.rows_imported += len(rows)
        tally.sets_imported += len(sets)
        tally.sessions_imported += 1
        tally.set_counts.update(s.exercise.id for s in sets)
        tally.units.update(s.load.unit for s in sets if s.load.value or s.assistance)
        return session

    def _notes(self, parts: list[str], rows: list[int]) -> str:
        return self._ctx.clip(_join_notes(parts), "workout's notes", min(rows))

    def close(self) -> None:
        """Close the file, if the reader opened it."""
        if self._owned and not self._handle.closed:
            self._handle.close()

    def __enter__(self) -> ExportReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _reader(
    source: ExportSource,
    *,
    format: str | None,
    unit: Unit | str | None,
    tz: str | dt.tzinfo | None,
    catalog: Catalog | None,
    max_bytes: int | None,
    names: object,
    date_format: str | None,
    merge: bool,
) -> ExportReader:
    chosen_name = format_option(format)
    limit = max_bytes_option(max_bytes)
    zone_ = zone(tz)
    wanted = unit_option(unit)
    base = catalog_option(catalog)
    dates = date_reader(date_format)
    base = names_option(names, base)
    known = formats()
    handle, binary, owned, name = open_source(source, limit)
    try:
        label = name or "<stream>"
        lines = Lines(handle, label, limit, binary=binary)
        blank: list[int] = []
        first = next(lines, "")
        while first and not first.strip():
            blank.append(lines.line_no)
            first = next(lines, "")
        if not first.strip():
            raise ParseError(f"{label}: the file is empty; expected an app export with a header")
        if chosen_name is None:
            chosen = next((f for f in known.values() if f.detect(first)), None)
            if chosen is None:
                raise ParseError(
                    f"{label}: not a Strong, Hevy, FitNotes or JEFIT export (its first line is "
                    f"{clip(first)!r}); pass format= if it is one of them"
                )
        else:
            chosen = known[chosen_name]
        ctx = Context(
            fmt=chosen.name,
            name=name,
            lines=lines,
            unit=wanted,
            tz=zone_,
            catalog=base,
            dates=dates,
        )
        for row in blank:
            ctx.tally.rows_read += 1
            ctx.tally.structure(row, "blank line")
        parsed = chosen.start(first, ctx)
        # Read up to the first row now, so that what the header and the first rows decide
        # (a unit the file needs, a day/month order nothing settles) raises here.
        head = list(itertools.islice(parsed, 1))
        parsed = itertools.chain(head, parsed)
    except BaseException:
        if owned:
            handle.close()
        raise
    return ExportReader(parsed, ctx, handle, owned, chosen.name, chosen.app, merge=merge)


def iter_export(
    source: ExportSource,
    *,
    format: str | None = None,
    unit: Unit | str | None = None,
    tz: str | dt.tzinfo | None = None,
    catalog: Catalog | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    names: object = None,
    date_format: str | None = None,
) -> ExportReader:
    """Read an app export one session at a time; the reader's ``report`` accounts for the rows.

    The format is detected from the file's first line unless ``format`` names it. The file is
    opened and read up to its first row at once, so a missing unit, an unknown format, an
    unreadable file or an undecidable day/month order raise here, before the first session.
    Sessions are passed on as their rows end; see `ExportReader` for workouts whose rows are
    not together (`read_export` merges them).

    Args:
        source: a path, or an open file (text, or binary UTF-8); any line ending.
        format: ``"strong"``, ``"hevy"``, ``"fitnotes"``, ``"jefit"`` or ``"negatives"`` (a
            CSV written by `write_csv`); detected when ``None``.
        unit: the unit of the loads where the export does not say (required for Strong's comma
            format and JEFIT files without settings, which have no unit; used for blank unit
            cells elsewhere). For a Hevy file with both ``weight_kg`` and ``weight_lbs`` it
            picks the column read when both agree.
        tz: the time zone of the export's local times (an IANA name or a ``tzinfo``); with it,
            sessions' ``start`` is timezone-aware; without it, a time without offset is kept as
            text in ``extra["start_local"]`` and ``start`` stays ``None``. Times with an offset
            are converted to ``tz`` when given. Times in a daylight-saving change follow the
            rule in the import guide (noted in the report).
        catalog: the catalog exercise names are looked up in (the built-in one by default).
        max_bytes: the largest file read, or ``None`` for no limit.
        names: your own exercise names: ``{"app name": "exercise-id"}``, or a TOML or JSON file
            (a path, or the text) of ``"app name" = "exercise-id"`` pairs; they win over the
            catalog.
        date_format: how numeric dates are written: ``"dmy"`` (15/01/2024), ``"mdy"``
            (01/15/2024), or a `datetime.strptime` pattern (``"%d.%m.%Y %H:%M"``) for every
            date cell. Without it the day/month order is decided from the file's data.

    Raises:
        TypeError: an argument of the wrong type (``format=["strong"]``, ``max_bytes="10"``, a
            closed file).
        ParseError: the file is not a recognised export, needs ``unit`` or ``date_format``, is
            not UTF-8, is too large, or is malformed CSV (with the line); an option's value is
            unknown.
    """
    return _reader(
        source,
        format=format,
        unit=unit,
        tz=tz,
        catalog=catalog,
        max_bytes=max_bytes,
        names=names,
        date_format=date_format,
        merge=False,
    )


def read_export(
    source: ExportSource,
    *,
    format: str | None = None,
    unit: Unit | str | None = None,
    tz: str | dt.tzinfo | None = None,
    catalog: Catalog | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    names: object = None,
    date_format: str | None = None,
) -> ImportResult:
    r"""Read a whole app export: its sessions and the report of the import.

    Same arguments as `iter_export`. Unlike it, a workout whose rows are not together in the
    file is merged into one session (with a note); sessions are in the order their first row
    appears.

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
    with _reader(
        source,
        format=format,
        unit=unit,
        tz=tz,
        catalog=catalog,
        max_bytes=max_bytes,
        names=names,
        date_format=date_format,
        merge=True,
    ) as reader:
        sessions = tuple(reader)
        return ImportResult(sessions, reader.report)


__all__ += ["DEFAULT_MAX_BYTES", "FORMATS"]

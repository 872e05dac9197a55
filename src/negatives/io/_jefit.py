"""JEFIT's CSV export: a sectioned file.

A full export ("My Data" in JEFIT's settings) starts with a blank line and has sections under
banners like ``### SETTING ######...``: ``SETTING``, ``PROFILE``, ``ROUTINES``, ``WORKOUT
SESSIONS``, ``EXERCISE LOGS``, ``EXERCISE SET LOGS``, ``NOTES``..., each with its own column
line, closed by a line of ``#``. Two sections hold training:

- ``WORKOUT SESSIONS``: one row per session (``_id``, Unix ``starttime``/``endtime``,
  ``total_time`` in seconds; older files also a ``mydate``);
- ``EXERCISE LOGS``: one row per exercise of a session (``belongsession`` = the session's
  ``_id``, ``mydate`` = the local day, ``ename``, and ``logs`` holding several sets,
  ``100x5,100x5``).

The unit is the ``mass`` setting of the ``SETTING`` section (``" kg"`` or ``" lbs"``); a file
without it needs ``unit``. Rows of the other sections (settings, body measurements, routines,
notes) carry no sets by design and are structural, as are banners, column lines and blank
lines. A session without logs is reported as skipped; logs that name no known session are
imported by their own ``mydate``.

The layout is JEFIT's as read by public parsers of real exports (e.g. the JEFIT readers of the
skrot, JeFit2Hevy and openweight projects); JEFIT does not document it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import attrs

from ..errors import ParseError
from ..model import Set
from ..units import Unit
from ._reader import (
    Columns,
    Context,
    Entry,
    Parsed,
    Record,
    Row,
    SessionInfo,
    Skip,
    Structural,
    first_records,
    normal,
    unit_required,
)
from ._values import RowError, parse_float

__all__ = ["Jefit"]

_PIECE = re.compile(r"\s*(-?[0-9]+(?:[.,][0-9]+)?)\s*[xX×*]\s*([0-9]+)\s*", re.ASCII)
_NUMBER = re.compile(r"(-?[0-9]+(?:\.[0-9]+)?)\s*[xX]\s*[0-9]+", re.ASCII)
_SESSIONS, _LOGS, _SETTING = "workout sessions", "exercise logs", "setting"


@attrs.define
class _Session:
    """A WORKOUT SESSIONS row (``row`` 0: a session known only from its logs)."""

    row: int
    id: str | None
    cells: tuple[str, ...]
    day: dt.date | None
    start: dt.datetime | None
    duration: float | None
    extra: dict[str, str]
    info: SessionInfo | None = None
    claimed: bool = False

    @property
    def key(self) -> object:
        return ("session", self.id) if self.id is not None else ("day", self.day)


def _section(marker: str) -> str:
    return " ".join(marker.strip().strip("#").lower().split())


def _is_banner(cells: list[str]) -> bool:
    return bool(cells) and cells[0].strip().startswith("###")


def _mass(header: list[str], cells: list[str]) -> Unit | None:
    columns = [normal(h) for h in header]
    if "mass" not in columns or columns.index("mass") >= len(cells):
        return None
    try:
        return Unit.parse(cells[columns.index("mass")].strip())
    except ParseError:
        return None


def _setting_unit(records: Iterator[Record], section: str) -> tuple[list[Record], Unit | None]:
    """Records read ahead to the SETTING section's ``mass`` (or to the training sections)."""
    held: list[Record] = []
    header: list[str] | None = None
    for record in records:
        held.append(record)
        cells = record[1]
        if _is_banner(cells):
            section, header = _section(cells[0]), None
            if section in (_SESSIONS, _LOGS):
                break
            continue
        if section != _SETTING or not any(c.strip() for c in cells):
            continue
        if header is None:
            header = cells
            continue
        unit = _mass(header, cells)
        if unit is not None:
            return held, unit
    return held, None


class Jefit:
    """The JEFIT app's CSV export."""

    name = "jefit"
    app = "JEFIT"

    def detect(self, first_line: str) -> bool:
        return first_line.lstrip().startswith("###")

    def start(self, first_line: str, ctx: Context) -> Iterator[Parsed]:
        records = ctx.records(",")
        held, unit = _setting_unit(records, _section(first_line))
        if ctx.unit is None and unit is None:
            weights: list[float] = []
            for _, cells in [*held, *first_records(records, 2000)]:
                for cell in cells:
                    weights.extend(float(n) for n in _NUMBER.findall(cell))
            raise unit_required(ctx.name, self.app, weights)
        if ctx.unit is not None and unit is not None and unit is not ctx.unit:
            ctx.note(
                f"the file's SETTING says loads are in {unit.value}; unit='{ctx.unit.value}' "
                "was given and used"
            )
        chosen = ctx.unit or unit
        assert chosen is not None
        return self._rows(first_line, iter([*held, *records]) if held else records, ctx, chosen)

    def _rows(
        self, first_line: str, records: Iterator[Record], ctx: Context, unit: Unit
    ) -> Iterator[Parsed]:
        section = _section(first_line)
        header: Columns | None = None
        sessions: dict[str, _Session] = {}
        sessions_seen = section == _SESSIONS
        for row_no, cells in records:
            if not cells or not any(c.strip() for c in cells):
                yield Structural(row_no, "blank line")
                continue
            if _is_banner(cells):
                section, header = _section(cells[0]), None
                sessions_seen = sessions_seen or section == _SESSIONS
                yield Structural(row_no, "end of section" if not section else "section marker")
                continue
            if not section:
                yield Skip(row_no, "a row outside any section")
                continue
            if section not in (_SESSIONS, _LOGS):
                yield Structural(row_no, f"a line of the {section.upper()} section (not training)")
                continue
            if header is None:
                header = Columns([c.strip() for c in cells])
                yield Structural(row_no, f"column names of {section.upper()}")
                continue
            row = Row(header, cells)
            try:
                if section == _SESSIONS:
                    self._session(row_no, row, cells, sessions, ctx)
                else:
                    yield self._log(row_no, row, sessions, sessions_seen, ctx, unit)
            except RowError as error:
                yield Skip(row_no, str(error))
        for number, session in sessions.items():
            if session.row and not session.claimed:
                yield Skip(session.row, f"workout session {number} has no exercise logs")

    def _session(
        self, row_no: int, row: Row, cells: list[str], sessions: dict[str, _Session], ctx: Context
    ) -> None:
        number = row.get("_id").strip()
        if not number:
            raise RowError("_id is blank")
        known = sessions.get(number)
        if known is not None:
            if known.cells == tuple(c.strip() for c in cells):
                raise RowError(
                    f"repeats workout session {number} of row {known.row} (files joined together?)"
                )
            raise RowError(f"workout session _id {number!r} appears twice")
        day_text = row.get("mydate")
        day = ctx.dates.day(day_text, "mydate", row_no) if day_text.strip() else None
        start = self._time(row, ("starttime", "starttimie"))
        total = parse_float(row.get("total_time"), "total_time")
        extra = row.rest()
        duration = None
        if total is not None and 0 <= total <= 24 * 3600:
            duration = total
        elif total is not None:
            extra["total_time"] = row.get("total_time").strip()
        sessions[number] = _Session(
            row_no, number, tuple(c.strip() for c in cells), day, start, duration, extra
        )

    @staticmethod
    def _time(row: Row, columns: tuple[str, ...]) -> dt.datetime | None:
        for column in columns:
            stamp = parse_float(row.get(column), column)
            if stamp:
                try:
                    return dt.datetime.fromtimestamp(stamp, dt.UTC)
                except (OverflowError, OSError, ValueError):
                    raise RowError(f"{column} {stamp:g} is not a time") from None
        return None

    def _info(
        self, session: _Session, day: dt.date | None, ctx: Context, row_no: int
    ) -> SessionInfo:
        if session.info is not None:
            return session.info
        start = session.start
        if start is not None and ctx.tz is not None:
            start = ctx.session_at(start, row_no).start
        when = session.day or day
        if when is None:
            if start is None:
                raise RowError(
                    f"workout session {session.id} has no day: no mydate here or in its "
                    "session row, and no starttime"
                )
            when = start.date()
            ctx.note(
                f"workout session {session.id} has no mydate; its day is that of its start "
                f"({start.tzname()}); pass tz= for the local day",
                key="jefit day",
            )
        session.info = SessionInfo(
            date=when,
            start=start,
            id=session.id,
            duration=session.duration,
            extra=session.extra,
        )
        return session.info

    def _log(
        self,
        row_no: int,
        row: Row,
        sessions: dict[str, _Session],
        sessions_seen: bool,
        ctx: Context,
        unit: Unit,
    ) -> Entry:
        number = row.get("belongsession").strip()
        day_text = row.get("mydate")
        day = ctx.dates.day(day_text, "mydate", row_no) if day_text.strip() else None
        name, logs = row.get("ename"), row.get("logs")
        extra = row.rest()
        pieces = [p for p in logs.split(",") if p.strip()]
        parsed: list[tuple[int, float, int]] = []
        for position, piece in enumerate(pieces, start=1):
            match = _PIECE.fullmatch(piece)
            if match is None:
                raise RowError(f"logs set {position} {piece.strip()!r} is not like '100x5'")
            weight, reps = float(match.group(1).replace(",", ".")), int(match.group(2))
            parsed.append((position, weight, reps))
        if (
            len(parsed) >= 4
            and all(w == 0 for _, w, _ in parsed)
            and any(not r for *_, r in parsed)
        ):
            raise RowError(
                f"logs {logs.strip()!r} look like a timed or cardio log: no sets to import"
            )
        made: list[Set] = []
        for position, weight, reps in parsed:
            if reps == 0:
                ctx.note(
                    f"row {row_no}: set {position} {pieces[position - 1].strip()!r} has 0 reps; "
                    "left out"
                )
                continue
            made.append(
                ctx.make_set(
                    exercise=name, reps=reps, weight=weight, unit=unit, extra=extra, row=row_no
                )
            )
        if not made:
            raise RowError("no set with reps in logs")
        session = self._owner(number, day, sessions, sessions_seen, ctx)
        info = self._info(session, day, ctx, row_no)
        claims = () if session.claimed or not session.row else (session.row,)
        session.claimed = True
        return Entry(row_no, session.key, info, tuple(made), claims, raw=row.digest())

    @staticmethod
    def _owner(
        number: str,
        day: dt.date | None,
        sessions: dict[str, _Session],
        sessions_seen: bool,
        ctx: Context,
    ) -> _Session:
        """The session a log belongs to: its WORKOUT SESSIONS row, or one made from its day."""
        session = sessions.get(number) if number else None
        if session is not None:
            return session
        if day is None:
            if sessions_seen or number:
                raise RowError(f"belongsession {number!r} is not in the WORKOUT SESSIONS section")
            raise RowError("the log has no mydate and no belongsession")
        if number and sessions_seen:
            ctx.note(
                f"exercise logs of session {number} have no WORKOUT SESSIONS row; imported by "
                "their mydate",
                key=f"no session {number}",
            )
        key = number or f"day {day.isoformat()}"
        session = sessions.get(key)
        if session is None:
            session = sessions[key] = _Session(0, number or None, (), day, None, None, {})
        return session

"""JEFIT's CSV export: a sectioned file.

``### WORKOUT SESSIONS ###`` lists sessions (``_id,mydate,starttime,...,total_time``), then
``### EXERCISE LOGS ###`` lists one row per exercise of a session (``belongsession,ename,logs``)
whose ``logs`` hold several sets, ``100x5,100x5``. The file has no unit: ``unit`` is required.
Section markers, their column lines and blank lines are structural; a session without logs is
reported as skipped.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import attrs

from ..model import Set
from ._reader import (
    Columns,
    Context,
    Entry,
    Parsed,
    Row,
    SessionInfo,
    Skip,
    Structural,
    first_records,
    unit_required,
)
from ._values import RowError, parse_date, parse_float

__all__ = ["Jefit"]

_PIECE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*[xX]\s*(\d+)\s*$")
_NUMBER = re.compile(r"(\d+(?:\.\d+)?)\s*[xX]\s*\d+")
_SESSIONS, _LOGS = "workout sessions", "exercise logs"


@attrs.define
class _Session:
    row: int
    info: SessionInfo
    claimed: bool = False


class Jefit:
    """The JEFIT app's CSV export."""

    name = "jefit"
    app = "JEFIT"

    def detect(self, first_line: str) -> bool:
        return first_line.lstrip().startswith("###") and "WORKOUT SESSIONS" in first_line.upper()

    def start(self, first_line: str, ctx: Context) -> Iterator[Parsed]:
        records = ctx.records(",")
        if ctx.unit is None:
            weights: list[float] = []
            for _, cells in first_records(records, 2000):
                for cell in cells:
                    weights.extend(float(n) for n in _NUMBER.findall(cell))
            raise unit_required(ctx.name, self.app, weights)
        return self._rows(first_line, records, ctx)

    def _rows(
        self, first_line: str, records: Iterator[tuple[int, list[str]]], ctx: Context
    ) -> Iterator[Parsed]:
        section = _section(first_line)
        header: Columns | None = None
        sessions: dict[str, _Session] = {}
        for row_no, cells in records:
            if not cells or not any(c.strip() for c in cells):
                yield Structural(row_no, "blank line")
                continue
            first = cells[0].strip()
            if first.startswith("###"):
                section, header = _section(first), None
                yield Structural(row_no, "end of section" if not section else "section marker")
                continue
            if header is None and section:
                header = Columns([c.strip() for c in cells])
                yield Structural(row_no, f"column names of {section.upper()}")
                continue
            if not section or header is None:
                yield Skip(row_no, "a row outside any section")
                continue
            row = Row(header, cells)
            try:
                if section == _SESSIONS:
                    number, session = self._session(row_no, row, ctx)
                    if number in sessions:
                        raise RowError(f"workout session _id {number!r} appears twice")
                    sessions[number] = session
                elif section == _LOGS:
                    yield self._log(row_no, row, sessions, ctx)
                else:
                    yield Skip(row_no, f"the {section.upper()} section is not imported")
            except RowError as error:
                yield Skip(row_no, str(error))
        for number, session in sessions.items():
            if not session.claimed:
                yield Skip(session.row, f"workout session {number} has no exercise logs")

    def _session(self, row_no: int, row: Row, ctx: Context) -> tuple[str, _Session]:
        number = row.get("_id").strip()
        if not number:
            raise RowError("_id is blank")
        info = SessionInfo(date=parse_date(row.get("mydate"), "mydate"), id=number)
        stamp = parse_float(row.get("starttime"), "starttime")
        if stamp:
            try:
                start = dt.datetime.fromtimestamp(stamp, dt.UTC)
            except (OverflowError, OSError, ValueError):
                raise RowError(f"starttime {stamp:g} is not a time") from None
            info.start = start.astimezone(ctx.tz) if ctx.tz is not None else start
        total = parse_float(row.get("total_time"), "total_time")
        if total is not None and 0 <= total <= 24 * 3600:
            info.duration = total
        elif total is not None:
            info.extra["total_time"] = row.get("total_time").strip()
        info.extra.update(row.rest())
        return number, _Session(row_no, info)

    def _log(self, row_no: int, row: Row, sessions: dict[str, _Session], ctx: Context) -> Entry:
        number = row.get("belongsession").strip()
        session = sessions.get(number)
        if session is None:
            raise RowError(f"belongsession {number!r} is not in the WORKOUT SESSIONS section")
        name, logs = row.get("ename"), row.get("logs")
        extra = row.rest()
        made: list[Set] = []
        for position, piece in enumerate(logs.split(","), start=1):
            match = _PIECE.match(piece)
            if match is None:
                raise RowError(f"logs set {position} {piece.strip()!r} is not like '100x5'")
            weight, reps = float(match.group(1)), int(match.group(2))
            if reps == 0:
                ctx.note(f"row {row_no}: set {position} {piece.strip()!r} has 0 reps; left out")
                continue
            made.append(
                ctx.make_set(
                    exercise=name, reps=reps, weight=weight, unit=ctx.unit, extra=extra, row=row_no
                )
            )
        if not made:
            raise RowError("no set with reps in logs")
        claims = () if session.claimed else (session.row,)
        session.claimed = True
        return Entry(row_no, number, session.info, tuple(made), claims)


def _section(marker: str) -> str:
    return " ".join(marker.strip().strip("#").lower().split())

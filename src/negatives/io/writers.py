"""Writers: a training log as a JSON document, or sessions as a flat CSV (one row per set).

`set_records` turns sessions into one record per set: a dict of typed values (dates and
datetimes with their zone, floats, ``None`` for unknown) keyed by `CSV_COLUMNS`. `write_csv`
writes those records as text, and `negatives.frame` builds DataFrames of them; `rep_records`
gives one record per repetition (keyed by `REP_COLUMNS`) for the per-rep DataFrames.

The CSV keeps everything the model holds except what only JSON can hold (see `write_csv`), and
`read_export` reads it back (format ``"negatives"``). Written to a path, both writers are atomic:
the file is written next to its target under a temporary name and renamed over it
(`os.replace`) only when complete, so an error leaves the old file (or none), never half a file.

Text cells that a spreadsheet would run as a formula are made text by a leading ``'``, as OWASP
recommends against CSV injection (see `escape_cell`).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import tempfile
import unicodedata
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from ..model import Rep, Session, Set, TrainingLog
from ..serialization import to_json
from ..tempo import Phase
from ..units import Load

__all__ = [
    "CSV_COLUMNS",
    "REP_COLUMNS",
    "escape_cell",
    "rep_records",
    "set_records",
    "unescape_cell",
    "write_csv",
    "write_json",
]

#: The columns of `write_csv` and the keys of `set_records`, in order.
CSV_COLUMNS = (
    "date",
    "start",
    "session",
    "session_id",
    "set_number",
    "exercise_id",
    "exercise",
    "set_type",
    "method",
    "reps",
    "load",
    "unit",
    "total_load_kg",
    "tempo",
    "eccentric_load_kg",
    "concentric_load_kg",
    "assistance_kg",
    "time_under_tension_s",
    "rpe",
    "rir",
    "rest_s",
    "superset",
    "notes",
    "assistance",
    "assistance_unit",
    "extra",
    "session_number",
    "start_local",
    "session_notes",
    "duration_s",
    "session_extra",
    "source_app",
    "source_file",
    "source_rows",
    "equipment",
    "load_convention",
    "limb_mode",
    "muscles",
)

#: Columns computed from the others for spreadsheets (rounded to 3 decimals; not read back).
DERIVED = frozenset(
    {
        "total_load_kg",
        "eccentric_load_kg",
        "concentric_load_kg",
        "assistance_kg",
        "time_under_tension_s",
    }
)

#: The keys of `rep_records`, in order: the set's identity, then the repetition's figures.
REP_COLUMNS = (
    "date",
    "start",
    "session",
    "session_id",
    "session_number",
    "set_number",
    "exercise_id",
    "exercise",
    "set_type",
    "method",
    "rep_number",
    "eccentric_load_kg",
    "concentric_load_kg",
    "assistance_kg",
    "eccentric_assistance_kg",
    "athlete_eccentric_load_kg",
    "athlete_concentric_load_kg",
    "eccentric_limbs",
    "concentric_limbs",
    "eccentric_s",
    "isometric_s",
    "concentric_s",
    "time_under_tension_s",
)

_FORMULA = frozenset("=+-@")
_IGNORED = frozenset({"Cc", "Cf", "Zs", "Zl", "Zp"})


def _starts_formula(text: str) -> bool:
    """Whether a spreadsheet could take ``text`` for a formula.

    It could when its first visible character, after whitespace and invisible characters, is
    ``=``, ``+``, ``-`` or ``@`` in any width (NFKC folds the full-width U+FF1D and the small
    U+FE66 to ``=``), or when it starts with a tab or a carriage return.
    """
    if text[:1] in ("\t", "\r"):
        return True
    for char in text:
        if char.isspace() or unicodedata.category(char) in _IGNORED:
            continue
        return unicodedata.normalize("NFKC", char)[:1] in _FORMULA
    return False


def escape_cell(text: str) -> str:
    """``text`` made safe for spreadsheets (OWASP CSV injection): formulas become text.

    A cell is prefixed with ``'`` when its first visible character is ``=``, ``+``, ``-`` or
    ``@`` (also after leading spaces, no-break spaces, zero-width or byte-order marks, and in
    full-width forms such as U+FF1D), when it starts with a tab or a carriage return, and when
    it starts with ``'`` itself, so that `unescape_cell` restores every text exactly.

    Examples:
        >>> escape_cell("=HYPERLINK(1)"), escape_cell(" =1+1")
        ("'=HYPERLINK(1)", "' =1+1")
        >>> escape_cell("\uff0b1") == "'\uff0b1"  # a full-width plus sign
        True
        >>> escape_cell("felt good"), unescape_cell(escape_cell("'tis"))
        ('felt good', "'tis")
    """
    if text[:1] == "'" or _starts_formula(text):
        return "'" + text
    return text


def unescape_cell(text: str) -> str:
    """The text `escape_cell` was given."""
    return text[1:] if text[:1] == "'" else text


Target = str | os.PathLike[str] | IO[str]
"""Where to write: a path, or an open text file."""


def _mode(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        mask = os.umask(0o022)
        os.umask(mask)
        return 0o666 & ~mask


@contextmanager
def _opened(target: object, newline: str | None = None) -> Iterator[IO[str]]:
    """An open text file for ``target``; a path is written atomically (temporary file, rename)."""
    if isinstance(target, (str, os.PathLike)):
        path = Path(target)
        if "\x00" in str(path):
            raise ValueError(f"target: the path {str(path)!r} contains a NUL character")
        mode = _mode(path)
        descriptor, temporary = tempfile.mkstemp(
            dir=path.parent, prefix=f".{path.name}.", suffix=".tmp"
        )
        try:
            with os.fdopen(descriptor, "w", encoding="utf-8", newline=newline) as handle:
                yield handle
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(temporary, mode)
            os.replace(temporary, path)
        except BaseException:
            with suppress(OSError):
                os.unlink(temporary)
            raise
        return
    if not callable(getattr(target, "write", None)):
        raise TypeError(f"target must be a path or an open text file, got {type(target).__name__}")
    if getattr(target, "closed", False):
        raise TypeError("target is a closed file")
    if isinstance(target, (io.RawIOBase, io.BufferedIOBase)):
        raise TypeError("target must be a text file (open it with 'w', not 'wb')")
    yield target  # type: ignore[misc]


# -- records ------------------------------------------------------------------------------------


def _mean_kg(values: list[float | None]) -> float | None:
    known = [v for v in values if v is not None]
    if len(known) != len(values) or not known:
        return None
    return sum(known) / len(known)


def _sessions(sessions: object) -> Iterator[Session]:
    if isinstance(sessions, TrainingLog):
        yield from sessions.sessions
        return
    if isinstance(sessions, (str, bytes)) or not isinstance(sessions, Iterable):
        raise TypeError(
            "sessions must be a TrainingLog or an iterable of Session, got "
            f"{type(sessions).__name__}"
        )
    for index, session in enumerate(sessions):
        if not isinstance(session, Session):
            raise TypeError(f"sessions[{index}] must be a Session, got {type(session).__name__}")
        yield session


def _start_local(session: Session) -> tuple[dt.datetime | str | None, dict[str, str]]:
    extra = dict(session.extra)
    text = extra.pop("start_local", None)
    if text is None:
        return None, extra
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        return text, extra
    return (value if value.isoformat() == text else text), extra


def _set_record(session: Session, number: int, item: Set, header: dict[str, Any]) -> dict[str, Any]:
    reps = item.expand()
    exercise = item.exercise
    values = {
        **header,
        "set_number": number,
        "exercise_id": exercise.id,
        "exercise": exercise.name,
        "set_type": item.set_type.value,
        "method": str(item.method),
        "reps": item.reps,
        "load": item.load.value,
        "unit": item.load.unit.value,
        "total_load_kg": item.total_load.kg,
        "tempo": str(item.tempo) if item.tempo is not None else None,
        "eccentric_load_kg": _mean_kg(
            [r.eccentric.resistance.kg if r.eccentric.resistance else None for r in reps]
        ),
        "concentric_load_kg": _mean_kg(
            [r.concentric.resistance.kg if r.concentric.resistance else None for r in reps]
        ),
        "assistance_kg": _mean_kg(
            [r.assistance.kg if r.assistance is not None else None for r in reps]
        ),
        "time_under_tension_s": item.time_under_tension,
        "rpe": item.rpe,
        "rir": item.rir,
        "rest_s": item.rest,
        "superset": item.superset,
        "notes": item.notes,
        "assistance": item.assistance.value if item.assistance is not None else None,
        "assistance_unit": item.assistance.unit.value if item.assistance is not None else None,
        "extra": dict(item.extra),
        "equipment": exercise.equipment.value,
        "load_convention": exercise.load_convention.value,
        "limb_mode": exercise.limb_mode.value,
        "muscles": tuple(m.value for m in exercise.muscles),
    }
    return {column: values[column] for column in CSV_COLUMNS}


def set_records(sessions: Iterable[Session] | TrainingLog) -> Iterator[dict[str, Any]]:
    """One record per set, in order: typed values keyed by `CSV_COLUMNS`.

    Values are Python objects, not text: ``date`` a `datetime.date`; ``start`` an aware
    `datetime.datetime` (``None`` when unknown); ``start_local`` the naive local time an
    export wrote without a zone; numbers ``int`` or ``float``; ``None`` whatever is unknown
    (no tempo, no RPE, the eccentric load of a bodyweight set without the athlete's
    bodyweight); ``extra`` and ``session_extra`` dicts; ``muscles`` a tuple; ``source_rows``
    a ``(first, last)`` tuple. Loads are as logged (``load`` in ``unit``, the convention of the
    exercise: one dumbbell of a pair) and as totals in kg; eccentric and concentric loads are
    per rep (the mean over reps when they differ), including any bodyweight share in the sets'
    phases; ``assistance_kg`` is the help on the lift per rep (blank when a partner helped by
    an amount not recorded), ``assistance`` the device help as logged (`Set.assistance`).

    Raises:
        TypeError: ``sessions`` is not a `TrainingLog` or an iterable of `Session`.

    Examples:
        >>> import datetime as dt
        >>> import negatives as neg
        >>> curl = neg.catalog.lookup("barbell-curl")
        >>> day = neg.Session(dt.date(2026, 11, 23), sets=[neg.Set(curl, reps=8, load=neg.kg(40))])
        >>> record = next(set_records([day]))
        >>> record["date"], record["reps"], record["load"], record["unit"], record["tempo"]
        (datetime.date(2026, 11, 23), 8, 40.0, 'kg', None)
    """
    for position, session in enumerate(_sessions(sessions), start=1):
        start_local, session_extra = _start_local(session)
        source = session.source
        header: dict[str, Any] = {
            "session_number": position,
            "date": session.date,
            "start": session.start,
            "start_local": start_local,
            "session": session.name,
            "session_id": session.id,
            "session_notes": session.notes,
            "duration_s": session.duration,
            "session_extra": session_extra,
            "source_app": source.app if source is not None else None,
            "source_file": source.file if source is not None else None,
            "source_rows": source.rows if source is not None else None,
        }
        for number, item in enumerate(session.sets, start=1):
            yield _set_record(session, number, item, header)


def _kg(load: Load | None) -> float | None:
    return None if load is None else load.kg


def _phase_seconds(rep: Rep, kind: Phase, timed: bool) -> float | None:
    if not timed:
        return None
    total = 0.0
    for phase in rep.phases:
        if phase.phase is kind:
            if phase.seconds is None:
                return None
            total += phase.seconds
    return total


def _rep_figures(rep: Rep) -> dict[str, Any]:
    down, up = rep.eccentric, rep.concentric
    timed = any(phase.seconds is not None for phase in rep.phases)
    return {
        "eccentric_load_kg": _kg(down.resistance),
        "concentric_load_kg": _kg(up.resistance),
        "assistance_kg": _kg(up.assistance),
        "eccentric_assistance_kg": _kg(down.assistance),
        "athlete_eccentric_load_kg": _kg(down.athlete_load),
        "athlete_concentric_load_kg": _kg(up.athlete_load),
        "eccentric_limbs": down.limbs,
        "concentric_limbs": up.limbs,
        "eccentric_s": _phase_seconds(rep, Phase.ECCENTRIC, timed),
        "isometric_s": _phase_seconds(rep, Phase.ISOMETRIC, timed),
        "concentric_s": _phase_seconds(rep, Phase.CONCENTRIC, timed),
        "time_under_tension_s": rep.time_under_tension,
    }


def rep_records(sessions: Iterable[Session] | TrainingLog) -> Iterator[dict[str, Any]]:
    """One record per repetition, in order: typed values keyed by `REP_COLUMNS`.

    The reps are those of `Set.expand` (a set's ``rep_detail``, else its identical reps), with
    the set's identity as in `set_records` (``session_number`` and ``set_number`` join the
    two) and ``rep_number`` from 1. Per rep: ``eccentric_load_kg`` and ``concentric_load_kg``
    are the resistance of each phase (the total external load plus any bodyweight share, as in
    `set_records`, whose figures are the means of these), ``assistance_kg`` the help on the
    lift and ``eccentric_assistance_kg`` on the lowering, ``athlete_*_load_kg`` what the
    athlete moved after that help, ``*_limbs`` the limbs working, and ``eccentric_s``,
    ``isometric_s`` (all pauses), ``concentric_s`` and ``time_under_tension_s`` the seconds.

    ``None`` is unknown, never guessed: the seconds of a set without a tempo, a partner's help
    that was not recorded (and so the athlete's share), the resistance of a bodyweight
    exercise (its bodyweight share needs the athlete's bodyweight, which sets do not hold).

    Raises:
        TypeError: ``sessions`` is not a `TrainingLog` or an iterable of `Session`.

    Examples:
        >>> import datetime as dt
        >>> import negatives as neg
        >>> curl = neg.catalog.lookup("barbell-curl")
        >>> day = neg.Session(dt.date(2026, 11, 23), sets=[
        ...     neg.Set(curl, reps=2, load=neg.kg(40), tempo="3-1-2-0")])
        >>> [(r["rep_number"], r["concentric_load_kg"], r["time_under_tension_s"])
        ...  for r in rep_records([day])]
        [(1, 40.0, 6.0), (2, 40.0, 6.0)]
    """
    for position, session in enumerate(_sessions(sessions), start=1):
        header: dict[str, Any] = {
            "date": session.date,
            "start": session.start,
            "session": session.name,
            "session_id": session.id,
            "session_number": position,
        }
        for number, item in enumerate(session.sets, start=1):
            exercise = item.exercise
            identity = {
                **header,
                "set_number": number,
                "exercise_id": exercise.id,
                "exercise": exercise.name,
                "set_type": item.set_type.value,
                "method": str(item.method),
            }
            previous: Rep | None = None
            figures: dict[str, Any] = {}
            for rep_number, rep in enumerate(item.expand(), start=1):
                if rep is not previous:  # identical reps are one instance: computed once
                    figures = _rep_figures(rep)
                    previous = rep
                yield {**identity, "rep_number": rep_number, **figures}  # REP_COLUMNS' order


# -- text ----------------------------------------------------------------------------------------


def _number(value: float, digits: int = 3) -> str:
    text = f"{value:.{digits}f}".rstrip("0").rstrip(".")
    return text if text not in ("", "-0") else "0"


def _exact(value: float) -> str:
    """A float as the shortest plain decimal that reads back exactly (never ``1e-05``)."""
    if value.is_integer():
        return str(int(value))
    return format(Decimal(repr(value)), "f")


def _text(column: str, value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return (
            _number(value, 1 if column == "time_under_tension_s" else 3)
            if (column in DERIVED)
            else _exact(value)
        )
    if isinstance(value, int):
        return str(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return escape_cell(json.dumps(value, ensure_ascii=False)) if value else ""
    if isinstance(value, tuple):
        if column == "source_rows":
            return f"{value[0]}-{value[1]}"
        return escape_cell(";".join(value))
    return escape_cell(str(value))


def write_csv(sessions: Iterable[Session] | TrainingLog, target: Target) -> int:
    """Write sessions as CSV, one row per set (`CSV_COLUMNS`); returns the rows written.

    The values are those of `set_records`, written as text: numbers as plain decimals that read
    back exactly (computed columns rounded to 3 decimals), times in ISO 8601 with their offset,
    ``extra`` and ``session_extra`` as JSON objects, unknown values blank. `read_export` reads
    the file back (format ``"negatives"``) into equal sessions.

    What lives only in JSON (`write_json`): the athlete; a session's `Setup`; a set's
    ``rep_detail`` (rep-by-rep loads and help), ``setup`` and ``prescription``; and an
    exercise's definition beyond its id, name, equipment, load convention, limb mode and
    primary muscles (read back, an id the catalog knows is the catalog's exercise).

    Written to a path, the file is replaced atomically; written to an open file, what was
    written stays if an error stops it.

    Raises:
        TypeError: ``sessions`` is not a `TrainingLog` or an iterable of `Session`, or
            ``target`` is not a path or an open text file.

    Examples:
        >>> import datetime as dt, io
        >>> import negatives as neg
        >>> curl = neg.catalog.lookup("barbell-curl")
        >>> day = neg.Session(dt.date(2026, 11, 23), sets=[neg.Set(curl, reps=8, load=neg.kg(40))])
        >>> out = io.StringIO()
        >>> write_csv([day], out)
        1
        >>> out.getvalue().splitlines()[1][:60]
        '2026-11-23,,,,1,barbell-curl,Barbell Curl,normal,standard,8,'
    """
    records = set_records(sessions)
    count = 0
    with _opened(target, newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(CSV_COLUMNS)
        for record in records:
            writer.writerow([_text(column, record[column]) for column in CSV_COLUMNS])
            count += 1
    return count


def write_json(log: TrainingLog, target: Target, *, indent: int | None = 2) -> None:
    """Write a training log as a JSON document (see `negatives.to_json`).

    Written to a path, the file is replaced atomically.

    Raises:
        TypeError: ``log`` is not a `TrainingLog`, or ``target`` not a path or a text file.

    Examples:
        >>> import io
        >>> import negatives as neg
        >>> out = io.StringIO()
        >>> write_json(neg.TrainingLog(None, []), out, indent=None)
        >>> print(out.getvalue(), end="")
        {"schema": 1, "kind": "training_log", "athlete": null, "sessions": []}
    """
    if not isinstance(log, TrainingLog):
        raise TypeError(f"log must be a TrainingLog, got {type(log).__name__}")
    text = to_json(log, indent=indent)
    with _opened(target) as handle:
        handle.write(text)
        handle.write("\n")

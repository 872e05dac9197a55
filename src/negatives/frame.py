"""Training logs as DataFrames: one row per set (or per repetition), typed, for pandas and polars.

`to_pandas` and `to_polars` build their rows from `negatives.io.set_records`, the records
`negatives.io.write_csv` writes, so a frame has the CSV's columns (`SET_COLUMNS`: the CSV's, in
its order, with ``start_utc_offset_s`` after ``start``) and its values, typed rather than text.
With ``reps=True`` the rows are the repetitions of `negatives.io.rep_records` (`REP_COLUMNS`).
pandas and polars are optional extras (``pip install "negatives[pandas]"``, ``"[polars]"``),
imported only when these functions are called.

Types, the same in both libraries where they can be:

* **Dates** (``date``): polars ``Date``; pandas has no date type of its own, so midnight
  ``datetime64[us]`` (``df["date"].dt.date`` gives `datetime.date` objects).
* **Start times** (``start``): the instant, in UTC (pandas ``datetime64[us, UTC]``, polars
  ``Datetime("us", "UTC")``), so that sessions logged in different zones share one column
  and sort in time order; ``start_utc_offset_s`` keeps each start's offset from UTC in
  seconds, as its CSV cell writes it, for the local clock time (``start`` plus that offset).
  Both are null when the session's start is unknown; ``start_local`` is the local time an
  export wrote without a zone, as its text.
* **Categories**: ``set_type``, ``unit``, ``assistance_unit``, ``equipment``,
  ``load_convention`` and ``limb_mode`` have the model's fixed values as categories (pandas
  ``category``, polars ``Enum``), so frames of different logs share them; ``exercise_id``,
  ``exercise``, ``method`` (methods of plugins too) and ``source_app`` have the values found
  (polars ``Categorical``).
* **Numbers**: counts are ``int64`` (never unknown); loads, seconds, RPE and RIR are
  ``float64`` where always known (``load``, ``total_load_kg``) and nullable (pandas
  ``Float64``, polars nulls) where they can be unknown, which stays null, never 0. Units are
  in the column names (``_kg``, ``_s``; ``load`` and ``assistance`` are in ``unit`` and
  ``assistance_unit``). Computed columns keep full precision (the CSV rounds them to 3
  decimals, ``time_under_tension_s`` to 1).
* **Text**: pandas ``string`` (``pd.NA`` for none), polars ``String``. Text the model always
  has (``session``, ``notes``, ``session_notes``) is ``""`` when empty; text it may lack
  (``session_id``, ``tempo``, ``superset``, ``source_file``, ``start_local``) is null.
  ``extra`` and ``session_extra`` are JSON objects as text, null when there are none.
* **Lists**: ``muscles`` (the exercise's primary muscle groups) is a polars
  ``List(Enum)`` and a pandas column of tuples of text (``df.explode("muscles")``);
  ``source_rows`` (the first and last row of the source file) a polars ``Array(Int64, 2)`` and
  a pandas column of ``(first, last)`` tuples, null without a source.

Examples:
    >>> import datetime as dt
    >>> import negatives as neg
    >>> curl = neg.catalog.lookup("barbell-curl")
    >>> start = dt.datetime(2026, 11, 23, 18, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    >>> day = neg.Session(start.date(), start=start, sets=[
    ...     neg.Set(curl, reps=8, load=neg.kg(40))])
    >>> row = neg.frame.to_polars([day]).row(0, named=True)
    >>> row["start"].isoformat(), row["start_utc_offset_s"], row["muscles"]
    ('2026-11-23T17:30:00+00:00', 3600.0, ['biceps'])
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, cast

from .errors import MissingDependencyError
from .io.writers import CSV_COLUMNS, rep_records, set_records
from .io.writers import REP_COLUMNS as _REP_RECORD_COLUMNS
from .model import (
    Equipment,
    LimbMode,
    LoadConvention,
    Method,
    Muscle,
    Session,
    SetType,
    TrainingLog,
)
from .units import Unit

if TYPE_CHECKING:
    import pandas as pd
    import polars as pl

__all__ = ["REP_COLUMNS", "SET_COLUMNS", "to_pandas", "to_polars"]


def _with_offset(columns: Sequence[str]) -> tuple[str, ...]:
    index = columns.index("start") + 1
    return (*columns[:index], "start_utc_offset_s", *columns[index:])


#: The columns of a frame of sets: `negatives.io.CSV_COLUMNS` with ``start_utc_offset_s``.
SET_COLUMNS = _with_offset(CSV_COLUMNS)

#: The columns of a frame of reps: `negatives.io.REP_COLUMNS` with ``start_utc_offset_s``.
REP_COLUMNS = _with_offset(_REP_RECORD_COLUMNS)


class _Kind(enum.Enum):
    """What a column holds, whichever library builds it."""

    INT = "int"  # never unknown
    FLOAT = "float"  # never unknown
    NULLABLE_FLOAT = "nullable float"
    TEXT = "text"
    CATEGORY = "category"  # values found (plus the fixed ones, if any)
    ENUM = "enum"  # a fixed set of values
    DATE = "date"
    INSTANT = "instant"  # an aware datetime, kept in UTC
    JSON = "json"  # a dict, as a JSON object's text
    MUSCLES = "muscles"  # a tuple of muscle groups
    ROWS = "rows"  # a (first, last) pair of row numbers


def _values(kind: type[enum.Enum]) -> tuple[str, ...]:
    return tuple(str(member.value) for member in kind)


#: Each column's kind, and the fixed values of categories.
_KINDS: dict[str, tuple[_Kind, tuple[str, ...]]] = {
    "date": (_Kind.DATE, ()),
    "start": (_Kind.INSTANT, ()),
    "start_utc_offset_s": (_Kind.NULLABLE_FLOAT, ()),
    "session": (_Kind.TEXT, ()),
    "session_id": (_Kind.TEXT, ()),
    "set_number": (_Kind.INT, ()),
    "exercise_id": (_Kind.CATEGORY, ()),
    "exercise": (_Kind.CATEGORY, ()),
    "set_type": (_Kind.ENUM, _values(SetType)),
    "method": (_Kind.CATEGORY, _values(Method)),
    "reps": (_Kind.INT, ()),
    "load": (_Kind.FLOAT, ()),
    "unit": (_Kind.ENUM, _values(Unit)),
    "total_load_kg": (_Kind.FLOAT, ()),
    "tempo": (_Kind.TEXT, ()),
    "eccentric_load_kg": (_Kind.NULLABLE_FLOAT, ()),
    "concentric_load_kg": (_Kind.NULLABLE_FLOAT, ()),
    "assistance_kg": (_Kind.NULLABLE_FLOAT, ()),
    "time_under_tension_s": (_Kind.NULLABLE_FLOAT, ()),
    "rpe": (_Kind.NULLABLE_FLOAT, ()),
    "rir": (_Kind.NULLABLE_FLOAT, ()),
    "rest_s": (_Kind.NULLABLE_FLOAT, ()),
    "superset": (_Kind.TEXT, ()),
    "notes": (_Kind.TEXT, ()),
    "assistance": (_Kind.NULLABLE_FLOAT, ()),
    "assistance_unit": (_Kind.ENUM, _values(Unit)),
    "extra": (_Kind.JSON, ()),
    "session_number": (_Kind.INT, ()),
    "start_local": (_Kind.TEXT, ()),
    "session_notes": (_Kind.TEXT, ()),
    "duration_s": (_Kind.NULLABLE_FLOAT, ()),
    "session_extra": (_Kind.JSON, ()),
    "source_app": (_Kind.CATEGORY, ()),
    "source_file": (_Kind.TEXT, ()),
    "source_rows": (_Kind.ROWS, ()),
    "equipment": (_Kind.ENUM, _values(Equipment)),
    "load_convention": (_Kind.ENUM, _values(LoadConvention)),
    "limb_mode": (_Kind.ENUM, _values(LimbMode)),
    "muscles": (_Kind.MUSCLES, _values(Muscle)),
    # reps
    "rep_number": (_Kind.INT, ()),
    "eccentric_assistance_kg": (_Kind.NULLABLE_FLOAT, ()),
    "athlete_eccentric_load_kg": (_Kind.NULLABLE_FLOAT, ()),
    "athlete_concentric_load_kg": (_Kind.NULLABLE_FLOAT, ()),
    "eccentric_limbs": (_Kind.INT, ()),
    "concentric_limbs": (_Kind.INT, ()),
    "eccentric_s": (_Kind.NULLABLE_FLOAT, ()),
    "isometric_s": (_Kind.NULLABLE_FLOAT, ()),
    "concentric_s": (_Kind.NULLABLE_FLOAT, ()),
}


# -- the records, as columns of Python values -------------------------------------------------


def _check_reps(reps: object) -> bool:
    if not isinstance(reps, bool):
        raise TypeError(f"reps must be True or False, got {type(reps).__name__}")
    return reps


def _columns(
    sessions: Iterable[Session] | TrainingLog, reps: bool
) -> tuple[tuple[str, ...], dict[str, list[Any]]]:
    """The records of ``sessions`` as lists of values, one per column (in their order)."""
    names = REP_COLUMNS if reps else SET_COLUMNS
    records: Iterator[dict[str, Any]] = rep_records(sessions) if reps else set_records(sessions)
    columns: dict[str, list[Any]] = {name: [] for name in names}
    record_names = _REP_RECORD_COLUMNS if reps else CSV_COLUMNS
    appenders = [columns[name].append for name in record_names]
    offsets = columns["start_utc_offset_s"].append
    for record in records:
        for append, value in zip(appenders, record.values(), strict=True):
            append(value)
        start = record["start"]
        offsets(None if start is None else start.utcoffset().total_seconds())
    return names, columns


def _utc(value: dt.datetime | None) -> dt.datetime | None:
    """An aware datetime as the naive UTC datetime of the same instant."""
    return None if value is None else value.astimezone(dt.UTC).replace(tzinfo=None)


def _text(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return str(value.isoformat() if isinstance(value, dt.datetime) else value)


def _json(value: dict[str, str]) -> str | None:
    return json.dumps(value, ensure_ascii=False) if value else None


def _categories(fixed: tuple[str, ...], values: list[Any]) -> list[str]:
    """The fixed categories, then any others found, sorted."""
    known = set(fixed)
    return [*fixed, *sorted({v for v in values if v is not None and v not in known})]


def _require(module: str, extra: str, caller: str) -> Any:
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as error:
        raise MissingDependencyError(
            f'negatives.frame.{caller} needs {module}: pip install "negatives[{extra}]"'
        ) from error


# -- pandas ---------------------------------------------------------------------------------------


def _pandas_column(pd: Any, np: Any, name: str, values: list[Any]) -> Any:
    kind, fixed = _KINDS[name]
    if kind is _Kind.INT:
        return np.array(values, dtype=np.int64)
    if kind is _Kind.FLOAT:
        return np.array(values, dtype=np.float64)
    if kind is _Kind.NULLABLE_FLOAT:
        return pd.array(values, dtype="Float64")
    if kind is _Kind.TEXT:
        return pd.array([_text(v) for v in values], dtype="string")
    if kind is _Kind.JSON:
        return pd.array([_json(v) for v in values], dtype="string")
    if kind in (_Kind.CATEGORY, _Kind.ENUM):
        return pd.Categorical(values, categories=_categories(fixed, values))
    if kind is _Kind.DATE:
        return np.array(values, dtype="datetime64[D]").astype("datetime64[us]")
    if kind is _Kind.INSTANT:
        utc = np.array([_utc(v) for v in values], dtype="datetime64[us]")
        return pd.Series(utc, dtype="datetime64[us]").dt.tz_localize("UTC").array
    cells = np.empty(len(values), dtype=object)  # MUSCLES, ROWS: tuples (hashable)
    cells[:] = values
    return cells


def to_pandas(sessions: Iterable[Session] | TrainingLog, *, reps: bool = False) -> pd.DataFrame:
    """A pandas DataFrame of ``sessions``: one row per set, or per repetition with ``reps=True``.

    The columns are `SET_COLUMNS` (those of `negatives.io.write_csv`, with
    ``start_utc_offset_s``), or `REP_COLUMNS` with ``reps=True``; the values are those the CSV
    writes, typed (see the module for each column's type): dates ``datetime64[us]``, starts
    ``datetime64[us, UTC]``, categories ``category``, counts ``int64``, loads and seconds
    ``float64`` or, where they can be unknown, ``Float64`` with ``pd.NA``, text ``string``.

    Args:
        sessions: a `TrainingLog` or an iterable of `Session` (what `write_csv` takes).
        reps: one row per repetition (`negatives.io.rep_records`) rather than per set.

    Raises:
        MissingDependencyError: pandas is not installed (``pip install "negatives[pandas]"``).
        TypeError: ``sessions`` is not a `TrainingLog` or an iterable of `Session`, or
            ``reps`` is not a bool.

    Examples:
        >>> import datetime as dt
        >>> import negatives as neg
        >>> curl = neg.catalog.lookup("barbell-curl")
        >>> day = neg.Session(dt.date(2026, 11, 23), sets=[
        ...     neg.Set(curl, reps=8, load=neg.kg(40), tempo="3-1-2-0"),
        ...     neg.Set(curl, reps=6, load=neg.kg(45))])
        >>> df = to_pandas([day])
        >>> df[["set_number", "reps", "load", "unit", "time_under_tension_s"]]
           set_number  reps  load unit  time_under_tension_s
        0           1     8  40.0   kg                  48.0
        1           2     6  45.0   kg                  <NA>
        >>> len(to_pandas([day], reps=True))
        14
    """
    pandas = _require("pandas", "pandas", "to_pandas")
    import numpy  # a dependency of pandas

    names, columns = _columns(sessions, _check_reps(reps))
    frame = pandas.DataFrame(
        {name: _pandas_column(pandas, numpy, name, columns[name]) for name in names},
        columns=names,
    )
    return cast("pd.DataFrame", frame)


# -- polars ---------------------------------------------------------------------------------------


def _polars_column(pl: Any, name: str, values: list[Any]) -> Any:
    kind, fixed = _KINDS[name]
    converter: Callable[[Any], Any] | None = None
    if kind is _Kind.INT:
        dtype = pl.Int64
    elif kind in (_Kind.FLOAT, _Kind.NULLABLE_FLOAT):
        dtype = pl.Float64
    elif kind is _Kind.TEXT:
        dtype, converter = pl.String, _text
    elif kind is _Kind.JSON:
        dtype, converter = pl.String, _json
    elif kind is _Kind.ENUM:
        dtype = pl.Enum(_categories(fixed, values))
    elif kind is _Kind.CATEGORY:
        dtype = pl.Categorical
    elif kind is _Kind.DATE:
        dtype = pl.Date
    elif kind is _Kind.INSTANT:
        dtype = pl.Datetime("us", "UTC")
        converter = _aware_utc
    elif kind is _Kind.MUSCLES:
        dtype = pl.List(pl.Enum(list(fixed)))
    else:  # ROWS
        dtype = pl.Array(pl.Int64, 2)
    if converter is not None:
        values = [converter(v) for v in values]
    return pl.Series(name, values, dtype=dtype)


def _aware_utc(value: dt.datetime | None) -> dt.datetime | None:
    return None if value is None else value.astimezone(dt.UTC)


def to_polars(sessions: Iterable[Session] | TrainingLog, *, reps: bool = False) -> pl.DataFrame:
    """A polars DataFrame of ``sessions``: one row per set, or per repetition with ``reps=True``.

    The columns are `SET_COLUMNS` (those of `negatives.io.write_csv`, with
    ``start_utc_offset_s``), or `REP_COLUMNS` with ``reps=True``; the values are those the CSV
    writes, typed (see the module for each column's type): dates ``Date``, starts
    ``Datetime("us", "UTC")``, fixed categories ``Enum``, open ones ``Categorical``, counts
    ``Int64``, loads and seconds ``Float64`` (null where unknown), text ``String``.

    Args:
        sessions: a `TrainingLog` or an iterable of `Session` (what `write_csv` takes).
        reps: one row per repetition (`negatives.io.rep_records`) rather than per set.

    Raises:
        MissingDependencyError: polars is not installed (``pip install "negatives[polars]"``).
        TypeError: ``sessions`` is not a `TrainingLog` or an iterable of `Session`, or
            ``reps`` is not a bool.

    Examples:
        >>> import datetime as dt
        >>> import negatives as neg
        >>> curl = neg.catalog.lookup("barbell-curl")
        >>> day = neg.Session(dt.date(2026, 11, 23), sets=[
        ...     neg.Set(curl, reps=8, load=neg.kg(40), tempo="3-1-2-0"),
        ...     neg.Set(curl, reps=6, load=neg.kg(45))])
        >>> df = to_polars([day])
        >>> df.select("set_number", "reps", "load", "time_under_tension_s").rows()
        [(1, 8, 40.0, 48.0), (2, 6, 45.0, None)]
        >>> to_polars([day], reps=True).height
        14
    """
    polars = _require("polars", "polars", "to_polars")
    names, columns = _columns(sessions, _check_reps(reps))
    frame = polars.DataFrame([_polars_column(polars, name, columns[name]) for name in names])
    return cast("pl.DataFrame", frame)

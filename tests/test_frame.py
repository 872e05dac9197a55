"""DataFrames: the CSV's rows typed for pandas and polars, per set and per rep, never drifting."""

from __future__ import annotations

import datetime as dt
import io
import json
import math
import subprocess
import sys
from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import negatives as neg
from negatives.frame import REP_COLUMNS, SET_COLUMNS, to_pandas, to_polars
from negatives.io import CSV_COLUMNS, rep_records, set_records, unescape_cell, write_csv
from negatives.io import REP_COLUMNS as REP_RECORD_COLUMNS
from negatives.testing import sessions, training_logs

CURL = neg.catalog.lookup("barbell-curl")
CHIN = neg.catalog.lookup("chin-up")


@pytest.fixture(scope="module")
def pd() -> Any:
    return pytest.importorskip("pandas")


@pytest.fixture(scope="module")
def pl() -> Any:
    return pytest.importorskip("polars")


# -- sessions in every kind of zone ---------------------------------------------------------------

ZONES = [
    dt.UTC,
    dt.timezone(dt.timedelta(hours=1)),
    dt.timezone(dt.timedelta(hours=-9, minutes=-30)),
    dt.timezone(dt.timedelta(hours=5, minutes=45, seconds=15)),
    ZoneInfo("Europe/Oslo"),
    ZoneInfo("America/New_York"),
    ZoneInfo("Australia/Lord_Howe"),  # a 30-minute daylight saving shift
]


@st.composite
def zoned_sessions(draw: st.DrawFn) -> neg.Session:
    """Sessions from the public strategy, their starts (when known) moved into any zone."""
    session = draw(sessions(max_sets=4))
    if session.start is None:
        return session
    zone = draw(st.sampled_from(ZONES))
    return attrs.evolve(session, start=session.start.replace(tzinfo=zone))


LOGS = st.one_of(
    training_logs(max_sessions=2),
    st.lists(zoned_sessions(), max_size=2),
)

# -- the CSV, read back cell by cell --------------------------------------------------------------

#: Text the model always holds ("" when empty); other text columns are null when blank.
ALWAYS_TEXT = {"session", "notes", "session_notes"}
#: Columns the CSV rounds, and to how many decimals.
ROUNDED = {
    "total_load_kg": 3,
    "eccentric_load_kg": 3,
    "concentric_load_kg": 3,
    "assistance_kg": 3,
    "time_under_tension_s": 1,
}


def _instant(cell: str) -> dt.datetime | None:
    return dt.datetime.fromisoformat(cell).astimezone(dt.UTC) if cell else None


def _offset(cell: str) -> float | None:
    offset = dt.datetime.fromisoformat(cell).utcoffset() if cell else None
    return None if offset is None else offset.total_seconds()


def _rows(cell: str) -> tuple[int, int] | None:
    if not cell:
        return None
    first, last = cell.split("-")
    return (int(first), int(last))


def _cell_reader(column: str) -> Callable[[str], Any]:
    """What a CSV cell of ``column`` says, as the Python value a frame holds."""
    if column in ("set_number", "reps", "session_number"):
        return int
    if column in ("load", "total_load_kg"):
        return float
    if column in ROUNDED or column in (
        "rpe",
        "rir",
        "rest_s",
        "assistance",
        "duration_s",
    ):
        return lambda cell: float(cell) if cell else None
    if column == "date":
        return dt.date.fromisoformat
    if column == "start":
        return _instant
    if column == "muscles":
        return lambda cell: tuple(m for m in unescape_cell(cell).split(";") if m)
    if column == "source_rows":
        return _rows
    if column in ALWAYS_TEXT:
        return unescape_cell
    return lambda cell: unescape_cell(cell) or None


def _csv_columns(cells: dict[str, list[str]]) -> dict[str, list[Any]]:
    """The CSV's columns (every cell as written) as the frame's values, in the frame's order."""
    values = {name: [_cell_reader(name)(c) for c in cells[name]] for name in CSV_COLUMNS}
    values["start_utc_offset_s"] = [_offset(c) for c in cells["start"]]
    return {name: values[name] for name in SET_COLUMNS}


def _as_written(column: str, value: Any) -> Any:
    """A frame's number as the CSV writes it (computed columns are rounded there)."""
    if column not in ROUNDED or _missing(value):
        return value
    return float(f"{value:.{ROUNDED[column]}f}")


def _csv_text(log: Any) -> str:
    out = io.StringIO()
    write_csv(log, out)
    return out.getvalue()


# -- columns --------------------------------------------------------------------------------------


def test_the_frames_have_the_csv_columns_with_the_start_offset() -> None:
    assert [c for c in SET_COLUMNS if c != "start_utc_offset_s"] == list(CSV_COLUMNS)
    assert SET_COLUMNS.index("start_utc_offset_s") == SET_COLUMNS.index("start") + 1
    assert [c for c in REP_COLUMNS if c != "start_utc_offset_s"] == list(REP_RECORD_COLUMNS)
    assert all(c.endswith(("_kg", "_s", "_limbs")) for c in REP_COLUMNS[12:])


def _day() -> neg.Session:
    negative = neg.overload.partner_assisted_negatives(
        CURL, working_load=neg.kg(40), working_reps=10, overload=0.4, reps=3
    )
    return neg.Session(
        dt.date(2026, 3, 2),
        sets=[
            neg.Set(CURL, reps=8, load=neg.kg(40), tempo="3-1-2-0", rpe=8, notes="=felt easy"),
            negative,
            neg.Set(CHIN, reps=5, load=neg.kg(0), set_type="warmup", extra={"band": "red"}),
            neg.Set(CURL, reps=4, load=neg.lb(90), method="partner_assisted"),
        ],
        start=dt.datetime(2026, 3, 2, 18, 30, tzinfo=ZoneInfo("Europe/Oslo")),
        name="Arms",
        source=neg.Source("Strong", "log.csv", rows=(2, 5)),
    )


PANDAS_DTYPES = {
    "date": "datetime64[us]",
    "start": "datetime64[us, UTC]",
    "start_utc_offset_s": "Float64",
    "session": "string",
    "session_id": "string",
    "set_number": "int64",
    "exercise_id": "category",
    "exercise": "category",
    "set_type": "category",
    "method": "category",
    "reps": "int64",
    "load": "float64",
    "unit": "category",
    "total_load_kg": "float64",
    "tempo": "string",
    "eccentric_load_kg": "Float64",
    "concentric_load_kg": "Float64",
    "assistance_kg": "Float64",
    "time_under_tension_s": "Float64",
    "rpe": "Float64",
    "rir": "Float64",
    "rest_s": "Float64",
    "superset": "string",
    "notes": "string",
    "assistance": "Float64",
    "assistance_unit": "category",
    "extra": "string",
    "session_number": "int64",
    "start_local": "string",
    "session_notes": "string",
    "duration_s": "Float64",
    "session_extra": "string",
    "source_app": "category",
    "source_file": "string",
    "source_rows": "object",
    "equipment": "category",
    "load_convention": "category",
    "limb_mode": "category",
    "muscles": "object",
}


@pytest.mark.parametrize("log", [[], [_day()]], ids=["empty", "a day"])
def test_pandas_dtypes_are_fixed_whatever_the_data(pd: Any, log: list[neg.Session]) -> None:
    frame = to_pandas(log)
    assert tuple(frame.columns) == SET_COLUMNS
    assert {c: str(t) for c, t in frame.dtypes.items()} == PANDAS_DTYPES
    assert len(frame) == sum(len(s.sets) for s in log)
    units = frame["unit"].cat.categories
    assert list(units) == ["kg", "lb"]  # the model's values: frames of two logs concatenate
    assert list(frame["set_type"].cat.categories) == [t.value for t in neg.SetType]
    assert list(frame["method"].cat.categories)[: len(neg.Method)] == [m.value for m in neg.Method]


def test_pandas_rep_dtypes(pd: Any) -> None:
    frame = to_pandas([_day()], reps=True)
    assert tuple(frame.columns) == REP_COLUMNS
    dtypes = {c: str(t) for c, t in frame.dtypes.items()}
    for column in REP_COLUMNS:
        expected = PANDAS_DTYPES.get(column)
        if expected is None:
            expected = "int64" if column in ("rep_number", *REP_COLUMNS[18:20]) else "Float64"
        assert dtypes[column] == expected, column
    assert len(frame) == 8 + 3 + 5 + 4


def test_polars_dtypes_are_fixed_whatever_the_data(pl: Any) -> None:
    empty, full = to_polars([]), to_polars([_day()])
    assert empty.schema == full.schema
    assert tuple(full.columns) == SET_COLUMNS
    schema = full.schema
    assert schema["date"] == pl.Date
    assert schema["start"] == pl.Datetime("us", "UTC")
    assert schema["set_type"] == pl.Enum([t.value for t in neg.SetType])
    assert schema["unit"] == schema["assistance_unit"] == pl.Enum(["kg", "lb"])
    assert schema["equipment"] == pl.Enum([e.value for e in neg.Equipment])
    for column in ("exercise_id", "exercise", "method", "source_app"):
        assert schema[column] == pl.Categorical, column
    assert schema["muscles"] == pl.List(pl.Enum([m.value for m in neg.Muscle]))
    assert schema["source_rows"] == pl.Array(pl.Int64, 2)
    for column in ("set_number", "reps", "session_number"):
        assert schema[column] == pl.Int64
    for column in ("load", "total_load_kg", "rpe", "time_under_tension_s", "start_utc_offset_s"):
        assert schema[column] == pl.Float64
    for column in ("session", "tempo", "notes", "extra", "start_local", "source_file"):
        assert schema[column] == pl.String
    reps = to_polars([_day()], reps=True)
    assert reps.columns == list(REP_COLUMNS)
    assert reps.schema == to_polars([], reps=True).schema
    assert reps.schema["eccentric_limbs"] == reps.schema["rep_number"] == pl.Int64
    assert reps.schema["eccentric_s"] == pl.Float64


# -- round trips against write_csv ----------------------------------------------------------------


def _pandas_is_the_csv(pd: Any, log: Any, text: str) -> Any:
    frame = to_pandas(log)
    # Every cell as written. The python engine: pandas' C parser before 3.0 cuts a text at a NUL
    # character (U+0000), which notes and names may hold.
    cells = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False, engine="python")
    assert list(cells.columns) == list(CSV_COLUMNS)
    read = _csv_columns({c: cells[c].tolist() for c in CSV_COLUMNS})
    expected = pd.DataFrame(
        {c: pd.Series(read[c], dtype=frame[c].dtype) for c in SET_COLUMNS}, columns=SET_COLUMNS
    )
    written = frame.copy()
    for column in ROUNDED:  # the computed columns as the CSV writes them: rounded
        written[column] = written[column].map(lambda v, c=column: _as_written(c, v))
        written[column] = written[column].astype(frame[column].dtype)
    pd.testing.assert_frame_equal(written, expected, check_exact=True)
    return frame


def _polars_is_the_csv(pl: Any, log: Any, text: str) -> Any:
    from polars.testing import assert_frame_equal

    frame = to_polars(log)
    cells = pl.read_csv(io.StringIO(text), infer_schema_length=0)
    assert cells.columns == list(CSV_COLUMNS)
    # polars reads a blank cell as null; the CSV writes what is unknown as a blank cell.
    read = _csv_columns({c: [v or "" for v in cells[c].to_list()] for c in CSV_COLUMNS})
    for column in ROUNDED:  # the computed columns as the CSV writes them: rounded
        assert [_as_written(column, v) for v in frame[column].to_list()] == read[column]
    expected = pl.DataFrame([pl.Series(c, read[c], dtype=frame.schema[c]) for c in SET_COLUMNS])
    exact = [c for c in SET_COLUMNS if c not in ROUNDED]
    assert_frame_equal(frame.select(exact), expected.select(exact), check_exact=True)
    return frame


def _python(value: Any) -> Any:
    """A pandas cell as the Python value polars gives."""
    if _missing(value):
        return None
    if hasattr(value, "to_pydatetime"):
        moment = value.to_pydatetime()
        return moment if moment.tzinfo is not None else moment.date()
    return value


def _missing(value: Any) -> bool:
    if value is None or isinstance(value, (tuple, str)):
        return value is None
    try:
        return bool(value != value)  # NaN, NaT
    except TypeError:  # pd.NA
        return True


def _same_values(pandas_frame: Any, polars_frame: Any) -> None:
    assert list(pandas_frame.columns) == polars_frame.columns
    for column in pandas_frame.columns:
        left = [_python(v) for v in pandas_frame[column].tolist()]
        right = polars_frame[column].to_list()
        if column in ("muscles", "source_rows"):
            right = [None if v is None else tuple(v) for v in right]
        assert left == right, column


def _typed(record: dict[str, Any], columns: tuple[str, ...]) -> dict[str, Any]:
    """A record as a frame's row holds it (polars' Python values)."""
    start = record["start"]
    values = {
        **record,
        "start": None if start is None else start.astimezone(dt.UTC),
        "start_utc_offset_s": None if start is None else start.utcoffset().total_seconds(),
    }
    for column in ("extra", "session_extra"):
        if column in values:
            values[column] = json.dumps(values[column], ensure_ascii=False) or None
            values[column] = None if values[column] == "{}" else values[column]
    if "start_local" in values and isinstance(values["start_local"], dt.datetime):
        values["start_local"] = values["start_local"].isoformat()
    for column in ("muscles", "source_rows"):
        if values.get(column) is not None:
            values[column] = list(values[column])
    return {c: values[c] for c in columns}


@given(LOGS)
def test_frames_are_the_csv_and_the_records_typed(log: Any) -> None:
    # One property for both libraries (generating logs is the costly part of it).
    text = _csv_text(log)
    pd = _optional("pandas")
    pl = _optional("polars")
    if pd is not None:
        frame = _pandas_is_the_csv(pd, log, text)
        for row, record in zip(frame.itertuples(index=False), set_records(log), strict=True):
            start = record["start"]
            if start is not None:  # the local clock time is the UTC instant plus its offset
                local = row.start.tz_localize(None) + pd.Timedelta(seconds=row.start_utc_offset_s)
                assert local.to_pydatetime() == start.replace(tzinfo=None)
    if pl is not None:
        frame = _polars_is_the_csv(pl, log, text)
        assert frame.rows(named=True) == [_typed(r, SET_COLUMNS) for r in set_records(log)]
        reps = to_polars(log, reps=True)
        assert reps.rows(named=True) == [_typed(r, REP_COLUMNS) for r in rep_records(log)]
    if pd is not None and pl is not None:
        for per_rep in (False, True):
            _same_values(to_pandas(log, reps=per_rep), to_polars(log, reps=per_rep))


def _optional(name: str) -> Any:
    try:
        return __import__(name)
    except ImportError:
        return None


# -- reps add up to their sets --------------------------------------------------------------------


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


@given(st.lists(sessions(max_sets=4), max_size=2))
def test_reps_sum_to_their_sets(days: list[neg.Session]) -> None:
    # On the records the frames are built of (the property above: frames equal records).
    items = [item for day in days for item in day.sets]
    per_set = list(set_records(days))
    per_rep = list(rep_records(days))
    assert all(tuple(r) == REP_RECORD_COLUMNS for r in per_rep)
    assert [(r["session_number"], r["set_number"], r["rep_number"]) for r in per_rep] == [
        (n, s, r)
        for n, day in enumerate(days, 1)
        for s, item in enumerate(day.sets, 1)
        for r in range(1, item.reps + 1)
    ]
    for item, row in zip(items, per_set, strict=True):
        key = (row["session_number"], row["set_number"])
        reps = [r for r in per_rep if (r["session_number"], r["set_number"]) == key]
        shared = ("date", "start", "session", "session_id", "exercise_id", "set_type", "method")
        assert all(r[c] == row[c] for r in reps for c in shared)
        summary = neg.analysis.summarize(item, basis="resistance")
        for column, summed in (
            ("eccentric_load_kg", summary.eccentric_volume.kg),
            ("concentric_load_kg", summary.concentric_volume.kg),
            ("assistance_kg", None),
            ("time_under_tension_s", summary.time_under_tension),
        ):
            values = [r[column] for r in reps]
            if row[column] is None:  # unknown for the set: unknown for some rep, never 0
                assert None in values, column
                continue
            assert None not in values, column
            total = sum(values)
            per = total if column == "time_under_tension_s" else total / item.reps
            assert _close(per, row[column]), column  # the set's figure: the sum, or per rep
            if summed is not None:
                assert _close(total, summed), column  # and the analysis' volume
        loads = [(r["eccentric_load_kg"], r["concentric_load_kg"]) for r in reps]
        if all(down is not None and up is not None for down, up in loads):
            volume = sum((down + up) / 2 for down, up in loads)
            assert _close(volume, summary.volume.kg)  # volume load, "resistance" basis
        for rep in reps:
            seconds = [rep["eccentric_s"], rep["isometric_s"], rep["concentric_s"]]
            if rep["time_under_tension_s"] is None:
                assert None in seconds
            else:
                assert _close(sum(seconds), rep["time_under_tension_s"])
            for phase, help_column in (
                ("eccentric", "eccentric_assistance_kg"),
                ("concentric", "assistance_kg"),
            ):
                athlete = rep[f"athlete_{phase}_load_kg"]
                resistance, help_ = rep[f"{phase}_load_kg"], rep[help_column]
                if resistance is None or help_ is None:
                    assert athlete is None
                else:
                    assert _close(athlete, max(resistance - help_, 0.0))


def test_a_partner_negative_shows_the_help_growing_rep_by_rep(pd: Any) -> None:
    frame = to_pandas([_day()], reps=True)
    negative = frame[frame["method"] == "partner_assisted"]
    first = negative[negative["set_number"] == 2]
    helps = first["assistance_kg"].tolist()
    assert helps == sorted(helps)
    assert helps[0] > 0
    assert (first["eccentric_load_kg"] == 56.0).all()
    assert (first["athlete_concentric_load_kg"] + first["assistance_kg"] == 56.0).all()
    assert first["eccentric_s"].tolist() == [4.0] * 3
    # a partner helped with the lb set but nobody wrote down how much: unknown, not 0
    logged = negative[negative["set_number"] == 4]
    assert logged["assistance_kg"].isna().all()
    assert logged["athlete_concentric_load_kg"].isna().all()
    assert logged["concentric_load_kg"].round(6).tolist() == [round(90 * 0.45359237, 6)] * 4


# -- unknowns, zones ------------------------------------------------------------------------------


def test_unknown_values_stay_null(pd: Any, pl: Any) -> None:
    frame = to_pandas([_day()])
    plain, _negative, chin, partner = (frame.iloc[i] for i in range(4))
    assert plain["time_under_tension_s"] == 8 * 6.0
    assert chin["time_under_tension_s"] is pd.NA  # no tempo
    assert chin["eccentric_load_kg"] is pd.NA  # a chin-up without the athlete's bodyweight
    assert chin["total_load_kg"] == 0.0
    assert partner["assistance_kg"] is pd.NA  # help not recorded
    assert plain["rir"] is pd.NA
    assert plain["session_id"] is pd.NA
    assert plain["notes"] == "=felt easy"  # the value itself: no spreadsheet escape in frames
    assert chin["notes"] == ""
    assert chin["extra"] == '{"band": "red"}'
    assert plain["extra"] is pd.NA
    assert plain["source_rows"] == (2, 5)
    assert frame["unit"].tolist() == ["kg", "kg", "kg", "lb"]
    assert frame["assistance_unit"].isna().all()
    polars = to_polars([_day()])
    assert polars["time_under_tension_s"].to_list() == [48.0, 18.0, None, None]
    assert polars["extra"].to_list() == [None, None, '{"band": "red"}', None]


def test_starts_in_different_zones_share_one_utc_column(pd: Any, pl: Any) -> None:
    oslo = dt.datetime(2026, 7, 1, 18, 0, tzinfo=ZoneInfo("Europe/Oslo"))
    york = dt.datetime(2026, 7, 2, 7, 30, tzinfo=ZoneInfo("America/New_York"))
    days = [
        neg.Session(oslo.date(), sets=[neg.Set(CURL, reps=5, load=neg.kg(40))], start=oslo),
        neg.Session(york.date(), sets=[neg.Set(CURL, reps=5, load=neg.kg(40))], start=york),
        neg.Session(
            dt.date(2026, 7, 3),
            sets=[neg.Set(CURL, reps=5, load=neg.kg(40))],
            extra={"start_local": "2026-07-03T06:15:00"},
        ),
    ]
    frame = to_pandas(days)
    assert str(frame["start"].dtype) == "datetime64[us, UTC]"
    assert frame["start"].iloc[0] == pd.Timestamp("2026-07-01 16:00", tz="UTC")
    assert frame["start"].iloc[1] == pd.Timestamp("2026-07-02 11:30", tz="UTC")
    assert frame["start"].iloc[2] is pd.NaT
    assert frame["start_utc_offset_s"].tolist()[:2] == [7200.0, -14400.0]
    assert frame["start_utc_offset_s"].iloc[2] is pd.NA
    assert frame["start_local"].tolist()[2] == "2026-07-03T06:15:00"
    local = frame["start"].dt.tz_localize(None) + pd.to_timedelta(
        frame["start_utc_offset_s"].astype("float64"), unit="s"
    )
    assert local.dt.hour.tolist()[:2] == [18, 7]
    polars = to_polars(days)
    assert polars["start"].to_list()[:2] == [oslo, york]
    assert polars["start"].to_list()[2] is None
    assert polars["start_utc_offset_s"].to_list() == [7200.0, -14400.0, None]


def test_a_training_log_and_a_generator_of_sessions_are_accepted(pd: Any, pl: Any) -> None:
    log = neg.TrainingLog(None, [_day(), _day()])
    assert len(to_pandas(log)) == len(to_pandas(iter(log.sessions))) == 8
    assert to_pandas(log)["session_number"].tolist() == [1] * 4 + [2] * 4
    assert to_polars(s for s in log.sessions).height == 8


@pytest.mark.parametrize("function", [to_pandas, to_polars], ids=["pandas", "polars"])
@pytest.mark.parametrize(
    ("sessions_", "message"),
    [
        ("log.csv", "sessions must be a TrainingLog or an iterable of Session, got str"),
        (_day(), "sessions must be a TrainingLog or an iterable of Session, got Session"),
        ([_day(), 3], r"sessions\[1\] must be a Session, got int"),
    ],
)
def test_wrong_arguments_are_type_errors_naming_them(
    function: Callable[..., object], sessions_: object, message: str
) -> None:
    pytest.importorskip("pandas" if function is to_pandas else "polars")
    with pytest.raises(TypeError, match=message):
        function(sessions_)
    with pytest.raises(TypeError, match="reps must be True or False, got str"):
        function([_day()], reps="yes")


@pytest.mark.parametrize(
    ("function", "module", "extra"),
    [(to_pandas, "pandas", "pandas"), (to_polars, "polars", "polars")],
)
def test_without_the_library_the_error_names_the_extra(
    monkeypatch: pytest.MonkeyPatch, function: Callable[..., object], module: str, extra: str
) -> None:
    monkeypatch.setitem(sys.modules, module, None)
    with pytest.raises(neg.MissingDependencyError, match=rf'pip install "negatives\[{extra}\]"'):
        function([_day()])


def test_frame_loads_on_first_access_and_imports_neither_library() -> None:
    code = (
        "import sys\n"
        "import negatives as neg\n"
        "print('negatives.frame' in sys.modules)\n"
        "print(neg.frame.SET_COLUMNS[0])\n"
        "print([m for m in ('pandas', 'polars') if m in sys.modules])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "date", "[]"]

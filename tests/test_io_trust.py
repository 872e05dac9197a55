"""Imports that trust no single column: values written twice, assistance, repeats and order,
line endings, sizes, errors that say where, and fuzzed real samples."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import negatives as neg
from negatives.io import ImportReport, iter_export, read_export
from negatives.io._lines import MAX_LINE
from negatives.io._reader import MAX_RECORD

DATA = Path(__file__).parent / "data" / "exports"
STRONG_HEADER = (
    "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,"
    "Workout Notes,RPE"
)
HEVY_BOTH = (
    "title,start_time,end_time,description,exercise_title,superset_id,set_index,set_type,"
    "weight_kg,weight_lbs,reps"
)


def balanced(report: ImportReport) -> bool:
    return report.rows_read == report.rows_imported + len(report.skipped) + len(report.structural)


def hevy(*rows: str, **options: object) -> neg.io.ImportResult:
    lines = [f"W,2024-01-15T10:30:00Z,,,{row}" for row in rows]
    text = "\n".join([HEVY_BOTH, *lines]) + "\n"
    return read_export(io.StringIO(text), **options)  # type: ignore[arg-type]


def strong(*rows: str, **options: object) -> neg.io.ImportResult:
    text = "\n".join([STRONG_HEADER, *rows]) + "\n"
    return read_export(io.StringIO(text), **{"unit": "kg", **options})  # type: ignore[arg-type]


# -- a load written twice ------------------------------------------------------------------------


def test_hevy_kg_and_lb_columns_are_compared_per_row() -> None:
    result = hevy(
        "Bench Press (Barbell),,1,normal,100,220.46,5",  # agree (Hevy rounds to 2 decimals)
        "Bench Press (Barbell),,2,normal,61.24,135,5",  # a pound user's load, converted to kg
        "Bench Press (Barbell),,3,normal,0,220.46,5",  # kg zero, lb set: the lb load is read
        "Bench Press (Barbell),,4,normal,100,,5",  # lb blank: the kg load is read
        "Bench Press (Barbell),,5,normal,100,150,5",  # disagree: which is right is unknown
        "Bench Press (Barbell),,6,normal,0,0,5",  # both zero: no added load
        "Bench Press (Barbell),,7,normal,100,220,5",  # 220 written without decimals: agrees
    )
    loads = [s.load for s in result.sessions[0].sets]
    assert loads == [
        neg.kg(100),
        neg.kg(61.24),
        neg.lb(220.46),
        neg.kg(100),
        neg.kg(0),
        neg.kg(100),
    ]
    (skipped,) = result.report.skipped
    assert skipped.row == 6
    assert "weight_kg 100 and weight_lbs 150 are not the same load" in skipped.reason
    notes = " ".join(result.report.notes)
    assert "row 4: weight_kg is 0 but weight_lbs is 220.46; read 220.46 lb" in notes
    assert "row 5: weight_lbs is blank but weight_kg is 100; read 100 kg" in notes
    assert not any(s.load.value == 0 for s in result.sessions[0].sets[:4])  # never a silent 0


def test_hevy_pound_users_read_the_lb_column() -> None:
    result = hevy("Bench Press (Barbell),,1,normal,61.24,135,5", unit="lb")
    assert result.sessions[0].sets[0].load == neg.lb(135)


def test_a_unit_column_that_contradicts_the_header_skips_the_row() -> None:
    text = (
        "Date,Exercise,Category,Weight (kgs),Weight Unit,Reps\n"
        "2024-04-01,Barbell Squat,Legs,100,kgs,5\n"
        "2024-04-01,Barbell Squat,Legs,225,lbs,5\n"
        "2024-04-01,Barbell Squat,Legs,100,,5\n"
    )
    result = read_export(io.StringIO(text))
    assert [s.load for s in result.sessions[0].sets] == [neg.kg(100), neg.kg(100)]
    assert "Weight Unit says lb but the weight column's header says kg" in (
        result.report.skipped[0].reason
    )


# -- assistance ----------------------------------------------------------------------------------


def test_negative_weights_are_assistance() -> None:
    result = strong(
        "2024-01-15 10:30:00,A,1h,Pull Up,1,-20,8,0,0,,,",
        "2024-01-15 10:30:00,A,1h,Dip Machine Thing,1,-30,8,0,0,,,",
    )
    pull, dip = result.sessions[0].sets
    assert pull.exercise.id == "pull-up"
    assert (pull.load, pull.assistance) == (neg.kg(0), neg.kg(20))
    assert (dip.load, dip.assistance) == (neg.kg(0), neg.kg(30))
    assert any(
        "negative weights of 'Pull Up' were read as assistance" in n for n in result.report.notes
    )
    assert result.report.skipped == ()


def test_a_positive_weight_on_an_assisted_exercise_is_the_machines_help() -> None:
    text = (
        "title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,"
        "set_index,set_type,weight_kg,reps,distance_km,duration_seconds,rpe\n"
        '"Morning workout","22 Dec 2025, 08:00","22 Dec 2025, 08:37","","Pull Up (Assisted)",,"",'
        "0,normal,21,10,,0,8.5\n"
        '"Morning workout","22 Dec 2025, 08:00","22 Dec 2025, 08:37","","Chest Dip (Assisted)",,"",'
        "1,normal,0,10,,0,\n"
    )
    result = read_export(io.StringIO(text))
    pull, dip = result.sessions[0].sets
    assert (pull.load, pull.assistance, pull.reps) == (neg.kg(0), neg.kg(21), 10)
    assert (dip.load, dip.assistance) == (neg.kg(0), None)  # 0 help: an unassisted dip
    assert any("'Pull Up (Assisted)' were read as assistance" in n for n in result.report.notes)


def test_assistance_on_a_bar_lift_is_a_skipped_row_with_the_reason() -> None:
    result = strong("2024-01-15 10:30:00,A,1h,Bench Press (Barbell),1,-20,8,0,0,,,")
    (skipped,) = result.report.skipped
    assert skipped.reason.startswith("negative weight read as assistance (20 kg)")
    semicolon = (
        "Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps\n"
        "2024-03-04 18:02:11;Pull;Pull Up;1;-20;;8\n"
    )
    no_unit = read_export(io.StringIO(semicolon))
    assert "weight -20 has no unit" in no_unit.report.skipped[0].reason


def test_the_as_logged_volume_is_a_plain_sum_over_the_rows() -> None:
    # What a coach checks in a spreadsheet: sum(weight x reps) over the imported rows.
    for name, unit in [
        ("strong-real.csv", "lb"),
        ("hevy-real.csv", None),
        ("fitnotes-sample.csv", None),
    ]:
        result = read_export(DATA / name, unit=unit)
        logged = sum(s.load.value * s.reps for day in result.sessions for s in day.sets)
        raw = 0.0
        for line in (DATA / name).read_text(encoding="utf-8").splitlines()[1:]:
            cells = next(iter(__import__("csv").reader([line])))
            if name.startswith("strong"):
                raw += float(cells[5] or 0) * int(cells[6] or 0)
            elif name.startswith("hevy"):
                raw += float(cells[9] or 0) * int(cells[10] or 0)
            elif cells[4]:
                raw += float(cells[3] or 0) * int(cells[4])
        assert logged == pytest.approx(raw)


# -- repeats and order ---------------------------------------------------------------------------


def test_an_export_joined_to_itself_is_not_doubled() -> None:
    text = (DATA / "strong-multiworkout.csv").read_text(encoding="utf-8")
    joined = text + text + text.split("\n", 1)[1] + text
    once = read_export(io.StringIO(text), unit="kg")
    result = read_export(io.StringIO(joined), unit="kg")
    report = result.report
    assert result.sessions == tuple(
        attrs_evolve_rows(s, t) for s, t in zip(once.sessions, result.sessions, strict=True)
    )
    assert report.sets_imported == once.report.sets_imported == 7
    assert len(report.duplicates) == 6  # 2 workouts, repeated 3 times
    assert [str(s) for s in report.structural] == [
        "row 9: the header line again (files joined together?)",
        "row 24: the header line again (files joined together?)",
    ]
    assert balanced(report)
    assert len(report.skipped) == 21
    assert report.skipped[0].reason == (
        "a repeat of rows 2-4: the workout 'Push Day' of 2024-01-15 is in the file more than once"
    )
    assert (
        str(report.duplicates[0]) == "rows 10-12 repeat rows 2-4 ('Push Day' of 2024-01-15, 3 sets)"
    )
    assert "6 repeated workouts skipped" in report.text()


def attrs_evolve_rows(kept: neg.Session, read: neg.Session) -> neg.Session:
    """The kept session, with the source rows of the joined file (the same lines)."""
    import attrs

    return attrs.evolve(kept, source=read.source)


def test_a_workout_whose_rows_are_apart_is_merged_by_read_export() -> None:
    rows = (
        "2024-01-15 10:30:00,Legs,1h,Barbell Squat,1,100,5,0,0,,,",
        "2024-01-16 10:30:00,Arms,1h,Barbell Curl,1,40,8,0,0,,,",
        "2024-01-15 10:30:00,Legs,1h,Barbell Squat,2,100,5,0,0,,,",
    )
    result = strong(*rows)
    legs, _ = result.sessions
    assert [s.reps for s in legs.sets] == [5, 5]
    assert legs.source == neg.Source("Strong", None, rows=(2, 4))
    assert result.report.sessions_imported == 2
    assert any(
        "not together in the file (rows 2-2 and 4-4); merged" in n for n in result.report.notes
    )
    assert balanced(result.report)
    text = "\n".join([STRONG_HEADER, *rows]) + "\n"
    with iter_export(io.StringIO(text), unit="kg") as reader:
        streamed = list(reader)
    assert [len(s.sets) for s in streamed] == [1, 1]  # never silently split in two sessions
    (skipped,) = reader.report.skipped
    assert skipped.row == 4
    assert "already passed on" in skipped.reason
    assert "read_export merges them" in skipped.reason
    assert balanced(reader.report)


def test_a_repeat_in_a_stream_is_found_too() -> None:
    text = (DATA / "hevy-real.csv").read_text(encoding="utf-8")
    doubled = text + text.split("\n", 1)[1]
    reader = iter_export(io.StringIO(doubled))
    sessions = list(reader)
    assert len(sessions) == 2
    assert len(reader.report.duplicates) == 2
    assert reader.report.sets_imported == 22


def test_equal_sets_in_one_workout_are_not_repeats() -> None:
    result = strong(
        "2024-01-15 10:30:00,A,1h,Barbell Squat,1,100,5,0,0,,,",
        "2024-01-15 10:30:00,A,1h,Barbell Squat,2,100,5,0,0,,,",
        "2024-01-16 10:30:00,B,1h,Barbell Squat,1,100,5,0,0,,,",
        "2024-01-15 10:30:00,A,1h,Barbell Squat,3,100,5,0,0,,,",
    )
    assert [len(s.sets) for s in result.sessions] == [3, 1]
    assert result.report.duplicates == ()


# -- line endings, sizes --------------------------------------------------------------------------


@pytest.mark.parametrize("ending", ["\n", "\r\n", "\r"])
def test_any_line_ending(ending: str) -> None:
    text = (DATA / "strong-basic.csv").read_text(encoding="utf-8").replace("\n", ending)
    for source in (io.StringIO(text), io.BytesIO(text.encode()), io.StringIO(text, newline="")):
        result = read_export(source, unit="kg")
        assert result.report.sets_imported == 6
        assert result.report.rows_read == 6


def test_a_note_with_line_breaks_in_a_mac_file() -> None:
    text = (
        STRONG_HEADER + "\r"
        '2024-01-15 10:30:00,A,1h,Barbell Squat,1,100,5,0,0,"slow\rthen fast",,\r'
        "2024-01-15 10:30:00,A,1h,Barbell Squat,2,100,5,0,0,,,\r"
    )
    result = read_export(io.BytesIO(text.encode()), unit="kg")
    assert result.sessions[0].sets[0].notes == "slow\rthen fast"
    assert result.sessions[0].source == neg.Source("Strong", None, rows=(2, 4))


def test_a_bare_carriage_return_in_the_header_is_a_parse_error_not_a_csv_error() -> None:
    with pytest.raises(neg.ParseError, match="not a Strong, Hevy, FitNotes or JEFIT export"):
        read_export(io.BytesIO(b"Date,Exercise\rName\n"))
    with pytest.raises(neg.ParseError, match=r"line 1: the header is not a CSV line"):
        read_export(io.StringIO("Date," + "x" * 200_000 + "\n"), format="strong")


def test_a_note_over_128_kib_is_read_and_cut_to_what_a_note_holds() -> None:
    note = "slow negatives " * 10_000  # 150 KB, over the csv module's default field limit
    text = (
        STRONG_HEADER + f'\n2024-01-15 10:30:00,A,1h,Barbell Squat,1,100,5,0,0,"{note}",{note},\n'
    )
    result = read_export(io.StringIO(text), unit="kg")
    session = result.sessions[0]
    assert session.sets[0].notes == note[:10_000]
    assert session.notes == note.strip()[:10_000]
    assert "row 2: the note (149,999 characters) was cut to the 10,000" in result.report.notes[0]


def test_a_row_over_the_limit_is_skipped_and_the_next_is_read() -> None:
    lines = "x\n" * (MAX_RECORD // 2 + 10)
    text = (
        STRONG_HEADER + f'\n2024-01-15 10:30:00,A,1h,Barbell Squat,1,100,5,0,0,"{lines}",,\n'
        "2024-01-15 10:30:00,A,1h,Barbell Squat,2,100,5,0,0,,,\n"
    )
    result = read_export(io.StringIO(text), unit="kg", max_bytes=None)
    (skipped,) = result.report.skipped
    assert skipped.row == 2
    assert f"longer than {MAX_RECORD:,} characters" in skipped.reason
    assert result.report.sets_imported == 1
    assert result.sessions[0].source == neg.Source("Strong", None, rows=(MAX_RECORD // 2 + 13,) * 2)
    assert balanced(result.report)


def test_an_unclosed_quote_over_the_limit_runs_to_the_end() -> None:
    text = STRONG_HEADER + '\n2024-01-15,A,1h,S,1,1,1,0,0,"' + "x\n" * (MAX_RECORD // 2 + 10)
    result = read_export(io.StringIO(text), unit="kg", max_bytes=None)
    assert [s.row for s in result.report.skipped] == [2]
    assert result.report.rows_read == 1


def test_a_utf16_file_is_named_as_such() -> None:
    data = (STRONG_HEADER + "\n").encode("utf-16")
    with pytest.raises(neg.ParseError, match="UTF-16"):
        read_export(io.BytesIO(data), unit="kg")


def test_lines_and_limits_on_binary_sources() -> None:
    long_line = (STRONG_HEADER + "\n" + "x" * (MAX_LINE + 1) + "\n").encode()
    with pytest.raises(neg.ParseError, match="line 2: longer than 1,000,000 characters"):
        read_export(io.BytesIO(long_line), unit="kg")
    with pytest.raises(neg.ParseError, match="max_bytes=100"):
        read_export(io.BytesIO((STRONG_HEADER + "\n" * 60).encode()), unit="kg", max_bytes=100)


# -- errors: data vs programming ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"format": ["strong"]}, "format must be a str"),
        ({"max_bytes": "10"}, "max_bytes must be an int or None, got str"),
        ({"max_bytes": True}, "max_bytes must be an int"),
        ({"unit": 5}, "unit must be 'kg', 'lb' or a Unit, got int"),
        ({"tz": 5}, "tz must be a time zone name"),
        ({"catalog": "builtin"}, "catalog must be a negatives.catalog.Catalog"),
        ({"names": 5}, "names must be a path"),
        ({"date_format": 5}, "date_format must be"),
    ],
)
def test_wrong_argument_types_are_type_errors_naming_the_argument(
    options: dict[str, object], message: str
) -> None:
    with pytest.raises(TypeError, match=message):
        read_export(DATA / "strong-basic.csv", **options)  # type: ignore[arg-type]


def test_a_closed_file_a_nul_path_and_a_negative_limit() -> None:
    closed = io.StringIO(STRONG_HEADER)
    closed.close()
    with pytest.raises(TypeError, match="source is a closed file"):
        read_export(closed)
    with pytest.raises(neg.ParseError, match="cannot contain a NUL character"):
        read_export("log\x00.csv")
    with pytest.raises(ValueError, match="max_bytes must be 0 or more"):
        read_export(DATA / "strong-basic.csv", max_bytes=-1)
    with pytest.raises(neg.ParseError, match="unknown export format 'csv'"):
        read_export(DATA / "strong-basic.csv", format="csv")


def test_an_unreadable_path_is_a_parse_error(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "log.csv"
    not_a_folder.write_text(STRONG_HEADER)
    with pytest.raises(neg.ParseError, match="cannot be read"):
        read_export(not_a_folder / "inside.csv")


# -- FitNotes names with unquoted commas -----------------------------------------------------


def test_fitnotes_names_with_an_unquoted_comma_are_joined_back() -> None:
    text = (
        "Date,Exercise,Category,Weight,Weight Unit,Reps,Distance,Distance Unit,Time\n"
        "2025-04-29,Overhead Press (Each Side, Dumbbells),Shoulders,8.0,kgs,5,,,\n"
        "2025-04-29,Curl, heavy,Arms,8.0,kgs,5,,,\n"
    )
    result = read_export(io.StringIO(text))
    (press,) = result.sessions[0].sets
    assert result.report.exercises["Overhead Press (Each Side, Dumbbells)"] == press.exercise.id
    assert press.exercise.id == "dumbbell-shoulder-press"
    assert press.total_load == neg.kg(16)  # an 8 kg dumbbell each side
    assert "holds a comma the file does not quote" in result.report.notes[0]
    assert [s.row for s in result.report.skipped] == [3]  # "Curl, heavy": no bracket to close


# -- JEFIT -----------------------------------------------------------------------------------


def test_jefit_full_export_reads_its_unit_sessions_and_logs() -> None:
    result = read_export(DATA / "jefit-full-sample.csv", tz="America/Chicago")
    report = result.report
    assert report.unit is neg.Unit.LB
    first, second, third = result.sessions
    assert first.date == dt.date(2024, 2, 17)
    assert first.start is not None
    assert first.start.isoformat() == "2024-02-17T12:49:21-06:00"
    assert first.duration == 4200
    assert [(s.exercise.id, s.load, s.reps) for s in first.sets[:4]] == [
        ("bench-press", neg.lb(135), 8),
        ("bench-press", neg.lb(155), 6),
        ("bench-press", neg.lb(155), 6),
        ("pull-up", neg.lb(0), 10),
    ]
    dip = first.sets[-1]
    assert (dip.exercise.id, dip.load, dip.assistance) == ("dip", neg.lb(0), neg.lb(40))
    assert report.exercises["Machine Assisted Dip"] == "dip"
    assert (third.date, third.start, third.id) == (dt.date(2024, 2, 24), None, "1708800000")
    reasons = {s.row: s.reason for s in report.skipped}
    assert reasons[35] == "workout session 1708540800 has no exercise logs"
    assert "timed or cardio log" in reasons[45]
    assert report.structural[0].what == "blank line"
    assert second.sets[0].extra["record"] == "295.00"


def test_jefit_without_settings_needs_a_unit_and_a_given_unit_wins_with_a_note() -> None:
    text = (DATA / "jefit-full-sample.csv").read_text(encoding="utf-8")
    without = text.replace('" lbs"', '""')
    with pytest.raises(neg.ParseError, match="JEFIT export does not say"):
        read_export(io.StringIO(without))
    result = read_export(io.StringIO(text), unit="kg")
    assert result.report.unit is neg.Unit.KG
    assert "SETTING says loads are in lb; unit='kg' was given and used" in result.report.notes[0]


def test_jefit_logs_without_sessions_use_their_days() -> None:
    text = (
        "### EXERCISE LOGS ####\n"
        "USERID,logs,mydate,ename,belongsession\n"
        '1,"60x10,65x8",2026-01-01,"Barbell Bench Press",1000\n'
        '1,"20x10",2026-01-01,"Dumbbell Row",1000\n'
        '1,"100x5",2026-01-05,"Barbell Squat",\n'
        '1,"100x5",,"Barbell Squat",\n'
        '1,"100x5",2026-01-05,"Barbell Squat",\n'
    )
    result = read_export(io.StringIO(text), unit="kg")
    assert [(s.date, s.id, len(s.sets)) for s in result.sessions] == [
        (dt.date(2026, 1, 1), "1000", 3),
        (dt.date(2026, 1, 5), None, 2),
    ]
    assert result.report.skipped[0].reason == "the log has no mydate and no belongsession"
    assert balanced(result.report)


def test_jefit_sessions_without_a_day_take_their_start() -> None:
    text = (
        "### WORKOUT SESSIONS ###\n_id,starttime,total_time\n7,1708195761,60\n8,0,60\n"
        "### EXERCISE LOGS ###\nbelongsession,ename,logs\n"
        "7,Barbell Squat,100x5\n8,Barbell Squat,100x5\n"
    )
    result = read_export(io.StringIO(text), unit="kg")
    assert result.sessions[0].date == dt.date(2024, 2, 17)
    assert any("pass tz= for the local day" in n for n in result.report.notes)
    reasons = {s.row: s.reason for s in result.report.skipped}
    assert "workout session 8 has no day" in reasons[8]
    assert reasons[4] == "workout session 8 has no exercise logs"
    assert balanced(result.report)


def test_jefit_repeated_session_rows() -> None:
    text = (
        "### WORKOUT SESSIONS ###\n_id,mydate,starttime,total_time\n"
        "1,2024-01-15,1705305000,3600\n1,2024-01-15,1705305000,3600\n"
        "### EXERCISE LOGS ###\nbelongsession,ename,logs\n"
        "1,Barbell Squat,100x5\n1,Barbell Squat,1e2x5\n"
        "1,Barbell Squat,-10x5\n"
    )
    result = read_export(io.StringIO(text), unit="kg")
    reasons = [s.reason for s in result.report.skipped]
    assert "repeats workout session 1 of row 3" in reasons[0]
    assert "not like '100x5'" in reasons[1]
    assert "negative weight read as assistance" in reasons[2]


# -- fuzzed real samples ---------------------------------------------------------------------------

SAMPLES = sorted(DATA.glob("*.csv"))
UNITS = {"strong-basic.csv": "kg", "strong-multiworkout.csv": "kg", "strong-real.csv": "lb",
         "jefit-real.csv": "kg", "jefit-basic.csv": "kg"}  # fmt: skip
NASTY = ["", ",", ";", '"', "\r", "\n", "\x00", "-", "1e9", "\uff11", "\u00e9", "13/", "###", "x"]


@st.composite
def mutated(draw: st.DrawFn) -> tuple[str, bytes]:
    path = draw(st.sampled_from(SAMPLES))
    data = bytearray(path.read_bytes())
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(data)))
        kind = draw(st.sampled_from(["insert", "delete", "flip"]))
        if kind == "insert":
            data[at:at] = draw(st.sampled_from(NASTY)).encode()
        elif kind == "delete":
            del data[at : at + draw(st.integers(1, 20))]
        elif data:
            data[min(at, len(data) - 1)] = draw(st.integers(0, 255))
    return path.name, bytes(data)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(mutated(), st.sampled_from([None, "Europe/Oslo"]))
def test_mutated_exports_import_or_fail_cleanly(sample: tuple[str, bytes], tz: str | None) -> None:
    name, data = sample
    try:
        result = read_export(io.BytesIO(data), unit=UNITS.get(name), tz=tz)
    except neg.NegativesError:
        return
    report = result.report
    assert balanced(report)
    assert report.sets_imported == sum(len(s.sets) for s in result.sessions)
    assert report.sessions_imported == len(result.sessions)
    assert all(s.row >= 1 for s in report.skipped)
    log = neg.TrainingLog(None, result.sessions)
    assert neg.from_json(neg.to_json(log), neg.TrainingLog) == log


# -- corners ---------------------------------------------------------------------------------------


class Reader:
    """A file-like object that is neither a text nor a binary io class (duck-typed)."""

    def __init__(self, chunks: list[object]) -> None:
        self._chunks = chunks

    def read(self, size: int = -1) -> object:
        return self._chunks.pop(0) if self._chunks else b""


def test_duck_typed_sources() -> None:
    data = (DATA / "strong-basic.csv").read_bytes()
    result = read_export(Reader([data]), unit="kg")  # type: ignore[arg-type]
    assert result.report.sets_imported == 6
    with pytest.raises(neg.ParseError, match="the stream gave list, not text"):
        read_export(Reader([[1, 2]]))  # type: ignore[arg-type]


def test_a_line_without_an_end_longer_than_the_limit() -> None:
    text = STRONG_HEADER + "\n" + "x" * (MAX_LINE + 100_000)
    with pytest.raises(neg.ParseError, match="line 2: longer than"):
        read_export(io.StringIO(text), unit="kg")


def test_a_session_the_model_refuses_skips_its_rows_in_both_modes() -> None:
    name = "W" * 250  # longer than a session name may be
    rows = [f"2024-01-15 10:30:00,{name},1h,Barbell Squat,{n},100,5,0,0,,," for n in (1, 2)]
    text = "\n".join(
        [STRONG_HEADER, *rows, "2024-01-16 10:30:00,B,1h,Barbell Squat,1,100,5,0,0,,,"]
    )
    for result in (
        read_export(io.StringIO(text), unit="kg"),
        neg.io.ImportResult(tuple(r := iter_export(io.StringIO(text), unit="kg")), r.report),
    ):
        assert [s.row for s in result.report.skipped] == [2, 3]
        assert "is invalid: Session.name: must be at most 200 characters" in (
            result.report.skipped[0].reason
        )
        assert len(result) == 1
        assert [s.name for s in result] == ["B"]
        assert not result.report.complete
        assert balanced(result.report)


def test_rows_the_model_refuses_and_long_names() -> None:
    result = strong(
        "2024-01-15 10:30:00,A,1h,Barbell Squat,1,100,5000,0,0,,,",
        f"2024-01-15 10:30:00,A,1h,{'Z' * 201},1,100,5,0,0,,,",
        "2024-01-15 10:30:00,A,1h,Barbell Squat,2,0,5,0,0,,,",
        "2024-01-15 10:30:00,A,1h,Barbell Squat,3,0,-3,0,0,,,",
    )
    reasons = [s.reason for s in result.report.skipped]
    assert reasons[0].startswith("Set.reps: must be <= 1000, got 5000")
    assert reasons[1] == "the exercise name is longer than 200 characters"
    assert reasons[2] == "reps -3 is negative"
    assert result.report.unit is None
    assert not result.report.mixed_units
    assert "loads in" not in result.report.text()  # only bodyweight: no unit was read


def test_notes_beyond_the_limit_are_counted() -> None:
    rows = [f"2024-01-15 10:30:00,A,1h,Barbell Squat,{n},100,5,0,0,,,{11 + n}" for n in range(120)]
    result = strong(*rows)
    assert len(result.report.notes) == 100
    assert result.report.notes_omitted == 20
    assert "... and 40 more" in result.report.text(limit=80)


def test_the_pound_hint_skips_cells_it_cannot_read() -> None:
    text = "\n".join(
        [
            STRONG_HEADER,
            "2024-01-15,A,1h,S,1,heavy,5,0,0,,,",
            "2024-01-15,A",
            "2024-01-15,A,1h,S,1,,5",
        ]
        + [f"2024-01-15,A,1h,S,1,{w},5,0,0,,," for w in (135, 185, 225)]
    )
    with pytest.raises(neg.ParseError, match="look like pounds"):
        read_export(io.StringIO(text))


def test_many_distinct_unknown_names_are_each_listed() -> None:
    rows = [f"2024-01-15 10:30:00,A,1h,Qzx{n} Lift,1,10,5,0,0,,," for n in range(300)]
    result = strong(*rows)
    assert len(result.report.unmapped) == 300
    assert all(u.sets == 1 and u.id.startswith("custom-qzx") for u in result.report.unmapped)


def test_jefit_corners() -> None:
    text = (
        "### WORKOUT SESSIONS ###\n_id,mydate,starttime,total_time\n"
        ",2024-01-15,0,60\n2,2024-01-15,100000000000000000000,60\n3,2024-01-16,0,\n"
        "### EXERCISE LOGS ###\nbelongsession,ename,logs\n2,Barbell Squat,100x5\n"
        "3,Barbell Squat,100x5\n"
    )
    result = read_export(io.StringIO(text), unit="kg")
    reasons = [s.reason for s in result.report.skipped]
    assert reasons[0] == "_id is blank"
    assert reasons[1] == "starttime 1e+20 is not a time"
    assert result.sessions[0].duration is None  # no total_time: unknown
    settings_only = (
        "\n### SETTING ###\nrow_id,mass\n1\n2, kg\n### EXERCISE LOGS ###\n"
        "belongsession,ename,logs,mydate\n1,Barbell Squat,100x5,2024-01-15\n"
    )
    assert read_export(io.StringIO(settings_only)).report.unit is neg.Unit.KG
    odd_setting = settings_only.replace(" kg", " stone")
    with pytest.raises(neg.ParseError, match="does not say"):
        read_export(io.StringIO(odd_setting))


def test_hevy_without_weight_columns_reads_reps() -> None:
    text = "title,start_time,exercise_title,reps\nW,2024-01-15T10:30:00Z,Push Up,20\n"
    (session,) = read_export(io.StringIO(text)).sessions
    assert (session.sets[0].reps, session.sets[0].load) == (20, neg.kg(0))


def test_the_pound_hint_reads_a_real_pound_log_of_barbells_machines_and_dumbbells() -> None:
    from negatives.io._reader import pound_hint

    # As in a real Strong log: barbells at 135/225, machines and dumbbells in 5 lb steps.
    mixed = [135.0, 225.0, 50.0, 60.0, 70.0, 80.0, 90.0, 100.0, 110.0, 120.0, 130.0, 140.0]
    assert "135, 225" in pound_hint(mixed)
    kilograms = [60.0, 62.5, 70.0, 80.0, 100.0, 102.5, 135.0, 47.5, 52.5, 57.5, 65.0]
    assert pound_hint(kilograms) == ""
    assert pound_hint([135.0, 225.0]) == ""  # too few loads to tell

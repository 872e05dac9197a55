"""Importers: every sample export, nasty inputs, the row accounting invariant, round trips."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

import negatives as neg
from negatives.io import (
    ImportReport,
    ImportResult,
    SkippedRow,
    iter_export,
    read_export,
)

DATA = Path(__file__).parent / "data" / "exports"

STRONG_HEADER = (
    "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,"
    "Workout Notes,RPE"
)
SEMICOLON_HEADER = (
    "Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;"
    "Distance Unit;Seconds;Notes;Workout Notes"
)
HEVY_HEADER = (
    "title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,"
    "set_index,set_type,weight_kg,reps,distance_km,duration_seconds,rpe"
)


def strong(*rows: str, unit: str | None = "kg", **options: object) -> ImportResult:
    text = "\n".join([STRONG_HEADER, *rows]) + "\n"
    return read_export(io.StringIO(text), unit=unit, **options)  # type: ignore[arg-type]


def balanced(report: ImportReport) -> bool:
    return report.rows_read == (report.rows_imported + len(report.skipped) + len(report.structural))


# -- every sample file, with counts read from the file --------------------------------------------

# file: (unit option, rows read, imported, skipped, structural, sets, sessions)
SAMPLES = {
    "strong-basic.csv": ("kg", 6, 6, 0, 0, 6, 1),
    "strong-multiworkout.csv": ("kg", 7, 7, 0, 0, 7, 2),
    "strong-real.csv": ("lb", 30, 30, 0, 0, 30, 2),
    "strong-semicolon-sample.csv": (None, 7, 6, 1, 0, 6, 2),
    "hevy-basic.csv": (None, 5, 5, 0, 0, 5, 1),
    "hevy-exercise-notes.csv": (None, 3, 3, 0, 0, 3, 1),
    "hevy-real.csv": (None, 22, 22, 0, 0, 22, 2),
    "hevy-supersets.csv": (None, 6, 6, 0, 0, 6, 1),
    "fitnotes-sample.csv": (None, 6, 5, 1, 0, 5, 2),
    "fitnotes-unit-column-sample.csv": (None, 4, 4, 0, 0, 4, 2),
    # 5 session lines + 26 log lines imported; markers, column lines and a blank line structural
    "jefit-real.csv": ("kg", 37, 31, 0, 6, 83, 5),
    "jefit-basic.csv": ("kg", 9, 3, 0, 6, 6, 1),
    # a full "My Data" export: a blank first line, then SETTING (loads in lb), PROFILE,
    # ROUTINES, WORKOUT SESSIONS, EXERCISE LOGS, EXERCISE SET LOGS and NOTES; 2 session rows
    # and 7 log rows imported; a session without logs and a plank (a timed log) skipped
    "jefit-full-sample.csv": (None, 66, 9, 2, 55, 18, 3),
}


def test_every_sample_file_is_covered() -> None:
    assert {p.name for p in DATA.glob("*.csv")} == set(SAMPLES)


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_sample_counts(name: str) -> None:
    unit, read, imported, skipped, structural, sets, sessions = SAMPLES[name]
    result = read_export(DATA / name, unit=unit)
    report = result.report
    assert (report.rows_read, report.rows_imported, len(report.skipped)) == (
        read,
        imported,
        skipped,
    )
    assert (len(report.structural), report.sets_imported, len(result.sessions)) == (
        structural,
        sets,
        sessions,
    )
    assert report.sessions_imported == len(result.sessions)
    assert sum(len(s.sets) for s in result.sessions) == report.sets_imported
    assert balanced(report)
    assert report.format == name.split("-")[0]
    for session in result.sessions:
        assert session.source is not None
        assert session.source.file == name
        assert all(s.tempo is None for s in session.sets)  # no export states a tempo


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_sample_round_trips_through_json(name: str) -> None:
    result = read_export(DATA / name, unit=SAMPLES[name][0], tz="Europe/Oslo")
    log = neg.TrainingLog(None, result.sessions)
    assert neg.from_json(neg.to_json(log), neg.TrainingLog) == log


def test_strong_real_is_in_pounds_and_asks_for_the_unit() -> None:
    with pytest.raises(neg.ParseError, match=r"unit='kg' or unit='lb'.*look like pounds"):
        read_export(DATA / "strong-real.csv")
    result = read_export(DATA / "strong-real.csv", unit="lb")
    first = result.sessions[0]
    assert first.sets[0].load == neg.lb(45)
    assert first.name == "4by5 Chest And Triceps"
    assert first.duration == 103 * 60
    assert first.date == dt.date(2020, 9, 15)
    assert first.start is None
    assert first.extra["start_local"] == "2020-09-15T11:22:57"
    assert result.report.unit is neg.Unit.LB
    assert result.report.unmapped_exercises == ()
    assert {s.exercise.id for s in first.sets} == {
        "bench-press",
        "incline-bench-press",
        "dumbbell-lateral-raise",
    }


def test_kg_sample_gets_no_pound_hint() -> None:
    with pytest.raises(neg.ParseError, match="unit=") as caught:
        read_export(DATA / "strong-basic.csv")
    assert "pounds" not in str(caught.value)


def test_jefit_requires_a_unit() -> None:
    with pytest.raises(neg.ParseError, match="JEFIT export does not say"):
        read_export(DATA / "jefit-basic.csv")


def test_strong_semicolon_keeps_each_rows_unit_and_skips_the_plank() -> None:
    result = read_export(DATA / "strong-semicolon-sample.csv", tz="Europe/Oslo")
    pull = result.sessions[0]
    loads = [s.load for s in pull.sets]
    assert loads == [neg.kg(45), neg.kg(50), neg.kg(0), neg.lb(30)]
    assert pull.notes == "slow negatives, 4 s down"
    assert pull.start == dt.datetime(2024, 3, 4, 18, 2, 11, tzinfo=ZoneInfo("Europe/Oslo"))
    assert pull.sets[2].notes == "negatives only"
    assert pull.sets[2].method is neg.Method.STANDARD  # a note is not a method: nothing invented
    assert result.report.skipped == (
        SkippedRow(6, "distance or time only (cardio or a timed hold): no reps to import"),
    )
    assert result.report.unit is None
    assert result.report.mixed_units
    assert "kg and lb" in result.report.text()


def test_hevy_supersets_notes_and_durations() -> None:
    result = read_export(DATA / "hevy-supersets.csv")
    session = result.sessions[0]
    assert [s.superset for s in session.sets] == ["1", "1", "1", "1", None, None]
    assert session.start == dt.datetime(2024, 2, 1, 16, tzinfo=dt.UTC)
    assert session.duration == 90 * 60
    assert all(s.extra["set_type"] == "1" for s in session.sets)
    assert any("does not document" in note for note in result.report.notes)
    notes = read_export(DATA / "hevy-exercise-notes.csv").sessions[0]
    assert notes.notes == "Great session"
    assert [s.notes for s in notes.sets] == ["Paused reps", "Paused reps", ""]
    assert [s.rpe for s in notes.sets] == [8, 8.5, None]


def test_hevy_real_human_dates_and_zero_based_index() -> None:
    result = read_export(DATA / "hevy-real.csv", tz="Europe/Berlin")
    first, second = result.sessions
    assert first.start == dt.datetime(2025, 6, 30, 19, 56, tzinfo=ZoneInfo("Europe/Berlin"))
    assert first.duration == 62 * 60
    assert second.date == dt.date(2025, 7, 2)
    assert [s.reps for s in first.sets[:4]] == [13, 13, 12, 10]
    assert all(s.set_type is neg.SetType.NORMAL for s in first.sets)
    assert "set_type" not in first.sets[0].extra


def test_hevy_both_weight_columns_choose_by_unit() -> None:
    kg_result = read_export(DATA / "hevy-basic.csv")
    lb_result = read_export(DATA / "hevy-basic.csv", unit="lb")
    assert kg_result.sessions[0].sets[0].load == neg.kg(100)
    assert lb_result.sessions[0].sets[0].load == neg.lb(220.46)


def test_fitnotes_units_categories_and_comments() -> None:
    result = read_export(DATA / "fitnotes-sample.csv")
    assert result.report.unit is neg.Unit.LB
    assert [s.date for s in result.sessions] == [dt.date(2024, 4, 1), dt.date(2024, 4, 3)]
    assert result.sessions[0].start is None
    assert result.sessions[0].sets[0].extra["Category"] == "Chest"
    column = read_export(DATA / "fitnotes-unit-column-sample.csv")
    curl = column.sessions[0].sets
    assert curl[0].notes == "4 s negatives"
    assert curl[0].load == neg.kg(40)
    assert column.sessions[1].sets[0].load == neg.lb(95)


def test_jefit_sessions_logs_and_times() -> None:
    result = read_export(DATA / "jefit-real.csv", unit="kg", tz="Europe/Oslo")
    first = result.sessions[0]
    assert first.id == "101"
    assert first.date == dt.date(2024, 1, 8)
    assert first.start == dt.datetime(2024, 1, 8, 9, tzinfo=ZoneInfo("Europe/Oslo"))
    assert first.duration == 4500
    assert [(s.load, s.reps) for s in first.sets[:4]] == [
        (neg.kg(80), 8),
        (neg.kg(85), 6),
        (neg.kg(90), 5),
        (neg.kg(90), 4),
    ]
    assert [w.what for w in result.report.structural][:2] == [
        "column names of WORKOUT SESSIONS",
        "end of section",
    ]


# -- Strong details --------------------------------------------------------------------------------


def test_rest_timers_are_structural_and_set_orders_typed() -> None:
    result = strong(
        "2024-01-15 10:30:00,A,1h,Barbell Squat,W,60,5,0,0,,,",
        "2024-01-15 10:30:00,A,1h,Barbell Squat,Rest Timer,,,0,90,,,",
        "2024-01-15 10:30:00,A,1h,Barbell Squat,1,100,5,0,0,,,",
        "2024-01-15 10:30:00,A,1h,Barbell Squat,D,80,8,0,0,,,",
        "2024-01-15 10:30:00,A,1h,Barbell Squat,F,70,6,0,0,,,",
        "2024-01-15 10:30:00,A,1h,Barbell Squat,X,70,6,0,0,,,",
    )
    types = [s.set_type for s in result.sessions[0].sets]
    assert types == [neg.SetType.WARMUP, neg.SetType.NORMAL, neg.SetType.DROP, neg.SetType.FAILURE]
    assert [str(s) for s in result.report.structural] == ["row 3: rest timer (90 s)"]
    assert result.report.skipped[0].row == 7
    assert "Set Order 'X'" in result.report.skipped[0].reason
    assert balanced(result.report)


def test_bom_crlf_quoted_commas_and_newlines() -> None:
    text = (
        "\ufeff" + STRONG_HEADER + "\r\n"
        '2024-01-15 10:30:00,A,1h,Barbell Squat,1,100,5,0,0,"slow, 4 s down\r\nthen rest",,\r\n'
        "2024-01-15 10:30:00,A,1h,Barbell Squat,2,100,5,0,0,,,\r\n"
    )
    result = read_export(io.BytesIO(text.encode()), unit="kg")
    sets = result.sessions[0].sets
    assert sets[0].notes == "slow, 4 s down\r\nthen rest"
    assert len(sets) == 2
    assert result.report.rows_read == 2
    assert result.sessions[0].source == neg.Source("Strong", None, rows=(2, 4))


def test_garbage_values_skip_their_row_with_the_column_named() -> None:
    result = strong(
        "2024-01-15 10:30:00,A,1h,Barbell Squat,1,100,five,0,0,,,",
        "2024-01-15 10:30:00,A,1h,Barbell Squat,2,heavy,5,0,0,,,",
        "2024-01-15 10:30:00,A,1h,Barbell Squat,3,-20,5,0,0,,,",
        "2024-01-15 10:30:00,A,1h,Barbell Squat,4,nan,5,0,0,,,",
        "yesterday,A,1h,Barbell Squat,5,100,5,0,0,,,",
        "2024-01-15 10:30:00,A,1h,,6,100,5,0,0,,,",
        "2024-01-15 10:30:00,A,1h,Barbell Squat,7,100,5.5,0,0,,,",
        "2024-01-15 10:30:00,A,1h,Barbell Squat,8,100,0,0,0,,,",
        "2024-01-15 10:30:00,A,1h,Barbell Squat,9,100,5,0,0,,,",
    )
    reasons = [s.reason for s in result.report.skipped]
    assert [s.row for s in result.report.skipped] == [2, 3, 4, 5, 6, 7, 8, 9]
    assert "Reps 'five' is not a number" in reasons[0]
    assert "Weight 'heavy' is not a number" in reasons[1]
    assert "negative weight read as assistance" in reasons[2]  # a barbell squat: no machine
    assert "Weight 'nan' is not a number" in reasons[3]
    assert "Date 'yesterday'" in reasons[4]
    assert "exercise name is blank" in reasons[5]
    assert "whole number" in reasons[6]
    assert reasons[7] == "0 reps"
    assert result.report.sets_imported == 1
    assert balanced(result.report)


def test_out_of_range_values_are_kept_as_text_not_dropped() -> None:
    result = strong(
        "2024-01-15 10:30:00,A,30h 5m,Barbell Squat,1,100,5,0,0,,,12",
        "2024-01-15 10:30:00,A,30h 5m,Barbell Squat,2,100,5,0,0,,,x",
    )
    session = result.sessions[0]
    assert session.duration is None
    assert session.extra["duration"] == "30h 5m"
    assert session.sets[0].rpe is None
    assert session.sets[0].extra["rpe"] == "12"
    assert session.sets[1].extra["rpe"] == "x"
    assert len(result.report.notes) == 3


def test_extra_columns_go_to_extra_and_too_many_cells_are_skipped() -> None:
    text = (
        STRONG_HEADER + ",Gym\n"
        "2024-01-15 10:30:00,A,1h,Barbell Squat,1,100,5,0,0,,,,Home\n"
        "2024-01-15 10:30:00,A,1h,Barbell Squat,2,100,5,0,0,a,b,8,Home,spill\n"
        "2024-01-15 10:30:00,A,1h,Barbell Squat,3,100,5,0,0,,,8\n"
    )
    result = read_export(io.StringIO(text), unit="kg")
    sets = result.sessions[0].sets
    assert sets[0].extra["Gym"] == "Home"
    assert "Gym" not in sets[1].extra  # a short row: blank cells, nothing invented
    assert result.report.skipped[0].row == 3
    assert "14 cells but the header has 13 columns" in result.report.skipped[0].reason


def test_distance_and_seconds_on_a_strength_set_are_kept() -> None:
    result = strong("2024-01-15 10:30:00,A,1h,Farmer Walk,1,40,1,20,30,,,")
    item = result.sessions[0].sets[0]
    assert item.extra["distance"] == "20"
    assert item.extra["seconds"] == "30"
    assert item.exercise.id == "farmers-walk"


def test_header_only_blank_lines_and_empty() -> None:
    result = strong()
    assert result.sessions == ()
    assert result.report.rows_read == 0
    blank = strong("", "2024-01-15 10:30:00,A,1h,Barbell Squat,1,100,5,0,0,,,", "")
    assert len(blank.report.structural) == 2
    assert blank.report.sets_imported == 1
    with pytest.raises(neg.ParseError, match="empty"):
        read_export(io.StringIO(""))


def test_not_a_workout_file() -> None:
    with pytest.raises(neg.ParseError, match="not a Strong, Hevy, FitNotes or JEFIT export"):
        read_export(io.StringIO("name,age\nbob,3\n"))
    with pytest.raises(neg.ParseError, match=r"not a Hevy export: the header lacks 'title'"):
        read_export(io.StringIO(STRONG_HEADER + "\n"), format="hevy")
    with pytest.raises(neg.ParseError, match="unknown export format 'csv'"):
        read_export(io.StringIO(STRONG_HEADER + "\n"), format="csv")
    with pytest.raises(neg.ParseError, match="no such file"):
        read_export(DATA / "missing.csv")
    with pytest.raises(neg.ParseError, match="is a directory"):
        read_export(DATA)
    with pytest.raises(TypeError, match="source must be a path or an open file"):
        read_export(42)  # type: ignore[arg-type]


def test_not_utf8_and_limits() -> None:
    latin = (STRONG_HEADER + "\n2024-01-15 10:30:00,A,1h,Squat \xe9,1,100,5,0,0,,,\n").encode(
        "latin-1"
    )
    with pytest.raises(neg.ParseError, match="line 2, column 32: not UTF-8 text \\(byte 0xe9\\)"):
        read_export(io.BytesIO(latin), unit="kg")
    big = STRONG_HEADER + "\n" + "2024-01-15 10:30:00,A,1h,Barbell Squat,1,100,5,0,0,,,\n" * 50
    with pytest.raises(neg.ParseError, match="max_bytes=1,000"):
        read_export(io.StringIO(big), unit="kg", max_bytes=1000)
    assert read_export(io.StringIO(big), unit="kg", max_bytes=None).report.sets_imported == 50
    long_line = STRONG_HEADER + "\n" + "x" * 1_000_001 + "\n"
    with pytest.raises(neg.ParseError, match="longer than 1,000,000 characters"):
        read_export(io.StringIO(long_line), unit="kg")


def test_file_size_limit_on_paths(tmp_path: Path) -> None:
    path = tmp_path / "log.csv"
    path.write_text(STRONG_HEADER + "\n" + "2024-01-15 10:30:00,A,1h,Squat,1,1,1,0,0,,,\n" * 40)
    with pytest.raises(neg.ParseError, match=r"log.csv: \d[\d,]* bytes is larger than max_bytes"):
        read_export(path, unit="kg", max_bytes=500)


def test_unclosed_quote_is_a_report_or_a_clear_error() -> None:
    text = STRONG_HEADER + '\n2024-01-15 10:30:00,A,1h,"Barbell Squat,1,100,5,0,0,,,\n'
    try:
        result = read_export(io.StringIO(text), unit="kg")
    except neg.ParseError as error:
        message = str(error)
        assert "line 2" in message
    else:
        assert balanced(result.report)
        assert result.report.sets_imported == 0


def test_a_quote_never_closed_skips_the_lines_it_swallowed() -> None:
    text = STRONG_HEADER + '\n2024-01-15 10:30:00,A,1h,Squat,1,100,5,0,0,"' + "a\n" * 70_000
    result = read_export(io.StringIO(text), unit="kg")
    assert [s.row for s in result.report.skipped] == [2]
    assert "never closed: lines 2-70001 were read as one row" in result.report.skipped[0].reason
    assert result.report.rows_read == 1
    assert balanced(result.report)


def test_unit_change_mid_file_and_blank_unit_cells() -> None:
    text = "\n".join(
        [
            SEMICOLON_HEADER,
            "2024-03-04 18:02:11;Pull;Lat Pulldown (Cable);1;45;kg;10;;;;0;;",
            "2024-03-04 18:02:11;Pull;Lat Pulldown (Cable);2;100;lbs;10;;;;0;;",
            "2024-03-04 18:02:11;Pull;Lat Pulldown (Cable);3;22,5;;10;;;;0;;",
            "2024-03-04 18:02:11;Pull;Pull Up;1;;;5;;;;0;;",
        ]
    )
    result = read_export(io.StringIO(text))
    loads = [s.load for s in result.sessions[0].sets]
    assert loads == [neg.kg(45), neg.lb(100), neg.kg(0)]
    assert result.report.skipped[0].row == 4
    assert "no unit" in result.report.skipped[0].reason
    assert "unit='kg'" in result.report.skipped[0].reason
    filled = read_export(io.StringIO(text), unit="kg")
    assert [s.load for s in filled.sessions[0].sets][2] == neg.kg(22.5)


def test_semicolon_weight_kg_header_and_workout_numbers() -> None:
    text = (
        '"Workout #";"Date";"Workout Name";"Duration (sec)";"Exercise Name";"Set Order";'
        '"Weight (kg)";"Reps";"RPE";"Distance (meters)";"Seconds";"Notes";"Workout Notes"\n'
        '"7";"2024-05-01 07:00:00";"Push";"3600";"Dips";"1";"10";"5";"";"";"";"";""\n'
        '"7";"2024-05-01 07:00:00";"Push";"3600";"Rowing";"1";"";"";"";"2000";"600";"";""\n'
    )
    result = read_export(io.StringIO(text), tz="UTC")
    session = result.sessions[0]
    assert session.id == "7"
    assert session.duration == 3600
    assert session.sets[0].load == neg.kg(10)
    assert result.report.skipped[0].row == 3


# -- times and zones ------------------------------------------------------------------------------


def test_times_with_offsets_convert_to_the_zone_and_its_day() -> None:
    text = HEVY_HEADER + (
        "\nLate,2024-01-15T23:30:00Z,2024-01-16T00:30:00Z,,Bench Press (Barbell),,,0,normal,"
        "100,5,,,\n"
    )
    utc = read_export(io.StringIO(text)).sessions[0]
    assert utc.date == dt.date(2024, 1, 15)
    assert utc.duration == 3600
    tokyo = read_export(io.StringIO(text), tz="Asia/Tokyo").sessions[0]
    assert tokyo.date == dt.date(2024, 1, 16)
    assert tokyo.start is not None
    assert tokyo.start.utcoffset() == dt.timedelta(hours=9)
    assert tokyo.start == utc.start


@pytest.mark.parametrize(
    "written",
    ["2024-01-15 7:30 PM", "2024-01-15 19:30:00", "15 Jan 2024, 19:30", "15 Jan 2024, 7:30 PM"],
)
def test_twelve_and_twenty_four_hour_times(written: str) -> None:
    result = strong(f'"{written}",A,1h,Barbell Squat,1,100,5,0,0,,,', tz="Europe/Oslo")
    start = result.sessions[0].start
    assert start is not None
    assert (start.hour, start.minute) == (19, 30)


def test_unknown_zone_and_unit() -> None:
    with pytest.raises(neg.ParseError, match="unknown time zone 'Mars/Base'"):
        strong(tz="Mars/Base")
    with pytest.raises(neg.ParseError, match="unit: unknown unit 'stone'"):
        strong(unit="stone")


# -- exercises -------------------------------------------------------------------------------------


def test_unmapped_names_become_custom_exercises_listed_in_the_report() -> None:
    result = strong(
        "2024-01-15 10:30:00,A,1h,Zercher Carry!,1,60,5,0,0,,,",
        "2024-01-15 10:30:00,A,1h,zercher carry,1,60,5,0,0,,,",
        "2024-01-15 10:30:00,A,1h,???,1,60,5,0,0,,,",
        "2024-01-15 10:30:00,A,1h,Barbell Squat,1,60,5,0,0,,,",
    )
    ids = [s.exercise.id for s in result.sessions[0].sets]
    assert ids[0] == "custom-zercher-carry"
    assert ids[1] == "custom-zercher-carry-2"
    assert ids[2].startswith("custom-")
    assert ids[3] == "back-squat"
    assert result.report.unmapped_exercises == ("Zercher Carry!", "zercher carry", "???")
    assert result.report.exercises["Barbell Squat"] == "back-squat"
    assert result.sessions[0].sets[0].exercise.muscles == ()
    assert "not in the catalog" in result.report.text()


def test_a_custom_catalog_maps_names() -> None:
    carry = neg.Exercise("zercher-carry", "Zercher Carry", muscles=["quadriceps"])
    catalog = neg.catalog.Catalog([neg.catalog.CatalogEntry(carry)])
    result = strong("2024-01-15 10:30:00,A,1h,Zercher Carry,1,60,5,0,0,,,", catalog=catalog)
    assert result.sessions[0].sets[0].exercise == carry


# -- JEFIT oddities ------------------------------------------------------------------------------


def test_jefit_bad_rows_are_reported() -> None:
    text = (
        "### WORKOUT SESSIONS ###\n"
        "_id,mydate,starttime,starttimie,total_time\n"
        "1,2024-01-15,1705305000,,3600\n"
        "2,2024-01-16,0,,999999\n"
        "3,someday,0,,60\n"
        "1,2024-01-15,0,,60\n"
        "###########################\n"
        "stray,row\n"
        "### EXERCISE LOGS ###\n"
        "belongsession,ename,logs\n"
        '1,"Barbell Squat","100x5,100x0,90x5"\n'
        '1,"Barbell Squat","100xfive"\n'
        '9,"Barbell Squat","100x5"\n'
        '1,"Barbell Squat","100x0"\n'
        "### SOMETHING ELSE ###\n"
        "a,b\n"
        "1,2\n"
    )
    result = read_export(io.StringIO(text), unit="kg")
    reasons = {s.row: s.reason for s in result.report.skipped}
    assert [s.reps for s in result.sessions[0].sets] == [5, 5]
    assert "0 reps; left out" in result.report.notes[0]
    assert "not like '100x5'" in reasons[12]
    assert "belongsession '9'" in reasons[13]
    assert reasons[14] == "no set with reps in logs"
    assert "mydate 'someday'" in reasons[5]
    assert "appears twice" in reasons[6]
    assert reasons[8] == "a row outside any section"
    assert 17 not in reasons
    structural = {s.row: s.what for s in result.report.structural}
    assert structural[16] == structural[17] == "a line of the SOMETHING ELSE section (not training)"
    assert reasons[4] == "workout session 2 has no exercise logs"
    assert balanced(result.report)


# -- streaming -------------------------------------------------------------------------------------


def test_iter_export_streams_sessions_with_a_running_report() -> None:
    reader = iter_export(DATA / "strong-multiworkout.csv", unit="kg")
    with reader:
        first = next(reader)
        assert first.name == "Push Day"
        assert reader.report.sessions_imported == 1
        assert reader.report.rows_read < 7
        assert reader.position > 0
        rest = list(reader)
    assert [s.name for s in rest] == ["Pull Day"]
    assert reader.report.rows_read == 7
    assert balanced(reader.report)
    assert reader.format == "strong"


def test_many_sessions_stream_from_a_generated_file() -> None:
    rows = (
        f"2024-01-{1 + day % 28:02d} 10:{day // 28 % 60:02d}:00,W{day},1h,Barbell Squat,1,100,5,"
        "0,0,,,"
        for day in range(3000)
    )
    text = STRONG_HEADER + "\n" + "\n".join(rows) + "\n"
    count = sum(1 for _ in iter_export(io.StringIO(text), unit="kg"))
    assert count == 3000


def test_errors_are_raised_before_the_first_session() -> None:
    with pytest.raises(neg.ParseError):
        iter_export(DATA / "strong-basic.csv")  # no unit: raised by the call, not by next()


# -- the invariant, on generated rows --------------------------------------------------------------

CELLS = st.sampled_from(["", "0", "5", "100", "-3", "x", "nan", "8.5", "Rest Timer", "W", "1e9"])
NAMES = st.sampled_from(["Barbell Squat", "Bench Press (Barbell)", "Mystery Lift", ""])
DATES = st.sampled_from(["2024-01-15 10:30:00", "2024-01-16 08:00:00", "soon", ""])


@st.composite
def strong_rows(draw: st.DrawFn) -> str:
    date, name = draw(DATES), draw(NAMES)
    order, weight, reps, seconds, rpe = (draw(CELLS) for _ in range(5))
    extra = draw(st.sampled_from(["", ",spill", '"', "\n"]))
    return f"{date},W,1h,{name},{order},{weight},{reps},0,{seconds},,,{rpe}{extra}"


@given(st.lists(strong_rows(), max_size=25))
def test_every_row_is_accounted_for(rows: list[str]) -> None:
    text = STRONG_HEADER + "\n" + "\n".join(rows)
    try:
        result = read_export(io.StringIO(text), unit="kg")
    except neg.ParseError:
        return  # a malformed CSV (an open quote) may be refused, with its line
    report = result.report
    assert balanced(report)
    assert report.sets_imported == sum(len(s.sets) for s in result.sessions)
    assert report.sessions_imported == len(result.sessions)
    assert all(s.row >= 2 for s in report.skipped)


def test_fitnotes_without_any_unit_asks_for_one() -> None:
    text = "Date,Exercise,Category,Weight,Reps\n2024-04-01,Dumbbell Curl,Biceps,25.0,10\n"
    with pytest.raises(neg.ParseError, match="FitNotes export does not say"):
        read_export(io.StringIO(text))
    result = read_export(io.StringIO(text), unit="lb")
    assert result.sessions[0].sets[0].load == neg.lb(25)

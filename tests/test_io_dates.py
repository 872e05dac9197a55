"""Dates in exports: every unambiguous form, day/month order decided once per file, time zones."""

from __future__ import annotations

import datetime as dt
import io
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

import negatives as neg
from negatives.io import iter_export, read_export
from negatives.io._dates import DateReader, date_option, localize
from negatives.io._values import RowError

STRONG_HEADER = (
    "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,"
    "Workout Notes,RPE"
)
HEVY_HEADER = (
    "title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,"
    "set_index,set_type,weight_kg,reps,distance_km,duration_seconds,rpe"
)
OSLO = ZoneInfo("Europe/Oslo")


def strong_at(*dates: str, **options: object) -> neg.io.ImportResult:
    rows = [f'"{d}",W{i},1h,Barbell Squat,1,100,5,0,0,,,' for i, d in enumerate(dates)]
    text = "\n".join([STRONG_HEADER, *rows]) + "\n"
    return read_export(io.StringIO(text), **{"unit": "kg", **options})  # type: ignore[arg-type]


def read(text: str, reader: DateReader | None = None) -> dt.datetime | dt.date:
    return (reader or DateReader()).read(text, "Date")


# -- forms ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "written",
    [
        "2024-01-15 19:30:00",
        "2024-01-15 19:30",
        "2024-01-15T19:30:00",
        "2024-01-15T19:30",
        "2024-01-15 7:30 PM",
        "2024-01-15 07:30:00 pm",
        "2024/01/15 19:30",
        "15 Jan 2024 19:30",
        "15 Jan 2024, 19:30",
        "15 January 2024 7:30 PM",
        "15-Jan-2024 19:30:00",
        "Jan 15, 2024 7:30 PM",
        "Jan 15, 2024, 7:30 PM",
        "January 15 2024 19:30",
        "Sept 15, 2024 19:30",
        "15/01/2024 19:30",
        "01/15/2024 7:30 p.m.",
    ],
)
def test_every_unambiguous_form_is_read(written: str) -> None:
    value = read(written)
    assert isinstance(value, dt.datetime)
    assert (value.hour, value.minute) == (19, 30)
    assert value.day == 15
    result = strong_at(written, tz="Europe/Oslo")
    start = result.sessions[0].start
    assert start is not None
    assert (start.hour, start.minute, start.day) == (19, 30, 15)


@pytest.mark.parametrize(
    ("written", "offset"),
    [
        ("2024-01-15T19:30:00Z", 0),
        ("2024-01-15T19:30:00+01:00", 60),
        ("2024-01-15 19:30 UTC", 0),
        ("15 Jan 2024 19:30 +0530", 330),
        ("Jan 15, 2024 7:30 PM GMT", 0),
        ("2024-01-15 19:30:00.250-05:00", -300),
    ],
)
def test_zones_written_after_the_time(written: str, offset: int) -> None:
    value = read(written)
    assert isinstance(value, dt.datetime)
    assert value.utcoffset() == dt.timedelta(minutes=offset)


def test_a_day_without_a_time_has_no_start() -> None:
    for written in ("2024-01-15", "20240115", "15 Jan 2024", "Jan 15, 2024", "2024/1/15"):
        assert read(written) == dt.date(2024, 1, 15)
    result = strong_at("2024-01-15", tz="Europe/Oslo")
    assert result.sessions[0].date == dt.date(2024, 1, 15)
    assert result.sessions[0].start is None  # no time was written: none is invented


@pytest.mark.parametrize(
    "written",
    ["yesterday", "2024-13-01 10:00", "31 Feb 2024 10:00", "15 Foo 2024 10:00", "15/01/24 10:00",
     "2024-01-15 25:00", "2024-01-15 13:00 PM", "15.01.2024 10:00 +25:00", "\uff12024-01-15",
     "2" * 70],
)  # fmt: skip
def test_what_is_not_a_date_skips_its_row(written: str) -> None:
    with pytest.raises(RowError, match="Date"):
        read(written)
    result = strong_at(written)
    assert result.report.sets_imported == 0
    assert "Date" in result.report.skipped[0].reason


def test_twelve_hour_edges() -> None:
    assert read("2024-01-15 12:00 AM") == dt.datetime(2024, 1, 15, 0, 0)
    assert read("2024-01-15 12:30 PM") == dt.datetime(2024, 1, 15, 12, 30)
    assert read("2024-01-15 1:05 am") == dt.datetime(2024, 1, 15, 1, 5)


FORMS = [
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%dT%H:%M",
    "%d %b %Y, %H:%M",
    "%b %d, %Y %I:%M %p",
    "%d %B %Y %I:%M:%S %p",
    "%Y/%m/%d %H:%M",
]


@given(
    st.datetimes(min_value=dt.datetime(1971, 1, 1), max_value=dt.datetime(2099, 12, 31)),
    st.sampled_from(FORMS),
)
def test_a_time_written_in_any_form_reads_back(moment: dt.datetime, form: str) -> None:
    moment = moment.replace(microsecond=0, second=moment.second if "%S" in form else 0)
    assert read(moment.strftime(form)) == moment


# -- day/month order, once per file ----------------------------------------------------------------


def test_the_order_is_decided_by_a_day_over_twelve() -> None:
    result = strong_at("03/04/2024 10:30", "05/04/2024 10:30", "13/04/2024 10:30")
    assert [s.date for s in result.sessions] == [
        dt.date(2024, 4, 3),
        dt.date(2024, 4, 5),
        dt.date(2024, 4, 13),
    ]
    assert result.report.date_format == "dmy"
    assert "numeric dates read as day/month/year" in result.report.text()
    assert any("row 4 ('13/04/2024 10:30')" in note for note in result.report.notes)
    us = strong_at("03/04/2024 10:30", "04/13/2024 10:30")
    assert [s.date for s in us.sessions] == [dt.date(2024, 3, 4), dt.date(2024, 4, 13)]
    assert us.report.date_format == "mdy"


def test_an_undecidable_file_is_refused_naming_date_format() -> None:
    message = r"line 2: the date '03/04/2024 10:30' could be day/month or month/day.*date_format="
    with pytest.raises(neg.ParseError, match=message):
        strong_at("03/04/2024 10:30", "05/04/2024 10:30")
    text = STRONG_HEADER + '\n"03/04/2024 10:30",W,1h,Barbell Squat,1,100,5,0,0,,,\n'
    with pytest.raises(neg.ParseError, match="date_format"):
        iter_export(io.StringIO(text), unit="kg")  # raised by the call, before the first session
    same = strong_at("04/04/2024 10:30")  # day and month equal: no question to settle
    assert same.sessions[0].date == dt.date(2024, 4, 4)


def test_the_option_settles_it_and_contradictions_are_skipped() -> None:
    result = strong_at("03/04/2024 10:30", "05/04/2024 10:30", date_format="mdy")
    assert [s.date for s in result.sessions] == [dt.date(2024, 3, 4), dt.date(2024, 5, 4)]
    assert result.report.date_format == "mdy"
    mixed = strong_at("13/04/2024 10:30", "04/14/2024 10:30")
    assert mixed.report.sets_imported == 1
    reason = mixed.report.skipped[0].reason
    assert "not a date in this file's day/month/year order (decided by row 2" in reason
    given = strong_at("04/14/2024 10:30", date_format="dmy")
    assert "'04/14/2024 10:30' is not a valid date" in given.report.skipped[0].reason


def test_a_strptime_pattern_reads_every_date_cell() -> None:
    result = strong_at("15.01.2024 19:30", "16.01.2024", date_format="%d.%m.%Y %H:%M")
    assert result.sessions[0].extra["start_local"] == "2024-01-15T19:30:00"
    assert "does not match date_format '%d.%m.%Y %H:%M'" in result.report.skipped[0].reason
    assert result.report.date_format == "%d.%m.%Y %H:%M"
    assert "dates read with date_format" in result.report.text()
    days = strong_at("15.01.2024", date_format="%d.%m.%Y")
    assert days.sessions[0].start is None
    assert days.sessions[0].date == dt.date(2024, 1, 15)


def test_date_format_option_errors() -> None:
    with pytest.raises(TypeError, match="date_format must be"):
        date_option(["dmy"])
    with pytest.raises(neg.ParseError, match="expected 'dmy'"):
        date_option("ddmmyy")
    with pytest.raises(neg.ParseError, match="is not a strptime pattern"):
        date_option("%Q")
    assert date_option(None) is None
    assert date_option(" DMY ") == date_option("dmy")


def test_jefit_decides_as_it_reads() -> None:
    reader = DateReader()
    with pytest.raises(RowError, match="could be day/month or month/day"):
        reader.read("03/04/2024", "mydate")
    assert reader.read("13/04/2024", "mydate") == dt.date(2024, 4, 13)
    assert reader.read("03/04/2024", "mydate") == dt.date(2024, 4, 3)


# -- time zones ----------------------------------------------------------------------------------


def test_a_time_that_does_not_exist_is_shifted_forward_by_the_gap() -> None:
    start, note = localize(dt.datetime(2024, 3, 31, 2, 30), OSLO)
    assert start == dt.datetime(2024, 3, 31, 3, 30, tzinfo=OSLO)
    assert start.utcoffset() == dt.timedelta(hours=2)
    assert note is not None
    assert "does not exist" in note


def test_a_time_that_happens_twice_is_the_first_with_a_fixed_offset() -> None:
    start, note = localize(dt.datetime(2024, 10, 27, 2, 30), OSLO)
    assert start == dt.datetime(2024, 10, 27, 0, 30, tzinfo=dt.UTC)
    assert start.tzinfo == dt.timezone(dt.timedelta(hours=2))
    assert note is not None
    assert "happens twice" in note
    plain, none = localize(dt.datetime(2024, 1, 15, 10, 30), OSLO)
    assert plain.tzinfo is OSLO
    assert none is None


def test_daylight_saving_rows_are_noted_and_round_trip_through_json() -> None:
    result = strong_at("2024-03-31 02:30:00", "2024-10-27 02:30:00", tz="Europe/Oslo")
    gap, fold = result.sessions
    assert gap.start is not None
    assert gap.start.isoformat() == "2024-03-31T03:30:00+02:00"
    assert fold.start is not None
    assert fold.start.isoformat() == "2024-10-27T02:30:00+02:00"
    notes = " ".join(result.report.notes)
    assert "row 2: 2024-03-31 02:30:00 does not exist in Europe/Oslo" in notes
    assert "row 3: 2024-10-27 02:30:00 happens twice in Europe/Oslo" in notes
    log = neg.TrainingLog(None, result.sessions)
    assert neg.from_json(neg.to_json(log), neg.TrainingLog) == log


def test_times_with_offsets_converted_into_a_repeated_hour_round_trip() -> None:
    text = HEVY_HEADER + "\nLate,2024-10-27T00:30:00Z,,,Bench Press (Barbell),,,0,normal,100,5,,,\n"
    session = read_export(io.StringIO(text), tz="Europe/Oslo").sessions[0]
    assert session.start is not None
    assert session.start.isoformat() == "2024-10-27T02:30:00+02:00"
    log = neg.TrainingLog(None, [session])
    assert neg.from_json(neg.to_json(log), neg.TrainingLog) == log


def test_a_time_at_the_edge_of_the_calendar_is_a_skipped_row() -> None:
    result = strong_at("9999-12-31 23:30:00", tz="Asia/Tokyo")
    assert result.report.sets_imported == 1
    edge = strong_at("0001-01-01 00:30:00", tz="Asia/Tokyo")
    assert "cannot be placed in the time zone" in edge.report.skipped[0].reason

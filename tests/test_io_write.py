"""Writers: typed records, a lossless and atomic CSV that reads back, formula-safe cells, JSON."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import stat
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import negatives as neg
from negatives.io import (
    CSV_COLUMNS,
    escape_cell,
    read_export,
    set_records,
    unescape_cell,
    write_csv,
    write_json,
)
from negatives.io._dates import settle
from negatives.testing import sessions

DATA = Path(__file__).parent / "data" / "exports"

# -- formula escaping -----------------------------------------------------------------------------


def formula_like(text: str) -> bool:
    """A spreadsheet could run it: after blanks and invisible characters, = + - @ in any width."""
    if text[:1] in ("\t", "\r"):
        return True
    for char in text:
        if char.isspace() or unicodedata.category(char) in ("Cc", "Cf", "Zs", "Zl", "Zp"):
            continue
        return unicodedata.normalize("NFKC", char)[:1] in "=+-@"
    return False


DANGEROUS = st.builds(
    lambda blank, sign, rest: blank + sign + rest,
    st.text(alphabet=" \t\u00a0\u200b\ufeff\u2028\u3000\n", max_size=4),
    st.sampled_from(["=", "+", "-", "@", "\uff1d", "\uff0b", "\uff0d", "\uff20", "\ufe66"]),
    st.text(max_size=10),
)


@given(st.one_of(st.text(), DANGEROUS))
def test_escaped_cells_never_start_a_formula_and_lose_nothing(text: str) -> None:
    escaped = escape_cell(text)
    assert escaped in (text, "'" + text)
    assert unescape_cell(escaped) == text
    assert not formula_like(escaped)
    if formula_like(text):
        assert escaped == "'" + text


@pytest.mark.parametrize(
    "text",
    ["=1+1", " =1+1", "\u00a0=1", "\u200b=1", "\ufeff=1", "\uff1d1+1", "\uff0b1", "\uff0d1",
     "\uff20SUM(1)", "\t=1", "\r=1", "-5 reps", "@home"],
)  # fmt: skip
def test_the_reported_formula_forms_are_escaped(text: str) -> None:
    assert escape_cell(text) == "'" + text


@pytest.mark.parametrize("text", ["felt good", "5 reps", "", " ", "a=b", "'", "''x"])
def test_plain_text_is_kept_and_quotes_round_trip(text: str) -> None:
    assert unescape_cell(escape_cell(text)) == text
    assert escape_cell(text) == (("'" + text) if text.startswith("'") else text)


# -- typed records ---------------------------------------------------------------------------------


def read_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


@given(st.lists(sessions(), max_size=3))
def test_one_row_per_set_in_order(days: list[neg.Session]) -> None:
    out = io.StringIO()
    count = write_csv(days, out)
    rows = read_rows(out.getvalue())
    expected = [(s.exercise.id, s.reps) for day in days for s in day.sets]
    assert count == len(rows) == len(expected)
    assert [(r["exercise_id"], int(r["reps"])) for r in rows] == expected
    assert all(tuple(r) == CSV_COLUMNS for r in rows)
    records = list(set_records(days))
    assert [tuple(r) for r in records] == [CSV_COLUMNS] * len(rows)


def test_records_hold_typed_values_and_unknown_is_none() -> None:
    bench = neg.catalog.lookup("bench-press")
    start = dt.datetime(2026, 11, 23, 18, 30, tzinfo=ZoneInfo("Europe/Oslo"))
    day = neg.Session(
        dt.date(2026, 11, 23),
        sets=[neg.Set(bench, reps=5, load=neg.kg(100), rpe=8, extra={"Gym": "Home"})],
        start=start,
        name="Push",
        duration=3600,
        source=neg.Source("Strong", "log.csv", rows=(2, 9)),
        extra={"weather": "hot"},
    )
    (record,) = set_records(neg.TrainingLog(None, [day]))
    assert record["date"] == dt.date(2026, 11, 23)
    assert record["start"] == start
    assert record["start"].utcoffset() == dt.timedelta(hours=1)
    assert (record["reps"], record["load"], record["unit"]) == (5, 100.0, "kg")
    assert record["tempo"] is None
    assert record["time_under_tension_s"] is None
    assert record["rpe"] == 8.0
    assert record["rir"] is None
    assert record["assistance"] is None
    assert record["extra"] == {"Gym": "Home"}
    assert record["session_extra"] == {"weather": "hot"}
    assert record["source_rows"] == (2, 9)
    assert record["muscles"] == ("chest",)
    assert record["duration_s"] == 3600.0
    assert record["start_local"] is None


def test_phase_loads_tempo_and_unknowns() -> None:
    bench = neg.catalog.lookup("bench-press")
    negative = neg.Set(bench, reps=5, load=neg.kg(100), tempo="4-0-2-0", method="partner_assisted")
    plain = neg.Set(bench, reps=8, load=neg.kg(80), notes="=HYPERLINK(evil)")
    day = neg.Session(dt.date(2026, 11, 23), sets=[negative, plain], name="+push")
    out = io.StringIO()
    write_csv(neg.TrainingLog(None, [day]), out)
    first, second = read_rows(out.getvalue())
    assert first["tempo"] == "4-0-2-0"
    assert first["method"] == "partner_assisted"
    assert first["eccentric_load_kg"] == "100"
    assert first["assistance_kg"] == ""  # the partner helped, by an amount not recorded
    assert first["time_under_tension_s"] == "30"
    assert second["tempo"] == ""  # unknown stays unknown
    assert second["time_under_tension_s"] == ""
    assert second["notes"] == "'=HYPERLINK(evil)"
    assert second["session"] == "'+push"


# -- write -> read -> equal ------------------------------------------------------------------------

CATALOG_IDS = ["bench-press", "back-squat", "pull-up", "dumbbell-curl", "lat-pulldown", "dip"]
TEXT = st.text(max_size=12)


@st.composite
def csv_exercises(draw: st.DrawFn) -> neg.Exercise:
    if draw(st.booleans()):
        return neg.catalog.lookup(draw(st.sampled_from(CATALOG_IDS)))
    convention = draw(st.sampled_from(neg.LoadConvention))
    return neg.Exercise(
        "custom-" + draw(st.text(alphabet="abcxyz", min_size=1, max_size=6)),
        draw(st.text(min_size=1, max_size=20).filter(str.strip)),
        muscles=draw(st.lists(st.sampled_from(neg.Muscle), unique=True, max_size=2)),
        equipment=draw(st.sampled_from(neg.Equipment)),
        limb_mode=draw(st.sampled_from(neg.LimbMode)),
        load_convention=convention,
    )


@st.composite
def csv_sets(draw: st.DrawFn, exercise: neg.Exercise) -> neg.Set:
    unit = draw(st.sampled_from(neg.Unit))
    rpe = draw(st.none() | st.sampled_from([6.0, 7.5, 8.0, 9.5, 10.0]))
    tempo = draw(st.none() | st.sampled_from(["3-1-2-0", "4-0-X-0", "2.5-0-1-0"]))
    assisted = exercise.bodyweight_fraction or exercise.equipment in (
        neg.Equipment.MACHINE,
        neg.Equipment.CABLE,
        neg.Equipment.BODYWEIGHT,
        neg.Equipment.BAND,
    )
    try:
        return neg.Set(
            exercise,
            reps=draw(st.integers(1, 30)),
            load=neg.Load(draw(st.floats(0, 200, allow_nan=False)), unit),
            assistance=neg.Load(draw(st.floats(0, 60)), unit)
            if assisted and draw(st.booleans())
            else None,
            tempo=tempo,
            method=draw(st.sampled_from(["standard", "tempo_eccentric" if tempo else "standard"])),
            set_type=draw(st.sampled_from(neg.SetType)),
            rpe=rpe,
            rir=draw(st.sampled_from([None, 10 - rpe])) if rpe is not None else None,
            rest=draw(st.none() | st.floats(0, 600)),
            notes=draw(TEXT),
            superset=draw(st.none() | TEXT.filter(str.strip)),
            extra=draw(st.dictionaries(TEXT, TEXT, max_size=2)),
        )
    except neg.ValidationError:
        assume(False)
        raise  # pragma: no cover - assume() raised


ZONES = st.sampled_from([dt.UTC, ZoneInfo("Europe/Oslo"), ZoneInfo("America/New_York"),
                         dt.timezone(dt.timedelta(hours=5, minutes=30))])  # fmt: skip


@st.composite
def csv_sessions(draw: st.DrawFn) -> neg.Session:
    day = draw(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 31)))
    start = None
    extra = draw(st.dictionaries(TEXT, TEXT, max_size=2))
    if draw(st.booleans()):
        moment = dt.datetime.combine(day, draw(st.times()))
        start = settle(moment.replace(tzinfo=draw(ZONES)))
    elif draw(st.booleans()):
        extra["start_local"] = dt.datetime.combine(day, draw(st.times())).isoformat()
    source = draw(
        st.none()
        | st.builds(
            neg.Source,
            st.sampled_from(["Strong", "Hevy", "negatives"]),
            st.none() | st.just("log.csv"),
            st.none() | st.tuples(st.integers(1, 50), st.integers(50, 99)),
        )
    )
    exercises = draw(st.lists(csv_exercises(), min_size=1, max_size=2))
    # one definition per id in a session (the model refuses two exercises with one id)
    exercises = list({e.id: e for e in exercises}.values())
    sets = [
        draw(csv_sets(draw(st.sampled_from(exercises)))) for _ in range(draw(st.integers(1, 4)))
    ]
    return neg.Session(
        day,
        sets=sets,
        start=start,
        id=draw(st.none() | TEXT.filter(str.strip)),
        name=draw(TEXT),
        notes=draw(TEXT),
        source=source,
        extra=extra,
        duration=draw(st.none() | st.floats(0, 24 * 3600)),
    )


def consistent(days: list[neg.Session]) -> bool:
    """One exercise per id across the log (a file cannot hold two exercises of one id)."""
    seen: dict[str, neg.Exercise] = {}
    return all(
        seen.setdefault(s.exercise.id, s.exercise) == s.exercise for d in days for s in d.sets
    )


@given(st.lists(csv_sessions(), min_size=1, max_size=4))
def test_write_then_read_gives_equal_sessions(days: list[neg.Session]) -> None:
    assume(consistent(days))
    out = io.StringIO()
    write_csv(days, out)
    result = read_export(io.StringIO(out.getvalue()))
    assert result.report.format == "negatives"
    assert result.report.skipped == ()
    assert result.sessions == tuple(days)


def test_an_imported_export_round_trips_through_the_csv(tmp_path: Path) -> None:
    for name, unit in [("strong-real.csv", "lb"), ("hevy-supersets.csv", None),
                       ("jefit-full-sample.csv", None)]:  # fmt: skip
        imported = read_export(DATA / name, unit=unit, tz="Europe/Oslo").sessions
        target = tmp_path / "sets.csv"
        write_csv(imported, target)
        back = read_export(target)
        assert back.sessions == imported
        assert back.report.sets_imported == sum(len(s.sets) for s in imported)


def test_csv_to_a_path_with_imported_sessions(tmp_path: Path) -> None:
    result = read_export(DATA / "strong-real.csv", unit="lb")
    target = tmp_path / "sets.csv"
    assert write_csv(result.sessions, target) == result.report.sets_imported
    rows = read_rows(target.read_text(encoding="utf-8"))
    assert rows[0]["unit"] == "lb"
    assert rows[0]["total_load_kg"] == "20.412"  # 45 lb
    assert rows[0]["tempo"] == ""
    assert rows[0]["start_local"] == "2020-09-15T11:22:57"  # the local time, kept
    assert rows[0]["duration_s"] == "6180"
    assert rows[0]["source_rows"] == "2-16"


def test_numbers_are_written_exactly_and_never_in_exponent_form() -> None:
    curl = neg.catalog.lookup("barbell-curl")
    loads = [1e-05, 0.1, 2.5, 1 / 3, 987.654321]
    day = neg.Session(
        dt.date(2024, 1, 1), sets=[neg.Set(curl, reps=1, load=neg.kg(v)) for v in loads]
    )
    out = io.StringIO()
    write_csv([day], out)
    written = [row["load"] for row in read_rows(out.getvalue())]
    assert written[0] == "0.00001"
    assert all("e" not in w for w in written)
    assert [float(w) for w in written] == loads


# -- atomic, and wrong arguments -------------------------------------------------------------------


def some_sessions(fail_after: int | None = None) -> Iterator[neg.Session]:
    curl = neg.catalog.lookup("barbell-curl")
    for number in range(3):
        if fail_after is not None and number == fail_after:
            raise RuntimeError("the source broke")
        yield neg.Session(
            dt.date(2024, 1, 1 + number), sets=[neg.Set(curl, reps=5, load=neg.kg(30))]
        )


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "log.csv"
    target.write_text("old\n", encoding="utf-8")
    with pytest.raises(RuntimeError, match="the source broke"):
        write_csv(some_sessions(fail_after=2), target)
    assert target.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["log.csv"]
    with pytest.raises(TypeError, match=r"sessions\[3\] must be a Session, got int"):
        write_csv([*some_sessions(), 1], target)  # type: ignore[list-item]
    assert target.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["log.csv"]


def test_a_written_file_keeps_the_mode_of_the_file_it_replaces(tmp_path: Path) -> None:
    target = tmp_path / "log.csv"
    assert write_csv(some_sessions(), target) == 3
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask
    target.chmod(0o600)
    write_csv(some_sessions(), target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert len(read_rows(target.read_text(encoding="utf-8"))) == 3


def test_wrong_arguments_are_type_errors_naming_them(tmp_path: Path) -> None:
    out = io.StringIO()
    with pytest.raises(TypeError, match=r"sessions\[0\] must be a Session, got int"):
        write_csv([1], out)  # type: ignore[list-item]
    with pytest.raises(TypeError, match="sessions must be a TrainingLog or an iterable"):
        write_csv(5, out)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="target must be a path or an open text file, got int"):
        write_csv([], 42)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="text file"):
        write_csv([], io.BytesIO())  # type: ignore[arg-type]
    closed = io.StringIO()
    closed.close()
    with pytest.raises(TypeError, match="closed"):
        write_csv([], closed)
    with pytest.raises(TypeError, match="log must be a TrainingLog, got list"):
        write_json([], out)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="NUL"):
        write_csv([], str(tmp_path / "a\x00b.csv"))


def test_json_round_trip(tmp_path: Path) -> None:
    result = read_export(DATA / "hevy-supersets.csv")
    log = neg.TrainingLog(None, result.sessions)
    target = tmp_path / "log.json"
    write_json(log, target)
    assert neg.from_json(target.read_text(encoding="utf-8"), neg.TrainingLog) == log
    out = io.StringIO()
    write_json(log, out, indent=None)
    assert out.getvalue().count("\n") == 1


# -- reading a negatives CSV: what it refuses ------------------------------------------------------


def _edited(line: str, columns: list[str], **changes: str) -> str:
    """A written CSV row with some of its cells changed, written again."""
    cells = dict(zip(columns, next(csv.reader([line])), strict=True))
    cells.update(changes)
    buffer = io.StringIO()
    csv.writer(buffer).writerow([cells[c] for c in columns])
    return buffer.getvalue().rstrip("\r\n")


def _one_curl_row() -> tuple[str, str, list[str]]:
    """A negatives CSV of one set of curls: its header, its row and its columns."""
    curl = neg.catalog.lookup("barbell-curl")
    day = neg.Session(dt.date(2024, 1, 1), sets=[neg.Set(curl, reps=5, load=neg.kg(30))])
    out = io.StringIO()
    write_csv([day], out)
    header, good = out.getvalue().splitlines()
    return header, good, header.split(",")


def test_negatives_csv_rows_that_cannot_be_read_are_skipped() -> None:
    header, good, columns = _one_curl_row()

    def row(**changes: str) -> str:
        return _edited(good, columns, **changes)

    bad = [
        row(extra="{nope"),
        row(extra='{"a": 1}'),
        row(unit="stone"),
        row(exercise_id="custom-x", exercise="X", equipment="spaceship"),
        row(date="yesterday"),
        row(start="soon"),
        row(start="2024-01-01T10:00:00"),
        row(reps="0"),
        row(reps=""),
        row(set_type="heavy"),
        row(tempo="9-9-9-9-9"),
        row(source_app="Strong", source_rows="9-2"),
        row(session_number="7", start="2024-01-01T10:00:00+01:00"),
    ]
    text = "\n".join([header, *bad]) + "\n"
    result = read_export(io.StringIO(text), tz="Europe/Oslo")
    reasons = [s.reason for s in result.report.skipped]
    assert reasons[0] == "extra is not a JSON object"
    assert reasons[1] == "extra must be a JSON object of text values"
    assert reasons[2] == "unit 'stone' is not kg or lb"
    assert reasons[3].startswith("exercise 'custom-x': Exercise.equipment")
    assert reasons[4] == "date 'yesterday' is not a day like 2024-01-15"
    assert reasons[5] == "start 'soon' is not an ISO date and time"
    assert reasons[6] == "start '2024-01-01T10:00:00' has no UTC offset"
    assert reasons[7].startswith("Set.reps: must be >= 1")
    assert reasons[8] == "reps and load are required"
    assert "'heavy' is not a valid SetType" in reasons[9]
    assert "cannot parse tempo" in reasons[10]
    assert reasons[11].startswith("Source.rows")
    (session,) = result.sessions
    assert session.start is not None
    assert session.start.tzinfo == ZoneInfo("Europe/Oslo")


def test_one_exercise_id_for_two_exercises_is_refused_and_the_sessions_still_make_a_log() -> None:
    # Found by the thorough fuzz run (columns swapped so that "1" named the bench press on one
    # day and the back squat on another): the sessions read could not share a log.
    bench, squat = neg.catalog.lookup("bench-press"), neg.catalog.lookup("back-squat")
    days = [
        neg.Session(dt.date(2024, 4, 1), sets=[neg.Set(bench, reps=8, load=neg.kg(60))]),
        neg.Session(dt.date(2024, 4, 3), sets=[neg.Set(squat, reps=5, load=neg.kg(80))]),
    ]
    out = io.StringIO()
    write_csv(days, out)
    header, *rows = out.getvalue().splitlines()
    columns = header.split(",")
    # not a catalog id: each exercise is built from its exercise columns
    renamed = [_edited(line, columns, exercise_id="my-lift") for line in rows]
    result = read_export(io.StringIO("\n".join([header, *renamed]) + "\n"))
    assert [s.reason for s in result.report.skipped] == [
        "exercise_id 'my-lift' is 'Back Squat' here but 'Barbell Bench Press' on an earlier "
        "row: one id, two exercises"
    ]
    assert result.report.rows_read == result.report.rows_imported + len(result.report.skipped)
    log = neg.TrainingLog(None, result.sessions)  # the sessions that were read share a log
    assert [item.exercise.name for s in log.sessions for item in s.sets] == ["Barbell Bench Press"]


@pytest.mark.parametrize("number", ["bench-press", "0", "-1", "1.5", ""])
def test_a_set_number_that_is_not_a_sets_number_skips_its_row(number: str) -> None:
    header, good, columns = _one_curl_row()
    text = header + "\n" + _edited(good, columns, set_number=number) + "\n"
    result = read_export(io.StringIO(text))
    assert result.sessions == ()
    (skipped,) = result.report.skipped
    assert "set_number" in skipped.reason
    assert repr(number) in skipped.reason


def test_a_csv_from_before_the_exercise_columns_reads_by_name() -> None:
    text = (
        "date,start,session,session_id,set_number,exercise_id,exercise,set_type,method,reps,"
        "load,unit\n"
        "2024-01-01,,Push,,1,custom-zercher-carry,Zercher Carry,normal,standard,5,60,kg\n"
        "2024-01-01,,Push,,2,bench-press,Barbell Bench Press,normal,standard,5,100,kg\n"
    )
    result = read_export(io.StringIO(text))
    carry, bench = result.sessions[0].sets
    assert carry.exercise.id == "custom-zercher-carry"
    assert bench.exercise.id == "bench-press"
    assert result.sessions[0].source == neg.Source("negatives", None, rows=(2, 3))
    assert result.report.unmapped_exercises == ("Zercher Carry",)


def test_a_local_start_that_is_not_iso_stays_in_the_extra() -> None:
    curl = neg.catalog.lookup("barbell-curl")
    day = neg.Session(
        dt.date(2024, 1, 1),
        sets=[neg.Set(curl, reps=5, load=neg.kg(30))],
        extra={"start_local": "early"},
    )
    (record,) = set_records([day])
    assert record["start_local"] == "early"
    out = io.StringIO()
    write_csv([day], out)
    assert read_export(io.StringIO(out.getvalue())).sessions == (day,)

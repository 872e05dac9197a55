"""Writers: the flat CSV (one row per set, formula-safe) and the JSON training log."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

import negatives as neg
from negatives.io import CSV_COLUMNS, escape_cell, read_export, write_csv, write_json
from negatives.testing import sessions

DATA = Path(__file__).parent / "data" / "exports"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@given(st.text())
def test_escaped_cells_never_start_a_formula_and_lose_nothing(text: str) -> None:
    escaped = escape_cell(text)
    assert not escaped.startswith(FORMULA_STARTS)
    assert escaped in (text, "'" + text)
    assert (escaped != text) == text.startswith(FORMULA_STARTS)


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


def test_csv_to_a_path_with_imported_sessions(tmp_path: Path) -> None:
    result = read_export(DATA / "strong-real.csv", unit="lb")
    target = tmp_path / "sets.csv"
    assert write_csv(result.sessions, target) == result.report.sets_imported
    rows = read_rows(target.read_text(encoding="utf-8"))
    assert rows[0]["unit"] == "lb"
    assert rows[0]["total_load_kg"] == "20.412"  # 45 lb
    assert rows[0]["tempo"] == ""


def test_json_round_trip(tmp_path: Path) -> None:
    result = read_export(DATA / "hevy-supersets.csv")
    log = neg.TrainingLog(None, result.sessions)
    target = tmp_path / "log.json"
    write_json(log, target)
    assert neg.from_json(target.read_text(encoding="utf-8"), neg.TrainingLog) == log
    out = io.StringIO()
    write_json(log, out, indent=None)
    assert out.getvalue().count("\n") == 1

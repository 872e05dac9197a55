"""read_export on a multi-year Strong export against a bare csv.DictReader loop."""

import csv
import datetime as dt
import io
import os
import timeit

from negatives.io import read_export

HEADER = (
    "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,"
    "Workout Notes,RPE\n"
)
NAMES = [
    "Bench Press (Barbell)",
    "Squat (Barbell)",
    "Deadlift (Barbell)",
    "Bent Over Row (Barbell)",
    "Lateral Raise (Dumbbell)",
    "Bicep Curl (Dumbbell)",
    "Lat Pulldown (Cable)",
    "Zercher Carry",  # not in the catalog: a custom exercise
]


def strong_export(sessions: int, sets_per_session: int = 16) -> str:
    """About 5 years of 3 sessions a week at the default size (12,480 rows, ~1 MB)."""
    lines = [HEADER]
    day = dt.datetime(2021, 1, 4, 18, 0)
    for index in range(sessions):
        when = (day + dt.timedelta(days=7 * (index // 3) + 2 * (index % 3))).isoformat(" ")
        for k in range(sets_per_session):
            name = NAMES[(index + k // 4) % len(NAMES)]
            weight = 40 + (index % 20) * 2.5
            note = '"slow, 4 s down"' if k == 0 else ""
            order = k % 4 + 1
            lines.append(f"{when},Day {index % 3},1h 5m,{name},{order},{weight},8,0,0,{note},,8\n")
    return "".join(lines)


def bare_loop(text: str) -> dict[tuple[str, str], list[tuple[str, float, int]]]:
    """The minimum: rows grouped by workout, weight and reps as numbers; no checks, no model."""
    sessions: dict[tuple[str, str], list[tuple[str, float, int]]] = {}
    for row in csv.DictReader(io.StringIO(text)):
        if row["Set Order"] == "Rest Timer":
            continue
        key = (row["Date"], row["Workout Name"])
        sessions.setdefault(key, []).append(
            (row["Exercise Name"], float(row["Weight"] or 0), int(float(row["Reps"] or 0)))
        )
    return sessions


def main() -> None:
    # NEGATIVES_BENCH_QUICK=1: a small file, to check the script runs (the test suite does).
    quick = bool(os.environ.get("NEGATIVES_BENCH_QUICK"))
    text = strong_export(sessions=30 if quick else 780)
    repeat = 1 if quick else 3
    result = read_export(io.StringIO(text), unit="kg", tz="Europe/Oslo")
    rows = result.report.rows_read
    assert result.report.rows_imported == rows
    assert len(bare_loop(text)) == len(result.sessions)
    ours = min(
        timeit.repeat(
            lambda: read_export(io.StringIO(text), unit="kg", tz="Europe/Oslo"),
            number=1,
            repeat=repeat,
        )
    )
    plain = min(timeit.repeat(lambda: bare_loop(text), number=1, repeat=repeat))
    print(f"{rows} rows, {len(result.sessions)} sessions, {len(text) / 1e6:.2f} MB")
    print(
        f"read_export {ours * 1e3:7.1f} ms ({rows / ours:,.0f} rows/s)   bare csv loop "
        f"{plain * 1e3:7.1f} ms   ratio {ours / plain:.1f}x"
    )


if __name__ == "__main__":
    main()

"""read_export on a multi-year Strong export against a bare csv.DictReader loop.

Also the cost of bad rows, in the same run: the same export with every date unreadable, and
with every reps cell not a number. Each bad row is skipped with its reason; the ratios show
what a bad row costs against a good one (the goal: no more than about 2x), and the peak memory
per row shows that a file of bad rows does not grow memory faster than a file of good ones.
"""

import csv
import datetime as dt
import io
import os
import timeit
import tracemalloc

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


def spoiled(text: str, column: int, value: str) -> str:
    """The export with one column of every row replaced by ``value`` (a bad cell)."""
    header, *rows = text.splitlines(keepends=True)
    out = [header]
    for row in rows:
        cells = row.rstrip("\n").split(",")
        cells[column] = value
        out.append(",".join(cells) + "\n")
    return "".join(out)


def _read(text: str) -> None:
    read_export(io.StringIO(text), unit="kg", tz="Europe/Oslo")


def _peak(text: str) -> int:
    tracemalloc.start()
    _read(text)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


def main() -> None:
    # NEGATIVES_BENCH_QUICK=1: a small file, to check the script runs (the test suite does).
    quick = bool(os.environ.get("NEGATIVES_BENCH_QUICK"))
    text = strong_export(sessions=30 if quick else 780)
    repeat = 1 if quick else 5
    result = read_export(io.StringIO(text), unit="kg", tz="Europe/Oslo")
    rows = result.report.rows_read
    assert result.report.rows_imported == rows
    assert len(bare_loop(text)) == len(result.sessions)
    bad_dates = spoiled(text, 0, "sometime last week")
    bad_numbers = spoiled(text, 6, "eight")
    for bad in (bad_dates, bad_numbers):
        report = read_export(io.StringIO(bad), unit="kg", tz="Europe/Oslo").report
        assert len(report.skipped) == rows

    def best(text: str) -> float:
        return min(timeit.repeat(lambda: _read(text), number=1, repeat=repeat))

    ours = best(text)
    plain = min(timeit.repeat(lambda: bare_loop(text), number=1, repeat=repeat))
    dates, numbers = best(bad_dates), best(bad_numbers)
    print(f"{rows} rows, {len(result.sessions)} sessions, {len(text) / 1e6:.2f} MB")
    print(
        f"read_export {ours * 1e3:7.1f} ms ({rows / ours:,.0f} rows/s)   bare csv loop "
        f"{plain * 1e3:7.1f} ms   ratio {ours / plain:.1f}x"
    )
    print(
        f"bad rows (each skipped with its reason): every date unreadable {dates * 1e3:7.1f} ms, "
        f"ratio {dates / ours:.2f}x a good row; every reps cell not a number "
        f"{numbers * 1e3:7.1f} ms, ratio {numbers / ours:.2f}x"
    )
    if not quick:
        good_peak, date_peak, number_peak = (_peak(t) for t in (text, bad_dates, bad_numbers))
        print(
            f"peak memory per row: good {good_peak / rows:,.0f} B, bad dates "
            f"{date_peak / rows:,.0f} B, bad numbers {number_peak / rows:,.0f} B"
        )


if __name__ == "__main__":
    main()

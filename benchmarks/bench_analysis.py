"""summarize() against a hand-written dict loop that computes much less (volume, sets/week)."""

import datetime as dt
import os
import sys
import timeit
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _data import training_log

import negatives as neg


def naive(rows: list[dict[str, object]]) -> tuple[float, dict[dt.date, int]]:
    volume = 0.0
    weeks: dict[dt.date, int] = {}
    for row in rows:
        volume += row["reps"] * row["weight"]  # type: ignore[operator]
        day: dt.date = row["date"]  # type: ignore[assignment]
        monday = day - dt.timedelta(days=day.weekday())
        weeks[monday] = weeks.get(monday, 0) + 1
    return volume, weeks


def main() -> None:
    # NEGATIVES_BENCH_QUICK=1: a small log, to check the script runs (the test suite does).
    quick = bool(os.environ.get("NEGATIVES_BENCH_QUICK"))
    log = training_log(sessions=20) if quick else training_log()
    n_sets = sum(len(s.sets) for s in log.sessions)
    rows = [
        {"date": s.date, "reps": x.reps, "weight": x.total_load.kg}
        for s in log.sessions
        for x in s.sets
    ]
    repeat = 1 if quick else 5
    ours = min(timeit.repeat(lambda: neg.analysis.summarize(log), number=1, repeat=repeat))
    theirs = min(timeit.repeat(lambda: naive(rows), number=1, repeat=repeat))
    print(f"{n_sets} sets, {len(log.sessions)} sessions")
    print(f"negatives.analysis.summarize: {ours * 1e3:8.1f} ms  ({ours / n_sets * 1e6:.2f} us/set)")
    print(f"naive dict loop (volume only): {theirs * 1e3:8.1f} ms")
    print(
        f"ratio summarize / naive: {ours / theirs:.1f}x "
        "(summarize also computes phase volumes, athlete share, TUT, sets per muscle)"
    )


if __name__ == "__main__":
    main()

"""negatives.frame against the ways one builds the same frame by hand, on a 5-year log.

pandas: `to_pandas` (typed: categories, UTC instants, nullable numbers) against
``pandas.DataFrame(list of dicts)`` of `set_records` (a hand loop, no types: object columns)
and against ``pandas.read_csv`` of `write_csv`'s output (text and floats). polars: `to_polars`
against ``polars.DataFrame(list of dicts)`` of the same records. Per-rep frames are timed too.
"""

import io
import os
import sys
import timeit
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _data import training_log

import negatives as neg
from negatives.io import rep_records, set_records, write_csv


def best(function, repeat: int) -> float:
    return min(timeit.repeat(function, number=1, repeat=repeat))


def line(label: str, ours: float, other: float, other_label: str) -> None:
    print(
        f"{label:<34} negatives {ours * 1e3:8.1f} ms   {other_label:<26} {other * 1e3:8.1f} ms"
        f"   ratio {ours / other:.2f}x"
    )


def main() -> None:
    # NEGATIVES_BENCH_QUICK=1: a small log, to check the script runs (the test suite does).
    quick = bool(os.environ.get("NEGATIVES_BENCH_QUICK"))
    log = training_log(sessions=20) if quick else training_log()  # about 5 years
    repeat = 1 if quick else 5
    n_sets = sum(len(s.sets) for s in log.sessions)
    n_reps = sum(item.reps for s in log.sessions for item in s.sets)
    print(f"{len(log.sessions)} sessions, {n_sets} sets, {n_reps} reps")

    import pandas as pd
    import polars as pl

    def by_hand() -> object:
        return pd.DataFrame([dict(record) for record in set_records(log)])

    def csv_then_read() -> object:
        out = io.StringIO()
        write_csv(log, out)
        return pd.read_csv(io.StringIO(out.getvalue()))

    records = best(lambda: list(set_records(log)), repeat)
    ours = best(lambda: neg.frame.to_pandas(log), repeat)
    print(f"set_records alone (the rows both build on): {records * 1e3:.1f} ms")
    line("to_pandas (typed)", ours, best(by_hand, repeat), "DataFrame(list of dicts)")
    line("to_pandas (typed)", ours, best(csv_then_read, repeat), "write_csv + read_csv")
    line(
        "to_polars (typed)",
        best(lambda: neg.frame.to_polars(log), repeat),
        best(lambda: pl.DataFrame(list(set_records(log)), infer_schema_length=None), repeat),
        "pl.DataFrame(list of dicts)",
    )
    line(
        "to_pandas(reps=True)",
        best(lambda: neg.frame.to_pandas(log, reps=True), repeat),
        best(lambda: pd.DataFrame(list(rep_records(log))), repeat),
        "DataFrame(list of dicts)",
    )
    line(
        "to_polars(reps=True)",
        best(lambda: neg.frame.to_polars(log, reps=True), repeat),
        best(lambda: pl.DataFrame(list(rep_records(log)), infer_schema_length=None), repeat),
        "pl.DataFrame(list of dicts)",
    )


if __name__ == "__main__":
    main()

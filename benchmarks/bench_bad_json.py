"""Bad input in bounded work: from_json on a flood of bad items, against pydantic (or a hand loop).

Two questions, each answered as a ratio in one run:

1. **A flood of problems.** A training log of a million empty sessions (``{"sets": []}``: no
   date; about 14 MB) is read by ``negatives.from_json`` and by pydantic's ``model_validate_json``
   on equivalent strict models (the alternative the issue names). Time and peak memory are
   measured in fresh processes; the peak memory of ``json.loads`` alone is the floor any Python
   reader that parses first pays.
2. **What a bad item costs.** Logs of N good items and of N bad items (a missing field, a value
   out of range, a wrong type) are read; the ratio of the times per item says what one bad item
   costs against a good one, for sessions and for sets.

Without pydantic (``pip install pydantic``) the alternative is a hand-written loop over the
parsed JSON that checks only the dates (named as such in the output).
"""

import json
import os
import resource
import subprocess
import sys
import time
from typing import Any

GOOD_SESSION = '{"date": "2024-01-15", "sets": []}'
BAD_SESSIONS = {
    "missing date": '{"sets": []}',
    "impossible date": '{"date": "2024-13-45", "sets": []}',
    "date of a wrong type": '{"date": 20240115, "sets": []}',
}
_SET = '{{"exercise": "barbell-curl", "reps": {reps}, "load": {{"value": {load}, "unit": "kg"}}}}'
GOOD_SET = _SET.format(reps=8, load=40)
BAD_SETS = {
    "reps 0": _SET.format(reps=0, load=40),
    "reps as text": _SET.format(reps='"8"', load=40),
    "load of -40": _SET.format(reps=8, load=-40),
}
CURL = (
    '{"id": "barbell-curl", "name": "Barbell Curl", "muscles": ["biceps"], "equipment": "barbell"}'
)


def log_of_sessions(item: str, n: int) -> str:
    return (
        '{"schema": 1, "kind": "training_log", "athlete": null, "sessions": ['
        + ", ".join([item] * n)
        + "]}"
    )


def log_of_sets(item: str, n: int) -> str:
    return (
        f'{{"schema": 1, "kind": "training_log", "exercises": [{CURL}], "athlete": null, '
        f'"sessions": [{{"date": "2024-01-15", "sets": [{", ".join([item] * n)}]}}]}}'
    )


# -- the readers -------------------------------------------------------------------------------


def negatives_reader() -> Any:
    import negatives as neg

    def read(text: str) -> str:
        try:
            neg.from_json(text, neg.TrainingLog)
        except neg.ValidationError as error:
            return f"{error.count:,} problems, {len(error.problems)} listed"
        return "valid"

    return read


def _pydantic_models() -> Any:
    import datetime as dt
    from typing import Literal

    from pydantic import BaseModel, ConfigDict, Field

    class Strict(BaseModel):
        model_config = ConfigDict(strict=True, extra="forbid")

    class Load(Strict):
        value: float = Field(ge=0, le=1000)
        unit: Literal["kg", "lb"]

    class Set(Strict):
        exercise: str
        reps: int = Field(ge=1, le=1000)
        load: Load

    class Session(Strict):
        date: dt.date
        sets: list[Set]

    class Exercise(Strict):
        id: str
        name: str
        muscles: list[str]
        equipment: str

    class TrainingLog(Strict):
        schema_: int = Field(alias="schema")
        kind: Literal["training_log"]
        exercises: list[Exercise] = Field(default_factory=list)
        athlete: None
        sessions: list[Session]

    return TrainingLog


def pydantic_reader() -> Any:
    from pydantic import ValidationError

    model = _pydantic_models()

    def read(text: str) -> str:
        try:
            model.model_validate_json(text, strict=False)
        except ValidationError as error:
            return f"{error.error_count():,} problems"
        return "valid"

    return read


def read_by_hand(text: str) -> str:
    import datetime as dt

    problems = 0
    for session in json.loads(text)["sessions"]:
        try:
            dt.date.fromisoformat(session["date"])
        except (KeyError, TypeError, ValueError):
            problems += 1
    return f"{problems:,} problems" if problems else "valid"


def read_json_only(text: str) -> str:
    json.loads(text)
    return "parsed"


READERS = {
    "negatives": negatives_reader,
    "pydantic": pydantic_reader,
    "hand loop": lambda: read_by_hand,
    "json.loads": lambda: read_json_only,
}


def alternative() -> str:
    try:
        import pydantic  # noqa: F401
    except ImportError:
        return "hand loop"
    return "pydantic"


# -- measuring ---------------------------------------------------------------------------------


def child(reader: str, shape: str, n: int) -> None:
    """Run in a fresh process: build the text, read it, print time and peak memory as JSON."""
    read = READERS[reader]()  # imports and models made before the clock starts
    read(log_of_sessions(GOOD_SESSION, 10))
    text = log_of_sessions(BAD_SESSIONS["missing date"], n) if shape == "flood" else ""
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    outcome = read(text)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    print(
        json.dumps(
            {
                "seconds": seconds,
                "peak_mb": peak / 1024,
                "grown_mb": (peak - before) / 1024,
                "outcome": outcome,
                "text_mb": len(text) / 1e6,
            }
        )
    )


def in_fresh_process(reader: str, n: int) -> dict[str, Any]:
    result = subprocess.run(
        [sys.executable, __file__, "--child", reader, "flood", str(n)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def per_item(read: Any, build: Any, item: str, n: int, repeat: int) -> float:
    text = build(item, n)
    read(build(item, 10))  # warm: hooks are made on first use
    best = min(_timed(read, text) for _ in range(repeat))
    return best / n


def _timed(read: Any, text: str) -> float:
    start = time.perf_counter()
    read(text)
    return time.perf_counter() - start


def main() -> None:
    # NEGATIVES_BENCH_QUICK=1: small inputs, to check the script runs (the test suite does).
    quick = bool(os.environ.get("NEGATIVES_BENCH_QUICK"))
    n_flood = 20_000 if quick else 1_000_000
    n_items = 2_000 if quick else 100_000
    repeat = 1 if quick else 3
    other = alternative()

    print(f"1. A flood: a training log of {n_flood:,} sessions without a date")
    figures = {name: in_fresh_process(name, n_flood) for name in ("negatives", other, "json.loads")}
    print(f"   document {figures['negatives']['text_mb']:.1f} MB")
    for name, f in figures.items():
        print(
            f"   {name:<11} {f['seconds']:6.2f} s   peak {f['peak_mb']:7.0f} MB   ({f['outcome']})"
        )
    ours, theirs = figures["negatives"], figures[other]
    print(
        f"   time ratio negatives / {other}: {ours['seconds'] / theirs['seconds']:.2f}x; "
        f"peak memory ratio: {ours['peak_mb'] / theirs['peak_mb']:.2f}x; "
        f"over json.loads alone: {ours['peak_mb'] / figures['json.loads']['peak_mb']:.2f}x"
    )

    print(f"\n2. What a bad item costs, per item, over {n_items:,} items")
    readers = {"negatives": negatives_reader()}
    if other == "pydantic":
        readers["pydantic"] = pydantic_reader()
    for what, build, good, bad in (
        ("session", log_of_sessions, GOOD_SESSION, BAD_SESSIONS),
        ("set", log_of_sets, GOOD_SET, BAD_SETS),
    ):
        for name, read in readers.items():
            base = per_item(read, build, good, n_items, repeat)
            ratios = ", ".join(
                f"{label} {per_item(read, build, item, n_items, repeat) / base:.2f}x"
                for label, item in bad.items()
            )
            print(f"   {name:<9} good {what} {base * 1e6:6.1f} us; bad/good ratio: {ratios}")


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--child":
        child(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    else:
        main()

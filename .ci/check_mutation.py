"""The mutation-testing gate: check (in CI) or record (after a run of ``.ci/mutation``).

A full mutation run of the calculators and the safety rules takes over an hour on CI's machine,
so CI does not run it. ``.ci/mutation`` runs it and records the result in
``.ci/mutation-score.json``: the counts per module, the score, and a sha256 of everything the
result depends on (the mutated sources, the tests mutmut runs, and the ``[tool.mutmut]``
configuration). CI runs this script without arguments, which fails when

* the recorded score is below `THRESHOLD`, or
* the hash no longer matches the files: a source or a test changed since the run, so the
  recorded score is stale and ``.ci/mutation`` must be run again.

Mutants that cannot change behaviour (equivalent mutants) are listed, each with its reason, in
``.ci/mutation-equivalent.toml``; they count neither as killed nor as survived.

Usage:
    python .ci/check_mutation.py            # check the recorded score (CI)
    python .ci/check_mutation.py --record   # record mutants/ (after ``mutmut run``)
    python .ci/check_mutation.py --survivors  # list the survivors of the last run
"""

from __future__ import annotations

import argparse
import fnmatch
import hashlib
import json
import sys
import tomllib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SCORE_FILE = ROOT / ".ci" / "mutation-score.json"
EQUIVALENT_FILE = ROOT / ".ci" / "mutation-equivalent.toml"
THRESHOLD = 0.90

# mutmut's exit codes (mutmut.stats.status_by_exit_code, 3.8): what a mutant's tests returned.
_KILLED = {1, 3, 36, -24, 24, 152, 255, -11, -9, 37}  # failed, timed out, crashed, or mistyped
_SURVIVED = {0, 5, 33}  # tests passed, or no test reached the mutant


def _config() -> dict[str, Any]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    config: dict[str, Any] = data["tool"]["mutmut"]
    return config


def mutated_files(config: dict[str, Any]) -> list[Path]:
    """The source files mutmut mutates: ``only_mutate`` globs under ``source_paths``."""
    found: set[Path] = set()
    for source in config["source_paths"]:
        for path in (ROOT / source).rglob("*.py"):
            relative = path.relative_to(ROOT).as_posix()
            if any(fnmatch.fnmatch(relative, pattern) for pattern in config["only_mutate"]):
                found.add(path)
    return sorted(found)


def test_files(config: dict[str, Any]) -> list[Path]:
    """The test files mutmut runs (with their data), and the conftest that sets Hypothesis up."""
    paths: set[Path] = set()
    for name in config["pytest_add_cli_args_test_selection"]:
        path = ROOT / name
        if path.is_dir():  # every file: the tests and the reviewed copies they compare with
            paths.update(
                file
                for file in path.rglob("*")
                if file.is_file() and "__pycache__" not in file.parts
            )
        else:
            paths.add(path)
    paths.add(ROOT / "tests" / "conftest.py")
    return sorted(paths)


def fingerprint(config: dict[str, Any]) -> str:
    """A sha256 of the mutated sources, the tests, the equivalent list and the configuration."""
    digest = hashlib.sha256()
    digest.update(json.dumps(config, sort_keys=True).encode())
    files = [*mutated_files(config), *test_files(config)]
    if EQUIVALENT_FILE.exists():
        files.append(EQUIVALENT_FILE)
    for path in files:
        digest.update(b"\0" + path.relative_to(ROOT).as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


def equivalent_mutants() -> dict[str, str]:
    """Mutant name -> why it cannot change behaviour."""
    if not EQUIVALENT_FILE.exists():
        return {}
    data = tomllib.loads(EQUIVALENT_FILE.read_text("utf-8"))
    return {name: str(reason) for name, reason in data.get("equivalent", {}).items()}


def _module(path: Path) -> str:
    relative = path.relative_to(ROOT / "src").with_suffix("")
    return ".".join(relative.parts)


def results(config: dict[str, Any]) -> dict[str, dict[str, list[str]]]:
    """Per module: the mutants killed, survived, equivalent and not run, from ``mutants/``."""
    equivalent = equivalent_mutants()
    modules: dict[str, dict[str, list[str]]] = {}
    for path in mutated_files(config):
        meta = ROOT / "mutants" / path.relative_to(ROOT).with_suffix(".py.meta")
        if not meta.exists():
            raise SystemExit(f"{meta} is missing: run .ci/mutation first")
        codes: dict[str, int | None] = json.loads(meta.read_text("utf-8"))["exit_code_by_key"]
        if not codes:
            continue
        groups: dict[str, list[str]] = {
            "killed": [],
            "survived": [],
            "equivalent": [],
            "not_run": [],
        }
        for name, code in sorted(codes.items()):
            if name in equivalent:
                groups["equivalent"].append(name)
            elif code is None:
                groups["not_run"].append(name)
            elif code in _KILLED:
                groups["killed"].append(name)
            elif code in _SURVIVED:
                groups["survived"].append(name)
            else:  # suspicious, skipped, interrupted: not a kill
                groups["survived"].append(name)
        modules[_module(path)] = groups
    return modules


def _score(killed: int, survived: int) -> float:
    return killed / (killed + survived) if killed + survived else 1.0


def record(*, partial: bool = False) -> int:
    """Write `SCORE_FILE` from the last run in ``mutants/``.

    With ``partial``, a run that has not tested every mutant yet is recorded too, marked
    incomplete (the check fails on it): its figures cover the mutants tested so far.
    """
    config = _config()
    modules = results(config)
    not_run = sum(len(groups["not_run"]) for groups in modules.values())
    if not_run and not partial:
        print(f"{not_run} mutants were not run: finish the mutmut run first", file=sys.stderr)
        return 1
    stale = set(equivalent_mutants()) - {
        name for groups in modules.values() for name in groups["equivalent"]
    }
    if stale:
        print(f"listed as equivalent but not mutants any more: {sorted(stale)}", file=sys.stderr)
        return 1
    table: dict[str, dict[str, Any]] = {}
    for module, groups in modules.items():
        killed, survived = len(groups["killed"]), len(groups["survived"])
        table[module] = {
            "mutants": killed + survived + len(groups["equivalent"]) + len(groups["not_run"]),
            "killed": killed,
            "survived": survived,
            "equivalent": len(groups["equivalent"]),
            "not_run": len(groups["not_run"]),
            "score": round(_score(killed, survived), 4),
            "survivors": groups["survived"],
        }
    killed = sum(row["killed"] for row in table.values())
    survived = sum(row["survived"] for row in table.values())
    summary = {
        "tool": "mutmut",
        "threshold": THRESHOLD,
        "score": round(_score(killed, survived), 4),
        "mutants": sum(row["mutants"] for row in table.values()),
        "killed": killed,
        "survived": survived,
        "equivalent": sum(row["equivalent"] for row in table.values()),
        "not_run": not_run,
        "complete": not not_run,
        "sha256": fingerprint(config),
        "files": [
            path.relative_to(ROOT).as_posix()
            for path in [*mutated_files(config), *test_files(config)]
        ],
        "modules": table,
    }
    SCORE_FILE.write_text(json.dumps(summary, indent=2) + "\n", "utf-8")
    _print(summary)
    return 0


def _print(summary: dict[str, Any]) -> None:
    for module, row in summary["modules"].items():
        print(
            f"  {module:40} {row['killed']:5} killed {row['survived']:4} survived "
            f"{row['equivalent']:3} equivalent  {row['score']:.1%}"
        )
    print(
        f"mutation score {summary['score']:.1%} ({summary['killed']} killed, "
        f"{summary['survived']} survived, {summary['equivalent']} equivalent, "
        f"{summary.get('not_run', 0)} not run; threshold {THRESHOLD:.0%})"
    )


def check() -> int:
    """Fail when the recorded score is below the threshold or stale."""
    if not SCORE_FILE.exists():
        print(f"{SCORE_FILE.name} is missing: run .ci/mutation", file=sys.stderr)
        return 1
    summary = json.loads(SCORE_FILE.read_text("utf-8"))
    _print(summary)
    if summary["sha256"] != fingerprint(_config()):
        print(
            "mutation score is stale: the sources, tests or configuration changed since it was "
            "recorded; run .ci/mutation",
            file=sys.stderr,
        )
        return 1
    if not summary.get("complete", False):
        print(
            f"mutation run incomplete: {summary['not_run']} mutants not run; run .ci/mutation",
            file=sys.stderr,
        )
        return 1
    if summary["score"] < THRESHOLD:
        print(f"mutation score below {THRESHOLD:.0%}: kill the survivors", file=sys.stderr)
        return 1
    return 0


def survivors() -> int:
    """List the survivors of the last run (see ``mutmut show NAME`` for each diff)."""
    for module, groups in results(_config()).items():
        for name in groups["survived"]:
            print(f"{module}: {name}")
    return 0


def main() -> int:
    """Check, record or list."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--record", action="store_true", help="record the run in mutants/")
    mode.add_argument("--survivors", action="store_true", help="list the last run's survivors")
    parser.add_argument(
        "--partial", action="store_true", help="with --record: record an unfinished run"
    )
    args = parser.parse_args()
    if args.record:
        return record(partial=args.partial)
    if args.survivors:
        return survivors()
    return check()


if __name__ == "__main__":
    sys.exit(main())

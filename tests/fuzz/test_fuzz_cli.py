"""Fuzz the command line in-process: generated argv for every command, with mutated files.

Whatever the arguments and the files they name (mutated exports, mutated JSON and TOML
documents, names files, missing files, folders), `negatives.cli.main` returns a documented exit
status (0 done, 1 findings, 2 a usage or input error), never the internal-error status, and
writes no traceback; a status of 2 comes with one ``negatives: error:`` line.
"""

from __future__ import annotations

import io
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

import negatives as neg
from negatives import cli
from negatives.serialization import KINDS

from . import _corpus
from ._mutate import NASTY, Json, dumps, mutate_bytes, mutate_document

FUZZ = settings(
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

ATHLETE_TOML = """\
schema = 1
kind = "athlete"
id = "ana"
training_age_years = 4
bodyweight = { value = 70, unit = "kg" }

[concentric_1rm]
bench-press = { value = 100, unit = "kg" }
barbell-curl = { value = 50, unit = "kg" }
leg-press = { value = 200, unit = "kg" }
nordic-hamstring-curl = { value = 30, unit = "kg" }
"""

NAMES_TOML = '"Bench Press (Barbell)" = "back-squat"\n"Rope Thing" = "triceps-pushdown"\n'

#: The files a command line may name, in the example's folder (``FOLDER`` is put in front).
_INPUTS = [
    "export.csv",
    "export.txt",
    "export",
    "doc.json",
    "doc.toml",
    "athlete.json",
    "athlete.toml",
    "policy.json",
    "names.toml",
    "names.json",
    "missing.json",
    "missing.csv",
    "folder",
]
_OUTPUTS = ["out.json", "out.csv", "report.html", "folder", "-", "new/out.json"]

_WHOLE = ["0", "1", "2", "3", "8", "-1", "+2", " 4 ", "53", "1000", "9" * 30, "x", "", "\u0663"]
_DECIMAL = ["0", "0.3", ".25", "1", "1.5", "-0.2", "nan", "1e3", "", "0.3.3"]
_DATES = ["2026-11-23", "2026-02-30", "0001-01-01", "9999-12-31", "2026-1-1", "today"]
_LOADS = ["40kg", "90lb", "0kg", "2.5kg", "1kg", "40", "40stone", "-5kg", "40 kg", "1e3kg"]
_TEMPLATES = ["seed-negatives", "walker-ael", "tempo-intro", "nordic-hamstring", "nope", ""]
_PARAMS = ["weeks=2", "weeks=1", "days=0,3", "days=9", "maintenance_weeks=1", "weeks=x",
           "exercises=bench-press", "exercises=Zzz", "releasers=partner", "start=2026-11-23",
           "start=2026-13-01", "=", "nonsense", "weeks=", "days=", "weeks=0"]  # fmt: skip
_EXERCISES = ["bench-press", "Bench Press (Barbell)", "barbell-curl", "back-squat", "leg-press",
              "nordic-hamstring-curl", "curl", "Zzz", "", " "]  # fmt: skip
_POLICIES = ["standard", "conservative", "athlete", "nope"]
_ZONES = ["Europe/Oslo", "UTC", "America/New_York", "Mars/Base", "", "../etc/passwd"]
_DATE_FORMATS = ["dmy", "mdy", "%d.%m.%Y %H:%M", "%", "%Q", "ymd", ""]
_UNITS = ["kg", "lb", "lbs", "stone", "", "KG"]


def _value(pool: list[str], files: bool = False) -> st.SearchStrategy[str]:
    choices: st.SearchStrategy[str] = st.sampled_from(pool)
    if files:
        choices = choices | st.sampled_from(_INPUTS).map(lambda name: "FOLDER/" + name)
    return choices | st.sampled_from(NASTY)


_FILE = st.sampled_from(_INPUTS).map(lambda name: "FOLDER/" + name)
_OUT = st.sampled_from(_OUTPUTS).map(lambda name: name if name == "-" else "FOLDER/" + name)
_EXPORT_OPTIONS: list[tuple[str, st.SearchStrategy[str] | None]] = [
    ("--format", _value([*neg.io.FORMATS, "csv"])),
    ("--unit", _value(_UNITS)),
    ("--tz", _value(_ZONES)),
    ("--names", _FILE),
    ("--date-format", _value(_DATE_FORMATS)),
]

#: Each command's positionals and options (``None``: a flag).
_COMMANDS: dict[
    str, tuple[list[st.SearchStrategy[str]], list[tuple[str, st.SearchStrategy[str] | None]]]
] = {
    "demo": ([], [("--policy", _value(_POLICIES, files=True)), ("--json", None)]),
    "plan": (
        [_FILE],
        [
            ("--template", _value(_TEMPLATES)),
            ("--param", _value(_PARAMS)),
            ("--templates", None),
            ("--exercise", _value(_EXERCISES)),
            ("--overload", _value(_DECIMAL)),
            ("--reps", _value(_WHOLE)),
            ("--weeks", _value(["1", "1", "2", "2", "3", "0", "53", "x", "-1"])),
            ("--start", _value(_DATES)),
            ("--spotters", _value(_WHOLE)),
            ("--safety-arms", None),
            ("--help-step", _value(_LOADS)),
            ("--no-primer", None),
            ("--partner-max", _value(_LOADS)),
            ("--history", _FILE),
            ("--policy", _value(_POLICIES, files=True)),
            ("--json", None),
            ("--simulate", None),
            ("--seed", _value(_WHOLE)),
            ("--adherence", _value(_DECIMAL)),
        ],
    ),
    "check": (
        [_FILE],
        [
            ("--policy", _value(_POLICIES, files=True)),
            ("--athlete", _FILE),
            ("--history", _FILE),
            *_EXPORT_OPTIONS,
            ("--fail-on", _value(["info", "warning", "error", "fatal"])),
            ("--json", None),
        ],
    ),
    "import": (
        [_FILE],
        [
            *_EXPORT_OPTIONS,
            ("--unmapped", None),
            ("--athlete", _FILE),
            ("-o", _OUT),
            ("--csv", _OUT),
        ],
    ),
    "report": (
        [_FILE],
        [
            *_EXPORT_OPTIONS,
            ("--athlete", _FILE),
            ("--basis", _value(["logged", "external", "resistance", "mass"])),
            ("--since", _value(_DATES)),
            ("--until", _value(_DATES)),
            ("--last-weeks", _value(_WHOLE)),
            ("--json", None),
            ("--html", _OUT),
            ("--policy", _value(_POLICIES, files=True)),
        ],
    ),
    "schema": (
        [_value([*KINDS.values(), "nope"])],
        [("--list", None), ("--progression", _value(["linear", "wave", "nope", ""]))],
    ),
    "catalog": (
        [_value(["search", "show", "find"]), _value(_EXERCISES)],
        [("--names", _FILE), ("--limit", _value(_WHOLE)), ("--json", None)],
    ),
}


@st.composite
def command_lines(draw: st.DrawFn) -> list[str]:
    """An argv: a command, some of its positionals, options in any order, sometimes noise."""
    argv: list[str] = []
    if draw(st.integers(0, 9)) == 0:
        argv.append(draw(st.sampled_from(["--version", "--help", "-h", "--nope", "-"])))
    command = draw(st.sampled_from([*_COMMANDS, "nope"]))
    argv.append(command)
    if command == "nope":
        return argv
    positionals, options = _COMMANDS[command]
    words: list[str] = []
    chosen = draw(st.lists(st.sampled_from(options), max_size=5)) if options else []
    for flag, value in chosen:
        words.append(flag)
        if value is not None and draw(st.integers(0, 15)):
            words.append(draw(value))
    # positionals before, between or after the options (an option's value may take one)
    for positional in positionals[: draw(st.integers(0, len(positionals)))]:
        words.insert(draw(st.integers(0, len(words))), draw(positional))
    if draw(st.integers(0, 7)) == 0:
        words.insert(draw(st.integers(0, len(words))), draw(st.sampled_from(NASTY)))
    if draw(st.integers(0, 15)) == 0:
        words.append("--help")
    argv.extend(words)
    return argv


def _documents(kinds: tuple[str, ...]) -> list[Json]:
    return [tree for cls, tree in _corpus.document_trees() if KINDS[cls] in kinds]


@st.composite
def folders(draw: st.DrawFn) -> dict[str, bytes]:
    """The files of one example: each mutated or left as it is."""

    def maybe(data: bytes) -> bytes:
        return mutate_bytes(draw, data, max_mutations=3) if draw(st.integers(0, 2)) == 0 else data

    def document(kinds: tuple[str, ...]) -> bytes:
        tree = draw(st.sampled_from(_documents(kinds)))
        if draw(st.integers(0, 2)) == 0:
            tree = mutate_document(draw, tree, max_mutations=2)
        return dumps(tree).encode("utf-8", "surrogatepass")

    _, _, export = draw(st.sampled_from(_corpus.samples()))
    files = {
        "export.csv": maybe(export),
        "doc.json": document(("training_log", "session", "program_plan", "athlete", "set")),
        "doc.toml": maybe(ATHLETE_TOML.replace('"athlete"', '"training_log"').encode()),
        "athlete.json": document(("athlete",)),
        "athlete.toml": maybe(ATHLETE_TOML.encode()),
        "policy.json": document(("policy",)),
        "names.toml": maybe(NAMES_TOML.encode()),
        "names.json": maybe(json.dumps({"Bench Press (Barbell)": "back-squat"}).encode()),
    }
    files["export.txt"] = files["export.csv"]
    files["export"] = files[draw(st.sampled_from(["export.csv", "doc.json"]))]
    return files


def run(argv: list[str], files: dict[str, bytes]) -> tuple[int, str, str]:
    with tempfile.TemporaryDirectory() as root:
        folder = Path(root)
        (folder / "folder").mkdir()
        for name, data in files.items():
            (folder / name).write_bytes(data)
        args = [arg.replace("FOLDER", root) for arg in argv]
        out, err = io.StringIO(), io.StringIO()
        code = cli.main(args, stdout=out, stderr=err)
        return code, out.getvalue(), err.getvalue().replace(root, "FOLDER")


def check_run(argv: list[str], files: dict[str, bytes]) -> int:
    """The fuzz invariant of the command line; returns the exit status."""
    code, _, err = run(argv, files)
    assert code in (0, 1, 2), (code, argv, err)
    assert "Traceback" not in err, (argv, err)
    assert "internal error" not in err, (argv, err)
    if code == 2:
        assert "negatives: error: " in err, (argv, err)
    return code


@FUZZ
@given(command_lines(), folders())
def test_the_command_line_exits_0_1_or_2_without_a_traceback(
    argv: list[str], files: dict[str, bytes]
) -> None:
    event(f"exit {check_run(argv, files)}")


def test_the_unmutated_files_are_read() -> None:
    files = {
        "export.csv": (_corpus.EXPORTS / "strong-basic.csv").read_bytes(),
        "athlete.toml": ATHLETE_TOML.encode(),
        "names.toml": NAMES_TOML.encode(),
        "policy.json": neg.to_json(neg.safety.Policy.preset("standard")).encode(),
    }
    assert check_run(["import", "FOLDER/export.csv", "--unit", "kg"], files) == 0
    assert check_run(["plan", "FOLDER/athlete.toml", "--exercise", "leg-press"], files) == 0
    assert check_run(["catalog", "show", "rope thing", "--names", "FOLDER/names.toml"], files) == 0
    assert check_run(["demo", "--policy", "FOLDER/policy.json"], files) in (0, 1)
    assert check_run(["import", "FOLDER/missing.csv"], files) == 2

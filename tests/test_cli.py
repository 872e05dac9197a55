"""The ``negatives`` command line: every command through `main`, exit codes, errors, one run each
of the installed console script and of ``python -m negatives``."""

from __future__ import annotations

import datetime as dt
import io
import json
import shutil
import subprocess
import sys
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import negatives as neg
from negatives import catalog, cli, overload, safety

EXPORTS = Path(__file__).resolve().parent / "data" / "exports"
DAY = dt.date(2026, 11, 23)
CURL = catalog.lookup("barbell-curl")
BENCH = catalog.lookup("bench-press")
SETUP = neg.Setup(spotters=1, partner_max_assist=neg.kg(40))
VETERAN = neg.Athlete(
    "ana",
    training_age_years=4,
    concentric_1rm={"barbell-curl": neg.kg(50), "bench-press": neg.kg(100)},
    bodyweight=neg.kg(70),
)

COMMANDS = ["demo", "plan", "check", "import", "report", "schema"]


def run(*argv: str, stderr: io.StringIO | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), stderr if stderr is not None else io.StringIO()
    code = cli.main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def assert_one_line_error(code: int, out: str, err: str, *fragments: str) -> None:
    assert code == 2
    assert out == ""
    assert err.startswith("negatives: error: ")
    assert err.count("\n") == 1, err
    assert err.endswith("\n")
    assert "Traceback" not in err
    for fragment in fragments:
        assert fragment in err


def write(path: Path, obj: object) -> str:
    path.write_text(neg.to_json(obj, indent=2), encoding="utf-8")
    return str(path)


# -- documents built with the library ------------------------------------------------------------


def clean_log() -> neg.TrainingLog:
    working = neg.Set(CURL, reps=8, load=neg.kg(30), tempo="2-0-2-0")
    return neg.TrainingLog(VETERAN, [neg.Session(DAY, sets=[working, working])])


def warning_log() -> neg.TrainingLog:
    # Partner-assisted curls lowered in 1 s: NEG501, a warning, and nothing worse.
    fast = overload.partner_assisted_negatives(CURL, athlete=VETERAN, tempo="1-0-1-0", setup=SETUP)
    return neg.TrainingLog(VETERAN, [neg.Session(DAY, sets=[fast], setup=SETUP)])


def risky_session() -> neg.Session:
    # Supramaximal bench negatives (weight releasers, 105 %) without a spotter: NEG401, an error.
    heavy = overload.accentuated_eccentric(BENCH, athlete=VETERAN)
    return neg.Session(DAY, sets=[heavy], setup=neg.Setup(spotters=0))


@pytest.fixture
def athlete_json(tmp_path: Path) -> str:
    return write(tmp_path / "ana.json", VETERAN)


ATHLETE_TOML = """\
schema = 1
kind = "athlete"
id = "ana"
training_age_years = 4
bodyweight = { value = 70, unit = "kg" }

[concentric_1rm]
barbell-curl = { value = 50, unit = "kg" }
bench-press = { value = 100, unit = "kg" }

[concentric_1rm_dates]
bench-press = 2026-10-01
"""


@pytest.fixture
def athlete_toml(tmp_path: Path) -> str:
    path = tmp_path / "ana.toml"
    path.write_text(ATHLETE_TOML, encoding="utf-8")
    return str(path)


# -- the parser: help, version, usage errors -------------------------------------------------------


def test_help_lists_every_command() -> None:
    code, out, _ = run("--help")
    assert code == 0
    assert out.startswith("usage: negatives")
    for command in COMMANDS:
        assert f"    {command} " in out


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str) -> None:
    code, out, err = run(command, "--help")
    assert code == 0
    assert out.startswith(f"usage: negatives {command}")
    assert "--debug" in out
    assert err == ""


def test_version() -> None:
    code, out, _ = run("--version")
    assert code == 0
    assert out == f"negatives {neg.__version__}\n"


def test_no_command_is_a_usage_error() -> None:
    assert_one_line_error(*run(), "required: COMMAND", "negatives --help")


def test_unknown_command_is_a_usage_error() -> None:
    assert_one_line_error(*run("lift"), "invalid choice: 'lift'")


def test_unknown_option_is_a_usage_error_naming_the_commands_help() -> None:
    assert_one_line_error(*run("demo", "--colour"), "--colour", "'negatives demo --help'")


# -- demo ------------------------------------------------------------------------------------------


def test_demo_prints_a_checked_session_of_partner_assisted_negatives() -> None:
    code, out, err = run("demo")
    assert code == 0
    assert err == ""
    assert out.startswith("negatives demo: Demo: partner-assisted negatives")
    assert "Partner-assisted negatives: Barbell Bench Press" in out
    assert "Partner-assisted negatives: Barbell Curl" in out
    assert "standard policy, 16 rules: 0 errors, 0 warnings" in out
    # By a coach's reading: two people at the bench, the helper is not the only spotter; the
    # help grows rep by rep within what the partner can give; the load is within the capacity.
    assert "setup: 2 people at the bar: a partner who helps the lift (up to 40 kg) and a" in out
    assert "3. Barbell Bench Press: 6 x 90 kg, tempo 4-0-2-0 (partner_assisted)" in out
    assert "partner's help per rep: 10, 14, 15.6, 18, 20.4, 22 kg" in out
    assert "partner's maximum: 40 kg (within)" in out
    assert "eccentric capacity for these reps and tempo: 100.6 kg" in out
    assert "a primer on" in out


def test_demo_json_holds_a_session_and_its_report() -> None:
    code, out, _ = run("demo", "--json", "--policy", "conservative")
    assert code == 0
    data = json.loads(out)
    assert set(data) == {"session", "report"}
    session = neg.from_dict(data["session"], neg.Session)
    assert any(item.method is neg.Method.PARTNER_ASSISTED for item in session.sets)
    report = neg.from_dict(data["report"], safety.Report)
    assert report.policy == "conservative"


def test_demo_with_an_unknown_policy_is_an_input_error() -> None:
    assert_one_line_error(*run("demo", "--policy", "reckless"), "unknown policy 'reckless'")


# -- plan ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("athlete", ["athlete_json", "athlete_toml"])
def test_plan_a_session_from_a_json_or_toml_athlete(
    athlete: str, request: pytest.FixtureRequest
) -> None:
    path = request.getfixturevalue(athlete)
    code, out, err = run(
        "plan", path, "--exercise", "Barbell Curl", "--start", "2026-11-23", "--partner-max", "30kg"
    )
    assert code == 0, err
    assert out.startswith("Partner-assisted negatives for ana, 2026-11-23")
    assert "Partner-assisted negatives: Barbell Curl, 8 reps" in out
    assert "partner's maximum: 30 kg" in out
    assert "standard policy" in out


def test_plan_json_is_a_session_document_that_check_reads(
    athlete_json: str, tmp_path: Path
) -> None:
    code, out, _ = run(
        "plan", athlete_json, "--exercise", "barbell-curl", "--reps", "10",
        "--start", "2026-11-23", "--json",
    )  # fmt: skip
    assert code == 0
    session = neg.from_json(out, neg.Session)
    assert session.date == DAY
    (negative,) = session.sets
    assert negative.reps == 10
    assert negative.method is neg.Method.PARTNER_ASSISTED
    planned = tmp_path / "planned.json"
    planned.write_text(out, encoding="utf-8")
    code, out, _ = run("check", str(planned), "--athlete", athlete_json, "--json")
    assert code == 0
    assert json.loads(out)["kind"] == "report"


def test_plan_the_policy_refuses_is_printed_and_fails(athlete_json: str) -> None:
    # 6 curls at +30 % over the working load break the standard policy's eccentric ceiling
    # (NEG201): the plan is printed with the error, and the exit status says so.
    code, out, _ = run(
        "plan", athlete_json, "--exercise", "barbell-curl", "--reps", "6", "--overload", "0.3",
        "--start", "2026-11-23",
    )  # fmt: skip
    assert code == 1
    assert "NEG201" in out
    code, out, _ = run(
        "plan", athlete_json, "--exercise", "barbell-curl", "--reps", "6", "--overload", "0.3",
        "--start", "2026-11-23", "--json",
    )  # fmt: skip
    assert code == 1
    assert neg.from_json(out, neg.Session).sets


def test_plan_over_weeks_is_a_program_plan(athlete_json: str) -> None:
    code, out, _ = run(
        "plan", athlete_json, "--weeks", "4", "--exercise", "bench-press",
        "--exercise", "barbell-curl", "--start", "2026-11-23", "--json",
    )  # fmt: skip
    assert code == 0
    data = json.loads(out)
    assert data["kind"] == "program_plan"
    sessions = [s for s in data["sessions"] if not s["name"].endswith("primer")]
    dates = [session["date"] for session in sessions]
    assert dates[:2] == ["2026-11-23", "2026-11-26"]  # bench on Monday, curls on Thursday
    assert len(dates) == 8
    primers = [s["date"] for s in data["sessions"] if s["name"].endswith("primer")]
    assert primers == ["2026-11-19", "2026-11-23"]  # before each first heavy session
    report = neg.from_dict({"schema": 1, "kind": "report", **data["report"]}, safety.Report)
    assert report.rules  # the whole program went through the policy


def test_plan_over_weeks_as_text(athlete_toml: str) -> None:
    code, out, _ = run("plan", athlete_toml, "--weeks", "2", "--start", "2026-11-23")
    assert code == 0
    assert out.startswith("2-week program of partner-assisted negatives for ana")
    assert "Mon 2026-11-30  Negatives W2D1" in out


def test_plan_for_an_exercise_without_a_1rm_is_an_input_error(athlete_json: str) -> None:
    assert_one_line_error(*run("plan", athlete_json, "--exercise", "leg-press"), "leg-press")


def test_plan_for_an_unknown_exercise_is_an_input_error(athlete_json: str) -> None:
    assert_one_line_error(*run("plan", athlete_json, "--exercise", "zercher carry"), "zercher")


@pytest.mark.parametrize(
    ("option", "value", "fragment"),
    [
        ("--start", "2026-13-01", "not a date"),
        ("--partner-max", "40", "with a unit"),
        ("--partner-max", "40 stone", "unknown unit"),
        ("--reps", "eight", "not a whole number"),
        ("--reps", "\uff11\uff10", "not a whole number"),  # full-width digits
        ("--reps", "1_0", "not a whole number"),
        ("--reps", "9" * 5000, "5000 digits is far out of range"),
        ("--overload", "nan", "not a decimal number"),
        ("--overload", "1e-1", "not a decimal number"),
        ("--partner-max", "\u0661\u0660kg", "with a unit"),  # Arabic-Indic digits
        ("--start", "2026-1-1", "not a date"),
        ("--history", "a\x00b", "NUL"),
    ],
)
def test_plan_option_values_are_checked(
    athlete_json: str, option: str, value: str, fragment: str
) -> None:
    assert_one_line_error(*run("plan", athlete_json, option, value), fragment)


def test_plan_values_out_of_range_are_input_errors(athlete_json: str) -> None:
    assert_one_line_error(*run("plan", athlete_json, "--reps", "0"), "reps", ">= 1")


@pytest.mark.parametrize("option", ["--spotters", "--reps", "--weeks"])
def test_huge_numbers_in_options_are_one_line_input_errors(athlete_json: str, option: str) -> None:
    huge = "1" + "0" * 99
    assert_one_line_error(*run("plan", athlete_json, option, huge), "must be <=", "(100 digits)")
    assert_one_line_error(*run("plan", athlete_json, option, "-" + huge), "must be >=")


def test_plan_needs_an_athlete_document(tmp_path: Path) -> None:
    path = write(tmp_path / "session.json", risky_session())
    assert_one_line_error(*run("plan", path), "expected an athlete document", "'session'")


# -- check -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("document", "fail_on", "expected"),
    [
        (clean_log, "warning", 0),
        (clean_log, "error", 0),
        (warning_log, "warning", 1),
        (warning_log, "error", 0),
        (warning_log, "info", 1),
        (risky_session, "warning", 1),
        (risky_session, "error", 1),
    ],
)
def test_check_exit_status_follows_fail_on(
    tmp_path: Path, document: Callable[[], object], fail_on: str, expected: int
) -> None:
    path = write(tmp_path / "doc.json", document())
    code, out, _ = run(
        "check", path, "--athlete", write(tmp_path / "a.json", VETERAN), "--fail-on", fail_on
    )
    assert code == expected
    assert out.startswith("standard policy, 16 rules:")


def test_check_fails_on_errors_by_default(tmp_path: Path) -> None:
    code, out, _ = run(
        "check",
        write(tmp_path / "risky.json", risky_session()),
        "--athlete",
        write(tmp_path / "a.json", VETERAN),
    )
    assert code == 1
    assert "NEG401" in out


def test_check_uses_the_training_logs_athlete(tmp_path: Path) -> None:
    code, out, _ = run("check", write(tmp_path / "log.json", warning_log()), "--json")
    assert code == 0  # a warning, below the default threshold
    report = neg.from_json(out, safety.Report)
    assert [(f.code, f.severity.value) for f in report.findings] == [("NEG501", "warning")]
    assert report.policy == "standard"


def test_check_json_of_a_risky_session(tmp_path: Path) -> None:
    code, out, _ = run(
        "check",
        write(tmp_path / "risky.json", risky_session()),
        "--athlete",
        write(tmp_path / "a.json", VETERAN),
        "--json",
    )
    assert code == 1
    codes = {finding["code"] for finding in json.loads(out)["findings"]}
    assert "NEG401" in codes


def test_check_with_a_policy_file_and_history(tmp_path: Path) -> None:
    # A policy that does not run NEG501; a history, so the history rules run.
    policy = safety.Policy.preset("standard").ignoring("NEG501")
    earlier = neg.Set(CURL, reps=8, load=neg.kg(30), tempo="2-0-2-0")
    history = neg.TrainingLog(VETERAN, [neg.Session(DAY - dt.timedelta(days=7), sets=[earlier])])
    code, out, _ = run(
        "check", write(tmp_path / "log.json", warning_log()),
        "--policy", write(tmp_path / "policy.json", policy),
        "--history", write(tmp_path / "history.json", history),
        "--json",
    )  # fmt: skip
    assert code == 0
    report = neg.from_json(out, safety.Report)
    assert "NEG501" not in report.rules
    assert "NEG501" not in report.codes()
    assert not any("no history" in note.reason for note in report.not_checked)
    assert "NEG304" in report.codes()  # a first exposure, known only from the history


def test_the_librarys_warnings_are_notes_on_stderr_not_a_crash(tmp_path: Path) -> None:
    # Found by the thorough CLI fuzz run: an export given as its own history has a set of 12
    # reps, so the history's 1RM for it is rough; the library says so with a NegativesWarning,
    # which escaped the command (as an internal error, status 70, under `-W error`).
    export = str(EXPORTS / "fitnotes-sample.csv")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        code, out, err = run("check", export, "--history", export)
    assert code == 0
    assert out.startswith("standard policy")
    notes = [line for line in err.splitlines() if line.startswith("negatives: note: ")]
    assert len(notes) == 1, err
    assert "the 1RM for 'lying-leg-curl' comes from a set of 12 reps" in notes[0]
    assert "Nuzzo et al. 2024" in notes[0]
    assert "Traceback" not in err
    assert "engine.py" not in err  # a note, not Python's warning with its source line


def test_other_warnings_are_left_to_python(monkeypatch: pytest.MonkeyPatch) -> None:
    def schema(args: Any, out: io.StringIO, err: io.StringIO) -> int:
        warnings.warn("from somewhere else", DeprecationWarning, stacklevel=1)
        return 0

    monkeypatch.setitem(cli._COMMANDS, "schema", schema)
    with pytest.warns(DeprecationWarning, match="from somewhere else"):
        code, _, err = run("schema")
    assert code == 0
    assert err == ""


def test_check_with_a_policy_file_of_the_wrong_kind(tmp_path: Path, athlete_json: str) -> None:
    path = write(tmp_path / "log.json", clean_log())
    assert_one_line_error(
        *run("check", path, "--policy", athlete_json), "expected a policy document", "'athlete'"
    )


def test_check_with_a_toml_policy(tmp_path: Path) -> None:
    policy = tmp_path / "club.toml"
    policy.write_text(
        'schema = 1\nkind = "policy"\nname = "club"\n\n[rules.NEG401.params]\nmin_spotters = 2\n',
        encoding="utf-8",
    )
    code, out, _ = run("check", write(tmp_path / "log.json", clean_log()), "--policy", str(policy))
    assert code == 0
    assert out.startswith("club policy")


def test_check_with_a_policy_preset(tmp_path: Path) -> None:
    code, out, _ = run("check", write(tmp_path / "log.json", clean_log()), "--policy", "athlete")
    assert code == 0
    assert out.startswith("athlete policy")


def test_check_a_program_plan(athlete_json: str, tmp_path: Path) -> None:
    code, out, _ = run("plan", athlete_json, "--weeks", "2", "--start", "2026-11-23", "--json")
    assert code == 0
    plan = tmp_path / "plan.json"
    plan.write_text(out, encoding="utf-8")
    code, out, _ = run("check", str(plan), "--athlete", athlete_json)
    assert code == 0
    assert "policy" in out


# -- bad input ------------------------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    missing = str(tmp_path / "nothere.json")
    assert_one_line_error(*run("check", missing), "nothere.json: no such file")


def test_a_directory_is_not_a_document(tmp_path: Path) -> None:
    assert_one_line_error(*run("check", str(tmp_path)), "is a directory")


def test_invalid_json(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"schema": 1, "kind": ', encoding="utf-8")
    assert_one_line_error(*run("check", str(path)), "broken.json: not valid JSON at line 1")


def test_json_with_nan_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "nan.json"
    path.write_text('{"schema": 1, "kind": "session", "x": NaN}', encoding="utf-8")
    assert_one_line_error(*run("check", str(path)), "NaN")


def test_text_that_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.json"
    path.write_bytes('{"name": "Bänkpress"}'.encode("latin-1"))
    assert_one_line_error(*run("check", str(path)), "latin1.json: not UTF-8 text")


def test_invalid_toml(tmp_path: Path) -> None:
    path = tmp_path / "ana.toml"
    path.write_text("schema = = 1\n", encoding="utf-8")
    assert_one_line_error(*run("plan", str(path)), "ana.toml: not valid TOML")


def test_wrong_document_kind(tmp_path: Path, athlete_json: str) -> None:
    assert_one_line_error(
        *run("check", athlete_json), "expected sessions", "got a document of kind 'athlete'"
    )


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("[1, 2]", "not a negatives document"),
        ('{"schema": 1}', "not a negatives document"),
        ('{"schema": 1, "kind": "workout"}', "unknown document kind 'workout'"),
        ('{"schema": 9, "kind": "session"}', "format version 9"),
    ],
)
def test_not_a_readable_document(tmp_path: Path, text: str, fragment: str) -> None:
    path = tmp_path / "doc.json"
    path.write_text(text, encoding="utf-8")
    assert_one_line_error(*run("check", str(path)), fragment)


def test_json_nested_too_deeply(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    assert_one_line_error(*run("check", str(path)), "nested too deeply")


def test_every_problem_of_an_invalid_document_on_one_line(tmp_path: Path) -> None:
    document = neg.to_dict(clean_log())
    document["sessions"][0]["sets"][0]["reps"] = 0
    document["sessions"][0]["sets"][1]["reps"] = -1
    path = tmp_path / "log.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert_one_line_error(
        *run("check", str(path)),
        "log.json: 2 problems:",
        "$.sessions[0].sets[0].reps",
        "$.sessions[0].sets[1].reps",
    )


def test_an_unwritable_output_is_an_input_error(tmp_path: Path) -> None:
    target = str(tmp_path / "no" / "such" / "dir" / "log.json")
    code, _, err = run(
        "import", str(EXPORTS / "hevy-basic.csv"), "-o", target, stderr=io.StringIO()
    )
    assert code == 2
    assert err.splitlines()[-1].startswith("negatives: error: ")
    assert "No such file or directory" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("where", ["before", "after"])
def test_debug_raises_instead(tmp_path: Path, where: str) -> None:
    missing = str(tmp_path / "nothere.json")
    argv = ["--debug", "check", missing] if where == "before" else ["check", missing, "--debug"]
    with pytest.raises(Exception, match="no such file"):
        cli.main(argv, stdout=io.StringIO(), stderr=io.StringIO())


def test_debug_raises_the_librarys_error(athlete_json: str) -> None:
    with pytest.raises(neg.NegativesError, match="leg-press"):
        cli.main(
            ["plan", athlete_json, "--exercise", "leg-press", "--debug"],
            stdout=io.StringIO(),
            stderr=io.StringIO(),
        )


class _ClosedPipe(io.StringIO):
    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")


def test_a_closed_stdout_is_left_to_the_console_script() -> None:
    # main() does not report a broken pipe as an error: the console script exits quietly.
    err = io.StringIO()
    with pytest.raises(BrokenPipeError):
        cli.main(["schema", "--list"], stdout=_ClosedPipe(), stderr=err)
    assert err.getvalue() == ""


# -- import ----------------------------------------------------------------------------------------


def test_import_without_a_unit_where_the_export_needs_one() -> None:
    assert_one_line_error(*run("import", str(EXPORTS / "strong-basic.csv")), "--unit")


def test_import_writes_a_training_log_and_reports_on_stderr() -> None:
    code, out, err = run("import", str(EXPORTS / "strong-basic.csv"), "--unit", "kg")
    assert code == 0
    log = neg.from_json(out, neg.TrainingLog)
    assert len(log.sessions) == 1
    assert log.athlete is None
    assert {item.load.unit for item in log.sessions[0].sets} == {neg.Unit.KG}
    assert err.startswith("strong export strong-basic.csv: 6 rows read, 6 imported")
    assert "importing" not in err  # no progress display when stderr is not a terminal


def test_import_to_files_with_an_athlete(tmp_path: Path, athlete_toml: str) -> None:
    output, flat = tmp_path / "log.json", tmp_path / "sets.csv"
    code, out, err = run(
        "import", str(EXPORTS / "hevy-basic.csv"), "--athlete", athlete_toml,
        "-o", str(output), "--csv", str(flat), "--tz", "Europe/Oslo",
    )  # fmt: skip
    assert code == 0
    assert out == ""
    assert "hevy export hevy-basic.csv" in err
    log = neg.from_json(output.read_text(encoding="utf-8"), neg.TrainingLog)
    assert log.athlete is not None
    assert log.athlete.id == "ana"
    assert log.sessions[0].start is not None
    assert log.sessions[0].start.tzinfo is not None
    rows = flat.read_text(encoding="utf-8").splitlines()
    assert rows[0].startswith("date,")
    assert len(rows) == 1 + sum(len(session.sets) for session in log.sessions)


def test_import_with_an_unknown_time_zone_is_a_usage_error() -> None:
    assert_one_line_error(
        *run("import", str(EXPORTS / "hevy-basic.csv"), "--tz", "Mars/Olympus"), "Mars/Olympus"
    )


def test_import_with_an_unknown_unit_is_a_usage_error() -> None:
    assert_one_line_error(
        *run("import", str(EXPORTS / "strong-basic.csv"), "--unit", "stone"), "unknown unit"
    )


def test_import_of_a_missing_export(tmp_path: Path) -> None:
    assert_one_line_error(*run("import", str(tmp_path / "gone.csv")), "gone.csv: no such file")


def test_import_of_a_file_that_is_not_an_export(tmp_path: Path) -> None:
    path = tmp_path / "notes.csv"
    path.write_text("shopping,list\neggs,milk\n", encoding="utf-8")
    assert_one_line_error(*run("import", str(path)), "not a Strong, Hevy, FitNotes or JEFIT")


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_import_shows_progress_for_a_large_file_on_a_terminal(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(cli, "_PROGRESS_MIN_BYTES", 0)  # every file is large
    code, out, err = run("import", str(EXPORTS / "hevy-real.csv"), stderr=_Terminal())
    assert code == 0
    assert neg.from_json(out, neg.TrainingLog).sessions
    drawn = err.split("\r")
    assert any(part.startswith("importing hevy-real.csv: 100% (") for part in drawn)
    assert "MB)" in err
    # the display is wiped before the import report is printed
    assert err.rstrip("\n").split("\r")[-1].startswith("hevy export hevy-real.csv")


def test_no_progress_for_a_small_file_even_on_a_terminal() -> None:
    code, _, err = run("import", str(EXPORTS / "hevy-real.csv"), stderr=_Terminal())
    assert code == 0
    assert "importing" not in err


# -- report ----------------------------------------------------------------------------------------


def report_log() -> neg.TrainingLog:
    negative = overload.partner_assisted_negatives(CURL, athlete=VETERAN, setup=SETUP)
    working = neg.Set(BENCH, reps=8, load=neg.kg(70), tempo="3-0-1-0")
    untimed = neg.Set(BENCH, reps=5, load=neg.kg(80))
    return neg.TrainingLog(
        VETERAN,
        [
            neg.Session(DAY, sets=[working, untimed, negative], setup=SETUP),
            neg.Session(DAY + dt.timedelta(days=7), sets=[working]),
        ],
    )


def test_report_table_has_weeks_and_muscle_groups(tmp_path: Path) -> None:
    code, out, err = run("report", write(tmp_path / "log.json", report_log()))
    assert code == 0
    assert err == ""
    lines = out.splitlines()
    assert lines[0].split() == [
        "week", "of", "muscle", "group", "sets", "volume", "(as", "logged)", "eccentric",
        "share", "time", "under", "tension",
    ]  # fmt: skip
    assert "volume as logged: reps x the weight as the app wrote it" in out
    assert lines[1].startswith("2026-11-23  all")
    assert any(line.split()[:2] == ["biceps", "1"] for line in lines)
    assert any(line.startswith("2026-11-30  all") for line in lines)
    assert any(line.startswith("total") for line in lines)
    assert "1 of 4 sets have no tempo" in out


def test_report_json(tmp_path: Path) -> None:
    code, out, _ = run(
        "report", write(tmp_path / "log.json", report_log()), "--json", "--unit", "lb"
    )
    assert code == 0
    data = json.loads(out)
    assert data["schema"] == 1
    assert data["kind"] == "summary"
    assert data["unit"] == "lb"
    assert data["basis"] == "logged"
    assert data["sets"] == 4
    assert [week["start"] for week in data["weeks"]] == ["2026-11-23", "2026-11-30"]
    first = data["weeks"][0]["summary"]
    assert set(first["per_muscle"]) == {"biceps", "chest"}
    assert first["per_muscle"]["biceps"]["sets"] == 1
    # the partner helps on the lift
    assert first["per_muscle"]["biceps"]["eccentric_share"] > 0.5
    for key in ("volume", "eccentric_share", "time_under_tension", "sets_without_tempo"):
        assert key in data
        assert key in first
        assert key in first["per_muscle"]["chest"]
    kg_volume = neg.analysis.summarize(report_log()).volume
    assert data["volume"]["value"] == pytest.approx(kg_volume.to("lb").value)
    # the document reads back as the summary the library computes
    summary = neg.from_json(out, neg.analysis.Summary)
    assert summary == neg.analysis.summarize(report_log(), unit="lb", per_muscle=True)


def test_report_of_an_export(tmp_path: Path) -> None:
    code, out, err = run("report", str(EXPORTS / "hevy-basic.csv"))
    assert code == 0
    assert err.startswith("hevy export hevy-basic.csv")
    assert "week of" in out
    assert "chest" in out
    assert "have no tempo" in out


def test_report_of_an_export_without_its_unit() -> None:
    assert_one_line_error(*run("report", str(EXPORTS / "strong-basic.csv")), "--unit")


def test_report_of_a_document_without_sessions(athlete_json: str) -> None:
    assert_one_line_error(*run("report", athlete_json), "expected sessions")


# -- schema ----------------------------------------------------------------------------------------


def test_schema_list_ends_with_a_newline() -> None:
    code, out, _ = run("schema", "--list")
    assert code == 0
    assert out.endswith("training_log\n")
    assert out.splitlines() == sorted(neg.serialization.KINDS.values())


def test_schema_of_a_kind() -> None:
    code, out, _ = run("schema", "session")
    assert code == 0
    schema: dict[str, Any] = json.loads(out)
    assert schema["$schema"].startswith("https://json-schema.org/draft/2020-12")
    assert schema["properties"]["kind"]["const"] == "session"


def test_schema_defaults_to_the_training_log() -> None:
    code, out, _ = run("schema")
    assert code == 0
    assert json.loads(out)["properties"]["kind"]["const"] == "training_log"


def test_schema_with_a_plugin_progression() -> None:
    pytest.importorskip("negatives_wave", reason="pip install ./examples/plugin")
    code, out, _ = run("schema", "program", "--progression", "wave")
    assert code == 0
    assert "wave" in json.dumps(json.loads(out)["$defs"])
    code, plain, _ = run("schema", "program")
    assert "wave" not in plain


def test_schema_with_an_unknown_progression() -> None:
    assert_one_line_error(*run("schema", "program", "--progression", "nope"), "nope")


def test_schema_of_an_unknown_kind() -> None:
    assert_one_line_error(*run("schema", "workout"), "unknown document kind 'workout'")


# -- the installed script and python -m -----------------------------------------------------------


def _script() -> str | None:
    beside = Path(sys.executable).parent / "negatives"
    return str(beside) if beside.exists() else shutil.which("negatives")


def test_installed_console_script_runs_the_demo() -> None:
    script = _script()
    if script is None:
        pytest.skip("the negatives console script is not installed (pip install -e .)")
    result = subprocess.run(
        [script, "demo"], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "Partner-assisted negatives" in result.stdout
    assert result.stderr == ""


def test_python_dash_m_negatives_version() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "negatives", "--version"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"negatives {neg.__version__}"


# -- report: basis, period, unknowns ------------------------------------------------------------


def test_report_json_says_the_basis_and_unknown_time_under_tension_is_null(tmp_path: Path) -> None:
    untimed = neg.TrainingLog(
        None, [neg.Session(DAY, sets=[neg.Set(BENCH, reps=5, load=neg.kg(80))])]
    )
    path = write(tmp_path / "log.json", untimed)
    code, out, _ = run("report", path, "--json", "--basis", "external")
    assert code == 0
    data = json.loads(out)
    assert data["basis"] == "external"
    assert data["time_under_tension"] is None
    assert data["weeks"][0]["summary"]["time_under_tension"] is None
    code, out, _ = run("report", path)
    assert "unknown" in out.splitlines()[1]


def test_report_basis_external_counts_both_dumbbells_of_an_export() -> None:
    _, logged, _ = run("report", str(EXPORTS / "hevy-real.csv"), "--json")
    _, external, _ = run("report", str(EXPORTS / "hevy-real.csv"), "--json", "--basis", "external")
    as_logged = json.loads(logged)["volume"]["value"]
    whole = json.loads(external)["volume"]["value"]
    assert whole > as_logged  # the dumbbell lifts count both dumbbells
    code, out, _ = run("report", str(EXPORTS / "hevy-real.csv"), "--basis", "external")
    assert code == 0
    assert "volume (external)" in out.splitlines()[0]


def _weeks_log() -> neg.TrainingLog:
    item = neg.Set(BENCH, reps=5, load=neg.kg(80))
    days = [DAY + dt.timedelta(weeks=k) for k in range(6)]
    return neg.TrainingLog(None, [neg.Session(day, sets=[item]) for day in days])


@pytest.mark.parametrize(
    ("options", "weeks"),
    [
        ([], ["2026-11-23", "2026-11-30", "2026-12-07", "2026-12-14", "2026-12-21", "2026-12-28"]),
        (["--since", "2026-12-07"], ["2026-12-07", "2026-12-14", "2026-12-21", "2026-12-28"]),
        (["--until", "2026-11-30"], ["2026-11-23", "2026-11-30"]),
        (["--since", "2026-11-30", "--until", "2026-12-07"], ["2026-11-30", "2026-12-07"]),
        (["--last-weeks", "2"], ["2026-12-21", "2026-12-28"]),
        (["--last-weeks", "2", "--until", "2026-12-10"], ["2026-11-30", "2026-12-07"]),
        (["--last-weeks", "100"], None),
        (["--since", "2027-01-01"], []),
    ],
)
def test_report_period_options_choose_the_sessions(
    tmp_path: Path, options: list[str], weeks: list[str] | None
) -> None:
    path = write(tmp_path / "log.json", _weeks_log())
    code, out, _ = run("report", path, "--json", *options)
    assert code == 0
    data = json.loads(out)
    starts = [week["start"] for week in data.get("weeks", [])]  # left out when empty
    if weeks is None:
        assert len(starts) == 6
    else:
        assert starts == weeks
    assert data["sets"] == len(starts)
    if starts:
        assert data["first_day"] == starts[0]
    code, text, _ = run("report", path, *options)
    assert code == 0
    if options and starts:
        assert f"sessions, {starts[0]} to " in text or f"sessions, on {starts[0]}" in text
    elif options:
        assert "no session of the 6 read is within --since 2027-01-01" in text


@pytest.mark.parametrize(
    ("options", "fragment"),
    [
        (["--last-weeks", "0"], "--last-weeks must be 1 to 5200"),
        (["--last-weeks", "9" * 50], "--last-weeks must be 1 to 5200, got 999999999999..."),
        (["--last-weeks", "2", "--since", "2026-12-01"], "not both"),
        (["--since", "2026-12-09", "--until", "2026-12-01"], "is after --until"),
        (["--since", "yesterday"], "not a date"),
        (["--basis", "app"], "invalid choice"),
    ],
)
def test_report_period_options_are_checked(
    tmp_path: Path, options: list[str], fragment: str
) -> None:
    path = write(tmp_path / "log.json", _weeks_log())
    assert_one_line_error(*run("report", path, *options), fragment)


# -- check reads app exports as report does --------------------------------------------------


def test_check_reads_an_app_export_like_report() -> None:
    code, out, err = run("check", str(EXPORTS / "hevy-basic.csv"))
    assert code in (0, 1)
    assert out.startswith("standard policy")
    assert err.startswith("hevy export hevy-basic.csv")


def test_check_of_an_export_without_its_unit_names_the_option() -> None:
    assert_one_line_error(*run("check", str(EXPORTS / "strong-basic.csv")), "--unit")
    code, out, _ = run("check", str(EXPORTS / "strong-basic.csv"), "--unit", "kg", "--json")
    assert code in (0, 1)
    assert json.loads(out)["kind"] == "report"


def test_check_takes_an_export_as_history(tmp_path: Path) -> None:
    path = write(tmp_path / "session.json", risky_session())
    code, _, err = run(
        "check", path, "--history", str(EXPORTS / "hevy-basic.csv"), "--format", "hevy"
    )
    assert code == 1
    assert "hevy export" in err


def test_an_export_without_a_csv_suffix_is_recognised_by_its_content(tmp_path: Path) -> None:
    target = tmp_path / "export.dat"
    shutil.copy(EXPORTS / "hevy-basic.csv", target)
    code, out, _ = run("report", str(target))
    assert code == 0
    assert "week of" in out
    document = tmp_path / "log.dat"
    document.write_text(neg.to_json(clean_log()), encoding="utf-8")
    assert run("report", str(document))[0] == 0


def test_an_internal_error_is_one_line_with_its_own_status(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("something the program did not expect")

    monkeypatch.setattr(cli, "_demo", broken)
    monkeypatch.setitem(cli._COMMANDS, "demo", broken)
    code, out, err = run("demo")
    assert code == 70
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith("negatives: internal error: RuntimeError: something")
    assert "please report it" in err
    with pytest.raises(RuntimeError):
        cli.main(["demo", "--debug"], stdout=io.StringIO(), stderr=io.StringIO())


def test_a_flood_of_problems_is_one_line_with_the_count(tmp_path: Path) -> None:
    document = {
        "schema": 1,
        "kind": "training_log",
        "athlete": None,
        "sessions": [{"sets": []}] * 5000,
    }
    path = tmp_path / "log.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    code, out, err = run("check", str(path))
    assert_one_line_error(code, out, err, "5,000 problems:", "$.sessions[0].date", "and 4,995 more")
    assert len(err) < 600


def test_report_notes_say_what_is_unknown(tmp_path: Path) -> None:
    pull_up = catalog.lookup("pull-up")
    custom = neg.Exercise("custom-sled", "Sled", muscles=())
    negative = neg.Set(CURL, reps=5, load=neg.kg(50), method="partner_assisted")
    sets = [
        negative,
        neg.Set(pull_up, reps=5, load=neg.kg(0)),
        neg.Set(custom, reps=10, load=neg.kg(40)),
    ]
    path = write(tmp_path / "log.json", neg.TrainingLog(None, [neg.Session(DAY, sets=sets)]))
    code, out, _ = run("report", path, "--basis", "resistance")
    assert code == 0
    assert "volume (resistance)" in out
    assert "1 sets had help that was not measured" in out
    assert "1 bodyweight-exercise sets counted without the bodyweight" in out
    assert "1 sets are of exercises with no known muscle groups" in out
    assert "volume of the resistance: reps x the external load plus the bodyweight share" in out


def test_an_empty_file_name_is_a_usage_error() -> None:
    assert_one_line_error(*run("report", ""), "a file name cannot be empty")

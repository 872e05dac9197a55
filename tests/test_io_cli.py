"""`negatives import`: your names, the date format, the unmapped list, merging, bad input."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

import negatives as neg
from negatives import cli

EXPORTS = Path(__file__).parent / "data" / "exports"
STRONG_HEADER = (
    "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,"
    "Workout Notes,RPE"
)


def run(*argv: str, stderr: io.StringIO | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), stderr if stderr is not None else io.StringIO()
    code = cli.main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def export(tmp_path: Path) -> Path:
    path = tmp_path / "log.csv"
    path.write_text(
        "\n".join(
            [
                STRONG_HEADER,
                "03/04/2024 10:30,Push,1h,Cable Kickback,1,15,12,0,0,,,",
                "03/04/2024 10:30,Push,1h,Cable Kickback,2,15,12,0,0,,,",
                "03/04/2024 10:30,Push,1h,Zercher Carry,1,60,5,0,0,,,",
                "05/04/2024 10:30,Legs,1h,Barbell Squat,1,100,5,0,0,,,",
                "03/04/2024 10:30,Push,1h,Cable Kickback,3,15,10,0,0,,,",
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    return path


def test_import_needs_the_date_format_when_the_file_does_not_settle_it(export: Path) -> None:
    code, out, err = run("import", str(export), "--unit", "kg")
    assert (code, out) == (2, "")
    assert "date_format='dmy'" in err
    assert "--date-format" in err


def test_import_with_names_date_format_and_merging(export: Path, tmp_path: Path) -> None:
    names = tmp_path / "names.toml"
    names.write_text('"Cable Kickback" = "cable-triceps-kickback"\n', encoding="utf-8")
    code, out, err = run(
        "import", str(export), "--unit", "kg", "--date-format", "dmy", "--names", str(names)
    )
    assert code == 0
    log = neg.from_json(out, neg.TrainingLog)
    push, legs = log.sessions
    assert push.date.isoformat() == "2024-04-03"
    assert [s.exercise.id for s in push.sets][:2] == [
        "cable-triceps-kickback",
        "cable-triceps-kickback",
    ]
    assert len(push.sets) == 4  # the row apart from its workout is merged into it
    assert legs.date.isoformat() == "2024-04-05"
    assert "numeric dates read as day/month/year" in err
    assert "merged into one session" in err


def test_import_unmapped_lists_names_with_sets_and_candidates(export: Path, tmp_path: Path) -> None:
    target = tmp_path / "log.json"
    code, out, _ = run(
        "import", str(export), "--unit", "kg", "--date-format", "mdy", "--unmapped", "-o",
        str(target),
    )  # fmt: skip
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("exercise names not mapped")
    assert lines[1].startswith("  Cable Kickback (3 sets): 'Cable Kickback' could be")
    assert "cable-triceps-kickback" in lines[1]
    assert lines[2].startswith("  Zercher Carry (1 set)")
    assert neg.from_json(target.read_text(encoding="utf-8"), neg.TrainingLog).sessions
    code, out, _ = run("import", str(EXPORTS / "strong-real.csv"), "--unit", "lb", "--unmapped")
    assert (code, out) == (0, "every exercise name was mapped to a catalog exercise\n")


def test_import_of_a_bad_names_file_is_a_one_line_error(export: Path, tmp_path: Path) -> None:
    names = tmp_path / "names.toml"
    names.write_text('"Cable Kickback" = "zumba-class"\n', encoding="utf-8")
    code, out, err = run(
        "import", str(export), "--unit", "kg", "--date-format", "dmy", "--names", str(names)
    )
    assert (code, out) == (2, "")
    assert err.startswith(
        'negatives: error: names file names.toml: "Cable Kickback": no exercise has the id '
        "'zumba-class'"
    )
    assert err.count("\n") == 1


def test_import_reads_its_own_csv_back(tmp_path: Path) -> None:
    flat = tmp_path / "sets.csv"
    code, json_text, _ = run(
        "import", str(EXPORTS / "hevy-real.csv"), "--tz", "Europe/Berlin", "--csv", str(flat)
    )
    assert code == 0
    code, again, err = run("import", str(flat))
    assert code == 0
    assert err.startswith("negatives export sets.csv: 22 rows read, 22 imported")
    assert neg.from_json(again, neg.TrainingLog) == neg.from_json(json_text, neg.TrainingLog)


def test_a_mac_csv_and_a_bare_carriage_return_in_the_header(tmp_path: Path) -> None:
    mac = tmp_path / "mac.csv"
    mac.write_bytes((EXPORTS / "strong-basic.csv").read_bytes().replace(b"\n", b"\r"))
    code, _, err = run("import", str(mac), "--unit", "kg")
    assert code == 0
    assert "6 rows read, 6 imported" in err
    broken = tmp_path / "broken.csv"
    broken.write_bytes(b"Date,Exercise\rName\n")
    code, out, err = run("import", str(broken))
    assert (code, out) == (2, "")
    assert "not a Strong, Hevy, FitNotes or JEFIT export" in err
    assert "Traceback" not in err


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_on_a_terminal_while_the_whole_file_is_read(
    monkeypatch: pytest.MonkeyPatch, export: Path
) -> None:
    monkeypatch.setattr(cli, "_PROGRESS_MIN_BYTES", 0)
    code, out, err = run(
        "import", str(export), "--unit", "kg", "--date-format", "dmy", stderr=_Terminal()
    )
    assert code == 0
    assert any(part.startswith("importing log.csv: 100% (") for part in err.split("\r"))
    assert len(neg.from_json(out, neg.TrainingLog).sessions) == 2

"""``negatives catalog search`` and ``negatives catalog show``."""

from __future__ import annotations

import io
import json
from pathlib import Path

from negatives import cli


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_search_says_how_a_name_is_read_and_lists_matches() -> None:
    code, out, err = run("catalog", "search", "Bicep Curl (Cable)")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].startswith("'Bicep Curl (Cable)': ")
    assert lines[1].split() == ["cable-curl", "Cable", "Curl", "[biceps]", "cable"]


def test_search_by_words_lists_every_exercise_containing_them() -> None:
    code, out, _ = run("catalog", "search", "lateral", "raise", "--limit", "3")
    assert code == 0
    assert len(out.splitlines()) == 4  # the reading, then three matches


def test_search_lists_the_candidates_of_an_ambiguous_name() -> None:
    code, out, _ = run("catalog", "search", "Cable Kickback")
    assert code == 0
    assert ": ambiguous: " in out.splitlines()[0]
    assert {line.split()[0] for line in out.splitlines()[1:]} >= {
        "cable-triceps-kickback",
        "glute-kickback",
    }


def test_a_search_that_finds_nothing_exits_1() -> None:
    code, out, err = run("catalog", "search", "Intensity")
    assert (code, err) == (1, "")
    assert out.startswith("'Intensity': unknown: no exercise recognised")
    code, out, _ = run("catalog", "search", "Treadmill", "--json")
    assert code == 0  # the old treadmill entry is still found by name
    assert json.loads(out)["resolution"]["kind"] == "cardio"


def test_search_as_json() -> None:
    code, out, _ = run("catalog", "search", "Lat Pulldown (Pulley)", "--json")
    assert code == 0
    document = json.loads(out)
    assert document["query"] == "Lat Pulldown (Pulley)"
    assert document["resolution"]["exercise"] == "lat-pulldown"
    assert document["matches"][0] == {
        "id": "lat-pulldown",
        "name": "Lat Pulldown",
        "muscles": ["lats"],
        "secondary_muscles": ["biceps", "upper_back"],
        "equipment": "cable",
    }


def test_show_prints_one_exercise_in_full() -> None:
    code, out, _ = run("catalog", "show", "bench-press")
    assert code == 0
    fields = dict(line.split(":", 1) for line in out.splitlines())
    assert fields["id"].strip() == "bench-press"
    assert fields["ecc"].strip() == "con:     1.24"  # "ecc:con:" splits at the first colon
    assert fields["risk"].strip() == "high"
    assert "Kelly" in fields["notes"]


def test_show_a_derived_exercise_and_as_json() -> None:
    code, out, _ = run("catalog", "show", "Single Arm Lat Pulldown", "--json")
    assert code == 0
    document = json.loads(out)
    assert document["exercise"]["id"] == "lat-pulldown-one-arm"
    assert document["notes"].startswith("not a catalog entry: read as Lat Pulldown")


def test_show_refuses_an_ambiguous_or_unknown_name_in_one_line() -> None:
    code, out, err = run("catalog", "show", "Press")
    assert (code, out) == (2, "")
    assert err.startswith("negatives: error: ambiguous exercise 'Press': it could be ")
    assert err.count("\n") == 1


def test_a_names_file_is_read_first(tmp_path: Path) -> None:
    names = tmp_path / "names.toml"
    names.write_text('"Bench press Backup" = "bench-press"\n', encoding="utf-8")
    code, out, _ = run("catalog", "show", "Bench press Backup", "--names", str(names))
    assert code == 0
    assert "bench-press" in out.splitlines()[0]
    names.write_text('"Bench press Backup" = "bench-pres"\n', encoding="utf-8")
    code, out, err = run("catalog", "search", "x", "--names", str(names))
    assert code == 2
    assert "no exercise has the id 'bench-pres'; did you mean 'bench-press'?" in err


def test_an_unknown_action_is_a_usage_error() -> None:
    code, out, err = run("catalog", "list", "x")
    assert (code, out) == (2, "")
    assert "invalid choice: 'list'" in err

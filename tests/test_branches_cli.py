"""Branches of the command line that the other tests leave out (coverage gate)."""

import datetime as dt
import io
from pathlib import Path

import pytest

from negatives import cli
from negatives.cli import _iso_dates, _Progress, _template_value, _UsageError
from negatives.serialization import DEFAULT_MAX_BYTES

EXPORTS = Path(__file__).parent / "data" / "exports"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_toml_dates_inside_lists_become_iso_text() -> None:
    data = {"days": [dt.date(2026, 11, 23), {"at": dt.time(7, 30)}], "n": 1}
    assert _iso_dates(data) == {"days": ["2026-11-23", {"at": "07:30:00"}], "n": 1}


def test_a_document_larger_than_the_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    with big.open("wb") as handle:
        handle.truncate(DEFAULT_MAX_BYTES + 1)  # sparse: nothing is written
    code, out, err = run("check", str(big))
    assert code == 2
    assert out == ""
    assert f"{big}: larger than" in err
    assert "MiB" in err


def test_template_parameters_are_read_by_their_kind() -> None:
    assert _template_value("start", "date", "2026-11-23") == dt.date(2026, 11, 23)
    assert _template_value("days", "days", "1,4") == (1, 4)
    exercises = _template_value("exercises", "exercises", "barbell-curl, ,bench-press")
    assert isinstance(exercises, tuple)
    assert [e.id for e in exercises] == ["barbell-curl", "bench-press"]
    assert _template_value("note", "text", "as is") == "as is"
    with pytest.raises(_UsageError, match="--param start: "):
        _template_value("start", "date", "next tuesday")


def test_a_progress_line_never_shown_is_not_cleared() -> None:
    stream = io.StringIO()
    _Progress(stream, "log.csv", 100).close()
    assert stream.getvalue() == ""
    shown = _Progress(stream, "log.csv", 100)
    shown.update(50)
    shown.close()
    assert stream.getvalue().endswith("\r")
    assert "importing log.csv:  50%" in stream.getvalue()


def test_the_html_report_written_to_stdout_prints_no_note() -> None:
    code, out, err = run("report", str(EXPORTS / "hevy-real.csv"), "--html", "-")
    assert code == 0, err
    assert out.lstrip().lower().startswith("<!doctype html>")
    assert "wrote" not in err

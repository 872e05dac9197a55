"""Fuzz every importer with mutated real exports (Strong, Hevy, FitNotes, JEFIT, negatives CSV).

A mutated export either imports, with every data row accounted for (imported, skipped with a
reason, or structural) and sessions that round-trip through JSON, or raises a
`negatives.ParseError` that names the file. Never any other exception. Both `read_export`
and the streaming `iter_export` are fuzzed, from a path, a binary stream and a text stream.
"""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

import negatives as neg
from negatives.io import FORMATS, ImportReport, iter_export, read_export

from . import _corpus
from ._mutate import mutate_bytes

FUZZ = settings(
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

_ZONES = [None, "Europe/Oslo", "UTC", "America/New_York", "Asia/Kolkata"]
_DATE_FORMATS = [None, "dmy", "mdy", "%d.%m.%Y %H:%M", "%Y-%m-%d %H:%M:%S"]
_NAMES = [None, {"Bench Press (Barbell)": "back-squat", "Squat": "bench-press"}]


@st.composite
def imports(draw: st.DrawFn) -> tuple[str, bytes, dict[str, object]]:
    """A mutated sample export and the options it is read with."""
    name, fmt, data = draw(st.sampled_from(_corpus.samples()))
    if draw(st.integers(0, 2)) and b"\n" in data:
        # Most often the header is kept, so that mutations reach the rows' parsers.
        header, _, rows = data.partition(b"\n")
        mutated = header + b"\n" + mutate_bytes(draw, rows)
    else:
        mutated = mutate_bytes(draw, data)
    # Mostly the options the sample reads with, so that most mutations are read deep into the
    # file; sometimes another format, unit or date format (refused early, or read otherwise).
    usual = draw(st.integers(0, 3)) > 0
    unit = _corpus.UNITS.get(name)
    options: dict[str, object] = {
        "format": draw(st.sampled_from([None, fmt])) if usual else draw(st.sampled_from(FORMATS)),
        "unit": unit if usual else draw(st.sampled_from([unit, None, "kg", "lb"])),
        "tz": draw(st.sampled_from(_ZONES)),
        "date_format": None if usual else draw(st.sampled_from(_DATE_FORMATS)),
        "names": draw(st.sampled_from(_NAMES)),
    }
    return name, mutated, options


def check_result(sessions: tuple[neg.Session, ...], report: ImportReport, size: int) -> None:
    """The invariants of a finished import."""
    assert _corpus.balanced(report), report
    assert report.sessions_imported == len(sessions)
    assert report.sets_imported == sum(len(s.sets) for s in sessions)
    assert report.rows_imported <= report.rows_read
    assert report.format in FORMATS
    for skipped in report.skipped:
        assert skipped.row >= 1
        assert skipped.reason.strip()
    for structural in report.structural:
        assert structural.row >= 1
        assert structural.what.strip()
    assert report.rows_read <= size + 1  # a row takes at least one byte (or is the last line)
    log = neg.TrainingLog(None, sessions)
    assert neg.from_json(neg.to_json(log), neg.TrainingLog) == log
    report.text()  # the report can be shown


def check_error(error: neg.ParseError, label: str) -> None:
    """A data error names the file (or ``<stream>``) it was read from."""
    message = str(error)
    assert message.strip()
    assert label in message, (label, message)


@FUZZ
@given(imports(), st.sampled_from(["path", "bytes", "text"]), st.booleans())
def test_a_mutated_export_imports_with_every_row_accounted_for_or_fails_with_a_parse_error(
    case: tuple[str, bytes, dict[str, object]], source: str, stream: bool
) -> None:
    name, data, options = case
    with tempfile.TemporaryDirectory() as folder:
        label = "<stream>"
        if source == "path":
            path = Path(folder) / name
            path.write_bytes(data)
            opened: Path | io.BytesIO | io.StringIO = path
            label = name
        elif source == "bytes":
            opened = io.BytesIO(data)
        else:
            try:
                opened = io.StringIO(data.decode("utf-8"), newline="")
            except UnicodeDecodeError:
                opened = io.BytesIO(data)
        try:
            if stream:
                with iter_export(opened, **options) as reader:  # type: ignore[arg-type]
                    sessions = tuple(reader)
                    report = reader.report
            else:
                result = read_export(opened, **options)  # type: ignore[arg-type]
                sessions, report = result.sessions, result.report
        except neg.ParseError as error:
            check_error(error, label)
            event("refused")
            return
    check_result(sessions, report, len(data))
    event("imported, all rows" if report.complete else "imported, rows skipped")


def test_every_format_has_samples() -> None:
    assert {fmt for _, fmt, _ in _corpus.samples()} == set(FORMATS)


def test_the_unmutated_samples_import_completely_balanced() -> None:
    for name, fmt, data in _corpus.samples():
        result = read_export(io.BytesIO(data), unit=_corpus.UNITS.get(name), tz="Europe/Oslo")
        assert result.report.format == fmt
        check_result(result.sessions, result.report, len(data))

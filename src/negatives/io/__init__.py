"""Reading app exports into sessions, and writing sessions out.

`read_export` reads a Strong, Hevy, FitNotes or JEFIT CSV export (or a CSV written by
`write_csv`) into `negatives.Session` objects and an `ImportReport` that accounts for every
row (imported, skipped with the reason, or structural); `iter_export` does the same one session
at a time. `write_json` and `write_csv` write a training log out; `set_records` gives the CSV's
rows as typed records, `rep_records` one record per repetition (the DataFrames of
`negatives.frame` are built on both).

Nothing is invented: an export without a unit needs ``unit=``; a time without an offset stays
local (``extra["start_local"]``) unless ``tz=`` says where it was; numeric dates whose
day/month order the file does not settle need ``date_format=``; sets have no tempo unless the
export states one; exercise names not in the catalog become custom exercises listed in the
report; a value written twice that disagrees with itself skips its row.

Errors: bad *data* (a file that is not an export, an unreadable row, an option's unknown value)
raises a `negatives.ParseError` naming the file and line, or becomes a skipped row in the
report; a *programming* error (an argument of the wrong type, a closed file) raises
`TypeError` naming the argument.
"""

from __future__ import annotations

from ._import import ExportReader, iter_export, read_export
from ._reader import DEFAULT_MAX_BYTES, FORMATS, ExportSource
from ._report import Duplicate, ImportReport, ImportResult, SkippedRow, StructuralRow, Unmapped
from .writers import (
    CSV_COLUMNS,
    REP_COLUMNS,
    escape_cell,
    rep_records,
    set_records,
    unescape_cell,
    write_csv,
    write_json,
)

__all__ = [
    "CSV_COLUMNS",
    "DEFAULT_MAX_BYTES",
    "FORMATS",
    "REP_COLUMNS",
    "Duplicate",
    "ExportReader",
    "ExportSource",
    "ImportReport",
    "ImportResult",
    "SkippedRow",
    "StructuralRow",
    "Unmapped",
    "escape_cell",
    "iter_export",
    "read_export",
    "rep_records",
    "set_records",
    "unescape_cell",
    "write_csv",
    "write_json",
]

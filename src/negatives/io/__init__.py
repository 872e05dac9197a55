"""Reading app exports into sessions, and writing sessions out.

`read_export` reads a Strong, Hevy, FitNotes or JEFIT CSV export into `negatives.Session`
objects and an `ImportReport` that accounts for every row (imported, skipped with the reason,
or structural); `iter_export` does the same one session at a time. `write_json` and
`write_csv` write a training log out.

Nothing is invented: an export without a unit needs ``unit=``; a time without an offset stays
local (``extra["start_local"]``) unless ``tz=`` says where it was; sets have no tempo unless the
export states one; exercise names not in the catalog become custom exercises listed in the report.
"""

from __future__ import annotations

from ._reader import (
    DEFAULT_MAX_BYTES,
    FORMATS,
    ExportReader,
    ExportSource,
    iter_export,
    read_export,
)
from ._report import ImportReport, ImportResult, SkippedRow, StructuralRow
from .writers import CSV_COLUMNS, escape_cell, write_csv, write_json

__all__ = [
    "CSV_COLUMNS",
    "DEFAULT_MAX_BYTES",
    "FORMATS",
    "ExportReader",
    "ExportSource",
    "ImportReport",
    "ImportResult",
    "SkippedRow",
    "StructuralRow",
    "escape_cell",
    "iter_export",
    "read_export",
    "write_csv",
    "write_json",
]

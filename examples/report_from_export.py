"""Import a workout app's export and build the HTML report a coach opens.

By default it reads the real Strong export in the repository's test data (Strong writes pounds
without saying so, hence ``unit="lb"``); pass your own: ``python examples/report_from_export.py
my-export.csv --unit kg``. It writes ``training-report.html`` in the current directory: open it
in any browser (no internet needed, no script runs).
"""

import argparse
from pathlib import Path

import negatives as neg
from negatives import io

SAMPLE = Path(__file__).resolve().parent.parent / "tests" / "data" / "exports" / "strong-real.csv"

parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
parser.add_argument(
    "export", nargs="?", default=str(SAMPLE), help="a Strong/Hevy/FitNotes/JEFIT CSV"
)
parser.add_argument("--unit", default="lb", help="the unit of the export's weights (kg or lb)")
parser.add_argument("--out", default="training-report.html", help="where to write the report")
args = parser.parse_args()

# --8<-- [start:import]
result = io.read_export(args.export, unit=args.unit)
print(result.report.text())  # every row accounted for: imported, skipped (and why), structural
sessions = result.sessions
# --8<-- [end:import]

# --8<-- [start:report]
summary = neg.analysis.summarize(sessions, unit=args.unit)
print(
    f"{len(sessions)} sessions, {summary.sets} sets, volume load {summary.volume.value:,.0f} "
    f"{summary.unit.value}"
)

page = neg.reporting.html(sessions, title="Training report: Strong export")
Path(args.out).write_text(page, encoding="utf-8")
print(f"wrote {args.out} ({len(page):,} characters, {page.count('<svg')} charts)")
# --8<-- [end:report]

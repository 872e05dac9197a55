"""How much of real workout logs the exercise catalog maps, and how fast it does it.

Reads the real-name corpus (``tests/data/names/*.tsv``: every exercise name of nine public
Strong, Hevy and FitNotes exports with its number of sets) and the hand-labelled names
(``tests/data/labelled-names.tsv``), and prints, as Markdown:

* per export: sets, distinct names, the share of sets mapped to an exercise with muscle
  groups (cardio and stretching count as not mapped), the same share without cardio and
  stretching, and the names left unmapped with their set counts;
* the labelled-name check: names mapped, and names whose primary muscles are wrong;
* the catalog's size; with ``--timings``, the time to import ``negatives.catalog``, to build the
  built-in catalog and to resolve every corpus name (best of several runs).

Usage::

    python benchmarks/catalog_coverage.py                 # print the tables
    python benchmarks/catalog_coverage.py --timings       # and the timings
    python benchmarks/catalog_coverage.py --write docs/guide/import-your-logs.md

``--write`` replaces the text between ``<!-- catalog-coverage:start -->`` and
``<!-- catalog-coverage:end -->`` in that file, so the docs can be regenerated.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from negatives import catalog

ROOT = Path(__file__).resolve().parent.parent
NAMES = ROOT / "tests" / "data" / "names"
LABELS = ROOT / "tests" / "data" / "labelled-names.tsv"
START, END = "<!-- catalog-coverage:start -->", "<!-- catalog-coverage:end -->"


def corpus(directory: Path) -> dict[str, Counter[str]]:
    """Every export's names and set counts."""
    files: dict[str, Counter[str]] = {}
    for path in sorted(directory.glob("*.tsv")):
        counts: Counter[str] = Counter()
        for line in path.read_text(encoding="utf-8").splitlines()[1:]:
            name, _, sets = line.rpartition("\t")
            counts[name] += int(sets)
        files[path.stem] = counts
    return files


def mapped(name: str) -> bool:
    """The name resolves to an exercise with muscle groups."""
    exercise = catalog.resolve(name).exercise
    return exercise is not None and bool(exercise.muscles)


def activity(name: str) -> bool:
    """The name is cardio or stretching."""
    return catalog.resolve(name).kind in ("cardio", "stretch")


def coverage_table(files: dict[str, Counter[str]]) -> str:
    """The per-export table, in Markdown."""
    rows = [
        "| export | sets | names | mapped | cardio, stretching | mapped, without them "
        "| other names not mapped (sets) |",
        "| --- | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for export, counts in files.items():
        total = sum(counts.values())
        hit = sum(sets for name, sets in counts.items() if mapped(name))
        other = sum(sets for name, sets in counts.items() if activity(name))
        missed = [
            (sets, name) for name, sets in counts.items() if not mapped(name) and not activity(name)
        ]
        missed.sort(key=lambda item: (-item[0], item[1]))
        shown = ", ".join(f"`{name.strip()}` ({sets})" for sets, name in missed[:4])
        more = f" and {len(missed) - 4} more" if len(missed) > 4 else ""
        rows.append(
            f"| {export} | {total:,} | {len(counts)} | {hit / total:.1%} | {other:,} | "
            f"{hit / (total - other):.1%} | {shown or '—'}{more} |"
        )
    return "\n".join(rows)


def unmapped_list(files: dict[str, Counter[str]]) -> str:
    """Every name not mapped to an exercise with muscles, with its sets and why."""
    sets: Counter[str] = Counter()
    for counts in files.values():
        for name, count in counts.items():
            if not mapped(name):
                sets[name] += count
    lines = [
        "Every name not mapped to an exercise with muscle groups, with its sets in all exports:",
        "",
        "| name | sets | read as |",
        "| --- | ---: | --- |",
    ]
    for name, count in sorted(sets.items(), key=lambda item: (-item[1], item[0])):
        kind = catalog.resolve(name).kind
        lines.append(f"| `{name.strip()}` | {count} | {kind} |")
    return "\n".join(lines)


def label_check(path: Path) -> tuple[int, int, int, list[str]]:
    """(lifts and holds labelled, mapped, wrong, lines describing each wrong one)."""
    lines = path.read_text(encoding="utf-8").split("\n")
    header = lines[0].split("\t")
    labelled = hits = 0
    wrong: list[str] = []
    for line in lines[1:]:
        if not line:
            continue
        row = dict(zip(header, line.split("\t"), strict=True))
        if row["kind"] not in ("lift", "hold"):
            continue
        labelled += 1
        exercise = catalog.resolve(row["name"]).exercise
        if exercise is None or not exercise.muscles:
            continue
        hits += 1
        required = set(filter(None, row["required"].split(",")))
        allowed = required | set(filter(None, row["also_ok"].split(",")))
        primary = {m.value for m in exercise.muscles}
        if not required <= primary <= allowed:
            wrong.append(f"{row['name']!r} -> {exercise.id} {sorted(primary)}")
    return labelled, hits, len(wrong), wrong


def timings(files: dict[str, Counter[str]], runs: int = 7) -> str:
    """Import, build and resolve times (best of ``runs``), in Markdown."""
    from negatives.catalog._catalog import _builtin

    build = []
    resolve_all = []
    pairs = [name for counts in files.values() for name in counts]
    for _ in range(runs):
        start = time.perf_counter()
        fresh = _builtin.__wrapped__()
        build.append(time.perf_counter() - start)
        start = time.perf_counter()
        for name in pairs:
            fresh.resolve(name)
        resolve_all.append(time.perf_counter() - start)
    imports = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", "import negatives"],
            capture_output=True,
            text=True,
            check=True,
        ).stderr
        match = re.search(r"\|\s*(\d+)\s*\|\s+negatives\.catalog$", out, flags=re.M)
        if match:
            imports.append(int(match[1]) / 1e6)
    rows = [f"| step | best of {runs} |", "| --- | ---: |"]
    if imports:
        rows.append(
            f"| `negatives.catalog` during `import negatives` | {min(imports) * 1e3:.1f} ms |"
        )
    rows.append(f"| build the built-in catalog (first use) | {min(build) * 1e3:.0f} ms |")
    rows.append(
        f"| resolve the corpus's {len(pairs):,} names ({len(set(pairs))} distinct), "
        f"fresh catalog | {min(resolve_all) * 1e3:.0f} ms |"
    )
    return "\n".join(rows)


def report(names: Path, labels: Path, *, with_timings: bool) -> str:
    """The whole report, in Markdown."""
    files = corpus(names)
    builtin = catalog.Catalog.builtin()
    structure = builtin._reader.structure if builtin._reader is not None else None
    movements = len(structure.movements) if structure is not None else 0
    labelled, hits, wrong, _ = label_check(labels)
    parts = [
        coverage_table(files),
        "",
        f"Hand-labelled names ({labels.name}): {hits} of {labelled} lifts and holds mapped, "
        f"**{wrong} with a wrong primary muscle group**; every labelled cardio and stretching "
        "name is recognised as such.",
        "",
        f"The catalog: {movements} movements, {len(builtin)} exercises.",
    ]
    if with_timings:
        parts += ["", timings(files)]
    return "\n".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--names", type=Path, default=NAMES, help="directory of *.tsv files")
    parser.add_argument("--labels", type=Path, default=LABELS, help="labelled-names.tsv")
    parser.add_argument("--timings", action="store_true", help="measure import/build/resolve")
    parser.add_argument("--unmapped", action="store_true", help="list every unmapped name")
    parser.add_argument("--write", type=Path, help="replace the marked section of this file")
    args = parser.parse_args()
    text = report(args.names, args.labels, with_timings=args.timings)
    if args.unmapped:
        text += "\n\n" + unmapped_list(corpus(args.names))
    if args.write is None:
        print(text)
        return
    page = args.write.read_text(encoding="utf-8")
    if START not in page or END not in page:
        raise SystemExit(f"{args.write}: no {START} ... {END} section to replace")
    before, rest = page.split(START, 1)
    _, after = rest.split(END, 1)
    args.write.write_text(f"{before}{START}\n{text}\n{END}{after}", encoding="utf-8")
    print(f"wrote {args.write}")


if __name__ == "__main__":
    main()

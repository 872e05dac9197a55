"""What an import did: every row accounted for as imported, skipped or structural."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping

import attrs

from .._frozen import FrozenDict, freeze
from ..model import Session
from ..units import Unit

__all__ = ["Duplicate", "ImportReport", "ImportResult", "SkippedRow", "StructuralRow", "Unmapped"]

#: At most this many notes are kept in a report; further ones are counted, not listed.
MAX_NOTES = 100


@attrs.frozen
class SkippedRow:
    """A data row that was not imported, and why.

    Attributes:
        row: the line in the file where the row starts (the header is line 1).
        reason: what was wrong, in words a coach can act on.
    """

    row: int
    reason: str

    def __str__(self) -> str:
        return f"row {self.row}: {self.reason}"


@attrs.frozen
class StructuralRow:
    """A line that carries no set by design: a rest timer, a section marker, a blank line.

    Attributes:
        row: the line in the file.
        what: what the line is.
    """

    row: int
    what: str

    def __str__(self) -> str:
        return f"row {self.row}: {self.what}"


@attrs.frozen
class Duplicate:
    """A workout the file holds more than once (an export joined to itself, overlapping exports).

    The repeat's rows are skipped, each with a reason pointing at the rows kept.

    Attributes:
        rows: the first and last line of the repeat.
        of: the first and last line of the workout kept.
        session: the workout's name.
        date: its day.
        sets: the sets the repeat holds (all equal to those kept).
    """

    rows: tuple[int, int]
    of: tuple[int, int]
    session: str
    date: dt.date
    sets: int

    def __str__(self) -> str:
        name = f"{self.session!r} of " if self.session else ""
        return (
            f"rows {self.rows[0]}-{self.rows[1]} repeat rows {self.of[0]}-{self.of[1]} "
            f"({name}{self.date.isoformat()}, {self.sets} sets)"
        )


@attrs.frozen
class Unmapped:
    """An exercise name nothing mapped: it was imported as a custom exercise.

    Attributes:
        name: the name as the file writes it.
        id: the custom exercise's id (``custom-...``).
        sets: the sets imported under it.
        candidates: exercise ids it could mean (when ambiguous) or that are close (when
            unknown); empty when nothing is close.
        reason: why it is unmapped (``"not in the catalog"``, ``"ambiguous: ..."``).
    """

    name: str
    id: str
    sets: int
    candidates: tuple[str, ...] = ()
    reason: str = "not in the catalog"

    def __str__(self) -> str:
        # The catalog's reason for an ambiguous name lists its candidates already.
        listed = all(repr(id_) in self.reason for id_ in self.candidates)
        hint = f"; did you mean {', '.join(self.candidates)}?" if not listed else ""
        plural = "" if self.sets == 1 else "s"
        return f"{self.name} ({self.sets} set{plural}): {self.reason}{hint}"


def _skipped(value: Iterable[SkippedRow]) -> tuple[SkippedRow, ...]:
    return tuple(value)


def _structural(value: Iterable[StructuralRow]) -> tuple[StructuralRow, ...]:
    return tuple(value)


def _duplicates(value: Iterable[Duplicate]) -> tuple[Duplicate, ...]:
    return tuple(value)


def _unmapped(value: Iterable[Unmapped]) -> tuple[Unmapped, ...]:
    return tuple(value)


def _texts(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _sessions(value: Iterable[Session]) -> tuple[Session, ...]:
    return tuple(value)


def _freeze(value: Mapping[str, str]) -> FrozenDict[str, str]:
    return freeze(value)


@attrs.frozen(kw_only=True)
class ImportReport:
    """The account of an import: ``rows_read == rows_imported + len(skipped) + len(structural)``.

    A row of a repeated workout (see ``duplicates``) is a skipped row, its reason pointing at
    the rows kept: it was read and not imported.

    Attributes:
        format: the export format (``"strong"``, ``"hevy"``, ``"fitnotes"`` or ``"jefit"``).
        file: the file's name, when the source had one.
        unit: the unit loads were read in, when the file has a single one; ``None`` when it
            changes from row to row (see ``mixed_units``) or no load was read.
        mixed_units: whether loads were read in both kg and lb (each row saying which).
        rows_read: data rows read (not counting the header line).
        rows_imported: rows that became (part of) a set or a session.
        sets_imported: sets imported (a JEFIT row holds several).
        sessions_imported: sessions imported.
        skipped: the rows not imported, each with its line and the reason.
        structural: the lines that carry no set by design (rest timers, section markers).
        duplicates: workouts the file holds more than once; their repeats are skipped.
        unmapped_exercises: exercise names not found in the catalog; they were imported as
            custom exercises (id ``custom-...``, no muscle groups).
        unmapped: the same names with their set counts and the exercises they may mean,
            most sets first.
        exercises: every exercise name of the file and the id it was imported as.
        date_format: the day/month order (``"dmy"``, ``"mdy"``) or the strptime pattern that
            numeric dates were read with; ``None`` when the file has none.
        notes: what was kept differently from how the file wrote it (a value outside its
            range kept as text in ``extra``, a set type whose meaning the app does not
            document), at most `MAX_NOTES`.
        notes_omitted: further notes that were counted but not listed.
    """

    format: str
    file: str | None = None
    unit: Unit | None = None
    mixed_units: bool = False
    rows_read: int = 0
    rows_imported: int = 0
    sets_imported: int = 0
    sessions_imported: int = 0
    skipped: tuple[SkippedRow, ...] = attrs.field(default=(), converter=_skipped)
    structural: tuple[StructuralRow, ...] = attrs.field(default=(), converter=_structural)
    duplicates: tuple[Duplicate, ...] = attrs.field(default=(), converter=_duplicates)
    unmapped_exercises: tuple[str, ...] = attrs.field(default=(), converter=_texts)
    unmapped: tuple[Unmapped, ...] = attrs.field(default=(), converter=_unmapped)
    exercises: FrozenDict[str, str] = attrs.field(factory=FrozenDict, converter=_freeze)
    notes: tuple[str, ...] = attrs.field(default=(), converter=_texts)
    notes_omitted: int = 0
    date_format: str | None = None

    @property
    def complete(self) -> bool:
        """Whether every data row was imported (nothing skipped)."""
        return not self.skipped

    def text(self, *, limit: int = 20) -> str:
        """The report as lines a coach reads; at most ``limit`` skipped rows and notes listed.

        Examples:
            >>> print(ImportReport(format="strong", file="log.csv", rows_read=3, rows_imported=2,
            ...                    sets_imported=2, sessions_imported=1,
            ...                    skipped=[SkippedRow(4, "reps 'x' is not a number")]).text())
            ... # doctest: +NORMALIZE_WHITESPACE
            strong export log.csv: 3 rows read, 2 imported (2 sets in 1 session), 1 skipped,
            0 structural
            skipped:
              row 4: reps 'x' is not a number
        """
        name = f" {self.file}" if self.file else ""
        plural = "" if self.sessions_imported == 1 else "s"
        lines = [
            f"{self.format} export{name}: {self.rows_read} rows read, {self.rows_imported} "
            f"imported ({self.sets_imported} sets in {self.sessions_imported} session{plural}), "
            f"{len(self.skipped)} skipped, {len(self.structural)} structural"
        ]
        if self.unit is not None:
            lines.append(f"loads in {self.unit.value}")
        elif self.mixed_units:
            lines.append("loads in kg and lb, as each row says")
        if self.date_format in ("dmy", "mdy"):
            order = "day/month/year" if self.date_format == "dmy" else "month/day/year"
            lines.append(f"numeric dates read as {order}")
        elif self.date_format is not None:
            lines.append(f"dates read with date_format {self.date_format!r}")
        if self.unmapped_exercises:
            lines.append(
                "not in the catalog (imported as custom exercises): "
                + ", ".join(self.unmapped_exercises)
            )
        if self.duplicates:
            plural = "" if len(self.duplicates) == 1 else "s"
            lines.append(
                f"{len(self.duplicates)} repeated workout{plural} skipped (the file holds "
                "them more than once)"
            )

        def listed(title: str, items: list[str], more: int = 0) -> None:
            if not items:
                return
            lines.append(f"{title}:")
            lines.extend(f"  {item}" for item in items[:limit])
            rest = len(items) - min(len(items), limit) + more
            if rest:
                lines.append(f"  ... and {rest} more")

        listed("skipped", [str(s) for s in self.skipped])
        listed("duplicates", [str(d) for d in self.duplicates])
        listed("notes", list(self.notes), self.notes_omitted)
        return "\n".join(lines)


@attrs.frozen
class ImportResult:
    """The sessions of an export and the report of their import.

    Iterating over a result iterates over its sessions.
    """

    sessions: tuple[Session, ...] = attrs.field(converter=_sessions)
    report: ImportReport

    def __iter__(self) -> Iterator[Session]:
        return iter(self.sessions)

    def __len__(self) -> int:
        return len(self.sessions)


@attrs.define
class Tally:
    """The mutable counts behind a report, while an import runs."""

    format: str
    file: str | None
    rows_read: int = 0
    rows_imported: int = 0
    sets_imported: int = 0
    sessions_imported: int = 0
    skipped: list[SkippedRow] = attrs.Factory(list)
    structural: list[StructuralRow] = attrs.Factory(list)
    duplicates: list[Duplicate] = attrs.Factory(list)
    exercises: dict[str, str] = attrs.Factory(dict)
    unmapped: dict[str, Unmapped] = attrs.Factory(dict)
    set_counts: Counter[str] = attrs.Factory(Counter)
    units: set[Unit] = attrs.Factory(set)
    notes: list[str] = attrs.Factory(list)
    noted: set[str] = attrs.Factory(set)
    notes_omitted: int = 0
    date_format: str | None = None

    def skip(self, row: int, reason: str) -> None:
        self.skipped.append(SkippedRow(row, reason))

    def structure(self, row: int, what: str) -> None:
        self.structural.append(StructuralRow(row, what))

    def note(self, text: str, *, key: str | None = None) -> None:
        """Add a note once per ``key`` (default: the text itself)."""
        key = text if key is None else key
        if key in self.noted:
            return
        self.noted.add(key)
        if len(self.notes) < MAX_NOTES:
            self.notes.append(text)
        else:
            self.notes_omitted += 1

    def report(self) -> ImportReport:
        unit = next(iter(self.units)) if len(self.units) == 1 else None
        unmapped = sorted(
            (attrs.evolve(u, sets=self.set_counts[u.id]) for u in self.unmapped.values()),
            key=lambda u: -u.sets,
        )
        return ImportReport(
            format=self.format,
            file=self.file,
            unit=unit,
            mixed_units=len(self.units) > 1,
            rows_read=self.rows_read,
            rows_imported=self.rows_imported,
            sets_imported=self.sets_imported,
            sessions_imported=self.sessions_imported,
            skipped=sorted(self.skipped, key=lambda s: s.row),
            structural=list(self.structural),
            duplicates=list(self.duplicates),
            unmapped_exercises=list(self.unmapped),
            unmapped=unmapped,
            exercises=FrozenDict(self.exercises),
            notes=list(self.notes),
            notes_omitted=self.notes_omitted,
            date_format=self.date_format,
        )

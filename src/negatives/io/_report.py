"""What an import did: every row accounted for as imported, skipped or structural."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

import attrs

from .._frozen import FrozenDict, freeze
from ..model import Session
from ..units import Unit

__all__ = ["ImportReport", "ImportResult", "SkippedRow", "StructuralRow"]

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


def _skipped(value: Iterable[SkippedRow]) -> tuple[SkippedRow, ...]:
    return tuple(value)


def _structural(value: Iterable[StructuralRow]) -> tuple[StructuralRow, ...]:
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
        unmapped_exercises: exercise names not found in the catalog; they were imported as
            custom exercises (id ``custom-...``, no muscle groups).
        exercises: every exercise name of the file and the id it was imported as.
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
    unmapped_exercises: tuple[str, ...] = attrs.field(default=(), converter=_texts)
    exercises: FrozenDict[str, str] = attrs.field(factory=FrozenDict, converter=_freeze)
    notes: tuple[str, ...] = attrs.field(default=(), converter=_texts)
    notes_omitted: int = 0

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
        if self.unmapped_exercises:
            lines.append(
                "not in the catalog (imported as custom exercises): "
                + ", ".join(self.unmapped_exercises)
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
    exercises: dict[str, str] = attrs.Factory(dict)
    unmapped: list[str] = attrs.Factory(list)
    units: set[Unit] = attrs.Factory(set)
    notes: list[str] = attrs.Factory(list)
    noted: set[str] = attrs.Factory(set)
    notes_omitted: int = 0

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
            unmapped_exercises=list(self.unmapped),
            exercises=FrozenDict(self.exercises),
            notes=list(self.notes),
            notes_omitted=self.notes_omitted,
        )

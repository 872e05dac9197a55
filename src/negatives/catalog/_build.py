"""Building the built-in catalog: hand-written entries, then the movement table's variants.

Imported on the first use of the catalog. The hand-written entries (``_entries``) come first
and keep their ids, numbers and notes; each movement (``_movements``) then adds an exercise per
implement it lists, unless that id is already taken (a hand-written entry fills the slot), and
a movement-level exercise where a bare name leaves the equipment unstated. Last come one
general exercise per muscle group, for names that name a muscle group and no movement
("Total Abdominal").
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from ..model import Equipment, Exercise, Muscle
from ._catalog import CatalogEntry
from ._movement import Movement, generated_exercise
from ._names import key as name_key
from ._structure import Structure, compile_structure
from ._vocabulary import IMPLEMENT_NAMES, IMPLEMENT_PHRASES

__all__ = ["Built", "build", "muscle_exercise_id"]


@attrs.frozen
class Built:
    """The built-in catalog's parts."""

    entries: tuple[CatalogEntry, ...]
    structure: Structure
    origins: dict[str, str]  # exercise id -> movement id


def muscle_exercise_id(muscle: Muscle) -> str:
    """The id of the general exercise of a muscle group (``"abdominals-exercise"``)."""
    return f"{muscle.value.replace('_', '-')}-exercise"


_MUSCLE_NAMES = {
    Muscle.UPPER_BACK: "Upper Back",
    Muscle.LOWER_BACK: "Lower Back",
}


def _muscle_entry(muscle: Muscle) -> CatalogEntry:
    label = _MUSCLE_NAMES.get(muscle, muscle.value.replace("_", " ").title())
    exercise = Exercise(
        muscle_exercise_id(muscle), f"{label} Exercise", muscles=[muscle], equipment=Equipment.OTHER
    )
    return CatalogEntry(
        exercise,
        notes=f"A name that names the muscle group ({muscle.value}) and no movement, such as a "
        "custom 'Total Abdominal' or 'Forearms': its sets count for that group. Equipment "
        "OTHER, loads taken as logged, risk not classified.",
    )


def _notes(movement: Movement, implement: str | None, exercise: Exercise) -> str:
    if implement is None:
        what = (
            f"The movement '{movement.name}' with its equipment not stated: muscles certain, "
            "equipment OTHER, loads taken as logged (the total)"
        )
        risk = (
            f"; risk {exercise.risk.value}, the same with every implement"
            if exercise.risk is not None
            else "; risk not classified (it depends on the equipment)"
        )
        return f"{what}{risk}. {movement.notes}".strip()
    label = IMPLEMENT_PHRASES[implement]
    convention = (
        "logged per implement (one of a pair)"
        if exercise.load_convention.value == "per_implement"
        else "logged as the total"
    )
    risk = (
        f"risk {exercise.risk.value} (DOMAIN §5: NSCA practice for high, reasoning for the rest)"
        if exercise.risk is not None
        else "risk not classified"
    )
    return (
        f"Movement '{movement.name}' with {label}: muscles, phase and limb mode from the "
        f"movement table; {convention}; {risk}. {movement.notes}"
    ).strip()


def _aliases(movement: Movement, implement: str, exercise: Exercise) -> tuple[str, ...]:
    label = IMPLEMENT_NAMES[implement]
    names = (f"{movement.name} ({label})", f"{label} {movement.name}")
    return tuple(n for n in names if name_key(n) != name_key(exercise.name))


def build(entries: Iterable[CatalogEntry], movements: Iterable[Movement]) -> Built:
    """The catalog entries and structure of hand-written entries and a movement table."""
    table = tuple(movements)
    structure = compile_structure(table)
    out: list[CatalogEntry] = list(entries)
    taken_ids = {entry.exercise.id for entry in out}
    taken_names = {name_key(n) for entry in out for n in entry.names()}
    origins: dict[str, str] = {}

    def add(movement: Movement, implement: str | None) -> None:
        exercise = generated_exercise(movement, implement)
        origins.setdefault(exercise.id, movement.id)
        if exercise.id in taken_ids:
            return
        if name_key(exercise.name) in taken_names:
            raise ValueError(
                f"{movement.id}: the generated name {exercise.name!r} is taken; give it an "
                "entry in the movement's names"
            )
        aliases = () if implement is None else _aliases(movement, implement, exercise)
        aliases = tuple(a for a in aliases if name_key(a) not in taken_names)
        out.append(
            CatalogEntry(exercise, aliases=aliases, notes=_notes(movement, implement, exercise))
        )
        taken_ids.add(exercise.id)
        taken_names.update(name_key(n) for n in (exercise.name, *aliases))

    for movement in table:
        for implement in (movement.default, *movement.implements):
            if implement is not None:
                add(movement, implement)
        if movement.has_movement_level():
            add(movement, None)
    for muscle in Muscle:
        entry = _muscle_entry(muscle)
        if entry.exercise.id not in taken_ids:
            out.append(entry)
    return Built(tuple(out), structure, origins)

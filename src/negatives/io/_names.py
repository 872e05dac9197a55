"""Exercise names in exports: what a name states, the user's own names, and custom exercises.

Every exercise name of an import becomes an `Exercise` in one place, `Names.resolve` (called
by the reader's ``Context.exercise``):

1. a name the user mapped (``read_export(..., names=...)``) is that exercise;
2. else the catalog's match (`negatives.catalog.lookup` today);
3. else a *custom* exercise built by `custom_exercise` from what the name states
   (`parse_name`): its equipment and, for dumbbells and kettlebells, a per-implement load, so
   that a logged load means the same thing whether or not the catalog knows the name.

`parse_name` is deliberately small: it reads the equipment words apps put in names
(``"Bicep Curl (Cable)"``, ``"Dumbbell Row"``, ``"Leg Press (Machine)"``, ``"(Each Side,
Dumbbells)"``), side words (``Single Arm``, ``Each Side``, ``Alternating``) and the flags
``(Assisted)`` and ``(Weighted)``.
"""

from __future__ import annotations

import json
import os
import re
import tomllib
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import attrs

from ..errors import CatalogError, ParseError
from ..model import Equipment, Exercise, LimbMode, LoadConvention

__all__ = ["NameParts", "Resolved", "custom_exercise", "name_key", "parse_name", "user_names"]

_WORD = re.compile(r"[^\W_]+")


def _words(text: str) -> list[str]:
    words = []
    for word in _WORD.findall(text.casefold()):
        if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
            word = word[:-1]
        words.append(word)
    return words


def name_key(name: str) -> str:
    """A name as user maps compare it: lowercase words, trivial plurals singular."""
    return " ".join(_words(name))


@attrs.frozen
class NameParts:
    """What an exercise name states beyond the movement.

    Attributes:
        equipment: the equipment the name names, or ``None`` (none, or two that disagree).
        limb_mode: ``unilateral`` for "Single Arm", "One Leg", "Each Side" ...;
            ``alternating`` for "Alternating"; ``None`` when the name does not say.
        per_side: the name says "Each Side" or "Per Side".
        assisted: the name says "Assisted" (an assisted machine or a band helps).
        weighted: the name says "Weighted" (load added to bodyweight).
        implements: 1 when the name is a move done with a single dumbbell or kettlebell
            (goblet squat, swing, pullover); ``None`` otherwise.
    """

    equipment: Equipment | None = None
    limb_mode: LimbMode | None = None
    per_side: bool = False
    assisted: bool = False
    weighted: bool = False
    implements: int | None = None


_EQUIPMENT: tuple[tuple[tuple[str, ...], Equipment], ...] = (
    (("smith", "machine"), Equipment.SMITH_MACHINE),
    (("smith",), Equipment.SMITH_MACHINE),
    (("cable", "machine"), Equipment.CABLE),
    (("plate", "loaded"), Equipment.MACHINE),
    (("resistance", "band"), Equipment.BAND),
    (("body", "weight"), Equipment.BODYWEIGHT),
    (("ez", "bar"), Equipment.BARBELL),
    (("ez", "curl", "bar"), Equipment.BARBELL),
    (("trap", "bar"), Equipment.BARBELL),
    (("hex", "bar"), Equipment.BARBELL),
    (("dumbbell",), Equipment.DUMBBELL),
    (("dumbell",), Equipment.DUMBBELL),
    (("db",), Equipment.DUMBBELL),
    (("kettlebell",), Equipment.KETTLEBELL),
    (("kb",), Equipment.KETTLEBELL),
    (("barbell",), Equipment.BARBELL),
    (("bb",), Equipment.BARBELL),
    (("ezbar",), Equipment.BARBELL),
    (("cable",), Equipment.CABLE),
    (("pulley",), Equipment.CABLE),
    (("machine",), Equipment.MACHINE),
    (("lever",), Equipment.MACHINE),
    (("band",), Equipment.BAND),
    (("bodyweight",), Equipment.BODYWEIGHT),
)
_UNILATERAL = (
    ("single", "arm"),
    ("one", "arm"),
    ("1", "arm"),
    ("single", "leg"),
    ("one", "leg"),
    ("1", "leg"),
    ("each", "side"),
    ("per", "side"),
    ("each", "arm"),
    ("each", "leg"),
    ("unilateral",),
)
_PER_SIDE = (("each", "side"), ("per", "side"), ("each", "arm"), ("each", "leg"))
_ALTERNATING = (("alternating",), ("alternate",), ("alt",))
_ONE_IMPLEMENT = ("goblet", "swing", "pullover")
# A Smith machine is a barbell in a machine; a cable station is a machine.
_SMITH = {Equipment.SMITH_MACHINE, Equipment.MACHINE, Equipment.BARBELL}
_CABLE = {Equipment.CABLE, Equipment.MACHINE}


def _has(words: list[str], phrase: tuple[str, ...]) -> bool:
    size = len(phrase)
    return any(tuple(words[i : i + size]) == phrase for i in range(len(words) - size + 1))


def _equipment(words: list[str]) -> Equipment | None:
    found: set[Equipment] = set()
    rest = list(words)
    for phrase, kind in _EQUIPMENT:
        if _has(rest, phrase):
            found.add(kind)
            size = len(phrase)
            for i in range(len(rest) - size + 1):
                if tuple(rest[i : i + size]) == phrase:
                    rest[i : i + size] = ["-"] * size
    if Equipment.SMITH_MACHINE in found and found <= _SMITH:
        return Equipment.SMITH_MACHINE
    if Equipment.CABLE in found and found <= _CABLE:
        return Equipment.CABLE
    return found.pop() if len(found) == 1 else None


def parse_name(name: str) -> NameParts:
    """What an app's exercise name states about equipment, side and help.

    Examples:
        >>> parse_name("Bicep Curl (Dumbbell)").equipment
        <Equipment.DUMBBELL: 'dumbbell'>
        >>> parse_name("Bench Press (Smith Machine)").equipment
        <Equipment.SMITH_MACHINE: 'smith_machine'>
        >>> parts = parse_name("Overhead Press (Each Side, Dumbbells)")
        >>> parts.equipment.value, parts.limb_mode.value, parts.per_side
        ('dumbbell', 'unilateral', True)
        >>> parse_name("Pull Up (Assisted)").assisted
        True
        >>> parse_name("Chest Fly").equipment is None
        True
    """
    words = _words(name)
    limb: LimbMode | None = None
    if any(_has(words, phrase) for phrase in _UNILATERAL):
        limb = LimbMode.UNILATERAL
    elif any(_has(words, phrase) for phrase in _ALTERNATING):
        limb = LimbMode.ALTERNATING
    return NameParts(
        equipment=_equipment(words),
        limb_mode=limb,
        per_side=any(_has(words, phrase) for phrase in _PER_SIDE),
        assisted="assisted" in words or "assist" in words,
        weighted="weighted" in words,
        implements=1 if any(word in _ONE_IMPLEMENT for word in words) else None,
    )


def custom_exercise(id: str, name: str, parts: NameParts) -> Exercise:
    """The exercise of a name nothing maps: no muscles, and what the name states.

    The equipment is the one the name states (bodyweight for assisted or weighted moves with
    no other: an assisted pull-up moves the body, the machine helps); dumbbell and kettlebell
    loads are per implement (one dumbbell of a pair, as apps log them and as the catalog's
    dumbbell exercises are), so ``20 kg`` on ``"Lunge (Dumbbell)"`` is two 20 kg dumbbells
    exactly as on ``"Bicep Curl (Dumbbell)"``; everything else is a total. A one-sided name
    (``Single Arm``, ``Each Side``) is unilateral: one implement per set side.

    Examples:
        >>> ex = custom_exercise("custom-lunge-dumbbell", "Lunge (Dumbbell)",
        ...                      parse_name("Lunge (Dumbbell)"))
        >>> ex.equipment.value, ex.load_convention.value, ex.load_multiplier
        ('dumbbell', 'per_implement', 2)
    """
    equipment = parts.equipment
    if parts.assisted or (parts.weighted and equipment is None):
        equipment = Equipment.BODYWEIGHT
    per_implement = equipment in (Equipment.DUMBBELL, Equipment.KETTLEBELL)
    return Exercise(
        id,
        name,
        muscles=(),
        equipment=equipment or Equipment.OTHER,
        limb_mode=parts.limb_mode or LimbMode.BILATERAL,
        load_convention=LoadConvention.PER_IMPLEMENT if per_implement else LoadConvention.TOTAL,
        implements=parts.implements if per_implement else None,
    )


@attrs.frozen
class Resolved:
    """What a name resolved to (the shape of `negatives.catalog.Resolution`).

    Attributes:
        exercise: the exercise, or ``None`` when nothing maps the name.
        candidates: ids the name could mean (ambiguous), or close names (unknown).
        reason: why it is unmapped, in words.
        kind: ``"matched"``, ``"user"`` (the user's names), ``"ambiguous"`` or ``"unknown"``.
    """

    exercise: Exercise | None
    candidates: tuple[str, ...] = ()
    reason: str = ""
    kind: str = "matched"


def resolve_in(lookup: Callable[[str], Exercise], name: str) -> Resolved:
    """A name looked up with a catalog's ``lookup``: matched, ambiguous or unknown."""
    try:
        return Resolved(lookup(name))
    except CatalogError as error:
        ambiguous = str(error).startswith("ambiguous")
        return Resolved(
            None,
            error.candidates,
            "ambiguous: it could be several exercises" if ambiguous else "not in the catalog",
            "ambiguous" if ambiguous else "unknown",
        )


# -- the user's names -------------------------------------------------------------------------

#: Largest names file read, in bytes.
MAX_NAMES_BYTES = 1 << 20


def _looks_like_text(text: str) -> bool:
    return "\n" in text or "=" in text or text.lstrip().startswith("{")


def _parse(text: str, label: str, json_first: bool) -> Any:
    parsers: list[tuple[str, Callable[[str], Any]]] = [
        ("TOML", tomllib.loads),
        ("JSON", json.loads),
    ]
    if json_first:
        parsers.reverse()
    problems = []
    for kind, parse in parsers:
        try:
            return parse(text)
        except (tomllib.TOMLDecodeError, json.JSONDecodeError, RecursionError) as error:
            problems.append(f"as {kind}: {error}")
    raise ParseError(f"{label} is neither TOML nor JSON ({'; '.join(problems)})")


def _read(source: str | os.PathLike[str]) -> tuple[Any, str]:
    path = Path(source)
    label = f"names file {path.name}"
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_NAMES_BYTES + 1)
    except (OSError, ValueError) as error:
        raise ParseError(f"{label}: cannot be read ({error.__class__.__name__}: {error})") from None
    if len(raw) > MAX_NAMES_BYTES:
        raise ParseError(f"{label}: larger than {MAX_NAMES_BYTES:,} bytes")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ParseError(f"{label}: not UTF-8 text ({error.reason})") from None
    return _parse(text, label, path.suffix.lower() == ".json"), label


def _pairs(document: Any, label: str) -> dict[str, str]:
    if not isinstance(document, Mapping):
        raise ParseError(f'{label}: expected a table of "app name" = "exercise-id" pairs')
    table = document.get("names", document)
    if not isinstance(table, Mapping):
        raise ParseError(f'{label}: \'names\' must be a table of "app name" = "exercise-id"')
    pairs: dict[str, str] = {}
    for key, value in table.items():
        if not isinstance(value, str):
            raise ParseError(
                f"{label}: {key!r} must map to an exercise id (text), got {type(value).__name__}"
            )
        pairs[key] = value
    return pairs


def user_names(names: object, lookup: Callable[[str], Exercise]) -> dict[str, Exercise]:
    """The ``names`` option as a map from `name_key` to the exercise it names.

    ``names`` is a path (``str`` or `os.PathLike`) to a TOML or JSON file, TOML or JSON text (a
    ``str`` with a newline, an ``=`` or a leading ``{``), or a mapping; its pairs are
    ``"app name" = "exercise-id"``, at the top level or in a ``[names]`` table. Each id is
    looked up with ``lookup`` (an id, or any name the catalog knows).

    Raises:
        TypeError: ``names`` is of another type, or a mapping with keys or values not text.
        ParseError: the file cannot be read or parsed, or an id is not in the catalog.
    """
    if names is None:
        return {}
    if isinstance(names, Mapping):
        label = "names"
        for key, value in names.items():
            if not isinstance(key, str) or not isinstance(value, str):
                raise TypeError(
                    f"names must map app names (str) to exercise ids (str), got {key!r}: {value!r}"
                )
        pairs = dict(names)
    elif isinstance(names, os.PathLike) or (isinstance(names, str) and not _looks_like_text(names)):
        if isinstance(names, str) and "\x00" in names:
            raise ParseError(f"names: the path {names!r} contains a NUL character")
        document, label = _read(names)
        pairs = _pairs(document, label)
    elif isinstance(names, str):
        label = "names"
        pairs = _pairs(_parse(names, label, names.lstrip().startswith("{")), label)
    else:
        raise TypeError(
            f"names must be a path, TOML or JSON text, or a mapping, got {type(names).__name__}"
        )
    mapped: dict[str, Exercise] = {}
    for name, id_ in pairs.items():
        key = name_key(name)
        if not key:
            raise ParseError(f"{label}: {name!r} has no letter or digit to match a name by")
        try:
            mapped[key] = lookup(id_)
        except CatalogError as error:
            raise ParseError(f"{label}: {name!r} = {id_!r}: {error}") from None
    return mapped

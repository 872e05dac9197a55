"""Your own exercise names, from a TOML or JSON file (``catalog.load_names``)."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Final

from .._checks import describe
from ..errors import ParseError, Problem, ValidationError
from ..model import Equipment, Exercise, LoadConvention
from ._catalog import Catalog, CatalogEntry
from ._names import key

__all__ = ["read_names"]

#: The largest names file read (1 MiB): a names file is a few hundred lines.
MAX_NAMES_BYTES: Final = 2**20

_EXERCISE_FIELDS: Final = (
    "id", "name", "muscles", "secondary_muscles", "equipment", "limb_mode", "starts_with",
    "bodyweight_fraction", "load_convention", "ecc_con_ratio", "risk", "implements",
)  # fmt: skip
_LIST_FIELDS: Final = frozenset({"muscles", "secondary_muscles", "aliases"})
_REQUIRED: Final = ("id", "name", "muscles")


def read_names(
    source: str | os.PathLike[str] | Mapping[str, Any], *, base: Catalog | None = None
) -> Catalog:
    """The catalog of a names file (see `negatives.catalog.load_names`)."""
    data, label = _data(source)
    catalog = base if base is not None else Catalog.builtin()
    if not isinstance(catalog, Catalog):
        raise TypeError(f"base must be a Catalog, got {type(catalog).__name__}")
    problems: list[Problem] = []
    names: dict[str, str] = {}
    entries: list[CatalogEntry] = []
    new_ids: set[str] = set()
    for name, value in data.items():
        if name == "exercises":
            if not isinstance(value, list):
                problems.append(Problem(("exercises",), "must be a list of exercise tables"))
                continue
            for index, item in enumerate(value):
                entry = _entry(item, index, catalog, problems)
                if entry is not None:
                    if entry.exercise.id in new_ids:
                        problems.append(
                            Problem(("exercises", index, "id"), "repeats an id of the file")
                        )
                    new_ids.add(entry.exercise.id)
                    entries.append(entry)
        elif name == "names" and isinstance(value, Mapping):
            for inner, id_ in value.items():
                _name(str(inner), id_, names, problems)
        else:
            _name(name, value, names, problems)
    known = set(new_ids)
    for name, id_ in names.items():
        if id_ not in known:
            try:
                catalog.entry(id_)
            except LookupError:
                problems.append(
                    Problem(
                        (),
                        f"{_quote(name)}: no exercise has the id {id_!r}"
                        f"{_close(id_, catalog, known)}",
                    )
                )
    if problems:
        raise ValidationError(problems, label)
    extended = catalog.with_exercises(*entries) if entries else catalog
    return extended.with_names(names)


def _quote(name: str) -> str:
    return json.dumps(name, ensure_ascii=False)


def _close(id_: str, catalog: Catalog, extra: set[str]) -> str:
    import difflib

    ids = [e.id for e in catalog.exercises()] + sorted(extra)
    close = difflib.get_close_matches(id_, ids, n=1)
    return f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""


def _name(name: str, id_: object, names: dict[str, str], problems: list[Problem]) -> None:
    if not isinstance(id_, str):
        got = type(id_).__name__
        problems.append(
            Problem((), f"{_quote(name)}: must map to an exercise id (text), got {got}")
        )
        return
    if not key(name):
        problems.append(Problem((), f"{_quote(name)}: a name must have a letter or digit"))
        return
    for other, other_id in names.items():
        if key(other) == key(name) and other_id != id_.strip():
            problems.append(
                Problem(
                    (),
                    f"{_quote(name)}: the same name as {_quote(other)} (names are compared as "
                    f"words), mapped to another id ({other_id!r})",
                )
            )
            return
    names[name] = id_.strip()


def _entry(
    item: object, index: int, catalog: Catalog, problems: list[Problem]
) -> CatalogEntry | None:
    where = ("exercises", index)
    if not isinstance(item, Mapping):
        problems.append(Problem(where, f"must be a table of exercise fields, got {item!r}"))
        return None
    before = len(problems)
    for field in item:
        if field not in _EXERCISE_FIELDS and field not in ("aliases", "notes"):
            allowed = ", ".join((*_EXERCISE_FIELDS, "aliases", "notes"))
            problems.append(Problem((*where, str(field)), f"unknown field (known: {allowed})"))
    for field in _REQUIRED:
        if field not in item:
            problems.append(Problem((*where, field), "is required"))
    for field in sorted(_LIST_FIELDS):
        if field in item and not isinstance(item[field], list):
            problems.append(Problem((*where, field), f"must be a list, got {item[field]!r}"))
        elif field in item:
            for position, element in enumerate(item[field]):
                if not isinstance(element, str):
                    problems.append(
                        Problem(
                            (*where, field, position),
                            f"must be a name (text), got {describe(element)}",
                        )
                    )
    if len(problems) > before:
        return None
    fields = {f: item[f] for f in _EXERCISE_FIELDS if f in item}
    if "load_convention" not in fields:
        try:
            equipment = Equipment(fields.get("equipment", "other"))
        except ValueError:
            equipment = Equipment.OTHER  # reported by Exercise
        if equipment in (Equipment.DUMBBELL, Equipment.KETTLEBELL):
            fields["load_convention"] = LoadConvention.PER_IMPLEMENT
    try:
        exercise = Exercise(**fields)
    except ValidationError as error:
        problems.extend(problem.within(*where) for problem in error.problems)
        return None
    except (TypeError, ValueError) as error:  # pragma: no cover - defensive
        # Exercise reports bad fields as ValidationErrors and the lists are checked above; a
        # field added later must still not escape as a bare error.
        problems.append(Problem(where, str(error)))
        return None
    if exercise.id in {e.id for e in catalog.exercises()}:
        problems.append(
            Problem(
                (*where, "id"),
                f"{exercise.id!r} is already a catalog exercise: map names "
                "to it instead, or remove it from the base catalog with Catalog.without()",
            )
        )
        return None
    try:
        return CatalogEntry(exercise, aliases=item.get("aliases", ()), notes=item.get("notes", ""))
    except ValidationError as error:
        problems.extend(problem.within(*where) for problem in error.problems)
        return None


def _data(
    source: str | os.PathLike[str] | Mapping[str, Any],
) -> tuple[Mapping[str, Any], str | None]:
    """The names data of ``source``, and how messages name it (a file by its name)."""
    if isinstance(source, Mapping):
        return source, None
    if isinstance(source, str) and (
        "\n" in source or "=" in source or source.lstrip().startswith("{")
    ):
        return _parse(source, "names", json_text=source.lstrip().startswith("{")), None
    if not isinstance(source, (str, os.PathLike)):
        raise TypeError(
            f"source must be a path, TOML or JSON text, or a mapping, got {type(source).__name__}"
        )
    if "\x00" in os.fspath(source):
        raise ParseError(f"names file {os.fspath(source)!r}: a path cannot contain a NUL character")
    path = Path(source)
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_NAMES_BYTES + 1)
    except OSError as error:
        raise ParseError(f"{path}: cannot be read ({error.strerror or error})") from None
    if len(raw) > MAX_NAMES_BYTES:
        raise ParseError(f"{path}: a names file is at most 1 MiB")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ParseError(f"{path}: not UTF-8 text ({error.reason})") from None
    suffix = path.suffix.lower()
    is_json = suffix == ".json" or (suffix != ".toml" and text.lstrip().startswith("{"))
    return _parse(text, str(path), json_text=is_json), f"names file {path.name}"


def _parse(text: str, label: str, *, json_text: bool) -> Mapping[str, Any]:
    if len(text) > MAX_NAMES_BYTES:
        raise ParseError(f"{label}: a names file is at most 1 MiB")
    if json_text:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise ParseError(
                f"{label}: not valid JSON at line {error.lineno} column {error.colno}: {error.msg}"
            ) from None
        except RecursionError:
            raise ParseError(f"{label}: the JSON is nested too deeply") from None
    else:
        import tomllib

        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as error:
            raise ParseError(f"{label}: not valid TOML: {error}") from None
    if not isinstance(data, dict):
        raise ParseError(f"{label}: a names file is a table of names (an object in JSON)")
    return data

"""JSON Schemas (draft 2020-12) of the documents, for programs not written in Python.

`json_schema` describes one document type, `all_schemas` every one, by kind. The schemas are
generated from the attrs classes themselves (their fields, types and defaults), so they follow
the model; the ranges the constructors check (reps 1 to 1000, loads 0 to 1000 kg, slugs, text
lengths) are added as ``minimum``/``maximum``, ``maxLength`` and ``pattern``.

A schema checks the *shape* of a document and each value on its own. Rules that relate values
(``rir`` agreeing with ``rpe``, ``rep_detail`` holding one rep per repetition, exercise ids
resolving to ``$.exercises``) are the reader's: a document a schema accepts can still be
refused by `negatives.from_json`, never the other way round for what the library writes.

Examples:
    >>> import negatives as neg
    >>> from negatives.schema import json_schema
    >>> schema = json_schema(neg.Session)
    >>> schema["$id"]
    'https://negatives.dev/schema/1/session.json'
    >>> schema["required"]
    ['schema', 'kind', 'date', 'sets']
    >>> schema["$defs"]["Set"]["properties"]["reps"]["maximum"]
    1000
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
import inspect
import json
import math
import operator
import re
import types
from collections.abc import Callable, Iterable, Mapping, Sequence
from enum import Enum
from typing import Any, Literal, Union, get_args, get_origin, get_type_hints

import attrs

from ._checks import MAX_TEXT
from ._frozen import FrozenDict
from .analysis import Summary
from .model import (
    _MAX_ID,
    _MAX_NAME,
    _METHOD,
    _SLUG,
    MAX_REPS,
    MAX_SORENESS,
    MAX_SPOTTERS,
    Athlete,
    Basis,
    Checkin,
    Exercise,
    Method,
    Prescription,
    Rep,
    RepPhase,
    RepRange,
    Session,
    Set,
    Setup,
    Source,
)
from .progressions.base import Progression
from .progressions.builtin import (
    MAX_EVERY,
    MAX_INCREMENT_KG,
    MAX_WEEKS,
    RPE,
    Deload,
    Double,
    EccentricRamp,
    Linear,
    TempoRamp,
)
from .progressions.program import Program, ProgramSlot
from .progressions.registry import progression_kinds
from .safety.engine import Policy
from .serialization import KINDS, SCHEMA_VERSION, SERIALIZE, make_converter
from .tempo import MAX_PHASE_SECONDS, Phase, Tempo
from .units import KG_PER_LB, MAX_BAR_LOAD_KG, Load

__all__ = ["BASE_URI", "DIALECT", "FIELD_SCHEMA", "all_schemas", "json_schema"]

#: The JSON Schema dialect of every schema (``$schema``).
DIALECT = "https://json-schema.org/draft/2020-12/schema"

#: Where the schemas' ``$id`` live: ``BASE_URI + "session.json"``, one folder per format version.
BASE_URI = f"https://negatives.dev/schema/{SCHEMA_VERSION}/"

#: attrs field metadata key: ``{FIELD_SCHEMA: {"minimum": 0, "maximum": 1}}`` adds JSON Schema
#: keywords to a field's schema, for the checks a class makes in code (a progression plugin's
#: bounds, say). Keywords of ``items``/``additionalProperties`` merge into those of the field.
FIELD_SCHEMA = "negatives.schema"

_NULL = {"type": "null"}

_PRIMITIVES: Mapping[Any, str] = {
    bool: "boolean",
    int: "integer",
    float: "number",
    str: "string",
    type(None): "null",
}


def _anchored(pattern: re.Pattern[str]) -> str:
    """A model regex (used with ``fullmatch``) as a JSON Schema pattern (searched)."""
    return f"^(?:{pattern.pattern})$"


_SLUG_PATTERN = _anchored(_SLUG)
_DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
_MARK = r"(?:0|[1-9][0-9]*)(?:\.[0-9]+)?"
_TEMPO_PATTERN = f"^(?:X|{_MARK})-{_MARK}-(?:X|{_MARK})-{_MARK}$"


# -- the bounds the constructors check in code ----------------------------------------------------


def _num(
    *,
    ge: float | None = None,
    le: float | None = None,
    gt: float | None = None,
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if ge is not None:
        out["minimum"] = ge
    if gt is not None:
        out["exclusiveMinimum"] = gt
    if le is not None:
        out["maximum"] = le
    return out


#: A character that is not whitespace to Python's ``str.strip`` (which the model's "not empty"
#: check uses), spelled out: ``\\S`` means other characters in other regex dialects (ECMA-262,
#: the one JSON Schema names, counts U+FEFF as a space and U+001C-U+001F as text).
_NOT_SPACE = r"[^\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"


def _text(max_length: int = MAX_TEXT, *, nonempty: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {"maxLength": max_length}
    if nonempty:
        out["pattern"] = _NOT_SPACE  # not empty, not only spaces
    return out


def _ref(name: str) -> dict[str, Any]:
    return {"$ref": f"#/$defs/{name}"}


@attrs.frozen
class _MassRange:
    """A `Load` bounded in kilograms (whatever unit it is written in)."""

    description: str
    low_kg: float
    high_kg: float | None
    exclusive_low: bool = False

    def schema(self) -> dict[str, Any]:
        def bounds(factor: float) -> dict[str, Any]:
            # In pounds the bounds are rounded outwards (to a millionth of a pound), so that
            # the schema never refuses a load the model accepts.
            low = _tidy(math.floor(self.low_kg / factor * 1e6) / 1e6)
            out: dict[str, Any] = {
                "type": "number",
                "exclusiveMinimum" if self.exclusive_low else "minimum": low,
            }
            if self.high_kg is not None:
                out["maximum"] = _tidy(math.ceil(self.high_kg / factor * 1e6) / 1e6)
            return {"type": "object", "properties": {"value": out}}

        # The types repeated in the subschemas keep strict validators (Ajv) from warning.
        return {
            "description": self.description,
            "$ref": "#/$defs/Load",
            "if": {"type": "object", "properties": {"unit": {"const": "lb"}}},
            "then": bounds(KG_PER_LB),
            "else": bounds(1.0),
        }


def _tidy(value: float) -> float:
    """Whole bounds as ints (1000, not 1000.0), as the model writes them."""
    return int(value) if value.is_integer() else value


_MASSES: Mapping[str, _MassRange] = {
    "BarLoad": _MassRange(
        f"A load a bar, dumbbell or stack can hold: 0 to {MAX_BAR_LOAD_KG:g} kg.",
        0.0,
        MAX_BAR_LOAD_KG,
    ),
    "PositiveBarLoad": _MassRange(
        f"A tested maximum: above 0, up to {MAX_BAR_LOAD_KG:g} kg.",
        0.0,
        MAX_BAR_LOAD_KG,
        exclusive_low=True,
    ),
    "NonNegativeLoad": _MassRange("A load of 0 or more.", 0.0, None),
    "Bodyweight": _MassRange("An athlete's bodyweight: 20 to 400 kg.", 20.0, 400.0),
    "Increment": _MassRange(
        f"A load a progression adds: above 0, up to {MAX_INCREMENT_KG:g} kg.",
        0.0,
        MAX_INCREMENT_KG,
        exclusive_low=True,
    ),
}


def _one(phase: Phase) -> dict[str, Any]:
    return {
        "contains": {"type": "object", "properties": {"phase": {"const": phase.value}}},
        "minContains": 1,
        "maxContains": 1,
    }


_SECONDS_PER_DAY = 24 * 3600
_SUMMARY_COUNTS = (
    "sets",
    "reps",
    "sets_without_tempo",
    "sets_unknown_assistance",
    "sets_missing_bodyweight",
    "sets_without_muscles",
)
_EXERCISE_KEYS = {"propertyNames": {"pattern": _SLUG_PATTERN, "maxLength": _MAX_ID}}

#: Keywords for fields whose checks are code in ``__attrs_post_init__`` (by class and field).
#: A test checks that every entry names a serialised field, so a rename cannot drop one silently.
_FIELDS: Mapping[tuple[type, str], Mapping[str, Any]] = {
    (Load, "unit"): {"description": "'kg' or 'lb'."},
    (Exercise, "id"): {"pattern": _SLUG_PATTERN, "maxLength": _MAX_ID},
    (Exercise, "name"): _text(_MAX_NAME, nonempty=True),
    (Exercise, "muscles"): {"uniqueItems": True},
    (Exercise, "secondary_muscles"): {"uniqueItems": True},
    (Exercise, "starts_with"): {
        "enum": [Phase.ECCENTRIC.value, Phase.CONCENTRIC.value],
        "description": "'eccentric' for lifts that begin with the lowering (squat, bench press, "
        "dips), 'concentric' for lifts that begin with the lift (deadlift, row, curl, pull-up).",
    },
    (Exercise, "bodyweight_fraction"): _num(ge=0, le=1),
    (Exercise, "ecc_con_ratio"): _num(ge=1, le=2),
    (Exercise, "implements"): _num(ge=1, le=4),
    (RepPhase, "load"): _ref("BarLoad"),
    (RepPhase, "seconds"): _num(ge=0, le=600),
    (RepPhase, "assistance"): _ref("BarLoad"),
    (RepPhase, "limbs"): _num(ge=1, le=4),
    (RepPhase, "bodyweight"): _ref("BarLoad"),
    (Rep, "phases"): {
        "minItems": 2,
        "allOf": [_one(Phase.ECCENTRIC), _one(Phase.CONCENTRIC)],
        "description": "the phases in the order they happen: exactly one eccentric and one "
        "concentric phase, and any isometric pauses.",
    },
    (Setup, "spotters"): _num(ge=0, le=MAX_SPOTTERS),
    (Setup, "partner_max_assist"): _ref("BarLoad"),
    (Basis, "one_rep_max"): _ref("BarLoad"),
    (Basis, "one_rep_max_source"): _text(500),
    (Basis, "working_load"): _ref("BarLoad"),
    (Basis, "eccentric_ratio"): _num(ge=1, le=2),
    (Basis, "eccentric_ratio_source"): _text(500),
    (Basis, "eccentric_1rm"): _ref("BarLoad"),
    (Basis, "eccentric_capacity"): _ref("BarLoad"),
    (Basis, "overload_source"): _text(500),
    (Basis, "concentric_effort"): _num(gt=0, le=1),
    (Basis, "peak_assistance"): _ref("BarLoad"),
    (Basis, "total_assistance"): _ref("NonNegativeLoad"),
    (Basis, "partner_max_assist"): _ref("BarLoad"),
    (Basis, "sources"): {"items": _text(2000)},
    (Basis, "notes"): {"items": _text(2000)},
    (Prescription, "sets"): _num(ge=1, le=50),
    (Prescription, "reps"): {"description": "repetitions per set, [low, high] (8 is [8, 8])."},
    (Prescription, "load"): _ref("BarLoad"),
    (Prescription, "fraction_1rm"): _num(gt=0, le=2),
    (Prescription, "rpe"): _num(ge=1, le=10),
    (Prescription, "overload"): _num(ge=0, le=1),
    (Prescription, "assistance"): {"items": _ref("BarLoad")},
    (Prescription, "rest"): _num(ge=0, le=3600),
    (Prescription, "notes"): _text(),
    (Set, "reps"): _num(ge=1, le=MAX_REPS),
    (Set, "load"): _ref("BarLoad"),
    (Set, "assistance"): _ref("BarLoad"),
    (Set, "rpe"): _num(ge=1, le=10),
    (Set, "rir"): _num(ge=0, le=9),
    (Set, "rest"): _num(ge=0, le=3600),
    (Set, "notes"): _text(),
    (Set, "superset"): _text(_MAX_ID, nonempty=True),
    (Set, "extra"): {"additionalProperties": _text()},
    (Source, "app"): _text(_MAX_NAME, nonempty=True),
    (Source, "file"): _text(4096),
    (Source, "rows"): {"items": {"minimum": 1}},
    (Session, "id"): _text(_MAX_NAME, nonempty=True),
    (Session, "name"): _text(_MAX_NAME),
    (Session, "notes"): _text(),
    (Session, "extra"): {"additionalProperties": _text()},
    (Session, "duration"): _num(ge=0, le=_SECONDS_PER_DAY),
    (Athlete, "id"): _text(_MAX_NAME, nonempty=True),
    (Athlete, "training_age_years"): _num(ge=0, le=80),
    (Athlete, "concentric_1rm"): {
        **_EXERCISE_KEYS,
        "additionalProperties": _ref("PositiveBarLoad"),
    },
    (Athlete, "concentric_1rm_dates"): _EXERCISE_KEYS,
    (Athlete, "ecc_con_ratio"): {**_EXERCISE_KEYS, "additionalProperties": _num(ge=1, le=2)},
    (Athlete, "bodyweight"): _ref("Bodyweight"),
    # The upper bound, the current year, would make the schema change every January.
    (Athlete, "birth_year"): _num(ge=1900),
    (Checkin, "soreness"): {"additionalProperties": _num(ge=0, le=MAX_SORENESS)},
    (Checkin, "strength_loss"): {"additionalProperties": _num(ge=0, le=1)},
    (Checkin, "notes"): _text(),
    (Policy, "rules"): {"propertyNames": {"minLength": 1}},
    (Program, "name"): _text(_MAX_NAME, nonempty=True),
    (Program, "weeks"): _num(ge=1, le=MAX_WEEKS),
    (Program, "slots"): {"minItems": 1},
    (Program, "days"): {"minItems": 1, "uniqueItems": True, "items": _num(ge=0, le=6)},
    (ProgramSlot, "day"): _num(ge=0, le=6),
    (Linear, "increment"): _ref("Increment"),
    (Linear, "every"): _num(ge=1, le=MAX_EVERY),
    (Double, "increment"): _ref("Increment"),
    (EccentricRamp, "start"): _num(ge=0, le=1),
    (EccentricRamp, "end"): _num(ge=0, le=1),
    (EccentricRamp, "weeks"): _num(ge=1, le=MAX_WEEKS),
    (TempoRamp, "start"): _num(gt=0, le=MAX_PHASE_SECONDS),
    (TempoRamp, "end"): _num(gt=0, le=MAX_PHASE_SECONDS),
    (TempoRamp, "weeks"): _num(ge=1, le=MAX_WEEKS),
    # Not ``multipleOf: 0.5``: the model takes a half step within a float's error (8.0000000001).
    (RPE, "target_rpe"): _num(ge=6, le=10),
    (Deload, "every"): _num(ge=2, le=MAX_WEEKS),
    (Deload, "load_fraction"): _num(gt=0, le=1),
    (Deload, "sets_fraction"): _num(gt=0, le=1),
    **{(Summary, name): _num(ge=0) for name in _SUMMARY_COUNTS},
    (Summary, "time_under_tension"): _num(ge=0),
    (Summary, "eccentric_share"): _num(ge=0, le=1),
    (Summary, "sets_per_muscle"): {"additionalProperties": _num(ge=0)},
    (Summary, "eccentric_volume"): _ref("NonNegativeLoad"),
    (Summary, "concentric_volume"): _ref("NonNegativeLoad"),
    (Summary, "athlete_eccentric_volume"): _ref("NonNegativeLoad"),
    (Summary, "athlete_concentric_volume"): _ref("NonNegativeLoad"),
}


# -- docstrings -----------------------------------------------------------------------------------


def _plain(text: str) -> str:
    """Docstring text for JSON readers: one kind of backquote, ``null`` for ``None``."""
    return text.replace("``", "`").replace("`None`", "`null`").strip()


def _summary(obj: object) -> str:
    """The first line of ``obj``'s own docstring (not an inherited one)."""
    doc = getattr(obj, "__doc__", None)
    if not isinstance(doc, str) or not doc.strip():
        return ""
    return _plain(inspect.cleandoc(doc).splitlines()[0])


_ENTRY = re.compile(r"^ {4}(\w+)(?: \([^)]*\))?: ?(.*)$")


def _attribute_docs(cls: type) -> dict[str, str]:
    """The Google-style ``Attributes:`` section of a class's docstring, by attribute."""
    doc = cls.__doc__
    if not isinstance(doc, str):
        return {}
    out: dict[str, str] = {}
    current: str | None = None
    inside = False
    for line in inspect.cleandoc(doc).splitlines():
        if line.strip() == "Attributes:" and not line[:1].isspace():
            inside = True
            continue
        if not inside:
            continue
        if line and not line[0].isspace():
            break  # the next section, or text after the list
        entry = _ENTRY.match(line)
        if entry:
            current = entry[1]
            out[current] = entry[2]
        elif current is not None and line.strip():
            out[current] += " " + line.strip()
    return {name: _plain(text) for name, text in out.items()}


# -- the generator --------------------------------------------------------------------------------


def _merge(base: dict[str, Any], patch: Mapping[str, Any]) -> dict[str, Any]:
    """``base`` with ``patch``'s keywords; those of items and values merge into them."""
    out = dict(base)
    for key, value in patch.items():
        if (
            key in ("items", "additionalProperties")
            and isinstance(out.get(key), dict)
            and isinstance(value, Mapping)
        ):
            out[key] = _merge(out[key], value)
        elif key == "$ref" and "$ref" not in out and "type" in out:
            raise TypeError(f"cannot use {value} for a {out['type']}")
        else:
            out[key] = copy.deepcopy(value)
    return out


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    """``schema`` or null."""
    plain = not any(key in schema for key in ("$ref", "anyOf", "oneOf", "allOf", "enum", "const"))
    kind = schema.get("type")
    if plain and kind is not None:
        kinds = kind if isinstance(kind, list) else [kind]
        return {**schema, "type": [*kinds, "null"]}
    return {"anyOf": [schema, dict(_NULL)]}


def _split_optional(t: Any) -> tuple[Any, bool]:
    """``(T, True)`` for ``T | None``; ``(t, False)`` otherwise."""
    if get_origin(t) not in (Union, types.UnionType):
        return t, False
    args = get_args(t)
    rest = [arg for arg in args if arg is not type(None)]
    if len(rest) == len(args):
        return t, False
    return functools.reduce(operator.or_, rest), True


@functools.cache
def _defaults_converter() -> Any:
    return make_converter()


_NO_DEFAULT = object()


def _default(field: attrs.Attribute[Any]) -> Any:
    """The field's default as JSON, or ``_NO_DEFAULT`` (made from the instance, or not data)."""
    default: Any = field.default
    if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
        if default.takes_self:
            return _NO_DEFAULT
        default = default.factory()
    try:
        value = _defaults_converter().unstructure(default)
        json.dumps(value, allow_nan=False)
    except (TypeError, ValueError):  # every default of the model is data; a plugin's may not be
        return _NO_DEFAULT
    return value


class _Generator:
    """Builds the schemas of one document, collecting the ``$defs`` it refers to."""

    def __init__(self, progressions: tuple[type, ...]) -> None:
        self.progressions = progressions
        self.defs: dict[str, dict[str, Any]] = {}
        self.names: dict[object, str] = {}

    def define(self, key: object, name: str, build: Callable[[], dict[str, Any]]) -> dict[str, Any]:
        """A ``$ref`` to the definition of ``key``, built once."""
        if key not in self.names:
            if name in self.defs:  # two classes of one name (a plugin's, say)
                module = getattr(key, "__module__", "")
                name = f"{module}.{getattr(key, '__qualname__', name)}".lstrip(".")
                # Characters a URI fragment (the $ref) would have to escape: "<locals>", say.
                name = re.sub(r"[^A-Za-z0-9_.-]+", "_", name)
                unique, count = name, 1
                while unique in self.defs:
                    count += 1
                    unique = f"{name}_{count}"
                name = unique
            self.names[key] = name
            self.defs[name] = {}  # taken, so that a recursive type refers to it
            self.defs[name] = build()
        return _ref(self.names[key])

    def schema(self, t: Any) -> dict[str, Any]:
        """The schema of a value of type ``t``, as documents write it."""
        if t in _PRIMITIVES:
            return {"type": _PRIMITIVES[t]}
        if t is dt.datetime:
            return {"type": "string", "format": "date-time"}
        if t is dt.date:
            return {"type": "string", "format": "date", "pattern": _DATE_PATTERN}
        if t == Method | str:
            return self.define("MethodName", "MethodName", self.method)
        if t is Tempo:
            return self.define(Tempo, "Tempo", _tempo)
        if t is RepRange:
            return self.define(RepRange, "RepRange", self.rep_range)
        if t is Exercise:
            return self.define("ExerciseRef", "ExerciseRef", self.exercise_ref)
        if t is Progression:
            return self.define(Progression, "Progression", self.progression)
        if isinstance(t, type) and issubclass(t, Enum):
            return self.define(t, t.__name__, functools.partial(_enum, t))
        if isinstance(t, type) and attrs.has(t):
            return self.define(t, t.__name__, functools.partial(self.object, t))
        origin, args = get_origin(t), get_args(t)
        if origin is tuple and args:
            if len(args) == 2 and args[1] is Ellipsis:
                return {"type": "array", "items": self.schema(args[0])}
            items = [self.schema(arg) for arg in args]
            size = {"minItems": len(args), "maxItems": len(args)}
            if all(item == items[0] for item in items):
                return {"type": "array", "items": items[0], **size}
            return {"type": "array", "prefixItems": items, **size}
        if origin in (list, Sequence) and len(args) == 1:  # a plugin's fields, say
            return {"type": "array", "items": self.schema(args[0])}
        if origin in (FrozenDict, dict, Mapping) and len(args) == 2 and args[0] is str:
            return {"type": "object", "additionalProperties": self.schema(args[1])}
        if (
            origin in (FrozenDict, dict, Mapping)
            and len(args) == 2
            and isinstance(args[0], type)
            and issubclass(args[0], Enum)
        ):  # keyed by an enum's values (muscle groups)
            return {
                "type": "object",
                "propertyNames": self.schema(args[0]),
                "additionalProperties": self.schema(args[1]),
            }
        if origin is Literal:
            return {"enum": list(args)}
        if origin in (Union, types.UnionType):
            return self.union(args)
        raise TypeError(f"no JSON Schema for the type {t!r}")

    def union(self, args: tuple[Any, ...]) -> dict[str, Any]:
        members = [arg for arg in args if arg is not type(None)]
        nullable = len(members) < len(args)
        if all(member in _PRIMITIVES for member in members):
            kinds = list(dict.fromkeys(_PRIMITIVES[member] for member in members))
            if "number" in kinds and "integer" in kinds:
                kinds.remove("integer")
            if len(kinds) > 1:  # not a list of types: strict validators (Ajv) warn about those
                options = [{"type": kind} for kind in kinds]
                if nullable:
                    options.append(dict(_NULL))
                return {"anyOf": options}
            return {"type": [kinds[0], "null"] if nullable else kinds[0]}
        options = [self.schema(member) for member in members]
        if nullable:
            options.append(dict(_NULL))
        return {"anyOf": options}

    def field(self, t: Any, patch: Mapping[str, Any]) -> dict[str, Any]:
        inner, nullable = _split_optional(t)
        schema = _merge(self.schema(inner), patch) if patch else self.schema(inner)
        return _nullable(schema) if nullable else schema

    def object(self, cls: type) -> dict[str, Any]:
        """The schema of an attrs class, as documents write it (without the envelope)."""
        try:
            hints = get_type_hints(cls)
        except Exception as error:  # a name only imported for type checking, say
            raise TypeError(
                f"no JSON Schema for {cls.__qualname__}: its annotations cannot be resolved "
                f"({type(error).__name__}: {error})"
            ) from None
        docs = _attribute_docs(cls)
        properties: dict[str, Any] = {}
        required: list[str] = []
        if cls in self.progressions:
            kind: str = cls.kind  # type: ignore[attr-defined]
            properties["kind"] = {"const": kind, "description": "which progression this is."}
            required.append("kind")
        for field in attrs.fields(cls):
            if not field.metadata.get(SERIALIZE, True):
                continue
            patch = {**_FIELDS.get((cls, field.name), {}), **field.metadata.get(FIELD_SCHEMA, {})}
            description = patch.pop("description", docs.get(field.name))
            try:
                schema = self.field(hints[field.name], patch)
            except TypeError as error:
                if "no JSON Schema for the type" not in str(error):
                    raise
                raise TypeError(f"{cls.__qualname__}.{field.name}: {error}") from None
            if description:
                schema = {"description": description, **schema}
            if field.default is attrs.NOTHING:
                required.append(field.name)
            else:
                # Written only when it differs from its default, so never required.
                default = _default(field)
                if default is not _NO_DEFAULT:
                    schema["default"] = default
            properties[field.name] = schema
        out: dict[str, Any] = {"title": cls.__name__}
        summary = _summary(cls)
        if summary:
            out["description"] = summary
        out.update(type="object", properties=properties)
        if required:
            out["required"] = required
        out["additionalProperties"] = False
        return out

    def method(self) -> dict[str, Any]:
        return {
            "title": "MethodName",
            "description": "How a set loads the eccentric phase: a built-in method, or a custom "
            "lowercase identifier like 'cluster_eccentric'.",
            "anyOf": [
                self.schema(Method),
                {"type": "string", "pattern": _anchored(_METHOD), "maxLength": 40},
            ],
        }

    def rep_range(self) -> dict[str, Any]:
        return {
            "title": "RepRange",
            "description": f"{_summary(RepRange)} Written [low, high], low <= high.",
            "type": "array",
            "items": {"type": "integer", "minimum": 1, "maximum": MAX_REPS},
            "minItems": 2,
            "maxItems": 2,
        }

    def exercise_ref(self) -> dict[str, Any]:
        exercise_id = self.define(
            "ExerciseId",
            "ExerciseId",
            lambda: {
                "title": "ExerciseId",
                "description": "The id of an exercise listed in the document's `exercises`.",
                "type": "string",
                **_FIELDS[Exercise, "id"],
            },
        )
        return {
            "title": "ExerciseRef",
            "description": "An exercise: its id, listed in full in the document's `exercises` "
            "(as the library writes it), or the exercise in full.",
            "oneOf": [exercise_id, self.exercise()],
        }

    def exercise(self) -> dict[str, Any]:
        """An exercise in full (as in the envelope's list), not a reference."""
        return self.define(Exercise, "Exercise", functools.partial(self.object, Exercise))

    def progression(self) -> dict[str, Any]:
        return {
            "title": "Progression",
            "description": "A progression: its configuration, tagged with its `kind`.",
            "oneOf": [self.schema(cls) for cls in self.progressions],
        }

    def close(self, *schemas: Any) -> None:
        """Define the bounded loads the schemas refer to."""
        while True:
            wanted = {
                name
                for schema in (*schemas, *self.defs.values())
                for name in _refs(schema)
                if name not in self.defs
            }
            if not wanted:
                return
            for name in sorted(wanted):
                if name not in _MASSES:
                    raise TypeError(f"unknown schema definition {name!r}")
                self.schema(Load)
                self.define(name, name, functools.partial(_mass, name))


def _mass(name: str) -> dict[str, Any]:
    return {"title": name, **_MASSES[name].schema()}


def _refs(schema: Any) -> Iterable[str]:
    if isinstance(schema, dict):
        for key, value in schema.items():
            if key == "$ref" and isinstance(value, str) and value.startswith("#/$defs/"):
                yield value.removeprefix("#/$defs/")
            else:
                yield from _refs(value)
    elif isinstance(schema, list):
        for item in schema:
            yield from _refs(item)


def _enum(cls: type[Enum]) -> dict[str, Any]:
    values = [member.value for member in cls]
    out: dict[str, Any] = {"title": cls.__name__}
    summary = _summary(cls)
    if summary:
        out["description"] = summary
    if all(isinstance(value, str) for value in values):
        out["type"] = "string"
    out["enum"] = values
    return out


def _tempo() -> dict[str, Any]:
    return {
        "title": "Tempo",
        "description": "A tempo, eccentric first: lower - pause lengthened - lift - pause "
        "shortened, in seconds, 'X' for explosive (canonical form, as the library writes it; "
        "its reader also reads forms like '31X0' and 'two up, four down').",
        "type": "string",
        "pattern": _TEMPO_PATTERN,
        "examples": ["3-1-2-0", "4-0-X-0", "2.5-0-1-0"],
    }


def _progression_classes(extra: Iterable[type]) -> tuple[type, ...]:
    """The built-in progressions and ``extra``, checked as `make_converter` checks them."""
    return tuple(progression_kinds(extra, "json_schema(progressions=...)").values())


# -- the public functions -------------------------------------------------------------------------


def json_schema(cls: type, *, progressions: Iterable[type] = ()) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the documents of type ``cls``.

    Every type in `negatives.serialization.KINDS` has one: ``TrainingLog``, ``Session``,
    ``Athlete``, ``Policy``, ``Program``, ... Each schema stands alone: the classes it nests
    are under ``$defs``, once each. It checks the envelope (``"schema": 1``, the ``kind``, the
    optional ``exercises`` list), each field's type and range, and refuses unknown fields, as
    the reader does. Rules between fields are the reader's (see the module's documentation).

    Args:
        cls: the document type.
        progressions: progression classes besides the built-ins (plugins), as given to
            `negatives.make_converter`, so that programs using them are described; they share
            the schema's ``$id``, so publish such a schema under your own.

    Returns:
        A new dict (yours to change), ready for ``json.dumps``.

    Raises:
        TypeError: ``cls`` is not a document type, or a field of a class in ``progressions``
            has a type with no JSON Schema (or annotations that cannot be resolved).
        PluginError: a class in ``progressions`` is not a progression, or its kind is taken.

    Examples:
        >>> import negatives as neg
        >>> from negatives.schema import json_schema
        >>> schema = json_schema(neg.Load)
        >>> schema["properties"]["unit"]
        {'description': "'kg' or 'lb'.", '$ref': '#/$defs/Unit'}
        >>> schema["$defs"]["Unit"]["enum"]
        ['kg', 'lb']
    """
    try:
        kind = KINDS[cls]
    except (KeyError, TypeError):
        names = ", ".join(sorted(t.__name__ for t in KINDS))
        raise TypeError(
            f"{getattr(cls, '__name__', repr(cls))} is not a negatives document type ({names})"
        ) from None
    generator = _Generator(_progression_classes(progressions))
    if cls in (Tempo, RepRange):
        body: dict[str, Any] = {
            "properties": {"value": generator.schema(cls)},
            "required": ["value"],
        }
    else:
        body = generator.object(cls)
    properties: dict[str, Any] = {
        "schema": {
            "const": SCHEMA_VERSION,
            "description": "the version of the document format.",
        },
        "kind": {"const": kind, "description": "the type of the document."},
    }
    if "ExerciseRef" in generator.names:  # documents that can refer to exercises
        properties["exercises"] = {
            "description": "each exercise the document refers to by id, in full, once.",
            "type": "array",
            "items": generator.exercise(),
        }
    properties.update(body["properties"])
    schema: dict[str, Any] = {
        "$schema": DIALECT,
        "$id": f"{BASE_URI}{kind}.json",
        "title": cls.__name__,
        "description": _summary(cls),
        "type": "object",
        "properties": properties,
        "required": ["schema", "kind", *body.get("required", [])],
        "additionalProperties": False,
    }
    generator.close(schema)
    if generator.defs:
        schema["$defs"] = dict(sorted(generator.defs.items()))
    return schema


def all_schemas(*, progressions: Iterable[type] = ()) -> dict[str, dict[str, Any]]:
    """The schema of every document type, by kind (``"session"``, ``"training_log"``, ...).

    Examples:
        >>> from negatives.schema import all_schemas
        >>> schemas = all_schemas()
        >>> schemas["training_log"]["$id"]
        'https://negatives.dev/schema/1/training_log.json'
    """
    extra = tuple(progressions)
    return {kind: json_schema(cls, progressions=extra) for cls, kind in KINDS.items()}

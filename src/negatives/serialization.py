"""JSON documents: one cattrs converter, versioned documents, readable errors.

Every object is written as a *document*::

    {"schema": 1, "kind": "session", "exercises": [...], "date": "2026-11-25", "sets": [...]}

* ``schema`` is the format version. Adding an optional field keeps version 1; removing or
  renaming a field bumps it. A document with a newer version is refused with
  `SchemaVersionError` rather than half-read.
* ``kind`` names the type (``"training_log"``, ``"session"``, ``"set"``, ...).
* ``exercises`` lists each exercise the document uses once; sets and prescriptions refer to
  them by id.
* Fields equal to their default are left out (a set is ``{"exercise": "barbell-curl",
  "reps": 8, "load": {"value": 40.0, "unit": "kg"}, "tempo": "4-0-2-0"}``).

Reading is strict, because documents come from other programs: unknown keys, wrong types
(``"8"`` for 8, ``true`` for 1), NaN and infinities are refused, and *every* problem is reported
at once in one `ValidationError` with JSON paths::

    $.sessions[0].sets[2].reps: must be >= 1, got 0 (allowed: from 1 to 1000)

Examples:
    >>> import negatives as neg
    >>> text = neg.to_json(neg.Tempo.parse("31X0"))
    >>> text
    '{"schema": 1, "kind": "tempo", "value": "3-1-X-0"}'
    >>> neg.from_json(text, neg.Tempo)
    Tempo.parse('3-1-X-0')
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import math
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from enum import Enum
from typing import Any, TypeVar, get_args, get_origin, get_type_hints

import attrs
import cattrs
from cattrs.gen import make_dict_unstructure_fn, override

from ._checks import PROBLEM_LIMIT, describe, soft_enum
from ._frozen import FrozenDict
from .analysis import Summary, VolumeBasis
from .errors import MAX_PROBLEMS, Loc, ParseError, Problem, SchemaVersionError, ValidationError
from .model import (
    Athlete,
    Basis,
    BodyPart,
    Equipment,
    Exercise,
    LimbMode,
    LoadConvention,
    Method,
    MethodCategory,
    Muscle,
    Prescription,
    Rep,
    RepPhase,
    RepRange,
    RiskClass,
    Session,
    Set,
    SetType,
    Setup,
    Sex,
    Source,
    TrainingLog,
)
from .progressions.program import Program, ProgramPlan
from .safety.engine import CtxValue, Finding, ParamValue, Policy, Report, Severity
from .tempo import Phase, Tempo
from .units import Load, Unit

_ENUMS: tuple[type[Enum], ...] = (
    BodyPart,
    Equipment,
    LimbMode,
    LoadConvention,
    Method,
    MethodCategory,
    Muscle,
    Phase,
    RiskClass,
    SetType,
    Severity,
    Sex,
    Unit,
    VolumeBasis,
)

__all__ = [
    "DEFAULT_MAX_BYTES",
    "KINDS",
    "SCHEMA_VERSION",
    "NegativesConverter",
    "from_dict",
    "from_json",
    "make_converter",
    "to_dict",
    "to_json",
]

T = TypeVar("T")

#: The document format version this library writes and reads.
SCHEMA_VERSION = 1

#: Largest JSON text `from_json` accepts by default (64 MiB: years of logs for one
#: athlete fit in a few MB).
DEFAULT_MAX_BYTES = 64 * 1024 * 1024

#: The ``kind`` of each document type.
KINDS: Mapping[type, str] = {
    Load: "load",
    Tempo: "tempo",
    Exercise: "exercise",
    RepPhase: "rep_phase",
    Rep: "rep",
    RepRange: "rep_range",
    Setup: "setup",
    Basis: "basis",
    Prescription: "prescription",
    Set: "set",
    Source: "source",
    Session: "session",
    Athlete: "athlete",
    TrainingLog: "training_log",
    Policy: "policy",
    Finding: "finding",
    Report: "report",
    Program: "program",
    ProgramPlan: "program_plan",
    Summary: "summary",
}

_ENVELOPE = ("schema", "kind", "exercises")

# Exercises written (while unstructuring) or known (while structuring) in the current document.
_WRITING: ContextVar[dict[str, Exercise] | None] = ContextVar("negatives_writing", default=None)
_READING: ContextVar[dict[str, Exercise | None] | None] = ContextVar(
    "negatives_reading", default=None
)


# Stands in for an exercise whose definition in $.exercises failed (and was reported there), so
# that the sets referring to it are still checked for their own problems.
_PLACEHOLDER = Exercise("invalid-exercise", "invalid exercise", muscles=())


# -- strict primitives ----------------------------------------------------------------------------


def _type_error(expected: str, value: object) -> ValidationError:
    budget = _BUDGET.get()
    if budget is not None and budget.left <= 0:
        return _CollectedError((), None, 1)  # counted, not listed: no message to build
    return ValidationError([Problem((), f"must be {expected}, got {_json_describe(value)}")])


def _json_describe(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    return describe(value)


def _structure_int(value: Any, _: Any) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, float) and value.is_integer() and abs(value) <= 2**53:
        return int(value)  # JSON writers in other languages may write 8.0 for 8
    raise _type_error("a whole number", value)


def _structure_float(value: Any, _: Any) -> float:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            result = float(value)
        except OverflowError:
            result = math.inf
        if not math.isfinite(result):
            raise _type_error("a finite number", value)
        return result
    raise _type_error("a number", value)


def _structure_str(value: Any, _: Any) -> str:
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise _type_error("valid Unicode text (it holds a lone surrogate)", value) from None
        return value
    raise _type_error("text", value)


def _structure_bool(value: Any, _: Any) -> bool:
    if isinstance(value, bool):
        return value
    raise _type_error("true or false", value)


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _structure_date(value: Any, _: Any) -> dt.date:
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise _type_error("a date like '2026-11-25'", value)


def _structure_datetime(value: Any, _: Any) -> dt.datetime:
    if isinstance(value, str):
        try:
            result = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            pass
        else:
            if result.utcoffset() is None:
                raise _type_error(
                    "a date and time with its UTC offset, like '2026-11-25T18:30:00+01:00'",
                    value,
                )
            return result
    raise _type_error("a date and time like '2026-11-25T18:30:00+01:00'", value)


def _enum_hook(cls: type[Enum]) -> Callable[[Any, Any], Enum]:
    allowed = ", ".join(repr(member.value) for member in cls)

    def structure(value: Any, _: Any) -> Enum:
        try:
            return cls(value)
        except (ValueError, TypeError):
            raise _type_error(f"one of {allowed}", value) from None

    return structure


def _enum_value(member: Enum) -> Any:
    return member.value


def _structure_scalar(value: Any, t: Any) -> Any:
    if value is None and type(None) in get_args(t):
        return None
    if isinstance(value, str):
        return _structure_str(value, str)
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return _structure_float(value, float)
    raise _type_error("a number, true/false or text", value)


def _structure_method(value: Any, _: Any) -> Method | str:
    if not isinstance(value, str):
        raise _type_error("a method name like 'partner_assisted'", value)
    try:
        return Method(value)
    except ValueError:
        return value  # a custom method; the model validates its spelling


def _structure_tempo(value: Any, _: Any) -> Tempo:
    if not isinstance(value, str):
        raise _type_error("a tempo like '3-1-2-0'", value)
    try:
        return Tempo.parse(value)
    except ParseError as error:
        raise ValidationError([Problem((), str(error))]) from None


def _structure_rep_range(value: Any, _: Any) -> RepRange:
    if (
        isinstance(value, list)
        and len(value) == 2
        and all(isinstance(v, int) and not isinstance(v, bool) for v in value)
    ):
        try:
            return RepRange(value[0], value[1])
        except ValidationError as error:
            # Written as a list: locate problems by index, not by field name.
            index = {"low": 0, "high": 1}
            raise ValidationError(
                [Problem((index.get(str(p.loc[0]), 0),), p.message) for p in error.problems]
            ) from None
    raise _type_error("a rep range [low, high] like [8, 10]", value)


def _is_tuple(t: Any) -> bool:
    return t is tuple or get_origin(t) is tuple


def _is_frozen_dict(t: Any) -> bool:
    return get_origin(t) is FrozenDict


# -- the converter -----------------------------------------------------------------------------


class NegativesConverter(cattrs.Converter):
    """A cattrs converter configured for ``negatives`` documents (see `make_converter`)."""

    __slots__ = ("exercise_hooks",)

    exercise_hooks: tuple[Callable[[Any, Any], Exercise], Callable[[Exercise], dict[str, Any]]]
    """Structure and unstructure an exercise in full (not as a reference)."""


def make_converter(*, progressions: Iterable[type] = ()) -> NegativesConverter:
    """A new converter that reads and writes every ``negatives`` type.

    Each call returns a fresh converter; the library never registers hooks on cattrs' global
    converter, so it cannot change how other code serialises.

    Args:
        progressions: progression classes besides the built-in ones (plugins, from
            ``negatives.progressions.load_progression``, or your own), so that programs using
            them are read and written: progressions are a tagged union on ``"kind"``.

    Raises:
        PluginError: a class that is not a progression, or whose kind is already taken.

    Examples:
        >>> import negatives as neg
        >>> c = neg.make_converter()
        >>> c.unstructure(neg.kg(40))
        {'value': 40.0, 'unit': 'kg'}
    """
    # Reading is done by the hooks below (strict types, every problem located); cattrs
    # generates the writers, leaving out fields equal to their defaults.
    c = NegativesConverter(omit_if_default=True)

    for exact, hook in (
        (int, _structure_int),
        (float, _structure_float),
        (str, _structure_str),
        (bool, _structure_bool),
        (dt.date, _structure_date),
        (dt.datetime, _structure_datetime),
    ):
        c.register_structure_hook(exact, hook)
    # Each enum by its own class: StrEnums are str subclasses, so the str hook would win.
    for enum in _ENUMS:
        c.register_structure_hook(enum, _enum_hook(enum))
        c.register_unstructure_hook(enum, _enum_value)
    c.register_unstructure_hook(dt.date, dt.date.isoformat)
    c.register_unstructure_hook(dt.datetime, dt.datetime.isoformat)
    c.register_structure_hook_func(lambda t: t == Method | str, _structure_method)
    c.register_unstructure_hook_func(lambda t: t == Method | str, str)
    c.register_structure_hook(Tempo, _structure_tempo)
    c.register_unstructure_hook(Tempo, str)
    c.register_structure_hook(RepRange, _structure_rep_range)
    c.register_unstructure_hook(RepRange, lambda r: [r.low, r.high])

    def tuple_hook(t: Any) -> Callable[[Any, Any], tuple[Any, ...]]:
        args = get_args(t)
        homogeneous = len(args) == 2 and args[1] is Ellipsis

        def structure(value: Any, _: Any) -> tuple[Any, ...]:
            if homogeneous:
                if not isinstance(value, list):
                    raise _type_error("a list", value)
                types = (args[0],) * len(value)
            else:
                if not isinstance(value, list) or len(value) != len(args):
                    raise _type_error(f"a list of {len(args)} values", value)
                types = args
            out: list[Any] = []
            found = _Found()
            if homogeneous:
                item_type = args[0]
                hook = c.get_structure_hook(item_type)
                for index, item in enumerate(value):
                    try:
                        out.append(hook(item, item_type))
                    except Exception as error:
                        found.add_error(error, (index,))
            else:
                for index, (item, item_type) in enumerate(zip(value, types, strict=True)):
                    try:
                        out.append(c.get_structure_hook(item_type)(item, item_type))
                    except Exception as error:
                        found.add_error(error, (index,))
            found.raise_if_any()
            return tuple(out)

        return structure

    c.register_structure_hook_factory(_is_tuple, tuple_hook)
    c.register_unstructure_hook_func(_is_tuple, lambda v: [c.unstructure(x) for x in v])

    def frozen_dict_hook(t: Any) -> Callable[[Any, Any], FrozenDict[Any, Any]]:
        key_type, value_type = get_args(t)

        # Keys are text; an enum's (muscle groups) become its members where they name one, and
        # stay text otherwise, for the class to report with every other problem of the object.
        def structure_key(key: Any, t: Any) -> Any:
            text = _structure_str(key, t)
            return soft_enum(key_type, text) if key_type in _ENUMS else text

        def structure(value: Any, _: Any) -> FrozenDict[Any, Any]:
            if not isinstance(value, dict):
                raise _type_error("an object", value)
            structure_value = c.get_structure_hook(value_type)
            out = {}
            found = _Found()
            for key, item in value.items():
                try:
                    out[structure_key(key, key_type)] = structure_value(item, value_type)
                except Exception as error:
                    found.add_error(error, (str(key),))
            found.raise_if_any()
            return FrozenDict(out)

        return structure

    c.register_structure_hook_factory(_is_frozen_dict, frozen_dict_hook)
    c.register_unstructure_hook_func(
        _is_frozen_dict,
        lambda d: {(k.value if isinstance(k, Enum) else k): c.unstructure(v) for k, v in d.items()},
    )
    c.register_structure_hook_factory(attrs.has, lambda cl: _attrs_hook(c, cl))

    def unstructure_attrs(cl: Any) -> Callable[[Any], dict[str, Any]]:
        omitted: dict[str, Any] = {
            a.name: override(omit=True) for a in attrs.fields(cl) if not _serialized(a)
        }
        return make_dict_unstructure_fn(cl, c, _cattrs_omit_if_default=True, **omitted)

    c.register_unstructure_hook_factory(_has_unserialized_fields, unstructure_attrs)
    c.register_structure_hook_func(_is_scalar_union, _structure_scalar)

    # Exercises: in full at the top of a document, by id inside it.
    structure_exercise = _attrs_hook(c, Exercise)
    unstructure_exercise = make_dict_unstructure_fn(Exercise, c, _cattrs_omit_if_default=True)

    def exercise_or_reference(value: Any, _: Any) -> Exercise:
        if isinstance(value, dict):
            return structure_exercise(value, Exercise)
        if not isinstance(value, str):
            raise _type_error("an exercise id (defined in $.exercises) or an exercise", value)
        known = _READING.get()
        if known is None or value not in known:
            raise ValidationError(
                [Problem((), f"unknown exercise {value!r}: define it in $.exercises")]
            )
        exercise = known[value]
        return _PLACEHOLDER if exercise is None else exercise

    def reference_or_exercise(exercise: Exercise) -> Any:
        table = _WRITING.get()
        if table is None:
            return unstructure_exercise(exercise)
        known = table.setdefault(exercise.id, exercise)
        if known is not exercise and known != exercise:
            raise ValidationError(
                [
                    Problem(
                        (),
                        f"two different exercises share the id {exercise.id!r} "
                        f"({known.name!r} and {exercise.name!r}); give one a new id",
                    )
                ]
            )
        return exercise.id

    c.register_structure_hook(Exercise, exercise_or_reference)
    c.register_unstructure_hook(Exercise, reference_or_exercise)
    c.exercise_hooks = (structure_exercise, unstructure_exercise)
    # A summary's eccentric share is derived (its default), but written for the readers of
    # reports.
    c.register_unstructure_hook(
        Summary,
        make_dict_unstructure_fn(
            Summary,
            c,
            _cattrs_omit_if_default=True,
            eccentric_share=override(omit_if_default=False),
        ),
    )
    _register_progressions(c, progressions)
    return c


#: attrs field metadata key: ``{SERIALIZE: False}`` keeps a field out of documents (e.g. the
#: rule objects a policy holds in memory).
SERIALIZE = "negatives.serialize"


def _serialized(field: attrs.Attribute[Any]) -> bool:
    return bool(field.metadata.get(SERIALIZE, True))


def _has_unserialized_fields(t: Any) -> bool:
    return attrs.has(t) and not all(_serialized(a) for a in attrs.fields(t))


def _is_scalar_union(t: Any) -> bool:
    return any(t == union for union in (ParamValue, CtxValue, str | int))


def _attrs_hook(c: cattrs.Converter, cl: type[T]) -> Callable[[Any, Any], T]:
    """Structure an attrs class from a JSON object, reporting every problem at once.

    Each field is read on its own; then the class is constructed, so that its own checks run.
    When some fields could not be read but others could, the class is still constructed once,
    with ``None`` for the unreadable ones, to report the problems of the *other* fields too
    (problems of the unreadable fields are already known and not repeated; if that attempt
    fails in another way it is ignored). Once the problems listed reach the limit, that second
    construction is skipped: further problems are counted as the fields' own reading finds them.
    """
    hints = get_type_hints(cl)
    fields = [
        (a.name, hints[a.name], a.default is attrs.NOTHING)
        for a in attrs.fields(cl)  # type: ignore[arg-type]
        if _serialized(a)
    ]
    names = [name for name, _, _ in fields]
    hooks: dict[str, Callable[[Any, Any], Any]] = {}

    # A load is the value most often written by hand (in an athlete's TOML): say its shape.
    expected = 'an object like {"value": 100, "unit": "kg"}' if cl is Load else "an object"

    def structure(value: Any, _: Any) -> T:
        if not isinstance(value, dict):
            raise _type_error(expected, value)
        if not hooks:
            hooks.update({name: c.get_structure_hook(t) for name, t, _ in fields})
        unknown = len(value) > len(hooks) or not value.keys() <= hooks.keys()
        kwargs: dict[str, Any] = {}
        errors: list[tuple[str, BaseException | None]] = []
        for name, t, required in fields:
            if name not in value:
                if required:
                    errors.append((name, None))
                    kwargs[name] = None
                continue
            try:
                kwargs[name] = hooks[name](value[name], t)
            except Exception as error:
                errors.append((name, error))
                kwargs[name] = None
        if not errors and not unknown:
            return cl(**kwargs)  # the common case, without collecting anything
        found = _Found()
        if unknown:
            for key in value:
                if not isinstance(key, str):
                    found.add(Problem((), f"field names must be text, got {describe(key)}"))
                elif key not in hooks:
                    close = difflib.get_close_matches(key, names, n=1)
                    hint = f" (did you mean {close[0]!r}?)" if close else ""
                    found.add(Problem((key,), f"unknown field{hint}"))
        failed = set()
        for name, cause in errors:
            failed.add(name)
            if cause is None:
                found.add(Problem((name,), "required field missing"))
            else:
                found.add_error(cause, (name,))
        # The class's own checks, for the problems of the fields that could be read; unless no
        # field given could be read (they would only report about the stand-ins), or no more
        # problems are listed anyway: then only what the fields' own reading found is counted,
        # and a bad item costs about what a good one does.
        if found.budget.left > 0 and (
            not errors or any(name in value and name not in failed for name, _, _ in fields)
        ):
            try:
                cl(**kwargs)
            except ValidationError as error:
                # Only the class's own checks: a nested class built by a converter from a
                # stand-in value reports about it, and that field is already known to be wrong.
                if error.owner == cl.__name__:
                    for problem in error.problems:
                        if not problem.loc or problem.loc[0] not in failed:
                            found.add(problem)
            except Exception:
                pass  # a best effort to find more problems; enough are known already
        found.raise_if_any()
        raise AssertionError("unreachable: problems were found")  # pragma: no cover

    return structure


def _register_progressions(c: NegativesConverter, extra: Iterable[type]) -> None:
    """Progressions as a tagged union on ``"kind"``: built-ins plus ``extra``."""
    from .progressions.base import Progression
    from .progressions.registry import progression_kinds

    kinds = progression_kinds(extra, "make_converter(progressions=...)")

    def structure(value: Any, _: Any) -> Any:
        if not isinstance(value, dict):
            raise _type_error("a progression: an object with a 'kind'", value)
        kind = value.get("kind")
        if "kind" not in value:
            raise ValidationError([Problem(("kind",), "required field missing")])
        cls = kinds.get(kind) if isinstance(kind, str) else None
        if cls is None:
            known = ", ".join(repr(k) for k in sorted(kinds))
            raise ValidationError(
                [
                    Problem(
                        ("kind",),
                        f"unknown progression {_json_describe(kind)} (known: {known}); a "
                        "plugin's must be passed to make_converter(progressions=[...])",
                    )
                ]
            )
        body = {k: v for k, v in value.items() if k != "kind"}
        return c.structure(body, cls)

    def is_progression_class(t: Any) -> bool:
        return (
            isinstance(t, type)
            and attrs.has(t)
            and isinstance(getattr(t, "kind", None), str)
            and callable(getattr(t, "propose", None))
        )

    def unstructure_factory(cls: Any) -> Callable[[Any], dict[str, Any]]:
        body = make_dict_unstructure_fn(cls, c, _cattrs_omit_if_default=True)

        def unstructure(obj: Any) -> dict[str, Any]:
            return {"kind": cls.kind, **body(obj)}

        return unstructure

    c.register_structure_hook(Progression, structure)
    c.register_unstructure_hook_factory(is_progression_class, unstructure_factory)
    c.register_unstructure_hook(Progression, lambda obj: c.unstructure(obj, type(obj)))


_DEFAULT: NegativesConverter | None = None


def _converter(converter: NegativesConverter | None) -> NegativesConverter:
    global _DEFAULT
    if converter is not None:
        if not isinstance(converter, NegativesConverter):
            raise TypeError(
                f"expected a converter made by negatives.make_converter(), got "
                f"{type(converter).__name__}"
            )
        return converter
    if _DEFAULT is None:
        _DEFAULT = make_converter()
    return _DEFAULT


@contextmanager
def _bind(var: ContextVar[Any], value: Any) -> Iterator[None]:
    token = var.set(value)
    try:
        yield
    finally:
        var.reset(token)


# -- documents -------------------------------------------------------------------------------------


def _kind_of(cls: type) -> str:
    try:
        return KINDS[cls]
    except (KeyError, TypeError):  # TypeError: an unhashable argument
        names = ", ".join(sorted(t.__name__ for t in KINDS))
        what = cls.__name__ if isinstance(cls, type) else describe(cls)
        raise TypeError(f"{what} is not a negatives document type ({names})") from None


def to_dict(obj: object, *, converter: NegativesConverter | None = None) -> dict[str, Any]:
    """``obj`` as a document: a JSON-ready dict with ``schema`` and ``kind``.

    Raises:
        ValidationError: two different exercises in ``obj`` share an id.

    Examples:
        >>> import negatives as neg
        >>> neg.to_dict(neg.Setup(spotters=1))
        {'schema': 1, 'kind': 'setup', 'spotters': 1}
    """
    c = _converter(converter)
    cls = type(obj)
    kind = _kind_of(cls)
    _, unstructure_exercise = c.exercise_hooks
    document: dict[str, Any] = {"schema": SCHEMA_VERSION, "kind": kind}
    table: dict[str, Exercise] = {}
    if isinstance(obj, Exercise):
        body: Any = unstructure_exercise(obj)
    else:
        with _bind(_WRITING, table):
            body = c.unstructure(obj, cls)
    if table:
        document["exercises"] = [unstructure_exercise(table[key]) for key in sorted(table)]
    if isinstance(body, dict):
        document.update(body)
    else:
        document["value"] = body
    return document


def to_json(
    obj: object, *, indent: int | None = None, converter: NegativesConverter | None = None
) -> str:
    """``obj`` as a JSON document (see `to_dict`); ``indent`` pretty-prints it.

    Examples:
        >>> import negatives as neg
        >>> neg.to_json(neg.kg(40))
        '{"schema": 1, "kind": "load", "value": 40.0, "unit": "kg"}'
    """
    return json.dumps(
        to_dict(obj, converter=converter), indent=indent, ensure_ascii=False, allow_nan=False
    )


def from_dict(
    data: Any,
    cls: type[T],
    *,
    converter: NegativesConverter | None = None,
    max_problems: int = MAX_PROBLEMS,
) -> T:
    """Read a document (a dict as parsed from JSON) as an instance of ``cls``.

    The document is read to its end, in time linear in its size; the first ``max_problems``
    problems are listed with their JSON paths and further ones counted
    (`ValidationError.more`), so that a document of a million bad items is reported in bounded
    memory, a bad item costing no more than a good one.

    Raises:
        ValidationError: the problems found, each with its JSON path.
        SchemaVersionError: the document was written by a newer version of the format.
    """
    c = _converter(converter)
    kind = _kind_of(cls)
    if isinstance(max_problems, bool) or not isinstance(max_problems, int):
        raise TypeError(f"max_problems must be a whole number, got {describe(max_problems)}")
    if max_problems < 1:
        raise ValueError(f"max_problems must be at least 1, got {max_problems}")
    if not isinstance(data, dict):
        raise ValidationError([Problem((), f"must be a JSON object, got {_json_describe(data)}")])
    _check_envelope(data, kind)
    with _bind(PROBLEM_LIMIT, max_problems), _bind(_BUDGET, _Budget(max_problems)):
        try:
            return _read(c, data, cls)
        except _CollectedError as error:  # the public type, not the reader's own
            raise ValidationError(error.problems, None, error.more) from None


def _read(c: NegativesConverter, data: dict[str, Any], cls: type[T]) -> T:
    structure_exercise, _ = c.exercise_hooks
    found = _Found()
    known: dict[str, Exercise | None] = {}
    definitions = data.get("exercises", [])
    if not isinstance(definitions, list):
        found.add(Problem(("exercises",), f"must be a list, got {_json_describe(definitions)}"))
        definitions = []
    for index, definition in enumerate(definitions):
        exercise_id = definition.get("id") if isinstance(definition, dict) else None
        try:
            exercise = structure_exercise(definition, Exercise)
        except Exception as error:  # reported with its path below
            found.add_error(error, ("exercises", index))
            if isinstance(exercise_id, str) and exercise_id not in known:
                known[exercise_id] = None
            continue
        if exercise.id in known:
            found.add(Problem(("exercises", index, "id"), f"defines {exercise.id!r} a second time"))
            continue
        known[exercise.id] = exercise
    if cls is Exercise:
        body: Any = {k: v for k, v in data.items() if k not in ("schema", "kind")}
    elif _writes_value(cls):
        for key in data:
            if key not in (*_ENVELOPE, "value"):
                found.add(Problem((str(key),), "unknown field"))
        if "value" not in data:
            found.add(Problem(("value",), "required field missing"))
            found.raise_if_any()
        body = data["value"]
    else:
        body = {k: v for k, v in data.items() if k not in _ENVELOPE}
    try:
        with _bind(_READING, known):
            result = c.structure(body, cls)
    except Exception as error:
        found.add_error(error, ("value",) if _writes_value(cls) else ())
    found.raise_if_any()
    return result


def _writes_value(cls: type) -> bool:
    return cls in (Tempo, RepRange)


def _check_envelope(data: dict[str, Any], kind: str) -> None:
    if "schema" not in data:
        raise ValidationError(
            [
                Problem(
                    ("schema",),
                    'required field missing (a negatives document starts with "schema": 1)',
                )
            ]
        )
    version = data["schema"]
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ValidationError(
            [Problem(("schema",), f"must be a format version >= 1, got {_json_describe(version)}")]
        )
    if version > SCHEMA_VERSION:
        raise SchemaVersionError(
            f"this document uses format version {version}; this version of negatives reads "
            f"version {SCHEMA_VERSION} and older. Upgrade negatives to read it."
        )
    if data.get("kind") != kind:
        got = data.get("kind")
        raise ValidationError(
            [
                Problem(
                    ("kind",),
                    f"expected {kind!r}, got {_json_describe(got)}"
                    + ("" if "kind" in data else " (field missing)"),
                )
            ]
        )


def from_json(
    text: str | bytes,
    cls: type[T],
    *,
    converter: NegativesConverter | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_problems: int = MAX_PROBLEMS,
) -> T:
    """Read a JSON document written by `to_json` (or another program) as ``cls``.

    Untrusted input is bounded: text larger than ``max_bytes``, nesting deeper than Python can
    parse, integers with thousands of digits and ``NaN``/``Infinity`` are refused. The first
    ``max_problems`` problems (default 100) are listed and further ones counted (see
    `from_dict`), so that a bad document is reported in bounded time and memory.

    Raises:
        ParseError: not JSON, or too large.
        ValidationError: every problem found, each with its JSON path.
        SchemaVersionError: the document was written by a newer version of the format.

    Examples:
        >>> import negatives as neg
        >>> neg.from_json('{"schema": 1, "kind": "load", "value": -5, "unit": "stone"}',
        ...               neg.Load)
        Traceback (most recent call last):
        ...
        negatives.errors.ValidationError: $.unit: must be one of 'kg', 'lb', got 'stone'
    """
    if not isinstance(text, (str, bytes, bytearray)):
        raise TypeError(f"from_json() reads text, got {describe(text)}")
    if isinstance(max_bytes, bool) or not isinstance(max_bytes, int):
        raise TypeError(f"max_bytes must be a whole number, got {describe(max_bytes)}")
    try:
        size = len(text.encode("utf-8") if isinstance(text, str) else text)
    except UnicodeEncodeError:
        raise ParseError("the text is not valid Unicode (it holds a lone surrogate)") from None
    if size > max_bytes:
        raise ParseError(
            f"the document is {size} bytes, more than the limit of {max_bytes}; "
            "pass max_bytes= to read larger documents"
        )
    try:
        data = json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as error:
        raise ParseError(
            f"not valid JSON at line {error.lineno} column {error.colno}: {error.msg}"
        ) from None
    except RecursionError:
        raise ParseError("the JSON is nested too deeply to read") from None
    except UnicodeDecodeError as error:
        raise ParseError(f"not valid UTF-8 text: {error}") from None
    except ValueError as error:  # an integer of thousands of digits, NaN, Infinity
        message = str(error)
        if "digits" in message:
            message = "a number has more digits than any training value"
        raise ParseError(f"not valid JSON: {message}") from None
    return from_dict(data, cls, converter=converter, max_problems=max_problems)


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


# -- error reporting -----------------------------------------------------------------------------


class _Budget:
    """How many more problems a document being read may list (the others are counted)."""

    __slots__ = ("left",)

    def __init__(self, left: int) -> None:
        self.left = left


# The budget of the document being read by `from_dict`; None outside it (a converter used
# directly), where each value lists up to `PROBLEM_LIMIT` of its own.
_BUDGET: ContextVar[_Budget | None] = ContextVar("negatives_budget", default=None)


class _CollectedError(ValidationError):
    """The problems of a part of a document, each already counted against the budget."""


class _Found:
    """The problems of one value being read: listed while the budget lasts, then counted.

    The whole document shares one budget (`from_dict`'s ``max_problems``), spent in the order
    problems are found, which is the document's order: the problems listed are the first ones,
    and once it is spent no further problem is located or even worded. Reading a million bad
    items holds a bounded number of problems.
    """

    __slots__ = ("budget", "more", "problems", "shared")

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.more = 0
        budget = _BUDGET.get()
        self.shared = budget is not None
        self.budget = budget if budget is not None else _Budget(PROBLEM_LIMIT.get())

    def add(self, problem: Problem) -> None:
        budget = self.budget
        if budget.left > 0:
            budget.left -= 1
            self.problems.append(problem)
        else:
            self.more += 1

    def add_error(self, error: BaseException, loc: Loc) -> None:
        """The located problems behind a structuring error.

        Every hook here reports with `ValidationError`; anything else escaped from a hook
        (cattrs' own, for a type this module does not cover) is reported as unreadable, with
        its text, rather than let through bare.
        """
        if not isinstance(error, ValidationError):
            self.add(Problem(loc, f"could not be read ({type(error).__name__}: {error})"))
            return
        if self.shared and isinstance(error, _CollectedError):  # listed within the shared budget
            self.problems.extend(problem.within(*loc) for problem in error.problems)
        else:  # a constructor's or a hook's own: each spends the budget
            budget = self.budget
            for problem in error.problems:
                if budget.left > 0:
                    budget.left -= 1
                    self.problems.append(problem.within(*loc))
                else:
                    self.more += 1
        self.more += error.more

    def raise_if_any(self) -> None:
        if self.problems or self.more:
            raise _CollectedError(self.problems, None, self.more)

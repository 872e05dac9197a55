"""The built-in exercise catalog: names as logging apps write them, read into `Exercise` objects.

Workout apps name exercises in their own ways: Strong and Hevy write ``"Bench Press
(Barbell)"``, FitNotes ``"Flat Barbell Bench Press"``, JEFIT ``"Barbell Bench Press"``, and
people add their own (``"Bench press Backup "``). The catalog maps every such name to one
`Exercise` with a stable id (``"bench-press"``) and the data the library's calculators and
safety rules need: muscle groups, equipment, limb mode, the phase a repetition starts with,
the share of bodyweight moved, how loads are logged, an eccentric:concentric strength ratio
where a study gives one, and a spotting risk class.

Reading names:

* `resolve` says what a name means and never raises: an exercise (``"matched"`` by id, name
  or alias, or ``"derived"`` from the name's structure), the exercises an ``"ambiguous"`` name
  could mean, ``"cardio"`` or ``"stretch"``, or ``"unknown"`` with close suggestions.
* `parse_name` returns the parts of a name: movement words, equipment, side, flags
  (`NameParts`). The importers read the load convention of a name the catalog does not know
  from it ("the equipment in the name tells").
* `lookup` returns exactly one exercise or raises `CatalogError` (a `LookupError`) with the
  ``candidates``. `find` returns every exercise a text names or describes. `exercises` lists
  the catalog; `aliases` the other names of one exercise.
* `load_names` reads your own names (a TOML or JSON file of ``"name" = "exercise-id"``, and
  new exercises) into a catalog that puts them first.

Names are read *structurally*: movement + equipment + side + modifiers, with synonyms and
spellings folded (bicep/biceps, push down/pushdown, DB/dumbbell, pulley/cable, plurals, word
order). ``"Bicep Curl (Cable)"``, ``"Cable Curls"`` and ``"cable bicep curl"`` are one
exercise; ``"Overhead Press (Each Side, Dumbbells)"`` is the dumbbell shoulder press, with the
load marked per side. Nothing is guessed: a name that could mean exercises with different
muscles or loading is ambiguous; a bare name whose equipment is not stated resolves to a
*movement-level* exercise (muscles certain, equipment OTHER, loads as logged) and says so.

Where the numbers come from (DOMAIN §2, §5; ``negatives.catalog._entries`` and
``_movements`` give each one):

* ``ecc_con_ratio``: Hollander et al. 2007 (J Strength Cond Res 21(1):34-40; men, 1RM on
  weight-stack machines; high confidence, small n) for the machine lifts it measured: lat
  pulldown 1.32, leg press 1.44, chest press 1.40, leg extension 1.35, seated military press
  1.49, leg curl 1.27. The barbell bench press uses Kelly et al. 2015 (J Strength Cond Res
  29(4):1027-1032): 115.99 / 93.56 kg ≈ 1.24. Every other exercise has ``None`` (no
  exercise-specific figure; callers fall back to a default such as 1.40); a variant derived
  from a measured exercise (one arm, another machine) never carries its ratio.
* ``bodyweight_fraction``: pull-up and chin-up 1.0, dip 0.95 (range 0.9-1.0), push-up 0.65,
  Nordic curl 0.88 (the body above the knees). Low confidence, overridable. The Nordic curl is
  ``eccentric_only``: its sets are eccentric overload however they are logged.
* ``risk``: NSCA spotting practice (medium confidence) for the high class; reasoning (low
  confidence) for the rest.

To extend the catalog, build your own from the built-in one; the built-in catalog itself never
changes:

Examples:
    >>> import negatives as neg
    >>> from negatives import catalog
    >>> catalog.lookup("Bench Press (Barbell)").id
    'bench-press'
    >>> catalog.lookup("barbell bench-press").ecc_con_ratio
    1.24
    >>> catalog.resolve("Lat Pulldown (Pulley)").exercise.id
    'lat-pulldown'
    >>> r = catalog.resolve("Cable Kickback")
    >>> r.kind, r.candidates
    ('ambiguous', ('cable-triceps-kickback', 'glute-kickback'))
    >>> spanish = neg.Exercise("spanish-squat", "Spanish Squat", muscles=["quadriceps"],
    ...                        equipment="band", starts_with="eccentric")
    >>> mine = catalog.Catalog.builtin().with_exercises(
    ...     spanish, aliases={"spanish-squat": ["Spanish Squats"], "bench-press": ["Flat Bench"]})
    >>> mine.lookup("spanish squats").name, mine.lookup("flat bench").id
    ('Spanish Squat', 'bench-press')
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # loaded on first use (PEP 562 below), so `import negatives` stays fast
    import os
    from collections.abc import Mapping

    from ..model import Exercise
    from ._catalog import MAX_SUGGESTIONS, Catalog, CatalogEntry, Resolution, ResolutionKind
    from ._names import NameParts, normalize_name, parse_name

__all__ = [
    "MAX_SUGGESTIONS",
    "Catalog",
    "CatalogEntry",
    "NameParts",
    "Resolution",
    "ResolutionKind",
    "aliases",
    "exercises",
    "find",
    "load_names",
    "lookup",
    "normalize_name",
    "parse_name",
    "resolve",
]

_LAZY = {
    "MAX_SUGGESTIONS": "._catalog",
    "Catalog": "._catalog",
    "CatalogEntry": "._catalog",
    "Resolution": "._catalog",
    "ResolutionKind": "._catalog",
    "NameParts": "._names",
    "normalize_name": "._names",
    "parse_name": "._names",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'negatives.catalog' has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


def _builtin() -> Catalog:
    from ._catalog import _builtin

    return _builtin()


def load_names(
    source: str | os.PathLike[str] | Mapping[str, Any], *, base: Catalog | None = None
) -> Catalog:
    """A catalog that reads your own exercise names first: from a TOML or JSON names file.

    The file maps names, as your app writes them, to exercise ids; it may also define new
    exercises (the fields of `Exercise`, plus ``aliases`` and ``notes``) for the names to map
    to. In TOML::

        "Bench press Backup" = "bench-press"
        "Row Machine Back Up" = "machine-seated-row"
        "Zercher Walk" = "zercher-carry"

        [[exercises]]
        id = "zercher-carry"
        name = "Zercher Carry"
        muscles = ["upper_back", "abdominals"]
        secondary_muscles = ["quadriceps", "biceps"]
        equipment = "barbell"
        aliases = ["Zercher Carries"]

    In JSON, the same object: ``{"Bench press Backup": "bench-press", "exercises": [...]}``;
    a ``[names]`` table (``"names": {...}``) holds names too. Names are compared as the
    catalog compares them (`normalize_name`, word order ignored) and take precedence over every
    reading but an exact exercise id. A new exercise whose ``load_convention`` is not given
    takes its equipment's: ``per_implement`` for dumbbells and kettlebells, ``total``
    otherwise.

    Args:
        source: a path to a ``.toml`` or ``.json`` file; TOML or JSON text (a string with a
            newline, an ``=`` or starting with ``{``); or the data as a mapping.
        base: the catalog to extend (default: the built-in one).

    Returns:
        A new catalog: ``base`` with the new exercises and the names.

    Raises:
        ParseError: the file cannot be opened, is not UTF-8, cannot be read as TOML or JSON
            (the message gives the line), or is larger than 1 MiB.
        ValidationError: a name maps to an id that is in neither the catalog nor the file, one
            name is mapped to two ids, an exercise has a bad or unknown field, or a value has
            the wrong type; every problem is listed with its key (and the file's name).
        TypeError: ``source`` is not a path, text or a mapping.

    Examples:
        >>> mine = load_names('"Bench press Backup" = "bench-press"')
        >>> mine.resolve("Bench press Backup ").exercise.id
        'bench-press'
        >>> load_names('"Bench" = "bench-pres"')
        Traceback (most recent call last):
        ...
        negatives.errors.ValidationError: "Bench": no exercise has the id 'bench-pres'; did \
you mean 'bench-press'?
    """
    from ._names_file import read_names

    return read_names(source, base=base)


def resolve(name: str) -> Resolution:
    """What a name means in the built-in catalog (see `Catalog.resolve`); never raises.

    Examples:
        >>> r = resolve("Flat Barbell Bench Press (Each Side) (Smith Machine)")
        >>> r.kind, r.exercise.id, r.parts.per_side
        ('derived', 'smith-machine-bench-press', True)
        >>> r = resolve("Pull Up (Assisted)")
        >>> r.exercise.id, r.parts.assisted
        ('pull-up', True)
        >>> resolve("Running").kind, resolve("Running").reason
        ('cardio', 'cardio or a sport: no muscle-group sets')
        >>> resolve("Plank").hold
        True
    """
    return _builtin().resolve(name)


def lookup(id_or_name: str) -> Exercise:
    """The built-in exercise an id, a name or an alias refers to (see `Catalog.lookup`).

    Raises:
        CatalogError: nothing matches, or the name is ambiguous; ``candidates`` lists ids.

    Examples:
        >>> [lookup(n).id for n in ("Bench Press (Barbell)", "BENCH PRESS (BARBELL)",
        ...                         "Barbell Bench-Press", "Flat Barbell Bench Press")]
        ['bench-press', 'bench-press', 'bench-press', 'bench-press']
        >>> lookup("Overhead Press").id  # FitNotes' name for the barbell lift
        'overhead-press'
        >>> lookup("Zumba")
        Traceback (most recent call last):
        ...
        negatives.errors.CatalogError: not a strength exercise 'Zumba': cardio or a sport: \
no muscle-group sets
    """
    return _builtin().lookup(id_or_name)


def find(text: str) -> tuple[Exercise, ...]:
    """Every built-in exercise ``text`` names or describes, sorted by id (see `Catalog.find`).

    Examples:
        >>> [e.id for e in find("incline bench press")]
        ['incline-bench-press-unspecified']
        >>> [e.id for e in find("hammer curl")]
        ['hammer-curl']
    """
    return _builtin().find(text)


def exercises() -> tuple[Exercise, ...]:
    """Every built-in exercise, sorted by id.

    Examples:
        >>> len(exercises()) >= 400
        True
    """
    return _builtin().exercises()


def aliases(id: str) -> tuple[str, ...]:
    """The other names a built-in exercise is logged under.

    Raises:
        CatalogError: no built-in exercise has this id.

    Examples:
        >>> aliases("dip")
        ('Dips', 'Chest Dip', 'Triceps Dip', 'Parallel Bar Dip', 'Bar Dip', 'Dip (Bodyweight)')
    """
    return _builtin().aliases(id)

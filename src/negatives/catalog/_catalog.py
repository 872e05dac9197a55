"""`Catalog`, `CatalogEntry` and `Resolution`: exercises, their names, and reading a name."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Final, Literal

import attrs

from ..errors import CatalogError, Problem, ValidationError
from ..model import Exercise, LimbMode
from ._names import NameParts, key, parse_name, words

if TYPE_CHECKING:
    from ._movement import Movement
    from ._structure import Reading, Structure

__all__ = ["MAX_SUGGESTIONS", "Catalog", "CatalogEntry", "Resolution", "ResolutionKind"]

#: Most suggestions a miss lists.
MAX_SUGGESTIONS: Final = 5

#: How a name was resolved (see `Resolution`).
ResolutionKind = Literal["matched", "derived", "ambiguous", "cardio", "stretch", "unknown"]

_CARDIO_REASON = "cardio or a sport: no muscle-group sets"
_STRETCH_REASON = "stretching or mobility: no muscle-group sets"


# -- entries ----------------------------------------------------------------------------------


def _to_aliases(value: Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    try:
        return tuple(value)
    except TypeError:
        return value  # type: ignore[return-value]  # reported by the validator


@attrs.frozen
class CatalogEntry:
    """One exercise of a catalog with the other names it is logged under.

    Attributes:
        exercise: the exercise.
        aliases: other names that resolve to it (the app spellings, common variants). An alias
            that another entry shares becomes an *ambiguous* name: it resolves to neither.
            Spellings that normalise alike are all kept (they record how apps write the
            name); repeats of the same string are dropped.
        notes: where the exercise's numbers come from and what was decided about it.

    Examples:
        >>> import negatives as neg
        >>> entry = CatalogEntry(
        ...     neg.Exercise("spanish-squat", "Spanish Squat", muscles=["quadriceps"]),
        ...     aliases=["Spanish Squats", "Band Spanish Squat", "Spanish Squats"],
        ... )
        >>> entry.aliases
        ('Spanish Squats', 'Band Spanish Squat')
    """

    exercise: Exercise
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_to_aliases)
    notes: str = ""

    def __attrs_post_init__(self) -> None:
        problems: list[Problem] = []
        if not isinstance(self.exercise, Exercise):
            problems.append(
                Problem(("exercise",), f"must be an Exercise, got {type(self.exercise).__name__}")
            )
        if not isinstance(self.aliases, tuple):
            problems.append(
                Problem(
                    ("aliases",),
                    f"must be a list of names, got {type(self.aliases).__name__}",
                )
            )
        else:
            for index, alias in enumerate(self.aliases):
                if not isinstance(alias, str):
                    problems.append(
                        Problem(("aliases", index), f"must be text, got {type(alias).__name__}")
                    )
                elif not key(alias):
                    problems.append(
                        Problem(("aliases", index), f"has no letter or digit: {alias!r}")
                    )
        if not isinstance(self.notes, str):
            problems.append(Problem(("notes",), f"must be text, got {type(self.notes).__name__}"))
        if problems:
            raise ValidationError(problems, "CatalogEntry")
        object.__setattr__(self, "aliases", tuple(dict.fromkeys(self.aliases)))

    def names(self) -> tuple[str, ...]:
        """The exercise's name followed by its aliases."""
        return (self.exercise.name, *self.aliases)


# -- resolutions ------------------------------------------------------------------------------


@attrs.frozen
class Resolution:
    """What a name means: an exercise, several it could mean, an activity, or nothing.

    `Catalog.resolve` never raises for a name it cannot map: it says why, and what to do.

    Attributes:
        name: the name as given.
        kind: how it was resolved:

            * ``"matched"``: the name is an exercise's id, name or alias, or your names file
              maps it;
            * ``"derived"``: read from the name's structure (movement, equipment, side); the
              exercise is a catalog exercise, or one derived from a movement of the catalog
              (an implement or a side the catalog does not list) with the same muscles;
            * ``"ambiguous"``: the name could mean exercises that differ (muscles or
              loading); nothing is guessed, ``candidates`` lists them;
            * ``"cardio"``, ``"stretch"``: cardio or a sport, stretching or mobility work;
              no exercise (no muscle-group sets);
            * ``"unknown"``: nothing recognised; ``candidates`` holds close names, if any.
        exercise: the exercise, or ``None``.
        candidates: exercise ids the name could mean (ambiguous) or close suggestions
            (unknown); empty otherwise.
        reason: what was read, or why nothing was, in words a person can act on. A
            movement-level exercise (equipment not stated) says so here.
        parts: the parts of the name (`parse_name`): its equipment decides the load convention
            even when no exercise is found.
        hold: the name or the exercise is a timed hold (plank, dead hang, "... Hold").

    Examples:
        >>> from negatives import catalog
        >>> r = catalog.resolve("Biceps Curl (Pulley)")
        >>> r.kind, r.exercise.id, r.exercise.equipment.value
        ('derived', 'cable-curl', 'cable')
        >>> catalog.resolve("Treadmill").kind, catalog.resolve("Treadmill").exercise
        ('cardio', None)
    """

    name: str
    kind: ResolutionKind
    exercise: Exercise | None
    candidates: tuple[str, ...] = ()
    reason: str = ""
    parts: NameParts | None = None
    hold: bool = False


# -- the index --------------------------------------------------------------------------------


@attrs.frozen
class _Index:
    by_id: dict[str, CatalogEntry]
    by_key: dict[str, tuple[str, ...]]  # normalised name, alias or id -> ids (sorted)
    by_words: dict[str, tuple[str, ...]]  # normalised name or alias, in order -> ids
    word_sets: dict[str, tuple[frozenset[str], ...]]  # id -> word sets of its name and aliases


def _build_index(entries: tuple[CatalogEntry, ...]) -> _Index:
    problems: list[Problem] = []
    by_id: dict[str, CatalogEntry] = {}
    name_owner: dict[str, str] = {}
    for index, entry in enumerate(entries):
        if not isinstance(entry, CatalogEntry):
            problems.append(
                Problem((index,), f"must be a CatalogEntry, got {type(entry).__name__}")
            )
            continue
        ex = entry.exercise
        if ex.id in by_id:
            problems.append(Problem((index, "exercise", "id"), f"repeats the id {ex.id!r}"))
            continue
        by_id[ex.id] = entry
        name = key(ex.name)
        other = name_owner.setdefault(name, ex.id)
        if other != ex.id:
            problems.append(
                Problem(
                    (index, "exercise", "name"),
                    f"{ex.name!r} is the name of {other!r} too (names must differ after "
                    "normalisation; an alias may be shared, and is then ambiguous)",
                )
            )
    if problems:
        raise ValidationError(problems, "Catalog")

    by_key: dict[str, set[str]] = {}
    by_words: dict[str, set[str]] = {}
    word_sets: dict[str, tuple[frozenset[str], ...]] = {}
    for id_, entry in by_id.items():
        sets: list[frozenset[str]] = []
        for text in entry.names():
            found = words(text)
            sets.append(frozenset(found))
            by_key.setdefault(" ".join(sorted(sets[-1])), set()).add(id_)
            by_words.setdefault(" ".join(found), set()).add(id_)
        word_sets[id_] = tuple(sets)
    for id_ in by_id:
        # An id read as words ("bench press") is a name only where no name or alias is.
        by_key.setdefault(key(id_), {id_})
    return _Index(
        by_id=by_id,
        by_key={k: tuple(sorted(ids)) for k, ids in by_key.items()},
        by_words={w: tuple(sorted(ids)) for w, ids in by_words.items()},
        word_sets=word_sets,
    )


class _Reader:
    """The structural side of a catalog: the movement table and where each exercise came from."""

    __slots__ = ("origins", "structure")

    def __init__(self, structure: Structure, origins: Mapping[str, str]) -> None:
        self.structure = structure
        self.origins = origins  # exercise id -> movement id


# -- the catalog ------------------------------------------------------------------------------


def _to_entries(value: Iterable[CatalogEntry]) -> tuple[CatalogEntry, ...]:
    return tuple(value)


def _to_names(value: Mapping[str, str] | Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    items = value.items() if isinstance(value, Mapping) else value
    return tuple((name, id_) for name, id_ in items)


@attrs.frozen(repr=False)
class Catalog:
    """A set of exercises that can be looked up by id, name or alias, and that reads names.

    Build one from entries, or extend the built-in catalog with `with_exercises` and
    `with_names` (or `negatives.catalog.load_names`, from a file). Ids must be unique and so
    must names (after normalisation); an alias may be shared by several exercises, which makes
    it an ambiguous name that `lookup` refuses to resolve.

    The built-in catalog, and every catalog made from it, also reads a name's *structure*
    (`resolve`): "Bicep Curl (Cable)" is the cable curl though no entry spells it so. A
    catalog built directly from entries matches ids, names and aliases only.

    Attributes:
        entries: the exercises with their aliases.
        names: your own names, each mapped to an exercise id; they take precedence over
            every other reading of the name.

    Raises:
        ValidationError: two entries share an id or a name, an entry is not a `CatalogEntry`,
            or a name maps to an id the catalog does not have.

    Examples:
        >>> import negatives as neg
        >>> ex = neg.Exercise("wall-sit", "Wall Sit", muscles=["quadriceps"])
        >>> small = Catalog([CatalogEntry(ex, aliases=["Wall Squat Hold"])])
        >>> small.lookup("wall squat hold").id, len(small)
        ('wall-sit', 1)
        >>> Catalog([CatalogEntry(ex), CatalogEntry(ex)])
        Traceback (most recent call last):
        ...
        negatives.errors.ValidationError: Catalog[1].exercise.id: repeats the id 'wall-sit'
    """

    entries: tuple[CatalogEntry, ...] = attrs.field(converter=_to_entries)
    names: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_to_names)
    _index: _Index = attrs.field(init=False, eq=False, hash=False)
    _by_name: dict[str, str] = attrs.field(init=False, eq=False, hash=False)
    _reader: _Reader | None = attrs.field(init=False, eq=False, hash=False, default=None)
    _cache: dict[str, Resolution] = attrs.field(init=False, eq=False, hash=False, factory=dict)
    _cache_tokens: dict[str, tuple[frozenset[str], ...]] | None = attrs.field(
        init=False, eq=False, hash=False, default=None
    )

    def __attrs_post_init__(self) -> None:
        index = _build_index(self.entries)
        object.__setattr__(self, "_index", index)
        problems: list[Problem] = []
        by_name: dict[str, str] = {}
        for name, id_ in self.names:
            if not isinstance(name, str) or not key(name):
                problems.append(Problem(("names", str(name)), "must be a name with a letter"))
            elif not isinstance(id_, str) or id_ not in index.by_id:
                hint = self._hint(id_) if isinstance(id_, str) else ""
                problems.append(Problem(("names", name), f"no exercise has the id {id_!r}{hint}"))
            else:
                by_name[key(name)] = id_
        if problems:
            raise ValidationError(problems, "Catalog")
        object.__setattr__(self, "_by_name", by_name)

    def __repr__(self) -> str:
        return f"<Catalog of {len(self.entries)} exercises>"

    def __len__(self) -> int:
        return len(self.entries)

    @classmethod
    def builtin(cls) -> Catalog:
        """The catalog shipped with the library (built on first use, then shared).

        Examples:
            >>> Catalog.builtin() is Catalog.builtin()
            True
            >>> Catalog.builtin().lookup("Squat (Barbell)").id
            'back-squat'
        """
        return _builtin()

    # -- building --------------------------------------------------------------------------

    def _derive(
        self, entries: Iterable[CatalogEntry], names: Iterable[tuple[str, str]] | None = None
    ) -> Catalog:
        made = Catalog(entries, self.names if names is None else names)
        object.__setattr__(made, "_reader", self._reader)
        return made

    def with_exercises(
        self,
        *exercises: Exercise | CatalogEntry,
        aliases: Mapping[str, Iterable[str]] | None = None,
    ) -> Catalog:
        """A new catalog with more exercises, or more aliases for the ones it has.

        Args:
            *exercises: exercises (or entries, with their aliases and notes) to add; their ids
                and names must be new.
            aliases: extra names by exercise id, for the added exercises or for any already in
                the catalog.

        Returns:
            A new catalog (reading names as this one does); this one is unchanged.

        Raises:
            ValidationError: an id or a name is already in the catalog, or ``aliases`` names an
                id that is in neither.

        Examples:
            >>> import negatives as neg
            >>> mine = Catalog.builtin().with_exercises(aliases={"dip": ["Bar Dips Weighted"]})
            >>> mine.lookup("Bar Dips Weighted").id
            'dip'
            >>> Catalog.builtin().with_exercises(aliases={"zumba": ["Zumba"]})
            Traceback (most recent call last):
            ...
            negatives.errors.ValidationError: Catalog.aliases.zumba: no exercise has this id
        """
        added = [e if isinstance(e, CatalogEntry) else CatalogEntry(e) for e in exercises]
        entries = [*self.entries, *added]
        if aliases:
            position = {entry.exercise.id: i for i, entry in enumerate(entries)}
            problems = [
                Problem(("aliases", id_), "no exercise has this id")
                for id_ in aliases
                if id_ not in position
            ]
            if problems:
                raise ValidationError(problems, "Catalog")
            for id_, names in aliases.items():
                entry = entries[position[id_]]
                entries[position[id_]] = attrs.evolve(
                    entry, aliases=(*entry.aliases, *_to_aliases(names))
                )
        return self._derive(entries)

    def with_names(self, names: Mapping[str, str]) -> Catalog:
        """A new catalog that maps your own names to exercise ids, before any other reading.

        Args:
            names: exercise names as your app writes them, each mapped to an exercise id of
                this catalog. A name given again replaces the earlier mapping.

        Raises:
            ValidationError: an id is not in the catalog (naming the name).

        Examples:
            >>> mine = Catalog.builtin().with_names({"Bench press Backup": "bench-press"})
            >>> mine.resolve("bench press backup").exercise.id
            'bench-press'
            >>> Catalog.builtin().resolve("bench press backup").exercise.id
            'bench-press-unspecified'
        """
        merged = dict(self.names)
        merged.update(names)
        return self._derive(self.entries, tuple(merged.items()))

    def without(self, *ids: str) -> Catalog:
        """A new catalog without the exercises of these ids (to replace one with your own).

        Raises:
            CatalogError: an id is not in the catalog.

        Examples:
            >>> import negatives as neg
            >>> raise_ = neg.Exercise("lateral-raise", "Lateral Raise", muscles=["shoulders"],
            ...                       equipment="cable")
            >>> mine = Catalog.builtin().without("lateral-raise").with_exercises(raise_)
            >>> mine.lookup("Lateral Raise").equipment.value
            'cable'
        """
        for id_ in ids:
            self.entry(id_)  # raises for an unknown id
        drop = set(ids)
        names = tuple((n, i) for n, i in self.names if i not in drop)
        return self._derive([e for e in self.entries if e.exercise.id not in drop], names)

    # -- reading ---------------------------------------------------------------------------

    def exercises(self) -> tuple[Exercise, ...]:
        """Every exercise of the catalog, sorted by id.

        Examples:
            >>> [e.id for e in Catalog.builtin().exercises()][:3]
            ['ab-wheel', 'abdominals-exercise', 'abductors-exercise']
        """
        return tuple(self._index.by_id[id_].exercise for id_ in sorted(self._index.by_id))

    def entry(self, id: str) -> CatalogEntry:
        """The entry (exercise, aliases and notes) of an exercise id.

        Raises:
            CatalogError: no exercise has this id; close ids are suggested.

        Examples:
            >>> print(Catalog.builtin().entry("nordic-curl").notes)  # doctest: +ELLIPSIS
            Eccentric-only: ... Dosed by reps and sessions a week...
        """
        found = self._index.by_id.get(id) if isinstance(id, str) else None
        if found is None:
            raise self._miss(id, kind="exercise id")
        return found

    def aliases(self, id: str) -> tuple[str, ...]:
        """The other names an exercise is logged under (not including its own name).

        Raises:
            CatalogError: no exercise has this id.

        Examples:
            >>> Catalog.builtin().aliases("chin-up")
            ('Chin Up', 'Chinup', 'Chin-Up (Bodyweight)')
        """
        return self.entry(id).aliases

    def resolve(self, name: str) -> Resolution:
        """What a name means: an exercise, the exercises it could mean, an activity, or nothing.

        In order: an exercise id (exactly); your names (`with_names`, `load_names`); an
        exercise's name or alias (after `normalize_name`, word order ignored); the name's
        structure (`parse_name`: movement + equipment + side, read against the catalog's
        movement table). Nothing is guessed: a name that could mean exercises with different
        muscles or loading is ``"ambiguous"``, with the candidates. A bare name whose equipment
        is not stated ("Chest Fly") resolves to the *movement-level* exercise, whose muscles
        are certain, with equipment OTHER, loads taken as logged, and no risk class unless
        every implement shares one; the reason says so.

        Args:
            name: a name as an app or a person writes it, or an exercise id.

        Returns:
            The resolution; never raises for a name (see `Resolution`).

        Raises:
            TypeError: ``name`` is not text.

        Examples:
            >>> cat = Catalog.builtin()
            >>> r = cat.resolve("Seated Incline Dumbbell Curl (Each Side)")
            >>> r.kind, r.exercise.id, r.exercise.load_convention.value, r.parts.per_side
            ('derived', 'incline-curl', 'per_implement', True)
            >>> r = cat.resolve("Chest Fly")
            >>> r.exercise.id, r.exercise.muscles, r.exercise.equipment.value
            ('chest-fly', (<Muscle.CHEST: 'chest'>,), 'other')
            >>> print(r.reason)  # doctest: +ELLIPSIS
            'Chest Fly' is a name of 'chest-fly' (Chest Fly), equipment not stated: ...
            >>> r = cat.resolve("Press")
            >>> r.kind, r.exercise, r.candidates
            ('ambiguous', None, ('bench-press-unspecified', 'leg-press', 'overhead-press'))
            >>> cat.resolve("Couch Stretch").kind, cat.resolve("Zumba").kind
            ('stretch', 'cardio')
        """
        if not isinstance(name, str):
            raise TypeError(f"an exercise name must be text, got {name!r}")
        cached = self._cache.get(name)
        if cached is None:
            if len(self._cache) > 20_000:
                self._cache.clear()
            cached = self._cache[name] = self._resolve(name)
        return cached

    def lookup(self, id_or_name: str) -> Exercise:
        """The one exercise an id, a name or an alias refers to.

        The id is matched exactly (surrounding spaces aside); names and aliases after
        normalisation (`normalize_name`, word order ignored); then, in a catalog that reads
        structure, the name's structure (see `resolve`).

        Args:
            id_or_name: an exercise id (``"bench-press"``) or a name as an app writes it
                (``"Bench Press (Barbell)"``).

        Returns:
            The exercise.

        Raises:
            CatalogError: nothing matches (``candidates`` holds close suggestions, perhaps
                none), the name is ambiguous (``candidates`` holds the ids it could mean), or
                it names cardio or stretching.

        Examples:
            >>> cat = Catalog.builtin()
            >>> cat.lookup("Pull Up").id, cat.lookup("pullups").id, cat.lookup("dips").id
            ('pull-up', 'pull-up', 'dip')
            >>> cat.lookup("Nordik")
            Traceback (most recent call last):
            ...
            negatives.errors.CatalogError: unknown exercise 'Nordik'; did you mean \
'nordic-curl' (Nordic Curl)?
            >>> cat.lookup("Extension")  # doctest: +ELLIPSIS
            Traceback (most recent call last):
            ...
            negatives.errors.CatalogError: ambiguous exercise 'Extension': it could be \
'back-extension' (Back Extension), ...; look it up by id or by a fuller name
        """
        if not isinstance(id_or_name, str):
            raise TypeError(f"an exercise id or name must be text, got {id_or_name!r}")
        index = self._index
        exact = index.by_id.get(id_or_name.strip())
        if exact is not None:
            return exact.exercise
        name = key(id_or_name)
        if not name:
            raise CatalogError(
                f"cannot look up the exercise {id_or_name!r}: it has no letter or digit",
                id_or_name,
            )
        mapped = self._by_name.get(name)
        if mapped is not None:
            return index.by_id[mapped].exercise
        ids = index.by_key.get(name, ())
        if len(ids) == 1:
            return index.by_id[ids[0]].exercise
        resolution = self.resolve(id_or_name)
        if resolution.exercise is not None:
            return resolution.exercise
        if resolution.kind == "ambiguous" and resolution.candidates:
            raise CatalogError(
                f"ambiguous exercise {id_or_name!r}: it could be "
                f"{self._describe(resolution.candidates)}; look it up by id or by a fuller name",
                id_or_name,
                resolution.candidates,
            )
        if resolution.kind in ("cardio", "stretch"):
            what = _CARDIO_REASON if resolution.kind == "cardio" else _STRETCH_REASON
            raise CatalogError(f"not a strength exercise {id_or_name!r}: {what}", id_or_name)
        raise self._miss(id_or_name, kind="exercise")

    def find(self, text: str) -> tuple[Exercise, ...]:
        """Every exercise that ``text`` names, or else every one whose names contain its words.

        First, every exercise whose id, name or an alias matches ``text`` after normalisation
        (so an ambiguous name finds all its exercises). When none does, every exercise with a
        name or an alias that contains all the words of ``text`` (normalised; any order).
        When none does either, what `resolve` reads in ``text`` (its exercise, if it is in the
        catalog, or its candidates).

        Args:
            text: a name, or some words of one.

        Returns:
            The exercises, sorted by id; empty when nothing matches or ``text`` has no word.

        Examples:
            >>> cat = Catalog.builtin()
            >>> [e.id for e in cat.find("LEG CURLS")]
            ['leg-curl']
            >>> [e.id for e in cat.find("curl leg")]
            ['leg-curl']
            >>> [e.id for e in cat.find("nordic")]
            ['nordic-curl']
            >>> cat.find("zumba")
            ()
        """
        index = self._index
        name = key(text) if isinstance(text, str) else ""
        if not name:
            return ()
        ids = index.by_key.get(name)
        if ids is None:
            found = frozenset(name.split())
            ids = tuple(
                id_
                for id_ in sorted(index.word_sets)
                if any(found <= names for names in index.word_sets[id_])
            )
        if not ids and self._reader is not None:
            resolution = self.resolve(text)
            if resolution.exercise is not None and resolution.exercise.id in index.by_id:
                ids = (resolution.exercise.id,)
            elif resolution.kind == "ambiguous":
                ids = tuple(sorted(i for i in resolution.candidates if i in index.by_id))
        return tuple(index.by_id[id_].exercise for id_ in ids)

    # -- resolving -------------------------------------------------------------------------

    def _resolve(self, name: str) -> Resolution:
        index = self._index
        parts = parse_name(name)
        hold = parts.hold
        stripped = name.strip()
        normal = key(name)
        if not normal:
            return Resolution(
                name, "unknown", None, reason=f"{name!r} has no letter or digit", parts=parts
            )
        exact = index.by_id.get(stripped)
        mapped = self._by_name.get(normal) if exact is None else None
        if mapped is not None:
            exercise = index.by_id[mapped].exercise
            return Resolution(
                name,
                "matched",
                exercise,
                reason=f"{stripped!r} is mapped to {mapped!r} ({exercise.name}) by your names",
                parts=parts,
                hold=hold or self._is_hold(mapped),
            )
        ids = (exact.exercise.id,) if exact is not None else index.by_key.get(normal, ())
        if len(ids) == 1:
            entry = index.by_id[ids[0]]
            if not entry.exercise.muscles and self._activity(parts) is not None:
                return self._activity_resolution(name, parts, (entry.exercise.id,))
            how = "the id" if exact is not None else "a name"
            return Resolution(
                name,
                "matched",
                entry.exercise,
                reason=f"{stripped!r} is {how} of {entry.exercise.id!r} ({entry.exercise.name})"
                + self._level_note(entry.exercise),
                parts=parts,
                hold=hold or self._is_hold(entry.exercise.id),
            )
        if ids:
            return Resolution(
                name,
                "ambiguous",
                None,
                ids,
                reason=f"{stripped!r} is a name of {self._describe(ids)}; nothing is guessed: "
                "use an exercise id or a fuller name, or map the name in a names file",
                parts=parts,
                hold=hold,
            )
        if self._reader is not None:
            return self._structural(name, parts)
        return self._unknown(name, parts)

    def _activity(self, parts: NameParts) -> str | None:
        if self._reader is None:
            return None
        kind = self._reader.structure.read(parts).kind
        return kind if kind in ("cardio", "stretch") else None

    def _activity_resolution(
        self, name: str, parts: NameParts, candidates: tuple[str, ...] = ()
    ) -> Resolution:
        if self._activity(parts) == "stretch":
            return Resolution(name, "stretch", None, candidates, _STRETCH_REASON, parts, parts.hold)
        return Resolution(name, "cardio", None, candidates, _CARDIO_REASON, parts, parts.hold)

    def _level_note(self, exercise: Exercise) -> str:
        """What a movement-level exercise leaves unstated, for a reason."""
        if self._reader is None:
            return ""
        movement = self._reader.origins.get(exercise.id)
        if movement is None:
            return ""
        level = self._reader.structure.movements[movement]
        if not level.has_movement_level() or level.exercise_id(None) != exercise.id:
            return ""
        risk = f"risk {exercise.risk.value}" if exercise.risk else "risk not classified"
        return f", equipment not stated: muscles certain, loads taken as logged (the total), {risk}"

    def _is_hold(self, id_: str) -> bool:
        if self._reader is None:
            return False
        movement = self._reader.origins.get(id_)
        return movement is not None and self._reader.structure.movements[movement].hold

    def _structural(self, name: str, parts: NameParts) -> Resolution:
        assert self._reader is not None
        structure = self._reader.structure
        reading = structure.read(parts)
        stripped = name.strip()
        if reading.kind in ("cardio", "stretch"):
            return self._activity_resolution(name, parts)
        if reading.kind == "muscle":
            from ._build import muscle_exercise_id

            (muscle,) = reading.muscles
            found = self._index.by_id.get(muscle_exercise_id(muscle))
            if found is not None:
                return Resolution(
                    name,
                    "derived",
                    found.exercise,
                    reason=f"{stripped!r} names the muscle group {muscle.value} and no "
                    f"movement: counted as {found.exercise.id!r}; equipment not stated, loads "
                    "taken as logged, risk not classified",
                    parts=parts,
                    hold=parts.hold,
                )
            return self._unknown(name, parts)
        if reading.kind == "ambiguous":
            candidates = self._candidates(reading, parts)
            if not candidates:
                return self._unknown(name, parts, why=reading.why)
            return Resolution(
                name,
                "ambiguous",
                None,
                candidates,
                reason=f"{stripped!r} could be {self._describe(candidates)}: {reading.why}; "
                "nothing is guessed: use a fuller name or an exercise id, or map the name in a "
                "names file",
                parts=parts,
                hold=parts.hold,
            )
        if reading.kind == "none":
            return self._unknown(name, parts, why=reading.why)
        (movement_id,) = reading.movements
        movement = structure.movements[movement_id]
        exercise, derived = self._exercise_for(movement, reading.implement)
        exercise, limb = self._with_limbs(exercise, movement, parts)
        return Resolution(
            name,
            "derived",
            exercise,
            reason=_reading_reason(movement, reading, parts, exercise, derived or limb),
            parts=parts,
            hold=parts.hold or movement.hold,
        )

    def _exercise_for(self, movement: Movement, implement: str | None) -> tuple[Exercise, bool]:
        """The catalog's exercise of a movement and implement, else one derived from both."""
        found = self._index.by_id.get(movement.exercise_id(implement))
        if found is not None:
            return found.exercise, False
        return _derived(movement, implement), True

    def _with_limbs(
        self, exercise: Exercise, movement: Movement, parts: NameParts
    ) -> tuple[Exercise, bool]:
        wanted = parts.limb_mode
        if (
            wanted is None
            or wanted is LimbMode.BILATERAL
            or exercise.limb_mode is not LimbMode.BILATERAL
        ):
            return exercise, False
        if wanted is LimbMode.ALTERNATING:
            suffix, label = "alternating", "Alternating"
        else:
            limb = parts.limb or ("leg" if movement.region == "lower" else "arm")
            suffix, label = f"one-{limb}", f"One {limb.title()}"
        id_ = f"{exercise.id}-{suffix}"
        found = self._index.by_id.get(id_)
        if found is not None:
            return found.exercise, False
        return _limb_variant(exercise, id_, f"{exercise.name} ({label})", wanted), True

    def _candidates(self, reading: Reading, parts: NameParts) -> tuple[str, ...]:
        from ._build import muscle_exercise_id

        assert self._reader is not None
        ids: list[str] = []
        for movement_id in reading.movements:
            movement = self._reader.structure.movements[movement_id]
            implement = parts.implement
            if implement is not None and implement not in movement.implements:
                implement = implement if implement in movement.ids else None
            if implement is None:
                implement = movement.default
            id_ = movement.exercise_id(implement)
            if id_ not in self._index.by_id:
                id_ = movement.exercise_id(movement.default)
            if id_ in self._index.by_id and id_ not in ids:
                ids.append(id_)
        for muscle in reading.muscles:
            id_ = muscle_exercise_id(muscle)
            if id_ in self._index.by_id and id_ not in ids:
                ids.append(id_)
        return tuple(sorted(ids))

    def _unknown(self, name: str, parts: NameParts, why: str = "") -> Resolution:
        stripped = name.strip()
        candidates = self._suggest(name)
        if candidates:
            hint = f"did you mean {self._describe(candidates)}?"
        else:
            hint = "nothing in the catalog is close"
        because = f" ({why})" if why else ""
        return Resolution(
            name,
            "unknown",
            None,
            candidates,
            reason=f"no exercise recognised in {stripped!r}{because}; {hint}"
            f"{' ' if hint.endswith('?') else '. '}Map the name in a names file "
            "(catalog.load_names) or add the exercise with Catalog.with_exercises()",
            parts=parts,
            hold=parts.hold,
        )

    # -- messages --------------------------------------------------------------------------

    def _describe(self, ids: Iterable[str]) -> str:
        parts = [f"{id_!r} ({self._index.by_id[id_].exercise.name})" for id_ in ids]
        if len(parts) == 1:
            return parts[0]
        return ", ".join(parts[:-1]) + " or " + parts[-1]

    def _hint(self, id_: str) -> str:
        import difflib

        close = difflib.get_close_matches(id_, list(self._index.by_id), n=1)
        return f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""

    def _suggest(self, query: str) -> tuple[str, ...]:
        """Close exercises: those whose names share the most canonical words with ``query``.

        Words the catalog does not use are first corrected to the closest word it does
        (difflib, cutoff 0.75: "presss" is "press"); names are scored by the share of words
        they have in common with the query (Jaccard); those nearly as close as the best are
        kept, best first. An id typo ("bench-pres") is compared with the ids too.
        """
        import difflib

        tokens_of = self._tokens()
        vocabulary = self._vocabulary_words()
        wanted: set[str] = set()
        parts = parse_name(query)
        for token in parts.tokens:
            if token in vocabulary:
                wanted.add(token)
            elif token in parts.unknown:
                wanted.update(difflib.get_close_matches(token, vocabulary, n=1, cutoff=0.75))
        scores: dict[str, float] = {}
        if wanted:
            for id_, sets in tokens_of.items():
                best = max((len(wanted & s) / len(wanted | s) for s in sets if s), default=0.0)
                if best > 0:
                    scores[id_] = best
        text = query.strip()
        if "-" in text and " " not in text and text == text.lower():  # an id, mistyped
            for id_ in difflib.get_close_matches(text, list(self._index.by_id), n=3):
                ratio = difflib.SequenceMatcher(None, text, id_).ratio()
                scores[id_] = max(scores.get(id_, 0.0), ratio)
        if not scores:
            return ()
        best = max(scores.values())
        if best < 0.3:
            return ()
        close = sorted((-score, id_) for id_, score in scores.items() if score >= best - 0.1)
        return tuple(id_ for _, id_ in close[:MAX_SUGGESTIONS])

    def _tokens(self) -> dict[str, tuple[frozenset[str], ...]]:
        cached = self._cache_tokens
        if cached is None:
            cached = {
                id_: tuple(frozenset(parse_name(n).tokens) for n in entry.names())
                for id_, entry in self._index.by_id.items()
            }
            object.__setattr__(self, "_cache_tokens", cached)
        return cached

    def _vocabulary_words(self) -> list[str]:
        return sorted({t for sets in self._tokens().values() for s in sets for t in s})

    def _miss(self, query: Any, *, kind: str) -> CatalogError:
        text = query if isinstance(query, str) else str(query)
        candidates = self._suggest(text) if isinstance(query, str) else ()
        if candidates:
            hint = f"did you mean {self._describe(candidates)}?"
        else:
            hint = "nothing in the catalog is close; add it with Catalog.with_exercises()"
        return CatalogError(f"unknown {kind} {query!r}; {hint}", text, candidates)


# -- derived exercises --------------------------------------------------------------------------


def _derived(movement: Movement, implement: str | None) -> Exercise:
    from ._movement import generated_exercise

    return generated_exercise(movement, implement)


def _limb_variant(exercise: Exercise, id_: str, name: str, mode: LimbMode) -> Exercise:
    return attrs.evolve(exercise, id=id_, name=name, limb_mode=mode, ecc_con_ratio=None)


def _reading_reason(
    movement: Movement, reading: Reading, parts: NameParts, exercise: Exercise, derived: bool
) -> str:
    from ._vocabulary import IMPLEMENT_PHRASES

    pieces = [f"read as {movement.name}"]
    if reading.implement is None:
        risk = (
            f"risk {exercise.risk.value} (the same with any equipment)"
            if exercise.risk is not None
            else "risk not classified"
        )
        pieces.append(
            f", equipment not stated: muscles certain, loads taken as logged (the total), {risk}"
        )
    else:
        pieces.append(f" with {IMPLEMENT_PHRASES[reading.implement]}")
        if reading.assistance:
            what = "assistance" if parts.assisted else "added load"
            pieces.append(f" (the {parts.implement} named is {what})")
    if exercise.limb_mode is not LimbMode.BILATERAL:
        pieces.append(f", {exercise.limb_mode.value}")
    pieces.append(f": {exercise.id!r}")
    if derived:
        pieces.append(" (derived from the movement; not a catalog entry, no study ratio)")
    if reading.corrected:
        fixed = ", ".join(f"{a!r} as {b!r}" for a, b in reading.corrected)
        pieces.append(f"; read {fixed}")
    if reading.ignored:
        pieces.append(f"; ignored the words {', '.join(repr(w) for w in reading.ignored)}")
    if parts.modifiers:
        pieces.append(f"; variant words: {', '.join(parts.modifiers)}")
    if parts.per_side:
        pieces.append("; the name says the load is per side")
    if parts.assisted and not reading.assistance:
        pieces.append("; assisted: a logged load is help")
    if parts.weighted and not reading.assistance:
        pieces.append("; weighted: a logged load is added")
    return "".join(pieces)


# -- the built-in catalog -------------------------------------------------------------------------


@functools.cache
def _builtin() -> Catalog:
    from ._build import build
    from ._entries import ENTRIES
    from ._movements import MOVEMENTS

    built = build(ENTRIES, MOVEMENTS)
    catalog = Catalog(built.entries)
    object.__setattr__(catalog, "_reader", _Reader(built.structure, built.origins))
    return catalog

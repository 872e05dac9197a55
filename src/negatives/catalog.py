"""The built-in exercise catalog: names as logging apps write them, resolved to `Exercise` objects.

Workout apps name exercises in their own ways: Strong and Hevy write ``"Bench Press
(Barbell)"``, FitNotes ``"Flat Barbell Bench Press"``, JEFIT ``"Barbell Bench Press"``. The
catalog maps every such name (an *alias*) to one `Exercise` with a stable id (``"bench-press"``)
and the data the library's calculators and safety rules need: muscle groups, equipment, limb
mode, the phase a repetition starts with, the share of bodyweight moved, how loads are logged,
an eccentric:concentric strength ratio where a study gives one, and a spotting risk class.

Looking names up:

* `lookup` returns exactly one exercise or raises `CatalogError` (a `LookupError`). A name
  that could mean several exercises (``"Bench Press"``: barbell or dumbbell?) is never guessed:
  the error lists the candidate ids. A miss suggests close names.
* `find` returns every exercise that matches, and never raises for a miss.
* `exercises` lists the catalog; `aliases` the other names of one exercise.

Names are compared after **normalisation** (`normalize_name`), applied alike to the catalog's
names and to the query:

1. accents are stripped (NFKD) and letters lowercased (``casefold``);
2. apostrophes are dropped (``"Farmer's"`` → ``"farmers"``); every other character that is not
   a letter or digit separates words, so ``"-"``, ``"_"``, ``"/"``, brackets and spaces are
   alike and ``"Bench Press (Barbell)"`` reads as the words ``bench press barbell``;
3. a few abbreviations and spellings are replaced: ``db`` → ``dumbbell``, ``bb`` →
   ``barbell``, ``dumbell`` → ``dumbbell``, ``flyes``/``flies`` → ``fly``, ``calves`` →
   ``calf``;
4. trivial plurals are made singular: a final ``-sses``, ``-ches``, ``-shes`` or ``-xes`` loses
   its ``-es`` (``presses`` → ``press``); otherwise a word of three or more letters ending in
   ``s`` but not in ``ss``, ``us`` or ``is`` loses the ``s`` (``dips`` → ``dip``, ``biceps`` →
   ``bicep``, ``pull-ups`` → ``pull up``).

Two names are **the same name** when they have the same *set* of normalised words, in any order:
``"Bench Press (Barbell)"``, ``"barbell bench press"``, ``"Barbell Bench-Press"`` and ``"BENCH
PRESS (BARBELL)"`` are one name. An exercise's id is also matched exactly, before any
normalisation (``lookup("bench-press")``); a lookup is a dictionary access, O(1) in the size of
the catalog.

Where the numbers come from (DOMAIN §2, §5; the table in ``negatives._catalog_data`` gives each
one):

* ``ecc_con_ratio``: Hollander et al. 2007 (J Strength Cond Res 21(1):34-40; men, 1RM on
  weight-stack machines; high confidence, small n) for the machine lifts it measured: lat
  pulldown 1.32, leg press 1.44, chest press 1.40, leg extension 1.35, seated military press
  1.49, leg curl 1.27. The barbell bench press uses Kelly et al. 2015 (J Strength Cond Res
  29(4):1027-1032): 115.99 / 93.56 kg ≈ 1.24. Every other exercise has ``None`` (no
  exercise-specific figure; callers fall back to a default such as 1.40).
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
    >>> try:
    ...     catalog.lookup("Bench Press")
    ... except neg.CatalogError as error:
    ...     print(error.candidates)
    ('bench-press', 'dumbbell-bench-press')
    >>> [e.id for e in catalog.find("lateral")]
    ['cable-lateral-raise', 'dumbbell-lateral-raise', 'lateral-raise']
    >>> sissy = neg.Exercise("sissy-squat", "Sissy Squat", muscles=["quadriceps"],
    ...                      equipment="bodyweight", starts_with="eccentric")
    >>> mine = catalog.Catalog.builtin().with_exercises(
    ...     sissy, aliases={"sissy-squat": ["Sissy Squats"], "bench-press": ["Flat Bench"]})
    >>> mine.lookup("sissy squats").name, mine.lookup("flat bench").id
    ('Sissy Squat', 'bench-press')
"""

from __future__ import annotations

import difflib
import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from .errors import CatalogError, Problem, ValidationError
from .model import Exercise

__all__ = [
    "Catalog",
    "CatalogEntry",
    "aliases",
    "exercises",
    "find",
    "lookup",
    "normalize_name",
]

#: Most suggestions a miss lists.
MAX_SUGGESTIONS = 5

# difflib's default similarity cutoff for a suggestion.
_CUTOFF = 0.6

_APOSTROPHES = re.compile(r"['\u2019\u2018`\u00b4]")
_WORD = re.compile(r"[^\W_]+")
_SPELLINGS = {
    "db": "dumbbell",
    "dbs": "dumbbell",
    "bb": "barbell",
    "dumbell": "dumbbell",
    "dumbells": "dumbbell",
    "flyes": "fly",
    "flies": "fly",
    "calves": "calf",
}
_ES_PLURALS = ("sses", "ches", "shes", "xes")
_NOT_PLURALS = ("ss", "us", "is")


def _singular(word: str) -> str:
    if word.endswith(_ES_PLURALS):
        return word[:-2]
    if len(word) >= 3 and word.endswith("s") and not word.endswith(_NOT_PLURALS):
        return word[:-1]
    return word


def _words(text: str) -> list[str]:
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    stripped = _APOSTROPHES.sub("", stripped)
    return [_singular(_SPELLINGS.get(word, word)) for word in _WORD.findall(stripped)]


def normalize_name(text: str) -> str:
    """An exercise name as the catalog compares it: lowercase words, singular, one space apart.

    The rules are listed in the module's docstring. Word order is kept here; the catalog also
    ignores it when matching (``"Squat (Barbell)"`` is ``"Barbell Squat"``).

    Args:
        text: a name as an app or a person writes it.

    Returns:
        The normalised words joined by single spaces; ``""`` when ``text`` has no letter or
        digit.

    Examples:
        >>> normalize_name("Bench Press (Barbell)")
        'bench press barbell'
        >>> normalize_name("  Triceps Push-downs ")
        'tricep push down'
        >>> normalize_name("DB Curl"), normalize_name("Pull-Ups"), normalize_name("Presses")
        ('dumbbell curl', 'pull up', 'press')
        >>> normalize_name("Développé couché"), normalize_name("--")
        ('developpe couche', '')
    """
    return " ".join(_words(text))


def _key(text: str) -> str:
    # The matching key: the set of normalised words, sorted, so word order does not matter.
    return " ".join(sorted(set(_words(text))))


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
        ...     neg.Exercise("sissy-squat", "Sissy Squat", muscles=["quadriceps"]),
        ...     aliases=["Sissy Squats", "Sissy Squat (Bodyweight)", "Sissy Squats"],
        ... )
        >>> entry.aliases
        ('Sissy Squats', 'Sissy Squat (Bodyweight)')
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
                elif not _key(alias):
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
        key = _key(ex.name)
        other = name_owner.setdefault(key, ex.id)
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
        names = entry.names()
        for text in (*names, id_):
            by_key.setdefault(_key(text), set()).add(id_)
        for text in names:
            by_words.setdefault(normalize_name(text), set()).add(id_)
        word_sets[id_] = tuple(frozenset(_words(text)) for text in names)
    return _Index(
        by_id=by_id,
        by_key={key: tuple(sorted(ids)) for key, ids in by_key.items()},
        by_words={words: tuple(sorted(ids)) for words, ids in by_words.items()},
        word_sets=word_sets,
    )


# -- the catalog ------------------------------------------------------------------------------


def _to_entries(value: Iterable[CatalogEntry]) -> tuple[CatalogEntry, ...]:
    return tuple(value)


@attrs.frozen(repr=False)
class Catalog:
    """A set of exercises that can be looked up by id, name or alias.

    Build one from entries, or extend the built-in catalog with `with_exercises`. Ids must be
    unique and so must names (after normalisation); an alias may be shared by several
    exercises, which makes it an ambiguous name that `lookup` refuses to resolve.

    Attributes:
        entries: the exercises with their aliases.

    Raises:
        ValidationError: two entries share an id or a name, or an entry is not a
            `CatalogEntry`.

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
    _index: _Index = attrs.field(init=False, eq=False, hash=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_index", _build_index(self.entries))

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
            A new catalog; this one is unchanged.

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
        return Catalog(entries)

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
        return Catalog([entry for entry in self.entries if entry.exercise.id not in drop])

    # -- reading ---------------------------------------------------------------------------

    def exercises(self) -> tuple[Exercise, ...]:
        """Every exercise of the catalog, sorted by id.

        Examples:
            >>> [e.id for e in Catalog.builtin().exercises()][:3]
            ['back-squat', 'barbell-curl', 'bench-press']
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

    def lookup(self, id_or_name: str) -> Exercise:
        """The one exercise an id, a name or an alias refers to.

        The id is matched exactly (surrounding spaces aside); names and aliases after
        normalisation (`normalize_name`, word order ignored).

        Args:
            id_or_name: an exercise id (``"bench-press"``) or a name as an app writes it
                (``"Bench Press (Barbell)"``).

        Returns:
            The exercise.

        Raises:
            CatalogError: nothing matches (``candidates`` holds close suggestions, perhaps
                none), or the name is ambiguous (``candidates`` holds the ids it could mean).

        Examples:
            >>> cat = Catalog.builtin()
            >>> cat.lookup("Pull Up").id, cat.lookup("pullups").id, cat.lookup("dips").id
            ('pull-up', 'pull-up', 'dip')
            >>> cat.lookup("Bench Pres")
            Traceback (most recent call last):
            ...
            negatives.errors.CatalogError: unknown exercise 'Bench Pres'; did you mean \
'bench-press' (Barbell Bench Press) or 'dumbbell-bench-press' (Dumbbell Bench Press)?
            >>> cat.lookup("Curl")  # doctest: +ELLIPSIS
            Traceback (most recent call last):
            ...
            negatives.errors.CatalogError: ambiguous exercise 'Curl': it could be \
'barbell-curl' (Barbell Curl), ...; look it up by id or by a fuller name
        """
        if not isinstance(id_or_name, str):
            raise TypeError(f"an exercise id or name must be text, got {id_or_name!r}")
        index = self._index
        exact = index.by_id.get(id_or_name.strip())
        if exact is not None:
            return exact.exercise
        key = _key(id_or_name)
        if not key:
            raise CatalogError(
                f"cannot look up the exercise {id_or_name!r}: it has no letter or digit",
                id_or_name,
            )
        ids = index.by_key.get(key, ())
        if len(ids) == 1:
            return index.by_id[ids[0]].exercise
        if ids:
            raise CatalogError(
                f"ambiguous exercise {id_or_name!r}: it could be {self._describe(ids)}; "
                "look it up by id or by a fuller name",
                id_or_name,
                ids,
            )
        raise self._miss(id_or_name, kind="exercise")

    def find(self, text: str) -> tuple[Exercise, ...]:
        """Every exercise that ``text`` names, or else every one whose names contain its words.

        First, every exercise whose id, name or an alias matches ``text`` after normalisation
        (so an ambiguous name finds all its exercises). When none does, every exercise with a
        name or an alias that contains all the words of ``text`` (normalised; any order).

        Args:
            text: a name, or some words of one.

        Returns:
            The exercises, sorted by id; empty when nothing matches or ``text`` has no word.

        Examples:
            >>> cat = Catalog.builtin()
            >>> [e.id for e in cat.find("Bench Press")]
            ['bench-press', 'dumbbell-bench-press']
            >>> [e.id for e in cat.find("LEG CURLS")]
            ['leg-curl']
            >>> [e.id for e in cat.find("curl leg")]
            ['leg-curl']
            >>> [e.id for e in cat.find("hamstring")]
            ['leg-curl', 'lying-leg-curl', 'nordic-curl', 'seated-leg-curl']
            >>> cat.find("zumba")
            ()
        """
        index = self._index
        key = _key(text) if isinstance(text, str) else ""
        if not key:
            return ()
        ids = index.by_key.get(key)
        if ids is None:
            words = frozenset(key.split())
            ids = tuple(
                id_
                for id_ in sorted(index.word_sets)
                if any(words <= names for names in index.word_sets[id_])
            )
        return tuple(index.by_id[id_].exercise for id_ in ids)

    # -- messages --------------------------------------------------------------------------

    def _describe(self, ids: Iterable[str]) -> str:
        parts = [f"{id_!r} ({self._index.by_id[id_].exercise.name})" for id_ in ids]
        if len(parts) == 1:
            return parts[0]
        return ", ".join(parts[:-1]) + " or " + parts[-1]

    def _suggest(self, query: str) -> tuple[str, ...]:
        # Close names by difflib's ratio, compared three ways (words in order, word sets, ids);
        # only those nearly as close as the best are kept, best first.
        index = self._index
        scores: dict[str, float] = {}
        comparisons = (
            (normalize_name(query), index.by_words),
            (_key(query), index.by_key),
            (query.strip(), {id_: (id_,) for id_ in index.by_id}),
        )
        matcher = difflib.SequenceMatcher()
        for text, forms in comparisons:
            if not text:
                continue
            matcher.set_seq2(text)
            for form, ids in forms.items():
                matcher.set_seq1(form)
                if matcher.real_quick_ratio() < _CUTOFF or matcher.quick_ratio() < _CUTOFF:
                    continue
                score = matcher.ratio()
                for id_ in ids:
                    scores[id_] = max(score, scores.get(id_, 0.0))
        if scores:
            best = max(scores.values())
            close = sorted((-score, id_) for id_, score in scores.items() if score >= best - 0.1)
            return tuple(id_ for _, id_ in close[:MAX_SUGGESTIONS])
        return tuple(e.id for e in self.find(query))[:MAX_SUGGESTIONS]

    def _miss(self, query: Any, *, kind: str) -> CatalogError:
        text = query if isinstance(query, str) else str(query)
        candidates = self._suggest(text) if isinstance(query, str) else ()
        if candidates:
            hint = f"did you mean {self._describe(candidates)}?"
        else:
            hint = "nothing in the catalog is close; add it with Catalog.with_exercises()"
        return CatalogError(f"unknown {kind} {query!r}; {hint}", text, candidates)


@functools.cache
def _builtin() -> Catalog:
    from ._catalog_data import ENTRIES  # imported on first use, not with the package

    return Catalog(ENTRIES)


# -- the built-in catalog, module-level ---------------------------------------------------------


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
        negatives.errors.CatalogError: unknown exercise 'Zumba'; nothing in the catalog is \
close; add it with Catalog.with_exercises()
    """
    return _builtin().lookup(id_or_name)


def find(text: str) -> tuple[Exercise, ...]:
    """Every built-in exercise ``text`` names or describes, sorted by id (see `Catalog.find`).

    Examples:
        >>> [e.id for e in find("row")]
        ['bent-over-row', 'dumbbell-row', 'machine-seated-row', 'seated-cable-row']
        >>> [e.id for e in find("incline")]
        ['incline-bench-press', 'incline-dumbbell-press']
    """
    return _builtin().find(text)


def exercises() -> tuple[Exercise, ...]:
    """Every built-in exercise, sorted by id.

    Examples:
        >>> len(exercises()) >= 40
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

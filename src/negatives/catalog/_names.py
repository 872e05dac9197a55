"""Reading exercise names: normalisation, and the parts of a name as apps write them.

Two layers, both pure functions of the text:

* `normalize_name`: accents, case, punctuation, a few spellings and plurals (the words a
  name is compared by);
* `parse_name`: those words read as *movement + equipment + side + modifiers*, with synonyms
  and spelling variants folded into canonical tokens (`NameParts`).

The vocabulary lives in ``_vocabulary`` and is loaded on the first parse, not on import.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from typing import TYPE_CHECKING

import attrs

from ..model import Equipment, LimbMode, LoadConvention, Muscle

if TYPE_CHECKING:
    from ._vocabulary import Vocabulary

__all__ = ["NameParts", "normalize_name", "parse_name"]

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


def words(text: str) -> list[str]:
    """The normalised words of ``text`` (see `normalize_name`), in order."""
    return list(_words(text))


@functools.lru_cache(maxsize=65536)
def _words(text: str) -> tuple[str, ...]:
    text = _APOSTROPHES.sub("", text)
    if text.isascii():
        stripped = text.lower()
    else:
        decomposed = unicodedata.normalize("NFKD", text)
        stripped = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return tuple(_singular(_SPELLINGS.get(word, word)) for word in _WORD.findall(stripped))


def normalize_name(text: str) -> str:
    """An exercise name as the catalog compares it: lowercase words, singular, one space apart.

    1. accents are stripped (NFKD) and letters lowercased (``casefold``);
    2. apostrophes are dropped (``"Farmer's"`` → ``"farmers"``); every other character that is
       not a letter or digit separates words, so ``"-"``, ``"_"``, ``"/"``, brackets and spaces
       are alike;
    3. a few abbreviations and spellings are replaced: ``db`` → ``dumbbell``, ``bb`` →
       ``barbell``, ``dumbell`` → ``dumbbell``, ``flyes``/``flies`` → ``fly``, ``calves`` →
       ``calf``;
    4. trivial plurals are made singular: a final ``-sses``, ``-ches``, ``-shes`` or ``-xes``
       loses its ``-es`` (``presses`` → ``press``); otherwise a word of three or more letters
       ending in ``s`` but not in ``ss``, ``us`` or ``is`` loses the ``s`` (``dips`` → ``dip``,
       ``biceps`` → ``bicep``, ``pull-ups`` → ``pull up``).

    Word order is kept here; the catalog ignores it when matching.

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


def key(text: str) -> str:
    """The matching key of a name: its set of normalised words, sorted (order ignored)."""
    return " ".join(sorted(set(_words(text))))


# -- the parts of a name -------------------------------------------------------------------------


def _strings(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _muscles(value: Iterable[Muscle]) -> tuple[Muscle, ...]:
    return tuple(value)


@attrs.frozen
class NameParts:
    """What an exercise name says, read as apps write names.

    ``parse_name("Single Arm Row (Dumbbell)")`` reads the movement words ``row``, the equipment
    (a dumbbell), and one arm at a time. Synonyms and spellings are folded into canonical
    tokens first (``Tricep Push-Down`` and ``Triceps Pushdown`` give the same tokens; ``pulley``
    is ``cable``; ``DB`` is ``dumbbell``; ``Pull Up`` is ``pullup``). Nothing here consults the
    catalog: an exercise the catalog does not know still has its equipment read, so its load
    convention can follow it (`load_convention`).

    Attributes:
        name: the name as given.
        tokens: every canonical token of the name, in order, noise words left out.
        movement: the tokens that name the movement and its variant (everything but the
            equipment, the side and the flags below): ``("incline", "bench", "press")``.
        equipment: the equipment the name states, or ``None`` when it states none (or two
            that cannot both be meant, such as a barbell and a dumbbell).
        implement: the equipment as written, more precisely than `Equipment`: ``"ez-bar"``,
            ``"trap-bar"``, ``"landmine"``, ``"smith-machine"``, ``"plate-loaded"``,
            ``"plate"``, ``"suspension"``, ``"medicine-ball"``...; ``None`` as ``equipment``.
        implements: every implement the name mentions, in order (``("barbell",
            "smith-machine")`` for FitNotes' "Flat Barbell Bench Press (Smith Machine)").
        limb_mode: ``UNILATERAL`` for "single arm", "one leg", "unilateral"; ``ALTERNATING``
            for "alternating"; ``BILATERAL`` for "two arm", "both arms"; ``None`` when the
            name does not say.
        limb: ``"arm"`` or ``"leg"`` when a side phrase names the limb, else ``None``.
        per_side: the name says the load is per side ("Each Side", "per arm").
        assisted: the name says assisted ("Pull Up (Assisted)"): a logged load is help.
        weighted: the name says weighted ("Chin Up (Weighted)"): a logged load is added.
        hold: the name says a hold ("hold", "isometric", "static").
        modifiers: known variant words among the movement tokens (grip, angle, position,
            tempo): ``("closegrip",)``, ``("incline", "seated")``.
        unknown: words the vocabulary does not know (``("porsey",)`` in "Porsey Row").
        ignored: noise words dropped ("old", "data", "backup", "copy", "rpe6", numbers).
        muscles: muscle groups the name itself names ("Triceps Pushdown": triceps).

    Examples:
        >>> parts = parse_name("Overhead Press (Each Side, Dumbbells)")
        >>> parts.movement, parts.equipment.value, parts.per_side
        (('overhead', 'press'), 'dumbbell', True)
        >>> parts.load_convention.value
        'per_implement'
        >>> parse_name("Lat Pulldown (Pulley)").equipment.value
        'cable'
    """

    name: str
    tokens: tuple[str, ...] = attrs.field(converter=_strings)
    movement: tuple[str, ...] = attrs.field(converter=_strings)
    equipment: Equipment | None = None
    implement: str | None = None
    implements: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    limb_mode: LimbMode | None = None
    limb: str | None = None
    per_side: bool = False
    assisted: bool = False
    weighted: bool = False
    hold: bool = False
    modifiers: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    unknown: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    ignored: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    muscles: tuple[Muscle, ...] = attrs.field(default=(), converter=_muscles)

    @property
    def load_convention(self) -> LoadConvention | None:
        """What a logged load means, as the equipment in the name tells.

        ``PER_IMPLEMENT`` (one dumbbell or kettlebell of a pair) for dumbbells and
        kettlebells, ``TOTAL`` for any other stated equipment, ``None`` when the name states
        none. "Each Side" is reported in `per_side` and left to the reader of the log: in
        FitNotes it marks loads per side of a bar or a machine, and per dumbbell.
        """
        if self.equipment is None:
            return None
        if self.equipment in (Equipment.DUMBBELL, Equipment.KETTLEBELL):
            return LoadConvention.PER_IMPLEMENT
        return LoadConvention.TOTAL


@functools.cache
def _vocabulary() -> Vocabulary:
    from ._vocabulary import build

    return build()


def parse_name(name: str) -> NameParts:
    """The parts of an exercise name: movement words, equipment, side, modifiers.

    The name is normalised (`normalize_name`), then read word by word: phrases are folded
    into canonical tokens (``push down`` → ``pushdown``, ``single arm`` → one arm, ``each side``
    → per side, ``smith machine`` → the Smith machine, ``ez bar`` → the EZ bar), synonyms
    and spellings are replaced (``pulley`` → cable, ``extention`` → extension, ``rdl`` →
    romanian deadlift), noise words are dropped (``old``, ``backup``, ``copy``, ``rpe6``) and
    every other word is classified. Word order never matters.

    Args:
        name: a name as an app or a person writes it.

    Returns:
        The parts; every field is empty or ``None`` for a name without a letter or digit.

    Raises:
        TypeError: ``name`` is not text.

    Examples:
        >>> p = parse_name("Triceps Pushdown (Cable - Straight Bar)")
        >>> p.movement, p.equipment.value, p.modifiers, p.muscles
        (('tricep', 'pushdown', 'straightbar'), 'cable', ('straightbar',), (<Muscle.TRICEPS: \
'triceps'>,))
        >>> p = parse_name("Single Arm Row (Dumbbell)")
        >>> p.movement, p.equipment.value, p.limb_mode.value, p.limb
        (('row',), 'dumbbell', 'unilateral', 'arm')
        >>> p = parse_name("Flat Barbell Bench Press (Each Side) (Smith Machine)")
        >>> p.movement, p.implement, p.implements, p.per_side
        (('flat', 'bench', 'press'), 'smith-machine', ('barbell', 'smith-machine'), True)
        >>> p = parse_name("Deadlift Old Data ")
        >>> p.movement, p.ignored
        (('deadlift',), ('old', 'data'))
        >>> parse_name("Pull Up (Assisted)").assisted, parse_name("Chin Up (Weighted)").weighted
        (True, True)
    """
    if not isinstance(name, str):
        raise TypeError(f"an exercise name must be text, got {name!r}")
    return _parse(name)


@functools.lru_cache(maxsize=8192)
def _parse(name: str) -> NameParts:
    return _vocabulary().parse(name, list(_words(name)))

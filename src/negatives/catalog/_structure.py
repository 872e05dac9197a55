"""Reading a name's structure against the movement table: which movement, which implement.

`Structure.read` takes the `NameParts` of a name and returns a `Reading`: one movement and the
implement the name means (or ``None``: equipment not stated), several movements when the name
could mean any of them, cardio or stretching, a muscle group named without a movement, or
nothing. It never looks at exercises; the catalog turns a reading into one.

How a reading is made (every step is a rule a person can check):

1. A name with a stretching word ("Couch Stretch") is stretching.
2. Every key (a set of canonical words, perhaps with a required implement) whose words are all
   in the name is a match; the longest matches win ("Lying Leg Curl" over "Leg Curl" over
   "Curl"). A key that means one of several movements ("Press") offers them all.
3. When several movements remain, those the name contradicts are dropped: a word of another
   movement left unexplained ("Squat" in "Plank Squat"), a muscle group that is not a primary
   muscle of the movement ("wrist" beside a biceps curl), an implement the movement is never
   done with, an arm for a leg movement. One left: that movement; more: ambiguous.
4. Unknown words ("Porsey Row") are tolerated beside a key, except beside a *strict* key
   ("Curl", "Plank", "Twist": too many named variants work other muscles).
5. The implement: the one the name states; else the one the key implies ("Crossover": a
   cable); else the movement's default ("Lat Pulldown": the cable station); else none
   (movement-level). A bodyweight movement with "assisted" or "weighted" stays bodyweight:
   the machine, band or dumbbell named is the help or the added load.
6. No key: a cardio word makes it cardio; muscle words that name one muscle group make it that
   group's general exercise ("Total Abdominal"); otherwise nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Literal

import attrs

from ..model import Muscle
from ._movement import UNSTATED, Key, Movement
from ._names import NameParts, parse_name
from ._vocabulary import (
    CARDIO,
    CARDIO_ONLY,
    MUSCLE_WORDS,
    QUALIFIERS,
    STRETCH,
    VAGUE_MUSCLE_WORDS,
)

__all__ = ["CompiledKey", "Reading", "Structure", "compile_structure"]

ReadingKind = Literal["movement", "ambiguous", "cardio", "stretch", "muscle", "none"]


@attrs.frozen
class CompiledKey:
    """A `Key` in canonical tokens."""

    tokens: frozenset[str]
    required: str | None
    movement: str | None
    implement: str | None
    among: tuple[str, ...]
    needs: tuple[str, ...]
    strict: bool
    text: str

    @property
    def size(self) -> int:
        return len(self.tokens) + (1 if self.required is not None else 0)

    def meanings(self, implement: str | None) -> tuple[str, ...]:
        """The movements this key offers for a name stating ``implement``."""
        if self.movement is not None and (not self.needs or implement in self.needs):
            return (self.movement,)
        return self.among


@attrs.frozen
class Reading:
    """What the structure of a name says (see the module docstring).

    Attributes:
        kind: ``"movement"`` (one movement, `movements` has it), ``"ambiguous"`` (several),
            ``"cardio"``, ``"stretch"``, ``"muscle"`` (muscle groups named without a
            movement, in `muscles`) or ``"none"``.
        movements: the movement ids.
        implement: the implement meant, ``None`` when the name leaves it unstated.
        keys: the texts of the keys that matched.
        ignored: unknown words tolerated beside the key.
        why: for an ambiguous reading or none, what stood in the way.
        muscles: the muscle groups of a ``"muscle"`` reading.
        assistance: the stated implement was read as help or added load on a bodyweight
            movement.
    """

    kind: ReadingKind
    movements: tuple[str, ...] = ()
    implement: str | None = None
    keys: tuple[str, ...] = ()
    ignored: tuple[str, ...] = ()
    why: str = ""
    muscles: tuple[Muscle, ...] = ()
    assistance: bool = False
    corrected: tuple[tuple[str, str], ...] = ()


def _compile(key: Key, movement: str | None) -> CompiledKey:
    parts = parse_name(key.text)
    required = parts.implement if parts.implements else None
    target = key.movement if key.movement is not None else (None if key.among else movement)
    return CompiledKey(
        tokens=frozenset(parts.movement),
        required=required,
        movement=target,
        implement=key.implement,
        among=key.among,
        needs=key.needs,
        strict=key.strict,
        text=key.text,
    )


@attrs.frozen
class Structure:
    """The movement table, indexed for reading names."""

    movements: Mapping[str, Movement]
    keys: tuple[CompiledKey, ...]
    by_token: Mapping[str, tuple[int, ...]]
    key_words: frozenset[str]
    key_tokens: frozenset[str]
    correctable: tuple[str, ...]

    def read(self, parts: NameParts) -> Reading:
        """The reading of a name's parts (see the module docstring)."""
        tokens = set(parts.movement)
        if tokens & STRETCH:
            return Reading("stretch")
        if tokens & CARDIO_ONLY:
            return Reading("cardio")
        unknown_words = [w for w in parts.unknown if w not in self.key_tokens]
        reading = self._read(parts, tokens, unknown_words, {})
        if reading.kind in ("movement", "cardio") or not unknown_words:
            return reading
        # Typos of movement words, corrected only when the name cannot be read without.
        corrected = self._corrections(unknown_words)
        if not corrected:
            return reading
        fixed = {corrected.get(t, t) for t in tokens}
        again = self._read(parts, fixed, unknown_words, corrected)
        return again if again.kind == "movement" else reading

    def _read(
        self,
        parts: NameParts,
        tokens: set[str],
        unknown_words: list[str],
        corrected: dict[str, str],
    ) -> Reading:
        matches = self._matches(tokens, parts.implement)
        if not matches:
            cardio = tokens & CARDIO
            if cardio and not (cardio == {"walk"} and unknown_words):
                return Reading("cardio")  # but "Yoke Walk", "Crab Walk": not cardio
            return self._muscle_reading(parts)
        size: dict[str, int] = {}  # movement -> its longest matching key
        explained: dict[str, set[str]] = {}  # movement -> the words its keys explain
        strict: dict[str, bool] = {}
        texts: dict[str, list[str]] = {}
        for key in sorted(matches, key=lambda k: -k.size):
            for meant in key.meanings(parts.implement):
                if meant not in size:  # keys come longest first
                    size[meant] = key.size
                    strict[meant] = key.strict
                elif key.size == size[meant]:
                    strict[meant] = strict[meant] and key.strict
                explained.setdefault(meant, set()).update(key.tokens)
                texts.setdefault(meant, []).append(key.text)
        left = {m: tokens - explained[m] for m in size}
        conflicts = {m: self._conflicts(self.movements[m], left[m]) for m in size}
        loose = {m: sum(1 for w in left[m] if w not in QUALIFIERS) for m in size}
        names = sorted(size)
        clean = [m for m in names if not conflicts[m]]
        if parts.assisted or parts.weighted:
            # "Assisted Dip Machine" is the dip, helped: prefer the bodyweight movement.
            bodyweight = [m for m in clean if self.movements[m].default == "bodyweight"]
            clean = bodyweight or clean
        if clean:
            fewest = min(loose[m] for m in clean)
            clean = [m for m in clean if loose[m] == fewest]
            longest = max(size[m] for m in clean)
            names = [m for m in clean if size[m] == longest]
        else:
            longest = max(size.values())
            names = [m for m in names if size[m] == longest]
        if len(names) > 1:
            names = self._narrow(names, parts)
        if len(names) > 1:
            why = "the name could mean any of these movements"
            return Reading("ambiguous", tuple(names), keys=_texts(matches), why=why)
        (chosen,) = names
        movement = self.movements[chosen]
        if conflicts[chosen]:
            words = ", ".join(repr(w) for w in sorted(conflicts[chosen]))
            why = f"the name also says {words}, which {movement.name!r} does not explain"
            return Reading("ambiguous", (chosen,), keys=tuple(texts[chosen]), why=why)
        unknown = tuple(w for w in unknown_words if w in left[chosen] and w not in corrected)
        if unknown and strict[chosen]:
            words = ", ".join(repr(w) for w in unknown)
            why = f"the words {words} may name a variant that works other muscles"
            return Reading("ambiguous", (chosen,), keys=tuple(texts[chosen]), why=why)
        implement, assistance = self._implement(movement, parts, matches, chosen)
        return Reading(
            "movement",
            (chosen,),
            implement=implement,
            keys=tuple(texts[chosen]),
            ignored=unknown,
            assistance=assistance,
            corrected=tuple(sorted(corrected.items())),
        )

    # -- steps ------------------------------------------------------------------------------

    def _corrections(self, unknown: Iterable[str]) -> dict[str, str]:
        """Typos of movement words, corrected: "pushdwn" is "pushdown" (difflib, >= 0.85)."""
        import difflib

        found: dict[str, str] = {}
        for word in unknown:
            if len(word) >= 5:
                close = difflib.get_close_matches(word, self.correctable, n=1, cutoff=0.85)
                if close:
                    found[word] = close[0]
        return found

    def _matches(self, tokens: set[str], implement: str | None) -> list[CompiledKey]:
        seen: set[int] = set()
        found: list[CompiledKey] = []
        for token in tokens:
            for index in self.by_token.get(token, ()):
                if index in seen:
                    continue
                seen.add(index)
                key = self.keys[index]
                if key.tokens <= tokens and (key.required is None or key.required == implement):
                    found.append(key)
        return found

    def _conflicts(self, movement: Movement, left: Iterable[str]) -> set[str]:
        """The words left beside a movement that contradict it."""
        bad: set[str] = set()
        primary = set(movement.muscles)
        for word in left:
            if word in QUALIFIERS:
                continue
            if word in MUSCLE_WORDS:
                if not MUSCLE_WORDS[word] & primary:
                    bad.add(word)
            elif word in self.key_words or word in CARDIO:
                bad.add(word)
        return bad

    def _narrow(self, names: list[str], parts: NameParts) -> list[str]:
        def keep(test: Callable[[Movement], object]) -> None:
            nonlocal names
            kept = [m for m in names if test(self.movements[m])]
            if kept:
                names = kept

        if parts.implement is not None:
            keep(lambda m: parts.implement in m.implements or parts.implement in m.ids)
        if parts.limb is not None:
            region = "upper" if parts.limb == "arm" else "lower"
            keep(lambda m: m.region == region)
        if parts.muscles:
            keep(lambda m: set(m.muscles) & set(parts.muscles))
        return names

    def _implement(
        self, movement: Movement, parts: NameParts, keys: list[CompiledKey], chosen: str
    ) -> tuple[str | None, bool]:
        stated = parts.implement
        bodyweight = movement.default == "bodyweight"
        if stated is not None:
            if bodyweight and stated != "bodyweight" and (parts.assisted or parts.weighted):
                return "bodyweight", True
            return stated, False
        best = max(k.size for k in keys if chosen in k.meanings(None) or k.movement == chosen)
        implied = {
            k.implement
            for k in keys
            if (chosen in k.meanings(None) or k.movement == chosen) and k.size == best
        }
        implied.discard(None)
        if len(implied) == 1:
            (value,) = implied
            return (None if value == UNSTATED else value), False
        return movement.default, False

    def _muscle_reading(self, parts: NameParts) -> Reading:
        specific = tuple(m for m in parts.muscles)
        if not specific:
            return Reading("none", why="no movement, muscle group or activity recognised")
        if len(specific) == 1:
            return Reading("muscle", muscles=specific)
        return Reading(
            "ambiguous",
            muscles=specific,
            why="the name names several muscle groups and no movement",
        )


def _texts(keys: Iterable[CompiledKey]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(key.text for key in keys))


def compile_structure(movements: Iterable[Movement]) -> Structure:
    """Index a movement table: every key of every movement, by each of its words."""
    table: dict[str, Movement] = {}
    keys: list[CompiledKey] = []
    for movement in movements:
        if movement.id in table:
            raise ValueError(f"the movement id {movement.id!r} is used twice")
        table[movement.id] = movement
        own = [_compile(k if isinstance(k, Key) else Key(k), movement.id) for k in movement.keys]
        name_key = _compile(Key(movement.name), movement.id)
        if all(k.tokens != name_key.tokens or k.required != name_key.required for k in own):
            own.append(name_key)
        for key in own:
            if not key.tokens:
                raise ValueError(f"the key {key.text!r} of {movement.id!r} has no movement word")
        keys.extend(own)
    for key in keys:
        for target in (key.movement, *key.among):
            if target is not None and target not in table:
                raise ValueError(f"the key {key.text!r} names an unknown movement {target!r}")
    by_token: dict[str, list[int]] = {}
    for index, key in enumerate(keys):
        for token in key.tokens:
            by_token.setdefault(token, []).append(index)
    words = frozenset(token for key in keys for token in key.tokens) - QUALIFIERS
    words -= VAGUE_MUSCLE_WORDS
    key_words = frozenset(w for w in words if w not in MUSCLE_WORDS)
    key_tokens = frozenset(by_token)
    specific = (w for w in MUSCLE_WORDS if w not in VAGUE_MUSCLE_WORDS)
    return Structure(
        movements=table,
        keys=tuple(keys),
        by_token={token: tuple(indexes) for token, indexes in by_token.items()},
        key_words=key_words,
        key_tokens=key_tokens,
        correctable=tuple(sorted(w for w in {*key_tokens, *specific} if len(w) >= 4)),
    )

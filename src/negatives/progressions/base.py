"""The progression contract: what a progression sees and what it proposes.

A progression is an attrs class with a class-level ``kind`` (``"double"``) and
``propose(ctx) -> Prescription``: given the slot's current prescription, the athlete and what
they actually did on this exercise, it proposes the next prescription. Its configuration is
plain data, written as a tagged union (``{"kind": "double", "increment": ...}``).

A progression *proposes*; the safety policy *disposes* (see `build_program`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import ClassVar, Literal, Protocol, runtime_checkable

import attrs

from .._checks import describe
from ..errors import ValidationError
from ..model import Athlete, Equipment, Exercise, Prescription, Session, Set
from ..plates import KG_PLATES, dumbbell_rack, round_to_increment, round_to_plates, stack
from ..units import Load, kg

__all__ = ["Gym", "Progression", "ProgressionContext", "Rounding"]

Rounding = Literal["down", "nearest", "up"]
"""How a load is rounded to what the gym can build."""

_PLATE_LOADED = (Equipment.BARBELL, Equipment.SMITH_MACHINE)
_IMPLEMENTS = (Equipment.DUMBBELL, Equipment.KETTLEBELL)
_STACKS = (Equipment.MACHINE, Equipment.CABLE)


_TWENTY_KG = kg(20)


def _loads(value: Iterable[Load]) -> tuple[Load, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class Gym:
    """The equipment loads are rounded to: a bar with plates, a dumbbell rack, a weight stack.

    Barbell and Smith-machine lifts round to the plates on the bar; dumbbell and kettlebell
    lifts to the rack (per implement); machine and cable lifts to the stack. Other loads
    (bodyweight, bands) are kept as they are.

    Attributes:
        bar: the bar's weight.
        plates: the plates, as many pairs of each as needed.
        dumbbells: the dumbbells (or kettlebells) there are.
        stack: the pin positions of the machines' stacks.
    """

    bar: Load = _TWENTY_KG
    plates: tuple[Load, ...] = attrs.field(default=KG_PLATES, converter=_loads)
    dumbbells: tuple[Load, ...] = attrs.field(
        factory=lambda: dumbbell_rack(kg(2), kg(50), kg(2)), converter=_loads
    )
    stack: tuple[Load, ...] = attrs.field(factory=lambda: stack(kg(5), kg(5), 30), converter=_loads)

    def round(self, load: Load, exercise: Exercise, *, mode: Rounding = "down") -> Load:
        """``load`` (as the exercise writes it) made buildable with this gym's equipment.

        Rounds *down* by default: a progression never proposes more than it meant to. A load
        below the lightest option gives the lightest (the empty bar); a load above the heaviest
        dumbbell or stack position gives that (`heaviest`), and `build_program` says so in
        its plan's limits.

        Examples:
            >>> from negatives import catalog, kg
            >>> Gym().round(kg(101.3), catalog.lookup("bench-press"))
            Load(100.0, 'kg')
            >>> Gym().round(kg(21.3), catalog.lookup("dumbbell-curl"))
            Load(20.0, 'kg')
        """
        if not isinstance(load, Load):
            raise ValidationError.single("load", f"must be a Load, got {describe(load)}", "Gym")
        equipment = exercise.equipment
        options = self._options(exercise)
        if equipment not in _PLATE_LOADED and not options:
            return load  # bodyweight, bands, others: nothing to round to
        # A hair's nudge towards the rounding direction, so that rounding a load this method
        # returned gives it back, even across units (225.97 lb of kg plates is 102.5 kg).
        target = (
            load * (1 + 1e-9) if mode == "down" else load * (1 - 1e-9) if mode == "up" else load
        )
        if equipment in _PLATE_LOADED:
            if target <= self.bar:
                # The empty bar in the load's unit, converted exactly as the plates' totals
                # are, so that rounding it again gives it back (`Load.to` can differ from that
                # in the last digit: 35 lb is 15.875732950000002 kg by it).
                empty = Load(0.0, load.unit)
                return round_to_plates(empty, bar=self.bar, plates=self.plates, mode="up").total
            return round_to_plates(target, bar=self.bar, plates=self.plates, mode=mode).total.to(
                load.unit
            )
        lightest = min(options)
        if target <= lightest:
            return lightest.to(load.unit)
        heaviest = max(options)
        if target >= heaviest:
            return heaviest.to(load.unit)
        return round_to_increment(target, options=options, mode=mode).to(load.unit)

    def heaviest(self, exercise: Exercise) -> Load | None:
        """The heaviest load this gym builds for ``exercise``; ``None`` when there is no cap.

        The heaviest dumbbell (or kettlebell) for those lifts, the heaviest stack position for
        machine and cable lifts; a bar takes as many plates as needed, and bodyweight and band
        lifts are not rounded at all.

        Examples:
            >>> from negatives import catalog
            >>> Gym().heaviest(catalog.lookup("leg-press"))
            Load(150.0, 'kg')
            >>> Gym().heaviest(catalog.lookup("bench-press")) is None
            True
        """
        options = self._options(exercise)
        return max(options) if options else None

    def _options(self, exercise: Exercise) -> tuple[Load, ...]:
        """The loads ``exercise`` is rounded to: the rack's, the stack's, or none."""
        equipment = exercise.equipment
        if equipment in _IMPLEMENTS:
            return self.dumbbells
        return self.stack if equipment in _STACKS else ()


@attrs.frozen(kw_only=True)
class ProgressionContext:
    """What a progression sees when it proposes the next prescription.

    Frozen, and it only ever gains fields (with defaults), so progressions written today keep
    working.

    Attributes:
        prescription: the slot's current prescription: what was asked last time (or the slot's
            starting prescription the first time).
        athlete: the athlete, if known.
        history: what the athlete actually did on this exercise, oldest first: performed sets,
            each with the prescription it answered when there was one.
        week: the week of the program, from 0.
        session: the session of the program, from 0.
        occurrence: how many times this slot came before in the program (0 the first time).
        date: the session's date.
        gym: the equipment, for rounding loads.
        sessions: the sessions ``history`` comes from, oldest first (each with all its sets),
            when the caller knows them (`build_program` does): they keep the session
            boundaries and dates the flat ``history`` loses.
    """

    prescription: Prescription
    athlete: Athlete | None = None
    history: tuple[Set, ...] = ()
    week: int = 0
    session: int = 0
    occurrence: int = 0
    date: dt.date | None = None
    gym: Gym = attrs.field(factory=Gym)
    sessions: tuple[Session, ...] = ()

    @property
    def exercise(self) -> Exercise:
        """The slot's exercise."""
        return self.prescription.exercise

    def round(self, load: Load, *, mode: Rounding = "down") -> Load:
        """``load`` made buildable for this exercise with the gym's equipment."""
        return self.gym.round(load, self.exercise, mode=mode)

    def last_answers(self) -> tuple[Set, ...]:
        """The latest run of performed sets that answered one prescription (the most recent).

        Sets that answered a prescription of the slot's method come first: the normal sets and
        the negative set of one exercise in a session are different slots, judged apart. With
        ``sessions``, the run is taken from the latest session with such a set, so a week that
        answered the same prescription as the week before is judged on its own sets. Without
        them (a context built by hand), consecutive sets answering an equal prescription count
        as one run.

        Empty when no performed set carries the prescription it answered.
        """
        performed = self._answers(same_method=True) or self._answers(same_method=False)
        if not performed:
            return ()
        last = performed[-1].prescription
        tail: list[Set] = []
        for item in reversed(performed):
            if item.prescription != last:  # the latest set (the first here) always answers `last`
                break
            tail.append(item)
        return tuple(reversed(tail))

    def _answers(self, *, same_method: bool) -> tuple[Set, ...]:
        """The performed sets that answered a prescription (of the slot's method, if asked).

        The latest session's with any; the whole history's when no session has one.
        """
        method = self.prescription.method

        def answering(sets: Iterable[Set]) -> tuple[Set, ...]:
            return tuple(
                s
                for s in sets
                if s.prescription is not None
                and (not same_method or s.prescription.method == method)
            )

        for session in reversed(self.sessions):
            found = answering(s for s in session.sets if s.exercise.id == self.exercise.id)
            if found:
                return found
        return answering(self.history)


@runtime_checkable
class Progression(Protocol):
    """A rule that proposes the next prescription of a program slot.

    Write one as an attrs class (its fields are its configuration, plain data for JSON) with a
    class-level ``kind`` naming it, and ``propose``:

    Examples:
        >>> import attrs
        >>> from negatives import kg
        >>> @attrs.frozen
        ... class AddFive:
        ...     kind = "add_five"
        ...     def propose(self, ctx):
        ...         load = ctx.prescription.load
        ...         return attrs.evolve(ctx.prescription, load=ctx.round(load + kg(5)))
    """

    kind: ClassVar[str]

    def propose(self, ctx: ProgressionContext) -> Prescription:
        """The next prescription for the slot."""
        ...

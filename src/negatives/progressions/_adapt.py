"""The search for the largest dose the policy accepts when it refuses a proposal.

See `negatives.progressions.program` for the rules it follows: the dose (intensity, then
volume, then reps), the gradual rise from what the slot did last time, the lowering time as the
last dial.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import attrs

from ..model import Exercise, Prescription, RepRange, Set
from ..overload import bar_loaded
from ..safety import Finding
from ..units import Load
from ._sets import Dose, Maker, Shape, dose, quicker
from .base import Gym

Trial = Callable[[Sequence[Set]], tuple[Finding, ...]]
"""Tries sets in their session: the findings that refuse them (empty: accepted)."""

#: Refusals a lighter load does not clear: the number of overload sets or sessions, spacing, the
#: athlete's training age, screening and readiness.
LOAD_FREE = frozenset({"NEG101", "NEG103", "NEG104", "NEG301", "NEG302", "NEG303"})

#: The ladder of loads searched for one shape: down to 60 % of its top in 2.5 % steps.
_STEP = 0.025
_STEPS = 16


@attrs.frozen
class Anchor:
    """What a slot did last time (in a week that was not a deload), to rise from."""

    shape: Shape
    load: Load
    dose: Dose
    asked: Load  # the load the progression proposed that week


@attrs.frozen
class Candidate:
    """Sets the policy accepts: their shape, load and dose."""

    shape: Shape
    load: Load
    sets: tuple[Set, ...]
    dose: Dose


class Search:
    """One slot's search, with the trials it made (each tried once)."""

    def __init__(
        self,
        *,
        maker: Maker,
        proposal: Prescription,
        target: Shape,
        rep_range: RepRange,
        anchor: Anchor | None,
        trial: Trial,
        gym: Gym,
        hint: Callable[[Shape], Load | None],
        tempo_floor: float | None,
        ladders: dict[tuple[str, Load], list[Load]] | None = None,
    ) -> None:
        self.maker = maker
        self.proposal = proposal
        self.target = target
        self.rep_range = rep_range
        self.anchor = anchor
        self.trial = trial
        self.gym = gym
        self.hint = hint
        self.tempo_floor = tempo_floor
        self.tried: dict[tuple[Shape, Load], tuple[Finding, ...] | None] = {}
        self.ladders = ladders if ladders is not None else {}

    @property
    def exercise(self) -> Exercise:
        return self.maker.exercise

    # -- trials ---------------------------------------------------------------------------------

    def refusal(self, shape: Shape, load: Load) -> tuple[Finding, ...] | None:
        """The findings that refuse ``shape`` at ``load`` (``()``: accepted; ``None``: invalid)."""
        key = (shape, load)
        if key not in self.tried:
            sets = self.maker.sets(self.proposal, shape, load)
            self.tried[key] = None if sets is None else self.trial(sets)
        return self.tried[key]

    def _round(self, load: Load) -> Load:
        return self.gym.round(load, self.exercise)

    def ladder(self, top: Load) -> list[Load]:
        """Buildable loads from ``top`` down to 60 % of it, heaviest first."""
        key = (self.exercise.id, top)
        if key not in self.ladders:
            self.ladders[key] = self._ladder(top)
        return self.ladders[key]

    def _ladder(self, top: Load) -> list[Load]:
        loads: list[Load] = []
        for step in range(_STEPS + 1):
            value = self._round(top * (1 - _STEP * step))
            if value > top and not value.isclose(top, abs_tol=1e-6):
                continue  # the lightest option is above the top
            if loads and (value >= loads[-1] or value.isclose(loads[-1], abs_tol=1e-6)):
                continue
            if not self.maker.valid(value):
                break
            loads.append(value)
        return loads

    def heaviest(self, shape: Shape, top: Load) -> Load | None:
        """The heaviest load of the ladder under ``top`` that the policy accepts for ``shape``."""
        loads = self.ladder(top)
        if not loads:
            return None
        first = self.refusal(shape, loads[0])
        if first == ():
            return loads[0]
        if first is None or {f.code for f in first} <= LOAD_FREE or len(loads) == 1:
            return None
        if self.refusal(shape, loads[-1]) != ():
            return None
        refused, accepted = 0, len(loads) - 1
        while accepted - refused > 1:
            middle = (refused + accepted) // 2
            if self.refusal(shape, loads[middle]) == ():
                accepted = middle
            else:
                refused = middle
        return loads[accepted]

    # -- shapes ---------------------------------------------------------------------------------

    def _faster(self) -> float:
        return self.anchor.shape.faster if self.anchor is not None else 0.0

    def _shape(self, reps: tuple[int, ...], faster: float) -> Shape:
        return Shape(reps, quicker(self.target.tempo, faster), faster)

    def _fits(self, reps: tuple[int, ...]) -> bool:
        """Within the rep range, and no set with more reps or sets than the proposal asks."""
        return 0 < len(reps) <= self.target.sets and all(
            self.rep_range.low <= r <= min(self.rep_range.high, asked)
            for r, asked in zip(reps, self.target.reps, strict=False)
        )

    def cuts(self, faster: float) -> list[Shape]:
        """The target's shape, then fewer sets, then fewer reps: closest first."""
        target = self.target.reps
        low = self.rep_range.low
        out: list[Shape] = []
        for fewer in range(max(target) - min(low, min(target)) + 1):
            for sets in range(len(target), 0, -1):
                reps = tuple(max(min(low, r), r - fewer) for r in target[:sets])
                shape = self._shape(reps, faster)
                if shape not in out:
                    out.append(shape)
        return sorted(out, key=self._distance)

    def _distance(self, shape: Shape) -> tuple[int, int]:
        target = self.target.reps
        dropped = len(target) - shape.sets
        fewer = sum(t - r for t, r in zip(target, shape.reps, strict=False))
        return (dropped, fewer)

    def steps(self, faster: float) -> list[Shape]:
        """The anchor's shape and one step from it: a rep more or fewer, a set more or fewer."""
        if self.anchor is None:
            return []
        reps = self.anchor.shape.reps
        options = [reps, tuple(r - 1 for r in reps), tuple(r + 1 for r in reps)]
        if len(reps) > 1:
            options.append(reps[:-1])
        if len(reps) < self.target.sets:
            options.append((*reps, self.target.reps[len(reps)]))
        return [self._shape(option, faster) for option in options if self._fits(option)]

    # -- the search -----------------------------------------------------------------------------

    def ceiling(self) -> Load:
        """The heaviest load a candidate may have (see the module's rules)."""
        asked = self.proposal.load
        assert asked is not None
        anchor = self.anchor
        if anchor is not None:
            last = anchor.load.to(asked.unit)
            if asked <= last:
                return asked
            above = self.gym.round(last + Load(1e-6, last.unit), self.exercise, mode="up")
            if not above > last:  # nothing buildable above it (bodyweight, the heaviest option)
                return last
            rise = max(asked - anchor.asked.to(asked.unit), above.to(asked.unit) - last)
            return min(asked, last + rise)
        for shape in self.cuts(0.0):
            found = self.heaviest(shape, self._top(shape, asked))
            if found is not None:
                return found
        return asked

    def _top(self, shape: Shape, ceiling: Load) -> Load:
        hint = self.hint(shape)
        if hint is not None and hint < ceiling:
            return hint.to(ceiling.unit)
        return ceiling

    def best(self, shapes: Sequence[Shape], ceiling: Load) -> Candidate | None:
        """The largest dose the policy accepts among ``shapes``, each at most ``ceiling``."""
        bounds = []
        for shape in shapes:
            top = self._top(shape, ceiling)
            first = self._round(top)
            if first > top and not first.isclose(top, abs_tol=1e-6):
                continue  # the lightest option is above it
            sets = self.maker.sets(self.proposal, shape, first)
            if sets is None:
                continue
            bounds.append((dose(sets, self.maker.bodyweight), shape, top))
        bounds.sort(key=lambda b: (-b[0].intensity, -b[0].volume, -b[0].reps))
        best: Candidate | None = None
        for bound, shape, top in bounds:
            if best is not None and not bound.beats(best.dose):
                break
            load = self.heaviest(shape, top)
            if load is None:
                continue
            sets = self.maker.sets(self.proposal, shape, load)
            assert sets is not None
            found = Candidate(shape, load, sets, dose(sets, self.maker.bodyweight))
            if best is None or found.dose.beats(best.dose):
                best = found
        return best

    def run(self) -> Candidate | None:
        """The largest dose the policy accepts under the rules; ``None`` when none is."""
        ceiling = self.ceiling()
        faster = self._faster()
        anchor = self.anchor
        cuts = self.cuts(faster)
        if anchor is not None:
            # A rep fewer a set at most, from what the slot did last time; more only when
            # nothing within that raises the dose (the plates' next step needs two reps fewer)
            # or is accepted at all (a volume rule asking for a deeper cut).
            floor = min(anchor.shape.reps) - 1
            near = [shape for shape in cuts if min(shape.reps) >= floor]
            best = self.best(list(dict.fromkeys([*self.steps(faster), *near])), ceiling)
            if best is None or not best.dose.beats(anchor.dose):
                deeper = self.best([shape for shape in cuts if shape not in near], ceiling)
                if deeper is not None and (best is None or deeper.dose.beats(best.dose)):
                    best = deeper
        else:
            best = self.best(cuts, ceiling)
        stuck = best is None or (anchor is not None and not best.dose.beats(anchor.dose))
        if stuck and self._can_quicken(faster + 1):
            base = [anchor.shape.reps] if anchor is not None else []
            quick = [self._shape(reps, faster + 1) for reps in (*base, self.target.reps)]
            quicker_best = self.best(list(dict.fromkeys(quick)), ceiling)
            if quicker_best is not None and (best is None or quicker_best.dose.beats(best.dose)):
                best = quicker_best
        return best

    def _can_quicken(self, faster: float) -> bool:
        lowering = self.target.lowering
        if lowering is None or self.tempo_floor is None:
            return False
        return lowering - faster >= self.tempo_floor - 1e-9

    def next_step(self) -> tuple[Finding, ...] | None:
        """What refuses the next step up from the anchor, for a stall.

        One buildable increment at its shape; without a load to add, a rep more, or a set more.
        """
        anchor = self.anchor
        if anchor is None:
            return None
        shape = self._shape(anchor.shape.reps, anchor.shape.faster)
        above = self.gym.round(anchor.load + Load(1e-6, anchor.load.unit), self.exercise, mode="up")
        if bar_loaded(self.exercise) and above > anchor.load and self.maker.valid(above):
            return self.refusal(shape, above) or None
        reps = anchor.shape.reps
        for more in (
            tuple(r + 1 for r in reps),
            (*reps, self.target.reps[len(reps)]) if len(reps) < self.target.sets else (),
        ):
            if more and self._fits(more):
                refused = self.refusal(self._shape(more, anchor.shape.faster), anchor.load)
                if refused:
                    return refused
        return None

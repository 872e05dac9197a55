"""What a set does to the eccentric phase, from its loads: overload, category, capacity use."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import NamedTuple

from ..model import Athlete, Method, MethodCategory, Rep, Set
from ..strength import _eccentric
from ..strength._charts import nsca_fraction
from ..units import Load

#: A set without overload counts as a *tempo* eccentric set when it lowers at least this slowly
#: (the seed's "four down"; DOMAIN §4). Below it, it is conventional.
TEMPO_ECCENTRIC_SECONDS = 4.0

_TOLERANCE_KG = 1e-6
_REL_TOLERANCE = 1e-9


def exceeds(load: Load, limit: Load) -> bool:
    """Whether ``load`` is above ``limit`` by more than rounding (units may differ).

    Loads at a limit compare equal whatever the floating-point path to them: 51.8 kg computed
    as 37 kg / 0.80 x 1.75 x 0.64 is *at* a 51.8 kg limit computed another way, not above it.
    The tolerance is a millionth of a kilogram or a billionth of the load, whichever is larger.

    Examples:
        >>> from negatives import kg
        >>> exceeds(kg(0.1 + 0.2), kg(0.3)), exceeds(kg(0.31), kg(0.3))
        (False, True)
    """
    return _above_kg(load.kg, limit.kg)


def _above_kg(value_kg: float, limit_kg: float) -> bool:
    return value_kg > limit_kg and not math.isclose(
        value_kg, limit_kg, rel_tol=_REL_TOLERANCE, abs_tol=_TOLERANCE_KG
    )


def method_category(
    item: Set, *, one_rep_max: Load | None, bodyweight: Load | None = None
) -> MethodCategory | None:
    """The method category of a set, computed from its loads (DOMAIN §1).

    * **flywheel** — an isoinertial set (by its method: it has no bar load to compare);
    * **conventional** / **tempo** — the athlete lowers what they lift; *tempo* when the
      lowering takes at least `TEMPO_ECCENTRIC_SECONDS` or the set is labelled
      ``tempo_eccentric``;
    * **submaximal** — the athlete lowers more than they lift (per limb), at most the
      concentric 1RM;
    * **supramaximal** — the eccentric load, scaled to both limbs, is above the concentric
      1RM: 2/1 technique at 70 % lowers 140 % per limb. Sets of an eccentric-only exercise
      (`Exercise.eccentric_only`: the Nordic curl) are supramaximal by the exercise's nature,
      with or without a 1RM (DOMAIN §5).

    ``one_rep_max`` is written in the exercise's load convention (as `Set.load`); for
    bodyweight exercises it includes the bodyweight share. Returns ``None`` when the answer
    depends on something unknown: the 1RM of an overload set, or the bodyweight of a
    bodyweight exercise. Help that was given but not measured (a partner-assisted set without
    ``rep_detail``) counts as overload.

    Examples:
        >>> import negatives as neg
        >>> curl = neg.Exercise("barbell-curl", "Barbell Curl", muscles=["biceps"])
        >>> heavy = neg.Set(curl, reps=8, load=neg.kg(60), method="partner_assisted")
        >>> method_category(heavy, one_rep_max=neg.kg(55)).value
        'supramaximal'
        >>> method_category(neg.Set(curl, reps=8, load=neg.kg(40), tempo="4-0-1-0"),
        ...                 one_rep_max=None).value
        'tempo'
        >>> nordic = neg.Exercise("nordic-curl", "Nordic Curl", muscles=["hamstrings"],
        ...                       equipment="bodyweight", eccentric_only=True)
        >>> method_category(neg.Set(nordic, reps=5, load=neg.kg(0)), one_rep_max=None).value
        'supramaximal'
    """
    if item.method is Method.FLYWHEEL:
        return MethodCategory.FLYWHEEL
    if item.exercise.eccentric_only:
        return MethodCategory.SUPRAMAXIMAL
    profile = _profile(item, bodyweight)
    if profile is None:
        return None  # the bodyweight share is unknown
    if not profile.overload:
        slow = item.method is Method.TEMPO_ECCENTRIC or profile.slowest >= TEMPO_ECCENTRIC_SECONDS
        return MethodCategory.TEMPO if slow else MethodCategory.CONVENTIONAL
    if one_rep_max is None:
        return None
    ceiling = item.exercise.total_load(one_rep_max).kg
    if _above_kg(profile.heaviest_kg, ceiling):
        return MethodCategory.SUPRAMAXIMAL
    return MethodCategory.SUBMAXIMAL


def is_overload(item: Set, *, bodyweight: Load | None = None) -> bool | None:
    """Whether the athlete lowers more than they lift (per limb) in some rep of ``item``.

    Needs no 1RM: this is what makes a set submaximal *or* supramaximal. ``True`` for every set
    of an eccentric-only exercise (the Nordic curl), however it was logged; ``None`` when the
    bodyweight share of a bodyweight exercise is unknown; ``False`` for flywheel sets, whose
    overload is not a bar load.

    Examples:
        >>> import negatives as neg
        >>> nordic = neg.Exercise("nordic-curl", "Nordic Curl", muscles=["hamstrings"],
        ...                       equipment="bodyweight", eccentric_only=True)
        >>> is_overload(neg.Set(nordic, reps=5, load=neg.kg(0)))
        True
    """
    if item.method is Method.FLYWHEEL:
        return False
    if item.exercise.eccentric_only:
        return True
    profile = _profile(item, bodyweight)
    return None if profile is None else profile.overload


def eccentric_equivalent(item: Set, *, bodyweight: Load | None = None) -> Load | None:
    """The heaviest load the athlete lowers in ``item``, as a load on all working limbs.

    This is the figure compared with the concentric 1RM (written, like it, in the exercise's
    load convention): the 2/1 technique at 70 % lowers 70 % on one limb, i.e. 140 % on two.
    ``None`` when the bodyweight share is unknown.
    """
    profile = _profile(item, bodyweight)
    if profile is None:
        return None
    unit = item.load.unit
    return Load(profile.heaviest_kg / item.exercise.load_multiplier / unit.kg_factor, unit)


class CapacityUse(NamedTuple):
    """How close a set's lowerings come to the athlete's eccentric capacity (`capacity_use`).

    Attributes:
        load: the lightest of the ``reps`` heaviest lowerings, on all working limbs, in the
            set's unit and the exercise's load convention.
        reps: how many lowerings were at ``load`` or heavier.
        effective_reps: what those lowerings cost in reps of the 3-s reference
            (`negatives.strength.effective_reps`; a rep lowered with one limb of two counts
            half).
        capacity: the most the athlete can lower that many times
            (`negatives.strength.eccentric_capacity`), in the same terms as ``load``.
        slowest: the longest of those lowerings, in seconds (``None`` when none is known).
    """

    load: Load
    reps: int
    effective_reps: float
    capacity: Load
    slowest: float | None

    @property
    def share(self) -> float:
        """``load / capacity``: 1.0 at the capacity."""
        return self.load.kg / self.capacity.kg


def capacity_use(
    item: Set,
    *,
    one_rep_max: Load,
    athlete: Athlete | None = None,
    bodyweight: Load | None = None,
) -> CapacityUse | None:
    """The lowerings of ``item`` that come closest to (or furthest over) the eccentric capacity.

    A set's reps may differ (weight releasers on the first rep only, a partner's growing help),
    so every run of the *k* heaviest lowerings is compared with the capacity for *k* lowerings
    at their lowering times: ``k`` lowerings at or above a load need that load within
    `negatives.strength.eccentric_capacity` for ``k`` reps. The run with the highest share of
    its capacity is returned. A rep lowered with fewer limbs than the exercise lifts with (the
    2/1 technique) counts as that share of a rep for each limb, its load scaled to all limbs.

    Args:
        item: the set.
        one_rep_max: the concentric 1RM, in the exercise's load convention (with the
            bodyweight share for bodyweight exercises).
        athlete: the athlete, whose measured ratio may lower the safety ratio.
        bodyweight: the athlete's bodyweight, for bodyweight exercises.

    Returns:
        The closest run, or ``None`` when a lowered load is unknown (a bodyweight exercise
        without the bodyweight).

    Examples:
        >>> import negatives as neg
        >>> bench = neg.Exercise("bench-press", "Bench Press", muscles=["chest"],
        ...                      equipment="barbell")
        >>> use = capacity_use(neg.Set(bench, reps=8, load=neg.kg(90), tempo="4-0-2-0"),
        ...                    one_rep_max=neg.kg(100))
        >>> use.reps, f"{use.capacity:.1f}", round(use.share, 3)  # 8 x 90 kg at 4 s: 97 %
        (8, '93.1 kg', 0.966)
    """
    exercise = item.exercise
    limbs = exercise.limb_mode.limbs
    lowered: list[tuple[float, float, float | None]] = []
    for rep, count in _counted(item.expand(bodyweight=bodyweight)):
        ecc = rep.eccentric
        down = ecc.athlete_load
        if down is None:
            return None
        load_kg = down.kg / ecc.limbs * limbs
        lowered.extend([(load_kg, min(1.0, ecc.limbs / limbs), ecc.seconds)] * count)
    lowered.sort(key=lambda entry: -entry[0])
    ratio, _ = _eccentric._safety_ratio(exercise, athlete)
    maximum_kg = exercise.total_load(one_rep_max).kg
    unit = item.load.unit
    multiplier = exercise.load_multiplier
    best: CapacityUse | None = None
    best_share = -math.inf
    cost = 0.0
    slowest: float | None = None
    for k, (load_kg, weight, seconds) in enumerate(lowered, start=1):
        cost += weight * _eccentric._rep_cost(seconds)
        if seconds is not None:
            slowest = seconds if slowest is None else max(slowest, seconds)
        capacity_kg = maximum_kg * ratio * nsca_fraction(max(1.0, cost))
        share = load_kg / capacity_kg
        if share > best_share + 1e-12 or best is None:
            best_share = share
            best = CapacityUse(
                Load(load_kg / multiplier / unit.kg_factor, unit),
                k,
                max(1.0, cost),
                Load(capacity_kg / multiplier / unit.kg_factor, unit),
                slowest,
            )
    return best


class _Profile(NamedTuple):
    overload: bool
    heaviest_kg: float  # heaviest athlete eccentric load, scaled to all limbs, in kg (total)
    slowest: float  # longest eccentric phase, s (0 when unknown)


def _profile(item: Set, bodyweight: Load | None) -> _Profile | None:
    limbs = item.exercise.limb_mode.limbs
    overload = False
    heaviest_kg = 0.0
    slowest = 0.0
    for rep in _distinct(item.expand(bodyweight=bodyweight)):
        ecc, con = rep.eccentric, rep.concentric
        down = ecc.athlete_load
        if down is None:
            return None
        up = con.athlete_load
        down_per_limb = down.kg / ecc.limbs
        if up is None or down_per_limb > up.kg / con.limbs + _TOLERANCE_KG:
            overload = True
        heaviest_kg = max(heaviest_kg, down_per_limb * limbs)
        slowest = max(slowest, ecc.seconds or 0.0)
    return _Profile(overload, heaviest_kg, slowest)


def _distinct(reps: Sequence[Rep]) -> list[Rep]:
    """The reps of a set without repeats of one shared instance."""
    return [rep for rep, _ in _counted(reps)]


def _counted(reps: Sequence[Rep]) -> list[tuple[Rep, int]]:
    """Each distinct rep instance of a set, with how many times it occurs, in order."""
    first: dict[int, Rep] = {}
    counts: dict[int, int] = {}
    for rep in reps:
        key = id(rep)
        first.setdefault(key, rep)
        counts[key] = counts.get(key, 0) + 1
    return [(rep, counts[key]) for key, rep in first.items()]

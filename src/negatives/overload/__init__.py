"""Eccentric prescriptions: how heavy, how many, and how much help from the partner.

Every calculator returns a concrete `Set` — with `rep_detail` when the reps differ, e.g. a
partner's help growing as the athlete tires — whose `prescription` records what was asked
and a `Basis`: which 1RM, ratio, overload, capacity and effort were used, and their sources.
`explain` renders it for a coach.

Strength comes from exactly one source: a working load *and the reps it was done for*, a
1RM, or the athlete's record (`Athlete.concentric_1rm`, else their history). Loads are in the
exercise's load convention (one dumbbell of a pair for per-implement exercises), as
`Set.load` is.

**Every load is held to the eccentric capacity** for the set's reps and lowering time
(`negatives.strength.eccentric_capacity`: the safe eccentric 1RM x the %1RM-by-reps chart;
eight lowerings allow 80 % of it, not all of it). Defaults stay within 90 % of it, the
``standard`` safety policy's limit, so that a set made with default arguments passes that
policy; values you pass are held to the capacity itself, and `explain` says when the standard
policy would refuse them.

The numbers rest on DOMAIN §1–§3 (see the docs' evidence page): the partner-assisted method and
its 25–50 % overload come from coaching practice (the seed article); the per-rep assistance is a
*model* (reasoning, low confidence) derived from the %1RM-by-reps relation; accentuated
eccentric defaults come from the loads used in studies (Doan et al. 2002; Walker et al. 2016).

Examples:
    >>> import negatives as neg
    >>> curl = neg.Exercise("barbell-curl", "Barbell Curl", muscles=["biceps"],
    ...                     equipment="barbell", risk="low")
    >>> s = neg.overload.partner_assisted_negatives(
    ...     curl, working_load=neg.kg(40), working_reps=10, overload=0.40, reps=4)
    >>> s.load, s.method.value, s.reps
    (Load(56.0, 'kg'), 'partner_assisted', 4)
    >>> [round(rep.assistance.value, 1) for rep in s.expand()]  # the partner's help grows
    [13.3, 15.5, 16.3, 17.6]
    >>> s.prescription.basis.category.value  # 56 kg is 105 % of the 53.3 kg 1RM
    'supramaximal'
    >>> eight = neg.overload.partner_assisted_negatives(
    ...     curl, working_load=neg.kg(40), working_reps=10, overload=0.40, reps=8)
    >>> f"{eight.load:.1f}", eight.prescription.basis.capped  # 8 lowerings of 4 s allow less
    ('49.7 kg', True)
"""

from __future__ import annotations

from ..plates import round_to_plates
from ._category import (
    TEMPO_ECCENTRIC_SECONDS,
    CapacityUse,
    capacity_use,
    eccentric_equivalent,
    exceeds,
    is_overload,
    method_category,
)
from ._explain import explain
from ._methods import (
    AEL_CONCENTRIC_FRACTION,
    AEL_ECCENTRIC_FRACTION,
    NEGATIVE_ONLY_FRACTION,
    TWO_ONE_FRACTION,
    accentuated_eccentric,
    bodyweight_negatives,
    negative_only,
    partner_assistance,
    partner_assisted_negatives,
    tempo_eccentrics,
    two_one,
)
from ._plan import (
    DEFAULT_CAPACITY_SHARE,
    DEFAULT_CONCENTRIC_EFFORT,
    DEFAULT_OVERLOAD,
    Rounding,
    bar_loaded,
    fmt_percent,
)

__all__ = [
    "AEL_CONCENTRIC_FRACTION",
    "AEL_ECCENTRIC_FRACTION",
    "DEFAULT_CAPACITY_SHARE",
    "DEFAULT_CONCENTRIC_EFFORT",
    "DEFAULT_OVERLOAD",
    "NEGATIVE_ONLY_FRACTION",
    "TEMPO_ECCENTRIC_SECONDS",
    "TWO_ONE_FRACTION",
    "CapacityUse",
    "Rounding",
    "accentuated_eccentric",
    "bar_loaded",
    "bodyweight_negatives",
    "capacity_use",
    "eccentric_equivalent",
    "exceeds",
    "explain",
    "fmt_percent",
    "is_overload",
    "method_category",
    "negative_only",
    "partner_assistance",
    "partner_assisted_negatives",
    "round_to_plates",
    "tempo_eccentrics",
    "two_one",
]

"""The exercise of a name nothing maps: built from what the name states.

Every exercise name of an import becomes an `Exercise` in one place, the reader's
``Context.exercise``:

1. the catalog's resolution (`negatives.catalog.Catalog.resolve`), which reads the user's own
   names first (``read_export(..., names=...)``, `negatives.catalog.load_names`);
2. else a *custom* exercise built by `custom_exercise` from what the name states
   (`negatives.catalog.parse_name`): its equipment and, for dumbbells and kettlebells, a
   per-implement load, so that a logged load means the same thing whether or not the catalog
   knows the name.
"""

from __future__ import annotations

from ..catalog import NameParts
from ..model import Equipment, Exercise, LimbMode, LoadConvention

__all__ = ["custom_exercise"]

#: Movements done with a single dumbbell or kettlebell (its load is the one implement).
_ONE_IMPLEMENT = frozenset({"goblet", "swing", "pullover"})


def custom_exercise(id: str, name: str, parts: NameParts) -> Exercise:
    """The exercise of a name nothing maps: no muscles, and what the name states.

    The equipment is the one the name states (bodyweight for assisted or weighted moves with
    no other: an assisted pull-up moves the body, the machine helps); dumbbell and kettlebell
    loads are per implement (one dumbbell of a pair, as apps log them and as the catalog's
    dumbbell exercises are), so ``20 kg`` on ``"Lunge (Dumbbell)"`` is two 20 kg dumbbells
    exactly as on ``"Bicep Curl (Dumbbell)"``; a goblet squat, a swing or a pullover holds one;
    everything else is a total. A one-arm or one-leg name (``Single Arm``) is unilateral: one
    implement. "Each Side" is read as the catalog reads it: a dumbbell per side is one dumbbell
    of a pair, as every dumbbell load is.

    Examples:
        >>> from negatives.catalog import parse_name
        >>> ex = custom_exercise("custom-lunge-dumbbell", "Lunge (Dumbbell)",
        ...                      parse_name("Lunge (Dumbbell)"))
        >>> ex.equipment.value, ex.load_convention.value, ex.load_multiplier
        ('dumbbell', 'per_implement', 2)
    """
    equipment = parts.equipment
    if parts.assisted or (parts.weighted and equipment is None):
        equipment = Equipment.BODYWEIGHT
    per_implement = equipment in (Equipment.DUMBBELL, Equipment.KETTLEBELL)
    limb_mode = parts.limb_mode or LimbMode.BILATERAL
    held = 1 if _ONE_IMPLEMENT.intersection(parts.tokens) else None
    return Exercise(
        id,
        name,
        muscles=(),
        equipment=equipment or Equipment.OTHER,
        limb_mode=limb_mode,
        load_convention=LoadConvention.PER_IMPLEMENT if per_implement else LoadConvention.TOTAL,
        implements=held if per_implement else None,
    )

"""The built-in policies: ``conservative``, ``standard`` and ``athlete``.

They run the same rules with different thresholds. Most thresholds are practice or reasoning,
not findings (each rule says its confidence); the presets are starting points to tune.

| rule | parameter | conservative | standard | athlete |
|---|---|---|---|---|
| NEG101 | ``min_training_age_years`` / ``count_bodyweight`` | 2 / yes | 1 / yes | 1 / no |
| NEG102 | ``min_age`` / ``count_bodyweight`` | 18 / yes | 18 / no | 18 / no |
| NEG104 | ``max_soreness`` / ``max_strength_loss`` | 2 / 0.05 | 3 / 0.10 | 5 / 0.20 |
| NEG104 | ``max_checkin_age_days`` | 1 | 1 | 1 |
| NEG201 | ``max_fraction_of_eccentric_1rm`` | 0.80 | 0.90 | 1.00 |
| NEG202 | ``max_concentric_effort`` | 0.90 | 1.00 | 1.00 |
| NEG301 | ``max_sets`` / ``count_tempo`` | 1 / yes | 2 / no | 3 / no |
| NEG302 | ``min_days_between`` | 4 | 3 | 2 |
| NEG303 | ``max_sessions_per_week`` | 1 | 2 | 2 |
| NEG304 | ``gap_days`` | 28 | 21 | 21 |
| NEG305 | ``max_ratio`` | 1.3 | 1.5 | 1.75 |
| NEG401 | ``min_spotters`` / ``arms_count_as_spotter`` | 2 / no | 2 / yes | 1 / yes |
| NEG501 | ``min_eccentric_seconds`` | 3 | 3 | 2 |
| NEG503 | ``min_rest_seconds`` | 180 | 120 | 120 |
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal, TypeAlias

from ..errors import PolicyError
from .engine import ParamValue, Policy, RuleConfig

__all__ = ["PRESETS", "PresetName", "preset"]

PresetName: TypeAlias = Literal["conservative", "standard", "athlete"]
"""The names of the built-in presets."""

_TABLE: dict[str, dict[str, tuple[ParamValue, ParamValue, ParamValue]]] = {
    "NEG101": {
        "min_training_age_years": (2.0, 1.0, 1.0),
        "count_bodyweight": (True, True, False),
    },
    "NEG102": {"min_age": (18, 18, 18), "count_bodyweight": (True, False, False)},
    "NEG104": {
        "max_soreness": (2.0, 3.0, 5.0),
        "max_strength_loss": (0.05, 0.10, 0.20),
        "max_checkin_age_days": (1, 1, 1),
    },
    "NEG201": {"max_fraction_of_eccentric_1rm": (0.80, 0.90, 1.00)},
    "NEG202": {"max_concentric_effort": (0.90, 1.00, 1.00)},
    "NEG301": {"max_sets": (1, 2, 3), "count_tempo": (True, False, False)},
    "NEG302": {"min_days_between": (4, 3, 2)},
    "NEG303": {"max_sessions_per_week": (1, 2, 2)},
    "NEG304": {"gap_days": (28, 21, 21)},
    "NEG305": {"max_ratio": (1.3, 1.5, 1.75)},
    "NEG401": {"min_spotters": (2, 2, 1), "arms_count_as_spotter": (False, True, True)},
    "NEG501": {"min_eccentric_seconds": (3.0, 3.0, 2.0)},
    "NEG503": {"min_rest_seconds": (180.0, 120.0, 120.0)},
}
_NAMES: tuple[PresetName, ...] = ("conservative", "standard", "athlete")


def _build(index: int) -> Policy:
    rules = {
        code: RuleConfig({key: values[index] for key, values in params.items()})
        for code, params in _TABLE.items()
    }
    return Policy(name=_NAMES[index], rules=rules)


#: The built-in presets by name.
PRESETS: Mapping[str, Policy] = {name: _build(index) for index, name in enumerate(_NAMES)}


def preset(name: str) -> Policy:
    """The built-in preset ``name``.

    Raises:
        PolicyError: an unknown name.
    """
    try:
        return PRESETS[name]
    except (KeyError, TypeError):
        raise PolicyError(
            f"unknown preset {name!r}: use 'conservative', 'standard' or 'athlete'"
        ) from None

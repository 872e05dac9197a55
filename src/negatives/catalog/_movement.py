"""Movements: the rows of the catalog's table, and how a row becomes exercises.

A `Movement` is one pattern ("Bench Press") with its muscles, the names that mean it (`Key`),
the implements it is done with, and what a bare name means. The catalog generates one
`Exercise` per movement and implement (``"dumbbell-bench-press"``), plus, when a bare name
does not say the equipment, one *movement-level* exercise whose muscles are certain and whose
equipment is left unstated. Variants a name asks for that the table does not list (an
implement, one arm) are derived the same way when they are asked for.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final, Literal

import attrs

from ..model import Equipment, Exercise, LimbMode, LoadConvention, Muscle, RiskClass
from ..tempo import Phase
from ._vocabulary import EQUIPMENT_OF, IMPLEMENT_NAMES

__all__ = ["UNSTATED", "Key", "Movement", "Region", "RiskProfile", "generated_exercise"]

Region = Literal["upper", "lower", "trunk"]

#: A key's implement when the name it matches leaves the equipment unstated on purpose
#: ("Shoulder Press": dumbbell or machine).
UNSTATED: Final = ""


@attrs.frozen
class Key:
    """A name (in canonical words) that means a movement, or one of several.

    Attributes:
        text: the words, as a person writes them ("lat pulldown"); read with the parser, so
            synonyms and plurals need no separate key. An implement in the text ("landmine
            press") is *required*: the key matches only names that state it.
        movement: the movement the key means; ``None`` when it means one of ``among``.
        implement: the implement a name matching this key means when it states none
            (``"crossover"``: a cable); `UNSTATED` for a movement-level reading; ``None`` to
            use the movement's default.
        among: movements a bare key could mean (``"press"``: bench, overhead or leg press);
            the name's other words, implement or side may single one out.
        needs: implements that make the key mean `movement` ("curl" with a dumbbell is a
            biceps curl); with any other (or none) it means one of ``among``.
        strict: unknown words beside this key are not tolerated ("Jefferson Curl" is not a
            curl the table knows).
    """

    text: str
    movement: str | None = None
    implement: str | None = None
    among: tuple[str, ...] = ()
    needs: tuple[str, ...] = ()
    strict: bool = False


@attrs.frozen
class RiskProfile:
    """The risk class of a movement by the kind of equipment (DOMAIN §5, spotting).

    HIGH where a free weight is over the face, neck or torso or on the back (NSCA practice,
    medium confidence); MEDIUM and LOW by reasoning (low confidence).
    """

    name: str
    by_equipment: Mapping[Equipment, RiskClass | None]
    by_implement: Mapping[str, RiskClass | None] = attrs.field(factory=dict)

    def risk(self, implement: str) -> RiskClass | None:
        if implement in self.by_implement:
            return self.by_implement[implement]
        return self.by_equipment.get(EQUIPMENT_OF[implement])


def _profile(
    name: str,
    default: RiskClass | None,
    *,
    implements: Mapping[str, RiskClass | None] | None = None,
    **equipment: RiskClass | None,
) -> RiskProfile:
    table: dict[Equipment, RiskClass | None] = dict.fromkeys(Equipment, default)
    table.update({Equipment(key): value for key, value in equipment.items()})
    return RiskProfile(name, table, dict(implements or {}))


_H, _M, _L = RiskClass.HIGH, RiskClass.MEDIUM, RiskClass.LOW
_NOT_ON_BODY = {"trap-bar": _M, "landmine": _M}

#: Free weights over the face, neck or torso (presses lying down, skull crushers).
TORSO: Final = _profile(
    "torso", _L, barbell=_H, dumbbell=_M, kettlebell=_M, smith_machine=_M, other=_M,
    implements=_NOT_ON_BODY,
)  # fmt: skip
#: Free weights held over the head (overhead presses, jerks, snatches).
OVERHEAD: Final = _profile(
    "overhead", _L, barbell=_H, dumbbell=_H, kettlebell=_H, smith_machine=_M, other=_M,
    bodyweight=_M, implements=_NOT_ON_BODY,
)  # fmt: skip
#: A bar on the back or racked at the neck (squats, good mornings, cleans).
BACK: Final = _profile(
    "back", _L, barbell=_H, smith_machine=_M, dumbbell=_M, kettlebell=_M, other=_M,
    implements=_NOT_ON_BODY,
)  # fmt: skip
#: Heavy free-weight pulls and hinges: the back is loaded, the weight can be dropped.
HINGE: Final = _profile(
    "hinge", _L, barbell=_M, dumbbell=_M, kettlebell=_M, smith_machine=_M, other=_M
)
#: Rows: a barbell row loads the lower back; the rest are supported.
ROW: Final = _profile("row", _L, barbell=_M)
#: Hanging and supporting the body (pull-ups, dips, muscle-ups).
BODY: Final = _profile("body", _M, machine=_L, cable=_L)
#: Machines, cables and isolation work.
LOW: Final = _profile("low", _L)
#: Holds and core work with nothing to overload by negatives: not classified.
NONE: Final = _profile("none", None)

#: Implements the dumbbell and kettlebell conventions apply to.
PER_IMPLEMENT_EQUIPMENT: Final = frozenset({Equipment.DUMBBELL, Equipment.KETTLEBELL})


@attrs.frozen
class Movement:
    """One row of the catalog's table.

    Attributes:
        id: a slug; generated exercise ids are ``"<implement>-<id>"``, and ``<id>`` itself is
            the default implement's exercise (or the movement-level one).
        name: the display name ("Bench Press").
        muscles: primary muscle groups.
        secondary: assisting muscle groups.
        keys: the names that mean this movement (its own name is always one).
        implements: the implements the catalog lists an exercise for (labels of
            ``_vocabulary.IMPLEMENTS``).
        default: the implement a bare name means ("Lat Pulldown": the cable station);
            ``None``: a bare name leaves the equipment unstated (movement-level exercise).
        starts_with: the phase a repetition starts with; `starts` overrides it by implement.
        risk: the risk profile by equipment.
        region: upper or lower body, or trunk ("one arm" or "one leg" variants).
        limb_mode: how limbs work in the default form (lunges alternate).
        held: implements held when a per-implement load is not one per working limb (two
            dumbbells in a lunge, one in a goblet squat).
        bodyweight_fraction: share of bodyweight moved (DOMAIN §5 values only).
        hold: a timed hold (plank, dead hang): no eccentric phase.
        eccentric_only: a lowering the athlete cannot reverse (the Nordic curl): its sets are
            eccentric overload however they are logged (`Exercise.eccentric_only`).
        ids: exercise ids by implement where they are not ``"<implement>-<id>"`` (ids kept
            from earlier versions, and implements that mean another movement's exercise);
            ``None`` keys the movement-level exercise.
        names: display names by implement, where the generated one would read badly.
        limbs: limb modes by implement, where they differ from `limb_mode` (a cable lateral
            raise is done one arm at a time).
        notes: where the movement's facts come from.
    """

    id: str
    name: str
    muscles: tuple[Muscle, ...]
    secondary: tuple[Muscle, ...] = ()
    keys: tuple[Key | str, ...] = ()
    implements: tuple[str, ...] = ()
    default: str | None = None
    starts_with: Phase = Phase.CONCENTRIC
    starts: Mapping[str, Phase] = attrs.field(factory=dict)
    risk: RiskProfile = LOW
    region: Region = "upper"
    limb_mode: LimbMode = LimbMode.BILATERAL
    limbs: Mapping[str, LimbMode] = attrs.field(factory=dict)
    held: int | None = None
    bodyweight_fraction: float = 0.0
    hold: bool = False
    eccentric_only: bool = False
    ids: Mapping[str | None, str] = attrs.field(factory=dict)
    names: Mapping[str | None, str] = attrs.field(factory=dict)
    notes: str = ""

    def exercise_id(self, implement: str | None) -> str:
        """The id of this movement's exercise with an implement (``None``: movement-level)."""
        if implement in self.ids:
            return self.ids[implement]
        if implement is None or implement == self.default:
            return self.id
        return f"{implement}-{self.id}"

    def exercise_name(self, implement: str | None) -> str:
        """The display name of this movement's exercise with an implement."""
        if implement in self.names:
            return self.names[implement]
        if implement is None or implement == self.default:
            return self.name
        return f"{IMPLEMENT_NAMES[implement]} {self.name}"

    def has_movement_level(self) -> bool:
        """Whether a name can mean this movement with its equipment unstated."""
        if self.default is None:
            return True
        return any(isinstance(k, Key) and k.implement == UNSTATED for k in self.keys)

    def common_risk(self) -> RiskClass | None:
        """The risk class every listed implement shares, else ``None`` (movement-level)."""
        risks = {self.risk.risk(implement) for implement in self.implements}
        return risks.pop() if len(risks) == 1 else None


def generated_exercise(movement: Movement, implement: str | None) -> Exercise:
    """The exercise of a movement with an implement (``None``: equipment not stated).

    The muscles, the phase a rep starts with and the limb mode come from the movement; the
    equipment, the load convention (one implement of a pair for dumbbells and kettlebells,
    the total otherwise) and the risk class from the implement. A movement-level exercise has
    equipment OTHER, loads as logged (the total) and the risk every implement shares, if any.
    No study's ratio is ever carried to a generated exercise.
    """
    if implement is None:
        return Exercise(
            movement.exercise_id(None),
            movement.exercise_name(None),
            muscles=movement.muscles,
            secondary_muscles=movement.secondary,
            equipment=Equipment.OTHER,
            limb_mode=movement.limb_mode,
            starts_with=movement.starts_with,
            risk=movement.common_risk(),
            eccentric_only=movement.eccentric_only,
        )
    equipment = EQUIPMENT_OF[implement]
    per_implement = equipment in PER_IMPLEMENT_EQUIPMENT
    limb_mode = movement.limbs.get(implement, movement.limb_mode)
    bodyweight = equipment is Equipment.BODYWEIGHT
    return Exercise(
        movement.exercise_id(implement),
        movement.exercise_name(implement),
        muscles=movement.muscles,
        secondary_muscles=movement.secondary,
        equipment=equipment,
        limb_mode=limb_mode,
        starts_with=movement.starts.get(implement, movement.starts_with),
        bodyweight_fraction=movement.bodyweight_fraction if bodyweight else 0.0,
        load_convention=LoadConvention.PER_IMPLEMENT if per_implement else LoadConvention.TOTAL,
        risk=movement.risk.risk(implement) if not movement.hold else None,
        implements=movement.held if per_implement else None,
        eccentric_only=movement.eccentric_only,
    )

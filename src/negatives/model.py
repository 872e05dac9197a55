"""The training model: exercises, repetitions phase by phase, sets, sessions, athletes, plans.

Two levels of detail live side by side, so that real logs and planned negatives are both held
honestly:

* a `Set` as a coach writes it: exercise, reps, load, optional tempo and method. App logs
  carry only this (weight x reps); nothing else is invented for them.
* a `Rep` as a sequence of `RepPhase` objects (eccentric, concentric, isometric
  pauses), each with seconds, load, the help a partner or device gives and the limbs working.
  ``Set.expand()`` derives the reps of a set whose reps are alike; ``Set.rep_detail`` stores them
  when they differ (a partner's help growing rep by rep, weight releasers dropping off).

The phases are the truth; a set's ``method`` is a label that is checked against them.

Examples:
    >>> import negatives as neg
    >>> curl = neg.Exercise("barbell-curl", "Barbell Curl", muscles=[neg.Muscle.BICEPS],
    ...                     equipment="barbell")
    >>> s = neg.Set(curl, reps=8, load=neg.kg(40), tempo="4-0-2-0")
    >>> rep = s.expand()[0]
    >>> [phase.phase.value for phase in rep.phases], rep.time_under_tension
    (['concentric', 'eccentric'], 6.0)
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import Any

import attrs

from ._checks import (
    MAX_TEXT,
    Checks,
    as_float,
    as_int,
    describe,
    fmt_number,
    is_number,
    soft_enum,
    tuple_of,
)
from ._frozen import FrozenDict, freeze
from .errors import Loc, ParseError, Problem, ValidationError
from .tempo import EXPLOSIVE_SECONDS, Phase, Tempo
from .units import Load, Unit, bar_load_problem

__all__ = [
    "MAX_REPS",
    "MAX_SORENESS",
    "Athlete",
    "Basis",
    "BodyPart",
    "Checkin",
    "Equipment",
    "Exercise",
    "LimbMode",
    "LoadConvention",
    "Method",
    "MethodCategory",
    "Muscle",
    "Prescription",
    "Rep",
    "RepPhase",
    "RepRange",
    "RiskClass",
    "Session",
    "Set",
    "Screening",
    "SetType",
    "Setup",
    "Sex",
    "Source",
    "TrainingLog",
]

#: Most repetitions a set (or a prescription's range) may hold. Far above any strength set;
#: it catches typos (a weight typed into the reps column) without rejecting endurance work.
MAX_REPS = 1000

#: Most spotters a setup may list (two for heavy squats and benches is NSCA practice; four
#: leaves room for side spotters on a heavy squat).
MAX_SPOTTERS = 4

#: No load: the default for assistance and bodyweight share.
ZERO_KG = Load(0.0, Unit.KG)

_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_SLUG_HINT = "a lowercase slug of letters, digits and single hyphens, like 'barbell-curl'"
_METHOD = re.compile(r"[a-z][a-z0-9_]*")
_MAX_ID = 100
_MAX_NAME = 200


# -- vocabularies -----------------------------------------------------------------------------


class BodyPart(StrEnum):
    """A coarse body region, as coaches count "sets per body part"."""

    CHEST = "chest"
    BACK = "back"
    SHOULDERS = "shoulders"
    ARMS = "arms"
    CORE = "core"
    LEGS = "legs"
    NECK = "neck"


class Muscle(StrEnum):
    """A muscle group: the closed vocabulary for exercises, volume counts and safety rules."""

    CHEST = "chest"
    LATS = "lats"
    UPPER_BACK = "upper_back"
    TRAPS = "traps"
    LOWER_BACK = "lower_back"
    SHOULDERS = "shoulders"
    BICEPS = "biceps"
    TRICEPS = "triceps"
    FOREARMS = "forearms"
    ABDOMINALS = "abdominals"
    OBLIQUES = "obliques"
    GLUTES = "glutes"
    QUADRICEPS = "quadriceps"
    HAMSTRINGS = "hamstrings"
    ADDUCTORS = "adductors"
    ABDUCTORS = "abductors"
    CALVES = "calves"
    NECK = "neck"

    @property
    def body_part(self) -> BodyPart:
        """The body part this muscle group belongs to (``Muscle.LATS.body_part`` is BACK)."""
        return _BODY_PARTS[self]


_BODY_PARTS = {
    Muscle.CHEST: BodyPart.CHEST,
    Muscle.LATS: BodyPart.BACK,
    Muscle.UPPER_BACK: BodyPart.BACK,
    Muscle.TRAPS: BodyPart.BACK,
    Muscle.LOWER_BACK: BodyPart.BACK,
    Muscle.SHOULDERS: BodyPart.SHOULDERS,
    Muscle.BICEPS: BodyPart.ARMS,
    Muscle.TRICEPS: BodyPart.ARMS,
    Muscle.FOREARMS: BodyPart.ARMS,
    Muscle.ABDOMINALS: BodyPart.CORE,
    Muscle.OBLIQUES: BodyPart.CORE,
    Muscle.GLUTES: BodyPart.LEGS,
    Muscle.QUADRICEPS: BodyPart.LEGS,
    Muscle.HAMSTRINGS: BodyPart.LEGS,
    Muscle.ADDUCTORS: BodyPart.LEGS,
    Muscle.ABDUCTORS: BodyPart.LEGS,
    Muscle.CALVES: BodyPart.LEGS,
    Muscle.NECK: BodyPart.NECK,
}


class Equipment(StrEnum):
    """What provides the load."""

    BARBELL = "barbell"
    DUMBBELL = "dumbbell"
    KETTLEBELL = "kettlebell"
    MACHINE = "machine"
    CABLE = "cable"
    SMITH_MACHINE = "smith_machine"
    BODYWEIGHT = "bodyweight"
    BAND = "band"
    FLYWHEEL = "flywheel"
    OTHER = "other"


class LimbMode(StrEnum):
    """How many limbs work at a time."""

    BILATERAL = "bilateral"
    """Both limbs together (barbell curl, squat)."""
    UNILATERAL = "unilateral"
    """One limb, the set done per side (one-arm row, Bulgarian split squat)."""
    ALTERNATING = "alternating"
    """One limb per repetition, sides taking turns (alternating dumbbell curl)."""

    @property
    def limbs(self) -> int:
        """Limbs working during one repetition."""
        return 2 if self is LimbMode.BILATERAL else 1


class LoadConvention(StrEnum):
    """What the logged load of an exercise refers to."""

    TOTAL = "total"
    """The whole load moved (a barbell with its plates, a machine stack)."""
    PER_LIMB = "per_limb"
    """The load on each side (plate-loaded machines with independent arms)."""
    PER_IMPLEMENT = "per_implement"
    """The load of each implement (one dumbbell of a pair)."""


class Method(StrEnum):
    """How a set loads the eccentric phase (DOMAIN §1).

    Other methods can be named by a lowercase identifier string (``"cluster_eccentric"``); the
    model keeps them as given.
    """

    STANDARD = "standard"
    """The same load up and down at a normal tempo."""
    TEMPO_ECCENTRIC = "tempo_eccentric"
    """Normal load, slow lowering (e.g. 4 s)."""
    PARTNER_ASSISTED = "partner_assisted"
    """A partner helps the lift; the athlete lowers a heavier load alone (the seed's method)."""
    ACCENTUATED_ECCENTRIC = "accentuated_eccentric"
    """The eccentric load exceeds the concentric load (e.g. weight releasers)."""
    TWO_ONE = "two_one"
    """Lift with two limbs, lower with one."""
    NEGATIVE_ONLY = "negative_only"
    """The load is lifted for the athlete every repetition; only the lowering is theirs."""
    FLYWHEEL = "flywheel"
    """Isoinertial device: overload from stored rotational energy, not a bar load."""


class MethodCategory(StrEnum):
    """What a set does to the eccentric phase, computed from its loads (DOMAIN §1).

    The category follows from the loads, not from the method's name: a "partner-assisted
    negative" at +25 % on a light working load is submaximal; at +50 % on an 8RM it is
    supramaximal (8RM is about 80 % of 1RM, so 120 %).
    """

    CONVENTIONAL = "conventional"
    """Same load both ways at an ordinary tempo: no eccentric emphasis."""
    TEMPO = "tempo"
    """Same load both ways, slow lowering (tempo eccentrics)."""
    SUBMAXIMAL = "submaximal"
    """Eccentric load above what the athlete lifts, at most the concentric 1RM."""
    SUPRAMAXIMAL = "supramaximal"
    """Eccentric load above the concentric 1RM (per limb for the 2/1 technique)."""
    FLYWHEEL = "flywheel"
    """Isoinertial devices: overload set by inertia and effort, not by a bar load."""


class RiskClass(StrEnum):
    """How dangerous supramaximal negatives on an exercise are (DOMAIN §5, spotting).

    Free weights over the face, neck or torso, or on the back (bench press, incline press,
    overhead press, squat, skull crusher) need spotters: the partner must be able to take the
    whole load (NSCA practice, medium confidence). Pull-ups and dips are medium; selectorised
    machines, leg presses with stops, curls, leg curls and extensions lower (reasoning, low
    confidence).
    """

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class SetType(StrEnum):
    """The role of a set in a session, as logging apps record it."""

    WARMUP = "warmup"
    NORMAL = "normal"
    DROP = "drop"
    FAILURE = "failure"


class Sex(StrEnum):
    """Sex, as reported by the athlete (used only where a source reports values by sex)."""

    FEMALE = "female"
    MALE = "male"


# -- field helpers ------------------------------------------------------------------------------


def _method(value: Method | str) -> Method | str:
    if isinstance(value, Method):
        return value
    try:
        return Method(value)
    except ValueError:
        return value  # a custom method, checked by the owner's validator


def _opt_tempo(value: Tempo | str | None) -> Tempo | None:
    # Text that does not parse is kept as it is; the class validator reports why.
    if isinstance(value, str):
        try:
            return Tempo.parse(value)
        except ParseError:
            return value  # type: ignore[return-value]
    return value


def _check_tempo(checks: Checks, value: object) -> None:
    if value is None or isinstance(value, Tempo):
        return
    if isinstance(value, str):
        try:
            Tempo.parse(value)
        except ParseError as error:
            checks.fail("tempo", str(error))
        return
    checks.fail("tempo", f"must be a Tempo or text like '3-1-2-0', got {describe(value)}")


def _number(value: float) -> float:
    return as_float(value)  # type: ignore[no-any-return]


def _opt_number(value: float | None) -> float | None:
    return as_float(value)  # type: ignore[no-any-return]


def _int(value: int) -> int:
    return as_int(value)  # type: ignore[no-any-return]


def _opt_int(value: int | None) -> int | None:
    return as_int(value)  # type: ignore[no-any-return]


def _to_muscles(value: Iterable[Muscle | str]) -> tuple[Muscle, ...]:
    return tuple(soft_enum(Muscle, item) for item in tuple_of(value))


def _to_equipment(value: Equipment | str) -> Equipment:
    return soft_enum(Equipment, value)  # type: ignore[no-any-return]


def _to_limb_mode(value: LimbMode | str) -> LimbMode:
    return soft_enum(LimbMode, value)  # type: ignore[no-any-return]


def _to_phase(value: Phase | str) -> Phase:
    return soft_enum(Phase, value)  # type: ignore[no-any-return]


def _to_load_convention(value: LoadConvention | str) -> LoadConvention:
    return soft_enum(LoadConvention, value)  # type: ignore[no-any-return]


def _to_risk(value: RiskClass | str | None) -> RiskClass | None:
    return soft_enum(RiskClass, value)  # type: ignore[no-any-return]


def _to_set_type(value: SetType | str) -> SetType:
    return soft_enum(SetType, value)  # type: ignore[no-any-return]


def _to_sex(value: Sex | str | None) -> Sex | None:
    return soft_enum(Sex, value)  # type: ignore[no-any-return]


def _check_method(checks: Checks, value: object) -> None:
    if not isinstance(value, Method):
        checks.text(
            "method",
            value,
            max_length=40,
            pattern=_METHOD,
            pattern_hint=(
                "one of "
                + ", ".join(repr(m.value) for m in Method)
                + ", or a custom lowercase identifier like 'cluster_eccentric'"
            ),
        )


def _check_bar_load(checks: Checks, field: str | Loc, value: object) -> None:
    problem = bar_load_problem(value)
    if problem is not None:
        checks.fail(field, problem)


def _check_optional_rpe(checks: Checks, rpe: object, rir: object) -> None:
    rpe_ok = rpe is not None and checks.number("rpe", rpe, ge=1, le=10)
    rir_ok = rir is not None and checks.number("rir", rir, ge=0, le=9)
    if (
        rpe_ok
        and rir_ok
        and isinstance(rpe, float)
        and isinstance(rir, float)
        and abs(rpe - (10 - rir)) > 1e-9
    ):
        checks.fail(
            "rir",
            f"disagrees with rpe: rpe {fmt_number(rpe)} means rir {fmt_number(10 - rpe)} "
            f"(RPE = 10 - RIR, Helms et al. 2016), got {fmt_number(rir)}",
        )


# -- exercise ------------------------------------------------------------------------------------


@attrs.frozen
class Exercise:
    """An exercise: what moves, which muscles work, and how its load is written.

    Attributes:
        id: a stable slug (``"barbell-curl"``) that documents use to refer to the exercise.
        name: the display name.
        muscles: primary muscle groups; empty when unknown (an unmapped exercise from an app).
        secondary_muscles: muscle groups that assist; disjoint from ``muscles``.
        equipment: what provides the load.
        limb_mode: both limbs, one limb, or alternating.
        starts_with: ``Phase.ECCENTRIC`` for lifts that begin with the lowering (squat, bench
            press, dips), ``Phase.CONCENTRIC`` for lifts that begin with the lift (deadlift,
            row, curl, pull-up).
        bodyweight_fraction: share of bodyweight moved (pull-up 1.0, push-up ~0.65; 0 for bar
            lifts). DOMAIN §5, low confidence; override per exercise.
        load_convention: whether a logged load is the total, per limb or per implement.
        ecc_con_ratio: eccentric:concentric strength ratio for this exercise, if known
            (e.g. Hollander et al. 2007 for machine lifts).
        risk: how dangerous supramaximal negatives on this exercise are (DOMAIN §5,
            spotting); ``None`` when not classified.
        implements: for per-implement loads, how many implements are held when it is not one
            per working limb (a dumbbell in each hand for a Bulgarian split squat: 2).
        eccentric_only: the exercise is a lowering the athlete cannot reverse: they return to
            the start with help (hands, a partner), so every rep is eccentric overload however
            a set is logged. The Nordic hamstring curl is the example: supramaximal eccentric
            work for the hamstrings from the first rep (DOMAIN §5; Mjølsnes et al. 2004, Scand
            J Med Sci Sports 14:311-317). Safety rules count its sets as overload by reps.
    """

    id: str
    name: str
    muscles: tuple[Muscle, ...] = attrs.field(kw_only=True, converter=_to_muscles)
    secondary_muscles: tuple[Muscle, ...] = attrs.field(
        default=(), kw_only=True, converter=_to_muscles
    )
    equipment: Equipment = attrs.field(
        default=Equipment.OTHER,
        kw_only=True,
        converter=_to_equipment,
    )
    limb_mode: LimbMode = attrs.field(
        default=LimbMode.BILATERAL,
        kw_only=True,
        converter=_to_limb_mode,
    )
    starts_with: Phase = attrs.field(
        default=Phase.CONCENTRIC,
        kw_only=True,
        converter=_to_phase,
    )
    bodyweight_fraction: float = attrs.field(default=0.0, kw_only=True, converter=_number)
    load_convention: LoadConvention = attrs.field(
        default=LoadConvention.TOTAL,
        kw_only=True,
        converter=_to_load_convention,
    )
    ecc_con_ratio: float | None = attrs.field(default=None, kw_only=True, converter=_opt_number)
    risk: RiskClass | None = attrs.field(default=None, kw_only=True, converter=_to_risk)
    implements: int | None = attrs.field(default=None, kw_only=True, converter=_opt_int)
    eccentric_only: bool = attrs.field(default=False, kw_only=True)

    def __attrs_post_init__(self) -> None:
        checks = Checks(self)
        checks.text("id", self.id, max_length=_MAX_ID, pattern=_SLUG, pattern_hint=_SLUG_HINT)
        checks.text("name", self.name, max_length=_MAX_NAME, nonempty=True)
        for field in ("muscles", "secondary_muscles"):
            values = getattr(self, field)
            known = [
                checks.member((field, index), value, Muscle) for index, value in enumerate(values)
            ]
            if all(known) and len(set(values)) != len(values):
                checks.fail(field, "lists a muscle group twice")
        checks.member("equipment", self.equipment, Equipment)
        checks.member("limb_mode", self.limb_mode, LimbMode)
        checks.member("load_convention", self.load_convention, LoadConvention)
        both = set(self.muscles) & set(self.secondary_muscles)
        if both:
            names = ", ".join(sorted(m.value for m in both))
            checks.fail("secondary_muscles", f"repeats primary muscles ({names})")
        if self.starts_with is Phase.ISOMETRIC:
            checks.fail("starts_with", "must be 'eccentric' or 'concentric', got 'isometric'")
        else:
            checks.member("starts_with", self.starts_with, Phase)
        checks.number("bodyweight_fraction", self.bodyweight_fraction, ge=0, le=1)
        if self.ecc_con_ratio is not None:
            checks.number("ecc_con_ratio", self.ecc_con_ratio, ge=1, le=2)
        if self.risk is not None:
            checks.member("risk", self.risk, RiskClass)
        if self.implements is not None:
            checks.integer("implements", self.implements, ge=1, le=4)
            if self.load_convention is not LoadConvention.PER_IMPLEMENT:
                checks.fail(
                    "implements",
                    "applies to per-implement loads only (load_convention='per_implement')",
                )
        checks.instance("eccentric_only", self.eccentric_only, bool, "True or False")
        checks.done()

    @property
    def body_parts(self) -> tuple[BodyPart, ...]:
        """The body parts of the primary muscles, in order, without repeats."""
        return tuple(dict.fromkeys(m.body_part for m in self.muscles))

    @property
    def load_multiplier(self) -> int:
        """Factor from a logged load to the total external load (2 for a pair of dumbbells)."""
        if self.load_convention is LoadConvention.TOTAL:
            return 1
        if self.implements is not None:
            return self.implements
        return self.limb_mode.limbs

    def total_load(self, logged: Load) -> Load:
        """The total external load of a logged load: ``2 x 20 kg`` for two 20 kg dumbbells.

        Examples:
            >>> from negatives import kg
            >>> db = Exercise("dumbbell-curl", "Dumbbell Curl", muscles=["biceps"],
            ...               load_convention="per_implement")
            >>> db.total_load(kg(20))
            Load(40.0, 'kg')
        """
        factor = self.load_multiplier
        return logged if factor == 1 else logged * factor

    def rep(
        self,
        load: Load,
        *,
        concentric_load: Load | None = None,
        tempo: Tempo | str | None = None,
        assistance: Load | None = ZERO_KG,
        eccentric_assistance: Load | None = ZERO_KG,
        eccentric_limbs: int | None = None,
        bodyweight: Load | None = None,
    ) -> Rep:
        """One repetition of this exercise, for a set's ``rep_detail``.

        Like `Rep.of`, but ``load`` and ``concentric_load`` are written as this exercise
        writes loads (one dumbbell of a pair), the phase order and limbs come from the
        exercise, and ``bodyweight`` is the athlete's bodyweight, of which the exercise moves
        its ``bodyweight_fraction`` (left unknown when not given). ``assistance`` is a total.

        Examples:
            >>> from negatives import kg
            >>> curl = Exercise("barbell-curl", "Barbell Curl", muscles=["biceps"])
            >>> rep = curl.rep(kg(56), tempo="4-0-2-0", assistance=kg(13))
            >>> [p.phase.value for p in rep.phases], rep.athlete_concentric_load
            (['concentric', 'eccentric'], Load(43.0, 'kg'))
            >>> chin = Exercise("chin-up", "Chin-up", muscles=["lats"], bodyweight_fraction=1.0)
            >>> chin.rep(kg(0), assistance=kg(30), bodyweight=kg(80)).athlete_concentric_load
            Load(50.0, 'kg')
        """
        total = self.total_load(load)
        if not self.bodyweight_fraction:
            share: Load | None = Load(0.0, total.unit)
        elif bodyweight is None:
            share = None
        else:
            share = bodyweight.to(total.unit) * self.bodyweight_fraction
        return Rep.of(
            total,
            concentric_load=None if concentric_load is None else self.total_load(concentric_load),
            tempo=tempo,
            starts_with=self.starts_with,
            assistance=assistance,
            eccentric_assistance=eccentric_assistance,
            limbs=self.limb_mode.limbs,
            eccentric_limbs=eccentric_limbs,
            bodyweight=share,
        )


# -- repetitions --------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class RepPhase:
    """One phase of a repetition.

    Attributes:
        phase: eccentric, concentric or isometric.
        load: the external load (bar, implements or stack; the *total*, whatever the
            exercise's load convention), as loaded for this phase.
        seconds: how long the phase lasts; ``None`` when unknown (never guessed).
        assistance: help from a partner or a device (band, counterweight) in this phase;
            ``None`` when it was given but not measured. Defaults to none.
        limbs: limbs doing the work in this phase (2/1 technique: 2 up, 1 down).
        bodyweight: the share of the athlete's bodyweight moved (pull-ups, dips); zero for
            bar lifts, ``None`` when the exercise moves bodyweight but the bodyweight is
            unknown.

    The resistance the muscles meet is ``load + bodyweight``; the athlete's own share of it is
    ``resistance - assistance``, split across ``limbs``.
    """

    phase: Phase = attrs.field(converter=_to_phase)
    load: Load
    seconds: float | None = attrs.field(default=None, converter=_opt_number)
    assistance: Load | None = attrs.field(default=ZERO_KG)
    limbs: int = attrs.field(default=2, converter=_int)
    bodyweight: Load | None = attrs.field(default=ZERO_KG)

    def __attrs_post_init__(self) -> None:
        checks = Checks(self)
        checks.member("phase", self.phase, Phase)
        _check_bar_load(checks, "load", self.load)
        if self.seconds is not None:
            checks.number("seconds", self.seconds, ge=0, le=600, unit="s")
        checks.integer("limbs", self.limbs, ge=1, le=4)
        if self.bodyweight is not None:
            _check_bar_load(checks, "bodyweight", self.bodyweight)
        if self.assistance is not None:
            _check_bar_load(checks, "assistance", self.assistance)
        # Help cannot exceed what there is to move. With the bodyweight share unknown (None),
        # the resistance is unknown and a band's help cannot be checked.
        if not checks.problems and self.assistance is not None and self.bodyweight is not None:
            ceiling = self.load + self.bodyweight.to(self.load.unit)
            if self.assistance > ceiling and not self.assistance.isclose(ceiling):
                hint = (
                    "; for a bodyweight exercise give the bodyweight share (or None if unknown)"
                    if not self.bodyweight.value
                    else ""
                )
                checks.fail(
                    "assistance",
                    f"must not exceed the load plus bodyweight share ({ceiling}), "
                    f"got {self.assistance}{hint}",
                )
        checks.done()

    @property
    def resistance(self) -> Load | None:
        """External load plus bodyweight share, in the load's unit (``None`` if unknown)."""
        if self.bodyweight is None:
            return None
        if not self.bodyweight.value:
            return self.load
        return self.load + self.bodyweight.to(self.load.unit)

    @property
    def athlete_load(self) -> Load | None:
        """What the athlete moves: resistance minus assistance (``None`` if either is unknown).

        Never negative and never above the resistance.
        """
        resistance = self.resistance
        if resistance is None or self.assistance is None:
            return None
        share = resistance - self.assistance.to(resistance.unit)
        return share if share.value > 0 else Load(0.0, resistance.unit)

    @property
    def athlete_load_per_limb(self) -> Load | None:
        """The athlete's load divided among the working limbs."""
        share = self.athlete_load
        return None if share is None else share / self.limbs


@attrs.frozen
class Rep:
    """One repetition: its phases in the order they happen.

    A rep has exactly one eccentric and one concentric phase, and any isometric pauses.

    Examples:
        >>> from negatives import kg, Tempo
        >>> rep = Rep.of(kg(56), tempo=Tempo.parse("4-0-2-0"), assistance=kg(13))
        >>> rep.eccentric_load, rep.assistance, rep.athlete_concentric_load
        (Load(56.0, 'kg'), Load(13.0, 'kg'), Load(43.0, 'kg'))
    """

    phases: tuple[RepPhase, ...] = attrs.field(converter=tuple_of)

    def __attrs_post_init__(self) -> None:
        checks = Checks(self)
        kinds = []
        for index, phase in enumerate(self.phases):
            if checks.instance(f"phases[{index}]", phase, RepPhase, "a RepPhase"):
                kinds.append(phase.phase)
        for kind in (Phase.ECCENTRIC, Phase.CONCENTRIC):
            count = kinds.count(kind)
            if count != 1 and len(kinds) == len(self.phases):
                checks.fail("phases", f"must hold exactly one {kind.value} phase, found {count}")
        checks.done()

    @classmethod
    def of(
        cls,
        load: Load,
        *,
        concentric_load: Load | None = None,
        tempo: Tempo | str | None = None,
        starts_with: Phase = Phase.ECCENTRIC,
        assistance: Load | None = ZERO_KG,
        eccentric_assistance: Load | None = ZERO_KG,
        limbs: int = 2,
        eccentric_limbs: int | None = None,
        bodyweight: Load | None = ZERO_KG,
    ) -> Rep:
        """Build a rep from loads and a tempo.

        Args:
            load: external load lowered (and lifted, unless ``concentric_load`` is given).
            concentric_load: external load lifted, when it differs (weight releasers).
            tempo: seconds of each phase; ``None`` leaves every duration unknown.
            starts_with: which phase comes first.
            assistance: help on the lift (concentric phase).
            eccentric_assistance: help on the lowering (usually none).
            limbs: limbs lifting.
            eccentric_limbs: limbs lowering (default: the same as ``limbs``).
            bodyweight: bodyweight share moved in every phase.
        """
        parsed = Tempo.parse(tempo) if isinstance(tempo, str) else tempo
        up = load if concentric_load is None else concentric_load
        down_limbs = limbs if eccentric_limbs is None else eccentric_limbs
        timing = (
            parsed.phases(starts_with)
            if parsed is not None
            else (
                ((Phase.ECCENTRIC, None), (Phase.CONCENTRIC, None))
                if starts_with is not Phase.CONCENTRIC
                else ((Phase.CONCENTRIC, None), (Phase.ECCENTRIC, None))
            )
        )
        phases = []
        for kind, duration in timing:
            seconds = (
                None
                if duration is None
                else (EXPLOSIVE_SECONDS if duration == "X" else float(duration))
            )
            if kind is Phase.ECCENTRIC:
                phases.append(
                    RepPhase(
                        phase=kind,
                        load=load,
                        seconds=seconds,
                        assistance=eccentric_assistance,
                        limbs=down_limbs,
                        bodyweight=bodyweight,
                    )
                )
            elif kind is Phase.CONCENTRIC:
                phases.append(
                    RepPhase(
                        phase=kind,
                        load=up,
                        seconds=seconds,
                        assistance=assistance,
                        limbs=limbs,
                        bodyweight=bodyweight,
                    )
                )
            else:
                phases.append(
                    RepPhase(
                        phase=kind, load=load, seconds=seconds, limbs=limbs, bodyweight=bodyweight
                    )
                )
        return cls(tuple(phases))

    @functools.cached_property
    def eccentric(self) -> RepPhase:
        """The eccentric (lowering) phase."""
        return next(p for p in self.phases if p.phase is Phase.ECCENTRIC)

    @functools.cached_property
    def concentric(self) -> RepPhase:
        """The concentric (lifting) phase."""
        return next(p for p in self.phases if p.phase is Phase.CONCENTRIC)

    @property
    def eccentric_load(self) -> Load | None:
        """Resistance lowered: external load plus any bodyweight share (``None`` if unknown)."""
        return self.eccentric.resistance

    @property
    def concentric_load(self) -> Load | None:
        """Resistance lifted: external load plus any bodyweight share (``None`` if unknown)."""
        return self.concentric.resistance

    @property
    def assistance(self) -> Load | None:
        """Help given on the lift (the concentric phase); ``None`` when not measured."""
        return self.concentric.assistance

    @property
    def athlete_eccentric_load(self) -> Load | None:
        """What the athlete lowers themselves."""
        return self.eccentric.athlete_load

    @property
    def athlete_concentric_load(self) -> Load | None:
        """What the athlete lifts themselves, after the partner's or device's help."""
        return self.concentric.athlete_load

    @property
    def time_under_tension(self) -> float | None:
        """Sum of the phases' seconds; ``None`` when any duration is unknown."""
        total = 0.0
        for phase in self.phases:
            if phase.seconds is None:
                return None
            total += phase.seconds
        return total


# -- plans, setups, sets ----------------------------------------------------------------------


@attrs.frozen
class RepRange:
    """A range of repetitions, ``low`` to ``high`` inclusive (``RepRange(8, 10)``)."""

    low: int = attrs.field(converter=_int)
    high: int = attrs.field(converter=_int)

    def __attrs_post_init__(self) -> None:
        checks = Checks(self)
        low_ok = checks.integer("low", self.low, ge=1, le=MAX_REPS)
        high_ok = checks.integer("high", self.high, ge=1, le=MAX_REPS)
        if low_ok and high_ok and self.high < self.low:
            checks.fail("high", f"must be >= low ({self.low}), got {self.high}")
        checks.done()

    def __contains__(self, reps: object) -> bool:
        return isinstance(reps, int) and self.low <= reps <= self.high

    def __str__(self) -> str:
        return str(self.low) if self.low == self.high else f"{self.low}-{self.high}"


def _rep_range(value: RepRange | int | tuple[int, int]) -> RepRange:
    if isinstance(value, RepRange):
        return value
    try:
        if isinstance(value, int) and not isinstance(value, bool):
            return RepRange(value, value)
        if isinstance(value, (tuple, list)) and len(value) == 2:
            return RepRange(value[0], value[1])
    except ValidationError as error:
        # Located at the prescription's field: one problem for a single number (its low and
        # high are the same number), each bound's for a range.
        problems = [p.within("reps") for p in error.problems]
        if isinstance(value, int):
            problems = [Problem(("reps",), problems[0].message)]
        raise ValidationError(problems, "Prescription") from None
    raise ValidationError.single(
        "reps",
        f"must be a number of reps or a range like (8, 10), got {describe(value)}",
        "Prescription",
    )


def _loads(value: Iterable[Load]) -> tuple[Load, ...]:
    return tuple_of(value)


@attrs.frozen(kw_only=True)
class Setup:
    """Facts about the setting that safety rules need: who spots, what catches the bar.

    Attributes:
        spotters: people ready to help or catch.
        safety_arms: safety arms, pins or straps set to catch the bar.
        releasers: weight releasers available (accentuated eccentric loading).
        partner_max_assist: the most the partner can lift for the athlete, if known.
    """

    spotters: int = attrs.field(default=0, converter=_int)
    safety_arms: bool = False
    releasers: bool = False
    partner_max_assist: Load | None = None

    def __attrs_post_init__(self) -> None:
        checks = Checks(self)
        checks.integer("spotters", self.spotters, ge=0, le=MAX_SPOTTERS)
        checks.instance("safety_arms", self.safety_arms, bool, "True or False")
        checks.instance("releasers", self.releasers, bool, "True or False")
        if self.partner_max_assist is not None:
            _check_bar_load(checks, "partner_max_assist", self.partner_max_assist)
        checks.done()


def _texts(value: Iterable[str]) -> tuple[str, ...]:
    return tuple_of(value)


def _to_category(value: MethodCategory | str | None) -> MethodCategory | None:
    return soft_enum(MethodCategory, value)  # type: ignore[no-any-return]


@attrs.frozen(kw_only=True)
class Basis:
    """How a calculator arrived at a prescription: the numbers it used, and their sources.

    Calculators in `negatives.overload` attach one to the `Prescription` of every set they
    return, so that a plan can explain itself (`negatives.overload.explain`).

    Attributes:
        one_rep_max: the concentric 1RM the calculation rests on.
        one_rep_max_source: where it came from ("given", "athlete's tested 1RM", "40 kg x 10
            reps via the NSCA chart", ...).
        working_load: the normal working load the overload was added to.
        eccentric_ratio: the eccentric:concentric strength ratio used.
        eccentric_ratio_source: where that ratio came from.
        eccentric_1rm: the estimated eccentric 1RM (concentric 1RM x ratio).
        eccentric_capacity: the most the athlete can lower for the set's reps at its lowering
            time (`negatives.strength.eccentric_capacity`): the cap the load was held to.
        overload_source: why this overload ("given", "default for a high-risk lift", ...).
        concentric_effort: the share of their capacity the athlete lifts on each rep.
        peak_assistance: the most help the partner gives on one lift.
        total_assistance: the help summed over the set.
        partner_max_assist: what the partner can give, when known.
        category: the method category computed from the loads.
        capped: whether the load was lowered to stay at the eccentric estimate.
        sources: citations for the defaults used.
        notes: caveats a coach should read.
    """

    one_rep_max: Load | None = None
    one_rep_max_source: str = ""
    working_load: Load | None = None
    eccentric_ratio: float | None = attrs.field(default=None, converter=_opt_number)
    eccentric_ratio_source: str = ""
    eccentric_1rm: Load | None = None
    eccentric_capacity: Load | None = None
    overload_source: str = ""
    concentric_effort: float | None = attrs.field(default=None, converter=_opt_number)
    peak_assistance: Load | None = None
    total_assistance: Load | None = None
    partner_max_assist: Load | None = None
    category: MethodCategory | None = attrs.field(default=None, converter=_to_category)
    capped: bool = False
    sources: tuple[str, ...] = attrs.field(default=(), converter=_texts)
    notes: tuple[str, ...] = attrs.field(default=(), converter=_texts)

    def __attrs_post_init__(self) -> None:
        checks = Checks(self)
        for field in (
            "one_rep_max",
            "working_load",
            "eccentric_1rm",
            "eccentric_capacity",
            "peak_assistance",
            "partner_max_assist",
        ):
            value = getattr(self, field)
            if value is not None:
                _check_bar_load(checks, field, value)
        total = self.total_assistance
        if total is not None and (not isinstance(total, Load) or total.value < 0):
            checks.fail("total_assistance", f"must be a Load >= 0, got {describe(total)}")
        if self.eccentric_ratio is not None:
            checks.number("eccentric_ratio", self.eccentric_ratio, ge=1, le=2)
        if self.concentric_effort is not None:
            checks.number("concentric_effort", self.concentric_effort, gt=0, le=1)
        if self.category is not None:
            checks.member("category", self.category, MethodCategory)
        checks.instance("capped", self.capped, bool, "True or False")
        for field in ("one_rep_max_source", "eccentric_ratio_source", "overload_source"):
            checks.text(field, getattr(self, field), max_length=500)
        for field in ("sources", "notes"):
            for index, text in enumerate(getattr(self, field)):
                if not isinstance(text, str) or len(text) > 2000:
                    checks.fail(
                        (field, index),
                        f"must be text of at most 2000 characters, got {describe(text)}",
                    )
        checks.done()

    @property
    def exceeds_partner_max(self) -> bool | None:
        """Whether the peak help is more than the partner can give (``None`` if unknown)."""
        if self.peak_assistance is None or self.partner_max_assist is None:
            return None
        return self.peak_assistance > self.partner_max_assist and not (
            self.peak_assistance.isclose(self.partner_max_assist)
        )


@attrs.frozen
class Prescription:
    """What a plan asks for, before it is done.

    Attributes:
        exercise: the exercise.
        method: how the eccentric phase is loaded.
        sets: number of sets.
        reps: repetitions per set: a number or a range ``(8, 10)``.
        load: the bar load, if the plan names one.
        fraction_1rm: the load as a fraction of concentric 1RM (0.75, never 75).
        rpe: the target effort, RPE 1-10.
        tempo: the tempo to use.
        overload: the eccentric overload as a fraction of the working load (0.40 = +40 %).
        assistance: planned help on the lift, one load per rep of a set.
        rest: seconds of rest after each set.
        notes: free text.
        basis: how a calculator arrived at it, when one did.
    """

    exercise: Exercise
    method: Method | str = attrs.field(default=Method.STANDARD, kw_only=True, converter=_method)
    sets: int = attrs.field(default=1, kw_only=True, converter=_int)
    reps: RepRange = attrs.field(kw_only=True, converter=_rep_range)
    load: Load | None = attrs.field(default=None, kw_only=True)
    fraction_1rm: float | None = attrs.field(default=None, kw_only=True, converter=_opt_number)
    rpe: float | None = attrs.field(default=None, kw_only=True, converter=_opt_number)
    tempo: Tempo | None = attrs.field(default=None, kw_only=True, converter=_opt_tempo)
    overload: float | None = attrs.field(default=None, kw_only=True, converter=_opt_number)
    assistance: tuple[Load, ...] = attrs.field(default=(), kw_only=True, converter=_loads)
    rest: float | None = attrs.field(default=None, kw_only=True, converter=_opt_number)
    notes: str = attrs.field(default="", kw_only=True)
    basis: Basis | None = attrs.field(default=None, kw_only=True)

    def __attrs_post_init__(self) -> None:
        checks = Checks(self)
        checks.instance("exercise", self.exercise, Exercise, "an Exercise")
        if self.basis is not None:
            checks.instance("basis", self.basis, Basis, "a Basis")
        _check_method(checks, self.method)
        checks.integer("sets", self.sets, ge=1, le=50)
        _check_tempo(checks, self.tempo)
        if self.load is not None:
            _check_bar_load(checks, "load", self.load)
        if self.fraction_1rm is not None:
            _check_fraction(checks, "fraction_1rm", self.fraction_1rm, limit=2)
        if self.rpe is not None:
            checks.number("rpe", self.rpe, ge=1, le=10)
        if self.overload is not None:
            _check_fraction(checks, "overload", self.overload, limit=1)
        for index, load in enumerate(self.assistance):
            _check_bar_load(checks, ("assistance", index), load)
        if isinstance(self.reps, RepRange) and len(self.assistance) > self.reps.high:
            checks.fail(
                "assistance",
                f"lists {len(self.assistance)} reps of help for at most {self.reps.high} reps",
            )
        if self.rest is not None:
            checks.number("rest", self.rest, ge=0, le=3600, unit="s")
        checks.text("notes", self.notes)
        checks.done()


def _check_fraction(checks: Checks, field: str, value: object, *, limit: float) -> None:
    """A fraction in (0, limit] (0 allowed for overload); hint when a percent was passed."""
    ok = (
        checks.number(field, value, gt=0, le=limit)
        if field == "fraction_1rm"
        else checks.number(field, value, ge=0, le=limit)
    )
    # 40 for 0.40 is a percent; 1.5 for an overload is just too much.
    if not ok and isinstance(value, float) and 5 <= value <= 100 * limit:
        last = checks.problems[-1]
        checks.problems[-1] = Problem(
            last.loc, f"{last.message}; it is a fraction: did you mean {value / 100:.2f}?"
        )


def _extra(value: Mapping[str, str] | None) -> FrozenDict[str, str]:
    return freeze(value)


def _opt_reps(value: Iterable[Rep] | None) -> tuple[Rep, ...] | None:
    return None if value is None else tuple_of(value)


@attrs.frozen
class Set:
    """A set as a coach writes it, planned or performed.

    Attributes:
        exercise: the exercise.
        reps: repetitions done (or planned), >= 1.
        load: the external load added, as the exercise's convention writes it (the bar, one
            dumbbell of a pair, the stack); ``kg(0)`` for bodyweight only. For accentuated
            eccentric sets, the heavier (eccentric) load.
        assistance: help from a device in every repetition, up and down (an assisted pull-up
            machine's counterweight, a band), as a total; ``None`` for none. Apps log it as a
            negative weight. A partner's help is not this: it varies rep by rep and lives in
            ``rep_detail``.
        tempo: the tempo; ``None`` when not recorded (never invented).
        method: how the eccentric phase is loaded.
        set_type: warm-up, normal, drop or failure.
        rpe: rating of perceived exertion, 1-10.
        rir: repetitions in reserve, 0-9 (must agree with ``rpe`` when both are given).
        rest: seconds of rest after the set.
        rep_detail: one `Rep` per repetition, when the reps differ.
        setup: spotting and equipment for this set, overriding the session's.
        prescription: the prescription this set answered, if any.
        notes: free text.
        superset: the group this set is done in alternation with (an app's superset id).
        extra: values from the source the model has no field for, as text (nothing dropped).

    Raises:
        ValidationError: every problem at once: reps below 1, a negative or absurd load, an
            unreadable tempo, a ``rep_detail`` that disagrees with ``reps``, ``load`` or the
            method.
    """

    exercise: Exercise
    reps: int = attrs.field(kw_only=True, converter=_int)
    load: Load = attrs.field(kw_only=True)
    assistance: Load | None = attrs.field(default=None, kw_only=True)
    tempo: Tempo | None = attrs.field(default=None, kw_only=True, converter=_opt_tempo)
    method: Method | str = attrs.field(default=Method.STANDARD, kw_only=True, converter=_method)
    set_type: SetType = attrs.field(
        default=SetType.NORMAL,
        kw_only=True,
        converter=_to_set_type,
    )
    rpe: float | None = attrs.field(default=None, kw_only=True, converter=_opt_number)
    rir: float | None = attrs.field(default=None, kw_only=True, converter=_opt_number)
    rest: float | None = attrs.field(default=None, kw_only=True, converter=_opt_number)
    rep_detail: tuple[Rep, ...] | None = attrs.field(
        default=None, kw_only=True, converter=_opt_reps
    )
    setup: Setup | None = attrs.field(default=None, kw_only=True)
    prescription: Prescription | None = attrs.field(default=None, kw_only=True)
    notes: str = attrs.field(default="", kw_only=True)
    superset: str | None = attrs.field(default=None, kw_only=True)
    extra: FrozenDict[str, str] = attrs.field(factory=FrozenDict, kw_only=True, converter=_extra)

    def __attrs_post_init__(self) -> None:
        checks = Checks(self)
        exercise_ok = checks.instance("exercise", self.exercise, Exercise, "an Exercise")
        if self.superset is not None:
            checks.text("superset", self.superset, max_length=_MAX_ID, nonempty=True)
        _check_extra(checks, self.extra)
        reps_ok = checks.integer("reps", self.reps, ge=1, le=MAX_REPS)
        _check_bar_load(checks, "load", self.load)
        if self.assistance is not None:
            _check_assistance(checks, self)
        _check_method(checks, self.method)
        _check_tempo(checks, self.tempo)
        checks.member("set_type", self.set_type, SetType)
        _check_optional_rpe(checks, self.rpe, self.rir)
        if self.rest is not None:
            checks.number("rest", self.rest, ge=0, le=3600, unit="s")
        if self.setup is not None:
            checks.instance("setup", self.setup, Setup, "a Setup")
        if self.prescription is not None:
            checks.instance("prescription", self.prescription, Prescription, "a Prescription")
        checks.text("notes", self.notes)
        detail_ok = True
        if self.rep_detail is not None:
            for index, rep in enumerate(self.rep_detail):
                if not isinstance(rep, Rep):
                    checks.fail(("rep_detail", index), f"must be a Rep, got {describe(rep)}")
                    detail_ok = False
            if reps_ok and len(self.rep_detail) != self.reps:
                checks.fail(
                    "rep_detail",
                    f"must hold one Rep per repetition ({self.reps}), got {len(self.rep_detail)}",
                )
                detail_ok = False
        if exercise_ok and detail_ok and not checks.problems:
            _check_bodyweight_share(self, checks)
            _check_method_against_phases(self, checks)
        checks.done()

    @property
    def total_load(self) -> Load:
        """The total external load (``load`` by the exercise's convention, e.g. both dumbbells)."""
        return self.exercise.total_load(self.load)

    def bodyweight_share(self, bodyweight: Load | None) -> Load | None:
        """The share of ``bodyweight`` this exercise moves, in the set's unit.

        Zero for bar lifts; ``None`` when the exercise moves bodyweight and ``bodyweight`` is
        unknown, and when the set's device ``assistance`` exceeds its external load on an
        exercise that names no bodyweight share (an assisted machine the catalog does not
        know: the help implies bodyweight, of a share nobody stated).
        """
        fraction = self.exercise.bodyweight_fraction
        if not fraction:
            if self.assistance is not None and self.assistance > self.total_load:
                return None
            return Load(0.0, self.load.unit)
        if bodyweight is None:
            return None
        return bodyweight.to(self.load.unit) * fraction

    def expand(self, *, bodyweight: Load | None = None) -> tuple[Rep, ...]:
        """The repetitions of this set as `Rep` objects.

        ``rep_detail`` when the set has one; otherwise identical reps derived from the load, the
        tempo (durations stay ``None`` without one) and the method — they share one instance.
        For bodyweight exercises pass the athlete's ``bodyweight`` so that phases include its
        share; without it their resistance is unknown.

        Examples:
            >>> import negatives as neg
            >>> dip = neg.Exercise("dip", "Dip", muscles=["triceps"], bodyweight_fraction=0.9,
            ...                    starts_with="eccentric")
            >>> reps = neg.Set(dip, reps=5, load=neg.kg(0), method="negative_only").expand(
            ...     bodyweight=neg.kg(80))
            >>> reps[0] is reps[4], reps[0].eccentric_load, reps[0].athlete_concentric_load
            (True, Load(72.0, 'kg'), Load(0.0, 'kg'))
        """
        if self.rep_detail is not None:
            return self.rep_detail
        return (self._derived_rep(bodyweight),) * self.reps

    def _derived_rep(self, bodyweight: Load | None) -> Rep:
        load = self.total_load
        share = self.bodyweight_share(bodyweight)
        limbs = self.exercise.limb_mode.limbs
        eccentric_limbs = limbs
        device = Load(0.0, load.unit) if self.assistance is None else self.assistance.to(load.unit)
        if share is not None and device > load + share:
            device = load + share  # a counterweight above the resistance: the help is all of it
        assistance: Load | None = device
        if self.method is Method.NEGATIVE_ONLY:
            assistance = None if share is None else load + share
        elif self.method is Method.PARTNER_ASSISTED:
            assistance = None  # given, but not recorded per rep
        elif self.method is Method.TWO_ONE:
            eccentric_limbs = 1
        return Rep.of(
            load,
            tempo=self.tempo,
            starts_with=self.exercise.starts_with,
            assistance=assistance,
            eccentric_assistance=device,
            limbs=limbs,
            eccentric_limbs=eccentric_limbs,
            bodyweight=share,
        )

    @property
    def time_under_tension(self) -> float | None:
        """Seconds under tension over the set; ``None`` when the tempo is unknown."""
        if self.rep_detail is not None:
            total = 0.0
            for rep in self.rep_detail:
                seconds = rep.time_under_tension
                if seconds is None:
                    return None
                total += seconds
            return total
        if self.tempo is None:
            return None
        return self.tempo.rep_seconds() * self.reps


#: Equipment whose load cannot be helped beyond itself: device help above the external load
#: only makes sense where bodyweight is moved.
_FREE_WEIGHTS = frozenset(
    {Equipment.BARBELL, Equipment.DUMBBELL, Equipment.KETTLEBELL, Equipment.SMITH_MACHINE}
)


def _check_assistance(checks: Checks, s: Set) -> None:
    problem = bar_load_problem(s.assistance)
    if problem is not None:
        checks.fail("assistance", problem)
        return
    assert s.assistance is not None
    if not isinstance(s.exercise, Exercise) or not isinstance(s.load, Load):
        return
    if s.exercise.bodyweight_fraction or s.exercise.equipment not in _FREE_WEIGHTS:
        return  # bodyweight moves (of a known or unknown share) can be helped beyond the load
    total = s.exercise.total_load(s.load)
    if s.assistance > total and not s.assistance.isclose(total, abs_tol=1e-6):
        checks.fail(
            "assistance",
            f"must not exceed the load ({total}) of a {s.exercise.equipment.value} exercise "
            f"that moves no bodyweight, got {s.assistance}",
        )


def _check_bodyweight_share(s: Set, checks: Checks) -> None:
    """Reps of a bodyweight exercise carry the bodyweight share, or say it is unknown."""
    if s.rep_detail is None or not s.exercise.bodyweight_fraction:
        return
    for index, rep in enumerate(s.rep_detail):
        if any(p.bodyweight is not None and not p.bodyweight.value for p in rep.phases):
            checks.fail(
                ("rep_detail", index),
                f"{s.exercise.name} moves bodyweight, but this rep counts none; build reps "
                "with exercise.rep(..., bodyweight=athlete.bodyweight), or bodyweight=None "
                "in Rep.of when it is unknown",
            )
            return


def _check_method_against_phases(s: Set, checks: Checks) -> None:
    """The method is a label; check it against what the reps actually do."""
    method = s.method
    if method is Method.ACCENTUATED_ECCENTRIC and s.rep_detail is None:
        checks.fail(
            "rep_detail",
            "an accentuated_eccentric set needs rep_detail with the lighter concentric load "
            "(what remains after the releasers drop); build it with Rep.of(load, "
            "concentric_load=...)",
        )
        return
    if method is Method.TWO_ONE and s.exercise.limb_mode is not LimbMode.BILATERAL:
        checks.fail(
            "method",
            f"two_one (lift with two limbs, lower with one) needs a bilateral exercise; "
            f"{s.exercise.id!r} is {s.exercise.limb_mode.value}",
        )
        return
    if method is Method.TEMPO_ECCENTRIC and s.tempo is None and s.rep_detail is None:
        checks.fail("tempo", "a tempo_eccentric set needs its tempo, e.g. tempo='4-0-1-0'")
        return
    if s.rep_detail is None:
        return
    expected_load = s.total_load
    heaviest = max(
        (phase.load for rep in s.rep_detail for phase in rep.phases), default=expected_load
    )
    if not heaviest.isclose(expected_load, abs_tol=1e-6):
        checks.fail(
            "rep_detail",
            f"the heaviest load in rep_detail ({heaviest}) must equal the set's total load "
            f"({expected_load}); write the set with the load on the bar",
        )
        return
    first = s.exercise.starts_with
    for index, rep in enumerate(s.rep_detail, start=1):
        leading = next(p.phase for p in rep.phases if p.phase is not Phase.ISOMETRIC)
        if leading is not first:
            checks.fail(
                ("rep_detail", index - 1),
                f"starts with the {leading} phase, but {s.exercise.name} starts with the "
                f"{first} phase; build reps with exercise.rep(...) or Rep.of(..., "
                f"starts_with=exercise.starts_with)",
            )
            return
        ecc, con = rep.eccentric, rep.concentric
        heavier_down = ecc.load > con.load and not ecc.load.isclose(con.load)
        fewer_limbs_down = ecc.limbs < con.limbs
        if method in (Method.STANDARD, Method.TEMPO_ECCENTRIC) and (
            heavier_down or fewer_limbs_down
        ):
            other = "accentuated_eccentric" if heavier_down else "two_one"
            checks.fail(
                "method",
                f"rep {index} lowers more than it lifts ({ecc.load} on {ecc.limbs} limb(s) "
                f"down, {con.load} on {con.limbs} up): that is {other}, not {method}",
            )
            return
        if method is Method.TWO_ONE and not fewer_limbs_down:
            checks.fail(
                "rep_detail",
                f"rep {index} lowers with {ecc.limbs} limb(s) and lifts with {con.limbs}: "
                "two_one lowers with fewer limbs than it lifts",
            )
            return
        if method is Method.NEGATIVE_ONLY:
            resistance = con.resistance
            if (
                resistance is not None
                and con.assistance is not None
                and not con.assistance.isclose(resistance, abs_tol=1e-6)
            ):
                checks.fail(
                    "rep_detail",
                    f"rep {index}: a negative_only set has the whole lift done for the athlete "
                    f"(assistance {resistance}), got assistance {con.assistance}",
                )
                return
    if method is Method.ACCENTUATED_ECCENTRIC and not any(
        rep.eccentric.load > rep.concentric.load for rep in s.rep_detail
    ):
        checks.fail(
            "rep_detail",
            "an accentuated_eccentric set must lower a heavier load than it lifts in at least "
            "one rep",
        )


# -- sessions -------------------------------------------------------------------------------------


@attrs.frozen
class Source:
    """Where a session came from: the app, the file and the rows that made it."""

    app: str
    file: str | None = None
    rows: tuple[int, int] | None = attrs.field(default=None)

    def __attrs_post_init__(self) -> None:
        checks = Checks(self)
        checks.text("app", self.app, max_length=_MAX_NAME, nonempty=True)
        if self.file is not None:
            checks.text("file", self.file, max_length=4096)
        if self.rows is not None and (
            not isinstance(self.rows, tuple)
            or len(self.rows) != 2
            or not all(isinstance(r, int) and not isinstance(r, bool) for r in self.rows)
            or not 1 <= self.rows[0] <= self.rows[1]
        ):
            rows = self.rows
            got = (
                "(" + ", ".join(describe(row) for row in rows) + ")"
                if isinstance(rows, tuple)
                else describe(rows)
            )
            checks.fail("rows", f"must be (first, last) row numbers >= 1, got {got}")
        checks.done()


def _sets(value: Iterable[Set]) -> tuple[Set, ...]:
    return tuple_of(value)


def _check_extra(checks: Checks, extra: Mapping[Any, Any]) -> None:
    for key, value in extra.items():
        if not isinstance(key, str) or not isinstance(value, str):
            checks.fail(
                ("extra", str(key)),
                f"keys and values must be text, got {describe(key)}: {describe(value)}",
            )
        elif len(value) > MAX_TEXT:
            checks.fail(("extra", key), f"must be at most {MAX_TEXT} characters")


@attrs.frozen
class Session:
    """A training session: the sets done (or planned) on one local training day.

    Attributes:
        date: the athlete's local training day (always present).
        sets: the sets, in order.
        start: when it started, timezone-aware, if known.
        id: an identifier, if the source has one.
        name: the workout's name.
        notes: free text.
        setup: spotting and equipment for the session (a set's own ``setup`` overrides it).
        source: where the session was imported from.
        extra: values from the source the model has no field for, as text (nothing dropped).
        duration: how long it lasted, in seconds, when the source says.
    """

    date: dt.date
    sets: tuple[Set, ...] = attrs.field(kw_only=True, converter=_sets)
    start: dt.datetime | None = attrs.field(default=None, kw_only=True)
    id: str | None = attrs.field(default=None, kw_only=True)
    name: str = attrs.field(default="", kw_only=True)
    notes: str = attrs.field(default="", kw_only=True)
    setup: Setup | None = attrs.field(default=None, kw_only=True)
    source: Source | None = attrs.field(default=None, kw_only=True)
    extra: FrozenDict[str, str] = attrs.field(factory=FrozenDict, kw_only=True, converter=_extra)
    duration: float | None = attrs.field(default=None, kw_only=True, converter=_opt_number)

    def __attrs_post_init__(self) -> None:
        checks = Checks(self)
        if isinstance(self.date, dt.datetime):
            checks.fail("date", "must be a date without a time; put the time in start")
        else:
            checks.instance("date", self.date, dt.date, "a date")
        for index, item in enumerate(self.sets):
            if not isinstance(item, Set):
                checks.fail(("sets", index), f"must be a Set, got {describe(item)}")
        if (
            self.start is not None
            and checks.instance("start", self.start, dt.datetime, "a datetime")
            and self.start.utcoffset() is None
        ):
            checks.fail(
                "start",
                "must be timezone-aware (e.g. datetime(..., tzinfo=ZoneInfo('Europe/Oslo'))); "
                "a naive time is ambiguous",
            )
        if self.id is not None:
            checks.text("id", self.id, max_length=_MAX_NAME, nonempty=True)
        checks.text("name", self.name, max_length=_MAX_NAME)
        checks.text("notes", self.notes)
        if self.setup is not None:
            checks.instance("setup", self.setup, Setup, "a Setup")
        if self.source is not None:
            checks.instance("source", self.source, Source, "a Source")
        if not checks.problems:
            _, conflict = _exercise_table((("sets", i), item) for i, item in enumerate(self.sets))
            if conflict is not None:
                checks.problems.append(conflict)
        _check_extra(checks, self.extra)
        if self.duration is not None:
            checks.number("duration", self.duration, ge=0, le=24 * 3600, unit="s")
        checks.done()

    def setup_for(self, item: Set) -> Setup | None:
        """The setup that applies to a set of this session: its own, else the session's."""
        return item.setup if item.setup is not None else self.setup


# -- athlete ------------------------------------------------------------------------------------


def _load_map(value: Mapping[str, Load] | None) -> FrozenDict[str, Load]:
    return freeze(value)


def _date_map(value: Mapping[str, dt.date] | None) -> FrozenDict[str, dt.date]:
    return freeze(value)


def _ratio_map(value: Mapping[str, float] | None) -> FrozenDict[str, float]:
    if value is None:
        return FrozenDict()
    return FrozenDict({k: _number(v) for k, v in value.items()})


def _muscle_map(value: Mapping[Muscle | str, float] | None) -> FrozenDict[Muscle, float]:
    if value is None:
        return FrozenDict()
    if not isinstance(value, Mapping):
        return value  # the class validator explains
    return FrozenDict({soft_enum(Muscle, k): _number(v) for k, v in value.items()})


_SCREENING_FLAGS = (
    "recent_muscle_injury",
    "previous_rhabdomyolysis",
    "statins",
    "sickle_cell_trait",
    "current_illness",
)


@attrs.frozen(kw_only=True)
class Screening:
    """Risk factors for exertional rhabdomyolysis, as the athlete answered them.

    Rawson, Clarkson & Tarnopolsky 2017 (Sports Med 47(Suppl 1):S33-S49) list the factors that
    precipitate exertional rhabdomyolysis besides unaccustomed, high-volume eccentric work; those
    that belong to the person are asked here. Each answer is ``True``, ``False`` or ``None``
    (not asked, or not known). The safety rule NEG103 refuses supramaximal work while any
    answer is ``True`` and warns on other eccentric overload. Heat and dehydration, the other
    factors they list, belong to a session, not to the athlete. Nothing here is medical advice:
    a flag means "ask a clinician first", not a diagnosis.

    Attributes:
        recent_muscle_injury: a muscle strain or other muscle injury in the last weeks.
        previous_rhabdomyolysis: an earlier episode of exertional rhabdomyolysis.
        statins: takes a statin (a cholesterol-lowering drug).
        sickle_cell_trait: carries the sickle-cell trait.
        current_illness: is ill now, or has just been (a viral infection, say).

    Examples:
        >>> s = Screening(statins=True, sickle_cell_trait=False)
        >>> s.flagged, s.unanswered
        (('statins',), ('recent_muscle_injury', 'previous_rhabdomyolysis', 'current_illness'))
    """

    recent_muscle_injury: bool | None = None
    previous_rhabdomyolysis: bool | None = None
    statins: bool | None = None
    sickle_cell_trait: bool | None = None
    current_illness: bool | None = None

    def __attrs_post_init__(self) -> None:
        checks = Checks(self)
        for name in _SCREENING_FLAGS:
            value = getattr(self, name)
            if value is not None:
                checks.instance(name, value, bool, "True, False or None (not asked)")
        checks.done()

    @property
    def flagged(self) -> tuple[str, ...]:
        """The names of the risk factors answered ``True``, in the order of the fields."""
        return tuple(name for name in _SCREENING_FLAGS if getattr(self, name) is True)

    @property
    def unanswered(self) -> tuple[str, ...]:
        """The names of the risk factors not answered (``None``)."""
        return tuple(name for name in _SCREENING_FLAGS if getattr(self, name) is None)


#: Highest soreness score a check-in takes: a 0-10 scale (0 none, 10 the worst imaginable).
MAX_SORENESS = 10


@attrs.frozen
class Checkin:
    """A readiness check-in: how sore each muscle group is, or how much strength it has lost.

    Reported soreness or a measured strength loss is the best day-to-day signal that a muscle
    group has not recovered from eccentric work (DOMAIN §5: soreness peaks 24-72 h after
    unaccustomed eccentric work and strength can stay 30-50 % down for days; Clarkson & Hubal
    2002, Am J Phys Med Rehabil 81(11 Suppl):S52-S69; Paulsen et al. 2012, Exerc Immunol Rev
    18:42-97). The safety rule NEG104 reads the latest check-in before each session; its
    thresholds are policy parameters (low confidence).

    Attributes:
        date: the day of the check-in (the athlete's local date).
        soreness: soreness by muscle group, 0 (none) to 10 (the worst imaginable).
        strength_loss: a measured loss of strength by muscle group, as a fraction of the
            athlete's usual (0.20: 20 % down), from a test such as a maximal isometric pull or
            a known load's velocity.
        notes: free text.

    Examples:
        >>> import datetime as dt
        >>> c = Checkin(dt.date(2026, 11, 23), soreness={"quadriceps": 6, "hamstrings": 2})
        >>> c.soreness[Muscle.QUADRICEPS], sorted(m.value for m in c.muscles)
        (6.0, ['hamstrings', 'quadriceps'])
    """

    date: dt.date
    soreness: FrozenDict[Muscle, float] = attrs.field(
        factory=FrozenDict, kw_only=True, converter=_muscle_map
    )
    strength_loss: FrozenDict[Muscle, float] = attrs.field(
        factory=FrozenDict, kw_only=True, converter=_muscle_map
    )
    notes: str = attrs.field(default="", kw_only=True)

    def __attrs_post_init__(self) -> None:
        checks = Checks(self)
        if isinstance(self.date, dt.datetime):
            checks.fail("date", "must be a date without a time")
        else:
            checks.instance("date", self.date, dt.date, "a date")
        for field in ("soreness", "strength_loss"):
            values = getattr(self, field)
            if not isinstance(values, Mapping):
                checks.fail(
                    field, f"must be a mapping of muscle group to number, got {describe(values)}"
                )
                continue
            for key, value in values.items():
                loc = (field, str(key))
                if not checks.member(loc, key, Muscle):
                    continue
                if field == "soreness":
                    checks.number(loc, value, ge=0, le=MAX_SORENESS)
                elif checks.number(loc, value, ge=0, le=1):
                    continue
                elif is_number(value) and 1 < value <= 100:
                    last = checks.problems[-1]
                    checks.problems[-1] = Problem(
                        last.loc,
                        f"{last.message}; it is a fraction: did you mean {float(value) / 100:.2f}?",
                    )
        if (
            isinstance(self.soreness, Mapping)
            and isinstance(self.strength_loss, Mapping)
            and not self.soreness
            and not self.strength_loss
        ):
            checks.fail("soreness", "a check-in needs a soreness score or a strength loss")
        checks.text("notes", self.notes)
        checks.done()

    @property
    def muscles(self) -> frozenset[Muscle]:
        """The muscle groups this check-in says something about."""
        return frozenset(self.soreness) | frozenset(self.strength_loss)


def _checkins(value: Iterable[Checkin]) -> tuple[Checkin, ...]:
    return tuple_of(value)


@attrs.frozen
class Athlete:
    """A lifter: experience, tested strength and what is known about them.

    Attributes:
        id: an identifier.
        training_age_years: years of consistent resistance training.
        concentric_1rm: tested (or estimated) concentric one-rep maxima by exercise id, written
            in the exercise's load convention as `Set.load` is (one dumbbell of a pair); for
            bodyweight exercises, the bodyweight share plus the added load.
        concentric_1rm_dates: when each 1RM was measured, by exercise id (optional).
        ecc_con_ratio: the athlete's own eccentric:concentric ratios by exercise id; these
            override per-exercise and default ratios.
        bodyweight: for bodyweight exercises.
        sex: as reported; with ``birth_year`` it picks the default eccentric:concentric ratio
            when none was measured (`negatives.strength.eccentric_ratio`).
        birth_year: year of birth: the age on a session's day (`age_on`) picks that ratio for
            older adults, and the safety policy keeps supramaximal work from minors.
        screening: risk factors for exertional rhabdomyolysis (`Screening`), if asked.
        checkins: readiness check-ins (`Checkin`): soreness or strength loss by muscle group.
    """

    id: str
    training_age_years: float = attrs.field(kw_only=True, converter=_number)
    concentric_1rm: FrozenDict[str, Load] = attrs.field(
        factory=FrozenDict, kw_only=True, converter=_load_map
    )
    concentric_1rm_dates: FrozenDict[str, dt.date] = attrs.field(
        factory=FrozenDict, kw_only=True, converter=_date_map
    )
    ecc_con_ratio: FrozenDict[str, float] = attrs.field(
        factory=FrozenDict, kw_only=True, converter=_ratio_map
    )
    bodyweight: Load | None = attrs.field(default=None, kw_only=True)
    sex: Sex | None = attrs.field(default=None, kw_only=True, converter=_to_sex)
    birth_year: int | None = attrs.field(default=None, kw_only=True, converter=_opt_int)
    screening: Screening | None = attrs.field(default=None, kw_only=True)
    checkins: tuple[Checkin, ...] = attrs.field(default=(), kw_only=True, converter=_checkins)

    def __attrs_post_init__(self) -> None:
        checks = Checks(self)
        checks.text("id", self.id, max_length=_MAX_NAME, nonempty=True)
        checks.number("training_age_years", self.training_age_years, ge=0, le=80, unit="years")
        for key, load in self.concentric_1rm.items():
            if _check_exercise_key(checks, "concentric_1rm", key):
                if isinstance(load, Load) and load.value <= 0:
                    checks.fail(("concentric_1rm", key), f"must be > 0, got {load}")
                else:
                    _check_bar_load(checks, ("concentric_1rm", key), load)
        for key, day in self.concentric_1rm_dates.items():
            if _check_exercise_key(checks, "concentric_1rm_dates", key):
                if not isinstance(day, dt.date) or isinstance(day, dt.datetime):
                    checks.fail(
                        ("concentric_1rm_dates", key), f"must be a date, got {describe(day)}"
                    )
                elif key not in self.concentric_1rm:
                    checks.fail(
                        ("concentric_1rm_dates", key),
                        "dates a 1RM that concentric_1rm does not list",
                    )
        for key, ratio in self.ecc_con_ratio.items():
            if _check_exercise_key(checks, "ecc_con_ratio", key):
                checks.number(("ecc_con_ratio", key), ratio, ge=1, le=2)
        if self.bodyweight is not None:
            if isinstance(self.bodyweight, Load) and not 20 <= self.bodyweight.kg <= 400:
                checks.fail("bodyweight", f"must be between 20 and 400 kg, got {self.bodyweight}")
            else:
                _check_bar_load(checks, "bodyweight", self.bodyweight)
        if self.sex is not None:
            checks.member("sex", self.sex, Sex)
        if self.birth_year is not None:
            checks.integer("birth_year", self.birth_year, ge=1900, le=dt.date.today().year)
        if self.screening is not None:
            checks.instance("screening", self.screening, Screening, "a Screening or None")
        for index, checkin in enumerate(self.checkins):
            if not isinstance(checkin, Checkin):
                checks.fail(("checkins", index), f"must be a Checkin, got {describe(checkin)}")
        checks.done()

    def age_on(self, day: dt.date) -> int | None:
        """The age the athlete turns in the year of ``day``; ``None`` without a birth year.

        Only the year of birth is known, so on ``day`` the athlete is this old or one year
        younger (their birthday may be later in the year). Rules that need a side choose it:
        the minors rule counts anyone who may still be under the age.

        Examples:
            >>> import datetime as dt
            >>> Athlete("kim", training_age_years=1, birth_year=2009).age_on(dt.date(2026, 3, 1))
            17
        """
        if self.birth_year is None:
            return None
        return day.year - self.birth_year


def _check_exercise_key(checks: Checks, field: str, key: object) -> bool:
    if isinstance(key, str) and _SLUG.fullmatch(key) and len(key) <= _MAX_ID:
        return True
    checks.fail((field, str(key)), f"keys must be exercise ids ({_SLUG_HINT}), got {key!r}")
    return False


# -- the document apps exchange -------------------------------------------------------------------


def _sessions(value: Iterable[Session]) -> tuple[Session, ...]:
    return tuple_of(value)


@attrs.frozen
class TrainingLog:
    """An athlete, their sessions, and (derived) the exercises those sessions reference.

    This is the document apps exchange (``neg.to_json(log)``). ``athlete`` may be ``None`` for
    a log imported without athlete details.
    """

    athlete: Athlete | None
    sessions: tuple[Session, ...] = attrs.field(converter=_sessions)

    def __attrs_post_init__(self) -> None:
        checks = Checks(self)
        if self.athlete is not None:
            checks.instance("athlete", self.athlete, Athlete, "an Athlete or None")
        for index, session in enumerate(self.sessions):
            if not isinstance(session, Session):
                checks.fail(("sessions", index), f"must be a Session, got {describe(session)}")
        if not checks.problems:
            try:
                collect_exercises(self.sessions)
            except ValidationError as error:
                checks.problems.extend(error.problems)
        checks.done()

    @functools.cached_property
    def exercises(self) -> tuple[Exercise, ...]:
        """Every exercise the sessions reference, once each, sorted by id."""
        return collect_exercises(self.sessions)


def exercises_of(item: Set | Prescription) -> Iterable[Exercise]:
    """The exercises one set (and the prescription it answered) refers to."""
    yield item.exercise
    if isinstance(item, Set) and item.prescription is not None:
        yield item.prescription.exercise


def collect_exercises(sessions: Iterable[Session]) -> tuple[Exercise, ...]:
    """The exercises referenced by ``sessions``, once each, sorted by id.

    Raises:
        ValidationError: two different exercises share an id.
    """
    table, conflict = _exercise_table(
        (("sessions", s_index, "sets", index), item)
        for s_index, session in enumerate(sessions)
        for index, item in enumerate(session.sets)
    )
    if conflict is not None:
        raise ValidationError([conflict], "TrainingLog")
    return tuple(table[key] for key in sorted(table))


def _exercise_table(
    located_sets: Iterable[tuple[Loc, Set]],
) -> tuple[dict[str, Exercise], Problem | None]:
    """Exercises by id, and the first place where a different exercise reuses an id."""
    seen: dict[str, Exercise] = {}
    for loc, item in located_sets:
        for exercise in exercises_of(item):
            known = seen.setdefault(exercise.id, exercise)
            if known is not exercise and known != exercise:
                return seen, _conflict(known, exercise).within(*loc)
    return seen, None


def _conflict(known: Exercise, other: Exercise) -> Problem:
    return Problem(
        ("exercise",),
        f"two different exercises share the id {other.id!r} ({known.name!r} and "
        f"{other.name!r}); give one a new id",
    )

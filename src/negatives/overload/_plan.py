"""What every calculator shares: the strength source, the capacity cap, rounding, the result."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

import attrs

from .. import strength
from .._checks import Checks, describe, fmt_number, plural
from ..errors import ValidationError
from ..model import (
    Athlete,
    Basis,
    Equipment,
    Exercise,
    Method,
    MethodCategory,
    Prescription,
    Rep,
    RiskClass,
    Session,
    Set,
)
from ..strength import _eccentric
from ..strength._charts import nsca_fraction
from ..tempo import Tempo
from ..units import Load
from ._category import exceeds, method_category

#: Default overload of partner-assisted negatives by the exercise's risk class, as a fraction of
#: the working load: the *most* a default adds. The seed article prescribes +25 % to +50 %;
#: riskier lifts (barbell presses and squats, where the partner must be able to take the bar)
#: start at the bottom of that range, unclassified exercises too. Coaching practice and
#: reasoning: low confidence; pass ``overload=`` to choose. The default is lowered further so
#: that the bar stays within `DEFAULT_CAPACITY_SHARE` of the eccentric capacity for the set's
#: reps and tempo (`negatives.strength.eccentric_capacity`): on free weights that leaves room
#: for about +5 % over the rep maximum at any number of reps, on machines about +13 %, because
#: eccentric reps to failure follow the same %1RM-by-reps relation as concentric ones (Kelly et
#: al. 2015) and the safety ratios are 1.20 and 1.30.
DEFAULT_OVERLOAD: dict[RiskClass | None, float] = {
    RiskClass.LOW: 0.35,
    RiskClass.MEDIUM: 0.30,
    RiskClass.HIGH: 0.25,
    None: 0.25,
}

#: Share of their current one-rep capacity the athlete lifts on each rep of partner-assisted
#: negatives; the partner supplies the rest (DOMAIN §3 model; reasoning, low confidence).
DEFAULT_CONCENTRIC_EFFORT = 0.8

#: The share of the eccentric capacity that the calculators' *defaults* stay within: 0.90, the
#: ``standard`` safety policy's limit (NEG201 ``max_fraction_of_eccentric_1rm``), so that a
#: prescription made with default arguments passes that policy. Values you pass are held to the
#: capacity itself. A margin below failure, as nobody should lower to failure under a heavy bar
#: (reasoning, low confidence).
DEFAULT_CAPACITY_SHARE = 0.90

Rounding = Callable[[Load], Load]
"""Turns a computed load into a buildable one, e.g.
``lambda x: round_to_plates(x, bar=kg(20), plates=KG_PLATES, mode="down").total``. Round
*down*: a load rounded above the eccentric capacity is not used."""

_SAFETY_SOURCES = {
    "equipment": "the equipment's safety ratio",
    "exercise": "the exercise's measured ratio",
    "athlete": "the athlete's measured ratio",
}

_RATIO_SOURCES = {
    "athlete": "the athlete's own ratio for this exercise",
    "exercise": "the exercise's ratio (catalog)",
    "age": "older adults, Nuzzo et al. 2023 (mostly isokinetic data)",
    "sex": "by sex, Nuzzo et al. 2023 (mostly isokinetic data)",
    "default": "the default, Nuzzo et al. 2023 (mostly isokinetic data)",
}

CAPACITY_SOURCE = (
    "eccentric capacity: the concentric 1RM x the safety ratio (free weights 1.20, machines "
    "1.30: below Kelly et al. 2015's 1.24 for a barbell bench and Hollander et al. 2007's "
    "1.27-1.49 on machines; policy, low confidence) x the NSCA %1RM-by-reps chart (eccentric "
    "reps to failure matched concentric ones at 60-80 % of the 1RM, Kelly et al. 2015, J "
    "Strength Cond Res 29(4):1027-1032; medium); each second of lowering beyond 3 s costs 0.1 "
    "rep (slower lowering allows fewer reps, Wilk, Zajac & Tufano 2021; model, low confidence)"
)


def fmt_percent(fraction: float) -> str:
    """``0.8`` as ``"80 %"``, ``0.725`` as ``"72.5 %"``."""
    return f"{fmt_number(round(fraction * 100, 1))} %"


def _load_text(load: Load, digits: int = 1) -> str:
    return f"{fmt_number(round(load.value, digits))} {load.unit.value}"


# -- arguments ------------------------------------------------------------------------------------


def _check_load(field: str, value: object, *, positive: bool = False) -> None:
    if not isinstance(value, Load):
        raise ValidationError.single(
            field, f"must be a Load such as kg(40), got {describe(value)}", "arguments"
        )
    if value.value < 0 or (positive and value.value == 0):
        bound = "> 0" if positive else ">= 0"
        raise ValidationError.single(field, f"must be {bound}, got {value}", "arguments")


def _check_reps(reps: object, field: str = "reps") -> int:
    checks = Checks("arguments")
    checks.integer(field, reps, ge=1, le=30)
    checks.done()
    assert isinstance(reps, int)
    return reps


def _check_fraction(
    field: str, value: object, *, low: float, high: float, low_inclusive: bool = False
) -> float:
    checks = Checks("arguments")
    if low_inclusive:
        ok = checks.number(field, value, ge=low, le=high)
    else:
        ok = checks.number(field, value, gt=low, le=high)
    if not ok and isinstance(value, (int, float)) and 5 <= value <= 100 * high:
        last = checks.problems[-1]
        checks.problems[-1] = type(last)(
            last.loc, f"{last.message}; it is a fraction: did you mean {value / 100:.2f}?"
        )
    checks.done()
    return float(value)  # type: ignore[arg-type]


def _tempo(value: Tempo | str | None) -> Tempo | None:
    if value is None or isinstance(value, Tempo):
        return value
    return Tempo.parse(value)


def _lowering(tempo: Tempo | None) -> float | None:
    return None if tempo is None else tempo.phase_seconds(tempo.eccentric)


def bar_loaded(exercise: Exercise) -> bool:
    """Whether the bar calculators can prescribe ``exercise``: a bar, dumbbell or stack load.

    ``False`` for exercises that move bodyweight (use `bodyweight_negatives`), bodyweight
    exercises with no share to lower, and band or flywheel exercises (tension or inertia, not
    kg). `partner_assisted_negatives`, `accentuated_eccentric`, `two_one`, `negative_only` and
    `tempo_eccentrics` refuse exactly these.

    Examples:
        >>> from negatives import catalog
        >>> bar_loaded(catalog.lookup("bench-press")), bar_loaded(catalog.lookup("pull-up"))
        (True, False)
    """
    return not (
        exercise.bodyweight_fraction
        or exercise.eccentric_only
        or exercise.equipment in (Equipment.BODYWEIGHT, Equipment.FLYWHEEL, Equipment.BAND)
    )


def _check_bar_exercise(exercise: Exercise) -> None:
    """Refuse exercises whose load is not a bar (or stack) load the calculators can set."""
    if exercise.bodyweight_fraction or exercise.eccentric_only:
        raise ValidationError.single(
            "exercise",
            f"{exercise.name} moves bodyweight; use bodyweight_negatives() for it",
            "arguments",
        )
    if exercise.equipment is Equipment.BODYWEIGHT:
        raise ValidationError.single(
            "exercise",
            f"{exercise.name} is a bodyweight exercise with no bodyweight share to lower "
            "(Exercise.bodyweight_fraction is 0): there is no load to prescribe",
            "arguments",
        )
    if exercise.equipment in (Equipment.FLYWHEEL, Equipment.BAND):
        what = "inertia" if exercise.equipment is Equipment.FLYWHEEL else "band tension"
        raise ValidationError.single(
            "exercise",
            f"{exercise.name} is loaded by {what}, not by a load in kg or lb: these "
            "calculators prescribe bar, dumbbell and stack loads",
            "arguments",
        )


# -- the strength source --------------------------------------------------------------------------


def _strength(
    exercise: Exercise,
    *,
    working_load: Load | None,
    working_reps: int | None,
    one_rep_max: Load | None,
    athlete: Athlete | None,
    history: Iterable[Session],
) -> tuple[Load, str, bool]:
    """The concentric 1RM, where it came from, and whether it came from the NSCA chart."""
    if working_load is not None and one_rep_max is not None:
        raise ValidationError.single(
            None,
            "give one source of strength: working_load with working_reps, or one_rep_max, not both",
            "arguments",
        )
    if (working_load is None) != (working_reps is None):
        missing = "working_reps" if working_reps is None else "working_load"
        raise ValidationError.single(
            missing,
            "a working load needs the reps it was done for (and the reps their load): "
            "give working_load and working_reps together",
            "arguments",
        )
    if working_load is not None and working_reps is not None:
        _check_load("working_load", working_load, positive=True)
        fraction = strength.nsca_fraction(working_reps)
        return (
            working_load / fraction,
            f"{working_load} x {plural(working_reps, 'rep')}, {fmt_percent(fraction)} of 1RM by "
            "the NSCA training-load chart",
            True,
        )
    if one_rep_max is not None:
        _check_load("one_rep_max", one_rep_max, positive=True)
        return one_rep_max, "given", False
    if athlete is None and not history:
        raise ValidationError.single(
            None,
            f"no strength to prescribe {exercise.name} from: give working_load and "
            "working_reps, one_rep_max, or an athlete with a 1RM for it (or a history)",
            "arguments",
        )
    estimate = strength.one_rep_max(exercise, athlete=athlete, history=history)
    return estimate.load, estimate.describe(), False


# -- the plan -------------------------------------------------------------------------------------


@attrs.define
class _Plan:
    """What every calculator works from: the 1RM, the capacity cap, and notes so far."""

    exercise: Exercise
    athlete: Athlete | None
    maximum: Load
    maximum_source: str
    from_chart: bool
    ratio: float
    ratio_source: str
    safety: float
    safety_source: str
    allow_above: bool
    round_to: Rounding | None
    notes: list[str] = attrs.field(factory=list)
    sources: list[str] = attrs.field(factory=list)
    capped: bool = False
    capacity: Load | None = None

    @classmethod
    def start(
        cls,
        exercise: Exercise,
        *,
        working_load: Load | None,
        working_reps: int | None,
        one_rep_max: Load | None,
        athlete: Athlete | None,
        history: Iterable[Session],
        allow_above_capacity: bool = False,
        round_to: Rounding | None = None,
    ) -> _Plan:
        maximum, source, from_chart = _strength(
            exercise,
            working_load=working_load,
            working_reps=working_reps,
            one_rep_max=one_rep_max,
            athlete=athlete,
            history=history,
        )
        ratio, ratio_source = _eccentric._ratio(exercise, athlete)
        safety, safety_source = _eccentric._safety_ratio(exercise, athlete)
        return cls(
            exercise,
            athlete,
            maximum,
            source,
            from_chart,
            ratio,
            _RATIO_SOURCES.get(ratio_source, ratio_source),
            safety,
            safety_source,
            allow_above_capacity,
            round_to,
        )

    def set_capacity(
        self, lowerings: float, seconds: float | None, *, per_limb: bool = False
    ) -> Load:
        """The cap on the set's load for ``lowerings`` at ``seconds``; noted for the coach.

        With ``per_limb`` (the 2/1 technique) each limb lowers the whole load, so the load may
        be half the two-limb capacity.
        """
        cost = lowerings * _eccentric._rep_cost(seconds)
        fraction = nsca_fraction(max(1.0, cost))
        capacity = self.maximum * (self.safety * fraction)
        cap = capacity / 2 if per_limb else capacity
        self.capacity = cap
        if self.safety_source == "equipment":
            kind = (
                "machines"
                if self.exercise.equipment in strength.MACHINE_EQUIPMENT
                else "free weights"
            )
            ratio_text = f"{fmt_number(round(self.safety, 3))} ({kind})"
        else:
            ratio_text = (
                f"{fmt_number(round(self.safety, 3))} ({_SAFETY_SOURCES[self.safety_source]})"
            )
        count = fmt_number(round(lowerings, 2))
        when = (
            f" of {fmt_number(round(seconds, 2))} s"
            if seconds is not None
            else " (lowering time unknown: taken as 3 s)"
        )
        text = (
            f"eccentric capacity for {count} lowering{'' if lowerings == 1 else 's'}{when}: "
            f"1RM {_load_text(self.maximum)} x {ratio_text} x {fmt_percent(fraction)} (NSCA "
            f"chart at {plural(round(max(1.0, cost), 2), 'rep')}) = {_load_text(capacity)}"
        )
        if per_limb:
            text += f"; one limb lowers the whole load, so the load may be half: {_load_text(cap)}"
        self.notes.append(text)
        return cap

    def default_within(self, value: Load) -> Load:
        """``value``, lowered to `DEFAULT_CAPACITY_SHARE` of the capacity when above it."""
        assert self.capacity is not None
        limit = self.capacity * DEFAULT_CAPACITY_SHARE
        return limit if exceeds(value, limit) else value

    def load(self, requested: Load, *, cap: Load | None = None, label: str = "") -> Load:
        """``requested`` held to the capacity (unless allowed above it), then rounded.

        ``cap`` and ``label`` hold it to another ceiling instead (the concentric rep maximum of
        accentuated eccentric loading), without marking the prescription as capped.
        """
        eccentric = cap is None
        ceiling = self.capacity if cap is None else cap
        assert ceiling is not None
        name = label or "the eccentric capacity"
        load = requested
        if not self.allow_above and exceeds(requested, ceiling):
            self.notes.append(
                f"the requested {_load_text(requested)} is above {name} {_load_text(ceiling)}: "
                "lowered to it"
                + (" (pass allow_above_capacity=True to keep it)" if eccentric else "")
            )
            self.capped = self.capped or eccentric
            load = ceiling
        if self.round_to is None:
            return load
        rounded = self.round_to(load)
        if not isinstance(rounded, Load):
            raise ValidationError.single(
                "round_to", f"must return a Load, returned {describe(rounded)}", "arguments"
            )
        if not self.allow_above and exceeds(rounded, ceiling):
            self.notes.append(
                f"{_load_text(load, 2)} rounds to {rounded}, above {name}: kept "
                f"{_load_text(load, 2)} (round down instead)"
            )
            return load
        if not rounded.isclose(load):
            self.notes.append(f"{_load_text(load, 2)} rounded to the buildable {rounded}")
        return rounded

    def policy_note(self, load: Load, *, per_limb: bool = False) -> None:
        """Say so when ``load`` is above what the ``standard`` policy allows (NEG201)."""
        assert self.capacity is not None
        limit = self.capacity * DEFAULT_CAPACITY_SHARE
        if exceeds(load, limit):
            where = " per limb" if per_limb else ""
            self.notes.append(
                f"{_load_text(load)}{where} is above {fmt_percent(DEFAULT_CAPACITY_SHARE)} of the "
                f"eccentric capacity ({_load_text(limit)}): the standard safety policy refuses "
                "it (NEG201); the athlete policy allows up to the capacity"
            )

    def basis(self, *, sources: Sequence[str], notes: Sequence[str] = (), **extra: object) -> Basis:
        """The basis of the prescription: the plan's numbers plus the calculator's own."""
        return Basis(
            one_rep_max=self.maximum,
            one_rep_max_source=self.maximum_source,
            eccentric_ratio=self.ratio,
            eccentric_ratio_source=self.ratio_source,
            eccentric_1rm=self.maximum * self.ratio,
            eccentric_capacity=self.capacity,
            capped=self.capped,
            sources=(
                *sources,
                *self.sources,
                CAPACITY_SOURCE,
            ),
            notes=(*self.notes, *notes),
            **extra,  # type: ignore[arg-type]
        )


# -- the result -----------------------------------------------------------------------------------


def _finish(
    exercise: Exercise,
    *,
    method: Method,
    reps: int,
    load: Load,
    tempo: Tempo | None,
    one_rep_max: Load | None,
    basis: Basis,
    rep_detail: Sequence[Rep] | None = None,
    overload: float | None = None,
    assistance: Sequence[Load] = (),
    bodyweight: Load | None = None,
) -> Set:
    """Build the set and its prescription, with the category computed from the loads."""
    draft = Set(exercise, reps=reps, load=load, tempo=tempo, method=method, rep_detail=rep_detail)
    category = method_category(draft, one_rep_max=one_rep_max, bodyweight=bodyweight)
    fraction = None
    # A bodyweight exercise's load is the load added to the bodyweight share, while its 1RM
    # includes the share: the two are not comparable, so no fraction is recorded.
    moves_bodyweight = bool(exercise.bodyweight_fraction) or exercise.eccentric_only
    if (
        one_rep_max is not None
        and one_rep_max.value > 0
        and load.value > 0
        and not moves_bodyweight
    ):
        fraction = load.ratio(one_rep_max)
    prescription = Prescription(
        exercise,
        method=method,
        reps=reps,
        load=load,
        fraction_1rm=fraction if fraction is not None and 0 < fraction <= 2 else None,
        tempo=tempo,
        overload=overload,
        assistance=tuple(assistance),
        basis=_with_category(basis, category),
    )
    return Set(
        exercise,
        reps=reps,
        load=load,
        tempo=tempo,
        method=method,
        rep_detail=rep_detail,
        prescription=prescription,
    )


def _with_category(basis: Basis, category: MethodCategory | None) -> Basis:
    return attrs.evolve(basis, category=category)

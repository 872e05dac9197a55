"""Eccentric prescriptions: how heavy, how many, and how much help from the partner.

Every calculator returns a concrete `Set` — with `rep_detail` when the reps differ, e.g. a
partner's help growing as the athlete tires — whose `prescription` records what was asked
and a `Basis`: which 1RM, ratio, overload and effort were used, and their sources.
`explain` renders it for a coach.

Strength comes from exactly one source: a working load *and the reps it was done for*, a
1RM, or the athlete's record (`Athlete.concentric_1rm`, else their history). Loads are in the
exercise's load convention (one dumbbell of a pair for per-implement exercises), as
`Set.load` is.

The numbers rest on DOMAIN §1–§3 (see the docs' evidence page): the partner-assisted method and
its 25–50 % overload come from coaching practice (the seed article); the per-rep assistance is a
*model* (reasoning, low confidence) derived from the %1RM-by-reps relation; accentuated
eccentric defaults come from the loads used in studies (Doan et al. 2002; Walker et al. 2016).

Examples:
    >>> import negatives as neg
    >>> curl = neg.Exercise("barbell-curl", "Barbell Curl", muscles=["biceps"], risk="low")
    >>> s = neg.overload.partner_assisted_negatives(
    ...     curl, working_load=neg.kg(40), working_reps=10, overload=0.40, reps=8)
    >>> s.load, s.method.value, s.reps
    (Load(56.0, 'kg'), 'partner_assisted', 8)
    >>> [round(rep.assistance.value, 1) for rep in s.expand()]  # the partner's help grows
    [13.3, 15.5, 16.3, 17.6, 18.9, 19.7, 20.6, 21.9]
    >>> s.prescription.basis.category.value  # 56 kg is 105 % of the 53.3 kg 1RM
    'supramaximal'
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Literal, NamedTuple

import attrs

from . import strength
from ._checks import Checks, describe, fmt_number
from .errors import ValidationError
from .model import (
    Athlete,
    Basis,
    Exercise,
    LimbMode,
    Method,
    MethodCategory,
    Prescription,
    Rep,
    RiskClass,
    Session,
    Set,
    Setup,
)
from .plates import round_to_plates
from .tempo import Tempo
from .units import Load

__all__ = [
    "AEL_CONCENTRIC_FRACTION",
    "AEL_ECCENTRIC_FRACTION",
    "DEFAULT_CONCENTRIC_EFFORT",
    "DEFAULT_OVERLOAD",
    "NEGATIVE_ONLY_FRACTION",
    "TEMPO_ECCENTRIC_SECONDS",
    "TWO_ONE_FRACTION",
    "accentuated_eccentric",
    "bodyweight_negatives",
    "eccentric_equivalent",
    "explain",
    "is_overload",
    "method_category",
    "negative_only",
    "partner_assistance",
    "partner_assisted_negatives",
    "round_to_plates",
    "tempo_eccentrics",
    "two_one",
]

#: Default overload of partner-assisted negatives by the exercise's risk class, as a fraction of
#: the working load. The seed article prescribes +25 % to +50 %; riskier lifts (barbell presses
#: and squats, where the partner must be able to take the bar) start at the bottom of that range,
#: unclassified exercises too. Even the low-risk default keeps an 8-rep set at most 108 % of the
#: concentric 1RM (0.80 x 1.35), the ``standard`` safety policy's ceiling for free weights
#: (0.90 x the 1.20 safety ratio). Coaching practice and reasoning: low confidence; pass
#: ``overload=`` to choose.
DEFAULT_OVERLOAD: dict[RiskClass | None, float] = {
    RiskClass.LOW: 0.35,
    RiskClass.MEDIUM: 0.30,
    RiskClass.HIGH: 0.25,
    None: 0.25,
}

#: Share of their current one-rep capacity the athlete lifts on each rep of partner-assisted
#: negatives; the partner supplies the rest (DOMAIN §3 model; reasoning, low confidence).
DEFAULT_CONCENTRIC_EFFORT = 0.8

#: Accentuated eccentric loading, supramaximal: eccentric load as a fraction of concentric 1RM.
#: Studies used 105-120 % (Doan et al. 2002, J Strength Cond Res 16(1):9-13; Merrigan & Jones
#: 2021; Taber et al. 2021, Sports 9:54); the default takes the bottom of that range.
AEL_ECCENTRIC_FRACTION = 1.05

#: Accentuated eccentric loading: concentric load as a fraction of concentric 1RM, after the
#: releasers drop off. Studies used 30-80 % (DOMAIN §3); 0.80 keeps three reps well below
#: failure (the NSCA chart puts a 3RM at 93 %).
AEL_CONCENTRIC_FRACTION = 0.80

#: 2/1 technique: load as a fraction of the two-limb 1RM. Coaching practice uses about 70 %
#: (DOMAIN §3, low confidence), so that each limb lowers 140 % of its share: about the average
#: eccentric 1RM (1.41 x, Nuzzo et al. 2023) and above the ``standard`` safety ceiling for
#: machines (0.90 x the 1.30 safety ratio = 117 %). The default 0.55 lowers 110 % per limb and
#: stays under it; pass ``fraction=0.70`` for the traditional load, with the safety rules' say.
TWO_ONE_FRACTION = 0.55

#: Negative-only sets: eccentric load as a fraction of concentric 1RM. At 100 % the lowering is
#: well below the eccentric 1RM (about 140 %, Nuzzo et al. 2023); a conservative default
#: (reasoning, low confidence).
NEGATIVE_ONLY_FRACTION = 1.00

#: A set without overload counts as a *tempo* eccentric set when it lowers at least this slowly
#: (the seed's "four down"; DOMAIN §4). Below it, it is conventional.
TEMPO_ECCENTRIC_SECONDS = 4.0

_TOLERANCE_KG = 1e-6

Rounding = Callable[[Load], Load]
"""Turns a computed load into a buildable one, e.g.
``lambda x: round_to_plates(x, bar=kg(20), plates=KG_PLATES, mode="down").total``."""


# -- strength -------------------------------------------------------------------------------------


def _strength(
    exercise: Exercise,
    *,
    working_load: Load | None,
    working_reps: int | None,
    one_rep_max: Load | None,
    athlete: Athlete | None,
    history: Iterable[Session],
) -> tuple[Load, str]:
    """The concentric 1RM to prescribe from, and where it came from (exactly one source)."""
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
            f"{working_load} x {working_reps} reps, {fmt_percent(fraction)} of 1RM by the "
            "NSCA training-load chart",
        )
    if one_rep_max is not None:
        _check_load("one_rep_max", one_rep_max, positive=True)
        return one_rep_max, "given"
    if athlete is None and not history:
        raise ValidationError.single(
            None,
            f"no strength to prescribe {exercise.name} from: give working_load and "
            "working_reps, one_rep_max, or an athlete with a 1RM for it (or a history)",
            "arguments",
        )
    estimate = strength.one_rep_max(exercise, athlete=athlete, history=history)
    return estimate.load, estimate.describe()


def _check_load(field: str, value: object, *, positive: bool = False) -> None:
    if not isinstance(value, Load):
        raise ValidationError.single(
            field, f"must be a Load such as kg(40), got {describe(value)}", "arguments"
        )
    if value.value < 0 or (positive and value.value == 0):
        raise ValidationError.single(field, f"must be > 0, got {value}", "arguments")


def fmt_percent(fraction: float) -> str:
    """``0.8`` as ``"80 %"``, ``0.725`` as ``"72.5 %"``."""
    return f"{fmt_number(round(fraction * 100, 1))} %"


_RATIO_SOURCES = {
    "athlete": "the athlete's own ratio for this exercise",
    "exercise": "the exercise's ratio (catalog)",
    "default": "the default, Nuzzo et al. 2023 (Sports Med 53(6):1125-1136)",
}


def _eccentric_estimate(
    one_rep_max: Load, exercise: Exercise, athlete: Athlete | None
) -> tuple[Load, float, str]:
    ratio, source = strength.eccentric_ratio(exercise, athlete)
    return one_rep_max * ratio, ratio, _RATIO_SOURCES.get(source, source)


def _cap(
    load: Load,
    ceiling: Load,
    allow: bool,
    notes: list[str],
) -> tuple[Load, bool]:
    if allow or load <= ceiling:
        return load, False
    notes.append(
        f"the requested load {load:.1f} is above the eccentric 1RM estimate {ceiling:.1f}; "
        "it was lowered to the estimate (pass allow_above_eccentric_estimate=True to keep it)"
    )
    return ceiling, True


def _round(load: Load, round_to: Rounding | None, notes: list[str]) -> Load:
    if round_to is None:
        return load
    rounded = round_to(load)
    if not isinstance(rounded, Load):
        raise ValidationError.single(
            "round_to", f"must return a Load, returned {describe(rounded)}", "arguments"
        )
    if not rounded.isclose(load):
        notes.append(f"{load:.2f} rounded to the buildable {rounded}")
    return rounded


@attrs.define
class _Plan:
    """What every calculator starts from: the 1RM, the eccentric estimate, and notes so far."""

    maximum: Load
    maximum_source: str
    ecc_max: Load
    ratio: float
    ratio_source: str
    allow_above: bool
    round_to: Rounding | None
    notes: list[str] = attrs.field(factory=list)
    capped: bool = False

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
        allow_above_eccentric_estimate: bool = False,
        round_to: Rounding | None = None,
    ) -> _Plan:
        maximum, source = _strength(
            exercise,
            working_load=working_load,
            working_reps=working_reps,
            one_rep_max=one_rep_max,
            athlete=athlete,
            history=history,
        )
        ecc_max, ratio, ratio_source = _eccentric_estimate(maximum, exercise, athlete)
        return cls(
            maximum, source, ecc_max, ratio, ratio_source, allow_above_eccentric_estimate, round_to
        )

    def load(self, requested: Load, *, ceiling: Load | None = None) -> Load:
        """``requested``, kept at or under ``ceiling`` (the eccentric estimate) and rounded."""
        load, capped = _cap(
            requested, self.ecc_max if ceiling is None else ceiling, self.allow_above, self.notes
        )
        self.capped = self.capped or capped
        return _round(load, self.round_to, self.notes)

    def basis(self, *, sources: Sequence[str], notes: Sequence[str] = (), **extra: object) -> Basis:
        """The basis of the prescription: the plan's numbers plus the calculator's own."""
        return Basis(
            one_rep_max=self.maximum,
            one_rep_max_source=self.maximum_source,
            eccentric_ratio=self.ratio,
            eccentric_ratio_source=self.ratio_source,
            eccentric_1rm=self.ecc_max,
            capped=self.capped,
            sources=(*sources, f"eccentric:concentric ratio: {self.ratio_source}"),
            notes=(*self.notes, *notes),
            **extra,  # type: ignore[arg-type]
        )


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


# -- the method category --------------------------------------------------------------------------


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
      1RM: 2/1 technique at 70 % lowers 140 % per limb.

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
    """
    if item.method is Method.FLYWHEEL:
        return MethodCategory.FLYWHEEL
    profile = _profile(item, bodyweight)
    if profile is None:
        return None  # the bodyweight share is unknown
    if not profile.overload:
        slow = item.method is Method.TEMPO_ECCENTRIC or profile.slowest >= TEMPO_ECCENTRIC_SECONDS
        return MethodCategory.TEMPO if slow else MethodCategory.CONVENTIONAL
    if one_rep_max is None:
        return None
    ceiling = item.exercise.total_load(one_rep_max).kg
    if profile.heaviest_kg > ceiling + _TOLERANCE_KG:
        return MethodCategory.SUPRAMAXIMAL
    return MethodCategory.SUBMAXIMAL


def is_overload(item: Set, *, bodyweight: Load | None = None) -> bool | None:
    """Whether the athlete lowers more than they lift (per limb) in some rep of ``item``.

    Needs no 1RM: this is what makes a set submaximal *or* supramaximal. ``None`` when the
    bodyweight share of a bodyweight exercise is unknown; ``False`` for flywheel sets, whose
    overload is not a bar load.
    """
    if item.method is Method.FLYWHEEL:
        return False
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
    seen: set[int] = set()
    out = []
    for rep in reps:
        if id(rep) not in seen:
            seen.add(id(rep))
            out.append(rep)
    return out


# -- partner-assisted negatives -------------------------------------------------------------------


def partner_assistance(
    bar_load: Load,
    one_rep_max: Load,
    reps: int,
    *,
    concentric_effort: float = DEFAULT_CONCENTRIC_EFFORT,
    capacity: Callable[[int], float] = strength.nsca_fraction,
) -> tuple[Load, ...]:
    """The help a partner gives on the lift of each rep (DOMAIN §3; a model, low confidence).

    Before rep *j* (after *j - 1* reps) the athlete can lift about ``capacity(j) x 1RM`` once —
    a load they could lift *j* times at most. Nobody should grind every lift at full capacity,
    so they lift ``concentric_effort`` of it and the partner supplies the rest::

        assist_j = max(0, bar_load - concentric_effort x capacity(j) x 1RM)

    ``capacity`` defaults to the NSCA chart; pass your own model. Eccentric phases fatigue less
    than concentric ones, so the chart slightly overstates fatigue: more help, not less.

    Examples:
        >>> from negatives import kg
        >>> [round(a.value, 1) for a in partner_assistance(kg(56), kg(53.33), 8)]
        [13.3, 15.5, 16.3, 17.6, 18.9, 19.7, 20.6, 21.9]
    """
    _check_load("bar_load", bar_load)
    _check_load("one_rep_max", one_rep_max, positive=True)
    _check_reps(reps)
    effort = _check_fraction("concentric_effort", concentric_effort, low=0, high=1)
    max_kg = one_rep_max.kg
    unit = bar_load.unit
    out = []
    for j in range(1, reps + 1):
        athlete_kg = effort * capacity(j) * max_kg
        help_kg = max(0.0, bar_load.kg - athlete_kg)
        out.append(Load(help_kg / unit.kg_factor, unit))
    return tuple(out)


def partner_assisted_negatives(
    exercise: Exercise,
    *,
    working_load: Load | None = None,
    working_reps: int | None = None,
    one_rep_max: Load | None = None,
    athlete: Athlete | None = None,
    history: Iterable[Session] = (),
    overload: float | None = None,
    reps: int = 8,
    tempo: Tempo | str | None = "4-0-2-0",
    concentric_effort: float = DEFAULT_CONCENTRIC_EFFORT,
    setup: Setup | None = None,
    round_to: Rounding | None = None,
    allow_above_eccentric_estimate: bool = False,
) -> Set:
    """Partner-assisted negatives: a heavier bar, lifted with help, lowered alone and slowly.

    The bar load is the normal working load times ``1 + overload``: ``working_load`` when given
    (the seed's rule), else the load for ``reps`` from the 1RM and the NSCA chart. The
    partner's help on each lift follows `partner_assistance`; the athlete lowers alone. By
    default the tempo is "two up, four down" (``"4-0-2-0"``) and 8 reps (the seed's 8-10).

    Args:
        exercise: the exercise (not a bodyweight one: see `bodyweight_negatives`).
        working_load: a load the athlete lifts for ``working_reps`` (give both, or neither).
        working_reps: the reps of that working set (not of the negative set).
        one_rep_max: the concentric 1RM, instead of a working load.
        athlete: the athlete: their tested 1RM is the strength source when no working load or
            1RM is given; their ECC:CON ratio overrides the default.
        history: sessions to estimate the 1RM from when the athlete has no tested 1RM.
        overload: the overload on the working load as a fraction, 0.25-0.50 in the seed (0.40
            means +40 %). Default: by the exercise's risk class (`DEFAULT_OVERLOAD`).
        reps: reps of the negative set.
        tempo: the tempo; ``None`` leaves it unrecorded.
        concentric_effort: the share of their capacity the athlete lifts on each rep.
        setup: the setup, for the partner's maximum help.
        round_to: turns the bar load into a buildable one (e.g. plates, rounded down).
        allow_above_eccentric_estimate: keep a bar load above the estimated eccentric 1RM
            instead of lowering it to the estimate.

    Raises:
        ValidationError: no or two strength sources, an overload given as a percentage
            (40 instead of 0.40), a bodyweight exercise.
    """
    if exercise.bodyweight_fraction:
        raise ValidationError.single(
            "exercise",
            f"{exercise.name} moves bodyweight; use bodyweight_negatives() for it",
            "arguments",
        )
    count = _check_reps(reps)
    parsed_tempo = _tempo(tempo)
    effort = _check_fraction("concentric_effort", concentric_effort, low=0, high=1)
    if overload is None:
        chosen = DEFAULT_OVERLOAD[exercise.risk]
        risk = exercise.risk.value if exercise.risk is not None else "unclassified"
        overload_source = f"default for a {risk}-risk exercise; the seed prescribes +25 to +50 %"
    else:
        chosen = _check_fraction("overload", overload, low=0, high=1, low_inclusive=True)
        overload_source = "given"
    plan = _Plan.start(
        exercise,
        working_load=working_load,
        working_reps=working_reps,
        one_rep_max=one_rep_max,
        athlete=athlete,
        history=history,
        allow_above_eccentric_estimate=allow_above_eccentric_estimate,
        round_to=round_to,
    )
    maximum = plan.maximum
    # The seed's rule: the normal working load plus the overload. Without a working load, the
    # load the athlete could lift for the set's reps (NSCA chart).
    working = working_load if working_load is not None else maximum * strength.nsca_fraction(count)
    bar = plan.load(working * (1 + chosen))
    help_logged = partner_assistance(bar, maximum, count, concentric_effort=effort)
    multiplier = exercise.load_multiplier
    help_total = tuple(h * multiplier if multiplier != 1 else h for h in help_logged)
    reps_detail = [exercise.rep(bar, tempo=parsed_tempo, assistance=h) for h in help_total]
    partner_max = setup.partner_max_assist if setup is not None else None
    peak = max(help_total, key=lambda h: h.kg)
    notes = []
    if partner_max is not None and peak > partner_max:
        notes.append(
            f"the partner must lift up to {peak:.1f} on the last reps, more than their "
            f"maximum of {partner_max}: lower the overload or find a stronger partner"
        )
    if any(h.value == 0 for h in help_total):
        notes.append(
            "on some reps the athlete lifts the bar without help at this effort: the overload "
            "is small for this working load"
        )
    basis = plan.basis(
        sources=(
            "overload +25 % to +50 %, 8-10 reps, 'two up, four down': the seed article "
            "(coaching practice)",
            "1RM from reps: NSCA training-load chart",
            "per-rep help: a model from the %1RM-by-reps relation (reasoning, low confidence)",
        ),
        notes=notes,
        working_load=working,
        overload_source=overload_source,
        concentric_effort=effort,
        peak_assistance=peak,
        total_assistance=Load.total(help_total, bar.unit),
        partner_max_assist=partner_max,
    )
    return _finish(
        exercise,
        method=Method.PARTNER_ASSISTED,
        reps=count,
        load=bar,
        tempo=parsed_tempo,
        rep_detail=reps_detail,
        one_rep_max=maximum,
        overload=chosen,
        assistance=help_total,
        basis=basis,
    )


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
    if one_rep_max is not None and one_rep_max.value > 0:
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


# -- accentuated eccentric loading ----------------------------------------------------------------


def accentuated_eccentric(
    exercise: Exercise,
    *,
    one_rep_max: Load | None = None,
    working_load: Load | None = None,
    working_reps: int | None = None,
    athlete: Athlete | None = None,
    history: Iterable[Session] = (),
    eccentric_fraction: float = AEL_ECCENTRIC_FRACTION,
    concentric_fraction: float = AEL_CONCENTRIC_FRACTION,
    reps: int = 3,
    releasers: Literal["first", "every"] = "first",
    tempo: Tempo | str | None = None,
    round_to: Rounding | None = None,
    allow_above_eccentric_estimate: bool = False,
) -> Set:
    """Accentuated eccentric loading: weight releasers make the lowering heavier than the lift.

    Each lowering with releasers is ``eccentric_fraction x 1RM``; they drop off at the bottom
    and the athlete lifts ``concentric_fraction x 1RM``. With ``releasers="first"`` only the
    first rep is accentuated (the usual setup: the releasers stay on the floor); with
    ``"every"`` partners re-hang them for every rep. Supramaximal protocols used 105-120 %
    eccentric and 30-80 % concentric (Doan et al. 2002; Merrigan & Jones 2021); the submaximal
    protocol of Walker et al. 2016 lowered the concentric load + 40 % (e.g.
    ``eccentric_fraction=0.84, concentric_fraction=0.60``).

    Raises:
        ValidationError: the concentric load is not below the eccentric load, fractions given
            as percentages, no strength source.
    """
    count = _check_reps(reps)
    ecc_fraction = _check_fraction("eccentric_fraction", eccentric_fraction, low=0, high=2)
    con_fraction = _check_fraction("concentric_fraction", concentric_fraction, low=0, high=1)
    if con_fraction >= ecc_fraction:
        raise ValidationError.single(
            "concentric_fraction",
            f"must be below eccentric_fraction ({fmt_number(ecc_fraction)}), got "
            f"{fmt_number(con_fraction)}: accentuated eccentric loading lowers more than it lifts",
            "arguments",
        )
    if releasers not in ("first", "every"):
        raise ValidationError.single(
            "releasers", f"must be 'first' or 'every', got {releasers!r}", "arguments"
        )
    parsed_tempo = _tempo(tempo)
    plan = _Plan.start(
        exercise,
        working_load=working_load,
        working_reps=working_reps,
        one_rep_max=one_rep_max,
        athlete=athlete,
        history=history,
        allow_above_eccentric_estimate=allow_above_eccentric_estimate,
        round_to=round_to,
    )
    down = plan.load(plan.maximum * ecc_fraction)
    up = plan.load(plan.maximum * con_fraction)
    if up >= down:
        raise ValidationError.single(
            "round_to",
            f"rounding made the lift ({up}) as heavy as the lowering ({down}); use finer "
            "increments",
            "arguments",
        )
    heavy = exercise.rep(down, concentric_load=up, tempo=parsed_tempo)
    light = exercise.rep(up, tempo=parsed_tempo)
    detail = [heavy] + [heavy if releasers == "every" else light] * (count - 1)
    basis = plan.basis(
        sources=(
            "supramaximal AEL 105-120 % eccentric, 30-80 % concentric: Doan et al. 2002 "
            "(J Strength Cond Res 16(1):9-13); Merrigan & Jones 2021; Taber et al. 2021",
        ),
        notes=(f"releasers on {'every rep' if releasers == 'every' else 'the first rep only'}",),
    )
    return _finish(
        exercise,
        method=Method.ACCENTUATED_ECCENTRIC,
        reps=count,
        load=down,
        tempo=parsed_tempo,
        rep_detail=detail,
        one_rep_max=plan.maximum,
        basis=basis,
    )


# -- 2/1, negative-only, tempo, bodyweight -------------------------------------------------------


def two_one(
    exercise: Exercise,
    *,
    one_rep_max: Load | None = None,
    working_load: Load | None = None,
    working_reps: int | None = None,
    athlete: Athlete | None = None,
    history: Iterable[Session] = (),
    fraction: float = TWO_ONE_FRACTION,
    reps_per_limb: int = 4,
    tempo: Tempo | str | None = "5-0-1-0",
    round_to: Rounding | None = None,
    allow_above_eccentric_estimate: bool = False,
) -> Set:
    """The 2/1 technique: lift with both limbs, lower with one (DOMAIN §3, coaching practice).

    Coaching practice uses about 70 % of the two-limb 1RM, lowered in about 5 s, 3-5 reps per
    limb; each limb lowers twice its share (140 % at 70 %). The default `TWO_ONE_FRACTION`
    (0.55, 110 % per limb) stays within the standard safety policy's ceiling. Suits machines
    (leg press, leg curl and extension); the set's ``reps`` counts every lowering
    (``2 x reps_per_limb``).

    Raises:
        ValidationError: a unilateral exercise, no strength source.
    """
    if exercise.limb_mode is not LimbMode.BILATERAL:
        raise ValidationError.single(
            "exercise",
            f"the 2/1 technique needs a bilateral exercise; {exercise.name} is "
            f"{exercise.limb_mode.value}",
            "arguments",
        )
    per_limb = _check_reps(reps_per_limb, "reps_per_limb")
    share = _check_fraction("fraction", fraction, low=0, high=1)
    parsed_tempo = _tempo(tempo)
    plan = _Plan.start(
        exercise,
        working_load=working_load,
        working_reps=working_reps,
        one_rep_max=one_rep_max,
        athlete=athlete,
        history=history,
        allow_above_eccentric_estimate=allow_above_eccentric_estimate,
        round_to=round_to,
    )
    # Each limb lowers the whole load: as a two-limb equivalent, twice the load.
    load = plan.load(plan.maximum * share, ceiling=plan.ecc_max / 2)
    basis = plan.basis(
        sources=(
            "2/1 technique: ~70 % of the two-limb 1RM in coaching practice (low confidence), "
            "~5 s lowering, 3-5 reps per limb; the default 55 % keeps each limb's lowering "
            "within the standard safety ceiling",
        ),
        notes=(f"{per_limb} lowerings per limb, alternating",),
    )
    return _finish(
        exercise,
        method=Method.TWO_ONE,
        reps=2 * per_limb,
        load=load,
        tempo=parsed_tempo,
        one_rep_max=plan.maximum,
        basis=basis,
    )


def negative_only(
    exercise: Exercise,
    *,
    one_rep_max: Load | None = None,
    working_load: Load | None = None,
    working_reps: int | None = None,
    athlete: Athlete | None = None,
    history: Iterable[Session] = (),
    fraction: float = NEGATIVE_ONLY_FRACTION,
    reps: int = 5,
    tempo: Tempo | str | None = "5-0-X-0",
    round_to: Rounding | None = None,
    allow_above_eccentric_estimate: bool = False,
) -> Set:
    """Negative-only: the load is lifted for the athlete every rep; they only lower it.

    ``fraction`` of the concentric 1RM (default `NEGATIVE_ONLY_FRACTION`), lowered slowly;
    the lift is done by partners or a machine, so the tempo's lift is explosive by default.
    """
    count = _check_reps(reps)
    share = _check_fraction("fraction", fraction, low=0, high=2)
    parsed_tempo = _tempo(tempo)
    plan = _Plan.start(
        exercise,
        working_load=working_load,
        working_reps=working_reps,
        one_rep_max=one_rep_max,
        athlete=athlete,
        history=history,
        allow_above_eccentric_estimate=allow_above_eccentric_estimate,
        round_to=round_to,
    )
    load = plan.load(plan.maximum * share)
    total = exercise.total_load(load)
    detail = [exercise.rep(load, tempo=parsed_tempo, assistance=total)] * count
    basis = plan.basis(
        sources=(),
        notes=("the lift is done for the athlete on every rep",),
        peak_assistance=total,
        total_assistance=total * count,
    )
    return _finish(
        exercise,
        method=Method.NEGATIVE_ONLY,
        reps=count,
        load=load,
        tempo=parsed_tempo,
        rep_detail=detail,
        one_rep_max=plan.maximum,
        assistance=[total] * count,
        basis=basis,
    )


def tempo_eccentrics(
    exercise: Exercise,
    *,
    working_load: Load | None = None,
    working_reps: int | None = None,
    one_rep_max: Load | None = None,
    athlete: Athlete | None = None,
    history: Iterable[Session] = (),
    reps: int = 8,
    tempo: Tempo | str = "4-0-1-0",
    round_to: Rounding | None = None,
) -> Set:
    """Tempo eccentrics: the normal working load for ``reps``, lowered slowly.

    No overload: the same load up and down. Slower lowering reduces the reps a load allows
    (Wilk, Zajac & Tufano 2021, Sports Med 51(8):1629-1650), so watch the RPE and lighten the
    load if the last reps slow down.
    """
    count = _check_reps(reps)
    parsed_tempo = _tempo(tempo)
    if parsed_tempo is None:
        raise ValidationError.single(
            "tempo", "tempo eccentrics need a tempo, e.g. '4-0-1-0'", "arguments"
        )
    maximum, maximum_source = _strength(
        exercise,
        working_load=working_load,
        working_reps=working_reps,
        one_rep_max=one_rep_max,
        athlete=athlete,
        history=history,
    )
    notes: list[str] = []
    load = _round(maximum * strength.nsca_fraction(count), round_to, notes)
    basis = Basis(
        one_rep_max=maximum,
        one_rep_max_source=maximum_source,
        working_load=load,
        sources=(
            "1RM and working load from reps: NSCA training-load chart",
            "slower eccentrics lower the load that can be lifted: Wilk, Zajac & Tufano 2021",
        ),
        notes=tuple(notes),
    )
    return _finish(
        exercise,
        method=Method.TEMPO_ECCENTRIC,
        reps=count,
        load=load,
        tempo=parsed_tempo,
        one_rep_max=maximum,
        basis=basis,
    )


def bodyweight_negatives(
    exercise: Exercise,
    *,
    bodyweight: Load | None = None,
    athlete: Athlete | None = None,
    added_load: Load | None = None,
    reps: int = 5,
    tempo: Tempo | str | None = "5-0-X-0",
) -> Set:
    """Bodyweight negatives (chin-up, dip, Nordic curl): get to the top, lower slowly.

    The athlete steps or jumps into the top position (the lift is "assisted" in full) and
    lowers their bodyweight share plus ``added_load``. A common *beginner* progression towards
    the full exercise (DOMAIN §5), so no 1RM is needed. The bodyweight comes from
    ``bodyweight`` or the athlete; the Nordic curl is a lever (bodyweight fraction 0): it is
    prescribed by reps and tempo.
    """
    count = _check_reps(reps)
    parsed_tempo = _tempo(tempo)
    weight = (
        bodyweight
        if bodyweight is not None
        else (athlete.bodyweight if athlete is not None else None)
    )
    if exercise.bodyweight_fraction and weight is None:
        raise ValidationError.single(
            "bodyweight",
            f"{exercise.name} moves {fmt_percent(exercise.bodyweight_fraction)} of bodyweight: "
            "give bodyweight= or an athlete with a bodyweight",
            "arguments",
        )
    added = added_load if added_load is not None else Load(0.0, weight.unit if weight else "kg")
    _check_load("added_load", added)
    rep = exercise.rep(added, tempo=parsed_tempo, bodyweight=weight)
    resistance = rep.concentric.resistance
    assert resistance is not None
    full = exercise.rep(added, tempo=parsed_tempo, bodyweight=weight, assistance=resistance)
    basis = Basis(
        peak_assistance=resistance,
        sources=(
            "negative chin-ups and dips are a common beginner progression; tempo and "
            "bodyweight eccentrics suit weaker lifters (Suchomel et al. 2019, J Funct Morphol "
            "Kinesiol 4(2):38)",
        ),
        notes=(
            "the athlete steps or jumps to the top; only the lowering is theirs",
            *(
                ()
                if exercise.bodyweight_fraction
                else ("a lever exercise: prescribed by reps and tempo, not by load",)
            ),
        ),
    )
    return _finish(
        exercise,
        method=Method.NEGATIVE_ONLY,
        reps=count,
        load=added,
        tempo=parsed_tempo,
        rep_detail=[full] * count,
        one_rep_max=None,
        assistance=[resistance] * count,
        basis=basis,
        bodyweight=weight,
    )


# -- explanations ---------------------------------------------------------------------------------


def explain(item: Set | Prescription) -> str:
    """A coach-readable account of how a calculator arrived at a set or prescription.

    Examples:
        >>> import negatives as neg
        >>> curl = neg.Exercise("barbell-curl", "Barbell Curl", muscles=["biceps"], risk="low")
        >>> s = partner_assisted_negatives(curl, one_rep_max=neg.kg(55), overload=0.3, reps=6)
        >>> print(explain(s))  # doctest: +ELLIPSIS
        Partner-assisted negatives: Barbell Curl, 6 reps at 60.8 kg, tempo 4-0-2-0
          concentric 1RM: 55 kg (given)
          working load: 46.8 kg; overload +30 % (given)
          eccentric 1RM estimate: 77 kg (ratio 1.4: the default, Nuzzo et al. 2023 ...)
          category: supramaximal (110 % of the concentric 1RM)
          partner's help per rep: 16.8, 19, 19.9, 21.2, 22.5, 23.4 kg (peak 23.4 kg, ...)
          sources:
        ...
    """
    prescription = item.prescription if isinstance(item, Set) else item
    if prescription is None or prescription.basis is None:
        return "no calculation recorded: this set was not made by a negatives calculator"
    basis = prescription.basis
    exercise = prescription.exercise
    method = str(prescription.method).replace("_", " ")
    title = {
        "partner assisted": "Partner-assisted negatives",
        "accentuated eccentric": "Accentuated eccentric loading",
        "two one": "2/1 technique",
        "negative only": "Negative-only",
        "tempo eccentric": "Tempo eccentrics",
    }.get(method, method.capitalize())
    reps = prescription.reps
    load = f" at {prescription.load:.1f}" if prescription.load is not None else ""
    load = load.replace(".0 ", " ")
    tempo = f", tempo {prescription.tempo}" if prescription.tempo is not None else ""
    lines = [f"{title}: {exercise.name}, {reps} reps{load}{tempo}"]
    if basis.one_rep_max is not None:
        lines.append(f"  concentric 1RM: {_load(basis.one_rep_max)} ({basis.one_rep_max_source})")
    if basis.working_load is not None:
        line = f"  working load: {_load(basis.working_load)}"
        if prescription.overload is not None:
            line += f"; overload +{fmt_percent(prescription.overload)} ({basis.overload_source})"
        lines.append(line)
    if basis.eccentric_1rm is not None and basis.eccentric_ratio is not None:
        lines.append(
            f"  eccentric 1RM estimate: {_load(basis.eccentric_1rm)} (ratio "
            f"{fmt_number(round(basis.eccentric_ratio, 3))}: {basis.eccentric_ratio_source})"
        )
    if basis.category is not None:
        line = f"  category: {basis.category.value}"
        if prescription.fraction_1rm is not None:
            line += f" ({fmt_percent(round(prescription.fraction_1rm, 2))} of the concentric 1RM)"
        lines.append(line)
    if prescription.assistance and prescription.method is Method.PARTNER_ASSISTED:
        unit = prescription.assistance[0].unit.value
        values = ", ".join(fmt_number(round(a.value, 1)) for a in prescription.assistance)
        line = f"  partner's help per rep: {values} {unit}"
        if basis.peak_assistance is not None and basis.total_assistance is not None:
            line += f" (peak {_load(basis.peak_assistance)}, total {_load(basis.total_assistance)})"
        lines.append(line)
        if basis.partner_max_assist is not None:
            verdict = "too much" if basis.exceeds_partner_max else "within"
            lines.append(f"  partner's maximum: {basis.partner_max_assist} ({verdict})")
    if basis.capped:
        lines.append("  capped at the eccentric 1RM estimate")
    if basis.sources:
        lines.append("  sources:")
        lines.extend(f"    - {source}" for source in basis.sources)
    if basis.notes:
        lines.append("  notes:")
        lines.extend(f"    - {note}" for note in basis.notes)
    return "\n".join(lines)


def _load(load: Load) -> str:
    return f"{fmt_number(round(load.value, 1))} {load.unit.value}"

"""Evidence-based blocks, ready to build: ``template(name, **params) -> Program``.

Each template is a `Program` written from its source — the study's or the seed article's sets,
reps, loads and sessions per week — and cites that source with a confidence. It is parameterised
by the athlete and the gym where they are used: `build_program` reads the athlete's 1RMs,
training age and bodyweight, rounds loads to the gym's equipment, and adapts what the safety
policy refuses, saying what it changed (see `negatives.progressions.program`). A template is a
starting point written down faithfully, not a promise that the policy accepts it unchanged: the
plan says where it departs from the source and why.

=====================  ==================================================================
``seed-negatives``     one partner-negative set after the normal sets, 6 weeks (the seed
                       article; low confidence)
``walker-ael``         accentuated eccentric loading, eccentric = concentric + 40 %, 3 x 6RM
                       and 3 x 10RM twice a week, 10 weeks (Walker et al. 2016; medium)
``tempo-intro``        tempo eccentrics for lifters in their first year, the lowering slowed
                       from 3 to 5 s (Suchomel et al. 2019; Schoenfeld et al. 2015; low)
``nordic-hamstring``   the Nordic hamstring programme, 10 weeks then once a week (Mjølsnes et
                       al. 2004; high for injury prevention)
=====================  ==================================================================

Examples:
    >>> import datetime as dt
    >>> from negatives.progressions import templates
    >>> [info.name for info in templates.available_templates()]
    ['nordic-hamstring', 'seed-negatives', 'tempo-intro', 'walker-ael']
    >>> program = templates.template("nordic-hamstring", start=dt.date(2026, 11, 23))
    >>> program.weeks, [len(program.slots[0].week(w).days) for w in range(5)]
    (10, [1, 2, 3, 3, 3])
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Literal

import attrs

from .. import catalog
from .._checks import Checks, describe
from ..errors import ValidationError
from ..model import Exercise, Prescription
from ..safety import Confidence
from ..units import Load, kg
from .builtin import Deload, Double, EccentricRamp, TempoRamp
from .program import Program, ProgramSlot, Week

__all__ = ["TemplateInfo", "TemplateParameter", "available_templates", "template"]

ParameterKind = Literal["date", "weeks", "exercises", "days", "releasers"]
"""How a template parameter is written on the command line (`TemplateParameter.kind`)."""


@attrs.frozen
class TemplateParameter:
    """A parameter of a template.

    Attributes:
        name: its keyword (``template(name, weeks=8)``).
        kind: how it is written as text: ``"date"`` (2026-11-23), ``"weeks"`` (a whole
            number), ``"exercises"`` (catalog ids or names, comma-separated), ``"days"``
            (weekdays 0-6, comma-separated), ``"releasers"`` (``every`` or ``first``).
        default: its default, as text.
        help: what it sets.
    """

    name: str
    kind: ParameterKind
    default: str
    help: str


@attrs.frozen
class TemplateInfo:
    """A template: its name, what it is, and where it comes from.

    Attributes:
        name: what `template` takes (``"nordic-hamstring"``).
        title: a one-line title.
        summary: the block in a few sentences.
        source: the citation it rests on.
        confidence: how far the evidence goes: ``"high"``, ``"medium"`` or ``"low"``.
        parameters: what it takes, besides ``start``.
    """

    name: str
    title: str
    summary: str
    source: str
    confidence: Confidence
    parameters: tuple[TemplateParameter, ...]


_START = TemplateParameter(
    "start", "date", "", "the first week (any day of it); or build_program(..., start=...)"
)


def _weeks_param(default: int, high: int) -> TemplateParameter:
    return TemplateParameter("weeks", "weeks", str(default), f"weeks of the block (1-{high})")


def _days_param(default: tuple[int, ...]) -> TemplateParameter:
    return TemplateParameter(
        "days",
        "days",
        ",".join(str(d) for d in default),
        "the training weekdays (0 = Monday)",
    )


def _exercises_param(default: tuple[str, ...], what: str) -> TemplateParameter:
    return TemplateParameter("exercises", "exercises", ",".join(default), what)


# -- the templates --------------------------------------------------------------------------------


_SEED_EXERCISES = ("bench-press", "barbell-curl")


def _seed(
    *,
    start: dt.date | None = None,
    weeks: int = 6,
    days: Iterable[int] = (0, 3),
    exercises: Iterable[str | Exercise] = _SEED_EXERCISES,
) -> Program:
    chosen = _exercises(exercises)
    weekdays = _days(days, minimum=1)
    _whole("weeks", weeks, 1, 12)
    slots = []
    for index, exercise in enumerate(chosen):
        day = index % len(weekdays)
        slots.append(
            ProgramSlot(
                prescription=Prescription(
                    exercise, sets=3, reps=(8, 10), fraction_1rm=0.7, tempo="2-0-1-0", rest=120
                ),
                progression=Double(),
                day=day,
            )
        )
        slots.append(
            ProgramSlot(
                prescription=Prescription(
                    exercise,
                    method="partner_assisted",
                    sets=1,
                    reps=(8, 10),
                    fraction_1rm=0.7,
                    overload=0.25,
                    tempo="4-0-2-0",
                    rest=180,
                ),
                progression=EccentricRamp(start=0.25, end=0.5, weeks=weeks),
                day=day,
            )
        )
    return Program(
        name="Seed negatives", weeks=weeks, days=weekdays, slots=slots, start=_start(start)
    )


_WALKER_EXERCISES = ("leg-press",)


def _walker(
    *,
    start: dt.date | None = None,
    weeks: int = 10,
    days: Iterable[int] = (0, 3),
    exercises: Iterable[str | Exercise] = _WALKER_EXERCISES,
    releasers: Literal["every", "first"] = "every",
) -> Program:
    chosen = _exercises(exercises)
    weekdays = _days(days, minimum=2)
    _whole("weeks", weeks, 1, 20)
    if releasers not in ("every", "first"):
        raise ValidationError.single(
            "releasers", f"must be 'every' or 'first', got {describe(releasers)}", "template"
        )
    slots = []
    for exercise in chosen:
        for day, reps, fraction in ((0, 6, 0.85), (1, 10, 0.75)):  # the NSCA 6RM and 10RM
            slots.append(
                ProgramSlot(
                    prescription=Prescription(
                        exercise,
                        method="accentuated_eccentric",
                        sets=3,
                        reps=reps,
                        fraction_1rm=fraction,
                        overload=0.4,
                        rest=180,
                    ),
                    progression=Double(),
                    day=day,
                    releasers=releasers,
                )
            )
    return Program(
        name="Accentuated eccentric loading",
        weeks=weeks,
        days=weekdays[:2],
        slots=slots,
        start=_start(start),
    )


_TEMPO_EXERCISES = ("leg-press", "dumbbell-bench-press", "lat-pulldown")


def _tempo(
    *,
    start: dt.date | None = None,
    weeks: int = 6,
    days: Iterable[int] = (0, 3),
    exercises: Iterable[str | Exercise] = _TEMPO_EXERCISES,
    loads: Mapping[str, Load] | None = None,
) -> Program:
    chosen = _exercises(exercises)
    weekdays = _days(days, minimum=1)
    _whole("weeks", weeks, 2, 16)
    given = dict(loads or {})
    checks = Checks("template")
    for key, value in given.items():
        if not isinstance(value, Load):
            got = describe(value)
            checks.fail(("loads", str(key)), f"must be a Load such as kg(40), got {got}")
    checks.done()
    slots = []
    for exercise in chosen:
        load = given.get(exercise.id)
        for day in range(len(weekdays)):
            slots.append(
                ProgramSlot(
                    prescription=Prescription(
                        exercise,
                        method="tempo_eccentric",
                        sets=3,
                        reps=(8, 10),
                        load=load,
                        fraction_1rm=None if load is not None else 0.6,
                        tempo="3-0-1-0",
                        rest=120,
                    ),
                    progression=Deload(
                        every=weeks, base=TempoRamp(start=3, end=5, weeks=max(1, weeks - 1))
                    )
                    if weeks >= 4
                    else TempoRamp(start=3, end=5, weeks=weeks),
                    day=day,
                )
            )
    return Program(
        name="Tempo eccentrics", weeks=weeks, days=weekdays, slots=slots, start=_start(start)
    )


def _nordic(
    *,
    start: dt.date | None = None,
    weeks: int = 10,
    maintenance_weeks: int = 0,
    days: Iterable[int] = (0, 2, 4),
) -> Program:
    weekdays = _days(days, minimum=3, maximum=3)
    _whole("weeks", weeks, 1, 10)
    _whole("maintenance_weeks", maintenance_weeks, 0, 42)
    last = len(weekdays) - 1
    # Week 1's one session goes on the week's last training day, so that its primer (2-7 days
    # before) falls in the same week and the weekly volume ramps from it (NEG305).
    schedule = [
        Week(days=(last,), sets=2, reps=5),
        Week(days=(0, last), sets=2, reps=6),
        Week(days=(0, 1, 2), sets=3, reps=(6, 8)),
        Week(days=(0, 1, 2), sets=3, reps=(8, 10)),
        *[Week(days=(0, 1, 2), set_reps=(12, 10, 8))] * 6,
    ][:weeks]
    if maintenance_weeks:
        schedule.append(Week(days=(0,), set_reps=(12, 10, 8)))
    nordic = catalog.lookup("nordic-curl")
    slot = ProgramSlot(
        prescription=Prescription(nordic, method="negative_only", sets=2, reps=5, load=kg(0)),
        schedule=schedule,
    )
    return Program(
        name="Nordic hamstring programme",
        weeks=weeks + maintenance_weeks,
        days=weekdays,
        slots=[slot],
        start=_start(start),
    )


# -- parameters -----------------------------------------------------------------------------------


def _start(value: object) -> dt.date | None:
    if value is None:
        return None
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise ValidationError.single("start", f"must be a date, got {describe(value)}", "template")
    return value


def _whole(name: str, value: object, low: int, high: int) -> None:
    checks = Checks("template")
    checks.integer(name, value, ge=low, le=high)
    checks.done()


def _days(value: Iterable[int], *, minimum: int, maximum: int = 7) -> tuple[int, ...]:
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise ValidationError.single(
            "days", f"must be weekdays (0 = Monday), got {describe(value)}", "template"
        )
    days = tuple(value)
    checks = Checks("template")
    for index, day in enumerate(days):
        checks.integer(("days", index), day, ge=0, le=6)
    checks.done()
    if len(set(days)) != len(days) or not minimum <= len(days) <= maximum:
        count = f"{minimum}" if minimum == maximum else f"at least {minimum}"
        raise ValidationError.single(
            "days",
            f"must list {count} different weekdays (0 = Monday), got {describe(list(days))}",
            "template",
        )
    return tuple(sorted(days))


def _exercises(value: Iterable[str | Exercise]) -> tuple[Exercise, ...]:
    if isinstance(value, (str, Exercise)):
        value = (value,)
    if not isinstance(value, Iterable):
        raise ValidationError.single(
            "exercises", f"must list exercises, got {describe(value)}", "template"
        )
    out = []
    for item in value:
        out.append(item if isinstance(item, Exercise) else catalog.lookup(item))
    if not out:
        raise ValidationError.single("exercises", "must list at least one exercise", "template")
    return tuple(dict.fromkeys(out))


# -- the registry ---------------------------------------------------------------------------------

_TEMPLATES: dict[str, tuple[TemplateInfo, Callable[..., Program]]] = {
    "seed-negatives": (
        TemplateInfo(
            "seed-negatives",
            "One partner-negative set after the normal sets",
            "Each exercise once a week: three normal sets of 8-10 at 70 % of the 1RM (double "
            "progression), then one set of partner-assisted negatives on the same working "
            "load, lowered in 4 s, the overload ramping from +25 % to +50 % over the block. "
            "The capacity for 8-10 lowerings keeps free-weight negatives to about +10-20 % over "
            "that load under the standard policy: the plan climbs towards the ramp with fewer "
            "reps, down to 8, and says when it can climb no further.",
            "The seed article (partner-assisted negatives, +25 % to +50 % on the normal working "
            "load, 8-10 reps, or one negative set after the normal sets; coaching practice)",
            "low",
            (
                _START,
                _weeks_param(6, 12),
                _days_param((0, 3)),
                _exercises_param(_SEED_EXERCISES, "the exercises, each on a day in turn"),
            ),
        ),
        _seed,
    ),
    "walker-ael": (
        TemplateInfo(
            "walker-ael",
            "Accentuated eccentric loading: eccentric = concentric + 40 %",
            "Twice a week: 3 x 6RM on the first day, 3 x 10RM on the second, every lowering "
            "40 % heavier than the lift (weight releasers; Walker et al. used a bilateral leg "
            "press and a unilateral knee extension). The load follows the athlete's log "
            "(double progression). Under the standard policy the lowering is held to 90 % of "
            "the eccentric capacity and two overload sets a session, so the plan starts below "
            "+40 % and says so.",
            "Walker, Blazevich, Haff, Tufano, Newton & Häkkinen 2016, Front Physiol 7:149 "
            "(10 weeks, 28 strength-trained men: greater strength gains than traditional "
            "loading)",
            "medium",
            (
                _START,
                _weeks_param(10, 20),
                _days_param((0, 3)),
                _exercises_param(_WALKER_EXERCISES, "the exercises (machines suit AEL)"),
                TemplateParameter(
                    "releasers", "releasers", "every", "releasers on 'every' rep or the 'first'"
                ),
            ),
        ),
        _walker,
    ),
    "tempo-intro": (
        TemplateInfo(
            "tempo-intro",
            "Tempo eccentrics for lifters in their first year",
            "Twice a week, every exercise: 3 x 8-10 at 60 % of the 1RM (or a given load), the "
            "same load up and down, the lowering slowed from 3 s to 5 s over the block, and a "
            "lighter last week. No overload: for lifters under a year of training, slow "
            "lowering is the eccentric work that suits.",
            "Suchomel et al. 2019, J Funct Morphol Kinesiol 4(2):38 (tempo and flywheel work "
            "suit weaker and untrained lifters, supramaximal methods stronger ones); "
            "Schoenfeld, Ogborn & Krieger 2015, Sports Med 45(4):577-585 (rep durations of "
            "0.5-8 s give similar hypertrophy); the block itself is coaching practice",
            "low",
            (
                _START,
                _weeks_param(6, 16),
                _days_param((0, 3)),
                _exercises_param(_TEMPO_EXERCISES, "the exercises, each on every day"),
            ),
        ),
        _tempo,
    ),
    "nordic-hamstring": (
        TemplateInfo(
            "nordic-hamstring",
            "The Nordic hamstring programme",
            "Week 1 one session of 2 x 5; week 2 two of 2 x 6; week 3 three of 3 x 6-8; week "
            "4 three of 3 x 8-10; weeks 5-10 three of 3 sets of 12, 10 and 8; then once a week "
            "(maintenance_weeks). The standard policy allows two overload sets and two "
            "overload sessions a week for the hamstrings, 3 days apart, and a 1.5-fold weekly "
            "rise: the plan keeps to those and lists what it leaves out; lower-volume Nordic "
            "programmes gave similar adaptations (Cuthbert et al. 2020).",
            "Mjølsnes, Arnason, Østhagen, Raastad & Bahr 2004, Scand J Med Sci Sports "
            "14:311-317; maintenance once a week, 3 sets of 12, 10 and 8: Petersen et al. "
            "2011, Am J Sports Med 39(11):2296-2303; about 50 % fewer hamstring injuries in "
            "programmes that include it: Al Attar et al. 2017, Sports Med 47(5):907-916; lower "
            "volumes: Cuthbert et al. 2020, Sports Med 50(1):83-99",
            "high",
            (
                _START,
                _weeks_param(10, 10),
                TemplateParameter(
                    "maintenance_weeks", "weeks", "0", "weeks of once-a-week maintenance after"
                ),
                _days_param((0, 2, 4)),
            ),
        ),
        _nordic,
    ),
}


def available_templates() -> tuple[TemplateInfo, ...]:
    """The templates `template` builds, by name."""
    return tuple(info for _, (info, _) in sorted(_TEMPLATES.items()))


def template(name: str, **params: Any) -> Program:
    """The program of template ``name``, with ``params`` (see `available_templates`).

    Raises:
        ValidationError: an unknown template (the message lists them), a parameter it does not
            take, or a value out of range.

    Examples:
        >>> program = template("seed-negatives", weeks=4, exercises=["bench-press"])
        >>> [(s.prescription.method.value, s.prescription.sets) for s in program.slots]
        [('standard', 3), ('partner_assisted', 1)]
    """
    if not isinstance(name, str):
        raise TypeError(f"template() name must be text, got {describe(name)}")
    entry = _TEMPLATES.get(name)
    if entry is None:
        known = ", ".join(sorted(_TEMPLATES))
        raise ValidationError.single(
            "name", f"unknown template {name!r}: use one of {known}", "template"
        )
    info, make = entry
    allowed = {p.name for p in info.parameters}
    if name == "tempo-intro":
        allowed.add("loads")
    unknown = sorted(set(params) - allowed)
    if unknown:
        raise ValidationError.single(
            unknown[0],
            f"is not a parameter of {name!r}: it takes {', '.join(sorted(allowed))}",
            "template",
        )
    return make(**params)

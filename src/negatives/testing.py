"""Hypothesis strategies for every ``negatives`` type, for property-testing code built on it.

Needs the ``testing`` extra (``pip install "negatives[testing]"``). Every strategy produces
valid objects only; pass your own pieces (``exercises=``) to narrow them.

Examples:
    >>> from hypothesis import given
    >>> import negatives as neg
    >>> from negatives.testing import sets
    >>> @given(sets())
    ... def test_external_volume_is_never_negative(s):
    ...     assert neg.analysis.volume(s, basis="external").value >= 0
    >>> test_external_volume_is_never_negative()
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from .errors import MissingDependencyError

try:
    from hypothesis import strategies as st
except ImportError as error:  # pragma: no cover - exercised without the extra
    raise MissingDependencyError(
        'negatives.testing needs hypothesis: pip install "negatives[testing]"'
    ) from error

from .model import (
    Athlete,
    Basis,
    Checkin,
    Equipment,
    Exercise,
    LimbMode,
    LoadConvention,
    Method,
    MethodCategory,
    Muscle,
    Prescription,
    Rep,
    RepRange,
    RiskClass,
    Screening,
    Session,
    Set,
    SetType,
    Setup,
    Sex,
    Source,
    TrainingLog,
)
from .safety import PRESETS, Finding, NotChecked, Policy, Report, Severity
from .tempo import EXPLOSIVE, MAX_PHASE_SECONDS, Phase, Tempo
from .units import Load, Unit

__all__ = [
    "athletes",
    "bases",
    "bar_loads",
    "checkins",
    "exercises",
    "findings",
    "loads",
    "policies",
    "prescriptions",
    "reports",
    "reps",
    "screenings",
    "sessions",
    "setups",
    "sets",
    "tempos",
    "training_logs",
    "units",
]

_SLUG_WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=8)


def units() -> st.SearchStrategy[Unit]:
    """``Unit.KG`` or ``Unit.LB``."""
    return st.sampled_from(Unit)


def loads(
    *, min_value: float = -1e6, max_value: float = 1e6, unit: Unit | None = None
) -> st.SearchStrategy[Load]:
    """Any finite load (negative too: differences are loads) with magnitude in the bounds."""
    return st.builds(
        Load,
        st.floats(min_value=min_value, max_value=max_value, allow_nan=False),
        units() if unit is None else st.just(unit),
    )


def bar_loads(*, max_kg: float = 500.0, unit: Unit | None = None) -> st.SearchStrategy[Load]:
    """Loads a bar can hold: 0 to ``max_kg`` (expressed in either unit)."""

    def build(value_kg: float, target: Unit) -> Load:
        return Load(value_kg / target.kg_factor, target)

    return st.builds(
        build,
        st.floats(min_value=0.0, max_value=max_kg, allow_nan=False),
        units() if unit is None else st.just(unit),
    )


def _seconds() -> st.SearchStrategy[float]:
    return st.one_of(
        st.integers(min_value=0, max_value=10).map(float),
        st.floats(min_value=0, max_value=MAX_PHASE_SECONDS, allow_nan=False).map(
            lambda x: round(x, 1)
        ),
    )


def tempos() -> st.SearchStrategy[Tempo]:
    """Valid tempos, explosive (``X``) phases included."""
    moving = st.one_of(_seconds(), st.just(EXPLOSIVE))
    return st.builds(Tempo, moving, _seconds(), moving, _seconds())


_FREE_WEIGHTS = (
    Equipment.BARBELL,
    Equipment.DUMBBELL,
    Equipment.KETTLEBELL,
    Equipment.SMITH_MACHINE,
)
_ID_PARTS = st.lists(_SLUG_WORDS, min_size=1, max_size=3).map("-".join)


def exercises(*, ids: st.SearchStrategy[str] | None = None) -> st.SearchStrategy[Exercise]:
    """Exercises with any muscles, equipment, limb mode and load convention."""

    @st.composite
    def build(draw: st.DrawFn) -> Exercise:
        muscles = draw(st.lists(st.sampled_from(Muscle), unique=True, max_size=3))
        secondary = draw(
            st.lists(
                st.sampled_from([m for m in Muscle if m not in muscles]), unique=True, max_size=2
            )
        )
        convention = draw(st.sampled_from(LoadConvention))
        return Exercise(
            draw(ids if ids is not None else _ID_PARTS),
            draw(st.text(min_size=1, max_size=30).filter(str.strip)),
            muscles=muscles,
            secondary_muscles=secondary,
            equipment=draw(st.sampled_from(Equipment)),
            limb_mode=draw(st.sampled_from(LimbMode)),
            starts_with=draw(st.sampled_from([Phase.ECCENTRIC, Phase.CONCENTRIC])),
            bodyweight_fraction=draw(
                st.one_of(st.just(0.0), st.floats(min_value=0.0, max_value=1.0))
            ),
            load_convention=convention,
            ecc_con_ratio=draw(st.none() | st.floats(min_value=1.0, max_value=2.0)),
            risk=draw(st.none() | st.sampled_from(RiskClass)),
            implements=draw(st.none() | st.integers(1, 4))
            if convention is LoadConvention.PER_IMPLEMENT
            else None,
            eccentric_only=draw(st.sampled_from([False, False, False, True])),
        )

    return build()


_any_exercises = exercises


def setups() -> st.SearchStrategy[Setup]:
    """Any valid setup."""
    return st.builds(
        Setup,
        spotters=st.integers(min_value=0, max_value=4),
        safety_arms=st.booleans(),
        releasers=st.booleans(),
        partner_max_assist=st.none() | bar_loads(max_kg=200),
    )


def reps() -> st.SearchStrategy[int]:
    """Repetition counts for sets: 1 to 30."""
    return st.integers(min_value=1, max_value=30)


@st.composite
def _set(draw: st.DrawFn, exercise: Exercise, max_kg: float) -> Set:
    count = draw(reps())
    load = draw(bar_loads(max_kg=max_kg / exercise.load_multiplier))
    tempo = draw(st.none() | tempos())
    total = exercise.total_load(load)
    rpe = draw(st.none() | st.sampled_from([6.0, 7.0, 7.5, 8.0, 8.5, 9.0, 9.5, 10.0]))
    common: dict[str, Any] = {
        "reps": count,
        "load": load,
        "rpe": rpe,
        "rir": draw(st.sampled_from([None, 10 - rpe])) if rpe is not None else None,
        "set_type": draw(st.sampled_from(SetType)),
        "rest": draw(st.none() | st.integers(min_value=0, max_value=600).map(float)),
        "notes": draw(st.sampled_from(["", "felt heavy", "spotter: Sam"])),
        "superset": draw(st.none() | st.sampled_from(["1", "a"])),
        "extra": draw(
            st.dictionaries(
                st.sampled_from(["Distance", "Seconds"]), st.text(max_size=6), max_size=1
            )
        ),
    }
    methods = [Method.STANDARD, Method.PARTNER_ASSISTED, Method.NEGATIVE_ONLY, Method.FLYWHEEL]
    if tempo is not None:
        methods.append(Method.TEMPO_ECCENTRIC)
    if exercise.limb_mode is LimbMode.BILATERAL:
        methods.append(Method.TWO_ONE)
    style = draw(st.sampled_from(["plain", "detail"]))
    method = draw(st.sampled_from(methods))
    if style == "plain" or exercise.bodyweight_fraction:
        assistance = None
        if exercise.equipment not in _FREE_WEIGHTS and draw(st.booleans()):
            # a device's help (assisted machine, band), as apps log it
            assistance = Load(draw(st.floats(0, 100)), total.unit)
        return Set(exercise, tempo=tempo, method=method, assistance=assistance, **common)
    limbs = exercise.limb_mode.limbs
    if draw(st.booleans()):
        # partner help growing rep by rep
        fractions = sorted(
            draw(st.lists(st.floats(0, 1), min_size=count, max_size=count)), reverse=False
        )
        detail = tuple(
            Rep.of(
                total,
                tempo=tempo,
                starts_with=exercise.starts_with,
                assistance=total * f,
                limbs=limbs,
            )
            for f in fractions
        )
        return Set(
            exercise, tempo=tempo, method=Method.PARTNER_ASSISTED, rep_detail=detail, **common
        )
    # accentuated eccentric: releasers drop part of the load at the bottom
    if total.kg < 1:
        return Set(exercise, tempo=tempo, method=Method.STANDARD, **common)
    kept = draw(st.floats(min_value=0.3, max_value=0.9))
    rep = Rep.of(
        total,
        concentric_load=total * kept,
        tempo=tempo,
        starts_with=exercise.starts_with,
        limbs=limbs,
    )
    return Set(
        exercise,
        tempo=tempo,
        method=Method.ACCENTUATED_ECCENTRIC,
        rep_detail=(rep,) * count,
        **common,
    )


def sets(
    *, exercises: st.SearchStrategy[Exercise] | None = None, max_kg: float = 300.0
) -> st.SearchStrategy[Set]:
    """Valid sets of every method.

    Plain logs, tempo sets, partner-assisted sets with growing help per rep, accentuated
    eccentric sets with ``rep_detail``, negative-only, 2/1 and flywheel sets.
    """
    source = exercises if exercises is not None else _any_exercises()
    return source.flatmap(lambda exercise: _set(exercise, max_kg))


def bases() -> st.SearchStrategy[Basis]:
    """Valid calculation bases (what a calculator records about how it prescribed)."""
    text = st.sampled_from(["", "given", "athlete's tested 1RM", "40 kg x 10 via the NSCA chart"])
    return st.builds(
        Basis,
        one_rep_max=st.none() | bar_loads(max_kg=300),
        one_rep_max_source=text,
        working_load=st.none() | bar_loads(max_kg=300),
        eccentric_ratio=st.none() | st.floats(min_value=1.0, max_value=2.0),
        eccentric_ratio_source=text,
        eccentric_1rm=st.none() | bar_loads(max_kg=400),
        eccentric_capacity=st.none() | bar_loads(max_kg=400),
        overload_source=text,
        concentric_effort=st.none() | st.floats(min_value=0.1, max_value=1.0),
        peak_assistance=st.none() | bar_loads(max_kg=100),
        total_assistance=st.none() | bar_loads(max_kg=1000),
        partner_max_assist=st.none() | bar_loads(max_kg=100),
        category=st.none() | st.sampled_from(MethodCategory),
        capped=st.booleans(),
        sources=st.lists(st.sampled_from(["Nuzzo et al. 2023", "NSCA chart"]), max_size=2),
        notes=st.lists(st.text(max_size=30), max_size=2),
    )


def prescriptions(
    *, exercises: st.SearchStrategy[Exercise] | None = None
) -> st.SearchStrategy[Prescription]:
    """Valid prescriptions."""

    @st.composite
    def build(draw: st.DrawFn) -> Prescription:
        low = draw(st.integers(min_value=1, max_value=15))
        high = draw(st.integers(min_value=low, max_value=20))
        return Prescription(
            draw(exercises if exercises is not None else _any_exercises()),
            method=draw(st.sampled_from(Method)),
            sets=draw(st.integers(min_value=1, max_value=6)),
            reps=RepRange(low, high),
            load=draw(st.none() | bar_loads()),
            fraction_1rm=draw(st.none() | st.floats(min_value=0.3, max_value=1.3)),
            rpe=draw(st.none() | st.sampled_from([6.0, 7.0, 8.0, 9.0, 10.0])),
            tempo=draw(st.none() | tempos()),
            overload=draw(st.none() | st.floats(min_value=0.0, max_value=0.6)),
            assistance=tuple(draw(st.lists(bar_loads(max_kg=60), max_size=low))),
            rest=draw(st.none() | st.integers(min_value=60, max_value=300).map(float)),
            basis=draw(st.none() | bases()),
        )

    return build()


def _pool(
    draw: st.DrawFn, exercises: st.SearchStrategy[Exercise] | None, most: int
) -> list[Exercise]:
    """Up to ``most`` exercises with distinct ids, to draw the sets of a session or log from."""
    return draw(
        st.lists(
            exercises if exercises is not None else _any_exercises(),
            min_size=1,
            max_size=most,
            unique_by=lambda e: e.id,
        )
    )


_DATES = st.dates(min_value=dt.date(2015, 1, 1), max_value=dt.date(2030, 12, 31))


def sessions(
    *,
    exercises: st.SearchStrategy[Exercise] | None = None,
    dates: st.SearchStrategy[dt.date] = _DATES,
    max_sets: int = 8,
) -> st.SearchStrategy[Session]:
    """Valid sessions; one id never names two different exercises within a session."""

    @st.composite
    def build(draw: st.DrawFn) -> Session:
        pool = _pool(draw, exercises, 3)
        items = draw(st.lists(sets(exercises=st.sampled_from(pool)), max_size=max_sets))
        day = draw(dates)
        start = draw(
            st.none()
            | st.times().map(
                lambda t: dt.datetime.combine(day, t, tzinfo=dt.timezone(dt.timedelta(hours=1)))
            )
        )
        return Session(
            day,
            sets=items,
            start=start,
            id=draw(st.none() | _ID_PARTS),
            name=draw(st.sampled_from(["", "Push", "Negatives day"])),
            setup=draw(st.none() | setups()),
            source=draw(
                st.none()
                | st.builds(Source, st.sampled_from(["strong", "hevy"]), st.none(), st.just((2, 9)))
            ),
            extra=draw(
                st.dictionaries(
                    st.sampled_from(["Duration", "Workout #"]), st.text(max_size=10), max_size=2
                )
            ),
            duration=draw(st.none() | st.integers(0, 3 * 3600).map(float)),
        )

    return build()


def screenings() -> st.SearchStrategy[Screening]:
    """Screenings: each risk factor answered yes, no, or not at all."""
    answer = st.sampled_from([None, False, True])
    return st.builds(
        Screening,
        recent_muscle_injury=answer,
        previous_rhabdomyolysis=answer,
        statins=answer,
        sickle_cell_trait=answer,
        current_illness=answer,
    )


def checkins() -> st.SearchStrategy[Checkin]:
    """Readiness check-ins: soreness 0-10 or a strength loss (0-1) by muscle group."""

    @st.composite
    def build(draw: st.DrawFn) -> Checkin:
        soreness = draw(
            st.dictionaries(
                st.sampled_from(Muscle),
                st.one_of(st.integers(0, 10).map(float), st.floats(0, 10)),
                max_size=3,
            )
        )
        loss = draw(
            st.dictionaries(st.sampled_from(Muscle), st.floats(0, 1), max_size=2)
            if soreness
            else st.dictionaries(st.sampled_from(Muscle), st.floats(0, 1), min_size=1, max_size=2)
        )
        return Checkin(
            draw(_DATES),
            soreness=soreness,
            strength_loss=loss,
            notes=draw(st.sampled_from(["", "slept badly"])),
        )

    return build()


def athletes() -> st.SearchStrategy[Athlete]:
    """Valid athletes, with a screening and check-ins or without."""

    @st.composite
    def build(draw: st.DrawFn) -> Athlete:
        ids = draw(st.lists(_ID_PARTS, unique=True, max_size=3))
        maxima = {key: draw(bar_loads(max_kg=300).filter(lambda x: x.value > 0)) for key in ids}
        dated = {key: draw(_DATES) for key in ids if draw(st.booleans())}
        return Athlete(
            draw(st.text(min_size=1, max_size=20).filter(str.strip)),
            training_age_years=draw(st.floats(min_value=0, max_value=40)),
            concentric_1rm=maxima,
            concentric_1rm_dates=dated,
            ecc_con_ratio={key: draw(st.floats(1.0, 2.0)) for key in ids if draw(st.booleans())},
            bodyweight=draw(st.none() | st.floats(40, 150).map(lambda x: Load(x, Unit.KG))),
            sex=draw(st.none() | st.sampled_from(Sex)),
            birth_year=draw(st.none() | st.integers(1940, 2010)),
            screening=draw(st.none() | screenings()),
            checkins=draw(st.lists(checkins(), max_size=2)),
        )

    return build()


def policies() -> st.SearchStrategy[Policy]:
    """Safety policies: a preset, with some parameters, severities and prefixes changed."""

    @st.composite
    def build(draw: st.DrawFn) -> Policy:
        policy = draw(st.sampled_from(sorted(PRESETS.values(), key=lambda p: p.name)))
        code = draw(st.sampled_from(sorted(policy.rules)))
        name = draw(st.sampled_from(sorted(policy.params_for(code))))
        value = policy.params_for(code)[name]
        if isinstance(value, bool):
            policy = policy.with_params(code, **{name: draw(st.booleans())})
        elif isinstance(value, (int, float)):
            policy = policy.with_params(code, **{name: draw(st.integers(0, 10))})
        if draw(st.booleans()):
            policy = policy.with_severity(code, draw(st.sampled_from(Severity)))
        if draw(st.booleans()):
            policy = policy.ignoring(draw(st.sampled_from(["NEG5", "NEG30", "NEG401"])))
        return policy

    return build()


def findings() -> st.SearchStrategy[Finding]:
    """Findings, as rules report them."""
    return st.builds(
        Finding,
        st.sampled_from(["NEG101", "NEG201", "NEG301", "ACME101"]),
        st.sampled_from(Severity),
        st.text(min_size=1, max_size=40),
        st.sampled_from([(), ("sets", 0), ("sessions", 2, "sets", 1)]),
        st.dictionaries(
            st.sampled_from(["load_kg", "limit_kg", "sets", "muscle", "known"]),
            st.none()
            | st.booleans()
            | st.integers(-5, 500)
            | st.floats(0, 500)
            | st.text(max_size=8),
            max_size=3,
        ),
        st.text(max_size=30),
    )


def reports() -> st.SearchStrategy[Report]:
    """Safety reports: findings, notes of what was not checked, the policy and rules."""
    notes = st.builds(
        NotChecked,
        st.sampled_from(["NEG201", "NEG304"]),
        st.sampled_from(["no history given", "no 1RM for 'bench-press'"]),
        st.lists(st.sampled_from([("sets", 0), ("sessions", 1, "sets", 2)]), max_size=2),
    )
    return st.builds(
        Report,
        st.lists(findings(), max_size=3),
        st.lists(notes, max_size=2),
        st.sampled_from(["standard", "conservative"]),
        st.lists(st.sampled_from(["NEG101", "NEG201"]), max_size=2, unique=True),
    )


def training_logs(
    *, exercises: st.SearchStrategy[Exercise] | None = None, max_sessions: int = 5
) -> st.SearchStrategy[TrainingLog]:
    """Valid training logs: exercise ids are unique across the whole log."""

    @st.composite
    def build(draw: st.DrawFn) -> TrainingLog:
        pool = _pool(draw, exercises, 4)
        items = draw(st.lists(sessions(exercises=st.sampled_from(pool)), max_size=max_sessions))
        return TrainingLog(draw(st.none() | athletes()), items)

    return build()

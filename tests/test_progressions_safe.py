"""Safe by construction: a plan built with default options passes its policy, over generated
athletes, programs and progressions, except for what it lists up front."""

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import negatives as neg
from negatives.plates import stack
from negatives.progressions import (
    Deload,
    Double,
    EccentricRamp,
    Gym,
    Linear,
    Program,
    ProgramPlan,
    ProgramSlot,
    Progression,
    TempoRamp,
    build_program,
)
from negatives.safety import Finding, Severity

kg = neg.kg
MONDAY = dt.date(2026, 11, 23)
BENCH = neg.catalog.lookup("bench-press")
CURL = neg.catalog.lookup("barbell-curl")
LEG_PRESS = neg.catalog.lookup("leg-press")
PULLDOWN = neg.catalog.lookup("lat-pulldown")
NORDIC = neg.catalog.lookup("nordic-curl")
GYM = Gym(stack=stack(kg(5), kg(5), 60))  # machines up to 300 kg

#: Exercise, method, the fractions of 1RM it is prescribed at.
KINDS = [
    (BENCH, "partner_assisted", (0.6, 0.7, 0.8)),
    (CURL, "partner_assisted", (0.6, 0.7, 0.8)),
    (BENCH, "standard", (0.6, 0.7, 0.75)),
    (CURL, "standard", (0.6, 0.7)),
    (LEG_PRESS, "two_one", (0.4, 0.5, 0.55)),
    (LEG_PRESS, "accentuated_eccentric", (0.6, 0.7, 0.75)),
    (PULLDOWN, "tempo_eccentric", (0.5, 0.6)),
    (NORDIC, "negative_only", (None,)),
]


@st.composite
def athletes(draw: st.DrawFn) -> neg.Athlete:
    return neg.Athlete(
        "generated",
        training_age_years=draw(st.sampled_from([0.3, 0.9, 1.5, 3.0, 8.0])),
        concentric_1rm={
            "bench-press": kg(draw(st.integers(50, 160))),
            "barbell-curl": kg(draw(st.integers(25, 70))),
            "leg-press": kg(draw(st.integers(90, 250))),
            "lat-pulldown": kg(draw(st.integers(30, 100))),
        },
        bodyweight=draw(st.none() | st.integers(50, 110).map(kg)),
    )


def progressions(method: str) -> st.SearchStrategy[Progression | None]:
    plain: list[st.SearchStrategy[Progression | None]] = [
        st.none(),
        st.just(Linear()),
        st.just(Double()),
    ]
    if method in ("partner_assisted", "accentuated_eccentric"):
        plain.append(
            st.builds(
                EccentricRamp,
                start=st.sampled_from([0.1, 0.25]),
                end=st.sampled_from([0.3, 0.5]),
                weeks=st.integers(1, 6),
            )
        )
    if method == "tempo_eccentric":
        plain.append(st.just(TempoRamp(start=3, end=5, weeks=3)))
    base = st.one_of(*plain)
    return st.one_of(base, st.builds(Deload, every=st.sampled_from([3, 4]), base=base))


@st.composite
def slots(draw: st.DrawFn, days: tuple[int, ...]) -> ProgramSlot:
    exercise, method, fractions = draw(st.sampled_from(KINDS))
    low = draw(st.integers(3, 8))
    high = draw(st.integers(low, 10))
    reps = high if method == "accentuated_eccentric" else (low, high)
    overload = None
    if method == "partner_assisted":
        overload = draw(st.sampled_from([0.1, 0.25, 0.4, 0.5]))
    elif method == "accentuated_eccentric":
        overload = draw(st.sampled_from([0.2, 0.3, 0.4]))
    tempo = {
        "partner_assisted": draw(st.sampled_from(["3-0-2-0", "4-0-2-0", "5-0-1-0"])),
        "two_one": "5-0-1-0",
        "tempo_eccentric": "3-0-1-0",
        "negative_only": None,
    }.get(method, draw(st.sampled_from([None, "2-0-1-0"])))
    fraction = draw(st.sampled_from(fractions))
    prescription = neg.Prescription(
        exercise,
        method=method,
        sets=draw(st.integers(1, 3)),
        reps=reps,
        fraction_1rm=fraction,
        load=kg(0) if fraction is None else None,
        overload=overload,
        tempo=tempo,
        rest=180,
    )
    return ProgramSlot(
        prescription=prescription,
        progression=draw(progressions(method)),
        day=draw(st.integers(0, len(days) - 1)),
        releasers=draw(st.sampled_from(["every", "first"])),
    )


@st.composite
def programs(draw: st.DrawFn) -> Program:
    days = draw(st.sampled_from([(0,), (0, 3), (0, 2, 4), (1, 4)]))
    return Program(
        name="Generated",
        weeks=draw(st.integers(1, 6)),
        days=days,
        slots=draw(st.lists(slots(days), min_size=1, max_size=3)),
        start=MONDAY,
    )


setups = st.builds(
    neg.Setup,
    spotters=st.integers(0, 3),
    safety_arms=st.booleans(),
    releasers=st.just(True),
    partner_max_assist=st.none() | st.integers(20, 80).map(kg),
)


#: What the builder may find it cannot plan around only while planning (`Limit.date`).
FOUND_WHILE_PLANNING = ("the lightest load searched", "no primer could be planned", "builds no")


def unlisted(plan: ProgramPlan) -> list[Finding]:
    """Errors and warnings whose rule the plan does not list up front."""
    for limit in plan.limits:
        if limit.date is not None:
            assert any(kind in limit.message for kind in FOUND_WHILE_PLANNING), limit
    listed = {limit.code for limit in plan.limits if limit.code is not None}
    return [
        f for f in plan.report.findings if f.severity is not Severity.INFO and f.code not in listed
    ]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(programs(), athletes(), setups, st.sampled_from([(), None]))
def test_a_plan_with_default_options_has_no_error_or_warning_it_does_not_list(
    program: Program, athlete: neg.Athlete, setup: neg.Setup, history: tuple[()] | None
) -> None:
    plan = build_program(program, athlete, history=history, setup=setup, gym=GYM)
    assert unlisted(plan) == [], plan.text()
    for session in plan.sessions:
        for item in session.sets:
            assert GYM.round(item.load, item.exercise) == item.load  # buildable
            assert item.prescription is not None
            assert item.prescription.basis is not None


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(programs(), athletes(), setups, st.sampled_from(["conservative", "athlete"]))
def test_other_presets_too(
    program: Program, athlete: neg.Athlete, setup: neg.Setup, preset: str
) -> None:
    policy = neg.safety.Policy.preset(preset)
    plan = build_program(program, athlete, history=(), setup=setup, gym=GYM, policy=policy)
    assert unlisted(plan) == [], plan.text()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(programs(), athletes(), setups)
def test_nothing_is_dropped_silently(
    program: Program, athlete: neg.Athlete, setup: neg.Setup
) -> None:
    plan = build_program(program, athlete, history=(), setup=setup, gym=GYM, primer=False)
    planned = {
        (session.date, item.exercise.id) for session in plan.sessions for item in session.sets
    }
    for adjustment in plan.adjustments:
        if adjustment.changes == ("left out",):
            assert adjustment.reason
    # Every slot occurrence is in the plan, or an adjustment says why it is not.
    first = MONDAY
    for week in range(program.weeks):
        for index, weekday in enumerate(program.days):
            date = first + dt.timedelta(weeks=week, days=weekday)
            for slot in program.slots:
                if index not in slot.week(week).days:
                    continue
                here = (date, slot.exercise.id) in planned
                said = any(
                    a.date == date and a.exercise == slot.exercise.id for a in plan.adjustments
                )
                assert here or said, (date, slot.exercise.id)

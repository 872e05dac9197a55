"""The built-in progressions: linear, double, eccentric ramp, tempo ramp, RPE, deload."""

import itertools
from collections.abc import Callable, Iterable, Sequence
from fractions import Fraction

import attrs
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import negatives as neg
from negatives import catalog
from negatives.model import Basis, Method, Prescription, RepRange, Set, SetType
from negatives.plates import LB_PLATES, dumbbell_rack, stack
from negatives.progressions.base import Gym, Progression, ProgressionContext
from negatives.progressions.builtin import (
    BUILTIN_PROGRESSIONS,
    RPE,
    Deload,
    Double,
    EccentricRamp,
    Linear,
    TempoRamp,
)
from negatives.strength import rts_fraction
from negatives.tempo import Tempo
from tests.strategies import bar_loads, bases, sets, tempos

from .helpers import present

kg, lb = neg.kg, neg.lb

BENCH = catalog.lookup("bench-press")  # barbell
SQUAT = catalog.lookup("back-squat")  # barbell
CURL = catalog.lookup("barbell-curl")  # barbell
DB_CURL = catalog.lookup("dumbbell-curl")  # dumbbells, per implement
LEG_EXTENSION = catalog.lookup("leg-extension")  # machine stack
PULLDOWN = catalog.lookup("lat-pulldown")  # cable stack
PULL_UP = catalog.lookup("pull-up")  # bodyweight
LATERAL_RAISE = catalog.lookup("lateral-raise")  # other: loads kept as they are
EXERCISES = [BENCH, SQUAT, DB_CURL, LEG_EXTENSION, PULLDOWN, PULL_UP, LATERAL_RAISE]

LB_GYM = Gym(
    bar=lb(45),
    plates=LB_PLATES,
    dumbbells=dumbbell_rack(lb(5), lb(100), lb(5)),
    stack=stack(lb(10), lb(10), 30),
)
GYMS = st.sampled_from([Gym(), LB_GYM])


def context(
    prescription: Prescription,
    *,
    history: Iterable[Set] = (),
    week: int = 0,
    occurrence: int = 0,
    athlete: neg.Athlete | None = None,
    gym: Gym | None = None,
) -> ProgressionContext:
    return ProgressionContext(
        prescription=prescription,
        history=tuple(history),
        week=week,
        occurrence=occurrence,
        athlete=athlete,
        gym=Gym() if gym is None else gym,
    )


def answers(
    prescription: Prescription,
    *reps: int,
    load: neg.Load | None = None,
    set_type: SetType = SetType.NORMAL,
) -> tuple[Set, ...]:
    weight = prescription.load if load is None else load
    assert weight is not None
    return tuple(
        Set(
            prescription.exercise,
            reps=r,
            load=weight,
            set_type=set_type,
            prescription=prescription,
        )
        for r in reps
    )


# -- strategies ------------------------------------------------------------------------------------

increments = st.builds(
    neg.Load, st.floats(min_value=0.25, max_value=20), st.sampled_from(["kg", "lb"])
)
fractions = st.floats(min_value=0.0, max_value=1.0)
weeks = st.integers(min_value=1, max_value=12)
half_steps = st.sampled_from([6.0, 6.5, 7.0, 7.5, 8.0, 8.5, 9.0, 9.5, 10.0])

linears = st.builds(Linear, increment=increments, every=st.integers(1, 5))
doubles = st.builds(Double, increment=increments)
eccentric_ramps = st.builds(EccentricRamp, start=fractions, end=fractions, weeks=weeks)
tempo_ramps = st.builds(
    TempoRamp,
    start=st.floats(min_value=0.5, max_value=60),
    end=st.floats(min_value=0.5, max_value=60),
    weeks=weeks,
)
rpes = st.builds(RPE, target_rpe=half_steps)
simple_progressions = st.one_of(linears, doubles, eccentric_ramps, tempo_ramps, rpes)
deloads = st.builds(
    Deload,
    every=st.integers(2, 6),
    load_fraction=st.floats(min_value=0.05, max_value=1.0),
    sets_fraction=st.floats(min_value=0.05, max_value=1.0),
    base=st.none() | simple_progressions,
)
progressions = st.one_of(simple_progressions, deloads)


# Strategies are built once: building them in every draw costs more than drawing.
BASES = st.none() | bases()
TEMPOS = st.none() | tempos()
BAR_LOADS = st.none() | bar_loads()
HELP = st.lists(bar_loads(max_kg=60), max_size=15)


@st.composite
def prescribed(draw: st.DrawFn, exercise: neg.Exercise) -> Prescription:
    """Like ``negatives.testing.prescriptions``, on one exercise."""
    low = draw(st.integers(min_value=1, max_value=15))
    high = draw(st.integers(min_value=low, max_value=20))
    return Prescription(
        exercise,
        method=draw(st.sampled_from(Method)),
        sets=draw(st.integers(min_value=1, max_value=6)),
        reps=RepRange(low, high),
        load=draw(BAR_LOADS),
        fraction_1rm=draw(st.none() | st.floats(min_value=0.3, max_value=1.3)),
        rpe=draw(st.none() | st.sampled_from([6.0, 7.0, 8.0, 9.0, 10.0])),
        tempo=draw(TEMPOS),
        overload=draw(st.none() | st.floats(min_value=0.0, max_value=0.6)),
        assistance=tuple(draw(HELP))[:low],
        basis=draw(BASES),
    )


PRESCRIBED = {e.id: prescribed(e) for e in EXERCISES}
LOGGED = {e.id: st.lists(sets(exercises=st.just(e), max_kg=250), max_size=5) for e in EXERCISES}
ATHLETES = st.none() | st.builds(
    neg.Athlete,
    st.just("a"),
    training_age_years=st.just(3.0),
    bodyweight=st.none() | st.floats(50, 120).map(kg),
)


@st.composite
def contexts(
    draw: st.DrawFn, *, exercises: Sequence[neg.Exercise] = EXERCISES, with_history: bool = True
) -> ProgressionContext:
    """A context on one exercise: random prescription, history (some sets answering it)."""
    exercise = draw(st.sampled_from(exercises))
    prescription = draw(PRESCRIBED[exercise.id])
    history: list[Set] = []
    for item in draw(LOGGED[exercise.id]) if with_history else ():
        if draw(st.booleans()):
            item = attrs.evolve(item, prescription=prescription)
        history.append(item)
    athlete = draw(ATHLETES)
    return ProgressionContext(
        prescription=prescription,
        history=tuple(history),
        athlete=athlete,
        week=draw(st.integers(0, 30)),
        occurrence=draw(st.integers(0, 30)),
        gym=draw(GYMS),
    )


def assert_valid(ctx: ProgressionContext, proposed: Prescription) -> None:
    assert isinstance(proposed, Prescription)
    assert proposed.exercise == ctx.prescription.exercise
    assert proposed.reps.low >= 1
    assert proposed.reps.high >= proposed.reps.low
    assert proposed.sets >= 1
    if proposed.load is not None:
        assert proposed.load.value >= 0
        assert ctx.round(proposed.load) == proposed.load


def _eccentric_seconds(proposed: Prescription) -> float:
    """The seconds of the proposed lowering, which a tempo ramp always writes as a number."""
    seconds = present(proposed.tempo).eccentric
    assert isinstance(seconds, float)
    return seconds


# -- invariants of every built-in ------------------------------------------------------------------


@given(progressions, contexts())
def test_progressions_never_produce_negative_loads_or_reps(
    progression: Linear | Double | EccentricRamp | TempoRamp | RPE | Deload, ctx: ProgressionContext
) -> None:
    assert_valid(ctx, progression.propose(ctx))


@given(progressions, contexts(), st.sampled_from(["kg", "lb"]), st.floats(0, 400))
def test_loads_are_buildable(
    progression: Linear | Double | EccentricRamp | TempoRamp | RPE | Deload,
    ctx: ProgressionContext,
    unit: str,
    value: float,
) -> None:
    # Any starting load, in either unit, in either gym: what comes back the gym builds as is.
    ctx = attrs.evolve(ctx, prescription=attrs.evolve(ctx.prescription, load=neg.Load(value, unit)))
    proposed = progression.propose(ctx)
    assert proposed.load is not None
    assert ctx.round(proposed.load) == proposed.load


def test_a_kg_loading_written_in_lb_stays_buildable() -> None:
    # 102.5 kg of kg plates is 225.97... lb, a float a hair light: rounding it again would take
    # it down a step; the progression writes it where the gym builds it exactly.
    asked = Prescription(BENCH, sets=3, reps=5, load=lb(226))
    ctx = context(asked)
    proposed = Linear().propose(ctx)
    assert proposed.load is not None
    assert proposed.load.isclose(kg(102.5))
    assert ctx.round(proposed.load) == proposed.load


def test_loads_stop_at_the_heaviest_bar_load() -> None:
    asked = Prescription(LATERAL_RAISE, reps=5, load=kg(999))
    proposed = Linear(increment=kg(5)).propose(context(asked, occurrence=1))
    assert proposed.load == kg(1000)


def test_every_builtin_is_a_frozen_keyword_only_progression() -> None:
    assert set(BUILTIN_PROGRESSIONS) == {
        "linear",
        "double",
        "eccentric_ramp",
        "tempo_ramp",
        "rpe",
        "deload",
    }
    for kind, cls in BUILTIN_PROGRESSIONS.items():
        instance = cls()
        assert cls.kind == kind
        assert isinstance(instance, Progression)
        assert "__slots__" in cls.__dict__
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            instance.kind = "other"  # type: ignore[misc]
        assert all(field.kw_only for field in attrs.fields(cls))  # type: ignore[arg-type]
        assert "Examples:" in (cls.__doc__ or "")


# -- linear ----------------------------------------------------------------------------------------


def test_linear_returns_the_start_made_buildable_the_first_time() -> None:
    asked = Prescription(BENCH, sets=3, reps=(8, 10), load=kg(61))
    assert Linear().propose(context(asked)).load == kg(60)


def test_linear_adds_the_increment_every_nth_occurrence() -> None:
    asked = Prescription(SQUAT, sets=5, reps=5, load=kg(100))
    every_time = [Linear().propose(context(asked, occurrence=n)).load for n in range(3)]
    assert every_time == [kg(100), kg(102.5), kg(102.5)]
    every_third = [Linear(every=3).propose(context(asked, occurrence=n)).load for n in range(7)]
    assert every_third == [kg(100), kg(100), kg(100), kg(102.5), kg(100), kg(100), kg(102.5)]


def test_linear_converts_the_increment_to_the_loads_unit() -> None:
    asked = Prescription(SQUAT, reps=5, load=lb(225))
    proposed = Linear(increment=lb(10)).propose(context(asked, occurrence=1, gym=LB_GYM))
    assert proposed.load == lb(235)


def test_linear_goes_to_the_next_buildable_load_when_rounding_swallows_the_increment() -> None:
    asked = Prescription(DB_CURL, reps=10, load=kg(20))  # dumbbells in 2 kg steps
    assert Linear(increment=kg(1)).propose(context(asked, occurrence=1)).load == kg(22)


def test_linear_keeps_a_prescription_without_a_load() -> None:
    asked = Prescription(PULL_UP, reps=(5, 8))
    assert Linear().propose(context(asked, occurrence=4)) is asked


def test_a_changed_load_carries_its_fraction_and_drops_stale_help() -> None:
    asked = Prescription(
        CURL,
        method="partner_assisted",
        reps=8,
        load=kg(50),
        fraction_1rm=1.0,
        assistance=(kg(5),) * 8,
        basis=Basis(one_rep_max=kg(50), peak_assistance=kg(5), category="submaximal"),
    )
    proposed = Linear(increment=kg(5)).propose(context(asked, occurrence=1))
    assert proposed.load == kg(55)
    assert proposed.fraction_1rm == pytest.approx(1.1)
    assert proposed.assistance == ()
    assert proposed.basis is not None
    assert proposed.basis.peak_assistance is None
    assert proposed.basis.category is None
    assert proposed.basis.one_rep_max == kg(50)


# -- double progression ----------------------------------------------------------------------------

EIGHT_TO_TEN = Prescription(BENCH, sets=3, reps=(8, 10), load=kg(60))


@pytest.mark.parametrize(
    ("reps", "expected"),
    [((10, 10, 9), kg(60)), ((10, 10, 10), kg(62.5)), ((12, 11, 10), kg(62.5)), ((8,), kg(60))],
)
def test_double_raises_the_load_only_when_every_set_hit_the_top(
    reps: tuple[int, ...], expected: neg.Load
) -> None:
    ctx = context(EIGHT_TO_TEN, history=answers(EIGHT_TO_TEN, *reps))
    proposed = Double().propose(ctx)
    assert proposed.load == expected
    assert proposed.reps == RepRange(8, 10)


def test_double_without_answers_keeps_the_prescription() -> None:
    assert Double().propose(context(EIGHT_TO_TEN)) == EIGHT_TO_TEN
    unanswered = (Set(BENCH, reps=10, load=kg(60)),) * 3  # logged without a prescription
    assert Double().propose(context(EIGHT_TO_TEN, history=unanswered)) == EIGHT_TO_TEN


def test_double_ignores_warmups_and_drop_sets() -> None:
    history = (
        answers(EIGHT_TO_TEN, 5, 5, load=kg(40), set_type=SetType.WARMUP)
        + answers(EIGHT_TO_TEN, 10, 10, 10)
        + answers(EIGHT_TO_TEN, 6, load=kg(40), set_type=SetType.DROP)
    )
    assert Double().propose(context(EIGHT_TO_TEN, history=history)).load == kg(62.5)


def test_double_needs_every_prescribed_set_at_the_prescribed_load() -> None:
    two_of_three = answers(EIGHT_TO_TEN, 10, 10)
    assert Double().propose(context(EIGHT_TO_TEN, history=two_of_three)).load == kg(60)
    lighter = answers(EIGHT_TO_TEN, 10, 10) + answers(EIGHT_TO_TEN, 10, load=kg(55))
    assert Double().propose(context(EIGHT_TO_TEN, history=lighter)).load == kg(60)


def test_double_reads_only_the_latest_answers() -> None:
    earlier = Prescription(BENCH, sets=3, reps=(8, 10), load=kg(57.5))
    history = answers(earlier, 10, 10, 10) + answers(EIGHT_TO_TEN, 9, 9, 8)
    assert Double().propose(context(EIGHT_TO_TEN, history=history)).load == kg(60)


def test_double_goes_to_the_next_buildable_load_and_stops_at_the_rack() -> None:
    asked = Prescription(DB_CURL, sets=2, reps=(10, 12), load=kg(20))
    ctx = context(asked, history=answers(asked, 12, 12))
    assert Double(increment=kg(1)).propose(ctx).load == kg(22)
    heaviest = Prescription(DB_CURL, sets=2, reps=(10, 12), load=kg(50))
    ctx = context(heaviest, history=answers(heaviest, 12, 12))
    assert Double().propose(ctx).load == kg(50)


@st.composite
def answered(draw: st.DrawFn, *, all_at_top: bool = False) -> ProgressionContext:
    """A double-progression prescription and random answers (and older sets) to it.

    With ``all_at_top``, every counted answer is at the prescribed load, at the top or above,
    and there are at least as many as prescribed (warm-ups and drop sets may come along).
    """
    exercise = draw(st.sampled_from([BENCH, SQUAT, DB_CURL, LEG_EXTENSION, LATERAL_RAISE]))
    low = draw(st.integers(1, 12))
    high = draw(st.integers(low, 15))
    gym = Gym()
    start = draw(st.floats(0, 200).map(kg))
    asked = Prescription(
        exercise, sets=draw(st.integers(1, 5)), reps=(low, high), load=gym.round(start, exercise)
    )
    assert asked.load is not None
    history = list(draw(LOGGED[exercise.id]))
    answers_: list[Set] = []
    if all_at_top:
        for _ in range(draw(st.integers(asked.sets, asked.sets + 2))):
            answers_.append(
                Set(
                    exercise,
                    reps=draw(st.integers(high, high + 2)),
                    load=draw(st.sampled_from([asked.load, asked.load + kg(5)])),
                    set_type=draw(st.sampled_from([SetType.NORMAL, SetType.FAILURE])),
                    prescription=asked,
                )
            )
    others = st.sampled_from([SetType.WARMUP, SetType.DROP] if all_at_top else list(SetType))
    for _ in range(draw(st.integers(0, 3 if all_at_top else 6))):
        answers_.insert(
            draw(st.integers(0, len(answers_))),
            Set(
                exercise,
                reps=draw(st.integers(max(1, low - 2), high + 2)),
                load=draw(st.sampled_from([asked.load, asked.load * 0.9, asked.load + kg(5)])),
                set_type=draw(others),
                prescription=asked,
            ),
        )
    history.extend(answers_)
    return context(asked, history=history, gym=gym)


def counted(ctx: ProgressionContext) -> list[Set]:
    return [s for s in ctx.last_answers() if s.set_type not in (SetType.WARMUP, SetType.DROP)]


@given(answered(), increments)
def test_double_progression_never_raises_load_before_every_set_reaches_the_top(
    ctx: ProgressionContext, increment: neg.Load
) -> None:
    asked = ctx.prescription
    assert asked.load is not None  # answered() prescribes a load
    proposed = Double(increment=increment).propose(ctx)
    assert proposed.reps == asked.reps
    assert proposed.sets == asked.sets
    assert proposed.load is not None
    assert proposed.load >= asked.load
    working = counted(ctx)
    if proposed.load > asked.load:
        assert len(working) >= asked.sets
        assert all(s.reps >= asked.reps.high for s in working)
        # At the prescribed load or heavier, as the gym builds it (a millionth of a kg is the
        # same load: the progression compares loads with that tolerance).
        assert all(
            present(s.load) >= asked.load or present(s.load).isclose(asked.load, abs_tol=1e-6)
            for s in working
        )
    else:
        assert proposed.load == asked.load


@given(answered(all_at_top=True), increments)
def test_double_progression_raises_the_load_once_every_set_reached_the_top(
    ctx: ProgressionContext, increment: neg.Load
) -> None:
    asked = ctx.prescription
    assert asked.load is not None  # answered() prescribes a load
    working = counted(ctx)
    assert len(working) >= asked.sets
    assert all(s.reps >= asked.reps.high and present(s.load) >= asked.load for s in working)
    assume(ctx.round(asked.load + kg(0.001), mode="up") > asked.load)  # not the heaviest
    assert present(Double(increment=increment).propose(ctx).load) > asked.load


# -- eccentric overload ramp -----------------------------------------------------------------------

PARTNER_CURL = Prescription(
    CURL,
    method="partner_assisted",
    reps=(8, 10),
    load=kg(50),
    overload=0.25,
    tempo="4-0-2-0",
    basis=Basis(working_load=kg(40)),
)


def test_eccentric_ramp_goes_from_25_to_50_percent_over_four_weeks() -> None:
    ramp = EccentricRamp()
    proposed = [ramp.propose(context(PARTNER_CURL, week=w)) for w in range(6)]
    assert [p.overload for p in proposed] == pytest.approx([0.25, 1 / 3, 5 / 12, 0.5, 0.5, 0.5])
    # 40 kg working load: 50, 53.3 -> 52.5, 56.7 -> 55, 60 kg
    assert [p.load for p in proposed[:4]] == [kg(50), kg(52.5), kg(55), kg(60)]
    assert all(p.method is Method.PARTNER_ASSISTED for p in proposed)
    assert all(p.basis is not None and p.basis.working_load == kg(40) for p in proposed)


def test_eccentric_ramp_finds_the_working_load_without_a_basis() -> None:
    asked = attrs.evolve(PARTNER_CURL, basis=None, load=kg(50), overload=0.25)
    proposed = EccentricRamp().propose(context(asked, week=3))
    assert proposed.load == kg(60)
    assert proposed.overload == 0.5
    assert proposed.basis is not None
    assert proposed.basis.working_load == kg(40)  # recorded for the weeks after
    plain = Prescription(CURL, reps=8, load=kg(40))  # no overload yet: the load is the working
    assert EccentricRamp().propose(context(plain)).load == kg(50)


def test_a_one_week_ramp_is_its_end() -> None:
    assert EccentricRamp(weeks=1).propose(context(PARTNER_CURL)).overload == 0.5
    assert TempoRamp(weeks=1).seconds_in(0) == 6


def test_eccentric_ramp_keeps_a_prescription_without_a_load() -> None:
    asked = Prescription(PULL_UP, method="negative_only", reps=5)
    assert EccentricRamp().propose(context(asked, week=2)) is asked


@given(
    eccentric_ramps,
    contexts(exercises=[BENCH, DB_CURL, LEG_EXTENSION, LATERAL_RAISE], with_history=False),
)
def test_eccentric_ramp_is_monotone_and_bounded(
    ramp: EccentricRamp, ctx: ProgressionContext
) -> None:
    low, high = sorted((ramp.start, ramp.end))
    overloads = [ramp.overload_in(w) for w in range(ramp.weeks + 3)]
    assert all(low <= o <= high for o in overloads)
    assert overloads[0] == (ramp.start if ramp.weeks > 1 else ramp.end)
    assert overloads[ramp.weeks - 1 :] == [ramp.end] * 4
    pairs = list(itertools.pairwise(overloads))
    if ramp.start <= ramp.end:
        assert all(a <= b for a, b in pairs)
    else:
        assert all(a >= b for a, b in pairs)
    assume(ctx.prescription.load is not None)
    proposed = [ramp.propose(attrs.evolve(ctx, week=w)) for w in range(ramp.weeks + 1)]
    loads = [p.load for p in proposed]
    for p, overload in zip(proposed, overloads, strict=False):
        assert p.overload == overload
        assert p.method == ctx.prescription.method
        working = present(present(p.basis).working_load)
        lightest = ctx.round(working * (1 + low))
        heaviest = ctx.round(working * (1 + high))
        assert lightest.kg - 1e-6 <= present(p.load).kg <= heaviest.kg + 1e-6
    steps = [(present(a).kg, present(b).kg) for a, b in itertools.pairwise(loads)]
    if ramp.start <= ramp.end:
        assert all(a <= b + 1e-6 for a, b in steps)
    else:
        assert all(a >= b - 1e-6 for a, b in steps)


# -- tempo ramp ------------------------------------------------------------------------------------


def test_tempo_ramp_slows_the_lowering_from_3_to_6_seconds() -> None:
    asked = Prescription(CURL, reps=8, load=kg(30), tempo="3-1-X-0")
    proposed = [TempoRamp().propose(context(asked, week=w)) for w in range(5)]
    expected = ["3-1-X-0", "4-1-X-0", "5-1-X-0", "6-1-X-0", "6-1-X-0"]
    assert [str(p.tempo) for p in proposed] == expected
    assert all(p.method is Method.TEMPO_ECCENTRIC and p.load == kg(30) for p in proposed)


def test_tempo_ramp_gives_a_tempo_to_a_prescription_without_one_and_keeps_other_methods() -> None:
    asked = Prescription(CURL, method="partner_assisted", reps=8, load=kg(50), overload=0.25)
    proposed = TempoRamp(start=4, end=6, weeks=3).propose(context(asked, week=1))
    assert proposed.tempo == Tempo(5, 0, 1, 0)
    assert proposed.method is Method.PARTNER_ASSISTED
    assert proposed.overload == 0.25


@given(tempo_ramps, contexts(with_history=False))
def test_tempo_ramp_is_monotone_and_bounded(ramp: TempoRamp, ctx: ProgressionContext) -> None:
    low, high = sorted((ramp.start, ramp.end))
    proposed = [ramp.propose(attrs.evolve(ctx, week=w)) for w in range(ramp.weeks + 2)]
    seconds = [_eccentric_seconds(p) for p in proposed]
    assert all(low - 1e-3 <= s <= high + 1e-3 for s in seconds)
    assert seconds[-1] == pytest.approx(ramp.end, abs=1e-3)
    pairs = list(itertools.pairwise(seconds))
    assert (
        all(a <= b for a, b in pairs) if ramp.start <= ramp.end else all(a >= b for a, b in pairs)
    )
    before = ctx.prescription.tempo
    for p in proposed:
        if before is not None:
            tempo = present(p.tempo)
            assert (tempo.lengthened, tempo.concentric, tempo.shortened) == (
                before.lengthened,
                before.concentric,
                before.shortened,
            )
        if ctx.prescription.load is not None:
            assert p.load == ctx.round(ctx.prescription.load) or present(p.load).isclose(
                ctx.round(ctx.prescription.load)
            )


# -- RPE -------------------------------------------------------------------------------------------


def test_rpe_keeps_the_load_for_the_same_reps_at_the_same_rpe() -> None:
    # 100 kg x 5 @ RPE 8 -> e1RM 100 / 0.811 = 123.3 kg; 5 reps @ 8 -> 0.811 x 123.3 = 100 kg
    history = (Set(BENCH, reps=5, load=kg(100), rpe=8),)
    asked = Prescription(BENCH, sets=3, reps=5, load=kg(90))
    proposed = RPE().propose(context(asked, history=history))
    assert proposed.load == kg(100)
    assert proposed.rpe == 8


def test_rpe_moves_the_load_with_the_effort_and_the_reps() -> None:
    history = (Set(BENCH, reps=5, load=kg(100), rpe=8),)
    e1rm = 100 / rts_fraction(5, 8)
    asked = Prescription(BENCH, sets=3, reps=(6, 8), load=kg(100))
    proposed = RPE(target_rpe=9).propose(context(asked, history=history))
    assert proposed.load == kg(92.5)  # 8 reps @ 9: 0.762 x 123.3 = 94.0 kg, rounded down
    assert rts_fraction(8, 9) * e1rm == pytest.approx(93.96, abs=0.01)
    assert proposed.rpe == 9


def test_rpe_reads_the_most_recent_usable_set() -> None:
    history = (
        Set(BENCH, reps=5, load=kg(100), rpe=8),
        Set(BENCH, reps=5, load=kg(110)),  # no RPE
        Set(BENCH, reps=15, load=kg(60), rpe=8),  # off the chart
        Set(BENCH, reps=5, load=kg(60), rpe=8, set_type="warmup"),
        Set(BENCH, reps=5, load=kg(130), rpe=8, method="partner_assisted"),
        Set(BENCH, reps=5, load=kg(120), rpe=7.3),  # between half steps
    )
    asked = Prescription(BENCH, sets=3, reps=5)
    assert RPE().propose(context(asked, history=history)).load == kg(100)


def test_rpe_without_a_usable_set_only_sets_the_target() -> None:
    asked = Prescription(BENCH, sets=3, reps=5, load=kg(80), rpe=7)
    proposed = RPE(target_rpe=8.5).propose(context(asked))
    assert proposed == attrs.evolve(asked, rpe=8.5)
    high_reps = Prescription(BENCH, sets=3, reps=(12, 15), load=kg(60))
    history = (Set(BENCH, reps=5, load=kg(100), rpe=8),)
    assert RPE().propose(context(high_reps, history=history)).load == kg(60)


def test_rpe_counts_the_bodyweight_share_of_a_pull_up() -> None:
    # 80 kg athlete + 20 kg x 5 @ 8: e1RM 100 / 0.811; 8 reps @ 8 (0.739) -> 91.1 kg, 11.1 added
    athlete = neg.Athlete("a", training_age_years=3, bodyweight=kg(80))
    history = (Set(PULL_UP, reps=5, load=kg(20), rpe=8),)
    asked = Prescription(PULL_UP, sets=3, reps=8, load=kg(20))
    proposed = RPE().propose(context(asked, history=history, athlete=athlete))
    assert proposed.load is not None
    assert proposed.load.isclose(kg(100 / 0.811 * 0.739 - 80))
    unknown = RPE().propose(context(asked, history=history))  # no bodyweight: no estimate
    assert unknown.load == kg(20)


# -- deload ----------------------------------------------------------------------------------------


def test_deload_lightens_every_fourth_week() -> None:
    asked = Prescription(SQUAT, sets=4, reps=5, load=kg(100))
    proposed = [Deload().propose(context(asked, week=w)) for w in range(8)]
    assert [p.load for p in proposed] == [kg(100)] * 3 + [kg(60)] + [kg(100)] * 3 + [kg(60)]
    assert [p.sets for p in proposed] == [4, 4, 4, 2, 4, 4, 4, 2]


def test_deload_turns_the_eccentric_overload_off() -> None:
    proposed = Deload().propose(context(PARTNER_CURL, week=3))
    assert proposed.method is Method.STANDARD
    assert proposed.overload is None
    assert proposed.assistance == ()
    assert proposed.load == kg(22.5)  # 60 % of the 40 kg working load, not of the 50 kg bar
    assert proposed.sets == 1
    tempo = Prescription(CURL, method="tempo_eccentric", reps=8, load=kg(30), tempo="5-0-1-0")
    assert Deload().propose(context(tempo, week=3)).method is Method.TEMPO_ECCENTRIC


def test_deload_delegates_to_its_base_on_other_weeks() -> None:
    asked = Prescription(SQUAT, sets=4, reps=5, load=kg(100))
    deload = Deload(every=3, base=Linear(increment=kg(5)))
    assert deload.propose(context(asked, week=1, occurrence=1)).load == kg(105)
    assert deload.propose(context(asked, week=2, occurrence=2)).load == kg(60)


@given(deloads, contexts())
def test_deload_weeks_lighten_and_other_weeks_delegate(
    deload: Deload, ctx: ProgressionContext
) -> None:
    proposed = deload.propose(ctx)
    asked = ctx.prescription
    if not deload.is_deload_week(ctx.week):
        if deload.base is not None:
            training = attrs.evolve(ctx, week=deload.training_week(ctx.week))
            assert proposed == deload.base.propose(training)
        else:
            if asked.load is None:
                assert proposed.load is None
            else:
                assert present(proposed.load).isclose(ctx.round(asked.load), abs_tol=1e-6)
            assert attrs.evolve(proposed, load=asked.load) == attrs.evolve(
                asked,
                load=asked.load,
                fraction_1rm=proposed.fraction_1rm,
                assistance=proposed.assistance,
                basis=proposed.basis,
            )
        return
    assert 1 <= proposed.sets <= asked.sets
    assert proposed.overload is None
    assert proposed.assistance == ()
    expected = Method.TEMPO_ECCENTRIC if asked.method is Method.TEMPO_ECCENTRIC else Method.STANDARD
    assert proposed.method is expected
    assert proposed.reps == asked.reps
    if asked.load is not None:
        before = ctx.round(asked.load)
        assert present(proposed.load) <= before or present(proposed.load).isclose(before)


# -- configuration ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (
            lambda: EccentricRamp(start=25),
            "EccentricRamp.start: must be <= 1, got 25 (allowed: from 0 to 1); it is a "
            "fraction: did you mean 0.25?",
        ),
        (
            lambda: EccentricRamp(weeks=0),
            "EccentricRamp.weeks: must be >= 1, got 0 (allowed: from 1 to 52)",
        ),
        (
            lambda: TempoRamp(weeks=0),
            "TempoRamp.weeks: must be >= 1, got 0 (allowed: from 1 to 52)",
        ),
        (
            lambda: Linear(increment=kg(-2.5)),
            "Linear.increment: must be > 0, got -2.5 kg (a progression adds load; Deload lightens)",
        ),
        (
            lambda: Double(increment=lb(-5)),
            "Double.increment: must be > 0, got -5 lb (a progression adds load; Deload lightens)",
        ),
        (
            lambda: Linear(increment=2.5),  # type: ignore[arg-type]
            "Linear.increment: must be a Load such as kg(2.5) or lb(5), got 2.5",
        ),
        (lambda: Linear(increment=kg(60)), "Linear.increment: must be at most 50 kg, got 60 kg"),
        (lambda: Linear(every=0), "Linear.every: must be >= 1, got 0 (allowed: from 1 to 100)"),
        (
            lambda: RPE(target_rpe=8.3),
            "RPE.target_rpe: must be on a half step of the RTS chart (6, 6.5, ..., 10), got 8.3",
        ),
        (lambda: RPE(target_rpe=5), "RPE.target_rpe: must be >= 6, got 5 (allowed: from 6 to 10)"),
        (
            lambda: TempoRamp(start=0),
            "TempoRamp.start: must be > 0 s, got 0 s (allowed: above 0 to 60 s)",
        ),
        (
            lambda: Deload(load_fraction=60),
            "Deload.load_fraction: must be <= 1, got 60 (allowed: above 0 to 1); it is a "
            "fraction: did you mean 0.60?",
        ),
        (lambda: Deload(every=1), "Deload.every: must be >= 2, got 1 (allowed: from 2 to 52)"),
        (
            lambda: Deload(base=Linear),  # type: ignore[arg-type]
            "Deload.base: must be a progression, not a class: write Linear(), not Linear",
        ),
        (
            lambda: Deload(base="linear"),  # type: ignore[arg-type]
            "Deload.base: must be a progression (an object with a class-level kind and "
            "propose(ctx)) or None, got 'linear'",
        ),
    ],
)
def test_bad_configurations_are_refused_with_their_reason(
    build: Callable[[], object], message: str
) -> None:
    with pytest.raises(neg.ValidationError) as caught:
        build()
    assert str(caught.value) == message


def test_every_problem_of_a_configuration_is_reported_at_once() -> None:
    with pytest.raises(neg.ValidationError) as caught:
        EccentricRamp(start=-0.1, end=50, weeks=0)
    assert caught.value.lines() == [
        "EccentricRamp.start: must be >= 0, got -0.1 (allowed: from 0 to 1)",
        "EccentricRamp.end: must be <= 1, got 50 (allowed: from 0 to 1); it is a fraction: "
        "did you mean 0.50?",
        "EccentricRamp.weeks: must be >= 1, got 0 (allowed: from 1 to 52)",
    ]


def test_configurations_take_numbers_of_any_kind() -> None:
    ramp = EccentricRamp(start=0, end=Fraction(1, 2), weeks=2)  # type: ignore[arg-type]
    assert (ramp.start, ramp.end) == (0.0, 0.5)
    assert (type(ramp.start), type(ramp.end)) == (float, float)

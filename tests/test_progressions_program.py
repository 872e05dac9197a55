"""Programs: building sessions, the policy disposing, regenerating with history, JSON."""

import datetime as dt
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import negatives as neg
from negatives.progressions import (
    CLAMPED_RULES,
    Deload,
    Double,
    EccentricRamp,
    Gym,
    Linear,
    Program,
    ProgramSlot,
    TempoRamp,
    build_program,
)
from negatives.safety import Severity

from .helpers import present

kg = neg.kg
MONDAY = dt.date(2026, 11, 23)
CURL = neg.catalog.lookup("barbell-curl")
BENCH = neg.catalog.lookup("bench-press")
LEG_PRESS = neg.catalog.lookup("leg-press")
VETERAN = neg.Athlete(
    "vet",
    training_age_years=5,
    concentric_1rm={"barbell-curl": kg(50), "bench-press": kg(100), "leg-press": kg(200)},
)
SPOTTED = neg.Setup(spotters=1, safety_arms=True, partner_max_assist=kg(60))


def curl_slot(**kwargs: Any) -> ProgramSlot:
    prescription = neg.Prescription(CURL, sets=3, reps=(8, 10), fraction_1rm=0.7)
    return ProgramSlot(prescription=prescription, **kwargs)


def bench_negatives(fraction: float = 0.8, **kwargs: Any) -> ProgramSlot:
    prescription = neg.Prescription(
        BENCH,
        method="partner_assisted",
        sets=2,
        reps=8,
        fraction_1rm=fraction,
        overload=0.25,
        tempo="4-0-2-0",
        rest=180,
    )
    return ProgramSlot(prescription=prescription, day=1, **kwargs)


def test_a_program_becomes_dated_named_sessions() -> None:
    program = Program(
        name="Block",
        weeks=2,
        slots=[curl_slot(progression=Linear()), bench_negatives()],
        start=MONDAY + dt.timedelta(days=2),  # any day of the first week
    )
    plan = build_program(program, VETERAN, history=(), setup=SPOTTED, primer=False)
    assert [(s.date, s.name) for s in plan.sessions] == [
        (MONDAY, "Block W1D1"),
        (MONDAY + dt.timedelta(days=3), "Block W1D2"),
        (MONDAY + dt.timedelta(days=7), "Block W2D1"),
        (MONDAY + dt.timedelta(days=10), "Block W2D2"),
    ]
    first, _, third, _ = plan.sessions
    assert [s.load for s in first.sets] == [kg(35)] * 3  # 70 % of 50 kg
    assert [s.load for s in third.sets] == [kg(37.5)] * 3  # +2.5 kg
    assert all(s.reps == 10 for s in first.sets)  # the top of the range
    negative = plan.sessions[1].sets[0]
    assert negative.method is neg.Method.PARTNER_ASSISTED
    # 80 % x 1.25 = 100 kg, clamped to 82.5 kg: within 90 % of the eccentric capacity for 8
    # lowerings of 4 s (100 kg x 1.20 x 77.6 % x 0.9 = 83.8 kg, NEG201).
    assert negative.load == kg(82.5)
    assert negative.rep_detail is not None  # the partner's help per rep
    assert present(negative.prescription).exercise == BENCH


def test_every_generated_set_carries_the_prescription_it_answers() -> None:
    program = Program(name="P", weeks=1, days=(0,), slots=[curl_slot()], start=MONDAY)
    plan = build_program(program, VETERAN, history=())
    for item in plan.sessions[0].sets:
        assert item.prescription is not None
        assert item.prescription.load == item.load


def test_the_policy_clamps_loads_it_can_make_safe() -> None:
    aggressive = ProgramSlot(
        prescription=neg.Prescription(
            BENCH,
            method="partner_assisted",
            sets=1,
            reps=8,
            fraction_1rm=0.8,
            overload=0.5,
            tempo="4-0-2-0",
        ),
    )
    program = Program(name="P", weeks=1, days=(0,), slots=[aggressive], start=MONDAY)
    plan = build_program(program, VETERAN, history=(), setup=SPOTTED, primer=False)
    (adjustment,) = plan.adjustments
    assert adjustment.proposed == kg(120)
    assert adjustment.clamped < adjustment.proposed
    assert "NEG201" in adjustment.codes
    assert plan.sessions[0].sets[0].load == adjustment.clamped
    assert not plan.report.has_errors


def test_errors_a_lighter_load_cannot_clear_are_reported_not_hidden() -> None:
    novice = attrs.evolve(VETERAN, training_age_years=0.3)
    supramaximal = ProgramSlot(
        prescription=neg.Prescription(
            BENCH,
            method="partner_assisted",
            sets=1,
            reps=1,
            fraction_1rm=0.8,
            overload=0.3,
            tempo="4-0-2-0",
        ),
    )  # one rep at 104 % of the 1RM: within the load rules (a single lowering of 4 s allows
    # 107.5 kg), with the partner, two spotters and safety arms, but not for a beginner
    program = Program(name="P", weeks=1, days=(0,), slots=[supramaximal], start=MONDAY)
    crowded = attrs.evolve(SPOTTED, spotters=3)
    plan = build_program(program, novice, history=(), setup=crowded)
    assert plan.report.has_errors
    assert "NEG101" in plan.report.codes()
    assert plan.adjustments == ()


def test_regenerating_with_history_skips_done_sessions_and_reads_what_was_lifted() -> None:
    program = Program(
        name="P", weeks=3, days=(0,), slots=[curl_slot(progression=Double())], start=MONDAY
    )
    first = build_program(program, VETERAN, history=())
    assert [s.sets[0].load for s in first.sessions] == [kg(35)] * 3  # no answers: no change
    asked = first.sessions[0].sets[0].prescription
    done = neg.Session(MONDAY, sets=[neg.Set(CURL, reps=10, load=kg(35), prescription=asked)] * 3)
    again = build_program(program, VETERAN, history=[done])
    assert [s.date for s in again.sessions] == [MONDAY + dt.timedelta(days=7 * k) for k in (1, 2)]
    assert again.sessions[0].sets[0].load == kg(37.5)  # every set reached the top


def test_an_eccentric_ramp_over_four_weeks_then_a_deload() -> None:
    # 60 % x 1.5 = 90 kg at the top of the ramp: within the capacity for 8 lowerings (93.1 kg).
    slot = bench_negatives(
        fraction=0.6, progression=Deload(base=EccentricRamp(start=0.25, end=0.5, weeks=3))
    )
    program = Program(name="P", weeks=4, days=(0, 3), slots=[slot], start=MONDAY)
    plan = build_program(program, VETERAN, history=(), setup=SPOTTED, policy=_load_rules_only())
    overloads = [present(s.sets[0].prescription).overload for s in plan.sessions]
    assert overloads[:3] == pytest.approx([0.25, 0.375, 0.5])
    deload = plan.sessions[-1].sets[0]
    assert deload.method is neg.Method.STANDARD
    assert len(plan.sessions[-1].sets) == 1


def _load_rules_only() -> neg.safety.Policy:
    return neg.safety.Policy.preset("athlete").ignoring("NEG3")


def test_bad_programs_are_refused_with_the_place() -> None:
    with pytest.raises(neg.ValidationError, match=r"Program.slots\[0\].day: is day 1"):
        Program(name="P", weeks=1, days=(0,), slots=[bench_negatives()])
    with pytest.raises(neg.ValidationError, match=r"Program\.weeks: must be >= 1"):
        Program(name="P", weeks=0, slots=[curl_slot()])
    with pytest.raises(neg.ValidationError, match="no start date"):
        build_program(Program(name="P", weeks=1, slots=[curl_slot()]), VETERAN)
    stranger = neg.Athlete("x", training_age_years=2)
    with pytest.raises(neg.ValidationError, match="no 1RM for 'barbell-curl'"):
        build_program(Program(name="P", weeks=1, slots=[curl_slot()], start=MONDAY), stranger)
    with pytest.raises(neg.ValidationError, match="must be a progression"):
        curl_slot(progression="linear")


# -- properties -------------------------------------------------------------------------------


progressions = st.one_of(
    st.none(),
    st.builds(Linear, increment=st.sampled_from([kg(1.25), kg(2.5), kg(5)])),
    st.just(Double()),
    st.builds(
        EccentricRamp,
        start=st.sampled_from([0.1, 0.25]),
        end=st.sampled_from([0.4, 0.5, 0.8]),
        weeks=st.integers(1, 6),
    ),
    st.builds(TempoRamp, start=st.just(3.0), end=st.sampled_from([5.0, 6.0])),
    st.just(neg.progressions.RPE()),
    st.builds(Deload, base=st.none() | st.builds(Linear, increment=st.just(kg(10)))),
)


@st.composite
def programs(draw: st.DrawFn) -> Program:
    slots = [
        ProgramSlot(
            prescription=neg.Prescription(
                exercise,
                method=method,
                sets=draw(st.integers(1, 3)),
                reps=(6, draw(st.integers(6, 10))),
                fraction_1rm=draw(st.sampled_from([0.6, 0.7, 0.8])),
                overload=draw(st.sampled_from([0.25, 0.4, 0.6]))
                if method == "partner_assisted"
                else None,
                tempo="4-0-2-0",
                rest=180,
            ),
            progression=draw(progressions),
            day=draw(st.integers(0, 1)),
        )
        for exercise, method in draw(
            st.lists(
                st.sampled_from(
                    [
                        (CURL, "standard"),
                        (CURL, "partner_assisted"),
                        (BENCH, "partner_assisted"),
                        (LEG_PRESS, "partner_assisted"),
                        (BENCH, "standard"),
                    ]
                ),
                min_size=1,
                max_size=3,
            )
        )
    ]
    return Program(
        name="Random", weeks=draw(st.integers(1, 4)), days=(0, 3), slots=slots, start=MONDAY
    )


@settings(max_examples=20, deadline=None)
@given(programs())
def test_the_policys_load_limits_hold_for_every_generated_week(program: Program) -> None:
    plan = build_program(program, VETERAN, history=(), setup=SPOTTED)
    load_errors = [
        f for f in plan.report.findings if f.severity is Severity.ERROR and f.code in CLAMPED_RULES
    ]
    assert load_errors == [], plan.report.text()
    gym = Gym()
    for session in plan.sessions:
        for item in session.sets:
            assert item.load.value >= 0
            assert item.reps >= 1
            assert gym.round(item.load, item.exercise) == item.load  # buildable


@settings(max_examples=20, deadline=None)
@given(programs())
def test_a_serialised_program_round_trips(program: Program) -> None:
    assert neg.from_json(neg.to_json(program), Program) == program


def test_a_plan_round_trips_through_json() -> None:
    program = Program(
        name="P", weeks=1, days=(0, 3), slots=[curl_slot(), bench_negatives()], start=MONDAY
    )
    plan = build_program(program, VETERAN, history=(), setup=SPOTTED)
    assert neg.from_json(neg.to_json(plan), neg.progressions.ProgramPlan) == plan


def test_an_unknown_progression_kind_is_refused_with_a_hint() -> None:
    program = Program(name="P", weeks=1, slots=[curl_slot(progression=Linear())], start=MONDAY)
    data = neg.to_dict(program)
    data["slots"][0]["progression"]["kind"] = "wave"
    with pytest.raises(neg.ValidationError) as info:
        neg.from_dict(data, Program)
    assert "$.slots[0].progression.kind: unknown progression 'wave'" in str(info.value)
    assert "make_converter(progressions=[...])" in str(info.value)


def test_a_deload_week_is_a_pause_not_a_new_start() -> None:
    slot = curl_slot(progression=Deload(base=Linear()))
    program = Program(name="P", weeks=6, days=(0,), slots=[slot], start=MONDAY)
    plan = build_program(program, VETERAN, history=())
    loads = [s.sets[0].load for s in plan.sessions]
    assert loads == [kg(35), kg(37.5), kg(40), kg(22.5), kg(42.5), kg(45)]
    assert [len(s.sets) for s in plan.sessions] == [3, 3, 3, 2, 3, 3]


def test_schedules_are_checked_with_the_place() -> None:
    from negatives.progressions import Week

    with pytest.raises(neg.ValidationError, match=r"Week.set_reps: lists 2 sets' reps for 3 sets"):
        Week(days=(0,), sets=3, set_reps=(10, 8))
    with pytest.raises(neg.ValidationError, match=r"Week.set_reps\[0\]: is 12, outside"):
        Week(days=(0,), reps=(6, 8), set_reps=(12,))
    with pytest.raises(neg.ValidationError, match=r"Week.days: lists a training day twice"):
        Week(days=(0, 0))
    slot = curl_slot(schedule=[Week(days=(0, 2))])
    with pytest.raises(
        neg.ValidationError, match=r"Program.slots\[0\].schedule\[0\].days\[1\]: is day 2"
    ):
        Program(name="P", weeks=1, days=(0, 3), slots=[slot])
    with pytest.raises(neg.ValidationError, match="needs an overload above 0"):
        ProgramSlot(
            prescription=neg.Prescription(
                LEG_PRESS, method="accentuated_eccentric", reps=6, fraction_1rm=0.8
            )
        )


def test_a_schedule_sets_the_days_sets_and_reps_week_by_week() -> None:
    from negatives.progressions import Week

    slot = curl_slot(
        schedule=[Week(days=(1,), sets=1, reps=10), Week(days=(0, 1), set_reps=(10, 8))]
    )
    program = Program(name="P", weeks=3, days=(0, 3), slots=[slot], start=MONDAY)
    plan = build_program(program, VETERAN, history=())
    shapes = [(s.date.weekday(), [item.reps for item in s.sets]) for s in plan.sessions]
    assert shapes == [(3, [10]), (0, [10, 8]), (3, [10, 8]), (0, [10, 8]), (3, [10, 8])]
    assert neg.from_json(neg.to_json(program), Program) == program


# -- the gym's heaviest dumbbell or stack position -----------------------------------------------


def test_the_heaviest_is_what_round_gives_for_anything_above_it() -> None:
    gym, huge = Gym(), kg(900)  # round_to_plates builds up to 1,000 kg
    capped = 0
    for exercise in neg.catalog.exercises():
        heaviest = gym.heaviest(exercise)
        if heaviest is None:  # a bar takes plates without end; bodyweight, bands: not rounded
            assert gym.round(huge, exercise).isclose(huge), exercise.id
            continue
        capped += 1
        assert heaviest in (*gym.stack, *gym.dumbbells), exercise.id
        assert gym.round(huge, exercise) == heaviest, exercise.id
        assert gym.round(heaviest, exercise) == heaviest, exercise.id
        assert gym.round(heaviest * 0.9, exercise) < heaviest, exercise.id
    assert capped > 100  # the machine, cable, dumbbell and kettlebell lifts


def leg_press_plan(
    prescription: neg.Prescription, weeks: int, one_rep_max: neg.Load, **kwargs: Any
) -> neg.progressions.ProgramPlan:
    """A leg press slot adding 5 kg a week, on Mondays, for an athlete of ``one_rep_max``."""
    slot = ProgramSlot(prescription=prescription, progression=Linear(increment=kg(5)))
    program = Program(name="legs", weeks=weeks, days=(0,), start=MONDAY, slots=[slot])
    athlete = attrs.evolve(VETERAN, concentric_1rm={"leg-press": one_rep_max})
    return build_program(program, athlete, history=(), **kwargs)


def two_one_leg_press(
    one_rep_max: neg.Load, gym: Gym | None = None
) -> neg.progressions.ProgramPlan:
    prescription = neg.Prescription(
        LEG_PRESS, method="two_one", sets=2, reps=8, fraction_1rm=0.5, tempo="5-0-1-0"
    )
    return leg_press_plan(prescription, 4, one_rep_max, gym=gym)


def test_a_load_capped_by_the_gym_is_a_limit_not_a_silent_flat_line() -> None:
    # A 400-kg leg presser: 2/1 at half the 1RM is 200 kg, but the default stack stops at
    # 150 kg; the progression's +5 kg a week cannot be built either. The plan says so once.
    plan = two_one_leg_press(kg(400))
    loads = {item.load for s in plan.sessions for item in s.sets if item.exercise == LEG_PRESS}
    assert kg(150) in loads
    assert all(load <= kg(150) for load in loads)
    capped = [limit for limit in plan.limits if "heaviest" in limit.message]
    assert len(capped) == 1
    (limit,) = capped
    assert limit.exercises == ("leg-press",)
    first = min(s.date for s in plan.sessions if any(i.load == kg(150) for i in s.sets))
    assert limit.date == first
    assert limit.message.startswith(f"Leg Press from Mon {first.isoformat()}: 150 kg is the")
    assert "machine stacks (Gym.stack)" in limit.message
    assert "whatever the progression asks" in limit.message
    assert limit.message in plan.text()


def test_no_gym_limit_below_the_heaviest_or_with_a_heavier_stack() -> None:
    assert not any("heaviest" in limit.message for limit in two_one_leg_press(kg(200)).limits)
    heavier = Gym(stack=neg.plates.stack(kg(5), kg(5), 80))  # to 400 kg
    plan = two_one_leg_press(kg(400), heavier)
    assert not any("heaviest" in limit.message for limit in plan.limits)
    loads = [i.load for s in plan.sessions for i in s.sets if i.exercise == LEG_PRESS]
    # Half the 1RM is planned; the next 5 kg is refused by the policy, not the gym, and the
    # plan says that instead.
    assert max(loads) == kg(200)
    assert [stall.codes for stall in plan.stalls] == [("NEG201",)]


def test_a_dumbbell_lift_at_the_heaviest_dumbbell_says_dumbbell() -> None:
    press = neg.catalog.lookup("dumbbell-bench-press")
    program = Program(
        name="press",
        weeks=2,
        days=(0,),
        start=MONDAY,
        slots=[
            ProgramSlot(
                prescription=neg.Prescription(press, sets=3, reps=8, fraction_1rm=0.75),
                progression=Linear(increment=kg(2)),
            )
        ],
    )
    athlete = attrs.evolve(VETERAN, concentric_1rm={press.id: kg(80)})  # 60 kg a hand
    plan = build_program(program, athlete, history=(), gym=Gym(dumbbells=[kg(10), kg(40)]))
    (limit,) = [limit for limit in plan.limits if "heaviest" in limit.message]
    assert "40 kg is the heaviest dumbbell the gym has (Gym.dumbbells)" in limit.message
    assert limit.exercises == (press.id,)


def test_a_negative_held_at_the_gyms_heaviest_does_not_claim_the_overload_asked() -> None:
    # Partner-assisted leg press negatives +25 % over 70 % of a 320-kg 1RM ask for 280 kg; the
    # default stack stops at 150 kg, below the working load itself: no overload is left.
    prescription = neg.Prescription(
        LEG_PRESS, method="partner_assisted", sets=1, reps=8, fraction_1rm=0.7, overload=0.25
    )
    plan = leg_press_plan(prescription, 1, kg(320), setup=SPOTTED)
    (negative,) = [i for s in plan.sessions for i in s.sets if i.method == "partner_assisted"]
    assert negative.load == kg(150)
    assert negative.prescription is not None
    assert negative.prescription.overload == 0.0
    basis = negative.prescription.basis
    assert basis is not None
    assert "+25 % asked, held at the heaviest load the gym builds" in basis.overload_source
    assert "partner-assisted +" not in plan.text()
    assert any("150 kg is the heaviest position" in limit.message for limit in plan.limits)

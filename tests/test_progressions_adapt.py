"""Programs a coach would sign: adapt instead of flattening, safe by construction, self-explaining.

The coach's block of issue 12: partner-assisted negatives for bench press and curls, an
eccentric ramp from +25 % to +50 % with a deload, for an athlete with 3 years of training and a
110 kg bench press.
"""

import datetime as dt
import itertools
from typing import Any

import attrs
import pytest

import negatives as neg
from negatives.plates import KG_PLATES
from negatives.progressions import (
    Deload,
    Double,
    EccentricRamp,
    Gym,
    Limit,
    Linear,
    Program,
    ProgramPlan,
    ProgramSlot,
    Stall,
    build_program,
)
from negatives.safety import Finding, Severity, primer

from .helpers import present

kg = neg.kg
MONDAY = dt.date(2026, 11, 23)
BENCH = neg.catalog.lookup("bench-press")
CURL = neg.catalog.lookup("barbell-curl")
CLIENT = neg.Athlete(
    "coach-client",
    training_age_years=3,
    concentric_1rm={"bench-press": kg(110), "barbell-curl": kg(50)},
)
PARTNER = neg.Setup(spotters=1, partner_max_assist=kg(60))
FRACTIONAL = Gym(plates=(*KG_PLATES, kg(0.5)))  # 0.5 kg change plates: 1 kg steps


def negatives_slot(
    exercise: neg.Exercise, reps: int | tuple[int, int] = (4, 8), day: int = 0, **kwargs: Any
) -> ProgramSlot:
    return ProgramSlot(
        prescription=neg.Prescription(
            exercise,
            method="partner_assisted",
            sets=2,
            reps=reps,
            fraction_1rm=0.8,
            overload=0.25,
            tempo="4-0-2-0",
            rest=180,
        ),
        progression=Deload(base=EccentricRamp(start=0.25, end=0.5, weeks=4)),
        day=day,
        **kwargs,
    )


def coach_block(reps: int | tuple[int, int] = (4, 8)) -> Program:
    return Program(
        name="Negatives block",
        weeks=6,
        days=(0, 3),
        start=MONDAY,
        slots=[negatives_slot(BENCH, reps), negatives_slot(CURL, reps, day=1)],
    )


def work(plan: ProgramPlan, exercise: neg.Exercise) -> dict[int, neg.Set]:
    """The heaviest partner-assisted set of ``exercise`` in each week, by week (from 1)."""
    out: dict[int, neg.Set] = {}
    first = plan.sessions[0].date - dt.timedelta(days=plan.sessions[0].date.weekday())
    for session in plan.sessions:
        week = (session.date - MONDAY).days // 7 + 1
        for item in session.sets:
            if item.exercise == exercise and item.method is neg.Method.PARTNER_ASSISTED:
                out.setdefault(week, item)
    assert first <= MONDAY
    return out


def blocking(plan: ProgramPlan) -> list[Finding]:
    """Errors and warnings the plan does not list up front."""
    listed = {limit.code for limit in plan.limits if limit.code is not None}
    return [
        f for f in plan.report.findings if f.severity is not Severity.INFO and f.code not in listed
    ]


# -- the coach's block: done when ------------------------------------------------------------


def test_the_coachs_block_rises_every_non_deload_week_with_no_error_and_no_warning() -> None:
    plan = build_program(coach_block(), CLIENT, history=(), setup=PARTNER, gym=FRACTIONAL)
    assert plan.report.findings == ()  # 0 errors, 0 warnings, 0 infos
    for exercise in (BENCH, CURL):
        weekly = work(plan, exercise)
        assert sorted(weekly) == [1, 2, 3, 5, 6]  # week 4 is the deload: no overload
        loads = [weekly[w].load for w in (1, 2, 3, 5, 6)]
        assert all(a < b for a, b in itertools.pairwise(loads)), loads  # rises
        reps = [weekly[w].reps for w in (1, 2, 3, 5, 6)]
        assert reps == sorted(reps, reverse=True)  # heavier lowerings with fewer reps
        assert all(4 <= r <= 8 for r in reps)
    assert plan.stalls == ()
    bench = work(plan, BENCH)
    assert [str(bench[w].load) for w in (1, 2, 3, 5, 6)] == [
        "92 kg", "96 kg", "99.5 kg", "102 kg", "102.5 kg",
    ]  # fmt: skip


def test_with_2_5_kg_steps_the_curl_stops_rising_and_the_plan_says_so_once() -> None:
    plan = build_program(coach_block(), CLIENT, history=(), setup=PARTNER)
    assert blocking(plan) == []
    bench = [work(plan, BENCH)[w].load for w in (1, 2, 3, 5, 6)]
    assert bench == [kg(90), kg(95), kg(97.5), kg(100), kg(102.5)]
    curl = [work(plan, CURL)[w].load for w in (1, 2, 3, 5, 6)]
    assert curl == [kg(40), kg(42.5), kg(45), kg(47.5), kg(47.5)]
    (stall,) = plan.stalls
    assert (stall.exercise, stall.week, stall.date) == ("barbell-curl", 6, dt.date(2026, 12, 31))
    assert stall.codes == ("NEG201",)
    assert "2 x 4 at 47.5 kg is the largest dose the policy accepts" in stall.reason
    assert "eccentric load 50 kg is above 90 % of the eccentric capacity" in stall.reason
    assert "the rep range's floor (4 reps)" in stall.reason
    assert plan.text().count("Barbell Curl: 2 x 4 at 47.5 kg is the largest dose") == 1


def test_with_a_fixed_rep_count_the_lowering_time_is_the_last_dial_then_progress_stops() -> None:
    plan = build_program(coach_block(reps=8), CLIENT, history=(), setup=PARTNER)
    assert blocking(plan) == []
    bench = work(plan, BENCH)
    assert [bench[w].load for w in (1, 2)] == [kg(90), kg(95)]
    assert str(bench[1].tempo) == "4-0-2-0"
    assert str(bench[2].tempo) == "3-0-2-0"  # 8 lowerings of 3 s allow 95 kg
    assert [s.exercise for s in plan.stalls] == ["bench-press", "barbell-curl"]  # once each
    assert all(s.week == 3 for s in plan.stalls)
    assert "the fastest lowering the policy accepts (3 s, NEG501)" in plan.stalls[0].reason


def test_the_ramp_resumes_after_the_deload_from_where_it_was() -> None:
    # Loads the policy accepts as asked, on 1 kg steps: the ramp's own overloads show. The
    # ramp counts training weeks: after the deload (week 4) comes its fourth step, +40 %.
    light = neg.Athlete("light", training_age_years=3, concentric_1rm={"barbell-curl": kg(80)})
    ramp = Deload(base=EccentricRamp(start=0.25, end=0.5, weeks=6))
    slot = ProgramSlot(
        prescription=neg.Prescription(
            CURL,
            method="partner_assisted",
            sets=1,
            reps=6,
            fraction_1rm=0.5,
            overload=0.25,
            tempo="4-0-2-0",
            rest=180,
        ),
        progression=ramp,
    )
    program = Program(name="P", weeks=7, days=(0,), slots=[slot], start=MONDAY)
    plan = build_program(program, light, history=(), setup=PARTNER, primer=False, gym=FRACTIONAL)
    assert plan.adjustments == ()
    assert [s.sets[0].load for s in plan.sessions] == [
        kg(50), kg(52), kg(54), kg(24), kg(56), kg(58), kg(60),
    ]  # fmt: skip
    overloads = [present(s.sets[0].prescription).overload for s in plan.sessions]
    assert overloads[3] is None  # the deload: no overload
    assert [o for o in overloads if o is not None] == pytest.approx(
        [0.25, 0.30, 0.35, 0.40, 0.45, 0.50]
    )
    assert [ramp.training_week(w) for w in range(7)] == [0, 1, 2, 2, 3, 4, 5]


# -- safe by construction ---------------------------------------------------------------------


def test_a_first_exposure_gets_a_primer_of_its_own_two_to_seven_days_before() -> None:
    plan = build_program(coach_block(), CLIENT, history=(), setup=PARTNER)
    primers = [s for s in plan.sessions if s.name == "Negatives block primer"]
    assert [s.date for s in primers] == [dt.date(2026, 11, 19), MONDAY]  # Thu, then Mon
    heavy = {s.date: s for s in plan.sessions if "primer" not in s.name}
    bench_primer, curl_primer = primers
    assert primer.is_primer(bench_primer, heavy[MONDAY], muscle="chest")
    assert primer.is_primer(curl_primer, heavy[MONDAY + dt.timedelta(days=3)], muscle="biceps")
    for session, first in ((bench_primer, MONDAY), (curl_primer, MONDAY + dt.timedelta(days=3))):
        (item,) = session.sets
        assert item.method is neg.Method.TEMPO_ECCENTRIC
        heavy_volume = present(primer.overload_volume(heavy[first], item.exercise.muscles[0]))
        volume = present(primer.eccentric_volume(session, item.exercise.muscles[0]))
        share = volume.kg / heavy_volume.kg
        assert 0.10 <= share <= 0.15 + 1e-9  # Huang et al. 2019's dose
    assert "NEG304" not in plan.report.codes()


def test_without_a_primer_the_report_asks_for_one() -> None:
    plan = build_program(coach_block(), CLIENT, history=(), setup=PARTNER, primer=False)
    assert not any("primer" in s.name for s in plan.sessions)
    assert plan.report.codes() == ("NEG304",)


def test_history_with_recent_eccentric_work_needs_no_primer() -> None:
    first = build_program(coach_block(), CLIENT, history=(), setup=PARTNER)
    done = [s for s in first.sessions if s.date <= MONDAY + dt.timedelta(days=3)]
    again = build_program(coach_block(), CLIENT, history=done, setup=PARTNER)
    assert not any("primer" in s.name for s in again.sessions)
    assert blocking(again) == []


def test_what_cannot_be_planned_around_is_listed_up_front() -> None:
    novice = attrs.evolve(CLIENT, training_age_years=0.5)
    plan = build_program(coach_block(), novice, history=(), setup=None)
    codes = [limit.code for limit in plan.limits]
    assert "NEG101" in codes
    messages = " ".join(limit.message for limit in plan.limits)
    assert "0.5 years of training" in messages
    assert "no setup" in messages
    assert blocking(plan) == []  # every remaining finding is one listed up front
    assert {f.code for f in plan.report.findings} == {"NEG101"}
    assert plan.text().startswith("cannot plan around:\n  - coach-client has 0.5 years")


def test_unknown_history_and_no_partner_maximum_are_listed() -> None:
    plan = build_program(coach_block(), CLIENT, setup=neg.Setup(spotters=2))
    messages = [limit.message for limit in plan.limits]
    assert any(m.startswith("no history") for m in messages)
    assert any("partner's maximum help is not recorded" in m for m in messages)
    assert all(isinstance(limit, Limit) for limit in plan.limits)


def test_an_overload_on_days_too_close_becomes_tempo_eccentrics() -> None:
    # Bench on Monday and Tuesday: the second overload session for the chest is 1 day later.
    slots = [negatives_slot(BENCH), attrs.evolve(negatives_slot(BENCH), day=1)]
    program = Program(name="Close", weeks=1, days=(0, 1), slots=slots, start=MONDAY)
    plan = build_program(program, CLIENT, history=(), setup=PARTNER)
    assert blocking(plan) == []
    tuesday = next(s for s in plan.sessions if s.date == MONDAY + dt.timedelta(days=1))
    assert {item.method for item in tuesday.sets} == {neg.Method.TEMPO_ECCENTRIC}
    adjustment = next(a for a in plan.adjustments if a.date == tuesday.date)
    assert "NEG302" in adjustment.codes
    assert adjustment.changes[0].startswith("tempo eccentrics at")


# -- plans that explain themselves ------------------------------------------------------------


def test_the_partners_help_is_rounded_to_what_a_spotter_can_judge() -> None:
    plan = build_program(coach_block(), CLIENT, history=(), setup=PARTNER)
    for item in work(plan, BENCH).values():
        helps = [present(rep.assistance) for rep in present(item.rep_detail)]
        assert all(h.value % 2.5 == 0 for h in helps), helps
        assert helps == sorted(helps)  # more help as the athlete tires
    finer = build_program(coach_block(), CLIENT, history=(), setup=PARTNER, help_step=kg(1))
    finer_kg = [present(rep.assistance).value for rep in present(work(finer, BENCH)[1].rep_detail)]
    assert all(h == int(h) for h in finer_kg)
    assert any(h % 2.5 for h in finer_kg)


def test_every_planned_set_explains_itself_fully() -> None:
    plan = build_program(coach_block(), CLIENT, history=(), setup=PARTNER)
    item = work(plan, BENCH)[2]
    text = neg.overload.explain(item)
    assert text.startswith("Partner-assisted negatives: Barbell Bench Press, 7 reps at 95 kg")
    for expected in (
        "concentric 1RM: 110 kg (the athlete's 1RM)",
        "working load: 88 kg; overload +8 %",
        "eccentric capacity for these reps and tempo:",
        "eccentric 1RM estimate, one rep:",
        "category: submaximal",
        "partner's help per rep: 7.5, 12.5, 12.5, 15, 17.5, 20, 22.5 kg",
        "partner's maximum: 60 kg (within)",
        "Kelly et al. 2015",
        "the seed article",
        "the policy allows up to 90 % of it",
        "rounded to 2.5 kg",
    ):
        assert expected in text, expected
    for session in plan.sessions:
        for item in session.sets:
            assert "no calculation recorded" not in neg.overload.explain(item)


def test_the_printout_dates_every_set_and_says_what_was_adapted() -> None:
    plan = build_program(coach_block(), CLIENT, history=(), setup=PARTNER)
    text = plan.text()
    assert "Mon 2026-11-30  Negatives block W2D1" in text
    assert "Barbell Bench Press: 2 x 7 at 95 kg, tempo 4-0-2-0, partner-assisted +8 %" in text
    assert "partner helps 7.5, 12.5, 12.5, 15, 17.5, 20, 22.5 kg (rep by rep)" in text
    assert "adapted: load 115 kg -> 95 kg; reps 8 -> 7 (NEG201, NEG401: eccentric load" in text
    assert text.index("Thu 2026-11-19") < text.index("Mon 2026-11-23")
    adjustment = plan.adjustments[0]
    assert adjustment.week == 1
    assert adjustment.date == MONDAY
    assert adjustment.reason.startswith("eccentric load 110 kg is above 90 %")


def test_a_plan_with_limits_and_stalls_round_trips_through_json() -> None:
    plan = build_program(coach_block(), CLIENT, history=(), setup=PARTNER)
    assert plan.stalls
    assert plan.limits
    assert neg.from_json(neg.to_json(plan), ProgramPlan) == plan
    assert all(isinstance(s, Stall) for s in plan.stalls)


# -- the search -------------------------------------------------------------------------------


def test_a_linear_progression_the_policy_caps_climbs_with_fewer_reps() -> None:
    slot = ProgramSlot(
        prescription=neg.Prescription(
            BENCH,
            method="partner_assisted",
            sets=2,
            reps=(5, 8),
            fraction_1rm=0.8,
            overload=0.0,
            tempo="4-0-2-0",
            rest=180,
        ),
        progression=Linear(),
    )
    program = Program(name="P", weeks=5, days=(0,), slots=[slot], start=MONDAY)
    plan = build_program(program, CLIENT, history=(), setup=PARTNER)
    loads = [s.sets[0].load for s in plan.sessions if "primer" not in s.name]
    assert loads == sorted(loads)
    assert len(set(loads)) == len(loads)


def test_a_double_progression_without_answers_stays_and_is_not_a_stall() -> None:
    slot = ProgramSlot(
        prescription=neg.Prescription(CURL, sets=3, reps=(8, 10), fraction_1rm=0.7),
        progression=Double(),
    )
    program = Program(name="P", weeks=3, days=(0,), slots=[slot], start=MONDAY)
    plan = build_program(program, CLIENT, history=())
    assert plan.adjustments == ()
    assert plan.stalls == ()
    assert plan.limits == ()


def test_the_search_stays_cheap(monkeypatch: pytest.MonkeyPatch) -> None:
    # Counted, not timed: how many times the policy is run for the coach's block.
    calls = 0
    real = neg.safety.check

    def counting(*args: Any, **kwargs: Any) -> neg.safety.Report:
        nonlocal calls
        calls += 1
        return real(*args, **kwargs)

    import negatives.progressions._build as build

    monkeypatch.setattr(build, "check", counting)
    build_program(coach_block(), CLIENT, history=(), setup=PARTNER)
    assert calls < 15 * 10  # 10 sessions with overload: a handful of trials each


def test_bad_builder_options_are_refused() -> None:
    with pytest.raises(TypeError, match="primer must be True or False"):
        build_program(coach_block(), CLIENT, history=(), primer="yes")  # type: ignore[arg-type]  # the error is the point
    with pytest.raises(TypeError, match="help_step must be a Load"):
        build_program(coach_block(), CLIENT, history=(), help_step=2.5)  # type: ignore[arg-type]  # the error is the point
    with pytest.raises(neg.ValidationError, match="help_step: must be above 0"):
        build_program(coach_block(), CLIENT, history=(), help_step=kg(0))

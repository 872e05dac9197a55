"""`build_program`'s machinery (`_build`): starting loads, 1RMs from the log, no athlete."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

import negatives as neg
from negatives.errors import ValidationError
from negatives.progressions import Linear, Program, ProgramSlot, build_program
from negatives.progressions._build import _lookback, _working_load
from negatives.safety import Context, Finding, Policy, Severity

kg = neg.kg
MONDAY = dt.date(2026, 11, 23)
CURL = neg.catalog.lookup("barbell-curl")
BENCH = neg.catalog.lookup("bench-press")
SETUP = neg.Setup(spotters=2, safety_arms=True)


def _program(*slots: ProgramSlot, weeks: int = 1) -> Program:
    return Program(name="P", weeks=weeks, slots=list(slots), start=MONDAY)


def _curls_done(weeks_ago: int, load: float = 40.0) -> neg.Session:
    day = MONDAY - dt.timedelta(weeks=weeks_ago)
    return neg.Session(day, sets=[neg.Set(CURL, reps=8, load=kg(load))] * 3)


def test_a_slot_with_neither_a_load_nor_a_fraction_is_refused() -> None:
    slot = ProgramSlot(prescription=neg.Prescription(CURL, sets=3, reps=8))
    with pytest.raises(ValidationError, match="neither a load nor a fraction of 1RM"):
        build_program(_program(slot), None, history=())


def test_the_working_load_is_unknown_without_a_load() -> None:
    assert _working_load(neg.Prescription(CURL, sets=3, reps=8)) is None
    overloaded = neg.Prescription(
        BENCH, method="negative_only", sets=2, reps=3, load=kg(120), overload=0.2
    )
    working = _working_load(overloaded)
    assert working is not None
    assert working.isclose(kg(100), abs_tol=1e-9)


def test_the_lookback_is_all_history_when_a_history_rule_has_no_number() -> None:
    standard = Policy.preset("standard")
    days = _lookback(standard)
    assert days is not None
    assert days >= 7
    longer = _lookback(standard.with_params("NEG304", gap_days=60))
    assert longer is not None
    assert longer > days
    # A parameter that is not a number: how far the rule reads is unknown, so all of it.
    assert _lookback(standard.with_params("NEG304", gap_days="three weeks")) is None
    assert _lookback(standard.with_params("NEG305", weeks=True)) is None


def test_a_missing_1rm_is_estimated_from_the_log() -> None:
    slot = ProgramSlot(prescription=neg.Prescription(CURL, sets=3, reps=8, fraction_1rm=0.7))
    athlete = neg.Athlete("a", training_age_years=3)  # no tested 1RM
    plan = build_program(
        _program(slot), athlete, history=[_curls_done(2), _curls_done(1)], primer=False
    )
    first = plan.sessions[0].sets[0]
    assert first.prescription is not None
    assert first.prescription.basis is not None
    basis = first.prescription.basis
    assert basis.one_rep_max is not None
    assert 45 < basis.one_rep_max.kg < 55
    assert "estimated 1RM" in basis.one_rep_max_source
    assert first.load == kg(35)  # 70 % of about 50 kg, rounded down to the plates


def test_a_log_without_the_exercise_gives_no_1rm() -> None:
    slot = ProgramSlot(prescription=neg.Prescription(CURL, sets=3, reps=8, fraction_1rm=0.7))
    athlete = neg.Athlete("a", training_age_years=3)
    bench = neg.Session(MONDAY - dt.timedelta(days=7), sets=[neg.Set(BENCH, reps=8, load=kg(60))])
    with pytest.raises(ValidationError, match="there is no 1RM for 'barbell-curl'"):
        build_program(_program(slot), athlete, history=[bench])


def test_a_program_is_built_without_an_athlete_or_a_history() -> None:
    slot = ProgramSlot(
        prescription=neg.Prescription(CURL, sets=3, reps=8, load=kg(30)), progression=Linear()
    )
    plan = build_program(_program(slot, weeks=2), None, history=None)
    assert [s.date for s in plan.sessions] == [MONDAY, MONDAY + dt.timedelta(weeks=1)]
    assert [s.sets[0].load for s in plan.sessions] == [kg(30), kg(32.5)]
    assert plan.limits == ()  # no overload: nothing to say about the athlete


def test_weight_releasers_on_the_first_rep_only_allow_a_heavier_lowering() -> None:
    athlete = neg.Athlete("a", training_age_years=5, concentric_1rm={"bench-press": kg(100)})
    prescription = neg.Prescription(
        BENCH, method="accentuated_eccentric", sets=2, reps=5, fraction_1rm=0.8, overload=0.6,
        tempo="3-0-1-0",
    )  # fmt: skip
    loads = {}
    for releasers in ("first", "every"):
        slot = ProgramSlot(prescription=prescription, releasers=releasers)
        plan = build_program(_program(slot), athlete, history=(), setup=SETUP, primer=False)
        (adjustment,) = plan.adjustments
        assert adjustment.codes == ("NEG201",)  # 128 kg is above the eccentric capacity
        loads[releasers] = plan.sessions[0].sets[0].load
    # One heavy lowering a set (the releasers fall off on the first) against five.
    assert loads["first"] > loads["every"]


class _NoRule:
    """A user rule that finds nothing."""

    code = "ACME900"
    name = "nothing"
    summary = "Finds nothing."
    severity = Severity.INFO
    citation = "none"
    confidence = "low"
    parameters: dict[str, object] = {}

    def check(self, context: object) -> Iterator[Finding]:
        yield from ()


def test_a_user_rule_may_read_all_of_the_history() -> None:
    assert _lookback(Policy.preset("standard").with_rule(_NoRule())) is None  # type: ignore[arg-type]


def test_a_nordic_slot_without_a_load_is_bodyweight() -> None:
    nordic = neg.catalog.lookup("nordic-curl")
    slot = ProgramSlot(prescription=neg.Prescription(nordic, sets=2, reps=5))
    athlete = neg.Athlete("a", training_age_years=3, bodyweight=kg(80))
    plan = build_program(_program(slot), athlete, history=(), primer=False)
    assert [item.load for item in plan.sessions[0].sets] == [kg(0), kg(0)]


VETERAN = neg.Athlete("v", training_age_years=5, concentric_1rm={"bench-press": kg(100)})


def _negatives(tempo: str, day: int = 0) -> ProgramSlot:
    prescription = neg.Prescription(
        BENCH, method="negative_only", sets=2, reps=5, fraction_1rm=0.9, overload=0.1,
        tempo=tempo,
    )  # fmt: skip
    return ProgramSlot(prescription=prescription, day=day)


def test_overload_refused_for_its_spacing_becomes_tempo_eccentrics_of_four_seconds() -> None:
    program = Program(
        name="P", weeks=1, days=(0, 1), slots=[_negatives("3-0-1-0", 0), _negatives("3-0-1-0", 1)],
        start=MONDAY,
    )  # fmt: skip
    plan = build_program(program, VETERAN, history=(), setup=SETUP, primer=False)
    monday, tuesday = plan.sessions
    assert {item.method for item in monday.sets} == {neg.Method.NEGATIVE_ONLY}
    assert {item.method for item in tuesday.sets} == {neg.Method.TEMPO_ECCENTRIC}
    assert {str(item.tempo) for item in tuesday.sets} == {"4-0-1-0"}  # 3 s raised to 4 s
    assert {item.load for item in tuesday.sets} == {kg(90)}  # the working load, no overload
    spaced = [a for a in plan.adjustments if a.date == tuesday.date]
    assert [(a.codes, a.changes) for a in spaced] == [(("NEG302",), ("tempo eccentrics at 90 kg",))]
    assert not [f for f in plan.report.findings if f.code == "NEG302"]


class _LightBenchOnly:
    """A user rule: no bench press heavier than 57.5 kg (say, a shoulder on the mend)."""

    code = "ACME903"
    name = "light-bench-only"
    summary = "Heavy bench press."
    severity = Severity.WARNING
    citation = "the athlete's physiotherapist"
    confidence = "low"
    parameters: dict[str, object] = {}

    def check(self, context: Context) -> Iterator[Finding]:
        for ref in context.sets():
            if ref.item.exercise.id == "bench-press" and ref.item.load > kg(57.5):
                yield context.finding("no bench press above 57.5 kg", loc=ref.loc)


def test_a_refusal_no_load_clears_is_planned_at_the_lightest_load_and_said() -> None:
    # NEG501 refuses a 1-s lowering at any load, and the user's rule every load above 57.5 kg,
    # the lightest load searched: the plan is at it, and says so.
    policy = Policy.preset("standard").with_rule(_LightBenchOnly())  # type: ignore[arg-type]
    program = _program(_negatives("1-0-1-0"))
    plan = build_program(program, VETERAN, history=(), setup=SETUP, primer=False, policy=policy)
    (session,) = plan.sessions
    assert [item.load for item in session.sets] == [kg(57.5), kg(57.5)]
    (adjustment,) = plan.adjustments
    assert adjustment.codes == ("NEG501",)
    assert adjustment.changes == ("load 97.5 kg -> 57.5 kg",)
    dated = [limit for limit in plan.limits if limit.date == MONDAY]
    assert [limit.code for limit in dated] == ["NEG501"]
    assert "even 57.5 kg, the lightest load searched, is refused" in dated[0].message
    assert any(f.code == "NEG501" for f in plan.report.findings)  # flagged, not hidden


def test_a_refusal_no_load_clears_keeps_the_heaviest_load_nothing_else_refuses() -> None:
    # 97.5 kg is refused by NEG201 too; 92.5 kg only by NEG501, which refuses every load: the
    # plan keeps 92.5 kg (it used to drop to 57.5 kg, the lightest load searched).
    plan = build_program(
        _program(_negatives("1-0-1-0")), VETERAN, history=(), setup=SETUP, primer=False
    )
    (session,) = plan.sessions
    assert [item.load for item in session.sets] == [kg(92.5), kg(92.5)]
    (adjustment,) = plan.adjustments
    assert (adjustment.changes, adjustment.codes) == (("load 97.5 kg -> 92.5 kg",), ("NEG201",))
    (limit,) = [limit for limit in plan.limits if limit.date == MONDAY]
    assert limit.code == "NEG501"
    assert limit.message.startswith(
        "Barbell Bench Press from Mon 2026-11-23: refused at every load searched (NEG501: "
    )
    assert limit.message.endswith("planned at 92.5 kg, the heaviest load nothing else refuses, "
                                  "the report flags it")  # fmt: skip
    assert any(f.code == "NEG501" for f in plan.report.findings)


def test_partner_help_is_left_unknown_without_a_1rm() -> None:
    prescription = neg.Prescription(
        BENCH, method="partner_assisted", sets=2, reps=5, load=kg(80), tempo="4-0-1-0"
    )
    athlete = neg.Athlete("a", training_age_years=5)  # no 1RM, no history
    setup = neg.Setup(spotters=2, safety_arms=True, partner_max_assist=kg(60))
    slot = ProgramSlot(prescription=prescription)
    plan = build_program(_program(slot), athlete, history=(), setup=setup, primer=False)
    first = plan.sessions[0].sets[0]
    assert first.load == kg(80)
    assert first.rep_detail is None  # how much the partner helps each rep is unknown
    assert first.prescription is not None
    assert first.prescription.assistance == ()


def test_a_limit_found_while_planning_is_said_once_per_exercise_and_rule() -> None:
    plan = build_program(
        _program(_negatives("1-0-1-0"), weeks=3), VETERAN, history=(), setup=SETUP, primer=False
    )
    assert len(plan.adjustments) == 3  # every week refused and planned lighter
    dated = [limit for limit in plan.limits if limit.date is not None]
    assert [(limit.code, limit.date) for limit in dated] == [("NEG501", MONDAY)]


def test_without_the_capacity_rule_the_partners_strength_caps_the_load() -> None:
    prescription = neg.Prescription(
        BENCH, method="partner_assisted", sets=2, reps=5, fraction_1rm=0.9, overload=0.2,
        tempo="4-0-1-0",
    )  # fmt: skip
    setup = neg.Setup(spotters=2, safety_arms=True, partner_max_assist=kg(20))
    plan = build_program(
        _program(ProgramSlot(prescription=prescription)), VETERAN, history=(),
        policy=Policy.preset("standard").ignoring("NEG201"), setup=setup, primer=False,
    )  # fmt: skip
    (adjustment,) = plan.adjustments
    assert adjustment.codes == ("NEG203",)
    first = plan.sessions[0].sets[0]
    assert first.load < kg(107.5)
    assert first.rep_detail is not None
    helps = [rep.assistance for rep in first.rep_detail]
    assert all(h is not None and h <= kg(20) for h in helps)
    assert not [f for f in plan.report.findings if f.code == "NEG203"]


def test_a_refused_empty_bar_is_kept_as_asked_and_said() -> None:
    prescription = neg.Prescription(
        BENCH, method="negative_only", sets=2, reps=5, load=kg(20), tempo="1-0-1-0"
    )
    plan = build_program(
        _program(ProgramSlot(prescription=prescription)), VETERAN, history=(), setup=SETUP,
        primer=False,
    )  # fmt: skip
    assert [item.load for item in plan.sessions[0].sets] == [kg(20), kg(20)]
    assert plan.adjustments == ()  # nothing lighter to plan: kept as asked
    dated = [limit for limit in plan.limits if limit.date is not None]
    assert [limit.code for limit in dated] == ["NEG501"]
    assert "even 20 kg, the lightest load searched" in dated[0].message

"""The per-set safety rules: NEG201-203 (load), NEG401 (spotting), NEG501-503 (tempo, rest)."""

import datetime as dt
from collections.abc import Iterable

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import negatives as neg
from negatives import catalog, overload
from negatives.safety import (
    BUILTIN_RULES,
    PRESETS,
    BuiltinRule,
    Finding,
    NotChecked,
    ParamValue,
    Policy,
    Report,
    Rule,
    Severity,
    Subject,
    check,
)
from negatives.testing import athletes, sessions, setups, tempos

from .helpers import present

kg = neg.kg
DAY = dt.date(2026, 11, 23)
BENCH = catalog.lookup("bench-press")
CURL = catalog.lookup("barbell-curl")
SQUAT = catalog.lookup("back-squat")
CHIN_UP = catalog.lookup("chin-up")
LEG_PRESS = catalog.lookup("leg-press")
DB_BENCH = catalog.lookup("dumbbell-bench-press")
CODES = ("NEG201", "NEG202", "NEG203", "NEG401", "NEG501", "NEG502", "NEG503")
SPOTTED = neg.Setup(spotters=1)


def only(code: str, **params: ParamValue) -> Policy:
    """A policy that runs ``code`` alone, with its defaults (or ``params``)."""
    policy = Policy(name="only", select=(code,))
    return policy.with_params(code, **params) if params else policy


def run(
    subject: Subject,
    code: str,
    *,
    athlete: neg.Athlete | None = None,
    history: Iterable[neg.Session] | None = None,
    **params: ParamValue,
) -> Report:
    report = check(subject, athlete=athlete, history=history, policy=only(code, **params))
    assert report.rules == (code,)
    assert {f.code for f in report.findings} <= {code}
    assert {n.code for n in report.not_checked} <= {code}
    return report


def lifter(**maxima: float) -> neg.Athlete:
    """A trained athlete with 1RMs (``bench_press=100``) and a bodyweight."""
    return neg.Athlete(
        "kim",
        training_age_years=4,
        concentric_1rm={key.replace("_", "-"): kg(value) for key, value in maxima.items()},
        bodyweight=kg(80),
    )


def session(*sets: neg.Set, setup: neg.Setup | None = SPOTTED, day: dt.date = DAY) -> neg.Session:
    return neg.Session(day, sets=list(sets), setup=setup)


def plan(*sets: neg.Set, setup: neg.Setup | None = SPOTTED) -> tuple[neg.Session, neg.Session]:
    """Two sessions; ``sets`` go second in the second one, after a conventional warm-up set."""
    warmup = neg.Set(CURL, reps=10, load=kg(20), tempo="2-0-1-0", rest=180)
    first = session(warmup, setup=setup)
    second = session(warmup, *sets, setup=setup, day=DAY + dt.timedelta(days=3))
    return (first, second)


def single(report: Report) -> Finding:
    assert len(report.findings) == 1, report.text()
    return report.findings[0]


def note(report: Report, code: str) -> NotChecked:
    assert len(report.not_checked) == 1, report.text()
    item = report.not_checked[0]
    assert item.code == code
    return item


# -- metadata and examples -------------------------------------------------------------------------


@pytest.mark.parametrize("code", CODES)
def test_rules_are_registered_with_their_metadata(code: str) -> None:
    rule = BUILTIN_RULES[code]
    assert isinstance(rule, BuiltinRule)
    assert isinstance(rule, Rule)
    assert rule.code == code
    for text in (rule.name, rule.summary, rule.citation, rule.why, rule.how_to_fix):
        assert text
    assert rule.confidence in rule.why
    assert type(rule).example is not None


@pytest.mark.parametrize("code", CODES)
def test_parameters_are_the_standard_presets(code: str) -> None:
    rule = BUILTIN_RULES[code]
    if code == "NEG502":  # not tuned by the presets
        assert dict(rule.parameters) == {"max_rep_seconds": 10.0}
        assert all(not preset.params_for(code) for preset in PRESETS.values())
        return
    expected = dict(PRESETS["standard"].params_for(code))
    assert dict(rule.parameters) == expected
    for name in ("conservative", "athlete"):
        assert set(PRESETS[name].params_for(code)) == set(expected)


@pytest.mark.parametrize(
    ("code", "severity", "confidence"),
    [
        ("NEG201", Severity.ERROR, "low"),
        ("NEG202", Severity.WARNING, "low"),
        ("NEG203", Severity.ERROR, "low"),
        ("NEG401", Severity.ERROR, "medium"),
        ("NEG501", Severity.WARNING, "low"),
        ("NEG502", Severity.INFO, "medium"),
        ("NEG503", Severity.WARNING, "low"),
    ],
)
def test_severity_and_confidence(code: str, severity: Severity, confidence: str) -> None:
    assert BUILTIN_RULES[code].severity is severity
    assert BUILTIN_RULES[code].confidence == confidence


@pytest.mark.parametrize("code", CODES)
def test_the_example_fires_under_the_standard_preset(code: str) -> None:
    rule = BUILTIN_RULES[code]
    assert isinstance(rule, BuiltinRule)
    make = type(rule).example
    assert make is not None
    example = make()
    policy = attrs.evolve(Policy.preset("standard"), select=(code,))
    for key, value in example.params.items():
        policy = policy.with_params(code, **{key: value})
    report = check(example.subject, athlete=example.athlete, history=example.history, policy=policy)
    assert report.codes() == (code,)
    assert report.findings[0].severity is rule.severity
    assert report.findings[0].fix
    assert not report.not_checked


# -- NEG201 eccentric-load-above-safe --------------------------------------------------------------


def test_neg201_fires_above_90_percent_of_the_eccentric_capacity_for_the_reps() -> None:
    # 6 lowerings (time unknown: 3 s) allow 100 kg x 1.20 x 85 % = 102 kg; 90 % of it: 91.8 kg.
    heavy = neg.Set(BENCH, reps=6, load=kg(120), method="partner_assisted")
    report = run(plan(heavy), "NEG201", athlete=lifter(bench_press=100))
    finding = single(report)
    assert finding.code == "NEG201"
    assert finding.severity is Severity.ERROR
    assert finding.loc == ("sessions", 1, "sets", 1)
    assert finding.message == (
        "eccentric load 120 kg is above 90 % of the eccentric capacity for 6 lowerings "
        "(100 kg x 1.20 x 85 % = 102 kg; lowering time unknown, taken as 3 s): limit 91.8 kg"
    )
    assert finding.ctx["eccentric_load_kg"] == pytest.approx(120)
    assert finding.ctx["capacity_kg"] == pytest.approx(102)
    assert finding.ctx["reps"] == 6
    assert finding.ctx["safety_ratio"] == pytest.approx(1.2)
    assert finding.ctx["fraction"] == pytest.approx(0.9)
    assert finding.ctx["limit_kg"] == pytest.approx(91.8)


def test_neg201_the_example_message_from_the_brief() -> None:
    heavy = overload.partner_assisted_negatives(BENCH, one_rep_max=kg(100), overload=0.5)
    finding = single(run(session(heavy), "NEG201", athlete=lifter(bench_press=100)))
    assert finding.loc == ("sets", 0)
    assert finding.message == (
        "eccentric load 93.1 kg is above 90 % of the eccentric capacity for 8 lowerings of up "
        "to 4 s (100 kg x 1.20 x 77.6 % = 93.1 kg): limit 83.8 kg"
    )


def test_neg201_a_slower_lowering_allows_less() -> None:
    s = neg.Set(BENCH, reps=6, load=kg(90), method="partner_assisted", tempo="3-0-2-0")
    athlete = lifter(bench_press=100)
    assert run(session(s), "NEG201", athlete=athlete).clean  # 90 <= 91.8
    slow = attrs.evolve(s, tempo=neg.Tempo.parse("6-0-2-0"))  # 6 x 1.3 = 7.8 reps: 80.6 %
    finding = single(run(session(slow), "NEG201", athlete=athlete))
    assert finding.ctx["effective_reps"] == pytest.approx(7.8)
    assert finding.ctx["capacity_kg"] == pytest.approx(100 * 1.2 * (0.83 - 0.03 * 0.8))


def test_neg201_does_not_fire_at_or_below_the_limit() -> None:
    at_limit = neg.Set(BENCH, reps=6, load=kg(91.8), method="partner_assisted")
    below = neg.Set(BENCH, reps=6, load=kg(90), method="partner_assisted")
    single_rep = neg.Set(BENCH, reps=1, load=kg(108), method="negative_only")  # 0.9 x 120
    report = run(session(at_limit, below, single_rep), "NEG201", athlete=lifter(bench_press=100))
    assert report.clean


def test_neg201_counts_the_heaviest_lowerings_of_a_set_whose_reps_differ() -> None:
    # Releasers on the first rep: one lowering at 105 kg (within 0.9 x 120 = 108), then 80 kg.
    first = overload.accentuated_eccentric(BENCH, one_rep_max=kg(100), reps=5)
    assert run(session(first), "NEG201", athlete=lifter(bench_press=100)).clean
    # On every rep: five lowerings at 105 kg, against 0.9 x 120 x 87 % = 94 kg.
    every = overload.accentuated_eccentric(
        BENCH, one_rep_max=kg(100), reps=5, releasers="every", allow_above_capacity=True,
        eccentric_fraction=1.05,
    )  # fmt: skip
    finding = single(run(session(every), "NEG201", athlete=lifter(bench_press=100)))
    assert finding.ctx["reps"] == 5


def test_neg201_ignores_sets_without_overload() -> None:
    # 120 kg lifted and lowered: a conventional set (an impossible one), not NEG201's business.
    plain = neg.Set(BENCH, reps=1, load=kg(120))
    tempo = overload.tempo_eccentrics(BENCH, one_rep_max=kg(100))
    assert run(session(plain, tempo), "NEG201", athlete=lifter(bench_press=100)).clean


def test_neg201_machines_allow_more_and_the_policy_fraction_applies() -> None:
    machine = catalog.lookup("leg-extension")  # ratio 1.35 measured; the machine cap is 1.30
    s = neg.Set(machine, reps=6, load=kg(99), method="partner_assisted")
    athlete = lifter(leg_extension=100)
    assert run(session(s), "NEG201", athlete=athlete).clean  # 99 <= 0.9 x 130 x 85 % = 99.45
    finding = single(run(session(s), "NEG201", athlete=athlete, max_fraction_of_eccentric_1rm=0.8))
    assert finding.ctx["limit_kg"] == pytest.approx(0.8 * 130 * 0.85)
    assert finding.ctx["safety_ratio"] == pytest.approx(1.3)


def test_neg201_counts_the_2_1_lowering_on_all_limbs() -> None:
    # 70 % of the two-limb 1RM lowered on one leg: 140 %. Each leg lowers 4 times in 5 s: 4.8
    # reps, 87.6 %: the capacity is 200 kg x 1.30 x 87.6 % = 227.8 kg; 90 % of it, 205 kg.
    s = overload.two_one(LEG_PRESS, one_rep_max=kg(200), fraction=0.7, allow_above_capacity=True)
    finding = single(run(session(s), "NEG201", athlete=lifter(leg_press=200)))
    assert finding.ctx["eccentric_load_kg"] == pytest.approx(280)
    assert finding.ctx["effective_reps"] == pytest.approx(4.8)
    assert finding.ctx["limit_kg"] == pytest.approx(0.9 * 200 * 1.3 * 0.876)


def test_neg201_uses_the_sets_unit_and_convention() -> None:
    # 50 kg dumbbells (per implement) for a 40 kg-per-dumbbell 1RM.
    s = neg.Set(DB_BENCH, reps=6, load=neg.lb(110), method="partner_assisted")
    finding = single(run(session(s), "NEG201", athlete=lifter(dumbbell_bench_press=40)))
    assert finding.message.startswith("eccentric load 110 lb per implement is above")
    # the finding's numbers are kilograms to the gram
    assert finding.ctx["eccentric_load_kg"] == round(110 * 0.45359237, 3)
    assert finding.ctx["limit_kg"] == pytest.approx(40 * 1.2 * 0.85 * 0.9, abs=5e-4)


def test_neg201_not_checked_without_a_1rm() -> None:
    heavy = neg.Set(BENCH, reps=6, load=kg(120), method="partner_assisted")
    report = run(plan(heavy), "NEG201")
    assert not report.findings
    item = note(report, "NEG201")
    assert item.reason == "no 1RM for 'bench-press'"
    assert item.locs == (("sessions", 1, "sets", 1),)


def test_neg201_not_checked_without_a_bodyweight() -> None:
    negatives_ = neg.Set(CHIN_UP, reps=5, load=kg(10), tempo="5-0-X-0", method="negative_only")
    report = run(session(negatives_), "NEG201")
    item = note(report, "NEG201")
    assert "bodyweight" in item.reason
    assert "chin-up" in item.reason
    assert item.locs == (("sets", 0),)
    # with the bodyweight known, what is missing is the 1RM (bodyweight share included)
    report = run(session(negatives_), "NEG201", athlete=lifter())
    assert note(report, "NEG201").reason == "no 1RM for 'chin-up'"
    finding = single(run(session(negatives_), "NEG201", athlete=lifter(chin_up=80)))
    assert finding.ctx["eccentric_load_kg"] == pytest.approx(90)  # 80 kg + 10 kg added
    assert "with the bodyweight share" in finding.message


def test_neg201_a_nordic_curl_without_a_1rm_is_not_checked_and_said_so() -> None:
    nordic = neg.Set(catalog.lookup("nordic-curl"), reps=5, load=kg(0))
    item = note(run(session(nordic), "NEG201", athlete=lifter()), "NEG201")
    assert "eccentric-only" in item.reason
    assert "counted by reps" in item.reason


# -- NEG202 concentric-share-above-capacity --------------------------------------------------------


def flat_help(load: float = 60.0, help_: float = 5.0, reps: int = 8) -> neg.Set:
    """Partner-assisted curls with the same help on every rep."""
    detail = [CURL.rep(kg(load), tempo="4-0-2-0", assistance=kg(help_))] * reps
    return neg.Set(
        CURL,
        reps=reps,
        load=kg(load),
        tempo="4-0-2-0",
        method="partner_assisted",
        rep_detail=detail,
    )


def test_neg202_fires_on_the_first_rep_beyond_capacity() -> None:
    report = run(plan(flat_help()), "NEG202", athlete=lifter(barbell_curl=55))
    finding = single(report)
    assert finding.code == "NEG202"
    assert finding.severity is Severity.WARNING
    assert finding.loc == ("sessions", 1, "sets", 1)
    assert finding.ctx["rep"] == 2
    assert finding.ctx["athlete_concentric_load_kg"] == pytest.approx(55)
    assert finding.ctx["capacity_fraction"] == pytest.approx(0.95)
    assert finding.ctx["limit_kg"] == pytest.approx(52.25)
    assert finding.message.startswith("rep 2: the athlete lifts 55 kg themselves")
    assert "limit 52.2 kg" in finding.message


def test_neg202_effort_parameter_lowers_the_limit() -> None:
    report = run(
        session(flat_help()), "NEG202", athlete=lifter(barbell_curl=55), max_concentric_effort=0.9
    )
    finding = single(report)
    assert finding.ctx["rep"] == 1
    assert finding.ctx["limit_kg"] == pytest.approx(49.5)


def test_neg202_the_partner_model_stays_within_capacity() -> None:
    model = overload.partner_assisted_negatives(CURL, one_rep_max=kg(55), overload=0.5)
    at_capacity = overload.partner_assisted_negatives(
        CURL, one_rep_max=kg(55), overload=0.5, concentric_effort=1.0
    )
    enough = flat_help(help_=25.0)  # the athlete lifts 35 kg: within 70 % of 55 kg
    report = run(session(model, at_capacity, enough), "NEG202", athlete=lifter(barbell_curl=55))
    assert report.clean


def test_neg202_not_checked_when_help_is_not_recorded() -> None:
    logged = neg.Set(CURL, reps=8, load=kg(60), method="partner_assisted")
    report = run(plan(logged), "NEG202", athlete=lifter(barbell_curl=55))
    item = note(report, "NEG202")
    assert item.reason == "partner help not recorded per rep"
    assert item.locs == (("sessions", 1, "sets", 1),)


def test_neg202_not_checked_without_a_1rm() -> None:
    report = run(session(flat_help()), "NEG202")
    item = note(report, "NEG202")
    assert item.reason == "no 1RM for 'barbell-curl'"
    assert item.locs == (("sets", 0),)


# -- NEG203 partner-help-above-max --------------------------------------------------------------


def partner_bench(partner_max: float | None) -> tuple[neg.Set, neg.Setup]:
    setup = neg.Setup(
        spotters=1, partner_max_assist=None if partner_max is None else kg(partner_max)
    )
    # 112 kg for a 100 kg bench (kept above the capacity, 93.1 kg, to test NEG203 alone): help
    # 32, 36, 37.6, 40, 42.4, 44, 45.6, 48 kg
    heavy = overload.partner_assisted_negatives(
        BENCH, one_rep_max=kg(100), overload=0.4, allow_above_capacity=True
    )
    return heavy, setup


def test_neg203_fires_when_the_peak_help_is_above_the_partners_max() -> None:
    s, setup = partner_bench(40)
    finding = single(run(plan(s, setup=setup), "NEG203"))
    assert finding.code == "NEG203"
    assert finding.severity is Severity.ERROR
    assert finding.loc == ("sessions", 1, "sets", 1)
    assert finding.ctx["peak_assistance_kg"] == pytest.approx(48)
    assert finding.ctx["partner_max_assist_kg"] == pytest.approx(40)
    assert finding.ctx["rep"] == 8
    assert finding.ctx["reps_over"] == 4  # rep 4 needs exactly 40 kg: within
    assert finding.message == (
        "the partner must lift up to 48 kg for the athlete (rep 8), more than their maximum "
        "of 40 kg; 4 of 8 reps need more than that"
    )


def test_neg203_a_sets_own_setup_overrides_the_sessions() -> None:
    s, setup = partner_bench(40)
    own = attrs.evolve(s, setup=neg.Setup(spotters=1, partner_max_assist=kg(60)))
    assert run(session(own, setup=setup), "NEG203").clean
    assert single(run(session(s, setup=neg.Setup(partner_max_assist=kg(30))), "NEG203"))


def test_neg203_does_not_fire_within_the_partners_max() -> None:
    s, setup = partner_bench(48)
    assert run(session(s, setup=setup), "NEG203").clean


def test_neg203_ignores_sets_without_help_and_bodyweight_negatives() -> None:
    ael = overload.accentuated_eccentric(BENCH, one_rep_max=kg(100))
    chin = overload.bodyweight_negatives(CHIN_UP, bodyweight=kg(80))
    tempo = overload.tempo_eccentrics(BENCH, one_rep_max=kg(100))
    assert run(session(ael, chin, tempo, setup=None), "NEG203").clean


@pytest.mark.parametrize(
    ("setup", "reason"),
    [
        (None, "no setup given: the partner's maximum help is unknown"),
        (SPOTTED, "the partner's maximum help is not recorded (Setup.partner_max_assist)"),
    ],
)
def test_neg203_not_checked_without_the_partners_max(setup: neg.Setup | None, reason: str) -> None:
    s, _ = partner_bench(None)
    report = run(plan(s, setup=setup), "NEG203")
    item = note(report, "NEG203")
    assert item.reason == reason
    assert item.locs == (("sessions", 1, "sets", 1),)


def test_neg203_not_checked_when_help_is_not_recorded() -> None:
    logged = neg.Set(BENCH, reps=8, load=kg(110), method="partner_assisted")
    report = run(session(logged, setup=neg.Setup(partner_max_assist=kg(40))), "NEG203")
    assert note(report, "NEG203").reason == "partner help not recorded per rep"


# -- NEG401 spotting-high-risk -------------------------------------------------------------------


AEL_BENCH = overload.accentuated_eccentric(BENCH, one_rep_max=kg(100))  # 105 kg down


def test_neg401_fires_for_supramaximal_bench_without_spotters() -> None:
    report = run(
        plan(AEL_BENCH, setup=neg.Setup(releasers=True)), "NEG401", athlete=lifter(bench_press=100)
    )
    finding = single(report)
    assert finding.code == "NEG401"
    assert finding.severity is Severity.ERROR
    assert finding.loc == ("sessions", 1, "sets", 1)
    assert dict(finding.ctx) == {
        "spotters": 0,
        "free_spotters": 0,
        "partner_helps": False,
        "min_spotters": 2,
        "safety_arms": False,
        "arms_count_as_spotter": True,
    }
    assert finding.message == (
        "supramaximal Barbell Bench Press (a high-risk lift) with 0 spotters and no safety "
        "arms: needs 2 spotters free to take the bar, or safety arms and 1 spotter"
    )


def test_neg401_conservative_counts_spotters_not_arms() -> None:
    setup = neg.Setup(spotters=1, safety_arms=True)
    report = run(
        session(AEL_BENCH, setup=setup),
        "NEG401",
        athlete=lifter(bench_press=100),
        min_spotters=2,
        arms_count_as_spotter=False,
    )
    finding = single(report)
    assert finding.ctx["spotters"] == 1
    assert finding.ctx["min_spotters"] == 2
    assert finding.ctx["safety_arms"] is True
    assert "does not count safety arms" in finding.message


@pytest.mark.parametrize(
    ("setup", "fires"),
    [
        (neg.Setup(spotters=2), False),
        (neg.Setup(spotters=1, safety_arms=True), False),
        (neg.Setup(spotters=1), True),  # NSCA: two for heavy benches and squats
        (neg.Setup(safety_arms=True), True),
    ],
)
def test_neg401_two_spotters_or_safety_arms_and_one(setup: neg.Setup, fires: bool) -> None:
    report = run(session(AEL_BENCH, setup=setup), "NEG401", athlete=lifter(bench_press=100))
    assert bool(report.findings) is fires


@pytest.mark.parametrize(
    ("setup", "fires"),
    [
        (neg.Setup(spotters=2), True),  # the partner helps the lift: one free spotter
        (neg.Setup(spotters=2, safety_arms=True), False),
        (neg.Setup(spotters=3), False),
    ],
)
def test_neg401_a_partner_who_helps_the_lift_is_not_a_free_spotter(
    setup: neg.Setup, fires: bool
) -> None:
    # One partner-assisted rep at 107.5 kg for a 100 kg bench: supramaximal.
    single_rep = overload.partner_assisted_negatives(BENCH, one_rep_max=kg(100), reps=1)
    assert present(present(present(single_rep.prescription).basis).category).value == "supramaximal"
    report = run(session(single_rep, setup=setup), "NEG401", athlete=lifter(bench_press=100))
    assert bool(report.findings) is fires
    if fires:
        finding = single(report)
        assert finding.ctx["partner_helps"] is True
        assert finding.ctx["free_spotters"] == 1
        assert "2 spotters, one of whom helps the lift, and no safety arms" in finding.message
        assert "besides the partner who helps the lift" in finding.fix


def test_neg401_ignores_submaximal_sets_and_lower_risk_lifts() -> None:
    submaximal = overload.partner_assisted_negatives(BENCH, one_rep_max=kg(100))  # 84 %
    curl = overload.accentuated_eccentric(CURL, one_rep_max=kg(55))
    athlete = lifter(bench_press=100, barbell_curl=55)
    assert run(session(submaximal, curl, setup=None), "NEG401", athlete=athlete).clean


def test_neg401_not_checked_without_a_setup() -> None:
    report = run(plan(AEL_BENCH, setup=None), "NEG401", athlete=lifter(bench_press=100))
    item = note(report, "NEG401")
    assert item.reason == "no setup given: spotters and safety arms unknown"
    assert item.locs == (("sessions", 1, "sets", 1),)


def test_neg401_not_checked_for_an_unmapped_exercise() -> None:
    mystery = neg.Exercise("cambered-bar-press", "Cambered Bar Press", muscles=["chest"])
    s = overload.accentuated_eccentric(mystery, one_rep_max=kg(100))
    report = run(session(s, setup=None), "NEG401", athlete=lifter(cambered_bar_press=100))
    item = note(report, "NEG401")
    assert "'cambered-bar-press'" in item.reason
    assert "risk class" in item.reason


def test_neg401_not_checked_without_a_1rm() -> None:
    logged = neg.Set(BENCH, reps=6, load=kg(110), method="partner_assisted")
    report = run(session(logged, setup=None), "NEG401")
    item = note(report, "NEG401")
    assert item.reason == "no 1RM for 'bench-press': cannot tell whether the set is supramaximal"


# -- NEG501 fast-lowering --------------------------------------------------------------------------


def test_neg501_fires_for_partner_negatives_lowered_in_2_s() -> None:
    rushed = overload.partner_assisted_negatives(CURL, one_rep_max=kg(55), tempo="2-0-2-0")
    finding = single(run(plan(rushed), "NEG501"))
    assert finding.code == "NEG501"
    assert finding.severity is Severity.WARNING
    assert finding.loc == ("sessions", 1, "sets", 1)
    assert finding.ctx["eccentric_seconds"] == pytest.approx(2)
    assert finding.ctx["min_eccentric_seconds"] == pytest.approx(3)
    assert finding.ctx["explosive"] is False
    assert finding.message == (
        "partner-assisted negatives lowered in 2 s per rep (tempo 2-0-2-0): a controlled "
        "negative takes at least 3 s"
    )


def test_neg501_an_explosive_lowering_is_fast() -> None:
    dropped = overload.negative_only(BENCH, one_rep_max=kg(100), tempo="X-0-1-0")
    finding = single(run(session(dropped), "NEG501"))
    assert finding.ctx["explosive"] is True
    assert "explosively (X)" in finding.message
    # ... whatever the threshold
    assert single(run(session(dropped), "NEG501", min_eccentric_seconds=0.5))


def test_neg501_does_not_fire_for_controlled_or_exempt_sets() -> None:
    three = overload.partner_assisted_negatives(CURL, one_rep_max=kg(55), tempo="3-0-2-0")
    ael = overload.accentuated_eccentric(BENCH, one_rep_max=kg(100), tempo="1-0-1-0")
    plain = neg.Set(CURL, reps=10, load=kg(30), tempo="1-0-1-0")
    chin = overload.bodyweight_negatives(CHIN_UP, bodyweight=kg(80))  # 5 s down
    assert run(session(three, ael, plain, chin), "NEG501").clean
    two = overload.partner_assisted_negatives(CURL, one_rep_max=kg(55), tempo="2-0-2-0")
    assert run(session(two), "NEG501", min_eccentric_seconds=2.0).clean


def test_neg501_not_checked_without_a_tempo() -> None:
    logged = neg.Set(CURL, reps=8, load=kg(60), method="partner_assisted")
    report = run(plan(logged), "NEG501")
    item = note(report, "NEG501")
    assert item.reason == "tempo not recorded"
    assert item.locs == (("sessions", 1, "sets", 1),)


# -- NEG502 long-rep -------------------------------------------------------------------------------


def test_neg502_fires_for_reps_longer_than_10_s() -> None:
    slow = overload.tempo_eccentrics(CURL, one_rep_max=kg(55), tempo="8-1-2-1")
    finding = single(run(plan(slow), "NEG502"))
    assert finding.code == "NEG502"
    assert finding.severity is Severity.INFO
    assert finding.loc == ("sessions", 1, "sets", 1)
    assert finding.ctx["rep_seconds"] == pytest.approx(12)
    assert finding.ctx["max_rep_seconds"] == pytest.approx(10)
    assert finding.message.startswith("reps take 12 s (tempo 8-1-2-1): above 10 s per rep")


def test_neg502_does_not_fire_at_10_s() -> None:
    ten = overload.tempo_eccentrics(CURL, one_rep_max=kg(55), tempo="6-1-2-1")
    assert run(session(ten), "NEG502").clean
    assert single(run(session(ten), "NEG502", max_rep_seconds=8.0)).ctx["rep_seconds"] == 10


def test_neg502_not_checked_without_a_tempo_in_one_note() -> None:
    logged = neg.Set(CURL, reps=8, load=kg(40))
    report = run((session(logged, logged), session(logged)), "NEG502")
    assert not report.findings
    item = note(report, "NEG502")
    assert item.reason == "tempo not recorded"
    assert item.locs == (
        ("sessions", 0, "sets", 0),
        ("sessions", 0, "sets", 1),
        ("sessions", 1, "sets", 0),
    )


# -- NEG503 short-rest-supramaximal ---------------------------------------------------------------


AEL_SQUAT = overload.accentuated_eccentric(SQUAT, one_rep_max=kg(140))  # 147 kg down


def test_neg503_fires_for_short_rest_between_supramaximal_sets() -> None:
    short = attrs.evolve(AEL_SQUAT, rest=90.0)
    report = run(plan(short, AEL_SQUAT), "NEG503", athlete=lifter(back_squat=140))
    finding = single(report)
    assert finding.code == "NEG503"
    assert finding.severity is Severity.WARNING
    assert finding.loc == ("sessions", 1, "sets", 1)
    assert finding.ctx["rest_seconds"] == pytest.approx(90)
    assert finding.ctx["min_rest_seconds"] == pytest.approx(120)
    assert finding.ctx["next_set"] == 2
    assert finding.message == (
        "90 s of rest before the next supramaximal set: rest at least 2 min between "
        "supramaximal sets"
    )


def test_neg503_does_not_fire_with_enough_rest_or_no_supramaximal_set_next() -> None:
    athlete = lifter(back_squat=140)
    rested = attrs.evolve(AEL_SQUAT, rest=120.0)
    short = attrs.evolve(AEL_SQUAT, rest=30.0)
    tempo = overload.tempo_eccentrics(SQUAT, one_rep_max=kg(140))
    assert run(session(rested, AEL_SQUAT), "NEG503", athlete=athlete).clean
    assert run(session(short, tempo, AEL_SQUAT), "NEG503", athlete=athlete).clean
    # the last set of a session, even before a supramaximal set the next session
    assert run((session(short), session(AEL_SQUAT)), "NEG503", athlete=athlete).clean
    # the conservative preset asks for 3 min
    assert single(
        run(session(rested, AEL_SQUAT), "NEG503", athlete=athlete, min_rest_seconds=180.0)
    )


def test_neg503_not_checked_without_the_rest() -> None:
    report = run(plan(AEL_SQUAT, AEL_SQUAT), "NEG503", athlete=lifter(back_squat=140))
    item = note(report, "NEG503")
    assert item.reason == "rest after a supramaximal set not recorded"
    assert item.locs == (("sessions", 1, "sets", 1),)


def test_neg503_not_checked_without_a_1rm() -> None:
    logged = neg.Set(SQUAT, reps=3, load=kg(150), method="partner_assisted", rest=60)
    report = run(session(logged, logged), "NEG503")
    item = note(report, "NEG503")
    assert item.reason == ("no 1RM for 'back-squat': cannot tell whether the sets are supramaximal")
    assert item.locs == (("sets", 0),)


# -- properties ------------------------------------------------------------------------------------


CATALOG = catalog.exercises()
LOADED = [e for e in CATALOG if overload.bar_loaded(e)]
maxima = st.floats(min_value=10, max_value=300).map(kg)


@given(
    exercise=st.sampled_from(LOADED),
    one_rm=maxima,
    reps=st.integers(min_value=1, max_value=12),
    tempo=tempos(),
    rest=st.none() | st.floats(min_value=0, max_value=600),
    setup=st.none() | setups(),
    bodyweight=st.none() | st.floats(min_value=40, max_value=150).map(kg),
    preset=st.sampled_from(sorted(PRESETS)),
)
def test_tempo_eccentrics_never_trigger_the_overload_rules(
    exercise: neg.Exercise,
    one_rm: neg.Load,
    reps: int,
    tempo: neg.Tempo,
    rest: float | None,
    setup: neg.Setup | None,
    bodyweight: neg.Load | None,
    preset: str,
) -> None:
    s = attrs.evolve(
        overload.tempo_eccentrics(exercise, one_rep_max=one_rm, reps=reps, tempo=tempo),
        rest=rest,
    )
    athlete = neg.Athlete(
        "t", training_age_years=0.2, concentric_1rm={exercise.id: one_rm}, bodyweight=bodyweight
    )
    codes = ("NEG201", "NEG202", "NEG203", "NEG401", "NEG501", "NEG503")
    policy = attrs.evolve(PRESETS[preset], select=codes)
    report = check(session(s, s, s, setup=setup), athlete=athlete, history=(), policy=policy)
    assert not report.findings, report.text()


@given(exercise=st.sampled_from(LOADED), one_rm=maxima)
def test_default_partner_negatives_give_no_error(exercise: neg.Exercise, one_rm: neg.Load) -> None:
    s = overload.partner_assisted_negatives(exercise, one_rep_max=one_rm)
    athlete = neg.Athlete("p", training_age_years=3, concentric_1rm={exercise.id: one_rm})
    policy = attrs.evolve(PRESETS["standard"], select=CODES)
    report = check(session(s, setup=neg.Setup(spotters=1)), athlete=athlete, policy=policy)
    assert not report.at_least(Severity.ERROR), report.text()


@settings(max_examples=30)
@given(subject=sessions(), athlete=st.none() | athletes())
def test_the_rules_check_any_session_without_crashing(
    subject: neg.Session, athlete: neg.Athlete | None
) -> None:
    report = check(subject, athlete=athlete, policy=Policy(select=CODES))
    assert set(report.rules) == set(CODES)
    for finding in report.findings:
        assert finding.code in CODES
        assert finding.message
        assert finding.loc[:1] == ("sets",)


@pytest.mark.parametrize(
    ("setup", "expected"),
    [
        # The table in docs/concepts/safety.md: conservative, standard, athlete.
        (neg.Setup(spotters=1), (True, True, True)),
        (neg.Setup(spotters=2), (True, True, False)),
        (neg.Setup(spotters=2, safety_arms=True), (True, False, False)),
        (neg.Setup(spotters=3), (False, False, False)),
    ],
)
def test_neg401_the_presets_side_by_side(
    setup: neg.Setup, expected: tuple[bool, bool, bool]
) -> None:
    single_rep = overload.partner_assisted_negatives(BENCH, one_rep_max=kg(100), reps=1)
    for name, refused in zip(("conservative", "standard", "athlete"), expected, strict=True):
        policy = attrs.evolve(PRESETS[name], select=("NEG401",))
        report = check(session(single_rep, setup=setup), athlete=lifter(bench_press=100),
                       policy=policy)  # fmt: skip
        assert bool(report.findings) is refused, (name, setup)

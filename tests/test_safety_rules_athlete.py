"""NEG101-NEG104: training age, minors, screening flags, readiness check-ins."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import attrs
import pytest

import negatives as neg
from negatives import catalog, overload
from negatives.safety import (
    BUILTIN_RULES,
    PRESETS,
    BuiltinRule,
    ParamValue,
    Policy,
    Report,
    Severity,
    Subject,
    check,
)

kg = neg.kg
DAY = dt.date(2026, 11, 23)
BENCH = catalog.lookup("bench-press")
CURL = catalog.lookup("barbell-curl")
SQUAT = catalog.lookup("back-squat")
LEG_PRESS = catalog.lookup("leg-press")
CHIN_UP = catalog.lookup("chin-up")
NORDIC = catalog.lookup("nordic-curl")
CODES = ("NEG101", "NEG102", "NEG103", "NEG104")

#: 105 % of a 100 kg bench on the first rep: supramaximal, within the load rules.
SUPRA = overload.accentuated_eccentric(BENCH, one_rep_max=kg(100))
#: Partner-assisted bench negatives within 90 % of the capacity: submaximal (84 %).
SUB = overload.partner_assisted_negatives(BENCH, one_rep_max=kg(100))
TEMPO = overload.tempo_eccentrics(BENCH, one_rep_max=kg(100))


def athlete(**kwargs: object) -> neg.Athlete:
    kwargs.setdefault("training_age_years", 4)
    kwargs.setdefault("concentric_1rm", {"bench-press": kg(100), "chin-up": kg(70)})
    kwargs.setdefault("bodyweight", kg(80))
    return neg.Athlete("kim", **kwargs)  # type: ignore[arg-type]


def session(*sets: neg.Set, day: dt.date = DAY) -> neg.Session:
    return neg.Session(day, sets=list(sets), setup=neg.Setup(spotters=3))


def run(
    subject: Subject,
    code: str,
    *,
    athlete: neg.Athlete | None = None,
    history: Iterable[neg.Session] | None = (),
    **params: ParamValue,
) -> Report:
    policy = Policy(name="only", select=(code,))
    if params:
        policy = policy.with_params(code, **params)
    report = check(subject, athlete=athlete, history=history, policy=policy)
    assert {f.code for f in report.findings} <= {code}
    return report


@pytest.mark.parametrize("code", CODES)
def test_rules_are_registered_documented_and_tuned_by_the_presets(code: str) -> None:
    rule = BUILTIN_RULES[code]
    assert isinstance(rule, BuiltinRule)
    for text in (rule.name, rule.summary, rule.citation, rule.why, rule.how_to_fix):
        assert text
    assert rule.confidence in rule.why
    assert dict(rule.parameters) == dict(PRESETS["standard"].params_for(code))
    for name in ("conservative", "athlete"):
        assert set(PRESETS[name].params_for(code)) == set(rule.parameters)


# -- NEG101 ---------------------------------------------------------------------------------------


def test_neg101_supramaximal_bar_work_is_an_error_submaximal_a_warning_tempo_nothing() -> None:
    novice = athlete(training_age_years=0.5)
    report = run(session(SUPRA, SUB, TEMPO), "NEG101", athlete=novice)
    severities = {f.loc: f.severity for f in report.findings}
    assert severities == {("sets", 0): Severity.ERROR, ("sets", 1): Severity.WARNING}


def test_neg101_a_nordic_session_for_a_novice_is_a_warning_never_an_error() -> None:
    novice = athlete(training_age_years=0.2)
    nordics = neg.Set(NORDIC, reps=5, load=kg(0))  # logged as a plain set
    report = run(session(*[nordics] * 5), "NEG101", athlete=novice)
    assert len(report.findings) == 5
    finding = report.findings[0]
    assert finding.severity is Severity.WARNING
    assert finding.message.startswith(
        "supramaximal bodyweight eccentric work (Nordic Curl, 5 reps)"
    )
    assert "Mjølsnes" in finding.fix
    assert run(session(nordics), "NEG101", athlete=novice, count_bodyweight=False).clean


def test_neg101_negative_chin_ups_warn_only_when_supramaximal_for_the_athlete() -> None:
    chins = overload.bodyweight_negatives(CHIN_UP, bodyweight=kg(80), reps=3)
    strong = athlete(training_age_years=0.5, concentric_1rm={"chin-up": kg(100)})  # 80 < 100
    assert run(session(chins), "NEG101", athlete=strong).clean
    weak = athlete(training_age_years=0.5, concentric_1rm={"chin-up": kg(60)})  # 80 > 60
    (finding,) = run(session(chins), "NEG101", athlete=weak).findings
    assert finding.severity is Severity.WARNING
    unknown = athlete(training_age_years=0.5, concentric_1rm={})
    report = run(session(chins), "NEG101", athlete=unknown)
    assert report.not_checked[0].reason == (
        "no 1RM for 'chin-up': cannot tell submaximal from supramaximal"
    )


def test_neg101_not_checked_without_an_athlete() -> None:
    report = run(session(SUB), "NEG101")
    assert report.not_checked[0].reason == "no athlete given (training age unknown)"


# -- NEG102 ---------------------------------------------------------------------------------------


def test_neg102_no_supramaximal_work_for_a_minor_on_the_sessions_day() -> None:
    teen = athlete(birth_year=2010)  # 16 in 2026
    (finding,) = run(session(SUPRA, SUB, TEMPO), "NEG102", athlete=teen).findings
    assert (finding.loc, finding.severity) == (("sets", 0), Severity.ERROR)
    assert finding.message == (
        "supramaximal Barbell Bench Press for an athlete born in 2010, who is 15 or 16 on "
        "2026-11-23: no supramaximal eccentric work under 18"
    )
    assert finding.ctx["age"] == 16
    # The same athlete in a plan two years on is of age: the session's date counts, not today's.
    later = session(SUPRA, day=dt.date(2029, 1, 10))
    assert run(later, "NEG102", athlete=teen).clean


def test_neg102_an_athlete_turning_18_that_year_may_still_be_a_minor() -> None:
    (finding,) = run(session(SUPRA), "NEG102", athlete=athlete(birth_year=2008)).findings
    assert "who turns 18 in 2026" in finding.message
    assert run(session(SUPRA), "NEG102", athlete=athlete(birth_year=2007)).clean
    assert run(session(SUPRA), "NEG102", athlete=athlete(birth_year=2007), min_age=21).findings


def test_neg102_bodyweight_negatives_only_when_counted() -> None:
    teen = athlete(birth_year=2011, concentric_1rm={"chin-up": kg(60)})
    chins = overload.bodyweight_negatives(CHIN_UP, bodyweight=kg(80), reps=3)  # supramaximal
    assert run(session(chins), "NEG102", athlete=teen).clean
    assert run(session(chins), "NEG102", athlete=teen, count_bodyweight=True).findings


def test_neg102_not_checked_without_a_birth_year() -> None:
    report = run(session(SUPRA), "NEG102", athlete=athlete())
    assert report.not_checked[0].reason == "no birth year (Athlete.birth_year): age unknown"


# -- NEG103 ---------------------------------------------------------------------------------------


def test_neg103_a_flag_refuses_supramaximal_work_and_warns_on_other_overload() -> None:
    flagged = athlete(screening=neg.Screening(statins=True, recent_muscle_injury=True))
    report = run(session(SUPRA, SUB, TEMPO), "NEG103", athlete=flagged)
    severities = [(f.loc, f.severity) for f in report.findings]
    assert severities == [(("sets", 0), Severity.ERROR), (("sets", 1), Severity.WARNING)]
    assert report.findings[0].message == (
        "supramaximal eccentric work (Barbell Bench Press) for an athlete screened with a recent "
        "muscle injury, statins: a risk factor for exertional rhabdomyolysis"
    )
    assert report.findings[0].ctx["flags"] == "recent_muscle_injury,statins"


def test_neg103_a_clean_or_missing_screening() -> None:
    answered = neg.Screening(
        recent_muscle_injury=False,
        previous_rhabdomyolysis=False,
        statins=False,
        sickle_cell_trait=False,
        current_illness=False,
    )
    assert run(session(SUPRA), "NEG103", athlete=athlete(screening=answered)).clean
    partial = run(session(SUPRA), "NEG103", athlete=athlete(screening=neg.Screening(statins=False)))
    assert partial.not_checked[0].reason.startswith("the screening does not answer: a recent")
    missing = run(session(SUPRA), "NEG103", athlete=athlete())
    assert "no screening (Athlete.screening)" in missing.not_checked[0].reason
    assert run(session(TEMPO), "NEG103", athlete=athlete()).clean  # no overload: nothing to check


# -- NEG104 ---------------------------------------------------------------------------------------

LEG_NEGATIVES = overload.negative_only(LEG_PRESS, one_rep_max=kg(200))


def sore(day: dt.date = DAY, **muscles: float) -> neg.Checkin:
    return neg.Checkin(day, soreness=muscles)


def test_neg104_overload_for_a_muscle_group_still_sore_is_a_finding() -> None:
    checked_in = athlete(checkins=[sore(quadriceps=6, glutes=2)])
    (finding,) = run(session(LEG_NEGATIVES), "NEG104", athlete=checked_in).findings
    assert finding.severity is Severity.WARNING
    assert finding.message == (
        "eccentric overload for the quadriceps on Mon 2026-11-23, reported 6/10 sore (at most "
        "3) at the check-in of the same day"
    )
    assert finding.ctx["soreness"] == 6
    assert "conventionally or with light tempo eccentrics" in finding.fix
    assert run(session(LEG_NEGATIVES), "NEG104", athlete=checked_in, max_soreness=6).clean


def test_neg104_a_measured_strength_loss_counts_too() -> None:
    weaker = athlete(
        checkins=[neg.Checkin(DAY - dt.timedelta(days=1), strength_loss={"quadriceps": 0.2})]
    )
    report = run(session(LEG_NEGATIVES), "NEG104", athlete=weaker)
    messages = [f.message for f in report.findings]
    assert messages == [
        "eccentric overload for the quadriceps on Mon 2026-11-23, reported 20 % weaker than "
        "usual (at most 10 %) at the check-in of Sun 2026-11-22"
    ]
    # glutes: no check-in says anything about them
    assert report.not_checked[0].reason.startswith("no readiness check-in for the glutes")


def test_neg104_reads_only_recent_check_ins_before_the_session() -> None:
    old = athlete(checkins=[sore(DAY - dt.timedelta(days=3), quadriceps=8, glutes=8)])
    report = run(session(LEG_NEGATIVES), "NEG104", athlete=old)
    assert report.findings == ()
    assert len(report.not_checked) == 2  # one reason for each muscle group
    after = athlete(checkins=[sore(DAY + dt.timedelta(days=1), quadriceps=8, glutes=8)])
    assert run(session(LEG_NEGATIVES), "NEG104", athlete=after).findings == ()
    wider = run(session(LEG_NEGATIVES), "NEG104", athlete=old, max_checkin_age_days=3)
    assert len(wider.findings) == 2
    # the latest check-in wins
    better = athlete(checkins=[sore(DAY - dt.timedelta(days=1), quadriceps=8), sore(quadriceps=1)])
    assert run(session(LEG_NEGATIVES), "NEG104", athlete=better).findings == ()


def test_neg104_tempo_work_is_not_overload() -> None:
    checked_in = athlete(checkins=[sore(chest=9)])
    assert run(session(TEMPO), "NEG104", athlete=checked_in).clean


# -- the Nordic session of the issue ---------------------------------------------------------------


@pytest.mark.parametrize("history", [(), None])
def test_five_by_five_nordics_for_a_novice_without_history_is_never_silent(
    history: tuple[()] | None,
) -> None:
    novice = neg.Athlete("new", training_age_years=0.2)
    nordics = neg.Set(NORDIC, reps=5, load=kg(0))  # as an app logs it: a plain set
    report = check(neg.Session(DAY, sets=[nordics] * 5), athlete=novice, history=history)
    codes = set(report.codes())
    assert {"NEG101", "NEG301"} <= codes
    if history == ():
        assert "NEG304" in codes  # a first exposure
        (first,) = [f for f in report.findings if f.code == "NEG304"]
        assert "25 reps of eccentric overload (volume unknown: no bodyweight)" in first.message
    else:
        assert any(n.code == "NEG304" for n in report.not_checked)
    assert not report.clean
    with_weight = attrs.evolve(novice, bodyweight=kg(80))
    report = check(neg.Session(DAY, sets=[nordics] * 5), athlete=with_weight, history=())
    (first,) = [f for f in report.findings if f.code == "NEG304"]
    assert "1760 kg of eccentric overload volume" in first.message  # 25 x 0.88 x 80 kg

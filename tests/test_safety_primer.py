"""The primer concept (negatives.safety.primer) and how NEG302, NEG303 and NEG304 share it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import pytest
from hypothesis import given
from hypothesis import strategies as st

import negatives as neg
from negatives import catalog
from negatives.safety import BUILTIN_RULES, BuiltinRule, Policy, Report, Subject, check, primer

kg = neg.kg
MON = dt.date(2026, 11, 23)
CURL = catalog.lookup("barbell-curl")
SQUAT = catalog.lookup("back-squat")
CHIN_UP = catalog.lookup("chin-up")

#: 8 x 45 kg partner-assisted curls: 360 kg of eccentric overload volume for the biceps.
HEAVY = neg.Set(CURL, reps=8, load=kg(45), method="partner_assisted", tempo="4-0-2-0")
#: Light tempo eccentrics: 6 x 8 kg lowered in 4 s, 48 kg (13 % of HEAVY).
TEMPO_PRIMER = neg.Set(CURL, reps=6, load=kg(8), tempo="4-0-1-0")
#: Light negative-only curls: 5 x 8 kg, 40 kg (11 %).
NEGATIVE_PRIMER = neg.Set(CURL, reps=5, load=kg(8), method="negative_only", tempo="5-0-X-0")


def day(offset: int, *sets: neg.Set) -> neg.Session:
    return neg.Session(MON + dt.timedelta(days=offset), sets=list(sets))


def run(code: str, plan: Subject, history: Iterable[neg.Session] | None = ()) -> Report:
    return check(plan, history=history, policy=Policy(select=(code,)))


# -- the definition ------------------------------------------------------------------------------


def test_the_numbers_are_huangs() -> None:
    assert primer.PRIMER_DAYS == (2, 7)
    assert primer.PRIMER_DOSE == (0.10, 0.15)
    assert primer.PRIMER_MAX_SHARE == 0.25


def test_the_dose_a_heavy_session_needs() -> None:
    (dose,) = primer.primer_dose(day(3, HEAVY, HEAVY))
    assert dose.muscle is neg.Muscle.BICEPS
    assert dose.heavy_volume == kg(720)
    assert (dose.low, dose.high) == (kg(72), kg(108))
    assert (dose.earliest, dose.latest) == (MON - dt.timedelta(days=4), MON + dt.timedelta(days=1))
    squat = neg.Set(SQUAT, reps=5, load=kg(100), method="negative_only")
    assert [d.muscle.value for d in primer.primer_dose(day(0, squat))] == ["quadriceps", "glutes"]


@pytest.mark.parametrize("light", [TEMPO_PRIMER, NEGATIVE_PRIMER], ids=["tempo", "negative-only"])
@pytest.mark.parametrize("gap", [2, 4, 7])
def test_light_eccentric_work_2_to_7_days_before_is_a_primer(light: neg.Set, gap: int) -> None:
    heavy = day(gap, HEAVY)
    assert primer.is_primer(day(0, light), heavy)
    assert primer.is_primer(day(0, light), heavy, muscle="biceps")
    assert not primer.is_primer(day(0, light), heavy, muscle="quadriceps")


@pytest.mark.parametrize("gap", [0, 1, 8, 21])
def test_outside_the_window_it_is_not(gap: int) -> None:
    assert not primer.is_primer(day(0, TEMPO_PRIMER), day(gap, HEAVY))


def test_too_much_volume_conventional_work_and_unknown_loads_are_not_primers() -> None:
    as_heavy = day(0, HEAVY)
    assert not primer.is_primer(as_heavy, day(3, HEAVY))
    quick = neg.Set(CURL, reps=6, load=kg(8), tempo="2-0-1-0")  # not eccentric work
    assert not primer.is_primer(day(0, quick), day(3, HEAVY))
    assert primer.is_eccentric_work(quick) is False
    unknown = neg.Set(CHIN_UP, reps=3, load=kg(0), method="negative_only")
    assert primer.is_eccentric_work(unknown) is None  # no bodyweight: overload unknown
    assert primer.eccentric_volume([unknown], "lats") is None


@given(st.integers(1, 40), st.floats(1, 100), st.integers(2, 7))
def test_a_primer_is_at_most_a_quarter_of_the_heavy_volume(
    reps: int, load: float, gap: int
) -> None:
    light = day(0, neg.Set(CURL, reps=reps, load=kg(load), tempo="4-0-1-0"))
    volume = reps * load
    assert primer.is_primer(light, day(gap, HEAVY)) == (volume <= 0.25 * 360 * (1 + 1e-9))


def test_bad_muscle_names_are_refused() -> None:
    with pytest.raises(neg.ValidationError, match=r"primer\.muscle: must be one of"):
        primer.eccentric_volume([HEAVY], "quads")


# -- the rules share it --------------------------------------------------------------------------


def test_a_primer_2_days_before_does_not_trigger_the_recovery_interval() -> None:
    # Huang et al. 2019's protocol: a light bout 2 days before the heavy one.
    plan = (day(0, NEGATIVE_PRIMER), day(2, HEAVY))
    assert run("NEG302", plan).clean
    # two heavy sessions 2 days apart still are too close
    (finding,) = run("NEG302", (day(0, HEAVY), day(2, HEAVY))).findings
    assert finding.ctx["days"] == 2


def test_a_primer_does_not_count_as_an_overload_session_of_the_week() -> None:
    plan = (day(0, NEGATIVE_PRIMER), day(2, HEAVY), day(6, HEAVY))
    assert run("NEG303", plan).clean
    assert run("NEG303", (day(0, HEAVY), day(2, HEAVY), day(6, HEAVY))).findings


def test_tempo_eccentrics_4_days_before_prime_the_first_exposure() -> None:
    assert run("NEG304", (day(0, TEMPO_PRIMER), day(4, HEAVY))).clean
    assert run("NEG304", day(4, HEAVY), history=(day(0, TEMPO_PRIMER),)).clean
    # without it, the first exposure is reported with the dose to plan
    (finding,) = run("NEG304", day(4, HEAVY)).findings
    assert "about 36-54 kg of eccentric volume, 10-15 % of this session's" in finding.fix
    assert "(2-7 days before)" in finding.fix


def test_the_first_exposure_rule_says_the_same_thing_in_its_why_and_its_fix() -> None:
    rule = BUILTIN_RULES["NEG304"]
    assert isinstance(rule, BuiltinRule)  # why and how_to_fix are a built-in's
    for text in (rule.why, rule.how_to_fix):
        assert "2-7 days before" in text
        assert "10-15 %" in text
    assert "3-7 days" not in rule.how_to_fix
    assert "30-50 %" not in rule.how_to_fix

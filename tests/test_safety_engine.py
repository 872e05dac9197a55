"""The safety engine: policies, presets, custom and plugin rules, reports."""

import datetime as dt
import json
import pickle
import re
from collections.abc import Iterator, Mapping
from importlib.metadata import EntryPoint
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import negatives as neg
from negatives import safety
from negatives.safety import (
    Confidence,
    Context,
    Finding,
    NotChecked,
    ParamValue,
    Policy,
    Report,
    Severity,
)

kg = neg.kg
DAY = dt.date(2026, 11, 23)
CURL = neg.catalog.lookup("barbell-curl")
BENCH = neg.catalog.lookup("bench-press")


class TooManyReps:
    """A user rule: no set above ``max_reps`` reps."""

    code = "ACME101"
    name = "too-many-reps"
    summary = "No set above max_reps repetitions."
    severity = Severity.INFO
    citation = "house rule"
    confidence: Confidence = "low"
    parameters: Mapping[str, ParamValue] = {"max_reps": 12}

    def check(self, context: Context) -> Iterator[Finding]:
        limit = context.param("max_reps")
        assert isinstance(limit, int | float)
        for ref in context.sets():
            if ref.item.reps > limit:
                yield context.finding(
                    f"{ref.item.reps} reps", loc=ref.loc, ctx={"reps": ref.item.reps}
                )


class NotARule:
    code = "ACME102"


def session(*sets: neg.Set, **kwargs: Any) -> neg.Session:
    return neg.Session(DAY, sets=list(sets), **kwargs)


def plain(reps: int = 8) -> neg.Set:
    return neg.Set(CURL, reps=reps, load=kg(30), tempo="3-0-1-0")


# -- codes and metadata ----------------------------------------------------------------------------


def test_builtin_codes_are_unique_and_well_formed() -> None:
    codes = list(safety.BUILTIN_RULES)
    assert len(codes) == len(set(codes))
    for code, rule in safety.BUILTIN_RULES.items():
        assert re.fullmatch(r"NEG[1-5]\d\d", code)
        assert rule.code == code
        assert isinstance(rule, safety.Rule)
        assert isinstance(rule, safety.BuiltinRule)  # the metadata below is a built-in's
        assert rule.confidence in ("high", "medium", "low")
        assert rule.summary.endswith(".")
        assert rule.citation
        assert rule.why
        assert rule.how_to_fix
        assert type(rule).example is not None  # a static method, looked up on the class


def test_the_presets_set_only_parameters_the_rules_take() -> None:
    for name, policy in safety.PRESETS.items():
        assert policy.name == name
        for code, config in policy.rules.items():
            rule = safety.BUILTIN_RULES[code]
            assert set(config.params) <= set(rule.parameters), code
            for key, value in config.params.items():
                assert type(value) is type(rule.parameters[key]) or (
                    isinstance(value, (int, float)) and not isinstance(value, bool)
                ), (code, key)


def test_standard_preset_values_are_the_rule_defaults() -> None:
    standard = Policy.preset("standard")
    for code, config in standard.rules.items():
        defaults = safety.BUILTIN_RULES[code].parameters
        for key, value in config.params.items():
            assert defaults[key] == value, (code, key)


def test_every_rules_example_fires_under_the_standard_preset() -> None:
    standard = Policy.preset("standard")
    for code, rule in safety.BUILTIN_RULES.items():
        assert isinstance(rule, safety.BuiltinRule)
        make = type(rule).example  # a static method, looked up on the class
        assert make is not None
        example = make()
        policy = Policy(name="one", select=(code,), rules={code: standard.config_for(code)})
        for key, value in example.params.items():
            policy = policy.with_params(code, **{key: value})
        report = safety.check(
            example.subject, athlete=example.athlete, history=example.history, policy=policy
        )
        assert code in report.codes(), (code, report.text())


# -- policies --------------------------------------------------------------------------------------


def test_select_and_ignore_by_prefix_longest_wins() -> None:
    policy = Policy(select=("NEG",), ignore=("NEG3",))
    assert policy.selects("NEG101")
    assert not policy.selects("NEG301")
    narrower = policy.selecting("NEG301")
    assert narrower.selects("NEG301")
    assert not narrower.selects("NEG302")
    assert not Policy(select=("NEG1",)).selects("NEG201")


def test_unknown_preset_is_refused() -> None:
    with pytest.raises(neg.PolicyError, match="unknown preset 'strict'"):
        Policy.preset("strict")


def test_policies_round_trip_through_json() -> None:
    for policy in safety.PRESETS.values():
        assert neg.from_json(neg.to_json(policy), Policy) == policy
    tuned = (
        Policy.preset("conservative")
        .with_params("NEG301", max_sets=3)
        .with_severity("NEG502", "warning")
    )
    again = neg.from_json(neg.to_json(tuned, indent=2), Policy)
    assert again == tuned
    assert again.config_for("NEG502").severity is Severity.WARNING


@given(
    st.dictionaries(
        st.sampled_from(sorted(safety.BUILTIN_RULES)),
        st.dictionaries(
            st.sampled_from(["max_sets", "gap_days", "note"]),
            st.one_of(st.integers(0, 9), st.floats(0, 5), st.booleans(), st.text(max_size=5)),
            max_size=2,
        ),
        max_size=3,
    ),
    st.lists(st.sampled_from(["NEG", "NEG1", "NEG30", "ACME"]), max_size=3),
)
def test_any_policy_round_trips(
    rules: dict[str, dict[str, int | float | str]], ignore: list[str]
) -> None:
    policy = Policy(name="p", rules={k: {"params": v} for k, v in rules.items()}, ignore=ignore)
    assert neg.from_dict(neg.to_dict(policy), Policy) == policy


def test_a_parameter_the_rule_does_not_take_is_refused_when_checking() -> None:
    policy = Policy.preset("standard").with_params("NEG301", max_set=3)
    with pytest.raises(neg.PolicyError, match=r"NEG301 takes no parameter 'max_set'"):
        safety.check(session(plain()), policy=policy)


def test_a_parameter_of_the_wrong_kind_is_refused() -> None:
    policy = Policy.preset("standard").with_params("NEG301", max_sets="two")
    with pytest.raises(neg.PolicyError, match=r"NEG301.max_sets must be a number like 2"):
        safety.check(session(plain()), policy=policy)


def test_an_unknown_rule_code_is_refused_naming_what_is_installed() -> None:
    policy = Policy.preset("standard").with_params("ACME999", x=1)
    with pytest.raises(neg.PluginError, match=r"no negatives\.rules plugin named 'ACME999'"):
        safety.check(session(plain()), policy=policy)


# -- custom and plugin rules -----------------------------------------------------------------------


def test_a_user_rule_registered_on_a_policy_runs_with_its_parameters() -> None:
    policy = Policy.preset("standard").with_rule(TooManyReps(), max_reps=10)
    report = safety.check(session(plain(15)), athlete=None, history=(), policy=policy)
    found = [f for f in report.findings if f.code == "ACME101"]
    assert [(f.loc, f.ctx["reps"], f.severity) for f in found] == [(("sets", 0), 15, Severity.INFO)]
    assert "ACME101" in report.rules


def test_a_policy_with_a_user_rule_keeps_its_settings_in_json() -> None:
    policy = Policy.preset("standard").with_rule(TooManyReps(), max_reps=10)
    data = neg.to_dict(policy)
    assert data["rules"]["ACME101"] == {"params": {"max_reps": 10}}
    assert "custom" not in data
    again = neg.from_dict(data, Policy)
    assert again == policy  # rule objects are not data; register them again to run them
    assert again.custom == ()


def test_something_that_is_not_a_rule_is_refused() -> None:
    with pytest.raises(neg.PolicyError, match="is not a rule: it lacks name"):
        Policy().with_rule(NotARule())  # type: ignore[arg-type]  # the error is the point


def _eps(*specs: tuple[str, str]) -> list[EntryPoint]:
    return [EntryPoint(name, value, safety.RULES_GROUP) for name, value in specs]


def test_plugins_are_listed_without_importing_them() -> None:
    eps = _eps(("ACME101", "tests.test_safety_engine:TooManyReps"), ("ZED1", "no_such_module:X"))
    infos = safety.available_rules(entry_points=eps)
    assert [(i.name, i.value) for i in infos] == [
        ("ACME101", "tests.test_safety_engine:TooManyReps"),
        ("ZED1", "no_such_module:X"),
    ]  # listing no_such_module did not import it


def test_a_plugin_rule_is_loaded_by_name_and_instantiated() -> None:
    eps = _eps(("ACME101", "tests.test_safety_engine:TooManyReps"))
    rule = safety.load_rule("ACME101", entry_points=eps)
    assert isinstance(rule, TooManyReps)


@pytest.mark.parametrize(
    ("specs", "name", "message"),
    [
        (
            (("ZED1", "no_such_module_xyz:X"),),
            "ZED1",
            "could not load the negatives.rules plugin "
            "'ZED1' from an unnamed distribution (no_such_module_xyz:X): ModuleNotFoundError",
        ),
        ((("ACME102", "tests.test_safety_engine:NotARule"),), "ACME102", "is not a rule"),
        (
            (("ACME999", "tests.test_safety_engine:TooManyReps"),),
            "ACME999",
            "has code 'ACME101'; a rule's entry-point name must be its code",
        ),
        (
            (
                ("ACME101", "tests.test_safety_engine:TooManyReps"),
                ("ACME101", "tests.test_safety_engine:TooManyReps"),
            ),
            "ACME101",
            "two negatives.rules plugins are named 'ACME101'",
        ),
        ((("NEG101", "tests.test_safety_engine:TooManyReps"),), "NEG101", "name of a built-in"),
        ((), "ACME101", "no negatives.rules plugin named 'ACME101' is installed"),
    ],
)
def test_broken_plugins_raise_a_plugin_error_naming_them(
    specs: tuple[tuple[str, str], ...], name: str, message: str
) -> None:
    with pytest.raises(neg.PluginError) as info:
        safety.load_rule(name, entry_points=_eps(*specs))
    assert message in str(info.value)
    assert isinstance(info.value, ImportError)


# -- reports ---------------------------------------------------------------------------------------


def test_history_none_means_unknown_and_empty_means_none() -> None:
    negative = neg.overload.partner_assisted_negatives(CURL, one_rep_max=kg(55))
    athlete = neg.Athlete("a", training_age_years=3, concentric_1rm={"barbell-curl": kg(55)})
    unknown = safety.check(session(negative), athlete=athlete, history=None)
    none = safety.check(session(negative), athlete=athlete, history=())
    assert any("history" in n.reason for n in unknown.not_checked if n.code == "NEG304")
    assert "NEG304" in none.codes()
    assert all(n.code != "NEG304" for n in none.not_checked)


def test_a_plan_is_located_by_session_and_set() -> None:
    negative = neg.overload.accentuated_eccentric(BENCH, one_rep_max=kg(80))  # 105 %
    novice = neg.Athlete("n", training_age_years=0.2, concentric_1rm={"bench-press": kg(80)})
    plan = [session(plain()), session(plain(), negative)]
    report = safety.check(plan, athlete=novice, history=(), policy=Policy(select=("NEG101",)))
    (finding,) = report.findings
    assert finding.loc == ("sessions", 1, "sets", 1)
    assert finding.where == "$.sessions[1].sets[1]"
    assert finding.severity is Severity.ERROR
    assert report.has_errors
    assert "$.sessions[1]" in report.text()


def test_a_training_log_brings_its_athlete() -> None:
    negative = neg.overload.partner_assisted_negatives(BENCH, one_rep_max=kg(80), overload=0.4)
    novice = neg.Athlete("n", training_age_years=0.2, concentric_1rm={"bench-press": kg(80)})
    log = neg.TrainingLog(novice, [session(negative)])
    report = safety.check(log, history=(), policy=Policy(select=("NEG101",)))
    assert report.codes() == ("NEG101",)


def test_missing_inputs_are_listed_once_per_reason_with_their_places() -> None:
    negative = neg.overload.partner_assisted_negatives(BENCH, one_rep_max=kg(80))
    report = safety.check(session(negative, negative), policy=Policy(select=("NEG101",)))
    assert report.findings == ()
    (note,) = report.not_checked
    assert note.code == "NEG101"
    assert "no athlete" in note.reason
    assert note.locs == (("sets", 0), ("sets", 1))
    assert not report.clean
    assert "not checked:" in report.text()


def test_a_clean_report_says_so() -> None:
    report = safety.check(session(plain()), policy=Policy(select=("NEG101",)))
    assert report.clean
    assert report.text().endswith("checked and fine")


def test_reports_round_trip_and_pickle() -> None:
    negative = neg.overload.partner_assisted_negatives(BENCH, one_rep_max=kg(80), overload=0.4)
    novice = neg.Athlete("n", training_age_years=0.2, concentric_1rm={"bench-press": kg(80)})
    report = safety.check(session(negative), athlete=novice, history=())
    assert report.findings
    again = neg.from_json(neg.to_json(report), Report)
    assert again == report
    assert pickle.loads(pickle.dumps(report)) == report
    data = json.loads(neg.to_json(report))
    assert data["kind"] == "report"
    assert {"code", "severity", "message", "loc"} <= set(data["findings"][0])


def test_findings_are_sorted_by_place_then_severity() -> None:
    a = Finding("NEG301", "warning", "a", ("sessions", 1, "sets", 0))
    b = Finding("NEG201", "error", "b", ("sessions", 0, "sets", 3))
    report = Report([a, b], [NotChecked("NEG304", "no history")])
    assert report.at_least("error") == (b,)
    assert Severity.ERROR.rank > Severity.WARNING.rank > Severity.INFO.rank


def test_bad_subjects_are_refused() -> None:
    with pytest.raises(neg.ValidationError, match="must be a Session"):
        safety.check([plain()])  # type: ignore[list-item]  # the error is the point
    with pytest.raises(neg.ValidationError, match="must be a Policy"):
        safety.check(session(plain()), policy="standard")  # type: ignore[arg-type]  # the error is the point


def test_the_rules_reference_page_is_up_to_date() -> None:
    from pathlib import Path

    from negatives.safety.reference import rules_reference

    page = Path(__file__).resolve().parent.parent / "docs" / "rules.md"
    assert page.read_text(encoding="utf-8") == rules_reference(), (
        "regenerate it: python -m negatives.safety.reference > docs/rules.md"
    )


_LIFTS = [e for e in neg.catalog.exercises() if e.muscles and neg.overload.bar_loaded(e)]


@given(st.sampled_from(_LIFTS), st.floats(min_value=20, max_value=250))
def test_default_partner_assisted_negatives_pass_the_standard_policy(
    exercise: neg.Exercise, one_rm: float
) -> None:
    # An experienced athlete with a tested 1RM, a spotter, and a history with a primer for the
    # same muscles a few days before: the calculator's defaults raise no error.
    maximum = kg(one_rm)
    negative = neg.overload.partner_assisted_negatives(exercise, one_rep_max=maximum)
    athlete = neg.Athlete("vet", training_age_years=5, concentric_1rm={exercise.id: maximum})
    primer = neg.Session(
        DAY - dt.timedelta(days=5),
        sets=[
            neg.Set(exercise, reps=3, load=maximum * 0.3, method="negative_only", tempo="5-0-X-0")
        ],
    )
    day = neg.Session(DAY, sets=[negative], setup=neg.Setup(spotters=1))
    report = safety.check(day, athlete=athlete, history=[primer])
    assert not report.has_errors, report.text()

"""Branches of the safety engine that the other tests leave out (coverage gate)."""

import datetime as dt
from collections.abc import Iterator
from typing import Any, ClassVar, cast

import pytest

import negatives as neg
from negatives.safety import Finding, NotChecked, Policy, RuleConfig, Severity
from negatives.safety.engine import Context, _kind, _same_kind

DAY = dt.date(2026, 11, 23)
CURL = neg.catalog.lookup("barbell-curl")


class _HouseRule:
    """A user rule whose check yields whatever it is given."""

    code = "ACME201"
    name = "house"
    summary = "A house rule."
    severity = Severity.INFO
    citation = "house rule"
    confidence = "low"
    parameters: ClassVar[dict[str, Any]] = {}

    def __init__(self, *yields: object) -> None:
        self.yields = yields

    def check(self, context: Context) -> Iterator[Any]:
        yield from self.yields


def _session() -> neg.Session:
    return neg.Session(DAY, sets=[neg.Set(CURL, reps=8, load=neg.kg(30), tempo="3-0-1-0")])


def test_a_finding_prints_where_code_severity_and_message() -> None:
    finding = Finding("ACME201", Severity.WARNING, "too heavy", ("sessions", 0, "sets", 1))
    assert str(finding) == "$.sessions[0].sets[1]: ACME201 warning: too heavy"


def test_a_policy_refuses_an_empty_rule_code_and_a_parameter_that_is_not_plain_data() -> None:
    config = RuleConfig(params=cast(Any, {"max_sets": [1, 2]}))
    with pytest.raises(neg.PolicyError) as caught:
        Policy(rules=cast(Any, {"": RuleConfig(), "NEG301": config}))
    message = str(caught.value)
    assert "rule codes must be text, got ''" in message
    assert "NEG301.max_sets: parameters must be numbers, true/false or text, got list" in message


def test_a_rule_whose_code_is_not_letters_then_digits_is_refused() -> None:
    rule = _HouseRule()
    rule.code = "101ACME"
    with pytest.raises(neg.PolicyError, match="letters then digits, like 'ACME101', got '101ACME'"):
        Policy().with_rule(cast(Any, rule))


def test_a_rule_that_yields_something_else_than_a_finding_or_a_note_is_named() -> None:
    policy = Policy().with_rule(cast(Any, _HouseRule(42)))
    with pytest.raises(neg.PolicyError, match=r"ACME201 yielded 42; rules yield"):
        neg.safety.check(_session(), policy=policy)


def test_a_custom_rule_the_policy_does_not_select_does_not_run() -> None:
    policy = Policy(custom=(cast(Any, _HouseRule(42)),))
    report = neg.safety.check(_session(), policy=policy)
    assert "ACME201" not in report.rules


def test_a_report_prints_as_its_text() -> None:
    report = neg.safety.check(_session())
    assert str(report) == report.text()


def test_text_is_not_a_subject_to_check() -> None:
    with pytest.raises(neg.ValidationError, match="subject: must be a Session, a sequence"):
        neg.safety.check(cast(Any, "a session"))


@pytest.mark.parametrize(
    ("default", "value", "same"),
    [(True, 1, False), (3, 2.5, True), (3, "3", False), ("low", "high", True), ("low", 1, False)],
)
def test_parameters_of_the_same_kind_as_the_default(default: Any, value: Any, same: bool) -> None:
    assert _same_kind(default, value) is same


def test_parameter_kinds_are_named_for_messages() -> None:
    assert (_kind(True), _kind(2.5), _kind("low")) == ("true or false", "a number", "text")


def test_notes_without_places_are_listed_without_a_count() -> None:
    note = NotChecked("ACME201", "no tempo")
    policy = Policy().with_rule(cast(Any, _HouseRule(note)))
    report = neg.safety.check(_session(), policy=policy)
    assert "  ACME201: no tempo\n" in report.text() + "\n"


def test_a_builtin_rule_shows_its_code_and_name() -> None:
    assert repr(neg.safety.BUILTIN_RULES["NEG501"]) == "<rule NEG501 fast-lowering>"


@pytest.mark.parametrize(
    ("code", "param", "value", "span"),
    [("NEG102", "min_age", -1, "from 0 to 100"), ("NEG104", "max_soreness", 11, "from 0 to 10")],
)
def test_an_athlete_rule_parameter_out_of_range_names_the_range(
    code: str, param: str, value: int, span: str
) -> None:
    policy = Policy.preset("standard").with_params(code, **{param: value})
    with pytest.raises(neg.PolicyError) as caught:
        neg.safety.check(_session(), policy=policy)
    assert str(caught.value) == f"{code}.{param} must be a number {span}, got {value}"

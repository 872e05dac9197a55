"""Safety paths the other tests leave out (issue 14's coverage gate): a plugin rule that cannot
be created, and the rules reference of a rule without an example or with parameters."""

from __future__ import annotations

from importlib.metadata import EntryPoint

import pytest

import negatives as neg
from negatives import safety
from negatives.safety import reference
from negatives.safety.rules import BUILTIN_RULES
from negatives.safety.rules._base import Example
from negatives.safety.rules.volume import OverloadSetsPerBodyPart


class Exploding:
    """A plugin rule whose constructor fails."""

    code = "ACME103"

    def __init__(self) -> None:
        raise RuntimeError("no configuration file")


def test_a_plugin_rule_that_cannot_be_created_is_a_plugin_error_naming_it() -> None:
    eps = [EntryPoint("ACME103", "tests.test_cover_safety:Exploding", safety.RULES_GROUP)]
    with pytest.raises(neg.PluginError) as caught:
        safety.load_rule("ACME103", entry_points=eps)
    message = str(caught.value)
    assert message.startswith("could not create the rule 'ACME103' from ")
    assert message.endswith(": RuntimeError: no configuration file")
    assert isinstance(caught.value.__cause__, RuntimeError)


class _Quiet(OverloadSetsPerBodyPart):
    example = None  # type: ignore[assignment]  # BuiltinRule allows None; NEG301 has one


def _two_negatives() -> Example:
    three = OverloadSetsPerBodyPart.example()
    assert isinstance(three.subject, neg.Session)
    two = neg.Session(three.subject.date, sets=list(three.subject.sets[:2]))
    return Example(two, params={"max_sets": 1})


class _Strict(OverloadSetsPerBodyPart):
    example = staticmethod(_two_negatives)


def _page(monkeypatch: pytest.MonkeyPatch, rule: OverloadSetsPerBodyPart) -> str:
    monkeypatch.setattr(reference, "BUILTIN_RULES", {rule.code: rule})
    return reference.rules_reference()


def test_a_rule_without_an_example_has_no_example_in_the_reference(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = _page(monkeypatch, _Quiet())
    assert "### NEG301 `overload-sets-per-body-part`" in page
    assert "Example that fires" not in page
    assert "**How to fix.** Keep at most the maximum" in page


def test_an_examples_parameters_are_set_on_the_rule_it_shows(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # two negative sets fire only with max_sets=1 (the standard preset allows 2)
    page = _page(monkeypatch, _Strict())
    example = page.split("**Example that fires** (standard preset):")[1].split("How to fix")[0]
    assert "- `$.sets[1]` warning: 2 eccentric-overload sets for the arms" in example
    assert "at most 1 per body part in a session" in example
    assert len(BUILTIN_RULES) > 1  # the real table is untouched

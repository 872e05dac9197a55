"""Paths the other tests leave out (issue 14's coverage gate): importing ``negatives.__main__``,
a set's help checked only against a valid exercise and load, per-rep seconds partly known,
plugin progressions whose defaults or checks are unusual, and the policies strategy."""

from __future__ import annotations

import datetime as dt
import importlib
import math
import sys
from typing import Any, ClassVar

import attrs
import pytest
from hypothesis import find, settings

import negatives as neg
from negatives import testing
from negatives.model import Rep, RepPhase
from negatives.progressions import Program, ProgramSlot, ProgressionContext
from negatives.safety import Policy
from negatives.schema import _Generator, json_schema

CURL = neg.catalog.lookup("barbell-curl")
BENCH = neg.catalog.lookup("bench-press")
kg = neg.kg


# -- python -m negatives --------------------------------------------------------------------------


def test_importing_the_main_module_does_not_run_the_command_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "argv", ["negatives", "schema", "--list"])
    saved = sys.modules.pop("negatives.__main__", None)
    try:
        module = importlib.import_module("negatives.__main__")  # no SystemExit: nothing ran
    finally:  # leave no module behind: runpy would warn on running it as __main__
        sys.modules.pop("negatives.__main__", None)
        if saved is not None:
            sys.modules["negatives.__main__"] = saved
        vars(neg).pop("__main__", None)
    assert callable(module._entry)
    assert capsys.readouterr() == ("", "")


# -- model ----------------------------------------------------------------------------------------


def test_a_sets_help_is_checked_only_against_a_valid_exercise_and_load() -> None:
    with pytest.raises(neg.ValidationError) as caught:
        neg.Set(BENCH, reps=3, load=kg(50), method="partner_assisted", assistance=kg(500))
    assert str(caught.value).startswith("Set.assistance: must not exceed the load (50 kg)")
    for exercise, load, wrong in (
        (5, kg(50), "Set.exercise: must be an Exercise, got 5"),
        (BENCH, 50, "Set.load: must be a Load such as kg(40) or lb(95), got 50"),
    ):
        with pytest.raises(neg.ValidationError) as caught:
            neg.Set(exercise, reps=3, load=load, method="partner_assisted", assistance=kg(500))  # type: ignore[arg-type]
        assert str(caught.value) == wrong  # no second problem about the help


# -- io -------------------------------------------------------------------------------------------


def test_a_rep_with_some_phases_timed_has_the_others_unknown() -> None:
    rep = Rep(
        (
            RepPhase(phase="eccentric", load=kg(60), seconds=4),
            RepPhase(phase="concentric", load=kg(60)),
        )
    )
    item = neg.Set(BENCH, reps=1, load=kg(60), rep_detail=[rep])
    (record,) = neg.io.rep_records([neg.Session(dt.date(2026, 1, 5), sets=[item])])
    assert record["eccentric_s"] == 4.0
    assert record["isometric_s"] == 0.0  # timed, and no pause in it
    assert record["concentric_s"] is None  # unknown, never guessed
    assert record["time_under_tension_s"] is None


# -- plugin progressions --------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Ceiling:
    """A progression with a load ceiling, none by default."""

    kind: ClassVar[str] = "ceiling"

    step: float = 0.05
    most: float = math.inf

    def propose(self, ctx: ProgressionContext) -> neg.Prescription:
        return ctx.prescription


@attrs.frozen(kw_only=True)
class Ladder:
    """A progression climbing a rep range; its check is the range's own."""

    kind: ClassVar[str] = "ladder"

    low: int = 5
    high: int = 8

    def __attrs_post_init__(self) -> None:
        neg.RepRange(self.low, self.high)

    def propose(self, ctx: ProgressionContext) -> neg.Prescription:
        return ctx.prescription


@attrs.frozen(kw_only=True)
class Stubborn:
    """A progression whose own check raises a bare ValueError."""

    kind: ClassVar[str] = "stubborn"

    step: float = 0.1

    def __attrs_post_init__(self) -> None:
        if self.step > 1:
            raise ValueError("step must be at most 1")

    def propose(self, ctx: ProgressionContext) -> neg.Prescription:
        return ctx.prescription


def _program(progression: Any) -> Program:
    prescription = neg.Prescription(CURL, reps=6, load=kg(40))
    return Program(
        name="P", weeks=2, slots=[ProgramSlot(prescription=prescription, progression=progression)]
    )


def _read_back(progression: Any, **changes: Any) -> str:
    converter = neg.make_converter(progressions=[type(progression)])
    document = neg.to_dict(_program(progression), converter=converter)
    document["slots"][0]["progression"].update(changes)
    with pytest.raises(neg.ValidationError) as caught:
        neg.from_dict(document, Program, converter=converter)
    return str(caught.value)


def test_a_plugin_default_that_is_not_json_is_left_out_of_the_schema() -> None:
    schema = json_schema(Program, progressions=[Ceiling])
    properties = schema["$defs"]["Ceiling"]["properties"]
    assert properties["step"]["default"] == 0.05
    assert "default" not in properties["most"]  # infinity is not JSON


def test_a_plugin_check_raising_for_a_stand_in_is_not_reported() -> None:
    # "low" cannot be read; the second construction (for the problems of "high", written as
    # it is not the default), with None for "low", fails in RepRange's check of that stand-in:
    # only the field's own problem is reported
    message = _read_back(Ladder(high=10), low="five")
    assert message == "$.slots[0].progression.low: must be a whole number, got 'five'"


def test_a_plugin_check_raising_a_bare_error_is_reported_as_unreadable() -> None:
    message = _read_back(Stubborn(), step=5.0)
    assert message == (
        "$.slots[0].progression: could not be read (ValueError: step must be at most 1)"
    )


# -- schema ---------------------------------------------------------------------------------------


def test_a_reference_to_an_unknown_definition_is_a_type_error() -> None:
    generator = _Generator(())
    with pytest.raises(TypeError, match=r"^unknown schema definition 'Nowhere'$"):
        generator.close({"$ref": "#/$defs/Nowhere"})


# -- testing strategies ---------------------------------------------------------------------------


def test_the_policies_strategy_keeps_a_text_parameter(monkeypatch: pytest.MonkeyPatch) -> None:
    texty = Policy(name="texty").with_params("NEG301", mode="strict")
    monkeypatch.setattr(testing, "PRESETS", {"texty": texty})
    drawn = find(testing.policies(), lambda _: True, settings=settings(database=None))
    assert drawn.params_for("NEG301")["mode"] == "strict"

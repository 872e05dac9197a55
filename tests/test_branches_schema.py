"""Branches of the JSON Schema generator that the other tests leave out (coverage gate)."""

from enum import Enum

import pytest

import negatives as neg
from negatives.schema import _enum, _Generator, _merge


def test_a_reference_cannot_patch_a_typed_schema() -> None:
    with pytest.raises(TypeError, match="cannot use #/\\$defs/X for a number"):
        _merge({"type": "number"}, {"$ref": "#/$defs/X"})


def test_classes_of_one_name_get_distinct_definitions() -> None:
    generator = _Generator(())
    first = type("Thing", (), {"__module__": "one"})
    second = type("Thing", (), {"__module__": "two"})
    third = type("Thing", (), {"__module__": "two"})
    refs = [generator.define(cls, "Thing", dict) for cls in (first, second, third)]
    assert refs == [
        {"$ref": "#/$defs/Thing"},
        {"$ref": "#/$defs/two.Thing"},
        {"$ref": "#/$defs/two.Thing_2"},
    ]
    assert generator.define(second, "Thing", dict) == {"$ref": "#/$defs/two.Thing"}


def test_a_union_of_classes_is_any_of_their_references() -> None:
    generator = _Generator(())
    assert generator.union((neg.Load, type(None))) == {
        "anyOf": [{"$ref": "#/$defs/Load"}, {"type": "null"}]
    }
    assert generator.union((neg.Load, neg.Tempo)) == {
        "anyOf": [{"$ref": "#/$defs/Load"}, {"$ref": "#/$defs/Tempo"}]
    }


def test_an_enum_of_numbers_is_an_untyped_enum() -> None:
    class Level(Enum):
        ONE = 1
        TWO = 2

    schema = _enum(Level)
    assert schema["enum"] == [1, 2]
    assert "type" not in schema

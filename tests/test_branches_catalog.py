"""Branches of reading names files that the other tests leave out (coverage gate)."""

from typing import Any

import pytest

import negatives as neg
from negatives.catalog import load_names
from negatives.catalog._names_file import _parse

MY_CURL: dict[str, Any] = {
    "id": "my-curl",
    "name": "My Curl",
    "muscles": ["biceps"],
    "equipment": "dumbbell",
}


def _problems(data: dict[str, Any]) -> str:
    with pytest.raises(neg.ValidationError) as caught:
        load_names(data)
    return str(caught.value)


def test_an_id_twice_in_the_file_is_reported_at_the_second() -> None:
    assert _problems({"exercises": [MY_CURL, MY_CURL]}) == (
        "$.exercises[1].id: repeats an id of the file"
    )


def test_a_name_without_a_letter_or_digit_is_refused() -> None:
    assert _problems({"!!!": "barbell-curl"}) == '"!!!": a name must have a letter or digit'


def test_an_exercise_that_is_not_a_table_is_refused() -> None:
    assert _problems({"exercises": [5]}) == (
        "$.exercises[0]: must be a table of exercise fields, got 5"
    )


def test_an_unknown_equipment_is_reported_by_the_exercise() -> None:
    message = _problems({"exercises": [{**MY_CURL, "equipment": "spaceship"}]})
    assert message.startswith("$.exercises[0].equipment: must be one of 'barbell'")
    assert message.endswith("got 'spaceship'")


def test_a_load_convention_given_is_kept_even_for_dumbbells() -> None:
    mine = load_names({"exercises": [{**MY_CURL, "load_convention": "total"}]})
    assert mine.lookup("my-curl").load_convention is neg.LoadConvention.TOTAL
    assert load_names({"exercises": [MY_CURL]}).lookup("my-curl").load_convention is (
        neg.LoadConvention.PER_IMPLEMENT
    )


def test_a_field_the_exercise_cannot_even_take_is_reported_at_the_element() -> None:
    message = _problems({"exercises": [{**MY_CURL, "muscles": [["biceps"]]}]})
    assert message.startswith("$.exercises[0].muscles[0]: must be a name (text)")


def test_a_names_file_above_one_mebibyte_is_refused() -> None:
    with pytest.raises(neg.ParseError, match=r"names\.toml: a names file is at most 1 MiB"):
        _parse("#" * (2**20 + 1), "names.toml", json_text=False)


def test_json_nested_too_deeply_is_refused() -> None:
    with pytest.raises(neg.ParseError, match=r"names\.json: the JSON is nested too deeply"):
        _parse("[" * 100_000, "names.json", json_text=True)

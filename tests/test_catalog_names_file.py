"""Your own names without Python: `catalog.load_names` (TOML or JSON)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import negatives as neg
from negatives import catalog
from negatives.catalog import Catalog, load_names

TOML = """\
# names as my app writes them
"Bench press Backup" = "bench-press"
"Row Machine Back Up" = "machine-seated-row"
"Zercher Walk" = "zercher-carry"

[[exercises]]
id = "zercher-carry"
name = "Zercher Carry"
muscles = ["upper_back", "abdominals"]
secondary_muscles = ["quadriceps", "biceps"]
equipment = "barbell"
aliases = ["Zercher Carries"]
notes = "Bar in the elbows, walked for distance."

[[exercises]]
id = "plate-pinch-walk"
name = "Plate Pinch Walk"
muscles = ["forearms"]
equipment = "dumbbell"
"""


def test_a_toml_names_file_maps_names_and_adds_exercises() -> None:
    mine = load_names(TOML)
    assert isinstance(mine, Catalog)
    assert mine.lookup("Bench press Backup ").id == "bench-press"
    assert mine.resolve("bench press backup").kind == "matched"
    assert "names" in mine.resolve("Bench press Backup").reason
    carry = mine.lookup("Zercher Walk")
    assert carry.id == "zercher-carry"
    assert mine.lookup("zercher carries") is carry
    assert mine.entry("zercher-carry").notes == "Bar in the elbows, walked for distance."
    # The equipment decides the load convention when the file does not say.
    assert mine.lookup("plate-pinch-walk").load_convention is neg.LoadConvention.PER_IMPLEMENT
    assert carry.load_convention is neg.LoadConvention.TOTAL
    # The rest reads as the built-in catalog does; the built-in catalog is unchanged.
    assert mine.lookup("Bicep Curl (Cable)").id == "cable-curl"
    assert catalog.lookup("Bench press Backup").id == "bench-press-unspecified"


def test_user_names_take_precedence_over_every_other_reading() -> None:
    mine = load_names({"Bench Press": "dumbbell-bench-press", "Chest Fly": "cable-fly"})
    assert mine.lookup("Bench Press").id == "dumbbell-bench-press"
    assert mine.lookup("BENCH press").id == "dumbbell-bench-press"
    assert mine.lookup("fly chest").id == "cable-fly"
    # An id stays the exercise it names.
    assert mine.lookup("bench-press").id == "bench-press"


def test_one_name_mapped_twice_to_different_ids_is_an_error() -> None:
    with pytest.raises(neg.ValidationError, match="the same name as"):
        load_names({"Bench Press": "bench-press", "bench  press": "dumbbell-bench-press"})
    same = load_names({"Bench Press": "dip", "bench press": "dip"})
    assert same.lookup("bench press").id == "dip"


def test_a_json_names_file(tmp_path: Path) -> None:
    data = {
        "Rope Thing": "triceps-pushdown",
        "exercises": [{"id": "spanish-squat", "name": "Spanish Squat", "muscles": ["quadriceps"]}],
    }
    path = tmp_path / "names.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    mine = load_names(path)
    assert mine.lookup("rope thing").id == "triceps-pushdown"
    assert mine.lookup("Spanish Squat").id == "spanish-squat"
    assert load_names(json.dumps(data)).lookup("rope thing").id == "triceps-pushdown"
    assert load_names(str(path)).lookup("rope thing").id == "triceps-pushdown"


def test_a_toml_file_by_path(tmp_path: Path) -> None:
    path = tmp_path / "names.toml"
    path.write_text(TOML, encoding="utf-8")
    assert load_names(path).lookup("Zercher Walk").id == "zercher-carry"


def test_a_names_table_is_accepted_too() -> None:
    mine = load_names('[names]\n"Bench press Backup" = "bench-press"\n')
    assert mine.lookup("Bench press Backup").id == "bench-press"


def test_a_base_catalog_can_be_given() -> None:
    base = Catalog.builtin().with_names({"Flat Bench": "bench-press"})
    mine = load_names('"Row Thing" = "bent-over-row"', base=base)
    assert mine.lookup("flat bench").id == "bench-press"
    assert mine.lookup("row thing").id == "bent-over-row"
    with pytest.raises(TypeError):
        load_names('"a" = "dip"', base="builtin")  # type: ignore[arg-type]


def test_an_unknown_id_names_the_name_and_suggests_ids() -> None:
    with pytest.raises(neg.ValidationError) as info:
        load_names('"Bench" = "bench-pres"\n"Squats Old" = "bak-squat"\n')
    assert info.value.lines() == [
        "\"Bench\": no exercise has the id 'bench-pres'; did you mean 'bench-press'?",
        "\"Squats Old\": no exercise has the id 'bak-squat'; did you mean 'back-squat'?",
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            '[[exercises]]\nid = "x"\nname = "X"\nmuscles = ["chestt"]\n',
            "$.exercises[0].muscles[0]: must be one of",
        ),
        (
            '[[exercises]]\nid = "x"\nname = "X"\nmuscles = "chest"\n',
            "$.exercises[0].muscles: must be a list",
        ),
        ('[[exercises]]\nid = "x"\nname = "X"\n', "$.exercises[0].muscles: is required"),
        (
            '[[exercises]]\nid = "x"\nname = "X"\nmuscles = ["chest"]\ncolour = "red"\n',
            "$.exercises[0].colour: unknown field",
        ),
        (
            '[[exercises]]\nid = "dip"\nname = "My Dip"\nmuscles = ["chest"]\n',
            "$.exercises[0].id: 'dip' is already a catalog exercise",
        ),
        ('"Bench" = 3\n', '"Bench": must map to an exercise id (text), got int'),
        ('exercises = "none"\n', "$.exercises: must be a list of exercise tables"),
    ],
)
def test_bad_fields_are_validation_errors_naming_the_key(text: str, message: str) -> None:
    with pytest.raises(neg.ValidationError) as info:
        load_names(text)
    assert message in str(info.value)


def test_parse_errors_give_the_line(tmp_path: Path) -> None:
    with pytest.raises(neg.ParseError, match=r"not valid TOML: .*line 2"):
        load_names('"a" = "dip"\n"b" = \n')
    path = tmp_path / "names.json"
    path.write_text('{"a": "dip",\n "b": }', encoding="utf-8")
    with pytest.raises(neg.ParseError, match=r"names.json: not valid JSON at line 2"):
        load_names(path)
    path.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(neg.ParseError, match="a table of names"):
        load_names(path)


def test_a_missing_or_unreadable_file_is_a_parse_error_naming_it(tmp_path: Path) -> None:
    with pytest.raises(neg.ParseError, match=r"nope\.toml: cannot be read"):
        load_names(tmp_path / "nope.toml")
    with pytest.raises(neg.ParseError, match="NUL"):
        load_names("a\x00b.toml")


def test_the_source_must_be_a_path_text_or_mapping() -> None:
    with pytest.raises(TypeError):
        load_names(42)  # type: ignore[arg-type]


def test_list_elements_that_are_not_names_are_located() -> None:
    source = {"exercises": [{"id": "my-curl", "name": "My Curl", "muscles": [["biceps"]]}]}
    with pytest.raises(neg.ValidationError) as caught:
        load_names(source)
    (problem,) = caught.value.problems
    assert problem.loc == ("exercises", 0, "muscles", 0)
    assert "must be a name (text), got list" in problem.message

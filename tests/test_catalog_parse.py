"""Reading the parts of exercise names: movement, equipment, side, flags (`parse_name`)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import negatives as neg
from negatives.catalog import NameParts, parse_name

E = neg.Equipment


@pytest.mark.parametrize(
    ("name", "movement", "equipment", "implement"),
    [
        ("Bicep Curl (Cable)", ("bicep", "curl"), E.CABLE, "cable"),
        ("Bench Press (Smith Machine)", ("bench", "press"), E.SMITH_MACHINE, "smith-machine"),
        ("Lat Pulldown (Pulley)", ("lat", "pulldown"), E.CABLE, "cable"),
        ("Single Arm Row (Dumbbell)", ("row",), E.DUMBBELL, "dumbbell"),
        (
            "Triceps Pushdown (Cable - Straight Bar)",
            ("tricep", "pushdown", "straightbar"),
            E.CABLE,
            "cable",
        ),
        ("Seated Cable Row - Bar Grip", ("seated", "row", "straightbar"), E.CABLE, "cable"),
        ("Overhead Press (Each Side, Dumbbells)", ("overhead", "press"), E.DUMBBELL, "dumbbell"),
        ("Dumbbell Incline Hammer Curl", ("incline", "hammer", "curl"), E.DUMBBELL, "dumbbell"),
        ("EZ Bar Biceps Curl", ("bicep", "curl"), E.BARBELL, "ez-bar"),
        ("Deadlift (Trap bar)", ("deadlift",), E.BARBELL, "trap-bar"),
        ("Iso-Lateral Row (Machine)", ("row",), E.MACHINE, "plate-loaded"),
        ("Shoulder Press (Machine Plates)", ("shoulder", "press"), E.MACHINE, "plate-loaded"),
        ("Rope Push Down", ("rope", "pushdown"), E.CABLE, "cable"),
        ("KB Swing", ("swing",), E.KETTLEBELL, "kettlebell"),
        ("Front Raise (Plate)", ("front", "raise"), E.OTHER, "plate"),
        ("Deadlift Old Data ", ("deadlift",), None, None),
        ("Bench press Backup ", ("bench", "press"), None, None),
        ("Squat RPE6", ("squat",), None, None),
    ],
)
def test_names_are_read_into_parts(
    name: str, movement: tuple[str, ...], equipment: neg.Equipment | None, implement: str | None
) -> None:
    parts = parse_name(name)
    assert parts.name == name
    assert parts.movement == movement
    assert parts.equipment is equipment
    assert parts.implement == implement


@pytest.mark.parametrize(
    ("name", "implements", "chosen"),
    [
        ("Flat Barbell Bench Press (Each Side) (Smith Machine)", ("barbell", "smith-machine"),
         "smith-machine"),
        ("Cable EZ Bar Curl", ("cable", "ez-bar"), "cable"),
        ("Landmine Row (Barbell)", ("landmine", "barbell"), "landmine"),
        ("Curl (Barbell, Dumbbell)", ("barbell", "dumbbell"), None),  # cannot both be meant
        ("Squat (Bodyweight, Dumbbell)", ("bodyweight", "dumbbell"), "dumbbell"),
    ],
)  # fmt: skip
def test_two_implements_in_a_name(
    name: str, implements: tuple[str, str], chosen: str | None
) -> None:
    parts = parse_name(name)
    assert parts.implements == implements
    assert parts.implement == chosen


@pytest.mark.parametrize(
    ("name", "mode", "limb", "per_side"),
    [
        ("Single Arm Row (Dumbbell)", "unilateral", "arm", False),
        ("One-Leg Press", "unilateral", "leg", False),
        ("Single Leg Extensions", "unilateral", "leg", False),
        ("Alternating Dumbbell Curl", "alternating", None, False),
        ("Unilateral Lat Pulldown", "unilateral", None, False),
        ("Dumbbell Curl (Each Side)", None, None, True),
        ("Cable Lateral Raise (Per Arm)", None, None, True),
        ("Bench Press", None, None, False),
    ],
)
def test_sides_and_limbs(name: str, mode: str | None, limb: str | None, per_side: bool) -> None:
    parts = parse_name(name)
    assert (parts.limb_mode.value if parts.limb_mode else None) == mode
    assert parts.limb == limb
    assert parts.per_side is per_side


def test_flags() -> None:
    assert parse_name("Pull Up (Assisted)").assisted
    assert parse_name("Band Assisted Pull-up").assisted
    assert parse_name("Chin Up (Weighted)").weighted
    assert parse_name("Crunch With Weight").weighted
    assert parse_name("Back Extension Holds").hold
    assert parse_name("Isometric Squat").hold
    plain = parse_name("Pull Up")
    assert not (plain.assisted)
    assert not (plain.weighted)
    assert not plain.hold


def test_modifiers_unknown_and_ignored_words_are_reported() -> None:
    parts = parse_name("Porsey Row - Close Grip (Old)")
    assert parts.unknown == ("porsey",)
    assert "closegrip" in parts.modifiers
    assert parts.ignored == ("old",)
    assert parse_name("Seated Incline Dumbbell Curl").modifiers == ("seated", "incline")


def test_muscle_words_are_reported() -> None:
    assert parse_name("Triceps Pushdown").muscles == (neg.Muscle.TRICEPS,)
    assert parse_name("Frontier Forearms (Kittie)").muscles == (neg.Muscle.FOREARMS,)
    # "leg", "arm" and "back" are too vague to name a muscle group.
    assert parse_name("Leg Press").muscles == ()


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Bicep Curl", "Biceps Curls"),
        ("Tricep Pushdown", "Triceps Push-Down"),
        ("Triceps Push Down", "triceps pushdown"),
        ("DB Bench Press", "Dumbbell Bench Press"),
        ("Lat Pulldown (Pulley)", "Cable Lat Pull-Down"),
        ("EZ-Bar Curl", "EZ Bar Curl"),
        ("Skull Crushers", "Skullcrusher"),
        ("Pull-ups", "Pullup"),
        ("Tricep Extention", "Triceps Extension"),
        ("RDL", "Romanian Deadlift"),
        ("OHP", "Overhead Press"),
        ("Lying Leg Curl", "Leg Curl Lying"),
    ],
)
def test_synonyms_and_spellings_give_the_same_tokens(a: str, b: str) -> None:
    assert sorted(parse_name(a).tokens) == sorted(parse_name(b).tokens)


@pytest.mark.parametrize(
    ("name", "convention"),
    [
        ("Curl (Dumbbell)", "per_implement"),
        ("Kettlebell Swing", "per_implement"),
        ("Curl (Barbell)", "total"),
        ("Zottman Thing (Cable)", "total"),
        ("Mystery Lift", None),
    ],
)
def test_the_equipment_in_the_name_tells_the_load_convention(
    name: str, convention: str | None
) -> None:
    found = parse_name(name).load_convention
    assert (found.value if found is not None else None) == convention


def test_a_name_without_letters_has_empty_parts() -> None:
    parts = parse_name(" -- ")
    assert parts.tokens == ()
    assert parts.movement == ()
    assert parts.equipment is None


def test_parse_name_refuses_what_is_not_text() -> None:
    with pytest.raises(TypeError):
        parse_name(42)  # type: ignore[arg-type]


def test_name_parts_are_frozen_values() -> None:
    parts = parse_name("Bench Press (Barbell)")
    assert isinstance(parts, NameParts)
    assert parts == parse_name("Bench Press (Barbell)")
    assert hash(parts) == hash(parse_name("Bench Press (Barbell)"))


NAMES = st.sampled_from(
    [
        "Bench Press (Barbell)",
        "Single Arm Row (Dumbbell)",
        "Overhead Press (Each Side, Dumbbells)",
        "Triceps Pushdown (Cable - Straight Bar)",
        "Pull Up (Assisted)",
        "Lat Pulldown - Underhand (Cable)",
        "Deadlift Old Data",
    ]
)


@given(NAMES, st.lists(st.booleans(), min_size=60, max_size=60), st.sampled_from([" ", "  ", "\t"]))
def test_parts_ignore_case_and_spacing(name: str, flips: list[bool], space: str) -> None:
    varied = "".join(c.swapcase() if flip else c for c, flip in zip(name, flips, strict=False))
    varied = space + varied.replace(" ", space) + space
    a, b = parse_name(name), parse_name(varied)
    assert (a.tokens, a.equipment, a.limb_mode, a.per_side, a.assisted) == (
        b.tokens,
        b.equipment,
        b.limb_mode,
        b.per_side,
        b.assisted,
    )


@given(st.text(max_size=40))
def test_parse_name_never_fails_and_is_deterministic(text: str) -> None:
    assert parse_name(text) == parse_name(text)

"""Catalog paths the other tests leave out (issue 14's coverage gate): building, names,
structural readings that narrow or fall back, and the checks on a hand-made movement table."""

from __future__ import annotations

from typing import Any

import pytest

import negatives as neg
from negatives.catalog import Catalog, CatalogEntry, load_names
from negatives.catalog._build import build, muscle_exercise_id
from negatives.catalog._movement import Key, Movement
from negatives.catalog._names import parse_name
from negatives.catalog._structure import compile_structure

BUILTIN = Catalog.builtin()
QUADS = (neg.Muscle.QUADRICEPS,)
WALL_SIT = neg.Exercise("wall-sit", "Wall Sit", muscles=["quadriceps"])


def _zorb(**changes: Any) -> Movement:
    fields: dict[str, Any] = {"implements": ("barbell",), "default": "barbell"}
    fields.update(changes)
    return Movement("zorb-lift", "Zorb Lift", QUADS, **fields)


def _problems(make: Any) -> str:
    with pytest.raises(neg.ValidationError) as caught:
        make()
    return str(caught.value)


# -- building the catalog from a movement table -------------------------------------------------


def test_a_hand_written_entry_that_takes_a_generated_name_is_refused() -> None:
    mine = CatalogEntry(neg.Exercise("my-zorb", "Zorb Lift", muscles=["quadriceps"]))
    with pytest.raises(ValueError, match=r"^zorb-lift: the generated name 'Zorb Lift' is taken"):
        build([mine], [_zorb()])


def test_a_hand_written_muscle_exercise_replaces_the_generated_one() -> None:
    abs_id = muscle_exercise_id(neg.Muscle.ABDOMINALS)
    mine = CatalogEntry(neg.Exercise(abs_id, "My Abs", muscles=["abdominals"]))
    built = build([mine], [_zorb()])
    same = [entry for entry in built.entries if entry.exercise.id == abs_id]
    assert same == [mine]
    # every other muscle group still gets its general exercise, and the movement its own
    ids = {entry.exercise.id for entry in built.entries}
    assert muscle_exercise_id(neg.Muscle.CHEST) in ids
    assert "zorb-lift" in ids


# -- a movement table's own checks ------------------------------------------------------------


def test_a_movement_id_twice_in_the_table_is_refused() -> None:
    with pytest.raises(ValueError, match=r"^the movement id 'zorb-lift' is used twice$"):
        compile_structure([_zorb(), _zorb()])


def test_a_key_without_a_movement_word_is_refused() -> None:
    with pytest.raises(ValueError, match=r"^the key 'dumbbell' of 'zorb-lift' has no movement"):
        compile_structure([_zorb(keys=("dumbbell",))])


def test_a_key_naming_a_movement_not_in_the_table_is_refused() -> None:
    bad = Key("lift", among=("zorb-lift", "no-such-lift"))
    with pytest.raises(ValueError, match=r"^the key 'lift' names an unknown movement 'no-such"):
        compile_structure([_zorb(keys=(bad,))])


def test_a_movement_without_keys_is_read_by_its_own_name() -> None:
    structure = compile_structure([_zorb()])
    reading = structure.read(parse_name("Zorb Lifts"))
    assert (reading.kind, reading.movements, reading.implement) == (
        "movement",
        ("zorb-lift",),
        "barbell",
    )
    assert reading.keys == ("Zorb Lift",)


# -- the names a catalog maps -----------------------------------------------------------------


def test_a_mapped_name_without_a_letter_is_refused_naming_it() -> None:
    message = _problems(lambda: Catalog([CatalogEntry(WALL_SIT)], names={"!!!": "wall-sit"}))
    assert message == "Catalog.names.!!!: must be a name with a letter"


def test_a_mapped_name_to_a_mistyped_id_suggests_the_id() -> None:
    message = _problems(lambda: BUILTIN.with_names({"My Bench": "bench-pres"}))
    assert "names.My Bench: no exercise has the id 'bench-pres'; did you mean" in message
    assert "'bench-press'?" in message


def test_a_mapped_name_to_an_id_like_nothing_has_no_hint() -> None:
    small = Catalog([CatalogEntry(WALL_SIT)])
    message = _problems(lambda: small.with_names({"Squat": "zzzzzzzzzzzz"}))
    assert message == "Catalog.names.Squat: no exercise has the id 'zzzzzzzzzzzz'"


def test_a_mapped_name_to_an_id_that_is_not_text_is_refused() -> None:
    names: Any = {"Wall Squat": 5}
    message = _problems(lambda: Catalog([CatalogEntry(WALL_SIT)], names=names))
    assert message == "Catalog.names.Wall Squat: no exercise has the id 5"


# -- resolving without the movement table -----------------------------------------------------


def test_a_catalog_of_entries_alone_matches_an_exercise_without_muscles() -> None:
    rower = neg.Exercise("rowing-machine", "Rowing Machine", muscles=[])
    small = Catalog([CatalogEntry(rower)])
    # the built-in catalog reads "Rowing Machine" as cardio; one made of entries has no
    # movement table, so its own entry is simply matched
    assert BUILTIN.resolve("Rowing Machine").kind == "cardio"
    resolution = small.resolve("Rowing Machine")
    assert (resolution.kind, resolution.exercise) == ("matched", rower)


def test_a_miss_that_shares_too_little_with_any_name_suggests_nothing() -> None:
    ex = neg.Exercise("alpha-lift", "Alpha Beta Gamma Delta", muscles=["quadriceps"])
    small = Catalog([CatalogEntry(ex)])
    resolution = small.resolve("Alpha")  # one word of four: a Jaccard score of 0.25 < 0.3
    assert (resolution.kind, resolution.candidates) == ("unknown", ())
    assert "nothing in the catalog is close" in resolution.reason
    assert small.resolve("Alpha Beta").candidates == ("alpha-lift",)  # 0.5: suggested


def test_the_resolution_cache_is_bounded() -> None:
    small = Catalog([CatalogEntry(WALL_SIT)])
    for i in range(20_002):
        small.resolve(f"Wall Sit {i}")
    assert 0 < len(small._cache) <= 20_001
    assert small.resolve("Wall Sit").exercise == WALL_SIT
    assert small.resolve("Wall Sit 3").kind == "unknown"


# -- structural readings ------------------------------------------------------------------------


def test_find_falls_back_to_the_candidates_of_an_ambiguous_reading() -> None:
    found = [e.id for e in BUILTIN.find("Zorbly Press")]
    assert found == ["bench-press-unspecified", "leg-press", "overhead-press"]


def test_a_muscle_group_without_its_general_exercise_is_unknown() -> None:
    assert BUILTIN.resolve("Total Abdominal").exercise == BUILTIN.lookup("abdominals-exercise")
    mine = BUILTIN.without("abdominals-exercise")
    resolution = mine.resolve("Total Abdominal")
    assert (resolution.kind, resolution.exercise) == ("unknown", None)
    assert resolution.reason.startswith("no exercise recognised in 'Total Abdominal'")


def test_several_muscle_groups_and_no_movement_offer_each_group() -> None:
    resolution = BUILTIN.resolve("Biceps Triceps")
    assert resolution.kind == "ambiguous"
    assert resolution.candidates == ("biceps-exercise", "triceps-exercise")
    assert "names several muscle groups and no movement" in resolution.reason
    mine = BUILTIN.without("triceps-exercise")
    assert mine.resolve("Biceps Triceps").candidates == ("biceps-exercise",)


def test_an_unknown_word_beside_a_strict_key_is_not_tolerated() -> None:
    resolution = BUILTIN.resolve("Zorbly Twist")
    assert (resolution.kind, resolution.candidates) == ("ambiguous", ("torso-rotation",))
    assert "the words 'zorbly' may name a variant that works other muscles" in resolution.reason


def test_one_arm_drops_the_leg_movements_of_an_ambiguous_name() -> None:
    assert BUILTIN.resolve("Press").candidates == (
        "bench-press-unspecified",
        "leg-press",
        "overhead-press",
    )
    resolution = BUILTIN.resolve("One Arm Press")
    assert resolution.kind == "ambiguous"
    assert resolution.candidates == ("bench-press-unspecified", "overhead-press")


def test_an_implement_no_candidate_lists_narrows_nothing() -> None:
    resolution = BUILTIN.resolve("Trap Bar Press")
    assert resolution.kind == "ambiguous"
    assert resolution.candidates == ("bench-press-unspecified", "leg-press", "overhead-press")


def test_a_muscle_named_beside_an_ambiguous_key_picks_the_movement_working_it() -> None:
    resolution = BUILTIN.resolve("Shoulder Leg Press")
    # "shoulder" singles out the overhead press, whose name does not explain "leg"
    assert (resolution.kind, resolution.candidates) == ("ambiguous", ("overhead-press",))
    assert "the name also says 'leg'" in resolution.reason


def test_an_implement_known_by_a_movements_ids_picks_that_exercise() -> None:
    resolution = BUILTIN.resolve("Machine Press")
    assert resolution.kind == "ambiguous"
    assert "machine-chest-press" in resolution.candidates


def test_a_removed_implement_exercise_falls_back_to_the_movements_default() -> None:
    assert BUILTIN.resolve("Dumbbell Press").candidates == (
        "dumbbell-bench-press",
        "dumbbell-shoulder-press",
    )
    mine = BUILTIN.without("dumbbell-bench-press")
    assert mine.resolve("Dumbbell Press").candidates == (
        "bench-press-unspecified",
        "dumbbell-shoulder-press",
    )
    fewer = mine.without("bench-press-unspecified")
    assert fewer.resolve("Dumbbell Press").candidates == ("dumbbell-shoulder-press",)


def test_an_ambiguous_name_whose_candidates_are_all_removed_is_unknown() -> None:
    mine = BUILTIN.without("bench-press-unspecified", "leg-press", "overhead-press")
    resolution = mine.resolve("Press")
    assert resolution.kind == "unknown"
    assert "(the name could mean any of these movements)" in resolution.reason


def test_a_one_limb_variant_in_the_catalog_is_used_rather_than_derived() -> None:
    derived = BUILTIN.resolve("One Leg Press (Machine)")
    assert derived.exercise is not None
    assert derived.exercise.id == "leg-press-one-leg"
    assert "(derived from the movement" in derived.reason
    own = neg.Exercise(
        "leg-press-one-leg", "Unilateral Sled", muscles=["quadriceps"], limb_mode="unilateral"
    )
    mine = BUILTIN.with_exercises(own)
    resolution = mine.resolve("One Leg Press (Machine)")
    assert (resolution.kind, resolution.exercise) == ("derived", own)
    assert resolution.reason.endswith("unilateral: 'leg-press-one-leg'")
    assert "derived from the movement" not in resolution.reason


# -- names files ---------------------------------------------------------------------------------


def test_a_names_file_entry_the_catalog_refuses_is_reported_at_the_exercise() -> None:
    curl = {"id": "my-curl", "name": "My Curl", "muscles": ["biceps"]}
    bad_alias = {**curl, "aliases": ["Curl Thing", "!!!"]}
    message = _problems(lambda: load_names({"exercises": [bad_alias]}))
    assert message == "$.exercises[0].aliases[1]: has no letter or digit: '!!!'"
    bad_notes = {**curl, "notes": 5}
    message = _problems(lambda: load_names({"exercises": [bad_notes]}))
    assert message == "$.exercises[0].notes: must be text, got int"


# -- regression: the strict "plank" key ---------------------------------------------------------


def test_an_unknown_word_beside_plank_is_not_tolerated() -> None:
    # "plank hold" and "weighted plank" were non-strict keys of the same words as the strict
    # "plank" (the parser reads "hold" and "weighted" off), which made "Plank Jacks" a plank
    for name, word in (("Plank Jacks", "jack"), ("Zorbly Plank", "zorbly")):
        resolution = BUILTIN.resolve(name)
        assert (resolution.kind, resolution.candidates) == ("ambiguous", ("plank",))
        assert f"the words '{word}' may name a variant that works other muscles" in (
            resolution.reason
        )
    for name in ("Plank", "Plank Hold", "Weighted Plank", "Plank (Weighted)", "Front Plank"):
        resolution = BUILTIN.resolve(name)
        assert resolution.exercise is not None, name
        assert resolution.exercise.id == "plank"
        assert resolution.hold


def test_no_key_undoes_a_strict_key_of_the_same_words() -> None:
    assert BUILTIN._reader is not None
    keys = BUILTIN._reader.structure.keys
    for strict in (k for k in keys if k.strict):
        for other in keys:
            same = other.tokens == strict.tokens and other.required == strict.required
            shared = set(other.meanings(None)) & set(strict.meanings(None))
            assert other.strict or not (same and shared), (strict.text, other.text)

"""The built-in exercise catalog: lookups as apps write names, ambiguity, data, extension."""

from __future__ import annotations

import pickle
import re
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

import negatives as neg
from negatives import catalog
from negatives.catalog import Catalog, CatalogEntry, normalize_name

# Every exercise name in the sample exports (/work/shared/data/exports/*.csv: Strong, Hevy,
# FitNotes and the JEFIT "logs" section), extracted once with a script and written here, with
# the id each resolves to.
EXPORT_NAMES = {
    # Strong (strong-basic, strong-multiworkout, strong-real, strong-semicolon-sample)
    "Barbell Bench Press": "bench-press",
    "Barbell Squat": "back-squat",
    "Barbell Deadlift": "deadlift",
    "Dumbbell Lateral Raise": "dumbbell-lateral-raise",
    "Pull Up": "pull-up",
    "Bench Press (Barbell)": "bench-press",
    "Bent Over Row (Barbell)": "bent-over-row",
    "Deadlift (Barbell)": "deadlift",
    "Incline Bench Press (Barbell)": "incline-bench-press",
    "Lateral Raise (Dumbbell)": "dumbbell-lateral-raise",
    "Squat (Barbell)": "back-squat",
    "Lat Pulldown (Cable)": "lat-pulldown",
    "Chin Up": "chin-up",
    "Bicep Curl (Dumbbell)": "dumbbell-curl",
    "Leg Press": "leg-press",
    "Plank": "plank",
    # Hevy (hevy-basic, hevy-exercise-notes, hevy-real, hevy-supersets)
    "Back Squat (Barbell)": "back-squat",
    "Overhead Press (Barbell)": "overhead-press",
    "Bent-Over Barbell Row": "bent-over-row",
    "Incline Bench Press (Dumbbell)": "incline-dumbbell-press",
    "Bench Press (Dumbbell)": "dumbbell-bench-press",
    "Lower Chest Fly": "lower-chest-fly",
    "Lat Pulldown (Machine)": "machine-lat-pulldown",
    "Seated Row (Machine)": "machine-seated-row",
    # FitNotes (fitnotes-sample, fitnotes-unit-column-sample)
    "Flat Barbell Bench Press": "bench-press",
    "Dumbbell Curl": "dumbbell-curl",
    "Treadmill": "treadmill",
    "Lying Leg Curl": "lying-leg-curl",
    "Seated Leg Curl": "seated-leg-curl",
    "Dips": "dip",
    "Overhead Press": "overhead-press",
    # JEFIT (jefit-basic, jefit-real)
    "Incline Dumbbell Press": "incline-dumbbell-press",
    "Cable Fly": "cable-fly",
    "Tricep Pushdown": "triceps-pushdown",
    "Romanian Deadlift": "romanian-deadlift",
    "Leg Curl": "leg-curl",
    "Calf Raise": "calf-raise",
    "Deadlift": "deadlift",
    "Barbell Row": "bent-over-row",
    "Face Pull": "face-pull",
    "Barbell Overhead Press": "overhead-press",
    "Dumbbell Bench Press": "dumbbell-bench-press",
    "Lateral Raise": "lateral-raise",
    "Barbell Skull Crusher": "skull-crusher",
    "Cable Lateral Raise": "cable-lateral-raise",
    "Front Squat": "front-squat",
    "Bulgarian Split Squat": "bulgarian-split-squat",
    "Leg Extension": "leg-extension",
    "Barbell Hip Thrust": "hip-thrust",
}

# The exercises the catalog promises beyond the exports.
REQUIRED_IDS = {
    "barbell-curl", "dumbbell-curl", "ez-bar-curl", "preacher-curl", "hammer-curl",
    "leg-press", "leg-curl", "lying-leg-curl", "seated-leg-curl", "leg-extension",
    "lat-pulldown", "dip", "chin-up", "pull-up", "push-up", "nordic-curl", "overhead-press",
    "dumbbell-shoulder-press", "machine-shoulder-press", "incline-bench-press",
    "incline-dumbbell-press", "back-squat", "front-squat", "deadlift", "romanian-deadlift",
    "bent-over-row", "seated-cable-row", "skull-crusher", "triceps-pushdown", "calf-raise",
    "hip-thrust", "bulgarian-split-squat", "dumbbell-lateral-raise", "cable-lateral-raise",
    "cable-fly", "face-pull", "plank", "treadmill", "bench-press", "dumbbell-bench-press",
}  # fmt: skip

# The 47 exercises of the first catalog: their ids are referenced by users' documents.
FIRST_IDS = REQUIRED_IDS | {
    "machine-chest-press", "machine-lat-pulldown", "machine-seated-row", "bent-over-row",
    "dumbbell-row", "dumbbell-fly", "lateral-raise", "lower-chest-fly", "leg-extension",
}  # fmt: skip

# Names that could mean exercises with different muscles (or loading): never guessed.
AMBIGUOUS = {
    "Press": {"bench-press-unspecified", "leg-press", "overhead-press"},
    "Curl": {"bicep-curl", "leg-curl", "wrist-curl"},
    "Raise": {"calf-raise", "front-raise", "lateral-raise", "leg-raise"},
    "Extension": {"back-extension", "leg-extension", "triceps-extension", "wrist-extension"},
    "Kickback": {"triceps-kickback", "glute-kickback"},
    "Cable Kickback": {"cable-triceps-kickback", "glute-kickback"},
}

# Bare names whose equipment is not stated: one movement-level exercise, muscles certain.
MOVEMENT_LEVEL = {
    "Bench Press": "bench-press-unspecified",
    "Bicep Curl": "bicep-curl",
    "Row": "row",
    "Seated Row": "seated-row",
    "Squat": "squat",
    "Incline Bench Press": "incline-bench-press-unspecified",
    "Shoulder Press": "shoulder-press",
    "Chest Fly": "chest-fly",
    "Triceps Extension": "triceps-extension",
}

BUILTIN = Catalog.builtin()
ALL = catalog.exercises()
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")

# Names that resolve to one exercise: the exports' names and every exercise's own name.
KNOWN_NAMES = sorted({**EXPORT_NAMES, **{e.name: e.id for e in ALL}}.items())

SPANISH = neg.Exercise(
    "spanish-squat",
    "Spanish Squat",
    muscles=[neg.Muscle.QUADRICEPS],
    equipment="bodyweight",
    starts_with="eccentric",
)


# -- names from the exports ----------------------------------------------------------------------


@pytest.mark.parametrize(("name", "id_"), sorted(EXPORT_NAMES.items()))
def test_every_export_name_resolves(name: str, id_: str) -> None:
    assert catalog.lookup(name).id == id_


@pytest.mark.parametrize(("name", "id_"), sorted(EXPORT_NAMES.items()))
def test_every_export_name_is_recorded_as_a_name_or_alias(name: str, id_: str) -> None:
    entry = BUILTIN.entry(id_)
    assert name in entry.names()


def test_the_catalog_holds_the_promised_exercises() -> None:
    assert {e.id for e in ALL} >= FIRST_IDS | set(EXPORT_NAMES.values())
    assert len(FIRST_IDS) == 47


@pytest.mark.parametrize(
    "name",
    ["Bench Press (Barbell)", "barbell bench press", "Barbell Bench-Press",
     "BENCH PRESS (BARBELL)", "bench_press barbell", "  Barbell   Bench  Press!  ", "bench-press",
     "BB Bench Press", "Barbell Bench Presses"],
)  # fmt: skip
def test_lookup_is_case_punctuation_and_order_insensitive(name: str) -> None:
    assert catalog.lookup(name).id == "bench-press"


@pytest.mark.parametrize(
    ("name", "id_"),
    [
        ("Pull Up", "pull-up"),
        ("Pull-up", "pull-up"),
        ("Pullup", "pull-up"),
        ("pull-ups", "pull-up"),
        ("Pullups", "pull-up"),
        ("Chin-Ups", "chin-up"),
        ("dip", "dip"),
        ("DIPS", "dip"),
        ("Tricep Pushdown", "triceps-pushdown"),
        ("Triceps Pushdown", "triceps-pushdown"),
        ("Triceps Pushdown (Cable - Straight Bar)", "triceps-pushdown"),
        ("Bicep Curl (Dumbbell)", "dumbbell-curl"),
        ("Biceps Curl (Dumbbell)", "dumbbell-curl"),
        ("DB Curl", "dumbbell-curl"),
        ("Overhead Press (Barbell)", "overhead-press"),
        ("Barbell Overhead Press", "overhead-press"),
        ("Overhead Press", "overhead-press"),
        ("Overhead Press (Dumbbell)", "dumbbell-shoulder-press"),
        ("Seated Military Press (Machine)", "machine-shoulder-press"),
        ("Nordic Hamstring Curl", "nordic-curl"),
        ("Nordic Curls", "nordic-curl"),
        ("Push-Ups", "push-up"),
        ("Cable Flyes", "cable-fly"),
        ("Standing Calf Raises", "calf-raise"),
        ("Lat Pull-Down", "lat-pulldown"),
        ("Lying Leg Curls", "lying-leg-curl"),
        ("Skullcrusher (Barbell)", "skull-crusher"),
        ("Chest Press (Machine)", "machine-chest-press"),
    ],
)
def test_common_spellings_resolve(name: str, id_: str) -> None:
    assert catalog.lookup(name).id == id_


@st.composite
def disguised_names(draw: st.DrawFn) -> tuple[str, str]:
    name, id_ = draw(st.sampled_from(KNOWN_NAMES))
    flips = draw(st.lists(st.booleans(), min_size=len(name), max_size=len(name)))
    text = "".join(c.swapcase() if flip else c for c, flip in zip(name, flips, strict=True))
    separators = st.text(alphabet=" -_/.,", min_size=1, max_size=3)
    words = text.split(" ")
    joined = words[0]
    for word in words[1:]:
        joined += draw(separators) + word
    junk = st.text(alphabet=" -_.,;:!?()[]*/'\t", max_size=4)
    return draw(junk) + joined + draw(junk), id_


@given(disguised_names())
def test_lookup_ignores_case_and_punctuation_around_a_known_name(case: tuple[str, str]) -> None:
    text, id_ = case
    assert catalog.lookup(text).id == id_


# -- ambiguity and misses ----------------------------------------------------------------------


@pytest.mark.parametrize(("name", "ids"), sorted(AMBIGUOUS.items()))
def test_ambiguous_names_are_never_guessed(name: str, ids: set[str]) -> None:
    with pytest.raises(neg.CatalogError) as info:
        catalog.lookup(name)
    error = info.value
    assert isinstance(error, LookupError)
    assert error.query == name
    assert set(error.candidates) == ids
    assert list(error.candidates) == sorted(ids)
    assert str(error).startswith(f"ambiguous exercise {name!r}: it could be ")
    for id_ in ids:
        assert repr(id_) in str(error)


def test_ambiguous_message_is_pinned() -> None:
    with pytest.raises(neg.CatalogError) as info:
        catalog.lookup("press")
    assert str(info.value) == (
        "ambiguous exercise 'press': it could be 'bench-press-unspecified' (Bench Press), "
        "'leg-press' (Leg Press) or 'overhead-press' (Barbell Overhead Press); look it up by id "
        "or by a fuller name"
    )


@pytest.mark.parametrize(("name", "id_"), sorted(MOVEMENT_LEVEL.items()))
def test_a_bare_name_is_its_movement_level_exercise(name: str, id_: str) -> None:
    exercise = catalog.lookup(name)
    assert exercise.id == id_
    assert exercise.muscles
    assert exercise.equipment is neg.Equipment.OTHER
    assert exercise.load_convention is neg.LoadConvention.TOTAL
    assert "equipment not stated" in catalog.resolve(name).reason


def test_a_miss_suggests_close_names() -> None:
    with pytest.raises(neg.CatalogError) as info:
        catalog.lookup("Riser")
    error = info.value
    assert isinstance(error, LookupError)
    assert isinstance(error, neg.NegativesError)
    assert error.query == "Riser"
    assert "lateral-raise" in error.candidates
    assert str(error).startswith("unknown exercise 'Riser'; did you mean ")


@pytest.mark.parametrize(
    ("query", "id_"),
    [
        ("Nordic Hamstring Curll", "nordic-curl"),
        ("Tricep Pushdwn", "triceps-pushdown"),
        ("Latteral Raise (Dumbell)", "dumbbell-lateral-raise"),
        ("Hip Thrusters", "hip-thrust"),
        ("bench-pres", "bench-press-unspecified"),
    ],
)
def test_typos_of_movement_words_are_read(query: str, id_: str) -> None:
    assert catalog.lookup(query).id == id_


@pytest.mark.parametrize("query", ["Benchh Pres (Dumbel)", "Sqaut", "Kettlebel"])
def test_misses_suggest_at_most_a_few_names(query: str) -> None:
    resolution = catalog.resolve(query)
    assert len(resolution.candidates) <= catalog.MAX_SUGGESTIONS
    if resolution.exercise is None:
        with pytest.raises(neg.CatalogError) as info:
            catalog.lookup(query)
        assert info.value.candidates == resolution.candidates or resolution.kind == "ambiguous"


def test_a_miss_with_nothing_close_says_how_to_add_it() -> None:
    with pytest.raises(LookupError) as info:
        catalog.lookup("Intensity")
    assert isinstance(info.value, neg.CatalogError)
    assert info.value.candidates == ()
    assert str(info.value) == (
        "unknown exercise 'Intensity'; nothing in the catalog is close; add it with "
        "Catalog.with_exercises()"
    )


def test_cardio_is_not_a_strength_exercise() -> None:
    with pytest.raises(neg.CatalogError) as info:
        catalog.lookup("Zumba")
    assert str(info.value) == (
        "not a strength exercise 'Zumba': cardio or a sport: no muscle-group sets"
    )


def test_a_word_of_a_name_is_suggested() -> None:
    with pytest.raises(neg.CatalogError) as info:
        catalog.lookup("split")
    assert info.value.candidates == ("split-squat",)


@pytest.mark.parametrize("query", ["", "   ", "--", "()"])
def test_a_query_without_letters_is_a_catalog_error(query: str) -> None:
    with pytest.raises(neg.CatalogError, match="has no letter or digit") as info:
        catalog.lookup(query)
    assert info.value.query == query
    assert catalog.find(query) == ()


def test_a_query_that_is_not_text_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        catalog.lookup(42)  # type: ignore[arg-type]
    assert catalog.find(42) == ()  # type: ignore[arg-type]


def test_catalog_errors_pickle() -> None:
    with pytest.raises(neg.CatalogError) as info:
        catalog.lookup("Press")
    copy = pickle.loads(pickle.dumps(info.value))
    assert (copy.query, copy.candidates, str(copy)) == (
        info.value.query,
        info.value.candidates,
        str(info.value),
    )


def test_ids_are_matched_exactly_and_win_over_names() -> None:
    assert catalog.lookup("bench-press").id == "bench-press"
    assert catalog.lookup(" bench-press ").id == "bench-press"
    # The same words as a name are the movement-level bench press (equipment not stated).
    assert catalog.lookup("Bench Press").id == "bench-press-unspecified"
    assert catalog.lookup("Bench-Press").id == "bench-press-unspecified"


# -- find ------------------------------------------------------------------------------------


def test_find_returns_every_exercise_of_an_ambiguous_name() -> None:
    mine = BUILTIN.with_exercises(CatalogEntry(SPANISH, aliases=["Front Squat"]))
    assert [e.id for e in mine.find("Front Squat")] == ["front-squat", "spanish-squat"]
    # No exercise is named just "Press": every one whose names contain the word is found.
    assert {"bench-press-unspecified", "leg-press", "overhead-press"} <= {
        e.id for e in catalog.find("Press")
    }


def test_find_an_exact_name_returns_just_that_exercise() -> None:
    assert [e.id for e in catalog.find("Leg Curl")] == ["leg-curl"]
    assert [e.id for e in catalog.find("barbell-curl")] == ["barbell-curl"]
    assert [e.id for e in catalog.find("ROW")] == ["row"]


def test_find_falls_back_to_names_containing_every_word() -> None:
    assert {"cable-lateral-raise", "dumbbell-lateral-raise", "lateral-raise"} <= {
        e.id for e in catalog.find("lateral")
    }
    assert all("lateral" in e.name.lower() for e in catalog.find("lateral"))
    assert [e.id for e in catalog.find("leg curls")] == ["leg-curl"]
    assert {e.id for e in catalog.find("curl leg lying")} == {"lying-leg-curl"}
    assert {"dumbbell-bench-press", "dumbbell-shoulder-press", "incline-dumbbell-press"} <= {
        e.id for e in catalog.find("dumbbell press")
    }


def test_find_falls_back_to_the_structure_of_the_name() -> None:
    assert [e.id for e in catalog.find("Bicep Curl (Cable)")] == ["cable-curl"]
    assert [e.id for e in catalog.find("Lat Pulldown (Pulley)")] == ["lat-pulldown"]


def test_find_never_raises_for_a_miss() -> None:
    assert catalog.find("zumba") == ()
    assert catalog.find("intensity") == ()


@given(st.text(max_size=30))
def test_find_is_sorted_by_id_and_never_raises(text: str) -> None:
    found = catalog.find(text)
    assert [e.id for e in found] == sorted(e.id for e in found)


# -- the data --------------------------------------------------------------------------------


def test_ids_are_unique_slugs_and_exercises_are_sorted() -> None:
    ids = [e.id for e in ALL]
    assert ids == sorted(set(ids))
    assert all(SLUG.fullmatch(id_) for id_ in ids)


@pytest.mark.parametrize("exercise", ALL, ids=lambda e: e.id)
def test_every_exercise_is_valid_and_round_trips(exercise: neg.Exercise) -> None:
    assert isinstance(exercise, neg.Exercise)
    assert neg.from_json(neg.to_json(exercise), neg.Exercise) == exercise


@pytest.mark.parametrize("exercise", ALL, ids=lambda e: e.id)
def test_every_exercise_resolves_by_its_id_and_its_name(exercise: neg.Exercise) -> None:
    assert catalog.lookup(exercise.id) is exercise
    assert catalog.lookup(exercise.name) is exercise
    assert exercise in catalog.find(exercise.name)


@pytest.mark.parametrize("exercise", ALL, ids=lambda e: e.id)
def test_every_alias_resolves_to_its_exercise_or_is_ambiguous(exercise: neg.Exercise) -> None:
    for alias in catalog.aliases(exercise.id):
        found = catalog.find(alias)
        assert exercise in found
        if len(found) == 1:
            assert catalog.lookup(alias) is exercise
        else:
            with pytest.raises(neg.CatalogError) as info:
                catalog.lookup(alias)
            assert info.value.candidates == tuple(e.id for e in found)


@pytest.mark.parametrize("exercise", ALL, ids=lambda e: e.id)
def test_every_exercise_has_notes(exercise: neg.Exercise) -> None:
    assert BUILTIN.entry(exercise.id).notes


@pytest.mark.parametrize(
    ("id_", "ratio"),
    [
        ("lat-pulldown", 1.32),
        ("machine-lat-pulldown", 1.32),
        ("leg-press", 1.44),
        ("machine-chest-press", 1.40),
        ("leg-extension", 1.35),
        ("machine-shoulder-press", 1.49),
        ("leg-curl", 1.27),
        ("lying-leg-curl", 1.27),
        ("seated-leg-curl", 1.27),
        ("bench-press", 1.24),
    ],
)
def test_ecc_con_ratios_are_pinned(id_: str, ratio: float) -> None:
    assert catalog.lookup(id_).ecc_con_ratio == ratio


def test_other_exercises_have_no_ratio() -> None:
    with_ratio = {e.id for e in ALL if e.ecc_con_ratio is not None}
    assert with_ratio == {
        "lat-pulldown", "machine-lat-pulldown", "leg-press", "machine-chest-press",
        "leg-extension", "machine-shoulder-press", "leg-curl", "lying-leg-curl",
        "seated-leg-curl", "bench-press",
    }  # fmt: skip


def test_bodyweight_fractions_are_pinned() -> None:
    fractions = {e.id: e.bodyweight_fraction for e in ALL if e.bodyweight_fraction}
    # DOMAIN §5's values, and the variants that move the body the same way.
    assert fractions == {
        "pull-up": 1.0,
        "chin-up": 1.0,
        "muscle-up": 1.0,
        "dip": 0.95,
        "push-up": 0.65,
        "close-grip-push-up": 0.65,
        "nordic-curl": 0.88,
    }
    assert [e.id for e in ALL if e.eccentric_only] == ["nordic-curl"]
    assert "Eccentric-only" in BUILTIN.entry("nordic-curl").notes


@pytest.mark.parametrize(
    ("id_", "phase"),
    [
        ("back-squat", "eccentric"),
        ("front-squat", "eccentric"),
        ("bench-press", "eccentric"),
        ("dumbbell-bench-press", "eccentric"),
        ("incline-bench-press", "eccentric"),
        ("leg-press", "eccentric"),
        ("dip", "eccentric"),
        ("push-up", "eccentric"),
        ("nordic-curl", "eccentric"),
        ("romanian-deadlift", "eccentric"),
        ("skull-crusher", "eccentric"),
        ("dumbbell-fly", "eccentric"),
        ("overhead-press", "concentric"),
        ("deadlift", "concentric"),
        ("bent-over-row", "concentric"),
        ("barbell-curl", "concentric"),
        ("pull-up", "concentric"),
        ("chin-up", "concentric"),
        ("lat-pulldown", "concentric"),
        ("leg-curl", "concentric"),
        ("leg-extension", "concentric"),
        ("dumbbell-lateral-raise", "concentric"),
        ("triceps-pushdown", "concentric"),
        ("face-pull", "concentric"),
        ("calf-raise", "concentric"),
        ("hip-thrust", "concentric"),
    ],
)
def test_starting_phases(id_: str, phase: str) -> None:
    assert catalog.lookup(id_).starts_with is neg.Phase(phase)


def test_dumbbell_exercises_log_one_dumbbell_and_the_rest_the_total() -> None:
    for e in ALL:
        expected = (
            neg.LoadConvention.PER_IMPLEMENT
            if e.equipment in (neg.Equipment.DUMBBELL, neg.Equipment.KETTLEBELL)
            else neg.LoadConvention.TOTAL
        )
        assert e.load_convention is expected, e.id
    assert catalog.lookup("dumbbell-curl").total_load(neg.kg(20)) == neg.kg(40)


@pytest.mark.parametrize(
    ("id_", "risk"),
    [
        ("bench-press", "high"),
        ("incline-bench-press", "high"),
        ("overhead-press", "high"),
        ("dumbbell-shoulder-press", "high"),
        ("back-squat", "high"),
        ("front-squat", "high"),
        ("skull-crusher", "high"),
        ("pull-up", "medium"),
        ("chin-up", "medium"),
        ("dip", "medium"),
        ("deadlift", "medium"),
        ("romanian-deadlift", "medium"),
        ("bent-over-row", "medium"),
        ("dumbbell-bench-press", "medium"),
        ("leg-press", "low"),
        ("lat-pulldown", "low"),
        ("barbell-curl", "low"),
        ("leg-curl", "low"),
        ("leg-extension", "low"),
        ("dumbbell-lateral-raise", "low"),
        ("push-up", "low"),
        ("nordic-curl", "low"),
        ("calf-raise", "low"),
        ("triceps-pushdown", "low"),
    ],
)
def test_risk_classes(id_: str, risk: str) -> None:
    assert catalog.lookup(id_).risk is neg.RiskClass(risk)


def test_cardio_and_the_plank() -> None:
    treadmill = catalog.lookup("Treadmill")
    assert (treadmill.muscles, treadmill.equipment, treadmill.risk) == (
        (),
        neg.Equipment.OTHER,
        None,
    )
    plank = catalog.lookup("plank")
    assert plank.muscles == (neg.Muscle.ABDOMINALS,)
    assert plank.risk is None
    assert "no eccentric" in BUILTIN.entry("plank").notes


def test_export_names_are_listed_as_aliases() -> None:
    assert "Chin Up" in catalog.aliases("chin-up")
    assert "Dips" in catalog.aliases("dip")
    with pytest.raises(neg.CatalogError, match="unknown exercise id 'chinup'"):
        catalog.aliases("chinup")


# -- normalisation -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("Bench Press (Barbell)", "bench press barbell"),
        ("Barbell Bench-Press", "barbell bench press"),
        ("Triceps Pushdown (Cable - Straight Bar)", "tricep pushdown cable straight bar"),
        ("Pull-Ups", "pull up"),
        ("Dips", "dip"),
        ("Press", "press"),
        ("Bench Presses", "bench press"),
        ("Crunches", "crunch"),
        ("Cable Flyes", "cable fly"),
        ("Seated Calves", "seated calf"),
        ("Farmer's Walk", "farmer walk"),
        ("Gluteus", "gluteus"),
        ("Abs", "ab"),
        ("Développé Couché", "developpe couche"),
        ("DB Row", "dumbbell row"),
        ("  many   spaces\t", "many space"),
        ("--", ""),
    ],
)
def test_normalize_name(text: str, normal: str) -> None:
    assert normalize_name(text) == normal


@given(st.text(max_size=40))
def test_normalize_name_is_idempotent(text: str) -> None:
    once = normalize_name(text)
    assert normalize_name(once) == once


# -- building catalogs -----------------------------------------------------------------------


def test_the_builtin_catalog_is_built_once() -> None:
    assert Catalog.builtin() is Catalog.builtin()
    assert len(Catalog.builtin()) == len(ALL)
    assert repr(Catalog.builtin()) == f"<Catalog of {len(ALL)} exercises>"


def test_importing_negatives_does_not_build_the_catalog() -> None:
    data = ("_entries", "_movements", "_build", "_vocabulary", "_structure")
    code = (
        "import sys, negatives, negatives.catalog; "
        f"print(any('negatives.catalog.' + m in sys.modules for m in {data!r})); "
        "negatives.catalog.lookup('dip'); "
        f"print(all('negatives.catalog.' + m in sys.modules for m in {data!r}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True"]


def test_a_user_catalog_extends_the_builtin_one() -> None:
    mine = BUILTIN.with_exercises(
        SPANISH,
        aliases={"spanish-squat": ["Spanish Squats (Band)"], "bench-press": ["Flat Bench"]},
    )
    assert mine.lookup("spanish squats band") is SPANISH
    assert mine.lookup("Flat Bench").id == "bench-press"
    assert "Flat Bench" in mine.aliases("bench-press")
    assert len(mine) == len(BUILTIN) + 1
    assert mine.exercises() == tuple(sorted((*ALL, SPANISH), key=lambda e: e.id))
    assert [e.id for e in mine.find("squat spanish")] == ["spanish-squat"]
    # A catalog made from the built-in one still reads names structurally.
    assert mine.lookup("Bicep Curl (Cable)").id == "cable-curl"
    # The built-in catalog is unchanged.
    assert catalog.lookup("Spanish Squat").id == "squat"  # an unknown word beside it
    assert "Flat Bench" not in catalog.aliases("bench-press")


def test_a_user_entry_keeps_its_aliases_and_notes() -> None:
    entry = CatalogEntry(SPANISH, aliases=("Spanish",), notes="band behind the knees")
    mine = BUILTIN.with_exercises(entry)
    assert mine.lookup("spanish") is SPANISH
    assert mine.entry("spanish-squat").notes == "band behind the knees"


def test_a_shared_alias_makes_a_name_ambiguous() -> None:
    mine = BUILTIN.with_exercises(CatalogEntry(SPANISH, aliases=("Squat",)))
    with pytest.raises(neg.CatalogError) as info:
        mine.lookup("Squat")
    assert info.value.candidates == ("spanish-squat", "squat")
    assert mine.resolve("Squat").kind == "ambiguous"


def test_an_alias_equal_to_another_exercise_name_makes_it_ambiguous() -> None:
    mine = BUILTIN.with_exercises(CatalogEntry(SPANISH, aliases=("Front Squat",)))
    with pytest.raises(neg.CatalogError) as info:
        mine.lookup("Front Squat")
    assert info.value.candidates == ("front-squat", "spanish-squat")
    assert mine.lookup("front-squat").id == "front-squat"


def test_a_catalog_built_from_entries_matches_names_only() -> None:
    small = Catalog([CatalogEntry(SPANISH)])
    assert small.lookup("Spanish Squat") is SPANISH
    resolution = small.resolve("Bicep Curl (Cable)")
    assert (resolution.kind, resolution.exercise) == ("unknown", None)


def test_a_repeated_id_is_a_validation_error() -> None:
    dip = catalog.lookup("dip")
    with pytest.raises(neg.ValidationError) as info:
        BUILTIN.with_exercises(dip)
    assert str(info.value) == f"Catalog[{len(ALL)}].exercise.id: repeats the id 'dip'"


def test_a_repeated_name_is_a_validation_error() -> None:
    other = neg.Exercise("my-dip", "DIPS", muscles=["chest"])
    with pytest.raises(neg.ValidationError, match="'DIPS' is the name of 'dip' too"):
        BUILTIN.with_exercises(other)


def test_aliases_for_an_unknown_id_are_a_validation_error() -> None:
    with pytest.raises(neg.ValidationError, match=r"Catalog\.aliases\.zumba: no exercise"):
        BUILTIN.with_exercises(aliases={"zumba": ["Zumba"]})


def test_without_removes_exercises_so_they_can_be_replaced() -> None:
    cable = neg.Exercise("lateral-raise", "Lateral Raise", muscles=["shoulders"], equipment="cable")
    mine = BUILTIN.without("lateral-raise").with_exercises(cable)
    assert mine.lookup("Lateral Raise") is cable
    with pytest.raises(neg.CatalogError, match="unknown exercise id 'no-such'"):
        BUILTIN.without("no-such")


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"aliases": ["ok", "--"]}, "CatalogEntry.aliases[1]: has no letter or digit: '--'"),
        ({"aliases": [3]}, "CatalogEntry.aliases[0]: must be text, got int"),
        ({"aliases": 3}, "CatalogEntry.aliases: must be a list of names, got int"),
        ({"notes": None}, "CatalogEntry.notes: must be text, got NoneType"),
    ],
)
def test_bad_entries_are_validation_errors(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(neg.ValidationError) as info:
        CatalogEntry(SPANISH, **kwargs)  # type: ignore[arg-type]  # bad inputs are the point
    assert str(info.value) == message


def test_an_entry_must_hold_an_exercise_and_a_catalog_entries() -> None:
    with pytest.raises(neg.ValidationError, match=r"CatalogEntry\.exercise: must be an Exercise"):
        CatalogEntry("dip")  # type: ignore[arg-type]
    with pytest.raises(neg.ValidationError, match=r"Catalog\[0\]: must be a CatalogEntry"):
        Catalog([SPANISH])  # type: ignore[list-item]


def test_a_single_alias_string_is_one_alias() -> None:
    assert CatalogEntry(SPANISH, aliases="Sissy").aliases == ("Sissy",)


def test_catalogs_compare_by_entries() -> None:
    assert Catalog(BUILTIN.entries) == BUILTIN
    assert hash(Catalog(BUILTIN.entries)) == hash(BUILTIN)
    assert BUILTIN.with_exercises(SPANISH) != BUILTIN

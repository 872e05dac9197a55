"""Cells of exports: strict numbers, durations; names: equipment, user maps, custom exercises."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import negatives as neg
from negatives.catalog import load_names, parse_name
from negatives.io import read_export
from negatives.io._names import custom_exercise
from negatives.io._values import RowError, parse_duration, parse_float, parse_int, parse_unit

STRONG_HEADER = (
    "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,"
    "Workout Notes,RPE"
)


def strong(*rows: str, **options: object) -> neg.io.ImportResult:
    text = "\n".join([STRONG_HEADER, *rows]) + "\n"
    return read_export(io.StringIO(text), **{"unit": "kg", **options})  # type: ignore[arg-type]


# -- numbers -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [("5", 5.0), (" 22.5 ", 22.5), ("0", 0.0), ("-20", -20.0), ("100.", 100.0), (".5", 0.5),
     ("", None), ("  ", None)],
)  # fmt: skip
def test_plain_decimal_numerals_are_numbers(text: str, value: float | None) -> None:
    assert parse_float(text, "Weight") == value


@pytest.mark.parametrize(
    "text",
    ["1_000", "1e3", "inf", "nan", "+5", "1 000", "1,000", "\uff11\uff10\uff10",
     "\u0661\u0660\u0660", "0x10", "5kg", "--5", "1.2.3", "1e400"],
)  # fmt: skip
def test_everything_else_is_not_a_number(text: str) -> None:
    with pytest.raises(RowError, match=r"Weight .* is not a number"):
        parse_float(text, "Weight")


def test_decimal_commas_where_the_format_uses_them() -> None:
    assert parse_float("22,5", "Weight", decimal_comma=True) == 22.5
    assert parse_float("22.5", "Weight", decimal_comma=True) == 22.5
    for text in ("1,000,5", "1.000,5", "22,5"):
        with pytest.raises(RowError):
            parse_float(text, "Weight")
    with pytest.raises(RowError, match="not a finite number"):
        parse_float("9" * 400, "Weight")


@pytest.mark.parametrize(
    ("text", "value"), [("5", 5), ("5.0", 5), ("5.", 5), ("-3", -3), ("", None)]
)
def test_whole_numbers(text: str, value: int | None) -> None:
    assert parse_int(text, "Reps") == value


@pytest.mark.parametrize(
    ("text", "reason"),
    [("4.9999999999999999", "not a whole number"), ("5.5", "not a whole number"),
     ("1_0", "not a number"), ("\uff15", "not a number"), ("1e1", "not a number"),
     ("1" * 400, "too large to be a count")],
)  # fmt: skip
def test_reps_that_are_not_plain_whole_numbers(text: str, reason: str) -> None:
    with pytest.raises(RowError, match=reason):
        parse_int(text, "Reps")


@given(st.integers(min_value=0, max_value=10**9 - 1))
def test_every_plain_count_reads_back(number: int) -> None:
    assert parse_int(str(number), "Reps") == number
    assert parse_float(str(number), "Weight") == float(number)


@given(st.text(max_size=8))
def test_a_number_cell_is_a_plain_numeral_or_refused(text: str) -> None:
    try:
        value = parse_float(text, "Weight")
    except RowError:
        return
    stripped = text.strip()
    assert value is None or set(stripped) <= set("0123456789.-")


def test_strict_numbers_in_an_import_skip_their_rows() -> None:
    result = strong(
        "2024-01-15 10:30:00,A,1h,Barbell Squat,1,1_000,5,0,0,,,",
        "2024-01-15 10:30:00,A,1h,Barbell Squat,2,100,1_0,0,0,,,",
        "2024-01-15 10:30:00,A,1h,Barbell Squat,3,\uff11\uff10\uff10,5,0,0,,,",
        "2024-01-15 10:30:00,A,1h,Barbell Squat,4,\u0661\u0660\u0660,5,0,0,,,",
        "2024-01-15 10:30:00,A,1h,Barbell Squat,5,100,4.9999999999999999,0,0,,,",
        "2024-01-15 10:30:00,A,1h,Barbell Squat,6,100,5,0,0,,,",
    )
    reasons = [s.reason for s in result.report.skipped]
    assert [s.row for s in result.report.skipped] == [2, 3, 4, 5, 6]
    assert reasons[0] == "Weight '1_000' is not a number"
    assert reasons[1] == "Reps '1_0' is not a number"
    assert reasons[4] == "Reps '4.9999999999999999' is not a whole number"
    assert result.report.sets_imported == 1


def test_durations() -> None:
    assert parse_duration("1h 43m") == 6180
    assert parse_duration("55m") == 3300
    assert parse_duration("90s") == 90
    assert parse_duration("1:02:03") == 3723
    assert parse_duration("12:30") == 750
    assert parse_duration("3600") == 3600
    for text in ("", "soon", "1e3", "-5", "1_0m", "9" * 20 + ":00:00"):
        assert parse_duration(text) is None


def test_units() -> None:
    assert parse_unit("kgs", "Weight Unit") is neg.Unit.KG
    assert parse_unit(" lbs ", "Weight Unit") is neg.Unit.LB
    assert parse_unit("", "Weight Unit") is None
    with pytest.raises(RowError, match="'stone' is not a unit"):
        parse_unit("stone", "Weight Unit")


# -- names ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "equipment"),
    [
        ("Bicep Curl (Dumbbell)", "dumbbell"),
        ("Lunge (Dumbbell)", "dumbbell"),
        ("DB Row", "dumbbell"),
        ("Dumbbell Fly", "dumbbell"),
        ("Bicep Curl (Cable)", "cable"),
        ("Lat Pulldown (Pulley)", "cable"),
        ("Triceps Pushdown (Cable - Straight Bar)", "cable"),
        ("Cable Crossover Machine", "cable"),
        ("Seated Leg Press (Machine)", "machine"),
        ("Chest Press Machine", "machine"),
        ("Bench Press (Smith Machine)", "smith_machine"),
        ("Smith Machine Squat", "smith_machine"),
        ("Squat (Barbell)", "barbell"),
        ("EZ Bar Curl", "barbell"),
        ("Kettlebell Swing", "kettlebell"),
        ("Band Pull Apart", "band"),
        ("Push Up (Bodyweight)", "bodyweight"),
        ("Chest Fly", None),
        ("Rope Push Down", "cable"),  # a rope is a cable attachment
        ("Dumbbell Row (Machine)", None),  # two that disagree: not guessed
    ],
)
def test_the_equipment_a_name_states(name: str, equipment: str | None) -> None:
    parts = parse_name(name)
    assert (parts.equipment.value if parts.equipment else None) == equipment


def test_side_and_flags() -> None:
    assert parse_name("Single Arm Row (Dumbbell)").limb_mode is neg.LimbMode.UNILATERAL
    assert parse_name("One Leg Press").limb_mode is neg.LimbMode.UNILATERAL
    parts = parse_name("Overhead Press (Each Side, Dumbbells)")
    assert parts.per_side
    assert parse_name("Alternating Curl (Dumbbell)").limb_mode is neg.LimbMode.ALTERNATING
    assert parse_name("Bench Press (Barbell)").limb_mode is None
    assert parse_name("Chest Dip (Assisted)").assisted
    assert parse_name("Pull Up (Weighted)").weighted


def test_a_custom_exercise_done_each_side_or_with_one_implement() -> None:
    each = custom_exercise("custom-e", "Qzx Press (Each Side, Dumbbells)",
                           parse_name("Qzx Press (Each Side, Dumbbells)"))  # fmt: skip
    assert (each.limb_mode, each.load_multiplier) == (neg.LimbMode.BILATERAL, 2)  # as mapped ones
    one_arm = custom_exercise("custom-o", "Qzx Row (Single Arm, Dumbbell)",
                              parse_name("Qzx Row (Single Arm, Dumbbell)"))  # fmt: skip
    assert (one_arm.limb_mode, one_arm.load_multiplier) == (neg.LimbMode.UNILATERAL, 1)
    goblet = custom_exercise(
        "custom-g", "Goblet Qzx (Dumbbell)", parse_name("Goblet Qzx (Dumbbell)")
    )
    assert (goblet.implements, goblet.load_multiplier) == (1, 1)


def test_custom_exercises_load_as_the_catalog_does() -> None:
    # A mapped dumbbell lift and an unmapped one mean the same thing by "20 kg": two dumbbells.
    mapped = neg.catalog.lookup("Bicep Curl (Dumbbell)")
    custom = custom_exercise("custom-lunge", "Lunge (Dumbbell)", parse_name("Lunge (Dumbbell)"))
    assert mapped.total_load(neg.kg(20)) == custom.total_load(neg.kg(20)) == neg.kg(40)
    one_arm = custom_exercise(
        "custom-x", "Single Arm Row (Dumbbell)", parse_name("Single Arm Row (Dumbbell)")
    )
    assert one_arm.total_load(neg.kg(30)) == neg.kg(30)
    goblet = custom_exercise(
        "custom-g", "Goblet Squat (Kettlebell)", parse_name("Goblet Squat (Kettlebell)")
    )
    assert goblet.total_load(neg.kg(24)) == neg.kg(24)
    machine = custom_exercise(
        "custom-m", "Seated Leg Press (Machine)", parse_name("Seated Leg Press (Machine)")
    )
    assert (machine.equipment, machine.load_multiplier) == (neg.Equipment.MACHINE, 1)
    assisted = custom_exercise("custom-a", "Dip (Assisted)", parse_name("Dip (Assisted)"))
    assert assisted.equipment is neg.Equipment.BODYWEIGHT
    plain = custom_exercise("custom-c", "Chest Fly", parse_name("Chest Fly"))
    assert (plain.equipment, plain.muscles) == (neg.Equipment.OTHER, ())


def test_an_unmapped_dumbbell_lift_is_imported_per_implement() -> None:
    result = strong(
        "2024-01-15 10:30:00,A,1h,Qzx Lunge (Dumbbell),1,20,10,0,0,,,",
        "2024-01-15 10:30:00,A,1h,Bicep Curl (Dumbbell),1,20,10,0,0,,,",
    )
    lunge, curl = result.sessions[0].sets
    assert lunge.exercise.id.startswith("custom-")
    assert lunge.total_load == curl.total_load == neg.kg(40)
    (unmapped,) = result.report.unmapped
    assert (unmapped.name, unmapped.sets) == ("Qzx Lunge (Dumbbell)", 1)
    assert unmapped.id == lunge.exercise.id


def test_unmapped_names_list_sets_and_candidates() -> None:
    result = strong(
        "2024-01-15 10:30:00,A,1h,Bench Pres,1,60,5,0,0,,,",
        "2024-01-15 10:30:00,A,1h,Bench Pres,2,60,5,0,0,,,",
        "2024-01-15 10:30:00,A,1h,Cable Kickback,1,20,12,0,0,,,",
        "2024-01-15 10:30:00,A,1h,Qzxv,1,60,5,0,0,,,",
    )
    # "Bench Pres" reads as the bench press (a typo corrected, and said so): not unmapped.
    assert result.sessions[0].sets[0].exercise.id == "bench-press-unspecified"
    first, second = result.report.unmapped
    assert (first.name, first.sets) == ("Cable Kickback", 1)
    assert "could be" in first.reason
    assert set(first.candidates) == {"cable-triceps-kickback", "glute-kickback"}
    assert (second.name, second.sets, second.candidates) == ("Qzxv", 1, ())


# -- the user's names ----------------------------------------------------------------------------


def test_user_names_win_over_the_catalog_in_every_form(tmp_path: Path) -> None:
    rows = (
        "2024-01-15 10:30:00,A,1h,Chest Fly,1,15,12,0,0,,,",
        "2024-01-15 10:30:00,A,1h,Bench Press,1,60,5,0,0,,,",
    )
    toml = tmp_path / "names.toml"
    toml.write_text('"Chest Fly" = "cable-fly"\n"bench press" = "bench-press"\n', encoding="utf-8")
    js = tmp_path / "names.json"
    js.write_text(json.dumps({"names": {"CHEST FLYS": "cable-fly", "Bench Press": "bench-press"}}))
    sources: list[object] = [
        {"Chest Fly": "cable-fly", "Bench Press": "bench-press"},
        toml,
        str(js),
        toml.read_text(encoding="utf-8"),
        js.read_text(),
        '[names]\n"Chest Fly" = "cable-fly"\n"Bench Press" = "bench-press"\n',
    ]
    for names in sources:
        result = strong(*rows, names=names)
        assert [s.exercise.id for s in result.sessions[0].sets] == ["cable-fly", "bench-press"]
        assert result.report.unmapped == ()


def test_bad_names_options() -> None:
    row = "2024-01-15 10:30:00,A,1h,Chest Fly,1,15,12,0,0,,,"
    with pytest.raises(TypeError, match="names must be a path, TOML or JSON text, or a mapping"):
        strong(row, names=42)
    with pytest.raises(neg.ValidationError, match="must map to an exercise id"):
        strong(row, names={"Chest Fly": 3})
    with pytest.raises(neg.ValidationError, match="no exercise has the id 'chest-flye'"):
        strong(row, names={"Chest Fly": "chest-flye"})
    with pytest.raises(neg.ParseError, match="not valid TOML"):
        strong(row, names="Chest Fly = = x\n")
    with pytest.raises(neg.ParseError, match=r"gone\.toml: cannot be read"):
        strong(row, names="gone.toml")
    with pytest.raises(neg.ParseError, match="NUL"):
        strong(row, names="a\x00b")
    assert strong(row, names=None).sessions[0].sets[0].exercise.id == "chest-fly"


def test_a_names_file_that_is_too_large_or_not_utf8(tmp_path: Path) -> None:
    big = tmp_path / "big.toml"
    big.write_bytes(b"#" * ((1 << 20) + 1))
    with pytest.raises(neg.ParseError, match="at most 1 MiB"):
        load_names(big)
    latin = tmp_path / "latin.toml"
    latin.write_bytes('"Développé" = "bench-press"\n'.encode("latin-1"))
    with pytest.raises(neg.ParseError, match="not UTF-8"):
        load_names(latin)

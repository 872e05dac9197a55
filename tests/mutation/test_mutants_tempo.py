"""Tempo: what each written form reads as, and the whole message for each form it refuses."""

from __future__ import annotations

import pytest

from negatives import Tempo
from negatives.errors import ParseError, ValidationError
from negatives.tempo import EXPLOSIVE, Phase

FORMS = "expected four phases like '3-1-2-0' or '31X0', or words like '2 up, 4 down'"


@pytest.mark.parametrize(
    ("text", "tempo"),
    [
        ("3-1-2", "3-1-2-0"),
        ("31X", "3-1-X-0"),
        ("x-0-x-0", "X-0-X-0"),
        ("3 - 1 - 2 - 0", "3-1-2-0"),
        (" 3:1:2:0 ", "3-1-2-0"),
        ("3/1/2/0", "3-1-2-0"),
        ("3 1 2 0", "3-1-2-0"),
        (".5-0-1-0", "0.5-0-1-0"),
        ("60-60-60-60", "60-60-60-60"),
        ("4 down 2 up pause 1 at the bottom", "4-1-2-0"),
        ("4 down 2 up 1 s pause at the top", "4-0-2-1"),
        ("pause at the bottom for 2 s, 4 down, 2 up", "4-2-2-0"),
        ("twenty down, twelve up", "20-0-12-0"),
        ("zero up, fifteen down", "15-0-0-0"),
        ("4 down and then 2 up", "4-0-2-0"),
        ("4 down; 2 up", "4-0-2-0"),
        ("4 down & 2 up", "4-0-2-0"),
        ("lowering for 4 seconds, lifting 2 secs", "4-0-2-0"),
        ("2 up, 4 down, 1 s pause at the stretched", "4-1-2-0"),
        ("2 up, 4 down, pause for 1 sec in contracted", "4-0-2-1"),
        ("2 up, 4 down, pause 3 in the shortened", "4-0-2-3"),
        ("Four Down, Two Up", "4-0-2-0"),
        ("raise 1, negative 5", "5-0-1-0"),
        ("positive 1, eccentric 5, concentric", None),
    ],
)
def test_parse(text: str, tempo: str | None) -> None:
    if tempo is None:
        with pytest.raises(ParseError):
            Tempo.parse(text)
    else:
        assert str(Tempo.parse(text)) == tempo


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("-3-1-2-0", "phase durations cannot be negative"),
        ("3- -1-2-0", "phase durations cannot be negative"),
        ("3/-1/2/0", "phase durations cannot be negative"),
        (
            "3-1/2-0",
            "mixed separators; write the phases like '3-1-2-0' (durations cannot be negative)",
        ),
        ("3-1-2-0-1", f"{FORMS}; found 5 parts"),
        ("3-1", f"{FORMS}; found 2 parts"),
        ("31", FORMS),
        ("31201", FORMS),
        ("3x1x", "the lengthened pause cannot be 'X' (explosive): pauses are seconds"),
        ("3-1-2-X", "the shortened pause cannot be 'X' (explosive): pauses are seconds"),
        ("3-a-2-0", f"did not understand '3-a-2-0'; {FORMS}"),
        ("61-0-2-0", "each phase must be <= 60 s, got 61 s (allowed: from 0 to 60 s)"),
        ("3-1-2-0.", "'0.' is not a number of seconds or 'X'"),
        ("2 up", "the eccentric phase is missing (e.g. '4 down')"),
        ("4 down", "the concentric phase is missing (e.g. '2 up')"),
        (
            "4 down, 2 up, 1 pause",
            "say where the pause is: 'pause 1 s at the bottom' or 'at the top'",
        ),
        ("4 down 2 up 2 down", "the eccentric phase is given twice"),
        (
            "4 down, 2 up, pause 1 at the bottom, pause 2 in the lengthened",
            "the lengthened pause is given twice",
        ),
        (
            "4 down, 2 up, pause 1 at the top, pause 2 in the shortened",
            "the shortened pause is given twice",
        ),
        ("4 down, 2 up foo", f"did not understand 'foo'; {FORMS}"),
        ("foo 4 down 2 up", f"did not understand 'foo'; {FORMS}"),
        (
            "lower 70 s, lift 2",
            "each phase must be <= 60 s, got 70 s (allowed: from 0 to 60 s)",
        ),
    ],
)
def test_parse_refuses_with_the_reason(text: str, reason: str) -> None:
    with pytest.raises(ParseError) as error:
        Tempo.parse(text)
    assert str(error.value) == f"cannot parse tempo {text!r}: {reason}"


@pytest.mark.parametrize("text", ["", "   "])
def test_empty(text: str) -> None:
    with pytest.raises(ParseError) as error:
        Tempo.parse(text)
    assert str(error.value) == "cannot parse an empty tempo: write it like '3-1-2-0'"


def test_not_text() -> None:
    with pytest.raises(ParseError) as error:
        Tempo.parse(3)  # type: ignore[arg-type]
    assert str(error.value) == "a tempo must be text like '3-1-2-0', got 3"


def test_unknown_order() -> None:
    with pytest.raises(ParseError) as error:
        Tempo.parse("3-1-2-0", order="bad")  # type: ignore[arg-type]
    assert str(error.value) == (
        "unknown tempo order 'bad': use 'eccentric-first' or 'concentric-first'"
    )


@pytest.mark.parametrize(
    ("text", "tempo"),
    [("2-0-4-1", "4-1-2-0"), ("2-0-4", "4-0-2-0"), ("2-1-X-0", "X-0-2-1"), ("2140", "4-0-2-1")],
)
def test_concentric_first(text: str, tempo: str) -> None:
    assert str(Tempo.parse(text, order="concentric-first")) == tempo
    assert str(Tempo.parse(text, order="eccentric-first")) != tempo


def test_concentric_first_pause_named_by_its_place() -> None:
    with pytest.raises(ParseError, match="the shortened pause cannot be 'X'"):
        Tempo.parse("2-X-4-1", order="concentric-first")


def test_words_ignore_the_order() -> None:
    assert str(Tempo.parse("2 up, 4 down", order="concentric-first")) == "4-0-2-0"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((-1, 0, 1, 0), "Tempo.eccentric: must be >= 0 s, got -1 s (allowed: from 0 to 60 s)"),
        ((1, 61, 1, 0), "Tempo.lengthened: must be <= 60 s, got 61 s (allowed: from 0 to 60 s)"),
        ((1, 0, 61, 0), "Tempo.concentric: must be <= 60 s, got 61 s (allowed: from 0 to 60 s)"),
        ((1, 0, 1, -2), "Tempo.shortened: must be >= 0 s, got -2 s (allowed: from 0 to 60 s)"),
        (("X", 0, "y", 0), "Tempo.concentric: must be a number, got 'y'"),
    ],
)
def test_constructor_checks(args: tuple[object, ...], message: str) -> None:
    with pytest.raises(ValidationError) as error:
        Tempo(*args)  # type: ignore[arg-type]
    assert str(error.value) == message


def test_explosive_marks_are_normalised() -> None:
    tempo = Tempo(" x ", 0, 1, 0)  # type: ignore[arg-type]
    assert tempo.eccentric == EXPLOSIVE
    assert tempo.is_explosive
    assert Tempo(1, 0, "X", 0).is_explosive
    assert not Tempo(1, 0, 1, 0).is_explosive


def test_rep_seconds_counts_each_phase_once() -> None:
    assert Tempo(4, 1, 2, 3).rep_seconds() == 10.0
    assert Tempo("X", 1, "X", 0).rep_seconds(explosive=0.5) == 2.0
    assert Tempo("X", 0, 2, 0).rep_seconds() == 3.0
    assert Tempo(3, 0, 2, 0).phase_seconds("X", explosive=0.25) == 0.25
    assert Tempo(3, 0, 2, 0).phase_seconds(1.5) == 1.5


def test_phases_in_order_without_empty_pauses() -> None:
    tempo = Tempo.parse("3-1-2-0")
    assert tempo.phases() == (
        (Phase.ECCENTRIC, 3.0),
        (Phase.ISOMETRIC, 1.0),
        (Phase.CONCENTRIC, 2.0),
    )
    assert tempo.phases(Phase.CONCENTRIC) == (
        (Phase.CONCENTRIC, 2.0),
        (Phase.ECCENTRIC, 3.0),
        (Phase.ISOMETRIC, 1.0),
    )
    assert Tempo.parse("3-0-X-2").phases() == (
        (Phase.ECCENTRIC, 3.0),
        (Phase.CONCENTRIC, "X"),
        (Phase.ISOMETRIC, 2.0),
    )


def test_phases_refuses_isometric_start() -> None:
    with pytest.raises(ValidationError) as error:
        Tempo.parse("3-1-2-0").phases(Phase.ISOMETRIC)
    assert "must be 'eccentric' or 'concentric', got 'isometric'" in str(error.value)
    assert "phases(starts_with)" in str(error.value)


@pytest.mark.parametrize(
    ("tempo", "text"),
    [
        (Tempo(0.00001, 0, 1.25, 0), "0.00001-0-1.25-0"),
        (Tempo(4, 0.5, "X", 0), "4-0.5-X-0"),
        (Tempo(10, 0, 2, 0), "10-0-2-0"),
    ],
)
def test_str_round_trips(tempo: Tempo, text: str) -> None:
    assert str(tempo) == text
    assert repr(tempo) == f"Tempo.parse({text!r})"
    assert Tempo.parse(text) == tempo

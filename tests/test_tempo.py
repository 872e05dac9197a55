"""Tempo notation: parsing every accepted form, the canonical string, derived values, rejections."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from negatives import NegativesError, ParseError, Phase, Tempo, ValidationError
from negatives.tempo import EXPLOSIVE, EXPLOSIVE_SECONDS, MAX_PHASE_SECONDS, Duration
from negatives.testing import tempos

FORMS = "expected four phases like '3-1-2-0' or '31X0', or words like '2 up, 4 down'"

digits = st.integers(min_value=0, max_value=9)
digit_or_x = st.one_of(digits.map(str), st.sampled_from(["X", "x"]))
whole_seconds = st.integers(min_value=0, max_value=int(MAX_PHASE_SECONDS))


def seconds_of(duration: Duration) -> float:
    return EXPLOSIVE_SECONDS if duration == EXPLOSIVE else duration


# -- accepted forms -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("3-1-2-0", "3-1-2-0"),
        ("3120", "3-1-2-0"),
        ("31X0", "3-1-X-0"),
        ("31x0", "3-1-X-0"),
        ("40X0", "4-0-X-0"),
        ("3/1/2/0", "3-1-2-0"),
        ("3:1:2:0", "3-1-2-0"),
        ("3 1 2 0", "3-1-2-0"),
        ("3 - 1 - 2 - 0", "3-1-2-0"),
        ("  3-1-2-0  ", "3-1-2-0"),
        ("4-0-2", "4-0-2-0"),
        ("402", "4-0-2-0"),
        ("2.5-0-1-0", "2.5-0-1-0"),
        ("3.0-1-2-0", "3-1-2-0"),
        (".5-0-1-0", "0.5-0-1-0"),
        ("X-0-X-0", "X-0-X-0"),
        ("60-0-60-0", "60-0-60-0"),
        ("0-0-0-0", "0-0-0-0"),
        ("2 up, 4 down", "4-0-2-0"),
        ("two up, four down", "4-0-2-0"),
        ("four down, two up", "4-0-2-0"),
        ("up 2, down 4", "4-0-2-0"),
        ("2 UP, 4 DOWN", "4-0-2-0"),
        ("lower 4 s, pause 1 at the bottom, lift 2 s", "4-1-2-0"),
        ("4 seconds down and 2 seconds up", "4-0-2-0"),
        ("4 s negative, 2 s positive", "4-0-2-0"),
        ("2 up, 4 down, 1 s pause at the top", "4-0-2-1"),
        ("lowering for 4 seconds, then lifting for 2 seconds", "4-0-2-0"),
        ("pause at the bottom for 1 s, 4 down, 2 up", "4-1-2-0"),
        ("4 down, 2 up, pause 1 in the stretched", "4-1-2-0"),
        ("2.5 down, 1 up", "2.5-0-1-0"),
        ("4 down; 2 up.", "4-0-2-0"),
    ],
)
def test_accepted_forms_have_the_expected_canonical_string(text: str, canonical: str) -> None:
    tempo = Tempo.parse(text)
    assert str(tempo) == canonical
    assert Tempo.parse(canonical) == tempo


def test_module_docstring_example() -> None:
    tempo = Tempo.parse("31X0")
    assert (str(tempo), tempo.concentric, tempo.rep_seconds()) == ("3-1-X-0", "X", 5.0)
    assert tempo.is_explosive


def test_parsed_fields_are_eccentric_first() -> None:
    tempo = Tempo.parse("3-1-2-0")
    assert (tempo.eccentric, tempo.lengthened, tempo.concentric, tempo.shortened) == (
        3.0,
        1.0,
        2.0,
        0.0,
    )
    assert all(type(v) is float for v in (tempo.eccentric, tempo.lengthened, tempo.concentric))


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("2-0-4-1", "4-1-2-0"),
        ("X-0-3-1", "3-1-X-0"),
        ("2041", "4-1-2-0"),
        ("1-2-3-4", "3-4-1-2"),
        ("4-0-2", "2-0-4-0"),
        # words name their phases: the order does not apply
        ("2 up, 4 down", "4-0-2-0"),
    ],
)
def test_concentric_first_order(text: str, canonical: str) -> None:
    tempo = Tempo.parse(text, order="concentric-first")
    assert str(tempo) == canonical
    assert repr(tempo) == f"Tempo.parse({canonical!r})"


def test_eccentric_first_is_the_default_order() -> None:
    assert Tempo.parse("1-2-3-4") == Tempo.parse("1-2-3-4", order="eccentric-first")
    assert Tempo.parse("1-2-3-4") != Tempo.parse("1-2-3-4", order="concentric-first")


# -- properties of the canonical form -------------------------------------------------------


@given(tempos())
def test_canonical_string_parses_back_to_the_same_tempo(tempo: Tempo) -> None:
    again = Tempo.parse(str(tempo))
    assert again == tempo
    assert hash(again) == hash(tempo)
    assert str(again) == str(tempo)


SECONDS = st.floats(min_value=0, max_value=MAX_PHASE_SECONDS)


@given(SECONDS, SECONDS, st.floats(min_value=0.001, max_value=MAX_PHASE_SECONDS), SECONDS)
def test_any_durations_round_trip_through_the_string(
    eccentric: float, pause: float, concentric: float, top: float
) -> None:
    # tiny and long-fraction seconds are written positionally ("0.00001"), never "1e-05"
    tempo = Tempo(eccentric, pause, concentric, top)
    assert "e" not in str(tempo)
    assert Tempo.parse(str(tempo)) == tempo


@given(tempos())
def test_repr_evaluates_back_to_the_same_tempo(tempo: Tempo) -> None:
    assert eval(repr(tempo), {"Tempo": Tempo}) == tempo


@given(tempos())
def test_canonical_string_has_four_dash_separated_marks(tempo: Tempo) -> None:
    marks = str(tempo).split("-")
    assert len(marks) == 4
    assert marks[1] != EXPLOSIVE
    assert marks[3] != EXPLOSIVE
    for mark, value in zip(
        marks, (tempo.eccentric, tempo.lengthened, tempo.concentric, tempo.shortened), strict=True
    ):
        if value == EXPLOSIVE:
            assert mark == EXPLOSIVE
        else:
            assert float(mark) == value


@given(tempos())
def test_concentric_first_reads_the_lift_first(tempo: Tempo) -> None:
    marks = str(tempo).split("-")
    lift_first = "-".join([marks[2], marks[3], marks[0], marks[1]])
    assert Tempo.parse(lift_first, order="concentric-first") == tempo


@given(tempos(), st.sampled_from(["-", "/", ":", " ", " - ", " / "]))
def test_separators_are_interchangeable(tempo: Tempo, separator: str) -> None:
    text = str(tempo).replace("-", separator)
    assert Tempo.parse(text) == tempo


@given(digit_or_x, digits, digit_or_x, digits)
def test_compact_form_matches_the_dashed_form(
    ecc: str, lengthened: int, con: str, shortened: int
) -> None:
    compact = f"{ecc}{lengthened}{con}{shortened}"
    dashed = f"{ecc}-{lengthened}-{con}-{shortened}"
    tempo = Tempo.parse(compact)
    assert tempo == Tempo.parse(dashed)
    assert str(tempo) == dashed.upper()


@given(digit_or_x, digits, digit_or_x)
def test_three_parts_mean_no_pause_in_the_shortened_position(
    ecc: str, lengthened: int, con: str
) -> None:
    tempo = Tempo.parse(f"{ecc}-{lengthened}-{con}")
    assert tempo.shortened == 0.0
    assert tempo == Tempo.parse(f"{ecc}-{lengthened}-{con}-0")
    assert Tempo.parse(f"{ecc}{lengthened}{con}") == tempo


@given(whole_seconds, whole_seconds, st.booleans())
def test_words_read_like_marks(down: int, up: int, down_first: bool) -> None:
    clauses = [f"{down} down", f"{up} up"]
    if not down_first:
        clauses.reverse()
    assert Tempo.parse(", ".join(clauses)) == Tempo(down, 0, up, 0)
    assert Tempo.parse(f"down {down}, up {up}") == Tempo(down, 0, up, 0)


@given(
    st.sampled_from(["zero", "one", "two", "three", "four", "five", "six", "ten", "twenty"]),
    st.sampled_from(["one", "two", "three"]),
)
def test_number_words_read_as_numbers(down_word: str, up_word: str) -> None:
    values = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
    values |= {"six": 6, "ten": 10, "twenty": 20}
    tempo = Tempo.parse(f"{up_word} up, {down_word} down")
    assert tempo == Tempo(values[down_word], 0, values[up_word], 0)


# -- derived values -------------------------------------------------------------------------


@given(tempos())
def test_rep_seconds_is_the_sum_of_phases_with_x_as_explosive_seconds(tempo: Tempo) -> None:
    expected = math.fsum(
        [
            seconds_of(tempo.eccentric),
            tempo.lengthened,
            seconds_of(tempo.concentric),
            tempo.shortened,
        ]
    )
    assert math.isclose(tempo.rep_seconds(), expected, rel_tol=1e-12, abs_tol=1e-12)


@given(tempos(), st.floats(min_value=0, max_value=5))
def test_rep_seconds_counts_x_as_the_explosive_argument(tempo: Tempo, explosive: float) -> None:
    xs = [tempo.eccentric, tempo.concentric].count(EXPLOSIVE)
    difference = tempo.rep_seconds(explosive=explosive) - tempo.rep_seconds(explosive=0.0)
    assert math.isclose(difference, xs * explosive, rel_tol=1e-9, abs_tol=1e-9)


@given(tempos())
def test_rep_seconds_equals_the_listed_phases(tempo: Tempo) -> None:
    for start in (Phase.ECCENTRIC, Phase.CONCENTRIC):
        listed = math.fsum(tempo.phase_seconds(seconds) for _, seconds in tempo.phases(start))
        assert math.isclose(listed, tempo.rep_seconds(), rel_tol=1e-12, abs_tol=1e-12)


def test_rep_seconds_examples() -> None:
    assert Tempo.parse("3-1-2-0").rep_seconds() == 6.0
    assert Tempo.parse("31X0").rep_seconds() == 3 + 1 + EXPLOSIVE_SECONDS
    assert Tempo.parse("31X0").rep_seconds(explosive=0.5) == 4.5
    assert Tempo.parse("X-0-X-0").rep_seconds() == 2 * EXPLOSIVE_SECONDS
    assert EXPLOSIVE_SECONDS == 1.0


@given(tempos())
def test_phases_follow_the_starting_phase_and_leave_out_zero_pauses(tempo: Tempo) -> None:
    lower = [(Phase.ECCENTRIC, tempo.eccentric), (Phase.ISOMETRIC, tempo.lengthened)]
    lift = [(Phase.CONCENTRIC, tempo.concentric), (Phase.ISOMETRIC, tempo.shortened)]
    for start, ordered in ((Phase.ECCENTRIC, lower + lift), (Phase.CONCENTRIC, lift + lower)):
        expected = tuple(
            (kind, seconds)
            for kind, seconds in ordered
            if kind is not Phase.ISOMETRIC or seconds != 0
        )
        phases = tempo.phases(start)
        assert phases == expected
        assert phases[0][0] is start
        kinds = [kind for kind, _ in phases]
        assert kinds.count(Phase.ECCENTRIC) == 1
        assert kinds.count(Phase.CONCENTRIC) == 1
        assert all(seconds != 0 for kind, seconds in phases if kind is Phase.ISOMETRIC)
    assert tempo.phases() == tempo.phases(Phase.ECCENTRIC)


def test_phases_examples() -> None:
    tempo = Tempo.parse("3-1-X-0")
    assert tempo.phases() == (
        (Phase.ECCENTRIC, 3.0),
        (Phase.ISOMETRIC, 1.0),
        (Phase.CONCENTRIC, "X"),
    )
    assert tempo.phases(Phase.CONCENTRIC) == (
        (Phase.CONCENTRIC, "X"),
        (Phase.ECCENTRIC, 3.0),
        (Phase.ISOMETRIC, 1.0),
    )
    # moving phases stay even at 0 s; pauses of 0 s are left out
    assert Tempo(0, 0, 0, 0).phases() == ((Phase.ECCENTRIC, 0.0), (Phase.CONCENTRIC, 0.0))
    assert Tempo.parse("2-0-1-3").phases(Phase.CONCENTRIC) == (
        (Phase.CONCENTRIC, 1.0),
        (Phase.ISOMETRIC, 3.0),
        (Phase.ECCENTRIC, 2.0),
    )


@given(tempos())
def test_is_explosive_iff_a_moving_phase_is_x(tempo: Tempo) -> None:
    assert tempo.is_explosive == (EXPLOSIVE in (tempo.eccentric, tempo.concentric))
    assert tempo.is_explosive == (EXPLOSIVE in str(tempo))


# -- rejections -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "cannot parse an empty tempo: write it like '3-1-2-0'"),
        ("   ", "cannot parse an empty tempo: write it like '3-1-2-0'"),
        ("abc", f"cannot parse tempo 'abc': did not understand 'abc'; {FORMS}"),
        ("9-9-9-9-9", f"cannot parse tempo '9-9-9-9-9': {FORMS}; found 5 parts"),
        ("3-1", f"cannot parse tempo '3-1': {FORMS}; found 2 parts"),
        ("-1-0-2-0", "cannot parse tempo '-1-0-2-0': phase durations cannot be negative"),
        ("3--1-2-0", "cannot parse tempo '3--1-2-0': phase durations cannot be negative"),
        ("3/-1/2/0", "cannot parse tempo '3/-1/2/0': phase durations cannot be negative"),
        (
            "61-0-1-0",
            "cannot parse tempo '61-0-1-0': each phase must be <= 60 s, got 61 s "
            "(allowed: from 0 to 60 s)",
        ),
        (
            "3-1-2-60.5",
            "cannot parse tempo '3-1-2-60.5': each phase must be <= 60 s, got 60.5 s "
            "(allowed: from 0 to 60 s)",
        ),
        (
            "61 down, 2 up",
            "cannot parse tempo '61 down, 2 up': each phase must be <= 60 s, got 61 s "
            "(allowed: from 0 to 60 s)",
        ),
        ("4 down", "cannot parse tempo '4 down': the concentric phase is missing (e.g. '2 up')"),
        ("2 up", "cannot parse tempo '2 up': the eccentric phase is missing (e.g. '4 down')"),
        (
            "X-X-X-X",
            "cannot parse tempo 'X-X-X-X': the lengthened pause cannot be 'X' (explosive): "
            "pauses are seconds",
        ),
        (
            "3-1-2-X",
            "cannot parse tempo '3-1-2-X': the shortened pause cannot be 'X' (explosive): "
            "pauses are seconds",
        ),
        ("12345", f"cannot parse tempo '12345': {FORMS}"),
        ("12", f"cannot parse tempo '12': {FORMS}"),
        ("3,1,2,0", f"cannot parse tempo '3,1,2,0': {FORMS}"),
        ("3-1-2-", "cannot parse tempo '3-1-2-': '' is not a number of seconds or 'X'"),
        ("3-1-2-0.", "cannot parse tempo '3-1-2-0.': '0.' is not a number of seconds or 'X'"),
        (
            "4 down, 2 up, 3 down",
            "cannot parse tempo '4 down, 2 up, 3 down': the eccentric phase is given twice",
        ),
        (
            "4 down, 2 up, pause 1",
            "cannot parse tempo '4 down, 2 up, pause 1': say where the pause is: "
            "'pause 1 s at the bottom' or 'at the top'",
        ),
        (
            "4 down, 2 up, pause 1 at the bottom, pause 2 in the lengthened",
            "cannot parse tempo '4 down, 2 up, pause 1 at the bottom, pause 2 in the "
            "lengthened': the lengthened pause is given twice",
        ),
        (
            "4 down, 2 up, blah",
            f"cannot parse tempo '4 down, 2 up, blah': did not understand ', blah'; {FORMS}",
        ),
    ],
)
def test_bad_tempos_raise_parse_error(text: str, message: str) -> None:
    with pytest.raises(ParseError) as caught:
        Tempo.parse(text)
    assert str(caught.value) == message
    assert isinstance(caught.value, ValueError)
    assert isinstance(caught.value, NegativesError)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (3120, "a tempo must be text like '3-1-2-0', got 3120"),
        (None, "a tempo must be text like '3-1-2-0', got NoneType None"),
        (b"3120", "a tempo must be text like '3-1-2-0', got bytes b'3120'"),
        (3.5, "a tempo must be text like '3-1-2-0', got 3.5"),
    ],
)
def test_non_text_input_raises_parse_error(value: float | bytes | int | None, message: str) -> None:
    with pytest.raises(ParseError) as caught:
        Tempo.parse(value)  # type: ignore[arg-type]
    assert str(caught.value) == message


@pytest.mark.parametrize("order", ["whatever", "lift-first", "", None])
def test_unknown_order_raises_parse_error(order: str | None) -> None:
    with pytest.raises(ParseError) as caught:
        Tempo.parse("3-1-2-0", order=order)  # type: ignore[arg-type]
    assert str(caught.value) == (
        f"unknown tempo order {order!r}: use 'eccentric-first' or 'concentric-first'"
    )


@given(
    st.floats(min_value=60.1, max_value=1e6).map(lambda v: round(v, 1)),
    st.integers(min_value=0, max_value=3),
)
def test_phases_over_60_seconds_are_refused(seconds: float, position: int) -> None:
    marks = ["1", "0", "1", "0"]
    marks[position] = repr(seconds)
    with pytest.raises(ParseError, match="each phase must be <= 60 s"):
        Tempo.parse("-".join(marks))


@given(st.integers(min_value=5, max_value=8))
def test_more_than_four_parts_are_refused(count: int) -> None:
    text = "-".join(["1"] * count)
    with pytest.raises(ParseError, match=f"found {count} parts$"):
        Tempo.parse(text)


@given(st.text(alphabet="0123456789xX", min_size=5, max_size=8))
def test_compact_form_longer_than_four_characters_is_refused(text: str) -> None:
    with pytest.raises(ParseError, match="expected four phases"):
        Tempo.parse(text)


# -- constructor ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((-1, 0, 2, 0), "Tempo.eccentric: must be >= 0 s, got -1 s (allowed: from 0 to 60 s)"),
        ((3, -1, 2, 0), "Tempo.lengthened: must be >= 0 s, got -1 s (allowed: from 0 to 60 s)"),
        ((3, 0, 61, 0), "Tempo.concentric: must be <= 60 s, got 61 s (allowed: from 0 to 60 s)"),
        (
            (3, 0, 2, 60.5),
            "Tempo.shortened: must be <= 60 s, got 60.5 s (allowed: from 0 to 60 s)",
        ),
        (("X", "X", 1, 0), "Tempo.lengthened: must be a number, got 'X'"),
        ((True, 0, 1, 0), "Tempo.eccentric: must be a number, got bool True"),
        (("3", 0, 1, 0), "Tempo.eccentric: must be a number, got '3'"),
        ((math.nan, 0, 1, 0), "Tempo.eccentric: must be a finite number, got nan s"),
        ((3, 0, math.inf, 0), "Tempo.concentric: must be a finite number, got inf s"),
    ],
)
def test_constructor_rejects_bad_values_naming_the_field(
    args: tuple[object, object, float, float], message: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        Tempo(*args)  # type: ignore[arg-type]  # bad inputs are the point
    error = caught.value
    assert str(error) == message
    assert error.owner == "Tempo"
    assert isinstance(error, ValueError)


def test_constructor_reports_every_problem() -> None:
    with pytest.raises(ValidationError) as caught:
        Tempo(-1, -1, 2, 61)
    error = caught.value
    assert [p.loc for p in error.problems] == [("eccentric",), ("lengthened",), ("shortened",)]
    assert str(error).startswith("3 problems:\n  Tempo.eccentric: must be >= 0 s")


@given(
    st.sampled_from(["eccentric", "lengthened", "concentric", "shortened"]),
    st.one_of(
        st.floats(max_value=-1e-9, min_value=-1e6),
        st.floats(min_value=60.000001, max_value=1e6),
    ),
)
def test_constructor_rejects_out_of_range_seconds(field: str, value: float) -> None:
    values: dict[str, float] = {"eccentric": 3, "lengthened": 0, "concentric": 2, "shortened": 0}
    values[field] = value
    with pytest.raises(ValidationError) as caught:
        Tempo(**values)
    assert [p.loc for p in caught.value.problems] == [(field,)]
    assert str(caught.value).startswith(f"Tempo.{field}: must be ")


@given(
    st.floats(min_value=0, max_value=MAX_PHASE_SECONDS),
    st.floats(min_value=0, max_value=MAX_PHASE_SECONDS),
)
def test_constructor_accepts_the_whole_range(eccentric: float, pause: float) -> None:
    tempo = Tempo(eccentric, pause, eccentric, pause)
    assert tempo.eccentric == eccentric
    assert tempo.lengthened == pause


def test_constructor_normalises_x_and_ints() -> None:
    # The type asks for "X"; lower case and padding are normalised all the same.
    tempo = Tempo("x", 0, " X ", 1)  # type: ignore[arg-type]
    assert tempo.eccentric == EXPLOSIVE
    assert tempo.concentric == EXPLOSIVE
    assert type(tempo.shortened) is float
    assert Tempo(3, 1, 2, 0) == Tempo.parse("3-1-2-0")
    assert hash(Tempo(3, 1, 2, 0)) == hash(Tempo(3.0, 1.0, 2.0, 0.0))


# -- regressions found in review ------------------------------------------------------------


@pytest.mark.parametrize("text", ["3 -1 2 0", "3 1 -2 0", "3-1 2-0"])
def test_mixed_separators_are_refused_rather_than_read_as_minus_signs(text: str) -> None:
    with pytest.raises(ParseError, match="mixed separators"):
        Tempo.parse(text)


@pytest.mark.parametrize("text", ["twoup, fourdown", "a up, a down"])
def test_words_must_be_separated_and_numbers_spelled(text: str) -> None:
    with pytest.raises(ParseError, match="did not understand"):
        Tempo.parse(text)


def test_phases_accepts_the_phase_name_and_refuses_isometric() -> None:
    tempo = Tempo.parse("3-1-2-0")
    assert tempo.phases("concentric") == tempo.phases(Phase.CONCENTRIC)
    assert tempo.phases("concentric")[0][0] is Phase.CONCENTRIC
    with pytest.raises(ValidationError, match="isometric"):
        tempo.phases(Phase.ISOMETRIC)

"""Fuzz `negatives.Tempo.parse` with text built from tempo notation, words and noise.

Any text either parses, to a tempo whose written form parses back to it and whose phases are
within their range, or raises `negatives.ParseError` naming the text. Never anything else.
"""

from __future__ import annotations

import math

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

import negatives as neg
from negatives.tempo import EXPLOSIVE, MAX_PHASE_SECONDS

from ._mutate import mutate_text

FUZZ = settings(suppress_health_check=[HealthCheck.too_slow])

_DIGITS = "0123456789"
#: Digits of other scripts (Arabic-Indic, fullwidth, mathematical bold, Devanagari), and
#: look-alikes that are not decimal digits (superscript two, circled one, Roman numeral one).
_ODD_DIGITS = "\u0663\u0661\uff11\uff13\U0001d7d5\u096b\u00b2\u2460\u2160"
_SEPARATORS = ["-", "/", ":", " ", "  ", "\t", "\n", " - ", "\u2013", "\u2212", ".", ",", "_"]
_WORDS = [
    "up",
    "down",
    "lower",
    "lift",
    "lifting",
    "lowering",
    "raise",
    "eccentric",
    "concentric",
    "negative",
    "positive",
    "pause",
    "at the bottom",
    "at the top",
    "in the lengthened",
    "stretched",
    "contracted",
    "for",
    "s",
    "sec",
    "seconds",
    "second",
    "and",
    "then",
    ",",
    ";",
    "&",
    "+",
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "ten",
    "twelve",
    "fifteen",
    "twenty",
    "X",
    "x",
]

_NUMBER: st.SearchStrategy[str] = st.one_of(
    st.text(alphabet=_DIGITS, min_size=1, max_size=3),
    st.builds(
        lambda a, b: f"{a}.{b}",
        st.text(alphabet=_DIGITS, max_size=3),
        st.text(alphabet=_DIGITS, max_size=3),
    ),
    st.text(alphabet=_DIGITS + _ODD_DIGITS, min_size=1, max_size=3),
    st.sampled_from(["X", "x", "60", "61", "60.0001", "1e2", "9" * 30, "0" * 20 + "1", "-1"]),
)


@st.composite
def _marks(draw: st.DrawFn) -> str:
    """Three to five parts joined by separators, or run together ("31X0")."""
    parts = draw(st.lists(_NUMBER, min_size=1, max_size=5))
    if draw(st.booleans()):
        return draw(st.sampled_from(_SEPARATORS)).join(parts)
    return "".join(draw(st.sampled_from(_SEPARATORS)) + part for part in parts)


@st.composite
def _words(draw: st.DrawFn) -> str:
    """Clauses like "2 up, 4 down" and "pause 1 s at the bottom", well formed or not."""
    tokens = draw(st.lists(st.one_of(st.sampled_from(_WORDS), _NUMBER), min_size=1, max_size=10))
    joiner = draw(st.sampled_from([" ", ", ", "  ", "\t", "\n", ""]))
    return joiner.join(tokens)


_VALID = ["3-1-2-0", "31X0", "4-0-2", "2.5-0-1-0", "two up, four down", "3/1/2/0", "3 1 2 0",
          "lower 4 s, pause 1 at the bottom, lift 2 s", "X-0-X-0", "60-60-60-60",
          "0:0:0:0"]  # fmt: skip


@st.composite
def _mutated_valid(draw: st.DrawFn) -> str:
    return mutate_text(draw, draw(st.sampled_from(_VALID)), max_mutations=3)


TEXTS: st.SearchStrategy[str] = st.one_of(
    _marks(),
    _words(),
    _mutated_valid(),
    st.text(max_size=40),
    st.text(alphabet=_DIGITS + _ODD_DIGITS + "xX-/:. \t,", max_size=20),
)


def check_parse(text: str, order: neg.tempo.TempoOrder) -> neg.Tempo | None:
    """The fuzz invariant of `Tempo.parse`; returns the tempo, or ``None`` when refused."""
    try:
        tempo = neg.Tempo.parse(text, order=order)
    except neg.ParseError as error:
        message = str(error)
        assert message.strip()
        assert "tempo" in message
        return None
    assert isinstance(tempo, neg.Tempo)
    for name in ("eccentric", "lengthened", "concentric", "shortened"):
        value = getattr(tempo, name)
        if value != EXPLOSIVE:
            assert isinstance(value, float), (name, value)
            assert 0 <= value <= MAX_PHASE_SECONDS, (name, value)
    assert math.isfinite(tempo.rep_seconds())
    written = str(tempo)
    assert neg.Tempo.parse(written) == tempo, (text, written)
    assert neg.from_json(neg.to_json(tempo), neg.Tempo) == tempo
    return tempo


@FUZZ
@given(TEXTS, st.sampled_from(["eccentric-first", "concentric-first"]))
def test_tempo_parse_reads_text_or_refuses_it_with_a_parse_error(
    text: str, order: neg.tempo.TempoOrder
) -> None:
    event("parsed" if check_parse(text, order) is not None else "refused")


def test_the_valid_seeds_parse() -> None:
    for text in _VALID:
        assert check_parse(text, "eccentric-first") is not None, text

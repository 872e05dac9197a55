"""`Tempo.phases`: the refusals of a starting phase, with their whole message."""

from __future__ import annotations

import re

import pytest

import negatives as neg
from negatives.errors import ValidationError

TEMPO = neg.Tempo.parse("4-0-2-0")


def test_an_unknown_starting_phase_is_refused_with_the_choices() -> None:
    message = (
        "Tempo.phases(starts_with): must be one of 'eccentric', 'concentric', 'isometric'; "
        "got 'sideways'"
    )
    with pytest.raises(ValidationError, match=f"^{re.escape(message)}$"):
        TEMPO.phases("sideways")


def test_a_rep_cannot_start_with_a_pause() -> None:
    message = "Tempo.phases(starts_with): must be 'eccentric' or 'concentric', got 'isometric'"
    with pytest.raises(ValidationError, match=f"^{re.escape(message)}$"):
        TEMPO.phases("isometric")

"""Branches of the model's validation that the other tests leave out (coverage gate)."""

import datetime as dt
from typing import Any, cast

import pytest

import negatives as neg
from negatives._checks import MAX_TEXT
from negatives.model import _rep_range

CURL = neg.catalog.lookup("barbell-curl")


def test_a_tempo_that_is_neither_a_tempo_nor_text_is_refused() -> None:
    with pytest.raises(neg.ValidationError, match=r"tempo: must be a Tempo or text .*got 3.5"):
        neg.Set(CURL, reps=8, load=neg.kg(20), tempo=cast(Any, 3.5))


def test_implements_apply_to_per_implement_loads_only() -> None:
    with pytest.raises(neg.ValidationError, match="implements: applies to per-implement loads"):
        neg.Exercise("x", "X", muscles=["biceps"], implements=2)


def test_a_reversed_rep_range_pair_reports_the_high_bound() -> None:
    with pytest.raises(neg.ValidationError, match=r"reps\.high: must be >= low \(5\), got 3"):
        _rep_range((5, 3))


def test_a_negative_total_assistance_is_refused() -> None:
    with pytest.raises(neg.ValidationError, match="total_assistance: must be a Load >= 0"):
        neg.Basis(total_assistance=neg.kg(-1))


def test_sources_and_notes_must_be_short_text() -> None:
    with pytest.raises(neg.ValidationError) as caught:
        neg.Basis(sources=("x" * 2001,), notes=(cast(Any, 3),))
    assert [p.loc for p in caught.value.problems] == [("sources", 0), ("notes", 0)]


def test_without_a_partner_limit_exceeding_it_is_unknown() -> None:
    assert neg.Basis(peak_assistance=neg.kg(30)).exceeds_partner_max is None


def test_an_extra_value_longer_than_the_text_limit_is_refused() -> None:
    with pytest.raises(neg.ValidationError, match=f"at most {MAX_TEXT} characters"):
        neg.Set(CURL, reps=8, load=neg.kg(20), extra={"k": "x" * (MAX_TEXT + 1)})


def test_athlete_maps_given_as_none_are_empty() -> None:
    athlete = neg.Athlete(id="a", training_age_years=1, ecc_con_ratio=None)
    assert athlete.ecc_con_ratio == {}


def test_athlete_dates_and_ratios_keyed_by_a_non_id_are_refused() -> None:
    with pytest.raises(neg.ValidationError) as caught:
        neg.Athlete(
            id="a",
            training_age_years=1,
            concentric_1rm_dates={"Bad Key": dt.date(2026, 1, 1)},
            ecc_con_ratio={"Bad Key": 1.2},
        )
    assert [p.loc for p in caught.value.problems] == [
        ("concentric_1rm_dates", "Bad Key"),
        ("ecc_con_ratio", "Bad Key"),
    ]


def test_a_checkin_with_none_maps_has_nothing_to_report() -> None:
    with pytest.raises(neg.ValidationError, match="needs a soreness score or a strength loss"):
        neg.Checkin(dt.date(2026, 1, 1), soreness=None, strength_loss=None)


def test_a_checkin_names_a_soreness_that_is_not_a_mapping() -> None:
    with pytest.raises(neg.ValidationError) as caught:
        neg.Checkin(dt.date(2026, 1, 1), soreness=cast(Any, [1]), strength_loss={"biceps": 150})
    messages = [p.message for p in caught.value.problems]
    assert messages[0] == "must be a mapping of muscle group to number, got list [1]"
    # 150 is no percentage either: no "did you mean 1.50?"
    assert messages[1] == "must be <= 1, got 150 (allowed: from 0 to 1)"

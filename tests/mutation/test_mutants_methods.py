"""The calculators' sets in detail: per-rep help, bases, bodyweight caps, and `explain` edges."""

from __future__ import annotations

import pytest

import negatives as neg
from negatives import catalog, overload
from negatives.errors import ValidationError
from negatives.model import Basis, Method, Prescription

kg = neg.kg
BENCH = catalog.lookup("bench-press")
CURL = catalog.lookup("barbell-curl")
CHIN = catalog.lookup("chin-up")


def _athlete(bodyweight: float = 80, **maxima: float) -> neg.Athlete:
    return neg.Athlete(
        "kim",
        training_age_years=3,
        bodyweight=kg(bodyweight),
        concentric_1rm={key.replace("_", "-"): kg(value) for key, value in maxima.items()},
    )


# -- negative-only ---------------------------------------------------------------------------------


def test_negative_only_records_the_whole_lift_as_help_on_every_rep() -> None:
    item = overload.negative_only(BENCH, one_rep_max=kg(100), reps=4)
    assert item.prescription is not None
    assert item.prescription.basis is not None
    load = item.load
    assert item.rep_detail is not None
    assert len(item.rep_detail) == 4
    assert [rep.assistance for rep in item.rep_detail] == [load] * 4
    assert item.prescription.assistance == (load,) * 4
    assert item.prescription.basis.peak_assistance == load
    total = item.prescription.basis.total_assistance
    assert total is not None
    assert total.value == pytest.approx(4 * load.value)


def test_negative_only_default_is_the_1rm_when_the_capacity_allows_it() -> None:
    # One lowering of 3 s: the capacity is 1.2 x 100 kg, of which 90 % (108 kg) is above the
    # 100 % default, so the default stands.
    item = overload.negative_only(BENCH, one_rep_max=kg(100), reps=1, tempo="3-0-X-0")
    assert item.load == kg(100)


def test_two_one_needs_a_bilateral_exercise() -> None:
    with pytest.raises(ValidationError) as error:
        overload.two_one(catalog.lookup("kroc-row"), one_rep_max=kg(60))
    assert str(error.value) == (
        "arguments.exercise: the 2/1 technique needs a bilateral exercise; Kroc Row is unilateral"
    )


# -- bodyweight negatives --------------------------------------------------------------------------


def test_bodyweight_negatives_record_the_lift_done_for_the_athlete() -> None:
    item = overload.bodyweight_negatives(CHIN, athlete=_athlete(chin_up=110), added_load=kg(5))
    prescription = item.prescription
    assert prescription is not None
    assert prescription.basis is not None
    assert prescription.basis.peak_assistance == kg(85)  # bodyweight share + added load
    assert prescription.assistance == (kg(85),) * 5
    assert prescription.basis.one_rep_max_source == "given or tested, with the bodyweight share"
    assert prescription.basis.category is neg.MethodCategory.SUBMAXIMAL
    assert item.rep_detail is not None
    assert item.rep_detail[0].eccentric.seconds == 5.0
    assert [rep.assistance for rep in item.rep_detail] == [kg(85)] * 5


def test_bodyweight_negatives_without_a_1rm_have_no_source() -> None:
    item = overload.bodyweight_negatives(CHIN, athlete=_athlete())
    assert item.prescription is not None
    assert item.prescription.basis is not None
    assert item.prescription.basis.one_rep_max_source == ""
    assert item.prescription.basis.category is None


def test_bodyweight_negatives_use_the_athletes_lower_ratio() -> None:
    athlete = neg.Athlete(
        "kim",
        training_age_years=3,
        bodyweight=kg(80),
        concentric_1rm={"chin-up": kg(100)},
        ecc_con_ratio={"chin-up": 1.0},
    )
    item = overload.bodyweight_negatives(CHIN, athlete=athlete, reps=1, tempo="3-0-X-0")
    assert item.prescription is not None
    assert item.prescription.basis is not None
    # 100 kg x 1.0 (the athlete's ratio, below the 1.2 cap) x 100 % for one lowering.
    assert item.prescription.basis.eccentric_capacity == kg(100)


@pytest.mark.parametrize(
    ("added", "one_rep_max", "expected", "capped"),
    [
        # 3 lowerings of 3 s: the capacity is the 1RM x 1.2 x 93 %.
        (0.5, 71.9, 0.24, True),  # 80.24 kg: 0.24 kg of the 0.5 kg fit
        (20.0, 70.0, 0.0, True),  # 78.1 kg: the share alone (80 kg) is above the capacity
        (10.0, 75.0, 3.7, True),  # 83.7 kg
        (10.0, 85.0, 10.0, False),  # 94.86 kg: 90 kg fits
    ],
)
def test_bodyweight_negatives_cap_the_added_load(
    added: float, one_rep_max: float, expected: float, capped: bool
) -> None:
    athlete = _athlete(chin_up=one_rep_max)
    item = overload.bodyweight_negatives(
        CHIN, athlete=athlete, added_load=kg(added), reps=3, tempo="3-0-X-0"
    )
    assert item.prescription is not None
    assert item.prescription.basis is not None
    assert item.load.value == pytest.approx(expected, abs=0.01)
    assert item.prescription.basis.capped is capped


def test_bodyweight_share_exactly_at_the_capacity_is_not_above_it() -> None:
    # One lowering of 3 s: 1RM 80 kg x 1.2 x 100 % = 96 kg, the bodyweight share exactly.
    athlete = _athlete(bodyweight=96, chin_up=80)
    item = overload.bodyweight_negatives(CHIN, athlete=athlete, reps=1, tempo="3-0-X-0")
    assert item.prescription is not None
    assert item.prescription.basis is not None
    assert item.prescription.basis.eccentric_capacity == kg(96)
    assert not any("alone" in note for note in item.prescription.basis.notes)
    heavier = overload.bodyweight_negatives(
        CHIN, athlete=_athlete(bodyweight=97, chin_up=80), reps=1, tempo="3-0-X-0"
    )
    assert heavier.prescription is not None
    assert heavier.prescription.basis is not None
    assert any("alone" in note for note in heavier.prescription.basis.notes)


# -- explain ---------------------------------------------------------------------------------------


def test_explain_one_rep_of_partner_help() -> None:
    item = overload.partner_assisted_negatives(CURL, one_rep_max=kg(55), reps=1)
    assert "  partner's help per rep: " in overload.explain(item)


def test_explain_a_hand_made_prescription() -> None:
    prescription = Prescription(
        CURL,
        reps=5,
        method="cluster_eccentric",
        basis=Basis(
            eccentric_1rm=kg(70),
            peak_assistance=kg(10),
        ),
        assistance=(kg(5), kg(10)),
    )
    assert overload.explain(prescription) == "Cluster eccentric: Barbell Curl, 5 reps"


def test_explain_partner_help_without_totals() -> None:
    prescription = Prescription(
        CURL,
        reps=2,
        load=kg(50),
        method=Method.PARTNER_ASSISTED,
        basis=Basis(peak_assistance=kg(10), eccentric_ratio=1.23456),
        assistance=(kg(5), kg(10)),
    )
    assert overload.explain(prescription) == (
        "Partner-assisted negatives: Barbell Curl, 2 reps at 50 kg\n"
        "  partner's help per rep: 5, 10 kg"
    )


def test_explain_rounds_the_ratio_to_three_places() -> None:
    athlete = neg.Athlete(
        "kim",
        training_age_years=3,
        concentric_1rm={"barbell-curl": kg(55)},
        ecc_con_ratio={"barbell-curl": 1.23456},
    )
    item = overload.partner_assisted_negatives(CURL, athlete=athlete)
    assert "(ratio 1.235: " in overload.explain(item)


@pytest.mark.parametrize(("bodyweight", "alone"), [(96.0, False), (95.5, False), (96.5, True)])
def test_the_bodyweight_share_alone_is_named_only_when_above_the_capacity(
    bodyweight: float, alone: bool
) -> None:
    # One lowering of 3 s at a 80 kg 1RM: the capacity is 96 kg; 5 kg added is too much.
    athlete = _athlete(bodyweight=bodyweight, chin_up=80)
    item = overload.bodyweight_negatives(
        CHIN, athlete=athlete, added_load=kg(5), reps=1, tempo="3-0-X-0"
    )
    assert item.prescription is not None
    assert item.prescription.basis is not None
    notes = item.prescription.basis.notes
    assert any("the added 5 kg would make the lowering" in note for note in notes)
    assert any("alone" in note for note in notes) is alone
    assert item.load.value == pytest.approx(max(0.0, 96 - bodyweight))

"""NEG401 (spotting-high-risk): the whole message and fix for each way a setup falls short."""

from __future__ import annotations

from typing import Any

import pytest

import negatives as neg
from negatives import catalog, overload

from ._helpers import kg, lifter, note, run, session, single

BENCH = catalog.lookup("bench-press")
AEL_BENCH = overload.accentuated_eccentric(BENCH, one_rep_max=kg(100))  # 105 kg down
ONE_ASSISTED = overload.partner_assisted_negatives(BENCH, one_rep_max=kg(100), reps=1)
ATHLETE = lifter(bench_press=100)
HEAD = "supramaximal Barbell Bench Press (a high-risk lift) with "


@pytest.mark.parametrize(
    ("item", "setup", "params", "message", "fix"),
    [
        (
            AEL_BENCH,
            neg.Setup(spotters=1),
            {},
            "1 spotter and no safety arms: needs 2 spotters free to take the bar, or safety "
            "arms and 1 spotter",
            "have 2 spotters ready to take the whole load, or set safety arms or pins just "
            "below the lowest point and have 1 spotter",
        ),
        (
            AEL_BENCH,
            neg.Setup(),
            {"min_spotters": 1},
            "0 spotters and no safety arms: needs 1 spotter free to take the bar, or safety arms",
            "have 1 spotter ready to take the whole load, or set safety arms or pins just below "
            "the lowest point",
        ),
        (
            AEL_BENCH,
            neg.Setup(spotters=1, safety_arms=True),
            {"arms_count_as_spotter": False},
            "1 spotter and safety arms: needs 2 spotters free to take the bar (this policy does "
            "not count safety arms)",
            "have 2 spotters ready to take the whole load",
        ),
        (
            AEL_BENCH,
            neg.Setup(spotters=1),
            {"min_spotters": 3},
            "1 spotter and no safety arms: needs 3 spotters free to take the bar, or safety "
            "arms and 2 spotters",
            "have 3 spotters ready to take the whole load, or set safety arms or pins just "
            "below the lowest point and have 2 spotters",
        ),
        (
            ONE_ASSISTED,
            neg.Setup(spotters=1),
            {},
            "1 spotter, who also helps the lift, and no safety arms: needs 2 spotters free to "
            "take the bar, or safety arms and 1 spotter",
            "have 2 spotters ready to take the whole load besides the partner who helps the "
            "lift, or set safety arms or pins just below the lowest point and have 1 spotter",
        ),
    ],
)
def test_neg401_message_and_fix(
    item: neg.Set, setup: neg.Setup, params: dict[str, Any], message: str, fix: str
) -> None:
    finding = single(run(session(item, setup=setup), "NEG401", athlete=ATHLETE, **params))
    assert finding.message == HEAD + message
    assert finding.fix == fix


def test_neg401_counts_the_helping_partner_out_of_the_spotters() -> None:
    finding = single(
        run(session(ONE_ASSISTED, setup=neg.Setup(spotters=1)), "NEG401", athlete=ATHLETE)
    )
    assert dict(finding.ctx) == {
        "spotters": 1,
        "free_spotters": 0,
        "partner_helps": True,
        "min_spotters": 2,
        "safety_arms": False,
        "arms_count_as_spotter": True,
    }


def test_neg401_a_partner_who_gives_no_help_is_a_free_spotter() -> None:
    # An accentuated-eccentric set records no help on any rep: both spotters are free.
    assert run(session(AEL_BENCH, setup=neg.Setup(spotters=2)), "NEG401", athlete=ATHLETE).clean


def test_neg401_a_negative_only_set_is_helped_even_with_no_help_recorded() -> None:
    logged = neg.Set(BENCH, reps=3, load=kg(110), method="negative_only", tempo="4-0-2-0")
    finding = single(run(session(logged, setup=neg.Setup(spotters=2)), "NEG401", athlete=ATHLETE))
    assert finding.ctx["partner_helps"] is True
    assert finding.ctx["free_spotters"] == 1


def test_neg401_exact_minimum_passes() -> None:
    setup = neg.Setup(spotters=3)
    report = run(session(AEL_BENCH, setup=setup), "NEG401", athlete=ATHLETE, min_spotters=3)
    assert report.clean
    report = run(session(AEL_BENCH, setup=setup), "NEG401", athlete=ATHLETE, min_spotters=4)
    assert single(report).ctx["free_spotters"] == 3


def test_neg401_bodyweight_lift_without_a_bodyweight_says_so() -> None:
    ring_dip = neg.Exercise(
        "ring-dip", "Ring Dip", muscles=["chest"], bodyweight_fraction=0.95, risk="high"
    )
    logged = neg.Set(ring_dip, reps=3, load=kg(20), method="negative_only")
    athlete = lifter(bodyweight=None, ring_dip=20)
    report = run(session(logged, setup=None), "NEG401", athlete=athlete)
    assert note(report).reason == (
        "no athlete bodyweight: cannot tell whether the set is supramaximal"
    )


@pytest.mark.parametrize("help_kg", [None, 0.5])
def test_neg401_help_not_recorded_or_slight_takes_the_partner(help_kg: float | None) -> None:
    # Accentuated eccentric reps whose help is unknown, or half a kilo: a partner is at the bar.
    rep = BENCH.rep(
        kg(110), concentric_load=kg(80), assistance=None if help_kg is None else kg(help_kg)
    )
    logged = neg.Set(
        BENCH, reps=2, load=kg(110), method="accentuated_eccentric", rep_detail=[rep, rep]
    )
    finding = single(run(session(logged, setup=neg.Setup(spotters=2)), "NEG401", athlete=ATHLETE))
    assert finding.ctx["partner_helps"] is True
    assert finding.ctx["free_spotters"] == 1

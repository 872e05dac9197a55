"""The search for the largest accepted dose (`_adapt.Search`), with a stand-in policy."""

from __future__ import annotations

from collections.abc import Sequence

import negatives as neg
from negatives.progressions import Gym
from negatives.progressions._adapt import Anchor, Search
from negatives.progressions._sets import Maker, Shape, dose
from negatives.safety import Finding, Severity

kg = neg.kg
Method = neg.Method
CURL = neg.catalog.lookup("barbell-curl")
DUMBBELL_CURL = neg.catalog.lookup("dumbbell-curl")
NORDIC = neg.catalog.lookup("nordic-curl")
REFUSED = (Finding("NEG302", Severity.WARNING, "too soon"),)


def _accept(sets: Sequence[neg.Set]) -> tuple[Finding, ...]:
    return ()


def _refuse(sets: Sequence[neg.Set]) -> tuple[Finding, ...]:
    return REFUSED


def _search(
    exercise: neg.Exercise,
    load: float,
    *,
    method: Method = Method.STANDARD,
    working: neg.Load | None = None,
    anchor: Anchor | None = None,
    trial: object = _accept,
    reps: tuple[int, ...] = (8, 8),
    low: int = 6,
) -> Search:
    maker = Maker(exercise, method, kg(60), working, None, "every", None, None)
    proposal = neg.Prescription(
        exercise, method=method, sets=len(reps), reps=(low, max(reps)), load=kg(load)
    )
    return Search(
        maker=maker,
        proposal=proposal,
        target=Shape(reps, None),
        rep_range=proposal.reps,
        anchor=anchor,
        trial=trial,  # type: ignore[arg-type]
        gym=Gym(),
        hint=lambda shape: None,
        tempo_floor=None,
    )


def _anchor(search: Search, reps: tuple[int, ...], load: float) -> Anchor:
    shape = Shape(reps, None)
    sets = search.maker.sets(search.proposal, shape, kg(load))
    assert sets is not None
    return Anchor(shape, kg(load), dose(sets, None), kg(load))


def test_nothing_lighter_than_the_empty_bar_is_searched() -> None:
    search = _search(CURL, 15.0)  # the bar alone is 20 kg
    shape = Shape((8, 8), None)
    assert search.ladder(kg(15)) == []
    assert search.heaviest(shape, kg(15)) is None
    assert search.best([shape], kg(15)) is None
    assert search.tried == {}  # nothing was worth trying


def test_a_method_that_cannot_make_sets_has_no_ladder_or_candidate() -> None:
    # Accentuated eccentrics without a working load to lift: no valid load at all.
    search = _search(CURL, 40.0, method=Method.ACCENTUATED_ECCENTRIC, working=None)
    assert search.ladder(kg(40)) == []
    assert search.best([Shape((8, 8), None)], kg(40)) is None
    assert search.run() is None


def test_without_an_anchor_there_are_no_steps_and_no_next_step() -> None:
    search = _search(CURL, 40.0)
    assert search.steps(0.0) == []
    assert search.next_step() is None


def test_the_ceiling_stays_at_the_heaviest_dumbbell() -> None:
    search = _search(DUMBBELL_CURL, 55.0)
    search.anchor = _anchor(search, (8, 8), 50.0)  # the rack's heaviest pair
    assert search.ceiling() == kg(50)


def test_the_next_step_of_a_bodyweight_slot_is_a_rep_or_a_set_more() -> None:
    accepted = _search(NORDIC, 0.0, reps=(8, 8, 8))
    accepted.anchor = _anchor(accepted, (7, 7), 0.0)
    assert accepted.next_step() is None  # both accepted: nothing refuses the next step
    refused = _search(NORDIC, 0.0, reps=(8, 8, 8), trial=_refuse)
    refused.anchor = _anchor(refused, (7, 7), 0.0)
    assert refused.next_step() == REFUSED
    # At the top of the range and every set done: no step more fits.
    top = _search(NORDIC, 0.0, reps=(8, 8), trial=_refuse)
    top.anchor = _anchor(top, (8, 8), 0.0)
    assert top.next_step() is None


def test_cuts_are_each_tried_once_closest_first() -> None:
    search = _search(CURL, 40.0, reps=(8, 10), low=8)
    cuts = [shape.reps for shape in search.cuts(0.0)]
    assert len(cuts) == len(set(cuts))  # (8,) comes from several cuts, listed once
    assert cuts[0] == (8, 10)
    assert set(cuts) == {(8, 10), (8,), (8, 9), (8, 8)}


def _capped(sets: Sequence[neg.Set]) -> tuple[Finding, ...]:
    """A stand-in load rule: nothing above 30 kg."""
    if sets[0].load > kg(30):
        return (Finding("NEG201", Severity.ERROR, "too heavy"),)
    return ()


def test_the_heaviest_accepted_load_is_found_by_halving_the_ladder() -> None:
    search = _search(CURL, 40.0, trial=_capped)
    shape = Shape((8, 8), None)
    ladder = search.ladder(kg(40))
    assert ladder[0] == kg(40)
    assert ladder[-1] < kg(30)
    assert search.heaviest(shape, kg(40)) == kg(30)
    # Halving: fewer trials than loads on the ladder.
    assert len(search.tried) < len(ladder)


def test_no_load_is_searched_when_a_lighter_load_cannot_help() -> None:
    search = _search(CURL, 40.0, trial=_refuse)  # NEG302: spacing, not the load
    assert search.heaviest(Shape((8, 8), None), kg(40)) is None
    assert len(search.tried) == 1

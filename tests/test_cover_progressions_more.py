"""More of the builder's edges: the search's later shapes, its fallbacks, rounding, the simulator.

Each test reaches one branch of `negatives.progressions` and checks what the plan (or the value)
says there: the load, the sets, the adjustment's words, the limit.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping, Sequence
from typing import ClassVar

import attrs
import pytest

import negatives as neg
from negatives.errors import ValidationError
from negatives.model import Rep, RepPhase
from negatives.plates import dumbbell_rack
from negatives.progressions import (
    Gym,
    Linear,
    Program,
    ProgramPlan,
    ProgramSlot,
    ProgressionContext,
    Response,
    build_program,
    simulate,
)
from negatives.progressions._adapt import Search
from negatives.progressions._sets import Maker, Shape
from negatives.progressions.builtin import _buildable
from negatives.safety import Confidence, Context, Finding, ParamValue, Policy, Severity

kg = neg.kg
lb = neg.lb
MONDAY = dt.date(2026, 11, 23)
BENCH = neg.catalog.lookup("bench-press")
CURL = neg.catalog.lookup("barbell-curl")
DUMBBELL_CURL = neg.catalog.lookup("dumbbell-curl")
SETUP = neg.Setup(spotters=2, safety_arms=True)
VETERAN = neg.Athlete("v", training_age_years=5, concentric_1rm={"bench-press": kg(100)})


# -- the search: a later shape whose bound is higher, found lower ----------------------------------


def test_a_shape_found_lighter_than_its_bound_does_not_replace_a_better_one() -> None:
    """Two sets accepted up to 30 kg, one set only up to 25 kg: the two sets at 30 kg win.

    The one-set shape's bound (its top, 40 kg) beats the two sets' 30 kg, so it is searched;
    what is found for it (25 kg) does not.
    """

    def trial(sets: Sequence[neg.Set]) -> tuple[Finding, ...]:
        top = kg(30) if len(sets) == 2 else kg(25)
        if sets[0].load > top:
            return (Finding("NEG201", Severity.ERROR, "too heavy"),)
        return ()

    maker = Maker(CURL, neg.Method.STANDARD, kg(60), None, None, "every", None, None)
    proposal = neg.Prescription(CURL, sets=2, reps=(6, 8), load=kg(40))
    search = Search(
        maker=maker,
        proposal=proposal,
        target=Shape((8, 8), None),
        rep_range=proposal.reps,
        anchor=None,
        trial=trial,
        gym=Gym(),
        hint=lambda shape: None,
        tempo_floor=None,
    )
    two, one = Shape((8, 8), None), Shape((8,), None)
    best = search.best([one, two], kg(40))
    assert best is not None
    assert (best.shape, best.load) == (two, kg(30))
    assert best.dose.intensity == pytest.approx(30.0)
    assert search.tried[(one, kg(25))] == ()  # the one set was searched, and found lower
    assert search.tried[(one, kg(27.5))] != ()


# -- an anchor whose lowering was quickened, for a slot that drops its tempo -----------------------


@attrs.frozen
class _DropsTempo:
    """Keeps the prescription; from the second week without a tempo (unless ``keep``)."""

    kind: ClassVar[str] = "drops_tempo"
    keep: bool = False

    def propose(self, ctx: ProgressionContext) -> neg.Prescription:
        p = ctx.prescription
        return p if ctx.week == 0 or self.keep else attrs.evolve(p, tempo=None)


def _quickened_then(progression: _DropsTempo) -> ProgramPlan:
    """Week 1 done at 60 kg, lowered in 3 s of the 4 asked; week 2 asks 110 kg (too heavy)."""
    asked = neg.Prescription(
        BENCH, method="negative_only", sets=2, reps=5, load=kg(110), tempo="4-0-1-0"
    )
    answered = attrs.evolve(asked, load=kg(60), tempo="3-0-1-0")
    done = neg.Set(
        BENCH, reps=5, load=kg(60), tempo="3-0-1-0", method="negative_only", prescription=answered
    )
    logged = neg.Session(MONDAY, sets=[done, done], setup=SETUP)
    program = Program(
        name="P", weeks=2, slots=[ProgramSlot(prescription=asked, progression=progression)],
        start=MONDAY,
    )  # fmt: skip
    return build_program(program, VETERAN, history=[logged], setup=SETUP, primer=False)


def test_a_quickened_anchor_is_not_risen_from_when_the_slot_drops_its_tempo() -> None:
    # With its tempo kept, week 2 rises gradually from what week 1 did (60 kg: one step).
    kept = _quickened_then(_DropsTempo(keep=True))
    (session,) = kept.sessions
    assert {item.load for item in session.sets} == {kg(62.5)}
    assert {str(item.tempo) for item in session.sets} == {"3-0-1-0"}
    # Without a tempo, a lowering "1 s faster" than nothing means nothing: no anchor, so the
    # heaviest load the policy accepts, not a step from 60 kg.
    dropped = _quickened_then(_DropsTempo())
    (session,) = dropped.sessions
    assert {item.load for item in session.sets} == {kg(92.5)}
    assert {item.tempo for item in session.sets} == {None}
    (adjustment,) = dropped.adjustments
    assert adjustment.codes == ("NEG201",)
    assert adjustment.changes == ("load 110 kg -> 92.5 kg",)
    assert dropped.stalls == ()


# -- the fallback: tempo eccentrics with fewer sets, or none ---------------------------------------


def _negatives_monday_and_tuesday(weeks: int) -> Program:
    """Bench negatives on Monday and Tuesday: Tuesday's are refused for their spacing (NEG302)."""
    prescription = neg.Prescription(
        BENCH, method="negative_only", sets=2, reps=5, fraction_1rm=0.9, overload=0.1,
        tempo="3-0-1-0",
    )  # fmt: skip
    slots = [ProgramSlot(prescription=prescription, day=day) for day in (0, 1)]
    return Program(name="P", weeks=weeks, days=(0, 1), slots=slots, start=MONDAY)


def _two_days_of_negatives(policy: Policy) -> ProgramPlan:
    """A week of them, built: Tuesday's overload becomes something else, or nothing."""
    program = _negatives_monday_and_tuesday(weeks=1)
    return build_program(program, VETERAN, history=(), setup=SETUP, primer=False, policy=policy)


def test_tempo_eccentrics_instead_drop_sets_when_the_policy_counts_them() -> None:
    policy = Policy.preset("standard").with_params("NEG301", count_tempo=True, max_sets=1)
    plan = _two_days_of_negatives(policy)
    monday, tuesday = plan.sessions
    assert [item.method for item in monday.sets] == [neg.Method.NEGATIVE_ONLY]
    (tempo,) = tuesday.sets  # two tempo sets would be two counted sets for the chest: one
    assert tempo.method is neg.Method.TEMPO_ECCENTRIC
    assert (tempo.load, str(tempo.tempo)) == (kg(90), "4-0-1-0")
    spaced = [a for a in plan.adjustments if a.date == tuesday.date]
    assert [(a.codes, a.changes) for a in spaced] == [
        (("NEG302",), ("tempo eccentrics at 90 kg", "sets 2 -> 1"))
    ]
    assert tempo.prescription is not None
    assert tempo.prescription.sets == 1
    assert not [f for f in plan.report.findings if f.code in ("NEG301", "NEG302")]


class _Refuses:
    """A user rule refusing every set of one method (a physiotherapist's or a gym's rule)."""

    name = "refuses-a-method"
    summary = "A method this athlete or this gym cannot do."
    severity = Severity.WARNING
    confidence: Confidence = "low"
    parameters: Mapping[str, ParamValue] = {}

    def __init__(self, code: str, method: neg.Method, message: str, citation: str) -> None:
        self.code = code
        self.method = method
        self.message = message
        self.citation = citation

    def check(self, context: Context) -> Iterator[Finding]:
        for ref in context.sets():
            if ref.item.method is self.method:
                yield context.finding(self.message, loc=ref.loc)


# No tempo eccentrics for this athlete (say, a tendon that dislikes them).
_NO_SLOW_LOWERING = _Refuses(
    "ACME901",
    neg.Method.TEMPO_ECCENTRIC,
    "no slow lowering for this athlete",
    "the athlete's physiotherapist",
)
# No weight releasers in this gym (accentuated eccentrics at any load).
_NO_RELEASERS = _Refuses(
    "ACME902", neg.Method.ACCENTUATED_ECCENTRIC, "the gym has no weight releasers", "the gym"
)


def test_overload_is_left_out_when_the_policy_refuses_the_tempo_eccentrics_too() -> None:
    plan = _two_days_of_negatives(Policy.preset("standard").with_rule(_NO_SLOW_LOWERING))
    (monday,) = plan.sessions  # nothing on Tuesday
    assert monday.date == MONDAY
    assert {item.method for item in monday.sets} == {neg.Method.NEGATIVE_ONLY}
    (left,) = [a for a in plan.adjustments if a.date == MONDAY + dt.timedelta(days=1)]
    assert left.changes == ("left out",)
    assert left.codes == ("NEG302",)
    assert left.clamped == left.proposed == kg(97.5)
    assert left.loc == ()  # in no session
    assert "1 day after the overload session on Mon 2026-11-23" in left.reason
    assert not [f for f in plan.report.findings if f.code in ("ACME901", "NEG302")]


# -- the fallback: accentuated eccentrics the gym cannot build -------------------------------------


def test_accentuated_eccentrics_above_the_heaviest_dumbbell_are_left_out_and_said() -> None:
    athlete = neg.Athlete("a", training_age_years=5, concentric_1rm={"dumbbell-curl": kg(40)})
    prescription = neg.Prescription(
        DUMBBELL_CURL, method="accentuated_eccentric", sets=2, reps=8, fraction_1rm=0.5,
        overload=0.4, tempo="3-0-1-0",
    )  # fmt: skip
    home = Gym(dumbbells=dumbbell_rack(kg(2), kg(20), kg(2)))  # lifts 20 kg: nothing heavier
    program = Program(
        name="P", weeks=1, slots=[ProgramSlot(prescription=prescription)], start=MONDAY
    )
    plan = build_program(program, athlete, history=(), setup=SETUP, primer=False, gym=home)
    assert plan.sessions == ()
    reason = "the gym builds no Dumbbell Curl load above the lift (20 kg) for the lowering"
    (adjustment,) = plan.adjustments
    assert (adjustment.changes, adjustment.codes, adjustment.reason) == (("left out",), (), reason)
    assert (adjustment.proposed, adjustment.clamped) == (kg(20), kg(20))
    dated = [limit for limit in plan.limits if limit.date is not None]
    assert [(limit.message, limit.code, limit.date) for limit in dated] == [
        (f"Dumbbell Curl from Mon 2026-11-23: {reason}; left out", None, MONDAY)
    ]


def test_accentuated_eccentrics_refused_at_any_load_are_kept_as_asked_and_said() -> None:
    # 50 kg lifted, 70 kg lowered: the loads searched down to 42 kg lower no more than is
    # lifted, so none is an accentuated eccentric set; the one there is, is planned and said.
    prescription = neg.Prescription(
        BENCH, method="accentuated_eccentric", sets=2, reps=5, fraction_1rm=0.5, overload=0.4,
        tempo="3-0-1-0",
    )  # fmt: skip
    program = Program(
        name="P", weeks=1, slots=[ProgramSlot(prescription=prescription)], start=MONDAY
    )
    policy = Policy.preset("standard").with_rule(_NO_RELEASERS)
    plan = build_program(program, VETERAN, history=(), setup=SETUP, primer=False, policy=policy)
    (session,) = plan.sessions
    assert [(item.load, item.method) for item in session.sets] == [
        (kg(70), neg.Method.ACCENTUATED_ECCENTRIC)
    ] * 2
    assert plan.adjustments == ()  # kept as asked
    dated = [limit for limit in plan.limits if limit.date is not None]
    assert [(limit.code, limit.date) for limit in dated] == [("ACME902", MONDAY)]
    assert dated[0].message == (
        "Barbell Bench Press from Mon 2026-11-23: even 70 kg, the lightest load searched, is "
        "refused (ACME902: the gym has no weight releasers); planned at it, the report flags it"
    )
    assert any(f.code == "ACME902" for f in plan.report.findings)  # flagged, not hidden


# -- rounding a proposal so that the gym keeps it --------------------------------------------------


def test_the_empty_bar_rounds_to_itself_across_units() -> None:
    """Regression: a 35-lb bar rounded a kg load to 15.875732950000002 kg, then to 15.87573295."""
    gym = Gym(bar=lb(35))
    empty = gym.round(kg(10), BENCH)
    assert empty == kg(15.87573295)  # 35 lb, exactly as the plates' totals are converted
    assert gym.round(empty, BENCH) == empty
    assert gym.round(kg(-1), BENCH) == empty  # below the bar: the bar, as before
    assert Gym(bar=kg(0)).round(lb(0), BENCH) == lb(0)
    # A linear progression from the empty bar keeps the prescription's unit.
    row = neg.Prescription(BENCH, sets=3, reps=8, load=kg(10))
    ctx = ProgressionContext(prescription=row, gym=gym)
    proposed = Linear(increment=kg(2.5)).propose(ctx).load
    assert proposed is not None
    assert proposed.unit is neg.Unit.KG
    assert ctx.round(proposed) == proposed


# Third-of-a-kilo plates: 0.3333333333333333 kg, read as written, so that loadings of 5-kg and
# of third plates come within a hair of each other and rounding once more can move a load by it.
THIRDS = Gym(bar=kg(20), plates=(kg(5), kg(1 / 3)))


@pytest.mark.parametrize(
    ("load", "unit"),
    [
        (kg(30.1), neg.Unit.LB),  # exact written in pounds
        (kg(40.7), neg.Unit.KG),  # exact in neither: rounded until it stays
    ],
)
def test_a_load_rounding_does_not_keep_is_written_so_that_it_does(
    load: neg.Load, unit: neg.Unit
) -> None:
    row = neg.Prescription(BENCH, sets=1, reps=5, load=load)
    ctx = ProgressionContext(prescription=row, gym=THIRDS)
    rounded = ctx.round(load, mode="up")
    assert ctx.round(rounded) != rounded  # the case: rounding it once more moves it
    proposed = _buildable(ctx, load, mode="up")
    assert ctx.round(proposed) == proposed
    assert proposed.isclose(rounded, rel_tol=1e-12)  # the same mass, to a hair
    assert proposed.unit is unit


# -- the simulator ---------------------------------------------------------------------------------


def test_the_simulator_refuses_a_lowering_with_unmeasured_help() -> None:
    lowering = RepPhase(phase="eccentric", load=kg(90), seconds=4, assistance=None)
    lift = RepPhase(phase="concentric", load=kg(90), seconds=1)
    helped = neg.Set(
        BENCH, reps=1, load=kg(90), method="partner_assisted", rep_detail=[Rep((lowering, lift))]
    )
    unknown = r"^simulate\.item: the load Barbell Bench Press lowers is unknown$"
    with pytest.raises(ValidationError, match=unknown):
        Response().reps_to_failure(helped, kg(100))


def test_unmeasured_help_on_the_lift_leaves_only_the_lowering_to_limit_the_reps() -> None:
    # The lift was helped by an amount nobody measured: the simulator takes the help to cover
    # what the athlete cannot lift, so only the lowering (80 kg of a ~140 kg eccentric
    # capacity) limits the reps, far beyond the 8 an unhelped set at 80 % of the 1RM allows.
    lowering = RepPhase(phase="eccentric", load=kg(80), seconds=3)
    lift = RepPhase(phase="concentric", load=kg(80), seconds=1, assistance=None)
    helped = neg.Set(BENCH, reps=1, load=kg(80), rep_detail=[Rep((lowering, lift))])
    plain = neg.Set(BENCH, reps=1, load=kg(80))
    assert Response().reps_to_failure(plain, kg(100)) == 8.0
    assert Response().reps_to_failure(helped, kg(100)) > 12


def test_the_simulation_says_which_slots_the_plan_left_out_and_why() -> None:
    # Tuesday's negatives are refused for their spacing and tempo eccentrics by the user rule:
    # the simulator's week holds the left-out slot, and its text says so with the rule's words.
    program = _negatives_monday_and_tuesday(weeks=2)
    policy = Policy.preset("standard").with_rule(_NO_SLOW_LOWERING)
    simulation = simulate(program, VETERAN, setup=SETUP, primer=False, policy=policy)
    first = simulation.weeks[0]
    (left,) = [a for a in first.adjustments if not a.loc]
    assert (left.date, left.codes) == (MONDAY + dt.timedelta(days=1), ("NEG302",))
    text = simulation.text()
    assert "plans: 2 set(s) adapted and 2 left out for the safety policy;" in text
    tuesday = next(line for line in text.splitlines() if "Tue 2026-11-24" in line)
    assert tuesday.startswith("  W1 Tue 2026-11-24  left out (NEG302: eccentric overload for")
    monday = next(line for line in text.splitlines() if "Mon 2026-11-23" in line)
    assert monday.endswith("(load 97.5 kg -> 92.5 kg: NEG201)")


def _too_fast(fraction: float) -> ProgramPlan:
    """Negatives lowered in 1 s: NEG501 refuses them at any load."""
    prescription = neg.Prescription(
        BENCH, method="negative_only", sets=2, reps=5, fraction_1rm=fraction, overload=0.1,
        tempo="1-0-1-0",
    )  # fmt: skip
    program = Program(
        name="P", weeks=1, slots=[ProgramSlot(prescription=prescription)], start=MONDAY
    )
    return build_program(program, VETERAN, history=(), setup=SETUP, primer=False)


def test_a_proposal_refused_only_for_what_no_load_fixes_is_kept_as_proposed() -> None:
    plan = _too_fast(0.7)  # 70 kg x 1.1, rounded to 75 kg: within the eccentric capacity
    (session,) = plan.sessions
    assert [item.load for item in session.sets] == [kg(75), kg(75)]
    assert plan.adjustments == ()
    (limit,) = [limit for limit in plan.limits if limit.date is not None]
    assert limit.code == "NEG501"
    assert limit.message.endswith("a controlled negative takes at least 3 s); planned as "
                                  "proposed, the report flags it")  # fmt: skip

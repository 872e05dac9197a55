"""NEG4xx: rules about the setup: spotters and safety arms."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from ... import catalog, overload
from ...model import Athlete, Method, MethodCategory, RiskClass, Session, Setup
from ...units import kg
from ..engine import Context, Finding, NotChecked, SetRef, Severity
from ._base import BuiltinRule, Example, unknown_lowering, whole_param


def _example() -> Example:  # pragma: no mutate block (a fixture for the docs)
    bench = catalog.lookup("bench-press")
    # Weight releasers at 105 % of the 1RM, and nobody to take the bar.
    heavy = overload.accentuated_eccentric(bench, one_rep_max=kg(100))
    return Example(
        Session(dt.date(2026, 11, 23), sets=[heavy], setup=Setup(releasers=True)),
        athlete=Athlete("kim", training_age_years=4, concentric_1rm={"bench-press": kg(100)}),
    )


def _people(count: int) -> str:
    return f"{count} spotter{'s' if count != 1 else ''}"


def _helped(context: Context, ref: SetRef) -> bool:
    """Whether a partner helps the lift in the set (and so is not a free spotter)."""
    item = ref.item
    if item.method in (Method.PARTNER_ASSISTED, Method.NEGATIVE_ONLY):
        return True
    return any(
        rep.assistance is None or rep.assistance.value > 0
        for rep in item.expand(bodyweight=context.bodyweight)
    )


class SpottingHighRisk(BuiltinRule):
    """NEG401: supramaximal sets on high-risk lifts without enough free spotters."""

    code = "NEG401"
    name = "spotting-high-risk"
    summary = (
        "A supramaximal set on a high-risk lift (bench, squat, overhead press, skull crusher) "
        "without enough free spotters, counting safety arms where the policy does."
    )
    severity = Severity.ERROR
    citation = (
        "NSCA spotting practice: free weights over the face, neck or torso or on the back need "
        "a spotter, two for heavy squats and benches; a partner who is giving concentric help "
        "is not also a free spotter (DOMAIN §5)"
    )
    confidence = "medium"
    parameters = {"min_spotters": 2, "arms_count_as_spotter": True}
    why = (
        "A supramaximal lowering is heavier than the athlete can lift: if it gets away from "
        "them on a bench, squat or overhead press, only spotters or safety arms (pins, straps) "
        "stop the bar. NSCA practice asks for a spotter on free weights over the face, neck or "
        "torso or on the back, and two for heavy squats and benches (medium confidence); the "
        "rule asks for `min_spotters` (2 in the standard policy) on every high-risk lift. A "
        "partner who helps the lift (partner-assisted or negative-only sets) has their hands "
        "full with that help on the last reps and is not counted as a free spotter. With "
        "`arms_count_as_spotter`, safety arms set just below the lowest point stand in for one "
        "spotter (the standard policy: safety arms and one spotter). The exercise's risk class "
        "comes from the catalog; exercises without one are reported as not checked."
    )
    how_to_fix = (
        "Have enough spotters ready to take the whole load besides any partner who helps the "
        "lift, or set safety arms or pins just below the lowest point of the lift (where the "
        "policy counts them)."
    )
    example = staticmethod(_example)

    def check(self, context: Context) -> Iterable[Finding | NotChecked]:
        minimum = whole_param(context, "min_spotters", low=0)
        arms_count = bool(context.param("arms_count_as_spotter"))
        for ref in context.sets():
            exercise = ref.item.exercise
            if exercise.risk is not None and exercise.risk is not RiskClass.HIGH:
                continue  # not a high-risk lift
            overloaded = context.is_overload(ref)
            if overloaded is False:
                continue  # no overload: not supramaximal
            category = context.category(ref)
            if category is None:
                unknown = overloaded is None or (
                    exercise.bodyweight_fraction and context.bodyweight is None
                )
                missing = (
                    unknown_lowering(ref.item, context.bodyweight)
                    if unknown
                    else f"no 1RM for {exercise.id!r}"
                )
                yield context.not_checked(
                    f"{missing}: cannot tell whether the set is supramaximal", loc=ref.loc
                )
                continue
            if category is not MethodCategory.SUPRAMAXIMAL:
                continue
            if exercise.risk is None:
                yield context.not_checked(
                    f"exercise {exercise.id!r} has no risk class (unmapped exercise)",
                    loc=ref.loc,
                )
                continue
            setup = context.setup(ref)
            if setup is None:
                yield context.not_checked(
                    "no setup given: spotters and safety arms unknown", loc=ref.loc
                )
                continue
            helper = 1 if _helped(context, ref) and setup.spotters > 0 else 0
            free = setup.spotters - helper
            arms = 1 if arms_count and setup.safety_arms else 0
            if free + arms >= minimum:
                continue
            people = _people(setup.spotters)
            if helper:
                people += (
                    ", who also helps the lift,"
                    if setup.spotters == 1
                    else ", one of whom helps the lift,"
                )
            arms_text = "safety arms" if setup.safety_arms else "no safety arms"
            if arms_count:
                needed = (
                    f"{_people(minimum)} free to take the bar, or safety arms and "
                    f"{_people(max(0, minimum - 1))}"
                    if minimum > 1
                    else f"{_people(minimum)} free to take the bar, or safety arms"
                )
            else:
                needed = (
                    f"{_people(minimum)} free to take the bar (this policy does not count "
                    "safety arms)"
                )
            yield context.finding(
                f"supramaximal {exercise.name} (a high-risk lift) with {people} and "
                f"{arms_text}: needs {needed}",
                loc=ref.loc,
                ctx={
                    "spotters": setup.spotters,
                    "free_spotters": free,
                    "partner_helps": bool(helper),
                    "min_spotters": minimum,
                    "safety_arms": setup.safety_arms,
                    "arms_count_as_spotter": arms_count,
                },
                fix=(
                    f"have {_people(minimum)} ready to take the whole load"
                    + (" besides the partner who helps the lift" if helper else "")
                    + (
                        ", or set safety arms or pins just below the lowest point"
                        + (f" and have {_people(minimum - 1)}" if minimum > 1 else "")
                        if arms_count
                        else ""
                    )
                ),
            )


RULES = (SpottingHighRisk(),)

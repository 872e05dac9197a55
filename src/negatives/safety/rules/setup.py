"""NEG4xx: rules about the setup: spotters and safety arms."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from ... import catalog, overload
from ...model import Athlete, MethodCategory, RiskClass, Session, Setup
from ...units import kg
from ..engine import Context, Finding, NotChecked, Severity
from ._base import BuiltinRule, Example


def _example() -> Example:
    bench = catalog.lookup("bench-press")
    # Weight releasers at 105 % of the 1RM, and nobody to take the bar.
    heavy = overload.accentuated_eccentric(bench, one_rep_max=kg(100))
    return Example(
        Session(dt.date(2026, 11, 23), sets=[heavy], setup=Setup(releasers=True)),
        athlete=Athlete("kim", training_age_years=4, concentric_1rm={"bench-press": kg(100)}),
    )


def _people(count: int) -> str:
    return f"{count} spotter{'s' if count != 1 else ''}"


class SpottingHighRisk(BuiltinRule):
    """NEG401: supramaximal sets on high-risk lifts without spotters or safety arms."""

    code = "NEG401"
    name = "spotting-high-risk"
    summary = (
        "A supramaximal set on a high-risk lift (bench, squat, overhead press, skull crusher) "
        "without enough spotters, or safety arms where they count."
    )
    severity = Severity.ERROR
    citation = (
        "NSCA spotting practice: free weights over the face, neck or torso or on "
        "the back need a spotter, two for heavy squats and benches"
    )
    confidence = "medium"
    parameters = {"min_spotters": 1, "arms_suffice": True}
    why = (
        "A supramaximal lowering is heavier than the athlete can lift: if it gets away from "
        "them on a bench, squat or overhead press, only a spotter or safety arms (pins, "
        "straps) stop the bar. NSCA practice asks for a spotter on free weights over the face, "
        "neck or torso or on the back, two for heavy squats and benches (medium confidence). "
        "The exercise's risk class comes from the catalog; exercises without one are "
        "reported as not checked. Whether safety arms replace a spotter is a policy choice "
        "(``arms_suffice``)."
    )
    how_to_fix = (
        "Have spotters ready to take the whole load, or set safety arms or pins just below the "
        "lowest point of the lift (where the policy counts them)."
    )
    example = staticmethod(_example)

    def check(self, context: Context) -> Iterable[Finding | NotChecked]:
        minimum = int(context.param("min_spotters"))
        arms_suffice = bool(context.param("arms_suffice"))
        for ref in context.sets():
            exercise = ref.item.exercise
            if exercise.risk is not None and exercise.risk is not RiskClass.HIGH:
                continue  # not a high-risk lift
            if context.is_overload(ref) is False:
                continue  # no overload: not supramaximal
            category = context.category(ref)
            if category is None:
                missing = (
                    "no athlete bodyweight"
                    if exercise.bodyweight_fraction and context.bodyweight is None
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
            if setup.spotters >= minimum or (arms_suffice and setup.safety_arms):
                continue
            arms = "safety arms" if setup.safety_arms else "no safety arms"
            if arms_suffice:
                needed = f"at least {_people(minimum)} or safety arms"
            elif setup.safety_arms:
                needed = f"at least {_people(minimum)} (this policy does not count safety arms)"
            else:
                needed = f"at least {_people(minimum)}"
            yield context.finding(
                f"supramaximal {exercise.name} (a high-risk lift) with {_people(setup.spotters)} "
                f"and {arms}: needs {needed}",
                loc=ref.loc,
                ctx={
                    "spotters": setup.spotters,
                    "min_spotters": minimum,
                    "safety_arms": setup.safety_arms,
                },
                fix=(
                    f"have {_people(minimum)} ready to take the whole load"
                    + (
                        ", or set safety arms or pins just below the lowest point"
                        if arms_suffice
                        else ""
                    )
                ),
            )


RULES = (SpottingHighRisk(),)

"""NEG1xx: rules about the athlete."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from ... import catalog, overload
from ...model import Athlete, MethodCategory, Session
from ...units import kg
from ..engine import Context, Finding, NotChecked, Severity, fmt
from ._base import BuiltinRule, Example, is_bodyweight_exercise


def _example() -> Example:
    bench = catalog.lookup("bench-press")
    heavy = overload.partner_assisted_negatives(bench, one_rep_max=kg(80), overload=0.4)
    return Example(
        Session(dt.date(2026, 11, 23), sets=[heavy]),
        athlete=Athlete("novice", training_age_years=0.5, concentric_1rm={"bench-press": kg(80)}),
    )


class OverloadTooEarly(BuiltinRule):
    code = "NEG101"
    name = "overload-training-age"
    summary = "Overload methods for an athlete with less than the minimum training age."
    severity = Severity.WARNING
    citation = (
        "The seed article (negatives are unsuitable for beginners); Suchomel et al. 2019, "
        "J Funct Morphol Kinesiol 4(2):38 and 4(3):55 (tempo and flywheel work suit weaker "
        "lifters, supramaximal AEL stronger ones)"
    )
    confidence = "low"
    parameters = {"min_training_age_years": 1.0}
    why = (
        "Eccentric overload causes more soreness and damage in unaccustomed muscles, and "
        "supramaximal loads need technique and strength a beginner does not have yet. Tempo "
        "eccentrics and bodyweight negatives (negative chin-ups, dips) suit beginners and are "
        "exempt. The threshold is practice, not a study: a warning for submaximal overload, an "
        "error for supramaximal."
    )
    how_to_fix = (
        "Use tempo eccentrics (normal load, slow lowering) or bodyweight negatives until the "
        "athlete has trained consistently for the minimum time."
    )
    example = staticmethod(_example)

    def check(self, context: Context) -> Iterable[Finding | NotChecked]:
        minimum = float(context.param("min_training_age_years"))
        athlete = context.athlete
        for ref in context.sets():
            exercise = ref.item.exercise
            if is_bodyweight_exercise(exercise.bodyweight_fraction, exercise.equipment):
                continue
            loaded = context.is_overload(ref)
            if loaded is False:
                continue  # conventional or tempo work: exempt
            if athlete is None:
                yield context.not_checked("no athlete given (training age unknown)", loc=ref.loc)
                continue
            if athlete.training_age_years >= minimum:
                continue
            category = context.category(ref)
            if category is None:
                yield context.not_checked(
                    f"no 1RM for {exercise.id!r}: cannot tell submaximal from supramaximal",
                    loc=ref.loc,
                )
                continue
            supra = category is MethodCategory.SUPRAMAXIMAL
            yield context.finding(
                f"{category.value} eccentric overload for an athlete with "
                f"{fmt(athlete.training_age_years)} years of training (minimum "
                f"{fmt(minimum)})",
                loc=ref.loc,
                ctx={
                    "training_age_years": athlete.training_age_years,
                    "min_training_age_years": minimum,
                    "category": category.value,
                },
                fix=self.how_to_fix,
                severity=Severity.ERROR if supra else None,
            )


RULES = (OverloadTooEarly(),)

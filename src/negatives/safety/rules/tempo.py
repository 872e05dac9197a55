"""NEG5xx: rules about tempo and rest: how fast the lowering, how long the rep, how much rest."""

from __future__ import annotations

import datetime as dt
import itertools
import math
from collections.abc import Iterable

import attrs

from ... import catalog, overload
from ...model import Athlete, Method, MethodCategory, Session, Setup
from ...tempo import EXPLOSIVE, EXPLOSIVE_SECONDS
from ...units import kg
from ..engine import Context, Finding, NotChecked, SetRef, Severity, fmt
from ._base import BuiltinRule, Example, number_param

_TOLERANCE_S = 1e-9

_NO_TEMPO = "tempo not recorded"

_NEGATIVE_METHODS = {
    Method.PARTNER_ASSISTED: "partner-assisted negatives",
    Method.NEGATIVE_ONLY: "negative-only reps",
}


# -- NEG501 ----------------------------------------------------------------------------------------


def _example_501() -> Example:  # pragma: no mutate block (a fixture for the docs)
    curl = catalog.lookup("barbell-curl")
    rushed = overload.partner_assisted_negatives(curl, one_rep_max=kg(55), tempo="2-0-2-0")
    return Example(Session(dt.date(2026, 11, 23), sets=[rushed]))


class FastLowering(BuiltinRule):
    """NEG501: partner-assisted or negative-only reps lowered faster than a controlled negative."""

    code = "NEG501"
    name = "fast-lowering"
    summary = (
        "Partner-assisted or negative-only reps lowered faster than a controlled negative "
        "(``X`` counts as fast)."
    )
    severity = Severity.WARNING
    citation = (
        'The seed article\'s "two up, four down" (4 s lowering); thresholds without '
        "a study: a controlled negative lowers in 3 s or more"
    )
    confidence = "low"
    parameters = {"min_eccentric_seconds": 3.0}
    why = (
        "The point of a negative is a heavy load lowered under control; a bar that drops is "
        "neither training nor safe when it is heavier than the athlete can lift. The seed "
        "lowers in 4 s; the 3 s floor is practice, not a study (low confidence). It applies "
        "to sets labelled partner-assisted or negative-only: accentuated eccentric loading "
        "with weight releasers is often done at normal speed, so it is exempt. A tempo "
        "written ``X`` for the lowering counts as fast."
    )
    how_to_fix = 'Lower in at least 3-4 s, e.g. tempo 4-0-2-0 (the seed\'s "two up, four down").'
    example = staticmethod(_example_501)

    def check(self, context: Context) -> Iterable[Finding | NotChecked]:
        minimum = number_param(context, "min_eccentric_seconds", low=0)
        for ref in context.sets():
            method = ref.item.method
            if method not in _NEGATIVE_METHODS:
                continue
            seconds = [rep.eccentric.seconds for rep in ref.item.expand()]
            known = [s for s in seconds if s is not None]
            if not known:
                yield context.not_checked(_NO_TEMPO, loc=ref.loc)
                continue
            fastest = min(known)
            tempo = ref.item.tempo
            explosive = (
                tempo is not None
                and tempo.eccentric == EXPLOSIVE
                and fastest <= EXPLOSIVE_SECONDS + _TOLERANCE_S
            )
            if not explosive and fastest >= minimum - _TOLERANCE_S:
                if len(known) < len(seconds):
                    yield context.not_checked(_NO_TEMPO, loc=ref.loc)
                continue
            what = _NEGATIVE_METHODS[Method(method)]
            if explosive:
                speed = "explosively (X)"
            elif len(set(known)) == 1:
                speed = f"in {fmt(fastest)} s per rep"
            else:
                speed = f"in {fmt(fastest)} s on the fastest rep"
            shown = f" (tempo {tempo})" if tempo is not None else ""
            suggested = max(4, math.ceil(minimum))
            yield context.finding(
                f"{what} lowered {speed}{shown}: a controlled negative takes at "
                f"least {fmt(minimum)} s",
                loc=ref.loc,
                ctx={
                    "eccentric_seconds": fastest,
                    "explosive": explosive,
                    "min_eccentric_seconds": minimum,
                    "method": str(method),
                },
                fix=(
                    f"lower in at least {fmt(minimum)} s, e.g. tempo {suggested}-0-2-0"
                    + (' (the seed\'s "two up, four down")' if suggested == 4 else "")
                ),
            )


# -- NEG502 ----------------------------------------------------------------------------------------


def _example_502() -> Example:  # pragma: no mutate block (a fixture for the docs)
    curl = catalog.lookup("barbell-curl")
    slow = overload.tempo_eccentrics(curl, one_rep_max=kg(55), tempo="8-1-2-1")
    return Example(Session(dt.date(2026, 11, 23), sets=[slow]))


class LongRep(BuiltinRule):
    """NEG502: reps longer than about 10 s."""

    code = "NEG502"
    name = "long-rep"
    summary = "Reps that take longer than about 10 s under tension."
    severity = Severity.INFO
    citation = (
        "Schoenfeld, Ogborn & Krieger 2015, Sports Med 45(4):577-585 (repetition durations "
        "of 0.5-8 s give similar hypertrophy; more than 10 s per rep is likely inferior)"
    )
    confidence = "medium"
    parameters = {"max_rep_seconds": 10.0}
    why = (
        "A meta-analysis found similar hypertrophy for repetition durations from 0.5 to 8 s "
        "when sets go to failure, and reps longer than about 10 s likely inferior "
        "(Schoenfeld, Ogborn & Krieger 2015; medium confidence: few studies of very slow "
        "reps). A slow lowering is the point of eccentric work; a whole rep beyond 10 s "
        "costs load and reps for no known benefit. Information, not a hazard. An ``X`` phase "
        "counts as 1 s."
    )
    how_to_fix = (
        "Keep the slow lowering (3-6 s) and lift faster, or shorten the pauses, so that a rep "
        "takes 10 s or less."
    )
    example = staticmethod(_example_502)

    def check(self, context: Context) -> Iterable[Finding | NotChecked]:
        limit = number_param(context, "max_rep_seconds", low=0)
        for ref in context.sets():
            reps = ref.item.expand(bodyweight=context.bodyweight)
            times = [rep.time_under_tension for rep in reps]
            known = [t for t in times if t is not None]
            longest = max(known, default=None)
            if longest is None or longest <= limit + _TOLERANCE_S:
                if len(known) < len(times):
                    yield context.not_checked(_NO_TEMPO, loc=ref.loc)
                continue
            tempo = ref.item.tempo
            shown = f" (tempo {tempo})" if tempo is not None else ""
            subject = "reps take" if len(set(known)) == 1 else "the longest rep takes"
            number = times.index(longest) + 1
            yield context.finding(
                f"{subject} {fmt(longest)} s{shown}: above {fmt(limit)} s per rep, likely less "
                "effective for hypertrophy than shorter reps (Schoenfeld et al. 2015)",
                loc=ref.loc,
                ctx={"rep_seconds": longest, "max_rep_seconds": limit, "rep": number},
                fix=(
                    f"keep a rep at or under {fmt(limit)} s: keep the slow lowering and lift "
                    "faster, or shorten the pauses"
                ),
            )


# -- NEG503 ----------------------------------------------------------------------------------------


def _example_503() -> Example:  # pragma: no mutate block (a fixture for the docs)
    squat = catalog.lookup("back-squat")
    heavy = overload.accentuated_eccentric(squat, one_rep_max=kg(140))
    first = attrs.evolve(heavy, rest=60.0)
    return Example(
        Session(dt.date(2026, 11, 23), sets=[first, heavy], setup=Setup(spotters=2)),
        athlete=Athlete("kim", training_age_years=5, concentric_1rm={"back-squat": kg(140)}),
    )


def _unknown_category(context: Context, ref: SetRef) -> str:
    exercise = ref.item.exercise
    if exercise.bodyweight_fraction and context.bodyweight is None:
        return "no athlete bodyweight"
    return f"no 1RM for {exercise.id!r}"


def _minutes(seconds: float) -> str:
    minutes = seconds / 60
    return f"{fmt(minutes)} min" if minutes >= 1 else f"{fmt(seconds)} s"


class ShortRestSupramaximal(BuiltinRule):
    """NEG503: too little rest between supramaximal sets."""

    code = "NEG503"
    name = "short-rest-supramaximal"
    summary = "A supramaximal set followed by another with less rest than the minimum."
    severity = Severity.WARNING
    citation = "At least 2-3 min between supramaximal sets (coaching practice, not a study)"
    confidence = "low"
    parameters = {"min_rest_seconds": 120.0}
    why = (
        "Supramaximal lowerings are the heaviest loads an athlete handles; starting the next "
        "one before recovering from the last means lowering a load above their 1RM tired. "
        "Practice is at least 2-3 min between such sets (low confidence: no study sets the "
        "number). The rule looks at the rest after a supramaximal set that the next set of "
        "the session, also supramaximal, follows."
    )
    how_to_fix = "Rest at least 2-3 min between supramaximal sets."
    example = staticmethod(_example_503)

    def check(self, context: Context) -> Iterable[Finding | NotChecked]:
        minimum = number_param(context, "min_rest_seconds", low=0)
        refs = context.sets()
        for ref, following in itertools.pairwise(refs):
            if following.session_index != ref.session_index:
                continue  # the last set of a session
            here, there = context.category(ref), context.category(following)
            supra = MethodCategory.SUPRAMAXIMAL
            if (here is not None and here is not supra) or (
                there is not None and there is not supra
            ):
                continue  # not two supramaximal sets in a row
            if here is None or there is None:
                unknown = ref if here is None else following
                yield context.not_checked(
                    f"{_unknown_category(context, unknown)}: cannot tell whether the sets are "
                    "supramaximal",
                    loc=ref.loc,
                )
                continue
            rest = ref.item.rest
            if rest is None:
                yield context.not_checked("rest after a supramaximal set not recorded", loc=ref.loc)
                continue
            if rest >= minimum - _TOLERANCE_S:
                continue
            yield context.finding(
                f"{fmt(rest)} s of rest before the next supramaximal set: rest at least "
                f"{_minutes(minimum)} between supramaximal sets",
                loc=ref.loc,
                ctx={
                    "rest_seconds": rest,
                    "min_rest_seconds": minimum,
                    "next_set": following.set_index,
                },
                fix=f"rest at least {_minutes(minimum)} ({fmt(minimum)} s) after this set",
            )


RULES = (FastLowering(), LongRep(), ShortRestSupramaximal())

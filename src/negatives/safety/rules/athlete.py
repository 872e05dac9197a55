"""NEG1xx: rules about the athlete: training age, age, screening, readiness."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from ... import catalog, overload
from ...model import Athlete, Checkin, MethodCategory, Muscle, Screening, Session
from ...units import kg
from ..engine import Context, Finding, NotChecked, SetRef, Severity, fmt
from ._base import BuiltinRule, Example, is_bodyweight_exercise, number_param

_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _day(date: dt.date) -> str:
    return f"{_WEEKDAYS[date.weekday()]} {date.isoformat()}"


def _name(muscle: Muscle) -> str:
    return muscle.value.replace("_", " ")


# -- NEG101 ----------------------------------------------------------------------------------------


def _example() -> Example:  # pragma: no mutate block (a fixture for the docs)
    bench = catalog.lookup("bench-press")
    heavy = overload.accentuated_eccentric(bench, one_rep_max=kg(80))
    return Example(
        Session(dt.date(2026, 11, 23), sets=[heavy]),
        athlete=Athlete("novice", training_age_years=0.5, concentric_1rm={"bench-press": kg(80)}),
    )


_BODYWEIGHT_FIX = (
    "Start bodyweight negatives with few reps and build up: the Nordic hamstring programme with "
    "the strongest evidence begins with 2 sets of 5 once in week 1 (Mjølsnes et al. 2004); "
    "negative chin-ups and dips with 2-3 sets of 3-5 slow reps."
)


class OverloadTooEarly(BuiltinRule):
    code = "NEG101"
    name = "overload-training-age"
    summary = "Overload methods for an athlete with less than the minimum training age."
    severity = Severity.WARNING
    citation = (
        "The seed article (negatives are unsuitable for beginners); Suchomel et al. 2019, "
        "J Funct Morphol Kinesiol 4(2):38 and 4(3):55 (tempo and flywheel work suit weaker "
        "lifters, supramaximal AEL stronger ones); Mjølsnes et al. 2004, Scand J Med Sci Sports "
        "14:311-317 (a gradual Nordic hamstring programme)"
    )
    confidence = "low"
    parameters = {"min_training_age_years": 1.0, "count_bodyweight": True}
    why = (
        "Eccentric overload causes more soreness and damage in unaccustomed muscles, and "
        "supramaximal loads need technique and strength a beginner does not have yet. The "
        "threshold is practice, not a study (low confidence): a warning for submaximal "
        "overload, an error for "
        "supramaximal overload on a bar, dumbbell or machine. Tempo eccentrics are exempt, and "
        "so are bodyweight negatives that are submaximal for the athlete. Supramaximal "
        "bodyweight negatives — every Nordic hamstring curl, and negative chin-ups or dips "
        "heavier than the athlete can lift — are a usual beginner progression (Suchomel et al. "
        "2019) but still unaccustomed eccentric work: with `count_bodyweight` they get a "
        "warning that asks for a gradual start, not an error (unless a policy sets NEG101's "
        "severity: that holds for every finding of the rule)."
    )
    how_to_fix = (
        "Use tempo eccentrics (normal load, slow lowering) or bodyweight negatives until the "
        "athlete has trained consistently for the minimum time; start bodyweight negatives with "
        "few reps."
    )
    example = staticmethod(_example)

    def check(self, context: Context) -> Iterable[Finding | NotChecked]:
        minimum = number_param(context, "min_training_age_years", low=0)
        count_bodyweight = bool(context.param("count_bodyweight"))
        athlete = context.athlete
        for ref in context.sets():
            exercise = ref.item.exercise
            bodyweight = is_bodyweight_exercise(exercise)
            if bodyweight and not count_bodyweight:
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
                missing = (
                    "no athlete bodyweight"
                    if exercise.bodyweight_fraction and context.bodyweight is None
                    else f"no 1RM for {exercise.id!r}"
                )
                yield context.not_checked(
                    f"{missing}: cannot tell submaximal from supramaximal", loc=ref.loc
                )
                continue
            supra = category is MethodCategory.SUPRAMAXIMAL
            if bodyweight and not supra:
                continue  # a submaximal bodyweight negative: a beginner's exercise
            ctx = {
                "training_age_years": athlete.training_age_years,
                "min_training_age_years": minimum,
                "category": category.value,
                "bodyweight": bodyweight,
            }
            if bodyweight:
                yield context.finding(
                    f"supramaximal bodyweight eccentric work ({exercise.name}, "
                    f"{ref.item.reps} reps) for an athlete with "
                    f"{fmt(athlete.training_age_years)} years of training (minimum "
                    f"{fmt(minimum)}): a usual beginner progression, but unaccustomed",
                    loc=ref.loc,
                    ctx=ctx,
                    fix=_BODYWEIGHT_FIX,
                    severity=Severity.WARNING,
                )
                continue
            yield context.finding(
                f"{category.value} eccentric overload for an athlete with "
                f"{fmt(athlete.training_age_years)} years of training (minimum "
                f"{fmt(minimum)})",
                loc=ref.loc,
                ctx=ctx,
                fix=self.how_to_fix,
                severity=Severity.ERROR if supra else None,
            )


# -- NEG102 ----------------------------------------------------------------------------------------


def _example_102() -> Example:  # pragma: no mutate block (a fixture for the docs)
    bench = catalog.lookup("bench-press")
    heavy = overload.accentuated_eccentric(bench, one_rep_max=kg(70))
    return Example(
        Session(dt.date(2026, 11, 23), sets=[heavy]),
        athlete=Athlete(
            "teen",
            training_age_years=2,
            birth_year=2010,
            concentric_1rm={"bench-press": kg(70)},
        ),
    )


class SupramaximalMinor(BuiltinRule):
    code = "NEG102"
    name = "supramaximal-minor"
    summary = "Supramaximal eccentric work for an athlete who may be under the minimum age."
    severity = Severity.ERROR
    citation = (
        "DOMAIN §8 (age): no supramaximal negatives for minors by default; a policy choice "
        "without a study"
    )
    confidence = "low"
    parameters = {"min_age": 18, "count_bodyweight": False}
    why = (
        "Supramaximal negatives load muscles, tendons and growing bones above what the athlete "
        "can lift, and no study has set a safe dose for children or adolescents: by default "
        "the policy keeps them from athletes under 18 (low confidence: a policy choice, "
        "configurable with `min_age`). Only the birth year is known, so an athlete counts as a "
        "minor until the calendar year after they turn `min_age`. The age is taken on the "
        "session's day, not today. Bodyweight negatives (chin-ups, dips, Nordic curls) are "
        "not counted unless `count_bodyweight` is set: they are common in youth training."
    )
    how_to_fix = (
        "Use tempo eccentrics or submaximal overload (the lowering at or under the concentric "
        "1RM) until the athlete is of age."
    )
    example = staticmethod(_example_102)

    def check(self, context: Context) -> Iterable[Finding | NotChecked]:
        minimum = number_param(context, "min_age", low=0, high=100)
        count_bodyweight = bool(context.param("count_bodyweight"))
        athlete = context.athlete
        for ref in context.sets():
            exercise = ref.item.exercise
            if is_bodyweight_exercise(exercise) and not count_bodyweight:
                continue
            if context.is_overload(ref) is False:
                continue
            if athlete is None:
                yield context.not_checked("no athlete given (age unknown)", loc=ref.loc)
                continue
            age = athlete.age_on(ref.session.date)
            if age is None:
                yield context.not_checked(
                    "no birth year (Athlete.birth_year): age unknown", loc=ref.loc
                )
                continue
            if age > minimum:
                continue  # of age on this day, whatever their birthday
            category = context.category(ref)
            if category is None:
                yield context.not_checked(
                    f"no 1RM for {exercise.id!r}: cannot tell whether the set is supramaximal",
                    loc=ref.loc,
                )
                continue
            if category is not MethodCategory.SUPRAMAXIMAL:
                continue
            when = (
                f"turns {age} in {ref.session.date.year}"
                if age == minimum
                else f"is {age - 1} or {age} on {ref.session.date.isoformat()}"
            )
            yield context.finding(
                f"supramaximal {exercise.name} for an athlete born in {athlete.birth_year}, who "
                f"{when}: no supramaximal eccentric work under {fmt(minimum)}",
                loc=ref.loc,
                ctx={
                    "birth_year": athlete.birth_year,
                    "age": age,
                    "min_age": minimum,
                    "date": ref.session.date.isoformat(),
                },
                fix=self.how_to_fix,
            )


# -- NEG103 ----------------------------------------------------------------------------------------

_FLAG_NAMES = {
    "recent_muscle_injury": "a recent muscle injury",
    "previous_rhabdomyolysis": "a previous exertional rhabdomyolysis",
    "statins": "statins",
    "sickle_cell_trait": "sickle-cell trait",
    "current_illness": "a current illness",
}


def _example_103() -> Example:  # pragma: no mutate block (a fixture for the docs)
    squat = catalog.lookup("back-squat")
    heavy = overload.accentuated_eccentric(squat, one_rep_max=kg(140))
    return Example(
        Session(dt.date(2026, 11, 23), sets=[heavy]),
        athlete=Athlete(
            "lee",
            training_age_years=5,
            concentric_1rm={"back-squat": kg(140)},
            screening=Screening(statins=True),
        ),
    )


class ScreeningFlags(BuiltinRule):
    code = "NEG103"
    name = "screening-flags"
    summary = (
        "Eccentric overload for an athlete with a risk factor for exertional rhabdomyolysis: "
        "supramaximal work is refused, other overload is a warning."
    )
    severity = Severity.ERROR
    citation = (
        "Rawson, Clarkson & Tarnopolsky 2017, Sports Med 47(Suppl 1):S33-S49 (precipitating "
        "factors of exertional rhabdomyolysis: unaccustomed eccentric work, recent illness or "
        "muscle injury, some drugs such as statins, sickle-cell trait, a previous episode)"
    )
    confidence = "medium"
    parameters = {}
    why = (
        "Exertional rhabdomyolysis — muscle breakdown that can damage the kidneys — follows "
        "unaccustomed, heavy eccentric work most often when other factors add to it: a recent "
        "illness or muscle injury, some drugs (statins), sickle-cell trait, or a previous "
        "episode (Rawson, Clarkson & Tarnopolsky 2017; medium confidence for the factors, none "
        "for a safe dose). With any of them answered yes in the athlete's screening "
        "(`Athlete.screening`), supramaximal eccentric work is an error and other eccentric "
        "overload a warning. A screening that was not done, or not answered, is reported as "
        "not checked. Not medical advice: a flag means a clinician should clear the athlete."
    )
    how_to_fix = (
        "No supramaximal eccentric work until a clinician clears the athlete; keep other "
        "overload light and introduce it gradually, or train with tempo eccentrics."
    )
    example = staticmethod(_example_103)

    def check(self, context: Context) -> Iterable[Finding | NotChecked]:
        athlete = context.athlete
        overload_refs = [ref for ref in context.sets() if context.is_overload(ref) is not False]
        if not overload_refs:
            return
        if athlete is None:
            yield context.not_checked("no athlete given: screening unknown")
            return
        screening = athlete.screening
        if screening is None:
            yield context.not_checked(
                "no screening (Athlete.screening): risk factors for exertional rhabdomyolysis "
                "unknown"
            )
            return
        flags = screening.flagged
        if not flags:
            if screening.unanswered:
                names = ", ".join(_FLAG_NAMES[name] for name in screening.unanswered)
                yield context.not_checked(f"the screening does not answer: {names}")
            return
        listed = ", ".join(_FLAG_NAMES[name] for name in flags)
        for ref in overload_refs:
            category = context.category(ref)
            supra = category is MethodCategory.SUPRAMAXIMAL
            what = "supramaximal eccentric work" if supra else "eccentric overload"
            yield context.finding(
                f"{what} ({ref.item.exercise.name}) for an athlete screened with {listed}: a "
                "risk factor for exertional rhabdomyolysis"
                + ("" if supra else " (the set is not supramaximal)"),
                loc=ref.loc,
                ctx={"flags": ",".join(flags), "supramaximal": supra},
                fix=self.how_to_fix,
                severity=Severity.ERROR if supra else Severity.WARNING,
            )


# -- NEG104 ----------------------------------------------------------------------------------------


def _example_104() -> Example:  # pragma: no mutate block (a fixture for the docs)
    squat = catalog.lookup("leg-press")
    negative = overload.negative_only(squat, one_rep_max=kg(200))
    day = dt.date(2026, 11, 23)
    return Example(
        Session(day, sets=[negative]),
        athlete=Athlete(
            "sam",
            training_age_years=3,
            checkins=[Checkin(day, soreness={"quadriceps": 6, "glutes": 2})],
        ),
    )


def _latest(
    checkins: Iterable[Checkin], muscle: Muscle, day: dt.date, max_age: int
) -> Checkin | None:
    """The latest check-in about ``muscle`` from ``max_age`` days before ``day`` to ``day``."""
    found: Checkin | None = None
    for checkin in checkins:
        if muscle not in checkin.muscles:
            continue
        age = (day - checkin.date).days
        if not 0 <= age <= max_age:
            continue
        if found is None or checkin.date >= found.date:
            found = checkin
    return found


class SoreMuscleGroup(BuiltinRule):
    code = "NEG104"
    name = "sore-muscle-group"
    summary = (
        "Eccentric overload for a muscle group that a recent readiness check-in reports as "
        "still sore, or as weaker than usual."
    )
    severity = Severity.WARNING
    citation = (
        "Soreness peaks 24-72 h after unaccustomed eccentric work and strength can stay 30-50 % "
        "down for days (Clarkson & Hubal 2002, Am J Phys Med Rehabil 81(11 Suppl):S52-S69; "
        "Paulsen et al. 2012, Exerc Immunol Rev 18:42-97); the thresholds are policy choices"
    )
    confidence = "low"
    parameters = {"max_soreness": 3.0, "max_strength_loss": 0.10, "max_checkin_age_days": 1}
    why = (
        "Reported soreness or a measured loss of strength is the best day-to-day sign that a "
        "muscle group has not recovered from eccentric work: strength can stay down for days "
        "after it (Clarkson & Hubal 2002; Paulsen et al. 2012, who call a loss under 20 % mild "
        "damage). Eccentric overload for a muscle group that is still sore, or weaker than "
        "usual, loads it while it is weak. The rule reads the latest check-in "
        "(`Athlete.checkins`) on the session's day or up to `max_checkin_age_days` before; "
        "soreness above `max_soreness` (0-10) or a strength loss above `max_strength_loss` is "
        "a finding. The thresholds are policy choices without a study: low confidence. Muscle "
        "groups without a recent check-in are reported as not checked."
    )
    how_to_fix = (
        "Wait until the muscle group is no longer sore and its strength is back, or train it "
        "conventionally or with light tempo eccentrics today."
    )
    example = staticmethod(_example_104)

    def check(self, context: Context) -> Iterable[Finding | NotChecked]:
        soreness_limit = number_param(context, "max_soreness", low=0, high=10)
        loss_limit = number_param(context, "max_strength_loss", low=0, high=1)
        max_age = int(number_param(context, "max_checkin_age_days", low=0, high=365))
        athlete = context.athlete
        seen: set[tuple[int, Muscle]] = set()
        for ref in context.sets():
            if context.is_overload(ref) is False:
                continue
            if athlete is None:
                yield context.not_checked("no athlete given: readiness unknown", loc=ref.loc)
                continue
            for muscle in ref.item.exercise.muscles:
                key = (ref.session_index, muscle)
                if key in seen:
                    continue
                seen.add(key)
                yield from self._check_muscle(
                    context, athlete, ref, muscle, soreness_limit, loss_limit, max_age
                )

    def _check_muscle(
        self,
        context: Context,
        athlete: Athlete,
        ref: SetRef,
        muscle: Muscle,
        soreness_limit: float,
        loss_limit: float,
        max_age: int,
    ) -> Iterable[Finding | NotChecked]:
        day = ref.session.date
        checkin = _latest(athlete.checkins, muscle, day, max_age)
        if checkin is None:
            window = "on the day" if max_age == 0 else f"within {max_age} day(s) before"
            yield context.not_checked(
                f"no readiness check-in for the {_name(muscle)} {window} (Athlete.checkins)",
                loc=ref.loc,
            )
            return
        sore = checkin.soreness.get(muscle)
        loss = checkin.strength_loss.get(muscle)
        problems = []
        if sore is not None and sore > soreness_limit:
            problems.append(f"{fmt(sore)}/10 sore (at most {fmt(soreness_limit)})")
        if loss is not None and loss > loss_limit + 1e-12:
            problems.append(
                f"{fmt(round(loss * 100, 1))} % weaker than usual (at most "
                f"{fmt(round(loss_limit * 100, 1))} %)"
            )
        if not problems:
            return
        when = "the same day" if checkin.date == day else _day(checkin.date)
        yield context.finding(
            f"eccentric overload for the {_name(muscle)} on {_day(day)}, reported "
            f"{' and '.join(problems)} at the check-in of {when}",
            loc=ref.loc,
            ctx={
                "muscle": muscle.value,
                "soreness": sore,
                "strength_loss": loss,
                "max_soreness": soreness_limit,
                "max_strength_loss": loss_limit,
                "checkin_date": checkin.date.isoformat(),
            },
            fix=(
                f"Hold back overload for the {_name(muscle)} until it is {fmt(soreness_limit)}/10 "
                f"sore or less and within {fmt(round(loss_limit * 100, 1))} % of its usual "
                "strength: train it conventionally or with light tempo eccentrics today, or "
                "move the overload to a later day."
            ),
        )


RULES = (OverloadTooEarly(), SupramaximalMinor(), ScreeningFlags(), SoreMuscleGroup())

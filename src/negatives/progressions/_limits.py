"""What `build_program` cannot plan around: worked out before it plans, listed up front."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from .._checks import fmt_number
from ..model import Athlete, Method, RiskClass, Setup
from ..safety import BUILTIN_RULES, Policy
from ..units import Load
from .program import Limit, Program, ProgramSlot

_SCREENING = {
    "recent_muscle_injury": "a recent muscle injury",
    "previous_rhabdomyolysis": "a previous exertional rhabdomyolysis",
    "statins": "statins",
    "sickle_cell_trait": "sickle-cell trait",
    "current_illness": "a current illness",
}


def param(policy: Policy, code: str, name: str) -> object:
    """A rule's parameter in ``policy`` (its default when the policy does not set it)."""
    given = policy.params_for(code)
    if name in given:
        return given[name]
    rule = BUILTIN_RULES.get(code)
    return None if rule is None else rule.parameters.get(name)


def _names(slots: Iterable[ProgramSlot]) -> str:
    names = list(dict.fromkeys(slot.exercise.name for slot in slots))
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + f" and {names[-1]}"


def _ids(slots: Iterable[ProgramSlot]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(slot.exercise.id for slot in slots))


def _people(count: int) -> str:
    return f"{count} spotter{'s' if count != 1 else ''}"


def limits(
    program: Program,
    athlete: Athlete | None,
    *,
    history_known: bool,
    policy: Policy,
    setup: Setup | None,
    maxima: Mapping[str, Load | None],
) -> tuple[Limit, ...]:
    """The limits of a plan of ``program``, in the order a coach should read them."""
    heavy = [slot for slot in program.slots if slot.is_overload]
    if not heavy:
        return ()
    out: list[Limit] = []
    if athlete is None:
        out.append(
            Limit(
                "no athlete: the training age, 1RMs, bodyweight, screening and readiness are "
                "unknown, and the rules that need them are not checked"
            )
        )
    else:
        out.extend(_athlete(athlete, heavy, policy))
    out.extend(_strength(heavy, athlete, maxima))
    out.extend(_setup(heavy, setup, policy))
    if not history_known:
        out.append(
            Limit(
                "no history: earlier training is unknown; the plan assumes none (it plans "
                "primers for first exposures), but the report cannot check first exposures and "
                "volume spikes against it (give history=() when there was none)"
            )
        )
    if athlete is not None and policy.selects("NEG104"):
        out.append(
            Limit(
                "readiness: how sore the athlete will be on the day cannot be planned; check in "
                "before each overload session (Athlete.checkins, NEG104) and hold back overload "
                "for a sore muscle group",
                exercises=_ids(heavy),
            )
        )
    return tuple(out)


def _athlete(athlete: Athlete, heavy: Sequence[ProgramSlot], policy: Policy) -> list[Limit]:
    out = []
    if policy.selects("NEG101"):
        minimum = param(policy, "NEG101", "min_training_age_years")
        bodyweight = bool(param(policy, "NEG101", "count_bodyweight"))
        counted = [
            slot
            for slot in heavy
            if bodyweight or not (slot.exercise.bodyweight_fraction or slot.exercise.eccentric_only)
        ]
        if counted and isinstance(minimum, (int, float)) and athlete.training_age_years < minimum:
            out.append(
                Limit(
                    f"{athlete.id} has {fmt_number(athlete.training_age_years)} years of "
                    f"training, under the {fmt_number(minimum)} the policy asks before eccentric "
                    f"overload (NEG101): the plan keeps {_names(counted)} as asked and the "
                    "report flags it (an error for supramaximal work, a warning otherwise); for "
                    "a first year, tempo eccentrics suit better (the 'tempo-intro' template)",
                    "NEG101",
                    _ids(counted),
                )
            )
    screening = athlete.screening
    if policy.selects("NEG103") and screening is not None and screening.flagged:
        flags = ", ".join(_SCREENING[name] for name in screening.flagged)
        out.append(
            Limit(
                f"the screening flags {flags}, a risk factor for exertional rhabdomyolysis "
                "(NEG103): a clinician should clear the athlete first; until then supramaximal "
                "work is an error and other overload a warning",
                "NEG103",
                _ids(heavy),
            )
        )
    return out


def _strength(
    heavy: Sequence[ProgramSlot], athlete: Athlete | None, maxima: Mapping[str, Load | None]
) -> list[Limit]:
    out = []
    moving = [s for s in heavy if s.exercise.bodyweight_fraction or s.exercise.eccentric_only]
    if moving and (athlete is None or athlete.bodyweight is None):
        out.append(
            Limit(
                f"no bodyweight: the load lowered in {_names(moving)} is unknown, and so is its "
                "eccentric volume: a primer cannot be dosed for it (NEG304 stays) and its weekly "
                "volume is not checked (NEG305); give Athlete.bodyweight",
                "NEG304",
                _ids(moving),
            )
        )
    unknown = [
        slot
        for slot in heavy
        if maxima.get(slot.exercise.id) is None and not slot.exercise.eccentric_only
    ]
    if unknown:
        out.append(
            Limit(
                f"no 1RM for {_names(unknown)}: the loads are not compared with the eccentric "
                "capacity (NEG201) and cannot be told sub- from supramaximal; give "
                "Athlete.concentric_1rm",
                exercises=_ids(unknown),
            )
        )
    return out


def _setup(heavy: Sequence[ProgramSlot], setup: Setup | None, policy: Policy) -> list[Limit]:
    out = []
    helped = [
        slot
        for slot in heavy
        if slot.prescription.method in (Method.PARTNER_ASSISTED, Method.NEGATIVE_ONLY)
        and not (slot.exercise.bodyweight_fraction or slot.exercise.eccentric_only)
    ]
    risky = [slot for slot in heavy if slot.exercise.risk is RiskClass.HIGH]
    if setup is None:
        if helped or risky:
            out.append(
                Limit(
                    "no setup: the partner's maximum help (NEG203) and the spotting (NEG401) "
                    "are not checked; give setup=Setup(spotters=..., partner_max_assist=...)",
                    exercises=_ids([*helped, *risky]),
                )
            )
        return out
    partner = [s for s in helped if s.prescription.method is Method.PARTNER_ASSISTED]
    if partner and setup.partner_max_assist is None:
        out.append(
            Limit(
                "the partner's maximum help is not recorded (Setup.partner_max_assist): the help "
                f"per rep for {_names(partner)} is planned, not compared with it (NEG203)",
                exercises=_ids(partner),
            )
        )
    if risky and policy.selects("NEG401"):
        minimum = param(policy, "NEG401", "min_spotters")
        arms_count = bool(param(policy, "NEG401", "arms_count_as_spotter"))
        need = int(minimum) if isinstance(minimum, (int, float)) else 2
        short = []
        for slot in risky:
            helper = (
                1
                if slot.prescription.method in (Method.PARTNER_ASSISTED, Method.NEGATIVE_ONLY)
                and setup.spotters > 0
                else 0
            )
            arms = 1 if arms_count and setup.safety_arms else 0
            if setup.spotters - helper + arms < need:
                short.append(slot)
        if short:
            arms_text = "safety arms" if setup.safety_arms else "no safety arms"
            out.append(
                Limit(
                    f"{_people(setup.spotters)} and {arms_text}: supramaximal {_names(short)} "
                    f"needs {_people(need)} free to take the bar"
                    + (f", or safety arms and {_people(need - 1)}" if arms_count else "")
                    + ", besides a partner who helps the lift (NEG401): the plan keeps "
                    "those loads at or under the 1RM",
                    exercises=_ids(short),
                )
            )
    return out

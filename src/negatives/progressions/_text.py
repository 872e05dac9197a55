"""A plan as a coach reads it (`ProgramPlan.text`)."""

from __future__ import annotations

from collections.abc import Sequence

from .._checks import fmt_number
from ..model import Method, Session, Set
from ..units import Load
from .program import Adjustment, ProgramPlan

_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_DAYS = ("Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays")

_METHODS = {
    Method.STANDARD: "",
    Method.TEMPO_ECCENTRIC: "tempo eccentrics",
    Method.PARTNER_ASSISTED: "partner-assisted",
    Method.NEGATIVE_ONLY: "negative-only",
    Method.ACCENTUATED_ECCENTRIC: "accentuated eccentric",
    Method.TWO_ONE: "2/1",
    Method.FLYWHEEL: "flywheel",
}


def _day(session: Session) -> str:
    return f"{_WEEKDAYS[session.date.weekday()]} {session.date.isoformat()}"


def _load(load: Load) -> str:
    return f"{fmt_number(round(load.value, 2))} {load.unit.value}"


def _groups(sets: Sequence[Set]) -> list[tuple[int, list[Set]]]:
    """Consecutive sets of one exercise, load, method and tempo: (first index, sets)."""
    out: list[tuple[int, list[Set]]] = []
    for index, item in enumerate(sets):
        if out:
            first = out[-1][1][0]
            if (
                first.exercise.id == item.exercise.id
                and first.load == item.load
                and first.method == item.method
                and first.tempo == item.tempo
            ):
                out[-1][1].append(item)
                continue
        out.append((index, [item]))
    return out


def _describe(group: list[Set]) -> str:
    first = group[0]
    reps = [item.reps for item in group]
    count = (
        f"{len(group)} x {reps[0]}"
        if len(set(reps)) == 1
        else f"{len(group)} x {', '.join(str(r) for r in reps)}"
    )
    exercise = first.exercise
    if exercise.bodyweight_fraction or exercise.eccentric_only:
        load = "bodyweight" if not first.load.value else f"bodyweight + {_load(first.load)}"
    else:
        load = _load(first.load)
    parts = [f"{exercise.name}: {count} at {load}"]
    if first.tempo is not None:
        parts.append(f"tempo {first.tempo}")
    method = first.method
    label = _METHODS.get(Method(method), str(method)) if isinstance(method, Method) else str(method)
    prescription = first.prescription
    if method is Method.ACCENTUATED_ECCENTRIC and first.rep_detail:
        lifted = first.rep_detail[0].concentric.load
        label += f" (lifts {_load(exercise_load(first, lifted))})"
    elif prescription is not None and prescription.overload and label:
        label += f" +{fmt_number(round(prescription.overload * 100, 1))} %"
    if label:
        parts.append(label)
    text = ", ".join(parts)
    if method is Method.PARTNER_ASSISTED and first.rep_detail is not None:
        helps = [rep.assistance for rep in first.rep_detail]
        if all(h is not None for h in helps):
            values = ", ".join(fmt_number(round(h.value, 2)) for h in helps if h is not None)
            unit = helps[0].unit.value if helps and helps[0] is not None else ""
            text += f"; partner helps {values} {unit} (rep by rep)"
    return text


def exercise_load(item: Set, total: Load) -> Load:
    """A phase's total load written as the exercise writes loads (one dumbbell of a pair)."""
    multiplier = item.exercise.load_multiplier
    return total if multiplier == 1 else total / multiplier


def _adjusted(adjustment: Adjustment) -> str:
    changes = "; ".join(adjustment.changes) or "kept"
    codes = ", ".join(adjustment.codes)
    text = changes
    if codes:
        text += f" ({codes}"
        text += f": {adjustment.reason})" if adjustment.reason else ")"
    return text


def plan_text(plan: ProgramPlan) -> str:
    """See `ProgramPlan.text`."""
    lines: list[str] = []
    if plan.limits:
        lines.append("cannot plan around:")
        lines.extend(f"  - {limit.message}" for limit in plan.limits)
        lines.append("")
    placed: dict[tuple[int, int], list[Adjustment]] = {}
    loose: list[Adjustment] = []
    for adjustment in plan.adjustments:
        loc = adjustment.loc
        if len(loc) == 4 and isinstance(loc[1], int) and isinstance(loc[3], int):
            placed.setdefault((loc[1], loc[3]), []).append(adjustment)
        else:
            loose.append(adjustment)
    for number, session in enumerate(plan.sessions):
        lines.append(f"{_day(session)}  {session.name}")
        for index, group in _groups(session.sets):
            lines.append(f"  {_describe(group)}")
            for offset in range(len(group)):
                for adjustment in placed.get((number, index + offset), ()):
                    lines.append(f"    adapted: {_adjusted(adjustment)}")
    if loose:
        lines.append("")
        lines.append("left out:")
        groups: dict[tuple[object, ...], list[Adjustment]] = {}
        for adjustment in loose:
            day = adjustment.date.weekday() if adjustment.date is not None else None
            key = (adjustment.exercise, adjustment.changes, adjustment.codes, day)
            groups.setdefault(key, []).append(adjustment)
        for members in groups.values():
            exercise = members[0].exercise
            first = members[0].date
            weekday = first.weekday() if first is not None else None
            weeks = [a.week for a in members if a.week is not None]
            when = ", ".join(
                part
                for part in (
                    _DAYS[weekday] if weekday is not None and len(members) > 1 else "",
                    _weeks(weeks),
                )
                if part
            )
            if len(members) == 1 and members[0].date is not None:
                when = f"{_WEEKDAYS[members[0].date.weekday()]} {members[0].date.isoformat()}"
            lines.append(f"  - {exercise}, {when}: {_adjusted(members[0])}")
    if plan.stalls:
        lines.append("")
        lines.append("progress stopped:")
        for stall in plan.stalls:
            lines.append(f"  - from week {stall.week} ({stall.date.isoformat()}): {stall.reason}")
    lines.append("")
    lines.append(plan.report.text())
    return "\n".join(lines)


def _weeks(weeks: Sequence[int]) -> str:
    """``weeks 3-6, 8``: week numbers with runs joined."""
    if not weeks:
        return ""
    runs: list[list[int]] = []
    for week in sorted(set(weeks)):
        if runs and week == runs[-1][-1] + 1:
            runs[-1].append(week)
        else:
            runs.append([week])
    parts = [str(r[0]) if len(r) == 1 else f"{r[0]}-{r[-1]}" for r in runs]
    return ("week " if len(weeks) == 1 else "weeks ") + ", ".join(parts)

"""A coach-readable account of how a calculator arrived at a set (`explain`)."""

from __future__ import annotations

from .._checks import fmt_number
from ..model import Method, Prescription, Set
from ..units import Load
from ._plan import fmt_percent

_TITLES = {
    "partner assisted": "Partner-assisted negatives",
    "accentuated eccentric": "Accentuated eccentric loading",
    "two one": "2/1 technique",
    "negative only": "Negative-only",
    "tempo eccentric": "Tempo eccentrics",
}


def explain(item: Set | Prescription) -> str:
    """A coach-readable account of how a calculator arrived at a set or prescription.

    It names the 1RM and where it came from, the working load and overload, the **eccentric
    capacity** the load was held to (and whether it had to be lowered), the method category,
    the partner's help rep by rep, the sources of every default and the caveats.

    Examples:
        >>> import negatives as neg
        >>> curl = neg.Exercise("barbell-curl", "Barbell Curl", muscles=["biceps"], risk="low")
        >>> s = neg.overload.partner_assisted_negatives(
        ...     curl, one_rep_max=neg.kg(55), overload=0.3, reps=6)
        >>> print(explain(s))  # doctest: +ELLIPSIS
        Partner-assisted negatives: Barbell Curl, 6 reps at 55.3 kg, tempo 4-0-2-0
          concentric 1RM: 55 kg (given)
          working load: 46.8 kg; overload +18.3 % (given +30 %, held to the capacity)
          eccentric capacity for these reps and tempo: 55.3 kg (the load was lowered to it)
          eccentric 1RM estimate, one rep: 77 kg (ratio 1.4: the default, Nuzzo et al. 2023 ...)
          category: supramaximal (101 % of the concentric 1RM)
          partner's help per rep: 11.3, 13.5, 14.4, 15.7, 17, 17.9 kg (peak 17.9 kg, ...)
          sources:
        ...
    """
    prescription = item.prescription if isinstance(item, Set) else item
    if prescription is None or prescription.basis is None:
        return "no calculation recorded: this set was not made by a negatives calculator"
    basis = prescription.basis
    exercise = prescription.exercise
    method = str(prescription.method).replace("_", " ")
    title = _TITLES.get(method, method.capitalize())
    if prescription.method is Method.NEGATIVE_ONLY and (
        exercise.bodyweight_fraction or exercise.eccentric_only
    ):
        title = "Bodyweight negatives"
    reps = prescription.reps
    load = f" at {_load(prescription.load)}" if prescription.load is not None else ""
    if prescription.load is not None and (exercise.bodyweight_fraction or exercise.eccentric_only):
        load = (
            f" with {_load(prescription.load)} added" if prescription.load.value else ", bodyweight"
        )
    tempo = f", tempo {prescription.tempo}" if prescription.tempo is not None else ""
    word = "rep" if reps.high == 1 else "reps"
    lines = [f"{title}: {exercise.name}, {reps} {word}{load}{tempo}"]
    if basis.one_rep_max is not None:
        lines.append(f"  concentric 1RM: {_load(basis.one_rep_max)} ({basis.one_rep_max_source})")
    if basis.working_load is not None and prescription.method is not Method.TEMPO_ECCENTRIC:
        line = f"  working load: {_load(basis.working_load)}"
        if prescription.overload is not None:
            line += f"; overload +{fmt_percent(prescription.overload)} ({basis.overload_source})"
        lines.append(line)
    if basis.eccentric_capacity is not None:
        per_limb = " per limb" if prescription.method is Method.TWO_ONE else ""
        verdict = " (the load was lowered to it)" if basis.capped else ""
        lines.append(
            f"  eccentric capacity for these reps and tempo{per_limb}: "
            f"{_load(basis.eccentric_capacity)}{verdict}"
        )
    if basis.eccentric_1rm is not None and basis.eccentric_ratio is not None:
        lines.append(
            f"  eccentric 1RM estimate, one rep: {_load(basis.eccentric_1rm)} (ratio "
            f"{fmt_number(round(basis.eccentric_ratio, 3))}: {basis.eccentric_ratio_source})"
        )
    if basis.category is not None:
        line = f"  category: {basis.category.value}"
        if prescription.fraction_1rm is not None:
            line += f" ({fmt_percent(round(prescription.fraction_1rm, 2))} of the concentric 1RM)"
        lines.append(line)
    if prescription.assistance and prescription.method is Method.PARTNER_ASSISTED:
        unit = prescription.assistance[0].unit.value
        values = ", ".join(fmt_number(round(a.value, 1)) for a in prescription.assistance)
        line = f"  partner's help per rep: {values} {unit}"
        if basis.peak_assistance is not None and basis.total_assistance is not None:
            line += f" (peak {_load(basis.peak_assistance)}, total {_load(basis.total_assistance)})"
        lines.append(line)
        if basis.partner_max_assist is not None:
            verdict = "too much" if basis.exceeds_partner_max else "within"
            lines.append(f"  partner's maximum: {basis.partner_max_assist} ({verdict})")
    if basis.sources:
        lines.append("  sources:")
        lines.extend(f"    - {source}" for source in basis.sources)
    if basis.notes:
        lines.append("  notes:")
        lines.extend(f"    - {note}" for note in basis.notes)
    return "\n".join(lines)


def _load(load: Load) -> str:
    return f"{fmt_number(round(load.value, 1))} {load.unit.value}"

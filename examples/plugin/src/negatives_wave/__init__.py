"""negatives-wave: a three-week undulating wave of eccentric overload, as a `negatives` plugin.

The package declares one progression under the entry-point group ``negatives.progressions``
(see its ``pyproject.toml``)::

    [project.entry-points."negatives.progressions"]
    wave = "negatives_wave:Wave"

``negatives.progressions.available_progressions()`` lists it without importing this module;
``negatives.progressions.load_progression("wave")`` imports it and returns `Wave`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

import attrs

from negatives import Basis, Load, Prescription, ValidationError
from negatives.errors import Problem
from negatives.progressions import ProgressionContext

__all__ = ["Wave"]

#: Longest wave, in weeks (a training year).
MAX_STEPS = 52


def _steps(value: Iterable[float]) -> tuple[float, ...]:
    """``value`` as a tuple, ints as floats; the validator reports what is not a fraction."""
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        message = f"must be a sequence of fractions such as (0.25, 0.35, 0.45), got {value!r}"
        raise ValidationError([Problem(("steps",), message)], "Wave")
    return tuple(
        float(step) if isinstance(step, int) and not isinstance(step, bool) else step
        for step in value
    )


def _step_problems(steps: tuple[float, ...]) -> list[Problem]:
    """What is wrong with ``steps``: each must be a fraction from 0 to 1."""
    if not steps:
        return [Problem(("steps",), "must hold at least one week's overload, got ()")]
    if len(steps) > MAX_STEPS:
        return [Problem(("steps",), f"must hold at most {MAX_STEPS} weeks, got {len(steps)}")]
    problems: list[Problem] = []
    for index, step in enumerate(steps):
        if not isinstance(step, float) or not 0 <= step <= 1:  # also refuses NaN
            message = f"must be a fraction from 0 to 1, got {step!r}"
            if isinstance(step, float) and 5 <= step <= 100:
                message += f" (a percent? write {step / 100:.2f} for +{step:g} %)"
            problems.append(Problem(("steps", index), message))
    return problems


def _working_load(p: Prescription, load: Load) -> Load:
    """The normal working load under the prescription's ``load``."""
    if p.basis is not None and p.basis.working_load is not None:
        return p.basis.working_load.to(load.unit)
    return load / (1 + (p.overload or 0.0))


@attrs.frozen(kw_only=True)
class Wave:
    """An undulating wave of eccentric overload: +25 %, +35 %, +45 %, then again from +25 %.

    In week ``w`` of a program (from 0) the overload is ``steps[w % len(steps)]``, a fraction of
    the normal working load: the waves repeat, so that the heaviest week is followed by a light
    one. The load is the working load times ``1 + overload``, rounded down to what the gym can
    build (``ctx.round``). The working load is the basis's ``working_load`` when the
    prescription has one (as the `negatives.overload` calculators record it), else ``load / (1
    + overload)``; the wave records it in the basis, so every week starts from the same working
    load, not from last week's rounded (or clamped) one. Numbers worked out for the old load
    (``fraction_1rm``, the partner's per-rep ``assistance``, the basis's ``category`` and
    assistance totals) are dropped. The method is kept; a prescription without a load is
    returned unchanged.

    The defaults stay within the +25-50 % coaches use for partner-assisted negatives (coaching
    practice, low confidence). The safety policy still checks every week: `build_program` lowers
    a week's load when it breaks a load rule.

    Attributes:
        steps: the overload of each week of the wave, fractions from 0 to 1 (0.25, never 25).

    Examples:
        >>> from negatives import Basis, Prescription, catalog, kg
        >>> from negatives.progressions import ProgressionContext
        >>> curl = Prescription(catalog.lookup("barbell-curl"), method="partner_assisted",
        ...                     reps=6, load=kg(50), overload=0.25,
        ...                     basis=Basis(working_load=kg(40)))
        >>> wave = Wave()
        >>> [wave.overload_in(week) for week in range(6)]
        [0.25, 0.35, 0.45, 0.25, 0.35, 0.45]
        >>> [str(wave.propose(ProgressionContext(prescription=curl, week=w)).load)
        ...  for w in range(3)]
        ['50 kg', '52.5 kg', '57.5 kg']
        >>> Wave(steps=(25, 35, 45))
        Traceback (most recent call last):
        ...
        negatives.errors.ValidationError: 3 problems:
          Wave.steps[0]: must be a fraction from 0 to 1, got 25.0 (a percent? write 0.25 ...)
          ...
    """

    kind: ClassVar[str] = "wave"

    steps: tuple[float, ...] = attrs.field(default=(0.25, 0.35, 0.45), converter=_steps)

    def __attrs_post_init__(self) -> None:
        problems = _step_problems(self.steps)
        if problems:
            raise ValidationError(problems, type(self).__name__)

    def overload_in(self, week: int) -> float:
        """The overload in ``week`` of the program (from 0), a fraction of the working load."""
        return self.steps[max(week, 0) % len(self.steps)]

    def propose(self, ctx: ProgressionContext) -> Prescription:
        """The slot's prescription at this week's overload."""
        p = ctx.prescription
        if p.load is None:
            return p
        working = _working_load(p, p.load)
        overload = self.overload_in(ctx.week)
        step = max(ctx.week, 0) % len(self.steps) + 1
        source = f"wave: week {step} of {len(self.steps)}, +{overload * 100:g} %"
        basis = (
            Basis(working_load=working, overload_source=source)
            if p.basis is None
            else attrs.evolve(
                p.basis,
                working_load=working,
                overload_source=source,
                category=None,
                peak_assistance=None,
                total_assistance=None,
            )
        )
        return attrs.evolve(
            p,
            load=ctx.round(working * (1 + overload)),
            overload=overload,
            basis=basis,
            fraction_1rm=None,
            assistance=(),
        )

"""What the strength modules share: argument checks (private)."""

from __future__ import annotations

from typing import cast

from .._checks import Checks, describe, fmt_number, is_finite, is_number, to_float
from ..units import Load, bar_load_problem

# -- argument checks ----------------------------------------------------------------------------


class _Args(Checks):
    """`Checks` for a function's arguments: problems read ``estimate_1rm.reps: ...``."""

    __slots__ = ()

    def __init__(self, function: str) -> None:
        super().__init__(None)
        self.owner = function


def _check_lifted_load(checks: Checks, field: str, load: object) -> None:
    """A load lifted: a bar load (0-1000 kg) above zero."""
    problem = bar_load_problem(load)
    if problem is None and isinstance(load, Load) and load.value == 0:
        problem = f"must be > 0, got {load} (an estimate needs a load that was lifted)"
    if problem is not None:
        checks.fail(field, problem)


def _check_one_rep_max(checks: Checks, field: str, load: object) -> None:
    """A 1RM: any positive `Load` (an estimate may exceed what a bar field accepts)."""
    if not isinstance(load, Load):
        checks.fail(field, f"must be a Load such as kg(100) or lb(225), got {describe(load)}")
    elif load.value <= 0:
        checks.fail(field, f"must be > 0, got {load}")


def _check_fraction(checks: Checks, field: str, value: object) -> bool:
    """A fraction of 1RM in (0, 1]; a hint when a percent (80 for 0.80) was given."""
    if not is_number(value) or not is_finite(cast(float, value)):
        checks.fail(field, f"must be a fraction of 1RM in (0, 1], got {describe(value)}")
        return False
    number = to_float(cast(float, value))  # an integer past a float's range: an infinity
    shown = fmt_number(cast(float, value))
    if number <= 0:
        checks.fail(field, f"must be a fraction of 1RM above 0, got {shown}")
        return False
    if number > 1:
        if 5 <= number <= 100:
            hint = f"; it is a fraction: did you mean {number / 100:.2f}?"
        else:
            hint = " (a load above the 1RM cannot be lifted even once)"
        checks.fail(field, f"must be <= 1 (the 1RM), got {shown}{hint}")
        return False
    return True

"""What built-in rules share: their metadata, documented, and an example that fires."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import ClassVar

import attrs

from ..._checks import describe, is_finite
from ...errors import PolicyError
from ...model import Athlete, Equipment, Exercise, Session, Set
from ...units import Load
from ..engine import Confidence, Context, Finding, NotChecked, ParamValue, Severity, fmt


@attrs.frozen
class Example:
    """A case that makes a rule fire, for its documentation (and a test that it does).

    Attributes:
        subject: the session or plan to check.
        athlete: the athlete, if the rule needs one.
        history: the history, if the rule needs one (``None``: unknown).
        params: parameters to set on the rule for the example.
    """

    subject: Session | tuple[Session, ...]
    athlete: Athlete | None = None
    history: tuple[Session, ...] | None = None
    params: Mapping[str, ParamValue] = attrs.field(factory=dict)


class BuiltinRule:
    """Base class of the built-in rules: class attributes hold the metadata.

    Besides the `Rule` protocol's attributes, built-in rules document *why* the rule exists
    (with the evidence and its confidence), *how to fix* what it finds, and an *example* that
    fires; the rules reference page is generated from them.
    """

    code: ClassVar[str]
    name: ClassVar[str]
    summary: ClassVar[str]
    severity: ClassVar[Severity]
    citation: ClassVar[str]
    confidence: ClassVar[Confidence]
    parameters: ClassVar[Mapping[str, ParamValue]] = {}
    why: ClassVar[str]
    how_to_fix: ClassVar[str]
    example: ClassVar[Callable[[], Example] | None] = None

    def check(self, context: Context) -> Iterable[Finding | NotChecked]:
        """Yield findings and notes of what could not be checked."""
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"<rule {self.code} {self.name}>"


def is_bodyweight_exercise(exercise: Exercise) -> bool:
    """Whether an exercise moves bodyweight (pull-ups, dips, Nordic curls).

    Their negatives are a beginner progression (DOMAIN §5): the training-age rule warns only
    when they are supramaximal, the minors rule leaves them out by default, and the partner's
    help on them is a step, a jump, a band or a machine.
    """
    return (
        exercise.bodyweight_fraction > 0
        or exercise.equipment is Equipment.BODYWEIGHT
        or exercise.eccentric_only
    )


def number_param(context: Context, name: str, *, low: float, high: float | None = None) -> float:
    """A rule's numeric parameter, checked: finite, at least ``low`` (and at most ``high``).

    Returned as given (a 2 stays 2 in a finding's numbers). A policy that sets it outside the
    range is a `PolicyError` naming the rule and the parameter, raised when the rule runs.
    """
    value = context.param(name)
    if (
        isinstance(value, bool)
        or not isinstance(value, (int, float))
        or not is_finite(value)
        or value < low
        or (high is not None and value > high)
    ):
        span = f"from {fmt(low)} to {fmt(high)}" if high is not None else f"of at least {fmt(low)}"
        raise PolicyError(f"{context.code}.{name} must be a number {span}, got {describe(value)}")
    return value


def whole_param(context: Context, name: str, *, low: int, high: int | None = None) -> int:
    """A rule's whole-number parameter, checked like `number_param`."""
    value = context.param(name)
    ok = (
        not isinstance(value, bool)
        and isinstance(value, (int, float))
        and is_finite(value)
        and float(value).is_integer()
        and value >= low
        and (high is None or value <= high)
    )
    if not ok:
        span = f"{low} to {high}" if high is not None else f"at least {low}"
        raise PolicyError(
            f"{context.code}.{name} must be a whole number, {span}, got {describe(value)}"
        )
    return int(value)


def unknown_lowering(item: Set, bodyweight: Load | None) -> str:
    """Why the load ``item`` lowers is unknown: no bodyweight, or help on the lowering unmeasured.

    For a set whose overload `negatives.overload.is_overload` cannot tell (``None``): a rep
    lowering a bodyweight share that is unknown, else one whose help on the lowering was given
    but not measured (``assistance=None``).
    """
    reps = item.expand(bodyweight=bodyweight)
    if any(rep.eccentric.bodyweight is None for rep in reps) or not any(
        rep.eccentric.assistance is None for rep in reps
    ):
        return "no athlete bodyweight"
    return "the help on the lowering was not measured"

"""What built-in rules share: their metadata, documented, and an example that fires."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import ClassVar

import attrs

from ...model import Athlete, Equipment, Exercise, Session, Set
from ...units import Load
from ..engine import Confidence, Context, Finding, NotChecked, ParamValue, Severity


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

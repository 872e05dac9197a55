"""The library's exceptions and warnings.

Every error ``negatives`` raises derives from `NegativesError` *and* from the builtin
exception it is (``ValidationError`` is a ``ValueError``), so callers can catch either.
Errors keep their structured data as attributes and pickle (they cross process pools).

Examples:
    >>> import negatives as neg
    >>> try:
    ...     neg.Tempo.parse("9-9-9-9-9")
    ... except ValueError as error:  # a ParseError is a ValueError too
    ...     print(type(error).__name__, "-", error)  # doctest: +ELLIPSIS
    ParseError - cannot parse tempo '9-9-9-9-9': expected four phases ...; found 5 parts
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs

__all__ = [
    "MAX_PROBLEMS",
    "CatalogError",
    "MissingDependencyError",
    "NegativesError",
    "NegativesWarning",
    "ParseError",
    "PluginError",
    "PolicyError",
    "Problem",
    "SchemaVersionError",
    "UnitError",
    "ValidationError",
    "render_loc",
]

Loc = tuple[str | int, ...]


class NegativesError(Exception):
    """Base class of every error raised by ``negatives``."""


def render_loc(loc: Sequence[str | int], root: str = "$") -> str:
    """Render a location tuple as a JSON path.

    Examples:
        >>> render_loc(("sessions", 0, "sets", 2, "reps"))
        '$.sessions[0].sets[2].reps'
        >>> render_loc(("reps",), root="Set")
        'Set.reps'
    """
    parts = [root]
    for item in loc:
        parts.append(f"[{item}]" if isinstance(item, int) else f".{item}")
    return "".join(parts)


@attrs.frozen
class Problem:
    """One thing wrong with an input: where (``loc``) and what (``message``).

    ``loc`` is a path of field names and list indexes, e.g. ``("sets", 2, "reps")``.
    """

    loc: Loc
    message: str

    def render(self, root: str = "$") -> str:
        """``"$.sets[2].reps: must be >= 1, got 0"``."""
        if not self.loc and root == "$":
            return self.message
        return f"{render_loc(self.loc, root)}: {self.message}"

    def within(self, *prefix: str | int) -> Problem:
        """The same problem, located below ``prefix``."""
        return Problem((*prefix, *self.loc), self.message)


#: Most problems one error lists; further ones are counted (``ValidationError.more``), so that
#: bad input of any size is reported in bounded memory and text.
MAX_PROBLEMS = 100


class ValidationError(NegativesError, ValueError):
    """Input that breaks a rule of the model: a field out of range, a missing field, a bad type.

    ``problems`` lists the problems found, each with its location, in the order of the input:
    all of them, or the first `MAX_PROBLEMS` (or the ``max_problems`` a reader was given),
    with ``more`` counting the others. ``owner`` names the class being constructed
    (``"Set"``), or is ``None`` for a document, whose locations are JSON paths.

    Once the list is full, a document reader counts what each item's fields show on their own
    and no longer constructs an item a second time to find the problems between its other
    fields; so ``more`` is exact for items with one problem each, and a lower bound otherwise.

    Examples:
        >>> error = ValidationError([Problem(("reps",), "must be >= 1, got 0")], "Set", 2)
        >>> error.count
        3
        >>> print(error)
        3 problems:
          Set.reps: must be >= 1, got 0
          and 2 more
    """

    problems: tuple[Problem, ...]
    owner: str | None
    more: int

    def __init__(
        self, problems: Iterable[Problem], owner: str | None = None, more: int = 0
    ) -> None:
        self.problems = tuple(problems)
        self.owner = owner
        self.more = more
        super().__init__(self.problems, owner, more)

    @property
    def count(self) -> int:
        """How many problems were found: those listed and the ``more`` only counted."""
        return len(self.problems) + self.more

    @classmethod
    def single(cls, field: str | None, message: str, owner: str | None = None) -> ValidationError:
        """A validation error with one problem on one field."""
        return cls([Problem(() if field is None else (field,), message)], owner)

    def lines(self) -> list[str]:
        """One human-readable line per problem listed (``more`` counts the others)."""
        root = self.owner if self.owner is not None else "$"
        return [problem.render(root) for problem in self.problems]

    def __str__(self) -> str:
        lines = self.lines()
        if not lines:
            return "invalid input (no problem was recorded)"
        if len(lines) == 1 and not self.more:
            return lines[0]
        text = f"{self.count:,} problems:\n" + "\n".join(f"  {line}" for line in lines)
        if self.more:
            text += f"\n  and {self.more:,} more"
        return text


class ParseError(NegativesError, ValueError):
    """Text that could not be read: a tempo string, a unit name, a JSON document."""


class UnitError(NegativesError, ValueError):
    """Loads in different units combined without an explicit conversion."""


class SchemaVersionError(NegativesError, ValueError):
    """A document written by a newer version of the format than this library reads."""


class CatalogError(NegativesError, LookupError):
    """An exercise name or id that the catalog cannot resolve to exactly one exercise.

    ``query`` is what was looked up; ``candidates`` the ids it could mean (empty when it
    matches nothing, several when it is ambiguous and was not guessed).
    """

    query: str
    candidates: tuple[str, ...]

    def __init__(self, message: str, query: str = "", candidates: tuple[str, ...] = ()) -> None:
        super().__init__(message, query, candidates)
        self.query = query
        self.candidates = tuple(candidates)

    def __str__(self) -> str:
        return str(self.args[0])


class PolicyError(NegativesError, ValueError):
    """A safety policy that cannot be used.

    An unknown rule code, a parameter the rule does not take, or one of the wrong type.
    """


class PluginError(NegativesError, ImportError):
    """A plugin (an entry point) that cannot be listed or loaded.

    The message names the distribution and its version.
    """


class MissingDependencyError(NegativesError, ImportError):
    """An optional extra is needed: the message says which ``pip install`` adds it."""


class NegativesWarning(UserWarning):
    """A caveat about a result that is still returned (e.g. a 1RM estimate beyond 10 reps)."""

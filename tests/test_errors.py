"""The error hierarchy, pickling, locations and the rendering of validation problems."""

from __future__ import annotations

import math
import pickle
import warnings
from collections.abc import Callable
from typing import TypeVar

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import negatives
from negatives import (
    Load,
    MissingDependencyError,
    NegativesError,
    NegativesWarning,
    ParseError,
    SchemaVersionError,
    Tempo,
    UnitError,
    ValidationError,
    kg,
    lb,
)
from negatives.errors import Problem, render_loc

ERRORS = [ValidationError, ParseError, UnitError, SchemaVersionError, MissingDependencyError]

names = st.text(alphabet="abcdefghijklmnopqrstuvwxyz_", min_size=1, max_size=10)
locs = st.lists(st.one_of(names, st.integers(min_value=0, max_value=999)), max_size=5).map(tuple)
messages = st.text(min_size=1, max_size=40)
problems = st.builds(Problem, locs, messages)
owners = st.one_of(st.none(), st.sampled_from(["Set", "Load", "Tempo", "Session"]))


E = TypeVar("E")


def round_trip(error: E) -> E:
    again: E = pickle.loads(pickle.dumps(error))
    return again


# -- hierarchy ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cls", "builtin"),
    [
        (ValidationError, ValueError),
        (ParseError, ValueError),
        (UnitError, ValueError),
        (SchemaVersionError, ValueError),
        (MissingDependencyError, ImportError),
    ],
)
def test_every_error_is_a_negatives_error_and_its_builtin(cls: type, builtin: type) -> None:
    assert issubclass(cls, NegativesError)
    assert issubclass(cls, builtin)
    assert issubclass(NegativesError, Exception)


def test_negatives_warning_is_a_user_warning() -> None:
    assert issubclass(NegativesWarning, UserWarning)
    with pytest.warns(UserWarning, match="estimate beyond 10 reps"):
        warnings.warn("estimate beyond 10 reps", NegativesWarning, stacklevel=1)


def test_errors_are_exported_from_the_package() -> None:
    for cls in (*ERRORS, NegativesError, NegativesWarning):
        assert getattr(negatives, cls.__name__) is cls
        assert cls.__name__ in negatives.__all__


def test_library_errors_can_be_caught_as_builtins() -> None:
    with pytest.raises(ValueError, match="found 5 parts"):
        Tempo.parse("9-9-9-9-9")
    with pytest.raises(ValueError, match="convert one first"):
        _ = kg(1) + lb(1)
    with pytest.raises(ValueError, match=r"^Load\.value"):
        Load(math.nan, "kg")


def test_library_errors_can_be_caught_as_negatives_errors() -> None:
    for action in (
        lambda: Tempo.parse("9-9-9-9-9"),
        lambda: kg(1) + lb(1),
        lambda: Load(math.nan, "kg"),
        lambda: Tempo(-1, 0, 1, 0),
    ):
        with pytest.raises(NegativesError):
            action()


def test_missing_dependency_error_is_caught_as_import_error() -> None:
    with pytest.raises(ImportError, match="pip install"):
        raise MissingDependencyError('needs hypothesis: pip install "negatives[testing]"')


# -- pickling -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "error",
    [
        ParseError("cannot parse tempo 'abc'"),
        UnitError("cannot add 1 kg and 2 lb"),
        SchemaVersionError("document version 9 is newer than 1"),
        MissingDependencyError('pip install "negatives[testing]"'),
        NegativesError("base"),
    ],
    ids=lambda e: type(e).__name__,
)
def test_plain_errors_pickle_with_the_same_message(error: NegativesError) -> None:
    again = round_trip(error)
    assert type(again) is type(error)
    assert str(again) == str(error)
    assert again.args == error.args


@pytest.mark.parametrize("owner", [None, "Set"])
def test_validation_error_pickles_with_problems_and_owner(owner: str | None) -> None:
    error = ValidationError(
        [Problem(("reps",), "must be >= 1, got 0"), Problem(("sets", 2, "load"), "bad")], owner
    )
    again = round_trip(error)
    assert type(again) is ValidationError
    assert again.problems == error.problems
    assert again.owner == owner
    assert str(again) == str(error)
    assert again.lines() == error.lines()


@given(st.lists(problems, max_size=4), owners)
def test_any_validation_error_pickles_to_an_equal_error(
    items: list[Problem], owner: str | None
) -> None:
    error = ValidationError(items, owner)
    again = round_trip(error)
    assert again.problems == tuple(items)
    assert again.owner == owner
    assert str(again) == str(error)


@pytest.mark.parametrize(
    "action",
    [
        lambda: Tempo(-1, -1, 2, 0),
        lambda: Load(math.inf, "kg"),
        lambda: Load(1, "stone"),
        lambda: Tempo.parse("X-X-X-X"),
        lambda: kg(1) - lb(1),
    ],
    ids=["tempo-validation", "load-value", "load-unit", "tempo-parse", "unit-mix"],
)
def test_errors_raised_by_the_library_pickle(action: Callable[[], object]) -> None:
    with pytest.raises(NegativesError) as caught:
        action()
    error = caught.value
    again = round_trip(error)
    assert type(again) is type(error)
    assert str(again) == str(error)
    if isinstance(error, ValidationError):
        assert isinstance(again, ValidationError)  # as the type check above says
        assert again.problems == error.problems
        assert again.owner == error.owner


def test_problem_pickles_and_is_frozen() -> None:
    problem = Problem(("sets", 0), "bad")
    assert pickle.loads(pickle.dumps(problem)) == problem
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        problem.message = "other"  # type: ignore[misc]


# -- locations and problems -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("loc", "root", "text"),
    [
        (("sessions", 0, "sets", 2, "reps"), "$", "$.sessions[0].sets[2].reps"),
        (("reps",), "Set", "Set.reps"),
        ((), "$", "$"),
        ((), "Set", "Set"),
        ((0,), "$", "$[0]"),
        (("a", 1, 2), "$", "$.a[1][2]"),
    ],
)
def test_render_loc(loc: tuple[str | int, ...], root: str, text: str) -> None:
    assert render_loc(loc, root) == text


def test_render_loc_default_root_is_dollar() -> None:
    assert render_loc(("reps",)) == "$.reps"


@given(locs, st.sampled_from(["$", "Set", "Load"]))
def test_render_loc_has_one_part_per_item(loc: tuple[str | int, ...], root: str) -> None:
    text = render_loc(loc, root)
    assert text.startswith(root)
    assert text.count("[") == sum(isinstance(item, int) for item in loc)
    assert text.count(".") == sum(isinstance(item, str) for item in loc)


@pytest.mark.parametrize(
    ("problem", "root", "text"),
    [
        (
            Problem(("sets", 2, "reps"), "must be >= 1, got 0"),
            "$",
            "$.sets[2].reps: must be >= 1, got 0",
        ),
        (Problem(("reps",), "must be >= 1"), "Set", "Set.reps: must be >= 1"),
        (Problem((), "sets must be in order"), "$", "sets must be in order"),
        (Problem((), "sets must be in order"), "Session", "Session: sets must be in order"),
    ],
)
def test_problem_render(problem: Problem, root: str, text: str) -> None:
    assert problem.render(root) == text


def test_problem_render_default_root() -> None:
    assert Problem(("reps",), "m").render() == "$.reps: m"
    assert Problem((), "m").render() == "m"


def test_problem_within_prefixes_the_location() -> None:
    problem = Problem(("reps",), "must be >= 1, got 0")
    moved = problem.within("sets", 2)
    assert moved == Problem(("sets", 2, "reps"), "must be >= 1, got 0")
    assert moved.render() == "$.sets[2].reps: must be >= 1, got 0"
    assert problem.loc == ("reps",)  # the original is unchanged


@given(problems, locs, locs)
def test_problem_within_composes(
    problem: Problem, outer: tuple[str | int, ...], inner: tuple[str | int, ...]
) -> None:
    assert problem.within(*inner).within(*outer) == problem.within(*outer, *inner)
    assert problem.within() == problem
    assert problem.within(*outer).loc[len(outer) :] == problem.loc
    assert problem.within(*outer).message == problem.message


# -- ValidationError text -------------------------------------------------------------------


def test_single_problem_with_an_owner() -> None:
    error = ValidationError.single("reps", "must be >= 1, got 0", "Set")
    assert str(error) == "Set.reps: must be >= 1, got 0"
    assert error.problems == (Problem(("reps",), "must be >= 1, got 0"),)
    assert error.owner == "Set"


def test_single_problem_without_a_field_or_owner() -> None:
    error = ValidationError.single(None, "the document is empty")
    assert str(error) == "the document is empty"
    assert error.problems == (Problem((), "the document is empty"),)
    assert error.owner is None


def test_two_problems_are_listed_under_a_count() -> None:
    error = ValidationError(
        [Problem(("reps",), "must be >= 1, got 0"), Problem(("rpe",), "must be <= 10, got 11")],
        "Set",
    )
    assert str(error) == (
        "2 problems:\n  Set.reps: must be >= 1, got 0\n  Set.rpe: must be <= 10, got 11"
    )
    assert error.lines() == ["Set.reps: must be >= 1, got 0", "Set.rpe: must be <= 10, got 11"]


def test_documents_use_json_paths() -> None:
    error = ValidationError(
        [Problem(("sessions", 0, "date"), "missing"), Problem((), "unknown version")]
    )
    assert str(error) == "2 problems:\n  $.sessions[0].date: missing\n  unknown version"


@given(st.lists(problems, min_size=1, max_size=5), owners)
def test_str_lists_every_problem(items: list[Problem], owner: str | None) -> None:
    error = ValidationError(items, owner)
    root = owner if owner is not None else "$"
    lines = [problem.render(root) for problem in items]
    assert error.lines() == lines
    if len(items) == 1:
        assert str(error) == lines[0]
    else:
        assert str(error) == f"{len(items)} problems:\n" + "\n".join(f"  {x}" for x in lines)


def test_problems_are_stored_as_a_tuple() -> None:
    error = ValidationError(iter([Problem(("a",), "x")]))
    assert error.problems == (Problem(("a",), "x"),)
    assert isinstance(error.problems, tuple)


def test_an_empty_validation_error_still_reads_as_a_sentence() -> None:
    assert str(ValidationError([])) == "invalid input (no problem was recorded)"

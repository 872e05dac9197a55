"""Fuzz `negatives.from_json` with mutated documents of every kind the library writes.

Untrusted JSON either reads, and then round-trips (``from_json(to_json(x)) == x`` and writing
it again gives the same text), or raises a `negatives.NegativesError`: a `ValidationError`
whose problems are located at JSON paths into the document, a `ParseError` (naming the line
and column of bad JSON), or a `SchemaVersionError`. Never anything else.
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

import negatives as neg
from negatives.serialization import KINDS
from negatives.testing import (
    athletes,
    bases,
    exercises,
    findings,
    loads,
    policies,
    prescriptions,
    reports,
    sessions,
    sets,
    setups,
    tempos,
)

from . import _corpus
from ._mutate import Json, dumps, mutate_document, mutate_text

FUZZ = settings(
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

#: Valid objects drawn fresh (the corpus has real ones of every kind).
_GENERATED: st.SearchStrategy[Any] = st.one_of(
    loads(),
    tempos(),
    exercises(),
    setups(),
    bases(),
    prescriptions(),
    sets(),
    sessions(max_sets=1),
    athletes(),
    policies(),
    findings(),
    reports(),
)


@st.composite
def seeds(draw: st.DrawFn) -> tuple[type, Json]:
    """A valid document: a real one from the corpus, or one of a generated object."""
    if draw(st.integers(0, 7)):
        cls, tree = draw(st.sampled_from(_corpus.document_trees()))
        return cls, tree
    obj = draw(_GENERATED)
    return type(obj), json.loads(neg.to_json(obj))


@st.composite
def mutated_documents(draw: st.DrawFn) -> tuple[type, str]:
    """A mutated document's text, and the type it is read as.

    Mostly its own type; sometimes another kind, with ``kind`` changed to match so that the
    body is read as the wrong type; sometimes the text itself is mutated too.
    """
    cls, document = draw(seeds())
    tree = mutate_document(draw, document)
    if draw(st.integers(0, 7)) == 0:
        cls = draw(st.sampled_from(list(KINDS)))
        if isinstance(tree, dict):
            tree["kind"] = KINDS[cls]
    text = dumps(tree)
    if draw(st.integers(0, 4)) == 0:
        text = mutate_text(draw, text)
    return cls, text


def _resolves(tree: Json, loc: tuple[str | int, ...]) -> bool:
    """Whether the location's parent is a path into ``tree`` (its last step may be missing)."""
    node = tree
    for step in loc[:-1]:
        in_object = isinstance(node, dict) and isinstance(step, str) and step in node
        in_list = isinstance(node, list) and isinstance(step, int) and 0 <= step < len(node)
        if not (in_object or in_list):
            return False
        node = node[step]
    return True


def check_refusal(error: neg.NegativesError, text: str) -> None:
    """A refusal is one of the errors `from_json` documents, saying where the problem is."""
    if isinstance(error, neg.ValidationError):
        assert error.count >= 1, text
        assert error.problems, text
        tree = json.loads(text)
        for problem in error.problems:
            assert problem.message.strip(), problem
            assert all(isinstance(step, (str, int)) for step in problem.loc), problem
            assert _resolves(tree, problem.loc), (problem, text)
    elif isinstance(error, neg.ParseError):
        assert str(error).strip()
        try:
            json.loads(text)
        except json.JSONDecodeError as bad:
            where = f"line {bad.lineno} column {bad.colno}"
        except (ValueError, RecursionError):
            where = ""
        else:
            where = ""
        assert where in str(error), (str(error), text)
    else:
        assert isinstance(error, neg.SchemaVersionError), repr(error)
        assert "Upgrade negatives" in str(error)


def check_from_json(text: str, cls: type) -> object | None:
    """The fuzz invariant of `from_json`; returns what was read, or ``None`` when refused."""
    obj: object = None
    try:
        obj = neg.from_json(text, cls)
    except neg.NegativesError as error:
        check_refusal(error, text)
        return None
    assert type(obj) is cls
    written = neg.to_json(obj)
    again = neg.from_json(written, cls)
    assert again == obj, (text, written)
    assert neg.to_json(again) == written
    return obj


@FUZZ
@given(mutated_documents())
def test_from_json_reads_a_mutated_document_or_refuses_it_with_located_problems(
    case: tuple[type, str],
) -> None:
    cls, text = case
    read = check_from_json(text, cls)
    event("read" if read is not None else "refused")


def test_every_document_kind_is_fuzzed_from_a_real_document() -> None:
    assert {type(obj) for obj in _corpus.documents()} == set(KINDS)


def test_each_real_document_reads_back_unmutated() -> None:
    for obj in _corpus.documents():
        assert check_from_json(neg.to_json(obj), type(obj)) == obj

"""JSON Schemas: valid draft 2020-12, self-contained, and accepting every document written."""

from __future__ import annotations

import copy
import datetime as dt
import functools
import io
import json
import os
import re
import sys
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal

import attrs
import jsonschema  # type: ignore[import-untyped]
import pytest
import referencing
import referencing.jsonschema
from hypothesis import given, settings
from hypothesis import strategies as st

import negatives as neg
from negatives.cli import main
from negatives.errors import PluginError
from negatives.model import MAX_REPS, Method
from negatives.progressions import (
    RPE,
    Deload,
    Double,
    EccentricRamp,
    Linear,
    Program,
    ProgramPlan,
    ProgramSlot,
    TempoRamp,
    build_program,
    load_progression,
)
from negatives.progressions.builtin import MAX_EVERY, MAX_INCREMENT_KG, MAX_WEEKS
from negatives.safety import PRESETS, Finding, Policy, Report
from negatives.schema import BASE_URI, DIALECT, FIELD_SCHEMA, all_schemas, json_schema
from negatives.serialization import KINDS, SCHEMA_VERSION, SERIALIZE
from negatives.tempo import MAX_PHASE_SECONDS
from negatives.testing import findings, policies, reports
from negatives.units import KG_PER_LB, MAX_BAR_LOAD_KG

from .strategies import (
    athletes,
    bar_loads,
    bases,
    exercises,
    loads,
    prescriptions,
    sessions,
    sets,
    setups,
    tempos,
    training_logs,
)

if TYPE_CHECKING:
    from decimal import Decimal

kg, lb = neg.kg, neg.lb
CURL = neg.catalog.lookup("barbell-curl")
BENCH = neg.catalog.lookup("bench-press")
MONDAY = dt.date(2026, 11, 23)
SCHEMAS = all_schemas()
FORMATS = jsonschema.Draft202012Validator.FORMAT_CHECKER


# -- helpers --------------------------------------------------------------------------------------


@functools.cache
def validator(cls: type, progressions: tuple[type, ...] = ()) -> jsonschema.Draft202012Validator:
    """A validator for ``cls``'s schema that also asserts formats (dates)."""
    return jsonschema.Draft202012Validator(
        json_schema(cls, progressions=progressions), format_checker=FORMATS
    )


def errors(document: Any, cls: type, progressions: tuple[type, ...] = ()) -> list[str]:
    """What the schema of ``cls`` says is wrong with ``document`` (nothing: it is valid)."""
    found = validator(cls, progressions).iter_errors(document)
    return [f"{error.json_path}: {error.message[:300]}" for error in found]


def assert_written_document_is_valid(obj: object, progressions: tuple[type, ...] = ()) -> None:
    """``obj`` written as JSON by the library validates against the schema of its type."""
    converter = neg.make_converter(progressions=progressions) if progressions else None
    document = json.loads(neg.to_json(obj, converter=converter))
    problems = errors(document, type(obj), progressions)
    assert problems == [], f"{problems}\n{json.dumps(document, indent=1)[:3000]}"


def refs(schema: Any) -> Iterator[str]:
    """Every ``$ref`` in ``schema``."""
    if isinstance(schema, dict):
        for key, value in schema.items():
            if key == "$ref":
                yield value
            else:
                yield from refs(value)
    elif isinstance(schema, list):
        for item in schema:
            yield from refs(item)


def assert_self_contained(schema: dict[str, Any]) -> None:
    """Every ``$ref`` is local and resolves; every definition is used."""
    jsonschema.Draft202012Validator.check_schema(schema)
    registry = referencing.Registry().with_resource(
        schema["$id"], referencing.jsonschema.DRAFT202012.create_resource(schema)
    )
    resolver = registry.resolver(base_uri=schema["$id"])
    used = set()
    for ref in refs(schema):
        assert ref.startswith("#/$defs/"), ref
        assert isinstance(resolver.lookup(ref).contents, dict), ref
        used.add(ref.removeprefix("#/$defs/"))
    assert used == set(schema.get("$defs", {})), "unused or missing definitions"


def objects(schema: Any) -> Iterator[dict[str, Any]]:
    """Every (sub)schema of ``schema`` that lists ``properties``."""
    if isinstance(schema, dict):
        if isinstance(schema.get("properties"), dict):
            yield schema
        for value in schema.values():
            yield from objects(value)
    elif isinstance(schema, list):
        for item in schema:
            yield from objects(item)


def wave_class() -> type:
    """The example plugin's progression: skipped when not installed, but a failure in CI."""
    if os.environ.get("CI"):
        return load_progression("wave")
    pytest.importorskip("negatives_wave", reason="pip install ./examples/plugin")
    return load_progression("wave")


# -- the schemas themselves -----------------------------------------------------------------------


def test_every_document_type_has_a_schema_under_its_kind() -> None:
    assert set(SCHEMAS) == set(KINDS.values())
    for cls, kind in KINDS.items():
        schema = SCHEMAS[kind]
        assert schema["$schema"] == DIALECT == "https://json-schema.org/draft/2020-12/schema"
        assert schema["$id"] == f"{BASE_URI}{kind}.json"
        assert schema["$id"].startswith(f"https://negatives.dev/schema/{SCHEMA_VERSION}/")
        assert schema["title"] == cls.__name__
        assert schema["properties"]["kind"]["const"] == kind
        assert schema["properties"]["schema"]["const"] == SCHEMA_VERSION
        assert schema["required"][:2] == ["schema", "kind"]
        assert schema["additionalProperties"] is False


@pytest.mark.parametrize("kind", sorted(SCHEMAS))
def test_each_schema_is_valid_draft_2020_12_and_self_contained(kind: str) -> None:
    assert_self_contained(SCHEMAS[kind])


@pytest.mark.parametrize("kind", sorted(SCHEMAS))
def test_each_schema_is_plain_json(kind: str) -> None:
    text = json.dumps(SCHEMAS[kind], allow_nan=False)
    assert json.loads(text) == SCHEMAS[kind]


@pytest.mark.parametrize("kind", sorted(SCHEMAS))
def test_every_default_in_a_schema_validates_against_its_property(kind: str) -> None:
    schema = SCHEMAS[kind]
    checked = 0
    for obj in objects(schema):
        for name, prop in obj["properties"].items():
            if "default" in prop:
                sub = {"$defs": schema.get("$defs", {}), **prop}
                jsonschema.Draft202012Validator(sub).validate(prop["default"])
                assert name not in obj.get("required", []), f"{name} has a default"
                checked += 1
    if kind in ("session", "training_log", "program", "policy"):
        assert checked > 0


def test_every_object_closes_its_properties_and_nests_its_classes_once() -> None:
    schema = SCHEMAS["training_log"]
    for name, definition in schema["$defs"].items():
        if "properties" in definition:
            assert definition["additionalProperties"] is False, name
    assert {"Set", "Session", "Athlete", "Exercise", "Load", "BarLoad"} <= set(schema["$defs"])


def test_the_field_table_names_serialised_fields_only() -> None:
    from negatives.schema import _FIELDS

    for cls, name in _FIELDS:
        field = attrs.fields_dict(cls).get(name)
        assert field is not None, f"{cls.__name__}.{name} is not a field"
        assert field.metadata.get(SERIALIZE, True), f"{cls.__name__}.{name} is not written"


def test_json_schema_returns_a_new_dict_each_time() -> None:
    first = json_schema(neg.Session)
    first["$defs"]["Set"]["properties"]["reps"]["maximum"] = 1
    first["required"].append("x")
    again = json_schema(neg.Session)
    assert again["$defs"]["Set"]["properties"]["reps"]["maximum"] == MAX_REPS
    assert "x" not in again["required"]
    assert again == SCHEMAS["session"]


@pytest.mark.parametrize("not_a_document", [int, dict, ProgramSlot, "session", None])
def test_only_document_types_have_a_schema(not_a_document: object) -> None:
    with pytest.raises(TypeError, match="not a negatives document type"):
        json_schema(not_a_document)  # type: ignore[arg-type]  # bad inputs are the point


def test_the_nonempty_pattern_agrees_with_str_strip_on_every_character() -> None:
    # The model's "not empty" is `text.strip()`; the pattern must mean the same in every
    # regex dialect, so it spells the characters out rather than use \S.
    pattern = SCHEMAS["session"]["properties"]["id"]["pattern"]
    assert "\\S" not in pattern
    every = "".join(map(chr, [*range(0xD800), *range(0xE000, sys.maxunicode + 1)]))
    blank = re.sub(pattern, "", every)  # what the pattern does not count as text
    assert blank == "".join(char for char in every if not char.strip())
    assert len(blank) == 29  # whitespace, as Unicode has had it since version 6.3


def test_the_cli_prints_the_same_schemas() -> None:
    out = io.StringIO()
    assert main(["schema", "session"], stdout=out) == 0
    assert json.loads(out.getvalue()) == SCHEMAS["session"]
    out = io.StringIO()
    assert main(["schema", "--list"], stdout=out) == 0
    assert out.getvalue().split() == sorted(SCHEMAS)


# -- what the library writes validates ------------------------------------------------------------


# Generating big documents is what takes the time, so the tests of documents that nest others
# run fewer examples: the sets' test runs the most, and sets are what the others are made of.
@settings(max_examples=20)
@given(training_logs(max_sessions=3))
def test_written_training_logs_validate(log: neg.TrainingLog) -> None:
    assert_written_document_is_valid(log)


@settings(max_examples=40)
@given(sessions(max_sets=5))
def test_written_sessions_validate(session: neg.Session) -> None:
    assert_written_document_is_valid(session)


@given(athletes())
def test_written_athletes_validate(athlete: neg.Athlete) -> None:
    assert_written_document_is_valid(athlete)


def _with_prescription(item: neg.Set) -> st.SearchStrategy[neg.Set]:
    answered = prescriptions(exercises=st.just(item.exercise))
    return answered.map(lambda p: attrs.evolve(item, prescription=p))


@given(sets().flatmap(lambda item: st.just(item) | _with_prescription(item)))
def test_written_sets_validate(item: neg.Set) -> None:
    assert_written_document_is_valid(item)


@settings(max_examples=40)
@given(prescriptions())
def test_written_prescriptions_validate(prescription: neg.Prescription) -> None:
    assert_written_document_is_valid(prescription)


def _rep_parts(item: neg.Set) -> st.SearchStrategy[Any]:
    rep = item.expand()[0]
    return st.sampled_from([rep, *rep.phases])


@given(
    st.one_of(
        exercises(),
        bases(),
        setups(),
        tempos(),
        bar_loads(),
        loads(),
        sets().flatmap(_rep_parts),
        st.builds(neg.RepRange, st.integers(1, 10), st.integers(10, MAX_REPS)),
        st.builds(
            neg.Source,
            st.sampled_from(["strong", "hevy"]),
            st.none() | st.text(max_size=10),
            st.none() | st.tuples(st.integers(1, 5), st.integers(5, 9)),
        ),
    )
)
def test_written_small_documents_validate(obj: object) -> None:
    assert_written_document_is_valid(obj)


@given(policies())
def test_written_policies_validate(policy: Policy) -> None:
    assert_written_document_is_valid(policy)


@pytest.mark.parametrize("name", sorted(PRESETS))
def test_the_safety_presets_validate(name: str) -> None:
    assert_written_document_is_valid(PRESETS[name])
    assert_written_document_is_valid(Policy.preset(name).ignoring("NEG5"))


@given(st.one_of(findings(), reports()))
def test_written_findings_and_reports_validate(obj: Finding | Report) -> None:
    assert_written_document_is_valid(obj)


@settings(max_examples=30)
@given(
    st.lists(sessions(max_sets=2), max_size=3),
    st.sampled_from(["logged", "external", "resistance"]),
    st.sampled_from(["kg", "lb"]),
    st.booleans(),
)
def test_written_summaries_validate(
    days: list[neg.Session], basis: str, unit: str, per_muscle: bool
) -> None:
    summary = neg.analysis.summarize(days, basis=basis, unit=unit, per_muscle=per_muscle)
    assert_written_document_is_valid(summary)


def test_an_unknown_time_under_tension_is_null_in_a_summary_document() -> None:
    curl = neg.catalog.lookup("barbell-curl")
    summary = neg.analysis.summarize([neg.Set(curl, reps=8, load=neg.kg(40))])
    assert summary.time_under_tension is None
    document = neg.to_dict(summary)
    assert document["time_under_tension"] is None
    assert_written_document_is_valid(summary)
    assert not validator(neg.analysis.Summary).is_valid({**document, "sets": -1})
    assert not validator(neg.analysis.Summary).is_valid({**document, "basis": "app"})
    assert not validator(neg.analysis.Summary).is_valid(
        {**document, "sets_per_muscle": {"wings": 1.0}}
    )


def _fraction(*, above_zero: bool = False) -> st.SearchStrategy[float]:
    return st.floats(min_value=0.0, max_value=1.0, exclude_min=above_zero)


def _increments() -> st.SearchStrategy[neg.Load]:
    return st.builds(
        lambda value, unit: neg.Load(value / unit.kg_factor, unit),
        # Below the bound: in pounds, 50 kg can come back a hair above it.
        st.floats(min_value=0.0, max_value=MAX_INCREMENT_KG * 0.999, exclude_min=True),
        st.sampled_from(neg.Unit),
    )


_SIMPLE_PROGRESSIONS = st.one_of(
    st.builds(Linear, increment=_increments(), every=st.integers(1, MAX_EVERY)),
    st.builds(Double, increment=_increments()),
    st.builds(EccentricRamp, start=_fraction(), end=_fraction(), weeks=st.integers(1, MAX_WEEKS)),
    st.builds(
        TempoRamp,
        start=st.floats(0, MAX_PHASE_SECONDS, exclude_min=True),
        end=st.floats(0, MAX_PHASE_SECONDS, exclude_min=True),
        weeks=st.integers(1, MAX_WEEKS),
    ),
    st.builds(RPE, target_rpe=st.integers(12, 20).map(lambda half: half / 2)),
)
PROGRESSIONS = st.one_of(
    _SIMPLE_PROGRESSIONS,
    st.builds(
        Deload,
        every=st.integers(2, MAX_WEEKS),
        load_fraction=_fraction(above_zero=True),
        sets_fraction=_fraction(above_zero=True),
        base=st.none() | _SIMPLE_PROGRESSIONS,
    ),
)


@st.composite
def programs(draw: st.DrawFn, progressions: st.SearchStrategy[Any] = PROGRESSIONS) -> Program:
    """Valid programs (not necessarily safe ones: they are only written, never built)."""
    days = draw(st.lists(st.integers(0, 6), min_size=1, max_size=4, unique=True))
    pool = draw(st.lists(exercises(), min_size=1, max_size=3, unique_by=lambda e: e.id))
    items = prescriptions(exercises=st.sampled_from(pool)).filter(
        lambda p: p.method is not Method.ACCENTUATED_ECCENTRIC
    )
    slots = draw(
        st.lists(
            st.builds(
                ProgramSlot,
                prescription=items,
                progression=st.none() | progressions,
                day=st.integers(0, len(days) - 1),
            ),
            min_size=1,
            max_size=2,
        )
    )
    return Program(
        name=draw(st.sampled_from(["Arms", "Negatives block", "Ü"])),
        weeks=draw(st.integers(1, MAX_WEEKS)),
        days=days,
        slots=slots,
        start=draw(st.none() | st.dates(dt.date(2020, 1, 1), dt.date(2030, 12, 31))),
    )


@settings(max_examples=40)
@given(programs())
def test_written_programs_validate(program: Program) -> None:
    assert_written_document_is_valid(program)


def test_a_built_plan_validates() -> None:
    athlete = neg.Athlete(
        "a", training_age_years=4, concentric_1rm={"barbell-curl": kg(50), "bench-press": kg(100)}
    )
    curl = neg.Prescription(CURL, sets=3, reps=(8, 10), fraction_1rm=0.7)
    bench = neg.Prescription(
        BENCH, method="partner_assisted", sets=2, reps=6, fraction_1rm=0.8, overload=0.3
    )
    program = Program(
        name="P",
        weeks=2,
        days=(0, 3),
        slots=[
            ProgramSlot(prescription=curl, progression=Linear()),
            ProgramSlot(prescription=bench, progression=Deload(every=2), day=1),
        ],
        start=MONDAY,
    )
    plan = build_program(program, athlete, setup=neg.Setup(spotters=2, safety_arms=True))
    assert plan.sessions
    assert isinstance(plan, ProgramPlan)
    assert_written_document_is_valid(plan)


def test_a_target_rpe_a_float_error_off_the_half_step_validates() -> None:
    # The model takes 8.0000000001 as the half step 8 (a float's error); so must the schema.
    program = Program(
        name="P",
        weeks=1,
        slots=[
            ProgramSlot(
                prescription=neg.Prescription(CURL, reps=8, load=kg(40)),
                progression=RPE(target_rpe=8.0000000001),
            )
        ],
    )
    assert_written_document_is_valid(program)


def _near(bound_kg: float) -> st.SearchStrategy[neg.Load]:
    """Loads in either unit up to a hair above ``bound_kg``, the bound itself included."""
    return st.sampled_from(neg.Unit).flatmap(
        lambda unit: st.floats(0, bound_kg / unit.kg_factor * (1 + 1e-9)).map(
            lambda value: neg.Load(value, unit)
        )
    )


@given(_near(MAX_BAR_LOAD_KG), _near(400))
def test_every_load_the_model_takes_validates_in_either_unit(
    bar: neg.Load, bodyweight: neg.Load
) -> None:
    # In pounds the schema's bounds are rounded: outwards, so that they never refuse a load
    # the model takes. (Loads the model refuses are not written: nothing to validate.)
    try:
        item = neg.Set(CURL, reps=5, load=bar)
    except neg.ValidationError:
        assert bar.kg > MAX_BAR_LOAD_KG
    else:
        assert_written_document_is_valid(item)
    try:
        athlete = neg.Athlete("a", training_age_years=1, bodyweight=bodyweight)
    except neg.ValidationError:
        assert not 20 <= bodyweight.kg <= 400
    else:
        assert_written_document_is_valid(athlete)


@pytest.mark.parametrize(
    "load",
    [
        lb(MAX_BAR_LOAD_KG / KG_PER_LB),
        kg(MAX_BAR_LOAD_KG),
        lb(20 / KG_PER_LB),
        lb(400 / KG_PER_LB),
        kg(20),
        kg(400),
    ],
    ids=str,
)
def test_loads_on_the_bounds_validate(load: neg.Load) -> None:
    assert_written_document_is_valid(neg.Set(CURL, reps=1, load=load))
    if 20 <= load.kg <= 400:
        assert_written_document_is_valid(neg.Athlete("a", training_age_years=1, bodyweight=load))


def test_a_document_the_schema_accepts_can_still_be_refused_by_the_reader() -> None:
    # Rules between fields are the reader's: rir must agree with rpe (RPE = 10 - RIR).
    document = neg.to_dict(neg.Set(CURL, reps=5, load=kg(40), rpe=8, rir=2))
    document["rir"] = 4.0
    assert errors(document, neg.Set) == []
    with pytest.raises(neg.ValidationError, match="disagrees with rpe"):
        neg.from_dict(document, neg.Set)


# -- plugins --------------------------------------------------------------------------------------


def test_a_program_with_the_wave_plugin_needs_progressions() -> None:
    wave = wave_class()
    program = Program(
        name="Wave",
        weeks=3,
        slots=[
            ProgramSlot(
                prescription=neg.Prescription(CURL, reps=6, load=kg(50), overload=0.25),
                progression=wave(steps=(0.2, 0.3)),
            ),
            ProgramSlot(
                prescription=neg.Prescription(BENCH, reps=5, load=kg(80)),
                progression=Deload(base=wave()),
            ),
        ],
    )
    schema = json_schema(Program, progressions=[wave])
    assert_self_contained(schema)
    assert schema["$defs"]["Wave"]["properties"]["kind"] == {
        "const": "wave",
        "description": "which progression this is.",
    }
    assert_written_document_is_valid(program, progressions=(wave,))
    document = neg.to_dict(program, converter=neg.make_converter(progressions=[wave]))
    assert errors(document, Program) != [], "the built-in schema does not know 'wave'"
    plugged = all_schemas(progressions=[wave])
    assert plugged["program"] == schema
    assert plugged["session"] == SCHEMAS["session"]  # no progressions in it: unchanged


@settings(max_examples=30)  # the built-in progressions are covered by the test above
@given(st.data())
def test_written_programs_with_the_wave_plugin_validate(data: st.DataObject) -> None:
    wave = wave_class()
    waves = st.builds(wave, steps=st.lists(st.floats(0, 1), min_size=1, max_size=52).map(tuple))
    in_programs = st.one_of(waves, st.builds(Deload, base=waves), _SIMPLE_PROGRESSIONS)
    program = data.draw(programs(progressions=in_programs))
    assert_written_document_is_valid(program, progressions=(wave,))


def _acme_linear() -> type:
    """A plugin progression named like a built-in (in a function: ``<locals>`` in its name)."""

    @attrs.frozen(kw_only=True)
    class Linear:
        kind: ClassVar[str] = "acme_linear"

        step: float = attrs.field(
            default=0.5, metadata={FIELD_SCHEMA: {"minimum": 0, "maximum": 1}}
        )
        weeks: list[int] = attrs.field(factory=lambda: [1, 2])
        labels: dict[str, str] = attrs.field(factory=dict)

        def propose(self, ctx: Any) -> neg.Prescription:
            return ctx.prescription  # type: ignore[no-any-return]

    return Linear


ACME = _acme_linear()


def test_a_plugin_class_named_like_a_built_in_gets_its_own_definition() -> None:
    schema = json_schema(Program, progressions=[ACME])
    assert_self_contained(schema)
    names = [name for name, d in schema["$defs"].items() if d.get("title") == "Linear"]
    assert len(names) == 2
    assert all(re.fullmatch(r"[A-Za-z0-9_.-]+", name) for name in names), names
    slot = ProgramSlot(
        prescription=neg.Prescription(CURL, reps=8), progression=ACME(weeks=[3], labels={"a": "b"})
    )
    program = Program(
        name="P",
        weeks=1,
        slots=[slot, ProgramSlot(prescription=slot.prescription, progression=Linear(every=2))],
    )
    converter = neg.make_converter(progressions=[ACME])
    document = neg.to_dict(program, converter=converter)
    assert neg.from_dict(document, Program, converter=converter) == program
    assert errors(document, Program, (ACME,)) == []
    document["slots"][0]["progression"]["step"] = 2  # the plugin's own bound, from FIELD_SCHEMA
    assert errors(document, Program, (ACME,)) != []
    document["slots"][0]["progression"]["step"] = 1
    document["slots"][0]["progression"]["labels"] = {"a": 1}
    assert errors(document, Program, (ACME,)) != []


@attrs.frozen(kw_only=True)
class Sink:
    """A plugin progression with fields of every shape a plugin may use."""

    kind: ClassVar[str] = "sink"

    mode: Literal["up", "down"] = "up"
    pair: tuple[int, str] = (1, "a")
    maybe: list[int | None] = attrs.field(factory=list)
    number: int | float = 1
    derived: int = attrs.field(default=attrs.Factory(lambda self: 2, takes_self=True))
    when: dt.date | None = None

    def propose(self, ctx: Any) -> neg.Prescription:
        return ctx.prescription  # type: ignore[no-any-return]


def test_a_plugin_progressions_fields_of_every_shape() -> None:
    schema = json_schema(Program, progressions=[Sink])
    assert_self_contained(schema)
    properties = schema["$defs"]["Sink"]["properties"]
    assert properties["mode"]["enum"] == ["up", "down"]
    assert [item["type"] for item in properties["pair"]["prefixItems"]] == ["integer", "string"]
    assert properties["maybe"]["items"] == {"type": ["integer", "null"]}
    assert properties["number"]["type"] == "number"
    assert "default" not in properties["derived"]  # made from the instance
    assert schema["$defs"]["Sink"]["required"] == ["kind"]  # all have defaults
    sink = Sink(mode="down", pair=(2, "b"), maybe=[1, None], number=2.5, derived=3, when=MONDAY)
    program = Program(
        name="P",
        weeks=1,
        slots=[ProgramSlot(prescription=neg.Prescription(CURL, reps=5), progression=sink)],
    )
    assert_written_document_is_valid(program, progressions=(Sink,))
    document = neg.to_dict(program, converter=neg.make_converter(progressions=[Sink]))
    for field, value in [
        ("mode", "sideways"),
        ("pair", [1, 2]),
        ("maybe", ["1"]),
        ("when", "soon"),
    ]:
        changed = _change(f"slots.0.progression.{field}", value)(document)
        assert errors(changed, Program, (Sink,)) != [], field


def test_plugin_progressions_are_checked() -> None:
    with pytest.raises(PluginError):
        json_schema(Program, progressions=[int])

    @attrs.frozen
    class Impostor:
        kind: ClassVar[str] = "linear"

        def propose(self, ctx: Any) -> Any:
            return ctx.prescription

    with pytest.raises(PluginError, match="two progressions have the kind 'linear'"):
        json_schema(Program, progressions=[Impostor])


def test_a_plugin_field_without_a_json_type_is_named() -> None:
    @attrs.frozen
    class Odd:
        kind: ClassVar[str] = "odd"
        when: dt.timedelta = dt.timedelta(days=1)

        def propose(self, ctx: Any) -> Any:
            return ctx.prescription

    with pytest.raises(TypeError, match=r"Odd\.when: no JSON Schema for the type"):
        json_schema(Program, progressions=[Odd])

    @attrs.frozen
    class Unresolved:
        kind: ClassVar[str] = "unresolved"
        amount: Decimal | None = None

        def propose(self, ctx: Any) -> Any:
            return ctx.prescription

    with pytest.raises(TypeError, match="Unresolved: its annotations cannot be resolved"):
        json_schema(Program, progressions=[Unresolved])


# -- what the schemas refuse ----------------------------------------------------------------------


def _session_document() -> dict[str, Any]:
    session = neg.Session(
        MONDAY,
        sets=[
            neg.Set(CURL, reps=8, load=kg(40), tempo="4-0-2-0", rpe=8),
            neg.Set(
                CURL,
                reps=2,
                load=kg(50),
                method="accentuated_eccentric",
                rep_detail=[CURL.rep(kg(50), concentric_load=kg(35))] * 2,
            ),
        ],
        id="s1",
    )
    return neg.to_dict(session)


def _change(path: str, value: Any) -> Any:
    """A function setting ``path`` (dots; ``-`` deletes) of a document copy to ``value``."""

    def change(document: dict[str, Any]) -> dict[str, Any]:
        document = copy.deepcopy(document)
        *parents, last = [int(p) if p.isdigit() else p for p in path.split(".")]
        target: Any = document
        for part in parents:
            target = target[part]
        if value is _DELETE:
            del target[last]
        else:
            target[last] = value
        return document

    return change


_DELETE = object()

# (what is wrong, the change, whether the reader refuses it too)
SESSION_CASES = [
    ("wrong kind", _change("kind", "set"), True),
    ("a newer format", _change("schema", 2), True),
    ("no format", _change("schema", _DELETE), True),
    ("reps 0", _change("sets.0.reps", 0), True),
    ("reps above the maximum", _change("sets.0.reps", MAX_REPS + 1), True),
    ("reps as text", _change("sets.0.reps", "8"), True),
    ("reps as true", _change("sets.0.reps", True), True),
    ("reps as a fraction", _change("sets.0.reps", 8.5), True),
    ("a negative load", _change("sets.0.load", {"value": -1.0, "unit": "kg"}), True),
    ("a load over 1000 kg", _change("sets.0.load", {"value": 1000.5, "unit": "kg"}), True),
    ("a load over 1000 kg in lb", _change("sets.0.load", {"value": 2300, "unit": "lb"}), True),
    ("an unknown unit", _change("sets.0.load", {"value": 40.0, "unit": "stone"}), True),
    ("a load without unit", _change("sets.0.load", {"value": 40.0}), True),
    ("a load as a number", _change("sets.0.load", 40), True),
    ("an unknown field", _change("sets.0.tempoo", "3-1-2-0"), True),
    ("an unknown top-level field", _change("athlete", None), True),
    ("an unknown field in a load", _change("sets.0.load.grams", 1), True),
    ("a required field missing", _change("sets", _DELETE), True),
    ("a set without its exercise", _change("sets.0.exercise", _DELETE), True),
    ("rpe above 10", _change("sets.0.rpe", 11), True),
    ("a date in another format", _change("date", "25/11/2026"), True),
    ("a date that does not exist", _change("date", "2026-02-30"), True),  # format: date
    ("a tempo that is not a tempo", _change("sets.0.tempo", "slow"), True),
    ("an unknown method", _change("sets.0.method", "Partner Assisted"), True),
    ("a blank id", _change("id", "  "), True),
    ("an exercise id that is not a slug", _change("sets.0.exercise", "Barbell Curl"), True),
    ("an unknown muscle", _change("exercises.0.muscles", ["wings"]), True),
    ("a muscle listed twice", _change("exercises.0.muscles", ["biceps", "biceps"]), True),
    ("an isometric start", _change("exercises.0.starts_with", "isometric"), True),
    (
        "a rep with two eccentric phases",
        _change("sets.1.rep_detail.0.phases.0.phase", "eccentric"),
        True,
    ),
    ("extra with a number", _change("extra", {"Distance": 5}), True),
    # The reader also reads a tempo as coaches write it; documents hold the canonical form.
    ("a tempo not in canonical form", _change("sets.0.tempo", "40X0"), False),
]


def test_the_session_document_for_the_cases_is_valid() -> None:
    document = _session_document()
    assert errors(document, neg.Session) == []
    assert neg.from_dict(document, neg.Session).sets[1].rep_detail is not None


@pytest.mark.parametrize(("case", "change", "reader_refuses"), SESSION_CASES, ids=lambda c: c)
def test_the_session_schema_refuses(
    case: str, change: Callable[[dict[str, Any]], dict[str, Any]], reader_refuses: bool
) -> None:
    document = change(_session_document())
    assert errors(document, neg.Session) != [], case
    if reader_refuses:
        with pytest.raises((neg.ValidationError, neg.errors.SchemaVersionError)):
            neg.from_dict(document, neg.Session)
    else:
        neg.from_dict(document, neg.Session)


def test_custom_methods_and_whitespace_free_names_validate() -> None:
    document = _change("sets.0.method", "cluster_eccentric")(_session_document())
    document["id"] = "\ufeff"  # not whitespace to Python's strip, whatever a regex dialect says
    document["name"] = ""
    assert errors(document, neg.Session) == []
    assert neg.from_dict(document, neg.Session).sets[0].method == "cluster_eccentric"


def _assert_refused(document: dict[str, Any], cls: type, *changes: tuple[str, Any]) -> None:
    assert errors(document, cls) == [], "the unchanged document is valid"
    for path, value in changes:
        changed = _change(path, value)(document)
        assert errors(changed, cls) != [], f"{path} = {value!r}"
        with pytest.raises((neg.ValidationError, neg.PolicyError)):
            neg.from_dict(changed, cls)


def test_the_athlete_schema_refuses_bad_values() -> None:
    athlete = neg.Athlete(
        "a",
        training_age_years=3,
        concentric_1rm={"barbell-curl": kg(60)},
        bodyweight=kg(80),
        screening=neg.Screening(statins=False),
        checkins=[neg.Checkin(MONDAY, soreness={"biceps": 2}, strength_loss={"biceps": 0.05})],
    )
    _assert_refused(
        neg.to_dict(athlete),
        neg.Athlete,
        ("kind", "training_log"),
        ("training_age_years", -1),
        ("training_age_years", "3"),
        ("bodyweight", {"value": 10.0, "unit": "kg"}),
        ("bodyweight", {"value": 900.0, "unit": "lb"}),
        ("concentric_1rm", {"barbell-curl": {"value": 0.0, "unit": "kg"}}),
        ("concentric_1rm", {"Barbell Curl": {"value": 60.0, "unit": "kg"}}),
        ("sex", "other"),
        ("birth_year", 1850),
        ("nickname", "Al"),
        ("screening.statins", "yes"),
        ("screening.asthma", True),
        ("checkins.0.date", "23/11/2026"),
        ("checkins.0.soreness", {"quads": 3}),
        ("checkins.0.soreness", {"biceps": 11}),
        ("checkins.0.strength_loss", {"biceps": 20}),
        ("checkins.0.mood", "fine"),
    )


def test_the_training_log_schema_refuses_bad_values() -> None:
    log = neg.TrainingLog(None, [neg.Session(MONDAY, sets=[neg.Set(CURL, reps=5, load=kg(40))])])
    _assert_refused(
        neg.to_dict(log),
        neg.TrainingLog,
        ("kind", "session"),
        ("athlete", _DELETE),
        ("sessions", {}),
        ("sessions.0.sets.0.reps", 0),
        ("sessions.0.sets.0.load", {"value": -2.5, "unit": "kg"}),
        ("exercises.0.id", "curl!"),
    )


def test_the_program_schema_refuses_bad_values() -> None:
    program = Program(
        name="P",
        weeks=4,
        days=(0, 3),
        slots=[
            ProgramSlot(
                prescription=neg.Prescription(CURL, sets=3, reps=(8, 10), load=kg(40)),
                progression=Deload(base=RPE()),
                day=1,
            )
        ],
    )
    _assert_refused(
        neg.to_dict(program),
        Program,
        ("kind", "policy"),
        ("weeks", 0),
        ("weeks", MAX_WEEKS + 1),
        ("slots", []),
        ("days", [1, 1]),
        ("days", [7]),
        ("slots.0.progression", {"kind": "wave"}),
        ("slots.0.progression", {"every": 3}),
        ("slots.0.progression.base", {"kind": "rpe", "target_rpe": 11}),
        ("slots.0.progression.base", {"kind": "linear", "increment": {"value": 0, "unit": "kg"}}),
        ("slots.0.progression.load_fraction", 0),
        ("slots.0.prescription.reps", [8]),
        ("slots.0.prescription.sets", 0),
        ("slots.0.prescription.fraction_1rm", 75),
    )


def test_the_policy_schema_refuses_bad_values() -> None:
    policy = (
        PRESETS["standard"].with_params("NEG301", max_sets=3).with_severity("NEG201", "warning")
    )
    _assert_refused(
        neg.to_dict(policy),
        Policy,
        ("kind", "report"),
        ("rules.NEG201.severity", "fatal"),
        ("rules.NEG301.params.max_sets", [3]),
        ("rules.NEG301.params.max_sets", None),
        ("rules.NEG301.colour", "red"),
        ("select", "NEG"),
        ("custom", []),
    )
    empty_code = neg.to_dict(policy)
    empty_code["rules"][""] = {}
    assert errors(empty_code, Policy) != []


def test_the_report_and_finding_schemas_refuse_bad_values() -> None:
    finding = Finding("NEG201", "error", "too heavy", ("sets", 0), {"load_kg": 120.0})
    _assert_refused(
        neg.to_dict(finding),
        Finding,
        ("severity", "fatal"),
        ("loc", [[0]]),
        ("ctx", {"load_kg": [1]}),
    )
    # The reader takes 0.5 as a location; the schema holds to what the library writes.
    assert errors(_change("loc", [0.5])(neg.to_dict(finding)), Finding) != []
    _assert_refused(
        neg.to_dict(Report([finding], policy="standard")),
        Report,
        ("findings.0.severity", "bad"),
        ("findings.0.code", 201),
        ("policy", None),
    )


def test_a_tempo_document_is_a_value_in_canonical_form() -> None:
    document = neg.to_dict(neg.Tempo.parse("31X0"))
    assert document == {"schema": 1, "kind": "tempo", "value": "3-1-X-0"}
    assert errors(document, neg.Tempo) == []
    for value in ("3-X-1-0", "3-1-2", "-1-0-1-0", 3):
        assert errors({**document, "value": value}, neg.Tempo) != [], value


def test_a_rep_range_document_is_a_pair() -> None:
    document = neg.to_dict(neg.RepRange(8, 10))
    assert errors(document, neg.RepRange) == []
    for value in ([8], [0, 10], [8, 10, 12], "8-10", [8, MAX_REPS + 1]):
        assert errors({**document, "value": value}, neg.RepRange) != [], value


def test_schemas_by_kind_match_the_types() -> None:
    mapping: Mapping[str, type] = {kind: cls for cls, kind in KINDS.items()}
    for kind, schema in SCHEMAS.items():
        assert schema == json_schema(mapping[kind])

"""JSON documents: round trips, document shape, and strict reading of untrusted input."""

from __future__ import annotations

import copy
import datetime as dt
import json
from collections.abc import Callable
from typing import Any

import attrs
import cattrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import negatives as neg
from negatives.errors import Problem
from negatives.serialization import DEFAULT_MAX_BYTES, KINDS, SCHEMA_VERSION
from negatives.testing import findings, policies, reports

from .helpers import present
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

# -- fixtures and small strategies -----------------------------------------------------------------

CURL = neg.Exercise(
    "barbell-curl", "Barbell Curl", muscles=[neg.Muscle.BICEPS], equipment="barbell"
)
BENCH = neg.Exercise(
    "bench-press",
    "Bench Press",
    muscles=[neg.Muscle.CHEST],
    secondary_muscles=[neg.Muscle.TRICEPS, neg.Muscle.SHOULDERS],
    equipment="barbell",
    starts_with="eccentric",
)
DAY = dt.date(2026, 11, 25)

CURL_DOC = {
    "id": "barbell-curl",
    "name": "Barbell Curl",
    "muscles": ["biceps"],
    "equipment": "barbell",
}


def curl_set(**changes: Any) -> neg.Set:
    fields: dict[str, Any] = {"reps": 8, "load": neg.kg(40), "tempo": "4-0-2-0", **changes}
    return neg.Set(CURL, **fields)


def curl_session(n_sets: int = 3, **changes: Any) -> neg.Session:
    return neg.Session(DAY, sets=[curl_set() for _ in range(n_sets)], **changes)


def rep_objects() -> st.SearchStrategy[neg.Rep]:
    return st.builds(lambda s, i: s.expand()[i % s.reps], sets(), st.integers(0, 29))


def rep_phases() -> st.SearchStrategy[neg.RepPhase]:
    # Phases of real sets are covered through Rep; these are cheap to shrink.
    return st.builds(
        neg.RepPhase,
        phase=st.sampled_from(neg.Phase),
        load=bar_loads(),
        seconds=st.none() | st.floats(min_value=0, max_value=600),
        assistance=st.none() | st.just(neg.kg(0)),
        limbs=st.integers(min_value=1, max_value=4),
        bodyweight=st.none() | st.just(neg.lb(0)),
    )


@st.composite
def rep_ranges(draw: st.DrawFn) -> neg.RepRange:
    low = draw(st.integers(min_value=1, max_value=neg.model.MAX_REPS))
    high = draw(st.integers(min_value=low, max_value=neg.model.MAX_REPS))
    return neg.RepRange(low, high)


@st.composite
def sources(draw: st.DrawFn) -> neg.Source:
    rows = None
    if draw(st.booleans()):
        first = draw(st.integers(min_value=1, max_value=10_000))
        rows = (first, draw(st.integers(min_value=first, max_value=20_000)))
    return neg.Source(
        draw(st.text(min_size=1, max_size=20).filter(str.strip)),
        draw(st.none() | st.text(max_size=40)),
        rows,
    )


def small_sessions(**kwargs: Any) -> st.SearchStrategy[neg.Session]:
    return sessions(max_sets=2, **kwargs)


@st.composite
def small_training_logs(draw: st.DrawFn) -> neg.TrainingLog:
    """Like ``training_logs()``, with fewer sets per session to keep the suite fast."""
    pool = draw(st.lists(exercises(), min_size=1, max_size=3, unique_by=lambda e: e.id))
    items = draw(st.lists(small_sessions(exercises=st.sampled_from(pool)), max_size=2))
    return neg.TrainingLog(draw(st.none() | athletes()), items)


def _programs() -> list[Any]:
    from negatives.progressions import (
        Deload,
        Double,
        EccentricRamp,
        Linear,
        Program,
        ProgramSlot,
        TempoRamp,
    )

    curl = neg.Prescription(CURL, sets=3, reps=(8, 10), fraction_1rm=0.7)
    negatives = neg.Prescription(
        CURL, method="partner_assisted", sets=2, reps=8, fraction_1rm=0.8, overload=0.25
    )
    return [
        Program(name="Plain", weeks=1, slots=[ProgramSlot(prescription=curl)]),
        Program(
            name="Block",
            weeks=4,
            days=(0, 3),
            start=DAY,
            slots=[
                ProgramSlot(prescription=curl, progression=Double()),
                ProgramSlot(
                    prescription=negatives,
                    progression=Deload(base=EccentricRamp(start=0.25, end=0.5, weeks=3)),
                    day=1,
                ),
                ProgramSlot(prescription=curl, progression=Linear(increment=neg.lb(5)), day=1),
                ProgramSlot(prescription=curl, progression=TempoRamp()),
            ],
        ),
    ]


def _plans() -> list[Any]:
    from negatives.progressions import build_program

    athlete = neg.Athlete("a", training_age_years=3, concentric_1rm={CURL.id: neg.kg(50)})
    block = _programs()[1]
    return [build_program(block, athlete, history=()), build_program(block, athlete)]


@st.composite
def summaries(draw: st.DrawFn) -> neg.analysis.Summary:
    """Summaries of small logs, on any basis and unit, with or without the per-muscle part."""
    log = draw(small_training_logs())
    return neg.analysis.summarize(
        log,
        unit=draw(st.sampled_from(["kg", "lb"])),
        basis=draw(st.sampled_from(list(neg.analysis.VolumeBasis))),
        per_muscle=draw(st.booleans()),
    )


def documents() -> list[Any]:
    """One (type, strategy) parameter per public document type."""
    return [
        pytest.param(neg.Load, loads(), id="Load"),
        pytest.param(neg.Tempo, tempos(), id="Tempo"),
        pytest.param(neg.Exercise, exercises(), id="Exercise"),
        pytest.param(neg.RepPhase, rep_phases(), id="RepPhase"),
        pytest.param(neg.Rep, rep_objects(), id="Rep"),
        pytest.param(neg.RepRange, rep_ranges(), id="RepRange"),
        pytest.param(neg.Setup, setups(), id="Setup"),
        pytest.param(neg.Basis, bases(), id="Basis"),
        pytest.param(neg.Prescription, prescriptions(), id="Prescription"),
        pytest.param(neg.Set, sets(), id="Set"),
        pytest.param(neg.Source, sources(), id="Source"),
        pytest.param(neg.Session, small_sessions(), id="Session"),
        pytest.param(neg.Athlete, athletes(), id="Athlete"),
        pytest.param(neg.TrainingLog, small_training_logs(), id="TrainingLog"),
        pytest.param(neg.safety.Policy, policies(), id="Policy"),
        pytest.param(neg.safety.Finding, findings(), id="Finding"),
        pytest.param(neg.safety.Report, reports(), id="Report"),
        pytest.param(neg.progressions.Program, st.sampled_from(_programs()), id="Program"),
        pytest.param(neg.progressions.ProgramPlan, st.sampled_from(_plans()), id="ProgramPlan"),
        pytest.param(neg.analysis.Summary, summaries(), id="Summary"),
    ]


SLOW_OK = settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def read_error(data: Any, cls: type) -> neg.ValidationError:
    with pytest.raises(neg.ValidationError) as info:
        neg.from_dict(data, cls)
    return info.value


def json_error(text: str, cls: type) -> neg.ValidationError:
    with pytest.raises(neg.ValidationError) as info:
        neg.from_json(text, cls)
    return info.value


def session_doc(n_sets: int = 3) -> dict[str, Any]:
    """A valid session document, as parsed from JSON (lists, not tuples)."""
    document: dict[str, Any] = json.loads(neg.to_json(curl_session(n_sets)))
    return document


def log_doc() -> dict[str, Any]:
    log = neg.TrainingLog(None, [curl_session(3), curl_session(3)])
    document: dict[str, Any] = json.loads(neg.to_json(log))
    return document


def plain_json_problems(value: Any, path: str = "$") -> list[str]:
    """Where ``value`` holds something other than plain JSON types (exact types)."""
    kind = type(value)
    if kind is dict:
        out = [f"{path}: key {key!r}" for key in value if type(key) is not str]
        for key, item in value.items():
            out.extend(plain_json_problems(item, f"{path}.{key}"))
        return out
    if kind in (list, tuple):  # tuples: see test_source_rows_are_written_as_a_json_list
        out = []
        for index, item in enumerate(value):
            out.extend(plain_json_problems(item, f"{path}[{index}]"))
        return out
    if kind in (str, int, float, bool, type(None)):
        return []
    return [f"{path}: {kind.__name__} {value!r}"]


# -- round trips ---------------------------------------------------------------------------------


def test_the_documents_under_test_are_exactly_the_public_kinds() -> None:
    assert {param.values[0] for param in documents()} == set(KINDS)
    assert len(set(KINDS.values())) == len(KINDS)


@pytest.mark.parametrize(("cls", "strategy"), documents())
@SLOW_OK
@given(data=st.data())
def test_from_json_of_to_json_is_identity_with_and_without_indent(
    cls: type, strategy: st.SearchStrategy[object], data: st.DataObject
) -> None:
    obj = data.draw(strategy)
    assert type(obj) is cls
    text = neg.to_json(obj)
    parsed = json.loads(text)
    assert type(parsed) is dict
    assert parsed["schema"] == SCHEMA_VERSION == 1
    assert parsed["kind"] == KINDS[cls]
    assert list(parsed)[:2] == ["schema", "kind"]
    assert neg.from_json(text, cls) == obj
    indented = neg.to_json(obj, indent=2)
    assert "\n  " in indented
    assert json.loads(indented) == parsed
    assert neg.from_json(indented, cls) == obj


@pytest.mark.parametrize(("cls", "strategy"), documents())
@SLOW_OK
@given(data=st.data())
def test_from_dict_of_to_dict_is_identity_and_to_dict_holds_plain_json_values(
    cls: type, strategy: st.SearchStrategy[object], data: st.DataObject
) -> None:
    obj = data.draw(strategy)
    document = neg.to_dict(obj)
    # enums are written as plain str (type(x) is str), dates as text, nothing else sneaks in
    assert plain_json_problems(document) == []
    before = copy.deepcopy(document)
    assert neg.from_dict(document, cls) == obj
    assert document == before  # reading does not modify its input


def test_source_rows_are_written_as_a_json_list() -> None:
    document = neg.to_dict(neg.Source("strong", "log.csv", (2, 9)))
    assert document == json.loads(json.dumps(document))
    assert document["rows"] == [2, 9]


@settings(SLOW_OK, max_examples=min(30, present(settings.default).max_examples))
@given(small_sessions())
def test_a_session_document_lists_each_exercise_once_sorted_by_id(session: neg.Session) -> None:
    document = neg.to_dict(session)
    used = {item.exercise.id for item in session.sets} | {
        item.prescription.exercise.id for item in session.sets if item.prescription is not None
    }
    listed = [exercise["id"] for exercise in document.get("exercises", [])]
    assert listed == sorted(used)
    assert [item["exercise"] for item in document["sets"]] == [s.exercise.id for s in session.sets]


@settings(SLOW_OK, max_examples=min(20, present(settings.default).max_examples))
@given(training_logs(max_sessions=1))
def test_a_training_log_document_lists_the_exercises_of_the_log(log: neg.TrainingLog) -> None:
    document = neg.to_dict(log)
    assert [e["id"] for e in document.get("exercises", [])] == [e.id for e in log.exercises]
    assert neg.from_dict(document, neg.TrainingLog).exercises == log.exercises


def test_an_explicit_converter_writes_the_same_document_as_the_default() -> None:
    session = curl_session(2, start=dt.datetime(2026, 11, 25, 18, 30, tzinfo=dt.UTC))
    converter = neg.make_converter()
    assert neg.to_dict(session, converter=converter) == neg.to_dict(session)
    text = neg.to_json(session, converter=converter)
    assert neg.from_json(text, neg.Session, converter=converter) == session


def test_tempo_documents_use_a_value_field() -> None:
    assert (
        neg.to_json(neg.Tempo.parse("31X0")) == '{"schema": 1, "kind": "tempo", "value": "3-1-X-0"}'
    )
    assert neg.to_dict(neg.RepRange(8, 10)) == {"schema": 1, "kind": "rep_range", "value": [8, 10]}
    assert neg.to_dict(neg.kg(40)) == {"schema": 1, "kind": "load", "value": 40.0, "unit": "kg"}


def test_a_rep_phase_document_keeps_its_own_kind() -> None:
    # RepPhase's phase field once was called 'kind' and overwrote the document's kind
    phase = neg.RepPhase(phase="eccentric", load=neg.kg(40), seconds=4)
    document = neg.to_dict(phase)
    assert document == {
        "schema": 1,
        "kind": "rep_phase",
        "phase": "eccentric",
        "load": {"value": 40.0, "unit": "kg"},
        "seconds": 4.0,
    }
    assert neg.from_dict(document, neg.RepPhase) == phase


# -- document shape ---------------------------------------------------------------------------


def test_a_set_document_is_compact() -> None:
    document = neg.to_dict(curl_set())
    assert document == {
        "schema": 1,
        "kind": "set",
        "exercises": [CURL_DOC],
        "exercise": "barbell-curl",
        "reps": 8,
        "load": {"value": 40.0, "unit": "kg"},
        "tempo": "4-0-2-0",
    }
    assert list(document) == ["schema", "kind", "exercises", "exercise", "reps", "load", "tempo"]


def test_a_session_with_three_sets_of_one_exercise_lists_it_once() -> None:
    document = neg.to_dict(curl_session(3))
    assert document["exercises"] == [CURL_DOC]
    assert document["date"] == "2026-11-25"
    assert len(document["sets"]) == 3
    assert all(item == document["sets"][0] for item in document["sets"])
    assert document["sets"][0] == {
        "exercise": "barbell-curl",
        "reps": 8,
        "load": {"value": 40.0, "unit": "kg"},
        "tempo": "4-0-2-0",
    }


def test_equal_but_distinct_exercise_objects_are_listed_once() -> None:
    twin = neg.Exercise(
        "barbell-curl", "Barbell Curl", muscles=[neg.Muscle.BICEPS], equipment="barbell"
    )
    assert twin == CURL
    assert twin is not CURL
    session = neg.Session(DAY, sets=[curl_set(), neg.Set(twin, reps=5, load=neg.kg(30))])
    assert neg.to_dict(session)["exercises"] == [CURL_DOC]


def test_the_exercise_of_a_prescription_is_listed_and_referred_to_by_id() -> None:
    plan = neg.Prescription(BENCH, reps=(6, 8), sets=3)
    item = curl_set(prescription=plan)
    document = neg.to_dict(item)
    assert [e["id"] for e in document["exercises"]] == ["barbell-curl", "bench-press"]
    assert document["prescription"] == {"exercise": "bench-press", "sets": 3, "reps": [6, 8]}
    assert neg.from_dict(document, neg.Set) == item


def test_an_exercise_document_is_written_in_full() -> None:
    exercise = neg.Exercise(
        "dumbbell-curl",
        "Dumbbell Curl",
        muscles=["biceps"],
        secondary_muscles=["forearms"],
        equipment="dumbbell",
        limb_mode="alternating",
        starts_with="eccentric",
        bodyweight_fraction=0.0,
        load_convention="per_implement",
        ecc_con_ratio=1.4,
    )
    assert neg.to_dict(exercise) == {
        "schema": 1,
        "kind": "exercise",
        "id": "dumbbell-curl",
        "name": "Dumbbell Curl",
        "muscles": ["biceps"],
        "secondary_muscles": ["forearms"],
        "equipment": "dumbbell",
        "limb_mode": "alternating",
        "starts_with": "eccentric",
        "load_convention": "per_implement",
        "ecc_con_ratio": 1.4,
    }
    assert neg.to_dict(CURL) == {"schema": 1, "kind": "exercise", **CURL_DOC}


def test_a_training_log_refuses_two_different_exercises_with_one_id() -> None:
    other = neg.Exercise("barbell-curl", "Cheat Curl", muscles=["biceps"])
    first = neg.Session(DAY, sets=[curl_set()])
    second = neg.Session(DAY, sets=[neg.Set(other, reps=5, load=neg.kg(50))])
    with pytest.raises(neg.ValidationError) as info:
        neg.TrainingLog(None, [first, second])
    error = info.value
    assert error.owner == "TrainingLog"
    assert [p.loc for p in error.problems] == [("sessions", 1, "sets", 0, "exercise")]
    assert "'barbell-curl'" in str(error)
    assert "'Barbell Curl'" in str(error)
    assert "'Cheat Curl'" in str(error)


def test_a_session_with_two_different_exercises_of_one_id_is_refused_with_the_place() -> None:
    other = neg.Exercise("barbell-curl", "Cheat Curl", muscles=["biceps"])
    with pytest.raises(neg.ValidationError) as info:
        neg.Session(DAY, sets=[curl_set(), neg.Set(other, reps=5, load=neg.kg(50))])
    assert str(info.value) == (
        "Session.sets[1].exercise: two different exercises share the id 'barbell-curl' "
        "('Barbell Curl' and 'Cheat Curl'); give one a new id"
    )


def _set_answering_a_prescription_for_another_curl() -> neg.Set:
    # A set may answer a prescription for another exercise (a substitution); if both share an
    # id, a document cannot refer to them apart.
    other = neg.Exercise("barbell-curl", "Cheat Curl", muscles=["biceps"])
    return curl_set(prescription=neg.Prescription(other, reps=8))


def test_writing_two_different_exercises_of_one_id_names_the_id() -> None:
    item = _set_answering_a_prescription_for_another_curl()
    with pytest.raises(neg.ValidationError) as info:
        neg.to_dict(item)
    assert str(info.value) == (
        "two different exercises share the id 'barbell-curl' ('Barbell Curl' and 'Cheat Curl'); "
        "give one a new id"
    )
    with pytest.raises(neg.ValidationError, match="'barbell-curl'"):
        neg.to_json(item)


def test_a_failed_write_leaves_no_exercise_table_behind() -> None:
    with pytest.raises(neg.ValidationError):
        neg.to_dict(_set_answering_a_prescription_for_another_curl())
    # Outside a document, a converter writes an exercise in full, not as a reference.
    assert neg.make_converter().unstructure(CURL, neg.Exercise) == CURL_DOC
    assert neg.to_dict(curl_set())["exercises"] == [CURL_DOC]


def test_enum_values_are_written_as_plain_str() -> None:
    item = curl_set(method="partner_assisted", set_type="warmup")
    document = neg.to_dict(item)
    for value in (
        document["method"],
        document["set_type"],
        document["exercises"][0]["muscles"][0],
        document["exercises"][0]["equipment"],
    ):
        assert type(value) is str
    assert document["method"] == "partner_assisted"
    assert document["set_type"] == "warmup"
    assert type(document["load"]["unit"]) is str
    athlete = neg.Athlete("me", training_age_years=3, sex="female")
    assert type(neg.to_dict(athlete)["sex"]) is str


def test_dates_are_written_as_iso_strings() -> None:
    athlete = neg.Athlete(
        "me",
        training_age_years=3,
        concentric_1rm={"barbell-curl": neg.kg(60)},
        concentric_1rm_dates={"barbell-curl": dt.date(2026, 3, 9)},
    )
    document = neg.to_dict(athlete)
    assert document["concentric_1rm_dates"] == {"barbell-curl": "2026-03-09"}
    assert neg.to_dict(curl_session(1))["date"] == "2026-11-25"
    assert neg.from_dict(document, neg.Athlete) == athlete


@pytest.mark.parametrize(
    ("offset", "written"),
    [
        (dt.timedelta(hours=1), "2026-11-25T18:30:00+01:00"),
        (dt.timedelta(hours=-5, minutes=-30), "2026-11-25T18:30:00-05:30"),
        (dt.timedelta(0), "2026-11-25T18:30:00+00:00"),
    ],
)
def test_an_aware_start_round_trips_with_its_offset(offset: dt.timedelta, written: str) -> None:
    start = dt.datetime(2026, 11, 25, 18, 30, tzinfo=dt.timezone(offset))
    session = curl_session(1, start=start)
    text = neg.to_json(session)
    assert json.loads(text)["start"] == written
    back = neg.from_json(text, neg.Session)
    assert back == session
    assert back.start is not None
    assert back.start.utcoffset() == offset
    assert back.start.replace(tzinfo=None) == start.replace(tzinfo=None)


def test_a_start_written_with_z_is_read_as_utc() -> None:
    document = session_doc(1)
    document["start"] = "2026-11-25T18:30:00Z"
    start = neg.from_dict(document, neg.Session).start
    assert start == dt.datetime(2026, 11, 25, 18, 30, tzinfo=dt.UTC)
    assert start is not None
    assert start.utcoffset() == dt.timedelta(0)


# -- untrusted input: exact messages -------------------------------------------------------------


def test_an_out_of_range_value_deep_in_a_training_log_is_reported_with_its_json_path() -> None:
    document = log_doc()
    document["sessions"][0]["sets"][2]["reps"] = 0
    error = json_error(json.dumps(document), neg.TrainingLog)
    assert "$.sessions[0].sets[2].reps: must be >= 1, got 0" in str(error)
    assert str(error) == "$.sessions[0].sets[2].reps: must be >= 1, got 0 (allowed: from 1 to 1000)"
    assert error.owner is None
    assert [p.loc for p in error.problems] == [("sessions", 0, "sets", 2, "reps")]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("8", "$.sets[1].reps: must be a whole number, got '8'"),
        (True, "$.sets[1].reps: must be a whole number, got true"),
        (False, "$.sets[1].reps: must be a whole number, got false"),
        (8.5, "$.sets[1].reps: must be a whole number, got 8.5"),
        (None, "$.sets[1].reps: must be a whole number, got null"),
        ([8], "$.sets[1].reps: must be a whole number, got a list"),
        ({"value": 8}, "$.sets[1].reps: must be a whole number, got an object"),
    ],
)
def test_a_wrong_type_for_reps_is_refused(value: object, message: str) -> None:
    document = session_doc()
    document["sets"][1]["reps"] = value
    error = read_error(document, neg.Session)
    assert str(error) == message
    assert [p.loc for p in error.problems] == [("sets", 1, "reps")]


def test_a_whole_float_is_read_as_an_int() -> None:
    document = session_doc()
    document["sets"][1]["reps"] = 8.0
    session = neg.from_dict(document, neg.Session)
    assert session.sets[1].reps == 8
    assert type(session.sets[1].reps) is int


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("notes", None, "$.sets[0].notes: must be text, got null"),
        ("notes", 5, "$.sets[0].notes: must be text, got 5"),
        ("rpe", "8", "$.sets[0].rpe: must be a number, got '8'"),
        ("rpe", True, "$.sets[0].rpe: must be a number, got true"),
        ("tempo", 4020, "$.sets[0].tempo: must be a tempo like '3-1-2-0', got 4020"),
        ("method", 3, "$.sets[0].method: must be a method name like 'partner_assisted', got 3"),
    ],
)
def test_wrong_types_in_other_fields_are_refused(
    field: str, value: str | int | None, message: str
) -> None:
    document = session_doc()
    document["sets"][0][field] = value
    assert str(read_error(document, neg.Session)) == message


def test_a_wrong_type_for_a_bool_field_is_refused() -> None:
    data = {"schema": 1, "kind": "setup", "safety_arms": 1}
    assert str(read_error(data, neg.Setup)) == "$.safety_arms: must be true or false, got 1"


def test_an_object_where_a_list_is_expected_is_refused() -> None:
    document = session_doc()
    document["sets"] = {"0": document["sets"][0]}
    error = read_error(document, neg.Session)
    assert str(error) == "$.sets: must be a list, got an object"
    document = session_doc()
    document["exercises"][0]["muscles"] = {"biceps": True}
    assert str(read_error(document, neg.Session)).startswith(
        "$.exercises[0].muscles: must be a list, got an object"
    )


def test_a_list_where_a_map_is_expected_is_refused() -> None:
    data = {
        "schema": 1,
        "kind": "athlete",
        "id": "me",
        "training_age_years": 2,
        "concentric_1rm": [{"value": 60, "unit": "kg"}],
    }
    assert str(read_error(data, neg.Athlete)) == "$.concentric_1rm: must be an object, got a list"


@pytest.mark.parametrize("value", [[40, "kg"], "40 kg", None, 40])
def test_a_non_object_where_an_object_is_expected_is_a_located_validation_error(
    value: int | str | list[object] | None,
) -> None:
    document = session_doc()
    document["sets"][2]["load"] = value
    error = read_error(document, neg.Session)
    assert [p.loc for p in error.problems] == [("sets", 2, "load")]


@pytest.mark.parametrize(
    ("value", "got"), [([40, "kg"], "a list"), ("40 kg", "'40 kg'"), (None, "null")]
)
def test_a_non_object_where_an_object_is_expected_says_so(value: object, got: str) -> None:
    document = session_doc()
    document["sets"][2]["load"] = value
    assert str(read_error(document, neg.Session)) == (
        f'$.sets[2].load: must be an object like {{"value": 100, "unit": "kg"}}, got {got}'
    )


@pytest.mark.parametrize(
    ("remove", "message"),
    [
        (("sets", 1, "reps"), "$.sets[1].reps: required field missing"),
        (("sets", 0, "load", "unit"), "$.sets[0].load.unit: required field missing"),
        (("sets", 2, "exercise"), "$.sets[2].exercise: required field missing"),
        (("date",), "$.date: required field missing"),
        (("sets",), "$.sets: required field missing"),
        (("exercises", 0, "name"), "$.exercises[0].name: required field missing"),
    ],
)
def test_a_missing_required_field_is_reported_at_its_path(
    remove: tuple[str | int, ...], message: str
) -> None:
    document = session_doc()
    *parents, key = remove
    target: Any = document
    for part in parents:
        target = target[part]
    del target[key]
    error = read_error(document, neg.Session)
    assert str(error) == message
    assert [p.loc for p in error.problems] == [remove]


def test_a_missing_field_deep_in_a_training_log_is_reported_at_its_path() -> None:
    document = log_doc()
    del document["sessions"][1]["sets"][0]["reps"]
    error = read_error(document, neg.TrainingLog)
    assert str(error) == "$.sessions[1].sets[0].reps: required field missing"


def test_an_unknown_field_with_a_near_miss_suggests_the_field() -> None:
    document = log_doc()
    item = document["sessions"][1]["sets"][2]
    item["tempoo"] = item.pop("tempo")
    error = read_error(document, neg.TrainingLog)
    assert str(error) == "$.sessions[1].sets[2].tempoo: unknown field (did you mean 'tempo'?)"
    assert [p.loc for p in error.problems] == [("sessions", 1, "sets", 2, "tempoo")]


def test_an_unknown_field_without_a_near_miss_has_no_hint() -> None:
    document = session_doc()
    document["colour"] = "red"
    assert str(read_error(document, neg.Session)) == "$.colour: unknown field"


def test_an_unknown_field_in_a_value_document_is_refused() -> None:
    data = {"schema": 1, "kind": "tempo", "value": "3-1-2-0", "order": "eccentric-first"}
    assert str(read_error(data, neg.Tempo)) == "$.order: unknown field"


def test_an_unknown_exercise_reference_names_the_id_and_where_to_define_it() -> None:
    document = session_doc()
    document["sets"][1]["exercise"] = "barbel-curl"
    error = read_error(document, neg.Session)
    assert (
        str(error) == "$.sets[1].exercise: unknown exercise 'barbel-curl': define it in $.exercises"
    )


def test_a_reference_without_any_exercises_list_is_unknown() -> None:
    document = session_doc()
    del document["exercises"]
    error = read_error(document, neg.Session)
    assert [p.loc for p in error.problems] == [("sets", i, "exercise") for i in range(3)]
    assert all("unknown exercise 'barbell-curl'" in p.message for p in error.problems)


def test_an_invalid_exercise_is_reported_and_its_sets_still_report_their_own_problems() -> None:
    document = session_doc()
    document["exercises"][0]["muscles"] = ["bicep"]
    document["sets"][1]["reps"] = 0
    error = read_error(document, neg.Session)
    assert [p.loc for p in error.problems] == [
        ("exercises", 0, "muscles", 0),
        ("sets", 1, "reps"),
    ]
    lines = error.lines()
    assert lines[0].startswith("$.exercises[0].muscles[0]: must be one of 'chest', 'lats'")
    assert lines[0].endswith("'neck', got 'bicep'")
    assert lines[1] == "$.sets[1].reps: must be >= 1, got 0 (allowed: from 1 to 1000)"
    # the sets referring to the broken exercise are not also "unknown exercise"
    assert "unknown exercise" not in str(error)


def test_an_invalid_exercise_model_rule_is_reported_at_its_definition() -> None:
    document = session_doc()
    document["exercises"][0]["id"] = "Barbell Curl"
    for item in document["sets"]:
        item["exercise"] = "Barbell Curl"
    error = read_error(document, neg.Session)
    assert [p.loc for p in error.problems] == [("exercises", 0, "id")]
    assert str(error).startswith("$.exercises[0].id: must be a lowercase slug")


def test_a_second_definition_of_an_exercise_id_is_refused() -> None:
    document = session_doc()
    document["exercises"].append({**CURL_DOC, "name": "Cheat Curl"})
    error = read_error(document, neg.Session)
    assert str(error) == "$.exercises[1].id: defines 'barbell-curl' a second time"


def test_exercises_must_be_a_list() -> None:
    document = session_doc()
    document["exercises"] = {"barbell-curl": CURL_DOC}
    error = read_error(document, neg.Session)
    assert error.lines()[0] == "$.exercises: must be a list, got an object"


def test_an_unknown_enum_value_lists_the_allowed_values() -> None:
    document = session_doc()
    document["sets"][0]["set_type"] = "warm-up"
    assert str(read_error(document, neg.Session)) == (
        "$.sets[0].set_type: must be one of 'warmup', 'normal', 'drop', 'failure', got 'warm-up'"
    )
    document = session_doc()
    document["sets"][0]["load"]["unit"] = "stone"
    assert str(read_error(document, neg.Session)) == (
        "$.sets[0].load.unit: must be one of 'kg', 'lb', got 'stone'"
    )


def test_a_custom_method_is_kept_and_a_misspelt_one_is_refused() -> None:
    document = session_doc()
    document["sets"][0]["method"] = "cluster_eccentric"
    assert neg.from_dict(document, neg.Session).sets[0].method == "cluster_eccentric"
    document["sets"][0]["method"] = "Partner Assisted"
    message = str(read_error(document, neg.Session))
    assert message.startswith("$.sets[0].method: must be one of 'standard', 'tempo_eccentric'")
    assert message.endswith("got 'Partner Assisted'")


def test_a_bad_tempo_string_is_reported_with_the_parse_message() -> None:
    document = session_doc()
    document["sets"][0]["tempo"] = "9-9-9-9-9"
    assert str(read_error(document, neg.Session)) == (
        "$.sets[0].tempo: cannot parse tempo '9-9-9-9-9': expected four phases like '3-1-2-0' "
        "or '31X0', or words like '2 up, 4 down'; found 5 parts"
    )


def test_a_naive_start_is_refused() -> None:
    document = session_doc()
    document["start"] = "2026-11-25T18:30:00"
    error = read_error(document, neg.Session)
    assert [p.loc for p in error.problems] == [("start",)]
    assert str(error) == (
        "$.start: must be a date and time with its UTC offset, like "
        "'2026-11-25T18:30:00+01:00', got '2026-11-25T18:30:00'"
    )


def test_a_naive_start_given_in_python_is_refused_by_the_model() -> None:
    with pytest.raises(neg.ValidationError) as info:
        curl_session(1, start=dt.datetime(2026, 11, 25, 18, 30))
    assert [p.loc for p in info.value.problems] == [("start",)]
    assert "must be timezone-aware" in str(info.value)


@pytest.mark.parametrize("text", ["25/11/2026", "2026-11-25T10:00:00", "2026-13-01", ""])
def test_a_date_in_the_wrong_format_is_refused(text: str) -> None:
    document = session_doc()
    document["date"] = text
    assert str(read_error(document, neg.Session)) == (
        f"$.date: must be a date like '2026-11-25', got {text!r}"
    )


def test_a_start_that_is_not_a_datetime_is_refused() -> None:
    document = session_doc()
    document["start"] = "tonight"
    assert str(read_error(document, neg.Session)) == (
        "$.start: must be a date and time like '2026-11-25T18:30:00+01:00', got 'tonight'"
    )


@pytest.mark.parametrize("bad", [8, [8], [8, 10, 12], None, "8-10"])
def test_a_prescription_rep_range_must_be_a_pair_of_whole_numbers(bad: object) -> None:
    document = json.loads(neg.to_json(neg.Prescription(CURL, reps=(8, 10))))
    document["reps"] = bad
    error = read_error(document, neg.Prescription)
    assert [p.loc for p in error.problems] == [("reps",)]
    assert str(error).startswith("$.reps: must be a rep range [low, high] like [8, 10], got ")


@pytest.mark.parametrize(
    ("bad", "expected"),
    [
        pytest.param([8, True], [("reps",)], id="bool-in-pair"),
        pytest.param(["8", "10"], [("reps",)], id="text-in-pair"),
        pytest.param([10, 8], [("reps", 1)], id="high-below-low"),
        pytest.param([0, 5], [("reps", 0)], id="low-zero"),
    ],
)
def test_a_bad_pair_in_a_prescription_rep_range_is_reported_once_under_reps(
    bad: list[object], expected: list[tuple[str | int, ...]]
) -> None:
    document = json.loads(neg.to_json(neg.Prescription(CURL, reps=(8, 10))))
    document["reps"] = bad
    error = read_error(document, neg.Prescription)
    assert [p.loc for p in error.problems] == expected


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_literals_are_a_parse_error(constant: str) -> None:
    text = neg.to_json(curl_set()).replace("40.0", constant)
    assert constant in text
    with pytest.raises(neg.ParseError, match=f"{constant} is not a number JSON allows"):
        neg.from_json(text, neg.Set)


def test_a_non_finite_float_in_a_dict_is_a_validation_error() -> None:
    document = json.loads(neg.to_json(curl_set()))
    document["load"]["value"] = float("inf")
    assert str(read_error(document, neg.Set)) == "$.load.value: must be a finite number, got inf"
    document["load"]["value"] = float("nan")
    assert str(read_error(document, neg.Set)) == "$.load.value: must be a finite number, got nan"


def test_invalid_json_is_a_parse_error_with_line_and_column() -> None:
    with pytest.raises(neg.ParseError) as info:
        neg.from_json('{"schema": 1,\n "kind": }', neg.Set)
    assert str(info.value) == "not valid JSON at line 2 column 10: Expecting value"
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize(
    "text",
    [
        "[" * 100_000,
        "[" * 100_000 + "]" * 100_000,
        '{"schema": 1, "kind": "set", "reps": ' + '{"a": ' * 100_000 + "1" + "}" * 100_000 + "}",
    ],
    ids=["unclosed", "closed", "in-a-field"],
)
def test_deeply_nested_json_is_a_parse_error_not_a_recursion_error(text: str) -> None:
    with pytest.raises(neg.ParseError, match="nested too deeply"):
        neg.from_json(text, neg.Set)


def test_a_5000_digit_integer_is_a_parse_error() -> None:
    text = neg.to_json(curl_set()).replace('"reps": 8', '"reps": ' + "9" * 5000)
    assert "9" * 5000 in text
    with pytest.raises(neg.ParseError, match="more digits than any training value"):
        neg.from_json(text, neg.Set)


def test_text_above_max_bytes_is_a_parse_error() -> None:
    text = neg.to_json(curl_set())
    size = len(text.encode())
    with pytest.raises(neg.ParseError) as info:
        neg.from_json(text, neg.Set, max_bytes=size - 1)
    message = str(info.value)
    assert "max_bytes" in message
    assert f"the document is {size} bytes, more than the limit of {size - 1}" in message
    assert neg.from_json(text, neg.Set, max_bytes=size) == curl_set()
    assert neg.from_json(text.encode(), neg.Set, max_bytes=size) == curl_set()


def test_max_bytes_counts_utf8_bytes_not_characters() -> None:
    text = neg.to_json(curl_set(notes="Ærlig tung, å ja"))
    assert len(text.encode()) > len(text)
    with pytest.raises(neg.ParseError, match="max_bytes"):
        neg.from_json(text, neg.Set, max_bytes=len(text))


def test_the_default_max_bytes_is_64_mib() -> None:
    assert DEFAULT_MAX_BYTES == 64 * 1024 * 1024
    with pytest.raises(neg.ParseError, match="max_bytes"):
        neg.from_json(b" " * (DEFAULT_MAX_BYTES + 1), neg.Set)


def test_bytes_that_are_not_utf8_are_a_parse_error() -> None:
    with pytest.raises(neg.ParseError):
        neg.from_json(b'{"schema": 1, "kind": "set", "notes": "\xff"}', neg.Set)


def test_a_lone_surrogate_in_the_text_is_a_parse_error() -> None:
    text = neg.to_json(curl_set()).replace("4-0-2-0", "\ud800")
    with pytest.raises(neg.ParseError, match="lone surrogate"):
        neg.from_json(text, neg.Set)


def test_a_lone_surrogate_in_a_dict_is_a_validation_error() -> None:
    document = json.loads(neg.to_json(curl_set()))
    document["notes"] = "\ud800"
    error = read_error(document, neg.Set)
    assert [p.loc for p in error.problems] == [("notes",)]
    assert "lone surrogate" in str(error)


def test_from_json_refuses_non_text_with_a_type_error() -> None:
    with pytest.raises(TypeError, match="from_json\\(\\) reads text, got 3"):
        neg.from_json(3, neg.Set)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[]", "must be a JSON object, got a list"),
        ("null", "must be a JSON object, got null"),
        ('"set"', "must be a JSON object, got 'set'"),
        ("8", "must be a JSON object, got 8"),
    ],
)
def test_a_top_level_that_is_not_an_object_is_a_validation_error(text: str, message: str) -> None:
    error = json_error(text, neg.Set)
    assert str(error) == message
    assert [p.loc for p in error.problems] == [()]


def test_a_missing_schema_is_a_validation_error() -> None:
    error = json_error('{"kind": "set"}', neg.Set)
    assert str(error) == (
        '$.schema: required field missing (a negatives document starts with "schema": 1)'
    )


def test_a_newer_schema_is_refused_with_an_upgrade_hint() -> None:
    document = session_doc()
    document["schema"] = 2
    document["renamed_field"] = "x"
    with pytest.raises(neg.SchemaVersionError) as info:
        neg.from_json(json.dumps(document), neg.Session)
    error = info.value
    assert isinstance(error, ValueError)
    assert isinstance(error, neg.NegativesError)
    assert str(error) == (
        "this document uses format version 2; this version of negatives reads version 1 and "
        "older. Upgrade negatives to read it."
    )


@pytest.mark.parametrize(
    ("schema", "got"), [(0, "0"), (-1, "-1"), ("1", "'1'"), (True, "true"), (None, "null")]
)
def test_a_schema_that_is_not_a_version_is_a_validation_error(schema: object, got: str) -> None:
    document = session_doc()
    document["schema"] = schema
    error = read_error(document, neg.Session)
    assert not isinstance(error, neg.SchemaVersionError)
    assert str(error) == f"$.schema: must be a format version >= 1, got {got}"


def test_the_wrong_kind_is_a_validation_error() -> None:
    error = json_error(neg.to_json(neg.TrainingLog(None, [])), neg.Session)
    assert str(error) == "$.kind: expected 'session', got 'training_log'"
    document = session_doc()
    del document["kind"]
    assert str(read_error(document, neg.Session)) == (
        "$.kind: expected 'session', got null (field missing)"
    )


def test_all_problems_in_different_sets_are_reported_at_once() -> None:
    document = session_doc(4)
    document["sets"][0]["reps"] = 0
    document["sets"][1]["tempo"] = "fast"
    document["sets"][3]["load"]["unit"] = "stone"
    error = read_error(document, neg.Session)
    assert [p.loc for p in error.problems] == [
        ("sets", 0, "reps"),
        ("sets", 1, "tempo"),
        ("sets", 3, "load", "unit"),
    ]
    assert str(error).startswith("3 problems:\n  $.sets[0].reps: must be >= 1, got 0")


def test_all_problems_in_a_training_log_are_reported_at_once() -> None:
    document = log_doc()
    document["sessions"][0]["sets"][0]["reps"] = "8"
    document["sessions"][1]["date"] = "yesterday"
    document["sessions"][1]["sets"][2]["tempoo"] = "4-0-2-0"
    document["athlete"] = {"id": "", "training_age_years": -1}
    error = read_error(document, neg.TrainingLog)
    assert sorted(p.loc for p in error.problems) == sorted(
        [
            ("athlete", "id"),
            ("athlete", "training_age_years"),
            ("sessions", 0, "sets", 0, "reps"),
            ("sessions", 1, "date"),
            ("sessions", 1, "sets", 2, "tempoo"),
        ]
    )


def test_a_session_rule_is_reported_together_with_problems_in_its_sets() -> None:
    document = session_doc()
    document["sets"][0]["reps"] = 0
    document["start"] = "2026-11-25T18:30:00"
    error = read_error(document, neg.Session)
    assert [p.loc for p in error.problems] == [("sets", 0, "reps"), ("start",)]
    # a rule only the model knows (a session id must not be empty)
    document = session_doc()
    document["sets"][1]["reps"] = 0
    document["id"] = "  "
    error = read_error(document, neg.Session)
    assert error.lines() == [
        "$.sets[1].reps: must be >= 1, got 0 (allowed: from 1 to 1000)",
        "$.id: must not be empty",
    ]


def test_a_bad_ratio_of_an_athlete_is_located_like_the_other_maps() -> None:
    data = {
        "schema": 1,
        "kind": "athlete",
        "id": "me",
        "training_age_years": 2,
        "ecc_con_ratio": {"curl": 3},
    }
    error = read_error(data, neg.Athlete)
    assert [p.loc for p in error.problems] == [("ecc_con_ratio", "curl")]


def test_screening_and_check_ins_are_written_as_plain_json_and_read_back() -> None:
    athlete = neg.Athlete(
        "me",
        training_age_years=2,
        birth_year=1990,
        screening=neg.Screening(statins=True, current_illness=False),
        checkins=[neg.Checkin(DAY, soreness={"quadriceps": 6}, strength_loss={"glutes": 0.2})],
    )
    document = neg.to_dict(athlete)
    assert document["screening"] == {"statins": True, "current_illness": False}
    (checkin,) = document["checkins"]
    assert checkin == {
        "date": "2026-11-25",
        "soreness": {"quadriceps": 6.0},
        "strength_loss": {"glutes": 0.2},
    }
    assert all(type(key) is str for key in checkin["soreness"])  # not Muscle members
    assert neg.from_dict(json.loads(json.dumps(document)), neg.Athlete) == athlete


def test_bad_check_ins_are_located_and_reported_together() -> None:
    data = {
        "schema": 1,
        "kind": "athlete",
        "id": "me",
        "training_age_years": 2,
        "checkins": [
            {"date": "2026-11-25", "soreness": {"quads": 3, "biceps": 12}},
            {"date": "2026-11-26"},
        ],
    }
    error = read_error(data, neg.Athlete)
    assert [p.loc for p in error.problems] == [
        ("checkins", 0, "soreness", "quads"),
        ("checkins", 0, "soreness", "biceps"),
        ("checkins", 1, "soreness"),
    ]


def test_a_huge_integer_for_a_float_field_gets_a_readable_message() -> None:
    document = json.loads(neg.to_json(curl_set()))
    document["load"]["value"] = 10**400
    message = str(read_error(document, neg.Set))
    assert message.startswith("$.load.value: must be a finite number, got 1000")
    assert "OverflowError" not in message
    assert len(message) < 200


def test_a_missing_value_is_reported_once() -> None:
    error = read_error({"schema": 1, "kind": "rep_range"}, neg.RepRange)
    assert [p.loc for p in error.problems] == [("value",)]
    assert str(error) == "$.value: required field missing"


@pytest.mark.parametrize(
    ("data", "cls"),
    [
        ({"schema": 1, "kind": "tempo", "value": 5}, neg.Tempo),
        ({"schema": 1, "kind": "rep_range", "value": {"low": 8, "high": 10}}, neg.RepRange),
    ],
)
def test_a_bad_value_of_a_value_document_is_located_at_value(
    data: dict[str, object], cls: type
) -> None:
    error = read_error(data, cls)
    assert [p.loc for p in error.problems] == [("value",)]
    assert str(error).startswith("$.value: must be a ")


def test_a_bad_value_of_a_value_document_is_a_validation_error() -> None:
    error = read_error({"schema": 1, "kind": "tempo", "value": 5}, neg.Tempo)
    assert error.problems[0].message == "must be a tempo like '3-1-2-0', got 5"


@pytest.mark.parametrize(
    "rows",
    [5, "29", {"first": 2, "last": 9}, [2], list(range(10_000))],
    ids=["int", "text", "object", "one", "long-list"],
)
def test_bad_source_rows_get_one_short_type_message_at_rows(rows: object) -> None:
    error = read_error({"schema": 1, "kind": "source", "app": "strong", "rows": rows}, neg.Source)
    assert [p.loc for p in error.problems] == [("rows",)]
    assert "invalid value (" not in str(error)
    assert len(str(error)) < 300


@pytest.mark.parametrize(
    ("data", "cls"),
    [
        ({"schema": 1, "kind": "setup", 1: 2}, neg.Setup),
        ({"schema": 1, "kind": "tempo", "value": "3120", 1: 2, "a": 3}, neg.Tempo),
    ],
)
def test_a_non_text_key_is_a_validation_error(data: dict[object, object], cls: type) -> None:
    # from_dict() reads dicts from other parsers too (YAML allows non-text keys)
    error = read_error(data, cls)
    assert "1" in str(error)


# -- arbitrary input never crashes with a bare error -------------------------------------------

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=-(10**400), max_value=10**400)
    | st.floats()
    | st.text(max_size=12)
    | st.sampled_from(["kg", "lb", "3-1-2-0", "2026-11-25", "2026-11-25T18:30:00+01:00", "x"])
)
json_values = st.recursive(
    json_scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)

FUZZED: list[tuple[type, st.SearchStrategy[Any]]] = [
    (neg.Load, loads()),
    (neg.Tempo, tempos()),
    (neg.Exercise, exercises()),
    (neg.RepRange, rep_ranges()),
    (neg.Rep, rep_objects()),
    (neg.Setup, setups()),
    (neg.Prescription, prescriptions()),
    (neg.Set, sets()),
    (neg.Source, sources()),
    (neg.Session, small_sessions()),
    (neg.Athlete, athletes()),
    (neg.TrainingLog, small_training_logs()),
]
FUZZED_TYPES = [cls for cls, _ in FUZZED] + [neg.RepPhase]


def field_names(cls: type) -> list[str]:
    return [field.name for field in attrs.fields(cls)]


@st.composite
def near_documents(draw: st.DrawFn, cls: type) -> dict[str, Any]:
    """A document of the right schema and kind whose fields hold arbitrary JSON."""
    names = [*field_names(cls), "value", "exercises"]
    body = draw(st.dictionaries(st.sampled_from(names) | st.text(max_size=6), json_values))
    return {"schema": 1, "kind": KINDS[cls], **body}


def _slots(value: Any, out: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    """Every (container, key) pair in a JSON value."""
    if isinstance(value, dict):
        for key, item in value.items():
            out.append((value, key))
            _slots(item, out)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            out.append((value, index))
            _slots(item, out)
    return out


@st.composite
def mutated_documents(draw: st.DrawFn) -> tuple[type, dict[str, Any]]:
    """A valid document with one key deleted, one value replaced or one key added."""
    cls, strategy = draw(st.sampled_from(FUZZED))
    document = json.loads(neg.to_json(draw(strategy)))
    slots = _slots(document, [])
    container, key = draw(st.sampled_from(slots))
    action = draw(st.sampled_from(["delete", "replace", "add"]))
    if action == "delete":
        del container[key]
    elif action == "replace":
        container[key] = draw(json_values)
    else:
        target = container[key] if isinstance(container[key], dict) else document
        target[draw(st.text(max_size=8))] = draw(json_values)
    return cls, document


def read_or_refuse(data: Any, cls: type) -> None:
    try:
        result: object = neg.from_dict(data, cls)
    except neg.NegativesError:
        return
    assert type(result) is cls


def random_json_cases() -> st.SearchStrategy[tuple[type, Any]]:
    return st.tuples(st.sampled_from(FUZZED_TYPES), json_values)


def near_document_cases() -> st.SearchStrategy[tuple[type, Any]]:
    return st.sampled_from(FUZZED_TYPES).flatmap(
        lambda cls: st.tuples(st.just(cls), near_documents(cls))
    )


@SLOW_OK
@given(st.one_of(random_json_cases(), near_document_cases(), mutated_documents()))
def test_arbitrary_json_never_crashes_with_a_bare_error(case: tuple[type, Any]) -> None:
    cls, data = case
    read_or_refuse(data, cls)


def resolves(document: Any, loc: tuple[str | int, ...]) -> bool:
    """Whether ``loc`` points into ``document`` (its last step may be a missing field)."""
    current = document
    for step, part in enumerate(loc):
        last = step == len(loc) - 1
        if isinstance(current, dict) and isinstance(part, str):
            if part not in current:
                return last
            current = current[part]
        elif isinstance(current, list) and isinstance(part, int) and 0 <= part < len(current):
            current = current[part]
        else:
            return False
    return True


@SLOW_OK
@given(st.one_of(near_document_cases(), mutated_documents()))
def test_every_problem_is_located_at_a_path_of_the_input_and_reported_once(
    case: tuple[type, Any],
) -> None:
    cls, document = case
    problems: tuple[Any, ...] = ()
    try:
        neg.from_dict(document, cls)
    except neg.ValidationError as error:
        problems = error.problems
    except neg.SchemaVersionError:
        return
    for problem in problems:
        assert resolves(document, problem.loc), problem
    assert len(set(problems)) == len(problems)


@SLOW_OK
@given(mutated_documents())
def test_a_mutated_valid_document_never_crashes_with_a_bare_error(case: tuple[type, Any]) -> None:
    cls, document = case
    read_or_refuse(document, cls)


@SLOW_OK
@given(text=st.text(max_size=60) | json_values.map(json.dumps), cls=st.sampled_from(FUZZED_TYPES))
def test_arbitrary_text_never_crashes_from_json_with_a_bare_error(text: str, cls: type) -> None:
    # st.text() holds no lone surrogates: see test_a_lone_surrogate_in_the_text_is_...
    try:
        result: object = neg.from_json(text, cls)
    except neg.NegativesError:
        pass
    else:
        assert type(result) is cls


# -- converters ------------------------------------------------------------------------------


def test_make_converter_returns_a_fresh_converter_each_call() -> None:
    first, second = neg.make_converter(), neg.make_converter()
    assert first is not second
    assert isinstance(first, neg.serialization.NegativesConverter)
    assert isinstance(first, cattrs.Converter)
    first.register_unstructure_hook(neg.Load, lambda load: f"{load.value} {load.unit}")
    assert neg.to_dict(neg.kg(40), converter=first) == {
        "schema": 1,
        "kind": "load",
        "value": "40.0 kg",
    }
    assert neg.to_dict(neg.kg(40), converter=second) == {
        "schema": 1,
        "kind": "load",
        "value": 40.0,
        "unit": "kg",
    }
    assert neg.to_dict(neg.kg(40)) == {"schema": 1, "kind": "load", "value": 40.0, "unit": "kg"}
    assert neg.make_converter().unstructure(neg.kg(40)) == {"value": 40.0, "unit": "kg"}


def test_converters_leave_cattrs_global_converter_alone() -> None:
    neg.make_converter()
    neg.to_dict(curl_set())
    neg.from_json(neg.to_json(curl_set()), neg.Set)
    # the global converter still converts leniently, as cattrs does by default
    assert cattrs.global_converter.structure("8", int) == 8
    assert cattrs.global_converter.unstructure(dt.date(2026, 11, 25)) == dt.date(2026, 11, 25)
    converter = neg.make_converter()
    converter.register_structure_hook(neg.Unit, lambda value, _: neg.Unit.LB)
    assert cattrs.global_converter.structure("kg", neg.Unit) is neg.Unit.KG
    document = {"schema": 1, "kind": "load", "value": 1, "unit": "kg"}
    assert neg.from_dict(document, neg.Load, converter=converter) == neg.lb(1)
    assert neg.from_dict(document, neg.Load) == neg.kg(1)


@pytest.mark.parametrize(
    "call",
    [
        lambda c: neg.to_dict(neg.kg(1), converter=c),
        lambda c: neg.to_json(neg.kg(1), converter=c),
        lambda c: neg.from_dict(
            {"schema": 1, "kind": "load", "value": 1, "unit": "kg"}, neg.Load, converter=c
        ),
        lambda c: neg.from_json(
            '{"schema": 1, "kind": "load", "value": 1, "unit": "kg"}', neg.Load, converter=c
        ),
    ],
    ids=["to_dict", "to_json", "from_dict", "from_json"],
)
def test_a_plain_cattrs_converter_is_refused(call: Callable[[cattrs.Converter], object]) -> None:
    with pytest.raises(TypeError) as info:
        call(cattrs.Converter())
    assert str(info.value) == (
        "expected a converter made by negatives.make_converter(), got Converter"
    )


@pytest.mark.parametrize("obj", [3, "set", dt.date(2026, 11, 25), {"schema": 1}, neg.Unit.KG])
def test_to_dict_of_a_non_document_names_the_document_types(obj: object) -> None:
    with pytest.raises(TypeError) as info:
        neg.to_dict(obj)
    message = str(info.value)
    assert message.startswith(f"{type(obj).__name__} is not a negatives document type (")
    for cls in KINDS:
        assert cls.__name__ in message


def test_from_dict_into_a_non_document_type_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="dict is not a negatives document type"):
        neg.from_dict({"schema": 1, "kind": "dict"}, dict)


# -- bounded work on bad input --------------------------------------------------------------------


def _flood(n: int, item: object) -> str:
    return json.dumps(
        {"schema": 1, "kind": "training_log", "athlete": None, "sessions": [item] * n}
    )


def test_a_flood_of_problems_lists_the_first_hundred_and_counts_the_rest() -> None:
    with pytest.raises(neg.ValidationError) as caught:
        neg.from_json(_flood(5000, {"sets": []}), neg.TrainingLog)
    error = caught.value
    assert error.count == 5000
    assert len(error.problems) == 100
    assert error.more == 4900
    assert [p.loc for p in error.problems] == [("sessions", i, "date") for i in range(100)]
    text = str(error)
    assert text.startswith("5,000 problems:\n  $.sessions[0].date: required field missing")
    assert text.endswith("\n  and 4,900 more")
    assert text.count("\n") == 101


@pytest.mark.parametrize("limit", [1, 3, 250])
def test_max_problems_sets_how_many_are_listed(limit: int) -> None:
    with pytest.raises(neg.ValidationError) as caught:
        neg.from_json(_flood(200, {}), neg.TrainingLog, max_problems=limit)
    error = caught.value
    assert error.count == 400  # date and sets missing in each
    assert len(error.problems) == min(limit, 400)
    assert error.problems[0].loc == ("sessions", 0, "date")


@pytest.mark.parametrize(
    ("limit", "exception"),
    [(0, ValueError), (-1, ValueError), ("10", TypeError), (True, TypeError)],
)
def test_max_problems_must_be_a_positive_whole_number(
    limit: object, exception: type[Exception]
) -> None:
    with pytest.raises(exception, match="max_problems"):
        neg.from_json(_flood(1, {}), neg.TrainingLog, max_problems=limit)  # type: ignore[arg-type]  # bad inputs are the point


@given(st.lists(st.sampled_from(["good", "missing", "bad date", "bad sets"]), max_size=60))
def test_the_problems_listed_are_the_first_in_document_order_and_all_are_counted(
    kinds: list[str],
) -> None:
    items = {
        "good": {"date": "2024-01-15", "sets": []},
        "missing": {"sets": []},
        "bad date": {"date": "2024-13-45", "sets": []},
        "bad sets": {"date": "2024-01-15", "sets": 5},
    }
    text = json.dumps(
        {
            "schema": 1,
            "kind": "training_log",
            "athlete": None,
            "sessions": [items[kind] for kind in kinds],
        }
    )
    expected = [("sessions", i, "sets" if kind == "bad sets" else "date")
                for i, kind in enumerate(kinds) if kind != "good"]  # fmt: skip
    if not expected:
        assert len(neg.from_json(text, neg.TrainingLog).sessions) == len(kinds)
        return
    with pytest.raises(neg.ValidationError) as caught:
        neg.from_json(text, neg.TrainingLog, max_problems=10)
    error = caught.value
    assert [p.loc for p in error.problems] == expected[:10]
    assert error.count == len(expected)


def test_type_errors_past_the_limit_are_counted_without_being_worded() -> None:
    with pytest.raises(neg.ValidationError) as caught:
        neg.from_json(_flood(300, {"date": 20240115, "sets": "none"}), neg.TrainingLog)
    error = caught.value
    assert error.count == 600
    assert [p.loc for p in error.problems[:2]] == [
        ("sessions", 0, "date"),
        ("sessions", 0, "sets"),
    ]
    assert str(error).splitlines()[1] == (
        "  $.sessions[0].date: must be a date like '2026-11-25', got 20240115"
    )


def test_max_bytes_must_be_a_whole_number() -> None:
    with pytest.raises(TypeError, match="max_bytes must be a whole number, got '10'"):
        neg.from_json("{}", neg.Set, max_bytes="10")  # type: ignore[arg-type]


def test_a_constructor_lists_at_most_the_limit_and_counts_the_rest() -> None:
    with pytest.raises(neg.ValidationError) as caught:
        neg.TrainingLog(None, [1] * 500)  # type: ignore[list-item]
    error = caught.value
    assert (len(error.problems), error.more, error.count) == (100, 400, 500)
    assert str(error).endswith("and 400 more")


def test_a_validation_error_with_more_pickles() -> None:
    import pickle

    error = neg.ValidationError([Problem(("reps",), "must be >= 1, got 0")], "Set", 7)
    again = pickle.loads(pickle.dumps(error))
    assert (again.problems, again.owner, again.more, str(again)) == (
        error.problems,
        error.owner,
        7,
        str(error),
    )


def test_reading_with_the_converter_directly_is_bounded_too() -> None:
    converter = neg.make_converter()
    with pytest.raises(neg.ValidationError) as caught:
        converter.structure({"athlete": None, "sessions": [{}] * 300}, neg.TrainingLog)
    assert len(caught.value.problems) <= 100
    assert caught.value.count == 600

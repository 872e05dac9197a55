"""The training model: construction, validation messages, method checks and ``Set.expand``."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable
from typing import TypeVar

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import negatives as neg
from negatives import kg, lb
from negatives._frozen import FrozenDict
from negatives.tempo import EXPLOSIVE_SECONDS

from .helpers import present
from .strategies import bar_loads, sets, training_logs

T = TypeVar("T")


CON = neg.Phase.CONCENTRIC
ECC = neg.Phase.ECCENTRIC
ISO = neg.Phase.ISOMETRIC
OSLO = dt.timezone(dt.timedelta(hours=1))
DAY = dt.date(2026, 11, 23)

CURL = neg.Exercise(
    "barbell-curl",
    "Barbell Curl",
    muscles=[neg.Muscle.BICEPS],
    secondary_muscles=[neg.Muscle.FOREARMS],
    equipment="barbell",
)
BENCH = neg.Exercise(
    "bench-press", "Bench Press", muscles=["chest"], equipment="barbell", starts_with="eccentric"
)
DB_CURL = neg.Exercise(
    "dumbbell-curl",
    "Dumbbell Curl",
    muscles=["biceps"],
    equipment="dumbbell",
    load_convention="per_implement",
)
PULL_UP = neg.Exercise(
    "pull-up", "Pull-up", muscles=["lats"], equipment="bodyweight", bodyweight_fraction=1.0
)


def curl_rep(load: neg.Load, **kwargs: object) -> neg.Rep:
    """A rep of the curl (which starts with the lift)."""
    return neg.Rep.of(load, starts_with=CURL.starts_with, **kwargs)  # type: ignore[arg-type]


def error_of(build: Callable[[], object]) -> neg.ValidationError:
    with pytest.raises(neg.ValidationError) as info:
        build()
    return info.value


# -- construction ---------------------------------------------------------------------------


def test_exercise_coerces_names_to_enums() -> None:
    ex = neg.Exercise(
        "dumbbell-row",
        "Dumbbell Row",
        muscles=["lats", "upper_back"],
        secondary_muscles=["biceps"],
        equipment="dumbbell",
        limb_mode="unilateral",
        starts_with="concentric",
        bodyweight_fraction=0,
        load_convention="per_implement",
        ecc_con_ratio=1,
    )
    assert ex.muscles == (neg.Muscle.LATS, neg.Muscle.UPPER_BACK)
    assert ex.secondary_muscles == (neg.Muscle.BICEPS,)
    assert ex.equipment is neg.Equipment.DUMBBELL
    assert ex.limb_mode is neg.LimbMode.UNILATERAL
    assert ex.starts_with is CON
    assert ex.load_convention is neg.LoadConvention.PER_IMPLEMENT
    assert type(ex.bodyweight_fraction) is float
    assert ex.ecc_con_ratio == 1.0
    assert ex.body_parts == (neg.BodyPart.BACK,)
    # one dumbbell, one arm: the logged load is the total
    assert ex.load_multiplier == 1


def test_exercise_defaults() -> None:
    ex = neg.Exercise("plank", "Plank", muscles=[])
    assert ex.muscles == ()
    assert ex.secondary_muscles == ()
    assert ex.equipment is neg.Equipment.OTHER
    assert ex.limb_mode is neg.LimbMode.BILATERAL
    assert ex.starts_with is CON
    assert ex.bodyweight_fraction == 0.0
    assert ex.load_convention is neg.LoadConvention.TOTAL
    assert ex.ecc_con_ratio is None
    assert ex.total_load(kg(20)) == kg(20)


def test_per_implement_pair_doubles_the_logged_load() -> None:
    assert DB_CURL.load_multiplier == 2
    assert DB_CURL.total_load(kg(20)) == kg(40)
    assert DB_CURL.total_load(lb(45)) == lb(90)


def test_rep_phase_construction() -> None:
    phase = neg.RepPhase(phase="eccentric", load=kg(60), seconds=4, assistance=kg(10), limbs=1)
    assert phase.phase is ECC
    assert phase.seconds == 4.0
    assert type(phase.seconds) is float
    assert phase.resistance == kg(60)
    assert phase.athlete_load == kg(50)
    assert phase.athlete_load_per_limb == kg(50)
    default = neg.RepPhase(phase=CON, load=kg(60))
    assert default.seconds is None
    assert default.assistance == kg(0)
    assert default.bodyweight == kg(0)
    assert default.limbs == 2
    assert default.athlete_load_per_limb == kg(30)


def test_rep_phase_with_bodyweight_share() -> None:
    phase = neg.RepPhase(phase=CON, load=kg(10), assistance=kg(30), bodyweight=kg(80))
    assert phase.resistance == kg(90)
    assert phase.athlete_load == kg(60)
    unknown = neg.RepPhase(phase=CON, load=kg(10), bodyweight=None)
    assert unknown.resistance is None
    assert unknown.athlete_load is None
    assert unknown.athlete_load_per_limb is None


def test_rep_construction_and_accessors() -> None:
    rep = neg.Rep.of(kg(56), tempo="4-0-2-0", assistance=kg(13))
    assert [p.phase for p in rep.phases] == [ECC, CON]
    assert rep.eccentric_load == kg(56)
    assert rep.concentric_load == kg(56)
    assert rep.assistance == kg(13)
    assert rep.athlete_eccentric_load == kg(56)
    assert rep.athlete_concentric_load == kg(43)
    assert rep.time_under_tension == 6.0
    phases = (
        neg.RepPhase(phase=ECC, load=kg(50), seconds=3),
        neg.RepPhase(phase=ISO, load=kg(50), seconds=1),
        neg.RepPhase(phase=CON, load=kg(50), seconds=1),
    )
    built = neg.Rep(list(phases))
    assert built.phases == phases
    assert built == neg.Rep(phases)
    assert built.time_under_tension == 5.0


def test_rep_of_counts_explosive_phases_as_nominal_seconds() -> None:
    rep = neg.Rep.of(kg(100), tempo="3-1-X-0")
    assert [(p.phase, p.seconds) for p in rep.phases] == [
        (ECC, 3.0),
        (ISO, 1.0),
        (CON, EXPLOSIVE_SECONDS),
    ]


def test_rep_range_construction() -> None:
    r = neg.RepRange(8, 10)
    assert 8 in r
    assert 10 in r
    assert 11 not in r
    assert 8.0 not in r
    assert str(r) == "8-10"
    assert str(neg.RepRange(5, 5)) == "5"


def test_setup_construction() -> None:
    setup = neg.Setup(spotters=2, safety_arms=True, releasers=True, partner_max_assist=kg(40))
    assert setup.spotters == 2
    assert setup.partner_max_assist == kg(40)
    assert neg.Setup() == neg.Setup(spotters=0, safety_arms=False, releasers=False)


def test_prescription_construction_and_conversions() -> None:
    p = neg.Prescription(
        CURL,
        method="partner_assisted",
        sets=2,
        reps=(8, 10),
        load=kg(56),
        fraction_1rm=1,
        rpe=9,
        tempo="two up, four down",
        overload=0.4,
        assistance=[kg(13), kg(15)],
        rest=180,
        notes="after normal sets",
    )
    assert p.method is neg.Method.PARTNER_ASSISTED
    assert p.reps == neg.RepRange(8, 10)
    assert p.tempo == neg.Tempo.parse("4-0-2-0")
    assert p.assistance == (kg(13), kg(15))
    assert p.fraction_1rm == 1.0
    assert type(p.rest) is float
    assert neg.Prescription(CURL, reps=8).reps == neg.RepRange(8, 8)
    assert neg.Prescription(CURL, reps=8).method is neg.Method.STANDARD


def test_set_construction_and_defaults() -> None:
    s = neg.Set(CURL, reps=8, load=kg(40), tempo="4-0-2-0", rpe=8, rir=2, rest=90)
    assert s.tempo == neg.Tempo(4, 0, 2, 0)
    assert s.method is neg.Method.STANDARD
    assert s.set_type is neg.SetType.NORMAL
    assert s.rpe == 8.0
    assert s.rir == 2.0
    assert s.rep_detail is None
    assert s.total_load == kg(40)
    assert s.time_under_tension == 48.0


def test_set_keeps_a_custom_method_label() -> None:
    s = neg.Set(CURL, reps=3, load=kg(40), method="cluster_eccentric")
    assert s.method == "cluster_eccentric"
    assert not isinstance(s.method, neg.Method)
    assert neg.Set(CURL, reps=3, load=kg(40), method="two_one").method is neg.Method.TWO_ONE


def test_source_construction() -> None:
    src = neg.Source("strong", "export.csv", (2, 9))
    assert src.rows == (2, 9)
    assert neg.Source("hevy").file is None


def test_session_construction() -> None:
    start = dt.datetime(2026, 11, 23, 18, 30, tzinfo=OSLO)
    items = [neg.Set(CURL, reps=8, load=kg(40)), neg.Set(BENCH, reps=5, load=kg(80))]
    session = neg.Session(
        DAY,
        sets=items,
        start=start,
        id="w-1",
        name="Push",
        notes="good day",
        setup=neg.Setup(spotters=1),
        source=neg.Source("strong"),
        extra={"Duration": "1h"},
    )
    assert session.sets == tuple(items)
    assert session.extra == {"Duration": "1h"}
    assert isinstance(session.extra, FrozenDict)
    own = neg.Setup(spotters=2)
    assert session.setup_for(items[0]) == neg.Setup(spotters=1)
    with_own = neg.Set(BENCH, reps=5, load=kg(80), setup=own)
    assert session.setup_for(with_own) is own


def test_athlete_construction() -> None:
    athlete = neg.Athlete(
        "me",
        training_age_years=3,
        concentric_1rm={"bench-press": kg(100)},
        concentric_1rm_dates={"bench-press": dt.date(2026, 1, 1)},
        ecc_con_ratio={"bench-press": 1.3},
        bodyweight=kg(80),
        sex="female",
        birth_year=1990,
    )
    assert athlete.training_age_years == 3.0
    assert athlete.sex is neg.Sex.FEMALE
    assert athlete.concentric_1rm["bench-press"] == kg(100)
    assert isinstance(athlete.concentric_1rm, FrozenDict)


def test_an_athlete_as_a_person_screening_and_check_ins() -> None:
    checkin = neg.Checkin(DAY, soreness={"quadriceps": 6}, strength_loss={neg.Muscle.GLUTES: 0.2})
    athlete = neg.Athlete(
        "me",
        training_age_years=3,
        birth_year=2009,
        screening=neg.Screening(statins=True, sickle_cell_trait=False),
        checkins=[checkin],
    )
    assert athlete.checkins == (checkin,)
    assert checkin.soreness == {neg.Muscle.QUADRICEPS: 6.0}
    assert checkin.muscles == {neg.Muscle.QUADRICEPS, neg.Muscle.GLUTES}
    assert isinstance(checkin.soreness, FrozenDict)
    screening = present(athlete.screening)
    assert screening.flagged == ("statins",)
    assert "recent_muscle_injury" in screening.unanswered
    # The age on a session's day, from the birth year: they turn 17 in 2026.
    assert athlete.age_on(dt.date(2026, 1, 1)) == 17
    assert athlete.age_on(dt.date(2027, 12, 31)) == 18
    assert neg.Athlete("x", training_age_years=1).age_on(DAY) is None


def test_an_exercise_can_be_eccentric_only() -> None:
    nordic = neg.Exercise(
        "nordic-curl", "Nordic Curl", muscles=["hamstrings"], equipment="bodyweight",
        eccentric_only=True,
    )  # fmt: skip
    assert nordic.eccentric_only
    assert not neg.Exercise("x", "X", muscles=["biceps"]).eccentric_only
    with pytest.raises(neg.ValidationError, match="eccentric_only: must be True or False"):
        neg.Exercise("x", "X", muscles=["biceps"], eccentric_only="yes")  # type: ignore[arg-type]


def test_training_log_construction() -> None:
    s1 = neg.Session(DAY, sets=[neg.Set(CURL, reps=8, load=kg(40))])
    s2 = neg.Session(DAY + dt.timedelta(days=2), sets=[neg.Set(BENCH, reps=5, load=kg(80))])
    log = neg.TrainingLog(None, [s1, s2])
    assert log.sessions == (s1, s2)
    assert log.exercises == (CURL, BENCH)  # sorted by id


def test_training_log_includes_prescription_exercises() -> None:
    plan = neg.Prescription(BENCH, reps=5)
    done = neg.Set(CURL, reps=8, load=kg(40), prescription=plan)
    log = neg.TrainingLog(None, [neg.Session(DAY, sets=[done])])
    assert {e.id for e in log.exercises} == {"barbell-curl", "bench-press"}


# -- frozen, hashable, equal from equal parts ----------------------------------------------------


def _builders() -> dict[str, Callable[[], object]]:
    return {
        "Exercise": lambda: neg.Exercise("barbell-curl", "Barbell Curl", muscles=["biceps"]),
        "RepPhase": lambda: neg.RepPhase(phase="eccentric", load=kg(40), seconds=4),
        "Rep": lambda: neg.Rep.of(kg(40), tempo="4-0-2-0", assistance=kg(5)),
        "RepRange": lambda: neg.RepRange(8, 10),
        "Setup": lambda: neg.Setup(spotters=2, partner_max_assist=kg(30)),
        "Prescription": lambda: neg.Prescription(
            CURL, reps=(8, 10), tempo="4-0-2-0", assistance=[kg(1)]
        ),
        "Set": lambda: neg.Set(
            CURL,
            reps=2,
            load=kg(40),
            tempo="4-0-2-0",
            method="partner_assisted",
            rep_detail=[curl_rep(kg(40), assistance=kg(a)) for a in (5, 10)],
        ),
        "Source": lambda: neg.Source("strong", "a.csv", (1, 3)),
        "Session": lambda: neg.Session(
            DAY,
            sets=[neg.Set(CURL, reps=8, load=kg(40))],
            start=dt.datetime(2026, 11, 23, 9, tzinfo=OSLO),
            extra={"k": "v"},
        ),
        "Athlete": lambda: neg.Athlete(
            "me",
            training_age_years=2,
            concentric_1rm={"barbell-curl": kg(50)},
            concentric_1rm_dates={"barbell-curl": DAY},
            ecc_con_ratio={"barbell-curl": 1.4},
            bodyweight=kg(80),
            screening=neg.Screening(statins=False),
            checkins=[neg.Checkin(DAY, soreness={"biceps": 3})],
        ),
        "Screening": lambda: neg.Screening(statins=True, current_illness=False),
        "Checkin": lambda: neg.Checkin(
            DAY, soreness={"quadriceps": 5}, strength_loss={"hamstrings": 0.1}
        ),
        "TrainingLog": lambda: neg.TrainingLog(
            neg.Athlete("me", training_age_years=2),
            [neg.Session(DAY, sets=[neg.Set(CURL, reps=8, load=kg(40))])],
        ),
    }


BUILDERS = _builders()


@pytest.mark.parametrize("name", sorted(BUILDERS))
def test_objects_are_frozen(name: str) -> None:
    obj = BUILDERS[name]()
    cls = type(obj)
    assert attrs.has(cls)
    field = attrs.fields(cls)[0].name
    before = getattr(obj, field)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(obj, field, before)
    assert getattr(obj, field) is before


@pytest.mark.parametrize("name", sorted(BUILDERS))
def test_objects_built_from_equal_parts_are_equal_and_hash_alike(name: str) -> None:
    a, b = BUILDERS[name](), BUILDERS[name]()
    assert a is not b
    assert a == b
    assert hash(a) == hash(b)
    assert len({a, b}) == 1


def test_athlete_with_dict_equals_athlete_with_frozen_dict() -> None:
    plain = neg.Athlete("me", training_age_years=1, concentric_1rm={"bench-press": kg(100)})
    frozen = neg.Athlete(
        "me", training_age_years=1.0, concentric_1rm=FrozenDict({"bench-press": kg(100.0)})
    )
    assert plain == frozen
    assert hash(plain) == hash(frozen)
    assert plain.concentric_1rm == {"bench-press": kg(100)}


def test_equal_parts_written_differently_build_equal_objects() -> None:
    assert neg.Set(CURL, reps=8, load=kg(40), tempo="4-0-2-0") == neg.Set(
        CURL, reps=8, load=kg(40.0), tempo=neg.Tempo.parse("4/0/2/0")
    )
    assert neg.Exercise("x", "X", muscles=["biceps"]) == neg.Exercise(
        "x", "X", muscles=(neg.Muscle.BICEPS,)
    )
    s = neg.Set(CURL, reps=8, load=kg(40))
    assert neg.Session(DAY, sets=[s]) == neg.Session(DAY, sets=(s,))
    assert hash(neg.Session(DAY, sets=[s])) == hash(neg.Session(DAY, sets=(s,)))


def test_objects_with_different_parts_differ() -> None:
    assert neg.Set(CURL, reps=8, load=kg(40)) != neg.Set(CURL, reps=8, load=kg(42.5))
    assert neg.RepRange(8, 10) != neg.RepRange(8, 12)


# -- bad inputs ----------------------------------------------------------------------------------


def _athlete(**kwargs: object) -> neg.Athlete:
    kwargs.setdefault("training_age_years", 2)
    return neg.Athlete("me", **kwargs)  # type: ignore[arg-type]


# Wrong types are the point of many of these: their type errors are ignored.
BAD_INPUTS: list[tuple[str, Callable[[], object], str]] = [
    (
        "set-reps-zero",
        lambda: neg.Set(CURL, reps=0, load=kg(40)),
        "Set.reps: must be >= 1, got 0 (allowed: from 1 to 1000)",
    ),
    (
        "set-reps-fraction",
        lambda: neg.Set(CURL, reps=8.5, load=kg(40)),  # type: ignore[arg-type]
        "Set.reps: must be a whole number, got 8.5",
    ),
    (
        "set-reps-text",
        lambda: neg.Set(CURL, reps="8", load=kg(40)),  # type: ignore[arg-type]
        "Set.reps: must be a whole number, got '8'",
    ),
    (
        "set-reps-bool",
        lambda: neg.Set(CURL, reps=True, load=kg(40)),
        "Set.reps: must be a whole number, got bool True",
    ),
    (
        "set-reps-too-many",
        lambda: neg.Set(CURL, reps=1001, load=kg(40)),
        "Set.reps: must be <= 1000, got 1001",
    ),
    (
        "set-negative-load",
        lambda: neg.Set(CURL, reps=8, load=kg(-5)),
        "Set.load: must be >= 0, got -5 kg (a load on the bar cannot be negative)",
    ),
    (
        "set-absurd-load",
        lambda: neg.Set(CURL, reps=8, load=kg(1001)),
        "Set.load: must be <= 1000 kg, got 1001 kg",
    ),
    (
        "set-load-float",
        lambda: neg.Set(CURL, reps=8, load=40.0),  # type: ignore[arg-type]
        "Set.load: must be a Load such as kg(40) or lb(95), got 40.0",
    ),
    (
        "set-rpe-nan",
        lambda: neg.Set(CURL, reps=8, load=kg(40), rpe=math.nan),
        "Set.rpe: must be a finite number, got nan",
    ),
    (
        "set-rpe-above-10",
        lambda: neg.Set(CURL, reps=8, load=kg(40), rpe=11),
        "Set.rpe: must be <= 10, got 11 (allowed: from 1 to 10)",
    ),
    (
        "set-rpe-rir-disagree",
        lambda: neg.Set(CURL, reps=8, load=kg(40), rpe=8, rir=3),
        "Set.rir: disagrees with rpe: rpe 8 means rir 2",
    ),
    (
        "set-method-with-spaces",
        lambda: neg.Set(CURL, reps=8, load=kg(40), method="my method"),
        "Set.method: must be one of 'standard', 'tempo_eccentric'",
    ),
    (
        "set-type-unknown",
        lambda: neg.Set(CURL, reps=8, load=kg(40), set_type="cooldown"),
        "Set.set_type: must be one of 'warmup', 'normal', 'drop', 'failure'; got 'cooldown'",
    ),
    (
        "set-exercise-not-exercise",
        lambda: neg.Set("barbell-curl", reps=8, load=kg(40)),  # type: ignore[arg-type]
        "Set.exercise: must be an Exercise, got 'barbell-curl'",
    ),
    (
        "set-rep-detail-not-rep",
        lambda: neg.Set(CURL, reps=1, load=kg(40), rep_detail=["rep"]),  # type: ignore[list-item]
        "Set.rep_detail[0]: must be a Rep, got 'rep'",
    ),
    (
        "set-rest-negative",
        lambda: neg.Set(CURL, reps=8, load=kg(40), rest=-1),
        "Set.rest: must be >= 0 s, got -1 s",
    ),
    (
        "exercise-unknown-equipment",
        lambda: neg.Exercise("x", "X", muscles=[], equipment="trampoline"),
        "Exercise.equipment: must be one of 'barbell', 'dumbbell'",
    ),
    (
        "exercise-unknown-muscle",
        lambda: neg.Exercise("x", "X", muscles=["bicep"]),
        "Exercise.muscles[0]: must be one of 'chest'",
    ),
    (
        "exercise-muscle-twice",
        lambda: neg.Exercise("x", "X", muscles=["biceps", "biceps"]),
        "Exercise.muscles: lists a muscle group twice",
    ),
    (
        "exercise-secondary-repeats-primary",
        lambda: neg.Exercise("x", "X", muscles=["biceps"], secondary_muscles=["biceps"]),
        "Exercise.secondary_muscles: repeats primary muscles (biceps)",
    ),
    (
        "exercise-id-not-slug",
        lambda: neg.Exercise("Barbell Curl", "Barbell Curl", muscles=["biceps"]),
        "Exercise.id: must be a lowercase slug of letters, digits and single hyphens, like "
        "'barbell-curl', got 'Barbell Curl'",
    ),
    (
        "exercise-id-double-hyphen",
        lambda: neg.Exercise("barbell--curl", "Barbell Curl", muscles=["biceps"]),
        "Exercise.id: must be a lowercase slug",
    ),
    (
        "exercise-empty-name",
        lambda: neg.Exercise("x", "  ", muscles=[]),
        "Exercise.name: must not be empty",
    ),
    (
        "exercise-starts-isometric",
        lambda: neg.Exercise("x", "X", muscles=[], starts_with="isometric"),
        "Exercise.starts_with: must be 'eccentric' or 'concentric', got 'isometric'",
    ),
    (
        "exercise-bodyweight-fraction",
        lambda: neg.Exercise("x", "X", muscles=[], bodyweight_fraction=1.5),
        "Exercise.bodyweight_fraction: must be <= 1, got 1.5 (allowed: from 0 to 1)",
    ),
    (
        "exercise-ratio",
        lambda: neg.Exercise("x", "X", muscles=[], ecc_con_ratio=0.5),
        "Exercise.ecc_con_ratio: must be >= 1, got 0.5 (allowed: from 1 to 2)",
    ),
    (
        "session-datetime-date",
        lambda: neg.Session(dt.datetime(2026, 11, 23, 18, 0), sets=[]),
        "Session.date: must be a date without a time; put the time in start",
    ),
    (
        "session-text-date",
        lambda: neg.Session("2026-11-23", sets=[]),  # type: ignore[arg-type]
        "Session.date: must be a date, got '2026-11-23'",
    ),
    (
        "session-naive-start",
        lambda: neg.Session(DAY, sets=[], start=dt.datetime(2026, 11, 23, 18, 0)),
        "Session.start: must be timezone-aware",
    ),
    (
        "session-non-set",
        lambda: neg.Session(DAY, sets=[neg.Set(CURL, reps=8, load=kg(40)), "8 x 40"]),  # type: ignore[list-item]
        "Session.sets[1]: must be a Set, got '8 x 40'",
    ),
    (
        "session-extra-not-text",
        lambda: neg.Session(DAY, sets=[], extra={"Workout #": 3}),  # type: ignore[dict-item]
        "Session.extra.Workout #: keys and values must be text",
    ),
    (
        "athlete-negative-training-age",
        lambda: _athlete(training_age_years=-1),
        "Athlete.training_age_years: must be >= 0 years, got -1 years "
        "(allowed: from 0 to 80 years)",
    ),
    (
        "athlete-zero-1rm",
        lambda: _athlete(concentric_1rm={"bench-press": kg(0)}),
        "Athlete.concentric_1rm.bench-press: must be > 0, got 0 kg",
    ),
    (
        "athlete-1rm-not-a-load",
        lambda: _athlete(concentric_1rm={"bench-press": 100}),
        "Athlete.concentric_1rm.bench-press: must be a Load such as kg(40) or lb(95), got 100",
    ),
    (
        "athlete-1rm-key-not-an-id",
        lambda: _athlete(concentric_1rm={"Bench Press": kg(100)}),
        "Athlete.concentric_1rm.Bench Press: keys must be exercise ids",
    ),
    (
        "athlete-tiny-bodyweight",
        lambda: _athlete(bodyweight=kg(5)),
        "Athlete.bodyweight: must be between 20 and 400 kg, got 5 kg",
    ),
    (
        "athlete-date-without-1rm",
        lambda: _athlete(concentric_1rm_dates={"bench-press": dt.date(2026, 1, 1)}),
        "Athlete.concentric_1rm_dates.bench-press: dates a 1RM that concentric_1rm does not list",
    ),
    (
        "athlete-1rm-date-is-datetime",
        lambda: _athlete(
            concentric_1rm={"bench-press": kg(100)},
            concentric_1rm_dates={"bench-press": dt.datetime(2026, 1, 1, 9)},
        ),
        "Athlete.concentric_1rm_dates.bench-press: must be a date, got datetime",
    ),
    (
        "athlete-unknown-sex",
        lambda: _athlete(sex="x"),
        "Athlete.sex: must be one of 'female', 'male'; got 'x'",
    ),
    (
        "athlete-birth-year",
        lambda: _athlete(birth_year=1800),
        "Athlete.birth_year: must be >= 1900, got 1800",
    ),
    (
        "athlete-screening-not-a-screening",
        lambda: _athlete(screening={"statins": True}),
        "Athlete.screening: must be a Screening or None, got dict",
    ),
    (
        "athlete-checkin-not-a-checkin",
        lambda: _athlete(checkins=["sore legs"]),
        "Athlete.checkins[0]: must be a Checkin, got 'sore legs'",
    ),
    (
        "screening-answer-not-a-bool",
        lambda: neg.Screening(statins="yes"),  # type: ignore[arg-type]
        "Screening.statins: must be True, False or None (not asked), got 'yes'",
    ),
    (
        "checkin-soreness-out-of-range",
        lambda: neg.Checkin(DAY, soreness={"quadriceps": 11}),
        "Checkin.soreness.quadriceps: must be <= 10, got 11 (allowed: from 0 to 10)",
    ),
    (
        "checkin-unknown-muscle",
        lambda: neg.Checkin(DAY, soreness={"quads": 3}),
        "Checkin.soreness.quads: must be one of 'chest'",
    ),
    (
        "checkin-strength-loss-percent",
        lambda: neg.Checkin(DAY, strength_loss={"hamstrings": 20}),
        "Checkin.strength_loss.hamstrings: must be <= 1, got 20 (allowed: from 0 to 1); it is a "
        "fraction: did you mean 0.20?",
    ),
    (
        "checkin-empty",
        lambda: neg.Checkin(DAY),
        "Checkin.soreness: a check-in needs a soreness score or a strength loss",
    ),
    (
        "checkin-datetime",
        lambda: neg.Checkin(dt.datetime(2026, 11, 23, 8), soreness={"biceps": 1}),
        "Checkin.date: must be a date without a time",
    ),
    (
        "prescription-overload-percent",
        lambda: neg.Prescription(CURL, reps=8, overload=40),
        "Prescription.overload: must be <= 1, got 40 (allowed: from 0 to 1); it is a fraction: "
        "did you mean 0.40?",
    ),
    (
        "prescription-fraction-percent",
        lambda: neg.Prescription(CURL, reps=8, fraction_1rm=75),
        "Prescription.fraction_1rm: must be <= 2, got 75 (allowed: above 0 to 2); it is a "
        "fraction: did you mean 0.75?",
    ),
    (
        "prescription-fraction-zero",
        lambda: neg.Prescription(CURL, reps=8, fraction_1rm=0),
        "Prescription.fraction_1rm: must be > 0, got 0",
    ),
    (
        "prescription-reps-bool",
        lambda: neg.Prescription(CURL, reps=True),
        "Prescription.reps: must be a number of reps or a range like (8, 10), got bool True",
    ),
    (
        "prescription-too-much-assistance",
        lambda: neg.Prescription(CURL, reps=(8, 10), assistance=[kg(1)] * 11),
        "Prescription.assistance: lists 11 reps of help for at most 10 reps",
    ),
    (
        "prescription-zero-sets",
        lambda: neg.Prescription(CURL, reps=8, sets=0),
        "Prescription.sets: must be >= 1, got 0 (allowed: from 1 to 50)",
    ),
    (
        "rep-range-reversed",
        lambda: neg.RepRange(10, 8),
        "RepRange.high: must be >= low (10), got 8",
    ),
    (
        "rep-range-zero",
        lambda: neg.RepRange(0, 8),
        "RepRange.low: must be >= 1, got 0",
    ),
    (
        "rep-phase-assistance-above-load",
        lambda: neg.RepPhase(phase=CON, load=kg(40), assistance=kg(50)),
        "RepPhase.assistance: must not exceed the load plus bodyweight share (40 kg), got 50 kg",
    ),
    (
        "rep-phase-limbs",
        lambda: neg.RepPhase(phase=CON, load=kg(40), limbs=0),
        "RepPhase.limbs: must be >= 1, got 0 (allowed: from 1 to 4)",
    ),
    (
        "rep-phase-unknown-kind",
        lambda: neg.RepPhase(phase="pause", load=kg(40)),
        "RepPhase.phase: must be one of 'eccentric', 'concentric', 'isometric'; got 'pause'",
    ),
    (
        "rep-without-eccentric",
        lambda: neg.Rep([neg.RepPhase(phase=CON, load=kg(40))]),
        "Rep.phases: must hold exactly one eccentric phase, found 0",
    ),
    (
        "rep-two-concentric",
        lambda: neg.Rep(
            [
                neg.RepPhase(phase=CON, load=kg(40)),
                neg.RepPhase(phase=ECC, load=kg(40)),
                neg.RepPhase(phase=CON, load=kg(40)),
            ]
        ),
        "Rep.phases: must hold exactly one concentric phase, found 2",
    ),
    (
        "rep-phase-not-a-phase",
        lambda: neg.Rep(["eccentric", "concentric"]),
        "Rep.phases[0]: must be a RepPhase, got 'eccentric'",
    ),
    (
        "setup-negative-spotters",
        lambda: neg.Setup(spotters=-1),
        "Setup.spotters: must be >= 0, got -1 (allowed: from 0 to 4)",
    ),
    (
        "setup-safety-arms-text",
        lambda: neg.Setup(safety_arms="yes"),  # type: ignore[arg-type]
        "Setup.safety_arms: must be True or False, got 'yes'",
    ),
    (
        "source-rows",
        lambda: neg.Source("strong", rows=(0, 3)),
        "Source.rows: must be (first, last) row numbers >= 1, got (0, 3)",
    ),
    (
        "log-session-not-session",
        lambda: neg.TrainingLog(None, ["monday"]),  # type: ignore[list-item]
        "TrainingLog.sessions[0]: must be a Session, got 'monday'",
    ),
    (
        "log-athlete-not-athlete",
        lambda: neg.TrainingLog("me", []),  # type: ignore[arg-type]
        "TrainingLog.athlete: must be an Athlete or None, got 'me'",
    ),
]


@pytest.mark.parametrize(
    ("build", "expected"),
    [pytest.param(build, expected, id=name) for name, build, expected in BAD_INPUTS],
)
def test_bad_input_is_refused_naming_class_and_field(
    build: Callable[[], object], expected: str
) -> None:
    error = error_of(build)
    assert isinstance(error, ValueError)
    assert isinstance(error, neg.NegativesError)
    assert expected in str(error)
    owner = expected.split(".", 1)[0]
    assert error.owner == owner


def test_absurd_load_in_pounds_is_refused_in_pounds() -> None:
    error = error_of(lambda: neg.Set(CURL, reps=8, load=lb(2300)))
    text = str(error)
    assert text.startswith("Set.load: must be <= ")
    assert "2204.6" in text  # the 1000 kg limit, expressed in pounds
    assert text.endswith("got 2300 lb")
    neg.Set(CURL, reps=8, load=lb(2200))  # just under the limit


def test_set_reps_zero_message_is_pinned() -> None:
    error = error_of(lambda: neg.Set(CURL, reps=0, load=kg(40)))
    assert str(error) == "Set.reps: must be >= 1, got 0 (allowed: from 1 to 1000)"
    assert error.problems == (
        neg.errors.Problem(("reps",), "must be >= 1, got 0 (allowed: from 1 to 1000)"),
    )


def test_rpe_and_rir_that_agree_are_accepted() -> None:
    s = neg.Set(CURL, reps=8, load=kg(40), rpe=8.5, rir=1.5)
    assert (s.rpe, s.rir) == (8.5, 1.5)


def test_rir_disagreement_message_cites_the_rule() -> None:
    error = error_of(lambda: neg.Set(CURL, reps=8, load=kg(40), rpe=8, rir=3))
    assert str(error) == (
        "Set.rir: disagrees with rpe: rpe 8 means rir 2 (RPE = 10 - RIR, Helms et al. 2016), got 3"
    )


def test_unknown_method_message_lists_every_method() -> None:
    error = error_of(lambda: neg.Set(CURL, reps=8, load=kg(40), method="slow negatives"))
    text = str(error)
    for method in neg.Method:
        assert repr(method.value) in text
    assert "got 'slow negatives'" in text


def test_several_problems_of_one_set_are_reported_together() -> None:
    error = error_of(lambda: neg.Set(CURL, reps=0, load=kg(-5)))
    assert len(error.problems) == 2
    assert [p.loc for p in error.problems] == [("reps",), ("load",)]
    text = str(error)
    assert text.startswith("2 problems:\n")
    assert "Set.reps: must be >= 1, got 0" in text
    assert "Set.load: must be >= 0, got -5 kg" in text


def test_several_problems_of_other_classes_are_reported_together() -> None:
    ex = error_of(
        lambda: neg.Exercise("x", "X", muscles=[], bodyweight_fraction=2, ecc_con_ratio=3)
    )
    assert {p.loc for p in ex.problems} == {("bodyweight_fraction",), ("ecc_con_ratio",)}
    ath = error_of(
        lambda: neg.Athlete(
            "me", training_age_years=-1, bodyweight=kg(5), concentric_1rm={"bench": kg(0)}
        )
    )
    assert len(ath.problems) == 3
    phase = error_of(lambda: neg.RepPhase(phase=CON, load=kg(10), seconds=-1, limbs=0))
    assert {p.loc for p in phase.problems} == {("seconds",), ("limbs",)}


def test_session_lists_every_non_set() -> None:
    error = error_of(
        lambda: neg.Session(DAY, sets=["a", 1, neg.Set(CURL, reps=1, load=kg(1))])  # type: ignore[list-item]  # the error is the point
    )
    assert [p.loc for p in error.problems] == [("sets", 0), ("sets", 1)]


def test_validation_error_lines_render_locations() -> None:
    error = error_of(lambda: neg.Set(CURL, reps=0, load=kg(-5)))
    assert error.lines() == [
        "Set.reps: must be >= 1, got 0 (allowed: from 1 to 1000)",
        "Set.load: must be >= 0, got -5 kg (a load on the bar cannot be negative)",
    ]


def test_rpe_rir_disagreement_is_reported_with_other_problems() -> None:
    error = error_of(lambda: neg.Set(CURL, reps=0, load=kg(40), rpe=8, rir=3))
    assert {p.loc for p in error.problems} == {("reps",), ("rir",)}


def test_unreadable_tempo_message_names_the_class() -> None:
    error = error_of(lambda: neg.Set(CURL, reps=8, load=kg(40), tempo="fast"))
    assert str(error).startswith("Set.tempo: cannot parse tempo 'fast'")


def test_unreadable_tempo_is_a_validation_error() -> None:
    error = error_of(lambda: neg.Set(CURL, reps=8, load=kg(40), tempo="fast"))
    assert "tempo: cannot parse tempo 'fast'" in str(error)
    assert error.problems[0].loc == ("tempo",)


def test_overload_hint_does_not_suggest_a_hundredth_of_a_plain_ratio() -> None:
    error = error_of(lambda: neg.Prescription(CURL, reps=8, overload=1.5))
    assert "Prescription.overload: must be <= 1, got 1.5" in str(error)
    assert "did you mean 0.01" not in str(error)


def test_athlete_ratio_problem_is_located_like_the_other_maps() -> None:
    error = error_of(lambda: _athlete(ecc_con_ratio={"bench-press": 3}))
    assert error.problems[0].loc == ("ecc_con_ratio", "bench-press")


def test_athlete_ratio_out_of_range_is_refused() -> None:
    error = error_of(lambda: _athlete(ecc_con_ratio={"bench-press": 3}))
    assert "must be <= 2, got 3 (allowed: from 1 to 2)" in str(error)
    assert "bench-press" in str(error)


# -- method labels checked against the phases ------------------------------------------------------


def test_accentuated_eccentric_without_rep_detail_is_refused() -> None:
    error = error_of(lambda: neg.Set(CURL, reps=5, load=kg(100), method="accentuated_eccentric"))
    assert error.problems[0].loc == ("rep_detail",)
    assert "an accentuated_eccentric set needs rep_detail" in str(error)
    assert "concentric_load=" in str(error)


@pytest.mark.parametrize("limb_mode", ["unilateral", "alternating"])
def test_two_one_on_a_one_limb_exercise_is_refused(limb_mode: str) -> None:
    ex = neg.Exercise("one-arm-curl", "One-arm Curl", muscles=["biceps"], limb_mode=limb_mode)
    error = error_of(lambda: neg.Set(ex, reps=5, load=kg(15), method="two_one"))
    assert str(error) == (
        "Set.method: two_one (lift with two limbs, lower with one) needs a bilateral "
        f"exercise; 'one-arm-curl' is {limb_mode}"
    )


def test_tempo_eccentric_without_tempo_is_refused() -> None:
    error = error_of(lambda: neg.Set(CURL, reps=5, load=kg(30), method="tempo_eccentric"))
    assert str(error) == "Set.tempo: a tempo_eccentric set needs its tempo, e.g. tempo='4-0-1-0'"
    ok = neg.Set(CURL, reps=5, load=kg(30), method="tempo_eccentric", tempo="4-0-1-0")
    assert ok.tempo == neg.Tempo(4, 0, 1, 0)


@pytest.mark.parametrize("method", ["standard", "tempo_eccentric"])
def test_heavier_lowering_labelled_standard_is_refused(method: str) -> None:
    detail = [curl_rep(kg(100), concentric_load=kg(60), tempo="4-0-1-0")] * 5
    error = error_of(
        lambda: neg.Set(
            CURL, reps=5, load=kg(100), tempo="4-0-1-0", method=method, rep_detail=detail
        )
    )
    assert str(error) == (
        "Set.method: rep 1 lowers more than it lifts (100 kg on 2 limb(s) down, 60 kg on 2 up): "
        f"that is accentuated_eccentric, not {method}"
    )


def test_fewer_limbs_down_labelled_standard_suggests_two_one() -> None:
    detail = [curl_rep(kg(60), eccentric_limbs=1)] * 2
    error = error_of(lambda: neg.Set(CURL, reps=2, load=kg(60), rep_detail=detail))
    assert "that is two_one, not standard" in str(error)


def test_two_one_rep_detail_must_lower_with_fewer_limbs() -> None:
    error = error_of(
        lambda: neg.Set(
            CURL, reps=2, load=kg(60), method="two_one", rep_detail=[curl_rep(kg(60))] * 2
        )
    )
    assert "rep 1 lowers with 2 limb(s) and lifts with 2" in str(error)
    ok = neg.Set(
        CURL,
        reps=2,
        load=kg(60),
        method="two_one",
        rep_detail=[curl_rep(kg(60), eccentric_limbs=1)] * 2,
    )
    assert ok.expand()[0].eccentric.limbs == 1


def test_accentuated_eccentric_detail_must_lower_more_than_it_lifts() -> None:
    error = error_of(
        lambda: neg.Set(
            CURL,
            reps=2,
            load=kg(60),
            method="accentuated_eccentric",
            rep_detail=[curl_rep(kg(60))] * 2,
        )
    )
    assert "must lower a heavier load than it lifts in at least one rep" in str(error)


def test_negative_only_detail_must_have_the_whole_lift_assisted() -> None:
    partial = [curl_rep(kg(60), assistance=kg(30))] * 2
    error = error_of(
        lambda: neg.Set(CURL, reps=2, load=kg(60), method="negative_only", rep_detail=partial)
    )
    assert str(error) == (
        "Set.rep_detail: rep 1: a negative_only set has the whole lift done for the athlete "
        "(assistance 60 kg), got assistance 30 kg"
    )
    full = [curl_rep(kg(60), assistance=kg(60))] * 2
    ok = neg.Set(CURL, reps=2, load=kg(60), method="negative_only", rep_detail=full)
    assert ok.expand()[1].athlete_concentric_load == kg(0)


@pytest.mark.parametrize("count", [4, 6])
def test_rep_detail_must_hold_one_rep_per_repetition(count: int) -> None:
    detail = [curl_rep(kg(100), concentric_load=kg(60))] * count
    error = error_of(
        lambda: neg.Set(
            CURL, reps=5, load=kg(100), method="accentuated_eccentric", rep_detail=detail
        )
    )
    assert str(error) == f"Set.rep_detail: must hold one Rep per repetition (5), got {count}"


def test_rep_detail_heaviest_load_must_be_the_sets_total_load() -> None:
    detail = [curl_rep(kg(100), concentric_load=kg(60))] * 5
    error = error_of(
        lambda: neg.Set(
            CURL, reps=5, load=kg(90), method="accentuated_eccentric", rep_detail=detail
        )
    )
    assert str(error) == (
        "Set.rep_detail: the heaviest load in rep_detail (100 kg) must equal the set's total "
        "load (90 kg); write the set with the load on the bar"
    )


def test_rep_detail_of_a_dumbbell_pair_uses_the_total_load() -> None:
    detail = [neg.Rep.of(kg(40), assistance=kg(a), starts_with=CON) for a in (0, 5)]
    s = neg.Set(DB_CURL, reps=2, load=kg(20), method="partner_assisted", rep_detail=detail)
    assert s.total_load == kg(40)
    wrong = [neg.Rep.of(kg(20), starts_with=CON)] * 2
    with pytest.raises(neg.ValidationError, match=re.escape("total load (40 kg)")):
        neg.Set(DB_CURL, reps=2, load=kg(20), rep_detail=wrong)


def test_rep_detail_in_another_unit_is_compared_by_mass() -> None:
    detail = [curl_rep(lb(100), assistance=lb(10))] * 2
    s = neg.Set(CURL, reps=2, load=kg(45.359237), method="partner_assisted", rep_detail=detail)
    assert s.expand() == tuple(detail)


def test_rep_detail_starting_with_the_wrong_phase_is_refused() -> None:
    wrong = [neg.Rep.of(kg(60), starts_with=ECC)] * 2  # the curl starts with the lift
    error = error_of(lambda: neg.Set(CURL, reps=2, load=kg(60), rep_detail=wrong))
    assert error.problems[0].loc[0] == "rep_detail"
    assert "starts with the eccentric phase" in str(error)


def test_method_checks_do_not_run_on_otherwise_broken_sets() -> None:
    # reps=0 already fails: the accentuated_eccentric check (which needs sane reps) is skipped,
    # and the reps problem is reported on its own.
    error = error_of(lambda: neg.Set(CURL, reps=0, load=kg(40), method="accentuated_eccentric"))
    assert [p.loc for p in error.problems] == [("reps",)]


# -- Set.expand ------------------------------------------------------------------------------------


def test_identical_reps_share_one_instance() -> None:
    reps = neg.Set(CURL, reps=8, load=kg(40), tempo="4-0-2-0").expand()
    assert len(reps) == 8
    assert reps[0] is reps[-1]
    assert all(rep is reps[0] for rep in reps)


def test_rep_detail_is_returned_as_given() -> None:
    detail = tuple(curl_rep(kg(56), assistance=kg(a)) for a in (5, 10, 15))
    s = neg.Set(CURL, reps=3, load=kg(56), method="partner_assisted", rep_detail=list(detail))
    assert s.expand() == detail
    assert s.expand(bodyweight=kg(80)) == detail


def test_phase_order_follows_the_exercise() -> None:
    curl = neg.Set(CURL, reps=1, load=kg(40), tempo="3-1-2-1").expand()[0]
    assert [(p.phase, p.seconds) for p in curl.phases] == [
        (CON, 2.0),
        (ISO, 1.0),
        (ECC, 3.0),
        (ISO, 1.0),
    ]
    bench = neg.Set(BENCH, reps=1, load=kg(80), tempo="3-1-2-1").expand()[0]
    assert [(p.phase, p.seconds) for p in bench.phases] == [
        (ECC, 3.0),
        (ISO, 1.0),
        (CON, 2.0),
        (ISO, 1.0),
    ]


def test_zero_pauses_are_left_out() -> None:
    rep = neg.Set(BENCH, reps=1, load=kg(80), tempo="4-0-2-0").expand()[0]
    assert [p.phase for p in rep.phases] == [ECC, CON]
    assert rep.time_under_tension == 6.0


def test_no_tempo_leaves_every_duration_unknown() -> None:
    s = neg.Set(CURL, reps=8, load=kg(40))
    rep = s.expand()[0]
    assert [p.phase for p in rep.phases] == [CON, ECC]
    assert all(p.seconds is None for p in rep.phases)
    assert rep.time_under_tension is None
    assert s.time_under_tension is None
    bench = neg.Set(BENCH, reps=8, load=kg(80)).expand()[0]
    assert [p.phase for p in bench.phases] == [ECC, CON]


def test_tempo_gives_durations_and_time_under_tension() -> None:
    s = neg.Set(CURL, reps=8, load=kg(40), tempo="4-0-2-0")
    rep = s.expand()[0]
    assert rep.concentric.seconds == 2.0
    assert rep.eccentric.seconds == 4.0
    assert rep.time_under_tension == 6.0
    assert s.time_under_tension == 48.0


def test_time_under_tension_of_rep_detail_is_unknown_when_any_rep_is() -> None:
    detail = [curl_rep(kg(56), tempo="4-0-2-0"), curl_rep(kg(56))]
    s = neg.Set(CURL, reps=2, load=kg(56), tempo="4-0-2-0", rep_detail=detail)
    assert s.time_under_tension is None
    timed = neg.Set(CURL, reps=2, load=kg(56), rep_detail=[curl_rep(kg(56), tempo="4-0-2-0")] * 2)
    assert timed.time_under_tension == 12.0


def test_per_implement_dumbbells_expand_to_the_total_load() -> None:
    rep = neg.Set(DB_CURL, reps=10, load=kg(20)).expand()[0]
    assert rep.eccentric.load == kg(40)
    assert rep.concentric.load == kg(40)
    assert rep.concentric.athlete_load_per_limb == kg(20)


def test_per_limb_unilateral_is_not_doubled() -> None:
    ex = neg.Exercise(
        "one-arm-press",
        "One-arm Press",
        muscles=["chest"],
        limb_mode="unilateral",
        load_convention="per_limb",
    )
    rep = neg.Set(ex, reps=5, load=kg(30)).expand()[0]
    assert rep.concentric.load == kg(30)
    assert rep.concentric.limbs == 1


def test_standard_set_has_no_assistance() -> None:
    rep = neg.Set(CURL, reps=8, load=kg(40)).expand()[0]
    assert rep.assistance == kg(0)
    assert rep.athlete_concentric_load == kg(40)
    assert rep.athlete_eccentric_load == kg(40)


def test_negative_only_assists_the_whole_lift() -> None:
    rep = neg.Set(CURL, reps=5, load=kg(60), method="negative_only").expand()[0]
    assert rep.concentric.assistance == rep.concentric.resistance == kg(60)
    assert rep.athlete_concentric_load == kg(0)
    assert rep.athlete_eccentric_load == kg(60)


def test_negative_only_bodyweight_exercise_needs_the_bodyweight() -> None:
    s = neg.Set(PULL_UP, reps=5, load=kg(10), method="negative_only")
    unknown = s.expand()[0]
    assert unknown.concentric.resistance is None
    assert unknown.concentric.assistance is None
    assert unknown.eccentric.resistance is None
    assert unknown.athlete_concentric_load is None
    known = s.expand(bodyweight=kg(80))[0]
    assert known.concentric.resistance == kg(90)
    assert known.concentric.assistance == kg(90)
    assert known.athlete_concentric_load == kg(0)
    assert known.athlete_eccentric_load == kg(90)


def test_bodyweight_share_is_in_the_sets_unit() -> None:
    dip = neg.Exercise("dip", "Dip", muscles=["triceps"], bodyweight_fraction=0.9)
    s = neg.Set(dip, reps=5, load=lb(0))
    share = s.bodyweight_share(kg(80))
    assert share is not None
    assert share.unit is neg.Unit.LB
    assert share.isclose(kg(72))
    assert s.bodyweight_share(None) is None
    assert neg.Set(CURL, reps=1, load=lb(10)).bodyweight_share(None) == lb(0)


def test_partner_assisted_without_detail_leaves_the_help_unknown() -> None:
    rep = neg.Set(CURL, reps=5, load=kg(60), method="partner_assisted").expand()[0]
    assert rep.assistance is None
    assert rep.athlete_concentric_load is None
    assert rep.eccentric.assistance == kg(0)
    assert rep.athlete_eccentric_load == kg(60)


def test_two_one_lowers_with_one_limb_and_lifts_with_two() -> None:
    rep = neg.Set(CURL, reps=5, load=kg(60), method="two_one").expand()[0]
    assert rep.concentric.limbs == 2
    assert rep.eccentric.limbs == 1
    assert rep.concentric.athlete_load_per_limb == kg(30)
    assert rep.eccentric.athlete_load_per_limb == kg(60)
    assert rep.eccentric.athlete_load_per_limb == rep.concentric.athlete_load_per_limb * 2


# -- properties ------------------------------------------------------------------------------------

BODYWEIGHTS = st.none() | bar_loads(max_kg=150).filter(lambda load: load.kg >= 20)


@given(sets(), BODYWEIGHTS)
def test_athlete_share_is_never_negative_nor_above_resistance(
    s: neg.Set, bodyweight: neg.Load | None
) -> None:
    for rep in s.expand(bodyweight=bodyweight):
        for phase in rep.phases:
            share, resistance = phase.athlete_load, phase.resistance
            if share is None or resistance is None:
                continue
            assert share.value >= 0
            assert share <= resistance or share.isclose(resistance)


@given(sets())
def test_set_without_tempo_never_has_invented_seconds(s: neg.Set) -> None:
    if s.tempo is not None:
        return
    assert s.time_under_tension is None or s.rep_detail is not None
    if s.rep_detail is None:
        for rep in s.expand():
            assert rep.time_under_tension is None
            assert all(phase.seconds is None for phase in rep.phases)


@given(sets())
def test_expand_returns_reps_many_reps(s: neg.Set) -> None:
    reps = s.expand()
    assert len(reps) == s.reps
    for rep in reps:
        assert isinstance(rep, neg.Rep)
        kinds = [p.phase for p in rep.phases]
        assert kinds.count(ECC) == kinds.count(CON) == 1
        first = next(kind for kind in kinds if kind is not ISO)
        assert first is s.exercise.starts_with
    if s.rep_detail is None:
        assert all(rep is reps[0] for rep in reps)
    heaviest = max(phase.load for rep in reps for phase in rep.phases)
    assert heaviest.isclose(s.total_load, abs_tol=1e-6)


@given(sets())
def test_time_under_tension_is_the_sum_of_phase_seconds(s: neg.Set) -> None:
    if s.rep_detail is None and s.tempo is None:
        assert s.time_under_tension is None
        return
    total = 0.0
    for rep in s.expand():
        seconds = rep.time_under_tension
        if seconds is None:
            assert s.time_under_tension is None
            return
        assert all(phase.seconds is not None for phase in rep.phases)
        assert math.isclose(seconds, math.fsum(p.seconds for p in rep.phases))  # type: ignore[misc]
        total += seconds
    assert s.time_under_tension is not None
    assert math.isclose(s.time_under_tension, total, rel_tol=1e-9, abs_tol=1e-9)
    if s.rep_detail is None:
        assert s.tempo is not None
        assert math.isclose(total, s.tempo.rep_seconds() * s.reps, rel_tol=1e-9, abs_tol=1e-9)


@settings(max_examples=25)  # whole logs are slow to generate
@given(training_logs(max_sessions=3))
def test_training_log_lists_each_exercise_once(log: neg.TrainingLog) -> None:
    ids = [e.id for e in log.exercises]
    assert ids == sorted(set(ids))
    referenced = {item.exercise for session in log.sessions for item in session.sets}
    assert set(log.exercises) == referenced


def test_training_log_refuses_two_exercises_sharing_an_id() -> None:
    ez = neg.Exercise("barbell-curl", "EZ-bar Curl", muscles=["biceps"])
    monday = neg.Session(DAY, sets=[neg.Set(CURL, reps=8, load=kg(40))])
    wednesday = neg.Session(
        DAY + dt.timedelta(days=2),
        sets=[neg.Set(CURL, reps=8, load=kg(40))],
    )
    friday = neg.Session(DAY + dt.timedelta(days=4), sets=[neg.Set(ez, reps=8, load=kg(35))])
    error = error_of(lambda: neg.TrainingLog(None, [monday, wednesday, friday]))
    assert str(error) == (
        "TrainingLog.sessions[2].sets[0].exercise: two different exercises share the id "
        "'barbell-curl' ('Barbell Curl' and 'EZ-bar Curl'); give one a new id"
    )


def test_training_log_accepts_equal_exercises_built_separately() -> None:
    again = neg.Exercise(
        "barbell-curl",
        "Barbell Curl",
        muscles=["biceps"],
        secondary_muscles=["forearms"],
        equipment="barbell",
    )
    assert again is not CURL
    log = neg.TrainingLog(
        None,
        [
            neg.Session(DAY, sets=[neg.Set(CURL, reps=8, load=kg(40))]),
            neg.Session(DAY, sets=[neg.Set(again, reps=8, load=kg(40))]),
        ],
    )
    assert log.exercises == (CURL,)


def test_band_assistance_is_accepted_when_the_bodyweight_is_unknown() -> None:
    # A band-assisted pull-up: 30 kg of help, no added load, bodyweight not known. The help
    # cannot be checked against an unknown resistance, so it is kept and the share is unknown.
    phase = neg.RepPhase(phase=CON, load=kg(0), assistance=kg(30), bodyweight=None)
    assert phase.assistance == kg(30)
    assert phase.resistance is None
    assert phase.athlete_load is None


def test_all_field_problems_are_reported_together() -> None:
    with pytest.raises(neg.ValidationError) as info:
        neg.Exercise("Bad Id", "x", muscles=["bicep"], equipment="trampoline")
    assert {p.loc for p in info.value.problems} == {("id",), ("muscles", 0), ("equipment",)}
    with pytest.raises(neg.ValidationError) as info:
        neg.Set(CURL, reps=0, load=kg(40), tempo="fast", set_type="heavy")
    assert {p.loc for p in info.value.problems} == {("reps",), ("tempo",), ("set_type",)}


# -- device assistance on a set (assisted machines, bands) -------------------------------------

PULL_UP = neg.Exercise(
    "pull-up", "Pull Up", muscles=["lats"], equipment="bodyweight", bodyweight_fraction=1.0
)
ASSISTED_MACHINE = neg.Exercise(
    "custom-assisted-pull-up", "Assisted Pull Up", muscles=(), equipment="machine"
)


def test_device_assistance_helps_both_phases_of_every_rep() -> None:
    s = neg.Set(PULL_UP, reps=6, load=kg(0), assistance=kg(25))
    rep = s.expand(bodyweight=kg(80))[0]
    assert rep.athlete_concentric_load == kg(55)
    assert rep.athlete_eccentric_load == kg(55)
    assert rep.eccentric.assistance == kg(25)


def test_device_assistance_is_kept_in_the_loads_unit() -> None:
    s = neg.Set(PULL_UP, reps=6, load=lb(0), assistance=kg(10))
    rep = s.expand(bodyweight=lb(180))[0]
    assert rep.concentric.assistance is not None
    assert rep.concentric.assistance.unit is neg.Unit.LB
    assert rep.concentric.assistance.isclose(kg(10))


def test_device_assistance_beyond_the_load_of_an_unknown_exercise_makes_its_share_unknown() -> None:
    s = neg.Set(ASSISTED_MACHINE, reps=8, load=kg(0), assistance=kg(30))
    assert s.bodyweight_share(kg(80)) is None
    rep = s.expand(bodyweight=kg(80))[0]
    assert rep.concentric.bodyweight is None
    assert rep.athlete_concentric_load is None


@pytest.mark.parametrize("equipment", ["barbell", "dumbbell", "kettlebell", "smith_machine"])
def test_device_assistance_cannot_exceed_a_free_weight(equipment: str) -> None:
    ex = neg.Exercise("lift", "Lift", muscles=["chest"], equipment=equipment)
    with pytest.raises(neg.ValidationError, match=r"Set\.assistance: must not exceed the load"):
        neg.Set(ex, reps=5, load=kg(20), assistance=kg(50))
    assert neg.Set(ex, reps=5, load=kg(20), assistance=kg(5)).assistance == kg(5)


def test_device_assistance_must_be_a_load() -> None:
    with pytest.raises(neg.ValidationError, match=r"Set\.assistance: must be >= 0"):
        neg.Set(PULL_UP, reps=5, load=kg(0), assistance=kg(-10))
    with pytest.raises(neg.ValidationError, match=r"Set\.assistance: must be a Load"):
        neg.Set(PULL_UP, reps=5, load=kg(0), assistance=10)  # type: ignore[arg-type]


def test_device_assistance_round_trips_through_json() -> None:
    s = neg.Set(PULL_UP, reps=6, load=kg(0), assistance=kg(25))
    session = neg.Session(DAY, sets=[s])
    assert neg.from_json(neg.to_json(session), neg.Session) == session
    assert '"assistance"' in neg.to_json(session)
    plain = neg.Session(DAY, sets=[attrs.evolve(s, assistance=None)])
    assert '"assistance"' not in neg.to_json(plain)


def test_device_assistance_above_the_resistance_helps_with_all_of_it() -> None:
    s = neg.Set(PULL_UP, reps=3, load=kg(0), assistance=kg(90))
    rep = s.expand(bodyweight=kg(80))[0]
    assert rep.concentric.assistance == kg(80)
    assert rep.athlete_concentric_load == kg(0)
    assert s.assistance == kg(90)

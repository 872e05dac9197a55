"""Templates: evidence-based blocks, written from their sources, built safely."""

import datetime as dt
import json
from pathlib import Path

import pytest

import negatives as neg
from negatives import cli
from negatives.plates import stack
from negatives.progressions import Gym, Program, ProgramPlan, Week, build_program, templates
from negatives.safety import Finding, Severity

from .helpers import present

kg = neg.kg
MONDAY = dt.date(2026, 11, 23)
TRAINED = neg.Athlete(
    "kim",
    training_age_years=4,
    bodyweight=kg(80),
    concentric_1rm={
        "bench-press": kg(100),
        "barbell-curl": kg(50),
        "leg-press": kg(200),
        "dumbbell-bench-press": kg(30),
        "lat-pulldown": kg(70),
    },
)
NOVICE = neg.Athlete(
    "sam",
    training_age_years=0.5,
    concentric_1rm={"leg-press": kg(120), "dumbbell-bench-press": kg(16), "lat-pulldown": kg(45)},
)
SETUP = neg.Setup(spotters=2, safety_arms=True, releasers=True, partner_max_assist=kg(60))
LEG_PRESS_GYM = Gym(stack=stack(kg(10), kg(10), 30))  # a plate-loaded sled up to 300 kg


def unlisted(plan: ProgramPlan) -> list[Finding]:
    listed = {limit.code for limit in plan.limits if limit.code is not None}
    return [
        f for f in plan.report.findings if f.severity is not Severity.INFO and f.code not in listed
    ]


def test_every_template_cites_its_source_with_a_confidence() -> None:
    infos = templates.available_templates()
    assert [info.name for info in infos] == [
        "nordic-hamstring", "seed-negatives", "tempo-intro", "walker-ael",
    ]  # fmt: skip
    for info in infos:
        assert info.confidence in ("high", "medium", "low")
        if info.name != "seed-negatives":  # the seed article is coaching practice
            assert any(str(year) in info.source for year in range(1990, 2030))
        assert info.title
        assert info.summary
        assert "start" in [p.name for p in info.parameters]
    by_name = {info.name: info for info in infos}
    assert by_name["nordic-hamstring"].confidence == "high"
    assert "Mjølsnes" in by_name["nordic-hamstring"].source
    assert "Walker" in by_name["walker-ael"].source


@pytest.mark.parametrize(
    ("name", "athlete"),
    [
        ("seed-negatives", TRAINED),
        ("walker-ael", TRAINED),
        ("tempo-intro", NOVICE),
        ("nordic-hamstring", TRAINED),
    ],
)
def test_each_template_builds_for_an_athlete_it_suits_with_nothing_unlisted(
    name: str, athlete: neg.Athlete
) -> None:
    program = templates.template(name, start=MONDAY)
    plan = build_program(program, athlete, history=(), setup=SETUP, gym=LEG_PRESS_GYM)
    assert unlisted(plan) == [], plan.text()
    assert plan.sessions
    assert neg.from_json(neg.to_json(program), Program) == program


def test_the_nordic_programme_is_mjolsnes_week_by_week() -> None:
    program = templates.template("nordic-hamstring", start=MONDAY, maintenance_weeks=2)
    assert program.weeks == 12
    assert program.days == (0, 2, 4)
    (slot,) = program.slots
    assert slot.exercise.id == "nordic-curl"
    assert slot.exercise.eccentric_only
    sessions = [len(slot.week(w).days) for w in range(12)]
    assert sessions == [1, 2, 3, 3, 3, 3, 3, 3, 3, 3, 1, 1]
    assert slot.week(0) == Week(days=(2,), sets=2, reps=5)
    assert slot.week(2).reps == neg.model.RepRange(6, 8)
    assert slot.week(2).sets == 3
    assert slot.week(3).reps == neg.model.RepRange(8, 10)
    assert slot.week(4).set_reps == (12, 10, 8)
    assert slot.week(11) == Week(days=(0,), set_reps=(12, 10, 8))  # maintenance


def test_the_nordic_plan_keeps_to_the_standard_policy_and_says_what_it_leaves_out() -> None:
    program = templates.template("nordic-hamstring", start=MONDAY)
    plan = build_program(program, TRAINED, history=())
    assert plan.report.findings == ()
    weekly: dict[int, list[neg.Session]] = {}
    for session in plan.sessions:
        week = (session.date - MONDAY).days // 7
        weekly.setdefault(week, []).append(session)
    primer, first = weekly[0]
    assert primer.name.endswith("primer")
    assert first.date == MONDAY + dt.timedelta(days=4)
    assert [(s.reps) for s in first.sets] == [5, 5]  # week 1: 2 x 5, once
    assert all(len(sessions) <= 2 for sessions in weekly.values())  # NEG303
    left_out = [a for a in plan.adjustments if a.changes == ("left out",)]
    assert left_out
    assert all("NEG302" in a.codes for a in left_out)
    assert "left out:" in plan.text()
    assert "nordic-curl, Wednesdays, weeks 3-10: left out (NEG302: eccentric overload" in (
        plan.text()
    )


def test_the_nordic_plan_without_a_bodyweight_lists_the_primer_it_cannot_dose() -> None:
    unknown = neg.Athlete("x", training_age_years=3)
    plan = build_program(templates.template("nordic-hamstring", start=MONDAY), unknown, history=())
    (limit,) = [limit for limit in plan.limits if limit.code == "NEG304"]
    assert limit.message.startswith("no bodyweight")
    assert unlisted(plan) == []


def test_walker_ael_lowers_more_than_it_lifts_in_every_rep() -> None:
    program = templates.template("walker-ael", start=MONDAY)
    assert [s.prescription.reps.high for s in program.slots] == [6, 10]
    plan = build_program(program, TRAINED, history=(), setup=SETUP, gym=LEG_PRESS_GYM)
    for session in plan.sessions:
        for item in session.sets:
            if item.method is not neg.Method.ACCENTUATED_ECCENTRIC:
                continue
            for rep in present(item.rep_detail):
                down, up = present(rep.eccentric_load), present(rep.concentric_load)
                assert down > up
                assert down.kg <= 1.4 * up.kg + 1e-6  # never more than the study's +40 %
            assert "Walker et al. 2016" in neg.overload.explain(item)


def test_tempo_intro_is_no_overload_for_a_first_year_lifter() -> None:
    plan = build_program(templates.template("tempo-intro", start=MONDAY), NOVICE, history=())
    assert plan.report.findings == ()
    assert plan.limits == ()
    tempos = [present(s.sets[0].tempo).eccentric for s in plan.sessions]
    assert tempos[0] == 3
    assert max(tempos) == 5
    assert {item.method for s in plan.sessions for item in s.sets} <= {
        neg.Method.TEMPO_ECCENTRIC,
        neg.Method.STANDARD,  # the last week: lighter
    }


def test_the_seed_block_adds_one_negative_set_after_the_normal_sets() -> None:
    program = templates.template("seed-negatives", start=MONDAY, exercises=["bench-press"])
    normal, negative = program.slots
    assert normal.prescription.sets == 3
    assert normal.prescription.method is neg.Method.STANDARD
    assert negative.prescription.sets == 1
    assert negative.prescription.method is neg.Method.PARTNER_ASSISTED
    plan = build_program(program, TRAINED, history=(), setup=SETUP)
    heavy = [s for s in plan.sessions if "primer" not in s.name]
    assert all([i.method for i in s.sets][-1] is neg.Method.PARTNER_ASSISTED for s in heavy)


@pytest.mark.parametrize(
    ("name", "params", "message"),
    [
        ("wave", {}, "unknown template 'wave': use one of nordic-hamstring, seed-negatives"),
        ("seed-negatives", {"reps": 8}, "template.reps: is not a parameter of 'seed-negatives'"),
        ("nordic-hamstring", {"weeks": 11}, "template.weeks: must be <= 10"),
        ("nordic-hamstring", {"days": (0, 2)}, "must list 3 different weekdays"),
        ("walker-ael", {"releasers": "some"}, "template.releasers: must be 'every' or 'first'"),
        ("seed-negatives", {"exercises": []}, "must list at least one exercise"),
        ("seed-negatives", {"start": "monday"}, "template.start: must be a date"),
        ("tempo-intro", {"loads": {"leg-press": 60}}, "template.loads.leg-press: must be a Load"),
    ],
)
def test_bad_templates_and_parameters_are_refused_with_the_place(
    name: str, params: dict[str, object], message: str
) -> None:
    with pytest.raises(neg.ValidationError) as info:
        templates.template(name, **params)
    assert message in str(info.value)


def test_tempo_intro_takes_loads_for_lifters_without_a_tested_1rm() -> None:
    unknown = neg.Athlete("new", training_age_years=0.2)
    loads = {"leg-press": kg(60), "dumbbell-bench-press": kg(10), "lat-pulldown": kg(30)}
    program = templates.template("tempo-intro", start=MONDAY, loads=loads)
    plan = build_program(program, unknown, history=())
    assert plan.sessions[0].sets[0].load == kg(60)


# -- the command line -------------------------------------------------------------------------


def run(*argv: str) -> tuple[int, str, str]:
    import io

    out, err = io.StringIO(), io.StringIO()
    code = cli.main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def athlete(tmp_path: Path) -> str:
    path = tmp_path / "kim.json"
    path.write_text(neg.to_json(TRAINED), encoding="utf-8")
    return str(path)


def test_plan_lists_the_templates() -> None:
    code, out, _ = run("plan", "--templates")
    assert code == 0
    assert out.startswith("nordic-hamstring: The Nordic hamstring programme (high confidence)")
    assert "--param maintenance_weeks=...: weeks of once-a-week maintenance after" in out
    assert "--param start" not in out  # --start sets it


def test_plan_a_template_with_parameters(athlete: str) -> None:
    code, out, err = run(
        "plan", athlete, "--template", "nordic-hamstring", "--start", "2026-11-23",
        "--param", "maintenance_weeks=2",
    )  # fmt: skip
    assert code == 0, err
    assert out.startswith("Nordic hamstring programme: a 12-week program for kim")
    assert "Fri 2026-11-27  Nordic hamstring programme W1D3" in out
    assert "Nordic Curl: 2 x 5 at bodyweight, negative-only" in out
    assert "Mon 2027-02-08  Nordic hamstring programme W12D1" in out


def test_plan_a_template_as_json(athlete: str) -> None:
    code, out, _ = run(
        "plan", athlete, "--template", "seed-negatives", "--start", "2026-11-23", "--weeks", "2",
        "--exercise", "barbell-curl", "--spotters", "2", "--partner-max", "40kg", "--json",
    )  # fmt: skip
    assert code == 0
    data = json.loads(out)
    assert data["kind"] == "program_plan"
    plan = neg.from_json(out, neg.progressions.ProgramPlan)
    exercises = {item.exercise.id for s in plan.sessions for item in s.sets}
    assert exercises == {"barbell-curl"}


def test_plan_rounds_the_help_to_the_step_asked(athlete: str) -> None:
    code, out, _ = run(
        "plan", athlete, "--weeks", "2", "--start", "2026-11-23", "--help-step", "1kg",
        "--partner-max", "40kg", "--spotters", "2", "--json",
    )  # fmt: skip
    assert code == 0
    plan = neg.from_json(out, neg.progressions.ProgramPlan)
    helps = [
        present(rep.assistance).value
        for s in plan.sessions
        for item in s.sets
        if item.rep_detail
        for rep in item.rep_detail
    ]
    assert helps
    assert all(h == int(h) for h in helps)
    assert any(h % 2.5 for h in helps)


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (("--template", "wave"), "unknown template 'wave'"),
        (("--template", "nordic-hamstring", "--param", "sets=3"), "takes days, maintenance_weeks"),
        (("--template", "nordic-hamstring", "--param", "weeks"), "as KEY=VALUE"),
        (("--template", "nordic-hamstring", "--param", "weeks=ten"), "not a whole number"),
        (("--template", "nordic-hamstring", "--exercise", "bench-press"), "does not take it"),
        (("--template", "nordic-hamstring", "--weeks", "12"), "weeks: must be <= 10"),
        (("--template", "seed-negatives", "--param", "days=0,9"), "must be <= 6"),
    ],
)
def test_bad_template_options_are_one_line_input_errors(
    athlete: str, argv: tuple[str, ...], fragment: str
) -> None:
    code, out, err = run("plan", athlete, *argv)
    assert code == 2
    assert out == ""
    assert err.startswith("negatives: error: ")
    assert err.count("\n") == 1
    assert fragment in err


def test_plan_without_an_athlete_is_a_usage_error() -> None:
    code, _, err = run("plan")
    assert code == 2
    assert "the following arguments are required: athlete" in err

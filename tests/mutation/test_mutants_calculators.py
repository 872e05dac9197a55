"""The overload calculators: what each combination of arguments gives, and each refusal.

Every call below is rendered (the set's loads, reps, tempo, per-rep help and `explain`) and
compared with a reviewed copy in ``golden/calculators.txt``; refusals are compared with their
whole message. Set ``NEGATIVES_WRITE_GOLDEN=1`` to rewrite the copy after a deliberate change,
and review the diff: it is the point of the test.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path

import pytest

import negatives as neg
from negatives import catalog, overload
from negatives.errors import NegativesError
from negatives.plates import KG_PLATES, round_to_plates

kg, lb = neg.kg, neg.lb
GOLDEN = Path(__file__).parent / "golden" / "calculators.txt"
CURL = catalog.lookup("barbell-curl")
BENCH = catalog.lookup("bench-press")
SQUAT = catalog.lookup("back-squat")
DB_CURL = catalog.lookup("dumbbell-curl")
LEG_EXT = catalog.lookup("leg-extension")
LEG_PRESS = catalog.lookup("leg-press")
CHIN = catalog.lookup("chin-up")
DIP = catalog.lookup("dip")
NORDIC = catalog.lookup("nordic-curl")
DAY = dt.date(2026, 11, 2)


def athlete(bodyweight: float | None = 80, **maxima: float) -> neg.Athlete:
    return neg.Athlete(
        "kim",
        training_age_years=3,
        bodyweight=None if bodyweight is None else kg(bodyweight),
        concentric_1rm={key.replace("_", "-"): kg(value) for key, value in maxima.items()},
    )


def history(exercise: neg.Exercise, load: float, reps: int) -> tuple[neg.Session, ...]:
    return (neg.Session(DAY, sets=[neg.Set(exercise, reps=reps, load=kg(load))]),)


def down(load: neg.Load) -> neg.Load:
    return round_to_plates(load, bar=kg(20), plates=KG_PLATES, mode="down").total


def up(load: neg.Load) -> neg.Load:
    return round_to_plates(load, bar=kg(20), plates=KG_PLATES, mode="up").total


CALLS: dict[str, Callable[[], neg.Set]] = {
    # partner-assisted negatives
    "pan 1rm": lambda: overload.partner_assisted_negatives(CURL, one_rep_max=kg(55)),
    "pan working": lambda: overload.partner_assisted_negatives(
        CURL, working_load=kg(40), working_reps=10
    ),
    "pan athlete": lambda: overload.partner_assisted_negatives(
        BENCH, athlete=athlete(bench_press=100), reps=5, tempo="5-0-2-0"
    ),
    "pan history": lambda: overload.partner_assisted_negatives(
        BENCH, athlete=athlete(), history=history(BENCH, 80, 8), reps=3
    ),
    "pan overload": lambda: overload.partner_assisted_negatives(
        CURL, one_rep_max=kg(55), overload=0.25, reps=3, concentric_effort=0.8
    ),
    "pan zero overload": lambda: overload.partner_assisted_negatives(
        CURL, one_rep_max=kg(55), overload=0.0, reps=2
    ),
    "pan above capacity": lambda: overload.partner_assisted_negatives(
        CURL, one_rep_max=kg(55), overload=0.5, allow_above_capacity=True
    ),
    "pan round down": lambda: overload.partner_assisted_negatives(
        BENCH, one_rep_max=kg(100), reps=4, round_to=down
    ),
    "pan round up": lambda: overload.partner_assisted_negatives(
        BENCH, one_rep_max=kg(100), overload=0.3, reps=4, round_to=up
    ),
    "pan no tempo": lambda: overload.partner_assisted_negatives(
        CURL, one_rep_max=kg(55), tempo=None, reps=4
    ),
    "pan pounds": lambda: overload.partner_assisted_negatives(
        SQUAT, one_rep_max=lb(315), reps=4, setup=neg.Setup(partner_max_assist=lb(60))
    ),
    "pan dumbbells": lambda: overload.partner_assisted_negatives(
        DB_CURL, one_rep_max=kg(20), reps=4
    ),
    "pan machine": lambda: overload.partner_assisted_negatives(
        LEG_PRESS, one_rep_max=kg(200), reps=6
    ),
    "pan athlete ratio": lambda: overload.partner_assisted_negatives(
        CURL,
        athlete=neg.Athlete(
            "ann",
            training_age_years=3,
            concentric_1rm={"barbell-curl": kg(50)},
            ecc_con_ratio={"barbell-curl": 1.1},
        ),
        reps=5,
    ),
    "pan one lowering": lambda: overload.partner_assisted_negatives(
        CURL, one_rep_max=kg(55), reps=1, tempo="2.5-0-1-0"
    ),
    # accentuated eccentric
    "ael 1rm": lambda: overload.accentuated_eccentric(BENCH, one_rep_max=kg(100)),
    "ael working": lambda: overload.accentuated_eccentric(
        BENCH, working_load=kg(80), working_reps=8, reps=2
    ),
    "ael fractions": lambda: overload.accentuated_eccentric(
        SQUAT,
        one_rep_max=kg(140),
        eccentric_fraction=1.1,
        concentric_fraction=0.5,
        releasers="every",
        tempo="4-0-X-0",
    ),
    "ael athlete": lambda: overload.accentuated_eccentric(
        SQUAT, athlete=athlete(back_squat=150), reps=1
    ),
    "ael history": lambda: overload.accentuated_eccentric(
        SQUAT, athlete=athlete(), history=history(SQUAT, 120, 5)
    ),
    "ael concentric capped": lambda: overload.accentuated_eccentric(
        BENCH, one_rep_max=kg(100), concentric_fraction=0.9, reps=6, tempo="4-0-1-0"
    ),
    "ael default concentric capped": lambda: overload.accentuated_eccentric(
        BENCH, one_rep_max=kg(100), reps=12, releasers="first"
    ),
    "ael above capacity": lambda: overload.accentuated_eccentric(
        BENCH, one_rep_max=kg(100), eccentric_fraction=1.3, allow_above_capacity=True, reps=4
    ),
    "ael capped": lambda: overload.accentuated_eccentric(
        BENCH, one_rep_max=kg(100), eccentric_fraction=1.3, reps=4
    ),
    "ael round": lambda: overload.accentuated_eccentric(BENCH, one_rep_max=kg(100), round_to=down),
    # 2/1
    "two_one 1rm": lambda: overload.two_one(LEG_EXT, one_rep_max=kg(60)),
    "two_one working": lambda: overload.two_one(
        LEG_EXT, working_load=kg(45), working_reps=10, reps_per_limb=3
    ),
    "two_one fraction": lambda: overload.two_one(
        LEG_PRESS, athlete=athlete(leg_press=200), fraction=0.55, reps_per_limb=5, tempo=None
    ),
    "two_one history": lambda: overload.two_one(
        LEG_EXT, athlete=athlete(), history=history(LEG_EXT, 50, 8), round_to=down
    ),
    "two_one above capacity": lambda: overload.two_one(
        LEG_EXT, one_rep_max=kg(60), fraction=0.9, allow_above_capacity=True
    ),
    # negative-only
    "neg 1rm": lambda: overload.negative_only(BENCH, one_rep_max=kg(100)),
    "neg working": lambda: overload.negative_only(
        BENCH, working_load=kg(80), working_reps=8, reps=3
    ),
    "neg fraction": lambda: overload.negative_only(
        SQUAT, athlete=athlete(back_squat=140), fraction=0.8, tempo="6-0-X-0"
    ),
    "neg history": lambda: overload.negative_only(
        CURL, athlete=athlete(), history=history(CURL, 40, 10), round_to=down
    ),
    "neg above capacity": lambda: overload.negative_only(
        BENCH, one_rep_max=kg(100), fraction=1.0, allow_above_capacity=True, reps=8
    ),
    "neg capped": lambda: overload.negative_only(BENCH, one_rep_max=kg(100), fraction=1.0, reps=8),
    # tempo eccentrics
    "tempo working": lambda: overload.tempo_eccentrics(CURL, working_load=kg(30), working_reps=10),
    "tempo 1rm": lambda: overload.tempo_eccentrics(
        BENCH, one_rep_max=kg(100), reps=6, tempo="6-1-1-0"
    ),
    "tempo athlete": lambda: overload.tempo_eccentrics(
        SQUAT, athlete=athlete(back_squat=140), round_to=down
    ),
    "tempo history": lambda: overload.tempo_eccentrics(
        CURL, athlete=athlete(), history=history(CURL, 40, 8), tempo="3-0-X-0"
    ),
    # bodyweight negatives
    "bw chin": lambda: overload.bodyweight_negatives(CHIN, athlete=athlete()),
    "bw chin 1rm": lambda: overload.bodyweight_negatives(
        CHIN, bodyweight=kg(80), one_rep_max=kg(90), reps=6
    ),
    "bw chin added": lambda: overload.bodyweight_negatives(
        CHIN, athlete=athlete(chin_up=110), added_load=kg(20), reps=3
    ),
    "bw chin added capped": lambda: overload.bodyweight_negatives(
        CHIN, athlete=athlete(chin_up=90), added_load=kg(20), reps=5
    ),
    "bw chin share above": lambda: overload.bodyweight_negatives(
        CHIN, athlete=athlete(bodyweight=90, chin_up=80), reps=8
    ),
    "bw dip pounds": lambda: overload.bodyweight_negatives(
        DIP, bodyweight=lb(180), tempo="4-0-X-0", reps=4
    ),
    "bw nordic": lambda: overload.bodyweight_negatives(NORDIC, reps=3),
    "bw nordic bodyweight": lambda: overload.bodyweight_negatives(NORDIC, athlete=athlete()),
    "bw no share": lambda: overload.bodyweight_negatives(
        neg.Exercise("ghr", "Glute-Ham Raise", muscles=["hamstrings"], eccentric_only=True),
        athlete=athlete(),
    ),
}


def render(item: neg.Set) -> str:
    reps = item.expand()
    lines = [
        f"load {item.load}, reps {item.reps}, tempo {item.tempo}, method {item.method}",
        "eccentric " + ", ".join(f"{rep.eccentric_load}" for rep in reps),
        "concentric " + ", ".join(f"{rep.concentric_load}" for rep in reps),
        "seconds " + ", ".join(f"{rep.time_under_tension}" for rep in reps),
        "assistance " + ", ".join(f"{rep.assistance}" for rep in reps),
        overload.explain(item),
    ]
    return "\n".join(lines)


def test_calculators() -> None:
    blocks = [f"== {name}\n{render(call())}\n" for name, call in CALLS.items()]
    text = "\n".join(blocks)
    if os.environ.get("NEGATIVES_WRITE_GOLDEN"):
        GOLDEN.write_text(text, "utf-8")
    expected = GOLDEN.read_text("utf-8").split("\n== ")
    for got, want in zip(text.split("\n== "), expected, strict=True):
        assert got == want


REFUSALS: dict[str, Callable[[], object]] = {
    "pan two sources": lambda: overload.partner_assisted_negatives(
        CURL, one_rep_max=kg(55), working_load=kg(40), working_reps=10
    ),
    "pan no source": lambda: overload.partner_assisted_negatives(CURL),
    "pan working without reps": lambda: overload.partner_assisted_negatives(
        CURL, working_load=kg(40)
    ),
    "pan reps without load": lambda: overload.partner_assisted_negatives(CURL, working_reps=8),
    "pan overload percent": lambda: overload.partner_assisted_negatives(
        CURL, one_rep_max=kg(55), overload=40
    ),
    "pan overload above 1": lambda: overload.partner_assisted_negatives(
        CURL, one_rep_max=kg(55), overload=1.5
    ),
    "pan reps 0": lambda: overload.partner_assisted_negatives(CURL, one_rep_max=kg(55), reps=0),
    "pan effort": lambda: overload.partner_assisted_negatives(
        CURL, one_rep_max=kg(55), concentric_effort=1.2
    ),
    "pan bad tempo": lambda: overload.partner_assisted_negatives(
        CURL, one_rep_max=kg(55), tempo="fast"
    ),
    "pan bodyweight exercise": lambda: overload.partner_assisted_negatives(
        CHIN, one_rep_max=kg(90)
    ),
    "pan athlete without 1rm": lambda: overload.partner_assisted_negatives(CURL, athlete=athlete()),
    "pan zero 1rm": lambda: overload.partner_assisted_negatives(CURL, one_rep_max=kg(0)),
    "assistance reps": lambda: overload.partner_assistance(kg(50), kg(55), 0),
    "assistance effort": lambda: overload.partner_assistance(
        kg(50), kg(55), 3, concentric_effort=0
    ),
    "assistance 1rm": lambda: overload.partner_assistance(kg(50), kg(0), 3),
    "round_to not a load": lambda: overload.partner_assisted_negatives(
        CURL,
        one_rep_max=kg(55),
        round_to=lambda load: 5,  # type: ignore[arg-type,return-value]
    ),
    "ael eccentric fraction": lambda: overload.accentuated_eccentric(
        BENCH, one_rep_max=kg(100), eccentric_fraction=2.5
    ),
    "ael concentric fraction": lambda: overload.accentuated_eccentric(
        BENCH, one_rep_max=kg(100), concentric_fraction=1.5
    ),
    "ael concentric above eccentric": lambda: overload.accentuated_eccentric(
        BENCH, one_rep_max=kg(100), eccentric_fraction=0.9, concentric_fraction=0.95
    ),
    "ael lift as heavy as the lowering": lambda: overload.accentuated_eccentric(
        BENCH,
        one_rep_max=kg(100),
        eccentric_fraction=0.6,
        concentric_fraction=0.59,
        reps=1,
        round_to=up,  # 59 kg rounds up to 60 kg, the lowering
    ),
    "ael default lift as heavy": lambda: overload.accentuated_eccentric(
        BENCH, one_rep_max=kg(100), eccentric_fraction=0.3, reps=3
    ),
    "ael releasers": lambda: overload.accentuated_eccentric(
        BENCH,
        one_rep_max=kg(100),
        releasers="some",  # type: ignore[arg-type]
    ),
    "ael bodyweight exercise": lambda: overload.accentuated_eccentric(CHIN, one_rep_max=kg(90)),
    "two_one reps": lambda: overload.two_one(LEG_EXT, one_rep_max=kg(60), reps_per_limb=0),
    "two_one fraction": lambda: overload.two_one(LEG_EXT, one_rep_max=kg(60), fraction=1.5),
    "two_one fraction zero": lambda: overload.two_one(LEG_EXT, one_rep_max=kg(60), fraction=0),
    "neg fraction": lambda: overload.negative_only(BENCH, one_rep_max=kg(100), fraction=2.5),
    "neg reps": lambda: overload.negative_only(BENCH, one_rep_max=kg(100), reps=-1),
    "neg bodyweight exercise": lambda: overload.negative_only(CHIN, one_rep_max=kg(90)),
    "tempo no tempo": lambda: overload.tempo_eccentrics(
        CURL,
        one_rep_max=kg(55),
        tempo=None,  # type: ignore[arg-type]
    ),
    "tempo bodyweight exercise": lambda: overload.tempo_eccentrics(CHIN, one_rep_max=kg(90)),
    "neg no bodyweight share": lambda: overload.negative_only(
        catalog.lookup("pistol-squat"), one_rep_max=kg(60)
    ),
    "ael band": lambda: overload.accentuated_eccentric(
        catalog.lookup("band-glute-kickback"), one_rep_max=kg(20)
    ),
    "tempo flywheel": lambda: overload.tempo_eccentrics(
        neg.Exercise("fw-squat", "Flywheel Squat", muscles=["quadriceps"], equipment="flywheel"),
        one_rep_max=kg(100),
    ),
    "pan eccentric-only": lambda: overload.partner_assisted_negatives(
        neg.Exercise("ghr", "Glute-Ham Raise", muscles=["hamstrings"], eccentric_only=True),
        one_rep_max=kg(60),
    ),
    "bw bar exercise": lambda: overload.bodyweight_negatives(BENCH, bodyweight=kg(80)),
    "bw no bodyweight": lambda: overload.bodyweight_negatives(CHIN),
    "bw zero bodyweight": lambda: overload.bodyweight_negatives(CHIN, bodyweight=kg(0)),
    "bw negative added": lambda: overload.bodyweight_negatives(
        CHIN, bodyweight=kg(80), added_load=kg(-5)
    ),
    "bw zero 1rm": lambda: overload.bodyweight_negatives(
        CHIN, bodyweight=kg(80), one_rep_max=kg(0)
    ),
    "bw reps": lambda: overload.bodyweight_negatives(CHIN, bodyweight=kg(80), reps=0),
}

REFUSAL_GOLDEN = Path(__file__).parent / "golden" / "calculator_refusals.txt"


def test_refusals() -> None:
    lines = []
    for name, call in REFUSALS.items():
        with pytest.raises(NegativesError) as error:
            call()
        lines.append(f"{name}: {type(error.value).__name__}: {error.value}")
    text = "\n".join(lines) + "\n"
    if os.environ.get("NEGATIVES_WRITE_GOLDEN"):
        REFUSAL_GOLDEN.write_text(text, "utf-8")
    for got, want in zip(
        text.splitlines(), REFUSAL_GOLDEN.read_text("utf-8").splitlines(), strict=True
    ):
        assert got == want


@pytest.mark.parametrize(
    ("exercise", "loaded"),
    [
        (BENCH, True),
        (CHIN, False),
        (NORDIC, False),
        (catalog.lookup("pistol-squat"), False),
        (catalog.lookup("band-glute-kickback"), False),
        (
            neg.Exercise(
                "fw-squat", "Flywheel Squat", muscles=["quadriceps"], equipment="flywheel"
            ),
            False,
        ),
        (
            neg.Exercise("ghr", "Glute-Ham Raise", muscles=["hamstrings"], eccentric_only=True),
            False,
        ),
    ],
)
def test_bar_loaded(exercise: neg.Exercise, loaded: bool) -> None:
    assert overload.bar_loaded(exercise) is loaded

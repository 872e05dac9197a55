"""A twelve-week season: double progression, an eccentric ramp and deloads, built safely.

Three lifts, two days a week. The curl follows a double progression (reps first, then load);
the bench press ramps partner-assisted negatives from 20 % to 40 % over the working load, with
a deload every fourth week (the ramp pauses on it); the leg press uses the 2/1 technique. Every
proposal goes through the standard safety policy: a progression proposes, the policy disposes,
and the builder adapts what it refuses — a lighter load, a rep fewer — so that the dose still
rises; the first heavy sessions get primers, and where progress stops the plan says so once.

Run it with ``python examples/season_program.py``; it writes ``season-weekly-load.png``
(needs ``negatives[plot]``) and ``season-report.html`` in the current directory.
"""

# --8<-- [start:program]
import datetime as dt
from pathlib import Path

import negatives as neg
from negatives.progressions import (
    Deload,
    Double,
    EccentricRamp,
    Linear,
    Program,
    ProgramSlot,
    build_program,
)

curl = neg.catalog.lookup("barbell-curl")
bench = neg.catalog.lookup("bench-press")
leg_press = neg.catalog.lookup("leg-press")

program = Program(
    name="Negatives season",
    weeks=12,
    days=(0, 3),  # Monday and Thursday
    start=dt.date(2026, 1, 5),
    slots=[
        ProgramSlot(
            prescription=neg.Prescription(curl, sets=3, reps=(8, 10), fraction_1rm=0.7),
            progression=Double(),
        ),
        ProgramSlot(
            prescription=neg.Prescription(
                bench,
                method="partner_assisted",
                sets=2,
                reps=(4, 6),  # 6 reps, down to 4 as the lowering gets heavier
                fraction_1rm=0.8,
                overload=0.2,
                tempo="4-0-2-0",
                rest=180,
            ),
            progression=Deload(every=4, base=EccentricRamp(start=0.2, end=0.4, weeks=8)),
            day=0,
        ),
        ProgramSlot(
            prescription=neg.Prescription(
                leg_press,
                method="two_one",
                sets=2,
                reps=8,
                fraction_1rm=0.5,
                tempo="5-0-1-0",
            ),
            progression=Deload(every=4, base=Linear(increment=neg.kg(5), every=2)),
            day=1,
        ),
    ],
)
athlete = neg.Athlete(
    "ana",
    training_age_years=3,
    bodyweight=neg.kg(68),
    concentric_1rm={
        "barbell-curl": neg.kg(50),
        "bench-press": neg.kg(80),
        "leg-press": neg.kg(180),
    },
)
plan = build_program(
    program, athlete, history=(), setup=neg.Setup(spotters=1, partner_max_assist=neg.kg(50))
)
# --8<-- [end:program]

# --8<-- [start:table]
for session in plan.sessions[:6]:
    sets = "; ".join(
        f"{item.exercise.id} {item.reps} x {item.load:g}"
        + (f" ({item.method})" if item.method != "standard" else "")
        for item in dict.fromkeys(session.sets)
    )
    print(f"{session.date} {sets}")
primers = [session for session in plan.sessions if session.name.endswith("primer")]
print(f"... {len(plan.sessions)} sessions in all, {len(primers)} of them primers")
print(f"{len(plan.adjustments)} proposal(s) adapted to the policy")
for stall in plan.stalls:  # said once each, from the week progress stopped
    print(f"progress stopped from week {stall.week}: {stall.reason}")
print(plan.report.text().splitlines()[0])
# --8<-- [end:table]

# --8<-- [start:pictures]
figure = neg.plot.weekly_load(plan.sessions, findings=plan.report, by="muscle")
figure.savefig("season-weekly-load.png", dpi=120)
print("wrote season-weekly-load.png")

page = neg.reporting.html(plan.sessions, athlete=athlete, history=(), title="Negatives season")
Path("season-report.html").write_text(page, encoding="utf-8")
print("wrote season-report.html")
# --8<-- [end:pictures]

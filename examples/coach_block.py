"""A coach's six-week block of partner-assisted negatives, built so the safety policy accepts it.

The coach's plan: bench press and barbell curls for an intermediate athlete (3 years of
training, bench press 1RM 110 kg), two sets of partner-assisted negatives lowered in 4 s, the
overload ramping from +25 % to +50 % over the working load (80 % of the 1RM) with a deload in
week 4. The standard policy holds every lowering to 90 % of the athlete's eccentric capacity
for its reps and lowering time: eight lowerings allow about +5 % over the 8-rep load, not +50 %.
Rather than flattening the ramp to that ceiling, the builder adapts it: heavier lowerings with a
rep fewer each week (the coach allows 4 to 8), the ramp pausing for the deload and resuming
after it, primers before the first heavy sessions, the partner's help per rep rounded to what a
spotter can judge — and a report with no error and no warning.

The gym has 0.5 kg change plates: on a 50 kg curl, 2.5 kg is a 5 % jump, too coarse to rise
every week (with the default plates the curl stops rising in week 6, and the plan says so).

Run it with ``python examples/coach_block.py``.
"""

# --8<-- [start:block]
import datetime as dt

import negatives as neg
from negatives.plates import KG_PLATES
from negatives.progressions import Deload, EccentricRamp, Gym, Program, ProgramSlot, build_program

bench = neg.catalog.lookup("bench-press")
curl = neg.catalog.lookup("barbell-curl")


def negatives(exercise, day):
    """Two sets of partner-assisted negatives: 8 reps, down to 4 as the lowering gets heavier."""
    return ProgramSlot(
        prescription=neg.Prescription(
            exercise,
            method="partner_assisted",
            sets=2,
            reps=(4, 8),
            fraction_1rm=0.8,
            overload=0.25,
            tempo="4-0-2-0",
            rest=180,
        ),
        progression=Deload(base=EccentricRamp(start=0.25, end=0.5, weeks=4)),
        day=day,
    )


program = Program(
    name="Negatives block",
    weeks=6,
    days=(0, 3),  # Monday and Thursday
    start=dt.date(2026, 11, 23),
    slots=[negatives(bench, day=0), negatives(curl, day=1)],
)
athlete = neg.Athlete(
    "coach-client",
    training_age_years=3,
    concentric_1rm={"bench-press": neg.kg(110), "barbell-curl": neg.kg(50)},
)
plan = build_program(
    program,
    athlete,
    history=(),  # no eccentric work before: first exposures get a primer
    setup=neg.Setup(spotters=1, partner_max_assist=neg.kg(60)),
    gym=Gym(plates=(*KG_PLATES, neg.kg(0.5))),
)
# --8<-- [end:block]

# --8<-- [start:print]
print(plan.text())
# --8<-- [end:print]

# --8<-- [start:rise]
print()
print("the heaviest lowering, week by week:")
for exercise in (bench, curl):
    weekly = {}
    for session in plan.sessions:
        for item in session.sets:
            if item.exercise == exercise and item.method == "partner_assisted":
                week = (session.date - program.start).days // 7 + 1
                weekly.setdefault(week, f"{item.load:g} x {item.reps}")
    print(f"  {exercise.name}: " + ", ".join(f"week {w} {text}" for w, text in weekly.items()))
# --8<-- [end:rise]

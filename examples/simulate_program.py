"""Play an eight-week program forward: how a double progression and an RPE progression respond.

The curl follows a double progression (3 x 8-10: the load goes up once every set reaches 10);
the bench press is autoregulated by RPE (3 x 5 at RPE 8: the next load from the last set's load,
reps and reported RPE). `simulate` builds the program week by week with the history so far,
lets a simulated athlete do the week (some sessions skipped, some sets short of their reps, an
RPE reported where one is asked), feeds that back as history, and goes on.

Every number the athlete "produces" is simulated by `Response`, a documented model of low
confidence: what the simulation shows is how the program's rules react, not a forecast.

Run it with ``python examples/simulate_program.py``.
"""

# --8<-- [start:simulate]
import datetime as dt

import negatives as neg
from negatives.progressions import RPE, Double, Program, ProgramSlot, Response, simulate

curl = neg.catalog.lookup("barbell-curl")
bench = neg.catalog.lookup("bench-press")

program = Program(
    name="Double and RPE",
    weeks=8,
    days=(0, 3),  # Monday and Thursday
    start=dt.date(2026, 11, 23),
    slots=[
        ProgramSlot(
            prescription=neg.Prescription(curl, sets=3, reps=(8, 10), fraction_1rm=0.7),
            progression=Double(),
        ),
        ProgramSlot(
            prescription=neg.Prescription(bench, sets=3, reps=5, fraction_1rm=0.75),
            progression=RPE(target_rpe=8),
            day=1,
        ),
    ],
)
athlete = neg.Athlete(
    "ana",
    training_age_years=3,
    concentric_1rm={"barbell-curl": neg.kg(50), "bench-press": neg.kg(110)},
)

simulation = simulate(program, athlete, seed=0, history=())
print(simulation.text())
# --8<-- [end:simulate]

# --8<-- [start:compare]
# The same athlete, reporting their effort differently: one who thinks every set was harder
# than it was (reps in reserve judged 2 low) and one who thinks it was easier (2 high).
print()
for label, bias in (("reports sets harder", 2.0), ("reports sets easier", -2.0)):
    response = Response(adherence=1.0, rir_bias=bias)
    run = simulate(program, athlete, seed=0, history=(), response=response)
    benches = [
        item.load for s in run.performed for item in s.sets[:1] if item.exercise.id == "bench-press"
    ]
    print(f"{label}: bench {' -> '.join(f'{load:g}' for load in benches)}")
# --8<-- [end:compare]

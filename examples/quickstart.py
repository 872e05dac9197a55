"""Quickstart: a session of partner-assisted negatives, analysed and saved as JSON.

Run it with ``python examples/quickstart.py``.
"""

import datetime as dt

import negatives as neg

# An exercise from the built-in catalog, found by the name a logging app writes.
curl = neg.catalog.lookup("Bicep Curl (Barbell)")

# The usual working set: 10 reps at 40 kg, lifted in 2 s and lowered in 4 s.
working = neg.Set(curl, reps=10, load=neg.kg(40), tempo="two up, four down")

# The negative set: a heavier bar than the working set. The athlete lowers alone; a partner
# helps the lift, a little more each rep as the athlete tires. The calculator works out every
# rep, and holds the bar to what five lowerings of 4 s allow (the eccentric capacity).
negatives_set = neg.overload.partner_assisted_negatives(
    curl, working_load=neg.kg(40), working_reps=10, reps=5
)
print(neg.overload.explain(negatives_set))
print()

session = neg.Session(
    dt.date(2026, 11, 23),
    sets=[working, working, negatives_set],
    name="Arms: negatives",
    setup=neg.Setup(spotters=1, partner_max_assist=neg.kg(30)),
)

rep = negatives_set.expand()[0]
print("First negative rep, phase by phase:")
for phase in rep.phases:
    print(
        f"  {phase.phase.value:<10} {phase.seconds:>3.0f} s  bar {phase.load:.1f}  "
        f"partner {phase.assistance:.1f}  athlete {phase.athlete_load:.1f}"
    )

summary = neg.analysis.summarize(session)
print(f"Volume load:           {summary.volume:.0f}")
print(
    f"Eccentric vs concentric (athlete): {summary.athlete_eccentric_volume:.0f} vs "
    f"{summary.athlete_concentric_volume:.0f}"
)
print(f"Time under tension:    {summary.time_under_tension:.0f} s")
per_muscle = ", ".join(f"{m.value} {n:g}" for m, n in summary.sets_per_muscle.items())
print(f"Sets per muscle:       {per_muscle}")

# Safety: check the session like a linter. A clean report means checked and fine; here the
# athlete has no overload work in their history, so the first-exposure rule advises a primer.
athlete = neg.Athlete("ana", training_age_years=3, concentric_1rm={"barbell-curl": neg.kg(55)})
report = neg.safety.check(session, athlete=athlete, history=())
print(report.text())

# JSON: a versioned document; reading it back gives an equal session.
text = neg.to_json(session, indent=2)
assert neg.from_json(text, neg.Session) == session
print(f"JSON document: {len(text)} characters, round-trips exactly")

# Bad input never passes silently: every problem is reported with its location.
try:
    neg.Set(curl, reps=0, load=neg.kg(-20))
except neg.ValidationError as error:
    print(f"Refused: {error}")

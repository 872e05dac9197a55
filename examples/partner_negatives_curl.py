"""Partner-assisted negatives for a barbell curl, and the picture of the set.

The seed's method: more than the usual 10 x 40 kg (it says +25 to +50 %), "two up, four down";
a partner helps the lift a little more each rep as the athlete tires, the athlete lowers alone.
Eight lowerings of 4 s hold the bar to what the standard safety policy accepts of the eccentric
capacity (about +12 % here: `overload=0.40` would ask for more than 8 such lowerings allow, and
the check would refuse it, NEG201). This script prescribes the set, prints each rep's help,
checks the session and draws its phase timeline.

Run it with ``python examples/partner_negatives_curl.py``; it writes
``curl-negatives-timeline.png`` in the current directory (needs ``negatives[plot]``).
"""

# --8<-- [start:prescribe]
import datetime as dt

import negatives as neg

curl = neg.catalog.lookup("Bicep Curl (Barbell)")  # the name a logging app writes

negative = neg.overload.partner_assisted_negatives(
    curl, working_load=neg.kg(40), working_reps=10, reps=8
)
print(f"{negative.reps} x {negative.load}, tempo {negative.tempo}")
for number, rep in enumerate(negative.expand(), start=1):
    print(
        f"  rep {number}: partner lifts {rep.assistance:.1f}, "
        f"athlete lifts {rep.athlete_concentric_load:.1f}, lowers {rep.athlete_eccentric_load:.1f}"
    )
# --8<-- [end:prescribe]

# --8<-- [start:check]
session = neg.Session(
    dt.date(2026, 11, 23),
    sets=[neg.Set(curl, reps=10, load=neg.kg(40), tempo="two up, four down"), negative],
    setup=neg.Setup(spotters=1, partner_max_assist=neg.kg(30)),
)
athlete = neg.Athlete("ana", training_age_years=3, concentric_1rm={"barbell-curl": neg.kg(55)})
report = neg.safety.check(session, athlete=athlete, history=())
print(report.text())
# --8<-- [end:check]

# --8<-- [start:timeline]
figure = neg.plot.phase_timeline(negative)
figure.savefig("curl-negatives-timeline.png", dpi=150)
print("wrote curl-negatives-timeline.png")
# --8<-- [end:timeline]

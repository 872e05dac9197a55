"""The 2/1 technique on the leg press: push with both legs, lower with one.

Each leg lowers the whole sled alone, twice what it lifts. The per-limb timeline shows it.

Run it with ``python examples/two_one_leg_press.py``; it writes
``leg-press-2-1-timeline.png`` in the current directory (needs ``negatives[plot]``).
"""

# --8<-- [start:prescribe]
import negatives as neg

leg_press = neg.catalog.lookup("Leg Press")

two_one = neg.overload.two_one(leg_press, one_rep_max=neg.kg(200), reps_per_limb=4)
print(neg.overload.explain(two_one))
rep = two_one.expand()[0]
print(
    f"each leg lifts {rep.concentric.athlete_load_per_limb:.0f} "
    f"and lowers {rep.eccentric.athlete_load_per_limb:.0f}"
)
# --8<-- [end:prescribe]

# --8<-- [start:timeline]
figure = neg.plot.phase_timeline(two_one, per_limb=True)
figure.savefig("leg-press-2-1-timeline.png", dpi=150)
print("wrote leg-press-2-1-timeline.png")
# --8<-- [end:timeline]

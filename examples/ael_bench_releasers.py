"""Accentuated eccentric loading on the bench press: weight releasers on the first rep.

The bar is loaded heavier for the first lowering; the releasers fall off at the bottom and the
athlete presses (and finishes the set with) the lighter bar. This script prescribes it from a
tested 1RM, rounds it to the plates the gym owns, explains the numbers and draws the set.

Run it with ``python examples/ael_bench_releasers.py``; it writes
``bench-ael-timeline.png`` in the current directory (needs ``negatives[plot]``).
"""

# --8<-- [start:prescribe]
import negatives as neg
from negatives import plates

bench = neg.catalog.lookup("Bench Press (Barbell)")


def to_plates(load: neg.Load) -> neg.Load:
    """The heaviest load at or below ``load`` this gym's 20 kg bar and plates can make."""
    return plates.round_to_plates(load, bar=neg.kg(20), plates=plates.KG_PLATES, mode="down").total


ael = neg.overload.accentuated_eccentric(
    bench,
    one_rep_max=neg.kg(100),
    reps=3,
    releasers="first",
    tempo="3-0-1-0",
    round_to=to_plates,
)
print(neg.overload.explain(ael))
for number, rep in enumerate(ael.expand(), start=1):
    print(f"  rep {number}: lower {rep.eccentric_load:g}, press {rep.concentric_load:g}")
# --8<-- [end:prescribe]

# --8<-- [start:timeline]
figure = neg.plot.phase_timeline(ael)
figure.savefig("bench-ael-timeline.png", dpi=150)
print("wrote bench-ael-timeline.png")
# --8<-- [end:timeline]

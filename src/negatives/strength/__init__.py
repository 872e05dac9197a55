"""Strength estimates: one-rep maxima from sets, %1RM charts, RPE, and eccentric strength.

What the evidence supports, and no more:

* **1RM from reps to failure.** Seven classic equations (Epley, Brzycki, Lander, Lombardi,
  Mayhew, O'Conner, Wathan) turn a load lifted ``r`` times *to failure* into an estimated
  one-rep max (e1RM). They agree closely up to about 10 reps and drift apart beyond; no more than
  10 reps should feed them (Reynolds, Gordon & Robergs 2006, J Strength Cond Res
  20(3):584-592). Above 10 reps every function here still answers, with a `NegativesWarning`.
  People often do more reps at moderate loads than such charts say (Nuzzo et al. 2024,
  Sports Med 54(2):303-321), so a high-rep e1RM tends to be an overestimate, and a load or rep
  count read off a chart is a starting point, not a prescription. A set stopped short of
  failure underestimates the 1RM.
* **%1RM charts.** The NSCA training-load chart and the RTS RPE chart are tables of
  averages; individuals and exercises differ (medium confidence).
* **Eccentric strength.** Muscles lower more than they lift: the eccentric:concentric ratio of
  maximal strength is about 1.41 on average (Nuzzo, Pinto, Nosaka & Steele 2023, Sports Med
  53(6):1125-1136), but about 98 % of their data are isokinetic and the ratio rises with
  movement velocity, so for slow free-weight negatives 1.40 is optimistic. `eccentric_1rm` is
  that *estimate* (by age and sex when those are known). For deciding how heavy a negative may
  be, `safe_eccentric_1rm` uses lower, equipment-specific ratios (free weights 1.20, machines
  1.30): policy parameters with low confidence, anchored on the only free-weight figure, a
  barbell bench at about 1.24 (Kelly et al. 2015, J Strength Cond Res 29(4):1027-1032).
* **Eccentric capacity by reps and tempo.** The eccentric 1RM is a *one*-rep figure.
  `eccentric_capacity` is the most an athlete can lower for *r* reps at a given lowering time:
  the safe eccentric 1RM times the NSCA %1RM-by-reps chart read at the reps, with each second
  of lowering beyond 3 s making a rep cost more. Kelly et al. 2015 found no difference between
  eccentric and concentric reps to failure at 60-80 % of the respective 1RM and more eccentric
  reps at 90 % (7.67 +- 3.24 vs 4.57 +- 2.21), so the chart holds below 90 % and is
  conservative near the maximum (it allows 4 reps at 90 %, about Kelly's mean minus one SD).

Fractions of 1RM are fractions everywhere: 0.80, never 80.

Examples:
    >>> from negatives import kg, strength
    >>> f"{strength.estimate_1rm(kg(100), 10):.2f}"  # Epley: 100 x (1 + 10/30)
    '133.33 kg'
    >>> f"{strength.estimate_1rm(kg(100), 5, 'consensus'):.1f}"  # the median of seven
    '116.6 kg'
    >>> strength.nsca_fraction(8), strength.rts_fraction(5, 8)
    (0.8, 0.811)
    >>> strength.eccentric_1rm(kg(100))
    Load(140.0, 'kg')
"""

from __future__ import annotations

from ._charts import (
    NSCA_TRAINING_LOAD,
    RTS_CHART,
    nsca_fraction,
    nsca_reps,
    rir_from_rpe,
    rpe_from_rir,
    rts_fraction,
    rts_reps,
    rts_rpe,
)
from ._eccentric import (
    ECC_CON_RATIO,
    ECC_CON_RATIO_MEN,
    ECC_CON_RATIO_OLDER,
    ECC_CON_RATIO_RANGE,
    ECC_CON_RATIO_WOMEN,
    ECCENTRIC_REFERENCE_SECONDS,
    MACHINE_EQUIPMENT,
    OLDER_ADULT_AGE,
    SAFETY_RATIO_FREE_WEIGHTS,
    SAFETY_RATIO_MACHINES,
    TEMPO_REP_COST,
    Lowering,
    RatioSource,
    SafetyRatioSource,
    capacity_fraction,
    eccentric_1rm,
    eccentric_capacity,
    eccentric_ratio,
    effective_reps,
    safe_eccentric_1rm,
    safety_ratio,
)
from ._equations import (
    FORMULAS,
    VALIDATED_REPS,
    Formula,
    estimate_1rm,
    load_for_reps,
    reps_at_load,
)
from ._history import (
    DEFAULT_WINDOW_DAYS,
    Estimate,
    EstimateSource,
    one_rep_max,
)
from ._history import (
    _is_concentric_effort as _is_concentric_effort,
)

__all__ = [
    "DEFAULT_WINDOW_DAYS",
    "ECCENTRIC_REFERENCE_SECONDS",
    "ECC_CON_RATIO",
    "ECC_CON_RATIO_MEN",
    "ECC_CON_RATIO_OLDER",
    "ECC_CON_RATIO_RANGE",
    "ECC_CON_RATIO_WOMEN",
    "FORMULAS",
    "MACHINE_EQUIPMENT",
    "NSCA_TRAINING_LOAD",
    "OLDER_ADULT_AGE",
    "RTS_CHART",
    "SAFETY_RATIO_FREE_WEIGHTS",
    "SAFETY_RATIO_MACHINES",
    "TEMPO_REP_COST",
    "VALIDATED_REPS",
    "Estimate",
    "EstimateSource",
    "Formula",
    "Lowering",
    "RatioSource",
    "SafetyRatioSource",
    "capacity_fraction",
    "eccentric_1rm",
    "eccentric_capacity",
    "eccentric_ratio",
    "effective_reps",
    "estimate_1rm",
    "load_for_reps",
    "nsca_fraction",
    "nsca_reps",
    "one_rep_max",
    "reps_at_load",
    "rir_from_rpe",
    "rpe_from_rir",
    "rts_fraction",
    "rts_reps",
    "rts_rpe",
    "safe_eccentric_1rm",
    "safety_ratio",
]

"""The test suite's strategies are the public ones (``negatives.testing``), re-exported here."""

from negatives.testing import (
    athletes,
    bar_loads,
    bases,
    checkins,
    exercises,
    loads,
    prescriptions,
    reps,
    screenings,
    sessions,
    sets,
    setups,
    tempos,
    training_logs,
    units,
)

__all__ = [
    "athletes",
    "bar_loads",
    "bases",
    "checkins",
    "exercises",
    "loads",
    "prescriptions",
    "reps",
    "screenings",
    "sessions",
    "sets",
    "setups",
    "tempos",
    "training_logs",
    "units",
]

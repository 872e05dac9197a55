"""Progressions: a typed plugin hook, built-in progressions, and multi-week programs.

* `Progression` — the contract: an attrs class with a class-level ``kind`` and
  ``propose(ctx) -> Prescription``; `ProgressionContext` is what it sees.
* Built-ins (`negatives.progressions.builtin`): ``linear``, ``double``, ``eccentric_ramp``,
  ``tempo_ramp``, ``rpe``, ``deload``.
* `Program` / `ProgramSlot` / `Week` / `build_program` — multi-week programs turned into
  dated sessions a safety policy accepts: a progression proposes, the policy disposes, and the
  builder adapts what it refuses (`ProgramPlan`: the sessions, what was adapted, what it cannot
  plan around, and where progress stopped).
* `negatives.progressions.templates` — evidence-based blocks, ``template(name, **params)``.
* `simulate` — play a program forward against a simulated athlete (`Response`), week by week.
* Plugins: the entry-point group ``negatives.progressions``; `available_progressions` lists
  them without importing, `load_progression` imports exactly the one named.
"""

from __future__ import annotations

from . import templates
from .base import Gym, Progression, ProgressionContext, Rounding
from .builtin import BUILTIN_PROGRESSIONS, RPE, Deload, Double, EccentricRamp, Linear, TempoRamp
from .program import (
    CLAMPED_RULES,
    Adjustment,
    Limit,
    Program,
    ProgramPlan,
    ProgramSlot,
    Stall,
    Week,
    build_program,
)
from .registry import PROGRESSIONS_GROUP, available_progressions, load_progression
from .simulation import SIMULATOR, Response, SetOutcome, SimulatedWeek, Simulation, simulate

__all__ = [
    "BUILTIN_PROGRESSIONS",
    "CLAMPED_RULES",
    "PROGRESSIONS_GROUP",
    "RPE",
    "SIMULATOR",
    "Adjustment",
    "Deload",
    "Double",
    "EccentricRamp",
    "Gym",
    "Limit",
    "Linear",
    "Program",
    "ProgramPlan",
    "ProgramSlot",
    "Progression",
    "ProgressionContext",
    "Response",
    "Rounding",
    "SetOutcome",
    "SimulatedWeek",
    "Simulation",
    "Stall",
    "TempoRamp",
    "Week",
    "available_progressions",
    "build_program",
    "load_progression",
    "simulate",
    "templates",
]

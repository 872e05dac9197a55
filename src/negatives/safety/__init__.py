"""Safety policies: a rule engine that checks sessions, plans and histories.

Like a linter for training plans: `check` runs a `Policy` (rule codes with parameters; the
``standard`` preset by default) over a session or a plan and returns a `Report` of `Finding`s
— each with a stable code, a severity, a message with its numbers, an exact location and a
suggested fix — and of what could not be checked, and why. `negatives.safety.primer` is the
library's one definition of a primer (light eccentric work days before a heavy bout), shared by
the rules and by programs.

Examples:
    >>> import datetime as dt
    >>> import negatives as neg
    >>> bench = neg.catalog.lookup("bench-press")
    >>> heavy = neg.overload.accentuated_eccentric(bench, one_rep_max=neg.kg(80))  # 105 %
    >>> novice = neg.Athlete("sam", training_age_years=0.5,
    ...                      concentric_1rm={"bench-press": neg.kg(80)})
    >>> report = neg.safety.check(neg.Session(dt.date(2026, 11, 23), sets=[heavy]),
    ...                           athlete=novice, history=())
    >>> report.has_errors, report.codes()[0]
    (True, 'NEG101')
"""

from __future__ import annotations

from . import primer
from .engine import (
    Confidence,
    Context,
    Finding,
    NotChecked,
    ParamValue,
    Policy,
    Report,
    Rule,
    RuleConfig,
    SetRef,
    Severity,
    Subject,
    check,
)
from .plugins import RULES_GROUP, available_rules, load_rule
from .presets import PRESETS, PresetName
from .rules import BUILTIN_RULES, BuiltinRule, Example

__all__ = [
    "BUILTIN_RULES",
    "PRESETS",
    "RULES_GROUP",
    "BuiltinRule",
    "Confidence",
    "Context",
    "Example",
    "Finding",
    "NotChecked",
    "ParamValue",
    "Policy",
    "PresetName",
    "Report",
    "Rule",
    "RuleConfig",
    "SetRef",
    "Severity",
    "Subject",
    "available_rules",
    "check",
    "load_rule",
    "primer",
]

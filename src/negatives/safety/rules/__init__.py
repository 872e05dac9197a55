"""The built-in safety rules, by code.

Codes: ``NEG1xx`` athlete, ``NEG2xx`` load, ``NEG3xx`` volume and frequency, ``NEG4xx`` setup and
spotting, ``NEG5xx`` tempo. Each rule module lists its rules in ``RULES``.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..engine import Rule
from . import athlete, load, setup, tempo, volume
from ._base import BuiltinRule, Example

__all__ = ["BUILTIN_RULES", "BuiltinRule", "Example"]

#: Every built-in rule, by code.
BUILTIN_RULES: Mapping[str, Rule] = {
    rule.code: rule for module in (athlete, load, volume, setup, tempo) for rule in module.RULES
}

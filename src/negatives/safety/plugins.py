"""Third-party rules, exposed under the entry-point group ``negatives.rules``.

A distribution declares its rules in its ``pyproject.toml``::

    [project.entry-points."negatives.rules"]
    ACME101 = "acme_rules:NoDeadliftNegatives"

The entry point's name is the rule's code. `available_rules` lists them without importing
anything; `load_rule` imports exactly the one named and checks its shape. A policy that names
the code runs it (`Policy.with_params("ACME101", ...)`).
"""

from __future__ import annotations

from collections.abc import Iterable
from importlib import metadata
from typing import Any

from .. import _plugins
from .._plugins import PluginInfo
from ..errors import PluginError, PolicyError
from .engine import Rule, _check_rule_shape

__all__ = ["RULES_GROUP", "available_rules", "load_rule"]

#: The entry-point group of third-party safety rules.
RULES_GROUP = "negatives.rules"


def available_rules(
    *, entry_points: Iterable[metadata.EntryPoint] | None = None
) -> tuple[PluginInfo, ...]:
    """The installed third-party rules (name = code, distribution, version), imported: none."""
    return _plugins.available(RULES_GROUP, entry_points=entry_points)


def load_rule(name: str, *, entry_points: Iterable[metadata.EntryPoint] | None = None) -> Rule:
    """Import the third-party rule ``name`` and return it (an instance; a class is instantiated).

    Raises:
        PluginError: not installed, declared twice, named like a built-in rule, failing to
            import, of the wrong shape, or with a ``code`` other than its entry-point name.
    """
    from .rules import BUILTIN_RULES

    def check(obj: object, info: PluginInfo) -> None:
        try:
            rule: Any = obj() if isinstance(obj, type) else obj
        except Exception as error:
            raise PluginError(
                f"could not create the rule {name!r} from {info.origin}: "
                f"{type(error).__name__}: {error}"
            ) from error
        try:
            _check_rule_shape(rule, f"the rule {name!r} from {info.origin}")
        except PolicyError as error:
            raise PluginError(str(error)) from None
        if rule.code != name:
            raise PluginError(
                f"the rule {name!r} from {info.origin} has code {rule.code!r}; a rule's "
                "entry-point name must be its code"
            )
        loaded.append(rule)

    loaded: list[Any] = []
    _plugins.load(RULES_GROUP, name, check=check, builtin=BUILTIN_RULES, entry_points=entry_points)
    rule: Rule = loaded[0]
    return rule

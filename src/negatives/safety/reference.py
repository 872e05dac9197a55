"""The rules reference page, generated from the rules' own metadata.

``python -m negatives.safety.reference > docs/rules.md`` writes it; a test checks that the page
in the repository is up to date.
"""

from __future__ import annotations

from .engine import Policy, check
from .presets import PRESETS
from .rules import BUILTIN_RULES, BuiltinRule

__all__ = ["rules_reference"]

_GROUPS = {
    "1": "Athlete",
    "2": "Load",
    "3": "Volume and frequency",
    "4": "Setup and spotting",
    "5": "Tempo",
}


def _example_text(rule: BuiltinRule) -> str:
    make = getattr(rule, "example", None)
    if make is None:
        return ""
    example = make()
    standard = PRESETS["standard"]
    policy = Policy(
        name="example", select=(rule.code,), rules={rule.code: standard.config_for(rule.code)}
    )
    if example.params:
        policy = policy.with_params(rule.code, **dict(example.params))
    report = check(example.subject, athlete=example.athlete, history=example.history, policy=policy)
    lines = [
        f"- `{f.where}` {f.severity.value}: {f.message}"
        for f in report.findings
        if f.code == rule.code
    ]
    return "\n".join(lines)


def _parameters(rule: BuiltinRule) -> str:
    if not rule.parameters:
        return "none"
    rows = []
    for key, default in rule.parameters.items():
        values = [PRESETS[name].params_for(rule.code).get(key, default) for name in PRESETS]
        rows.append(
            f"`{key}` (conservative {values[0]!r}, standard {values[1]!r}, athlete {values[2]!r})"
        )
    return "; ".join(rows).replace("True", "true").replace("False", "false")


def rules_reference() -> str:
    """The rules reference page, as Markdown."""
    out = [
        "# Rules reference",
        "",
        "Every built-in rule of `negatives.safety`, generated from the rules' metadata",
        "(`python -m negatives.safety.reference > docs/rules.md`). Codes are stable: `NEG1xx`",
        "athlete, `NEG2xx` load, `NEG3xx` volume and frequency, `NEG4xx` setup and spotting,",
        "`NEG5xx` tempo. *Confidence* says how well a threshold is supported: **high** a study",
        "read, **medium** secondary sources or consistent practice, **low** coaching practice or",
        "reasoning — a default to tune, not a finding.",
        "",
    ]
    group = ""
    for code in sorted(BUILTIN_RULES):
        rule = BUILTIN_RULES[code]
        assert isinstance(rule, BuiltinRule)
        if code[3] != group:
            group = code[3]
            out += [f"## {_GROUPS.get(group, 'Other')}", ""]
        out += [
            f"### {code} `{rule.name}`",
            "",
            f"**What it checks.** {rule.summary}",
            "",
            f"**Why.** {rule.why}",
            "",
            f"**Evidence.** {rule.citation} (confidence: {rule.confidence}).",
            "",
            f"**Default severity.** {rule.severity.value}. **Parameters.** {_parameters(rule)}.",
            "",
        ]
        example = _example_text(rule)
        if example:
            out += ["**Example that fires** (standard preset):", "", example, ""]
        out += [f"**How to fix.** {rule.how_to_fix}", ""]
    return "\n".join(out)


if __name__ == "__main__":  # pragma: no cover - a generator script
    print(rules_reference(), end="")

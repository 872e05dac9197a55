"""A gym's own safety rule, checked alongside the built-in ones.

House rule: heavy bench negatives — a lowering at 80 % of the concentric 1RM or more — are done
with the safety arms set, whoever is spotting. The built-in spotting rule (NEG401) asks for
spotters only once the load is above the 1RM; this gym wants the arms set earlier. A rule is a
small class with a code, a summary, a severity, a citation and ``check(context)``; the policy
runs it with the standard rules, and it says what it could not check.

Run it with ``python examples/custom_safety_rule.py``.
"""

# --8<-- [start:rule]
import datetime as dt
from types import MappingProxyType

import negatives as neg
from negatives import safety


class SafetyArmsOnHeavyBench:
    code = "GYM201"
    name = "safety-arms-on-heavy-bench"
    summary = "Bench negatives at 80 % of the 1RM or more need the safety arms set."
    severity = safety.Severity.ERROR
    citation = "house rule of the gym (low confidence: practice, not a study)"
    confidence = "low"
    parameters = MappingProxyType({"fraction_1rm": 0.8})  # defaults; a policy may change them

    def check(self, context):
        threshold = context.param("fraction_1rm")
        for ref in context.sets():
            if ref.item.exercise.id != "bench-press":
                continue
            one_rep_max = context.one_rep_max(ref)
            if one_rep_max is None:
                yield context.not_checked("no 1RM: cannot tell how heavy it is", loc=ref.loc)
                continue
            if ref.item.total_load.kg < threshold * one_rep_max.kg:
                continue
            setup = context.setup(ref)
            if setup is None:
                yield context.not_checked("no setup: safety arms unknown", loc=ref.loc)
            elif not setup.safety_arms:
                share = ref.item.total_load.kg / one_rep_max.kg
                yield context.finding(
                    f"a lowering at {share:.0%} of the 1RM without the safety arms set; "
                    f"this gym asks for them from {threshold:.0%}",
                    loc=ref.loc,
                    fix="set the safety arms just below the chest before the first rep",
                )


# --8<-- [end:rule]


# --8<-- [start:check]
bench = neg.catalog.lookup("bench-press")
negatives_set = neg.overload.partner_assisted_negatives(bench, one_rep_max=neg.kg(100))
session = neg.Session(
    dt.date(2026, 11, 23),
    sets=[negatives_set, negatives_set],
    setup=neg.Setup(spotters=2, partner_max_assist=neg.kg(60)),
)
athlete = neg.Athlete("ana", training_age_years=4, concentric_1rm={"bench-press": neg.kg(100)})

policy = safety.Policy.preset("standard").with_rule(SafetyArmsOnHeavyBench())
report = safety.check(session, athlete=athlete, history=(), policy=policy)
print(report.text())
print("house rule fired:", "GYM201" in report.codes())
# --8<-- [end:check]

"""A gym's own safety rule, checked alongside the built-in ones.

House rule: supramaximal negatives on the bench press need *two* spotters (one each side of the
bar), more than the built-in rule asks. A rule is a small class with a code, a summary, a
severity, a citation and ``check(context)``; the policy runs it with the standard rules, and
it says what it could not check.

Run it with ``python examples/custom_safety_rule.py``.
"""

# --8<-- [start:rule]
import datetime as dt
from types import MappingProxyType

import negatives as neg
from negatives import safety


class TwoSpottersOnBench:
    code = "GYM201"
    name = "two-spotters-on-bench"
    summary = "Supramaximal bench negatives need two spotters, one each side."
    severity = safety.Severity.ERROR
    citation = "house rule of the gym (low confidence: practice, not a study)"
    confidence = "low"
    parameters = MappingProxyType({"spotters": 2})  # defaults; a policy may change them

    def check(self, context):
        wanted = context.param("spotters")
        for ref in context.sets():
            if ref.item.exercise.id != "bench-press":
                continue
            category = context.category(ref)
            if category is None:
                yield context.not_checked(
                    "no 1RM: cannot tell whether it is supramaximal", loc=ref.loc
                )
                continue
            if category is not neg.MethodCategory.SUPRAMAXIMAL:
                continue
            setup = context.setup(ref)
            if setup is None:
                yield context.not_checked("no setup: spotters unknown", loc=ref.loc)
            elif setup.spotters < wanted:
                yield context.finding(
                    f"{setup.spotters} spotter(s) for supramaximal negatives; "
                    f"this gym asks {wanted}",
                    loc=ref.loc,
                    fix="add a spotter (two in all), or drop the load below the 1RM",
                )


# --8<-- [end:rule]


# --8<-- [start:check]
bench = neg.catalog.lookup("bench-press")
negatives_set = neg.overload.partner_assisted_negatives(
    bench, one_rep_max=neg.kg(100), overload=0.3
)
session = neg.Session(
    dt.date(2026, 11, 23),
    sets=[negatives_set, negatives_set],
    setup=neg.Setup(spotters=1, partner_max_assist=neg.kg(60)),
)
athlete = neg.Athlete("ana", training_age_years=4, concentric_1rm={"bench-press": neg.kg(100)})

policy = safety.Policy.preset("standard").with_rule(TwoSpottersOnBench())
report = safety.check(session, athlete=athlete, history=(), policy=policy)
print(report.text())
print("house rule fired:", "GYM201" in report.codes())
# --8<-- [end:check]

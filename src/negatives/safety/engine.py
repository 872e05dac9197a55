"""The safety engine: rules, policies, findings and reports.

A **rule** is a small object with a stable code (``NEG201``), a default severity, a citation
and a confidence, and ``check(context)``, which yields `Finding`s and `NotChecked` notes. A
**policy** is plain data — which rule codes run and with which parameters — that a coach can
tune, save as JSON and share. `check` runs a policy over a session or a plan and returns a
`Report`.

A clean report means "checked and fine": whatever a rule could not check (no athlete, no 1RM,
no history, no setup, an unmapped exercise) is listed in ``Report.not_checked`` with the reason.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Literal, Protocol, TypeAlias, runtime_checkable

import attrs

from .. import overload, strength
from .._checks import describe, fmt_number
from .._frozen import FrozenDict, freeze
from ..errors import Loc, PolicyError, ValidationError, render_loc
from ..model import Athlete, Exercise, MethodCategory, Session, Set, Setup, TrainingLog
from ..units import Load

if TYPE_CHECKING:
    from .presets import PresetName

__all__ = [
    "Confidence",
    "Context",
    "Finding",
    "NotChecked",
    "ParamValue",
    "Policy",
    "Report",
    "Rule",
    "RuleConfig",
    "SetRef",
    "Severity",
    "Subject",
    "check",
]

Confidence: TypeAlias = Literal["high", "medium", "low"]
"""How well a rule's threshold is supported: a study read (high), secondary sources or
consistent practice (medium), coaching practice or reasoning (low)."""

ParamValue: TypeAlias = bool | int | float | str
"""A rule parameter: plain JSON data."""

CtxValue: TypeAlias = bool | int | float | str | None
"""A number (or short text) behind a finding's message."""

Subject: TypeAlias = Session | Sequence[Session] | TrainingLog
"""What `check` checks: one session, a plan (sessions in order), or a training log."""


class Severity(StrEnum):
    """How serious a finding is."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        """0 for info, 1 for warning, 2 for error: for sorting and thresholds."""
        return _RANKS[self]


_RANKS = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


def _ctx(value: Mapping[str, CtxValue] | None) -> FrozenDict[str, CtxValue]:
    return freeze(value)


def _loc(value: Iterable[str | int]) -> Loc:
    return tuple(value)


def _locs(value: Iterable[Loc]) -> tuple[Loc, ...]:
    return tuple(tuple(loc) for loc in value)


@attrs.frozen
class Finding:
    """One thing a rule found.

    Attributes:
        code: the rule's code, e.g. ``"NEG201"``.
        severity: info, warning or error.
        message: what is wrong, with the numbers.
        loc: where, as a path (``("sessions", 3, "sets", 1)``); see `where`.
        ctx: the numbers behind the message, so it can be re-rendered or translated.
        fix: a suggested fix.
    """

    code: str
    severity: Severity = attrs.field(converter=Severity)
    message: str
    loc: Loc = attrs.field(default=(), converter=_loc)
    ctx: FrozenDict[str, CtxValue] = attrs.field(factory=FrozenDict, converter=_ctx)
    fix: str = ""

    @property
    def where(self) -> str:
        """The location as a JSON path: ``$.sessions[3].sets[1]``."""
        return render_loc(self.loc)

    def __str__(self) -> str:
        return f"{self.where}: {self.code} {self.severity.value}: {self.message}"


@attrs.frozen
class NotChecked:
    """A rule that could not check (part of) the subject, and why.

    Attributes:
        code: the rule's code.
        reason: what was missing ("no history given", "no 1RM for 'bench-press'").
        locs: where it could not check; empty when it could not check anything.
    """

    code: str
    reason: str
    locs: tuple[Loc, ...] = attrs.field(default=(), converter=_locs)


@attrs.frozen
class SetRef:
    """A set of the subject with where it is.

    Attributes:
        session_index: which session of the subject.
        set_index: which set of that session.
        session: the session.
        item: the set.
        loc: its location (``("sessions", 0, "sets", 2)``, or ``("sets", 2)`` for a single
            session).
    """

    session_index: int
    set_index: int
    session: Session
    item: Set
    loc: Loc


@runtime_checkable
class Rule(Protocol):
    """A safety rule. Write one as a class with these attributes and a ``check`` method.

    Attributes:
        code: a stable code: ``NEG`` + three digits for built-ins; plugins use their own
            prefix (``ACME101``).
        name: a short slug (``"overload-sets-per-body-part"``).
        summary: what it checks, in one sentence.
        severity: the default severity of its findings.
        citation: where its threshold comes from.
        confidence: how well that is supported.
        parameters: the parameters it takes, with their defaults.
    """

    code: str
    name: str
    summary: str
    severity: Severity
    citation: str
    confidence: Confidence
    parameters: Mapping[str, ParamValue]

    def check(self, context: Context) -> Iterable[Finding | NotChecked]:
        """Check the subject.

        Yields findings (``context.finding(...)``) and notes of what it could not check
        (``context.not_checked(...)``).
        """
        ...


# -- policies ---------------------------------------------------------------------------------


def _params(value: Mapping[str, ParamValue] | None) -> FrozenDict[str, ParamValue]:
    return freeze(value)


def _opt_severity(value: Severity | str | None) -> Severity | None:
    return None if value is None else Severity(value)


@attrs.frozen
class RuleConfig:
    """A policy's settings for one rule: parameters and, optionally, a different severity."""

    params: FrozenDict[str, ParamValue] = attrs.field(factory=FrozenDict, converter=_params)
    severity: Severity | None = attrs.field(default=None, converter=_opt_severity)


def _configs(
    value: Mapping[str, RuleConfig | Mapping[str, Any]] | None,
) -> FrozenDict[str, RuleConfig]:
    out: dict[str, RuleConfig] = {}
    for code, config in (value or {}).items():
        out[code] = config if isinstance(config, RuleConfig) else RuleConfig(**config)
    return FrozenDict(out)


def _rules(value: Iterable[Rule]) -> tuple[Rule, ...]:
    return tuple(value)


def _prefixes(value: Iterable[str]) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else tuple(value)


@attrs.frozen
class Policy:
    """Which rules run, with which parameters: plain data, saved as JSON.

    Attributes:
        name: a name for reports (``"standard"``).
        rules: settings per rule code. Codes of rules that are not built in (your own, or a
            plugin's) are run too when listed here.
        select: code prefixes to run (``("NEG",)``: every built-in rule).
        ignore: code prefixes not to run (``("NEG5",)``: no tempo rules). The longer matching
            prefix wins, so ``select=("NEG",), ignore=("NEG3",)`` with ``select=("NEG301",)``
            runs NEG301 alone of the NEG3 rules.
        custom: rule objects registered with `with_rule` (not saved in JSON: register them
            again after loading a saved policy). Rules that are not built in run when ``rules``
            lists their code and no ``ignore`` prefix matches it; those not registered are
            loaded from the ``negatives.rules`` entry points (`load_rule`).

    Examples:
        >>> p = Policy.preset("standard").with_params("NEG301", max_sets=1).ignoring("NEG5")
        >>> p.params_for("NEG301")["max_sets"], p.selects("NEG501"), p.selects("NEG301")
        (1, False, True)
    """

    name: str = "custom"
    rules: FrozenDict[str, RuleConfig] = attrs.field(factory=FrozenDict, converter=_configs)
    select: tuple[str, ...] = attrs.field(default=("NEG",), converter=_prefixes)
    ignore: tuple[str, ...] = attrs.field(default=(), converter=_prefixes)
    custom: tuple[Rule, ...] = attrs.field(
        default=(),
        converter=_rules,
        eq=False,
        repr=False,
        metadata={"negatives.serialize": False},
    )

    def __attrs_post_init__(self) -> None:
        problems = []
        for code, config in self.rules.items():
            if not isinstance(code, str) or not code:
                problems.append(f"rule codes must be text, got {describe(code)}")
            for key, value in config.params.items():
                if not isinstance(value, (bool, int, float, str)):
                    problems.append(
                        f"{code}.{key}: parameters must be numbers, true/false or text, got "
                        f"{describe(value)}"
                    )
        if problems:
            raise PolicyError("; ".join(problems))

    @classmethod
    def preset(cls, name: PresetName | str) -> Policy:
        """One of the built-in presets: ``"conservative"``, ``"standard"``, ``"athlete"``."""
        from .presets import preset

        return preset(name)

    def selects(self, code: str) -> bool:
        """Whether this policy runs the rule ``code`` (by select/ignore prefixes)."""
        chosen = max((len(p) for p in self.select if code.startswith(p)), default=-1)
        dropped = max((len(p) for p in self.ignore if code.startswith(p)), default=-1)
        return chosen > dropped

    def ignores(self, code: str) -> bool:
        """Whether an ``ignore`` prefix matches ``code`` more closely than any ``select``."""
        chosen = max((len(p) for p in self.select if code.startswith(p)), default=-1)
        dropped = max((len(p) for p in self.ignore if code.startswith(p)), default=-1)
        return dropped > chosen

    def config_for(self, code: str) -> RuleConfig:
        """This policy's settings for ``code`` (defaults when it has none)."""
        return self.rules.get(code, _DEFAULT_CONFIG)

    def params_for(self, code: str) -> Mapping[str, ParamValue]:
        """This policy's parameter overrides for ``code``."""
        return self.config_for(code).params

    def with_params(self, code: str, **params: ParamValue) -> Policy:
        """A copy with parameters of rule ``code`` set (others kept)."""
        config = self.config_for(code)
        merged = RuleConfig({**config.params, **params}, config.severity)
        return attrs.evolve(self, rules={**self.rules, code: merged})

    def with_severity(self, code: str, severity: Severity | str) -> Policy:
        """A copy where rule ``code`` reports at ``severity``."""
        config = self.config_for(code)
        return attrs.evolve(self, rules={**self.rules, code: RuleConfig(config.params, severity)})

    def with_rule(self, rule: Rule, **params: ParamValue) -> Policy:
        """A copy that also runs ``rule`` (your own), with ``params``."""
        _check_rule_shape(rule, "with_rule()")
        others = tuple(r for r in self.custom if r.code != rule.code)
        merged = self.with_params(rule.code, **params)
        return attrs.evolve(merged, custom=(*others, rule), select=(*self.select, rule.code))

    def ignoring(self, *prefixes: str) -> Policy:
        """A copy that does not run rules whose code starts with any of ``prefixes``."""
        return attrs.evolve(self, ignore=(*self.ignore, *prefixes))

    def selecting(self, *prefixes: str) -> Policy:
        """A copy that also runs rules whose code starts with any of ``prefixes``."""
        return attrs.evolve(self, select=(*self.select, *prefixes))


_DEFAULT_CONFIG = RuleConfig()


def _check_rule_shape(rule: object, where: str) -> None:
    missing = [
        name
        for name in ("code", "name", "summary", "severity", "citation", "confidence", "parameters")
        if not hasattr(rule, name)
    ]
    if missing or not callable(getattr(rule, "check", None)):
        raise PolicyError(
            f"{where}: {describe(rule)} is not a rule: it lacks "
            + ", ".join(missing or ["a check(context) method"])
        )
    code: object = getattr(rule, "code", None)
    if not isinstance(code, str) or not code.isalnum() or not code[:1].isalpha():
        raise PolicyError(
            f"{where}: a rule code is letters then digits, like 'ACME101', got {code!r}"
        )


# -- what rules see -------------------------------------------------------------------------------


class _Facts:
    """The subject, athlete and history, with derived facts computed once and shared."""

    def __init__(
        self,
        sessions: tuple[Session, ...],
        *,
        single: bool,
        athlete: Athlete | None,
        history: tuple[Session, ...] | None,
    ) -> None:
        self.sessions = sessions
        self.single = single
        self.athlete = athlete
        self.history = history
        self.refs = tuple(
            SetRef(s, j, session, item, self.loc(s, j))
            for s, session in enumerate(sessions)
            for j, item in enumerate(session.sets)
        )
        self._maxima: dict[str, Load | None] = {}
        self._categories: dict[int, tuple[SetRef, MethodCategory | None]] = {}
        self._overload: dict[int, tuple[SetRef, bool | None]] = {}

    def loc(self, session_index: int, set_index: int | None = None) -> Loc:
        base: Loc = () if self.single else ("sessions", session_index)
        return base if set_index is None else (*base, "sets", set_index)

    def one_rep_max(self, ref: SetRef) -> Load | None:
        exercise = ref.item.exercise
        athlete = self.athlete
        if athlete is not None and exercise.id in athlete.concentric_1rm:
            return athlete.concentric_1rm[exercise.id]
        prescription = ref.item.prescription
        if prescription is not None and prescription.basis is not None:
            planned = prescription.basis.one_rep_max
            if planned is not None and prescription.exercise.id == exercise.id:
                return planned
        if exercise.id not in self._maxima:
            self._maxima[exercise.id] = self._from_history(exercise)
        return self._maxima[exercise.id]

    def _from_history(self, exercise: Exercise) -> Load | None:
        if not self.history:
            return None
        try:
            return strength.one_rep_max(exercise, athlete=self.athlete, history=self.history).load
        except ValidationError:
            return None

    def category(self, ref: SetRef) -> MethodCategory | None:
        # Keyed by the ref's id, the ref kept with the answer so that the id cannot be reused.
        if id(ref) not in self._categories:
            self._categories[id(ref)] = (
                ref,
                overload.method_category(
                    ref.item, one_rep_max=self.one_rep_max(ref), bodyweight=self.bodyweight
                ),
            )
        return self._categories[id(ref)][1]

    def is_overload(self, ref: SetRef) -> bool | None:
        # Every rule asks it of every set: answered once per check (kept like `category`).
        if id(ref) not in self._overload:
            self._overload[id(ref)] = (
                ref,
                overload.is_overload(ref.item, bodyweight=self.bodyweight),
            )
        return self._overload[id(ref)][1]

    @property
    def bodyweight(self) -> Load | None:
        return self.athlete.bodyweight if self.athlete is not None else None


class Context:
    """What a rule's ``check`` sees.

    The subject, the athlete, the history and the rule's parameters, with helpers for the facts
    most rules need.

    Attributes:
        code: the code of the rule being run.
        params: its parameters: the rule's defaults updated by the policy.
        athlete: the athlete, or ``None`` when not given.
        history: earlier sessions: ``None`` when unknown, ``()`` when there are none.
        sessions: the sessions being checked, in order.
    """

    def __init__(
        self,
        facts: _Facts,
        rule: Rule,
        params: Mapping[str, ParamValue],
        severity: Severity,
        *,
        policy_severity: Severity | None = None,
    ) -> None:
        self._facts = facts
        self.code = rule.code
        self.params = params
        self._severity = severity
        self._policy_severity = policy_severity

    @property
    def athlete(self) -> Athlete | None:
        """The athlete, or ``None`` when not given."""
        return self._facts.athlete

    @property
    def history(self) -> tuple[Session, ...] | None:
        """Earlier sessions: ``None`` when unknown, ``()`` when there are none."""
        return self._facts.history

    @property
    def sessions(self) -> tuple[Session, ...]:
        """The sessions being checked, in order."""
        return self._facts.sessions

    @property
    def bodyweight(self) -> Load | None:
        """The athlete's bodyweight, if known."""
        return self._facts.bodyweight

    def sets(self) -> tuple[SetRef, ...]:
        """Every set of the subject, with its location."""
        return self._facts.refs

    def loc(self, session_index: int, set_index: int | None = None) -> Loc:
        """The location of a session, or of a set in it."""
        return self._facts.loc(session_index, set_index)

    def one_rep_max(self, ref: SetRef) -> Load | None:
        """The concentric 1RM for a set's exercise.

        The athlete's tested 1RM, else the one its prescription was calculated from, else the
        best recent estimate from the history; ``None`` when there is none.
        """
        return self._facts.one_rep_max(ref)

    def category(self, ref: SetRef) -> MethodCategory | None:
        """The set's method category, computed from its loads.

        ``None`` when that needs a 1RM or a bodyweight that is unknown.
        """
        return self._facts.category(ref)

    def is_overload(self, ref: SetRef) -> bool | None:
        """Whether the athlete lowers more than they lift in the set (needs no 1RM)."""
        return self._facts.is_overload(ref)

    def setup(self, ref: SetRef) -> Setup | None:
        """The setup of a set: its own, else its session's (``None``: unknown)."""
        return ref.session.setup_for(ref.item)

    def param(self, name: str) -> Any:
        """A parameter's value."""
        return self.params[name]

    def finding(
        self,
        message: str,
        *,
        loc: Loc = (),
        ctx: Mapping[str, CtxValue] | None = None,
        fix: str = "",
        severity: Severity | None = None,
    ) -> Finding:
        """A finding of this rule.

        At the severity the policy sets for the rule, when it sets one: a coach's choice holds
        for every finding of the rule. Otherwise at ``severity`` when the rule grades its
        findings (NEG101: an error for supramaximal overload, a warning for submaximal), else
        at the rule's default severity.
        """
        chosen = self._policy_severity or severity or self._severity
        return Finding(self.code, chosen, message, loc, ctx or {}, fix)

    def not_checked(self, reason: str, *, loc: Loc | None = None) -> NotChecked:
        """A note that this rule could not check ``loc`` (or anything) because of ``reason``."""
        return NotChecked(self.code, reason, () if loc is None else (loc,))


# -- reports --------------------------------------------------------------------------------------


def _findings(value: Iterable[Finding]) -> tuple[Finding, ...]:
    return tuple(value)


def _notes(value: Iterable[NotChecked]) -> tuple[NotChecked, ...]:
    return tuple(value)


def _codes(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


@attrs.frozen
class Report:
    """What `check` found.

    Attributes:
        findings: every finding, sorted by location, then severity (errors first), then code.
        not_checked: what rules could not check, and why, grouped by rule and reason.
        policy: the name of the policy used.
        rules: the codes of the rules that ran.
    """

    findings: tuple[Finding, ...] = attrs.field(default=(), converter=_findings)
    not_checked: tuple[NotChecked, ...] = attrs.field(default=(), converter=_notes)
    policy: str = "standard"
    rules: tuple[str, ...] = attrs.field(default=(), converter=_codes)

    @property
    def has_errors(self) -> bool:
        """Whether any finding is an error."""
        return any(f.severity is Severity.ERROR for f in self.findings)

    @property
    def clean(self) -> bool:
        """No findings *and* nothing left unchecked: checked and fine."""
        return not self.findings and not self.not_checked

    def at_least(self, severity: Severity | str) -> tuple[Finding, ...]:
        """The findings at ``severity`` or above."""
        floor = Severity(severity).rank
        return tuple(f for f in self.findings if f.severity.rank >= floor)

    def codes(self) -> tuple[str, ...]:
        """The codes of the findings, in order, without repeats."""
        return tuple(dict.fromkeys(f.code for f in self.findings))

    def text(self) -> str:
        """The report as text, grouped by session."""
        counts = {s: sum(f.severity is s for f in self.findings) for s in Severity}
        parts = [
            f"{counts[s]} {s.value}{'s' if counts[s] != 1 else ''}" for s in reversed(Severity)
        ]
        lines = [f"{self.policy} policy, {len(self.rules)} rules: " + ", ".join(parts)]
        groups: dict[Loc, list[Finding]] = {}
        for finding in self.findings:
            key = finding.loc[:2] if finding.loc[:1] == ("sessions",) else ()
            groups.setdefault(key, []).append(finding)
        for key, findings in groups.items():
            lines.append(render_loc(key) if key else "$ (the session)")
            for f in findings:
                lines.append(f"  {f.severity.value.upper():<7} {f.code} {f.where}: {f.message}")
                if f.fix:
                    lines.append(f"          fix: {f.fix}")
        if self.not_checked:
            lines.append("not checked:")
            for note in self.not_checked:
                where = (
                    f" ({len(note.locs)} place{'s' if len(note.locs) != 1 else ''})"
                    if note.locs
                    else ""
                )
                lines.append(f"  {note.code}: {note.reason}{where}")
        elif not self.findings:
            lines.append("checked and fine")
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.text()


# -- running -------------------------------------------------------------------------------------


def _sessions_of(subject: Subject) -> tuple[tuple[Session, ...], bool, Athlete | None]:
    if isinstance(subject, Session):
        return (subject,), True, None
    if isinstance(subject, TrainingLog):
        return subject.sessions, False, subject.athlete
    if isinstance(subject, (str, bytes)) or not isinstance(subject, Iterable):
        raise ValidationError.single(
            "subject",
            f"must be a Session, a sequence of sessions or a TrainingLog, got {describe(subject)}",
            "check",
        )
    sessions = tuple(subject)
    for index, item in enumerate(sessions):
        if not isinstance(item, Session):
            raise ValidationError.single(
                f"subject[{index}]", f"must be a Session, got {describe(item)}", "check"
            )
    return sessions, False, None


def _resolve(policy: Policy, builtin: Mapping[str, Rule]) -> list[tuple[Rule, RuleConfig]]:
    from .plugins import load_rule

    custom = {rule.code: rule for rule in policy.custom}
    chosen: dict[str, Rule] = {}
    for code, rule in builtin.items():
        if policy.selects(code):
            chosen[code] = rule
    for code, rule in custom.items():
        if policy.selects(code):
            chosen[code] = rule
    # A rule that is not built in runs when the policy lists it (by code, with parameters),
    # unless the policy ignores it.
    for code in policy.rules:
        if code in chosen or code in builtin or policy.ignores(code):
            continue
        chosen[code] = load_rule(code)
    out = []
    for code in sorted(chosen):
        rule = chosen[code]
        config = policy.config_for(code)
        unknown = sorted(set(config.params) - set(rule.parameters))
        if unknown:
            allowed = ", ".join(sorted(rule.parameters)) or "none"
            raise PolicyError(
                f"policy {policy.name!r}: rule {code} takes no parameter "
                f"{', '.join(map(repr, unknown))} (it takes: {allowed})"
            )
        for key, value in config.params.items():
            default = rule.parameters[key]
            if not _same_kind(default, value):
                raise PolicyError(
                    f"policy {policy.name!r}: {code}.{key} must be {_kind(default)} like "
                    f"{default!r}, got {describe(value)}"
                )
        out.append((rule, config))
    return out


def _same_kind(default: ParamValue, value: ParamValue) -> bool:
    if isinstance(default, bool) or isinstance(value, bool):
        return isinstance(default, bool) and isinstance(value, bool)
    if isinstance(default, (int, float)):
        return isinstance(value, (int, float))
    return isinstance(value, type(default))


def _kind(value: ParamValue) -> str:
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, (int, float)):
        return "a number"
    return "text"


def check(
    subject: Subject,
    *,
    athlete: Athlete | None = None,
    history: Iterable[Session] | None = None,
    policy: Policy | None = None,
) -> Report:
    """Check a session or a plan against a safety policy.

    Args:
        subject: a `Session`, a sequence of sessions (a plan), or a `TrainingLog` (whose
            athlete is used when ``athlete`` is not given).
        athlete: the athlete: training age, 1RMs, bodyweight. Rules that need it report that
            they could not check without it.
        history: earlier sessions. ``None`` means *unknown* (rules that need it report that they
            could not check); ``()`` means *none* (a first exposure).
        policy: the policy; ``None`` means the ``standard`` preset.

    Raises:
        PolicyError: the policy names a rule that is not available, or a parameter the rule
            does not take.

    Examples:
        >>> import datetime as dt
        >>> import negatives as neg
        >>> curl = neg.catalog.lookup("barbell-curl")
        >>> negative = neg.overload.partner_assisted_negatives(curl, one_rep_max=neg.kg(55))
        >>> day = neg.Session(dt.date(2026, 11, 23), sets=[negative] * 3,
        ...                   setup=neg.Setup(spotters=1, partner_max_assist=neg.kg(40)))
        >>> veteran = neg.Athlete("ana", training_age_years=4,
        ...                       concentric_1rm={"barbell-curl": neg.kg(55)})
        >>> report = check(day, athlete=veteran, history=())
        >>> report.codes()  # first exposure (from set 0), then a third overload set for the arms
        ('NEG304', 'NEG301')
    """
    from .rules import BUILTIN_RULES

    sessions, single, log_athlete = _sessions_of(subject)
    chosen = policy if policy is not None else Policy.preset("standard")
    if not isinstance(chosen, Policy):
        raise ValidationError.single("policy", f"must be a Policy, got {describe(chosen)}", "check")
    resolved = _resolve(chosen, BUILTIN_RULES)
    facts = _Facts(
        sessions,
        single=single,
        athlete=athlete if athlete is not None else log_athlete,
        history=None if history is None else tuple(history),
    )
    findings: list[Finding] = []
    notes: dict[tuple[str, str], list[Loc]] = {}
    for rule, config in resolved:
        params = {**rule.parameters, **config.params}
        context = Context(facts, rule, params, rule.severity, policy_severity=config.severity)
        for result in rule.check(context):
            if isinstance(result, Finding):
                findings.append(result)
            elif isinstance(result, NotChecked):
                notes.setdefault((result.code, result.reason), []).extend(result.locs)
            else:
                raise PolicyError(
                    f"rule {rule.code} yielded {describe(result)}; rules yield "
                    "context.finding(...) or context.not_checked(...)"
                )
    findings.sort(key=lambda f: (_loc_key(f.loc), -f.severity.rank, f.code))
    not_checked = [NotChecked(code, reason, locs) for (code, reason), locs in notes.items()]
    not_checked.sort(key=lambda n: n.code)
    return Report(findings, not_checked, chosen.name, tuple(rule.code for rule, _ in resolved))


def _loc_key(loc: Loc) -> tuple[tuple[int, int | str], ...]:
    return tuple((0, part) if isinstance(part, int) else (1, part) for part in loc)


def days_between(earlier: dt.date, later: dt.date) -> int:
    """Calendar days from ``earlier`` to ``later`` (DOMAIN §5: recovery counts calendar days)."""
    return (later - earlier).days


def fmt(value: float) -> str:
    """A number for a message: ``2.5``, ``3``, ``1.25``."""
    return fmt_number(round(value, 2))

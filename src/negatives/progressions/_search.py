"""One slot of `build_program`: the dose the policy accepts, the fallbacks, and their words.

The builder (`._build`) proposes each slot and runs the policy on candidates (its ``trial`` and
``judge``); this module chooses among them: the proposal when it is accepted, else the largest
dose the search (`._adapt.Search`) finds, else a fallback (tempo eccentrics instead, the slot
left out, or kept as proposed and said); and it words the adjustments, stalls and limits.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

import attrs

from .. import overload, strength
from .._checks import fmt_number
from ..model import Athlete, Exercise, Method, Prescription, Session, Set, Setup
from ..safety import Finding, Policy, Report, Severity
from ..units import Load
from ._adapt import Anchor, Candidate, Search, Trial
from ._primers import PRIMER_TEMPO
from ._sets import Maker, Shape, complete, dose
from .base import Gym
from .program import Adjustment, Limit, ProgramSlot, Stall, Week

#: Refusals that make overload work tempo eccentrics instead (what those rules advise).
_TEMPO_INSTEAD = frozenset({"NEG104", "NEG302", "NEG303"})

_LOWERED_ALONE = (Method.PARTNER_ASSISTED, Method.NEGATIVE_ONLY)

_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _day(date: dt.date) -> str:
    return f"{_WEEKDAYS[date.weekday()]} {date.isoformat()}"


def _text(load: Load) -> str:
    return f"{fmt_number(round(load.value, 1))} {load.unit.value}"


@attrs.define
class _State:
    """A slot's state between sessions."""

    current: Prescription | None = None  # what the progression continues from
    # What it did last time on each training day of the week (not in a deload week): a slot
    # on several days a week rises day by day, Monday from Monday, Friday from Friday.
    anchors: dict[int, Anchor] = attrs.field(factory=dict)
    stalled: set[int] = attrs.field(factory=set)
    occurrences: int = 0


@attrs.frozen
class _Proposal:
    index: int
    slot: ProgramSlot
    week: Week
    base: Prescription
    proposal: Prescription


def _is_deload(slot: ProgramSlot, week: int) -> bool:
    is_deload = getattr(slot.progression, "is_deload_week", None)
    return bool(callable(is_deload) and is_deload(week))


def _target(proposal: Prescription, week: Week) -> Shape:
    """The shape the proposal asks for: its sets, the reps of each (the top of the range)."""
    sets = proposal.sets
    if week.set_reps:
        reps = week.set_reps[:sets]
        reps = reps + (reps[-1],) * (sets - len(reps))
    else:
        reps = (proposal.reps.high,) * sets
    return Shape(reps, proposal.tempo)


class SlotChooser:
    """The part of `._build.Builder` that settles each slot (a mixin: the builder's state)."""

    athlete: Athlete | None
    trial_athlete: Athlete | None
    policy: Policy
    gym: Gym
    setup: Setup | None
    maxima: dict[str, tuple[Load | None, str]]
    allowed: frozenset[str]
    fraction: float | None
    tempo_floor: float
    ladders: dict[tuple[str, Load], list[Load]]
    limits: list[Limit]
    stalls: list[Stall]
    generated: list[Session]

    def _choose(
        self,
        item: _Proposal,
        state: _State,
        maker: Maker,
        trial: Trial,
        judge: Trial,
        week: int,
        day_index: int,
        date: dt.date,
    ) -> tuple[tuple[Set, ...], Adjustment | None]:
        """The sets planned for a slot, and the adjustment saying how they differ from it.

        ``trial`` tries candidate sets (cheaply, the rules of single sets first), ``judge`` runs
        the whole policy on them.
        """
        slot, proposal = item.slot, item.proposal
        exercise = slot.exercise
        assert proposal.load is not None
        maximum, maximum_source = self.maxima[exercise.id]
        deload = _is_deload(slot, week)
        method = maker.method
        overloaded = slot.is_overload and method is not Method.STANDARD
        target = _target(proposal, item.week)
        anchor = None if deload else state.anchors.get(day_index)
        if anchor is not None and anchor.shape.faster and target.tempo is None:
            anchor = None
        search = Search(
            maker=maker,
            proposal=proposal,
            target=target,
            rep_range=proposal.reps,
            anchor=anchor,
            trial=trial,
            gym=self.gym,
            hint=lambda shape: self._hint(maker, shape),
            tempo_floor=(
                self.tempo_floor
                if method in _LOWERED_ALONE
                and maximum is not None
                and overload.bar_loaded(exercise)
                else None
            ),
            ladders=self.ladders,
        )
        refused = search.refusal(target, proposal.load)
        asked_sets = maker.sets(proposal, target, proposal.load)
        asked = (
            Candidate(target, proposal.load, asked_sets, dose(asked_sets, maker.bodyweight))
            if asked_sets is not None
            else None
        )
        if refused == () and asked is not None:
            chosen: Candidate | None = asked
        else:
            chosen = search.run()
        adjustment = None
        if chosen is None:
            # Why nothing was accepted: candidates the rules of single sets accept, refused for
            # the volume, the spacing or the readiness of the muscle group.
            # What refused the least of them (the fewest sets and reps) says why.
            spacing = sorted(
                (
                    (shape.sets, sum(shape.reps), found)
                    for (shape, _), found in search.tried.items()
                    if found and all(f.code.startswith("NEG3") or f.code == "NEG104" for f in found)
                ),
                key=lambda entry: entry[:2],
            )
            least = spacing[0][2] if spacing else ()
            codes = {f.code for f in least}
            why = least[:1]
            made, adjustment = self._fallback(item, maker, search, judge, why, codes, week, date)
            state.current = item.base if deload else proposal
            return made, adjustment
        if chosen is not asked:
            adjustment = self._adjustment(item, chosen, refused or (), week, date)
        if anchor is not None and asked is not None:
            wants_more = asked.dose.beats(anchor.dose)
            progressed = chosen.dose.beats(anchor.dose)
            if progressed:
                state.stalled.discard(day_index)
            elif wants_more:
                if not state.stalled:
                    self.stalls.append(self._stall(item, search, chosen, week, date))
                state.stalled.add(day_index)
        notes = [] if adjustment is None else [_adapted_note(adjustment)]
        final = complete(
            proposal,
            chosen.shape,
            chosen.load,
            maker,
            chosen.sets,
            athlete=self.athlete,
            one_rep_max_source=maximum_source,
            setup=self.setup,
            policy_fraction=self.fraction if overloaded else None,
            capped=adjustment is not None and "NEG201" in adjustment.codes,
            notes=notes,
            on=date,
        )
        planned = maker.sets(final, chosen.shape, chosen.load)
        assert planned is not None
        if deload:
            state.current = item.base
        else:
            state.current = attrs.evolve(
                final, sets=proposal.sets, reps=proposal.reps, tempo=proposal.tempo
            )
            state.anchors[day_index] = Anchor(chosen.shape, chosen.load, chosen.dose, proposal.load)
        return planned, adjustment

    def _blocking(self, report: Report) -> tuple[Finding, ...]:
        """The findings that refuse sets: errors and warnings the builder can plan around."""
        return tuple(
            f
            for f in report.findings
            if f.severity is not Severity.INFO and f.code not in self.allowed
        )

    def _hint(self, maker: Maker, shape: Shape) -> Load | None:
        """The heaviest load the load rules will likely accept for ``shape`` (a first guess)."""
        maximum = maker.one_rep_max
        method = maker.method
        exercise = maker.exercise
        if maximum is None or exercise.bodyweight_fraction or exercise.eccentric_only:
            return None
        if method not in (*_LOWERED_ALONE, Method.ACCENTUATED_ECCENTRIC, Method.TWO_ONE):
            return None
        caps: list[Load] = []
        if self.fraction is not None:
            count = max(shape.reps)
            if method is Method.ACCENTUATED_ECCENTRIC and maker.releasers == "first":
                count = 1
            if method is Method.TWO_ONE:
                count = max(1, count // 2)  # each limb lowers half the reps, the whole load
            capacity = strength.eccentric_capacity(
                exercise,
                athlete=self.trial_athlete,
                one_rep_max=maximum,
                reps=count,
                tempo=shape.tempo,
            )
            caps.append(capacity * self.fraction / (2 if method is Method.TWO_ONE else 1))
        setup = self.setup
        if (
            method is Method.PARTNER_ASSISTED
            and setup is not None
            and setup.partner_max_assist is not None
            and self.policy.selects("NEG203")
        ):
            multiplier = exercise.load_multiplier
            step = maker.help_step or Load(2.5 if maximum.unit.value == "kg" else 5.0, maximum.unit)
            lifted = maximum * (0.8 * strength.nsca_fraction(max(shape.reps)))
            partner = setup.partner_max_assist.to(maximum.unit) - step.to(maximum.unit) / 2
            caps.append(lifted + partner / multiplier)
        return min(caps) if caps else None

    def _fallback(
        self,
        item: _Proposal,
        maker: Maker,
        search: Search,
        judge: Callable[[Sequence[Set]], tuple[Finding, ...]],
        refused: Sequence[Finding],
        codes: set[str],
        week: int,
        date: dt.date,
    ) -> tuple[tuple[Set, ...], Adjustment | None]:
        """Nothing accepted: tempo eccentrics instead, the slot left out, or kept as proposed.

        ``codes`` are the rules that refused every candidate tried, ``refused`` one of their
        findings (for its words).
        """
        proposal = item.proposal
        assert proposal.load is not None
        exercise = item.slot.exercise
        reason = refused[0].message if refused else ""
        ordered = tuple(sorted(codes))
        target = _target(proposal, item.week)
        if codes and codes <= _TEMPO_INSTEAD and overload.bar_loaded(exercise):
            working = maker.working or proposal.load
            load = self.gym.round(working, exercise)
            tempo = proposal.tempo or PRIMER_TEMPO
            if tempo.phase_seconds(tempo.eccentric) < PRIMER_TEMPO.eccentric:  # type: ignore[operator]
                tempo = attrs.evolve(tempo, eccentric=PRIMER_TEMPO.eccentric)
            plain = attrs.evolve(
                proposal,
                method=Method.TEMPO_ECCENTRIC,
                load=load,
                overload=None,
                assistance=(),
                tempo=tempo,
            )
            tempo_maker = attrs.evolve(maker, method=Method.TEMPO_ECCENTRIC, working=None)
            for count in range(len(target.reps), 0, -1):  # fewer sets if the policy counts them
                shape = Shape(target.reps[:count], tempo)
                made = tempo_maker.sets(plain, shape, load)
                if made is not None and not judge(made):
                    break
            else:
                made = None
            if made is not None:
                final = complete(
                    plain,
                    shape,
                    load,
                    tempo_maker,
                    made,
                    athlete=self.athlete,
                    one_rep_max_source=self.maxima[exercise.id][1],
                    setup=self.setup,
                    policy_fraction=None,
                    capped=False,
                    notes=[f"tempo eccentrics instead of {proposal.method}: {reason}"],
                    on=date,
                )
                made = tempo_maker.sets(final, shape, load)
                assert made is not None
                changes = [f"tempo eccentrics at {_text(load)}"]
                if shape.sets < target.sets:
                    changes.append(f"sets {target.sets} -> {shape.sets}")
                return made, self._record(item, load, ordered, week, date, tuple(changes), reason)
        if codes and all(code.startswith("NEG3") or code == "NEG104" for code in codes):
            return (), self._record(item, proposal.load, ordered, week, date, ("left out",), reason)
        made = maker.sets(proposal, target, proposal.load)
        if made is None:  # accentuated eccentric loading whose lowering the gym cannot build
            reason = (
                f"the gym builds no {exercise.name} load above the lift ("
                f"{_text(maker.working or proposal.load)}) for the lowering"
            )
            self._limit(
                f"{exercise.name} from {_day(date)}: {reason}; left out", None, exercise, date
            )
            return (), self._record(item, proposal.load, (), week, date, ("left out",), reason)
        # Not even the lightest load searched is accepted: planned at it, and said up front.
        ladder = search.ladder(proposal.load)
        light = ladder[-1] if ladder else proposal.load
        lightest = maker.sets(proposal, target, light)
        if lightest is None:
            light, lightest = proposal.load, made
        found = judge(lightest)
        stuck = {finding.code for finding in found}  # what no load searched gets past
        heaviest = False
        lowered_for: tuple[Finding, ...] = ()  # what the proposed load alone was refused for
        if stuck and light != proposal.load:
            # A rule that refuses every load (a lowering too fast, say) is no reason to drop
            # to the lightest: plan the heaviest load that nothing else refuses.
            at_proposal = judge(made)
            lowered_for = tuple(f for f in at_proposal if f.code not in stuck)
            for load in (proposal.load, *ladder[:-1]):
                candidate = made if load == proposal.load else maker.sets(proposal, target, load)
                # (None: a lowering the gym cannot build, for accentuated eccentrics)
                refused_here = (
                    ()
                    if candidate is None
                    else at_proposal
                    if candidate is made
                    else judge(candidate)
                )
                if candidate is not None and {f.code for f in refused_here} <= stuck:
                    light, lightest, found, heaviest = load, candidate, refused_here, True
                    break
        kept = (
            "planned as proposed"
            if light == proposal.load
            else f"planned at {_text(light)}, the heaviest load nothing else refuses"
        )
        for finding in found:
            where = (
                f"refused at every load searched ({finding.code}: "
                f"{self._said(finding.message)}); {kept}"
                if heaviest
                else f"even {_text(light)}, the lightest load searched, is refused "
                f"({finding.code}: {self._said(finding.message)}); planned at it"
            )
            self._limit(
                f"{exercise.name} from {_day(date)}: {where}, the report flags it",
                finding.code,
                exercise,
                date,
            )
        if light == proposal.load:
            return lightest, None
        why = lowered_for if heaviest and lowered_for else found
        return lightest, self._record(
            item, light, tuple(sorted({f.code for f in why})), week, date,
            (f"load {_text(proposal.load)} -> {_text(light)}",), self._said(why[0].message)
            if why else "",
        )  # fmt: skip

    def _limit(self, message: str, code: str | None, exercise: Exercise, date: dt.date) -> None:
        """A limit found while planning: once per exercise and rule."""
        for known in self.limits:
            if known.code == code and known.exercises == (exercise.id,) and known.date is not None:
                return
        self.limits.append(Limit(message, code, (exercise.id,), date))

    def _said(self, message: str) -> str:
        """A rule's message with the plan's own sessions not labelled as history.

        The builder tries each session with the sessions planned before it as its history.
        """
        if "(history)" not in message:
            return message
        for session in self.generated:
            label = f"{session.date.isoformat()} (history)"
            if label in message:
                message = message.replace(label, session.date.isoformat())
        return message

    def _record(
        self,
        item: _Proposal,
        load: Load,
        codes: tuple[str, ...],
        week: int,
        date: dt.date,
        changes: tuple[str, ...],
        reason: str,
    ) -> Adjustment:
        proposal = item.proposal
        assert proposal.load is not None
        return Adjustment(
            (),
            item.slot.exercise.id,
            proposal.load,
            load,
            codes,
            week + 1,
            date,
            changes,
            self._said(reason),
        )

    def _adjustment(
        self,
        item: _Proposal,
        chosen: Candidate,
        refused: Sequence[Finding],
        week: int,
        date: dt.date,
    ) -> Adjustment:
        proposal = item.proposal
        assert proposal.load is not None
        target = _target(proposal, item.week)
        changes = []
        if not chosen.load.isclose(proposal.load, abs_tol=1e-6):
            changes.append(f"load {_text(proposal.load)} -> {_text(chosen.load)}")
        if chosen.shape.reps != target.reps:
            if chosen.shape.sets != target.sets:
                changes.append(f"sets {target.sets} -> {chosen.shape.sets}")
            if chosen.shape.reps[: target.sets] != target.reps[: chosen.shape.sets]:
                changes.append(f"reps {_reps(target.reps)} -> {_reps(chosen.shape.reps)}")
        if chosen.shape.tempo != target.tempo:
            changes.append(f"tempo {target.tempo} -> {chosen.shape.tempo}")
        codes = tuple(sorted({f.code for f in refused}))
        reason = self._said(refused[0].message) if refused else ""
        return Adjustment(
            (), proposal.exercise.id, proposal.load, chosen.load, codes, week + 1, date,
            tuple(changes), reason,
        )  # fmt: skip

    def _stall(
        self, item: _Proposal, search: Search, chosen: Candidate, week: int, date: dt.date
    ) -> Stall:
        exercise = item.slot.exercise
        refused = search.next_step() or ()
        codes = tuple(sorted({f.code for f in refused}))
        parts = []
        if refused:
            parts.append(f"{self._said(refused[0].message)} ({refused[0].code})")
        else:
            parts.append(f"the policy accepts nothing more than {_amount(chosen)}")
        limits = []
        low = item.proposal.reps.low
        if min(chosen.shape.reps) <= low:
            limits.append(f"the rep range's floor ({low} reps)")
        target = _target(item.proposal, item.week)
        if chosen.shape.sets >= target.sets:
            limits.append(f"the program's {target.sets} set{'s' if target.sets != 1 else ''}")
        lowering = chosen.shape.lowering
        if lowering is not None and search.tempo_floor is not None:
            if lowering - 1 < search.tempo_floor - 1e-9:
                limits.append(
                    f"the fastest lowering the policy accepts ({fmt_number(lowering)} s, NEG501)"
                )
            else:
                limits.append(f"a faster lowering allows no more ({fmt_number(lowering)} s now)")
        reason = (
            f"{exercise.name}: {chosen.shape.describe()} at {_amount(chosen)} is the largest "
            f"dose the policy accepts; one step more: " + "; ".join(parts)
        )
        if limits:
            reason += "; at " + ", ".join(limits)
        return Stall(exercise.id, week + 1, date, reason, codes)


def _amount(chosen: Candidate) -> str:
    """The load of a candidate as a coach says it: ``90 kg``, ``bodyweight``."""
    exercise = chosen.sets[0].exercise
    if exercise.bodyweight_fraction or exercise.eccentric_only:
        return "bodyweight" if not chosen.load.value else f"bodyweight + {_text(chosen.load)}"
    return _text(chosen.load)


def _reps(reps: tuple[int, ...]) -> str:
    if len(set(reps)) == 1:
        return str(reps[0])
    return ", ".join(str(r) for r in reps)


def _adapted_note(adjustment: Adjustment) -> str:
    changes = "; ".join(adjustment.changes)
    codes = ", ".join(adjustment.codes)
    return f"adapted ({codes}): {changes}" if changes else f"adapted ({codes})"

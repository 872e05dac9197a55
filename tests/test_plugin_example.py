"""The example plugin (examples/plugin, distribution negatives-wave), installed, end to end.

Also: progression plugins that are broken, through hand-built entry points.

The end-to-end tests need the example installed (``pip install ./examples/plugin``); without it
they are skipped locally and fail in CI (``CI`` set), so CI cannot pass without testing it.
"""

from __future__ import annotations

import datetime as dt
import doctest
import math
import os
import re
import subprocess
import sys
from importlib import metadata
from importlib.metadata import EntryPoint
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

import attrs
import pytest

import negatives as neg
from negatives import Basis, Prescription, catalog, kg
from negatives.progressions import (
    CLAMPED_RULES,
    PROGRESSIONS_GROUP,
    Gym,
    Program,
    ProgramPlan,
    ProgramSlot,
    Progression,
    ProgressionContext,
    available_progressions,
    build_program,
    load_progression,
)
from negatives.progressions.registry import check_progression_class

if TYPE_CHECKING:  # the plugin is imported by require_plugin, which skips without it
    from negatives_wave import Wave

ROOT = Path(__file__).resolve().parent.parent
GUIDE = ROOT / "docs" / "guide" / "write-a-progression.md"
SOURCE = ROOT / "examples" / "plugin" / "src" / "negatives_wave" / "__init__.py"

INSTALL_HINT = (
    "the example plugin negatives-wave is not installed: run `pip install ./examples/plugin` "
    "(or `pip install -e ./examples/plugin`) in this environment"
)

CURL = catalog.lookup("barbell-curl")
START = dt.date(2026, 11, 23)  # a Monday


def require_plugin(name: str = "negatives_wave") -> ModuleType:
    """The plugin's module: skipped when it is not installed, but a failure in CI."""
    if os.environ.get("CI"):
        try:
            __import__(name)
        except ImportError:
            pytest.fail(f"CI is set and {INSTALL_HINT}", pytrace=False)
    module: ModuleType = pytest.importorskip(name, reason=INSTALL_HINT)
    return module


@pytest.fixture(scope="module")
def wave_module() -> ModuleType:
    return require_plugin()


@pytest.fixture(scope="module")
def wave(wave_module: ModuleType) -> type[Wave]:
    """The Wave class."""
    cls: type[Wave] = wave_module.Wave
    return cls


def python(code: str) -> list[str]:
    """What ``code`` prints, run in a fresh interpreter of this environment."""
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


def curl(
    load: float = 50, working: float = 40, overload: float = 0.25, **changes: Any
) -> Prescription:
    """Partner-assisted curls: ``load`` is ``working`` plus ``overload``."""
    return Prescription(
        CURL,
        method="partner_assisted",
        sets=2,
        reps=6,
        load=kg(load),
        overload=overload,
        basis=Basis(working_load=kg(working)),
        **changes,
    )


def program(progression: Progression, weeks: int = 6) -> Program:
    slot = ProgramSlot(prescription=curl(), progression=progression)
    return Program(name="Arms", weeks=weeks, days=(0,), slots=[slot], start=START)


def athlete(one_rep_max: float = 50, years: float = 3) -> neg.Athlete:
    return neg.Athlete("ana", training_age_years=years, concentric_1rm={CURL.id: kg(one_rep_max)})


# -- the guard -------------------------------------------------------------------------------------


def test_a_missing_plugin_is_skipped_locally_with_the_install_hint(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match=r"pip install \./examples/plugin"):
        require_plugin("negatives_wave_that_is_not_there")


def test_a_missing_plugin_fails_in_ci_with_the_install_hint(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match=r"pip install \./examples/plugin"):
        require_plugin("negatives_wave_that_is_not_there")


# -- finding and loading the installed plugin ------------------------------------------------------


def test_listing_shows_wave_with_its_distribution_and_version(wave_module: ModuleType) -> None:
    infos = [info for info in available_progressions() if info.name == "wave"]
    assert len(infos) == 1
    (info,) = infos
    assert info.group == PROGRESSIONS_GROUP
    assert info.value == "negatives_wave:Wave"
    assert info.distribution == "negatives-wave"
    assert info.version == metadata.version("negatives-wave")
    assert info.origin == f"negatives-wave {info.version}"


def test_listing_does_not_import_the_plugin(wave_module: ModuleType) -> None:
    listed, imported = python(
        "import sys\n"
        "from negatives.progressions import available_progressions\n"
        "print('wave' in [info.name for info in available_progressions()])\n"
        "print('negatives_wave' in sys.modules)\n"
    )
    assert (listed, imported) == ("True", "False")


def test_importing_negatives_does_not_import_the_plugin_but_loading_does(
    wave_module: ModuleType,
) -> None:
    before, after = python(
        "import sys\n"
        "import negatives, negatives.progressions, negatives.serialization\n"
        "print('negatives_wave' in sys.modules)\n"
        "negatives.progressions.load_progression('wave')\n"
        "print('negatives_wave' in sys.modules)\n"
    )
    assert (before, after) == ("False", "True")  # the check can see an import


def test_load_progression_returns_the_wave_class(wave: type[Wave]) -> None:
    loaded = load_progression("wave")
    assert loaded is wave
    assert loaded.kind == "wave"
    assert attrs.has(loaded)
    assert isinstance(loaded(), Progression)
    assert check_progression_class(loaded, "wave", "test") is loaded


def test_the_plugin_doctests_pass(wave_module: ModuleType) -> None:
    # pytest collects doctests from src/ only; the example's module is run here.
    flags = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
    result = doctest.testmod(wave_module, optionflags=flags)
    assert result.attempted > 0
    assert result.failed == 0


def test_the_plugin_readme_examples_run(wave_module: ModuleType) -> None:
    readme = (ROOT / "examples" / "plugin" / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", readme, flags=re.S)
    assert blocks
    namespace: dict[str, object] = {}
    for block in blocks:
        exec(compile(block, "examples/plugin/README.md", "exec"), namespace)  # our own docs


def test_the_guide_walks_through_the_packaged_code_verbatim() -> None:
    # The guide shows the plugin's code in runnable blocks; they must not drift from the package.
    guide = GUIDE.read_text(encoding="utf-8")
    section = guide.split("\n## A walk through Wave", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```python\n(.*?)```", section, flags=re.S)
    assert len(blocks) >= 3
    source = SOURCE.read_text(encoding="utf-8")
    for block in blocks:
        assert block in source, f"the guide's block is not in {SOURCE.name}:\n{block}"


# -- the Wave progression --------------------------------------------------------------------------


def test_wave_validates_its_steps(wave: type[Wave]) -> None:
    assert wave().steps == (0.25, 0.35, 0.45)
    assert wave(steps=[0, 1]).steps == (0.0, 1.0)  # ints are fractions too; a list is a tuple
    with pytest.raises(neg.ValidationError) as info:
        wave(steps=(25, 0.35, 1.5, -0.1, math.nan, True, "0.2"))  # type: ignore[arg-type]  # the point
    error = info.value
    assert error.owner == "Wave"
    assert [p.loc for p in error.problems] == [("steps", i) for i in (0, 2, 3, 4, 5, 6)]
    assert "(a percent? write 0.25 for +25 %)" in error.problems[0].message
    assert "percent" not in error.problems[1].message  # 1.5 is too much, not a percent
    bad: object
    for bad, message in [
        ((), "at least one week"),
        ((0.25,) * 53, "at most 52 weeks"),
        (0.25, "must be a sequence of fractions"),
        ("0.25", "must be a sequence of fractions"),
    ]:
        with pytest.raises(neg.ValidationError, match=message):
            wave(steps=bad)  # type: ignore[arg-type]  # bad steps are the point


def test_wave_is_frozen_and_keyword_only(wave: type[Wave]) -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        wave().steps = (0.1,)  # type: ignore[misc]  # the error is the point
    with pytest.raises(TypeError):
        wave((0.1,))  # type: ignore[call-arg]  # the error is the point


def test_the_overload_follows_the_wave_and_repeats(wave: type[Wave]) -> None:
    custom = wave(steps=(0.1, 0.2))
    assert [custom.overload_in(week) for week in range(5)] == [0.1, 0.2, 0.1, 0.2, 0.1]
    assert wave().overload_in(-1) == 0.25


def test_proposals_start_from_the_working_load_and_are_buildable(wave: type[Wave]) -> None:
    gym = Gym()
    start = curl(load=52.5, overload=0.3125)  # a clamped week: the working load is kept
    for week, expected in [(0, 50), (1, 52.5), (2, 57.5), (3, 50)]:
        p = wave().propose(ProgressionContext(prescription=start, week=week, gym=gym))
        assert p.load == kg(expected)
        assert gym.round(p.load, CURL) == p.load
        assert p.overload == wave().overload_in(week)
        assert p.basis is not None
        assert p.basis.working_load == kg(40)
        assert p.basis.overload_source.startswith(f"wave: week {week % 3 + 1} of 3")
        assert p.method is neg.Method.PARTNER_ASSISTED
        assert (p.sets, p.reps) == (start.sets, start.reps)


def test_without_a_basis_the_working_load_is_worked_out_from_the_load(wave: type[Wave]) -> None:
    start = Prescription(CURL, reps=6, load=kg(50), overload=0.25, fraction_1rm=1.0)
    p = wave().propose(ProgressionContext(prescription=start, week=2))
    assert p.basis is not None
    assert p.basis.working_load == kg(40)
    assert p.load == kg(57.5)
    assert p.fraction_1rm is None  # worked out for the old load: dropped


def test_numbers_worked_out_for_the_old_load_are_dropped(wave: type[Wave]) -> None:
    basis = Basis(working_load=kg(40), peak_assistance=kg(5), total_assistance=kg(30))
    start = attrs.evolve(curl(assistance=[kg(5)] * 6), basis=basis)
    p = wave().propose(ProgressionContext(prescription=start, week=1))
    assert p.assistance == ()
    assert p.basis is not None
    assert (p.basis.peak_assistance, p.basis.total_assistance, p.basis.category) == (None,) * 3


def test_a_prescription_without_a_load_is_returned_unchanged(wave: type[Wave]) -> None:
    start = Prescription(CURL, reps=6, fraction_1rm=0.7)
    assert wave().propose(ProgressionContext(prescription=start, week=1)) is start


# -- JSON ------------------------------------------------------------------------------------------


def test_a_program_with_wave_round_trips_through_json(wave: type[Wave]) -> None:
    plan = program(wave(steps=(0.2, 0.3, 0.4)))
    converter = neg.make_converter(progressions=[wave])
    text = neg.to_json(plan, converter=converter)
    data = neg.to_dict(plan, converter=converter)
    assert data["slots"][0]["progression"] == {"kind": "wave", "steps": [0.2, 0.3, 0.4]}
    assert neg.from_json(text, Program, converter=converter) == plan
    default = program(wave())
    data = neg.to_dict(default, converter=converter)
    assert data["slots"][0]["progression"] == {"kind": "wave"}  # defaults are left out
    assert neg.from_dict(data, Program, converter=converter) == default


def test_a_program_with_wave_is_refused_without_the_plugin_converter(wave: type[Wave]) -> None:
    converter = neg.make_converter(progressions=[wave])
    text = neg.to_json(program(wave()), converter=converter)
    for reader in (None, neg.make_converter()):
        with pytest.raises(neg.ValidationError) as info:
            neg.from_json(text, Program, converter=reader)
        (problem,) = info.value.problems
        assert problem.loc == ("slots", 0, "progression", "kind")
        assert "unknown progression 'wave'" in problem.message
        assert "make_converter(progressions=[...])" in problem.message


def test_wave_steps_in_json_are_validated_with_their_path(wave: type[Wave]) -> None:
    converter = neg.make_converter(progressions=[wave])
    data = neg.to_dict(program(wave()), converter=converter)
    data["slots"][0]["progression"] = {"kind": "wave", "steps": [25, 0.35]}
    with pytest.raises(neg.ValidationError) as info:
        neg.from_dict(data, Program, converter=converter)
    (problem,) = info.value.problems
    assert problem.loc == ("slots", 0, "progression", "steps", 0)
    assert "a percent? write 0.25" in problem.message


# -- programs and the safety policy ----------------------------------------------------------------


def loads(plan: ProgramPlan) -> list[str]:
    return [str(session.sets[0].load) for session in plan.sessions]


def test_build_program_follows_the_wave(wave: type[Wave]) -> None:
    # 57.5 kg x 6 is within 90 % of the eccentric capacity of a 65 kg curl (59.7 kg).
    plan = build_program(program(wave()), athlete(one_rep_max=65), history=(), primer=False)
    assert loads(plan) == ["50 kg", "52.5 kg", "57.5 kg"] * 2
    asked = [s.sets[0].prescription for s in plan.sessions]
    overloads = [p.overload if p is not None else None for p in asked]
    assert overloads == [0.25, 0.35, 0.45] * 2
    assert [s.name for s in plan.sessions[:2]] == ["Arms W1D1", "Arms W2D1"]
    assert [s.date for s in plan.sessions[:2]] == [START, START + dt.timedelta(weeks=1)]
    assert plan.adjustments == ()
    assert not plan.report.has_errors


def test_the_safety_policy_clamps_the_heavy_week_and_the_wave_goes_on(wave: type[Wave]) -> None:
    plan = build_program(program(wave()), athlete(one_rep_max=58), history=(), primer=False)
    # +45 % on 40 kg is 57.5 kg: above 90 % of the eccentric capacity for six lowerings of a
    # 58 kg curl, 58 kg x 1.20 x 85 % x 0.9 = 53.2 kg (NEG201).
    assert loads(plan) == ["50 kg", "52.5 kg", "52.5 kg"] * 2
    assert [(a.loc, a.proposed, a.clamped, a.codes) for a in plan.adjustments] == [
        (("sessions", week, "sets", 0), kg(57.5), kg(52.5), ("NEG201",)) for week in (2, 5)
    ]
    clamped = {f.code for f in plan.report.findings if f.severity is neg.safety.Severity.ERROR}
    assert not clamped & CLAMPED_RULES


def test_errors_a_lighter_load_cannot_clear_are_reported_not_fixed(wave: type[Wave]) -> None:
    beginner = athlete(one_rep_max=58, years=0.5)
    # A coach's policy that makes any overload for a beginner an error (NEG101 warns on
    # submaximal overload by default): no load rule, so no lighter load clears it.
    strict = neg.safety.Policy.preset("standard").with_severity("NEG101", "error")
    plan = build_program(program(wave()), beginner, history=(), policy=strict, primer=False)
    assert loads(plan) == ["50 kg", "52.5 kg", "52.5 kg"] * 2  # load rules are still clamped
    assert [a.codes for a in plan.adjustments] == [("NEG201",)] * 2
    errors = [f for f in plan.report.findings if f.severity is neg.safety.Severity.ERROR]
    assert plan.report.has_errors
    assert {f.code for f in errors} == {"NEG101"}
    assert {f.loc[:2] for f in errors} == {("sessions", i) for i in range(6)}


# -- broken plugins, through hand-built entry points -----------------------------------------------


@attrs.frozen
class Steady:
    """A well-formed progression: keeps the prescription."""

    kind = "steady"

    def propose(self, ctx: ProgressionContext) -> Prescription:
        return ctx.prescription


class NotAttrs:
    """Has a kind and propose, but is not an attrs class."""

    kind = "not_attrs"

    def propose(self, ctx: ProgressionContext) -> Prescription:
        return ctx.prescription


@attrs.frozen
class NoPropose:
    """An attrs class with a kind, but nothing to propose with."""

    kind = "no_propose"


@attrs.frozen
class NoKind:
    """An attrs class with propose, but no kind."""

    def propose(self, ctx: ProgressionContext) -> Prescription:
        return ctx.prescription


def steady() -> Steady:
    """Not a class at all: a function returning an instance."""
    return Steady()


def eps(*specs: tuple[str, str]) -> list[EntryPoint]:
    return [EntryPoint(name, value, PROGRESSIONS_GROUP) for name, value in specs]


HERE = "tests.test_plugin_example"


def test_hand_built_entry_points_are_listed_without_importing_them() -> None:
    found = eps(("zed", "no_such_module_xyz:Zed"), ("steady", f"{HERE}:Steady"))
    other = EntryPoint("steady2", f"{HERE}:Steady", "negatives.rules")  # another group
    infos = available_progressions(entry_points=[*found, other], builtin=False)
    assert [(i.name, i.value, i.distribution, i.version) for i in infos] == [
        ("steady", f"{HERE}:Steady", None, None),
        ("zed", "no_such_module_xyz:Zed", None, None),
    ]  # sorted by name; listing no_such_module_xyz did not import it
    assert not any(info.builtin for info in infos)
    with_builtins = available_progressions(entry_points=[*found, other])
    assert with_builtins[-2:] == infos  # the plugins come after the built-ins


def test_the_builtins_are_listed_and_loaded_by_their_kind() -> None:
    from negatives.progressions import BUILTIN_PROGRESSIONS

    infos = [info for info in available_progressions(entry_points=[]) if info.builtin]
    assert [info.name for info in infos] == sorted(BUILTIN_PROGRESSIONS)
    for info in infos:
        cls = BUILTIN_PROGRESSIONS[info.name]
        assert info.value == f"{cls.__module__}:{cls.__qualname__}"
        assert info.distribution == "negatives"
        assert info.origin.startswith("negatives ")
        assert load_progression(info.name, entry_points=[]) is cls
    assert load_progression("linear") is BUILTIN_PROGRESSIONS["linear"]


def test_load_progression_takes_a_name() -> None:
    with pytest.raises(TypeError, match="takes a name"):
        load_progression(None)  # type: ignore[arg-type]


def test_a_plugin_that_exits_on_import_is_a_plugin_error_naming_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A plugin module that calls sys.exit() as it is imported (argparse at module level, say).
    (tmp_path / "negatives_test_exiting.py").write_text("import sys\nsys.exit(3)\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(neg.PluginError, match=r"plugin 'quit' from an unnamed distribution .*"
                       r"SystemExit: 3") as caught:  # fmt: skip
        load_progression("quit", entry_points=eps(("quit", "negatives_test_exiting:Quit")))
    assert isinstance(caught.value.__cause__, SystemExit)
    sys.modules.pop("negatives_test_exiting", None)


def _interrupted() -> None:
    raise KeyboardInterrupt


def test_a_keyboard_interrupt_while_a_plugin_imports_stops_the_program(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    module = ModuleType("negatives_test_interrupted")
    monkeypatch.setitem(sys.modules, "negatives_test_interrupted", module)
    monkeypatch.setattr(module, "__getattr__", lambda name: _interrupted(), raising=False)
    with pytest.raises(KeyboardInterrupt):
        load_progression("stop", entry_points=eps(("stop", "negatives_test_interrupted:Stop")))


def test_a_hand_built_entry_point_loads_its_class() -> None:
    assert load_progression("steady", entry_points=eps(("steady", f"{HERE}:Steady"))) is Steady


@pytest.mark.parametrize(
    ("specs", "name", "message"),
    [
        pytest.param(
            [("gone", "no_such_module_xyz:Gone")],
            "gone",
            "could not load the negatives.progressions plugin 'gone' from an unnamed "
            "distribution (no_such_module_xyz:Gone): ModuleNotFoundError",
            id="import-error",
        ),
        pytest.param(
            [("missing", f"{HERE}:NotThere")],
            "missing",
            f"could not load the negatives.progressions plugin 'missing' from an unnamed "
            f"distribution ({HERE}:NotThere): AttributeError",
            id="missing-attribute",
        ),
        pytest.param(
            [("not_attrs", f"{HERE}:NotAttrs")],
            "not_attrs",
            f"the progression 'not_attrs' from an unnamed distribution ({HERE}:NotAttrs) is "
            "not an attrs class (got type)",
            id="not-attrs",
        ),
        pytest.param(
            [("steady", f"{HERE}:steady")],
            "steady",
            f"the progression 'steady' from an unnamed distribution ({HERE}:steady) is not an "
            "attrs class (got function)",
            id="not-a-class",
        ),
        pytest.param(
            [("no_propose", f"{HERE}:NoPropose")],
            "no_propose",
            f"the progression 'no_propose' from an unnamed distribution ({HERE}:NoPropose) "
            "has no propose(ctx) method",
            id="no-propose",
        ),
        pytest.param(
            [("no_kind", f"{HERE}:NoKind")],
            "no_kind",
            f"the progression class NoKind from an unnamed distribution ({HERE}:NoKind) has "
            "no class-level 'kind' string",
            id="no-kind",
        ),
        pytest.param(
            [("steadier", f"{HERE}:Steady")],
            "steadier",
            f"the progression 'steadier' from an unnamed distribution ({HERE}:Steady) "
            "declares kind 'steady'; a progression's entry-point name must be its kind",
            id="wrong-kind",
        ),
        pytest.param(
            [("steady", f"{HERE}:Steady"), ("steady", "other_package:Steady")],
            "steady",
            f"two negatives.progressions plugins are named 'steady': from an unnamed "
            f"distribution ({HERE}:Steady) and an unnamed distribution (other_package:Steady)",
            id="clash",
        ),
        pytest.param(
            [("linear", f"{HERE}:Steady")],
            "linear",
            f"the negatives.progressions plugin 'linear' from an unnamed distribution "
            f"({HERE}:Steady) has the name of a built-in; its distribution must rename it",
            id="builtin-clash",
        ),
        pytest.param(
            [("zed", "no_such_module_xyz:Zed")],
            "steady",
            "no negatives.progressions plugin named 'steady' is installed (installed: zed)",
            id="not-installed",
        ),
    ],
)
def test_broken_plugins_raise_a_plugin_error_naming_their_origin(
    specs: list[tuple[str, str]], name: str, message: str
) -> None:
    with pytest.raises(neg.PluginError) as info:
        load_progression(name, entry_points=eps(*specs))
    assert message in str(info.value)
    assert isinstance(info.value, ImportError)


def test_a_clash_with_the_installed_plugin_names_its_distribution_and_version(
    wave: type[Wave],
) -> None:
    (installed,) = [
        ep for ep in metadata.entry_points(group=PROGRESSIONS_GROUP) if ep.name == "wave"
    ]
    version = metadata.version("negatives-wave")
    with pytest.raises(neg.PluginError) as info:
        load_progression("wave", entry_points=[installed, *eps(("wave", f"{HERE}:Steady"))])
    assert str(info.value) == (
        "two negatives.progressions plugins are named 'wave': from negatives-wave "
        f"{version} and an unnamed distribution ({HERE}:Steady)"
    )

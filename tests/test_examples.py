"""Every script in examples/ runs, and the README's Python example runs and prints what it says."""

import os
import re
import runpy
import subprocess
import sys
from pathlib import Path

import pytest

from .helpers import present

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.py"))


def test_there_are_examples() -> None:
    assert EXAMPLES


def _run_example(name: str, cwd: Path) -> str:
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / name)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_example_runs(path: Path, tmp_path: Path) -> None:
    # Examples write their pictures and reports into the current directory: a fresh one.
    out = _run_example(path.name, tmp_path)
    assert out.strip(), "an example should show its results"


def test_there_are_at_least_six_realistic_examples() -> None:
    assert len(EXAMPLES) >= 7  # the quickstart and six recipes


def _png(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert width > 300
    assert height > 200
    return width, height


def _numbers(line: str) -> list[float]:
    return [float(x) for x in re.findall(r"(\d+(?:\.\d+)?) kg", line)]


def test_partner_negatives_example_prints_the_growing_help_and_draws_it(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    import negatives as neg

    out = _run_example("partner_negatives_curl.py", tmp_path)
    lines = [line for line in out.splitlines() if line.strip().startswith("rep ")]
    curl = neg.catalog.lookup("barbell-curl")
    expected = neg.overload.partner_assisted_negatives(
        curl, working_load=neg.kg(40), working_reps=10, reps=8
    ).expand()
    assert len(lines) == len(expected)
    helps = [_numbers(line)[0] for line in lines]
    assert helps == pytest.approx([round(present(r.assistance).kg, 1) for r in expected], abs=0.051)
    assert helps == sorted(helps)  # the partner helps more as the athlete tires
    for line, rep in zip(lines, expected, strict=True):
        partner, athlete, lowered = _numbers(line)
        assert partner + athlete == pytest.approx(present(rep.concentric_load).kg, abs=0.11)
        assert lowered == pytest.approx(present(rep.eccentric_load).kg, abs=0.051)
    assert "NEG304" in out  # a first exposure: the report advises a primer
    assert "0 errors" in out  # the library's own prescription passes its own policy
    _png(tmp_path / "curl-negatives-timeline.png")


def test_ael_example_lowers_more_than_it_presses_on_the_first_rep_only(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    out = _run_example("ael_bench_releasers.py", tmp_path)
    reps = re.findall(r"rep (\d): lower ([\d.]+) kg, press ([\d.]+) kg", out)
    assert len(reps) == 3
    first, *rest = [(float(down), float(up)) for _, down, up in reps]
    assert first[0] > first[1]
    assert all(down == up == first[1] for down, up in rest)
    assert first[0] % 1.25 == 0  # built from 20 kg bar and plates in pairs (2 x 0.625 kg steps)
    _png(tmp_path / "bench-ael-timeline.png")


def test_two_one_example_lowers_twice_what_each_leg_lifts(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    out = _run_example("two_one_leg_press.py", tmp_path)
    lifted, lowered = (
        float(x) for x in present(re.search(r"lifts (\d+) kg and lowers (\d+) kg", out)).groups()
    )
    assert lowered == pytest.approx(2 * lifted, abs=1)
    _png(tmp_path / "leg-press-2-1-timeline.png")


def test_report_example_imports_a_real_export_and_writes_the_html_report(tmp_path: Path) -> None:
    out = _run_example("report_from_export.py", tmp_path)
    assert "30 imported" in out
    assert "loads in lb" in out
    page = (tmp_path / "training-report.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert "<script" not in page
    charts = int(present(re.search(r"(\d+) charts", out)).group(1))
    assert charts == page.count("<svg") >= 4


def test_custom_rule_example_fires_its_own_code(tmp_path: Path) -> None:
    out = _run_example("custom_safety_rule.py", tmp_path)
    assert "house rule fired: True" in out
    assert re.search(r"ERROR +GYM201", out)


def test_season_example_builds_twelve_weeks_and_draws_them(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    out = _run_example("season_program.py", tmp_path)
    assert "26 sessions in all, 2 of them primers" in out  # 12 weeks x 2 days, and primers
    assert re.search(r"standard policy, \d+ rules: 0 errors, 0 warnings", out)
    assert "progress stopped from week 6: Barbell Bench Press" in out  # said once
    _png(tmp_path / "season-weekly-load.png")
    page = (tmp_path / "season-report.html").read_text(encoding="utf-8")
    assert page.count('class="bar eccentric"') >= 12


def test_coach_block_example_rises_every_week_with_a_clean_report(tmp_path: Path) -> None:
    out = _run_example("coach_block.py", tmp_path)
    assert out.startswith("cannot plan around:")
    assert "standard policy, 16 rules: 0 errors, 0 warnings, 0 infos" in out
    assert "Thu 2026-11-19  Negatives block primer" in out
    rise = out[out.index("the heaviest lowering, week by week:") :].splitlines()[1:]
    for line in rise:
        loads = [float(x) for x in re.findall(r"week \d (\d+(?:\.\d+)?) kg", line)]
        assert len(loads) == 5  # weeks 1-3, 5 and 6: week 4 is the deload
        assert loads == sorted(set(loads)), line  # rises every week
    assert "progress stopped" not in out


def _python_blocks(markdown: str) -> list[str]:
    return re.findall(r"```python\n(.*?)```", markdown, flags=re.S)


@pytest.mark.parametrize("doc", ["README.md", "docs/getting-started.md"])
def test_documented_example_prints_what_its_comments_say(
    doc: str, capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (ROOT / doc).read_text(encoding="utf-8")
    if "neg.plot." in text:
        pytest.importorskip("matplotlib", reason='pip install -e ".[plot]"')
    monkeypatch.chdir(tmp_path)  # the examples save pictures and pages
    blocks = _python_blocks(text)
    assert blocks
    namespace: dict[str, object] = {}
    for block in blocks:
        exec(compile(block, doc, "exec"), namespace)  # our own docs
    printed = capsys.readouterr().out.splitlines()
    expected = [
        line.split("#", 1)[1].split(":")[0].strip()
        for block in blocks
        for line in block.splitlines()
        if line.startswith("print(") and "#" in line
    ]
    assert len(printed) >= len(expected)
    got = " ".join(printed)
    for fragment in expected:
        assert fragment in got, f"{doc} says {fragment!r}; the code printed {printed}"


def test_quickstart_is_importable_as_a_script() -> None:
    runpy.run_path(str(ROOT / "examples" / "quickstart.py"), run_name="__main__")


BENCHMARKS = sorted((ROOT / "benchmarks").glob("bench_*.py"))


@pytest.mark.parametrize("path", BENCHMARKS, ids=lambda p: p.name)
def test_benchmark_script_runs_and_prints_a_ratio(path: Path) -> None:
    # Timing is never asserted; this only keeps the scripts working, on a small log.
    result = subprocess.run(
        [sys.executable, str(path)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
        env={**os.environ, "NEGATIVES_BENCH_QUICK": "1"},
    )
    assert result.returncode == 0, result.stderr
    assert "ratio" in result.stdout


DOCS = sorted((ROOT / "docs").rglob("*.md"))


def _own_blocks(markdown: str) -> list[str]:
    """The page's own Python blocks: not those that include an example (those run above)."""
    return [b for b in _python_blocks(markdown) if not b.lstrip().startswith("--8<--")]


@pytest.mark.parametrize("path", [d for d in DOCS if _own_blocks(d.read_text())], ids=str)
def test_every_python_block_in_the_docs_runs(
    path: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Blocks of one page run in order in one namespace, as a reader would type them, in an
    # empty directory (some save pictures).
    if "negatives_wave" in path.read_text() and not os.environ.get("CI"):
        pytest.importorskip("negatives_wave", reason="pip install ./examples/plugin")
    if "neg.plot." in path.read_text():
        pytest.importorskip("matplotlib", reason='pip install -e ".[plot]"')
    if "neg.frame." in path.read_text():
        pytest.importorskip("pandas", reason='pip install -e ".[pandas,polars]"')
        pytest.importorskip("polars", reason='pip install -e ".[pandas,polars]"')
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {}
    for block in _own_blocks(path.read_text(encoding="utf-8")):
        exec(compile(block, str(path), "exec"), namespace)
    capsys.readouterr()


SNIPPET = re.compile(r'--8<-- "([^":]+)(?::(\w+))?"')


@pytest.mark.parametrize("path", sorted((ROOT / "docs" / "cookbook").glob("*.md")), ids=str)
def test_cookbook_pages_include_examples_that_exist(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    for file, section in SNIPPET.findall(text):
        source = (ROOT / file).read_text(encoding="utf-8")
        if section:
            assert f"# --8<-- [start:{section}]" in source, f"{file} has no section {section}"
            assert f"# --8<-- [end:{section}]" in source
    for picture in re.findall(r"\]\(\.\./img/([\w.-]+)\)", text):
        assert (ROOT / "docs" / "img" / picture).is_file(), picture


def test_the_docs_pictures_are_regenerated_by_a_script(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    pytest.importorskip("PIL")
    import shutil

    if not any(shutil.which(b) for b in ("chromium", "chromium-browser", "google-chrome")):
        pytest.skip("no Chromium here (.ci/run installs Debian's chromium package)")
    result = subprocess.run(
        [sys.executable, str(ROOT / "docs" / "gen_screenshots.py"), "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    made = sorted(p.name for p in tmp_path.glob("*.png"))
    committed = sorted(p.name for p in (ROOT / "docs" / "img").glob("*.png"))
    assert made == committed
    for name in made:  # the committed pictures are this script's (same size; pixels may vary)
        assert _png(tmp_path / name) == _png(ROOT / "docs" / "img" / name), name


def test_simulation_example_plays_the_program_forward_and_rpe_follows_the_reports(
    tmp_path: Path,
) -> None:
    out = _run_example("simulate_program.py", tmp_path)
    assert "every number below is simulated, not measured" in out
    for start in ("Barbell Curl (barbell-curl): true 1RM 50 kg -> ", "true 1RM 110 kg -> "):
        assert start in out
    weeks = [line for line in out.splitlines() if line.startswith("  W")]
    assert len(weeks) == 16  # 8 weeks, one curl and one bench session each
    assert all(("@" in line) == ("Thu" in line) for line in weeks if "skipped" not in line)

    def benches(label: str) -> list[float]:
        line = next(line for line in out.splitlines() if line.startswith(label))
        return _numbers(line)

    harder, easier = benches("reports sets harder"), benches("reports sets easier")
    assert len(harder) == len(easier) == 8
    assert harder[0] == easier[0]  # planned before any RPE was reported
    assert sum(harder[1:]) < sum(easier[1:])

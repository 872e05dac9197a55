"""Every script in examples/ runs, and the README's Python example runs and prints what it says."""

import os
import re
import runpy
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.py"))


def test_there_are_examples():
    assert EXAMPLES


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_example_runs(path):
    result = subprocess.run(
        [sys.executable, str(path)], capture_output=True, text=True, timeout=120, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip(), "an example should show its results"


def _python_blocks(markdown: str) -> list[str]:
    return re.findall(r"```python\n(.*?)```", markdown, flags=re.S)


@pytest.mark.parametrize("doc", ["README.md", "docs/getting-started.md"])
def test_documented_example_prints_what_its_comments_say(doc, capsys):
    blocks = _python_blocks((ROOT / doc).read_text(encoding="utf-8"))
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


def test_quickstart_is_importable_as_a_script():
    runpy.run_path(str(ROOT / "examples" / "quickstart.py"), run_name="__main__")


BENCHMARKS = sorted((ROOT / "benchmarks").glob("bench_*.py"))


@pytest.mark.parametrize("path", BENCHMARKS, ids=lambda p: p.name)
def test_benchmark_script_runs_and_prints_a_ratio(path):
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


@pytest.mark.parametrize("path", [d for d in DOCS if "```python" in d.read_text()], ids=str)
def test_every_python_block_in_the_docs_runs(path, capsys):
    # Blocks of one page run in order in one namespace, as a reader would type them.
    if "negatives_wave" in path.read_text() and not os.environ.get("CI"):
        pytest.importorskip("negatives_wave", reason="pip install ./examples/plugin")
    namespace: dict[str, object] = {}
    for block in _python_blocks(path.read_text(encoding="utf-8")):
        exec(compile(block, str(path), "exec"), namespace)
    capsys.readouterr()

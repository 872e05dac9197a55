"""``python -m negatives`` runs the command line (in-process here, for coverage)."""

from __future__ import annotations

import runpy
import sys

import pytest


def test_python_dash_m_runs_the_command_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "argv", ["negatives", "schema", "--list"])
    with pytest.raises(SystemExit) as stopped:
        runpy.run_module("negatives", run_name="__main__", alter_sys=True)
    assert stopped.value.code == 0
    assert "training_log" in capsys.readouterr().out.split()

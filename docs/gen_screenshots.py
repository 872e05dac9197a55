"""Regenerate the pictures in docs/img/ from the example scripts.

    python docs/gen_screenshots.py            # writes docs/img/*.png
    python docs/gen_screenshots.py --out DIR  # somewhere else (the tests do this)

The pictures are the examples' own output, never hand-made: the curl's phase timeline
(``examples/partner_negatives_curl.py``), the season's weekly load
(``examples/season_program.py``), and screenshots of the HTML reports of the season and of a
real Strong export (``examples/report_from_export.py``), taken with headless Chromium (Debian's
``chromium`` package). Needs ``negatives[plot]`` and Pillow (both in the ``dev`` extra).
"""

from __future__ import annotations

import argparse
import os
import runpy
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def _run_example(name: str, workdir: Path, *args: str) -> None:
    """Run ``examples/NAME`` with ``workdir`` as the current directory (its files land there)."""
    here = Path.cwd()
    saved = sys.argv
    try:
        os.chdir(workdir)
        sys.argv = [name, *args]
        runpy.run_path(str(ROOT / "examples" / name), run_name="__main__")
    finally:
        sys.argv = saved
        os.chdir(here)


def browser() -> str | None:
    """A Chromium-compatible browser on PATH, if any."""
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    return None


def screenshot(page: Path, target: Path, *, width: int, height: int) -> None:
    """Render ``page`` in headless Chromium to a ``width`` x ``height`` PNG."""
    chrome = browser()
    if chrome is None:
        raise SystemExit("no Chromium found: apt-get install chromium")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                chrome,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                "--force-device-scale-factor=1",
                f"--user-data-dir={profile}",
                f"--screenshot={target}",
                f"--window-size={width},{height}",
                page.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
            env={**os.environ, "HOME": profile},
        )


def _crop(png: Path, height: int) -> None:
    """Keep the top ``height`` pixels of ``png``."""
    from PIL import Image

    with Image.open(png) as image:
        top = image.convert("RGB").crop((0, 0, image.width, min(height, image.height)))
    top.save(png, optimize=True)


def main(argv: list[str] | None = None) -> int:
    """Write the pictures; 0 when done."""
    parser = argparse.ArgumentParser(description="Regenerate the docs' pictures.")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "img")
    args = parser.parse_args(argv)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        workdir = Path(work)
        _run_example("partner_negatives_curl.py", workdir)
        _run_example("season_program.py", workdir)
        _run_example("report_from_export.py", workdir)
        shutil.copy(workdir / "curl-negatives-timeline.png", out / "timeline-curl-negatives.png")
        shutil.copy(workdir / "season-weekly-load.png", out / "weekly-load-season.png")
        report = out / "report-season.png"
        screenshot(workdir / "season-report.html", report, width=1100, height=2400)
        _crop(report, 1900)
        export = out / "report-strong-export.png"
        screenshot(workdir / "training-report.html", export, width=1100, height=1700)
        _crop(export, 1700)
    for picture in sorted(out.glob("*.png")):
        print(
            f"wrote {picture.relative_to(out.parent) if out.parent in picture.parents else picture}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

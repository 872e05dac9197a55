"""negatives.reporting.html: a self-contained, accessible page whose charts hold the library's
numbers, that escapes what it reads, and that a real browser draws."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import negatives as neg
from negatives import analysis, io
from negatives.cli import main
from negatives.reporting import PLOT_BACKGROUND

from .helpers import present

if TYPE_CHECKING:  # Pillow is imported where a browser test needs it
    from PIL.Image import Image

EXPORTS = Path(__file__).parent / "data" / "exports"
CURL = neg.catalog.lookup("barbell-curl")
BENCH = neg.catalog.lookup("bench-press")


class _Page(HTMLParser):
    """Elements with their attributes, and the text inside each id'd element."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.ids: dict[str | None, str] = {}
        self.text: list[str] = []
        self._open: list[str] = []
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.elements.append((tag, attributes))
        if "id" in attributes:
            self.ids[attributes["id"]] = tag

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def all(self, tag: str, css_class: str | None = None) -> list[dict[str, str | None]]:
        return [
            a
            for t, a in self.elements
            if t == tag and (css_class is None or css_class in (a.get("class") or "").split())
        ]


def _block() -> list[neg.Session]:
    days = [dt.date(2026, 1, 5) + dt.timedelta(days=d) for d in (0, 3, 7, 10, 14, 28, 35)]
    sessions = []
    for index, day in enumerate(days):
        negative = neg.overload.partner_assisted_negatives(
            CURL, working_load=neg.kg(40), working_reps=10, overload=0.3, reps=6
        )
        sessions.append(
            neg.Session(
                day,
                name="Arms & chest",
                sets=[
                    neg.Set(CURL, reps=10, load=neg.kg(40 + index)),
                    negative,
                    neg.Set(BENCH, reps=5, load=neg.kg(80 + 2 * index)),
                ],
                setup=neg.Setup(spotters=1, partner_max_assist=neg.kg(40)),
            )
        )
    return sessions


ATHLETE = neg.Athlete(
    "ana",
    training_age_years=3,
    concentric_1rm={"bench-press": neg.kg(100)},
    concentric_1rm_dates={"bench-press": dt.date(2026, 1, 20)},
)


def test_the_page_is_self_contained_and_runs_no_script() -> None:
    page = neg.reporting.html(_block(), athlete=ATHLETE, history=())
    assert page.startswith("<!DOCTYPE html>")
    lowered = page.lower()
    for needle in (
        "<script",
        "<link",
        "<img",
        "<iframe",
        "@import",
        "url(",
        " src=",
        "on" + "load=",
    ):
        assert needle not in lowered, needle
    urls = set(re.findall(r"https?://[^\s\"'<>]+", page))
    assert urls <= {"http://www.w3.org/2000/svg"}
    assert "default-src 'none'" in page  # a content security policy forbids fetching anything


def test_every_chart_is_labelled_and_has_a_table_behind_it() -> None:
    page = neg.reporting.html(_block(), athlete=ATHLETE, history=())
    parsed = _Page(page)
    assert len(parsed.all("h1")) == 1
    assert {a.get("id") for a in parsed.all("h2")} >= {"summary", "weekly", "strength", "safety"}
    assert parsed.all("html")[0].get("lang") == "en"
    svgs = parsed.all("svg")
    assert len(svgs) >= 3
    for svg in svgs:
        assert svg["role"] == "img"
        title, desc = present(svg["aria-labelledby"]).split()
        assert parsed.ids[title] == "title"
        assert parsed.ids[desc] == "desc"
    # one figure per chart, each with a heading, a caption and a table of the numbers
    figures = re.findall(r"<figure.*?</figure>", page, flags=re.S)
    assert len(figures) == len(svgs)
    for figure in figures:
        assert re.search(r"<h3 id=", figure)
        assert "<figcaption>" in figure
        assert re.search(r"<details><summary>Data table: .*?<table>", figure, flags=re.S)
        assert figure.index("<svg") < figure.index("<table>")


def test_weekly_bars_equal_analysis_of_each_muscles_working_sets() -> None:
    sessions = _block()
    page = neg.reporting.html(sessions, athlete=ATHLETE, history=(), weeks=None)
    bars: dict[str, list[tuple[str, float]]] = {}
    for kind, week, value in re.findall(
        r'<rect class="bar (\w+)" data-week="([\d-]+)" data-value="([^"]+)"', page
    ):
        bars.setdefault(kind, []).append((week, float(value)))
    expected_ecc, expected_con = [], []
    for muscle in ("biceps", "chest"):  # largest volume first
        for week, group in analysis.by_week(sessions).items():
            working = [s for x in group for s in x.sets if neg.Muscle(muscle) in s.exercise.muscles]
            summary = analysis.summarize(working)
            expected_ecc.append((week.isoformat(), summary.athlete_eccentric_volume.kg))
            expected_con.append((week.isoformat(), summary.athlete_concentric_volume.kg))
    assert [w for w, _ in bars["eccentric"]] == [w for w, _ in expected_ecc]
    assert [v for _, v in bars["eccentric"]] == pytest.approx([v for _, v in expected_ecc])
    assert [v for _, v in bars["concentric"]] == pytest.approx([v for _, v in expected_con])


def test_trend_points_equal_each_days_estimate_and_the_tested_1rm_is_drawn() -> None:
    sessions = _block()
    page = neg.reporting.html(sessions, athlete=ATHLETE, history=(), exercises=[BENCH])
    points = re.findall(r'<circle class="point" data-date="([\d-]+)" data-value="([^"]+)"', page)
    expected = [
        (s.date.isoformat(), neg.strength.estimate_1rm(s.sets[2].load, 5, "consensus").kg)
        for s in sessions
    ]
    assert [d for d, _ in points] == [d for d, _ in expected]
    assert [float(v) for _, v in points] == pytest.approx([v for _, v in expected], rel=1e-5)
    assert re.search(r'<g class="tested" data-date="2026-01-20" data-value="100"', page)


def test_findings_and_what_was_not_checked_are_all_listed_escaped() -> None:
    sessions = _block()
    novice = neg.Athlete("sam", training_age_years=0.5, concentric_1rm={"barbell-curl": neg.kg(50)})
    report = neg.safety.check(sessions, athlete=novice)  # no history: some rules cannot check
    assert report.findings
    assert report.not_checked
    page = neg.reporting.html(sessions, athlete=novice)
    text = " ".join(_Page(page).text)
    for finding in report.findings:
        assert finding.code in text
        assert finding.message in text
        assert finding.fix in text
        assert finding.where in text
    for note in report.not_checked:
        assert note.reason in text
    assert "2026-01-05 (Arms & chest), set 2" in text  # where, in words
    assert "Arms &amp; chest" in page


HOSTILE = "<script>alert(1)</script>"


def test_names_from_the_input_are_escaped_everywhere() -> None:
    evil = neg.Exercise(
        "evil-curl", HOSTILE, muscles=["biceps"], equipment="barbell", starts_with="concentric"
    )
    session = neg.Session(
        dt.date(2026, 1, 5),
        name=f'"><img src=x onerror=alert(1)>{HOSTILE}',
        notes=HOSTILE,
        sets=[neg.Set(evil, reps=8, load=neg.kg(30))],
    )
    page = neg.reporting.html([session], title=HOSTILE)
    assert "<script" not in page.lower()
    assert "<img" not in page.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def _tags(page: str) -> list[str]:
    return [tag for tag, _ in _Page(page).elements]


def _page_with_names(text: str) -> str:
    exercise = neg.Exercise(
        "custom-lift", text, muscles=["biceps"], equipment="barbell", starts_with="concentric"
    )
    session = neg.Session(
        dt.date(2026, 1, 5),
        name=text,
        notes=text,
        sets=[neg.Set(exercise, reps=8, load=neg.kg(30))],
    )
    athlete = neg.Athlete(text.strip() or "x", training_age_years=3)
    return neg.reporting.html([session], athlete=athlete, title=text)


@settings(max_examples=30)
@given(
    st.text(
        alphabet=st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]),
        min_size=1,
        max_size=60,
    ).filter(str.strip)
)
def test_no_text_from_the_input_can_add_an_element(text: str) -> None:
    # Whatever the names hold, the page has exactly the elements it has for a plain name.
    assert _tags(_page_with_names(text)) == _tags(_page_with_names("Plain"))


def test_a_hostile_exercise_name_in_a_csv_export_is_escaped(tmp_path: Path) -> None:
    source = (EXPORTS / "strong-real.csv").read_text(encoding="utf-8")
    hostile = source.replace('"Bench Press (Barbell)"', '"<script>alert(1)</script>"')
    assert hostile != source
    export = tmp_path / "strong.csv"
    export.write_text(hostile, encoding="utf-8")
    result = io.read_export(export, unit="lb")
    page = neg.reporting.html(result.sessions)
    assert "<script" not in page.lower()
    assert "&lt;script&gt;" in page


def test_recent_weeks_only_and_bad_arguments() -> None:
    page = neg.reporting.html(_block(), weeks=2)
    assert "The last 2 of 6 weeks" in page  # 26 January was a week off
    weeks = set(re.findall(r'class="bar eccentric" data-week="([\d-]+)"', page))
    assert weeks == {"2026-02-02", "2026-02-09"}
    with pytest.raises(neg.ValidationError, match="weeks"):
        neg.reporting.html(_block(), weeks=0)
    with pytest.raises(neg.ValidationError, match="deadlift"):
        neg.reporting.html(_block(), exercises=["deadlift"])
    with pytest.raises(TypeError, match="exercises"):
        neg.reporting.html(_block(), exercises="bench-press")
    with pytest.raises(TypeError, match="sessions"):
        neg.reporting.html("log.json")  # type: ignore[arg-type]


def test_no_sessions_still_make_a_page() -> None:
    page = neg.reporting.html([])
    assert "no sessions" in page
    assert "No working sets to chart" in page


def test_the_report_needs_no_matplotlib() -> None:
    code = (
        "import sys\n"
        "sys.modules['matplotlib'] = None\n"
        "import negatives as neg, datetime as dt\n"
        "c = neg.catalog.lookup('barbell-curl')\n"
        "s = neg.Session(dt.date(2026, 1, 5), sets=[neg.Set(c, reps=8, load=neg.kg(30))])\n"
        "print(neg.reporting.html([s]).count('<svg'))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.strip() == "2", out.stderr


def test_cli_writes_the_html_report_of_an_export(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "report.html"
    status = main(["report", str(EXPORTS / "hevy-real.csv"), "--html", str(target)])
    captured = capsys.readouterr()
    assert status == 0, captured.err
    assert f"wrote {target}" in captured.err
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert "Incline Bench Press" in page or "Incline Dumbbell" in page
    assert main(["report", str(EXPORTS / "hevy-real.csv"), "--html", "-", "--json"]) == 2
    assert "choose one" in capsys.readouterr().err
    assert main(["report", str(EXPORTS / "hevy-real.csv"), "--html", "-", "--policy", "x"]) == 2


# -- in a real browser ----------------------------------------------------------------------------


def _browser() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


def _screenshot(page: str, tmp_path: Path, width: int, height: int) -> Image:
    image = pytest.importorskip("PIL.Image")
    browser = _browser()
    if browser is None:
        pytest.skip("no Chromium here (.ci/run installs Debian's chromium package)")
    source = tmp_path / "report.html"
    source.write_text(page, encoding="utf-8")
    shot = tmp_path / "report.png"
    profile = tmp_path / "profile"
    subprocess.run(
        [
            browser,
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
            f"--screenshot={shot}",
            f"--window-size={width},{height}",
            source.as_uri(),
        ],
        capture_output=True,
        timeout=120,
        check=True,
        env={**os.environ, "HOME": str(tmp_path)},
    )
    picture: Image = image.open(shot).convert("RGB")
    return picture


def _rgb(colour: str) -> tuple[int, ...]:
    return tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))


def _mask(picture: Image, *colours: str, tolerance: int = 3) -> Image:
    """A black-and-white image: white where a pixel is within ``tolerance`` of a colour."""
    from PIL import Image, ImageChops

    found = Image.new("L", picture.size, 0)
    for colour in colours:
        red, green, blue = ImageChops.difference(
            picture, Image.new("RGB", picture.size, _rgb(colour))
        ).split()
        furthest = ImageChops.lighter(ImageChops.lighter(red, green), blue)
        found = ImageChops.lighter(found, furthest.point(lambda v: 255 if v <= tolerance else 0))
    return found


def _count(mask: Image, box: tuple[int, int, int, int] | None = None) -> int:
    return (mask.crop(box) if box else mask).histogram()[255]


def _plot_areas(picture: Image) -> list[tuple[int, int]]:
    """Vertical bands of rows that are mostly the plot background: one per chart."""
    from PIL import Image

    height = picture.size[1]
    background = _mask(picture, PLOT_BACKGROUND)
    rows = list(background.resize((1, height), Image.Resampling.BOX).tobytes())
    bands, start, gap, end = [], None, 0, 0
    for y, mean in enumerate(rows):
        if mean >= 255 * 0.4:  # 40 % of the row is plot background
            if start is None:
                start = y
            gap, end = 0, y
        elif start is not None:
            gap += 1
            if gap > 4:  # a grid line is 1 px; a chart's plot area is ~150 px tall
                bands.append((start, end))
                start, gap = None, 0
    if start is not None:
        bands.append((start, end))
    return [band for band in bands if band[1] - band[0] > 40]


def test_a_real_export_renders_in_a_real_browser(tmp_path: Path) -> None:
    # Strong writes pounds without saying so; the report of a real export, single-column at a
    # phone's width so that every chart is its own band of the screenshot.
    result = io.read_export(EXPORTS / "strong-real.csv", unit="lb")
    page = neg.reporting.html(result.sessions)
    charts = page.count("<svg")
    assert charts >= 4
    width, height = 480, 9000
    picture = _screenshot(page, tmp_path, width, height)
    assert picture.size == (width, height)  # the page's size: what was asked, nothing scaled
    # the page ended inside the picture: its last rows are blank, its first are not
    white = _mask(picture, "#FFFFFF", tolerance=0)
    assert _count(white, (0, height - 40, width, height)) == width * 40
    assert _count(white, (0, 0, width, 80)) < width * 80
    areas = _plot_areas(picture)
    assert len(areas) == charts, f"{len(areas)} plot areas drawn for {charts} charts"
    marks = _mask(picture, *(neg.plot.SERIES[k] for k in ("eccentric", "concentric", "e1rm")))
    background = _mask(picture, PLOT_BACKGROUND)
    for top, bottom in areas:
        drawn = _count(marks, (0, top, width, bottom + 1))
        assert drawn >= 20, f"the chart at rows {top}-{bottom} has no bars or points"
        # it fits the phone's width: the plot area does not reach the right edge
        assert _count(background, (width - 4, top, width, bottom + 1)) == 0


def test_the_latest_negative_set_is_drawn_phase_by_phase_with_each_reps_help() -> None:
    sessions = _block()
    page = neg.reporting.html(sessions)
    assert 'id="timeline"' in page
    item = sessions[-1].sets[1]  # the last session's partner-assisted negatives
    helps = re.findall(r'<rect class="help" data-rep="(\d+)" data-value="([^"]+)"', page)
    expected = [present(rep.assistance).kg for rep in item.expand()]
    assert [int(r) for r, _ in helps] == list(range(1, item.reps + 1))
    assert [float(v) for _, v in helps] == pytest.approx(expected)
    phases = re.findall(r'<rect class="phase (\w+)"', page)
    assert phases == [p.phase.value for rep in item.expand() for p in rep.phases if p.seconds]


def test_no_timeline_without_an_overload_set_with_durations() -> None:
    plain = [neg.Session(dt.date(2026, 1, 5), sets=[neg.Set(CURL, reps=8, load=neg.kg(30))])]
    no_tempo = [
        neg.Session(
            dt.date(2026, 1, 5),
            sets=[neg.Set(CURL, reps=3, load=neg.kg(56), method="partner_assisted")],
        )
    ]
    for sessions in (plain, no_tempo):
        page = neg.reporting.html(sessions)
        assert 'id="timeline"' not in page
        assert 'href="#timeline"' not in page


def test_a_plan_with_negatives_renders_in_a_real_browser(tmp_path: Path) -> None:
    page = neg.reporting.html(_block(), athlete=ATHLETE, history=())
    charts = page.count("<svg")
    timelines = page.count('class="chart timeline"')
    assert timelines == 1
    width, height = 480, 7000
    picture = _screenshot(page, tmp_path, width, height)
    areas = _plot_areas(picture)  # a timeline's plot area is shaded by its phases instead
    assert len(areas) == charts - timelines
    helped = _count(_mask(picture, neg.plot.SERIES["help"]))
    assert helped >= 200, "the partner's help band did not draw"


def test_report_options_body_parts_counts_and_a_log() -> None:
    log = neg.TrainingLog(ATHLETE, _block())
    page = neg.reporting.html(log, by="body_part", exercises=1)
    assert "athlete ana" in page
    assert page.count('class="chart trend"') == 1
    assert re.search(r"<h3 id=\"weekly-\d-h\">arms</h3>", page)
    assert page.count('class="chart trend"') == 1
    with pytest.raises(neg.ValidationError, match="exercises"):
        neg.reporting.html(log, exercises=-1)
    with pytest.raises(TypeError, match="exercises"):
        neg.reporting.html(log, exercises=1.5)  # type: ignore[arg-type]


def test_a_long_log_labels_years_and_keeps_points_without_tooltips() -> None:
    day = dt.date(2024, 1, 1)
    sessions = []
    for week in range(160):
        sessions.append(
            neg.Session(
                day + dt.timedelta(weeks=week),
                sets=[neg.Set(BENCH, reps=5, load=neg.kg(60 + week % 20))],
            )
        )
    page = neg.reporting.html(sessions)
    assert "The last 12 of 160 weeks" in page
    trend = page[page.index('class="chart trend"') :]
    trend = trend[: trend.index("</svg>")]
    assert re.search(r">Jan 2024<", trend)
    assert trend.count('<circle class="point') == 160
    assert "<title>2024" not in trend  # too many points for tooltips: the table has them

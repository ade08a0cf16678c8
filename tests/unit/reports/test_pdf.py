"""The PDF of the demo project as a reader gets it: text extracted with pdftotext, pages
rendered with pdftoppm, images listed with pdfimages, fonts with pdffonts."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from desktop.core import formatting
from desktop.core.catalogue import api as catalogue
from desktop.core.demo.build import build_demo
from desktop.core.project.api import ProjectApi
from desktop.core.reports.content import build_report
from desktop.core.reports.document import Chart, Column, Report, Section, Table
from desktop.core.reports.pdf import write_pdf
from desktop.core.scenarios.evaluation import Simulation
from desktop.core.scenarios.from_project import project_data
from desktop.core.scenarios.model import compute
from desktop.core.scenarios.store import load_scenario
from tests.unit.reports.demo_project import SCENARIOS, demo_project

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="poppler-utils (pdftotext, pdftoppm) is not installed")

RECOMMENDATION = "=SUM(A1) Vi anbefaler «Felles drift» – samlet gevinst ≈ 5\u00a0MNOK.\n\n@alle"


def run(*argv: str) -> str:
    done = subprocess.run(argv, capture_output=True, text=True, check=True)
    return done.stdout


def plain(text: str) -> str:
    """No-break spaces as spaces, runs of spaces as one (pdftotext -layout pads columns)."""
    return re.sub(r"[ \u00a0]+", " ", text)


class Demo:
    def __init__(self, path: Path, pdf: Path, report: Report) -> None:
        self.path, self.pdf, self.report = path, pdf, report
        self.text = run("pdftotext", "-layout", str(pdf), "-")
        self.flat = plain(self.text)
        info = run("pdfinfo", str(pdf))
        self.info = dict(line.split(":", 1) for line in info.splitlines() if ":" in line)
        self.pages = int(self.info["Pages"])
        self._pages: dict[int, str] = {}

    def summary_page(self) -> int:
        """The first page after the contents (which may take more than one page)."""
        return next(n for n in range(2, self.pages + 1)
                    if any(line.strip() == "Sammendrag" for line in self.page(n).splitlines()))

    def contents(self) -> str:
        return "".join(self.page(n) for n in range(2, self.summary_page()))

    def page(self, n: int) -> str:
        if n not in self._pages:
            self._pages[n] = plain(run("pdftotext", "-layout", "-f", str(n), "-l", str(n),
                                       str(self.pdf), "-"))
        return self._pages[n]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Demo:
    root = tmp_path_factory.mktemp("pdf")
    path = demo_project(tmp_path_factory, root / "p.samdrift")
    api = ProjectApi.open(path)
    try:
        report = build_report(api.db, [s.name for s in SCENARIOS], RECOMMENDATION,
                              simulation=Simulation(draws=300))
    finally:
        api.close()
    pdf = root / "rapport.pdf"
    write_pdf(report, pdf)
    return Demo(path, pdf, report)


def test_every_heading_is_in_the_text_and_the_contents(demo: Demo) -> None:
    contents = demo.contents()
    assert "Innhold" in contents
    words = " ".join(demo.text.split())  # a long heading may wrap
    for section in demo.report.sections:
        assert " ".join(section.title.split()) in words, section.title
        if not section.in_contents:  # one note or fact sheet: its chapter is listed
            continue
        # the contents line: the title, dot leaders, the page number
        assert re.search(re.escape(section.title) + r" ?(\. ?)+\d+", contents), section.title


def test_contents_page_numbers_point_at_the_headings(demo: Demo) -> None:
    contents = demo.contents()
    for title in ("Systemlandskapet", "Sammenligning av scenarioene"):
        page = int(re.search(re.escape(title) + r" ?(?:\. ?)+(\d+)", contents).group(1))  # type: ignore[union-attr]
        assert title in demo.page(page)


def test_bookmarks_for_every_chapter(demo: Demo) -> None:
    data = demo.pdf.read_bytes()
    assert b"/Outlines" in data and b"/UseOutlines" in data
    titles = re.findall(rb"/Title \(([^)]*)\)", data)
    for title in ("Sammendrag", "Systemlandskapet", "Sammenligning av scenarioene"):
        assert title.encode() in titles


def test_page_numbers_and_running_header(demo: Demo) -> None:
    assert demo.pages >= 10
    first = demo.page(1)
    assert "Side 1" not in first and demo.report.title.split()[0] in first
    for n in (2, demo.pages // 2, demo.pages):
        page = demo.page(n)
        assert f"Side {n} av {demo.pages}" in page
        assert "Forstudie IT-samarbeid Knutepunkt Sørlandet" in page.splitlines()[0]


def test_every_municipality_is_named(demo: Demo) -> None:
    for name in ("Birkenes", "Iveland", "Kristiansand", "Lillesand", "Songdalen", "Søgne",
                 "Vennesla"):
        assert name in demo.flat


def test_key_numbers_equal_the_cores(demo: Demo) -> None:
    api = ProjectApi.open(demo.path)
    try:
        project = project_data(api.db)
        s = catalogue.summary(api.db)
        systems = (f"{formatting.number(s.installations)} installasjoner → "
                   f"{formatting.number(s.systems)} distinkte systemer")
        results = [compute(project, load_scenario(api.db, s.name)) for s in SCENARIOS]
    finally:
        api.close()
    assert plain(systems) in demo.flat  # "206 installasjoner → 51 distinkte systemer"
    summary = demo.page(demo.summary_page())
    for result in results:
        npv = plain(formatting.amount(result.npv))
        assert npv in summary
        assert str(result.payback_year) in summary
        heading = f"Scenario: {result.scenario.name}"
        chapter = next(n for n in range(3, demo.pages + 1)
                       if any(line.strip() == heading for line in demo.page(n).splitlines()))
        assert npv in demo.page(chapter)


def test_recommendation_is_text_as_written(demo: Demo) -> None:
    assert "=SUM(A1) Vi anbefaler «Felles drift» – samlet gevinst ≈ 5 MNOK." in demo.flat
    assert "@alle" in demo.flat


def test_every_page_renders(demo: Demo, tmp_path: Path) -> None:
    done = subprocess.run(["pdftoppm", "-r", "40", "-png", str(demo.pdf), str(tmp_path / "p")],
                          capture_output=True, text=True)
    assert done.returncode == 0 and done.stderr == ""
    assert len(list(tmp_path.glob("p-*.png"))) == demo.pages


@pytest.fixture(scope="module", params=["as shipped", "catalogue decided"])
def shipped_pdf(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
                ) -> Path:
    """The full report of the demo as `samdrift demo` ships it (its example scenarios, one of
    them at level 3: decision notes and fact sheets), as `samdrift report --pdf` writes it; and
    of the same demo after the catalogue's automatic decisions, as a user reports after review."""
    root = tmp_path_factory.mktemp("shipped")
    if not _shipped:
        _shipped.append(build_demo(tmp_path_factory.mktemp("shipped-demo"), scenarios=True))
    path = root / "demo.samdrift"
    shutil.copy(_shipped[0], path)
    api = ProjectApi.open(path)
    try:
        if request.param == "catalogue decided":
            catalogue.auto(api.db)
        report = api.reports.build([], simulation=api.scenarios.simulation())
    finally:
        api.close()
    pdf = root / "rapport.pdf"
    write_pdf(report, pdf)
    return pdf


_shipped: list[Path] = []  # the demo project, built once per session


def page_fill(pdf: Path, directory: Path) -> dict[int, float]:
    """How far down each page's body (without header and footer) there is ink, 0 to 1."""
    from PIL import Image

    subprocess.run(["pdftoppm", "-r", "30", "-gray", "-png", str(pdf), str(directory / "p")],
                   check=True)
    filled = {}
    for png in sorted(directory.glob("p-*.png")):
        image = Image.open(png).convert("L")
        width, height = image.size
        px = image.load()
        top, bottom = int(0.08 * height), int(0.92 * height)  # without header and footer
        ink = [y for y in range(top, bottom) if any(px[x, y] < 200 for x in range(width))]
        filled[int(png.stem.split("-")[1])] = (max(ink) - top) / (bottom - top) if ink else 0
    return filled


def test_no_near_empty_page(shipped_pdf: Path, tmp_path: Path) -> None:
    """A section's last lines alone on a page (the end of a decision note, a table's footnote),
    a chapter's intro alone before its first fact sheet, or a page left white before the next
    chapter, read as a printing error: every page but the title page and the last is filled
    at least to a third of its height."""
    filled = page_fill(shipped_pdf, tmp_path)
    near_empty = [n for n, share in filled.items() if share < 1 / 3 and 1 < n < len(filled)]
    assert not near_empty, {n: round(filled[n], 2) for n in near_empty}


def test_charts_are_vector_graphics(demo: Demo) -> None:
    charts = [b for s in demo.report.sections for b in s.blocks if isinstance(b, Chart)]
    # 3 per scenario (distribution, tornado, risk matrix), 3 compared
    assert len(charts) == 3 * len(demo.report.scenarios) + 3
    images = run("pdfimages", "-list", str(demo.pdf)).splitlines()[2:]
    assert images == []  # no bitmap anywhere: charts are paths and text
    assert charts[0].title in demo.flat
    assert "MNOK" in demo.flat  # an axis label of a chart, as text
    assert "Akkumulert netto innsparing (MNOK)" in demo.flat


def test_fonts_are_embedded_and_metadata_set(demo: Demo) -> None:
    fonts = run("pdffonts", str(demo.pdf))
    dejavu = [line for line in fonts.splitlines() if "DejaVuSans" in line]
    assert dejavu and all(" yes yes yes " in line for line in dejavu)
    assert demo.info["Title"].strip() == demo.report.title
    assert demo.info["Author"].strip() == "Samdrift"
    assert "Knutepunkt Sørlandet" in demo.info["Subject"]


def test_missing_values_show_as_missing(tmp_path: Path) -> None:
    table = Table("T", "Innbyggere og kostnad",
                  (Column("Kommune"), Column("Innbyggere", "integer"),
                   Column("Kostnad", "kroner")),
                  (("Birkenes", 5_300, 8_540_000), ("Iveland", None, 3_597_000)),
                  total=("Sum", 5_300, 12_137_000), note="Innbyggere mangler for Iveland.")
    out = tmp_path / "t.pdf"
    write_pdf(Report("Test", "Undertittel", dt.date(2026, 11, 22),
                     (Section("Kapittel", (table,)),)), out)
    text = plain(run("pdftotext", "-layout", str(out), "-"))
    assert re.search(r"Iveland – 3 597 000 kr", text)
    assert "Innbyggere mangler for Iveland." in text
    assert re.search(r"Sum 5 300 12 137 000 kr", text)


def test_charts_painted_in_a_second_process_are_the_same(demo: Demo, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch
                                                         ) -> None:
    """`samdrift report` has a forked process paint the charts while it lays out the pages
    (Linux): every page looks as when this process paints them itself."""
    from desktop.core.reports import pdf_charts

    if not pdf_charts.Prerendered.available():
        pytest.skip("no fork on this platform: the charts are painted in one process")
    replayed = []
    replay = pdf_charts.replay
    monkeypatch.setattr(pdf_charts, "replay",
                        lambda calls, canvas: (replayed.append(1), replay(calls, canvas)))
    forked = tmp_path / "forked.pdf"
    write_pdf(demo.report, forked, fork=True)
    charts = [b for s in demo.report.sections for b in s.blocks if isinstance(b, Chart)]
    assert len(replayed) == len(charts)
    for name, pdf in (("one", demo.pdf), ("two", forked)):
        subprocess.run(["pdftoppm", "-r", "30", "-png", str(pdf), str(tmp_path / name)],
                       check=True)
    one = sorted(tmp_path.glob("one-*.png"))
    two = sorted(tmp_path.glob("two-*.png"))
    assert len(one) == len(two) == demo.pages
    for a, b in zip(one, two, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name


def test_charts_are_painted_here_when_the_second_process_fails(
        demo: Demo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.core.reports import pdf_charts

    if not pdf_charts.Prerendered.available():
        pytest.skip("no fork on this platform: the charts are painted in one process")
    monkeypatch.setattr(pdf_charts, "_paint_all", lambda charts, out: out.put(("failed",)))
    forked = tmp_path / "forked.pdf"
    write_pdf(demo.report, forked, fork=True)
    for name, pdf in (("one", demo.pdf), ("two", forked)):
        subprocess.run(["pdftoppm", "-r", "30", "-png", str(pdf), str(tmp_path / name)],
                       check=True)
    one = sorted(tmp_path.glob("one-*.png"))
    two = sorted(tmp_path.glob("two-*.png"))
    assert [p.read_bytes() for p in one] == [p.read_bytes() for p in two]

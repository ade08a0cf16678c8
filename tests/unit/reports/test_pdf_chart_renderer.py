"""A matplotlib figure painted on a reportlab page: what a reader sees (pdftoppm pixels) and
can search (pdftotext) — colours where matplotlib put them, text as text, nothing dropped."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from matplotlib.figure import Figure
from PIL import Image
from reportlab.pdfgen.canvas import Canvas

from desktop.core.reports.pdf_chart_renderer import draw_figure

pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None,
                                reason="poppler-utils (pdftotext, pdftoppm) is not installed")

WIDTH, HEIGHT = 6.0, 4.0  # inches: the page is the figure, 432 × 288 pt


def page_of(figure: Figure, tmp_path: Path) -> Path:
    pdf = tmp_path / "figur.pdf"
    canvas = Canvas(str(pdf), pagesize=(WIDTH * 72, HEIGHT * 72))
    draw_figure(figure, canvas)
    canvas.showPage()
    canvas.save()
    return pdf


def pixels(pdf: Path, tmp_path: Path, dpi: int = 72) -> Image.Image:
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-singlefile", str(pdf),
                    str(tmp_path / "side")], check=True)
    return Image.open(tmp_path / "side.png").convert("RGB")


def near(rgb: tuple[int, ...], expected: tuple[int, int, int], tolerance: int = 12) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(rgb, expected, strict=True))


def test_bars_lines_and_fills_land_where_matplotlib_put_them(tmp_path: Path) -> None:
    fig = Figure(figsize=(WIDTH, HEIGHT))
    ax = fig.add_axes((0.1, 0.1, 0.8, 0.8))
    ax.set_xlim(0, 10)
    ax.set_ylim(0, 10)
    ax.bar([2.5], [10], width=5, color="#0072B2")  # left half of the axes, full height
    ax.axhspan(0, 5, xmin=0.5, xmax=1.0, color="#E69F00", alpha=0.5)  # lower right, half-clear
    ax.plot([5, 10], [7.5, 7.5], color="#D55E00", linewidth=6, linestyle="--")
    img = pixels(page_of(fig, tmp_path), tmp_path)
    w, h = img.size

    def at(x: float, y: float) -> tuple[int, ...]:  # data coordinates → pixel
        return img.getpixel((int(w * (0.1 + 0.08 * x)), int(h * (1 - (0.1 + 0.08 * y)))))

    assert near(at(2.5, 5), (0, 0x72, 0xB2))  # the bar
    assert near(at(7.5, 2.5), (0xF2, 0xCF, 0x80), 16)  # orange at half opacity on white
    assert near(at(7.5, 9), (255, 255, 255))  # nothing drawn there
    dashed = [at(x / 10, 7.5) for x in range(52, 98)]
    assert any(near(p, (0xD5, 0x5E, 0x00), 30) for p in dashed)  # the dashes...
    assert any(near(p, (255, 255, 255)) for p in dashed)  # ...and the gaps between them


def test_data_outside_the_axes_is_clipped(tmp_path: Path) -> None:
    fig = Figure(figsize=(WIDTH, HEIGHT))
    ax = fig.add_axes((0.25, 0.25, 0.5, 0.5))
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.bar([0.5], [5], width=0.4, color="#009E73")  # five times taller than the axes
    img = pixels(page_of(fig, tmp_path), tmp_path)
    w, h = img.size
    assert near(img.getpixel((w // 2, h // 2)), (0, 0x9E, 0x73))
    assert near(img.getpixel((w // 2, int(h * 0.1))), (255, 255, 255))  # above the axes


def test_text_is_searchable_text_also_rotated_and_in_bold(tmp_path: Path) -> None:
    fig = Figure(figsize=(WIDTH, HEIGHT), layout="constrained")
    ax = fig.add_subplot()
    ax.plot([2026, 2030], [-1.5e6, 3e6])
    ax.set_ylabel("Akkumulert netto innsparing (MNOK)")  # rotated 90°
    ax.set_title("Kostnad før og etter – Åseral", fontweight="bold")
    ax.text(2027, 0, "1 234 567 kr\n2,5 årsverk")
    text = subprocess.run(["pdftotext", str(page_of(fig, tmp_path)), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Kostnad før og etter – Åseral" in text
    assert "Akkumulert netto innsparing (MNOK)" in text
    assert "1 234 567 kr" in text and "2,5 årsverk" in text
    fonts = subprocess.run(["pdffonts", str(tmp_path / "figur.pdf")], capture_output=True,
                           text=True, check=True).stdout
    assert "DejaVuSans-Bold" in fonts and "DejaVuSans " in fonts + " "


def test_math_text_and_markers_are_drawn_not_dropped(tmp_path: Path) -> None:
    fig = Figure(figsize=(WIDTH, HEIGHT))
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_axis_off()
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.plot([0.25], [0.5], marker="D", markersize=40, color="#CC79A7", linestyle="none")
    ax.text(0.6, 0.5, r"$\sigma^2$", fontsize=60, color="black")  # math text: as outlines
    img = pixels(page_of(fig, tmp_path), tmp_path)
    w, h = img.size
    assert near(img.getpixel((w // 4, h // 2)), (0xCC, 0x79, 0xA7))
    right = [img.getpixel((x, y)) for x in range(int(w * 0.6), int(w * 0.8), 2)
             for y in range(int(h * 0.25), int(h * 0.55), 2)]
    assert any(near(p, (0, 0, 0), 60) for p in right)

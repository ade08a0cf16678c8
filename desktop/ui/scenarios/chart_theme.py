"""The charts in a dark palette: the core draws them for paper (desktop.core.charts: a white
ground, near-black ink, light grey grid, pale tints), which in a dark window is a glaring white
sheet. After a chart is drawn into the tab, `follow_palette` re-colours what was drawn for paper
when the palette is dark:

- greys (white ground, ink, grid, the baseline's grey) are mirrored between the palette's base
  and its text colour: the ground becomes the base, the ink the text colour, the grid a dim line;
- pale tints (a risk matrix's cells, the one-time cost boxes) are darkened, so that the ink now
  light stays readable on them;
- the scenario colours and other strong colours are kept: they are what tells series apart.

The PDF and the workbook are not touched (they are paper); only the figure in the tab is.
"""

from __future__ import annotations

import colorsys
from typing import Any

from matplotlib.artist import Artist
from matplotlib.collections import Collection
from matplotlib.colors import to_rgba
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.text import Text
from PySide6.QtGui import QPalette

from desktop.ui import tones

GREY_SATURATION = 0.15  # below this a colour is a grey (ground, ink, grid)
PALE = 0.8  # a saturated colour lighter than this is a tint for paper
DARKEN = 0.55  # how much a pale tint's lightness is lowered


class DarkColours:
    """The mapping of paper colours to the palette's dark ones."""

    def __init__(self, palette: QPalette) -> None:
        self.low = palette.color(QPalette.ColorRole.Base).lightnessF()
        self.high = palette.color(QPalette.ColorRole.Text).lightnessF()

    def __call__(self, colour: Any) -> tuple[float, float, float, float]:
        r, g, b, a = to_rgba(colour)
        if a == 0:
            return r, g, b, a
        h, lightness, s = colorsys.rgb_to_hls(r, g, b)
        if s < GREY_SATURATION or lightness in (0.0, 1.0):
            lightness = self.low + (self.high - self.low) * (1.0 - lightness)
        elif lightness > PALE:
            lightness -= DARKEN
        else:
            return r, g, b, a
        r, g, b = colorsys.hls_to_rgb(h, lightness, s)
        return r, g, b, a


def follow_palette(figure: Figure, palette: QPalette) -> bool:
    """Re-colour `figure` for `palette` when it is dark; False, and nothing changed, when it
    is light."""
    if not tones.is_dark(palette):
        return False
    recolour(figure, DarkColours(palette))
    return True


def recolour(figure: Figure, colours: DarkColours) -> None:
    """Each artist once (a figure's and an axes' ground are their patches, found as such)."""
    artists: dict[int, Artist] = {}
    for artist in figure.findobj(Artist):
        artists[id(artist)] = artist
        box = artist.get_bbox_patch() if isinstance(artist, Text) else None
        if box is not None:
            artists[id(box)] = box
    for artist in artists.values():
        _recolour(artist, colours)


def _recolour(artist: Artist, colours: DarkColours) -> None:
    if isinstance(artist, Text):
        artist.set_color(colours(artist.get_color()))
    elif isinstance(artist, Line2D):
        artist.set_color(colours(artist.get_color()))
        for get, put in ((artist.get_markerfacecolor, artist.set_markerfacecolor),
                         (artist.get_markeredgecolor, artist.set_markeredgecolor)):
            value = get()
            if not (isinstance(value, str) and value in ("none", "auto")):
                put(colours(value))
    elif isinstance(artist, Patch):
        artist.set_facecolor(colours(artist.get_facecolor()))
        artist.set_edgecolor(colours(artist.get_edgecolor()))
    elif isinstance(artist, Collection):
        faces = artist.get_facecolor()
        edges = artist.get_edgecolor()
        if len(faces):
            artist.set_facecolor([colours(c) for c in faces])
        if len(edges):
            artist.set_edgecolor([colours(c) for c in edges])

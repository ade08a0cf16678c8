"""Imported before any other matplotlib module of the charts: matplotlib writes the docstring
of every artist class's `set()` (a table of all its properties) while its modules are
imported, which is about a fifth of the time `import matplotlib.axes` takes (0,1–0,3 s of a
report's start). The charts never read those docstrings, so the table is left out; `help()`
on an artist's `set` then shows only the first lines. Nothing else changes."""

from __future__ import annotations

import matplotlib.artist as _artist

if callable(getattr(_artist, "kwdoc", None)):
    _artist.kwdoc = lambda artist: ""  # type: ignore[assignment]

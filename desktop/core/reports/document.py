"""The report as data: titled sections of paragraphs, key figures, tables and charts.

The core assembles it (content.py) from the project and the chosen scenarios; renderers turn
the same document into a PDF (pdf.py), a workbook (xlsx.py) and a summary for the case
presentation (docx.py). Tables hold raw values with a column kind, so the PDF shows
`1 234 567 kr` while the workbook keeps a number with a number format. `None` is a missing
value: shown as missing, never as zero.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from matplotlib.figure import Figure

# How a column's values are shown: text as is; kroner `1 234 567 kr`; integer `1 234`;
# number with `decimals`; fte `2,5`; percent (a fraction, 0.04 is `4 %`); date `31.12.2027`.
ColumnKind = Literal["text", "kroner", "integer", "number", "fte", "percent", "date"]
Value = str | int | float | dt.date | None


@dataclass(frozen=True)
class Column:
    title: str
    kind: ColumnKind = "text"
    decimals: int = 0
    unit: str = ""  # shown in the heading where the kind does not say it, e.g. "per 1 000"


@dataclass(frozen=True)
class Table:
    """A table; `key` names it in the workbook (sheet name, ≤ 31 characters)."""

    key: str
    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Value, ...], ...]
    total: tuple[Value, ...] | None = None  # a sum row, shown bold
    note: str = ""  # under the table: sources, what is missing


@dataclass(frozen=True)
class Paragraph:
    text: str
    style: Literal["body", "note", "recommendation"] = "body"


@dataclass(frozen=True)
class KeyFigure:
    label: str
    value: str  # already formatted the Norwegian way
    note: str = ""


@dataclass(frozen=True)
class KeyFigures:
    items: tuple[KeyFigure, ...]


@dataclass(frozen=True)
class Chart:
    """A matplotlib figure, built when rendered (vector graphics in the PDF); `data` holds the
    same numbers for the workbook."""

    title: str
    build: Callable[[], Figure]
    caption: str = ""
    data: Table | None = None


Block = Paragraph | KeyFigures | Table | Chart


@dataclass(frozen=True)
class Section:
    title: str
    blocks: tuple[Block, ...]
    level: Literal[1, 2] = 1  # 1: a chapter in the table of contents; 2: a sub-heading
    new_page: bool = False  # a sub-heading that starts a page (a decision note, a fact sheet)
    in_contents: bool = True  # listed in the table of contents (not each note or sheet)
    in_summary: bool = False  # also in the Word summary (the benefits plan outlives the report)
    printed: bool = True  # False: only written as its own file (fact sheets of many)
    group: str = ""  # "note" (a decision note), "fact_sheet": written one file each on request


@dataclass(frozen=True)
class Report:
    title: str  # e.g. "Forstudie: IT-samarbeid i Knutepunkt Sørlandet"
    subtitle: str
    created: dt.date
    sections: tuple[Section, ...]
    scenarios: tuple[str, ...] = ()
    running_header: str = ""  # on every page after the title page
    meta: dict[str, str] = field(default_factory=dict)

    def tables(self) -> list[Table]:
        """Every table, chart data included, in reading order (the workbook's sheets)."""
        out: list[Table] = []
        for section in self.sections:
            if not section.printed:
                continue
            for block in section.blocks:
                if isinstance(block, Table):
                    out.append(block)
                elif isinstance(block, Chart) and block.data is not None:
                    out.append(block.data)
        return out

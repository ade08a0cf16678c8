"""How much of a returned spreadsheet the importer reads at most, checked before reading it.

A reader materialises a sheet as a dense grid from A1 to its last filled cell, and a shared text
once per cell that uses it; one cell at XFD1048576 is 17 billion grid cells, a 30 kB text in
a million cells is 30 GB, and the reader (Rust) then aborts the whole process instead of
raising. So the layout of every sheet that will be read is measured first from the file
itself (`scan_xlsx`, `scan_ods`, `scan_xls`: the same cell positions the reader computes), and
the file is rejected with a Norwegian message naming the file, sheet and farthest cell when it
is beyond these limits, and so is one with more filled cells than an import can hold within
its memory once they are parsed and stored. The limits keep any import under about 500 MB
(the largest file they accept peaks at about 250 MB, bench/bench_import.py); a real
questionnaire (a few hundred rows, a few dozen columns) is far below them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from desktop.core.importing.norwegian import format_number
from desktop.core.importing.rejection import RejectedFile

MAX_FILE_BYTES = 50 * 1024 * 1024  # the file itself, checked before it is read
MAX_UNCOMPRESSED_BYTES = 300 * 1024 * 1024  # all members of a zip container together
MAX_COMPRESSION_RATIO = 200  # per zip member, above 1 MiB
MAX_PART_BYTES = 32 * 1024 * 1024  # a part read whole (workbook, styles, relationships)
MAX_ROWS = 20_000  # per sheet: the last row holding a value
MAX_COLUMNS = 1_024  # per sheet: the last column holding a value (AMJ)
MAX_CELLS = 1_000_000  # per sheet: rows × columns of the grid from A1
MAX_BOOK_CELLS = 2_000_000  # all sheets the reader holds at once
# Cells holding a value, all sheets read together: each becomes a parsed value, often a row to
# store, about 1 kB at the peak of an import (200 000: 100 times a large return's).
MAX_VALUES = 200_000
MAX_TEXT_BYTES = 64 * 1024 * 1024  # text the reader materialises, shared texts once per use
MAX_SHARED_STRINGS = 1_000_000  # entries of a shared-string table
MAX_MERGED_RANGES = 100_000  # per sheet


def too_large(file_name: str) -> RejectedFile:
    return RejectedFile("too_large", f"{file_name}: filen er større enn "
                        f"{MAX_FILE_BYTES // (1024 * 1024)} MB og blir ikke lest.")


@cache
def column_letters(col: int) -> str:
    """The letters of a 1-based column (1: A, 27: AA, 16 384: XFD), as openpyxl's
    get_column_letter; here so that reading does not load openpyxl (a reader process starts
    sooner without it)."""
    if not 1 <= col <= 18_278:
        raise ValueError(f"Invalid column index {col}")
    letters = ""
    while col:
        col, rest = divmod(col - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def cell_name(row: int, col: int) -> str:
    """The A1 name of a 1-based cell (columns past XFD, which no program writes, as XFD)."""
    return f"{column_letters(min(max(col, 1), 16_384))}{row}"


@dataclass
class Extent:
    """What reading one sheet will materialise, measured from the file (1-based positions)."""

    rows: int = 0  # the last row holding a value (0: none)
    cols: int = 0  # the last column holding a value
    row_cell: str = ""  # a cell on the last row
    col_cell: str = ""  # a cell in the last column
    values: int = 0  # cells holding a value (repeated cells counted; a bound when bounded)
    text_bytes: int = 0  # an upper bound of the text the reader makes of them
    merged: int = 0  # merged ranges
    bounded: bool = False  # rows, cols, values and text are upper bounds, not measured
    # Values the reader cannot give as they are in the file, by (row, col): formula error
    # values (the reader gives them as empty) and numbers beyond a float (it gives inf).
    raw: dict[tuple[int, int], str] = field(default_factory=dict)

    def add(self, row: int, col: int, repeat_rows: int = 1, repeat_cols: int = 1) -> None:
        last_row, last_col = row + repeat_rows - 1, col + repeat_cols - 1
        if last_row > self.rows:
            self.rows, self.row_cell = last_row, cell_name(last_row, col)
        if last_col > self.cols:
            self.cols, self.col_cell = last_col, cell_name(row, last_col)
        self.values += repeat_rows * repeat_cols

    @property
    def grid(self) -> int:
        return self.rows * self.cols


def check_sheet(file_name: str, sheet: str, e: Extent) -> None:
    """RejectedFile when one sheet is beyond the limits; called while scanning, so that a
    million-row sheet is rejected at its first row past the limit, not after reading it."""
    where = f"{file_name}: arket «{sheet}»"
    if e.rows > MAX_ROWS:
        raise RejectedFile("over_limits", f"{where} har innhold nedenfor rad "
                           f"{format_number(MAX_ROWS)} (i celle {e.row_cell}). Et svar kan ha "
                           f"høyst {format_number(MAX_ROWS)} rader per ark; slett det som står "
                           "under tabellen, og lagre filen på nytt.")
    if e.cols > MAX_COLUMNS:
        last = column_letters(MAX_COLUMNS)
        raise RejectedFile("over_limits", f"{where} har innhold til høyre for kolonne {last} "
                           f"(i celle {e.col_cell}). Et svar kan ha høyst "
                           f"{format_number(MAX_COLUMNS)} kolonner per ark (til {last}); slett "
                           "det som står til høyre for tabellen, og lagre filen på nytt.")
    if e.grid > MAX_CELLS:
        raise RejectedFile("over_limits", f"{where} er for stort: {format_number(e.rows)} "
                           f"rader × {format_number(e.cols)} kolonner (til celle {e.row_cell}) "
                           f"er over grensen på {format_number(MAX_CELLS)} celler per ark.")
    if e.text_bytes > MAX_TEXT_BYTES:
        raise RejectedFile("over_limits", f"{where} har mer tekst enn et svar kan ha (over "
                           f"{MAX_TEXT_BYTES // (1024 * 1024)} MB) og blir ikke lest.")
    if e.values > MAX_VALUES:
        raise RejectedFile("over_limits", f"{where} har over {format_number(MAX_VALUES)} "
                           "utfylte celler og blir ikke lest.")
    if e.merged > MAX_MERGED_RANGES:
        raise RejectedFile("over_limits", f"{where} har over "
                           f"{format_number(MAX_MERGED_RANGES)} flettede områder og blir ikke "
                           "lest.")


def check_book(file_name: str, extents: dict[str, Extent]) -> None:
    """RejectedFile when the sheets the reader holds at once are beyond the limits together."""
    for name, e in extents.items():
        check_sheet(file_name, name, e)
    if sum(e.grid for e in extents.values()) > MAX_BOOK_CELLS:
        raise RejectedFile("over_limits", f"{file_name}: arkene er til sammen over grensen "
                           f"på {format_number(MAX_BOOK_CELLS)} celler og blir ikke lest.")
    if sum(e.values for e in extents.values()) > MAX_VALUES:
        raise RejectedFile("over_limits", f"{file_name}: arkene har til sammen over "
                           f"{format_number(MAX_VALUES)} utfylte celler og blir ikke lest.")
    if sum(e.text_bytes for e in extents.values()) > MAX_TEXT_BYTES:
        raise RejectedFile("over_limits", f"{file_name}: filen har mer tekst enn et svar "
                           f"kan ha (over {MAX_TEXT_BYTES // (1024 * 1024)} MB) og blir ikke "
                           "lest.")

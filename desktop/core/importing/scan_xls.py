"""Measuring an .xls (BIFF8 in an OLE compound file) before calamine reads it (see limits.py).

calamine builds every sheet when it opens the file (src/xls.rs): it walks the workbook stream's
records, takes each sheet's substream from its BoundSheet8 offset, places every cell record at
the (row, column) it carries and reserves room for what the sheet's DIMENSIONS record claims.
The same records are walked here (olefile opens the container), the farthest cell of each
sheet and the text its LABELSST cells make (a shared text once per use) are measured and held
to the limits, and a DIMENSIONS claim beyond an .xls sheet (65 536 × 256) rejects the file.
Cells of embedded charts are counted too, whether or not calamine skips them. Formula error
values, which calamine gives as empty, are kept by cell; the last-saved date comes from the
summary information.
"""

from __future__ import annotations

import datetime as dt
import io
import struct
from collections.abc import Iterator
from dataclasses import dataclass

from desktop.core.importing.limits import MAX_SHARED_STRINGS, Extent, check_book, check_sheet
from desktop.core.importing.norwegian import format_number
from desktop.core.importing.rejection import RejectedFile, corrupt, password

XLS_MAX_CELLS = 65_536 * 256  # the largest sheet an .xls can describe
LONGEST_TEXT = 65_535 * 2  # bytes of the longest text a cell can hold, when the table is unread
ERRORS = {0x00: "#NULL!", 0x07: "#DIV/0!", 0x0F: "#VALUE!", 0x17: "#REF!", 0x1D: "#NAME?",
          0x24: "#NUM!", 0x2A: "#N/A", 0x2B: "#GETTING_DATA"}
# cell records calamine reads, with the offset of (row, col): all start with them
_CELL_RECORDS = {0x0203, 0x0204, 0x00D6, 0x0205, 0x027E, 0x00FD, 0x0006}
_U16 = struct.Struct("<H")
_U32 = struct.Struct("<I")
_HEAD = struct.Struct("<HH")


@dataclass
class XlsLayout:
    extents: dict[str, Extent]  # every sheet, by name
    saved_at: dt.datetime | None


def scan_xls(data: bytes, file_name: str) -> XlsLayout:
    import olefile

    try:
        ole = olefile.OleFileIO(io.BytesIO(data))
    except Exception as exc:  # olefile raises OSError and others on a damaged container
        raise corrupt(file_name, "Excel 97-2003-beholderen kan ikke åpnes") from exc
    try:
        names = [e for e in ole.listdir(streams=True, storages=False) if len(e) == 1]
        books = [e for e in names if e[0].lower() in ("workbook", "book")]
        if not books:
            raise corrupt(file_name, "filen har ingen arbeidsbok")
        extents: dict[str, Extent] = {}
        for entry in books:  # calamine takes one of them; every one is measured
            stream = ole.openstream(entry).read()
            for name, e in _scan_workbook(stream, file_name).items():
                extents[name] = e if name not in extents or e.grid > extents[name].grid \
                    else extents[name]
        check_book(file_name, extents)
        return XlsLayout(extents, _saved_at(ole))
    except RejectedFile:
        raise
    except Exception as exc:
        raise corrupt(file_name, "Excel 97-2003-innholdet kan ikke leses") from exc
    finally:
        ole.close()


def _saved_at(ole: object) -> dt.datetime | None:
    try:
        saved = ole.get_metadata().last_saved_time  # type: ignore[attr-defined]
    except Exception:  # a damaged summary stream only costs the date
        return None
    return saved if isinstance(saved, dt.datetime) and saved.year > 1980 else None


def _records(stream: bytes, start: int, file_name: str
             ) -> Iterator[tuple[int, bytes, list[bytes]]]:
    """(type, data, continues) from `start`, as calamine's RecordIter groups CONTINUE records."""
    pos, n = start, len(stream)
    while pos + 4 <= n:
        typ, length = _HEAD.unpack_from(stream, pos)
        if pos + 4 + length > n:
            raise corrupt(file_name, "en post i Excel 97-2003-innholdet er avkuttet")
        data = stream[pos + 4:pos + 4 + length]
        pos += 4 + length
        conts: list[bytes] = []
        while pos + 4 <= n and _U16.unpack_from(stream, pos)[0] == 0x003C:
            length = _U16.unpack_from(stream, pos + 2)[0]
            conts.append(stream[pos + 4:pos + 4 + length])
            pos += 4 + length
        yield typ, data, conts


def _scan_workbook(stream: bytes, file_name: str) -> dict[str, Extent]:
    sheets: list[tuple[int, str]] = []
    shared: list[int] | None = []
    for typ, data, conts in _records(stream, 0, file_name):
        if typ == 0x002F and len(data) >= 2 and _U16.unpack_from(data)[0] != 0:
            raise password(file_name)
        if typ == 0x0085 and len(data) >= 8:  # BoundSheet8
            pos = _U32.unpack_from(data)[0]
            if pos > len(stream):
                raise corrupt(file_name, "et ark peker utenfor filen")
            sheets.append((pos, _sheet_name(data)))
        elif typ == 0x00FC:  # SST
            shared = _shared_sizes(data, conts, file_name)
        elif typ == 0x000A:  # EOF of the workbook globals
            break
    extents: dict[str, Extent] = {}
    for i, (pos, name) in enumerate(sheets):
        key = name if name not in extents else f"{name}\0{i}"  # calamine keeps the last
        extents[key] = _scan_sheet(stream, pos, name, shared, file_name)
    return extents


def _sheet_name(data: bytes) -> str:
    cch, rest = data[6], data[7:]
    if rest and rest[0] in (0, 1) and len(rest) >= 1 + cch * (2 if rest[0] else 1):
        raw = rest[1:1 + cch * (2 if rest[0] else 1)]
        text = raw.decode("utf-16-le" if rest[0] else "latin-1", errors="replace")
    else:  # BIFF5: bytes in the workbook's code page
        text = data[7:7 + cch].decode("cp1252", errors="replace")
    return text.replace("\0", "")


def _shared_sizes(data: bytes, conts: list[bytes], file_name: str) -> list[int] | None:
    """The size of each shared text (characters × 2), walked as calamine's parse_sst walks it;
    None when the table cannot be walked (then each use counts as the longest possible)."""
    parts = [data[8:], *conts]
    part, at = 0, 0
    sizes: list[int] = []

    def take(n: int) -> bytes | None:
        nonlocal part, at
        out = b""
        while len(out) < n:
            if at >= len(parts[part]):
                if part + 1 >= len(parts):
                    return None
                part, at = part + 1, 0
                continue
            piece = parts[part][at:at + n - len(out)]
            at += len(piece)
            out += piece
        return out

    while True:
        if at >= len(parts[part]):
            if part + 1 >= len(parts):
                return sizes
            part, at = part + 1, 0
            continue
        head = take(3)
        if head is None:
            return None
        cch, flags = _U16.unpack_from(head)[0], head[2]
        runs = ext = 0
        if flags & 0x8:
            b = take(2)
            if b is None:
                return None
            runs = _U16.unpack_from(b)[0]
        if flags & 0x4:
            b = take(4)
            if b is None:
                return None
            ext = _U32.unpack_from(b)[0]
        width, left = (2 if flags & 0x1 else 1), cch
        while left:
            avail = (len(parts[part]) - at) // width
            if avail == 0:
                if part + 1 >= len(parts):
                    return None
                part, at = part + 1, 0
                flag = take(1)  # a continued text starts with its own width flag
                if flag is None:
                    return None
                width = 2 if flag[0] & 0x1 else 1
                continue
            n = min(avail, left)
            at, left = at + n * width, left - n
        if take(runs * 4 + ext) is None and runs * 4 + ext:
            return None
        sizes.append(cch * 2)
        if len(sizes) > MAX_SHARED_STRINGS:
            raise RejectedFile("over_limits", f"{file_name}: filen har over "
                               f"{format_number(MAX_SHARED_STRINGS)} ulike tekster og blir ikke "
                               "lest.")


def _scan_sheet(stream: bytes, start: int, name: str, shared: list[int] | None,
                file_name: str) -> Extent:
    e = Extent()
    seen_bof, depth, last_formula = False, 0, (0, 0)
    for count, (typ, data, _) in enumerate(_records(stream, start, file_name)):
        if typ == 0x0809:
            depth += 1 if seen_bof else 0
            seen_bof = True
            continue
        if typ == 0x000A:
            if depth == 0:
                break
            depth -= 1
            continue
        if typ == 0x0200:  # DIMENSIONS: calamine reserves rows × columns for it
            _check_dimensions(data, name, file_name)
        elif typ in _CELL_RECORDS and len(data) >= 6:
            row, col = _HEAD.unpack_from(data)
            e.add(row + 1, col + 1)
            if typ == 0x00FD and len(data) >= 10:
                index = _U32.unpack_from(data, 6)[0]
                e.text_bytes += shared[index] if shared is not None and index < len(shared) \
                    else (0 if shared is not None else LONGEST_TEXT)
            elif typ in (0x0204, 0x00D6):
                e.text_bytes += len(data)
            elif typ == 0x0205 and len(data) >= 8 and data[7] == 1:
                e.raw[(row + 1, col + 1)] = ERRORS.get(data[6], "#FEIL")
            elif typ == 0x0006:
                last_formula = (row, col)
                if len(data) >= 14 and data[12:14] == b"\xff\xff" and data[6] == 2:
                    e.raw[(row + 1, col + 1)] = ERRORS.get(data[8], "#FEIL")
        elif typ == 0x0207:  # the text result of the formula before it
            e.add(last_formula[0] + 1, last_formula[1] + 1)
            e.text_bytes += len(data)
        elif typ == 0x00BD and len(data) >= 6:  # MULRK: one row, several columns
            row, first = _HEAD.unpack_from(data)
            n = (len(data) - 6) // 6
            if n:
                e.add(row + 1, first + 1, 1, n)
        elif typ == 0x00E5 and len(data) >= 2:  # MERGEDCELLS
            e.merged += _U16.unpack_from(data)[0]
        if count % 4096 == 0:
            check_sheet(file_name, name, e)
    return e


def _check_dimensions(data: bytes, name: str, file_name: str) -> None:
    """calamine's parse_dimensions and its reserve(rows × cols), in its 32-bit arithmetic."""
    if len(data) == 10:
        rf, rl, cf, cl = struct.unpack_from("<HHHH", data)
    elif len(data) == 14:
        rf, rl, cf, cl = struct.unpack_from("<IIHH", data)
    else:
        return  # calamine rejects the record itself
    if cf > 0xFF or cl < cf:
        cf = 0
    end_row, end_col = (rl - 1, cl - 1) if rl >= 1 and cl >= 1 else (rf, cf)
    rows = ((end_row - rf) % 2**32 + 1) % 2**32
    cols = ((end_col - cf) % 2**32 + 1) % 2**32
    if rows * cols > XLS_MAX_CELLS:
        raise corrupt(file_name, f"arket «{name}» oppgir en størrelse ({rows} × {cols} celler) "
                      "som et Excel 97-2003-ark ikke kan ha")

"""Measuring an .xlsx/.xlsm package before calamine reads it (see limits.py for why).

The parts are found exactly as calamine 0.37 finds them (src/xlsx/mod.rs): the office
document's folder from `_rels/.rels`, then `workbook.xml`, `_rels/workbook.xml.rels`,
`sharedStrings.xml` and `styles.xml` in that folder, zip names matched without regard to case.
A part the questionnaire needs that is absent (a sheet the workbook lists, the shared texts, the
styles that make numbers dates) rejects the file: calamine would silently read less.

Each sheet to be read is streamed through a tokenizer that computes every cell's position the
way calamine does (`<row r>`, `<c r>`, and the running row and column where `r` is left out),
so its farthest filled cell, the number of values and the text they materialise (a shared
text once per use) are known before anything is built, and a million-row sheet is rejected at
the first megabyte past the limit. Every `<row>`/`<c>` tag in the part must be one the
tokenizer understood, else the file is rejected: what calamine reads is never more than what
was measured. The same pass collects what calamine cannot give: formula error values
(`#DIV/0!`, which it returns as empty) and numbers beyond a float (`1e400`, which it returns
as infinity), by cell, so that messages can quote them.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import re
import zipfile
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from typing import IO

from defusedxml import ElementTree as SafeET

from desktop.core.importing.limits import (
    MAX_PART_BYTES,
    MAX_SHARED_STRINGS,
    Extent,
    cell_name,
    check_book,
    check_sheet,
)
from desktop.core.importing.norwegian import format_number
from desktop.core.importing.rejection import RejectedFile, corrupt, missing_part
from desktop.core.importing.xmlstream import check_tags, scan_part

MAX_ROW_NUMBER = 1_048_576
MAX_COLUMN_NUMBER = 16_384

_NS = rb"(?:[^\s<>/:!?=\"']+:)?"  # any namespace prefix: calamine matches local names
_ATTRS = rb"((?:\s+[^\s=/>]+\s*=\s*(?:\"[^\"]*\"|'[^']*'))*)"
_TAG = re.compile(rb"<(/?)" + _NS + rb"(row|c|mergeCell)(?=[\s/>])" + _ATTRS + rb"\s*(/?)>")
_ANY_TAG = re.compile(rb"</?" + _NS + rb"(?:row|c|mergeCell)[\s/>]")
_CELL_END = re.compile(rb"</" + _NS + rb"c\s*>")
_ATTR = re.compile(rb"([^\s=]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
_VALUE = re.compile(rb"<" + _NS + rb"v(?:\s[^>]*)?>([^<]*)<")
_INLINE = re.compile(rb"<" + _NS + rb"is[\s>]")
_REF = re.compile(rb"([A-Za-z]*)([0-9]+)")
_SI = re.compile(rb"<" + _NS + rb"si(?:\s[^>]*)?(?:/>|>.*?</" + _NS + rb"si\s*>)", re.S)
_SI_START = re.compile(rb"<" + _NS + rb"si[\s/>]")
_SST_COUNT = re.compile(rb"<" + _NS + rb"sst\b[^>]*?\buniqueCount\s*=\s*[\"']\s*([0-9]+)")
# The fast scan: every cell tag with its reference first, as every common writer puts it, and
# whether it is empty (`/>` or `></c>`: calamine skips it); a shared-text index.
_CELL_TAG = re.compile(rb'<c r="([A-Za-z]*)([0-9]*)"[^<>/]*(/?)>(</c>)?')
_NO_REF = re.compile(rb'<c(?:[>/\t\r\n]| (?!r="))')  # a cell tag without r first
_LONG_REF = re.compile(rb'<c r="(?:[A-Za-z]{2}|[A-Za-z][0-9]{4}|[^A-Za-z])')
QUICK_ROWS, QUICK_COLUMNS = 999, 26  # the bound of the quick scan (Z999)
_SHARED_INDEX = re.compile(rb' t="s"(?: [\w:]+="[^"<>]*")*><v>([0-9]{1,9})</v>')
# What only the tag-by-tag scan handles: a prefixed or oddly spaced row or cell tag, a number
# beyond a float (and, checked apart: a formula error value, a shared text without its index).
_PREFIXED = re.compile(rb":(?:c|row)[\s/>]")
_ODD_SPACE = re.compile(rb"<(?:c|row)[\t\r\n]")
_HUGE_NUMBER = re.compile(rb"<v>(?:[^<]*[eE]\+?[0-9]{3}|-?[0-9.]{300})")
_ANY_VALUE = re.compile(rb"<" + _NS + rb"(?:v|t)(?:\s[^>]*)?>\s*[^<\s]")
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,3})?)?")
_XML_ESCAPES = ((b"&lt;", b"<"), (b"&gt;", b">"), (b"&quot;", b'"'), (b"&apos;", b"'"),
                (b"&amp;", b"&"))


@dataclass
class SheetEntry:
    name: str
    path: str  # the zip member, as calamine resolves it
    hidden: bool
    worksheet: bool  # not a chart or dialog sheet


@dataclass
class XlsxLayout:
    sheets: list[SheetEntry]
    extents: dict[str, Extent]  # the sheets that will be read
    has_values: bool  # some sheet (read or not) holds a value
    saved_at: dt.datetime | None = None
    merged: dict[str, list[tuple[int, int, int, int]]] = field(default_factory=dict)


def scan_xlsx(data: bytes, file_name: str,
              wanted: Callable[[Sequence[str]], Collection[str]]) -> XlsxLayout:
    """The layout of the package, the sheets `wanted(names)` picks measured; RejectedFile if
    the package lacks a part or a sheet is beyond the limits."""
    pkg = _Package(data, file_name)
    xl = pkg.office_folder()
    rels = pkg.relationships(xl + "_rels/workbook.xml.rels")
    sheets = pkg.workbook_sheets(xl + "workbook.xml", xl, rels)
    kinds = {rel_type.rsplit("/", 1)[-1] for _, rel_type in rels.values()}
    for kind, part, what in (("styles", "styles.xml", "formatene (som gjør tall til datoer)"),
                             ("sharedStrings", "sharedStrings.xml", "tekstene i cellene")):
        if kind in kinds and pkg.info(xl + part) is None:
            raise missing_part(file_name, xl + part, what)
    if pkg.info(xl + "styles.xml") is not None:
        pkg.check_size(xl + "styles.xml")
    for s in sheets:
        if s.worksheet and pkg.info(s.path) is None:
            raise missing_part(file_name, s.path, f"arket «{s.name}»")
    shared = pkg.shared_string_sizes(xl + "sharedStrings.xml")
    chosen = set(wanted([s.name for s in sheets]))
    extents: dict[str, Extent] = {}
    has_values = False
    for s in sheets:
        if not s.worksheet or s.name in extents:
            continue
        if s.name in chosen:
            extents[s.name] = e = _scan_sheet(pkg, s, shared)
            has_values = has_values or e.values > 0
        elif not has_values:
            has_values = _any_value(pkg, s.path)
    try:
        check_book(file_name, extents)
    except RejectedFile:
        if not any(e.bounded for e in extents.values()):
            raise
        for s in sheets:  # bounds were not enough: measure those sheets exactly
            if s.name in extents and extents[s.name].bounded:
                extents[s.name] = _scan_sheet(pkg, s, shared, quick=False)
        check_book(file_name, extents)
    return XlsxLayout(sheets, extents, has_values, pkg.saved_at())


class _Package:
    def __init__(self, data: bytes, file_name: str) -> None:
        self.file_name = file_name
        try:
            self.zf = zipfile.ZipFile(io.BytesIO(data))
            infos = self.zf.infolist()
        except Exception as exc:  # BadZipFile, an unsupported zip version, a bad header …
            raise corrupt(file_name, "kan ikke pakkes ut") from exc
        self.names: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            key = info.filename.replace("\\", "/").lower()
            if key in self.names:
                raise corrupt(file_name, f"delen «{info.filename}» finnes to ganger")
            self.names[key] = info

    def info(self, path: str) -> zipfile.ZipInfo | None:
        return self.names.get(path.replace("\\", "/").lower())

    def check_size(self, path: str) -> None:
        info = self.info(path)
        if info is not None and info.file_size > MAX_PART_BYTES:
            raise RejectedFile("over_limits", f"{self.file_name}: delen «{path}» er over "
                               f"{MAX_PART_BYTES // (1024 * 1024)} MB og blir ikke lest.")

    def open(self, path: str) -> IO[bytes]:
        info = self.info(path)
        assert info is not None
        try:
            return self.zf.open(info)
        except Exception as exc:  # a bad local header, an unsupported compression, encryption
            raise corrupt(self.file_name, f"delen «{path}» kan ikke pakkes ut") from exc

    def read(self, path: str) -> bytes | None:
        if self.info(path) is None:
            return None
        self.check_size(path)
        try:
            with self.open(path) as fh:
                return fh.read()
        except Exception as exc:  # a bad CRC, zlib, an unsupported compression or encryption
            raise corrupt(self.file_name, f"delen «{path}» kan ikke pakkes ut") from exc

    def xml(self, path: str, what: str) -> SafeET.Element:
        data = self.read(path)
        if data is None:
            raise missing_part(self.file_name, path, what)
        return self.parse(data, path)

    def parse(self, data: bytes, path: str) -> SafeET.Element:
        try:
            return SafeET.fromstring(data)
        except Exception as exc:  # malformed XML, or a DTD / entity (refused by defusedxml)
            raise corrupt(self.file_name, f"delen «{path}» er ikke gyldig XML") from exc

    def office_folder(self) -> str:
        """calamine's `xl_path`: the folder of the last officeDocument relationship's target."""
        root = self.xml("_rels/.rels", "pakkeoversikten")
        target = None
        for el in root.iter():
            if _local(el.tag) == "Relationship" and (el.get("Type") or "").endswith(
                    "/relationships/officeDocument") and el.get("Target") is not None:
                target = el.get("Target")
        if target is None:
            raise corrupt(self.file_name, "pakkeoversikten viser ikke til noen arbeidsbok")
        cut = target.rfind("/")
        folder = target[: cut + 1] if cut >= 0 else ""
        return folder[1:] if folder.startswith("/") else folder

    def relationships(self, path: str) -> dict[str, tuple[str, str]]:
        root = self.xml(path, "oversikten over arbeidsbokens deler")
        rels: dict[str, tuple[str, str]] = {}
        for el in root.iter():
            if _local(el.tag) == "Relationship" and el.get("Id") is not None:
                rels[el.get("Id") or ""] = (el.get("Target") or "", el.get("Type") or "")
        return rels

    def workbook_sheets(self, path: str, folder: str, rels: dict[str, tuple[str, str]]
                        ) -> list[SheetEntry]:
        root = self.xml(path, "arbeidsboken")
        sheets: list[SheetEntry] = []
        for el in root.iter():
            if _local(el.tag) != "sheet":
                continue
            name = el.get("name") or ""
            state = el.get("state", "visible")
            if state not in ("visible", "hidden", "veryHidden"):
                raise corrupt(self.file_name, f"arket «{name}» har en ukjent synlighet")
            rel_id = next((v for k, v in reversed(el.attrib.items()) if _local(k) == "id"), "")
            if rel_id not in rels:
                raise missing_part(self.file_name, path, f"delen for arket «{name}»")
            target, rel_type = rels[rel_id]
            kind = rel_type.rsplit("/", 1)[-1]
            if kind not in ("worksheet", "chartsheet", "dialogsheet"):
                raise corrupt(self.file_name, f"arket «{name}» er av en ukjent type")
            part = target[1:] if target.startswith("/") else folder + target
            sheets.append(SheetEntry(name, part, state != "visible", kind == "worksheet"))
        return sheets

    def shared_string_sizes(self, path: str) -> list[int]:
        """The XML size of each shared text (an upper bound of the text it makes), in order."""
        if self.info(path) is None:
            return []
        self.check_size(path)
        sizes: list[int] = []

        def tokenize(buf: bytes, end: int, final: bool) -> int:
            if not sizes and (m := _SST_COUNT.search(buf, 0, end)) is not None \
                    and int(m.group(1)) > MAX_SHARED_STRINGS:
                raise _too_many_texts(self.file_name)
            pos = handled = 0
            while (m := _SI.search(buf, pos, end)) is not None:
                sizes.append(m.end() - m.start())
                pos, handled = m.end(), handled + 1
            m = _SI_START.search(buf, pos, end)
            stop = m.start() if m is not None and not final else end  # carry an incomplete one
            check_tags(self.file_name, path, _SI_START, buf, stop, handled)
            if len(sizes) > MAX_SHARED_STRINGS:
                raise _too_many_texts(self.file_name)
            return stop

        with self.open(path) as fh:
            scan_part(fh, self.file_name, path, tokenize)
        return sizes

    def saved_at(self) -> dt.datetime | None:
        """`dcterms:modified` of docProps/core.xml, read as openpyxl reads it (naive, the
        offset ignored, milliseconds at most), so stored dates compare with earlier imports."""
        try:
            data = self.read("docProps/core.xml")
            if data is None:
                return None
            root = self.parse(data, "docProps/core.xml")
        except RejectedFile:
            return None
        for el in root.iter():
            if _local(el.tag) == "modified" and el.text:
                m = _ISO.match(el.text.strip())
                if m is None:
                    return None
                y, mo, d, h, mi, s, frac = m.groups()
                try:
                    return dt.datetime(int(y), int(mo), int(d), int(h), int(mi), int(s or 0),
                                       int(float(frac) * 1_000_000) if frac else 0)
                except ValueError:
                    return None
        return None


def _too_many_texts(file_name: str) -> RejectedFile:
    return RejectedFile("over_limits", f"{file_name}: filen har over "
                        f"{format_number(MAX_SHARED_STRINGS)} ulike tekster og blir ikke lest.")


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].rsplit(":", 1)[-1]


class _NotCanonical(Exception):
    """A chunk the fast scan cannot account for: the sheet is scanned tag by tag instead."""


class _NotQuick(Exception):
    """A sheet whose quick bound is beyond the limits: it is measured exactly instead."""


def _scan_sheet(pkg: _Package, sheet: SheetEntry, shared: list[int], quick: bool = True
                ) -> Extent:
    """The extent of one worksheet: a fast scan for sheets as Excel, LibreOffice and openpyxl
    write them (every cell with its `r`), else the tag-by-tag scan."""
    try:
        try:
            return _scan_canonical(pkg, sheet, shared, quick)
        except _NotQuick:
            return _scan_canonical(pkg, sheet, shared, False)
    except _NotCanonical:
        return _scan_tags(pkg, sheet, shared)


def _scan_canonical(pkg: _Package, sheet: SheetEntry, shared: list[int], quick: bool = True
                    ) -> Extent:
    """Whole rows at a time, with bulk patterns, when every `<c` is a `<c r="A1" …>` (so that
    no running position is needed) and no error value or oversized number is present (those
    need the cell-by-cell scan, which keeps them).

    `quick`: where every reference is one letter and at most three digits, the extent is not
    measured but bounded (`Extent.bounded`: at most Z999), which is far within the limits; a
    bounded extent that fails the limits is measured again exactly. Shared texts are always
    counted exactly, once per use."""
    file_name, name = pkg.file_name, sheet.name
    e = Extent()

    def tokenize(buf: bytes, end: int, final: bool) -> int:
        stop = end if final else buf.rfind(b"</row>", 0, end) + 6
        if stop < 6:
            return 0  # no complete row yet
        if buf.find(b' t="e"', 0, stop) >= 0 or _HUGE_NUMBER.search(buf, 0, stop) \
                or _PREFIXED.search(buf, 0, stop) or (
                    (buf.find(b"\n", 0, stop) >= 0 or buf.find(b"\r", 0, stop) >= 0
                     or buf.find(b"\t", 0, stop) >= 0) and _ODD_SPACE.search(buf, 0, stop)):
            raise _NotCanonical
        if quick and not _NO_REF.search(buf, 0, stop) and not _LONG_REF.search(buf, 0, stop):
            if buf.find(b"<v>", 0, stop) >= 0 or buf.find(b"<is>", 0, stop) >= 0:
                e.bounded = True
                e.add(QUICK_ROWS, QUICK_COLUMNS)  # a bound: Z999 holding a value
                e.values = max(e.values, QUICK_ROWS * QUICK_COLUMNS)  # and every cell
        else:
            _exact_cells(buf, stop, e)
        shared_cells = buf.count(b' t="s"', 0, stop)
        indexes = _SHARED_INDEX.findall(buf, 0, stop) if shared_cells else []
        if len(indexes) != shared_cells:
            raise _NotCanonical
        try:
            e.text_bytes += sum(map(shared.__getitem__, map(int, indexes)))
        except IndexError:
            raise _NotCanonical from None  # the tag-by-tag scan names the cell
        e.text_bytes += stop  # texts typed in the cells are no longer than their XML
        e.merged += buf.count(b"<mergeCell ", 0, stop)
        try:
            check_sheet(file_name, name, e)
        except RejectedFile:
            if e.bounded:
                raise _NotQuick from None  # the bound is not enough: measure exactly
            raise
        return stop

    with pkg.open(sheet.path) as fh:
        scan_part(fh, file_name, sheet.path, tokenize)
    return e


def _exact_cells(buf: bytes, stop: int, e: Extent) -> None:
    """The farthest value cell of buf[:stop] into `e`, each cell tag read by one pattern."""
    cells = _CELL_TAG.findall(buf, 0, stop)
    if len(cells) != buf.count(b"<c ", 0, stop) + buf.count(b"<c>", 0, stop) \
            + buf.count(b"<c/", 0, stop):
        raise _NotCanonical  # a cell without r first, or an odd tag
    refs = [(c, r) for c, r, empty, closed in cells if not empty and not closed]
    if not refs:
        return
    cols, rows = {c for c, _ in refs}, {r for _, r in refs}
    last_col = max(cols, key=lambda c: (len(c), c.upper()))
    last_row = max(rows, key=lambda r: (len(r.lstrip(b"0")), r.lstrip(b"0")))
    if len(last_col) > 3 or len(last_row) > 8 or b"" in cols or b"" in rows:
        raise _NotCanonical  # the tag-by-tag scan names the cell
    col, row = _column(last_col), int(last_row)
    if row > MAX_ROW_NUMBER or col > MAX_COLUMN_NUMBER or row == 0:
        raise _NotCanonical
    if row > e.rows:
        e.rows, e.row_cell = row, cell_name(row, _column(next(
            c for c, r in refs if r == last_row)))
    if col > e.cols:
        e.cols, e.col_cell = col, cell_name(int(next(r for c, r in refs if c == last_col)), col)
    e.values += len(refs)


def _column(letters: bytes) -> int:
    col = 0
    for ch in letters.upper():
        col = col * 26 + ch - 64
    return col


def _ref(file_name: str, sheet: str, text: bytes, with_column: bool) -> tuple[int, int]:
    """A cell or row reference as calamine reads it: (row, col), 1-based (col 0: none)."""
    m = _REF.fullmatch(text)
    if m is None or (with_column and not m.group(1)):
        raise corrupt(file_name, f"arket «{sheet}» har en ugyldig cellereferanse "
                      f"«{text.decode(errors='replace')[:20]}»")
    col = 0
    for ch in m.group(1).upper():
        col = col * 26 + ch - 64
    row = int(m.group(2)) if len(m.group(2)) <= 8 else MAX_ROW_NUMBER + 1
    if row == 0 or row > MAX_ROW_NUMBER or col > MAX_COLUMN_NUMBER:
        raise corrupt(file_name, f"arket «{sheet}» viser til cellen "
                      f"«{text.decode(errors='replace')[:20]}», som er utenfor et regneark")
    return row, col


def _attrs(file_name: str, sheet: str, text: bytes) -> dict[bytes, bytes]:
    out: dict[bytes, bytes] = {}
    for key, v1, v2 in _ATTR.findall(text):
        if key in out:
            raise corrupt(file_name, f"arket «{sheet}» har en celle med to like attributter")
        out[key] = v1 or v2
    return out


def _unescape(text: bytes) -> str:
    for a, b in _XML_ESCAPES:
        text = text.replace(a, b)
    return text.decode("utf-8", errors="replace")


def _scan_tags(pkg: _Package, sheet: SheetEntry, shared: list[int]) -> Extent:
    """The extent of one worksheet tag by tag, with calamine's positions (its
    src/xlsx/cells_reader.rs: a cell without `r` goes after the one before it)."""
    file_name, name = pkg.file_name, sheet.name
    e = Extent()
    row_index = col_index = 0  # calamine's running position, 0-based
    longest_shared = max(shared, default=0)

    def tokenize(buf: bytes, end: int, final: bool) -> int:
        nonlocal row_index, col_index
        pos = handled = 0
        while (m := _TAG.search(buf, pos, end)) is not None:
            closing, tag, attr_text, empty = m.groups()
            if tag == b"c" and not closing and not empty:
                close = _CELL_END.search(buf, m.end(), end)
                if close is None:
                    break  # the cell's end is in the next chunk
                attrs = _attrs(file_name, name, attr_text) if attr_text else {}
                ref = attrs.get(b"r")
                if ref is not None:
                    row, col = _ref(file_name, name, ref, True)
                    col_index = col
                else:
                    row, col = row_index + 1, col_index + 1
                    col_index += 1
                content = buf[m.end():close.start()]
                _cell(e, row, col, attrs.get(b"t"), content, shared, longest_shared,
                      file_name, name)
                pos, handled = close.end(), handled + 2
                continue
            if tag == b"row":
                if closing:
                    row_index, col_index = row_index + 1, 0
                else:
                    ref = _attrs(file_name, name, attr_text).get(b"r") if attr_text else None
                    if ref is not None:
                        row_index = _ref(file_name, name, ref, False)[0] - 1
                    if empty:
                        row_index, col_index = row_index + 1, 0
            elif tag == b"c" and empty and not closing:
                ref = _attrs(file_name, name, attr_text).get(b"r") if attr_text else None
                col_index = _ref(file_name, name, ref, True)[1] if ref is not None \
                    else col_index + 1
            elif tag == b"mergeCell" and not closing:
                e.merged += 1
            pos, handled = m.end(), handled + 1
        else:
            pos = end
        if m is not None:
            pos = m.start()  # an incomplete cell: carried over
        check_tags(file_name, sheet.path, _ANY_TAG, buf, pos, handled)
        check_sheet(file_name, name, e)
        return pos

    with pkg.open(sheet.path) as fh:
        scan_part(fh, file_name, sheet.path, tokenize)
    return e


def _cell(e: Extent, row: int, col: int, kind: bytes | None, content: bytes, shared: list[int],
          longest_shared: int, file_name: str, sheet: str) -> None:
    """Account one `<c>…</c>`: its value (if it has one) and the text calamine makes of it."""
    v = _VALUE.search(content)
    value = v.group(1) if v is not None else None
    if (value is None or not value.strip()) and _INLINE.search(content) is None:
        return  # no value: calamine skips the cell
    e.add(row, col)
    if kind == b"s" and value is not None:
        index = value.strip()
        if not index.isdigit() or int(index) >= len(shared):
            raise corrupt(file_name, f"{sheet_cell(sheet, row, col)} viser til en tekst som "
                          "ikke finnes i filen")
        e.text_bytes += shared[int(index)]
        return
    e.text_bytes += len(content) if kind != b"s" else longest_shared
    if kind == b"e" and value is not None:
        e.raw[(row, col)] = _unescape(value).strip()
    elif kind in (None, b"n") and value is not None and (
            len(value) > 15 or b"e" in value or b"E" in value):
        try:
            number = float(value)
        except ValueError:
            return  # calamine rejects it
        if math.isinf(number):
            e.raw[(row, col)] = _unescape(value).strip()


def sheet_cell(sheet: str, row: int, col: int) -> str:
    return f"arket «{sheet}», celle {cell_name(row, col)},"


def _any_value(pkg: _Package, path: str) -> bool:
    """Whether a sheet that is not read holds any value (for the «empty file» message)."""
    found = False

    def tokenize(buf: bytes, end: int, final: bool) -> int:
        nonlocal found
        found = found or _ANY_VALUE.search(buf, 0, end) is not None
        return end

    with pkg.open(path) as fh:
        scan_part(fh, pkg.file_name, path, tokenize)
    return found

"""Crafted, damaged and special files for the importer's corpus (tests and bench): each kind is
written into a folder from a good return, with the rejection code and words its message must
hold. Nothing here is kept in git as a binary: every file is generated.

The .xls files are written from scratch (`xls_book`): a minimal BIFF8 workbook stream in a
minimal OLE compound file, enough for calamine and for the importer's own measuring.
"""

from __future__ import annotations

import io
import os
import re
import struct
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

# English exception text that must never reach a user's message.
ENGLISH = re.compile(r"[A-Z][a-z]+Error\b|Exception|Traceback|No such file|There is no item|"
                     r"object has no|__init__|unexpected|invalid|cannot|not found|overflow",
                     re.IGNORECASE)


@dataclass(frozen=True)
class Kind:
    name: str
    make: Callable[[Path, Path], Path]  # (folder to write in, a good .xlsx return) -> the file
    code: str  # the rejection code
    words: str  # in the message (a cell, a sheet, a reason)
    in_folder: tuple[str, str] | None = None  # (code, words) when found in a chosen folder


# ------------------------------------------------------------------------- .xlsx editing


def sheet_parts(data: bytes) -> dict[str, str]:
    """Sheet name -> its zip member, of a package as the template writer makes it."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        book = zf.read("xl/workbook.xml").decode()
        rels = zf.read("xl/_rels/workbook.xml.rels").decode()
    targets = dict(re.findall(r'<Relationship[^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"', rels))
    targets |= {i: t for t, i in re.findall(
        r'<Relationship[^>]*?Target="([^"]+)"[^>]*?Id="([^"]+)"', rels)}
    out = {}
    for name, rid in re.findall(r'<sheet [^>]*?name="([^"]+)"[^>]*?r:id="([^"]+)"', book):
        t = targets[rid]
        out[name] = t.lstrip("/") if t.startswith("/") else "xl/" + t
    return out


def edit_xlsx(src: Path, dst: Path, edits: dict[str, Callable[[bytes], bytes | None]],
              add: dict[str, bytes] | None = None) -> Path:
    """A copy of `src` with members changed (None: left out) and added."""
    buf = io.BytesIO()
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename in edits:
                changed = edits[item.filename](data)
                if changed is None:
                    continue
                data = changed
            zout.writestr(item.filename, data)
        for name, data in (add or {}).items():
            zout.writestr(name, data)
    dst.write_bytes(buf.getvalue())
    return dst


def edit_sheet(src: Path, dst: Path, sheet: str, edit: Callable[[bytes], bytes]) -> Path:
    return edit_xlsx(src, dst, {sheet_parts(src.read_bytes())[sheet]: edit})


def _before_sheet_data_end(xml: bytes, rows: bytes) -> bytes:
    return xml.replace(b"</sheetData>", rows + b"</sheetData>", 1)


def _in_first_row(cell: bytes) -> Callable[[bytes], bytes]:
    def edit(xml: bytes) -> bytes:
        m = re.search(rb"<row [^>]*>", xml)
        assert m is not None
        return xml[:m.end()] + cell + xml[m.end():]
    return edit


def _set_cell(ref: bytes, new: bytes) -> Callable[[bytes], bytes]:
    """Replace the cell `ref` (which must exist) with the XML `new`."""
    def edit(xml: bytes) -> bytes:
        pattern = re.compile(rb'<c r="' + ref + rb'"[^>]*?(?:/>|>.*?</c>)', re.S)
        assert pattern.search(xml), ref
        return pattern.sub(new.replace(b"\\", b"\\\\"), xml, count=1)
    return edit


def many_rows(n: int) -> Callable[[bytes], bytes]:
    """`n` more filled rows below the table (a return that runs far down)."""
    def edit(xml: bytes) -> bytes:
        rows = b"".join(b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>System %d</t></is></c>'
                        b'<c r="F%d"><v>%d</v></c></row>' % (r, r, r, r, r % 97)
                        for r in range(400, 400 + n))
        return _before_sheet_data_end(xml, rows)
    return edit


def _shared_strings(texts: list[str], unique_count: int | None = None) -> bytes:
    items = b"".join(b"<si><t>" + t.encode() + b"</t></si>" for t in texts)
    count = len(texts) if unique_count is None else unique_count
    return (b'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.'
            b'org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">' % (count, count)
            + items + b"</sst>")


_SST_REL = (b'<Relationship Id="rIdSst" Type="http://schemas.openxmlformats.org/officeDocument/'
            b'2006/relationships/sharedStrings" Target="sharedStrings.xml"/>')


def _with_shared(src: Path, dst: Path, sheet: str, texts: list[str], cells: bytes,
                 unique_count: int | None = None, keep_part: bool = True) -> Path:
    data = src.read_bytes()
    part = sheet_parts(data)[sheet]
    edits: dict[str, Callable[[bytes], bytes | None]] = {
        part: lambda x: _before_sheet_data_end(x, cells),
        "xl/_rels/workbook.xml.rels": lambda x: x.replace(b"</Relationships>",
                                                          _SST_REL + b"</Relationships>"),
    }
    add = {"xl/sharedStrings.xml": _shared_strings(texts, unique_count)} if keep_part else {}
    return edit_xlsx(src, dst, edits, add)


# ------------------------------------------------------------------------- the .xlsx kinds


def xfd_cell(folder: Path, good: Path) -> Path:
    return edit_sheet(good, folder / "xfd.xlsx", "Kommune",
                      _in_first_row(b'<c r="XFD1048576"><v>1</v></c>'))


def reference_beyond_a_sheet(folder: Path, good: Path) -> Path:
    return edit_sheet(good, folder / "ref.xlsx", "Kommune",
                      _in_first_row(b'<c r="A99999999999"><v>1</v></c>'))


def cells_without_reference(folder: Path, good: Path) -> Path:
    """Cells with no `r` after one in AMI, the last column but one allowed: the reader places
    them after it, so the last is in AMK, past the limit."""
    cells = b'<row r="700"><c r="AMI700"><v>1</v></c><c><v>2</v></c><c><v>3</v></c></row>'
    return edit_sheet(good, folder / "uten-r.xlsx", "Fagsystemer",
                      lambda x: _before_sheet_data_end(x, cells))


def million_rows(folder: Path, good: Path) -> Path:
    return edit_sheet(good, folder / "million.xlsx", "Fagsystemer", many_rows(1_000_000))


def hundred_thousand_rows(folder: Path, good: Path) -> Path:
    return edit_sheet(good, folder / "hundretusen.xlsx", "Fagsystemer", many_rows(100_000))


def sheet_part_missing(folder: Path, good: Path) -> Path:
    part = sheet_parts(good.read_bytes())["Fagsystemer"]
    return edit_xlsx(good, folder / "uten-ark.xlsx", {part: lambda x: None})


def styles_missing(folder: Path, good: Path) -> Path:
    return edit_xlsx(good, folder / "uten-stiler.xlsx", {"xl/styles.xml": lambda x: None})


def workbook_rels_missing(folder: Path, good: Path) -> Path:
    return edit_xlsx(good, folder / "uten-rels.xlsx",
                     {"xl/_rels/workbook.xml.rels": lambda x: None})


def shared_strings_missing(folder: Path, good: Path) -> Path:
    return _with_shared(good, folder / "uten-tekster.xlsx", "Fagsystemer", ["x"],
                        b'<row r="600"><c r="A600" t="s"><v>0</v></c></row>', keep_part=False)


def shared_text_not_there(folder: Path, good: Path) -> Path:
    return _with_shared(good, folder / "tekst-mangler.xlsx", "Fagsystemer", ["Gerica"],
                        b'<row r="600"><c r="A600" t="s"><v>99</v></c></row>')


def shared_strings_count_huge(folder: Path, good: Path) -> Path:
    return _with_shared(good, folder / "teller.xlsx", "Fagsystemer", ["Gerica"],
                        b'<row r="600"><c r="A600" t="s"><v>0</v></c></row>',
                        unique_count=999_999_999_999)


def one_long_text_in_many_cells(folder: Path, good: Path) -> Path:
    """A 30 000-character text shared by 4 000 cells: 120 MB once the reader has copied it."""
    cells = b"".join(b'<row r="%d"><c r="B%d" t="s"><v>0</v></c></row>' % (r, r)
                     for r in range(600, 4600))
    return _with_shared(good, folder / "forsterker.xlsx", "Fagsystemer", ["x" * 30_000], cells)


def entity_expansion(folder: Path, good: Path) -> Path:
    """«Billion laughs» in the workbook part."""
    bomb = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 '
            b'"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>')
    return edit_xlsx(good, folder / "latter.xlsx",
                     {"xl/workbook.xml": lambda x: bomb + re.sub(rb"^<\?xml[^>]*\?>", b"", x)})


def external_entity(folder: Path, good: Path) -> Path:
    """XXE: a sheet that asks for /etc/passwd."""
    def edit(xml: bytes) -> bytes:
        head = (b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]>')
        xml = re.sub(rb"^<\?xml[^>]*\?>", b"", xml)
        return head + _in_first_row(b'<c r="Z1" t="inlineStr"><is><t>&x;</t></is></c>')(xml)
    return edit_sheet(good, folder / "xxe.xlsx", "Kommune", edit)


def unknown_sheet_state(folder: Path, good: Path) -> Path:
    return edit_xlsx(good, folder / "synlighet.xlsx", {"xl/workbook.xml": lambda x: x.replace(
        b'state="hidden"', b'state="halvveis"', 1)})


def _damaged(good: Path, dst: Path, part: str) -> Path:
    """A copy whose member `part` has damaged compressed bytes (the CRC does not match)."""
    data = bytearray(good.read_bytes())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as zf:
        info = zf.getinfo(part)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    middle = start + info.compress_size // 2
    for i in range(middle - 8, middle + 8):
        data[i] ^= 0x5A
    dst.write_bytes(bytes(data))
    return dst


def damaged_member(folder: Path, good: Path) -> Path:
    return _damaged(good, folder / "crc.xlsx", sheet_parts(good.read_bytes())["Fagsystemer"])


def damaged_relationships(folder: Path, good: Path) -> Path:
    return _damaged(good, folder / "crc-rels.xlsx", "xl/_rels/workbook.xml.rels")


def duplicate_member(folder: Path, good: Path) -> Path:
    """Two members with the same name (readers disagree on which one counts)."""
    buf = io.BytesIO()
    part = sheet_parts(good.read_bytes())["Fagsystemer"]
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(buf, "w") as zout:
        for item in zin.infolist():
            zout.writestr(item.filename, zin.read(item.filename))
        zout.writestr(part.upper(), b"<worksheet/>")
    path = folder / "dobbel.xlsx"
    path.write_bytes(buf.getvalue())
    return path


def garbage_after_zip_magic(folder: Path, good: Path) -> Path:
    path = folder / "rot.xlsx"
    path.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 40)
    return path


def unterminated_sheet(folder: Path, good: Path) -> Path:
    return edit_sheet(good, folder / "avbrutt.xlsx", "Fagsystemer",
                      lambda x: x[:x.index(b"</sheetData>") - 40])


# ------------------------------------------------------------------------- the file kinds


def fifo(folder: Path, good: Path) -> Path:
    path = folder / "rør.xlsx"
    os.mkfifo(path)
    return path


def link_to_dev_zero(folder: Path, good: Path) -> Path:
    path = folder / "null.xlsx"
    path.symlink_to("/dev/zero")
    return path


def link_out_of_the_folder(folder: Path, good: Path) -> Path:
    path = folder / "lenke.xlsx"
    path.symlink_to(good.resolve())  # `good` is outside `folder`
    return path


def larger_than_the_limit(folder: Path, good: Path) -> Path:
    from desktop.core.importing.limits import MAX_FILE_BYTES

    path = folder / "stor.xlsx"
    with path.open("wb") as fh:  # sparse: no disk used
        fh.write(good.read_bytes())
        fh.truncate(MAX_FILE_BYTES + 1)
    return path


# ------------------------------------------------------------------------- .ods and .xls


def ods_book(tables: dict[str, bytes]) -> bytes:
    """A minimal .ods: each table's rows as content.xml XML."""
    body = b"".join(b'<table:table table:name="' + n.encode() + b'">' + rows + b"</table:table>"
                    for n, rows in tables.items())
    content = (b'<?xml version="1.0" encoding="UTF-8"?><office:document-content '
               b'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               b'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               b'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
               b'office:version="1.2"><office:body><office:spreadsheet>' + body
               + b"</office:spreadsheet></office:body></office:document-content>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        zf.writestr("META-INF/manifest.xml", b"<manifest/>")
    return buf.getvalue()


def ods_text_cell(text: str) -> bytes:
    return (b'<table:table-cell office:value-type="string"><text:p>' + text.encode()
            + b"</text:p></table:table-cell>")


KOMMUNE_ROWS = (b"<table:table-row>" + ods_text_cell("Kommunenummer") + ods_text_cell("4218")
                + b"</table:table-row>")


def ods_repeated_everywhere(folder: Path, good: Path) -> Path:
    """One filled cell repeated across every column of every row: 17 billion cells."""
    rows = (b'<table:table-row table:number-rows-repeated="1048575"><table:table-cell '
            b'table:number-columns-repeated="16384" office:value-type="float" office:value="1">'
            b"<text:p>1</text:p></table:table-cell></table:table-row>")
    path = folder / "gjentatt.ods"
    path.write_bytes(ods_book({"Kommune": KOMMUNE_ROWS + rows}))
    return path


def ods_unterminated_table(folder: Path, good: Path) -> Path:
    """content.xml ending inside a table: calamine's reader loops for ever on it."""
    data = ods_book({"Kommune": KOMMUNE_ROWS})
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as zin, zipfile.ZipFile(out, "w") as zout:
        for item in zin.infolist():
            body = zin.read(item.filename)
            if item.filename == "content.xml":
                body = body[:body.index(b"</table:table>")] + b"</office:document-content>"
            zout.writestr(item, body)
    path = folder / "uendelig.ods"
    path.write_bytes(out.getvalue())
    return path


def ods_space_bomb(folder: Path, good: Path) -> Path:
    """One cell whose text is two billion spaces (`<text:s text:c="…"/>`)."""
    cell = (b'<table:table-cell office:value-type="string"><text:p>a<text:s '
            b'text:c="2000000000"/>b</text:p></table:table-cell>')
    path = folder / "mellomrom.ods"
    path.write_bytes(ods_book({"Kommune": KOMMUNE_ROWS + b"<table:table-row>" + cell
                               + b"</table:table-row>"}))
    return path


def ods_without_content(folder: Path, good: Path) -> Path:
    buf = io.BytesIO(ods_book({"Kommune": KOMMUNE_ROWS}))
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w") as zout:
        for item in zin.infolist():
            if item.filename != "content.xml":
                zout.writestr(item, zin.read(item.filename))
    path = folder / "uten-innhold.ods"
    path.write_bytes(out.getvalue())
    return path


def _record(typ: int, data: bytes) -> bytes:
    return struct.pack("<HH", typ, len(data)) + data


def _short_string(text: str) -> bytes:
    return struct.pack("<BB", len(text), 1) + text.encode("utf-16-le")


def xls_book(sheets: dict[str, list[tuple[int, int, object]]], *, dimensions: dict[str, bytes]
             | None = None, sheet_offset: dict[str, int] | None = None) -> bytes:
    """A minimal BIFF8 .xls: each sheet's (row, col, value) cells (0-based; text or number)."""
    texts: list[str] = []
    for cells in sheets.values():
        texts += [v for _, _, v in cells if isinstance(v, str) and v not in texts]
    sst = struct.pack("<II", len(texts), len(texts)) + b"".join(
        struct.pack("<HB", len(t), 1) + t.encode("utf-16-le") for t in texts)
    bof = struct.pack("<HHHHII", 0x0600, 0x0005, 0x0DBB, 0x07CC, 0, 6)
    names = list(sheets)
    bound_len = sum(4 + 6 + len(_short_string(n)) for n in names)
    globals_len = 4 + len(bof) + 4 + 2 + bound_len + 4 + len(sst) + 4
    bodies = []
    for name in names:
        cells = sheets[name]
        rows = [r for r, _, _ in cells] or [0]
        cols = [c for _, c, _ in cells] or [0]
        dims = (dimensions or {}).get(name) or struct.pack(
            "<IIHHH", min(rows), max(rows) + 1, min(cols), max(cols) + 1, 0)
        body = _record(0x0809, struct.pack("<HHHHII", 0x0600, 0x0010, 0x0DBB, 0x07CC, 0, 6))
        body += _record(0x0200, dims)
        for r, c, v in cells:
            if isinstance(v, str):
                body += _record(0x00FD, struct.pack("<HHHI", r, c, 0, texts.index(v)))
            else:
                body += _record(0x0203, struct.pack("<HHHd", r, c, 0, float(v)))  # type: ignore[arg-type]
        bodies.append(body + _record(0x000A, b""))
    stream = _record(0x0809, bof) + _record(0x0042, struct.pack("<H", 1200))
    offset = globals_len
    for name, body in zip(names, bodies, strict=True):
        pos = (sheet_offset or {}).get(name, offset)
        stream += _record(0x0085, struct.pack("<IBB", pos, 0, 0) + _short_string(name))
        offset += len(body)
    stream += _record(0x00FC, sst) + _record(0x000A, b"")
    assert len(stream) == globals_len
    return _compound_file(stream + b"".join(bodies))


def _compound_file(stream: bytes) -> bytes:
    """An OLE compound file (version 3, 512-byte sectors) holding one stream, `Workbook`."""
    stream = stream.ljust(max(4096, len(stream)), b"\0")  # not in the mini stream
    sectors = -(-len(stream) // 512)
    assert sectors + 2 <= 128, "one FAT sector only"
    end, free, fat_sect = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD
    fat = [fat_sect, end] + [3 + i for i in range(sectors - 1)] + [end]
    fat += [free] * (128 - len(fat))
    header = (bytes.fromhex("d0cf11e0a1b11ae1") + bytes(16)
              + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + bytes(6)
              + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, end, 0, end, 0)
              + struct.pack("<109I", 0, *([free] * 108)))

    def entry(name: str, typ: int, child: int, start: int, size: int) -> bytes:
        raw = name.encode("utf-16-le") + b"\0\0" if name else b""
        return (raw.ljust(64, b"\0") + struct.pack("<HBB", len(raw), typ, 1)
                + struct.pack("<III", free, free, child) + bytes(16) + bytes(4) + bytes(16)
                + struct.pack("<III", start, size, 0))

    directory = (entry("Root Entry", 5, 1, end, 0) + entry("Workbook", 2, free, 2, len(stream))
                 + entry("", 0, free, 0, 0) * 2)
    return (header + struct.pack("<128I", *fat) + directory
            + stream.ljust(sectors * 512, b"\0"))


XLS_KOMMUNE = [(0, 0, "Kommunenummer"), (0, 1, "4218"), (1, 0, "Kommunenavn"), (1, 1, "Iveland")]
XLS_SYSTEMS = [(0, 0, "Systemnavn"), (0, 1, "Tjenesteområde"), (0, 2, "Driftsform"),
               (1, 0, "Gerica"), (1, 1, "Helse og omsorg"), (1, 2, "Egen drift")]


def xls_stray_cell(folder: Path, good: Path) -> Path:
    path = folder / "langt-ned.xls"
    path.write_bytes(xls_book({"Kommune": XLS_KOMMUNE,
                               "Fagsystemer": [*XLS_SYSTEMS, (59_999, 0, 1.0)]}))
    return path


def xls_claims_a_huge_sheet(folder: Path, good: Path) -> Path:
    path = folder / "dimensjon.xls"
    path.write_bytes(xls_book({"Kommune": XLS_KOMMUNE}, dimensions={
        "Kommune": struct.pack("<IIHHH", 10, 5, 0, 255, 0)}))  # last row before the first
    return path


def xls_sheet_outside_the_stream(folder: Path, good: Path) -> Path:
    path = folder / "forskjøvet.xls"
    path.write_bytes(xls_book({"Kommune": XLS_KOMMUNE}, sheet_offset={"Kommune": 10**6}))
    return path


def xls_truncated(folder: Path, good: Path) -> Path:
    data = xls_book({"Kommune": XLS_KOMMUNE})
    path = folder / "kuttet.xls"
    path.write_bytes(data[:1600])
    return path


def _filled_table(cols: int, rows: int, cell: Callable[[int, int], bytes]
                  ) -> Callable[[bytes], bytes]:
    """The sheet's first row (the template's 13 headers, then «Ekstra N» up to `cols`) and
    `rows` rows of `cols` cells below."""
    from openpyxl.utils.cell import get_column_letter

    letters = [get_column_letter(c).encode() for c in range(1, cols + 1)]

    def edit(xml: bytes) -> bytes:
        first = re.search(rb"<row [^>]*>.*?</row>", xml, re.S)
        assert first is not None
        extra = b"".join(b'<c r="%s1" t="inlineStr"><is><t>Ekstra %d</t></is></c>'
                         % (letters[c - 1], c) for c in range(14, cols + 1))
        head = re.match(rb"(.*)(</row>)", first.group(0), re.S)
        assert head is not None
        head_row = head.group(1) + extra + head.group(2)
        body = b"".join(b'<row r="%d">' % r + b"".join(
            b'<c r="%s%d"%s</c>' % (letters[c - 1], r, cell(r, c)) for c in range(1, cols + 1))
            + b"</row>" for r in range(2, rows + 2))
        xml = re.sub(rb'<dimension ref="[^"]*"/>', b"", xml)
        return re.sub(rb"<sheetData>.*</sheetData>", lambda _: b"<sheetData>" + head_row
                      + body + b"</sheetData>", xml, flags=re.S)
    return edit


def largest_accepted_return(folder: Path, good: Path) -> Path:
    """Just under the limit of filled cells: 3 990 systems × 50 columns (37 of them unknown,
    kept as extra values), numbers."""
    return edit_sheet(good, folder / "storst.xlsx", "Fagsystemer", _filled_table(
        50, 3_990, lambda r, c: b"><v>%d</v>" % ((r * c) % 99_991)))


def largest_accepted_text(folder: Path, good: Path) -> Path:
    """Long texts near the text limit: 3 500 systems × 25 columns of 500 characters."""
    return edit_sheet(good, folder / "mest-tekst.xlsx", "Fagsystemer", _filled_table(
        25, 3_500, lambda r, c: b' t="inlineStr"><is><t>%s</t></is>' % (b"%05d" % (r * c)
                                                                         * 100)))


# Files within every limit, the largest an import takes: their peak memory is the importer's.
LARGEST = [("flest utfylte celler", largest_accepted_return),
           ("mest tekst", largest_accepted_text)]

KINDS = [
    Kind("celle i XFD1048576", xfd_cell, "over_limits", "XFD1048576"),
    Kind("referanse utenfor et ark", reference_beyond_a_sheet, "corrupt", "A99999999999"),
    Kind("celler uten r etter AMI", cells_without_reference, "over_limits", "AMK700"),
    Kind("en million rader", million_rows, "over_limits", "nedenfor rad 20 000"),
    Kind("100 000 rader", hundred_thousand_rows, "over_limits", "nedenfor rad 20 000"),
    Kind("arkdel mangler", sheet_part_missing, "part_missing", "«Fagsystemer»"),
    Kind("stiler mangler", styles_missing, "part_missing", "xl/styles.xml"),
    Kind("relasjoner mangler", workbook_rels_missing, "part_missing", "workbook.xml.rels"),
    Kind("delte tekster mangler", shared_strings_missing, "part_missing",
         "xl/sharedStrings.xml"),
    Kind("tekstnummer finnes ikke", shared_text_not_there, "corrupt", "A600"),
    Kind("tekstteller urimelig", shared_strings_count_huge, "over_limits", "ulike tekster"),
    Kind("lang tekst i mange celler", one_long_text_in_many_cells, "over_limits", "tekst"),
    Kind("«billion laughs»", entity_expansion, "corrupt", "ikke gyldig XML"),
    Kind("ukjent synlighet", unknown_sheet_state, "corrupt", "synlighet"),
    Kind("skadet zip-del", damaged_member, "corrupt", "kan ikke pakkes ut"),
    Kind("skadet relasjonsdel", damaged_relationships, "corrupt", "kan ikke pakkes ut"),
    Kind("dobbel zip-del", duplicate_member, "corrupt", "to ganger"),
    Kind("rot etter PK", garbage_after_zip_magic, "corrupt", "skadet"),
    Kind("ark uten slutt", unterminated_sheet, "corrupt", "skadet"),
    Kind("FIFO", fifo, "not_regular_file", "navngitt rør"),
    Kind("lenke til /dev/zero", link_to_dev_zero, "not_regular_file", "enhet",
         in_folder=("outside_folder", "/dev/zero")),
    Kind("lenke ut av mappen", link_out_of_the_folder, "outside_folder", "utenfor mappen"),
    Kind("over 50 MB", larger_than_the_limit, "too_large", "50 MB"),
    Kind(".ods gjentatt overalt", ods_repeated_everywhere, "over_limits", "«Kommune»"),
    Kind(".ods uten innhold", ods_without_content, "part_missing", "content.xml"),
    Kind(".ods ark uten slutt", ods_unterminated_table, "corrupt", "slutter ikke"),
    Kind(".ods to milliarder mellomrom", ods_space_bomb, "over_limits", "tekst"),
    Kind(".xls celle langt ned", xls_stray_cell, "over_limits", "A60000"),
    Kind(".xls urimelig dimensjon", xls_claims_a_huge_sheet, "corrupt", "«Kommune»"),
    Kind(".xls ark utenfor strømmen", xls_sheet_outside_the_stream, "corrupt", "skadet"),
    Kind(".xls avkuttet", xls_truncated, "corrupt", "skadet"),
]

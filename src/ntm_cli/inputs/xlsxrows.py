"""The first worksheet of an .xlsx, row for row as openpyxl (read_only, data_only) yields it.

openpyxl spends its time building an XML element and a dict for every cell. Here openpyxl
still opens the package (content types, workbook, relationships, shared strings, styles),
so the sheet, the date styles and every error are its own; only the bytes inside
`<sheetData>` are read differently: cells written the way Excel, LibreOffice and openpyxl
write them are matched with regular expressions. Everything else goes to openpyxl's code:

- a row with any other cell (a date style, an escaped character, rich text, extra
  attributes, no `r`) is parsed as XML and handed to openpyxl's `parse_row`;
- a sheet that is unusual (a DOCTYPE, comments, not UTF-8, not well-formed, another
  namespace, rows outside `<sheetData>`, an openpyxl version not checked against this
  module) raises `Unsupported` before any row is yielded.

A yielded row is always the tuple openpyxl yields (after `cell_value`), and a row that
cannot be read raises `Unsupported` before it is yielded; a caller that gets `Unsupported`
after N rows can therefore go on with openpyxl's rows from N + 1.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Generator, Iterator
from dataclasses import dataclass, field
from functools import cache
from io import BytesIO
from pathlib import Path
from typing import Any
from xml.parsers import expat

from ntm_cli.model.errors import InputError, Location

XlsxValue = str | int | float | bool | None
Row = tuple[XlsxValue, ...]

# openpyxl versions whose read_only row logic (ReadOnlyWorksheet._cells_by_row, _get_row,
# ExcelReader.read_worksheets) this module mirrors; others are read by openpyxl itself.
VERIFIED_OPENPYXL = ("3.1.5",)
MAX_PART_BYTES = 512 * 2**20  # unpacked size of any part; more is a zip bomb, not a commune list
MAX_EDGE_BYTES = 64 * 2**20  # XML kept in memory: before <sheetData>, after it, one row
CHUNK_BYTES = 2**18  # larger chunks read no faster and keep more memory in zlib and expat
MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

_SPACE = rb"[ \t\r\n]"
# Attributes as XML allows them (any order, either quote); the sheet is already known to be
# well-formed, so this only has to find where a start tag ends.
_ATTRS = rb"""(?:[ \t\r\n]++[^\s=/>"']++[ \t\r\n]*+=[ \t\r\n]*+(?:"[^"]*+"|'[^']*+'))*+"""
_ROW_FAST = re.compile(
    _SPACE
    + rb'*+(?P<tag><row r="(?P<r>[1-9][0-9]*+)"(?P<attrs>'
    + _ATTRS
    + rb")"
    + _SPACE
    + rb"*+(?P<end>/?)>)"
)
_ROW_ANY = re.compile(_SPACE + rb"*+(?P<tag><row" + _ATTRS + _SPACE + rb"*+(?P<end>/?)>)")
# One cell as Excel, LibreOffice and openpyxl write it: r, then optional s and t, then an
# optional formula (ignored: data_only) and a value or one plain inline string. Text with
# `&` or CR is left to the XML parser, which decodes references and line ends.
_CELL = re.compile(
    rb'<c r="([A-Z]{1,3})[1-9][0-9]*+"(?: s="([0-9]++)")?+(?: t="([a-zA-Z]++)")?+'
    + _SPACE
    + rb"*+(?:/>|>"
    + rb"(?:<f(?: [^<>/]*+)?+/>|<f(?: [^<>]*+)?+>[^<]*+</f>)?+"
    + rb"(?:<v>([^<&\r]*+)</v>|<v"
    + _SPACE
    + rb'*+/>|(<is>)<t(?: xml:space="preserve")?+>([^<&\r]*+)</t></is>)?+'
    + rb"</c>)"
)
_GROUPS = 6  # capturing groups in _CELL: letters, style, type, value, <is>, inline text
_ROW_TAG = f"{{{MAIN_NS}}}row"


class Unsupported(Exception):
    """The fast reader cannot promise openpyxl's result here; read the sheet with openpyxl."""


@dataclass
class ReadStats:
    """How rows were read: matched as plain cells, or parsed by openpyxl's row parser."""

    matched: int = 0
    parsed: int = 0


def cell_value(value: Any) -> XlsxValue:
    """An openpyxl cell value as ntm keeps it: dates and times become text."""
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)  # dates, times: kept as text so they are reported, not misread


def first_sheet_rows(path: Path, stats: ReadStats | None = None) -> Iterator[Row]:
    """The first worksheet's rows as openpyxl read_only yields them; Unsupported when unsure."""
    reader = _open_package(path)
    try:
        try:
            sheet = _prepare(reader)
        except Unsupported:
            raise
        except Exception as exc:  # whatever went wrong, openpyxl reads the sheet
            raise Unsupported(f"preparing the sheet: {exc!r}") from exc
        yield from sheet.numbered(stats if stats is not None else ReadStats())
    finally:
        reader.archive.close()


def _open_package(path: Path) -> Any:
    """The package loaded by openpyxl's ExcelReader; part sizes are checked before reading."""
    reader_class = _package_reader()
    try:
        reader = reader_class(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises its own message for this: let it
        raise Unsupported(f"openpyxl cannot open the file: {exc!r}") from exc
    try:
        _check_part_sizes(reader.archive, str(path))
        import openpyxl

        if openpyxl.__version__ not in VERIFIED_OPENPYXL:
            raise Unsupported(f"openpyxl {openpyxl.__version__} is not verified for this reader")
        reader.read()
    except (Unsupported, InputError):
        reader.archive.close()
        raise
    except Exception as exc:  # the same error comes again when openpyxl loads the file
        reader.archive.close()
        raise Unsupported(f"openpyxl cannot load the workbook: {exc!r}") from exc
    return reader


def _check_part_sizes(archive: zipfile.ZipFile, shown: str) -> None:
    """Refuse a part that unpacks hugely (zipfile never inflates beyond the declared size)."""
    for info in archive.infolist():
        if info.file_size > MAX_PART_BYTES:
            raise InputError(
                Location(shown),
                f"file is too large: {info.filename} unpacks to"
                f" {info.file_size // 2**20} MB (> {MAX_PART_BYTES // 2**20} MB)",
            )


@cache
def _package_reader() -> type[Any]:
    """ExcelReader from openpyxl, except that the first worksheet is not scanned for its size."""
    from openpyxl.packaging import relationship
    from openpyxl.reader.excel import ExcelReader
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

    rels: Any = relationship  # untyped helpers

    class UnsizedSheet(ReadOnlyWorksheet):
        """A read-only sheet whose size is read later, from the XML around its rows."""

        def _get_size(self) -> None:
            # openpyxl parses the whole sheet here when it has no <dimension> (sheets that
            # ntm and openpyxl write_only produce); _prepare reads the same answer cheaply.
            pass

    class PackageReader(ExcelReader):
        """ExcelReader.read_worksheets' read_only branch, line for line, but the first sheet."""

        unsized = UnsizedSheet

        def read_worksheets(self) -> None:
            """Add every sheet as openpyxl does; only the first worksheet skips its size scan."""
            reader: Any = self
            first = True
            for sheet, rel in reader.parser.find_sheets():
                if rel.target not in reader.valid_files:
                    continue
                if "chartsheet" in rel.Type:
                    reader.read_chartsheet(sheet, rel)
                    continue
                rels_path = rels.get_rels_path(rel.target)
                if rels_path in reader.valid_files:
                    rels.get_dependents(reader.archive, rels_path)  # may raise, as in openpyxl
                kind: Any = UnsizedSheet if first else ReadOnlyWorksheet
                first = False
                ws = kind(reader.wb, sheet.name, rel.target, reader.shared_strings)
                ws.sheet_state = sheet.state
                reader.wb._sheets.append(ws)

    return PackageReader


@dataclass
class _Layout:
    """Where the rows are in the sheet part, and the XML around them."""

    head: bytes = b""  # up to and including the <sheetData> start tag
    rows_start: int = -1
    rows_end: int = -1  # offset of </sheetData>
    tail: bytes = b""  # from </sheetData> (or after <sheetData/>) to the end
    empty: bool = False  # <sheetData/>
    namespaces: dict[str | None, str] = field(default_factory=dict)


def _prepare(reader: Any) -> _Sheet:
    """Check the sheet before any row is yielded: XML, layout, the parts around the rows."""
    sheets = reader.wb.worksheets
    if not sheets or not isinstance(sheets[0], reader.unsized):
        raise Unsupported("no worksheet to read")  # openpyxl raises IndexError for this
    name = sheets[0]._worksheet_path
    layout = _scan(reader.archive, name)
    from openpyxl.worksheet._reader import WorkSheetParser

    wb = reader.wb
    parser = WorkSheetParser(
        BytesIO(),  # never read: this parser only converts the rows it is handed
        reader.shared_strings,
        data_only=True,
        epoch=wb.epoch,
        date_formats=wb._date_formats,
        timedelta_formats=wb._timedelta_formats,
    )
    max_col, max_row = _check_edges(layout, parser)
    return _Sheet(reader.archive, name, layout, parser, max_col, max_row)


def _check_edges(layout: _Layout, parser: Any) -> tuple[int | None, int | None]:
    """Run openpyxl's sheet parser on the sheet without its rows; return its dimension."""
    from openpyxl.worksheet._reader import WorkSheetParser

    document = layout.head + layout.tail
    edges = WorkSheetParser(
        BytesIO(document),
        parser.shared_strings,
        data_only=True,
        epoch=parser.epoch,
        date_formats=parser.date_formats,
        timedelta_formats=parser.timedelta_formats,
    )
    try:
        # Every element openpyxl reads besides rows (columns, views, merged cells, page
        # setup, ...) is read here, so what it would refuse is refused before any row.
        for _ in edges.parse():
            raise Unsupported("rows outside <sheetData>")
        dimension = WorkSheetParser(BytesIO(document), []).parse_dimensions()
    except Unsupported:
        raise
    except Exception as exc:
        raise Unsupported(f"openpyxl refuses the sheet: {exc!r}") from exc
    if dimension is None:
        return None, None
    return dimension[2], dimension[3]


class _Scan:
    """One expat pass over the sheet: well-formed, UTF-8, and where <sheetData> is."""

    def __init__(self) -> None:
        self.parser = expat.ParserCreate(namespace_separator="}")  # as ElementTree parses
        for name, handler in self._handlers().items():
            setattr(self.parser, name, handler)
        self.depth = 0
        self.pending: dict[str | None, str] = {}
        self.namespaces: dict[str | None, str] = {}
        self.root_at = -1
        self.data_at = -1

    def _handlers(self) -> dict[str, Any]:
        return {
            "XmlDeclHandler": self._declaration,
            "StartDoctypeDeclHandler": self._refuse,  # no DTD, so no entity expansion
            "EntityDeclHandler": self._refuse,
            "CommentHandler": self._refuse,  # a comment could hide "</sheetData>"
            "ProcessingInstructionHandler": self._refuse,
            "StartCdataSectionHandler": self._refuse,
            "StartNamespaceDeclHandler": self._namespace,
            "StartElementHandler": self._start,
            "EndElementHandler": self._end,
        }

    def release(self) -> None:
        """Unset the handlers: they refer back to this object, which would keep expat's buffer."""
        for name in self._handlers():
            setattr(self.parser, name, None)

    def _refuse(self, *args: Any) -> None:
        raise Unsupported("DOCTYPE, entity, comment, CDATA or processing instruction")

    def _declaration(self, version: str, encoding: str | None, standalone: int) -> None:
        if encoding is not None and encoding.lower() != "utf-8":
            raise Unsupported(f"encoding {encoding}")

    def _namespace(self, prefix: str | None, uri: str) -> None:
        self.pending[prefix] = uri

    def _start(self, name: str, attributes: Any) -> None:
        if self.depth == 0:
            if name != f"{MAIN_NS}}}worksheet":
                raise Unsupported(f"root element {name}")  # strict OOXML, or not a sheet
            self.namespaces.update(self.pending)
            self.root_at = self.parser.CurrentByteIndex
        elif self.depth == 1 and name == f"{MAIN_NS}}}sheetData":
            self.namespaces.update(self.pending)
            self.data_at = self.parser.CurrentByteIndex
            # From here on expat only checks the XML, without a Python call per element.
            self.parser.StartElementHandler = None
            self.parser.EndElementHandler = None
            self.parser.StartNamespaceDeclHandler = None
        self.pending = {}
        self.depth += 1

    def _end(self, name: str) -> None:
        self.depth -= 1


def _scan(archive: zipfile.ZipFile, name: str) -> _Layout:
    """Parse the whole sheet once with expat, keeping the XML before and after the rows."""
    scan = _Scan()
    layout = _Layout(namespaces=scan.namespaces)
    head = bytearray()
    tail = bytearray()
    window = b""  # bytes after <sheetData> not yet searched for </sheetData>
    window_at = 0  # offset of window in the sheet
    try:
        with archive.open(name) as stream:
            while chunk := stream.read(CHUNK_BYTES):
                if not head and chunk.startswith((b"\xff\xfe", b"\xfe\xff")):
                    raise Unsupported("UTF-16")
                scan.parser.Parse(chunk, False)
                if layout.rows_start < 0:
                    head += chunk
                    if scan.data_at < 0:
                        if len(head) > MAX_EDGE_BYTES:
                            raise Unsupported("too much XML before <sheetData>")
                        continue
                    chunk = _split_head(layout, head, scan)
                    window_at = layout.rows_start
                if layout.rows_end >= 0:
                    tail += chunk
                    if len(tail) > MAX_EDGE_BYTES:
                        raise Unsupported("too much XML after <sheetData>")
                    continue
                window += chunk
                found = window.find(b"</sheetData")
                if found >= 0:
                    layout.rows_end = window_at + found
                    tail += window[found:]
                    continue
                keep = min(len(window), 10)  # enough to find a tag split over two chunks
                window_at += len(window) - keep
                window = window[len(window) - keep :]
            scan.parser.Parse(b"", True)
    except Unsupported:
        raise
    except Exception as exc:  # XML, zip, CRC or zlib errors: openpyxl fails on them itself
        raise Unsupported(f"sheet XML: {exc!r}") from exc
    finally:
        scan.release()
    closing = layout.empty or (tail[:11] == b"</sheetData" and tail[11:12] in b" \t\r\n>")
    if layout.rows_end < 0 or not closing:
        raise Unsupported("no <sheetData> of the usual form")
    if layout.head[scan.root_at : scan.root_at + 10] != b"<worksheet":
        raise Unsupported("a prefixed root element")
    layout.tail = bytes(tail)
    return layout


def _split_head(layout: _Layout, head: bytearray, scan: _Scan) -> bytes:
    """Record where the rows start (and end, for <sheetData/>); return the bytes after."""
    at = scan.data_at
    if head[at : at + 11] == b"<sheetData>":
        layout.rows_start = at + 11
    elif head[at : at + 12] == b"<sheetData/>":
        layout.rows_start = layout.rows_end = at + 12
        layout.empty = True
    else:
        raise Unsupported("a <sheetData> start tag with attributes or a prefix")
    layout.head = bytes(head[: layout.rows_start])
    return bytes(head[layout.rows_start :])


@cache
def _columns() -> dict[bytes, int]:
    """Column letters (A .. ZZZ, as openpyxl accepts them) -> column number."""
    letters = [chr(c).encode() for c in range(ord("A"), ord("Z") + 1)]
    names = list(letters)
    names += [a + b for a in letters for b in letters]
    names += [a + b + c for a in letters for b in letters for c in letters]
    return {name: number for number, name in enumerate(names, start=1)}


@dataclass
class _Sheet:
    """A checked sheet: its rows read as openpyxl's ReadOnlyWorksheet.iter_rows reads them."""

    archive: zipfile.ZipFile
    name: str
    layout: _Layout
    parser: Any  # openpyxl WorkSheetParser: converts the rows it is handed
    max_col: int | None
    max_row: int | None
    _wrapper: bytes = b""

    def __post_init__(self) -> None:
        declared = "".join(
            f' xmlns{":" + prefix if prefix else ""}="{_attribute_text(uri)}"'
            for prefix, uri in self.layout.namespaces.items()
        )
        self._wrapper = f"<worksheet{declared}>".encode()

    def numbered(self, stats: ReadStats) -> Iterator[Row]:
        """ReadOnlyWorksheet._cells_by_row: gaps filled, repeated rows dropped, max_row kept."""
        max_row = self.max_row
        empty: Row = () if self.max_col is None else (None,) * self.max_col
        counter = 1
        idx = 1
        rows = self._rows(stats)
        try:
            for idx, cells in rows:
                if max_row is not None and idx > max_row:
                    break
                for _ in range(counter, idx):
                    counter += 1
                    yield empty
                if counter <= idx:
                    counter += 1
                    yield cells
        finally:
            rows.close()  # after a break: closes the sheet stream now, not when collected
        if max_row is not None and max_row < idx:
            for _ in range(counter, max_row + 1):
                yield empty

    def _rows(self, stats: ReadStats) -> Generator[tuple[int, Row]]:
        """(row number, padded cells) for every <row> element, in document order."""
        try:
            for segment in self._segments():
                pieces = segment.split(b"</row>")
                last = len(pieces) - 1
                for number, piece in enumerate(pieces):
                    yield from self._piece_rows(piece, closed=number < last, stats=stats)
        except Unsupported:
            raise
        except Exception as exc:  # zip or zlib errors (the sheet changed since _scan)
            raise Unsupported(f"reading rows: {exc!r}") from exc

    def _segments(self) -> Iterator[bytes]:
        """The bytes of <sheetData>'s content, cut after a </row>."""
        start, end = self.layout.rows_start, self.layout.rows_end
        with self.archive.open(self.name) as stream:
            skipped = 0
            while skipped < start:
                skipped += len(_read(stream, min(CHUNK_BYTES, start - skipped)))
            left = end - start
            carry = b""
            while left > 0:
                chunk = _read(stream, min(CHUNK_BYTES, left))
                left -= len(chunk)
                data = carry + chunk
                if not left:
                    yield data
                    return
                cut = data.rfind(b"</row>")
                if cut < 0:
                    carry = data
                    if len(carry) > MAX_EDGE_BYTES:
                        raise Unsupported("a row larger than 64 MB")
                    continue
                carry = data[cut + 6 :]
                yield data[: cut + 6]

    def _piece_rows(
        self, piece: bytes, *, closed: bool, stats: ReadStats
    ) -> Iterator[tuple[int, Row]]:
        """Rows in the text before one </row>: empty <row/> elements, then the open row."""
        pos = 0
        while True:
            fast = _ROW_FAST.match(piece, pos)
            start = fast or _ROW_ANY.match(piece, pos)
            if start is None:
                if closed or piece[pos:].strip(b" \t\r\n"):
                    raise Unsupported("something other than rows in <sheetData>")
                return
            empty = start["end"] == b"/"
            if not empty and not closed:
                raise Unsupported("a row without its end tag")
            content = b"" if empty else piece[start.end() :]
            yield self._row(fast, start["tag"], content, empty, stats)
            if not empty:
                return
            pos = start.end()

    def _row(
        self,
        fast: re.Match[bytes] | None,
        tag: bytes,
        content: bytes,
        empty: bool,
        stats: ReadStats,
    ) -> tuple[int, Row]:
        """One row: plain cells matched here, anything else parsed by openpyxl."""
        if fast is not None and b"xmlns" not in fast["attrs"]:
            cells = self._matched_cells(content)
            if cells is not None:
                idx = int(fast["r"])
                self.parser.row_counter = idx  # a later row without r counts on from here
                stats.matched += 1
                return idx, cells
        stats.parsed += 1
        return self._parsed_row(tag if empty else tag + content + b"</row>")

    def _matched_cells(self, content: bytes) -> Row | None:
        """Cells of the usual form, converted as WorkSheetParser.parse_cell does; else None."""
        parts = _CELL.split(content)
        step = _GROUPS + 1
        if b"<" in b"".join(parts[::step]):
            return None  # another element between cells: openpyxl's parser reads the row
        max_col = self.max_col
        if len(parts) == 1:
            return () if not max_col else (None,) * max_col
        columns = _columns()
        width = max_col or columns[parts[-step]]
        row: list[XlsxValue] = [None] * width
        shared = self.parser.shared_strings
        dates = self.parser.date_formats
        value: Any
        try:
            for letters, style, kind, text, inline, inline_text in zip(
                parts[1::step],
                parts[2::step],
                parts[3::step],
                parts[4::step],
                parts[5::step],
                parts[6::step],
                strict=True,
            ):
                # WorkSheetParser.parse_cell with data_only; numbers and inline strings, by
                # far the most common cells, are converted here without a function call.
                if kind == b"n" or kind is None:
                    if not text:  # no <v>, or an empty one
                        value = None
                    elif dates and (0 if style is None else int(style)) in dates:
                        return None  # a date or time (no s is style 0): openpyxl converts it
                    elif b"." in text or b"E" in text or b"e" in text:  # its _cast_number
                        value = float(text)
                    else:
                        value = int(text)
                elif kind == b"inlineStr":  # openpyxl ignores <v> here and reads only <is>
                    value = None if inline is None else inline_text.decode()
                else:
                    value = _other_value(kind, text, shared)
                    if value is _PARSE:
                        return None
                column = columns[letters]
                if column <= width:
                    row[column - 1] = value
        except (ValueError, IndexError):
            # openpyxl raises for this cell; its own parser does so when it reaches the row.
            # On bytes, int() and float() accept the same ASCII text as on str and refuse
            # anything else, which that parser then reads from str.
            return None
        return tuple(row)

    def _parsed_row(self, xml: bytes) -> tuple[int, Row]:
        """A row parsed as XML and converted by openpyxl's own WorkSheetParser.parse_row."""
        from xml.etree.ElementTree import fromstring

        try:
            element = fromstring(self._wrapper + xml + b"</worksheet>")[0]
        except Exception as exc:  # not expected after _scan; openpyxl knows what to do
            raise Unsupported(f"row XML: {exc!r}") from exc
        if element.tag != _ROW_TAG:
            raise Unsupported(f"a row in another namespace: {element.tag}")  # openpyxl skips it
        if element.find(f".//{_ROW_TAG}") is not None:
            raise Unsupported("a row inside a row")  # openpyxl yields the inner one first
        try:
            idx, cells = self.parser.parse_row(element)
        except Exception as exc:  # openpyxl raises the same when it reaches this row
            raise Unsupported(f"row parse: {exc!r}") from exc
        return idx, self._placed(cells)

    def _placed(self, cells: list[dict[str, Any]]) -> Row:
        """ReadOnlyWorksheet._get_row with values_only: cells padded to the sheet width."""
        if not cells and not self.max_col:
            return ()
        width = self.max_col or cells[-1]["column"]
        row: list[XlsxValue] = [None] * width
        for cell in cells:
            column = cell["column"]
            if 1 <= column <= width:
                row[column - 1] = cell_value(cell["value"])
        return tuple(row)


_PARSE: Any = object()  # _other_value's answer for a cell that openpyxl's parser converts


def _other_value(kind: bytes, text: bytes | None, shared: list[str]) -> Any:
    """parse_cell (data_only) for the less common matched cells, or _PARSE when unsure."""
    if not text:
        return None
    if kind == b"s":
        return shared[int(text)]
    if kind == b"str" or kind == b"e":
        return text.decode()
    if kind == b"b":
        return bool(int(text))
    return _PARSE  # dates as ISO text (t="d") and unknown types


def _attribute_text(text: str) -> str:
    """Text escaped for a double-quoted XML attribute (xml.sax.saxutils costs 30 ms to import)."""
    for char, reference in (("&", "&amp;"), ("<", "&lt;"), ('"', "&quot;"), ("\t", "&#9;"),
                            ("\n", "&#10;"), ("\r", "&#13;")):  # fmt: skip
        text = text.replace(char, reference)
    return text


def _read(stream: Any, size: int) -> bytes:
    data: bytes = stream.read(size)
    if not data:
        raise Unsupported("the sheet ended early")
    return data

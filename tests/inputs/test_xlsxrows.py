"""The fast XLSX reader never changes what a sheet says: openpyxl's rows, or it steps aside."""

from __future__ import annotations

import datetime
import importlib.util
import random
import sys
import tempfile
import tracemalloc
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from ntm_cli.inputs import xlsxrows
from ntm_cli.inputs.files import load_commune_file
from ntm_cli.inputs.registry import Registry
from ntm_cli.inputs.sheets import _openpyxl_rows, _xlsx_rows, open_sheet
from ntm_cli.inputs.xlsxrows import ReadStats, first_sheet_rows
from ntm_cli.model.errors import InputError
from ntm_cli.model.sets import Commune
from ntm_cli.report.commune_sheet import write_xlsx
from ntm_cli.report.template import Scope, xlsx_template

from helpers import EXAMPLES, ROOT

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
Typed = list[list[tuple[str, str]]]


# --- comparing what the readers say ------------------------------------------------------


def outcome(rows: Iterable[tuple[Any, ...]]) -> tuple[Typed, str | None]:
    """Rows with each value's type (True != 1, 1 != 1.0), then the error that ended them."""
    seen: Typed = []
    try:
        for row in rows:
            seen.append([(type(v).__name__, repr(v)) for v in row])
    except Exception as exc:  # the error (or its absence) is part of what a reader says
        return seen, f"{type(exc).__name__}: {exc}"
    return seen, None


def assert_same(path: Path, expect: str | None = None) -> ReadStats:
    """ntm's reader says what openpyxl says; the fast reader says it too, or steps aside.

    expect: "matched" (every row matched as plain cells), "parsed" (no step aside, some
    rows handed to openpyxl's row parser), "aside" (the fast reader steps aside).
    """
    expected = outcome(_openpyxl_rows(path))
    assert outcome(_xlsx_rows(path)) == expected
    stats = ReadStats()
    rows, error = outcome(first_sheet_rows(path, stats))
    if error is not None and error.startswith("Unsupported"):
        # What it yielded before stepping aside is where openpyxl's rows go on from.
        assert rows == expected[0][: len(rows)]
        assert expect in (None, "aside"), f"stepped aside: {error}"
        return stats
    assert (rows, error) == expected
    if expect == "matched":
        assert stats.parsed == 0
    elif expect == "parsed":
        assert stats.parsed > 0
    else:
        assert expect is None, "expected the fast reader to step aside"
    return stats


# --- workbooks written by hand, part by part ------------------------------------------------

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships'
    '+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.styles+xml"/>'
    "{overrides}</Types>"
)
SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
STRINGS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
# xf 0 General (or a date when asked), 1 a date, 2 a time, 3 a number with two decimals.
STYLES = (
    f'<styleSheet xmlns="{MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/>'
    '</font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="4"><xf numFmtId="{zero}" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="21" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/>'
    "</cellStyles></styleSheet>"
)
SHARED = [
    "<t>Xã Một</t>",
    '<r><rPr><b/><sz val="11"/></rPr><t>Huyện </t></r><r><t xml:space="preserve">Hai </t></r>',
    "<t>dòng_x000D_mới</t>",
    "<t>_x005F_x000D_ giữ nguyên</t>",
    '<t xml:space="preserve">  lề  </t>',
    '<t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh><phoneticPr fontId="0" type="noConversion"/>',
    "<t/>",
    "<t>A &amp; B\r\nC</t>",
    "<t>87,5</t>",
]


@dataclass(frozen=True)
class Book:
    """A hand-written workbook: sheetData content and what surrounds it."""

    rows: str
    before: str = ""  # elements before <sheetData> (dimension, cols, ...)
    after: str = ""  # elements after </sheetData>
    root: str = f'<worksheet xmlns="{MAIN}" xmlns:r="{RELS}">'
    end: str = "</worksheet>"
    declaration: str = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    data: str = "<sheetData>{rows}</sheetData>"
    date_zero: bool = False  # xf 0 is a date style
    second_first: bool = False  # workbook.xml lists another sheet first
    prefix: bytes = b""  # bytes before the sheet XML (a BOM)
    encoding: str = "utf-8"

    def sheet(self) -> bytes:
        text = self.declaration + self.root + self.before + self.data.format(rows=self.rows)
        return self.prefix + (text + self.after + self.end).encode(self.encoding)

    def write(self, path: Path, stored: bool = False) -> Path:
        other = f'<worksheet xmlns="{MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is>'
        other += "<t>khác</t></is></c></row></sheetData></worksheet>"
        sheets = [("Số liệu", "sheet1.xml", self.sheet()), ("Khác", "sheet2.xml", other.encode())]
        if self.second_first:
            sheets = [
                (n, f, other.encode() if f == "sheet1.xml" else self.sheet()) for n, f, _ in sheets
            ]
        overrides = "".join(
            f'<Override PartName="/xl/worksheets/{f}" ContentType="{SHEET_TYPE}"/>'
            for _, f, _ in sheets
        )
        overrides += f'<Override PartName="/xl/sharedStrings.xml" ContentType="{STRINGS_TYPE}"/>'
        order = [1, 2] if not self.second_first else [2, 1]
        listed = "".join(
            f'<sheet name="{sheets[i - 1][0]}" sheetId="{i}" r:id="rId{i}"/>' for i in order
        )
        workbook = f'<workbook xmlns="{MAIN}" xmlns:r="{RELS}"><sheets>{listed}</sheets></workbook>'
        rel = '<Relationship Id="{}" Type="{}/{}" Target="{}"/>'
        relations = "".join(
            rel.format(f"rId{i}", RELS, "worksheet", f"worksheets/sheet{i}.xml") for i in (1, 2)
        )
        relations += rel.format("rId3", RELS, "styles", "styles.xml")
        relations += rel.format("rId4", RELS, "sharedStrings", "sharedStrings.xml")
        strings = "".join(f"<si>{s}</si>" for s in SHARED)
        method = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
        with zipfile.ZipFile(path, "w", method) as archive:
            archive.writestr("[Content_Types].xml", CONTENT_TYPES.format(overrides=overrides))
            archive.writestr(
                "_rels/.rels",
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                + rel.format("rId1", RELS, "officeDocument", "xl/workbook.xml")
                + "</Relationships>",
            )
            archive.writestr("xl/workbook.xml", workbook)
            archive.writestr(
                "xl/_rels/workbook.xml.rels",
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                + relations
                + "</Relationships>",
            )
            archive.writestr("xl/styles.xml", STYLES.format(zero=14 if self.date_zero else 0))
            archive.writestr(
                "xl/sharedStrings.xml",
                f'<sst xmlns="{MAIN}" count="{len(SHARED)}" uniqueCount="{len(SHARED)}">'
                f"{strings}</sst>",
            )
            for _, name, xml in sheets:
                archive.writestr(f"xl/worksheets/{name}", xml)
        return path


def row(r: int | str, *cells: str, attrs: str = "") -> str:
    return f'<row r="{r}"{attrs}>{"".join(cells)}</row>'


def num(ref: str, value: str, style: str = "") -> str:
    return f'<c r="{ref}"{style}><v>{value}</v></c>'


def typed(ref: str, kind: str, value: str) -> str:
    return f'<c r="{ref}" t="{kind}"><v>{value}</v></c>'


def inline(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


NUMBERS = ["5", "5.5", "1E-3", "-0", "-0.0", "1e400", "007", " 7 ", "5.", ".5", "1_000", "4.0"]
EXCEL = [
    row(
        1,
        typed("A1", "s", "0"),
        typed("B1", "s", "1"),
        typed("C1", "s", "2"),
        typed("D1", "s", "3"),
        typed("E1", "s", "4"),
        typed("F1", "s", "5"),
        attrs=' spans="1:6" x14ac:dyDescent="0.25"',
    ),
    row(
        2,
        typed("A2", "s", "6"),
        typed("B2", "s", "7"),
        typed("C2", "s", "8"),
        num("D2", "2023"),
        num("E2", "87.5", ' s="3"'),
        '<c r="F2" s="3"/>',
        attrs=' spans="1:6" ht="20" customHeight="1"',
    ),
    row(
        3,
        typed("A3", "b", "1"),
        typed("B3", "b", "0"),
        typed("C3", "b", "2"),
        typed("D3", "e", "#N/A"),
        '<c r="E3" t="str"><f>"đạt"</f><v>đạt</v></c>',
        '<c r="F3"><f>D2+1</f><v>2024</v></c>',
    ),
    row(
        4,
        '<c r="A4"><f t="shared" ref="A4:C4" si="0">D2*2</f><v>4046</v></c>',
        '<c r="B4"><f t="shared" si="0"/><v>175</v></c>',
        '<c r="C4"><f t="shared" si="0"/></c>',  # a formula without a cached value
        '<c r="D4" t="e"><f>1/0</f><v>#DIV/0!</v></c>',
        '<c r="F4" t="n"><v></v></c>',
    ),
]
EXCEL_ROOT = (
    f'<worksheet xmlns="{MAIN}" xmlns:r="{RELS}" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" '
    'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">'
)
EDGES = (
    '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>'
    '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="B2:B9">'
    '<formula1>"đạt,chưa đạt"</formula1></dataValidation></dataValidations>'
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
)
PLAIN = [
    row(1, inline("A1", "commune"), inline("B1", "year")),
    row(2, inline("A2", "Xã"), num("B2", "2023")),
]
DIMENSION = '<dimension ref="{}"/>'

BOOKS: dict[str, tuple[Book, str | None]] = {
    "excel-style": (
        Book("".join(EXCEL), before=DIMENSION.format("A1:F4"), after=EDGES, root=EXCEL_ROOT),
        "matched",
    ),
    "numbers-as-openpyxl-casts-them": (
        Book(row(1, *(num(f"{chr(65 + i)}1", v) for i, v in enumerate(NUMBERS)))),
        "matched",
    ),
    "an-unknown-cell-type": (
        Book(row(1, '<c r="A1" t="x"><v>raw</v></c>', num("B1", "2"))),
        "parsed",
    ),
    "a-number-openpyxl-refuses": (Book(row(1, num("A1", "1")) + row(2, num("A2", "abc"))), "aside"),
    "inf-and-nan-written-by-openpyxl": (Book(row(1, num("A1", "inf"), num("B1", "nan"))), "aside"),
    "a-string-index-out-of-range": (
        Book(
            row(1, typed("A1", "s", "0")) + row(2, typed("A2", "s", "99")),
            before=DIMENSION.format("A1:A2"),
        ),
        "aside",
    ),
    "dates-times-and-overflow": (
        Book(
            row(
                1,
                num("A1", "45293", ' s="1"'),
                num("B1", "0.5", ' s="2"'),
                num("C1", "12", ' s="3"'),
            )
            + row(2, num("A2", "1e10", ' s="1"'), typed("B2", "d", "2024-01-02T03:04:05"))
            + row(3, num("A3", "7"))
        ),
        "parsed",
    ),
    "style-zero-is-a-date": (
        Book(row(1, num("A1", "45293"), num("B1", "3", ' s="3"')), date_zero=True),
        "parsed",
    ),
    "inline-strings": (
        Book(
            row(1, inline("A1", "  Xã Thử  "), inline("B1", ""), inline("C1", "đạt"))
            + row(
                2, inline("A2", "A &amp; B"), inline("B2", "x&#13;y"), inline("C2", "dòng\r\nmới")
            )
            + row(
                3, '<c r="A3" t="inlineStr"><is><t/></is></c>', '<c r="B3" t="inlineStr"><is/></c>'
            )
            + row(
                4,
                '<c r="A4" t="inlineStr"><is><r><t>a</t></r>'
                "<r><rPr><b/></rPr><t>b</t></r></is></c>",
            )
            + row(
                5, '<c r="A5" t="inlineStr"><v>5</v></c>', '<c r="B5" t="n"><is><t>x</t></is></c>'
            )
        ),
        "parsed",
    ),
    "gap-rows-and-ragged-rows": (
        Book(
            row(2, num("A2", "1"), num("C2", "3")) + row(5, num("F5", "6")) + row(6, num("A6", "1"))
        ),
        "matched",
    ),
    "gap-rows-with-a-dimension": (
        Book(
            row(2, num("A2", "1"), num("C2", "3")) + row(5, num("F5", "6")),
            before=DIMENSION.format("A1:G9"),
        ),
        "matched",
    ),
    "a-dimension-smaller-than-the-data": (
        Book(
            "".join(row(r, *(num(f"{c}{r}", str(r)) for c in "ABCD")) for r in range(1, 5)),
            before=DIMENSION.format("A1:B2"),
        ),
        "matched",
    ),
    "a-dimension-stopping-in-a-gap": (
        Book(row(1, num("A1", "1")) + row(7, num("A7", "7")), before=DIMENSION.format("A1:C4")),
        "matched",
    ),
    "rows-out-of-order-and-repeated": (
        Book(
            row(3, num("A3", "3"))
            + row(2, num("A2", "2"))
            + row(3, num("B3", "9"))
            + row(5, num("A5", "5"))
        ),
        "matched",
    ),
    "cells-out-of-order": (
        Book(row(1, num("C1", "3"), num("A1", "1")) + row(2, num("B2", "2"))),
        "matched",
    ),
    "rows-and-cells-without-r": (
        Book(
            row(2, num("A2", "1"))
            + "<row><c><v>1</v></c><c><v>2</v></c><c r='E3'><v>5</v></c><c><v>6</v></c></row>"
            + '<row><c r="B4"><v>9</v></c></row>'
            + row(6, num("A6", "6"))
            + "<row/>"
        ),
        "parsed",
    ),
    "empty-rows": (
        Book(
            '<row r="1"/><row r="2"></row><row r="3" spans="1:2"> </row>' + row(4, num("B4", "4"))
        ),
        "matched",
    ),
    "empty-rows-with-a-dimension": (
        Book(
            '<row r="1"/><row r="2"></row>' + row(4, num("B4", "4")),
            before=DIMENSION.format("A1:C4"),
        ),
        "matched",
    ),
    "pretty-printed": (
        Book(
            '\n  <row r="1">\n    <c r="A1" t="s">\n      <v>0</v>\n    </c>\n  </row>\n'
            '  <row r="2">\n    <c r="A2"><v>2</v></c>\n  </row>\n',
            before='\n  <dimension ref="A1:B2"/>\n  ',
            after="\n  " + EDGES + "\n",
        ),
        "parsed",
    ),
    "other-attribute-forms": (
        Book(
            row(
                1,
                '<c t="n" r="A1"><v>1</v></c>',
                "<c r='B1' t='b'><v>1</v></c>",
                '<c r="C1" cm="1"><v>3</v></c>',
            )
            + "<row r='2'><c r=\"A2\"><v>2</v></c></row>"
            + '<row r="3.0"><c r="b3"><v>3</v></c></row>'
            + '<row r="4" ><c r="A4" ><v>4</v></c><c r="B4" s="3" /></row>'
        ),
        "parsed",
    ),
    "namespaces-declared-on-rows": (
        Book(
            row(1, num("A1", "1"), attrs=' xmlns:n="urn:note" n:x="1"')
            + row(2, num("A2", "2"), attrs=' xmlns:n="urn:note"')
            + row(3, num("A3", "3"))
        ),
        "parsed",
    ),
    "a-row-in-another-namespace": (
        Book(
            row(1, num("A1", "1"))
            + row(2, num("A2", "2"), attrs=' xmlns="urn:x"')
            + row(3, num("A3", "3"))
        ),
        "aside",
    ),
    "merged-cells-and-validations": (
        Book("".join(PLAIN), before=DIMENSION.format("A1:B2"), after=EDGES),
        "matched",
    ),
    "an-empty-sheetData": (Book("", data="<sheetData/>", before=DIMENSION.format("A1")), "matched"),
    "no-rows": (Book(""), "matched"),
    "a-very-wide-row": (Book(row(1, num("A1", "1"), num("ZZZ1", "2"))), "matched"),
    "utf8-bom": (Book("".join(PLAIN), prefix=b"\xef\xbb\xbf"), "matched"),
    "the-second-sheet-listed-first": (Book("".join(PLAIN), second_first=True), "matched"),
    "doctype-with-entities": (
        Book(
            row(1, inline("A1", "&b;")),
            declaration='<?xml version="1.0"?>'
            '<!DOCTYPE worksheet [<!ENTITY a "ha"><!ENTITY b "&a;&a;">]>',
        ),
        "aside",
    ),
    "a-comment": (
        Book(row(1, num("A1", "1")) + "<!-- </sheetData> -->" + row(2, num("A2", "2"))),
        "aside",
    ),
    "cdata": (Book(row(1, '<c r="A1" t="inlineStr"><is><t><![CDATA[<b>]]></t></is></c>')), "aside"),
    "a-processing-instruction": (Book(row(1, num("A1", "1")) + "<?ntm x?>"), "aside"),
    "latin-1": (
        Book(
            row(1, inline("A1", "café")),
            declaration='<?xml version="1.0" encoding="ISO-8859-1"?>',
            encoding="latin-1",
        ),
        "aside",
    ),
    "not-well-formed-without-a-dimension": (
        Book(row(1, num("A1", "1")) + row(2, num("A2", "2")) + row(3, num("A3", "3") + "</c>")),
        "aside",
    ),
    "not-well-formed-with-a-dimension": (
        Book(
            row(1, num("A1", "1")) + row(2, num("A2", "2")) + row(3, "<c r=A3/>"),
            before=DIMENSION.format("A1:A3"),
        ),
        "aside",
    ),
    "a-bad-dimension": (Book("".join(PLAIN), before=DIMENSION.format("1A:B")), "aside"),
    "prefixed-main-namespace": (
        Book(
            '<x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row>',
            root=f'<x:worksheet xmlns:x="{MAIN}">',
            end="</x:worksheet>",
            data="<x:sheetData>{rows}</x:sheetData>",
        ),
        "aside",
    ),
    "strict-ooxml": (
        Book(
            row(1, num("A1", "1")),
            root='<worksheet xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main">',
        ),
        "aside",
    ),
    "rows-outside-sheetData": (
        Book(
            row(1, num("A1", "1")),
            after=f'<extLst><ext uri="urn:x"><row r="9" xmlns="{MAIN}"><c r="A9"><v>9</v></c>'
            "</row></ext></extLst>",
        ),
        "aside",
    ),
    "a-row-inside-a-row": (
        Book(row(1, num("A1", "1"), '<row r="2"/>') + row(3, num("A3", "3"))),
        "aside",
    ),
    "a-row-inside-a-cell": (Book(row(1, '<c r="A1"><v>1</v><row r="2"/></c>')), "aside"),
    "text-between-rows": (Book(row(1, num("A1", "1")) + "lạc" + row(2, num("A2", "2"))), "aside"),
}


@pytest.mark.filterwarnings("ignore:Cell .* is marked as a date")
@pytest.mark.filterwarnings("ignore:Unknown extension is not supported")
@pytest.mark.parametrize("name", sorted(BOOKS))
def test_hand_written_sheets_read_as_openpyxl_reads_them(tmp_path: Path, name: str) -> None:
    book, expect = BOOKS[name]
    assert_same(book.write(tmp_path / f"{name}.xlsx"), expect)


def test_stepping_aside_mid_sheet_goes_on_with_openpyxl_without_repeating_rows(
    tmp_path: Path,
) -> None:
    book, _ = BOOKS["text-between-rows"]
    path = book.write(tmp_path / "mid.xlsx")
    rows, error = outcome(first_sheet_rows(path))
    assert rows == [[("int", "1")]] and error is not None and error.startswith("Unsupported")
    assert list(_xlsx_rows(path)) == [(1,), (2,)]


def test_a_corrupt_sheet_part_is_reported_as_openpyxl_reports_it(tmp_path: Path) -> None:
    for before in ("", DIMENSION.format("A1:A3")):
        book = Book("".join(row(r, num(f"A{r}", str(r))) for r in (1, 2, 3)), before=before)
        path = book.write(tmp_path / "crc.xlsx", stored=True)
        data = bytearray(path.read_bytes())
        at = data.index(b"<v>3</v>")
        data[at + 3] = ord("4")  # the CRC no longer matches
        path.write_bytes(bytes(data))
        assert_same(path, "aside")


def test_not_a_workbook_keeps_its_message(tmp_path: Path) -> None:
    fake = tmp_path / "old.xlsx"
    fake.write_bytes((ROOT / "tests" / "bad_input" / "sheet-old-excel.xls").read_bytes())
    assert_same(fake, "aside")
    with pytest.raises(InputError, match=r"not a readable \.xlsx workbook"):
        open_sheet(fake)


def test_a_part_that_unpacks_hugely_is_refused_before_anything_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = Book("".join(PLAIN)).write(tmp_path / "bomb.xlsx")
    monkeypatch.setattr(xlsxrows, "MAX_PART_BYTES", 500)
    with pytest.raises(InputError) as caught:
        open_sheet(path)
    assert str(caught.value).startswith(f"{path}:1:1: file is too large: ")


# --- workbooks written by ntm and by openpyxl ------------------------------------------------


def example_communes() -> list[Commune]:
    communes = []
    for path in sorted(EXAMPLES.glob("xa-*.yaml")):
        communes += [loaded.commune for loaded in load_commune_file(path)]
    return communes


def test_every_xlsx_in_the_repository_reads_the_same() -> None:
    for path in sorted([*ROOT.glob("tests/**/*.xlsx"), *ROOT.glob("examples/**/*.xlsx")]):
        assert_same(path)


@pytest.mark.parametrize("name", ["libreoffice-resaved.xlsx", "libreoffice-from-csv.xlsx"])
def test_sheets_saved_by_libreoffice_are_read_by_the_fast_reader(name: str) -> None:
    # LibreOffice writes its own cell attributes, styles and shared strings: every row
    # must still be matched by the fast reader, with openpyxl's values.
    stats = assert_same(ROOT / "tests" / "fixtures" / "sheets" / name, "matched")
    assert stats.matched == 5  # the header and four communes


def test_sheets_written_by_ntm_are_read_by_the_fast_reader(tmp_path: Path) -> None:
    communes = example_communes()
    assert len(communes) >= 5
    path = tmp_path / "communes.xlsx"
    with open(path, "wb") as handle:
        write_xlsx(communes, handle)
    stats = assert_same(path, "matched")
    assert stats.matched == len(communes) + 1


def bench_module() -> Any:
    spec = importlib.util.spec_from_file_location(
        "bench_batch", ROOT / "benchmarks" / "bench_batch.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    return module


def test_the_benchmark_workbook_shape_is_read_by_the_fast_reader(tmp_path: Path) -> None:
    bench = bench_module()
    set_id, indicators = bench.synthetic_set(tmp_path)
    rng = random.Random(318)
    records = [bench.commune(i, set_id, indicators, i % 2 == 0, rng) for i in range(300)]
    path = tmp_path / "bench.xlsx"
    with open(path, "wb") as handle:
        write_xlsx([Commune.model_validate(r) for r in records], handle)
    stats = assert_same(path, "matched")
    assert stats.matched == 301


def test_the_xlsx_template_empty_and_filled_in_is_read_by_the_fast_reader(tmp_path: Path) -> None:
    criteria_set = Registry().get("qd318-xa-ntm")
    path = tmp_path / "template.xlsx"
    path.write_bytes(xlsx_template(criteria_set, Scope(year=2024)))
    assert_same(path, "matched")
    book = load_workbook(path)
    sheet = book["Số liệu"]
    width = sheet.max_column
    sheet.append(
        ["Xã Một", "Huyện", "Tỉnh", "Bắc Trung Bộ", 2024, criteria_set.id]
        + ["85,5", 60, "đạt", 0] * (width // 4)
    )
    sheet.append([])
    sheet.append(["Xã Hai", None, None, "btb", 2024.0, criteria_set.id, True, 1e-7, -3])
    book.save(path)
    assert_same(path, "matched")


NAMES = "aăâbcdđeêghiklmnoôơpqrstuưvxyÁÀẢÃẠắằẳẵặỷỹỵ"
TEXT = st.text(alphabet=NAMES + " \n\t0123456789-_.,;:'\"&<>=%", max_size=12)
CELLS = st.one_of(
    st.none(),
    TEXT,
    st.sampled_from(["=1+1", "=A1", " đạt ", "đạt", "chưa đạt", "", "1.234,5"]),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(),
    st.booleans(),
    st.dates(min_value=datetime.date(1900, 3, 1), max_value=datetime.date(2100, 1, 1)),
    st.datetimes(min_value=datetime.datetime(1900, 3, 1), max_value=datetime.datetime(2100, 1, 1)),
)
GRIDS = st.lists(st.lists(CELLS, max_size=7), max_size=7)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(GRIDS)
def test_grids_written_by_openpyxl_read_the_same(grid: list[list[Any]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        for write_only in (False, True):
            book = Workbook(write_only=write_only)
            sheet: Any = book.create_sheet("data") if write_only else book.active
            for cells in grid:
                sheet.append(cells)
            path = Path(folder) / f"grid-{write_only}.xlsx"
            book.save(path)
            assert_same(path)


NUMBER_TEXT = st.one_of(
    st.sampled_from(["5", "-5", "+5", " 5", "1_0", "١.٥", "５", "0x1", "Infinity", "NaN"]),
    st.sampled_from(["1e-400", "1E5", "1.", ".1", "", "00", "4.0", "ạ", "#N/A", "a&amp;b"]),
    st.lists(st.sampled_from(list("0123456789.eE-+ _")), max_size=6).map("".join),
)
CELL_BODIES = {
    "none": "",
    "v": "<v>{}</v>",
    "v-empty": "<v></v>",
    "v-closed": "<v/>",
    "inline": "<is><t>{}</t></is>",
    "inline-kept": '<is><t xml:space="preserve">{}</t></is>',
    "inline-runs": "<is><r><t>{}</t></r><r><t>b</t></r></is>",
    "formula": "<f>1+1</f><v>{}</v>",
    "shared-formula": '<f t="shared" si="0"/><v>{}</v>',
    "spaced": " <v>{}</v> ",
}


@st.composite
def cell_xml(draw: st.DrawFn, column: str, number: int) -> str:
    """A <c> element, mostly of the usual form, sometimes with another attribute form."""
    attributes = [("r", draw(st.sampled_from([f"{column}{number}"] * 6 + [column.lower() + "1"])))]
    style = draw(st.sampled_from([None, None, "0", "1", "2", "3", "01"]))
    kind = draw(st.sampled_from([None, "n", "n", "s", "str", "b", "e", "inlineStr", "d", "x"]))
    attributes += [("s", style)] if style else []
    attributes += [("t", kind)] if kind else []
    if draw(st.integers(0, 9)) == 0:
        attributes.reverse()
    start = "<c" + "".join(f' {k}="{v}"' for k, v in attributes)
    body = CELL_BODIES[draw(st.sampled_from(sorted(CELL_BODIES)))].format(draw(NUMBER_TEXT))
    return start + ("/>" if not body and draw(st.booleans()) else f">{body}</c>")


@st.composite
def sheet_data(draw: st.DrawFn) -> str:
    """<sheetData> content: rows in any order, with gaps, repeats and empty rows."""
    rows = []
    for number in draw(st.lists(st.sampled_from([1, 2, 3, 5, 9]), max_size=5)):
        columns = draw(st.lists(st.sampled_from(["A", "B", "C", "AB"]), max_size=5))
        cells = "".join(draw(cell_xml(column, number)) for column in columns)
        rows.append(f'<row r="{number}"/>' if not cells else row(number, cells))
    return "".join(rows)


@pytest.mark.filterwarnings("ignore:Cell .* is marked as a date")
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sheet_data(), st.sampled_from([None, "A1", "A1:C5", "A1:B2", "A1:AB9"]), st.booleans())
def test_generated_sheet_xml_reads_the_same(
    rows: str, dimension: str | None, date_zero: bool
) -> None:
    before = DIMENSION.format(dimension) if dimension else ""
    with tempfile.TemporaryDirectory() as folder:
        assert_same(Book(rows, before=before, date_zero=date_zero).write(Path(folder) / "x.xlsx"))


# --- streaming ---------------------------------------------------------------------------


def test_memory_stays_flat_while_rows_stream(tmp_path: Path) -> None:
    book = Workbook(write_only=True)
    sheet: Any = book.create_sheet("data")
    for index in range(4000):
        sheet.append(
            [f"Xã Số {index}", "Huyện", 2023, *[index * 0.5 + k for k in range(40)], "đạt"]
        )
    path = tmp_path / "big.xlsx"
    book.save(path)
    with zipfile.ZipFile(path) as archive:
        unpacked = archive.getinfo("xl/worksheets/sheet1.xml").file_size
    assert unpacked > 6 * 2**20
    list(first_sheet_rows(path))  # warm up: imports, column table
    tracemalloc.start()
    try:
        count = sum(1 for _ in first_sheet_rows(path))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert count == 4000
    assert peak < unpacked / 2, f"peak {peak} for a sheet of {unpacked} bytes"

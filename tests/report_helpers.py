"""Helpers of the report tests: byte-exact golden files and a headless Chromium."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest


def check_bytes(path: Path, actual: str, update: bool) -> None:
    """Like helpers.check_golden, but byte-exact: CSV keeps its CRLF line ends."""
    data = actual.encode("utf-8")
    if update or not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        if not update:
            raise AssertionError(f"{path} did not exist; written now — review it and rerun")
    assert data == path.read_bytes(), f"output differs from {path}; rerun with --update-golden"


CHROMIUM = shutil.which("chromium")
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="Debian package `chromium` is not installed (CI installs it)"
)


def chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    command = [
        CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}",
        "--enable-logging=stderr", "--v=0", *args,
    ]  # fmt: skip
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)


def console_problems(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if "CONSOLE" in line or "Uncaught" in line]


def workbook_dump(path: Path) -> str:
    """Every sheet's print setup and cells as reviewable text."""
    from openpyxl import load_workbook

    workbook = load_workbook(path)
    out = []
    for sheet in workbook:
        setup = sheet.page_setup
        widths = [
            f"{letter}={sheet.column_dimensions[letter].width:g}"
            for letter in sorted(sheet.column_dimensions, key=lambda k: (len(k), k))
            if sheet.column_dimensions[letter].width
        ]
        out.append(
            f"== {sheet.title}: freeze {sheet.freeze_panes}, titles {sheet.print_title_rows},"
            f" {setup.orientation}, paper {setup.paperSize}, fit {setup.fitToWidth}x"
            f"{setup.fitToHeight} ({sheet.sheet_properties.pageSetUpPr.fitToPage})"
        )
        out.append("widths " + " ".join(widths))
        for row in sheet.iter_rows(values_only=True):
            out.append("\t".join("" if v is None else str(v) for v in row).rstrip("\t"))
    return "\n".join(out) + "\n"


def word_dump(path: Path) -> str:
    """The document as reviewable text: sections, paragraphs and tables in order."""
    import docx

    document = docx.Document(str(path))
    out = []
    for section in document.sections:
        out.append(
            f"== section {section.orientation.name.lower()} {section.page_width.cm:.1f}"
            f"x{section.page_height.cm:.1f} cm"
        )
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            text = "".join(t.text or "" for t in child.iter(docx.oxml.ns.qn("w:t")))
            if text:
                out.append(text)
        elif tag == "tbl":
            table = docx.table.Table(child, document)
            for number, row in enumerate(table.rows):
                cells = " | ".join(cell.text for cell in row.cells)
                out.append(("# " if number == 0 else "  ") + cells)
    return "\n".join(out) + "\n"

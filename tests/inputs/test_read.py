"""One input path: every command reads YAML, CSV, XLSX, XLS and ODS the same way."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ntm_cli.inputs.read import expand, kind_of, read_communes
from ntm_cli.inputs.workbooks import workbook_rows
from ntm_cli.model.errors import InputError

from helpers import FIXTURES, ROOT, TOY_SETS, english, run

SHEETS = FIXTURES / "sheets"  # made by make-libreoffice-fixtures.sh (LibreOffice Calc)
SAVED_BY_CALC = ["libreoffice-resaved.xlsx", "libreoffice-resaved.ods", "libreoffice-resaved.xls"]
PERCENT = ["percent.xlsx", "percent.ods", "percent.xls"]


def _communes(*args: str | Path) -> list[dict[str, object]]:
    result = run("evaluate", *args, "--sets-dir", TOY_SETS, "--format", "json")
    assert result.exit_code in (0, 1), result.stderr
    data = json.loads(result.stdout)
    communes = data if isinstance(data, list) else [data]
    for commune in communes:  # the figures, not the record of which file they came from
        assert commune.pop("record")["inputs"]
    return communes


@pytest.mark.parametrize("name", SAVED_BY_CALC)
def test_evaluate_scores_a_workbook_saved_by_calc_as_its_yaml(name: str) -> None:
    assert _communes(SHEETS / name) == _communes(SHEETS / "communes.yaml")


@pytest.mark.parametrize("name", PERCENT)
def test_percent_cells_read_as_the_percentage_they_show(name: str) -> None:
    # 30,5% typed in a cell is stored as 0.305: ntm reads 30.5, as the YAML file says.
    scored = _communes(SHEETS / name)
    assert scored == _communes(SHEETS / "percent.yaml")
    values = {c["commune"]: c["criteria"][1]["indicators"][0]["value"] for c in scored}
    assert values == {"Xã Thử B": 30.5, "Xã Đông Hưng": 87.25, "Xã Phú Lộc": 93.2}


def test_a_percent_cell_and_a_plain_number_in_one_workbook(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["commune", "year", "criteria_set", "region", "2.1", "2.2", "3.1"])
    sheet.append(["Xã A", 2023, "toy-xa", "btb", 0.452, 12.5, 0.5])
    sheet["E2"].number_format = "0.0%"  # 45,2%; 12.5 is a plain 12.5; 0.5 a plain 0.5
    sheet["G2"].number_format = "0.00"
    path = tmp_path / "mixed.xlsx"
    book.save(path)
    assert list(workbook_rows(path))[1][4:] == (45.2, 12.5, 0.5)


@pytest.mark.english
def test_evaluate_picks_one_row_with_commune(tmp_path: Path) -> None:
    (one,) = _communes(SHEETS / "libreoffice-resaved.xlsx", "--commune", "dong hung")
    assert one["commune"] == "Xã Đông Hưng"
    result = run("evaluate", SHEETS / "communes.yaml", "--sets-dir", TOY_SETS, "--commune", "Hưg")
    assert result.exit_code == 2
    assert "--commune 'Hưg': no commune of that name" in result.stderr
    assert "Xã Đông Hưng" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.english
def test_a_kind_ntm_does_not_read_gets_one_line_saying_what_to_do(tmp_path: Path) -> None:
    report = tmp_path / "bao-cao.docx"
    report.write_bytes(b"PK\x03\x04 not really a document")
    for command in ("evaluate", "validate", "batch"):
        result = run(command, report)
        assert result.exit_code == 2
        output = result.stdout + result.stderr
        lines = [line for line in output.splitlines() if line.startswith(f"{report}:1:1:")]
        assert len(lines) == 1, output
        assert "ntm does not read .docx files" in lines[0]
        assert "ntm template --format xlsx" in lines[0]
    with pytest.raises(InputError) as caught:
        kind_of("so-lieu.xlsb")
    assert english(caught.value).endswith("save the workbook as .xlsx (Excel Workbook)")
    assert kind_of("so-lieu.xlsm") == "sheet"  # read like .xlsx; its macros never run


def test_the_four_commands_read_the_same_communes(tmp_path: Path) -> None:
    inputs = [SHEETS / "communes.yaml", SHEETS / "percent.xls", SHEETS / "libreoffice-resaved.ods"]
    expected = sum(len(read_communes(p)[0]) for p in inputs)
    assert expected == 4 + 3 + 4
    args = [*inputs, "--sets-dir", TOY_SETS]
    evaluated = json.loads(run("evaluate", *args, "--format", "json").stdout)
    parts = [
        json.loads(run("batch", p, "--sets-dir", TOY_SETS, "--format", "json").stdout)
        for p in inputs
    ]
    assert len(evaluated) == sum(b["summary"]["communes"] for b in parts) == expected
    records = [commune.pop("record") for commune in evaluated]  # batch: one record at the top
    assert [c for b in parts for c in b["communes"]] == evaluated
    assert {p for r in records for p in r["inputs"]} == {
        p for b in parts for p in b["record"]["inputs"]
    }
    # Together, the XLS and ODS files repeat communes of the YAML file (the ODS is it
    # resaved): five communes, each counted once, six errors naming both places.
    batched = json.loads(run("batch", *args, "--format", "json").stdout)
    assert batched["summary"]["communes"] == 5
    assert [e["kind"] for e in batched["errors"]] == ["duplicate"] * 6
    checked = run("validate", *args)
    assert checked.exit_code == 0, checked.stdout
    assert [line.split(": ", 1)[1] for line in checked.stdout.splitlines()] == [
        "OK — 4 xã, bộ tiêu chí toy-xa",
        "OK — 3 xã, bộ tiêu chí toy-xa",
        "OK — 4 xã, bộ tiêu chí toy-xa",
    ]
    for side in inputs:  # a side compared with itself: the same communes, nothing lost
        compared = run("diff", side, side, "--sets-dir", TOY_SETS, "--format", "json")
        assert compared.exit_code == 0, compared.stderr
        assert len(json.loads(compared.stdout)["communes"]) == len(read_communes(side)[0])


def test_folders_and_globs_name_each_file_once(tmp_path: Path) -> None:
    files, errors = expand([SHEETS, str(SHEETS / "*.xls"), SHEETS / "percent.ods"])
    assert errors == []
    assert len(files) == len(set(files))
    assert {Path(f).suffix for f in files} == {".yaml", ".xlsx", ".xls", ".ods"}


@pytest.mark.parametrize(
    "path",
    sorted(
        p
        for p in ROOT.rglob("*.xlsx")
        if not {".venv", "bad_input"} & set(p.parts)
        and p.name != "stale-dimension.xlsx"  # openpyxl read_only trusts it: the case below
    ),
    ids=lambda p: p.name,
)
def test_every_workbook_in_the_repository_reads_as_openpyxl_shows_it(path: Path) -> None:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)

    def shown(cell: object) -> object:
        value = getattr(cell, "value", None)
        if value is None or isinstance(value, str | bool):
            return value
        percent = "%" in str(getattr(cell, "number_format", ""))
        return round(float(value) * 100, 10) if percent else float(value)

    expected = [tuple(shown(c) for c in row) for row in book.worksheets[0].iter_rows()]
    book.close()
    got = [
        tuple(v if v is None or isinstance(v, str | bool) else float(v) for v in row)
        for row in workbook_rows(path)
    ]
    width = max((len(r) for r in expected + got), default=0)

    def padded(rows: list[tuple[object, ...]]) -> list[tuple[object, ...]]:
        rows = [r + (None,) * (width - len(r)) for r in rows]
        while rows and all(v is None for v in rows[-1]):
            rows.pop()
        return rows

    assert padded(got) == padded(expected)


@pytest.mark.english
def test_a_part_that_unpacks_hugely_is_refused_before_anything_is_read(tmp_path: Path) -> None:
    import zipfile

    bomb = tmp_path / "bom.xlsx"
    with (
        zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive,
        archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part,
    ):
        block = b"\0" * 2**20
        for _ in range(520):  # 520 MB of zeros, a few hundred kB packed
            part.write(block)
    result = run("validate", bomb)
    assert result.exit_code == 2
    assert f"{bomb}:1:1: file is too large: xl/worksheets/sheet1.xml unpacks to 520 MB" in (
        result.stdout
    )


def test_rows_beyond_a_stale_dimension_are_read() -> None:
    # Some exporters write <dimension ref="A1"/> whatever the sheet holds: every row counts.
    communes, errors = read_communes(SHEETS / "stale-dimension.xlsx")
    assert errors == []
    assert len(communes) == len(read_communes(SHEETS / "communes.yaml")[0]) == 4


def test_the_report_headers_ntm_recognises_are_the_catalogue_labels() -> None:
    from ntm_cli.inputs.read import _REPORT_HEADERS
    from ntm_cli.report.messages import message

    for lang in ("vi", "en"):
        batch = {message(k, lang).lower() for k in ("batch.criteria_met", "batch.criteria_total")}
        keys = ("commune_csv.criterion_status", "commune_csv.indicator_status")
        commune = {message(k, lang).lower() for k in keys}
        assert batch in _REPORT_HEADERS and commune in _REPORT_HEADERS

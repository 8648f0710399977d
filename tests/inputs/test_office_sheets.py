"""Sheets as offices make them: title rows, two-row headers, Vietnamese names, marks, encodings."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from openpyxl import Workbook

from ntm_cli.inputs.headers import recognise
from ntm_cli.inputs.sheets import load_sheet

from helpers import TOY_SETS, run

# A province table as an office lays it out: a title, a unit note, STT, criterion groups
# over their indicators, a count of criteria met and a total row.
OFFICE = [
    "BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NTM NĂM 2023;;;;;;;;;;",
    "Đơn vị: %;;;;;;;;;;",
    "STT;Tên xã;Huyện;Vùng;Năm;Tiêu chí 1;Tiêu chí 2;;TC4;TC5;Tổng số TC đạt",
    ";;;;;1.1;2.1;2.2;;;",
    "1;Xã A;Huyện H;btb;2023;x;45;10;✓;Đạt;3",
    "2;Xã B;Huyện H;btb;2023;;38;12;;;1",
    ";Tổng cộng;;;;;;;;;",
]


def _csv(path: Path, lines: list[str], encoding: str = "utf-8") -> Path:
    path.write_bytes(("\n".join(lines) + "\n").encode(encoding))
    return path


def _communes(path: Path, *args: str) -> list[dict[str, object]]:
    result = run("evaluate", "--sets-dir", TOY_SETS, "--set", "toy-xa", "-f", "json", path, *args)
    assert result.exit_code in (0, 1), result.stderr
    data = json.loads(result.stdout)
    return data if isinstance(data, list) else [data]


def _statuses(commune: dict[str, object]) -> dict[str, str]:
    criteria = commune["criteria"]
    assert isinstance(criteria, list)
    return {c["id"]: c["status"] for c in criteria}


def test_an_office_table_is_read_below_its_title_with_two_header_rows(tmp_path: Path) -> None:
    path = _csv(tmp_path / "tong-hop.csv", OFFICE)
    loaded, errors = load_sheet(path)
    assert errors == []
    first, second = (c.commune for c in loaded)
    assert first.commune == "Xã A" and first.district == "Huyện H" and first.year == 2023
    assert first.indicators == {"1.1": True, "2.1": 45.0, "2.2": 10.0}
    assert first.criteria == {"4": True, "5": True}  # ✓ and Đạt are "met"
    # an empty status cell is "not given", never "chưa đạt"
    assert second.criteria == {}
    assert [c.origin.locate(("commune",)).line for c in loaded] == [5, 6]


def test_validate_names_the_skipped_columns_and_total_row_once(tmp_path: Path) -> None:
    path = _csv(tmp_path / "tong-hop.csv", OFFICE)
    result = run("validate", "--sets-dir", TOY_SETS, "--set", "toy-xa", path)
    assert result.exit_code == 0, result.stdout
    lines = result.stdout.splitlines()
    assert lines[0] == (
        f"{path}:3:A: ghi chú: bỏ qua các cột không chứa số liệu của xã (số thứ tự, tổng,"
        " công thức): A (STT), K (Tổng số TC đạt)"
    )
    assert lines[1] == f"{path}:7:B: ghi chú: bỏ qua dòng tổng 'Tổng cộng'"
    assert lines[2].startswith(f"{path}: OK")
    english = run("validate", "--sets-dir", TOY_SETS, "--set", "toy-xa", path, "--lang", "en")
    assert "note: columns that hold no commune data" in english.stdout
    quiet = run("validate", "--sets-dir", TOY_SETS, "--set", "toy-xa", path, "-q")
    assert quiet.stdout == ""


def test_the_office_table_scores_as_its_marks_say(tmp_path: Path) -> None:
    first, second = _communes(_csv(tmp_path / "tong-hop.csv", OFFICE))
    assert _statuses(first) == {"1": "met", "2": "met", "3": "missing", "4": "met", "5": "met"}
    assert _statuses(second)["4"] == "missing" and _statuses(second)["5"] == "missing"


@pytest.mark.parametrize(
    ("name", "loc"),
    [
        ("Tên xã", ("commune",)),
        ("TEN XA", ("commune",)),
        ("xã", ("commune",)),
        ("Tên xã/phường", ("commune",)),
        ("Huyện", ("district",)),
        ("huyen", ("district",)),
        ("Tỉnh", ("province",)),
        ("VÙNG", ("region",)),
        ("Nhóm xã", ("group",)),
        ("nam", ("year",)),
        ("Năm", ("year",)),
        ("Mã xã", ("code",)),
        ("Xã ĐBKK", ("extremely_disadvantaged",)),
        ("commune (Xã)", ("commune",)),
        ("TC1", ("criteria", "1")),
        ("tc 19", ("criteria", "19")),
        ("Tiêu chí 6", ("criteria", "6")),
        ("TIEU CHI SO 6: Văn hóa", ("criteria", "6")),
        ("tc6", ("criteria", "6")),
        ("1.1", ("indicators", "1.1")),
        ("CT 1.1", ("indicators", "1.1")),
        ("Chỉ tiêu 14.2", ("indicators", "14.2")),
        ("chi tieu 14.2 Tỷ lệ học sinh", ("indicators", "14.2")),
        ("14.2 Tỷ lệ học sinh", ("indicators", "14.2")),
        ("14.3.achieved", ("indicators", "14.3", "achieved")),
        ("STT", ("skip",)),
        ("Số TT", ("skip",)),
        ("Tổng số TC đạt", ("skip",)),
        ("Số tiêu chí đạt", ("skip",)),
        ('=COUNTIF(F5:J5;"x")', ("skip",)),
        ("Diện tích", None),
    ],
)
def test_header_names_in_vietnamese_with_or_without_diacritics(
    name: str, loc: tuple[str, ...] | None
) -> None:
    assert recognise(name) == loc


def test_a_title_row_with_no_header_below_it_is_one_located_error(tmp_path: Path) -> None:
    path = _csv(tmp_path / "t.csv", ["BẢNG TỔNG HỢP;;;;", ";;;;", "1;Xã A;btb;2023;x"])
    result = run("validate", "--sets-dir", TOY_SETS, path)
    assert result.exit_code == 2
    assert result.stdout.startswith(f"{path}:1:A: dòng này là tiêu đề (BẢNG TỔNG HỢP)")
    assert len(result.stdout.splitlines()) == 1


def test_two_header_rows_that_disagree_are_an_error_at_the_lower_cell(tmp_path: Path) -> None:
    lines = ["Tên xã;Vùng;Năm;Tiêu chí 2;", ";;;3.1;2.2", "Xã A;btb;2023;45;10"]
    path = _csv(tmp_path / "d.csv", lines)
    result = run("validate", "--sets-dir", TOY_SETS, path, "--lang", "en")
    assert result.exit_code == 2
    assert (
        f"{path}:2:D: the two header rows disagree: the cell above says 'Tiêu chí 2',"
        " this one '3.1'"
    ) in result.stdout


def test_each_unknown_column_says_which_name_to_use(tmp_path: Path) -> None:
    lines = ["Ten xa;Vung;Nam;Huyen thi xa;Diện tích", "Xã A;btb;2023;H;5"]
    path = _csv(tmp_path / "u.csv", lines)
    vi = run("validate", "--sets-dir", TOY_SETS, path)
    assert f"{path}:1:D: không rõ cột 'Huyen thi xa'; đổi tên thành 'Huyện'" in vi.stdout
    assert f"{path}:1:E: không rõ cột 'Diện tích'; dùng một trong các tên: Tên xã, Huyện" in (
        vi.stdout
    )
    en = run("validate", "--sets-dir", TOY_SETS, path, "--lang", "en")
    assert f"{path}:1:D: unknown column 'Huyen thi xa'; rename it 'Huyện'" in en.stdout


def test_lower_case_names_without_diacritics_and_bare_numbers_under_a_group(
    tmp_path: Path,
) -> None:
    lines = [
        "ten xa;vung;nam;TIEU CHI 2;;tieu chi 4",
        ";;;chi tieu 1;2;danh gia",
        "Xã A;btb;2023;45;10;chưa đạt",
    ]
    loaded, errors = load_sheet(_csv(tmp_path / "l.csv", lines))
    assert errors == []
    commune = loaded[0].commune
    assert commune.indicators == {"2.1": 45.0, "2.2": 10.0}
    assert commune.criteria == {"4": False}


def _cp1258(text: str) -> bytes:
    """Text as Excel's "CSV" writes it on Vietnamese Windows: letters with their tone apart."""
    shapes = {"\u0302", "\u0306", "\u031b"}
    out = []
    for char in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize("NFC", parts[0] + "".join(m for m in parts[1:] if m in shapes))
        out.append(base + "".join(m for m in parts[1:] if m not in shapes))
    return "".join(out).encode("cp1258")


def test_a_windows_1258_csv_is_read(tmp_path: Path) -> None:
    path = tmp_path / "ansi.csv"
    path.write_bytes(_cp1258("Tên xã,Huyện,Vùng,Năm,2.1\r\nXã Thử Nghiệm,Đắk Lắk,btb,2023,45\r\n"))
    loaded, errors = load_sheet(path)
    assert errors == []
    assert loaded[0].commune.commune == "Xã Thử Nghiệm"
    assert loaded[0].commune.district == "Đắk Lắk"


def test_a_non_utf8_file_that_is_not_vietnamese_is_refused_with_the_excel_steps(
    tmp_path: Path,
) -> None:
    path = tmp_path / "latin.csv"
    path.write_bytes("commune,year\r\nMüller,2023\r\n".encode("cp1252"))
    result = run("validate", path)
    assert result.exit_code == 2
    assert f"{path}:2:2: tệp không phải UTF-8 và byte 0xfc không phải chữ tiếng Việt" in (
        result.stdout
    )
    assert '"CSV UTF-8 (Comma delimited) (*.csv)"' in result.stdout


def test_excel_unicode_text_is_read_with_its_tabs(tmp_path: Path) -> None:
    path = tmp_path / "unicode.csv"
    text = "Tên xã\tVùng\tNăm\t2.1\r\nXã A\tbtb\t2023\t45,5\r\n"
    path.write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
    loaded, errors = load_sheet(path)
    assert errors == []
    assert loaded[0].commune.indicators == {"2.1": 45.5}


def _workbook(path: Path, rows: list[list[object]], percent: str | None = None) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    if percent:
        sheet[percent].number_format = "0.0%"
    book.save(path)
    return path


FRACTION_ROWS: list[list[object]] = [
    ["Tên xã", "Vùng", "Năm", "2.1", "2.2"],
    ["Xã A", "btb", 2023, 45, 1.2],
    ["Xã B", "btb", 2023, 0.932, 2.5],
    ["Xã C", "btb", 2023, 50, 0.8],
]


def test_a_percent_typed_as_a_fraction_is_a_located_error_with_the_fix(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "f.xlsx", FRACTION_ROWS)
    result = run("validate", "--sets-dir", TOY_SETS, "--set", "toy-xa", path)
    assert result.exit_code == 2
    assert result.stdout.splitlines() == [
        f"{path}:3:D: 0,932 ở ô D3: ý bạn là 93,2%? Các ô khác của cột này ghi số phần trăm;"
        " gõ 93,2 hoặc 93,2%"
    ]  # 0,8 among poverty rates of 1,2 and 2,5 is 0,8%: not an error
    en = run("validate", "--sets-dir", TOY_SETS, "--set", "toy-xa", path, "--lang", "en")
    assert f"{path}:3:D: 0.932 in cell D3: did you mean 93.2%?" in en.stdout
    batch = run("batch", "--sets-dir", TOY_SETS, "--set", "toy-xa", path)
    assert batch.exit_code == 2
    assert f"{path}:3:D: 0,932 ở ô D3" in batch.stderr


def test_a_fraction_in_a_percent_formatted_cell_is_the_percentage_it_shows(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "p.xlsx", FRACTION_ROWS, percent="D3")
    result = run("validate", "--sets-dir", TOY_SETS, "--set", "toy-xa", path)
    assert result.exit_code == 0, result.stdout


def test_a_fraction_is_not_flagged_in_a_column_that_is_not_a_percentage(tmp_path: Path) -> None:
    rows = [["Tên xã", "Vùng", "Năm", "3.1"], ["Xã A", "btb", 2023, 50], ["Xã B", "btb", 2023, 0.5]]
    path = _workbook(tmp_path / "n.xlsx", rows)
    result = run("validate", "--sets-dir", TOY_SETS, "--set", "toy-xa", path)
    assert "0,5 ở ô" not in result.stdout


def test_indicators_a_set_does_not_list_are_kept_and_shown_as_not_scored(tmp_path: Path) -> None:
    # QĐ 318 lists no indicator of criterion 2 (Giao thông): an office's 2.1 is kept.
    lines = ["Tên xã;Vùng;Năm;2.1;2.2;TC2", "Xã A;btb;2023;50;đạt;đạt", "Xã B;btb;2023;40;;"]
    path = _csv(tmp_path / "qd318.csv", lines)
    assert run("validate", path).exit_code == 0
    result = run("evaluate", path, "-f", "json", "--lang", "en")
    first, second = json.loads(result.stdout)
    assert first["warnings"] == [
        "not scored 2.1, 2.2: this set does not list (all of) criterion 2's indicators;"
        " its declared status is used"
    ]
    assert _statuses(first)["2"] == "met"
    assert second["warnings"] == [
        "not scored 2.1: this set does not list (all of) criterion 2's indicators; give the"
        " criterion's assessed status (column TC2)"
    ]
    table = run("evaluate", path)
    assert "Lưu ý: chưa chấm 2.1, 2.2: bộ tiêu chí này không liệt kê (đủ) các chỉ tiêu" in (
        table.stdout
    )


def test_a_misspelt_id_of_a_criterion_whose_list_is_complete_is_an_error(tmp_path: Path) -> None:
    path = _csv(tmp_path / "qd318.csv", ["Tên xã;Vùng;Năm;8.l", "Xã A;btb;2023;50"])
    result = run("validate", path, "--lang", "en")
    assert result.exit_code == 2
    assert f"{path}:2:D: unknown indicator '8.l' for set qd318-xa-ntm; did you mean 8.1?" in (
        result.stdout
    )


def test_an_office_can_read_empty_status_cells_as_unmet(tmp_path: Path) -> None:
    path = _csv(tmp_path / "tong-hop.csv", OFFICE)
    _, second = _communes(path, "--empty-status", "unmet")
    assert _statuses(second)["4"] == "unmet" and _statuses(second)["5"] == "unmet"
    batch = run(
        "batch", "--sets-dir", TOY_SETS, "--set", "toy-xa", path, "-f", "csv", "--lang", "en",
        "--empty-status", "unmet", "--jobs", "2",
    )  # fmt: skip
    assert batch.stdout.splitlines()[2].endswith("Not met,Not met,,")  # warnings, errors
    assert run("validate", "--sets-dir", TOY_SETS, "--empty-status", "unmet", path).exit_code == 0


def test_a_header_that_names_no_commune_column_is_read_below_the_title(tmp_path: Path) -> None:
    # the header row is found (it holds no year, unlike a commune's row) and said wrong
    lines = ["BẢNG TỔNG HỢP;;;", "Đơn vị hành chính;Vùng;Năm;2.1", "Xã A;btb;2023;45"]
    path = _csv(tmp_path / "h.csv", lines)
    result = run("validate", "--sets-dir", TOY_SETS, path)
    assert result.exit_code == 2
    assert result.stdout.splitlines() == [
        f"{path}:2:A: không rõ cột 'Đơn vị hành chính'; dùng một trong các tên: Tên xã, Huyện,"
        " Tỉnh, Vùng, Nhóm xã, Năm, Mã xã, TC1 (trạng thái tiêu chí 1), 1.1 (chỉ tiêu 1.1),"
        " hoặc 14.3.achieved và 14.3.total (đếm)",
        f"{path}:2:A: thiếu cột bắt buộc Tên xã (commune)",
    ]

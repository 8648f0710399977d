"""`ntm template`: blank files that list every indicator with its requirement, YAML and XLSX."""

from __future__ import annotations

import json
import re
from io import BytesIO
from pathlib import Path

import pytest
from openpyxl import load_workbook

from ntm_cli.inputs.files import load_criteria_set
from ntm_cli.inputs.registry import Registry
from ntm_cli.model.sets import CriteriaSet
from ntm_cli.report.template import Scope, xlsx_columns, yaml_template

from helpers import TOY_SETS as FIXTURE_SETS
from helpers import run

TOY = load_criteria_set(FIXTURE_SETS / "toy-xa.yaml")
EMPTY = "giá trị trống; hãy điền vào (hoặc xóa dòng này nếu khóa không bắt buộc)"
EMPTY_VALUE = "giá trị trống; hãy viết một số, đạt / chưa đạt hoặc na, hoặc xóa dòng này"
EMPTY_KEY = re.compile(r'^  "([^"]+)":$')


def _empty_keys(text: str, section: str) -> list[str]:
    block = text.split(f"\n{section}:\n", 1)[1]
    keys = []
    for line in block.splitlines():
        if not line.startswith(" "):
            if line.startswith("#"):
                continue
            break
        match = EMPTY_KEY.match(line)
        if match:
            keys.append(match.group(1))
    return keys


def test_yaml_template_starts_with_the_schema_line_for_editors() -> None:
    text = yaml_template(TOY, Scope(year=2023, region="btb"))
    assert text.splitlines()[0] == "# yaml-language-server: $schema=commune.schema.json"


def test_every_indicator_of_the_set_is_listed_empty_in_set_order() -> None:
    text = yaml_template(TOY, Scope(year=2023, region="btb"))
    assert _empty_keys(text, "indicators") == list(TOY.indicators())
    assert "region: btb" in text
    assert "year: 2023" in text
    assert "criteria_set: toy-xa" in text


def test_each_indicator_comment_gives_name_unit_requirement_and_source() -> None:
    text = yaml_template(TOY, Scope(year=2023, region="btb"))
    lines = text.splitlines()
    at = lines.index('  "3.1":')
    assert lines[at - 2] == "  # 3.1 Thu nhập bình quân"
    assert "đơn vị: triệu đồng/người/năm" in lines[at - 1]
    assert "yêu cầu: ≥ 50 triệu đồng/người/năm" in lines[at - 1]
    assert "nguồn: T" in lines[at - 1]


def test_requirement_depends_on_region_and_year() -> None:
    btb = yaml_template(TOY, Scope(year=2023, region="btb"))
    mountains = yaml_template(TOY, Scope(year=2023, region="tdmnpb"))
    assert "yêu cầu: ≥ 40%" in btb and "yêu cầu: ≥ 25%" not in btb
    assert "yêu cầu: ≥ 25%" in mountains
    every_region = yaml_template(TOY, Scope(year=2023))
    assert "yêu cầu: ≥ 25% (tdmnpb); ≥ 40% (dbsh, btb, dhntb, tn, dnb, dbscl)" in every_region


def test_unknown_requirements_say_chua_ro_and_never_pick_a_candidate() -> None:
    not_found = yaml_template(TOY, Scope(year=2021, region="btb"))
    assert "yêu cầu: chưa rõ — nguồn: not found" in not_found
    disputed = yaml_template(TOY, Scope(year=2024, region="btb"))
    assert "yêu cầu: chưa rõ (các nguồn nêu: ≥ 55 / ≥ 60, chưa thống nhất)" in disputed


def test_criteria_the_indicators_cannot_decide_ask_for_a_declared_status() -> None:
    assert _empty_keys(yaml_template(TOY, Scope(year=2023, region="btb")), "criteria") == ["5"]
    # in 2024 the income threshold is unknown, so criterion 3 needs a declared status too
    assert _empty_keys(yaml_template(TOY, Scope(year=2024, region="btb")), "criteria") == ["3", "5"]


def test_unfilled_template_gives_one_located_error_per_empty_value(tmp_path: Path) -> None:
    path = tmp_path / "xa.yaml"
    assert (
        run(
            "template",
            "--set",
            "toy-xa",
            "--sets-dir",
            FIXTURE_SETS,
            "--region",
            "btb",
            "--year",
            "2023",
            "-o",
            path,
        ).exit_code
        == 0
    )
    lines = path.read_text(encoding="utf-8").splitlines()
    result = run("validate", "--sets-dir", FIXTURE_SETS, path)
    assert result.exit_code == 2
    out = result.stdout.splitlines()
    name_line = lines.index("commune:  # tên xã (bắt buộc)") + 1
    assert out[0] == f"{path}:{name_line}:9: commune: {EMPTY}"
    for key in TOY.indicators():
        line = lines.index(f'  "{key}":') + 1
        assert f"{path}:{line}:{len(key) + 6}: indicators.{key}: {EMPTY_VALUE}" in out
    assert len(out) == 1 + len(TOY.indicators()) + 1  # name, every indicator, criterion 5


def test_refuses_to_overwrite_unless_forced(tmp_path: Path) -> None:
    path = tmp_path / "xa.yaml"
    path.write_text("commune: số liệu thật\n", encoding="utf-8")
    result = run("template", "--set", "toy-xa", "--sets-dir", FIXTURE_SETS, "-o", path)
    assert result.exit_code == 2
    assert "tệp đã có; thêm --force để ghi đè" in result.stderr
    assert path.read_text(encoding="utf-8") == "commune: số liệu thật\n"
    forced = run("template", "--set", "toy-xa", "--sets-dir", FIXTURE_SETS, "-o", path, "--force")
    assert forced.exit_code == 0
    assert path.read_text(encoding="utf-8").startswith("# yaml-language-server")


def test_template_prints_yaml_when_no_output_is_given() -> None:
    result = run("template", "--set", "toy-xa", "--sets-dir", FIXTURE_SETS, "--region", "BTB")
    assert result.exit_code == 0
    assert "region: btb  # Bắc Trung Bộ" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--region", "Miền Trung"], "unknown region 'Miền Trung'"),
        (["--group", "2"], "has no commune groups; drop --group"),
        (["--region", "btb", "--group", "2"], "give --region or --group, not both"),
        (["--format", "xlsx"], "an XLSX template needs --output FILE.xlsx"),
    ],
)
@pytest.mark.english
def test_bad_template_options_are_one_line_errors(args: list[str], message: str) -> None:
    result = run("template", "--set", "toy-xa", "--sets-dir", FIXTURE_SETS, *args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.output


@pytest.mark.english
def test_unknown_set_is_an_error() -> None:
    result = run("template", "--set", "qd999")
    assert result.exit_code == 2
    assert "unknown criteria set 'qd999'" in result.stderr


@pytest.mark.parametrize("set_id", Registry().ids())
def test_bundled_sets_give_templates_listing_every_typed_indicator(set_id: str) -> None:
    registry = Registry()
    criteria_set = registry.get(set_id)
    region = "dbscl" if criteria_set.scheme == "regions" else None
    group = 2 if criteria_set.scheme == "groups" else None
    scope = Scope(criteria_set.period.end, region, group, registry.closure(set_id))
    text = yaml_template(criteria_set, scope)
    typed = [k for k, i in criteria_set.indicators().items() if i.kind != "share_meeting_set"]
    assert (_empty_keys(text, "indicators") if typed else []) == typed
    assert "yêu cầu: " in text or not criteria_set.indicators()


# ------------------------------------------------------------------------ XLSX


def _workbook(tmp_path: Path, *extra: str) -> tuple[Path, object]:
    path = tmp_path / "xa.xlsx"
    options = extra or ("--year", "2023")
    result = run(
        "template",
        "--set",
        "toy-xa",
        "--sets-dir",
        FIXTURE_SETS,
        "-f",
        "xlsx",
        "-o",
        path,
        *options,
    )
    assert result.exit_code == 0, result.output
    return path, load_workbook(BytesIO(path.read_bytes()))


def test_xlsx_header_keys_are_the_first_word_of_each_header_cell(tmp_path: Path) -> None:
    _, book = _workbook(tmp_path)
    sheet = book["Số liệu"]  # type: ignore[index]
    headers = [c.value for c in sheet[1]]
    keys = [h.split()[0] for h in headers]
    assert keys == [
        "commune",
        "district",
        "province",
        "region",
        "year",
        "criteria_set",
        "1.1",
        "2.1",
        "2.2",
        "3.1",
        "4.1",
        "4.2",
        "4.3",
        "tc5",
    ]
    assert headers[7] == "2.1 Lao động qua đào tạo (%)"  # a percentage: type 93,2
    assert sheet.freeze_panes == "B2"
    assert sheet.max_row == 1  # no pre-filled rows that could be mistaken for communes


def test_xlsx_data_validation_ranges_and_lists(tmp_path: Path) -> None:
    _, book = _workbook(tmp_path)
    sheet = book["Số liệu"]  # type: ignore[index]
    rules = {str(rule.sqref): rule for rule in sheet.data_validations.dataValidation}
    percent = rules["H2:H1001"]  # 2.1
    assert (percent.type, percent.operator, percent.formula1, percent.formula2) == (
        "decimal",
        "between",
        "0",
        "100",
    )
    assert rules["G2:G1001"].formula1 == '"đạt,chưa đạt"'  # 1.1 qualitative
    assert rules["N2:N1001"].formula1 == '"đạt,cơ bản đạt,chưa đạt"'  # tc5: three statuses
    assert rules["J2:J1001"].type == "decimal" and rules["J2:J1001"].formula1 == "0"  # 3.1 number
    assert "Bắc Trung Bộ" in rules["D2:D1001"].formula1
    assert all(rule.showErrorMessage for rule in rules.values())


def test_xlsx_requirements_sheet_lists_requirements_and_sources(tmp_path: Path) -> None:
    _, book = _workbook(tmp_path, "--region", "tdmnpb", "--year", "2023")
    rows = list(book["Yêu cầu"].iter_rows(values_only=True))  # type: ignore[index]
    by_id = {r[0]: r for r in rows[2:] if r and r[0]}
    assert by_id["2.1"][4] == "≥ 25%"
    assert by_id["2.1"][5] == "test fixture"  # the key T cited as its document
    assert by_id["3.1"][3] == "triệu đồng/người/năm"
    assert tuple(by_id["T"][:2]) == ("T", "test fixture")


def test_xlsx_refuses_to_overwrite(tmp_path: Path) -> None:
    path, _ = _workbook(tmp_path)
    before = path.read_bytes()
    result = run(
        "template", "--set", "toy-xa", "--sets-dir", FIXTURE_SETS, "-f", "xlsx", "-o", path
    )
    assert result.exit_code == 2
    assert path.read_bytes() == before


def test_xlsx_columns_for_a_groups_set_use_group() -> None:
    groups = TOY.model_copy(update={"scheme": "groups"})
    keys = [key for key, _, _ in xlsx_columns(groups, Scope(year=2023))]
    # the area class (khu vực) comes first: region II/III communes are group 3 (QĐ 51/2025)
    assert keys[:6] == ["commune", "district", "province", "khu_vuc", "group", "year"]


@pytest.mark.english
def test_format_follows_the_output_name(tmp_path: Path) -> None:
    path = tmp_path / "huyen.xlsx"
    assert run("template", "--set", "toy-xa", "--sets-dir", FIXTURE_SETS, "-o", path).exit_code == 0
    assert path.read_bytes()[:2] == b"PK"  # a zip: an XLSX workbook
    mismatch = run("template", "--set", "toy-xa", "--sets-dir", FIXTURE_SETS, "-f", "yaml",
                   "-o", tmp_path / "x.xlsx")  # fmt: skip
    assert mismatch.exit_code == 2
    assert "does not fit --format yaml" in mismatch.stderr
    assert not (tmp_path / "x.xlsx").exists()


def test_groups_set_template_shows_the_group_requirement() -> None:
    groups = TOY.model_copy(update={"scheme": "groups"})
    text = yaml_template(groups, Scope(year=2023, group=2))
    assert "group: 2" in text
    assert "region:" not in text
    assert "yêu cầu cho nhóm xã 2, năm 2023" in text


def test_a_year_outside_the_sets_period_is_flagged_in_the_template() -> None:
    assert "nằm ngoài giai đoạn" not in yaml_template(TOY, Scope(year=2023, region="btb"))
    text = yaml_template(TOY, Scope(year=2027, region="btb"))
    assert (
        text.splitlines()[2]
        == "# Lưu ý: năm 2027 nằm ngoài giai đoạn 2021–2025 của bộ tiêu chí này."
    )


def test_xlsx_text_from_a_set_never_becomes_a_formula(tmp_path: Path) -> None:
    text = (FIXTURE_SETS / "toy-xa.yaml").read_text(encoding="utf-8")
    path = tmp_path / "toy-xa.yaml"
    path.write_text(
        text.replace("{vi: Suy dinh dưỡng", '{vi: "=HYPERLINK(\\"x\\")"'), encoding="utf-8"
    )
    from ntm_cli.report.template import xlsx_template

    book = load_workbook(BytesIO(xlsx_template(load_criteria_set(path), Scope(year=2023))))
    header = next(c for c in book["Số liệu"][1] if str(c.value).startswith("2.2"))
    assert header.value == '2.2 =HYPERLINK("x") (%)' and header.data_type == "s"
    notes = {r[0]: r for r in book["Yêu cầu"].iter_rows(values_only=True) if r and r[0]}
    assert notes["2.2"][1] == '\'=HYPERLINK("x")'


# ------------------------------------------------------------------------ --lang en

# Vietnamese wording of the template itself (not of the set, whose untranslated names show).
VI_TEMPLATE_PHRASES = (
    "Mẫu số liệu",
    "Tiêu chí",
    "đơn vị:",
    "yêu cầu",
    "nguồn:",
    "điền:",
    "chưa rõ",
    "tên xã",
    "bắt buộc",
    "Xã đặc biệt khó khăn",
    "Kết quả tiêu chí",
    "nằm ngoài giai đoạn",
)
# Non-ASCII characters English wording may keep: comparison signs, dashes, the box rule.
SYMBOL_CHARS = set("≥≤—–─×…")


def _vietnamese_left(text: str, criteria_set: CriteriaSet = TOY) -> set[str]:
    """Non-ASCII letters left once the accepted values and untranslated set names are taken out."""
    kept = ["đạt / chưa đạt", "đạt (met) or chưa đạt", "đạt,chưa đạt", "cơ bản đạt"]
    for criterion in criteria_set.criteria:
        kept += [
            t.vi for t in (criterion.name, *(i.name for i in criterion.indicators)) if not t.en
        ]
    for phrase in kept:
        text = text.replace(phrase, "")
    return {c for c in text if not c.isascii()} - SYMBOL_CHARS


def test_english_yaml_template_is_worded_in_english_with_the_sets_english_names() -> None:
    text = yaml_template(TOY, Scope(year=2023, region="btb"), "en")
    lines = text.splitlines()
    at = lines.index('  "3.1":')
    assert lines[at - 3] == "  # ── Criterion 3. Income"
    assert lines[at - 2] == "  # 3.1 Income per person"
    assert lines[at - 1] == (
        "  #     unit: million VND per person per year — required: ≥ 50 million VND per person"
        " per year — source: T — fill in: a number"
    )
    assert (
        "  #     unit: met / not met — required: met — source: T — fill in: đạt / chưa đạt"
        " (met / not met)"
    ) in lines
    assert "region: btb  # North Central Coast" in lines
    assert "requirements for region North Central Coast, year 2023." in lines[1]
    assert "(the Northern Midlands and Mountains requirements apply)" in text
    assert "  # Criterion 5. Culture — no indicator list yet" in lines
    assert not [p for p in VI_TEMPLATE_PHRASES if p in text]
    assert _vietnamese_left(text) == set()
    # the Vietnamese template is the one that has them
    assert all(p in yaml_template(TOY, Scope(year=2027)) for p in VI_TEMPLATE_PHRASES)


def test_english_unknown_requirements_say_unknown_and_never_pick_a_candidate() -> None:
    not_found = yaml_template(TOY, Scope(year=2021, region="btb"), "en")
    assert "required: unknown — source: not found" in not_found
    disputed = yaml_template(TOY, Scope(year=2024, region="btb"), "en")
    assert "required: unknown (sources report: ≥ 55 / ≥ 60, not agreed)" in disputed
    late = yaml_template(TOY, Scope(year=2027), "en")
    assert (
        late.splitlines()[2] == "# Note: year 2027 is outside this criteria set's period 2021–2025."
    )
    assert _vietnamese_left(late) == set()


@pytest.mark.parametrize("year", [2021, 2023, 2024])
def test_both_languages_leave_the_same_keys_to_fill_in(year: int) -> None:
    vi = yaml_template(TOY, Scope(year=year, region="btb"))
    en = yaml_template(TOY, Scope(year=year, region="btb"), "en")
    for section in ("indicators", "criteria"):
        assert _empty_keys(en, section) == _empty_keys(vi, section)
    assert _empty_keys(en, "criteria") == (["3", "5"] if year != 2023 else ["5"])
    keys = re.compile(r"^(\w+):", re.MULTILINE)
    assert keys.findall(en) == keys.findall(vi)


FILLED = {
    "commune": "Xã Thử",
    "district": "Huyện Thử",
    "1.1": "đạt",
    "2.1": "{achieved: 380, total: 1000}",
    "2.2": "12,5",
    "3.1": "58",
    "4.1": "đạt",
    "4.2": "chưa đạt",
    "4.3": "true",
    "3": "chưa đạt",
    "5": "đạt",
}


def _fill(text: str) -> str:
    """The template with FILLED's values after the keys (comments after a key dropped)."""
    lines = []
    for line in text.splitlines():
        match = re.match(r'^(\s*)("?)([\w.]+)"?:(\s+#.*)?$', line)
        if match and match.group(3) in FILLED:
            indent, quote, key = match.group(1, 2, 3)
            line = f"{indent}{quote}{key}{quote}: {FILLED[key]}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def test_english_and_vietnamese_templates_filled_alike_score_identically(tmp_path: Path) -> None:
    reports = {}
    for lang in ("vi", "en"):
        folder = tmp_path / lang
        folder.mkdir()
        path = folder / "xa.yaml"
        made = run("template", "--set", "toy-xa", "--sets-dir", FIXTURE_SETS, "--region", "btb",
                   "--year", "2024", "--lang", lang, "-o", path)  # fmt: skip
        assert made.exit_code == 0, made.output
        path.write_text(_fill(path.read_text(encoding="utf-8")), encoding="utf-8")
        assert run("validate", "--sets-dir", FIXTURE_SETS, path).exit_code == 0
        scored = run("evaluate", "--sets-dir", FIXTURE_SETS, "--format", "json", path)
        assert scored.exit_code in (0, 1), scored.output
        reports[lang] = json.loads(scored.stdout.replace(str(path), "xa.yaml"))
        reports[lang].pop("record")  # the two files differ (their comments), their figures not
    assert reports["en"] == reports["vi"]
    statuses = {i["id"]: i["status"] for c in reports["en"]["criteria"]
                for i in c["indicators"]}  # fmt: skip
    assert statuses["2.2"] == "met" and statuses["4.2"] == "unmet"  # the values were read


def test_english_template_is_announced_in_english(tmp_path: Path) -> None:
    path = tmp_path / "xa.yaml"
    result = run("template", "--set", "toy-xa", "--sets-dir", FIXTURE_SETS, "--lang", "en",
                 "-o", path)  # fmt: skip
    assert result.exit_code == 0
    assert result.stderr == f"{path}: template written for criteria set toy-xa\n"


def test_template_help_offers_lang() -> None:
    result = run("template", "--help")
    assert result.exit_code == 0
    assert "--lang" in result.stdout and "vi|en" in result.stdout


def _validations(sheet: object) -> list[tuple[object, ...]]:
    rules = sheet.data_validations.dataValidation  # type: ignore[attr-defined]
    return sorted(
        (str(r.sqref), r.type, r.operator, r.formula1, r.formula2, r.allow_blank) for r in rules
    )


def test_english_xlsx_template_has_english_labels_and_the_same_keys_and_lists(
    tmp_path: Path,
) -> None:
    (tmp_path / "vi").mkdir()
    (tmp_path / "en").mkdir()
    _, vi_book = _workbook(tmp_path / "vi")
    _, en_book = _workbook(tmp_path / "en", "--year", "2023", "--lang", "en")
    assert en_book.sheetnames == ["Data", "Requirements"]  # type: ignore[attr-defined]
    vi_sheet, en_sheet = vi_book.worksheets[0], en_book.worksheets[0]  # type: ignore[attr-defined]
    en_headers = [c.value for c in en_sheet[1]]
    vi_headers = [c.value for c in vi_sheet[1]]
    assert [h.split()[0] for h in en_headers] == [h.split()[0] for h in vi_headers]
    assert en_headers[:3] == ["commune Commune name", "district District", "province Province"]
    assert "2.1 Trained workers (%)" in en_headers and "tc5 Criterion Culture" in en_headers
    assert _validations(en_sheet) == _validations(vi_sheet)
    rules = {str(r.sqref): r for r in en_sheet.data_validations.dataValidation}
    assert rules["G2:G1001"].error == "Choose đạt (met) or chưa đạt (not met)."
    assert rules["H2:H1001"].error == (
        "Enter a percentage from 0 to 100, e.g. 93.2 (or 93.2%) for 93.2%; not 0.932."
    )
    assert {r.errorTitle for r in rules.values()} == {"Invalid value"}
    notes = list(en_book["Requirements"].iter_rows(values_only=True))  # type: ignore[index]
    assert notes[1] == ("Id", "Indicator", "Criterion", "Unit", "Requirement", "Source")
    by_id = {r[0]: r for r in notes[2:] if r and r[0]}
    assert by_id["3.1"][1:5] == (
        "Income per person",
        "3. Income",
        "million VND per person per year",
        "≥ 50 million VND per person per year",
    )
    assert by_id["Source"][:2] == ("Source", "Document")
    texts = [str(v) for v in en_headers]
    texts += [str(v) for row in notes for v in row if v is not None]
    texts += [f"{r.error} {r.errorTitle}" for r in rules.values()]
    assert _vietnamese_left(" ".join(texts)) == set()


def test_english_xlsx_filled_in_reads_like_the_vietnamese_one(tmp_path: Path) -> None:
    from ntm_cli.report.template import xlsx_template

    row = ["Xã Thử", "Huyện Thử", "", "Bắc Trung Bộ", 2023, "toy-xa",
           "đạt", 38, 12.5, 58, "đạt", "chưa đạt", "đạt", "đạt"]  # fmt: skip
    reports = []
    for lang in ("vi", "en"):
        book = load_workbook(BytesIO(xlsx_template(TOY, Scope(year=2023), lang)))
        book.worksheets[0].append(row)
        path = tmp_path / lang / "xa.xlsx"
        path.parent.mkdir()
        book.save(path)
        scored = run("batch", "--sets-dir", FIXTURE_SETS, "--format", "json", path)
        assert scored.exit_code in (0, 1), scored.output
        reports.append(json.loads(scored.stdout.replace(str(path), "xa.xlsx")))
        reports[-1].pop("record")  # the two workbooks differ (their headers), their figures not
    assert reports[0]["summary"]["communes"] == 1 and reports[0]["summary"]["errors"] == 0
    assert reports[0] == reports[1]


@pytest.mark.parametrize("set_id", Registry().ids())
def test_bundled_sets_give_english_templates_with_the_same_keys(set_id: str) -> None:
    registry = Registry()
    criteria_set = registry.get(set_id)
    scope = Scope(criteria_set.period.end, sets=registry.closure(set_id))
    vi, en = yaml_template(criteria_set, scope), yaml_template(criteria_set, scope, "en")
    keys = re.compile(r'^\s*"?([\w.]+)"?:', re.MULTILINE)
    assert keys.findall(en) == keys.findall(vi)
    for criterion in criteria_set.criteria:
        if criterion.indicators and criterion.name.en:
            name = " ".join(criterion.name.en.split())
            assert f"# ── Criterion {criterion.id}. {name}\n" in en
    assert not [p for p in VI_TEMPLATE_PHRASES if p in en]


def test_xlsx_percent_columns_say_what_to_type(tmp_path: Path) -> None:
    # 0,932 typed for 93,2% would read as 0,932 %: the prompt and the check say so
    _, book = _workbook(tmp_path)
    sheet = book["Số liệu"]  # type: ignore[index]
    rules = [r for r in sheet.data_validations.dataValidation if "H2:H" in str(r.sqref)]
    (rule,) = rules  # column H: indicator 2.1, a percentage
    assert (rule.type, rule.operator, rule.formula1, rule.formula2) == (
        "decimal",
        "between",
        "0",
        "100",
    )
    assert rule.showInputMessage
    assert (
        rule.prompt == "Gõ số phần trăm từ 0 đến 100: 93,2 (hoặc 93,2%) cho 93,2%. Không gõ 0,932."
    )
    assert "không gõ 0,932" in rule.error

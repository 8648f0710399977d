"""Hostile and broken input: every case exits 2 with a located one-line message, no traceback."""

from __future__ import annotations

import contextlib
import os
import tracemalloc
from pathlib import Path
from typing import Any

import pytest
import yaml

from ntm_cli.inputs import yaml_text as yamlio
from ntm_cli.model.errors import InputError

from helpers import TOY_SETS as FIXTURE_SETS
from helpers import run

BAD = Path(__file__).parents[1] / "bad_input"
TABLE: dict[str, list[str]] = yaml.safe_load((BAD / "expected.yaml").read_text(encoding="utf-8"))
CASES = sorted(TABLE)


def _assert_located(output: str, path: Path, at: str, message: str) -> None:
    assert "Traceback" not in output
    prefix = f"{path}:{at}: "
    lines = [line for line in output.splitlines() if line.startswith(prefix)]
    assert any(message in line for line in lines), f"no {prefix}…{message} in:\n{output}"


def test_corpus_has_at_least_30_cases_and_every_file_has_an_expectation() -> None:
    files = sorted(p.name for p in BAD.iterdir() if p.name != "expected.yaml")
    assert files == CASES
    assert len(CASES) >= 30


# Letters only Vietnamese has: a Vietnamese sentence has some, an English one none.
VIETNAMESE = set("ăâđêôơưáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ")


def _messages(output: str, path: Path) -> list[str]:
    """The message part of every `file:line:col: message` line about path."""
    prefix = f"{path}:"
    return [line.split(": ", 1)[1] for line in output.splitlines() if line.startswith(prefix)]


@pytest.mark.parametrize("name", CASES, ids=[Path(c).stem for c in CASES])
def test_validate_reports_the_case(name: str) -> None:
    at, vietnamese, _ = TABLE[name]
    result = run("validate", "--sets-dir", FIXTURE_SETS, BAD / name)
    assert result.exit_code == 2
    _assert_located(result.stdout, BAD / name, at, vietnamese)
    assert "Traceback" not in result.stderr
    for line in result.stdout.splitlines():  # every problem is one line naming the file
        assert line.startswith(f"{BAD / name}:")


@pytest.mark.parametrize("name", CASES, ids=[Path(c).stem for c in CASES])
def test_validate_reports_the_case_in_english_on_request(name: str) -> None:
    at, _, english = TABLE[name]
    for how in (("--lang", "en"), ()):
        env = {} if how else {"NTM_LANG": "en"}
        result = run("validate", "--sets-dir", FIXTURE_SETS, BAD / name, *how, env=env)
        assert result.exit_code == 2
        _assert_located(result.stdout, BAD / name, at, english)


@pytest.mark.parametrize("name", CASES, ids=[Path(c).stem for c in CASES])
def test_every_error_of_the_corpus_is_vietnamese_by_default(name: str) -> None:
    vietnamese = _messages(
        run("validate", "--sets-dir", FIXTURE_SETS, BAD / name).stdout, BAD / name
    )
    english = _messages(
        run("validate", "--sets-dir", FIXTURE_SETS, BAD / name, "--lang", "en").stdout, BAD / name
    )
    assert vietnamese and len(vietnamese) == len(english)
    for vi, en in zip(vietnamese, english, strict=True):
        assert VIETNAMESE & set(vi.lower()), vi
        assert vi != en


# `ntm evaluate` reads commune data the way `validate` does: YAML files and sheets.
COMMUNE_CASES = [c for c in CASES if not c.startswith("set-")]


@pytest.mark.parametrize("name", COMMUNE_CASES, ids=[Path(c).stem for c in COMMUNE_CASES])
def test_evaluate_refuses_the_case_with_the_same_message(name: str) -> None:
    at, message, _ = TABLE[name]
    result = run("evaluate", "--sets-dir", FIXTURE_SETS, BAD / name)
    assert result.exit_code == 2
    _assert_located(result.stderr, BAD / name, at, message)
    assert "Traceback" not in result.stdout


def _sheet(path: Path, rows: list[list[object]], merge: str | None = None) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    if merge:
        sheet.merge_cells(merge)
    book.save(path)
    return path


def test_xlsx_with_a_merged_header_cell(tmp_path: Path) -> None:
    # Officials merge "Lao động" over two indicator columns; the second column loses its key.
    path = _sheet(
        tmp_path / "merged.xlsx",
        [
            ["commune", "region", "year", "2.1 Lao động", None, "2.2"],
            ["Thử", "btb", 2023, 50, 45, 10],
        ],
        merge="D1:E1",
    )
    result = run("validate", "--sets-dir", FIXTURE_SETS, path)
    assert result.exit_code == 2
    _assert_located(result.stdout, path, "1:E", "ô tên cột bị trống (hoặc là phần của một ô gộp)")


def test_xlsx_with_a_merged_last_header_cell(tmp_path: Path) -> None:
    path = _sheet(
        tmp_path / "merged-last.xlsx",
        [["commune", "region", "year", "2.1 Lao động", None], ["Thử", "btb", 2023, 50, 10]],
        merge="D1:E1",
    )
    result = run("validate", "--sets-dir", FIXTURE_SETS, path)
    assert result.exit_code == 2
    _assert_located(result.stdout, path, "2:E", "có giá trị trong một cột không có tiêu đề")


def test_xlsx_with_a_missing_header_cell(tmp_path: Path) -> None:
    path = _sheet(
        tmp_path / "missing.xlsx",
        [["commune", "region", "year", None, "2.2"], ["Thử", "btb", 2023, 50, 10]],
    )
    result = run("validate", "--sets-dir", FIXTURE_SETS, path)
    assert result.exit_code == 2
    _assert_located(result.stdout, path, "1:D", "ô tên cột bị trống")


def test_one_bad_file_does_not_stop_the_others() -> None:
    good = Path(__file__).parents[1] / "fixtures" / "communes" / "toy-a.yaml"
    result = run(
        "validate", "--sets-dir", FIXTURE_SETS, BAD / "tab-indent.yaml", good, BAD / "binary.yaml"
    )
    assert result.exit_code == 2
    assert f"{good}: OK" in result.stdout
    assert f"{BAD / 'tab-indent.yaml'}:8:1:" in result.stdout
    assert f"{BAD / 'binary.yaml'}:1:1:" in result.stdout


def test_all_problems_of_a_file_are_reported_in_line_order(tmp_path: Path) -> None:
    path = tmp_path / "many.yaml"
    path.write_text(
        "commune: Thử\nregion: btb\nyear: 2023\ncriteria_set: toy-xa\nindicators:\n"
        '  "2.1": 120\n  "9.9": 1\n  "2.2": -1\ncriteria:\n  "77": đạt\n',
        encoding="utf-8",
    )
    result = run("validate", "--sets-dir", FIXTURE_SETS, path)
    assert result.exit_code == 2
    assert [line.split(": ")[0] for line in result.stdout.splitlines()] == [
        f"{path}:6:10",
        f"{path}:7:3",
        f"{path}:8:10",
        f"{path}:10:3",
    ]


# -------------------------------------------------------------- generated cases


def test_huge_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    with path.open("wb") as handle:  # sparse: no 21 MB written to disk
        handle.truncate(yamlio.MAX_FILE_BYTES + 1024 * 1024)
    result = run("validate", path)
    assert result.exit_code == 2
    _assert_located(result.stdout, path, "1:1", "tệp quá lớn (21 MB > 20 MB); hãy chia")


def test_size_limit_is_the_module_constant(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(yamlio, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "big.yaml"
    path.write_text("commune: A\nyear: 2023\nnotes: " + "x" * 2000 + "\n", encoding="utf-8")
    result = run("validate", path)
    assert result.exit_code == 2
    _assert_located(result.stdout, path, "1:1", "tệp quá lớn")


def test_an_empty_folder_named_like_a_file(tmp_path: Path) -> None:
    folder = tmp_path / "communes.yaml"
    folder.mkdir()
    result = run("validate", folder)
    assert result.exit_code == 2
    _assert_located(
        result.stdout,
        folder,
        "1:1",
        "ở đây không có tệp .yaml, .yml, .csv, .xlsx, .xls hay .ods nào",
    )


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.yaml"
    result = run("validate", path)
    assert result.exit_code == 2
    _assert_located(result.stdout, path, "1:1", "không có tệp hay thư mục này")


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.yaml"
    path.write_text("commune: A\n")

    real_open = os.open

    def denied(file: Any, *args: Any, **kwargs: Any) -> int:
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    # chmod 0 does not stop root (CI): make opening this one file fail instead
    monkeypatch.setattr(os, "open", denied)
    result = run("validate", path)
    assert result.exit_code == 2
    _assert_located(result.stdout, path, "1:1", "không đọc được tệp: Permission denied")


@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("[" * 100_000, "1:101"),
        ("- " * 40_000 + "x", "1:201"),
        ("{a: " * 40_000 + "1" + "}" * 40_000, "1:401"),
        ("a:\n" + "".join(" " * i + "a:\n" for i in range(1, 3000)), "101:101"),
    ],
    ids=["flow-lists", "compact-lists", "flow-mappings", "indentation"],
)
def test_deep_nesting_is_refused_at_the_first_level_too_deep(
    tmp_path: Path, text: str, at: str
) -> None:
    # libyaml's C composer overflows the stack on ~30,000 levels: this once killed Python.
    path = tmp_path / "deep.yaml"
    path.write_text(text)
    result = run("validate", path)
    assert result.exit_code == 2
    _assert_located(result.stdout, path, at, f"lồng quá {yamlio.MAX_DEPTH} cấp")


def test_nesting_up_to_the_limit_is_fine() -> None:
    depth = yamlio.MAX_DEPTH
    assert yamlio.parse_yaml("[" * depth + "]" * depth, "x.yaml") is not None


def test_self_referencing_alias_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "loop.yaml"
    path.write_text("commune: A\nyear: 2023\nnotes: &n [*n]\n")
    result = run("validate", path)
    assert result.exit_code == 2
    assert f"{path}:3:" in result.stdout


def test_alias_bomb_is_refused_with_bounded_memory() -> None:
    text = (BAD / "alias-bomb.yaml").read_text(encoding="utf-8")
    tracemalloc.start()
    try:
        with pytest.raises(InputError, match=r"yaml\.alias_bomb"):
            yamlio.parse_yaml(text, "bomb.yaml")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 5 * 1024 * 1024  # fully expanded, the document would hold 10^9 strings


def test_modest_anchors_are_still_allowed() -> None:
    data = yamlio.parse_yaml("s: &s QĐ 318, Phụ lục I\na: *s\nb: *s\n", "set.yaml")
    assert data == {"s": "QĐ 318, Phụ lục I", "a": "QĐ 318, Phụ lục I", "b": "QĐ 318, Phụ lục I"}


def test_utf8_bom_is_accepted_as_utf8(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes("\ufeffcommune: Thử\nregion: btb\nyear: 2023\ncriteria_set: toy-xa\n".encode())
    result = run("validate", "--sets-dir", FIXTURE_SETS, path)
    assert result.exit_code == 0, result.output


def test_yaml_11_booleans_are_not_read_as_flags(tmp_path: Path) -> None:
    # "no" (no makeshift houses) must not become a silent "chưa đạt"
    path = tmp_path / "no.yaml"
    path.write_text(
        'commune: Thử\nregion: btb\nyear: 2023\ncriteria_set: toy-xa\nindicators:\n  "1.1": no\n'
    )
    result = run("validate", "--sets-dir", FIXTURE_SETS, path)
    assert result.exit_code == 2
    _assert_located(result.stdout, path, "6:10", "ntm không đọc được giá trị 'no'")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_commune_read_from_a_pipe_and_its_size_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `ntm validate <(generate-commune)` hands over a pipe: no size is known in advance.
    import threading

    def piped(text: str) -> Path:
        fifo = tmp_path / f"pipe-{len(text)}.yaml"
        os.mkfifo(fifo)

        def write() -> None:
            with contextlib.suppress(BrokenPipeError):  # the reader may stop at the limit
                fifo.write_text(text, encoding="utf-8")

        threading.Thread(target=write, daemon=True).start()
        return fifo

    good = "commune: A\nregion: btb\nyear: 2023\nindicators: {'2.1': 50}\n"
    result = run("validate", piped(good), "--set", "toy-xa", "--sets-dir", FIXTURE_SETS)
    assert result.exit_code == 0, result.stdout
    monkeypatch.setattr(yamlio, "MAX_FILE_BYTES", 1000)
    path = piped(good + "notes: " + "x" * 70_000 + "\n")
    result = run("validate", path)
    assert result.exit_code == 2
    _assert_located(result.stdout, path, "1:1", "tệp quá lớn")


def test_batch_json_errors_carry_the_message_key_in_both_languages() -> None:
    import json

    keys = {}
    for lang in ("vi", "en"):
        result = run(
            "batch", "--sets-dir", FIXTURE_SETS, BAD / "percent-over-100.yaml", "-f", "json",
            "--lang", lang, "-j", "1",
        )  # fmt: skip
        assert result.exit_code == 2
        (error,) = json.loads(result.stdout)["errors"]
        keys[lang] = error["key"]
        assert error["message"] == TABLE["percent-over-100.yaml"][1 if lang == "vi" else 2]
    assert keys == {"vi": "check.over_100", "en": "check.over_100"}


@pytest.mark.parametrize(
    ("text", "anchors"),
    [
        ("a: &x 1\nb: *x\n", True),
        ("- &x 1\n- *x\n", True),
        ("[&x 1, *x]", True),
        ("evidence: TVPL Q&A, R & D\n", False),
        ("page: https://example.vn/a.aspx?ZID1=14&ID1=2&ID8=131802\n", False),
        ("evidence: Dân tộc & Phát triển\n", False),
    ],
)
def test_only_text_that_may_hold_an_anchor_gets_the_alias_check(text: str, anchors: bool) -> None:
    assert yamlio.may_hold_anchors(text) is anchors

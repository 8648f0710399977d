"""Names from user files are inert text in every output: no rich markup, no escape sequence."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import TOY_SETS, run

NAME = "Xã [/]Thử [bold]A [link=http://example.invalid]y"


@pytest.fixture
def commune(tmp_path: Path) -> Path:
    path = tmp_path / "xa.yaml"
    path.write_text(
        f'commune: "{NAME}"\ndistrict: "[red]Huyện"\nyear: 2023\nregion: btb\n'
        'criteria_set: toy-xa\nindicators:\n  "2.1": 50\n',
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize(
    "args",
    [["evaluate"], ["evaluate", "--ladder"], ["batch"], ["batch", "--by", "district"]],
    ids=["evaluate", "ladder", "batch", "batch-by-district"],
)
def test_markup_in_names_is_printed_not_interpreted(commune: Path, args: list[str]) -> None:
    result = run(*args, commune, "--sets-dir", TOY_SETS)
    assert result.exit_code == 1, result.stderr
    assert "internal error" not in result.stderr
    assert "[/]Thử [bold]A" in result.stdout
    assert "\x1b]8;" not in result.stdout  # no hyperlink escape sequence


def test_markup_in_a_set_title_is_printed_by_sets_list(tmp_path: Path) -> None:
    folder = tmp_path / "sets"
    folder.mkdir()
    source = (TOY_SETS / "toy-xa.yaml").read_text(encoding="utf-8")
    lines = source.splitlines()
    lines = ["id: toy-markup" if line.startswith("id:") else line for line in lines]
    lines = [
        'title: {vi: "Bộ [/]thử", en: "Set [bold]x"}' if line.startswith("title:") else line
        for line in lines
    ]
    (folder / "toy-markup.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run("sets", "list", "--sets-dir", folder)
    assert result.exit_code == 0, result.stderr
    assert "Bộ [/]thử" in result.stdout


ESCAPES = "\x1b]0;PWN\x07\x1b[2J\x9b"  # window title, clear screen, a C1 CSI


@pytest.mark.parametrize("fmt", ["table", "text", "markdown", "csv", "html"])
def test_escape_sequences_in_names_never_reach_the_output(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / "xa.yaml"
    path.write_text(
        f'commune: "Xã Thử{ESCAPES.encode("unicode_escape").decode()}"\nyear: 2023\n'
        'region: btb\ncriteria_set: toy-xa\nindicators:\n  "2.1": 50\n',
        encoding="utf-8",
    )
    for command in ("evaluate", "batch"):
        floor = ["--floor", "1"] if command == "batch" else []  # the text names it under it
        result = run(command, path, "--sets-dir", TOY_SETS, "-f", fmt, *floor)
        assert result.exit_code == 1, result.stderr
        assert not {"\x1b", "\x07", "\x9b"} & set(result.stdout), (command, fmt)
        assert "Xã Thử" in result.stdout


@pytest.mark.english
def test_escape_sequences_in_a_file_name_are_inert_in_error_lines(tmp_path: Path) -> None:
    path = tmp_path / "xa\x1b[2J.yaml"
    path.write_text("commune: Thử\n", encoding="utf-8")
    for command in ("evaluate", "batch", "validate"):
        result = run(command, path)
        assert result.exit_code == 2
        assert "\x1b" not in result.stdout + result.stderr, command


@pytest.mark.parametrize("command", ["evaluate", "batch"])
def test_markdown_shows_html_and_pipes_in_names_as_text(tmp_path: Path, command: str) -> None:
    path = tmp_path / "xa.yaml"
    path.write_text(
        'commune: "<script>alert(1)</script> | A"\ndistrict: "H|1"\nyear: 2023\nregion: btb\n'
        'criteria_set: toy-xa\nindicators:\n  "2.1": 50\n',
        encoding="utf-8",
    )
    result = run(command, path, "--sets-dir", TOY_SETS, "-f", "markdown")
    assert result.exit_code == 1, result.stderr
    assert "<script>" not in result.stdout
    assert r"\<script\>alert(1)\</script\> \| A" in result.stdout
    if command == "batch":  # the district column keeps its pipe inside the cell
        assert r"| H\|1 " in result.stdout

"""Sources an official can cite: no research-file name, section mark, "not found:" note or bare
IP address reaches a user, in any bundled set, any template ntm writes or any `sets show`.

The research trail stays in the set files as `evidence:` and is shown only on request.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from ntm_cli.inputs.registry import Registry
from ntm_cli.inputs.yaml_text import parse_yaml, read_text

from helpers import ROOT, run

SETS_DIR = ROOT / "criteria_sets"
SET_IDS = sorted(p.stem for p in SETS_DIR.glob("*.yaml"))
LANGS = ("vi", "en")
# "not found:" is how research notes began ("not found: <file> <section>"); a note saying
# "… are NOT FOUND: every criterion is scored from …" is a statement for the user.
RESEARCH = re.compile(r"ntm-[a-z0-9-]+\.md|§|not found:|\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b")


def leaks(text: str) -> list[str]:
    """Each research trace in text, with a little context."""
    return [text[max(m.start() - 40, 0) : m.end() + 20] for m in RESEARCH.finditer(text)]


def without_evidence(data: Any) -> Any:
    if isinstance(data, dict):
        return {k: without_evidence(v) for k, v in data.items() if k != "evidence"}
    if isinstance(data, list):
        return [without_evidence(v) for v in data]
    return data


@pytest.mark.parametrize("set_id", SET_IDS)
def test_bundled_set_files_keep_research_traces_only_as_evidence(set_id: str) -> None:
    path = SETS_DIR / f"{set_id}.yaml"
    text = read_text(path)
    shown = json.dumps(without_evidence(parse_yaml(text, str(path))), ensure_ascii=False)
    comments = "\n".join(line for line in text.splitlines() if line.lstrip().startswith("#"))
    assert leaks(shown) == [] and leaks(comments) == []


@pytest.mark.parametrize("set_id", SET_IDS)
def test_every_source_of_a_bundled_set_is_a_citation_with_its_page(set_id: str) -> None:
    criteria_set = Registry().get(set_id)
    for key, source in criteria_set.sources.items():
        assert not isinstance(source, str), f"{set_id} {key}: a bare line, not a citation"
        # A page that could not be kept (a mirror known only by its IP address) says so.
        assert source.page or "chưa có địa chỉ gốc" in source.document, key
        assert source.page is None or source.page.startswith("http"), key
    for indicator in criteria_set.indicators().values():
        for rule in indicator.thresholds:
            assert rule.source and not re.fullmatch(r"[A-Z]+\d+(, [A-Z]+\d+)*", rule.source)


@cache
def shown_sets(set_id: str) -> dict[str, str]:
    out = {}
    for lang in LANGS:
        for fmt in ("table", "markdown", "json"):
            result = run("sets", "show", set_id, "--format", fmt, "--lang", lang)
            assert result.exit_code == 0, result.output
            out[f"{fmt}-{lang}"] = result.stdout
    return out


@pytest.mark.parametrize("set_id", SET_IDS)
def test_sets_show_has_no_research_traces(set_id: str) -> None:
    for name, text in shown_sets(set_id).items():
        assert leaks(text) == [], name


@pytest.mark.parametrize("set_id", SET_IDS)
@pytest.mark.parametrize("lang", LANGS)
def test_templates_have_no_research_traces(tmp_path: Path, set_id: str, lang: str) -> None:
    yaml_text = run("template", "--set", set_id, "--lang", lang)
    assert yaml_text.exit_code == 0, yaml_text.output
    assert leaks(yaml_text.stdout) == []
    if Registry().get(set_id).level in ("huyen", "tinh"):
        return  # a district or province set has a YAML template only
    book_path = tmp_path / "mau.xlsx"
    made = run("template", "--set", set_id, "--lang", lang, "-o", book_path)
    assert made.exit_code == 0, made.output
    book = load_workbook(book_path)
    cells = [
        str(cell.value)
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if cell.value is not None
    ]
    cells += [
        c.comment.text for s in book.worksheets for r in s.iter_rows() for c in r if c.comment
    ]
    assert leaks("\n".join(cells)) == []


def test_the_requirements_sheet_cites_document_then_page(tmp_path: Path) -> None:
    path = tmp_path / "mau.xlsx"
    assert (
        run("template", "--set", "qd318-xa-nang-cao", "--year", "2024", "-o", path).exit_code == 0
    )
    rows = list(load_workbook(path)["Yêu cầu"].iter_rows(values_only=True))
    health = next(r for r in rows if r and r[0] == "14.1")
    assert str(health[5]).startswith(
        "Quyết định 2373/QĐ-BYT ngày 31/8/2022 của Bộ Y tế hướng dẫn các tiêu chí, chỉ tiêu về y tế"
    )
    assert " — https://laocaigov.vnptweb.vn/" in str(health[5])


def test_a_mirror_known_only_by_ip_is_cited_without_its_address() -> None:
    text = shown_sets("qd1980-xa-ntm")["markdown-vi"]
    line = next(t for t in text.splitlines() if t.startswith("- S20:"))
    assert "chưa có địa chỉ gốc để dẫn" in line and "http" not in line


def test_evaluate_json_cites_documents(tmp_path: Path) -> None:
    result = run("evaluate", ROOT / "examples" / "xa-thanh-huong-2022.yaml", "-f", "json")
    data = json.loads(result.stdout)
    sources = {i["source"] for c in data["criteria"] for i in c["indicators"] if i.get("source")}
    assert sources and all(not re.fullmatch(r"[A-Z]+\d+(, [A-Z]+\d+)*", s) for s in sources)
    assert leaks(result.stdout) == []


def test_the_research_trail_is_shown_on_request() -> None:
    plain = run("sets", "show", "qd318-xa-nang-cao", "-f", "markdown").stdout
    trail = run("sets", "show", "qd318-xa-nang-cao", "-f", "markdown", "--evidence").stdout
    assert "Ghi chép tra cứu" not in plain
    assert "Ghi chép tra cứu (không dùng để trích dẫn)" in trail
    assert "ntm-thresholds-found.md" in trail  # kept, and only here
    data = json.loads(run("sets", "show", "qd318-xa-nang-cao", "-f", "json", "--evidence").stdout)
    assert data["sources"]["T9"]["evidence"].startswith("QĐ 2373/QĐ-BYT")
    plain_json = json.loads(run("sets", "show", "qd318-xa-nang-cao", "-f", "json").stdout)
    assert plain_json["sources"]["T9"].startswith("Quyết định 2373/QĐ-BYT ngày 31/8/2022")

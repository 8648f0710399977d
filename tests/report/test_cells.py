"""Formula neutralisation for CSV and XLSX output."""

from __future__ import annotations

import pytest

from ntm_cli.report.cells import neutralise


@pytest.mark.parametrize("text", ["=1+1", "+84 123", "-x", "@SUM(A1)", '=HYPERLINK("x")'])
def test_text_starting_a_formula_gets_an_apostrophe(text: str) -> None:
    assert neutralise(text) == "'" + text


@pytest.mark.parametrize("value", ["Thạch Hóa", "", "a=b", 16.1, -5, None, True])
def test_other_cells_are_unchanged(value: object) -> None:
    assert neutralise(value) == value

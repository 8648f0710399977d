"""`ntm evaluate` on several communes and `ntm batch` on the same files state the same figures.

Both go through the one roll-up; this runs the two commands on communes of three sets
(QĐ 1980, QĐ 318 and QĐ 51/2025) and compares every figure each prints.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from helpers import EXAMPLES, run

FILES = [
    EXAMPLES / "xa-thach-hoa-2023.yaml",
    EXAMPLES / "xa-thanh-huong-2022.yaml",
    EXAMPLES / "xa-minh-hoa-qd1980-2020.yaml",
    EXAMPLES / "xa-minh-hoa-2026.yaml",
]
FIGURE = re.compile(r'<dd data-figure="(\w+)">([^<]*)</dd>')
BAR = re.compile(r"<title>([^<]*)</title>")


def _figures(page: str) -> dict[str, str]:
    return dict(FIGURE.findall(page))


def _most_missed_bars(page: str) -> list[str]:
    """The bar titles of the first most-missed chart (the chart after its heading)."""
    heading = "<h3>Tiêu chí nhiều xã chưa đạt (hoặc chưa đánh giá được) nhất"
    chart = page.split(heading, 1)[1].split("</svg>", 1)[0]
    return BAR.findall(chart)[1:]  # the first title is the chart's own


def test_communes_meeting_and_average_agree_in_every_output(tmp_path: Path) -> None:
    evaluated = run("evaluate", *FILES, "--format", "json")
    batched = run("batch", *FILES, "--format", "json")
    communes = json.loads(evaluated.stdout)
    summary = json.loads(batched.stdout)["summary"]
    assert len(communes) == summary["communes"] == 4
    assert sum(c["status"] == "met" for c in communes) == summary["met"]
    # Four sets and years: no average over x/19 and y/10; each (set, year) has its own.
    assert summary["average_met"] is None and summary["under_floor"] is None
    by_key = {(c["criteria_set"], c["year"]): c["met"] for c in communes}
    assert {(s["criteria_set"], s["year"]): s["average_met"] for s in summary["sets"]} == {
        key: float(met) for key, met in by_key.items()
    }

    page = run("evaluate", *FILES, "--format", "html").stdout
    batch_page = run("batch", *FILES, "--format", "html").stdout
    figures, batch_figures = _figures(page), _figures(batch_page)
    for key in ("communes", "meeting"):
        assert figures[key] == batch_figures[key], key
    assert figures["communes"] == "4"
    assert "average" not in figures and "average" not in batch_figures


def test_most_missed_criteria_agree_and_are_named_within_their_own_set() -> None:
    page = run("evaluate", *FILES, "--format", "html").stdout
    batch_page = run("batch", *FILES, "--format", "html").stdout
    bars = _most_missed_bars(page)
    assert bars and bars == _most_missed_bars(batch_page)
    # Criterion 2 is "Giao thông" in QĐ 318 and "Hạ tầng kinh tế – xã hội" in QĐ 51/2025:
    # each set's criteria are counted and named within that set.
    missed = json.loads(run("batch", *FILES, "--format", "json").stdout)["summary"]["most_missed"]
    first = [
        m
        for m in missed
        if (m["criteria_set"], m["year"]) == (missed[0]["criteria_set"], missed[0]["year"])
    ]
    shown = [f"{m['name']} ({int(m['id']):02d}): {m['communes']} xã" for m in first[:10]]
    assert bars == shown
    names = {(m["criteria_set"], m["id"]): m["name"] for m in missed}
    if ("qd318-xa-ntm", "2") in names and ("qd51-2025-xa-ntm", "2") in names:
        assert names[("qd318-xa-ntm", "2")] == "Giao thông"
        assert names[("qd51-2025-xa-ntm", "2")] == "Hạ tầng kinh tế – xã hội"


def test_names_are_shown_when_every_commune_uses_one_set() -> None:
    page = run("evaluate", *FILES[:2], "--format", "html").stdout
    assert page.count("<h3>") >= 2
    assert not any(bar.startswith("tiêu chí ") for bar in _most_missed_bars(page))

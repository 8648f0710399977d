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
    """The bar titles of the most-missed chart (the chart after its heading)."""
    chart = page.split("nhất</h3>", 1)[1].split("</svg>", 1)[0]
    return BAR.findall(chart)[1:]  # the first title is the chart's own


def test_communes_meeting_and_average_agree_in_every_output(tmp_path: Path) -> None:
    evaluated = run("evaluate", *FILES, "--format", "json")
    batched = run("batch", *FILES, "--format", "json")
    communes = json.loads(evaluated.stdout)
    summary = json.loads(batched.stdout)["summary"]
    assert len(communes) == summary["communes"] == 4
    assert sum(c["status"] == "met" for c in communes) == summary["met"]
    met = sum(c["met"] for c in communes)
    assert summary["average_met"] == round(met / len(communes) + 1e-9, 1)

    page = run("evaluate", *FILES, "--format", "html").stdout
    batch_page = run("batch", *FILES, "--format", "html").stdout
    figures, batch_figures = _figures(page), _figures(batch_page)
    for key in ("communes", "meeting", "average"):
        assert figures[key] == batch_figures[key], key
    assert figures["communes"] == "4"
    assert figures["average"] == f"{summary['average_met']:.1f}".replace(".", ",")


def test_most_missed_criteria_agree_and_are_named_only_when_unambiguous() -> None:
    page = run("evaluate", *FILES, "--format", "html").stdout
    batch_page = run("batch", *FILES, "--format", "html").stdout
    bars = _most_missed_bars(page)
    assert bars and bars == _most_missed_bars(batch_page)
    # Four communes, three sets: criterion 2 is "Giao thông" in one set and "Hạ tầng kinh
    # tế – xã hội" in another, so neither name may stand for it.
    assert all(bar.startswith("tiêu chí ") for bar in bars), bars
    missed = json.loads(run("batch", *FILES, "--format", "json").stdout)["summary"]["most_missed"]
    shown = [f"tiêu chí {int(m['id']):02d}: {m['communes']} xã" for m in missed[:10]]
    assert bars == shown


def test_names_are_shown_when_every_commune_uses_one_set() -> None:
    page = run("evaluate", *FILES[:2], "--format", "html").stdout
    assert page.count("<h3>") >= 2
    assert not any(bar.startswith("tiêu chí ") for bar in _most_missed_bars(page))

"""Hypothesis strategies for communes scored against the invented toy set."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from ntm_cli.model.regions import REGION_CODES

percent = st.floats(min_value=0, max_value=100, allow_nan=False)
flag = st.sampled_from(["đạt", "chưa đạt", "na"])


@st.composite
def counts(draw: st.DrawFn) -> dict[str, float]:
    total = draw(st.integers(min_value=1, max_value=10_000))
    return {"achieved": draw(st.integers(min_value=0, max_value=total)), "total": total}


@st.composite
def toy_communes(draw: st.DrawFn) -> dict[str, Any]:
    """Any mix of given, missing, n/a and declared values for tests/fixtures/sets/toy-xa."""
    values: dict[str, Any] = {}
    for indicator_id in ("1.1", "4.1", "4.2", "4.3"):
        if draw(st.booleans()):
            values[indicator_id] = draw(flag)
    for indicator_id in ("2.1", "2.2"):
        choice = draw(st.sampled_from(["missing", "na", "percent", "count"]))
        if choice == "na":
            values[indicator_id] = "na"
        elif choice == "percent":
            values[indicator_id] = draw(percent)
        elif choice == "count":
            values[indicator_id] = draw(counts())
    if draw(st.booleans()):
        values["3.1"] = draw(st.floats(min_value=0, max_value=500, allow_nan=False))
    declared = draw(
        st.dictionaries(
            st.sampled_from(["1", "2", "3", "4", "5"]), st.sampled_from(["đạt", "chưa đạt"])
        )
    )
    return {
        "commune": "Thử",
        "region": draw(st.sampled_from(REGION_CODES)),
        "year": draw(st.integers(min_value=2021, max_value=2025)),
        "extremely_disadvantaged": draw(st.booleans()),
        "indicators": values,
        "criteria": declared,
    }

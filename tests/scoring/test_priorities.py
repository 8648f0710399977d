"""Target plans (`--plan --target N`): which criteria are cheapest to reach."""

from __future__ import annotations

from ntm_cli.model.sets import Text
from ntm_cli.scoring.priorities import Priority, target_steps


def item(criterion: str, gap: float | None, invest: bool | None) -> Priority:
    return Priority("indicator", criterion, Text(vi=criterion), invest, gap)


def test_a_criterion_is_as_far_as_its_hardest_indicator() -> None:
    items = [item("A", 0.01, False), item("B", 0.1, False), item("A", 0.3, False)]
    steps = target_steps(items, 2)
    assert [s.criterion_id for s in steps] == ["B", "A"]
    assert steps[1].relative_gap == 0.3 and len(steps[1].items) == 2


def test_no_investment_only_when_every_indicator_needs_none() -> None:
    items = [item("A", 0.01, False), item("A", 0.02, True), item("B", 0.5, False)]
    steps = target_steps(items, 2)
    assert [(s.criterion_id, s.needs_investment) for s in steps] == [("B", False), ("A", True)]


def test_unsized_gaps_come_after_sized_ones_and_untagged_counts_as_investment() -> None:
    items = [item("A", None, False), item("B", 0.9, False), item("C", 0.01, None)]
    steps = target_steps(items, 3)
    assert [s.criterion_id for s in steps] == ["B", "A", "C"]
    assert steps[2].needs_investment is None


def test_fewer_criteria_than_the_target_gives_what_there_is() -> None:
    assert len(target_steps([item("A", 0.1, True)], 5)) == 1
    assert target_steps([], 2) == ()

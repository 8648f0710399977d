"""The shape batch reports are rendered from (prose, HTML): a plain roll-up structure.

These protocols name only the fields the renderers read; issue 4's roll-up records
(`rollup.Rollup`, `Tally`, `CommuneSummary`, `formatters.batch_common.BatchReport`) have
them, so they plug in unchanged; tests build the same shape by hand.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from decimal import ROUND_HALF_UP, Decimal
from typing import Protocol

from ntm_cli.model.sets import Text


class TallyView(Protocol):
    """Counts for the whole batch or for one district/province."""

    @property
    def district(self) -> str | None: ...
    @property
    def province(self) -> str | None: ...
    @property
    def communes(self) -> int: ...
    @property
    def met(self) -> int: ...
    @property
    def criteria_met(self) -> int: ...
    @property
    def under_floor(self) -> int: ...


class CommuneView(Protocol):
    """One scored commune in a batch: counts and each criterion's status."""

    @property
    def commune(self) -> str: ...
    @property
    def district(self) -> str | None: ...
    @property
    def province(self) -> str | None: ...
    @property
    def set_id(self) -> str: ...
    @property
    def met(self) -> int: ...
    @property
    def total(self) -> int: ...
    @property
    def statuses(self) -> Sequence[tuple[str, str]]: ...


class RollupView(Protocol):
    """The batch figures."""

    @property
    def overall(self) -> TallyView: ...
    @property
    def groups(self) -> Sequence[TallyView]: ...
    @property
    def by(self) -> str | None: ...
    @property
    def floor(self) -> int: ...
    @property
    def under_floor(self) -> Sequence[CommuneView]: ...
    @property
    def most_missed(self) -> Sequence[tuple[str, int]]: ...
    @property
    def distribution(self) -> Sequence[tuple[int, int]]: ...


class BatchView(Protocol):
    """A scored batch: figures, communes, and the criterion names of the sets used."""

    @property
    def rollup(self) -> RollupView: ...
    @property
    def communes(self) -> Sequence[CommuneView]: ...
    @property
    def names(self) -> Mapping[str, Text]: ...


def average_met(tally: TallyView) -> Decimal | None:
    """Criteria met per commune, one decimal, rounded half up as the reports round."""
    if not tally.communes:
        return None
    value = Decimal(tally.criteria_met) / Decimal(tally.communes)
    return value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def labeller(report: BatchView, lang: str) -> Callable[[str], str]:
    """Criterion id -> 'Giao thông (02)'; 'tiêu chí 02' / 'criterion 02' under several sets.

    The roll-up keys criterion names by id only; under two different sets the same id can
    name two different criteria, so a name is shown only when it is unambiguous.
    """
    one_set = len({c.set_id for c in report.communes}) <= 1  # once per report, not per label
    word = "criterion" if lang == "en" else "tiêu chí"
    cache: dict[str, str] = {}

    def label(criterion_id: str) -> str:
        if criterion_id not in cache:
            number = f"{int(criterion_id):02d}" if criterion_id.isdigit() else criterion_id
            name = report.names.get(criterion_id)
            cache[criterion_id] = (
                f"{name.get(lang)} ({number})" if name and one_set else f"{word} {number}"
            )
        return cache[criterion_id]

    return label

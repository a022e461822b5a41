"""The coverage matrix of the listening plan: segment × lifecycle stage, for one period.

PMQA 3.1 a (1) asks an agency to listen to every group at every stage of the service lifecycle.
Each cell puts what the plan says (the methods planned for that group at that stage) beside
what was heard (entries in the listening log in the period), so the gaps show: stages with no
planned method, planned methods nothing was heard through, and voices heard without a plan.

Pure: segments and channels are any hashable keys (the services pass database ids; ``None``
stands for entries recorded without a segment).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from vocdesk.domain.enums import LifecycleStage


class CoverageStatus(StrEnum):
    COVERED = "covered"  # planned, and heard
    NOT_HEARD = "not_heard"  # planned, but nothing heard in the period
    UNPLANNED = "unplanned"  # heard, though no method is planned
    GAP = "gap"  # no method planned and nothing heard


@dataclass(frozen=True)
class PlannedMethod:
    """One line of the listening plan, as far as coverage needs it."""

    segment: Hashable
    stage: LifecycleStage
    channel: Hashable
    method: str = ""


@dataclass(frozen=True)
class CoverageCell:
    segment: Hashable
    stage: LifecycleStage
    planned: tuple[PlannedMethod, ...]
    heard: int  # entries in the period, through any channel
    heard_by_channel: tuple[tuple[Hashable, int], ...]  # most heard first
    silent_channels: tuple[Hashable, ...]  # planned channels nothing was heard through

    @property
    def status(self) -> CoverageStatus:
        if self.planned:
            return CoverageStatus.COVERED if self.heard else CoverageStatus.NOT_HEARD
        return CoverageStatus.UNPLANNED if self.heard else CoverageStatus.GAP

    @property
    def heard_through_plan(self) -> int:
        """Entries that came through a channel the plan names for this cell."""
        planned = {p.channel for p in self.planned}
        return sum(n for channel, n in self.heard_by_channel if channel in planned)


@dataclass(frozen=True)
class CoverageRow:
    segment: Hashable
    cells: tuple[CoverageCell, ...]  # one per stage, in LifecycleStage order

    @property
    def heard(self) -> int:
        return sum(cell.heard for cell in self.cells)


@dataclass(frozen=True)
class CoverageMatrix:
    stages: tuple[LifecycleStage, ...]
    rows: tuple[CoverageRow, ...]

    def cell(self, segment: Hashable, stage: LifecycleStage) -> CoverageCell:
        for row in self.rows:
            if row.segment == segment:
                return row.cells[self.stages.index(stage)]
        raise KeyError(segment)

    def cells(self) -> Iterable[CoverageCell]:
        for row in self.rows:
            yield from row.cells

    def count(self, status: CoverageStatus) -> int:
        return sum(1 for cell in self.cells() if cell.status is status)

    def stage_total(self, stage: LifecycleStage) -> int:
        column = self.stages.index(stage)
        return sum(row.cells[column].heard for row in self.rows)

    @property
    def heard(self) -> int:
        return sum(row.heard for row in self.rows)


def build_coverage(
    segments: Sequence[Hashable],
    plan: Iterable[PlannedMethod],
    counts: Mapping[tuple[Hashable, LifecycleStage, Hashable], int],
) -> CoverageMatrix:
    """The matrix for ``segments`` (in their order), the ``plan`` and the entry ``counts`` by
    (segment, stage, channel). A segment that only the plan or the counts know (an inactive
    one, or ``None`` for entries without a segment) gets a row after the others, so no entry
    drops out of the totals."""
    stages = tuple(LifecycleStage)
    planned: dict[tuple[Hashable, LifecycleStage], list[PlannedMethod]] = {}
    for item in plan:
        planned.setdefault((item.segment, LifecycleStage(item.stage)), []).append(item)
    heard: dict[tuple[Hashable, LifecycleStage], dict[Hashable, int]] = {}
    for (segment, stage, channel), n in counts.items():
        if n:
            by_channel = heard.setdefault((segment, LifecycleStage(stage)), {})
            by_channel[channel] = by_channel.get(channel, 0) + n
    order = list(dict.fromkeys(segments))
    known = set(order)
    extra = [key[0] for key in (*planned, *heard) if key[0] not in known]
    order += [s for s in dict.fromkeys(extra) if s is not None]
    if None in extra:
        order.append(None)  # entries without a segment: always the last row
    rows = []
    for segment in order:
        cells = []
        for stage in stages:
            items = tuple(planned.get((segment, stage), ()))
            by_channel = heard.get((segment, stage), {})
            ranked = tuple(sorted(by_channel.items(), key=lambda pair: -pair[1]))
            silent = tuple(dict.fromkeys(p.channel for p in items if not by_channel.get(p.channel)))
            cells.append(
                CoverageCell(segment, stage, items, sum(by_channel.values()), ranked, silent)
            )
        rows.append(CoverageRow(segment, tuple(cells)))
    return CoverageMatrix(stages, tuple(rows))

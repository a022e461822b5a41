"""The figures of the PMQA category 3 evidence pack, as plain data (no database, no Qt).

``services/reports/pmqa_figures.py`` fills them from the areas' services; ``pmqa_report.py``
lays them out. Aggregates only: nothing here names or identifies a person.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from vocdesk.domain.complaints.kpis import KpiFigures
from vocdesk.domain.fiscal import Period
from vocdesk.domain.tables import Named


@dataclass(frozen=True)
class SegmentFacts:
    name: Named
    kind: str  # SegmentKind value
    priority: str  # Priority value
    requirements: tuple[str, ...]
    expectations: tuple[str, ...]
    services: tuple[Named, ...]
    members: int  # stakeholders in the registry


@dataclass(frozen=True)
class ChannelFacts:
    name: Named
    digital: bool
    by_stage: tuple[int, ...]  # before, during, after

    @property
    def total(self) -> int:
        return sum(self.by_stage)


@dataclass(frozen=True)
class CoverageFacts:
    segment: Named | None  # None: entries placed in no segment
    statuses: tuple[str, ...]  # CoverageStatus value per stage
    heard: tuple[int, ...]  # entries per stage


@dataclass(frozen=True)
class ListeningFacts:
    total: int
    channels: tuple[ChannelFacts, ...]  # most heard first
    stage_totals: tuple[int, ...]
    plan_methods: int  # active lines of the listening plan
    covered: int
    not_heard: int
    unplanned: int
    gaps: int
    coverage: tuple[CoverageFacts, ...]


@dataclass(frozen=True)
class RegistryFacts:
    current: int
    potential: int
    former: int
    comparators: tuple[str, ...]  # organisations whose results we compare with


@dataclass(frozen=True)
class SegmentScore:
    name: Named
    responses: int
    mean: float | None
    percent: float | None


@dataclass(frozen=True)
class GapFacts:
    title: Named
    importance: float | None
    satisfaction: float | None
    gap: float | None


@dataclass(frozen=True)
class BenchmarkFacts:
    level: Named  # "Overall", a dimension or an item
    ours: float | None
    organisation: str
    fiscal_year: int
    theirs: float
    difference: float | None


@dataclass(frozen=True)
class TrendFacts:
    fiscal_year: int
    round: int
    responses: int
    mean: float | None
    percent: float | None
    target: float | None


@dataclass(frozen=True)
class WeakItem:
    title: Named
    percent: float | None
    dissatisfied_pct: float | None


@dataclass(frozen=True)
class SurveyFacts:
    code: str
    title: Named
    fiscal_year: int
    points: int
    responses: int
    mean: float | None
    sd: float | None
    percent: float | None
    band: Named | None
    satisfied_pct: float | None
    target: float | None
    target_met: bool | None
    engagement: float | None
    segments: tuple[SegmentScore, ...]
    gaps: tuple[GapFacts, ...]
    benchmarks: tuple[BenchmarkFacts, ...]
    trend: tuple[TrendFacts, ...]
    dissatisfied_respondents_pct: float | None
    low_answer_pct: float | None
    weakest: tuple[WeakItem, ...]
    comparators: tuple[str, ...] = ()
    """The organisations the survey is compared with (some may hold no comparable figure)."""


@dataclass(frozen=True)
class StandardFacts:
    category: Named
    acknowledge_days: int
    first_response_days: int
    resolve_days: int
    notify_days: int
    received: int
    resolved_pct: float | None
    notified_pct: float | None


@dataclass(frozen=True)
class ComplaintFacts:
    kpis: KpiFigures
    standards: tuple[StandardFacts, ...]
    open_now: int
    overdue_now: int


@dataclass(frozen=True)
class CountFacts:
    name: Named | None  # None: none recorded
    count: int


@dataclass(frozen=True)
class RelationshipFacts:
    total: int
    by_segment: tuple[CountFacts, ...]
    by_kind: tuple[tuple[str, int], ...]  # ActivityKind value, count
    digital: int  # through a digital channel, or on social media


@dataclass(frozen=True)
class DoneAction:
    title: str
    completed_on: date | None
    sources: int  # linked entries, complaints and findings


@dataclass(frozen=True)
class ImprovementFacts:
    entries_heard: int
    entries_acted_on: int
    complaints_received: int
    complaints_acted_on: int
    by_status: tuple[tuple[str, int], ...]  # ImprovementStatus value, actions
    done_with_outcome: int
    open_now: int
    overdue_now: int
    done: tuple[DoneAction, ...]  # finished in the period, latest first


@dataclass(frozen=True)
class PmqaFigures:
    fiscal_year: int  # B.E.
    period: Period
    registry: RegistryFacts
    segments: tuple[SegmentFacts, ...]
    listening: ListeningFacts
    survey: SurveyFacts | None
    complaints: ComplaintFacts
    relationships: RelationshipFacts
    improvement: ImprovementFacts

"""The figures of the PMQA category 3 evidence pack, read through the services the tabs use.

Each part is the tab's own figure for the same period: the listening counts and coverage
(``OverviewService.listening_figures``), the complaint KPIs (``ComplaintKpisService.report``
by category, whose total is the KPI page's and the Overview's), the latest satisfaction survey
(``OverviewService.latest_survey``, ``SurveyAnalysisService``, ``BenchmarkService``), activities
by segment (``OverviewService.activities_by_segment``), the improvement loop
(``ImprovementActionsService.loop_summary``). The only query of its own counts the period's
activities by kind and channel (one grouped count over ``ix_activity_at``).

The parts run on a few threads, each in its own read transaction, as the Overview's do.
Aggregates only: no name, identifier or comment of a person is read.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from concurrent.futures import ThreadPoolExecutor
from datetime import date

from sqlalchemy import func, select

from vocdesk.db.models import Activity, Channel
from vocdesk.domain.complaints.kpis import Dimension
from vocdesk.domain.enums import ActivityKind, StakeholderStatus
from vocdesk.domain.fiscal import Period
from vocdesk.domain.surveys.benchmark import BenchmarkLevel
from vocdesk.domain.tables import Named, TableQuery
from vocdesk.reports.pmqa_data import (
    BenchmarkFacts,
    ChannelFacts,
    ComplaintFacts,
    CountFacts,
    CoverageFacts,
    DoneAction,
    GapFacts,
    ImprovementFacts,
    ListeningFacts,
    PmqaFigures,
    RegistryFacts,
    RelationshipFacts,
    SegmentFacts,
    SegmentScore,
    StandardFacts,
    SurveyFacts,
    TrendFacts,
    WeakItem,
)
from vocdesk.services.complaints.categories import ComplaintCategoriesService
from vocdesk.services.complaints.kpis import ComplaintKpisService
from vocdesk.services.database import Database
from vocdesk.services.listening.improvement import ActionFilter, ImprovementActionsService
from vocdesk.services.overview.figures import OverviewService
from vocdesk.services.periods import in_period
from vocdesk.services.registry.segments import SegmentsService
from vocdesk.services.registry.stakeholders import RegistryService
from vocdesk.services.surveys.analysis import OVERALL_NAME, SurveyAnalysisService
from vocdesk.services.surveys.benchmarks import BenchmarkService

TOP_ITEMS = 5  # weakest items, largest gaps
DONE_LISTED = 15  # improvement actions finished in the period, listed by title


class PmqaFiguresReader:
    def __init__(self, db: Database, today: Callable[[], date]) -> None:
        self._db = db
        self._today = today
        self.overview = OverviewService(db, today)

    def gather(self, fiscal_year: int, period: Period) -> PmqaFigures:
        # On a pool of three (issue 18): one after another on the caller's thread cut the
        # window's longest stall during the report by ~15 ms (46/37 against 62/47 ms, scale 200,
        # load 3.7 and two `yes`), but made the report 1.6x as long (7.3-7.9 s against 4.4-4.7 s).
        with ThreadPoolExecutor(max_workers=3, thread_name_prefix="pmqa") as pool:
            complaints = pool.submit(self.complaints, period)
            listening = pool.submit(self.listening, period)
            survey = pool.submit(self.survey, period)
            segments = self.segments()
            relationships = self.relationships(period)
            improvement = self.improvement(period)
            survey_facts = survey.result()
            return PmqaFigures(
                fiscal_year=fiscal_year,
                period=period,
                registry=self.registry(survey_facts.comparators if survey_facts else ()),
                segments=segments,
                listening=listening.result(),
                survey=survey_facts,
                complaints=complaints.result(),
                relationships=relationships,
                improvement=improvement,
            )

    def registry(self, comparators: tuple[str, ...]) -> RegistryFacts:
        """The registry's counts; ``comparators`` come with the survey's benchmark (read once)."""
        status = RegistryService(self._db).status_counts(TableQuery())
        return RegistryFacts(
            status[StakeholderStatus.CURRENT],
            status[StakeholderStatus.POTENTIAL],
            status[StakeholderStatus.FORMER],
            comparators,
        )

    def segments(self) -> tuple[SegmentFacts, ...]:
        service = SegmentsService(self._db)
        services = {choice.id: choice.name for choice in service.service_choices()}
        return tuple(
            SegmentFacts(
                name=info.name,
                kind=str(info.data.kind),
                priority=str(info.data.priority),
                requirements=info.data.requirements,
                expectations=info.data.expectations,
                services=tuple(services[key] for key in info.data.service_ids if key in services),
                members=info.stakeholders,
            )
            for info in service.list_segments(include_inactive=False)
        )

    def listening(self, period: Period) -> ListeningFacts:
        feedback, coverage = self.overview.listening_figures(period)
        with self._db.session_scope() as session:
            digital = set(session.scalars(select(Channel.id).where(Channel.is_digital.is_(True))))
        names: dict[Hashable, Named] = {
            choice.id: choice.name for choice in RegistryService(self._db).segment_choices()
        }
        rows = tuple(
            CoverageFacts(
                names.get(row.segment) if row.segment is not None else None,
                tuple(str(cell.status) for cell in row.cells),
                tuple(cell.heard for cell in row.cells),
            )
            for row in coverage.matrix.rows
        )
        return ListeningFacts(
            total=feedback.total,
            channels=tuple(
                ChannelFacts(row.channel, row.channel_id in digital, row.by_stage)
                for row in feedback.by_channel
            ),
            stage_totals=tuple(stage.count for stage in feedback.by_stage),
            plan_methods=sum(len(cell.planned) for cell in coverage.matrix.cells()),
            covered=coverage.covered,
            not_heard=coverage.not_heard,
            unplanned=coverage.unplanned,
            gaps=coverage.gaps,
            coverage=rows,
        )

    def survey(self, period: Period) -> SurveyFacts | None:
        latest = self.overview.latest_survey(period)
        if latest is None:
            return None
        analysis = SurveyAnalysisService(self._db)
        results = analysis.results(latest.survey_id)
        trend = analysis.trend(latest.survey_id)
        comparison = BenchmarkService(self._db).comparison(latest.survey_id, results)
        overall = results.overall
        titles = {row.code: row.title for row in results.rows}
        benchmarks = []
        for level in comparison.levels:
            name = OVERALL_NAME if level.level is BenchmarkLevel.OVERALL else level.name
            for comparator, value in zip(comparison.comparators, level.values, strict=True):
                if value is not None:
                    benchmarks.append(
                        BenchmarkFacts(
                            name,
                            level.ours,
                            comparator.organisation,
                            comparator.fiscal_year,
                            value.percent,
                            value.difference,
                        )  # fmt: skip
                    )
        dissatisfaction = results.dissatisfaction
        return SurveyFacts(
            code=latest.code,
            title=latest.title,
            fiscal_year=latest.fiscal_year,
            points=results.survey.points,
            responses=latest.responses,
            mean=overall.mean,
            sd=overall.sd,
            percent=latest.percent,
            band=overall.band_name,
            satisfied_pct=overall.satisfied_pct,
            target=latest.target_percent,
            target_met=latest.target_met,
            engagement=results.engagement.value if results.engagement else None,
            segments=tuple(
                SegmentScore(s.name, s.responses, s.rows[-1].mean, s.rows[-1].percent)
                for s in results.segments
                if s.rows
            ),
            gaps=tuple(
                GapFacts(
                    Named(f"{g.number} {g.title.th}".strip(), f"{g.number} {g.title.en}".strip()),
                    g.importance_mean,
                    g.satisfaction_mean,
                    g.gap,
                )  # fmt: skip
                for g in results.gaps[:TOP_ITEMS]
            ),
            benchmarks=tuple(benchmarks),
            comparators=tuple(dict.fromkeys(c.organisation for c in comparison.comparators)),
            trend=tuple(
                TrendFacts(r.fiscal_year, r.round, r.responses, r.mean, r.percent, r.target_percent)
                for r in trend.rounds
            ),
            dissatisfied_respondents_pct=dissatisfaction.dissatisfied_pct,
            low_answer_pct=dissatisfaction.low_answer_pct,
            weakest=tuple(
                WeakItem(
                    titles.get(row.code, row.title)
                    if not row.number
                    else Named(f"{row.number} {row.title.th}", f"{row.number} {row.title.en}"),
                    row.percent,
                    row.dissatisfied_pct,
                )
                for row in dissatisfaction.weakest[:TOP_ITEMS]
            ),
        )

    def complaints(self, period: Period) -> ComplaintFacts:
        report = ComplaintKpisService(self._db, self._today).report(period, Dimension.CATEGORY)
        by_key = {group.key: group for group in report.groups}
        standards = []
        for category in ComplaintCategoriesService(self._db).list_categories():
            group = by_key.get(category.id.hex if category.id else "")
            if not category.active and group is None:
                continue
            standards.append(
                StandardFacts(
                    Named(category.name_th, category.name_en),
                    category.acknowledge_days,
                    category.first_response_days,
                    category.resolve_days,
                    category.notify_days,
                    group.figures.received if group else 0,
                    group.figures.resolved_pct if group else None,
                    group.figures.notified_pct if group else None,
                )  # fmt: skip
            )
        open_now, overdue_now, _due_soon = self.overview.queue_counts()
        return ComplaintFacts(report.total, tuple(standards), open_now, overdue_now)

    def relationships(self, period: Period) -> RelationshipFacts:
        by_segment = self.overview.activities_by_segment(period)
        with self._db.session_scope() as session:
            digital = set(session.scalars(select(Channel.id).where(Channel.is_digital.is_(True))))
            grouped = session.execute(
                select(Activity.kind, Activity.channel_id, func.count())
                .where(in_period(Activity.occurred_at, period))
                .group_by(Activity.kind, Activity.channel_id)
            ).all()
        kinds: dict[str, int] = {}
        through_it = 0
        for kind, channel, count in grouped:
            kinds[str(kind)] = kinds.get(str(kind), 0) + count
            if channel in digital or kind == ActivityKind.SOCIAL_MEDIA:
                through_it += count
        return RelationshipFacts(
            total=sum(row.count for row in by_segment),
            by_segment=tuple(CountFacts(row.segment, row.count) for row in by_segment),
            by_kind=tuple((str(k), kinds[str(k)]) for k in ActivityKind if kinds.get(str(k))),
            digital=through_it,
        )

    def improvement(self, period: Period) -> ImprovementFacts:
        service = ImprovementActionsService(self._db, self._today)
        loop = service.loop_summary(period)
        counts = self.overview.action_counts()
        finished = service.list_actions(
            TableQuery(sort_key="completed", descending=True), 0, 200, show=ActionFilter.FINISHED
        )
        done = [
            DoneAction(row.title, row.completed_on, row.sources)
            for row in finished
            if str(row.status) == "done"
            and row.completed_on is not None
            and period.start <= row.completed_on <= period.end
        ]
        return ImprovementFacts(
            entries_heard=loop.entries_heard,
            entries_acted_on=loop.entries_acted_on,
            complaints_received=loop.complaints_received,
            complaints_acted_on=loop.complaints_acted_on,
            by_status=tuple((str(status), n) for status, n in loop.actions.items()),
            done_with_outcome=loop.actions_done_with_outcome,
            open_now=counts.open,
            overdue_now=counts.overdue,
            done=tuple(done[:DONE_LISTED]),
        )

"""A survey's results as a table file (CSV with BOM, or XLSX): ``vocdesk export survey-results``.

One row per item, per dimension and overall, for all respondents (``segment`` empty) and then
for each segment with responses (``segment`` = its code), in the order of
``SurveyResults.rows``. Figures are written unrounded (a machine reads the file; round when
showing): ``mean``, ``sd``, ``percent``, ``satisfied_pct`` and ``dissatisfied_pct`` are the
floats the analysis computed; an empty cell means "no figure" (no answers; S.D. with n < 2).
``band`` is the band's Thai label, ``band_en`` its English one, ``band_level`` its number.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from vocdesk.domain.accounts import Permission
from vocdesk.io.table_file import write_rows
from vocdesk.services.audit_exports import record_export
from vocdesk.services.authorization import require, requires
from vocdesk.services.database import Database
from vocdesk.services.surveys.analysis import ScoreRow, SurveyAnalysisService, SurveyResults
from vocdesk.services.transfer import export_file

RESULT_COLUMNS = (
    "level", "code", "segment", "n", "mean", "sd", "percent", "band", "satisfied_pct",
    "dissatisfied_pct", "band_level", "band_en", "points", "number", "dimension", "title_th",
    "title_en",
)  # fmt: skip


def result_rows(results: SurveyResults) -> Iterator[list[Any]]:
    """The file's rows: all respondents, then each segment."""
    rows: list[ScoreRow] = list(results.rows)
    for segment in results.segments:
        rows.extend(segment.rows)
    for row in rows:
        yield [
            row.level.value, row.code, row.segment, row.n, row.mean, row.sd, row.percent,
            row.band_name.th if row.band_name else None, row.satisfied_pct, row.dissatisfied_pct,
            row.band, row.band_name.en if row.band_name else None, row.points, row.number,
            row.dimension, row.title.th, row.title.en,
        ]  # fmt: skip


class SurveyResultsExporter:
    """Writes one survey's results; ``export_results`` writes through a partial file."""

    def __init__(self, db: Database, survey_id: uuid.UUID) -> None:
        self._db = db
        self._service = SurveyAnalysisService(db)
        self._survey_id = survey_id

    @requires(Permission.EXPORT)
    def export(self, path: Path, *, search: str = "", progress: Any = None) -> int:
        results = self._service.results(self._survey_id)
        return write_rows(list(RESULT_COLUMNS), result_rows(results), path)


def export_results(db: Database, code: str, path: Path) -> int:
    """Write the results of the survey ``code`` to ``path`` (CSV or XLSX by its extension); the
    rows written. An unknown code is a UserError; a failed export leaves no file behind. Needs
    the permission EXPORT; put on the audit trail (``services.audit_exports``)."""
    require(db, Permission.EXPORT)
    survey_id = SurveyAnalysisService(db).find_survey(code)
    count = export_file(SurveyResultsExporter(db, survey_id), path)  # type: ignore[arg-type]
    record_export(db, "survey-results", path, count)
    return count

"""Importing complaints into a database whose categories or channels are empty: a clear message
where the file relies on them, and nothing written."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select

from vocdesk.db.models import Channel, Complaint, ComplaintCategory
from vocdesk.domain.messages import UserError
from vocdesk.services.complaints.importer import ComplaintImporter
from vocdesk.services.database import Database, open_database
from vocdesk.services.transfer import check_file, import_file


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database, _ = open_database(tmp_path / "vocdesk.sqlite")
    yield database
    database.dispose()


def _empty(db: Database, entity: type) -> None:
    with db.session_scope() as session:
        session.execute(delete(entity))


def _file(tmp_path: Path) -> Path:
    path = tmp_path / "cases.csv"
    path.write_text(
        "number,received,subject,channel\n2569/000001,2025-10-08 09:00,ไฟดับ,\n", encoding="utf-8"
    )
    return path


def _cases(db: Database) -> int:
    with db.session_scope() as session:
        return session.scalar(select(func.count()).select_from(Complaint)) or 0


def test_no_categories_is_a_problem_of_the_row_without_one_and_nothing_is_written(
    db: Database, tmp_path: Path
) -> None:
    _empty(db, ComplaintCategory)
    importer = ComplaintImporter(db)

    problems = [p.as_message().english() for p in check_file(importer, _file(tmp_path)).problems]
    with pytest.raises(
        UserError
    ) as direct:  # apply without check: the same message, not StopIteration
        importer.apply(check_file(ComplaintImporter(db), _file(tmp_path)))

    assert problems == ["Row 2: there are no complaint categories yet: add them (Complaints › Categories and "
                        "standards…) before importing cases."]  # fmt: skip
    assert "no complaint categories" in direct.value.message.english()
    assert _cases(db) == 0


def test_no_channels_is_a_problem_unless_the_row_names_its_channel(
    db: Database, tmp_path: Path
) -> None:
    _empty(db, Channel)
    path = _file(tmp_path)

    problems = [p.as_message().english() for p in check_file(ComplaintImporter(db), path).problems]
    with pytest.raises(UserError):
        import_file(ComplaintImporter(db), path)
    path.write_text(
        path.read_text(encoding="utf-8").replace("ไฟดับ,", "ไฟดับ,LINE"), encoding="utf-8"
    )
    summary = import_file(ComplaintImporter(db), path)

    assert problems == ["Row 2, column D: there are no channels yet: give each case its channel (a new name is "
                        "added), or add channels first."]  # fmt: skip
    assert (summary.added, _cases(db)) == (1, 1)

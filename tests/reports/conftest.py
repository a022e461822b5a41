"""What the report tests share: one demo database (read only), the Thai translation, and the
tools that read a PDF back."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from vocdesk.reports.kit import Translate, untranslated
from vocdesk.services.database import Database, open_database
from vocdesk.services.demo import generate_demo

sys.path.insert(0, str(Path(__file__).parent))  # pdf_tools, report_clock: for every wing's tests


@pytest.fixture(scope="session")
def report_demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """A demo database at scale 1 (every area filled, ending the day before DEMO_TODAY);
    tests only read it."""
    database, _ = open_database(tmp_path_factory.mktemp("report-demo") / "demo.sqlite")
    generate_demo(database)
    yield database
    database.dispose()


@pytest.fixture(scope="session")
def translations(compiled_translations: Path) -> dict[str, Translate]:
    """The translate function of each report language, from the compiled .ts of the tree."""
    from vocdesk.ui.i18n import translator_for

    return {"th": translator_for(compiled_translations, "th"), "en": untranslated}

"""docs/import-export.md is generated from the importers' specs: the committed file must be the
one the script writes today (run scripts/document_columns.py after changing a column)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from vocdesk.services.transfer import IMPORTERS, available_kinds

ROOT = Path(__file__).resolve().parents[2]


def _script():
    spec = importlib.util.spec_from_file_location(
        "document_columns", ROOT / "scripts" / "document_columns.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_committed_import_export_doc_is_current() -> None:
    expected = _script().render()

    assert (ROOT / "docs" / "import-export.md").read_text(encoding="utf-8") == expected, (
        "docs/import-export.md is out of date: run python scripts/document_columns.py"
    )


def test_the_doc_names_every_present_kind_its_headings_and_the_command_lines() -> None:
    text = (ROOT / "docs" / "import-export.md").read_text(encoding="utf-8")

    assert "vocdesk import KIND FILE --db PATH [--map COLUMN:TEXT=VALUE ...]" in text
    assert "vocdesk export KIND FILE --db PATH [--search WORDS]" in text
    for kind in available_kinds(IMPORTERS):
        assert f"(`{kind}`)" in text
    assert "| `date` | วันที่ | yes |" in text

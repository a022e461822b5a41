"""Every string the user can see has a complete Thai translation that fits its placeholders.

When a test here fails after you added or changed a string: run
``bash scripts/update_translations.sh`` and translate the new entries of
``translations/vocdesk_th.ts`` (DESIGN.md §3 has the vocabulary).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from checks import placeholder_problems, texts_built_at_run_time, untranslated
from PySide6.QtCore import QTranslator
from ts_file import (
    REPO_ROOT,
    THAI_TS,
    TsMessage,
    extract_messages,
    python_sources,
    qt_tool,
    read_ts,
    run_tool,
)

HINT = "\nRun `bash scripts/update_translations.sh`, then translate the new entries."


@pytest.fixture(scope="module")
def thai() -> list[TsMessage]:
    assert THAI_TS.is_file(), f"{THAI_TS} is missing." + HINT
    return [m for m in read_ts(THAI_TS) if m.is_current]


def test_every_source_string_is_in_the_thai_translation_file(
    thai: list[TsMessage], tmp_path: Path
) -> None:
    in_source = extract_messages(tmp_path / "from_source.ts")
    known = {m.key for m in thai}

    missing = [m.where() for m in in_source if m.key not in known]

    assert not missing, (
        f"{len(missing)} strings are not in {THAI_TS.name}:\n" + "\n".join(missing) + HINT
    )


def test_every_thai_entry_is_translated(thai: list[TsMessage]) -> None:
    problems = untranslated(thai)

    assert not problems, (
        f"{len(problems)} entries of {THAI_TS.name} are unfinished or empty:\n"
        + "\n".join(problems)
        + HINT
    )


def test_every_translation_keeps_the_placeholders_of_its_source(thai: list[TsMessage]) -> None:
    problems = placeholder_problems(thai)

    assert not problems, "translations that would break .format() or .arg():\n" + "\n".join(
        problems
    )


def test_the_thai_translation_compiles_without_errors(tmp_path: Path) -> None:
    qm = tmp_path / "vocdesk_th.qm"

    result = run_tool([qt_tool("pyside6-lrelease"), str(THAI_TS), "-qm", str(qm)])

    output = result.stdout + result.stderr
    assert result.returncode == 0, f"lrelease failed:\n{output}"
    assert qm.is_file() and qm.stat().st_size > 0
    assert "error" not in output.lower(), output


def test_the_compiled_translation_turns_english_into_thai(
    thai: list[TsMessage], compiled_translations: Path
) -> None:
    translator = QTranslator()
    assert translator.load("vocdesk_th.qm", str(compiled_translations))
    sample = next((m for m in thai if m.is_translated and not m.numerus), None)
    assert sample is not None, f"{THAI_TS.name} has no finished translation yet." + HINT

    shown = translator.translate(sample.context, sample.source, sample.comment or None)

    assert shown == sample.forms[0]


def test_no_translated_text_is_built_at_run_time() -> None:
    offenders = [
        offender
        for path in python_sources()
        for offender in texts_built_at_run_time(
            path.read_text(encoding="utf-8"), str(path.relative_to(REPO_ROOT))
        )
    ]

    assert not offenders, (
        "translate the literal with {named} placeholders, then .format() the result:\n"
        + "\n".join(offenders)
    )

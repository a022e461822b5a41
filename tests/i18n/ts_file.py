"""Reading Qt Linguist .ts files and running lupdate/lrelease, for the translation tests."""

from __future__ import annotations

import re
import shutil
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
SOURCE_DIR = REPO_ROOT / "src" / "vocdesk"
THAI_TS = REPO_ROOT / "translations" / "vocdesk_th.ts"

# Entries lupdate keeps only for history; they are never shown, so they need no translation.
RETIRED_TYPES = {"obsolete", "vanished"}
QT_ARG_MARKER = re.compile(r"%(?:n|L?[1-9][0-9]?)")


@dataclass(frozen=True)
class TsMessage:
    context: str
    source: str
    comment: str  # the disambiguation, usually empty
    numerus: bool
    translation_type: str  # "" (finished), "unfinished", "obsolete" or "vanished"
    forms: tuple[str, ...]  # the translation, one text per plural form

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)

    @property
    def is_current(self) -> bool:
        return self.translation_type not in RETIRED_TYPES

    @property
    def is_translated(self) -> bool:
        return (
            self.translation_type == "" and bool(self.forms) and all(f.strip() for f in self.forms)
        )

    def where(self) -> str:
        return f"[{self.context}] {self.source!r}"


def read_ts(path: Path) -> list[TsMessage]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        context_name = context.findtext("name", default="")
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                forms: tuple[str, ...] = ()
                kind = "unfinished"
            else:
                kind = translation.get("type", "")
                if numerus:
                    forms = tuple(form.text or "" for form in translation.iter("numerusform"))
                else:
                    forms = (translation.text or "",)
            messages.append(
                TsMessage(
                    context=context_name,
                    source=message.findtext("source", default=""),
                    comment=message.findtext("comment", default=""),
                    numerus=numerus,
                    translation_type=kind,
                    forms=forms,
                )
            )
    return messages


def python_sources() -> list[Path]:
    """The files lupdate reads (the same list as scripts/update_translations.sh)."""
    return sorted(p for p in SOURCE_DIR.rglob("*.py") if "migrations" not in p.parts)


def qt_tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    assert found, f"{name} not found beside {sys.executable}: run scripts/setup.sh"
    return found


def run_tool(args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=REPO_ROOT, capture_output=True, text=True, encoding="utf-8")


def extract_messages(target: Path) -> list[TsMessage]:
    """Every translatable string now in the source, collected by lupdate into a fresh ``target``."""
    result = run_tool(
        [
            qt_tool("pyside6-lupdate"),
            *map(str, python_sources()),
            "-locations",
            "none",
            "-no-obsolete",
            "-source-language",
            "en",
            "-target-language",
            "th",
            "-ts",
            str(target),
        ]
    )
    assert result.returncode == 0, f"lupdate failed:\n{result.stdout}{result.stderr}"
    return read_ts(target)


def format_fields(text: str) -> Counter[str] | None:
    """The ``{named}`` fields of a str.format text (None if it is not a valid format string)."""
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError:
        return None
    fields: Counter[str] = Counter()
    for _literal, field, _spec, _conversion in parsed:
        if field is not None:
            fields[re.split(r"[.\[]", field, maxsplit=1)[0]] += 1
    return fields


def qt_markers(text: str) -> Counter[str]:
    """Qt's own argument markers: %n (plural count) and %1 … %99 (QString.arg)."""
    return Counter(QT_ARG_MARKER.findall(text))

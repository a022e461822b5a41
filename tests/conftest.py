"""Shared test set-up: no screen needed, and no test ever touches the user's own files."""

from __future__ import annotations

import os

# Before anything imports Qt: tests draw offscreen, on CI and on a developer's desktop alike.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil  # noqa: E402 - after the environment is set for Qt
import subprocess  # noqa: E402
import sys  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from vocdesk.ui.garbage import collect_on_gui_thread  # noqa: E402
from vocdesk.ui.models.no_data import reserve_none_references  # noqa: E402

# pytest-qt's waits call processEvents, which loses a reference to None per call on PySide6
# 6.12 with Python 3.11; the app does the same at start (app.py, ui/i18n.py).
reserve_none_references()

# A real PostgreSQL server for the tests that ask for one (pg_url, any_db: tests/pg_server.py).
pytest_plugins = ["pg_server"]

REPO_ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS_DIR = REPO_ROOT / "translations"


def qt_tool(name: str) -> str:
    """The path of a PySide6 command-line tool (pyside6-lrelease, pyside6-lupdate) of this venv."""
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        pytest.fail(f"{name} not found beside {sys.executable}: run scripts/setup.sh")
    return found


@pytest.fixture(scope="session", autouse=True)
def one_application(qapp: QApplication) -> QApplication:
    """One QApplication for the whole run, made before the first test.

    Qt allows one application object per process, and widgets need a QApplication. Without
    this, a test that only needs a QCoreApplication (the command line's translator, through
    ``install_headless_translation``) could make one first, and every widget test after it
    would abort the interpreter ("QWidget: Cannot create a QWidget without QApplication").
    pytest-qt's ``qapp`` makes the QApplication; everything else finds it and reuses it.
    Garbage is collected on this (the GUI) thread only, as in the program (ui/garbage.py).
    """
    collect_on_gui_thread(qapp)
    return qapp


@pytest.fixture(autouse=True)
def garbage_collected_on_the_gui_thread(one_application: QApplication) -> Iterator[None]:
    """After each test, what it dropped is collected here, on the GUI thread, when due."""
    yield
    collect_on_gui_thread(one_application).check()


@pytest.fixture(autouse=True)
def isolated_user_files(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Point the settings file and the data folder (default database, demo, backups) at a fresh
    temporary folder for every test."""
    home = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("VOCDESK_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("VOCDESK_SETTINGS", str(home / "settings.ini"))
    return home


@pytest.fixture(scope="session")
def compiled_translations(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with every translations/*.ts compiled to .qm by lrelease (e.g. vocdesk_th.qm),
    for ``LanguageManager(app, translations_dir=...)``. The source tree is left alone."""
    sources = sorted(TRANSLATIONS_DIR.glob("*.ts"))
    if not sources:
        pytest.fail(f"no .ts file in {TRANSLATIONS_DIR}: run scripts/update_translations.sh")
    target = tmp_path_factory.mktemp("translations")
    lrelease = qt_tool("pyside6-lrelease")
    for ts in sources:
        qm = target / ts.with_suffix(".qm").name
        result = subprocess.run(
            [lrelease, "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True
        )
        if result.returncode != 0 or not qm.is_file():
            pytest.fail(f"lrelease failed on {ts.name}:\n{result.stdout}{result.stderr}")
    return target

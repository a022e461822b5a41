"""The wheel carries the whole program: resources/ (the Sarabun fonts, icons, images) and the
translations compiled from translations/*.ts, as package data beside the code (vocdesk/resources,
vocdesk/translations), where vocdesk.paths finds them in an installed wheel.

Everything else is in pyproject.toml. Both folders stay at the top of the repository (the source
tree and the PyInstaller bundle use them there); this step only copies and compiles them into the
build, so a plain ``pip install`` (or ``pip wheel``) of a clean clone needs no project script.

The .qm files are compiled here with lrelease rather than kept in git: a committed binary beside
each .ts would have to be rebuilt and committed by everyone who touches a text, and a stale one
would ship silently. lrelease comes with PySide6-Essentials, which pyproject.toml's
``[build-system] requires`` (an isolated build installs it; ``--no-build-isolation`` uses the
environment's).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
RESOURCES = ROOT / "resources"
TRANSLATIONS = ROOT / "translations"


def lrelease() -> str:
    """Qt's lrelease from the PySide6 of the build environment, else one on PATH."""
    try:
        import PySide6
    except ImportError:
        pass
    else:
        name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
        for folder in (Path(PySide6.__file__).parent, Path(PySide6.__file__).parent / "Qt" / "bin"):
            if (folder / name).is_file():
                return str(folder / name)
    for name in ("pyside6-lrelease", "lrelease"):
        found = shutil.which(name)
        if found:
            return found
    raise SystemExit(
        "lrelease not found: install PySide6-Essentials in the build environment "
        "(pyproject.toml's [build-system] requires it)"
    )


class BuildWithData(build_py):
    """build_py, then resources/ copied and translations/*.ts compiled into the package."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install runs from the source tree, which has both folders
        target = Path(self.build_lib) / "vocdesk"
        for created in self._copy_resources(target) + self._compile_translations(target):
            self._data_outputs.append(str(created))

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        return [*super().get_outputs(include_bytecode), *getattr(self, "_data_outputs", [])]

    def initialize_options(self) -> None:
        super().initialize_options()
        self._data_outputs: list[str] = []

    def _copy_resources(self, target: Path) -> list[Path]:
        if not (RESOURCES / "fonts" / "Sarabun-Regular.ttf").is_file():
            raise SystemExit(f"no Sarabun font in {RESOURCES / 'fonts'}: the wheel would lack it")
        copied = []
        for source in sorted(RESOURCES.rglob("*")):
            if source.is_file():
                destination = target / "resources" / source.relative_to(RESOURCES)
                destination.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, destination)
                copied.append(destination)
        return copied

    def _compile_translations(self, target: Path) -> list[Path]:
        sources = sorted(TRANSLATIONS.glob("*.ts"))
        if not sources:
            raise SystemExit(f"no translations/*.ts in {TRANSLATIONS}")
        folder = target / "translations"
        folder.mkdir(parents=True, exist_ok=True)
        tool = lrelease()
        compiled = []
        for ts in sources:
            qm = folder / ts.with_suffix(".qm").name
            subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)
            if not qm.is_file():
                raise SystemExit(f"lrelease wrote no {qm.name} from {ts.name}")
            compiled.append(qm)
        return compiled


setup(cmdclass={"build_py": BuildWithData})

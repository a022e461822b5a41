"""The set-up files agree with each other: the lock pins every dependency, the venv matches the
lock, CI runs the README's command, and every script parses. The bundle test (marked `bundle`,
left out of the default run; CI runs it) builds the one-folder bundle with `bash scripts/build.sh`
and runs its self-test."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tarfile
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

REPO_ROOT = Path(__file__).resolve().parents[1]
SCRIPTS = sorted((REPO_ROOT / "scripts").glob("*.sh")) + [REPO_ROOT / ".ci" / "run"]


def _pins() -> dict[str, str]:
    pins = {}
    for line in (REPO_ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, _, version = line.partition("==")
            assert version, f"constraints.txt line {line!r} is not an exact pin (name==version)"
            pins[canonicalize_name(name)] = version
    return pins


def _declared_requirements() -> list[Requirement]:
    project = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = list(project["dependencies"])
    for extra in project.get("optional-dependencies", {}).values():
        declared += extra
    return [Requirement(text) for text in declared]


def _installed_closure(roots: list[Requirement]) -> dict[str, str]:
    """Every installed distribution the requirements pull in (markers evaluated), with versions."""
    found: dict[str, str] = {}
    pending = list(roots)
    while pending:
        requirement = pending.pop()
        name = canonicalize_name(requirement.name)
        if name in found:
            continue
        try:
            dist = metadata.distribution(requirement.name)
        except metadata.PackageNotFoundError:
            continue  # an extra not installed here (e.g. the build tools)
        found[name] = dist.version
        for text in dist.requires or []:
            nested = Requirement(text)
            if nested.marker is None or nested.marker.evaluate(
                {**default_environment(), "extra": ""}
            ):
                pending.append(nested)
    return found


def test_every_declared_dependency_is_pinned_in_the_lock() -> None:
    pins = _pins()

    unpinned = [str(r) for r in _declared_requirements() if canonicalize_name(r.name) not in pins]

    assert not unpinned, (
        f"not in constraints.txt: {unpinned}; run `bash scripts/update_constraints.sh`"
    )


def test_every_pin_satisfies_the_ranges_in_pyproject() -> None:
    pins = _pins()

    outside = [
        f"{r} (pinned {pins[canonicalize_name(r.name)]})"
        for r in _declared_requirements()
        if canonicalize_name(r.name) in pins
        and not r.specifier.contains(pins[canonicalize_name(r.name)], prereleases=True)
    ]

    assert not outside, f"constraints.txt pins outside pyproject's ranges: {outside}"


def test_the_installed_packages_are_the_pinned_versions() -> None:
    pins = _pins()
    installed = _installed_closure(_declared_requirements())

    differing = {
        name: f"installed {version}, pinned {pins.get(name, 'nothing')}"
        for name, version in installed.items()
        if pins.get(name) != version
    }

    assert not differing, (
        f"the venv does not match constraints.txt: {differing}; run `bash scripts/setup.sh` "
        "(or `bash scripts/update_constraints.sh` after changing a dependency)"
    )


def test_ci_runs_exactly_the_readme_test_command() -> None:
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    ci_commands = [
        line.strip()
        for line in (REPO_ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.lstrip().startswith(("#", "set ", "cd "))
    ]

    # First the README's command (the quick suite), then the marked slow ones: the bundle.
    assert ci_commands[0] == "bash scripts/test.sh"
    assert all(command.startswith("bash scripts/test.sh -m ") for command in ci_commands[1:])
    assert any("bundle" in command for command in ci_commands[1:])
    assert re.search(r"^bash scripts/test\.sh\b", readme, re.MULTILINE)
    assert re.search(r"^bash scripts/run\.sh\b", readme, re.MULTILINE)


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.name)
def test_every_script_is_valid_bash(script: Path) -> None:
    result = subprocess.run(["bash", "-n", str(script)], capture_output=True, text=True)

    assert result.returncode == 0, result.stderr


BUNDLE = REPO_ROOT / "dist" / "VocDesk"
# Issue 20 added 27 MB on disk (4 MB packed): cryptography's Rust core (14 MB) for the bundles'
# encryption, psycopg's libpq with its OpenSSL (9 MB) and Python's ssl for a PostgreSQL server.
MAX_ON_DISK = 240 * 1024 * 1024
MAX_PACKED = 95 * 1024 * 1024


def _size_on_disk(folder: Path) -> int:
    """What `du` counts: allocated blocks, each hard-linked file once."""
    seen: set[int] = set()
    total = 0
    for path in [folder, *folder.rglob("*")]:
        info = path.lstat()
        if info.st_ino not in seen:
            seen.add(info.st_ino)
            total += info.st_blocks * 512
    return total


@pytest.mark.bundle
def test_the_bundle_builds_passes_its_self_test_and_stays_lean(tmp_path: Path) -> None:
    build = subprocess.run(
        ["bash", str(REPO_ROOT / "scripts" / "build.sh")],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]

    cli = BUNDLE / ("vocdesk-cli.exe" if sys.platform == "win32" else "vocdesk-cli")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    self_test = subprocess.run(
        [str(cli), "--self-test"], capture_output=True, text=True, timeout=600, env=env
    )
    assert self_test.returncode == 0, self_test.stdout + self_test.stderr

    internal = BUNDLE / "_internal"
    for part in (
        "translations/vocdesk_th.qm",
        "resources/fonts/Sarabun-Regular.ttf",
        "resources/icons/vocdesk.png",
        "vocdesk/db/migrations/env.py",
    ):
        assert (internal / part).is_file(), f"{part} is missing from the bundle"

    packed = tmp_path / "VocDesk.tar.gz"
    with tarfile.open(packed, "w:gz") as archive:
        archive.add(BUNDLE, arcname="VocDesk")
    on_disk = _size_on_disk(BUNDLE)
    assert on_disk <= MAX_ON_DISK, f"the bundle takes {on_disk / 2**20:.0f} MB on disk"
    assert packed.stat().st_size <= MAX_PACKED, (
        f"the bundle packs to {packed.stat().st_size / 2**20:.0f} MB"
    )


SAMPLE = "ความพึงพอใจของผู้รับบริการต่อการให้บริการของหน่วยงาน และข้อร้องเรียน 2569 (Survey)"
BREAK_LINES = (
    "import sys; from icu4py.breakers import LineBreaker; "
    "print('|'.join(LineBreaker(sys.argv[1], 'th')))"
)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the bundle slims ICU on Linux")
def test_the_slim_icu_data_breaks_thai_lines_as_the_whole_data_does(tmp_path: Path) -> None:
    """scripts/slim_icu.py keeps what Thai line breaking needs: icu4py loaded against the small
    data library breaks a sentence exactly where it breaks with ICU's whole data."""
    import shutil

    if shutil.which("cc") is None:
        pytest.skip("no C compiler to link the small ICU data library")
    sys.path.insert(0, str(REPO_ROOT / "scripts"))
    try:
        from slim_icu import slim_library
    finally:
        sys.path.pop(0)
    import icu4py

    site = Path(icu4py.__file__).parents[1]
    copy = tmp_path / "site"
    shutil.copytree(site / "icu4py", copy / "icu4py")
    shutil.copytree(site / "icu4py.libs", copy / "icu4py.libs")
    (data,) = (copy / "icu4py.libs").glob("libicudata*")
    whole_size = data.stat().st_size
    kept, before = slim_library(site / "icu4py.libs" / data.name, data)

    def broken(where: Path) -> str:
        env = {**os.environ, "PYTHONPATH": str(where)}
        run = [sys.executable, "-c", BREAK_LINES, SAMPLE]
        return subprocess.run(run, capture_output=True, text=True, env=env, check=True).stdout

    assert kept < before / 10
    assert data.stat().st_size < whole_size / 4
    assert broken(copy) == broken(site)
    assert broken(copy).count("|") > 8  # the Thai words were found, not only the spaces

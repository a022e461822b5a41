"""The set-up files agree with each other: the lock pins every dependency, the venv matches the
lock, CI runs the README's command, and every script parses."""

from __future__ import annotations

import re
import subprocess
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

    assert ci_commands == ["bash scripts/test.sh"]
    assert re.search(r"^bash scripts/test\.sh\b", readme, re.MULTILINE)
    assert re.search(r"^bash scripts/run\.sh\b", readme, re.MULTILINE)


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.name)
def test_every_script_is_valid_bash(script: Path) -> None:
    result = subprocess.run(["bash", "-n", str(script)], capture_output=True, text=True)

    assert result.returncode == 0, result.stderr

"""docs/development.md's map of the house matches the tree: every package of src/vocdesk is on
it, and everything on it is there."""

from __future__ import annotations

import re
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
MARK = "<!-- house-map:"
ENTRY = re.compile(r"^(?P<indent>(?:  )*)(?P<name>[A-Za-z_][\w./]*)(?:\s{2,}|$)")


def _mapped_paths() -> list[Path]:
    text = (REPO_ROOT / "docs" / "development.md").read_text(encoding="utf-8")
    block = text[text.index(MARK) :].split("```")[1]
    paths: list[Path] = []
    parents: list[str] = []
    for line in block.splitlines():
        if not line.strip() or line.startswith(" " * 20):  # a description's continuation line
            continue
        match = ENTRY.match(line)
        assert match, f"not a map entry (name, two spaces, description): {line!r}"
        depth = len(match["indent"]) // 2
        parents = [*parents[:depth], match["name"].rstrip("/")]
        paths.append(REPO_ROOT.joinpath(*parents))
    return paths


def test_everything_on_the_map_is_in_the_tree() -> None:
    paths = _mapped_paths()
    assert len(paths) > 40, "the map block was not found or not read"
    missing = [str(path.relative_to(REPO_ROOT)) for path in paths if not path.exists()]
    assert not missing, "docs/development.md maps what is not there: " + ", ".join(missing)


def test_every_package_of_the_tree_is_on_the_map() -> None:
    mapped = set(_mapped_paths())
    packages = {
        folder
        for folder in (REPO_ROOT / "src" / "vocdesk").rglob("*")
        if folder.is_dir() and folder.name != "__pycache__"
    }
    unmapped = sorted(str(p.relative_to(REPO_ROOT)) for p in packages - mapped)
    assert not unmapped, "packages missing from docs/development.md's map: " + ", ".join(unmapped)

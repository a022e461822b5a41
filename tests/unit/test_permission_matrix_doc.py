"""docs/permissions.md's matrix is the one the services check (domain.accounts.ROLE_PERMISSIONS):
a change to one without the other fails here."""

from __future__ import annotations

from pathlib import Path

from vocdesk.domain.accounts import GRANTED_PERMISSIONS, ROLE_PERMISSIONS, Permission, Role

DOC = Path(__file__).resolve().parents[2] / "docs" / "permissions.md"
START, END = "<!-- permission-matrix -->", "<!-- end permission-matrix -->"


def _matrix() -> tuple[list[str], dict[str, list[str]]]:
    text = DOC.read_text(encoding="utf-8")
    table = text[text.index(START) + len(START) : text.index(END)].strip().splitlines()
    header = [cell.strip() for cell in table[0].strip("|").split("|")]
    rows = {}
    for line in table[2:]:  # after the header and its |---| line
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        rows[cells[0].strip("`")] = cells[1:]
    return header[1:], rows


def test_the_documented_matrix_is_the_one_the_services_check() -> None:
    # Given the table of docs/permissions.md
    roles, rows = _matrix()
    # Then it has a column for each role and a row for each permission
    assert roles == [role.value for role in Role]
    assert list(rows) == [permission.value for permission in Permission]
    # And each cell says what ROLE_PERMISSIONS and the grants say
    for permission in Permission:
        for role, cell in zip(Role, rows[permission.value], strict=True):
            if permission in GRANTED_PERMISSIONS:
                expected = "granted"
            elif permission in ROLE_PERMISSIONS[role]:
                expected = "✓"
            else:
                expected = "—"
            assert cell == expected, f"{permission.value} × {role.value}: {cell!r} in the doc"


def test_a_role_never_carries_a_granted_permission() -> None:
    # The doc promises that the two grants go to a person, never to a role
    for role in Role:
        assert not ROLE_PERMISSIONS[role] & GRANTED_PERMISSIONS


def test_every_permission_is_described() -> None:
    # Given the "what each permission covers" table
    text = DOC.read_text(encoding="utf-8")
    covers = text[text.index("## What each permission covers") :]
    # Then each permission has its row there
    for permission in Permission:
        assert f"| `{permission.value}`" in covers, permission.value

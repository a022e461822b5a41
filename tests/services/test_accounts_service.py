"""AccountsService on real SQLite files: the first administrator (on a new database and on one
made before accounts), lockout, passwords, an administrator's reset, tokens, the last
administrator kept, and staff refused the administration."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from alembic import command

from vocdesk.db.engine import make_engine, sqlite_url
from vocdesk.db.migrate import _config
from vocdesk.domain.accounts import LOCKOUT_MINUTES, MAX_FAILED_SIGN_INS, Principal, Role
from vocdesk.domain.messages import UserError
from vocdesk.services.accounts import AccountsService
from vocdesk.services.authorization import acting
from vocdesk.services.database import Database, open_database

ADMIN_PASSWORD = "correct horse battery"
STAFF_PASSWORD = "staple paper clip"
START = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database, _ = open_database(tmp_path / "accounts.sqlite")
    yield database
    database.dispose()


@pytest.fixture
def accounts(db: Database, clock: Clock) -> AccountsService:
    return AccountsService(db, now=clock)


@pytest.fixture
def with_admin(accounts: AccountsService) -> AccountsService:
    accounts.create_first_administrator("admin", ADMIN_PASSWORD, "Pranee Admin")
    return accounts


def _account(accounts: AccountsService, login: str):  # type: ignore[no-untyped-def]
    return next(row for row in accounts.accounts() if row.login == login)


# --- the first administrator ---------------------------------------------------------------
def test_a_new_database_asks_for_its_first_administrator(
    db: Database, accounts: AccountsService
) -> None:
    assert accounts.needs_first_administrator()
    assert acting(db).setting_up
    signed_in = accounts.create_first_administrator("admin", ADMIN_PASSWORD, "Pranee")
    assert not accounts.needs_first_administrator()
    assert db.actor == signed_in.principal
    assert signed_in.principal.role is Role.ADMINISTRATOR
    assert not signed_in.principal.setting_up
    row = _account(accounts, "admin")
    assert (row.display_name, row.may_read_confidential, row.may_read_personal_data) == (
        "Pranee", True, True,
    )  # fmt: skip
    with pytest.raises(UserError, match="already has an administrator"):
        accounts.create_first_administrator("second", ADMIN_PASSWORD)
    accounts.sign_out()
    assert db.actor is None
    with pytest.raises(UserError, match="Nobody is signed in"):
        acting(db)
    assert accounts.sign_in("admin", ADMIN_PASSWORD).principal.login == "admin"


def test_the_first_administrator_needs_a_good_password(accounts: AccountsService) -> None:
    with pytest.raises(UserError, match="at least 10 characters"):
        accounts.create_first_administrator("admin", "short")
    with pytest.raises(UserError, match="without spaces"):
        accounts.create_first_administrator("two words", ADMIN_PASSWORD)
    assert accounts.needs_first_administrator()


def _legacy_file(path: Path) -> None:
    """A file made by VocDesk at revision 0013: two cases assigned to somchai, malee a
    confidential-complaint officer."""
    engine = make_engine(sqlite_url(path))
    try:
        with engine.begin() as connection:
            command.upgrade(_config(connection), "0013")
    finally:
        engine.dispose()
    connection = sqlite3.connect(path)
    try:
        channel = connection.execute("SELECT id FROM channel LIMIT 1").fetchone()[0]
        category = connection.execute("SELECT id FROM complaint_category LIMIT 1").fetchone()[0]
        now = "2025-11-14 09:00:00.000000"
        for sequence in (1, 2):
            connection.execute(
                "INSERT INTO complaint (fiscal_year, sequence, number, received_at, channel_id,"
                " anonymous, subject, details, category_id, province, district, priority,"
                " confidential, status, assigned_to, reopen_count, resolution, id, created_at,"
                " updated_at, complainant_name, complainant_contact, unit, forwarded_agency,"
                " forwarded_reference, corrective_action, follow_up_comment, version)"
                " VALUES (2569, ?, ?, ?, ?, 0, 'Late bus', '', ?, '', '', 'normal', ?, 'new',"
                " 'somchai', 0, '', ?, ?, ?, '', '', '', '', '', '', '', 1)",
                (sequence, f"2569/{sequence:04d}", now, channel, category, sequence == 2,
                 uuid.uuid4().hex, now, now),
            )  # fmt: skip
        connection.execute(
            "INSERT INTO complaint_officer (user_name, id, created_at, updated_at)"
            " VALUES ('malee', ?, ?, ?)",
            (uuid.uuid4().hex, now, now),
        )
        connection.commit()
    finally:
        connection.close()


def test_a_database_made_before_accounts_gets_its_officers_and_a_first_administrator(
    tmp_path: Path, clock: Clock
) -> None:
    path = tmp_path / "office.sqlite"
    _legacy_file(path)
    db, result = open_database(path, create=False)
    try:
        assert result.from_revision == "0013"
        accounts = AccountsService(db, now=clock)
        assert accounts.needs_first_administrator()
        assert acting(db).setting_up  # administers, so the first administrator can be made
        rows = {row.login: row for row in accounts.accounts()}
        assert set(rows) == {"somchai", "malee"}
        assert not rows["somchai"].has_password and not rows["malee"].has_password
        assert rows["malee"].may_read_confidential
        assert not rows["somchai"].may_read_confidential
        assert {row.role for row in rows.values()} == {Role.STAFF}
        with pytest.raises(UserError, match="has no password yet"):
            accounts.sign_in("somchai", "anything at all")
        accounts.create_first_administrator("admin", ADMIN_PASSWORD)
        accounts.sign_out()
        assert accounts.sign_in("admin", ADMIN_PASSWORD).principal.role is Role.ADMINISTRATOR
        # The carried-over name becomes an account that signs in once it has a password.
        accounts.reset_password(_account(accounts, "somchai").id, STAFF_PASSWORD)
        accounts.sign_out()
        signed_in = accounts.sign_in("somchai", STAFF_PASSWORD)
        assert signed_in.must_change_password
        assert signed_in.principal.role is Role.STAFF
    finally:
        db.dispose()


def test_an_officer_name_becomes_the_first_administrator(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite"
    _legacy_file(path)
    db, _ = open_database(path, create=False)
    try:
        accounts = AccountsService(db)
        accounts.create_first_administrator("malee", ADMIN_PASSWORD)
        rows = {row.login: row for row in accounts.accounts()}
        assert rows["malee"].role is Role.ADMINISTRATOR and rows["malee"].has_password
        assert len(rows) == 2
    finally:
        db.dispose()


# --- lockout ---------------------------------------------------------------------------------
def test_five_wrong_passwords_lock_the_account_until_unlocked_or_later(
    with_admin: AccountsService, clock: Clock
) -> None:
    accounts = with_admin
    accounts.add_account("somchai", STAFF_PASSWORD)
    accounts.sign_out()
    for _ in range(MAX_FAILED_SIGN_INS - 1):
        with pytest.raises(UserError, match="Wrong name or password"):
            accounts.sign_in("somchai", "not the password")
    with pytest.raises(UserError, match="locked until"):
        accounts.sign_in("somchai", "not the password")
    # The sixth attempt, with the right password, is refused while the lock holds.
    clock.now += timedelta(minutes=1)
    with pytest.raises(UserError, match="locked until"):
        accounts.sign_in("somchai", STAFF_PASSWORD)
    clock.now += timedelta(minutes=LOCKOUT_MINUTES)
    assert accounts.sign_in("somchai", STAFF_PASSWORD).principal.login == "somchai"
    accounts.sign_out()
    # Locked again, then an administrator unlocks it at once.
    for _ in range(MAX_FAILED_SIGN_INS):
        with pytest.raises(UserError):
            accounts.sign_in("somchai", "not the password")
    accounts.sign_in("admin", ADMIN_PASSWORD)
    row = _account(accounts, "somchai")
    assert row.locked_until is not None
    accounts.unlock(row.id)
    assert _account(accounts, "somchai").locked_until is None
    accounts.sign_out()
    assert accounts.sign_in("somchai", STAFF_PASSWORD).principal.login == "somchai"


def test_a_wrong_name_and_a_wrong_password_read_the_same(with_admin: AccountsService) -> None:
    with_admin.sign_out()
    with pytest.raises(UserError) as unknown:
        with_admin.sign_in("nobody", ADMIN_PASSWORD)
    with pytest.raises(UserError) as wrong:
        with_admin.sign_in("admin", "not the password")
    assert unknown.value.message == wrong.value.message


# --- passwords -------------------------------------------------------------------------------
def test_changing_ones_password(with_admin: AccountsService) -> None:
    accounts = with_admin
    with pytest.raises(UserError, match="current password is not right"):
        accounts.change_password("not the password", "a brand new password")
    with pytest.raises(UserError, match="at least 10 characters"):
        accounts.change_password(ADMIN_PASSWORD, "short")
    with pytest.raises(UserError, match="must differ"):
        accounts.change_password(ADMIN_PASSWORD, ADMIN_PASSWORD)
    accounts.change_password(ADMIN_PASSWORD, "a brand new password")
    accounts.sign_out()
    with pytest.raises(UserError):
        accounts.sign_in("admin", ADMIN_PASSWORD)
    assert accounts.sign_in("admin", "a brand new password").principal.login == "admin"


def test_an_administrators_reset_asks_for_a_new_password_and_unlocks(
    with_admin: AccountsService,
) -> None:
    accounts = with_admin
    row = accounts.add_account("somchai", STAFF_PASSWORD)
    accounts.sign_out()
    signed_in = accounts.sign_in("somchai", STAFF_PASSWORD)
    assert signed_in.must_change_password  # a new account chooses its own password first
    accounts.change_password(STAFF_PASSWORD, "somchai's own words")
    accounts.sign_out()
    assert not accounts.sign_in("somchai", "somchai's own words").must_change_password
    accounts.sign_out()
    for _ in range(MAX_FAILED_SIGN_INS):
        with pytest.raises(UserError):
            accounts.sign_in("somchai", "forgotten it")
    accounts.sign_in("admin", ADMIN_PASSWORD)
    accounts.reset_password(row.id, "temporary password 1")
    after = _account(accounts, "somchai")
    assert after.must_change_password and after.locked_until is None
    accounts.sign_out()
    assert accounts.sign_in("somchai", "temporary password 1").must_change_password


# --- tokens ----------------------------------------------------------------------------------
def test_tokens_are_issued_used_and_revoked(db: Database, with_admin: AccountsService) -> None:
    accounts = with_admin
    accounts.add_account("backup", STAFF_PASSWORD, Role.SUPERVISOR)
    token = accounts.issue_token("backup", "nightly copy")
    assert token.startswith("vdt_")
    [row] = accounts.tokens()
    assert (row.login, row.label, row.last_used_at, row.revoked_at) == (
        "backup", "nightly copy", None, None,
    )  # fmt: skip
    accounts.sign_out()
    signed_in = accounts.sign_in_with_token(token)
    assert signed_in.principal.login == "backup"
    assert signed_in.principal.role is Role.SUPERVISOR
    assert db.actor == signed_in.principal
    accounts.sign_out()
    accounts.sign_in("admin", ADMIN_PASSWORD)
    [used] = accounts.tokens()
    assert used.last_used_at is not None
    accounts.revoke_token(used.id)
    assert accounts.tokens()[0].revoked_at is not None
    accounts.sign_out()
    with pytest.raises(UserError, match="not valid"):
        accounts.sign_in_with_token(token)
    with pytest.raises(UserError, match="not valid"):
        accounts.sign_in_with_token("vdt_made-up")


# --- the last administrator, and who may administer -----------------------------------------
def test_the_last_administrator_cannot_be_demoted_or_disabled(
    with_admin: AccountsService,
) -> None:
    accounts = with_admin
    admin = _account(accounts, "admin")
    with pytest.raises(UserError, match="at least one active administrator"):
        accounts.update_account(admin.id, role=Role.SUPERVISOR)
    with pytest.raises(UserError, match="at least one active administrator"):
        accounts.update_account(admin.id, active=False)
    assert _account(accounts, "admin").role is Role.ADMINISTRATOR
    assert _account(accounts, "admin").active
    # With a second administrator, the first may step down.
    second = accounts.add_account("deputy", STAFF_PASSWORD, Role.ADMINISTRATOR)
    accounts.update_account(admin.id, role=Role.SUPERVISOR)
    assert _account(accounts, "admin").role is Role.SUPERVISOR
    assert _account(accounts, "deputy").id == second.id


def test_roles_grants_and_disabling(with_admin: AccountsService) -> None:
    accounts = with_admin
    row = accounts.add_account("somchai", STAFF_PASSWORD, display_name="Somchai")
    changed = accounts.update_account(
        row.id, role=Role.SUPERVISOR, may_read_confidential=True, display_name="Somchai S."
    )
    assert (changed.role, changed.may_read_confidential, changed.display_name) == (
        Role.SUPERVISOR, True, "Somchai S.",
    )  # fmt: skip
    accounts.update_account(row.id, active=False)
    accounts.sign_out()
    with pytest.raises(UserError, match="disabled"):
        accounts.sign_in("somchai", STAFF_PASSWORD)


def test_staff_may_not_administer_accounts(db: Database, with_admin: AccountsService) -> None:
    accounts = with_admin
    staff = accounts.add_account("somchai", STAFF_PASSWORD)
    accounts.sign_out()
    accounts.sign_in("somchai", STAFF_PASSWORD)
    for attempt in (
        accounts.accounts,
        lambda: accounts.add_account("mallory", STAFF_PASSWORD, Role.ADMINISTRATOR),
        lambda: accounts.update_account(staff.id, role=Role.ADMINISTRATOR),
        lambda: accounts.reset_password(staff.id, "a new password"),
        lambda: accounts.issue_token("admin"),
        accounts.tokens,
    ):
        with pytest.raises(UserError, match="may not do this"):
            attempt()
    db.actor = Principal(login="malee", role=Role.SUPERVISOR)
    with pytest.raises(UserError, match="may not do this"):
        accounts.accounts()

"""The command line signs in (issue 16): ``--user NAME`` with the password asked (or piped on
one line of standard input), or ``--token-file FILE`` / ``VOCDESK_TOKEN_FILE``; never the
operating system's login. End to end in subprocesses, on a database ``vocdesk demo`` made (its
administrator ``admin``, officer accounts, and the administrator's token beside the file)."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from test_cli import DEMO_TODAY, Run, demo_token, vocdesk_command

from vocdesk.services.demo.accounts import DEMO_PASSWORD

NEW_PASSWORD = "a long new password"


def vocdesk_with(*args: str | Path, stdin: str = "", env: dict[str, str] | None = None) -> Run:
    """``vocdesk ARGS`` with ``stdin`` piped in (a script giving a password) and ``env`` added."""
    done = subprocess.run(
        [sys.executable, "-m", "vocdesk", *map(str, args)],
        input=stdin, capture_output=True, text=True, encoding="utf-8", timeout=180,
        env={**os.environ, "VOCDESK_LANG": "en", "PYTHONIOENCODING": "utf-8", **(env or {})},
    )  # fmt: skip
    run = Run(done.returncode, done.stdout, done.stderr, 0.0)
    assert "Traceback" not in run.out + run.err, run.err
    return run


def _query(path: Path, sql: str, *params: object) -> list[tuple]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql, params).fetchall()
    finally:
        connection.close()


def _officer(path: Path, role: str, confidential: bool) -> str:
    rows = _query(path, "SELECT login FROM user_account WHERE role = ? AND may_read_confidential = ?"
                  " ORDER BY login", role, int(confidential))  # fmt: skip
    return str(rows[0][0])


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Run]:
    path = tmp_path_factory.mktemp("signin") / "office.sqlite"
    run = vocdesk_command("demo", "--db", path, "--scale", "1", "--today", DEMO_TODAY)
    assert run.code == 0, run.err
    return path, run


def _token_for(demo_db: Path, login: str, out: Path) -> Path:
    run = vocdesk_command("users", "token", login, "--out", out, "--db", demo_db,
                          "--token-file", demo_token(demo_db))  # fmt: skip
    assert run.code == 0, run.err
    return out


def test_demo_writes_the_administrators_token_owner_only_and_says_where(demo) -> None:
    path, run = demo
    token = demo_token(path)

    assert token.exists() and stat.S_IMODE(token.stat().st_mode) == 0o600
    assert f"--token-file {token}" in run.out
    assert "admin" in run.out and DEMO_PASSWORD in run.out and "demonstration data only" in run.out
    roles = dict(_query(path, "SELECT role, count(*) FROM user_account GROUP BY role"))
    assert roles["administrator"] == 1 and roles["supervisor"] == 2 and roles["staff"] > 10
    assigned = {n for (n,) in _query(path, "SELECT DISTINCT assigned_to FROM complaint") if n}
    logins = {n for (n,) in _query(path, "SELECT login FROM user_account")}
    assert assigned <= logins  # every officer keeps their cases


def test_logname_no_longer_opens_the_confidential_cases(demo, tmp_path: Path) -> None:
    """The issue's row: ``LOGNAME='<an officer's name>' vocdesk export complaints`` exported
    every confidential case in full. Now nothing is exported without signing in, and signed in
    as someone not granted them, naming a confidential officer in LOGNAME changes nothing."""
    path, _ = demo
    officer = _officer(path, "staff", confidential=True)
    pretend = {"LOGNAME": officer, "USER": officer, "USERNAME": officer}
    out = tmp_path / "complaints.csv"

    refused = vocdesk_with("export", "complaints", out, "--db", path, env=pretend)

    assert refused.code == 2 and refused.out == ""
    assert refused.err.startswith("Sign in: --user NAME") and refused.err.count("\n") == 1
    assert not out.exists()

    supervisor = _token_for(path, _officer(path, "supervisor", False), tmp_path / "s.token")
    as_supervisor = vocdesk_with("export", "complaints", out, "--db", path,
                                 "--token-file", supervisor, env=pretend)  # fmt: skip
    assert as_supervisor.code == 0, as_supervisor.err
    exported, notice = as_supervisor.out.splitlines()
    assert "Complaints: 600 rows" not in exported  # not every case in full, whatever LOGNAME says
    assert "confidential cases you may not read" in notice


def test_a_token_file_from_the_option_or_the_environment_signs_in(demo, tmp_path: Path) -> None:
    path, _ = demo

    by_option = vocdesk_with("settings", "show", "--db", path, "--token-file", demo_token(path))
    by_environment = vocdesk_with(
        "settings", "show", "--db", path, env={"VOCDESK_TOKEN_FILE": str(demo_token(path))}
    )

    assert by_option.code == 0 and by_option.out, by_option.err
    assert (by_environment.code, by_environment.out) == (0, by_option.out), by_environment.err


def test_a_revoked_token_is_refused(demo, tmp_path: Path) -> None:
    path, _ = demo
    token = _token_for(path, "admin", tmp_path / "revoked.token")
    (token_id,) = _query(path, "SELECT id FROM access_token ORDER BY created_at DESC LIMIT 1")[0]
    admin = ("--db", path, "--token-file", demo_token(path))
    assert vocdesk_with("settings", "show", "--db", path, "--token-file", token).code == 0

    revoked = vocdesk_with("users", "revoke-token", str(token_id)[-8:], *admin)
    refused = vocdesk_with("settings", "show", "--db", path, "--token-file", token)

    assert revoked.code == 0 and "revoked" in revoked.out, revoked.err
    assert refused.code == 2 and refused.out == ""
    assert "not valid for this database" in refused.err


def test_user_with_the_password_piped_signs_in_and_a_wrong_one_is_audited(demo) -> None:
    path, _ = demo
    officer = _officer(path, "staff", confidential=False)

    right = vocdesk_with("settings", "show", "--db", path, "--user", officer,
                         stdin=DEMO_PASSWORD + "\n")  # fmt: skip
    wrong = vocdesk_with("settings", "show", "--db", path, "--user", officer,
                         stdin="not the password\n")  # fmt: skip
    nothing = vocdesk_with("settings", "show", "--db", path, "--user", officer)

    assert right.code == 0 and right.out, right.err
    assert (wrong.code, wrong.out, wrong.err) == (2, "", "Wrong name or password.\n")
    assert nothing.code == 2 and "No password was given" in nothing.err
    failed = _query(path, "SELECT user FROM audit_entry WHERE action = 'sign_in_failed'")
    assert (officer,) in failed


def test_a_staff_token_cannot_manage_users_export_or_back_up(demo, tmp_path: Path) -> None:
    path, _ = demo
    staff = _token_for(path, _officer(path, "staff", False), tmp_path / "staff.token")
    accounts_before = _query(path, "SELECT count(*) FROM user_account")

    add = vocdesk_with("users", "add", "intruder", "--role", "administrator", "--db", path,
                       "--token-file", staff, stdin=NEW_PASSWORD + "\n")  # fmt: skip
    export = vocdesk_with("export", "stakeholders", tmp_path / "s.csv", "--db", path,
                          "--token-file", staff)  # fmt: skip
    backup = vocdesk_with("backup", tmp_path / "copy.sqlite", "--db", path, "--token-file", staff)
    restore = vocdesk_with("restore", tmp_path / "any.sqlite", "--db", path, "--token-file", staff)

    for run in (add, export, backup, restore):
        assert run.code == 2 and run.out == "" and "may not do this" in run.err, run.err
    assert "manage users" in add.err and "export files" in export.err
    assert _query(path, "SELECT count(*) FROM user_account") == accounts_before
    assert not (tmp_path / "s.csv").exists() and not (tmp_path / "copy.sqlite").exists()


def test_wrong_passwords_lock_an_account_until_an_administrator_unlocks_it(demo) -> None:
    path, _ = demo
    officer = _officer(path, "staff", confidential=False)
    admin = ("--db", path, "--token-file", demo_token(path))

    tries = [vocdesk_with("settings", "show", "--db", path, "--user", officer, stdin="wrong one\n")
             for _ in range(5)]  # fmt: skip
    locked = vocdesk_with("settings", "show", "--db", path, "--user", officer,
                          stdin=DEMO_PASSWORD + "\n")  # fmt: skip
    listed = vocdesk_with("users", "list", *admin)
    unlocked = vocdesk_with("users", "unlock", officer, *admin)
    again = vocdesk_with("settings", "show", "--db", path, "--user", officer,
                         stdin=DEMO_PASSWORD + "\n")  # fmt: skip
    reset = vocdesk_with("users", "reset-password", officer, *admin, stdin=NEW_PASSWORD + "\n")
    old = vocdesk_with("settings", "show", "--db", path, "--user", officer,
                       stdin=DEMO_PASSWORD + "\n")  # fmt: skip
    new = vocdesk_with("settings", "show", "--db", path, "--user", officer,
                       stdin=NEW_PASSWORD + "\n")  # fmt: skip

    assert all(run.code == 2 for run in tries) and "locked until" in tries[-1].err
    assert locked.code == 2 and "locked until" in locked.err
    assert any(line.startswith(officer) and "locked until" in line
               for line in listed.out.splitlines())  # fmt: skip
    assert unlocked.code == 0 and again.code == 0, (unlocked.err, again.err)
    assert reset.code == 0 and old.code == 2 and new.code == 0, (reset.err, new.err)
    assert "sign in to the window to choose your own" in new.err


def test_version_and_help_need_no_account(demo) -> None:
    path, _ = demo

    for args in (["--version"], ["--help"], ["users", "--help"], ["users", "token", "--help"],
                 ["export", "--help", "--db", str(path)]):  # fmt: skip
        run = vocdesk_with(*args)
        assert run.code == 0 and run.out and run.err == "", (args, run.err)
    assert "--token-file" in vocdesk_with("export", "--help").out
    assert "revoke-token" in vocdesk_with("users", "--help").out


def test_users_token_is_owner_only_and_never_overwrites_silently(demo, tmp_path: Path) -> None:
    path, _ = demo
    out = tmp_path / "script.token"
    out.write_text("keep me\n", encoding="utf-8")
    out.chmod(0o644)
    admin = ("--db", path, "--token-file", demo_token(path))

    refused = vocdesk_with("users", "token", "admin", "--out", out, *admin)
    assert refused.code == 2 and "--force" in refused.err
    assert out.read_text(encoding="utf-8") == "keep me\n"

    forced = vocdesk_with("users", "token", "admin", "--out", out, "--label", "nightly", "--force",
                          *admin)  # fmt: skip

    assert forced.code == 0, forced.err
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert out.read_text(encoding="utf-8").startswith("vdt_")
    listed = vocdesk_with("users", "tokens", *admin)
    assert "nightly" in listed.out and "valid" in listed.out


def test_an_administrator_manages_an_account_from_the_command_line(demo, tmp_path: Path) -> None:
    path, _ = demo
    admin = ("--db", path, "--token-file", demo_token(path))

    added = vocdesk_with("users", "add", "somsri", "--role", "staff", "--name", "สมศรี ใจดี", *admin,
                         stdin=NEW_PASSWORD + "\n")  # fmt: skip
    promoted = vocdesk_with("users", "set-role", "somsri", "supervisor", *admin)
    granted = vocdesk_with("users", "grant", "somsri", "confidential", *admin)
    token = _token_for(path, "somsri", tmp_path / "somsri.token")
    disabled = vocdesk_with("users", "disable", "somsri", *admin)
    refused = vocdesk_with("settings", "show", "--db", path, "--token-file", token)
    listed = vocdesk_with("users", "list", *admin)

    assert added.code == 0 and "Account somsri added (staff)" in added.out, added.err
    assert promoted.code == 0 and "supervisor" in promoted.out, promoted.err
    assert granted.code == 0 and "confidential cases" in granted.out, granted.err
    assert disabled.code == 0 and "disabled" in disabled.out, disabled.err
    assert refused.code == 2 and "is disabled" in refused.err
    row = next(line for line in listed.out.splitlines() if line.startswith("somsri "))
    assert "supervisor" in row and "confidential cases" in row and "disabled" in row
    assert "สมศรี ใจดี" in row


def test_the_first_administrator_is_made_on_the_command_line(tmp_path: Path) -> None:
    """A database made by an import has no administrator: commands go on as its setting-up
    principal, with a notice after their output; ``users add NAME --role administrator`` makes
    the first one, and from then on every command signs in."""
    source = tmp_path / "holidays.csv"
    source.write_text("date,name\n2031-01-06,วันหยุดของกรม\n", encoding="utf-8")
    path = tmp_path / "new.sqlite"

    imported = vocdesk_with("import", "holidays", source, "--db", path)
    first = vocdesk_with("users", "add", "boss", "--role", "administrator", "--db", path,
                         stdin=NEW_PASSWORD + "\n")  # fmt: skip
    unsigned = vocdesk_with("settings", "show", "--db", path)
    signed = vocdesk_with("settings", "show", "--db", path, "--user", "boss",
                          stdin=NEW_PASSWORD + "\n")  # fmt: skip

    assert imported.code == 0, imported.err
    assert "has no administrator yet" in imported.err and "users add NAME" in imported.err
    assert first.code == 0 and "first administrator" in first.out, first.err
    assert unsigned.code == 2 and unsigned.err.startswith("Sign in:")
    assert signed.code == 0 and "no administrator" not in signed.err, signed.err


def test_a_database_without_administrator_is_worked_on_with_one_notice(tmp_path: Path) -> None:
    path = tmp_path / "legacy.sqlite"
    source = tmp_path / "holidays.csv"
    source.write_text("date,name\n2031-01-06,วันหยุดของกรม\n", encoding="utf-8")
    assert vocdesk_with("import", "holidays", source, "--db", path).code == 0

    shown = vocdesk_with("settings", "show", "--db", path, env={"VOCDESK_LANG": "th"})

    assert shown.code == 0
    assert shown.err.count("\n") == 1 and "ยังไม่มีผู้ดูแลระบบ" in shown.err


def test_the_log_of_an_unexpected_failure_is_owner_only(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import vocdesk.services.database as database_service
    from vocdesk import cli
    from vocdesk.paths import user_data_dir

    def failing_check(location: object) -> None:
        raise RuntimeError("the disk went away")

    monkeypatch.setattr(database_service, "check_database", failing_check)

    assert cli.main(["--lang", "en", "check", "--db", str(tmp_path / "x.sqlite")]) == 3

    capsys.readouterr()
    log = user_data_dir() / "logs" / "vocdesk.log"
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    assert stat.S_IMODE(log.parent.stat().st_mode) == 0o700


def test_an_encrypted_database_opens_with_its_passphrase_file_for_every_command(
    tmp_path: Path,
) -> None:
    path = tmp_path / "secret.sqlite"
    source = tmp_path / "holidays.csv"
    source.write_text("date,name\n2031-01-06,วันหยุดของกรม\n", encoding="utf-8")
    passphrase = tmp_path / "passphrase.txt"
    passphrase.write_text("a long passphrase here\n", encoding="utf-8")
    assert vocdesk_with("import", "holidays", source, "--db", path).code == 0
    encrypted = vocdesk_with("database", "encrypt", "--db", path, "--passphrase-file", passphrase)
    assert encrypted.code == 0, encrypted.err

    exported = vocdesk_with("export", "holidays", tmp_path / "out.csv", "--db", path,
                            "--passphrase-file", passphrase)  # fmt: skip
    without = vocdesk_with("settings", "show", "--db", path)

    assert exported.code == 0 and "1 row exported" in exported.out, exported.err
    assert without.code == 2 and "No passphrase was given" in without.err

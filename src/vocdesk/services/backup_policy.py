"""The automatic backups' schedule and rotation counts an administrator sets (issue 17): what
they may be, how they are kept in ``app_setting`` (also ``vocdesk settings``), and read back.
``services.backups`` takes the copies and rotates them by it."""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocdesk.db.models import AppSetting
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, Message, user_error

KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
SCHEDULES = ("off", "daily", "weekly")
SCHEDULE_DAYS = {"daily": 1, "weekly": 7}  # a scheduled copy is due after this many days
# The settings of the schedule in ``app_setting`` (also ``vocdesk settings``), and the least and
# most each kept count may be: the newest copy of at least one day is always kept.
POLICY_KEYS = ("backup_schedule", "backup_keep_daily", "backup_keep_weekly", "backup_keep_monthly")
KEEP_LIMITS = {"keep_daily": (1, 366), "keep_weekly": (0, 260), "keep_monthly": (0, 240)}
_COPIES = {
    "keep_daily": QT_TRANSLATE_NOOP("Backups", "daily"),
    "keep_weekly": QT_TRANSLATE_NOOP("Backups", "weekly"),
    "keep_monthly": QT_TRANSLATE_NOOP("Backups", "monthly"),
}


@dataclass(frozen=True)
class BackupPolicy:
    """When copies are taken by the schedule, and how many the rotation keeps."""

    schedule: str = "daily"  # one of SCHEDULES
    keep_daily: int = KEEP_DAILY
    keep_weekly: int = KEEP_WEEKLY
    keep_monthly: int = KEEP_MONTHLY

    def stored(self) -> dict[str, str]:
        """The ``app_setting`` rows that keep it: key -> text."""
        return dict(zip(POLICY_KEYS, (self.schedule, str(self.keep_daily),
                                      str(self.keep_weekly), str(self.keep_monthly)), strict=True))  # fmt: skip


def checked_policy(policy: BackupPolicy) -> BackupPolicy:
    """``policy`` if it can be followed, its schedule tidied; a ``UserError`` saying what is
    wrong otherwise."""
    schedule = policy.schedule.strip().lower()
    if schedule not in SCHEDULES:
        raise user_error(
            "Backups",
            QT_TRANSLATE_NOOP("Backups", "The backup schedule is off, daily or weekly, not {value}."),
            value=repr(policy.schedule),
        )  # fmt: skip
    for name, (least, most) in KEEP_LIMITS.items():
        count = getattr(policy, name)
        if not isinstance(count, int) or not least <= count <= most:
            raise user_error(
                "Backups",
                QT_TRANSLATE_NOOP(
                    "Backups",
                    "The number of {copies} copies to keep must be a whole number from {least} "
                    "to {most}, not {value}.",
                ),
                copies=Message("Backups", _COPIES[name]), least=least, most=most,
                value=repr(count),
            )  # fmt: skip
    return BackupPolicy(schedule, policy.keep_daily, policy.keep_weekly, policy.keep_monthly)


def policy_from_settings(values: dict[str, str]) -> BackupPolicy:
    """The policy kept in ``values`` (``app_setting`` key -> text); a value missing or not
    followable is left at its default."""
    default = BackupPolicy()
    schedule = values.get("backup_schedule", "").strip().lower()
    counts: dict[str, int] = {}
    for name, key in zip(KEEP_LIMITS, POLICY_KEYS[1:], strict=True):
        least, most = KEEP_LIMITS[name]
        text = values.get(key, "").strip()
        count = int(text) if text.isdigit() else -1
        counts[name] = count if least <= count <= most else getattr(default, name)
    return BackupPolicy(schedule if schedule in SCHEDULES else default.schedule, **counts)


def with_setting(policy: BackupPolicy, key: str, text: str) -> BackupPolicy:
    """``policy`` with the setting ``key`` (one of ``POLICY_KEYS``) read from ``text``, as the
    command line gives it; checked."""
    if key == "backup_schedule":
        return checked_policy(replace(policy, schedule=text))
    word = text.strip()
    if not word.isdigit():
        raise user_error(
            "Backups",
            QT_TRANSLATE_NOOP("Backups", "{key} takes a whole number of copies, not {value}."),
            key=key, value=repr(text),
        )  # fmt: skip
    values: dict[str, Any] = {**asdict(policy), key.removeprefix("backup_"): int(word)}
    return checked_policy(BackupPolicy(**values))


def read_policy(session: Session) -> BackupPolicy:
    """The policy kept in the database of ``session`` (defaults for what is not set)."""
    rows = session.scalars(select(AppSetting).where(AppSetting.key.in_(POLICY_KEYS)))
    return policy_from_settings({row.key: row.value for row in rows})


def store_policy(session: Session, policy: BackupPolicy) -> None:
    """Write ``policy`` (checked by the caller) into the database of ``session``."""
    for key, value in policy.stored().items():
        row = session.get(AppSetting, key)
        if row is None:
            session.add(AppSetting(key=key, value=value))
        else:
            row.value = value

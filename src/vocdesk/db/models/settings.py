"""Settings of the agency kept with the data, so every PC that opens the file prints the same
letterhead: the agency's names, its logo, the privacy notice printed on questionnaires."""

from __future__ import annotations

from sqlalchemy import LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from vocdesk.db.base import Base


class AppSetting(Base):
    """One setting: a text ``value``, and for the logo the image itself in ``data``."""

    __tablename__ = "app_setting"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
    data: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)

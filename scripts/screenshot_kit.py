"""What the docs' screenshot scripts share: the command line (--db, --out), Qt offscreen with
the Thai font, a demo database when none is given, the translations, a task runner, and
waiting until the window has drawn what its background reads brought.

    from screenshot_kit import screenshot_session, settle
    with screenshot_session(__doc__, argv) as shot:
        ...  # shot.app, shot.db, shot.languages, shot.runner, shot.scratch, shot.out
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from vocdesk.app import _application  # noqa: E402
from vocdesk.paths import translations_dir  # noqa: E402
from vocdesk.services.database import Database, open_database  # noqa: E402
from vocdesk.services.demo.generate import generate_demo  # noqa: E402
from vocdesk.ui.fonts import install_thai_font  # noqa: E402
from vocdesk.ui.i18n import LanguageManager  # noqa: E402
from vocdesk.ui.tasks import TaskRunner  # noqa: E402

DEMO_TODAY = date(2026, 11, 28)  # the docs' pictures show the same demo data every time


@dataclass(frozen=True)
class ScreenshotSession:
    app: Any
    db: Database
    languages: LanguageManager
    runner: TaskRunner
    scratch: Path  # a temporary folder for settings files and the like
    out: Path  # where the pictures go


@contextmanager
def screenshot_session(
    doc: str | None, argv: Sequence[str] | None = None
) -> Iterator[ScreenshotSession]:
    """Parse --db/--out (the script's docstring is the help), then open the database, or a new
    demo one in a temporary folder, with the translations and a runner; clean up afterwards."""
    parser = argparse.ArgumentParser(description=(doc or "").splitlines()[0] if doc else None)
    parser.add_argument(
        "--db", type=Path, help="a database with data (default: a new demo database)"
    )
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    args = parser.parse_args(argv)
    app = _application()
    install_thai_font(app)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="vocdesk-shots-") as scratch:
        location = args.db
        if location is None:
            location = Path(scratch) / "demo.sqlite"
            demo, _ = open_database(location)
            generate_demo(demo, today=DEMO_TODAY)
            demo.dispose()
        db, _ = open_database(location, create=False)
        runner = TaskRunner(app)
        try:
            yield ScreenshotSession(
                app, db, LanguageManager(app, translations_dir()), runner, Path(scratch), args.out
            )
        finally:
            runner.wait_all(20_000)
            db.dispose()


def settle(app: Any, runner: TaskRunner | None = None, seconds: float = 0.5) -> None:
    """Let background reads finish, then give row heights and repaints time to follow."""
    if runner is not None:
        runner.wait_all(20_000)
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
